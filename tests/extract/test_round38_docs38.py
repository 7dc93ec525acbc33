"""Round 38 (docs38): written reports as .docx and .pdf copies print them. The signer block stands above an appendix
(a table of indicators after the name), in every layout a copy gives it; an appendix's table reads its unit cell's
scale ("Nghìn lượt"), a comparison with a named year, and restates the prose's figures; a change restated signed in
brackets; a plan's sum in brackets after the plan's year; a bound "trở lên" is no predicate; "lúa 3 vụ" names a crop.
Every sentence is invented; each rule has a near miss that must not change."""

from __future__ import annotations

from _sentences import facts, one
from soket.extract.pipeline import extract_text
from soket.extract.tables import parse_unit, table_facts
from soket.model import Cell, Table

HEAD = ("ỦY BAN NHÂN DÂN\n\nXÃ PHƯỚC LONG\n\nSố: 91/BC-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập - Tự do - Hạnh phúc\n\nPhước Long, ngày 18 tháng 6 năm 2026\n\nBÁO CÁO\n\n"
        "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026\n\n"
        "Tổng thu ngân sách trên địa bàn ước đạt 21,6 tỷ đồng, bằng 54,2% dự toán.\n\n")
RECIPIENTS = "Nơi nhận:\n\n- UBND huyện (b/c);\n\n- TT Đảng ủy xã;\n\n- Lưu: VT.\n\n"
APPENDIX = ("\n\nPHỤ LỤC\n\nMỘT SỐ CHỈ TIÊU CHỦ YẾU\n\n"
            "| STT | Chỉ tiêu | ĐVT | KH năm 2026 | TH 6 tháng | % KH |\n"
            "| 1 | Tổng thu ngân sách | Tỷ đồng | 39,8 | 21,6 | 54,2 |\n")


def _people(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.roles) for p in extract_text(text).people]


# --- the signer above an appendix ------------------------------------------------------------------------------


def test_signer_under_the_recipients_with_an_appendix_after():
    text = HEAD + RECIPIENTS + "TM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\nLê Thị Hồng Vân" + APPENDIX
    assert ("Lê Thị Hồng Vân", ["Phó Chủ tịch"]) in _people(text)


def test_signer_for_the_chair_and_a_party_committee_with_an_appendix_after():
    text = HEAD + RECIPIENTS + "TL. CHỦ TỊCH\n\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nĐỗ Văn Khải" + APPENDIX
    assert ("Đỗ Văn Khải", ["Chánh Văn phòng"]) in _people(text)
    text = HEAD + RECIPIENTS + "T/M ĐẢNG UỶ\n\nBÍ THƯ\n\nHà Quang Minh" + APPENDIX
    assert ("Hà Quang Minh", ["Bí thư"]) in _people(text)


def test_signer_read_first_above_the_recipients():
    # a copy that reads the closing block's right column first: the signature, then the recipients, then the appendix
    text = HEAD + "TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nTrương Minh Đạt\n\n" + RECIPIENTS + APPENDIX.lstrip("\n")
    assert ("Trương Minh Đạt", ["Chủ tịch"]) in _people(text)


def test_signer_in_a_text_copy_laid_in_two_columns_with_an_appendix_after():
    block = ("Nơi nhận:                              TM. ỦY BAN NHÂN DÂN\n"
             "- UBND huyện (b/c);                    KT. CHỦ TỊCH\n"
             "- TT Đảng ủy xã;                       PHÓ CHỦ TỊCH\n"
             "- Lưu: VT.\n"
             "                                       Phan Văn Tùng\n")
    assert ("Phan Văn Tùng", ["Phó Chủ tịch"]) in _people(HEAD + block + APPENDIX)


def test_no_recipients_no_signer_in_an_appendix():
    # near miss: a title and a name above an appendix with no list of recipients is no signature block
    text = HEAD + "TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nTrương Minh Đạt\n\nGhi chú về số liệu" + APPENDIX
    assert "Trương Minh Đạt" not in [n for n, _ in _people(text)]


def test_signer_named_with_the_title_in_full_gets_no_bare_title():
    text = ("Chiều 18/6, HĐND huyện Phước Long khai mạc kỳ họp thứ 9. Ông Lâm Văn Hậu, Chủ tịch HĐND huyện chủ trì "
            "kỳ họp.\n\n" + RECIPIENTS + "TM. HỘI ĐỒNG NHÂN DÂN\n\nCHỦ TỊCH\n\nLâm Văn Hậu" + APPENDIX)
    assert ("Lâm Văn Hậu", ["Chủ tịch HĐND huyện"]) in _people(text)
    # near miss: a signer the text names with another title keeps the title signed under
    text = text.replace("Chủ tịch HĐND huyện chủ trì", "Bí thư Huyện ủy chủ trì")
    assert ("Lâm Văn Hậu", ["Bí thư Huyện ủy", "Chủ tịch"]) in _people(text)


# --- an appendix's table ------------------------------------------------------------------------------------


def _table(*rows: list[str]) -> Table:
    pos, out = 0, []
    for r in rows:
        cells = []
        for t in r:
            cells.append(Cell(text=t, start=pos, end=pos + len(t)))
            pos += len(t) + 3
        out.append(cells)
    return Table(index=0, start=0, end=pos, rows=out)


def test_unit_cell_with_a_scale_before_a_counted_noun():
    assert parse_unit("Nghìn lượt") == ("lượt", 1000)
    assert parse_unit("Triệu lượt") == ("lượt", 1000000)
    assert parse_unit("Nghìn tấn") == ("tấn", 1000)
    # near misses: a counted noun alone, money (its own scales)
    assert parse_unit("Lượt") == ("lượt", 1)
    assert parse_unit("Tỷ đồng") == ("VND", 1000000000)
    t = _table(["STT", "Chỉ tiêu", "ĐVT", "KH năm 2026", "Ước TH 2026"],
               ["1", "Khách tham quan", "Nghìn lượt", "1.250", "1.310"])
    got = {f.raw: (f.value, f.unit, f.role) for f in table_facts(t)}
    assert got == {"1.250": (1250000, "lượt", "target"), "1.310": (1310000, "lượt", "amount")}


def test_column_compared_with_a_named_year():
    t = _table(["STT", "Chỉ tiêu", "ĐVT", "Ước TH 2026", "So với năm 2025 (%)"],
               ["1", "Doanh thu dịch vụ", "Tỷ đồng", "912", "109,4"])
    f = next(f for f in table_facts(t) if f.raw == "109,4")
    assert (f.role, f.unit, f.basis) == ("prior_pct", "%", "năm 2025")
    # near miss: a column of the year's own figures is the result
    t = _table(["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Ước TH 2026"],
               ["1", "Doanh thu dịch vụ", "Tỷ đồng", "834", "912"])
    assert {f.raw: f.role for f in table_facts(t)}["834"] == "amount"


def test_appendix_row_restating_the_prose_figure_under_a_shorter_name():
    text = ("Lượng khách đến tham quan, nghỉ dưỡng trên địa bàn ước đạt 1,31 triệu lượt.\n\n"
            "| STT | Chỉ tiêu | ĐVT | KH năm 2026 | Ước TH 2026 |\n"
            "| 1 | Khách du lịch | Nghìn lượt | 1.250 | 1.310 |\n")
    got = [(f.raw, f.role) for f in facts(text)]
    assert ("1,31 triệu lượt", "amount") in got and ("1.310", "amount") not in got
    assert ("1.250", "target") in got  # near miss: the plan the prose does not state stays


# --- prose ------------------------------------------------------------------------------------------------------


def test_change_restated_signed_in_brackets():
    text = "Tai nạn giao thông xảy ra 21 vụ, giảm 4 vụ (-16%) so với năm 2025."
    f = one(text, "16%")
    assert (f.role, f.value, f.basis) == ("change_pct", -16, "năm 2025")
    f = one("Diện tích gieo trồng đạt 8.420 ha, giảm 1,5% (-128 ha) so cùng kỳ.", "128 ha")
    assert (f.role, f.value, f.basis) == ("change", -128, "cùng kỳ")
    # near misses: a share in brackets unsigned, a span with a dash
    assert one("Có 18 trường đạt chuẩn quốc gia (72%).", "72%").role != "change_pct"
    assert all((f.value or 0) >= 0 for f in facts("Dân số tăng tự nhiên ở mức (1,1-1,2%) so với năm trước."))


def test_plan_sum_in_brackets_after_the_plans_year():
    text = "Vốn đầu tư công giải ngân được 42,5 tỷ đồng, đạt 58% kế hoạch vốn năm 2026 (73,3 tỷ đồng)."
    assert one(text, "73,3 tỷ đồng").role == "target"
    # near miss: no result in the same unit before it: a sum of its own
    text = "Giải ngân vốn đạt 58% kế hoạch vốn năm 2026 (73,3 tỷ đồng)."
    assert one(text, "73,3 tỷ đồng").role != "target"


def test_bound_after_a_class_is_no_predicate():
    f = one("Kết quả xếp loại: có 17/19 chi bộ hoàn thành tốt nhiệm vụ trở lên, đạt 89,5%.", "89,5%")
    assert f.subject and "chi bộ hoàn thành tốt nhiệm vụ" in f.subject
    # near miss: "lên" a verb of its own stays the predicate
    assert one("Tỷ lệ che phủ rừng đã lên 61,5%.", "61,5%").subject == "Tỷ lệ che phủ rừng"


def test_rice_named_by_its_seasons_is_no_count():
    got = [f.raw for f in facts("Cơ cấu cây trồng gồm mía 380 ha, lúa 2 vụ và các loại rau màu ngắn ngày.")]
    assert "380 ha" in got and "2 vụ" not in got
    # near miss: a count of cases
    assert "4 vụ" in [f.raw for f in facts("Trên địa bàn xảy ra 4 vụ cháy rừng, thiệt hại 3,2 ha.")]
