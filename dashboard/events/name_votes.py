"""What the model calls a name in the rest of the article: its votes on a doubtful name's kind.

The small models often label one occurrence of a name wrongly ("Nvidia" a place, "Enedis" a
person) and another right. Only the sentences that can become events go through the whole
pipeline; to read a name's other occurrences, the sentences of the article that write it are
run through the named-entity recogniser alone (its own embedding layer: no tagger, no parser),
only when the entity pass asks about a doubtful name, and each sentence at most once; a
sentence text the process ran before (wire copy reprinted) is not run again, its names coming
from ``memo`` (they depend only on its text).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from dashboard.events.entities import NER_KIND, model_names, trim_name
from dashboard.events.gazetteer import normal_name

# A name is looked up in at most this many of the article's sentences: a name written more
# often than that has said what it is long before, and a long page must stay linear.
MAX_SENTENCES_PER_NAME = 12


class NameVotes:
    """The model's labels for the names of one article, sentence by sentence, on demand."""

    def __init__(self, nlp, text: str, folded: str, sentences: Sequence[tuple[int, int]], lang: str,
                 memo=None) -> None:
        self._nlp = nlp
        # Folded sentence text -> its names, offsets from the sentence's start (a TextMemo).
        self._memo = memo
        self._text = text
        self._folded = folded
        self._sentences = tuple(sentences)
        self._lang = lang
        self._names: dict[int, tuple[tuple[str, str], ...]] = {}
        self._asked: dict[str, Counter] = {}

    def _names_in(self, indexes: list[int]) -> None:
        todo = [i for i in indexes if i not in self._names]
        if not todo:
            return
        texts = {i: self._folded[slice(*self._sentences[i])] for i in todo}
        known = {i: found for i in todo if self._memo is not None and (found := self._memo.get(texts[i])) is not None}
        unknown = [i for i in todo if i not in known]
        others = [name for name in self._nlp.pipe_names if name != "ner"]
        for index, doc in zip(unknown, self._nlp.pipe((texts[i] for i in unknown), disable=others)):
            known[index] = tuple(model_names(doc))
            if self._memo is not None:
                self._memo.put(texts[index], known[index])
        for index in todo:
            start = self._sentences[index][0]
            self._names[index] = tuple((self._text[s + start:e + start], label) for s, e, label in known[index])

    def kinds(self, name: str) -> Counter:
        """How often the model calls ``name`` a person, an organisation or a place in the
        article (a Counter of "person", "organisation", "place"), counting spans that are the
        name itself once titles, articles and a possessive are trimmed."""
        key = normal_name(name)
        if key in self._asked:
            return self._asked[key]
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        indexes = [i for i, (s, e) in enumerate(self._sentences) if pattern.search(self._text, s, e)]
        indexes = indexes[:MAX_SENTENCES_PER_NAME]
        self._names_in(indexes)
        votes: Counter = Counter()
        for index in indexes:
            for surface, label in self._names[index]:
                kind = NER_KIND.get(label)
                if kind and normal_name(trim_name(surface, self._lang, person=kind == "person")) == key:
                    votes[kind] += 1
        self._asked[key] = votes
        return votes
