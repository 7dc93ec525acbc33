"""Generate the official-document examples in ``examples/official/`` and their golden records.

Run: ``.venv/bin/python scripts/make_official_examples.py`` (build time only; the outputs are committed).

Each report is written once, as data (:data:`REPORTS`), and rendered twice: as a .docx with
python-docx (header block as a borderless layout table, indicator table with merged header cells)
and as a PDF with WeasyPrint from an HTML rendering of the same content (text layer, same table).
Also written, to ``tests/official/data/`` (they are not examples: every example must load): a
scanned, image-only PDF (a page of the first PDF rendered with ``pdftoppm`` and
wrapped in a PDF with Pillow) and a corrupt .docx (a truncated one).

The golden records (``gold/<name>.json``) hold the table facts a careful reader takes from each
indicator table (GUIDELINES roles, units, values), computed here from the table rows by a rule set
written out per column (independent of ``soket.extract.tables``), and the header facts
(number, date, place, period, sections) that :func:`soket.extract.structure.parse_official` must find.
The content is invented for the project, written in the genre.
"""

from __future__ import annotations

import html
import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "examples" / "official"
HOSTILE = ROOT / "tests" / "official" / "data"   # not examples: every example must load

# ---------------------------------------------------------------------------------------------
# The content


@dataclass
class IndicatorTable:
    """An indicator table: header rows of (text, colspan, rowspan), data rows, and per column the
    fact it holds: None (no fact), "subject", "unit", or (role, estimated, basis)."""

    caption: str
    header: list[list[tuple[str, int, int]]]
    columns: list[object]
    rows: list[list[str]]
    numbering_row: list[str] | None = None
    # per row (by TT) the role a result column takes instead of the default
    overrides: dict[str, str] = field(default_factory=dict)


@dataclass
class Report:
    name: str
    left: list[str]          # header block, left column (issuing body, number)
    right: list[str]         # header block, right column (motto, place and date)
    blocks: list[tuple[str, object]]
    gold_header: dict


UNITS = {  # unit cell → (unit, multiplier), as a reader of the table takes it
    "Tỷ đồng": ("VND", Decimal(10) ** 9),
    "Triệu đồng": ("VND", Decimal(10) ** 6),
    "Triệu đồng/người/năm": ("VND", Decimal(10) ** 6),
    "Triệu USD": ("USD", Decimal(10) ** 6),
    "%": ("%", Decimal(1)),
    "Ha": ("ha", Decimal(1)),
    "Tấn": ("tấn", Decimal(1)),
    "Người": ("người", Decimal(1)),
    "Xã": ("xã", Decimal(1)),
    "Trường": ("trường", Decimal(1)),
    "DN": ("doanh nghiệp", Decimal(1)),
    "HTX": ("hợp tác xã", Decimal(1)),
    "Lao động": ("lao động", Decimal(1)),
    "Hộ": ("hộ", Decimal(1)),
    "Đảng viên": ("đảng viên", Decimal(1)),
}


T1 = IndicatorTable(
    caption="Biểu 01: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 6 THÁNG ĐẦU NĂM 2021",
    header=[
        [("TT", 1, 2), ("Chỉ tiêu", 1, 2), ("ĐVT", 1, 2), ("Năm 2021", 2, 1), ("So sánh (%)", 2, 1)],
        [("Kế hoạch", 1, 1), ("Ước TH 6 tháng", 1, 1), ("So KH", 1, 1), ("So cùng kỳ", 1, 1)],
    ],
    numbering_row=["A", "B", "C", "1", "2", "3=2/1", "4"],
    columns=[None, "subject", "unit", ("target", False, None), ("amount", True, None),
             ("plan_pct", True, "kế hoạch năm"), ("prior_pct", True, "cùng kỳ")],
    rows=[
        ["I", "CÁC CHỈ TIÊU KINH TẾ", "", "", "", "", ""],
        ["1", "Giá trị sản xuất (giá so sánh 2010)", "Tỷ đồng", "8.450", "3.912,6", "46,3", "108,4"],
        ["2", "Tốc độ tăng giá trị sản xuất", "%", "9,5", "8,4", "-", "-"],
        ["3", "Giá trị sản xuất nông, lâm nghiệp, thủy sản", "Tỷ đồng", "1.520", "702,4", "46,2", "103,1"],
        ["4", "Giá trị sản xuất công nghiệp - xây dựng", "Tỷ đồng", "5.180", "2.396,5", "46,3", "110,2"],
        ["5", "Giá trị các ngành dịch vụ", "Tỷ đồng", "1.750", "813,7", "46,5", "107,6"],
        ["6", "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "412.500", "231.640", "56,2", "112,7"],
        ["7", "Trong đó: Thu tiền sử dụng đất", "Triệu đồng", "250.000", "148.300", "59,3", "118,5"],
        ["8", "Tổng chi ngân sách địa phương", "Triệu đồng", "690.320", "305.118", "44,2", "104,9"],
        ["9", "Tổng vốn đầu tư phát triển trên địa bàn", "Tỷ đồng", "3.200", "1.340,5", "41,9", "106,3"],
        ["10", "Kim ngạch xuất khẩu", "Triệu USD", "95", "48,6", "51,2", "121,4"],
        ["11", "Tổng diện tích gieo trồng cây hằng năm", "Ha", "9.850", "5.120,7", "52,0", "99,1"],
        ["12", "Sản lượng lương thực có hạt", "Tấn", "41.200", "20.315", "49,3", "101,8"],
        ["II", "CÁC CHỈ TIÊU XÃ HỘI", "", "", "", "", ""],
        ["13", "Số lao động được tạo việc làm mới", "Người", "2.100", "1.085", "51,7", "103,3"],
        ["14", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "%", "2,5", "2,9", "", ""],
        ["15", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "92,5", "90,1", "97,4", ""],
        ["16", "Số xã đạt chuẩn nông thôn mới nâng cao", "Xã", "4", "1", "25,0", ""],
        ["17", "Số trường đạt chuẩn quốc gia tăng thêm", "Trường", "3", "1", "33,3", ""],
        ["III", "CÁC CHỈ TIÊU MÔI TRƯỜNG", "", "", "", "", ""],
        ["18", "Tỷ lệ rác thải sinh hoạt được thu gom, xử lý", "%", "95", "93,6", "98,5", "101,2"],
        ["19", "Tỷ lệ dân số nông thôn được dùng nước sạch", "%", "65", "61,8", "95,1", "104,6"],
    ],
    overrides={"2": "change_pct"},
)

T2 = IndicatorTable(
    caption="PHỤ LỤC: MỘT SỐ CHỈ TIÊU CHỦ YẾU 6 THÁNG CUỐI NĂM 2025",
    header=[[("STT", 1, 1), ("Chỉ tiêu", 1, 1), ("Đơn vị tính", 1, 1), ("Kế hoạch năm 2025", 1, 1),
             ("Ước thực hiện năm 2025", 1, 1), ("Đạt % so với KH", 1, 1), ("Tăng, giảm so cùng kỳ (%)", 1, 1)]],
    columns=[None, "subject", "unit", ("target", False, None), ("amount", True, None),
             ("plan_pct", True, "kế hoạch năm"), ("change_pct", True, "cùng kỳ")],
    rows=[
        ["1", "Tổng giá trị sản xuất (giá hiện hành)", "Tỷ đồng", "1.250", "1.268,4", "101,5", "8,2"],
        ["2", "Tổng thu ngân sách nhà nước trên địa bàn xã", "Triệu đồng", "18.600", "21.045", "113,1", "15,4"],
        ["3", "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", "62", "63,5", "102,4", "7,6"],
        ["4", "Sản lượng lương thực", "Tấn", "6.800", "6.912", "101,6", "-1,3"],
        ["5", "Số doanh nghiệp thành lập mới", "DN", "12", "15", "125,0", "25,0"],
        ["6", "Số hợp tác xã thành lập mới", "HTX", "2", "2", "100,0", ""],
        ["7", "Tỷ lệ hộ nghèo", "%", "1,8", "1,6", "", ""],
        ["8", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "93,5", "94,2", "100,7", ""],
        ["9", "Số lao động được giải quyết việc làm", "Lao động", "450", "472", "104,9", "3,7"],
        ["10", "Diện tích trồng rừng tập trung", "Ha", "120", "126,5", "105,4", "-4,2"],
        ["11", "Số hộ được công nhận gia đình văn hóa", "Hộ", "7.350", "7.402", "100,7", ""],
    ],
)

T3 = IndicatorTable(
    caption="Biểu tổng hợp: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 9 THÁNG NĂM 2023",
    header=[[("TT", 1, 1), ("Chỉ tiêu", 1, 1), ("ĐVT", 1, 1), ("Chỉ tiêu Nghị quyết năm 2023", 1, 1),
             ("Thực hiện 9 tháng", 1, 1), ("So với Nghị quyết (%)", 1, 1), ("So với cùng kỳ (%)", 1, 1)]],
    columns=[None, "subject", "unit", ("target", False, None), ("amount", False, None),
             ("plan_pct", False, "nghị quyết"), ("prior_pct", False, "cùng kỳ")],
    rows=[
        ["1", "Tốc độ tăng trưởng giá trị sản xuất", "%", "12,5", "10,8", "", ""],
        ["2", "Giá trị sản xuất công nghiệp", "Tỷ đồng", "21.500", "15.870,2", "73,8", "111,6"],
        ["3", "Thu ngân sách trên địa bàn", "Tỷ đồng", "1.150", "892,7", "77,6", "96,3"],
        ["4", "Vốn đầu tư thực hiện trên địa bàn", "Tỷ đồng", "6.000", "4.275", "71,3", "108,9"],
        ["5", "Kim ngạch xuất khẩu", "Triệu USD", "820", "603,4", "73,6", "104,2"],
        ["6", "Kết nạp đảng viên mới", "Đảng viên", "230", "168", "73,0", ""],
        ["7", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", "85", "", "", ""],
        ["8", "Số xã đạt chuẩn nông thôn mới kiểu mẫu", "Xã", "3", "2", "66,7", ""],
        ["9", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "92", "91,4", "99,3", ""],
        ["10", "Số người tham gia bảo hiểm xã hội", "Người", "24.800", "22.960", "92,6", "112,3"],
        ["11", "Sản lượng thịt hơi xuất chuồng", "Tấn", "39.000", "29.450", "75,5", "102,7"],
    ],
    overrides={"1": "change_pct"},
)


R1 = Report(
    name="of01_lapthach_ubnd_6thang_2021",
    left=["UBND HUYỆN LẬP THẠCH", "Số: 215/BC-UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Lập Thạch, ngày 18 tháng 6 năm 2021"],
    blocks=[
        ("title", "BÁO CÁO"),
        ("subtitle", "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2021; "
                     "nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2021"),
        ("p", "Thực hiện Chương trình công tác năm 2021 của Huyện ủy, HĐND huyện, Ủy ban nhân dân huyện báo cáo "
              "tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2021 như sau:"),
        ("h1", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2021"),
        ("h2", "1. Về phát triển kinh tế"),
        ("h3", "a) Sản xuất nông nghiệp"),
        ("p", "Vụ Đông Xuân được triển khai đúng khung thời vụ; các xã đã chủ động chuyển đổi cơ cấu cây trồng, "
              "đưa giống mới có năng suất cao vào sản xuất. Dịch bệnh trên đàn gia súc, gia cầm được kiểm soát, "
              "không để lây lan ra diện rộng."),
        ("h3", "b) Công nghiệp, xây dựng và thương mại - dịch vụ"),
        ("p", "Các doanh nghiệp trong cụm công nghiệp duy trì sản xuất ổn định trong điều kiện phòng, chống dịch "
              "Covid-19. Công tác giải phóng mặt bằng các dự án trọng điểm được tập trung chỉ đạo; hoạt động "
              "thương mại, dịch vụ trên địa bàn cơ bản bảo đảm nhu cầu của Nhân dân."),
        ("p", "Kết quả thực hiện một số chỉ tiêu chủ yếu như sau:"),
        ("table", T1),
        ("h2", "2. Về văn hóa - xã hội"),
        ("p", "Ngành giáo dục hoàn thành chương trình năm học 2020 - 2021 đúng kế hoạch; công tác khám, chữa bệnh "
              "và tiêm chủng mở rộng được duy trì. Các chế độ, chính sách đối với người có công, hộ nghèo, "
              "hộ cận nghèo được chi trả kịp thời, đúng đối tượng."),
        ("h2", "3. Về quốc phòng, an ninh"),
        ("p", "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; công tác tuyển chọn và gọi "
              "công dân nhập ngũ năm 2021 hoàn thành chỉ tiêu được giao."),
        ("h1", "II. HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN"),
        ("p", "Tiến độ giải ngân vốn đầu tư công còn chậm so với yêu cầu; công tác giải phóng mặt bằng ở một số "
              "dự án còn vướng mắc kéo dài. Thu ngân sách từ tiền sử dụng đất phụ thuộc nhiều vào thị trường, "
              "thiếu bền vững. Tác động của dịch Covid-19 làm một số doanh nghiệp gặp khó khăn về thị trường tiêu thụ."),
        ("h1", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 6 THÁNG CUỐI NĂM 2021"),
        ("h2", "1. Tập trung chỉ đạo sản xuất vụ Mùa, phòng, chống thiên tai và dịch bệnh trên cây trồng, vật nuôi."),
        ("h2", "2. Đẩy nhanh tiến độ giải phóng mặt bằng, giải ngân vốn đầu tư công; tăng cường quản lý thu "
               "ngân sách, chống thất thu."),
        ("h2", "3. Thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19; bảo đảm an sinh xã hội, giữ vững "
               "quốc phòng, an ninh trên địa bàn."),
        ("sign", ("Nơi nhận:\n- TT Huyện ủy, TT HĐND huyện;\n- Lưu: VT.",
                  "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Thành")),
    ],
    gold_header={
        "body": "UBND HUYỆN LẬP THẠCH", "locality": "Lập Thạch", "locality_kind": "huyện", "number": "215/BC-UBND", "place": "Lập Thạch", "date": "2021-06-18",
        "doc_type": "BÁO CÁO", "year": 2021, "start_month": 1, "end_month": 6,
        "sections": [["I.", "results"], ["1.", "results"], ["a)", "results"], ["b)", "results"],
                     ["2.", "results"], ["3.", "results"], ["II.", "limitations"], ["III.", "tasks"],
                     ["1.", "tasks"], ["2.", "tasks"], ["3.", "tasks"]],
    },
)

R2 = Report(
    name="of02_sondong_hdnd_nq_2025",
    left=["HỘI ĐỒNG NHÂN DÂN", "XÃ SƠN ĐÔNG", "Số: 18/NQ-HĐND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Sơn Đông, ngày 22 tháng 12 năm 2025"],
    blocks=[
        ("title", "NGHỊ QUYẾT"),
        ("subtitle", "Về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025 "
                     "và phương hướng, nhiệm vụ năm 2026"),
        ("center", "HỘI ĐỒNG NHÂN DÂN XÃ SƠN ĐÔNG\nKHÓA I, KỲ HỌP THỨ BA"),
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        ("p", "Xét Báo cáo của Ủy ban nhân dân xã về tình hình kinh tế - xã hội 6 tháng cuối năm 2025; "
              "báo cáo thẩm tra của các Ban Hội đồng nhân dân xã và ý kiến thảo luận của đại biểu tại kỳ họp."),
        ("center", "QUYẾT NGHỊ:"),
        ("h1", "Điều 1. Đánh giá tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2025"),
        ("p", "Hội đồng nhân dân xã cơ bản tán thành đánh giá của Ủy ban nhân dân xã về tình hình kinh tế - xã hội "
              "sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp."),
        ("h2", "1. Kết quả đạt được"),
        ("h3", "a) Về kinh tế"),
        ("p", "Bộ máy chính quyền xã mới đi vào hoạt động ổn định, thông suốt; sản xuất nông nghiệp được mùa, "
              "các hợp tác xã chuyển đổi theo hướng liên kết chuỗi giá trị. Thu ngân sách vượt dự toán."),
        ("h3", "b) Về văn hóa - xã hội"),
        ("p", "Trung tâm phục vụ hành chính công xã tiếp nhận, giải quyết hồ sơ đúng hạn; phong trào xây dựng "
              "gia đình văn hóa, khu dân cư văn hóa được duy trì."),
        ("h2", "2. Hạn chế, khó khăn"),
        ("p", "Cơ sở vật chất, trang thiết bị làm việc của xã sau sắp xếp còn thiếu; đội ngũ công chức ở một số "
              "lĩnh vực chuyên môn còn thiếu kinh nghiệm. Một số chỉ tiêu về môi trường đạt thấp."),
        ("h2", "3. Nhiệm vụ, giải pháp năm 2026"),
        ("p", "Tiếp tục kiện toàn tổ chức bộ máy; đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính; "
              "huy động các nguồn lực xây dựng nông thôn mới nâng cao; bảo đảm quốc phòng, an ninh."),
        ("h1", "Điều 2. Tổ chức thực hiện"),
        ("p", "Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết; Thường trực Hội đồng nhân dân, các Ban "
              "Hội đồng nhân dân và đại biểu Hội đồng nhân dân xã giám sát việc thực hiện."),
        ("p", "Nghị quyết này đã được Hội đồng nhân dân xã Sơn Đông khóa I, kỳ họp thứ ba thông qua ngày "
              "22 tháng 12 năm 2025 và có hiệu lực từ ngày thông qua./."),
        ("table", T2),
        ("sign", ("Nơi nhận:\n- TT Đảng ủy xã;\n- Lưu: VT.", "CHỦ TỊCH\n\nĐỗ Thị Hương")),
    ],
    gold_header={
        "body": "HỘI ĐỒNG NHÂN DÂN XÃ SƠN ĐÔNG", "locality": "Sơn Đông", "locality_kind": "xã", "number": "18/NQ-HĐND", "place": "Sơn Đông", "date": "2025-12-22",
        "doc_type": "NGHỊ QUYẾT", "year": 2025, "start_month": 7, "end_month": 12,
        "sections": [["Điều 1.", "results"], ["1.", "results"], ["a)", "results"], ["b)", "results"],
                     ["2.", "limitations"], ["3.", "tasks"], ["Điều 2.", "other"]],
    },
)

R3 = Report(
    name="of03_langgiang_huyenuy_9thang_2023",
    left=["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY LẠNG GIANG", "*", "Số 312-BC/HU"],
    right=["ĐẢNG CỘNG SẢN VIỆT NAM", "Lạng Giang, ngày 25 tháng 9 năm 2023"],
    blocks=[
        ("title", "BÁO CÁO"),
        ("subtitle", "sơ kết công tác 9 tháng đầu năm, phương hướng, nhiệm vụ 3 tháng cuối năm 2023"),
        ("h1", "Phần thứ nhất"),
        ("center", "KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO 9 THÁNG ĐẦU NĂM 2023"),
        ("h1", "I. CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ"),
        ("p", "Ban Thường vụ Huyện ủy tập trung lãnh đạo triển khai học tập, quán triệt các nghị quyết, chỉ thị "
              "của Trung ương, của Tỉnh ủy; công tác kiểm tra, giám sát được thực hiện đúng chương trình. "
              "Công tác phát triển đảng viên được các cấp ủy quan tâm chỉ đạo."),
        ("h1", "II. LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI"),
        ("p", "Kinh tế của huyện tiếp tục phát triển; sản xuất công nghiệp giữ được đà tăng trưởng nhờ các "
              "doanh nghiệp trong khu công nghiệp mở rộng sản xuất. Lĩnh vực văn hóa - xã hội có nhiều chuyển "
              "biến; an sinh xã hội được bảo đảm."),
        ("table", T3),
        ("h1", "III. NHỮNG HẠN CHẾ, YẾU KÉM"),
        ("p", "Thu ngân sách trên địa bàn giảm so với cùng kỳ do nguồn thu từ đấu giá quyền sử dụng đất đạt thấp. "
              "Chất lượng sinh hoạt chi bộ ở một số nơi chưa cao; việc xử lý vi phạm về đất đai, môi trường còn chậm."),
        ("h1", "Phần thứ hai"),
        ("center", "PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2023"),
        ("h2", "1. Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; chuẩn bị tốt "
               "các điều kiện tổng kết công tác năm 2023."),
        ("h2", "2. Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh; đẩy mạnh thu ngân sách, phấn đấu hoàn "
               "thành các chỉ tiêu Nghị quyết năm 2023."),
        ("sign", ("Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Lưu Văn phòng Huyện ủy.",
                  "T/M HUYỆN ỦY\nBÍ THƯ\n\nLê Văn Hùng")),
    ],
    gold_header={
        "body": "HUYỆN ỦY LẠNG GIANG", "parent_body": "ĐẢNG BỘ TỈNH BẮC GIANG", "locality": "Lạng Giang",
        "locality_kind": "huyện", "number": "312-BC/HU", "place": "Lạng Giang", "date": "2023-09-25",
        "doc_type": "BÁO CÁO", "year": 2023, "start_month": 1, "end_month": 9,
        "sections": [["Phần thứ nhất", "results"], ["I.", "results"], ["II.", "results"],
                     ["III.", "limitations"], ["Phần thứ hai", "tasks"], ["1.", "tasks"], ["2.", "tasks"]],
    },
)

REPORTS = [R1, R2, R3]

# ---------------------------------------------------------------------------------------------
# Golden table facts


def vi_number(s: str) -> Decimal:
    return Decimal(s.replace(".", "").replace(",", "."))


def gold_facts(tab: IndicatorTable, index: int) -> list[dict]:
    """The facts a reader takes from the table, by the per-column rules in ``tab.columns``."""
    facts: list[dict] = []
    subj_col = tab.columns.index("subject")
    unit_col = tab.columns.index("unit")
    for row in tab.rows:
        unit_cell = row[unit_col]
        if not unit_cell:
            continue
        unit, mult = UNITS[unit_cell]
        subject = row[subj_col].removeprefix("Trong đó: ")
        for c, spec in enumerate(tab.columns):
            if not isinstance(spec, tuple) or row[c] in ("", "-"):
                continue
            role, estimated, basis = spec
            value = vi_number(row[c])
            if role in ("target", "amount"):
                if unit == "%" and role == "amount":
                    role = tab.overrides.get(row[0], "percent")
                    basis = None
                out_unit, value = unit, value * mult
            else:
                out_unit = "%"
            v = float(value)
            facts.append({"subject": subject, "value": int(v) if v.is_integer() else v, "unit": out_unit,
                          "role": role, "estimated": estimated,
                          "basis": basis if role in ("plan_pct", "prior_pct", "change_pct") else None,
                          "raw": row[c], "table": index})
    return facts


# ---------------------------------------------------------------------------------------------
# .docx


def write_docx(rep: Report, path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)

    head = doc.add_table(rows=1, cols=2)  # the layout table of the header block: no borders
    for cell, lines in zip(head.rows[0].cells, (rep.left, rep.right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs:
                r.bold = not p.text.startswith(("Số", rep.right[-1][:6]))
    for kind, content in rep.blocks:
        if kind == "table":
            _docx_table(doc, content, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH)
        elif kind == "sign":
            left, right = content
            t = doc.add_table(rows=1, cols=2)
            for cell, txt in zip(t.rows[0].cells, (left, right), strict=True):
                lines = txt.split("\n")
                cell.paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
        elif kind in ("title", "subtitle", "center"):
            for line in str(content).split("\n"):
                p = doc.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.bold = kind != "subtitle"
        elif kind in ("h1", "h2", "h3"):
            p = doc.add_paragraph()
            p.add_run(str(content)).bold = kind != "h3"
        else:
            p = doc.add_paragraph(str(content))
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.core_properties.author = "soket examples"
    doc.save(str(path))


def _docx_table(doc, tab: IndicatorTable, table_align, para_align) -> None:
    from docx.shared import Pt

    cap = doc.add_paragraph()
    cap.add_run(tab.caption).bold = True
    cap.alignment = para_align.CENTER
    ncols = len(tab.columns)
    nhead = len(tab.header)
    extra = 1 if tab.numbering_row else 0
    t = doc.add_table(rows=nhead + extra + len(tab.rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = table_align.CENTER
    taken: set[tuple[int, int]] = set()
    for r, hrow in enumerate(tab.header):
        c = 0
        for text, colspan, rowspan in hrow:
            while (r, c) in taken:
                c += 1
            cell = t.cell(r, c)
            if colspan > 1 or rowspan > 1:
                cell = cell.merge(t.cell(r + rowspan - 1, c + colspan - 1))
            cell.text = text
            for p in cell.paragraphs:
                p.alignment = para_align.CENTER
                for run in p.runs:
                    run.bold = True
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken.add((r + dr, c + dc))
            c += colspan
    if tab.numbering_row:
        for c, text in enumerate(tab.numbering_row):
            t.cell(nhead, c).text = text
    for i, row in enumerate(tab.rows):
        for c, text in enumerate(row):
            t.cell(nhead + extra + i, c).text = text
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)


# ---------------------------------------------------------------------------------------------
# HTML → PDF

CSS = """
@page { size: A4; margin: 2cm 1.8cm 2cm 2.5cm; @bottom-center { content: counter(page); font-size: 10pt; } }
body { font-family: 'Noto Serif'; font-size: 12.5pt; line-height: 1.35; }
p { margin: 0 0 7pt 0; text-align: justify; }
.c { text-align: center; } .b { font-weight: bold; }
table.head { width: 100%; border-collapse: collapse; margin-bottom: 14pt; }
table.head td { text-align: center; vertical-align: top; padding: 0; width: 40%; font-size: 12pt; }
table.head td + td { width: 60%; }
table.head p { margin: 0 0 2pt 0; text-align: center; }
table.grid { width: 100%; border-collapse: collapse; font-size: 10pt; margin: 6pt 0 12pt 0; }
table.grid td, table.grid th { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: middle; }
table.grid th { font-weight: bold; text-align: center; }
table.grid tr { break-inside: avoid; }
table.sign { width: 100%; margin-top: 16pt; } table.sign td { vertical-align: top; width: 50%; }
table.sign p { margin: 0; text-align: left; }
"""


def report_html(rep: Report) -> str:
    e = html.escape
    out = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    out.append("<table class='head'><tr>")
    for lines in (rep.left, rep.right):
        out.append("<td>" + "".join(f"<p class='{'b' if not line.startswith(('Số', rep.right[-1][:6])) else ''}'>"
                                    f"{e(line)}</p>" for line in lines) + "</td>")
    out.append("</tr></table>")
    for kind, content in rep.blocks:
        if kind == "table":
            out.append(_html_table(content))
        elif kind == "sign":
            out.append("<table class='sign'><tr>" + "".join(
                "<td>" + "".join(f"<p>{e(line) or '&nbsp;'}</p>" for line in part.split("\n")) + "</td>"
                for part in content) + "</tr></table>")
        elif kind in ("title", "center"):
            out.extend(f"<p class='c b'>{e(line)}</p>" for line in str(content).split("\n"))
        elif kind == "subtitle":
            out.append(f"<p class='c'>{e(str(content))}</p>")
        elif kind in ("h1", "h2"):
            out.append(f"<p class='b'>{e(str(content))}</p>")
        else:
            out.append(f"<p>{e(str(content))}</p>")
    out.append("</body></html>")
    return "".join(out)


def _html_table(tab: IndicatorTable) -> str:
    e = html.escape
    out = [f"<p class='c b'>{e(tab.caption)}</p>", "<table class='grid'><thead>"]
    for hrow in tab.header:
        out.append("<tr>" + "".join(f"<th colspan='{cs}' rowspan='{rs}'>{e(t)}</th>" for t, cs, rs in hrow) + "</tr>")
    if tab.numbering_row:
        out.append("<tr>" + "".join(f"<th>{e(t)}</th>" for t in tab.numbering_row) + "</tr>")
    out.append("</thead><tbody>")
    for row in tab.rows:
        out.append("<tr>" + "".join(f"<td>{e(t)}</td>" for t in row) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def write_pdf(rep: Report, path: Path) -> None:
    from weasyprint import HTML

    HTML(string=report_html(rep)).write_pdf(str(path))


def write_scanned(pdf: Path, path: Path) -> None:
    """Page 1 of ``pdf`` as a 100 dpi grey image, wrapped in an image-only PDF."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", "-f", "1", "-l", "1", str(pdf),
                        f"{tmp}/page"], check=True)
        png = next(Path(tmp).glob("page*.png"))
        with Image.open(png) as im:
            im.convert("L").save(str(path), "PDF", resolution=100.0)


def write_corrupt(docx: Path, path: Path) -> None:
    """A .docx cut short: the zip's central directory is gone."""
    data = docx.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def normalise_docx(path: Path) -> None:
    """Pin the zip entries' timestamps and core dates so that a rebuild gives the same bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def _dump(gold: dict) -> str:
    """JSON with one fact (and one section) per line: diffable, short."""
    head = dict(gold["header"])
    sections = head.pop("sections")
    lines = ["{", f' "doc": {json.dumps(gold["doc"])},', f' "indicator_tables": {gold["indicator_tables"]},',
             f' "header": {json.dumps(head, ensure_ascii=False)},', ' "sections": [']
    lines.append(",\n".join("  " + json.dumps(s, ensure_ascii=False) for s in sections))
    lines.append(" ],")
    lines.append(' "facts": [')
    lines.append(",\n".join("  " + json.dumps(f, ensure_ascii=False) for f in gold["facts"]))
    lines.append(" ]")
    lines.append("}")
    return "\n".join(lines)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "gold").mkdir(exist_ok=True)
    for rep in REPORTS:
        docx = OUT / f"{rep.name}.docx"
        write_docx(rep, docx)
        normalise_docx(docx)
        write_pdf(rep, OUT / f"{rep.name}.pdf")
        tables = [b for k, b in rep.blocks if k == "table"]
        # layout tables (header block, signatures) have no borders: they are read as text, so the
        # indicator tables are numbered from 0
        facts = [f for i, tab in enumerate(tables) for f in gold_facts(tab, i)]
        gold = {"doc": rep.name, "header": rep.gold_header, "indicator_tables": len(tables), "facts": facts}
        (OUT / "gold" / f"{rep.name}.json").write_text(
            _dump(gold) + "\n", encoding="utf-8")
    HOSTILE.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm"):
        write_scanned(OUT / f"{REPORTS[0].name}.pdf", HOSTILE / "scanned_no_text.pdf")
    write_corrupt(OUT / f"{REPORTS[0].name}.docx", HOSTILE / "corrupt.docx")
    print(f"wrote {len(REPORTS)} reports (.docx, .pdf, gold) to {OUT} and 2 hostile files to {HOSTILE}")


if __name__ == "__main__":
    main()
