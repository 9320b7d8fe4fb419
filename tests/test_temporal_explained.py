"""Every way a date is decided reads as a human sentence in French and in English: each reason
code (weekday-year, publication day, future by tense, deadline, the year of the date before...)
and each way of dating (explicit, counted from publication, from the event just mentioned,
with no reference at all), from real find_dates mentions."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import WHY, Source
from dashboard.temporal import find_dates
from dashboard.views.card import how_dated

FRIDAY = date(2025, 10, 17)

# (sentence, published, lang, mention text, why, dated_by, words of the French and English
# sentence that must appear)
CASES = [
    ("Le verdict sera rendu le lundi 3 novembre.", FRIDAY, "fr", "lundi 3 novembre",
     "weekday_year", "explicit", ("jour de la semaine", "day of the week")),
    ("La cour d'appel a annoncé ce vendredi sa décision.", FRIDAY, "fr", "ce vendredi",
     "publication_day", "relative", ("jour même de la publication", "publication day itself")),
    ("Le sommet se tiendra dimanche à Bruxelles.", FRIDAY, "fr", "dimanche", "future_tense",
     "relative", ("futur (« tiendra »)", "future (")),
    ("The minister spoke on Tuesday.", FRIDAY, "en", "on Tuesday", "past_tense", "relative",
     ("passé (« spoke »)", "past (")),
    ("The new tariff applies from Jan. 1.", date(2025, 11, 4), "en", "Jan. 1",
     "nearest_future", "explicit", ("calendrier annoncé", "announced schedule")),
    ("Le bilan du 3 août reste lourd.", FRIDAY, "fr", "3 août", "past_default",
     "explicit", ("sans marque de temps", "no tense marker")),
    ("Ukraine struck a refinery last Tuesday.", FRIDAY, "en", "last Tuesday", "relation",
     "relative", ("« dernier » ou « prochain »", "“last” or “next”")),
    ("The review is due by the end of March.", date(2025, 2, 7), "en", "by the end of March",
     "deadline", "explicit", ("échéance", "deadline")),
    ("Le texte doit être voté avant la fin de l'année.", FRIDAY, "fr",
     "avant la fin de l'année", "deadline", "relative", ("au plus tard", "at the latest")),
    ("Le 12 mars 2024, il a été condamné, et le 21 mars il a fait appel.", FRIDAY, "fr",
     "21 mars", "earlier_year", "explicit", ("date écrite juste avant", "date written just before")),
]


@pytest.mark.parametrize("sentence, published, lang, text, why, dated_by, words", CASES)
def test_each_reason_reads_as_a_sentence_in_french_and_in_english(sentence, published, lang,
                                                                  text, why, dated_by, words):
    (mention,) = [m for m in find_dates(sentence, published, lang) if m.text == text]
    assert (mention.why, mention.dated_by) == (why, dated_by)
    source = _source(mention)
    in_french, in_english = how_dated(source, "fr"), how_dated(source, "en")
    assert words[0] in in_french and words[1] in in_english
    assert not any(key in said for said in (in_french, in_english) for key in ("why.", "how."))


def test_every_reason_code_is_covered_above():
    assert {case[4] for case in CASES} == set(WHY)


@pytest.mark.parametrize("sentence, published, text, fr, en", [
    ("Le pont a cédé le 3 mars 2024. Trois jours après l'accident, il a rouvert.", FRIDAY,
     "Trois jours après", "compté depuis l'événement précédent (3 mars 2024)",
     "counted from the previous event"),
    ("Le ministre a démissionné il y a trois jours.", FRIDAY, "il y a trois jours",
     "compté à rebours depuis le 17 oct. 2025", "counted back from"),
    ("Un mois plus tard, il était libéré.", FRIDAY, "Un mois plus tard",
     "sans date de référence", "no reference date"),
])
def test_counted_dates_say_what_they_count_from(sentence, published, text, fr, en):
    (mention,) = [m for m in find_dates(sentence, published, "fr") if m.text == text]
    source = _source(mention)
    assert fr in how_dated(source, "fr")
    assert en in how_dated(source, "en")


def _source(mention) -> Source:
    return Source(doc_id="d1", excerpt=mention.text, start=mention.start, end=mention.end,
                  date_text=mention.text, mention_start=mention.start,
                  mention_end=mention.end, date=mention.date, date_end=mention.date_end,
                  precision=mention.precision, dated_by=mention.dated_by,
                  anchor=mention.anchor, anchor_kind=mention.anchor_kind, why=mention.why,
                  marker=mention.marker)
