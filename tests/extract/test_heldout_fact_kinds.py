"""Fact kinds found on held-out reports ex251-ex262 (issue 10), one rule a test, with property tests over
sentences of the genre built from parts written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract import extract_text

from . import fact_with_raw as _fact

# --- numbers that name, not count ----------------------------------------------------------------------

def test_the_seasons_of_a_crop_land_name_the_land():
    facts = extract_text("Diện tích đất khai thác 1 vụ tăng 0,8% so với kế hoạch; đất trồng lúa 2 vụ giữ ổn định 640 ha.").facts
    assert [(f.role, f.value) for f in facts] == [("plan_diff_pct", 0.8), ("amount", 640)]


def test_cases_of_a_land_dispute_are_still_counted():
    facts = extract_text("Trong năm xảy ra 3 vụ vi phạm về đất đai, đã xử lý 2 vụ.").facts
    assert [(f.value, f.unit) for f in facts] == [(3, "vụ"), (2, "vụ")]


def test_the_whole_of_a_set_of_fields_is_no_count():
    facts = extract_text("Cả 3 lĩnh vực đều tăng trưởng khá, trong đó nông nghiệp tăng 3,2%.").facts
    assert [(f.role, f.value) for f in facts] == [("change_pct", 3.2)]


def test_communes_all_meeting_a_standard_are_still_counted():
    f = _fact("Năm nay có thêm 3 xã đều đạt chuẩn nông thôn mới.", "3 xã")
    assert f.role == "amount"


# --- a paragraph printed twice ----------------------------------------------------------------------------

def test_a_caption_printed_twice_states_its_figures_once():
    cap = "Sáu tháng, sản lượng cà phê toàn huyện đạt gần 8.200 tấn, tăng 4,6% so với cùng kỳ."
    text = f"Huyện Đắk Mil sơ kết 6 tháng\n\n{cap}\n\n{cap}\n\nThu ngân sách đạt 96 tỷ đồng."
    raws = [f.raw for f in extract_text(text).facts]
    assert raws.count("gần 8.200 tấn") == 1 and raws.count("4,6%") == 1 and "96 tỷ đồng" in raws


# --- the source of a figure is no subject ---------------------------------------------------------------

_MEASURES = ["Thu ngân sách nhà nước", "Tổng vốn đầu tư toàn xã hội", "Kim ngạch xuất khẩu", "Tổng mức bán lẻ hàng hóa"]
_SOURCES = ["theo số liệu trên hệ thống Tabmis đến hết ngày 20/12", "theo báo cáo của các ngành", "theo thống kê sơ bộ",
            "theo số liệu thống kê của huyện"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_MEASURES), st.sampled_from(_SOURCES), st.integers(min_value=11, max_value=9000))
def test_a_source_between_subject_and_verb_is_dropped(measure: str, source: str, n: int):
    text = f"{measure} {source} đạt {n} tỷ đồng."
    f = _fact(text, f"{n} tỷ đồng")
    assert f.subject and f.subject.lower().startswith(measure.lower().split()[0])
    assert "theo" not in f.subject.lower()


def test_a_source_after_a_colon_leaves_the_topic_before_it():
    f = _fact("Thu ngân sách là điểm sáng: theo số liệu của Kho bạc đến ngày 25/12 đạt 1.120 tỷ đồng, vượt 12% dự toán.",
              "1.120 tỷ đồng")
    assert f.subject and "ngân sách" in f.subject.lower() and "số liệu" not in f.subject.lower()


# --- growth rates --------------------------------------------------------------------------------------------

def test_a_growth_rate_over_another_span_in_brackets_is_a_growth_rate():
    f = _fact("Tốc độ tăng trưởng kinh tế quý III đạt 7,4% (9 tháng ước đạt 7,1%).", "7,1%")
    assert (f.role, f.estimated) == ("change_pct", True)


def test_a_share_after_a_growth_rate_keeps_its_own_role():
    f = _fact("Tăng trưởng kinh tế đạt 7,2%, tỷ trọng dịch vụ chiếm 38%.", "38%")
    assert f.role == "percent"


_PARTS = ["chế biến, chế tạo", "khai khoáng", "sản xuất và phân phối điện", "xây dựng", "dịch vụ lưu trú"]


@settings(max_examples=30, deadline=None)
@given(st.permutations(_PARTS), st.lists(st.integers(min_value=1, max_value=30), min_size=3, max_size=3))
def test_a_part_listed_bare_between_growth_rates_is_a_growth_rate(parts: list[str], ns: list[int]):
    a, b, c = parts[:3]
    text = (f"Chỉ số sản xuất công nghiệp tăng 9,5%; trong đó {a} tăng {ns[0]},2%; {b} {ns[1]},4%; "
            f"{c} tăng {ns[2]},6%.")
    f = _fact(text, f"{ns[1]},4%")
    assert f.role == "change_pct" and f.subject == b


# --- a directive's word inside another word -------------------------------------------------------------

_GIAO_WORDS = ["hạ tầng giao thông", "giao dịch điện tử", "giao lưu văn hóa", "hội nghị giao ban", "giao thương biên giới"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_GIAO_WORDS), st.integers(min_value=2, max_value=900))
def test_giao_inside_a_word_gives_no_directive(word: str, n: int):
    f = _fact(f"Xã đẩy mạnh {word}; hoàn thành {n} hồ sơ trực tuyến.", f"{n} hồ sơ")
    assert f.role == "amount"


def test_a_directive_still_makes_the_task_after_it_a_goal():
    f = _fact("UBND huyện giao các xã chỉ đạo quyết liệt; hoàn thành 100% kế hoạch giải ngân trước ngày 31/12.", "100%")
    assert f.role == "target"


# --- a bracket closed between a figure and its plan --------------------------------------------------------

def test_a_plan_after_a_bracket_opened_before_the_figure_before():
    f = _fact("Thu ngân sách xã ước đạt 52,4 tỷ đồng (trong đó thu nội địa ước đạt 8,6 tỷ đồng, đạt 131,2%) dự toán.",
              "131,2%")
    assert (f.role, f.basis, f.estimated) == ("plan_pct", "dự toán", True)


# --- the place a clause opens on; the plan met by a count whose phrase runs on -------------------------------

_PLACES = ["Trên địa bàn xã", "Hiện trên địa bàn phường", "Hiện nay trên địa bàn huyện Krông Pa", "Trên toàn địa bàn thị xã"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_PLACES), st.integers(min_value=2, max_value=900))
def test_the_place_a_clause_opens_on_is_no_subject(place: str, n: int):
    f = _fact(f"{place} chỉ còn {n} hộ nghèo.", f"{n} hộ nghèo")
    assert f.subject and "địa bàn" not in f.subject.lower()


def test_a_place_inside_the_subject_stays():
    f = _fact("Thu ngân sách trên địa bàn đạt 12 tỷ đồng.", "12 tỷ đồng")
    assert f.subject == "Thu ngân sách trên địa bàn"


def test_the_plan_after_a_counts_long_phrase_is_the_counts():
    text = "Trong 6 tháng, đưa 118 người đi làm việc có thời hạn ở nước ngoài, đạt 59% kế hoạch năm."
    count, pct = _fact(text, "118 người"), _fact(text, "59%")
    assert pct.role == "plan_pct" and pct.subject == count.subject


def test_a_rate_named_after_a_count_keeps_its_own_subject():
    f = _fact("Kết nạp 46 đảng viên mới, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 92%.", "92%")
    assert f.subject and f.subject.startswith("tỷ lệ")


# --- the open kinds of the audit of real pages ------------------------------------------------------------------

def test_value_added_keeps_its_last_syllables():
    for text, raw in [("Tốc độ tăng giá trị tăng thêm ngành dịch vụ ước đạt 6,4%.", "6,4%"),
                      ("Giá trị tăng thêm khu vực nông nghiệp ước tăng 2,9% so với cùng kỳ.", "2,9%")]:
        f = _fact(text, raw)
        assert f.role == "change_pct" and f.subject and "giá trị tăng thêm" in f.subject.lower()


def test_an_increase_after_a_value_is_still_a_change():
    f = _fact("Giá trị sản xuất công nghiệp tăng thêm 46 tỷ đồng so với cùng kỳ.", "46 tỷ đồng")
    assert f.role == "change" and f.subject == "Giá trị sản xuất công nghiệp"


def test_the_copula_before_a_plan_difference_is_no_part_of_the_basis():
    f = _fact("Thu ngân sách xã đạt 8,4 tỷ đồng, vượt KH là 16,5%.", "16,5%")
    assert (f.role, f.value, f.basis) == ("plan_diff_pct", 16.5, "KH")


_HEADS = ["khẩu hiệu hành động", "phương châm", "quyết tâm", "mục tiêu"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_HEADS), st.integers(min_value=2, max_value=60))
def test_figures_in_a_quoted_goal_are_goals(head: str, n: int):
    text = f"Hội nghị thống nhất {head} “thu ngân sách vượt {n}% dự toán, kết nạp {n + 40} đảng viên mới”."
    pct, count = _fact(text, f"{n}%"), _fact(text, f"{n + 40} đảng viên")
    assert pct.role == count.role == "target"
    assert pct.subject and "“" not in pct.subject and "khẩu hiệu" not in pct.subject
    assert pct.basis is None or "”" not in pct.basis


def test_a_movement_named_in_quotes_leaves_the_results_after_it():
    f = _fact("Hưởng ứng phong trào “Chung sức xây dựng nông thôn mới”, xã có 95% hộ đạt gia đình văn hóa.", "95%")
    assert f.role == "percent"


# --- missing spaces; a level's move; a share of the population ------------------------------------------------

@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["sovới cùng kỳ", "so với cùngkỳ"]), st.integers(min_value=1, max_value=40), st.booleans())
def test_a_phrase_or_percentage_written_without_its_space(cmp: str, n: int, spaced: bool):
    pct = f"{n},5 %" if spaced else f"{n},5%"
    f = _fact(f"Sản lượng thủy sản đạt 3.450 tấn, tăng {pct}{cmp}.", pct)
    assert (f.role, f.value, f.basis) == ("change_pct", n + 0.5, "cùng kỳ")
    assert f.subject == "Sản lượng thủy sản"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["xuống còn", "xuống", "xuống mức"]), st.integers(min_value=2, max_value=9))
def test_a_rate_moving_down_keeps_its_subject_on_both_figures(to: str, n: int):
    text = f"Tỷ lệ hộ nghèo đa chiều giảm từ {n},4% {to} {n - 1},8%."
    a, b = _fact(text, f"{n},4%"), _fact(text, f"{n - 1},8%")
    assert a.subject == b.subject == "Tỷ lệ hộ nghèo đa chiều"


def test_setting_off_is_no_level():
    f = _fact("Xã giao 24 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu.", "24 thanh niên")
    assert f.subject and "nhập ngũ" in f.subject


def test_a_share_of_the_population_is_of_what_is_named_before():
    f = _fact("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,8% dân số.", "94,8%")
    assert f.subject == "Tỷ lệ người dân tham gia bảo hiểm y tế"


# --- cue words garbled -----------------------------------------------------------------------------------------

@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["so vói cùng kỳ", "so vơí cùng kỳ", "so vởi cung kỳ", "sọ với cùng kỳ"]),
       st.integers(min_value=1, max_value=40))
def test_a_comparison_with_its_marks_garbled_reads_as_meant(cmp: str, n: int):
    f = _fact(f"Doanh thu dịch vụ đạt 2.150 tỷ đồng, tăng {n},8% {cmp}.", f"{n},8%")
    assert (f.role, f.basis) == ("change_pct", "cùng kỳ")
    assert f.read_through_typo


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["dạt", "dat"]), st.integers(min_value=2, max_value=900))
def test_dat_written_with_a_plain_d_before_a_figure(word: str, n: int):
    f = _fact(f"Thu ngân sách {word} {n} tỷ đồng, bằng 80% dự toán.", f"{n} tỷ đồng")
    assert f.subject == "Thu ngân sách" and f.read_through_typo == [f"{word} → đạt"]


def test_a_plain_d_word_away_from_a_figure_stays():
    facts = extract_text("Bèo dạt mây trôi là tên một bài dân ca; xã có 3 câu lạc bộ dân ca.").facts
    assert [f.read_through_typo for f in facts] == [None]


def test_funds_raised_keep_their_verb_as_a_noun():
    f = _fact("Tổng vốn huy động cho xây dựng nông thôn mới đạt trên 1.200 tỷ đồng.", "trên 1.200 tỷ đồng")
    assert f.subject and "vốn huy động" in f.subject


def test_raising_funds_is_still_a_verb():
    f = _fact("Xã huy động 12 tỷ đồng xây dựng nông thôn mới.", "12 tỷ đồng")
    assert f.subject and f.subject.startswith("huy động")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["điểm phần trăm", "điểm %"]), st.sampled_from([("tăng", 1), ("giảm", -1)]),
       st.integers(min_value=1, max_value=9))
def test_percentage_points_are_a_percentage_change(points: str, verb: tuple[str, int], n: int):
    word, sign = verb
    f = _fact(f"Tỷ lệ lao động qua đào tạo đạt 71%, {word} {n},5 {points} so với năm trước.", f"{n},5 {points}")
    assert (f.role, f.unit, f.value, f.basis) == ("change_pct", "%", sign * (n + 0.5), "năm trước")


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([("trồng mới", "ha rừng"), ("cấp mới", "giấy chứng nhận"), ("kết nạp mới", "đảng viên"),
                        ("thành lập mới", "doanh nghiệp")]), st.integers(min_value=2, max_value=900))
def test_a_verb_made_with_moi_keeps_it_before_duoc(verb: tuple[str, str], n: int):
    v, noun = verb
    f = _fact(f"Trong năm, toàn xã {v} được {n} {noun}.", f"{n} {noun.split()[0]}" if noun == "ha rừng" else f"{n} {noun}")
    assert f.subject and v in f.subject.lower()


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["tấn", "ha"]), st.integers(min_value=100, max_value=5000), st.integers(min_value=1, max_value=99))
def test_a_result_over_its_plan_in_one_measure(unit: str, n: int, d: int):
    raw = f"{n},{d:02d} {unit}/{n + 7} {unit}"
    f = _fact(f"Sản lượng lương thực vụ xuân đạt {raw}, đạt 98% kế hoạch giao.", raw)
    assert (round(f.value, 2), f.of, f.unit) == (round(n + d / 100, 2), n + 7, unit)


def test_a_yield_per_hectare_is_no_fraction():
    f = _fact("Năng suất lúa đạt 58,2 tạ/ha.", "58,2 tạ/ha")
    assert f.of is None
