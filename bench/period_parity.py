"""Issue 10: a report's period and meeting day printed the ways other reports print them. Each text report of
``examples/unseen`` (and the dev set) whose gold names a period (or a day) and whose text record reads it right has the
phrase that states its span written again, wherever the text writes it, in the other constructions the genre uses for
the same span (``tests/extract/test_period_forms.py``: "6 tháng đầu năm" as "nửa đầu năm", "sáu tháng đầu năm", "06
tháng đầu năm", "6 tháng năm 2024"; "9 tháng" as "quý III và 9 tháng"; "quý III" as "quí III", "quý 3", "quý III/2023";
a month's year after a slash, a dash or "năm"; a year-end "năm 2024" as "cả năm 2024"), and, separately, the day that
opens its meeting sentence in the other day forms ("Ngày 26/6", "Sáng 26-6", "Chiều 26.6", "Sáng ngày 26/06/2024",
"Hôm 26/6", "Sáng thứ Tư (26/6)", "Hôm qua (26/6)", "Ngày 26 tháng 6 năm 2024", ...). Each variant is extracted and its
period and date compared with the gold. Prints per form: documents right / documents tried, and the documents it reads
wrong.

    PYTHONPATH=src .venv/bin/python bench/period_parity.py [--show]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from soket.extract import extract_text  # noqa: E402

#: the spelt numbers of months the genre writes
SPELT = {3: "ba", 6: "sáu", 9: "chín", 10: "mười"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
_YEAR_AFTER = r"(?=[ \t]*(?:/|[ \t]năm[ \t]+|-)?[ \t]*(?:19|20)\d\d)"

#: a form: the span's phrase (the match, the year written after it or None) → its rewriting
Rewrite = Callable[[re.Match[str], str | None], str]


def _running(n: int) -> tuple[str, dict[str, Rewrite]]:
    """The months of a year from January to ``n`` ("9 tháng đầu năm", "chín tháng năm 2023", "09 tháng"): the finder and
    the forms."""
    words = f"0?{n}" + (f"|{SPELT[n]}" if n in SPELT else "")
    find = rf"(?<![\w/.,-])(?:{words})[ \t]+tháng(?:[ \t]+đầu)?[ \t]+năm(?!\w)|(?<![\w/.,-])(?:{words})[ \t]+tháng(?=[ \t]+(?:19|20)\d\d)"
    forms: dict[str, Rewrite] = {
        "running_dau_nam": lambda m, y: f"{n} tháng đầu năm",
        "running_nam_before_year": lambda m, y: f"{n} tháng năm" if y else f"{n} tháng đầu năm",
    }
    forms["running_bare"] = lambda m, y: f"{n} tháng năm" if y else f"{n} tháng"
    if n < 10:
        forms["running_leading_zero"] = lambda m, y: f"0{n} tháng đầu năm"
    if n in SPELT:
        forms["running_spelt"] = lambda m, y: f"{SPELT[n]} tháng đầu năm"
    if n == 6:
        forms["half_nua_dau_nam"] = lambda m, y: "nửa đầu năm"
    if n in (6, 9):
        q = ROMAN[n // 3]
        forms["quarter_and_running"] = lambda m, y: f"quý {q} và {n} tháng đầu năm"
    return find, forms


def _quarter(q: int) -> tuple[str, dict[str, Rewrite]]:
    roman = ROMAN[q]
    find = rf"(?<!\w)qu[ýí][ \t]+(?:{roman}|{q})(?![\w/.-])(?!\.\d)|(?<!\w)qu[ýí][ \t]+(?:{roman}|{q}){_SUFFIX}"
    return find, {
        "quarter_roman": lambda m, y: f"quý {roman}" + _keep(m),
        "quarter_qui": lambda m, y: f"quí {roman}" + _keep(m),
        "quarter_digit": lambda m, y: f"quý {q}" + _keep(m),
        "quarter_slash_year": lambda m, y: f"quý {roman}" + (f"/{m.group('y')}" if m.group("y") else ""),
        "quarter_nam_year": lambda m, y: f"quý {roman}" + (f" năm {m.group('y')}" if m.group("y") else ""),
        "quarter_dash_year": lambda m, y: f"quý {roman}" + (f"-{m.group('y')}" if m.group("y") else ""),
    }


#: a year written after a quarter or a month: "/2023", "-2023", ".2023", " năm 2023"
_SUFFIX = r"(?P<sep>[ \t]*/[ \t]*|[-.]|[ \t]+năm[ \t]+)(?P<y>(?:19|20)\d\d)(?!\d)"


def _keep(m: re.Match[str]) -> str:
    """The year as the text wrote it after the phrase."""
    return (m.group("sep") + m.group("y")) if m.group("y") else ""


def _month(mo: int) -> tuple[str, dict[str, Rewrite]]:
    find = rf"(?<!\w)tháng[ \t]+0?{mo}(?:{_SUFFIX}|(?![\d/.-])(?![ \t]+năm(?!\w)))"
    return find, {
        "month_leading_zero": lambda m, y: f"tháng {mo:02d}" + _keep(m),
        "month_plain": lambda m, y: f"tháng {mo}" + _keep(m),
        "month_slash_year": lambda m, y: f"tháng {mo}" + (f"/{m.group('y')}" if m.group("y") else ""),
        "month_dash_year": lambda m, y: f"tháng {mo}" + (f"-{m.group('y')}" if m.group("y") else ""),
        "month_dot_year": lambda m, y: f"tháng {mo}" + (f".{m.group('y')}" if m.group("y") else ""),
        "month_nam_year": lambda m, y: f"tháng {mo}" + (f" năm {m.group('y')}" if m.group("y") else ""),
    }


def _year_end(year: int) -> tuple[str, dict[str, Rewrite]]:
    after = ("tổng kết ", "công tác ", "chính trị ", "xã hội ", "nhiệm vụ ", "kết quả ")  # a review's noun before the year
    find = "(?:" + "|".join(f"(?<={w})" for w in after) + rf")năm(?=[ \t]+{year}(?!\d))"
    return find, {"year_ca_nam": lambda m, y: "cả năm", "year_trong_nam": lambda m, y: "trong năm"}


def _span(gold: dict[str, int]) -> tuple[str, dict[str, Rewrite]] | None:
    a, b, y = gold.get("start_month"), gold.get("end_month"), gold.get("year")
    if not (a and b and y):
        return None
    if a == 1 and 2 <= b <= 11:
        return _running(b)
    if a == b:
        return _month(a)
    if (a - 1) % 3 == 0 and b == a + 2:
        return _quarter((a - 1) // 3 + 1)
    if (a, b) == (1, 12):
        return _year_end(y)
    return None


def _cased(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def period_variants(text: str, gold: dict[str, int]) -> dict[str, str]:
    """The report's text with every phrase stating its period's span written in each form (only the forms that
    change the text)."""
    spec = _span(gold)
    if spec is None:
        return {}
    find, forms = spec
    rx = re.compile(find, re.IGNORECASE)
    found = list(rx.finditer(text))
    if not found:
        return {}
    out = {}
    for name, make in forms.items():
        if name == "quarter_and_running" and re.search(r"qu[ýí][ \t]+[ivx\d]+[ \t]*(?:và|,)", text, re.IGNORECASE):
            continue  # the report joins a quarter to its months already
        parts, at = [], 0
        for m in found:
            ym = re.match(r"[ \t]*(?:/|[ \t]năm[ \t]+|-)?[ \t]*((?:19|20)\d\d)", text[m.end():])
            new = make(m, ym.group(1) if ym else None)
            if name == "quarter_and_running" and m is not found[0]:
                new = m.group()  # the quarter joined once, where the span is first named
            parts += [text[at:m.start()], _cased(new, m.group())]
            at = m.end()
        v = "".join([*parts, text[at:]])
        if v != text:
            out[name] = v
    return out


#: the day that opens a meeting's sentence: its cue (a part of the day, "ngày", "hôm", a weekday) and the day
_DAY = r"(?<!\w)(?:(?:sáng|chiều|tối|trưa|hôm)(?:[ \t]+(?:nay|qua))?(?:[ \t]+ngày)?|ngày)[ \t]+(?:mồng[ \t]+|mùng[ \t]+)?\(?0?{d}[ \t]*[/.-][ \t]*0?{m}(?:[ \t]*[/.-][ \t]*{y})?\)?(?![\d/])"

#: day forms: (day, month, year, weekday) → the day's words
#: (the year when the text wrote it with the day, else None: a form drops no year the report gave)
DAY_FORMS: dict[str, Callable[[int, int, int | None, str], str]] = {
    "day_ngay_slash": lambda d, m, y, w: f"Ngày {d}/{m}" + (f"/{y}" if y else ""),
    "day_sang_dash": lambda d, m, y, w: f"Sáng {d}-{m}" + (f"-{y}" if y else ""),
    "day_chieu_dot": lambda d, m, y, w: f"Chiều {d}.{m}" + (f".{y}" if y else ""),
    "day_sang_ngay_full": lambda d, m, y, w: f"Sáng ngày {d:02d}/{m:02d}/{y}" if y else f"Sáng ngày {d:02d}/{m:02d}",
    "day_ngay_thang": lambda d, m, y, w: f"Ngày {d} tháng {m}" + (f" năm {y}" if y else ""),
    "day_hom": lambda d, m, y, w: f"Hôm {d}/{m}" + (f"/{y}" if y else ""),
    "day_weekday_bracket": lambda d, m, y, w: f"Sáng {w} ({d}/{m}" + (f"/{y})" if y else ")"),
    "day_weekday_comma": lambda d, m, y, w: f"Chiều {w}, {d}/{m}" + (f"/{y}" if y else ""),
    "day_hom_qua_bracket": lambda d, m, y, w: f"Hôm qua ({d}/{m}" + (f"/{y})" if y else ")"),
    "day_leading_zero": lambda d, m, y, w: f"Ngày {d:02d}/{m:02d}" + (f"/{y}" if y else ""),
    "day_spaced_dash": lambda d, m, y, w: f"Ngày {d} - {m}" + (f" - {y}" if y else ""),
    "day_mong": lambda d, m, y, w: f"Sáng mồng {d}/{m}" + (f"/{y}" if y else "") if d <= 10 else "",
    # a session over two days: its first day is the meeting's
    "days_trong_2_ngay": lambda d, m, y, w: f"Trong 2 ngày {d} và {d + 1}/{m}" + (f"/{y}" if y else "") if d < 28 else "",
    "days_tu_ngay_span": lambda d, m, y, w: f"Từ ngày {d} - {d + 1}/{m}" + (f"/{y}" if y else "") if d < 28 else "",
    "days_bracketed_span": lambda d, m, y, w: f"Trong hai ngày ({d}-{d + 1}/{m}" + (f"/{y})" if y else ")")
                                              if d < 28 else "",
}


def day_variants(text: str, date: str) -> dict[str, str]:
    """The report's text with the first day of its meeting (in its first 1,500 characters, a cue before it) written in
    each day form."""
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return {}
    rx = re.compile(_DAY.format(d=day.day, m=day.month, y=day.year), re.IGNORECASE)
    m = rx.search(text, 0, 1500)
    if m is None:
        return {}
    w = WEEKDAYS[day.weekday()]
    y = day.year if str(day.year) in m.group() else None
    out = {}
    for name, make in DAY_FORMS.items():
        new = make(day.day, day.month, y, w)
        if not new:
            continue
        if not m.group()[:1].isupper():
            new = new[:1].lower() + new[1:]
        out[name] = text[:m.start()] + new + text[m.end():]
    return out


def context_variants(text: str, date: str) -> dict[str, str]:
    """The report with its opening day written relative to a page's stamp ("Chiều qua" under the next day's stamp,
    "Sáng nay" under the day's), moved to the end of its sentence ("... vào sáng 26/6."), or with a later page stamp
    above it (the page's date is not the meeting's)."""
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return {}
    from soket.extract.dates import publication_date

    m = re.compile(_DAY.format(d=day.day, m=day.month, y=day.year), re.IGNORECASE).search(text, 0, 1500)
    if m is None or publication_date(text) is not None:
        return {}  # (a page dated already: a stamp put above would be a second date of the page's)
    out = {"stamp_two_days_later": f"Cập nhật: {day + dt.timedelta(days=2):%d/%m/%Y} 09:15\n" + text}
    if not m.group()[:1].isupper():
        return out
    rest = text[m.end():]
    comma = re.match(r"[ \t]*,[ \t]*", rest)
    if comma is None:
        return out
    out["day_relative_chieu_qua"] = (f"{day + dt.timedelta(days=1):%d/%m/%Y} 07:30\n" + text[:m.start()] + "Chiều qua"
                                     + text[m.end():])
    out["day_relative_sang_nay"] = f"{day:%d/%m/%Y} 15:10\n" + text[:m.start()] + "Sáng nay" + text[m.end():]
    body = rest[comma.end():]
    # the sentence's stop: after a lowercase letter, a digit or a bracket ("TP." is no stop), before a capital or the line's end
    end = next((e for e in re.finditer(r"\.(?=[ \t]+[^\W\d_]|[ \t]*(?:\n|$))", body)
                if e.start() > 0 and (body[e.start() - 1].islower() or body[e.start() - 1] in "0123456789)%")
                and "\n" not in body[:e.start()]), None)
    if end and body[:1].isalpha():
        y = f"/{day.year}" if str(day.year) in m.group() else ""
        moved = body[:1].upper() + body[1:end.start()] + f" vào sáng {day.day}/{day.month}{y}" + body[end.start():]
        out["day_moved_to_sentence_end"] = text[:m.start()] + moved
    return out


#: the pages a relative day is printed in (``page_parity.py``'s templates, dated the day after the meeting): the stamp
#: under the headline of a paper (with its published time in the head), of a portal, of a commune's site
PAGE_FORMS = {"page_paper_chieu_qua": "paper", "page_portal_chieu_qua": "portal", "page_commune_chieu_qua": "commune"}


def page_variants(text: str, date: str, province: str | None) -> dict[str, bytes]:
    """The report as a page of each template, dated the day after its meeting, its opening day written "Chiều qua"."""
    import page_parity

    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return {}
    m = re.compile(_DAY.format(d=day.day, m=day.month, y=day.year), re.IGNORECASE).search(text, 0, 1500)
    from soket.extract.dates import publication_date

    if m is None or not m.group()[:1].isupper() or not re.match(r"[ \t]*,", text[m.end():]) \
            or publication_date(text) is not None:
        return {}  # (a text copy of a page dated already: its date line would be a second date of the page's)
    title, body = page_parity._paras(text[:m.start()] + "Chiều qua" + text[m.end():])
    if "Chiều qua" not in body:
        return {}  # (the day stood in the headline's paragraph)
    after = (day + dt.timedelta(days=1)).isoformat()
    return {form: page_parity.TEMPLATES[t](title, body, province, after).encode() for form, t in PAGE_FORMS.items()}


#: sentences that name a year or months that are not the period reviewed, put after the lead's line: Y is the year
#: reviewed (or the meeting's)
DISTRACTORS: dict[str, Callable[[int], str]] = {
    "distract_horizon": lambda y: f"Mục tiêu đến năm {y + 5}, tỷ lệ đô thị hóa đạt 45%.",
    "distract_comparison": lambda y: f"So với cùng kỳ năm {y - 1}, nhiều chỉ tiêu tăng khá.",
    "distract_resolution": lambda y: f"Hội nghị cũng đánh giá việc thực hiện Nghị quyết số 15-NQ/TU ngày 10/3/{y - 3} "
                                     "của Ban Thường vụ.",
    "distract_settled_budget": lambda y: f"Đại biểu cũng thông qua quyết toán ngân sách năm {y - 1}.",
    "distract_next_year_goal": lambda y: f"Năm {y + 1}, phấn đấu tăng trưởng kinh tế đạt 8%.",
    "distract_term": lambda y: f"Đây là kỳ làm việc quan trọng của nhiệm kỳ {y - 2} - {y + 3}.",
}


#: a site's lines around the report naming other reports' periods: a ticker above the title, related headlines after
#: the report (Y: the year reviewed or the meeting's)
CHROME: dict[str, Callable[[int], tuple[str, str]]] = {
    "chrome_ticker_above": lambda y: (f"Tin mới | Huyện Tân Lập tổng kết năm {y - 1} | UBND xã Tân Hòa họp thường kỳ "
                                      f"tháng 5/{y - 1} | Thời tiết", ""),
    "chrome_related_after": lambda y: ("", f"Tin liên quan\n- Xã Tân Hòa sơ kết 9 tháng năm {y - 1}\n- Huyện Tân Lập "
                                           f"bàn nhiệm vụ quý IV/{y - 1}\n- Kỳ họp thứ 7 HĐND huyện năm {y - 2}"),
}


def distractor_variants(text: str, gold: dict[str, object]) -> dict[str, str]:
    """The report with a sentence naming a year that is not reviewed (a horizon, a comparison, a resolution's date, a
    settled budget, the next year's goal, a term) as a paragraph of its own after the lead's line."""
    gp = gold.get("period") or {}
    gd = (gold.get("meeting") or {}).get("date")  # type: ignore[union-attr]
    year = gp.get("year") if isinstance(gp, dict) else None
    if not year and isinstance(gd, str) and gd[:4].isdigit():
        year = int(gd[:4])
    if not isinstance(year, int):
        return {}
    lines = text.split("\n")
    lead = next((i for i, x in enumerate(lines[:60]) if len(x) >= 100 and x.rstrip().endswith(".")), None)
    if lead is None:
        return {}
    out = {name: "\n".join([*lines[:lead + 1], make(year), *lines[lead + 1:]]) for name, make in DISTRACTORS.items()}
    for name, chrome in CHROME.items():
        above, after = chrome(year)
        if above and text.lstrip().startswith("date "):
            continue  # a crawler's date marker opens the text: no line stands above it
        out[name] = (above + "\n" if above else "") + text.rstrip("\n") + ("\n\n" + after + "\n" if after else "\n")
    return out


def _reports() -> list[tuple[Path, Path]]:
    import page_parity

    return page_parity.reports_with_gold()


def _got(text: str, doc: str) -> tuple[tuple[int | None, int | None, int | None], str | None]:
    rec = extract_text(text, doc=doc)
    p = rec.period
    return (p.year, p.start_month, p.end_month), rec.meeting.date


def _ok(got: tuple[tuple[int | None, int | None, int | None], str | None], gold: dict[str, object]) -> bool:
    gp = gold.get("period") or {}
    gd = (gold.get("meeting") or {}).get("date")  # type: ignore[union-attr]
    period_ok = got[0] == (gp.get("year"), gp.get("start_month"), gp.get("end_month"))  # type: ignore[union-attr]
    return period_ok and (got[1] in gd if isinstance(gd, list) else got[1] == gd)


def run() -> dict[str, tuple[int, int, list[str]]]:
    """form → (right, tried, documents read wrong)."""
    names = ["running_dau_nam", "running_nam_before_year", "running_bare", "running_leading_zero", "running_spelt",
             "half_nua_dau_nam", "quarter_and_running", "quarter_roman", "quarter_qui", "quarter_digit",
             "quarter_slash_year", "quarter_nam_year", "quarter_dash_year", "month_leading_zero", "month_plain",
             "month_slash_year", "month_dash_year", "month_dot_year", "month_nam_year", "year_ca_nam",
             "year_trong_nam", *DAY_FORMS, "stamp_two_days_later", "day_relative_chieu_qua", "day_relative_sang_nay",
             "day_moved_to_sentence_end", *DISTRACTORS, *CHROME, *PAGE_FORMS]
    res: dict[str, tuple[int, int, list[str]]] = {f: (0, 0, []) for f in names}
    for path, gold_path in _reports():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        if not _ok(_got(text, path.stem), gold):
            continue  # the text itself reads otherwise: no parity to hold
        vs = period_variants(text, gold.get("period") or {})
        date = (gold.get("meeting") or {}).get("date")
        if isinstance(date, str) and len(date) == 10:
            vs |= day_variants(text, date) | context_variants(text, date)
        vs |= distractor_variants(text, gold)
        got = {form: _got(v, path.stem) for form, v in vs.items()}
        if isinstance(date, str) and len(date) == 10:
            from soket.extract import extract_document
            from soket.ingest.html import html_to_document

            for form, page in page_variants(text, date, (gold.get("meeting") or {}).get("province")).items():
                rec = extract_document(html_to_document(page))
                got[form] = ((rec.period.year, rec.period.start_month, rec.period.end_month), rec.meeting.date)
        for form, g in got.items():
            ok, n, bad = res[form]
            right = _ok(g, gold)
            res[form] = (ok + right, n + 1, bad + ([] if right else [path.stem]))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the documents a form reads wrong")
    a = ap.parse_args()
    import page_parity

    page_parity.print_counts(run(), a.show)


if __name__ == "__main__":
    main()
