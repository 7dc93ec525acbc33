"""Round 42 (est42): how far an estimate reaches. The parts listed after "; trong đó" of an estimated figure,
amounts of the whole, are estimates, their own verbs included (its sectors' rates stay stated), and go on past a
further ";" while each clause is one more item of the same kind; a clause after ";" with no breakdown word and no
estimate word is no part ("; nhập khẩu khoảng ..."); a figure owned by an earlier period named right after it ("mức
5,8% của cùng kỳ") is that period's result. Every sentence is invented; each rule has a near miss that must not
change."""

from __future__ import annotations

from _sentences import facts as _facts
from _sentences import one_of as _one

# --- the parts after "; trong đó" ---------------------------------------------------------------------------------

def test_parts_after_a_semicolon_breakdown_of_an_estimate_are_estimates():
    facts = _facts("Tổng thu ngân sách trên địa bàn 9 tháng ước đạt 742,5 tỷ đồng, bằng 68,3% dự toán; trong đó, "
                   "thu nội địa 611,2 tỷ đồng, thu tiền sử dụng đất đạt 95,4 tỷ đồng, chỉ bằng 41,7% dự toán.")
    assert _one(facts, "742,5 tỷ đồng").estimated
    assert _one(facts, "611,2 tỷ đồng").estimated
    assert _one(facts, "95,4 tỷ đồng").estimated  # a part with its own verb is still a part
    assert _one(facts, "41,7%").estimated and _one(facts, "41,7%").role == "plan_pct"


def test_parts_after_a_semicolon_breakdown_go_on_through_items_of_the_same_kind():
    facts = _facts("Giá trị sản xuất ước đạt 2.950 tỷ đồng, tăng 8,4%; trong đó công nghiệp 1.320 tỷ đồng, tăng 10,2%; "
                   "dịch vụ 1.080 tỷ đồng; riêng nông nghiệp 550 tỷ đồng.")
    for raw in ("1.320 tỷ đồng", "10,2%", "1.080 tỷ đồng", "550 tỷ đồng"):
        assert _one(facts, raw).estimated, raw


def test_sector_rates_after_a_semicolon_breakdown_stay_stated():
    # near miss: the sectors' growth rates after "; trong đó" are read as stated (the dev set's reading)
    facts = _facts("Tăng trưởng kinh tế quý III ước đạt 7,36%; trong đó khu vực dịch vụ tăng 8,15%, khu vực "
                   "công nghiệp - xây dựng tăng 9,02%.")
    assert _one(facts, "7,36%").estimated
    assert not _one(facts, "8,15%").estimated and not _one(facts, "9,02%").estimated


def test_parts_after_a_comma_breakdown_go_on_past_a_semicolon_with_items_of_the_same_kind():
    facts = _facts("Giá trị sản xuất ước đạt 3.420 tỷ đồng, trong đó: thương mại - dịch vụ 1.610 tỷ đồng; "
                   "công nghiệp - xây dựng 1.240 tỷ đồng; nông nghiệp 570 tỷ đồng.")
    for raw in ("1.610 tỷ đồng", "1.240 tỷ đồng", "570 tỷ đồng"):
        assert _one(facts, raw).estimated, raw


def test_a_new_statement_after_the_parts_is_no_part():
    # near miss: after the parts, a clause whose figure is of another kind states a result of its own
    facts = _facts("Sản lượng cá nuôi ước đạt 12.460 tấn, trong đó cá tra 8.350 tấn; sản lượng khai thác giảm 3,7% "
                   "do thời tiết bất lợi.")
    assert _one(facts, "8.350 tấn").estimated
    assert not _one(facts, "3,7%").estimated


def test_a_semicolon_breakdown_after_an_actual_figure_is_no_estimate():
    # near miss: the whole before "; trong đó" is a result, not an estimate
    facts = _facts("Tổng thu ngân sách 6 tháng đạt 318,4 tỷ đồng, bằng 52,7% dự toán; trong đó thu nội địa "
                   "201,9 tỷ đồng.")
    assert not _one(facts, "318,4 tỷ đồng").estimated
    assert not _one(facts, "201,9 tỷ đồng").estimated


def test_a_plan_in_the_parts_is_no_estimate():
    # near miss: a plan in brackets among the parts is the plan set
    facts = _facts("Giá trị sản xuất ước đạt 2.950 tỷ đồng; trong đó công nghiệp 1.320 tỷ đồng (kế hoạch 1.400 tỷ "
                   "đồng), dịch vụ 1.080 tỷ đồng.")
    assert _one(facts, "1.320 tỷ đồng").estimated and _one(facts, "1.080 tỷ đồng").estimated
    assert not _one(facts, "1.400 tỷ đồng").estimated


# --- a clause after ";" that leaves out its verb ------------------------------------------------------------------

def test_a_clause_after_the_semicolon_with_no_estimate_word_states_its_own_result():
    # near misses: the estimate stops at ";" where no breakdown word opens the clause, with or without its verb; "khoảng"
    # is a qualifier, not an estimate (the golds are split on "; nhập khẩu khoảng ...": no rule of the genre)
    facts = _facts("Kim ngạch xuất khẩu ước đạt 2,84 tỷ USD, tăng 9,3%; kim ngạch nhập khẩu 1,97 tỷ USD.")
    assert not _one(facts, "1,97 tỷ USD").estimated
    facts = _facts("Kim ngạch xuất khẩu ước đạt 2,84 tỷ USD, tăng 9,3%; kim ngạch nhập khẩu đạt khoảng 1,97 tỷ USD.")
    assert not _one(facts, "khoảng 1,97 tỷ USD").estimated
    facts = _facts("Kim ngạch xuất khẩu ước đạt 2,84 tỷ USD, tăng 9,3%; kim ngạch nhập khẩu khoảng 1,97 tỷ USD.")
    assert not _one(facts, "khoảng 1,97 tỷ USD").estimated


# --- an earlier period's own figure -------------------------------------------------------------------------------

def test_a_figure_of_the_earlier_period_named_after_it_is_no_estimate():
    facts = _facts("Tốc độ tăng trưởng kinh tế 6 tháng ước đạt 8,74%, cao hơn mức 6,35% của cùng kỳ.")
    assert _one(facts, "8,74%").estimated
    assert not _one(facts, "6,35%").estimated


def test_a_level_against_the_earlier_period_keeps_its_estimate():
    # near miss: "bằng N% của cùng kỳ" is the estimate's level against that period, not that period's figure
    facts = _facts("Giá trị xuất khẩu ước đạt 412 tỷ đồng, bằng 108,4% của cùng kỳ.")
    assert _one(facts, "108,4%").estimated
