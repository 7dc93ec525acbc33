"""The ``soket`` command: a thin shell over the package. Each command group lives in
``soket/commands/<name>.py`` and exposes ``register(app)``."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help="soket: Vietnamese review reports to data.")



@app.callback()
def _root() -> None:
    """soket: Vietnamese review reports to verifiable structured data, and back into reports."""


COMMAND_MODULES = ("extract", "store", "batch", "check", "report")

for _name in COMMAND_MODULES:
    importlib.import_module(f"soket.commands.{_name}").register(app)


def main() -> None:
    app()
