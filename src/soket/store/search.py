"""Full-text search over documents and facts, with or without diacritics.

Both backends search the *folded* copies the store keeps (:func:`soket.text.fold`:
lowercase, no diacritics, đ → d), and the query is folded the same way, so "ngan sach" finds
"ngân sách" and "dang vien" finds "đảng viên".

- SQLite: FTS5 tables ``documents_fts`` / ``facts_fts`` (external content, ``unicode61
  remove_diacritics 2``), kept by triggers (a bulk insert fills them once:
  :func:`soket.store.ingest.fts_once`); the query is one quoted phrase, never FTS syntax.
- PostgreSQL: the stored ``fts`` column (``to_tsvector('simple', folded)``, generated; migration
  0004) ``@@ phraseto_tsquery('simple', :q)``, over a GIN index.

A facts page with a full-text filter comes in id order, as every facts page does
(:func:`fact_match`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, column, func, literal_column, select, table
from sqlalchemy.orm import Session

from soket import rx as re
from soket.store.models import DocumentRow, FactRow
from soket.text import fold

_WORD = re.compile(r"\w+")
MAX_TERMS = 32

_fts = {name: table(f"{name}_fts", column("rowid"), column("folded"), column("rank"))
        for name in ("documents", "facts")}


def terms(q: str) -> list[str]:
    """The folded words of a query (at most :data:`MAX_TERMS`)."""
    return _WORD.findall(fold(q or ""))[:MAX_TERMS]


def _phrase(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'  # words are \w+ only: no quote can break out


def _ids_matching(session: Session, name: str, q: str) -> Select[Any]:
    words = terms(q)
    model = DocumentRow if name == "documents" else FactRow
    if not words:
        return select(model.id).where(model.id.is_(None))  # matches nothing
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        fts = _fts[name]
        return select(fts.c.rowid).where(literal_column(f"{name}_fts").op("MATCH")(_phrase(words)))
    if bind.dialect.name == "postgresql":
        return select(model.id).where(_pg_match(name, words))
    # any other backend: a plain substring test on the folded copy
    return select(model.id).where(model.folded.contains(" ".join(words), autoescape=True))


def _pg_match(name: str, words: list[str]) -> Any:
    """The stored ``fts`` vector (migration 0004, GIN-indexed) against the phrase."""
    query = func.phraseto_tsquery(literal_column("'simple'"), " ".join(words))
    return literal_column(f"{name}.fts").op("@@")(query)


@dataclass(frozen=True)
class FactMatch:
    """How a facts query applies a full-text filter.

    ``driver`` (SQLite): the FTS table to select from, joined to facts on its rowid, which is
    then the ``key`` that orders and pages (FTS5 walks its matches in rowid order and stops at
    the LIMIT: a page of a common word reads ~50 entries, where ``id IN (matches)`` read them
    all). Elsewhere ``driver`` is None and ``key`` is ``facts.id``; ``condition`` is the WHERE clause.
    """

    condition: Any
    driver: Any | None
    key: Any


def fact_match(session: Session, q: str | None, name: str = "facts") -> FactMatch | None:
    """The full-text filter of a facts query (``name="documents"``: of a documents query); None
    without words."""
    words = terms(q or "")
    if not words:
        return None
    model = DocumentRow if name == "documents" else FactRow
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        fts = _fts[name]
        return FactMatch(literal_column(f"{name}_fts").op("MATCH")(_phrase(words)), fts, fts.c.rowid)
    if dialect == "postgresql":
        return FactMatch(_pg_match(name, words), None, model.id)
    return FactMatch(model.folded.contains(" ".join(words), autoescape=True), None, model.id)


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
