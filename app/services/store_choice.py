"""The database a PC opens at its next start (Settings > Storage): check and probe it.

The choice itself is stored per PC by the GUI (QSettings), never in the database: it says
which database to open in the first place."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.services.errors import StoreError
from app.services.store import config_for, current_revision, head_revision, make_engine

EXAMPLE = "postgresql://anne@serveur-bureau/fichier"


def check_choice(text: str) -> str:
    """The cleaned choice: "" (this PC's own file), a file path or a postgresql:// URL."""
    value = text.strip()
    if not value:
        return ""
    if "://" in value:
        return _check_url(value)
    path = Path(value).expanduser()
    if path.is_dir():
        raise StoreError(f"« {path} » est un dossier. Indiquez un fichier, par exemple "
                         f"« {path / 'fichier-client.db'} ».")
    if not path.is_absolute():
        raise StoreError(f"Indiquez le chemin complet du fichier (« {value} » dépend du "
                         "dossier où l'application démarre).")
    return str(path)


def _check_url(value: str) -> str:
    try:
        url = make_url(value)
    except ArgumentError:
        raise StoreError(f"« {value} » n'est pas une adresse de serveur valide. "
                         f"Exemple : {EXAMPLE}") from None
    if url.get_backend_name() != "postgresql":
        raise StoreError(f"Seuls les serveurs PostgreSQL sont pris en charge : l'adresse "
                         f"commence par postgresql://. Exemple : {EXAMPLE}")
    if not url.host or not url.database:
        raise StoreError(f"Indiquez le serveur et le nom de la base. Exemple : {EXAMPLE}")
    return value


def probe(text: str) -> str:
    """Connect once, change nothing; a French line saying what the next start will find."""
    value = check_choice(text)
    config = config_for(value or None)
    if "://" not in value:
        path = Path(config.url.removeprefix("sqlite:///"))
        return ("Fichier existant : il sera ouvert au prochain démarrage." if path.exists()
                else "Ce fichier n'existe pas encore : il sera créé au prochain démarrage.")
    engine = make_engine(config.url)
    try:
        revision = current_revision(engine)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[-1] if exc.orig else str(exc)
        raise StoreError(
            f"Connexion impossible à « {config.shown_url} » ({reason}). Vérifiez l'adresse, "
            "l'utilisateur et son mot de passe, et que le serveur accepte les connexions de "
            "ce poste (guide « Plusieurs postes » du README)."
        ) from exc
    finally:
        engine.dispose()
    if revision is None:
        return "Connexion réussie. Base vide : elle sera préparée au prochain démarrage."
    if revision == head_revision():
        return "Connexion réussie. Base Fichier client à jour."
    return ("Connexion réussie. Base Fichier client d'une autre version : elle sera mise à "
            "jour au prochain démarrage (ou refusée si elle est plus récente).")
