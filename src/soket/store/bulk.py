"""Many rows into one table by one statement: on PostgreSQL through psycopg, ``COPY ... FROM
STDIN`` (a quarter of the client's CPU of an executemany: issue 12); elsewhere SQLAlchemy Core's
executemany. The rows are what Core would bind: each value through its column type's bind
processor (a JSON column's value serialized as Core serializes it, ``None`` as JSON ``null``),
a column's scalar default where the rows have no value for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys, column names) into ``table`` in ``conn``'s
    transaction."""
    if not rows:
        return
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        _copy(conn, table, rows)
    else:
        conn.execute(insert(table), list(rows))


def _copy(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    dialect = conn.dialect
    keys = list(rows[0])
    defaults = {c.name: c.default.arg for c in table.columns  # type: ignore[attr-defined]  # a scalar default has .arg
                if c.name not in rows[0] and c.default is not None and c.default.is_scalar}
    names = keys + list(defaults)
    procs: list[Callable[[Any], Any] | None] = [
        table.columns[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    fixed = list(defaults.values())
    quote = dialect.identifier_preparer
    sql = (f"COPY {quote.format_table(table)} ({', '.join(quote.format_column(table.columns[n]) for n in names)})"
           " FROM STDIN")
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]  # open: the connection is in use
    # what listens to the statements sent (the benches and tests count them) hears this one too
    conn.dispatch.before_cursor_execute(conn, cursor, sql, None, None, True)
    try:
        with cursor.copy(sql) as copy:
            for row in rows:
                values = [row[k] for k in keys] + fixed
                copy.write_row([v if p is None else p(v) for v, p in zip(values, procs, strict=True)])
    finally:
        cursor.close()
