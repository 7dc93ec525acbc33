"""``soket meetings``: one meeting, many sources (``docs/sources.md``): list the meetings, show
one with its documents, merged figures and disagreements, split a wrong group, join two, and
link the documents of a store made before grouping."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from soket.commands.store import DbOpt, OutFormat, _fail, _open, _table

meetings_app = typer.Typer(help="meetings reported by several sources: list, show, split, join", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(meetings_app, name="meetings")


FmtOpt = Annotated[OutFormat, typer.Option("--format", "-f")]


@meetings_app.command("list")
def list_cmd(
    locality: Annotated[str | None, typer.Option(help="locality, with or without diacritics")] = None,
    disagree: Annotated[bool, typer.Option("--disagree", help="only meetings whose sources disagree")] = False,
    min_documents: Annotated[int, typer.Option(min=1, help="reported by at least this many documents")] = 1,
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """Meetings with how many documents and distinct sources report them."""
    from soket.store import sources

    with _open(db).read() as s:
        total, items = sources.list_meetings(s, limit=limit, offset=offset, locality=locality,
                                             disagree=disagree or None, min_documents=min_documents)
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps({"total": total, "items": items}, ensure_ascii=False, indent=2) + "\n")
        return
    _table(f"{len(items)} of {total} meetings",
           ["id", "body_kind", "locality", "province", "date", "period", "n_documents", "n_sources",
            "n_disagreements"], items)


@meetings_app.command("show")
def show_cmd(meeting: Annotated[int, typer.Argument(help="meeting id")], fmt: FmtOpt = OutFormat.table,
             db: DbOpt = None) -> None:
    """A meeting's documents, merged figures (agreed value, sources) and disagreements."""
    from soket.store import sources

    with _open(db).read() as s:
        d = sources.meeting_detail(s, meeting)
    if d is None:
        raise _fail(f"no meeting {meeting}")
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        return
    _table(f"meeting {meeting}: {d['locality'] or '?'} {d['date'] or ''} ({d['n_sources']} sources)",
           ["id", "doc", "format", "source_id", "primary", "pinned"], d["documents"])
    from soket.fmt import format_value

    rows: list[dict[str, Any]] = [
        {**f, "value": format_value(f["value"], f["unit"]), "what": f["indicator"] or f["subject"],
         "sources": f"{f['agreeing']}/{f['n_sources']}" + (" DISAGREE" if f["disagree"] else "")}
        for f in d["facts"]]
    _table("merged figures", ["what", "role", "value", "sources"], rows)
    for i in d["disagreements"]:
        typer.echo(f"warning sources_disagree: {i['message']}")


@meetings_app.command("split")
def split_cmd(meeting: Annotated[int, typer.Argument(help="meeting id")],
              documents: Annotated[list[int], typer.Argument(help="ids of the documents to move out")],
              db: DbOpt = None) -> None:
    """Move documents out of a meeting into one of their own (kept so on re-ingest)."""
    from soket.store import sources

    try:
        with _open(db).write() as s:
            new = sources.split(s, meeting, documents)
    except ValueError as e:
        raise _fail(str(e)) from e
    typer.echo(f"documents {', '.join(map(str, documents))} now form meeting {new}")


@meetings_app.command("join")
def join_cmd(meeting: Annotated[int, typer.Argument(help="meeting id")],
             other: Annotated[int, typer.Argument(help="the meeting to join into it")], db: DbOpt = None) -> None:
    """Make two meetings one (kept so on re-ingest)."""
    from soket.store import sources

    try:
        with _open(db).write() as s:
            sources.join(s, meeting, other)
    except ValueError as e:
        raise _fail(str(e)) from e
    typer.echo(f"meeting {other} joined meeting {meeting}")


@meetings_app.command("regroup")
def regroup_cmd(db: DbOpt = None) -> None:
    """Link the stored documents that have no meeting yet (a store made before grouping)."""
    from soket.store import sources

    with _open(db).write() as s:
        n = sources.link_unlinked(s)
    typer.echo(f"{n} documents linked")
