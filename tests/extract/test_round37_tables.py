"""Round 37 (issue 10): tables of results written as text the way a PDF's or a Word file's copy gives them: rule
lines between the rows ('-----', '+----+----+', '├────┼────┤') that neither are rows nor end the table; rows of
'|'-separated cells with no '|' before the first cell, where a row that opens with '|' has an empty first cell (a
row name's second line); a row name wrapped onto rows of its own, whose other cells are empty, joined to its row; a
column drawn with box-drawing bars ('│') read as one drawn with '|'; a unit cell 'Đ/v' (đảng viên). Near-misses: a
'|'-joined list of headlines, a table of tasks and deadlines (no figures), a group row that opens with a capital
(no second line of the row above). Invented reports of the genre."""

from __future__ import annotations

from _sentences import grounded as _grounded
from _sentences import one_of as _one
from soket.extract.pipeline import extract_text
from soket.extract.texttables import text_tables

DASH_RULES = (
    "     BÁO CÁO\n     Tình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\n"
    "     1. Kinh tế\n"
    "     Sản xuất công nghiệp tiếp tục phục hồi; hoạt động thương mại, dịch vụ sôi động.\n\n"
    "     BIỂU MỘT SỐ CHỈ TIÊU CHỦ YẾU\n"
    "  -------------------------------------------------------------------------\n"
    "  TT | Chỉ tiêu                      | ĐVT       | KH 2025  | Ước TH 6T | % KH\n"
    "  -------------------------------------------------------------------------\n"
    "  1  | Giá trị hàng hóa xuất khẩu    | Triệu USD | 1.250    | 640,5     | 51,2\n"
    "     | qua cửa khẩu                  |           |          |           |\n"
    "  2  | Lao động được đào tạo nghề    | Người     | 3.600    | 1.710     | 47,5\n"
    "  3  | Tỷ lệ trường đạt chuẩn quốc   | %         | 82       | 80,4      |  -\n"
    "     | gia                           |           |          |           |\n"
    "  -------------------------------------------------------------------------\n\n"
    "     2. Văn hóa - xã hội\n     Các hoạt động văn hóa, thể thao được tổ chức sôi nổi.\n"
)

PLUS_BOX = (
    "BẢNG KẾT QUẢ MỘT SỐ CHỈ TIÊU QUÝ I/2025\n"
    "+----+------------------------------+---------+----------+-----------+\n"
    "| TT | Chỉ tiêu                     | ĐVT     | KH năm   | TH quý I  |\n"
    "+----+------------------------------+---------+----------+-----------+\n"
    "| 1  | Thu ngân sách nhà nước trên  | Tỷ đồng | 9,6      | 2,7       |\n"
    "|    | địa bàn xã                   |         |          |           |\n"
    "| 2  | Trồng cây phân tán           | Cây     | 12.000   | 4.300     |\n"
    "| 3  | Kết nạp đảng viên mới        | Đ/v     | 25       | 6         |\n"
    "+----+------------------------------+---------+----------+-----------+\n\n"
    "PHẦN II. TỒN TẠI, HẠN CHẾ\n- Việc thu gom rác thải ở một số thôn chưa kịp thời.\n"
)

BOX_DRAWN = (
    "Kết quả thực hiện một số chỉ tiêu 9 tháng năm 2025 như sau:\n"
    "┌────┬──────────────────────────┬─────────┬──────────┬────────────┐\n"
    "│ TT │ Chỉ tiêu                 │ ĐVT     │ Kế hoạch │ Thực hiện  │\n"
    "├────┼──────────────────────────┼─────────┼──────────┼────────────┤\n"
    "│ 1  │ Sản lượng lương thực có  │ Tấn     │ 6.800    │ 5.125      │\n"
    "│    │ hạt                      │         │          │            │\n"
    "├────┼──────────────────────────┼─────────┼──────────┼────────────┤\n"
    "│ 2  │ Hộ thoát nghèo           │ Hộ      │ 140      │ 96         │\n"
    "└────┴──────────────────────────┴─────────┴──────────┴────────────┘\n\n"
    "Tình hình an ninh chính trị trên địa bàn ổn định.\n"
)

SPACES_RULED = (
    "Các chỉ tiêu chủ yếu năm 2024:\n\n"
    "TT   Chỉ tiêu                        ĐVT        Kế hoạch    Thực hiện   So KH (%)\n"
    "---------------------------------------------------------------------------------\n"
    "1    Diện tích trồng rừng mới        ha         150         162         108,0\n"
    "2    Khách du lịch                   Lượt       45.000      47.300      105,1\n"
    "---------------------------------------------------------------------------------\n\n"
    "Công tác quốc phòng, quân sự địa phương được bảo đảm.\n"
)


# --- '-----' rules, rows with no '|' before the first cell ---------------------------------------------------------


def test_dash_ruled_table_reads_plan_result_and_share_of_the_plan() -> None:
    rec = extract_text(DASH_RULES)
    t = _one(rec.facts, "1.250")
    assert (t.role, t.value, t.unit, t.origin) == ("target", 1250e6, "USD", "table")
    a = _one(rec.facts, "640,5")
    assert (a.role, a.value, a.estimated) == ("amount", 640.5e6, True)  # "Ước TH 6T"
    p = _one(rec.facts, "51,2")
    assert (p.role, p.value, p.unit) == ("plan_pct", 51.2, "%")
    n = _one(rec.facts, "1.710")
    assert (n.role, n.value, n.unit, n.subject) == ("amount", 1710, "người", "Lao động được đào tạo nghề")
    _grounded(rec, DASH_RULES)


def test_a_row_name_wrapped_onto_a_row_of_its_own_is_joined() -> None:
    rec = extract_text(DASH_RULES)
    assert _one(rec.facts, "640,5").subject == "Giá trị hàng hóa xuất khẩu qua cửa khẩu"
    r = _one(rec.facts, "80,4")
    assert (r.role, r.unit, r.subject) == ("percent", "%", "Tỷ lệ trường đạt chuẩn quốc gia")
    assert [f for f in rec.facts if f.subject in ("qua cửa khẩu", "gia")] == []


def test_a_dash_for_no_value_gives_no_fact() -> None:
    rec = extract_text(DASH_RULES)
    row3 = [f for f in rec.facts if f.subject == "Tỷ lệ trường đạt chuẩn quốc gia"]
    assert sorted(f.raw for f in row3) == ["80,4", "82"]


def test_the_rule_lines_are_no_rows_of_the_table() -> None:
    (table,) = text_tables(DASH_RULES)
    assert [c.text for c in table.rows[0]][:3] == ["TT", "Chỉ tiêu", "ĐVT"]
    assert ["", "qua cửa khẩu"] == [c.text for c in table.rows[2]][:2]  # the empty first cell kept


# --- '+----+' boxes ------------------------------------------------------------------------------------------------


def test_plus_boxed_table_with_a_wrapped_row_name() -> None:
    rec = extract_text(PLUS_BOX)
    t = _one(rec.facts, "9,6")
    assert (t.role, t.value, t.unit, t.subject) == ("target", 9.6e9, "VND", "Thu ngân sách nhà nước trên địa bàn xã")
    a = _one(rec.facts, "2,7")
    assert (a.role, a.value, a.estimated) == ("amount", 2.7e9, False)  # "TH quý I"
    c = _one(rec.facts, "4.300")
    assert (c.role, c.value, c.unit) == ("amount", 4300, "cây")
    _grounded(rec, PLUS_BOX)


def test_a_party_member_unit_cell() -> None:
    rec = extract_text(PLUS_BOX)
    t = _one(rec.facts, "25")
    assert (t.role, t.unit) == ("target", "đảng viên")
    a = _one(rec.facts, "6")
    assert (a.role, a.value, a.unit, a.subject) == ("amount", 6, "đảng viên", "Kết nạp đảng viên mới")


# --- box-drawing characters ----------------------------------------------------------------------------------------


def test_box_drawn_table_reads_as_a_pipe_table() -> None:
    rec = extract_text(BOX_DRAWN)
    t = _one(rec.facts, "6.800")
    assert (t.role, t.value, t.unit, t.subject) == ("target", 6800, "tấn", "Sản lượng lương thực có hạt")
    a = _one(rec.facts, "96")
    assert (a.role, a.value, a.unit, a.subject) == ("amount", 96, "hộ", "Hộ thoát nghèo")
    _grounded(rec, BOX_DRAWN)
    assert len(text_tables(BOX_DRAWN)) == 1


# --- aligned by spaces, a rule under the header --------------------------------------------------------------------


def test_space_aligned_table_with_a_rule_under_its_header() -> None:
    rec = extract_text(SPACES_RULED)
    t = _one(rec.facts, "150")
    assert (t.role, t.unit, t.subject) == ("target", "ha", "Diện tích trồng rừng mới")
    p = _one(rec.facts, "105,1")
    assert (p.role, p.subject) == ("plan_pct", "Khách du lịch")
    assert _one(rec.facts, "47.300").unit == "lượt"


# --- near-misses -----------------------------------------------------------------------------------------------------


def test_a_group_row_opening_with_a_capital_is_no_second_line() -> None:
    text = ("+----+------------------------+---------+----------+-----------+\n"
            "| TT | Chỉ tiêu               | ĐVT     | Kế hoạch | Thực hiện |\n"
            "+----+------------------------+---------+----------+-----------+\n"
            "| 1  | Thu ngân sách xã       | Tỷ đồng | 5,2      | 3,1       |\n"
            "|    | Văn hóa - xã hội       |         |          |           |\n"
            "| 2  | Hộ gia đình văn hóa    | Hộ      | 1.900    | 1.874     |\n"
            "+----+------------------------+---------+----------+-----------+\n")
    rec = extract_text(text)
    assert _one(rec.facts, "3,1").subject == "Thu ngân sách xã"
    assert _one(rec.facts, "1.874").subject == "Hộ gia đình văn hóa"


def test_a_pipe_joined_list_of_headlines_is_no_table() -> None:
    text = ("--------------------------------------------------------------\n"
            "Thời sự | Kinh tế | Văn hóa | Thể thao | Pháp luật\n"
            "--------------------------------------------------------------\n"
            "Tin nổi bật | Đại hội Đảng bộ xã | Hội nghị cử tri | Chuyển đổi số\n"
            "--------------------------------------------------------------\n\n"
            "Năm 2024, xã đã trồng mới 35 ha rừng.\n")
    assert text_tables(text) == []
    assert [f for f in extract_text(text).facts if f.origin == "table"] == []


def test_a_ruled_table_of_tasks_and_deadlines_gives_no_facts() -> None:
    text = ("PHỤ LỤC NHIỆM VỤ TRỌNG TÂM\n"
            "+----+------------------------------+-------------------+---------------+\n"
            "| TT | Nội dung                     | Đơn vị chủ trì    | Thời gian     |\n"
            "+----+------------------------------+-------------------+---------------+\n"
            "| 1  | Rà soát hộ nghèo, cận nghèo  | Phòng Văn hóa     | Quý III/2025  |\n"
            "| 2  | Sửa chữa đường liên thôn     | Ban Quản lý dự án | Tháng 10/2025 |\n"
            "+----+------------------------------+-------------------+---------------+\n\n"
            "Tổng kinh phí thực hiện 1,5 tỷ đồng.\n")
    assert text_tables(text) == []
    assert [f.raw for f in extract_text(text).facts] == ["1,5 tỷ đồng"]


def test_a_title_underline_does_not_join_a_letterhead_to_a_table() -> None:
    text = ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM      Mẫu\n"
            "XÃ AN HẢI            Độc lập - Tự do - Hạnh phúc            số 1\n"
            "    ________________________________________\n"
            "Chỉ tiêu                ĐVT       Kế hoạch    Thực hiện\n"
            "Sản lượng muối          tấn       2.000       2.150\n")
    (table,) = text_tables(text)
    assert table.rows[0][0].text == "Chỉ tiêu"
    assert _one(extract_text(text).facts, "2.150").subject == "Sản lượng muối"


# --- a figure's noun phrase ends before the project the work serves ("phục vụ dự án") -------------------------------------------


def test_what_the_work_serves_is_no_part_of_the_subject() -> None:
    for sentence, raw, subject in (
            ("- Hoàn thành giải phóng mặt bằng 8,4 ha phục vụ dự án cụm công nghiệp Đông Nam.", "8,4 ha",
             "Hoàn thành giải phóng mặt bằng"),
            ("Xã đã bàn giao 3,2 ha mặt bằng sạch phục vụ các dự án giao thông trọng điểm.", "3,2 ha",
             "bàn giao mặt bằng sạch")):
        f = _one(extract_text(sentence).facts, raw)
        assert f.subject == subject, (sentence, f.subject)
        assert "phục vụ" not in f.subject
    # "phục vụ" as the verb of the figure, or serving what is no project, reads as before
    g = _one(extract_text("Khu di tích của phường đã phục vụ 380 đoàn khách đến tham quan.").facts, "380 đoàn khách")
    assert (g.unit, g.subject) == ("đoàn khách", "phục vụ đoàn khách đến tham quan")
    h = _one(extract_text("Xã gieo trồng 120 ha hoa phục vụ mùa lễ hội, tăng 15 ha so với cùng kỳ.").facts, "15 ha")
    assert h.subject.endswith("gieo trồng hoa phục vụ mùa lễ hội")


def test_a_row_name_whose_figures_sit_on_its_second_line() -> None:
    text = ("Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2025:\n"
            "  ------------------------------------------------------------------\n"
            "  TT | Chỉ tiêu                      | ĐVT     | Kế hoạch | Thực hiện\n"
            "  ------------------------------------------------------------------\n"
            "     | Giá trị sản xuất công nghiệp  |         |          |\n"
            "  1  | và xây dựng                   | Tỷ đồng | 2.400    | 1.130\n"
            "     | Văn hóa - xã hội              |         |          |\n"
            "  2  | Hộ được công nhận gia đình    | Hộ      | 4.100    | 3.950\n"
            "     | văn hóa                       |         |          |\n"
            "  ------------------------------------------------------------------\n")
    rec = extract_text(text)
    t = _one(rec.facts, "2.400")
    assert (t.role, t.value, t.subject) == ("target", 2400e9, "Giá trị sản xuất công nghiệp và xây dựng")
    a = _one(rec.facts, "3.950")  # a group row above a row opening with a capital is no first line of it
    assert (a.role, a.subject) == ("amount", "Hộ được công nhận gia đình văn hóa")
