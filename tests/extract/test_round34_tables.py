"""Round 34 (issue 10): written reports whose key figures sit in a table copied as text: tab-separated cells,
columns aligned by runs of spaces, a page's table flattened to one cell a line between '|' lines, or a line of
'|'-joined cells; and a page's HTML table of results. One reader for all: the columns' headers say what each
figure is (plan, result, share of the plan, a quantity with its unit), the row's first words what it is about.
Near-misses (a letterhead set in columns, a signature block, a list of names and dates, a table of contents) are no
tables of figures and read as before. Invented reports of the genre."""

from __future__ import annotations

from _sentences import grounded as _grounded
from _sentences import one_of as _one
from soket.extract.pipeline import extract_document, extract_text
from soket.extract.texttables import text_tables
from soket.ingest.html import html_to_document
from soket.model import Fact

LETTERHEAD_TABS = (
    "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "   XÃ HÒA PHONG\t\t\tĐộc lập - Tự do - Hạnh phúc\n"
    "  ----------\t\t\t-----------------------\n"
    "Số: 41/BC-UBND\t\t\tHòa Phong, ngày 15 tháng 6 năm 2021\n\n"
    "BÁO CÁO\nKết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2021\n\n"
)
SIGNATURE_TABS = (
    "\nNơi nhận:\t\t\t\tTM. ỦY BAN NHÂN DÂN\n"
    "- UBND huyện (b/c);\t\t\tCHỦ TỊCH\n"
    "- Lưu: VP.\t\t\t\t(Đã ký)\n"
    "\t\t\t\t\tLê Văn Bình\n"
)

CROPS_TABS = (
    LETTERHEAD_TABS
    + "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Sản xuất nông nghiệp\n"
    "Vụ Đông Xuân được mùa, kết quả các cây trồng chính như sau:\n\n"
    "Cây trồng\tDiện tích (ha)\tNăng suất (tạ/ha)\tSản lượng (tấn)\tSo KH năm (%)\tGhi chú\n"
    "Lúa Đông Xuân\t210\t58\t1.218\t\tĐã thu hoạch xong\n"
    "Lạc\t35\t24\t84\t102,5\tNăng suất ước\n"
    "Khoai lang\t22\t\t\t91,7\tGiảm 8% so cùng kỳ\n\n"
    "Công tác phòng trừ sâu bệnh được triển khai kịp thời.\n"
    + SIGNATURE_TABS
)

INDICATORS_SPACES = (
    "     ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "     HUYỆN ĐỒNG XUÂN                           Độc lập - Tự do - Hạnh phúc\n"
    "  Số: 210/BC-UBND                       Đồng Xuân, ngày 5 tháng 12 năm 2019\n\n"
    "BÁO CÁO\nTình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2019\n\n"
    "I. KẾT QUẢ NĂM 2019\n"
    "Kinh tế tiếp tục phát triển; thu ngân sách nhà nước trên địa bàn ước đạt 88,4 tỷ đồng, vượt dự toán.\n\n"
    "Các chỉ tiêu chủ yếu năm 2019:\n\n"
    "TT   Chỉ tiêu                          ĐVT            KH 2019    Ước TH 2019   So KH (%)\n"
    "1    Giá trị sản xuất nông nghiệp      tỷ đồng        520        536,8         103,2\n"
    "2    Thu ngân sách nhà nước            tỷ đồng        80         88,4          110,5\n"
    "3    Tỷ lệ hộ nghèo                    %              6,5        6,2\n"
    "4    Sản lượng thủy sản                tấn/năm        1.450      1.512         104,3\n\n"
    "II. KẾT QUẢ TRÊN CÁC LĨNH VỰC\n"
    "Công tác giáo dục, y tế có chuyển biến tích cực.\n"
)

BUDGET_PIPE_LINES = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n|\nSố:\n57/BC-UBND\n|\nAn Bình, ngày 2\ntháng 7 năm 2024\n|\n"
    "BÁO CÁO\nTÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024\n"
    "1. Tài chính - ngân sách\n"
    "Thu, chi ngân sách 6 tháng bảo đảm tiến độ. Cụ thể như sau:\n"
    "|\nNội dung\n|\nDự toán năm 2024\n(triệu đồng)\n|\nThực hiện 6 tháng\n(triệu đồng)\n|\nTỷ lệ so dự toán (%)\n|\n|\n"
    "Thu ngân sách trên địa bàn\n|\n64.200\n|\n35.310\n|\n55,0\n|\n|\n"
    "Chi ngân sách phường\n|\n41.900\n|\n19.700\n|\n47,0\n|\n"
    "2. Văn hóa - xã hội\nCác hoạt động văn hóa, thể thao được tổ chức sôi nổi.\n|\n"
    "Nơi nhận:\n- UBND thành phố (b/c);\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Thị Hoa\n|\n"
)

RESULTS_HTML = """<html><head><title>Kết quả thực hiện các chỉ tiêu năm 2022 của xã Tân Hiệp</title></head><body>
<article><h1>Xã Tân Hiệp hoàn thành các chỉ tiêu kinh tế - xã hội năm 2022</h1>
<p>Năm 2022, UBND xã Tân Hiệp tập trung chỉ đạo thực hiện các chỉ tiêu do HĐND xã đề ra và đạt nhiều kết quả trên
các lĩnh vực kinh tế, văn hóa, xã hội.</p>
<p>Kết quả một số chỉ tiêu chủ yếu như sau:</p>
<table>
<tr><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Kế hoạch</th><th>Thực hiện</th><th>Tỷ lệ (%)</th></tr>
<tr><td>Tổng sản lượng lương thực</td><td>tấn</td><td>3.100</td><td>3.264</td><td>105,3</td></tr>
<tr><td>Thu ngân sách xã</td><td>triệu đồng</td><td>4.500</td><td>4.860</td><td>108,0</td></tr>
<tr><td>Tỷ lệ tham gia bảo hiểm y tế</td><td>%</td><td>92</td><td>93,4</td><td>101,5</td></tr>
</table>
<p>Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn xã được giữ vững ổn định.</p>
</article></body></html>"""


def _facts(text: str) -> list[Fact]:
    return extract_text(text).facts


# --- tab-separated cells ---------------------------------------------------------------------------------------


def test_tab_table_of_crops_gives_a_fact_per_figure_cell() -> None:
    rec = extract_text(CROPS_TABS)
    f = _one(rec.facts, "210")
    assert (f.role, f.value, f.unit, f.origin) == ("amount", 210, "ha", "table")
    assert f.subject == "diện tích lúa Đông Xuân"
    g = _one(rec.facts, "58")
    assert (g.value, g.unit, g.subject) == (58, "tạ", "năng suất lúa Đông Xuân")  # a rate keeps its measure
    h = _one(rec.facts, "1.218")
    assert (h.value, h.unit, h.subject) == (1218, "tấn", "sản lượng lúa Đông Xuân")
    p = _one(rec.facts, "102,5")
    assert (p.role, p.value, p.unit, p.subject) == ("plan_pct", 102.5, "%", "Lạc")
    _grounded(rec, CROPS_TABS)


def test_a_rows_note_marks_estimates_and_is_read_as_a_sentence_about_the_row() -> None:
    rec = extract_text(CROPS_TABS)
    assert _one(rec.facts, "24").estimated  # "Năng suất ước": the yield column only
    assert not _one(rec.facts, "84").estimated
    assert not _one(rec.facts, "35").estimated
    d = _one(rec.facts, "8%")
    assert (d.role, d.value, d.subject, d.basis) == ("change_pct", -8, "Khoai lang", "cùng kỳ")
    assert not [f for f in rec.facts if f.unit in ("năng suất", "chủ yếu", "đã thu hoạch xong")]


def test_letterhead_and_signature_in_tab_columns_read_as_before() -> None:
    rec = extract_text(CROPS_TABS)
    assert rec.meeting.date == "2021-06-15"
    assert [p.name for p in rec.people] == ["Lê Văn Bình"]
    assert len(text_tables(CROPS_TABS)) == 1  # the crops table, not the letterhead nor the signature


# --- cells aligned by spaces -------------------------------------------------------------------------------------


def test_space_aligned_indicator_table_with_unit_column() -> None:
    rec = extract_text(INDICATORS_SPACES)
    t = _one(rec.facts, "520")
    assert (t.role, t.value, t.unit, t.subject) == ("target", 520e9, "VND", "Giá trị sản xuất nông nghiệp")
    a = _one(rec.facts, "536,8")
    assert (a.role, a.value, a.estimated) == ("amount", 536.8e9, True)
    p = _one(rec.facts, "103,2")
    assert (p.role, p.value, p.estimated) == ("plan_pct", 103.2, True)
    r = _one(rec.facts, "6,2")
    assert (r.role, r.unit) == ("percent", "%")
    s = _one(rec.facts, "1.512")
    assert (s.value, s.unit) == (1512, "tấn")
    _grounded(rec, INDICATORS_SPACES)


def test_a_figure_the_prose_states_too_is_one_fact() -> None:
    rec = extract_text(INDICATORS_SPACES)
    said = [f for f in rec.facts if f.value == 88.4e9 and f.role == "amount"]
    assert len(said) == 1 and said[0].raw == "88,4 tỷ đồng"  # the prose's, not the table's "88,4"
    assert _one(rec.facts, "80").role == "target"


def test_letterhead_in_space_columns_is_no_table() -> None:
    rec = extract_text(INDICATORS_SPACES)
    assert rec.meeting.date == "2019-12-05"
    assert [t.rows[0][1].text for t in text_tables(INDICATORS_SPACES)] == ["Chỉ tiêu"]


# --- one cell a line between '|' lines ---------------------------------------------------------------------------


def test_pipe_line_budget_table_with_units_in_the_header() -> None:
    rec = extract_text(BUDGET_PIPE_LINES)
    t = _one(rec.facts, "64.200")
    assert (t.role, t.value, t.unit, t.subject) == ("target", 64.2e9, "VND", "Thu ngân sách trên địa bàn")
    a = _one(rec.facts, "35.310")
    assert (a.role, a.value) == ("amount", 35.31e9)
    p = _one(rec.facts, "55,0")
    assert (p.role, p.value) == ("plan_pct", 55.0)
    last = _one(rec.facts, "47,0")  # the last row, the next paragraph after it with no row break
    assert (last.role, last.subject) == ("plan_pct", "Chi ngân sách phường")
    _grounded(rec, BUDGET_PIPE_LINES)
    assert rec.meeting.date == "2024-07-02"
    assert len(text_tables(BUDGET_PIPE_LINES)) == 1  # the letterhead cells are none


# --- a line of '|'-joined cells ----------------------------------------------------------------------------------


def test_pipe_joined_lines_in_a_text_report() -> None:
    text = ("Năm 2023, thị trấn đạt và vượt phần lớn các chỉ tiêu đề ra. Kết quả như sau:\n\n"
            "| STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | So KH (%) |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Trồng rừng tập trung | ha | 120 | 131 | 109,2 |\n"
            "| 2 | Lao động được tạo việc làm | người | 300 | 318 | 106,0 |\n\n"
            "Công tác quốc phòng, quân sự địa phương được bảo đảm.\n")
    rec = extract_text(text)
    assert (_one(rec.facts, "120").role, _one(rec.facts, "120").unit) == ("target", "ha")
    f = _one(rec.facts, "318")
    assert (f.role, f.value, f.unit, f.subject) == ("amount", 318, "người", "Lao động được tạo việc làm")
    _grounded(rec, text)


# --- a page's HTML table -----------------------------------------------------------------------------------------


def test_html_results_table_through_ingest() -> None:
    doc = html_to_document(RESULTS_HTML.encode())
    rec = extract_document(doc)
    t = _one(rec.facts, "4.500")
    assert (t.role, t.value, t.unit, t.subject) == ("target", 4.5e9, "VND", "Thu ngân sách xã")
    a = _one(rec.facts, "3.264")
    assert (a.role, a.value, a.unit) == ("amount", 3264, "tấn")
    p = _one(rec.facts, "105,3")  # "Tỷ lệ (%)" after a plan and a result: the share of the plan
    assert (p.role, p.value) == ("plan_pct", 105.3)
    r = _one(rec.facts, "93,4")
    assert (r.role, r.unit) == ("percent", "%")
    _grounded(rec, doc.text)


# --- a table in the section on the coming period -----------------------------------------------------------------


def test_table_in_the_coming_periods_section_gives_goals() -> None:
    text = ("I. KẾT QUẢ NĂM 2020\nThu ngân sách xã đạt 3.120 triệu đồng.\n\n"
            "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021\n"
            "Phấn đấu hoàn thành các chỉ tiêu chủ yếu năm 2021 như sau:\n\n"
            "Chỉ tiêu\tĐVT\tNăm 2021\n"
            "Thu ngân sách xã\ttriệu đồng\t3.400\n"
            "Trồng mới cây ăn quả\tha\t25\n\n"
            "Tập trung chỉ đạo sản xuất vụ Xuân đúng khung thời vụ.\n")
    rec = extract_text(text)
    f = _one(rec.facts, "3.400")
    assert (f.role, f.value, f.unit) == ("target", 3.4e9, "VND")
    assert _one(rec.facts, "25").role == "target"
    assert _one(rec.facts, "3.120 triệu đồng").role == "amount"


def test_a_results_table_after_a_lead_in_with_a_colon_stays_results() -> None:
    rec = extract_text(INDICATORS_SPACES)  # "Các chỉ tiêu chủ yếu năm 2019:" then the table, then a heading
    assert _one(rec.facts, "536,8").role == "amount"


# --- near-misses: no table of figures ----------------------------------------------------------------------------


def test_list_of_names_and_dates_is_no_table() -> None:
    text = ("Danh sách cán bộ được khen thưởng năm 2022:\n\n"
            "Họ và tên\tChức vụ\tNgày sinh\n"
            "Nguyễn Văn An\tTrưởng thôn\t12/3/1970\n"
            "Trần Thị Bích\tChi hội trưởng\t5/9/1982\n\n"
            "Hội nghị đã trao giấy khen cho 12 tập thể.\n")
    assert text_tables(text) == []
    assert [f.raw for f in _facts(text)] == ["12 tập thể"]


def test_table_of_contents_with_page_numbers_is_no_table() -> None:
    text = ("MỤC LỤC\n\n"
            "Phần     Nội dung                                   Trang\n"
            "I        Tình hình kinh tế                          3\n"
            "II       Văn hóa - xã hội                           12\n"
            "III      Quốc phòng - an ninh                       18\n\n"
            "Phần I. TÌNH HÌNH KINH TẾ\nSản lượng lương thực đạt 5.200 tấn.\n")
    assert text_tables(text) == []
    assert [f.raw for f in _facts(text)] == ["5.200 tấn"]


def test_signature_block_in_space_columns_is_no_table() -> None:
    text = ("Tổng thu ngân sách đạt 2.300 triệu đồng.\n\n"
            "Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN\n"
            "- TT Huyện ủy, HĐND huyện;                              CHỦ TỊCH\n"
            "- Lưu: VT.                                           (Đã ký)\n"
            "                                                     Phạm Văn Cường\n")
    assert text_tables(text) == []
    rec = extract_text(text)
    assert [f.raw for f in rec.facts] == ["2.300 triệu đồng"]
    assert [p.name for p in rec.people] == ["Phạm Văn Cường"]


def test_a_pipe_line_letterhead_alone_is_no_table() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN AN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 12/BC-UBND\n|\n"
            "Tân An, ngày 3 tháng 4 năm 2025\n|\nBÁO CÁO\nKết quả quý I năm 2025\n"
            "Thu ngân sách quý I đạt 1.050 triệu đồng.\n")
    assert text_tables(text) == []
    assert [f.raw for f in _facts(text)] == ["1.050 triệu đồng"]


def test_share_of_the_plan_headers_beside_a_plan_and_a_result() -> None:
    for head in ("TH/KH (%)", "Đạt %", "%", "So sánh (%)", "Tỷ lệ thực hiện (%)"):
        page = RESULTS_HTML.replace("<th>Tỷ lệ (%)</th>", f"<th>{head}</th>")
        rec = extract_document(html_to_document(page.encode()))
        p = _one(rec.facts, "105,3")
        assert (p.role, p.unit) == ("plan_pct", "%"), head


def test_a_share_column_with_no_plan_beside_it_is_a_rate_of_its_row() -> None:
    text = ("Kết quả tiêm phòng vụ Xuân như sau:\n\n"
            "Thôn\tSố hộ (hộ)\tTỷ lệ tiêm phòng (%)\n"
            "Thôn 1\t210\t96,2\n"
            "Thôn 2\t185\t91,5\n\n"
            "Không có dịch bệnh xảy ra.\n")
    rec = extract_text(text)
    r = _one(rec.facts, "96,2")
    assert (r.role, r.unit, r.subject) == ("percent", "%", "tỷ lệ tiêm phòng thôn 1")
    h = _one(rec.facts, "185")
    assert (h.role, h.unit) == ("amount", "hộ")
