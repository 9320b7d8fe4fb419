"""French cues for building events: clause connectors, tenses, hedges, plans.

Read by ``dashboard.events``; the engine knows no French. Patterns are matched on
``fold(text)`` (plain apostrophes and spaces), case-insensitively unless said otherwise.
"""

# Where a sentence may be cut into clauses that can carry their own date. The connector
# starts the right-hand clause and is dropped from that clause's title. A cut is only made
# when both sides have a finite verb of their own and the right side names its subject
# ("et les États-Unis ont livré", not "et a livré"), so coordinated verbs stay together.
CLAUSE_CONNECTORS = (
    "alors que", "tandis que", "pendant que", "bien que", "même si",
    "après que", "avant que", "depuis que", "dès que", "lorsque", "lorsqu'", "quand",
    "parce que", "parce qu'", "puisque", "puisqu'", "car",
    "mais", "et", "puis", "où", "tandis qu'", "alors qu'", "après qu'", "avant qu'",
)

# Prepositions that open a phrase naming a happening of its own, with its own date: "a été
# déclenchée | par l'appel avec Poutine un jour avant". A clause holding two different dates is
# cut before the last such word ahead of the second date; the word is dropped from its title.
PHRASE_OPENERS = (
    "par", "après", "avant", "lors de", "lors d'", "depuis", "suite à", "à la suite de",
    "à la suite d'", "au lendemain de", "au lendemain d'", "à l'issue de", "à l'issue d'",
)

# Punctuation that separates clauses on its own.
CLAUSE_PUNCTUATION = (";",)

# Openers that say how a sentence links to the previous one; a title reads better without.
DISCOURSE_CONNECTORS = (
    "cependant", "mais", "et", "or", "toutefois", "néanmoins", "pourtant", "en outre",
    "par ailleurs", "de plus", "en revanche", "ainsi", "donc", "enfin", "d'ailleurs",
    "en effet", "de son côté", "pour sa part", "quant à lui", "dans ce contexte",
    "dans le même temps", "entre-temps", "par conséquent", "également", "aussi", "puis",
    "alors que", "tandis que", "où", "lorsque", "quand", "car", "parce que",
)

# Words between a connector and its verb that are not a subject: clitics and negation.
CLITICS = ("ne", "n'", "se", "s'", "y", "en", "lui", "leur", "les", "le", "la", "l'",
           "me", "m'", "te", "t'", "nous", "vous")

# Words that cannot open the subject of a new clause: "et d'intercepter les missiles, mais n'a"
# continues the infinitive before it, it does not start a clause.
NON_SUBJECT_STARTS = ("de", "d'", "à", "au", "aux", "pour", "par", "sans", "avec", "sur",
                      "vers", "contre", "selon", "afin", "en")

# Tense of a clause's first finite verb, by its form. The tagger tells verbs from nouns but
# often gets French tenses wrong ("envisagerait" tagged imperfect, "autorisa" present), so the
# form decides; with a tagger a rule must match at a verb, and the first rule that does wins.
# Without a tagger the earliest match in the clause wins. ``kind``: compound_past (passé
# composé), past (passé simple), pluperfect, imperfect, conditional_past, conditional, future,
# near_future, present.
TENSE_RULES = (
    {"name": "fr.conditional_past", "kind": "conditional_past",
     "pattern": r"\b(?:aurai[st]|auraient|serai[st]|seraient)\s+(?:[\w']+\s+){0,2}?(?:été\s+)?\w+(?:é|ée|és|ées|i|is|u|us|it|te|ts)\b",
     "examples": ("il lui aurait posé une question", "les missiles auraient été livrés")},
    {"name": "fr.conditional", "kind": "conditional",
     "pattern": r"\b\w+(?:erai[st]|eraient|irai[st]|iraient|rrai[st]|rraient|drai[st]|draient|"
                r"vrait|vraient|urai[st]|uraient)\b",
     "examples": ("Trump envisagerait de vendre ces armes", "cela pourrait aggraver le conflit")},
    {"name": "fr.near_future", "kind": "near_future",
     "pattern": r"\b(?:va|vont|allons|allez)\s+(?:\w+'?\s+)?\w+(?:er|ir|re)\b",
     "examples": ("les États-Unis vont livrer des missiles", "Kiev va se retirer")},
    {"name": "fr.future", "kind": "future",
     "pattern": r"\b\w+(?:era|eront|ira|iront|rra|rront|dra|dront|vra|vront)\b|\b(?:aura|auront|sera|seront|fera|feront)\b",
     "examples": ("Washington livrera de telles armes", "la réunion aura lieu à Rome")},
    {"name": "fr.compound_past", "kind": "compound_past",
     "pattern": r"\b(?:a|ont|est|sont|avons|avez|sommes|êtes|ai|as|suis|es|ait|aient|soit|soient)\s+(?:[\w']+\s+){0,2}?(?:été\s+)?"
                r"\w+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|ite|its|ert|erte|ort|ompu|ait|int|eint)\b",
     "examples": ("Biden a autorisé l'Ukraine", "des soldats se sont déployés à Koursk",
                  "après que l'Ukraine ait d'abord attaqué des cibles",
                  "la Russie a discrètement déployé des troupes")},
    {"name": "fr.pluperfect", "kind": "pluperfect",
     "pattern": r"\b(?:avait|avaient|était|étaient)\s+(?:[\w']+\s+){0,2}?(?:été\s+)?\w+(?:é|ée|és|ées|i|is|u|us|it)\b",
     "examples": ("Zelensky avait fait pression sur Washington", "Biden avait présenté une liste")},
    {"name": "fr.simple_past", "kind": "past",
     "pattern": r"\b\w{3,}(?:a|èrent|irent|urent)\b",
     "examples": ("les dirigeants se rencontrèrent à Genève", "Biden autorisa l'Ukraine")},
    {"name": "fr.imperfect", "kind": "imperfect",
     "pattern": r"\b\w+(?:ait|aient)\b",
     "examples": ("les responsables étaient inquiets", "Kiev espérait des missiles")},
    # Any finite form: decides when no other rule matched, and vetoes a tagger that calls
    # "radical" a verb (no finite French verb ends that way).
    {"name": "fr.present", "kind": "present",
     "pattern": r"\b\w*(?:e|es|ent|t|d|x|s|a|ons|ez|ai)\b",
     "examples": ("Moscou menace désormais l'OTAN", "la situation reste tendue")},
)

# Verbs whose conditional does not mean "maybe later" but "reportedly": French news uses
# the conditional to report unconfirmed facts ("il aurait répondu").
HEDGES = (
    r"\baurai(?:t|ent)\b", r"\bserai(?:t|ent)\b", r"\bselon (?:des|plusieurs|certaines|deux|nos) sources\b",
    r"\bselon (?:ceux|celles) qui\b", r"\bde sources? (?:proches|concordantes|anonymes)\b",
    r"\bapparemment\b", r"\bprobablement\b", r"\bpeut-être\b", r"\bsemble(?:nt|rait)?\b",
    r"\bcitant des sources\b", r"\bsous couvert d'anonymat\b", r"\bprésumée?s?\b",
    r"\bselon (?:des|un|une) (?:informations?|médias?|responsables?)\b", r"\bil se pourrait\b",
    r"\bdes sources? proches?\b", r"\bsources? proches?\b",
    # Hearsay with nobody named: "on dit que", "certains affirment", "les gens disent".
    r"\b(?:on|les gens|certains|d'aucuns) (?:dit|disent|raconte|racontent|affirment|prétendent)\b",
)

# Verbs that announce something for later, whatever their tense ("prévoit de livrer").
PLAN_CUES = (
    r"\bprévoi(?:t|ent)\s+(?:de|d')\b", r"\benvisage(?:nt)?\s+(?:de|d')\b", r"\bcompte(?:nt)?\s+\w+er\b",
    r"\bdoi(?:t|vent)\s+(?:se\s+)?\w+(?:er|ir|re)\b", r"\bs'apprête(?:nt)?\s+à\b",
    r"\ba l'intention de\b", r"\bprojette(?:nt)?\s+de\b",
)

# A sentence with no verb of these kinds is a heading, a caption or a list item.
FINITE_VERB_POS = ("VERB", "AUX")
