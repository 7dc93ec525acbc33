"""Facts read by OCR: where each sits on its page, and the table rows' arithmetic as a second reader.

Pure: facts and the OCR words of :mod:`soket.ingest.ocr` (``Document.meta["ocr"]["words"]``:
``[start, end, page, x0, y0, x1, y1, confidence]``) in, facts marked in place.

- :func:`mark_ocr`: each fact gets the page and the box (the union of the boxes of the words or
  cell under its span, on the first word's page) and the lowest confidence among them.
- :func:`incomplete_issues`: a scan whose OCR stopped at its budget gets a warning on the record.
- :func:`repair_rows`: in a table row, the result, the plan and the "% of plan" must agree
  (result / plan × 100 = % plan, to the decimals shown); "% more than plan" is % plan − 100 and a
  change in % is "% of last year" − 100. Where OCR figures break an identity and one
  single-character change of one of them restores it (a lost or swapped decimal comma, a stray
  mark, a digit OCR confuses: 3↔8, 5↔6, 1↔7, 0↔8 ...), and only one such change does, that
  figure takes the repaired value: ``ocr_raw`` keeps the reading, ``ocr_repair`` the corrected
  text and ``ocr_flag`` is "repaired". Where no change, or more than one, restores it, the OCR
  facts of the identity are flagged "doubtful" and kept as read.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from soket import rx as re
from soket.extract.tables import parse_cell
from soket.lexicon import get
from soket.lexicon.schema import LabelsLexicon
from soket.model import Fact, Issue

# digits Tesseract confuses in print (both ways)
# a repaired reading must be a number as Vietnamese print has it: "1.340,5", "48,33", "-3,7%"
_VI_NUMBER = re.compile(r"^[-−–+]?\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*%?$")
MAX_PCT = 1000.0   # a percentage of plan or of last year above this is a misreading

CONFUSIONS: dict[str, str] = {"0": "869", "1": "74", "3": "85", "4": "1", "5": "638", "6": "580",
                              "7": "1", "8": "3065", "9": "0"}


def incomplete_issues(ocr_meta: dict[str, Any] | None) -> list[Issue]:
    """One warning per note of an OCR cut short by its budget (``Document.meta["ocr"]["incomplete"]``,
    :mod:`soket.ingest.ocr`): the record says that its text is a part of the scan."""
    notes = (ocr_meta or {}).get("incomplete") or []
    said = get(LabelsLexicon).record_notes["ocr_incomplete"].vi
    return [Issue(code="ocr_incomplete", message=f"{said} — {n}") for n in notes]


def mark_ocr(facts: Iterable[Fact], words: Sequence[Sequence[Any]]) -> None:
    """Set ``page``, ``box`` and ``ocr_confidence`` of each fact from the OCR words under its span."""
    starts = [w[0] for w in words]
    for f in facts:
        a, b = f.span
        i = max(0, bisect.bisect_right(starts, a) - 1)
        hit = []
        while i < len(words) and words[i][0] < b:
            if words[i][1] > a:
                hit.append(words[i])
            i += 1
        if not hit:
            continue
        page = int(hit[0][2])
        same = [w for w in hit if int(w[2]) == page]
        f.page = page
        f.box = [min(w[3] for w in same), min(w[4] for w in same), max(w[5] for w in same), max(w[6] for w in same)]
        f.ocr_confidence = min(float(w[7]) for w in hit)


def ocr_issues(facts: Iterable[Fact]) -> list[Issue]:
    """One issue per OCR figure the arithmetic repaired or found doubtful (the dashboard flags
    the figure with it)."""
    out: list[Issue] = []
    notes = get(LabelsLexicon).record_notes
    for f in facts:
        if f.ocr_flag == "repaired":
            said = notes["ocr_repaired"]
            out.append(Issue(code="ocr_repaired", message=f"{said.vi} — {said.en}".format(raw=f.ocr_raw, repair=f.ocr_repair),
                             span=f.span))
        elif f.ocr_flag == "doubtful":
            said = notes["ocr_doubtful"]
            out.append(Issue(code="ocr_doubtful", message=f"{said.vi} — {said.en}".format(raw=f.raw), span=f.span))
    return out


# ---------------------------------------------------------------------------------------------
# the rows' arithmetic


def repair_rows(facts: Iterable[Fact]) -> None:
    """Check each table row's identities; repair or flag its OCR facts (see the module's text)."""
    rows: dict[tuple[int, int], dict[str, Fact]] = {}
    for f in facts:
        if f.origin == "table" and f.table is not None:
            rows.setdefault((f.table.index, f.table.row), {}).setdefault(f.role, f)
    for row in rows.values():
        for identity in _identities(row):
            _check(*identity)


def _identities(row: dict[str, Fact]) -> Iterator[tuple[list[Fact], Callable[[list[float], list[str]], bool]]]:
    """(facts, test) per identity the row has all the figures of; a test takes the values and the
    texts they were read from (the decimals shown set the tolerance)."""
    target, amount, pct = row.get("target"), row.get("amount"), row.get("plan_pct")
    if target is not None and amount is not None and pct is not None and target.unit == amount.unit:
        yield [amount, target, pct], _plan_ok
    diff = row.get("plan_diff_pct")
    if pct is not None and diff is not None:
        yield [pct, diff], _less_100
    prior, change = row.get("prior_pct"), row.get("change_pct")
    if prior is not None and change is not None:
        yield [prior, change], _less_100


def _plan_ok(v: list[float], raws: list[str]) -> bool:
    """result / plan × 100 = % of plan, within the rounding of the three figures as printed."""
    amount, target, pct = v
    if target == 0 or amount == 0 or not 0 <= pct <= MAX_PCT:
        return False
    ratio = amount / target * 100
    # rounding of the printed figures (their last decimal), relative for the result and the plan
    slack = 0.5 * 10 ** -_decimals(raws[2]) + abs(ratio) * (_half_unit(raws[0], amount, v[0]) +
                                                            _half_unit(raws[1], target, v[1]))
    return bool(abs(ratio - pct) <= 1.1 * slack + 1e-9)


def _half_unit(raw: str, value: float, scaled: float) -> float:
    """Half the last printed unit of ``raw`` relative to its value."""
    return float(0.5 * 10 ** -_decimals(raw) / max(abs(_read(raw) or scaled), 1e-9))


def _less_100(v: list[float], raws: list[str]) -> bool:
    if not all(-100 <= x <= MAX_PCT for x in v):
        return False
    return bool(abs(v[0] - 100 - v[1]) <= 1.1 * 10 ** -max(map(_decimals, raws)) + 1e-9)


def _decimals(raw: str) -> int:
    m = re.search(r",(\d+)\s*%?\s*$", raw.strip())
    return len(m.group(1)) if m else 0


def _check(facts: list[Fact], test: Callable[[list[float], list[str]], bool]) -> None:
    if not any(f.ocr_confidence is not None for f in facts):
        return  # born-digital: nothing to repair
    if any(f.ocr_flag == "repaired" for f in facts):
        return  # already settled by another identity of the row
    scales = [_scale(f, facts) for f in facts]
    if any(s is None for s in scales):
        return
    scale = [float(s) for s in scales if s is not None]
    raws = [f.raw for f in facts]
    read = [_read(r) for r in raws]
    if _holds(test, read, raws, scale):
        return
    fixes: set[tuple[int, str, float]] = set()
    for i, f in enumerate(facts):
        if f.ocr_confidence is None:
            continue
        for cand in variants(f.raw):
            v = _read(cand) if _VI_NUMBER.match(cand) else None
            if v is not None and v != read[i] and _holds(test, [v if j == i else r for j, r in enumerate(read)],
                                        [cand if j == i else r for j, r in enumerate(raws)], scale):
                fixes.add((i, cand, v))
    if len({(i, v) for i, _, v in fixes}) == 1:
        i, cand, v = min(fixes)
        f = facts[i]
        f.ocr_raw, f.ocr_repair, f.ocr_flag = f.raw, cand, "repaired"
        f.value = _num(v * scale[i])
        f.malformed = False
        return
    for f in facts:
        if f.ocr_confidence is not None and f.ocr_flag is None:
            f.ocr_flag = "doubtful"


def _holds(test: Callable[[list[float], list[str]], bool], read: list[float | None], raws: list[str],
           scale: list[float]) -> bool:
    vals = [r for r in read if r is not None]
    return len(vals) == len(read) and test([r * s for r, s in zip(vals, scale, strict=True)], raws)


def _read(raw: str) -> float | None:
    got = parse_cell(raw)
    if got is None or got[0] is None:
        return None
    return float(got[0])


def _scale(f: Fact, facts: list[Fact]) -> float | None:
    """The multiplier from the cell's number to the fact's value (the unit's scale)."""
    for g in [f, *facts]:
        r = _read(g.raw)
        if g.value is not None and r and g.unit == f.unit and g.role not in ("plan_pct", "plan_diff_pct",
                                                                              "prior_pct", "change_pct"):
            return float(g.value) / r
    return 1.0 if f.unit == "%" else None


def _num(v: float) -> float | int:
    r = round(v, 6)
    return int(r) if float(r).is_integer() and abs(r) < 2**53 else r


def variants(raw: str) -> list[str]:
    """Every reading one OCR slip away from ``raw``: a comma put in, a comma and a dot swapped, a
    stray non-digit taken out, one digit changed for one it is confused with."""
    out: list[str] = []
    s = raw
    for k in range(1, len(s)):
        if s[k - 1].isdigit() and s[k].isdigit() and "," not in s:
            out.append(s[:k] + "," + s[k:])
    for k, ch in enumerate(s):
        if ch == ",":
            out.append(s[:k] + "." + s[k + 1:])
        elif ch == ".":
            out.append(s[:k] + "," + s[k + 1:])
        elif not ch.isdigit() and ch not in "%-−–+":
            out.extend((s[:k] + s[k + 1:], s[:k] + "," + s[k + 1:], s[:k] + "." + s[k + 1:]))
        if ch in CONFUSIONS:
            out.extend(s[:k] + c + s[k + 1:] for c in CONFUSIONS[ch])
        if ch.isdigit() and sum(c.isdigit() for c in s) > 1:
            out.append(s[:k] + s[k + 1:])  # a digit too many (a speck read as one)
    seen: set[str] = set()
    uniq: list[str] = []
    for x in out:
        if x != raw and x not in seen:
            seen.add(x)
            uniq.append(x)
    return uniq
