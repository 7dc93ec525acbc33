"""soket.ingest.legacy: TCVN3 and VNI text (legacy Vietnamese fonts) told apart and converted."""

from __future__ import annotations

import re

import pytest

from soket.ingest.legacy import (
    LABELS,
    best_legacy,
    from_unicode,
    looks_legacy,
    marker_counts,
    suspected,
    to_unicode,
    viet_score,
)

TEXT = ("Trong 6 tháng đầu năm, tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt 186,4 tỷ đồng, "
        "đạt 61,5% dự toán; toàn huyện kết nạp 58 đảng viên mới, công tác xây dựng Đảng được chú trọng.")


@pytest.mark.parametrize("enc", sorted(LABELS))
def test_round_trip(enc):
    legacy = from_unicode(TEXT, enc)
    assert legacy != TEXT
    back = to_unicode(legacy, enc)
    assert back.lower() == TEXT.lower() if enc == "tcvn3" else back == TEXT


@pytest.mark.parametrize("enc", sorted(LABELS))
def test_legacy_text_is_recognised_and_converted_best(enc):
    legacy = from_unicode(TEXT, enc)
    assert looks_legacy(legacy) and not looks_legacy(TEXT)
    if enc == "tcvn3":  # VNI's markers are mostly TCVN3's too: suspected() leans to TCVN3
        assert suspected(legacy) == enc
    found, text, score, base = best_legacy(legacy)
    assert found == enc and score > base and score > 0.8
    assert text.lower() == TEXT.lower()


def test_unicode_text_needs_no_conversion():
    found, text, score, base = best_legacy(TEXT)
    assert found is None and text == TEXT and score == base


def test_tcvn3_capital_lines_stay_capital():
    legacy = from_unicode("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "tcvn3")
    assert to_unicode(legacy, "tcvn3") == "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ"


def test_marker_counts_and_scores():
    tc, vni, vn = marker_counts(TEXT)
    assert vn > 20 and tc + vni < vn
    assert marker_counts(from_unicode(TEXT, "tcvn3"))[0] > 20
    score, n = viet_score(TEXT)
    assert score > 0.9 and n == len(re.findall(r"[^\W\d_]+", TEXT))  # figures are no words
    assert viet_score("") == (0.0, 0)
    assert viet_score("xkcd qwrt zzzz")[0] == 0.0


def test_unknown_encoding():
    with pytest.raises(ValueError):
        to_unicode("x", "viqr")
    with pytest.raises(ValueError):
        from_unicode("x", "viqr")
