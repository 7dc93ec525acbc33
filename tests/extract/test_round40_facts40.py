"""Round 40's fact rules (facts40): a speaker's judgement and a notice before the measured thing, an adverb of "now"
alone, a requirement's growth, a total pointing back, the places of an occurrence, a programme's completed work, a
table under a list's colon, a copula's praise before a size, the next resolution of a list. Sentences invented."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.facts import _programme_done, _total_pointing_back


def _fact(text: str, raw: str):  # type: ignore[no-untyped-def]
    rec = extract_text(text)
    got = [f for f in rec.facts if f.raw == raw]
    assert got, [f.raw for f in rec.facts]
    return got[0]


def _subject(text: str, raw: str) -> str:
    return (_fact(text, raw).subject or "").lower()


# -- a speaker's judgement, the cause it names, a notice ---------------------------------------------------------------

def test_judgement_and_cause_are_no_part_of_the_subject() -> None:
    text = ("Thảo luận tại phiên họp, đồng chí Lê Văn Hùng, Giám đốc Sở Tài chính cho rằng nguyên nhân khiến thu ngân "
            "sách giảm chủ yếu do nguồn thu tiền thuê đất mới đạt 27,4% dự toán.")
    f = _fact(text, "27,4%")
    assert f.role == "plan_pct"
    assert "tiền thuê đất" in (f.subject or "")
    assert "thảo luận" not in (f.subject or "").lower()


def test_notice_of_gathered_opinions_counts_the_opinions() -> None:
    s = _subject("Tại kỳ họp, Ủy ban MTTQ Việt Nam xã thông báo kết quả tổng hợp 37 ý kiến, kiến nghị của cử tri.",
                 "37 ý kiến, kiến nghị")
    assert "ý kiến" in s and "mttq" not in s and "thông báo" not in s


def test_notice_as_a_counted_noun_stays_the_unit() -> None:  # near-miss: "thông báo" counted is no cut
    f = _fact("Trong quý, Ban Tuyên giáo ban hành 14 thông báo kết luận.", "14 thông báo")
    assert f.unit == "thông báo"


# -- "hiện" alone ------------------------------------------------------------------------------------------------------

def test_now_alone_takes_the_measure_named_before() -> None:
    s = _subject("Công tác giảm nghèo có chuyển biến, tỷ lệ hộ nghèo giảm 1,3% so với đầu năm, hiện còn 6,15%.", "6,15%")
    assert s == "tỷ lệ hộ nghèo"


def test_found_keeps_its_syllable() -> None:  # near-miss: "phát hiện" is a verb, not the adverb
    f = _fact("Lực lượng chức năng phát hiện 23 vụ vi phạm về môi trường.", "23 vụ")
    assert "phát hiện" in (f.subject or "").lower()


# -- a requirement's growth --------------------------------------------------------------------------------------------

def test_growth_required_is_a_target_named_by_the_growth() -> None:
    f = _fact("Ý kiến tại phiên họp, Cục trưởng Cục Thống kê cho rằng quý IV cần tăng trưởng trên 11% mới bảo đảm "
              "mục tiêu cả năm.", "trên 11%")
    assert f.role == "target" and f.qualifier == "over"
    assert "tăng trưởng" in (f.subject or "")


def test_growth_observed_stays_a_change() -> None:  # near-miss: no modal, a result
    f = _fact("Quý III, công nghiệp tăng trưởng 9,4% so với cùng kỳ.", "9,4%")
    assert f.role == "change_pct"


# -- a total pointing back ---------------------------------------------------------------------------------------------

def test_total_pointing_back_takes_the_thing_named_before() -> None:
    text = "Diện tích mắc ca được trồng mới 35 ha, nâng tổng diện tích loại cây này lên 410 ha."
    assert _subject(text, "410 ha") == "tổng diện tích mắc ca"
    assert _total_pointing_back("nâng tổng diện tích loại cây này", "Diện tích mắc ca được trồng mới") \
        == "tổng diện tích mắc ca"


def test_total_pointing_back_needs_the_same_measure_before() -> None:  # near-miss
    assert _total_pointing_back("nâng tổng diện tích loại cây này", "huyện trồng mới mắc ca") is None
    assert _total_pointing_back("nâng tổng diện tích mắc ca toàn huyện", "Diện tích mắc ca được trồng mới") is None


# -- the places of an occurrence ---------------------------------------------------------------------------------------

def test_places_of_an_occurrence_share_it() -> None:
    text = "Dịch lở mồm long móng đã xảy ra tại 215 hộ chăn nuôi ở 31 xã, buộc phải tiêu hủy 640 con bò."
    assert "xảy ra" in _subject(text, "31 xã") and "lở mồm long móng" in _subject(text, "31 xã")


def test_places_after_a_clause_break_are_their_own() -> None:  # near-miss: a new clause after ";"
    s = _subject("Dịch lở mồm long móng đã xảy ra tại 215 hộ; 31 xã đã tiêm phòng bổ sung.", "31 xã")
    assert "xảy ra" not in s


# -- a programme's completed work --------------------------------------------------------------------------------------

def test_programme_completing_a_count_is_its_subject() -> None:
    text = "Chương trình hỗ trợ nhà ở cho người có công được triển khai quyết liệt, đến nay đã hoàn thành 97 căn nhà."
    assert _subject(text, "97 căn nhà") == "chương trình hỗ trợ nhà ở cho người có công"


def test_body_completing_a_count_keeps_the_verb() -> None:  # near-miss: a unit acting, no programme
    assert _subject("Huyện đã hoàn thành 42 căn nhà cho hộ nghèo.", "42 căn nhà").startswith("hoàn thành")
    assert _programme_done("Huyện đã hoàn thành ", "hoàn thành") is None


# -- a table under a list's colon --------------------------------------------------------------------------------------

_TABLE = ("Một số chỉ tiêu chủ yếu năm 2026:\n"
          "TT\tChỉ tiêu\tĐVT\tKH năm\tThực hiện\n"
          "1\tTrồng rừng\tHa\t900\t812\n"
          "2\tThu ngân sách\tTỷ đồng\t120\t96\n"
          "\n")


def test_prose_after_a_table_is_no_item_of_the_list() -> None:
    text = "Ngày 5/10, UBND huyện họp phiên thường kỳ.\n\n" + _TABLE + \
        "Các cơ sở y tế trên địa bàn khám, chữa bệnh cho 41.200 lượt người.\n"
    assert _fact(text, "41.200 lượt người").role == "amount"


def test_items_under_the_colon_stay_goals() -> None:  # near-miss: no table between, the lines are the list
    text = ("Ngày 5/10, UBND huyện họp phiên thường kỳ.\n\nMột số chỉ tiêu chủ yếu năm 2026:\n"
            "- Trồng mới 950 ha rừng;\n- Thu ngân sách 130 tỷ đồng.\n")
    assert _fact(text, "950 ha").role == "target"


# -- a copula's praise before a size -----------------------------------------------------------------------------------

def test_praise_before_a_size_names_what_the_clause_is_about() -> None:
    text = "Cây bưởi da xanh tiếp tục khẳng định là cây trồng chủ lực của xã với diện tích 640 ha."
    assert _subject(text, "640 ha") == "cây bưởi da xanh"


def test_named_work_with_its_size_keeps_its_name() -> None:  # near-miss: no copula
    assert _subject("Cụm công nghiệp Thủy Phương với quy mô 74,8 ha đã lấp đầy 60%.", "74,8 ha") \
        == "cụm công nghiệp thủy phương"


# -- the next resolution of a list -------------------------------------------------------------------------------------

def test_next_resolution_ends_the_goals_before() -> None:
    text = ("Kỳ họp thông qua nghị quyết về nhiệm vụ năm 2027 với mục tiêu tăng trưởng kinh tế đạt 7,5%; nghị quyết về "
            "kế hoạch đầu tư công năm 2027 với tổng vốn 186,4 tỷ đồng.")
    assert _fact(text, "7,5%").role == "target"
    assert _fact(text, "186,4 tỷ đồng").role == "amount"


def test_goals_go_on_within_one_resolution() -> None:  # near-miss: no next resolution, the goal goes on
    text = "Kỳ họp thông qua nghị quyết về nhiệm vụ năm 2027 với mục tiêu tăng trưởng kinh tế đạt 7,5%, trồng mới 300 ha rừng."
    assert _fact(text, "300 ha").role == "target"


# -- votes in brackets after a person's name ---------------------------------------------------------------------------

def test_votes_in_brackets_after_a_name_are_facts() -> None:
    text = "Kỳ họp bầu 2 Phó Chủ tịch HĐND xã là đồng chí Trần Văn Bình (27/28 phiếu) và đồng chí Lê Thị Hoa (26/28 phiếu)."
    f = _fact(text, "26/28 phiếu")
    assert f.value == 26 and f.of == 28 and f.unit == "phiếu"


def test_figure_in_brackets_after_a_place_stays_elsewhere() -> None:  # near-miss: a place's figure, for comparison
    rec = extract_text("Kim ngạch xuất khẩu của tỉnh đứng thứ hai, sau Bắc Ninh (khoảng 41 tỷ USD).")
    assert not [f for f in rec.facts if "41" in f.raw]
