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


# -- a news site's charity box under the article: other people's appeals, no report's figure --------------------

_CHARITY_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Long An: 15/16 chỉ tiêu năm 2018 đạt và vượt kế hoạch | Báo Nhanh</title>
<meta name="author" content="Báo điện tử Nhanh" /></head><body>
<div class="header">BÁO ĐIỆN TỬ NHANH</div>
<div id="content"><div class="detail">
<h1>Long An: 15/16 chỉ tiêu năm 2018 đạt và vượt kế hoạch</h1>
<h2 class="sapo">(Nhanh) - Sáng 6/12, HĐND tỉnh Long An khóa IX khai mạc kỳ họp thứ 8, nghe báo cáo tình hình kinh tế -
xã hội năm 2018.</h2>
<div class="detail-content">
<p>Ông Trần Văn Cần, Chủ tịch UBND tỉnh, cho biết tổng sản phẩm trên địa bàn năm 2018 ước tăng 10,1% so với năm 2017;
thu ngân sách nhà nước trên địa bàn ước đạt 12.350 tỷ đồng, bằng 112% dự toán.</p>
<p>Kim ngạch xuất khẩu ước đạt 5,1 tỷ USD, tăng 14%; tỷ lệ hộ nghèo giảm còn 1,8%. Kỳ họp diễn ra trong 3 ngày, xem
xét 22 tờ trình và dự thảo nghị quyết.</p>
<p>Năm 2019, tỉnh phấn đấu tăng trưởng kinh tế đạt 10% trở lên, thu nhập bình quân đầu người đạt 68 triệu đồng.</p>
<p style="text-align: right;"><strong>Ngọc Trân</strong></p>
</div>
<div class="box-charity"><h3>Tấm lòng nhân ái</h3>
<p>Bạn đọc giúp đỡ gia đình anh Nguyễn Văn Tư 64.200.000 đồng</p>
<p>Mã số 3107: Em bé 6 tuổi cần 150 triệu đồng điều trị bệnh</p></div>
<div class="box-relate"><h3>Tin liên quan</h3><ul><li><a href="#">Long An: 9 tháng thu ngân sách đạt 80% dự toán</a></li></ul></div>
</div></div>
<div id="footer"><p>Báo điện tử Nhanh. Giấy phép số 123/GP-BTTTT.</p></div>
</body></html>"""


def test_a_charity_box_under_the_article_is_chrome_and_the_byline_above_it_signs() -> None:
    rec = extract_document(load_bytes(_CHARITY_PAGE.encode(), name="trang.html"))
    raws = {f.raw for f in rec.facts}
    assert {"12.350 tỷ đồng", "5,1 tỷ USD"} <= raws
    assert not raws & {"64.200.000 đồng", "150 triệu đồng"}
    assert rec.authors == ["Ngọc Trân"]


def test_authors_joined_by_semicolons_are_read_one_by_one_the_publisher_left_out() -> None:
    """The page's article extractor joins the authors it finds: the declared publisher, then the article's byline."""
    from soket.extract.people import declared_byline_names

    assert declared_byline_names("Báo điện tử Nhanh; Ngọc Trân") == ["Ngọc Trân"]
    assert declared_byline_names("Thu Hà; Minh An") == ["Thu Hà", "Minh An"]
    assert declared_byline_names("Báo Gia Lai; Ban Biên tập") == []


# -- a written report whose recipients' list and signature are laid side by side --------------------------------

_TWO_COLUMNS = """ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN HÒA                                  Độc lập - Tự do - Hạnh phúc
Số: 112/BC-UBND                             Tân Hòa, ngày 20 tháng 6 năm 2019

BÁO CÁO
Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2019

Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 38,2 tỷ đồng, bằng 55% dự toán năm. Toàn huyện giải quyết việc làm
cho 1.420 lao động, đạt 51% kế hoạch năm.

Nơi nhận:                                              TM. ỦY BAN NHÂN DÂN
- UBND tỉnh (b/c);                                        KT. CHỦ TỊCH
- TT Huyện ủy, TT HĐND huyện;                             PHÓ CHỦ TỊCH
- Các phòng, ban ngành huyện;                               (Đã ký)
- Lưu: VT.
\t\t\t\t\t\t\tTrần Minh Khôi
"""


def test_the_signer_is_read_in_the_right_column_beside_the_recipients_list() -> None:
    rec = extract_document(load_bytes(_TWO_COLUMNS.encode(), name="baocao.txt"))
    assert [(p.name, p.roles) for p in rec.people if p.name == "Trần Minh Khôi"] == [("Trần Minh Khôi", ["Phó Chủ tịch"])]
    assert rec.authors == []  # the signer is no author


def test_a_dotted_committee_membership_is_a_title() -> None:
    from soket.extract import extract_text

    rec = extract_text("Sáng 2/2, UBND phường Tân Hòa họp phiên thường kỳ tháng 1. Tham dự có đồng chí Phan Thị Thu Cúc – "
                       "UV.BTV Đảng ủy, Phó Chủ tịch HĐND phường.")
    assert [(p.name, p.roles) for p in rec.people] == [("Phan Thị Thu Cúc", ["UV.BTV Đảng ủy", "Phó Chủ tịch HĐND phường"])]
