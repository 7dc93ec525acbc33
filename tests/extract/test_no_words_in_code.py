"""No Vietnamese words in the extraction code (issue 10): words, cue phrases, unit words, titles and
the words a record is written with live in ``src/soket/lexicon/*.yaml`` (each with an example
sentence), the contract's values (``locality_kind``) in :mod:`soket.model`. A string constant of
``src/soket/extract/*.py`` (docstrings aside) holding a Vietnamese letter with a diacritic fails here.

Allowed, and why:

- a regular expression's character class ("[A-ZĐÀ-Ỹ]", "[a-zđà-ỹ]", "[^\\W\\d_A-ZĐ]"): it names letters
  (a capital, a lowercase letter), not words; the class is blanked out before the test;
- the single letters in ``ALLOWED``, each with its reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from _paths import ROOT

EXTRACT = ROOT / "src" / "soket" / "extract"

_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE_LETTER = re.compile(f"[{_LOWER}{_LOWER.upper()}]")

# (module, the whole string constant) -> why it is no word
ALLOWED = {
    ("gazetteer.py", "đ"): "slug(): the one letter web hosts write otherwise ('Đồng' as 'dong'): a letter, no word",
}


def without_classes(s: str) -> str:
    """``s`` with every regex character class ("[...]", escapes inside it kept whole) blanked out."""
    out: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\":
            out.append(s[i:i + 2])
            i += 2
            continue
        if ch == "[":
            j = i + 1
            if s[j:j + 1] == "^":
                j += 1
            if s[j:j + 1] == "]":  # "[]...]": a leading "]" is a member
                j += 1
            while j < len(s) and s[j] != "]":
                j += 2 if s[j] == "\\" else 1
            if j < len(s):  # a class closed in this constant
                out.append(" ")
                i = j + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                ids.add(id(first.value))
    return ids


def words_in_code(folder: Path) -> list[str]:
    """``module:line: constant`` for each string constant of ``folder/*.py`` that holds a Vietnamese
    letter outside a character class (docstrings and ``ALLOWED`` aside)."""
    found = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docs:
                continue
            if (path.name, node.value) in ALLOWED:
                continue
            if VIETNAMESE_LETTER.search(without_classes(node.value)):
                found.append(f"{path.name}:{node.lineno}: {node.value[:80]!r}")
    return found


def test_no_vietnamese_words_in_extraction_code() -> None:
    found = words_in_code(EXTRACT)
    assert not found, "Vietnamese words in src/soket/extract (move them to a lexicon):\n" + "\n".join(found)


def test_character_classes_are_blanked_and_words_are_not() -> None:
    assert not VIETNAMESE_LETTER.search(without_classes(r"(?<!\w)[A-ZĐÀ-Ỹ][\w]*(?-i:[a-zđà-ỹ])"))
    assert not VIETNAMESE_LETTER.search(without_classes(r"[\"“‘(\[A-ZĐÀ-ỸÂĂÊÔƠƯ0-9]"))
    assert VIETNAMESE_LETTER.search(without_classes(r"[ \t]*(?:so với|so)[ \t]+"))
    assert VIETNAMESE_LETTER.search(without_classes(r"\[và\]"))  # escaped brackets: no class
    assert VIETNAMESE_LETTER.search(without_classes("[ \t]+(?:năm"))  # a class, then a word
    assert VIETNAMESE_LETTER.search(without_classes("(?:[ \tnăm"))  # a bracket never closed: nothing blanked
