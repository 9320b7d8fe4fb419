"""Reading where the work runs: the corpus is listed here, each file's bytes travel, and a
worker that cannot see this disk reads from them the document this machine would have read."""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

import pytest

from dashboard.extract import read_corpus, read_document
from dashboard.extract import reader as reader_module
from dashboard.extract.corpus import Unread, plan_corpus
from dashboard.model import Document
from dashboard.pipeline import extract_corpus

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"

MANIFEST = """doc_id,file,title,outlet,url,language,published,note
greve,greve.txt,,Le Quotidien,,fr,2024-03-12,
page,page.html,,,,fr,,
greve,copie.txt,,,,fr,2024-03-13,a second article under the same doc_id
absent,absent.txt,,,,fr,2024-03-12,
"""


@pytest.fixture
def odd_corpus(tmp_path):
    """A corpus with what the listing must decide about: a manifest, a page, a cp1252 file,
    a doc_id used twice, a listed file that is missing, a file the manifest does not list and a
    format that is refused."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "sources.csv").write_text(MANIFEST, encoding="utf-8")
    (folder / "greve.txt").write_text(
        "Grève à la SNCF\n\nLes cheminots ont cessé le travail mardi 12 mars, a annoncé la CGT. "
        "Le trafic reprendra jeudi.", encoding="utf-8")
    shutil.copyfile(FIXTURES / "page_fr_with_scripts.html", folder / "page.html")
    (folder / "copie.txt").write_bytes("Le préfet a levé l'arrêté lundi, a-t-il déclaré.".encode("cp1252"))
    (folder / "oubli.txt").write_text("Le maire a inauguré la médiathèque samedi 9 mars.", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def test_a_listed_corpus_read_from_bytes_elsewhere_is_the_corpus_read_here(odd_corpus, tmp_path):
    here = read_corpus(odd_corpus)
    sent = [item.with_bytes() if isinstance(item, Unread) else item for item in plan_corpus(odd_corpus)]
    # As on a worker of another machine: the folder is not there.
    shutil.move(odd_corpus, tmp_path / "elsewhere")
    there = [item.read() if isinstance(item, Unread) else item for item in sent]
    assert there == here
    errors = {doc.file: doc.error for doc in here if doc.error}
    assert set(errors) == {"copie.txt", "absent.txt", "notes.pdf"}
    assert "doc_id 'greve' is already used" in errors["copie.txt"]
    assert any("not listed in sources.csv" in w for doc in here if doc.file == "oubli.txt" for w in doc.warnings)


def test_only_files_still_to_read_are_listed_as_unread(odd_corpus):
    listed = plan_corpus(odd_corpus)
    assert [item.doc_id for item in listed if isinstance(item, Unread)] == \
        ["greve", "page", "greve", "absent", "oubli"]
    assert [item.doc_id for item in listed if isinstance(item, Document)] == ["notes"]


def test_a_file_whose_bytes_cannot_be_taken_comes_back_with_its_error(tmp_path):
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    (item,) = plan_corpus(empty)
    document = item.with_bytes()
    assert isinstance(document, Document)
    assert document == read_document(empty) and "the file is empty" in document.error


def test_the_dask_engine_has_its_workers_read_the_files(articles_dir, monkeypatch, seed_corpus):
    distributed = pytest.importorskip("distributed")
    readers: list[str] = []
    real_read = reader_module._read

    def recording_read(*args, **options):
        readers.append(threading.current_thread().name)
        return real_read(*args, **options)

    monkeypatch.setattr(reader_module, "_read", recording_read)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None, silence_logs=logging.ERROR,
                                  scheduler_kwargs={"dashboard_address": ":0"}) as cluster:
        corpus = extract_corpus(articles_dir, engine="dask", scheduler=cluster.scheduler_address)
    assert corpus == seed_corpus
    assert len(readers) == len(seed_corpus.documents)
    assert threading.main_thread().name not in readers


def _furniture_lines(lang: str) -> list[str]:
    """One example line of each of ``lang``'s furniture rules (menus, share buttons, links)."""
    from dashboard.extract.furniture import all_rules

    return [rule.examples[0] for rule in all_rules(lang) if rule.examples]


def test_a_page_of_furniture_alone_is_refused_and_one_letter_outside_it_is_enough_to_read(tmp_path):
    lines = _furniture_lines("fr")
    only = tmp_path / "menus.txt"
    only.write_text("\n\n".join(lines), encoding="utf-8")
    refused = read_document(only, language="fr", published=None)
    assert refused.error and "only page furniture" in refused.error and refused.text == ""
    article = tmp_path / "article.txt"
    article.write_text("\n\n".join([*lines, "Le trafic reprendra jeudi 14 mars, selon la SNCF."]), encoding="utf-8")
    assert read_document(article, language="fr", published=None).error is None


@pytest.mark.parametrize("share, refused", [(0.04, False), (0.06, True)])
def test_text_is_binary_when_more_than_one_byte_in_twenty_is_a_control_character(tmp_path, share, refused):
    body = "Les cheminots ont cessé le travail mardi 12 mars, a annoncé la CGT. ".encode("utf-8") * 40
    allowed = b"\t\n\r\x0c" * 200
    # Bytes 1 to 31 other than tab, line feed, form feed and return count; those four do not.
    controls = round(share * (len(body) + len(allowed)) / (1 - share) / 4)
    data = body + bytes([1, 2, 27, 31]) * controls + allowed
    (tmp_path / "a.txt").write_bytes(data)
    document = read_document(tmp_path / "a.txt", language="fr", published=None)
    assert bool(document.error and "control characters" in document.error) is refused
