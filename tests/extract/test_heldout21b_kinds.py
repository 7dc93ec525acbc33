"""Kinds found on held-out reports ex341-ex350 (issue 10): a rate after a count whose phrase lists on past a comma,
a norm after a per-unit average, a plan's time to come, chairs of a bridge point, a social post's reaction bar.
Sentences written for these tests."""

from __future__ import annotations

from soket.extract import extract_text
from soket.ingest.chrome import find_chrome

# --- a rate standing alone after a count's phrase listed on past a comma ----------------------------------


def test_a_rate_after_a_count_whose_phrase_lists_on_is_the_counts():
    text = "Năm 2024, huyện đón hơn 450 nghìn lượt khách đến tham quan, mua sắm, tăng 18,2% so với cùng kỳ."
    facts = extract_text(text).facts
    assert [f.role for f in facts] == ["amount", "change_pct"]
    assert facts[1].subject == facts[0].subject


def test_a_measure_named_before_its_own_rate_keeps_its_name():
    text = "Thu ngân sách trên địa bàn đạt 212 tỷ đồng, thương mại dịch vụ tăng 9,6% so với cùng kỳ."
    facts = extract_text(text).facts
    assert facts[1].subject == "thương mại dịch vụ"


# --- an average read by a norm -------------------------------------------------------------------------------


def test_the_norm_an_average_is_read_by_is_no_part_of_its_subject():
    text = "Toàn huyện đạt 176 tiêu chí, bình quân 16 tiêu chí/xã theo bộ tiêu chí giai đoạn 2021 - 2025."
    facts = extract_text(text).facts
    assert "theo" not in (facts[1].subject or "")


# --- a plan's time to come -------------------------------------------------------------------------------------


def test_a_plan_for_a_time_to_come_states_a_goal():
    text = "Xây dựng nông thôn mới được đẩy mạnh; theo kế hoạch, đến cuối năm 2026 sẽ có 8/10 xã đạt chuẩn."
    facts = extract_text(text).facts
    assert [(f.role, f.value, f.of) for f in facts] == [("target", 8, 10)]


# --- chairs of a bridge point ------------------------------------------------------------------------------------


def test_who_chairs_a_bridge_point_does_not_chair_the_meeting():
    rec = extract_text("Ngày 29/9, UBND tỉnh họp phiên thường kỳ tháng 9 trực tuyến với các xã, phường. "
                       "Tại điểm cầu xã Tân Hòa, đồng chí Phạm Văn Lộc, Chủ tịch UBND xã chủ trì.")
    assert rec.meeting.chairs == []
    assert [p.name for p in rec.people] == ["Phạm Văn Lộc"]


def test_the_chair_of_the_meeting_itself_still_chairs():
    rec = extract_text("Ngày 29/9, đồng chí Nguyễn Văn Hải, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 9. "
                       "Tại điểm cầu xã Tân Hòa, đồng chí Phạm Văn Lộc, Chủ tịch UBND xã chủ trì.")
    assert rec.meeting.chairs == ["Nguyễn Văn Hải"]


# --- a social post's reaction bar ----------------------------------------------------------------------------------


def test_a_reaction_bar_under_a_post_is_chrome():
    page = ("Tổng thu ngân sách trên địa bàn đạt 95 tỷ đồng, bằng 80% dự toán.\n"
            "#xa #ngansach\n👍 126 · 💬 7 bình luận · ↪ 12 lượt chia sẻ\n")
    spans = [page[s:e] for s, e in find_chrome(page)]
    assert "7 bình luận" in " ".join(spans) and "12 lượt chia sẻ" in " ".join(spans)
    assert not any("95 tỷ" in s for s in spans)


# --- a page's head: a long menu line, a sapo above the date line, a long headline ---------------------------------

_HEAD = "\n\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ", "Tiếng Việt | English", "Tin tức - Sự kiện > Chính trị", "Văn bản mới",
                      "Thống kê truy cập: Hôm nay 57 | Tổng 96.211", "Hỏi đáp", "Lịch công tác", "Liên hệ"] * 5)


def test_a_long_menu_line_does_not_end_a_pages_head():
    from soket.extract.dates import publication_date

    text = (_HEAD + "\n\nBÁO TỈNH\nThời sự | Chính trị | Xây dựng Đảng | Kinh tế | Xã hội | Quốc phòng - An ninh | "
            "Văn hóa | Thể thao | Du lịch\n\nHuyện ủy sơ kết 6 tháng\n\n12/07/2024 15:20\n\nHuyện ủy vừa tổ chức hội nghị "
            "Ban Chấp hành Đảng bộ huyện sơ kết công tác 6 tháng đầu năm 2024, bàn nhiệm vụ 6 tháng cuối năm.")
    pub = publication_date(text)
    assert pub is not None and (pub.year, pub.month, pub.day) == (2024, 7, 12)


def test_a_sapo_may_stand_above_the_source_and_the_date():
    from soket.extract.dates import publication_date

    text = (_HEAD + "\n\nXã Tân Lập: thu ngân sách 9 tháng đạt 75% kế hoạch\n\nQuý III, dù còn khó khăn do sắp xếp "
            "đơn vị hành chính, kinh tế - xã hội của xã Tân Lập vẫn phát triển ổn định, đạt nhiều kết quả.\n\n"
            "Báo Tỉnh 20/09/2025\n\nĐảng ủy xã Tân Lập vừa tổ chức hội nghị đánh giá kết quả 9 tháng đầu năm 2025, "
            "bàn phương hướng, nhiệm vụ những tháng cuối năm.")
    pub = publication_date(text)
    assert pub is not None and (pub.year, pub.month, pub.day) == (2025, 9, 20)


def test_a_byline_with_its_date_under_a_long_headline_below_a_long_head():
    import sys

    from _paths import ROOT

    sys.path.insert(0, str(ROOT / "bench"))
    import page_parity

    report = ("BÁO TỈNH\nThời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Video\nThời sự\n\n"
              "Phó Chủ tịch HĐND tỉnh dự kỳ họp thứ hai, HĐND xã Tân Lập khóa I, nhiệm kỳ 2021 - 2026, xem xét "
              "kết quả 6 tháng\n\nMinh Khôi 09/08/2025 10:15\n\nSáng 8/8, HĐND xã Tân Lập khóa I, nhiệm kỳ "
              "2021 - 2026 khai mạc kỳ họp thứ hai, đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025.")
    assert extract_text(report).authors == ["Minh Khôi"]
    assert extract_text(page_parity.with_head(report, 40, "2025-08-08")).authors == ["Minh Khôi"]


# --- a portal's page copied as text, one line a block, no blank lines ------------------------------------------


def test_a_sidebars_news_list_ends_at_the_lead_of_a_copy_with_no_blank_lines():
    page = ("Tin mới cập nhật\nXã ra quân tổng vệ sinh môi trường\nHội nghị tổng kết công tác dân vận\n"
            "Khai mạc kỳ họp thứ 4 HĐND huyện Tân Phước\nCập nhật lúc: 20/12/2017 15:10\n"
            "Sáng 20/12, HĐND huyện Tân Phước khai mạc kỳ họp thứ 4 đánh giá tình hình thực hiện nhiệm vụ phát triển "
            "kinh tế - xã hội năm 2017.\n")
    spans = [page[s:e] for s, e in find_chrome(page)]
    assert not any("Sáng 20/12" in s for s in spans)
    assert extract_text(page).meeting.date == "2017-12-20"


def test_a_congress_is_placed_by_its_lead_not_by_the_sites_masthead():
    text = ("ĐẢNG BỘ - CHÍNH QUYỀN XÃ IA HRÚ\nTỈNH GIA LAI\nTrang chủ | Tin tức | Văn bản | Hỏi đáp\n"
            "LIÊN KẾT WEBSITE\nCổng TTĐT tỉnh Gia Lai\n12/08/2025 09:20\n"
            "Chiều 11/8, Đảng bộ xã Ia Hrú tổ chức phiên chính thức Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ "
            "2025 - 2030, với 110 đại biểu chính thức dự.\n")
    m = extract_text(text).meeting
    assert (m.locality, m.locality_kind, m.province) == ("Ia Hrú", "xã", "Gia Lai")
