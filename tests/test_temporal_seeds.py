"""Dates in the five seed articles, resolved against the manifest's publication dates."""

from __future__ import annotations

import csv
import itertools
import re
from datetime import date

import pytest

from dashboard.temporal import find_dates


@pytest.fixture(scope="module")
def seed_mentions(articles_dir):
    """doc prefix ("000") -> (text, mentions found with the manifest's publication date)."""
    with open(articles_dir / "sources.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    found = {}
    for row in rows:
        text = (articles_dir / row["file"]).read_text(encoding="utf-8")
        found[row["doc_id"][:3]] = (text, find_dates(text, date.fromisoformat(row["published"]),
                                                     row["language"]))
    return found


def _mention(seed_mentions, doc, context, mention_text):
    """The mention ``mention_text`` found inside the first occurrence of ``context``."""
    text, mentions = seed_mentions[doc]
    where = text.find(context)
    assert where >= 0, f"{context!r} is not in seed {doc}"
    inside = [m for m in mentions
              if m.text == mention_text and where <= m.start < where + len(context)]
    assert inside, f"{mention_text!r} not found in {context!r}: {[m.text for m in mentions]}"
    return inside[0]


SEED_DATES = [
    # doc, context, mention, date, date_end, precision, dated_by
    ("004", "a rapporté vendredi le Times", "vendredi", "2022-12-09", "2022-12-09", "day",
     "relative"),
    ("004", "Mardi, après l’attentat", "Mardi", "2022-12-06", "2022-12-06", "day", "relative"),
    ("004", "a affirmé jeudi", "jeudi", "2022-12-08", "2022-12-08", "day", "relative"),
    ("004", "Plus tôt ce mois-ci", "Plus tôt ce mois-ci", "2022-12-01", "2022-12-09", "month",
     "relative"),
    ("004", "En septembre, la porte-parole", "En septembre", "2022-09-01", "2022-09-30",
     "month", "explicit"),
    ("002", "a déclaré mardi", "mardi", "2024-11-12", "2024-11-12", "day", "relative"),
    ("002", "Zelensky a déclaré vendredi", "vendredi", "2024-11-15", "2024-11-15", "day",
     "relative"),
    ("002", "contre-offensive surprise cet été", "cet été", "2024-06-01", "2024-08-31",
     "season", "relative"),
    ("002", "ATACMS en février", "en février", "2024-02-01", "2024-02-29", "month", "explicit"),
    ("002", "les missiles en avril", "en avril", "2024-04-01", "2024-04-30", "month",
     "explicit"),
    ("002", "Maison Blanche en septembre", "en septembre", "2024-09-01", "2024-09-30", "month",
     "explicit"),
    ("000", "l’appel du 4 juillet", "4 juillet", "2025-07-04", "2025-07-04", "day", "explicit"),
    ("000", "Poutine un jour avant que", "un jour avant", "2025-07-03", "2025-07-03", "day",
     "anaphoric"),
    ("000", "l’équipe américaine la semaine dernière", "la semaine dernière", "2025-07-07",
     "2025-07-13", "week", "relative"),
    ("000", "un accord il y a deux mois", "il y a deux mois", "2025-05-01", "2025-05-31",
     "month", "relative"),
    ("000", "russe en novembre dernier", "en novembre dernier", "2024-11-01", "2024-11-30",
     "month", "relative"),
    ("000", "est survenue début juin", "début juin", "2025-06-01", "2025-06-10", "month",
     "explicit"),
    ("001", "Le 4 juillet 2025, Donald Trump", "4 juillet 2025", "2025-07-04", "2025-07-04",
     "day", "explicit"),
    ("001", "Dans les jours qui ont suivi", "Dans les jours qui ont suivi", "2025-07-05",
     "2025-07-11", "week", "anaphoric"),
    ("001", "En juin, une attaque", "En juin", "2025-06-01", "2025-06-30", "month", "explicit"),
]


@pytest.mark.parametrize("doc, context, text, start, end, precision, dated_by", SEED_DATES,
                         ids=[f"{row[0]}:{row[2]}" for row in SEED_DATES])
def test_seed_date_resolves_against_its_publication_date(seed_mentions, doc, context, text,
                                                         start, end, precision, dated_by):
    mention = _mention(seed_mentions, doc, context, text)
    assert (mention.date.isoformat(), mention.date_end.isoformat()) == (start, end)
    assert (mention.precision, mention.dated_by) == (precision, dated_by)
    assert not mention.future


def test_anaphoric_day_before_counts_from_the_fourth_of_july_call(seed_mentions):
    mention = _mention(seed_mentions, "000", "Poutine un jour avant que", "un jour avant")
    assert (mention.anchor, mention.anchor_kind) == (date(2025, 7, 4), "previous")


def test_following_days_count_from_the_explicit_date_before_them(seed_mentions):
    mention = _mention(seed_mentions, "001", "Dans les jours qui ont suivi",
                       "Dans les jours qui ont suivi")
    assert (mention.anchor, mention.anchor_kind) == (date(2025, 7, 4), "previous")


@pytest.mark.parametrize("doc, context, text", [
    ("002", "jusqu’à la fin de 2025", "jusqu’à la fin de 2025"),
    ("001", "Les prochaines semaines diront", "Les prochaines semaines"),
])
def test_seed_planned_periods_are_future(seed_mentions, doc, context, text):
    assert _mention(seed_mentions, doc, context, text).future


@pytest.mark.parametrize("doc, phrase", [
    ("002", "pendant les deux premières années de la guerre"),
    ("002", "près de trois ans de guerre"),
    ("002", "régler la guerre en un jour"),
    ("002", "la portée de 180 milles"),
    ("002", "près de 50 000 soldats"),
    ("002", "que 10 000 soldats"),
    ("002", "ukrainienne de trois mois"),
    ("002", "à l’étude depuis des mois"),
    ("000", "la guerre en une journée"),
    ("000", "d’environ 1 600 km"),
    ("000", "jusqu’à 300 km (186 miles)"),
    ("000", "Au moins 12 avions"),
    ("001", "la Russie en 24 heures"),
    ("003", "334″ params"),
])
def test_seed_durations_and_quantities_give_no_mention(seed_mentions, doc, phrase):
    text, mentions = seed_mentions[doc]
    where = text.find(phrase)
    assert where >= 0, f"{phrase!r} is not in seed {doc}"
    assert not [m for m in mentions if m.start < where + len(phrase) and m.end > where]


_PRONOUNS = {"sa", "je", "ma", "me", "se", "son", "mon", "on", "il"}
_QUANTITY = re.compile(r"\d[\d\s]*\s*(?:km|milles|miles|soldats|avions|%)")


def test_seed_mentions_slice_the_text_and_skip_pronouns_and_quantities(seed_mentions):
    assert sum(len(mentions) for _, mentions in seed_mentions.values()) >= 20
    for (text, mentions) in seed_mentions.values():
        quantities = [q.span() for q in _QUANTITY.finditer(text)]
        for mention in mentions:
            assert text[mention.start:mention.end] == mention.text
            assert mention.text.lower() not in _PRONOUNS
            assert not [q for q in quantities if mention.start < q[1] and mention.end > q[0]]
        starts = [m.start for m in mentions]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
