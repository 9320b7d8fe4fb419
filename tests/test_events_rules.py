"""The language tables behind event building: every rule's examples, titles, sentences, clauses."""

from __future__ import annotations

import pytest

from dashboard import lang as languages
from dashboard.events.categories import categorize, category_rules
from dashboard.events.clauses import split_clauses, verb_group, words_of
from dashboard.events.nlp import cues_for, has_tagger, lang_module, load_nlp
from dashboard.events.sentences import is_heading_line, sentence_spans
from dashboard.events.titles import make_title
from dashboard.extract import fold
from dashboard.model import CATEGORIES

LANGUAGES = languages.available("events")

CATEGORY_EXAMPLES = [(lang, rule.name, rule.category, example)
                     for lang in LANGUAGES for rule in category_rules(lang) for example in rule.examples]
TENSE_EXAMPLES = [(lang, rule["name"], rule["kind"], example)
                  for lang in LANGUAGES for rule in lang_module(lang, "events").TENSE_RULES
                  for example in rule["examples"]]


@pytest.mark.parametrize(("lang", "name", "category", "example"), CATEGORY_EXAMPLES)
def test_every_category_rule_recognises_its_examples(lang, name, category, example):
    nlp = load_nlp(lang)
    text = fold(example)
    group = verb_group(text, 0, len(text), words_of(nlp(text)), cues_for(lang), has_tagger(nlp))
    assert categorize(text, lang, group.main if group else "") == category, name


@pytest.mark.parametrize(("lang", "name", "kind", "example"), TENSE_EXAMPLES)
def test_every_tense_rule_recognises_its_examples(lang, name, kind, example):
    nlp = load_nlp(lang)
    group = verb_group(example, 0, len(example), words_of(nlp(example)), cues_for(lang), has_tagger(nlp))
    assert group is not None and group.kind == kind, name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_category_rule_names_a_category_of_the_taxonomy(lang):
    assert {rule.category for rule in category_rules(lang)} == set(CATEGORIES) - {"other"}


def test_clause_without_any_cue_is_other():
    assert categorize("le ciel est bleu au-dessus de la ville", "fr") == "other"


def test_main_verb_outweighs_a_noun_cue_elsewhere_in_the_clause(fr_nlp):
    text = "Blinken a affirmé que Washington n'avait jamais encouragé les frappes et les attaques."
    group = verb_group(text, 0, len(text), words_of(fr_nlp(text)), cues_for("fr"), True)
    assert categorize(text, "fr", group.main) == "statement"


def test_unsupported_language_is_refused_with_the_supported_ones_named():
    with pytest.raises(ValueError, match="'de' is not supported: use one of fr, en"):
        load_nlp("de")


def test_pipelines_are_loaded_once_per_process(fr_nlp):
    assert load_nlp("fr") is fr_nlp


def test_english_pipeline_tags_and_names_with_sentences_from_punctuation(en_nlp):
    assert en_nlp.pipe_names[-1] == "sentencizer" and "ner" in en_nlp.pipe_names
    assert "parser" not in en_nlp.pipe_names and has_tagger(en_nlp)
    assert [(e.text, e.label_) for e in en_nlp("Joe Biden spoke in Washington.").ents] == [
        ("Joe Biden", "PERSON"), ("Washington", "GPE")]


@pytest.mark.parametrize(("clause", "title"), [
    ("Cependant, le Pentagone a révisé l’évaluation des menaces.", "Le Pentagone a révisé l’évaluation des menaces"),
    ("Mais Biden a secrètement approuvé le transfert.", "Biden a secrètement approuvé le transfert"),
    ("En outre, l’utilisation de missiles représenterait une escalade.",
     "L’utilisation de missiles représenterait une escalade"),
    ("- Par ailleurs, Kyiv a reçu des drones ;", "Kyiv a reçu des drones"),
    ("et les États-Unis ont livré les missiles en avril.", "Les États-Unis ont livré les missiles en avril"),
    ("However, the Pentagon changed its position.", "The Pentagon changed its position"),
])
def test_title_drops_leading_connectors_and_closing_period(clause, title):
    lang = "en" if clause.startswith("However") else "fr"
    assert make_title(clause, fold(clause), cues_for(lang)) == title


def test_glued_period_and_line_break_end_sentences():
    text = "Le soutien militaire à l'Ukraine.Il a été rapporté que Blinken hésitait\nUn titre ici"
    spans = sentence_spans(text, [(0, len(text))])
    assert [text[s:e] for s, e in spans] == [
        "Le soutien militaire à l'Ukraine.", "Il a été rapporté que Blinken hésitait", "Un titre ici"]


def test_acronym_periods_do_not_end_sentences():
    text = "Les U.S.A. ont livré des armes."
    assert sentence_spans(text, [(0, len(text))]) == [(0, len(text))]


@pytest.mark.parametrize(("text", "heading"), [
    ("Trump encourage Zelensky à frapper la Russie\nLe 4 juillet, il a appelé.", True),
    ("Le 4 juillet, il a appelé.\nSuite", False),
])
def test_a_whole_line_without_final_punctuation_is_a_heading(text, heading):
    end = text.index("\n")
    assert is_heading_line(text, 0, end) is heading


def _clauses(text, nlp, lang="fr"):
    return [text[s:e] for s, e in split_clauses(text, 0, len(text), words_of(nlp(text)), cues_for(lang),
                                                has_tagger(nlp))]


def test_coordinated_clauses_with_their_own_subjects_are_split(fr_nlp):
    text = ("Biden a approuvé le transfert des missiles en février, "
            "et les États-Unis ont livré les missiles en avril.")
    assert _clauses(text, fr_nlp) == ["Biden a approuvé le transfert des missiles en février, ",
                                      "et les États-Unis ont livré les missiles en avril."]


def test_a_second_verb_sharing_the_subject_stays_in_the_clause(fr_nlp):
    text = ("Trump a annoncé son intention de fournir des systèmes Patriot et d'intercepter les missiles, "
            "mais n'a pas divulgué l'expédition d'autres armes.")
    assert _clauses(text, fr_nlp) == [text]


def test_a_connector_inside_a_quotation_does_not_split(fr_nlp):
    text = "Zelensky a déclaré que « la guerre finira et la Russie paiera »."
    assert _clauses(text, fr_nlp) == [text]


def test_relative_clause_with_its_own_verb_is_split(fr_nlp):
    text = ("Cette décision intervient alors que la Russie a déployé 50 000 soldats à Koursk, "
            "où Kiev a lancé sa contre-offensive cet été.")
    assert _clauses(text, fr_nlp) == ["Cette décision intervient ",
                                      "alors que la Russie a déployé 50 000 soldats à Koursk, ",
                                      "où Kiev a lancé sa contre-offensive cet été."]


def test_english_clauses_split_without_a_tagger(en_nlp):
    text = "Biden approved the transfer in February, and the United States delivered the missiles in April."
    assert _clauses(text, en_nlp, "en") == ["Biden approved the transfer in February, ",
                                            "and the United States delivered the missiles in April."]


def test_a_line_without_a_verb_has_no_verb_group(fr_nlp):
    text = "Changement radical de posture"
    assert verb_group(text, 0, len(text), words_of(fr_nlp(text)), cues_for("fr"), True) is None


@pytest.mark.parametrize(("text", "main"), [
    ("La conversation a été déclenchée par l'appel.", "déclenchée"),
    ("Dix mille soldats avaient été envoyés en Russie.", "envoyés"),
    ("Après que l'Ukraine ait d'abord attaqué des cibles, Poutine a réagi.", "attaqué"),
    ("Les États-Unis vont livrer des missiles.", "livrer"),
    ("Trump envisagerait de vendre ces armes.", "envisagerait"),
])
def test_main_verb_is_the_participle_or_infinitive_after_auxiliaries(text, main, fr_nlp):
    group = verb_group(text, 0, len(text), words_of(fr_nlp(text)), cues_for("fr"), True)
    assert group.main == main


def test_words_of_reads_the_taggers_verb_features_and_shifts_offsets(fr_nlp):
    processed = fr_nlp("Il avait été prévenu, mais les troupes ont attaqué et attaqueraient encore.")
    words = words_of(processed, offset=100)
    assert [(w.start - 100, w.text) for w in words] == [(t.idx, t.text) for t in processed]
    assert [(w.verb_form, w.tense, w.mood) for w in words] == [
        tuple(",".join(t.morph.get(name)) for name in ("VerbForm", "Tense", "Mood")) for t in processed]
    assert any(w.verb_form == "Fin" for w in words)
