"""HTML pages to Documents: the article's text, title, publication date and byline.

Main content comes from trafilatura (tables included, recall favoured). ``Document.text`` holds
the title (when trafilatura found one and the text does not start with it), then the article's
headings and paragraphs separated by blank lines; table rows stay on consecutive lines
(``| cell | cell |``) and become :class:`~soket.model.Table` objects whose cells carry offsets into
the text. A lead the extractor left out (printed beside the body's container) is put back after
the title (:func:`_with_lead`). Navigation, menus and footers are left out by trafilatura; chrome lines that remain
(view counters, share buttons) are marked in ``Document.chrome``.

Pages that are deeply nested (more than :data:`MAX_DEPTH` open elements, where lxml and
trafilatura hit recursion limits or silently drop content), very large, or that trafilatura
cannot read fall back to :func:`scrape`, a linear-time tag stripper.
"""

from __future__ import annotations

import html as htmllib
import itertools
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from soket import rx as re
from soket.errors import InputError
from soket.ingest import budget, legacy
from soket.ingest import decode as dec
from soket.ingest.cells import pipe_row
from soket.ingest.chrome import find_chrome
from soket.ingest.typography import unwrap_lines
from soket.lexicon import get
from soket.lexicon.schema import ChromeLexicon, PublishersLexicon, TitlesLexicon
from soket.model import Cell, Document, Table

MAX_DEPTH = 300
MAX_PARSE_BYTES = 8 * 1024 * 1024
#: above this many block elements the article extractor runs without its fallback extractors, whose
#: paragraph classifier (justext) walks neighbours paragraph by paragraph: quadratic in their number
MAX_FALLBACK_BLOCKS = 1500

_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_DROP_BLOCKS = ("script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside",
                "form", "select", "iframe", "object", "button")
_DROP_RE = re.compile(r"<(" + "|".join(_DROP_BLOCKS) + r")\b", re.I)
_BLOCK_RE = re.compile(r"</?(?:p|div|section|article|main|header|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|"
                       r"tfoot|tr|blockquote|pre|figure|figcaption|center|hr|address|details|summary)\b[^<>]*>",
                       re.I)
_BR_RE = re.compile(r"<br\b[^<>]*>", re.I)
_BLOCK_OPEN_RE = re.compile(r"<(?:p|div|li|tr|td|h[1-6]|br|section|article)\b", re.I)
_CELL_RE = re.compile(r"</t[dh]\s*>", re.I)
_ANY_TAG_RE = re.compile(r"<[!/?]?[A-Za-z][^<>]*>|<!--[^<>]*-->")
_TITLE_RE = re.compile(r"<title[^>]*>([^<]{1,500})</title>", re.I)
_PUB_RE = re.compile(r"""<meta[^>]{0,300}?(?:article:published_time|datePublished|pubdate|publishdate|dc\.date)"""
                     r"""[^>]{0,300}?content\s*=\s*["'](\d{4}-\d{2}-\d{2})""", re.I)
_PUB_RE2 = re.compile(r"""<meta[^>]{0,300}?content\s*=\s*["'](\d{4}-\d{2}-\d{2})[^"']*["'][^>]{0,300}?"""
                      r"""(?:article:published_time|datePublished|pubdate|publishdate|dc\.date)""", re.I)
_AUTHOR_RE = re.compile(r"""<meta[^>]{0,300}?(?:name|property)\s*=\s*["'](?:author|article:author|dc\.creator)["']"""
                        r"""[^>]{0,300}?content\s*=\s*["']([^"']{1,200})""", re.I)
_AUTHOR_RE2 = re.compile(r"""<meta[^>]{0,300}?content\s*=\s*["']([^"']{1,200})["'][^>]{0,300}?"""
                         r"""(?:name|property)\s*=\s*["'](?:author|article:author|dc\.creator)["']""", re.I)
_OG_RE = re.compile(r"""<meta\b[^>]{0,400}?>""", re.I)
_ATTR_RE = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CANONICAL_RE = re.compile(r"""<link\b[^>]{0,300}?rel\s*=\s*["']canonical["'][^>]{0,300}?>""", re.I)
_HOST_RE = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)", re.I)
_SPACES_RE = re.compile(r"[ \t\u00a0\u200b\u3000]+")
_BLANKS_RE = re.compile(r"\n\s*\n\s*(?:\n\s*)*")


def html_to_document(data: bytes, *, notes: list[str] | None = None) -> Document:
    """Read an HTML page (bytes) into a Document. Raises InputError subclasses only."""
    notes = notes if notes is not None else []
    m = _META_CHARSET_RE.search(data[:8192])
    d = dec.decode(data, hint=m.group(1).decode("ascii", "replace") if m else None, check_content=False)
    notes.extend(d.notes)
    page = d.text
    budget.charge("xml_nodes", page.count("<"), "in the HTML page")
    title = published = byline = None
    text = None
    body = _layout_tables_unwrapped(page)  # an old portal's columns set in table cells: read as blocks
    body = _wrapped_breaks_joined(body)  # a PDF copy's hard-wrapped lines pasted as <br> lines: one paragraph
    depth = nesting_depth(page)
    if depth > MAX_DEPTH:
        notes.append(f"HTML nested {depth} elements deep: text scraped without an HTML parser")
    elif len(data) > MAX_PARSE_BYTES:
        notes.append("HTML page too large for the article extractor: text scraped without it")
    else:
        many = len(_BLOCK_OPEN_RE.findall(page)) > MAX_FALLBACK_BLOCKS
        text, title, published, byline = _trafilatura(_captions_as_paragraphs(_block_headings_kept(body)), fast=many)
        if text is None:
            notes.append("article extractor found no main text: text scraped from the whole page")
        elif title:
            text = _with_lead(text, title, body)
    if text is None:
        text = scrape(body)
    title = title or _meta_title(page)
    published = published or _meta_date(page) or _url_date(page)
    meta_author = _meta_author(page)
    if byline and meta_author and _marks_dropped(byline) == _marks_dropped(meta_author):
        byline = meta_author  # the article extractor's copy of the declared author, its full stops dropped ("T Vũ")
    byline = _class_byline(page) or (_whole_byline(page, byline) if byline else meta_author) or _field_byline(page)
    if not text.strip():
        raise InputError("no text found in the HTML page")
    fixed = dec.finish_text(text, d.encoding, notes, replaced=bool(d.warnings))  # legacy fonts, double UTF-8, mojibake
    text = fixed.text
    items = _live_items(page) if depth <= MAX_DEPTH and len(data) <= MAX_PARSE_BYTES else []
    if items:
        text = _items_stamped(text, items)
        if byline and any(byline == it.byline for it in items):
            byline = None  # one item's reporter, read as the page's: each item signs its own
    if title and fixed.encoding in legacy.LABELS:
        title = _clean_line(legacy.to_unicode(title, fixed.encoding))
    if title:
        title = unicodedata.normalize("NFC", title)
    doc = Document(text=text, format="html", sha256="-", encoding=fixed.encoding, title=title or None,
                   published=published, chrome=find_chrome(text), tables=_tables(text))
    if byline:
        doc.meta["byline"] = byline
    if meta_author and meta_author != byline:
        doc.meta["author"] = meta_author  # the page's declared author: the byline's fallback when it names no one
    flat = " ".join(text.split())  # a caption's line breaks (<br>) are spaces in _captions'
    every = _captions(page)
    if captions := [c for c in every if " ".join(c.split()) not in flat]:
        doc.meta["captions"] = captions  # photo captions the article extractor left out: their people still count
    if read := [c for c in every if c not in captions]:
        doc.meta["caption_texts"] = read  # captions read in the text: a figure they restate is the body's
    doc.meta.update(page_context(page))
    if (desc := _description(page)) and " ".join(desc.split()) not in flat:
        doc.meta["description"] = desc  # the page's summary, not printed in its text: what it says the meeting reviewed
    if d.warnings:
        doc.meta["decode_warnings"] = list(d.warnings)
    return doc


def _description(page: str) -> str | None:
    """The page's summary in its head (``<meta name="description">``, else ``og:description``), NFC; None without."""
    found: dict[str, str] = {}
    for m in _OG_RE.finditer(page[:200_000]):
        attrs = {a.group(1).lower(): htmllib.unescape(a.group(2) if a.group(2) is not None else a.group(3) or "")
                 for a in _ATTR_RE.finditer(m.group())}
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if key in ("description", "og:description") and attrs.get("content", "").strip():
            found.setdefault(key, _clean_line(attrs["content"]))
    desc = found.get("description") or found.get("og:description")
    return unicodedata.normalize("NFC", desc) if desc else None


def page_context(page: str) -> dict[str, str]:
    """Who published the page: ``site_name`` (og:site_name), ``url`` (og:url, else the canonical
    link) and its ``host`` (lowercase, "www." dropped). The text is not touched; extraction reads
    these to place a body the text names by its unit word only ("HĐND tỉnh")."""
    head = page[:200_000]
    props: dict[str, str] = {}
    for m in _OG_RE.finditer(head):
        attrs = {a.group(1).lower(): htmllib.unescape(a.group(2) if a.group(2) is not None else a.group(3) or "")
                 for a in _ATTR_RE.finditer(m.group())}
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if key in ("og:site_name", "og:url", "application-name") and attrs.get("content", "").strip():
            props.setdefault(key, _clean_line(attrs["content"]))
    out: dict[str, str] = {}
    site = props.get("og:site_name") or props.get("application-name")
    if site:
        out["site_name"] = unicodedata.normalize("NFC", site)
    url = props.get("og:url")
    if not url:
        c = _CANONICAL_RE.search(head)
        href = _ATTR_RE.findall(c.group()) if c else []
        url = next((v or w for k, v, w in href if k.lower() == "href"), None)
    if url:
        out["url"] = url.strip()
        h = _HOST_RE.match(url.strip())
        if h:
            host = h.group(1).lower().rstrip(".")
            out["host"] = host[4:] if host.startswith("www.") else host
    owner = _owner_line(page)
    if owner:
        out["owner"] = owner
    return out


#: how much of a page's end holds its footer, and how long an owner line may run
FOOTER_CHARS = 20_000
OWNER_LINE_CHARS = 160


@lru_cache(maxsize=1)
def _owner_re() -> re.Pattern[str]:
    leads = get(PublishersLexicon).owner_leads
    alt = "|".join(re.escape(x) for x in sorted(leads, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.IGNORECASE)


def _owner_line(page: str) -> str | None:
    """The footer's line naming the site's owner ("Cơ quan chủ quản: UBND huyện Con Cuông"): the page's
    article extractor drops footers, and a portal's body named by its unit word only ("UBND huyện
    họp ...") is placed by it. The last such line of the page's end, its tags dropped."""
    tail = page[-FOOTER_CHARS:]
    last = None
    for m in _owner_re().finditer(tail):
        last = m
    if last is None:
        return None
    piece = tail[last.start():last.start() + 4 * OWNER_LINE_CHARS]
    piece = re.sub(r"<(?:br|/p|/div|/li|/td|/h[1-6])\b[^<>]*>", "\n", piece, flags=re.I)
    line = htmllib.unescape(_ANY_TAG_RE.sub(" ", piece)).split("\n", 1)[0]
    line = " ".join(line.split())[:OWNER_LINE_CHARS]
    return unicodedata.normalize("NFC", line) if line else None


def nesting_depth(page: str) -> int:
    """The deepest element nesting of ``page`` (linear scan of tags; void and self-closed skipped)."""
    depth = best = 0
    for m in _TAG_RE.finditer(page):
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > best:
                best = depth
    return best


@lru_cache(maxsize=1)
def _block_heading_re() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(set(get(ChromeLexicon).related_headings()), key=lambda w: (-len(w), w)))
    return re.compile(rf"<(h[1-6]|b|strong)\b[^<>]{{0,300}}>[ \t\r\n]{{0,40}}({cues})[ \t\r\n:]{{0,40}}</\1\s*>",
                      re.IGNORECASE)


def _block_headings_kept(page: str) -> str:
    """A related-news block's heading ("<h3>Tin liên quan</h3>") written as a paragraph: the article
    extractor drops headings outside the article but may keep the list under them, whose headlines
    (figures included) would then read as the report's; kept, the heading marks them as chrome
    (:func:`find_chrome`'s block cues). A bold label that opens a paragraph of its own text ("<p><strong>Xem
    thêm:</strong> <a>Thu ngân sách đạt 58,3% dự toán</a></p>", a link set in the article's text) is no heading:
    it stays on its line, which the cue then marks whole."""
    def kept(m: re.Match[str]) -> str:
        if m.group(1).lower() in ("b", "strong") and _INLINE_AFTER_RE.match(page, m.end()):
            return m.group()
        return f"<p>{m.group(2)}</p>"
    return _block_heading_re().sub(kept, page)


#: what follows a bold label inside the same paragraph: text, or an inline element (a link, an emphasis)
_INLINE_AFTER_RE = re.compile(r"[ \t\r\n\u00a0]*(?:&nbsp;[ \t\r\n]*)*(?:[^<\s]|<(?:a|span|em|i|u|font)\b)", re.I)


_FIGURE_TAG_RE = re.compile(r"<(/?)(figure|figcaption)\b[^<>]{0,200}>", re.I)


def _captions_as_paragraphs(page: str) -> str:
    """Photo captions (``<figcaption>``) written as paragraphs where they stand: the article extractor
    drops figures, but a caption is the report's text as much as a page copy's ("Ban Thường vụ ... khen
    thưởng 9 tổ chức cơ sở Đảng ..."), its people and figures included. On a page with an ``<article>``, only those
    inside it (a sidebar's thumbnails caption other stories), as :func:`_captions` reads them."""
    a = _ARTICLE_RE.search(page)
    b = max((e.start() for e in _ARTICLE_END_RE.finditer(page, a.end())), default=None) if a else None
    lo, hi = (a.start(), b) if a is not None and b is not None else (0, len(page))
    inner = _FIGURE_TAG_RE.sub(lambda m: f"<{m.group(1)}{'p' if m.group(2).lower() == 'figcaption' else 'div'}>",
                               page[lo:hi])
    inner = _P_TAG_RE.sub(_caption_class_dropped, inner)
    return page[:lo] + inner + page[hi:]


_P_TAG_RE = re.compile(r"<p\b([^<>]{0,300})>", re.I)
_CLASS_RE = re.compile(r"""\bclass[ \t]*=[ \t]*["']([^"'<>]{0,200})["']""", re.I)


def _caption_class_dropped(m: re.Match[str]) -> str:
    """A paragraph whose class names a caption ("bm-caption", "image_caption") as a plain paragraph: the article
    extractor drops such classes as it drops figures, though the caption is the report's text (a photo of who
    spoke, with the title before the name)."""
    c = _CLASS_RE.search(m.group(1))
    return "<p>" if c is not None and "caption" in c.group(1).lower() else m.group()


_LAYOUT_TAG_RE = re.compile(r"<(/?)(table|tbody|thead|tfoot|tr|td|th|p|h[1-6])\b[^<>]*>", re.I)
_TABLE_PARTS = frozenset(("table", "tbody", "thead", "tfoot", "tr", "td", "th"))
#: a table cell holding a heading, or this many paragraphs with this much text between its tags, lays
#: out a page (an old portal's columns) rather than tabulating figures
LAYOUT_CELL_PARAGRAPHS = 3
LAYOUT_CELL_CHARS = 800


def _cell_lays_out_page(paragraphs: int, chars: int, *, block: bool) -> bool:
    """Whether a table cell lays out a page (an old portal's column: the article) rather than tabulating: it holds
    a block a data table's cell never holds (a heading; a table that itself lays out a page, as when the whole page
    is set in one big table whose centre cell holds the article's own table), or :data:`LAYOUT_CELL_PARAGRAPHS`
    paragraphs with :data:`LAYOUT_CELL_CHARS` characters of text. A data table's cell holds a short text, a few
    short paragraphs at most (Word's export)."""
    return block or (paragraphs >= LAYOUT_CELL_PARAGRAPHS and chars >= LAYOUT_CELL_CHARS)


@dataclass(slots=True)
class _OpenTable:
    """A table being read by :func:`_layout_tables_unwrapped`: its own tags' spans and replacements, what its
    current cell holds, whether it lays out the page, its widest row, and the one-column tables inside it."""

    spans: list[tuple[int, int, str]]
    paragraphs: int = 0
    chars: int = 0
    layout: bool = False
    row_cells: int = 0
    columns: int = 0
    boxes: list[tuple[int, int, str]] = field(default_factory=list)


def _layout_tables_unwrapped(page: str) -> str:
    """The page with its layout tables written as blocks: old portal templates (ASP.NET, DNN) set
    the menu, the side boxes and the article side by side in the cells of one table, which the
    article extractor would keep as a single table row holding the whole page. A table one of whose
    own cells lays out a page (:func:`_cell_lays_out_page`) is layout: its own table, row and cell tags become
    ``<div>``; a table nested in it is judged on its own cells, and a nested layout table makes the table holding
    it layout too. A table of one column inside a layout table is one of the page's boxes (a menu, "Các tin khác",
    a visit counter: a title cell over a cell of links), no data: written as blocks too. One pass over the tags."""
    stack: list[_OpenTable] = []
    layout: list[tuple[int, int, str]] = []
    prev = 0
    for m in _LAYOUT_TAG_RE.finditer(page):
        if stack:
            stack[-1].chars += len(page[prev:m.start()].strip())
        prev = m.end()
        close, name = bool(m.group(1)), m.group(2).lower()
        if name == "table" and not close:
            stack.append(_OpenTable([(m.start(), m.end(), "<div>")]))
            continue
        if not stack:
            continue
        t = stack[-1]
        if name in _TABLE_PARTS:
            t.spans.append((m.start(), m.end(), "</div>" if close else "<div>"))
            if name in ("td", "th"):
                t.paragraphs = t.chars = 0
                t.row_cells += not close
                t.columns = max(t.columns, t.row_cells)
            elif name == "tr":
                t.row_cells = 0
            elif name == "table":
                stack.pop()
                if t.layout:
                    layout.extend(t.spans + t.boxes)
                if stack and t.layout:  # the cell holding a layout table lays out the page too
                    stack[-1].layout = _cell_lays_out_page(0, 0, block=True)
                elif stack and t.columns <= 1:
                    stack[-1].boxes.extend(t.spans + t.boxes)
        elif not close and not t.layout:
            t.paragraphs += name == "p"
            t.layout = _cell_lays_out_page(t.paragraphs, t.chars, block=name != "p")
    if not layout:
        return page
    layout.sort()
    out: list[str] = []
    at = 0
    for start, end, repl in layout:
        out += [page[at:start], repl]
        at = end
    out.append(page[at:])
    return "".join(out)


#: a line break or an element that bounds a line of text: a run of lines apart by <br> only is one paragraph
_LINE_BOUND_RE = re.compile(r"<br\b[^<>]*>|</?(?:p|div|section|article|main|header|h[1-6]|ul|ol|li|dl|dt|dd|table|"
                            r"thead|tbody|tfoot|tr|td|th|blockquote|pre|figure|figcaption|center|hr|address|details|"
                            r"summary|script|style|noscript|template|nav|footer|aside|form|select|textarea|button)"
                            r"\b[^<>]*>", re.I)
#: fewer <br> than this on a page: no hard-wrapped copy among its paragraphs (typography's least prose lines)
_WRAPPED_BREAKS_MIN = 6


def _wrapped_breaks_joined(page: str) -> str:
    """``page`` with the <br> inside its paragraphs that are a hard-wrapped copy's line breaks (a report copied out of a
    PDF or an e-mail, pasted with its lines kept) written as spaces: the paragraphs whose lines are apart by <br>, as
    a reader sees them (tags dropped, spaces collapsed), are given to :func:`~soket.ingest.typography.unwrap_lines`,
    the text's own reader of such a copy, one paragraph apart from the next by a blank line; a break it joins is a
    space in the page. A page whose paragraphs hold no such copy is returned as is."""
    if page.count("<br") + page.count("<BR") < _WRAPPED_BREAKS_MIN:
        return page
    runs: list[list[re.Match[str]]] = []  # each paragraph's <br> tags, in order
    lines: list[list[str]] = []  # each paragraph's lines
    run: list[re.Match[str]] = []
    cur: list[str] = []
    pos = 0
    for m in _LINE_BOUND_RE.finditer(page):
        cur.append(page[pos:m.start()])
        pos = m.end()
        if m.group()[1:3].lower() == "br":
            run.append(m)
            continue
        if run:
            runs.append(run)
            lines.append(cur)
        run, cur = [], []
    if run:
        cur.append(page[pos:])
        runs.append(run)
        lines.append(cur)
    if sum(len(r) for r in runs) < _WRAPPED_BREAKS_MIN:
        return page
    seen = [[_clean_line(htmllib.unescape(_ANY_TAG_RE.sub("", x))) for x in para] for para in lines]
    text = "\n\n".join("\n".join(para) for para in seen)
    out = unwrap_lines(text)
    if out == text:
        return page
    joined: list[re.Match[str]] = []
    at = 0
    for para, brs in zip(seen, runs, strict=True):
        for line, br in zip(para, brs, strict=False):  # the break after each line but the last
            at += len(line)
            if out[at] == " ":
                joined.append(br)
            at += 1
        at += len(para[-1]) + 2
    if not joined:
        return page
    parts: list[str] = []
    pos = 0
    for br in joined:
        parts.append(page[pos:br.start()])
        parts.append(" ")
        pos = br.end()
        while pos < len(page) and page[pos] in " \t\r\n":  # the source's own line break after the tag goes too
            pos += 1
    parts.append(page[pos:])
    return "".join(parts)


def _trafilatura(page: str, *, fast: bool = False) -> tuple[str | None, str | None, str | None, str | None]:
    try:
        import trafilatura

        res = trafilatura.bare_extraction(
            page, include_tables=True, favor_recall=True, with_metadata=True, include_comments=False, fast=fast,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # lxml/trafilatura failures on hostile pages (RecursionError included)
        return None, None, None, None
    if res is None:
        return None, None, None, None
    body = (getattr(res, "text", None) or "").strip()
    if not body:
        return None, None, None, None
    title = _whole_title(_clean_line(getattr(res, "title", None) or "") or None, page)
    date = getattr(res, "date", None) or None
    if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        date = None
    if date and date != _meta_date(page) and _listed_only(page, date):
        date = None  # a sidebar's document or another story's date, not the page's
    author = _clean_line(getattr(res, "author", None) or "") or None
    text = _paragraphs(body)
    if title and title not in text[:_head_chars(text, max(500, len(title) * 2))]:
        text = title + "\n\n" + text
    return text, title, date, author


#: a list item (another story, a document) is at most this long: a page's column holding the article is longer
LIST_ITEM_MAX_CHARS = 400
#: the most places a day is looked up in, and the most siblings of an item looked at for a list's other items
LISTED_DATE_HITS_MAX, LIST_SIBLINGS_MAX = 40, 64
#: a date as pages print it: "07/07/2025", "7-7-2025", "07.07.2025", "2025-07-07"
_ANY_DATE_RE = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2})(?!\d)")


def _date_re(iso: str) -> re.Pattern[str]:
    """The ISO day ``iso`` ("2025-07-07") as pages print it: "07/07/2025", "7/7/2025", "7-7-2025", "07.07.2025",
    "2025-07-07", "ngày 7 tháng 7 năm 2025"."""
    y, m, d = iso.split("-")
    dd, mm = rf"0?{int(d)}", rf"0?{int(m)}"
    return re.compile(rf"(?<!\d)(?:{dd}[ \t]*[/.-][ \t]*{mm}[ \t]*[/.-][ \t]*{y}|{y}[/-]{m}[/-]{d}|"
                      rf"ngày[ \t]+{dd}[ \t]+tháng[ \t]+{mm}[ \t]+năm[ \t]+{y})(?!\d)", re.I)


def _listed_only(page: str, iso: str) -> bool:
    """Whether every place the page prints the day ``iso`` is the date of an item in a list of other items: a
    sidebar's new documents ("Văn bản mới": a number, its link, "Ngày ban hành: 07/07/2025"), a list of other
    news each with its date. The article extractor's date search takes a stamp-like element's date (a
    ``<span class="date">``) for the page's; one in a list of sibling items, each a link with its own date, dates
    that item, not the page. An item is an element with at least one sibling of its tag and class, the two or
    more of them each holding a link and a date, each at most :data:`LIST_ITEM_MAX_CHARS` long. A day printed
    nowhere, or printed once outside such a list, stays the page's."""
    try:
        from lxml import html as lhtml

        root = lhtml.document_fromstring(page)
    except Exception:  # an unreadable page: the date stays as the extractor read it
        return False
    want = _date_re(iso)
    hits = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and want.search(el.text):
            hits.append(el)
        if el.tail and want.search(el.tail) and el.getparent() is not None:
            hits.append(el.getparent())
        if len(hits) > LISTED_DATE_HITS_MAX:
            return False  # a day printed this often is the page's own (its comments', its log's), not a list's
    return bool(hits) and all(_in_dated_list(el) for el in hits)


def _dated_link_item(el: Any) -> bool:
    text = el.text_content()  # an lxml element
    return (len(text) <= LIST_ITEM_MAX_CHARS and _ANY_DATE_RE.search(text) is not None
            and (el.tag == "a" or el.find(".//a") is not None))


def _in_dated_list(el: Any) -> bool:
    """Whether ``el`` or an ancestor of it no longer than a list item is one of two or more sibling items (same
    tag and class) each holding a link and a date."""
    node = el
    while node is not None and node.getparent() is not None:
        if len(node.text_content()) > LIST_ITEM_MAX_CHARS:
            return False
        parent = node.getparent()
        if _dated_link_item(node):
            dated = 0
            for c in itertools.islice((c for c in parent if c.tag == node.tag and c.get("class") == node.get("class")),
                                      LIST_SIBLINGS_MAX):
                dated += _dated_link_item(c)
                if dated >= 2:
                    return True
        node = parent
    return False


#: a paragraph between the headline and the body is the article's lead when it is this long and ends
#: a sentence (a dateline, a share bar or a photo credit is shorter or ends in no full stop)
LEAD_MIN_CHARS = 100

#: the most characters of a page's head of short lines (masthead, menus, stamps) the headline is looked for in
HEAD_CHARS_MAX = 3000
_PROSE_LINE = re.compile(rf"^[^\n]{{{LEAD_MIN_CHARS}}}", re.M)


def _head_chars(text: str, least: int) -> int:
    """Where the text's head ends for its headline: ``least`` characters, or the end of the first line of prose
    when a page's head of short lines printed in the article's container is longer (up to ``HEAD_CHARS_MAX``):
    the headline under it (or that line, a long headline) is printed already, not to be put on top again."""
    prose = _PROSE_LINE.search(text, 0, min(len(text), HEAD_CHARS_MAX))
    if prose is None:
        return least
    end = text.find("\n", prose.end())
    return max(least, len(text) if end < 0 else end)


def _with_lead(text: str, title: str, page: str) -> str:
    """The text with the article's lead put back after the title: the paragraphs the page prints
    between the headline and the first paragraph the article extractor kept, when the extractor
    took the body's container alone (a lead printed as the container's sibling). A paragraph of
    the lead is long and ends a sentence; one the text already holds is not added twice."""
    end = _headline_end(text, title)
    head = text[:end] if end else None
    rest = text[end:].lstrip("\n") if head else text
    kept = rest.split("\n\n")
    # the page's stamp kept above the body ("06/12/2023 10:12 GMT+7"): the lead may stand between it and the body
    k = next((i for i, p in enumerate(kept[:STAMP_PARAS + 1]) if len(p) >= STAMP_MAX_CHARS), 0)
    first = kept[k]
    if not head or not first:
        return text
    paras = scrape(page).split("\n\n")
    at = _anchor(paras, kept[k:k + LEAD_ANCHOR_TRIES])
    top = next((i for i, p in enumerate(paras[:at]) if _same_headline(p, title)), None) if at else None
    lead = _lead_between(paras, top, at, text)
    if not lead and _printed_headline(first) and k + 1 < len(kept):
        # the page's own headline kept under the title, worded unlike it (a kicker line "Kỳ họp thứ 6 HĐND huyện ...:"
        # over an h1 "16/19 chỉ tiêu ... đạt và vượt kế hoạch", the og:title joining them otherwise): the lead under it
        at = _anchor(paras, kept[k + 1:k + 1 + LEAD_ANCHOR_TRIES])
        top = next((i for i in range(at - 1, -1, -1) if paras[i] == first), None) if at else None
        k += 1
        lead = _lead_between(paras, top, at, text)
    return "\n\n".join([text[:end], *kept[:k], *lead, *kept[k:]]) if lead else text


def _lead_between(paras: list[str], top: int | None, at: int | None, text: str) -> list[str]:
    """The lead's paragraphs of the page's scrape between its headline (``top``) and the first paragraph the
    extractor kept (``at``): long ones that end a sentence, not in the text already."""
    if at is None or top is None:
        return []
    return [p for p in paras[top + 1:at]
            if (len(p) >= LEAD_MIN_CHARS or (len(p) >= TAGGED_LEAD_MIN_CHARS and _SITE_TAG.match(p)))
            and p.rstrip().endswith((".", "!", "?", ".)", ".\"")) and p not in text]


def _printed_headline(p: str) -> bool:
    """A paragraph that reads as a headline, not as the lead: shorter than a lead's paragraph, no sentence's end."""
    return len(p) < LEAD_MIN_CHARS and not p.rstrip().endswith((".", "!", "?", ".)", ".\"", ":"))


#: short lines (a section's name, "Chính trị") the extractor may keep above the headline, and how many at most
KICKER_PARAS = 2


def _headline_end(text: str, title: str) -> int:
    """Where the headline the text opens with ends: the text starts with the title, or with a section's
    name (a kicker, shorter than a stamp) or two above it; 0 where the text opens with neither."""
    if text.startswith(title):
        return len(title)
    at = 0
    for _ in range(KICKER_PARAS):
        nxt = text.find("\n\n", at)
        if nxt < 0 or nxt - at >= STAMP_MAX_CHARS or "\n" in text[at:nxt]:
            return 0
        at = nxt + 2
        if text.startswith(title, at) and text.startswith("\n\n", at + len(title)):
            return at + len(title)
    return 0


#: how many paragraphs at the top of the kept body are tried, in order, for the one the page's scrape
#: prints alike: a caption table the extractor writes as one row ("| caption |") the scrape splits in cells
LEAD_ANCHOR_TRIES = 3


def _anchor(paras: list[str], firsts: list[str]) -> int | None:
    """Where the body the extractor kept begins in the page's scrape: the index of the first of ``firsts``
    (the kept body's top paragraphs, in order) the scrape holds as a paragraph of its own."""
    where = {p: i for i, p in reversed(list(enumerate(paras)))}
    return next((where[f] for f in firsts if f in where), None)


#: a shorter lead opened by the site's tag ("TTO - Sáng 6-12, HĐND TP.HCM khai mạc ...", "(CT) - Ngày 7-10, ...")
TAGGED_LEAD_MIN_CHARS = 50
_SITE_TAG = re.compile(r"(?:\([A-ZĐ][\w.]{0,12}\)|[A-ZĐ][A-ZĐ.]{1,12})[ \t]*[-–]?[ \t]+\S")


#: short paragraphs (a date stamp, a byline) the extractor may keep above the body, and how long one is at most
STAMP_PARAS, STAMP_MAX_CHARS = 2, 40


#: what opens a headline's tail that the page's shorter title leaves out ("Headline: tail", "Headline - tail")
HEADLINE_TAIL_MARKS = (":", " ", ",")


def _same_headline(p: str, title: str) -> bool:
    """The page's headline as the extractor titled it, or with the site's name before or after it
    ("Headline - Báo X", "Báo X | Headline"), or printed longer than the page's title by a tail after
    a colon or a dash ("Headline: 21/22 chỉ tiêu đạt" under the shorter og:title "Headline")."""
    if p == title:
        return True
    if len(title) >= 20 and len(p) > len(title) and p.startswith(title) and p[len(title)] in HEADLINE_TAIL_MARKS:
        return True
    if len(p) < 20 or len(title) <= len(p):
        return False
    return (title.startswith(p) and not title[len(p)].isalnum()) or \
        (title.endswith(p) and not title[-len(p) - 1].isalnum())


def _paragraphs(body: str) -> str:
    """One paragraph per line in, paragraphs separated by blank lines out; table rows stay together, and so do lines
    whose cells a page keeps apart (a text table's rows, a header block's two columns: :func:`_cells_line`)."""
    out: list[str] = []
    prev_row = prev_cells = False
    for raw in body.split("\n"):
        line = _cells_line(raw)
        if not line:
            continue
        row = line.startswith("|")
        cells = "\t" in line or "   " in line
        if out:
            out.append("\n" if (row and prev_row) or (cells and prev_cells) else "\n\n")
        out.append(line)
        prev_row, prev_cells = row, cells
    return "".join(out)


def _clean_line(s: str) -> str:
    return _SPACES_RE.sub(" ", s).strip()


#: a gap between a text table's cells or a header block's two columns as a page keeps it (a tab, or a run of two
#: blanks, no-break spaces or not, two apart an aligned table's cells as extract.texttables reads a text's), kept as written
_CELL_GAP_RE = re.compile(r"[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{2,}")
_GAP_TAB, _GAP_SPACE = "\x1f", "\x1e"


def _gap(m: re.Match[str]) -> str:
    """A gap written in marks that :func:`_clean_line` leaves alone: a tab for each tab, a space for each blank."""
    return m.group().replace("\t", _GAP_TAB).replace(" ", _GAP_SPACE).replace("\u00a0", _GAP_SPACE)


def _cells_line(s: str) -> str:
    """:func:`_clean_line` keeping each gap between cells (:data:`_CELL_GAP_RE`) as it is written (no-break spaces as
    spaces), as the text's own table rows and header blocks are (extract.texttables reads their cells apart)."""
    if "\t" not in s and "  " not in s and "\u00a0" not in s:
        return _clean_line(s)
    s = _CELL_GAP_RE.sub(_gap, s.replace(_GAP_TAB, "").replace(_GAP_SPACE, ""))
    return _clean_line(s).strip(_GAP_TAB + _GAP_SPACE + " ").replace(_GAP_TAB, "\t").replace(_GAP_SPACE, " ")


#: a <form> longer than this is a wrapper (ASP.NET pages put the whole page in one), not a search or comment box
FORM_WRAPPER_CHARS = 3000


class _Closes:
    """Where each dropped block's close tag (or the body after an unclosed head) is, searched
    forward and remembered per needle, so that the characters scanned stay linear in the page
    however many opens share one close."""

    def __init__(self, low: str) -> None:
        self.low = low
        self.at: dict[str, int] = {}
        self.scanned = 0

    def after(self, needle: str, start: int) -> int:
        """Start of the first ``needle`` at or after ``start``, -1 when there is none."""
        c = self.at.get(needle)
        if c is not None and (c < 0 or c >= start):
            return c
        c = self.low.find(needle, start)
        self.scanned += (len(self.low) if c < 0 else c) - start
        self.at[needle] = c
        return c


def scrape(page: str) -> str:
    """Linear-time fallback: drop scripts, styles and navigation blocks, strip tags, keep blocks apart."""
    return _scrape(page)[0]


def _scrape(page: str) -> tuple[str, int]:
    """:func:`scrape`'s text and the characters scanned for close tags (linear in the page)."""
    low = page.lower()
    closes = _Closes(low)
    parts: list[str] = []
    pos = 0
    n = len(page)
    while pos < n:
        m = _DROP_RE.search(page, pos)
        if m is None:
            parts.append(page[pos:])
            break
        parts.append(page[pos:m.start()])
        name = m.group(1).lower()
        close = closes.after("</" + name, m.end())
        if close < 0 or (name == "form" and close - m.end() > FORM_WRAPPER_CHARS):
            # unclosed: a script/style swallows the rest (as browsers do); other blocks only their tag.
            # A long form wraps the page's content: only its tag goes.
            if close < 0 and name in ("script", "style", "template", "svg"):
                break
            if close < 0 and name == "head":  # unclosed head: skip to the body when there is one
                body = closes.after("<body", m.end())
                if body >= 0:
                    pos = body
                    continue
            gt = page.find(">", m.end())
            pos = n if gt < 0 else gt + 1
            continue
        gt = page.find(">", close)
        pos = n if gt < 0 else gt + 1
    s = "".join(parts)
    s = _remove_comments(s)
    s = _CELL_RE.sub(" | ", s)
    s = _BR_RE.sub("\n", s)
    s = _BLOCK_RE.sub("\n\n", s)
    s = _ANY_TAG_RE.sub("", s)
    s = htmllib.unescape(s)
    lines = [_clean_line(x) for x in s.split("\n")]
    s = "\n".join(lines)
    s = _BLANKS_RE.sub("\n\n", s).strip()
    return s, closes.scanned


def _remove_comments(s: str) -> str:
    out: list[str] = []
    pos = 0
    while True:
        i = s.find("<!--", pos)
        if i < 0:
            out.append(s[pos:])
            break
        out.append(s[pos:i])
        j = s.find("-->", i + 4)
        if j < 0:
            break
        pos = j + 3
    return "".join(out)


_HEADING_RE = re.compile(r"<h[1-3]\b[^>]{0,300}>([^<]{1,1000})</h[1-3]", re.IGNORECASE)
#: what the article extractor cuts a page's title at, taking the words before it as the headline ("Headline - Site")
_TITLE_CUT = (" - ", " – ", " | ")


def _whole_title(title: str | None, page: str) -> str | None:
    """The page's title whole when the article extractor cut it at a dash as if a site's name followed
    ("BÁO BÀ RỊA - VŨNG TÀU" read "BÁO BÀ RỊA", "Kinh tế - xã hội 9 tháng ..." read "Kinh tế"): when the
    page prints its whole ``<title>`` as a heading, that is the headline, no "headline - site"."""
    raw = _meta_title(page)
    if not title or not raw or raw == title or not raw.startswith(title) or not raw[len(title):].startswith(_TITLE_CUT):
        return title
    whole = any(_clean_line(htmllib.unescape(m.group(1))) == raw for m in _HEADING_RE.finditer(page))
    return raw if whole else title


def _meta_title(page: str) -> str | None:
    m = _TITLE_RE.search(page[:200_000])
    return _clean_line(htmllib.unescape(m.group(1))) or None if m else None


def _meta_date(page: str) -> str | None:
    head = page[:200_000]
    m = _PUB_RE.search(head) or _PUB_RE2.search(head)
    return m.group(1) if m else None


#: a page's own address dated by its folders ("https://site.vn/2019/07/title.html", ".../2019/07/08/title"): blogs
_URL_DATE_RE = re.compile(r"^[a-z][a-z0-9+.-]*://[^/?#]+(?:/[^/?#]*)*?/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\d|3[01])/)?",
                          re.I)


#: a news site's month folder in the page's address ("https://site.vn/thoi-su/201910/title-123/",
#: ".../20191015/title"): the year and month written together as one folder of digits only
_URL_MONTH_RE = re.compile(r"^[a-z][a-z0-9+.-]*://[^/?#]+(?:/[^/?#]*)*?/((?:19|20)\d{2})(0[1-9]|1[0-2])"
                           r"(0[1-9]|[12]\d|3[01])?/", re.I)


def _url_date(page: str) -> str | None:
    """The month (or day) of the page's own address (og:url, else its canonical link) as ISO "2019-07"
    ("2019-07-08"): the publication date of a blog whose dated header the article extractor leaves out,
    or of a news site that files its pages in month folders ("/201910/")."""
    url = page_context(page).get("url") or ""
    m = _URL_DATE_RE.match(url) or _URL_MONTH_RE.match(url)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}" + (f"-{m.group(3)}" if m.group(3) else "")


_CLASS_BYLINE_RE = re.compile(
    r"""<(?:p|div|span|strong|b|em)\b[^>]{0,200}?class\s*=\s*["'][^"']{0,80}?(?:author|byline|tacgia|tac-gia|tac_gia)[^"']{0,80}["']"""
    r"""[^>]{0,200}>(?:[ \t\r\n]*<(?:b|strong|em|i|span|a)\b[^>]{0,300}>)?"""
    # the credit's words, then the name in a link or in bold ("Bài, ảnh: <strong>THU HÀ</strong>")
    r"""([^<]{1,120}(?:<(?P<t>a|b|strong|em|i|span)\b[^>]{0,300}>[^<]{1,80}</(?P=t)\s*>)?)<""",
    re.IGNORECASE)
_LINK_TAG_RE = re.compile(r"</?(?:a|b|strong|em|i|span)\b[^>]{0,300}>", re.IGNORECASE)


def _class_byline(page: str) -> str | None:
    """The text of the page's own byline element (class "author", "byline", "tacgia"), as printed:
    "Tin, ảnh: MINH TRIẾT", which the article extractor may garble ("Tin; Ảnh Minh Triết")."""
    m = _CLASS_BYLINE_RE.search(page[:400_000])
    if not m:
        return None
    # "Bởi <a href="/author/...">Name</a>", "Bài, ảnh: <strong>Name</strong>": the name's link or bold is part of it
    text = _clean_line(htmllib.unescape(_LINK_TAG_RE.sub(" ", m.group(1))))
    return text or None


#: an element's text that is a line of fields apart at bars ("Ngày đăng: 03/07/2020 | Tác giả: Minh An | Lượt xem: 120")
_FIELD_LINE_RE = re.compile(r">([^<>|]{1,80}(?:\|[^<>|]{1,80}){1,5})<")


@lru_cache(maxsize=1)
def _byline_field_re() -> re.Pattern[str]:
    """A field led by a byline's word and its colon ("Tác giả: Minh An"): titles.yaml ``byline_leads``."""
    leads = sorted(get(TitlesLexicon).byline_leads, key=len, reverse=True)
    return re.compile(rf"[ \t]*(?:{'|'.join(re.escape(x) for x in leads)})[ \t]*:[ \t]*[^\W\d_]", re.IGNORECASE)


def _field_byline(page: str) -> str | None:
    """The page's date line of fields with its author's field ("Ngày đăng: 03/07/2020 | Tác giả: Minh An | Lượt
    xem: 120"), which the article extractor drops as the page's furniture: the line as printed, for the byline's
    reader to take the field led by a byline word; the fallback where no byline element nor declared author is."""
    for m in _FIELD_LINE_RE.finditer(page[:400_000]):
        text = _clean_line(htmllib.unescape(m.group(1)))
        if any(_byline_field_re().match(f) for f in text.split("|")):
            return text
    return None


def _marks_dropped(name: str) -> list[str]:
    """A name's words, its full stops as spaces ("T.Vũ" and "T Vũ" alike)."""
    return name.replace(".", " ").split()


def _whole_byline(page: str, author: str) -> str:
    """The page's own byline line where the article extractor kept only its first name
    ("Hà Trang - Bảo Ngọc" read as "Hà Trang"): the element's text from that name to its end."""
    m = re.search(rf">[ \t\r\n]*{re.escape(author)}((?:[ \t]*(?:[-–,;&]|và)[ \t]*[^\W\d_][^<>\n]{{0,80}}))<",
                  page[:400_000])
    return _clean_line(author + m.group(1)) if m else author


@dataclass(frozen=True, slots=True)
class _Item:
    """One dated item of a live page: its time stamp, its heading, its last paragraph and its reporter."""

    stamp: str
    heading: str
    last: str
    byline: str | None


#: a live page's item stamp: a time of day alone in its element ("17:20", "9h30")
_ITEM_STAMP_RE = re.compile(r"[ \t\r\n]*(\d{1,2}[:h]\d{2})[ \t\r\n]*")
#: the most items of a live page read, and the longest byline of one
LIVE_ITEMS_MAX, ITEM_BYLINE_CHARS = 200, 60
_ITEM_HEADINGS = ("h2", "h3", "h4")


def _live_items(page: str) -> list[_Item]:
    """A live page's items (a "TRỰC TIẾP" page, JSON-LD LiveBlogPosting): two or more sibling elements of one tag and
    class, each holding a time stamp alone in an element and a heading: several stories on one page, each with its
    time and its own reporter (an element whose class names an author, else a last paragraph all in bold). The
    article extractor keeps their headings and paragraphs but drops the stamps and the reporters; [] on any other
    page."""
    if "<h" not in page:
        return []
    try:
        from lxml import html as lhtml

        root = lhtml.document_fromstring(page)
    except Exception:  # an unreadable page: no items
        return []
    groups: dict[tuple[int, str, str], list[Any]] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or len(el) or not el.text or (stamp := _ITEM_STAMP_RE.fullmatch(el.text)) is None:
            continue
        item = el.getparent()
        parent = item.getparent() if item is not None else None
        if parent is None or next(item.iter(*_ITEM_HEADINGS), None) is None:
            continue
        groups.setdefault((id(parent), item.tag, item.get("class") or ""), []).append((stamp.group(1), item))
        if sum(len(g) for g in groups.values()) > LIVE_ITEMS_MAX:
            return []
    best = max(groups.values(), key=len, default=[])
    if len(best) < 2:
        return []
    out = []
    for time, item in best:
        heading = next(item.iter(*_ITEM_HEADINGS))
        paras = list(item.iter("p"))
        byline = next((_item_text(e) for e in item.iter() if isinstance(e.tag, str)
                       and _BYLINE_CLASS_RE.search(e.get("class") or "")), None)
        if byline is None and paras and _all_bold(paras[-1]):
            byline = _item_text(paras[-1])
        body = [p for p in paras if _item_text(p) != byline]
        if byline is not None and not 0 < len(byline) <= ITEM_BYLINE_CHARS:
            byline = None
        out.append(_Item(time, _item_text(heading),
                         _item_text(body[-1]) if body else "", byline))
    return out


_BYLINE_CLASS_RE = re.compile(r"author|byline|tacgia|tac-gia|tac_gia", re.I)


def _item_text(el: Any) -> str:
    return unicodedata.normalize("NFC", _clean_line(el.text_content()))


def _all_bold(p: Any) -> bool:
    """A paragraph whose whole text is in bold (a reporter's name under an item)."""
    bold = "".join(b.text_content() for b in p if b.tag in ("b", "strong"))
    return bool(bold.strip()) and _clean_line(bold) == _clean_line(p.text_content())


def _items_stamped(text: str, items: list[_Item]) -> str:
    """The text with each live item's time stamp put back on a line above its heading and its reporter on a line
    under its last paragraph, where the article extractor kept the heading: the items read as the dated stories
    they are (:mod:`soket.extract.items` keeps the one that is the meeting)."""
    inserts: list[tuple[int, str]] = []
    for it in items:
        at = _paragraph_at(text, it.heading, 0)
        if at < 0:
            continue
        inserts.append((at, f"{it.stamp}\n\n"))
        end = _paragraph_at(text, it.last, at) if it.last else -1
        if it.byline and end >= 0:
            inserts.append((end + len(it.last), f"\n\n{it.byline}"))
    if len({a for a, _ in inserts if _.endswith("\n\n")}) < 2:
        return text
    out, pos = [], 0
    for at, piece in sorted(inserts, key=lambda x: x[0]):
        out += [text[pos:at], piece]
        pos = at
    out.append(text[pos:])
    return "".join(out)


def _paragraph_at(text: str, para: str, start: int) -> int:
    """Where ``para`` stands in ``text`` from ``start`` as a whole paragraph (its own lines), -1 when nowhere."""
    at = text.find(para, start)
    while at >= 0:
        end = at + len(para)
        if (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            return at
        at = text.find(para, at + 1)
    return -1


_FIGCAPTION_RE = re.compile(r"<figcaption\b[^<>]{0,200}>", re.I)
_FIGCAPTION_END_RE = re.compile(r"</figcaption\s*>", re.I)
_ARTICLE_RE = re.compile(r"<article\b", re.I)
_ARTICLE_END_RE = re.compile(r"</article\s*>", re.I)
#: the most captions kept, and the most characters of one
MAX_CAPTIONS, MAX_CAPTION_CHARS = 40, 600


def _captions(page: str) -> list[str]:
    """The text of the page's photo captions (``<figcaption>``), tags dropped, in page order; on a page
    with an ``<article>``, only those inside it (a sidebar's thumbnails caption other stories)."""
    out: list[str] = []
    head = page[:400_000]
    a, b = _ARTICLE_RE.search(head), None
    if a is not None:
        b = max((e.start() for e in _ARTICLE_END_RE.finditer(head, a.end())), default=None)
    for m in _FIGCAPTION_RE.finditer(head, a.start() if a else 0, b if b is not None else len(head)):
        end = _FIGCAPTION_END_RE.search(page, m.end(), m.end() + MAX_CAPTION_CHARS)
        if end is None:
            continue
        text = unicodedata.normalize("NFC", _clean_line(htmllib.unescape(_ANY_TAG_RE.sub("", _BR_RE.sub(" ", page[m.end():end.start()])))))
        if text and text not in out:
            out.append(text)
        if len(out) >= MAX_CAPTIONS:
            break
    return out


def _meta_author(page: str) -> str | None:
    head = page[:200_000]
    m = _AUTHOR_RE.search(head) or _AUTHOR_RE2.search(head)
    return _clean_line(htmllib.unescape(m.group(1))) or None if m else None


_ROW_RE = re.compile(r"^\|.*\|[ \t]*$", re.M)


def _tables(text: str) -> list[Table]:
    """Tables from runs of ``| a | b |`` lines, cells with offsets into ``text``."""
    tables: list[Table] = []
    rows: list[list[Cell]] = []
    start = end = -1
    for m in _ROW_RE.finditer(text):
        line = m.group()
        if rows and m.start() != end + 1:
            tables.append(Table(index=len(tables), rows=rows, start=start, end=end))
            rows = []
        if not rows:
            start = m.start()
        end = m.end()
        if (cells := pipe_row(line, m.start())) is not None:  # a rule line under the header is no row
            rows.append(cells)
    if rows:
        tables.append(Table(index=len(tables), rows=rows, start=start, end=end))
    return tables


__all__ = ["InputError", "html_to_document", "nesting_depth", "page_context", "scrape"]
