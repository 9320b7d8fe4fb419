"""French rules for compound and longer expressions: nights, weekdays of the next or last
week, the eve of a weekday, ranges of years, bare years, two-digit years, decades, centuries,
named eras and holidays, with their examples (same shape as ``temporal_calendar.py``; the engine
reads them after those, through ``temporal.py``).
"""

P = "2025-07-15"  # a Tuesday, like the examples next door

COMPOUND_RULES = (
    {"name": "weekday_night", "kind": "weekday", "near": ("weekday",),
     "pattern": r"(?:dans\s+|durant\s+|pendant\s+)?la\s+nuit\s+(?:de|du)\s+(?P<weekday1>{weekday})"
                r"\s+(?:à|au)\s+(?P<weekday>{weekday})",
     "examples": [("Kiev a frappé une raffinerie dans la nuit de samedi à dimanche.", P,
                   "dans la nuit de samedi à dimanche", "2025-07-12", "2025-07-13", "day")]},
    # "De lundi à mercredi", "du lundi au vendredi": two days of one week, told with a tense;
    # in the present it is a habit ("le musée est ouvert du lundi au vendredi"), no date.
    {"name": "weekday_range", "kind": "weekday", "near": ("weekday",), "params": {"tensed": True},
     "pattern": r"(?:du|de)\s+(?P<weekday1>{weekday})\s+(?:au|à)\s+(?P<weekday>{weekday})"
                r"(?!\s+\d)",
     "examples": [("Le salon se tiendra de lundi à mercredi au parc des expositions.", P,
                   "de lundi à mercredi", "2025-07-21", "2025-07-23", "day", "future"),
                  ("Les grévistes ont bloqué le dépôt du lundi au mercredi.", P,
                   "du lundi au mercredi", "2025-07-07", "2025-07-09", "day")]},
    # Opening hours are a habit whatever the verb ("est ouvert" reads like a past tense): "le
    # musée est ouvert du lundi au vendredi" gives no date. Wins its span, no mention.
    {"name": "opening_hours", "kind": "weekday", "near": ("weekday",),
     "params": {"not_a_date": True},
     "pattern": r"(?:ouvert|fermé|accessible)(?:e|s|es)?\s+(?:tous\s+les\s+jours\s+)?"
                r"(?:du|de)\s+{weekday}\s+(?:au|à)\s+{weekday}",
     "examples": [("Le musée est ouvert du lundi au vendredi.", P,
                   "ouvert du lundi au vendredi", None, None, None, "not_a_date")]},
    # A recurrence is no date: "chaque samedi", "tous les lundis", "le premier dimanche de
    # chaque mois", "chaque 14 juillet". Wins its span, no mention.
    {"name": "recurring", "kind": "weekday", "near": ("weekday", "month"),
     "params": {"not_a_date": True},
     "pattern": r"(?:le\s+(?:premier|deuxième|second|troisième|dernier)\s+)?{weekday}\s+de\s+chaque\s+mois"
                r"|chaque\s+(?:{weekday}|(?:{day})\s+{month})|tous\s+les\s+{weekday}s?",
     "examples": [("La visite est offerte le dernier samedi de chaque mois.", P,
                   "le dernier samedi de chaque mois", None, None, None, "not_a_date"),
                  ("Les opposants manifestent chaque samedi devant la mairie.", P,
                   "chaque samedi", None, None, None, "not_a_date")]},
    {"name": "weekday_next_week", "kind": "weekday", "near": ("weekday",), "params": {"week": 1},
     "pattern": r"(?P<weekday>{weekday})\s+de\s+la\s+semaine\s+(?:prochaine|suivante)",
     "examples": [("Il se rendra à Washington mardi de la semaine prochaine.", "2025-04-10",
                   "mardi de la semaine prochaine", "2025-04-15", "2025-04-15", "day",
                   "future")]},
    {"name": "weekday_last_week", "kind": "weekday", "near": ("weekday",), "params": {"week": -1},
     "pattern": r"(?P<weekday>{weekday})\s+de\s+la\s+semaine\s+(?:dernière|derniere|passée)",
     "examples": [("Il s'est rendu à Washington mardi de la semaine dernière.", P,
                   "mardi de la semaine dernière", "2025-07-08", "2025-07-08", "day")]},
    # "À la veille du match de dimanche": the day before the weekday named.
    {"name": "eve_of_weekday", "kind": "weekday", "near": ("weekday",),
     "params": {"shift_days": -1},
     "pattern": r"(?:à\s+)?la\s+veille\s+(?:du|de\s+la|de\s+l'|des|de)\s*(?:[\w-]+\s+){0,3}?"
                r"(?:de\s+|du\s+)?(?P<weekday>{weekday})",
     "examples": [("L'entraîneur s'exprimera à la veille du match de dimanche.", "2025-08-01",
                   "à la veille du match de dimanche", "2025-08-02", "2025-08-02", "day",
                   "future")]},
    {"name": "year_range", "kind": "year_range", "near": ("digits",),
     "pattern": r"(?:(?:de|entre|en|depuis|dès)\s+)?(?P<year1>{year})\s*(?:[-–/]|\s+à\s+)\s*"
                r"(?P<year_end>(?:18|19|20)\d\d|\d\d)(?![\d-])"
                r"|entre\s+(?:les\s+années\s+)?(?P<year1_b>{year})\s+et\s+(?P<year_end_b>{year})(?![\d-])",
     "examples": [("Elle a disputé 30 matchs au cours de la saison 2023-2024.", P, "2023-2024",
                   "2023-01-01", "2024-12-31", "year"),
                  ("Les derniers foyers dataient de 2008-2011.", P, "de 2008-2011",
                   "2008-01-01", "2011-12-31", "decade"),
                  ("Il avait joué à Lille de 2018 à 2021.", P, "de 2018 à 2021", "2018-01-01",
                   "2021-12-31", "decade"),
                  ("La saison 1962-63 fut glaciale.", P, "1962-63", "1962-01-01",
                   "1963-12-31", "year"),
                  # "Entre 2014 et 2018" is a range; "en 2014 et 2015", "de 1977 et 1982" are
                  # lists (year_bare, one year each).
                  ("Les marchés passés entre 2014 et 2018 sont visés.", P,
                   "entre 2014 et 2018", "2014-01-01", "2018-12-31", "decade")]},
    # A year alone: "le budget 2026", "1977 et 1982" ("entre 2004 et 2016" is a range). Numbers, prices,
    # counts and references stay out (see NOT_DATES).
    {"name": "year_bare", "kind": "year", "near": ("digits",),
     "pattern": r"{bare_year_lead}(?P<year>{year}){not_address}(?!\s*(?:€|\$|£|h\b|e\b|ème\b))",
     "examples": [("Les budgets 2004 et 2016 ont été votés sans débat.", P, "2004", "2004-01-01",
                   "2004-12-31", "year"),
                  ("Les gouvernements de 1977 et 1982 ont mis du temps à se former.", P,
                   "1982", "1982-01-01", "1982-12-31", "year"),
                  ("Le budget 2026 sera voté en décembre.", P, "2026", "2026-01-01",
                   "2026-12-31", "year", "future")]},
    {"name": "two_digit_year", "kind": "year", "near": ("digits",),
     "pattern": r"(?:en|depuis|dès)\s+(?P<year2>[5-9]\d)(?=\s*[,.;:)]|\s+(?:et|puis|quand|lorsque|lors|avant|après)\b)",
     "examples": [("Il avait couvert la guerre de Bosnie en 95, comme reporter.", P, "en 95",
                   "1995-01-01", "1995-12-31", "year")]},
    {"name": "day_month_two_digit_year", "kind": "calendar_date", "near": ("month",),
     "pattern": r"(?:(?P<weekday>{weekday})\s+)?(?P<day>{day})\s+(?P<month>{month_full})\s+(?P<year2>\d\d)"
                r"(?=\s*[,.;:)]|\s+(?:à|au|et|dans|en|lors|quand|lorsque)\b)",
     "examples": [("Le traité fut signé le 3 mars 94, à Genève.", P, "3 mars 94",
                   "1994-03-03", "1994-03-03", "day")]},
    {"name": "decade", "kind": "decade", "near": ("digits",),
     "pattern": r"(?:(?:au\s+|à\s+la\s+|en\s+)?(?P<part>début|debut|milieu|mi|fin)(?:\s+|-)(?:des\s+))?"
                r"(?:(?:dans\s+)?les\s+|des\s+|aux\s+)?années\s+(?P<decade>(?:18|19|20)\d0|[1-9]0)(?!\d)",
     "examples": [("Ces épisodes étaient rares dans les années 1980.", P,
                   "dans les années 1980", "1980-01-01", "1989-12-31", "decade"),
                  ("La musique des années 70 revient.", P, "des années 70", "1970-01-01",
                   "1979-12-31", "decade"),
                  ("La situation rappelle le début des années 1990.", P,
                   "début des années 1990", "1990-01-01", "1993-12-31", "decade"),
                  ("La ville s'est vidée à la fin des années 1980.", P,
                   "à la fin des années 1980", "1987-01-01", "1989-12-31", "decade")]},
    {"name": "century", "kind": "century", "near": ("trigger",),
     "pattern": r"(?:(?:au\s+|à\s+la\s+|le\s+|la\s+)?(?P<part>début|debut|milieu|mi|fin)(?:\s+|-)du\s+)?"
                r"(?P<century>[xvi]{1,5}|\d{1,2}){century_suffix}\s+siècle",
     "examples": [("L'usine date du début du XXe siècle.", P, "début du XXe siècle",
                   "1900-01-01", "1929-12-31", "century"),
                  ("Une église du XIIe siècle a brûlé.", P, "XIIe siècle", "1100-01-01",
                   "1199-12-31", "century")]},
    {"name": "named_era", "kind": "named_span", "near": ("word",),
     "pattern": r"(?P<word>l'entre-deux-guerres)",
     "params": {"words": {"l'entre-deux-guerres": (1919, 1939)}},
     "examples": [("Un historien compare la période à l'entre-deux-guerres.", P,
                   "l'entre-deux-guerres", "1919-01-01", "1939-12-31", "decade")]},
    {"name": "holiday", "kind": "holiday", "near": ("holiday",),
     "pattern": r"(?:(?:à|avant|après|depuis|dès|pour|pendant)\s+)?(?:le\s+|la\s+|l')?"
                r"(?P<holiday>{holiday})(?:\s+(?P<year>{year}))?",
     "examples": [("Des bouchons sont prévus pour le week-end de Pâques.", "2025-04-18",
                   "Pâques", "2025-04-20", "2025-04-20", "day", "future"),
                  ("Le prochain pont sera celui de l'Ascension.", "2025-04-18",
                   "l'Ascension", "2025-05-29", "2025-05-29", "day", "future"),
                  ("À la Toussaint, le trafic avait été faible.", "2025-04-18",
                   "À la Toussaint", "2024-11-01", "2024-11-01", "day"),
                  ("Le pic est attendu juste avant Noël.", "2025-11-21", "avant Noël",
                   "2025-12-25", "2025-12-25", "day", "future"),
                  ("Le 14-Juillet, le défilé aura lieu.", "2025-07-03", "Le 14-Juillet",
                   "2025-07-14", "2025-07-14", "day", "future")]},
)
