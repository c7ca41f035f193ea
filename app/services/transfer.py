"""Copy a whole store into another one (SQLite file <-> PostgreSQL server), row for row.

Ids are kept, so every link survives; the destination is migrated to the same schema first
and must be empty; the copy is one transaction on the destination: all or nothing."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text

from app.models import Base
from app.services.errors import StoreError
from app.services.store import StoreConfig, config_for, open_store, sqlite_path

BATCH = 2000

Progress = Callable[[str, int], None]


def copy_store(
    source: StoreConfig, dest: StoreConfig, progress: Progress | None = None
) -> dict[str, int]:
    """Copy every table of `source` into the empty store `dest`; returns rows per table."""
    if source.url == dest.url:
        raise StoreError("La source et la destination sont la même base : rien n'a été copié.")
    path = sqlite_path(source.url)
    if path is not None and not path.exists():
        raise StoreError(f"Le fichier « {path} » n'existe pas : rien n'a été copié. "
                         "Indiquez avec --db le fichier à copier.")
    src_engine: Engine = open_store(source).kw["bind"]
    dest_engine: Engine = open_store(dest).kw["bind"]
    try:
        with src_engine.connect() as src, dest_engine.begin() as out:
            _check_empty(out, dest)
            counts = {t.name: _copy_table(src, out, t, progress) for t in _tables()}
            _reset_sequences(out)
            _check_counts(out, counts)
    finally:
        src_engine.dispose()
        dest_engine.dispose()
    return counts


def _tables() -> list[Table]:
    """Parents before children, so foreign keys hold at every insert."""
    return list(Base.metadata.sorted_tables)


def _check_empty(out: Connection, dest: StoreConfig) -> None:
    """Empty = exactly what the migrations put in a new store (the default contact types,
    and whatever a later migration seeds); those rows are then replaced by the source's."""
    seeded = _seeded_rows()
    filled = [t.name for t in _tables() if _rows(out, t) != seeded.get(t.name, [])]
    if filled:
        raise StoreError(
            f"La destination « {dest.shown_url} » contient déjà des données "
            f"({', '.join(filled)}) : rien n'a été copié. Choisissez une base "
            "ou un fichier vide (nouveau nom de fichier, ou base créée pour l'occasion)."
        )
    for table in reversed(_tables()):
        if table.name in seeded:
            out.execute(table.delete())


def _seeded_rows() -> dict[str, list[str]]:
    """The rows of a brand-new store, per table that has any: migrate a scratch file."""
    with tempfile.TemporaryDirectory(prefix="fichier-client-copy-") as tmp:
        engine: Engine = open_store(config_for(str(Path(tmp) / "new.db"))).kw["bind"]
        try:
            with engine.connect() as conn:
                found = {t.name: _rows(conn, t) for t in _tables()}
        finally:
            engine.dispose()
    return {name: rows for name, rows in found.items() if rows}


def _rows(conn: Connection, table: Table) -> list[str]:
    """Comparable across SQLite and PostgreSQL (same Python values either way)."""
    return sorted(repr(tuple(row)) for row in conn.execute(select(table)))


def _count(conn: Connection, table: Table) -> int:
    return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def _copy_table(src: Connection, out: Connection, table: Table,
                progress: Progress | None) -> int:
    done = 0
    for rows in _batches(src, table):
        out.execute(table.insert(), rows)
        done += len(rows)
        if progress:
            progress(table.name, done)
    return done


def _batches(src: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = src.execution_options(stream_results=True).execute(
        select(table).order_by(*order))
    for chunk in result.mappings().partitions(BATCH):
        yield [dict(row) for row in chunk]


def _reset_sequences(out: Connection) -> None:
    """PostgreSQL hands out ids from a sequence that explicit ids do not advance: move each
    past the largest copied id, or the next new contact would collide with a copied one."""
    if out.dialect.name != "postgresql":
        return
    quote = out.dialect.identifier_preparer.quote
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].autoincrement is False or not _is_serial(out, table, pk[0].name):
            continue
        name, col = quote(table.name), quote(pk[0].name)
        out.execute(text(
            f"SELECT setval(pg_get_serial_sequence(:t, :c), coalesce(max({col}), 1), "
            f"max({col}) IS NOT NULL) FROM {name}"), {"t": name, "c": pk[0].name})


def _is_serial(out: Connection, table: Table, column: str) -> bool:
    quoted = out.dialect.identifier_preparer.quote(table.name)
    found = out.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"),
                       {"t": quoted, "c": column})
    return found is not None


def _check_counts(out: Connection, counts: dict[str, int]) -> None:
    for table in _tables():
        if _count(out, table) != counts[table.name]:  # pragma: no cover - a broken driver
            raise StoreError(f"La copie de la table {table.name} est incomplète : rien n'a "
                             "été copié.")
