"""A report whose page opens on chrome reads as it does without it (issue 10): an old portal's menu
written one item a line (plain text, no links, kept by the page's reader as a list) is chrome, so the
title and the lead stay the opening sentences the period, the session and the people are read from."""

from __future__ import annotations

from soket.extract import extract_document
from soket.ingest import load_text
from soket.ingest.chrome import find_chrome
from soket.ingest.html import html_to_document

MENU = ["Giới thiệu", "Tổ chức bộ máy", "Tin hoạt động", "Văn bản pháp quy", "Công khai ngân sách",
        "Góp ý dự thảo", "Liên hệ"]
TITLE = "HĐND xã Minh Tân họp chuyên đề về đầu tư công"
LEAD = ("Ngày 12/9/2023, HĐND xã Minh Tân khóa XXI tổ chức kỳ họp thứ 9 (kỳ họp chuyên đề) để xem xét "
        "điều chỉnh kế hoạch đầu tư công trung hạn.")
BODY = ("Kỳ họp thông qua việc điều chỉnh tăng vốn đầu tư công từ 41,5 tỷ đồng lên 46,2 tỷ đồng. "
        "Các đại biểu đề nghị ưu tiên vốn cho các công trình chuyển tiếp. "
        "Kỳ họp cũng thông qua danh mục công trình cần thu hồi đất bổ sung. "
        "Trong 8 tháng, xã đã giải ngân 19,8 tỷ đồng, đạt 47,7% kế hoạch vốn.")


def _marked(text: str, part: str) -> bool:
    s = text.index(part)
    return any(a <= s and s + len(part) <= b for a, b in find_chrome(text))


def test_a_menu_one_item_a_line_above_the_lead_is_chrome() -> None:
    text = "\n\n".join([TITLE, *(f"- {m}" for m in MENU), LEAD, BODY])
    assert _marked(text, "- Giới thiệu") and _marked(text, "- Liên hệ")
    assert not _marked(text, TITLE) and not _marked(text, LEAD)


def test_a_menu_without_bullets_is_chrome_and_a_titled_block_is_not() -> None:
    text = "\n".join(["CỔNG THÔNG TIN XÃ MINH TÂN", *MENU, TITLE, LEAD, BODY])
    assert _marked(text, MENU[0]) and _marked(text, MENU[-1])
    assert not _marked(text, TITLE)


def test_a_reports_own_short_list_below_its_lead_is_kept() -> None:
    """A list of tasks below the lead is the report's: the rule reads only the page's head."""
    tasks = ["- Chuyển đổi số", "- Cải cách hành chính", "- Xây dựng nông thôn mới", "- Bảo vệ môi trường",
             "- Quốc phòng an ninh", "- Phòng chống thiên tai"]
    text = "\n".join([TITLE, LEAD, "Nhiệm vụ trọng tâm:", *tasks, BODY])
    assert not any(_marked(text, t) for t in tasks)


def test_short_items_with_figures_or_punctuation_or_mixed_bullets_are_no_menu() -> None:
    for items in (["- Năm 2023", "- Năm 2024", "- Quý I", "- Quý II", "- Quý III", "- Quý IV"],
                  [f"- {m}," for m in MENU],
                  [f"{'- ' if i % 2 else '+ '}{m}" for i, m in enumerate(MENU)]):
        text = "\n".join([TITLE, *items, LEAD])
        assert not any(_marked(text, t) for t in items), items


def test_a_thematic_session_under_an_unlinked_menu_reads_as_its_text() -> None:
    """The lead names the thematic session: below six menu lines it still does."""
    text = "\n\n".join([TITLE, LEAD, BODY])
    menu = "".join(f"<li>{m}</li>" for m in MENU)
    page = (f"<html><head><title>{TITLE}</title></head><body><div>TRANG THÔNG TIN ĐIỆN TỬ</div>"
            f"<table><tr><td><ul>{menu}</ul></td><td><h2>{TITLE}</h2><p>{LEAD}</p><p>{BODY}</p></td></tr>"
            "</table></body></html>")
    want = extract_document(load_text(text, doc="t")).to_dict()
    got = extract_document(html_to_document(page.encode())).to_dict()
    assert want["period"]["start_month"] is None  # a thematic session reviews no months: its "8 tháng" is a figure's
    assert (got["period"], got["meeting"]) == (want["period"], want["meeting"])
