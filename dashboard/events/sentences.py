"""Cutting a document into sentences, with their character offsets in the original text.

spaCy's sentences are refined by two rules it misses in scraped news: a line break always ends
a sentence (headings, bullets and captions sit on their own lines), and a period glued to the
next capital ("…à l'Ukraine.Il a été rapporté…", a CMS that lost a space) ends one too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# "l'Ukraine.Il", "Russie.Les", "2025.Le": a lower-case letter, digit or closing mark, a period,
# then a capital. Initials ("J.R.R.") and acronyms ("U.S.") have a capital before the period.
_GLUED_PERIOD = re.compile(r"(?<=[a-zà-ÿ0-9)\]»\"])[.!?](?=[A-ZÀ-Ý])")
_LINE_BREAK = re.compile(r"\n")
# Sentence punctuation a line of prose ends with; a line without it is a heading or a label.
_FINAL_PUNCTUATION = re.compile(r"[.!?…:»\"')\]]\s*$")
# Where a long text may be cut into pieces without moving a sentence boundary: after a line
# break, else after a sentence's final punctuation and the space that follows it.
_LINE_END = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?…][»\"')\]]*\s+")
_SPACE = re.compile(r"\s+")


def text_pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``text`` as consecutive (start, end) pieces of at most ``limit`` characters.

    Each piece ends at the last line break it can hold, else at the last sentence end, else at
    a space; only a run of ``limit`` characters without any of them is cut blindly. Cutting at a
    line break or a sentence end moves no sentence boundary, so the pieces' sentences are the
    whole text's.
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        for boundary in (_LINE_END, _SENTENCE_END, _SPACE):
            last = None
            for last in boundary.finditer(text, start, end):
                pass
            if last is not None and last.end() > start:
                end = last.end()
                break
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def spacy_sentences(nlp, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences spaCy's tokenizer and sentencizer find in ``text``.

    spaCy refuses a text longer than ``nlp.max_length`` (error E088), so a longer article is
    read in pieces (``text_pieces``) and their offsets are shifted back into ``text``.
    """
    for start, end in text_pieces(text, nlp.max_length):
        tokens = nlp.make_doc(text[start:end])
        if nlp.has_pipe("sentencizer"):
            tokens = nlp.get_pipe("sentencizer")(tokens)
        yield from ((start + s.start_char, start + s.end_char) for s in tokens.sents)


def _cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split [start, end) at line breaks and glued periods."""
    piece = text[start:end]
    cut_points = sorted({m.start() + 1 for m in _GLUED_PERIOD.finditer(piece)}
                        | {m.start() for m in _LINE_BREAK.finditer(piece)})
    left = 0
    for point in cut_points + [len(piece)]:
        yield start + left, start + point
        left = point


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, sents: Iterator[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-empty sentence spans of ``text``: the given (start, end) spans, refined and trimmed."""
    spans = []
    for sent_start, sent_end in sents:
        for start, end in _cuts(text, sent_start, sent_end):
            start, end = _trim(text, start, end)
            if any(c.isalnum() for c in text[start:end]):
                spans.append((start, end))
    return spans


def is_heading_line(text: str, start: int, end: int) -> bool:
    """True when the sentence is a whole line without sentence punctuation: a title or label."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    whole_line = not text[line_start:start].strip() and not text[end:line_end].strip()
    return whole_line and not _FINAL_PUNCTUATION.search(text[start:end])
