"""Full-text search over documents and facts, with or without diacritics.

Both backends search the *folded* copies the store keeps (:func:`soket.text.fold`:
lowercase, no diacritics, đ → d), and the query is folded the same way, so "ngan sach" finds
"ngân sách" and "dang vien" finds "đảng viên".

- SQLite: FTS5 tables ``documents_fts`` / ``facts_fts`` (external content, ``unicode61
  remove_diacritics 2``), kept by triggers; the query is one quoted phrase, never FTS syntax.
- PostgreSQL: ``to_tsvector('simple', folded) @@ phraseto_tsquery('simple', :q)`` over a GIN index.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Select, column, func, literal_column, select, table
from sqlalchemy.orm import Session

from soket.store.models import DocumentRow, FactRow
from soket.text import fold

_WORD = re.compile(r"\w+")
MAX_TERMS = 32

_fts = {name: table(f"{name}_fts", column("rowid"), column("folded"), column("rank"))
        for name in ("documents", "facts")}


def terms(q: str) -> list[str]:
    """The folded words of a query (at most :data:`MAX_TERMS`)."""
    return _WORD.findall(fold(q or ""))[:MAX_TERMS]


def _ids_matching(session: Session, name: str, q: str) -> Select[Any]:
    words = terms(q)
    model = DocumentRow if name == "documents" else FactRow
    if not words:
        return select(model.id).where(model.id.is_(None))  # matches nothing
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        fts = _fts[name]
        phrase = '"' + " ".join(words) + '"'  # words are \w+ only: no quote can break out
        return select(fts.c.rowid).where(literal_column(f"{name}_fts").op("MATCH")(phrase))
    if bind.dialect.name == "postgresql":
        vec = func.to_tsvector(literal_column("'simple'"), model.folded)
        query = func.phraseto_tsquery(literal_column("'simple'"), " ".join(words))
        return select(model.id).where(vec.op("@@")(query))
    # any other backend: a plain substring test on the folded copy
    return select(model.id).where(model.folded.contains(" ".join(words), autoescape=True))


def fact_ids_matching(session: Session, q: str) -> Select[Any]:
    return _ids_matching(session, "facts", q)


def document_ids_matching(session: Session, q: str) -> Select[Any]:
    return _ids_matching(session, "documents", q)


def snippet(text: str, q: str, width: int = 160) -> str:
    """About ``width`` characters of ``text`` around the first match of the query's words."""
    words = terms(q)
    if not text:
        return ""
    start = 0
    folded = fold(text)
    if words and len(folded) == len(text):
        m = re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", folded) or \
            re.search(r"\b" + re.escape(words[0]) + r"\b", folded)
        if m:
            start = max(0, m.start() - width // 3)
    end = min(len(text), start + width)
    if start > 0:
        sp = text.find(" ", start, start + 20)
        start = sp + 1 if sp != -1 else start
    if end < len(text):
        sp = text.rfind(" ", end - 20, end)
        end = sp if sp > start else end
    s = " ".join(text[start:end].split())
    return ("… " if start > 0 else "") + s + (" …" if end < len(text) else "")
