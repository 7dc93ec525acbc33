"""Tasks for the coming period and limitations named, one clause each, as written."""

from __future__ import annotations

from functools import cache

from soket import rx as re
from soket.extract.sentences import Sentence
from soket.extract.textutil import lower_keep_len, phrase_alt, words_re
from soket.lexicon import get
from soket.lexicon.schema import SectionsLexicon


@cache
def _rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    c = get(SectionsLexicon)
    return (
        words_re(c.task_openers),
        re.compile(rf"^[\W\d]*(?:\w+[ \t]+){{0,6}}?(?:{phrase_alt(c.task_verbs)})(?!\w)"),
        words_re(c.limitation_cues),
        words_re(c.limitation_openers),
        words_re(c.directives),
    )


def _clauses(s: str) -> list[str]:
    s = s.split(":", 1)[1] if ":" in s[:80] else s
    out = []
    for part in re.split(r";", s):
        part = part.strip(" \t.…")
        if len(part.split()) >= 3:
            out.append(part)
    return out


def extract_sections(sents: list[Sentence], fact_sentences: set[int]) -> tuple[list[str], list[str]]:
    """(tasks, limitations) from the sentences; sentences that state figures are results, not tasks."""
    task_open, task_verb, lim_cue, lim_open, directive = _rx()
    tasks: list[str] = []
    limits: list[str] = []
    in_tasks = False
    for s in sents:
        low = lower_keep_len(s.text)
        if s.start in fact_sentences:
            in_tasks = False
            continue
        if lim_open.search(low[:60]) and lim_cue.search(low):
            limits.extend(_clauses(s.text))
            continue
        m = task_open.search(low)
        if m and (m.start() < 50 or directive.search(low)):
            in_tasks = True
        if in_tasks and task_verb.search(low):
            tasks.extend(_clauses(s.text))
    return tasks, limits
