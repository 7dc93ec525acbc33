"""speed43 (issue 12): work done again per document, now once; every answer the same as before.

- ``pipeline._reprint_key``: blanks and the common marks removed by ``str.replace`` before the regex, which runs only
  where another mark is left: the same key as ``[\\W_]+`` removed from the lowered text, on random texts.
- ``period.lead_at``: read once a document for each window (``head_shift`` asks it five or six times).
- ``pipeline._drop_headline_repeats``: the news lead's span asked before a fact's digits (a reordered ``and``).
"""

from __future__ import annotations

import random
import re

import soket.extract.period as period_mod
from _sentences import facts
from soket.extract.pipeline import REPRINT_MIN_CHARS, _reprint_key
from soket.extract.sentences import split_sentences

_NON_WORD = re.compile(r"[\W_]+")


def _old_key(text: str) -> str:
    return "" if len(text) < REPRINT_MIN_CHARS else _NON_WORD.sub("", text.lower())


def test_reprint_key_equals_the_regex_on_random_texts() -> None:
    rnd = random.Random(43)
    # letters with and without marks, capitals lowering to more than one character ("İ"), titlecase and numeral letters,
    # digits of other scripts, blanks of every kind, the common marks and rarer ones
    alphabet = ("aàáạảãâầấậăằắđeèéêềếoòóôồốơờớuùúưừứyỳý ĐƯİẞǅⅫ²٣_-–—.,;:()%/\"'“”…•+*&@#!?[]"
                "\t\n\u00a0\u200b\u0301\u2028\u3000")
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(REPRINT_MIN_CHARS - 5, 140)))
        assert _reprint_key(text) == _old_key(text), text


def test_reprint_key_of_sentences_of_the_genre() -> None:
    a = "Tổng thu ngân sách trên địa bàn huyện ước đạt 215,4 tỷ đồng, bằng 81% dự toán (tăng 6% so với cùng kỳ)."
    b = "Tổng thu ngân sách trên địa bàn huyện ước đạt 215,4 tỷ đồng - bằng 81% dự toán, tăng 6% so với cùng kỳ"
    assert _reprint_key(a) == _reprint_key(b) == _old_key(a)
    assert _reprint_key(a).startswith("tổngthungânsách") and "2154" in _reprint_key(a)
    assert _reprint_key("Thu ngân sách đạt 12 tỷ đồng.") == ""  # too short to count
    odd = "Kết quả “Ngày hội Đại đoàn kết” năm 2026 tại 12/12 khu dân cư; huy động được 85 triệu đồng & 4 tấn gạo!"
    assert _reprint_key(odd) == _old_key(odd) and "&" not in _reprint_key(odd)


def test_a_reprinted_lead_is_still_dropped() -> None:
    lead = ("Trong 6 tháng đầu năm 2026, tổng thu ngân sách trên địa bàn xã ước đạt 18,6 tỷ đồng, bằng 64% dự toán "
            "huyện giao.")
    text = f"Xã Tân Phú sơ kết 6 tháng đầu năm 2026\n\n{lead}\n\n{lead} Toàn xã có thêm 42 hộ thoát nghèo.\n"
    got = [f for f in facts(text) if f.raw in ("18,6 tỷ đồng", "64%")]
    assert len(got) == 2, [(f.raw, f.span) for f in got]


def test_lead_at_is_read_once_a_document_for_each_window(monkeypatch) -> None:
    text = ("Huyện ủy sơ kết 6 tháng\n\nMenu\n\nSáng 10/7, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác 6 tháng "
            "đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm; tổng thu ngân sách ước đạt 120 tỷ đồng.\n")
    sents = split_sentences(text)
    period_mod._last_lead.clear()
    seen: list[int] = []
    real_next = next

    def counting_next(*a):  # the scan of the sentences runs through ``next``
        seen.append(1)
        return real_next(*a)

    monkeypatch.setattr(period_mod, "next", counting_next, raising=False)
    assert period_mod.lead_at(sents, 64) == 2
    assert period_mod.lead_at(sents, 64) == 2
    assert seen == [1]  # the second answer from the memo
    assert period_mod.lead_at(sents, 1) is None and seen == [1, 1]  # another window: read
    assert period_mod.lead_at(list(sents), 64) == 2 and seen == [1, 1, 1]  # another list: read again
    shorter = sents[:2]
    assert period_mod.lead_at(shorter, 64) is None  # the lead cut off: none


def test_head_shift_unchanged_by_the_memo() -> None:
    head = "\n\n".join(f"Mục {k}" for k in range(12))
    text = (f"{head}\n\nChiều 20/12, HĐND huyện khai mạc kỳ họp thứ 14 để đánh giá kết quả thực hiện nhiệm vụ năm "
            "2026, thu ngân sách ước đạt 640 tỷ đồng, bằng 104% dự toán.\n")
    sents = split_sentences(text)
    period_mod._last_lead.clear()
    first = period_mod.head_shift(sents)
    assert first == period_mod.head_shift(sents) == period_mod.head_shift(list(sents))
    lead = period_mod.lead_at(list(sents), period_mod.HEAD_MAX)
    assert lead is not None and first == max(period_mod.HEADLINE_WITHIN, lead + 1) - period_mod.HEADLINE_WITHIN


def test_a_news_lead_figure_the_body_restates_is_one_fact() -> None:
    text = ("Kinh tế huyện 9 tháng tăng trưởng khá\n\n"
            "Chín tháng năm 2026, giá trị sản xuất ngành dịch vụ của huyện tăng 12,37% so với cùng kỳ.\n\n"
            "Theo báo cáo của UBND huyện, giá trị sản xuất ngành dịch vụ 9 tháng ước đạt 1.920 tỷ đồng, tăng 12,37% so "
            "với cùng kỳ; thu ngân sách đạt 76% dự toán.\n")
    got = [f for f in facts(text) if f.raw == "12,37%"]
    assert len(got) == 1, [(f.raw, f.span, f.subject) for f in got]


def test_digit_test_of_the_period_scan_as_each_characters_isdigit() -> None:
    # ``any(map(str.isdigit, low))`` is the generator's test: a superscript digit counts as one, as before
    for low in ("năm 2026", "diện tích 12 m²", "không có số nào", "", "٣ tháng"):
        assert any(map(str.isdigit, low)) == any(ch.isdigit() for ch in low)
    text = ("Báo cáo kết quả 6 tháng đầu năm\n\nTrong 6 tháng đầu năm, thu ngân sách đạt 52 tỷ đồng.\n\n"
            "Nhiệm vụ trọng tâm 6 tháng cuối năm 2026 là tập trung thu ngân sách.\n")
    period = period_mod.find_period(split_sentences(text), None)
    assert (period.year, period.start_month, period.end_month) == (2026, 1, 6)
