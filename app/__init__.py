"""Fichier client: a customer file for very small businesses."""

__version__ = "0.1.0"
