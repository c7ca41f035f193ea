"""Agenda tasks as an iCalendar file (RFC 5545), written by hand: one all-day event per task."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.services.errors import cannot_write
from app.services.tasks import ACTIONS, TaskRow

PRODID = "-//Fichier client//Agenda//FR"
UID_DOMAIN = "fichier-client"
LINE_OCTETS = 75  # RFC 5545 §3.1: lines longer than 75 octets are folded
# "Appeler DUPONT Jean": the action and its contact as one French sentence.
SUMMARIES = {
    "call": "Appeler {name}",
    "email": "Écrire un e-mail à {name}",
    "offer": "Envoyer une offre à {name}",
    "newsletter": "Envoyer la lettre d'information à {name}",
    "invite": "Inviter {name} à un événement",
    "visit": "Rendre visite à {name}",
}
# Proposals not yet accepted show as tentative in the user's calendar.
STATUSES = {"proposed": "TENTATIVE", "open": "CONFIRMED", "done": "CONFIRMED",
            "dismissed": "CANCELLED"}


def write_ics(rows: list[TaskRow], out: Path, now: datetime | None = None) -> int:
    """Write `rows` to `out` atomically; the number of events written.

    Raises StoreError (French message) when the file cannot be written.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text('Fichier client : relances')}"]
    for row in rows:
        lines.extend(_event(row, stamp))
    lines.append("END:VCALENDAR")
    data = b"".join(fold(line) + b"\r\n" for line in lines)
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise cannot_write("le calendrier", out, exc) from exc
    return len(rows)


def summary(row: TaskRow) -> str:
    template = SUMMARIES.get(row.action)
    if template is None:
        return f"{ACTIONS.get(row.action, row.action)} : {row.contact_name}"
    return template.format(name=row.contact_name)


def _event(row: TaskRow, stamp: str) -> Iterable[str]:
    uid = f"{row.uuid or f'task-{row.id}'}@{UID_DOMAIN}"
    yield "BEGIN:VEVENT"
    yield f"UID:{uid}"
    yield f"DTSTAMP:{stamp}"
    yield f"DTSTART;VALUE=DATE:{_day(row.due_on)}"
    yield f"DTEND;VALUE=DATE:{_day(row.due_on + timedelta(days=1))}"
    yield f"SUMMARY:{escape_text(summary(row))}"
    if row.note:
        yield f"DESCRIPTION:{escape_text(row.note)}"
    yield f"STATUS:{STATUSES.get(row.status, 'CONFIRMED')}"
    yield "TRANSP:TRANSPARENT"  # a reminder, not a meeting: the day stays free
    yield "END:VEVENT"


def _day(day: date) -> str:
    return day.strftime("%Y%m%d")


def escape_text(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """UTF-8 octets of one content line, folded at 75 octets without splitting a character."""
    out: list[bytes] = []
    current = b""
    limit = LINE_OCTETS
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current)
            current, limit = b" ", LINE_OCTETS  # the leading space counts in the 75
        current += encoded
    out.append(current)
    return b"\r\n".join(out)
