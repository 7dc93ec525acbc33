"""Round 27 (heldout27c): forms of the genre that the first sight of ex469-ex474 showed unread, each in sentences
written for this test (none copied from the held-out reports): a lead printed above a photo's caption table is put
back under the headline (ingest); "Sau N tháng đầu thực hiện ..." names the first N months, "hơn N tháng đầu năm"
stays a duration; a total named before the verb that raises it ("tổng số ... đã nâng lên N") is the subject; a share
of a set ("N% số xã đã đạt chuẩn ...") names the set on as a count does; a goal's share opening its clause names what
follows it; "đối với" is no cut of the subject; the leaders of a named unit acting are no part of what they count;
the label of a page's font buttons ("Xem với cỡ chữ") is chrome."""

from __future__ import annotations

from soket.extract import extract_text
from soket.ingest.html import html_to_document

LEAD = ("Ngày 12/7, Ban Chấp hành Đảng bộ huyện Tân Biên tổ chức hội nghị lần thứ 21 sơ kết 6 tháng đầu năm "
        "2018.\n\n")


def _page(lead: str, body: str) -> bytes:
    return (
        "<html><head><title>Huyện ủy Tân Biên họp hội nghị lần thứ 21</title>"
        "<meta property='og:title' content='Huyện ủy Tân Biên họp hội nghị lần thứ 21'></head><body>"
        "<div id='menu'><a href='/'>Trang chủ</a> <a href='/kt'>Kinh tế</a></div>"
        "<div class='news'><h1>Huyện ủy Tân Biên họp hội nghị lần thứ 21</h1>"
        f"<div class='sapo'>{lead}</div>"
        "<div class='content'><table class='image'><tr><td><img src='/a.jpg'></td></tr>"
        "<tr><td class='caption'>Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị sơ kết công tác 6 tháng đầu năm</td></tr></table>"
        f"{body}</div></div><div id='footer'>Báo điện tử tỉnh</div></body></html>"
    ).encode()


def test_a_lead_above_a_caption_table_is_put_back() -> None:
    lead = ("Ngày 10/7/2018, Ban Chấp hành Đảng bộ huyện Tân Biên tổ chức hội nghị lần thứ 21 đánh giá kết quả "
            "thực hiện nhiệm vụ 6 tháng đầu năm 2018.")
    body = ("<p>Trong 6 tháng, tổng thu ngân sách trên địa bàn huyện đạt 212 tỷ đồng, bằng 61% dự toán tỉnh giao. "
            "Toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới.</p>"
            "<p>Công tác xây dựng Đảng được chú trọng, kết nạp 96 đảng viên mới trong 6 tháng đầu năm.</p>")
    doc = html_to_document(_page(lead, body))
    assert lead in doc.text
    assert doc.text.index(lead) < doc.text.index("Trong 6 tháng, tổng thu")


def test_the_first_months_after_sau_are_the_period() -> None:
    r = extract_text("Huyện ủy Tân Biên họp hội nghị lần thứ 21\n\nSau 6 tháng đầu thực hiện Nghị quyết Huyện ủy năm "
                     "2018, kinh tế huyện tăng trưởng khá; thu ngân sách đạt 212 tỷ đồng.")
    assert (r.period.year, r.period.start_month, r.period.end_month) == (2018, 1, 6)


def test_more_than_n_first_months_stays_a_duration() -> None:
    r = extract_text("Sáng 14/7/2025, HĐND tỉnh khai mạc kỳ họp thứ 3 đánh giá kết quả 6 tháng đầu năm 2025. "
                     "Chủ tịch HĐND tỉnh điểm lại thành quả của tỉnh trong hơn 7 tháng đầu năm 2025.")
    assert (r.period.start_month, r.period.end_month) == (1, 6)


def test_a_total_named_before_the_verb_that_raises_it() -> None:
    r = extract_text(LEAD + "Xã Thạnh Bình được công nhận đạt chuẩn, tổng số xã đạt chuẩn nông thôn mới của huyện đã "
                            "nâng lên 6/9 xã, chiếm 66,7%.")
    got = {f.raw: f.subject for f in r.facts}
    assert got["6/9 xã"].startswith("tổng số xã đạt chuẩn nông thôn mới")
    assert got["66,7%"].startswith("tổng số xã đạt chuẩn nông thôn mới")


def test_a_share_of_a_set_names_the_set_on() -> None:
    r = extract_text(LEAD + "Chương trình nông thôn mới được quan tâm; đến nay 40% số xã đã đạt chuẩn nông thôn mới.")
    (f,) = [f for f in r.facts if f.raw == "40%"]
    assert "đạt chuẩn nông thôn mới" in f.subject


def test_a_goal_share_opening_its_clause_names_what_follows() -> None:
    r = extract_text(LEAD + "Năm 2019, xã phấn đấu giữ vững danh hiệu xã văn hóa, 100% ấp được công nhận ấp văn "
                            "hóa, tỷ lệ hộ nghèo giảm còn dưới 2%.")
    (f,) = [f for f in r.facts if f.raw == "100%"]
    assert f.role == "target"
    assert f.subject.startswith("ấp được công nhận")


def test_doi_voi_is_no_cut_of_the_subject() -> None:
    r = extract_text(LEAD + "Mức độ hài lòng của doanh nghiệp đối với cải cách hành chính của huyện đạt 95%.")
    (f,) = [f for f in r.facts if f.raw == "95%"]
    assert f.subject.lower().startswith("mức độ hài lòng")


def test_leaders_of_a_named_unit_acting_are_no_part_of_the_count() -> None:
    r = extract_text(LEAD + "Dịp này, lãnh đạo huyện Tân Biên trao giấy khen cho 14 tập thể có thành tích xuất sắc.")
    (f,) = [f for f in r.facts if f.raw == "14 tập thể"]
    assert "Tân Biên" not in f.subject
    assert "trao giấy khen" in f.subject


def test_a_byline_under_the_font_buttons_label_is_read() -> None:
    r = extract_text("Huyện Tân Biên: thu ngân sách 6 tháng đạt 61% dự toán\n\nXem với cỡ chữ\n\nThu Hằng\n\n"
                     "Sáng 12/7, HĐND huyện Tân Biên khai mạc kỳ họp thứ 6 đánh giá tình hình 6 tháng đầu năm 2018, "
                     "tổng thu ngân sách đạt 212 tỷ đồng, bằng 61% dự toán tỉnh giao.")
    assert r.authors == ["Thu Hằng"]
