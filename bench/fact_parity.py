"""Issue 10: a report's facts printed the ways other reports print them. Each text report with gold (the seeds,
``examples/unseen`` and the dev set) has the constructions of its figures written again, mechanically, in the other
forms the genre uses for the same fact (``tests/extract/test_fact_forms.py``): a plan's attainment with or without
"so với", "bằng" for "đạt", the plan before the verb ("so dự toán đạt X%"); a change with "so" for "so với" and the
reverse, the comparison before the verb ("so với cùng kỳ tăng X%"); a list of changes
leaving out the verb its first item carries ("A tăng X%, B Y%"); a clause of plan or change put in brackets; an
estimate word before "đạt"; a rate's decimal comma as a dot, a space before "%"; "tỷ" as "tỉ", thousands of "tỷ" as
"nghìn tỷ" (mixed "1 nghìn 250 tỷ", or "1,25 nghìn tỷ"); a separator typed with a blank after it ("4, 94%", "3. 407,5
tỷ đồng"); a counted noun glued to its number ("52.917con"); the typos reports carry ("tặng" for "tăng", "tự toán"
for "dự toán", "triệu đòng", "triêu đồng"). Each variant is extracted and scored against the same gold. A fact is
tried when the text's own record matches it (loosely) and a rewriting falls in its sentence; it is right when the
variant's record matches it too (loose: role, unit, value; strict: and its subject). Prints per form: facts right
loose and strict / tried, facts lost outside the rewritten sentences, facts the variant adds, and with ``--show`` the
documents a form reads worse.

    PYTHONPATH=src .venv/bin/python bench/fact_parity.py [--show]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from soket.extract import extract_text  # noqa: E402

_NUM = r"\d[\d.,]*"
_PLAN = r"(?:kế hoạch|dự toán|KH|chỉ tiêu)"
_CMP = r"cùng kỳ"

#: a form: a finder and the rewriting of each match
Rewrite = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _rx(p: str) -> re.Pattern[str]:
    return re.compile(p)


def _glue(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2)


def _thousands_mixed(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    return f"{head} nghìn {int(tail)} {m.group(3)}" if int(tail) else f"{head} nghìn {m.group(3)}"


def _thousands_decimal(m: re.Match[str]) -> str:
    tail = m.group(2).rstrip("0")
    return f"{m.group(1)}{',' + tail if tail else ''} nghìn {m.group(3)}"


FORMS: dict[str, Rewrite] = {
    # plan attainment
    "plan_add_so_voi": (_rx(rf"(?<![\w])(đạt|bằng)([ \t]+{_NUM}[ \t]*%)[ \t]+(?=(?:{_PLAN})(?!\w))"),
                        lambda m: f"{m.group(1)}{m.group(2)} so với "),
    "plan_drop_so_voi": (_rx(rf"(?<![\w])(đạt|bằng)([ \t]+{_NUM}[ \t]*%)[ \t]+so(?:[ \t]+với)?[ \t]+(?={_PLAN}(?!\w))"),
                         lambda m: f"{m.group(1)}{m.group(2)} "),
    "plan_bang_for_dat": (_rx(rf"(?<![\w])đạt(?=[ \t]+{_NUM}[ \t]*%[ \t]+(?:so(?:[ \t]+với)?[ \t]+)?{_PLAN}(?!\w))"),
                          lambda m: "bằng"),
    "plan_dat_for_bang": (_rx(rf"(?<![\w])bằng(?=[ \t]+{_NUM}[ \t]*%[ \t]+(?:so(?:[ \t]+với)?[ \t]+)?{_PLAN}(?!\w))"),
                          lambda m: "đạt"),
    "plan_before_verb": (_rx(rf"(?<![\w])(đạt|bằng)[ \t]+({_NUM}[ \t]*%)[ \t]+(?:so(?:[ \t]+với)?[ \t]+)?"
                             rf"((?:kế hoạch|dự toán)(?:[ \t]+(?:năm|giao|tỉnh giao|huyện giao))?)(?=[ \t]*[,;.)])"),
                         lambda m: f"so {m.group(3)} đạt {m.group(2)}"),
    # changes
    "change_so_for_so_voi": (_rx(rf"(?<![\w])so với(?=[ \t]+{_CMP})"), lambda m: "so"),
    "change_so_voi_for_so": (_rx(rf"(?<![\w])so(?=[ \t]+{_CMP})"), lambda m: "so với"),
    "change_cmp_before_verb": (_rx(rf"(?<![\w])(tăng|giảm)[ \t]+({_NUM}[ \t]*%)[ \t]+(so(?:[ \t]+với)?[ \t]+{_CMP}"
                                   rf"(?:[ \t]+năm[ \t]+(?:trước|\d{{4}}))?)(?=[ \t]*[,;.])"),
                               lambda m: f"{m.group(3)} {m.group(1)} {m.group(2)}"),
    # a list of changes leaving out the verb its first item carries: "A tăng X%, B tăng Y%" as "A tăng X%, B Y%"
    "list_verb_left_out": (_rx(rf"(?<![\w])(tăng|giảm)([ \t]+{_NUM}[ \t]*%[ \t]*[,;][ \t]+[^\W\d][^,;.:\d%()]{{1,40}}?)"
                               rf"[ \t]+\1[ \t]+(?={_NUM}[ \t]*%)"),
                           lambda m: f"{m.group(1)}{m.group(2)} "),
    # a clause of plan or change after a comma, put in brackets
    "clause_in_brackets": (_rx(rf",[ \t]+((?:đạt|bằng|tăng|giảm|vượt)[ \t]+{_NUM}[ \t]*%[ \t]+(?:so(?:[ \t]+với)?[ \t]+)?"
                               rf"(?:{_PLAN}|{_CMP})[^,;.()\d]{{0,25}}?)(?=[ \t]*[;.])"),
                           lambda m: f" ({m.group(1)})"),
    # estimates
    "estimate_uoc_dat": (_rx(rf"(?<![\w])(?<!ước )(?<!kiến )(?<!tính )đạt(?=[ \t]+(?:trên[ \t]+|hơn[ \t]+)?{_NUM}"
                             rf"[ \t]+(?:tỷ|tỉ|triệu)[ \t]+đồng)"), lambda m: "ước đạt"),
    # how figures are printed
    "rate_decimal_dot": (_rx(r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?=[ \t]*%)"), lambda m: f"{m.group(1)}.{m.group(2)}"),
    "rate_space_before_pct": (_rx(r"(?<=\d)%"), lambda m: " %"),
    "ty_as_ti": (_rx(r"(?<!\w)tỷ(?!\w)"), lambda m: "tỉ"),
    "ti_as_ty": (_rx(r"(?<!\w)tỉ(?!\w)"), lambda m: "tỷ"),
    "thousands_ty_mixed": (_rx(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])[ \t]+(tỷ|tỉ)(?!\w)"), _thousands_mixed),
    "thousands_ty_decimal": (_rx(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])[ \t]+(tỷ|tỉ)(?!\w)"), _thousands_decimal),
    "count_unit_glued": (_rx(r"(?<![\d.,])(\d[\d.]*)[ \t]+(con|ha|tấn|hộ|người|lao động)(?!\w)"), _glue),
    # a separator typed with a blank after it, as copies from PDFs print it ("4, 94%", "3. 407,5 tỷ đồng")
    "spaced_decimal": (_rx(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*),(\d{1,2})(?![\d.,])(?=[ \t]?(?:%|tỷ|tỉ|triệu|ha|tấn)(?!\w))"),
                       lambda m: f"{m.group(1)}, {m.group(2)}"),
    "spaced_thousands": (_rx(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.])(?=(?:,\d{1,2})?[ \t]?(?:tỷ|tỉ|triệu|ha|tấn)(?!\w))"),
                         lambda m: f"{m.group(1)}. {m.group(2)}"),
    # typos
    "typo_tang": (_rx(rf"(?<![\w])tăng(?=[ \t]+{_NUM}[ \t]*%)"), lambda m: "tặng"),
    "typo_dong": (_rx(r"(?<=\d )(triệu|tỷ|tỉ) đồng(?=[,;.)])"), lambda m: f"{m.group(1)} đòng"),
    "typo_trieu": (_rx(r"(?<=\d )triệu(?= đồng(?!\w))"), lambda m: "triêu"),
    "typo_tu_toan": (_rx(r"(?<![\w])dự toán(?!\w)"), lambda m: "tự toán"),
}


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def reports() -> list[tuple[Path, Path]]:
    """The seeds' text reports with gold, then examples/unseen's and the dev set's."""
    import page_parity

    seeds = [(p, SHARED / "eval" / "gold" / f"{p.stem}.json") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    return [s for s in seeds if s[1].exists()] + page_parity.reports_with_gold()


def _line_span(text: str, a: int, b: int) -> tuple[int, int]:
    """The paragraph around [a, b)."""
    return text.rfind("\n", 0, a) + 1, (e if (e := text.find("\n", b)) >= 0 else len(text))


def variant(text: str, form: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with every construction of ``form`` rewritten, and the paragraphs (of the original) it touched."""
    rx, make = FORMS[form]
    spans = [_line_span(text, m.start(), m.end()) for m in rx.finditer(text)]
    return rx.sub(make, text), spans


def _matched(pred: list[dict[str, Any]], gold: list[dict[str, Any]], sc: Any) -> dict[int, bool]:
    """Gold fact index → matched strictly (True) or loosely only (False); absent: unmatched."""
    ids = {id(g): i for i, g in enumerate(gold)}
    return {ids[id(g)]: bool(sc.subject_ok(p, g)) for p, g in sc.match_facts(pred, gold)}


@dataclass
class Count:
    tried: int = 0
    loose: int = 0
    strict: int = 0
    lost_elsewhere: int = 0
    added: int = 0
    docs: list[str] = field(default_factory=list)


def run(limit: int | None = None) -> dict[str, Count]:
    sc = _scorer()
    res = {f: Count() for f in FORMS}
    for path, gold_path in reports()[:limit]:
        text = path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("facts") or []
        if not gold:
            continue
        base_pred = extract_text(text, doc=path.stem).to_dict()["facts"]
        base = _matched(base_pred, gold, sc)
        # where each gold fact is written: its raw's digits' first place in the text
        where = {i: text.find(str(g.get("raw") or "")) for i, g in enumerate(gold)}
        for form in FORMS:
            v, spans = variant(text, form)
            if v == text:
                continue
            pred = extract_text(v, doc=path.stem).to_dict()["facts"]
            got = _matched(pred, gold, sc)
            c = res[form]
            worse = False
            for i in base:
                inside = where[i] >= 0 and any(a <= where[i] < b for a, b in spans)
                if inside:
                    c.tried += 1
                    c.loose += i in got
                    c.strict += bool(got.get(i)) or (i in got and not base[i])
                    worse |= i not in got or (base[i] and not got[i])
                elif i not in got:
                    c.lost_elsewhere += 1
                    worse = True
            extra = max(0, len(pred) - len(got) - (len(base_pred) - len(base)))
            c.added += extra
            if worse or extra:
                c.docs.append(path.stem)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the documents a form reads worse")
    ap.add_argument("--limit", type=int, default=None, help="the first N reports only")
    a = ap.parse_args()
    res = run(a.limit)
    width = max(len(f) for f in res)
    print(f"{'form':{width}s}  loose/tried strict/tried  lost-elsewhere added")
    for form, c in res.items():
        lr = c.loose / c.tried if c.tried else 0
        print(f"{form:{width}s} {c.loose:5d}/{c.tried:<5d} {lr:.3f} {c.strict:5d}/{c.tried:<5d} {c.lost_elsewhere:4d} "
              f"{c.added:4d}" + (f"  {' '.join(sorted(set(c.docs)))}" if a.show and c.docs else ""))
    t = sum(c.tried for c in res.values())
    print(f"{'all':{width}s} {sum(c.loose for c in res.values()):5d}/{t:<5d} {sum(c.strict for c in res.values()):5d}/"
          f"{t:<5d} {sum(c.lost_elsewhere for c in res.values()):4d} {sum(c.added for c in res.values()):4d}")


if __name__ == "__main__":
    main()
