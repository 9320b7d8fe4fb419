"""The headline parser loads without its string store (0.4 s of fr_core_news_md's start-up)
and parses real French and English sentences exactly as the whole model does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy

from dashboard import lang as languages
from dashboard.events.nlp import HEADLINE_EXCLUDE, headline_nlp, lang_module, parse_many_as_one_sentence

REPO = Path(__file__).resolve().parent.parent
# Where a sentence ends in the test texts: end punctuation, then a space.
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+")


def _sentences(lang: str) -> list[str]:
    """The sentences of the seeds (in the default language) and of the entity articles."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "data" / "articles").glob("*.txt"))] \
        if lang == languages.available()[0] else []
    texts += [a["text"] for a in json.loads((REPO / "tests" / "data" / "entities" / "dev.json").read_text("utf-8"))
              if a["lang"] == lang]
    found = [s.strip() for text in texts for s in _SENTENCE_END.split(text) if len(s.split()) >= 4]
    return found[:400]


def _analyses(docs) -> list[tuple]:
    return [tuple((t.text, t.pos_, t.tag_, t.dep_, t.head.i, str(t.morph)) for t in doc) for doc in docs]


def test_the_headline_parser_loads_without_its_string_store():
    assert "strings" in HEADLINE_EXCLUDE
    # fr_core_news_md's store lists its vectors' 713,000 words; loaded without, only what
    # the tokenizer and the components added.
    assert len(headline_nlp("fr").vocab.strings) < 50_000


@pytest.mark.parametrize("lang", [code for code in languages.available()
                                  if getattr(lang_module(code, "headlines"), "HEADLINE_MODEL", None)])
def test_the_headline_parser_without_strings_parses_real_sentences_as_the_whole_model(lang):
    lean = headline_nlp(lang)
    whole = spacy.load(lang_module(lang, "headlines").HEADLINE_MODEL,
                       exclude=[c for c in HEADLINE_EXCLUDE if c != "strings"])
    assert lean.pipe_names == whole.pipe_names
    sentences = _sentences(lang)
    assert len(sentences) >= 40
    assert _analyses(parse_many_as_one_sentence(lean, sentences)) == \
        _analyses(parse_many_as_one_sentence(whole, sentences))
