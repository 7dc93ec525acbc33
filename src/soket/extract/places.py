"""The locality a meeting's body governs: its name, unit word and province on the meeting date.

Read from the body's own phrase ("Ban Chấp hành Đảng bộ thành phố Phúc Yên", "HĐND tỉnh Long An",
"Thành ủy Cần Thơ", "Đảng ủy phường Thông Tây Hội"), else from any "unit word + name" in the text,
chrome and school names included ("Trường THPT Hồng Lĩnh"), checked against the gazetteer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from soket import rx as re
from soket.extract import gazetteer as gz
from soket.extract.context import PubContext
from soket.extract.people import looks_like_person
from soket.extract.period import lead_at
from soket.extract.prefilter import skipping
from soket.extract.sentences import Sentence
from soket.extract.textutil import UPPER, literal_alt, lower_keep_len, phrase_alt, word_alt
from soket.lexicon import get
from soket.lexicon.schema import BodiesLexicon, CuesLexicon, PeriodsLexicon, TitlesLexicon
from soket.model import CITY_KIND, PROVINCE_KIND

_NAME_SEP = re.compile(r"[ \t]*[-–][ \t]*(?=[^\W\d_])|[ \t]{1,3}")  # "xã Hoằng  Thái": a hand-typed double space


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
    not_unit_after: re.Pattern[str]
    member_before: re.Pattern[str]
    venue: re.Pattern[str]
    title_before: re.Pattern[str]
    body_glued: re.Pattern[str]
    former: re.Pattern[str]


@cache
def _rx() -> _Rx:
    b = get(BodiesLexicon)
    t = get(TitlesLexicon)
    units = {k.lower(): v for k, v in b.unit_words.items()}
    unit_alt = phrase_alt(units)
    bodies = phrase_alt(b.locality_bodies)
    return _Rx(
        # a unit word's abbreviation ending in its dot needs no space after it ("UBND TP.HCM")
        body_unit=skipping(re.compile(rf"(?<!\w)(?:{bodies})[ \t]+({unit_alt})(?:(?<=\.)|(?!\w))[ \t]*")),
        committee=skipping(re.compile(rf"(?<!\w)({phrase_alt(b.committee_unit)})(?!\w)[ \t]+")),
        unit=skipping(re.compile(rf"(?<!\w)({unit_alt})(?:(?<=\.)|(?!\w))[ \t]*")),
        units=units,
        committee_unit={k.lower(): v for k, v in b.committee_unit.items()},
        name_token=re.compile(r"[^\W\d_][\w'’]*"),
        not_unit_after=re.compile(rf"{word_alt(b.not_unit_after)}[ \t]+$"),
        member_before=re.compile(rf"{word_alt(b.member_of_committee)}[ \t]+$") if b.member_of_committee
        else re.compile(r"(?!)"),
        # "tại Hội trường UBND huyện Tương Dương": the room's owner, where the meeting sits
        venue=skipping(re.compile(rf"{word_alt(b.venue_nouns)}(?!\w)[^,;.()]{{0,80}}")),
        # "Phó Bí thư Huyện ủy Tương Dương": a guest's rank and the unit it is held in
        title_before=re.compile(rf"{word_alt([*t.titles, *(f'{x} {y}' for x in t.title_prefixes for y in t.titles)])}"
                                rf"[ \t]+$", re.IGNORECASE),
        # "UBND TPHCM": a body before one token that glues the unit word to the place (an alias the gazetteer knows)
        body_glued=skipping(re.compile(rf"(?<!\w)(?:{bodies})[ \t]+")),
        # "tỉnh Bình Dương cũ", "xã Tân An (cũ)": a mark after the name that the unit is a former one
        former=re.compile(rf"[ \t]*\(?[ \t]*(?:{phrase_alt(b.former_marks) if b.former_marks else '(?!)'})(?!\w)"),
    )


def read_name(s: str, pos: int) -> tuple[str, int] | None:
    """Capitalised syllables from ``pos`` ("Phan Rang - Tháp Chàm", "PRTC"), up to 5. A unit word's
    abbreviation opening them is skipped ("TP Kon Tum" → "Kon Tum"), alone it is no name ("TP");
    a run in capitals is a heading unless it is a known abbreviation ("BR-VT")."""
    rx = _rx()
    toks: list[str] = []
    ends: list[int] = []
    p = pos
    while len(toks) < 5:
        m = rx.name_token.match(s, p)
        if not m or not m.group()[0].isupper():
            break
        toks.append(m.group())
        ends.append(m.end())
        p = m.end()
        sep = _NAME_SEP.match(s, p)
        if not sep:
            if not toks[1:] and s.startswith(".", p) and (m.group() in _UNIT_ABBREVIATIONS or (
                    m.group() in _GLUED_LETTERS and s[p + 1:p + 2].isupper())):
                sep = re.compile(r"\.[ \t]*").match(s, p)  # "TP.Vũng Tàu", "Q.Bình Thạnh"
            if not sep:
                break
        nxt = rx.name_token.match(s, sep.end())
        if not nxt or not nxt.group()[0].isupper():
            break
        word = rx.unit.match(lower_keep_len(s[sep.end():sep.end() + 12]))
        if word and len(toks) >= 2 and word.group(1) not in _UNIT_ABBREVIATIONS_LOW:
            break  # "Quảng Trạch - Tỉnh Quảng Bình": the next unit's word ends the name
        if "-" in sep.group() or "–" in sep.group():
            toks.append("-")
            ends.append(ends[-1])
        p = sep.end()
    cut = next((i for i, t in enumerate(toks) if lower_keep_len(t) in _name_not_open()), None)
    if cut is not None:  # "UBND xã BCH Đảng bộ xã": the next body's words, no part of a name
        toks, ends = toks[:cut], ends[:cut]
        while toks and toks[-1] == "-":
            toks, ends = toks[:-1], ends[:-1]
        p = ends[-1] if ends else pos
    if "-" in toks[1:]:
        toks, p = _dash_ends(toks, ends, p)
    while toks and (toks[0] in _UNIT_ABBREVIATIONS or (toks[1:] and toks[0] in _GLUED_LETTERS and s.startswith(".", ends[0]))):
        toks, ends = toks[1:], ends[1:]
    if toks and toks[0] == "-":
        toks, ends = toks[1:], ends[1:]
    if not toks or (len(toks) == 1 and lower_keep_len(toks[0]) in _time_words()):
        return None  # (a heading in capitals: "UBND HUYỆN THÁNG 10 NĂM 2019" names a month after the unit, no place)
    if "-" not in toks and not " ".join(toks).isupper() and (len(toks) == 1 or not _known(" ".join(toks))):
        # one syllable read, even a known one, may go on in lowercase: "huyện Thanh ba" is Thanh Ba
        toks, p = _known_form(s, toks, ends, p)
    name = " ".join(toks).replace(" - ", " - ")
    if name.isupper() and len(toks) == 1 and len(name) > 1 and not _known(name):
        # "KINH TẾ - XÃ HỘI" in a heading: a word in capitals after a unit word is a name only as a known one
        titled = name[:1] + name[1:].lower()
        return (titled, p) if _known(titled) else None
    if name.isupper() and len(toks) > 1 and not (gz.resolve_alias(name) or gz.canonical_province(name)):
        return _capital_name(toks, ends)  # a heading in capitals: the known name it opens on, if any
    num = _NUMBERED.match(s, p)
    if num and _known(f"{name} {num.group(1)}"):
        return f"{name} {num.group(1)}", num.end()  # "phường Hà Giang 1": a unit numbered in its name since 2025
    return name, p


@cache
def _time_words() -> frozenset[str]:
    """The words opening a time ("tháng", "năm", "quý"): one alone after a unit's word is no place's name."""
    return frozenset(get(PeriodsLexicon).time_words)


def _capital_name(toks: list[str], ends: list[int]) -> tuple[str, int] | None:
    """The place a heading in capitals names first ("HUYỆN ỦY VĨNH THẠNH: ĐÁNH GIÁ ..." is Vĩnh Thạnh): the longest
    run of two to four of its words, written as a name, that the gazetteer knows; else none."""
    for k in range(min(len(toks), 4), 1, -1):
        name = " ".join(w[:1] + w[1:].lower() for w in toks[:k])
        if gz.lookup(name):
            return name, ends[k - 1]
    return None


_NUMBERED = re.compile(r"[ \t]+(\d{1,2})(?!\d)(?![/.,:-]\d)")


_NEXT_SYLLABLE = re.compile(r"[ \t]([^\W\d_]+)(?!\w)")
#: how many lowercase syllables a known name may go on with ("tỉnh Hậu giang": typed without its capital)
LOWER_TAIL = 2


def _known_form(s: str, toks: list[str], ends: list[int], p: int) -> tuple[list[str], int]:
    """A name read that no unit has (or a single syllable): the known name it goes on into with a syllable
    typed in lowercase ("tỉnh Hậu giang" → "Hậu Giang", "huyện Thanh ba" → "Thanh Ba"), else the longest known name it opens with ("xã Mường Phăng Khai mạc kỳ họp": a
    headline's next word, capitalised, read into the name). Else the name as read."""
    q, tail = p, list(toks)
    for _ in range(LOWER_TAIL):
        m = _NEXT_SYLLABLE.match(s, q)
        if m is None or not m.group(1).islower():
            break
        tail.append(m.group(1)[:1].upper() + m.group(1)[1:])
        q = m.end()
        if _known(" ".join(tail)):
            return tail, q
    if looks_like_person(" ".join(toks)):
        return toks, p  # "UBND TP Lê Thanh Liêm cho biết": a person's name, whatever commune its first words name
    for k in range(len(toks) - 1, 0, -1):
        if _known(" ".join(toks[:k])):
            return toks[:k], ends[k - 1]
    return toks, p


def _known(name: str) -> bool:
    return bool(gz.lookup(name) or gz.resolve_alias(name) or gz.canonical_province(name))


def _dash_ends(toks: list[str], ends: list[int], p: int) -> tuple[list[str], int]:
    """A dash joins a place's name only where the whole is the name ("Phan Rang - Tháp Chàm"); after
    a known place that goes on into no known name it ends the name: what follows is the next words
    ("tỉnh Bắc Giang - Tiếng nói của ...", a publication's slogan) or another place ("Vĩnh Hưng -
    Long An")."""
    if _known(" ".join(t for t in toks if t not in _UNIT_ABBREVIATIONS)):
        return toks, p
    cut = toks.index("-", 1)
    head = [t for t in toks[:cut] if t not in _UNIT_ABBREVIATIONS]
    if head and _known(" ".join(head)):
        return toks[:cut], ends[cut - 1]
    return toks, p


# a unit word's abbreviation is never a place's name ("Thành ủy TP", "HĐND TP khóa X")
_UNIT_ABBREVIATIONS = frozenset({"TP", "TX", "TT", "Tp", "T.P"})
_UNIT_ABBREVIATIONS_LOW = frozenset({"tp", "tp.", "tx", "tt"})
# a unit word's one letter glued to the name by its dot ("Quận ủy Q.Bình Thạnh", "H.Củ Chi"): no part of the name
_GLUED_LETTERS = frozenset({"P", "H", "X", "Q"})


def unit_phrases(s: str) -> list[tuple[str, str]]:
    """(name, unit word) of the places a line names with a body, committee or unit word
    ("Cổng thông tin điện tử huyện Quảng Trạch", "Huyện ủy Tuy Phong"), in order."""
    return [(n, k) for n, k, _ in sorted(_candidates(s), key=lambda c: c[2])]


def _plausible(name: str, kind: str | None = None) -> bool:
    """False for a person's name read after a committee ("Bí thư Thị ủy Đặng Thanh Hải"), and for a province
    the gazetteer does not know ("thứ 2/5 tỉnh Vùng kinh tế trọng điểm miền Trung": every province is known)."""
    if gz.lookup(name) or gz.resolve_alias(name) or gz.canonical_province(name):
        return True
    if kind == PROVINCE_KIND:
        return False
    if gz.normalize(name.split()[0]) in _term_words():
        return False  # "HĐND tỉnh Khóa XV": the body's term, no place
    return not looks_like_person(name)


@cache
def _name_not_open() -> frozenset[str]:
    """The words no place's name holds, a body's abbreviation or the Party's ("UBND", "BCH": bodies.yaml
    ``name_not_open``): a name read after a unit's word ends before one."""
    return frozenset(lower_keep_len(w) for w in get(BodiesLexicon).name_not_open)


@cache
def _term_words() -> frozenset[str]:
    return frozenset(gz.normalize(w) for w in get(BodiesLexicon).term_words)  # "Khoá" is "Khóa"


def _candidates(s: str) -> list[tuple[str, str, int]]:
    """(name, unit word, position) of body phrases in one sentence, most specific first."""
    out = [(_without_person(n), k, p) for n, k, p in _raw_candidates(s)]
    return [c for c in out if _plausible(c[0], c[1])]


#: how far back a rank may stand before the unit it is held in ("Phó Bí thư Thường trực Huyện ủy")
TITLE_WITHIN = 60
#: a run of blanks inside a unit word ("thị  xã"), written as one space to look the word up (compiled once)
_BLANKS = re.compile(r"\s+")


def _own_candidates(s: str, cands: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The body phrases that may be the meeting's own: not the owner of the room it sits in ("tại Hội
    trường UBND huyện Tương Dương, Ban Thường vụ Huyện ủy Kỳ Sơn ..."), nor the unit a person's rank
    is held in ("Phó Bí thư Huyện ủy Tương Dương ... dự hội nghị Ban Chấp hành Đảng bộ huyện Kỳ Sơn");
    all of them when no other is named."""
    if len({c[0] for c in cands}) < 2:
        return cands
    rx = _rx()
    low = lower_keep_len(s)
    venues = [m.span() for m in rx.venue.finditer(low)]
    own = [c for c in cands if not any(a < c[2] < b for a, b in venues)
           and not rx.title_before.search(low, max(0, c[2] - TITLE_WITHIN), c[2])]
    return own or cands


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
        if n and not rx.former.match(low, n[1]):
            out.append((n[0], rx.units[_BLANKS.sub(" ", m.group(1))], m.start()))
    for m in rx.committee.finditer(low):
        n = read_name(s, m.end())
        if n and not rx.former.match(low, n[1]):
            out.append((n[0], rx.committee_unit[_BLANKS.sub(" ", m.group(1))], m.start()))
    # "HĐND TPHCM ... kể từ khi TPHCM hợp nhất với tỉnh Bình Dương": a body before one token that glues the unit
    # word to its place is a body's phrase, which outranks a place named by its unit word alone
    taken = {c[2] for c in out}
    for m in rx.body_glued.finditer(low):
        tok = _GLUED_TOKEN.match(s, m.end())
        alias = gz.resolve_alias(tok.group()) if tok and m.start() not in taken else None
        if alias is not None and alias[1]:
            out.append((alias[0], alias[1], m.start()))
    if not out:
        for m in rx.unit.finditer(low):
            if rx.not_unit_after.search(low, max(0, m.start() - 24), m.start()):
                continue  # "Thông tấn xã Việt Nam", "hợp tác xã": a noun, not a unit word
            n = read_name(s, m.end())
            kind = rx.units[_BLANKS.sub(" ", m.group(1))]
            if n is None and (num := _numbered_name(s, m.start(1), m.end(), kind)) is not None:
                n = (num, m.end())
            if n and not rx.former.match(low, n[1]):  # "các phường thuộc tỉnh Bình Dương cũ": a former unit
                out.append((n[0], kind, m.start()))
    return out


#: one token of capitals and dots after a body ("TPHCM", "TP.HCM")
_GLUED_TOKEN = re.compile(r"[A-ZĐ][A-ZĐ.]{2,12}(?![\w.])")


@cache
def _numbered_re() -> re.Pattern[str]:
    """A unit's number standing as its name ("Phường 7", "Quận 10"), not a count of months or days after it."""
    g = get(PeriodsLexicon).grammar
    times = phrase_alt([g.day, g.month, g.year])
    return re.compile(rf"(\d{{1,2}})(?![\d/.,:-]\d)(?!\d)(?![ \t]+(?:{times})(?!\w))(?P<closed>[ \t]*(?:[,;:()–-]|\.?$))?",
                      re.IGNORECASE)


def _numbered_name(s: str, unit_start: int, pos: int, kind: str) -> str | None:
    """The number that names a ward or district ("HĐND Phường 7, thành phố Bạc Liêu", "UBND Quận 3 tổ chức"): a unit
    of that kind the gazetteer knows by the number, the unit word written with its capital or the number closing
    the phrase (a lowercase "phường 6 tháng" counts months)."""
    m = _numbered_re().match(s, pos)
    if m is None or not (s[unit_start:unit_start + 1].isupper() or m.group("closed")):
        return None
    num = m.group(1)
    return num if any(u.kind == kind for u in gz.lookup(num)) else None


def _kind_only(s: str) -> str | None:
    """The unit word of a body named without its place ("Ban Chấp hành Đảng bộ thị xã (mở rộng)")."""
    rx = _rx()
    low = lower_keep_len(s)
    body = rx.body_unit.search(low)
    committees = list(rx.committee.finditer(low))
    own = [c for c in committees if not rx.member_before.search(low, max(0, c.start() - 30), c.start())]
    m = body or (own[0] if own else None)
    if body and own and own[0].start() < body.start() and committees[0] is not own[0]:
        m = own[0]  # "Ủy viên BTV Tỉnh ủy đề nghị Ban Thường vụ Thành ủy ...": past a guest's rank, the first body
    if not m:
        return None
    key = _BLANKS.sub(" ", m.group(1))
    return rx.units.get(key) or rx.committee_unit.get(key)


#: the first sentences a place is looked for in, and the most when a page's head stands above the lead
OPENING_SENTENCES = 5
HEAD_SENTENCES_MAX = 64


def _above(sent: Sentence | None, sents: list[Sentence]) -> int:
    """How many sentences from the top a place is looked for in: ``OPENING_SENTENCES``, or all those
    above the lead when a page's masthead, menus and stamps are more (up to ``HEAD_SENTENCES_MAX``); a
    meeting named in the title above them reads to the lead, the lead included."""
    if sent is None:  # no meeting sentence (a congress): to the lead below a page's head, the lead included
        lead = lead_at(sents, HEAD_SENTENCES_MAX)
        return max(OPENING_SENTENCES, lead + 1 if lead is not None else 0)
    k = next((i for i, s in enumerate(sents[:HEAD_SENTENCES_MAX]) if s.start >= sent.start), OPENING_SENTENCES)
    lead = lead_at(sents, HEAD_SENTENCES_MAX)
    return max(OPENING_SENTENCES, k, lead + 1 if lead is not None and lead > k else 0)


def _mastheads_last(texts: list[str]) -> list[str]:
    """The head's lines read for a congress's place with the lines in capitals (a site's masthead, "TỈNH LÂM
    ĐỒNG" under "ĐẢNG BỘ - CHÍNH QUYỀN XÃ LẠC DƯƠNG") after the others: the lead names the body, the masthead the
    site's province at most."""
    caps = [t for t in texts if t.isupper()]
    return [t for t in texts if not t.isupper()] + caps if caps else texts


#: the characters a unit word opening a name is read in ("thành phố ", "TP.")
UNIT_WORD_CHARS = 12


@cache
def _list_join() -> re.Pattern[str]:
    """A comma or a word joining names ("và"), between two names of a list of units."""
    return re.compile(rf"[ \t]*(?:,|(?:{literal_alt(get(CuesLexicon).subjects.name_joins)})(?!\w))[ \t]*")


def _listed_after(s: str, name: str, pos: int, kind: str | None = None) -> set[str]:
    """The places listed after a unit's name under its one unit word ("HĐND các huyện Kỳ Sơn, Tương Dương khai mạc
    ..."): names the gazetteer knows, joined by commas or "và", at most four. A name after the comma with a unit word
    of another kind than ``kind`` is no item of the list but the unit it lies in ("phường Thuận Giao, TP.Thuận An")."""
    at = s.find(name, pos)
    if at < 0:
        return set()
    rx = _rx()
    p, out = at + len(name), set[str]()
    while len(out) < 4 and (j := _list_join().match(s, p)) and j.end() > p and (got := read_name(s, j.end())):
        word = rx.unit.match(lower_keep_len(s[j.end():j.end() + UNIT_WORD_CHARS]))
        if not _known(got[0]) or (word is not None and kind is not None and rx.units.get(word.group(1)) != kind):
            break
        out.add(got[0])
        p = got[1]
    return out


def find_locality(sent: Sentence | None, sents: list[Sentence], text: str,
                  year: int | None, month: int | None,
                  context: Callable[[], PubContext] | None = None) -> Locality | None:
    """The body's place: named in the lead; else, for a body named by its unit word only, the unit
    the publication names (a district portal), the publisher's province (a province's paper), or
    the place of that unit word named most often elsewhere in the text. ``context`` gives the
    publication context, read only when needed."""
    texts = ([sent.text] if sent else []) + [s.text for s in sents[:_above(sent, sents)]]
    if sent is None:
        texts = _mastheads_last(texts)
    lead_kind = _kind_only(sent.text) if sent else None
    for i, t in enumerate(texts):
        cands = _own_candidates(t, _candidates(t))
        if i and lead_kind:  # the lead's body has its unit word: another line tells its place only with the same word
            cands = [c for c in cands if c[1] == lead_kind]
        if cands:
            name, found, _pos = min(cands, key=lambda c: c[2])
            if not i and len(peers := {c[0] for c in cands if c[1] == found} | _listed_after(t, name, _pos, found)) > 1:
                # "Huyện ủy Kỳ Sơn và Huyện ủy Tương Dương tổ chức hội nghị giao ban": of two units of one kind in
                # the lead, the one the report goes on to name most (the first on a tie)
                most = max(peers, key=lambda n: (text.count(n), n == name))
                name = most if text.count(most) > text.count(name) else name
            if i and found in gz.PROVINCE_KINDS and year and (year, month or 0) >= (2025, 7) \
                    and len(succ := gz.successors(name)) == 1 and gz.normalize(succ[0]) != gz.normalize(name):
                name = succ[0]  # "HĐND tỉnh ... sau khi hợp nhất ba tỉnh Hà Nam, Nam Định và Ninh Bình": the province it went into
            return _settled_by(context, resolve(name, found, t, year, month, text), year, month, text)
    kind = next((k for t in texts if (k := _kind_only(t))), None)
    ctx = context() if context is not None and kind is not None else None
    if ctx is not None:
        for p in ctx.places:
            if kind is None or p.kind == kind:
                return Locality(p.name, p.kind, p.province)
        for p in ctx.places + ctx.maybe:
            if kind not in gz.PROVINCE_KINDS and p.kind not in gz.PROVINCE_KINDS \
                    and gz.kind_levels(p.kind) == gz.kind_levels(kind):
                # "UBND huyện" on the portal of a district the gazetteer knows by its later unit word
                # (thị xã Thuận Thành): the unit the site names, with the word the text gives it
                return Locality(p.name, kind, p.province)
        if ctx.province and kind is not None and kind == ctx.province_kind():
            return Locality(ctx.province, kind, None)
    # the place named elsewhere: a committee or unit phrase, a school, the page chrome
    names: Counter[str] = Counter()
    for t in [s.text for s in sents] + [text[-2000:]]:
        for name, k, _ in _candidates(t):
            if kind is None or k == kind:
                names[name] += 2
    if kind:
        for run in capitalised_runs(text):
            if units := gz.lookup(run, kind=kind):
                names[units[0].name] += 1  # "TX An Nhơn": the name without its unit word
    if not names:
        ctx = ctx if ctx is not None or context is None else context()
        if ctx is not None and ctx.places:  # a district portal's page about a meeting of no named unit
            p = ctx.places[0]
            return Locality(p.name, p.kind, p.province)
        slugged = {p for p in (ctx.slugged if ctx is not None else []) if (kind is None or p.kind == kind)
                   and any(u.kind == p.kind for u in gz.lookup(p.name, year=year, month=month))}  # its date's era
        if len(slugged) == 1:
            # "HĐND huyện" on a province's paper whose address names the district ("bac-tan-uyen-be-mac-ky-hop"), or
            # a city's figures under "pleiku-tap-trung-..." in 2023: the one unit of the text's unit word (any, where
            # the text has none) that the page's slug names and that existed on the meeting's date
            p = slugged.pop()
            return Locality(p.name, p.kind, p.province)
        if kind in gz.PROVINCE_KINDS:
            prov = _province_of_places(sents, text, year, month)
            if prov and gz.lookup(prov, kind=kind, level="province"):
                return Locality(prov, kind, None)
        if ctx is not None and ctx.province and kind is not None and kind != ctx.province_kind():
            # "HĐND Thành phố khóa XIX" on a province's paper (Báo Sơn La) and no place named: the province's own
            # town of its name (thành phố Sơn La), the one unit of that word the province holds under its name
            own = [u for u in gz.lookup(ctx.province, kind=kind, year=year, month=month)
                   if u.province == ctx.province]
            if len(own) == 1:
                return Locality(own[0].name, kind, own[0].province)
        return None
    if ctx is not None and ctx.province:
        inside = Counter({n: c for n, c in names.items()
                          if ctx.province in ({gz.canonical_province(n)} | set(gz.provinces_of(n, kind=kind)))})
        names = inside or names
    name = names.most_common(1)[0][0]
    return _settled_by(context, resolve(name, kind, text, year, month, text), year, month, text)


_WORD_RUN = re.compile(r"(?<!\w)[^\W\d_]\w*(?:[ \t][^\W\d_]\w*)*")


def capitalised_runs(text: str, longest: int = 4) -> list[str]:
    """Runs of two to ``longest`` words that each open with a capital, in order; a longer run is cut into
    pieces of ``longest``. Lowercase words break a run, accented ones too ("đất đai Điện Bàn" gives
    "Điện Bàn": a class [A-ZĐÀ-Ỹ] takes "đ" and "à" for capitals)."""
    out: list[str] = []
    for m in _WORD_RUN.finditer(text):
        group: list[str] = []
        for w in [*m.group().replace("\t", " ").split(" "), ""]:
            if w and w[0].isupper():
                group.append(w)
                continue
            for i in range(0, len(group), longest):
                if len(piece := group[i:i + longest]) >= 2:
                    out.append(" ".join(piece))
            group = []
    return out


def _province_of_places(sents: list[Sentence], text: str, year: int | None, month: int | None) -> str | None:
    """The province a provincial body's text is about, when it never names it: the one its districts
    and communes belong to ("các huyện Trần Đề, Cù Lao Dung và thị xã Vĩnh Châu" → Sóc Trăng). At
    least two places, and twice as many as any other province."""
    votes: Counter[str] = Counter()
    seen: set[str] = set()
    for s in sents:
        for name, k, _ in _candidates(s.text):
            if k not in gz.PROVINCE_KINDS and gz.normalize(name) not in seen:
                seen.add(gz.normalize(name))
                provs = gz.provinces_of(name, kind=k, year=year, month=month)
                if len(provs) == 1:
                    votes[provs[0]] += 1
    for m in _CAPITALISED_RUN.finditer(credits_blanked(text)):
        name = m.group()
        if gz.normalize(name) in seen or len(name.split()) < 2 or looks_like_person(name):
            continue
        seen.add(gz.normalize(name))
        district_provs = {u.province for u in gz.lookup(name, level="district", year=year, month=month)}
        if len(district_provs) == 1 and None not in district_provs:
            votes[district_provs.pop() or ""] += 1
    top = votes.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
        return top[0][0]
    return None


def _settled_by(context: Callable[[], PubContext] | None, loc: Locality, year: int | None,
                month: int | None, text: str = "") -> Locality:
    """A name found in several provinces ("Vĩnh Thạnh") is the one in the publisher's province; on the
    portal of that very unit (its host or site name names it: "hoaan.caobang.gov.vn"), the portal's
    province wins over what the text's other places point to. On a district's portal, a commune-level unit the
    gazetteer knows only in another province, which the page never names, is the portal's own (a commune merged or
    renamed since keeps no row of its own, and its name's other holder is the only one the gazetteer has)."""
    if context is None or loc.kind in (PROVINCE_KIND, None):
        return loc
    provinces = gz.provinces_of(loc.name, kind=loc.kind, year=year, month=month)
    if not provinces and loc.province is None and not gz.lookup(loc.name, year=year, month=month):
        # "thị trấn Neo" on a district's portal of Bắc Giang: a unit the gazetteer has under no name (merged away
        # before it was compiled) lies in the province its publisher serves
        loc.province = context().province
        return loc
    if len(provinces) == 1 and loc.province == provinces[0] and text and "commune" in gz.kind_levels(loc.kind) \
            and "district" not in gz.kind_levels(loc.kind):
        ctx = context()
        portal = next((p for p in ctx.places if "district" in gz.kind_levels(p.kind) and p.province), None)
        if portal is not None and portal.province != loc.province and ctx.province == portal.province \
                and loc.province.lower() not in lower_keep_len(text):
            loc.province = portal.province
        return loc
    if len(provinces) > 1:
        ctx = context()
        own = any(p.name == loc.name and p.kind == loc.kind and p.province == ctx.province for p in ctx.places + ctx.maybe)
        if ctx.province in provinces and (loc.province is None or own):
            loc.province = ctx.province
    return loc


#: the month the provinces merged (July 2025): a province the text names for a later meeting is read as its successor
REORGANISED = (2025, 7)


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
    if province and year and (year, month or 0) >= REORGANISED and len(succ := gz.successors(province)) == 1:
        province = succ[0]  # "xã Yên Minh (Hà Giang cũ)" at a meeting of December 2025: the province it is in now
    if kind == PROVINCE_KIND or (kind == CITY_KIND and gz.lookup(name, kind=None, level="province", year=year, month=month)
                                 and not gz.lookup(name, kind=CITY_KIND, level="district", year=year, month=month)):
        return Locality(gz.canonical_province(name) or _province_head(name) or name, kind, None)
    if province is None:
        province = gz.province_of(name, kind=kind, year=year, month=month)
    if province is None and not gz.lookup(name, kind=kind, year=year, month=month):
        # the unit may have changed its word since (thị xã Đồng Xoài became a city); a word no province has
        # ("thị xã Lai Châu", a city since) never names the province of that name
        province = gz.province_of(name, kind=None, year=year, month=month)
        if province is None and kind is not None and kind not in gz.PROVINCE_KINDS:
            units = [u for u in gz.lookup(name, year=year, month=month) if u.level != "province"]
            below = {u.province for u in units}
            if len(below) > 1:  # "huyện Hòa Thành" (a town since): the district, not the communes of that name
                below = {u.province for u in units if u.level in gz.kind_levels(kind)}
            province = below.pop() if len(below) == 1 else None
    if province is None:
        province = _settle(name, gz.provinces_of(name, kind=kind, year=year, month=month), text or context,
                           year, month)
    return Locality(name, kind, province)


def _province_head(name: str) -> str | None:
    """The province a longer run of capitals opens with ("tỉnh Bắc Giang Tiếng nói ...": the next
    words were read into it); provinces are a closed list, so no province's name goes on."""
    words = [w for w in name.split() if w not in "-–"]
    for n in range(len(words) - 1, 0, -1):
        prov = gz.canonical_province(" ".join(words[:n]))
        if prov:
            return prov
    return None


#: capitals only ("Huyện ủy Tương Dương" is the runs "Huyện" and "Tương Dương")
_CAPITALISED_RUN = re.compile(rf"(?<!\w)[{UPPER}]\w*(?:[ \t][{UPPER}]\w*){{0,3}}")


#: a run of Roman capitals only ("I", "IV", "XV"): a number, however the gazetteer spells a ward numbered so
_ROMAN_RUN = re.compile(r"[IVXLC]+")


@cache
def _credit_re() -> re.Pattern[str]:
    """A photo's or a film's credit and the name after it, words in capitals to the line's or the bracket's end ("Ảnh:
    Minh Châu", "(Ảnh: Văn Nghị)", "Quay phim: Văn Lực", "Ảnh: TTXVN"; not "Ảnh: Quang cảnh hội nghị", a caption):
    titles.yaml ``photo_leads`` less the source leads ("Nguồn: Báo Bắc Kạn" names an outlet, and its place)."""
    t = get(TitlesLexicon)
    leads = [x for x in t.photo_leads if x not in t.source_leads]
    return re.compile(rf"(?<!\w)(?i:{phrase_alt(leads)})[ \t]*:[ \t]*([{UPPER}]\w*(?:[ \t]+[{UPPER}]\w*){{0,3}})"
                      r"(?=[ \t]*(?:$|[.,;)|\]]))", re.M)


def credits_blanked(text: str) -> str:
    """``text`` with the names of its photo credits blanked out (offsets kept): a photographer's pen name is a
    person's, though it may be some commune's name too ("Ảnh: Minh Châu", a commune of four provinces), and is no
    witness of the province a place is in."""
    if ":" not in text:
        return text
    return _credit_re().sub(lambda m: m.group()[:m.start(1) - m.start()] + " " * len(m.group(1)), text)


@cache
def _season_leads() -> frozenset[str]:
    """The words that open a crop's season named like a place ("vụ", "lúa": bodies.yaml ``season_leads``), lowered."""
    return frozenset(lower_keep_len(w) for w in get(BodiesLexicon).season_leads)


def _after_season_lead(text: str, start: int) -> bool:
    """The capitalised run at ``start`` follows a season's lead word ("vụ Đông Xuân": bodies.yaml ``season_leads``)."""
    before = text[max(0, start - 12):start]
    words = before.split()
    return bool(words) and before[-1:].isspace() and lower_keep_len(words[-1]) in _season_leads()


def _settle(name: str, candidates: tuple[str, ...], context: str, year: int | None, month: int | None) -> str | None:
    """A name in two provinces ("Vĩnh Thạnh": Bình Định, Cần Thơ): the one the text's other places,
    or the province itself, point to; None when they don't tell."""
    if len(candidates) < 2:
        return None
    votes: dict[str, int] = {}
    own = " ".join(lower_keep_len(name).split())
    for m in _CAPITALISED_RUN.finditer(credits_blanked(context)):
        run = m.group()
        low = " ".join(lower_keep_len(run).split())
        if low == own or low.endswith(" " + own):
            continue  # the name itself, in capitals or after its unit word ("XÃ HÒA PHÚ"): no witness of its province
        if _ROMAN_RUN.fullmatch(run):
            continue  # "quý I", "khóa XV": a numeral, no place; a ward numbered so ("phường I") names itself with its unit word
        if _after_season_lead(context, m.start()):
            continue  # "vụ Đông Xuân", "lúa Hè Thu": a crop's season, whatever commune bears the name
        province = gz.canonical_province(run)
        hits = {province} if province else set(gz.provinces_of(run, year=year, month=month))
        if year and (year, month or 0) >= REORGANISED:
            # "xã Quảng Ninh ... sáp nhập các xã Hàm Ninh, Võ Ninh": the old units merged into the new one are of
            # the provinces that merged into its own
            hits |= {succ for h in hits for succ in gz.successors(h)}
        for p in hits & set(candidates):
            votes[p] = votes.get(p, 0) + 1
    if len(votes) == 1:
        return next(iter(votes))
    return None


#: a bracket right after a unit's name, and what it holds
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()]{2,40})\)")


def _bracketed_province(context: str, name: str) -> str | None:
    """ "xã Vĩnh Thuận (An Giang)", "xã Tân Thành (tỉnh Đồng Nai, trước đây thuộc Bình Phước)", "xã Tân
    Thành, tỉnh Đồng Nai": the province the text writes after the name, in brackets or after a comma
    (its unit word optional), which wins over the gazetteer's reading."""
    at = context.find(name)
    while at >= 0:  # each place the name is written, a bracket right after it
        m = _BRACKET_AFTER.match(context, at + len(name))
        if m:
            if prov := gz.canonical_province(m.group(1).strip()):
                return prov
            break
        at = context.find(name, at + 1)
    at = context.find(name) + len(name) if name in context else -1
    m = _apposed_re().match(context, at) if at >= 0 else None
    run = _WORD_RUN_AFTER.match(context, m.end()) if m else None
    if run is None:
        return None
    return gz.canonical_province(run.group()) or _province_head(run.group())


@cache
def _apposed_re() -> re.Pattern[str]:
    """A bracket or a comma after a unit's name, and a province's unit word ("(tỉnh ", ", TP. ")."""
    words = phrase_alt(get(BodiesLexicon).province_unit_words)
    return re.compile(rf"[ \t]*(?:\([ \t]*|,[ \t]*)(?:(?:{words})[ \t]*)?", re.IGNORECASE)


#: up to five words after a bracket or a comma: a province's name and what follows it
_WORD_RUN_AFTER = re.compile(r"[^\W\d_]+(?:(?:[ \t]+|[ \t]*[-–][ \t]*)[^\W\d_]+){0,5}")
