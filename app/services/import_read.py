"""Reading a file to import into a table of text: CSV (any delimiter, UTF-8 with or without BOM,
or the Windows-1252 of French Excel), XLSX (first sheet), vCard (2.1, 3.0, 4.0).

Every failure is a ValidationError in French saying what to do; nothing is written then.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.services.errors import ValidationError
from app.services.import_fields import FIELDS, guess_field

MAX_BYTES = 50 * 1024 * 1024
MAX_CELL = 100_000  # characters: a cell longer than this is a broken file, not an address
DELIMITERS = (";", ",", "\t", "|")
Progress = Callable[[int, int], None]


@dataclass
class Table:
    file_name: str
    kind: str  # "csv", "xlsx", "vcard"
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    first_line: int = 2  # the file's line (or sheet row) of rows[0], for the report
    encoding: str = ""
    delimiter: str = ""


def _refuse(message: str) -> ValidationError:
    return ValidationError({"file": message})


def read_table(path: Path) -> Table:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _refuse(f"« {path.name} » dépasse 50 Mo : découpez-le en plusieurs fichiers.")
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(f"Impossible de lire « {path} » ({exc.strerror}). Vérifiez que le "
                      "fichier existe et qu'il n'est pas ouvert dans un autre programme.") from exc
    if not data.strip():
        raise _refuse(f"« {path.name} » est vide : rien à importer.")
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(path.name, data)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refuse(f"« {path.name} » n'est ni un tableau CSV, ni un classeur XLSX, ni une "
                      "carte vCard. Enregistrez-le au format CSV depuis votre tableur.")
    text, encoding = decode(data)
    if "BEGIN:VCARD" in text[:10_000].upper():
        return _read_vcard(path.name, text, encoding)
    return _read_csv(path.name, text, encoding)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), else Windows-1252, which French Excel writes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits most of the first lines into the same, largest number of
    columns (a title line above the header does not count against it)."""
    lines = [line[:10_000] for line in text[:1_000_000].splitlines()[:30] if line.strip()]
    best, best_score = ";", -1.0
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        usual = max(set(counts), key=lambda c: (counts.count(c), c)) if counts else 0
        if usual < 2:
            continue
        score = counts.count(usual) / len(counts) * 10 + min(usual, 30) / 30
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(name: str, text: str, encoding: str) -> Table:
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(MAX_CELL)
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            rows.append([cell.strip() for cell in row])
    except csv.Error as exc:
        line = len(rows) + 1
        if "field larger" in str(exc):
            raise _refuse(f"Une cellule dépasse {MAX_CELL} caractères (vers la ligne {line}) : "
                          "le fichier est sans doute abîmé. Ouvrez-le dans votre tableur et "
                          "enregistrez-le à nouveau en CSV.") from exc
        raise _refuse(f"Le fichier est mal formé vers la ligne {line} (guillemet non fermé, "
                      "fichier coupé ?). Ouvrez-le dans votre tableur et enregistrez-le à "
                      "nouveau en CSV.") from exc
    table = _with_header(name, "csv", rows)
    table.encoding, table.delimiter = encoding, delimiter
    return table


def _read_xlsx(name: str, data: bytes) -> Table:
    from openpyxl import load_workbook  # a heavy import, only when a workbook comes
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise _refuse(f"« {name} » n'est pas un classeur Excel lisible (fichier abîmé ou "
                      "protégé par un mot de passe). Enregistrez-le à nouveau, ou en CSV.") from exc
    sheet = book.worksheets[0]
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # some writers store a wrong size: read every cell
    rows = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    if any(len(cell) > MAX_CELL for row in rows for cell in row):
        raise _refuse(f"Une cellule de « {name} » dépasse {MAX_CELL} caractères : le classeur "
                      "est sans doute abîmé.")
    return _with_header(name, "xlsx", rows)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 33000.0 → "33000"
    return str(value).strip()


def _read_vcard(name: str, text: str, encoding: str) -> Table:
    from app.services.vcard import read_vcards

    try:
        cards = read_vcards(text)
    except ValueError as exc:
        raise _refuse(str(exc)) from exc
    headers = [f for f in FIELDS if any(card.get(f) for card in cards)] or ["last_name"]
    table = Table(name, "vcard", headers, [[card.get(f, "") for f in headers] for card in cards],
                  first_line=1, encoding=encoding)
    return table


def _with_header(name: str, kind: str, rows: list[list[str]]) -> Table:
    """The header is the row among the first ten that names the most known columns (a
    home-made sheet may start with a title); rows before it are dropped."""
    filled = [i for i, row in enumerate(rows) if any(cell for cell in row)]
    if not filled:
        raise _refuse(f"« {name} » ne contient aucune ligne : rien à importer.")
    width = max(len(row) for row in rows)
    if width < 2 and kind == "csv":
        raise _refuse(f"« {name} » n'a qu'une colonne : le séparateur n'a pas été reconnu. "
                      "Enregistrez le fichier en CSV avec des points-virgules.")
    scores = {i: sum(bool(guess_field(cell)) for cell in rows[i]) for i in filled[:10]}
    at = max(scores, key=lambda i: (scores[i], -i))
    if scores[at] == 0:
        raise _refuse(f"Aucune colonne de « {name} » n'a été reconnue (Nom, Prénom, Société, "
                      "E-mail…). Vérifiez que la première ligne donne le titre des colonnes.")
    headers = rows[at] + [""] * (width - len(rows[at]))
    # Blank rows stay (skipped by the import) so that line numbers match the file's.
    body = [row + [""] * (width - len(row)) for row in rows[at + 1:]]
    return Table(name, kind, headers, body, first_line=at + 2)
