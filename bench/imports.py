"""(h) Import: a CSV of N rows (a tenth of them people already in the file, written the way
another program would: capitals, national phone format) read, planned with duplicate
detection against the whole store, and applied; everything rolled back.

Alone: `python -m bench.imports --db FILE [--rows 50000]` (FILE: a bench store, see
`python -m bench`).
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.models import Contact, ContactEmail
from app.services import importer
from app.services.import_read import read_table
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from bench.timing import print_table

HEADER = ["Nom", "Prénom", "Société", "Adresse", "CP", "Ville", "Tél", "Mail"]


def write_csv(path: Path, rows: int, known: list[tuple[str, str, str, str, str]],
              seed: int = 5) -> None:
    dice = random.Random(seed)
    with path.open("w", encoding="cp1252", errors="replace", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        for n in range(rows):
            if known and n % 10 == 0:  # someone the file knows, typed again
                last, first, postal, city, email = dice.choice(known)
                writer.writerow([last.upper(), first, "", "", postal, city, "", email])
                continue
            writer.writerow([f"Nouveau{n}", dice.choice(["Jean", "Claire", "Luc", "Anne"]),
                             "", f"{n % 200 + 1} rue des Vignes", f"{33000 + n % 900:05d}",
                             "Bordeaux", f"06{n:08d}"[:10], f"nouveau{n}@exemple.fr"])


def rows(db: Path, count: int) -> list[list[Any]]:
    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow, tempfile.TemporaryDirectory() as tmp:
        s = uow.session
        existing = s.scalar(select(func.count(Contact.id))) or 0
        known = [(last, first, postal, city, email) for last, first, postal, city, email in
                 s.execute(select(Contact.last_name, Contact.first_name, Contact.postal_code,
                                  Contact.city, ContactEmail.address)
                           .join(ContactEmail, ContactEmail.contact_id == Contact.id)
                           .where(Contact.last_name != "").limit(5000))]
        path = Path(tmp) / "import.csv"
        write_csv(path, count, known)
        start = time.perf_counter()
        table = read_table(path)
        read_ms = (time.perf_counter() - start) * 1000
        step = time.perf_counter()
        result = importer.plan_import(s, table, importer.mapping_for(s, table.headers))
        plan_ms = (time.perf_counter() - step) * 1000
        step = time.perf_counter()
        importer.apply_import(s, result)
        apply_ms = (time.perf_counter() - step) * 1000
        uow.rollback()
    factory.kw["bind"].dispose()
    total = read_ms + plan_ms + apply_ms
    return [
        ["existing contacts / rows in the file", f"{existing} / {count}"],
        ["read the CSV (cp1252, ';')", f"{read_ms:.0f} ms"],
        ["plan: repairs + duplicate detection (dry run)", f"{plan_ms:.0f} ms — "
                                                         f"{result.summary()}"],
        ["apply: bulk inserts, fills, categories, follow-ups", f"{apply_ms:.0f} ms"],
        ["total", f"{total / 1000:.1f} s"],
    ]


def duplicate_rows(db: Path) -> list[list[Any]]:
    """find_duplicates over the whole file: blocking keys, then scoring within blocks."""
    from app.services import duplicates

    factory = open_store(config_for(str(db)))
    with UnitOfWork(factory) as uow:
        start = time.perf_counter()
        index = duplicates.build_index(uow.session)
        index_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        pairs = duplicates.find_duplicates(uow.session)
        find_ms = (time.perf_counter() - start) * 1000
    factory.kw["bind"].dispose()
    return [["build_index (every live contact's keys)", f"{index_ms:.0f} ms, "
                                                        f"{len(index.by_key)} keys"],
            ["find_duplicates (index + pairs + names)", f"{find_ms:.0f} ms, {len(pairs)} "
                                                        "pairs"]]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.imports", description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args(argv)
    print_table(f"(h) Import of {args.rows} rows", ["step", "result"], rows(args.db, args.rows))
    print_table("(i) Duplicates of the whole file", ["step", "result"], duplicate_rows(args.db))


if __name__ == "__main__":
    main()
