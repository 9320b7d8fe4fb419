"""Text from a document, a manifest, a corpus file or a URL, made plain for Streamlit's Markdown.

``st.markdown``, ``st.info``, ``st.warning``, ``st.error``, widget and expander labels and status
labels all read their text as Markdown: ``![x](http://…)`` would load an image from another
host, ``[Reconnectez-vous](http://…)`` show a link, ``:red[…]`` colour text and ``$$…$$``
typeset a formula. Every such string goes through ``plain_markdown`` first; HTML blocks built
by Frise use ``views.card.escape_text`` instead, and Plotly text ``html.escape``.
"""

from __future__ import annotations

import re
import string

# CommonMark lets a backslash make any ASCII punctuation literal; escaping all of it covers
# Markdown, Streamlit's directives (":red["), LaTeX ("$") and HTML ("<") alike.
_MARKS = frozenset(string.punctuation)
# GitHub-flavoured Markdown also turns bare "http://…", "www.…" and "a@b.c" into links, escapes
# or not; an invisible word joiner after the scheme (or before "@") keeps them text.
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp|www)(?=[:.])|(?=@)")
_WORD_JOINER = "\u2060"


def plain_markdown(text: object) -> str:
    """``text`` as Markdown that shows exactly ``text``, on one line."""
    line = _AUTOLINK.sub(lambda m: m.group() + _WORD_JOINER, " ".join(str(text).splitlines()))
    return "".join("\\" + c if c in _MARKS else c for c in line)
