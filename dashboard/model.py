"""The values Frise passes around: documents, temporal mentions, sources and events.

All of them are frozen dataclasses: a stage returns new values instead of mutating the ones it
was given, so any stage can be tested on its own. Each has ``to_dict``/``from_dict`` for the JSON
schema that ``python -m dashboard extract`` writes and the dashboard reads.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

from dashboard.lang import DEFAULT as DEFAULT_LANGUAGE

# Ordered from the finest to the coarsest, so a merge can keep "the most precise date".
PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century")

# How an event's date was found:
#   explicit    - written in full or almost ("le 4 juillet 2025", "février 2024", "4 juillet")
#   relative    - counted from the publication date ("mardi", "la semaine dernière", "cet été")
#   anaphoric   - counted from the event just mentioned ("un jour avant", "le lendemain")
#   publication - no date expression: the article's publication date stands in
DATED_BY = ("explicit", "relative", "anaphoric", "publication")

# The event categories of the JSON contract, in the order the timeline's lanes show them; the
# words pointing to each are data in dashboard/lang/<lang>/categories.py.
CATEGORIES = ("decision", "strike", "deployment", "diplomacy", "statement", "delivery",
              "report", "other")

# Why a date without its year, or a bare weekday, resolved as it did (Mention.why):
#   relation        - "dernier"/"prochain", "last"/"next" said which one
#   weekday_year    - the weekday written with the date picked the year
#   publication_day - the weekday names the publication day itself
#   future_tense    - a future marker in the clause ("se tiendra", "will")
#   past_tense      - a past marker in the clause ("a annoncé", "said")
#   nearest_future  - no tense marker; the next occurrence is near and nearer than the last
#   past_default    - no tense marker: the latest occurrence on or before publication
#   deadline        - a limit ("avant fin 2025"): its last day
#   earlier_year    - the year of a date written just before ("le 12 mars 2024 ... le 21 mars")
WHY = ("relation", "weekday_year", "publication_day", "future_tense", "past_tense",
       "nearest_future", "past_default", "deadline", "earlier_year")

# What an event is: something that happened, or something announced for later.
STATUSES = ("happened", "planned")


# The publication dates Frise accepts: the range the dashboard's date pickers and timeline can
# show. A date outside it (0001-01-01, 9999-12-31) is a placeholder or a typo, never a news
# article's day, and counting "hier" or a merge window from it would leave the calendar.
CALENDAR_MIN, CALENDAR_MAX = date(1800, 1, 1), date(2200, 12, 31)


def in_calendar(day: date) -> bool:
    """True when ``day`` is a publication date Frise can count from and draw."""
    return CALENDAR_MIN <= day <= CALENDAR_MAX


def shift_days(day: date, days: int) -> date:
    """``day`` moved by ``days``, stopping at the first or last day Python knows (no overflow)."""
    ordinal = min(max(day.toordinal() + days, date.min.toordinal()), date.max.toordinal())
    return date.fromordinal(ordinal)


def precision_rank(precision: str | None) -> int:
    """Smaller is more precise; unknown precisions sort last."""
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# The date fields of a reading of a date (a Mention, or one Source's account).
_READING_DATES = ("date", "date_end", "anchor")


def _dates_out(data: dict, keys: tuple[str, ...]) -> dict:
    return {**data, **{k: _iso(data.get(k)) for k in keys}}


def _dates_in(data: dict, keys: tuple[str, ...]) -> dict:
    return {**data, **{k: _parse_iso(data.get(k)) for k in keys}}


@dataclass(frozen=True)
class Span:
    """A stretch of a document's text, by character offsets, with why it was marked."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Document:
    """One article as read: its metadata, its original text, and the furniture found in it.

    ``text`` is the text every offset points into. For a .txt or .md file it is the decoded
    file; for HTML it is the article text extracted from the page.
    """

    doc_id: str
    file: str
    text: str
    language: str = DEFAULT_LANGUAGE
    published: date | None = None
    # Where the publication date came from: manifest, cli, html-meta, dateline, or None.
    published_from: str | None = None
    title: str = ""
    outlet: str = ""
    url: str = ""
    note: str = ""
    furniture: tuple[Span, ...] = ()
    # One human-readable line when the document could not be processed; the text is then "".
    error: str | None = None
    # Problems that did not stop processing, e.g. a malformed date in the manifest.
    warnings: tuple[str, ...] = ()

    def to_dict(self, with_text: bool = True) -> dict:
        data = dataclasses.asdict(self)
        data["published"] = _iso(self.published)
        data["furniture"] = [dataclasses.asdict(s) for s in self.furniture]
        if not with_text:
            data.pop("text")
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Document:
        values = dict(data)
        values["published"] = _parse_iso(values.get("published"))
        values["furniture"] = tuple(Span(**s) for s in values.get("furniture", ()))
        values["warnings"] = tuple(values.get("warnings", ()))
        values.setdefault("text", "")
        return cls(**values)


@dataclass(frozen=True)
class DateReading:
    """What a date expression means: the period it resolves to and how it was dated. A
    resolver in ``dashboard.temporal`` returns one; a ``Mention`` is one with its place in the
    text."""

    date: date | None
    date_end: date | None
    precision: str | None
    dated_by: str
    # The date it was counted from (publication or the event just mentioned); None if explicit.
    anchor: date | None = None
    # "publication" or "previous" (the event just mentioned), None for explicit dates.
    anchor_kind: str | None = None
    # A relative expression in a document with no publication date: never silently guessed.
    unanchored: bool = False
    # A future or planned reference ("les prochaines semaines", "jusqu'à la fin de 2025").
    future: bool = False
    # Why this occurrence was chosen, for a date without its year or a bare weekday: a code
    # of WHY (e.g. "weekday_year", "future_tense"), shown in the detail panel; and the tense
    # marker that decided it ("se tiendra", "will"), if one did.
    why: str | None = None
    marker: str | None = None
    # A limit ("avant fin 2025", "by the end of the month"): date is its last day.
    deadline: bool = False
    # A vague span ("ces derniers jours", "the coming months"): no date, never drawn.
    vague: bool = False


@dataclass(frozen=True)
class Mention(DateReading):
    """A temporal expression found in a text, and the period it resolves to.

    Offsets are character offsets into the text given to ``find_dates``:
    ``text[start:end] == mention.text`` always holds. The place in the text is given by
    keyword (``Mention(start=0, end=5, text="mardi", rule="fr.weekday", ...)``).
    """

    start: int = field(kw_only=True)
    end: int = field(kw_only=True)
    text: str = field(kw_only=True)
    # Name of the rule that matched, e.g. "fr.day_month_year"; its examples live with it.
    rule: str = field(kw_only=True)
    # For a range ("du 3 au 7 mars", "2023-2024", "la nuit de samedi à dimanche"): its two
    # ends, each a mention of its own with its own span and value (a day, a year), while the
    # range keeps the whole period for the event.
    ends: tuple[Mention, ...] = field(default=(), kw_only=True)
    # For one end of a range: the (start, end) of the range it belongs to.
    part_of: tuple[int, int] | None = field(default=None, kw_only=True)

    @classmethod
    def of(cls, reading: DateReading, **place) -> Mention:
        """The mention of ``reading`` at ``place`` (start, end, text, rule, ...)."""
        return cls(**{f.name: getattr(reading, f.name)
                      for f in dataclasses.fields(DateReading)}, **place)

    def to_dict(self) -> dict:
        data = _dates_out(dataclasses.asdict(self), _READING_DATES)
        data["ends"] = [end.to_dict() for end in self.ends]
        data["part_of"] = list(self.part_of) if self.part_of else None
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Mention:
        values = _dates_in(data, _READING_DATES)
        values["ends"] = tuple(Mention.from_dict(e) for e in data.get("ends", ()))
        values["part_of"] = tuple(data["part_of"]) if data.get("part_of") else None
        return cls(**values)


@dataclass(frozen=True)
class Source:
    """One article's account of an event: the whole sentence, cut from the original text.

    ``document.text[start:end] == excerpt``. ``mention_start``/``mention_end`` locate the date
    expression in the same document (not in the excerpt), or are None when the event is dated
    by publication. The date fields are this source's own reading, kept so that merged events
    can show where sources disagree.
    """

    doc_id: str
    excerpt: str
    start: int
    end: int
    date_text: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    date: date | None = None
    date_end: date | None = None
    precision: str | None = None
    dated_by: str = "publication"
    anchor: date | None = None
    anchor_kind: str | None = None
    # The mention's reason and tense marker (see Mention.why).
    why: str | None = None
    marker: str | None = None

    def to_dict(self) -> dict:
        return _dates_out(dataclasses.asdict(self), _READING_DATES)

    @classmethod
    def from_dict(cls, data: dict) -> Source:
        return cls(**_dates_in(data, _READING_DATES))


@dataclass(frozen=True)
class Disagreement:
    """Where the sources of one merged event do not say the same thing.

    ``kind`` is "date", "number" or "name"; ``accounts`` pairs each doc_id with what it says.
    """

    kind: str
    subject: str
    accounts: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "subject": self.subject,
                "accounts": [list(a) for a in self.accounts]}

    @classmethod
    def from_dict(cls, data: dict) -> Disagreement:
        return cls(data["kind"], data["subject"], tuple(tuple(a) for a in data["accounts"]))


@dataclass(frozen=True)
class Event:
    """Something that happened, or is planned, at a known time, with the sentences that say so."""

    id: str
    title: str
    date: date | None
    date_end: date | None
    precision: str | None
    date_text: str | None
    dated_by: str
    category: str
    # People, and countries when they act ("la Russie a menacé"); a country is always a place too.
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    confidence: float = 0.5
    status: str = "happened"
    language: str = DEFAULT_LANGUAGE
    anchor: date | None = None
    anchor_kind: str | None = None
    # The doc_id whose reading gave the event its date (after merging, the most precise one).
    date_source: str | None = None
    disagreements: tuple[Disagreement, ...] = field(default=())
    # Companies, parties, agencies, armed groups, clubs, courts: who acted that is not a person.
    organisations: tuple[str, ...] = ()
    # Why the date resolved as it did and the tense marker, from the dating source's mention.
    why: str | None = None
    marker: str | None = None

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.doc_id for s in self.sources))

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "date": _iso(self.date),
            "date_end": _iso(self.date_end),
            "precision": self.precision,
            "date_text": self.date_text,
            "dated_by": self.dated_by,
            "anchor": _iso(self.anchor),
            "anchor_kind": self.anchor_kind,
            "category": self.category,
            "actors": list(self.actors),
            "organisations": list(self.organisations),
            "places": list(self.places),
            "weapons": list(self.weapons),
            "sources": [s.to_dict() for s in self.sources],
            "confidence": self.confidence,
            "status": self.status,
            "language": self.language,
            "date_source": self.date_source,
            "disagreements": [d.to_dict() for d in self.disagreements],
            "why": self.why,
            "marker": self.marker,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Event:
        return cls(
            id=data["id"],
            title=data["title"],
            date=_parse_iso(data.get("date")),
            date_end=_parse_iso(data.get("date_end")),
            precision=data.get("precision"),
            date_text=data.get("date_text"),
            dated_by=data.get("dated_by", "publication"),
            anchor=_parse_iso(data.get("anchor")),
            anchor_kind=data.get("anchor_kind"),
            category=data.get("category", "other"),
            actors=tuple(data.get("actors", ())),
            organisations=tuple(data.get("organisations", ())),
            places=tuple(data.get("places", ())),
            weapons=tuple(data.get("weapons", ())),
            sources=tuple(Source.from_dict(s) for s in data.get("sources", ())),
            confidence=float(data.get("confidence", 0.5)),
            status=data.get("status", "happened"),
            language=data.get("language", DEFAULT_LANGUAGE),
            date_source=data.get("date_source"),
            disagreements=tuple(Disagreement.from_dict(d) for d in data.get("disagreements", ())),
            why=data.get("why"),
            marker=data.get("marker"),
        )


@dataclass(frozen=True)
class Place:
    """A normalised place name with coordinates from the offline gazetteer."""

    name: str
    lat: float
    lon: float
    country: str = ""

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Corpus:
    """What an extraction run produced: the documents read, the events, and the places on them."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    places: tuple[Place, ...] = ()
    # Canonical name -> the other spellings that stand for it ("Vladimir Putin": "Poutine"…),
    # so a search for any of them finds the events.
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Problems with the corpus's own files that did not stop the run (a bad aliases.csv row).
    warnings: tuple[str, ...] = ()

    def to_dict(self, with_text: bool = True) -> dict:
        return {
            "documents": [d.to_dict(with_text) for d in self.documents],
            "events": [e.to_dict() for e in self.events],
            "places": [p.to_dict() for p in self.places],
            "aliases": {name: list(forms) for name, forms in self.aliases.items()},
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Corpus:
        return cls(
            documents=tuple(Document.from_dict(d) for d in data.get("documents", ())),
            events=tuple(Event.from_dict(e) for e in data.get("events", ())),
            places=tuple(Place(**p) for p in data.get("places", ())),
            aliases={name: tuple(forms) for name, forms in (data.get("aliases") or {}).items()},
            warnings=tuple(data.get("warnings", ())),
        )
