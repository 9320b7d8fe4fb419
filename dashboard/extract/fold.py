"""The three ways Frise folds text before comparing it, each for its own job:

- ``fold(text)``: typographic variants (apostrophes, odd spaces, dashes, curly quotes) made
  plain, one character for one. Rules match against it (furniture, datelines, dates, clauses);
  because the map is strictly 1:1, an offset found in the folded text is the same offset in
  the original text, so excerpts are always cut from what the author wrote.
- ``fold_key(text, keep_case=False)``: ``fold`` plus accents, case and hyphens, still one
  character for one: the key names are looked up by ("Zelenskyy's" -> "zelenskyy's",
  "Kyiv–Moscou" -> "kyiv moscou"), with offsets that still point into the text.
- ``fold_for_search(text)``: case and accents only, lengths free to change ("ß" -> "ss"):
  what a reader types in the search box or a link is compared with.
"""

from __future__ import annotations

import re
import unicodedata

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


def _key_char(ch: str, keep_case: bool) -> str:
    base = unicodedata.normalize("NFKD", fold(ch))[:1] or ch
    if unicodedata.combining(base) or base == "-":
        base = " "
    if not keep_case:
        lowered = base.lower()
        base = lowered if len(lowered) == 1 else base
    return base


class _KeyTable(dict):
    """A ``str.translate`` table filled on first sight of each character: the per-character
    Unicode work runs once per process, the translation itself in C (folding whole documents
    for every clause's context made a per-character loop the entity pass's main cost)."""

    def __init__(self, keep_case: bool) -> None:
        super().__init__()
        self.keep_case = keep_case

    def __missing__(self, code: int) -> str:
        value = self[code] = _key_char(chr(code), self.keep_case)
        return value


_KEY_TABLES = {False: _KeyTable(False), True: _KeyTable(True)}


def fold_key(text: str, keep_case: bool = False) -> str:
    """Fold accents (and case unless ``keep_case``) one character for one; hyphens -> spaces."""
    return text.translate(_KEY_TABLES[bool(keep_case)])


def fold_for_search(text: str) -> str:
    """Lower case without accents, so "kiev" finds "Kiev" and "koursk" finds "Koursk"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
