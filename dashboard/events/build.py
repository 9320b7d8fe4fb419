"""Building the events of one document: sentences, clauses, dates, titles, categories.

An event is a sentence, or a clause of one, that reports something that happened or is
planned at a known time. The time is a date expression found by ``dashboard.temporal`` in the
clause; when the article's main news has none ("Le président a autorisé…" in the lead), the
publication date stands in, but only for a lead clause in the past tense whose main verb says
what kind of event it is and which names who did it. Analysis and background never become
events without a date.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

from dashboard.events.entities import entities_in
from dashboard.extract import fold, is_furniture
from dashboard.model import Document, Event, Mention, Source
from dashboard.temporal import find_dates

from .categories import categorize, main_verb_category
from .clauses import (
    PAST_KINDS,
    VerbGroup,
    Word,
    is_hedged,
    is_planned,
    opens_clause_as_subject,
    quotations,
    split_clauses,
    verb_group,
    words_of,
)
from .nlp import Cues, cues_for, has_tagger, headline_nlp, load_nlp, parse_as_one_sentence
from .sentences import is_heading_line, sentence_spans
from .titles import make_headline, make_title

# How many prose sentences open an article: its lead, where the main news is told.
LEAD_SENTENCES = 3

# How much a reader may trust an event's date, by how it was found; then what lowers it.
BASE_CONFIDENCE = {"explicit": 0.9, "relative": 0.8, "anaphoric": 0.65, "publication": 0.5}
HEDGED_PENALTY = 0.2
NO_ACTOR_PENALTY = 0.15
NO_DATE_PENALTY = 0.3
MIN_CONFIDENCE = 0.05

# Characters of text on each side of a clause that entities_in sees as its context.
CONTEXT_WINDOW = 3000

# spaCy labels of names that can be the subject of a clause (a person, a state, a body).
_SUBJECT_LABELS = ("PER", "PERSON", "ORG", "LOC", "GPE", "NORP")
# Labels of people, whom a long headline names by their surname.
_PERSON_LABELS = ("PER", "PERSON")


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    group: VerbGroup | None
    mention: Mention | None
    eligible: bool


@dataclass
class _Unit:
    """Consecutive clauses that make one event; ``key`` is the one that dates it."""

    key: _Segment
    segments: list[_Segment] = field(default_factory=list)

    @property
    def end(self) -> int:
        return self.segments[-1].end


def _period(mention: Mention) -> tuple:
    if mention.date is None:
        return ("unresolved", mention.text.lower())
    return (mention.date, mention.date_end, mention.precision)


def _trim_furniture(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The sentence without furniture at its edges (a dateline prefix); None if furniture is inside."""
    if is_furniture(doc, start, end):
        return None
    for span in sorted(doc.furniture, key=lambda s: s.start):
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
    value = BASE_CONFIDENCE.get(dated_by, 0.5)
    value -= HEDGED_PENALTY if hedged else 0
    value -= NO_ACTOR_PENALTY if not has_actor else 0
    value -= NO_DATE_PENALTY if not has_date else 0
    return round(max(MIN_CONFIDENCE, min(1.0, value)), 2)


class _Builder:
    """The state shared by the sentences of one document."""

    def __init__(self, doc: Document, nlp) -> None:
        self.doc = doc
        self.lang = doc.language
        self.nlp = nlp
        self.cues: Cues = cues_for(self.lang)
        self.folded = fold(doc.text)
        self.tagged = has_tagger(nlp)
        # Sentences come from the tokenizer and the punctuation rules alone; the statistical
        # components run later, only on the sentences that can become events.
        tokens = nlp.make_doc(self.folded)
        if nlp.has_pipe("sentencizer"):
            tokens = nlp.get_pipe("sentencizer")(tokens)
        self.sentences = sentence_spans(self.folded, ((s.start_char, s.end_char) for s in tokens.sents))
        # "il y a deux mois" inside a quotation counts from when the words were spoken, which
        # the article rarely says: such a date would look precise and be wrong.
        quoted = quotations(self.folded)
        self.mentions = tuple(
            m for m in find_dates(doc.text, doc.published, self.lang)
            if not any(s.start < m.end and m.start < s.end for s in doc.furniture)
            and not (m.dated_by == "relative" and any(s <= m.start and m.end <= e for s, e in quoted)))
        self.words: tuple[Word, ...] = ()
        self.ents: tuple[tuple[int, int, str, str], ...] = ()
        self.analysed: set[int] = set()
        self.parses: dict[int, object] = {}
        self.analyse(self.first_needed())

    def first_needed(self) -> list[int]:
        """The sentences surely read: those holding a date, and the opening ones that hold the
        title, the standfirst and the lead (more are analysed on demand if the lead runs on)."""
        opening, prose = [], 0
        for index, (start, end) in enumerate(self.sentences):
            if prose >= 2 * LEAD_SENTENCES:
                break
            opening.append(index)
            prose += not is_heading_line(self.folded, start, end)
        starts = [m.start for m in self.mentions]
        dated = [i for i, (start, end) in enumerate(self.sentences)
                 if any(m.end <= end for m in self.mentions[bisect_left(starts, start):bisect_left(starts, end)])]
        return sorted({*opening, *dated})

    def analyse(self, indexes) -> None:
        """Run the pipeline's tagger and NER on these sentences (by index), once each.

        Most sentences of an article carry no date and are never read for verbs or names;
        running spaCy on the rest only cuts its cost several-fold. Offsets are shifted back
        into the document.
        """
        todo = [i for i in dict.fromkeys(indexes) if i not in self.analysed]
        if not todo:
            return
        self.analysed.update(todo)
        words, ents = list(self.words), list(self.ents)
        spans = [self.sentences[i] for i in todo]
        for (start, end), processed in zip(spans, self.nlp.pipe(self.folded[s:e] for s, e in spans)):
            words += words_of(processed, offset=start)
            ents += [(e.start_char + start, e.end_char + start, e.text, e.label_) for e in processed.ents]
        self.words = tuple(sorted(words, key=lambda w: w.start))
        self.ents = tuple(sorted(ents))

    def analyse_range(self, start: int, end: int) -> None:
        """Make sure every sentence overlapping [start, end) has been analysed."""
        self.analyse(i for i, (s, e) in enumerate(self.sentences) if s < end and start < e)

    def ner_in(self, start: int, end: int) -> list[tuple[str, str]]:
        return [(text, label) for s, e, text, label in self.ents if start <= s and e <= end]

    def entities(self, start: int, end: int):
        # The context disambiguates garbles ("Mark Latte" near "OTAN"); entities_in folds it on
        # every call, so a window around the clause keeps long articles linear.
        context = self.doc.text[max(0, start - CONTEXT_WINDOW):end + CONTEXT_WINDOW]
        return entities_in(self.doc.text[start:end], self.lang, ner=self.ner_in(start, end),
                           context=context)

    def names_subject(self, segment_start: int, group: VerbGroup) -> bool:
        """True when the clause names who acted before its verb: a known actor or a name."""
        if self.entities(segment_start, group.start).actors:
            return True
        return any(segment_start <= s and e <= group.start and label in _SUBJECT_LABELS
                   for s, e, _, label in self.ents)

    def prose_sentences(self) -> list[tuple[int, int, bool]]:
        """(start, end, in_lead) for every sentence that is not furniture.

        Headings are left out, except those above the first sentence of prose: the article's
        title and standfirst, which tell the main news as much as the lead does.
        """
        found, lead_left, in_body = [], LEAD_SENTENCES, False
        for start, end in self.sentences:
            trimmed = _trim_furniture(self.doc, start, end)
            if trimmed is None:
                continue
            if is_heading_line(self.folded, *trimmed):
                if not in_body:
                    found.append((*trimmed, True))
                continue
            in_body = True
            # Past the lead, whether the sentence has a verb changes nothing: it is not tagged.
            has_verb = lead_left > 0 and self.has_verb(*trimmed)
            found.append((*trimmed, has_verb))
            lead_left -= 1 if has_verb else 0
        return found

    def has_verb(self, start: int, end: int) -> bool:
        self.analyse_range(start, end)
        return verb_group(self.folded, start, end, self.words, self.cues, self.tagged) is not None

    def segments(self, start: int, end: int, in_lead: bool) -> list[_Segment]:
        self.analyse_range(start, end)
        mentions = [m for m in self.mentions if start <= m.start and m.end <= end]
        parts = split_clauses(self.folded, start, end, self.words, self.cues, self.tagged,
                              [(m.start, m.end) for m in mentions])
        parts = [piece for part in parts for piece in self.split_at_dated_phrases(*part, mentions)]
        segments = []
        for s, e in parts:
            group = verb_group(self.folded, s, e, self.words, self.cues, self.tagged)
            mention = next((m for m in mentions if s <= m.start < e and not opens_clause_as_subject(
                self.folded, s, m.start, m.end, self.words, self.cues, self.tagged)), None)
            eligible = (mention is None and in_lead and group is not None and group.kind in PAST_KINDS
                        and main_verb_category(group.main, self.lang) is not None
                        and self.names_subject(s, group))
            segments.append(_Segment(s, e, group, mention, eligible))
        return segments

    def split_at_dated_phrases(self, start: int, end: int,
                               mentions: list[Mention]) -> list[tuple[int, int]]:
        """Cut a clause that dates two happenings before the phrase that carries the second
        date: "déclenchée | par l'appel de Trump avec Poutine un jour avant". Without such a
        phrase opener the clause stays whole: one verb, one event."""
        inside = [m for m in mentions if start <= m.start < end]
        cuts = []
        for previous, mention in pairwise(inside):
            if _period(previous) == _period(mention):
                continue
            openers = list(self.cues.phrase_openers.finditer(self.folded, previous.end, mention.start))
            if openers:
                cuts.append(openers[-1].start())
        return list(pairwise([start, *cuts, end]))

    def units(self, segments: list[_Segment]) -> list[_Unit]:
        """Group clauses into events: a new event where the period changes.

        Undated lead clauses make one event dated by publication only when they come before
        every dated clause of the sentence; after a dated clause they continue its story.
        Other undated clauses belong to the event before them (or after, at the start).
        """
        units: list[_Unit] = []
        waiting: list[_Segment] = []
        for segment in segments:
            last = units[-1] if units else None
            if segment.mention is not None:
                new = last is None or last.key.mention is None or \
                    _period(last.key.mention) != _period(segment.mention)
            else:
                new = segment.eligible and last is None
            if new:
                units.append(_Unit(segment, waiting + [segment]))
                waiting = []
            elif last is None:
                waiting.append(segment)
            else:
                last.segments.append(segment)
        return units

    def event(self, sentence: tuple[int, int], unit: _Unit, first: bool) -> Event:
        doc, text = self.doc, self.doc.text
        start, end = sentence
        # The title starts at the clause that dates the event, unless that opens the sentence,
        # and without the connector that opened the clause ("après que", "où").
        title_start = start
        if not first:
            connector = self.cues.connectors.match(self.folded, unit.key.start) or \
                self.cues.phrase_openers.match(self.folded, unit.key.start)
            title_start = connector.end() if connector else unit.key.start
        title = self.headline(title_start, unit)
        found = self.entities(title_start, unit.end)
        # "Il a déclaré": the clause names nobody, the sentence may; a clause that names a
        # place but no actor ("Kiev a lancé") must not borrow one from elsewhere.
        actors = found.actors or (() if found.places else self.entities(start, end).actors)
        mention = unit.key.mention
        if mention is not None:
            when = {"date": mention.date, "date_end": mention.date_end, "precision": mention.precision,
                    "dated_by": mention.dated_by, "anchor": mention.anchor, "anchor_kind": mention.anchor_kind}
            mention_fields = {"date_text": mention.text, "mention_start": mention.start,
                              "mention_end": mention.end}
        else:
            published = doc.published
            when = {"date": published, "date_end": published, "precision": "day" if published else None,
                    "dated_by": "publication", "anchor": published,
                    "anchor_kind": "publication" if published else None}
            mention_fields = {"date_text": None, "mention_start": None, "mention_end": None}
        group = unit.key.group
        hedged = is_hedged(self.folded, start, end, self.cues, group)
        planned = (mention is not None and mention.future) or \
            is_planned(self.folded, self.cues, group)
        source = Source(doc_id=doc.doc_id, excerpt=text[start:end], start=start, end=end,
                        **mention_fields, **when)
        return Event(
            id=_event_id(doc.doc_id, start, end, title_start, unit.end),
            title=title,
            date_text=mention_fields["date_text"],
            category=categorize(self.folded[title_start:unit.end], self.lang, group.main if group else ""),
            actors=actors, places=found.places, weapons=found.weapons,
            sources=(source,),
            confidence=_confidence(when["dated_by"], when["date"] is not None, hedged, bool(actors)),
            status="planned" if planned else "happened",
            language=self.lang,
            date_source=doc.doc_id,
            **when,
        )

    def headline(self, start: int, unit: _Unit) -> str:
        """The event's headline from its clause's parse, or the cleaned clause without one."""
        end = unit.end
        index = bisect_left(self.sentences, (start + 1,)) - 1
        parsed = self.parsed_sentence(index) if index >= 0 else None
        if parsed is not None:
            sentence_start = self.sentences[index][0]
            dates = [(m.start, m.end) for m in self.mentions if start <= m.start and m.end <= end]
            people = [(s, e) for s, e, _, label in self.ents if label in _PERSON_LABELS and start <= s < end]
            headline = make_headline(parsed, self.doc.text, sentence_start, start, end, self.lang, dates, people)
            if headline:
                return headline
        return make_title(self.doc.text[start:end], self.folded[start:end], self.cues)

    def parsed_sentence(self, index: int):
        """The dependency parse of one sentence, made once, by the language's headline parser."""
        if index not in self.parses:
            nlp = headline_nlp(self.lang)
            start, end = self.sentences[index]
            self.parses[index] = None if nlp is None else parse_as_one_sentence(nlp, self.folded[start:end])
        return self.parses[index]

    def verbless_event_segments(self, segments: list[_Segment]) -> list[_Segment]:
        """A sentence without a finite verb is an event only when it is dated in full and says
        what happened: "4 juillet 2025 : appel entre Trump et Zelensky."."""
        dated = [s for s in segments if s.mention is not None and s.mention.dated_by == "explicit"]
        if dated and categorize(self.folded[segments[0].start:segments[-1].end], self.lang) != "other":
            return segments
        return []

    def build(self) -> list[Event]:
        events = []
        for start, end, in_lead in self.prose_sentences():
            if not in_lead and not any(start <= m.start and m.end <= end for m in self.mentions):
                continue
            segments = self.segments(start, end, in_lead)
            if all(s.group is None for s in segments):
                segments = self.verbless_event_segments(segments)
            for unit in self.units(segments):
                first = unit.key.start == segments[0].start
                events.append(self.event((start, end), unit, first))
        return events


def build_events(doc: Document, nlp=None) -> list[Event]:
    """The events one document reports, in text order; [] for a document that could not be read.

    Each event has exactly one Source: the whole sentence, cut from ``doc.text``, with the
    offsets of its date expression.
    """
    if doc.error or not doc.text.strip():
        return []
    return _Builder(doc, nlp if nlp is not None else load_nlp(doc.language)).build()
