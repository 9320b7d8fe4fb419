"""French rules for dates written on the calendar: numeric and ISO dates, days with
their month, lists and ranges of days, months, years and quarters.

Each rule: ``name``, ``kind`` (how the engine resolves it), ``pattern`` (``{placeholders}``
come from the tables of ``temporal.py``), optional ``params``, and ``examples``: (sentence,
published, mention text, date, date_end, precision[, flags]).
"""

P = "2025-07-15"  # a Tuesday: most examples are read as if published that day

CALENDAR_RULES = (
    {"name": "iso_date", "kind": "calendar_date", "near": ("digits",),
     "pattern": r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",
     "examples": [("Le texte a été signé le 2024-03-12 à Kiev.", P, "2024-03-12",
                   "2024-03-12", "2024-03-12", "day")]},
    {"name": "numeric_date", "kind": "calendar_date", "near": ("digits",),
     "pattern": r"(?P<day>\d{1,2})(?P<sep>[/.])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})",
     "examples": [("La réunion du 12/03/2024 a été reportée.", P, "12/03/2024",
                   "2024-03-12", "2024-03-12", "day"),
                  ("Le décret du 01.02.2023 reste en vigueur.", P, "01.02.2023",
                   "2023-02-01", "2023-02-01", "day")]},
    # A list of days: each one is a mention of its own, the month written once for both.
    {"name": "day_list", "kind": "calendar_date", "near": ("month",), "params": {"members": True},
     "pattern": r"(?:les|des|aux)\s+(?P<day1>{day})\s+et\s+(?P<day>{day})\s+(?P<month>{month})"
                r"(?:\s+(?P<year>{year}))?",
     "examples": [("Le sommet des 4 et 5 juillet s'est achevé sans accord.", P,
                   "5 juillet", "2025-07-05", "2025-07-05", "day"),
                  ("Le sommet des 4 et 5 juillet s'est achevé sans accord.", P,
                   "4", "2025-07-04", "2025-07-04", "day"),
                  ("Les élections des 9 et 16 mars 2026 seront décisives.", P,
                   "16 mars 2026", "2026-03-16", "2026-03-16", "day", "future")]},
    {"name": "day_month_year", "kind": "calendar_date", "near": ("month",),
     "pattern": r"(?:(?P<weekday>{weekday})\s+)?(?P<day>{day})\s+(?P<month>{month})\s+(?P<year>{year})",
     "examples": [
         (("Le 4 juillet 2025, la maire, tout juste réélue, a surpris jusqu'à ses propres "
           "adjoints."), P, "4 juillet 2025",
          "2025-07-04", "2025-07-04", "day"),
         ("L'accord a été signé le mardi 1er avril 2025 à Genève.", P, "mardi 1er avril 2025",
          "2025-04-01", "2025-04-01", "day"),
         ("Publié le 12 janv. 2024 à 18h.", None, "12 janv. 2024", "2024-01-12", "2024-01-12",
          "day")]},
    {"name": "day_month", "kind": "calendar_date", "near": ("month",),
     "pattern": r"(?:{deadline}(?:le\s+)?)?(?:(?P<weekday>{weekday})\s+)?(?P<day>{day})\s+"
                r"(?P<month>{month})(?:\s+(?P<rel>{last}|{next}))?",
     "examples": [
         (("Les échanges de la réunion du 4 juillet entre syndicats et direction montrent un "
           "désaccord net."), P, "4 juillet", "2025-07-04", "2025-07-04",
          "day"),
         ("Le cessez-le-feu a été signé le 20 décembre.", P, "20 décembre", "2024-12-20",
          "2024-12-20", "day"),
         ("Le sommet se tiendra le 3 septembre à Bruxelles.", P, "3 septembre", "2025-09-03",
          "2025-09-03", "day", "future"),
         ("Les manifestations du 1er mai ont rassemblé des milliers de personnes.", P,
          "1er mai", "2025-05-01", "2025-05-01", "day"),
         ("Il a été arrêté le 14 juillet dernier.", P, "14 juillet dernier", "2025-07-14",
          "2025-07-14", "day"),
         ("Le traité a été signé le 4 juillet.", None, "4 juillet", None, None, "day",
          "unanchored"),
         # The weekday written with the date picks the year: 3 November is a Monday in 2025.
         ("Le verdict sera rendu le lundi 3 novembre.", "2025-10-17", "lundi 3 novembre",
          "2025-11-03", "2025-11-03", "day", "future"),
         ("La manifestation du samedi 14 septembre a réuni des milliers de personnes.",
          "2025-09-20", "samedi 14 septembre", "2024-09-14", "2024-09-14", "day"),
         # No tense marker, a day close ahead and nearer than the last one: a schedule.
         ("Ouverture des soldes : le 7 janvier, dans toute la France.", "2025-12-05",
          "7 janvier", "2026-01-07", "2026-01-07", "day", "future"),
         # A limit: "avant le 31 décembre" is that day, spoken of ahead.
         ("Le budget doit être adopté avant le 31 décembre.", "2025-12-05",
          "avant le 31 décembre", "2025-12-31", "2025-12-31", "day", "future deadline"),
         # A range written with its year gives it to a day written after it without one.
         ("Le cambriolage a eu lieu dans la nuit du 14 au 15 mai 2021 ; les bijoux ont été "
          "retrouvés le 18 mai.", P, "18 mai", "2021-05-18", "2021-05-18", "day")]},
    {"name": "day_range", "kind": "day_range", "near": ("month",),
     "pattern": r"(?:du|entre\s+le)\s+(?:(?P<dayname1>{weekday})\s+)?(?P<day1>{day})(?:\s+(?P<month1>{month}))?\s+"
                r"(?:au|et\s+le)\s+(?:(?P<dayname>{weekday})\s+)?(?P<day>{day})\s+(?P<month>{month})"
                r"(?:\s+(?P<year>{year}))?",
     "examples": [
         ("Les combats du 3 au 5 mars 2024 ont fait des dizaines de morts.", P,
          "du 3 au 5 mars 2024", "2024-03-03", "2024-03-05", "week"),
         ("La conférence s'est tenue du 28 février au 2 mars.", P, "du 28 février au 2 mars",
          "2025-02-28", "2025-03-02", "week"),
         # Each day with its weekday: "du lundi 27 octobre au jeudi 6 novembre".
         ("Les épreuves se sont déroulées du lundi 3 au vendredi 7 mars.", P,
          "du lundi 3 au vendredi 7 mars", "2025-03-03", "2025-03-07", "week")]},
    # A range of months: "d'avril à juin", "entre mai et juillet", "de mars 2025 à janvier
    # 2026"; each month an end of its own. Not "les mois de mai et juin" (a list), nor "entre
    # Mars et Vénus" (capitals: planets).
    {"name": "month_range", "kind": "month_range", "near": ("month",),
     "pattern": r"(?:d'|de\s+|entre\s+)(?:(?:le\s+)?mois\s+d(?:e\s+|'))?(?P<month1>{month_full})"
                r"(?:\s+(?P<year1>{year}))?\s+(?:à|et)\s+(?:(?:le\s+)?mois\s+d(?:e\s+|'))?"
                r"(?P<month>{month_full})(?:\s+(?P<year>{year}))?",
     "examples": [
         ("Les prix ont augmenté d'avril à juin.", P, "d'avril à juin", "2025-04-01",
          "2025-06-30", "quarter"),
         ("Les travaux auront lieu entre mai et juillet 2026.", P, "entre mai et juillet 2026",
          "2026-05-01", "2026-07-31", "quarter", "future"),
         ("L'exposition s'est tenue de novembre 2024 à février 2025.", P,
          "de novembre 2024 à février 2025", "2024-11-01", "2025-02-28", "year")]},
    {"name": "part_month", "kind": "month", "near": ("month",),
     "pattern": r"(?:{deadline})?{partlead}(?P<part>{part}){partjoin}(?P<month>{month})"
                r"(?:\s+(?P<year>{year})|\s+(?P<rel>{last}|{next}))?",
     "examples": [
         (("La crue la plus forte est survenue début juin lorsque la rivière a débordé en "
           "pleine nuit."), P, "début juin", "2025-06-01",
          "2025-06-10", "month"),
         ("Les frappes ont repris mi-août.", "2024-11-17", "mi-août", "2024-08-11",
          "2024-08-20", "month"),
         ("L'accord devrait être signé fin novembre.", "2024-10-02", "fin novembre",
          "2024-11-21", "2024-11-30", "month", "future"),
         ("La ville est tombée à la fin du mois de février 2024.", P,
          "à la fin du mois de février 2024", "2024-02-21", "2024-02-29", "month")]},
    {"name": "month_year", "kind": "month", "near": ("month",),
     "pattern": r"(?P<month>{month})\s+(?:de\s+l'année\s+)?(?P<year>{year})",
     "examples": [("Février 2024 a été le mois le plus froid de la décennie.", P,
                   "Février 2024", "2024-02-01", "2024-02-29", "month"),
                  ("Rapport de sept. 2023", None, "sept. 2023", "2023-09-01", "2023-09-30",
                   "month")]},
    {"name": "month_alone", "kind": "month", "near": ("month",),
     "pattern": r"(?:(?P<until_future>{until_future})|{until}|{month_lead})(?:(?<=')\s*|\s+)(?P<month>{month_full})"
                r"(?:\s+(?P<rel>{last}|{next})|\s+(?:de\s+l'année\s+)?(?P<year>{year}))?",
     "examples": [
         (("La région a discrètement voté le budget en février, et les travaux ont commencé "
           "en avril."), "2024-11-17", "en avril", "2024-04-01",
          "2024-04-30", "month"),
         (("Après que le club a d’abord contesté la sanction en novembre dernier, la ligue a "
           "répondu."), P, "en novembre dernier", "2024-11-01", "2024-11-30", "month"),
         ("Les négociations reprendront en septembre.", P, "en septembre", "2025-09-01",
          "2025-09-30", "month", "future"),
         ("Depuis mars, les frappes se sont multipliées.", P, "Depuis mars", "2025-03-01",
          "2025-03-31", "month"),
         ("Le texte doit être adopté d'ici juin.", "2025-02-10", "d'ici juin", "2025-06-01",
          "2025-06-30", "month", "future"),
         ("Du jamais-vu depuis septembre 2002 dans le Gard.", P, "depuis septembre 2002",
          "2002-09-01", "2002-09-30", "month")]},
    {"name": "month_last_next", "kind": "month", "near": ("month",),
     "pattern": r"(?P<month>{month_full})\s+(?P<rel>{last}|{next})",
     "examples": [("Le sommet aura lieu juin prochain selon la présidence.", P,
                   "juin prochain", "2026-06-01", "2026-06-30", "month", "future")]},
    {"name": "year_alone", "kind": "year", "near": ("digits",),
     "pattern": r"(?:(?P<until_future>{until_future})|{until}|{year_lead})\s+(?P<year>{year})",
     "examples": [
         ("La Russie occupe la Crimée depuis 2014.", P, "depuis 2014", "2014-01-01",
          "2014-12-31", "year"),
         ("Les livraisons reprendront en 2026.", P, "en 2026", "2026-01-01", "2026-12-31",
          "year", "future"),
         ("L'Union veut se passer du gaz russe d'ici 2027.", P, "d'ici 2027", "2027-01-01",
          "2027-12-31", "year", "future")]},
    {"name": "part_year", "kind": "year", "near": ("digits",),
     "pattern": r"(?:{deadline})?{partlead}(?P<part>{part}){partjoin}(?P<year>{year})",
     "examples": [
         (("Le ministère s’engage à fournir aux écoles le matériel promis jusqu’à la fin de "
           "2025, pour tenir le calendrier."),
          "2024-11-17", "jusqu’à la fin de 2025", "2025-12-31", "2025-12-31", "day",
          "future deadline"),
         ("Les premiers F-16 sont arrivés début 2024.", P, "début 2024", "2024-01-01",
          "2024-03-31", "quarter"),
         ("Les négociations ont échoué mi-2023.", P, "mi-2023", "2023-05-01", "2023-08-31",
          "season")]},
    {"name": "quarter", "kind": "quarter", "near": ("ordinal",),
     "pattern": r"(?P<ordinal>{ordinal})\s+trimestre(?:\s+(?:de\s+|d')?(?P<year>{year}))?",
     "examples": [("Le PIB a reculé au deuxième trimestre 2024.", P, "deuxième trimestre 2024",
                   "2024-04-01", "2024-06-30", "quarter")]},
    # Half a year: "au second semestre 2026", "au premier semestre" (of the publication year).
    {"name": "half_year", "kind": "quarter", "near": ("ordinal",), "params": {"months": 6},
     "pattern": r"(?P<ordinal>{ordinal})\s+semestre(?:\s+(?:de\s+|d')?(?P<year>{year}))?",
     "examples": [("La croissance sera plus forte au second semestre 2026.", P,
                   "second semestre 2026", "2026-07-01", "2026-12-31", "year", "future")]},
)
