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


def test_a_papers_slogan_after_a_dash_is_no_part_of_its_province():
    ctx = publication_context("x", {"site_name": "Báo Hà Nam - Tiếng nói của Đảng bộ, chính quyền và nhân dân"})
    assert ctx.province == "Hà Nam"
    # a dash inside the province's own name is kept
    assert publication_context("x", {"site_name": "Báo Bà Rịa - Vũng Tàu - Cơ quan của Đảng bộ"}).province == \
        "Bà Rịa - Vũng Tàu"


def test_a_district_portal_under_gov_vn_names_its_province_when_one_district_has_that_name():
    ctx = publication_context("", {"host": "doluong.gov.vn"})
    assert ctx.province == "Nghệ An"
    assert ("Đô Lương", "huyện") in [(p.name, p.kind) for p in ctx.maybe]
    assert ctx.places == []  # a commune of 2025 has the name too: only the body's unit word picks


def test_a_news_host_is_no_district_portal():
    assert publication_context("", {"host": "baomoi.com"}).province is None
