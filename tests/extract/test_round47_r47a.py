"""Round 47 (r47a): Party congresses and council sessions. A body appointed after its verb is what its members
counted make up ("... chỉ định Ban Chấp hành Đảng bộ xã gồm 33 đồng chí"), a standing board counted right after its
name is no season's number ("Ban Thường vụ 9 đồng chí"), a part's kind named before a bare counter in a breakdown is
its subject ("trong đó nữ 7 người"), an account asked for with no body named leaves the measure as the subject ("đề
nghị làm rõ nguyên nhân ... chỉ tăng 2,7%"), a congress's presidium names the congress as the event, and the working
days named after "ngày làm việc" date the session by its first. Every sentence is invented; each rule has a near miss
that must not change."""

from __future__ import annotations

from _sentences import facts, one
from soket.extract.pipeline import extract_text


def test_the_body_appointed_is_the_subject_of_its_members_counted() -> None:
    f = one("Hội nghị nghe công bố quyết định của Ban Thường vụ Huyện ủy chỉ định Ban Chấp hành Đảng bộ xã Yên Hòa "
            "nhiệm kỳ 2025 - 2030 gồm 31 đồng chí.", "31 đồng chí")
    assert f.subject is not None and f.subject.startswith("Ban Chấp hành Đảng bộ xã Yên Hòa")
    assert "quyết định" not in f.subject


def test_a_body_elected_is_the_subject_of_its_members_counted() -> None:
    f = one("Đại hội đã bầu Ban Chấp hành Đảng bộ xã gồm 31 đồng chí; đồng chí Lê Văn An được bầu giữ chức Bí thư.",
            "31 đồng chí")
    assert f.subject == "Ban Chấp hành Đảng bộ xã"


def test_an_appointing_verb_before_a_word_in_lower_case_is_no_body() -> None:
    f = one("Xã đã thành lập tổ công tác hỗ trợ 45 hộ dân di dời.", "45 hộ")
    assert f.subject is not None and "thành lập" in f.subject


def test_a_standing_board_counted_after_its_name_is_a_count() -> None:
    got = facts("Ban Chấp hành Đảng bộ phường gồm 29 đồng chí, Ban Thường vụ 9 đồng chí.")
    f = one("Ban Chấp hành Đảng bộ phường gồm 29 đồng chí, Ban Thường vụ 9 đồng chí.", "9 đồng chí")
    assert f.value == 9 and f.role == "amount" and f.subject == "Ban Thường vụ"
    assert len(got) == 2


def test_a_season_number_after_vu_is_still_no_count() -> None:
    got = facts("Nông dân thả nuôi tôm vụ 2 đúng lịch thời vụ, diện tích đạt 820 ha.")
    assert [f.raw for f in got] == ["820 ha"]


def test_a_parts_kind_before_a_bare_counter_is_its_subject() -> None:
    text = "Cử tri đã bầu đủ 25 đại biểu HĐND xã; trong đó nữ 9 người, chiếm 36%; nam 16 người."
    assert one(text, "9 người").subject == "nữ"
    assert one(text, "36%").subject == "nữ"
    assert one(text, "16 người").subject == "nam"


def test_a_bare_counter_with_no_breakdown_keeps_its_subject() -> None:
    f = one("Năm 2025, huyện hỗ trợ học nghề cho 150 người.", "150 người")
    assert f.subject is not None and f.subject != "huyện"


def test_an_account_asked_for_with_no_body_named_leaves_the_measure() -> None:
    text = ("Tại tổ thảo luận, đại biểu Trần Văn Hòa đề nghị làm rõ nguyên nhân sản lượng thủy sản chỉ tăng 1,8%, "
            "thấp hơn kế hoạch 2,2%.")
    assert one(text, "1,8%").subject == "sản lượng thủy sản"
    assert one(text, "1,8%").role == "change_pct"


def test_an_account_asked_of_a_body_still_drops_the_body() -> None:
    f = one("Ban Kinh tế - Ngân sách đề nghị UBND huyện làm rõ nguyên nhân thu ngân sách mới đạt 58% dự toán.", "58%")
    assert f.subject == "thu ngân sách"


def test_a_congress_presidium_names_the_congress_as_the_event() -> None:
    rec = extract_text("Đoàn Chủ tịch đại hội gồm các đồng chí: Lê Văn An, Bí thư Đảng ủy phường; Hà Thị Bình, "
                       "Phó Bí thư Đảng ủy, Chủ tịch UBND phường Tân Hòa điều hành các phiên làm việc. "
                       "Nhiệm kỳ qua, thu ngân sách trên địa bàn đạt 820 tỷ đồng.")
    assert rec.meeting.body_kind == "other"


def test_a_ubnd_chair_of_a_committee_meeting_still_names_the_ubnd() -> None:
    rec = extract_text("Sáng 5/3, UBND phường Tân Hòa tổ chức hội nghị giao ban. Đồng chí Hà Thị Bình, Chủ tịch UBND "
                       "phường chủ trì hội nghị.")
    assert rec.meeting.body_kind == "peoples_committee"


def test_the_working_days_named_date_the_session_by_its_first() -> None:
    rec = extract_text("Sau 3 ngày làm việc (10, 11 và 12/7/2024), HĐND huyện Yên Lập đã hoàn thành chương trình kỳ "
                       "họp thứ 14.")
    assert rec.meeting.date == "2024-07-10"


def test_a_count_of_working_days_with_no_days_named_is_no_date() -> None:
    rec = extract_text("Sau 3 ngày làm việc, chiều ngày 12/7/2024, Kỳ họp thứ 14 HĐND huyện Yên Lập đã bế mạc.")
    assert rec.meeting.date == "2024-07-10"


def test_the_remainder_of_a_split_whole_is_its_own_subject() -> None:
    text = "Quỹ đất công của phường cho thuê 210 ha, cho mượn 12 ha; phần còn lại khoảng 96 ha đang do phường quản lý."
    assert one(text, "khoảng 96 ha").subject == "phần còn lại"
    assert one(text, "12 ha").subject == "cho mượn"


def test_a_share_of_units_reaching_a_title_is_named_with_the_title() -> None:
    text = "Toàn phường có 92,3% hộ đạt danh hiệu gia đình văn hóa, 100% tổ dân phố đạt chuẩn văn hóa."
    assert one(text, "92,3%").subject == "hộ đạt danh hiệu gia đình văn hóa"
    assert one(text, "100%").subject == "tổ dân phố đạt chuẩn văn hóa"
