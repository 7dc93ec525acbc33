"""Spaces and invisible marks of a copied report are typography, not text (soket.ingest.typography)."""

from __future__ import annotations

from _sentences import PARA as _PARA
from _sentences import wrap as _wrap
from soket.extract import extract_document
from soket.ingest import load_bytes, load_text
from soket.ingest.typography import plain_typography, unwrap_lines


def test_unicode_spaces_become_plain_spaces_one_for_one():
    s = "thu 1.200\u00a0tỷ\u2009đồng, ngày\u202f3/4"
    out = plain_typography(s)
    assert out == "thu 1.200 tỷ đồng, ngày 3/4"
    assert len(out) == len(s)


def test_invisible_marks_are_removed():
    assert plain_typography("\ufeffHội\u200b nghị, đồng\u00adchí\u2060 A") == "Hội nghị, đồngchí A"


def test_ascii_and_plain_text_are_returned_as_they_are():
    s = "Xã tổ chức hội nghị."
    assert plain_typography(s) is s
    assert plain_typography("plain") == "plain"


def test_text_documents_read_with_plain_typography():
    text = "Ngày\u00a012/3/2024, xã An Phú tổng kết.\n\n\u200bThu ngân sách đạt 35\u00a0tỷ đồng.\n"
    assert "\u00a0" not in load_text(text).text
    doc = load_bytes(text.encode("utf-8"), name="a.txt")
    assert "\u00a0" not in doc.text and "\u200b" not in doc.text


def test_a_number_before_a_no_break_space_is_a_number():
    plain = "Sáng 12/3/2024, UBND xã An Phú tổ chức hội nghị. Thu ngân sách đạt 35 tỷ đồng.\n"
    odd = plain.replace("35 ", "35\u00a0").replace(" 12/", "\u202f12/")
    a, b = (extract_document(load_text(t)).to_dict() for t in (plain, odd))
    assert [f["value"] for f in a["facts"]] == [f["value"] for f in b["facts"]] != []
    assert a["meeting"]["date"] == b["meeting"]["date"]


def test_a_hard_wrapped_copy_has_its_paragraphs_joined_one_for_one():
    text = "\n\n".join([_wrap(_PARA), _wrap(_PARA.replace("412", "97")), "Văn Hùng"]) + "\n"
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert out.split("\n\n")[0] == _PARA
    assert out.endswith("\n\nVăn Hùng\n")


def test_a_dash_opening_a_wrapped_line_is_a_dash_but_a_list_item_after_a_stop_stays():
    lines = _wrap(_PARA).split("\n")[:2]  # two full lines, the second ending on no stop
    text = "\n".join([*lines, "- Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị quý này.",
                      *[_wrap(_PARA)] * 2, "- các xã hoàn thành kế hoạch giao trong tháng mười."])
    out = unwrap_lines(text)
    assert "\n- Phó Chủ tịch" not in out  # the full line ran on into the dash
    assert "vừa qua.\n- các xã" in out  # an item after a stop


def test_a_byline_after_a_full_line_ending_a_sentence_stays_on_its_own():
    text = "\n".join([_wrap(_PARA)] * 3 + ["Trần Thu"]) + "\n"
    assert unwrap_lines(text).endswith("vừa qua.\nTrần Thu\n")


def test_a_date_stamp_under_a_full_headline_stays_on_its_own():
    head = "HĐND phường Tân An họp kỳ thứ Năm, quyết nghị nhiệm vụ phát triển năm 2026"
    text = "\n".join([head, "26/12/2025 16:05", *[_wrap(_PARA)] * 3]) + "\n"
    assert unwrap_lines(text).startswith(head + "\n26/12/2025 16:05\n")


def test_a_related_news_heading_after_a_long_link_stays_on_its_own():
    link = "Nguồn: https://baobinhthuan.vn/thoi-su/ham-thuan-nam-so-ket-9-thang-nhiem-vu-quy-iv-2024-118204.html"
    text = "\n".join([*[_wrap(_PARA)] * 3, link, "Tin cùng chủ đề", "Tánh Linh: thu ngân sách đạt 81% dự toán"]) + "\n"
    out = unwrap_lines(text)
    assert link + "\nTin cùng chủ đề\n" in out  # the link's line is full, but the list's heading is no word of it
    assert "\nTánh Linh:" in out


def test_a_written_text_keeps_its_lines():
    text = "HỘI NGHỊ SƠ KẾT\nNgày đăng: 12/7/2024\n\n" + _PARA + "\n\n" + _PARA + "\n"
    assert unwrap_lines(text) is text
    short = "Xã An Phú\nTổng kết năm\nThu 3 tỷ đồng\n"
    assert unwrap_lines(short) is short


def test_crlf_line_ends_of_a_wrapped_copy_become_two_spaces():
    text = "\r\n\r\n".join([_wrap(_PARA).replace("\n", "\r\n")] * 3)
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert " ".join(out.split("\r\n\r\n")[0].split()) == _PARA


def test_a_text_of_one_sentence_a_line_is_no_wrapped_copy():
    text = ("Thu ngân sách trên địa bàn đạt 120 tỷ đồng, tăng 5% so với cùng kỳ năm trước.\n"
            "Tổng vốn đầu tư toàn xã hội ước đạt 1.350 tỷ đồng, bằng 96% kế hoạch năm.\n") * 5
    assert unwrap_lines(text) is text


def test_crlf_line_ends_become_a_space_and_a_line_end() -> None:
    assert plain_typography("Xã An Phú\r\nTổng kết năm\r\n") == "Xã An Phú \nTổng kết năm \n"
    assert plain_typography("An Phu\r\n") == "An Phu \n"


def test_a_line_of_spaces_only_is_a_blank_line() -> None:
    assert plain_typography("Tiêu đề\n \t\nNội dung\r\n\r\nKết") == "Tiêu đề\n\n\n\nNội dung \n\n\nKết"
    assert plain_typography("a\n  \nb") == "a\n\n\n\nb"


def test_a_crawlers_date_opening_a_line_after_a_full_headline_stays_on_its_own():
    head = "Hội nghị Ban Chấp hành Đảng bộ xã Tân Phú lần thứ 12 khóa XVI năm nay"  # no stop, the next in lowercase
    lead = "date 2024-06 Sáng 12/6, Ban Chấp hành Đảng bộ xã tổ chức hội nghị lần thứ 12."
    text = "\n".join([head, *_wrap(lead + " " + _PARA).split("\n"), *[_wrap(_PARA)] * 2]) + "\n"
    assert unwrap_lines(text).startswith(head + "\ndate 2024-06 Sáng 12/6,")
