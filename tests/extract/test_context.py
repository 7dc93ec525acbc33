"""extract/context.py: where a page comes from (more cases in test_publication_context.py)."""

from __future__ import annotations

from soket.extract.context import publication_context


def test_a_district_portal_names_its_district_and_province():
    ctx = publication_context("", {"host": "quangtrach.quangbinh.gov.vn"})
    assert ctx.province == "Quảng Bình"
    assert [(p.name, p.kind) for p in ctx.places] == [("Quảng Trạch", "huyện")]
    assert ctx.evidence == ["host quangtrach.quangbinh.gov.vn"]
    assert ctx.province_kind() == "tỉnh"


def test_a_page_that_says_nothing_about_itself_has_no_context():
    ctx = publication_context("Hội nghị diễn ra sáng nay tại hội trường.")
    assert (ctx.province, ctx.places) == (None, [])
