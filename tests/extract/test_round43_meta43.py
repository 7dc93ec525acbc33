"""Round 43 (meta43): the meeting metadata of round 43. The rest of a year ("những tháng còn lại của năm 2025") is
planned, no year reviewed; "B và C cùng điều hành." closing a clause makes B and C co-chairs of a meeting that has a
chair; the chair's own speech in the first person ("Thay mặt ... Chủ tọa kỳ họp, tôi ...") is chaired by the one
person named as giving it; a session that matters are submitted to ("trình kỳ họp") is the council's, naming neither
the body nor the session of a Party body or of a people's committee that prepares them. Every sentence is invented;
each rule has a near miss that must not change."""

from __future__ import annotations

from soket.extract.pipeline import extract_text
from soket.model import Record

# --- the rest of a year, planned -------------------------------------------------------------------------------------


def test_rest_of_the_year_is_planned_and_the_month_reported_is_reviewed():
    rec = extract_text(
        "Sáng 21/8/2025, HĐND phường Hòa Minh tổ chức kỳ họp thứ ba để bàn nhiệm vụ, giải pháp trong những tháng còn "
        "lại của năm 2025. Theo báo cáo của UBND phường, tháng 7/2025 là tháng đầu tiên phường mới hoạt động; thu "
        "ngân sách trong tháng đạt 52 tỷ đồng.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 7, 7)


def test_near_miss_the_year_reviewed_is_kept():
    rec = extract_text(
        "Sáng 18/12/2025, HĐND phường Hòa Minh tổ chức kỳ họp thứ tư để đánh giá kết quả thực hiện nhiệm vụ năm 2025. "
        "Thu ngân sách cả năm ước đạt 640 tỷ đồng.")
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2025, 1, 12)


# --- "cùng điều hành." closing a clause --------------------------------------------------------------------------------


def test_co_chairs_closing_their_clause_with_the_bare_verb():
    rec = extract_text(
        "Ngày 14/12, Ban Thường vụ Tỉnh ủy Tân Lập tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9. Đồng chí "
        "Hồ Văn Tâm, Bí thư Tỉnh ủy chủ trì hội nghị; đồng chí Lý Thị Ngân, Phó Bí thư Thường trực Tỉnh ủy và đồng "
        "chí Tạ Quang Vũ, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cùng điều hành.")
    assert rec.meeting.chairs == ["Hồ Văn Tâm", "Lý Thị Ngân", "Tạ Quang Vũ"]


def test_near_miss_management_pair_names_no_chair():
    rec = extract_text(
        "Ngày 14/12, Ban Thường vụ Tỉnh ủy Tân Lập tổ chức hội nghị. Đồng chí Hồ Văn Tâm, Bí thư Tỉnh ủy chủ trì hội "
        "nghị; đồng chí Lý Thị Ngân, Phó Chủ tịch UBND tỉnh đánh giá cao công tác chỉ đạo, điều hành.")
    assert rec.meeting.chairs == ["Hồ Văn Tâm"]


def test_near_miss_co_managing_with_no_chair_named_is_no_chair():
    rec = extract_text(
        "Ngày 14/12, UBND huyện Tân Lập tổ chức hội nghị triển khai nhiệm vụ. Đồng chí Lý Thị Ngân, Phó Chủ tịch UBND "
        "huyện và đồng chí Tạ Quang Vũ, Trưởng phòng Nội vụ huyện cùng điều hành.")
    assert rec.meeting.chairs == []


# --- the chair's own speech ------------------------------------------------------------------------------------------


def test_first_person_chair_is_the_one_giving_the_speech():
    rec = extract_text(
        "Phát biểu khai mạc kỳ họp thứ 8, HĐND tỉnh Tân Lập khóa X\n\n"
        "Đồng chí Vương Đình Lộc, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu khai mạc kỳ họp.\n\n"
        "Thay mặt Thường trực HĐND tỉnh và Chủ tọa kỳ họp, tôi nhiệt liệt chào mừng các vị đại biểu.\n\n"
        "Năm 2024, thu ngân sách trên địa bàn ước đạt 5.120 tỷ đồng.")
    assert rec.meeting.chairs == ["Vương Đình Lộc"]


def test_near_miss_first_person_on_behalf_of_another_body_is_no_chair():
    rec = extract_text(
        "Phát biểu tại kỳ họp thứ 8, HĐND tỉnh Tân Lập khóa X\n\n"
        "Đồng chí Vương Đình Lộc, Chủ tịch UBND tỉnh phát biểu khai mạc kỳ họp.\n\n"
        "Thay mặt UBND tỉnh, tôi xin báo cáo tình hình kinh tế - xã hội năm 2024.")
    assert rec.meeting.chairs == []


# --- a session matters are submitted to ------------------------------------------------------------------------------


def test_party_standing_board_preparing_a_session_is_not_the_council():
    rec = extract_text(
        "Thường trực Đảng ủy xã Hòa Sơn cho ý kiến các nội dung trình kỳ họp cuối năm\n\n"
        "Ngày 11/12, Thường trực Đảng ủy xã Hòa Sơn tổ chức hội nghị nghe UBND xã báo cáo kết quả thực hiện nhiệm vụ "
        "năm 2025 trước khi trình kỳ họp thường lệ cuối năm của HĐND xã.")
    assert rec.meeting.body_kind == "other"
    assert rec.meeting.session is None


def test_near_miss_council_passing_its_session_agenda_is_the_council():
    rec = extract_text("Sáng 8/12, HĐND xã Hòa Sơn thông qua chương trình kỳ họp thứ 6 và nghe UBND xã báo cáo.")
    assert rec.meeting.body_kind == "peoples_council"
    assert rec.meeting.session == 6


_HEAD = ("{issuer}\n\nSố: 215/BC-{code}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Hòa Sơn, ngày 05 tháng 12 năm 2025\n\nBÁO CÁO\n\n{title}\n\n(Trình kỳ họp thứ 5, HĐND xã khóa I, nhiệm kỳ "
         "2021 - 2026)\n\n{lead}\n\nTổng thu ngân sách trên địa bàn năm 2025 ước đạt 86,4 tỷ đồng.\n")


def test_peoples_committee_report_submitted_to_a_session_has_no_session():
    rec = extract_text(_HEAD.format(
        issuer="ỦY BAN NHÂN DÂN\nXÃ HÒA SƠN", code="UBND",
        title="Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025",
        lead="UBND xã báo cáo kết quả thực hiện nhiệm vụ năm 2025 như sau:"))
    assert rec.meeting.session is None


def test_near_miss_council_committee_report_keeps_its_session():
    rec = extract_text(_HEAD.format(
        issuer="HĐND XÃ HÒA SƠN\nBAN KINH TẾ - XÃ HỘI", code="KTXH",
        title="Thẩm tra báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025",
        lead="Ban Kinh tế - Xã hội HĐND xã báo cáo kết quả thẩm tra như sau:"))
    assert rec.meeting.session == 5


# --- a report's text typed into Word ---------------------------------------------------------------------------------


def _as_docx(text: str) -> Record:
    """The record of ``text`` typed into Word, each line a paragraph (the parity bench's .docx form)."""
    from _sentences import text_parity
    from soket.extract import extract_document
    from soket.ingest import load_bytes

    return extract_document(load_bytes(text_parity.as_docx(text), name="page.docx"))


_PAGE = ("BÁO ĐIỆN TỬ TÂN LẬP\nTrang chủ | Thời sự | Kinh tế | Xã hội\n\n"
         "UBND huyện Hòa Sơn họp phiên thường kỳ tháng 9\n\n"
         "Sáng 28/9/2024, UBND huyện Hòa Sơn họp phiên thường kỳ tháng 9. Đồng chí Lâm Văn Phúc, Chủ tịch UBND huyện "
         "chủ trì phiên họp. Thu ngân sách trên địa bàn 9 tháng đạt 214 tỷ đồng.\n\n"
         "MINH TRANG\n\nTin cùng chuyên mục\n- Xã Tân Phú khánh thành 3 cây cầu dân sinh\n"
         "- Huyện Lạc Sơn có thêm 2 xã đạt chuẩn nông thôn mới\n")


def test_page_pasted_into_word_keeps_its_byline_and_leaves_its_related_headlines():
    rec = _as_docx(_PAGE)
    assert rec.authors == ["Minh Trang"]
    assert [f.raw for f in rec.facts] == ["214 tỷ đồng"]


_PDF_COPY = ("Ngày 07/7/2024, Ban Thường vụ Huyện ủy Hòa Sơn tổ chức hội nghị đánh giá tình hình\n"
             "thực hiện nhiệm vụ 6 tháng đầu năm, bàn phương hướng, nhiệm vụ 6 tháng cuối năm\n"
             "2024. Đồng chí Lâm Văn Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy chủ\n"
             "trì hội nghị. Thu ngân sách trên địa bàn 6 tháng đầu năm đạt 214 tỷ đồng, bằng 61%\n"
             "dự toán; toàn huyện kết nạp được 126 đảng viên mới, đạt 58% kế hoạch năm, giải\n"
             "quyết việc làm cho 1.240 lao động và hoàn thành xây dựng 12 nhà đại đoàn kết.\n")


def test_pdf_copy_pasted_into_word_line_by_line_reads_as_its_text():
    rec = _as_docx(_PDF_COPY)
    assert rec.meeting.chairs == ["Lâm Văn Phúc"]
    assert {f.raw for f in rec.facts} >= {"214 tỷ đồng", "126 đảng viên", "1.240 lao động"}


def test_near_miss_word_report_of_short_paragraphs_is_read_as_written():
    rec = _as_docx("BÁO CÁO\nKết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024\n"
                   "Thu ngân sách trên địa bàn đạt 214 tỷ đồng.\nGiải quyết việc làm cho 1.240 lao động.\n")
    assert {f.raw for f in rec.facts} == {"214 tỷ đồng", "1.240 lao động"}
