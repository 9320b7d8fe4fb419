"""Building events from one document, on sentences written for the purpose."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import build_events
from dashboard.events.analysis import Analyses, Article
from dashboard.events.build import dated_clauses, event_of, prose_sentences, units
from dashboard.events.titles import ELLIPSIS, MAX_HEADLINE
from dashboard.model import Document, Span

PUBLISHED = date(2024, 11, 17)
FILLER = ("Les analystes jugent la situation incertaine. Les discussions se poursuivent entre les "
          "alliés. La question reste ouverte. ")


def _doc(text: str, published: date | None = PUBLISHED, lang: str = "fr", **extra) -> Document:
    return Document(doc_id="t1", file="t1.txt", text=text, language=lang, published=published, **extra)


def _events(text: str, nlp, **extra):
    return build_events(_doc(text, **extra), nlp)


def test_sentence_with_two_dated_clauses_gives_two_events_sharing_the_sentence(fr_nlp):
    text = (FILLER + "Mais Biden a secrètement approuvé le transfert des missiles en février, "
            "et les États-Unis ont livré les missiles en avril.")
    february, april = _events(text, fr_nlp)
    assert (february.date, february.precision) == (date(2024, 2, 1), "month")
    assert (april.date, april.date_end) == (date(2024, 4, 1), date(2024, 4, 30))
    assert february.sources[0].excerpt == april.sources[0].excerpt == text[len(FILLER):]
    assert february.title == "Biden a secrètement approuvé le transfert des missiles"
    assert april.title == "Les États-Unis ont livré les missiles"
    assert (february.category, april.category) == ("decision", "delivery")


def test_a_phrase_with_its_own_date_inside_one_clause_is_a_second_event(fr_nlp):
    text = (FILLER + "L'entretien avec le chancelier le 12 mars a été préparé par une réunion "
            "des conseillers deux jours plus tôt.")
    meeting, preparation = _events(text, fr_nlp)
    assert (meeting.date, preparation.date) == (date(2024, 3, 12), date(2024, 3, 10))
    assert preparation.dated_by == "anaphoric" and preparation.anchor == date(2024, 3, 12)
    assert meeting.title == "L'entretien avec le chancelier a été préparé"
    assert preparation.title.startswith("Une réunion des conseillers")
    assert meeting.sources[0].excerpt == preparation.sources[0].excerpt


def test_an_elided_cue_word_still_sets_the_category(fr_nlp):
    text = FILLER + "L'attaque contre la raffinerie de Saratov a eu lieu le 3 novembre."
    (event,) = _events(text, fr_nlp)
    assert event.category == "strike"


def test_source_points_at_the_sentence_and_the_date_expression_in_the_original_text(fr_nlp):
    text = "Analyse.\nLe secrétaire d’État Antony Blinken a affirmé mardi que Washington n’avait rien permis."
    (event,) = _events(text, fr_nlp)
    source = event.sources[0]
    assert text[source.start:source.end] == source.excerpt
    assert source.excerpt.startswith("Le secrétaire d’État")
    assert text[source.mention_start:source.mention_end] == source.date_text == event.date_text == "mardi"
    assert (source.date, source.dated_by, source.anchor) == (date(2024, 11, 12), "relative", PUBLISHED)
    assert event.date_source == "t1" and event.language == "fr"
    assert "Antony Blinken" in event.actors
    assert event.category == "statement"


def test_lead_news_without_a_date_is_dated_by_publication(fr_nlp):
    text = "Le président Joe Biden a autorisé l'Ukraine à utiliser des missiles américains en Russie."
    (event,) = _events(text, fr_nlp)
    assert (event.date, event.date_end, event.precision) == (PUBLISHED, PUBLISHED, "day")
    assert (event.dated_by, event.date_text, event.anchor) == ("publication", None, PUBLISHED)
    assert event.sources[0].mention_start is None
    assert event.category == "decision" and "Joe Biden" in event.actors
    assert event.confidence < 0.8


def test_lead_news_after_many_verbless_opening_sentences_is_still_found(fr_nlp):
    # The lead is the first sentences with a verb, however far down: sentences past the
    # opening ones are tagged when the lead reaches them.
    verbless = ("Une journée tendue à Kiev. Des sirènes dans la nuit. Des rues vides. Un ciel gris. "
                "Des files d'attente. Une ville en alerte. Des abris pleins. ")
    (event,) = _events(verbless + "Le président Joe Biden a autorisé l'Ukraine à utiliser des "
                       "missiles américains en Russie.", fr_nlp)
    assert (event.dated_by, event.category) == ("publication", "decision")
    assert "Joe Biden" in event.actors


def test_dated_sentence_deep_in_an_article_gets_its_names_and_category(fr_nlp):
    text = FILLER * 8 + "Le 12 mars, le président Joe Biden a autorisé l'Ukraine à frapper la Russie."
    (event,) = _events(text, fr_nlp)
    assert (event.date, event.category) == (date(2024, 3, 12), "decision")
    assert event.actors[0] == "Joe Biden" and event.sources[0].start == len(FILLER * 8)


def test_undated_news_after_the_lead_is_not_an_event(fr_nlp):
    text = (FILLER + "Le président Joe Biden a autorisé l'Ukraine à utiliser des missiles américains.")
    assert _events(text, fr_nlp) == []


@pytest.mark.parametrize("sentence", [
    "Cette décision comporte des risques pour Washington.",
    "Le président Joe Biden avait longtemps hésité à autoriser ces frappes.",
    "Les responsables estiment que ces armes pourraient renforcer l'Ukraine.",
])
def test_undated_analysis_or_background_in_the_lead_is_not_an_event(sentence, fr_nlp):
    assert _events(sentence, fr_nlp) == []


def test_undated_lead_clause_gets_publication_and_the_dated_clause_its_own_date(fr_nlp):
    text = ("Cette décision intervient alors que la Russie a déployé près de 50 000 soldats à Koursk, "
            "où Kiev a lancé sa contre-offensive surprise cet été.")
    deployment, offensive = _events(text, fr_nlp)
    assert (deployment.dated_by, deployment.date, deployment.category) == ("publication", PUBLISHED, "deployment")
    assert deployment.title.startswith("La Russie a déployé près de 50 000 soldats à Koursk")
    assert (offensive.date_text, offensive.precision, offensive.category) == ("cet été", "season", "strike")
    assert offensive.title == "Kiev a lancé sa contre-offensive surprise"


def test_future_clause_is_planned(fr_nlp):
    text = FILLER + "Les États-Unis livreront des missiles Patriot à l'Ukraine en mars prochain."
    (event,) = _events(text, fr_nlp)
    assert event.status == "planned"
    assert event.category == "delivery"


def test_reported_conditional_is_hedged_but_happened(fr_nlp):
    plain = FILLER + "Le 4 juillet 2025, Donald Trump a demandé à Volodymyr Zelensky s'il pouvait frapper Moscou."
    hedged = FILLER + "Le 4 juillet 2025, Donald Trump aurait demandé à Volodymyr Zelensky s'il pouvait frapper Moscou."
    (sure,) = _events(plain, fr_nlp, published=date(2025, 7, 15))
    (rumour,) = _events(hedged, fr_nlp, published=date(2025, 7, 15))
    assert rumour.status == sure.status == "happened"
    assert rumour.confidence < sure.confidence


def test_a_time_used_as_subject_does_not_date_an_event(fr_nlp):
    assert _events(FILLER + "Les prochaines semaines diront si cette stratégie force un accord.", fr_nlp) == []


def test_relative_date_inside_a_quotation_is_not_counted_from_publication(fr_nlp):
    text = FILLER + "« Je pensais qu'il y avait un accord il y a deux mois », a dit Donald Trump."
    assert _events(text, fr_nlp) == []


def test_event_ids_are_stable_across_runs_and_distinct_within_a_document(fr_nlp):
    text = (FILLER + "Mais Biden a approuvé le transfert des missiles en février, "
            "et les États-Unis ont livré les missiles en avril.")
    first = [e.id for e in _events(text, fr_nlp)]
    assert first == [e.id for e in _events(text, fr_nlp)]
    assert len(set(first)) == 2 and all(len(i) == 12 for i in first)


def test_headline_drops_the_connector_the_date_and_the_asides_and_fits_the_limit(fr_nlp):
    text = (FILLER + "Cependant, le 6 décembre, le secrétaire d'État américain Antony Blinken a affirmé devant "
            "la presse réunie à Washington que les États-Unis n'avaient ni encouragé ni permis ces frappes.")
    (event,) = _events(text, fr_nlp)
    assert event.title.startswith("Blinken a affirmé")
    assert len(event.title) <= MAX_HEADLINE and ELLIPSIS not in event.title
    assert "6 décembre" in event.sources[0].excerpt


def test_sentences_glued_without_a_space_are_separate_events(fr_nlp):
    text = (FILLER + "Le 3 mars 2024, Kiev a reçu des drones.Le 5 avril 2024, Moscou a lancé une offensive.")
    march, april = _events(text, fr_nlp)
    assert march.sources[0].excerpt == "Le 3 mars 2024, Kiev a reçu des drones."
    assert april.sources[0].excerpt == "Le 5 avril 2024, Moscou a lancé une offensive."


def test_subheadings_and_furniture_never_become_events(fr_nlp):
    body = "Le 4 juillet 2025, Donald Trump a appelé Volodymyr Zelensky."
    subheading = "\nLe 5 juillet 2025, Trump appelle Poutine\n"
    furniture = "Publié le 12 mars 2024 à 10 h. Partagez cet article le 12 mars 2024.\n"
    text = body + subheading + furniture + FILLER
    start = len(body + subheading)
    doc = _doc(text, furniture=(Span(start, start + len(furniture) - 1, "share"),))
    (event,) = build_events(doc, fr_nlp)
    assert event.sources[0].excerpt == body


def test_document_with_an_error_gives_no_events(fr_nlp):
    assert build_events(_doc("", error="t1.txt: could not be decoded"), fr_nlp) == []


def test_undated_document_builds_events_without_guessing_a_date(fr_nlp):
    text = "Le président Joe Biden a autorisé l'Ukraine à frapper la Russie. Mardi, Antony Blinken a affirmé le contraire."
    events = _events(text, fr_nlp, published=None)
    assert [e.date for e in events] == [None, None]
    assert [e.dated_by for e in events] == ["publication", "relative"]
    assert all(e.confidence <= 0.5 for e in events)


def test_english_document_builds_events_with_the_blank_pipeline(en_nlp):
    text = ("Ukraine war: Washington shifts\n"
            "On July 4, 2025, Donald Trump asked Volodymyr Zelensky whether Ukraine could strike Moscow. "
            "Analysts remain divided. Biden approved the transfer in February, "
            "and the United States delivered the missiles in April.")
    events = _events(text, en_nlp, published=date(2025, 7, 15), lang="en")
    assert [(e.date, e.precision) for e in events] == [
        (date(2025, 7, 4), "day"), (date(2025, 2, 1), "month"), (date(2025, 4, 1), "month")]
    assert events[2].title == "The United States delivered the missiles"
    assert events[2].category == "delivery" and events[2].language == "en"
    assert "Donald Trump" in events[0].actors


def test_past_tense_title_above_the_article_is_headline_news_but_a_subheading_is_not(fr_nlp):
    text = ("Joe Biden a autorisé l'Ukraine à frapper la Russie\n\n" + FILLER +
            "\nAntony Blinken a annoncé une nouvelle aide\n" + FILLER)
    (event,) = _events(text, fr_nlp)
    assert event.sources[0].excerpt == "Joe Biden a autorisé l'Ukraine à frapper la Russie"
    assert (event.dated_by, event.date) == ("publication", PUBLISHED)


STEPS_TEXT = (FILLER + "Biden a approuvé le transfert des missiles en février, et les États-Unis "
              "ont livré les missiles en avril. Le Kremlin a dénoncé l'envoi le 3 mai. "
              "Les experts restent partagés.")


def test_each_step_hands_a_value_to_the_next_and_together_they_are_build_events(fr_nlp):
    article = Article.read(_doc(STEPS_TEXT), fr_nlp)
    analyses = Analyses(article, fr_nlp)
    events = []
    for prose in prose_sentences(article, analyses):
        if not article.mentions_in(prose.start, prose.end):
            continue
        sentence = analyses.sentence(prose.index)
        clauses = dated_clauses(article, sentence, prose)
        assert all(c.mention is None or prose.start <= c.mention.start < prose.end for c in clauses)
        for unit in units(clauses):
            events.append(event_of(article, sentence, prose, unit, unit.key.start == clauses[0].start))
    assert [e.date_text for e in events] == ["en février", "en avril", "3 mai"]
    assert events == build_events(_doc(STEPS_TEXT), fr_nlp)


def test_a_sentence_reads_the_same_whichever_sentences_were_analysed_before_it(fr_nlp):
    article = Article.read(_doc(STEPS_TEXT), fr_nlp)
    forward, backward = Analyses(article, fr_nlp), Analyses(article, fr_nlp)
    indexes = range(len(article.sentences))
    ahead = [forward.sentence(i) for i in indexes]
    behind = [backward.sentence(i) for i in reversed(indexes)][::-1]
    assert ahead == behind
    assert all(s.start <= w.start and w.end <= s.end for s in ahead for w in s.words)
