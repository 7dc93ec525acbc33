"""Round 38 (issue 10), left38: the basis of a table's %-of-plan column is the header, as written, of the plan column
the percentage is taken of ("KH 2025 | Ước TH 6T | % KH": "KH 2025"); the one the percentage names where the table
has several, else the nearest before it; with no plan column, the percentage column's own words from its first plan
word on ("So KH năm (%)": "KH năm"). Near-misses: a "so cùng kỳ" column keeps its comparison; a plan column's unit
in brackets is no part of the basis. Invented reports of the genre."""

from __future__ import annotations

from _sentences import one_of
from soket.extract.pipeline import extract_text


def _table(header: str, *rows: str) -> str:
    return ("Kết quả thực hiện một số chỉ tiêu chủ yếu 6 tháng đầu năm 2025 như sau:\n\n"
            + "\n".join("\t".join(c.strip() for c in r.split("|")) for r in (header, *rows)) + "\n\n"
            "Các hoạt động văn hóa, thể thao được tổ chức sôi nổi.\n")


def test_the_basis_is_the_plan_columns_header() -> None:
    text = _table("STT | Chỉ tiêu | ĐVT | KH 2025 | Ước TH 6 tháng | Tỷ lệ (%)",
                  "1 | Thu ngân sách trên địa bàn | Tỷ đồng | 84,5 | 41,2 | 48,8",
                  "2 | Trồng rừng tập trung | Ha | 320 | 175 | 54,7")
    found = extract_text(text).facts
    assert one_of(found, "48,8").role == "plan_pct" and one_of(found, "48,8").basis == "KH 2025"
    assert one_of(found, "54,7").basis == "KH 2025"


def test_a_plan_columns_unit_in_brackets_is_no_part_of_the_basis() -> None:
    text = _table("TT | Chỉ tiêu | Dự toán năm 2025 (triệu đồng) | Thực hiện quý I (triệu đồng) | Tỷ lệ so dự toán (%)",
                  "1 | Thu ngân sách xã được hưởng | 9.870 | 2.455 | 24,9")
    assert one_of(extract_text(text).facts, "24,9").basis == "Dự toán năm 2025"


def test_the_plan_the_percentage_names_among_several() -> None:
    text = _table("TT | Chỉ tiêu | ĐVT | KH huyện giao | KH xã phấn đấu | Ước TH 6 tháng | So KH xã phấn đấu (%)",
                  "1 | Tổng sản lượng lương thực | Tấn | 5.100 | 5.300 | 2.650 | 50,0")
    assert one_of(extract_text(text).facts, "50,0").basis == "KH xã phấn đấu"


def test_no_plan_column_the_percentages_own_words() -> None:
    text = _table("Cây trồng | Diện tích (ha) | Sản lượng (tấn) | So KH năm (%)",
                  "Lúa cả năm | 410 | 2.350 | 104,2",
                  "Ngô | 65 | 290 | 81,3")
    found = extract_text(text).facts
    assert one_of(found, "104,2").role == "plan_pct" and one_of(found, "104,2").basis == "KH năm"


def test_a_comparison_with_last_year_keeps_its_basis() -> None:
    text = _table("STT | Chỉ tiêu | ĐVT | KH 2025 | Ước TH 6 tháng | % KH | So cùng kỳ (%)",
                  "1 | Kim ngạch xuất khẩu | Triệu USD | 120 | 63,5 | 52,9 | 108,1")
    found = extract_text(text).facts
    assert one_of(found, "52,9").basis == "KH 2025"
    assert one_of(found, "108,1").role == "prior_pct" and one_of(found, "108,1").basis == "cùng kỳ"
