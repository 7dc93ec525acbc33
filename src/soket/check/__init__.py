"""Consistency checks of extracted records (``docs/report.md``).

- :func:`check_record`: document-internal checks, pure (wired into ``extract_document``).
- :func:`check_against_store`: history checks against the stored documents of the same locality
  (wired into ``store_record``).
"""

from typing import Any

from soket.check.rules import CHECKS, check_record, implied_plans

__all__ = ["CHECKS", "check_against_store", "check_record", "implied_plans"]


def __getattr__(name: str) -> Any:  # the store is imported only when history checks are asked for
    if name == "check_against_store":
        from soket.check.history import check_against_store

        return check_against_store
    raise AttributeError(name)
