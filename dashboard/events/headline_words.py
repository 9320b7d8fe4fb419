"""The words of a parsed sentence as a headline reads them: subtrees, marks, tidy text.

Helpers of ``dashboard.events.titles``; they know no language.
"""

from __future__ import annotations

import re

# Marks that open and close an aside; a headline keeps both or neither.
PAIRS = {"(": ")", "«": "»", "[": "]"}
STRAIGHT_QUOTES = ('"',)
# Marks that part a constituent from the next, dropped beside a cut.
GAP_MARKS = (",", "-", "–", "—")
SPACES = re.compile(r"\s+")
TRAILING_WORD_JUNK = re.compile(r"[\s,;:«(\"'-]+$")
# Punctuation that never opens or closes a headline.
EDGE_PUNCT = re.compile(r"^[\s,;:.\-–—)»\]]+|[\s,;:\-–—(«\[]+$")


def subtree(token) -> set[int]:
    return {t.i for t in token.subtree}


def is_finite(token) -> bool:
    return "Fin" in token.morph.get("VerbForm") or bool(token.morph.get("Mood")) and token.pos_ in ("VERB", "AUX")


def predicate(inside, start: int, end: int, offset: int):
    """The clause's highest word: the verb whose head lies outside the clause (or the root)."""
    tops = [t for t in inside if not t.is_punct and (t.head.i == t.i or not start <= offset + t.head.idx < end)]
    if not tops:
        return None
    # The shallowest wins, then the first ("par l'appel de Trump | avant que … ne l'appelle":
    # the call, which the clause is cut for).
    return min(tops, key=lambda t: (depth(t), t.i))


def antecedent(subject, predicate, rules):
    """What a relative pronoun subject stands for: the noun the relative clause hangs on, or,
    when the parser hung the clause on the verb, the noun just before the pronoun."""
    if subject.lower_ not in rules.relative_pronouns or subject.i > predicate.i:
        return None
    if predicate.dep_ in rules.relative_deps and predicate.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return predicate.head
    before = [t for t in subject.doc[:subject.i] if t.pos_ != "PUNCT"]
    return before[-1] if before and before[-1].pos_ in ("NOUN", "PROPN") else None


def depth(token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def glued_name(token) -> bool:
    """A name right after its noun, with no preposition or comma between, is part of it:
    "missiles ATACMS", "le président élu Mohamed Bazoum"."""
    return token.pos_ == "PROPN" and token.head.i < token.i and token.i > 0 \
        and token.doc[token.i - 1].pos_ != "PUNCT" and token.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("case", "prep") for c in token.children)


def in_hyphenated_word(token) -> bool:
    """A piece of "Centre-Val", "start-up": never cut on its own."""
    doc = token.doc
    before = token.i > 0 and not doc[token.i - 1].whitespace_ and (doc[token.i - 1].text == "-" or token.text == "-")
    after = token.i + 1 < len(doc) and not token.whitespace_ and (doc[token.i + 1].text == "-" or token.text == "-")
    return bool(before or after)


def is_mark(token) -> bool:
    """Punctuation, but not "%" or a hyphen inside a word."""
    return token.pos_ == "PUNCT" or token.is_punct and token.text in ",;:.!?«»()[]\"—–"


def hyphenated_words(parsed) -> list[frozenset[int]]:
    """The token indices of each hyphenated word ("start-up", "Météo-France"): the tokenizer
    splits them, and the parser may hang their pieces apart."""
    words, run = [], []
    for token in parsed:
        run.append(token)
        if token.whitespace_ or token.i == len(parsed) - 1:
            if len(run) > 1 and any(t.text == "-" for t in run):
                words.append(frozenset(t.i for t in run))
            run = []
    return words


def whole_words(words: list[frozenset[int]], shown: set[int]) -> set[int]:
    """``shown`` without the pieces of a hyphenated word (``hyphenated_words``) whose other
    pieces were cut."""
    result = set(shown)
    for word in words:
        if word & shown and not word <= shown:
            result -= word
    return result


def balanced(tokens):
    """Without the quotes and brackets whose partner was cut."""
    opened: list[int] = []
    unmatched: set[int] = set()
    straight: list[int] = []
    for position, token in enumerate(tokens):
        if token.text in PAIRS:
            opened.append(position)
        elif token.text in PAIRS.values():
            if opened and PAIRS[tokens[opened[-1]].text] == token.text:
                opened.pop()
            else:
                unmatched.add(position)
        elif token.text in STRAIGHT_QUOTES:
            straight.append(position)
    unmatched |= set(opened)
    if len(straight) % 2:
        unmatched.add(straight[-1])
    return [t for position, t in enumerate(tokens) if position not in unmatched]


def tidy(text: str) -> str:
    text = SPACES.sub(" ", text)
    text = re.sub(r"\s+([,.;:)»\]])", r"\1", text) if "«" not in text else re.sub(r"\s+([,.;:)\]])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"[.,;:]\s*»$", " »", text)
    text = EDGE_PUNCT.sub("", text).strip()
    return text[:1].upper() + text[1:]


def cut(text: str, limit: int) -> str:
    """The last resort for a core longer than the limit (a subject of many names): the words
    that fit, cut after a clause mark when there is one."""
    head = text[:limit + 1]
    for mark in (";", ":", ","):
        cut = head.rfind(mark)
        if cut >= limit // 2:
            return head[:cut].rstrip()
    cut = head.rfind(" ")
    return TRAILING_WORD_JUNK.sub("", head[:cut] if cut > 0 else head[:limit])
