"""The input files of a command: an empty set is an error the user is told about (exit 1)."""

from __future__ import annotations

from pathlib import Path

import typer


def input_files(paths: list[Path] | list[str]) -> list[Path]:
    """Files under ``paths`` (see :func:`soket.ingest.iter_inputs`); none at all: a one-line error
    on stderr and exit code 1, never a silent success."""
    from soket.ingest import SUPPORTED_SUFFIXES, iter_inputs

    files = iter_inputs([str(p) for p in paths])
    if not files:
        where = ", ".join(str(p) for p in paths) or "(nothing given)"
        typer.echo(f"error: no input files in {where} (supported: {' '.join(SUPPORTED_SUFFIXES)})", err=True)
        raise typer.Exit(code=1)
    return files
