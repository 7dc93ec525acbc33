"""The ``soket`` command: a thin shell over the package. Each command group lives in
``soket/commands/<name>.py`` and exposes ``register(app)``."""

from __future__ import annotations

import typer

from soket.commands import batch, check, extract, report, store

app = typer.Typer(no_args_is_help=True, add_completion=False, help="soket: Vietnamese review reports to data.")


@app.callback()
def _root() -> None:
    """soket: Vietnamese review reports to verifiable structured data, and back into reports."""
    _logging()


def _logging() -> None:
    """Third-party warnings (pdfminer's "Data-loss ...", Python warnings) go to logging, never
    straight to stderr, where each failed input has exactly one line. ``SOKET_LOG=INFO`` (or
    WARNING, DEBUG) shows the log on stderr."""
    import logging
    import os

    from soket.ingest.pdfguard import quiet_third_party_logs

    logging.captureWarnings(True)
    quiet_third_party_logs()
    level = os.environ.get("SOKET_LOG")
    if level:
        logging.basicConfig(level=level.upper(), format="%(levelname)s %(name)s: %(message)s")


for _group in (extract, store, batch, check, report):
    _group.register(app)


def main() -> None:
    app()
