"""A hundred thousand rows at once, in and out (the planner's runs over a whole file).

SQLAlchemy builds a Row per row read and processes each row's parameters in Python: for the
planner's 100 000 contacts and 130 000 tasks that cost two to three times the database's own
work. These two helpers go to the driver instead.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any, cast

from sqlalchemy import ClauseElement, Connection, insert
from sqlalchemy.sql.compiler import SQLCompiler


@contextmanager
def cycles_unchecked() -> Iterator[None]:
    """Python's cycle collector runs every few hundred new containers and then walks the
    ones still alive: over the hundreds of thousands of tuples and dicts of a whole-file
    plan, that was a fifth of its time. Those hold no cycles; refcounting frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_rows(connection: Connection, query: ClauseElement) -> list[tuple[Any, ...]]:
    """The rows of a Core select as the driver returns them, in the connection's
    transaction: on SQLite dates are ISO text and booleans 0 or 1."""
    compiled = cast(SQLCompiler, query.compile(dialect=connection.dialect,
                                               compile_kwargs={"render_postcompile": True}))
    sqlite = connection.dialect.name == "sqlite"
    params = {name: value.isoformat() if sqlite and isinstance(value, date) else value
              for name, value in compiled.params.items()}
    args: Any = (tuple(params[name] for name in compiled.positiontup or ())
                 if compiled.positional else params)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.string, args)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def insert_rows(connection: Connection, table: Any, columns: Sequence[str],
                rows: Sequence[tuple[Any, ...]], same: Mapping[str, Any] | None = None
                ) -> None:
    """Rows of `columns` (dates as ISO text), plus `same`: values shared by every row.
    Elsewhere than on SQLite, a Core insert (psycopg sends the rows in batches)."""
    if not rows:
        return
    same = dict(same or {})
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), [{**same, **dict(zip(columns, row, strict=True))}
                                           for row in rows])
        return
    shared = tuple(_stored(connection, table, name, value) for name, value in same.items())
    names = [*columns, *same]
    marks = ", ".join("?" * len(names))
    connection.exec_driver_sql(
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})",
        [row + shared for row in rows] if shared else list(rows))


def _stored(connection: Connection, table: Any, name: str, value: Any) -> Any:
    """The value as SQLAlchemy would write it in that column (a datetime as its text)."""
    dialect = connection.dialect
    process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process else value
