"""vCard files (2.1, 3.0, 4.0) read into import rows, and rows written back as vCard 3.0.

Written by hand with the standard library: phones and Outlook write loose vCards (2.1
quoted-printable in Windows-1252, bare parameters, property groups) that strict parsers
refuse. A row is a dict of `import_fields.FIELDS` names to text, with only the fields the
card fills; several e-mails or phones are joined by "; ", tags by ", ".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

NO_CARD = "Ce fichier ne contient aucune fiche vCard."
LINE_OCTETS = 75  # RFC 2426 §2.6: lines longer than 75 octets are folded
PRODID = "-//Fichier client//Contacts//FR"

_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # not str.splitlines: \x0b or \u2028 are data
_QP_BYTES = re.compile(r"(?:=[0-9A-Fa-f]{2})+")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T|$)")
_UUID = re.compile(r"^(?:urn:uuid:)?([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$", re.I)
# vCard 2.1 lets an encoding stand alone among the parameters ("NOTE;QUOTED-PRINTABLE:…").
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"}
# Apple stores a birthday without a year with this fake year (X-APPLE-OMIT-YEAR=1604).
_APPLE_NO_YEAR = "1604"

Card = dict[str, list[str]]  # property name → its values, quoted-printable decoded


def read_vcards(text: str) -> list[dict[str, str]]:
    """One row per card in `text`; ValueError (French message) when there is no card."""
    cards: list[Card] = []
    card: Card | None = None
    for line in _unfold(text.replace("\ufeff", "")):
        prop = _parse_line(line)
        if prop is None:
            continue  # a blank or broken line: skip it, keep the rest of the card
        name, value = prop
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card = {}
            cards.append(card)  # kept even if its END never comes
        elif name == "END" and value.strip().upper() == "VCARD":
            card = None
        elif card is not None:
            card.setdefault(name, []).append(value)
    if not cards:
        raise ValueError(NO_CARD)
    return [_card_row(card) for card in cards]


# --- Reading: lines ---------------------------------------------------------------------

def _unfold(text: str) -> list[str]:
    """Logical lines: folded lines joined, and 2.1 quoted-printable soft breaks too."""
    lines: list[list[str]] = []  # the pieces of each line, joined once: photos are long
    for raw in _LINE_BREAK.split(text):
        last = lines[-1] if lines else None
        if last and _soft_break(last) and raw.strip().upper() != "END:VCARD":
            last[-1] = last[-1].rstrip(" \t")[:-1]
            last.append(raw)  # the next line is data, leading spaces included
        elif last and raw[:1] in (" ", "\t"):
            last.append(raw[1:])
        else:
            lines.append([raw])
    return ["".join(pieces) for pieces in lines]


def _soft_break(pieces: list[str]) -> bool:
    if not pieces[-1].rstrip(" \t").endswith("="):
        return False
    head, colon, _ = pieces[0].partition(":")
    return bool(colon) and "QUOTED-PRINTABLE" in head.upper()


def _parse_line(line: str) -> tuple[str, str] | None:
    """(NAME, value) from "group.NAME;PARAM=X:value", or None when there is no colon."""
    colon = _unquoted_index(line, ":")
    if colon < 0:
        return None
    head, value = line[:colon], line[colon + 1:]
    parts = _split_unquoted(head, ";")
    name = parts[0].strip().rsplit(".", 1)[-1].upper()  # "item1.EMAIL" → "EMAIL"
    params = _params(parts[1:])
    if "QUOTED-PRINTABLE" in params.get("ENCODING", []):
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        value = _QP_BYTES.sub(lambda m: _decode_bytes(m.group(), charset), value)
    return name, value


def _unquoted_index(text: str, char: str) -> int:
    """Where `char` first occurs outside double quotes (4.0 quotes parameter values)."""
    quoted = False
    for index, current in enumerate(text):
        if current == '"':
            quoted = not quoted
        elif current == char and not quoted:
            return index
    return -1


def _split_unquoted(text: str, char: str) -> list[str]:
    parts: list[str] = []
    index = _unquoted_index(text, char)
    while index >= 0:
        parts.append(text[:index])
        text = text[index + 1:]
        index = _unquoted_index(text, char)
    return [*parts, text]


def _params(parts: list[str]) -> dict[str, list[str]]:
    """Upper-cased parameters; "TYPE=HOME,WORK", "type=home;type=pref" and bare "HOME"."""
    params: dict[str, list[str]] = {}
    for part in parts:
        key, equals, value = part.partition("=")
        if not equals:
            key, value = ("ENCODING" if key.strip().upper() in _ENCODINGS else "TYPE"), key
        values = [v.strip().strip('"').upper() for v in value.split(",")]
        params.setdefault(key.strip().upper(), []).extend(values)
    return params


def _decode_bytes(escaped: str, charset: str) -> str:
    """"=C3=A9" → "é" in `charset`; bytes that are not valid UTF-8 are read as cp1252."""
    data = bytes.fromhex(escaped.replace("=", ""))
    for codec in (charset, "utf-8"):
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


# --- Reading: values --------------------------------------------------------------------

def _unescape(text: str) -> str:
    text = _ESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group()), text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _components(value: str, separator: str, count: int) -> list[str]:
    """Split on the separators that are not escaped, unescape, pad to `count` parts."""
    parts: list[str] = []
    current = ""
    chars = iter(value)
    for char in chars:
        if char == "\\":
            current += char + next(chars, "")  # an escaped separator stays in its part
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    texts = [_unescape(part) for part in [*parts, current]]
    return texts + [""] * (count - len(texts))


def _card_row(card: Card) -> dict[str, str]:
    """The import row of one card: only the fields it fills, stripped."""

    def first(name: str) -> str:
        return card.get(name, [""])[0]

    family, given, _additional, prefix = _components(first("N"), ";", 4)[:4]
    company = _components(first("ORG"), ";", 1)[0]
    row = {"last_name": family, "first_name": given, "civility": prefix, "company": company,
           "job_title": _unescape(first("TITLE")),
           "emails": _joined(card.get("EMAIL", []), "; ", "mailto:"),
           "phones": _joined(card.get("TEL", []), "; ", "tel:"),
           "birth_date": _birth_date(first("BDAY")),
           "notes": "\n".join(_unescape(v).strip() for v in card.get("NOTE", [])),
           "tags": ", ".join(t.strip() for v in card.get("CATEGORIES", [])
                             for t in _components(v, ",", 1) if t.strip()),
           "uuid": _uuid(first("UID"))}
    full_name = _unescape(first("FN")).strip()
    # Apple and Outlook repeat the company as FN on a company card: that is not a person.
    if not (family.strip() or given.strip()) and full_name != company.strip():
        row["full_name"] = full_name
    row.update(_address(first("ADR")))
    return {field: value.strip() for field, value in row.items() if value.strip()}


def _joined(values: list[str], separator: str, scheme: str) -> str:
    """Several values as one cell; 4.0 may write them as URIs ("tel:+33…")."""
    texts = (_unescape(v).strip() for v in values)
    texts = (t[len(scheme):] if t.lower().startswith(scheme) else t for t in texts)
    return separator.join(t.strip() for t in texts if t.strip())


def _address(value: str) -> dict[str, str]:
    """ADR is pobox;extended;street;locality;region;code;country; the street may hold lines."""
    if not value.strip():
        return {}
    pobox, extended, street, city, _region, code, country = _components(value, ";", 7)[:7]
    lines = [line.strip() for line in street.split("\n") if line.strip()] or [""]
    # The street is the line with the number ("12 allée des Vignes\nBâtiment C" from Android,
    # "Bâtiment C\n12 allée…" from Outlook); without one, the last line.
    at = next((i for i, line in enumerate(lines) if line[:1].isdigit()), len(lines) - 1)
    others = lines[:at] + lines[at + 1:]
    return {"address_line2": extended, "address_line3": ", ".join(others),
            "address_line4": lines[at], "address_line5": pobox, "city": city,
            "postal_code": code, "country": country}


def _birth_date(value: str) -> str:
    """"19750714" or "1975-07-14" → "1975-07-14"; a date without year ("--0714") → ""."""
    match = _DATE.match(value.strip())
    if not match or match.group(1) == _APPLE_NO_YEAR:
        return ""
    try:
        return date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return ""


def _uuid(value: str) -> str:
    match = _UUID.match(_unescape(value).strip())
    return match.group(1).lower() if match else ""


# --- Writing ----------------------------------------------------------------------------

def write_vcards(rows: Iterable[dict[str, str]]) -> str:
    """The rows as vCard 3.0 text: CRLF line ends, folded at 75 octets; encode it as UTF-8."""
    lines: list[str] = []
    for row in rows:
        lines.extend(_card_lines({k: (v or "").strip() for k, v in row.items()}))
    return "".join(_fold(line) + "\r\n" for line in lines)


def _card_lines(row: dict[str, str]) -> list[str]:
    get = row.get
    name = [get("last_name", ""), get("first_name", ""), "", get("civility", ""), ""]
    # N and FN are required in 3.0, even when empty.
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"PRODID:{PRODID}",
             "N:" + ";".join(_escape(part) for part in name),
             "FN:" + _escape(_display_name(row))]
    lines += _text_line("ORG", get("company", "")) + _text_line("TITLE", get("job_title", ""))
    lines += [f"EMAIL;TYPE=INTERNET:{_escape(e)}" for e in _split_cell(get("emails", ""), ";")]
    lines += [f"TEL:{_escape(p)}" for p in _split_cell(get("phones", ""), ";")]
    lines += _address_lines(row)
    lines += _text_line("BDAY", get("birth_date", "")) + _text_line("NOTE", get("notes", ""))
    tags = _split_cell(get("tags", ""), ",")
    if tags:
        lines.append("CATEGORIES:" + ",".join(_escape(tag) for tag in tags))
    if get("uuid"):
        lines.append(f"UID:urn:uuid:{get('uuid')}")
    return [*lines, "END:VCARD"]


def _display_name(row: dict[str, str]) -> str:
    names = " ".join(row[k] for k in ("first_name", "last_name") if row.get(k))
    return names or row.get("full_name", "") or row.get("company", "")


def _text_line(name: str, value: str) -> list[str]:
    return [f"{name}:{_escape(value)}"] if value else []


def _split_cell(cell: str, separator: str) -> list[str]:
    return [part.strip() for part in cell.split(separator) if part.strip()]


def _address_lines(row: dict[str, str]) -> list[str]:
    get = row.get
    # Line 3 (building) comes before line 4 (street) inside the one street component.
    street = "\n".join(x for x in (get("address_line3", ""), get("address_line4", "")) if x)
    parts = [get("address_line5", ""), get("address_line2", ""), street, get("city", ""), "",
             get("postal_code", ""), get("country", "")]
    if not any(parts):
        return []
    kind = "WORK" if get("company") else "HOME"
    return [f"ADR;TYPE={kind}:" + ";".join(_escape(part) for part in parts)]


def _escape(text: str) -> str:
    """TEXT escaping (RFC 2426 §5): backslash, comma, semicolon, newline."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold at 75 UTF-8 octets, never inside a character; the leading space counts."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > LINE_OCTETS:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)
