"""Domain errors. Each carries a French message for people, in one place (this catalogue)."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of the errors a user can cause; `str(error)` is a French message."""


class ValidationError(DomainError):
    """One or more fields are invalid; `fields` maps field name to a French message."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = fields
        lines = "\n".join(f"- {msg}" for msg in fields.values())
        super().__init__(f"Certains champs sont à corriger :\n{lines}")


class NotFoundError(DomainError):
    """The thing asked for does not exist (or no longer)."""


class StoreError(DomainError):
    """The store cannot be opened or written; the message says what to do."""


def cannot_write(what: str, path: object, exc: OSError) -> StoreError:
    """A file the user asked for could not be written (full disk, read-only folder, …)."""
    return StoreError(
        f"Impossible d'écrire {what} « {path} » ({exc.strerror or exc}). "
        "Vérifiez le dossier et la place libre sur le disque, puis réessayez."
    )


class NewerStoreError(StoreError):
    """The file was made by a newer version of the application."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"Le fichier « {path} » a été créé par une version plus récente de Fichier client. "
            "Il n'a pas été modifié. Installez la dernière version de l'application pour l'ouvrir."
        )


class ConcurrentEditError(DomainError):
    """Someone else saved the same record in between. `clashes` are the fields both changed
    (FieldClash), `merged` the data with everything else merged, `theirs` what is stored
    now at `version`, and `by` who saved it."""

    def __init__(self, clashes: list[Any] | None = None, merged: Any = None,
                 theirs: Any = None, version: int = 0, by: str = "") -> None:
        self.clashes, self.merged, self.theirs = clashes or [], merged, theirs
        self.version, self.by = version, by
        who = f"par « {by} » " if by else "ailleurs "
        what = ("Choisissez, pour chaque champ modifié des deux côtés, la valeur à garder."
                if self.clashes else "Enregistrez à nouveau : vos changements seront fusionnés "
                "avec les siens.")
        super().__init__(f"Ce contact a été modifié {who}pendant que vous l'éditiez. {what}")


class Cancelled(DomainError):
    """The user stopped a long task; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Opération annulée : rien n'a été enregistré.")


class PermissionDeniedError(DomainError):
    """The logged-in user's role does not allow this action; checked in the services."""


class LoginError(DomainError):
    """Wrong login or password, or a disabled account."""
