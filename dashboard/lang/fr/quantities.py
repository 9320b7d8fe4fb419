"""French figures with their units, so accounts of one event can be compared number by number.

Read by ``dashboard.events.quantities``. A figure is a number (digits with French separators:
"10 000", "1 600", "1,5", or a number word) followed by a unit word from ``UNITS``, or a vague
amount from ``VAGUE`` ("des milliers de soldats"). Units map to a dimension and the factor to
that dimension's base unit, so "180 milles" and "300 km" compare in kilometres.
"""

DECIMAL_MARK = ","
# Folded text has plain spaces where the article had no-break spaces ("10 000").
GROUP_MARKS = (" ", ".")

# "un"/"une" are left out: units are plural, and "un des drones" is not a count.
NUMBER_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "deux cents": 200, "trois cents": 300, "mille": 1000,
}

# Written after a number: "1,5 milliard de dollars", "2 millions de personnes".
SCALES = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9}

# Amounts without a number, as the range of values they imply. "Des milliers" stops below ten
# thousand, where French would say "des dizaines de milliers".
VAGUE = {
    "des dizaines": (20, 99), "plusieurs dizaines": (20, 99),
    "des centaines": (200, 999), "plusieurs centaines": (200, 999),
    "des milliers": (2000, 9999), "plusieurs milliers": (2000, 9999),
    "des dizaines de milliers": (20000, 99999), "plusieurs dizaines de milliers": (20000, 99999),
    "des centaines de milliers": (200000, 999999),
}

# Before a number: the figure is approximate (+-10 %) or a lower bound.
APPROXIMATE = ("environ", "près de", "presque", "quelque", "autour de", "approximativement")
AT_LEAST = ("au moins", "plus de", "pas moins de", "au minimum")

# Words that may join an amount to its unit: "1,5 milliard de dollars".
LINKS = ("de", "d'")

# How many words may stand between the number and its unit ("50 000 nouveaux soldats").
WORDS_BEFORE_UNIT = 1

# unit word -> (dimension, factor to the dimension's base unit)
UNITS = {
    "km": ("length", 1.0), "kilomètre": ("length", 1.0), "kilomètres": ("length", 1.0),
    "milles": ("length", 1.609344), "miles": ("length", 1.609344),
    "mètres": ("length", 0.001),
    "soldats": ("soldiers", 1), "militaires": ("soldiers", 1), "hommes": ("soldiers", 1),
    "combattants": ("soldiers", 1), "troupes": ("soldiers", 1),
    "avions": ("aircraft", 1), "bombardiers": ("aircraft", 1), "appareils": ("aircraft", 1),
    "chasseurs": ("aircraft", 1), "hélicoptères": ("aircraft", 1),
    "drones": ("drones", 1),
    "missiles": ("missiles", 1), "roquettes": ("missiles", 1), "obus": ("shells", 1),
    "chars": ("tanks", 1), "blindés": ("tanks", 1),
    "morts": ("killed", 1), "tués": ("killed", 1), "victimes": ("killed", 1),
    "blessés": ("wounded", 1),
    "civils": ("civilians", 1), "personnes": ("people", 1), "prisonniers": ("prisoners", 1),
    "dollars": ("usd", 1), "$": ("usd", 1), "euros": ("eur", 1), "€": ("eur", 1),
}

# What a dimension is called in a disagreement's subject.
DIMENSIONS = {
    "length": "portée", "soldiers": "soldats", "aircraft": "avions", "drones": "drones",
    "missiles": "missiles", "shells": "obus", "tanks": "chars", "killed": "morts",
    "wounded": "blessés", "civilians": "civils", "people": "personnes",
    "prisoners": "prisonniers", "usd": "montant en dollars", "eur": "montant en euros",
}

EXAMPLES = (
    ("des frappes jusqu'à 300 km", "length", 300.0),
    ("la portée de 180 milles de l'ATACMS", "length", 289.68),
    ("près de 50 000 soldats à Koursk", "soldiers", 50000.0),
    ("au moins 12 avions ont été endommagés", "aircraft", 12.0),
    ("trois militaires", "soldiers", 3.0),
    ("une aide de 1,5 milliard de dollars", "usd", 1.5e9),
)
