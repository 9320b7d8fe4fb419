"""Fold typographic variants to plain ASCII look-alikes, one character for one character.

Rules and searches match against ``fold(text)``; because the map is strictly 1:1, an offset
found in the folded text is the same offset in the original text, so excerpts are always cut
from what the author wrote.
"""

from __future__ import annotations

import re

# Apostrophes and primes: French typography uses U+2019, machine translation and CMSs mix in
# the others, and a rule written with "'" must match all of them.
_APOSTROPHES = "\u2019\u2018\u02bc\u2032\u0060\u00b4\u201b\u02b9\u02bb\uff07"
# Spaces that are not U+0020: French puts narrow no-break spaces before ":" and inside « »,
# web pages are full of &nbsp;. A regex "\s" would catch some but not "[ ]" in a table.
_SPACES = "\u00a0\u202f\u2009\u2007\u2008\u200a\u2002\u2003\u2004\u2005\u2006\u205f\u3000\u2028\u2029"
# Hyphens and dashes: "2022–2025", "PREV – ...", "Moscou—Kiev" match one "-" in the tables.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Curly double quotes; « » are kept because French rules may want to see them.
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033"

_PLAIN = {**{c: "'" for c in _APOSTROPHES},
          **{c: " " for c in _SPACES},
          **{c: "-" for c in _DASHES},
          **{c: '"' for c in _DOUBLE_QUOTES}}
# A character class finds the few characters to replace: str.translate with a table would
# look every character up (and fail the look-up for almost all), about 7 times slower.
_ODD = re.compile("[" + "".join(re.escape(c) for c in _PLAIN) + "]")


def fold(text: str) -> str:
    """Return ``text`` with apostrophes, odd spaces, dashes and curly quotes made plain.

    ``len(fold(text)) == len(text)`` for every string, so offsets carry over unchanged.
    """
    return _ODD.sub(lambda m: _PLAIN[m.group()], text)
