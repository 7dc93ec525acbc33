""".docx and PDF reports in: one clean text, tables with exact cell offsets, the right errors."""

from __future__ import annotations

import io
import unicodedata
import zipfile

import pytest

from soket.errors import InputError, LimitExceededError, NeedsOCRError
from soket.extract.tables import extract_table_facts
from soket.ingest import ReadOptions, load_bytes, load_path
from soket.ingest import docx as docx_reader
from soket.ingest.docx import docx_to_document
from soket.ingest.pdf import pdf_to_document

from .helpers import DATA, NAMES, OFFICIAL, encrypted_pdf, gold, zip_bomb_docx

FORMATS = ["docx", "pdf"]


def _read(name: str, fmt: str):
    data = (OFFICIAL / f"{name}.{fmt}").read_bytes()
    return (docx_to_document if fmt == "docx" else pdf_to_document)(data)


def _key(f) -> tuple:
    v = f["value"] if isinstance(f, dict) else f.value
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    get = (lambda k: f[k]) if isinstance(f, dict) else (lambda k: getattr(f, k))
    return (get("subject"), v, get("unit"), get("role"), get("estimated"), get("basis"), get("raw"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", NAMES)
def test_golden_table_facts(name: str, fmt: str) -> None:
    doc = _read(name, fmt)
    facts = extract_table_facts(doc)
    want = sorted(map(_key, gold(name)["facts"]), key=repr)
    got = sorted(map(_key, facts), key=repr)
    assert got == want
    assert {f.table.index for f in facts} == {f["table"] for f in gold(name)["facts"]}
    assert len(doc.tables) == gold(name)["indicator_tables"]


@pytest.mark.parametrize("name", NAMES)
def test_docx_and_pdf_agree(name: str) -> None:
    def facts(fmt: str) -> set[tuple]:
        return {(f.subject, f.value, f.unit, f.role) for f in extract_table_facts(_read(name, fmt))}

    assert facts("docx") == facts("pdf")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", NAMES)
def test_grounded(name: str, fmt: str) -> None:
    doc = _read(name, fmt)
    text = doc.text
    assert unicodedata.is_normalized("NFC", text)
    assert "\n\n\n" not in text and text == text.strip()
    for t in doc.tables:
        assert text[t.start:t.end].startswith("| ")
        widths = {len(r) for r in t.rows}
        assert len(widths) == 1, "a table's grid is rectangular"
        for row in t.rows:
            for c in row:
                assert text[c.start:c.end] == c.text
    for f in extract_table_facts(doc):
        assert text[f.span[0]:f.span[1]] == f.raw
        assert f.origin == "table" and f.evidence.startswith(f"Bảng {f.table.index + 1 if f.table else 0}, dòng ")
        a, b = f.evidence_span  # the table line of the cell
        assert text[a:b].startswith("| ") and a <= f.span[0] and f.span[1] <= b and "\n" not in text[a:b]


@pytest.mark.parametrize("name", NAMES)
def test_paragraphs_and_layout(name: str) -> None:
    """The header block is read as paragraphs (left column, then right), not as a table."""
    for fmt in FORMATS:
        paras = _read(name, fmt).text.split("\n\n")
        assert not paras[0].startswith("|")
        assert any(p.startswith(("Số:", "Số ")) for p in paras[:5])
        assert any(", ngày " in p for p in paras[:8])


def test_two_level_header_cells_are_shared() -> None:
    for fmt in FORMATS:
        t = _read(NAMES[0], fmt).tables[0]
        top, second = t.rows[0], t.rows[1]
        assert top[3] is top[4] and top[3].text == "Năm 2021"       # spans two columns
        assert top[5] is top[6] and top[5].text == "So sánh (%)"
        assert second[0] is top[0] and second[1] is top[1]        # "TT", "Chỉ tiêu" span two rows
        assert [c.text for c in second[3:]] == ["Kế hoạch", "Ước TH 6 tháng", "So KH", "So cùng kỳ"]
        assert t.caption and t.caption.startswith("Biểu 01")


def test_load_path_dispatches(tmp_path) -> None:
    for fmt in FORMATS:
        doc = load_path(OFFICIAL / f"{NAMES[1]}.{fmt}")
        assert doc.format == fmt and doc.tables and doc.doc == NAMES[1]
    # a .docx named .txt is still read as Word
    p = tmp_path / "bao_cao.txt"
    p.write_bytes((OFFICIAL / f"{NAMES[1]}.docx").read_bytes())
    assert load_path(p).format == "docx"


# ---------------------------------------------------------------------------------------------
# hostile and broken files


def test_scanned_pdf_needs_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF reader refuses a scan; with OCR turned off, so does load_path (with OCR on it is
    read: tests/official/test_ocr.py)."""
    path = DATA / "scanned_no_text.pdf"
    with pytest.raises(NeedsOCRError) as e:
        pdf_to_document(path.read_bytes())
    assert "has no text layer (scanned image?): needs OCR" in str(e.value)
    with pytest.raises(NeedsOCRError) as e2:
        load_path(path, options=ReadOptions(ocr=False))
    assert e2.value.path == str(path) and e2.value.code == "needs_ocr"


def test_corrupt_docx() -> None:
    path = DATA / "corrupt.docx"
    with pytest.raises(InputError) as e:
        docx_to_document(path.read_bytes())
    assert type(e.value) is InputError
    assert str(e.value).startswith("not a valid .docx file")
    with pytest.raises(InputError, match=r"not a valid \.docx file"):
        load_path(path)


def test_zip_without_document_xml() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/other.xml", "<x/>")
    with pytest.raises(InputError, match=r"not a valid \.docx file: the archive has no word/document\.xml"):
        docx_to_document(buf.getvalue())


def test_broken_xml_in_docx() -> None:
    base = (OFFICIAL / f"{NAMES[0]}.docx").read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, data[:200] if info.filename == "word/document.xml" else data)
    with pytest.raises(InputError, match=r"not a valid \.docx file"):
        docx_to_document(buf.getvalue())


def test_zip_bomb_refused_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused from the archive's directory, before a byte of a member is inflated: counted (every member read goes
    through ``ZipFile.open``), not timed."""
    base = (OFFICIAL / f"{NAMES[0]}.docx").read_bytes()
    bomb = zip_bomb_docx(96 * 1024 * 1024, base=base)
    assert len(bomb) < 1024 * 1024
    opened: list[str] = []
    zip_open = zipfile.ZipFile.open

    def counting_open(self: zipfile.ZipFile, name: str | zipfile.ZipInfo, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return zip_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", counting_open)
    with pytest.raises(LimitExceededError) as e:
        load_bytes(bomb, name="bom.docx")
    assert "word/document.xml" in str(e.value) and "zip bomb" in str(e.value) and "refused before parsing" in str(e.value)
    assert opened == []


def test_unpacked_size_limit(monkeypatch) -> None:
    base = (OFFICIAL / f"{NAMES[0]}.docx").read_bytes()
    monkeypatch.setattr(docx_reader, "MAX_XML", 64 * 1024)
    with pytest.raises(LimitExceededError, match="of XML, over the limit"):
        docx_to_document(base)
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 1024)
    with pytest.raises(LimitExceededError, match=r"unpacks to .* over the limit"):
        docx_to_document(base)


def test_encrypted_pdf() -> None:
    with pytest.raises(InputError, match="PDF is encrypted"):
        pdf_to_document(encrypted_pdf())


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_truncated_pdf(cut: float) -> None:
    data = (OFFICIAL / f"{NAMES[2]}.pdf").read_bytes()
    try:
        doc = pdf_to_document(data[: int(len(data) * cut)])
    except InputError as e:
        assert isinstance(e, InputError)
    else:  # pdfminer may recover the pages it can reach: then the text is still grounded
        for t in doc.tables:
            for row in t.rows:
                for c in row:
                    assert doc.text[c.start:c.end] == c.text


def test_not_a_pdf() -> None:
    with pytest.raises(InputError):
        pdf_to_document(b"%PDF-1.7\n garbage garbage")


@pytest.mark.parametrize("fmt", FORMATS)
def test_damaged_bytes_give_input_errors_or_grounded_documents(fmt: str) -> None:
    """Flipped bytes anywhere in a .docx or PDF: an InputError, or a Document whose cells hold."""
    import random

    data = (OFFICIAL / f"{NAMES[1]}.{fmt}").read_bytes()
    rnd = random.Random(7)
    for _ in range(30):
        b = bytearray(data)
        for _ in range(rnd.randint(1, 40)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        try:
            doc = load_bytes(bytes(b), name=f"hong.{fmt}")
        except InputError:
            continue
        for t in doc.tables:
            for row in t.rows:
                for c in row:
                    assert doc.text[c.start:c.end] == c.text
        for f in extract_table_facts(doc):
            assert doc.text[f.span[0]:f.span[1]] == f.raw
