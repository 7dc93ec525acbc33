"""``soket report --locality NAME --period 2021-H1 --format md|html|docx|pdf [--db URL] [--out FILE]
[--body KIND] [--template OFFICE.docx]``: draft a period review of one locality from the store
(``docs/report.md``); .docx and .pdf default to ``<locality>-<period>.<ext>`` (ASCII)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from soket.commands.inputs import out_file, store_at
from soket.errors import SoketError

BODIES = ("party_committee", "peoples_committee", "peoples_council")


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"
    pdf = "pdf"


def register(app: typer.Typer) -> None:
    app.command("report")(report_cmd)


def report_cmd(
    locality: Annotated[str, typer.Option("--locality", "-l", help="locality name, e.g. 'Phúc Yên'")],
    period: Annotated[str, typer.Option("--period", "-p", help="2021-H1, 2021-9M, 2021-Q3, 2021-FY")],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.md,
    db: Annotated[str | None, typer.Option("--db", help="database URL or SQLite file (env SOKET_DB; default soket.db)")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="output file (default: stdout for md/html)")] = None,
    province: Annotated[str | None, typer.Option("--province", help="when several localities share the name")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="locality kind: huyện, thành phố, xã ...")] = None,
    body: Annotated[str | None, typer.Option(
        "--body", help="layout: party_committee, peoples_committee or peoples_council (default: the documents')")] = None,
    template: Annotated[Path | None, typer.Option(
        "--template", help="an office's own .docx (styles, header, logo, page) as the base of the .docx")] = None,
) -> None:
    """Draft a period review in Vietnamese: results by field, limitations, tasks, table, charts, sources."""
    if body is not None and body not in BODIES:
        typer.echo(f"error: --body is one of {', '.join(BODIES)}", err=True)
        raise typer.Exit(code=1)
    if template is not None and not template.is_file():
        typer.echo(f"error: no template file {template}", err=True)
        raise typer.Exit(code=1)
    from soket.report.build import build_review
    from soket.report.layout import default_filename
    from soket.report.output import render

    out = out_file(out)
    store = store_at(db)
    try:
        with store.read() as s:
            review = build_review(s, locality, period, province=province, kind=kind, body=body)
        if not review.document_ids:
            typer.echo(f"error: nothing to report: the store holds no document of {review.locality} "
                       f"for {period} (soket facts --locality ... lists what it holds)", err=True)
            raise typer.Exit(code=1)
        if out is None and fmt in (ReportFormat.docx, ReportFormat.pdf):
            out = Path(default_filename(review, fmt.value))
        data = render(review, fmt.value, out, template=template)
    except (SoketError, ValueError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(code=1) from e
    if out is None:
        sys.stdout.write(data.decode())
    else:
        typer.echo(f"wrote {out}", err=True)
