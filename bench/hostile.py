"""Generators of hostile and damaged inputs (bytes), shared by ``bench/fuzz.py`` and the tests.

Every generator is a pure function of its parameters and a ``random.Random``: the same seed gives
the same bytes. PDFs are written by hand (no library), so any shape can be made: bombs, glyph
floods, broken streams, deep nesting.
"""

from __future__ import annotations

import random
import zlib

REPORT = ("Sáng ngày 12/7/2024, Ban Chấp hành Đảng bộ huyện Tân Lạc tổ chức hội nghị lần thứ 15 đánh giá "
          "kết quả 6 tháng đầu năm. Tổng thu ngân sách ước đạt 186,4 tỷ đồng, đạt 61,5% dự toán năm, "
          "tăng 12,3% so với cùng kỳ. Giá trị sản xuất nông nghiệp ước 1.250 tỷ đồng. Toàn huyện kết nạp "
          "58 đảng viên mới; 100% xã đạt chuẩn nông thôn mới.\n")


def pdf(pages: list[bytes], *, compress: bool = True, extra: list[bytes] | None = None,
        broken_stream: bool = False) -> bytes:
    """A PDF whose pages have the given content streams (Helvetica as /F1)."""
    objs: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    font_id = 3 + 2 * n_pages
    for i, content in enumerate(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R "
                    f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode())
        if compress:
            data = zlib.compress(content)
            if broken_stream:
                data = data[:-4] + b"\x00\x00\x00\x00"  # a bad checksum: pdfminer's "Data-loss"
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for e in extra or []:
        objs.append(e)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text_page(lines: list[str]) -> bytes:
    """A content stream writing ``lines`` (ASCII, Latin-1) top-down."""
    out = [b"BT /F1 11 Tf 50 800 Td 14 TL"]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        out.append(b"(" + esc.encode("latin-1", "replace") + b") '")
    out.append(b"ET")
    return b"\n".join(out)


def glyph_flood(n: int) -> bytes:
    """One page drawing ``n`` glyphs (a tiny compressed PDF that is expensive to lay out)."""
    return pdf([b"BT /F1 1 Tf 10 10 Td (" + b"W" * n + b") Tj ET"])


def stream_bomb(mb: int) -> bytes:
    """One page whose content stream inflates to ``mb`` MB of whitespace."""
    data = _spaces_deflated(mb)
    page = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    base = pdf([b"BT /F1 11 Tf 50 800 Td (x) Tj ET"], compress=False)
    # swap the page's content stream for the bomb: object 4 is the first page's contents
    head, rest = base.split(b"4 0 obj\n", 1)
    _, tail = rest.split(b"\nendobj\n", 1)
    body = head + b"4 0 obj\n" + page + b"\nendobj\n" + tail
    return _fix_xref(body)


def _spaces_deflated(mb: int) -> bytes:
    """A zlib stream inflating to ``mb`` MB of spaces, built without compressing them all: after a
    full flush the compressor's output for the same MB is the same block, so one block is repeated
    and the stream is closed with the Adler-32 of the whole (a 1 GB bomb in milliseconds, not
    seconds of deflate)."""
    chunk = b" " * (1 << 20)
    z = zlib.compressobj(9)
    first = z.compress(chunk) + z.flush(zlib.Z_FULL_FLUSH)
    block = z.compress(chunk) + z.flush(zlib.Z_FULL_FLUSH)
    end = z.flush(zlib.Z_FINISH)[:-4]  # the empty final block, without the checksum
    adler = 1
    for _ in range(mb):
        adler = zlib.adler32(chunk, adler)
    return first + block * (mb - 1) + end + adler.to_bytes(4, "big")


def _fix_xref(body: bytes) -> bytes:
    """Recompute the xref table of a hand-edited PDF (objects numbered 1..n in order)."""
    main = body.split(b"xref\n", 1)[0]
    import re

    offsets = [m.start() for m in re.finditer(rb"(?m)^\d+ 0 obj\n", main)]
    out = bytearray(main)
    xref = len(out)
    out += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def scanned_pages(pages: int, *, dpi: int = 200, lines: int = 40, fmt: str = "pdf", offset: int = 0) -> bytes:
    """A scan without a text layer: ``pages`` A4 pages of ``lines`` lines of the report each, as
    1-bit images (CCITT G4, as scanners write them: ~50 KB a dense page at 200 dpi) in a PDF or a
    multi-page TIFF (``fmt="tiff"``). Text drawn with DejaVu Sans where it is installed."""
    import io
    import unicodedata

    from PIL import Image, ImageDraw, ImageFont

    size = max(8, dpi * 11 // 72)
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        font = ImageFont.load_default(size=size)
    plain = unicodedata.normalize("NFKD", (REPORT * 4).replace("đ", "d").replace("Đ", "D"))
    sents = plain.encode("ascii", "ignore").decode().split(". ")
    w, h = round(8.27 * dpi), round(11.69 * dpi)
    ims = []
    for p in range(pages):
        im = Image.new("L", (w, h), 255)
        d = ImageDraw.Draw(im)
        for i in range(lines):
            d.text((dpi // 2, dpi // 2 + i * dpi * 16 // 72), sents[(i + p + offset) % len(sents)][:70], fill=0,
                   font=font)
        ims.append(im.convert("1"))
    buf = io.BytesIO()
    if fmt == "tiff":
        ims[0].save(buf, "TIFF", save_all=True, append_images=ims[1:], compression="group4", dpi=(dpi, dpi))
    else:
        import time

        stamp = time.gmtime(1577836800)  # 2020-01-01, fixed: Pillow stamps the time of saving, and a seed must give the same bytes
        ims[0].save(buf, "PDF", save_all=True, append_images=ims[1:], resolution=dpi, creationDate=stamp, modDate=stamp)
    return buf.getvalue()


def broken_utf8(text: str, rng: random.Random, n: int = 2) -> bytes:
    """UTF-8 bytes of ``text`` with ``n`` bytes replaced by invalid ones, or cut mid-character."""
    data = bytearray(text.encode("utf-8"))
    ascii_pairs = [j for j in range(len(data) - 1) if data[j] < 0x80 and data[j + 1] < 0x80]
    for j in rng.sample(ascii_pairs, min(n, len(ascii_pairs))):  # an ASCII byte made invalid: never valid again
        data[j] = rng.choice([0x80, 0xBF, 0xC3, 0xE1, 0xFE, 0xFF])
    return bytes(data)


def truncated_utf8(text: str) -> bytes:
    data = text.encode("utf-8")
    last = max(i for i, b in enumerate(data) if b >= 0xC0)
    return data[:last + 1]  # a lead byte without its continuation


__all__ = ["REPORT", "broken_utf8", "glyph_flood", "pdf", "scanned_pages", "stream_bomb", "text_page", "truncated_utf8"]
