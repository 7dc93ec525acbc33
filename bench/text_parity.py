"""A report read in the other forms its text reaches us in, against the same report as written
(issue 10: the same report as a PDF's or an e-mail's copy, re-typed on another site): every text
report of ``examples/unseen`` and the dev set that has gold, read as is and through each of a set
of meaning-preserving VARIANTS of its text, each scored against the same gold with
``../shared/eval/score.py`` (where a variant changes words the gold holds, the gold's subjects,
places and names are changed the same way first). Prints per variant strict and loose F1 and each
metadata field, text and variant, and the documents the variant reads worse.

Variants (each a pure function text → text):

- ``wrapped``: hard line breaks every ~76 characters inside paragraphs, paragraphs apart by a blank line
  (a PDF's or an e-mail's copy); ``wrapped1``: the same with no blank line between paragraphs;
- ``oldtones``: old-style tone placement in open syllables ("hòa" → "hoà", "thủy" → "thuỷ", "ủy" → "uỷ");
- ``ti``: "tỷ" ↔ "tỉ" (the same word);
- ``dashdates`` / ``dotdates``: "26/6/2024" → "26-6-2024" / "26.6.2024", and "ngày 26/6" → "ngày 26-6";
- ``spelled``: "HĐND", "UBND", "BCH", "BTV" spelt out; ``abbrev``: the reverse;
- ``bullets``: the body's paragraphs after the lead opened by "- ", "+ " or "• ";
- ``caps_title``: the headline in capitals (as many portals print it);
- ``nbsp``: a no-break space between a number and its word, a thin space inside a number's digit
  groups' neighbourhood ("1.200\u00a0tỷ đồng"); ``zw``: zero-width spaces and a BOM-like U+FEFF at
  paragraph starts; ``crlf``: CR LF line ends;
- ``indent``: a Word copy's typing: paragraphs opened by a tab or spaces, two spaces after a full stop,
  trailing spaces;
- ``docx`` (asked for by name only, ``--variants docx``): the report typed into a .docx, each line a paragraph,
  its '|' tables Word tables, read by the .docx reader.

    PYTHONPATH=src .venv/bin/python bench/text_parity.py [--variants wrapped,oldtones,...] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import first_sight  # noqa: E402  (the scorer's loader and the metadata fields)
import page_parity  # noqa: E402  (the reports with gold, the scoring of one record, F1)

# --- variants -----------------------------------------------------------------------------------------

_WRAP = 76


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def wrapped(text: str, sep: str = "\n\n") -> str:
    """Each line cut at a space before ~76 characters; paragraphs (the text's lines) apart by a blank line."""
    return sep.join(wrap(para) for para in _paragraphs(text)) + "\n"


def wrap(para: str, width: int = _WRAP) -> str:
    """One paragraph broken into lines of at most ``width`` characters at spaces."""
    lines, cur = [], ""
    for word in para.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    return "\n".join([*lines, cur])


def wrapped1(text: str) -> str:
    """:func:`wrapped` with no blank line between paragraphs (a copy that keeps only the line breaks)."""
    return wrapped(text, "\n")


_TONES = "\u0300\u0301\u0309\u0303\u0323"
_OLD = {unicodedata.normalize("NFC", f + t) + v: f + unicodedata.normalize("NFC", v + t)
        for a, lasts in (("o", "ae"), ("u", "y")) for f in (a, a.upper()) for last in lasts
        for v in (last, last.upper()) for t in _TONES}
_NEW_PAIR = re.compile("(?<![qQ])(" + "|".join(sorted(_OLD)) + r")(?!\w)")


def oldtones(text: str) -> str:
    """Tone marks placed the old way in open syllables ("hòa" → "hoà", "thủy" → "thuỷ"; "quý" kept)."""
    return _NEW_PAIR.sub(lambda m: _OLD[m.group()], text)


def ti(text: str) -> str:
    """"tỷ" and "tỉ" swapped (the same word, both spellings in use)."""
    return re.sub(r"\b(?:[tT]ỷ|[tT]ỉ)\b", lambda m: m.group()[0] + ("ỉ" if m.group()[1] == "ỷ" else "ỷ"), text)


_DMY = re.compile(r"\b([0-3]?\d)/([01]?\d)/((?:19|20)\d\d)\b")
_DM = re.compile(r"(?i)\b(ngày|sáng|chiều|tối|trưa)(\s+)([0-3]?\d)/([01]?\d)\b(?!/)")


def _dates(sep: str) -> Callable[[str], str]:
    def fn(text: str) -> str:
        text = _DMY.sub(lambda m: sep.join(m.groups()), text)
        return _DM.sub(lambda m: f"{m[1]}{m[2]}{m[3]}{sep}{m[4]}", text)
    fn.__doc__ = f"Dates written with '{sep}' between day, month and year."
    return fn


_SPELL = {"HĐND": "Hội đồng nhân dân", "UBND": "Ủy ban nhân dân", "BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ"}
_ABBR_RE = re.compile(r"(?<![-/])\b(" + "|".join(_SPELL) + r")\b(?![-/])")  # a document's number keeps its own
_SPELT_RE = re.compile(r"(?i)\b(" + "|".join(_SPELL.values()) + r")\b")
_BY_SPELT = {v.lower(): k for k, v in _SPELL.items()}


def spelled(text: str) -> str:
    """The council, committee and executive abbreviations spelt out."""
    return _ABBR_RE.sub(lambda m: _SPELL[m.group()], text)


def abbrev(text: str) -> str:
    """The spelt-out council, committee and executive names abbreviated."""
    return _SPELT_RE.sub(lambda m: _BY_SPELT[m.group().lower()], text)


def _runs_on(above: str) -> bool:
    """A hard-wrapped copy's line of a sentence that the next line goes on (long, closed by no stop): the line under
    it is no paragraph of its own, so no list mark opens it."""
    a = above.rstrip()
    return len(a) > 60 and a[-1] not in ".:;!?"


def bullets(text: str) -> str:
    """The body's prose paragraphs (closed by a stop, no bars) after the headline and the lead opened by list
    marks, in turn "- ", "+ ", "• " (a hard-wrapped copy's line that goes on a sentence is no paragraph: left as it is)."""
    paras = text.split("\n")
    orig = list(paras)
    marks, k, seen = ("- ", "+ ", "• "), 0, 0
    for i, p in enumerate(paras):
        if not p.strip():
            continue
        seen += 1
        if seen > 3 and p[:1].isalpha() and len(p) > 60 and p.rstrip().endswith((".", ";")) and "|" not in p \
                and p not in (orig[i - 1], *orig[i + 1:i + 2]) \
                and not _runs_on(orig[i - 1]):  # (a line repeated, a photo's caption, is left as it is)
            paras[i] = marks[k % 3] + p
            k += 1
    return "\n".join(paras)


def caps_title(text: str) -> str:
    """The first line of the report (its headline or masthead) in capitals; a first line that is a paragraph
    (a stop closes it, or it runs past 200 characters) as it is."""
    first, sep, rest = text.lstrip().partition("\n")
    if len(first) > 200 or first.rstrip().endswith("."):
        return text
    return first.upper() + sep + rest


_NUM_WORD = re.compile(r"(\d) (?=[^\W\d])")


def nbsp(text: str) -> str:
    """A no-break space between a number and its word, a thin one after "ngày" and before "%"."""
    text = _NUM_WORD.sub("\\1\u00a0", text)
    text = re.sub(r"\b(ngày|Ngày) (?=\d)", "\\1\u202f", text)
    return re.sub(r"(\d)%", "\\1\u2009%", text)


def zw(text: str) -> str:
    """A zero-width no-break space (U+FEFF) opening the text, a zero-width space opening each paragraph and
    before each comma."""
    paras = ["\u200b" + p if p.strip() else p for p in text.split("\n")]
    return "\ufeff" + "\n".join(paras).replace(",", "\u200b,")


def crlf(text: str) -> str:
    """CR LF line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def indent(text: str) -> str:
    """A Word copy's typing: paragraphs opened by a tab (or four spaces), two spaces after a full stop,
    a trailing space."""
    out = []
    for i, p in enumerate(text.split("\n")):
        if p.strip():
            p = ("\t" if i % 2 else "    ") + re.sub(r"\. (?=[A-ZĐ])", ".  ", p) + " "
        out.append(p)
    return "\n".join(out)


#: (text → text, word map applied to the gold's strings or None)
VARIANTS: dict[str, tuple[Callable[[str], str], Callable[[str], str] | None]] = {
    "wrapped": (wrapped, None), "wrapped1": (wrapped1, None), "oldtones": (oldtones, oldtones), "ti": (ti, ti),
    "dashdates": (_dates("-"), None), "dotdates": (_dates("."), None),
    "spelled": (spelled, spelled), "abbrev": (abbrev, abbrev), "bullets": (bullets, None),
    "caps_title": (caps_title, None), "nbsp": (nbsp, None), "zw": (zw, None), "crlf": (crlf, None),
    "indent": (indent, None)}


def as_docx(text: str) -> bytes:
    """The report typed into Word: each line a paragraph, a run of '|' lines a table with borders (a text copy's
    table of indicators), the cells as written."""
    import io

    import docx

    d = docx.Document()
    lines = [x.strip() for x in text.replace("\r\n", "\n").split("\n")]
    k = 0
    while k < len(lines):
        if not lines[k].startswith("|"):
            if lines[k]:
                d.add_paragraph(lines[k])
            k += 1
            continue
        rows = []
        while k < len(lines) and lines[k].startswith("|"):
            rows.append([c.strip() for c in lines[k].strip("|").split("|")])
            k += 1
        t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


#: forms of another file kind, asked for by name (``--variants docx``; not in the default run nor in
#: tests/extract/test_text_variants.py): the report's text → the file's bytes, read as that kind
DOC_FORMS: dict[str, Callable[[str], bytes]] = {"docx": as_docx}


def variant_gold(gold: dict[str, Any], words: Callable[[str], str] | None) -> dict[str, Any]:
    """The gold with ``words`` applied to its facts' subjects and its people's names (chairs, authors), and its
    place names given in both forms (the gazetteer's name is right whatever the text's spelling)."""
    if words is None:
        return gold
    g = copy.deepcopy(gold)

    def tx(x: Any) -> Any:
        if isinstance(x, str):
            return words(x)
        if isinstance(x, list):
            return [tx(y) for y in x]
        if isinstance(x, dict):
            return {k: (tx(v) if k in {"name", "subject"} else v) for k, v in x.items()}
        return x

    for f in g.get("facts", []):
        f["subject"] = tx(f.get("subject"))
    m = g.get("meeting", {})
    if m.get("chairs"):
        m["chairs"] = tx(m["chairs"])
    for k in ("locality", "province"):  # a place's name in either spelling, as the dev set's gold gives it
        alts = m.get(k) if isinstance(m.get(k), list) else [m.get(k)]
        if alts != [None]:
            both = [*alts, *(tx(a) for a in alts if tx(a) not in alts)]
            m[k] = both if len(both) > 1 else both[0]
    for k in ("people", "authors"):
        if g.get(k):
            g[k] = tx(g[k])
    return g


def read_variant(text: str, name: str, stem: str) -> dict[str, Any]:
    """The record of ``text`` read through the variant ``name``."""
    from soket.extract import extract_document
    from soket.ingest import load_bytes

    if name in DOC_FORMS:
        doc = load_bytes(DOC_FORMS[name](text), name=f"{stem}.{name}")
    else:
        doc = load_bytes(VARIANTS[name][0](text).encode("utf-8"), name=f"{stem}.txt")
    doc.doc = stem
    return extract_document(doc).to_dict()


def _score(rec: dict[str, Any], gold: dict[str, Any], stem: str, sc: Any) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"{stem}.json"
        p.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        return page_parity._score(rec, p, sc)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--limit", type=int, default=0, help="only the first N reports")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    sc = first_sight.scorer()
    reports = page_parity.reports_with_gold()[: a.limit or None]
    names = [n for n in a.variants.split(",") if n]
    tot: dict[str, dict[str, Any]] = {n: {"facts": [0, 0, 0, 0], "meta": dict.fromkeys(first_sight.META, 0)}
                                      for n in ["text", *names]}
    worse: dict[str, list[str]] = {n: [] for n in names}

    def add(n: str, got: dict[str, Any]) -> None:
        tot[n]["facts"] = [t + y for t, y in zip(tot[n]["facts"], got["facts"], strict=True)]
        for k in first_sight.META:
            tot[n]["meta"][k] += got["meta"][k]

    from soket.extract import extract_document
    from soket.ingest import load_bytes

    for path, gpath in reports:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        doc = load_bytes(raw, name=path.name)
        doc.doc = path.stem
        base = _score(extract_document(doc).to_dict(), gold, path.stem, sc)
        add("text", base)
        for n in names:
            g = variant_gold(gold, VARIANTS[n][1] if n in VARIANTS else None)
            ref = base if g is gold else _score(extract_document(doc).to_dict(), g, path.stem, sc)
            got = _score(read_variant(text, n, path.stem), g, path.stem, sc)
            add(n, got)
            lost = [k for k in first_sight.META if got["meta"][k] < ref["meta"][k]]
            if lost or got["facts"][3] < ref["facts"][3] or got["facts"][1] > ref["facts"][1]:
                worse[n].append(f"{path.stem}: {', '.join(lost) or ''} strict {ref['facts'][3]}→{got['facts'][3]}"
                                f" predicted {ref['facts'][1]}→{got['facts'][1]}")
    return page_parity.print_table(tot, len(reports), worse, as_json=a.json,
                                   what=f"each as written and in {len(names)} variants", worse_as="in the variant")

if __name__ == "__main__":
    raise SystemExit(main())
