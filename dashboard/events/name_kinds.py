"""Which kind a doubtful name is: read from the words around it and from the article.

The small models often give a name the wrong kind ("Nvidia" a place, "Enedis" a person). A
name the tables do not know keeps the model's label unless one of these rules, each written
for the language (its words are in ``dashboard/lang/<code>/gazetteer.py``), says otherwise:

- a legal form or club suffix ends it or follows it ("… Holdings", "… SA", "… FC");
- a noun that says what kind of body follows comes before it ("le groupe de luxe …");
- an institution's noun comes before a place ("le tribunal correctionnel de …");
- a lone word the article never writes after a first name or a title is no person;
- the model's votes in the article's other sentences (``name_votes``) outnumber its label here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from dashboard.events.gazetteer import Gazetteer, normal_name
from dashboard.events.geo import place_for
from dashboard.extract.fold import fold_key

# What the model calls a name in the article's other sentences: "person", "organisation" or
# "place", counted (``dashboard.events.name_votes.NameVotes.kinds``).
Votes = Callable[[str], Counter]
# A person the article never introduces: a kind of its own, which only votes can turn into
# another; alone it is no name.
DOUBTFUL_PERSON = "doubtful person"
# How far after a name its legal form may be written ("Nvidia Corporation", "Renault SA").
_SUFFIX_REACH = 16
# How far before a place an institution's noun may start ("la cour d'assises du Rhône").
_INSTITUTION_REACH = 60
# The model's kind for a one-word name elsewhere in the article wins over its kind here only
# by a clear majority: at least this many more votes for the other kind.
_VOTE_MARGIN = 1
_PUNCTUATION = " ,.;:!?«»\"'()[]\u2019\u201c\u201d"


def introduced(surname: str, text: str, gaz: Gazetteer) -> bool:
    """True when ``text`` writes ``surname`` after a first name or a title at least once
    ("Jannik Sinner", "M. Dupont", "Me Assous")."""
    particles = "|".join(map(re.escape, sorted(gaz.particles)))
    for match in re.finditer(rf"(\S+)\s+(?:(?:{particles})\s+)*{re.escape(surname)}(?![\w-])", text):
        before = match.group(1).strip(_PUNCTUATION)
        key = normal_name(before).strip("'\u2019")
        if key in gaz.titles or (before[:1].isupper() and before.replace("-", "").isalpha() and key not in gaz.common):
            return True
    return False


def kind_by_form(name: str, kind: str, gaz: Gazetteer, before: str, after: str) -> str:
    """An organisation by the words at its edges: a name the model calls a place or a person
    that ends with, or is followed by, the language's legal form or club suffix ("Spirit
    AeroSystems Inc.", "Leeds United"), or, for one word, that follows a noun naming a kind
    of body ("le groupe de luxe Kering"); unless the gazetteers place it."""
    if kind == "organisation":
        return kind
    known_place = place_for(name) is not None
    if gaz.organisation_suffix is not None:
        written = f"{normal_name(name)} {normal_name(after[:_SUFFIX_REACH].lstrip(' ,'))}"
        if gaz.organisation_suffix.search(normal_name(name)) or \
                gaz.organisation_suffix.match(written, len(normal_name(name))):
            return kind if kind == "place" and known_place else "organisation"
    if " " not in name and not known_place and gaz.organisation_kind is not None \
            and gaz.organisation_kind.search(fold_key(before)):
        return "organisation"
    return kind


def kind_by_votes(name: str, kind: str, votes: Votes) -> str:
    """The kind the model gives a one-word name most often in the article, when it is not the
    kind it gave here and the gazetteers do not place it ("Nvidia" GPE once, ORG twice)."""
    if " " in name or (kind == "place" and place_for(name) is not None):
        return kind
    counted = votes(name)
    if kind == DOUBTFUL_PERSON:
        # Only another kind can save it: the model calling it a person again says nothing new.
        counted = Counter({k: n for k, n in counted.items() if k != "person"})
    best, most = max(counted.items(), key=lambda item: (item[1], item[0] == kind), default=(kind, 0))
    return best if best != kind and most >= counted.get(kind, 0) + _VOTE_MARGIN else kind


def institution_start(text: str, start: int, gaz: Gazetteer) -> int | None:
    """Where the institution named by the place at ``start`` begins ("tribunal correctionnel
    de Paris"), or None when no institution's noun comes right before the place."""
    if gaz.institution_of is None:
        return None
    window = max(0, start - _INSTITUTION_REACH)
    found = gaz.institution_of.search(fold_key(text[window:start]))
    return None if found is None else window + found.start("noun")
