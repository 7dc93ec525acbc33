"""soket.report.output: one review, written to the format asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from soket.report.output import FORMATS, render

from .conftest import small_review, stored_review


def test_markdown_charts_beside_the_file(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "review.md"
    render(stored_review(store_url, "Phúc Yên", "2021-H1"), "md", out)
    md = out.read_text(encoding="utf-8")
    assert "](review_charts/budget_revenue.svg)" in md
    assert (tmp_path / "review_charts" / "budget_revenue.svg").read_text().startswith("<svg")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_as_bytes_and_file(fmt, tmp_path):
    out = tmp_path / "sub" / f"review.{fmt}"
    data = render(small_review(), fmt, out)
    assert out.read_bytes() == data
    magic = {"md": b"**", "html": b"<!", "docx": b"PK", "pdf": b"%PDF"}[fmt]
    assert data.lstrip()[:len(magic)].upper() == magic.upper()


def test_md_without_a_file_lists_charts_instead_of_drawing():
    md = render(small_review(), "md").decode()
    assert ".svg)" not in md and "6 tháng 2021: 316,7 tỷ đồng" in md


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        render(small_review(), "odt")
