"""One name for each entity within a corpus, and the corpus's own aliases file."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.aliases import Alias, AliasTable, load_aliases
from dashboard.events.names import initials, name_corpus
from dashboard.model import Document, Event, Source


def _event(doc_id: str, text: str, **names) -> Event:
    source = Source(doc_id=doc_id, excerpt=text, start=0, end=len(text))
    return Event(id=f"{doc_id}:{text[:10]}", title=text[:60], date=date(2025, 1, 1), date_end=date(2025, 1, 1),
                 precision="day", date_text=None, dated_by="explicit", category="statement",
                 sources=(source,), **{k: tuple(v) for k, v in names.items()})


def _doc(doc_id: str, text: str, lang: str = "fr") -> Document:
    return Document(doc_id=doc_id, file=f"{doc_id}.txt", text=text, language=lang)


def _named(*docs_and_events, table=AliasTable()):
    built, spellings = name_corpus(list(docs_and_events), table)
    return [e for _, events in built for e in events], spellings


def test_a_surname_alone_takes_the_full_name_its_document_writes():
    text = "Emmanuel Macron a parlé lundi. Jeudi, Macron a promis un nouveau gouvernement."
    events, spellings = _named((_doc("a", text), [_event("a", "Jeudi, Macron a promis", actors=["Macron"])]))
    assert events[0].actors == ("Emmanuel Macron",) and "Macron" in spellings["Emmanuel Macron"]


def test_a_surname_alone_takes_the_one_full_name_the_corpus_gives_it():
    one = (_doc("a", "Kamala Harris a été investie."), [_event("a", "Kamala Harris a été investie", actors=["Kamala Harris"])])
    two = (_doc("b", "Harris affrontera Trump."), [_event("b", "Harris affrontera Trump", actors=["Harris"])])
    events, _ = _named(one, two)
    assert events[1].actors == ("Kamala Harris",)


def test_two_people_sharing_a_surname_stay_apart_and_the_surname_alone_stays_as_written():
    text = "Joe Biden a gracié son fils Hunter Biden dimanche. Biden a parlé de son nom."
    events, _ = _named((_doc("a", text, "fr"), [
        _event("a", "Joe Biden a gracié son fils Hunter Biden", actors=["Joe Biden", "Hunter Biden"]),
        _event("a", "Biden a parlé de son nom", actors=["Biden"])]))
    assert events[0].actors == ("Joe Biden", "Hunter Biden") and events[1].actors == ("Biden",)


def test_an_acronym_takes_the_organisation_whose_initials_it_is():
    text = "Le Parquet national financier enquête. Le PNF a requis jeudi."
    events, spellings = _named((_doc("a", text), [
        _event("a", "Le Parquet national financier enquête", organisations=["Parquet national financier"]),
        _event("a", "Le PNF a requis jeudi", organisations=["PNF"])]))
    assert events[1].organisations == ("Parquet national financier",)
    assert spellings["Parquet national financier"] == ("PNF",)


@pytest.mark.parametrize(("name", "expected"), [
    ("Parquet national financier", "PNF"), ("Rassemblement national", "RN"),
    ("Organisation mondiale de la santé", "OMS"), ("Democratic National Committee", "DNC"),
])
def test_initials_skip_the_small_words(name, expected):
    assert initials(name) == expected


def test_a_last_word_takes_the_longer_organisation_ending_with_it():
    text = "Le Real Madrid a recruté. Borussia Dortmund ne pouvait pas refuser, a dit Dortmund."
    events, _ = _named((_doc("a", text), [
        _event("a", "Borussia Dortmund", organisations=["Borussia Dortmund"]),
        _event("a", "a dit Dortmund", organisations=["Dortmund"])]))
    assert events[1].organisations == ("Borussia Dortmund",)


def test_an_alias_with_a_context_word_applies_only_where_the_document_has_that_word():
    table = AliasTable((Alias("Mark Latte", "Mark Rutte", "actors", "OTAN"),))
    with_nato = (_doc("a", "À l'OTAN, Mark Latte a salué l'accord."),
                 [_event("a", "Mark Latte a salué l'accord", actors=["Mark Latte"])])
    without = (_doc("b", "Mark Latte a salué l'accord."), [_event("b", "Mark Latte a salué l'accord", actors=["Mark Latte"])])
    events, spellings = _named(with_nato, without, table=table)
    assert events[0].actors == ("Mark Rutte",) and events[1].actors == ("Mark Latte",)
    assert "Mark Latte" in spellings["Mark Rutte"]


def test_an_alias_is_found_in_the_sentence_even_where_the_model_saw_no_name():
    table = AliasTable((Alias("bureau elliptique", "Oval Office", "places"),))
    events, _ = _named((_doc("a", "Une réunion au bureau elliptique."),
                        [_event("a", "Une réunion au bureau elliptique.")]), table=table)
    assert events[0].places == ("Oval Office",)


def test_the_spellings_of_a_name_include_the_gazetteer_s_in_every_language():
    _, spellings = _named((_doc("a", "Poutine a parlé."), [_event("a", "Poutine a parlé", actors=["Vladimir Putin"])]))
    assert "Poutine" in spellings["Vladimir Putin"] and "Putin" in spellings["Vladimir Putin"]


def test_spellings_that_differ_only_by_accents_become_the_most_frequent_one():
    events, _ = _named((_doc("a", "x"), [_event("a", "1", organisations=["Météo-France"]),
                                         _event("a", "2", organisations=["Météo-France"]),
                                         _event("a", "3", organisations=["Meteo-France"])]))
    assert {e.organisations for e in events} == {("Météo-France",)}


def test_the_aliases_file_loads_good_rows_and_names_the_bad_ones(tmp_path):
    (tmp_path / "aliases.csv").write_text(
        "alias,canonical,kind,context\nMark Latte,Mark Rutte,person,OTAN\n,Nobody,person,\nKiev,Kyiv,colour,\n",
        encoding="utf-8")
    table = load_aliases(tmp_path)
    assert table.aliases == (Alias("Mark Latte", "Mark Rutte", "actors", "OTAN"),)
    assert [p.split(":")[0] for p in table.problems] == ["aliases.csv, line 3", "aliases.csv, line 4"]


def test_a_corpus_without_an_aliases_file_has_no_aliases(tmp_path):
    assert load_aliases(tmp_path) == AliasTable() and load_aliases(tmp_path / "one.txt") == AliasTable()


def test_an_aliases_file_with_the_wrong_header_is_reported_and_ignored(tmp_path):
    (tmp_path / "aliases.csv").write_text("name,other\nx,y\n", encoding="utf-8")
    table = load_aliases(tmp_path)
    assert table.aliases == () and "first line" in table.problems[0]


def test_the_seed_corpus_aliases_file_names_the_machine_translation_garbles(articles_dir):
    table = load_aliases(articles_dir)
    assert {(a.alias, a.canonical) for a in table.aliases} >= {("Mark Latte", "Mark Rutte"),
                                                               ("bureau elliptique", "Oval Office")}
    assert table.problems == ()


def test_a_bad_aliases_row_is_reported_by_the_cli_and_the_rest_is_extracted(tmp_path, capsys):
    from dashboard.cli import main

    (tmp_path / "a.txt").write_text("Le 4 juillet 2025, Trump a appelé Zelensky.", encoding="utf-8")
    (tmp_path / "aliases.csv").write_text("alias,canonical,kind,context\nKiev,,place,\n", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--published", "2025-07-15", "--out", str(tmp_path / "e.json"),
                 "--quiet"]) == 0
    assert "warning: aliases.csv, line 2" in capsys.readouterr().err


def test_an_acronym_in_brackets_after_a_name_takes_that_name():
    text = "Les Forces de soutien rapide (FSR) ont signé. Mardi, les FSR ont tiré."
    events, _ = _named((_doc("a", text), [
        _event("a", "Les Forces de soutien rapide (FSR) ont signé", organisations=["Forces de soutien rapide"]),
        _event("a", "Mardi, les FSR ont tiré", organisations=["FSR"]),
        _event("a", "autre", organisations=["Fonds de solidarité régional"])]))
    assert events[1].organisations == ("Forces de soutien rapide",)


def test_a_name_read_as_a_person_once_and_an_organisation_twice_is_an_organisation_corpus_wide():
    from datetime import date

    from dashboard.events.names import name_corpus
    from dashboard.model import Document, Event, Source

    def event(event_id, doc_id, **names):
        day = date(2025, 1, 6)
        return Event(event_id, "t", day, day, "day", None, "explicit", "other",
                     sources=(Source(doc_id, "x", 0, 1),), **names)

    one = Document("d1", "d1.txt", "Selon Vantelis, le courant reviendra.", "fr")
    two = Document("d2", "d2.txt", "Vantelis a rétabli le courant. Vantelis promet mieux.", "fr")
    built = [(one, [event("a", "d1", actors=("Vantelis",))]),
             (two, [event("b", "d2", organisations=("Vantelis",)), event("c", "d2", organisations=("Vantelis",))])]
    named, _ = name_corpus(built)
    events = [e for _, evs in named for e in evs]
    assert all(e.organisations == ("Vantelis",) and e.actors == () for e in events)


def test_a_tie_between_two_kinds_leaves_each_event_as_the_model_read_it():
    from datetime import date

    from dashboard.events.names import name_corpus
    from dashboard.model import Document, Event, Source

    day = date(2025, 1, 6)
    one = Document("d1", "d1.txt", "Vantelis ici.", "fr")
    two = Document("d2", "d2.txt", "Vantelis là.", "fr")
    built = [(one, [Event("a", "t", day, day, "day", None, "explicit", "other", actors=("Vantelis",),
                          sources=(Source("d1", "x", 0, 1),))]),
             (two, [Event("b", "t", day, day, "day", None, "explicit", "other", organisations=("Vantelis",),
                          sources=(Source("d2", "x", 0, 1),))])]
    named, _ = name_corpus(built)
    assert [(e.actors, e.organisations) for _, evs in named for e in evs] == [(("Vantelis",), ()), ((), ("Vantelis",))]
