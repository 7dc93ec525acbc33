"""A report published on a provincial portal, a Party newspaper's site or a television station's site
reads as its text: each text report of ``examples/unseen`` and the dev set, wrapped in the page
templates of ``bench/page_parity.py`` (sidebars of directives with numbers and dates, lists of other
localities' meetings, an editor named in the footer, weather and exchange-rate widgets, a player's
clock, visitor counters, an old commune portal's table layout with its menu cell, linked or plain text),
gives the same meeting, period, chairs, authors and facts as the text."""

from __future__ import annotations

import sys

import pytest

from _paths import ROOT, SHARED
from soket.extract import extract_document
from soket.ingest import load_path
from soket.ingest.html import html_to_document

from .test_page_like_text import _summary

sys.path.insert(0, str(ROOT / "bench"))
import page_parity

TEMPLATES = ("portal", "paper", "tv", "commune", "oldportal")


def _reports() -> list:
    paths = sorted((ROOT / "examples" / "unseen").glob("*.txt"))
    if (SHARED / "eval" / "dev" / "docs").is_dir():
        paths += sorted((SHARED / "eval" / "dev" / "docs").glob("*.txt"))
    return [pytest.param(p, id=p.stem) for p in paths]


@pytest.mark.parametrize("path", _reports())
def test_report_in_each_page_template_reads_as_its_text(path):
    text = extract_document(load_path(path)).to_dict()
    m = text["meeting"]
    title, body = page_parity._paras(path.read_text(encoding="utf-8"))
    for name in TEMPLATES:
        doc = html_to_document(page_parity.TEMPLATES[name](title, body, m.get("province"), m.get("date")).encode())
        doc.doc = path.stem
        assert _summary(extract_document(doc).to_dict()) == _summary(text), name
