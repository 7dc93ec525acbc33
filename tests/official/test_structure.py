"""parse_official: issuing body, number, place and date, title and period, sections."""

from __future__ import annotations

import pytest

from soket.extract.structure import parse_official
from soket.ingest.docx import docx_to_document
from soket.ingest.pdf import pdf_to_document

from .helpers import NAMES, OFFICIAL, gold


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("name", NAMES)
def test_header_and_sections(name: str, fmt: str) -> None:
    data = (OFFICIAL / f"{name}.{fmt}").read_bytes()
    text = (docx_to_document if fmt == "docx" else pdf_to_document)(data).text
    h = parse_official(text)
    assert h is not None
    want = gold(name)
    for key, value in want["header"].items():
        assert getattr(h, key) == value, key
    assert [[s.number, s.kind] for s in h.sections] == want["sections"]
    assert text[h.number_span[0]:h.number_span[1]] == h.number
    assert text[h.date_span[0]:h.date_span[1]].startswith(f"{h.place}, ngày")
    assert text[h.title_span[0]:h.title_span[1]].replace("\n", " ") == h.title
    for s in h.sections:
        assert text[s.start:s.end].startswith(s.number)
        assert s.end <= text.find("Nơi nhận")
    # sections nest: a child lies inside its parent
    for a in h.sections:
        for b in h.sections:
            if a.level < b.level and a.start < b.start < a.end:
                assert b.end <= a.end


MIXED = """UBND HUYỆN TAM ĐẢO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 88/BC-UBND Độc lập - Tự do - Hạnh phúc
Tam Đảo, ngày 05 tháng 4 năm 2022

BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2022

Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 1 năm 2022 của UBND huyện;

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Về kinh tế: giá trị sản xuất tăng khá.

II. MỘT SỐ HẠN CHẾ

III. PHƯƠNG HƯỚNG QUÝ II

Nơi nhận:
"""


def test_columns_run_together() -> None:
    h = parse_official(MIXED)
    assert h is not None
    assert (h.body, h.number, h.place, h.date) == ("UBND HUYỆN TAM ĐẢO", "88/BC-UBND", "Tam Đảo", "2022-04-05")
    assert (h.doc_type, h.title) == ("BÁO CÁO", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2022")
    assert (h.year, h.start_month, h.end_month, h.period_label) == (2022, 1, 3, "QUÝ I NĂM 2022")
    assert [(s.number, s.level, s.kind) for s in h.sections] == [
        ("I.", 1, "results"), ("1.", 2, "results"), ("II.", 1, "limitations"), ("III.", 1, "tasks")]
    assert h.sections[1].title == "Về kinh tế: giá trị sản xuất tăng khá."


@pytest.mark.parametrize(("title", "period"), [
    ("Tình hình kinh tế - xã hội năm 2021 và kế hoạch năm 2022", (2021, 1, 12)),
    ("Kết quả 9 tháng năm 2018", (2018, 1, 9)),
    ("Sơ kết 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2019", (2019, 1, 6)),
    ("Kết quả thực hiện nhiệm vụ 6 tháng cuối năm 2025", (2025, 7, 12)),
    ("Tình hình tháng 9 năm 2023", (2023, 9, 9)),
    ("Kết quả công tác quý III", (2021, 7, 9)),  # no year in the title: the document's date gives it
])
def test_periods(title: str, period: tuple) -> None:
    text = f"UBND XÃ AN BÌNH\n\nSố: 5/BC-UBND\n\nAn Bình, ngày 3 tháng 10 năm 2021\n\nBÁO CÁO\n\n{title}\n\nI. KẾT QUẢ"
    h = parse_official(text)
    assert h is not None and h.title == title
    assert (h.year, h.start_month, h.end_month) == period


def test_blank_day_and_nested_body() -> None:
    text = ("ỦY BAN NHÂN DÂN\n\nTỈNH PHÚ THỌ\n\nSỞ TÀI CHÍNH\n\nSố: /BC-STC\n\n"
            "Phú Thọ, ngày    tháng 12 năm 2025\n\nBÁO CÁO\n\nDự toán thu ngân sách năm 2026")
    h = parse_official(text)
    assert h is not None
    assert (h.body, h.parent_body, h.body_type) == ("SỞ TÀI CHÍNH", "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "other")
    assert h.date == "2025-12" and h.number is None
    assert (h.year, h.start_month, h.end_month) == (2026, 1, 12)


def test_party_numbering_and_locality() -> None:
    text = "ĐẢNG BỘ TỈNH NAM ĐỊNH\n\nTHÀNH ỦY NAM ĐỊNH\n\n*\n\nSố 210-BC/TU\n\nNam Định, ngày 2 tháng 7 năm 2020\n\nBÁO CÁO\n\nsơ kết 6 tháng đầu năm 2020"
    h = parse_official(text)
    assert h is not None
    assert (h.number, h.locality, h.locality_kind, h.body_type) == ("210-BC/TU", "Nam Định", "thành phố", "executive_committee")


def test_not_official() -> None:
    assert parse_official("Sáng 15/6, UBND huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.") is None
    assert parse_official("") is None
