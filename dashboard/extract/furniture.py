"""Page furniture: the parts of a collected page that are not the article.

Navigation links, "PREV/NEXT" teasers, share and follow prompts, credit lines, update and
translation notices, cookie banners, embed shortcodes and repeated headlines must never become
events. The patterns are data in ``dashboard/lang/<lang>/furniture.py`` plus the language-neutral
``dashboard/lang/web_furniture.py``; this engine knows no language. Each pattern must match a
whole line of ``fold(text)`` (leading bullets removed), so a pattern cannot eat half a sentence.

The text is never modified: furniture is a tuple of ``Span`` into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dashboard import lang as languages
from dashboard.lang import web_furniture
from dashboard.model import Document, Span

from .fold import fold

# A sentence counts as furniture when at least this share of its visible characters is
# inside furniture: a dateline prefix "PARIS, 12 mars (AFP) -" must not sink its lead sentence.
FURNITURE_SHARE = 0.5
# ... and when at most this many words of it lie outside furniture.
LEFTOVER_MAX_WORDS = 3
# Lines shorter than this (letters and digits only) are too common to call "repeated":
# "Ukraine", "Vidéo" may honestly appear twice.
REPEAT_MIN_CHARS = 15
# After the article's last paragraph, lines this short without sentence punctuation are tags,
# related links or sign-offs ("Joe Biden", "Ukraine", "Russie").
TAG_MAX_WORDS = 4
PARAGRAPH_MIN_WORDS = 8

# What a line may start with before its content: list bullets, quote marks, Markdown headings.
_LEAD = re.compile(r"^(?:[-*\u2022\u00b7>|\u25ba\u25b6\u203a\u00bb]+\s+|#{1,6}\s+)")
# Markdown articles: "[Lire aussi : ...](https://...)" is judged by its label, "**Publicité**" by its words.
_MD_LINK = re.compile(r"(?<!!)\[(?P<label>[^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"\*\*|__")
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class FurnitureRule:
    """A named pattern for one kind of furniture, with the lines it must and must not match."""

    name: str
    reason: str
    pattern: re.Pattern
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()
    max_words: int | None = None

    def matches(self, line: str) -> bool:
        """True when the whole folded ``line`` (bullet removed) is this kind of furniture."""
        prepared = _prepare(fold(line))
        return self.matches_prepared(prepared, _word_count(prepared))

    def matches_prepared(self, line: str, words: int) -> bool:
        if self.max_words is not None and words > self.max_words:
            return False
        return self.pattern.fullmatch(line) is not None


def _prepare(folded_line: str) -> str:
    """The line as the rules see it; only for matching, so it may differ in length."""
    line = _LEAD.sub("", folded_line.strip(), count=1)
    line = _MD_LINK.sub(lambda m: m.group("label"), line)
    return _MD_EMPHASIS.sub("", line).strip()


def _word_count(line: str) -> int:
    return sum(1 for _ in _WORD.finditer(line))


def _compile(entry: dict) -> FurnitureRule:
    return FurnitureRule(
        name=entry["name"],
        reason=entry["reason"],
        pattern=re.compile(entry["pattern"]),
        examples=tuple(entry["examples"]),
        counter_examples=tuple(entry.get("counter_examples", ())),
        max_words=entry.get("max_words"),
    )


@lru_cache(maxsize=None)
def all_rules(lang: str) -> tuple[FurnitureRule, ...]:
    """The furniture rules applied to a document in ``lang``: its own table, then the web table."""
    own = languages.tables(lang, "furniture")
    entries = tuple(own.RULES if own else ()) + tuple(web_furniture.RULES)
    return tuple(_compile(e) for e in entries)


def _lines(text: str):
    """Yield (start, end) of each line's visible content, whitespace trimmed."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            yield start, start + len(stripped)
        pos += len(raw) + 1


def _rule_spans(folded: str, rules, lines) -> list[Span]:
    spans = []
    for start, end in lines:
        line = _prepare(folded[start:end])
        words = _word_count(line)
        for rule in rules:
            if rule.matches_prepared(line, words):
                spans.append(Span(start, end, rule.reason))
                break
    return spans


def _repeated_spans(folded: str, lines) -> list[Span]:
    """Later copies of a line, ignoring case, punctuation and apostrophe style."""
    seen: set[str] = set()
    spans = []
    for start, end in lines:
        key = _NON_WORD.sub(" ", folded[start:end].casefold()).strip()
        if len(key.replace(" ", "")) < REPEAT_MIN_CHARS:
            continue
        if key in seen:
            spans.append(Span(start, end, "repeated line"))
        seen.add(key)
    return spans


def _trailing_tag_spans(folded: str, lines, marked: set[tuple[int, int]]) -> list[Span]:
    content = [(s, e) for s, e in lines if (s, e) not in marked]
    last_paragraph = max(
        (i for i, (s, e) in enumerate(content) if len(_WORD.findall(folded[s:e])) >= PARAGRAPH_MIN_WORDS),
        default=None,
    )
    if last_paragraph is None:
        return []
    spans = []
    for start, end in content[last_paragraph + 1:]:
        line = folded[start:end]
        if len(_WORD.findall(line)) <= TAG_MAX_WORDS and not re.search(r"[.!?:;\"»]$", line):
            spans.append(Span(start, end, "tags"))
    return spans


def find_furniture(text: str, lang: str, extra: tuple[Span, ...] = ()) -> tuple[Span, ...]:
    """Spans of page furniture in ``text``, sorted by start; ``extra`` (e.g. datelines) joins them."""
    folded = fold(text)
    lines = list(_lines(folded))
    spans = _rule_spans(folded, all_rules(lang), lines)
    ruled = {(s.start, s.end) for s in spans}
    spans += _repeated_spans(folded, [line for line in lines if line not in ruled])
    spans += list(extra)
    marked = {(s.start, s.end) for s in spans}
    spans += _trailing_tag_spans(folded, lines, marked)
    unique = {(s.start, s.end): s for s in sorted(spans, key=lambda s: (s.start, s.end))}
    return tuple(sorted(unique.values(), key=lambda s: (s.start, s.end)))


def is_furniture(doc: Document, start: int, end: int) -> bool:
    """True when ``doc.text[start:end]`` is page furniture, give or take a few stray words.

    Both must hold: most visible characters lie in furniture, and fewer than
    ``LEFTOVER_MAX_WORDS + 1`` words lie outside it. A sentence splitter may glue a lead sentence
    to the repeated headlines above it; that sentence is kept (its edges are furniture, its body
    is news), while a teaser split in two by the splitter is still furniture in both halves.
    """
    if not doc.furniture or end <= start:
        return False
    text = doc.text
    window = list(text[start:end])
    for span in doc.furniture:
        for i in range(max(start, span.start), min(end, span.end)):
            window[i - start] = "\0"
    visible = sum(1 for c in text[start:end] if not c.isspace())
    hidden = sum(1 for i, c in enumerate(window) if c == "\0" and not text[start + i].isspace())
    if hidden == 0:
        return False
    leftover = len(_WORD.findall("".join(window).replace("\0", " ")))
    return hidden >= FURNITURE_SHARE * visible and leftover <= LEFTOVER_MAX_WORDS
