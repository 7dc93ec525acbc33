"""``soket batch INPUT... --out DIR``: extract a corpus into Parquet tables (``docs/batch.md``)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from soket.commands.inputs import read_options, store_at
from soket.commands.richtext import esc, plain
from soket.errors import SoketError


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


def register(app: typer.Typer) -> None:
    app.command("batch")(batch_cmd)
    app.command("batch-load")(batch_load_cmd)


def batch_load_cmd(
    out: Annotated[Path, typer.Argument(help="the --out folder of a batch run")],
    db: Annotated[str, typer.Option("--db", help="the store: database URL or SQLite file")],
    as_json: Annotated[bool, typer.Option("--json", help="print the counts as JSON")] = False,
) -> None:
    """Load the done shards of a batch run into the store, then recompute the history checks of the
    documents they affect (the same stored issues whatever the order shards are loaded in)."""
    import time

    from soket.batch.dbload import load_shards
    from soket.batch.worker import MANIFEST_DIR

    if not (out / MANIFEST_DIR).is_dir():
        typer.echo(f"error: {out} holds no batch output (no {MANIFEST_DIR} folder)", err=True)
        raise typer.Exit(code=2)
    try:
        store = store_at(db, create=True)
        t0 = time.perf_counter()
        try:
            got = load_shards(store, out)
        finally:
            store.close()
    except SoketError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(code=2) from e
    secs = time.perf_counter() - t0
    if as_json:
        typer.echo(json.dumps({**got, "seconds": round(secs, 3)}))
    else:
        from rich.console import Console

        Console(soft_wrap=True).print(plain(
            "store: " + (", ".join(f"{k} {v}" for k, v in got.items()) or "nothing to load") + f" in {secs:.1f} s"))


def batch_cmd(
    inputs: Annotated[list[Path], typer.Argument(help="folders or files: .txt .md .html .docx .pdf, "
                                                        ".jsonl/.jsonl.gz (url/title/date/text), .parquet")],
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder")],
    engine: Annotated[EngineName, typer.Option(help="local process pool or a Dask cluster")] = EngineName.local,
    workers: Annotated[int | None, typer.Option(help="worker processes (default: all cores)")] = None,
    scheduler: Annotated[str | None, typer.Option(help="join this Dask scheduler (tcp://host:port) "
                                                        "instead of starting a LocalCluster")] = None,
    shard_size: Annotated[int, typer.Option(help="articles per shard (the unit of work and of resume)")] = 250,
    db: Annotated[str | None, typer.Option("--db", help="also load the records into this store "
                                                       "(database URL or SQLite file)")] = None,
    prefilter: Annotated[bool, typer.Option(help="skip articles without a meeting and an indicator cue")] = True,
    max_bytes: Annotated[int, typer.Option(help="size limit of one article (bytes)")] = 5 * 1024 * 1024,
    time_limit: Annotated[float, typer.Option(help="time limit of one article (seconds, 0: none)")] = 60.0,
    ocr_page_seconds: Annotated[float, typer.Option(help="OCR time budget of one page of a scanned PDF or "
                                                          "image (seconds); reading a scan may take 20 "
                                                          "pages' budget on top of --time-limit")] = 60.0,
    fresh: Annotated[bool, typer.Option(help="remove this command's earlier outputs in --out first")] = False,
    progress: Annotated[bool, typer.Option(help="show a progress bar (stderr)")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="print the summary as JSON")] = False,
    extractor: Annotated[str, typer.Option(hidden=True, help="module:function, Document → Record")] =
        "soket.extract:extract_document",
) -> None:
    """Extract every article of folders and archives into Parquet tables, partitioned by year.

    A run started again with the same arguments resumes: finished shards are skipped.
    """
    if engine is EngineName.local:
        from soket.batch import pool

        pool.start()  # the workers' forkserver imports and warms up beside this process's imports below
    from soket.batch import BatchOptions, run_batch

    if db:
        store_at(db, create=True).close()  # a missing folder is refused now, not after the whole run

    opts = BatchOptions(inputs=[str(p) for p in inputs], out=str(out), engine=engine.value, workers=workers,
                        scheduler=scheduler, shard_size=shard_size, prefilter=prefilter, max_bytes=max_bytes,
                        time_limit=time_limit, extractor=extractor, db=db, fresh=fresh,
                        ocr_page_seconds=ocr_page_seconds, read=read_options())
    try:
        with _Progress(progress) as bar:
            summary = run_batch(opts, on_progress=bar.advance, total_hint=bar.set_total)
    except SoketError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(code=2) from e
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        print_summary(summary)
    if not summary["complete"] or summary["input_problems"]:
        raise typer.Exit(code=1)


class _Progress:
    """A rich progress bar on stderr: raw articles done, documents/s, articles extracted."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.task: Any = None
        self.extracted = 0
        self.done = 0
        self.done_now = 0  # this run's: shards done by an earlier run are not in the rate
        self.t0 = 0.0

    def __enter__(self) -> _Progress:
        import time

        self.t0 = time.perf_counter()
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]} docs/s"),
                                TextColumn("· {task.fields[extracted]} extracted"), TimeElapsedColumn(),
                                console=Console(stderr=True), transient=False)
            self.bar.__enter__()
            self.task = self.bar.add_task("batch", total=None, rate="0", extracted=0)
        return self

    def set_total(self, total: int | None) -> None:
        if self.bar is not None:
            self.bar.update(self.task, total=total)

    def advance(self, n: int, extracted: int, resumed: bool = False) -> None:
        import time

        self.done += n
        if not resumed:
            self.done_now += n
        self.extracted += extracted
        if self.bar is not None:
            secs = max(time.perf_counter() - self.t0, 1e-9)
            self.bar.update(self.task, advance=n, rate=f"{self.rate(secs):,.0f}", extracted=self.extracted)

    def rate(self, secs: float) -> float:
        """This run's documents per second: resumed shards advance the bar, not the rate."""
        return self.done_now / secs if secs > 0 else 0.0

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def print_summary(s: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    c = Console(soft_wrap=True)
    sh, tr = s["shards"], s["this_run"]
    c.print(f"[bold]soket batch[/] → {esc(s['out'])}  ({esc(s['engine'])}, {s['workers']} workers, "
            f"shards of {s['shard_size']})")
    c.print(f"shards: {sh['total']} ({sh['ran']} run now, {sh['resumed']} done before, {sh['failed']} failed)")
    c.print(f"articles: {s['articles']:,} · skipped by the pre-filter: {s['skipped']:,} · extracted: "
            f"{s['extracted']:,} · dead letters: {s['dead_letters']:,}")
    if s["dead_by"]:
        c.print(plain("dead letters by reason: " + ", ".join(f"{k} {v}" for k, v in s["dead_by"].items())))
    r = s["rows"]
    c.print(f"rows: facts {r['facts']:,} · meetings {r['meetings']:,} · people {r['people']:,} · "
            f"documents {r['documents']:,}")
    c.print(f"this run: {tr['articles']:,} articles in {tr['seconds']:.1f} s = {tr['docs_per_s']:,.0f} docs/s "
            f"({tr['extracted_per_s']:,.0f} extracted/s)")
    if s.get("db"):
        c.print(plain("store: " + ", ".join(f"{k} {v}" for k, v in s["db"].items())))
    if s["slowest"]:
        t = Table(title="slowest documents", show_edge=False)
        t.add_column("seconds", justify="right")
        t.add_column("chars", justify="right")
        t.add_column("document")
        for x in s["slowest"]:
            t.add_row(f"{x['seconds']:.3f}", f"{x['chars']:,}", plain(x["doc_id"]))
        c.print(t)
    for f in s["failed_shards"]:
        c.print(f"[red]failed shard[/] {esc(f['shard'])} ({esc(f['source'])} rows {f['start']}-{f['end']}): {esc(f['error'])}"
                " — run again to retry")
    for p in s["input_problems"]:
        c.print(f"[red]input problem[/] {esc(p['source'])}: {esc(p['reason'])}: {esc(p['detail'])}")
