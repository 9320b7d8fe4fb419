"""Who, where and with what: canonical actors, places and weapons named in a text.

Three passes, all reading the gazetteer tables of ``dashboard.lang.<lang>.gazetteer``:

1. the alias table, as one compiled alternation per language over a folded copy of the text
   (accents, case, hyphens and typographic apostrophes ignored, one character for one so
   offsets still point into the original); capital acronyms of <= 3 letters match in capitals;
2. machine-translation garbles ("Mark Latte"), resolved only when the text or its document
   mentions one of the garble's context words ("OTAN", "NATO");
3. fuzzy matching of what the table missed (spaCy NER spans and capitalised words) against
   every alias, token by token, at most one edit per five letters and the same first letter,
   so "Zelenskiy" and "Oleshnik" resolve but "Mark Latte" (two edits in "Latte") does not.

Unknown people found by the NER (two to four capitalised words, titles stripped) are kept as
written; so is a garble whose context is missing, since the NER calls it a person. Without NER
spans an unresolved garble is dropped, because nothing says it is a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from dashboard import lang as languages
from dashboard.events.geo import place_for
from dashboard.extract.fold import fold, fold_key

GROUPS = ("PERSONS", "COUNTRIES", "ORGANISATIONS", "PLACES", "WEAPONS")
_FIELD = {"PERSONS": "actors", "COUNTRIES": "actors", "ORGANISATIONS": "actors",
          "PLACES": "places", "WEAPONS": "weapons", "UNKNOWN_PERSONS": "actors"}
_KIND = {"actor": "actors", "actors": "actors", "place": "places", "places": "places",
         "weapon": "weapons", "weapons": "weapons"}
_NER_PERSON = {"PER", "PERSON"}
_NER_PLACE = {"LOC", "GPE"}
_NER_LABELS = _NER_PERSON | _NER_PLACE | {"ORG", "MISC", "NORP", "FAC", "PRODUCT"}
# One edit per this many letters: "zelenskiy" (9) may differ by one, "latte" (5) by one.
_LETTERS_PER_EDIT = 5
_MIN_FUZZY_NER = 5
# Capitalised words without NER support start sentences too; a longer minimum keeps
# demonyms like "Russe" from turning into "Russie".
_MIN_FUZZY_TEXT = 6
_CAPITALISED = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-Þ][\w'-]+(?:[ ][A-ZÀ-ÖØ-Þ][\w'-]+){0,2}")


@dataclass(frozen=True)
class Entities:
    """Canonical names found in a text, each tuple in order of first appearance, no repeats."""

    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntityMention:
    """One name as written (``surface`` at ``start``) and what it stands for."""

    canonical: str
    group: str
    surface: str
    start: int
    # A country named after a locative ("en Russie") is a place as well as an actor.
    as_place: bool = False


def _normal(text: str) -> str:
    return " ".join(fold_key(text).split())


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return alias.isupper() and len(letters) <= 3


def _alias_pattern(aliases: Iterable[str], keep_case: bool) -> re.Pattern | None:
    keys = {fold_key(a, keep_case).strip() for a in aliases}
    parts = [r"\s+".join(re.escape(t) for t in k.split()) for k in sorted(keys, key=len, reverse=True) if k]
    if not parts:
        return None
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])")


@dataclass(frozen=True)
class _Gazetteer:
    aliases: dict            # normalised alias -> (canonical, group)
    insensitive: re.Pattern | None
    sensitive: re.Pattern | None
    garbles: tuple           # (pattern, canonical, group, context pattern)
    locative: re.Pattern | None
    titles: frozenset
    not_names: frozenset
    fuzzy_choices: tuple     # normalised aliases, index-aligned with fuzzy_targets
    fuzzy_targets: tuple     # (canonical, group)


def _modules(lang: str) -> list:
    own = languages.tables(lang, "gazetteer")
    if own is not None:
        return [own]
    # A language without its own gazetteer still knows the international spellings.
    return [languages.tables(code, "gazetteer") for code in languages.available("gazetteer")]


@lru_cache(maxsize=16)
def _gazetteer(lang: str) -> _Gazetteer:
    modules = _modules(lang)
    aliases: dict[str, tuple[str, str]] = {}
    raw: list[str] = []
    for module in modules:
        for group in GROUPS:
            for canonical, forms in getattr(module, group, {}).items():
                for form in (canonical, *forms):
                    aliases.setdefault(_normal(form), (canonical, group))
                    raw.append(form)
    garbles = tuple(
        (_alias_pattern([g["surface"]], False), g["canonical"], g["group"],
         _alias_pattern(g["context"], False))
        for module in modules for g in getattr(module, "GARBLES", ()))
    locatives = [loc for m in modules for loc in getattr(m, "LOCATIVES", ())]
    locative = None
    if locatives:
        alternation = "|".join(r"\s+".join(map(re.escape, _normal(x).split())) for x in
                               sorted(locatives, key=len, reverse=True))
        locative = re.compile(r"(?<![\w])(?:" + alternation + r")(?:\s+|(?<='))$")
    choices = tuple(aliases)
    return _Gazetteer(
        aliases=aliases,
        insensitive=_alias_pattern([a for a in raw if not _case_sensitive(a)], False),
        sensitive=_alias_pattern([a for a in raw if _case_sensitive(a)], True),
        garbles=garbles,
        locative=locative,
        titles=frozenset(_normal(t) for m in modules for t in getattr(m, "PERSON_TITLES", ())),
        not_names=frozenset(n for m in modules for n in getattr(m, "NOT_NAMES", ())),
        fuzzy_choices=choices,
        fuzzy_targets=tuple(aliases[c] for c in choices),
    )


def _fuzzy(gaz: _Gazetteer, surface: str, min_length: int) -> tuple[str, str] | None:
    """The one entity whose alias is within a small edit budget of ``surface``, token by token."""
    key = _normal(surface)
    tokens = key.split()
    if not tokens or len(key.replace(" ", "")) < min_length:
        return None
    budgets = [len(t) // _LETTERS_PER_EDIT for t in tokens]
    if sum(budgets) == 0:
        return None
    hits = process.extract(key, gaz.fuzzy_choices, scorer=Levenshtein.distance,
                           score_cutoff=sum(budgets), limit=8)
    winners = set()
    best = None
    for choice, distance, index in sorted(hits, key=lambda h: h[1]):
        other = choice.split()
        if len(other) != len(tokens) or any(
                a[0] != b[0] or Levenshtein.distance(a, b) > budget
                for a, b, budget in zip(tokens, other, budgets)):
            continue
        if best is None:
            best = distance
        if distance == best:
            winners.add(gaz.fuzzy_targets[index])
    return winners.pop() if len(winners) == 1 else None


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _with_first_name(text: str, start: int, gaz: _Gazetteer) -> int:
    """Start of the surname's preceding capitalised word, if any, so surfaces read as written."""
    before = re.search(r"([A-ZÀ-ÖØ-Þ][\w'-]+)\s+$", text[:start])
    if before and before.group(1) not in gaz.not_names and _normal(before.group(1)) not in gaz.titles:
        return before.start(1)
    return start


def _table_mentions(text: str, context: str, gaz: _Gazetteer) -> list[EntityMention]:
    folded, cased = fold_key(text), fold_key(text, keep_case=True)
    found: list[EntityMention] = []
    spans: list[tuple[int, int]] = []
    around = fold_key(text + " " + context)
    for pattern, canonical, group, context_pattern in gaz.garbles:
        if pattern is None or context_pattern is None or not context_pattern.search(around):
            continue
        for m in pattern.finditer(folded):
            found.append(EntityMention(canonical, group, text[m.start():m.end()], m.start()))
            spans.append(m.span())
    matches = []
    for pattern, haystack in ((gaz.insensitive, folded), (gaz.sensitive, cased)):
        if pattern is not None:
            matches.extend(pattern.finditer(haystack))
    for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if _overlaps(m.start(), m.end(), spans):
            continue
        canonical, group = gaz.aliases[_normal(m.group())]
        start = m.start()
        if group == "PERSONS" and len(_normal(m.group()).split()) == 1:
            start = _with_first_name(text, start, gaz)
        as_place = bool(group == "COUNTRIES" and gaz.locative and gaz.locative.search(folded[:m.start()]))
        found.append(EntityMention(canonical, group, text[start:m.end()], m.start(), as_place))
        spans.append(m.span())
    return found


def _clean_person(surface: str, gaz: _Gazetteer) -> str | None:
    tokens = surface.strip(" ,.;:!?«»\"'()").split()
    while tokens and (_normal(tokens[0]) in gaz.titles or tokens[0] in gaz.not_names):
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 4:
        return None
    for token in tokens:
        if (token in gaz.not_names or not token[:1].isupper() or token.isupper()
                or not token.replace("-", "").replace("'", "").isalpha()):
            return None
    return " ".join(tokens)


def _locate(text: str, surface: str) -> int:
    at = text.find(surface)
    return at if at >= 0 else len(text)


def mentions_in(text: str, lang: str, ner: Iterable[tuple[str, str]] = (),
                context: str = "") -> tuple[EntityMention, ...]:
    """Every entity mention in ``text`` with its surface, sorted by position."""
    if not isinstance(text, str) or not text:
        return ()
    gaz = _gazetteer(lang or "")
    found = _table_mentions(text, context, gaz)
    spans = [(m.start, m.start + len(m.surface)) for m in found]
    candidates = [(s, label.upper(), _MIN_FUZZY_NER) for s, label in ner
                  if isinstance(s, str) and label and label.upper() in _NER_LABELS]
    candidates += [(m.group(), "", _MIN_FUZZY_TEXT) for m in _CAPITALISED.finditer(fold(text))]
    seen = set()
    for surface, label, min_length in candidates:
        surface = surface.strip()
        start = _locate(text, surface)
        if not surface or (surface, label) in seen or _overlaps(start, start + len(surface), spans):
            continue
        seen.add((surface, label))
        hit = _fuzzy(gaz, surface, min_length)
        if hit is None and " " in surface and not label:
            continue
        if hit is not None:
            found.append(EntityMention(hit[0], hit[1], surface, start))
        elif label in _NER_PERSON and (person := _clean_person(surface, gaz)):
            found.append(EntityMention(person, "UNKNOWN_PERSONS", surface, start))
        elif label in _NER_PLACE and _known_place(surface, gaz):
            found.append(EntityMention(" ".join(surface.split()), "PLACES", surface, start))
        else:
            continue
        spans.append((start, start + len(surface)))
    return tuple(sorted(found, key=lambda m: m.start))


def _known_place(surface: str, gaz: _Gazetteer) -> bool:
    words = surface.split()
    return (len(surface) >= 4 and all(w[:1].isupper() for w in words)
            and words[0] not in gaz.not_names and place_for(surface) is not None)


def entities_in(text: str, lang: str, ner: Iterable[tuple[str, str]] = (),
                context: str = "") -> Entities:
    """Canonical actors, places and weapons named in ``text``.

    ``ner`` holds (surface, label) pairs from spaCy for the same text; ``context`` is the whole
    document, used to resolve garbles such as "Mark Latte" (Mark Rutte when NATO is around).
    """
    fields: dict[str, dict[str, None]] = {"actors": {}, "places": {}, "weapons": {}}
    for mention in mentions_in(text, lang, ner, context):
        fields[_FIELD[mention.group]].setdefault(mention.canonical)
        if mention.as_place:
            fields["places"].setdefault(mention.canonical)
    return Entities(**{name: tuple(values) for name, values in fields.items()})


def canonical(kind: str, surface: str, lang: str) -> str | None:
    """The canonical name of ``surface`` as a ``kind`` ("actor", "place" or "weapon"), or None."""
    field = _KIND.get((kind or "").lower())
    if field is None or not isinstance(surface, str) or not surface.strip():
        return None
    gaz = _gazetteer(lang or "")
    hit = gaz.aliases.get(_normal(surface)) or _fuzzy(gaz, surface, _MIN_FUZZY_NER)
    if hit is None or _FIELD[hit[1]] != field and not (field == "places" and hit[1] == "COUNTRIES"):
        return None
    return hit[0]


@lru_cache(maxsize=16384)
def group_of(name: str, lang: str = "") -> str | None:
    """Which gazetteer table a canonical name comes from (PERSONS, COUNTRIES...), or None."""
    hit = _gazetteer(lang or "").aliases.get(_normal(name))
    return hit[1] if hit and hit[0] == name else None
