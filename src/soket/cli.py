"""The ``soket`` command: a thin shell over the package. Each command group lives in
``soket/commands/<name>.py`` and exposes ``register(app)``."""

from __future__ import annotations

from typing import Annotated, Any

import typer
import typer.core

from soket import __version__
from soket.commands import batch, check, extract, meetings, report, store
from soket.settings import settings

app = typer.Typer(no_args_is_help=True, add_completion=False, help="soket: Vietnamese review reports to data.",
                  context_settings={"help_option_names": ["-h", "--help"]})

_type_shown = typer.core.TyperOption.display_type_rich


def _flag_type(self: typer.core.TyperOption, ctx: Any) -> str | None:
    """A flag takes no value: its help shows no ``<bool>`` (typer 0.29 shows one)."""
    return None if self.is_flag else _type_shown(self, ctx)


typer.core.TyperOption.display_type_rich = _flag_type  # type: ignore[method-assign]  # a method patched on purpose


def _version(value: bool) -> None:
    if value:
        typer.echo(f"soket {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="print the version and exit")] = False,
) -> None:
    """soket: Vietnamese review reports to verifiable structured data, and back into reports."""
    _logging()


def _logging() -> None:
    """Third-party warnings (pdfminer's "Data-loss ...", Python warnings) go to logging, never
    straight to stderr, where each failed input has exactly one line. ``SOKET_LOG=INFO`` (or
    WARNING, DEBUG) shows the log on stderr."""
    import logging

    from soket.ingest.pdfguard import quiet_third_party_logs

    logging.captureWarnings(True)
    quiet_third_party_logs()
    level = settings().log
    if level:
        logging.basicConfig(level=level.upper(), format="%(levelname)s %(name)s: %(message)s")


for _group in (extract, store, batch, check, report, meetings):
    _group.register(app)


def main() -> None:
    app()
