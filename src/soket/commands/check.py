"""``soket check PATH...`` / ``soket check --db URL``: list the consistency issues of reports.

With paths, each file is extracted and checked (and, with ``--db``, also checked against the
store's history). With ``--db`` alone, every stored document is checked again, history included.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from soket.commands.inputs import input_files, load_input, read_options, store_at
from soket.commands.progress import doc_progress
from soket.commands.richtext import plain
from soket.errors import SoketError

if TYPE_CHECKING:
    from soket.store.db import Store

DbOpt = Annotated[str | None, typer.Option("--db", help="database URL or SQLite file: check against (or check) the store")]


class CheckFormat(StrEnum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    app.command("check")(check_cmd)


def _row(doc: str, where: str | None, document_id: int | None, text: str, i: Any) -> dict[str, Any]:
    span = list(i.span) if i.span else None
    return {"doc": doc, "path": where, "document_id": document_id, "code": i.code, "severity": i.severity,
            "message": i.message, "span": span,
            "text": text[span[0]:span[1]] if span and text else None}


def check_files(paths: list[Path], db: str | None = None, *, progress: bool = True) -> tuple[list[dict[str, Any]], int]:
    """(issue rows, failures) of the reports under ``paths`` (``-``: standard input)."""
    files = input_files(paths)
    store = store_at(db) if db else None

    with doc_progress("check", len(files), enabled=progress and len(files) > 1) as advance:
        return _check_files(files, store, advance)


def _check_files(files: list[Path], store: Store | None, advance: Any) -> tuple[list[dict[str, Any]], int]:
    from soket.check.extracted import extract_checked
    from soket.ingest import budget

    rows: list[dict[str, Any]] = []
    failures = 0
    opts = read_options()
    for path in files:
        advance(path.name)
        try:
            with budget.metered(opts.budget):  # one budget for reading and extracting the document
                doc = load_input(path, opts)
                rec = extract_checked(doc)
        except SoketError as e:
            failures += 1
            typer.echo(f"error: {e}", err=True)
            continue
        except Exception as e:  # one bad file never stops the others
            failures += 1
            typer.echo(f"error: {path}: internal error: {type(e).__name__}: {e}", err=True)
            continue
        issues = list(rec.issues)
        if store is not None:
            from soket.service import check_document

            with store.read() as s:
                issues = check_document(s, doc, rec)
        rows.extend(_row(rec.doc, str(path), None, doc.text, i) for i in issues)
    return rows, failures


def check_store(db: str | None) -> list[dict[str, Any]]:
    """Issue rows of every stored document, checked again (document and history checks)."""
    from soket.service import check_stored

    rows: list[dict[str, Any]] = []
    with store_at(db).read() as s:
        for doc_id, rec, text, issues in check_stored(s):
            rows.extend(_row(rec.doc, rec.source.path, doc_id, text, i) for i in issues)
    return rows


def check_cmd(
    paths: Annotated[list[Path] | None, typer.Argument(help="report files or folders; - reads standard input")] = None,
    db: DbOpt = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.table,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Consistency checks: malformed numbers, plans, sector sums, growth against last year, ...

    Exit code: 0 no error-level issue, 1 an error-level issue or an unreadable file, 2 bad usage."""
    if not paths and not db:
        typer.echo("error: give report files, or --db to check the stored documents", err=True)
        raise typer.Exit(code=2)
    if paths:
        rows, failures = check_files(paths, db, progress=not quiet)
    else:
        rows, failures = check_store(db), 0
    if fmt is CheckFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        print_issues(rows)
    if failures or any(r["severity"] == "error" for r in rows):
        raise typer.Exit(code=1)


def print_issues(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not rows:
        console.print("Không phát hiện vấn đề nào — no issues found.")
        return
    t = Table(title=f"{len(rows)} issue(s)", show_lines=True)
    for col in ("doc", "code", "severity", "figure", "message"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(*map(plain, (r["doc"], r["code"], r["severity"], r["text"], r["message"])))
    console.print(t)
