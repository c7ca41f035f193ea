"""Today's date for every rule that depends on it: one place that tests can set."""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
