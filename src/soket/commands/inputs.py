"""What a command reads and writes: input files (``-`` is stdin), the store it opens, the file it
writes. A missing input, a missing store or a missing folder is an error the user is told about,
never a silent success and never a folder made behind their back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from soket.errors import SoketError
from soket.settings import settings

if TYPE_CHECKING:
    from soket.ingest import ReadOptions
    from soket.model import Document
    from soket.store.db import Store

STDIN = Path("-")


def input_files(paths: list[Path] | list[str]) -> list[Path]:
    """Files under ``paths`` (see :func:`soket.ingest.iter_inputs`), with ``-`` (stdin) kept in its
    place; none at all: a one-line error on stderr and exit code 1, never a silent success."""
    from soket.ingest import SUPPORTED_SUFFIXES, iter_inputs

    files: list[Path] = []
    for p in paths:
        files.extend([STDIN] if str(p) == "-" else iter_inputs([str(p)]))
    if not files:
        where = ", ".join(str(p) for p in paths) or "(nothing given)"
        typer.echo(f"error: no input files in {where} (supported: {' '.join(SUPPORTED_SUFFIXES)})", err=True)
        raise typer.Exit(code=1)
    return files


def read_options() -> ReadOptions:
    """How this command reads its inputs: from the settings (``SOKET_MAX_INPUT_BYTES``,
    ``SOKET_OCR``, ``SOKET_OCR_DPI``, ``SOKET_BUDGET_<NAME>``), read now."""
    from soket.ingest import ReadOptions

    return ReadOptions.of(settings())


def load_input(path: Path, options: ReadOptions) -> Document:
    """One input as a Document: ``-`` reads standard input (its format sniffed from its bytes)."""
    from soket.ingest import load_bytes, load_path

    if path == STDIN:
        return load_bytes(sys.stdin.buffer.read(), name="stdin.txt", path="-", options=options)
    return load_path(path, options=options)


def fail(msg: str, code: int = 2) -> typer.Exit:
    """Print ``error: msg`` on stderr; the Exit to raise."""
    typer.echo(f"error: {msg}", err=True)
    return typer.Exit(code=code)


def _sqlite_file(db: str | None) -> Path | None:
    from sqlalchemy.engine import make_url

    from soket.store.db import resolve_url

    u = make_url(resolve_url(db))
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def store_at(db: str | None, *, create: bool = False) -> Store:
    """The store ``db`` (``SOKET_DB``, else ``soket.db``, when None), opened, its schema current.
    A SQLite file that does not exist is
    refused (exit 2) unless ``create`` (only ``ingest`` and ``batch --db`` make a store), and even
    then its folder must exist: a typo in ``--db`` never makes an empty store or a folder."""
    db = db or settings().db
    try:
        path = _sqlite_file(db)
    except SoketError as e:
        raise fail(str(e)) from e
    except Exception as e:
        raise fail(f"not a database URL: {db!r}: {e}") from e
    if path is not None and not path.exists():
        if not create:
            raise fail(f"no store at {path} (soket ingest FILES --db {path} makes one; "
                       "check the --db spelling or SOKET_DB)")
        if not path.parent.is_dir():
            raise fail(f"folder {path.parent} does not exist: make it first, or choose another --db")
    from soket.store.db import Store  # the store's libraries load only for a command that opens one

    try:
        return Store.open(db)
    except SoketError as e:
        raise fail(str(e)) from e
    except Exception as e:
        raise fail(f"cannot open the store {db or ''}: {type(e).__name__}: {e}") from e


def out_file(out: Path | None) -> Path | None:
    """``out`` when its folder exists; else a clear error (exit 2), never a folder made for it."""
    if out is not None and str(out) != "-" and not out.parent.is_dir():
        raise fail(f"folder {out.parent} does not exist: make it first, or choose another --out")
    return out
