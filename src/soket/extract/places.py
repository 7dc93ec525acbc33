"""The locality a meeting's body governs: its name, unit word and province on the meeting date.

Read from the body's own phrase ("Ban Chấp hành Đảng bộ thành phố Phúc Yên", "HĐND tỉnh Long An",
"Thành ủy Cần Thơ", "Đảng ủy phường Thông Tây Hội"), else from any "unit word + name" in the text,
chrome and school names included ("Trường THPT Hồng Lĩnh"), checked against the gazetteer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from soket.extract import gazetteer as gz
from soket.extract.people import looks_like_person
from soket.extract.sentences import Sentence
from soket.extract.textutil import lower_keep_len, phrase_alt
from soket.lexicon import load

_NAME_SEP = re.compile(r"[ \t]*[-–][ \t]*(?=[^\W\d_])|[ \t]")


@dataclass(slots=True)
class Locality:
    name: str
    kind: str | None
    province: str | None


@dataclass(frozen=True, slots=True)
class _Rx:
    body_unit: re.Pattern[str]
    committee: re.Pattern[str]
    unit: re.Pattern[str]
    units: dict[str, str]
    committee_unit: dict[str, str]
    name_token: re.Pattern[str]


@cache
def _rx() -> _Rx:
    b = load("bodies")
    units = {k.lower(): v for k, v in b["unit_words"].items()}
    unit_alt = phrase_alt(units)
    bodies = phrase_alt(b["locality_bodies"])
    return _Rx(
        body_unit=re.compile(rf"(?<!\w)(?:{bodies})[ \t]+({unit_alt})(?!\w)[ \t]*"),
        committee=re.compile(rf"(?<!\w)({phrase_alt(b['committee_unit'])})(?!\w)[ \t]+"),
        unit=re.compile(rf"(?<!\w)({unit_alt})(?!\w)[ \t]*"),
        units=units,
        committee_unit={k.lower(): v for k, v in b["committee_unit"].items()},
        name_token=re.compile(r"[^\W\d_][\w'’]*"),
    )


def read_name(s: str, pos: int) -> tuple[str, int] | None:
    """Capitalised syllables from ``pos`` ("Phan Rang - Tháp Chàm", "PRTC"), up to 5."""
    rx = _rx()
    toks: list[str] = []
    p = pos
    while len(toks) < 5:
        m = rx.name_token.match(s, p)
        if not m or not m.group()[0].isupper():
            break
        toks.append(m.group())
        p = m.end()
        sep = _NAME_SEP.match(s, p)
        if not sep:
            break
        nxt = rx.name_token.match(s, sep.end())
        if not nxt or not nxt.group()[0].isupper():
            break
        if "-" in sep.group() or "–" in sep.group():
            toks.append("-")
        p = sep.end()
    if not toks:
        return None
    name = " ".join(toks).replace(" - ", " - ")
    if name.isupper() and len(toks) > 1:
        return None  # a heading in capitals, not a name
    return name, p


def _plausible(name: str) -> bool:
    """False for a person's name read after a committee ("Bí thư Thị ủy Đặng Thanh Hải")."""
    if gz.lookup(name) or gz.resolve_alias(name) or gz.canonical_province(name):
        return True
    return not looks_like_person(name)


def _candidates(s: str) -> list[tuple[str, str, int]]:
    """(name, unit word, position) of body phrases in one sentence, most specific first."""
    out = [(_without_person(n), k, p) for n, k, p in _raw_candidates(s)]
    return [c for c in out if _plausible(c[0])]


def _without_person(name: str) -> str:
    """ "Phong Thái Dương Phước Phú" (a ward, then its chairman's name) → "Phong Thái"."""
    words = name.split()
    if len(words) < 4 or gz.lookup(name):
        return name
    for i in range(len(words) - 2, 0, -1):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        if gz.lookup(head) and looks_like_person(tail):
            return head
    return name


def _raw_candidates(s: str) -> list[tuple[str, str, int]]:
    rx = _rx()
    low = lower_keep_len(s)
    out = []
    for m in rx.body_unit.finditer(low):
        n = read_name(s, m.end())
        if n:
            out.append((n[0], rx.units[re.sub(r"\s+", " ", m.group(1))], m.start()))
    for m in rx.committee.finditer(low):
        n = read_name(s, m.end())
        if n:
            out.append((n[0], rx.committee_unit[re.sub(r"\s+", " ", m.group(1))], m.start()))
    if not out:
        for m in rx.unit.finditer(low):
            n = read_name(s, m.end())
            if n:
                out.append((n[0], rx.units[re.sub(r"\s+", " ", m.group(1))], m.start()))
    return out


def _kind_only(s: str) -> str | None:
    """The unit word of a body named without its place ("Ban Chấp hành Đảng bộ thị xã (mở rộng)")."""
    rx = _rx()
    low = lower_keep_len(s)
    m = rx.body_unit.search(low) or rx.committee.search(low)
    if not m:
        return None
    key = re.sub(r"\s+", " ", m.group(1))
    return rx.units.get(key) or rx.committee_unit.get(key)


def find_locality(sent: Sentence | None, sents: list[Sentence], text: str,
                  year: int | None, month: int | None) -> Locality | None:
    texts = ([sent.text] if sent else []) + [s.text for s in sents[:5]]
    for t in texts:
        cands = _candidates(t)
        if cands:
            name, found, _pos = min(cands, key=lambda c: c[2])
            return resolve(name, found, t, year, month, text)
    kind = next((k for t in texts if (k := _kind_only(t))), None)
    # the place named elsewhere: a committee or unit phrase, a school, the page chrome
    names: Counter[str] = Counter()
    for t in [s.text for s in sents] + [text[-2000:]]:
        for name, k, _ in _candidates(t):
            if kind is None or k == kind:
                names[name] += 2
    if kind:
        for m in re.finditer(r"(?<![\w])([A-ZĐÀ-Ỹ][\w]*(?:[ \t][A-ZĐÀ-Ỹ][\w]*){1,3})", text):
            if gz.lookup(m.group(1), kind=kind):
                names[m.group(1)] += 1
    if not names:
        return None
    name = names.most_common(1)[0][0]
    return resolve(name, kind, text, year, month, text)


def resolve(name: str, kind: str | None, context: str, year: int | None, month: int | None,
            text: str | None = None) -> Locality:
    """Name, unit word and province of a place on a date: aliases (PRTC), provinces, cities.

    ``context`` is the sentence naming it (a bracketed province there counts); ``text`` the whole
    document, whose other places settle a name found in two provinces.
    """
    alias = gz.resolve_alias(name)
    if alias:
        return Locality(alias[0], kind or alias[1], alias[2])
    province = _bracketed_province(context, name)
    if kind == "tỉnh" or (kind == "thành phố" and gz.lookup(name, kind=None, level="province", year=year, month=month)
                          and not gz.lookup(name, kind="thành phố", level="district", year=year, month=month)):
        return Locality(gz.canonical_province(name) or name, kind, None)
    if province is None:
        province = gz.province_of(name, kind=kind, year=year, month=month)
    if province is None and not gz.lookup(name, kind=kind, year=year, month=month):
        # the unit may have changed its word since (thị xã Đồng Xoài became a city)
        province = gz.province_of(name, kind=None, year=year, month=month)
    if province is None:
        province = _settle(name, gz.provinces_of(name, kind=kind, year=year, month=month), text or context,
                           year, month)
    return Locality(name, kind, province)


_CAPITALISED_RUN = re.compile(r"(?<!\w)[A-ZĐÀ-Ỹ][\w]*(?:[ \t][A-ZĐÀ-Ỹ][\w]*){0,3}")


def _settle(name: str, candidates: tuple[str, ...], context: str, year: int | None, month: int | None) -> str | None:
    """A name in two provinces ("Vĩnh Thạnh": Bình Định, Cần Thơ): the one the text's other places,
    or the province itself, point to; None when they don't tell."""
    if len(candidates) < 2:
        return None
    votes: dict[str, int] = {}
    for m in _CAPITALISED_RUN.finditer(context):
        run = m.group()
        if run == name:
            continue
        province = gz.canonical_province(run)
        hits = {province} if province else set(gz.provinces_of(run, year=year, month=month))
        for p in hits & set(candidates):
            votes[p] = votes.get(p, 0) + 1
    if len(votes) == 1:
        return next(iter(votes))
    return None


def _bracketed_province(context: str, name: str) -> str | None:
    """ "xã Vĩnh Thuận (An Giang)": the province written in brackets after the name."""
    m = re.search(re.escape(name) + r"[ \t]*\(([^()]{2,40})\)", context)
    if m:
        return gz.canonical_province(m.group(1).strip())
    return None
