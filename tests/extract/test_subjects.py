"""extract/subjects.py: the noun phrase a figure is about."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.subjects import following_phrase, has_estimate, left_subject


def test_the_subject_is_the_phrase_before_the_predicate():
    assert left_subject("Tổng vốn đầu tư phát triển trên địa bàn ước đạt ") == \
        ("Tổng vốn đầu tư phát triển trên địa bàn", "ước đạt")


def test_an_opener_is_not_part_of_the_subject():
    subject, _ = left_subject("Trong đó, thu nội địa đạt ")
    assert subject == "thu nội địa"


def test_estimate_words():
    assert has_estimate("tổng thu ngân sách ước đạt")
    assert has_estimate("giá trị sản xuất ước tính đạt")
    assert not has_estimate("tổng thu ngân sách đạt")


def test_the_phrase_after_a_share():
    s = "Đến nay 100% trường học đạt chuẩn quốc gia, vượt chỉ tiêu."
    phrase, end = following_phrase(s, s.index("trường"))
    assert phrase == "trường học"   # the counted noun, up to the verb
    assert s[end - len(phrase):end] == phrase
    assert following_phrase(s, s.index(", vượt")) == (None, s.index(", vượt"))


def test_the_predicate_words_stripped_are_kept_apart():
    # "đã" and "có" stripped one after the other read as "đã có" (an agent's "có": no subject of a count)
    assert left_subject("Về giao thông, thị xã Ba Đồn đã có ", first_piece_only=True) == ("thị xã Ba Đồn", "đã có")


def test_a_count_phrase_goes_on_after_the_names_it_lists():
    s = "Toàn huyện có 3 xã gồm Tân Lập, Tân Hòa và Phú Mỹ đạt chuẩn nông thôn mới; 2 xã đạt 15 tiêu chí."
    phrase, _ = following_phrase(s, s.index(" gồm"), counted=True)
    assert phrase == "đạt chuẩn nông thôn mới"
    s = "Huyện có 4 hợp tác xã gồm các hợp tác xã nông nghiệp và dịch vụ."
    assert following_phrase(s, s.index(" gồm"), counted=True) == (None, s.index(" gồm"))


def test_a_count_subject_starts_at_its_event_verb():
    rec = extract_text("Bộ phận một cửa của xã đã phối hợp và tiếp nhận 1.540 hồ sơ thủ tục hành chính.")
    assert next(f.subject for f in rec.facts if f.raw == "1.540 hồ sơ").startswith("tiếp nhận")


def test_a_topic_opener_alone_before_a_count_is_no_part_of_its_subject():
    rec = extract_text("Về chuyển đổi số, 12 xã đã đạt 9 tiêu chí chính quyền số.")
    assert [(f.raw, f.subject) for f in rec.facts] == [("12 xã", "xã đã đạt"), ("9 tiêu chí", "tiêu chí chính quyền số")]
    (f,) = extract_text("Về thu ngân sách, ước đạt 120 tỷ đồng.").facts
    assert f.subject == "thu ngân sách"  # a topic with no other subject is the subject


def test_a_clause_with_a_figure_of_its_own_before_and_is_no_part_of_a_counts_subject():
    from soket.extract import extract_text
    facts = extract_text("Thường trực HĐND xã rà soát chỉ tiêu 9 tháng và cho ý kiến vào 5 tờ trình của UBND.").facts
    f = next(x for x in facts if x.raw == "5 tờ trình")
    assert f.subject.startswith("cho ý kiến") and "rà soát" not in f.subject


def test_the_people_of_the_locality_acting_over_it_are_no_subject():
    from soket.extract import extract_text
    facts = {f.raw: f for f in extract_text(
        "Vụ Mùa năm nay, nông dân toàn xã đã cấy 640 ha lúa, vượt 3% kế hoạch.").facts}
    assert facts["640 ha"].subject.startswith("cấy") and "nông dân" not in facts["3%"].subject


def test_a_clause_of_cause_or_concession_is_no_subject():
    # a cause after the figure, a concession before it and a cause before a contrast: all of the herd/area named first
    got = {f.raw: f.subject for f in extract_text(
        "Đàn bò hiện có 12.000 con, giảm 3% do dịch bệnh viêm da nổi cục. Diện tích lúa đạt 5.000 ha; "
        "mặc dù giảm 3,5% so với cùng kỳ do hạn hán, nhưng vẫn vượt 2% kế hoạch.").facts}
    assert got["3%"] == "Đàn bò"
    assert got["3,5%"] == got["2%"] == "Diện tích lúa"
    assert left_subject("Do mưa lớn kéo dài, lúa giảm ")[0] == "lúa"


def test_a_verb_acting_on_a_rate_before_a_goal_leaves_the_rate_as_subject():
    got = {f.raw: f.subject for f in extract_text(
        "Năm 2026, xã phấn đấu kết nạp 25 đảng viên mới; trồng mới 150 ha rừng; giảm tỷ lệ hộ nghèo từ 4% trở lên.").facts}
    assert got["4%"] == "tỷ lệ hộ nghèo"
    assert left_subject(", giảm ")[0] is None  # a verb with no rate after it names nothing


def test_a_predicate_word_opens_no_subject_only_in_the_piece_nearest_the_figure():
    assert left_subject("Tăng cường chống thất thu, phấn đấu thu ngân sách vượt ")[0] == "thu ngân sách"
    assert left_subject(", vượt dự toán, chi ngân sách đạt ")[0] == "chi ngân sách"
    assert left_subject(", vượt xa dự toán và ")[0] is None


def test_a_light_verb_before_a_counted_event_is_dropped():
    assert left_subject("Phường đã tổ chức khám sơ tuyển cho ", first_piece_only=True)[0] == "khám sơ tuyển"
    assert left_subject("Huyện tổ chức ", first_piece_only=True)[0] == "Huyện tổ chức"  # no event after it: kept


def test_a_goal_verb_followed_only_by_a_time_takes_the_measure_of_the_piece_before():
    """'..., phấn đấu đến hết năm đạt 100% dự toán': the time names nothing; the measure is the one the clause pursues."""
    subject, _ = left_subject("UBND phường đẩy mạnh thu ngân sách, phấn đấu đến hết năm đạt ")
    assert subject is not None and subject.endswith("thu ngân sách") and "phấn đấu" not in subject
    facts = {f.raw: f for f in extract_text(
        "Chủ tịch yêu cầu chăm sóc lúa mùa, phấn đấu năng suất đạt 60 tạ/ha; tăng cường thu thuế, "
        "phấn đấu đến cuối năm đạt 105% dự toán.").facts}
    assert facts["105%"].subject is not None and facts["105%"].subject.endswith("thu thuế")


def test_a_name_listed_after_its_comma_keeps_the_words_that_name_the_measure():
    """'lượng khách đến các khu du lịch Tràng An, Bái Đính đạt 2,3 triệu lượt': the last name is one of a list,
    not what is counted."""
    rec = extract_text("Lượng khách đến các khu du lịch Tràng An, Bái Đính đạt khoảng 2,3 triệu lượt.")
    (f,) = rec.facts
    assert f.subject is not None and f.subject.startswith("Lượng khách đến các khu du lịch")


def test_a_counts_noun_phrase_ends_before_the_event_of_the_next_count():
    """'xảy ra 3 vụ cháy nhà dân làm chết 1 người': the deaths are counted by their own event."""
    got = {f.raw: f.subject for f in extract_text("Trong quý, trên địa bàn huyện xảy ra 3 vụ cháy nhà dân làm chết 1 người.").facts}
    assert got["1 người"] == "làm chết người"
    assert "chết" not in (got["3 vụ"] or "")


def test_who_tells_a_figure_is_no_part_of_its_subject():
    """'Phó Chủ tịch UBND huyện X cho biết 9 tháng đầu năm tổng giá trị sản xuất ... ước đạt': the measure after the telling."""
    rec = extract_text("Phó Chủ tịch UBND huyện Trần Văn Nam cho biết 9 tháng đầu năm tổng giá trị sản xuất "
                       "trên địa bàn ước đạt 4.260 tỷ đồng.")
    assert [f.subject for f in rec.facts] == ["tổng giá trị sản xuất trên địa bàn"]


def test_however_is_a_concession_word_whole_not_a_concession_and_a_leftover():
    """'tuy nhiên có 1.150 ha tôm nuôi bị thiệt hại': "tuy nhiên" goes whole, leaving no "nhiên" in the subject."""
    rec = extract_text("Sản lượng tôm ước đạt 5.200 tấn; tuy nhiên có 1.150 ha tôm nuôi bị thiệt hại.")
    got = {f.raw: f.subject for f in rec.facts}
    assert got["1.150 ha"] == "tôm nuôi bị thiệt hại"


def test_a_figure_takes_one_qualifier_the_word_before_it_is_the_subjects():
    """'ngân sách cấp trên hơn 52 tỷ đồng': "hơn" qualifies the figure; "trên" closes "cấp trên"."""
    rec = extract_text("Năm 2024, xã nhận bổ sung từ ngân sách cấp trên hơn 52 tỷ đồng.")
    (f,) = rec.facts
    assert (f.qualifier, f.subject) == ("over", "nhận bổ sung từ ngân sách cấp trên")


def test_a_piece_opened_by_a_time_is_a_clause_of_its_own():
    """'Công tác thu hồi đất có chuyển biến, trong quý thu hồi 18 ha': what was done in the quarter, not the remark before."""
    subject, _ = left_subject("Công tác thu hồi đất có chuyển biến, trong quý thu hồi ")
    assert subject == "thu hồi"


def test_a_noun_ending_in_a_stop_word_is_read_whole_after_a_figure():
    """'bàn giao 18,5 ha mặt bằng cho các dự án': "bằng" ends the noun "mặt bằng" here, it opens no comparison."""
    phrase, _ = following_phrase("bàn giao 18,5 ha mặt bằng cho các dự án", len("bàn giao 18,5 ha"))
    assert phrase == "mặt bằng"


def test_the_source_of_money_after_it_is_no_part_of_its_subject():
    """'với tổng kinh phí gần 410 triệu đồng từ nguồn vận động xã hội hóa': the funds, not where they came from."""
    rec = extract_text("Phường đã trao 820 suất quà với tổng kinh phí gần 410 triệu đồng từ nguồn vận động xã hội hóa.")
    got = {f.raw: f.subject for f in rec.facts}
    assert got["gần 410 triệu đồng"] == "tổng kinh phí"


def test_who_holds_a_counted_event_is_no_part_of_its_subject():
    """'Phòng Văn hóa - Thông tin huyện phối hợp tổ chức 3 lớp tập huấn': the classes held, not the office holding them."""
    rec = extract_text("Phòng Văn hóa - Thông tin huyện phối hợp tổ chức 3 lớp tập huấn nghiệp vụ.")
    assert [f.subject for f in rec.facts] == ["tổ chức lớp tập huấn nghiệp vụ"]


def test_the_part_singled_out_before_its_verb_is_the_subject():
    """'riêng dự án kè hồ trung tâm đã giải ngân 21,5 tỷ đồng': the project singled out is measured, not the verb alone."""
    rec = extract_text("Giải ngân vốn đầu tư công đạt 37,8 tỷ đồng; riêng dự án kè hồ trung tâm đã giải ngân 21,5 tỷ đồng.")
    got = {f.raw: f.subject for f in rec.facts}
    assert got["21,5 tỷ đồng"] is not None and got["21,5 tỷ đồng"].startswith("dự án kè hồ trung tâm")


def test_a_cause_before_a_causative_verb_is_no_part_of_the_damage_counted():
    """'Đợt lũ làm 860 ngôi nhà bị ngập': the houses flooded are counted, the flood is their cause; without a
    passive after the figure, 'làm' is a verb of doing and stays ('vận động làm 5 căn nhà đại đoàn kết')."""
    from soket.extract import extract_text

    got = {f.raw: f.subject for f in extract_text(
        "Đợt lũ cuối tháng 10 làm 860 ngôi nhà bị ngập. Hạn hán kéo dài đã làm 2.150 ha lúa bị thiệt hại. "
        "Mặt trận xã vận động làm 5 căn nhà đại đoàn kết cho hộ nghèo.").facts}
    assert got["860 ngôi nhà"] == "ngôi nhà bị ngập"
    assert got["2.150 ha"] == "lúa bị thiệt hại"
    assert got["5 căn nhà đại đoàn kết"].endswith("làm căn nhà đại đoàn kết")


def test_a_comma_between_two_numbers_does_not_cut_a_subject():
    """'tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt 42,6%': the levels listed are part of the subject's name."""
    from soket.extract import extract_text

    facts = extract_text("Giải quyết việc làm cho 12.450 lao động; tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt 42,6%.").facts
    assert {f.raw: f.subject for f in facts}["42,6%"] == "tỷ lệ hồ sơ trực tuyến mức độ 3, 4"
def test_a_phrase_cut_by_length_does_not_end_inside_a_dashed_compound():
    """'phát triển kinh tế - xã hội - quốc phòng': a count's noun phrase cut by length runs on through the series."""
    f = extract_text("Xã đạt 17/19 chỉ tiêu phát triển văn hóa - xã hội - môi trường.").facts[0]
    assert f.subject is not None and f.subject.endswith("chỉ tiêu phát triển văn hóa - xã hội - môi trường")
    got, _ = following_phrase("mở 4 lớp đào tạo nghề nông - lâm - thủy sản cho lao động nông thôn", 5, max_words=6, counted=True)
    assert got == "lớp đào tạo nghề nông - lâm - thủy sản"


def test_a_list_of_small_numbers_stays_in_the_subject():
    """'trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 22 đảng viên': the commas and 'và' list the numbers of one name,
    they open no clause of their own; a comma after a year still does."""
    f = extract_text("Trong đợt này, Đảng bộ thị trấn trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 22 đảng viên.").facts[0]
    assert f.subject is not None and "trao Huy hiệu 30, 40 và 50 năm tuổi Đảng" in f.subject
    f = extract_text("Năm 2023, 6 tháng đầu năm thu ngân sách đạt 52 tỷ đồng.").facts[0]
    assert f.subject == "thu ngân sách"


def test_a_place_adjunct_is_no_part_of_the_subject():
    """'khám sàng lọc tại Trạm y tế xã ...': where it was measured, not what; the words before it are the subject."""
    f = extract_text("Số người được khám sàng lọc tại Trạm y tế xã và các điểm tiêm chủng đạt 1.250 người.").facts[0]
    assert f.subject == "Số người được khám sàng lọc"


def test_a_phrase_is_not_cut_a_word_short_of_its_end():
    """'xã đạt chuẩn nông thôn mới kiểu mẫu': a noun phrase one word longer than the cap keeps that word (the cap would
    cut a compound, 'kiểu | mẫu'); a year after it is not taken in."""
    f = extract_text("Đến nay huyện có 5 xã đạt chuẩn nông thôn mới kiểu mẫu.").facts[0]
    assert f.subject == "xã đạt chuẩn nông thôn mới kiểu mẫu"
    f = extract_text("Đảng bộ có 31 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2023.").facts[0]
    assert f.subject == "đảng viên hoàn thành xuất sắc nhiệm vụ"


def test_an_estimate_word_before_a_programme_names_a_draft():
    """'dự kiến chương trình giám sát ... với 4 chuyên đề': the proposed programme, no forecast; 'dự kiến đạt' still is."""
    assert not has_estimate("thông qua dự kiến chương trình giám sát năm 2025 với ")
    assert has_estimate("thu ngân sách dự kiến đạt ")


def test_a_news_dateline_opening_the_lead_is_no_part_of_the_subject():
    """"VOV.VN - Dù ..., kinh tế của tỉnh tăng 9%", "(BĐT) - Thu ngân sách đạt ...": the site's code and dash open
    the lead; the subject is read after them (and the concession clause after it is dropped as usual)."""
    rec = extract_text("Ngày 3/7/2024, Tỉnh ủy Hòa Bình họp. VOV.VN - Dù mưa lũ kéo dài, kinh tế của tỉnh vẫn tăng 6,3% "
                       "trong 6 tháng. (HBĐT) - Thu ngân sách đạt 2.140 tỷ đồng.")
    subj = {f.raw: f.subject for f in rec.facts}
    assert subj["6,3%"] == "kinh tế của tỉnh"
    assert subj["2.140 tỷ đồng"] == "Thu ngân sách"


def test_a_goal_noun_keeps_the_growth_word_after_it():
    """"tập trung cho mục tiêu tăng trưởng 9% trở lên", "phấn đấu tốc độ tăng trưởng 8,5%": the growth word is a noun
    of the goal ("độ" of "tốc độ" is no qualifier)."""
    rec = extract_text("Ngày 4/10/2024, UBND tỉnh Hà Tĩnh họp. Tỉnh tập trung cao cho mục tiêu tăng trưởng 9% trở lên. "
                       "Năm 2025, huyện phấn đấu tốc độ tăng trưởng 8,5%.")
    assert [f.subject for f in rec.facts] == ["mục tiêu tăng trưởng", "tốc độ tăng trưởng"]


def test_a_verb_after_a_sum_is_no_part_of_its_subject():
    """"45 dự án với tổng vốn 6.210 tỷ đồng đã hoàn thành": the aspect word opens a verb of the projects; the
    sum's subject is the words before it."""
    rec = extract_text("Ngày 2/10/2024, UBND tỉnh Bình Phước họp. Có 45 dự án với tổng vốn 6.210 tỷ đồng đã hoàn thành.")
    assert {f.raw: f.subject for f in rec.facts}["6.210 tỷ đồng"] == "tổng vốn"


def test_the_acting_body_ends_at_its_capitalised_name():
    """"Đảng ủy xã đề ra 18 chỉ tiêu": "đề" is a lower-case verb, not a word of the body's name (a class "À-Ỹ"
    holds lower-case letters too); the body is dropped, the goal-setting verb kept."""
    assert left_subject("Đảng ủy xã đề ra ", first_piece_only=True)[0] == "đề ra"
    assert left_subject("Đảng ủy phường Đông Hà kết nạp ", first_piece_only=True)[0] == "kết nạp"


def test_the_means_listed_before_a_clause_and_a_verb_of_keeping_are_no_part_of_its_subject() -> None:
    from soket.extract import extract_text
    s = ("Năm 2024, tuy còn khó khăn, nhưng với sự chỉ đạo sát sao của Thị ủy, sự nỗ lực của doanh nghiệp, "
         "kinh tế thị xã duy trì mức tăng trưởng 9,1%.")
    [f] = extract_text(s).facts
    assert (f.raw, f.role, f.subject) == ("9,1%", "change_pct", "kinh tế thị xã")


def test_a_long_list_of_means_before_the_clause_is_no_part_of_its_subject() -> None:
    s = ("Năm 2023, với sự lãnh đạo, chỉ đạo của Tỉnh ủy, sự điều hành linh hoạt, sáng tạo của chính quyền, nỗ lực, "
         "cố gắng của doanh nghiệp và nhân dân, tổng thu ngân sách trên địa bàn đạt 12.400 tỷ đồng.")
    [f] = extract_text(s).facts
    assert f.subject == "tổng thu ngân sách trên địa bàn"
