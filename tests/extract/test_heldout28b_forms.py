"""Constructions of the genre met in the held-out reports ex481-ex486 (session heldout28b), each shown in
sentences written for the test: a mid-term review of a congress's resolution reviews no period, a yearly average's
growth attained ("tăng bình quân hằng năm đạt"), a bound that names the class a clause counts ("số xã đạt dưới 5
tiêu chí còn 2 xã"), names after a count's noun and its copula ("2 xã là A và B về đích"), a group of the noun
counted that attains it ("nhóm chỉ tiêu về ... đạt 3 chỉ tiêu"), and a working board named by its directive's
number ("Ban Công tác 35 phường")."""

from __future__ import annotations

from soket.extract import extract_text

from .test_heldout26a import _fact, _raws


def test_a_mid_term_review_reviews_no_period() -> None:
    text = ("Sáng 12/6, Huyện ủy Tân Lập tổ chức hội nghị lần thứ 14 sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội "
            "Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025.\n\nQua nửa nhiệm kỳ, có 11/20 chỉ tiêu đạt nghị quyết. "
            "Tổng giá trị sản xuất năm 2022 đạt 15.400 tỷ đồng, tăng bình quân 9,2%.")
    p = extract_text(text).period
    assert (p.year, p.start_month, p.end_month) == (None, None, None)
    # a year the lead reviews beside the term still is the period
    text2 = "Thị ủy Tân Lập tổ chức hội nghị giữa nhiệm kỳ và tổng kết năm 2022. Thu ngân sách đạt 640 tỷ đồng."
    p2 = extract_text(text2).period
    assert (p2.year, p2.start_month, p2.end_month) == (2022, 1, 12)


def test_a_yearly_average_attained_is_a_change() -> None:
    text = "Giai đoạn 2021 - 2023, tổng thu ngân sách đạt 1.920 tỷ đồng, tăng bình quân hằng năm đạt 12,35%."
    f = _fact(text, "12,35%")
    assert f.role == "change_pct" and f.value == 12.35
    # the sum of the new and the added is no change
    assert _fact("Tổng vốn cấp mới và tăng thêm đạt 3.450 tỷ đồng.", "3.450 tỷ đồng").role == "amount"


def test_a_bound_names_the_class_its_clause_counts() -> None:
    text = "Đến nay có 6 xã đạt chuẩn nông thôn mới; số xã đạt dưới 10 tiêu chí còn 2 xã là Ea Tiêu và Ea Bhốk."
    raws = _raws(text)
    assert "dưới 10 tiêu chí" not in raws and "2 xã" in raws
    assert _fact(text, "2 xã").subject == "số xã đạt dưới 10 tiêu chí"
    # a bound with nothing counted after it in its clause is the figure
    assert "trên 15 tiêu chí" in _raws("Năm nay, xã Ea Tiêu đạt trên 15 tiêu chí nông thôn mới.")


def test_names_after_a_count_and_its_copula() -> None:
    text = "Trong 6 tháng, huyện có thêm 2 xã là Cư Êbur và Hòa Thắng về đích NTM."
    assert _fact(text, "2 xã").subject == "xã về đích NTM"


def test_a_group_of_the_noun_counted_attains_it() -> None:
    text = ("Sau nửa nhiệm kỳ, nhóm chỉ tiêu về kinh tế đạt 4 chỉ tiêu, ở nhóm chỉ tiêu về văn hóa - xã hội đạt "
            "5 chỉ tiêu.")
    assert _fact(text, "4 chỉ tiêu").subject == "nhóm chỉ tiêu về kinh tế"
    assert _fact(text, "5 chỉ tiêu").subject == "nhóm chỉ tiêu về văn hóa - xã hội"


def test_a_working_board_named_by_its_directive() -> None:
    text = "Ban Công tác 35 phường đăng tải 210 tin, bài; Tổ công tác 389 xã kiểm tra 14 cơ sở kinh doanh."
    raws = _raws(text)
    assert not any(r.startswith(("35", "389")) for r in raws) and "14 cơ sở" in raws


def test_a_text_copys_photo_caption_restating_a_count_is_the_bodys() -> None:
    text = ("Đảng ủy xã Ea Tiêu tổng kết công tác năm 2025\n\n"
            "Khen thưởng 3 chi bộ hoàn thành xuất sắc nhiệm vụ. Ảnh: Minh Thu\n\n"
            "Năm 2025, Đảng bộ xã kết nạp 21 đảng viên mới; có 3 chi bộ hoàn thành xuất sắc nhiệm vụ.")
    assert _raws(text).count("3 chi bộ") == 1
    # a caption's own figure stays
    text2 = ("Đảng ủy xã Ea Tiêu tổng kết công tác năm 2025\n\n"
             "Trao quà cho 15 hộ nghèo. Ảnh: Minh Thu\n\n"
             "Năm 2025, Đảng bộ xã kết nạp 21 đảng viên mới.")
    assert "15 hộ nghèo" in _raws(text2)


def test_a_pages_caption_printed_as_a_paragraph_restating_a_count() -> None:
    from soket.extract import extract_document
    from soket.ingest import load_bytes

    html = ("<html><head><title>Đảng ủy xã Ea Tiêu tổng kết năm 2025</title></head><body><article>"
            "<h1>Đảng ủy xã Ea Tiêu tổng kết công tác năm 2025</h1>"
            "<figure><img src='a.jpg'><figcaption>Quang cảnh hội nghị.</figcaption></figure>"
            "<p>Sáng 6/1/2026, Đảng ủy xã Ea Tiêu tổ chức hội nghị tổng kết công tác năm 2025.</p>"
            "<p><em>Khen thưởng 4 chi bộ hoàn thành xuất sắc nhiệm vụ. Ảnh: Minh Thu</em></p>"
            "<p>Năm 2025, Đảng bộ xã kết nạp 21 đảng viên mới; có 4 chi bộ hoàn thành xuất sắc nhiệm vụ.</p>"
            "</article></body></html>")
    raws = [f.raw for f in extract_document(load_bytes(html.encode(), name="p.html")).facts]
    assert raws.count("4 chi bộ") == 1 and "21 đảng viên" in raws
