"""Pages of round 36 (meta36) read as their readers would: a ticker line in the page's head (a label, then other
articles' headlines apart at bars or bullets), an attached file's size, a portal's work schedule in a side box. Pages
invented for these tests."""

from __future__ import annotations

import pytest

from soket.extract import extract_document
from soket.ingest import load_bytes
from soket.ingest.chrome import find_chrome


def _chrome(text: str) -> list[str]:
    return [text[a:b] for a, b in find_chrome(text)]


_LEAD = ("Sáng 14/10/2026, Ban Thường vụ Thành ủy tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ quý III và "
         "9 tháng năm 2026, triển khai nhiệm vụ quý IV.")
_S = "Thu ngân sách nhà nước trên địa bàn ước đạt 186,4 tỷ đồng, bằng 61,5% dự toán năm."


def _page(head: str) -> str:
    return f"BÁO THÀNH PHỐ\nThời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Video\n\n{head}\n\nThời sự > Chính trị\n\n" \
           f"Thành ủy đánh giá kết quả 9 tháng\n\n{_LEAD}\n\n{_S}\n"


# -- a ticker in the page's head: a label of its own, three headlines or more ------------------------------------

@pytest.mark.parametrize("line", [
    "Tin trong ngày: Triều cường lên 2,1 m ở nội ô • Giá vàng nhẫn lên 150 triệu đồng/lượng • 6 tỉnh cho học sinh nghỉ học",
    "Phố núi 24h: Sạt lở 9 điểm trên tỉnh lộ 105 | Đón 80.000 lượt khách dịp lễ | Giá mận từ 12.000 - 18.000 đồng/kg",
    "NỔI BẬT HÔM NAY: Khánh thành cầu 12 tỷ đồng ở xã Tân An · Trao 300 suất quà cho hộ nghèo · Ra quân làm 5 km đường",
])
def test_a_labelled_line_of_headlines_in_the_head_is_a_ticker(line: str) -> None:
    """A short label, its colon, then three headlines apart at bars or bullets, above the lead: other articles' news
    (each a few words), the page's; no figure of it is the report's."""
    text = _page(line)
    assert line in _chrome(text)
    rec = extract_document(load_bytes(text.encode("utf-8"), name="bai.txt"))
    assert {f.raw for f in rec.facts} == {"186,4 tỷ đồng", "61,5%"}


def test_the_same_line_under_the_lead_is_no_ticker() -> None:
    """Near miss: below the lead the label opens the report's own lines (a summary in an infographic's copy)."""
    line = "Kết quả nổi bật: thu ngân sách đạt 186 tỷ đồng • giải ngân vốn đạt 72% kế hoạch • thêm 2 xã nông thôn mới"
    text = f"{_LEAD}\n\n{line}\n\n{_S}\n"
    assert line not in _chrome(text)


@pytest.mark.parametrize("line", [
    "Kỳ họp thứ 10: HĐND huyện thông qua 12 nghị quyết | Báo Lào Cai điện tử",  # a title and its site: two parts
    "Ngày đăng: 15/12/2025 | Cập nhật lúc 08:30 | In bài",  # a page's fields: no headlines
    "Ông Lê Văn An, Bí thư Huyện ủy phát biểu: 3 nhiệm vụ trọng tâm | 5 giải pháp | 2 đột phá",  # items too short
])
def test_two_parts_or_fields_in_the_head_are_no_ticker(line: str) -> None:
    """Near misses: a label that names no ticker opens one with three headlines at least, each of three words at
    least; a title and its site's name, or a page's fields, are no ticker."""
    assert not any(line in c for c in _chrome(_page(line)))


# -- a ticker a label names: two headlines are enough, wherever it stands ------------------------------------------

@pytest.mark.parametrize("line", [
    "Thông báo: Lịch tiếp công dân tháng 11 của Chủ tịch UBND xã | Kế hoạch tiêm vắc xin đợt 2 cho 320 trẻ",
    "Nóng: Mưa lũ gây sạt lở 9 điểm trên tỉnh lộ | Xã đón 40.000 lượt khách dịp hè",
    "Tin 24h: Triều cường lên 2,1 m ở nội ô • 8 tỉnh miền Trung nghỉ học tránh bão",
])
def test_a_ticker_its_label_names(line: str) -> None:
    assert _chrome(f"{_LEAD}\n\n{line}\n\n{_S}") == [line]


@pytest.mark.parametrize("line", [
    "Thông báo: số 215/TB-UBND | 05/11/2026",  # a notice's number and date: no headlines
    "Thông báo kết luận của Ban Thường vụ Huyện ủy về 9 tháng | quý IV năm 2026",  # the label opens a title
    "Nóng, khô kéo dài làm 120 ha lúa thiếu nước.",  # a sentence
])
def test_a_ticker_label_opening_no_headlines_is_text(line: str) -> None:
    assert _chrome(f"{_LEAD}\n\n{line}\n\n{_S}") == []


# -- an attached file's size ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, part", [
    ("Ngày đăng: 15/12/2025 | In bài | Tải về (PDF, 312 KB)", "(PDF, 312 KB)"),
    ("Tải văn bản (DOCX - 1,2 MB)", "(DOCX - 1,2 MB)"),
    ("Tệp đính kèm: bao-cao-9-thang.pdf (845 KB)", "(845 KB)"),
])
def test_an_attached_files_size_is_chrome(line: str, part: str) -> None:
    assert part in _chrome(f"{line}\n\n{_S}")
    rec = extract_document(load_bytes(f"{_LEAD}\n\n{line}\n\n{_S}\n".encode(), name="bai.txt"))
    assert not any(f.unit and f.unit.lower() in ("kb", "mb") for f in rec.facts)


@pytest.mark.parametrize("line", [
    "Huyện đầu tư 4,5 tỷ đồng (vốn tỉnh 3 tỷ đồng) cho đường truyền dữ liệu.",
    "Toàn xã có 312 hộ (chiếm 12%) dùng dịch vụ công trực tuyến.",
])
def test_brackets_of_report_figures_are_no_file_size(line: str) -> None:
    assert _chrome(f"{line}\n\n{_S}") == []


# -- a work schedule's entries in a portal's side box --------------------------------------------------------------

_SCHEDULE = """Lịch công tác

Tuần 41 (từ 05/10 đến 11/10/2026)

- Thứ Hai: 08h00 - Chủ tịch UBND phường giao ban với 17 tổ dân phố

- Thứ Tư, 14h00 - Phó Chủ tịch UBND phường kiểm tra 3 công trình

- Thứ Sáu: 8h30 - Tiếp công dân định kỳ
"""


def test_a_work_schedules_entries_are_chrome() -> None:
    """"- Thứ Hai: 08h00 - ...": a line a weekday and its hour open, an entry of a portal's work schedule; none of its
    figures is the report's."""
    text = f"{_SCHEDULE}\n{_LEAD}\n\n{_S}\n"
    marked = " ".join(_chrome(text))
    assert "17 tổ dân phố" in marked and "3 công trình" in marked and "Tiếp công dân" in marked
    rec = extract_document(load_bytes(text.encode("utf-8"), name="bai.txt"))
    assert not any(f.raw in ("17 tổ dân phố", "3 công trình") for f in rec.facts)


@pytest.mark.parametrize("line", [
    "Thứ Hai, ngày 5/10, xã ra quân làm 3 km đường giao thông nông thôn.",  # a day, no hour
    "Sáng thứ Hai, 08h00, đoàn công tác kiểm tra 3 công trình trọng điểm.",  # the weekday inside a sentence
])
def test_a_weekday_in_the_reports_prose_is_text(line: str) -> None:
    assert _chrome(f"{_LEAD}\n\n{line}\n\n{_S}") == []


@pytest.mark.parametrize("line", [
    "Tác giả: Nguyễn Văn An | Thứ Tư, 10/07/2024 - 08:15 | Lượt xem: 318",  # a byline's fields: a name, a date
    "Bài viết: Trần Thị Minh Hằng | Lê Hoàng Anh Tuấn | Phạm Quốc Bảo Long",  # names only, capitalised
])
def test_a_head_line_of_fields_or_names_is_no_ticker(line: str) -> None:
    """Near miss: a headline has a word in small letters and no field's value (a date, an hour, a count after a
    colon); a line of a byline's fields or of names in the head is the page's byline, read by its own rules."""
    assert not any(line in c for c in _chrome(_page(line)))
