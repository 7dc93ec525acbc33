"""soket.report.build: the review drafted from the store, and the small rules it is made of
(subjects cleaned, footnotes, titles of sources, the body the review is for, numbering)."""

from __future__ import annotations

import pytest

from _store import read
from soket.report.build import (
    ReportError,
    Source,
    clean_subject,
    document_title,
    footnote_text,
    renumber,
    resolve_locality,
    review_body,
    sup,
    templates,
)
from soket.report.render import to_markdown
from soket.store.queries import FactFilter, list_facts

from .conftest import small_review, stored_review


def test_every_figure_is_in_the_store(store_url: str) -> None:
    r = stored_review(store_url, "Phúc Yên", "2021-H1")
    with read(store_url) as s:
        _, found = list_facts(s, FactFilter(), limit=10**9)
    facts = {d["id"]: d for d in (f.to_dict() for f in found)}
    assert r.figures
    for f in r.figures:
        assert f.fact_ids and all(i in facts for i in f.fact_ids), f
        if not f.derived:
            d = facts[f.fact_ids[0]]
            assert (d["value"], d["unit"], d["role"]) == (f.value, f.unit, f.role)
    rows = {row.label: row for row in r.rows}
    budget = rows["Thu ngân sách nhà nước"]
    assert budget.implied.text == "561,5 tỷ đồng" and budget.implied.derived
    assert budget.rank.text.startswith("2/2")
    assert rows["Kim ngạch xuất khẩu"].change.text == "-3,5%"
    # a stated figure is footnoted with its document and sentence
    md = to_markdown(r)
    assert "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm, tăng 5,6% so với cùng kỳ⁽" in md
    assert "py2021 (py2021" in md and "“Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm" in md
    assert "Phấn đấu thu ngân sách nhà nước đạt 561 tỷ đồng" in md
    assert "thu hút đầu tư còn khó khăn" in md  # a stored limitation
    assert len(r.charts) >= 3 and [p["code"] for p in r.charts[1].points] == ["2020-H1", "2021-Q1", "2021-H1"]


def test_sup_is_no_digit():
    assert sup(12) == "⁽¹²⁾"
    assert not any(c.isdigit() and c.isascii() for c in sup(907))


def test_clean_subject():
    assert clean_subject("thu ngân sách (đợt 19/5)", "budget_revenue") == "Thu ngân sách"  # the round with its number
    assert clean_subject("trao Huy hiệu Đảng đợt 19/5 đảng viên", None) == "Trao Huy hiệu Đảng đảng viên"
    assert clean_subject(None, "budget_revenue") == "Thu ngân sách nhà nước"  # the indicator's label
    assert clean_subject("", None) == templates().sentence.default_subject[0].upper() + \
        templates().sentence.default_subject[1:]


def test_document_title_from_the_text_the_stored_title_or_a_headline():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA\nSố: 215/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTân Hòa, ngày 5 tháng 7 năm 2021\nBÁO CÁO\n"
            "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021\nTrong 6 tháng đầu năm, ...")
    title, number = document_title(text, None, "bc")
    assert title == "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021" and number == "215/BC-UBND"
    assert document_title("Nội dung.", "Tin hội nghị", "d") == ("Tin hội nghị", None)
    head = "Huyện ủy Tân Hòa: Sơ kết công tác 6 tháng đầu năm\nNgày 5/7, Huyện ủy tổ chức hội nghị."
    assert document_title(head, None, "d") == ("Huyện ủy Tân Hòa: Sơ kết công tác 6 tháng đầu năm", None)
    assert document_title("Ngắn.", None, "ten-tep") == ("ten-tep", None)


def test_review_body_is_the_most_common():
    assert review_body(["executive_committee", "standing_committee", "peoples_committee"]) == "party_committee"
    assert review_body(["peoples_council", "peoples_council", "other"]) == "peoples_council"
    assert review_body([None, "other"]) == "peoples_committee"


def test_footnote_names_the_document_then_short():
    r = small_review()
    first, again = (footnote_text(s) for s in r.sources)
    assert "Báo cáo kết quả 6 tháng đầu năm 2021" in first and "215/BC-UBND" in first and "05/07/2021" in first
    assert "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng" in first
    assert "Báo cáo" in again and "215/BC-UBND" in again and "Kết nạp 45 đảng viên mới." in again
    assert "Báo cáo kết quả 6 tháng" not in again


def test_renumber_in_reading_order_and_drops_unused_sources():
    r = small_review()
    r.fields[0].sentences.reverse()  # the second note is now read first
    r.sources.append(Source(n=3, document_id=2, doc="x", title=None, date=None, sentence="Không dùng."))
    renumber(r)
    assert [s.source for s in r.fields[0].sentences] == [1, 2]
    assert [s.doc for s in r.sources] == ["bc-tan-hoa", "bc-tan-hoa"]
    assert r.sources[0].sentence == "Kết nạp 45 đảng viên mới."
    assert [s.again for s in r.sources] == [False, True]
    assert r.rows[0].sources == [2] and r.tasks[0].source == 2


def test_resolve_locality(store_url: str) -> None:
    with read(store_url) as s:
        assert resolve_locality(s, "phuc yen").locality == "Phúc Yên"
        with pytest.raises(ReportError, match="no locality"):
            resolve_locality(s, "Nowhere")


def test_review_of_a_period_without_documents_is_empty(store_url: str) -> None:
    r = stored_review(store_url, "Phúc Yên", "1999-H1")
    assert (r.figures, r.sources, r.document_ids, r.rows) == ([], [], [], [])
    assert templates().empty.results in to_markdown(r)
