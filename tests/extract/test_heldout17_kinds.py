"""Failure kinds found by the first sight of ex263-ex274 (round heldout17), one rule a test, in sentences of
the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_text

from . import fact_with_raw as _fact


def test_a_bare_plan_word_before_its_figure_in_brackets_gives_the_figure_before_its_subject():
    """"đạt 48,2% so với nghị quyết đề ra (9.400 tỷ đồng)": "nghị quyết đề ra" names no measure; the plan's figure
    is of what the figure before measures. A plan named by its own noun keeps it ("dự toán giao ban đầu")."""
    f = _fact("Tổng thu ngân sách nhà nước 6 tháng là 4.530 tỷ đồng, đạt 48,2% so với nghị quyết đề ra "
              "(9.400 tỷ đồng).", "9.400 tỷ đồng")
    assert f.subject == "Tổng thu ngân sách nhà nước"
    f = _fact("Thu ngân sách phường đạt 61 tỷ đồng, tăng 3 lần so với dự toán giao ban đầu (hơn 20 tỷ đồng).",
              "hơn 20 tỷ đồng")
    assert f.subject == "dự toán giao ban đầu"


def test_the_base_of_a_share_after_a_slash_is_no_subject_of_the_next_figure():
    """"đạt 91,2%/tổng số hộ, đạt 97% chỉ tiêu, tăng 2,1% so với cùng kỳ": the words after the slash say what the
    share is of; the figures after it go on measuring the share's subject."""
    text = ("Tỷ lệ hộ dùng nước sạch đạt 91,2%/tổng số hộ toàn xã, đạt 97% chỉ tiêu, tăng 2,1% so với cùng kỳ "
            "năm trước.")
    assert _fact(text, "97%").subject == "Tỷ lệ hộ dùng nước sạch"
    assert _fact(text, "2,1%").subject == "Tỷ lệ hộ dùng nước sạch"
    assert (_fact(text, "97%").role, _fact(text, "2,1%").role) == ("plan_pct", "change_pct")


def test_a_plan_named_by_the_council_that_assigned_it():
    """"đạt 53,4% so với HĐND huyện giao": the plan the district council assigned, named by the council and level."""
    f = _fact("Tổng thu ngân sách trên địa bàn đạt 18,2 tỷ đồng, bằng 60,1% so với kế hoạch tỉnh giao, đạt 55% so "
              "với HĐND huyện giao.", "55%")
    assert (f.role, f.basis) == ("plan_pct", "HĐND huyện giao")


def test_a_second_rate_after_and_shares_the_change_verb_of_the_first():
    """"tăng 4,1% so với tháng trước và 19,8% so với cùng kỳ": the verb is written once for both rates; a level
    said with its own verb ("và bằng 112% so với cùng kỳ") stays a level."""
    text = "Doanh thu du lịch tăng 4,1% so với tháng trước và 19,8% so với cùng kỳ."
    f = _fact(text, "19,8%")
    assert (f.role, f.value, f.basis) == ("change_pct", 19.8, "cùng kỳ")
    f = _fact("Sản lượng điện giảm 2,5% so với tháng trước và 7% so với cùng kỳ.", "7%")
    assert (f.role, f.value) == ("change_pct", -7)
    f = _fact("Doanh thu du lịch tăng 4,1% so với tháng trước và bằng 112% so với cùng kỳ.", "112%")
    assert f.role == "prior_pct"


def test_an_event_verb_before_the_object_it_acts_on_drops_the_actor():
    """"các đại biểu thống nhất thông qua chủ trương đầu tư 3 dự án": the subject starts at the event, not at the
    delegates who voted."""
    f = _fact("Tại kỳ họp, các đại biểu thống nhất thông qua chủ trương đầu tư 5 dự án giao thông.", "5 dự án")
    assert f.subject is not None and f.subject.startswith("thông qua chủ trương đầu tư")
    assert "đại biểu" not in f.subject


def test_a_star_rating_is_no_count():
    """"sản phẩm OCOP 3 sao": a grade in stars; the products are counted, the stars are not."""
    rec = extract_text("Năm nay, xã có thêm 6 sản phẩm được công nhận OCOP 3 sao, nâng tổng số lên 11 sản phẩm.")
    assert [f.raw for f in rec.facts] == ["6 sản phẩm", "11 sản phẩm"]


def test_a_role_before_its_holder_after_doi_voi():
    """"miễn nhiệm chức Phó Chủ tịch UBND tỉnh đối với ông A": the role dismissed is A's; a remark about someone
    after a role held by another is not."""
    from soket.extract.people import sentence_people

    assert sentence_people("HĐND tỉnh miễn nhiệm chức Phó Chủ tịch UBND tỉnh đối với bà Lê Thị Hồng Vân.") == [
        ("Lê Thị Hồng Vân", ["Phó Chủ tịch UBND tỉnh"])]
    assert sentence_people("Đồng chí Vũ Văn Hòa, Bí thư Tỉnh ủy ghi nhận đóng góp đối với ông Trần Minh Đức.") == [
        ("Vũ Văn Hòa", ["Bí thư Tỉnh ủy"])]


def test_of_two_units_of_one_kind_in_the_lead_the_report_goes_on_with_one():
    """A joint lead ("Huyện ủy Mường Lát và Huyện ủy Quan Sơn tổ chức hội nghị giao ban") names two districts;
    the body's place is the one the report goes on to name, the first when it names neither more."""
    rec = extract_text("Ngày 8/5/2024, Huyện ủy Mường Lát và Huyện ủy Quan Sơn tổ chức hội nghị giao ban. Đồng chí Hà "
                       "Văn Tuấn, Bí thư Huyện ủy Quan Sơn chủ trì. Năm qua, huyện Quan Sơn thu ngân sách 41 tỷ đồng.")
    assert (rec.meeting.locality, rec.meeting.locality_kind) == ("Quan Sơn", "huyện")
    rec = extract_text("Ngày 8/5/2024, Huyện ủy Mường Lát và Huyện ủy Quan Sơn tổ chức hội nghị giao ban. Thu ngân "
                       "sách đạt 41 tỷ đồng.")
    assert rec.meeting.locality == "Mường Lát"
