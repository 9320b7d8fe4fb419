"""Properties of find_dates that hold for any text: it never raises and offsets always slice."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.temporal import find_dates, languages

# Pieces that make rules fire, collide and overlap, in both languages and odd typography.
FRAGMENTS = [
    "le 4 juillet 2025", "4 juillet", "1er mai", "29 février", "31 avril", "début juin",
    "mi-août", "fin 2025", "jusqu’à la fin de 2025", "en février", "en Mars", "mardi dernier",
    "Mardi", "la veille", "le lendemain", "un jour avant", "il y a deux mois",
    "il y a quelques jours", "dans les jours qui ont suivi", "cet été", "l’hiver dernier",
    "ce week-end", "plus tôt ce mois-ci", "12/03/2024", "2024-03-12", "99/99/9999",
    "2024-02-30", "du 3 au 5 mars", "10 000 soldats", "300 km", "de 2000", "en 24 heures",
    "July 4, 2025", "4 July 2025", "last Tuesday", "two months ago", "a day earlier",
    "the next day", "in early June", "by the end of 2025", "this summer", "yesterday",
    "la semaine prochaine", "ces dernières années", "in recent days", "over the next week",
    "va frapper", "sera", "a déclaré", "will", "said", "que", "«", "»",
    ".", ",", ";", " ", "\u00a0", "\u202f", "’", "-", "\n", "sept.", "Q", "trimestre",
]

texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=25).map("".join),
)
published_dates = st.none() | st.dates()


def _check(text: str, published: date | None) -> None:
    for lang in languages():
        mentions = find_dates(text, published, lang)
        for mention in mentions:
            assert text[mention.start:mention.end] == mention.text
            assert mention.start < mention.end
            if mention.date is not None:
                assert mention.date <= mention.date_end
        assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


@settings(max_examples=300, deadline=None)
@given(texts, published_dates)
def test_find_dates_never_raises_and_offsets_slice_the_input(text, published):
    _check(text, published)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_without_publication_date_nothing_relative_is_guessed(text):
    for lang in languages():
        for mention in find_dates(text, None, lang):
            if mention.dated_by == "relative":
                # A vague span ("in recent days") never gets a date, anchored or not: it needs
                # no "unanchored" flag; anything else relative must say it had no anchor.
                assert mention.date is None and (mention.unanchored or mention.vague)
