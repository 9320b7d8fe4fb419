"""The gazetteers of ``dashboard.lang.<lang>.gazetteer`` compiled for matching.

One alternation of every alias per language, over a folded copy of the text (accents, case,
hyphens ignored, one character for one so offsets still point into the original); capital
acronyms of three letters or fewer ("UE", "US") match in capitals only. Fuzzy matching finds a
misspelt alias within a small edit budget. The language's stop words, months and weekdays are
the common words that a one-word name never is.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from dashboard import lang as languages
from dashboard.extract.fold import fold_key

GROUPS = ("PERSONS", "COUNTRIES", "ORGANISATIONS", "PLACES", "WEAPONS")
# One edit per this many letters: "zelenskiy" (9) may differ by one, "latte" (5) by one.
_LETTERS_PER_EDIT = 5
MIN_FUZZY = 5


def normal_name(text: str) -> str:
    """A name folded for comparison: no case, accents, hyphens or repeated spaces."""
    return " ".join(fold_key(text).split())


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return alias.isupper() and len(letters) <= 3


def alias_pattern(aliases: Iterable[str], keep_case: bool) -> re.Pattern | None:
    """One alternation over folded aliases, longest first, on word boundaries."""
    keys = {fold_key(a, keep_case).strip() for a in aliases}
    parts = [r"\s+".join(re.escape(t) for t in k.split()) for k in sorted(keys, key=len, reverse=True) if k]
    if not parts:
        return None
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])")


@dataclass(frozen=True)
class Gazetteer:
    aliases: dict            # normalised alias -> (canonical, group)
    insensitive: re.Pattern | None
    sensitive: re.Pattern | None
    locative: re.Pattern | None
    place_preposition: re.Pattern | None  # locatives and other words that introduce a place
    titles: frozenset
    common: frozenset        # folded stop words, months and weekdays: never a one-word name
    particles: frozenset     # lower-case words inside a person's name ("de", "von", "al")
    organisation_nouns: frozenset  # lower-case nouns that open an organisation's name
    organisation_suffix: re.Pattern | None  # a legal form or club suffix ending a name
    institution_of: re.Pattern | None  # "tribunal correctionnel de ": an institution named by its place
    organisation_kind: re.Pattern | None  # "le groupe de luxe ": a noun that says the next name is a body
    fuzzy_choices: tuple     # normalised aliases, index-aligned with fuzzy_targets
    fuzzy_targets: tuple     # (canonical, group)


def _modules(lang: str, name: str = "gazetteer") -> list:
    own = languages.tables(lang, name)
    if own is not None:
        return [own]
    # A language without its own tables still knows the international spellings.
    return [languages.tables(code, name) for code in languages.available(name)]


def _common_words(lang: str) -> frozenset[str]:
    words: set[str] = set()
    try:
        words |= set(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    except (ModuleNotFoundError, AttributeError):
        pass
    for module in _modules(lang, "temporal"):
        words |= set(getattr(module, "MONTHS", {})) | set(getattr(module, "WEEKDAYS", {}))
    return frozenset(normal_name(w) for w in words)


def _ending_with(words: list[str]) -> re.Pattern | None:
    """A pattern for a text that ends with one of ``words`` (folded), then a space or an elision."""
    if not words:
        return None
    alternation = "|".join(r"\s+".join(map(re.escape, normal_name(x).split())) for x in
                           sorted(set(words), key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:" + alternation + r")(?:\s+|(?<='))$")


def _suffix_pattern(words: list[str]) -> re.Pattern | None:
    """A space then one of ``words`` (folded, a final period optional) ending the text:
    matched at the end of a name, or at its end in "name + what follows it"."""
    if not words:
        return None
    alternation = "|".join(re.escape(normal_name(w).rstrip(".")) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(r"\s(?:" + alternation + r")\.?(?!\w)")


# Words (adjectives, complements) allowed between an institution's noun and its place or name:
# "cour d'assises du", "groupe de luxe", "the Japanese carmaker".
_WORDS_BETWEEN = 2


def _before_name(nouns: list[str], links: list[str]) -> re.Pattern | None:
    """A pattern for folded text ending with one of ``nouns``, at most ``_WORDS_BETWEEN``
    words, then one of ``links`` ("de", "du", "d'"; "" for none) right before a name."""
    if not nouns or not links:
        return None
    noun = "|".join(re.escape(normal_name(n)) for n in sorted(set(nouns), key=len, reverse=True))
    link = "|".join(r"\s+".join(map(re.escape, normal_name(x).split())) + ("" if x.endswith("'") else r"\s+")
                    for x in sorted(set(links), key=len, reverse=True) if x) or ""
    tail = rf"\s+(?:{link})$" if link else r"\s+$"
    return re.compile(rf"(?<!\w)(?P<noun>{noun})(?:\s+[\w'-]+){{0,{_WORDS_BETWEEN}}}?{tail}")


@lru_cache(maxsize=16)
def gazetteer(lang: str) -> Gazetteer:
    modules = _modules(lang)
    aliases: dict[str, tuple[str, str]] = {}
    raw: list[str] = []
    for module in modules:
        for group in GROUPS:
            for canonical, forms in getattr(module, group, {}).items():
                for form in (canonical, *forms):
                    aliases.setdefault(normal_name(form), (canonical, group))
                    raw.append(form)
    locatives = [loc for m in modules for loc in getattr(m, "LOCATIVES", ())]
    prepositions = locatives + [w for m in modules for w in getattr(m, "PLACE_PREPOSITIONS", ())]
    choices = tuple(aliases)
    return Gazetteer(
        aliases=aliases,
        insensitive=alias_pattern([a for a in raw if not _case_sensitive(a)], False),
        sensitive=alias_pattern([a for a in raw if _case_sensitive(a)], True),
        locative=_ending_with(locatives),
        place_preposition=_ending_with(prepositions),
        titles=frozenset(normal_name(t) for m in modules for t in getattr(m, "PERSON_TITLES", ())),
        common=_common_words(lang),
        particles=frozenset(p for m in modules for p in getattr(m, "NAME_PARTICLES", ())),
        organisation_nouns=frozenset(normal_name(n) for m in modules for n in getattr(m, "ORGANISATION_NOUNS", ())),
        organisation_suffix=_suffix_pattern([x for m in modules for x in getattr(m, "ORGANISATION_SUFFIXES", ())]),
        institution_of=_before_name([x for m in modules for x in getattr(m, "INSTITUTIONS_OF_PLACE", ())],
                                    [x for m in modules for x in getattr(m, "OF_PLACE", ())]),
        organisation_kind=_before_name([x for m in modules for x in getattr(m, "ORGANISATION_KIND_NOUNS", ())], [""]),
        fuzzy_choices=choices,
        fuzzy_targets=tuple(aliases[c] for c in choices),
    )


def fuzzy(gaz: Gazetteer, surface: str) -> tuple[str, str] | None:
    """The one entity whose alias is within a small edit budget of ``surface``, token by token."""
    key = normal_name(surface)
    tokens = key.split()
    if not tokens or len(key.replace(" ", "")) < MIN_FUZZY:
        return None
    budgets = [len(t) // _LETTERS_PER_EDIT for t in tokens]
    if sum(budgets) == 0:
        return None
    hits = process.extract(key, gaz.fuzzy_choices, scorer=Levenshtein.distance,
                           score_cutoff=sum(budgets), limit=8)
    winners, best = set(), None
    for choice, distance, index in sorted(hits, key=lambda h: h[1]):
        other = choice.split()
        if len(other) != len(tokens) or any(
                a[0] != b[0] or Levenshtein.distance(a, b) > budget
                for a, b, budget in zip(tokens, other, budgets)):
            continue
        best = distance if best is None else best
        if distance == best:
            winners.add(gaz.fuzzy_targets[index])
    return winners.pop() if len(winners) == 1 else None


def is_common_word(word: str, lang: str, context: str = "") -> bool:
    """A one-word "name" that is an ordinary word of the language: a stop word, a month or a
    weekday, or a word the context also writes in lower case ("Objectif : …" and "l'objectif")."""
    key = normal_name(word)
    if key in gazetteer(lang or "").common:
        return True
    lower = word.lower()
    return bool(context) and lower != word and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", context) is not None


@lru_cache(maxsize=4096)
def aliases_of(name: str) -> tuple[str, ...]:
    """Every spelling the tables of every language know for a canonical name."""
    forms: dict[str, None] = {}
    for lang in languages.available("gazetteer"):
        module = languages.tables(lang, "gazetteer")
        for group in GROUPS:
            forms.update(dict.fromkeys(getattr(module, group, {}).get(name, ())))
    return tuple(f for f in forms if f != name)
