"""The merge at scale: an account that many articles carry word for word is compared once,
and that gives exactly the groups complete link gives copy by copy."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from dashboard.engines import build_all
from dashboard.events import merge
from dashboard.events.disagree import number_disagreements
from dashboard.events.merge import merge_events, merge_group
from dashboard.events.pairs import features_of
from dashboard.extract import read_corpus
from dashboard.model import Source

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from corpus import build_corpus  # noqa: E402


def merged_copy_by_copy(events):
    """merge_events as it was before copies were grouped: complete link over every event."""
    features = [features_of(e) for e in events]
    groups = merge._clusters(features, merge._within_documents(features))
    retold = [merge_group([features[i].event for i in members]) for members in groups]
    features = [features[m[0]] if len(m) == 1 else features_of(e)
                for m, e in zip(groups, retold)]
    return [merge_group([retold[i] for i in members])
            for members in merge._clusters(features, merge._candidate_pairs(features))]


@pytest.fixture(scope="module")
def repeated_seed_events(tmp_path_factory):
    """The events of 15 articles, the seeds three times over with publication dates shifted a
    week per copy (bench/corpus.py), before the merge: explicit dates repeat word for word."""
    folder = build_corpus(tmp_path_factory.mktemp("repeated") / "articles", 15)
    return [event for _, events in build_all(read_corpus(folder), workers=1) for event in events]


def test_repeated_articles_merge_into_the_groups_complete_link_gives_copy_by_copy(
        repeated_seed_events):
    assert merge_events(repeated_seed_events) == merged_copy_by_copy(repeated_seed_events)


def test_an_account_carried_by_many_articles_becomes_one_event_with_every_source(
        repeated_seed_events):
    explicit = next(e for e in repeated_seed_events if e.dated_by == "explicit" and e.actors)
    copies = [replace(explicit, sources=tuple(replace(s, doc_id=f"wire-{n:03d}")
                                              for s in explicit.sources))
              for n in range(300)]
    [merged] = merge_events(copies)
    assert merged.doc_ids == tuple(f"wire-{n:03d}" for n in range(300))
    assert (merged.date, merged.title) == (explicit.date, explicit.title)
    assert merged == merged_copy_by_copy(copies)[0]


def test_copies_inside_one_article_stay_apart_as_the_pairwise_decision_keeps_them(
        repeated_seed_events):
    # The same sentence printed twice in one article, at two places, and once elsewhere.
    event = next(e for e in repeated_seed_events if e.dated_by == "explicit")
    source = event.sources[0]
    twice = [replace(event, id=f"e{n}", sources=(replace(source, doc_id=doc, start=source.start + shift,
                                                         end=source.end + shift),))
             for n, (doc, shift) in enumerate([("a", 0), ("a", 5000), ("b", 0)])]
    assert merge_events(twice) == merged_copy_by_copy(twice)


def test_documents_giving_the_same_figure_agree_and_a_different_one_still_disagrees():
    def source(doc_id: str, excerpt: str) -> Source:
        return Source(doc_id=doc_id, excerpt=excerpt, start=0, end=len(excerpt))

    same = [source(f"d{n}", "Des missiles d'une portée de 300 km ont été livrés.") for n in range(400)]
    assert number_disagreements(same) == ()
    other = same + [source("late", "Des missiles d'une portée de 190 km ont été livrés.")]
    [found] = number_disagreements(other)
    assert found.kind == "number" and len(found.accounts) == 401
