"""Meeting metadata, periods, people and authors missed on held-out reports (round 35, meta35): one rule a test, with
sentences and page pieces of the genre written for these tests (never copied from the reports)."""

from __future__ import annotations

import pytest

from soket.extract import extract_document, extract_text
from soket.extract.people import sentence_people
from soket.ingest import load_bytes


def _period(text: str) -> tuple[int | None, int | None, int | None]:
    p = extract_text(text).period
    return p.year, p.start_month, p.end_month


def _record(text: str, name: str = "bai.txt"):  # type: ignore[no-untyped-def]
    return extract_document(load_bytes(text.encode("utf-8"), name=name))


# -- a social post copied as text: its stamp, its action bar and its readers' comments ------------------------------

_POST = """UBND xã Tân Lộc
5 tháng 7 lúc 16:40 · 🌏

🌼 XÃ TÂN LỘC ĐÁNH GIÁ KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025 🌼

Sáng ngày 04/7/2025, UBND xã Tân Lộc tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Ông Lê Văn Hùng, Chủ tịch UBND xã chủ trì hội nghị.

✅ Thu ngân sách trên địa bàn 6 tháng đạt 9,6 tỷ đồng, bằng 61,2% dự toán.
✅ Giải quyết việc làm cho 215 lao động.

Tin: Hoài An – Ảnh: Minh Đức

#XaTanLoc #HoiNghi

👍❤️ 86
7 bình luận  3 lượt chia sẻ
Thích
Bình luận
Chia sẻ
Phù hợp nhất
Trần Văn Sáu
Chúc xã mình phát triển hơn nữa 👏
2 ngày  Thích  Phản hồi
Nguyễn Thị Bảy
Mong xã sớm sửa đường ấp 4, mùa mưa lầy lội quá 🙏
2 ngày  Thích  Phản hồi  2
Xem thêm bình luận
"""


def test_a_social_posts_stamp_is_no_period() -> None:
    """"5 tháng 7 lúc 16:40": the post's day and month (no day word), not a span of 5 months."""
    assert _period(_POST) == (2025, 1, 6)


@pytest.mark.parametrize("stamp", ["5 tháng 7 lúc 16:40", "12 tháng 7, 2025", "3 tháng 12 năm 2025 lúc 08:15"])
def test_a_day_and_month_without_the_day_word_is_no_span(stamp: str) -> None:
    text = f"UBND xã Tân Lộc\n{stamp}\n\nSáng 04/7, UBND xã Tân Lộc họp đánh giá kết quả 6 tháng đầu năm 2025."
    assert _period(text) == (2025, 1, 6)


@pytest.mark.parametrize("text, expect", [
    # a span and its figure right after it: still the running months
    ("Hội nghị đánh giá kết quả 9 tháng năm 2024. Thu ngân sách 9 tháng 20,8 tỷ đồng, đạt 80% dự toán.", (2024, 1, 9)),
    # a span then a number of more than twelve: no month
    ("Sáng 5/10/2024, UBND xã họp. Thu ngân sách 9 tháng đạt 20,8 tỷ đồng, đạt 80% dự toán năm.", (2024, 1, 9)),
])
def test_a_span_before_a_figure_is_still_a_span(text: str, expect: tuple[int, int, int]) -> None:
    assert _period(text) == expect


def test_the_posts_byline_above_its_reactions_and_comments_is_read() -> None:
    rec = _record(_POST)
    assert rec.authors == ["Hoài An"]  # the photographer is no author; a comment's writer neither
    names = {p.name for p in rec.people}
    assert "Trần Văn Sáu" not in names and "Nguyễn Thị Bảy" not in names
    assert not any(f.raw in ("86", "7 bình luận", "3 lượt chia sẻ") for f in rec.facts)


def test_a_counter_under_icons_is_no_text_line_under_the_byline() -> None:
    text = ("Sáng 04/7/2025, HĐND xã Tân Lộc khai mạc kỳ họp thứ hai đánh giá kết quả 6 tháng đầu năm 2025. Thu ngân sách "
            "6 tháng đạt 9,6 tỷ đồng, bằng 61,2% dự toán.\n\nMinh Thư\n\n👁 1.024\n")
    assert _record(text).authors == ["Minh Thư"]


def test_a_counter_under_icons_alone_gives_no_author() -> None:
    """Under the report's last sentence, with no byline above it, the counter gives no name."""
    text = ("Sáng 04/7/2025, HĐND xã Tân Lộc khai mạc kỳ họp thứ hai đánh giá kết quả 6 tháng đầu năm 2025. Thu ngân sách "
            "6 tháng đạt 9,6 tỷ đồng, bằng 61,2% dự toán.\n\n👍❤️ 86\n")
    assert _record(text).authors == []


# -- "sau N tháng," closed where it stands: the running months of the year -------------------------------------------


@pytest.mark.parametrize("text, expect", [
    ("Sáng 5/8/2023, UBND tỉnh Hà Nam Trung họp chuyên đề về đầu tư công. Sau 7 tháng, tỉnh mới giải ngân 3.120 tỷ "
     "đồng, đạt 31% kế hoạch vốn.", (2023, 1, 7)),
    ("Tỉnh Hà Nam Trung giải ngân 31% vốn đầu tư công sau 7 tháng\n\nSáng 5/8/2023, UBND tỉnh họp chuyên đề về giải "
     "ngân vốn đầu tư công năm 2023.", (2023, 1, 7)),
])
def test_after_n_months_closed_by_a_clause_mark_is_the_running_months(text: str, expect: tuple[int, int, int]) -> None:
    assert _period(text) == expect


@pytest.mark.parametrize("text", [
    "Công trình hoàn thành sau 6 tháng thi công; hội nghị đánh giá kết quả 9 tháng năm 2020.",
    "Sau 3 tháng vận hành, bộ máy ổn định; hội nghị đánh giá kết quả 9 tháng năm 2020.",
    "Sau hơn 5 tháng, bộ máy đi vào nền nếp; hội nghị đánh giá kết quả 9 tháng năm 2020.",
])
def test_after_n_months_of_an_activity_is_a_duration(text: str) -> None:
    assert _period(text) == (2020, 1, 9)


# -- a written document's dateline and the meeting's own day in its text --------------------------------------------

_NOTICE = """      HUYỆN ỦY TÂN LẠC                            ĐẢNG CỘNG SẢN VIỆT NAM
             *                          Tân Lạc, ngày 20 tháng 7 năm 2018
       Số 95-TB/HU

                              THÔNG BÁO KẾT LUẬN
          của Ban Thường vụ Huyện ủy tại hội nghị sơ kết 6 tháng đầu năm 2018

     {lead}, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2018. Sau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:

     1. Sáu tháng đầu năm 2018, thu ngân sách trên địa bàn đạt 41,2 tỷ đồng, bằng 56% dự toán./.
"""


def test_a_conclusion_notice_dates_its_meeting_by_the_day_its_text_opens_with() -> None:
    """Signed on 20/7 for the conference of 17/7: the meeting's day is the conference's."""
    assert _record(_NOTICE.format(lead="Ngày 17/7/2018")).meeting.date == "2018-07-17"
    assert _record(_NOTICE.format(lead="Ngày 17/7")).meeting.date == "2018-07-17"
    assert _record(_NOTICE.format(lead="Sáng thứ Ba (17/7)")).meeting.date == "2018-07-17"


def test_the_meetings_day_at_its_sentences_end_dates_it_too() -> None:
    text = _NOTICE.replace("{lead}, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng "
                           "đầu năm 2018.", "Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết tình hình thực hiện nhiệm "
                           "vụ 6 tháng đầu năm 2018 vào sáng 17/7/2018.")
    assert _record(text).meeting.date == "2018-07-17"


@pytest.mark.parametrize("lead", [
    "Thực hiện chương trình công tác năm",  # no day in the text: the document's own day
    "Ngày 20/4/2018",  # three months before the signing: another event, not the meeting reported
])
def test_a_document_without_its_meetings_day_near_keeps_its_dateline(lead: str) -> None:
    assert _record(_NOTICE.format(lead=lead)).meeting.date == "2018-07-20"


# -- people: an agency's abbreviated name joined by a hyphen, roles apart -------------------------------------------


@pytest.mark.parametrize("agency", ["Sở NN-PTNT", "Sở NN&PTNT", "Sở LĐ-TB&XH", "Sở VH-TT-DL", "Phòng TC-KH"])
def test_an_agencys_abbreviated_name_joined_by_hyphens_before_a_name(agency: str) -> None:
    s = f"Trả lời chất vấn về nước sạch, Giám đốc {agency} Nguyễn Hữu Tài cho biết tỷ lệ hộ dùng nước sạch đạt 98%."
    role = ("Trưởng " if agency.startswith("Phòng") else "Giám đốc ") + agency
    got = sentence_people(s.replace("Giám đốc " + agency, role))
    assert got == [("Nguyễn Hữu Tài", [role])]


def test_a_hyphen_before_a_second_role_still_parts_the_roles() -> None:
    assert sentence_people("Đồng chí Lò Văn Sinh, Bí thư ĐU-Chủ tịch HĐND xã phát biểu khai mạc kỳ họp.") == \
        [("Lò Văn Sinh", ["Bí thư ĐU", "Chủ tịch HĐND xã"])]


def test_a_role_given_to_another_before_other_words_is_not_the_next_names() -> None:
    s = ("Kỳ họp đã bầu bà Vi Thị Hằng làm Phó Chủ tịch HĐND tỉnh, đồng thời bầu bổ sung Giám đốc Sở Tài chính Lưu "
         "Văn Quang giữ chức Phó Chủ tịch UBND tỉnh.")
    assert dict(sentence_people(s))["Lưu Văn Quang"] == ["Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh"]


@pytest.mark.parametrize("s", [
    "Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Hà Văn Lâm chủ trì hội nghị.",
    "Dự hội nghị có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Văn Lâm.",
])
def test_roles_in_a_run_before_a_name_stay_the_names(s: str) -> None:
    assert sentence_people(s) == [("Hà Văn Lâm", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"])]


# -- a written report's signer above a PDF copy's running footer ---------------------------------------------------

_REPORT = """    ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     HUYỆN TÂN LẠC                          Độc lập - Tự do - Hạnh phúc

   Số: 210/BC-UBND                     Tân Lạc, ngày 25 tháng 6 năm 2023

                                  BÁO CÁO
     Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2023

     Tổng thu ngân sách nhà nước trên địa bàn ước đạt 61,4 tỷ đồng, đạt 55,3% dự toán
tỉnh giao, tăng 6,2% so với cùng kỳ. Giải quyết việc làm cho 820 lao động./.

Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
- UBND tỉnh (b/c);                                   KT. CHỦ TỊCH
- TT. Huyện ủy, TT. HĐND huyện;                      PHÓ CHỦ TỊCH
- Lưu: VT.
                                                     (Đã ký)

                                                   Đinh Công Sửu

                                                                              Trang 4/4
"""


def test_a_signer_above_a_pdf_copys_running_footer_is_read() -> None:
    rec = _record(_REPORT, "baocao.txt")
    assert [(p.name, p.roles) for p in rec.people] == [("Đinh Công Sửu", ["Phó Chủ tịch"])]
    assert rec.authors == []  # the signer is no author


def test_a_signer_under_recipients_run_together_with_the_signature_is_no_author() -> None:
    """A page's copy of the report runs its two columns together ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Lưu: VT.", the
    name): the name under the recipients' list is the signer's, no byline."""
    text = " ".join(_REPORT.split("\n", 8)[:8]) + "\n\n" + (
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 61,4 tỷ đồng, đạt 55,3% dự toán tỉnh giao, tăng 6,2% so với "
        "cùng kỳ./.\n\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND tỉnh (b/c); KT. CHỦ TỊCH\n- TT. Huyện ủy; PHÓ CHỦ TỊCH\n"
        "- Lưu: VT. (Đã ký)\nĐinh Công Sửu\n")
    assert _record(text, "baocao.txt").authors == []


def test_a_byline_under_a_report_without_recipients_is_still_read() -> None:
    text = ("Sáng 25/6/2023, UBND huyện Tân Lạc tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. Tổng thu ngân sách ước đạt "
            "61,4 tỷ đồng, đạt 55,3% dự toán tỉnh giao.\n\n- Giải quyết việc làm cho 820 lao động.\n\nĐinh Công Sửu\n")
    assert _record(text).authors == ["Đinh Công Sửu"]
