"""One article as the event builder reads it, and its sentences once spaCy has run on them.

The builder's steps pass values from one to the next: an ``Article`` (folded text, sentence
spans, the date mentions it keeps), an ``AnalysedSentence`` (the words and names of one
sentence), then dated clauses and events (``build.py``). Each sentence is analysed on its own,
so what a step reads of a sentence never depends on which other sentences ran before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from dashboard.events.entities import model_names
from dashboard.extract import fold
from dashboard.model import Document, Mention
from dashboard.temporal import find_dates

from .clauses import Word, quotations, words_of
from .nlp import Cues, cues_for, has_tagger
from .sentences import is_heading_line, sentence_spans

# How many prose sentences open an article: its lead, where the main news is told.
LEAD_SENTENCES = 3
# The opening sentences analysed up front, in one batch: twice the lead, because headings
# and one-line teasers come between the title and the lead's sentences; a lead that runs
# longer is analysed sentence by sentence when asked for.
OPENING_PROSE = 2 * LEAD_SENTENCES


@dataclass(frozen=True)
class Article:
    """A document ready for the builder: what needs no spaCy model beyond its sentencizer."""

    doc: Document
    cues: Cues
    folded: str
    # Whether the pipeline tags parts of speech (French) or the tense patterns decide alone.
    tagged: bool
    sentences: tuple[tuple[int, int], ...]
    # The date mentions outside furniture, and outside quotations for relative ones.
    mentions: tuple[Mention, ...]

    @property
    def lang(self) -> str:
        return self.doc.language

    @classmethod
    def read(cls, doc: Document, nlp) -> Article:
        folded = fold(doc.text)
        # Sentences come from the tokenizer and the punctuation rules alone; the statistical
        # components run later, only on the sentences that can become events.
        tokens = nlp.make_doc(folded)
        if nlp.has_pipe("sentencizer"):
            tokens = nlp.get_pipe("sentencizer")(tokens)
        sentences = sentence_spans(folded, ((s.start_char, s.end_char) for s in tokens.sents))
        # "il y a deux mois" inside a quotation counts from when the words were spoken, which
        # the article rarely says: such a date would look precise and be wrong.
        quoted = quotations(folded)
        mentions = tuple(
            m for m in find_dates(doc.text, doc.published, doc.language)
            # A vague span ("ces derniers jours") dates nothing: the clause is dated otherwise.
            if not m.vague
            and not any(s.start < m.end and m.start < s.end for s in doc.furniture)
            and not (m.dated_by == "relative" and any(s <= m.start and m.end <= e for s, e in quoted)))
        return cls(doc, cues_for(doc.language), folded, has_tagger(nlp), tuple(sentences), mentions)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def first_needed(self) -> list[int]:
        """The sentences surely read: those holding a date, and the opening ones that hold the
        title, the standfirst and the lead."""
        opening, prose = [], 0
        for index, (start, end) in enumerate(self.sentences):
            if prose >= OPENING_PROSE:
                break
            opening.append(index)
            prose += not is_heading_line(self.folded, start, end)
        starts = [m.start for m in self.mentions]
        dated = [i for i, (start, end) in enumerate(self.sentences)
                 if any(m.end <= end for m in self.mentions[bisect_left(starts, start):bisect_left(starts, end)])]
        return sorted({*opening, *dated})


@dataclass(frozen=True)
class AnalysedSentence:
    """One sentence after the tagger and NER, offsets into the document."""

    start: int
    end: int
    words: tuple[Word, ...]
    # (start, end, text, spaCy label) of each named entity.
    ents: tuple[tuple[int, int, str, str], ...]

    def ents_in(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        return [ent for ent in self.ents if start <= ent[0] and ent[1] <= end]


class Analyses:
    """The analysed sentences of one article, each run through spaCy at most once.

    Most sentences of an article carry no date and are never read for verbs or names; running
    spaCy on the rest only cuts its cost several-fold. ``sentence(i)`` always returns the
    analysis of sentence ``i``; the sentences ``first_needed`` names run in one batch up front.
    """

    def __init__(self, article: Article, nlp) -> None:
        self._article = article
        self._nlp = nlp
        self._done: dict[int, AnalysedSentence] = {}
        self._analyse(article.first_needed())

    def _analyse(self, indexes: Iterable[int]) -> None:
        todo = [i for i in dict.fromkeys(indexes) if i not in self._done]
        spans = [self._article.sentences[i] for i in todo]
        folded, text = self._article.folded, self._article.doc.text
        for index, (start, end), processed in zip(todo, spans,
                                                  self._nlp.pipe(folded[s:e] for s, e in spans)):
            # The model's names, trimmed of grammar words, as the original text writes them.
            self._done[index] = AnalysedSentence(
                start, end, words_of(processed, offset=start),
                tuple((s, e, text[s:e], label) for s, e, label in model_names(processed, offset=start)))

    def sentence(self, index: int) -> AnalysedSentence:
        if index not in self._done:
            self._analyse([index])
        return self._done[index]
