"""Meeting metadata missed on held-out reports (round 29, meta28): one rule a test, with sentences of the
genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_document, extract_text
from soket.extract.people import declared_byline_names
from soket.ingest import load_text


def _record(text: str, **meta: str):
    doc = load_text(text, doc="t")
    doc.meta.update(meta)
    return extract_document(doc)


def test_a_quarters_roman_numeral_is_no_witness_of_a_province():
    # "Hòa An" is a commune of three provinces; "quý I" is a number, not the ward "phường I" of Hậu Giang
    text = "Sáng 6/4/2026, UBND xã Hòa An tổ chức hội nghị sơ kết công tác quý I năm 2026. Thu ngân sách đạt 3 tỷ đồng."
    m = extract_text(text).meeting
    assert (m.locality, m.locality_kind, m.province) == ("Hòa An", "xã", None)


def test_the_portal_of_the_unit_itself_settles_its_province():
    # another commune the text names (Na Hang, Tuyên Quang) points to another Hòa An; the commune's own portal wins
    text = ("Chiều 12/3/2026, UBND xã Hòa An họp đánh giá tình hình tháng 2 năm 2026. Đoàn công tác xã Na Hang đến "
            "học tập kinh nghiệm. Thu ngân sách đạt 2 tỷ đồng.")
    assert extract_text(text).meeting.province == "Tuyên Quang"
    for host in ("hoaan.caobang.gov.vn", "xahoaan.caobang.gov.vn"):
        m = _record(text, host=host).meeting
        assert (m.locality, m.province) == ("Hòa An", "Cao Bằng")


def test_a_monthly_meetings_later_quarter_is_planned():
    text = ("UBND xã Tân Lợi họp thường kỳ tháng 01 năm 2026\n\n"
            "Sáng 4/2, UBND xã Tân Lợi họp đánh giá kết quả thực hiện nhiệm vụ tháng 1, triển khai nhiệm vụ tháng 2 "
            "năm 2026. Hội nghị thông qua Chương trình hành động quý I năm 2026 của xã.")
    p = extract_text(text).period
    assert (p.year, p.start_month, p.end_month) == (2026, 1, 1)
    # the quarter that ends with the meeting's month is still reviewed with it
    text3 = ("UBND xã Tân Lợi họp thường kỳ tháng 3 năm 2026\n\n"
             "Sáng 2/4, UBND xã Tân Lợi họp đánh giá kết quả thực hiện nhiệm vụ tháng 3. Trong quý I năm 2026, thu "
             "ngân sách đạt 5 tỷ đồng.")
    p3 = extract_text(text3).period
    assert (p3.year, p3.end_month) == (2026, 3)


def test_a_share_of_a_years_plan_dates_a_review_written_without_its_year():
    text = ("Chiều 8/10, Huyện ủy Đức Cơ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12. 9 tháng qua, huyện "
            "đạt nhiều kết quả. Sản xuất nông nghiệp ổn định. Thu ngân sách tăng 8% so với năm 2022. Du lịch khởi sắc "
            "với 200.000 lượt khách. Giải ngân vốn đầu tư công đạt 70%. Toàn Đảng bộ kết nạp 95 đảng viên, đạt 105% "
            "chỉ tiêu năm 2023.")
    r = extract_text(text)
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2023, 1, 9)
    assert r.meeting.date == "2023-10-08"
    # a "cùng kỳ" year still rules where the text names one
    text2 = "Ngày 3/7, UBND huyện Ia Grai họp sơ kết 6 tháng đầu năm. Thu ngân sách tăng 7% so với cùng kỳ năm 2020."
    assert extract_text(text2).period.year == 2021


def test_a_term_closing_session_is_held_in_the_terms_last_year():
    text = ("HĐND thị xã Ba Đồn khóa II ngày 22.4 đã tổ chức kỳ họp thứ 15 để tổng kết nhiệm kỳ 2016 – 2021. "
            "Trong nhiệm kỳ, HĐND ban hành 98 nghị quyết.")
    r = extract_text(text)
    assert r.meeting.date == "2021-04-22"
    assert r.period.start_month is None


def test_a_guest_list_before_the_chairing_verb_names_one_chair():
    text = ("Sáng 15/1, UBND phường Mỹ Phước tổ chức hội nghị tổng kết công tác năm 2025. Tham dự có đồng chí Lê Văn "
            "Định – Bí thư Đảng ủy phường, đồng chí Trần Quốc Bảo – Chủ tịch UBND phường chủ trì hội nghị.")
    assert extract_text(text).meeting.chairs == ["Trần Quốc Bảo"]
    # with a co-chairing word the list chairs together
    text2 = text.replace("chủ trì hội nghị", "đồng chủ trì hội nghị")
    assert extract_text(text2).meeting.chairs == ["Lê Văn Định", "Trần Quốc Bảo"]
    # names joined by "và" right before the verb are its subject together
    text3 = text.replace("đồng chí Trần Quốc Bảo – Chủ tịch UBND phường", "đồng chí Trần Quốc Bảo – Chủ tịch UBND phường "
                         "và đồng chí Võ Thị Lan – Phó Chủ tịch UBND phường")
    assert extract_text(text3).meeting.chairs == ["Trần Quốc Bảo", "Võ Thị Lan"]


def test_initials_in_the_pages_byline_field_are_the_author():
    assert declared_byline_names("NTH") == ["NTH"]
    assert declared_byline_names("Minh Hà") == ["Minh Hà"]
    for role_or_paper in ("PV", "CTV", "TTXVN"):
        assert declared_byline_names(role_or_paper) == []
    text = "Sáng 6/4, Huyện ủy Thủy Nguyên tổ chức hội nghị sơ kết quý I năm 2021. Thu ngân sách đạt 90 tỷ đồng."
    assert _record(text, byline="NTH").authors == ["NTH"]


def test_the_standing_members_chairing_a_committees_conference_are_not_the_body_that_met():
    text = ("Đảng ủy xã Cư Bao tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ 9 tháng năm 2025.\n\n"
            "Thường trực Đảng ủy xã chủ trì hội nghị.\n\nThu ngân sách đạt 3 tỷ đồng.")
    assert extract_text(text).meeting.body_kind == "executive_committee"
    # the standing committee named holding the meeting in the lead still is the body that met
    text2 = ("Đảng ủy xã Cư Bao tổ chức hội nghị giao ban quý III\n\n"
             "Ban Thường vụ Đảng ủy xã Cư Bao tổ chức hội nghị giao ban quý III năm 2025. Thu ngân sách đạt 3 tỷ đồng.")
    assert extract_text(text2).meeting.body_kind == "standing_committee"
