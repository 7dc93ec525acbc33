"""soket.commands.progress: the progress bar of commands that work document by document."""

from __future__ import annotations

import io

from rich.console import Console
from rich.progress import Progress

from soket.commands.progress import RateColumn, doc_progress


def test_progress_bar_counts_documents_and_shows_a_rate():

    buf = io.StringIO()
    con = Console(file=buf, force_terminal=True, width=120)
    with doc_progress("extract", 3, console=con) as advance:
        for name in ("a.txt", "b.txt", "c.txt"):
            advance(name)
    shown = buf.getvalue()
    assert "3/3" in shown and "docs/s" in shown and "c.txt" in shown
    buf2 = io.StringIO()
    with doc_progress("extract", 3, enabled=False, console=Console(file=buf2, force_terminal=True)) as advance:
        advance("a.txt")
    assert buf2.getvalue() == ""


def test_rate_column_counts_documents_per_second_of_this_run():
    prog = Progress(console=Console(file=io.StringIO()), auto_refresh=False)
    task_id = prog.add_task("", total=10)
    task = prog.tasks[0]
    assert RateColumn().render(task).plain == "– docs/s"  # nothing done yet
    prog.start_task(task_id)
    task.start_time = task.get_time() - 2.0  # two seconds in
    prog.update(task_id, completed=5)
    assert RateColumn().render(task).plain == "2.5 docs/s"
