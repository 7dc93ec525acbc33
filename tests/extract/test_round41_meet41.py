"""Issue 12 (meet41): the metadata steps ask less of each sentence, each answer the same as before. ``period._single_month``
reads the month a sentence reviews first and asks the sentence's other periods only when it reviews one (and reads
nothing of a sentence without a digit); ``dates.meeting_day`` reads no pattern of a sentence without a digit; the
publication context counts a masthead line's capitals once, by the string methods; ``people.sentence_people`` reads
the gaps between roles and names in place. Counted and compared with the steps they replace, never timed. Sentences of
the genre invented here."""

from __future__ import annotations

import random
import re

import pytest

from soket.extract import context, dates, period, places
from soket.extract.people import _BLANKS_ONLY, _LINK_MARKS, _SPACED_DASH, sentence_people
from soket.extract.sentences import split_sentences
from soket.text import lower_keep_len

SENTENCES = [
    "Sáng 3/11, UBND huyện họp đánh giá tình hình kinh tế - xã hội tháng 10 năm 2025.",
    "Hội nghị đánh giá kết quả 9 tháng và tình hình tháng 9 năm 2025.",  # a period beside the month: none
    "Hội nghị đánh giá kết quả lãnh đạo từ ngày 1/7 đến nay.",
    "Hội nghị đánh giá tình hình kinh tế - xã hội tháng mười.",  # no digit
    "Ban Thường vụ Huyện ủy họp thường kỳ.",
    "Thu ngân sách từ ngày 1/7 đến nay đạt 71% dự toán.",  # a figure's span, no review word
    "UBND xã đánh giá công tác tháng 1,2 năm 2026 và bàn nhiệm vụ tháng 3.",
    "Kiểm điểm công tác 6 tháng đầu năm, đánh giá tình hình tháng 6/2025.",
]


def _old_single_month(low: str) -> period.Period | None:
    """``_single_month`` as it read before: the sentence's periods asked first, then its month."""
    rx = period._rx()
    if any(period._period_of(m, low, rx) is not None for m in rx.phrase.finditer(low)):
        return None
    return period._month_reviewed(low, rx)


@pytest.mark.parametrize("s", SENTENCES)
def test_the_month_a_sentence_reviews_as_before(s: str) -> None:
    low = lower_keep_len(s)
    assert period._single_month(low, period._rx()) == _old_single_month(low)


def test_the_month_reviewed_and_the_span_since() -> None:
    rx = period._rx()
    got = period._single_month(lower_keep_len(SENTENCES[0]), rx)
    assert got is not None and (got.year, got.start_month, got.end_month) == (2025, 10, 10)
    since = period._single_month(lower_keep_len(SENTENCES[2]), rx)
    assert since is not None and (since.start_month, since.end_month) == (7, None)


def test_a_month_beside_a_period_is_none() -> None:
    # near miss: "tháng 9" is reviewed, but "9 tháng" names a period in the same sentence
    assert period._single_month(lower_keep_len(SENTENCES[1]), period._rx()) is None


def test_periods_asked_only_of_a_sentence_that_reviews_a_month(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = period._period_of

    def counted(m: re.Match[str], low: str, rx: period._Rx) -> period.Period | None:
        asked.append(low)
        return real(m, low, rx)

    monkeypatch.setattr(period, "_period_of", counted)
    rx = period._rx()
    # "6 tháng đầu năm" is a period phrase, but no month is reviewed: its periods are never asked
    assert period._single_month(lower_keep_len("Kiểm điểm công tác 6 tháng đầu năm, bàn nhiệm vụ quý III."), rx) is None
    assert asked == []
    assert period._single_month(lower_keep_len(SENTENCES[-1]), rx) is None  # reviews June: its periods asked
    assert asked


def test_no_digit_no_month_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = period._month_reviewed
    monkeypatch.setattr(period, "_month_reviewed", lambda low, rx: calls.append(low) or real(low, rx))
    rx = period._rx()
    assert period._single_month(lower_keep_len(SENTENCES[3]), rx) is None
    assert calls == []
    assert period._single_month(lower_keep_len(SENTENCES[0]), rx) is not None
    assert len(calls) == 1


def test_the_opening_month_of_a_lead() -> None:
    text = ("UBND HUYỆN HỌP THƯỜNG KỲ\n\nSáng 3/11, UBND huyện họp phiên thường kỳ đánh giá tình hình kinh tế - xã hội "
            "tháng 10 năm 2025, triển khai nhiệm vụ tháng 11.")
    assert period._opening_month(split_sentences(text), period._rx()) == 10


def test_a_day_without_a_digit_reads_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> re.Pattern[str]:
        raise AssertionError("a pattern read for a sentence without a digit")

    s = "Sáng nay, HĐND huyện khai mạc kỳ họp thứ Mười."
    monkeypatch.setattr(dates, "_held_span_re", refuse)
    monkeypatch.setattr(dates, "_span_re", refuse)
    monkeypatch.setattr(dates, "_day_re", refuse)
    assert dates.meeting_day(s) is None


def test_a_day_in_figures_still_read() -> None:
    assert dates.meeting_day("Sáng 12/7, HĐND huyện khai mạc kỳ họp thứ Mười.") == (12, 7, None)
    assert dates.meeting_day("Trong 2 ngày 25 và 26/3/2010, Đảng bộ huyện tiến hành Đại hội.") == (25, 3, 2010)
    # near miss: a document's date is no meeting's day
    assert dates.meeting_day("Thực hiện Kế hoạch số 45/KH-UBND ngày 10/1/2024 của UBND tỉnh.") is None


def _old_masthead(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def test_masthead_capitals_counted_as_before() -> None:
    rnd = random.Random(41)
    pieces = ["HUYỆN", "Con", "CUÔNG", "ǅ", "ǲa", "1", " ", "-", "ĐĂK", "đắk", "Ⅻ", "²", "_", "ß", "ΣΑ", "x"]
    for _ in range(5000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert context._is_masthead(line) == _old_masthead(line), repr(line)
        assert context._title_if_caps(line, context._is_masthead(line)) == context._title_if_caps(line)


def test_a_masthead_line_names_the_portal_unit() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CON CUÔNG\n\nSáng 5/12, UBND huyện Con Cuông tổ chức hội nghị đánh giá kết "
            "quả thực hiện nhiệm vụ năm 2025 và triển khai kế hoạch năm 2026 tại hội trường.")
    ctx = context.publication_context(text, None, None, None, places.unit_phrases)
    assert [(p.name, p.kind) for p in ctx.places] == [("Con Cuông", "huyện")]
    # near miss: the same words in a line of prose are no masthead
    prose = ("Cổng thông tin điện tử huyện đăng tin về hội nghị của các xã trong tuần qua, nhiều người đọc.\n\n"
             "Sáng 5/12, UBND xã tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2025 tại hội trường.")
    assert context.publication_context(prose, None, None, None, places.unit_phrases).places == []


@pytest.mark.parametrize("p, source", [(_BLANKS_ONLY, r"[ \t]*"), (_SPACED_DASH, r"[ \t]+[-–][ \t]+"),
                                        (_LINK_MARKS, r"[\s,\-–(:]*")])
def test_gaps_read_in_place_as_their_slices(p: re.Pattern[str], source: str) -> None:
    rnd = random.Random(12)
    for _ in range(20000):
        s = "".join(rnd.choice(" \t-–,:(ab\n") for _ in range(rnd.randint(0, 8)))
        a, b = rnd.randint(0, 9), rnd.randint(0, 9)
        assert bool(p.fullmatch(s, a, max(a, b))) == bool(re.fullmatch(source, s[a:b])), (s, a, b)


def test_roles_given_across_gaps() -> None:
    assert sentence_people("Chủ tịch UBND xã Nguyễn Văn Bình phát biểu khai mạc hội nghị.") == [
        ("Nguyễn Văn Bình", ["Chủ tịch UBND xã"])]
    assert sentence_people("Phó Bí thư Huyện ủy - Trần Thị Hoa trình bày báo cáo.") == [
        ("Trần Thị Hoa", ["Phó Bí thư Huyện ủy"])]
    assert sentence_people("Các đồng chí Phó Chủ tịch UBND huyện: Lê Văn Tâm, Hà Minh Đức dự họp.") == [
        ("Lê Văn Tâm", ["Phó Chủ tịch UBND huyện"]), ("Hà Minh Đức", ["Phó Chủ tịch UBND huyện"])]
    # near miss: words between the role and the name ("cùng") give the name no role
    assert ("Đỗ Văn Khánh", ["Chủ tịch UBND xã"]) not in sentence_people(
        "Chủ tịch UBND xã cùng nhiều người dân chào đón ông Đỗ Văn Khánh.")
