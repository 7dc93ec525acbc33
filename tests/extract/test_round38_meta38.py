"""Meeting metadata, people and authors missed on held-out reports (round 38, meta38): one rule a test, with sentences
and page pieces of the genre written for these tests, each with a near miss that must not change."""

from __future__ import annotations

import pytest

from _sentences import PARA
from soket.extract import extract_text
from soket.extract.people import sentence_people


def _chairs(text: str) -> list[str]:
    return extract_text(text).meeting.chairs


def _period(text: str) -> tuple[int | None, int | None, int | None]:
    p = extract_text(text).period
    return p.year, p.start_month, p.end_month


# -- who chairs a part of a session chairs it too -------------------------------------------------------------------

def test_a_vice_chair_who_runs_the_discussion_chairs_too() -> None:
    text = ("Ngày 14/7, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. Đ/c Lê Văn Hòa"
            " - Bí thư Đảng ủy xã chủ trì hội nghị; đ/c Phạm Thị Mai - Phó Bí thư Đảng ủy xã điều hành phần thảo luận.")
    assert _chairs(text) == ["Lê Văn Hòa", "Phạm Thị Mai"]


def test_one_who_only_speaks_in_the_discussion_does_not_chair() -> None:
    text = ("Ngày 14/7, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. Đ/c Lê Văn Hòa"
            " - Bí thư Đảng ủy xã chủ trì hội nghị. Đ/c Phạm Thị Mai - Phó Bí thư Đảng ủy xã phát biểu trong phần "
            "thảo luận.")
    assert _chairs(text) == ["Lê Văn Hòa"]


FIRST_SESSION = ("Ngày 3/4/2026, HĐND tỉnh Tân Lập khóa XX tiến hành kỳ họp thứ nhất. Ông Hoàng Văn Tư, Chủ tịch HĐND "
                 "tỉnh khóa XIX khai mạc và chủ tọa kỳ họp cho đến khi HĐND tỉnh bầu ra Chủ tịch HĐND khóa mới. Bà Đinh"
                 " Thị Lan được bầu giữ chức Chủ tịch HĐND tỉnh; các ông Lò Văn Quý, Vi Văn Đức được bầu giữ chức Phó "
                 "Chủ tịch HĐND tỉnh.{after}")


def test_a_new_terms_chairs_who_run_the_rest_of_its_first_session_chair_it() -> None:
    after = (" Sau khi kiện toàn, bà Đinh Thị Lan, Chủ tịch HĐND tỉnh cùng các Phó Chủ tịch HĐND tỉnh Lò Văn Quý, Vi "
             "Văn Đức điều hành các nội dung còn lại của kỳ họp.")
    assert _chairs(FIRST_SESSION.format(after=after)) == ["Hoàng Văn Tư", "Đinh Thị Lan", "Lò Văn Quý", "Vi Văn Đức"]


def test_those_elected_at_a_first_session_do_not_chair_it_unless_said() -> None:
    assert _chairs(FIRST_SESSION.format(after="")) == ["Hoàng Văn Tư"]


@pytest.mark.parametrize("sitting", ["Phiên chất vấn", "Phiên khai mạc", "Phần thảo luận", "Kỳ họp"])
def test_a_part_of_a_session_run_by_someone_named_after_do_is_chaired_by_them(sitting: str) -> None:
    text = (f"Ngày 16/7/2026, HĐND huyện Tân Lập khai mạc kỳ họp thứ 2. {sitting} do đồng chí Đào Văn Nghĩa, Phó Chủ "
            "tịch HĐND huyện điều hành, với 12 ý kiến chất vấn.")
    assert _chairs(text) == ["Đào Văn Nghĩa"]


@pytest.mark.parametrize("text", [
    # the verb as one of a pair of nouns ("chỉ đạo, điều hành"), after a guest named with "có sự tham dự"
    "Ngày 16/7/2026, UBND huyện Tân Lập họp. Hội nghị do Văn phòng HĐND và UBND huyện tổ chức, có sự tham dự của "
    "đồng chí Đào Văn Nghĩa, Phó Chủ tịch UBND tỉnh, nhằm đánh giá công tác chỉ đạo, điều hành.",
    # another verb closes the "do" clause: the person named presents, does not chair
    "Ngày 16/7/2026, HĐND huyện Tân Lập khai mạc kỳ họp thứ 2. Phiên chất vấn do đồng chí Đào Văn Nghĩa, Phó Chủ tịch"
    " UBND huyện trả lời, với 12 ý kiến.",
])
def test_a_do_clause_closed_by_no_chairing_verb_names_no_chair(text: str) -> None:
    assert _chairs(text) == []


def test_someone_named_after_do_past_the_chairing_cue_presents_a_report() -> None:
    text = ("Ngày 21/12/2018, Ban Chấp hành Đảng bộ huyện Tân Lập tổ chức hội nghị lần thứ 18. Dưới sự chủ trì của đồng"
            " chí Vũ Khắc Hiền, Bí thư Huyện ủy, hội nghị đã nghe báo cáo kết quả năm 2018 do đồng chí Đỗ Mạnh Hùng, "
            "Chủ tịch UBND huyện trình bày.")
    assert _chairs(text) == ["Vũ Khắc Hiền"]


def test_chairs_listed_after_dưới_sự_chủ_trì_still_chair() -> None:
    text = ("Ngày 21/12/2018, Ban Chấp hành Đảng bộ huyện Tân Lập tổ chức hội nghị lần thứ 18. Dưới sự chủ trì của các"
            " đồng chí Vũ Khắc Hiền, Bí thư Huyện ủy; Đỗ Mạnh Hùng, Phó Bí thư Huyện ủy, hội nghị đã thảo luận.")
    assert _chairs(text) == ["Vũ Khắc Hiền", "Đỗ Mạnh Hùng"]


# -- a year-end session reviews its year: a quarter its report names is when one figure moved ---------------------

YEAR_END = ("Tân Lập: GDP năm 2024 ước tăng 8,2%\n\nNgày 18/12, HĐND tỉnh Tân Lập khai mạc kỳ họp thứ 21{kind} xem "
            "xét kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024. Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh"
            " cho biết, giá vật tư nông nghiệp tăng mạnh từ quý III, song kinh tế vẫn tăng trưởng khá.\n\n"
            "GDP ước tăng 8,2% so với năm 2023.\n")


def test_a_year_end_session_reviews_its_year_not_a_quarter_its_report_names() -> None:
    assert _period(YEAR_END.format(kind=" - kỳ họp thường lệ cuối năm -")) == (2024, 1, 12)


def test_a_quarter_named_in_the_lead_under_a_years_headline_is_still_reviewed() -> None:
    text = ("Tân Lập: kết quả năm 2024\n\nNgày 8/10, UBND tỉnh Tân Lập họp đánh giá công tác quý III năm 2024. "
            "Thu ngân sách trong quý đạt 1.250 tỷ đồng.\n")
    assert _period(text) == (2024, 7, 9)


# -- a review of several years of a resolution: its years are no period ------------------------------------------

YEARS = ("Tổng kết 5 năm thực hiện Nghị quyết về phát triển du lịch\n\nNgày 22/12/2025, Ban Thường vụ Tỉnh ủy Tân "
         "Lập tổ chức hội nghị {what} Nghị quyết số 05-NQ/TU về phát triển du lịch giai đoạn 2021 - 2025. Đồng chí Lê "
         "Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.\n\nGiai đoạn 2021 - 2025, toàn tỉnh đón trên 8,6 "
         "triệu lượt khách. Riêng năm 2025 đón khoảng 2,35 triệu lượt khách.\n")


def test_a_review_of_five_years_of_a_resolution_has_no_period() -> None:
    assert _period(YEARS.format(what="tổng kết 5 năm thực hiện")) == (None, None, None)


def test_a_year_reviewed_beside_the_five_years_is_the_period() -> None:
    assert _period(YEARS.format(what="tổng kết công tác năm 2025 và 5 năm thực hiện")) == (2025, 1, 12)


# -- an official notice of a monthly meeting that reviews the running months --------------------------------------

NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH TÂN LẬP\nSố: 188/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nTân Lập, ngày 6 tháng 7 năm 2023\nTHÔNG BÁO\n"
          "Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh\nthường kỳ tháng 6 năm 2023\n\n"
          "Ngày 04/7/2023, UBND tỉnh tổ chức phiên họp thường kỳ tháng 6 năm 2023 để đánh giá tình hình kinh tế - xã "
          "hội {what}. Đồng chí Lê Văn Hòa - Chủ tịch UBND tỉnh chủ trì phiên họp.\n\n"
          "Thu ngân sách ước đạt 1.724 tỷ đồng, bằng 51,2% dự toán.\n")


def test_a_monthly_meeting_that_reviews_the_first_half_reviews_it_whatever_its_title() -> None:
    assert _period(NOTICE.format(what="6 tháng đầu năm")) == (2023, 1, 6)


def test_a_monthly_meeting_that_reviews_its_month_reviews_the_month() -> None:
    assert _period(NOTICE.format(what="trong tháng")) == (2023, 6, 6)


# -- a portal's byline field under the article, its rating, counters and footer below -------------------------------

PORTAL = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN LẬP\n\nTrang nhất › Tin tức › Tin hoạt động\n\n"
          "UBND huyện tổ chức hội nghị đánh giá kết quả 6 tháng đầu năm 2021\n\nThứ tư - 07/07/2021 10:25\n\n"
          "Sáng ngày 06/7, UBND huyện Tân Lập tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế"
          " - xã hội 6 tháng đầu năm 2021. Tổng giá trị sản xuất ước đạt 7.412 tỷ đồng, tăng 8,26% so với cùng kỳ, bằng "
          "48,9% kế hoạch năm.\n\n{body}Tác giả bài viết: {who}\n\nNguồn tin: Văn phòng HĐND - UBND huyện\n\n"
          "Tổng số điểm của bài viết là: 0 trong 0 đánh giá\n\nClick để đánh giá bài viết\n\n"
          "THỐNG KÊ TRUY CẬP\nĐang truy cập 18\nHôm nay 1.236\nTháng hiện tại 9.874\nTổng lượt truy cập 2.417.305\n\n"
          "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây\n\n"
          "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN LẬP\n")


#: the report's body, long enough that its byline lies past the lines of the page's head
BODY = "".join(f"{PARA}\n\n" for _ in range(6))


def test_a_portals_byline_field_under_the_article_is_its_author() -> None:
    assert extract_text(PORTAL.format(body=BODY, who="Phạm Quang Vinh")).authors == ["Phạm Quang Vinh"]


def test_a_portals_field_naming_an_office_gives_no_author() -> None:
    assert extract_text(PORTAL.format(body=BODY, who="Văn phòng HĐND và UBND huyện")).authors == []


# -- an agency whose fields are listed with commas, then "và": one name ---------------------------------------------

@pytest.mark.parametrize("sentence, role", [
    ("Báo cáo tổng kết do Giám đốc Sở Văn hóa, Thể thao và Du lịch Nông Thị Hạnh trình bày nêu rõ: sau 5 năm, du lịch"
     " phát triển.", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
    ("Ông Trần Xuân Lộc, Phó Giám đốc Sở Lao động, Thương binh và Xã hội cho biết toàn tỉnh có 1.200 lao động.",
     "Phó Giám đốc Sở Lao động, Thương binh và Xã hội"),
])
def test_an_agencys_listed_fields_are_one_name(sentence: str, role: str) -> None:
    assert [r for _, roles in sentence_people(sentence) for r in roles] == [role]


def test_a_comma_before_a_second_role_still_ends_the_agencys_name() -> None:
    got = sentence_people("Đồng chí Lê Văn Tâm, Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh và đồng chí Trần Văn "
                          "Bình dự hội nghị.")
    assert got[0] == ("Lê Văn Tâm", ["Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh"])
