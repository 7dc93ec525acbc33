"""Bytes to str, never silently wrong.

Order: content sniffing (binary formats, NUL/control bytes), BOMs (UTF-8, UTF-16/32), UTF-16
without BOM (byte-parity heuristic), strict UTF-8, then the 8-bit Vietnamese encodings
(Windows-1258, TCVN3/ABC, VNI) scored by how Vietnamese the result reads, and charset-normalizer
as the last resort. Every path ends in the same plausibility check: replacement characters, C1
controls, legacy-font marker characters (``Céng hßa``) and double-encoded UTF-8 (``Ä‘áº¥t``) are
either repaired with certainty or refused with an :class:`EncodingError` that names the suspected
encoding. The fast path (valid UTF-8 that reads plainly) costs a few regex scans of a sample.

UTF-8 with a few damaged bytes (a flipped or truncated byte among many well-formed multibyte
sequences) is UTF-8: the bad bytes become U+FFFD, a warning says how many and where
(``Decoded.warnings``, the record's ``source.decode_warnings``), and the text never goes to the
legacy-encoding guess, which only sees bytes that are not mostly UTF-8.

NUL bytes: a file with NULs in more than 1% of its bytes (and not UTF-16) is binary and refused; a
few stray NULs inside otherwise valid text are removed, and a note says how many.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from soket import rx as re
from soket.errors import EncodingError, InputError, UnsupportedFormatError
from soket.ingest import legacy

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

# Magic numbers of formats that are not text. (kind, human name)
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "pdf", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "png", "a PNG image"),
    (b"\xff\xd8\xff", "jpeg", "a JPEG image"),
    (b"GIF87a", "gif", "a GIF image"),
    (b"GIF89a", "gif", "a GIF image"),
    (b"PK\x03\x04", "zip", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole", "a legacy Office (OLE2) file such as .doc or .xls"),
    (b"\x1f\x8b", "gzip", "a gzip archive"),
    (b"Rar!\x1a\x07", "rar", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z", "a 7-Zip archive"),
    (b"\x7fELF", "elf", "an executable (ELF)"),
    (b"MZ\x90\x00", "exe", "a Windows executable"),
    (b"{\\rtf", "rtf", "an RTF document"),
    (b"RIFF", "riff", "a RIFF media file (WebP, WAV or AVI)"),
    (b"\x00\x00\x00\x18ftyp", "mp4", "an MP4/HEIF media file"),
    (b"\x00\x00\x00\x1cftyp", "mp4", "an MP4/HEIF media file"),
    (b"\x00\x00\x00\x20ftyp", "mp4", "an MP4/HEIF media file"),
    (b"ID3\x03", "mp3", "an MP3 audio file"),
    (b"ID3\x04", "mp3", "an MP3 audio file"),
    (b"OggS", "ogg", "an Ogg media file"),
    (b"II*\x00", "tiff", "a TIFF image"),
    (b"MM\x00*", "tiff", "a TIFF image"),
    (b"SQLite format 3\x00", "sqlite", "an SQLite database"),
)

_HTML_RE = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)",
                      re.IGNORECASE | re.DOTALL)

# C0 controls other than \t \n \v \f \r, DEL, C1 controls, and U+FFFD.
_BAD_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_C0_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
# Double-encoded UTF-8: a UTF-8 lead byte read as cp1252/latin-1 followed by a continuation byte.
_DOUBLE_RE = re.compile("[\u00c2-\u00c6\u00e1][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                        "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
                        "\u2039\u203a\u20ac\u2122]")

SAMPLE = 65_536  # characters per sampled window for the checks on large texts
MIN_SCORE = 0.7  # share of well-formed Vietnamese syllables a converted legacy text must reach


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # damage repaired by replacement (U+FFFD)


# Mostly UTF-8: at most this many damaged sequences, and at least this many well-formed multibyte
# characters per damaged one. Legacy 8-bit Vietnamese read as UTF-8 fails nearly every high byte.
MAX_DAMAGED = 64
MIN_GOOD_PER_DAMAGED = 20


def sniff(data: bytes) -> tuple[str, str] | None:
    """(kind, description) when the bytes are a known non-text format (or HTML), else None.

    Kinds: pdf, docx, zip, html, and image/archive/executable kinds that soket cannot read.
    """
    head = data[:64]
    for magic, kind, desc in _MAGIC:
        if head.startswith(magic):
            if kind == "zip":
                if b"word/" in data[:65_536] or b"[Content_Types].xml" in data[:4096]:
                    return "docx", "a Word (.docx) document"
            if kind == "riff" and data[8:12] == b"WEBP":
                return "webp", "a WebP image"
            return kind, desc
    start = data[:2048]
    for bom, _, _ in _BOMS:
        if start.startswith(bom):
            start = start[len(bom):]
            break
    if b"\x00" not in start[:64] and _HTML_RE.match(start):
        return "html", "an HTML page"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode report bytes; return (text, encoding). Raises InputError subclasses."""
    d = decode(data)
    return d.text, d.encoding


def decode(data: bytes, *, hint: str | None = None, check_content: bool = True) -> Decoded:
    """Decode bytes of a text report (see the module doc).

    ``hint``: a declared charset (HTML meta). ``check_content=False`` (HTML) skips the legacy-font
    and double-encoding checks on the decoded text: the caller runs :func:`finish_text` on the text it
    extracts, where markup does not blur the picture.
    """
    raw = not check_content
    if not data:
        raise InputError("empty input")
    notes: list[str] = []
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise EncodingError(f"starts with a {label.upper()} byte-order mark but is not valid "
                                    f"{label.upper()} (byte {e.start})") from e
            return _finish(text, label, notes, converted=raw)
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            text = data.decode(enc16)
        except UnicodeDecodeError:
            enc16 = None
        else:
            if _bad_ratio(text) < 0.01 and _latin_ratio(text) >= 0.9:
                return _finish(text, enc16, notes, converted=raw)
    data = _check_binary(data, notes)
    try:  # valid UTF-8 with multibyte sequences is never an accident: it wins over a declared charset
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _finish(text, "utf-8", notes, converted=raw)
    damaged = _mostly_utf8(data)
    if damaged is not None:
        text, warnings = damaged
        d = _finish(text, "utf-8", notes, converted=True, replaced=text.count("\ufffd"))
        d.warnings.extend(warnings)
        return d
    if hint:
        hinted = _decode_hint(data, hint)
        if hinted is not None:
            return _finish(hinted[0], hinted[1], notes, converted=raw)
    return _eight_bit(data, notes, raw)


def _mostly_utf8(data: bytes) -> tuple[str, list[str]] | None:
    """(text with U+FFFD for each damaged sequence, warnings) when ``data`` is UTF-8 with a few
    damaged bytes; None when it is not UTF-8 (too many failures, or no multibyte text at all)."""
    bad: list[int] = []
    pos = 0
    while True:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as e:
            bad.append(pos + e.start)
            if len(bad) > MAX_DAMAGED:
                return None
            pos += e.end
    text = data.decode("utf-8", errors="replace")
    good = sum(1 for c in text if c > "\x7f") - text.count("\ufffd")
    if good < MIN_GOOD_PER_DAMAGED * len(bad):
        return None
    where = ", ".join(str(b) for b in bad[:5]) + (", ..." if len(bad) > 5 else "")
    n = len(bad)
    return text, [f"{n} invalid or truncated UTF-8 byte sequence{'s' if n != 1 else ''} replaced by U+FFFD "
                  f"(at byte{'s' if n != 1 else ''} {where})"]


def finish_text(text: str, encoding: str, notes: list[str], *, replaced: bool = False) -> Decoded:
    """The content checks of :func:`decode` on text already decoded (legacy fonts, mojibake).
    ``replaced``: the decoder put U+FFFD in for damaged bytes (they are no sign of a wrong encoding)."""
    return _finish(text, encoding, notes, converted=replaced, replaced=text.count("\ufffd") if replaced else 0)


def _decode_hint(data: bytes, hint: str) -> tuple[str, str] | None:
    """Decode by a declared charset, unless the declaration is one that commonly lies or is no text codec."""
    try:
        info = codecs.lookup(hint)
    except LookupError:
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name.startswith(("utf-16", "utf-32")):
        return None
    if name in ("utf-8", "ascii", "iso8859-1", "cp1252", "latin-1"):
        return None  # the common lie: let the content decide
    try:
        return data.decode(name), name
    except (UnicodeError, LookupError, ValueError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:8192]
    if len(head) < 4:
        return None
    head = head[: len(head) // 2 * 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.3 and even < half * 0.02:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.02:
        return "utf-16-be"
    return None


def _check_binary(data: bytes, notes: list[str]) -> bytes:
    """Refuse binary content; remove a few stray NUL bytes (with a note)."""
    head = data[:65_536]
    nul = head.count(0)
    ctrl = len(head) - len(head.translate(None, _C0_BYTES))
    if nul > len(head) * 0.01 or ctrl > max(8, len(head) * 0.05):
        raise InputError("binary file, not a text report")
    if b"\x00" in data:
        n = data.count(0)
        if n > len(data) * 0.01:
            raise InputError("binary file, not a text report")
        data = data.replace(b"\x00", b"")
        notes.append(f"removed {n} NUL byte{'s' if n != 1 else ''}")
        if not data:
            raise InputError("empty input")
    return data


def _eight_bit(data: bytes, notes: list[str], raw: bool = False) -> Decoded:
    """Not UTF-8: Windows-1258, TCVN3, VNI (scored on a sample), then charset-normalizer."""
    head = data[:SAMPLE * 4]
    if raw:  # markup: score the text between tags only
        head = re.sub(rb"<[^<>]*>", b" ", head)
    cands: list[tuple[float, str]] = []
    try:
        t1258 = _nfc(head.decode("cp1258"))
    except UnicodeDecodeError:
        pass
    else:
        cands.append((legacy.viet_score(t1258)[0], "cp1258"))
    for enc, src in (("tcvn3", head.decode("latin-1")), ("vni", _cp1252(head))):
        cands.append((legacy.viet_score(legacy.to_unicode(src, enc))[0], enc))
    cands.sort(key=lambda c: c[0], reverse=True)
    score, enc = cands[0]
    if score >= MIN_SCORE:
        text: str | None
        if enc == "cp1258":
            try:
                text = data.decode("cp1258")
            except UnicodeDecodeError:  # the sample fit, the whole does not (markup's bytes were left out of it)
                text = None
        else:
            src = data.decode("latin-1") if enc == "tcvn3" else _cp1252(data)
            text = legacy.to_unicode(src, enc)
            notes.append(f"converted from the legacy {legacy.LABELS[enc]} font encoding")
        if text is not None and _bad_ratio(text) < 0.001:
            return _finish(text, enc, notes, converted=True)
    if raw:
        return _finish(_cp1252(data), "cp1252", notes, converted=True)
    sample = _cp1252(head)
    if legacy.looks_legacy(sample):
        sus = legacy.suspected(sample)
        raise EncodingError(f"looks like {legacy.LABELS[sus]} but could not be converted reliably")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError("cannot determine the text encoding (not UTF-8, Windows-1258, TCVN3 or VNI)")
    return _finish(str(best), best.encoding, notes)


def _cp1252(data: bytes) -> str:
    """Windows-1252, with its five undefined bytes read as Latin-1 (never fails)."""
    return data.decode("cp1252", errors="surrogateescape").translate(_SURR)


_SURR = {0xDC00 + b: chr(b) for b in range(0x80, 0x100)}


def _nfc(text: str) -> str:
    import unicodedata

    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _sample(text: str) -> str:
    if len(text) <= 4 * SAMPLE:
        return text
    mid = len(text) // 2
    return text[:SAMPLE] + text[mid:mid + SAMPLE] + text[-SAMPLE:]


_LATIN_RE = re.compile("[\u0000-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u20cf]")


def _latin_ratio(text: str) -> float:
    """Share of Latin-script characters (Vietnamese included): UTF-16 guesses must read as such."""
    s = text[:SAMPLE]
    return len(_LATIN_RE.findall(s)) / max(1, len(s))


def _bad_ratio(text: str) -> float:
    s = _sample(text)
    return len(_BAD_RE.findall(s)) / max(1, len(s))


def _finish(text: str, enc: str, notes: list[str], *, converted: bool = False, replaced: int = 0) -> Decoded:
    """The plausibility check every decode path ends in; repairs what it can prove.

    ``replaced``: U+FFFD characters put in by the decoder itself (reported as warnings), not
    counted as signs of a wrong encoding."""
    if "\x00" in text:
        n = text.count("\x00")
        if n > len(text) * 0.01:
            raise InputError("binary file, not a text report")
        text = text.replace("\x00", "")
        notes.append(f"removed {n} NUL character{'s' if n != 1 else ''}")
    if not text.strip():
        raise InputError("empty input (only whitespace)" if text else "empty input")
    s = _sample(text)
    bad = _BAD_RE.findall(s)
    if replaced:
        bad = [c for c in bad if c != "\ufffd"]
    if bad:
        c0 = sum(1 for c in bad if c < "\x20")
        if c0 > max(8, len(s) * 0.05):
            raise InputError("binary file, not a text report")
        if len(bad) > max(3, len(s) * 0.002):
            fixed = _undo_double_utf8(text)
            if fixed is not None:
                notes.append("repaired UTF-8 that had been decoded as Windows-1252 and encoded again")
                return _finish(fixed, "utf-8", notes, converted=True)
            raise EncodingError(f"text decoded as {enc} contains {len(bad)} replacement or control "
                                f"characters in {len(s)}; the encoding is wrong or the file is damaged")
        notes.append(f"{len(bad)} replacement or control character{'s' if len(bad) != 1 else ''} "
                     "left in the text")
    if not converted:
        if _maybe_double(s) and len(_DOUBLE_RE.findall(s)) > 5:
            fixed = _undo_double_utf8(text)
            if fixed is not None:
                notes.append("repaired UTF-8 that had been decoded as Windows-1252 and encoded again")
                return Decoded(_nfc(fixed), "utf-8", notes)
        if legacy.looks_legacy(s):
            enc2, _, score, base = legacy.best_legacy(s)
            if enc2 is not None and score >= MIN_SCORE and score > base + 0.2:
                notes.append(f"converted from the legacy {legacy.LABELS[enc2]} font encoding")
                return Decoded(_nfc(legacy.to_unicode(text, enc2)), enc2, notes)
            if base < 0.5:
                sus = legacy.suspected(s)
                raise EncodingError(f"looks like {legacy.LABELS[sus]} but could not be converted reliably")
    return Decoded(_nfc(text), enc, notes)


def _maybe_double(s: str) -> bool:
    return "Ã" in s or "Ä" in s or "áº" in s or "á»" in s or "Æ°" in s


_CP1252_REV = {ch: b for b in range(0x80, 0xA0)
               for ch in [bytes([b]).decode("cp1252", errors="ignore")] if ch}


def _undo_double_utf8(text: str) -> str | None:
    """``Ä‘áº¥t`` -> ``đất`` when the whole text round-trips and reads better; else None."""
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        elif ch in _CP1252_REV:
            out.append(_CP1252_REV[ch])
        else:
            return None
    try:
        fixed = out.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if legacy.viet_score(fixed)[0] > legacy.viet_score(text)[0] + 0.1:
        return fixed
    return None


__all__ = ["Decoded", "EncodingError", "UnsupportedFormatError", "decode", "decode_bytes", "sniff"]
