"""The review as a Word document an office can file (python-docx): A4, the official margins and
font, the heading block of its document kind, numbered sections, the "Nơi nhận" block, real Word
footnotes (the ``word/footnotes.xml`` part, which python-docx has no API for: written here) and the
document properties. With ``template``, an office's own .docx is the base: its styles, headers
(logo) and page set-up are kept, its body is replaced (pandoc's reference-doc manner).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from soket.report.build import Review, footnote_text
from soket.report.layout import (
    BODY_PT,
    FONT_NAME,
    MARGINS_MM,
    PAGE_SIZE_MM,
    closing_block,
    heading_block,
    section_titles,
)
from soket.report.render import chart_png, subject_line, table_cells, table_header
from soket.report.render import heading as title_line
from soket.report.render import intro as intro_text
from soket.report.templates import templates

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_URI = "/word/footnotes.xml"
NOTE_PT = 10
MOTTO_PT = 12
LEFT_SHARE = 0.38  # of the text width: the body's column of the heading block
TEXT_WIDTH_MM = PAGE_SIZE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"]


class Footnotes:
    """The footnotes part of a document: notes are added as their references are written, so Word
    numbers them in reading order."""

    def __init__(self, doc: Any) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from lxml import etree

        self.doc = doc
        self.part = next((r.target_part for r in doc.part.rels.values()
                          if not r.is_external and r.reltype == RT.FOOTNOTES), None)
        if self.part is not None:
            self.root = etree.fromstring(self.part.blob)
        else:
            self.root = etree.fromstring(
                f'<w:footnotes xmlns:w="{W}">'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                "</w:footnotes>")
        ids = [int(x) for x in self.root.xpath("//w:footnote/@w:id", namespaces={"w": W})]
        self.next_id = max([0, *ids]) + 1

    def add(self, paragraph: Any, text: str) -> int:
        """A footnote with ``text``, referenced at the end of ``paragraph``; its id."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from lxml import etree

        n = self.next_id
        self.next_id += 1
        font = f'<w:rFonts w:ascii="{FONT_NAME}" w:hAnsi="{FONT_NAME}" w:cs="{FONT_NAME}" w:eastAsia="{FONT_NAME}"/>'
        self.root.append(etree.fromstring(
            f'<w:footnote xmlns:w="{W}" w:id="{n}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            f'w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
            f'<w:r><w:rPr>{font}<w:vertAlign w:val="superscript"/><w:sz w:val="{NOTE_PT * 2}"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr>{font}<w:sz w:val="{NOTE_PT * 2}"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
            "</w:p></w:footnote>"))
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        r.append(rpr)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(n))
        r.append(ref)
        paragraph._p.append(r)
        return n

    def save(self) -> None:
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        from lxml import etree

        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if self.part is None:
            self.part = Part(PackURI(FOOTNOTES_URI), CT.WML_FOOTNOTES, blob, self.doc.part.package)
            self.doc.part.relate_to(self.part, RT.FOOTNOTES)
        elif hasattr(self.part, "_element"):
            self.part._element = etree.fromstring(blob)
        else:
            self.part._blob = blob


# --- page, styles, blocks ---------------------------------------------------------------------------


def _font(obj: Any, size: float | None = None, bold: bool | None = None, italic: bool | None = None) -> None:
    """Times New Roman for every script of a run or style (Vietnamese is 'ascii'/'hAnsi'; 'cs' and
    'eastAsia' too, so that no fallback font creeps in)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    obj.font.name = FONT_NAME
    rpr = obj.element.get_or_add_rPr() if hasattr(obj.element, "get_or_add_rPr") else obj._r.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # a theme font wins over a name
        fonts.attrib.pop(qn(k), None)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(k), FONT_NAME)
    if size is not None:
        obj.font.size = Pt(size)
    if bold is not None:
        obj.font.bold = bold
    if italic is not None:
        obj.font.italic = italic


def page_setup(doc: Any) -> None:
    """A4 and the official margins on every section."""
    from docx.shared import Mm

    for s in doc.sections:
        s.page_width, s.page_height = Mm(PAGE_SIZE_MM[0]), Mm(PAGE_SIZE_MM[1])
        s.top_margin, s.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        s.left_margin, s.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])


def styles(doc: Any) -> None:
    """Normal: Times New Roman 13 pt, justified; headings in the same font, bold, black."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    st = doc.styles["Normal"]
    _font(st, BODY_PT)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for name, italic in (("Heading 1", False), ("Heading 2", False), ("Title", False)):
        try:
            h = doc.styles[name]
        except KeyError:
            continue
        _font(h, BODY_PT, bold=True, italic=italic)
        h.font.color.rgb = RGBColor(0, 0, 0)
        h.paragraph_format.space_before = Pt(6)
        h.paragraph_format.space_after = Pt(3)
        h.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _clear_body(doc: Any) -> None:
    """An office template's body goes; its last section properties (page, header, footer) stay."""
    body = doc.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


def _no_borders(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def _repeat_header(row: Any) -> None:
    """The table's header row is repeated on every page it runs onto; no row splits across pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        e = OxmlElement(tag)
        e.set(qn("w:val"), "true")
        trpr.append(e)


def _rule(paragraph: Any, indent_mm: float) -> None:
    """A short solid line under a paragraph (the line under the body name and the motto)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)
    paragraph.paragraph_format.left_indent = Mm(indent_mm)
    paragraph.paragraph_format.right_indent = Mm(indent_mm)


def _line(container: Any, text: str, size: float = BODY_PT, bold: bool = False, italic: bool = False,
          underline: bool = False, align: str = "center", first: bool = False) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = container.paragraphs[0] if first and container.paragraphs and not container.paragraphs[0].text \
        else container.add_paragraph()
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.first_line_indent = Pt(0)
    if text:
        r = p.add_run(text)
        _font(r, size, bold=bold, italic=italic)
        r.font.underline = underline or None
    return p


def _widths(table: Any, mm: list[float]) -> None:
    from docx.shared import Mm

    table.autofit = False
    for col, w in zip(table.columns, mm, strict=True):  # the grid (what LibreOffice reads) ...
        col.width = Mm(w)
    for row in table.rows:  # ... and each cell (what Word reads)
        for cell, w in zip(row.cells, mm, strict=True):
            cell.width = Mm(w)


def heading(doc: Any, review: Review) -> None:
    hb = heading_block(review)
    _line(doc, hb.draft_mark, size=11, bold=True, align="right", first=True)
    tb = doc.add_table(rows=1, cols=2)
    _no_borders(tb)
    left_w = TEXT_WIDTH_MM * LEFT_SHARE
    _widths(tb, [left_w, TEXT_WIDTH_MM - left_w])
    lc, rc = tb.rows[0].cells
    for i, line in enumerate(hb.left):
        _line(lc, line, bold=i >= hb.left_bold_from, first=i == 0)
    if hb.mark:
        _line(lc, hb.mark, bold=True)
    else:
        _rule(_line(lc, ""), left_w * 0.32)
    _line(lc, hb.number)
    for i, line in enumerate(hb.right):  # the state's name in 12 pt (Decree 30: 12-13), so that it holds one line
        _line(rc, line, size=BODY_PT if hb.party or i else MOTTO_PT, bold=True, underline=hb.party, first=i == 0)
    if not hb.party:
        _rule(_line(rc, ""), (TEXT_WIDTH_MM - left_w) * 0.22)
    _line(rc, "")
    _line(rc, hb.place_date, italic=True)


def closing(doc: Any, review: Review) -> None:
    cb = closing_block(review)
    doc.add_paragraph()
    tb = doc.add_table(rows=1, cols=2)
    _no_borders(tb)
    _widths(tb, [TEXT_WIDTH_MM / 2, TEXT_WIDTH_MM / 2])
    lc, rc = tb.rows[0].cells
    _line(lc, cb.recipients_title, size=12, bold=True, italic=True, align="left", first=True)
    for x in cb.recipients:
        _line(lc, x, size=11, align="left")
    for i, x in enumerate(cb.signature):
        _line(rc, x, bold=True, first=i == 0)


def properties(doc: Any, review: Review, created: datetime | None = None) -> None:
    """Title, subject, author "soket", created date, language."""
    t = templates()
    cp = doc.core_properties
    cp.title = f"{t.title} {title_line(review)}"
    cp.subject = subject_line(review)
    cp.author = "soket"
    cp.last_modified_by = "soket"
    cp.created = cp.modified = created or datetime.now(UTC).replace(microsecond=0)
    cp.language = "vi-VN"
    cp.keywords = "; ".join(x for x in (review.locality, review.province, review.period) if x)
    cp.comments = t.generated
    cp.revision = 1


# --- the document ------------------------------------------------------------------------------------


def to_docx(review: Review, template: Path | None = None, created: datetime | None = None) -> Any:
    """The review as a python-docx ``Document`` (not saved)."""
    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    t = templates()
    sec, empty = section_titles(review), t.empty
    d = Docx(str(template)) if template is not None else Docx()
    if template is not None:
        _clear_body(d)
    else:
        page_setup(d)
        styles(d)
    notes = Footnotes(d)
    noted: dict[int, int] = {}  # review's note number -> footnote id
    by_n = {s.n: s for s in review.sources}

    def mark(p: Any, n: int | None) -> None:
        """A note marker: the first time a real footnote, after that its number in superscript."""
        if not n:
            return
        if n not in noted and n in by_n:
            noted[n] = notes.add(p, footnote_text(by_n[n]))
        elif n in noted:
            r = p.add_run(str(noted[n]))
            r.font.superscript = True

    def body(text: str = "", italic: bool = False) -> Any:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Mm(10)
        if text:
            r = p.add_run(text)
            r.font.italic = italic or None
        return p

    def h(text: str, level: int) -> None:
        try:
            d.add_heading(text, level=level)
        except KeyError:  # a template without heading styles
            r = d.add_paragraph().add_run(text)
            r.font.bold = True

    def sentences(sents: list[Any]) -> None:
        p = body()
        for i, s in enumerate(sents):
            p.add_run(("" if i == 0 else " ") + s.text)
            mark(p, s.source)
            p.add_run(".")

    def bullets(items: list[str]) -> None:
        for x in items:
            body(f"- {x}")

    heading(d, review)
    _line(d, "")
    _line(d, t.title, size=15, bold=True)
    _line(d, title_line(review), size=14, bold=True)
    _rule(_line(d, ""), TEXT_WIDTH_MM * 0.4)
    _line(d, "")
    body(intro_text(review), italic=True)
    h(sec.results, 1)
    if not review.fields:
        body(empty.results)
    for i, fl in enumerate(review.fields, 1):
        h(f"{i}. {fl.title}", 2)
        sentences(fl.sentences)
    h(sec.limitations, 1)
    bullets(review.limitations)
    if not review.limitations:
        body(empty.limitations)
    h(sec.tasks, 1)
    if review.tasks:
        sentences(review.tasks)
    bullets(review.task_texts)
    if not review.tasks and not review.task_texts:
        body(empty.tasks)
    h(sec.table, 1)
    if review.rows:
        head = table_header(review)
        tb = d.add_table(rows=1, cols=len(head))
        try:
            tb.style = "Table Grid"
        except (KeyError, ValueError):
            pass
        _repeat_header(tb.rows[0])
        for c, txt in zip(tb.rows[0].cells, head, strict=True):
            c.text = ""
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = c.paragraphs[0].add_run(txt)
            r.font.bold = True
            r.font.size = Pt(11)
        for row in review.rows:
            cells = tb.add_row().cells
            for i, (c, txt) in enumerate(zip(cells[:-1], table_cells(review, row)[:-1], strict=True)):
                c.text = ""
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT
                c.paragraphs[0].add_run(txt).font.size = Pt(11)
            src = cells[-1].paragraphs[0]
            src.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for n in row.sources:
                mark(src, n)
        first = TEXT_WIDTH_MM * 0.3
        note = 12.0
        rest = (TEXT_WIDTH_MM - first - note) / (len(head) - 2)
        _widths(tb, [first] + [rest] * (len(head) - 2) + [note])
        body(" ".join(t.table.derived_note.split()), italic=True)
    if review.charts:
        h(sec.charts, 1)
    for c in review.charts:
        d.add_picture(io.BytesIO(chart_png(c)), width=Mm(min(150.0, 40 + 30 * len(c.points))))
    closing(d, review)
    _line(d, "")
    _line(d, t.generated, size=11, italic=True, align="left")
    notes.save()
    properties(d, review, created)
    return d


def to_docx_bytes(review: Review, template: Path | None = None, created: datetime | None = None) -> bytes:
    buf = io.BytesIO()
    to_docx(review, template, created).save(buf)
    return buf.getvalue()
