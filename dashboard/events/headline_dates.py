"""What a headline drops because the timeline already shows it: the date and the time.

A mixin of ``titles._Headline``: it reads the headline's parse, its kept and hidden tokens and
the (start, end) of the clause's date expressions and times of day (``self.dates``).
"""

from __future__ import annotations

from .headline_words import subtree

# How many words a date's constituent may hold besides the date and still go with it
# ("dès le", "depuis le", "early on", at most one of them an adverb or adjective, none a
# noun): more, and it says something else too ("des missiles en février").
DATE_PHRASE_EXTRA_WORDS = 3


class DateCuts:
    """The cuts of dates, times and the words that only say "when" beside them."""

    def _in_date(self, token) -> bool:
        at = self.offset + token.idx
        return any(start <= at < end for start, end in self.dates)

    def drop_dates(self) -> None:
        """The constituents that hold a date: the timeline already shows it. A constituent
        inside a date expression goes whatever its label (the parser takes "lundi" for an
        object now and then); one that holds a date and a few words more ("dès le 6 novembre",
        "le 14 mai au soir") goes when it is an adjunct."""
        before = set(self.kept)
        for start, end in self.dates:
            for token in sorted(self.dependents(), key=lambda t: -len(subtree(t))):
                starts = self._starts(token) if token.i in self.kept else []
                if starts and not subtree(token) & self.core and all(start <= at < end for at in starts):
                    self.drop(token)
            for token in sorted(self.dependents(), key=lambda t: len(subtree(t))):
                if token.dep_ not in self.rules.date_deps or subtree(token) & self.core:
                    continue
                overlaps = any(start <= self.offset + self.parsed[i].idx < end for i in subtree(token))
                outside = [self.parsed[i] for i in subtree(token) & self.kept if self.parsed[i].pos_ != "PUNCT"
                           and not start <= self.offset + self.parsed[i].idx < end]
                content = [w for w in outside if w.pos_ not in ("DET", "ADP")]
                if overlaps and len(outside) <= DATE_PHRASE_EXTRA_WORDS and len(content) <= 1 \
                        and all(w.pos_ in ("ADV", "ADJ") for w in content):
                    self.drop(token)
                    break
            # "le 6 août" taken for an object: the date and its determiner, whatever the label.
            for token in self.dependents():
                words = [self.parsed[i] for i in subtree(token) & self.kept if self.parsed[i].pos_ != "PUNCT"]
                inside = [w for w in words if start <= self.offset + w.idx < end]
                if inside and not subtree(token) & self.core and \
                        all(w in inside or w.pos_ in ("DET", "ADP") for w in words):
                    self.drop(token)
        self._hide_date_heads()
        self._drop_date_leftovers(before)

    def _function_word(self, token) -> bool:
        return token.pos_ in ("DET", "ADP", "PUNCT") or token.dep_ in self.rules.function_deps

    def _hide_date_heads(self) -> None:
        """A date word the parser made the head of the clause's other words ("tiendra mardi
        prochain une assemblée", "assemblée" under "prochain") is hidden, not written, and
        what hangs on it stays; so do the date's own little words ("dès le")."""
        for token in self.kept_tokens():
            if token.i in self.core or not self._in_date(token):
                continue
            words = [self.parsed[i] for i in subtree(token) & self.kept]
            if any(not self._in_date(w) and not self._function_word(w) for w in words):
                self.hidden |= {w.i for w in words if self._in_date(w)}
                self.hidden |= {c.i for c in token.children if c.i < token.i and c.i in self.kept
                                and self._function_word(c) and not c.is_punct}

    def _drop_date_leftovers(self, before: set[int]) -> None:
        """Words that say only "when" and stood beside a date that is gone ("le lendemain
        matin", "on the night of June 3", "starting in January") go with it, with their own
        little words; one that other words hang on stays."""
        gone = before - self.kept
        for token in self.dependents():
            if token.lower_ not in self.rules.date_leftover_words or token.i not in self.kept:
                continue
            beside = {token.i - 1, token.i + 1} | {c.i for c in token.children}
            words = [self.parsed[i] for i in subtree(token) & self.kept if i != token.i]
            if beside & gone and all(self._function_word(w) for w in words):
                self.drop(token)
                # "on [the night]": the preposition that opened it has nothing left to open.
                head = token.head
                if head.i in self.kept and head.i not in self.core and head.pos_ == "ADP" and \
                        all(self._function_word(self.parsed[i]) for i in subtree(head) & self.kept):
                    self.drop(head)

    def _starts(self, token) -> list[int]:
        """Where the kept words of ``token``'s subtree start in the text, punctuation aside."""
        return [self.offset + self.parsed[i].idx for i in subtree(token) & self.kept
                if self.parsed[i].pos_ != "PUNCT"]

    def _closes_a_date(self, mark, previous) -> bool:
        """The comma that closes an aside inside a date or time that is gone ("a décollé[ à
        16 heures, heure de Guyane], depuis Kourou"): the comma that opened it went with the
        date, so this one goes too. One after a plain date still parts what follows ("hit
        Agadir[ in 1960], killing")."""
        if previous is None or mark.i - 1 == previous.i:
            return False
        gap = self.parsed[previous.i + 1:mark.i]
        return all(t.is_punct or self._in_date(t) for t in gap) and \
            sum(1 for t in gap if t.text == mark.text) % 2 == 1
