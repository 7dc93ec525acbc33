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
    try:
        _mod = importlib.import_module(f"soket.commands.{_name}")
    except ModuleNotFoundError as _e:  # a command group not written yet
        if _e.name != f"soket.commands.{_name}":
            raise
        continue
    _mod.register(app)


def main() -> None:
    app()
