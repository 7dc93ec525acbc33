"""The cheap pre-filter: is an article worth extracting at all?

An archive of general news holds few review reports. Before any ingest or extraction, an article
must show at least one cue of every group of ``lexicon/batch_filter.yaml`` (a meeting cue and an
indicator cue); the rest are counted as skipped. The cue lists are compiled once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from soket.lexicon import get
from soket.lexicon.schema import BatchFilterLexicon
from soket.text import lower_keep_len, nfc, norm_phrase


@dataclass(frozen=True, slots=True)
class CueGroup:
    """Lower-cased cues of one group; ``bounded`` says which need word edges around them."""

    name: str
    cues: tuple[tuple[str, bool, bool], ...]  # (cue, word edge before, word edge after)

    def search(self, low: str) -> str | None:
        """The first cue found in lower-cased ``low`` (as a whole word where it is a word)."""
        for cue, head, tail in self.cues:
            i = low.find(cue)
            while i >= 0:
                j = i + len(cue)
                if not (head and i > 0 and low[i - 1].isalnum()) and not (tail and j < len(low) and low[j].isalnum()):
                    return cue
                i = low.find(cue, i + 1)
        return None


def compile_groups(lex: BatchFilterLexicon) -> tuple[CueGroup, ...]:
    """Cue groups ready to search: substring search (fast) with a word-edge check on each hit."""
    out = []
    for name, cues in lex.groups.items():
        seen = dict.fromkeys(norm_phrase(c) for c in cues)
        out.append(CueGroup(name, tuple((c, c[0].isalnum(), c[-1].isalnum()) for c in seen)))
    return tuple(out)


@cache
def lexicon() -> BatchFilterLexicon:
    return get(BatchFilterLexicon)


@cache
def _compiled() -> tuple[CueGroup, ...]:
    return compile_groups(lexicon())


def missing_group(text: str, title: str | None = None) -> str | None:
    """The first cue group ``text`` (with its title) lacks, or None when every group is present."""
    if title:
        text = f"{title}\n{text}"
    low = lower_keep_len(nfc(text))
    for group in _compiled():
        if group.search(low) is None:
            return group.name
    return None


def is_candidate(text: str, title: str | None = None) -> bool:
    """True when the article shows a cue of every group: it may be a review report."""
    return missing_group(text, title) is None
