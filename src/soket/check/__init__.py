"""Consistency checks of extracted records (``docs/report.md``). Pure: records in, issues out.

- :func:`check_record`: document-internal checks.
- :func:`check_history`: checks against the stored facts of the same locality, which the caller
  passes in (:func:`history_filter` says which); :mod:`soket.service` wires both.
"""

from soket.check.history import HistoryFilter, Pairs, check_history, history_filter, record_pairs
from soket.check.rules import CHECKS, CODES, check_record, implied_plans

__all__ = ["CHECKS", "CODES", "HistoryFilter", "Pairs", "check_history", "check_record", "history_filter",
           "implied_plans", "record_pairs"]
