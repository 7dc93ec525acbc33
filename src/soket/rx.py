"""``re``, with the compiled patterns kept across processes (issue 12: the cost of starting soket).

soket's modules compile about a thousand patterns as they load and on first use, many of them long
alternations built from the lexicons; ``re`` parses each in pure Python, which took a third of a
second of every start (more than the document). A module writes ``from soket import rx as re`` and
uses it as ``re``: the same names, and :func:`compile` (and ``search``, ``sub``, ... through it)
returns the same pattern object ``re.compile`` does, built from the compiled code kept by
:mod:`soket.startup` under the pattern's own text and flags, so no entry is ever stale; patterns
compare equal to ``re``'s (pattern, flags and code: tests/test_rx.py). The code is made by ``re``'s
own parser and compiler (``re._parser``, ``re._compiler``, private: the file is keyed by the
Python version and ``_sre.MAGIC``, and anything unexpected falls back to ``re.compile``).

The file holds the patterns of the runs that wrote it, at most ``KEEP`` of them: those a run read
from it first, so that the patterns every run builds stay and a pattern built for one document's
words (a name, a date) is the first to go. A process writes once, at exit, and only if it compiled
a pattern the file did not hold. A pattern built from a set of phrases must list them in one order
(longest first, then alphabetically: :func:`soket.extract.textutil.phrase_alt`): a set's order
changes with each process's string hashing, and such a pattern would be new to every process.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine (no stub)
import atexit
import re as _re
import sys
from array import array
from collections.abc import Callable, Iterator
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
)
from typing import Any, AnyStr

from soket import startup

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "UNICODE",
    "VERBOSE",
    "A",
    "I",
    "M",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "U",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
]

_parser: Any = getattr(_re, "_parser", None)
_compiler: Any = getattr(_re, "_compiler", None)

#: the most patterns kept in the file, and in this process's table (``re`` keeps 512)
KEEP = 4096
FILE = f"re2-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
#: the code as the bytes of an array of ``_sre``'s code units (a file of them loads 5 times faster than lists)
_UNIT = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), "I")

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_built: dict[tuple[str, int], Pattern[str]] = {}  # this process's patterns
_kept: dict[tuple[str, int], Entry] | None = None  # the file's, once read
_new: dict[tuple[str, int], Entry] = {}  # compiled here and not in the file
_hits: dict[tuple[str, int], None] = {}  # read from the file here, in order


def _file() -> dict[tuple[str, int], Entry]:
    global _kept
    if _kept is None:
        data = startup.read(FILE)
        _kept = data if isinstance(data, dict) else {}
    return _kept


def _code(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (Python 3.11-3.13)."""
    p = _parser.parse(pattern, flags)
    code = array(_UNIT, _compiler._code(p, flags)).tobytes()
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)


def _save() -> None:
    """Write the file: the patterns this process read from it, then those it compiled, then the file's others, up
    to ``KEEP`` (the patterns every run builds stay; those of one document only go first)."""
    if not _new:
        return
    kept = _file()
    merged: dict[tuple[str, int], Entry] = {}
    for k in (*_hits, *_new, *kept):
        if len(merged) >= KEEP:
            break
        v = _new.get(k) or kept.get(k)
        if v is not None:
            merged.setdefault(k, v)
    startup.write(FILE, merged)


def compile(pattern: AnyStr | Pattern[AnyStr], flags: int | RegexFlag = 0) -> Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, the code of a ``str`` pattern kept across processes."""
    if not isinstance(pattern, str) or flags & _re.DEBUG or _compiler is None:
        return _re.compile(pattern, flags)
    key = (pattern, int(flags))
    got = _built.get(key)
    if got is None:
        got = _build(key)
    return got


def _build(key: tuple[str, int]) -> Pattern[str]:
    entry = _file().get(key)
    try:
        if entry is None:
            entry = _code(*key)
            if not _new:
                atexit.register(_save)  # once: _new is never emptied
            if len(_new) < KEEP:
                _new[key] = entry
        elif len(_hits) < KEEP:
            _hits[key] = None
        flags, code, groups, groupindex, indexgroup = entry
        got: Pattern[str] = _sre.compile(key[0], flags, array(_UNIT, code).tolist(), groups, groupindex, indexgroup)
    except _re.error:
        raise
    except Exception:  # another Python's internals, a foreign file: re as it is
        got = _re.compile(*key)
    if len(_built) >= KEEP:  # drop the oldest, as re does (another thread may be at it too)
        try:
            del _built[next(iter(_built))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _built[key] = got
    return got


def search(pattern: AnyStr | Pattern[AnyStr], string: AnyStr, flags: int = 0) -> Match[AnyStr] | None:
    return compile(pattern, flags).search(string)


def match(pattern: AnyStr | Pattern[AnyStr], string: AnyStr, flags: int = 0) -> Match[AnyStr] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: AnyStr | Pattern[AnyStr], string: AnyStr, flags: int = 0) -> Match[AnyStr] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: AnyStr | Pattern[AnyStr], string: AnyStr, flags: int = 0) -> Iterator[Match[AnyStr]]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: AnyStr | Pattern[AnyStr], string: AnyStr, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def split(pattern: AnyStr | Pattern[AnyStr], string: AnyStr, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern: AnyStr | Pattern[AnyStr], repl: AnyStr | Callable[[Match[AnyStr]], AnyStr], string: AnyStr,
        count: int = 0, flags: int = 0) -> AnyStr:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: AnyStr | Pattern[AnyStr], repl: AnyStr | Callable[[Match[AnyStr]], AnyStr], string: AnyStr,
         count: int = 0, flags: int = 0) -> tuple[AnyStr, int]:
    return compile(pattern, flags).subn(repl, string, count)
