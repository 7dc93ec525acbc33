"""Fuzz: ingest + extraction never raise anything but InputError, and every fact is grounded."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soket.errors import InputError
from soket.extract import extract_document, extract_text
from soket.ingest import load_bytes, load_text

SYLLABLES = (
    "thu ngân sách đạt tăng giảm so với cùng kỳ năm trước kế hoạch dự toán ước tổng giá trị sản xuất "
    "công nghiệp nông nghiệp dịch vụ vốn đầu tư huyện xã phường tỉnh thành phố Đảng bộ Ban Chấp hành "
    "hội nghị lần thứ khóa nhiệm kỳ đồng chí Bí thư Chủ tịch HĐND UBND 6 tháng đầu năm bằng hơn gần "
    "khoảng trên dưới triệu nghìn người hộ ha tấn km đảng viên doanh nghiệp dự án Lượt xem Online"
).split()
PIECES = st.one_of(
    st.sampled_from(SYLLABLES),
    st.integers(min_value=0, max_value=10**13).map(str),
    st.sampled_from([".", ",", "%", " %", "tỷ đồng", "triệu đồng", " ", " ", " ", "\n", "\n\n", ":", ";", "-",
                     "/", "(", ")", "1.234", "12,5", "0,5%", "100%", "2.900 tỷ đồng", "...", "..", "–", "'"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=3),
)
VIET_TEXT = st.lists(PIECES, max_size=120).map(" ".join)
NAMES = st.sampled_from(["r.txt", "r.md", "r.html", "r", "r.htm", "r.docx", "r.pdf"])

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(doc) -> None:
    rec = extract_document(doc)
    for f in rec.facts:
        s, e = f.span
        assert 0 <= s <= e <= len(doc.text)
        assert doc.text[s:e] == f.raw, (f.raw, doc.text[s:e])


def _run(data: bytes, name: str) -> None:
    try:
        doc = load_bytes(data, name=name)
    except InputError:
        return
    _check(doc)


@FUZZ
@given(st.binary(max_size=4096), NAMES)
def test_arbitrary_bytes(data: bytes, name: str) -> None:
    _run(data, name)


MAGIC = st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<html>",
                         b"<!DOCTYPE html><body>", b"\x89PNG\r\n\x1a\n"])


@FUZZ
@given(MAGIC, st.binary(max_size=2048), NAMES)
def test_bytes_behind_magic_numbers(magic: bytes, data: bytes, name: str) -> None:
    _run(magic + data, name)


@FUZZ
@given(VIET_TEXT, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1258", "utf-8-sig"]),
       st.sampled_from(["r.txt", "r.html"]))
def test_vietnamese_like_text(text: str, encoding: str, name: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    if name.endswith(".html"):
        data = b"<html><body><article><p>" + data + b"</p></article></body></html>"
    _run(data, name)


@FUZZ
@given(VIET_TEXT)
def test_vietnamese_like_text_direct(text: str) -> None:
    _check(load_text(text))


def test_the_declared_author_stands_in_for_a_byline_that_names_no_one() -> None:
    page = ('<html><head><title>HĐND xã Tân Lập họp kỳ họp thứ 9</title><meta name="author" content="Văn Khải">'
            '</head><body><article><h1>HĐND xã Tân Lập họp kỳ họp thứ 9</h1>'
            '<div class="byline">Ngày đăng: 09/12/2024 | Lượt xem: 88</div>'
            '<p>Sáng 8/12/2024, HĐND xã Tân Lập khóa XX tổ chức kỳ họp thứ 9, đánh giá tình hình kinh tế - xã hội '
            'năm 2024 và thông qua 8 nghị quyết quan trọng của xã.</p></article></body></html>')
    rec = extract_document(load_bytes(page.encode(), name="trang.html"))
    assert rec.authors == ["Văn Khải"]
    # a declared author that is no name (a publisher, a link) gives none
    rec = extract_document(load_bytes(page.replace("Văn Khải", "https://facebook.com/baotanlap").encode(),
                                      name="trang.html"))
    assert rec.authors == []


def test_a_dropped_photo_caption_still_names_its_people_and_chair() -> None:
    page = ('<html><head><title>UBND huyện Tân Lập họp phiên thường kỳ tháng 10</title></head><body><article>'
            '<h1>UBND huyện Tân Lập họp phiên thường kỳ tháng 10</h1>'
            '<p>Sáng 3/11/2024, UBND huyện Tân Lập tổ chức phiên họp thường kỳ tháng 10, đánh giá tình hình kinh '
            'tế - xã hội 10 tháng đầu năm 2024 và bàn nhiệm vụ những tháng cuối năm.</p>'
            '<figure><img src="a.jpg"><figcaption>Đồng chí Phạm Văn Đức, Chủ tịch UBND huyện chủ trì phiên họp. '
            'Ảnh: MINH KHOA</figcaption></figure>'
            '<p>Tổng thu ngân sách trên địa bàn huyện 10 tháng ước đạt 312 tỷ đồng, bằng 86% dự toán năm.</p>'
            '</article></body></html>')
    doc = load_bytes(page.encode(), name="trang.html")
    rec = extract_document(doc)
    if "Phạm Văn Đức" not in doc.text:  # the caption left out of the text by the article extractor
        assert doc.meta["captions"]
    assert [(p.name, p.roles) for p in rec.people] == [("Phạm Văn Đức", ["Chủ tịch UBND huyện"])]
    assert rec.meeting.chairs == ["Phạm Văn Đức"]
    assert rec.authors == []


def test_a_summary_lead_after_the_sites_dateline_restates_the_body():
    """"VOV.VN - ..., kinh tế vẫn tăng 8,2% trong 6 tháng" under the headline: the body states 8,2% again; one fact."""
    rec = extract_text("Kinh tế Bắc Ninh 6 tháng tăng 8,2%\n\nVOV.VN - Dù nhiều khó khăn, kinh tế của tỉnh vẫn tăng 8,2% "
                       "trong 6 tháng.\n\nNgày 5/7/2024, Ban Thường vụ Tỉnh ủy Bắc Ninh họp sơ kết 6 tháng. GRDP quý II "
                       "ước tăng 9,6%, đưa mức tăng chung của 6 tháng lên 8,2%.")
    assert [f.raw for f in rec.facts].count("8,2%") == 1


def test_a_record_takes_the_meeting_day_its_text_states_within_held_before_days() -> None:
    """pipeline._recorded_day and meeting._held_before ask one question (how long before its record a meeting is
    held): meeting.HELD_BEFORE_DAYS, counted in days across months and years."""
    from soket.extract.meeting import HELD_BEFORE_DAYS
    from soket.extract.pipeline import _recorded_day
    from soket.extract.structure import OfficialHeader

    notice = OfficialHeader(date="2026-03-03", doc_type="THÔNG BÁO")
    assert _recorded_day(notice, "2026-02-28") and _recorded_day(notice, "2026-03-03")
    assert HELD_BEFORE_DAYS == 31
    assert _recorded_day(notice, "2026-01-31") and not _recorded_day(notice, "2026-01-30")
    assert not _recorded_day(notice, "2026-03-04")  # after its record: another day
    assert _recorded_day(OfficialHeader(date="2026-01-05", doc_type="THÔNG BÁO"), "2025-12-20")
    assert not _recorded_day(OfficialHeader(date="2026-03-03", doc_type="BÁO CÁO"), "2026-02-28")  # a report's own date
