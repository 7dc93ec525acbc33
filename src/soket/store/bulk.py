"""Many rows into one table by one statement: on PostgreSQL through psycopg, ``COPY ... FROM
STDIN`` (a quarter of the client's CPU of an executemany: issue 12); on SQLite the driver's
``executemany`` of one prepared ``INSERT`` (Core compiled and bound each row again: ~8 µs a row);
elsewhere SQLAlchemy Core's executemany. The rows are what Core would bind: each value through
its column type's bind processor (a JSON column's value serialized as Core serializes it,
``None`` as JSON ``null``), a column's scalar default where the rows have no value for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys, column names) into ``table`` in ``conn``'s
    transaction."""
    if not rows:
        return
    dialect = conn.dialect
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy(conn, table, rows)
    elif dialect.name == "sqlite" and dialect.driver == "pysqlite":
        names, values = _bound(conn, table, rows)
        quote = dialect.identifier_preparer
        sql = (f"INSERT INTO {quote.format_table(table)} "
               f"({', '.join(quote.format_column(table.columns[n]) for n in names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        _on_cursor(conn, sql, lambda cursor: cursor.executemany(sql, values))
    else:
        conn.execute(insert(table), list(rows))


def _bound(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """The column names the rows fill (theirs, then the scalar defaults of the others) and each
    row's values as Core would bind them."""
    dialect = conn.dialect
    keys = list(rows[0])
    defaults = {c.name: c.default.arg for c in table.columns  # type: ignore[attr-defined]  # a scalar default has .arg
                if c.name not in rows[0] and c.default is not None and c.default.is_scalar}
    names = keys + list(defaults)
    procs: list[Callable[[Any], Any] | None] = [
        table.columns[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    fixed = list(defaults.values())
    get = itemgetter(*keys)
    whole: Callable[[dict[str, Any]], list[Any]] = \
        (lambda row: [get(row)]) if len(keys) == 1 else (lambda row: list(get(row)))
    bound = [(i, p, *_constants(p)) for i, p in enumerate(procs) if p is not None]
    out = []
    for row in rows:
        values = whole(row) + fixed
        for i, p, none, empty in bound:
            v = values[i]
            w = none if v is None else empty if v.__class__ is list and not v else _NOTHING
            values[i] = p(v) if w is _NOTHING else w
        out.append(values)
    return names, out


_NOTHING: Any = object()  # no constant: the processor is called


def _constants(p: Callable[[Any], Any]) -> tuple[Any, Any]:
    """What a bind processor gives for ``None`` and for an empty list, computed once (most rows'
    JSON columns hold one of the two: ``json.dumps`` a row each was a tenth of an ingest's
    storing); ``_NOTHING`` where it refuses one (an empty list to a number's processor: then
    it is called, and refuses, as Core's binding would)."""
    def at(v: Any) -> Any:
        try:
            return p(v)
        except Exception:  # such a value never reaches it: no constant
            return _NOTHING
    none, empty = at(None), at([])
    return none, empty


def _on_cursor(conn: Connection, sql: str, run: Callable[[Any], Any]) -> None:
    """``run`` on a cursor of ``conn``'s driver connection, in its transaction; what listens to the
    statements sent (the benches and tests count and time them) hears ``sql`` too, before and after."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]  # open: the connection is in use
    conn.dispatch.before_cursor_execute(conn, cursor, sql, None, None, True)
    try:
        run(cursor)
        conn.dispatch.after_cursor_execute(conn, cursor, sql, None, None, True)
    finally:
        cursor.close()


def _copy(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    names, values = _bound(conn, table, rows)
    quote = conn.dialect.identifier_preparer
    sql = (f"COPY {quote.format_table(table)} ({', '.join(quote.format_column(table.columns[n]) for n in names)})"
           " FROM STDIN")

    def write(cursor: Any) -> None:
        with cursor.copy(sql) as copy:
            for row in values:
                copy.write_row(row)

    _on_cursor(conn, sql, write)


_Getters = list[tuple[str, int | None, Any]]
_Plan = tuple[str, _Getters]
#: the plans by statement (its id), dialect and shape of parameters, each with its statement: a statement is held
#: while its plan is, so that no other one made later at the same address is given its SQL
_PLANS: dict[tuple[int, str, tuple[tuple[str, int], ...]], tuple[Any, _Plan | None]] = {}
_PLANS_MAX = 256


def scalars(conn: Connection, stmt: Any, params: dict[str, Any]) -> list[Any]:
    """The first column of ``stmt``'s rows with ``params``, as ``conn.execute(stmt,
    params).scalars().all()`` gives them, for a statement run many times in a row (one for each
    place of an ingest's batch). On SQLite the SQL each shape of ``params`` (the lengths of its
    lists, the expanding parameters) renders to is made once, by SQLAlchemy
    (``construct_expanded_state``), and run on the driver's cursor: Core's cache key, parameter
    processing and rows cost ~0.2 ms a statement against ~6 µs of a small indexed query's own
    (issue 12). A statement whose parameters have bind processors goes through Core. Listeners
    hear the statement as :func:`_on_cursor` tells them."""
    dialect = conn.dialect
    if not (dialect.name == "sqlite" and dialect.driver == "pysqlite"):
        return list(conn.execute(stmt, params).scalars())
    shape = tuple(sorted((k, len(v)) for k, v in params.items() if isinstance(v, list | tuple)))
    key = (id(stmt), dialect.name, shape)
    held = _PLANS.get(key)
    if held is None or held[0] is not stmt:
        if len(_PLANS) >= _PLANS_MAX:
            _PLANS.clear()
        held = _PLANS[key] = (stmt, _plan(conn, stmt, params))
    plan = held[1]
    if plan is None:
        return list(conn.execute(stmt, params).scalars())
    sql, getters = plan
    values = _values(getters, params)
    out: list[Any] = []
    _on_cursor(conn, sql, lambda cursor: out.extend(r[0] for r in cursor.execute(sql, values)))
    return out


def _plan(conn: Connection, stmt: Any, params: dict[str, Any]) -> _Plan | None:
    """The SQL of ``stmt`` for the lengths of ``params``' lists and where each positional value
    comes from (a parameter, an item of a list parameter, a constant of the statement), checked
    against what SQLAlchemy binds for ``params``; None where it cannot be (processors, names)."""
    try:
        state = stmt.compile(dialect=conn.dialect).construct_expanded_state(params)
    except Exception:  # what Core's execute raises, it raises there
        return None
    if state.processors and any(n in state.processors for n in state.positiontup or ()):
        return None
    origin: dict[str, tuple[str, int]] = {}
    for name, expanded in state.parameter_expansion.items():
        for i, e in enumerate(expanded):
            origin[e] = (name, i)
    getters: _Getters = []
    for n in state.positiontup or ():
        if n in origin and origin[n][0] in params:
            getters.append((origin[n][0], origin[n][1], None))
        elif n in params and n not in origin:
            getters.append((n, None, None))
        else:
            getters.append((n, -1, state.parameters[n]))  # a constant of the statement
    if _values(getters, params) != [state.parameters[n] for n in state.positiontup or ()]:
        return None
    return state.statement, getters


def _values(getters: _Getters, params: dict[str, Any]) -> list[Any]:
    """The positional values of a plan's SQL for ``params``: each a parameter (index None), an item of a list
    parameter (its index) or a constant of the statement (index -1, the constant)."""
    return [params[k] if i is None else params[k][i] if i >= 0 else c for k, i, c in getters]
