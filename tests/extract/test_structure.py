"""extract/structure.py: the parts of an official report (issuing body, number, place and date,
title, numbered sections). The header below is written for the test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from soket.extract.structure import parse_official

HEADER = """ĐẢNG BỘ TỈNH VĨNH PHÚC
HUYỆN ỦY TAM ĐẢO
*
Số 112-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tam Đảo, ngày 10 tháng 7 năm 2023
BÁO CÁO
kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Về kinh tế
Tổng thu ngân sách đạt 200 tỷ đồng.
"""


def test_the_heading_block():
    h = parse_official(HEADER)
    assert h is not None
    assert (h.body, h.body_type, h.parent_body) == ("HUYỆN ỦY TAM ĐẢO", "executive_committee", "ĐẢNG BỘ TỈNH VĨNH PHÚC")
    assert (h.locality, h.locality_kind) == ("Tam Đảo", "huyện")
    assert h.number == "112-BC/HU"
    assert h.number_span is not None and HEADER[h.number_span[0]:h.number_span[1]] == h.number
    assert h.date == "2023-07-10"
    assert (h.year, h.start_month, h.end_month) == (2023, 1, 6)


def test_numbered_sections():
    h = parse_official(HEADER)
    assert h is not None
    assert [(s.number, s.level, s.kind) for s in h.sections] == [("I.", 1, "results"), ("1.", 2, "results")]


def test_old_tone_placement_names_the_same_body():
    h = parse_official(HEADER.replace("HUYỆN ỦY TAM ĐẢO", "HUYỆN UỶ TAM ĐẢO"))
    assert h is not None
    assert (h.body_type, h.locality) == ("executive_committee", "Tam Đảo")


def test_a_quarter_spelt_qui_is_the_quarter():
    """"quí II" is "quý II" (soket.text.new_spelling): the title's period, labelled in the lexicon's spelling."""
    title = "kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023"
    h = parse_official(HEADER.replace(title, "kết quả thực hiện nhiệm vụ quí II năm 2023"))
    assert h is not None
    assert (h.year, h.start_month, h.end_month, h.period_label) == (2023, 4, 6, "quý II năm 2023")


def test_prose_is_no_official_report():
    assert parse_official("Thu ngân sách đạt 200 tỷ đồng. Hội nghị kết thúc.") is None


_head_lines = st.lists(st.sampled_from(["UBND", "HUYỆN", "Yên", "lạc", "ố", "Ố", " ", "|", "---", "CỘNG HÒA", "Số:",
                                        "Số ", "Độc lập", "ĐỘC LẬP", "hòa", "Hoà", "Kì", "tỉ", "ß"]),
                       max_size=12).map("".join)


@settings(max_examples=800, deadline=None)
@given(_head_lines)
def test_the_opening_test_of_a_head_line_agrees_with_the_cut_line(line: str) -> None:
    """structure._bodies skips a head line by its opening (a small letter before any cut phrase) only where the
    whole line, cut, is not in capitals: the same lines read as bodies."""
    from soket.extract.structure import _cased_before_cut, _cut

    if _cased_before_cut(line):
        cut = _cut(line)
        assert cut != cut.upper()


def test_a_prose_line_is_respelt_on_its_opening_only(monkeypatch) -> None:
    import soket.extract.structure as s

    seen: list[int] = []
    real = s.new_spelling
    monkeypatch.setattr(s, "new_spelling", lambda x: seen.append(len(x)) or real(x))
    line = "Sáng 6/12, HĐND huyện khai mạc kỳ họp thứ 12 " * 20
    assert s._cased_before_cut(line) and max(seen) < 40
