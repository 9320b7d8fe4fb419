"""The correction, upload and sharing panels of the page, driven headless by AppTest.

Corpus "demo" holds the seven events of tests/fixtures/ui_corpus.json, stored as the
extractor would have stored them, so no test here waits for an extraction except the ones
that add an article.
"""

from __future__ import annotations

import os

import pytest
from app_support import open_page as open_link
from curation_support import load_machine_events
from streamlit.testing.v1 import AppTest

from dashboard.curation.workspace import Workspace

ENV = ("FRISE_EVENTS", "FRISE_DB", "FRISE_CORPUS", "FRISE_SHARED")


@pytest.fixture
def workspace(tmp_path, ui_corpus, monkeypatch):
    """A fresh workspace with corpus "demo", which the page reads through FRISE_DB."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FRISE_DB", str(tmp_path / "frise.sqlite"))
    monkeypatch.setenv("FRISE_EVENTS", str(tmp_path / "events.json"))
    created = Workspace(tmp_path / "frise.sqlite", shared=False)
    created.key = created.create("demo", "Démo des grèves")
    load_machine_events(created, "demo", ui_corpus)
    return created


def open_page(params: dict, author: str | None = "Ana") -> AppTest:
    at = open_link(params)
    if author and any(w.key == "author" for w in at.text_input):
        at.text_input(key="author").input(author).run()
    return at


def texts(at: AppTest) -> str:
    """Everything the page says; notices come through plain_markdown, so its escapes are undone."""
    return " ".join([m.value for m in at.markdown] + [e.value.replace("\\", "") for kind in
                     (at.success, at.info, at.warning, at.error) for e in kind])


def keys(at: AppTest) -> set[str]:
    return {w.key for w in (*at.button, *at.text_input, *at.text_area, *at.selectbox)} | {
        e.proto.id for e in at.get("file_uploader")}


def test_a_single_user_page_says_it_is_editable_and_keeps_the_corpus_in_the_link(workspace):
    at = open_page({"corpus": "demo"})
    assert not at.exception
    assert any("Page modifiable" in i.value for i in at.info)
    assert "Démo des grèves" in texts(at) or any("Démo des grèves" in s.value for s in at.subheader)
    at.selectbox(key="event").select("ev-kursk").run()
    assert at.query_params["corpus"] == "demo" and at.query_params["event"] == "ev-kursk"


def test_correcting_an_event_shows_corrige_a_la_main_with_who_and_its_history(workspace):
    at = open_page({"corpus": "demo", "event": "ev-kursk"})
    at.button(key="edit").click().run()
    at.text_input(key="edit_title").input("Kiev entre dans la région de Koursk")
    at.selectbox(key="edit_category").select("deployment")
    at.button(key="edit_save").click().run()
    assert not at.exception
    shown = texts(at)
    assert "Kiev entre dans la région de Koursk" in shown
    assert "Corrigé à la main par Ana" in shown and "Titre, Catégorie" in shown
    assert any(e.label.startswith("Historique de l'événement (2)") for e in at.expander)
    assert workspace.open("demo").event("ev-kursk").category == "deployment"


def save_over_bens_title(workspace) -> AppTest:
    """Ana opens the editor, Ben saves a title meanwhile, then Ana saves hers over it."""
    at = open_page({"corpus": "demo", "event": "ev-kursk"})
    at.button(key="edit").click().run()
    workspace.edit("demo", "ev-kursk", {"title": "Version de Ben"}, author="Ben", version=0)
    at.text_input(key="edit_title").input("Version d'Ana")
    at.button(key="edit_save").click().run()
    return at


def test_saving_over_a_colleagues_unseen_change_shows_both_values_and_a_choice(workspace):
    at = save_over_bens_title(workspace)
    shown = texts(at)
    assert "Quelqu'un a modifié cet événement" in shown
    assert "Ben a mis « Version de Ben »" in shown and "vous proposez « Version d&#x27;Ana »" in shown
    assert workspace.open("demo").event("ev-kursk").title == "Version de Ben"
    at.button(key="keep_mine").click().run()
    assert workspace.open("demo").event("ev-kursk").title == "Version d'Ana"


def test_keeping_their_version_saves_nothing_of_mine(workspace):
    at = save_over_bens_title(workspace)
    at.button(key="keep_theirs").click().run()
    assert workspace.open("demo").event("ev-kursk").title == "Version de Ben"
    assert [e.author for e in workspace.history("demo")] == ["Ben"]


def test_undo_and_redo_take_back_and_replay_only_my_change(workspace):
    workspace.edit("demo", "ev-blinken", {"title": "Changement de Ben"}, author="Ben", version=0)
    at = open_page({"corpus": "demo", "event": "ev-kursk"})
    at.button(key="edit").click().run()
    at.text_input(key="edit_title").input("Changement d'Ana")
    at.button(key="edit_save").click().run()
    at.button(key="undo").click().run()
    view = workspace.open("demo")
    assert view.event("ev-kursk").title != "Changement d'Ana"
    assert view.event("ev-blinken").title == "Changement de Ben"
    assert "Modification annulée" in texts(at)
    at.button(key="redo").click().run()
    assert workspace.open("demo").event("ev-kursk").title == "Changement d'Ana"


def test_a_change_without_a_name_asks_for_one(workspace):
    at = open_page({"corpus": "demo", "event": "ev-kursk"}, author=None)
    at.button(key="delete").click().run()
    assert "Indiquez votre nom" in texts(at)
    assert "ev-kursk" in {e.id for e in workspace.open("demo").corpus.events}


def test_deleting_hides_the_event_and_restoring_brings_it_back(workspace):
    at = open_page({"corpus": "demo", "event": "ev-times"})
    at.button(key="delete").click().run()
    assert "ev-times" not in {e.id for e in workspace.open("demo").corpus.events}
    assert "6 sur 6 événements" in texts(at)
    at.selectbox(key="restore_pick").select("ev-times")
    at.button(key="restore").click().run()
    assert "7 sur 7 événements" in texts(at)


def test_joining_and_splitting_from_the_page(workspace):
    at = open_page({"corpus": "demo", "event": "ev-atacms-feb"})
    at.selectbox(key="join_with").select("ev-blinken")
    at.button(key="join_go").click().run()
    joined = workspace.open("demo").event("ev-atacms-feb")
    assert len(joined.sources) == 2 and "6 sur 6 événements" in texts(at)
    at.selectbox(key="split_source").select(1)
    at.button(key="split_go").click().run()
    assert len(workspace.open("demo").corpus.events) == 7


def test_adding_an_event_by_hand_with_a_sentence_as_its_source(workspace, ui_corpus):
    doc = ui_corpus.documents[2]
    at = open_page({"corpus": "demo"})
    at.text_input(key="add_title").input("Réunion du groupe de Ramstein")
    at.date_input(key="add_date").set_value(__import__("datetime").date(2024, 9, 6))
    at.selectbox(key="add_doc").select(doc.doc_id).run()
    at.selectbox(key="add_sentence").select_index(1)
    at.button(key="add_go").click().run()
    assert not at.exception
    view = workspace.open("demo")
    (added,) = [e for e in view.corpus.events if e.id.startswith("hand-")]
    assert added.title == "Réunion du groupe de Ramstein" and added.sources[0].doc_id == doc.doc_id
    assert at.query_params["event"] == added.id and "Événement ajouté à la main" in texts(at)


def test_pasting_a_text_extracts_it_into_the_corpus(workspace):
    at = open_page({"corpus": "demo"})
    at.text_input(key="paste_title").input("Grève au port")
    at.text_area(key="paste_text").input(
        "Les dockers du port de Marseille ont cessé le travail le 14 mars 2023 pour protester "
        "contre la réforme des retraites.")
    at.button(key="paste_go").click().run()
    assert not at.exception
    assert "1 ajouté(s), 0 refusé(s)" in texts(at)
    assert any(d.title == "Grève au port" for d in workspace.open("demo").corpus.documents)


def test_a_url_that_cannot_be_fetched_gets_a_notice_and_nothing_changes(workspace):
    at = open_page({"corpus": "demo"})
    at.text_input(key="url").input("http://frise-test.invalid/article.html")
    at.button(key="url_go").click().run()
    assert "Page non récupérée" in texts(at) and "looks offline" in texts(at)
    assert len(workspace.open("demo").corpus.documents) == 5


def test_the_view_link_of_a_shared_server_is_read_only(workspace, monkeypatch):
    workspace.edit("demo", "ev-kursk", {"title": "Koursk, corrigé"}, author="Ana", version=0)
    monkeypatch.setenv("FRISE_SHARED", "1")
    at = open_page({"corpus": "demo", "event": "ev-kursk"})
    assert not at.exception
    present = keys(at)
    for control in ("author", "edit", "delete", "undo", "redo", "join_go", "add_go", "upload_go",
                    "paste_go", "url_go", "restore"):
        assert control not in present, control
    assert not at.get("file_uploader")
    assert "Lecture seule" in texts(at) and "Koursk, corrigé" in texts(at)
    assert "Corrigé à la main par Ana" in texts(at)


def test_a_wrong_key_is_read_only_and_the_edit_link_can_edit(workspace, monkeypatch):
    monkeypatch.setenv("FRISE_SHARED", "1")
    wrong = open_page({"corpus": "demo", "key": "pas-la-cle"})
    assert "edit" not in keys(wrong) and "Lecture seule" in texts(wrong)
    at = open_page({"corpus": "demo", "key": workspace.key, "event": "ev-kursk"})
    assert {"author", "edit", "upload_go"} <= keys(at)
    at.button(key="edit").click().run()
    at.text_input(key="edit_title").input("Avec la clé")
    at.button(key="edit_save").click().run()
    assert workspace.open("demo").event("ev-kursk").title == "Avec la clé"
    assert at.query_params["key"] == workspace.key


def test_an_unknown_corpus_says_so_and_lists_the_corpora(workspace):
    at = open_page({"corpus": "nulle-part"}, author=None)
    assert not at.exception
    assert "Aucun corpus ne s'appelle « nulle-part »" in at.error[0].value and "demo" in at.error[0].value


def test_a_malformed_corpus_name_gets_a_notice(workspace):
    at = open_page({"corpus": "../etc"}, author=None)
    # Notices quote the link through plain_markdown: its escapes are undone before comparing.
    assert any("../etc" in w.value.replace("\\", "") for w in at.warning)


def test_an_orphaned_correction_is_listed_on_the_page(workspace, ui_corpus):
    from dashboard.model import Corpus

    workspace.edit("demo", "ev-times", {"title": "Le Times, corrigé"}, author="Ana", version=0)
    without = Corpus(ui_corpus.documents, tuple(e for e in ui_corpus.events if e.id != "ev-times"),
                     ui_corpus.places)
    load_machine_events(workspace, "demo", without)
    at = open_page({"corpus": "demo"})
    assert any(e.label.startswith("1 correction(s) orpheline(s)") for e in at.expander)
    assert "Titre (Ana" in texts(at)


def test_export_files_are_named_after_the_corpus_and_mark_corrections(workspace):
    from dashboard.ui.downloads import downloads

    workspace.edit("demo", "ev-kursk", {"title": "Koursk"}, author="Ana", version=0)
    view = workspace.open("demo")
    files = downloads(view.corpus.events, view.corpus, "fr", view)
    assert [f.file_name for f in files] == ["frise-demo.csv", "frise-demo.json",
                                            "frise-demo.timelinejs.json", "frise-demo.html"]
    assert "corrigé à la main : Titre" not in files[0].make()
    assert "corrigé à la main : title (Ana" in files[0].make()
    at = open_page({"corpus": "demo"})
    assert [b.key for b in at.download_button] == ["export_csv", "export_json",
                                                   "export_timelinejs", "export_html"]


def test_english_labels_for_the_correction_panels(workspace):
    at = open_page({"corpus": "demo", "event": "ev-kursk", "lang": "en"})
    assert at.button(key="edit").label == "Correct" and at.button(key="undo").label == "Undo my last change"
    assert any("Editable page" in i.value for i in at.info)
    assert os.environ["FRISE_DB"].endswith("frise.sqlite")
