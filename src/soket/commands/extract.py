"""``soket extract PATH... --format jsonl|json|table``: print records, never stop on a bad file."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from soket.commands.inputs import input_files, load_input, read_options
from soket.commands.progress import doc_progress
from soket.commands.richtext import plain
from soket.errors import SoketError

if TYPE_CHECKING:
    from soket.model import Record


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)


def extract_cmd(
    paths: Annotated[list[Path], typer.Argument(help="files or folders; - reads standard input")],
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.jsonl,
    evidence: Annotated[bool, typer.Option(help="include span and evidence in JSON")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Extract records from reports (.txt .md .html .docx .pdf)."""
    files = input_files(paths)
    with doc_progress("extract", len(files), enabled=not quiet and len(files) > 1) as advance:
        failures = _extract_all(files, fmt, evidence, advance)
    if failures:
        raise typer.Exit(code=1)


def _extract_all(files: list[Path], fmt: Format, evidence: bool, advance: Any) -> int:
    """Print the records of ``files``; the number that failed."""
    from soket.check.extracted import extract_checked
    from soket.ingest import budget

    failures = 0
    records: list[dict[str, Any]] = []
    opts = read_options()
    for path in files:
        advance(path.name)
        try:
            with budget.metered(opts.budget):  # one budget for reading and extracting the document
                rec = extract_checked(load_input(path, opts))
        except SoketError as e:
            failures += 1
            typer.echo(f"error: {e}", err=True)
            continue
        except Exception as e:  # keep going: one bad file never stops the others
            failures += 1
            typer.echo(f"error: {path}: internal error: {type(e).__name__}: {e}", err=True)
            continue
        if fmt is Format.jsonl:  # a fact at a time: a record of 50,000 facts is never one string
            sys.stdout.writelines(rec.iter_json(evidence=evidence))
            sys.stdout.write("\n")
        elif fmt is Format.json:
            d = rec.to_dict()
            if not evidence:
                for f in d["facts"]:
                    f.pop("evidence", None)
            records.append(d)
        else:
            print_table(rec)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return failures


def print_table(rec: Record) -> None:
    """Show a person what was found: meeting header, then one row per fact."""
    from rich.console import Console
    from rich.table import Table

    from soket.fmt import format_period, format_value

    m, p = rec.meeting, rec.period
    console = Console()
    title = (f"{rec.doc}: {m.body_kind or '?'} · {m.locality_kind or ''} {m.locality or '?'}"
             f"{' (' + m.province + ')' if m.province else ''} · {m.date or '?'} · "
             f"{format_period(p.year, p.start_month, p.end_month)}")
    t = Table(title=plain(title), show_lines=False)
    for col in ("subject", "value", "role", "qual.", "ước", "basis", "raw"):
        t.add_column(col)
    for f in rec.facts:
        t.add_row(*map(plain, (f.subject, format_value(f.value, f.unit), f.role, f.qualifier,
                               "✓" if f.estimated else "", f.basis, f.raw)))
    console.print(t)
    if rec.people:
        console.print(plain("people: " + "; ".join(f"{x.name} ({', '.join(x.roles)})" for x in rec.people)))
    if m.chairs:
        console.print(plain("chairs: " + ", ".join(m.chairs)))
    if rec.authors:
        console.print(plain("authors: " + ", ".join(rec.authors)))
