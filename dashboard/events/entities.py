"""Who, where and with what: people, organisations, places and weapons named in a text.

The model finds the names; the tables name them. For a text analysed by spaCy (``ner`` given,
even empty):

1. every PER/PERSON, ORG and LOC/GPE/FAC span is a candidate, trimmed of titles, articles
   and a possessive ("le président Emmanuel Macron", "Mark Carney's");
2. a candidate that is an alias in the gazetteer (``dashboard.lang.<lang>.gazetteer``) or
   within a small edit budget of one ("Zelenskiy", "Oleshnik") takes that canonical name and
   kind; a place is resolved by ``dashboard.events.geo`` (countries in French or English,
   US states and counties, regions, cities); anything else keeps its name as written, in the
   kind the model gave it unless the words around it or the model's own votes in the rest of
   the article say otherwise (``dashboard.events.name_kinds``);
3. an alias hit of the tables (``dashboard.events.gazetteer``) counts only where the model
   saw a name (any label) and not a longer one of another kind around it ("France" in
   "Météo-France"), or where the model calls the same words a name elsewhere in the article
   (``votes``), so the tables never decide on their own that a word is a name; weapon
   systems, which the model does not know, are the one exception.

Without ``ner`` (no model ran: a bare sentence re-read while merging), the tables alone
answer. Language rules keep junk out: a one-word name that is a stop word, a month or a
weekday, or a common word (``is_common_word``) is not a name. A country is a place; it is an
actor too unless it follows a locative ("en Russie" is where, "la Russie a menacé" who).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dashboard.events.gazetteer import (
    GROUPS,
    Gazetteer,
    aliases_of,
    alias_pattern,
    fuzzy,
    gazetteer,
    is_common_word,
    normal_name,
)
from dashboard.events.geo import country_code, place_for
from dashboard.events.name_kinds import DOUBTFUL_PERSON, Votes, introduced, institution_start, kind_by_form, kind_by_votes
from dashboard.extract.fold import fold_key

__all__ = ["GROUPS", "Entities", "EntityMention", "aliases_of", "alias_pattern", "canonical",
           "entities_in", "group_of", "is_common_word", "mentions_in", "model_names", "normal_name",
           "trim_name"]

# Names found by the model and in no table have these groups.
NER_GROUPS = {"person": "NER_PERSONS", "organisation": "NER_ORGANISATIONS", "place": "NER_PLACES"}
FIELD_OF_GROUP = {"PERSONS": "actors", "NER_PERSONS": "actors", "ORGANISATIONS": "organisations",
                  "NER_ORGANISATIONS": "organisations", "COUNTRIES": "places", "PLACES": "places",
                  "NER_PLACES": "places", "WEAPONS": "weapons"}
_KIND = {"actor": "actors", "actors": "actors", "person": "actors", "organisation": "organisations",
         "organisations": "organisations", "org": "organisations", "place": "places",
         "places": "places", "weapon": "weapons", "weapons": "weapons"}
NER_KIND = {"PER": "person", "PERSON": "person", "ORG": "organisation", "LOC": "place",
            "GPE": "place", "FAC": "place"}
# Capitalised words that no model vouches for also open sentences: a longer minimum keeps
# demonyms like "Russe" from turning into "Russie".
_MIN_FUZZY_TEXT = 6
_CAPITALISED = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-Þ][\w'-]+")
# A person's name is at most this many words ("Mohammed ben Abdelrahmane Al Thani" is five).
MAX_PERSON_WORDS = 5
# Organisation names run longer ("Haut-Commissariat des Nations unies pour les réfugiés").
MAX_ORGANISATION_WORDS = 9
_EDGE = " ,.;:!?«»\"'()[]\u2019\u201c\u201d"
_POSSESSIVE = re.compile(r"(?:'|\u2019)s?$")


@dataclass(frozen=True)
class Entities:
    """Canonical names found in a text, each tuple in order of first appearance, no repeats."""

    actors: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntityMention:
    """One name as written (``surface`` at ``start``) and what it stands for."""

    canonical: str
    group: str
    surface: str
    start: int
    # A country named as the one who acts ("la Russie a menacé") is an actor as well as a place.
    acting: bool = False


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def trim_name(surface: str, lang: str, person: bool = False) -> str:
    """``surface`` without titles, articles and a possessive at its edges.

    An article written with a capital before a single word of a person's name is part of it
    ("Le Pen"); elsewhere it is only an article ("La Russie", "le président Macron").
    """
    gaz = gazetteer(lang or "")
    # Titles go before people only ("Justice Department" keeps its first word); articles
    # (the titles that are also stop words) before any name.
    leading = gaz.titles if person else gaz.titles & gaz.common
    tokens = surface.strip(_EDGE).split()
    while len(tokens) > 1 and normal_name(tokens[0]).strip("'\u2019") in leading \
            and not (person and len(tokens) == 2 and tokens[0][:1].isupper() and tokens[0].lower() in gaz.common):
        tokens = tokens[1:]
    if tokens and re.match(r"[lLdD]['\u2019]\w", tokens[0]):
        tokens[0] = tokens[0][2:]
    if tokens:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1]) if len(tokens[-1]) > 2 else tokens[-1]
    return " ".join(tokens).strip(_EDGE)


def _person_name(name: str, gaz: Gazetteer) -> bool:
    tokens = name.split()
    if not 1 <= len(tokens) <= MAX_PERSON_WORDS or not tokens[0][:1].isupper() or not tokens[-1][:1].isupper():
        return False
    return all((t[:1].isupper() and not (t.isupper() and len(t) > 3) or t in gaz.particles)
               and t.replace("-", "").replace("'", "").replace(".", "").isalpha() for t in tokens)


def _kind_name(name: str, kind: str, gaz: Gazetteer, lang: str, context: str,
               located: bool = False) -> tuple[str, str] | None:
    """(canonical, group) for a trimmed model name of ``kind``, or None when it is not a name."""
    words = name.split()
    if not words or (len(words) == 1 and is_common_word(name, lang, context)) \
            or not any(w[:1].isupper() for w in words):
        return None
    if kind == "person":
        return (name, NER_GROUPS["person"]) if _person_name(name, gaz) else None
    if kind == DOUBTFUL_PERSON:
        place = place_for(name) if located else None
        return (place.name, NER_GROUPS["place"]) if place else None
    if kind == "place" or country_code(name):
        place = place_for(name)
        if country_code(name) and place is not None:
            return place.name, "COUNTRIES"
        # One word the gazetteers cannot place is as often a demonym or a company the model
        # mistook ("les Ukrainiens", "Nvidia became") as a village: it stays only after a
        # preposition of place ("à Landiras", "en Gironde"). Longer names ("gare de Lyon") stay.
        if place is None and len(words) == 1 and not located:
            return None
        return (place.name if place else name), NER_GROUPS["place"]
    starts_well = name[:1].isupper() or normal_name(words[0]) in gaz.organisation_nouns
    if starts_well and len(words) <= MAX_ORGANISATION_WORDS and any(c.isalpha() for c in name):
        return name, NER_GROUPS["organisation"]
    return None


# Words of the language's grammar at the edges of a model's span are not part of the name:
# "Selon Jean Dupont", "Mark Carney's", "The Tigray People's Liberation Front".
_LEADING_NOT_NAME = frozenset({"DET", "ADP", "ADV", "CCONJ", "SCONJ", "PRON", "PUNCT", "AUX", "VERB", "INTJ"})
_TRAILING_NOT_NAME = frozenset({"PART", "PUNCT", "ADP", "DET", "CCONJ", "SCONJ", "NUM", "SYM"})


def _without_grammar_words(tokens: list, kind: str | None) -> list:
    while tokens:
        first = tokens[0]
        if first.pos_ not in _LEADING_NOT_NAME:
            break
        # "Le Pen": a capitalised article before one word of a person's name belongs to it.
        if first.pos_ == "DET" and first.text[:1].isupper() and len(tokens) == 2 and kind == "person":
            break
        # A capitalised adverb or verb inside a sentence may be a mistagged first name.
        if first.pos_ in ("ADV", "VERB", "AUX", "INTJ") and first.text[:1].isupper() \
                and not (first.i == 0 or first.is_sent_start):
            break
        tokens = tokens[1:]
    while tokens and tokens[-1].pos_ in _TRAILING_NOT_NAME:
        tokens = tokens[:-1]
    return tokens


def model_names(spacy_doc, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, label) of the names spaCy found in a processed Doc, offsets shifted by
    ``offset``, trimmed of grammar words at their edges (by part of speech).

    One rule keeps sentence openers out: a one-word name that opens its sentence and that the
    tagger does not call a proper noun ("Objectif : …", "Jeudi, …", "Absolument rien…") is a
    capitalised common word, not a name.
    """
    tagged = any(token.pos_ for token in spacy_doc[:3])
    found = []
    for ent in spacy_doc.ents:
        if ent.label_ not in NER_KIND and ent.label_ not in ("MISC", "NORP"):
            continue
        tokens = _without_grammar_words(list(ent), NER_KIND.get(ent.label_)) if tagged else list(ent)
        if not tokens:
            continue
        first = tokens[0]
        if tagged and len(tokens) == 1 and (first.i == 0 or first.is_sent_start) and first.pos_ != "PROPN":
            continue
        found.append((offset + first.idx, offset + tokens[-1].idx + len(tokens[-1].text), ent.label_))
    return found


def _table_hits(text: str, gaz: Gazetteer) -> list[tuple[int, int, str, str]]:
    folded, cased = fold_key(text), fold_key(text, keep_case=True)
    matches = []
    for pattern, haystack in ((gaz.insensitive, folded), (gaz.sensitive, cased)):
        if pattern is not None:
            matches.extend(pattern.finditer(haystack))
    hits, spans = [], []
    for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if not _overlaps(m.start(), m.end(), spans):
            hits.append((m.start(), m.end(), *gaz.aliases[normal_name(m.group())]))
            spans.append(m.span())
    return hits


def _model_agrees(start: int, end: int, group: str, seen: list[tuple[int, int, str]]) -> bool:
    """The model saw a name here, and not a longer one of another kind around it: "France" in
    "Météo-France" or "Bourse de Paris" is part of an organisation's name, not a place."""
    around = [(s, e, label) for s, e, label in seen if start < e and s < end]
    field = FIELD_OF_GROUP[group]
    return bool(around) and not any(
        s <= start and end <= e and e - s > end - start
        and FIELD_OF_GROUP.get(NER_GROUPS.get(NER_KIND.get(label, ""), ""), field) != field
        and not (field == "places" and NER_KIND.get(label) == "place")
        for s, e, label in around)


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)] if surface else []


def _acting(text: str, start: int, gaz: Gazetteer) -> bool:
    return not (gaz.locative and gaz.locative.search(fold_key(text[:start])))


def mentions_in(text: str, lang: str, ner: Iterable[tuple[str, str]] | None = None,
                context: str = "", votes: Votes | None = None) -> tuple[EntityMention, ...]:
    """Every entity mention in ``text`` with its surface, sorted by position.

    ``ner`` holds (surface, label) pairs from spaCy for the same text; None when no model ran.
    ``votes`` tells what the model calls a name in the rest of the article (``name_votes``).
    """
    if not isinstance(text, str) or not text:
        return ()
    gaz = gazetteer(lang or "")
    model = None if ner is None else [(s, label.upper()) for s, label in ner
                                      if isinstance(s, str) and s.strip() and isinstance(label, str)]
    seen_by_model = [] if model is None else [(*span, label) for s, label in model for span in _occurrences(text, s)]
    found: list[EntityMention] = []
    spans: list[tuple[int, int]] = []
    for start, end, canonical, group in _table_hits(text, gaz):
        # A weapon system, which the model does not know, is a name by itself; any other
        # alias counts where the model saw a name, or where it calls the same words a name
        # elsewhere in the article (a small model misses "OTAN" in one sentence of three).
        if model is not None and group != "WEAPONS" and not _model_agrees(start, end, group, seen_by_model) \
                and not (votes is not None and not _overlaps(start, end, [s[:2] for s in seen_by_model])
                         and sum(votes(text[start:end]).values()) > 0):
            continue
        if group == "PERSONS" and len(normal_name(text[start:end]).split()) == 1:
            start = _with_first_name(text, start, gaz)
        if group in ("PLACES", "COUNTRIES") and (body := institution_start(text, start, gaz)) is not None:
            # "le tribunal correctionnel de Paris": the body, not its place.
            found.append(EntityMention(text[body:end], NER_GROUPS["organisation"], text[body:end], body))
            spans.append((body, end))
            continue
        acting = group == "COUNTRIES" and _acting(text, start, gaz)
        found.append(EntityMention(canonical, group, text[start:end], start, acting))
        spans.append((start, end))
    # Without a model, capitalised words may still be known names misspelt ("Oleshnik").
    candidates = model if model is not None else \
        [(m.group(), "") for m in _CAPITALISED.finditer(text) if len(m.group()) >= _MIN_FUZZY_TEXT]
    for surface, label in candidates:
        kind = NER_KIND.get(label)
        name = trim_name(surface, lang, person=kind == "person")
        occurrences = [o for o in _occurrences(text, surface) if not _overlaps(*o, spans)]
        if not name or not occurrences:
            continue
        start = occurrences[0][0] + max(0, surface.find(name))
        located = bool(gaz.place_preposition and gaz.place_preposition.search(fold_key(text[:start])))
        # "devant ses salariés à Renton": one word after a preposition of place is a place,
        # whatever label the model gave it.
        if located and kind == "person" and " " not in name:
            kind = "place"
        # The French model's MISC is often a town it did not recognise ("à Rafah"): after a
        # preposition of place, a name the gazetteers place is that place.
        if kind is None and label == "MISC" and located and place_for(name) is not None:
            kind = "place"
        hit = gaz.aliases.get(normal_name(surface.strip(_EDGE))) or gaz.aliases.get(normal_name(name)) \
            or fuzzy(gaz, name)
        if hit is None and kind == "place" and (body := institution_start(text, start, gaz)) is not None:
            name, start = text[body:start + len(name)], body
            hit = (name, NER_GROUPS["organisation"])
        elif hit is None and kind:
            kind = kind_by_form(name, kind, gaz, text[:start], text[occurrences[0][1]:])
            if kind == "person" and " " not in name and not introduced(name, context or text, gaz):
                # News names a person in full, or with a title, at least once: a lone word the
                # article never introduces so is a place or a body the model took for a person
                # ("l'incendie de Landiras", "selon Enedis"), unless the votes say otherwise.
                kind = DOUBTFUL_PERSON
            if votes is not None:
                kind = kind_by_votes(name, kind, votes)
            hit = _kind_name(name, kind, gaz, lang, context, located)
        if hit is None:
            continue
        acting = hit[1] == "COUNTRIES" and _acting(text, start, gaz)
        found.append(EntityMention(hit[0], hit[1], name, start, acting))
        spans.extend(occurrences)
    return tuple(sorted(found, key=lambda m: m.start))


def _with_first_name(text: str, start: int, gaz: Gazetteer) -> int:
    """Start of the surname's preceding capitalised word, if any, so surfaces read as written."""
    before = re.search(r"([A-ZÀ-ÖØ-Þ][\w'-]+)\s+$", text[:start])
    if before and normal_name(before.group(1)) not in gaz.titles | gaz.common:
        return before.start(1)
    return start


def entities_in(text: str, lang: str, ner: Iterable[tuple[str, str]] | None = None,
                context: str = "", votes: Votes | None = None) -> Entities:
    """Canonical actors, organisations, places and weapons named in ``text``.

    ``ner`` holds (surface, label) pairs from spaCy for the same text (None: no model ran);
    ``context`` is text around it, read to tell common words from names.
    """
    fields: dict[str, dict[str, None]] = {"actors": {}, "organisations": {}, "places": {}, "weapons": {}}
    for mention in mentions_in(text, lang, ner, context, votes):
        fields[FIELD_OF_GROUP[mention.group]].setdefault(mention.canonical)
        if mention.acting:
            fields["actors"].setdefault(mention.canonical)
    return Entities(**{name: tuple(values) for name, values in fields.items()})


def canonical(kind: str, surface: str, lang: str) -> str | None:
    """The canonical name of ``surface`` as a ``kind`` (person/actor, organisation, place or
    weapon) in the tables, or None."""
    field = _KIND.get((kind or "").lower())
    if field is None or not isinstance(surface, str) or not surface.strip():
        return None
    gaz = gazetteer(lang or "")
    hit = gaz.aliases.get(normal_name(surface)) or fuzzy(gaz, surface)
    if hit is None:
        place = place_for(surface) if field == "places" else None
        return place.name if place else None
    if FIELD_OF_GROUP[hit[1]] != field and not (field == "actors" and hit[1] == "COUNTRIES"):
        return None
    return hit[0]


@lru_cache(maxsize=16384)
def group_of(name: str, lang: str = "") -> str | None:
    """Which gazetteer table a canonical name comes from (PERSONS, COUNTRIES...), or None."""
    hit = gazetteer(lang or "").aliases.get(normal_name(name))
    if hit and hit[0] == name:
        return hit[1]
    return "COUNTRIES" if country_code(name) else None
