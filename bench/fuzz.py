#!/usr/bin/env python3
"""Fuzz campaign: generated hostile and damaged inputs through reading + extraction + JSON output,
each in a worker process with a memory cap. Prints counts of ok, clear refusals, crashes,
over-time and over-memory, overall and per kind. Required: 0 crashes, 0 over-memory, 0 over 10 s
(CPU) for inputs under 200 KB.

    .venv/bin/python bench/fuzz.py [--n 10000] [--workers N] [--seed 1] [--small]

- ok: a record came out (and its JSON); refusal: a one-line soket error (SoketError);
  crash: any other exception, a message that is not one line, or a worker that died;
  over-time: more than 10 s of CPU (inputs < 200 KB), or killed after 60 s of CPU (time is CPU
  time, so that a loaded machine does not turn slowness into failures);
  over-memory: peak RSS grew by more than 20 × the text size + 200 MB (the worker's own peak,
  /proc VmHWM reset before each input, plus the peak of any child process it waited for), or a
  MemoryError under the worker's address-space cap. OCR'd inputs are counted like any other.
``--small`` keeps every input small (the test suite's 500-input sample).

The runner: a pool of long-lived workers (fresh interpreters, the readers' libraries imported
once each), one input at a time per worker, results over a pipe; each worker has an address-space
cap (RLIMIT_AS) and, before each input, a CPU limit (RLIMIT_CPU moved to what it has used + 90 s:
SIGXCPU ends it); the parent waits on the pipes and the workers' sentinels and kills an input past
60 s of CPU. A worker that died, was killed or went over memory is replaced, and each is replaced
after ``RECYCLE_AFTER`` inputs. Profiled (2026-12-03): the runner itself costs little (the parent
~0.2 s of CPU per 150 inputs, a worker's start ~1 s once); an input's cost is its own reading and
extraction (~0.05 s CPU for ``--small`` inputs, ~0.3 s at full size, the CPU budget's 5 s for the
inputs refused by it, seconds for OCR'd pages) and its generation (bombs are built without
deflating their gigabytes: a repeated full-flush block).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import sys
import time
import traceback
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile

Gen = Callable[[random.Random, bool], tuple[str, bytes]]
KINDS: dict[str, Gen] = {}
MAX_CPU_S = 10.0
KILL_CPU_S = 60.0  # a worker that has spent this much CPU on one input is killed (over-time)
KILL_WALL_S = 900.0  # ... or this long on the clock (a machine shared with other work is slow)
SMALL_LIMIT = 200_000  # inputs under this many bytes must finish under MAX_CPU_S


def kind(name: str) -> Callable[[Gen], Gen]:
    def reg(fn: Gen) -> Gen:
        KINDS[name] = fn
        return fn
    return reg


def _size(rng: random.Random, small: bool, lo: int, hi: int) -> int:
    return rng.randint(lo, min(hi, 8_000) if small else hi)


R = hostile.REPORT
WORDS = R.split()


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


# --- plain text ----------------------------------------------------------------------------------

@kind("txt_report")
def _k1(rng, small): return "r.txt", R.encode()
@kind("txt_report_repeated")
def _k2(rng, small): return "r.txt", (R * _size(rng, small, 2, 2000)).encode()[: _size(rng, small, 1000, 1_000_000)]
@kind("txt_long_line")
def _k3(rng, small): return "l.txt", ("thu ngân sách đạt 6.900 tỷ đồng tăng 12,5% " * (_size(rng, small, 1000, 240_000) // 44)).encode()
@kind("txt_long_line_no_spaces")
def _k4(rng, small): return "l.txt", ("6.900tỷđồng12,5%" * (_size(rng, small, 1000, 190_000) // 20)).encode()
@kind("txt_digits_dots")
def _k5(rng, small): return "d.txt", b"1234567890." * (_size(rng, small, 100, 190_000) // 11)
@kind("txt_dots_commas_percent")
def _k6(rng, small): return "d.txt", b"12,5%.1.2.3,,,%%% " * (_size(rng, small, 100, 190_000) // 18)
@kind("txt_broken_utf8")
def _k7(rng, small): return "b.txt", hostile.broken_utf8(R * rng.randint(1, 20), rng, rng.randint(1, 5))
@kind("txt_truncated_utf8")
def _k8(rng, small): return "t.txt", hostile.truncated_utf8(R * rng.randint(1, 20))
@kind("txt_heavily_broken_utf8")
def _k9(rng, small): return "b.txt", hostile.broken_utf8(R * 5, rng, rng.randint(30, 300))
@kind("txt_random_bytes")
def _k10(rng, small): return "x.txt", rng.randbytes(_size(rng, small, 1, 100_000))
@kind("txt_random_ascii")
def _k11(rng, small): return "x.txt", bytes(rng.randint(32, 126) for _ in range(_size(rng, small, 1, 50_000)))
@kind("txt_nul_sprinkled")
def _k12(rng, small):
    b = bytearray((R * 10).encode())
    for _ in range(rng.randint(1, 40)):
        b.insert(rng.randrange(len(b)), 0)
    return "n.txt", bytes(b)
@kind("txt_control_chars")
def _k13(rng, small): return "c.txt", (R + "".join(chr(rng.randint(0, 31)) for _ in range(rng.randint(1, 200))) + R).encode()
@kind("txt_cp1258")
def _k14(rng, small):
    from soket.ingest import legacy  # noqa: F401  (imported for its side-effect-free helpers)
    return "w.txt", (R * rng.randint(1, 5)).encode("cp1258", "replace")
@kind("txt_tcvn3")
def _k15(rng, small):
    from soket.ingest.legacy import from_unicode
    return "t.txt", from_unicode(R * rng.randint(1, 5), "tcvn3").encode("latin-1", "replace")
@kind("txt_vni")
def _k16(rng, small):
    from soket.ingest.legacy import from_unicode
    return "v.txt", from_unicode(R * rng.randint(1, 5), "vni").encode("cp1252", "replace")
@kind("txt_utf16le_bom")
def _k17(rng, small): return "u.txt", b"\xff\xfe" + (R * rng.randint(1, 5)).encode("utf-16-le")
@kind("txt_utf16be_no_bom")
def _k18(rng, small): return "u.txt", (R * rng.randint(1, 5)).encode("utf-16-be")
@kind("txt_utf8_bom")
def _k19(rng, small): return "u.txt", b"\xef\xbb\xbf" + R.encode()
@kind("txt_double_encoded_utf8")
def _k20(rng, small): return "m.txt", (R * rng.randint(1, 3)).encode().decode("cp1252", "replace").encode()
@kind("txt_rich_markup")
def _k21(rng, small):
    tags = ["[/]", "[bold red]", "[link=x]", "[/bold]", "[", "]", "[[", "\\[", "[/link]"]
    return "r[x].txt", " ".join(w + (rng.choice(tags) if rng.random() < 0.3 else "") for w in R.split()).encode()
@kind("txt_html_in_text")
def _k22(rng, small): return "h.txt", ("<script>alert(1)</script><b>" + R + "</b><img src=x onerror=alert(1)>").encode()
@kind("txt_nfd")
def _k23(rng, small):
    import unicodedata
    return "d.txt", unicodedata.normalize("NFD", R * rng.randint(1, 10)).encode()
@kind("txt_huge_numbers")
def _k24(rng, small): return "n.txt", ("Thu ngân sách đạt " + "9" * rng.randint(20, 5000) + " tỷ đồng, tăng " + "1" * rng.randint(20, 400) + "%.").encode()
@kind("txt_many_percent")
def _k25(rng, small): return "p.txt", ("tăng " + "%" * rng.randint(1, 50_000) + " 5%").encode()
@kind("txt_nested_parens")
def _k26(rng, small):
    n = _size(rng, small, 10, 100_000)
    return "p.txt", ("(" * n + "thu 5 tỷ đồng" + ")" * n).encode()
@kind("txt_many_semicolons")
def _k27(rng, small): return "s.txt", ("thu 5 tỷ đồng; " * (_size(rng, small, 100, 150_000) // 15)).encode()
@kind("txt_emoji_astral")
def _k28(rng, small): return "e.txt", (R.replace(" ", " 😀𝔘 ") * rng.randint(1, 5)).encode()
@kind("txt_bidi_controls")
def _k29(rng, small): return "b.txt", R.replace(" ", " \u202e\u2066 ").encode()
@kind("txt_zero_width")
def _k30(rng, small): return "z.txt", R.replace("a", "a\u200b\ufeff").encode()
@kind("txt_whitespace_only")
def _k31(rng, small): return "w.txt", b" \n\t\r" * rng.randint(1, 1000)
@kind("txt_empty")
def _k32(rng, small): return "e.txt", b""
@kind("txt_many_short_lines")
def _k33(rng, small): return "l.txt", ("5%\n" * (_size(rng, small, 100, 190_000) // 3)).encode()
@kind("txt_number_words")
def _k34(rng, small): return "w.txt", ("kết nạp một nghìn hai trăm ba mươi mốt đảng viên, " * rng.randint(1, 300)).encode()
@kind("txt_dates")
def _k35(rng, small): return "d.txt", ("ngày 12/7/2024, 31/12/2025, năm 2023; " * rng.randint(1, 2000)).encode()
@kind("txt_long_subject")
def _k36(rng, small): return "s.txt", (_words(rng, _size(rng, small, 100, 30_000)) + " đạt 5 tỷ đồng").encode()
@kind("txt_carriage_returns")
def _k37(rng, small): return "c.txt", (R.replace("\n", "\r") * rng.randint(1, 20)).encode()
@kind("txt_tab_table")
def _k38(rng, small): return "t.txt", ("Chỉ tiêu\tKế hoạch\tThực hiện\n" + "Thu ngân sách\t100\t61,5%\n" * rng.randint(1, 2000)).encode()
@kind("txt_random_words")
def _k39(rng, small): return "w.txt", _words(rng, _size(rng, small, 10, 30_000)).encode()
@kind("md_report")
def _k40(rng, small): return "r.md", ("# Báo cáo\n\n* " + R + "\n| a | b |\n|---|---|\n| 5 tỷ | 6% |\n").encode()

# --- HTML ----------------------------------------------------------------------------------------

def _html(body: str, head: str = "") -> bytes:
    return f"<!doctype html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()

@kind("html_report")
def _k41(rng, small): return "r.html", _html(f"<article><h1>Hội nghị</h1><p>{R}</p></article>")
@kind("html_deep_nesting")
def _k42(rng, small):
    n = _size(rng, small, 100, 50_000)
    return "d.html", _html("<div>" * n + R + "</div>" * n)
@kind("html_many_nodes")
def _k43(rng, small): return "m.html", _html("<p>thu 5 tỷ</p>" * (_size(rng, small, 100, 190_000) // 16))
@kind("html_script_style")
def _k44(rng, small): return "s.html", _html(f"<script>{'var a=1;' * 5000}</script><style>p{{}}</style><p>{R}</p>")
@kind("html_billion_laughs")
def _k45(rng, small):
    ents = '<!ENTITY a "lol">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    return "b.html", f'<?xml version="1.0"?><!DOCTYPE html [{ents}]><html><body><p>&j;</p><p>{R}</p></body></html>'.encode()
@kind("html_xxe")
def _k46(rng, small):
    return "x.html", f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body>&x;<p>{R}</p></body></html>'.encode()
@kind("html_broken_tags")
def _k47(rng, small): return "b.html", (b"<html><body><p" + R.encode() + b"<div <<<>>> </p </table>" * rng.randint(1, 500))
@kind("html_charset_lie")
def _k48(rng, small): return "c.html", f"<html><head><meta charset='{rng.choice(['koi8-r', 'utf-16', 'x-bogus', 'cp1258', 'ascii'])}'></head><body><p>{R}</p></body></html>".encode()
@kind("html_markup_in_text")
def _k49(rng, small): return "m.html", _html(f"<p>{R.replace('đạt', 'đạt [bold red][/]')}</p><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
@kind("html_huge_table")
def _k50(rng, small):
    rows = "".join(f"<tr><td>Thu ngân sách {i}</td><td>{rng.randint(1, 999)},5</td><td>{rng.randint(1, 99)}%</td></tr>" for i in range(rng.randint(10, 300 if small else 3000)))
    return "t.html", _html(f"<table><tr><th>Chỉ tiêu</th><th>Tỷ đồng</th><th>%</th></tr>{rows}</table>")
@kind("html_broken_utf8")
def _k51(rng, small): return "u.html", hostile.broken_utf8(_html(f"<p>{R * 3}</p>").decode(), rng, 3)
@kind("html_wrapper_forms")
def _k80(rng, small):
    """Forms wrapping the page (ASP.NET), many opens sharing one far close, or none closed."""
    n = _size(rng, small, 10, 20_000)
    body = rng.choice([f"<form id='form1'><p>{R}</p>" + "<form>" * n + "<p>thu 5 tỷ</p>" * n + "</form>",
                       "<form><nav>" * n + f"<p>{R}</p>", f"<form method='post'>{'<p>đạt 5%</p>' * n}{R}</form>"])
    return "f.html", _html(body)

# --- PDF -----------------------------------------------------------------------------------------

def _ascii(s: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", s.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()

@kind("pdf_text")
def _k52(rng, small): return "t.pdf", hostile.pdf([hostile.text_page(_ascii(R).split(". "))] * rng.randint(1, 5))
@kind("pdf_glyph_flood")
def _k53(rng, small):
    n = rng.randint(500, 4_000) if small else rng.randint(10_000, 400_000)
    return "g.pdf", hostile.glyph_flood(n)
@kind("pdf_stream_bomb")
def _k54(rng, small): return "b.pdf", hostile.stream_bomb(rng.choice([1, 49]) if small else rng.randint(1, 1000))
@kind("pdf_broken_stream")
def _k55(rng, small): return "b.pdf", hostile.pdf([hostile.text_page(_ascii(R).split(". ") * 5)], broken_stream=True)
@kind("pdf_truncated")
def _k56(rng, small):
    d = hostile.pdf([hostile.text_page(_ascii(R).split(". "))] * 3)
    return "t.pdf", d[: rng.randint(10, len(d) - 1)]
@kind("pdf_many_pages")
def _k57(rng, small): return "p.pdf", hostile.pdf([hostile.text_page(["Thu 5 ty dong."])] * rng.randint(5, 40 if small else 1200), compress=False)
@kind("pdf_garbage_body")
def _k58(rng, small): return "g.pdf", b"%PDF-1.4\n" + rng.randbytes(rng.randint(10, 50_000))
@kind("pdf_empty_page")
def _k59(rng, small): return "e.pdf", hostile.pdf([b""])
@kind("pdf_mutated")
def _k60(rng, small):
    d = bytearray(hostile.pdf([hostile.text_page(_ascii(R).split(". "))] * 2))
    for _ in range(rng.randint(1, 30)):
        d[rng.randrange(len(d))] = rng.randrange(256)
    return "m.pdf", bytes(d)
@kind("pdf_encrypted_dict")
def _k61(rng, small):
    d = hostile.pdf([hostile.text_page(["x"])])
    return "e.pdf", d.replace(b"/Root 1 0 R", b"/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >> /ID [<01> <01>]")
@kind("pdf_many_operators")
def _k62(rng, small): return "o.pdf", hostile.pdf([b"q 1 0 0 1 0 0 cm Q\n" * rng.randint(100, 3_000 if small else 400_000)])
@kind("pdf_wide_glyph_pages")
def _k63(rng, small):
    per = 1_000 if small else 20_000
    return "w.pdf", hostile.pdf([b"BT /F1 1 Tf 10 10 Td (" + b"W" * per + b") Tj ET"] * rng.randint(2, 5 if small else 200))
@kind("pdf_blank_pages")
def _k75(rng, small): return "b.pdf", hostile.pdf([rng.choice([b"", b"q Q\n", b"0 0 m\n"])] * rng.randint(2, 20 if small else 200))
@kind("pdf_inked_pages")
def _k76(rng, small): return "i.pdf", hostile.pdf([rng.choice([b"0 0 100 100 re f\n", b"0 0 m 10 10 l S\n"])] * rng.randint(1, 20 if small else 200))
@kind("png_scan_page")
def _k77(rng, small):
    from PIL import Image, ImageDraw
    dpi = rng.choice([100, 150] if small else [100, 150, 200, 300])
    w, h = round(8.27 * dpi), round(11.69 * dpi)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    for i, line in enumerate(_ascii(R).split(". ")[: rng.randint(1, 30)]):
        d.text((dpi // 2, dpi + i * dpi // 4), line[:90], fill=0)
    buf = io.BytesIO()
    im.save(buf, "PNG", dpi=(dpi, dpi))
    return "s.png", buf.getvalue()
@kind("pdf_scanned_pages")
def _k78(rng, small):
    if small:
        return "s.pdf", hostile.scanned_pages(rng.randint(1, 2), dpi=100, lines=rng.randint(8, 14), offset=rng.randint(0, 9))
    return "s.pdf", hostile.scanned_pages(rng.randint(1, 6), dpi=rng.choice([150, 200, 300]), lines=rng.randint(5, 45),
                                          offset=rng.randint(0, 9))
@kind("tif_scanned_pages")
def _k79(rng, small):
    if small:
        return "s.tif", hostile.scanned_pages(rng.randint(1, 2), dpi=100, lines=rng.randint(8, 14), fmt="tiff")
    return "s.tif", hostile.scanned_pages(rng.randint(1, 6), dpi=rng.choice([150, 200, 300]), lines=rng.randint(5, 45),
                                          fmt="tiff", offset=rng.randint(0, 9))
@kind("pdf_named_txt")
def _k64(rng, small): return "looks.txt", hostile.pdf([hostile.text_page(["Thu 5 ty dong."])])

# --- DOCX and zips -------------------------------------------------------------------------------

_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


class _Zip(zipfile.ZipFile):
    """A zip whose members carry a fixed date: the same seed gives the same bytes."""

    def writestr(self, name, data, *a, **k):  # type: ignore[no-untyped-def, override]
        info = name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
        info.compress_type = self.compression
        super().writestr(info, data, *a, **k)


class _RepeatedBlocks:
    """Stands for a member's raw-deflate compressor when every write is the same MB of zeros: after
    a full flush that MB deflates to the same block, so a 400 MB bomb costs no deflate at all."""

    def __init__(self) -> None:
        z = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        self.first = z.compress(_MB_ZEROS) + z.flush(zlib.Z_FULL_FLUSH)
        self.block = z.compress(_MB_ZEROS) + z.flush(zlib.Z_FULL_FLUSH)
        self.end = z.flush(zlib.Z_FINISH)
        self.n = 0

    def compress(self, data: bytes) -> bytes:
        assert data is _MB_ZEROS
        self.n += 1
        return self.first if self.n == 1 else self.block

    def flush(self) -> bytes:
        return self.end


_MB_ZEROS = bytes(1 << 20)


def _zeros_member(z: zipfile.ZipFile, name: str, mb: int) -> None:
    """A deflated member of ``mb`` MB of zeros (the zip's CRC computed as usual)."""
    info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w") as dest:
        dest._compressor = _RepeatedBlocks()  # type: ignore[attr-defined]  # zipfile's writer, private
        for _ in range(mb):
            dest.write(_MB_ZEROS)


def _docx(body: str, extra: dict[str, bytes | int] | None = None, doc_xml: str | None = None) -> bytes:
    """A .docx of ``body``; ``extra`` members are bytes, or an int: that many MB of zeros (a bomb)."""
    buf = io.BytesIO()
    with _Zip(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", doc_xml or (
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>"))
        for k, v in (extra or {}).items():
            if isinstance(v, int):
                _zeros_member(z, k, v)
            else:
                z.writestr(k, v)
    return buf.getvalue()


def _p(t: str) -> str:
    from xml.sax.saxutils import escape
    return f"<w:p><w:r><w:t>{escape(t)}</w:t></w:r></w:p>"

@kind("docx_report")
def _k65(rng, small): return "r.docx", _docx("".join(_p(s) for s in R.split(". ")))
@kind("docx_zip_bomb")
def _k66(rng, small): return "b.docx", _docx(_p(R), {"word/media/big.bin": rng.randint(10, 40 if small else 400)})
@kind("docx_broken_xml")
def _k67(rng, small): return "x.docx", _docx("", doc_xml="<w:document><w:body><w:p>" + R + "</w:body>")
@kind("docx_billion_laughs")
def _k68(rng, small):
    ents = '<!ENTITY a "lol">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    return "b.docx", _docx("", doc_xml=f'<?xml version="1.0"?><!DOCTYPE w [{ents}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
@kind("docx_many_entries")
def _k69(rng, small): return "m.docx", _docx(_p(R), {f"word/x{i}.xml": b"<a/>" for i in range(rng.randint(100, 3000))})
@kind("docx_truncated")
def _k70(rng, small):
    d = _docx("".join(_p(s) for s in R.split(". ")))
    return "t.docx", d[: rng.randint(4, len(d) - 1)]
@kind("docx_deep_nesting")
def _k71(rng, small):
    n = rng.randint(100, 3000 if small else 100_000)
    return "d.docx", _docx("<w:sdt><w:sdtContent>" * n + _p(R) + "</w:sdtContent></w:sdt>" * n)
@kind("docx_huge_table")
def _k72(rng, small):
    row = "<w:tr>" + "".join(f"<w:tc>{_p(c)}</w:tc>" for c in ("Thu ngân sách", "186,4", "61,5%")) + "</w:tr>"
    return "t.docx", _docx("<w:tbl>" + row * rng.randint(10, 2000 if small else 30_000) + "</w:tbl>")
@kind("zip_not_docx")
def _k73(rng, small):
    buf = io.BytesIO()
    with _Zip(buf, "w") as z:
        z.writestr("a.txt", R)
    return "z.docx", buf.getvalue()
@kind("png_named_txt")
def _k74(rng, small): return "a.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(rng.randint(10, 5000))


# --- the worker ----------------------------------------------------------------------------------


def _proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _peak_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _rss_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def run_one(kind_name: str, seed: int, small: bool, generated: Callable[[], None] | None = None) -> dict:
    """Generate one input and run it through reading, extraction and JSON output (``generated`` is
    called in between: the wall-clock limit starts there)."""
    from soket.errors import SoketError
    from soket.extract import extract_document
    from soket.ingest import budget, load_bytes

    rng = random.Random(f"{kind_name}:{seed}")
    g0 = time.perf_counter()
    name, data = KINDS[kind_name](rng, small)
    gen = time.perf_counter() - g0
    if generated is not None:
        generated()
    _reset_peak()
    base = _rss_kb()
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = resource.getrusage(resource.RUSAGE_SELF)
    w0 = time.perf_counter()
    out: dict = {"kind": kind_name, "seed": seed, "size": len(data), "text": 0, "gen": gen}
    try:
        # the default budgets, whatever the environment the worker inherited says
        with budget.metered(budget.Budget(), reuse=False):
            doc = load_bytes(data, name=name)
            out["text"] = len(doc.text)
            out["ocr"] = "ocr" in doc.meta
            rec = extract_document(doc)
            size = sum(len(piece) for piece in rec.iter_json())  # written as `soket extract` writes it
        out["status"] = "ok"
        out["out"] = size
    except MemoryError:
        out["status"] = "over_memory"
        out["msg"] = "MemoryError"
    except SoketError as e:
        msg = str(e)
        out["status"] = "refusal" if msg and "\n" not in msg else "crash"
        out["msg"] = msg[:300]
        out["ocr"] = "by OCR" in msg
    except Exception as e:
        out["status"] = "crash"
        out["msg"] = "".join(traceback.format_exception_only(type(e), e)).strip()[:500]
    t1 = resource.getrusage(resource.RUSAGE_SELF)
    out["cpu"] = (t1.ru_utime - t0.ru_utime) + (t1.ru_stime - t0.ru_stime)
    out["wall"] = time.perf_counter() - w0
    # a child process (none today: Tesseract runs in-process) adds its own peak; ru_maxrss of the
    # children is the largest since the worker started, so it counts when this input raised it
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out["child_peak_mb"] = (kids / 1024) if kids > kids0 else 0.0
    out["peak_mb"] = max(0, _peak_kb() - base) / 1024 + out["child_peak_mb"]
    return out


WARM_MODULES = ("pdfplumber", "docx", "trafilatura", "lxml.html", "charset_normalizer", "pyarrow",
                "numpy", "cv2", "PIL.Image", "pypdfium2", "tesserocr", "img2table.document", "soket.ingest.ocr")


def _warm_imports() -> None:
    """Import the readers' libraries once per worker, so that their one-time cost (OpenCV alone is
    ~150 MB) is not charged to whichever input happens to need them first."""
    import importlib

    for name in WARM_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # an optional library that is not installed
            pass


def _cpu_limit(extra_s: float) -> None:
    """Let this worker spend at most ``extra_s`` more seconds of CPU (RLIMIT_CPU counts the whole
    process's time: the soft limit moves up before each input). Past it the kernel sends SIGXCPU,
    which ends the worker: the parent reads that as over-time."""
    try:
        used = resource.getrusage(resource.RUSAGE_SELF)
        now = used.ru_utime + used.ru_stime
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = int(now + extra_s) + 1
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ValueError, OSError):
        pass


def _worker(conn, cap_bytes: int) -> None:  # type: ignore[no-untyped-def]
    if cap_bytes:
        try:
            soft = cap_bytes
            resource.setrlimit(resource.RLIMIT_AS, (soft, soft))
        except (ValueError, OSError):
            pass
    import logging

    from soket.ingest.pdfguard import quiet_third_party_logs

    logging.captureWarnings(True)
    quiet_third_party_logs()
    _warm_imports()
    conn.send({"ready": True})
    while True:
        job = conn.recv()
        if job is None:
            return
        _cpu_limit(KILL_CPU_S + 30)  # generation included; the parent's check (KILL_CPU_S) comes first
        conn.send(run_one(*job, generated=lambda: conn.send({"started": True})))


RECYCLE_AFTER = 1_000  # a worker serves this many inputs, then a fresh one takes its place


class _Slot:
    __slots__ = ("conn", "cpu0", "done", "job", "proc", "t0")

    def __init__(self, proc, conn) -> None:  # type: ignore[no-untyped-def]
        self.proc, self.conn = proc, conn
        self.job: tuple[str, int, bool] | None = None
        self.t0 = self.cpu0 = 0.0
        self.done = 0


class _Pool:
    """Long-lived workers, one input at a time each, results over a pipe. The parent waits on the
    pipes and the workers' sentinels (no polling loop); it looks at the running inputs' CPU once a
    second. A worker that dies, goes over its limits or has served ``RECYCLE_AFTER`` inputs is
    replaced by a fresh one (the libraries imported again: ~1 s of CPU)."""

    def __init__(self, n: int, cap_bytes: int) -> None:
        # a fresh interpreter per worker: a fork of a busy parent (a test session with OCR, Dask and
        # browsers loaded) starts over its memory cap before it reads anything
        self.ctx = get_context("spawn")
        self.cap = cap_bytes
        self.started = 0
        self.slots = [self._start() for _ in range(n)]

    def _start(self) -> _Slot:
        a, b = self.ctx.Pipe()
        p = self.ctx.Process(target=_worker, args=(b, self.cap), daemon=True)
        p.start()
        b.close()  # the parent's copy of the worker's end: EOF on ``a`` when the worker dies
        self.started += 1
        return _Slot(p, a)

    def _replace(self, i: int, kill: bool = False) -> None:
        s = self.slots[i]
        if kill and s.proc.is_alive():
            s.proc.kill()
        else:
            try:
                s.conn.send(None)
            except OSError:
                pass
        s.proc.join(5)
        if s.proc.is_alive():
            s.proc.kill()
            s.proc.join(1)
        s.conn.close()
        self.slots[i] = self._start()

    @staticmethod
    def _failed(job: tuple[str, int, bool], status: str, msg: str, cpu: float = 0.0) -> dict:
        return {"kind": job[0], "seed": job[1], "status": status, "msg": msg, "size": 0, "cpu": cpu,
                "wall": 0.0, "peak_mb": 0.0, "text": 0}

    def run(self, jobs: list[tuple[str, int, bool]], on_result: Callable[[dict], None]) -> None:
        from multiprocessing.connection import wait

        todo = list(jobs)
        while True:
            for i in range(len(self.slots)):
                if self.slots[i].job is None and todo:
                    job = todo.pop()
                    for _ in range(3):
                        s = self.slots[i]
                        try:
                            s.conn.send(job)
                            break
                        except OSError:  # the idle worker died: a fresh one takes the input
                            self._replace(i, kill=True)
                    s.job = job
                    s.t0, s.cpu0 = time.perf_counter(), _proc_cpu(s.proc.pid)
            running = [s for s in self.slots if s.job is not None]
            if not running:
                return
            ready = set(wait([s.conn for s in running] + [s.proc.sentinel for s in running], timeout=1.0))
            for i, s in enumerate(self.slots):
                job = s.job
                if job is None:
                    continue
                res = None
                replace = kill = False
                if s.conn in ready:
                    try:
                        res = s.conn.recv()
                    except (EOFError, OSError):
                        s.proc.join(5)
                        res = self._exit(job, s.proc.exitcode)
                        replace = True
                    else:
                        if res.get("ready"):
                            continue
                        if res.get("started"):  # generated: the time limit runs from now
                            s.t0, s.cpu0 = time.perf_counter(), _proc_cpu(s.proc.pid)
                            continue
                elif s.proc.sentinel in ready or not s.proc.is_alive():
                    s.proc.join(5)
                    res = self._exit(job, s.proc.exitcode)
                    replace = True
                elif (_proc_cpu(s.proc.pid) - s.cpu0 > KILL_CPU_S) or time.perf_counter() - s.t0 > KILL_WALL_S:
                    res = self._failed(job, "over_time", f"killed after {KILL_CPU_S:g} s of CPU "
                                       f"(or {KILL_WALL_S:g} s)", KILL_CPU_S)
                    replace = kill = True
                if res is None:
                    continue
                s.job = None
                s.done += 1
                if not replace and (classify(res) == "over_memory" or s.done >= RECYCLE_AFTER):
                    replace = True  # a worker that went over its memory is not trusted with the next input
                if replace:
                    self._replace(i, kill=kill)
                on_result(res)

    def _exit(self, job: tuple[str, int, bool], code: int | None) -> dict:
        """The result of an input whose worker died: killed by the kernel for memory (SIGKILL),
        by its CPU limit (SIGXCPU), or a crash."""
        import signal

        if code in (-signal.SIGXCPU, 128 + signal.SIGXCPU):
            return self._failed(job, "over_time", f"worker ended by its CPU limit (exit {code})", KILL_CPU_S)
        if code in (-signal.SIGKILL, 137):
            return self._failed(job, "over_memory", f"worker killed (exit {code})")
        return self._failed(job, "crash", f"worker died (exit {code})")

    def close(self) -> None:
        for s in self.slots:
            try:
                s.conn.send(None)
            except OSError:
                pass
        for s in self.slots:
            s.proc.join(5)
            if s.proc.is_alive():
                s.proc.kill()
                s.proc.join(1)


def classify(r: dict) -> str:
    """The final outcome of one result (time and memory limits applied)."""
    st = r["status"]
    if st in ("ok", "refusal"):
        if r["size"] < SMALL_LIMIT and r["cpu"] > MAX_CPU_S:
            return "over_time"
        if r["peak_mb"] > 20 * r.get("text", 0) / 1e6 + 200:
            return "over_memory"
    return st


def campaign(n: int, seed: int = 1, workers: int = 2, small: bool = False, cap_mb: int = 3072,
             verbose: bool = False, progress: Path | None = None, kinds: list[str] | None = None) -> dict:
    """Run ``n`` inputs spread over every kind (or ``kinds``); counts overall and per kind, and the
    bad cases."""
    names = sorted(kinds or KINDS)
    jobs = [(names[i % len(names)], seed * 1_000_003 + i, small) for i in range(n)]
    random.Random(seed).shuffle(jobs)
    totals: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = {k: Counter() for k in names}
    bad: list[dict] = []
    worst = {"cpu": 0.0, "peak_mb": 0.0, "ocr_peak_mb": 0.0, "ocr_inputs": 0}
    cost: Counter[str] = Counter()
    max_cpu: dict[str, float] = {}

    def on_result(r: dict) -> None:
        c = classify(r)
        totals[c] += 1
        per_kind[r["kind"]][c] += 1
        worst["cpu"] = max(worst["cpu"], r.get("cpu", 0.0))
        cost[r["kind"]] += r.get("wall", 0.0) + r.get("gen", 0.0)
        max_cpu[r["kind"]] = max(max_cpu.get(r["kind"], 0.0), r.get("cpu", 0.0))
        worst["peak_mb"] = max(worst["peak_mb"], r.get("peak_mb", 0.0))
        if r.get("ocr"):
            worst["ocr_inputs"] += 1
            worst["ocr_peak_mb"] = max(worst["ocr_peak_mb"], r.get("peak_mb", 0.0))
        done = sum(totals.values())
        if progress is not None and (done % 100 == 0 or done == n):  # a long run's counts so far, on disk
            progress.write_text(json.dumps({"done": done, "n": n, "totals": dict(totals), "worst": worst,
                                            "bad": bad[-20:]}, ensure_ascii=False), encoding="utf-8")
        if c not in ("ok", "refusal"):
            bad.append({**r, "outcome": c})
            if verbose:
                print(f"  {c}: {r['kind']} seed={r['seed']} size={r['size']} cpu={r['cpu']:.1f}s "
                      f"peak={r['peak_mb']:.0f}MB {r.get('msg', '')[:200]}", flush=True)

    pool = _Pool(workers, cap_mb << 20)
    try:
        pool.run(jobs, on_result)
    finally:
        pool.close()
    return {"n": n, "kinds": len(names), "totals": dict(totals), "per_kind": {k: dict(v) for k, v in per_kind.items()},
            "bad": bad, "worst": worst, "seconds_by_kind": dict(cost.most_common()),
            "max_cpu_by_kind": dict(sorted(max_cpu.items(), key=lambda kv: -kv[1]))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=max(1, (os.cpu_count() or 2)))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--small", action="store_true", help="small inputs only (the test suite's sample)")
    ap.add_argument("--cap-mb", type=int, default=3072, help="address-space cap of each worker (MB)")
    ap.add_argument("--json", help="write the full result here")
    ap.add_argument("--progress", type=Path, help="write the counts so far here every 100 inputs")
    ap.add_argument("--kinds", help="only these kinds (comma-separated)")
    a = ap.parse_args()
    kinds = [k.strip() for k in a.kinds.split(",")] if a.kinds else None
    if kinds and (unknown := [k for k in kinds if k not in KINDS]):
        ap.error(f"unknown kinds: {', '.join(unknown)}")
    t = time.perf_counter()
    res = campaign(a.n, a.seed, a.workers, a.small, a.cap_mb, verbose=True, progress=a.progress, kinds=kinds)
    dt = time.perf_counter() - t
    tot = res["totals"]
    print(f"\n{res['n']} inputs of {res['kinds']} kinds in {dt:.0f} s ({a.workers} workers, cap {a.cap_mb} MB each)")
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} at the end")
    print(f"{'kind':<28} {'ok':>5} {'refused':>8} {'crash':>6} {'time':>5} {'memory':>7}")
    for k, c in sorted(res["per_kind"].items()):
        print(f"{k:<28} {c.get('ok', 0):>5} {c.get('refusal', 0):>8} {c.get('crash', 0):>6} "
              f"{c.get('over_time', 0):>5} {c.get('over_memory', 0):>7}")
    print(f"{'TOTAL':<28} {tot.get('ok', 0):>5} {tot.get('refusal', 0):>8} {tot.get('crash', 0):>6} "
          f"{tot.get('over_time', 0):>5} {tot.get('over_memory', 0):>7}")
    print("most expensive kinds (s): " + ", ".join(f"{k} {v:.1f}" for k, v in list(res["seconds_by_kind"].items())[:8]))
    print("largest CPU of one input (s): " + ", ".join(f"{k} {v:.1f}" for k, v in list(res["max_cpu_by_kind"].items())[:8]))
    w = res["worst"]
    print(f"worst CPU per input {w['cpu']:.1f} s; worst peak memory growth {w['peak_mb']:.0f} MB; "
          f"{w['ocr_inputs']} inputs read by OCR, worst peak memory growth of those {w['ocr_peak_mb']:.0f} MB")
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
