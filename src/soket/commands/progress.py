"""A rich progress bar on stderr for commands that work document by document: done/total, the
rate in documents per second (of this run), elapsed time and the current file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Documents per second over the whole run so far (completed / elapsed), "– docs/s" before
    the first document."""

    def render(self, task: Task) -> Text:
        secs = task.elapsed or 0.0
        if not task.completed or secs <= 0:
            return Text("– docs/s", style="progress.data.speed")
        return Text(f"{task.completed / secs:,.1f} docs/s", style="progress.data.speed")


class Advance(Protocol):
    def __call__(self, name: str = "") -> None: ...


def columns(label: str) -> list[ProgressColumn]:
    return [TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}", markup=False)]


@contextmanager
def doc_progress(label: str, total: int, *, enabled: bool = True,
                 console: Console | None = None) -> Iterator[Advance]:
    """A bar of ``total`` documents; the yielded ``advance(name)`` marks one done. Shown on
    stderr when it is a terminal (or on ``console``); ``enabled=False`` shows nothing."""
    con = console or Console(stderr=True)
    with Progress(*columns(label), console=con, disable=not enabled, transient=console is None) as prog:
        task = prog.add_task("", total=total)

        def advance(name: str = "") -> None:
            prog.update(task, advance=1, description=name)

        yield advance


