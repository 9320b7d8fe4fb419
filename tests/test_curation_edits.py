"""The workspace's edit log, versions, conflicts, undo and redo, on the seven-event ui corpus."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from curation_support import load_machine_events

from dashboard.curation.fields import InvalidValue
from dashboard.curation.workspace import KeyRequired, Workspace
from dashboard.store import StoreError, save_corpus
from dashboard.store.edits import EditConflict, NothingToUndo
from dashboard.store.workspace import WORKSPACE_VERSION


def event(workspace, event_id, slug="demo"):
    return workspace.open(slug).event(event_id)


def test_a_workspace_is_in_wal_mode_and_carries_its_schema_version(demo_workspace):
    with sqlite3.connect(demo_workspace.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == WORKSPACE_VERSION


def test_an_old_extraction_snapshot_at_the_path_becomes_a_workspace(tmp_path, ui_corpus):
    path = tmp_path / "frise.sqlite"
    save_corpus(path, ui_corpus)
    workspace = Workspace(path, shared=False)
    workspace.create("demo")
    assert [c.slug for c in workspace.corpora()] == ["demo"]


def test_extracting_into_a_workspace_file_is_refused_so_no_correction_is_lost(demo_workspace, ui_corpus):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Koursk"}, author="Ana", version=0)
    with pytest.raises(StoreError, match="workspace"):
        save_corpus(demo_workspace.path, ui_corpus)
    assert event(demo_workspace, "ev-kursk").title == "Koursk"


def test_a_schema_from_a_newer_frise_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "frise.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 999")
    with pytest.raises(StoreError, match="schema version 999"):
        Workspace(path).corpora()


def test_corpora_keep_their_own_documents_events_and_corrections(demo_workspace, ui_corpus):
    demo_workspace.create("other", "Autre")
    load_machine_events(demo_workspace, "other", ui_corpus)
    demo_workspace.edit("demo", "ev-kursk", {"title": "Koursk, août 2024"}, author="Ana", version=0)
    assert event(demo_workspace, "ev-kursk").title == "Koursk, août 2024"
    assert event(demo_workspace, "ev-kursk", "other").title == ui_corpus.events[3].title
    assert [(c.slug, c.title, c.documents) for c in demo_workspace.corpora()] == [
        ("demo", "Démo", 5), ("other", "Autre", 5)]


@pytest.mark.parametrize("name", ["Ukraine", "../etc", "a b", "", "x" * 65, "-start"])
def test_a_corpus_name_that_cannot_go_in_a_url_is_refused(demo_workspace, name):
    with pytest.raises(StoreError, match="not a corpus name"):
        demo_workspace.create(name)


def test_a_corpus_name_is_taken_only_once(demo_workspace):
    with pytest.raises(StoreError, match="exists already"):
        demo_workspace.create("demo")


def test_every_corrected_field_shows_on_the_event_with_who_and_when(demo_workspace):
    changes = {"title": "Kiev entre dans la région de Koursk", "date": "2024-08-06",
               "date_end": "2024-08-06", "precision": "day", "category": "deployment",
               "status": "planned", "actors": ["Volodymyr Zelensky"], "places": "Kursk; Sudzha"}
    demo_workspace.edit("demo", "ev-kursk", changes, author="Ana", version=0)
    view = demo_workspace.open("demo")
    corrected = view.event("ev-kursk")
    assert (corrected.title, corrected.date.isoformat(), corrected.precision, corrected.category,
            corrected.status, corrected.actors, corrected.places) == (
        "Kiev entre dans la région de Koursk", "2024-08-06", "day", "deployment", "planned",
        ("Volodymyr Zelensky",), ("Kursk", "Sudzha"))
    state = view.state("ev-kursk")
    assert state.version == 1 and set(state.corrected) == set(changes)
    assert {m.by for m in state.corrected.values()} == {"Ana"}


def test_each_change_is_a_log_row_with_when_who_what_before_and_after(demo_workspace, ui_corpus):
    before = ui_corpus.events[3]
    demo_workspace.edit("demo", "ev-kursk", {"title": "Koursk"}, author="Ana", version=0)
    demo_workspace.edit("demo", "ev-kursk", {"title": "Koursk (août)"}, author="Ben", version=1)
    log = demo_workspace.history("demo", "ev-kursk")
    assert [(e.author, e.action, e.field, e.before.value, e.after.value) for e in log] == [
        ("Ana", "edit", "title", before.title, "Koursk"),
        ("Ben", "edit", "title", "Koursk", "Koursk (août)")]
    assert all(e.at.endswith("+00:00") for e in log)


@pytest.mark.parametrize("changes, message", [
    ({"date": "2024-13-01"}, "not a date"),
    ({"precision": "hour"}, "precision"),
    ({"category": "gossip"}, "category"),
    ({"status": "maybe"}, "status"),
    ({"title": "   "}, "empty"),
    ({"date": "2024-08-06", "date_end": "2024-08-01"}, "ends"),
    ({"confidence": 1}, "cannot be corrected"),
])
def test_a_value_no_event_can_hold_is_refused_and_nothing_is_written(demo_workspace, changes, message):
    with pytest.raises(InvalidValue, match=message):
        demo_workspace.edit("demo", "ev-kursk", changes, author="Ana", version=0)
    assert demo_workspace.history("demo") == []


def test_a_change_needs_the_name_of_who_makes_it(demo_workspace):
    with pytest.raises(StoreError, match="name"):
        demo_workspace.edit("demo", "ev-kursk", {"title": "Koursk"}, author="  ", version=0)


def test_saving_over_a_change_you_did_not_see_raises_a_conflict_with_both_values(demo_workspace):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Version d'Ana"}, author="Ana", version=0)
    with pytest.raises(EditConflict) as raised:
        demo_workspace.edit("demo", "ev-kursk", {"title": "Version de Ben"}, author="Ben", version=0)
    (conflict,) = raised.value.conflicts
    assert (conflict.field, conflict.yours, conflict.theirs, conflict.theirs_by) == (
        "title", "Version de Ben", "Version d'Ana", "Ana")
    assert raised.value.version == 1
    assert event(demo_workspace, "ev-kursk").title == "Version d'Ana"


def test_after_seeing_both_values_a_person_can_save_theirs_over_it(demo_workspace):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Version d'Ana"}, author="Ana", version=0)
    demo_workspace.edit("demo", "ev-kursk", {"title": "Version de Ben"}, author="Ben", version=0,
                        force=True)
    assert event(demo_workspace, "ev-kursk").title == "Version de Ben"
    assert [e.author for e in demo_workspace.history("demo", "ev-kursk")] == ["Ana", "Ben"]


def test_unseen_changes_to_other_fields_are_kept_side_by_side(demo_workspace):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Version d'Ana"}, author="Ana", version=0)
    demo_workspace.edit("demo", "ev-kursk", {"category": "deployment"}, author="Ben", version=0)
    corrected = event(demo_workspace, "ev-kursk")
    assert (corrected.title, corrected.category) == ("Version d'Ana", "deployment")


def test_undo_takes_back_your_own_last_change_not_a_colleagues(demo_workspace, ui_corpus):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Ana 1"}, author="Ana", version=0)
    demo_workspace.edit("demo", "ev-blinken", {"title": "Ben 1"}, author="Ben", version=0)
    demo_workspace.undo("demo", author="Ana")
    assert event(demo_workspace, "ev-kursk").title == ui_corpus.events[3].title
    assert event(demo_workspace, "ev-blinken").title == "Ben 1"
    assert demo_workspace.open("demo").state("ev-kursk").corrected == {}
    with pytest.raises(NothingToUndo):
        demo_workspace.undo("demo", author="Ana")


def test_undo_goes_back_one_change_at_a_time_and_redo_replays_them(demo_workspace):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Un"}, author="Ana", version=0)
    demo_workspace.edit("demo", "ev-kursk", {"title": "Deux", "category": "report"}, author="Ana",
                        version=1)
    demo_workspace.undo("demo", author="Ana")
    assert (event(demo_workspace, "ev-kursk").title, event(demo_workspace, "ev-kursk").category) == (
        "Un", "strike")
    demo_workspace.redo("demo", author="Ana")
    assert event(demo_workspace, "ev-kursk").title == "Deux"
    demo_workspace.undo("demo", author="Ana")
    demo_workspace.undo("demo", author="Ana")
    demo_workspace.redo("demo", author="Ana")
    assert event(demo_workspace, "ev-kursk").title == "Un"


def test_a_new_change_ends_what_you_could_redo(demo_workspace):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Un"}, author="Ana", version=0)
    demo_workspace.undo("demo", author="Ana")
    demo_workspace.edit("demo", "ev-blinken", {"title": "Autre"}, author="Ana", version=0)
    with pytest.raises(NothingToUndo):
        demo_workspace.redo("demo", author="Ana")


def test_undo_and_redo_stay_inside_one_corpus(demo_workspace, ui_corpus):
    demo_workspace.create("other")
    load_machine_events(demo_workspace, "other", ui_corpus)
    demo_workspace.edit("other", "ev-kursk", {"title": "Ailleurs"}, author="Ana", version=0)
    with pytest.raises(NothingToUndo):
        demo_workspace.undo("demo", author="Ana")
    assert event(demo_workspace, "ev-kursk", "other").title == "Ailleurs"


def test_undo_that_would_erase_a_colleagues_later_change_is_a_conflict(demo_workspace):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Ana"}, author="Ana", version=0)
    demo_workspace.edit("demo", "ev-kursk", {"title": "Ben"}, author="Ben", version=1)
    with pytest.raises(EditConflict) as raised:
        demo_workspace.undo("demo", author="Ana")
    assert raised.value.conflicts[0].theirs == "Ben"
    assert event(demo_workspace, "ev-kursk").title == "Ben"


def test_undo_and_redo_are_kept_in_the_history(demo_workspace):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Ana"}, author="Ana", version=0)
    demo_workspace.undo("demo", author="Ana")
    demo_workspace.redo("demo", author="Ana")
    assert [e.action for e in demo_workspace.history("demo", "ev-kursk")] == ["edit", "undo", "redo"]


def test_a_deleted_event_is_hidden_kept_and_restorable(demo_workspace):
    demo_workspace.delete("demo", "ev-times", author="Ana")
    view = demo_workspace.open("demo")
    assert "ev-times" not in {e.id for e in view.corpus.events}
    assert [e.id for e in view.curated.deleted] == ["ev-times"]
    demo_workspace.restore("demo", "ev-times", author="Ana")
    assert "ev-times" in {e.id for e in demo_workspace.open("demo").corpus.events}


def test_undoing_a_delete_brings_the_event_back(demo_workspace):
    demo_workspace.delete("demo", "ev-times", author="Ana")
    demo_workspace.undo("demo", author="Ana")
    assert "ev-times" in {e.id for e in demo_workspace.open("demo").corpus.events}


def test_joining_two_events_gives_one_event_with_both_sources_and_undo_parts_them(demo_workspace):
    demo_workspace.join("demo", "ev-atacms-feb", "ev-blinken", author="Ana")
    view = demo_workspace.open("demo")
    joined = view.event("ev-atacms-feb")
    assert view.event("ev-blinken") is None
    assert [s.doc_id for s in joined.sources] == ["002_c51898415781cb4d", "003_db2530973f020613"]
    assert len(view.corpus.events) == 6
    demo_workspace.undo("demo", author="Ana")
    assert len(demo_workspace.open("demo").corpus.events) == 7


def test_a_source_split_out_becomes_an_event_of_its_own_dated_by_its_own_reading(demo_workspace, ui_corpus):
    source = ui_corpus.events[0].sources[1]
    new_id = demo_workspace.split("demo", "ev-call", 1, author="Ana")
    view = demo_workspace.open("demo")
    alone = view.event(new_id)
    assert alone.sources == (source,) and alone.date == (source.date or ui_corpus.events[0].date)
    assert len(view.event("ev-call").sources) == 1 and view.state(new_id).origin == "split"
    demo_workspace.edit("demo", new_id, {"title": "L'appel vu par l'autre article"}, author="Ana",
                        version=0)
    assert demo_workspace.open("demo").event(new_id).title == "L'appel vu par l'autre article"


def test_an_event_with_one_source_has_nothing_to_split(demo_workspace):
    with pytest.raises(InvalidValue, match="one source"):
        demo_workspace.split("demo", "ev-kursk", 0, author="Ana")


def test_an_event_added_by_hand_with_a_sentence_as_its_source(demo_workspace, ui_corpus):
    doc = ui_corpus.documents[2]
    new_id = demo_workspace.add_event("demo", {"title": "Réunion à Ramstein", "date": "2024-09-06"},
                                      author="Ana", source=(doc.doc_id, 0, 40))
    view = demo_workspace.open("demo")
    added = view.event(new_id)
    assert added.sources[0].excerpt == doc.text[0:40] and added.date.isoformat() == "2024-09-06"
    assert view.state(new_id).origin == "hand" and "title" in view.state(new_id).corrected
    demo_workspace.edit("demo", new_id, {"category": "diplomacy"}, author="Ana", version=1)
    assert demo_workspace.open("demo").event(new_id).category == "diplomacy"


def test_an_event_added_by_hand_without_a_source_can_be_deleted_and_undone(demo_workspace):
    new_id = demo_workspace.add_event("demo", {"title": "Sommet de l'OTAN", "date": "2025-06-24"},
                                      author="Ana")
    assert demo_workspace.open("demo").event(new_id).sources == ()
    demo_workspace.undo("demo", author="Ana")
    view = demo_workspace.open("demo")
    assert new_id not in {e.id for e in view.corpus.events}


def test_a_sentence_outside_the_document_is_refused(demo_workspace, ui_corpus):
    with pytest.raises(InvalidValue, match="no sentence"):
        demo_workspace.add_event("demo", {"title": "X"}, author="Ana",
                                 source=(ui_corpus.documents[0].doc_id, 10, 10**7))


def test_two_threads_editing_different_fields_at_once_both_keep_their_change(demo_workspace):
    barrier = threading.Barrier(2)
    errors = []

    def edit(author, changes):
        try:
            barrier.wait()
            demo_workspace.edit("demo", "ev-kursk", changes, author=author, version=0)
        except Exception as error:  # noqa: BLE001 - the test reports what went wrong
            errors.append(error)

    threads = [threading.Thread(target=edit, args=("Ana", {"title": "Titre d'Ana"})),
               threading.Thread(target=edit, args=("Ben", {"category": "deployment"}))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    corrected = event(demo_workspace, "ev-kursk")
    assert (corrected.title, corrected.category) == ("Titre d'Ana", "deployment")
    assert demo_workspace.open("demo").state("ev-kursk").version == 2


def test_two_threads_saving_the_same_field_at_once_keep_one_and_surface_the_other(demo_workspace):
    barrier = threading.Barrier(2)
    outcomes = {}

    def edit(author):
        barrier.wait()
        try:
            demo_workspace.edit("demo", "ev-kursk", {"title": f"Titre de {author}"}, author=author,
                                version=0)
            outcomes[author] = "saved"
        except EditConflict as conflict:
            outcomes[author] = conflict.conflicts[0].theirs

    threads = [threading.Thread(target=edit, args=(name,)) for name in ("Ana", "Ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (winner,) = [name for name, outcome in outcomes.items() if outcome == "saved"]
    (loser,) = set(outcomes) - {winner}
    assert outcomes[loser] == f"Titre de {winner}"
    assert event(demo_workspace, "ev-kursk").title == f"Titre de {winner}"


def test_many_threads_editing_many_events_lose_nothing(demo_workspace, ui_corpus):
    ids = [e.id for e in ui_corpus.events]
    threads = [threading.Thread(target=demo_workspace.edit,
                                args=("demo", event_id, {"title": f"Titre {n}"}),
                                kwargs={"author": f"P{n}", "version": 0})
               for n, event_id in enumerate(ids)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    view = demo_workspace.open("demo")
    assert {view.event(i).title for i in ids} == {f"Titre {n}" for n in range(len(ids))}
    assert len(demo_workspace.history("demo")) == len(ids)


def test_a_shared_workspace_refuses_every_write_without_the_edit_key(demo_workspace):
    shared = Workspace(demo_workspace.path, shared=True)
    writes = [
        lambda key: shared.edit("demo", "ev-kursk", {"title": "X"}, author="Eve", version=0, key=key),
        lambda key: shared.delete("demo", "ev-kursk", author="Eve", key=key),
        lambda key: shared.restore("demo", "ev-kursk", author="Eve", key=key),
        lambda key: shared.join("demo", "ev-call", "ev-kursk", author="Eve", key=key),
        lambda key: shared.split("demo", "ev-call", 1, author="Eve", key=key),
        lambda key: shared.add_event("demo", {"title": "X"}, author="Eve", key=key),
        lambda key: shared.undo("demo", author="Eve", key=key),
        lambda key: shared.redo("demo", author="Eve", key=key),
    ]
    for write in writes:
        for key in (None, "", "not-the-key"):
            with pytest.raises(KeyRequired, match="read-only"):
                write(key)
    assert shared.history("demo") == [] and shared.revision("demo") == demo_workspace.revision("demo")


def test_with_the_edit_key_a_shared_workspace_takes_the_change(demo_workspace):
    key = demo_workspace.new_key("demo")
    shared = Workspace(demo_workspace.path, shared=True)
    assert shared.may_edit("demo", key) and not shared.may_edit("demo", None)
    shared.edit("demo", "ev-kursk", {"title": "Avec la clé"}, author="Ana", version=0, key=key)
    assert event(shared, "ev-kursk").title == "Avec la clé"


def test_a_new_key_revokes_the_old_one(demo_workspace):
    old = demo_workspace.new_key("demo")
    new = demo_workspace.new_key("demo")
    shared = Workspace(demo_workspace.path, shared=True)
    assert not shared.may_edit("demo", old) and shared.may_edit("demo", new)


def test_a_key_is_long_random_and_stored_only_as_a_digest(demo_workspace):
    keys = {demo_workspace.new_key("demo") for _ in range(3)}
    assert len(keys) == 3 and all(len(k) >= 22 for k in keys)  # 22 URL-safe chars = 132 bits
    with sqlite3.connect(demo_workspace.path) as db:
        stored = " ".join(str(v) for row in db.execute("SELECT * FROM edit_keys") for v in row)
    assert not any(key in stored for key in keys)


def test_keys_are_compared_in_constant_time(demo_workspace, monkeypatch):
    import hmac

    calls = []
    real = hmac.compare_digest
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    key = demo_workspace.new_key("demo")
    assert Workspace(demo_workspace.path, shared=True).may_edit("demo", key)
    assert calls


def test_organisations_are_corrected_like_people_and_places(demo_workspace):
    demo_workspace.edit("demo", "ev-kursk", {"organisations": "Forces armées ukrainiennes; OTAN"},
                        author="Ana", version=0)
    assert event(demo_workspace, "ev-kursk").organisations == ("Forces armées ukrainiennes", "OTAN")


def test_a_workspace_of_the_previous_schema_is_upgraded_in_place_with_its_corrections(demo_workspace):
    demo_workspace.edit("demo", "ev-kursk", {"title": "Koursk"}, author="Ana", version=0)
    with sqlite3.connect(demo_workspace.path) as db:
        # Schema 103 lacked the two alias columns; rebuild both tables without them (the other
        # tables name them, so foreign keys stay off while they are swapped).
        for table, columns in (("corpora", "slug, title, created_at, revision"),
                               ("merged_events", "corpus, extractor, merged_at, events, places")):
            db.execute(f"CREATE TABLE old_{table} AS SELECT {columns} FROM {table}")
            db.execute(f"DROP TABLE {table}")
            db.execute(f"ALTER TABLE old_{table} RENAME TO {table}")
        db.execute("PRAGMA user_version = 103")
    assert event(demo_workspace, "ev-kursk").title == "Koursk"
    with sqlite3.connect(demo_workspace.path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == WORKSPACE_VERSION
