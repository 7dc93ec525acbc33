"""Round 47 (issue 10), share r47b: UBND meetings and Party committees of ex1019-ex1041 and the bylines of ex1008 and
ex1041, as rules of the genre. Invented sentences and pages of the genre, a near-miss beside each rule."""

from __future__ import annotations

from _sentences import one as _one
from soket.extract.pipeline import extract_text

_BODY = ("Chiều 2/10, Ban Thường vụ Thị ủy Ba Đồn tổ chức hội nghị đánh giá kết quả 9 tháng. Chín tháng qua, tổng giá trị "
         "sản xuất ước đạt 1.240 tỷ đồng, bằng 72,4% kế hoạch năm.\n\nToàn thị xã kết nạp 41 đảng viên mới, đạt 82% "
         "chỉ tiêu.\n\n")


def test_a_byline_above_a_comment_forms_labels_is_read() -> None:
    page = _BODY + "Minh Hằng\n\nHọ và tên *    Email *    Nội dung bình luận *    Gửi bình luận\n"
    assert extract_text(page).authors == ["Minh Hằng"]
    # near-miss: a line of the body with a star in it is no form, and no byline lies above it
    page = _BODY + "Số liệu có dấu * là số ước thực hiện của các xã, phường trong thị xã.\n"
    assert extract_text(page).authors == []


def test_a_byline_above_the_list_of_articles_run_before_is_read() -> None:
    page = _BODY + ("Hoàng Yến\n\nCÁC TIN, BÀI ĐÃ ĐƯA\n» Lệ Thủy: 9 tháng kết nạp 160 đảng viên (03/10/2018)\n"
                    "» Quảng Trạch tổ chức hội nghị Ban Chấp hành lần thứ 12 (02/10/2018)\n")
    rec = extract_text(page)
    assert rec.authors == ["Hoàng Yến"]
    assert not any(f.raw == "160 đảng viên" for f in rec.facts)  # the list is chrome


def test_a_draft_is_counted_with_the_paper_it_drafts() -> None:
    f = _one("Các thành viên UBND huyện cho ý kiến vào 04 dự thảo nghị quyết trình kỳ họp thứ tám HĐND huyện.",
             "04 dự thảo nghị quyết")
    assert f.unit == "dự thảo nghị quyết" and f.value == 4
    assert f.subject == "cho ý kiến vào dự thảo nghị quyết"  # where the drafts go is no part of them
    # near-miss: a list of papers after a comma stays the list; a draft alone stays a draft
    assert _one("Hội nghị cho ý kiến vào 6 đề án, dự thảo, nghị quyết.", "6 đề án, dự thảo, nghị quyết").unit \
        == "đề án, dự thảo, nghị quyết"
    assert _one("Kỳ họp xem xét 3 dự thảo và 2 báo cáo.", "3 dự thảo").unit == "dự thảo"


def test_a_goal_word_naming_the_plan_a_result_attains_opens_no_goal() -> None:
    s = ("Đến hết tháng 9, Đảng bộ huyện kết nạp 76 đảng viên, đạt 84,4% chỉ tiêu phấn đấu năm; 11/11 đảng bộ xã đều "
         "kết nạp được đảng viên mới.")
    assert _one(s, "11/11 đảng bộ").role == "amount"
    assert _one(s, "84,4%").role == "plan_pct"
    # near-miss: a goal word of its own after the result still opens a goal
    s = "Đảng bộ huyện kết nạp 76 đảng viên, đạt 84,4% chỉ tiêu; phấn đấu cả năm kết nạp 120 đảng viên."
    assert _one(s, "120 đảng viên").role == "target"
    assert _one(s, "76 đảng viên").role == "amount"


def test_a_goals_share_joined_by_va_co_names_its_own_set() -> None:
    s = "Phấn đấu năm 2021 kết nạp 180 đảng viên và có trên 85% chi bộ đạt trong sạch, vững mạnh."
    f = _one(s, "trên 85%")
    assert f.role == "target" and f.subject is not None and f.subject.startswith("chi bộ")
    assert _one(s, "180 đảng viên").subject == "kết nạp đảng viên"


def test_a_change_in_a_rate_named_after_the_figure_is_of_that_rate() -> None:
    f = _one("Công tác giảm nghèo có chuyển biến: ước cả năm giảm 2,8% tỷ lệ hộ nghèo.", "2,8%")
    assert f.role == "change_pct" and f.value == -2.8 and f.subject == "tỷ lệ hộ nghèo"
    # near-miss: a rate in a clause of its own after a comma is no noun of the change
    assert _one("Thu ngân sách tăng 9% so với cùng kỳ, tỷ lệ thu đạt cao.", "9%").subject == "Thu ngân sách"


def test_a_bare_share_after_a_sum_and_the_plans_sum_it_is_out_of_is_the_plans_attainment() -> None:
    s = "Huyện đã giải ngân 318 tỷ đồng trên tổng kế hoạch vốn 604 tỷ đồng, tỷ lệ 52,6%."
    f = _one(s, "52,6%")
    assert (f.role, f.basis, f.subject) == ("plan_pct", "kế hoạch vốn", "giải ngân")
    assert _one("Thành phố giải ngân 2.140 tỷ đồng trên tổng số kế hoạch 9.870 tỷ đồng, tức khoảng 21,7%.",
                "khoảng 21,7%").role == "plan_pct"
    # near-miss: two sums of their own and a share after them: no plan, a share as before
    assert _one("Thu ngân sách đạt 520 tỷ đồng, chi ngân sách 300 tỷ đồng, đạt 50%.", "50%").role == "percent"


def test_where_goods_go_and_where_visitors_went_are_no_part_of_the_subject() -> None:
    f = _one("Huyện thu hoạch 21.000 tấn nhãn, trong đó xuất khẩu gần 4.100 tấn sang các thị trường Úc, Mỹ.",
             "gần 4.100 tấn")
    assert f.subject == "xuất khẩu"
    f = _one("Hoạt động du lịch quanh hồ Núi Cốc thu hút khoảng 31.000 lượt du khách.", "khoảng 31.000 lượt du khách")
    assert f.unit == "lượt du khách" and f.subject == "Hoạt động du lịch"
    # near-miss: "xoay quanh" is a verb of what is asked about, no place
    f = _one("Nội dung chất vấn xoay quanh 9 vấn đề được cử tri quan tâm.", "9 vấn đề")
    assert f.subject is not None and "được cử tri quan tâm" in f.subject


def test_a_moves_destination_stays_in_the_phrase() -> None:
    f = _one("Do hạn hán, có khoảng 410 ha phải chuyển sang cây trồng cạn.", "khoảng 410 ha")
    assert f.subject is not None and f.subject.endswith("chuyển sang cây trồng cạn")


def test_a_change_of_a_noun_no_count_before_it_counts_is_of_its_own() -> None:
    s = "Các cơ quan trong Khối đã giải thể 9 chi bộ trực thuộc, giảm 17 phòng so với đầu năm."
    f = _one(s, "17 phòng")
    assert f.role == "change" and f.value == -17 and f.subject == "phòng"
    # near-miss: a change of the noun the count before counts is that count's change
    f = _one("Huyện còn 310 hộ nghèo, giảm 45 hộ so với đầu năm.", "45 hộ")
    assert f.subject == "còn hộ nghèo"
    # near-miss: a case's counter counts the things the count before counts
    f = _one("Cấp ủy các cấp thi hành kỷ luật 64 đảng viên, tăng 9 trường hợp so với cùng kỳ.", "9 trường hợp")
    assert f.subject is not None and "kỷ luật" in f.subject
