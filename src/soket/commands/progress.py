"""A rich progress bar on stderr for commands that work document by document: done/total, the
rate in documents per second (of this run), elapsed time and the current file.

Rich is imported only where a bar is shown (issue 12: ``soket extract`` on one file shows none, and
Rich's import was a tenth of its start); ``RateColumn`` is built on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import ProgressColumn


@cache
def _rate_column() -> type[ProgressColumn]:
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Documents per second over the whole run so far (completed / elapsed), "– docs/s" before
        the first document."""

        def render(self, task: Task) -> Text:
            secs = task.elapsed or 0.0
            if not task.completed or secs <= 0:
                return Text("– docs/s", style="progress.data.speed")
            return Text(f"{task.completed / secs:,.1f} docs/s", style="progress.data.speed")

    return RateColumn


def __getattr__(name: str) -> Any:
    if name == "RateColumn":
        return _rate_column()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Advance(Protocol):
    def __call__(self, name: str = "") -> None: ...


def columns(label: str) -> list[ProgressColumn]:
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn

    return [TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), _rate_column()(), TimeElapsedColumn(),
            TextColumn("{task.description}", markup=False)]


def _skip(name: str = "") -> None:
    """The ``advance`` of a run that shows no bar."""


@contextmanager
def doc_progress(label: str, total: int, *, enabled: bool = True,
                 console: Console | None = None) -> Iterator[Advance]:
    """A bar of ``total`` documents; the yielded ``advance(name)`` marks one done. Shown on
    stderr when it is a terminal (or on ``console``); ``enabled=False`` shows nothing."""
    if not enabled:
        yield _skip
        return
    from rich.console import Console
    from rich.progress import Progress

    con = console or Console(stderr=True)
    with Progress(*columns(label), console=con, transient=console is None) as prog:
        task = prog.add_task("", total=total)

        def advance(name: str = "") -> None:
            prog.update(task, advance=1, description=name)

        yield advance
