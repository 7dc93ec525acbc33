"""Meeting metadata, people and authors missed on held-out reports (round 36, meta36): one rule a test, with sentences
and page pieces of the genre written for these tests (never copied from the reports)."""

from __future__ import annotations

import pytest

from soket.extract import extract_document
from soket.extract.people import _page_control, _recipients_head
from soket.ingest import load_bytes


def _record(text: str, name: str = "bai.txt"):  # type: ignore[no-untyped-def]
    return extract_document(load_bytes(text.encode("utf-8"), name=name))


# -- the locality: a body before its city's glued short name outranks a province named by its unit word -------------

_BODY = ("\n\nTổng thu ngân sách trên địa bàn 9 tháng ước đạt 412 nghìn tỷ đồng, bằng 78,6% dự toán, tăng 12,1% so với "
         "cùng kỳ.\n\nKim ngạch xuất khẩu ước đạt 98,2 tỷ USD, tăng 9,4%.\n")


@pytest.mark.parametrize("lead", [
    "Sáng 15-10, HĐND TPHCM khóa X tổ chức kỳ họp thứ 6 - kỳ họp đầu tiên kể từ khi thành phố hợp nhất với tỉnh "
    "Bình Dương và tỉnh Bà Rịa - Vũng Tàu.",
    "Chiều 3-11, UBND TPHCM tổ chức phiên họp thường kỳ tháng 10, có lãnh đạo các phường thuộc tỉnh Bình Dương cũ "
    "tham dự.",
    "Sáng 20-12, Thành ủy TPHCM tổ chức hội nghị lần thứ 3, lần đầu có đại biểu của khu vực tỉnh Bà Rịa - Vũng Tàu "
    "trước đây.",
])
def test_a_body_before_its_citys_short_name_is_the_meetings_own(lead: str) -> None:
    """"HĐND TPHCM ... kể từ khi thành phố hợp nhất với tỉnh Bình Dương": the body's own phrase names its place by the
    city's glued short name (no unit word before it); a province the lead names with its unit word (merged into the
    city, or where some guests come from) is no body's."""
    m = _record(lead + _BODY).meeting
    assert (m.locality, m.locality_kind) == ("Hồ Chí Minh", "thành phố")


def test_a_body_with_its_unit_word_still_wins_over_a_city_named_alone() -> None:
    """Near miss: "HĐND tỉnh Tây Ninh ... học tập TPHCM" — the body's phrase names the province; the city, named with
    no body before it, is no candidate."""
    lead = "Sáng 8-10, HĐND tỉnh Tây Ninh tổ chức kỳ họp thứ 5, học tập kinh nghiệm của TPHCM về giải ngân vốn."
    m = _record(lead + _BODY).meeting
    assert (m.locality, m.locality_kind) == ("Tây Ninh", "tỉnh")


def test_a_body_with_a_province_and_the_city_after_it_keeps_the_first_body() -> None:
    """Near miss: two bodies named, the one first in the lead is the meeting's ("UBND tỉnh Đồng Nai làm việc với UBND
    TPHCM")."""
    lead = "Sáng 9-10, UBND tỉnh Đồng Nai tổ chức phiên họp thường kỳ tháng 9, làm việc với đoàn của UBND TPHCM."
    m = _record(lead + _BODY).meeting
    assert (m.locality, m.locality_kind) == ("Đồng Nai", "tỉnh")


# -- authors: a social post's byline above its tags and its reaction bar -------------------------------------------

_POST = """Đảng ủy xã Tân An
12 tháng 12 lúc 09:20 · 🌐

HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ TÂN AN LẦN THỨ 4

Sáng ngày 11/12/2025, Ban Chấp hành Đảng bộ xã Tân An tổ chức Hội nghị lần thứ 4 tổng kết công tác năm 2025. Đồng chí Lê Văn Hòa - Bí thư Đảng ủy xã chủ trì hội nghị.

- Thu ngân sách trên địa bàn đạt 14,2 tỷ đồng, bằng 108% dự toán.
- Giải quyết việc làm cho 320 lao động.

{byline}

#DangUyXaTanAn #TongKet2025

{bar}
Thích · Bình luận · Chia sẻ
"""


@pytest.mark.parametrize("bar", ["👍❤️ 126 · 8 bình luận · 14 lượt chia sẻ", "👍 58 · 4 bình luận", "❤️ 9 · 2 lượt chia sẻ"])
def test_a_posts_byline_above_its_reaction_bar(bar: str) -> None:
    """"Tin: Thu Hà - Ảnh: Minh Đức" over the post's tags and a bar of counters after icons ("👍 126 · 8 bình luận ·
    14 lượt chia sẻ"): the bar is the page's counters, the byline above it signs the post."""
    rec = _record(_POST.format(byline="Tin: Thu Hà - Ảnh: Minh Đức", bar=bar))
    assert rec.authors == ["Thu Hà"]


@pytest.mark.parametrize("line", ["👍❤️ 126 · 8 bình luận · 14 lượt chia sẻ", "💬 3 bình luận", "👁 1.024 lượt xem"])
def test_a_line_of_counters_after_icons_is_a_page_control(line: str) -> None:
    assert _page_control(line)


@pytest.mark.parametrize("line", ["Lê Văn Hòa", "Hoài An – Minh Đức", "THU HÀ 12", "Minh Đức (12)"])
def test_a_name_beside_a_counter_is_no_page_control(line: str) -> None:
    """Near miss: a byline, a figure beside it or not, keeps its letters once counters are taken out: no counter."""
    assert not _page_control(line)


# -- a notice's signer above its recipients' list: no author -------------------------------------------------------

_NOTICE = """TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH
Trang chủ | Giới thiệu | Tin tức | Văn bản chỉ đạo | Liên hệ

THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Huyện ủy về tình hình kinh tế - xã hội 9 tháng năm 2025

Ngày 10/10/2025, Ban Thường vụ Huyện ủy đã họp nghe báo cáo tình hình kinh tế - xã hội 9 tháng năm 2025. Đồng chí Vũ Minh Tâm, Bí thư Huyện ủy chủ trì hội nghị. Ban Thường vụ Huyện ủy kết luận như sau:

Thu ngân sách trên địa bàn 9 tháng đạt 215 tỷ đồng, bằng 81% dự toán. Toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới.

Ban Thường vụ Huyện ủy thông báo để các cấp ủy, tổ chức đảng biết, thực hiện.

                                        T/M BAN THƯỜNG VỤ
                                        PHÓ BÍ THƯ
                                        (Đã ký)
                                        Đỗ Thanh Bình

Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Các đồng chí Huyện ủy viên,
- Lưu Văn phòng Huyện ủy.
"""


def test_a_notices_signer_above_its_recipients_is_no_author() -> None:
    """"T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / (Đã ký) / Đỗ Thanh Bình" over "Nơi nhận:" and its list: the notice's
    signer, a person with the title signed under, never a byline."""
    rec = _record(_NOTICE)
    assert rec.authors == []
    assert any(p.name == "Đỗ Thanh Bình" and "Phó Bí thư" in p.roles for p in rec.people)


def test_a_byline_above_no_recipients_still_signs() -> None:
    """Near miss: a report closed by its byline, no signature block above it: the byline is the author."""
    text = _NOTICE.split("                                        T/M")[0] + "Minh Khoa\n"
    assert _record(text).authors == ["Minh Khoa"]


@pytest.mark.parametrize("line, head", [("Nơi nhận:", True), ("NƠI NHẬN", True),
                                        ("Nơi nhận hồ sơ: Bộ phận một cửa xã", False)])
def test_the_recipients_cue_alone_heads_their_list(line: str, head: bool) -> None:
    assert _recipients_head(line) is head


# -- a former unit ("tỉnh Bình Dương cũ") names no body's place -----------------------------------------------------

@pytest.mark.parametrize("lead", [
    "Chiều 3-11-2025, HĐND thành phố tổ chức kỳ họp thứ 5, lần đầu có đại biểu các phường thuộc tỉnh Bình Dương cũ.",
    "Sáng 12-11-2025, UBND tỉnh tổ chức phiên họp thường kỳ tháng 10 tại trụ sở huyện Quế Sơn trước đây.",
    "Sáng 5-12-2025, Thành ủy tổ chức hội nghị lần thứ 2, mời lãnh đạo các xã thuộc huyện Hoài Đức (cũ) dự.",
])
def test_a_former_unit_is_no_bodys_place(lead: str) -> None:
    """"... các phường thuộc tỉnh Bình Dương cũ": a unit marked former (merged since) is where guests or a room come
    from, not the body meeting; with no other place named the locality stays unknown rather than wrong."""
    m = _record(lead + _BODY).meeting
    assert m.locality not in ("Bình Dương", "Quế Sơn", "Hoài Đức")


@pytest.mark.parametrize("lead, place", [
    ("Sáng 12-12-2025, HĐND xã Yên Minh (Hà Giang cũ) tổ chức kỳ họp thứ 3.", "Yên Minh"),
    ("Sáng 12-12-2025, HĐND xã Tân Phú tổ chức kỳ họp thứ 3, lần đầu sau khi sáp nhập xã Tân Hòa cũ.", "Tân Phú"),
])
def test_a_former_province_in_brackets_marks_the_province_not_the_unit(lead: str, place: str) -> None:
    """Near miss: "xã Yên Minh (Hà Giang cũ)": the mark follows the province in brackets, the unit is the body's own;
    a former unit named later in the lead leaves the body's unit first."""
    assert _record(lead + _BODY).meeting.locality == place
