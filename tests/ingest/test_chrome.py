"""Chrome is marked (kept in the text), and real report sentences never are."""

from __future__ import annotations

import json

import pytest

from soket.ingest import load_path, load_text
from soket.ingest.chrome import find_chrome

from .helpers import SHARED, needs_shared

BODY = ("Thu ngân sách thành phố ước đạt 316,7 tỷ đồng, đạt 56,4% kế hoạch năm, tăng 12% so với cùng kỳ. "
        "Giá trị sản xuất công nghiệp ước đạt 864 tỷ đồng.")


def marked(text: str) -> list[str]:
    return [text[s:e] for s, e in find_chrome(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Lượt xem: 1.234",
        "Số lượt xem: 12",
        "Online: 34",
        "Đang online: 5",
        "Thống kê: 1.340.281",
        "Đang truy cập: 12 | Hôm nay: 1.234 | Tổng lượt truy cập: 1.340.281",
        "Hôm nay: 456",
        "1.234 lượt xem",
        "(0 lượt đánh giá)",
        "12 bình luận",
        "Đánh giá: ★★★★☆",
        "Tổng số điểm của bài viết là: 12 trong 4 đánh giá",
        "lượt đánh giá: , trung bình: Bình luận",
        "Chia sẻ bài viết",
        "Chia sẻ: Facebook Zalo Twitter",
        "Facebook Zalo",
        "In bài viết Gửi email",
        "Mã xác thực không đúng.",
        "Nhập mã xác thực",
        "Gửi bình luận",
        "Ý kiến bạn đọc (0)",
        "Họ và tên:",
        "Bạn còn 500/500 ký tự",
        "Bản đồ thị xã Hồng Lĩnh",
        "Các ca khúc hay về Hồng Lĩnh",
        "Liên kết website",
        "Từ khóa: hội nghị, Thành ủy",
        "Trang chủ > Tin tức > Chính trị",
        "Tìm kiếm",
        "© 2020 Cổng thông tin điện tử thị xã",
        "Bản quyền thuộc UBND tỉnh",
    ],
)
def test_chrome_lines_are_marked(line: str) -> None:
    text = f"{BODY}\n\n    {line}\n\n{BODY}\n"
    assert marked(text) == [line]


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("22/10/2021 12:53 | 0\n\n" + BODY, ["| 0"]),
        ("Thứ Năm, 01/07/2020 | Lượt xem: 1.234\n\n" + BODY, ["Lượt xem: 1.234"]),
        (BODY + " Online: 34 người", ["Online: 34"]),
        ("Thứ Hai, 13/03/2023 08:15 | 3 bình luận\n\n" + BODY, ["| 3 bình luận"]),
    ],
)
def test_inline_counters(text: str, chrome: list[str]) -> None:
    assert marked(text) == chrome


def test_related_links_block_goes_to_the_blank_line() -> None:
    text = (f"{BODY}\n\nTin liên quan\n- Quận Hai Bà Trưng: 9 tháng thu ngân sách 9.111 tỷ đồng\n"
            f"- Huyện Na Rì đạt 100,4% kế hoạch\n\n{BODY}\n")
    assert marked(text) == ["Tin liên quan\n- Quận Hai Bà Trưng: 9 tháng thu ngân sách 9.111 tỷ đồng\n"
                            "- Huyện Na Rì đạt 100,4% kế hoạch"]


def test_tail_cue_marks_to_the_end() -> None:
    text = f"{BODY}\n\n{BODY}\n\nÝ kiến bạn đọc\n\nTin khác: Hội nghị lần thứ 12 với 45 đại biểu\n  Online: 3\n"
    (s, e), = find_chrome(text)
    assert text[s:].startswith("Ý kiến bạn đọc") and e == len(text)


def test_related_block_at_the_end_with_headlines_in_paragraphs_is_a_tail() -> None:
    # a page's extractor puts each related headline in a paragraph of its own: the block cue ends the page
    text = (f"{BODY}\n\n{BODY}\n\nPHƯƠNG LINH\n\nXem thêm:\n\n- Tỉnh khởi công 2 dự án nhà ở xã hội\n\n"
            "- Kiến nghị 3 nội dung về đường vành đai 4\n")
    (s, e), = find_chrome(text)
    assert text[s:].startswith("Xem thêm") and e == len(text)


def test_tail_cue_stops_before_a_long_paragraph() -> None:
    text = f"{BODY}\n\n{BODY}\n\nÝ kiến bạn đọc\n\n{BODY} {BODY}\n"
    assert marked(text) == ["Ý kiến bạn đọc"]


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "Bản đồ quy hoạch 15 xã được phê duyệt, đạt 100% kế hoạch.",
        "Bình luận về kết quả, đồng chí Bí thư cho rằng thu ngân sách tăng 12% là nỗ lực lớn của toàn Đảng bộ "
        "và Nhân dân thị xã trong bối cảnh còn nhiều khó khăn, thách thức.",
        "Tìm kiếm việc làm cho 1.200 lao động",
        "Hôm nay, Ban Chấp hành Đảng bộ tổ chức hội nghị lần thứ 12.",
        "Đánh giá chung, 6 tháng đầu năm kinh tế tăng trưởng 7,2%.",
        "Thống kê cho thấy 95% hộ dân có điện.",
        "Tổng cộng: 1.234 tỷ đồng",
        "Xem xét, giải quyết 45 đơn thư khiếu nại.",
        "01/07/2020",
        "Thanh Tâm - Xuân Thoa",
    ],
)
def test_report_sentences_are_not_chrome(line: str) -> None:
    text = f"{BODY}\n\n{line}\n\n{BODY}\n"
    assert marked(text) == []


def test_chrome_is_kept_in_txt_text() -> None:
    text = f"{BODY}\n\nLượt xem: 1.234\n"
    doc = load_text(text)
    assert doc.text == text
    (s, e), = doc.chrome
    assert doc.text[s:e] == "Lượt xem: 1.234"


@needs_shared
def test_seed_chrome_is_found() -> None:
    doc = load_path(SHARED / "seeds" / "004_103eab66ddfbbfde.txt")
    tail = doc.text[doc.chrome[-1][0]:]
    assert tail.startswith("Đánh giá:")
    for bit in ("Mã xác thực", "Bản đồ thị xã Hồng Lĩnh", "Thống kê: 1.340.281", "Online: 34"):
        assert bit in tail
    doc = load_path(SHARED / "seeds" / "002_5cad84daca20acc2.txt")
    assert [doc.text[s:e] for s, e in doc.chrome] == ["Chia sẻ bài viết"]


def _gold_pairs():
    out = []
    for g in sorted((SHARED / "eval" / "gold").glob("*.json")):
        out.append((g, SHARED / "seeds" / (g.stem + ".txt")))
    for g in sorted((SHARED / "eval" / "dev" / "gold").glob("*.json")):
        out.append((g, SHARED / "eval" / "dev" / "docs" / (g.stem + ".txt")))
    return out


@needs_shared
def test_no_gold_fact_falls_in_chrome() -> None:
    pairs = _gold_pairs()
    assert pairs
    checked = 0
    for gold_path, doc_path in pairs:
        if not doc_path.exists():
            continue
        doc = load_path(doc_path)
        for fact in json.loads(gold_path.read_text(encoding="utf-8")).get("facts", []):
            raw = fact["raw"]
            i = doc.text.find(raw)
            assert i >= 0, (doc_path.name, raw)
            while i >= 0:
                hit = [(s, e) for s, e in doc.chrome if s < i + len(raw) and i < e]
                assert not hit, (doc_path.name, raw, [doc.text[s:e] for s, e in hit])
                checked += 1
                i = doc.text.find(raw, i + 1)
    assert checked > 100


def test_a_navigation_bar_copied_with_the_page_is_chrome_and_a_table_row_is_not() -> None:
    """'Trang chủ | Thời sự | ... | Nghệ An 130 xã, phường': short items joined by bars, at most one
    with a number, are a site's menu; a table row opens with its bar and holds numbers in its cells."""
    menu = "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Nghệ An 130 xã, phường"
    row = "| Thu ngân sách | 1.250 tỷ đồng | 98% | 105% | tăng 6% | đạt |"
    short = "Văn hóa | Thể thao | Du lịch"
    body = "Thu ngân sách nhà nước trên địa bàn ước đạt 186,4 tỷ đồng, bằng 61,5% dự toán năm."
    text = "\n".join([menu, body, row, short])
    ranges = find_chrome(text)

    def marked(part: str) -> bool:
        s = text.index(part)
        return any(a <= s and s + len(part) <= b for a, b in ranges)

    assert marked(menu)
    assert not marked(body) and not marked(row) and not marked(short)

