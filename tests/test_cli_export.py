"""The command line and the JSON export, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from app.cli import main
from app.services import contacts, journal
from app.services.contacts import ContactData
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from tests.conftest import NewStore, db_arg

REQUIRED_KEYS = {
    "uuid",
    "kind",
    "contact_type",
    "first_name",
    "last_name",
    "company",
    "emails",
    "phones",
    "address_lines",
    "postal_code",
    "city",
    "country",
    "category",
    "orders",
    "interactions",
    "deleted",
}


def _fill(db: str) -> None:
    with UnitOfWork(open_store(config_for(str(db)))) as uow:
        s = uow.session
        a = contacts.create_contact(
            s,
            ContactData(
                kind="professionnel",
                company="Cave des Chartrons",
                last_name="Martin",
                contact_type="caviste",
                emails=["contact@cave.fr"],
                phones=["05 56 12 34 56"],
                address_line4="12 rue Notre-Dame",
                postal_code="33000",
                city="Bordeaux",
            ),
        )
        journal.add_order(s, a.id, date.today() - timedelta(days=30), amount=Decimal("240.50"))
        b = contacts.create_contact(s, ContactData(last_name="Ancien"))
        contacts.trash(s, [b.id])
        uow.commit()


def test_export_writes_the_documented_keys(new_store: NewStore, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db, out = db_arg(new_store("f")), tmp_path / "out.json"
    _fill(db)
    assert main(["--db", str(db), "export", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data) == 2
    assert all(REQUIRED_KEYS <= set(item) for item in data)
    cave = next(d for d in data if d["company"] == "Cave des Chartrons")
    assert cave["phones"] == ["+33556123456"]
    assert cave["address_lines"] == ["12 rue Notre-Dame"]
    assert cave["category"] == "client_actif"
    assert cave["orders"][0]["amount"] == 240.5
    assert [d["deleted"] for d in data] == [False, True]
    assert "2 contacts exportés" in capsys.readouterr().out


def test_errors_are_french_and_exit_1(new_store: NewStore, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.db"
    bad.write_text("garbage")
    assert main(["--db", str(bad), "export", str(tmp_path / "o.json")]) == 1
    assert "endommagé" in capsys.readouterr().err
    ok = db_arg(new_store("ok"))
    _fill(ok)
    assert main(["--db", ok, "export", str(tmp_path / "no" / "o.json")]) == 1
    assert "Impossible d'écrire" in capsys.readouterr().err


def test_usage_errors_exit_2_and_version_prints() -> None:
    run = [sys.executable, "-m", "app"]
    bad = subprocess.run([*run, "nope"], capture_output=True, text=True)
    assert bad.returncode == 2 and "erreur d'utilisation" in bad.stderr
    version = subprocess.run([*run, "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("Fichier client ")


def test_services_never_load_qt() -> None:
    code = (
        "import sys, app.services.contacts, app.services.export, app.cli; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
