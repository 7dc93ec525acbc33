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


# --- subjects of a storm's toll, of a thing held "với" a measure, of a request to a body, of a sum's purpose ----------

def _subject(text: str, raw: str) -> str:
    return (one_of(extract_text(text).facts, raw).subject or "").lower()


def test_a_measures_things_listed_then_what_they_suffer() -> None:
    text = ("Bão số 5 gây thiệt hại nặng: 3 người bị thương, 210 căn nhà bị tốc mái, hơn 1.450 ha lúa và hoa màu bị "
            "ngập úng; thiệt hại ước khoảng 96 tỷ đồng.")
    assert _subject(text, "hơn 1.450 ha") == "lúa và hoa màu bị ngập úng"
    placed = "Đợt lũ làm trên 640 ha ngô, đậu tương ở các xã ven sông Mã bị ngập."
    assert _subject(placed, "trên 640 ha") == "ngô, đậu tương bị ngập"


def test_a_measures_one_thing_or_figures_between_are_no_list() -> None:
    assert _subject("Đợt lũ làm trên 700 ha lúa và 250 ha ngô bị ngập úng.", "trên 700 ha") == "lúa"
    assert _subject("Toàn xã gieo cấy 520 ha lúa, ngô và đậu tương.", "520 ha") == "gieo cấy lúa"


def test_the_thing_held_with_a_measure_not_its_state() -> None:
    assert _subject("Cây mắc ca duy trì ổn định với khoảng 2.300 ha, trong đó 900 ha cho thu hoạch.",
                    "khoảng 2.300 ha") == "cây mắc ca"
    assert _subject("Theo báo cáo, cây sắn vẫn giữ vai trò chủ lực với 5.600 ha, trong đó 4.100 ha sắn cao sản.",
                    "5.600 ha") == "cây sắn"
    assert _subject("Mô hình tôm - lúa tiếp tục được nhân rộng với diện tích 1.120 ha.", "1.120 ha") == "mô hình tôm - lúa"
    assert _subject("Hoàn thành gieo sạ lúa vụ Đông Xuân với tổng diện tích 6.480 ha, đạt 101% kế hoạch.",
                    "6.480 ha") == "hoàn thành gieo sạ lúa vụ đông xuân"


def test_a_total_size_after_a_count_stays_the_counts() -> None:
    text = "Tỉnh bổ sung 46 công trình, dự án với tổng diện tích 312,5 ha vào kế hoạch sử dụng đất năm 2026."
    assert "dự án" != _subject(text, "312,5 ha")
    assert _subject(text, "312,5 ha").startswith("tổng diện tích")


def test_an_event_counted_by_the_places_it_hit() -> None:
    assert _subject("Mưa lớn kéo dài nhiều ngày gây sạt lở tại 31 điểm trên các tuyến đường liên xã.", "31 điểm") \
        .startswith("sạt lở")
    assert _subject("Các đoàn liên ngành đã kiểm tra tại 14 điểm kinh doanh.", "14 điểm kinh doanh") == "kiểm tra"
    assert _subject("Hội Phụ nữ xã gây quỹ được 50 triệu đồng.", "50 triệu đồng") == "hội phụ nữ xã gây quỹ"


def test_the_body_a_request_or_a_proposal_addresses_is_no_part_of_the_subject() -> None:
    assert _subject("Về mục tiêu năm 2027, UBND huyện trình HĐND huyện chỉ tiêu tổng thu ngân sách tăng 10%.", "10%") \
        == "chỉ tiêu tổng thu ngân sách"
    asked = ("Báo cáo thẩm tra của Ban Kinh tế - Ngân sách đề nghị UBND tỉnh làm rõ nguyên nhân giải ngân vốn đầu tư "
             "công mới đạt 52,4% kế hoạch.")
    assert _subject(asked, "52,4%") == "giải ngân vốn đầu tư công"
    assert _subject("HĐND tỉnh thông qua chỉ tiêu thu ngân sách năm 2026 tăng 8%.", "8%").startswith("hđnd tỉnh thông qua")


def test_a_sums_purpose_past_its_source() -> None:
    text = "Thành phố đã chi hơn 75 tỷ đồng từ ngân sách và nguồn xã hội hóa để hỗ trợ người dân sửa chữa nhà."
    assert _subject(text, "hơn 75 tỷ đồng") == "chi hỗ trợ người dân sửa chữa nhà"
    assert _subject("Tỉnh thu hồi 120 tỷ đồng từ những dự án không triển khai.", "120 tỷ đồng") == "thu hồi"


REPORT = ("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2026\n\n"
          "Quý I, xã tập trung chỉ đạo sản xuất vụ Xuân và chăm lo Tết cho các gia đình chính sách.\n\n"
          "2.3. Xây dựng, giao thông\n"
          "- Khởi công 04 công trình đường giao thông nông thôn với tổng mức đầu tư 9,2 tỉ đồng.\n"
          "- Thu gom, xử lý rác thải sinh hoạt đạt tỷ lệ 96%.\n\n"
          "PHẦN III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II\n"
          "1. Đẩy nhanh tiến độ 04 công trình giao thông nông thôn đã khởi công.\n"
          "2. Khởi công mới 04 công trình nhà văn hóa thôn.\n")


def test_a_count_said_again_as_done_is_a_reference_back() -> None:
    found = [(f.raw, (f.subject or "").lower()) for f in extract_text(REPORT).facts if f.raw == "04 công trình"]
    assert [s for _, s in found] == ["khởi công công trình đường giao thông nông thôn",
                                     "khởi công mới công trình nhà văn hóa thôn"]


def test_a_counts_bound_closes_no_phrase() -> None:
    text = ("Mục tiêu năm 2026: thu nhập bình quân đạt 35 triệu đồng/người/năm; có từ 4 bản trở lên đạt “bản không ma "
            "túy”.")
    assert _subject(text, "4 bản") == "bản đạt bản không ma túy"
    assert _subject("Toàn xã có 5 hộ trở lên được hỗ trợ.", "5 hộ") == "hộ được hỗ trợ"
    assert _subject("Năm 2025 toàn huyện có 14 thôn đạt chuẩn văn hóa.", "14 thôn") == "thôn đạt chuẩn văn hóa"


def test_the_same_thing_measured_again_after_and_shares_the_verb() -> None:
    text = "Tỉnh thu hồi 12 ha đất để làm đường tránh và 3 ha đất để xây trường học."
    assert _subject(text, "3 ha") == _subject(text, "12 ha") == "tỉnh thu hồi đất"
    other = "Huyện đã trồng mới 120 ha rừng sản xuất ở xã A và 45 ha rừng phòng hộ ở xã B."
    assert _subject(other, "45 ha").startswith("rừng phòng hộ")
