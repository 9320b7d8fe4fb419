"""Event headlines: who did what, built from the clause's dependency parse.

A headline keeps the clause's predicate with its subject, its verb group (auxiliaries,
negation, clitic pronouns) and its complements, then drops whole constituents until it fits:
first what a headline never carries (what stands before the subject, the date, "selon …"),
then, only while it is too long, what it can do without (asides, relative clauses, adverbials,
modifiers), and last the rightmost complements. Every cut removes a whole subtree, so a
headline never stops mid-phrase and never needs an ellipsis. The dependency labels and words
each rule reads are data in ``dashboard/lang/<lang>/headlines.py``; this engine knows no
language.

Without a parse (a pipeline with no parser) the clause is cleaned and cut at the last clause
punctuation that fits, or on a word boundary as a last resort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .headline_dates import DateCuts
from .headline_rules import HeadlineRules, headline_rules
from .headline_words import (
    GAP_MARKS,
    PAIRS,
    SPACES,
    antecedent,
    balanced,
    cut,
    depth,
    glued_name,
    hyphenated_words,
    in_hyphenated_word,
    is_finite,
    is_mark,
    predicate,
    subtree,
    tidy,
    whole_words,
)
from .nlp import Cues

# "At most about 70 characters": what fits on one line of a timeline label or a phone screen.
MAX_HEADLINE = 70
ELLIPSIS = "…"

_LEADING_MARKS = re.compile(r"^[\s\-*•·>–—,;:.]+")
_TRAILING_MARKS = re.compile(r"[\s,;:–—-]+$")
# How many characters a name or a figure counts for when choosing what to cut.
INFORMATIVE_WEIGHT = 20


@dataclass(frozen=True, slots=True)
class _Light:
    """What rendering reads of one token."""

    i: int
    text: str
    whitespace_: str
    idx: int
    pos_: str
    is_punct: bool


class _Headline(DateCuts):
    """The tokens of one clause's headline, and the cuts that shorten it."""

    def __init__(self, parsed, text: str, offset: int, start: int, end: int,
                 dates: tuple[tuple[int, int], ...], people: tuple[tuple[int, int], ...],
                 rules: HeadlineRules) -> None:
        self.parsed, self.text, self.offset, self.rules = parsed, text, offset, rules
        inside = [t for t in parsed if start <= offset + t.idx < end and not t.is_space]
        self.predicate = predicate(inside, start, end, offset)
        # A time of day ("à 16 heures", "at 5 a.m.") says when, as a date does: it goes too.
        times = tuple((start + m.start(), start + m.end()) for m in rules.time_of_day.finditer(text[start:end]))
        self.dates, self.people = dates + times, people
        self.kept: set[int] = set()
        self.core: set[int] = set()
        # Kept in the tree, so that what hangs on them can still be cut, but not written.
        self.hidden: set[int] = set()
        self.hyphenated = hyphenated_words(parsed)
        # Plain copies of what rendering reads of each token: spaCy's attributes are slow to
        # read, and a headline is rendered once for every cut it tries.
        self.light = [_Light(t.i, t.text, t.whitespace_, t.idx, t.pos_, t.is_punct) for t in parsed]
        self.rendered: dict[tuple, str] = {}
        if self.predicate is None:
            return
        span = {t.i for t in inside}
        self.predicate = self._after_topic(self.predicate, span)
        self.predicate = self._reported(self.predicate, span)
        self.kept = subtree(self.predicate) & span
        self.core = {self.predicate.i}
        self._add_verb_group(self.predicate)
        subject = self._subject()
        self._borrow_from_head(subject)

    # -- what the headline is made of ---------------------------------------------------

    def _add_verb_group(self, verb) -> None:
        rules = self.rules
        for child in verb.children:
            if child.dep_ in rules.verb_group_deps or child.lower_ in rules.negation_words or \
                    (child.dep_ in rules.clitic_deps and child.lower_ in rules.clitic_words and child.i < verb.i):
                self.core.add(child.i)
                self.kept.add(child.i)

    def _subject(self):
        """The predicate's subject; failing one, a bare noun before the verb, which the parser
        sometimes takes for an adverb ("Biden/advmod a approuvé")."""
        children = list(self.predicate.children)
        found = next((c for c in children if c.dep_ in self.rules.subject_deps), None)
        if found is None:
            found = next((c for c in reversed(children) if c.i < self.predicate.i
                          and c.pos_ in ("PROPN", "NOUN", "PRON") and not self._in_date(c)
                          and not any(d.dep_ in self.rules.function_deps and d.pos_ == "ADP" for d in c.children)),
                         None)
        return found

    def _after_topic(self, predicate, span):
        """A topic before a colon is not the news ("Grève à la SNCF : les syndicats appellent
        …", "Heat wave: authorities urge …"): when the parser made that noun phrase the top of
        the clause, the verb after the colon with its own subject is the predicate."""
        if predicate.pos_ in ("VERB", "AUX") or any(c.dep_ in self.rules.verb_group_deps for c in predicate.children):
            return predicate
        marks = [t for t in predicate.doc if t.i in span and t.text in self.rules.topic_marks
                 and t.i > predicate.i]
        if not marks:
            return predicate
        after = [t for t in predicate.doc if t.i in span and t.i > marks[0].i and t.pos_ in ("VERB", "AUX")
                 and any(c.dep_ in self.rules.subject_deps for c in t.children)]
        return min(after, key=depth) if after else predicate

    def _reported(self, predicate, span):
        """The clause a reporting verb reports when the verb comes after it: "Les États-Unis
        ont donné le feu vert, a rapporté le Times" → "ont donné"; "The minister will meet
        them, her office said" → "will meet"."""
        subject = next((c for c in predicate.children if c.dep_ in self.rules.subject_deps), None)
        before = subject.left_edge.i if subject is not None and subject.i < predicate.i else predicate.i
        # A comma parts the reported clause from the verb that reports it.
        reported = [c for c in predicate.children if c.left_edge.i < before and c.i in span
                    and c.dep_ in self.rules.reported_deps and c.right_edge.i + 1 < len(c.doc)
                    and c.doc[c.right_edge.i + 1].text == ","
                    and any(d.dep_ in self.rules.subject_deps for d in c.children)]
        return reported[0] if reported else predicate

    def _borrow_from_head(self, subject) -> None:
        """A relative clause takes its antecedent as subject ("les missiles qui ont frappé
        Kyiv" → "Les missiles ont frappé Kyiv"); a coordinated verb without a subject takes
        its head's subject and auxiliary ("Trump a appelé Poutine et rencontré Zelensky")."""
        predicate, rules = self.predicate, self.rules
        stands_for = antecedent(subject, predicate, rules) if subject is not None else None
        if stands_for is not None:
            phrase = {stands_for.i} | {i for c in stands_for.children if c.i < stands_for.i
                                       or c.dep_ in rules.name_deps for i in subtree(c)}
            self.kept = (self.kept - {subject.i}) | phrase
            self.core |= {stands_for.i}
            return
        if subject is not None or predicate.dep_ not in rules.conjunct_deps:
            if subject is not None:
                # A clause cut after its subject ("Les conversations tenues lors de | l'appel
                # du 4 juillet … montrent") still says who.
                self.kept |= subtree(subject)
                self.core.add(subject.i)
            return
        head = predicate.head
        borrowed = next((c for c in head.children if c.dep_ in rules.subject_deps), None)
        if borrowed is None:
            return
        self.kept |= subtree(borrowed)
        self.core.add(borrowed.i)
        if not any(c.dep_ in rules.verb_group_deps for c in predicate.children) and not is_finite(predicate):
            for child in head.children:
                if child.dep_ in rules.verb_group_deps and child.i < head.i:
                    self.kept.add(child.i)
                    self.core.add(child.i)

    # -- cuts -----------------------------------------------------------------------------

    def drop(self, token) -> None:
        self.kept -= subtree(token)

    def kept_tokens(self):
        return [self.parsed[i] for i in sorted(self.kept)]

    def dependents(self):
        """Kept tokens that head a removable constituent: not the core, head kept."""
        return [t for t in self.kept_tokens() if t.i not in self.core and t.head.i in self.kept and t.head.i != t.i]

    def drop_fronted(self) -> None:
        """What stands before the subject ("Mardi, après l'attentat, Blinken a …")."""
        first_core = min(self.core)
        for child in self.predicate.children:
            if child.i < first_core and child.i not in self.core and \
                    (child.dep_ not in self.rules.function_deps or child.dep_ in ("mark", "cc", "punct")):
                if self._is_main_clause(child):
                    self.core |= {child.i} | {c.i for c in child.children if c.dep_ in self.rules.subject_deps}
                    continue
                self.drop(child)

    def _is_main_clause(self, child) -> bool:
        """A clause with its own subject hung before the verb with no comma after it: the
        parser took the main clause for a dependent ("Trump a demandé à Zelensky | s'il
        pouvait frapper Moscou" parsed with "pouvait" at the top). It stays."""
        after = child.right_edge.i + 1
        return child.pos_ in ("VERB", "AUX") and any(c.dep_ in self.rules.subject_deps for c in child.children) \
            and not any(c.dep_ == "mark" for c in child.children) \
            and after < len(child.doc) and not is_mark(child.doc[after])

    def drop_attribution(self) -> None:
        """"selon le New York Times", ", a-t-il dit": who said it, not what happened."""
        for token in self.dependents():
            first = self.parsed[min(subtree(token))]
            opening = first.lower_ + (first.doc[first.i + 1].lower_ if first.i + 1 < len(first.doc) else "")
            if first.lower_ in self.rules.attribution_words or opening in self.rules.attribution_words \
                    or token.dep_ in self.rules.attribution_deps:
                self.drop(token)

    def prefer_name_to_title(self) -> bool:
        """"le président américain Joe Biden" → "Joe Biden": the name says who."""
        for head in [t for t in self.kept_tokens() if t.dep_ in self.rules.subject_deps
                     and t.pos_ == "NOUN" and t.text[:1].islower()]:
            name = next((c for c in head.children if c.dep_ in self.rules.name_deps and c.pos_ == "PROPN"
                         or c.dep_ == "appos" and any(d.pos_ == "PROPN" for d in c.subtree)), None)
            if name is None:
                continue
            self.hidden |= subtree(head) - subtree(name)
            self.core.add(name.i)
            return True
        return False

    def use_surnames(self) -> None:
        """"Volodymyr Zelensky" → "Zelensky", as headlines name people."""
        for start, end in self.people:
            names = [t for t in self.kept_tokens() if start <= self.offset + t.idx < end and t.pos_ == "PROPN"]
            if len(names) >= 2 and names[-1].i - names[0].i == len(names) - 1:
                self.hidden |= {t.i for t in names[:-1]}

    def removable(self, deps: frozenset[str] | None, heads: frozenset[str] = frozenset()):
        candidates = [t for t in self.dependents() if (deps is None or t.dep_ in deps)
                      and (not heads or t.head.pos_ in heads)
                      and t.dep_ not in self.rules.function_deps and not glued_name(t)
                      and not in_hyphenated_word(t)
                      and t.dep_ not in self.rules.subject_deps
                      # "ne … pas", "not": cutting it says the opposite.
                      and t.lower_ not in self.rules.negation_words
                      and not (t.dep_ in self.rules.object_deps and t.head.pos_ in ("VERB", "AUX"))
                      and not (t.dep_ in self.rules.relative_deps and t.head.lower_ in self.rules.needs_relative)]
        return [t for t in candidates if not subtree(t) & self.core]

    def cut_all(self, deps: frozenset[str], limit: int, heads: frozenset[str] = frozenset()) -> None:
        """Drop every constituent with one of ``deps`` (hanging on a word whose part of speech
        is in ``heads``, when given) while the headline is too long."""
        while len(self.render()) > limit and (candidates := self.removable(deps, heads)):
            self.drop(max(candidates, key=lambda t: (max(subtree(t)), -t.i)))

    def cut_fitting(self, deps: frozenset[str] | None, limit: int, heads: frozenset[str] = frozenset()) -> None:
        """Of the constituents with one of ``deps`` (any when None) whose cut alone makes the
        headline fit, drop the one that loses least."""
        if len(self.render()) <= limit:
            return
        fitting = [(self.loss(t), t.i, t) for t in self.removable(deps, heads) if len(self.without(t)) <= limit]
        if fitting:
            self.drop(min(fitting)[2])

    def without(self, token) -> str:
        kept = self.kept
        self.kept = kept - subtree(token)
        try:
            return self.render()
        finally:
            self.kept = kept

    def loss(self, token) -> int:
        """What a cut costs a reader: its length, and more for names and figures, which are
        what a headline is read for ("ATACMS", "50 000")."""
        words = [self.parsed[i] for i in (subtree(token) & self.kept) - self.hidden]
        return sum(len(w.text) + (INFORMATIVE_WEIGHT if w.pos_ in ("PROPN", "NUM") else 0) for w in words)

    # -- rendering ------------------------------------------------------------------------

    def render(self) -> str:
        # A comma before a cut opened what was cut ("Les missiles, [qui …,] ont frappé"); one
        # between the subject and its verb closed an aside that is gone. One after a cut
        # still opens what follows ("0,9 point[ vendredi], son plus haut niveau").
        key = (frozenset(self.kept), frozenset(self.hidden), frozenset(self.core))
        if key not in self.rendered:
            self.rendered[key] = self._render()
        return self.rendered[key]

    def _render(self) -> str:
        shown = whole_words(self.hyphenated, self.kept - self.hidden)
        verb_group = self.core - {t.i for i in self.core for t in self.parsed[i].subtree if i != self.predicate.i
                                  and self.parsed[i].dep_ in self.rules.subject_deps}
        tokens = [self.light[i] for i in sorted(shown)]
        kept_marks: list = []
        for n, t in enumerate(tokens):
            following = tokens[n + 1] if n + 1 < len(tokens) else None
            if t.text in GAP_MARKS and (t.i + 1 not in shown or following is not None and (
                    following.i in verb_group and following.i <= self.predicate.i
                    and sum(1 for m in kept_marks if m.text == ",") % 2 == 0
                    or t.i - 1 not in shown and self._in_complement(self.parsed[following.i]))
                    or self._closes_a_date(t, kept_marks[-1] if kept_marks else None)):
                continue
            kept_marks.append(t)
        tokens = kept_marks
        while True:
            before = len(tokens)
            tokens = balanced(tokens)
            while tokens and (tokens[-1].pos_ in self.rules.no_end_pos or is_mark(tokens[-1])
                              and tokens[-1].text not in PAIRS.values() or tokens[-1].text in PAIRS):
                tokens.pop()
            while tokens and is_mark(tokens[0]) and tokens[0].text not in PAIRS:
                tokens.pop(0)
            if len(tokens) == before:
                break
        pieces, previous = [], None
        for token in tokens:
            word = self._original(token)
            if previous is not None:
                if token.i == previous.i + 1:
                    gap = previous.whitespace_
                elif is_mark(token):
                    before = self.offset + token.idx - 1
                    gap = " " if before >= 0 and self.text[before].isspace() and token.text not in ",.;:)]" else ""
                else:
                    gap = "" if self._original(previous)[-1:] in "'’-" else " "
                if token.text == "," and pieces and pieces[-1] == ",":
                    continue
                pieces.append(gap)
            pieces.append(word)
            previous = token
        return tidy("".join(pieces))

    def _in_complement(self, token) -> bool:
        """True when ``token`` belongs to a verb's object or complement ("agreed[, on …,] to
        buy"), which no comma separates from its verb."""
        while token.head.i != token.i and token.head.i in self.kept:
            if token.dep_ in self.rules.object_deps and token.head.pos_ in ("VERB", "AUX"):
                return True
            token = token.head
        return False

    def _original(self, token) -> str:
        start = self.offset + token.idx
        return self.text[start:start + len(token.text)]


def make_headline(parsed, text: str, offset: int, start: int, end: int, lang: str,
                  dates=(), people=(), limit: int = MAX_HEADLINE) -> str | None:
    """The headline of the clause ``text[start:end]`` from ``parsed``, the dependency parse of
    its sentence (``parsed`` token offsets + ``offset`` index ``text``); ``dates`` are the
    (start, end) of the date expressions in the clause, ``people`` those of people's names. None when the clause has no word to build on."""
    rules = headline_rules(lang)
    headline = _Headline(parsed, text, offset, start, end, tuple(dates), tuple(people), rules)
    if headline.predicate is None:
        return None
    headline.drop_fronted()
    headline.drop_dates()
    headline.drop_attribution()
    rendered = headline.render()
    if len(rendered) <= limit:
        return rendered
    headline.prefer_name_to_title()
    headline.use_surnames()
    for _name, how, deps, heads in rules.optional:
        (headline.cut_all if how == "all" else headline.cut_fitting)(deps, limit, heads)
    # Past the rules, the rightmost constituents go, unless one cut is enough.
    while len(rendered := headline.render()) > limit and (rest := headline.removable(None)):
        headline.cut_fitting(None, limit)
        if len(headline.render()) > limit:
            headline.drop(max(rest, key=lambda t: (max(subtree(t)), -t.i)))
    return rendered if len(rendered) <= limit else cut(rendered, limit)


def _lead_length(folded: str, cues: Cues) -> int:
    """How many characters of connectors and marks open the clause ("Cependant, ", "- Et ")."""
    position = 0
    while True:
        marks = _LEADING_MARKS.match(folded, position)
        position = marks.end() if marks else position
        connector = cues.discourse.match(folded[position:])
        if not connector or not connector.group(0):
            return position
        position += connector.end()


def make_title(clause: str, folded: str, cues: Cues, limit: int = MAX_HEADLINE) -> str:
    """A title from a clause when there is no parse (``folded`` is the same clause folded).

    One line, no leading connector ("Cependant,", "Mais", "et", "alors que"), first letter
    capitalised, no closing period, cut at the last clause mark that fits.
    """
    lead = _lead_length(folded, cues)
    # A clause that is nothing but connectors keeps its words rather than vanish.
    text = clause[lead:] if len(clause[lead:].strip()) >= 3 else clause
    text = SPACES.sub(" ", text).strip()
    text = _TRAILING_MARKS.sub("", _LEADING_MARKS.sub("", text))
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    if text:
        text = text[0].upper() + text[1:]
    return text if len(text) <= limit else cut(text, limit)
