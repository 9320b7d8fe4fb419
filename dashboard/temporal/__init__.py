"""Find the date expressions in a text and resolve each to a period.

``find_dates(text, published, lang)`` returns ``Mention`` values whose offsets point into
``text``. Matching runs on ``fold(text)`` (same length), so offsets carry over. The language's
rules live in ``dashboard/lang/<lang>/temporal.py``; this package knows no language:

- ``rules``   compiles a language's tables into named rules (cached per language);
- ``match``   finds candidates and keeps the longest where they overlap;
- ``tense``   reads the clause around a mention for a future marker;
- ``resolve`` turns a candidate into dates; ``periods`` does the calendar arithmetic.
"""

from __future__ import annotations

from datetime import date, datetime

from dashboard import lang as lang_packages
from dashboard.extract.fold import fold
from dashboard.model import Mention
from dashboard.temporal.anchors import Anchors, WrittenYears
from dashboard.temporal.match import candidates, longest_first
from dashboard.temporal.resolve import Context, range_ends, resolve
from dashboard.temporal.rules import Rule, load_language
from dashboard.temporal.tense import Clauses, TenseReader

__all__ = ["all_rules", "find_dates", "languages"]


def languages() -> tuple[str, ...]:
    """The language codes that have temporal tables; dashboard.lang alone decides which exist."""
    return lang_packages.available("temporal")


def all_rules(lang: str) -> tuple[Rule, ...]:
    """The named rules of a language, each with its ``examples``."""
    return load_language(lang).rules


def find_dates(text: str, published: date | None, lang: str = "fr",
               with_ends: bool = False) -> list[Mention]:
    """Every date expression in ``text``, resolved against ``published`` and each other.

    Relative expressions count from ``published``; with ``published=None`` they come back
    with ``date=None`` and ``unanchored=True``. Anaphoric ones ("la veille") count from the
    last mention resolved before them in the same text, or from the earlier date written near
    the event they name ("trois jours après le sommet"), or from publication if there is none.

    The mentions never overlap, and a range ("du 3 au 7 mars", "May 3-9", "2023-2024") is one
    mention holding the whole period, which is what an event is dated by; its two ends are
    mentions of their own in ``Mention.ends``. With ``with_ends=True`` each range is followed
    in the list by its ends (which lie inside it and name it in ``part_of``).
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates: text must be str, not {type(text).__name__}")
    if published is not None and not isinstance(published, date):
        raise TypeError(f"find_dates: published must be a datetime.date or None, not "
                        f"{type(published).__name__}")
    if isinstance(published, datetime):
        published = published.date()
    language = load_language(lang)
    folded = fold(text)
    chosen = longest_first(candidates(folded, language))
    if not chosen:
        return []
    tense = TenseReader(folded, Clauses.of(folded, language.clause_break), language.future,
                        language.past)
    mentions = []
    anchors = Anchors(folded, language.event_article)
    years = WrittenYears(folded)

    def context(index: int, previous) -> Context:
        candidate = chosen[index]
        following = chosen[index + 1].start if index + 1 < len(chosen) else None
        tense_here = tense.at(*candidate.fields.get("whole", (candidate.start, candidate.end)),
                              following)
        return Context(published, previous, tense_here, years.before(candidate.start))

    def dated_right_after(index: int, named_end: int | None):
        """The period of the date that names or follows the event a duration counts from
        ("trois mois après l'élection du 4 mai", "two months after the May 4 vote"), or None
        when no date is written there."""
        if index + 1 >= len(chosen):
            return None
        later, end = chosen[index + 1], chosen[index].end
        lead = language.event_lead.match(folded, end)
        if not ((lead and lead.end() == later.start) or (named_end is not None and (
                later.start <= named_end
                or language.event_date_link.fullmatch(folded, named_end, later.start)))):
            return None
        reading = resolve(later, context(index + 1, anchors.previous()))
        return (reading.date, reading.date_end) if reading.date is not None else None

    for index, candidate in enumerate(chosen):
        if candidate.rule.params.get("not_a_date"):
            continue  # "deux mois plus tard que prévu": a comparison, wins its span, no date
        if candidate.rule.params.get("anchor") != "previous":
            previous = anchors.previous()
        elif "number" in candidate.fields:
            previous, named_end = anchors.for_count(candidate.start, candidate.end,
                                                    candidate.fields.get("unit"))
            written_there = dated_right_after(index, named_end)
            if written_there is not None or named_end is not None:
                previous = written_there
        else:
            previous = anchors.for_mention(candidate.start, candidate.end)
        ctx = context(index, previous)
        if candidate.rule.params.get("tensed") and ctx.tense.marker is None:
            continue  # "en hiver" in the present is a habit, not a date (see the rule)
        reading = resolve(candidate, ctx)
        ends = range_ends(text, candidate, reading)
        mentions.append(Mention.of(reading, start=candidate.start, end=candidate.end,
                                   text=text[candidate.start:candidate.end],
                                   rule=candidate.rule.name, ends=ends))
        if with_ends:
            mentions.extend(ends)
        # Days written with their year give it to the days after them, a range of days too
        # ("dans la nuit du 2 au 3 mars 2022 ... le corps a été retrouvé le 5 mars").
        days = reading.precision == "day" or candidate.rule.kind == "day_range"
        if days and reading.date is not None and (
                "year" in candidate.fields or reading.why == "earlier_year"):
            years.give(candidate.end, reading.date_end)
        elif reading.dated_by != "explicit" or reading.precision == "day":
            years.break_chain()
        if reading.date is not None:
            anchors.add(candidate.start, candidate.end, (reading.date, reading.date_end))
    return mentions
