"""Shared by the official-document tests: where the examples are, how to build test files."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from soket.ingest.docx import GridCell, TextBuilder
from soket.model import Document

ROOT = Path(__file__).resolve().parents[2]
OFFICIAL = ROOT / "examples" / "official"
DATA = Path(__file__).resolve().parent / "data"   # hostile inputs: a scanned PDF, a corrupt .docx
NAMES = ["of01_lapthach_ubnd_6thang_2021", "of02_sondong_hdnd_nq_2025", "of03_langgiang_huyenuy_9thang_2023"]


def gold(name: str) -> dict:
    return json.loads((OFFICIAL / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def table_document(*tables: list[list[str | None]], before: str = "") -> Document:
    """A Document holding tables written as rows of cell texts; None continues the cell on its
    left (a horizontal merge), "^" the cell above (a vertical merge)."""
    out = TextBuilder()
    if before:
        out.para(before)
    for rows in tables:
        grid: list[list[GridCell]] = []
        for r, row in enumerate(rows):
            cells: list[GridCell] = []
            for c, text in enumerate(row):
                if text is None:
                    cells.append(cells[-1])
                elif text == "^":
                    above = grid[r - 1][c]
                    cells.append(GridCell([], continuation=True, origin=above.origin or above))
                else:
                    cells.append(GridCell([text] if text else []))
            grid.append(cells)
        out.table(grid)
    return Document(text=out.text(), format="docx", tables=out.tables)


def zip_bomb_docx(size: int, *, base: bytes) -> bytes:
    """``base`` (a real .docx) with its document.xml replaced by ``size`` bytes of blank XML."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info.filename))
        head = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        with dst.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(head)
            chunk = b" " * (1 << 20)
            left = size - len(head) - len(b"</w:body></w:document>")
            while left > 0:
                f.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
            f.write(b"</w:body></w:document>")
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    """A one-page PDF under the standard security handler whose user password is not empty."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"41" * 32 + b"> /U <" + b"42" * 32 + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
            b"<0123456789abcdef0123456789abcdef>] >>\nstartxref\n%d\n%%%%EOF\n") % (len(objs) + 1, xref)
    return bytes(out)
