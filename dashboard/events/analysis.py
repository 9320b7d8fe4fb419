"""One article as the event builder reads it, and its sentences once spaCy has run on them.

The builder's steps pass values from one to the next: an ``Article`` (folded text, sentence
spans, the date mentions it keeps), an ``AnalysedSentence`` (the words and names of one
sentence), then dated clauses and events (``build.py``). Each sentence is analysed on its own,
so what a step reads of a sentence never depends on which other sentences ran before it.
"""

from __future__ import annotations

import hashlib
import os
import threading
import weakref
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from dashboard.events.entities import model_names
from dashboard.events.name_votes import NameVotes
from dashboard.extract import FurnitureIndex, fold
from dashboard.model import Document, Mention
from dashboard.temporal import find_dates

from .clauses import Word, quotations, words_of
from .nlp import Cues, cues_for, has_tagger
from .sentences import is_heading_line, sentence_spans, spacy_sentences

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
    # The document's furniture, searchable by position (a long page has thousands of spans).
    furniture: FurnitureIndex
    # What the model calls a doubtful name in the article's other sentences (run on demand).
    votes: NameVotes | None = None

    @property
    def lang(self) -> str:
        return self.doc.language

    @cached_property
    def text_digest(self) -> bytes:
        """A digest of the document's text: what a memo keys a whole article by."""
        return hashlib.blake2b(self.doc.text.encode("utf-8"), digest_size=16).digest()

    @classmethod
    def read(cls, doc: Document, nlp) -> Article:
        folded = fold(doc.text)
        furniture = FurnitureIndex(doc.furniture)
        # Sentences come from the tokenizer and the punctuation rules alone; the statistical
        # components run later, only on the sentences that can become events.
        sentences = sentences_of(nlp, folded)
        # "il y a deux mois" inside a quotation counts from when the words were spoken, which
        # the article rarely says: such a date would look precise and be wrong.
        quoted = quotations(folded)
        mentions = tuple(
            m for m in find_dates(doc.text, doc.published, doc.language)
            # A vague span ("ces derniers jours") dates nothing: the clause is dated otherwise.
            if not m.vague
            and not furniture.overlapping(m.start, m.end)
            and not (m.dated_by == "relative" and any(s <= m.start and m.end <= e for s, e in quoted)))
        votes = NameVotes(nlp, doc.text, folded, sentences, doc.language, sentence_memo(nlp, "names")) \
            if nlp.has_pipe("ner") else None
        return cls(doc, cues_for(doc.language), folded, has_tagger(nlp), tuple(sentences), mentions,
                   furniture, votes)

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


# Sentences per spaCy batch: large enough that the models' matrix products see many tokens at
# once, small enough that a batch of long sentences stays a few megabytes.
PIPE_BATCH = 256
# Sentences whose analysis a process remembers, by their text: a wire story printed by many
# outlets is analysed once. About 3 kB each (25 words), so at most about 60 MB.
REMEMBERED_SENTENCES = 20_000


# FRISE_TEXT_MEMO=0 turns every memo off: to measure what text never seen before costs.
MEMO_SWITCH = "FRISE_TEXT_MEMO"


class TextMemo:
    """The most recently used ``size`` values computed from a key (a sentence's text): a
    computation that depends on nothing else is run once for identical texts. Safe to share
    between threads (the page's sessions extract in threads of one server)."""

    def __init__(self, size: int) -> None:
        self.size = 0 if os.environ.get(MEMO_SWITCH) == "0" else size
        self._values: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable):
        """The value remembered for ``key``, or None."""
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def put(self, key: Hashable, value) -> None:
        if not self.size:
            return
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            if len(self._values) > self.size:
                self._values.popitem(last=False)

    def __len__(self) -> int:
        return len(self._values)


# One memo per pipeline: another model (a test's blank pipeline) gives other words.
_SENTENCE_MEMOS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# Articles whose sentence boundaries a process remembers, by a digest of their text: a wire
# story reprinted unchanged is not tokenized again. A digest and a few hundred offsets each.
REMEMBERED_ARTICLES = 20_000


def sentence_memo(nlp, kind: str = "sentences") -> TextMemo:
    """What ``nlp`` made lately, in this process, of each sentence text it analysed
    ("sentences"), of each article text it cut into sentences ("articles"), or of each
    sentence text its named-entity recogniser alone read for a name's votes ("names")."""
    memos = _SENTENCE_MEMOS.get(nlp)
    if memos is None:
        memos = _SENTENCE_MEMOS[nlp] = {"sentences": TextMemo(REMEMBERED_SENTENCES),
                                        "articles": TextMemo(REMEMBERED_ARTICLES),
                                        "names": TextMemo(REMEMBERED_SENTENCES)}
    return memos[kind]


def sentences_of(nlp, folded: str) -> tuple[tuple[int, int], ...]:
    """The sentence spans of an article's folded text (see ``Article.read``), cut once per text."""
    memo = sentence_memo(nlp, "articles")
    key = hashlib.blake2b(folded.encode("utf-8"), digest_size=16).digest()
    spans = memo.get(key)
    if spans is None:
        spans = tuple(sentence_spans(folded, spacy_sentences(nlp, folded)))
        memo.put(key, spans)
    return spans


def analysed(nlp, article: Article, spans: Sequence[tuple[int, int]]) -> list[AnalysedSentence]:
    """The sentences ``spans`` of ``article``, through the tagger and NER in one pass."""
    return analysed_many(nlp, [(article, start, end) for start, end in spans])


def analysed_many(nlp, pieces: Sequence[tuple[Article, int, int]]) -> list[AnalysedSentence]:
    """Each (article, start, end) sentence, of any article, through spaCy in one pass.

    One ``nlp.pipe`` over many sentences costs less than one per sentence or per article: the
    pipeline's fixed cost per call is paid once. The sentencizer is left out: these sentences
    were cut by it already, and nothing reads its marks inside them. A sentence text analysed
    before (the same dispatch in another article, or twice in this batch) is not analysed
    again: its words and names only depend on its text, and are moved to where it stands.
    """
    memo = sentence_memo(nlp)
    texts = [article.folded[start:end] for article, start, end in pieces]
    known = {text: value for text in dict.fromkeys(texts) if (value := memo.get(text)) is not None}
    todo = [text for text in dict.fromkeys(texts) if text not in known]
    skipped = [name for name in ("sentencizer",) if nlp.has_pipe(name)]
    for text, doc in zip(todo, nlp.pipe(todo, disable=skipped, batch_size=PIPE_BATCH)):
        # Plain tuples, offsets from the sentence's start: cheap to keep and to move.
        known[text] = (tuple((w.start, w.end, w.text, w.pos, w.verb_form, w.tense, w.mood)
                             for w in words_of(doc)), tuple(model_names(doc)))
        memo.put(text, known[text])
    found = []
    for (article, start, end), text in zip(pieces, texts):
        words, names = known[text]
        # The model's names, trimmed of grammar words, as the original text writes them.
        found.append(AnalysedSentence(
            start, end,
            tuple(Word(s + start, e + start, *rest) for s, e, *rest in words),
            tuple((s + start, e + start, article.doc.text[s + start:e + start], label)
                  for s, e, label in names)))
    return found


class Analyses:
    """The analysed sentences of one article, each run through spaCy at most once.

    Most sentences of an article carry no date and are never read for verbs or names; running
    spaCy on the rest only cuts its cost several-fold. ``sentence(i)`` always returns the
    analysis of sentence ``i``; the sentences ``first_needed`` names run in one batch up front,
    or come ``ready`` from a batch over several articles (``analyses_of_many``).
    """

    def __init__(self, article: Article, nlp,
                 ready: dict[int, AnalysedSentence] | None = None) -> None:
        self.article = article
        self._nlp = nlp
        self._done: dict[int, AnalysedSentence] = dict(ready or {})
        if ready is None:
            self._analyse(article.first_needed())

    def _analyse(self, indexes: Iterable[int]) -> None:
        todo = [i for i in dict.fromkeys(indexes) if i not in self._done]
        spans = [self.article.sentences[i] for i in todo]
        self._done.update(zip(todo, analysed(self._nlp, self.article, spans)))

    def sentence(self, index: int) -> AnalysedSentence:
        if index not in self._done:
            self._analyse([index])
        return self._done[index]


def analyses_of_many(articles: Sequence[Article], nlp) -> list[Analyses]:
    """Each article's Analyses, the sentences it surely reads run through spaCy together with
    those of the other articles (all in one language, ``nlp``'s)."""
    needed = [article.first_needed() for article in articles]
    pieces = [(article, *article.sentences[i])
              for article, indexes in zip(articles, needed) for i in indexes]
    results = iter(analysed_many(nlp, pieces))
    return [Analyses(article, nlp, {i: next(results) for i in indexes})
            for article, indexes in zip(articles, needed)]
