"""Domain errors. Each carries a French message for people, in one place (this catalogue)."""

from __future__ import annotations


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
    """Someone else saved the same record in between."""

    def __init__(self) -> None:
        super().__init__(
            "Ce contact a été modifié ailleurs pendant que vous l'éditiez. "
            "Rouvrez la fiche pour voir la version enregistrée, puis refaites vos changements."
        )


class Cancelled(DomainError):
    """The user stopped a long task; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Opération annulée : rien n'a été enregistré.")


class PermissionDeniedError(DomainError):
    """The logged-in user's role does not allow this action; checked in the services."""


class LoginError(DomainError):
    """Wrong login or password, or a disabled account."""
