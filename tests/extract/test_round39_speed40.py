"""Issue 12 (speed40): a figure's following words read once (``quantities._NOUN_WORDS``, one match for up to six
words, and ``_unit_word``, one match that says whether any unit pattern may match) and ``people._names`` over the
capitalised words only; each the same as the step it replaces (property tests against the old loops), counted, never
timed. Sentences of the genre invented here."""

from __future__ import annotations

import random
import re

import pytest

from soket.extract import extract_text, quantities
from soket.extract.people import _names
from soket.extract.quantities import _NOUN_WORDS, _rx, _unit_word, find_quantities
from soket.text import lower_keep_len


def _loop_words(low: str, pos: int) -> list[tuple[str, int, int]]:
    """The token loop ``_counted_noun`` ran before."""
    token = _rx().token
    toks: list[tuple[str, int, int]] = []
    p = pos
    while len(toks) < 6:
        m = token.match(low, p)
        if not m or (not toks and m.start(1) - pos > 2):
            break
        toks.append((m.group(1), m.start(1), m.end(1)))
        p = m.end(1)
    return toks


def _one_match(low: str, pos: int) -> list[tuple[str, int, int]]:
    m = _NOUN_WORDS.match(low, pos)
    return [] if m is None else [(w, m.start(k), m.end(k)) for k, w in enumerate(m.groups(), 1) if w is not None]


@pytest.mark.parametrize("s", [
    "xã có 12 hộ gia đình được hỗ trợ xây nhà mới",
    "kết nạp 45   đảng viên mới",  # three blanks: no noun read
    "lắp 3 camera-giám sát, 2 trạm",
    "đạt 7 tiêu chí",
    "trồng 120\tha rừng",
])
def test_the_words_after_a_figure_as_the_loop_read_them(s: str) -> None:
    low = lower_keep_len(s)
    for m in re.finditer(r"\d+", low):
        assert _one_match(low, m.end()) == _loop_words(low, m.end())


def test_random_words_after_a_figure() -> None:
    rnd = random.Random(40)
    pieces = ["hộ", "Đảng", "viên", "-", " ", "  ", "\t", "5", "_", ",", "x2", "ưu"]
    for _ in range(20000):
        s = "7" + "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        low = lower_keep_len(s)
        assert _one_match(low, 1) == _loop_words(low, 1), repr(s)


def test_a_gap_of_three_blanks_reads_no_noun() -> None:
    # near-miss: "45   đảng viên" (three blanks) is no count of party members, as before
    assert _one_match("kết nạp 45   đảng viên", 10) == []
    assert [q.unit for q in find_quantities("kết nạp 45 đảng viên mới")] == ["đảng viên"]


def test_the_unit_gate_matches_where_one_of_the_five_does() -> None:
    rx = _rx()
    five = (rx.scaled_currency, rx.scale, rx.currency, rx.percent, rx.measure)
    s = lower_keep_len("thu 12 tỷ đồng, 3,5%, 40 ha, 7 tr.đ/người, 9  triệu USD, 5 hộ, 6 đồng chí, 8 tấn/ha, 2 nghìn 120 căn")
    for pos in range(len(s) + 1):
        assert (_unit_word().match(s, pos) is not None) == any(p.match(s, pos) for p in five), pos


def test_a_count_asks_the_unit_patterns_once() -> None:
    # counted: a figure counting a noun asks the gate once and none of the five unit patterns
    rx = _rx()
    asked: list[str] = []

    class Counting:
        def __init__(self, name: str, real: re.Pattern[str]) -> None:
            self.name, self.real = name, real

        def match(self, s: str, pos: int = 0) -> re.Match[str] | None:
            asked.append(self.name)
            return self.real.match(s, pos)

    s, low = "xã vận động 37 hộ dân hiến đất", lower_keep_len("xã vận động 37 hộ dân hiến đất")
    fields = ("scaled_currency", "scale", "currency", "percent", "measure")
    fake = quantities._Rx(**{f: getattr(rx, f) for f in rx.__dataclass_fields__} | {f: Counting(f, getattr(rx, f)) for f in fields})
    q = quantities._read_unit(s, low, 14, 37.0, fake)
    assert q is not None and q[0] == "count" and q[1] == "hộ"
    assert asked == []
    asked.clear()
    q = quantities._read_unit("thu 12 tỷ đồng", "thu 12 tỷ đồng", 6, 12.0, fake)
    assert q is not None and q[0] == "money" and asked  # near-miss: money still asks its patterns


def test_names_from_the_capitalised_words() -> None:
    s = "Dự kỳ họp có đồng chí Phạm Thị Thu Hằng, Phó Chủ tịch UBND huyện và ông Y Khoa Niê."
    assert [e.text for e in _names(s) if e.kind == "name"] == ["Phạm Thị Thu Hằng", "Y Khoa Niê"]


def test_one_capitalised_word_is_no_name_unless_an_apostrophe_name() -> None:
    # near-miss: "Hằng" alone is no name; "K'Lâm" after a title's dash is one
    assert _names("Chiều nay, Hằng đã về.") == []
    assert [e.text for e in _names("Đồng chí K'Lâm – Bí thư Đảng ủy xã chủ trì.")] == ["K'Lâm"]


def test_a_report_reads_its_chair_as_before() -> None:
    rec = extract_text(
        "Sáng 12/3, HĐND xã Tân Phú tổ chức kỳ họp thứ 5. Đồng chí Vũ Văn Toàn, Chủ tịch HĐND xã chủ trì kỳ họp. "
        "Năm 2025, thu ngân sách xã đạt 12,5 tỷ đồng; xã có 37 hộ dân hiến đất làm đường.", doc="t")
    assert "Vũ Văn Toàn" in [p.name for p in rec.people]
    assert {(f.value, f.unit) for f in rec.facts} == {(12.5e9, "VND"), (37, "hộ")}
