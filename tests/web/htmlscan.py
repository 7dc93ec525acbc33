"""Read the document page back: the text of each ``<mark data-fact>`` and of the whole text block."""

from __future__ import annotations

from html.parser import HTMLParser


class DocTextScan(HTMLParser):
    """Collects, inside ``<div id="doctext">``: its full text, the text of each fact's mark
    pieces joined (by ``data-fact``), the ids of the marks, and each evidence sentence's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # >0 while inside #doctext
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.marks: dict[str, list[str]] = {}
        self.mark_ids: list[str] = []
        self.sentences: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.depth == 0:
            if tag == "div" and a.get("id") == "doctext":
                self.depth = 1
            return
        self.depth += 1
        self.stack.append((tag, a))
        if tag == "mark" and a.get("id"):
            self.mark_ids.append(str(a["id"]))

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0:
            return
        self.depth -= 1
        if self.stack and self.depth > 0:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.depth == 0:
            return
        self.text.append(data)
        for tag, a in self.stack:
            if tag == "mark" and a.get("data-fact"):
                self.marks.setdefault(str(a["data-fact"]), []).append(data)
            if tag == "span" and a.get("data-ev") is not None:
                self.sentences.setdefault(str(a["data-ev"]), []).append(data)


def scan(html: str) -> DocTextScan:
    s = DocTextScan()
    s.feed(html)
    s.close()
    return s
