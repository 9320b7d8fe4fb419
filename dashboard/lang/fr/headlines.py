"""French headline rules: which constituents of a clause's parse make its headline.

Read by ``dashboard.events.titles``; the engine knows no French. Labels are those of
fr_core_news_sm's parser (Universal Dependencies, French treebanks). Every rule has a name and
examples (a sentence, then its headline) that one parametrised test runs through the parser.
"""

# The subject: who did it. "qui" stands for its antecedent (see RELATIVE_PRONOUNS).
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")

# Words that stay with the verb: auxiliaries, copula, reflexive and clitic pronouns.
VERB_GROUP_DEPS = ("aux:tense", "aux:pass", "cop", "expl:comp", "expl:pass")
# Object pronouns before the verb ("l'appelle", "lui demande") are part of the verb group.
CLITIC_DEPS = ("obj", "iobj", "obl:arg")
CLITIC_WORDS = ("le", "la", "l'", "les", "lui", "leur", "y", "en", "me", "m'", "te", "t'", "se", "s'",
                "nous", "vous")
NEGATION_WORDS = ("ne", "n'", "pas", "plus", "jamais", "rien", "guère")

# A verb coordinated with the one before it takes that verb's subject and auxiliary.
CONJUNCT_DEPS = ("conj",)
# A relative clause ("… qui a frappé Kyiv") takes its antecedent as subject.
RELATIVE_DEPS = ("acl:relcl", "acl")
RELATIVE_PRONOUNS = ("qui", "lequel", "laquelle", "lesquels", "lesquelles")

# A reporting verb after what it reports ("…, a rapporté vendredi le Times"): the headline is
# the reported clause, found among the verb's dependents of these kinds.
REPORTED_DEPS = ("advcl", "ccomp", "parataxis", "conj", "csubj")

# Constituents that may hold the clause's date, dropped because the timeline shows it.
DATE_DEPS = ("obl:mod", "obl", "advmod", "nmod", "obl:arg", "advcl", "dep", "appos")

# "selon le Pentagone", "d'après Reuters", ", a-t-il déclaré": who said it.
ATTRIBUTION_WORDS = ("selon", "d'après")
ATTRIBUTION_DEPS = ("parataxis",)

# How a name hangs on a title noun ("le président américain Joe Biden").
NAME_DEPS = ("appos", "flat:name")

# What a headline can do without, only while it is longer than the limit, in this order.
# ``cut``: "all" drops every such constituent (rightmost first) until the headline fits;
# "fitting" drops the one whose cut alone makes it fit and loses least, if there is one.
# After these rules, the rightmost constituents go.
OPTIONAL_RULES = (
    {"name": "fr.asides", "cut": "all", "deps": ("appos", "parataxis", "dislocated", "vocative"),
     "examples": (("Le ministre de l'Intérieur, Gérald Darmanin, a annoncé le 3 mai la dissolution du "
                   "groupuscule d'ultradroite, accusé d'avoir organisé plusieurs agressions à Lyon.",
                   "Darmanin a annoncé la dissolution du groupuscule d'ultradroite"),)},
    {"name": "fr.relative_clauses", "cut": "all", "deps": ("acl:relcl",),
     "examples": (("Les missiles, qui avaient été livrés en secret au printemps par les États-Unis, "
                   "ont frappé un aérodrome de Crimée le 17 octobre 2023.",
                   "Les missiles ont frappé un aérodrome de Crimée"),)},
    {"name": "fr.adverbs", "cut": "all", "deps": ("advmod",), "heads": ("VERB", "AUX"),
     "examples": (("Le gouvernement a finalement annoncé le 3 mars une hausse de 5 % du prix "
                   "de l'électricité pour l'ensemble des ménages en 2025.",
                   "Le gouvernement a annoncé une hausse de 5 % du prix de l'électricité"),)},
    {"name": "fr.adjuncts", "cut": "fitting", "deps": ("obl:mod", "obl:agent"),
     "examples": ()},
    {"name": "fr.noun_modifiers", "cut": "fitting", "deps": ("nmod", "amod", "acl"),
     "examples": (("Mardi, après l'attentat, le président américain Joe Biden a autorisé l'Ukraine à "
                   "frapper la Russie avec des missiles ATACMS, selon le New York Times.",
                   "Biden a autorisé l'Ukraine à frapper la Russie"),)},
    {"name": "fr.adverbial_clauses", "cut": "fitting", "deps": ("advcl",),
     "examples": (("La Commission européenne a proposé mercredi de geler les avoirs russes "
                   "pour financer la reconstruction, afin de répondre aux demandes de Kiev.",
                   "La Commission européenne a proposé de geler les avoirs russes"),)},
    {"name": "fr.second_verbs", "cut": "fitting", "deps": ("conj",),
     "examples": (("Le 12 mai, les grévistes ont bloqué le dépôt de la RATP à Vitry-sur-Seine et "
                   "ont réclamé une hausse des salaires de 300 euros.",
                   "Les grévistes ont bloqué le dépôt de la RATP à Vitry-sur-Seine"),)},
)

# Words a headline cannot end on: it would stop mid-phrase ("… avec des", "… et").
NO_END_POS = ("DET", "ADP", "CCONJ", "SCONJ")

# Function words, never cut on their own: they go with the phrase they open.
FUNCTION_DEPS = ("case", "det", "mark", "cc", "fixed", "nummod", "flat:name", "flat:foreign", "punct",
                 "aux:tense", "aux:pass", "aux:caus", "cop", "expl:comp", "expl:pass", "expl:subj")

# The pipeline whose parser builds headlines: the medium model, because the small one's trees
# of long news sentences are too often wrong to cut ("a déployé" taken for an adjective). Only
# the sentences that become events go through it, without its entity recogniser.
HEADLINE_MODEL = "fr_core_news_md"

# Pronouns that mean nothing without their relative clause ("ce dont elle a besoin").
NEEDS_RELATIVE = ("ce", "celui", "celle", "ceux", "celles")

# A verb's object is never cut alone: "a appelé la Chine à cesser de soutenir" says nothing;
# it goes with its verb's whole constituent.
OBJECT_DEPS = ("obj", "ccomp", "xcomp", "obl:arg")

# Words that say only "when" beside a date: when the date goes, they go too ("dès le lendemain
# matin", "mardi prochain", "la veille au soir"); one that other words hang on stays.
DATE_LEFTOVER_WORDS = ("matin", "matinée", "soir", "soirée", "après-midi", "midi", "nuit", "veille",
                       "prochain", "prochaine", "dernier", "dernière", "suivant", "suivante",
                       "précédent", "précédente", "début", "fin", "courant", "mi")
# What parts a headline's topic from its news ("Grève à la SNCF : les syndicats appellent …").
TOPIC_MARKS = (":",)

# Rules applied to every headline, long or short, each with examples (a sentence, then its
# headline) that one parametrised test runs through the parser.
ALWAYS_RULES = (
    {"name": "fr.topic_before_colon",
     "examples": (("Grève à la SNCF : les syndicats appellent les cheminots à cesser le travail "
                   "lundi 3 juin.", "Les syndicats appellent les cheminots à cesser le travail"),)},
    {"name": "fr.negation_kept",
     "examples": (("Le porte-parole du gouvernement, Olivier Véran, a déclaré mardi 14 mars que "
                   "l'exécutif ne reculerait pas sur le report de l'âge légal de départ à la retraite.",
                   "Véran a déclaré que l'exécutif ne reculerait pas sur le report"),)},
    {"name": "fr.date_heads_hidden",
     "examples": (("Le syndicat tiendra mardi prochain une assemblée générale à Lyon.",
                   "Le syndicat tiendra une assemblée générale à Lyon"),)},
    {"name": "fr.date_leftovers",
     "examples": (("La mairie a ouvert un gymnase dès le lendemain matin pour accueillir les "
                   "sinistrés.", "La mairie a ouvert un gymnase pour accueillir les sinistrés"),)},
    {"name": "fr.time_of_day",
     "examples": (("La fusée a décollé à 21 h 15, heure de Paris, depuis la base de Baïkonour.",
                   "La fusée a décollé depuis la base de Baïkonour"),
                  ("Les pompiers sont intervenus vers 5 heures du matin dans un immeuble de la rue "
                   "Garibaldi.", "Les pompiers sont intervenus dans un immeuble de la rue Garibaldi"))},
)

# A time of day says when, as a date does, and goes with it ("à 16 heures, heure de Guyane",
# "vers 5 h 30", "dès 6 heures du matin"); the first word opens it, so none is left behind.
TIME_OF_DAY = (r"\b(?:à|vers|dès|depuis|jusqu'à)\s+\d{1,2}\s*(?:heures?|h)\b(?:\s*\d{2}\b)?"
               r"(?:\s+(?:du matin|du soir|de l'après-midi))?"
               r"(?:,?\s+heure (?:de (?:Paris|Guyane|Moscou|Kiev|New York|[A-Z]\w+)|locale|française))?")
