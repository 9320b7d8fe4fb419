"""French number words, as counted in "il y a deux mois" or "trois jours plus tard".

A value is an int, or a ``(low, high)`` pair for the vague ones ("quelques jours"), which the
resolver turns into a range of dates instead of pretending to know the exact day.
"""

NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "vingt et un": 21, "vingt-et-un": 21, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100,
    "quelques": (2, 5), "plusieurs": (2, 5),
    "une dizaine de": (8, 12), "une quinzaine de": (13, 16), "une vingtaine de": (18, 22),
}

# "le premier trimestre", "au 3e trimestre".
ORDINALS = {
    "premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "2ème": 2,
    "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
}
