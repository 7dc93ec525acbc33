"""Read cue words as printed: a sentence with a typo in a cue word is read as the writer meant it,
where the context leaves only one reading, and every such reading is reported so that a fact read
through it can say so.

Two repairs, both in the words around a figure, never in the figure itself:

- a cue word glued to the word before it ("công nghiệpđạt 312 tỷ đồng"): one written token
  that holds two syllables (two vowel groups) and ends in a cue word is read as two words;
- a cue word one edit or a tone mark apart ("tặng 3%" for "tăng 3%", "46,7% tự toán năm" for "dự
  toán năm"): only in the slot where that cue is the one possible reading: a change word just
  before a percentage, a plan word just after one. A written word that is itself a cue word is
  never changed. A plan phrase misspelt into no word of the language (lexicon ``misspelt_plans``:
  "tự toán") is read as the plan phrase one letter apart wherever it stands.

The words (cue lists, slots) come from ``lexicon/cues.yaml``; the repaired sentence comes with an
offset map back to the text as written, so spans and raw strings stay those of the source.

Beside the repairs, an abbreviation written with dots ("T.Ư", "TP. Huế", lexicon ``dotted_words``) is
read as one word: its dots stand as :data:`DOT` (a letter, same length, no offset moves), so that no
rule reads them as the end of a basis, a subject or a clause; :func:`unmask` gives the words back as
written. A full date written with dots ("31.1.2021") is read as one with slashes, the same length.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from soket import rx as re
from soket.extract.prefilter import skipping
from soket.extract.repairgate import glued_re, literals_re
from soket.extract.textutil import LOWER, UPPER, literal_alt, lower_keep_len, phrase_alt
from soket.lexicon import get
from soket.lexicon.schema import CuesLexicon, UnitsLexicon
from soket.text import fold, i_spellings

_VOWELS = re.compile(r"[aeiouy]+")
_CAMEL = re.compile(f"[{LOWER}][{UPPER}]{{2}}")
#: where :data:`_CAMEL` matches, found from the capitals (few) rather than the lower-case letters (most of a text)
_CAMEL_HINT = re.compile(f"[{UPPER}](?<=[{LOWER}][{UPPER}])[{UPPER}]")
#: a dot inside an abbreviation, as read: a letter (LATIN LETTER SINOLOGICAL DOT), so that "T.Ư" is one word
DOT = "\ua78f"
#: a full date written with dots ("31.1.2021"), never a number (a group of thousands has three digits)
_DOTTED_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\w,]|\.\d)")
#: what every dotted date holds, found by its literal dot (a search skips along to the dots): a cheap test first
_DOTTED_DATE_HINT = re.compile(r"\.(?<=\d\.)\d{1,2}\.(?:19|20)")


@dataclass(frozen=True, slots=True)
class Repair:
    """One word read other than written: where (in the repaired sentence) and what."""

    start: int
    end: int
    written: str
    read: str

    def note(self) -> str:
        return f"{self.written} → {self.read}"


@dataclass(slots=True)
class Repaired:
    """A sentence as read; ``offsets[i]`` is the index in the written sentence of ``text[i]``
    (one more entry for the end). ``repairs`` is empty when the sentence was read as written."""

    text: str
    low: str  # ``text`` lowered by :func:`lower_keep_len`
    offsets: list[int] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)

    def to_written(self, i: int) -> int:
        return self.offsets[i] if self.repairs else i


@dataclass(frozen=True, slots=True)
class _Lex:
    glue_words: tuple[str, ...]  # cue words that may be glued to the word before or after them
    before_pct: dict[str, str]  # folded form → cue, for the word just before a percentage
    pct_word: re.Pattern[str]  # the word just before a percentage (a qualifier may stand between)
    plan_words: dict[str, str]  # folded multi-syllable plan words → as written in the lexicon
    known: frozenset[str]  # cue words, never read as a typo of another
    never: frozenset[str]  # phrases never read as a typo ("chi tiêu")
    toneless_word: re.Pattern[str] | None  # a cue without its tone mark just before a figure ("đat 12")
    toneless_words: dict[str, str]  # that word → the cue
    toneless_phrase: re.Pattern[str] | None  # a phrase with one syllable's tone mark missing ("so vơi")
    toneless_phrases: dict[str, str]  # that phrase → the phrase
    dotted: re.Pattern[str] | None  # an abbreviation written with dots, as one word
    dotted_hint: re.Pattern[str] | None  # what every such abbreviation holds, from its first dot; None: no cheap test
    plan_slot: re.Pattern[str]  # two words after a percentage (and "so với") or after "so với", where a plan word is read
    misspelt: re.Pattern[str] | None  # a plan phrase misspelt into no word ("tự toán"), read wherever it stands
    misspelt_plans: dict[str, str]  # that phrase → the plan phrase one letter apart


@cache
def _lex() -> _Lex:
    c = get(CuesLexicon)
    r = c.roles
    known = {w for ps in (r.increase, r.decrease, r.level, c.subjects.predicate, r.plan_over, r.plan_under, r.basis_lead,
                          r.estimate, r.plan_heads, r.comparison_heads) for p in ps for w in p.split()}
    quals = phrase_alt(w for ws in c.quantities.qualifiers.values() for w in ws)
    words = {strip_tone(w): w for w in c.repair.toneless_before_figure if strip_tone(w) != w}
    phrases: dict[str, str] = {}
    for p in c.repair.toneless_phrases:
        syl = p.split()
        for i, x in enumerate(syl):
            if strip_tone(x) != x:
                phrases[" ".join([*syl[:i], strip_tone(x), *syl[i + 1:]])] = p
    # each misspelt plan phrase with the one plan phrase of its length one letter apart (the lexicon's test holds one)
    misspelt = {w: p for w in c.repair.misspelt_plans for p in r.plan_heads
                if len(p) == len(w) and sum(x != y for x, y in zip(w, p, strict=True)) == 1}
    inner = [w for w in c.repair.dotted_words if not w.endswith(".")]
    final = [w for w in c.repair.dotted_words if w.endswith(".")]
    dotted = "|".join(x for x in (
        rf"(?:{phrase_alt(inner)})(?![\w.])" if inner else "",
        # one that ends in a dot only before a name or a number: "TP. Huế", "Q. 1", not a sentence's last word
        rf"(?:{phrase_alt(final)})(?=[ \t]?(?-i:[{UPPER}0-9]))" if final else "") if x)
    return _Lex(
        dotted=skipping(re.compile(rf"(?<![\w.])(?:{dotted})", re.IGNORECASE)) if dotted else None,
        dotted_hint=_dotted_hint(c.repair.dotted_words),
        toneless_word=re.compile(rf"(?<!\w)({phrase_alt(words)})(?=[ \t]+(?:(?:{quals})[ \t]+)?\d)") if words else None,
        toneless_words=words,
        toneless_phrase=re.compile(rf"(?<!\w)({phrase_alt(phrases)})(?!\w)") if phrases else None,
        toneless_phrases=phrases,
        glue_words=tuple(sorted({lower_keep_len(w) for w in c.repair.glued_cues}, key=lambda w: (-len(w), w))),
        before_pct={fold(w): w for w in c.repair.before_percent},
        pct_word=re.compile(rf"(?<!\w)([^\W\d_]+)(?:[ \t]+(?:{quals}))?[ \t]+\d[\d.,]*[ \t]?$"),
        plan_words={fold(p): p for p in c.roles.plan_heads if len(p.split()) >= 2 and len(p) >= 6},
        known=frozenset(known),
        never=frozenset(lower_keep_len(w) for w in c.repair.never_typos),
        # and after a comparison's lead anywhere ("so tự toán giao đạt 62%": the plan named before its figure)
        misspelt=re.compile(rf"(?<!\w)({phrase_alt(misspelt)})(?!\w)") if misspelt else None,
        misspelt_plans=misspelt,
        plan_slot=re.compile(rf"(?:%[ \t]+(?:(?:{literal_alt(r.compare_leads)})[ \t]+)?|(?<!\w)(?:{literal_alt(r.compare_leads)})[ \t]+)"
                             r"([^\W\d_]+[ \t]+[^\W\d_]+)(?!\w)"),
    )


def _dotted_hint(words: list[str]) -> re.Pattern[str] | None:
    """A dot with one of the letter runs the dotted words put before their first dot right before it,
    at a word's start: a search for it skips along the text to the dots. None when a word's run
    before its first dot holds other than letters (no cheap test then)."""
    heads = {w.split(".", 1)[0] for w in words}
    if not heads or not all(h.isalpha() for h in heads):
        return None
    runs = "|".join(rf"(?<=(?<![\w.])[^\W\d_]{{{n}}}\.)" for n in sorted({len(h) for h in heads}))
    return re.compile(rf"\.(?:{runs})")


def _two_syllables(token: str) -> bool:
    return len(_VOWELS.findall(fold(token).replace("qu", "q").replace("gi", "g"))) >= 2


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def repair(s: str) -> Repaired:
    """The sentence as read (see the module's docstring); cheap when nothing needs repair: a few searches
    (:func:`_gates`) tell that no step away from a percentage can edit it, and then only the steps of a percentage's
    slot run, where one stands (issue 12: a step runs only where its cue is present)."""
    lex = _lex()
    if lex.dotted is not None and "." in s and (lex.dotted_hint is None or lex.dotted_hint.search(s)):
        s = lex.dotted.sub(lambda m: m.group().replace(".", DOT), s)
    if "." in s and _DOTTED_DATE_HINT.search(s):  # "đến ngày 31.1.2021": a date written with dots is read as one with slashes
        s = _DOTTED_DATE.sub(r"\1/\2/\3", s)
    low = lower_keep_len(s)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the written sentence
    if _clean_away_from_percent(s, low):  # issue 12: nearly every sentence, after a few searches
        if "%" in low:
            _percent_steps(s, low, lex, edits)
        elif low.lstrip(" \t")[:1] in _garble_lex()[1]:  # a comparison or plan phrase may open the sentence
            _garbled(s, low, lex, edits)
        return _apply(s, sorted(set(edits))) if edits else Repaired(s, low)
    n = len(low)
    for cue in lex.glue_words:  # a cue glued to the word before it ("nghiệpđạt") or after it ("Ướcthu")
        i = low.find(cue)
        while i >= 0:
            j = i + len(cue)
            before, after = i > 0 and low[i - 1].isalpha(), j < n and low[j].isalpha()
            if before != after:
                a, b = i, j
                while a > 0 and low[a - 1].isalpha():
                    a -= 1
                while b < n and low[b].isalpha():
                    b += 1
                token = low[a:b]
                if token not in lex.known and _two_syllables(token):
                    rest = low[a:i] if before else low[j:b]
                    if _VOWELS.search(fold(rest)):
                        edits.append((i, i, " ") if before else (j, j, " "))
            i = low.find(cue, j)
    for m in _CAMEL.finditer(s):  # "dự toánHĐND tỉnh": a cue word glued to the capitals after it
        c = m.start() + 1
        a = c
        while a > 0 and low[a - 1].isalpha():
            a -= 1
        if low[a:c] in lex.known:
            edits.append((c, c, " "))
    for m in _WORD_THEN_DIGIT.finditer(s) if _GLUED_HINT.search(s) else ():  # "và9,7 ha", "năm2025": a word glued to the number after it
        w = m.group()
        if w.islower() and len(w) > 1 and _VOWELS.search(fold(w)) \
                and not _PCT_AFTER.match(s, m.end()):  # not a unit's exponent ("km2", "m3"); "đạt13,04%" is read as it is
            edits.append((m.end(), m.end(), " "))
    _toneless(s, low, lex, edits)
    _currency_after_scale(s, low, edits)
    _scale_before_currency(s, low, edits)
    _unspaced(low, edits)
    _percent_steps(s, low, lex, edits)
    if not edits:
        return Repaired(s, low)
    return _apply(s, sorted(set(edits)))


def _percent_steps(s: str, low: str, lex: _Lex, edits: list[tuple[int, int, str]]) -> None:
    """The steps whose slot is a percentage (and the comparison phrases' slots: the sentence's opening and right after
    a percentage)."""
    n = len(low)
    i = low.find("%")
    while i >= 0:  # "tặng 3%": the word before a percentage, a tone mark from a change word
        wm = lex.pct_word.search(low, max(0, i - 40), i)
        if wm is not None:
            w = wm.group(1)
            f = fold(w)
            if f in lex.before_pct and lex.before_pct[f] != w and w not in lex.known:
                edits.append((wm.start(1), wm.end(1), _same_case(s[wm.start(1):wm.end(1)], lex.before_pct[f])))
        i = low.find("%", i + 1)
    if "%" in low:
        _plan_after_pct(s, low, lex, edits)
    _garbled(s, low, lex, edits)
    i = low.find("%")
    while i >= 0:  # "4,2%so với", "4,2 %so với": a percentage glued to the word after it
        if i + 1 < n and low[i + 1].isalpha() and i and (low[i - 1].isdigit() or _SPACED_PCT.match(low, max(0, i - 2), i)):
            edits.append((i + 1, i + 1, " "))
        i = low.find("%", i + 1)


def _clean_away_from_percent(s: str, low: str) -> bool:
    """Whether no step but those of a percentage's slot and the sentence's opening can edit the sentence: no match of
    the :func:`_gates` in the lowered text, no word glued to the capitals after it in the text as written."""
    glued, digits, written = _gates()
    return glued.search(low) is None and digits.search(low) is None and written.search(low) is None \
        and _CAMEL_HINT.search(s) is None


@cache
def _gates() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a step of :func:`repair` away from a percentage could make an edit (see :mod:`soket.extract.repairgate`),
    three searches, each skipping along the text to its own first characters (one alternation of all three tries
    every branch at every letter: measured ~3x slower than the three): a glue cue with a syllable of its own beside
    it; a digit right after a letter, or the currency and scale slots' patterns (all three opening on a digit: one
    pattern); the toneless, misspelt, unbarred and unspaced forms the steps test for, as written."""
    lex = _lex()
    slots = [rx.pattern for rx in (_currency_rx()[0], _scale_rx()[0]) if rx is not None]
    unbarred = _garble_lex()[4]
    return (re.compile(glued_re(lex.glue_words)),
            re.compile("|".join([r"\d(?<=[^\W\d_]\d)", *slots])),
            re.compile(literals_re([*lex.toneless_words, *lex.toneless_phrases, *lex.misspelt_plans, *unbarred,
                                    *_unspaced_rx()[2]])))


@cache
def _currency_rx() -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str], tuple[str, ...]]:
    """A word right after a figure's scale of a thousand or more that closes its clause (or opens a rate's slash):
    the slot of a currency; the currencies of one accented word by their folded form; the words of the units and cue
    lexicons (never read as a typo); the scale words (a cheap test)."""
    u = get(UnitsLexicon)
    scales = [w for w, v in u.scales.items() if v >= 1000]
    folds: dict[str, list[str]] = {}
    for w in u.currencies:
        if " " not in w and not w.isascii() and len(w) >= 3:
            folds.setdefault(fold(w), []).append(w)
    words = {x for ws in (u.currencies, u.measures, u.counted_nouns, u.classifiers, u.not_units, u.noun_stop,
                          u.compounds, u.group_nouns, u.scales, u.currency_compounds, u.money_purposes) for w in ws
             for x in w.lower().split()}
    # a currency written right is no candidate: the pattern matches only the rare other words there
    rx = re.compile(rf"\d[ \t]?(?:{phrase_alt(scales)})[ \t]+(?!(?:{phrase_alt(u.currencies)})(?!\w))([^\W\d_]{{3,}})"
                    r"(?=[ \t]*(?:[,;.:()/\n]|$))") if scales else None
    heads = tuple({w.split()[-1] for w in scales})
    return rx, {f: ws[0] for f, ws in folds.items() if len(ws) == 1}, frozenset(words | _lex().known), heads


@cache
def _scale_rx() -> tuple[re.Pattern[str] | None, dict[str, str], tuple[str, ...]]:
    """A word right after a figure and right before a currency: the slot of a scale; the scales of one word by their
    folded form, a scale's other spelling too ("tí" a tone mark from "tỉ", which the lexicon writes "tỷ"), those folding
    alike of one value; the currency words (a cheap test)."""
    u = get(UnitsLexicon)
    folds: dict[str, list[tuple[str, int]]] = {}
    for w, value in u.scales.items():
        if " " not in w and not w.isascii():
            for spelt in (w, *i_spellings(w)):
                folds.setdefault(fold(spelt), []).append((spelt, value))
    one = {f: ws[0][0] for f, ws in folds.items() if len({v for _, v in ws}) == 1}
    curs = tuple(w for w in u.currencies if len(w) >= 2)
    # a scale written right is no candidate: the pattern matches only the rare other words there
    rx = re.compile(rf"\d[ \t]?(?!(?:{phrase_alt(u.scales)})[ \t])([^\W\d_]{{2,}})[ \t]+(?:{phrase_alt(curs)})(?!\w)") \
        if one and curs else None
    return rx, one, curs


def _scale_before_currency(s: str, low: str, edits: list[tuple[int, int, str]]) -> None:
    """"12,5 triêu đồng", "3 tý đồng": a word a tone mark from a scale (the same letters unaccented) between a figure
    and a currency, that is no word of the lexicons, is that scale: nothing else stands there."""
    rx, folds, curs = _scale_rx()
    if rx is None or not any(c in low for c in curs):
        return
    words = _currency_rx()[2]
    for m in rx.finditer(low):
        w = m.group(1)
        sc = folds.get(fold(w))
        if sc is not None and w not in words:
            edits.append((m.start(1), m.end(1), _same_case(s[m.start(1):m.end(1)], sc)))


def _currency_after_scale(s: str, low: str, edits: list[tuple[int, int, str]]) -> None:
    """"126,5 triệu đòng": a word a tone mark from the one accented currency ("đồng", the same first letter and the same
    letters unaccented) right after a scale, closing its clause, that is no word of the lexicons, is that currency."""
    rx, folds, words, scales = _currency_rx()
    if rx is None or not any(w in low for w in scales):
        return
    for m in rx.finditer(low):
        w = m.group(1)
        cur = folds.get(fold(w))
        if cur is not None and w != cur and w[0] == cur[0] and w not in words:
            edits.append((m.start(1), m.end(1), _same_case(s[m.start(1):m.end(1)], cur)))


#: a word's letters right before a digit, from the word's start (runs never overlap: linear)
_WORD_THEN_DIGIT = re.compile(r"(?<!\w)[^\W\d_]+(?=\d)")
_PCT_AFTER = re.compile(r"[\d.,]+[ \t]*%")
_GLUED_HINT = re.compile(r"\d(?<=[^\W\d_]\d)")  # a digit right after a letter (found from the digits): most sentences have none


def unmask(words: str | None) -> str | None:
    """Words of a repaired sentence as written: an abbreviation's dots back ("T.Ư")."""
    return words.replace(DOT, ".") if words and DOT in words else words


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def strip_tone(word: str) -> str:
    """``word`` without its tone mark, its vowel letters kept ("đạt" → "đat", "với" → "vơi")."""
    return unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", word) if ch not in _TONES))


def _toneless(s: str, low: str, lex: _Lex, edits: list[tuple[int, int, str]]) -> None:
    """Cue words and phrases written without a tone mark, in the slots where only the cue reads."""
    if lex.toneless_word is not None and any(w in low for w in lex.toneless_words):
        for m in lex.toneless_word.finditer(low):
            if m.group(1) not in lex.known:
                edits.append((m.start(1), m.end(1), _same_case(s[m.start(1):m.end(1)], lex.toneless_words[m.group(1)])))
    if lex.toneless_phrase is not None and any(p in low for p in lex.toneless_phrases):
        for m in lex.toneless_phrase.finditer(low):
            edits.append((m.start(1), m.end(1), _same_case(s[m.start(1):m.end(1)], lex.toneless_phrases[m.group(1)])))
    if lex.misspelt is not None and any(p in low for p in lex.misspelt_plans):
        for m in lex.misspelt.finditer(low):  # "thấp hơn tự toán gần 27%": a plan phrase misspelt into no word
            edits.append((m.start(1), m.end(1), _same_case(s[m.start(1):m.end(1)], lex.misspelt_plans[m.group(1)])))


_SPACED_PCT = re.compile(r"\d[ \t]")


@cache
def _garble_lex() -> tuple[tuple[tuple[str, str], ...], frozenset[str], int, re.Pattern[str] | None, dict[str, str]]:
    """Comparison and plan phrases by their folded letters ("so voi" → "so với"), their first letters and the longest
    phrase's length; the cue
    words with a barred d
    written plain before a figure ("dạt", "dat" → "đạt") with their reading."""
    c = get(CuesLexicon)
    phrases = tuple((fold(p), p) for p in c.repair.toneless_phrases)
    unbarred: dict[str, str] = {}
    for w in c.repair.toneless_before_figure:
        for v in (w, strip_tone(w)):
            bare = "".join(ch if ch.isascii() or fold(ch) != "d" else "d" for ch in v)  # the barred d written plain
            if bare != v:
                unbarred[bare] = w
    quals = phrase_alt(w for ws in c.quantities.qualifiers.values() for w in ws)
    rx = re.compile(rf"(?<!\w)({phrase_alt(unbarred)})(?=[ \t]+(?:(?:{quals})[ \t]+)?\d)") if unbarred else None
    firsts = frozenset(ch for fp, p in phrases for ch in (fp[0], p[0]))  # consonants: written as folded, but the barred d
    return phrases, firsts, max((len(fp) for fp, _ in phrases), default=0), rx, unbarred


def _garbled(s: str, low: str, lex: _Lex, edits: list[tuple[int, int, str]]) -> None:
    """A comparison or plan phrase with its marks garbled ("so vói cùng kỳ", "so vơí"), read by its folded letters
    in the slots these phrases stand in: the sentence's opening ("So vói cùng kỳ, ...") and right after a percentage
    ("tăng 9,8% so vói cùng kỳ"); a cue word with a barred d written plain right before a figure ("dạt 45 tỷ đồng")."""
    phrases, firsts, width, rx, unbarred = _garble_lex()
    n = len(low)
    at = 0
    while at >= 0:
        j = at
        while j < n:  # the phrases in a row from the slot ("so với cùng kỳ")
            if low[j] in " \t":
                j += 1
                continue
            if low[j] not in firsts:
                break
            exact = next((p for _, p in phrases if low.startswith(p, j)), None)
            if exact is not None:  # written right: the next phrase in the row
                j += len(exact)
                continue
            folded = fold(low[j:j + width])  # the slot's words only: folding the whole sentence costs more
            hit = None
            for fp, p in phrases:
                if folded.startswith(fp) and (j + len(fp) == n or not low[j + len(fp)].isalnum()):
                    hit = fp, p
                    break
            if hit is None:
                break
            fp, p = hit
            if low[j:j + len(fp)] not in lex.never:
                edits.append((j, j + len(fp), _same_case(s[j:j + len(fp)], p)))
            j += len(fp)
        pct = low.find("%", at)
        at = pct + 1 if pct >= 0 else -1
    if rx is not None and any(w in low for w in unbarred):
        for m in rx.finditer(low):
            edits.append((m.start(1), m.end(1), _same_case(s[m.start(1):m.end(1)], unbarred[m.group(1)])))


@cache
def _unspaced_rx() -> tuple[re.Pattern[str], dict[str, int], tuple[str, ...]]:
    """Comparison and plan phrases written without the space inside ("sovới cùng kỳ", "kếhoạch"): the glued
    forms, where each one's space goes, and the two letters around the missing space."""
    phrases = [p for p in get(CuesLexicon).repair.unspaced_phrases if len(p.split()) == 2]
    glued = {p.replace(" ", ""): p.index(" ") for p in phrases}
    rx = re.compile(rf"(?<!\w)({phrase_alt(glued)})(?!\w)")
    # the letters either side of the missing space ("ov" in "sovới"): no syllable holds them, a cheap test
    return rx, glued, tuple({lower_keep_len(p[p.index(" ") - 1] + p[p.index(" ") + 1]) for p in phrases})


def _unspaced(low: str, edits: list[tuple[int, int, str]]) -> None:
    """A space back inside a two-syllable cue phrase written glued ("sovới" reads "so với")."""
    rx, glued, joins = _unspaced_rx()
    for jn in joins:
        if jn in low:
            break
    else:
        return
    for m in rx.finditer(low):
        at = m.start(1) + glued[m.group(1)]
        edits.append((at, at, " "))


def _plan_after_pct(s: str, low: str, lex: _Lex, edits: list[tuple[int, int, str]]) -> None:
    for m in lex.plan_slot.finditer(low):
        a, b = m.span(1)
        read = _plan_reading(" ".join(low[a:b].split()))
        if read is not None:
            edits.append((a, b, _same_case(s[a:b], read)))


@lru_cache(maxsize=4096)
def _plan_reading(written: str) -> str | None:
    """The plan word a written pair of words one edit or a tone mark away stands for, when there is
    exactly one; None for a plan word written right, a phrase never read as a typo, or no reading."""
    lex = _lex()
    if written in lex.plan_words.values() or written in lex.never:
        return None
    f = fold(written)
    hit = [p for fp, p in lex.plan_words.items() if fp == f or _one_edit(fp, f)]
    return hit[0] if len(hit) == 1 else None  # one reading only


def _same_case(written: str, read: str) -> str:
    return read[:1].upper() + read[1:] if written[:1].isupper() else read


def _apply(s: str, edits: list[tuple[int, int, str]]) -> Repaired:
    out: list[str] = []
    offsets: list[int] = []
    repairs: list[Repair] = []
    pos = 0
    for a, b, rep in edits:
        if a < pos:
            continue  # overlapping edits: the first wins
        out.append(s[pos:a])
        offsets.extend(range(pos, a))
        start = sum(len(x) for x in out)
        out.append(rep)
        offsets.extend([a] * len(rep) if b == a else [min(a + k, b - 1) for k in range(len(rep))])
        if b == a:  # a glued word: report the token as written and as read
            ws = re.search(r"[^\W\d_]+$|%$", s[:a])  # "%so": the percentage sign glued to a word
            we = re.match(r"[^\W\d_]+", s[a:])
            written = (ws.group() if ws else "") + (we.group() if we else "")
            repairs.append(Repair(start - (len(ws.group()) if ws else 0), start + 1 + (len(we.group()) if we else 0),
                                  written, (ws.group() if ws else "") + " " + (we.group() if we else "")))
        else:
            repairs.append(Repair(start, start + len(rep), s[a:b], rep))
        pos = b
    out.append(s[pos:])
    offsets.extend(range(pos, len(s) + 1))
    text = "".join(out)
    return Repaired(text, lower_keep_len(text), offsets, repairs)
