"""English cues for building events: clause connectors, tenses, hedges, plans.

Read by ``dashboard.events``; the engine knows no English. English has no tagger here (no
official English spaCy model on PyPI), so the tense rules also tell whether a line has a
finite verb at all. Patterns are matched on ``fold(text)``, case-insensitively.
"""

# Where a sentence may be cut into clauses that can carry their own date (see fr/events.py).
CLAUSE_CONNECTORS = (
    "while", "whereas", "although", "even though", "after", "before", "since", "when",
    "because", "but", "and", "then", "where", "as",
)

# Prepositions that open a phrase naming a happening with its own date ("prompted by a call
# with Putin a day earlier"); see the French table.
PHRASE_OPENERS = ("by", "after", "before", "following", "during", "since")

CLAUSE_PUNCTUATION = (";",)

DISCOURSE_CONNECTORS = (
    "however", "but", "and", "yet", "meanwhile", "moreover", "furthermore", "in addition",
    "also", "still", "thus", "therefore", "so", "in this context", "for its part",
    "while", "whereas", "where", "when", "because",
)

CLITICS = ("not", "also", "then", "had", "has", "have", "was", "were")

NON_SUBJECT_STARTS = ("to", "of", "for", "by", "with", "without", "on", "in", "at", "into",
                      "against", "according", "from")

# First match at the earliest position wins, the present rule only when no other matches (see
# fr/events.py for the kinds). Forms ending in -ed or -s count only in lower case, so "United
# States" is not a verb.
TENSE_RULES = (
    {"name": "en.conditional_past", "kind": "conditional_past",
     "pattern": r"\b(?:would|could|might|may) have\s+\w+\b",
     "examples": ("Trump would have asked Zelensky", "the missiles may have struck the base")},
    {"name": "en.conditional", "kind": "conditional",
     "pattern": r"\b(?:would|could|might)\s+\w+\b",
     "examples": ("the strikes could escalate the war", "Washington would supply the missiles")},
    {"name": "en.near_future", "kind": "near_future",
     "pattern": r"\b(?:is|are|am) (?:going|set|due|expected|scheduled|poised) to\s+\w+\b",
     "examples": ("the United States is set to deliver missiles", "leaders are due to meet")},
    {"name": "en.future", "kind": "future",
     "pattern": r"\b(?:will|shall|won't|'ll)\s+(?:not\s+)?\w+\b",
     "examples": ("Washington will deliver such weapons", "the summit will take place in Rome")},
    {"name": "en.compound_past", "kind": "compound_past",
     "pattern": r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|also\s+)?(?:been\s+)?\w+(?:ed|en|wn|t|ung|un|ought|aught)\b",
     "examples": ("Biden has authorized Ukraine", "troops have been deployed to Kursk")},
    {"name": "en.pluperfect", "kind": "pluperfect",
     "pattern": r"\bhad\s+(?:\w+ly\s+|not\s+|also\s+)?(?:been\s+)?\w+(?:ed|en|wn|t|ung|un|ought|aught)\b",
     "examples": ("Zelensky had pressed Washington", "the list had been shared")},
    {"name": "en.simple_past", "kind": "past",
     # English's irregular simple pasts (the regular ones end in -ed), with their common
     # prefixed forms ("overtook", "withdrew"); the tagger tells "left" the verb from the side.
     "pattern": r"\b(?:was|were|did|said|told|met|sent|struck|hit|gave|began|took|made|led|"
                r"won|lost|fought|brought|bought|sold|shot|spoke|wrote|came|went|saw|left|"
                r"held|flew|fled|rose|fell|drove|chose|sought|fired|"
                r"became|overcame|grew|knew|threw|drew|withdrew|blew|broke|froze|stole|woke|wore|"
                r"swore|tore|bore|hid|bit|rode|strove|arose|forgot|got|forgave|forbade|foresaw|"
                r"oversaw|overtook|undertook|mistook|shook|stood|understood|withstood|upheld|withheld|"
                r"spent|built|lent|meant|dealt|felt|kept|slept|swept|wept|crept|knelt|fed|bred|"
                r"paid|laid|sat|sang|rang|ran|swam|drank|sank|shrank|sprang|stuck|stung|swung|hung|"
                r"clung|flung|slung|found|bound|ground|caught|taught|thought|heard|dug|lit|slid|"
                r"underwent|outran|outgrew|rebuilt|retook|overthrew|reran|sped|spun|split|spread)\b"
                r"|(?-i:\b[a-z]\w{2,}ed\b)",
     "examples": ("Biden authorized Ukraine to strike", "North Korean troops were sent to Russia",
                  "Blinken said on Tuesday", "Nvidia became the most valuable company on Tuesday",
                  "the rebels withdrew from the town on Friday")},
    {"name": "en.present", "kind": "present",
     "pattern": r"\b(?:is|are|am|has|have|does|do|says|remains|seems)\b|(?-i:\b[a-z]\w{2,}s\b)",
     "examples": ("Moscow threatens NATO", "the situation remains tense")},
)

HEDGES = (
    r"\breportedly\b", r"\ballegedly\b", r"\baccording to (?:sources|people|officials)\b",
    r"\bsources (?:close|familiar)\b", r"\bapparently\b", r"\bprobably\b", r"\bperhaps\b",
    r"\bmay have\b", r"\bmight have\b", r"\bwould have\b", r"\bseems?\b", r"\bunconfirmed\b",
    r"\bon condition of anonymity\b", r"\bpeople familiar with\b", r"\bciting sources\b",
)

PLAN_CUES = (
    r"\bplans? to\b", r"\bplanned to\b", r"\bintends? to\b", r"\bis to\b", r"\bare to\b",
    r"\bprepares? to\b", r"\bpreparing to\b", r"\bexpects? to\b",
)

FINITE_VERB_POS = ("VERB", "AUX")
