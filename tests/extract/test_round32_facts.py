"""Round 32 (issue 10): the receivers of goals assigned are counted, no goal; goals and tasks set, counted, name their
noun alone; a herd's growth is a change; nouns of one kind listed by a comma stay one subject; a share allotted names
what it goes to; a list item ending in ';' is no headline. Invented sentences of the genre."""

from __future__ import annotations

from _sentences import one as _one


def test_receivers_of_goals_assigned_are_counted() -> None:
    text = ("Chủ tịch UBND huyện đã trao quyết định giao chỉ tiêu, dự toán năm 2027 cho 9 cơ quan, đơn vị trực thuộc "
            "và 21 đơn vị trường học.")
    f = _one(text, "9 cơ quan, đơn vị")
    assert (f.role, f.unit) == ("amount", "cơ quan, đơn vị")
    assert f.subject is not None and f.subject.startswith("cơ quan, đơn vị")
    g = _one(text, "21 đơn vị trường học")
    assert (g.role, g.subject) == ("amount", "đơn vị trường học")
    assert _one("UBND huyện giao chỉ tiêu kế hoạch năm 2027 cho 15 xã, thị trấn.", "15 xã, thị trấn").role == "amount"


def test_goal_figures_near_receivers_stay_targets() -> None:
    # a goal's own beneficiaries are the goal: no goal assigned to them
    assert _one("Năm 2027, huyện phấn đấu hỗ trợ vốn cho 50 hộ nghèo.", "50 hộ nghèo").role == "target"
    # the goal assigned, with its own figure
    assert _one("HĐND xã giao chỉ tiêu thu ngân sách là 3,1 tỷ đồng.", "3,1 tỷ đồng").role == "target"
    assert _one("Huyện giao chỉ tiêu tuyển quân cho các xã, phấn đấu tuyển 120 thanh niên.",
                "120 thanh niên").role == "target"


def test_goals_and_tasks_set_counted_name_their_noun() -> None:
    f = _one("Nghị quyết cũng xác định 4 nhiệm vụ trọng tâm cùng các giải pháp cụ thể để thực hiện.", "4 nhiệm vụ")
    assert (f.role, f.subject) == ("amount", "nhiệm vụ trọng tâm")
    assert _one("Năm 2027, Đảng bộ phường đề ra 6 nhiệm vụ trọng tâm.", "6 nhiệm vụ").subject == "nhiệm vụ trọng tâm"
    # the goals set, counted, are their head alone
    assert _one("Năm 2027, xã đề ra 18 chỉ tiêu trên các lĩnh vực.", "18 chỉ tiêu").subject == "chỉ tiêu"
    # the meeting's own business keeps its verb
    assert _one("Kỳ họp đã thông qua 8 nghị quyết cùng các báo cáo.", "8 nghị quyết").subject == "thông qua nghị quyết"


def test_herd_growth_is_a_change() -> None:
    f = _one("Chăn nuôi phát triển, tỷ lệ tăng đàn gia cầm 12,4%; công tác thú y được duy trì.", "12,4%")
    assert (f.role, f.basis) == ("change_pct", None)
    # a demographic rate stays a percent
    assert _one("Tỷ lệ tăng dân số tự nhiên 1,1%.", "1,1%").role == "percent"


def test_nouns_of_one_kind_listed_stay_one_subject() -> None:
    """The unit words listed stay one subject. Since round 45 (real45) a share of units reaching a standard is named
    with the standard, as the golds' first subject is ("xã, phường đạt chuẩn quốc gia về y tế" before "xã, phường",
    ex404; "trường học đạt chuẩn quốc gia" before "trường học", ex490): the listed units, then the standard."""
    f = _one("Năm 2027, xã phấn đấu 80% thôn, bản đạt danh hiệu văn hóa, 92% hộ gia đình văn hóa.", "80%")
    assert f.subject is not None and f.subject.startswith("thôn, bản")
    assert _one("Có 100% xã, thị trấn đạt chuẩn nông thôn mới.", "100%").subject == "xã, thị trấn đạt chuẩn nông thôn mới"
    # a figure after the comma opens a new item
    assert _one("Có 90% hộ, 5 xã đạt chuẩn.", "90%").subject == "hộ"


def test_share_allotted_names_what_it_goes_to() -> None:
    f = _one("Tổng chi ngân sách huyện ước 1.200 tỷ đồng, trong đó gần 40% dành cho chi đầu tư phát triển.", "gần 40%")
    assert (f.role, f.subject) == ("percent", "chi đầu tư phát triển")
    assert _one("Quỹ đất sau thu hồi có khoảng 20% được dành cho công viên cây xanh.",
                "khoảng 20%").subject == "công viên cây xanh"


def test_list_item_ending_in_semicolon_is_no_headline() -> None:
    text = ("Xã Phú Lâm: kinh tế 6 tháng đầu năm ổn định\n\n"
            "Tổng giá trị sản xuất 6 tháng ước đạt 120 tỷ đồng, đạt hơn 57% KH; cụ thể:\n"
            "- Ngành nông nghiệp ước đạt 42,3 tỷ đồng, đạt 58,4% KH;\n"
            "- Ngành dịch vụ ước đạt 30,1 tỷ đồng, bằng 57,9% KH.")
    f = _one(text, "58,4%")
    assert (f.role, f.basis, f.subject) == ("plan_pct", "KH", "Ngành nông nghiệp")
