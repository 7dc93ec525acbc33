"""Issue 10: every text report whose byline the extractor reads right reads it right in the other forms sites print
bylines in (``bench/byline_parity.py``: the report's own byline taken out and printed again where it stood, or above
the lead, or in a page's author element), every form on at least 100 reports."""

from __future__ import annotations

import sys

from _paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import byline_parity

#: (form, report) pairs known to read otherwise, and why
KNOWN_GAPS = {
    ("under_title", "dv_02"): "the report's photo caption ('Quang cảnh hội nghị') stands right above its lead, so the "
                              "names put under it have a caption of 19 characters for their title",
    ("under_title", "ex515_vinhthanh_huyenuy_binhdinh_tongket2016"): "the same page form as dv_02: its photo caption "
                                                                      "('Quang cảnh hội nghị') stands right above its lead",
}


def test_every_form_reads_the_reports_byline() -> None:
    res = byline_parity.run()
    wrong = {(form, doc) for form, (_, _, bad) in res.items() for doc in bad}
    assert wrong <= set(KNOWN_GAPS), sorted(wrong - set(KNOWN_GAPS))
    assert all(n >= 100 for _, n, _ in res.values())  # every form tried on the reports
