"""Three short review reports of our own, for the API's unit tests: two localities, two periods,
one malformed figure ("60,6,2%"), figures of three indicators."""

from __future__ import annotations

from pathlib import Path

REPORTS = {
    "phucyen_2021_h1": (
        "Chiều 12/7/2021, Ban Chấp hành Đảng bộ thành phố Phúc Yên tổ chức hội nghị sơ kết công tác "
        "6 tháng đầu năm 2021.\n\n"
        "Thu ngân sách nhà nước trên địa bàn ước đạt 316,7 tỷ đồng, đạt 56,4% dự toán năm, tăng 5,6% so với "
        "cùng kỳ. Kết nạp 45 đảng viên mới. Giá trị sản xuất công nghiệp ước đạt 864 tỷ đồng, bằng 60,6,2% "
        "kế hoạch năm.\n"),
    "yenthe_2021_h1": (
        "Chiều 21/7/2021, Ban Chấp hành Đảng bộ huyện Yên Thế tổ chức hội nghị lần thứ 5 đánh giá "
        "6 tháng đầu năm 2021.\n\n"
        "Thu ngân sách ước đạt 186,4 tỷ đồng, đạt 61,5% dự toán năm. Kim ngạch xuất khẩu ước đạt "
        "12 triệu USD, tăng 6,5% so với cùng kỳ. Kết nạp 30 đảng viên mới.\n"),
    "yenthe_2020_fy": (
        "Ngày 20/12/2020, Ban Chấp hành Đảng bộ huyện Yên Thế tổ chức hội nghị tổng kết công tác năm 2020.\n\n"
        "Thu ngân sách năm 2020 đạt 350 tỷ đồng, đạt 105% dự toán. Kết nạp 80 đảng viên mới.\n"),
}
N_FACTS = 14  # 6 + 5 + 3, as the extractor reads them


def write_reports(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in REPORTS.items():
        p = folder / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths
