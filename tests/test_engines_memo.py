"""Wire copy: a sentence printed by several outlets is run through spaCy once per process, and
every article still gets the events it gives when it is built alone, in a fresh process."""

from __future__ import annotations

import weakref
from datetime import date

import pytest

from dashboard.events import analysis, build, build_events, load_nlp
from dashboard.events.analysis import Article, TextMemo
from dashboard.model import Document

# A dispatch written for this test, as an agency sends it, and as two outlets print it: one
# under its own heading and standfirst (every sentence moved), one with a dateline.
DISPATCHES = [
    ("fr", ("Le conseil municipal de Rennes a voté mardi 14 mai la gratuité des bus pour les "
           "moins de 18 ans. La mesure entrera en vigueur le 1er septembre, a précisé la maire, "
           "Nathalie Appéré. L'opposition avait demandé en mars un vote sur le financement. "
           "Les transports rennais transportent 90 millions de voyageurs par an.",
           "Transports : la gratuité pour les jeunes\n\nUn vote attendu depuis longtemps.\n\n",
           "RENNES (AFP) - ")),
    ("en", ("The city council of Leeds voted on Tuesday, May 14, to make buses free for people "
           "under 18. The measure will take effect on September 1, Mayor Judith Blake said. The "
           "opposition had asked in March for a vote on how it would be paid for. Buses in "
           "Leeds carry 90 million passengers a year.",
           "Transport: free buses for the young\n\nA vote long awaited.\n\n",
           "LEEDS (Reuters) - ")),
]


def _copies(lang: str) -> list[Document]:
    dispatch, heading, dateline = dict(DISPATCHES)[lang]
    return [Document(doc_id=f"{lang}-agency", file=f"{lang}-agency.txt", text=dispatch,
                     language=lang, published=date(2024, 5, 14)),
            Document(doc_id=f"{lang}-daily", file=f"{lang}-daily.txt", text=heading + dispatch,
                     language=lang, published=date(2024, 5, 15)),
            Document(doc_id=f"{lang}-weekly", file=f"{lang}-weekly.txt", text=dateline + dispatch,
                     language=lang, published=date(2024, 5, 17))]


@pytest.fixture
def fresh_memos(monkeypatch):
    """Empty sentence, headline and parse memos, as in a process that has analysed nothing yet."""
    _forget(monkeypatch)


def _forget(monkeypatch) -> None:
    monkeypatch.setattr(analysis, "_SENTENCE_MEMOS", weakref.WeakKeyDictionary())
    monkeypatch.setattr(build, "_HEADLINES", TextMemo(build.REMEMBERED_HEADLINES))
    monkeypatch.setattr(build, "_HEADLINED", TextMemo(build.REMEMBERED_HEADLINES))
    monkeypatch.setattr(build, "_PARSES", TextMemo(build.REMEMBERED_PARSES))
    monkeypatch.setattr(build, "_ENTITIES", TextMemo(build.REMEMBERED_ENTITIES))


@pytest.mark.parametrize("lang", [lang for lang, _ in DISPATCHES])
def test_each_copy_of_a_dispatch_gets_the_events_it_gets_in_a_fresh_process(lang, fresh_memos,
                                                                              monkeypatch):
    nlp = load_nlp(lang)
    alone = []
    for doc in _copies(lang):
        _forget(monkeypatch)
        alone.append(build_events(doc, nlp))
    _forget(monkeypatch)
    together = [build_events(doc, nlp) for doc in _copies(lang)]
    assert together == alone
    # The copies are not one event list: ids, offsets and dates by publication differ.
    assert all(events for events in alone)
    assert len({event.id for events in alone for event in events}) == sum(map(len, alone))
    moved = alone[1][0].sources[0].start - alone[0][0].sources[0].start
    assert moved == len(dict(DISPATCHES)[lang][1])
    assert [e.title for e in alone[1] if e.sources[0].start >= moved] == [e.title for e in alone[0]]


def _piped(monkeypatch, nlp, ner_alone: bool) -> list[str]:
    """The texts ``nlp.pipe`` is given from now on: in the tagger and NER pass, or (``ner_alone``)
    in the name votes' pass, which runs the NER alone on other sentences."""
    seen: list[str] = []
    real_pipe = nlp.pipe

    def counting_pipe(texts, **options):
        texts = list(texts)
        if ("morphologizer" in options.get("disable", ())) == ner_alone:
            seen.extend(texts)
        return real_pipe(texts, **options)

    monkeypatch.setattr(nlp, "pipe", counting_pipe)
    return seen


def test_a_sentence_printed_by_three_outlets_goes_through_spacy_once(fresh_memos, monkeypatch):
    nlp = load_nlp("fr")
    seen = _piped(monkeypatch, nlp, ner_alone=False)
    for doc in _copies("fr"):
        build_events(doc, nlp)
    first = "Le conseil municipal de Rennes a voté mardi 14 mai la gratuité des bus pour les moins de 18 ans."
    assert seen.count(first) == 1
    assert len(seen) == len(set(seen))


def _texts_given_to(monkeypatch, module, name: str, argument: int) -> list[str]:
    """The texts ``module.name`` is called with from now on (its positional ``argument``)."""
    given: list[str] = []
    real = getattr(module, name)

    def recording(*args, **options):
        given.append(args[argument])
        return real(*args, **options)

    monkeypatch.setattr(module, name, recording)
    return given


def _reprint(doc: Document, published: date) -> Document:
    """The same dispatch printed unchanged by another outlet."""
    return Document(doc_id=f"{doc.doc_id}-reprint", file=f"{doc.doc_id}-reprint.txt", text=doc.text,
                    language=doc.language, published=published)


def test_a_reprinted_sentence_is_parsed_for_its_headlines_once(fresh_memos, monkeypatch):
    nlp = load_nlp("fr")
    parsed = _texts_given_to(monkeypatch, build, "parse_as_one_sentence", 1)
    for doc in _copies("fr"):
        build_events(doc, nlp)
    assert parsed and len(parsed) == len(set(parsed))


def test_a_reprinted_clause_is_searched_for_names_once(fresh_memos, monkeypatch):
    nlp = load_nlp("fr")
    searched = _texts_given_to(monkeypatch, build, "entities_in", 0)
    agency = _copies("fr")[0]
    first = build_events(agency, nlp)
    calls = len(searched)
    again = build_events(_reprint(agency, date(2024, 5, 15)), nlp)
    assert calls > 0 and len(searched) == calls
    assert [(e.actors, e.organisations, e.places) for e in again] == \
        [(e.actors, e.organisations, e.places) for e in first]


def test_an_article_reprinted_unchanged_is_cut_into_sentences_once(fresh_memos, monkeypatch):
    nlp = load_nlp("fr")
    cut = _texts_given_to(monkeypatch, analysis, "spacy_sentences", 1)
    agency, daily, _ = _copies("fr")
    articles = [Article.read(doc, nlp) for doc in (agency, daily, _reprint(agency, date(2024, 5, 20)))]
    assert len(cut) == 2  # the daily's heading makes it another text
    assert articles[2].sentences == articles[0].sentences


def test_the_memo_keeps_the_most_recently_used_texts_up_to_its_size():
    memo = TextMemo(2)
    memo.put("a", 1)
    memo.put("b", 2)
    assert memo.get("a") == 1  # "a" is now the most recent
    memo.put("c", 3)
    assert (memo.get("a"), memo.get("b"), memo.get("c"), len(memo)) == (1, None, 3, 2)


def test_a_memo_switched_off_remembers_nothing(monkeypatch):
    monkeypatch.setenv(analysis.MEMO_SWITCH, "0")
    memo = TextMemo(2)
    memo.put("a", 1)
    assert (memo.get("a"), len(memo)) == (None, 0)


def test_a_reprinted_sentence_is_read_for_name_votes_once_and_votes_alike(fresh_memos, monkeypatch):
    from dashboard.events.name_votes import NameVotes

    nlp = load_nlp("fr")
    voted = _piped(monkeypatch, nlp, ner_alone=True)
    agency, daily, _ = _copies("fr")

    def votes(doc: Document, memo) -> tuple:
        article = Article.read(doc, nlp)
        found = NameVotes(nlp, doc.text, article.folded, article.sentences, "fr", memo)
        counted = {name: found.kinds(name) for name in ("Rennes", "Nathalie Appéré")}
        return counted, dict(found._names)

    memo = TextMemo(100)
    first_counts, first_names = votes(agency, memo)
    read = len(voted)
    # The daily prints the dispatch under a heading: every sentence is moved, none is read again.
    moved_counts, moved_names = votes(daily, memo)
    assert read > 0 and len(voted) == read
    alone_counts, alone_names = votes(daily, None)
    assert len(voted) > read, "without a memo the sentences are read again"
    assert moved_counts == alone_counts == first_counts
    assert moved_names == alone_names
    assert any(surface == "Rennes" for names in moved_names.values() for surface, _ in names)
