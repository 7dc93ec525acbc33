"""A report published on a provincial portal, a Party newspaper's site or a television station's site
reads as its text: each text report of ``examples/unseen`` and the dev set, wrapped in the page
templates of ``bench/page_parity.py`` (sidebars of directives with numbers and dates, lists of other
localities' meetings, an editor named in the footer, weather and exchange-rate widgets, a player's
clock, visitor counters, an old commune portal's table layout with its menu cell, linked or plain text, a
site's head printed as plain paragraphs inside the article, eight or forty of them), or a text report under a
site's forty plain head lines,
or on a national outlet's, a Party portal's, a ward's Liferay portal, with inline "Xem thêm:" links, as AMP, a
print view or a mobile page,
gives the same meeting, period, chairs, authors and facts as the text."""

from __future__ import annotations

import sys

import pytest

from _paths import ROOT, SHARED
from soket.extract import extract_document
from soket.ingest import load_path, load_text
from soket.ingest.html import html_to_document

from .test_page_like_text import _summary

sys.path.insert(0, str(ROOT / "bench"))
import page_parity

TEMPLATES = ("portal", "paper", "tv", "commune", "oldportal", "inline", "longhead",
             # other site families: a national outlet (meta author, JSON-LD, bold sapo), a Party portal (*.dcs.vn), a
             # ward portal since 2025 (Liferay portlets, "Văn bản mới"), inline "Xem thêm:" links and a photo table,
             # an AMP page, a print view, a mobile page
             "national", "partyportal", "ward", "readmore", "amp", "printview", "mobile")
#: a harsher stress: the text report under a site's 40 plain head lines (``page_parity.py --head 40``: a text
#: copy of a page whose masthead, menus and date stamps stand above the report's own masthead)
HEAD = "head40"

#: (template, report) pairs known to differ from the text, and why. dv_11's sapo, closed by a full stop, read as the
#: headline paragraph in the text but as a body paragraph under a page's head ('800m²' one fact more), closed by
#: heldout23a: a count the lead gives and the body restates is one fact wherever the lead stands. ex404's under the
#: inline, longhead and head40 templates (a congress greeted in the headline, no meeting sentence), closed by
#: heldout24a: the greeting is looked for above the body's first sentence of prose, and its sentence places the
#: congress. chrome30b closed the ward portal's nine (a "Văn bản mới" sidebar's issue date, in a ``<span
#: class="date">``, read as the publication date of a page without a stamp: a date printed only as an item's in a list
#: of dated links dates that item, not the page) and the readmore template's four (the lead photo's caption with its
#: credit between a byline and the lead hid the byline; the credit's pen name "Minh Châu", some commune's name too,
#: voted for a province: a photographer's name is no place's witness).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    # (round 46's ex988 under eight templates closed by fix46: the report's own stamp line, "Đăng ngày 26/07/2022 bởi
    # quantri", below the template's stamp of 25/07 was read as the session's day; a stamp line dates a page, never
    # the meeting, whichever stamp the page's date was read from (dates.stamp_line))
    # round 39 (docs39): a PDF's text copy whose space-aligned appendix table and page furniture mid-sentence the text
    # reads (texttables, typography._page_breaks); a page's paragraphs collapse the table's runs of spaces
    **{(name, "ex777_haihau_ubnd_xa_ninhbinh_baocao_6thang2026"):
       "the text copy's aligned table and page furniture, read in the text, not yet in a page's paragraphs"
       for name in ("portal", "paper", "tv", "commune", "oldportal", "inline", "longhead", "national", "partyportal",
                    "ward", "readmore", "amp", "printview", "mobile")},
    # round 32 (meta32): a commune the gazetteer knows only in another province takes the province of the district
    # portal that publishes it; the text copy names that portal in its masthead, the Party portal and ward portal
    # templates print their own site's name instead, and no other place in the report settles the province
    **{(name, "ex565_thanhson_hdnd_thitran_bacgiang_2017"):
       "the district portal named only in the text copy's masthead, which this template replaces by its own site"
       for name in ("partyportal", "ward")},
    # (ex624 closed by meta34: its header's rule line in the other column and its centred title are read in the text and
    # in every template alike)
    # (ex620 and ex621, round 34's written reports with a header block in two columns over a rule line and a text table,
    # closed by parity36: a page keeps a tab or a run of blanks between cells in its source (a <p> of <br> lines, a
    # word processor's &nbsp; runs), and ingest.html._cells_line now keeps them as written, the rows on consecutive
    # lines, so extract.texttables reads the same cells; a header's left column closed by tabs is the issuer
    # (structure._cut))
    # round 34: ex622's header block in '|' cells, its first line "ỦY BAN NHÂN DÂN" made the page's headline by the
    # template, and the page's date stamp printed between it and the unit's line ("PHƯỜNG RẠCH GIÁ") in these five:
    # the organ's name and its unit are split by the page's own furniture, so the ward is lost and the province the
    # text names is read as the body's place. A template's artefact: no site titles a report by its issuing organ
    # alone; left as a gap
    **{(name, "ex622_rachgia_ubnd_phuong_angiang_baocao_quy1_2026"):
       "a written report's header block whose first line (the organ alone) the template makes the headline, the "
       "page's stamp between it and the unit's line: the ward read as the province"
       for name in ("commune", "oldportal", "national", "printview", "mobile")},
    # (ex638, round 35's written report copied out of a PDF (hard-wrapped lines, a running head and "Trang 1/5" footer, a
    # footnote under a rule) put into a page with its lines kept as <br>, closed by parity36: a paragraph's <br> lines
    # go to the text's own reader of a hard-wrapped copy, ingest.html._wrapped_breaks_joined)
    # (ex646, a standing committee's notice of conclusions signed two days after its conference, closed by meta35: the
    # text now reads the conference's day, as these pages did)
    # round 37: ex664, a text copy of a city paper's page (its own menus, related lists and footer with the masthead
    # line "Báo ... - Cơ quan của Đảng bộ, chính quyền và Nhân dân thành phố Huế", the only line naming the city)
    # pasted whole into a ward portal's article, the portal's related list, documents, notices and links after it: the
    # paper's footer then stands 1,000 characters above the page's end, out of the footer lines read. No page prints a
    # paper's footer inside another site's article; (the oldportal template, whose sidebar after it is a list, closed
    # by parity37: a list's items at a page's end are no footer lines, context._masthead_lines)
    # (("ward", "ex664_...") passes since round 39's rules were merged in session 24; which rule closed it was not
    # isolated)
}


def _reports() -> list:
    paths = sorted((ROOT / "examples" / "unseen").glob("*.txt"))
    if (SHARED / "eval" / "dev" / "docs").is_dir():
        paths += sorted((SHARED / "eval" / "dev" / "docs").glob("*.txt"))
    return [pytest.param(p, id=p.stem) for p in paths]


def _same(path, names) -> None:
    text = extract_document(load_path(path)).to_dict()
    m = text["meeting"]
    for name in names:
        if name == HEAD:
            doc = load_text(page_parity.with_head(path.read_text(encoding="utf-8"), 40, m.get("date")), doc=path.stem)
        else:
            doc = html_to_document(page_parity.render(name, path.read_text(encoding="utf-8"), text).encode())
            doc.doc = path.stem
        assert _summary(extract_document(doc).to_dict()) == _summary(text), name


@pytest.mark.parametrize("path", _reports())
def test_report_in_each_page_template_reads_as_its_text(path):
    _same(path, [n for n in TEMPLATES if (n, path.stem) not in KNOWN_GAPS])


@pytest.mark.parametrize("path", _reports())
def test_report_under_a_long_head_reads_as_its_text(path):
    _same(path, [HEAD] if (HEAD, path.stem) not in KNOWN_GAPS else [])


def _known_gap(name, stem):
    found = [p.values[0] for p in _reports() if p.values[0].stem == stem]
    if not found:
        pytest.xfail("the report is not here (the dev set is absent)")
    _same(found[0], [name])


if KNOWN_GAPS:  # none open now: an empty parameter set would only be reported as a skip
    @pytest.mark.parametrize("name,stem", [pytest.param(n, s, id=f"{n}-{s}", marks=pytest.mark.xfail(reason=why, strict=True))
                                           for (n, s), why in KNOWN_GAPS.items()])
    def test_known_gaps(name, stem):
        _known_gap(name, stem)
