"""Issue 10: the forms in which sites print their byline, as a table. Each case is a page's text (header lines,
a few sentences of a report, the credit line, the chrome after it) written for this test with invented names, and
the authors a careful reader takes from it (/work/shared/eval/GUIDELINES.md: the byline, names in title case,
photo credits no authors). The forms are those of the first-sight misses (``bench/first_sight.json``) and of
some forty sites surveyed (Party newspapers, provincial, district and commune portals, television stations);
the negative cases name people or units in places that are no byline and must give no author."""

from __future__ import annotations

import pytest

from soket.extract import extract_document, extract_text
from soket.ingest.html import html_to_document

TITLE = "Huyện Tân Lập sơ kết nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm"
LEAD = ("Ngày 8/7, Ban Chấp hành Đảng bộ huyện Tân Lập tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng "
        "đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.")
BODY = ("6 tháng đầu năm, tổng giá trị sản xuất của huyện ước đạt 4.250 tỷ đồng, tăng 7,6% so với cùng kỳ. "
        "Thu ngân sách nhà nước trên địa bàn đạt 96 tỷ đồng, bằng 61% dự toán năm.\n"
        "Hội nghị thống nhất tập trung chỉ đạo sản xuất vụ Mùa, đẩy nhanh giải phóng mặt bằng các dự án trọng điểm.")
PROSE_END = "Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các ngành bám sát kế hoạch, hoàn thành các chỉ tiêu năm."


def page(credit: str = "", after: str = "", head: str = "", top: str = "") -> str:
    """A report's text: its head (masthead, date stamp), the title, a byline under it, the lead and body, the
    last sentence, then the credit line and the chrome after it."""
    parts = [head, TITLE, top, LEAD, BODY, PROSE_END, credit, after]
    return "\n".join(p for p in parts if p)


#: (form, where, text, authors)
END = [
    ("a name alone", "end", page("Ngọc Hân", "Các tin khác"), ["Ngọc Hân"]),
    ("a name in capitals", "end", page("XUÂN THÀNH", "Thông tin bạn đọc"), ["Xuân Thành"]),
    ("a full name", "end", page("Lê Thị Thu Hà"), ["Lê Thị Thu Hà"]),
    ("initials and a syllable", "end", page("T.VŨ", "Các tin khác"), ["T.Vũ"]),
    ("initials spaced", "end", page("N.T. Hà"), ["N.T. Hà"]),
    ("CTV before the name", "end", page("CTV Minh Thư"), ["Minh Thư"]),
    ("PV before the name", "end", page("PV Hoàng Lan"), ["Hoàng Lan"]),
    ("BTV before the name", "end", page("BTV Hải Yến"), ["Hải Yến"]),
    ("Tin: PV name", "end", page("Tin: PV Hoàng Lan"), ["Hoàng Lan"]),
    ("Tin, ảnh: in capitals", "end", page("Tin, ảnh: MINH TRIẾT"), ["Minh Triết"]),
    ("Bài và ảnh:", "end", page("Bài và ảnh: Thu Hà"), ["Thu Hà"]),
    ("Thực hiện:", "end", page("Thực hiện: Đức Tùng", "Cùng chuyên mục"), ["Đức Tùng"]),
    ("Nhóm PV: two names", "end", page("Nhóm PV: Minh Anh - Quốc Bảo"), ["Minh Anh", "Quốc Bảo"]),
    ("Tin then Ảnh after a dash", "end", page("Tin: Hoàng Thu - Ảnh: Quang Minh", "Các tin khác:"), ["Hoàng Thu"]),
    ("Tin then Ảnh after a semicolon", "end", page("Tin: Hồng Nhung; Ảnh: Văn Tâm"), ["Hồng Nhung"]),
    ("two names, a hyphen", "end", page("Hà Trang - Bảo Ngọc"), ["Hà Trang", "Bảo Ngọc"]),
    ("two names, an en dash", "end", page("Hà Trang – Bảo Ngọc"), ["Hà Trang", "Bảo Ngọc"]),
    ("two names, a comma", "end", page("Hà Trang, Bảo Ngọc"), ["Hà Trang", "Bảo Ngọc"]),
    ("two names joined by và", "end", page("Tin, ảnh: Minh Anh và Thu Hà"), ["Minh Anh", "Thu Hà"]),
    ("a name, a dash, the paper", "end", page("Mạnh Hòa - Báo Khánh Hòa"), ["Mạnh Hòa"]),
    ("a name, a dash, the office", "end", page("Thu Trang - VP HĐND&UBND phường", "Chia sẻ: Facebook | Zalo | Gửi email"),
     ["Thu Trang"]),
    ("a name, a dash, the Party office", "end", page("Văn Hòa - Đảng ủy phường"), ["Văn Hòa"]),
    ("a name, a dash, the district station", "end", page("Phan Thủy - Đài TT-TH Tân Lập"), ["Phan Thủy"]),
    ("a name, a dash, a board", "end", page("Hoàng Anh - Ban Xây dựng Đảng", "Các tin khác"), ["Hoàng Anh"]),
    ("a name, a dash, an office's initials", "end", page("Hồng Nhung - Phòng NN&PTNT", "Các tin khác"), ["Hồng Nhung"]),
    ("a name, the workplace in brackets", "end",
     page("Bài, ảnh: Minh Nguyệt (Trung tâm Văn hóa, Thể thao và Truyền thông Tân Lập)", "Chia sẻ:  Facebook   Zalo"),
     ["Minh Nguyệt"]),
    ("a camera credit in brackets", "end", page("Huỳnh Lâm - Minh Khoa (Quay phim)"), ["Huỳnh Lâm"]),
    ("a name, a slash, the agency", "end", page("NGỌC ANH/TTXVN"), ["Ngọc Anh"]),
    ("a name, a slash, the station's desk", "end", page("Thu Hằng/VOV-Đông Bắc"), ["Thu Hằng"]),
    ("Theo the paper - name", "end", page("Theo Báo Hà Nam - Việt Hưng"), ["Việt Hưng"]),
    ("Theo name (the paper)", "end", page("Theo Vân Anh (Báo Nghệ An)"), ["Vân Anh"]),
    ("Theo the paper - two names", "end", page("Theo Báo Nhân Dân - Minh Anh - Thu Hà"), ["Minh Anh", "Thu Hà"]),
    ("Theo a paper whose province has a dash - name", "end", page("Theo Báo Bà Rịa - Vũng Tàu - Việt Hưng"),
     ["Việt Hưng"]),
    ("a dash before a pen name that is also a commune's", "end", page("– Thanh Hà"), ["Thanh Hà"]),
    ("a full name of four words in capitals under the stamp", "top",
     page(top="Cập nhật: 10/07/2024 - 08:40\nNGUYỄN THỊ MỸ DUYÊN"), ["Nguyễn Thị Mỹ Duyên"]),
    ("a pen name in capitals with 'ủy' inside a word", "top", page(top="Cập nhật: 10/07/2024 - 08:40\nTHANH THỦY"),
     ["Thanh Thủy"]),
    ("a dash before the name", "end", page("— Lê Hợi"), ["Lê Hợi"]),
    ("an en dash before the name, a counter", "end", page("– Hoàng Thu", "Lượt xem: 312"), ["Hoàng Thu"]),
    ("a name closed by a full stop", "end", page("Hữu Hoàn."), ["Hữu Hoàn"]),
    ("a name, then the TV source and its link", "end",
     page("Quang Hưng", "Nguồn Hà Nội TV: https://example.vn/tan-lap-so-ket-346215.htm"), ["Quang Hưng"]),
    ("Tác giả: name - office, a counter", "end",
     page("Tác giả: Thu Hương - Văn phòng HĐND và UBND phường", "Lượt xem: 318"), ["Thu Hương"]),
    ("a name, then related headlines", "end",
     page("Hồng Nhiên - Văn phòng Đảng ủy xã",
          "Những tin mới hơn\n- Xã Tân Hòa tổng kết công tác năm 2024 (12/01/2025)\n- Huyện Tân Lập họp Ban Thường vụ (08/01/2025)"),
     ["Hồng Nhiên"]),
    ("a name, then a CMS label", "end", page("Minh Khang", "Authors"), ["Minh Khang"]),
    ("a name after the report's close", "end", page("Kim Oanh", "Ý kiến bạn đọc").replace("năm.\nKim", "năm./.\nKim"),
     ["Kim Oanh"]),
    ("Đưa tin:", "end", page("Đưa tin: Lưu Bằng"), ["Lưu Bằng"]),
    ("Người viết:", "end", page("Người viết: Thanh Hải"), ["Thanh Hải"]),
    ("Tin, ảnh: name (the station)", "end", page("Tin, ảnh: Văn Hòa (Đài TT-TH huyện)"), ["Văn Hòa"]),
    ("the name, its part in brackets", "end", page("Ngọc Sơn (CTV)"), ["Ngọc Sơn"]),
    ("two names, their station in brackets", "end", page("Văn Toàn - Xuân Mai (Đài PT-TH tỉnh)"),
     ["Văn Toàn", "Xuân Mai"]),
    ("Tin: name, ảnh: name", "end", page("Tin: Thanh Tâm, ảnh: Hải Đăng"), ["Thanh Tâm"]),
    ("Tin: name. Ảnh: name", "end", page("Tin: Minh Anh. Ảnh: Thu Hà"), ["Minh Anh"]),
    ("Bài: name; ảnh: name", "end", page("Bài: Minh Anh; ảnh: Thu Hà"), ["Minh Anh"]),
    ("the name in brackets", "end", page("(Minh Anh)"), ["Minh Anh"]),
    ("a name, a dash, the agency written out", "end", page("Thu Hà - Thông tấn xã Việt Nam"), ["Thu Hà"]),
    ("a name, a dash, the reporter's post", "end", page("Thu Hà - Phóng viên Đài Truyền thanh huyện"), ["Thu Hà"]),
    ("a highland name of one word", "end", page("K'Hiếu"), ["K'Hiếu"]),
    ("two highland names", "end", page("Y Phương - H'Nhi"), ["Y Phương", "H'Nhi"]),
    ("the name, then page buttons", "end", page("Minh Anh", "Về trang trước   Lên đầu trang"), ["Minh Anh"]),
    ("the name, then a comment counter", "end", page("Minh Anh", "Ý kiến ()"), ["Minh Anh"]),
    ("the name, then a comment counter in words", "end", page("Minh Anh", "0 bình luận"), ["Minh Anh"]),
    ("the name, then tags", "end", page("Thu Hà", "Tags: sơ kết 6 tháng, Tân Lập"), ["Thu Hà"]),
    ("a name, a dash, CTV", "end", page("Hồng Phúc - CTV"), ["Hồng Phúc"]),
    ("a summary's name", "end", page("Thu Hà (tổng hợp)"), ["Thu Hà"]),
    ("capitals: two names", "end", page("MINH ANH - THU HÀ"), ["Minh Anh", "Thu Hà"]),
    ("capitals: a lead and a name", "end", page("BÀI, ẢNH: THU HÀ"), ["Thu Hà"]),
    ("a name, then the source line of the portal", "end", page("Thu Hà", "Nguồn: tanlap.gov.vn"), ["Thu Hà"]),
    ("the name, then a copyright footer", "end",
     page("Đình Phong", "© Bản quyền thuộc Cổng thông tin điện tử huyện Tân Lập\nĐiện thoại: 0212.3852.123"),
     ["Đình Phong"]),
]

TOP = [
    ("name | date", "top", page(top="Nguyên Hoa | 05/07/2024 17:17"), ["Nguyên Hoa"]),
    ("Tác giả: | weekday, date | counter", "top",
     page(top="Tác giả: Nhật Sơn | Thứ Tư, 10/07/2024 - 08:15 | Lượt xem: 318"), ["Nhật Sơn"]),
    ("a name under the title, then the date", "top",
     page(top="Quỳnh Nga (Trung tâm cung ứng dịch vụ công xã Tân Lập)\n10/07/2024 17:30"), ["Quỳnh Nga"]),
    ("a date stamp, then the name", "top", page(top="Cập nhật ngày: 10/07/2024 - 08:40\nNgọc Thuận"), ["Ngọc Thuận"]),
    ("a date stamp, then the name in capitals", "top", page(top="10/07/2024 15:22 GMT+7\nTHÚY HẰNG"), ["Thúy Hằng"]),
    ("a stamp above the title, then the name", "top",
     page(head="Ngày đăng: 10/07/2024", top="Minh Anh"), ["Minh Anh"]),
    ("a credit word under the title", "top", page(top="Tin, ảnh: Minh Anh"), ["Minh Anh"]),
    ("Tác giả: under the title", "top", page(top="Tác giả: Minh Anh"), ["Minh Anh"]),
    ("a credit word, then the date", "top", page(top="Tin: Minh Anh\n10/07/2024"), ["Minh Anh"]),
    ("the date, then the credit word", "top", page(top="10/07/2024\nTin, ảnh: Minh Anh"), ["Minh Anh"]),
    ("weekday, date | name", "top", page(top="Thứ Tư, 10/07/2024 08:15 | Minh Anh"), ["Minh Anh"]),
    ("date | name", "top", page(top="10/07/2024 | Minh Anh"), ["Minh Anh"]),
    ("date time - name", "top", page(top="10/07/2024 08:15 - Minh Anh"), ["Minh Anh"]),
    ("name - date time", "top", page(top="Minh Anh - 10/07/2024 08:15"), ["Minh Anh"]),
    ("name • date", "top", page(top="Minh Anh • 10/07/2024"), ["Minh Anh"]),
    ("date | a pen name that is also a commune's", "top", page(top="10/07/2024 | Thanh Hà"), ["Thanh Hà"]),
    ("a pen name that is also a commune's, above the date line", "top", page(top="Thanh Hà\n10/07/2024 08:15"),
     ["Thanh Hà"]),
    ("Bởi name date counter", "top", page(top="Bởi Thanh Thắng 10/07/2024 312"), ["Thanh Thắng"]),
    ("name date time", "top", page(top="Ngọc Tú 10/07/2024 07:15"), ["Ngọc Tú"]),
    ("the date, a dash, Tác giả:", "top", page(top="09:15, 10/07/2024 - Tác giả: Minh An"), ["Minh An"]),
    ("two names under the title", "top", page(top="Thu Hà - Ngọc Anh"), ["Thu Hà", "Ngọc Anh"]),
    # the page's photo under the title, its short caption above the byline and the date line
    ("a photo caption under the title, then the name and the date", "top",
     page(top="Toàn cảnh hội nghị\n\nMinh Anh\n10/07/2024 08:15"), ["Minh Anh"]),
]

NEGATIVE = [
    ("a person named in the last sentence", "end",
     page("Đồng chí Nguyễn Văn Tùng phát biểu kết luận hội nghị."), []),
    ("a chair list at the end", "end",
     page("Chủ trì hội nghị: đồng chí Trần Văn Dũng, Bí thư Huyện ủy; đồng chí Lê Thị Hoa, Phó Bí thư Huyện ủy."), []),
    ("a photo caption", "end", page("Ảnh: quang cảnh hội nghị"), []),
    ("a photo credit alone", "end", page("Quang cảnh hội nghị. Ảnh: Minh Anh"), []),
    ("Nguồn: an office", "end", page("Nguồn: Văn phòng UBND xã"), []),
    ("an office as the byline", "end", page("Văn phòng HĐND huyện"), []),
    ("the editors as the byline", "end", page("Ban Biên tập"), []),
    ("Nhóm PV without a name", "end", page("Nhóm PV"), []),
    ("a related-news list", "end",
     page("", "Tin liên quan\n- Xã Tân Hòa tổng kết công tác năm 2024\n- Huyện Tân Lập họp Ban Thường vụ"), []),
    ("a copyright footer", "end", page("© Bản quyền thuộc Cổng thông tin điện tử huyện Tân Lập"), []),
    ("a phone number line", "end", page("Điện thoại: 0212.3852.123 - Email: vanphong@tanlap.gov.vn"), []),
    ("an address line", "end", page("Địa chỉ: Số 7, đường Trần Phú, thị trấn Tân Lập"), []),
    ("a place's name", "end", page("Xã Tân Hòa"), []),
    ("a signed report", "end", page("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\nNguyễn Văn Hòa"), []),
    ("PV without a name", "end", page("PV"), []),
    ("a reporter of a station, unnamed", "end", page("Phóng viên Đài TT-TH huyện"), []),
    ("a board as the byline", "end", page("Ban Tuyên giáo Huyện ủy"), []),
    ("Theo the portal", "end", page("Theo Cổng TTĐT huyện Tân Lập"), []),
    ("Theo a host", "end", page("Theo baohanam.com.vn"), []),
    ("Theo a paper whose province has a dash", "end", page("Theo Báo Bà Rịa - Vũng Tàu"), []),
    ("a name over its holder's title", "end", page("Nguyễn Văn Tùng", "Bí thư Huyện ủy"), []),
    ("the date, then the province", "top", page(top="10/07/2024 - Hà Nội"), []),
    ("the date, then a unit the text names", "top",
     page(top="10/07/2024 - Tân Hòa").replace("năm 2024.", "năm 2024 tại xã Tân Hòa."), []),
    ("the date, then the section", "top", page(top="10/07/2024 | Thời sự"), []),
    ("a news word's line in the head", "top", page(top="Tin: Hội nghị sơ kết 6 tháng"), []),
    ("a signer's mark in brackets", "end", page("(Đã ký)"), []),
    ("the chair in the last sentence", "end",
     page("Hội nghị do đồng chí Trần Văn Dũng, Bí thư Huyện ủy chủ trì."), []),
]

#: a second round, written after the first table passed (forms of a further survey: the byline after the report's
#: close on its last line, related headlines as plain lines, a portal's footer of fields, credit leads composed in
#: other orders and joins, the author before the paper after a slash, an office after a comma): its first sight
#: 32 of 42
FOOTER = ("Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Lập\nĐịa chỉ: Số 12, đường Lê Lợi, thị trấn Tân Lập\n"
          "Điện thoại: 0212.3852.123 - Email: ubnd@tanlap.gov.vn\n"
          "Ghi rõ nguồn Cổng thông tin điện tử huyện Tân Lập khi phát hành lại thông tin từ cổng này.")
RELATED = "Tin cùng chuyên mục\nXã Tân Hòa tổng kết công tác năm 2024\nHuyện Tân Lập họp Ban Thường vụ quý IV"
ROUND2 = [
    ("name after the close on the last line", "end", page().replace("chỉ tiêu năm.", "chỉ tiêu năm./. Phan Thái Sơn (TTXVN)"), ["Phan Thái Sơn"]),
    ("a desk's initials", "end", page("Tin, ảnh: VHXH"), []),
    ("Nguồn: a station's initials", "end", page("Nguồn: ĐNRTV"), []),
    ("a name, the agency in brackets with a slash", "end", page("Phan Thái Sơn (TTXVN/Vietnam+)"), ["Phan Thái Sơn"]),
    ("Theo TTXVN", "end", page("Theo TTXVN"), []),
    ("Nguồn tin: a name", "end", page("Nguồn tin: Minh Anh"), ["Minh Anh"]),
    ("Theo name/paper", "end", page("Theo Minh Anh/Báo Tân Lập"), ["Minh Anh"]),
    ("a name, then related headlines as plain lines", "end", page("Minh Anh", RELATED), ["Minh Anh"]),
    ("a name, then the portal's footer", "end", page("Minh Anh", FOOTER), ["Minh Anh"]),
    ("a name, related headlines, the footer", "end", page("Minh Anh", RELATED + "\n" + FOOTER), ["Minh Anh"]),
    ("a name, a pipe line of buttons", "end", page("Ngọc Lan", "In bài | Gửi bài | Lên đầu trang"), ["Ngọc Lan"]),
    ("a name, then a caption ending in a full stop", "end", page("Minh Anh", "Quang cảnh hội nghị sơ kết."), ["Minh Anh"]),
    ("Bài: capitals - Ảnh: capitals", "end", page("Bài: MINH ANH - Ảnh: THU HÀ"), ["Minh Anh"]),
    ("Tin: name - station; Ảnh: name", "end", page("Tin: Minh Anh - Đài TT-TH huyện; Ảnh: Thu Hà"), ["Minh Anh"]),
    ("PV name - station", "end", page("PV Thu Hà - Đài PT-TH Tân Lập"), ["Thu Hà"]),
    ("capitals with the board in brackets", "end", page("MINH ANH (Ban Tuyên giáo Huyện ủy)"), ["Minh Anh"]),
    ("two names joined by và, then the station", "end", page("Minh Anh và Thu Hà - Đài TT huyện"), ["Minh Anh", "Thu Hà"]),
    ("a name, a centre with và", "end", page("Thu Hà - Trung tâm Chính trị và Truyền thông huyện"), ["Thu Hà"]),
    ("Bài và ảnh: name (CTV)", "end", page("Bài và ảnh: Minh Anh (CTV)"), ["Minh Anh"]),
    ("a commune's culture post", "end", page("Hồng Phúc - Đài TT-VH xã Tân Hòa"), ["Hồng Phúc"]),
    ("an office in brackets", "end", page("Thanh Hương (Phòng VH-TT)"), ["Thanh Hương"]),
    ("English buttons after", "end", page("Minh Anh", "Print\nShare"), ["Minh Anh"]),
    ("a bylined caption, then the byline", "end", page("Trương Văn Hòa").replace("Hội nghị thống nhất", "Lãnh đạo huyện dự hội nghị - Ảnh: Trương Văn Hòa\nHội nghị thống nhất"), ["Trương Văn Hòa"]),
    ("a caption credit only", "end", page().replace("Hội nghị thống nhất", "Lãnh đạo huyện dự hội nghị - Ảnh: Trương Văn Hòa\nHội nghị thống nhất"), []),
    ("top: a site code line", "top", page(top="SGGPO"), []),
    ("top: weekday date | time GMT, then the name", "top", page(top="Chủ nhật, 10/07/2024 | 08:15 GMT+7\nMinh Anh"), ["Minh Anh"]),
    ("top: two names | date", "top", page(top="Minh Anh - Thu Hà | 10/07/2024"), ["Minh Anh", "Thu Hà"]),
    ("top: updated at, then the name", "top", page(top="Cập nhật lúc 08:15 ngày 10/07/2024\nMinh Anh"), ["Minh Anh"]),
    ("top: Tác giả - Đăng ngày", "top", page(top="Tác giả: Minh Anh - Đăng ngày: 10/07/2024"), ["Minh Anh"]),
    ("top: a dash-led date line", "top", page(top="- Thứ Sáu, 12/07/2024, 06:04"), []),
    ("top: an agency code opens the lead", "top", page().replace(LEAD, "VOV.VN - " + LEAD), []),
    ("a reporters' team of a paper", "end", page("Nhóm phóng viên Báo Tân Lập"), []),
    ("capitals name, then comment box", "end", page("HOÀNG THANH", "Ý kiến bạn đọc\nGửi bình luận"), ["Hoàng Thanh"]),
    ("the signer of a notice, a unit", "end", page("Thường trực HĐND huyện Tân Lập"), []),
    ("a name with an office after a comma", "end", page("Minh Anh, Văn phòng Huyện ủy"), ["Minh Anh"]),
    ("a name, then (Nguồn: ...)", "end", page("Minh Anh (Nguồn: Trung tâm VH-TT huyện)"), ["Minh Anh"]),
    ("Ảnh và bài:", "end", page("Ảnh và bài: Minh Anh"), ["Minh Anh"]),
    ("Tin - ảnh:", "end", page("Tin - ảnh: Minh Anh"), ["Minh Anh"]),
    ("Tin-ảnh:", "end", page("Tin-ảnh: Minh Anh"), ["Minh Anh"]),
    ("Văn, ảnh:", "end", page("Văn, ảnh: Minh Anh"), ["Minh Anh"]),
    ("Bài, ảnh, video:", "end", page("Bài, ảnh, video: Minh Anh"), ["Minh Anh"]),
    ("Nhóm PV name, name", "end", page("Nhóm PV: Minh Anh, Thu Hà, Quốc Bảo"), ["Minh Anh", "Thu Hà", "Quốc Bảo"]),
]

RELATED_AFTER = "Tin liên quan:\nXã Tân Hòa tổng kết công tác năm 2024\nHuyện Tân Lập họp Ban Thường vụ quý IV"

#: round three: forms of the lead's session 15 held-out reports that the two rounds above still missed at first sight
ROUND3 = [
    ("top: a name above 'weekday, ngày date time GMT+7'", "top",
     page(top="Quốc Việt\nThứ năm, ngày 11/07/2024 09:20 GMT+7"), ["Quốc Việt"]),
    ("top: a name above 'ngày date time'", "top", page(top="Quốc Việt\nngày 11/07/2024 09:20"), ["Quốc Việt"]),
    ("top: a name above 'date time GMT+7'", "top", page(top="Quốc Việt\n11/07/2024 09:20 GMT+7"), ["Quốc Việt"]),
    ("an editor's lead 'Bt:' glued, the office in brackets", "end", page("Bt:Thu Lan (TTVH-TT-TT)", RELATED_AFTER),
     ["Thu Lan"]),
    ("'Biên tập:'", "end", page("Biên tập: Thu Lan"), ["Thu Lan"]),
    ("a name, then the station in brackets on a line of its own", "end",
     page("Hồng Thắm\n\n(Đài TT-TH Tân Lập)", RELATED_AFTER), ["Hồng Thắm"]),
    ("a station in brackets alone", "end", page("(Đài TT-TH Tân Lập)"), []),
]

CASES = END + TOP + NEGATIVE + ROUND2 + ROUND3

#: the forms that failed when this table was first run, before any rule was written for it (its first sight:
#: 95 of 114 cases passed; the 19 failing: the leads 'Đưa tin:', 'Người viết:', a photographer's field after a
#: comma or full stop, a name in brackets, a workplace after the dash in any words (two), highland names (two),
#: page controls under the byline (three), a credit word's line in the head (four), the date before the byline
#: (three)); round two's ten (the byline after './.', 'Theo name/paper', a footer under the byline, one-word buttons,
#: an office after a comma, five composed leads); a form leaves this set when a rule makes it pass (strict: it
#: must then). Empty since the round's rules.
FAILING: set[str] = set()


def _param(*case: object) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="first sight")] if case[0] in FAILING else []
    return pytest.param(*case, id=str(case[0]), marks=marks)


@pytest.mark.parametrize(("form", "where", "text", "authors"), [_param(*c) for c in CASES])
def test_byline_form(form: str, where: str, text: str, authors: list[str]) -> None:
    assert extract_text(text).authors == authors


def _html(article: str, head: str = "") -> str:
    return (f"<html><head><title>{TITLE}</title>{head}</head><body><div class='menu'><a href='/'>Trang chủ</a>"
            f"<a href='/tin'>Tin tức</a></div><div class='article'><h1>{TITLE}</h1>{article}</div>"
            "<div class='footer'><p>Cơ quan chủ quản: Văn phòng HĐND và UBND huyện Tân Lập</p>"
            "<p>Điện thoại: 0212.3852.123</p></div></body></html>")


_PARAS = "".join(f"<p>{p}</p>" for p in [LEAD, *BODY.split("\n"), PROSE_END])

HTML = [
    ("an author element above the lead", _html(f"<p class='author'>Hà Trang - Bảo Ngọc</p>{_PARAS}"),
     ["Hà Trang", "Bảo Ngọc"]),
    ("an author element at the end", _html(f"{_PARAS}<p class='author'>Tin, ảnh: MINH TRIẾT</p>"), ["Minh Triết"]),
    ("the declared author only", _html(_PARAS, "<meta name='author' content='Thanh Phong'>"), ["Thanh Phong"]),
    ("a portal's declared author is the site", _html(_PARAS, "<meta name='author' content='UBND huyện Tân Lập'>"), []),
    ("a theme's author span and the date", _html(
        "<div class='meta'><span class='post-author-name'>Bởi <a href='/author/x'>Thanh Thắng</a></span> "
        f"<time>10/07/2024</time></div>{_PARAS}"), ["Thanh Thắng"]),
    ("the byline after the article in bold", _html(f"{_PARAS}<p style='text-align:right'><strong>Minh Châu</strong></p>"),
     ["Minh Châu"]),
    ("the byline in italics", _html(f"{_PARAS}<p><em>Minh Châu</em></p>"), ["Minh Châu"]),
    ("a credit field after the article, then share buttons", _html(
        f"{_PARAS}<div class='tacgia'>Tác giả: Minh Châu</div><div class='share'>Chia sẻ</div>"), ["Minh Châu"]),
    ("the date and a credit word above the lead", _html(
        f"<div class='date'>10/07/2024 08:15</div><div class='author'>Tin: Minh Châu</div>{_PARAS}"), ["Minh Châu"]),
    ("the byline, then related news", _html(
        f"{_PARAS}<p>Minh Châu</p><div class='related'><h3>Tin liên quan</h3><ul><li><a href='/a'>Xã Tân Hòa tổng kết "
        "công tác năm 2024</a></li></ul></div>"), ["Minh Châu"]),
    ("two names in capitals, then a comment counter", _html(
        f"{_PARAS}<p align='right'><b>MINH CHÂU - THU HÀ</b></p><p>Ý kiến ()</p>"), ["Minh Châu", "Thu Hà"]),
    ("a photo credit in a caption", _html(
        f"{_PARAS}<figure><img src='a.jpg'><figcaption>Quang cảnh hội nghị. Ảnh: Minh Châu</figcaption></figure>"), []),
    ("a source office and the editors declared", _html(
        f"{_PARAS}<div class='source'>Nguồn: Văn phòng UBND huyện</div>", "<meta name='author' content='Ban biên tập'>"), []),
]


@pytest.mark.parametrize(("form", "html", "authors"), [_param(*c) for c in HTML])
def test_byline_form_on_a_page(form: str, html: str, authors: list[str]) -> None:
    assert extract_document(html_to_document(html.encode())).authors == authors
