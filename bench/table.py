"""(b)-(d) The contact table: first page by several sort columns, and search keystrokes,
through `contact_query` and as bare sqlite3 queries doing the same work (the floor)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.services import contact_query
from app.services.contact_query import ContactFilter
from app.services.text import search_terms
from app.services.uow import UnitOfWork
from bench.timing import Timing, measure

PAGE = 200
SORTS = {"name": "contact.name_key", "company": "contact.company_key",
         "city": "contact.city_key", "postal_code": "contact.postal_code"}
SEARCHES = ("dur", "helene", "saint emilion", "33", "cave", "0612", "zzz")


def service(factory: sessionmaker[Session], flt: ContactFilter, order: str
            ) -> tuple[int, int]:
    """What the table does on opening or on a keystroke: the count, then the first page."""
    with UnitOfWork(factory) as uow:
        total = contact_query.count_contacts(uow.session, flt)
        page = contact_query.list_contacts(uow.session, flt, order=order, limit=PAGE)
    return total, len(page)


def floor_sql(text: str, order: str) -> tuple[str, str, list[str]]:
    where = "contact.deleted_at IS NULL"
    params: list[str] = []
    for term in search_terms(text):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where += " AND contact.search_text LIKE ? ESCAPE '\\'"
        params.append(f"%{escaped}%")
    count = f"SELECT count(contact.id) FROM contact WHERE {where}"
    page = (
        "SELECT contact.*, contact_type.code FROM contact LEFT OUTER JOIN contact_type "
        f"ON contact_type.id = contact.contact_type_id WHERE {where} "
        f"ORDER BY {SORTS[order]}, contact.id LIMIT {PAGE} OFFSET 0"
    )
    return count, page, params


def floor(db: sqlite3.Connection, text: str, order: str) -> tuple[int, int]:
    count, page, params = floor_sql(text, order)
    total = db.execute(count, params).fetchone()[0]
    return total, len(db.execute(page, params).fetchall())


def plan(db: sqlite3.Connection, text: str, order: str) -> str:
    """EXPLAIN QUERY PLAN of the page query, on one line."""
    _, page, params = floor_sql(text, order)
    steps = db.execute("EXPLAIN QUERY PLAN " + page, params).fetchall()
    return "; ".join(step[-1] for step in steps)


def compare(factory: sessionmaker[Session], path: Path, runs: int
            ) -> tuple[list[list[Any]], list[list[Any]], list[str]]:
    """Rows for the opening table, rows for the search table, and the query plans."""
    db = sqlite3.connect(path)
    plans: list[str] = []
    opening: list[list[Any]] = []
    for order in SORTS:
        opening.append(_row(f"sort by {order}", factory, db, "", order, runs))
        plans.append(f"{order:>12}: {plan(db, '', order)}")
    searching: list[list[Any]] = []
    for text in SEARCHES:
        searching.append(_row(f"« {text} »", factory, db, text, "name", runs))
        plans.append(f"{text!r:>15}: {plan(db, text, 'name')}")
    db.close()
    return opening, searching, plans


def _row(label: str, factory: sessionmaker[Session], db: sqlite3.Connection, text: str,
         order: str, runs: int) -> list[Any]:
    flt = ContactFilter(text=text)
    ours, (total, shown) = measure(lambda: service(factory, flt, order), runs)
    bare, bare_result = measure(lambda: floor(db, text, order), runs)
    assert bare_result == (total, shown), (label, bare_result, total, shown)
    return [label, total, *_ms(ours), *_ms(bare)]


def _ms(t: Timing) -> list[float]:
    return [t.first, t.median, t.p95]
