"""Memoised functions of text are bounded: a long-running process (``soket serve``, a batch worker) meets new
sentences and subjects without end, so a cache keyed by them must not grow without limit."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import soket.extract


def _cached_functions_with_arguments() -> list[tuple[str, Any]]:
    out = []
    for info in pkgutil.iter_modules(soket.extract.__path__):
        mod = importlib.import_module(f"soket.extract.{info.name}")
        for name, obj in vars(mod).items():
            wrapped = getattr(obj, "__wrapped__", None)
            if wrapped is None or not hasattr(obj, "cache_info") or getattr(obj, "__module__", None) != mod.__name__:
                continue
            if inspect.signature(wrapped).parameters:
                out.append((f"{mod.__name__}.{name}", obj))
    return out


#: caches keyed by a closed set of values (not by text), unbounded on purpose
CLOSED_KEYS = {"soket.extract.gazetteer.kind_levels": "a unit kind of the lexicon ('xã', 'phường', ...): a few dozen"}


def test_the_search_finds_the_caches_of_text() -> None:
    found = dict(_cached_functions_with_arguments())
    assert {"soket.extract.subjects.left_subject", "soket.extract.indicators._classify",
            "soket.extract.facts._rest_of_phrase"} <= set(found)


def test_every_cache_keyed_by_arguments_is_bounded() -> None:
    unbounded = [name for name, fn in _cached_functions_with_arguments()
                 if fn.cache_parameters()["maxsize"] is None and name not in CLOSED_KEYS]
    assert not unbounded, unbounded
