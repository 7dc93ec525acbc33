"""A store with the example reports and a few Phúc Yên / Vĩnh Yên reports over several periods."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from _paths import EXAMPLES
from store.backends import BACKENDS, database

PHUC_YEN_2020 = """Ban Chấp hành Đảng bộ thành phố Phúc Yên tổ chức hội nghị sơ kết 6 tháng đầu năm 2020.

Tổng giá trị sản xuất ước đạt 6.500 tỷ đồng, tăng 5% so với cùng kỳ. Thu ngân sách nhà nước ước đạt 300 tỷ đồng, đạt 55% kế hoạch năm. Kết nạp 40 đảng viên mới.
"""

PHUC_YEN_Q1_2021 = """Ban Thường vụ Thành ủy Phúc Yên họp đánh giá kết quả quý I năm 2021.

Thu ngân sách nhà nước ước đạt 140 tỷ đồng, đạt 25% kế hoạch năm. Kết nạp 12 đảng viên mới.
"""

PHUC_YEN_2021 = """Ban Chấp hành Đảng bộ thành phố Phúc Yên tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.

Tổng giá trị sản xuất ước đạt 6.900 tỷ đồng, tăng 6,2% so với cùng kỳ. Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm, tăng 5,6% so với cùng kỳ. Kim ngạch xuất khẩu đạt 125 triệu USD, giảm 3,5% so với cùng kỳ. Kết nạp 45 đảng viên mới, đạt 60% kế hoạch năm. Tỷ lệ hộ nghèo còn 1,2%. Thi hành kỷ luật 3 đảng viên.

Bên cạnh kết quả đạt được, thu hút đầu tư còn khó khăn, công tác giải phóng mặt bằng còn chậm.

Nhiệm vụ 6 tháng cuối năm: tập trung đẩy mạnh công tác bồi thường, giải phóng mặt bằng; phấn đấu thu ngân sách nhà nước năm 2021 đạt 561 tỷ đồng.
"""

VINH_YEN_2021 = """Ban Chấp hành Đảng bộ thành phố Vĩnh Yên tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.

Thu ngân sách nhà nước ước đạt 420 tỷ đồng, đạt 50% kế hoạch năm.
"""

FILES = {"py2020.txt": PHUC_YEN_2020, "pyq1.txt": PHUC_YEN_Q1_2021, "py2021.txt": PHUC_YEN_2021,
         "vy2021.txt": VINH_YEN_2021}


@pytest.fixture(scope="session", params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The reports above and the project's examples, stored on SQLite and on PostgreSQL."""
    from _store import ingest

    tmp = tmp_path_factory.mktemp("report")
    d = tmp / "in"
    d.mkdir()
    for name, text in FILES.items():
        (d / name).write_text(text, encoding="utf-8")
    paths = [d, *sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".txt", ".html"))]
    with database(request.param, tmp) as url:
        rep = ingest(url, paths, extract=extract_once)
        assert not rep.failed, rep.failed
        yield url


_RECORDS: dict[tuple[str, str], Any] = {}


def extract_once(doc: Any) -> Any:
    """The extractor, run once per document for the session (each backend stores a copy)."""
    from soket.extract import extract_document

    key = (doc.doc, doc.sha256)
    if key not in _RECORDS:
        _RECORDS[key] = extract_document(doc)
    return copy.deepcopy(_RECORDS[key])


def small_review():
    """A review built by hand (no store): one field of two sentences, a target, one table row, a
    chart, two footnotes of one document; what the writers (md, html, docx, pdf) are given."""
    from soket.report.build import Chart, Field, Figure, Review, Row, Sentence, Source

    budget = Figure(value=316.7e9, unit="VND", role="amount", text="316,7 tỷ đồng", fact_ids=[11])
    plan = Figure(value=56.4, unit="%", role="plan_pct", text="56,4%", fact_ids=[12])
    members = Figure(value=45, unit="đảng viên", role="amount", text="45 đảng viên", fact_ids=[13])
    target = Figure(value=561e9, unit="VND", role="target", text="561 tỷ đồng", fact_ids=[14])
    sentence = "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm"
    return Review(
        locality="Tân Hòa", locality_kind="huyện", province="Tây Sơn", period="2021-H1",
        period_words="6 tháng đầu năm 2021",
        fields=[Field(key="economy", title="Kinh tế", sentences=[
            Sentence(text="Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm",
                     figures=[budget, plan], source=1),
            Sentence(text="Kết nạp 45 đảng viên mới", figures=[members], source=2)])],
        limitations=["Công tác giải phóng mặt bằng còn chậm"],
        tasks=[Sentence(text="Phấn đấu thu ngân sách nhà nước đạt 561 tỷ đồng", figures=[target], source=1)],
        task_texts=["Đẩy mạnh cải cách hành chính"],
        rows=[Row(label="Thu ngân sách nhà nước", value=budget, plan=plan, sources=[1])],
        charts=[Chart(indicator="budget_revenue", title="Thu ngân sách nhà nước", unit="VND",
                      points=[{"period": "6 tháng 2020", "code": "2020-H1", "value": 300e9, "text": "300 tỷ đồng",
                               "fact_id": 9},
                              {"period": "6 tháng 2021", "code": "2021-H1", "value": 316.7e9,
                               "text": "316,7 tỷ đồng", "fact_id": 11}])],
        sources=[Source(n=1, document_id=1, doc="bc-tan-hoa", title="Báo cáo kết quả 6 tháng đầu năm 2021",
                        date="2021-07-05", sentence=sentence + ".", number="215/BC-UBND"),
                 Source(n=2, document_id=1, doc="bc-tan-hoa", title="Báo cáo kết quả 6 tháng đầu năm 2021",
                        date="2021-07-05", sentence="Kết nạp 45 đảng viên mới.", number="215/BC-UBND",
                        again=True)],
        document_ids=[1], body_kind="peoples_committee", year=2021)


def stored_review(url: str, locality: str, period: str, **kw: Any):
    """The review :func:`soket.report.build.build_review` drafts from the store at ``url``."""
    from _store import read
    from soket.report.build import build_review

    with read(url) as s:
        return build_review(s, locality, period, **kw)
