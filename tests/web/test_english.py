"""The dashboard in English (``?lang=en``, issue 15): every page's own words (the ``chrome`` of
``lexicon/labels.yaml``, with roles, bodies, period kinds and period words) come in English, and
only the report's own text (subjects, sentences, titles, place names: marked ``class="rt"`` in the
templates) stays Vietnamese; without ``lang`` the same pages speak Vietnamese. Chart specs are
checked too (titles of charts, axes, legends, tooltips, the select box, formatted periods and
values). Links on an English page keep ``lang=en``."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from soket.lexicon import get
from soket.lexicon.labels import table
from soket.lexicon.schema import LabelsLexicon

SKIP_TAGS = {"style", "code"}  # code: commands and file names, the same in either language
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SHOWN_ATTRS = ("placeholder", "aria-label", "alt", "title", "data-failed")  # data-failed: a chart that fails


class _Words(HTMLParser):
    """What a reader sees of a page besides the report's own text: text nodes and shown
    attributes outside ``.rt`` elements (``title`` unless the element is ``.rt-title``), and the
    words of each chart spec. Also left out: ``.api-message`` (an error as the API words it). The
    record's warnings are shown in the page's language (their messages say both), so they count."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, hidden)
        self.text: list[str] = []
        self.specs: list[Any] = []
        self._json = False

    def _hidden(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        hidden = self._hidden() or tag in SKIP_TAGS or bool({"rt", "api-message"} & set(classes))
        self._json = tag == "script" and a.get("type") == "application/json"
        if not hidden:
            for name in SHOWN_ATTRS:
                if a.get(name) and not (name == "title" and "rt-title" in classes):
                    self.text.append(str(a[name]))
        if tag not in VOID:
            self.stack.append((tag, hidden or tag == "script"))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break
        self._json = False

    def handle_data(self, data: str) -> None:
        if self._json:
            self.specs.append(json.loads(data))
        elif not self._hidden():
            self.text.append(data)


def _spec_words(spec: Any) -> list[str]:
    """A chart's own words: every title, a select box's name, and each datum's formatted period
    and value (indicator labels and place names are the lexicon's and the report's)."""
    out: list[str] = []
    if isinstance(spec, dict):
        for k, v in spec.items():
            if k == "title" and isinstance(v, str):
                out.append(v)
            elif k == "bind" and isinstance(v, dict) and v.get("name"):
                out.append(v["name"])
            elif k == "values" and isinstance(v, list):
                out += [str(d.get(f)) for d in v if isinstance(d, dict) for f in ("period", "text") if d.get(f)]
            else:
                out += _spec_words(v)
    elif isinstance(spec, list):
        for x in spec:
            out += _spec_words(x)
    return out


def shown(html: str) -> str:
    p = _Words()
    p.feed(html)
    words = p.text + [w for s in p.specs for w in _spec_words(s)]
    return "\n".join(words)


def _pieces(text: str) -> list[str]:
    """A label's literal pieces (a template's ``{field}`` left out) worth looking for."""
    return [x.strip(" :·,;()–/") for x in re.split(r"\{[^}]*\}", text) if re.search(r"\w\w", x)]


def _words(lang: str) -> dict[str, str]:
    """Each word of the dashboard in ``lang`` that differs in the other language: piece -> key."""
    other = "en" if lang == "vi" else "vi"
    out: dict[str, str] = {}
    groups = ("chrome", "roles", "bodies", "period_kinds")
    for g in groups:
        mine, theirs = table(g, lang), table(g, other)  # type: ignore[arg-type]
        for k, v in mine.items():
            if v != theirs[k]:
                for piece in _pieces(v):
                    if piece and piece not in theirs[k]:
                        out.setdefault(piece, f"{g}.{k}")
    for k, forms in get(LabelsLexicon).periods.items():
        for piece in _pieces(getattr(forms, lang)):
            if piece not in getattr(forms, other):
                out.setdefault(piece, f"periods.{k}")
    # a word of one language that is a piece of the other's label shown beside it is no leak
    others = {p for g in groups for v in table(g, other).values() for p in _pieces(v)}  # type: ignore[arg-type]
    return {w: k for w, k in out.items() if w not in others and not any(w in o for o in others if " " in o)}


def found(text: str, words: dict[str, str]) -> dict[str, str]:
    """The words of ``words`` in ``text`` (whole words; a period code's 2021-Q3 is no word)."""
    return {w: k for w, k in words.items() if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)}


@pytest.fixture(scope="module")
def pages(client: Any, documents: list[dict[str, Any]]) -> dict[str, str]:
    """Every page of the dashboard, as paths (no ``lang``)."""
    doc = max(documents, key=lambda d: d.get("n_facts") or 0)
    facts = client.get("/api/facts", params={"document_id": doc["id"], "limit": 5}).json()["items"]
    inds = client.get("/api/indicators", params={"limit": 1000}).json()["items"]
    ind = max(inds, key=lambda i: i.get("n_facts") or 0)["key"]
    locs = client.get("/api/localities", params={"limit": 1000}).json()["items"]
    loc = max(locs, key=lambda x: len(x.get("periods") or []))
    loc_path = "/locality/" + loc["locality"] + (f"?province={loc['province']}" if loc.get("province") else "")
    return {
        "home": "/",
        "facts": "/facts",
        "facts_filtered": f"/facts?indicator={ind}",
        "documents": "/documents",
        "document": f"/document/{doc['id']}",
        "fact": f"/fact/{facts[0]['id']}",
        "search": f"/search?q={loc['locality']}",
        "compare_empty": "/compare",
        "compare": f"/compare?indicator={ind}",
        "compare_periods": f"/compare?indicator={ind}&by=period&level=all",
        "locality": loc_path,
        "locality_all": loc_path + ("&" if "?" in loc_path else "?") + "kind=all",
        "no_document": "/document/999999999",
        "no_locality": "/locality/Xyzzy",
        "no_fact": "/fact/999999999",
    }


def _get(client: Any, path: str, lang: str | None) -> Any:
    sep = "&" if "?" in path else "?"
    return client.get(path + (f"{sep}lang={lang}" if lang else ""))


def test_every_page_in_english_shows_no_vietnamese_chrome(client: Any, pages: dict[str, str]) -> None:
    vi_words = _words("vi")
    assert len(vi_words) > 100 and "Tổng quan" in vi_words and "tỷ" in vi_words  # the list is the lexicon's
    for name, path in pages.items():
        r = _get(client, path, "en")
        assert r.status_code == (404 if name.startswith("no_") else 200), (name, r.status_code)
        assert '<html lang="en">' in r.text, name
        text = shown(r.text)
        assert "Overview" in text, name
        leaks = found(text, vi_words)
        assert not leaks, (name, leaks)


VI_LETTER = re.compile(r"[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")


def test_english_pages_hold_no_vietnamese_outside_the_report_text(client: Any, pages: dict[str, str]) -> None:
    """Beyond the lexicon's words: once the report's text is left out, an English page holds no
    Vietnamese letter at all, but in English words of its own that quote Vietnamese (the link to
    "Tiếng Việt", the search example), in the reader's query and in units the lexicon has no English for (a counted noun
    as the report wrote it)."""
    quoted = sorted((v for v in table("chrome", "en").values() if VI_LETTER.search(v)), key=len, reverse=True)
    rows = client.get("/api/export", params={"format": "json"}).json()
    english = table("units", "en")
    as_written = sorted({r["unit"] for r in rows if r.get("unit") and r["unit"] not in english}, key=len, reverse=True)
    for name, path in pages.items():
        text = shown(_get(client, path, "en").text)
        asked = parse_qs(urlsplit(path).query).get("q", [])  # the reader's own words
        for w in sorted(quoted + as_written + asked, key=len, reverse=True):  # longest first: a
            text = text.replace(w, "")  # short unit ("ha") never cuts into the reader's query
        bad = sorted({ln.strip() for ln in text.splitlines() if VI_LETTER.search(ln)})
        assert not bad, (name, bad[:10])


def test_the_same_pages_in_vietnamese(client: Any, pages: dict[str, str]) -> None:
    """Without lang (and with lang=vi) every page speaks Vietnamese: its words are there, and no
    English word of the dashboard is."""
    vi_words, en_words = _words("vi"), _words("en")
    seen: set[str] = set()
    for name, path in pages.items():
        for lang in (None, "vi"):
            r = _get(client, path, lang)
            assert '<html lang="vi">' in r.text, name
            text = shown(r.text)
            assert "Tổng quan" in text, name
            seen |= found(text, vi_words).keys()
            leaks = found(text, en_words)
            assert not leaks, (name, lang, leaks)
    assert len(seen) > 80, sorted(set(vi_words) - seen)


def test_english_numbers_dates_and_charts(client: Any, pages: dict[str, str]) -> None:
    """English pages write numbers the English way (3,215; 56.4%; 6,900 billion VND) and dates as
    ISO; their charts use an English number locale and English titles."""
    en = _get(client, pages["compare"], "en").text
    vi = _get(client, pages["compare"], None).text
    assert re.search(r"\d,\d{3}\b|\d\.\d", shown(en)) or "billion" in en or "million" in en
    p = _Words()
    p.feed(en)
    spec = p.specs[0]
    assert spec["config"]["locale"]["number"]["decimal"] == "."
    assert "Value" in json.dumps(spec)
    p = _Words()
    p.feed(vi)
    assert p.specs[0]["config"]["locale"]["number"]["decimal"] == ","
    doc = _get(client, pages["document"], "en").text
    assert not re.search(r"\b\d{2}/\d{2}/\d{4}\b", shown(doc))  # dates as 2021-07-21, not 21/07/2021
    from soket.fmt import format_date, format_number, format_value

    assert format_number(3215, lang="en") == "3,215" and format_number(3215) == "3.215"
    assert format_number(56.4, lang="en") == "56.4" and format_number(56.4) == "56,4"
    assert format_value(6.9e12, "VND", "en") == "6,900 billion VND" and format_value(6.9e12, "VND") == "6.900 tỷ đồng"
    assert format_value(12.5e6, "USD", "en") == "12.5 million USD"
    assert format_value(1200, "hộ", "en") == "1,200 households" and format_value(1200, "hộ") == "1.200 hộ"
    assert format_date("2021-07-21", "en") == "2021-07-21" and format_date("2021-07-21") == "21/07/2021"


def test_english_pages_keep_english(client: Any, pages: dict[str, str], documents: list[dict[str, Any]]) -> None:
    """Server side: an English page loads ``lang.js`` (which adds ``lang=en`` to the site's links
    and forms), /fact/{id} redirects in English, the facts page downloads English headings, and
    the language link leads back to Vietnamese with the page's other parameters."""
    r = _get(client, pages["home"], "en")
    assert "/static/lang.js" in r.text
    r = client.get(pages["fact"] + "?lang=en", follow_redirects=False)
    assert r.status_code == 302 and "lang=en" in r.headers["location"] and "#fact-" in r.headers["location"]
    facts = _get(client, pages["facts_filtered"], "en").text
    exports = re.findall(r'class="download" href="([^"]+)"', facts)
    assert exports and all(parse_qs(urlsplit(u.replace("&amp;", "&")).query).get("lang") == ["en"] for u in exports)
    assert all("lang=" not in u for u in re.findall(r'class="download" href="([^"]+)"',
                                                     client.get(pages["facts_filtered"]).text))
    switch = re.search(r'<a class="lang" href="([^"]+)"', facts)
    assert switch and "lang=" not in switch.group(1) and "indicator=" in switch.group(1)
    csv = client.get(exports[0].replace("&amp;", "&")).content.decode("utf-8-sig")
    assert csv.startswith("Fact id,Document id,Document")


@pytest.mark.browser
def test_links_and_forms_keep_english_in_browser(page: Any, base_url: str) -> None:
    """In the browser, every link and form of an English page to another page of the site keeps
    ``lang=en`` (static/lang.js), so following one, or searching, stays in English."""
    page.goto(base_url + "/?lang=en")
    page.wait_for_load_state("load")
    hrefs = page.eval_on_selector_all(
        "a[href^='/']:not([href^='/static/']):not([href^='/api/']):not(.lang)", "els => els.map(e => e.getAttribute('href'))")
    assert hrefs and all("lang=en" in h for h in hrefs), [h for h in hrefs if "lang=en" not in h][:5]
    page.locator("a[href^='/document/']").first.click()
    page.wait_for_load_state("load")
    assert page.locator("html").get_attribute("lang") == "en" and "lang=en" in page.url
    page.locator("header form.search input[name=q]").fill("ngân sách")
    page.locator("header form.search button").click()
    page.wait_for_load_state("load")
    assert "/search" in page.url and "lang=en" in page.url
    assert page.locator("html").get_attribute("lang") == "en"


def test_the_dashboard_s_words_live_in_the_lexicon_only() -> None:
    """No template, script or string of the web package's code holds a Vietnamese word of its own
    (docstrings and comments aside): every word a page shows comes from lexicon/labels.yaml."""
    import ast
    from pathlib import Path

    import soket.web

    web = Path(soket.web.__file__).parent
    bad = [f"{p.name}:{n}" for p in [*web.glob("templates/*.html"), *web.glob("static/*.js")]
           for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if VI_LETTER.search(line.split("//", 1)[0] if p.suffix == ".js" else line)]
    for p in web.glob("*.py"):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        bad += [f"{p.name}:{n.lineno}" for n in ast.walk(tree)
                if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
                and VI_LETTER.search(n.value)]
    assert not bad, bad


def test_a_documents_warnings_in_the_pages_language(client: Any, documents: list[dict[str, Any]]) -> None:
    """The record's warnings (issues) say it in Vietnamese then English; each page shows its own."""
    with_issues = [(d, i) for d in documents for i in client.get(f"/api/documents/{d['id']}").json()["issues"]
                   if " — " in i["message"]]
    assert with_issues, "the web store holds no document with a two-language warning"
    d, i = with_issues[0]
    vi_part, en_part = i["message"].split(" — ")[:2]
    en = html.unescape(_get(client, f"/document/{d['id']}", "en").text)
    vi = html.unescape(_get(client, f"/document/{d['id']}", None).text)
    assert en_part in en and vi_part not in en
    assert vi_part in vi and en_part not in vi
