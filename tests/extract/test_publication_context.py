"""The publication context: a body named by its unit word only is placed by the page that carries
it (site name, host, masthead, agency code). Sentences written for these tests."""

from __future__ import annotations

import pytest

from soket.extract import extract_document, gazetteer
from soket.extract.context import publication_context
from soket.ingest import load_text
from soket.ingest.html import html_to_document, page_context
from soket.lexicon import get
from soket.lexicon.schema import PublishersLexicon


def _meeting(text: str, **meta: str):
    doc = load_text(text, doc="t")
    doc.meta.update(meta)
    return extract_document(doc).meeting


LEAD_TINH = "Sáng 9/7, HĐND tỉnh khóa XVII khai mạc kỳ họp thứ 12 để đánh giá tình hình 6 tháng đầu năm 2024."


@pytest.mark.parametrize("entry", get(PublishersLexicon).publishers, ids=lambda e: e.province)
def test_every_listed_publisher_places_its_example(entry):
    """Each entry of lexicon/publishers.yaml: its example page opening is placed in its province."""
    assert publication_context(entry.example).province == gazetteer.canonical_province(entry.province)
    m = _meeting(entry.example)
    assert m.locality == gazetteer.canonical_province(entry.province)
    assert m.province is None
    kind = gazetteer.lookup(entry.province, level="province")[0].kind
    for host in entry.hosts:
        m = _meeting(LEAD_TINH.replace("HĐND tỉnh", f"HĐND {kind}"), host=host)
        assert (m.locality, m.locality_kind) == (gazetteer.canonical_province(entry.province), kind)


@pytest.mark.parametrize("host, province, place", [
    ("quangtrach.quangbinh.gov.vn", "Quảng Bình", ("Quảng Trạch", "huyện")),
    ("tuyphong.binhthuan.dcs.vn", "Bình Thuận", ("Tuy Phong", "huyện")),
    ("huonghoa.tinhuyquangtri.vn", "Quảng Trị", ("Hướng Hóa", "huyện")),
    # a label is a name before it is an affix and a name ("dailoc": Đại Lộc, not "dai" + "loc")
    ("dailoc.quangnam.gov.vn", "Quảng Nam", ("Đại Lộc", "huyện")),
    ("baoloc.lamdong.gov.vn", "Lâm Đồng", ("Bảo Lộc", "thành phố")),
    ("xamuonglong.nghean.gov.vn", "Nghệ An", ("Mường Lống", "xã")),
    ("baosonla.org.vn", "Sơn La", None),
    ("gialaitv.vn", "Gia Lai", None),
    ("baria-vungtau.gov.vn", "Bà Rịa - Vũng Tàu", None),
    ("baokhanhhoa.vn", "Khánh Hòa", None),
    ("vnexpress.net", None, None),
    ("baotintuc.vn", None, None),
    ("thanhnien.vn", None, None),
])
def test_hosts_name_their_province_and_district(host, province, place):
    ctx = publication_context("", {"host": host})
    assert ctx.province == province
    assert ([(p.name, p.kind) for p in ctx.places][:1] or [None])[0] == place


@pytest.mark.parametrize("masthead, province", [
    ("Báo Sơn La", "Sơn La"),
    ("BÁO KHÁNH HÒA ĐIỆN TỬ", "Khánh Hòa"),
    ("Đài Phát thanh và Truyền hình Gia Lai", "Gia Lai"),
    ("Báo và Phát thanh, Truyền hình Đồng Nai", "Đồng Nai"),
    ("Cổng thông tin điện tử tỉnh Tuyên Quang", "Tuyên Quang"),
    ("Báo Thanh Niên", None),
    ("Báo Tin tức - TTXVN", None),
    ("Báo Lao Động", None),
])
def test_masthead_lines(masthead, province):
    assert publication_context(masthead + "\n\n" + LEAD_TINH).province == province


def test_agency_code_and_paper_name_open_the_lead():
    assert publication_context("(GLO)- " + LEAD_TINH).province == "Gia Lai"
    assert publication_context("(Báo Quảng Ngãi)- " + LEAD_TINH).province == "Quảng Ngãi"
    assert publication_context("(Baonghean.vn) - " + LEAD_TINH).province == "Nghệ An"
    assert publication_context("(TTXVN) - " + LEAD_TINH).province is None


def test_provincial_paper_places_an_unnamed_provincial_body():
    m = _meeting("Báo Sơn La điện tử\n\n" + LEAD_TINH)
    assert (m.body_kind, m.locality, m.locality_kind, m.province) == ("peoples_council", "Sơn La", "tỉnh", None)


def test_city_paper_places_hdnd_thanh_pho_but_not_a_tinh_body():
    lead = "Sáng 8-12, HĐND Thành phố khóa X khai mạc kỳ họp thứ 9, xem xét kết quả năm 2024."
    m = _meeting("SGGP\n\n" + lead)
    assert (m.locality, m.locality_kind) == ("Hồ Chí Minh", "thành phố")
    # a province's paper reporting "Thành ủy" does not make the province a city
    m = _meeting("Báo Khánh Hòa\n\nNgày 5-7, Thành ủy tổ chức hội nghị Ban Chấp hành Đảng bộ thành phố sơ kết 6 tháng đầu năm 2023.")
    assert m.locality != "Khánh Hòa"


def test_district_portal_places_ubnd_huyen():
    lead = "Chiều 4/11/2019, UBND huyện họp hội nghị thường kỳ tháng 10 đánh giá 10 tháng đầu năm 2019."
    m = _meeting(lead, host="quangtrach.quangbinh.gov.vn")
    assert (m.locality, m.locality_kind, m.province) == ("Quảng Trạch", "huyện", "Quảng Bình")


def test_named_body_wins_over_the_publisher():
    lead = "Ngày 12/7, HĐND tỉnh Kon Tum khóa XII khai mạc kỳ họp thứ 7 đánh giá 6 tháng đầu năm 2023."
    m = _meeting("Báo Gia Lai\n\n" + lead)
    assert m.locality == "Kon Tum"


def test_publisher_settles_a_name_found_in_two_provinces():
    lead = "Ngày 20/12, Huyện ủy Vĩnh Thạnh tổ chức hội nghị Ban Chấp hành Đảng bộ huyện tổng kết năm 2016."
    assert _meeting(lead).province is None
    assert _meeting(lead, host="binhdinh.gov.vn").province == "Bình Định"
    assert _meeting(lead, host="cantho.gov.vn").province == "Cần Thơ"


def test_title_with_an_abbreviated_province():
    text = "BCH Đảng bộ tỉnh BR-VT họp sơ kết 6 tháng\n\nNgày 14/7, BCH Đảng bộ tỉnh khóa VII tổ chức Hội nghị lần thứ 20."
    m = _meeting(text)
    assert (m.locality, m.locality_kind) == ("Bà Rịa - Vũng Tàu", "tỉnh")


def test_bare_unit_word_and_regions_are_no_places():
    m = _meeting("Ngày 3/7, Thành ủy TP tổ chức hội nghị Ban Chấp hành sơ kết 6 tháng đầu năm 2024.")
    assert m.locality != "TP"
    assert gazetteer.canonical_province("ĐBSCL") is None and not gazetteer.lookup("ĐBSCL")
    m = _meeting("Ngày 11/7, HĐND tỉnh Bạc Liêu khai mạc kỳ họp thứ 17; tăng trưởng đứng thứ 8 khu vực ĐBSCL.")
    assert m.locality == "Bạc Liêu"


def test_html_page_context_is_kept_without_touching_the_text():
    page = ("<html><head><meta property='og:site_name' content='Báo Sơn La'>"
            "<link rel=\"canonical\" href=\"https://www.baosonla.org.vn/thoi-su/ky-hop-7.html\"></head>"
            f"<body><article><h1>Khai mạc kỳ họp</h1><p>{LEAD_TINH}</p></article></body></html>")
    assert page_context(page) == {"site_name": "Báo Sơn La", "url": "https://www.baosonla.org.vn/thoi-su/ky-hop-7.html",
                                  "host": "baosonla.org.vn"}
    doc = html_to_document(page.encode())
    assert doc.meta["host"] == "baosonla.org.vn"
    assert "Báo Sơn La" not in doc.text
    assert extract_document(doc).meeting.locality == "Sơn La"


@pytest.mark.parametrize("noun", get(PublishersLexicon).publisher_nouns)
def test_every_publisher_noun_names_a_province_publisher(noun):
    masthead = f"{noun.capitalize()} Lạng Sơn"
    assert publication_context(masthead + "\n\n" + LEAD_TINH).province == "Lạng Sơn"
    assert publication_context(f"{noun.capitalize()} Tin tức\n\n" + LEAD_TINH).province is None


@pytest.mark.parametrize("affix", [("p", a) for a in get(PublishersLexicon).host_prefixes]
                         + [("s", a) for a in get(PublishersLexicon).host_suffixes])
def test_every_host_affix(affix):
    side, a = affix
    host = f"{a}langson.vn" if side == "p" else f"langson{a}.vn"
    assert publication_context("", {"host": host}).province == "Lạng Sơn"
    assert publication_context("", {"host": host.replace("langson", "tintuc")}).province is None


def test_page_chrome_kept_in_the_text_does_not_place_the_body():
    """A page read without its article extractor keeps its banner: the lead's unit word decides."""
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẢNG TRẠCH - TỈNH QUẢNG BÌNH\n\nHội nghị thường kỳ tháng 10\n\n"
            "Chiều 4/11/2019, UBND huyện họp hội nghị thường kỳ tháng 10 đánh giá 10 tháng đầu năm 2019.")
    m = _meeting(text)
    assert (m.locality, m.locality_kind, m.province) == ("Quảng Trạch", "huyện", "Quảng Bình")
    text = ("Báo Tin tức - Thông tấn xã Việt Nam | Thứ Bảy, 15/07/2023\n\nBCH Đảng bộ tỉnh BR-VT họp lần thứ 20\n\n"
            "Ngày 14/7, Ban Chấp hành Đảng bộ tỉnh khóa VII tổ chức Hội nghị lần thứ 20.")
    m = _meeting(text)
    assert (m.locality, m.locality_kind) == ("Bà Rịa - Vũng Tàu", "tỉnh")


@pytest.mark.parametrize("sentence", [
    "Đại diện Thông tấn xã Việt Nam dự buổi làm việc.",
    "Hợp tác xã Tân Phú đã kết nạp thêm 12 thành viên.",
])
def test_unit_words_inside_nouns_are_no_places(sentence):
    from soket.extract.places import unit_phrases

    assert unit_phrases(sentence) == []


@pytest.mark.parametrize("entry", get(PublishersLexicon).publishers, ids=lambda e: e.province)
def test_every_listed_name_and_code_places_a_lead(entry):
    prov = gazetteer.canonical_province(entry.province)
    for name in entry.names:
        assert publication_context(f"{name}\n\n{LEAD_TINH}").province == prov, name
    for code in entry.codes:
        assert publication_context(f"({code}) - {LEAD_TINH}").province == prov, code


def test_a_provincial_body_never_named_is_placed_by_its_districts():
    text = ("Ngày 11/7, HĐND tỉnh khóa XI khai mạc kỳ họp thứ 16 đánh giá 6 tháng đầu năm 2023.\n\n"
            "Các huyện Mộc Hóa, Tân Hưng và thị xã Kiến Tường đã hoàn thành sớm kế hoạch gieo sạ.")
    m = _meeting(text)
    assert (m.locality, m.locality_kind, m.province) == ("Long An", "tỉnh", None)
    # one district is not enough, nor two provinces' districts in equal number
    assert _meeting("Ngày 11/7, HĐND tỉnh khai mạc kỳ họp thứ 16.\n\nHuyện Mộc Hóa gieo sạ xong.").locality is None
    mixed = ("Ngày 11/7, HĐND tỉnh khai mạc kỳ họp thứ 16.\n\nHuyện Mộc Hóa, huyện Tân Hưng làm việc với "
             "huyện Lấp Vò, huyện Tháp Mười về thủy lợi.")
    assert _meeting(mixed).locality is None


def test_place_lines_above_the_article():
    ctx = publication_context("Tân Hưng – Long An\n\n" + LEAD_TINH)
    assert ctx.province == "Long An" and [(p.name, p.kind) for p in ctx.places] == [("Tân Hưng", "huyện")]
    lead = "Ngày 4/12, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị lần thứ 5 tổng kết năm 2015."
    m = _meeting("Tân Hưng – Long An\n\n" + lead)
    assert (m.locality, m.locality_kind, m.province) == ("Tân Hưng", "huyện", "Long An")
    assert publication_context("Cần Thơ, ngày 12-7-2023\n\n" + LEAD_TINH).province == "Cần Thơ"
    assert publication_context("Thứ Hai, ngày 3-7-2023\n\n" + LEAD_TINH).province is None


def test_a_listed_code_printed_without_brackets_places_the_page():
    """"ĐNO - Sáng 15/8, HĐND phường An Hải ...": the paper's code before the lead's dash, no brackets; it settles
    a ward's name found in two provinces (An Hải: Đà Nẵng, Hải Phòng). An unlisted capitalised word is no code."""
    lead = "Sáng 15/8/2025, HĐND phường An Hải tổ chức kỳ họp thứ 2, đánh giá kết quả 6 tháng đầu năm 2025."
    assert publication_context("ĐNO - " + lead).province == "Đà Nẵng"
    assert _meeting("ĐNO - " + lead).province == "Đà Nẵng"
    assert _meeting(lead).province is None
    assert publication_context("UBND - " + lead).province is None


def test_a_district_portal_of_a_district_since_upgraded_places_a_huyen_meeting():
    """thuanthanh.bacninh.gov.vn: the gazetteer knows thị xã Thuận Thành (2023) and phường Thuận Thành
    (2025); a page of 2020 about "UBND huyện" is the district, with the word the text gives it."""
    m = _meeting("Ngày 12/5/2020, UBND huyện tổ chức phiên họp thường kỳ tháng 5 đánh giá tình hình kinh tế.",
                 host="thuanthanh.bacninh.gov.vn")
    assert (m.locality, m.locality_kind, m.province) == ("Thuận Thành", "huyện", "Bắc Ninh")


def test_a_gov_vn_district_portal_places_a_huyen_meeting():
    m = _meeting("Sáng 27/3, đồng chí Nguyễn Văn Tài, Chủ tịch UBND huyện chủ trì hội nghị thường kỳ tháng 3.",
                 host="doluong.gov.vn")
    assert (m.locality, m.locality_kind, m.province) == ("Đô Lương", "huyện", "Nghệ An")


def test_a_portals_footer_names_the_owner_of_a_body_named_by_its_unit_word_only():
    page = ("<html><head><title>UBND huyện họp phiên thường kỳ tháng 10</title></head><body>"
            "<div class='menu'><a href='/'>Trang chủ</a> <a href='/tin'>Tin tức</a></div>"
            "<h1>UBND huyện họp phiên thường kỳ tháng 10</h1><p>Sáng 29/10, UBND huyện tổ chức phiên họp thường kỳ "
            "tháng 10 năm 2024. Đồng chí Lô Văn Dũng, Chủ tịch UBND huyện chủ trì. Thu ngân sách 10 tháng đạt "
            "74 tỷ đồng.</p><div class='footer'><p>Cơ quan chủ quản: <b>UBND huyện Con Cuông</b></p>"
            "<p>Địa chỉ: Khối 3, thị trấn Trà Lân</p></div></body></html>")
    doc = html_to_document(page.encode())
    assert doc.meta["owner"] == "Cơ quan chủ quản: UBND huyện Con Cuông"
    m = extract_document(doc).meeting
    assert (m.locality, m.locality_kind, m.province) == ("Con Cuông", "huyện", "Nghệ An")


def test_a_lead_opened_by_the_sites_host_places_a_ward():
    text = ("Kỳ họp thứ Năm, HĐND phường Quảng Phú\n\n"
            "Baothanhhoa.vn - Ngày 19/12, HĐND phường Quảng Phú khóa I khai mạc kỳ họp thứ Năm để đánh giá "
            "tình hình kinh tế - xã hội năm 2025.")
    assert publication_context(text).province == "Thanh Hóa"
    m = _meeting(text)
    assert (m.locality, m.locality_kind, m.province) == ("Quảng Phú", "phường", "Thanh Hóa")
