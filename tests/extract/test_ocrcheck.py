"""The rows' arithmetic as a second reader of OCR figures, the facts' place on the scan, and the
heading block's locality (pure: no OCR here; the scans are in tests/official/test_ocr.py)."""

from __future__ import annotations

import pytest

from soket.extract.ocrcheck import incomplete_issues, mark_ocr, ocr_issues, repair_rows, variants
from soket.extract.pipeline import extract_text
from soket.model import Fact


def _row(raws: dict[str, str], conf: float | None = 90.0, unit: str = "VND", mult: float = 1e9) -> list[Fact]:
    from soket.extract.tables import parse_cell

    out = []
    for col, (role, raw) in enumerate(raws.items()):
        got = parse_cell(raw)
        v = got[0] if got else None
        u = "%" if role.endswith("pct") else unit
        if v is not None and u != "%":
            v = v * mult
        out.append(Fact(subject="Kim ngạch", value=v, unit=u, role=role, raw=raw, span=(col, col + 1),
                        origin="table", table={"index": 0, "row": 3, "column": col, "header": role},
                        ocr_confidence=conf, malformed=v is None))
    return out


@pytest.mark.parametrize(("raws", "which", "fixed", "value"), [
    ({"target": "120", "amount": "58", "plan_pct": "4833"}, 2, "48,33", 48.33),              # lost comma
    ({"target": "2.750", "amount": "1.986,4", "plan_pct": "70,41"}, 1, "1.936,4", 1936.4e9),  # 3 read as 8
    ({"target": "18.600", "amount": "16.835", "plan_pct": "91,00"}, 0, "18.500", 18500e9),  # 5 read as 6
    ({"target": "95", "amount": "48,6", "plan_pct": "57,2"}, 2, "51,2", 51.2),                # 1 read as 7
    ({"target": "21.600", "amount": "16.310", "plan_pct": "75,531"}, 2, "75,51", 75.51),      # a digit too many
    ({"target": "3.200", "amount": "1,340,5", "plan_pct": "41,9"}, 1, "1.340,5", 1340.5e9),   # comma for a dot
    ({"target": "95", "amount": "7,2", "plan_pct": "7,58"}, 2, "7,58", None),                 # holds: untouched
])
def test_row_arithmetic_repairs_one_slip(raws, which, fixed, value) -> None:
    facts = _row(raws)
    before = [f.value for f in facts]
    repair_rows(facts)
    if value is None:
        assert [f.value for f in facts] == before and not any(f.ocr_flag for f in facts)
        return
    f = facts[which]
    assert f.ocr_flag == "repaired" and f.ocr_raw == raws[list(raws)[which]] and f.ocr_repair == fixed
    assert f.value == pytest.approx(value) and not f.malformed
    assert f.raw == raws[list(raws)[which]]  # raw stays what the scan shows: still grounded
    assert all(g.ocr_flag is None for i, g in enumerate(facts) if i != which)


def test_row_arithmetic_flags_doubtful_when_no_single_slip_explains_it() -> None:
    facts = _row({"target": "120", "amount": "58", "plan_pct": "71,2"})
    repair_rows(facts)
    assert [f.ocr_flag for f in facts] == ["doubtful"] * 3
    assert [f.value for f in facts] == [120e9, 58e9, 71.2]  # kept as read, never dropped


def test_row_arithmetic_flags_doubtful_when_two_slips_explain_it() -> None:
    # 231,640 / 412.500 or 231.640 / 412,500: both give 56,2 %; the arithmetic cannot choose
    facts = _row({"target": "412.500", "amount": "231,640", "plan_pct": "56,2"})
    repair_rows(facts)
    assert [f.ocr_flag for f in facts] == ["doubtful"] * 3


def test_repairs_and_doubts_are_issues_on_the_figure() -> None:
    facts = _row({"target": "120", "amount": "58", "plan_pct": "4833"})
    repair_rows(facts)
    doubtful = _row({"target": "120", "amount": "58", "plan_pct": "71,2"})
    repair_rows(doubtful)
    got = [(i.code, i.span) for i in ocr_issues([*facts, *doubtful])]
    assert got == [("ocr_repaired", facts[2].span), *(("ocr_doubtful", f.span) for f in doubtful)]


def test_row_arithmetic_leaves_born_digital_rows_alone() -> None:
    facts = _row({"target": "120", "amount": "58", "plan_pct": "71,2"}, conf=None)
    repair_rows(facts)
    assert not any(f.ocr_flag for f in facts)


def test_plan_diff_and_change_identities() -> None:
    facts = _row({"plan_pct": "112,4", "plan_diff_pct": "124"})
    repair_rows(facts)
    assert facts[1].ocr_flag == "repaired" and facts[1].ocr_repair == "12,4" and facts[1].value == 12.4
    facts = _row({"prior_pct": "96,3", "change_pct": "-3,7"})
    repair_rows(facts)
    assert not any(f.ocr_flag for f in facts)


def test_variants_are_single_slips() -> None:
    v = variants("4833")
    assert {"48,33", "483,3", "4,833", "4838", "4533", "483"} <= set(v)
    assert "4833" not in v and "48.33" not in v  # a dot between digits is no lost comma
    assert set(variants("95)")) >= {"95", "95,", "95."}


def test_mark_ocr_takes_page_box_and_lowest_confidence() -> None:
    words = [[0, 4, 1, 0.1, 0.2, 0.15, 0.22, 96.0], [5, 10, 1, 0.16, 0.2, 0.3, 0.23, 71.5],
             [11, 14, 2, 0.5, 0.5, 0.6, 0.52, 90.0]]
    f = Fact(subject=None, value=1.0, unit=None, role="amount", raw="x", span=(2, 9))
    g = Fact(subject=None, value=1.0, unit=None, role="amount", raw="y", span=(20, 22))
    mark_ocr([f, g], words)
    assert (f.page, f.box, f.ocr_confidence) == (1, [0.1, 0.2, 0.3, 0.23], 71.5)
    assert g.page is None and g.ocr_confidence is None


# ---------------------------------------------------------------------------------------------
# the heading block (pure)


@pytest.mark.parametrize(("head", "kind"), [
    ("ỦY BAN NHÂN DÂN HUYỆN YÊN LẠC\n\nSố: 342/BC-UBND", "peoples_committee"),
    ("UBND HUYỆN YÊN LẠC\n\nSố: 12/BC-UBND", "peoples_committee"),
    ("ĐẢNG BỘ TỈNH VĨNH PHÚC\n\nHUYỆN ỦY YÊN LẠC\n\nSố 312-BC/HU", "executive_committee"),
])
def test_heading_block_locality(head: str, kind: str) -> None:
    text = (f"{head}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nYên Lạc, ngày 30 tháng 9 năm 2024\n\n"
            "BÁO CÁO\n\nKết quả thực hiện nhiệm vụ 9 tháng năm 2024")
    m = extract_text(text).meeting
    assert (m.locality, m.locality_kind, m.province, m.body_kind) == ("Yên Lạc", "huyện", "Vĩnh Phúc", kind)


def test_an_ocr_cut_short_by_its_budget_is_a_warning_on_the_record() -> None:
    from soket.extract.ocrcheck import incomplete_issues

    assert incomplete_issues(None) == [] and incomplete_issues({"words": []}) == []
    (i,) = incomplete_issues({"incomplete": ["OCR stopped at page 3 of 5: the document's OCR budget ..."]})
    assert i.code == "ocr_incomplete" and i.severity == "warning" and "page 3 of 5" in i.message


def test_issue_messages_are_labels_record_notes():
    """The messages are labels.yaml record_notes: "vi — en" for a figure, "vi — note" for a scan cut short."""
    fs = [Fact(subject="x", value=1.0, unit=None, role="amount", raw="1.5O0", span=(0, 5), ocr_flag="repaired", ocr_raw="1.5O0",
               ocr_repair="1.500"),
          Fact(subject="x", value=1.0, unit=None, role="amount", raw="2'3", span=(0, 3), ocr_flag="doubtful")]
    assert [i.message for i in ocr_issues(fs)] == [
        "Bản quét đọc '1.5O0', phép tính của dòng cho '1.500' — OCR read '1.5O0'; the row's arithmetic gives '1.500', taken",
        "Số đọc từ bản quét \"2'3\" không khớp phép tính của dòng, cần xem lại bản quét — OCR read \"2'3\": the row's "
        "figures do not agree and no single misreading explains it"]
    assert [i.message for i in incomplete_issues({"incomplete": ["trang 3"]})] == ["Bản quét chưa được đọc hết — trang 3"]
