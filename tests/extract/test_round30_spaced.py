"""Round 30 (parity30): a separator typed with a blank after it ("38, 1%", "2. 300 ha") where round 29's reading
did not reach it: a fraction's whole in thousands, a figure after a list's mark opening its line, and a spaced
percentage in a sibling clause whose plan an elided "đạt N%" carries. Sentences written for this test."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.sentences import split_sentences

LEAD = ("Ngày 8/10/2023, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị sơ kết công tác 9 tháng đầu năm "
        "2023.\n\n")


def _facts(text: str) -> dict[str, tuple[float | None, float | None, str | None, str]]:
    return {f.raw: (f.value, f.of, f.role, f.basis or "") for f in extract_text(LEAD + text).facts}


def test_a_fractions_whole_in_thousands_spaced_ends_no_sentence() -> None:
    s = "Diện tích lúa vụ Mùa đã gieo cấy 5.212/5. 600 ha, đạt 93% kế hoạch."
    assert [x.text for x in split_sentences(s)] == [s]
    got = _facts("Diện tích lúa vụ Mùa đã gieo cấy 5.212/5. 600 ha, đạt 93% kế hoạch.")
    assert got["5.212/5. 600 ha"][:2] == (5212, 5600)
    got = _facts("Diện tích ngô thu hoạch 2.105,5/3. 250 ha, bằng 64,8% kế hoạch.")
    assert got["2.105,5/3. 250 ha"][:2] == (2105.5, 3250)


def test_a_date_before_a_stop_is_no_fractions_part() -> None:
    # "ngày 20/11. 320 hộ": a day and its month end the sentence; no part in thousands before the slash
    assert [x.text for x in split_sentences("Hội nghị họp ngày 20/11. 320 hộ được hỗ trợ.")] == [
        "Hội nghị họp ngày 20/11.", "320 hộ được hỗ trợ."]


def test_a_spaced_decimal_after_a_list_mark_opening_its_line() -> None:
    got = _facts("Kết quả đạt được:\n* 72, 5% số xã đạt chuẩn nông thôn mới.\n- 18, 4 tỷ đồng vốn lồng ghép.\n")
    assert got["72, 5%"][0] == 72.5
    assert got["18, 4 tỷ đồng"][0] == 18.4e9


def test_a_dash_inside_a_line_is_no_list_mark() -> None:
    raws = set(_facts("Giai đoạn 2021 - 2, 5% hộ thoát nghèo mỗi năm."))
    assert not any(r.startswith("2, 5") for r in raws)


def test_an_elided_attainment_after_a_spaced_sibling_takes_its_plan() -> None:
    got = _facts("Thu ngân sách trên địa bàn đạt 88, 2% dự toán, chi ngân sách địa phương đạt 71, 6%.")
    assert got["71, 6%"][2:] == ("plan_pct", "dự toán")
    got = _facts("Vốn đầu tư công nguồn tỉnh giải ngân đạt 46, 3% kế hoạch; vốn huyện đạt 58, 7%.")
    assert got["58, 7%"][2:] == ("plan_pct", "kế hoạch")
