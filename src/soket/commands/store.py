"""Store commands: ``ingest``, ``facts``, ``export``, ``search``, ``serve`` (``docs/store.md``).

Every command takes ``--db URL`` (a file path means SQLite; default ``SOKET_DB`` or ``soket.db``).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from soket.commands.inputs import STDIN, fail, input_files, out_file, read_options, store_at
from soket.commands.progress import doc_progress
from soket.commands.richtext import esc, plain
from soket.model import ROLES

if TYPE_CHECKING:  # the store's libraries load when a command runs (soket extract never pays for them)
    from soket.store.db import Store

DbOpt = Annotated[str | None, typer.Option("--db", help="database URL or SQLite file (env SOKET_DB; default soket.db)")]
RoleEnum = StrEnum("RoleEnum", {r: r for r in ROLES})  # type: ignore[misc]  # an Enum built from data: mypy cannot see its members


class OutFormat(StrEnum):
    table = "table"
    json = "json"


class ExportLang(StrEnum):
    vi = "vi"
    en = "en"


class ExportFmt(StrEnum):
    csv = "csv"
    json = "json"
    parquet = "parquet"


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("facts")(facts_cmd)
    app.command("export")(export_cmd)
    app.command("search")(search_cmd)
    app.command("serve")(serve_cmd)


def _fail(msg: str) -> typer.Exit:
    return fail(msg)


def _open(db: str | None, *, create: bool = False) -> Store:
    """The store, opened; a store that does not exist is refused (exit 2) unless ``create``."""
    return store_at(db, create=create)


def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="files or folders")],
    db: DbOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    batch_size: Annotated[int, typer.Option(min=1, max=10000, help="documents stored per transaction")] = 64,
) -> None:
    """Extract reports and store their records (same content again: nothing changes)."""
    from rich.console import Console

    from soket.service import ingest_documents

    files = input_files(paths)
    if STDIN in files:
        raise _fail("ingest reads files (a stored document keeps its path): save standard input to a file first")
    store = _open(db, create=True)
    err = Console(stderr=True)
    with doc_progress("ingest", len(files), enabled=not quiet) as advance:

        def on_file(fr: Any) -> None:
            advance(Path(fr.path).name)
            if fr.status == "failed":
                err.print(f"[red]failed[/red] {esc(fr.path)}: {esc(fr.error)}", highlight=False, markup=True)

        report = ingest_documents(store, files, on_file=on_file, batch_size=batch_size, read=read_options())
    s = report.summary()
    typer.echo(f"{len(report.files)} files: {s['stored']} stored, {s['replaced']} replaced, "
               f"{s['unchanged']} unchanged, {s['failed']} failed", err=True)
    if report.failed:
        raise typer.Exit(code=1)


def _filter(indicator: str | None, locality: str | None, province: str | None, year: int | None,
            period: str | None, role: Any, unit: str | None, q: str | None, all_sources: bool = False) -> Any:
    from soket.extract.indicators import indicators
    from soket.store.queries import FactFilter, parse_period

    if indicator and indicator not in {i.key for i in indicators()}:
        raise _fail(f"unknown indicator {indicator!r}")
    if period:
        try:
            parse_period(period)
        except ValueError as e:
            raise _fail(str(e)) from e
    return FactFilter(indicator=indicator, locality=locality, province=province, year=year, period=period,
                      role=role.value if role else None, unit=unit, q=q, all_sources=all_sources or None)


AllSourcesOpt = Annotated[bool, typer.Option("--all-sources", help="every source's copy of a meeting's figure "
                                             "(default: each figure once, as its sources agree on it)")]
IndOpt = Annotated[str | None, typer.Option(help="indicator key (soket facts --indicators lists them)")]
LocOpt = Annotated[str | None, typer.Option(help="locality, with or without diacritics")]
ProvOpt = Annotated[str | None, typer.Option(help="province")]
YearOpt = Annotated[int | None, typer.Option(help="year under review")]
PeriodOpt = Annotated[str | None, typer.Option(help="2021-H1, 2021-9M, 2021-Q3, 2021-FY")]
RoleOpt = Annotated[RoleEnum | None, typer.Option(help="fact role")]
UnitOpt = Annotated[str | None, typer.Option(help="unit: VND, USD, %, đảng viên ...")]
QOpt = Annotated[str | None, typer.Option("--q", help="full-text filter")]


def facts_cmd(
    indicator: IndOpt = None, locality: LocOpt = None, province: ProvOpt = None, year: YearOpt = None,
    period: PeriodOpt = None, role: RoleOpt = None, unit: UnitOpt = None, q: QOpt = None,
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    after: Annotated[int | None, typer.Option(min=0, help="the page after this fact id (the `next` printed)")] = None,
    exact_count: Annotated[bool, typer.Option("--exact-count", help="count again (not the cached count)")] = False,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    list_indicators: Annotated[bool, typer.Option("--indicators", help="list the indicator keys")] = False,
    all_sources: AllSourcesOpt = False,
    db: DbOpt = None,
) -> None:
    """Stored facts, filtered: a table, or JSON with --format json."""
    from soket.store import queries

    with _open(db).read() as s:
        if list_indicators:
            items = queries.list_indicators(s)
            if fmt is OutFormat.json:
                sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
            else:
                _table("indicators", ["key", "label", "unit", "n_facts"], items)
            return
        page = queries.facts_page(s, _filter(indicator, locality, province, year, period, role, unit, q,
                                             all_sources),
                                  limit, after=after, offset=offset, count="exact" if exact_count else "cached")
    total = page.total
    items = [f.to_dict() for f in page.items]
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps({"total": total, "next": page.next, "items": items}, ensure_ascii=False,
                                    indent=2) + "\n")
        return

    from soket.fmt import format_value

    rows = [{**f, "value": format_value(f["value"], f["unit"]), "where": f"{f['locality'] or '?'} {f['period'] or ''}"}
            for f in items]
    more = f"; next page: --after {page.next}" if page.next else ""
    _table(f"{len(items)} of {total} facts{more}", ["id", "where", "indicator", "subject", "value", "role", "raw"], rows)


def _table(title: str, cols: list[str], rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=plain(title))
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*(plain(r.get(c)) for c in cols))
    Console().print(t)


def export_cmd(
    fmt: Annotated[ExportFmt, typer.Option("--format", "-f")] = ExportFmt.csv,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="file (default: stdout)")] = None,
    indicator: IndOpt = None, locality: LocOpt = None, province: ProvOpt = None, year: YearOpt = None,
    period: PeriodOpt = None, role: RoleOpt = None, unit: UnitOpt = None, q: QOpt = None,
    all_sources: AllSourcesOpt = False,
    db: DbOpt = None,
    lang: Annotated[ExportLang | None, typer.Option("--lang", help="column headings in vi or en (default: the column keys)")] = None,
) -> None:
    """Facts joined with meeting, locality and period, as CSV, JSON or Parquet."""
    from soket.store.export import export_file
    from soket.store.queries import export_rows

    out = out_file(out)
    store = _open(db)
    flt = _filter(indicator, locality, province, year, period, role, unit, q, all_sources)
    if fmt is ExportFmt.parquet and out is None and sys.stdout.isatty():
        raise _fail("parquet is binary: give --out FILE")
    with store.read() as s:
        n = export_file(export_rows(s, flt), fmt.value, out, lang=None if lang is None else lang.value)
    typer.echo(f"{n} facts exported" + (f" to {out}" if out else ""), err=True)


def search_cmd(
    query: Annotated[str, typer.Argument(help="words, with or without diacritics")],
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 10,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Search documents and facts ("ngan sach" finds "ngân sách")."""
    from soket.store.queries import search

    with _open(db).read() as s:
        res = search(s, query, limit=limit).model_dump(mode="json")
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps(res, ensure_ascii=False, indent=2) + "\n")
        return
    _table(f"documents ({res['total_documents']})", ["id", "doc", "snippet"], res["documents"])
    _table(f"facts ({res['total_facts']})", ["id", "doc", "subject", "raw", "indicator"], res["facts"])


def serve_cmd(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    write_token: Annotated[str | None, typer.Option(
        "--write-token", envvar="SOKET_WRITE_TOKEN", help="enables POST /api/documents with this bearer token")] = None,
    cors_origin: Annotated[list[str] | None, typer.Option("--cors-origin", help="allow this origin (CORS)")] = None,
    max_body: Annotated[int, typer.Option(help="largest request body, bytes")] = 20 * 1024 * 1024,
    workers: Annotated[int, typer.Option(min=1, max=64, help="worker processes (one per core)")] = 1,
    log_level: Annotated[str, typer.Option(help="uvicorn's log level (warning: no access log)")] = "info",
    warm: Annotated[bool, typer.Option(help="build the facts explorer's counts (the facts cube) as each worker "
                                            "starts, before it takes requests")] = True,
    db: DbOpt = None,
) -> None:
    """Serve the JSON API (/api, docs at /docs) and the dashboard. Read-only without --write-token.
    With ``--workers N``, N processes share the port (each with its own connection pool)."""
    import os

    import uvicorn

    # lazy: import cost, fastapi and the app only for `serve`
    from soket.api import create_app

    store = _open(db, create=bool(write_token))
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"warning: listening on {host}: reachable from other machines", err=True)
    if workers > 1:  # workers import the app by name and build it from the environment
        import tempfile

        # the workers share their rate-limit buckets and the facts cube in a folder of this server's own
        limits = tempfile.mkdtemp(prefix="soket-serve-")
        os.environ.update({"SOKET_DB": store.url, "SOKET_MAX_BODY": str(max_body),
                           "SOKET_CORS_ORIGINS": ",".join(cors_origin or []),
                           "SOKET_RATE_LIMIT_FILE": os.path.join(limits, "ratelimit.db"),
                           "SOKET_CUBE_DIR": os.path.join(limits, "cube"),
                           "SOKET_WARM": "1" if warm else "0"})
        if write_token:
            os.environ["SOKET_WRITE_TOKEN"] = write_token
        try:
            uvicorn.run("soket.api.asgi:create", factory=True, host=host, port=port, workers=workers,
                        log_level=log_level, backlog=2048)
        finally:
            import shutil

            shutil.rmtree(limits, ignore_errors=True)
        return
    app = create_app(store, write_token=write_token or None, max_body=max_body, cors_origins=cors_origin or None,
                     warm=warm)
    uvicorn.run(app, host=host, port=port, log_level=log_level, backlog=2048)
