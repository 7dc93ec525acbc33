"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI) and a plausibility score for Vietnamese text.

Before Unicode, Vietnamese official documents were typed in 8-bit fonts (.VnTime for TCVN3,
VNI-Times for VNI) that put Vietnamese letters on Latin-1/Windows-1252 code points. Read as
Windows-1252 such a file shows ``Céng hßa x· héi`` (TCVN3) or ``Coäng hoøa xaõ hoäi`` (VNI).
The mapping tables are data (``lexicon/legacy_encodings.json``); this module converts text that
was decoded as Latin-1/Windows-1252 (or that is such mojibake stored as UTF-8) back to Unicode,
and scores how Vietnamese a text looks (share of words that are well-formed Vietnamese
syllables), so a caller can tell a good conversion from a bad one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from soket import rx as re
from soket.lexicon import load_json

LABELS = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}

# Vietnamese letters that exist in Latin-1: seeing them proves nothing.
_VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# Letters that only Vietnamese uses (Unicode): their presence means the text is already Unicode.
_VN_SPECIFIC = "ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323"
_VN_SPECIFIC_RE = re.compile(f"[{_VN_SPECIFIC}]")

_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_VOWEL = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_CODA = "ch|ng|nh|c|m|n|p|t"
_SYLLABLE_RE = re.compile(rf"(?:{_ONSET})?[{_VOWEL}]{{1,3}}(?:{_CODA})?")
_WORD_RE = re.compile(r"[^\W\d_]+")


@cache
def _tables() -> dict[str, Any]:
    tables: dict[str, Any] = load_json("legacy_encodings")
    return tables


@cache
def _tcvn3_map() -> dict[int, str]:
    return {ord(k): v for k, v in _tables()["tcvn3"]["chars"].items()}


@cache
def _vni_re() -> tuple[re.Pattern[str], dict[str, str]]:
    t = _tables()["vni"]
    table = {**t["single"], **t["sequences"]}
    alts = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(alts), table


@cache
def _markers_re() -> dict[str, re.Pattern[str]]:
    """Characters each legacy encoding uses that no Vietnamese Unicode text needs."""
    tc = {k for k in _tables()["tcvn3"]["chars"] if k not in _VIET_LATIN1}
    t = _tables()["vni"]
    vni = {k for k in t["single"] if k not in _VIET_LATIN1}
    vni |= {k[1] for k in t["sequences"] if k[1] not in _VIET_LATIN1}
    return {
        "tcvn3": re.compile("[" + re.escape("".join(sorted(tc))) + "]"),
        "vni": re.compile("[" + re.escape("".join(sorted(vni))) + "]"),
        "any": re.compile("[" + re.escape("".join(sorted(tc | vni))) + "]"),
    }


def to_unicode(text: str, encoding: str) -> str:
    """Convert legacy-encoded text (as Latin-1/cp1252 characters) to Unicode NFC letters."""
    if encoding == "tcvn3":
        return _recase_lines(text.translate(_tcvn3_map()))
    if encoding == "vni":
        pat, table = _vni_re()
        return pat.sub(lambda m: table[m.group()], text)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


_LINE_RE = re.compile(r"[^\n]+")
_ASCII_LOWER_RE = re.compile(r"[a-z]")
_ASCII_UPPER_RE = re.compile(r"[A-Z]")


def _recase_lines(text: str) -> str:
    """TCVN3 has only lowercase tone letters: a line typed in capitals gets them capitalised too."""
    def fix(m: re.Match[str]) -> str:
        line = m.group()
        if _ASCII_LOWER_RE.search(line) is None and len(_ASCII_UPPER_RE.findall(line)) >= 3:
            return line.upper()
        return line

    return _LINE_RE.sub(fix, text)


def from_unicode(text: str, encoding: str) -> str:
    """The reverse mapping (for tests and fixtures): Unicode NFC text to legacy characters.

    TCVN3 has no capital tone letters: those are written with the lowercase ones (as .VnTimeH
    fonts do), so a round trip lowercases them.
    """
    if encoding == "tcvn3":
        rev = {v: k for k, v in _tables()["tcvn3"]["chars"].items()}
        out = []
        for ch in text:
            if ch in rev:
                out.append(rev[ch])
            elif ch.lower() in rev and ch.lower() != ch:
                out.append(rev[ch.lower()])
            else:
                out.append(ch)
        return "".join(out)
    if encoding == "vni":
        t = _tables()["vni"]
        rev = {v: k for k, v in t["sequences"].items() if k.islower() or k.isupper()}
        rev.update({v: k for k, v in t["single"].items()})
        return "".join(rev.get(ch, ch) for ch in text)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def marker_counts(text: str) -> tuple[int, int, int]:
    """(TCVN3 markers, VNI markers, Vietnamese-only Unicode letters) in ``text``."""
    m = _markers_re()
    return (len(m["tcvn3"].findall(text)), len(m["vni"].findall(text)),
            len(_VN_SPECIFIC_RE.findall(text)))


def looks_legacy(text: str) -> bool:
    """Cheap test: many legacy marker characters and few Vietnamese-only letters."""
    if len(_markers_re()["any"].findall(text)) < 5:
        return False
    tc, vni, vn = marker_counts(text)
    best = max(tc, vni)
    # legacy-font Vietnamese shows a marker every 10-20 characters; stray symbols (§, ©, ·) do not
    return best >= 5 and best > 2 * vn and best >= len(text) * 0.01


def viet_score(text: str, *, limit: int = 200_000) -> tuple[float, int]:
    """(share of words that are well-formed Vietnamese syllables, number of words) in a sample.

    Words are runs of letters; abbreviations in capitals (HĐND, GRDP) count as words too, so a
    real report scores about 0.8-0.95 and mojibake well under 0.5.
    """
    if len(text) > limit:
        third = limit // 3
        mid = len(text) // 2
        text = text[:third] + " " + text[mid:mid + third] + " " + text[-third:]
    words = _WORD_RE.findall(text.lower())
    if not words:
        return 0.0, 0
    ok = sum(1 for w in words if _SYLLABLE_RE.fullmatch(w))
    return ok / len(words), len(words)


def best_legacy(text: str) -> tuple[str | None, str, float, float]:
    """Try both legacy conversions of ``text``.

    Returns (encoding or None, converted text, its score, the original's score). ``encoding`` is the
    conversion that scores best, None when neither beats the original.
    """
    base, _ = viet_score(text)
    best: tuple[str | None, str, float] = (None, text, base)
    tc, vni, _ = marker_counts(text)
    order = ("tcvn3", "vni") if tc >= vni else ("vni", "tcvn3")
    for enc in order:
        conv = to_unicode(text, enc)
        s, _ = viet_score(conv)
        if s > best[2]:
            best = (enc, conv, s)
    return best[0], best[1], best[2], base


def suspected(text: str) -> str:
    """Which legacy encoding the markers point at (for error messages)."""
    tc, vni, _ = marker_counts(text)
    return "tcvn3" if tc >= vni else "vni"
