"""Whether a headline is complete, checked mechanically and apart from how it was built.

A headline is complete when it
- fits: at most MAX_HEADLINE characters, with no ellipsis;
- starts at a subject or at the sentence's start: parsed on its own, its first word belongs to
  the subject of its main verb, or the sentence begins with the same words;
- has a finite verb: parsed on its own, one of its words is a finite verb;
- ends at a constituent boundary: its last word is not a function word or an opening mark,
  its quotes and brackets pair up, and in the parse of the whole sentence that word does not
  hang on a word that comes after it and was cut ("à" without its infinitive, "le" without
  its noun);
- has no orphans: no determiner or preposition whose word was cut ("a convenu sur de tripler");
- is the sentence's own words in the sentence's order.

The parses come from the language's headline parser, the same one the builder uses, but each
check reads only the words of the headline and of the sentence.
"""

from __future__ import annotations

import re

from .nlp import headline_nlp, parse_as_one_sentence
from .titles import MAX_HEADLINE, headline_rules

CHECKS = ("fits", "starts_at_subject", "finite_verb", "ends_at_boundary", "no_orphans", "own_words")

_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_OPENING = ("«", "(", "[", "“", ",", ";", ":", "-")


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _is_subsequence(small: list[str], large: list[str]) -> bool:
    it = iter(large)
    return all(word in it for word in small)


def _finite(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and ("Fin" in token.morph.get("VerbForm")
                                             or token.tag_ in ("VBD", "VBZ", "VBP", "MD"))


def _pairs_balance(text: str) -> bool:
    return text.count("«") == text.count("»") and text.count("(") == text.count(")") \
        and text.count('"') % 2 == 0


def headline_defects(headline: str, sentence: str, lang: str) -> list[str]:
    """The checks (from CHECKS) that ``headline``, made from ``sentence``, fails."""
    failed = []
    if len(headline) > MAX_HEADLINE or "…" in headline or "..." in headline:
        failed.append("fits")
    nlp = headline_nlp(lang)
    own, whole = _words(headline), _words(sentence)
    if not own or not _is_subsequence(own, whole):
        failed.append("own_words")
    if nlp is None:
        return failed + ["starts_at_subject", "finite_verb", "ends_at_boundary", "no_orphans"]
    rules = headline_rules(lang)
    parsed = parse_as_one_sentence(nlp, headline)
    # Any verb's subject: the parser may put a headline's main verb under another one.
    subjects = [t for t in parsed if t.dep_ in rules.subject_deps]
    starts_sentence = bool(own) and whole[:len(own[:2])] == own[:2]
    if not (starts_sentence or any(c.left_edge.i == 0 for c in subjects)):
        failed.append("starts_at_subject")
    if not any(_finite(t) for t in parsed):
        failed.append("finite_verb")
    words = [t for t in parsed if t.pos_ != "PUNCT"]
    matched = _in_sentence(words, parse_as_one_sentence(nlp, sentence))
    if not _ends_at_boundary(headline, words, matched, rules):
        failed.append("ends_at_boundary")
    if matched is None or any(t.pos_ in ("DET", "ADP") and t.head.i != t.i and not _kept(t.head, matched)
                              for t in matched):
        failed.append("no_orphans")
    return failed


def _kept(head, matched) -> bool:
    """The head is in the headline, or its name is, shortened ("à [Volodymyr] Zelensky")."""
    ids = {m.i for m in matched}
    return head.i in ids or any(c.i in ids for c in head.children if c.dep_ in ("flat:name", "flat", "compound"))


def _in_sentence(words, source):
    """The sentence's tokens that the headline's words are, found in order and as close
    together as they can be (a headline's "le" is not the sentence's first "Le"); None if
    some word is missing."""
    wanted = [w.lower_.replace("’", "'") for w in words]
    tokens = [t for t in source if t.pos_ != "PUNCT"]
    best = None
    for first, token in enumerate(tokens):
        if not wanted or token.lower_.replace("’", "'") != wanted[0]:
            continue
        matched, position = [], 0
        for candidate in tokens[first:]:
            if position < len(wanted) and candidate.lower_.replace("’", "'") == wanted[position]:
                matched.append(candidate)
                position += 1
        if position == len(wanted) and (best is None or matched[-1].i - matched[0].i < best[-1].i - best[0].i):
            best = matched
    return best


def _ends_at_boundary(headline: str, words, matched, rules) -> bool:
    if not words or headline.rstrip()[-1:] in _OPENING or not _pairs_balance(headline):
        return False
    if words[-1].pos_ in rules.no_end_pos or not matched:
        return False
    last, kept = matched[-1], {t.i for t in matched}
    return not (last.head.i > last.i and last.head.i not in kept)
