"""A :class:`~soket.report.build.Review` written out: Markdown, HTML, .docx, PDF (WeasyPrint from
the HTML). Charts are Vega-Lite specs rendered offline by vl-convert (SVG for HTML, PNG for .docx
and PDF)."""

from __future__ import annotations

import base64
import html as _html
from pathlib import Path
from typing import Any

from soket.fmt import display_unit, format_number
from soket.report.build import Chart, Review, Row, footnote_text, sup, templates

FORMATS = ("md", "html", "docx", "pdf")
FONT = "Noto Sans, DejaVu Sans, sans-serif"
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
    t = templates()["table"]
    cols = [t["indicator"], t["value"], t["change"], t["plan"], t["implied"]]
    if any(r.rank for r in review.rows):
        cols.append(t["rank"])
    return [*cols, t["notes"]]


def table_cells(review: Review, r: Row) -> list[str]:
    cells = [r.label, _cell(r.value), _cell(r.change), _cell(r.plan), _cell(r.implied)]
    if any(x.rank for x in review.rows):
        cells.append(_cell(r.rank))
    return [*cells, " ".join(sup(n) for n in r.sources)]


def heading(review: Review) -> str:
    t = templates()
    h = t["heading"].format(period=review.period_words, kind=review.locality_kind or "", locality=review.locality)
    return " ".join(h.split()) + (t["province_suffix"].format(province=review.province) if review.province else "")


def intro(review: Review) -> str:
    return " ".join(templates()["intro"].format(kind=review.locality_kind or "", locality=review.locality).split())


# --- Markdown -------------------------------------------------------------------------------------


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def to_markdown(review: Review, charts_dir: Path | None = None, charts_href: str | None = None) -> str:
    """The review as Markdown. With ``charts_dir``, charts are written there as SVG and linked
    (``charts_href`` is the link prefix); without, the charts section lists their sources."""
    t = templates()
    sec, empty = t["sections"], t["empty"]
    out = [f"# {t['title']}", "", f"## {heading(review)}", "", intro(review), "", f"## {sec['results']}", ""]
    if not review.fields:
        out += [empty["results"], ""]
    for fl in review.fields:
        out += [f"### {fl.title}", "", " ".join(f"{s.text}{sup(s.source) if s.source else ''}." for s in fl.sentences), ""]
    out += [f"## {sec['limitations']}", ""]
    out += [f"- {x}" for x in review.limitations] or [empty["limitations"]]
    out += ["", f"## {sec['tasks']}", ""]
    if review.tasks:
        out += [" ".join(f"{s.text}{sup(s.source) if s.source else ''}." for s in review.tasks), ""]
    out += [f"- {x}" for x in review.task_texts]
    if not review.tasks and not review.task_texts:
        out += [empty["tasks"]]
    out += ["", f"## {sec['table']}", ""]
    if review.rows:
        head = table_header(review)
        out += ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        out += ["| " + " | ".join(_md_escape(c) for c in table_cells(review, r)) + " |" for r in review.rows]
        out += ["", " ".join(t["table"]["derived_note"].split())]
    out += ["", f"## {sec['charts']}", ""]
    if not review.charts:
        out += [empty["charts"]]
    for c in review.charts:
        if charts_dir is not None:
            charts_dir.mkdir(parents=True, exist_ok=True)
            (charts_dir / f"{c.indicator}.svg").write_text(chart_svg(c), encoding="utf-8")
            out += [f"![{c.title}]({(charts_href or charts_dir.name)}/{c.indicator}.svg)", ""]
        else:
            out += [f"- {c.title}: " + "; ".join(f"{p['period']}: {p['text']}" for p in c.points)]
    out += ["", f"## {sec['sources']}", ""]
    out += [f"{sup(s.n)} {footnote_text(s)}  " for s in review.sources]
    out += ["", f"_{t['generated']}_", ""]
    return "\n".join(out)


# --- HTML -----------------------------------------------------------------------------------------

CSS = """
body { font-family: 'Noto Serif', 'Noto Sans', 'DejaVu Serif', serif; font-size: 12pt; line-height: 1.45;
       max-width: 52em; margin: 2em auto; color: #1b1b1b; }
h1 { text-align: center; font-size: 16pt; margin-bottom: .2em; }
h2.sub { text-align: center; font-size: 13pt; font-weight: normal; font-style: italic; margin-top: 0; }
h2 { font-size: 13pt; margin-top: 1.4em; }
h3 { font-size: 12pt; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; }
th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; }
th { background: #f1ece4; }
td.n { text-align: right; white-space: nowrap; }
td:first-child { width: 30%; }
a.fn { text-decoration: none; color: #b3261e; }
ol.sources { font-size: 9.5pt; padding-left: 0; list-style: none; }
.note, .generated { font-size: 9.5pt; color: #555; }
figure { margin: 1em 0; page-break-inside: avoid; }
@page { size: A4; margin: 2cm; }
"""


def _e(s: str) -> str:
    return _html.escape(s, quote=True)


def _fn(n: int | None) -> str:
    return f'<a class="fn" href="#src-{n}">{sup(n)}</a>' if n else ""


def to_html(review: Review, charts: str = "svg") -> str:
    """The review as one self-contained HTML page; charts inline as SVG (``charts="svg"``) or as PNG
    data (``"png"``, what WeasyPrint gets), or left out (``"none"``)."""
    t = templates()
    sec, empty = t["sections"], t["empty"]
    h = ['<!DOCTYPE html>', '<html lang="vi"><head><meta charset="utf-8">',
         f"<title>{_e(t['title'])} – {_e(heading(review))}</title><style>{CSS}</style></head><body>",
         f"<h1>{_e(t['title'])}</h1>", f'<h2 class="sub">{_e(heading(review))}</h2>', f"<p>{_e(intro(review))}</p>",
         f"<h2>{_e(sec['results'])}</h2>"]
    if not review.fields:
        h.append(f"<p>{_e(empty['results'])}</p>")
    for fl in review.fields:
        h.append(f"<h3>{_e(fl.title)}</h3>")
        h.append("<p>" + " ".join(f"{_e(s.text)}{_fn(s.source)}." for s in fl.sentences) + "</p>")
    h.append(f"<h2>{_e(sec['limitations'])}</h2>")
    h.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in review.limitations) + "</ul>"
             if review.limitations else f"<p>{_e(empty['limitations'])}</p>")
    h.append(f"<h2>{_e(sec['tasks'])}</h2>")
    if review.tasks:
        h.append("<p>" + " ".join(f"{_e(s.text)}{_fn(s.source)}." for s in review.tasks) + "</p>")
    if review.task_texts:
        h.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in review.task_texts) + "</ul>")
    if not review.tasks and not review.task_texts:
        h.append(f"<p>{_e(empty['tasks'])}</p>")
    h.append(f'<h2 id="table">{_e(sec["table"])}</h2>')
    if review.rows:
        h.append("<table><thead><tr>" + "".join(f"<th>{_e(c)}</th>" for c in table_header(review)) + "</tr></thead><tbody>")
        for r in review.rows:
            cells = table_cells(review, r)
            src = " ".join(_fn(n) for n in r.sources)
            h.append("<tr>" + f"<td>{_e(cells[0])}</td>" + "".join(f'<td class="n">{_e(c)}</td>' for c in cells[1:-1])
                     + f"<td>{src}</td></tr>")
        h.append(f'</tbody></table><p class="note">{_e(" ".join(t["table"]["derived_note"].split()))}</p>')
    h.append(f"<h2>{_e(sec['charts'])}</h2>")
    if not review.charts:
        h.append(f"<p>{_e(empty['charts'])}</p>")
    for c in review.charts:
        if charts == "svg":
            h.append(f"<figure>{chart_svg(c)}</figure>")
        elif charts == "png":
            b64 = base64.b64encode(chart_png(c)).decode()
            h.append(f'<figure><img alt="{_e(c.title)}" style="width:60%" src="data:image/png;base64,{b64}"></figure>')
    h.append(f"<h2>{_e(sec['sources'])}</h2><ol class=\"sources\">")
    h += [f'<li id="src-{s.n}">{sup(s.n)} {_e(footnote_text(s))}</li>' for s in review.sources]
    h.append(f'</ol><p class="generated">{_e(t["generated"])}</p></body></html>')
    return "\n".join(h)


def to_pdf(review: Review) -> bytes:
    from weasyprint import HTML

    pdf: bytes = HTML(string=to_html(review, charts="png")).write_pdf()
    return pdf


# --- .docx ------------------------------------------------------------------------------------------


def to_docx(review: Review, path: Path) -> None:
    import io

    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt

    t = templates()
    sec, empty = t["sections"], t["empty"]
    d = Docx()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    p = d.add_heading(t["title"], level=0)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(heading(review)).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(intro(review))
    d.add_heading(sec["results"], level=1)
    if not review.fields:
        d.add_paragraph(empty["results"])
    for fl in review.fields:
        d.add_heading(fl.title, level=2)
        d.add_paragraph(" ".join(f"{s.text}{sup(s.source) if s.source else ''}." for s in fl.sentences))
    d.add_heading(sec["limitations"], level=1)
    for x in review.limitations:
        d.add_paragraph(x, style="List Bullet")
    if not review.limitations:
        d.add_paragraph(empty["limitations"])
    d.add_heading(sec["tasks"], level=1)
    if review.tasks:
        d.add_paragraph(" ".join(f"{s.text}{sup(s.source) if s.source else ''}." for s in review.tasks))
    for x in review.task_texts:
        d.add_paragraph(x, style="List Bullet")
    if not review.tasks and not review.task_texts:
        d.add_paragraph(empty["tasks"])
    d.add_heading(sec["table"], level=1)
    if review.rows:
        head = table_header(review)
        tb = d.add_table(rows=1, cols=len(head))
        tb.style = "Table Grid"
        for c, txt in zip(tb.rows[0].cells, head, strict=True):
            c.text = txt
        for r in review.rows:
            for c, txt in zip(tb.add_row().cells, table_cells(review, r), strict=True):
                c.text = txt
        d.add_paragraph(" ".join(t["table"]["derived_note"].split()))
    d.add_heading(sec["charts"], level=1)
    if not review.charts:
        d.add_paragraph(empty["charts"])
    for c in review.charts:
        d.add_picture(io.BytesIO(chart_png(c)), width=Inches(min(6.0, 1.6 + 1.2 * len(c.points))))
    d.add_heading(sec["sources"], level=1)
    for s in review.sources:
        d.add_paragraph(f"{sup(s.n)} {footnote_text(s)}")
    d.add_paragraph(t["generated"])
    d.save(str(path))


def render(review: Review, fmt: str, out: Path | None = None) -> bytes:
    """The review in ``fmt`` as bytes; with ``out``, also written there (md charts beside it)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if fmt == "md":
        cdir = out.with_name(out.stem + "_charts") if out is not None else None
        data = to_markdown(review, cdir, cdir.name if cdir else None).encode()
    elif fmt == "html":
        data = to_html(review).encode()
    elif fmt == "pdf":
        data = to_pdf(review)
    else:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "review.docx"
            to_docx(review, p)
            data = p.read_bytes()
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    return data
