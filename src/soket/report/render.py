"""A :class:`~soket.report.build.Review` written out: Markdown, HTML, .docx, PDF (WeasyPrint from
the HTML), in the form of the document kind it drafts (:mod:`soket.report.layout`: the Party's
heading block, or the state's of Decree 30/2020/NĐ-CP; A4, the margins and font of both). Charts
are Vega-Lite specs rendered offline by vl-convert (SVG for HTML, PNG for .docx and PDF)."""

from __future__ import annotations

import base64
import html as _html
from pathlib import Path
from typing import Any

from soket.fmt import display_unit, format_number
from soket.report.build import Chart, Review, Row, footnote_text, sup
from soket.report.layout import (
    BODY_PT,
    CSS_FONTS,
    MARGINS_MM,
    PAGE_SIZE_MM,
    closing_block,
    heading_block,
    section_titles,
)
from soket.report.templates import templates

FONT = "Liberation Serif, Times New Roman, Noto Serif, serif"  # charts: drawn by vl-convert
VI_LOCALE = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " đ"]}


# --- charts ----------------------------------------------------------------------------------------


def chart_spec(c: Chart) -> dict[str, Any]:
    """A bar per stored period, labelled with the Vietnamese-formatted value."""
    div, uname = display_unit(c.unit, [p["value"] for p in c.points])
    data = [{"period": p["period"], "order": i, "value": p["value"] / div, "label": format_number(round(p["value"] / div, 2))}
            for i, p in enumerate(c.points)]
    x = {"field": "period", "type": "nominal", "sort": {"field": "order"}, "title": None,
         "axis": {"labelAngle": 0, "labelLimit": 160}}
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": {"text": c.title, "subtitle": f"Đơn vị: {uname}" if uname else ""},
        "width": max(160, 110 * len(data)), "height": 180,
        "data": {"values": data},
        "config": {"font": FONT, "locale": {"number": VI_LOCALE}, "view": {"stroke": None}},
        "layer": [
            {"mark": {"type": "bar", "color": "#b3261e"},
             "encoding": {"x": x, "y": {"field": "value", "type": "quantitative", "title": uname,
                                        "axis": {"format": ",.4~f"}}}},
            {"mark": {"type": "text", "dy": -6, "fontSize": 11},
             "encoding": {"x": x, "y": {"field": "value", "type": "quantitative"}, "text": {"field": "label"}}},
        ],
    }


def chart_svg(c: Chart) -> str:
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart_spec(c))


def chart_png(c: Chart, scale: float = 2.0) -> bytes:
    import vl_convert as vlc

    return vlc.vegalite_to_png(chart_spec(c), scale=scale)


# --- the parts every format shares ---------------------------------------------------------------


def _cell(f: Any) -> str:
    return f.text if f is not None else "—"


def table_header(review: Review) -> list[str]:
    t = templates().table
    cols = [t.indicator, t.value, t.change, t.plan, t.implied]
    if any(r.rank for r in review.rows):
        cols.append(t.rank)
    return [*cols, t.notes]


def table_cells(review: Review, r: Row) -> list[str]:
    cells = [r.label, _cell(r.value), _cell(r.change), _cell(r.plan), _cell(r.implied)]
    if any(x.rank for x in review.rows):
        cells.append(_cell(r.rank))
    return [*cells, " ".join(sup(n) for n in r.sources)]


def heading(review: Review) -> str:
    """The title line under "BÁO CÁO": what the review is about ("Kết quả thực hiện nhiệm vụ ...")."""
    t = templates()
    h = t.heading.format(period=review.period_words, kind=review.locality_kind or "", locality=review.locality)
    return " ".join(h.split())


def subject_line(review: Review) -> str:
    """The review's subject (document properties): title, locality and province."""
    kind = f"{review.locality_kind} " if review.locality_kind else ""
    prov = templates().province_suffix.format(province=review.province) if review.province else ""
    return f"{heading(review)} – {kind}{review.locality}{prov}"


def intro(review: Review) -> str:
    return " ".join(templates().intro.format(kind=review.locality_kind or "", locality=review.locality).split())


def _sentences(sents: list[Any]) -> str:
    return " ".join(f"{s.text}{sup(s.source) if s.source else ''}." for s in sents)


# --- Markdown -------------------------------------------------------------------------------------


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def to_markdown(review: Review, charts_dir: Path | None = None, charts_href: str | None = None) -> str:
    """The review as Markdown. With ``charts_dir``, charts are written there as SVG and linked
    (``charts_href`` is the link prefix); without, the charts section lists their sources."""
    t = templates()
    sec, empty = section_titles(review), t.empty
    hb = heading_block(review)
    out = [f"**{' / '.join(hb.left)}** — **{' / '.join(hb.right)}**", "", f"{hb.number} — _{hb.place_date}_", "",
           f"# {t.title}", "", f"## {heading(review)}", "", intro(review), "", f"## {sec.results}", ""]
    if not review.fields:
        out += [empty.results, ""]
    for i, fl in enumerate(review.fields, 1):
        out += [f"### {i}. {fl.title}", "", _sentences(fl.sentences), ""]
    out += [f"## {sec.limitations}", ""]
    out += [f"- {x}" for x in review.limitations] or [empty.limitations]
    out += ["", f"## {sec.tasks}", ""]
    if review.tasks:
        out += [_sentences(review.tasks), ""]
    out += [f"- {x}" for x in review.task_texts]
    if not review.tasks and not review.task_texts:
        out += [empty.tasks]
    out += ["", f"## {sec.table}", ""]
    if review.rows:
        head = table_header(review)
        out += ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        out += ["| " + " | ".join(_md_escape(c) for c in table_cells(review, r)) + " |" for r in review.rows]
        out += ["", " ".join(t.table.derived_note.split())]
    if review.charts:
        out += ["", f"## {sec.charts}", ""]
    for c in review.charts:
        if charts_dir is not None:
            charts_dir.mkdir(parents=True, exist_ok=True)
            (charts_dir / f"{c.indicator}.svg").write_text(chart_svg(c), encoding="utf-8")
            out += [f"![{c.title}]({(charts_href or charts_dir.name)}/{c.indicator}.svg)", ""]
        else:
            out += [f"- {c.title}: " + "; ".join(f"{p['period']}: {p['text']}" for p in c.points)]
    cb = closing_block(review)
    out += ["", f"**{cb.recipients_title}** " + " ".join(cb.recipients), "", "**" + " / ".join(cb.signature) + "**"]
    out += ["", f"## {sec.sources}", ""]
    out += [f"{sup(s.n)} {footnote_text(s)}  " for s in review.sources]
    out += ["", f"_{t.generated}_", ""]
    return "\n".join(out)


# --- HTML -----------------------------------------------------------------------------------------


def css() -> str:
    """The page: A4 (``PAGE_SIZE_MM``), the official margins, Times New Roman (or its metric twin)."""
    w, h = PAGE_SIZE_MM
    m = MARGINS_MM
    return f"""
@page {{ size: {w}mm {h}mm; margin: {m['top']}mm {m['right']}mm {m['bottom']}mm {m['left']}mm;
        @bottom-center {{ content: counter(page); font-family: {CSS_FONTS}; font-size: 11pt; }} }}
@page :first {{ @bottom-center {{ content: none; }} }}
body {{ font-family: {CSS_FONTS}; font-size: {BODY_PT}pt; line-height: 1.3; color: #000; margin: 0; }}
@media screen {{ body {{ max-width: {w - m['left'] - m['right']}mm; margin: 2em auto; }} }}
table.head, table.close {{ width: 100%; border-collapse: collapse; margin: 0; }}
table.head td, table.close td {{ border: none; padding: 0; vertical-align: top; text-align: center; }}
table.head td.l {{ width: 38%; font-size: {BODY_PT}pt; }}
table.head td.r {{ width: 62%; font-size: {BODY_PT}pt; }}
table.head td.r div.b:first-child {{ font-size: 12pt; }}
table.head .b {{ font-weight: bold; }}
table.head .u {{ font-weight: bold; text-decoration: underline; }}
table.head .rule {{ width: 35%; margin: 1pt auto 3pt; border-top: 0.75pt solid #000; }}
table.head .date {{ font-style: italic; padding-top: 6pt; white-space: pre; }}
table.head .num {{ padding-top: 3pt; white-space: pre; }}
.mark {{ float: right; border: 0.75pt solid #000; padding: 1pt 6pt; font-size: 11pt; font-weight: bold; }}
h1 {{ text-align: center; font-size: 15pt; margin: 14pt 0 0; }}
h2.sub {{ text-align: center; font-size: 14pt; font-weight: bold; margin: 0 0 2pt; }}
.subrule {{ width: 25%; margin: 2pt auto 10pt; border-top: 0.75pt solid #000; }}
h2 {{ font-size: {BODY_PT}pt; margin: 10pt 0 4pt; }}
h3 {{ font-size: {BODY_PT}pt; margin: 8pt 0 3pt; }}
p, li {{ text-align: justify; margin: 0 0 6pt; text-indent: 10mm; }}
li {{ text-indent: 0; }}
ul {{ margin: 0 0 6pt; padding-left: 10mm; list-style: "- "; }}
table.ind {{ border-collapse: collapse; width: 100%; font-size: 11pt; }}
table.ind th, table.ind td {{ border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }}
table.ind td.n {{ text-align: right; white-space: nowrap; }}
table.ind td:first-child {{ width: 30%; }}
a.fn {{ text-decoration: none; color: inherit; }}
p.note, .generated {{ font-size: 11pt; font-style: italic; text-indent: 0; }}
table.close {{ margin-top: 12pt; page-break-inside: avoid; }}
table.close td.l {{ width: 50%; text-align: left; font-size: 11pt; }}
table.close td.r {{ width: 50%; font-weight: bold; }}
table.close .rt {{ font-weight: bold; font-style: italic; font-size: 12pt; }}
ol.notes {{ font-size: 10pt; padding-left: 0; list-style: none; border-top: 0.5pt solid #000; margin-top: 14pt;
           padding-top: 4pt; }}
ol.notes li {{ text-align: left; margin-bottom: 2pt; }}
figure {{ margin: 6pt 0; page-break-inside: avoid; text-align: center; }}
"""


def _e(s: str) -> str:
    return _html.escape(s, quote=True)


def _fn(n: int | None, seen: set[int]) -> str:
    """A linked note marker; the first marker of a note is the one the note links back to."""
    if not n:
        return ""
    anchor = f' id="ref-{n}"' if n not in seen else ""
    seen.add(n)
    return f'<a class="fn"{anchor} href="#fn-{n}">{sup(n)}</a>'


def html_heading(review: Review) -> list[str]:
    hb = heading_block(review)
    left = []
    for i, line in enumerate(hb.left):
        left.append(f'<div class="{"b" if i >= hb.left_bold_from else ""}">{_e(line)}</div>')
    left.append(f'<div class="b">{_e(hb.mark)}</div>' if hb.mark else '<div class="rule"></div>')
    left.append(f'<div class="num">{_e(hb.number)}</div>')
    right = [f'<div class="{"u" if hb.party else "b"}">{_e(x)}</div>' for x in hb.right]
    if not hb.party:
        right.append('<div class="rule"></div>')
    right.append(f'<div class="date">{_e(hb.place_date)}</div>')
    return [f'<div class="mark">{_e(hb.draft_mark)}</div>',
            '<table class="head"><tr><td class="l">' + "".join(left) + '</td><td class="r">' + "".join(right)
            + "</td></tr></table>"]


def html_closing(review: Review) -> str:
    cb = closing_block(review)
    left = f'<div class="rt">{_e(cb.recipients_title)}</div>' + "".join(f"<div>{_e(x)}</div>" for x in cb.recipients)
    right = "".join(f"<div>{_e(x)}</div>" for x in cb.signature)
    return f'<table class="close"><tr><td class="l">{left}</td><td class="r">{right}</td></tr></table>'


def to_html(review: Review, charts: str = "svg") -> str:
    """The review as one self-contained HTML page in the layout of its document kind; footnote
    markers link to the notes at the end (and back). Charts inline as SVG (``charts="svg"``) or as
    PNG data (``"png"``, what WeasyPrint gets), or left out (``"none"``)."""
    t = templates()
    sec, empty = section_titles(review), t.empty
    seen: set[int] = set()

    def para(sents: list[Any]) -> str:
        return "<p>" + " ".join(f"{_e(s.text)}{_fn(s.source, seen)}." for s in sents) + "</p>"

    h = ['<!DOCTYPE html>', '<html lang="vi"><head><meta charset="utf-8">',
         f"<title>{_e(t.title)} – {_e(subject_line(review))}</title><style>{css()}</style></head><body>",
         *html_heading(review),
         f"<h1>{_e(t.title)}</h1>", f'<h2 class="sub">{_e(heading(review))}</h2>', '<div class="subrule"></div>',
         f"<p>{_e(intro(review))}</p>", f"<h2>{_e(sec.results)}</h2>"]
    if not review.fields:
        h.append(f"<p>{_e(empty.results)}</p>")
    for i, fl in enumerate(review.fields, 1):
        h.append(f"<h3>{i}. {_e(fl.title)}</h3>")
        h.append(para(fl.sentences))
    h.append(f"<h2>{_e(sec.limitations)}</h2>")
    h.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in review.limitations) + "</ul>"
             if review.limitations else f"<p>{_e(empty.limitations)}</p>")
    h.append(f"<h2>{_e(sec.tasks)}</h2>")
    if review.tasks:
        h.append(para(review.tasks))
    if review.task_texts:
        h.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in review.task_texts) + "</ul>")
    if not review.tasks and not review.task_texts:
        h.append(f"<p>{_e(empty.tasks)}</p>")
    h.append(f'<h2 id="table">{_e(sec.table)}</h2>')
    if review.rows:
        h.append('<table class="ind"><thead><tr>' + "".join(f"<th>{_e(c)}</th>" for c in table_header(review))
                 + "</tr></thead><tbody>")
        for r in review.rows:
            cells = table_cells(review, r)
            src = " ".join(_fn(n, seen) for n in r.sources)
            h.append("<tr>" + f"<td>{_e(cells[0])}</td>" + "".join(f'<td class="n">{_e(c)}</td>' for c in cells[1:-1])
                     + f"<td>{src}</td></tr>")
        h.append(f'</tbody></table><p class="note">{_e(" ".join(t.table.derived_note.split()))}</p>')
    if review.charts and charts != "none":
        h.append(f"<h2>{_e(sec.charts)}</h2>")
    for c in review.charts:
        if charts == "svg":
            h.append(f"<figure>{chart_svg(c)}</figure>")
        elif charts == "png":
            b64 = base64.b64encode(chart_png(c)).decode()
            h.append(f'<figure><img alt="{_e(c.title)}" style="width:60%" src="data:image/png;base64,{b64}"></figure>')
    h.append(html_closing(review))
    h.append(f'<ol class="notes" aria-label="{_e(sec.sources)}">')
    h += [f'<li id="fn-{s.n}"><a class="fn" href="#ref-{s.n}">{sup(s.n)}</a> {_e(footnote_text(s))}</li>'
          for s in review.sources]
    h.append(f'</ol><p class="generated">{_e(t.generated)}</p></body></html>')
    return "\n".join(h)


def to_pdf(review: Review) -> bytes:
    """The HTML page printed by WeasyPrint: A4, the same layout; notes are PDF links."""
    from weasyprint import HTML

    pdf: bytes = HTML(string=to_html(review, charts="png")).write_pdf()
    return pdf
