"""The ``soket`` command: a thin shell over the package. Each command group lives in
``soket/commands/<name>.py`` and exposes ``register(app)``."""

from __future__ import annotations

import typer

from soket.commands import batch, check, extract, report, store

app = typer.Typer(no_args_is_help=True, add_completion=False, help="soket: Vietnamese review reports to data.")


@app.callback()
def _root() -> None:
    """soket: Vietnamese review reports to verifiable structured data, and back into reports."""


for _group in (extract, store, batch, check, report):
    _group.register(app)


def main() -> None:
    app()
