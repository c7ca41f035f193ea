"""Label sheet formats: the makers' figures kept as data in resources/label_formats.json,
a custom format the user measures, and the printer offsets set once per format."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.services.errors import ValidationError
from app.services.settings import get_setting, set_setting

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "label_formats.json"
CUSTOM = "PERSO"
MAX_OFFSET_MM = 10.0  # beyond this, the sheet is fed wrongly rather than shifted


@dataclass(frozen=True)
class LabelFormat:
    """A sheet of labels; every length in millimetres, from the page's top-left corner."""

    code: str
    brand: str
    description: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    corner_radius: float = 0.0

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def rect(self, position: int) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the label at a 0-based position, row by row."""
        row, column = divmod(position % self.per_sheet, self.columns)
        return (self.left + column * self.pitch_x, self.top + row * self.pitch_y,
                self.label_width, self.label_height)

    def title(self) -> str:
        return f"{self.brand} {self.code} — {self.description}".strip(" —")

    def problems(self) -> dict[str, str]:
        """Why the figures cannot be a sheet (French, by field); empty when they can."""
        found: dict[str, str] = {}
        if self.columns < 1 or self.rows < 1:
            found["columns"] = "Il faut au moins une colonne et une rangée."
        if min(self.page_width, self.page_height, self.label_width, self.label_height) <= 0:
            found["label_width"] = "Les dimensions doivent être positives."
        elif self.label_width < 30 or self.label_height < 15:
            found["label_width"] = ("Une étiquette d'adresse mesure au moins 30 × 15 mm : "
                                    "six lignes n'y tiendraient pas lisiblement.")
        if self.left < 0 or self.top < 0:
            found["left"] = "Les marges ne peuvent pas être négatives."
        if self.columns > 1 and self.pitch_x < self.label_width:
            found["pitch_x"] = "Le pas horizontal est plus petit que la largeur d'une étiquette."
        if self.rows > 1 and self.pitch_y < self.label_height:
            found["pitch_y"] = "Le pas vertical est plus petit que la hauteur d'une étiquette."
        right = self.left + (self.columns - 1) * self.pitch_x + self.label_width
        bottom = self.top + (self.rows - 1) * self.pitch_y + self.label_height
        if not found and right > self.page_width + 0.01:
            found["left"] = f"Les étiquettes dépassent la page à droite ({right:.1f} mm)."
        if not found and bottom > self.page_height + 0.01:
            found["top"] = f"Les étiquettes dépassent la page en bas ({bottom:.1f} mm)."
        return found


@lru_cache(maxsize=1)
def builtin_formats() -> tuple[LabelFormat, ...]:
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    names = {f.name for f in fields(LabelFormat)}
    return tuple(LabelFormat(**{k: v for k, v in item.items() if k in names})
                 for item in data["formats"])


def all_formats(session: Session) -> list[LabelFormat]:
    """The makers' formats, then the user's own if one was saved."""
    custom = custom_format(session)
    return [*builtin_formats(), *([custom] if custom else [])]


def find_format(session: Session, code: str) -> LabelFormat:
    wanted = code.strip().upper()
    for fmt in all_formats(session):
        if fmt.code.upper() == wanted:
            return fmt
    known = ", ".join(f.code for f in all_formats(session))
    raise ValidationError({"format": f"Format d'étiquettes inconnu : {code}. Formats : {known}."})


def custom_format(session: Session) -> LabelFormat | None:
    saved = get_setting(session, "label_custom_format")
    if not isinstance(saved, dict):
        return None
    try:
        return replace(LabelFormat(**saved), code=CUSTOM)
    except TypeError:
        return None  # saved by another version: the user enters it again


def save_custom_format(session: Session, fmt: LabelFormat) -> LabelFormat:
    fmt = replace(fmt, code=CUSTOM, brand="", description=fmt.description or "Format personnalisé")
    problems = fmt.problems()
    if problems:
        raise ValidationError(problems)
    set_setting(session, "label_custom_format", asdict(fmt))
    return fmt


def offsets(session: Session, code: str) -> tuple[float, float]:
    """The printer's shift for this format, in mm: (right, down)."""
    saved: Any = (get_setting(session, "label_offsets") or {}).get(code)
    try:
        return float(saved[0]), float(saved[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return 0.0, 0.0


def save_offsets(session: Session, code: str, dx: float, dy: float) -> None:
    if abs(dx) > MAX_OFFSET_MM or abs(dy) > MAX_OFFSET_MM:
        raise ValidationError({"offset": "Un décalage de plus de 10 mm vient du chargement du "
                                         "papier : vérifiez le guide du bac, puis réimprimez "
                                         "la page d'étalonnage."})
    saved = dict(get_setting(session, "label_offsets") or {})
    saved[code] = [round(dx, 2), round(dy, 2)]
    set_setting(session, "label_offsets", saved)
