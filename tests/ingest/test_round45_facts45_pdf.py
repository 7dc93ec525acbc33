"""soket.ingest.pdf (round 45, facts45): a short line whose sentence goes on at the left margin in lower case or with
a figure is no paragraph's end; one that closes a sentence, an indented or centred next line, an item number, are."""

from __future__ import annotations

from soket.ingest.pdf import _breaks, _Line, _Seg


def _line(top: float, text: str, x0: float = 90.0, x1: float = 530.0) -> _Line:
    return _Line(page=1, top=top, bottom=top + 11.0, segs=[_Seg(text, x0, x1)], left=90.0, right=530.0)


def test_a_figure_on_the_next_line_goes_on_with_the_sentence():
    prev = _line(100, "Tổng diện tích gieo trồng", x1=300)
    assert not _breaks(prev, _line(115, "48.210ha/50.000ha, đạt 96,4% kế hoạch; tổng đàn gia súc"), 4.0)
    assert not _breaks(prev, _line(115, "đạt 48.210 ha, bằng 96,4% kế hoạch"), 4.0)


def test_real_paragraph_ends_stay():
    assert _breaks(_line(100, "Thu ngân sách đạt 12 tỷ đồng.", x1=300), _line(115, "đàn gia súc có 4.100 con"), 4.0)
    assert _breaks(_line(100, "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", x1=300), _line(115, "1. Kinh tế"), 4.0)
    # an indented or centred next line opens a paragraph of its own
    assert _breaks(_line(100, "Tổng diện tích gieo trồng", x1=300), _line(115, "48.210 ha", x0=118), 4.0)
    assert _breaks(_line(100, "Tổng diện tích gieo trồng", x1=300), _line(115, "Kết nạp 12 đảng viên"), 4.0)
