"""The per-article work in batches: documents analysed together give the events each gives
alone, and one document that breaks the batch does not take the others down."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dashboard.engines import work
from dashboard.events.analysis import Article
from dashboard.extract import read_corpus

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from corpus import build_corpus  # noqa: E402


@pytest.fixture(scope="module")
def repeated_documents(tmp_path_factory):
    """Twelve articles: the seeds repeated with publication dates shifted a week per copy."""
    return read_corpus(build_corpus(tmp_path_factory.mktemp("batch") / "articles", 12))


def test_a_batch_of_documents_gives_the_events_each_document_gives_alone(repeated_documents):
    alone = [(None, work.build_one(doc)[1]) for doc in repeated_documents]
    assert work.build_chunk(repeated_documents) == alone
    assert all(events for _, events in alone)


def test_every_readable_document_of_a_chunk_is_prepared_in_the_batch(repeated_documents):
    assert sorted(work.prepared(repeated_documents)) == list(range(len(repeated_documents)))


def test_a_document_that_cannot_be_read_leaves_the_batch_and_gets_its_own_error(
        repeated_documents, monkeypatch):
    broken = repeated_documents[3].doc_id
    real_read = Article.read.__func__

    def read_failing_on_one(cls, doc, nlp):
        if doc.doc_id == broken:
            raise ValueError("tokenizer gave up")
        return real_read(cls, doc, nlp)

    monkeypatch.setattr(Article, "read", classmethod(read_failing_on_one))
    results = work.build_chunk(repeated_documents)
    assert 3 not in work.prepared(repeated_documents)
    assert results[3] == (f"{repeated_documents[3].file}: event extraction failed "
                          "(ValueError: tokenizer gave up)", [])
    assert all(error is None and events for i, (error, events) in enumerate(results) if i != 3)


def test_a_chunk_parses_its_headline_sentences_in_one_batch_ahead(repeated_documents, monkeypatch):
    from dashboard.events import build

    monkeypatch.setattr(build, "_HEADLINED", build.TextMemo(build.REMEMBERED_HEADLINES))
    monkeypatch.setattr(build, "_PARSES", build.TextMemo(build.REMEMBERED_PARSES))
    alone: list[str] = []
    real_parse = build.parse_as_one_sentence
    monkeypatch.setattr(build, "parse_as_one_sentence",
                        lambda nlp, text: alone.append(text) or real_parse(nlp, text))
    batches: list[int] = []
    real_many = build.parse_many_as_one_sentence
    monkeypatch.setattr(build, "parse_many_as_one_sentence",
                        lambda nlp, texts: batches.append(len(texts)) or real_many(nlp, texts))
    # Five documents, one per seed: no headline is remembered from another copy.
    results = work.build_chunk(repeated_documents[:5])
    assert all(events for _, events in results)
    assert batches and sum(batches) >= sum(len(events) for _, events in results) // 2
    assert alone == []


@pytest.mark.parametrize(("lang", "sentences"), [
    ("fr", ["Le conseil municipal a voté mardi la gratuité des bus, a annoncé la maire.",
            "Selon la préfecture, les pompiers ont maîtrisé l'incendie dans la nuit de jeudi à vendredi.",
            "Après trois jours de grève, les conducteurs reprendront le travail lundi."]),
    ("en", ["The council voted on Tuesday to make buses free, the mayor said.",
            "Firefighters contained the blaze overnight, according to the county.",
            "After three days on strike, drivers will return to work on Monday."]),
])
def test_a_batch_parses_each_sentence_as_it_is_parsed_alone(lang, sentences):
    from dashboard.events.nlp import headline_nlp, parse_as_one_sentence, parse_many_as_one_sentence

    nlp = headline_nlp(lang)

    def tree(doc):
        return [(t.text, t.pos_, t.dep_, t.head.i, t.morph.to_json()) for t in doc]

    assert [tree(d) for d in parse_many_as_one_sentence(nlp, sentences)] == \
        [tree(parse_as_one_sentence(nlp, s)) for s in sentences]
