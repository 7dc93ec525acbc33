"""People named with a role, the meeting's chairs, and the byline's authors.

A personal name is two to four capitalised syllables starting with a family name
(``lexicon/titles.yaml``); a role is a title (Bí thư, Chủ tịch, Trưởng Ban ...) with the
organisation words after it. "NAME, ROLE, ROLE", "NAME - ROLE", "NAME (ROLE)", "ROLE NAME" and
"các đồng chí ROLE: NAME, ROLE; NAME, ROLE" are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from soket import rx as re
from soket.extract import gazetteer as gz
from soket.extract.capitals import WORD, capital_words
from soket.extract.intervals import Intervals
from soket.extract.prefilter import skipping
from soket.extract.sentences import Sentence, split_sentences
from soket.extract.textutil import (
    LOWER,
    UPPER,
    lower_keep_len,
    phrase_alt,
    starts_re,
    word_alt,
    word_branches,
    words_re,
)
from soket.lexicon import get
from soket.lexicon.schema import (
    ChromeLexicon,
    CuesLexicon,
    PeriodsLexicon,
    PublishersLexicon,
    ReportStructure,
    TitlesLexicon,
    UnitsLexicon,
)
from soket.model import PROVINCE_KIND, Person

_GAP = re.compile(r"[ \t]+")

_TOKEN = WORD
_JOIN = re.compile(r"[-–][ \t]+")
_COLON_NEXT = re.compile(r"[ \t]*:")  # a colon next ("ROLE: A, B"), matched where the role ends (no slice copied)
_LOWER_SYLLABLE = re.compile(r"[ \t]+([^\W\d_A-ZĐ][\w]*)(?!\w)")
# a byline at the top, then its date, maybe after a weekday ("Nguyên Hoa | Thứ Tư, 05/07/2019 17:17")
#: a date as bylines write it: day, month and year apart by slashes, dashes or dots ("19/12/2025", "19-12-2025")
_BYLINE_DATE = r"\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}"
_TOP_BYLINE = re.compile(rf"^([^|•·\d]{{4,60}}?)[ \t]*[|•·–-][ \t]*(?:[^|\d,]{{1,12}},[ \t]*)?{_BYLINE_DATE}")


@dataclass(frozen=True, slots=True)
class _Rx:
    title: re.Pattern[str]
    org_words: re.Pattern[str]
    agency: re.Pattern[str]
    role_stop: re.Pattern[str]
    surnames: frozenset[str]
    middle_names: frozenset[str]
    chair: re.Pattern[str]
    byline: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    byline_field: re.Pattern[str]
    photo_tail: re.Pattern[str]
    field_sep: re.Pattern[str]
    field_dash: re.Pattern[str]
    publisher: re.Pattern[str]
    photo: re.Pattern[str]
    credit: re.Pattern[str]
    honorific: re.Pattern[str]
    source: re.Pattern[str]
    affiliation: re.Pattern[str]
    organisation: re.Pattern[str]
    name_split: re.Pattern[str]
    role_not_end: frozenset[str]
    role_link: re.Pattern[str]
    holder_link: re.Pattern[str]
    holder_copula: re.Pattern[str]
    delegator: re.Pattern[str]
    shared_join: re.Pattern[str]
    list_join: re.Pattern[str]
    org_joins: frozenset[str]
    bare_title: re.Pattern[str]
    bare_titles: frozenset[str]
    role_anaphor: re.Pattern[str]


@cache
def _rx() -> _Rx:
    t = get(TitlesLexicon)
    chaired = [*t.chair_meetings, *t.chair_meeting_parts]  # what a chairing verb of chair_meeting_verbs takes after it
    return _Rx(
        # "(?:prefix )?title" as branches that open with the phrases' letters: a search skips along the text
        title=re.compile(word_branches(t.title_prefixes, rf"[ \t]+(?:{word_alt(t.titles)})(?!\w)") + "|"
                         + word_branches(t.titles, r"(?!\w)")),
        org_words=starts_re(t.org_words),
        agency=starts_re(t.agency_nouns),
        role_stop=starts_re(t.role_stop),
        # "K'", "H'" written with a curly apostrophe or the letter apostrophe as well ("K’ Thị Hoa", "Kʼ Thị Hoa")
        surnames=frozenset([*t.surnames, *(n[:-1] + a for n in t.surnames if n.endswith("'") for a in "’ʼ")]),
        middle_names=frozenset(t.middle_names),
        # "điều hành hội nghị", and "cùng điều hành các phiên họp" (the sittings of a session of several: plural_words)
        # and "điều hành phần thảo luận", "điều hành các nội dung còn lại của kỳ họp": a part of it (chair_meeting_parts)
        chair=words_re([*t.chair_cues, *(f"{v} {m}" for v in t.chair_meeting_verbs for m in chaired),
                        *(f"{v} {p} {m}" for v in t.chair_meeting_verbs for p in t.plural_words for m in chaired),
                        # "Cùng (tham gia) điều hành có các đồng chí ...: B, C": the chairs listed, the meeting unsaid
                        *(f"{c} {j}{v} {k}" for c in t.co_chair for j in ["", *(f"{x} " for x in t.co_chair_joins)]
                          for v in t.chair_meeting_verbs for k in t.chair_list_verbs)]),
        byline=re.compile(rf"^(?:{_composed_lead(t)}[ \t]*:[ \t]*|(?:{phrase_alt(t.byline_leads)})(?:[ \t]*:[ \t]*|[ \t]+(?=[^\W\d_])))?"
                          rf"(?:(?:{phrase_alt(t.byline_prefixes)})\.?[ \t]+(?=[^\W\d_]))?"
                          r"(?P<names>.+?)(?:[ \t]*\((?P<tag>[^()]*)\))?$", re.IGNORECASE),
        byline_prefix=re.compile(rf"(?:{phrase_alt(t.byline_prefixes)})(?:[ \t]+(?:{phrase_alt(t.byline_prefixes)}))*\.?"),
        byline_field=re.compile(rf"(?:{phrase_alt(t.byline_leads)}|{_composed_lead(t)})[ \t]*:"),
        # "Tin: Thanh Tâm, ảnh: Hải Đăng", "Tin: Minh Anh. Ảnh: Thu Hà": the photographer's field after the names,
        # past a comma or a full stop (found from the mark: a search skips along to them)
        photo_tail=re.compile(rf"[,.;][ \t]*(?:{phrase_alt(t.photo_leads)})[ \t]*:", re.IGNORECASE),
        # the fields of a date line: "|", or a dash before a byline's lead ("09:15, 12/12/2024 - Tác giả: A")
        # tried only where a run of spaces starts (linear on a long run of them)
        # "Tin: Hồng Nhung; Ảnh: Văn Tâm": a semicolon before a field's lead (the author's, the photographer's)
        field_sep=re.compile(rf"(?<![ \t])(?:[ \t]*\|[ \t]*|[ \t]+[-–][ \t]+(?=(?:{phrase_alt(t.byline_leads)})[ \t]*:)"
                             rf"|[ \t]*;[ \t]*(?=(?:{phrase_alt([*t.byline_leads, *t.photo_leads])})[ \t]*:)"
                             # "Tác giả: Văn Nhờ .Ngày đăng: 01/07/2022 .Lượt xem: 473": a portal's fields apart at a
                             # spaced dot, each a capitalised label and its colon
                             rf"|[ \t]+\.(?=(?-i:[{UPPER}])[^\n:.|]{{0,{FIELD_LABEL_MAX}}}:))",
                             re.IGNORECASE),
        # the dash of such a field, found from the dash (a search skips along to the dashes): a line has a
        # field separator when it has a "|" or this
        field_dash=re.compile(rf"[-–](?<=[ \t][-–])[ \t]+(?=(?:{phrase_alt(t.byline_leads)})[ \t]*:)", re.IGNORECASE),
        publisher=starts_re(get(PublishersLexicon).publisher_nouns),
        photo=re.compile(rf"^(?:{phrase_alt(t.photo_leads)})[ \t]*:"),
        # "Minh Khoa (Quay phim)", "Thanh Tâm (ảnh)": the bracket after a byline's last name says its part in the work
        credit=re.compile(rf"(?:{phrase_alt([*t.photo_leads, *t.credit_tags])})"),
        honorific=re.compile(rf"(?:{phrase_alt(t.honorifics)})"),
        source=starts_re(t.source_leads),
        affiliation=starts_re(t.byline_affiliations),
        organisation=starts_re(t.byline_organisations),
        # a byline's names: apart at a dash, a comma or a joining word ("Minh Anh và Thu Hà")
        # "Minh Thư - Lê Hà", and hand-typed "Minh Thư- Lê Hà" (a dash after a name, then a space)
        name_split=re.compile(rf"(?<!\s)\s*[-–—]\s+|,\s*|(?<!\s)\s+(?:{phrase_alt(t.byline_joins)})\s+"),
        role_not_end=frozenset(t.role_not_end),
        # "ông A giữ chức ROLE": the gap between a name and its role
        role_link=re.compile(rf"[ \t]*[,–-]?[ \t]+(?:{phrase_alt(t.role_links)})[ \t]+"),  # "A - giữ chức danh ROLE"
        holder_link=re.compile(rf"[ \t]+(?:{phrase_alt(t.holder_links)})[ \t]+(?:(?:{phrase_alt(t.honorifics)})[ \t]+)?")
        if t.holder_links else re.compile(r"(?!)"),
        # "Phó Chủ tịch HĐND huyện là ông A": the copula between a role and its holder
        holder_copula=re.compile(rf"[ \t]+(?:{phrase_alt(t.holder_copulas)})[ \t]+(?:(?:{phrase_alt(t.honorifics)})[ \t]+)?")
        if t.holder_copulas else re.compile(r"(?!)"),
        # "ủy quyền của ROLE": the words before the role of one who delegates (read up to the role's start)
        delegator=re.compile(rf"{word_alt(t.delegator_before)}[ \t]*$") if t.delegator_before else re.compile(r"(?!)"),
        # "ông A và bà B, ROLE": the gap between two names that share the role after them
        # "là đồng chí A (34/34 phiếu) và đồng chí B (33/34 phiếu)": an aside in brackets after the first (a vote
        # count, a birth year) stands before the join
        shared_join=re.compile(rf"(?:[ \t]*\([^()\n]{{1,80}}\))?[ \t]+(?:{phrase_alt(t.shared_role_joins)})[ \t]+"
                               rf"(?:(?:{phrase_alt(t.honorifics)})[ \t]+)?"),
        # "các đồng chí: A, B, Phó Chủ tịch UBND tỉnh": bare names listed by commas share the role after the last
        # (not "đồng chí A, đồng chí B - ROLE": a name addressed again is a guest of its own)
        list_join=re.compile(r"[ \t]*,[ \t]+"),
        org_joins=frozenset(t.org_joins),
        # "Đại biểu Phan Văn A (tổ đại biểu ...) hỏi": a council member named by the bare word right before the name
        bare_title=words_re(t.bare_titles) if t.bare_titles else re.compile(r"(?!)"),
        bare_titles=frozenset(w.lower() for w in t.bare_titles),
        # "bầu bổ sung ông A giữ chức danh này": the role named before, taken up by a phrase after the name
        role_anaphor=re.compile(rf"[ \t]*,?[ \t]*(?:{phrase_alt(t.role_anaphors)})(?!\w)", re.IGNORECASE)
        if t.role_anaphors else re.compile(r"(?!)"),
    )


def _composed_lead(t: TitlesLexicon) -> str:
    """A credit lead composed of the work's parts joined in any order ("Ảnh và bài", "Tin - ảnh", "Bài, ảnh,
    video"), one of them the writing: bounded repeats (linear)."""
    join = rf"[ \t]*(?:{phrase_alt(t.credit_word_joins)})[ \t]*"
    part = rf"(?:{phrase_alt([*t.credit_writing, *t.credit_media])})"
    return rf"(?:(?:(?:{phrase_alt(t.credit_media)}){join}){{0,2}}(?:{phrase_alt(t.credit_writing)})(?:{join}{part}){{0,3}})"


@dataclass(slots=True)
class _Event:
    kind: str  # "name" | "role"
    start: int
    end: int
    text: str
    group: bool = False


def _is_place(name: str) -> bool:
    return bool(gz.lookup(name)) or gz.resolve_alias(name) is not None or gz.canonical_province(name) is not None


#: the province's unit word right before a capitalised run ("UBND tỉnh | Lê Thanh Nghị")
_PROVINCE_BEFORE = re.compile(rf"(?<!\w){re.escape(PROVINCE_KIND)}[ \t]+$", re.IGNORECASE)


def _other_kind_before(s: str, at: int, name: str) -> bool:
    """The province's unit word stands right before ``name`` (at ``at``) and ``name`` is no province (nor an alias of
    one): "các Phó Chủ tịch UBND tỉnh Lê Thanh Nghị và ...": a ward's name, there a person's after a title ending on
    the unit word. (Only the province's word: a unit below it may have changed its kind, "thị xã Hà Tiên" a city's.)"""
    if _PROVINCE_BEFORE.search(s, max(0, at - 8), at) is None:
        return False
    return gz.resolve_alias(name) is None and gz.canonical_province(name) is None


#: the gap a hard-wrapped copy's line end leaves inside a name once its lines are joined (ingest.typography, one
#: character for one): a CR LF's two spaces, or the line end's space then the next line's indent ("Nguyễn", a line end, "\tVăn
#: Hùng" in a Word copy whose every line is an indented paragraph); a tab alone or three spaces are a table's cells
_JOINED_GAP = re.compile(r" {2}| +\t[ \t]*")


def _names(s: str) -> list[_Event]:
    """Personal names in a sentence (capitalised runs split off any place before them)."""
    rx = _rx()
    out: list[_Event] = []
    runs: list[list[re.Match[str]]] = []
    cur: list[re.Match[str]] = []
    # the capitalised words only (issue 12): a word in lowercase between two of them leaves a gap no blank, which ends
    # the run as it did when every word was visited
    for m in capital_words(s):
        word = m.group()
        if not (word.isupper() and len(word) > 1 and word not in rx.surnames):
            if cur and s[cur[-1].end():m.start()] != " " and not _JOINED_GAP.fullmatch(s, cur[-1].end(), m.start()):
                runs.append(cur)
                cur = []
            cur.append(m)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    for run in runs:
        if len(run) == 1 and _APOSTROPHE_NAME.fullmatch(run[0].group()) is None:
            continue  # one capitalised word: no name of two to four syllables, none an honorific opens (below)
        run = _typed_once(run)
        run = _less_title_after(s, run, rx)
        words = [m.group() for m in run]
        for i in range(len(words)):
            n = len(words) - i
            if not _has_surname(words[i], rx.surnames) or not 2 <= n <= 4:
                continue
            prefix = " ".join(words[:i])
            low_prefix = lower_keep_len(prefix)
            if i and not (_is_place(prefix) or rx.title.fullmatch(low_prefix) or rx.honorific.fullmatch(low_prefix)
                          or _title_ends_at(s, run[i - 1].end())):
                continue  # ("Ủy viên Trung ương Đảng Đỗ Minh Khang": a title's capitals before the name)
            if i and n >= 3 and _is_place(" ".join(words[:i + 1])):
                continue  # "xã Thanh Sơn Khương Thị Mai": "Sơn" ends the place, the name starts after it
            if i and n > 2 and _has_surname(words[i + 1], rx.surnames) and _is_place(" ".join(words[:i + 1])) \
                    and not rx.title.fullmatch(low_prefix) and not rx.honorific.fullmatch(low_prefix):
                i += 1  # "tỉnh Lâm Đồng Trần Hồng Thái": the longer place ("Lâm Đồng", not "Lâm"), though "Đồng" is a surname
            name = " ".join(words[i:])
            if _is_place(name) and not (rx.honorific.fullmatch(low_prefix) or (not i and _honorific_before().search(
                    lower_keep_len(s[max(0, run[0].start() - 12):run[0].start()])))) \
                    and not (not i and _other_kind_before(s, run[0].start(), name)):
                break  # "phường Trần Hưng Đạo" is a place; "ông Trần Hưng Đạo, Giám đốc Sở" a man named after it
            low_s = lower_keep_len(s)
            if any((tm := rx.title.match(low_s, w.start())) and tm.end() > run[-1].end() for w in run[i + 1:]):
                break  # "Đoàn Chủ tịch điều hành": a title runs on past the capitals, no name ends inside it
            out.append(_Event("name", run[i].start(), run[-1].end(), name))
            break
        else:
            if (mid := _middle_name_start(words, rx)) is not None:
                out.append(_Event("name", run[mid].start(), run[-1].end(), " ".join(words[mid:])))
                continue
            # a family name the list lacks ("ông Coor Văn Hạnh", "Bà Alăng Thị Mai"): an honorific
            # before two to four capitalised syllables, then a comma or a dash, makes them a name
            k = 1 if rx.honorific.fullmatch(lower_keep_len(words[0])) else 0
            # the honorific of a list its colon opens ("Các đồng chí: Coor Văn Hạnh, ...") stands before it as well
            before = _LIST_COLON.sub(" ", lower_keep_len(s[max(0, run[0].start() - 12):run[0].start()]))
            one = len(words) - k == 1 and _APOSTROPHE_NAME.fullmatch(words[k]) is not None
            # "đồng chí K'Brăk – Bí thư Đảng ủy xã": a highland name of one word, its apostrophe inside it; the
            # title before it stands for the honorific ("Bí thư Đảng ủy xã K'Brăk chủ trì")
            if not k and not _honorific_before().search(before) and not (one and _title_ends_at(s, run[0].start())):
                continue
            if not (one or 2 <= len(words) - k <= HONORIFIC_NAME_MAX) or not _HONORIFIC_NAME_END.match(s, run[-1].end()):
                continue
            name = " ".join(words[k:])
            if rx.title.match(lower_keep_len(s), run[k].start()):
                continue  # "các đồng chí Phó Chủ tịch HĐND": a title the capitals open, no name
            if not _is_place(name) and not rx.title.match(lower_keep_len(name)):
                out.append(_Event("name", run[k].start(), run[-1].end(), name))
    for e in out:
        first = e.start - len(e.text) - 1
        if first >= 0 and s[first:e.start] == f"{e.text} ":
            e.start = first  # the name typed twice (:func:`_typed_once`): its first copy no title's word
    return out


def _less_title_after(s: str, run: list[re.Match[str]], rx: _Rx) -> list[re.Match[str]]:
    """A capitalised run whose last words open a title that goes on past it in lowercase, two capitalised words or
    more of a name before them ("Đồng Văn Lưu Tỉnh ủy viên", "Nguyễn Thanh Hà Phó Bí thư TT Huyện ủy": the title
    written right after the name, no comma between): the run up to the title. A title one word after the run's start
    ("Đoàn Chủ tịch") leaves it whole."""
    if len(run) < 3:
        return run
    low = lower_keep_len(s[run[2].start():run[-1].end() + TITLE_TAIL_REACH])
    at = run[2].start()
    for k in range(2, len(run)):
        tm = rx.title.match(low, run[k].start() - at)
        if tm is not None and tm.end() + at > run[-1].end():
            return run[:k]
    return run


#: how far past a capitalised run a title opened inside it is read ("Tỉnh ủy viên", "Phó Bí thư Thường trực")
TITLE_TAIL_REACH = 40


def _typed_once(run: list[re.Match[str]]) -> list[re.Match[str]]:
    """A run of capitals whose last words are a name of two to four syllables typed twice in a row ("đồng chí Trần
    Minh Quang Trần Minh Quang, Phó Bí thư ...", a page's copy error): the name once, its second copy kept (where the
    role after it starts; :func:`_names` opens the name's event on the first)."""
    words = [m.group() for m in run]
    for h in range(min(HONORIFIC_NAME_MAX - 1, len(words) // 2), 1, -1):
        if words[-2 * h:-h] == words[-h:]:
            return run[:-2 * h] + run[-h:]
    return run


#: the colon and blanks closing the words before a list's first name ("các đồng chí: ")
_LIST_COLON = re.compile(r"[ \t]*:[ \t]*$")


#: what ends a name an honorific opens: a comma or a dash ("ông Coor Văn Hạnh, Chủ tịch ..."), or the lowercase verb
#: it is the subject of ("Giám đốc Sở Xây dựng, ông Dư Minh Hùng thông tin ...")
_HONORIFIC_NAME_END = re.compile(rf"[ \t]*[,–-]|[ \t]+(?-i:[{LOWER}])")


#: the longest title looked for right before a name
TITLE_BEFORE_CHARS = 80
#: what joins the abbreviated words of an agency's name, written close ("Sở NN-PTNT", "Sở NN&PTNT", "Sở LĐ-TB&XH")
_ABBREVIATION_JOINS = "-&"


def _title_ends_at(s: str, end: int) -> bool:
    """Whether a title ends at ``end`` of ``s`` ("Ủy viên Trung ương Đảng" before "Đỗ Minh Khang"), or a title and
    its organisation's words ("Ủy viên dự khuyết Trung ương Đảng", "Ủy viên BCH Trung ương Đảng": each word after the
    title an organisation's word or an abbreviation in capitals, no comma)."""
    a = max(0, end - TITLE_BEFORE_CHARS)
    low = lower_keep_len(s[a:end])
    return any(_org_tail(s[a + m.end():end]) for m in _rx().title.finditer(low))


_WORD = re.compile(r"[ \t]*(\S+)")


def _org_tail(tail: str) -> bool:
    """``tail`` is empty or made of an organisation's words and abbreviations in capitals only (" Trung ương Đảng",
    " BCH Trung ương Đảng")."""
    low, i = lower_keep_len(tail), 0
    while (w := _WORD.match(tail, i)) is not None:
        if (m := _rx().org_words.match(low, w.start(1))) is not None:
            i = m.end()
        elif w.group(1).isupper() and w.group(1).replace(".", "").isalpha() and not w.group(1).endswith("."):
            # an abbreviation in capitals, its letters joined by full stops or not ("BCH", "T.Ư", "T.W")
            i = w.end()
        else:
            return False
    return not tail[i:].strip()


def _middle_name_start(words: list[str], rx: _Rx) -> int | None:
    """Where a name whose family name the list lacks starts in a run of capitalised words: the family
    name, then a middle name of the genre's lists ("Văn", "Thị"), then one or two given syllables
    ("Các đồng chí: Chẩu Văn Lâm, ...", "Phó Chủ tịch UBND xã Thường Tín Uông Thị Phượng"); what stands
    before it must be a place, a title or an honorific, as before a listed family name."""
    for i in range(len(words) - 2):
        if words[i + 1] not in rx.middle_names or not 3 <= len(words) - i <= 4 or words[i] in rx.middle_names:
            continue
        prefix = " ".join(words[:i])
        low_prefix = lower_keep_len(prefix)
        if i and not (_is_place(prefix) or rx.title.fullmatch(low_prefix) or rx.honorific.fullmatch(low_prefix)):
            continue
        name = " ".join(words[i:])
        if _is_place(name) or _is_place(words[i]) or rx.title.match(lower_keep_len(name)):
            return None
        return i
    return None


def _has_surname(word: str, surnames: frozenset[str]) -> bool:
    """``word`` is a family name, or opens with one written with its apostrophe ("H'Liên": H' Liên)."""
    return word in surnames or (len(word) >= 2 and word[1] in "'’ʼ" and f"{word[0]}'" in surnames)


#: the most syllables of a name an honorific opens ("Ông Y Thanh Hà Niê Kđăm - Bí thư Tỉnh ủy": an Ê Đê name)
HONORIFIC_NAME_MAX = 5


@cache
def _honorific_before() -> re.Pattern[str]:
    """An honorific ending the words before a name ("ông ")."""
    return skipping(re.compile(rf"(?<!\w)(?:{_rx().honorific.pattern})[ \t]+$"))


def looks_like_person(name: str) -> bool:
    """A family name followed by one to three capitalised syllables."""
    words = name.split()
    return 2 <= len(words) <= 4 and words[0] in _rx().surnames and all(w[:1].isupper() for w in words)


def _abbreviation_dot(s: str, p: int) -> bool:
    """A full stop at ``p`` right after an abbreviation whose stop ends no sentence ("TT.", "TX.")."""
    if s[p:p + 1] != ".":
        return False
    w = _LETTERS_END.search(s[max(0, p - 6):p])
    return w is not None and w.group() in _abbreviations()


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(get(CuesLexicon).sentences.abbreviations)


@cache
def _capital_titles() -> frozenset[str]:
    """The titles the lexicon writes in capitals ("BT", "PBT", "UVBTV"), lowercased: abbreviations, matched only where
    the text writes them in capitals too."""
    return frozenset(lower_keep_len(t) for t in get(TitlesLexicon).titles if t.isupper())


def _roles(s: str, names: list[_Event]) -> list[_Event]:
    rx = _rx()
    low = lower_keep_len(s)
    starts = {n.start for n in names}
    out: list[_Event] = []
    pos = 0
    for m in rx.title.finditer(low):
        if m.start() < pos:
            continue
        if m.group() in _capital_titles() and not s[m.start():m.end()].isupper():
            continue  # "Bt: Kim Ngân, Hình: Văn Tâm": an abbreviated title is written in capitals ("BT Đảng ủy")
        end = m.end()
        p = end
        # within an agency's name ("Sở Nội vụ", the title "Trưởng phòng"): a capital takes its word's
        # lowercase syllable
        agency = bool(rx.agency.fullmatch(low, low.rfind(" ", m.start(), end) + 1, end))
        while True:
            sp = _GAP.match(s, p)
            # "UBND TP.Long Khánh": the place goes on glued to the unit word's abbreviation
            q = sp.end() if sp else p + 1 if s.startswith("TP.", p - 2) else p
            if sp is None and _abbreviation_dot(s, p) and (sp2 := _GAP.match(s, p + 1)) \
                    and s[sp2.end():sp2.end() + 1].isupper():
                sp, q = sp2, sp2.end()  # "Phó Bí thư TT. Huyện ủy": the abbreviation's dot ends no role
            glued = sp is None and s.startswith("TP.", q - 3) and s[q:q + 1].isupper()
            if sp is None and not glued and s[p:p + 1] == "." and s[p - 1:p].isupper() and s[p + 1:p + 2].isupper():
                q, glued = p + 1, True  # "PCT.UBND thị xã": an abbreviated title glued by a dot to its body's
            if sp is None and not glued and s[p:p + 1] in _ABBREVIATION_JOINS and s[p - 1:p].isupper() \
                    and s[p + 1:p + 2].isupper() and not rx.title.match(low, p + 1):
                q, glued = p + 1, True  # "Sở NN-PTNT", "Sở NN&PTNT": an agency's abbreviated words joined, no spaces
            if sp is None and not glued and agency and (cm := _FIELD_COMMA.match(s, p)) and cm.end() not in starts \
                    and not rx.title.match(low, cm.end()) and _fields_close(s, cm.end(), starts):
                sp, q = cm, cm.end()  # "Sở Văn hóa, Thể thao và Du lịch": an agency's fields listed, commas then "và"
            if not (sp or glued) or q in starts:
                break
            dm = _JOIN.match(s, q)  # "Ban Kinh tế - Xã hội": a dash joins two parts of a name
            if dm and rx.title.match(low, dm.end()):
                break  # "Phó Bí thư Đảng ủy – Chủ tịch UBND xã": the dash joins a second role
            if dm and dm.end() not in starts and (rx.org_words.match(low, dm.end()) or s[dm.end()].isupper()):
                p = q = dm.end()
            if rx.role_stop.match(low, q):
                break
            om = rx.agency.match(low, q) or rx.org_words.match(low, q)
            tm = _TOKEN.match(s, q)
            if om:
                word = s[q:om.end()]
                if om.re is rx.agency:
                    agency = True
                elif word not in rx.org_joins and (word.islower() or word.isupper()):
                    # "Sở Kế hoạch và Đầu tư", "Ban Kinh tế - Xã hội": the name goes on through "và" and
                    # its capitalised words; a lowercase unit ("tỉnh") or "HĐND" ends it
                    agency = False
                p = end = om.end()
            elif tm and (tm.group()[0].isupper() or tm.group() == "TP"):
                p = end = tm.end()
                lm = _LOWER_SYLLABLE.match(s, p) if agency and not any(ch.isupper() for ch in tm.group()[1:]) else None
                if lm and not rx.role_stop.match(low, lm.start(1)):
                    p = end = lm.end()  # "Nội vụ", "Tài chính": the name's word is written with one capital
            elif s.startswith("TP.", q):
                p = end = q + 3
            else:
                break
        text = s[m.start():end].strip()
        while text.split() and lower_keep_len(text.split()[-1]) in rx.role_not_end:
            text = text.rsplit(None, 1)[0]
        # a role said of several ("các đồng chí Phó Chủ tịch HĐND phường A và B", "ROLE: A, B")
        group = _COLON_NEXT.match(s, end) is not None \
            or _chair_rx().plural_lead.search(low, max(0, m.start() - 20), m.start()) is not None
        out.append(_Event("role", m.start(), m.start() + len(text), text, group))
        pos = end
    return _with_bare_titles(s, low, names, out)


def _with_bare_titles(s: str, low: str, names: list[_Event], roles: list[_Event]) -> list[_Event]:
    """``roles`` and the bare titles (titles.yaml ``bare_titles``: "Đại biểu") that stand right before a person's
    name, a blank between, outside every role read ("Đại biểu Phan Văn A (tổ đại biểu ...) đặt câu hỏi": a council's
    member). The word alone names no one ("100% đại biểu tán thành", "đại biểu Ban Chấp hành"); its role is given
    capitalised, as the titles are."""
    rx = _rx()
    if not names or rx.bare_title.search(low) is None:
        return roles
    at = {n.start: n for n in names}
    added = []
    for m in rx.bare_title.finditer(low):
        sp = _GAP.match(s, m.end())
        name = at.get(sp.end()) if sp else None
        if name is None or not _has_surname(name.text.split()[0], rx.surnames) \
                or any(r.start <= m.start() < r.end for r in roles):
            continue
        word = s[m.start():m.end()]
        added.append(_Event("role", m.start(), m.end(), word[:1].upper() + word[1:]))
    return sorted([*roles, *added], key=lambda e: e.start) if added else roles


def _less_bare(roles: list[str]) -> list[str]:
    """A person's roles without the bare titles ("Đại biểu") when a role of their own is given too."""
    bare = _rx().bare_titles
    own = [r for r in roles if r.lower() not in bare]
    return own or roles


#: a comma inside an agency's name, a capital next ("Sở Văn hóa, Thể thao và Du lịch")
_FIELD_COMMA = re.compile(rf",[ \t]+(?=[{UPPER}])")
#: the end of the clause a comma opens (where an agency's list of fields must have closed)
_CLAUSE_END = re.compile(r"[,;:.()]")


@cache
def _field_join() -> re.Pattern[str]:
    """The word joining an agency's last field to the ones listed before it ("... Thể thao và Du lịch": titles.yaml
    ``org_joins``), a capital after it."""
    return re.compile(rf"[ \t](?:{phrase_alt(get(TitlesLexicon).org_joins)})[ \t]+(?=[{UPPER}])")


def _fields_close(s: str, at: int, starts: set[int]) -> bool:
    """The words from ``at`` to the clause's end close a list of an agency's fields with its joining word and a
    capital, before any name ("Thể thao và Du lịch Nông Thị Hạnh trình bày"): the comma before ``at`` is the list's.
    Not a second role or a list of names ("Sở Nội vụ, Nguyễn Văn A và ...": a name starts there)."""
    stop = _CLAUSE_END.search(s, at)
    j = _field_join().search(s, at, stop.start() if stop else len(s))
    return j is not None and not any(at <= st < j.start() for st in starts)


#: the longest label of a page's field after a spaced dot ("Ngày đăng", "Lượt xem")
FIELD_LABEL_MAX = 24
#: how far before a role the delegating words are read ("được sự ủy quyền của ")
DELEGATOR_WITHIN = 24
#: a word between two roles: the first is not the roles' run before a name ("ROLE, ROLE NAME", "ROLE - ROLE NAME")
_WORD_IN_GAP = re.compile(r"[^\W\d_]")
#: :func:`sentence_people`'s gaps between events, compiled once and matched in place (no copy of the sentence's rest):
#: a colon after a role said of several, blanks only, a spaced dash, the marks that link a role to the name before it,
#: a comma between blanks (a gap read in place ends no earlier than it starts: ``s[a:b]`` with b < a is "")
_COLON_AT = re.compile(r"[ \t]*:")
_BLANKS_ONLY = re.compile(r"[ \t]*")
_SPACED_DASH = re.compile(r"[ \t]+[-–][ \t]+")
_LINK_MARKS = re.compile(r"[\s,\-–(:]*")
_COMMA_ONLY = re.compile(r"[ \t]*,[ \t]*")
#: the letters ending the text before a full stop (an abbreviation's word)
_LETTERS_END = re.compile(r"[^\W\d_]+$")
#: an aside in brackets between a name and its role ("bà A (sinh năm 1977, ngụ phường Long Mỹ), Giám đốc Sở ...")
_ASIDE = re.compile(r"[ \t]*\([^()]{1,80}\)[ \t]*,[ \t]*")


def sentence_people(s: str, names: list[_Event] | None = None) -> list[tuple[str, list[str]]]:
    """(name, roles) pairs of one sentence (``names``: its :func:`_names`, when the caller has them)."""
    names = _names(s) if names is None else names
    roles = _roles(s, names)
    events = sorted(names + roles, key=lambda e: e.start)
    people: dict[str, list[str]] = {}
    group: list[tuple[str, bool]] = []  # (role, opened by a colon)
    pending: list[str] = []  # "ROLE, ROLE NAME": roles waiting for the name after them
    current: str | None = None
    joined: list[str] = []  # "ông A và bà B, ROLE": names before the current one, with no role, that share its roles
    held: list[str] = []  # "ROLE là ông A": the roles the current name was handed by a holder's link before it
    prev_end = 0
    rx = _rx()
    last_role: str | None = None  # the role named last: "giữ chức danh này" after a later name takes it up
    for i, e in enumerate(events):
        gap = s[prev_end:e.start]
        if ";" in gap:
            current = None
            group = [g for g in group if g[1]]
        if e.kind == "role" and not e.group:
            last_role = e.text
        if e.kind == "name" and last_role and rx.role_anaphor.match(s, e.end):
            # "miễn nhiệm chức danh ROLE đối với bà A, đồng thời bầu bổ sung ông B giữ chức danh này": B's is ROLE
            roles_of = people.setdefault(e.text, [])
            if last_role not in roles_of:
                roles_of.append(last_role)
        if e.kind == "name":
            joined = [*joined, current] if current and not people[current] and (
                rx.shared_join.fullmatch(gap) or rx.list_join.fullmatch(gap)) else []
            if held and not (i and events[i - 1].kind == "role"):  # (the name a holder's link handed them to keeps them)
                held = held if current and (rx.shared_join.fullmatch(gap) or _role_comma_honorific(s, prev_end, e.start)) \
                    and not _own_role_next(s, e, events, i) else []
                # "hai Phó Chủ tịch HĐND huyện là ông A và ông B", "... là ông A, bà B": B holds the role handed to A
                shared = held
            else:
                shared = []
            current = e.text
            people.setdefault(e.text, [])
            for g in [*(g for g, _ in group), *shared]:
                if g not in people[e.text]:
                    people[e.text].append(g)
        else:
            nxt = events[i + 1] if i + 1 < len(events) else None
            # "ROLE đối với ông A", "ROLE là ông A" (no role of A's own after the name): the role handed to its holder
            handed = nxt is not None and nxt.kind == "name" and bool(
                rx.holder_link.fullmatch(s, e.end, nxt.start)
                or (rx.holder_copula.fullmatch(s, e.end, nxt.start) and not _own_role_next(s, nxt, events, i + 1)))
            if _delegated(s, e):
                current, joined, pending = None, [], []  # "ủy quyền của Chủ tịch UBND tỉnh, đồng chí A": the delegator's
            elif e.group:
                group.append((e.text, _COLON_AT.match(s, e.end) is not None))
                current = None
            elif nxt and nxt.kind == "name" and (_BLANKS_ONLY.fullmatch(s, e.end, max(e.end, nxt.start)) or (
                    current is None and _SPACED_DASH.fullmatch(s, e.end, max(e.end, nxt.start))) or handed
                    or (current is None and _role_comma_honorific(s, e.end, nxt.start))):
                people.setdefault(nxt.text, [])
                if _WORD_IN_GAP.search(gap):
                    pending = []  # "bầu bà A làm ROLE, đồng thời bầu ROLE2 B": a role before other words is not B's
                for r in (*pending, e.text):
                    if r not in people[nxt.text]:
                        people[nxt.text].append(r)
                held = [*pending, e.text] if handed else []
                pending = []
            elif current and (_LINK_MARKS.fullmatch(gap) or rx.role_link.fullmatch(gap) or _ASIDE.fullmatch(gap)):
                for n in (*joined, current):
                    if e.text not in people[n]:
                        people[n].append(e.text)
            else:
                current = None
                joined = []
                pending = [*pending, e.text] if pending and _COMMA_ONLY.fullmatch(gap) else [e.text]
        prev_end = e.end
    return [(n, _less_bare(r)) for n, r in people.items() if r]


def _delegated(s: str, e: _Event) -> bool:
    """The role ``e`` follows the words of one who delegates ("được sự ủy quyền của Chủ tịch UBND tỉnh, đồng chí A"):
    the delegator's, no name's. "Thừa ủy quyền Giám đốc Sở": the delegating word, not the acting title's prefix
    ("quyền Giám đốc"), is what the role opens on."""
    low = lower_keep_len(s[max(0, e.start - DELEGATOR_WITHIN):e.end])
    at = len(low) - (e.end - e.start)  # the role's start in ``low``
    first = low[at:].split(" ", 1)[0]
    if _rx().delegator.search(low, 0, at) is not None:
        return True
    return first in get(TitlesLexicon).title_prefixes and _rx().delegator.search(low, 0, at + len(first)) is not None


def _own_role_next(s: str, e: _Event, events: list[_Event], i: int) -> bool:
    """Whether the name ``e`` (event ``i``) is followed by a role of its own, after a comma or a dash ("ông A và ông
    B, Bí thư Huyện ủy"): it holds no role handed to the name before it. A role handed on to a name after it
    ("ông A, Bí thư Huyện ủy là ông B") is not the name's."""
    nxt = events[i + 1] if i + 1 < len(events) else None
    if nxt is None or nxt.kind != "role" or _LINK_MARKS.fullmatch(s, e.end, max(e.end, nxt.start)) is None:
        return False
    after = events[i + 2] if i + 2 < len(events) else None
    rx = _rx()
    return not (after is not None and after.kind == "name" and (rx.holder_copula.fullmatch(s, nxt.end, after.start)
                                                                or rx.holder_link.fullmatch(s, nxt.end, after.start)))


#: a lowercase word right after a name: the verb the person named is the subject of
_VERB_AFTER = re.compile(rf"[ \t]+(?-i:[{LOWER}])")


def titled_person_end(s: str) -> int | None:
    """Where a phrase that opens on a person named by title then name ends ("Phó Giám đốc Sở Tài chính Nguyễn Văn
    Danh trao Bằng khen ..." → after "Danh"), when a lowercase verb follows the name: the person acting is no part
    of what the phrase measures. None when the phrase opens otherwise."""
    lead = len(s) - len(s.lstrip())
    if not s[lead:lead + 1].isupper() or _rx().title.match(lower_keep_len(s), lead) is None:
        return None
    names = _names(s)
    roles = _roles(s, names)
    if not names or not roles or roles[0].start > lead or roles[0].end > names[0].start:
        return None
    if s[roles[0].end:names[0].start].strip() or _VERB_AFTER.match(s, names[0].end) is None:
        return None
    return names[0].end


def _role_comma_honorific(s: str, a: int, b: int) -> bool:
    """The gap between a role and a name is a comma and an honorific ("Giám đốc Sở Xây dựng, ông A thông tin"): the
    role is the name's, when no name before it waits for a role; roles listed before it by commas ("Ủy viên Trung
    ương Đảng, Chủ tịch UBND tỉnh, ông A") are the name's too."""
    gap = lower_keep_len(s[a:b]).strip(" \t")
    return gap.startswith(",") and _rx().honorific.fullmatch(gap[1:].strip(" \t")) is not None


def extract_people(sents: list[Sentence]) -> tuple[list[Person], list[str]]:
    """(people with roles, chairs) over the document's sentences."""
    rx = _rx()
    merged: dict[str, list[str]] = {}
    chairs: list[str] = []
    by_title: list[str] = []  # "Đồng chí Chủ tịch UBND tỉnh chủ trì phiên họp": a chair named by the title alone
    before: list[str] = []  # the people of the sentence before
    listing = False  # the sentence before opened the chairs' list and the items since are its ("Chủ trì có:" / "- A, ...")
    speakers: list[str] = []  # "A, Chủ tịch HĐND tỉnh phát biểu khai mạc kỳ họp": who gives a speech
    chair_speaks = False  # "Thay mặt ... Chủ tọa Kỳ họp, tôi ...": the speech is the chair's
    for sent in sents:
        low = lower_keep_len(sent.text)
        chair_speaks = chair_speaks or _chair_rx().first_person_chair.search(low) is not None
        if listing and (listing := (item := _listed_chair(sent.text)) is not None):
            if item and item not in chairs:
                chairs.append(item)
        cm = rx.chair.search(low)
        parts = _part_chair_cues(low) if cm is None else []  # "Phiên chất vấn do đồng chí A, ... điều hành"
        # "A chủ trì hội nghị; B và C cùng điều hành.": co-chairs, where the meeting has a chair (here or before)
        co_bare = [c.start() for c in _chair_rx().co_bare_verb.finditer(low)] \
            if (cm or chairs) and _chair_rx().meeting_verb.search(low) else []
        if cm is None and not parts and not co_bare and not rx.title.search(low) and not rx.bare_title.search(low):
            before = []
            continue
        names = _names(sent.text)  # read once: for the pairs and for the chairs
        pairs = sentence_people(sent.text, names)
        for name, roles in pairs:
            rs = merged.setdefault(name, [])
            rs.extend(r for r in roles if r not in rs)
        if pairs and (sp := _chair_rx().speech.search(low)) is not None:
            speakers.extend(n for n, _ in pairs[:1] if n not in speakers and n in sent.text[:sp.start()])
        if cm and before and _chair_rx().co_chair.match(low) and before[0] not in chairs:
            chairs.append(before[0])  # "A ... phát biểu bế mạc. Cùng chủ trì kỳ họp có các đồng chí: B, C": A chairs too
        # "Dự kỳ họp có đồng chí A, ... Đồng chủ tọa kỳ họp là B, C": a guest list's people chair with no one
        before = [] if _chair_rx().attends.match(low) else [n for n, _ in pairs]
        if (cm or parts or co_bare) and _chair_rx().bridge.match(low):
            cm, parts, co_bare = None, [], []  # "Tại điểm cầu xã A, đồng chí B ... chủ trì": B chairs the point
        if cm or parts or co_bare:
            # "A chủ trì; cùng chủ trì có B": each cue's clause
            cues = sorted([*([c.start() for c in rx.chair.finditer(low)] if cm else parts), *co_bare])
            guests = _guests_before_chair(low, [(n.text, n.start) for n in names if n.text in merged or looks_like_person(n.text)],
                                          cues[0])
            for n in names:
                if n.text not in chairs and n.text not in guests and (n.text in merged or pairs or looks_like_person(n.text)) \
                        and any(_same_clause(sent.text, c, n.start) for c in cues):
                    chairs.append(n.text)
            if not names and (t := _title_before(low, cues[0])):
                by_title.append(t)
            # "Chủ trì hội nghị có các đồng chí:" closing its sentence: the chairs follow, a list item each
            opened = _chair_rx().opens_with_chairs.match(low) if not names and low.rstrip().endswith(":") else None
            listing = opened is not None and _chair_rx().list_opens.match(low, opened.end()) is not None
    if not chairs and by_title:
        chairs = _holders(merged, by_title)
    if not chairs and chair_speaks and len(speakers) == 1:
        chairs = speakers  # the chair's own speech: its speaker, the one person named as giving it
    return [Person(name=n, roles=_less_bare(r)) for n, r in merged.items()], chairs


#: a list item's mark opening its line ("- ", "– ", "• ", "+ ")
_ITEM_MARK = re.compile(r"[ \t]*[-–—•+*][ \t]*")


def _listed_chair(s: str) -> str | None:
    """The name an item of the chairs' list opens with ("- Đồng chí A – Bí thư Đảng ủy;"): a list mark, an address
    word or none, then the name (a person's, or one named with a role); "" for an item that opens with no name (the
    list goes on), None for a sentence that is no list item (the list has ended)."""
    mark = _ITEM_MARK.match(s)
    if mark is None or mark.end() == 0:
        return None
    head = _chair_rx().list_head.match(s, mark.end())
    at = head.end() if head else mark.end()
    names = _names(s)
    first = next((n for n in names if n.start >= at), None)
    if first is None or first.start != at:
        return ""
    return first.text if looks_like_person(first.text) or any(n == first.text for n, _ in sentence_people(s, names)) else ""


#: the most characters from a "do" to the chairing verb that closes its clause ("do ông A, Phó Bí thư Thường trực
#: Tỉnh ủy, Chủ tịch HĐND tỉnh điều hành": a name and its roles)
PART_CHAIR_REACH = 200


def _part_chair_cues(low: str) -> list[int]:
    """Where a chairing verb that needs a meeting's noun after it (chair_meeting_verbs) closes a "do" clause whose
    subject, opening the clause, is the meeting or a part of it ("Phiên chất vấn do đồng chí A, Phó Chủ tịch HĐND
    huyện điều hành, với 14 ý kiến ...", "Hội nghị do ông B điều khiển."): A and B chair. Not where another verb
    comes between ("... do Sở Nội vụ tổ chức, có sự tham dự của ... nhằm đánh giá công tác chỉ đạo, điều hành")."""
    rx = _chair_rx()
    out: list[int] = []
    if rx.meeting_verb.search(low) is None:
        return out  # no such verb anywhere (most sentences): no clause need be read
    a = 0
    while a <= len(low):
        end = low.find(";", a)
        end = len(low) if end == -1 else end
        head = _after_date_lead(low[a:end])
        opener = rx.part_opens.match(low, end - len(head), end)
        agent = rx.agent.search(low, opener.end(), end) if opener else None
        if opener and agent and rx.agent_list.match(low, agent.start()):
            verb = rx.bare_verb.search(low, agent.end(), min(end, agent.end() + PART_CHAIR_REACH))
            if verb and not _other_verb(low[agent.end():verb.start()]):
                out.append(verb.start())
        a = end + 1
    return out


def _guests_before_chair(low: str, names: list[tuple[str, int]], cue: int) -> set[str]:
    """The guests of a sentence opened on attendance whose chairing verb ends it ("Tham dự có đồng chí A, Bí thư
    Đảng ủy, đồng chí B, Chủ tịch UBND xã chủ trì hội nghị"): the verb is said of the last name before it (and of
    those joined to it: "B và C"), the others attend. A co-chairing word before the verb ("... đồng chủ trì") makes
    them all chairs."""
    if not _chair_rx().attends.match(low) or _co_chair_before(low[:cue]) or _chair_list(low[:cue]):
        return set()  # (nor "Dự kỳ họp có A ... do B và C chủ trì": the chairs follow "do")
    before = [(n, at) for n, at in names if at < cue]
    k = len(before) - 1
    joins = get(TitlesLexicon).shared_role_joins
    while k > 0 and any(re.search(rf"(?<!\w){re.escape(j)}(?!\w)", low[before[k - 1][1] + len(before[k - 1][0]):before[k][1]])
                        for j in joins):
        k -= 1  # "..., đồng chí B và đồng chí C chủ trì": names joined before the verb chair together
    return {n for n, _ in before[:k]}


def _title_before(low: str, cue: int) -> str | None:
    """The title that is the whole subject of a chairing verb at ``cue`` ("đồng chí chủ tịch ubnd tỉnh chủ trì
    phiên họp": "chủ tịch ubnd tỉnh"), the subject opening the sentence, after an address word or none."""
    head = re.sub(r"^[ \t]*(?:(?:" + _chair_address() + r")(?!\w))?[ \t]*", "", low[:cue])
    m = _rx().title.match(head)
    return head.rstrip(" \t,") if m and head.strip() and not any(c in head for c in ",;:") else None


@cache
def _chair_address() -> str:
    return phrase_alt(get(TitlesLexicon).address_words)


def _role_key(role: str) -> str:
    """A role compared with another: lowercase, spaces single, the bodies' long names as their abbreviations
    ("Chủ tịch Ủy ban nhân dân tỉnh" and "chủ tịch ubnd tỉnh" agree)."""
    key = " ".join(lower_keep_len(role).split())
    for short, long_ in get(UnitsLexicon).abbreviations.items():
        if " " in long_:
            key = key.replace(long_, short)
    return key


def _same_role(role: str, title: str) -> bool:
    """``role`` is ``title``, or ``title`` with the place it governs named after it ("chủ tịch hđnd huyện bảo yên" and
    "chủ tịch hđnd huyện")."""
    return role == title or (role.startswith(title + " ") and _is_place(role[len(title) + 1:]))


def _holders(merged: dict[str, list[str]], titles: list[str]) -> list[str]:
    """The one person whose role is each title a chair was named by (none where several or none hold it)."""
    out: list[str] = []
    for t in titles:
        k = _role_key(t)
        found = [n for n, roles in merged.items() if any(_same_role(_role_key(r), k) for r in roles)]
        if len(found) == 1 and found[0] not in out:
            out.append(found[0])
    return out


def signer_people(people: list[Person], text: str, chrome: Intervals | list[tuple[int, int]]) -> list[Person]:
    """``people`` and the signer of a written document with the title they sign under (:func:`signature`)."""
    got = _signed(text, chrome)
    if got is None:
        return people
    name, role = got
    for p in people:
        if p.name == name:
            if role not in p.roles and not any(r.startswith(role + " ") for r in p.roles):
                p.roles.append(role)  # a title the text gives in full ("Chủ tịch HĐND huyện") is the signer's own
            return people
    return [*people, Person(name=name, roles=[role])]


def caption_people(people: list[Person], chairs: list[str], captions: list[str]) -> tuple[list[Person], list[str]]:
    """``people`` and, after them, the people a photo caption names with a role who are not named in the
    text ("Ông A, Giám đốc Sở Tài chính báo cáo ... Ảnh: B": A; the photographer has no role); the chairs a
    caption names ("Đồng chí A, Chủ tịch UBND tỉnh chủ trì hội nghị. Ảnh: B") where the text names none."""
    known = {p.name for p in people}
    out = list(people)
    found, cap_chairs = extract_people(split_sentences("\n\n".join(captions))) if captions else ([], [])
    for p in found:
        if p.name not in known:
            known.add(p.name)
            out.append(p)
    return out, chairs or [c for c in cap_chairs if c in known]


@dataclass(frozen=True, slots=True)
class _ChairRx:
    agent: re.Pattern[str]
    agent_list: re.Pattern[str]
    list_opens: re.Pattern[str]
    opens_with_chairs: re.Pattern[str]
    list_head: re.Pattern[str]
    chairs_by: re.Pattern[str]
    co_chair: re.Pattern[str]
    other_verb: re.Pattern[str]
    plural_lead: re.Pattern[str]
    joined: re.Pattern[str]
    attends: re.Pattern[str]
    bridge: re.Pattern[str]
    part_opens: re.Pattern[str]
    bare_verb: re.Pattern[str]
    meeting_verb: re.Pattern[str]  # a verb of chair_meeting_verbs wherever it stands (what bare_verb needs first)
    co_bare_verb: re.Pattern[str]
    first_person_chair: re.Pattern[str]
    speech: re.Pattern[str]


@cache
def _chair_rx() -> _ChairRx:
    """The chairs' phrases of titles.yaml (chair_agent, address_words, plural_words, chair_verbs, chair_meetings,
    chair_list_verbs, co_chair, not_chair_verbs)."""
    t = get(TitlesLexicon)
    agent, address, plural = phrase_alt(t.chair_agent), phrase_alt(t.address_words), phrase_alt(t.plural_words)
    verb, meeting, listing = phrase_alt(t.chair_verbs), phrase_alt(t.chair_meetings), phrase_alt(t.chair_list_verbs)
    return _ChairRx(
        agent=re.compile(rf"(?<!\w)(?:{agent})[ \t]"),
        # "do đồng chí A", "do các đồng chí ...": the agent before a name
        agent_list=re.compile(rf"(?:{agent})(?=[ \t]+(?:(?:{address})(?!\w))?[ \t]*[^\W\d_])"),
        # "Đồng chí A, ...; các đồng chí Phó Chủ tịch: B, C chủ trì": the sentence opens with the list
        list_opens=re.compile(rf"[ \t]*(?:(?:{verb})[ \t]+(?:{meeting})[ \t]+(?:{listing})[ \t]+)?"
                              rf"(?:(?:{plural})[ \t]+)?(?:{address})?[ \t]*:?[ \t]*$"),
        # "Chủ trì hội nghị có ...", "(Dưới sự) chủ trì của ...": the meeting's noun may be left out
        opens_with_chairs=re.compile(rf"(?:{verb})(?:[ \t]+(?:{meeting}))?,?[ \t]+(?:{listing})(?!\w)"),
        # the sentence's opening on a list of names (its first name next): "Đồng chí A, ...; đồng chí B, ...; ..."
        list_head=re.compile(rf"[ \t]*(?:(?:{plural})[ \t]+)?(?:{address})[ \t]*:?[ \t]*(?=[^\W\d_])", re.IGNORECASE),
        joined=re.compile(rf"[ \t\"“]*(?:{phrase_alt(t.chair_joined_before)})[ \t]*$"),
        chairs_by=skipping(re.compile(rf"(?<!\w)(?:{agent})[ \t]+(?:(?:{plural})[ \t]+)?(?:{address})(?!\w)")),
        co_chair=re.compile(rf"[ \t]*(?:{phrase_alt(t.co_chair)})[ \t]+(?:(?:{phrase_alt(t.co_chair_joins) or '(?!)'})[ \t]+)?"
                            rf"(?:{verb})(?!\w)"),
        other_verb=words_re(t.not_chair_verbs),
        plural_lead=skipping(re.compile(rf"(?<!\w)(?:{plural})(?:[ \t]+(?:{address}))?[ \t]*$")),
        attends=re.compile(rf"[ \t\"“]*{word_alt(t.attending_openers)}(?!\w)") if t.attending_openers else re.compile(r"(?!)"),
        # the opener may follow a bullet or an emoji a social post puts before its paragraph
        bridge=re.compile(rf"[\W_]{{0,6}}{word_alt(t.bridge_point_openers)}(?!\w)") if t.bridge_point_openers
        else re.compile(r"(?!)"),
        # a clause opening on a meeting or a part of it ("Phiên khai mạc do ...", "Hội nghị do ..."), and the verb
        # that needs such a noun after it standing bare at the clause's end ("... điều hành.", "... điều hành, với"),
        # not a noun of a pair ("chỉ đạo, điều hành", "chỉ đạo và điều hành")
        part_opens=re.compile(rf"[ \t\"“]*(?:{phrase_alt([*t.chair_meeting_parts, *t.chair_meetings])})(?!\w)"),
        # (the joining words of shared_role_joins, "và", join such a pair as well)
        bare_verb=re.compile("(?<!, )" + "".join(f"(?<!{re.escape(j)} )" for j in t.shared_role_joins)
                             + rf"{word_alt(t.chair_meeting_verbs)}(?=[ \t]*(?:[,.;:)]|$))"),
        meeting_verb=re.compile(phrase_alt(t.chair_meeting_verbs)),
        # a co-chairing word and such a verb closing its clause, the meeting left unsaid ("A, ... chủ trì hội nghị;
        # đồng chí B, ... và đồng chí C, ... cùng điều hành."): B and C chair with A
        co_bare_verb=re.compile(rf"{word_alt(t.co_chair)}[ \t]+"
                                rf"(?:(?:{phrase_alt(t.co_chair_joins) or '(?!)'})[ \t]+)?"
                                rf"(?:{phrase_alt(t.chair_meeting_verbs)})(?=[ \t]*(?:[,.;:)]|$))"),
        # "Thay mặt Thường trực HĐND tỉnh và Chủ tọa Kỳ họp, tôi ...": the speaker speaks as the chair
        first_person_chair=re.compile(
            rf"{word_alt(t.on_behalf_words)}(?!\w)[^.;:]{{0,{ON_BEHALF_REACH}}}?{word_alt(t.chair_cues)}(?!\w)"
            rf"[^.;:,]{{0,{ON_BEHALF_REACH}}},[ \t]*(?:{phrase_alt(t.first_person_words)})(?!\w)")
        if t.on_behalf_words and t.first_person_words else re.compile(r"(?!)"),
        speech=words_re(t.speech_verbs) if t.speech_verbs else re.compile(r"(?!)"),
    )


#: the most characters between "thay mặt" and the chair's cue, and from the cue to the first person's comma
ON_BEHALF_REACH = 80


def _after_date_lead(head: str) -> str:
    """``head`` less a leading date clause ("Sáng ngày 14-8, ", "(HG) - Chiều 3/5, "): the clause up to the
    first comma, where it holds a digit and no clause mark; else ``head`` as it is. A list's mark opening the sentence
    ("- Đồng chí A, ...; đồng chí B, ... chủ tọa") is dropped first: the item's words open it."""
    mark = _ITEM_MARK.match(head)
    if mark is not None and mark.end() > mark.start() and head[mark.end() - 1:mark.end()] in (" ", "\t"):
        head = head[mark.end():]
    comma = head.find(",")
    if comma == -1 or not any(map(str.isdigit, head[:comma])) or any(c in head[:comma] for c in ";:"):
        return head
    return head[comma + 1:]


def _chair_list(low: str) -> re.Match[str] | None:
    """The last "do" of ``low`` where a name or an address word follows it ("do ông A, ...; bà B, ... chủ
    trì"), else None (also when a later "do" is followed by something else)."""
    rx = _chair_rx()
    last = None
    for m in rx.agent.finditer(low):
        last = m
    return rx.agent_list.match(low, last.start()) if last else None


def _other_verb(low: str) -> bool:
    """A verb of doing something else than chairing in ``low``, outside the titles of the roles listed ("Ủy viên dự
    khuyết Ban Chấp hành Trung ương Đảng": its "dự" is no verb)."""
    titles = [(m.start(), m.end()) for m in _rx().title.finditer(low)]
    return any(not any(a <= v.start() < b for a, b in titles) for v in _chair_rx().other_verb.finditer(low))


def _co_chair_before(low: str) -> bool:
    """``low`` ends on a co-chairing word ("đồng", "cùng") right before the chairing verb."""
    words = low.rstrip().rsplit(None, 1)
    return len(words) == 2 and words[1] in get(TitlesLexicon).co_chair


def _co_chair_only(low: str) -> bool:
    """``low`` (a sentence's words before its chairing verb) is only co-chairing words ("cùng đồng", titles
    co_chair): the sentence opens on the co-chairs' verb as on the chairs'."""
    words = low.strip(" \t\"“").split()
    co = get(TitlesLexicon).co_chair
    return bool(words) and all(w in co for w in words)


def _same_clause(s: str, cue: int, pos: int) -> bool:
    """A chair is named in the cue's own clause, or in the list the cue opens with a colon."""
    a, b = sorted((cue, pos))
    if _chair_rx().chairs_by.search(lower_keep_len(s[a:b])):
        # a "do" between them: before the cue, "A, ... cùng các đồng chí ... dự kỳ họp do đồng chí B ... chủ trì" (the
        # chairs follow "do"); after it, "Dưới sự chủ trì của đồng chí A, ..., hội nghị đã nghe báo cáo ... do đồng chí
        # B, ... trình bày" (the "do" opens another verb's agent, B presents)
        return False
    if pos > cue and ";" in s[cue:pos]:
        clause = lower_keep_len(s[s.rfind(";", cue, pos) + 1:pos])
        if _chair_rx().co_chair.match(clause):
            return True  # "A, ... chủ trì kỳ họp; cùng điều hành kỳ họp có bà B, ...": B chairs with A
        if _other_verb(lower_keep_len(s[cue:pos])):
            return False  # "A, ... chủ trì; cùng dự có các đồng chí: B, ...": B attends, the colon is the guests'
    if ";" not in s[a:b]:
        return True
    colon = s.rfind(":", 0, pos)
    if colon != -1 and (pos < cue or ";" not in s[cue:colon]
                        or _chair_rx().co_chair.match(lower_keep_len(s[s.rfind(";", cue, colon) + 1:colon]))):
        # "chủ trì: A, ...; B": the list the cue opens; "...; cùng điều hành có các đồng chí: B, C": a list of
        # co-chairs; not "...; cùng dự có các đồng chí: B, C", opened after the chairs' clause ended
        return True
    if pos < cue and _co_chair_before(lower_keep_len(s[:cue])) and not any(c in s[pos:cue] for c in ".:") \
            and not _other_verb(lower_keep_len(s[pos:cue])):
        return True  # "Chủ tịch HĐND thành phố A; Chủ tịch UBND thành phố B đồng chủ trì": the list co-chairs
    opener = _chair_list(lower_keep_len(s[:pos]))
    if opener and pos < cue and ";" in s[opener.end():cue] and "." not in s[opener.end():cue]:
        return True  # "do ông A, ...; bà B, ... và ông C, ... chủ trì": the list "do" opens
    head = _after_date_lead(s[:pos])
    if pos < cue and (_chair_rx().list_opens.match(lower_keep_len(head))
                      or (_chair_rx().list_head.match(s, len(s[:pos]) - len(head)) and ";" in s[:pos]
                          and "." not in s[len(s[:pos]) - len(head):pos])) \
            and "." not in s[pos:cue] and not _other_verb(lower_keep_len(s[pos:cue])):
        # "Đồng chí A, ...; các đồng chí Phó Chủ tịch: B, C chủ trì": the sentence opens with the list, or
        # after its date ("Sáng 14-8, ông A, ...; ông B và bà C, ... chủ trì"); a name in the middle of such a list
        # ("Đồng chí A, ...; đồng chí B, ...; đồng chí C, ... chủ trì": B)
        return True
    opens = not s[:cue].strip(" \t\"“") or _chair_rx().joined.fullmatch(lower_keep_len(s[:cue])) is not None \
        or _co_chair_only(lower_keep_len(s[:cue]))  # "Cùng đồng chủ trì có ông A, ...; các Phó Chủ tịch B và C"
    if pos > cue and opens and _chair_rx().opens_with_chairs.match(lower_keep_len(s[cue:pos])) \
            and not _other_verb(lower_keep_len(s[cue:pos])):
        return True  # "Chủ trì Hội nghị có đồng chí A, ...; đồng chí B, ...": the sentence opens on the chairs' list
    colon = s.find(":", cue)
    return pos > cue and colon != -1 and ";" not in s[cue:colon] and colon < pos


#: an agency's acronym with its regional desk after a dash ("VOV-Tây Bắc", "TTXVN-Cần Thơ")
_AGENCY_DESK = re.compile(r"[A-ZĐ]{2,}[ \t]*[-–][ \t]*\w")


#: a field of a byline's line that is a bare date, with or without its clock ("01/03/2018", "10:00 01/03/2018")
_DATE_FIELD = re.compile(r"(?:\d{1,2}[:h]\d{2}[ \t,]*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:[ \t,]*\d{1,2}[:h]\d{2})?")


#: the agency or paper after a slash closing a byline's names ("NGỌC ANH/TTXVN"): searched where the names hold a slash
_AGENCY_AFTER = re.compile(r"[ \t]*/[ \t]*(?:[A-ZĐ]{2,}[\w.]*|[^/]+)$")


def byline_names(byline: str) -> list[str]:
    """Names of a byline ("Tin, ảnh: ANH DŨNG" → ["Anh Dũng"]); [] when it is not one. In a line of
    fields ("Ngày đăng: 16/12/2019 | Tác giả: Minh An | Lượt xem: 120") the field led by a byline word."""
    if _rx().source.match(lower_keep_len(byline.strip())):
        return []
    fields = _rx().field_sep.split(byline)
    if len(fields) > 1:
        led = [f for f in fields if _rx().byline_field.match(lower_keep_len(f.strip()))]
        if led:  # every field led by a byline word ("Bài: A - Tin: B")
            return [n for f in led for n in byline_names(f)]
        rest = [f for f in fields if not _DATE_FIELD.fullmatch(f.strip())]
        if 0 < len(rest) < len(fields):  # "01/03/2018 | Ngọc Diệp": the page's date stamp beside the name
            return [n for f in rest for n in byline_names(f)]
    m = _rx().byline.match(byline.strip())
    if not m:
        return []
    text = m.group("names")
    if tail := _rx().photo_tail.search(text):
        text = text[:tail.start()]  # "Thanh Tâm, ảnh: Hải Đăng": the photographer's credit after the author's
    tag = m.group("tag")
    if tag and _rx().credit.fullmatch(" ".join(lower_keep_len(tag).split())):
        cut = list(_rx().name_split.finditer(text))
        text = text[:cut[-1].start()] if cut else ""  # "Hoàng Vũ - Minh Khoa (Quay phim)": the camera's credit
    agency = _AGENCY_AFTER.search(text) if "/" in text else None
    if agency and (agency.group().strip(" /").isupper() or _AGENCY_DESK.match(agency.group().strip(" /"))
                   or _rx().publisher.match(lower_keep_len(agency.group().strip(" /")))):
        text = text[:agency.start()]  # "NGỌC ANH/TTXVN", "Hồng Thi/Báo Gia Lai", "Thu Hằng/VOV-Tây Bắc": the agency or paper
    for dash in re.finditer(r"(?<!\s)(?:\s+[-–]\s+|[ \t]*,[ \t]*)", text):  # a dash, or a comma ("Minh Anh, Văn phòng ...")
        after = lower_keep_len(text[dash.end():])
        if _rx().publisher.match(after) or _rx().affiliation.match(after) or _rx().agency.match(after) \
                or _rx().photo.match(after) or (_ABBREVIATION.match(text, dash.end()) and not text[:dash.start()].isupper()) \
                or _workplace_after(text[:dash.start()], text[dash.end():]):
            # "Mạnh Hòa - Báo Khánh Hòa", "Thu Hương - Văn phòng UBND xã", "Hoàng Lan - Ban Dân vận
            # Huyện ủy" (an agency noun): where the author works; "Hoàng Thu - Ảnh: Quang Minh": the
            # photographer's credit
            text = text[:dash.start()]
            break
    if "-" in text and (joined := text.split("-")) and len(joined) <= BYLINE_NAMES_MAX \
            and all(len(p.split()) >= 2 and p.strip()[:1].isupper() for p in joined):
        text = " - ".join(p.strip() for p in joined)  # "Thanh Vân-Ngọc Ánh": two names of two words or more, a bare hyphen
    names = [x.strip() for x in _rx().name_split.split(text) if x.strip()]
    names = [n for n in names if not _rx().byline_prefix.fullmatch(lower_keep_len(n))]
    if names and all((_looks_like_name(n) and not _organisation(n) and _family_named(n)) or _INITIALS.fullmatch(n)
                     for n in names):
        return [_initials_case(n) if _INITIALS.fullmatch(n) else _title_case(n) for n in names]
    return []


#: the most names a byline joined by bare hyphens lists
BYLINE_NAMES_MAX = 4

#: a reporter's initials written without their dots ("LMT", "NTH"): a name only in the page's own byline field
_BARE_INITIALS = re.compile(r"[A-ZĐ]{2,4}")


#: how the page's article extractor joins the authors it found (the declared one and the article's byline)
TRAFILATURA_JOIN = ";"


def declared_byline_names(byline: str) -> list[str]:
    """Names of the page's own byline field (its author element or meta): :func:`byline_names`, and a reporter's
    initials without their dots ("LMT"), which the field declares an author's; not a byline's role word ("PV",
    "CTV": ``byline_prefixes``) nor a publisher's code ("TTXVN"). Authors joined by semicolons are read one by one, a
    publisher or an office among them left out."""
    names = byline_names(byline)
    text = byline.strip()
    if not names and TRAFILATURA_JOIN in text:  # "Báo điện tử X; Thu Hà": the publisher declared, then the reporter
        parts = [p.strip() for p in text.split(TRAFILATURA_JOIN) if p.strip()]
        return [n for p in parts if not _organisation(p) for n in declared_byline_names(p)]
    if names or not _BARE_INITIALS.fullmatch(text):
        return names
    low = lower_keep_len(text)
    pubs = get(PublishersLexicon)
    if _rx().byline_prefix.fullmatch(low) or any(low == lower_keep_len(c) for p in pubs.publishers for c in [*p.codes, *p.names]):
        return []
    return [text]


#: the fewest syllables of a byline's name that is a full name, its family name first (a pen name is shorter)
FULL_NAME_SYLLABLES = 3


def _family_named(name: str) -> bool:
    """A byline's name of ``FULL_NAME_SYLLABLES`` or more opens with a family name ("Nguyễn Thu Hà"); a pen name is
    shorter ("Thu Hà"), or a middle name marks a family name the list lacks ("Uông Thị Phượng"). A box's heading in
    capitals under an article ("THÔNG TIN CẦN BIẾT") is no name."""
    words = [_title_case(w) for w in name.split()]
    rx = _rx()
    return len(words) < FULL_NAME_SYLLABLES or words[0] in rx.surnames or words[1] in rx.middle_names

def _workplace_after(before: str, after: str) -> bool:
    """Whether the words after a byline's dash say where its author works, in any words ("Thu Hà - Thông tấn xã
    Việt Nam", "Thu Hà - Phóng viên Đài Truyền thanh huyện"): a noun phrase opened by a capital with a word in small
    letters, after a name that is no place the gazetteer knows."""
    words = re.split(r"\s+[-–]\s+", after, maxsplit=1)[0].split()  # to the next dash: "B - Trung tâm ..." is a name first
    joins = get(TitlesLexicon).byline_joins  # "Thu Hà và Quốc Bảo": names joined, no workplace
    return len(words) >= 2 and words[0][:1].isupper() and any(w[:1].islower() and w not in joins for w in words[1:]) \
        and _looks_like_name(before.strip()) and not gz.lookup(before.strip())


#: a byline of initials and one syllable ("T.VÂN", "Đ.Đ.LỢI", "N. Hòa"): the reporter's name shortened
_INITIALS = re.compile(rf"(?:[A-ZĐ]\.[ \t]?){{1,3}}[{UPPER}][^\W\d_]+")


def _initials_case(s: str) -> str:
    """ "Đ.Đ.LỢI" → "Đ.Đ.Lợi", "N. HÒA" → "N. Hòa": the initials kept as written, the syllable in title case."""
    k = len(s) - len(s[s.rfind(".") + 1:].lstrip(" \t"))
    return s[:k] + s[k:k + 1].upper() + s[k + 1:].lower()


def _organisation(name: str) -> bool:
    """A byline that names the publisher or an office, not a person ("Báo Gia Lai", "Ban Biên Tập", "Trung Tâm
    Truyền Thông", a page's declared author): a publisher noun, a workplace word or an office's name opens it."""
    low = lower_keep_len(name)
    rx = _rx()
    return bool(rx.publisher.match(low) or rx.affiliation.match(low) or rx.organisation.match(low))


#: the last document's lines (:func:`_text_lines`): its byline, its sections' bylines and its signer read them
_last_lines: list[tuple[str, list[tuple[int, int]], list[str]]] = []


def _text_lines(text: str, chrome: Intervals | list[tuple[int, int]]) -> list[str]:
    """The non-empty lines outside the page's chrome, stripped (a line's place is where its text opens: an
    indented line of chrome is chrome). Read once a document: the last one's are kept (callers do not change them)."""
    if isinstance(chrome, list) and _last_lines:
        t, c, got = _last_lines[0]
        if t is text and c == chrome:
            return got
    lines = _read_lines(text, chrome)
    if isinstance(chrome, list):
        _last_lines[:] = [(text, list(chrome), lines)]
    return lines


#: a rule between a text copy's panels ("-----", "=====", "* * *"): a line of marks only, no text line
_RULE = re.compile(r"[-=_*~–—─━═](?:[ \t]*[-=_*~–—─━═]){2,}")


def _read_lines(text: str, chrome: Intervals | list[tuple[int, int]]) -> list[str]:
    inside = Intervals.of(chrome)
    lines = []
    pos = 0
    for line in text.split("\n"):
        a = pos
        pos += len(line) + 1
        # (a table's cell mark alone on its line, "|", between a copy's columns is no text line either)
        if (bare := line.strip()) and bare != "|" and not inside.holds(a + len(line) - len(line.lstrip())) \
                and not _RULE.fullmatch(bare):
            lines.append(bare)
    return lines


_MARK_LINE = re.compile(r"\([^()]{1,40}\)")


@cache
def _titles_by_lower() -> dict[str, str]:
    t = get(TitlesLexicon)
    out = {lower_keep_len(x): x for x in t.titles}
    out.update({f"{lower_keep_len(p)} {lower_keep_len(x)}": f"{p[:1].upper()}{p[1:]} {x}"
                for p in t.title_prefixes for x in t.titles})
    return out


def _signed(text: str, chrome: Intervals | list[tuple[int, int]]) -> tuple[str, str] | None:
    """The signer of a written document (:func:`signature`) from its last lines, or from the right column of its
    last lines where a text copy lays the list of recipients and the signature side by side."""
    got = signature(_signed_end(_text_lines(text, chrome))[-4:])
    if got is None and (right := _right_column(text, chrome)):
        got = signature(right[-4:])
    if got is None and "|" in text:
        got = _row_signature(text, chrome)
    if got is None:
        got = _appended_signature(_text_lines(text, chrome))
    return got


#: the most lines of a signature block read under (or above) a written document's list of recipients: the authority
#: signed for, "KT. CHỦ TỊCH", the title, two lines of marks, the name
SIGNATURE_BLOCK_LINES = 6


def _appended_signature(lines: list[str]) -> tuple[str, str] | None:
    """The signer of a written document that an appendix follows (a table of indicators, "Phụ lục", "Biểu số 01"
    after the name): the signature block (:func:`signature`) read under the last list of recipients ("Nơi nhận:" /
    "- Như trên;" / ... / "- Lưu: VT." / "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / "Nguyễn Văn A" / "PHỤ LỤC" ...), where a
    copy reads the left column of the closing block before the right; right above it, where it reads the right
    first; or in the right column of lines laid in two ("Nơi nhận:      TM. ỦY BAN NHÂN DÂN" / "- Như trên;
    KT. CHỦ TỊCH" / ...). None where the document lists no recipients."""
    cue = _recipients_cue()
    head = None
    for k in range(len(lines) - 1, -1, -1):
        m = cue.match(lines[k])
        # (the cue alone, the right column beside it after a gap, or run onto it in capitals: "Nơi nhận: TM. UBND")
        if m is not None and (not (rest := lines[k][m.end():].lstrip(":")).strip() or _GAP_RE.match(rest)
                              or rest.isupper()):
            head = k
            break
    if head is None:
        return None
    if (got := signature(lines[max(0, head - 4):head])) is not None:
        return got
    block: list[str] = []
    for line in lines[head:head + COLUMN_TAIL_LINES + SIGNATURE_BLOCK_LINES]:
        gaps = list(_GAP_RE.finditer(line))
        if gaps:
            block.append(line[gaps[-1].end():])  # the right column beside the recipients
        elif not _LIST_ITEM.match(line) and not _recipients_head(line):
            block.append(line)  # the right column alone, or the signature under the recipients' list
        elif (glued := _glued_right(line)) is not None:
            block.append(glued)  # the right column run onto the recipient's line with one space: "- Lưu: VT. BÍ THƯ"
        if len(block) >= 2 and (got := signature(block[-4:])) is not None:
            return got
        if len(block) >= SIGNATURE_BLOCK_LINES:
            break
    return None


#: a sentence's stop, then a name closing a recipient's line ("- Lưu Văn phòng. Nguyễn Văn A")
_GLUED_NAME = re.compile(r"[.;,][ \t]+((?:[^\W\d_]+[ \t]+){1,3}[^\W\d_]+)$")


def _glued_right(line: str) -> str | None:
    """The right column's piece a text copy runs onto a line of the recipients' list with one space, no gap (a PDF
    copy read across the page): a signer's title in capitals at its end ("- UBND tỉnh (b/c); PHÓ CHỦ TỊCH": a title
    the lexicon knows, not an office's initials "- Lưu: VT, TCKH."), marks in brackets ("- Lưu: VT. (Đã ký)"), or a
    name after the item's stop ("- Lưu Văn phòng Huyện ủy. Nguyễn Văn A"); None for a recipient's line alone."""
    words = line.split()
    n = 0
    while n < min(TITLE_WORDS_MAX, len(words) - 1) and words[-1 - n].isupper():
        n += 1
    for k in range(n, 0, -1):
        title = " ".join(words[-k:])
        if lower_keep_len(title) in _titles_by_lower():
            return title
    if (marks := _TRAILING_MARKS.search(line)) is not None and marks.start() > 0 \
            and _MARK_LINE.fullmatch(mark := marks.group().strip()):
        return mark
    if (m := _GLUED_NAME.search(line)) is not None and looks_like_person(name := m.group(1)):
        return name
    return None


@cache
def _recipients_cell() -> re.Pattern[str]:
    """A table row whose cell opens with the recipients' list ("| Nơi nhận: - Như trên; ... | TM. ỦY BAN ... |"):
    report_structure.yaml ``end_cues``."""
    cues = "|".join(re.escape(c) for c in sorted(get(ReportStructure).end_cues, key=len, reverse=True))
    return re.compile(rf"^\|[ \t]*(?:{cues})[^\n]*$", re.MULTILINE)


#: the marks in brackets between a signer's title and name ("(Đã ký)", "(đã ký và đóng dấu)")
_TRAILING_MARKS = re.compile(r"(?:[ \t]*\([^()]{1,40}\))+[ \t]*$")
#: the most words of a signer's title in capitals ("PHÓ CHỦ TỊCH THƯỜNG TRỰC")
TITLE_WORDS_MAX = 5


def _row_signature(text: str, chrome: Intervals | list[tuple[int, int]]) -> tuple[str, str] | None:
    """The signer of a written document a page copies as one table row, the recipients' list in one cell and the
    signature in the next, run together ("| Nơi nhận: ... | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký)
    Trương Công Hậu |"): the last such row (a portal's sidebar may follow it), the cell after the recipients'."""
    held = Intervals.of(chrome)
    last = None
    for m in _recipients_cell().finditer(text):
        if not held.holds(m.start()):
            last = m
    if last is None:
        return None
    for cell in last.group().strip().strip("|").split("|")[1:]:
        if (got := _cell_signature(cell.strip())) is not None:
            return got
    return None


def _cell_signature(cell: str) -> tuple[str, str] | None:
    """A signature run together on one line: the title in capitals (after the authority signed for), marks in
    brackets, the name in title case at its end: (name, title as the lexicon writes it)."""
    words = cell.split()
    n = 0
    while n < len(words) and n < 4 and words[-1 - n][:1].isupper() and not words[-1 - n].isupper():
        n += 1
    if n < 2:
        return None
    name = " ".join(words[-n:])
    if not looks_like_person(name):
        return None
    head = _TRAILING_MARKS.sub("", " ".join(words[:-n])).split()
    for k in range(min(TITLE_WORDS_MAX, len(head)), 0, -1):
        title = " ".join(head[-k:])
        if title.isupper() and (role := _titles_by_lower().get(lower_keep_len(title))) is not None:
            return name, role
    return None


#: a gap between two columns laid side by side on a text copy's lines: a tab, or this many spaces
COLUMN_GAP = 4
_GAP_RE = re.compile(rf"[ ]*\t[ \t]*|[ ]{{{COLUMN_GAP},}}")
#: the last lines of a document read for two columns, and the fewest of them that hold the gap
COLUMN_TAIL_LINES, COLUMN_MIN_ROWS = 12, 2


def _right_column(text: str, chrome: Intervals | list[tuple[int, int]]) -> list[str]:
    """The right column of a text copy's last lines, laid in two ("Nơi nhận:      TM. ỦY BAN NHÂN DÂN" /
    "- Như trên;          KT. CHỦ TỊCH" / ... / "- Lưu: VT.      Nguyễn Văn A"): each line's text after its last
    gap, or the whole line where it stands indented by a gap (the right column alone); a line opened at the margin
    with no gap is the left column's, a line of ``chrome`` none (a PDF copy's running footer "Trang 3/5" under the
    signature). [] where fewer than ``COLUMN_MIN_ROWS`` of the lines hold a gap."""
    inside = Intervals.of(chrome)
    end = _rstripped_end(text, len(text))
    while (start := text.rfind("\n", 0, end) + 1) > 0:
        line = text[start:end]
        if not inside.holds(start + len(line) - len(line.lstrip())):
            break
        end = _rstripped_end(text, start)  # the running footer's lines under the signature
    at = end  # the last lines only, never the whole text split
    for _ in range(COLUMN_TAIL_LINES):
        if (at := text.rfind("\n", 0, at)) < 0:
            break
    block = text[at + 1:end]
    if "\t" not in block and " " * COLUMN_GAP not in block:
        return []  # no line of the tail holds a gap
    tail = [x.rstrip() for x in block.split("\n")]
    rows = 0
    out: list[str] = []
    for line in tail:
        body = line.lstrip()
        if not body:
            continue
        gaps = list(_GAP_RE.finditer(line, len(line) - len(body)))
        if gaps:
            rows += 1
            out.append(line[gaps[-1].end():])
        elif _GAP_RE.match(line):
            out.append(body)
    return out if rows >= COLUMN_MIN_ROWS else []


def _rstripped_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without the copy."""
    while end and text[end - 1].isspace():
        end -= 1
    return end


def signature(lines: list[str]) -> tuple[str, str] | None:
    """The signer of a written document, from its last lines: the signer's title in capitals ("PHÓ CHỦ
    TỊCH", under the authority signed for, "KT. CHỦ TỊCH", which is no role of theirs), lines of marks in
    brackets ("(đã ký)"), then the name ("Nguyễn Văn Hòa"): (name, title as the lexicon writes it)."""
    if len(lines) < 2:
        return None
    bare = _less_trailing_bracket(lines[-1])
    if not 2 <= len(bare.split()) <= 4:
        return None  # no name (:func:`looks_like_person`: title case keeps the words), and a long line not cased
    name = _title_case(bare)
    # (under a signer's title, a family name the list lacks before a middle name: "Xa Văn Thịnh")
    if not (looks_like_person(name) or _middle_name_start(name.split(), _rx()) == 0):
        return None
    k = len(lines) - 2
    while k > 0 and _MARK_LINE.fullmatch(lines[k]):
        k -= 1
    head = lines[k]
    if not head.isupper() or (role := _titles_by_lower().get(" ".join(lower_keep_len(head).split()))) is None:
        return None
    return name, role


def _outlet(name: str) -> bool:
    """A station or an outlet before a page's date ("Hà Nội TV · 04/10/2024"): an acronym among words in title case."""
    words = name.split()
    if any(lower_keep_len(w) in _outlet_words() for w in words):
        return True  # "Zing News 26/10/2020": a word of an outlet's name (``byline_outlet_words``) no person's holds
    return not name.isupper() and any(len(w) > 1 and w.isupper() for w in words)


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(lower_keep_len(w) for w in get(TitlesLexicon).byline_outlet_words)


@cache
def _top_byline_bare() -> re.Pattern[str]:
    """A byline line with no separator: the name, maybe the weekday, the date, the time or the view count ("Ngọc Tú
    06/12/2025 07:15", "Bởi Thanh Thắng 04/07/2024 312", "Thanh Hoa Thứ Năm, 04/07/2024 16:42 (GMT+7)"); the time
    may stand before the date ("Minh Tâm 15:41, 10/07/2024")."""
    day = phrase_alt(get(PeriodsLexicon).weekdays)
    return re.compile(rf"^([^|\d,:;()]{{4,40}}?)[ \t]+(?:\d{{1,2}}[:h]\d{{2}},?[ \t]+)?(?:(?:{day})(?!\w),?[ \t]+)?{_BYLINE_DATE}"
                      r"(?:[ \t]+\d{1,2}:\d{2}|[ \t]+\d{1,7})?(?:[ \t]*\([^()]{1,12}\))?[ \t]*$", re.IGNORECASE)


@cache
def _dated_byline() -> re.Pattern[str]:
    """A line of the page's date, maybe its weekday and time, then a mark and the byline ("10/07/2024 | Minh Anh",
    "Thứ Tư, 10/07/2024 08:15 | Minh Anh", "10/07/2024 08:15 - Minh Anh"): group 1 the byline."""
    day = phrase_alt(get(PeriodsLexicon).weekdays)
    return re.compile(rf"^(?:(?:{day})(?!\w),?[ \t]+)?\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:[ \t]*[-,]?[ \t]*\d{{1,2}}[:h]\d{{2}})?"
                      r"(?:[ \t]*\([^()]{1,12}\))?[ \t]*[|•·–-][ \t]*([^|\d]{4,60})$", re.IGNORECASE)


@cache
def _weekday() -> re.Pattern[str]:
    """A weekday opening a date line ("Thứ Năm 29/05/2025"): no author's name."""
    return re.compile(rf"[ \t]*(?:{phrase_alt(get(PeriodsLexicon).weekdays)})(?!\w)")


#: the mark opening each section of a roundup page, one body's meeting a section ("* Cũng sáng 26/7, HĐND huyện ...")
_SECTION_MARK = re.compile(r"[*•][ \t]")
#: the longest line read as a section's byline
SECTION_BYLINE_CHARS = 40


def section_bylines(text: str, chrome: Intervals | list[tuple[int, int]]) -> list[str]:
    """The bylines closing the sections of a roundup page but its last (the last is the article's own byline): a short
    line of names between a paragraph closed by a stop and the next section's mark ("... bầu bổ sung ủy viên UBND
    huyện." / "Đình Tuân" / "* Cũng sáng 26/7, ...")."""
    lines = _text_lines(text, chrome)
    out: list[str] = []
    for k in range(1, len(lines) - 1):
        line = lines[k]
        if len(line) <= SECTION_BYLINE_CHARS and _SECTION_MARK.match(lines[k + 1]) \
                and lines[k - 1].rstrip()[-1:] in ".!?" and (names := byline_names(line)):
            out += [n for n in names if n not in out]
    return out


def extract_authors(text: str, chrome: Intervals | list[tuple[int, int]]) -> list[str]:
    """The byline: a short line of names at the end of the article (photo credits excluded); a written
    document's signer (:func:`signature`) is no author."""
    rx = _rx()
    lines = _text_lines(text, chrome)
    if _signed(text, chrome) is not None:
        return []
    near = _head_lines(lines)
    for k, line in enumerate(lines[:max(TOP_DATED_BYLINE_LINES, near)]):
        # a byline at the top: "Nguyên Hoa | 05/07/2019 17:17"
        m = _TOP_BYLINE.match(line) or _top_byline_bare().match(line)
        if m and not _weekday().match(lower_keep_len(m.group(1))) and not _outlet(m.group(1)) \
                and gz.canonical_province(m.group(1).strip()) is None and (names := byline_names(m.group(1))):
            return names  # (a dateline's city, "Hà Nội 06/12/2025", is no author)
        if (m := _dated_byline().match(line)) and not _outlet(m.group(1)) and not _named_unit(lines, m.group(1).strip()) \
                and gz.canonical_province(m.group(1).strip()) is None and (names := byline_names(m.group(1))):
            return names  # the date first: "10/07/2024 08:15 | Minh Anh", "Thứ Tư, 10/07/2024 - Minh Anh"
        if k >= near:
            continue  # the lines further down, past the lead: a byline with its date only
        if ("|" in line or rx.field_dash.search(line)) and (names := byline_names(line)):
            return names  # "Ngày đăng: 16/12/2019 | Tác giả: Minh An | Lượt xem: 120"
        if rx.byline_field.match(lower_keep_len(line)) and (names := byline_names(line)):
            return names  # a line of the head led by a credit word: "Tin, ảnh: Minh Anh", "Tác giả: Thu Hà"
    end = len(lines)
    while end > 0 and _LIST_ITEM.match(lines[end - 1]) and not _dashed_byline(lines, end - 1) \
            and CLOSE_MARK not in lines[end - 1]:  # (the report's last item, closed: "- ... năm 2026./. Thu Hường")
        end -= 1  # "- Hương Thủy trao quà Tết (18/12/2017)": related headlines listed under the byline
    controls = 0
    k = end
    while k > max(0, end - END_BYLINE_LINES - min(controls, CONTROL_LINES_MAX)):
        k -= 1
        line = lines[k]
        closed = line.rfind(CLOSE_MARK)
        if closed >= 0 and 0 < len(line) - closed - len(CLOSE_MARK) <= CLOSED_TAIL_CHARS:
            # "... năm tới./. Phan Thái Sơn (TTXVN)": the byline after the report's close, on its last line
            if names := byline_names(line[closed + len(CLOSE_MARK):].strip()):
                return names
            break
        if bracketed := _BRACKETED.fullmatch(line):
            if rx.affiliation.match(lower_keep_len(bracketed.group(1))) or rx.source.match(lower_keep_len(bracketed.group(1))) \
                    or _WEB_ADDRESS.match(bracketed.group(1)):  # "(http://www.nguoidaibieu.com.vn)": the source's address
                continue  # "(Đài TT-TH huyện)": the workplace of the byline above, on a line of its own; "(Tổng hợp
                # từ Văn phòng HĐND)", "(Theo TTXVN)": where the report was taken from, under its writer's name
            if byline_names(bracketed.group(1)):
                line = bracketed.group(1)  # "(Minh Anh)": a byline in brackets
        if rx.source.match(lower_keep_len(line)) and ("://" in line or len(line) <= 70):
            if names := _sourced_names(line):
                return names  # "Theo Báo Hà Nam - Việt Hưng": the paper taken from, then its author
            continue  # "Nguồn Hà Nội TV: https://...": the source after the byline
        core = _less_trailing_bracket(line)  # "Minh Hà (Trung tâm Truyền thông huyện)": where the author works
        if _DOTTED_NAME.fullmatch(core) and all(w[0].isupper() for w in core.split()):
            core = line = core[:-1]  # "Hữu Hoàn.": a byline closed by a full stop, capitalised words only
        core = _less_workplace(core, rx)
        if len(core) > 70 or (core.endswith((".", "…", ":", ";")) and not core.endswith(CLOSE_MARK)):
            if len(core) > 70:
                if len(core) <= LONG_BYLINE_CHARS and not core.endswith((".", "…", ":", ";")) \
                        and (names := byline_names(line)):
                    return names  # "Hữu Phước - Thanh Trúc - Trung tâm Văn hóa, Thông tin và Thể thao huyện"
                break
            continue
        low = lower_keep_len(line)
        if rx.photo.match(low) or rx.affiliation.match(low):
            continue  # a photo credit, or the byline's workplace on a line of its own ("Trung tâm VH-TT-TT huyện")
        names = byline_names(line)
        if names and _under_recipients(lines, k):
            return []  # a written document's signer under its recipients' list, its columns run together: no author
        if names and not (controls and any(_named_unit(lines, n) for n in names)):
            return names  # (above a page's controls, a unit the text names is a menu's last link, no author)
        if not names and _page_control(line):
            controls += 1
            continue  # "Ý kiến ()", "Về trang trước  Lên đầu trang", "Địa chỉ: ...": the page's controls and fields
        break
    return _field_under_body(lines, end, rx) or _names_under_title(lines)


#: the most lines after the article's last paragraph a byline's field is looked for in
FIELD_UNDER_BODY_LINES = 2


def _field_under_body(lines: list[str], end: int, rx: _Rx) -> list[str]:
    """The names of a byline's field right under the article's last paragraph ("Tác giả bài viết: Lê Hòa" over
    "Nguồn tin: ..." on a portal whose rating, counters, time-out notice and footer follow, more lines of the page's
    furniture than the byline's scan reaches): the field's lead says it is the byline. [] where none."""
    last = next((k for k in range(end - 1, -1, -1) if len(lines[k]) > LONG_BYLINE_CHARS and _prose_line(lines[k])), None)
    if last is None:
        return []
    for line in lines[last + 1:last + 1 + FIELD_UNDER_BODY_LINES]:
        if rx.byline_field.match(lower_keep_len(line)) and (names := byline_names(line)):
            return names
    return []


#: the longest byline line (names and the authors' workplace after them), past the 70 characters of a short line
LONG_BYLINE_CHARS = 110
#: a line in brackets, alone
_BRACKETED = re.compile(r"\(([^()]{1,60})\)")
#: a web address ("http://www.nguoidaibieu.com.vn", "www.baotinh.vn/tin-1")
_WEB_ADDRESS = re.compile(r"[ \t]*(?:https?://|www\.)\S+[ \t]*\Z", re.IGNORECASE)
#: the longest line of a page's controls under a byline
CONTROL_LINE_CHARS = 40
#: the last lines a byline is looked for in, and how many lines of a page's controls below it widen them by at most
END_BYLINE_LINES = 3
CONTROL_LINES_MAX = 6
#: the mark that closes a report, and the longest byline written after it on the same line
CLOSE_MARK = "./."
CLOSED_TAIL_CHARS = 60
#: a page's field under an article ("Địa chỉ: Số 12, ...", "Email: ..."): a label of one to four words, its colon, a value
_FIELD_LINE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]*:[ \t]*\S")
#: a form's line of labels, each one to four words marked required by its star, a button's words after them ("Họ và
#: tên *    Email *    Nội dung bình luận *    Gửi bình luận"): the labels hold no star, so a match is linear
_REQUIRED_FIELDS = re.compile(r"(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]*\*[ \t]*){2,}(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})?")
#: a button of one word ("Print", "Share")
BUTTON_CHARS = 12


@cache
def _recipients_cue() -> re.Pattern[str]:
    """A written document's list of recipients opening its line ("Nơi nhận:"): report_structure.yaml ``end_cues``."""
    return re.compile("|".join(re.escape(c) for c in sorted(get(ReportStructure).end_cues, key=len, reverse=True)))


def _recipients_head(line: str) -> bool:
    """A line that is the recipients' cue alone ("Nơi nhận:"), the head of their list."""
    m = _recipients_cue().match(line)
    return m is not None and not line[m.end():].strip(" \t:")


def _under_recipients(lines: list[str], k: int) -> bool:
    """Whether line ``k`` stands in a written document's end block, under its list of recipients ("Nơi nhận: TM. ỦY
    BAN NHÂN DÂN" / "- Lưu: VT." / "Nguyễn Văn A" where a copy runs the two columns together): the signer's name."""
    return any(_recipients_cue().match(x) for x in lines[max(0, k - COLUMN_TAIL_LINES):k])


def _page_control(line: str) -> bool:
    """A short line of a page's controls or counters under the byline ("Ý kiến ()", "Về trang trước   Lên đầu
    trang"): no sentence end, a word in small letters after a capital (no name, no heading in capitals); a button of
    one word; a field of the page's footer ("Địa chỉ: ...")."""
    words = line.split()
    low = lower_keep_len(line)
    if len(words) == 1 and len(line) <= BUTTON_CHARS and line.isalpha():
        return True  # "Print", "Share": a button
    if words and all(w.startswith("#") and len(w) > 1 for w in words):
        return True  # "#XaTanAn #TongKet2025": a post's tags (chrome at a line's start; indented, read here)
    if _FIELD_LINE.match(line):
        return True  # "Địa chỉ: Số 12, đường Lê Lợi": a field of the page's footer (a byline's field gave names above)
    if _REQUIRED_FIELDS.fullmatch(line):
        return True  # "Họ và tên *    Email *    Nội dung bình luận *": a comment form's labels, each marked required
    if len(line) <= CONTROL_LINE_CHARS and any(ch.isdigit() for ch in line) \
            and not any(ch.isalpha() for ch in _counters().sub("", line)):
        return True  # "👍❤️ 128", "👁 1.024", "👍 126 · 8 bình luận · 14 lượt chia sẻ": counters under icons (no name)
    return len(line) <= CONTROL_LINE_CHARS and bool(words) and words[0][:1].isupper() \
        and any(w[:1].islower() for w in words[1:]) and not line.rstrip().endswith((".", "…", "!", "?")) \
        and not _rx().title.search(low) and not _org_word(low)  # no one's title ("Bí thư Huyện ủy")


@cache
def _counters() -> re.Pattern[str]:
    """A page's counter, a number and what it counts ("8 bình luận", "14 lượt chia sẻ"): chrome.yaml ``counter_units``."""
    units = "|".join(re.escape(u) for u in sorted(get(ChromeLexicon).counter_units, key=len, reverse=True))
    return re.compile(rf"\d[\d.,]{{0,12}}[ \t]*(?:{units})(?!\w)", re.IGNORECASE)


def _less_workplace(line: str, rx: _Rx) -> str:
    """A byline line less the workplace after its dash ("Thu Hà - Văn phòng Hội đồng nhân dân và Ủy ban nhân dân
    xã": an office spelt out is long, the byline is not)."""
    head, sep, tail = line.partition(" - ")
    return head if sep and rx.affiliation.match(lower_keep_len(tail)) else line


#: a dash opening a line: a byline after it ("– Hoàng Thu", "— Lê Hợi"), or a list's item
_DASH_LEAD = re.compile(r"[-–—][ \t]+")


def _dashed_byline(lines: list[str], k: int) -> bool:
    """Whether line ``k``, opened by a dash, is the byline written after it ("– Hoàng Thu"), not an item of a list
    of related headlines: alone under the report's last sentence (closed by a full stop, or by "!" as an interview's
    thanks closes it, or under its photo's caption closed by the credit), its names persons' names; after a list's hyphen
    none a place the gazetteer knows ("- Cái Bè": a headline's place), after a typographic dash none a unit the text
    names ("– Thanh Hà": a pen name, unless the report is on "xã Thanh Hà")."""
    above = lines[k - 1].rstrip() if k >= 1 else ""
    # a photo's caption with its credit under the last sentence ends the body as the stop does ("... Ảnh: Minh Châu")
    if k < 1 or not (m := _DASH_LEAD.match(lines[k])) or not (above.endswith((".", "…", "!")) or _photo_caption(above)) \
            or (_DASH_LEAD.match(above) and not above.endswith(CLOSE_MARK) and len(above) <= LONG_BYLINE_CHARS
                and not (k >= 2 and lines[k - 2].rstrip().endswith(";"))
                and not (lines[k][0] in "–—" and above[0] == "-")):
        return False  # (above it the report's last item: closed, longer than a headline, or after items closed by ";";
        # a typographic dash under items led by a hyphen is no further item: "- Chuẩn bị ... 2018." then "– Minh Tân")
    names = byline_names(lines[k][m.end():].strip())
    place = _named_unit if lines[k][0] in "–—" else (lambda _, n: bool(gz.lookup(n)))  # a list's hyphen: any place
    return bool(names) and not any(place(lines, n) for n in names)


#: the lines from the top a byline with its date is looked for in (a copied page's masthead and menus above it)
TOP_DATED_BYLINE_LINES = 12
#: the lines from the top a byline is looked for in, and the most when a page's head above the lead is longer
TOP_BYLINE_LINES = 6
TOP_BYLINE_MAX = 64


def _head_lines(lines: list[str]) -> int:
    """How many lines from the top a byline is looked for in: ``TOP_BYLINE_LINES``, or to the lead (the
    first line of ``LEAD_MIN_CHARS`` closed by a stop, with no menu's bar) when a page's masthead, menus and stamps
    above it are more."""
    lead = next((k for k, x in enumerate(lines[:TOP_BYLINE_MAX]) if len(x) >= LEAD_MIN_CHARS
                 and _prose_line(x) and "|" not in x), 0)  # prose: no masthead's slogan, no menu
    return max(TOP_BYLINE_LINES, lead)


#: a line with this many bars or bullets is a site's menu
MENU_BARS = 3


def _prose_line(line: str) -> bool:
    """Whether a long line may be the lead: not a menu ("Thời sự | Chính trị | ..."), not a headline (a lead
    closes its sentence; a long title does not)."""
    return line.count("|") + line.count("•") < MENU_BARS and line.rstrip().endswith((".", "…", ")", '"', "”"))


def _signed_end(lines: list[str]) -> list[str]:
    """The lines up to a written document's end: a page's short source lines and link lists after its
    signature ("Nguồn: Văn phòng UBND") left out."""
    rx = _rx()
    end = len(lines)
    while end > 1 and len(lines[end - 1]) <= SOURCE_LINE_CHARS and (
            rx.source.match(lower_keep_len(lines[end - 1])) or _LIST_ITEM.match(lines[end - 1])
            or _recipients_head(lines[end - 1])):
        end -= 1  # "- Cổng dịch vụ công quốc gia": a link list under the page's source line; "Nơi nhận:" and its
        # items under the signature (a notice's recipients printed below its signer, not beside)
    return lines[:end]


#: the longest source line a page prints under the report
SOURCE_LINE_CHARS = 70


#: the shortest lead a byline under the title stands above, and the shortest title
LEAD_MIN_CHARS = 100
TITLE_MIN_CHARS = 20
_NAME_SEP = re.compile(r"(?<![ \t])[ \t]+[-–][ \t]+|(?<![ \t])[ \t]*,[ \t]*")  # from a run's first space: linear
#: the longest line of names under a title
NAMES_LINE_CHARS = 80


#: a paper's code alone on its line ("SGGPO", "TTXVN", "VOV"): capitals, no space
_OUTLET_CODE = re.compile(r"[A-ZĐ]{2,8}")


def _names_under_title(lines: list[str]) -> list[str]:
    """A line of one to three names alone between a title and the lead ("Thu Hà - Ngọc Anh"): names in
    title case, none a place the gazetteer knows, the next line a lead of a full sentence; [] otherwise."""
    for k, line in enumerate(lines[1:max(HEADLINE_LINES, _head_lines(lines) + 1)], 1):  # to the lead, past a long head
        line = _less_trailing_bracket(line).rstrip(" \t•·|")  # "Quỳnh Nga (Trung tâm ...)": where the author works;
        # "Thành Duy •": a bullet before the date line
        if (pm := _rx().byline_prefix.match(lower_keep_len(line))) and line[pm.end():pm.end() + 1] in (" ", "\t"):
            line = line[pm.end():].strip()  # "Bởi Thanh Thắng": the prefix is no part of the name
        if len(line) > NAMES_LINE_CHARS:
            continue
        parts = _NAME_SEP.split(line)
        # under the page's date stamp ("Cập nhật: 13/07/2016 - 08:40", "08/10/2020 15:22 GMT+7") a line of names is
        # the byline, in capitals too, and a pen name that is also some commune's name is a place only where the
        # text names that unit ("xã Ngọc Thuận"); so above the article's date line ("Thanh Hà" / "10/07/2024 08:15")
        above = k - 1
        while above > 0 and k - above <= FONT_CONTROL_LINES and (_FONT_CONTROL.fullmatch(lines[above].strip())
                                                                   or _OUTLET_CODE.fullmatch(lines[above].strip())):
            above -= 1  # the page's buttons to size the text ("aa") or the paper's code ("SGGPO") over the byline
        stamped = _STAMP.search(lines[above]) is not None and len(lines[above]) <= STAMP_LINE_CHARS
        if not 1 <= len(parts) <= 3 or k + 1 >= len(lines):
            continue
        nxt = k + 1
        while nxt + 1 < len(lines) and nxt < k + 1 + FONT_CONTROL_LINES and _FONT_CONTROL.fullmatch(lines[nxt].strip()):
            nxt += 1  # "Khánh Thùy" / "aa": the page's buttons to size the text, between the byline and the lead
        dated = _DATE_LINE.fullmatch(lines[nxt]) is not None
        if line.isupper() and not (dated or stamped):
            continue  # a masthead in capitals; "ĐOÀN KIÊN" under the page's stamp or right above its date line is its byline
        after = nxt
        while dated and after + 1 < len(lines) and after < nxt + 3 and _DATE_LINE.match(lines[after]):
            after += 1  # the date line, and the lines of counters that open with the date again, above the lead
        while after + 1 < len(lines) and after < nxt + 4 and _FONT_CONTROL.fullmatch(lines[after].strip()):
            after += 1  # "aa", "A- A+": the page's font-size control between the date line and the lead
        if dated and after + 1 < len(lines) and _OUTLET_CODE.fullmatch(lines[after].strip()):
            after += 1  # "SGGPO": the paper's code on a line of its own, under the date line, over the lead
        top = after
        while after + 1 < len(lines) and after < top + CAPTION_LINES and _photo_caption(lines[after]):
            after += 1  # the lead photo's caption with its credit ("Quang cảnh hội nghị. Ảnh: Minh Châu") above the lead
        if 0 < above and len(lines[above]) < TITLE_MIN_CHARS and not stamped and _photo_caption(lines[above], lines[above - 1]):
            above -= 1  # "Quang cảnh hội nghị": the caption of the photo printed under the title, above the byline
        lead, title = lines[after], lines[above]  # the lead, past the article's date line under the byline
        if len(lead) < LEAD_MIN_CHARS or not lead.rstrip().endswith((".", "…")) \
                or (len(title) < TITLE_MIN_CHARS and not stamped) \
                or (title.rstrip().endswith((".", ":", ";")) and not (dated and _short_sapo(lines, above))):
            continue  # (a line of names over the article's date line may stand below a one-sentence sapo)
        if line.isupper() and not all(_capitals_name_words(p) and not _rx().title.search(lower_keep_len(p))
                                      and not _org_word(lower_keep_len(p)) for p in parts):
            continue  # a headline in capitals under the stamp ("HĐND TỈNH HỌP"), not a pen name
        # (a name is printed in capitals or with each word capitalised: "Vĩ mô - Đầu tư", a word in small letters after
        # a capital, is the site's section under its stamp, not two names)
        if all(_looks_like_name(_title_case(p) if stamped and p.isupper() else p) and not _organisation(p)
               and not (_named_unit(lines, p) if stamped or dated else gz.lookup(p)) for p in parts):
            return [_title_case(p) for p in parts]
    return []


#: the most lines of photo captions between a byline and the lead
CAPTION_LINES = 2
#: the longest caption line
CAPTION_LINE_CHARS = 300


@cache
def _caption_credit() -> re.Pattern[str]:
    """A photo's credit closing a caption line ("... Ảnh: Minh Châu", "(Ảnh: TTXVN)."): titles.yaml ``photo_leads``."""
    return re.compile(rf"{word_alt(get(TitlesLexicon).photo_leads)}[ \t]*:[ \t]*[^\W\d_][^.:;!?()|]{{0,40}}"
                      r"\)?[ \t]*\.?[ \t]*$", re.IGNORECASE)


#: what closes a sentence: a caption and a title end on none
_STOPS = (".", ":", ";", "…")


def _photo_caption(line: str, title: str | None = None) -> bool:
    """A photo's caption on a line of its own: closed by its credit (sites set the lead photo between the byline and
    the lead, and a text copy reads it as a line of its own or as a table's row: "| Quang cảnh hội nghị. Ảnh: Minh
    Châu |"); or, right under the title ``title`` (a line of a title's length closed by no stop), with no credit: a few
    words opened by a capital, with no stop and no figure ("Quang cảnh hội nghị")."""
    core = line.strip().strip("|").strip()
    if 0 < len(core) <= CAPTION_LINE_CHARS and _caption_credit().search(core) is not None:
        return True
    return title is not None and line[:1].isupper() and not line.isupper() and not line.rstrip().endswith(_STOPS) \
        and not any(c.isdigit() for c in line) and len(line.split()) >= 2 \
        and len(title) >= TITLE_MIN_CHARS and not title.rstrip().endswith(_STOPS)


def _short_sapo(lines: list[str], k: int) -> bool:
    """Line ``k`` is a one-sentence sapo under the title ("Ngày 24/12, HĐND huyện ... tiến hành Kỳ họp thứ 11."): a
    sentence shorter than a lead, a title (no closing stop) right above it, a blank line apart or none."""
    above = k - 1
    while above > 0 and not lines[above].strip():
        above -= 1
    return 0 <= above < k and len(lines[k]) < LEAD_MIN_CHARS and lines[k].count(". ") == 0 \
        and len(lines[above]) >= TITLE_MIN_CHARS and not lines[above].rstrip().endswith((".", ":", ";"))


#: a page's buttons to size the article's text ("aa", "A A", "A- A+"), and how many such lines a byline stands above
_FONT_CONTROL = re.compile(r"(?:[Aa]{1,2}[+-]?[ \t]*){1,3}")  # "aa", "A- A+": buttons that size the text
FONT_CONTROL_LINES = 2


_WORD_START = re.compile(r"(?<!\w)\w")


def _capitals_name_words(p: str) -> bool:
    """A pen name in capitals of up to three words, or a full name of four opened by a family name ("NGUYỄN THỊ
    MỸ DUYÊN")."""
    words = p.split()
    return len(words) <= 3 or (len(words) == 4 and _has_surname(_title_case(words[0]), _rx().surnames))


def _org_word(low: str) -> bool:
    """Whether a word of ``low`` (lower case) is an organisation's word ("huyện", "ủy"), as a whole word ("ủy" in
    "Huyện ủy", not in "thủy")."""
    rx = _rx().org_words
    return any(rx.match(low, m.start()) for m in _WORD_START.finditer(low))


#: a page's date stamp: a full date on a short line of its own
_STAMP = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?!\d)")
STAMP_LINE_CHARS = 50


def _named_unit(lines: list[str], name: str) -> bool:
    """Whether the text names ``name`` as the administrative unit the gazetteer knows by it ("xã Ngọc Thuận")."""
    units = gz.lookup(_title_case(name))
    if not units:
        return False
    low = lower_keep_len(" ".join(lines))
    return any(f"{lower_keep_len(u.kind)} {lower_keep_len(_title_case(name))}" in low for u in units)


#: a line that is only the article's date and time ("22/12/2025 17:30", "Thứ Hai, 22/12/2025 - 17:30")
_DATE_LINE = re.compile(r"(?:[^\W\d_]{2,4}[ \t][^\W\d_]{2,4},[ \t]*)?"  # a weekday
                        rf"(?:[{LOWER}]{{2,5}}[ \t]+)?"  # a word in lower case ("ngày"), not a lead's "Sáng 14/9/2017"
                        r"\d{1,2}([/.-])\d{1,2}\1\d{4}(?:[ \t]*[-|,]?[ \t]*\d{1,2}[:h]\d{2})?"
                        r"(?:[ \t]*\(?GMT[+-]\d{1,2}\)?)?(?:[ \t]+\d[\d.]{0,9}(?:[ \t]+[^\W\d_]+){0,2})?")  # "(GMT+7)", a counter after it
#: the lines from the top a byline under the title is looked for in (masthead, menu, title, byline)
HEADLINE_LINES = 8


def _sourced_names(line: str) -> list[str]:
    """The author after a source line's paper or agency and its last dash ("Theo Báo Hà Nam - Việt Hưng"), or
    before the paper in brackets ("Theo Vân Anh (Báo Nghệ An)");
    [] when the words after the dash are the paper's own (a place: "Theo Báo Bà Rịa - Vũng Tàu")."""
    rx = _rx()
    low = lower_keep_len(line)
    src = rx.source.match(low)
    if src is None or "://" in line:
        return []
    at = len(low) - len(low[src.end():].lstrip(" \t:"))
    paper = rx.publisher.match(low, at) or rx.agency.match(low, at)
    if paper is None and line.endswith(_BRACKET_ENDS) and (b := _TRAILING_BRACKET.search(line)) and b.start() > at:
        inner = len(low) - len(low[b.start():].lstrip(" \t("))
        if rx.publisher.match(low, inner) or rx.agency.match(low, inner):
            return byline_names(line[at:b.start()].strip())  # "Theo Vân Anh (Báo Nghệ An)": the author, then the paper
    if paper is None and (slash := line.find("/", at)) > at and (rx.publisher.match(low[slash + 1:].lstrip(" \t"))
                                                                or rx.agency.match(low[slash + 1:].lstrip(" \t"))):
        return byline_names(line[at:slash].strip())  # "Theo Minh Anh/Báo Tân Lập": the author, then the paper
    if paper is None and line[src.end():at].strip() == ":" and _plain_name(line[at:].strip()):
        return byline_names(line[at:].strip())  # "Nguồn tin: Hà Linh": a portal's source field naming its author
    if paper is None or gz.lookup(line[paper.end():].strip()):
        return []
    dashes = [d for d in re.finditer(r"(?<!\s)\s+[-–]\s+", line) if d.start() > paper.end()]
    for k, d in enumerate(dashes):
        nxt = line[d.end():dashes[k + 1].start() if k + 1 < len(dashes) else len(line)].strip()
        if gz.canonical_province(f"{line[paper.end():d.start()].strip()} - {nxt}") is None:
            # the first dash past the paper's name ("Báo Bà Rịa - Vũng Tàu" is one): its authors, one or more
            return byline_names(line[d.end():].strip())
    return []


#: two to four capitalised words and one full stop: a byline so closed ("Hữu Hoàn.")
_DOTTED_NAME = re.compile(r"[^\W\d_]+(?:[ \t][^\W\d_]+){1,3}\.")  # capitals checked by the caller
#: an office's abbreviation after a byline's dash ("Lê Hoa - TTVH huyện", "Minh Thư - VHTT&TT"): capitals, no name
_ABBREVIATION = re.compile(r"[A-ZĐ]{2,}[A-ZĐ&.-]*(?![\w])")
_TRAILING_BRACKET = re.compile(r"(?<![ \t])[ \t]*\([^()]{1,120}\)$")  # tried where spaces start: linear
_BRACKET_ENDS = (")", ")\n")  # how a text ends where ``_TRAILING_BRACKET`` matches (``$``: at its end or a last newline)


def _less_trailing_bracket(line: str) -> str:
    """``line`` without the bracket closing it ("Minh Hà (Trung tâm ...)"); a line that ends on no bracket is not
    searched (most do not: the search would try each of its blanks)."""
    return _TRAILING_BRACKET.sub("", line) if line.endswith(_BRACKET_ENDS) else line
#: a list item ("- ", "• "): a related headline, never a byline
_LIST_ITEM = re.compile(r"[-–•+*][ \t]")


#: a byline name shortened to initials ("T.VŨ", "N.T. Hà"): one to three initials, each closed by a full stop, then
#: one or two syllables
_INITIALED = re.compile(r"(?:[^\W\d_]\.[ \t]?){1,3}[^\W\d_][\w]*(?:[ \t][^\W\d_][\w]*)?")


def _plain_name(s: str) -> bool:
    """Two to four syllables each capitalised and no more, not a province's name nor opened by one ("Hà Linh", a
    commune's name too; not "Hà Nội TV", "Lai Châu")."""
    toks = s.split()
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() and t[1:].islower() for t in toks) \
        and gz.canonical_province(s) is None and gz.canonical_province(" ".join(toks[:2])) is None


#: a name of one word with a syllable after an apostrophe, as highland peoples write theirs ("K'Hiếu", "H'Nhi")
_APOSTROPHE_NAME = re.compile(rf"[{UPPER}][{LOWER}]?['’ʼ][{UPPER}][^\W\d_]*")


def _looks_like_name(s: str) -> bool:
    toks = s.split()
    if len(toks) == 1 and _APOSTROPHE_NAME.fullmatch(s):
        return True
    if _INITIALED.fullmatch(s):
        # not a place shortened the same way ("P.Hải Châu": the ward)
        return all(w[0].isupper() for t in toks for w in t.split(".") if w) and not gz.lookup(s.rsplit(".", 1)[1].strip())
    return 1 < len(toks) <= 4 and all(_TOKEN.fullmatch(t) and t[0].isupper() for t in toks)


def _title_case(s: str) -> str:
    """Each word capitalised, the rest in small letters; an initial's full stop opens a word ("T.VŨ" → "T.Vũ")."""
    if "'" in s or "’" in s:
        return " ".join(".".join(_capitalised(w) for w in t.split(".")) for t in s.split())
    if "." not in s:
        return " ".join(t[:1].upper() + t[1:].lower() for t in s.split())
    return " ".join(".".join(w[:1].upper() + w[1:].lower() for w in t.split(".")) for t in s.split())


def _capitalised(w: str) -> str:
    """A word capitalised, the rest in small letters; a capital's apostrophe keeps the next letter a capital
    ("K'HIẾU" → "K'Hiếu")."""
    out = w[:1].upper() + w[1:].lower()
    if len(out) > 2 and out[1] in "'’":
        out = out[:2] + out[2].upper() + out[3:]
    return out
