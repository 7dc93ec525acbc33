"""User text shown through Rich: never read as markup.

Report text, subjects, paths and error messages may hold "[/]" or "[bold red]"; Rich would read
them as markup (a crash, or text that silently disappears). Commands pass such text through
:func:`plain` (a ``Text`` cell or title) or :func:`esc` (inside a markup string of our own).
Rich is imported on the first call (issue 12: a command that shows no table never pays for it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.text import Text


def plain(value: Any) -> Text:
    """``value`` as text that Rich shows verbatim (None as "")."""
    from rich.text import Text

    return Text("" if value is None else str(value))


def esc(value: Any) -> str:
    """``value`` escaped for a markup string (None as "")."""
    from rich.markup import escape

    return escape("" if value is None else str(value))
