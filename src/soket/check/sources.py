"""One meeting, many sources: which documents report the same meeting, which of them are copies of
one text, and where their figures disagree (``docs/sources.md``). Pure: documents' meetings,
signatures and facts in; decisions, merged facts and issues out. :mod:`soket.store.sources` keeps
the groups and the LSH index; :mod:`soket.service` links each stored document.

- :func:`signature`: the MinHash signature of a text's word 5-shingles (NFC, lower case), as
  bytes; :func:`jaccard` estimates two texts' overlap
  from their signatures; :func:`band_hashes`: the LSH bands a signature is indexed under (:data:`BANDS` × :data:`ROWS`).
- :func:`decide`: two documents are copies of one text (``duplicate``), two write-ups of one
  meeting (``same_meeting``), or not the same meeting (None).
- :func:`agree`: two values are the same figure, up to the rounding of the one printed with fewer
  decimals (316,7 and 317 agree; 316,7 and 361,7 do not).
- :func:`merge_facts`: one merged fact per (indicator or subject, role, unit, occurrence) of a
  meeting with its sources; :func:`disagreements`: the ``sources_disagree`` issues.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np

from soket import rx as re
from soket.extract.numbers import NUMBER_RE, parse_value, spaced_number
from soket.fmt import format_number
from soket.model import MESSAGE_SEP, Fact, Issue, Meeting, Period
from soket.text import fold, fold_strip

NUM_PERM = 64
BANDS, ROWS = 16, 4  # 16 bands of 4 rows: two texts with Jaccard 0.5 share a band with p ≈ 0.65, 0.7: 0.98
SHINGLE = 5  # words
DUPLICATE_JACCARD = 0.6  # estimated text overlap from which two documents are one source
TEXT_JACCARD = 0.15  # text overlap that, with the meeting's keys, makes two write-ups of one meeting
FACT_SHARE = 0.3  # share of identical (indicator, role, value) facts that does the same
DATE_DAYS = 4  # meeting dates this many days apart can be one meeting (a report is posted later)

_WORD = re.compile(r"\w+")
_SEED = 1  # the seed of version 1's datasketch permutations (migration 0008 downgrades to them)
SIGNATURE_VERSION = 2
"""What :func:`signature` computes: 1, datasketch's MinHash (each shingle's SHA-1); 2, a
multiply-add-shift MinHash of :func:`shingle_hash`. Migration 0008 computed the stored ones again
as 2."""


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """The word ``k``-shingles of ``text`` (NFC, lower case) as UTF-8 bytes, the words joined by
    spaces (a text of fewer words: one shingle of them all)."""
    words = _words(text)
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    wb = [w.encode() for w in words]  # the UTF-8 of words joined by spaces: the words' joined
    return set(map(b" ".join, zip(*(wb[i:len(wb) - k + 1 + i] for i in range(k)), strict=True)))


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def _constant(name: str, i: int) -> int:
    """A fixed 64-bit constant (the BLAKE2b of its name and index): the same on every machine."""
    return int.from_bytes(hashlib.blake2b(f"soket.sources.{name}.{i}".encode(), digest_size=8).digest(), "little")


_U64 = (1 << 64) - 1
_A = np.array([_constant("a", i) | 1 for i in range(NUM_PERM)], dtype=np.uint64)[:, None]  # odd
_B = np.array([_constant("b", i) for i in range(NUM_PERM)], dtype=np.uint64)[:, None]
_EMPTY = np.full(NUM_PERM, (1 << 32) - 1, dtype=np.uint32).tobytes()
# a shingle's hash: its words' hashes as the digits of a polynomial in _ROLL (mod 2**64), mixed
# by splitmix64's finaliser
_ROLL = np.uint64(0x9E3779B97F4A7C15)
_MIX = (np.uint64(30), np.uint64(0xBF58476D1CE4E5B9), np.uint64(27), np.uint64(0x94D049BB133111EB), np.uint64(31))
_TOP = np.uint64(32)
_WORD_HASHES: dict[str, int] = {}
_WORD_HASHES_MAX = 1 << 17  # distinct words kept (a report's are syllables: a few thousand in all)


def word_hash(word: str) -> int:
    """A word's 64-bit hash: the first 8 bytes of the BLAKE2b of its UTF-8, little-endian (the
    same in every process and on every machine: signatures are stored)."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def _word_hashes(words: list[str]) -> Any:
    """:func:`word_hash` of each word, as uint64, through a bounded memo (a text's words are
    mostly ones seen before: one dict lookup a word, not a BLAKE2b)."""
    memo = _WORD_HASHES
    try:
        return np.fromiter(map(memo.__getitem__, words), np.uint64, len(words))
    except KeyError:
        if len(memo) > _WORD_HASHES_MAX:
            memo.clear()
        for w in words:
            if w not in memo:
                memo[w] = word_hash(w)
        return np.fromiter(map(memo.__getitem__, words), np.uint64, len(words))


def _shingle_hashes(hashes: Any, k: int) -> Any:
    """The 64-bit hash of each run of ``k`` words (or of all, when fewer) from their words'
    hashes, vectorised: the polynomial, then the mix (uint64 arithmetic, which wraps)."""
    m = max(1, len(hashes) - k + 1)
    h = hashes[:m].copy()
    for j in range(1, min(k, len(hashes))):
        h *= _ROLL
        h += hashes[j:j + m]
    s1, m1, s2, m2, s3 = _MIX
    h ^= h >> s1
    h *= m1
    h ^= h >> s2
    h *= m2
    h ^= h >> s3
    return h


def shingle_hash(shingle: bytes) -> int:
    """One shingle's 64-bit hash (a :func:`shingles` item: words joined by spaces), as
    :func:`signature` computes it for all at once from the words' hashes."""
    words = shingle.decode().split(" ")
    return int(_shingle_hashes(np.array([word_hash(w) for w in words], dtype=np.uint64), len(words))[0])


def min_hash(shingle_hashes: Sequence[int]) -> bytes:
    """The signature of a set of shingles given by their :func:`shingle_hash`, one at a time in
    Python: what :func:`signature` computes (the tests compare)."""
    if not shingle_hashes:
        return _EMPTY
    out = [min(((int(a) * x + int(b)) & _U64) >> 32 for x in shingle_hashes) for a, b in zip(_A[:, 0], _B[:, 0], strict=True)]
    return np.array(out, dtype=np.uint32).tobytes()


def signature(text: str) -> bytes:
    """The MinHash signature of ``text``'s word shingles (:data:`SHINGLE` words, NFC, lower case):
    :data:`NUM_PERM` 32-bit values, as bytes. The i-th is the least over the shingles of the top
    32 bits of (A_i × h + B_i) mod 2**64, h a shingle's :func:`shingle_hash` (made from its words'
    hashes), A_i odd: multiply-add-shift hashing of a hash already mixed, one pass over an array
    of permutations × shingles (:data:`SIGNATURE_VERSION` 2, migration 0008; version 1 was
    datasketch's MinHash of each shingle's SHA-1, at three times the cost). A shingle that comes
    twice counts once, as in a set: a minimum is the same."""
    words = _words(text)
    if not words:
        return _EMPTY
    y = _A * _shingle_hashes(_word_hashes(words), SHINGLE)  # permutations × shingles (uint64: wraps)
    y += _B
    return bytes((y.min(axis=1) >> _TOP).astype(np.uint32).tobytes())


def jaccard(a: bytes, b: bytes) -> float:
    """The Jaccard similarity of two texts estimated from their signatures."""
    if not a or not b or len(a) != len(b):
        return 0.0
    x, y = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    return float(np.count_nonzero(x == y)) / len(x)


def band_hashes(sig: bytes) -> list[tuple[int, int]]:
    """(band, hash) pairs under which ``sig`` is indexed: a signed 63-bit hash of each band's rows.
    Two signatures that share one pair are candidates for a :func:`jaccard` comparison."""
    out = []
    width = 4 * ROWS
    for b in range(BANDS):
        h = int.from_bytes(hashlib.blake2b(sig[b * width:(b + 1) * width], digest_size=8).digest(), "big")
        out.append((b, h >> 1))
    return out


# --- deciding ---------------------------------------------------------------------------------------


class FactKey(NamedTuple):
    subject: str  # the indicator key, else the folded subject
    role: str
    unit: str


def fact_key(f: Fact) -> FactKey | None:
    """What a fact is about, whatever the wording around it: None when it names nothing."""
    subj = f.indicator or (fold_strip(f.subject) if f.subject else "")
    if not subj or f.value is None:
        return None
    return FactKey(subj, f.role, f.unit or "")


def fact_triple(indicator: str | None, subject: str | None, role: str, value: float | int | None
                ) -> tuple[str, str, float] | None:
    """A fact's (indicator or folded subject, role, value), None when it names nothing."""
    subj = indicator or (fold_strip(subject) if subject else "")
    if not subj or value is None:
        return None
    return (subj, role, round(float(value), 6))


def fact_triples(facts: Sequence[Fact]) -> frozenset[tuple[str, str, float]]:
    """The (indicator or subject, role, value) triples of a document's facts."""
    return frozenset(t for f in facts if (t := fact_triple(f.indicator, f.subject, f.role, f.value)) is not None)


@dataclass(slots=True)
class SourceDoc:
    """What grouping reads of one document: its meeting and period, signature, facts' triples."""

    id: int
    meeting: Meeting
    period: Period
    sig: bytes
    triples: frozenset[tuple[str, str, float]] = frozenset()
    pin: str | None = None  # a manual override's label: pinned documents go with their pin only


def _date(s: str | None) -> _dt.date | None:
    if not s or len(s) != 10:
        return None
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        return None


def _same(a: str | None, b: str | None) -> bool:
    """Equal when both are known (folded); unknown matches anything."""
    return a is None or b is None or fold(a) == fold(b)


def same_meeting_keys(a: SourceDoc, b: SourceDoc) -> bool:
    """Could ``a`` and ``b`` report one meeting: the same body kind and locality (the province
    when both name one), and dates within :data:`DATE_DAYS` days, else the same session number,
    else the same period under review."""
    ma, mb = a.meeting, b.meeting
    if not ma.locality or not mb.locality or fold(ma.locality) != fold(mb.locality):
        return False
    if not ma.body_kind or ma.body_kind != mb.body_kind or not _same(ma.province, mb.province):
        return False
    pa, pb = a.period, b.period
    if None not in (pa.year, pb.year) and (pa.year, pa.start_month, pa.end_month) != (pb.year, pb.start_month, pb.end_month):
        return False
    da, db = _date(ma.date), _date(mb.date)
    if da and db:
        return abs((da - db).days) <= DATE_DAYS
    if ma.session is not None and mb.session is not None:
        return ma.session == mb.session
    return pa.year is not None and pb.year is not None


def fact_share(a: frozenset[Any], b: frozenset[Any]) -> float:
    """The share of the smaller set of facts found, identical, in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def decide(a: SourceDoc, b: SourceDoc) -> str | None:
    """``duplicate`` (one text: same format twice, a re-post), ``same_meeting`` (two write-ups of
    one meeting), or None. A near-identical text is one source whatever its meeting keys say
    (extraction may have missed a key in one copy); write-ups need the keys and an overlap of text
    or facts."""
    j = jaccard(a.sig, b.sig)
    keys = same_meeting_keys(a, b)
    if j >= DUPLICATE_JACCARD and (keys or fact_share(a.triples, b.triples) >= 0.5 or j >= 0.9):
        return "duplicate"
    if keys and (j >= TEXT_JACCARD or fact_share(a.triples, b.triples) >= FACT_SHARE):
        return "same_meeting"
    return None


def score(a: SourceDoc, b: SourceDoc) -> float:
    """How strongly two documents are one meeting (to pick among candidate groups)."""
    return jaccard(a.sig, b.sig) + fact_share(a.triples, b.triples)


# --- agreeing, merging ------------------------------------------------------------------------------


def printed_step(f: Fact) -> float:
    """The value of one unit in the last printed digit of the fact's figure (316,7 tỷ → 0.1 tỷ
    in the value's scale); 0 when the printed number cannot be read."""
    if f.value is None:
        return 0.0
    return _printed_step(f.raw, float(f.value))


@lru_cache(maxsize=4096)
def _printed_step(raw: str, value: float) -> float:
    """:func:`printed_step` of a figure printed as ``raw`` (copies of one report print their
    figures alike: a meeting's merge reads each once)."""
    for m in NUMBER_RE.finditer(raw):
        token = m.group(0)
        if (sp := spaced_number(raw, *m.span())) is not None:
            token = sp[1]  # "3. 407, 5 tỷ đồng": a separator typed with a blank after it, read as the extractor does
        printed = parse_value(token)
        if not printed:
            continue
        scale = abs(value) / printed
        if scale <= 0:
            continue
        decimals = len(token.rsplit(",", 1)[1]) if "," in token and not re.fullmatch(r"\d{1,3}(,\d{3})+", token) else 0
        return scale * 10.0 ** -decimals
    return 0.0


def agree(a: Fact, b: Fact) -> bool:
    """The same figure up to rounding: the values differ by at most half a unit of the last digit
    of the one printed with fewer decimals (316,7 and 317 agree; 98,74 and 98,7 agree; 316,7 and
    361,7 do not)."""
    if a.value is None or b.value is None:
        return a.value is b.value
    va, vb = float(a.value), float(b.value)
    if va == vb:
        return True
    step = max(printed_step(a), printed_step(b))
    return abs(va - vb) <= step / 2 * (1 + 1e-9)


@dataclass(slots=True)
class MergedSource:
    document_id: int
    source_id: int  # copies of one text (docx and pdf, a re-post) share it: they are one source
    fact: Fact
    fact_id: int | None = None


@dataclass(slots=True)
class MergedFact:
    """One figure of a meeting: the value most sources agree on (ties: the earliest document's),
    and every source that gives the figure."""

    key: FactKey
    occurrence: int
    value: float | int | None
    unit: str | None
    role: str
    subject: str | None
    indicator: str | None
    sources: list[MergedSource] = field(default_factory=list)
    agreeing: int = 0  # sources (copies of one text counted once) whose value agrees with ``value``
    disagree: bool = False


def merge_facts(docs: Sequence[tuple[int, int, Sequence[tuple[int | None, Fact]]]]) -> list[MergedFact]:
    """Merge the facts of one meeting's documents: ``docs`` is (document id, source id, [(fact id,
    fact)]) in order of preference (the primary document first). The k-th fact with a key in one
    document is merged with the k-th with that key in the others."""
    merged: dict[tuple[FactKey, int], MergedFact] = {}
    for doc_id, source_id, facts in docs:
        seen: dict[FactKey, int] = {}
        for fid, f in facts:
            k = fact_key(f)
            if k is None:
                continue
            n = seen.get(k, 0)
            seen[k] = n + 1
            m = merged.get((k, n))
            if m is None:
                m = merged[(k, n)] = MergedFact(k, n, f.value, f.unit, f.role, f.subject, f.indicator)
            m.sources.append(MergedSource(doc_id, source_id, f, fid))
    for m in merged.values():
        _settle(m)
    return list(merged.values())


def _settle(m: MergedFact) -> None:
    """The agreed value: the one most sources agree with (ties: the first source's). Whether two
    facts agree depends on their value and printed step only, so the sources are taken by those
    (copies of one figure are one class): a meeting of many sources costs the pairs of its
    distinct values, not of its sources."""
    classes: dict[tuple[Any, float], tuple[Fact, set[int]]] = {}
    for s in m.sources:
        f = s.fact
        key = (None if f.value is None else float(f.value), printed_step(f) if f.value is not None else 0.0)
        if key in classes:
            classes[key][1].add(s.source_id)
        else:
            classes[key] = (f, {s.source_id})
    reps = list(classes.values())
    best, best_n = reps[0][0], -1
    for f, _ in reps:  # in order of first appearance: the earliest source's value wins a tie
        n = len(set().union(*(ids for g, ids in reps if agree(f, g))))
        if n > best_n:
            best, best_n = f, n
    m.value = best.value
    m.agreeing = best_n
    m.disagree = any(not agree(best, g) for g, _ in reps)


def representatives(merged: Sequence[MergedFact]) -> set[int]:
    """The fact ids that stand for each merged fact (the first source agreeing with the agreed
    value): the copies counted once."""
    out = set()
    for m in merged:
        for s in m.sources:
            if s.fact_id is not None and agree(s.fact, _fact_of(m)):
                out.add(s.fact_id)
                break
    return out


def _fact_of(m: MergedFact) -> Fact:
    src = next((s.fact for s in m.sources if s.fact.value == m.value), m.sources[0].fact)
    return src


def disagreements(merged: Sequence[MergedFact], names: dict[int, str] | None = None) -> list[Issue]:
    """A ``sources_disagree`` warning for each merged fact whose sources give values that differ
    beyond rounding, quoting a source of each value."""
    names = names or {}
    out = []
    for m in merged:
        if not m.disagree:
            continue
        agreed = _fact_of(m)
        other = next(s for s in m.sources if not agree(agreed, s.fact))
        first = next(s for s in m.sources if s.fact is agreed)
        label = m.indicator or m.subject or "?"

        def quote(s: MergedSource) -> str:
            ev = (s.fact.evidence or s.fact.raw).strip()
            return f"{names.get(s.document_id, '#' + str(s.document_id))}: «{ev}»"

        a, b = _fmt(agreed), _fmt(other.fact)
        said = (f"{label} ({m.role}): các nguồn không khớp, {a} và {b}",
                f"{label} ({m.role}): sources disagree, {a} vs {b}", f"{quote(first)} | {quote(other)}")
        out.append(Issue(code="sources_disagree", severity="warning", span=None, message=MESSAGE_SEP.join(said)))
    return out


def _fmt(f: Fact) -> str:
    return f.raw.strip() or (format_number(f.value) if f.value is not None else "?")
