"""Loading spaCy pipelines and the language tables the event builder reads.

A pipeline is loaded once per process: loading a model such as fr_core_news_sm takes seconds,
running it on an article a tenth of that. Which model a language uses is declared by its
package, ``dashboard/lang/<code>/__init__.py``.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import spacy

from dashboard import lang as languages
from dashboard.events import compiled_patterns

# A tokenizer pattern this long takes re a noticeable time to compile (the French TOKEN_MATCH,
# 1.4 million characters: 1.7 s); shorter ones (prefixes, suffixes, infixes: 3,000 to 18,000
# characters) compile in a few milliseconds and are not worth a cache file.
LONG_PATTERN = 100_000
# What the headline parser loads without. Its entities, lemmas and sentence cuts are not read.
# Nor is its string store: fr_core_news_md's lists the 713,000 words of its vectors and costs
# 0.4 s of CPU to read, but a string is only looked up for a token's text and tags, which
# the tokenizer and the components add to the store as they make them (the vectors are found
# by hash, not by string).
HEADLINE_EXCLUDE = ("ner", "lemmatizer", "senter", "strings")


@cache
def load_nlp(lang: str) -> spacy.Language:
    """The spaCy pipeline for ``lang``, loaded once per process.

    The language's declared model without the components it excludes, or spaCy's blank
    pipeline for that language when it declares none; sentences always come from the
    punctuation-based sentencizer.
    """
    package = languages.get(lang)
    if package.spacy_model:
        keep_tokenizer_patterns(package.spacy_model)
        nlp = spacy.load(package.spacy_model, exclude=list(package.spacy_exclude))
    else:
        nlp = spacy.blank(lang)
    if not nlp.has_pipe("sentencizer"):
        nlp.add_pipe("sentencizer")
    return nlp


@cache
def headline_nlp(lang: str) -> spacy.Language | None:
    """The pipeline that parses event sentences for their headlines: the language's
    HEADLINE_MODEL (``lang/<code>/headlines.py``; tagger and parser only), or the main pipeline
    when it has a parser, or None. Only the sentences that become events go through it."""
    name = getattr(lang_module(lang, "headlines"), "HEADLINE_MODEL", None)
    if name and importlib.util.find_spec(name) is not None:
        keep_tokenizer_patterns(name)
        return spacy.load(name, exclude=list(HEADLINE_EXCLUDE))
    main = load_nlp(lang)
    return main if "parser" in main.component_names else None


def keep_tokenizer_patterns(model: str) -> None:
    """Before ``model`` loads, put its tokenizer's long patterns into re's cache, rebuilt from
    the programs kept between runs (``compiled_patterns``): spaCy's language data and the
    tokenizer then compile them in no time. The patterns are read from the model's own
    tokenizer file, the strings its tokenizer compiles; a model without one (or in another
    format) is loaded as before."""
    import srsly

    try:
        folder = spacy.util.get_package_path(model)
        data = srsly.msgpack_loads(next(folder.glob("*/tokenizer")).read_bytes())
    except (OSError, ImportError, StopIteration, ValueError):
        return
    if not isinstance(data, dict):
        return
    for value in data.values():
        if isinstance(value, str) and len(value) >= LONG_PATTERN:
            compiled_patterns.keep(value)


def spacy_language_data(lang: str, name: str) -> ModuleType:
    """``spacy.lang.<lang>.<name>`` (stop words, say), imported once the language's long
    tokenizer patterns are kept: importing any module of spaCy's language data runs its
    package's ``__init__``, which for French compiles TOKEN_MATCH (1.7 s, in a process that
    merges without having loaded a model: the dask engine's client)."""
    if lang in languages.available() and (model := languages.get(lang).spacy_model):
        keep_tokenizer_patterns(model)
    return importlib.import_module(f"spacy.lang.{lang}.{name}")


def parse_as_one_sentence(nlp: spacy.Language, text: str):
    """``text`` through ``nlp`` as one sentence: the parser would otherwise cut where it sees
    fit and leave a clause's subject in another tree."""
    tokens = nlp.make_doc(text)
    for token in tokens[1:]:
        token.is_sent_start = False
    for _name, component in nlp.pipeline:
        tokens = component(tokens)
    return tokens


def parse_many_as_one_sentence(nlp: spacy.Language, texts: list[str], batch_size: int = 256) -> list:
    """Each of ``texts`` parsed as ``parse_as_one_sentence`` parses it, all in one batch per
    component: the models' matrix products see many sentences at once, which costs about half
    as much as one call per sentence."""
    docs = []
    for text in texts:
        tokens = nlp.make_doc(text)
        for token in tokens[1:]:
            token.is_sent_start = False
        docs.append(tokens)
    for _name, component in nlp.pipeline:
        docs = list(component.pipe(docs, batch_size=batch_size)) if hasattr(component, "pipe") \
            else [component(doc) for doc in docs]
    return docs


def has_tagger(nlp: spacy.Language) -> bool:
    """True when the pipeline tags parts of speech, so verbs can be told from nouns."""
    return nlp.has_pipe("morphologizer") or nlp.has_pipe("tagger")


@cache
def lang_module(lang: str, name: str) -> ModuleType:
    """``dashboard.lang.<lang>.<name>``: a table module the event builder needs."""
    module = languages.tables(languages.get(lang).code, name)
    if module is None:
        raise ValueError(f"language {lang!r} has no {name} tables: add dashboard/lang/{lang}/{name}.py")
    return module


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
