from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
if not SHARED.is_dir():  # CI: shared/ beside the clone
    SHARED = Path(__file__).resolve().parents[2] / "shared"

SAMPLE = (
    "Sáng ngày 01/7, Ban Chấp hành Đảng bộ thành phố khóa XII tổ chức hội nghị lần thứ 02, đánh giá tình hình "
    "kinh tế - xã hội 6 tháng đầu năm. Tổng giá trị sản xuất của các ngành kinh tế ước gần 6.900 tỷ đồng, tăng 6% "
    "so cùng kỳ. Thu ngân sách thành phố ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm. Đồng chí Trần Minh Nam, "
    "Bí thư Thành ủy, Chủ tịch HĐND thành phố chủ trì hội nghị.\n\n"
    "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ LẦN THỨ 02\n\n"
    "Công tác quản lý đô thị được quan tâm; vệ sinh môi trường có nhiều chuyển biến, quốc phòng được củng cố.\n"
)


def to_cp1258(text: str, *, combining_only: bool = False) -> bytes:
    """Windows-1258 bytes the way Vietnamese Windows writes them: base letter (precomposed where the code
    page has it) then a combining tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        if not combining_only:
            try:
                out.append(ch.encode("cp1258"))
                continue
            except UnicodeEncodeError:
                pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append((base + "".join(c for c in d if c in tones)).encode("cp1258"))
    return b"".join(out)


def seed_files() -> list[Path]:
    return sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "eval" / "dev" / "docs").glob("*.txt"))


needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared/ not available")
