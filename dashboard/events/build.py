"""Building the events of one document: sentences, clauses, dates, titles, categories.

An event is a sentence, or a clause of one, that reports something that happened or is
planned at a known time. The time is a date expression found by ``dashboard.temporal`` in the
clause; when the article's main news has none ("Le président a autorisé…" in the lead), the
publication date stands in, but only for a lead clause in the past tense whose main verb says
what kind of event it is and which names who did it. Analysis and background never become
events without a date.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from dashboard.events.entities import Entities, entities_in
from dashboard.extract import FurnitureIndex
from dashboard.extract.compose import Composed, compose
from dashboard.model import Document, Event, Mention, Source, Span

from .analysis import LEAD_SENTENCES, AnalysedSentence, Analyses, Article, TextMemo
from .categories import categorize, main_verb_category
from .clauses import (
    PAST_KINDS,
    VerbGroup,
    is_hedged,
    is_planned,
    opens_clause_as_subject,
    split_clauses,
    verb_group,
)
from .nlp import headline_nlp, load_nlp, parse_as_one_sentence, parse_many_as_one_sentence
from .sentences import is_heading_line
from .titles import make_headline, make_title

# How much a reader may trust an event's date, by how it was found. An ordinal scale set by
# hand, not fitted: each way of dating adds one more step that can go wrong (a weekday
# counted from the wrong day, "la veille" attached to the wrong event), and a publication
# date only says "around then", so it sits at even odds.
BASE_CONFIDENCE = {"explicit": 0.9, "relative": 0.8, "anaphoric": 0.65, "publication": 0.5}
# What lowers it, on the same hand-set scale. A hedge ("selon des sources", a conditional)
# is the writer saying it is unconfirmed: two steps down.
HEDGED_PENALTY = 0.2
# Nobody named as acting: the clause may be background rather than a happening.
NO_ACTOR_PENALTY = 0.15
# No date at all (a document without a publication date): the event cannot be placed.
NO_DATE_PENALTY = 0.3
# Kept above zero so a merged event's "1 - product of doubts" still counts the source.
MIN_CONFIDENCE = 0.05

# Characters of text on each side of a clause that entities_in sees as its context: about
# two paragraphs, where the garble's context word ("OTAN" for "Mark Latte") is told.
CONTEXT_WINDOW = 3000

# spaCy labels of names that can be the subject of a clause (a person, a state, a body).
_SUBJECT_LABELS = ("PER", "PERSON", "ORG", "LOC", "GPE", "NORP")
# Labels of people, whom a long headline names by their surname.
_PERSON_LABELS = ("PER", "PERSON")


@dataclass(frozen=True)
class ProseSentence:
    """A sentence that is not furniture, trimmed of furniture at its edges; ``index`` is its
    place in ``Article.sentences``, ``in_lead`` whether it opens the article (title,
    standfirst, lead)."""

    index: int
    start: int
    end: int
    in_lead: bool


@dataclass(frozen=True)
class DatedClause:
    """A clause of a sentence, with its first finite verb and the mention that dates it;
    ``eligible`` when, undated, it may still be dated by publication (see the module doc)."""

    start: int
    end: int
    group: VerbGroup | None
    mention: Mention | None
    eligible: bool


@dataclass
class _Unit:
    """Consecutive clauses that make one event; ``key`` is the one that dates it."""

    key: DatedClause
    clauses: list[DatedClause] = field(default_factory=list)

    @property
    def end(self) -> int:
        return self.clauses[-1].end


def _period(mention: Mention) -> tuple:
    if mention.date is None:
        return ("unresolved", mention.text.lower())
    return (mention.date, mention.date_end, mention.precision)


def _trim_furniture(doc: Document, furniture: FurnitureIndex, start: int,
                    end: int) -> tuple[int, int] | None:
    """The sentence without furniture at its edges (a dateline prefix); None if furniture is inside."""
    if furniture.covers(doc.text, start, end):
        return None
    for span in furniture.overlapping(start, end):
        if span.end <= start or span.start >= end:
            continue
        if span.start <= start:
            start = span.end
        elif span.end >= end:
            end = span.start
        else:
            return None
    text = doc.text
    while start < end and not text[start].isalnum() and text[start] not in "«\"'(":
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _event_id(doc_id: str, start: int, end: int, clause_start: int, clause_end: int) -> str:
    key = f"{doc_id}:{start}:{end}:{clause_start}:{clause_end}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _confidence(dated_by: str, has_date: bool, hedged: bool, has_actor: bool) -> float:
    value = BASE_CONFIDENCE.get(dated_by, BASE_CONFIDENCE["publication"])
    value -= HEDGED_PENALTY if hedged else 0
    value -= NO_ACTOR_PENALTY if not has_actor else 0
    value -= NO_DATE_PENALTY if not has_date else 0
    return round(max(MIN_CONFIDENCE, min(1.0, value)), 2)


# Clauses whose entities a process remembers: a wire story printed again names the same
# people in the same words and context. Four short tuples each.
REMEMBERED_ENTITIES = 20_000
_ENTITIES = TextMemo(REMEMBERED_ENTITIES)


def _entities(article: Article, sentence: AnalysedSentence, start: int, end: int) -> Entities:
    # The context tells a capitalised common word from a name ("Objectif" and "l'objectif");
    # a window around the clause keeps long articles linear.
    text = article.doc.text
    context = text[max(0, start - CONTEXT_WINDOW):end + CONTEXT_WINDOW]
    ner = tuple((name, label) for _, _, name, label in sentence.ents_in(start, end))
    votes = article.votes.kinds if article.votes is not None else None
    # What entities_in reads: the clause, the model's names, the context by a digest (kept
    # whole, 6 kB a clause would add up) and, through the votes, the whole article's text.
    key = (article.lang, text[start:end], ner,
           hashlib.blake2b(context.encode("utf-8"), digest_size=16).digest(),
           article.text_digest if votes is not None else None)
    found = _ENTITIES.get(key)
    if found is None:
        found = entities_in(text[start:end], article.lang, ner=list(ner), context=context, votes=votes)
        _ENTITIES.put(key, found)
    return found


def _names_subject(article: Article, sentence: AnalysedSentence, clause_start: int,
                   group: VerbGroup) -> bool:
    """True when the clause names who acted before its verb: a known actor or a name."""
    found = _entities(article, sentence, clause_start, group.start)
    if found.actors or found.organisations:
        return True
    return any(clause_start <= s and e <= group.start and label in _SUBJECT_LABELS
               for s, e, _, label in sentence.ents)


def prose_sentences(article: Article, analyses: Analyses) -> list[ProseSentence]:
    """Every sentence that is not furniture, with whether it belongs to the opening.

    Headings are left out, except those above the first sentence of prose: the article's
    title and standfirst, which tell the main news as much as the lead does. The lead is
    the first ``LEAD_SENTENCES`` sentences with a finite verb.
    """
    found, lead_left, in_body = [], LEAD_SENTENCES, False
    for index, (start, end) in enumerate(article.sentences):
        trimmed = _trim_furniture(article.doc, article.furniture, start, end)
        if trimmed is None:
            continue
        if is_heading_line(article.folded, *trimmed):
            if not in_body:
                found.append(ProseSentence(index, *trimmed, in_lead=True))
            continue
        in_body = True
        # Past the lead, whether the sentence has a verb changes nothing: it is not tagged.
        has_verb = lead_left > 0 and verb_group(
            article.folded, *trimmed, analyses.sentence(index).words, article.cues,
            article.tagged) is not None
        found.append(ProseSentence(index, *trimmed, in_lead=has_verb))
        lead_left -= 1 if has_verb else 0
    return found


def _split_at_dated_phrases(article: Article, start: int, end: int,
                            mentions: list[Mention]) -> list[tuple[int, int]]:
    """Cut a clause that dates two happenings before the phrase that carries the second
    date: "déclenchée | par l'appel de Trump avec Poutine un jour avant". Without such a
    phrase opener the clause stays whole: one verb, one event."""
    inside = [m for m in mentions if start <= m.start < end]
    cuts = []
    for previous, mention in pairwise(inside):
        if _period(previous) == _period(mention):
            continue
        openers = list(article.cues.phrase_openers.finditer(article.folded, previous.end, mention.start))
        if openers:
            cuts.append(openers[-1].start())
    return list(pairwise([start, *cuts, end]))


def dated_clauses(article: Article, sentence: AnalysedSentence,
                  prose: ProseSentence) -> list[DatedClause]:
    """The clauses of a prose sentence, each with its verb and the mention that dates it."""
    folded, cues, tagged, words = article.folded, article.cues, article.tagged, sentence.words
    mentions = article.mentions_in(prose.start, prose.end)
    parts = split_clauses(folded, prose.start, prose.end, words, cues, tagged,
                          [(m.start, m.end) for m in mentions])
    parts = [piece for part in parts for piece in _split_at_dated_phrases(article, *part, mentions)]
    clauses = []
    for s, e in parts:
        group = verb_group(folded, s, e, words, cues, tagged)
        mention = next((m for m in mentions if s <= m.start < e and not opens_clause_as_subject(
            folded, s, m.start, m.end, words, cues, tagged)), None)
        eligible = (mention is None and prose.in_lead and group is not None
                    and group.kind in PAST_KINDS
                    and main_verb_category(group.main, article.lang) is not None
                    and _names_subject(article, sentence, s, group))
        clauses.append(DatedClause(s, e, group, mention, eligible))
    return clauses


def _verbless_event_clauses(article: Article, clauses: list[DatedClause]) -> list[DatedClause]:
    """A sentence without a finite verb is an event only when it is dated in full and says
    what happened: "4 juillet 2025 : appel entre Trump et Zelensky."."""
    dated = [c for c in clauses if c.mention is not None and c.mention.dated_by == "explicit"]
    text = article.folded[clauses[0].start:clauses[-1].end]
    if dated and categorize(text, article.lang) != "other":
        return clauses
    return []


def units(clauses: list[DatedClause]) -> list[_Unit]:
    """Group clauses into events: a new event where the period changes.

    Undated lead clauses make one event dated by publication only when they come before
    every dated clause of the sentence; after a dated clause they continue its story.
    Other undated clauses belong to the event before them (or after, at the start).
    """
    found: list[_Unit] = []
    waiting: list[DatedClause] = []
    for clause in clauses:
        last = found[-1] if found else None
        if clause.mention is not None:
            new = last is None or last.key.mention is None or \
                _period(last.key.mention) != _period(clause.mention)
        else:
            new = clause.eligible and last is None
        if new:
            found.append(_Unit(clause, waiting + [clause]))
            waiting = []
        elif last is None:
            waiting.append(clause)
        else:
            last.clauses.append(clause)
    return found


# Headlines a process remembers, by everything they are made from (see _headline): strings,
# small enough to keep as many as the sentences.
REMEMBERED_HEADLINES = 20_000
_HEADLINES = TextMemo(REMEMBERED_HEADLINES)
# The sentences (language, folded text) parsed for headlines lately, ahead or not: not parsed
# ahead again (those that gave events have their headlines remembered).
_HEADLINED = TextMemo(REMEMBERED_HEADLINES)
# Parsed sentences a process keeps: the clauses of one sentence are headlined one after the
# other, each from the same parse. A parse holds its token vectors (tens of kB): few are kept.
REMEMBERED_PARSES = 64
_PARSES = TextMemo(REMEMBERED_PARSES)
# The parses of the sentences a batch of documents is about to headline, made in one go by
# ``parsing_ahead`` (a context of its own per thread).
_AHEAD: contextvars.ContextVar[dict | None] = contextvars.ContextVar("headline_parses_ahead", default=None)


def _headline(article: Article, sentence: AnalysedSentence, start: int, end: int) -> str:
    """The event's headline from its clause's parse, or the cleaned clause without one.

    A headline depends only on its sentence's text (folded, and as written), the character
    before it, where the clause and its dates and people's names stand in it, and the
    language: the same clause of a wire story printed again is not parsed again.
    """
    text, at = article.doc.text, sentence.start
    dates = tuple((m.start - at, m.end - at) for m in article.mentions_in(start, end))
    people = tuple((s - at, e - at) for s, e, _, label in sentence.ents_in(start, end)
                   if label in _PERSON_LABELS)
    key = (article.lang, article.folded[at:sentence.end], text[max(0, at - 1):sentence.end],
           start - at, end - at, dates, people)
    headline = _HEADLINES.get(key)
    if headline is None:
        headline = _new_headline(article, sentence, start, end, dates, people)
        _HEADLINES.put(key, headline)
        _HEADLINED.put(key[:2], True)
    return headline


def _new_headline(article: Article, sentence: AnalysedSentence, start: int, end: int,
                  dates: tuple, people: tuple) -> str:
    text, folded, at = article.doc.text, article.folded, sentence.start
    nlp = headline_nlp(article.lang)
    if nlp is not None:
        key = (article.lang, folded[at:sentence.end])
        parsed = (_AHEAD.get() or {}).get(key) or _PARSES.get(key)
        if parsed is None:
            parsed = parse_as_one_sentence(nlp, key[1])
            _PARSES.put(key, parsed)
        headline = make_headline(parsed, text, at, start, end, article.lang,
                                 [(s + at, e + at) for s, e in dates],
                                 [(s + at, e + at) for s, e in people])
        if headline:
            return headline
    return make_title(text[start:end], folded[start:end], article.cues)


@contextlib.contextmanager
def parsing_ahead(batch: Iterable[Analyses]):
    """Within this context, the sentences the articles of ``batch`` surely read (their opening
    and dated ones, ``Article.first_needed``) are parsed for headlines already, in one batch per
    language: most of them become events, and a batch parses a sentence for about half the
    cost of parsing it alone. The parse of a sentence is the same either way. A sentence
    parsed lately (a wire copy) is left out: its headlines are remembered, and one it did not
    give would be parsed alone."""
    wanted: dict[str, dict[str, None]] = {}
    for analyses in batch:
        article = analyses.article
        for index in article.first_needed():
            start, end = article.sentences[index]
            key = (article.lang, article.folded[start:end])
            if _HEADLINED.get(key) is None and _PARSES.get(key) is None:
                wanted.setdefault(article.lang, {})[key[1]] = None
    ahead = {}
    for lang, texts in wanted.items():
        nlp = headline_nlp(lang)
        if nlp is not None:
            ahead.update(((lang, text), parsed)
                         for text, parsed in zip(texts, parse_many_as_one_sentence(nlp, list(texts))))
    for key in ahead:
        _HEADLINED.put(key, True)
    token = _AHEAD.set(ahead)
    try:
        yield
    finally:
        _AHEAD.reset(token)


def _when(mention: Mention | None, published) -> tuple[dict, dict]:
    """The event's date fields and its source's mention fields: from the mention that dates
    it, or from the publication date standing in."""
    if mention is not None:
        return ({"date": mention.date, "date_end": mention.date_end, "precision": mention.precision,
                 "dated_by": mention.dated_by, "anchor": mention.anchor,
                 "anchor_kind": mention.anchor_kind, "why": mention.why, "marker": mention.marker},
                {"date_text": mention.text, "mention_start": mention.start, "mention_end": mention.end})
    return ({"date": published, "date_end": published, "precision": "day" if published else None,
             "dated_by": "publication", "anchor": published,
             "anchor_kind": "publication" if published else None},
            {"date_text": None, "mention_start": None, "mention_end": None})


def event_of(article: Article, sentence: AnalysedSentence, prose: ProseSentence, unit: _Unit,
             first: bool) -> Event:
    """The event a unit of clauses reports, with the whole sentence as its source."""
    doc, text, folded, cues = article.doc, article.doc.text, article.folded, article.cues
    start, end = prose.start, prose.end
    # The title starts at the clause that dates the event, unless that opens the sentence,
    # and without the connector that opened the clause ("après que", "où").
    title_start = start
    if not first:
        connector = cues.connectors.match(folded, unit.key.start) or \
            cues.phrase_openers.match(folded, unit.key.start)
        title_start = connector.end() if connector else unit.key.start
    title = _headline(article, sentence, title_start, unit.end)
    found = _entities(article, sentence, title_start, unit.end)
    # "Il a déclaré": the clause names nobody, the sentence may; a clause that names a
    # place but no actor ("Kiev a lancé") must not borrow one from elsewhere.
    actors = found.actors or (() if found.places else _entities(article, sentence, start, end).actors)
    mention = unit.key.mention
    when, mention_fields = _when(mention, doc.published)
    group = unit.key.group
    hedged = is_hedged(folded, start, end, cues, group)
    planned = (mention is not None and mention.future) or is_planned(folded, cues, group)
    source = Source(doc_id=doc.doc_id, excerpt=text[start:end], start=start, end=end,
                    **mention_fields, **when)
    return Event(
        id=_event_id(doc.doc_id, start, end, title_start, unit.end),
        title=title,
        date_text=mention_fields["date_text"],
        category=categorize(folded[title_start:unit.end], article.lang, group.main if group else ""),
        actors=actors, organisations=found.organisations, places=found.places, weapons=found.weapons,
        sources=(source,),
        confidence=_confidence(when["dated_by"], when["date"] is not None, hedged, bool(actors)),
        status="planned" if planned else "happened",
        language=article.lang,
        date_source=doc.doc_id,
        **when,
    )


def build_events(doc: Document, nlp=None, analyses: Analyses | None = None) -> list[Event]:
    """The events one document reports, in text order; [] for a document that could not be read.

    Each event has exactly one Source: the whole sentence, cut from ``doc.text``, with the
    offsets of its date expression. The steps hand values on: the article, its prose
    sentences, each one analysed, its dated clauses, the units of clauses, the events.
    ``analyses`` is the article already read and its opening sentences analysed, when a
    batch of documents went through spaCy together (``analysis.analyses_of_many``); the
    events are the same either way.
    """
    if doc.error or not doc.text.strip():
        return []
    composed = compose(doc.text)
    if not composed.changed:
        return _events_of(doc, nlp, analyses)
    # A batch's analyses read the file's own text: the rules must read the composed one.
    nlp = nlp if nlp is not None else load_nlp(doc.language)
    # Decomposed accents: the rules read the composed text, the sources cut the file's own.
    to_composed = composed.to_composed
    work = replace(doc, text=composed.text, furniture=tuple(
        Span(to_composed(s.start), to_composed(s.end), s.reason) for s in doc.furniture))
    return [_in_original(event, composed) for event in _events_of(work, nlp, None)]


def _in_original(event: Event, composed: Composed) -> Event:
    """``event`` with its source's offsets, excerpt and date text moved into the original text."""
    back = composed.to_original
    sources = []
    for source in event.sources:
        start, end = back(source.start), back(source.end)
        mention = {}
        if source.mention_start is not None:
            mention_start, mention_end = back(source.mention_start), back(source.mention_end)
            mention = {"mention_start": mention_start, "mention_end": mention_end,
                       "date_text": composed.original[mention_start:mention_end]}
        sources.append(replace(source, start=start, end=end, excerpt=composed.original[start:end], **mention))
    date_text = sources[0].date_text if event.date_text is not None else None
    return replace(event, sources=tuple(sources), date_text=date_text)


def _events_of(doc: Document, nlp, analyses: Analyses | None) -> list[Event]:
    if analyses is None:
        nlp = nlp if nlp is not None else load_nlp(doc.language)
        analyses = Analyses(Article.read(doc, nlp), nlp)
    article = analyses.article
    events = []
    for prose in prose_sentences(article, analyses):
        # Past the lead, only a sentence with a date can report an event.
        if not prose.in_lead and not article.mentions_in(prose.start, prose.end):
            continue
        sentence = analyses.sentence(prose.index)
        clauses = dated_clauses(article, sentence, prose)
        if all(c.group is None for c in clauses):
            clauses = _verbless_event_clauses(article, clauses)
        for unit in units(clauses):
            first = unit.key.start == clauses[0].start
            events.append(event_of(article, sentence, prose, unit, first))
    return events
