"""Meeting metadata, people, authors and page chrome missed on held-out reports (round 34, meta34): one rule a test,
with sentences and page pieces of the genre written for these tests (none copied from the reports)."""

from __future__ import annotations

from soket.extract import extract_document
from soket.extract.pipeline import extract_text
from soket.extract.structure import parse_official
from soket.ingest import load_bytes


def _rec(text: str, name: str = "bai.txt"):  # type: ignore[no-untyped-def]
    return extract_document(load_bytes(text.encode(), name=name))


# -- a live page: several dated items, the meeting's one is the report ------------------------------------------------

_LIVE = """TRỰC TIẾP

Tin tức các địa phương ngày 12.5: Huyện Tân Lập thu ngân sách 4 tháng đạt 41%

Báo cập nhật liên tục tin tức nổi bật từ các địa phương trong ngày 12.5.2022.

18:10

Nghệ An: Thu giữ 800 kg nội tạng động vật bốc mùi

Chiều 12.5, lực lượng quản lý thị trường kiểm tra một xe tải, phát hiện 800 kg nội tạng động vật không rõ nguồn gốc.

Hoàng Lâm

14:30

Lạng Sơn: Huyện Tân Lập thu ngân sách 4 tháng đạt 41%

Ngày 11.5, Ban Thường vụ Huyện ủy Tân Lập (tỉnh Lạng Sơn) tổ chức hội nghị đánh giá tình hình 4 tháng đầu năm 2022. Ông Hoàng Văn Bảo - Bí thư Huyện ủy Tân Lập - chủ trì hội nghị.

Thu ngân sách trên địa bàn 4 tháng đạt 96,4 tỉ đồng, bằng 41% dự toán; toàn huyện kết nạp 37 đảng viên mới.

Minh Khuê

08:05

Kiên Giang: Khánh thành cầu dài 420 m nối hai xã

Sáng 12.5, huyện đảo khánh thành cây cầu dài 420 m, tổng vốn khoảng 65 tỉ đồng.

Quốc Việt
"""


def test_a_live_pages_other_items_are_chrome_and_the_byline_is_the_meeting_items() -> None:
    rec = _rec(_LIVE)
    raws = {f.raw for f in rec.facts}
    assert {"96,4 tỉ đồng", "41%", "37 đảng viên"} <= raws
    assert not raws & {"800 kg", "420 m", "khoảng 65 tỉ đồng"}  # the other stories' figures
    assert rec.authors == ["Minh Khuê"]
    assert rec.meeting.locality == "Tân Lập"


def test_stamped_lines_without_headings_or_a_meeting_outside_the_items_change_nothing() -> None:
    # a timetable of times of day with no heading under them is no page of items
    text = ("Sáng 11/5, HĐND huyện Tân Lập khai mạc kỳ họp thứ 6. Thu ngân sách đạt 96,4 tỷ đồng.\n\n08:00\n\n"
            "Khai mạc, báo cáo kết quả 6 tháng, thu ngân sách đạt 41% dự toán.\n\n09:30\n\nThảo luận tại tổ, 37 đại biểu.\n")
    raws = {f.raw for f in extract_text(text).facts}
    assert {"96,4 tỷ đồng", "41%"} <= raws


def test_a_live_page_read_from_html_gets_its_stamps_and_reporters_back() -> None:
    items = "".join(
        f'<div class="live-item"><div class="live-time">{t}</div><h2>{h}</h2><p>{p}</p>'
        f'<p class="live-author"><strong>{a}</strong></p></div>'
        for t, h, p, a in (
            ("17:05", "Cà Mau: Bắt giữ 300 kg pháo lậu",
             "Chiều 9.6, công an huyện Năm Căn bắt giữ một xe chở 300 kg pháo nổ không rõ nguồn gốc.", "Hải Đăng"),
            ("13:20", "Tây Ninh: Huyện Tân Lập thu ngân sách 5 tháng đạt 47%",
             "Ngày 9.6, Ban Thường vụ Huyện ủy Tân Lập (tỉnh Tây Ninh) tổ chức hội nghị lần thứ 8 đánh giá tình hình 5 "
             "tháng đầu năm 2022; thu ngân sách đạt 47% dự toán. Ông Lê Minh Tâm - Bí thư Huyện ủy - chủ trì hội nghị.",
             "Bảo Trâm"),
            ("07:45", "Sóc Trăng: Khởi công kè sông dài 1,2 km",
             "Sáng 9.6, UBND thị xã khởi công kè sông dài 1,2 km, tổng vốn 85 tỉ đồng.", "Kim Ngân"),
        ))
    page = (f'<html><head><meta property="og:site_name" content="Báo Người Lao Động Mới"></head><body><article>'
            f'<span class="badge-live">TRỰC TIẾP</span><h1>Tin tức địa phương ngày 9.6</h1>'
            f'<p>Báo cập nhật liên tục những tin tức nổi bật từ các địa phương trong ngày 9.6.2022, từng giờ một.</p>'
            f'<div class="live-list">{items}</div></article></body></html>')
    rec = extract_document(load_bytes(page.encode(), name="live.html"))
    raws = {f.raw for f in rec.facts}
    assert "47%" in raws
    assert not raws & {"300 kg", "1,2 km", "85 tỉ đồng"}
    assert rec.authors == ["Bảo Trâm"]


# -- a market ticker, a comment form: chrome ----------------------------------------------------------------------------

def test_a_market_tickers_signed_quotes_are_chrome_wherever_they_stand() -> None:
    text = ("VN-INDEX 1.210,55 +3,12 (0,26%)\n\nHNX-INDEX 230,10 -0,85 (-0,37%)\n\n"
            "Ngày 10/7, Ban Chấp hành Đảng bộ tỉnh Tân Lập tổ chức hội nghị lần thứ 9 đánh giá 6 tháng đầu năm 2023. "
            "Thu ngân sách đạt 12.400 tỷ đồng, giảm 8,5% so với cùng kỳ.\n")
    raws = {f.raw for f in extract_text(text).facts}
    assert "8,5%" in raws
    assert not raws & {"0,26%", "-0,37%", "0,37%"}


def test_a_comment_forms_invitation_and_upload_field_are_chrome_and_leave_the_byline() -> None:
    text = ("Ngày 14-6, Ban Chấp hành Đảng bộ xã Tân Lập, huyện Yên Sơn tổ chức hội nghị sơ kết giữa nhiệm kỳ. "
            "Đảng bộ đã kết nạp 64 đảng viên, đạt 58% chỉ tiêu cả nhiệm kỳ.\n\nTHU HẰNG\n\nChia sẻ bài viết\n\n"
            "Bạn đọc có thể gửi ý kiến về bài viết này; Báo sẽ xem xét, biên tập trước khi đăng và không đăng những ý kiến "
            "không phù hợp.\nGửi file đính kèm không quá 5MB  Đính kèm File\nQuay lên trên\n")
    rec = extract_text(text)
    assert not any("MB" in f.raw or f.raw.startswith("không quá 5") for f in rec.facts)
    assert rec.authors == ["Thu Hằng"]


def test_a_section_name_in_small_letters_under_the_stamp_is_no_byline() -> None:
    text = ("Thu ngân sách tỉnh Tân Lập 6 tháng giảm 12%\n\n12-07-2023 - 17:18 PM\n\nVĩ mô - Đầu tư\n\n"
            "Ngày 12/7, Ban Chấp hành Đảng bộ tỉnh Tân Lập tổ chức hội nghị lần thứ 14 đánh giá 6 tháng đầu năm 2023, "
            "thu ngân sách đạt 4.100 tỷ đồng, giảm 12% so với cùng kỳ.\n")
    assert extract_text(text).authors == []
    # a byline in capitals under the stamp still reads
    capitals = text.replace("Vĩ mô - Đầu tư", "MINH HẢI")
    assert extract_text(capitals).authors == ["Minh Hải"]


def test_a_follow_box_between_the_title_and_a_byline_under_it_is_chrome() -> None:
    text = ("BÁO TÂN LẬP\n\nHuyện Yên Sơn: Thu ngân sách 6 tháng đạt 52% dự toán\n\nThứ ba: 10:20 ngày 24/06/2025\n\n"
            "Theo dõi Báo Tân Lập trên\ngoogle news\n\nThu Hà\n08/07/2024 09:30\n"
            "Chiều 23.6, UBND huyện Yên Sơn tổ chức hội nghị sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm 2025. "
            "Thu ngân sách đạt 52% dự toán.\n")
    assert extract_text(text).authors == ["Thu Hà"]


# -- places ---------------------------------------------------------------------------------------------------------------

def test_a_unit_of_another_kind_after_the_comma_is_where_the_body_lies_not_a_peer() -> None:
    rec = extract_text("Ngày 14-6-2023, Ban Chấp hành Đảng bộ phường Thuận Giao, TP.Thuận An tổ chức hội nghị sơ kết "
                       "giữa nhiệm kỳ. Thuận An là thành phố công nghiệp; TP.Thuận An có nhiều khu công nghiệp.")
    assert (rec.meeting.locality, rec.meeting.locality_kind) == ("Thuận Giao", "phường")
    assert rec.meeting.province == "Bình Dương"
    # two units of one kind under one word stay peers ("các huyện A, B")
    peers = extract_text("Ngày 5/7/2023, HĐND các huyện Kỳ Sơn, Tương Dương khai mạc kỳ họp. Tương Dương thu ngân sách "
                         "đạt 41 tỷ đồng; Tương Dương có 17 xã.")
    assert peers.meeting.locality == "Tương Dương"


# -- a written report's header and title ------------------------------------------------------------------------------

_HEADER = """ĐẢNG BỘ TỈNH TÂN LẬP                          ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY YÊN SƠN                                ---------------
        *
  Số 118-BC/HU                            Yên Sơn, ngày 15 tháng 12 năm 2022

                                    BÁO CÁO
             kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2022,
                       phương hướng, nhiệm vụ năm 2023
                                      -----

Năm 2022 là năm tiếp tục triển khai Nghị quyết Đại hội Đảng bộ tỉnh và năm thứ hai thực hiện Kế hoạch 5 năm của
huyện. Thu ngân sách trên địa bàn ước
đạt 212,5 tỷ đồng, bằng 118% dự toán tỉnh giao.
"""


def test_a_rule_line_in_the_headers_other_column_is_no_part_of_the_bodys_name() -> None:
    h = parse_official(_HEADER)
    assert h is not None and h.body == "HUYỆN ỦY YÊN SƠN" and h.locality == "Yên Sơn"


def test_a_centred_title_under_the_type_line_is_read_with_its_period() -> None:
    h = parse_official(_HEADER)
    assert h is not None and h.title is not None and h.title.startswith("kết quả lãnh đạo")
    assert (h.year, h.start_month, h.end_month) == (2022, 1, 12)


def test_an_ordinal_after_a_span_noun_numbers_that_span_not_a_session_or_a_congress() -> None:
    rec = extract_text(_HEADER)
    assert rec.meeting.session is None
    assert (rec.period.year, rec.period.start_month, rec.period.end_month) == (2022, 1, 12)
    assert extract_text("Ngày 12/7, Ban Chấp hành Đảng bộ huyện Tân Lập tổ chức hội nghị lần thứ 17, năm thứ hai của "
                        "nhiệm kỳ.").meeting.session == 17


def test_a_month_joined_to_the_running_months_in_a_reports_title_reviews_them() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TÂN LẬP\nSố: 41/BC-UBND\nTân Lập, ngày 02 tháng 4 năm 2020\n\nBÁO CÁO\n"
            "Tình hình kinh tế - xã hội tháng 3 và 3 tháng đầu năm 2020\n\nI. KẾT QUẢ\nThu ngân sách đạt 1.200 tỷ đồng.\n")
    h = parse_official(text)
    assert h is not None and (h.year, h.start_month, h.end_month) == (2020, 1, 3)
    alone = parse_official(text.replace("tháng 3 và 3 tháng đầu năm 2020", "tháng 3 năm 2020"))
    assert alone is not None and (alone.start_month, alone.end_month) == (3, 3)
    other = parse_official(text.replace("3 tháng đầu năm 2020", "quý II năm 2020"))  # not the running months
    assert other is not None and (other.start_month, other.end_month) == (3, 3)


# -- periods ------------------------------------------------------------------------------------------------------------

def test_a_half_after_a_duration_word_is_no_period_reviewed() -> None:
    p = extract_text("Ngày 26/12, UBND huyện Tân Lập tổ chức hội nghị tổng kết năm 2019. Năm 2019, huyện chịu hạn hán "
                     "kéo dài suốt nửa đầu năm; thu ngân sách đạt 96 tỷ đồng.").period
    assert (p.year, p.start_month, p.end_month) == (2019, 1, 12)
    half = extract_text("Ngày 10/7, UBND huyện Tân Lập họp đánh giá kết quả nửa đầu năm 2019; thu ngân sách đạt 56 tỷ "
                        "đồng.").period
    assert (half.start_month, half.end_month) == (1, 6)


def test_a_session_called_for_matters_that_arose_reviews_no_period() -> None:
    p = extract_text("Sáng 5/6/2023, HĐND tỉnh Tân Lập tổ chức kỳ họp giải quyết công việc phát sinh đột xuất. HĐND "
                     "tỉnh quyết định phân bổ 36 tỷ đồng vốn ngân sách Trung ương năm 2023 cho 12 xã.").period
    assert (p.start_month, p.end_month) == (None, None)
    yearly = extract_text("Sáng 5/12/2023, HĐND tỉnh Tân Lập khai mạc kỳ họp thứ 15 đánh giá kết quả năm 2023; thu ngân "
                          "sách đạt 9.400 tỷ đồng.").period
    assert (yearly.year, yearly.start_month, yearly.end_month) == (2023, 1, 12)


# -- people: signers and co-chairs ------------------------------------------------------------------------------------

def test_a_signature_run_together_in_a_table_rows_cell_names_the_signer() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TÂN LẬP\nSố: 41/BC-UBND\nTân Lập, ngày 02 tháng 4 năm 2020\n\nBÁO CÁO\n"
            "Tình hình kinh tế - xã hội quý I năm 2020\n\nI. KẾT QUẢ\nThu ngân sách đạt 1.200 tỷ đồng.\n\n"
            "| Nơi nhận: - Văn phòng Chính phủ; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) "
            "Hồ Văn Lâm |\n\nLịch công tác tuần\n\nTuần 15 (06/4 - 12/4/2020)\n")
    people = {p.name: p.roles for p in extract_text(text).people}
    assert people.get("Hồ Văn Lâm") == ["Phó Chủ tịch"]


def test_a_signature_between_a_copys_cell_marks_names_the_signer() -> None:
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN LẬP\nSố: 21/BC-UBND\nTân Lập, ngày 02 tháng 4 năm 2026\n\nBÁO CÁO\n"
            "Tình hình kinh tế - xã hội quý I năm 2026\n\nI. KẾT QUẢ\nThu ngân sách đạt 12 tỷ đồng.\n|\nNơi nhận:\n"
            "- UBND tỉnh (b/c);\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Thị Mai Anh\n|\n")
    people = {p.name: p.roles for p in extract_text(text).people}
    assert people.get("Đỗ Thị Mai Anh") == ["Phó Chủ tịch"]


def test_a_vice_chair_who_runs_the_sittings_with_the_chair_is_a_chair() -> None:
    rec = extract_text("Chiều 12/12, HĐND tỉnh Tân Lập bế mạc kỳ họp thứ 9. Đồng chí Trần Văn Nam, Chủ tịch HĐND tỉnh "
                       "chủ trì kỳ họp; đồng chí Lê Văn Bình, Phó Chủ tịch HĐND tỉnh cùng điều hành các phiên họp.")
    assert set(rec.meeting.chairs) == {"Trần Văn Nam", "Lê Văn Bình"}
    # running the province's affairs is no chairing
    other = extract_text("Chiều 12/12, HĐND tỉnh Tân Lập bế mạc kỳ họp thứ 9. Đồng chí Trần Văn Nam, Chủ tịch HĐND tỉnh "
                         "chủ trì kỳ họp; đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh cùng điều hành các hoạt động.")
    assert other.meeting.chairs == ["Trần Văn Nam"]
