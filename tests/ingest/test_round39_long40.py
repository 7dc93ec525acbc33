"""long40 (issue 12): a market board's labels searched in the text lowered, each label opened by its first letter
and the lookbehind after it, so the search skips to the letters that open a label (with the lookbehind first and
the case ignored it tried the whole alternation at every character). What it finds must not change: labels in any
case, none glued to a word or a hyphen before it. Every line is invented."""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Any

from soket.ingest.chrome import _first_letter_alts, _lowered, _rules, find_chrome

PROSE = "Toàn huyện tiêm phòng cho 12.340 con gia súc, gia cầm, đạt 96% kế hoạch đề ra."


def _chrome_lines(text: str) -> list[str]:
    return [text[a:b] for a, b in find_chrome(text)]


def test_a_board_in_capitals_is_found():
    board = "GIÁ VÀNG SJC: 81,2 - 83,0 triệu đồng/lượng · TỶ GIÁ USD: 25.310 - 25.640"
    assert _chrome_lines(f"{board}\n\n{PROSE}") == [board]


def test_a_board_in_mixed_case_is_found():
    board = "Vàng Nhẫn: 79,5 - 80,9 | Xăng RON 95-III: 22.870 | Chứng Khoán: VN-Index 1.247,3"
    assert _chrome_lines(f"{PROSE}\n\n{board}\n\n{PROSE}") == [board]


def test_a_temperature_item_in_capitals_is_found():
    board = "Đà Lạt 16°C - 24°C | GIÁ TIÊU: 141.500"
    assert _chrome_lines(f"{board}\n\n{PROSE}") == [board]


def test_near_miss_a_label_glued_to_the_word_or_hyphen_before_it_is_no_label():
    # "mã-USD" and "xusd" hold a label's letters after a hyphen or a letter: no label there, so no board
    line = "Quỹ mã-USD 12 · Quỹ xUSD 4"
    assert _chrome_lines(f"{line}\n\n{PROSE}") == []
    low = _lowered(line)
    assert [m.group() for m in _rules().market.finditer(low)] == []


def test_near_miss_prose_naming_a_price_is_no_board():
    line = "Giá vàng trong nước tăng mạnh khiến nhiều hộ kinh doanh vàng bạc trên địa bàn thu lãi 15% so với cùng kỳ."
    assert _chrome_lines(f"{line}\n\n{PROSE}") == []


def test_lowered_keeps_offsets():
    text = "İSTANBUL Giá Vàng"  # a capital whose lowercase is two characters: one for one still
    low = _lowered(text)
    assert len(low) == len(text) and low.endswith("giá vàng")


def test_every_label_branch_opens_on_a_literal():
    """The search can skip to a label's first letter only when every branch of the pattern opens on a literal
    character (the compiled pattern's charset prefix); a lookbehind or an ignored case first removes it."""
    assert not _rules().market.flags & re.IGNORECASE
    assert _opens_on_literal(sre_parse.parse(_rules().market.pattern))


def _opens_on_literal(sub: Any) -> bool:
    op, av = sub.data[0]
    if op is sre_parse.LITERAL:
        return True
    if op is sre_parse.SUBPATTERN:
        return _opens_on_literal(av[-1])
    if op is sre_parse.BRANCH:
        return all(_opens_on_literal(b) for b in av[1])
    return False


def test_near_miss_a_lookbehind_first_opens_on_no_literal():
    assert not _opens_on_literal(sre_parse.parse(r"(?<![\w-])(?:giá|usd)"))


def test_first_letter_alts_matches_as_the_plain_alternation():
    words = ["giá lúa", "giá", "vn30", "vn-index", "usd"]
    grouped = re.compile(rf"(?:{_first_letter_alts(words)})(?!\w)")
    plain = re.compile(r"(?<![\w-])(?:giá lúa|vn-index|vn30|giá|usd)(?!\w)")
    for text in ("giá lúa tăng", "đổi usd", "x-usd", "avn30", "vn-index 3", "giá, vn30 và usd", "giágiá usd"):
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text
