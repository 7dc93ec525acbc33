"""Helpers the tests of invented sentences share: the facts a text gives, the one fact of a raw span, and a
paragraph hard-wrapped as a PDF's or an e-mail's copy is."""

from __future__ import annotations

import sys

from _paths import ROOT
from soket.extract.pipeline import extract_text
from soket.ingest.typography import unwrap_lines
from soket.model import Fact, Record

sys.path.insert(0, str(ROOT / "bench"))
import text_parity

#: A paragraph of the genre long enough to wrap over three lines of 72 characters.
PARA = ("Hội nghị đánh giá kết quả thực hiện nhiệm vụ trong quý và bàn giải pháp cho những tháng cuối năm, "
        "trong đó thu ngân sách trên địa bàn ước đạt 412 tỷ đồng, bằng 78% dự toán; toàn huyện có thêm 2 xã "
        "đạt chuẩn nông thôn mới và 1.150 lao động được giải quyết việc làm trong kỳ báo cáo vừa qua.")


def facts(text: str) -> list[Fact]:
    """The facts the extractor reads in ``text``."""
    return extract_text(text).facts


def one(text: str, raw: str) -> Fact:
    """The one fact whose raw span is ``raw`` (fails, listing every fact, unless exactly one)."""
    got = [f for f in facts(text) if f.raw == raw]
    assert len(got) == 1, [(f.raw, f.role, f.subject) for f in facts(text)]
    return got[0]


def one_of(found: list[Fact], raw: str, role: str | None = None) -> Fact:
    """The one fact of ``found`` whose raw span is ``raw`` (and role ``role``, if given); fails, listing them all,
    unless exactly one."""
    got = [f for f in found if f.raw == raw and (role is None or f.role == role)]
    assert len(got) == 1, [(f.raw, f.role, f.subject) for f in found]
    return got[0]


def grounded(rec: Record, text: str) -> None:
    """Every fact of ``rec`` spans its raw in ``text``."""
    for f in rec.facts:
        assert text[f.span[0]:f.span[1]] == f.raw, (f.raw, f.span)


def wrap(text: str, width: int = 72) -> str:
    """``text`` broken into lines of at most ``width`` characters at spaces (the text variants' wrapping)."""
    return text_parity.wrap(text, width)


#: a paragraph of prose hard-wrapped at 72 characters: what makes a copy read as wrapped
WRAPPED_PROSE = wrap(f"{PARA} {PARA}", 72)


def wrapped_copy(*lines: str, sep: str = "\n") -> str:
    """A hard-wrapped copy: prose, the lines given, prose; ``sep`` between every two lines (a blank line after every
    line with ``"\\n\\n"``)."""
    return sep.join([*WRAPPED_PROSE.split("\n"), *lines, *WRAPPED_PROSE.split("\n")]) + "\n"


def kept_line(text: str, line: str) -> bool:
    """Whether ``line`` stands on a line of its own in the unwrapped ``text`` (the break before it kept); asserts the
    copy keeps its offsets and is read as wrapped (the prose runs on)."""
    out = unwrap_lines(text)
    assert len(out) == len(text)  # one character for one: offsets hold
    first = WRAPPED_PROSE.split("\n")[0]
    assert "\n" not in out[:out.index(first) + len(first) + 1].rstrip("\n")  # read as wrapped: the prose runs on
    return f"\n{line}" in out
