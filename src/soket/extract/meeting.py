"""The meeting: whose body met (executive or standing committee, people's council or
committee), the locality it governs with its unit word and province, the session number and
the date. Cue words live in ``lexicon/bodies.yaml``; places are checked with the gazetteer."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from soket import rx as re
from soket.extract import gazetteer as gz
from soket.extract import places
from soket.extract.context import PubContext, publication_context
from soket.extract.dates import (
    PubDate,
    day_number,
    first_of_days,
    lead_day,
    meeting_day,
    opens_with_relative_day,
    publication_date,
    relative_day,
    stamp_line,
    year_of_day,
)
from soket.extract.numbers import ordinal_word
from soket.extract.period import head_shift, submitted_to_source, term_closed_year, term_opened_year
from soket.extract.sentences import Sentence
from soket.extract.textutil import lower_keep_len, phrase_alt, word_alt, words_re
from soket.lexicon import get
from soket.lexicon.schema import BodiesLexicon, NumbersLexicon, PeriodsLexicon, ReportStructure, TitlesLexicon
from soket.model import Meeting, Period


@dataclass(frozen=True, slots=True)
class _Rx:
    meeting_noun: re.Pattern[str]
    kinds: list[tuple[str, re.Pattern[str]]]
    party: re.Pattern[str]
    party_not_before: re.Pattern[str]
    party_of_organ: re.Pattern[str]
    session: re.Pattern[str]
    congress_session: re.Pattern[str]
    council_meeting: re.Pattern[str]
    council_bodies: re.Pattern[str]
    session_not_of: re.Pattern[str]
    joint_meeting: re.Pattern[str]
    joint_link: re.Pattern[str]
    congress: re.Pattern[str]
    congress_not_after: re.Pattern[str]
    congress_greeted: re.Pattern[str]
    congress_attended: re.Pattern[str]
    session_not_after: re.Pattern[str]
    session_submitted_to: re.Pattern[str]
    party_conference: re.Pattern[str]
    submitted_to: re.Pattern[str]
    titled: re.Pattern[str]
    member_rank: re.Pattern[str]
    venue: re.Pattern[str]
    venue_noun: re.Pattern[str]
    venue_end: re.Pattern[str]
    directing: re.Pattern[str]
    partner_after: re.Pattern[str]
    partner_before: re.Pattern[str]
    reporter: re.Pattern[str]
    owned: re.Pattern[str]
    review: re.Pattern[str]
    review_body: re.Pattern[str]
    result: re.Pattern[str]


@cache
def _rx() -> _Rx:
    b = get(BodiesLexicon)
    times, ordinal = re.escape(b.session_grammar.times), re.escape(b.session_grammar.ordinal)
    kinds = [(k, words_re(v)) for k, v in b.kinds.items()]
    return _Rx(
        # "Giao ban UBND huyện ...": a noun that opens the sentence, else the usual meeting nouns
        meeting_noun=re.compile(rf"^[ \t]*(?:{phrase_alt(b.opening_meeting_nouns)})(?!\w)|{word_alt(b.meeting_nouns)}(?!\w)")
        if b.opening_meeting_nouns else words_re(b.meeting_nouns),
        kinds=kinds,
        party=words_re(b.party_committees),
        party_not_before=re.compile(rf"[ \t]+(?:{phrase_alt(b.party_not_before)})(?!\w)") if b.party_not_before
        else re.compile(r"(?!)"),
        party_of_organ=re.compile(rf"{word_alt(b.party_of_organ)}[ \t]+$") if b.party_of_organ else re.compile(r"(?!)"),
        session=_session_re(b.session_nouns, b.session_not_of, times, ordinal, b.session_term_words,
                            b.session_span_nouns),
        # "Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I": a congress's number, read in the congress's own sentence
        congress_session=_session_re(b.congress_nouns, b.session_not_of, times, ordinal, (), b.session_span_nouns),
        council_meeting=words_re(b.council_meeting),
        council_bodies=words_re(b.council_bodies),
        session_not_of=words_re(b.session_not_of),
        joint_meeting=re.compile(rf"{word_alt(b.meeting_nouns)}[ \t]+(?:{phrase_alt(b.joint_meeting)})(?!\w)"),
        joint_link=re.compile(rf"[ \t,]*(?:{phrase_alt(b.joint_link)})[ \t]+$"),
        congress=words_re(b.congress_nouns),
        congress_not_after=re.compile(rf"{word_alt(b.congress_not_after)}[ \t]*$"),
        congress_greeted=re.compile(rf"{word_alt(b.congress_greeted)}[ \t]*$") if b.congress_greeted else re.compile(r"(?!)"),
        congress_attended=re.compile(rf"{word_alt(b.congress_attended)}[ \t]*$") if b.congress_attended else re.compile(r"(?!)"),
        session_not_after=re.compile("".join(rf"(?<!{re.escape(w)} )" for w in b.session_not_after_not)
                                     + rf"{word_alt(b.session_not_after)}[ \t]+$"),
        party_conference=re.compile(rf"{phrase_alt(b.party_conference_nouns)}(?!\w)") if b.party_conference_nouns
        else re.compile(r"(?!)"),
        session_submitted_to=re.compile("".join(rf"(?<!{re.escape(w)} )" for w in b.session_not_after_not)
                                        + rf"{word_alt(b.session_submitted_to)}[ \t]+$")
        if b.session_submitted_to else re.compile(r"(?!)"),
        # "trình HĐND tỉnh tại kỳ họp": the council named after the verb, its unit and place (two words at most)
        submitted_to=re.compile(submitted_to_source()) if b.submitted_to else re.compile(r"(?!)"),
        titled=re.compile(rf"{word_alt(get(TitlesLexicon).titles)}[ \t]+$"),
        # "Ủy viên Ban Thường vụ Tỉnh ủy": a member's rank (bodies.member_ranks) whose last words are the body's name
        member_rank=re.compile(rf"{word_alt(b.member_ranks)}$") if b.member_ranks else re.compile(r"(?!)"),
        partner_after=re.compile(rf"(?:[ \t]+[^\s,.;:()]+){{0,4}}?[ \t,]*(?:{phrase_alt(b.joint_partner)})(?!\w)"),
        partner_before=re.compile(rf"(?:{word_alt(b.joint_partner)})[ \t]+$"),
        venue=re.compile(rf"{word_alt(b.venue_nouns)}(?!\w)[^,;.()]{{0,80}}"),
        # (a meeting's noun is looked for after the venue's own words: "tại hội trường" names no meeting)
        venue_noun=re.compile(rf"(?:{phrase_alt(b.venue_nouns)})(?!\w)"),
        venue_end=re.compile(rf"{word_alt([*b.venue_ends, *b.meeting_nouns])}(?!\w)")
        if b.venue_ends else re.compile(r"(?!x)x"),
        # "Hội nghị được tổ chức theo Kế hoạch của Đảng ủy xã và Kế hoạch của UBND xã": the bodies whose plan or
        # direction the meeting follows, up to the clause's end
        directing=re.compile(rf"{word_alt(b.directing_leads)}(?!\w)[^,;.()]{{0,120}}")
        if b.directing_leads else re.compile(r"(?!x)x"),
        reporter=re.compile(rf"{word_alt(b.reporter_before)}[ \t]+$") if b.reporter_before else re.compile(r"(?!)"),
        owned=re.compile(rf"{word_alt(b.list_not_after)}[ \t]+$") if b.list_not_after else re.compile(r"(?!)"),
        # "Huyện ủy Cần Giờ sơ kết ...": a review verb, and the body with its place right before it
        review=words_re(b.review_verbs) if b.review_verbs else re.compile(r"(?!)"),
        result=words_re(b.result_verbs) if b.result_verbs else re.compile(r"(?!)"),
        review_body=re.compile(rf"{word_alt([*b.locality_bodies, *b.party_committees])}(?:[ \t]+[^\s,;:()]+){{1,6}}[ \t]+$"),
    )


#: how far before a review verb its body and place are looked for
REVIEW_BODY_REACH = 70


def _review_nouns(low: str, rx: _Rx) -> list[re.Match[str]]:
    """A review verb right after a body and its place ("UBND quận Gò Vấp tổng kết năm 2023"), standing for the
    meeting noun a sentence lacks."""
    if rx.meeting_noun.search(low):
        return []
    return [m for m in rx.review.finditer(low)
            if rx.review_body.search(low, max(0, m.start() - REVIEW_BODY_REACH), m.start())][:1]


def meeting_sentence(sents: list[Sentence]) -> Sentence | None:
    """The first sentence that names a meeting and a body (the lead), titles in capitals skipped."""
    rx = _rx()
    first_noun = None
    window = sents[:head_shift(sents) + 25]  # counted from the lead, below a page's head
    for s in window:
        if s.text.isupper():
            continue
        low = lower_keep_len(s.text)
        if rx.meeting_noun.search(low):
            first_noun = first_noun or s
            if any(p.search(low) for _, p in rx.kinds) or rx.party.search(low):
                return s
    if first_noun is None:  # no meeting noun: a review written as the body's verb ("Huyện ủy X sơ kết ...")
        return next((s for s in window if not s.text.isupper() and _review_nouns(lower_keep_len(s.text), rx)), None)
    return first_noun


#: the kinds of body the lexicon tells apart that the record writes as another: a Party committee's Standing Board
#: ("Thường trực Tỉnh ủy": its secretaries, a smaller body than the Ban Thường vụ) is none of the record's named
#: kinds (GUIDELINES: standing_committee is the Ban Thường vụ), so "other"; so is a council's standing body
#: ("Thường trực HĐND" meeting between sessions: no session of the council, GUIDELINES' peoples_council)
RECORDED_AS = {"standing_board": "other", "council_standing": "other"}


def body_kind(sent: Sentence | None, sents: list[Sentence]) -> str | None:
    """executive_committee, standing_committee, peoples_council, peoples_committee or other (the kind of
    :func:`_body_kind` as the record writes it, :data:`RECORDED_AS`)."""
    kind = _body_kind(sent, sents)
    return RECORDED_AS.get(kind, kind) if kind else kind


def _body_kind(sent: Sentence | None, sents: list[Sentence]) -> str | None:
    """The kind of body that met, as the lexicon names it (bodies.kinds, standing_board included).

    The body named nearest a meeting word ("Thị ủy ... tổ chức hội nghị", "hội nghị Ban Chấp hành",
    "kỳ họp ... HĐND") is the one that met; bracketed role descriptions are ignored. The meeting is
    the one the sentence names first ("UBND huyện họp ... tờ trình trình kỳ họp HĐND": the session is
    a later meeting); a body in a person's title ("A, Chủ tịch UBND huyện") yields to one that is not.
    """
    texts = [sent.text] if sent else []
    texts += [s.text for s in sents[:head_shift(sents) + 6]]
    review = sent is not None and not _rx().meeting_noun.search(lower_keep_len(sent.text))  # the lead's review verb
    for k, t in enumerate(texts):
        kind, bare, _ = _kind_in(t, review and k == 0)
        if kind is None:
            continue
        organ = next((o for x in texts[k + 1:] if (o := _organ_named(x)) is not None), None) if bare else None
        if organ is not None:
            # "Đảng ủy xã X tổ chức hội nghị giao ban" (the title), "Ban Thường vụ Đảng ủy xã X tổ chức hội nghị
            # giao ban" (the lead): the committee's organ the lead names is the body that met
            return organ
        return kind
    if sent is not None and (kind := _result_body(texts[1:])) is not None:
        return kind  # "Quang cảnh hội nghị." then "Năm 2025, UBND xã X thực hiện đạt 18/18 chỉ tiêu": that body's
    if sent is None and any(_kind_in(s.text)[0] == "other" and _rx().congress.search(lower_keep_len(s.text))
                            for s in sents[head_shift(sents) + 6:HEAD_SENTENCES + max(0, head_shift(sents))]):
        return "other"  # a congress named in a lead that a page's head pushed down: no meeting sentence names it
    if sent is None and greeted_congress(sents) is not None:
        return "other"  # "Chào mừng Đại hội ...": a piece for a congress, no meeting sentence
    return "other" if sent else None


#: a Party committee's organs, which a lead may name where the title names the committee alone
ORGANS = ("standing_committee", "standing_board")


def _organ_named(t: str) -> str | None:
    """The committee's organ ``t`` names as the body that met, its subject, not as who chairs ("Thường trực Đảng ủy
    xã chủ trì hội nghị"), else None."""
    kind, bare, before = _kind_in(t)
    return kind if kind in ORGANS and not bare and before and not _chairs_meeting(t) else None


@cache
def _chair_verb_end() -> re.Pattern[str]:
    """A chairing verb ending the text before a meeting noun ("... chủ trì" of "chủ trì hội nghị")."""
    return re.compile(rf"{word_alt(get(TitlesLexicon).chair_verbs)}[ \t]*$")


def _chairs_meeting(t: str) -> bool:
    """The first meeting noun of ``t`` is what a body chairs ("Thường trực Đảng ủy xã chủ trì hội nghị"): a
    committee's standing members chair its conferences, so the sentence names who chairs, not which body met."""
    low = lower_keep_len(t)
    m = _rx().meeting_noun.search(low)
    return m is not None and _chair_verb_end().search(low, max(0, m.start() - CHAIR_VERB_REACH), m.start()) is not None


#: how far before a meeting noun its chairing verb is looked for
CHAIR_VERB_REACH = 20


def _result_body(texts: list[str]) -> str | None:
    """The kind of the body a sentence reports reaching its results, the body and its place right before the verb
    ("UBND xã Châu Phong đã thực hiện đạt 18/18 chỉ tiêu"): the body that met, where the meeting sentence names
    none. Linear: each verb looks back ``REVIEW_BODY_REACH`` characters."""
    rx = _rx()
    for t in texts:
        low = lower_keep_len(t)
        for m in rx.result.finditer(low):
            b = rx.review_body.search(low, max(0, m.start() - REVIEW_BODY_REACH), m.start())
            if b is None:
                continue
            named = low[b.start():m.start()]
            kind = next((k for k, p in rx.kinds if p.search(named)), None)
            if kind is None and rx.party.search(named):
                kind = "executive_committee"
            if kind is not None:
                return kind
    return None


#: how far down a page's head the headline greeting a congress is looked for, above the body's first sentence of
#: prose (a sentence closed by a full stop, of at least the characters below)
GREETED_WITHIN = 64
GREETED_PROSE_CHARS = 40


def greeted_congress(sents: list[Sentence]) -> int | None:
    """The number of a congress of a Party organisation greeted in the opening sentences ("Chào mừng Đại hội đại
    biểu Đảng bộ thành phố X lần thứ XVII"): the event of a page that names no meeting; None when none is greeted."""
    g = _greeted(tuple(sents[:GREETED_WITHIN]))
    return g[1] if g else None


def greeted_sentence(sents: list[Sentence]) -> Sentence | None:
    """The sentence that greets the congress of :func:`greeted_congress` (it names the congress's place), or None."""
    g = _greeted(tuple(sents[:GREETED_WITHIN]))
    return g[0] if g else None


@lru_cache(maxsize=4)
def _greeted(sents: tuple[Sentence, ...]) -> tuple[Sentence, int] | None:
    rx = _rx()
    for s in sents:
        low = lower_keep_len(s.text)
        m = rx.congress_session.search(low)
        if m is not None and rx.party.search(low, max(0, m.start() - 60), m.end() + 40):
            g = _last_congress(low, m.end(), rx)
            if g is not None and rx.congress_greeted.search(low, max(0, g - 20), g):
                n = _congress_number([s.text], rx, greeted=True)
                return (s, n) if n else None
        if s.text.rstrip().endswith((".", "…")) and len(s.text) >= GREETED_PROSE_CHARS:
            break  # the body's prose: the headline that greets the congress stands above it, under any page head
    return None


def _last_congress(low: str, end: int, rx: _Rx) -> int | None:
    """Where the last congress word before ``end`` starts, or None."""
    at = None
    for g in rx.congress.finditer(low, 0, end):
        at = g.start()
    return at


def congress_held(sents: list[Sentence]) -> bool:
    """Whether the meeting reported is a congress ("Đảng bộ phường X tổ chức Đại hội đại biểu lần thứ I"): it
    reviews a term, which no span of months within one year holds (every congress's gold has no period)."""
    sent = meeting_sentence(sents)
    if _body_kind(sent, sents) != "other":
        return False
    rx = _rx()
    for t in ([sent.text] if sent else []) + [s.text for s in sents[:head_shift(sents) + 6]]:
        if _kind_in(t)[0] is None:
            continue
        low = lower_keep_len(t)
        return _is_congress(low, list(rx.meeting_noun.finditer(low)), rx)
    return False


def _kind_in(t: str, review: bool = False) -> tuple[str | None, bool, bool]:
    """The kind of body that meets in sentence ``t`` (see :func:`body_kind`), None where it names no meeting;
    whether only a bare Party committee names it ("Thành ủy X tổ chức hội nghị"); whether the body is named
    before the meeting, its subject ("Ban Thường vụ ... tổ chức hội nghị", not "Dự hội nghị có ông A, Phó Bí thư
    Thường trực Thị ủy"). ``review``: a review verb after a body stands for a missing meeting noun (the lead's)."""
    rx = _rx()
    low = _blank_name_ends(t, _BRACKETED.sub(lambda m: " " * len(m.group()), lower_keep_len(t)), rx)
    low = _blank_held_before(low, rx)
    nouns = list(rx.meeting_noun.finditer(low)) or (_review_nouns(low, rx) if review else [])
    if _is_congress(low, nouns, rx):
        return "other", False, False
    if not nouns:
        return None, False, False
    if rx.joint_meeting.search(low):
        return "other", False, False  # "hội nghị liên tịch"
    nouns = nouns[:1]  # the meeting reported is named first; a later one is another meeting
    if rx.council_meeting.match(low, nouns[0].start()) and rx.council_bodies.search(low):
        return "peoples_council", False, False
    best: tuple[bool, int, int, str, int, int, bool] | None = None
    order = ["executive_committee", "standing_committee", "standing_board", "peoples_committee", "council_standing",
             "peoples_council"]
    cues = [*rx.kinds, ("executive_committee", rx.party)]
    named = [c.span() for _, p in rx.kinds for c in p.finditer(low)]
    for k, p in cues:
        for c in p.finditer(low):
            if p is rx.party and low[:c.start()].rstrip().endswith(_kind_words()):
                continue  # "BTV Thành ủy": the committee's own organ
            if p is rx.party and any(a <= c.start() and c.end() <= b for a, b in named):
                continue  # "Thường trực Huyện ủy": the party word inside a body's longer name
            if p is rx.party and rx.party_not_before.match(low, c.end()):
                continue  # "Bí thư các chi, đảng bộ trực thuộc": the organisations the meeting gathers
            kind, party = k, p is rx.party
            named_at = c.start()  # where the body's whole name starts
            if not party and (o := rx.party_of_organ.search(low, max(0, c.start() - PARTY_OF_ORGAN_REACH), c.start())):
                if rx.party.match(low, o.start()):
                    continue  # "(Ban Thường vụ) Đảng ủy UBND xã X": the Party committee named is the candidate
                kind, party = "executive_committee", True  # "Chi bộ UBND xã X": the Party body of the organ met
                named_at = o.start()
            dist = min(abs(c.start() - n.end()) if c.start() >= n.start() else n.start() - c.end() for n in nouns)
            # "A, Chủ tịch HĐND xã chủ trì hội nghị": a body in a person's title yields to one that is not
            if (r := rx.member_rank.search(low, max(0, c.start() - MEMBER_RANK_REACH), c.end())) is not None \
                    and r.start() < c.start():
                continue  # "A, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy": a body its member's rank names
            titled = rx.titled.search(low, max(0, c.start() - 40), c.start()) is not None
            # "BTV Huyện ủy họp nghe UBND huyện báo cáo": a body the meeting hears reports to it
            # ("nghe Ban cán sự đảng UBND tỉnh báo cáo": the organ's Party body reports, read from its name's start)
            titled = titled or rx.reporter.search(low, max(0, named_at - REPORTER_WITHIN), named_at) is not None
            cand = (titled, dist, order.index(kind), kind, c.start(), c.end(), party)
            if best is None or cand < best:
                best = cand
    if best:
        if _joint(low, best[4], best[5], named, rx):
            return "other", False, False  # "HĐND và UBND xã tổ chức hội nghị": a joint meeting
        return best[3], best[6], best[5] <= nouns[0].start()
    if rx.party.search(low):
        return "executive_committee", True, False  # "Thành ủy X tổ chức hội nghị"
    return None, False, False


#: how far before a people's body the Party body it belongs to is looked for ("Ban Cán sự đảng UBND")
PARTY_OF_ORGAN_REACH = 20

#: how far before a body the member's rank its words close may start ("ủy viên " of "Ủy viên Ban Thường vụ")
MEMBER_RANK_REACH = 30

#: how far before a body its "nghe báo cáo của" is looked for
REPORTER_WITHIN = 30


_CAPITAL_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’]*[ \t]+){1,3}$")
#: a bracketed aside, no brackets inside it (a role's description blanked before the body is read: compiled once)
_BRACKETED = re.compile(r"\([^()]*\)")


def _blank_name_ends(t: str, low: str, rx: _Rx) -> str:
    """Blanks the first syllable of a meeting noun that ends a place's name ("huyện Tân Kỳ họp": the
    district Tân Kỳ met, no "kỳ họp" was named): a capitalised syllable that, with the capitalised
    words before it, is a known place."""
    for m in rx.meeting_noun.finditer(low):
        if not t[m.start()].isupper():
            continue
        before = _CAPITAL_WORDS_BEFORE.search(t, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        words = before.group().split()
        first = low[m.start():].split(None, 1)[0]
        for k in range(len(words)):
            run = words[k:]
            if all(w[0].isupper() for w in run) and gz.lookup(" ".join([*run, t[m.start():m.start() + len(first)]])):
                low = low[:m.start()] + " " * len(first) + low[m.start() + len(first):]
                break
    return low


def _blank_held_before(low: str, rx: _Rx) -> str:
    """Blanks what names no meeting of the body that met: "sau kỳ họp thứ Hai", "chuẩn bị cho kỳ họp
    thứ 10" (a meeting held before or to come: its noun and number), "tại phòng họp UBND huyện"
    (the room, and the body it belongs to, up to the next comma) and "theo Kế hoạch của Đảng ủy xã" (the bodies
    whose plan or direction it follows, up to the clause's end: bodies.directing_leads)."""
    spans = []
    for v in rx.venue.finditer(low):  # the room's name ends before the meeting named after it ("tại Hội trường UBND
        a, b = v.span()  # tỉnh đã diễn ra Kỳ họp thứ 6, HĐND tỉnh": the session's body met, not the room's owner)
        named = rx.venue_noun.match(low, a)
        end = rx.venue_end.search(low, named.end() if named else a, b)
        spans.append((a, end.start() if end else b))
    spans.extend(_others(low, rx))
    spans.extend(m.span() for m in rx.directing.finditer(low))  # the bodies directing it: none of them met
    for m in rx.meeting_noun.finditer(low):
        if _submitted_to(low, m.start(), rx):
            s = rx.session.match(low, m.start())
            spans.append((m.start(), s.end() if s else m.end()))
    for a, b in spans:
        low = low[:a] + " " * (b - a) + low[b:]
    return low


#: what lies between a meeting named as another's and the next joined to it: a few words of its body, then "và"
@cache
def _joined_next() -> re.Pattern[str]:
    return re.compile(rf"[^,;.:()\n]{{0,40}}?[ \t](?:{phrase_alt(get(BodiesLexicon).others_joined) or '(?!)'})[ \t]+")


def _others(low: str, rx: _Rx) -> list[tuple[int, int]]:
    """The meetings (noun and number) ``low`` names that are not the one reported (:func:`_not_this`), and the ones
    joined right after such a one ("nghe báo cáo kết quả kỳ họp thứ 2 Quốc hội khóa XIV và kỳ họp thứ 3 HĐND tỉnh":
    both sessions are others')."""
    spans: list[tuple[int, int]] = []
    for m in rx.meeting_noun.finditer(low):
        if _not_this(low, m.start(), rx) or (spans and spans[-1][1] <= m.start()
                                             and _joined_next().fullmatch(low, spans[-1][1], m.start())):
            s = rx.session.match(low, m.start())
            spans.append((m.start(), s.end() if s else m.end()))
    return spans

#: how far before a meeting noun its "sau" / "chuẩn bị cho" is looked for
NOT_THIS_WINDOW = 20


def _not_this(low: str, start: int, rx: _Rx) -> bool:
    """The meeting named at ``start`` was held before the one reported, or is still to come."""
    return rx.session_not_after.search(low, max(0, start - NOT_THIS_WINDOW), start) is not None \
        or rx.submitted_to.search(low, max(0, start - SUBMITTED_WINDOW), start) is not None


#: how far before a meeting noun the verb of submitting to a council is looked for ("trình hội đồng nhân dân thành
#: phố tại kỳ họp")
SUBMITTED_WINDOW = 48


def _submitted_to(low: str, start: int, rx: _Rx) -> bool:
    """The meeting named at ``start`` is one matters are submitted to ("các nội dung trình kỳ họp cuối năm"): the
    council's session, not the meeting of the body that prepares them."""
    return rx.session_submitted_to.search(low, max(0, start - NOT_THIS_WINDOW), start) is not None


def _is_congress(low: str, nouns: list[re.Match[str]], rx: _Rx) -> bool:
    """A congress named as the event ("Đại hội Đảng bộ xã X", "Đảng bộ phường X tổ chức Đại hội đại
    biểu"): a congress word near a party word, before any meeting word, not prepared or greeted."""
    for g in rx.congress.finditer(low):
        if nouns and nouns[0].start() < g.start():
            return False
        if rx.congress_not_after.search(low, max(0, g.start() - 20), g.start()):
            continue
        if rx.party.search(low, max(0, g.start() - 60), g.end() + 40):
            return True
        if rx.congress_attended.search(low, max(0, g.start() - 20), g.start()):
            return True  # "Dự và chỉ đạo đại hội có ...", "Tại đại hội, ...": the congress the piece is at
    return False


#: what lists bodies meeting jointly: a bare comma or a dash ("Đảng ủy - HĐND - UBND phường tổ chức hội nghị")
_LIST_MARKS = (",", "-", "–")


def _joint(low: str, a: int, b: int, named: list[tuple[int, int]], rx: _Rx) -> bool:
    """The body at ``low[a:b]`` linked to another body by "và" / "phối hợp với" or a bare comma, on either
    side, or to a partner of any kind by "phối hợp với" (after the body's place, or just before the body)."""
    if rx.partner_before.search(low, max(0, a - 20), a):
        return True
    p = rx.partner_after.match(low, b)
    if p and not rx.meeting_noun.search(low, b, p.end()):
        return True
    bodies = named + [m.span() for m in rx.party.finditer(low)]

    def owned(x: int) -> bool:  # the body's whole name ("Ban Thường vụ" + "Huyện ủy"), after "của" / "với"
        for _ in range(len(bodies)):
            u = min((u for u, v in bodies if u < x and (x < v or not low[v:x].strip())), default=x)
            if u == x:
                break
            x = u
        return rx.owned.search(low, max(0, x - 20), x) is not None

    def titled(x: int) -> bool:  # "đồng chí A, Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy ...": a person's title ends there
        return rx.titled.search(low, max(0, x - 40), x) is not None

    for x, y in bodies:
        if y <= a and ((rx.joint_link.fullmatch(low, y, a) is not None and low[y:a].strip(" ,"))
                       or (low[y:a].strip(" \t") in _LIST_MARKS and not owned(x) and not titled(x))):
            # "HĐND và UBND xã", "Huyện ủy, HĐND, UBND huyện tổ chức hội nghị": a list of bodies; not "được sự
            # đồng ý của Thường trực Huyện ủy, UBND huyện tổ chức ...": the body agreeing, then the one that met
            return True
        if x >= b and ((rx.joint_link.fullmatch(low, b, x) is not None and low[b:x].strip(" ,"))
                       or (low[b:x].strip(" \t") in _LIST_MARKS and not owned(a))):
            return True
    return False


@cache
def _kind_words() -> tuple[str, ...]:
    return (*tuple(w for ws in get(BodiesLexicon).kinds.values() for w in ws), ")")


#: the bodies that never meet in a council's session ("kỳ họp"): a "kỳ họp thứ N" their report names is the council's
#: the Party committees' kinds: a report of one submitted to a conference of its own numbers that conference
PARTY_COMMITTEE_KINDS = ("executive_committee", "standing_committee", "standing_board")
NOT_COUNCIL_KINDS = ("executive_committee", "standing_committee", "standing_board", "peoples_committee",
                     "council_standing")


def _session_re(nouns: Iterable[str], not_of: Iterable[str], times: str, ordinal: str,
                terms: Iterable[str] = (), spans: Iterable[str] = ()) -> re.Pattern[str]:
    """A meeting noun and its number ("hội nghị lần thứ 6", "kỳ họp thứ 02"), the number in group 1; the body's
    term after a comma (``terms``: "khóa I, nhiệm kỳ 2025-2030 lần thứ 3") is part of its name. An ordinal after a
    span's noun (``spans``: "Đại hội XIII và năm thứ hai thực hiện ...") numbers that span, not the meeting."""
    term = rf"|,[ \t]*(?:{phrase_alt(terms)})[ \t]+\d{{4}}(?:[ \t]*[-–][ \t]*\d{{4}})?(?!\d)" if terms else ""
    span = rf"(?!(?:{phrase_alt(spans)})[ \t]+{ordinal}(?!\w))" if spans else ""
    return re.compile(
        rf"{word_alt(nouns)}(?:[ \t]+(?!{phrase_alt(not_of)}){span}(?:[^\s,.;:()]+|\([^()\n]{{1,20}}\)){term}){{0,10}}?"
        # "Hội nghị Ban Chấp hành Đảng bộ thị xã khóa XI, lần thứ 21": "lần thứ" may follow the body's term after a comma;
        # a short bracket is one word ("Hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần thứ 14")
        rf"(?:,?[ \t]+{times}[ \t]+|[ \t]+){ordinal}[ \t]+(\d{{1,3}}|[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,3}})")


CONGRESS_WITHIN = 6  # the sentences, from the meeting's, that may name the congress held


def _congress_number(texts: list[str], rx: _Rx, greeted: bool = False) -> int | None:
    """The number of a congress held ("Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I"), named in the first of
    ``texts`` that names one with its number; not a congress prepared or greeted ("chuẩn bị Đại hội ... lần thứ"),
    unless ``greeted`` (a page for the congress, :func:`greeted_congress`)."""
    for t in texts:
        low = lower_keep_len(t)
        m = rx.congress_session.search(low)
        if m is None:
            continue
        if not greeted and rx.congress_not_after.search(low, 0, m.start()):
            return None
        tok = m.group(1)
        return int(tok) if tok.isdigit() else (_ordinal_words(tok.split()) or _roman(t[m.start(1):m.end(1)].split()[0]))
    return None


def _congress_held(sent: Sentence | None, sents: list[Sentence]) -> bool:
    """The meeting is a congress, numbered where :func:`session_number` reads a congress's number."""
    rx = _rx()
    texts = ([sent.text] if sent else []) + [s.text for s in sents if s.start < 3000]
    within = CONGRESS_WITHIN if sent else HEAD_SENTENCES + max(0, head_shift(sents))
    return _congress_number(texts[:within], rx) is not None or (sent is None and greeted_congress(sents) is not None)


def session_number(sent: Sentence | None, sents: list[Sentence], kind: str | None = None) -> int | None:
    """The number in "hội nghị lần thứ 6", "kỳ họp thứ 02", "Kỳ họp thứ Mười Hai": in the meeting's
    sentence, else in the opening sentences (page chrome is no sentence: a related headline's
    "kỳ họp thứ 6" numbers another meeting). A council's session ("kỳ họp thứ nhất HĐND phường") numbers
    no meeting of a Party committee or a people's committee (``kind``, the body that met)."""
    rx = _rx()
    council_only = kind in NOT_COUNCIL_KINDS
    texts = ([sent.text] if sent else []) + [s.text for s in sents if s.start < 3000]
    within = CONGRESS_WITHIN if sent else HEAD_SENTENCES + max(0, head_shift(sents))  # a lead below a page's head
    if kind == "other" and (n := _congress_number(texts[:within], rx)):
        return n
    if kind == "other" and sent is None and (n := greeted_congress(sents)):
        return n
    for i, t in enumerate(texts):
        low = lower_keep_len(t)
        if council_only:  # "chuẩn bị tốt các điều kiện tổ chức kỳ họp thứ nhất HĐND": another body's session
            low = rx.council_meeting.sub(lambda c: " " * len(c.group()), low)
        for m in rx.session.finditer(low):
            if rx.session_not_of.search(low, m.start(), m.end() + 40):
                continue
            if _not_this(low, m.start(), rx) or any(a == m.start() for a, _ in _others(low, rx)):
                continue  # "kiến nghị của cử tri sau kỳ họp thứ Hai": a session held before, not this meeting
            if kind in NOT_COUNCIL_KINDS and _submitted_to(low, m.start(), rx) \
                    and not (kind in PARTY_COMMITTEE_KINDS and rx.party_conference.match(low, m.start())):
                continue  # a UBND's report "(Trình Kỳ họp thứ năm, HĐND phường)": the council's session, not its body's
            tok = m.group(1)
            if tok.isdigit():
                return int(tok)
            # Roman capitals number this meeting in its own sentence only: elsewhere they number events and
            # congresses ("Hội nghị tuyên dương điển hình tiên tiến lần thứ I")
            n = _ordinal_words(tok.split()) or (_roman(t[m.start(1):m.end(1)].split()[0]) if i == 0 and sent else None)
            if n:
                return n
    return None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_RE = re.compile(r"[IVXLC]{1,7}")


def _roman(word: str) -> int | None:
    """A session's number in Roman capitals ("Kỳ họp thứ XV" → 15); None for anything else."""
    if not _ROMAN_RE.fullmatch(word):
        return None
    total = 0
    for a, b in zip(word, [*word[1:], ""], strict=True):
        v = _ROMAN[a]
        total += -v if b and _ROMAN[b] > v else v
    return total if 0 < total < 200 else None


def _ordinal_words(words: list[str]) -> int | None:
    """The ordinal spelt out at the head of ``words``, longest first: "ba mươi mốt HĐND" → 31, "Mười
    Hai" → 12, "tư" → 4. A time word closes no ordinal ("thứ mười năm 2024": the year's "năm"; the five
    after a ten is "lăm")."""
    time_words = set(get(PeriodsLexicon).time_words)
    for k in range(len(words), 0, -1):
        if k > 1 and lower_keep_len(words[k - 1]) in time_words:
            continue
        n = ordinal_word(" ".join(words[:k]))
        if n:
            return n
    return None


@cache
def _day_opening() -> re.Pattern[str]:
    """A sentence that opens with its day ("Sáng 26-6, các đại biểu ...")."""
    p = get(PeriodsLexicon)
    after = phrase_alt([*p.day_relative, p.grammar.day])
    return re.compile(rf"[ \t]*(?:{phrase_alt([*p.day_cues, *p.day_words])})(?:[ \t]+(?:{after}))?[ \t]+\(?\d")


def _day_sentences(first: list[str], sents: list[Sentence]) -> Iterator[str]:
    """The lead and the opening sentences, then later sentences that name a meeting ("Kỳ họp
    khai mạc sáng 16/7"): a day stated anywhere near the top beats a month-only date."""
    yield from first
    rx = _rx()
    for s in sents[3:head_shift(sents) + 15]:
        low = lower_keep_len(s.text)
        if rx.meeting_noun.search(low) or _day_opening().match(low) or opens_with_relative_day(s.text):
            yield s.text  # (a day written relative to the page's: "Chiều qua, phiên khai mạc ...")


#: the sentences a page's dateline is looked for in (it stands above the lead)
HEAD_SENTENCES = 15


@cache
def _document_dateline() -> re.Pattern[str]:
    """A written document's place and day ("Trùng Khánh, ngày 14 tháng 10 năm 2016"), at its line's start or after
    the header's other column: the day it was signed."""
    day = phrase_alt(get(ReportStructure).words.day)
    return re.compile(rf"(?:^|[ \t]{{2}}|\*)[ \t]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){{0,4}},[ \t]*(?:{day})[ \t]+\d",
                      re.IGNORECASE | re.MULTILINE)


#: the most days a meeting is held before the written document that reports it (a conclusion notice, a report)
HELD_BEFORE_DAYS = 31


def _held_before(sents: list[Sentence], signed: tuple[int, int, int | None],
                 pub: PubDate | None) -> tuple[int, int, int | None] | None:
    """The meeting's own day, where a written document dated ``signed`` states it in its head ("Ngày 12/10/2016, Ban
    Thường vụ Huyện ủy tổ chức hội nghị ...": a conclusion notice issued two days later): the first sentence of the
    head past the dateline that names a meeting and a day, that day at most :data:`HELD_BEFORE_DAYS` before the
    signing (a day further back is another event's, the dateline stays)."""
    rx = _rx()
    for s in sents[:head_shift(sents) + HEAD_SENTENCES]:
        if _document_dateline().search(s.text) or not rx.meeting_noun.search(lower_keep_len(s.text)):
            continue
        day = meeting_day(s.text) or relative_day(s.text, pub)
        if day is None:
            continue
        year = day[2] or signed[2]
        if year is None or signed[2] is None:
            return None
        a, b = day_number(signed[0], signed[1], signed[2]), day_number(day[0], day[1], year)
        if a is None or b is None:  # no such day ("31/2")
            return None
        days = a - b
        return (day[0], day[1], year) if 0 < days <= HELD_BEFORE_DAYS else None
    return None


def meeting_date(sent: Sentence | None, sents: list[Sentence], text: str, period: Period,
                 published: str | None = None, text_year: int | None = None) -> str | None:
    """ISO date (or YYYY-MM / YYYY) of the meeting: a day in the lead, else in a later sentence
    about the meeting; its year written with it, else the page's date, else the period's. A page
    dated outside the year the text reviews (or the next) is a later copy: ``text_year`` wins."""
    pub = publication_date(text, published)
    # the page's own dateline ("Thứ năm, ngày 29/08/2019" above the lead "Sáng 28/8, ...") dates the page, not the meeting
    dateline = next((s.text for s in sents[:head_shift(sents) + HEAD_SENTENCES] if pub and s.start <= pub.span[0] < s.end), None) \
        if pub and pub.span[1] > pub.span[0] else None
    opened = term_opened_year(sents)  # a congress or a term's first session: held in the term's first year
    # ... the meeting reported itself (a congress's page names no other meeting; a first session its own sentence),
    # not one its results name ("Trong năm, Đảng bộ đã tổ chức thành công Đại hội ... nhiệm kỳ 2025–2030")
    its_own = opened if opened is not None and (sent is None or term_opened_year([sent]) == opened) else None
    if pub and text_year and abs(pub.year - text_year) > 1 and its_own != pub.year:
        pub = None  # (a congress's page dated in its term's first year keeps its date: the text's year is a goal's)
    found = None
    after = [s.text for s in sents if sent and sent.start <= s.start][:4]
    # with no meeting sentence (a congress), the lead may stand below a page's head: the sentences down to it
    lead = sents[:3] if sent else sents[:HEAD_SENTENCES + max(0, head_shift(sents))]
    lead_texts = [s.text for s in lead]
    for t in _day_sentences(after + lead_texts, sents):
        found = meeting_day(t) or relative_day(t, pub)
        if found and t == dateline and pub and found == (pub.day, pub.month, pub.year):
            found = None
            continue
        if found and t != dateline and stamp_line(t):
            found = None  # "Đăng ngày 26/07/2022 bởi quantri" under a page stamped 25/07: the report's own stamp
            continue
        # a day's year far from the page's date is another day's; without a page date, the meeting's own sentence
        # states its day ("Ngày 12/12/2016, HĐND tỉnh khai mạc kỳ họp ... trong đó năm 2014 đạt 6,9%")
        own = pub is None and sent is not None and t == sent.text
        # the meeting's lead opening with its full date ("Trong 2 ngày 25 và 26/3/2010, Đảng bộ ... tiến hành Đại
        # hội ...") dates the meeting, on a later copy's page too
        here = t == sent.text if sent is not None else t in lead_texts  # a congress's lead (no meeting sentence)
        own = own or (here and lead_day(t) == found)
        if found and found[2] and not own and abs(found[2] - (pub.year if pub else period.year or found[2])) > 1:
            found = None
        if found and _document_dateline().search(t) and (held := _held_before(sents, found, pub)) is not None:
            found = held  # "Trùng Khánh, ngày 14 tháng 10 năm 2016" over "Ngày 12/10/2016, ... tổ chức hội nghị ..."
        if found:
            break
    if found and (first := first_of_days(_after_day(sents, t), found[0], found[1])) is not None:
        found = (first, found[1], found[2])  # the lead's day is the session's last ("bế mạc"); the text gives its first
    if found:
        d, mo, y = found
        if y is None and pub:
            y = pub.year if (pub.month is None or pub.month >= mo) else pub.year - 1
            if text_year and period.year == text_year and period.start_month:  # a thematic session reviews no year
                reviewed = text_year + 1 if (period.end_month == 12 and mo <= 3) else text_year
                if reviewed != y and reviewed in (pub.year, pub.year - 1):
                    y = reviewed  # the page's date and the text's year both allow it: the text says which
        if y is None and its_own is not None:
            y = its_own  # "Ngày 14-5, Đảng bộ xã ... tổ chức Đại hội đại biểu ..., nhiệm kỳ 2020 - 2025": a year the
            # text names after it ("xã nông thôn mới kiểu mẫu vào năm 2025") is a goal's, no period the congress has
        if y is None and period.year:
            y = period.year + 1 if (period.end_month == 12 and mo <= 3) else period.year
        if y is None:
            y = year_of_day(text, d, mo)  # "Ngày 12-10, ..." under a headline stamped "12/10/2023 18:20"
        if y is None:
            y = term_closed_year(sents)  # "ngày 29.4 ... Kỳ họp thứ 21 để tổng kết nhiệm kỳ 2016 - 2021": the term's last year
        if y is None:
            y = opened  # "Chiều 23/6, ... nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất": the term's first year
        if y and pub and pub.year == y + 1 and period.year == y and period.end_month and mo < period.end_month \
                and (pub.month or 12, pub.day or 31) >= (mo, d):
            y = pub.year  # "Sáng ngày 4/1/2018" reviewing the year 2018, on a page of 5/1/2019: the old year typed again
        if y:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    if pub and pub.month:
        return f"{pub.year:04d}-{pub.month:02d}"
    if its_own is not None:
        return f"{its_own:04d}"  # "HĐND phường vừa tổ chức Kỳ họp thứ nhất nhiệm kỳ 2021 – 2026": that year, no day
    if period.year:
        return f"{period.year:04d}"
    if opened is not None:
        return f"{opened:04d}"
    return None


#: the sentences after the one a meeting's day was read in where the days it ran over are looked for
DAYS_REACH = 4


def _after_day(sents: list[Sentence], t: str) -> list[str]:
    """The sentence ``t`` (the one a meeting's day was read in) and the :data:`DAYS_REACH` sentences after it."""
    for i, s in enumerate(sents):
        if s.text == t:
            return [x.text for x in sents[i:i + DAYS_REACH + 1]]
    return [t]


def session_of(sents: list[Sentence], kind: str | None) -> int | None:
    """The session number read again once the body that met is known from elsewhere (an official report's issuing
    body, ``kind``): a UBND's report "(Trình Kỳ họp thứ năm, HĐND phường ...)" numbers the council's session, none of
    its own (:func:`session_number`)."""
    not_addressed = [s for s in sents if not _addressee_line(s.text)]
    return session_number(meeting_sentence(not_addressed), not_addressed, kind)


def extract_meeting(sents: list[Sentence], text: str, period: Period,
                    meta: dict[str, Any] | None = None, title: str | None = None,
                    published: str | None = None, text_year: int | None = None) -> Meeting:
    """The meeting; ``meta`` and ``title`` (the page's site name, address, title) give the
    publication context that places a body named by its unit word only."""
    # the body and the session are read without an addressee's line ("Kính gửi: HĐND ..., kỳ họp thứ 9": the report
    # is sent to it, no meeting it records); the rest of the meeting from every sentence
    not_addressed = [s for s in sents if not _addressee_line(s.text)]
    sent = meeting_sentence(not_addressed)
    m = Meeting()
    kind = _body_kind(sent, not_addressed)
    m.body_kind = RECORDED_AS.get(kind, kind) if kind else kind
    m.session = session_number(sent, not_addressed, kind)
    if m.body_kind is None and sent is None:
        kind = m.body_kind = "other"  # a report that names no meeting ("Quý 1/2017, giá trị sản xuất huyện ..."): no body met
    m.date = meeting_date(sent, sents, text, period, published, text_year)
    if kind == "other" and m.session is not None and _congress_held(sent, sents):
        # a congress reviews its term, no months of it: a year an indicator names ("tỷ lệ hộ nghèo năm 2020
        # giảm còn 1,92%") is no period (the congresses' golds)
        period.start_month = period.end_month = None
        period.label = None
    year, month = _ym(m.date)
    if month is None and year is not None and period.year == year and period.end_month:
        month = period.end_month  # dated by its year only: held no earlier than the last month it reviews (the
        # era of a commune's name: a review of 2025's twelve months is after July 2025's reorganisation)
    got: list[PubContext] = []

    def context() -> PubContext:  # read once, and only when the locality needs it
        if not got:
            got.append(publication_context(text, meta, title, sent.start if sent else None, places.unit_phrases))
        return got[0]

    if m.session is None and kind in SLUG_SESSIONS:
        m.session = _slug_session(context().paths, kind)  # "...-ky-hop-thu-nhat-hdnd-huyen-...": a cut-off headline's
    # a page greeting a congress, no meeting sentence: the greeting names the congress's place
    loc = places.find_locality(sent or (greeted_sentence(sents) if kind == "other" else None), sents, text,
                               year, month, context)
    if loc:
        m.locality, m.locality_kind, m.province = loc.name, loc.kind, loc.province
    return m


#: the words of a page's address path that number a meeting of that kind where its text does not (the headline that
#: gave the slug cut off the copy): a council's session, an executive committee's conference
SLUG_SESSIONS = {
    "peoples_council": re.compile(r"(?<![a-z0-9])ky-hop-thu-([a-z0-9]+)"),
    "executive_committee": re.compile(r"(?<![a-z0-9])(?:hoi-nghi|ban-chap-hanh)(?:-[a-z0-9]+){0,12}?-lan-thu-([a-z0-9]+)"),
}


@cache
def _slug_numbers() -> dict[str, int]:
    """Number words as an address writes them, no tones ("nhat" 1, "tu" 4, "muoi" 10): numbers.yaml's."""
    n = get(NumbersLexicon)
    words = {**dict(n.digits), **dict(n.ordinals), n.ten: 10}
    return {gz.slug(w): v for w, v in words.items() if w and v}


def _slug_session(paths: list[str], kind: str) -> int | None:
    """The number the address gives a meeting of ``kind`` (:data:`SLUG_SESSIONS`), in digits or one number word."""
    for path in paths:
        if (m := SLUG_SESSIONS[kind].search(path)) is not None:
            tok = m.group(1)
            n = int(tok) if tok.isdigit() and len(tok) <= 3 else _slug_numbers().get(tok)
            if n:
                return n
    return None


@cache
def _addressee_re() -> re.Pattern[str]:
    """A written report's addressee line: bodies.yaml ``addressee_leads`` opening it ("Kính gửi: ...")."""
    leads = get(BodiesLexicon).addressee_leads
    return re.compile(rf"[ \t]*(?:{phrase_alt(leads)})(?!\w)", re.IGNORECASE) if leads else re.compile(r"(?!)")


def _addressee_line(text: str) -> bool:
    """A sentence opened by an addressee's lead: the body a written report is sent to, not a meeting it records."""
    return _addressee_re().match(lower_keep_len(text)) is not None


def _ym(date: str | None) -> tuple[int | None, int | None]:
    if not date:
        return None, None
    parts = date.split("-")
    return int(parts[0]), (int(parts[1]) if len(parts) > 1 else None)
