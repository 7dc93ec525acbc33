"""soket.report.word: the review as a .docx (python-docx), footnotes in Word's own part."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import docx

from soket.report.output import render
from soket.report.word import Footnotes, to_docx, to_docx_bytes

from .conftest import small_review, stored_review


def test_docx_opens(store_url: str, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "review.docx"
    render(stored_review(store_url, "Phúc Yên", "2021-H1"), "docx", out)
    d = docx.Document(str(out))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "DỰ THẢO" in text and "BÁO CÁO" in text and "316,7 tỷ đồng" in text
    assert len(d.tables) == 3 and d.tables[1].rows[0].cells[0].text == "Chỉ tiêu"  # heading, indicators, closing
    assert len(d.inline_shapes) >= 3  # the charts


def _footnotes(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/footnotes.xml").decode("utf-8")


def test_each_source_is_one_footnote_in_words_part():
    data = to_docx_bytes(small_review(), created=datetime(2021, 7, 6))
    notes = _footnotes(data)
    assert notes.count("<w:footnoteRef/>") == 2
    assert "Thu ngân sách nhà nước ước đạt 316,7 tỷ đồng" in notes and "Kết nạp 45 đảng viên mới." in notes
    d = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Kết nạp 45 đảng viên mới" in text and "Đẩy mạnh cải cách hành chính" in text
    assert d.core_properties.created.year == 2021
    assert "Tân Hòa" in d.core_properties.subject


def test_a_note_cited_twice_is_one_footnote():
    r = small_review()
    r.fields[0].sentences[1].source = 1  # both sentences quote the first source
    r.sources = r.sources[:1]
    notes = _footnotes(to_docx_bytes(r))
    assert notes.count("<w:footnoteRef/>") == 1


def test_template_styles_are_kept(tmp_path: Path):
    tpl = docx.Document()
    tpl.sections[0].header.paragraphs[0].text = "UBND HUYỆN TÂN HÒA – MẪU"
    tpl.add_paragraph("nội dung mẫu sẽ bị xoá")
    path = tmp_path / "mau.docx"
    tpl.save(str(path))
    d = to_docx(small_review(), template=path)
    assert d.sections[0].header.paragraphs[0].text == "UBND HUYỆN TÂN HÒA – MẪU"
    assert "nội dung mẫu sẽ bị xoá" not in "\n".join(p.text for p in d.paragraphs)


def test_footnotes_part_is_made_once():
    d = docx.Document()
    notes = Footnotes(d)
    p = d.add_paragraph("Câu có chú thích")
    assert notes.add(p, "Nguồn một") == 1 and notes.add(p, "Nguồn hai") == 2
    notes.save()
    again = Footnotes(d)
    assert again.part is notes.part and again.next_id == 3
