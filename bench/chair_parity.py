"""Issue 10: a meeting's chairs named the ways other reports name them. Each text report of ``examples/unseen`` (and
the dev set) whose gold names chairs, whose text record reads them right and whose chairs stand in a sentence of
their own (no date, no 'tổ chức') has that sentence written again in the constructions of
``tests/extract/test_chair_forms.py``, each chair with the first role the gold gives them; each variant is extracted and
its chairs compared with the gold. Prints per construction: documents right / documents tried, and the documents it
reads wrong.

    PYTHONPATH=src .venv/bin/python bench/chair_parity.py [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from soket.extract import extract_text  # noqa: E402

SHARED = ROOT.parent / "shared"
_SENTENCE_END = re.compile(r"(?<=\.)[ \t]+(?=[^\W\d_])")
MEETING_NOUN = {"peoples_council": "kỳ họp", "peoples_committee": "phiên họp"}
GUESTS = "Dự {m} có đồng chí Lê Văn Khách, Phó Bí thư Tỉnh ủy; đồng chí Trần Thị Dự, Phó Chủ tịch UBND tỉnh."

Pair = tuple[str, str]  # (name, role)


def _listed(p: list[Pair], sep: str = ", ", join: str = "; ") -> str:
    return join.join(f"{n}{sep}{r}" for n, r in p)


#: construction → the chairs' sentence from (name, role) pairs and the meeting's noun
FORMS: dict[str, Callable[[list[Pair], str], str]] = {
    "do_list": lambda p, m: f"{m.capitalize()} do " + "; ".join(f"đồng chí {n}, {r}" for n, r in p) + " chủ trì.",
    "chair_first_colon": lambda p, m: f"Chủ trì {m} có các đồng chí: {_listed(p)}.",
    "title_before": lambda p, m: " và ".join(f"{r} {n}" for n, r in p) + (" đồng chủ trì " if len(p) > 1 else " chủ trì ") + m + ".",
    "dash_roles_dieu_hanh": lambda p, m: "Các đồng chí: " + _listed(p, " - ") + f" điều hành {m}.",
    "chu_toa_colon": lambda p, m: "Chủ tọa: " + "; ".join(f"ông {n} - {r}" for n, r in p) + ".",
    "duoi_su_chu_tri": lambda p, m: "Dưới sự chủ trì của " + ("đồng chí " if len(p) == 1 else "các đồng chí ")
                                    + _listed(p) + f", {m} đã thảo luận các báo cáo.",
    "guests_after": lambda p, m: "Đồng chí " + "; đồng chí ".join(f"{n}, {r}" for n, r in p) + f" chủ trì {m}. "
                                 + GUESTS.format(m=m),
    "guests_before": lambda p, m: GUESTS.format(m=m) + " Đồng chí " + "; đồng chí ".join(f"{n}, {r}" for n, r in p)
                                  + f" chủ trì {m}.",
}


def _reports() -> list[tuple[Path, Path]]:
    import page_parity

    return page_parity.reports_with_gold()


def _chair_sentence(text: str, names: list[str]) -> tuple[int, int] | None:
    """The span of the sentence naming every chair, with a chair's verb, no date and no 'tổ chức'."""
    pos = 0
    for line in text.split("\n"):
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(line))]
        for a, b in zip(starts, [*starts[1:], len(line)], strict=True):
            s = line[a:b]
            low = s.lower()
            if all(n.lower() in low for n in names) and re.search(r"chủ trì|chủ tọa|điều hành", low) \
                    and not re.search(r"\d", s) and "tổ chức" not in low:
                return pos + a, pos + a + len(s.rstrip())  # the spaces before the next sentence kept
        pos += len(line) + 1
    return None


def run() -> dict[str, tuple[int, int, list[str]]]:
    """construction → (right, tried, documents read wrong)."""
    res: dict[str, tuple[int, int, list[str]]] = {f: (0, 0, []) for f in FORMS}
    for path, gold_path in _reports():
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        chairs = (g.get("meeting") or {}).get("chairs") or []
        roles = {p["name"]: (p.get("roles") or [None])[0] for p in g.get("people") or [] if isinstance(p, dict)}
        if not chairs or any(not roles.get(c) for c in chairs):
            continue
        text = path.read_text(encoding="utf-8")
        if sorted(extract_text(text).meeting.chairs or []) != sorted(chairs):
            continue
        span = _chair_sentence(text, chairs)
        if span is None:
            continue
        kind = (g.get("meeting") or {}).get("body_kind") or ""
        kind = kind[0] if isinstance(kind, list) else kind  # a gold may list the kinds it accepts: the first
        noun = MEETING_NOUN.get(kind, "hội nghị")
        for form, make in FORMS.items():
            v = text[:span[0]] + make([(c, str(roles[c])) for c in chairs], noun) + text[span[1]:]
            got = sorted(extract_text(v).meeting.chairs or [])
            ok, n, bad = res[form]
            res[form] = (ok + (got == sorted(chairs)), n + 1, bad + ([] if got == sorted(chairs) else [path.stem]))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the documents a construction reads wrong")
    a = ap.parse_args()
    import page_parity

    page_parity.print_counts(run(), a.show)


if __name__ == "__main__":
    main()
