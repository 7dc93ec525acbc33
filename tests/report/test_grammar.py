"""Golden outputs of the review's sentence grammar (soket.report.grammar): one per pattern, short,
formal, the subject's own noun carrying its count — and each read back by soket's extractor to the
same figures."""

from __future__ import annotations

import pytest

from soket.extract.pipeline import extract_text
from soket.model import StoredFact
from soket.report.build import clean_subject, group_sentence, target_sentence


def F(value: float, unit: str | None, role: str, subject: str, **kw: object) -> StoredFact:
    return StoredFact.model_validate({"id": 0, "document_id": 0, "doc": "", "raw": "", "span": (0, 0), "value": value,
                                      "unit": unit, "role": role, "subject": subject, "indicator": None, **kw})


GOLDEN = [
    # amount (money), estimated, with plan attainment and change
    ([F(316.7e9, "VND", "amount", "Thu ngân sách nhà nước", estimated=True),
      F(56.4, "%", "plan_pct", "Thu ngân sách nhà nước", basis="kế hoạch năm"),
      F(5.6, "%", "change_pct", "Thu ngân sách nhà nước", basis="cùng kỳ")],
     "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm, tăng 5,6% so với cùng kỳ"),
    # amount (measure), fall against the same period
    ([F(29450, "tấn", "amount", "Sản lượng thịt hơi xuất chuồng"),
      F(-3.5, "%", "change_pct", "Sản lượng thịt hơi xuất chuồng", basis="cùng kỳ")],
     "Sản lượng thịt hơi xuất chuồng đạt 29.450 tấn, giảm 3,5% so với cùng kỳ"),
    # a count whose noun follows a verb: the figure goes before the noun
    ([F(168, "đảng viên", "amount", "Kết nạp đảng viên mới"),
      F(73, "%", "plan_pct", "Kết nạp đảng viên mới", basis="nghị quyết")],
     "Kết nạp 168 đảng viên mới, đạt 73% nghị quyết"),
    ([F(9, "tổ chức đảng", "amount", "kiểm tra tổ chức đảng")], "Kiểm tra 9 tổ chức đảng"),
    # a classifier stays with its noun: "căn nhà"
    ([F(38, "nhà", "amount", "Sửa chữa căn nhà cho hộ nghèo")], "Sửa chữa 38 căn nhà cho hộ nghèo"),
    # a count whose noun opens the subject ("Số xã ...", "Xã ..."): "Có N xã ..."
    ([F(2, "xã", "amount", "Số xã đạt chuẩn nông thôn mới kiểu mẫu"),
      F(66.7, "%", "plan_pct", "Số xã đạt chuẩn nông thôn mới kiểu mẫu", basis="nghị quyết")],
     "Có 2 xã đạt chuẩn nông thôn mới kiểu mẫu, đạt 66,7% nghị quyết"),
    ([F(2, "xã", "amount", "Xã đạt chuẩn nông thôn mới nâng")], "Có 2 xã đạt chuẩn nông thôn mới nâng cao"),
    ([F(1, "xã", "amount", "xã đạt chuẩn nông thôn mới và")], "Có 1 xã đạt chuẩn nông thôn mới"),
    ([F(22960, "người", "amount", "Tổng số người tham gia bảo hiểm xã hội", estimated=True),
      F(112.3, "%", "prior_pct", "Tổng số người tham gia bảo hiểm xã hội", basis="cùng kỳ")],
     "Ước có 22.960 người tham gia bảo hiểm xã hội, bằng 112,3% so với cùng kỳ"),
    # shares: "đạt"; "là" after a subject that has its own "đạt"; "còn" for a rate better low
    ([F(45, "%", "percent", "Tỷ lệ che phủ rừng")], "Tỷ lệ che phủ rừng đạt 45%"),
    ([F(91.4, "%", "percent", "Tỷ lệ trường học đạt chuẩn quốc gia"),
      F(99.3, "%", "plan_pct", "Tỷ lệ trường học đạt chuẩn quốc gia", basis="nghị quyết")],
     "Tỷ lệ trường học đạt chuẩn quốc gia là 91,4%, đạt 99,3% nghị quyết"),
    ([F(1.2, "%", "percent", "Tỷ lệ hộ nghèo")], "Tỷ lệ hộ nghèo còn 1,2%"),
    # a change that leads: a growth subject takes "đạt"; others "tăng"/"giảm"
    ([F(10.8, "%", "change_pct", "Tốc độ tăng trưởng giá trị sản xuất")],
     "Tốc độ tăng trưởng giá trị sản xuất đạt 10,8%"),
    ([F(-2.1, "%", "change_pct", "Chỉ số sản xuất công nghiệp", basis="cùng kỳ")],
     "Chỉ số sản xuất công nghiệp giảm 2,1% so với cùng kỳ"),
    # plan exceeded
    ([F(1200e9, "VND", "amount", "Thu ngân sách"), F(8, "%", "plan_diff_pct", "Thu ngân sách", basis="dự toán")],
     "Thu ngân sách đạt 1.200 tỷ đồng, vượt 8% dự toán"),
]

TARGETS = [
    (F(561e9, "VND", "target", "phấn đấu thu ngân sách nhà nước"), "Phấn đấu thu ngân sách nhà nước đạt 561 tỷ đồng"),
    (F(230, "đảng viên", "target", "Kết nạp đảng viên mới"), "Phấn đấu kết nạp 230 đảng viên mới"),
    (F(3, "xã", "target", "Số xã đạt chuẩn nông thôn mới kiểu mẫu"), "Phấn đấu có 3 xã đạt chuẩn nông thôn mới kiểu mẫu"),
    (F(2.5, "%", "target", "tỷ lệ hộ nghèo", qualifier="under"), "Phấn đấu tỷ lệ hộ nghèo còn dưới 2,5%"),
]


def _facts(text: str) -> set[tuple[float, str | None, str]]:
    return {(round(f.value, 6), f.unit, f.role) for f in extract_text(text + ".").facts if f.value is not None}


@pytest.mark.parametrize(("group", "want"), GOLDEN, ids=[g[1][:40] for g in GOLDEN])
def test_sentence_golden(group: list[StoredFact], want: str) -> None:
    text, figs = group_sentence(group)
    assert text == want
    assert len(figs) == len(group)
    words = [w for w in text.lower().replace(",", " ").split() if w.isalpha()]
    assert all(words[i:i + 2] != words[i + 2:i + 4] for i in range(len(words) - 3)), "a noun said twice in a row"
    assert _facts(text) == {(round(float(f.value or 0), 6), f.unit, f.role) for f in group}


@pytest.mark.parametrize(("fact", "want"), TARGETS, ids=[t[1][:40] for t in TARGETS])
def test_target_golden(fact: StoredFact, want: str) -> None:
    text, _ = target_sentence(fact)
    assert text == want
    assert _facts(text) == {(round(float(fact.value or 0), 6), fact.unit, "target")}


def test_count_noun_never_follows_dat() -> None:
    """The sentences the issue names: "... đạt 9 tổ chức đảng", "Xã ... nâng đạt 2 xã" cannot happen."""
    for group, _ in GOLDEN:
        text, _ = group_sentence(group)
        unit = group[0].unit
        if unit not in ("%", "VND", "USD", "tấn"):
            assert f"đạt {float(group[0].value or 0):g} {unit}" not in text, text
    assert clean_subject("Trong đó, thu nội địa", None) == "Thu nội địa"
    assert clean_subject("là tổng kim ngạch xuất khẩu", None) == "Tổng kim ngạch xuất khẩu"
    assert clean_subject("Lao động có việc làm", None) == "Lao động có việc làm"  # whole words only
