"""The view in the URL: one immutable value, parsed from and serialised to query parameters.

A shared link must reopen exactly the same view, so everything the page shows is decided by a
``View``: the filters, the selected event, the timeline's lanes, the mode and the language.
``parse_view`` never raises: a value it cannot use is dropped and reported as a ``Notice``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from dashboard.extract.fold import fold_for_search
from dashboard.model import CALENDAR_MAX, CALENDAR_MIN, CATEGORIES, Corpus
from dashboard.store.corpora import DEFAULT_CORPUS, SLUG
from dashboard.views.i18n import DEFAULT_LANG, interface_languages

LANES = ("category", "actor", "source")
# The panels under (or beside) the timeline: the selected event, the table, the story, the map.
TABS = ("detail", "table", "story", "map")
MODES = ("explore", "present")
# Dates outside the calendar the extractor accepts are refused, so the pickers can show them.
DATE_MIN, DATE_MAX = CALENDAR_MIN, CALENDAR_MAX


def _one_of(choices: Sequence[str]) -> str:
    """"a", "a or b", "a, b or c"."""
    return " or ".join([", ".join(choices[:-1]), choices[-1]] if len(choices) > 1 else choices)


# Every URL parameter with its meaning; README.md documents each (a test checks it).
# Repeat a key for several values: ?actor=Joe%20Biden&actor=Volodymyr%20Zelensky
PARAMETERS = (
    ("from", "first day shown, YYYY-MM-DD (events whose period ends before it are hidden)"),
    ("to", "last day shown, YYYY-MM-DD (events whose period starts after it are hidden)"),
    ("category", "event category: decision, strike, deployment, diplomacy, statement, "
                 "delivery, report, other (repeatable)"),
    ("actor", "canonical actor name (a person, or a country that acts), e.g. Joe Biden (repeatable)"),
    ("org", "canonical organisation name, e.g. NATO (repeatable)"),
    ("place", "canonical place name, e.g. Kursk (repeatable)"),
    ("weapon", "weapon system, e.g. ATACMS (repeatable)"),
    ("source", "an article's doc_id or an outlet's name (repeatable)"),
    ("q", "free-text search in titles, source excerpts and names (every known spelling: Kiev finds Kyiv), "
          "ignoring case and accents"),
    ("min_sources", "keep events reported by at least this many articles (whole number, default 1)"),
    ("event", "id of the event shown in the detail panel, or the current slide in presentation mode"),
    ("lanes", "what the timeline's lanes are: category (default), actor or source"),
    ("mode", "explore (default) or present (one event at a time, large type)"),
    ("tab", "the panel shown beside or under the timeline: detail (default), table, story or map"),
    ("lang", "interface language: " + _one_of(
        [f"{code} (default)" if code == DEFAULT_LANG else code for code in interface_languages()])),
    ("corpus", "short name of the corpus shown, e.g. ukraine-2024 (default: default, the bundled "
               "seed articles); kept in every shared link and export file name"),
    ("key", "the edit key of the corpus's edit link; without a valid one a shared server "
            "(FRISE_SHARED=1) shows the corpus read-only. Never part of the view link"),
)
PARAMETER_NAMES = tuple(name for name, _ in PARAMETERS)
# Read by the page for access, not part of the view: never written back into a view link.
ACCESS_PARAMETERS = ("key",)

# "Reported by at least N sources" past this is a typo or a probe, not a question: a corpus of
# more articles than this is beyond what the page is built for. Larger values are clamped to it
# (the number field cannot hold an integer larger than JavaScript's, and int() refuses 4,301 digits).
MIN_SOURCES_MAX = 9999
# A notice quotes what the link said; past this many characters it is cut so it stays one line.
NOTICE_VALUE_MAX = 60

_MULTI = {"category": "categories", "actor": "actors", "org": "organisations", "place": "places",
          "weapon": "weapons",
          "source": "sources"}


@dataclass(frozen=True)
class View:
    """Everything that decides what the page shows; the defaults are the plain start page."""

    date_from: date | None = None
    date_to: date | None = None
    categories: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    q: str = ""
    min_sources: int = 1
    event: str | None = None
    lanes: str = "category"
    mode: str = "explore"
    tab: str = "detail"
    lang: str = DEFAULT_LANG
    corpus: str = DEFAULT_CORPUS

    def without_filters(self) -> View:
        """The same page with every filter and the selection cleared (the reset button)."""
        return View(lanes=self.lanes, mode=self.mode, tab=self.tab, lang=self.lang, corpus=self.corpus)


@dataclass(frozen=True)
class Known:
    """The values a corpus can match, so a link naming anything else is caught."""

    categories: tuple[str, ...] = CATEGORIES
    actors: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    # doc_ids first, then outlet names: a source filter accepts either.
    sources: tuple[str, ...] = ()
    event_ids: frozenset[str] = frozenset()

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> Known:
        events = corpus.events
        outlets = [d.outlet for d in corpus.documents if d.outlet]
        return cls(
            categories=tuple(dict.fromkeys(CATEGORIES + tuple(e.category for e in events))),
            actors=_by_frequency(a for e in events for a in e.actors),
            organisations=_by_frequency(o for e in events for o in e.organisations),
            places=_by_frequency(p for e in events for p in e.places),
            weapons=_by_frequency(w for e in events for w in e.weapons),
            sources=tuple(dict.fromkeys([d.doc_id for d in corpus.documents] + outlets)),
            event_ids=frozenset(e.id for e in events),
        )


@dataclass(frozen=True)
class Notice:
    """A URL value that was ignored, and why (``reason`` names an i18n ``notice.*`` string)."""

    param: str
    value: str
    reason: str


def _by_frequency(names: Iterable[str]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return tuple(sorted(counts, key=lambda n: (-counts[n], n)))


def _values(params: Mapping[str, Sequence[str] | str], name: str) -> list[str]:
    raw = params.get(name, ())
    return [raw] if isinstance(raw, str) else [str(v) for v in raw]


def _parse_date(name: str, value: str, notices: list[Notice]) -> date | None:
    try:
        parsed = date.fromisoformat(value.strip())
    except ValueError:
        parsed = None
    if parsed is None or not DATE_MIN <= parsed <= DATE_MAX:
        notices.append(Notice(name, value, "bad_date"))
        return None
    return parsed


def _match_all(name: str, values: list[str], choices: Sequence[str],
               notices: list[Notice]) -> tuple[str, ...]:
    # A hand-typed link may say "joe biden" or "Koursk" without its accent: match folded.
    by_fold = {fold_for_search(c): c for c in reversed(choices)}
    kept: list[str] = []
    for value in values:
        match = value if value in choices else by_fold.get(fold_for_search(value.strip()))
        if match is None:
            notices.append(Notice(name, value, "unknown_value"))
        elif match not in kept:
            kept.append(match)
    return tuple(kept)


def _choice(name: str, values: list[str], choices: Sequence[str], default: str,
            notices: list[Notice]) -> str:
    if not values:
        return default
    # Like the browser's own reading of a repeated single-valued key, the last one wins.
    value = values[-1].strip().lower()
    if value not in choices:
        notices.append(Notice(name, values[-1], "bad_choice"))
        return default
    return value


def corpus_slug(value: str | None) -> str:
    """The corpus a ``?corpus=`` value names: the value, trimmed, when it is a well-formed slug,
    else the default corpus (``parse_view`` says so in a notice)."""
    slug = (value or "").strip()
    return slug if SLUG.match(slug) else DEFAULT_CORPUS


def parse_view(params: Mapping[str, Sequence[str] | str], known: Known) -> tuple[View, tuple[Notice, ...]]:
    """The view a URL asks for, and a notice for each value that was ignored. Never raises."""
    notices: list[Notice] = [Notice(name, "", "unknown_parameter")
                             for name in params if name not in PARAMETER_NAMES]
    values = {name: _values(params, name) for name in PARAMETER_NAMES}
    date_from = _parse_date("from", values["from"][-1], notices) if values["from"] else None
    date_to = _parse_date("to", values["to"][-1], notices) if values["to"] else None
    if date_from and date_to and date_to < date_from:
        notices.append(Notice("to", values["to"][-1], "date_order"))
        date_to = None
    multi = {field: _match_all(name, values[name], getattr(known, field), notices)
             for name, field in _MULTI.items()}
    min_sources = _min_sources(values["min_sources"][-1], notices) if values["min_sources"] else 1
    event = None
    if values["event"]:
        if values["event"][-1] in known.event_ids:
            event = values["event"][-1]
        else:
            notices.append(Notice("event", values["event"][-1], "unknown_event"))
    corpus = corpus_slug(values["corpus"][-1] if values["corpus"] else None)
    if values["corpus"] and corpus != values["corpus"][-1].strip():
        notices.append(Notice("corpus", values["corpus"][-1], "bad_corpus"))
    view = View(
        corpus=corpus,
        date_from=date_from,
        date_to=date_to,
        q=values["q"][-1] if values["q"] else "",
        min_sources=min_sources,
        event=event,
        lanes=_choice("lanes", values["lanes"], LANES, "category", notices),
        mode=_choice("mode", values["mode"], MODES, "explore", notices),
        tab=_choice("tab", values["tab"], TABS, "detail", notices),
        lang=_choice("lang", values["lang"], interface_languages(), DEFAULT_LANG, notices),
        **multi,
    )
    return view, tuple(replace(n, value=_shortened(n.value)) for n in notices)


def _shortened(value: str) -> str:
    return value if len(value) <= NOTICE_VALUE_MAX else value[:NOTICE_VALUE_MAX - 1] + "…"


def _min_sources(raw: str, notices: list[Notice]) -> int:
    digits = raw.strip()
    # isdigit() alone accepts "²" and other digits int() refuses.
    if not (digits.isascii() and digits.isdigit()) or not digits.strip("0"):
        notices.append(Notice("min_sources", raw, "bad_number"))
        return 1
    # Judged by its length first: int() of thousands of digits is slow, or refused outright.
    if len(digits.lstrip("0")) > len(str(MIN_SOURCES_MAX)) or int(digits) > MIN_SOURCES_MAX:
        notices.append(Notice("min_sources", raw, "too_large"))
        return MIN_SOURCES_MAX
    return int(digits)


def view_to_params(view: View) -> dict[str, list[str]]:
    """The query parameters of a view; defaults are left out so plain links stay short."""
    default = View()
    params: dict[str, list[str]] = {}
    if view.date_from:
        params["from"] = [view.date_from.isoformat()]
    if view.date_to:
        params["to"] = [view.date_to.isoformat()]
    for name, field in _MULTI.items():
        if getattr(view, field):
            params[name] = list(getattr(view, field))
    for name in ("q", "min_sources", "event", "lanes", "mode", "tab", "lang", "corpus"):
        value = getattr(view, name)
        if value != getattr(default, name):
            params[name] = [str(value)]
    return params

