"""What a test needs from the machine, and whether a run may skip without it.

Each need has a pytest marker of the same name (``postgres``, ``browser``, ``ocr``, ``poppler``,
``shared``) and a flag ``SOKET_REQUIRE_<FLAG>`` (``PG`` for postgres, else the name in capitals).
Where the flag is ``1`` (``.ci/run`` sets them all) a test that carries the marker and skips fails
instead (``tests/conftest.py`` turns the skip into a failure), and :func:`missing` fails directly.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

FLAG_NAMES = {"postgres": "PG"}
NEEDS = ("postgres", "browser", "ocr", "poppler", "shared")


def flag(need: str) -> str:
    """The environment variable that makes ``need`` required."""
    return "SOKET_REQUIRE_" + FLAG_NAMES.get(need, need.upper())


def required(need: str) -> bool:
    return os.environ.get(flag(need), "") == "1"


def missing(need: str, reason: str) -> NoReturn:
    """Skip for want of ``need``, or fail where the run requires it."""
    if required(need):
        pytest.fail(f"{flag(need)}=1 but {reason}", pytrace=False)
    pytest.skip(reason)
