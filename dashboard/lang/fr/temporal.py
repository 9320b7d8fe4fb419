"""French temporal knowledge as data: words, fragments and tense markers.

The engine in ``dashboard.temporal`` reads these tables and knows no French. Patterns (in
``temporal_calendar.py``, ``temporal_seasons.py``, ``temporal_relative.py``,
``temporal_compounds.py``) are regular expressions matched case-insensitively on the folded text
(’ -> ', odd spaces -> ' '); ``{name}`` in a pattern inserts an alternation built from the
table of that name (MONTHS, WEEKDAYS, ...) or a fragment from ``FRAGMENTS``.
"""

from dashboard.lang.fr.numbers import NUMBERS, ORDINALS  # noqa: F401  (read by the engine)

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
# Only with a day or a year: "sept." alone could end "ils étaient sept.".
MONTH_ABBREVIATIONS = {
    "janv.": 1, "jan.": 1, "févr.": 2, "fév.": 2, "fevr.": 2, "fev.": 2, "avr.": 4,
    "juil.": 7, "sept.": 9, "oct.": 10, "nov.": 11, "déc.": 12, "dec.": 12,
}
# French writes months in lower case: a capitalised "Mars" or "Mai" with no day or year is a
# planet or a first name ("la surface de Mars", "Mai Lan"), not a month.
MONTH_CASE = {"alone": "lower"}

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}
SEASONS = {"printemps": "spring", "été": "summer", "ete": "summer", "automne": "autumn",
           "hiver": "winter"}
PARTS = {"début": "early", "debut": "early", "mi": "mid", "milieu": "mid", "fin": "late"}
UNITS = {
    "heure": "hour", "heures": "hour", "jour": "day", "jours": "day", "semaine": "week",
    "semaines": "week", "mois": "month", "an": "year", "ans": "year", "année": "year",
    "années": "year", "annee": "year", "annees": "year",
}
RELATIONS = {
    "dernier": "last", "dernière": "last", "derniere": "last", "passé": "last",
    "passée": "last", "prochain": "next", "prochaine": "next",
    "ce": "this", "cet": "this", "cette": "this",
}
# A four-digit number followed by one of these counts things; it is not a year.
COUNT_NOUNS = (
    "soldats", "hommes", "militaires", "combattants", "morts", "tués", "victimes", "blessés",
    "personnes", "civils", "prisonniers", "réfugiés", "habitants", "manifestants", "euros",
    "dollars", "drones", "missiles", "obus", "roquettes", "chars", "avions", "véhicules",
    "km", "kilomètres", "mètres", "milles", "tonnes", "emplois", "voix", "exemplaires",
    "ans", "années", "heures", "minutes", "jours", "pages", "points", "sièges", "buts",
    "logements", "maisons", "foyers", "élèves", "cas", "doses", "lits", "vols",
    "grammes", "kilos", "kg", "litres", "degrés", "hectares", "mégawatts", "places",
    "visiteurs", "spectateurs", "supporters", "salariés", "employés", "agents", "étudiants",
    "enseignants", "participants", "adhérents", "abonnés", "clients", "patients", "trains",
    "voitures", "matchs", "essais",
)
# Holidays: ("fixed", month, day), ("easter", days after Easter Sunday) or ("nth", month,
# weekday, n). A name written here with a capital needs one in the text: "l'Ascension", not
# "l'ascension du col".
HOLIDAYS = {
    "Noël": ("fixed", 12, 25), "réveillon de Noël": ("fixed", 12, 24),
    "Saint-Sylvestre": ("fixed", 12, 31), "jour de l'an": ("fixed", 1, 1),
    "Nouvel An": ("fixed", 1, 1), "Toussaint": ("fixed", 11, 1),
    "Saint-Valentin": ("fixed", 2, 14), "14-Juillet": ("fixed", 7, 14),
    "fête nationale": ("fixed", 7, 14), "1er-Mai": ("fixed", 5, 1),
    "Assomption": ("fixed", 8, 15), "Armistice": ("fixed", 11, 11),
    "Pâques": ("easter", 0), "Paques": ("easter", 0), "lundi de Pâques": ("easter", 1),
    "Vendredi saint": ("easter", -2), "Ascension": ("easter", 39),
    "Pentecôte": ("easter", 49), "lundi de Pentecôte": ("easter", 50),
}

# Words in patterns that no table above holds, so the engine looks for dates around them.
TRIGGERS = ("week", "siècle", "entre-deux-guerres")

FRAGMENTS = {
    # "au 1962 avenue de Savoie", "12 bis, 2019 avenue de la Gare": a number before a street word is
    # an address, not a year.
    "not_address": r"(?!\s+(?:route|rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|cours)\b)",
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?:er|ᵉʳ)?|premier",
    "until": r"jusqu'(?:à|au|en)",
    "until_future": r"d'ici(?:\s+(?:à|au))?",
    "partlead": r"(?:(?:au|à\s+la|en|la|le)\s+)?",
    "partjoin": r"(?:\s*-\s*|\s+(?:du\s+mois\s+d(?:e\s+|')|de\s+|d')?)",
    "month_lead": r"en|depuis|dès|avant|après|courant|vers|(?:au|le|du)\s+mois\s+d(?:e|')|de|d'",
    # "plus de 2000 soldats": a quantity, not "de 2000".
    "year_lead": r"en|depuis|dès|avant|après|courant|vers|l'an|l'année"
                 r"|(?<!plus\s)(?<!moins\s)(?<!près\s)(?<!environ\s)de",
    "season_lead": r"au|en|à\s+l'|l'",
    # A bound on a duration: "plus d'un an", "près de deux semaines", "au moins trois jours".
    "bound": r"(?:(?:bien\s+|pas\s+)?(?:plus|moins)\s+d(?:e\s+|')|près\s+d(?:e\s+|')|au\s+moins\s+"
             r"|presque\s+|quasiment\s+)",
    "daypart": r"matin|matinée|soir|soirée|après-midi|apres-midi|midi|nuit|journée",
    # "jeudi en fin d'après-midi", "dans la matinée de samedi", "samedi en début de soirée".
    "daypart_after": r"\s+(?:en\s+)?(?:(?:début|fin)\s+(?:de\s+|d'))?(?:{daypart})",
    "daypart_before": r"(?:dans\s+la|en|en\s+(?:début|fin)\s+de|au\s+cours\s+de\s+la)\s+"
                      r"(?:matinée|soirée|nuit|journée|après-midi)\s+(?:de\s+|du\s+)?",
    # A limit: "d'ici la fin de 2025", "jusqu'à la fin du mois", "avant l'été".
    "deadline": r"(?:(?P<deadline>d'ici(?:\s+(?:à|au))?|jusqu'à|au\s+plus\s+tard)"
                r"|(?P<deadline_before>avant))\s+",
    # A year not inside a number, an address or a reference: "n° 2019", "article 2014".
    "bare_year_lead": r"(?<![\d,.]\s)(?<![\d,.])(?<!n°\s)(?<!n°)(?<!article\s)"
                      r"(?<!page\s)(?<!vol\s)(?<!numéro\s)(?<!code\s)",
    "century_suffix": r"(?:e|è|ème|eme|ᵉ)",
}

# "Trois jours après le sommet", "à la veille du scrutin": the articles before the noun of the
# event an anaphor counts from; "deux mois après son arrestation", "un an après avoir quitté
# le club": a possessive or an auxiliary names an event by who did it, never the one just told.
EVENT_ARTICLES = r"de\s+la|de\s+l'|du|des|la|le|les|l'|cette|ce|cet"
EVENT_OWNERS = r"son|sa|ses|leur|leurs|avoir|être"
# "Trois mois après le début de la guerre": the words before the noun that completes a
# vague head; and those that join an event to its own date ("après l'élection du 4 mai").
EVENT_COMPLEMENT = r"de\s+la|de\s+l'|du|des|de|d'"
EVENT_DATE_LINK = r"du|de|d'|le|en"

# Tense, cheaply: the clause around a mention, then the tense marker nearest to it.
CLAUSE_BREAK = (r"[.!?;:«»\"\n]|(?<!\w)(?:que|lorsque|quand|mais|puisque)(?!\w)"
                r"|(?<!\w)(?:qu|lorsqu|puisqu)'")
_ADVERBS = r"(?:(?:pas|plus|jamais|déjà|encore|aussi|bien|toujours|même|rien|\w+ment)\s+){0,3}"
_INFINITIVE = r"(?:(?:se|s'|y|en|lui|leur|le|la|les|l')\s*)?\w+(?:er|ir|re|oir)\b"
FUTURE_MARKERS = (
    r"\b(?:va|vont|vais|allons|allez)\s+" + _ADVERBS + _INFINITIVE,
    r"\b(?:doit|doivent|devrait|devraient|compte|comptent|prévoit|prévoient|envisage"
    r"|envisagent)\s+" + _ADVERBS + _INFINITIVE,
    r"\b(?:prévue?s?|programmée?s?|attendue?s?|prochaine?s?|d'ici)\b|\bà\s+venir\b",
    # Un report, une prolongation, une suspension "jusqu'au printemps" fixe une limite à venir,
    # même dite au passé ("a demandé un report jusqu'au printemps"); "est resté fermé
    # jusqu'au printemps" n'en est pas une.
    (r"\b(?:report\w*|repouss\w*|prolong\w*|suspen\w*|ajourn\w*|délai|sursis)\b"
     r"(?=(?:\s+\S+){0,3}?\s+jusqu'(?:à|au|en)\b)"),
    # A schedule in the present: "le procès s'ouvre lundi", "le sommet se tient jeudi".
    (r"\b(?:s'ouvre|s'ouvrent|débute|débutent|se\s+tient|se\s+tiennent|se\s+réunit"
     r"|se\s+réunissent|expire|expirent|ferme|ferment|rouvre|rouvrent)\b"),
    r"\bà\s+partir\s+d[eu]\b|\bà\s+compter\s+d[eu]\b",
    # The conditional of reported speech is the future seen from the past ("a dit que les
    # pourparlers reprendraient en septembre"); "aurait"/"serait" are left out, being mostly
    # past conditionals ("aurait été transmise").
    r"\b(?:pourrai(?:t|ent)|ferai(?:t|ent)|viendrai(?:t|ent)|[a-zàâçéèêëîïôûù]{2,}(?:erai|irai|drai)(?:t|ent))\b",
    # Future tense endings; the look-ahead drops nouns that happen to end the same way.
    (r"\b(?!(?:caméra|opéra|choléra|extra|ultra|mantra|tantra|sierra|affront|environs|patrons"
    r"|escadrons|citrons|vrai|minerai)\b)[a-zàâäçéèêëîïôöûùü]{2,}(?:rai|ra|rons|rez|ront)\b"),
)
PAST_MARKERS = (
    r"\b(?:a|ont|avait|avaient|aurait|auraient|ai|avons|avez|as|est|sont|était|étaient|fut"
    r"|furent)\s+" + _ADVERBS
    + r"(?:été|eu|\w+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|ainte|ort))\b",
    r"\b(?:était|étaient|avait|avaient)\b",
)

# The named rules, by theme, and the sentences that must give no date live next door, to keep
# each module short; the engine reads them from here, in this order (on a tie in length and
# start the rule listed first wins).
from dashboard.lang.fr.temporal_calendar import CALENDAR_RULES  # noqa: E402
from dashboard.lang.fr.temporal_compounds import COMPOUND_RULES  # noqa: E402
from dashboard.lang.fr.temporal_not_dates import NOT_DATES  # noqa: E402, F401
from dashboard.lang.fr.temporal_relative import RELATIVE_RULES  # noqa: E402
from dashboard.lang.fr.temporal_seasons import SEASON_RULES  # noqa: E402

RULES = (*CALENDAR_RULES, *SEASON_RULES, *RELATIVE_RULES, *COMPOUND_RULES)
