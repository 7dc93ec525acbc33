"""The form of the drafted review, the same in .docx, HTML and PDF: the page, the font, the heading
block and closing block of the document kind.

- A Party committee's report: the heading block of Party documents (Hướng dẫn 36-HD/VPTW): the
  superior Party organisation and the committee on the left with "*" and "Số -BC/HU", "ĐẢNG CỘNG
  SẢN VIỆT NAM" on the right above the place and date.
- A People's Committee's or Council's: the state form of Decree 30/2020/NĐ-CP: the body on the left
  with "Số: /BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" on the right.
- Both: A4 (``PAGE_SIZE_MM``), margins top/bottom 20 mm, left 30 mm, right 15 mm (``MARGINS_MM``),
  Times New Roman 13 pt (in PDF its metric twin Liberation Serif, installed by scripts/ci_setup.sh),
  sections numbered I., II. ... and 1., 2. ..., the "Nơi nhận" block and the signing block.

Words: ``layout`` in ``lexicon/report_templates.yaml``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from soket import rx as re
from soket.lexicon.schema import ReportSections
from soket.report.build import Review
from soket.report.templates import templates

A4_MM = (210.0, 297.0)
PAGE_SIZE_MM = A4_MM  # (width, height): the page of every format
MARGINS_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
FONT_NAME = "Times New Roman"  # named first everywhere; PDF falls back to its metric twin
FONTS = (FONT_NAME, "Liberation Serif", "Tinos", "Noto Serif")
CSS_FONTS = ", ".join(f'"{f}"' for f in FONTS) + ", serif"
BODY_PT = 13
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


@dataclass(slots=True)
class HeadingBlock:
    party: bool
    left: list[str]          # superior organisation (Party), the body
    left_bold_from: int      # lines from this index on are bold (the issuing body)
    mark: str                # "*" under a Party committee's name
    number: str              # "Số      -BC/HU", "Số:      /BC-UBND"
    right: list[str]         # the motto(s)
    place_date: str
    draft_mark: str


@dataclass(slots=True)
class ClosingBlock:
    recipients_title: str
    recipients: list[str]
    signature: list[str]


def _upper(s: str) -> str:
    return unicodedata.normalize("NFC", s.upper())


def committee(review: Review) -> str:
    """The Party committee of the locality: "THÀNH ỦY", "HUYỆN ỦY", "ĐẢNG ỦY XÃ"."""
    return templates().layout.committees.get((review.locality_kind or "").lower(), "ĐẢNG ỦY")


def heading_block(review: Review) -> HeadingBlock:
    lay = templates().layout
    party = review.body_kind == "party_committee"
    form = lay.letterhead(review.body_kind)
    com = committee(review)
    abbr = next((v for k, v in lay.abbrs.items() if com.startswith(k)), "ĐU")
    kw = {"COMMITTEE": com, "LOCALITY": _upper(review.locality), "KIND": _upper(review.locality_kind or ""),
          "PROVINCE": _upper(review.province or ""), "abbr": abbr}
    left = [" ".join(x.format(**kw).split()) for x in form.body]
    bold_from = 0
    if form.parent and review.province and (review.locality_kind or "").lower() != "tỉnh":
        left.insert(0, form.parent.format(**kw))
        bold_from = 1
    year = review.year or int(review.period[:4])
    return HeadingBlock(party=party, left=left, left_bold_from=bold_from, mark=form.mark,
                        number=form.number.format(**kw), right=list(form.motto),
                        place_date=lay.place_date.format(place=review.locality, year=year),
                        draft_mark=lay.draft_mark)


def closing_block(review: Review) -> ClosingBlock:
    lay = templates().layout
    form = lay.letterhead(review.body_kind)
    return ClosingBlock(lay.recipients_title, list(form.recipients), list(form.signature))


def section_titles(review: Review) -> ReportSections:
    """Section titles numbered in Roman numerals in the order written; the charts section only
    when there are charts; the notes are not numbered."""
    sec = templates().sections
    titles = [sec.results, sec.limitations, sec.tasks, sec.table] + ([sec.charts] if review.charts else [])
    n = [f"{ROMAN[i]}. {x}" for i, x in enumerate(titles)]
    return ReportSections(results=n[0], limitations=n[1], tasks=n[2], table=n[3],
                          charts=n[4] if review.charts else sec.charts, sources=sec.sources)


def ascii_fold(s: str) -> str:
    """'Phúc Yên' -> 'phuc-yen': lower case ASCII, words joined by '-'."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def default_filename(review: Review, ext: str) -> str:
    """``<locality>-<period>.<ext>``, ASCII-folded: ``phuc-yen-2021-H1.docx``."""
    return f"{ascii_fold(review.locality)}-{review.period}.{ext}"
