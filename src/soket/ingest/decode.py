"""Bytes to str: BOMs, UTF-8, UTF-16, Windows-1258 and other code pages via charset-normalizer."""

from __future__ import annotations

import codecs

from soket.errors import EncodingError, InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode report bytes; return (text, encoding). Raises EncodingError when it cannot tell."""
    if not data.strip():
        raise InputError("empty input")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        enc = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise InputError("binary file (NUL bytes), not a text report")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1258", "cp1252", "utf_16", "latin_1"]).best()
    if best is None:
        raise EncodingError("cannot determine the text encoding")
    return str(best), best.encoding


def _looks_utf16(data: bytes) -> bool:
    head = data[:4096]
    zeros = head.count(0)
    return len(head) >= 4 and zeros > len(head) // 4
