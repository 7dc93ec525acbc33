"""Constructions of the genre met in the held-out reports ex475-ex480 (session heldout28a), each shown in
sentences written for the test: a fraction typed with a space after its slash, a works' activity named before
"thực hiện", a certificate's capitalised noun inside a count's phrase, "mặt bằng" ending an activity's noun, a
lead of several sentences opened by a paper's bare code restating the body, and a briefing's title opening on
"Giao ban"."""

from __future__ import annotations

from soket.extract import extract_text
from soket.extract.subjects import DATELINE

from .test_heldout26a import _fact, _facts


def test_a_fraction_with_a_space_after_its_slash() -> None:
    f = _fact("Quý I, giải ngân vốn đầu tư công của huyện đạt 215/ 1.480 tỷ đồng, bằng 14,5% kế hoạch.",
              "215/ 1.480 tỷ đồng")
    assert f.value == 215_000_000_000 and f.of == 1_480_000_000_000 and f.unit == "VND"
    # one figure, not the whole read again on its own
    assert not [g for g in _facts("Giải ngân đạt 215/ 1.480 tỷ đồng.") if g.value == 1_480_000_000_000]
    # a date keeps its slash
    assert not _facts("Ngày 14/ 5 huyện họp.")


def test_a_completed_activity_before_thuc_hien_names_the_works() -> None:
    f = _fact("Thị trấn đã hoàn thành bồi thường hỗ trợ tái định cư thực hiện 6/11 công trình.", "6/11 công trình")
    assert "hoàn thành bồi thường" in (f.subject or "")
    # an agent before the verb stays no subject of the count
    assert "Xã" not in (_fact("Xã Tân Phú thực hiện 15/17 chỉ tiêu.", "15/17 chỉ tiêu").subject or "")


def test_mat_bang_ends_a_noun() -> None:
    f = _fact("Huyện đang giải phóng mặt bằng 4/9 dự án trọng điểm.", "4/9 dự án")
    assert "giải phóng mặt bằng" in (f.subject or "")


def test_a_capitalised_stop_word_in_a_counts_phrase_opens_a_noun() -> None:
    f = _fact("Trong năm, 3 xã Tân Tiến, Hòa Bình và Yên Lạc đã nhận Bằng công nhận đạt chuẩn nông thôn mới.",
              "3 xã")
    assert "Bằng công nhận" in (f.subject or "")


def test_a_papers_bare_code_opens_a_dateline() -> None:
    assert DATELINE.match("TTO - Sáng 5/12, HĐND xã họp.")
    assert not DATELINE.match("HĐND - UBND xã tổ chức hội nghị.")


def test_a_summary_lead_restating_the_body_is_the_bodys() -> None:
    text = ("Một phường thu ngân sách vượt xa dự toán\n\n"
            "TPO - Năm 2025, phường Kim Liên thu ngân sách được 52,4 tỷ đồng, bằng 315% dự toán. Bên cạnh đó, tỷ lệ "
            "hộ dân dùng nước sạch đạt 100%.\n\n"
            "Ngày 9/12, HĐND phường Kim Liên tổ chức kỳ họp thường lệ cuối năm.\n\n"
            "Theo báo cáo, thu ngân sách năm 2025 của phường đạt 52,4 tỷ đồng (bằng 315% dự toán), tỷ lệ hộ dân dùng "
            "nước sạch đạt 100%; phường có 12 tổ dân phố đạt chuẩn văn minh.")
    got = [(f.value, f.unit) for f in _facts(text)]
    assert got.count((52_400_000_000, "VND")) == 1 and got.count((315, "%")) == 1 and got.count((100, "%")) == 1
    # a lead's figure the body does not state again stays
    only = text.replace("; phường có 12 tổ dân phố", ". Phường có 12 tổ dân phố").replace(
        "tỷ lệ hộ dân dùng nước sạch đạt 100%.", "có 7 hợp tác xã mới thành lập.", 1)
    assert (7, "hợp tác xã") in [(f.value, f.unit) for f in _facts(only)]


def test_a_title_opening_on_giao_ban_names_the_meeting() -> None:
    m = extract_text("Giao ban UBND huyện Đại Từ quý II năm 2019\n\nTại hội nghị, các đại biểu đã thảo luận.").meeting
    assert m is not None and m.body_kind == "peoples_committee" and m.locality == "Đại Từ"
    # a verb and its object elsewhere in a sentence are no meeting
    assert extract_text("Thu ngân sách đạt 96% dự toán giao ban đầu.").meeting.body_kind != "peoples_committee"
