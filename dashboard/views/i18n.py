"""Interface strings and dates in the reader's language.

The words live in ``dashboard/lang/<lang>/ui.py``; this module only looks them up and fills
the formats. The interface languages are the languages (``dashboard.lang.available``) that
have a ``ui`` table.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from types import ModuleType

from dashboard import lang as languages

DEFAULT_LANG = languages.DEFAULT

# Meteorological seasons: the month in the middle of a period names its season.
_SEASON_OF_MONTH = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring",
                    5: "spring", 6: "summer", 7: "summer", 8: "summer", 9: "autumn",
                    10: "autumn", 11: "autumn"}


def interface_languages() -> tuple[str, ...]:
    """The languages the interface speaks, French first."""
    return languages.available("ui")


def interface_language(lang: str) -> str:
    """``lang`` if the interface speaks it, else the default (French)."""
    return lang if lang in interface_languages() else DEFAULT_LANG


@cache
def table(lang: str) -> ModuleType:
    """The ``ui`` table module of a language; unknown languages fall back to French."""
    return languages.tables(interface_language(lang), "ui")


def t(key: str, lang: str, **values: object) -> str:
    """The interface string ``key`` in ``lang``, with ``values`` filled in."""
    return table(lang).STRINGS[key].format(**values)


def format_day(day: date, lang: str, short: bool = False) -> str:
    """"4 juillet 2025" / "4 July 2025"; short: "17 nov. 2024" / "17 Nov 2024"."""
    words = table(lang)
    months = words.MONTHS_SHORT if short else words.MONTHS
    pattern = words.SHORT_DATE_FORMAT if short else words.DATE_FORMAT
    return pattern.format(day=words.DAY_NAMES.get(day.day, str(day.day)),
                          month=months[day.month - 1], year=day.year)


def format_period(start: date | None, end: date | None, precision: str | None,
                  lang: str) -> str:
    """A resolved date in words at its own precision: "juin 2025", "été 2024", "2025"."""
    if start is None:
        return t("story.undated", lang)
    words = table(lang)
    if precision == "week":
        return words.WEEK_FORMAT.format(date=format_day(start, lang))
    if precision == "month":
        return words.MONTH_FORMAT.format(month=words.MONTHS[start.month - 1], year=start.year)
    if precision == "season":
        middle = start + (((end or start) - start) / 2)
        season = _SEASON_OF_MONTH[middle.month]
        # A winter straddles two years: it is named after the year of its December.
        year = middle.year - 1 if season == "winter" and middle.month <= 2 else middle.year
        return words.SEASON_FORMAT.format(season=words.SEASONS[season], year=year)
    if precision == "quarter":
        quarter = (start.month - 1) // 3 + 1
        return words.QUARTER_FORMAT.format(ordinal=words.QUARTER_ORDINALS[quarter],
                                           year=start.year)
    if precision == "year":
        return words.YEAR_FORMAT.format(year=start.year)
    if precision in ("decade", "century"):
        return f"{start.year}–{(end or start).year}"
    return format_day(start, lang)


def short_period(start: date | None, end: date | None, precision: str | None, lang: str) -> str:
    """A period as a reader writes it in a table: "4 juil. 2025", "déc. 2022", "été 2024"."""
    if start is not None and precision == "month":
        words = table(lang)
        return words.MONTH_FORMAT.format(month=words.MONTHS_SHORT[start.month - 1], year=start.year)
    if start is not None and precision in (None, "day"):
        return format_day(start, lang, short=True)
    return format_period(start, end, precision, lang)


def quoted(text: str, lang: str) -> str:
    """A date expression as written, in the language's quotation marks."""
    return table(lang).QUOTE.format(text=text)


def category_label(category: str, lang: str) -> str:
    return table(lang).CATEGORIES.get(category, category)


def precision_label(precision: str | None, lang: str) -> str:
    return table(lang).PRECISIONS.get(precision or "", precision or "")


def display_name(name: str, lang: str) -> str:
    """How the reader's language writes a canonical name ("Russia" -> "Russie"); display only,
    filters and links keep the canonical name. A country the table does not list takes its
    CLDR name in that language ("Morocco" -> "Maroc")."""
    shown = table(lang).DISPLAY_NAMES.get(name)
    if shown is not None:
        return shown
    return _country_name(name, lang) or name


@cache
def _country_name(name: str, lang: str) -> str | None:
    from babel import Locale, UnknownLocaleError

    from dashboard.events.geo import country_code

    code = country_code(name)
    try:
        return Locale(lang).territories.get(code) if code else None
    except (UnknownLocaleError, ValueError):
        return None


def plural(count: int, noun: str, lang: str) -> str:
    """"1 article", "2 extraits"; French also says "0 article", English "0 articles"."""
    words = table(lang)
    one, many = words.NOUNS[noun]
    singular = count == 1 or (count == 0 and words.ZERO_IS_SINGULAR)
    return f"{count} {one if singular else many}"


@cache
def _dimension_names(lang: str) -> frozenset[str]:
    module = languages.tables(interface_language(lang), "quantities")
    return frozenset(getattr(module, "DIMENSIONS", {}).values())


def disagreement_heading(kind: str, subject: str, lang: str) -> str:
    """"Dates différentes", "Chiffres différents — portée", "Noms écrits autrement — Kyiv".

    The merge names a figure's dimension in every language ("portée / range"): only the
    reader's is kept. A subject that only repeats the kind ("date") is left out.
    """
    key = f"disagreement.{kind}"
    heading = t(key, lang) if key in table(lang).STRINGS else kind
    parts = [p.strip() for p in subject.split(" / ")]
    own = [p for p in parts if p in _dimension_names(lang)]
    subject = own[0] if own else display_name(subject, lang)
    if not subject or subject.casefold() == kind.casefold():
        return heading
    return f"{heading} — {subject}"
