"""Issue 12: what every start of soket builds the same way, kept across processes (like Python's ``__pycache__``).

A run of ``soket extract`` on one small report used to spend most of its time before the first
document: the lexicons parsed from YAML (:mod:`soket.lexicon`) and about a thousand regular
expressions compiled by the pure-Python parser of ``re`` (:mod:`soket.rx`). Both are functions of
files that change only when the code or the data does, so their results are kept here, in
``marshal`` files (plain data: strings, numbers, lists, dicts; nothing a load can run), each under a
key that names every input it was built from; a key that differs is a miss, never a stale answer.

The folder is ``SOKET_CACHE_DIR`` where set (``off``: no cache), else ``__cache__`` in the
package's folder. Nothing here may fail a run: a folder that cannot be made (a read-only install) is
no cache, one that cannot be written is read only; a missing, truncated or foreign file is a miss;
a write goes to a temporary file renamed into place (atomic), so a reader never sees half of one.
Nothing is ever downloaded.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["code_stamp", "digest", "folder", "read", "write"]

#: part of every key: a new layout of the kept data (or a new Python) is a miss
FORMAT = f"1-{sys.implementation.cache_tag}"


@cache
def folder() -> Path | None:
    """The cache folder, made if need be; None where there is none (``SOKET_CACHE_DIR=off``, or it cannot be
    made). A folder this process cannot write is read all the same (an install warmed by its owner)."""
    env = os.environ.get("SOKET_CACHE_DIR")
    if env is not None and env.strip().lower() in ("", "off", "0", "no", "false"):
        return None
    path = Path(env) if env else Path(__file__).resolve().parent / "__cache__"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path


def digest(*parts: str | bytes) -> str:
    """A key for the inputs ``parts`` (their sha256, with the layout's ``FORMAT``), 20 hex digits."""
    h = hashlib.sha256(FORMAT.encode())
    for p in parts:
        b = p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()[:20]


@cache
def code_stamp() -> str:
    """The package's code as it stands (every module's path, size and modification time, as Python judges a
    ``.pyc``), with Python's version and its Unicode data's: part of the key of data that code derives."""
    root = Path(__file__).resolve().parent
    parts = [sys.version, unicodedata.unidata_version]
    for p in sorted(root.rglob("*.py")):
        try:
            st = p.stat()
        except OSError:
            continue
        parts.append(f"{p.relative_to(root).as_posix()}:{st.st_size}:{st.st_mtime_ns}")
    return digest(*parts)


def read(name: str) -> Any:
    """The data kept as ``name`` (a file name, the key in it), or None: no folder, no file, or a file
    that does not load."""
    d = folder()
    if d is None:
        return None
    try:
        with open(d / name, "rb") as f:
            return marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write(name: str, data: Any) -> bool:
    """Keep ``data`` (what ``marshal`` takes) as ``name``, atomically; False where it could not be written."""
    d = folder()
    if d is None:
        return False
    tmp = None
    try:
        blob = marshal.dumps(data)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=d)
        with os.fdopen(fd, "wb") as f:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o644)  # readable by every user, as a .pyc is
            f.write(blob)
        os.replace(tmp, d / name)
        return True
    except (OSError, ValueError):
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False
