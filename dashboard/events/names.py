"""One name for each entity within a corpus.

Runs after every document's events are built and before they are merged:

1. the corpus's aliases file (``dashboard.events.aliases``) renames what it lists, where its
   context word is in the document ("Mark Latte" -> Mark Rutte next to "OTAN"), and finds its
   aliases in the events' sentences even where the model saw no name ("bureau elliptique");
2. within a document, a surname alone becomes the full name the document writes
   ("Macron" -> "Emmanuel Macron"), an acronym the organisation whose initials it is, or that
   the document writes in brackets after it ("LFI" -> "La France insoumise"), and a last word
   the longer organisation ending with it ("Dortmund" -> "Borussia Dortmund");
3. across the corpus, a surname still alone becomes the one full name the corpus gives it;
   when the corpus names two people with that surname ("Joe Biden", "Hunter Biden") it stays;
4. spellings that differ only by case or accents become the most frequent one;
5. a name that is a person in some events and an organisation in others takes the kind most
   of its events give it, corpus-wide.

It also returns, for each canonical name, the other spellings that stand for it (those
renamed, the aliases file's and the gazetteer's), which the search box matches.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from dashboard.events.aliases import AliasTable
from dashboard.events.entities import alias_pattern, aliases_of, is_common_word, normal_name, trim_name
from dashboard.extract.fold import fold_key
from dashboard.model import Document, Event

NAME_FIELDS = ("actors", "organisations", "places", "weapons")
# Words that initials skip: "Rassemblement national" is RN, "Organisation of the …" is not OO.
_INITIALS_SKIP = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "of", "the", "and", "et",
                            "for", "pour", "en", "a", "au", "aux"})
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]+"
_PARTICLE = r"(?:de|du|von|van|der|al|ben|bin|Le|La)"
# An acronym: two to six capitals (and digits), as organisations are written ("LFI", "G7").
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")

Built = tuple[Document, list[Event]]


def _renamed(event: Event, renames: dict[str, dict[str, str]]) -> Event:
    changes = {}
    for field in NAME_FIELDS:
        table = renames.get(field, {})
        names = tuple(dict.fromkeys(table.get(n, n) for n in getattr(event, field)))
        if names != getattr(event, field):
            changes[field] = names
    # A country renamed among places keeps acting under its new name.
    if "places" in changes and renames.get("places"):
        changes["actors"] = tuple(dict.fromkeys(renames["places"].get(n, n) for n in changes.get("actors", event.actors)))
    return replace(event, **changes) if changes else event


@lru_cache(maxsize=1024)
def _alias_in_text(alias: str) -> re.Pattern | None:
    return alias_pattern([alias], False)


def _apply_aliases(doc: Document, events: list[Event], table: AliasTable) -> list[Event]:
    if not table.aliases:
        return events
    around = fold_key(doc.text)
    applying = [a for a in table.aliases
                if not a.context or re.search(rf"(?<!\w){re.escape(fold_key(a.context).strip())}(?!\w)", around)]
    if not applying:
        return events
    # A name the model read as written ("Mark Latte", a person) takes the alias's canonical name.
    renames: dict[str, dict[str, str]] = {field: {} for field in NAME_FIELDS}
    for alias in applying:
        key = normal_name(alias.alias)
        for field in NAME_FIELDS:
            for event in events:
                for name in getattr(event, field):
                    if normal_name(name) == key:
                        renames[field][name] = alias.canonical
    out = []
    for event in events:
        event = _renamed(event, renames)
        text = fold_key(" ".join(s.excerpt for s in event.sources))
        added: dict[str, tuple[str, ...]] = {}
        for alias in applying:
            pattern = _alias_in_text(alias.alias)
            if pattern and pattern.search(text) and alias.canonical not in getattr(event, alias.field):
                added[alias.field] = (*added.get(alias.field, getattr(event, alias.field)), alias.canonical)
        out.append(replace(event, **added) if added else event)
    return out


def _people(events: Sequence[Event]) -> list[str]:
    places = {p for e in events for p in e.places}
    return list(dict.fromkeys(a for e in events for a in e.actors if a not in places))


def _written_full_names(text: str, surname: str, lang: str) -> set[str]:
    """Full names the text writes ending with ``surname``: "Emmanuel Macron", "Jean-Luc Mélenchon"."""
    pattern = rf"({_CAPITALISED}(?:\s+(?:{_CAPITALISED}|{_PARTICLE}))*)\s+{re.escape(surname)}(?![\w-])"
    found = set()
    for match in re.finditer(pattern, text):
        name = trim_name(f"{match.group(1)} {surname}", lang, person=True)
        tokens = name.split()
        while len(tokens) > 1 and is_common_word(tokens[0], lang):
            tokens = tokens[1:]
        # "L'incendie de Landiras" is not a first name: a full name opens with a capital.
        if 1 < len(tokens) <= 4 and tokens[0][:1].isupper():
            found.add(" ".join(tokens))
    return found


def _surname_renames(people: Sequence[str], full_names: set[str]) -> dict[str, str]:
    """Short names that end exactly one full name among ``full_names``, mapped to it."""
    renames = {}
    for short in people:
        tokens = normal_name(short).split()
        longer = {f for f in full_names if len(normal_name(f).split()) > len(tokens)
                  and normal_name(f).split()[-len(tokens):] == tokens}
        # "Joe Biden" and "Hunter Biden" both there: "Biden" alone stays as written.
        if len(longer) == 1:
            renames[short] = longer.pop()
    return renames


def initials(name: str) -> str:
    """The capitals an acronym of ``name`` would be made of."""
    words = [w for w in re.split(r"[\s'\u2019-]+", name) if w and w.lower() not in _INITIALS_SKIP]
    return "".join(w[0].upper() for w in words)


# How far before "(ACR)" the name it abbreviates may start.
_BRACKETED_REACH = 120


def _bracketed(text: str, acronym: str, organisations: Sequence[str]) -> str | None:
    """The organisation written just before "(ACR)" whose initials ``acronym`` is."""
    at = text.find(f"({acronym})")
    while at >= 0:
        before = text[max(0, at - _BRACKETED_REACH):at].rstrip()
        full = next((o for o in organisations if before.endswith(o) and initials(o) == acronym), None)
        if full:
            return full
        at = text.find(f"({acronym})", at + 1)
    return None


def _organisation_renames(doc: Document, organisations: Sequence[str]) -> dict[str, str]:
    renames = {}
    for short in organisations:
        if _ACRONYM.match(short):
            spelled = [o for o in organisations if o != short and initials(o) == short]
            if len(spelled) == 1:
                renames[short] = spelled[0]
            elif full := _bracketed(doc.text, short, organisations):
                renames[short] = full
        elif " " not in short:
            longer = [o for o in organisations if o != short and normal_name(o).split()[-1:] == [normal_name(short)]]
            if len(longer) == 1:
                renames[short] = longer[0]
    return renames


def _within_document(doc: Document, events: list[Event]) -> tuple[list[Event], dict[str, str]]:
    people = _people(events)
    full = {p for p in people if " " in p}
    for short in (p for p in people if " " not in p):
        full |= _written_full_names(doc.text, short, doc.language)
    renames = {"actors": _surname_renames(people, full),
               "organisations": _organisation_renames(doc, list(dict.fromkeys(o for e in events for o in e.organisations)))}
    merged = {**renames["actors"], **renames["organisations"]}
    events = [_renamed(e, renames) for e in events]
    # The model sometimes calls a person of the article an organisation ("Walz" after "Tim
    # Walz"): a name that is a person of the same document is that person.
    people = set(_people(events)) | full
    mislabelled = {o: p for e in events for o in e.organisations
                   for p in [_person_named(o, people)] if p is not None}
    if mislabelled:
        events = [_as_people(e, mislabelled) for e in events]
        merged.update(mislabelled)
    return events, merged


def _person_named(name: str, people: set[str]) -> str | None:
    key = normal_name(name).split()
    matches = {p for p in people if normal_name(p).split()[-len(key):] == key}
    return matches.pop() if len(matches) == 1 else None


def _as_people(event: Event, mislabelled: dict[str, str]) -> Event:
    moved = [o for o in event.organisations if o in mislabelled]
    if not moved:
        return event
    return replace(event, organisations=tuple(o for o in event.organisations if o not in mislabelled),
                   actors=tuple(dict.fromkeys((*event.actors, *(mislabelled[o] for o in moved)))))


def _most_frequent_spelling(events: Sequence[Event]) -> dict[str, dict[str, str]]:
    renames: dict[str, dict[str, str]] = {}
    for field in NAME_FIELDS:
        counts = Counter(n for e in events for n in getattr(e, field))
        by_key: dict[str, list[str]] = {}
        for name in counts:
            by_key.setdefault(normal_name(name), []).append(name)
        for names in by_key.values():
            if len(names) > 1:
                best = max(names, key=lambda n: (counts[n], n))
                renames.setdefault(field, {}).update({n: best for n in names if n != best})
    return renames


def _one_kind_per_name(events: Sequence[Event]) -> dict[str, str]:
    """Names that are a person in some events and an organisation in others (a small model
    reads "Enedis" as a person once, as an organisation twice): each takes the kind most of
    its events give it, mapped to "actors" or "organisations"; a tie changes nothing."""
    places = {p for e in events for p in e.places}
    counts: dict[str, Counter] = {}
    for event in events:
        for name in event.organisations:
            counts.setdefault(name, Counter())["organisations"] += 1
        for name in event.actors:
            if name not in places:
                counts.setdefault(name, Counter())["actors"] += 1
    kinds = {}
    for name, counted in counts.items():
        if len(counted) == 2:
            (best, most), (_, other) = counted.most_common(2)
            if most > other:
                kinds[name] = best
    return kinds


def _with_kind(event: Event, kinds: dict[str, str]) -> Event:
    moving = {n: k for n, k in kinds.items() if (n in event.actors and k == "organisations")
              or (n in event.organisations and k == "actors")}
    if not moving:
        return event
    actors = [n for n in event.actors if moving.get(n) != "organisations"]
    organisations = [n for n in event.organisations if moving.get(n) != "actors"]
    actors += [n for n, k in moving.items() if k == "actors"]
    organisations += [n for n, k in moving.items() if k == "organisations"]
    return replace(event, actors=tuple(dict.fromkeys(actors)), organisations=tuple(dict.fromkeys(organisations)))


def name_corpus(built: Sequence[Built], table: AliasTable = AliasTable()) -> tuple[list[Built], dict[str, tuple[str, ...]]]:
    """The documents' events with one name for each entity, and each canonical name's other
    spellings (for search)."""
    spellings: dict[str, dict[str, None]] = {}
    staged: list[Built] = []
    for doc, events in built:
        events = _apply_aliases(doc, list(events), table)
        events, renamed = _within_document(doc, events)
        for short, full in renamed.items():
            spellings.setdefault(full, {})[short] = None
        staged.append((doc, events))
    everyone = [e for _, events in staged for e in events]
    full_people = {p for p in _people(everyone) if " " in p}
    corpus_wide = {"actors": _surname_renames([p for p in _people(everyone) if " " not in p], full_people)}
    for field, table_renames in _most_frequent_spelling(everyone).items():
        corpus_wide.setdefault(field, {}).update(table_renames)
    for table_renames in corpus_wide.values():
        for short, full in table_renames.items():
            spellings.setdefault(full, {})[short] = None
    named = [(doc, [_renamed(e, corpus_wide) for e in events]) for doc, events in staged]
    kinds = _one_kind_per_name([e for _, events in named for e in events])
    if kinds:
        named = [(doc, [_with_kind(e, kinds) for e in events]) for doc, events in named]
    for alias in table.aliases:
        spellings.setdefault(alias.canonical, {})[alias.alias] = None
    present = {n for _, events in named for e in events for field in NAME_FIELDS for n in getattr(e, field)}
    for name in present:
        spellings.setdefault(name, {}).update(dict.fromkeys(aliases_of(name)))
    return named, {name: tuple(s for s in forms if s != name)
                   for name, forms in sorted(spellings.items()) if name in present and forms}

