"""Meeting metadata, people, authors and page chrome missed on held-out reports (round 33, meta33): one rule a test,
with sentences and page pieces of the genre written for these tests."""

from __future__ import annotations

from soket.extract import extract_document
from soket.ingest import load_bytes

# -- a printed newspaper's issue copied as text: masthead, contents box, other stories between the jump lines -------

_RULE = "-" * 56
_PRINTED = f"""BÁO ĐỒNG NAM
CƠ QUAN CỦA ĐẢNG BỘ TỈNH ĐỒNG NAM
Số 8.214 - Năm thứ 52        THỨ NĂM 11-12-2025        Giá: 4.500 đồng

NỘI DUNG CHÍNH
Trang 3: 64 xã ra quân làm đường giao thông nông thôn
Trang 6: Lễ hội hoa thu hút hơn 25.000 lượt khách
{_RULE}
HỘI NGHỊ LẦN THỨ HAI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XV

TỈNH HOÀN THÀNH 20/22 CHỈ TIÊU NĂM 2025

Sáng 10-12, Ban Chấp hành Đảng bộ tỉnh khóa XV họp Hội nghị lần thứ hai, cho ý kiến vào các báo cáo trình kỳ họp
cuối năm của HĐND tỉnh. Bí thư Tỉnh ủy Trần Văn Bình chủ trì hội nghị.

Báo cáo tại hội nghị cho biết, tổng sản phẩm trên địa bàn năm 2025 ước tăng 8,2%; tổng thu ngân sách nhà nước ước
đạt 21.400 tỷ đồng, bằng 118% dự toán.

(Xem tiếp trang 2)
{_RULE}
TIN NGẮN
* Huyện Long Sơn trao 420 suất quà cho hộ nghèo đón Tết.
* Ngày 12-12, tỉnh khai mạc hội chợ nông sản với 180 gian hàng.
{"=" * 56}
2   THỜI SỰ          BÁO ĐỒNG NAM   THỨ NĂM 11-12-2025
{"=" * 56}
TỈNH HOÀN THÀNH 20/22 CHỈ TIÊU NĂM 2025
(Tiếp theo trang 1)

Kim ngạch xuất khẩu ước đạt 4,6 tỷ USD, tăng 9,5%; toàn tỉnh có thêm 2.800 doanh nghiệp thành lập mới. Hội nghị thống
nhất mục tiêu tăng trưởng năm 2026 từ 10% trở lên.

MINH TÂM - HỒNG VÂN

{_RULE}
Tổng Biên tập: LÊ VĂN AN
Tòa soạn: 15 Nguyễn Trãi, Đồng Nam
Điện thoại: 0251.382.1234
"""


def test_a_printed_issues_masthead_and_the_stories_between_its_jump_lines_are_chrome() -> None:
    rec = extract_document(load_bytes(_PRINTED.encode(), name="bao_in.txt"))
    raws = {f.raw for f in rec.facts}
    assert {"8,2%", "21.400 tỷ đồng", "4,6 tỷ USD", "2.800 doanh nghiệp"} <= raws
    # the price, the contents box's teasers and the short news beside the story are no facts of the report
    assert not raws & {"4.500 đồng", "64 xã", "25.000 lượt khách", "420 suất quà", "180 gian hàng"}
    # the masthead's "Cơ quan của Đảng bộ", the teaser's and the body's "kỳ họp" leave the conference a party's
    assert rec.meeting.body_kind == "executive_committee"


def test_a_byline_above_a_rule_line_is_the_articles() -> None:
    """The byline stands over the rule that opens the page's footer panel: the rule is no line of text."""
    rec = extract_document(load_bytes(_PRINTED.encode(), name="bao_in.txt"))
    assert rec.authors == ["Minh Tâm", "Hồng Vân"]
