"""The .ics export, read back with the icalendar package as a calendar application would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from app.services import ics
from app.services.errors import StoreError
from app.services.tasks import TaskRow

NOW = datetime(2026, 6, 15, 8, 30, tzinfo=UTC)


def task(id_: int = 1, action: str = "call", name: str = "DUPONT Jean", note: str = "",
         due: date = date(2026, 6, 20), status: str = "open", uuid: str = "") -> TaskRow:
    return TaskRow(id=id_, contact_id=10 + id_, contact_name=name, category="prospect_chaud",
                   due_on=due, action=action, note=note, status=status,
                   proposed_by="hot_call" if status == "proposed" else "", uuid=uuid)


def read(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert calendar["VERSION"] == "2.0" and "Fichier client" in str(calendar["PRODID"])
    return list(calendar.walk("VEVENT"))


def test_round_trip_dates_summaries_and_uids(tmp_path: Path) -> None:
    out = tmp_path / "agenda.ics"
    rows = [
        task(1, uuid="0b7a3d1e-0000-4000-8000-000000000001"),
        task(2, "offer", "Cave des Chartrons", due=date(2026, 12, 31), status="proposed"),
        task(3, "invite", "ÉLOÏSE Hélène"),
    ]
    assert ics.write_ics(rows, out, now=NOW) == 3
    first, second, third = read(out)
    assert str(first["SUMMARY"]) == "Appeler DUPONT Jean"
    assert first.decoded("DTSTART") == date(2026, 6, 20)
    assert first.decoded("DTEND") == date(2026, 6, 21)
    assert str(first["UID"]) == "0b7a3d1e-0000-4000-8000-000000000001@fichier-client"
    assert first.decoded("DTSTAMP") == NOW
    assert str(second["SUMMARY"]) == "Envoyer une offre à Cave des Chartrons"
    assert second.decoded("DTEND") == date(2027, 1, 1)  # across the year's end
    assert str(second["UID"]) == "task-2@fichier-client"
    assert str(second["STATUS"]) == "TENTATIVE"
    assert str(third["SUMMARY"]) == "Inviter ÉLOÏSE Hélène à un événement"
    assert "DESCRIPTION" not in first


def test_the_same_task_keeps_its_uid(tmp_path: Path) -> None:
    one, two = tmp_path / "1.ics", tmp_path / "2.ics"
    row = task(uuid="5f0c0a3c-1111-4111-8111-111111111111")
    ics.write_ics([row], one, now=NOW)
    ics.write_ics([row], two, now=NOW + timedelta(days=1))
    assert read(one)[0]["UID"] == read(two)[0]["UID"]


def test_escaping_of_accents_commas_semicolons_backslashes_and_newlines(tmp_path: Path) -> None:
    note = "Rappeler ; demander le tarif, les « cuvées »\nC:\\chemin\\devis – été"
    out = tmp_path / "a.ics"
    ics.write_ics([task(note=note, name="LEFÈVRE, Noël; fils")], out, now=NOW)
    (event,) = read(out)
    assert str(event["DESCRIPTION"]) == note
    assert str(event["SUMMARY"]) == "Appeler LEFÈVRE, Noël; fils"
    raw = out.read_bytes().decode("utf-8")
    assert "Rappeler \\; demander le tarif\\, les" in raw
    assert "C:\\\\chemin" in raw and "\\n" in raw


def test_long_lines_are_folded_at_75_octets_with_crlf(tmp_path: Path) -> None:
    note = "Dégustation à Saint-Émilion, " * 12  # multi-byte characters across the folds
    out = tmp_path / "long.ics"
    ics.write_ics([task(note=note)], out, now=NOW)
    raw = out.read_bytes()
    assert raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")
    assert b"\n" not in b"".join(lines)  # no bare line feed anywhere
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        line.decode("utf-8")  # a fold never cuts a character in two
    assert str(read(out)[0]["DESCRIPTION"]) == note


def test_fold_counts_octets() -> None:
    assert ics.fold("A" * 75) == b"A" * 75
    assert ics.fold("A" * 76) == b"A" * 75 + b"\r\n A"
    folded = ics.fold("é" * 40).split(b"\r\n")
    assert [len(part) for part in folded] == [74, 7]


def test_an_unwritable_place_is_a_french_store_error(tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "agenda.ics"
    with pytest.raises(StoreError, match="Impossible d'écrire le calendrier"):
        ics.write_ics([task()], out)
    assert not out.parent.exists()


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "export"
    folder.mkdir()
    out = folder / "agenda.ics"
    ics.write_ics([task()], out, now=NOW)
    before = out.read_bytes()

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ics.os, "replace", broken)
    with pytest.raises(StoreError):
        ics.write_ics([task(), task(2)], out, now=NOW)
    assert out.read_bytes() == before
    assert list(folder.iterdir()) == [out]  # no temporary file left behind


def test_an_empty_agenda_is_a_valid_calendar(tmp_path: Path) -> None:
    out = tmp_path / "empty.ics"
    assert ics.write_ics([], out, now=NOW) == 0
    assert read(out) == []
