"""A .docx whose table of indicators is typed with tab stops (each row a paragraph, its cells apart by tabs): the
body paragraph's tabs are kept, so the row reads as the report's text copy writes it and gives its facts; a paragraph
with a single tab (a header's "Số: 12/BC-UBND<TAB>Tân Lập, ngày ...") stays one line of words (docs45)."""

from __future__ import annotations

import io

import docx

from _sentences import PARA  # (puts bench/ on the path: text_parity's variants)
from soket.extract import extract_document
from soket.ingest import load_bytes


def _docx(*paras: str) -> bytes:
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


DOC = _docx(
    "Số: 45/BC-UBND\tTân Lập, ngày 20 tháng 12 năm 2024",
    "BÁO CÁO",
    "Tình hình kinh tế - xã hội năm 2024",
    "Năm 2024, kinh tế của xã tiếp tục phát triển, các chỉ tiêu chủ yếu đạt khá.",
    "Một số chỉ tiêu chủ yếu năm 2024:",
    "Chỉ tiêu\tĐơn vị tính\tƯớc TH năm 2024\tSo cùng kỳ (%)\tSo KH năm (%)",
    "Giá trị sản xuất nông nghiệp\tTỷ đồng\t412,5\t104,6\t101,2",
    "Thu ngân sách trên địa bàn\tTỷ đồng\t18,7\t96,3\t92,4",
    "Công tác văn hóa - xã hội được quan tâm.",
)


def test_a_tab_stop_rows_tabs_are_kept_and_the_header_line_stays_words() -> None:
    doc = load_bytes(DOC, name="report.docx")
    assert "Giá trị sản xuất nông nghiệp\tTỷ đồng\t412,5\t104,6\t101,2" in doc.text
    assert "Số: 45/BC-UBND Tân Lập, ngày 20 tháng 12 năm 2024" in doc.text


def test_a_table_typed_with_tab_stops_gives_its_facts() -> None:
    doc = load_bytes(DOC, name="report.docx")
    got = {(f.raw, f.role) for f in extract_document(doc).facts}
    assert {("412,5", "amount"), ("104,6", "prior_pct"), ("101,2", "plan_pct"), ("18,7", "amount")} <= got, got


def test_a_wrapped_line_opening_on_a_percentage_after_a_thin_space_joins_the_sentence() -> None:
    # a copy typed with a thin space before "%" (or a no-break space after the number) wraps before the figure, its
    # line above short of the copy's width: the line opens on a figure, no list item's mark, and the sentence goes on
    from soket.ingest.typography import unwrap_lines

    body = ("     1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các xã,\n"
            "thị trấn chỉ đạo sản xuất vụ mùa đúng khung thời vụ, bảo đảm diện tích gieo cấy\n"
            "theo kế hoạch đã đề ra.\n"
            "     2. Phòng Kinh tế và Hạ tầng, Ban Quản lý dự án đầu tư xây dựng huyện đẩy\n"
            "nhanh tiến độ thi công các công trình trọng điểm, bảo đảm giải ngân\n"
            "100\u2009% kế hoạch vốn năm 2025.\n"
            "     3. Trung tâm Y tế huyện tiếp tục thực hiện nghiêm các biện pháp phòng,\n"
            "chống dịch bệnh, không để dịch lây lan trên diện rộng trong mùa mưa bão.\n")
    out = unwrap_lines(body)
    assert "giải ngân 100\u2009% kế hoạch" in out
    assert "\n     3. Trung tâm" in out  # a list item's mark still opens its line


def _page_copy(*paras: str) -> str:
    """A page's text copied hard-wrapped with no blank line between paragraphs (text_parity's ``wrapped1``)."""
    import text_parity

    return str(text_parity.VARIANTS["wrapped1"][0]("\n\n".join(paras) + "\n"))


def test_a_byline_led_by_its_credit_word_after_a_sentences_end_is_a_line_of_its_own() -> None:
    from soket.ingest.typography import unwrap_lines

    last = "Hội nghị thống nhất các giải pháp trọng tâm cho thời gian tới," + " nhất là" * 8 + " công tác thu ngân sách."
    copy = _page_copy(PARA, PARA, last, "CTV: Lê Thu Hà (Trung tâm Văn hóa - Thông tin và Thể thao huyện Yên Sơn, tỉnh "
                      "Tuyên Quang)", "Chia sẻ: Facebook  Twitter  Zalo")
    assert "\nCTV: Lê Thu Hà" in unwrap_lines(copy)


def test_a_line_in_capitals_is_no_sentence_the_mixed_case_line_under_it_goes_on() -> None:
    from soket.ingest.typography import unwrap_lines

    head = "BÁO ĐIỆN TỬ TỈNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ GIANG"
    copy = _page_copy(PARA, PARA, "Phương Bình", "Ý kiến bạn đọc (0)    Gửi ý kiến", head,
                      "Giấy phép hoạt động báo chí điện tử số 12/GP-BTTTT. Tổng Biên tập: Trần Văn Bình")
    assert f"{head}\nGiấy phép" in unwrap_lines(copy)
