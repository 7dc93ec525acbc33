"""Round 39 (docs39): a report's text copied out of a PDF. A line the copy broke before a figure goes on with it
("... năng suất ước đạt" / "64,8 tạ/ha ..."), a subheading's test too; a page number alone between blank lines
and the running header under it are the page's furniture, written as spaces (one for one), and a sentence the page
cut goes on across them; a heading in capitals after a sentence's end keeps its line. Every line is invented;
each rule has a near miss that must not change."""

from __future__ import annotations

from soket.ingest.typography import unwrap_lines

#: prose lines of a copy wrapped at about 80 characters (enough for the copy to be read as wrapped)
BODY = ("Trong quý, các ngành, các địa phương đã bám sát chương trình công tác, triển khai\n"
        "đồng bộ nhiều giải pháp, tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh và\n"
        "bảo đảm an sinh xã hội trên địa bàn; tình hình an ninh chính trị được giữ vững,\n"
        "trật tự an toàn xã hội được bảo đảm, không để xảy ra vụ việc phức tạp kéo dài.\n")


def _wrapped(extra: str) -> str:
    return BODY + extra + BODY


def test_a_line_broken_before_a_figure_goes_on():
    text = _wrapped("Vụ Đông Xuân gieo cấy 1.830 ha lúa, lúa sinh trưởng tốt, năng suất ước đạt\n"
                    "64,8 tạ/ha, sản lượng ước 11.860 tấn, tăng so với cùng kỳ năm trước.\n")
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert "năng suất ước đạt 64,8 tạ/ha" in out


def test_a_list_item_after_a_stop_keeps_its_line():
    text = _wrapped("Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra, cụ thể như sau:\n"
                    "1. Tổng thu ngân sách trên địa bàn ước đạt 62,5 tỷ đồng, bằng 58% dự toán năm.\n")
    out = unwrap_lines(text)
    assert "như sau:\n1. Tổng thu" in out


def test_a_date_opening_a_line_after_a_stop_keeps_its_line():
    text = _wrapped("Hội nghị kết thúc trong ngày với sự thống nhất cao của các đại biểu dự họp.\n"
                    "12/7/2026\n")
    assert "dự họp.\n12/7/2026" in unwrap_lines(text)


def test_a_subheading_line_before_a_figure_goes_on():
    text = _wrapped("Bộ phận một cửa của xã trong kỳ đã tiếp nhận và xử lý các loại thủ tục, đúng hạn\n"
                    "4.215 hồ sơ, đạt 98,9% tổng số hồ sơ tiếp nhận trong kỳ báo cáo.\n")
    assert "đúng hạn 4.215 hồ sơ" in unwrap_lines(text)


def test_page_number_and_running_header_across_a_cut_sentence():
    text = _wrapped("Công tác y tế được duy trì, tỷ lệ trẻ em dưới 5\n\n2\n\n"
                    "Báo cáo tình hình kinh tế - xã hội quý II - UBND xã Tân An\n"
                    "tuổi suy dinh dưỡng thể thấp còi giảm còn 14,2%, thấp hơn cùng kỳ năm trước.\n")
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert "Báo cáo tình hình" not in out
    assert "\n2\n" not in out
    assert "dưới 5 " in out and out.split("dưới 5", 1)[1].lstrip().startswith("tuổi suy dinh dưỡng")
    assert "\n" not in out.split("dưới 5", 1)[1].split("tuổi", 1)[0]


def test_page_number_between_paragraphs_keeps_the_next_heading():
    # the sentence ends before the page number: the line after it is the next page's heading, never furniture
    text = _wrapped("Công tác y tế được duy trì, không để dịch bệnh lớn xảy ra trên địa bàn xã.\n\n- 2 -\n\n"
                    "Tình hình quốc phòng - an ninh\n"
                    "tiếp tục được giữ vững, lực lượng dân quân được huấn luyện theo kế hoạch năm.\n")
    out = unwrap_lines(text)
    assert "- 2 -" not in out
    assert "Tình hình quốc phòng - an ninh" in out
    assert "trên địa bàn xã.\n" in out


def test_a_number_inside_a_paragraph_is_no_page_number():
    # no blank line about it: a figure of the sentence, kept
    text = _wrapped("Toàn xã có các hợp tác xã nông nghiệp hoạt động hiệu quả, số lượng là\n2\n"
                    "hợp tác xã, doanh thu bình quân tăng khá so với cùng kỳ năm trước nữa.\n")
    out = unwrap_lines(text)
    k = text.index("là\n2\n") + 3
    assert out[k] == "2"


def test_a_heading_in_capitals_after_a_stop_keeps_its_line():
    text = _wrapped("- Tình trạng vi phạm hành lang giao thông trên các tuyến đường liên xã vẫn còn.\n"
                    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026\n")
    assert "vẫn còn.\nIII. PHƯƠNG HƯỚNG" in unwrap_lines(text)
