"""Constructions of the genre met in the held-out reports ex457-ex462 (session heldout27a), each shown in
sentences written for the test: goals' parts opened by "Trong đó," after a sentence of goals only, a count
bounded from below among goals, a headline's count of goals the body aims at, tonnes counted in "vạn", a
review's year against the year a title's task names, and an office run by one "phụ trách" it."""

from __future__ import annotations

from soket.extract import extract_text

from .test_heldout26a import _fact, _facts, _raws

_GOALS = ("Hội nghị nhất trí các chỉ tiêu chủ yếu năm 2026, phấn đấu hoàn thành 24 chỉ tiêu. Trong đó, thu nhập "
          "bình quân đầu người đạt 48 triệu đồng/người/năm; có thêm từ 3 hợp tác xã trở lên thành lập mới; có ít nhất "
          "4 thôn đạt chuẩn nông thôn mới kiểu mẫu; tỷ lệ che phủ rừng đạt trên 65%.")


def test_goals_parts_after_trong_do() -> None:
    for raw in ("48 triệu đồng/người/năm", "4 thôn", "trên 65%"):
        assert _fact(_GOALS, raw).role == "target", raw


def test_a_count_bounded_from_below_among_goals_is_a_figure() -> None:
    f = _fact(_GOALS, "3 hợp tác xã")
    assert f.role == "target" and f.value == 3 and f.qualifier is None
    # outside goals the bound names a class: no figure
    assert not any("3 phòng" in r for r in _raws("Toàn xã có 12 nhà nghỉ, trong đó từ 3 phòng trở lên là 9 cơ sở."))


def test_trong_do_after_a_result_lists_its_parts() -> None:
    text = ("Tổng thu ngân sách của xã năm 2025 là 90 tỷ đồng, gấp 3 lần dự toán giao đầu năm (30 tỷ đồng). "
            "Trong đó, thu bổ sung từ ngân sách tỉnh 70 tỷ đồng.")
    assert _fact(text, "70 tỷ đồng").role == "amount"


def test_headline_count_of_goals_is_the_bodys_goal() -> None:
    text = ("HĐND xã Yên Hòa tổng kết năm 2025, đề ra 24 chỉ tiêu năm 2026\n\n"
            "Sáng 20/12, HĐND xã Yên Hòa khai mạc kỳ họp thứ 5. Kỳ họp thống nhất các chỉ tiêu năm 2026, phấn đấu "
            "hoàn thành 24 chỉ tiêu.")
    got = [f for f in _facts(text) if f.unit == "chỉ tiêu"]
    assert len(got) == 1 and got[0].role == "target"


def test_tonnes_counted_in_van() -> None:
    f = _fact("Vụ xuân năm nay, sản lượng lúa toàn tỉnh đạt 28,6 vạn tấn.", "28,6 vạn tấn")
    assert f.value == 286000 and f.unit == "tấn"


def test_the_year_a_titles_task_names_is_planned() -> None:
    text = ("HUYỆN ỦY YÊN MỸ TRIỂN KHAI CÔNG TÁC KIỂM TRA, GIÁM SÁT NĂM 2020.\n\n"
            "Ngày 10/01/2020, Huyện ủy Yên Mỹ tổ chức Hội nghị tổng kết công tác kiểm tra, giám sát năm 2019, triển "
            "khai nhiệm vụ năm 2020.\n\nTrong năm 2019, Đảng bộ huyện kết nạp được 210 đảng viên mới.")
    p = extract_text(text).period
    assert p is not None and (p.year, p.start_month, p.end_month) == (2019, 1, 12)


def test_a_person_phu_trach_an_office() -> None:
    text = ("Ngày 12/7, HĐND tỉnh Thái Bình khai mạc kỳ họp thứ 6. HĐND tỉnh bầu ông Lê Văn Quang, phụ trách Văn "
            "phòng HĐND tỉnh giữ chức Chánh Văn phòng HĐND tỉnh.")
    assert "Lê Văn Quang" in [p.name for p in extract_text(text).people]


def test_a_line_restating_a_figure_just_given_is_no_fact() -> None:
    text = ("HĐND huyện Tiên Lữ khai mạc kỳ họp thứ 7\n\n"
            "Sáu tháng đầu năm, giá trị sản xuất công nghiệp tăng 7,4%; thu ngân sách đạt 820 tỷ đồng.\n\n"
            "Quang cảnh kỳ họp.\n\n"
            "Giá trị sản xuất công nghiệp tăng 7,4%.")
    assert [f.raw for f in _facts(text)].count("7,4%") == 1
    # a report pasted again further on is left alone
    far = "\n\n".join(text.split("\n\n")[:2]) + "\n\n" + "\n\n".join(f"Đoạn {i} không có số liệu nào." for i in range(6)) + \
        "\n\nGiá trị sản xuất công nghiệp tăng 7,4%."
    assert [f.raw for f in _facts(far)].count("7,4%") == 2
