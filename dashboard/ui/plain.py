"""Text from a document, a manifest, a corpus file or a URL, made plain for Streamlit's Markdown.

``st.markdown``, ``st.info``, ``st.warning``, ``st.error``, widget and expander labels and status
labels all read their text as Markdown: ``![x](http://…)`` would load an image from another
host, ``[Reconnectez-vous](http://…)`` show a link, ``:red[…]`` colour text and ``$$…$$``
typeset a formula. Every such string goes through ``plain_markdown`` first; HTML blocks built
by Frise use ``detail.escape_text`` instead, and Plotly text ``html.escape``.
"""

from __future__ import annotations

import string

# CommonMark lets a backslash make any ASCII punctuation literal; escaping all of it covers
# Markdown, Streamlit's directives (":red["), LaTeX ("$") and HTML ("<") alike.
_MARKS = frozenset(string.punctuation)


def plain_markdown(text: object) -> str:
    """``text`` as Markdown that shows exactly ``text``, on one line."""
    return "".join("\\" + c if c in _MARKS else c for c in " ".join(str(text).splitlines()))
