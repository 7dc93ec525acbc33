"""Issue 10: a report's byline printed the ways other sites print it. Each text report of ``examples/unseen`` (and
the dev set) whose gold names authors and whose text record reads them right has its byline line taken out and
printed again, where it stood, in the forms of ``tests/extract/test_byline_forms.py`` (a credit word and the names in capitals,
the names above the lead with the date line under them, the date then the names, the names after the report's close on
its last line, the names with the page's controls and footer fields under them, the names with related headlines
as plain lines under them, the first name with its workplace after a dash, the names in brackets, ...) and as pages
(``PAGE_FORMS``); each variant is extracted and its authors compared with the gold. Prints per form: documents right / documents tried, and the
documents a form reads wrong.

First sight (2026-12-05, before the rules it led to): names above the lead 0.552, the date then the names 0.742 (a
pen name that is also some unit's name, "Thanh Hà", read as a place), workplace after a dash 0.943 (two names and a
long workplace), after './.' 0.969 (the report's last list item); the second set: a dash before the names 0.699,
'Theo paper - names' 0.918 (two names), a stamp then capitals 0.967 ('ủy' inside 'THỦY', a four-word name); every
other form 1.000. The pages (the report in ``page_parity.py``'s templates, its byline an author element under the
headline, a credit line or a bold name where it stood, or the page's declared author only): 1.000 but the declared
author "T.Vũ" (0.993: the article extractor's copy "T Vũ" was taken over the page's own).

    PYTHONPATH=src .venv/bin/python bench/byline_parity.py [--limit N] [--show]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from soket.extract import extract_text  # noqa: E402

SHARED = ROOT.parent / "shared"
#: the longest line read as a report's byline line
BYLINE_LINE_CHARS = 100
#: the shortest line read as the report's lead (the top forms stand above it)
LEAD_CHARS = 100
CONTROLS = ["Ý kiến ()", "Chia sẻ: Facebook | Zalo | Gửi email", "Lượt xem: 1.204",
            "Địa chỉ: Số 12, đường Lê Lợi, thị trấn", "Print"]
RELATED = ["Tin cùng chuyên mục", "Xã Tân Hòa tổng kết công tác năm 2024", "Huyện họp Ban Thường vụ quý IV",
           "Khánh thành cầu dân sinh ở thôn 5"]


def _caps(names: list[str]) -> str:
    return " - ".join(n.upper() for n in names)


#: name → (lines before the title's next line, lines at the end, text of the last line's end)
FORMS: dict[str, Callable[[list[str]], tuple[list[str], list[str], str]]] = {
    "credit_caps_end": lambda n: ([], [f"Tin, ảnh: {_caps(n)}"], ""),
    "composed_lead_end": lambda n: ([], [f"Bài và ảnh: {' và '.join(n)}"], ""),
    "under_title": lambda n: ([" - ".join(n), "10/07/2024 08:15"], [], ""),
    "date_then_names": lambda n: (["10/07/2024 08:15 | " + " - ".join(n)], [], ""),
    "credit_under_title": lambda n: (["Tác giả: " + ", ".join(n)], [], ""),
    "after_close": lambda n: ([], [], " " + " - ".join(n)),
    "controls_after": lambda n: ([], [" - ".join(n), *CONTROLS], ""),
    "related_after": lambda n: ([], [" - ".join(n), *RELATED], ""),
    "workplace_after_dash": lambda n: ([], [" - ".join(n) + " - Trung tâm Văn hóa, Thông tin và Thể thao huyện"], ""),
    "bracketed": lambda n: ([], ["(" + " - ".join(n) + ")"], ""),
    "caps_end": lambda n: ([], [_caps(n)], ""),
    "dash_led_end": lambda n: ([], ["– " + " - ".join(n)], ""),
    "source_url_after": lambda n: ([], [" - ".join(n), "Nguồn Truyền hình: https://example.vn/bai-viet-12345.htm"], ""),
    "theo_paper_dash": lambda n: ([], ["Theo Báo Nhân Dân - " + " - ".join(n)], ""),
    "photographer_after": lambda n: ([], ["Tin: " + " - ".join(n) + "; Ảnh: Hồng Phúc"], ""),
    "slash_agency": lambda n: ([], [" - ".join(n) + "/TTXVN"], ""),
    "prefix_pv": lambda n: ([], ["PV " + " - ".join(n)], ""),
    "top_names_pipe_date": lambda n: ([" - ".join(n) + " | 10/07/2024 08:15"], [], ""),
    "top_names_date_bare": lambda n: ([" - ".join(n) + " 10/07/2024 08:15"], [], ""),
    "top_stamp_then_caps": lambda n: (["Cập nhật: 10/07/2024 - 08:40", _caps(n)], [], ""),
    "top_fields": lambda n: (["Tác giả: " + " - ".join(n) + " | Thứ Tư, 10/07/2024 - 08:15 | Lượt xem: 318"], [], ""),
}


#: where the byline stood, in a page's body
PLACE = "BYLINE_STOOD_HERE"
#: the page forms: (template of ``page_parity.py``, where the element goes, the element) over the report's body
#: without its byline line ("top": under the headline, "end": after the body, "head": in the page's head)
PAGE_FORMS: dict[str, tuple[str, str, Callable[[list[str]], str]]] = {
    "page_author_top": ("paper", "top", lambda n: f"<div class='author'>{' - '.join(n)}</div>"),
    "page_credit_caps_end": ("portal", "end", lambda n: f"<p class='author'>Tin, ảnh: {_caps(n)}</p>"),
    "page_strong_end": ("tv", "end", lambda n: f"<p style='text-align:right'><strong>{' - '.join(n)}</strong></p>"),
    # the attribute's value escaped as a page writes it (a highland name's apostrophe, "H'Nga", closes no quote)
    "page_meta_only": ("commune", "head", lambda n: f"<meta name='author' content='{html.escape(', '.join(n))}'>"),
}


def page_variants(text: str, names: list[str], province: str | None, date: str | None) -> dict[str, str] | None:
    """The report as a page of each page form, its byline line taken out and printed as the form's element."""
    import page_parity

    lines = text.rstrip("\n").split("\n")
    k = _byline_index(lines, names)
    if k is None or k == 0:
        return None
    at_end = k > len(lines) // 2
    title, body = page_parity._paras("\n".join([*lines[:k], PLACE, *lines[k + 1:]]))
    out = {}
    for form, (template, where, make) in PAGE_FORMS.items():
        if where == "end" and not at_end:
            continue
        el = make(names)
        main = body.replace(PLACE, el if where == "end" else "")  # the end's element where the report's byline stood
        page = page_parity.TEMPLATES[template](title, el + main if where == "top" else main, province, date)
        out[form] = page.replace("</head>", el + "</head>", 1) if where == "head" else page
    return out


def _byline_index(lines: list[str], names: list[str]) -> int | None:
    """The last short line that holds every author's name (as written, in any case), no photo's credit; None where
    the report prints its byline twice (at the top and the end: a form printed where one stood would make three)."""
    found = [k for k in range(len(lines) - 1, -1, -1) if _holds_byline(lines[k], names)]
    return found[0] if len(found) == 1 else None


def _holds_byline(line: str, names: list[str]) -> bool:
    low = line.lower()
    return len(line) <= BYLINE_LINE_CHARS and all(n.lower() in low for n in names) \
        and not -1 < low.find("ảnh:") < low.find(names[0].lower())


def variants(text: str, names: list[str]) -> dict[str, str] | None:
    """The report's text with its byline printed in each form; None where its byline line is not found."""
    lines = text.rstrip("\n").split("\n")
    k = _byline_index(lines, names)
    if k is None or k == 0:
        return None
    rest = lines[:k] + lines[k + 1:]
    lead = next((i for i, x in enumerate(rest) if len(x.strip()) >= LEAD_CHARS and x.rstrip().endswith(".")
                 and "|" not in x), None)  # the first line of prose (no masthead's slogan, no menu)
    if lead is None or lead == 0:
        return None
    at_end = k > len(lines) // 2  # the report printed its byline at the end: the end's forms stand where it stood
    out = {}
    for form, make in FORMS.items():
        top, end, tail = make(names)
        if top:
            out[form] = "\n".join([*rest[:lead], *top, *rest[lead:]]) + "\n"  # between the title and the lead
        elif at_end:
            before, after = lines[:k], lines[k + 1:]
            while before and not before[-1].strip():
                before.pop()
            if tail:
                before = [*before[:-1], before[-1].rstrip().rstrip("./") + "./." + tail]
            out[form] = "\n".join([*before, *end, *after]) + "\n"
    return out


def _reports() -> list[tuple[Path, Path]]:
    import page_parity

    return page_parity.reports_with_gold()


def run(limit: int | None = None) -> dict[str, tuple[int, int, list[str]]]:
    """form → (right, tried, documents read wrong)."""
    from soket.extract import extract_document
    from soket.ingest.html import html_to_document

    res: dict[str, tuple[int, int, list[str]]] = {f: (0, 0, []) for f in [*FORMS, *PAGE_FORMS]}
    done = 0
    for path, gold_path in _reports():
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("authors") or []
        if not gold:
            continue
        text = path.read_text(encoding="utf-8")
        rec = extract_text(text, doc=path.stem)
        if sorted(rec.authors) != sorted(gold):
            continue  # the text itself reads otherwise: no parity to hold
        vs = variants(text, gold)
        if vs is None:
            continue
        got_by = {form: extract_text(v, doc=path.stem).authors for form, v in vs.items()}  # (end forms: byline at the end)
        for form, page in (page_variants(text, gold, rec.meeting.province, rec.meeting.date) or {}).items():
            got_by[form] = extract_document(html_to_document(page.encode())).authors
        for form, got in got_by.items():
            ok, n, bad = res[form]
            res[form] = (ok + (sorted(got) == sorted(gold)), n + 1, bad + ([] if sorted(got) == sorted(gold) else [path.stem]))
        done += 1
        if limit and done >= limit:
            break
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--show", action="store_true", help="list the documents a form reads wrong")
    a = ap.parse_args()
    import page_parity

    page_parity.print_counts(run(a.limit), a.show)


if __name__ == "__main__":
    main()
