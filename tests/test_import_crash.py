"""An import killed in the middle (SIGKILL, as a power cut or a killed process) leaves the
store as it was; the import backup holds the store as it was too."""

from __future__ import annotations

import csv
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from app.models import Contact
from app.services import backups, contacts, importer
from app.services.contacts import ContactData
from app.services.import_read import read_table
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork

# The child imports the file and, once inside the transaction with rows written, says so
# through a file and waits to be killed.
CHILD = """
import sys, time
from pathlib import Path
from sqlalchemy import text
from app.services import importer
from app.services.import_read import read_table
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork

store, source, flag = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
table = read_table(source)
with UnitOfWork(open_store(config_for(store))) as uow:
    s = uow.session
    plan = importer.plan_import(s, table, importer.mapping_for(s, table.headers))

    def progress(done, total):
        if done >= 1000:  # seen from inside the open transaction
            flag.write_text(str(s.execute(text("select count(*) from contact")).scalar()))
            time.sleep(120)

    importer.apply_import(s, plan, progress=progress)
    uow.commit()
"""


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Nom", "Prénom", "Email", "Ville"])
        for n in range(rows):
            out.writerow([f"Nom{n:05d}", "Jean", f"jean{n}@exemple.fr", "Beaune"])


def names(store: str) -> list[str]:
    with UnitOfWork(open_store(config_for(store))) as uow:
        return list(uow.session.scalars(select(Contact.last_name).order_by(Contact.id)))


def test_an_import_killed_in_the_middle_leaves_the_store_as_before(tmp_path: Path) -> None:
    store = str(tmp_path / "store.db")
    with UnitOfWork(open_store(config_for(store))) as uow:
        for name in ("Durand", "Martin", "Petit"):
            contacts.create_contact(uow.session, ContactData(last_name=name))
        uow.commit()
    source = tmp_path / "salon.csv"
    write_csv(source, 5000)
    flag = tmp_path / "inside"
    child = subprocess.Popen([sys.executable, "-c", CHILD, store, str(source), str(flag)],
                             cwd=Path(__file__).parents[1], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not flag.exists():
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never reached the transaction"
            time.sleep(0.05)
        assert int(flag.read_text()) >= 1003  # rows were written, not committed
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    path = Path(store)
    report = backups.check(path)
    assert report.ok, report.text()
    assert names(store) == ["Durand", "Martin", "Petit"]
    [before] = backups.list_backups(config_for(store))
    assert before.reason == backups.BEFORE_IMPORT and before.contacts == 3


def test_an_import_takes_a_backup_of_the_store_as_it_was(tmp_path: Path) -> None:
    store = str(tmp_path / "store.db")
    factory = open_store(config_for(store))
    with UnitOfWork(factory) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Durand"))
        uow.commit()
    source = tmp_path / "petit.csv"
    write_csv(source, 20)
    with UnitOfWork(factory) as uow:
        table = read_table(source)
        plan = importer.plan_import(uow.session, table,
                                    importer.mapping_for(uow.session, table.headers))
        importer.apply_import(uow.session, plan)
        uow.commit()
        assert uow.session.scalar(select(func.count(Contact.id))) == 21
    [info] = backups.list_backups(config_for(store))
    assert info.reason == "avant-import" and info.contacts == 1
