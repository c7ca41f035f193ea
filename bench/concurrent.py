"""(k) Several PCs on one PostgreSQL server: N processes each save E edits through the
services at the same time, on a small shared set of contacts (so they collide), then the
store is checked: nothing lost.

An edit = open a contact, add one to the counter kept in its notes, set its importance, save
over the version read (contacts.update_contact), and record a call in its journal; all in one
unit of work. A save refused because someone else saved in between (the version column), a
deadlock or a duplicate proposal is retried from a fresh read, as a user would redo it.

Alone: `python -m bench.concurrent [--url ADMIN_URL] [--clients 5] [--edits 1000]`; the URL
is a role that may create databases (default: the test server of scripts/pg_test_server.sh).
A throwaway database is created, and dropped at the end."""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import subprocess
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from app.models import Contact, Interaction
from app.services import contacts, journal
from app.services.contacts import ContactData
from app.services.errors import ConcurrentEditError
from app.services.store import StoreConfig, open_store, server_url
from app.services.uow import UnitOfWork
from bench.timing import print_table

ROOT = Path(__file__).resolve().parents[1]
RETRIED = (ConcurrentEditError, StaleDataError, IntegrityError, DBAPIError)


def default_admin_url() -> str | None:
    """FICHIER_TEST_PG_URL, else the server scripts/pg_test_server.sh starts (None: none)."""
    if os.environ.get("FICHIER_TEST_PG_URL"):
        return os.environ["FICHIER_TEST_PG_URL"]
    done = subprocess.run(["bash", str(ROOT / "scripts" / "pg_test_server.sh")],
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() or None


def rows(admin_url: str, clients: int = 5, edits: int = 1000,
         shared: int = 100) -> list[list[Any]]:
    admin = create_engine(server_url(admin_url), isolation_level="AUTOCOMMIT")
    name = f"fc_bench_{os.getpid()}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    url = make_url(server_url(admin_url)).set(database=name).render_as_string(
        hide_password=False)
    try:
        ids = _seed(url, shared)
        elapsed, retries = _run_clients(url, ids, clients, edits)
        found = _check(url, ids)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
    expected = clients * edits
    lost = expected - found["counter"]
    out: list[list[Any]] = [
        ["clients x edits", f"{clients} x {edits} on {shared} shared contacts"],
        ["time", f"{elapsed:.1f} s"],
        ["edits/s (all clients)", f"{expected / elapsed:.0f}"],
        ["retried after a conflict", sum(retries.values())],
        *[[f"  {kind}", count] for kind, count in sorted(retries.items())],
        ["counters in the notes", f"{found['counter']} (expected {expected})"],
        ["journal entries", f"{found['journal']} (expected {expected})"],
        ["versions moved", f"{found['versions']} (expected {expected})"],
        ["nothing lost", "yes" if lost == 0 and found["journal"] == expected
         and found["versions"] == expected else f"NO: {lost} edits lost"],
    ]
    return out


def _config(url: str) -> StoreConfig:
    return StoreConfig(url, Path(os.devnull).parent)


def _seed(url: str, shared: int) -> list[int]:
    factory = open_store(_config(url))
    with UnitOfWork(factory) as uow:
        ids = [contacts.create_contact(uow.session, ContactData(
            last_name=f"Partagé {i}", notes="0")).id for i in range(shared)]
        uow.commit()
    factory.kw["bind"].dispose()
    return ids


def _run_clients(url: str, ids: list[int], clients: int,
                 edits: int) -> tuple[float, dict[str, int]]:
    ctx = mp.get_context("spawn")  # a fresh interpreter per client, like separate PCs
    start_gate, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_client, args=(url, ids, n, edits, start_gate, results))
             for n in range(clients)]
    for proc in procs:
        proc.start()
    time.sleep(2)  # every client has imported the app and connected
    began = time.perf_counter()
    start_gate.set()
    retries: dict[str, int] = {}
    for _ in procs:
        for kind, count in results.get(timeout=600).items():
            retries[kind] = retries.get(kind, 0) + count
    elapsed = time.perf_counter() - began
    for proc in procs:
        proc.join()
    return elapsed, retries


def _client(url: str, ids: list[int], number: int, edits: int, start_gate: Any,
            results: Any) -> None:
    factory = open_store(_config(url))
    with factory.kw["bind"].connect():
        pass  # connect before the clock starts
    retries: dict[str, int] = {}
    start_gate.wait()
    for i in range(edits):
        contact_id = ids[(number * 7919 + i * 31) % len(ids)]  # the clients' paths cross
        while True:
            try:
                _edit(factory, contact_id, f"poste {number}, modification {i}")
                break
            except RETRIED as exc:
                kind = type(exc).__name__
                retries[kind] = retries.get(kind, 0) + 1
    factory.kw["bind"].dispose()
    results.put(retries)


def _edit(factory: Any, contact_id: int, summary: str) -> None:
    with UnitOfWork(factory) as uow:
        s = uow.session
        contact = contacts.get_contact(s, contact_id)
        data: ContactData = contacts.contact_data(contact)
        counter = int(data.notes or "0") + 1
        data = replace(data, notes=str(counter), importance=counter % 4)
        contacts.update_contact(s, contact_id, data, contact.version)
        journal.add_interaction(s, contact_id, date.today(), "call", summary)
        uow.commit()


def _check(url: str, ids: list[int]) -> dict[str, int]:
    factory = open_store(_config(url))
    with UnitOfWork(factory) as uow:
        s = uow.session
        notes = s.scalars(select(Contact.notes).where(Contact.id.in_(ids))).all()
        versions = s.scalar(select(func.sum(Contact.version - 1)).where(Contact.id.in_(ids)))
        journal_count = s.scalar(select(func.count(Interaction.id)))
    factory.kw["bind"].dispose()
    return {"counter": sum(int(n) for n in notes), "journal": int(journal_count or 0),
            "versions": int(versions or 0)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.concurrent", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="PostgreSQL URL of a role that may create databases")
    parser.add_argument("--clients", type=int, default=5)
    parser.add_argument("--edits", type=int, default=1000, help="edits per client (1 000)")
    parser.add_argument("--shared", type=int, default=100, help="contacts they share (100)")
    args = parser.parse_args(argv)
    url = args.url or default_admin_url()
    if not url:
        raise SystemExit("No PostgreSQL server: give --url, or run scripts/pg_test_server.sh.")
    print_table(f"(k) {args.clients} clients on one PostgreSQL server, {args.edits} edits each",
                ["step", "result"], rows(url, args.clients, args.edits, args.shared))


if __name__ == "__main__":
    main()
