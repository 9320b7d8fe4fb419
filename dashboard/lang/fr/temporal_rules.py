"""French temporal rules: named patterns over the tables of ``temporal.py``, with examples.

Each rule: ``name``, ``kind`` (how the engine resolves it), ``pattern`` (``{placeholders}``
come from the tables), optional ``params``, and ``examples``: (sentence, published, mention
text, date, date_end, precision[, flags]). ``NOT_DATES`` holds sentences that must give none.
"""

P = "2025-07-15"  # a Tuesday: most examples are read as if published that day

RULES = (
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
         (("Le 4 juillet 2025, Donald Trump, désormais de retour à la présidence des États-Unis, "
          "a surpris jusqu'aux diplomates les plus aguerris."), P, "4 juillet 2025",
          "2025-07-04", "2025-07-04", "day"),
         ("L'accord a été signé le mardi 1er avril 2025 à Genève.", P, "mardi 1er avril 2025",
          "2025-04-01", "2025-04-01", "day"),
         ("Publié le 12 janv. 2024 à 18h.", None, "12 janv. 2024", "2024-01-12", "2024-01-12",
          "day")]},
    {"name": "day_month", "kind": "calendar_date", "near": ("month",),
     "pattern": r"(?:{deadline}(?:le\s+)?)?(?:(?P<weekday>{weekday})\s+)?(?P<day>{day})\s+"
                r"(?P<month>{month})(?:\s+(?P<rel>{last}|{next}))?",
     "examples": [
         (("Les conversations tenues lors de l’appel du 4 juillet entre les dirigeants américains "
          "et ukrainiens montrent un écart vif."), P, "4 juillet", "2025-07-04", "2025-07-04",
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
          "avant le 31 décembre", "2025-12-31", "2025-12-31", "day", "future deadline")]},
    {"name": "day_range", "kind": "day_range", "near": ("month",),
     "pattern": r"(?:du|entre\s+le)\s+(?P<day1>{day})(?:\s+(?P<month1>{month}))?\s+"
                r"(?:au|et\s+le)\s+(?P<day>{day})\s+(?P<month>{month})(?:\s+(?P<year>{year}))?",
     "examples": [
         ("Les combats du 3 au 5 mars 2024 ont fait des dizaines de morts.", P,
          "du 3 au 5 mars 2024", "2024-03-03", "2024-03-05", "week"),
         ("La conférence s'est tenue du 28 février au 2 mars.", P, "du 28 février au 2 mars",
          "2025-02-28", "2025-03-02", "week")]},
    {"name": "part_month", "kind": "month", "near": ("month",),
     "pattern": r"(?:{deadline})?{partlead}(?P<part>{part}){partjoin}(?P<month>{month})"
                r"(?:\s+(?P<year>{year})|\s+(?P<rel>{last}|{next}))?",
     "examples": [
         (("Son attaque la plus audacieuse est survenue début juin lorsque les services "
          "ukrainiens ont lancé un paquet de drones."), P, "début juin", "2025-06-01",
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
         (("Biden a secrètement approuvé le transfert des missiles en février, et les États-Unis "
          "ont livré les missiles en avril."), "2024-11-17", "en avril", "2024-04-01",
          "2024-04-30", "month"),
         (("Après que l’Ukraine ait d’abord attaqué des cibles militaires en novembre dernier, "
          "Poutine a répondu."), P, "en novembre dernier", "2024-11-01", "2024-11-30", "month"),
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
         (("Les États-Unis et leurs alliés s’efforcent de garantir que l’Ukraine dispose de ce "
          "dont elle a besoin jusqu’à la fin de 2025, afin de « mettre à l’épreuve » l’aide."),
          "2024-11-17", "jusqu’à la fin de 2025", "2025-12-31", "2025-12-31", "day",
          "future deadline"),
         ("Les premiers F-16 sont arrivés début 2024.", P, "début 2024", "2024-01-01",
          "2024-03-31", "quarter"),
         ("Les négociations ont échoué mi-2023.", P, "mi-2023", "2023-05-01", "2023-08-31",
          "season")]},
    {"name": "season_year", "kind": "season", "near": ("season",),
     "pattern": r"(?:(?:{season_lead})\s*)?(?P<season>{season})\s+(?:de\s+)?"
                r"(?:(?P<year>{year})|(?P<rel>{last}|{next}))",
     "examples": [
         ("La contre-offensive de l'été 2023 a échoué.", P, "l'été 2023", "2023-06-01",
          "2023-08-31", "season"),
         ("Les coupures ont été nombreuses l'hiver dernier.", P, "l'hiver dernier",
          "2024-12-01", "2025-02-28", "season"),
         ("Une offensive est attendue au printemps prochain.", P, "au printemps prochain",
          "2026-03-01", "2026-05-31", "season", "future")]},
    {"name": "season_this", "kind": "season", "near": ("season",),
     "pattern": r"(?P<rel>{this})\s+(?P<season>{season})",
     "examples": [
         ("La région où Kiev a lancé sa contre-offensive surprise cet été.", "2024-11-17",
          "cet été", "2024-06-01", "2024-08-31", "season"),
         ("Le front a peu bougé cet hiver.", "2025-01-20", "cet hiver", "2024-12-01",
          "2025-02-28", "season"),
         ("Kiev a lancé une offensive cet été.", "2025-04-02", "cet été", "2024-06-01",
          "2024-08-31", "season"),
         ("Kiev lancera une offensive cet été.", "2025-04-02", "cet été", "2025-06-01",
          "2025-08-31", "season", "future")]},
    # "pendant l'été", "au printemps": no year and no "dernier", read like "cet été".
    {"name": "season_the", "kind": "season", "near": ("season",),
     "pattern": r"(?:(?P<deadline_before>avant)\s+|(?:au\s+cours\s+de|pendant|durant|depuis|après|dès|à)\s+)?"
                r"l'(?P<season>été|ete|hiver|automne)|(?:(?P<deadline_before_b>avant\s+le)|au)\s+(?P<season_b>printemps)",
     "examples": [
         ("Les combats se sont intensifiés pendant l’été.", "2024-11-17", "pendant l’été",
          "2024-06-01", "2024-08-31", "season"),
         ("Une offensive est attendue au printemps.", "2025-01-20", "au printemps",
          "2025-03-01", "2025-05-31", "season", "future"),
         # "Avant l'été" is a limit: the day before summer begins.
         ("Le jugement est attendu avant l'été.", "2025-03-14", "avant l'été", "2025-05-31",
          "2025-05-31", "day", "future deadline")]},
    {"name": "season_article", "kind": "season", "near": ("season",),
     # "Le printemps arabe", "le printemps de Prague" are names, not this year's spring.
     "pattern": r"le\s+(?P<season>printemps)(?!\s+(?:arabe|de\s+\w+|des\s+\w+))",
     "examples": [("Le printemps a été pluvieux dans tout le pays.", "2025-07-15",
                   "Le printemps", "2025-03-01", "2025-05-31", "season")]},
    {"name": "season_months", "kind": "season", "near": ("season",),
     "pattern": r"(?:(?:pendant|durant|depuis)\s+)?les\s+mois\s+d'(?P<season>hiver|été|ete|automne)",
     "examples": [("Le trafic a baissé pendant les mois d'hiver.", "2025-04-18",
                   "pendant les mois d'hiver", "2024-12-01", "2025-02-28", "season")]},
    {"name": "weekday", "kind": "weekday", "near": ("weekday",),
     "pattern": r"(?:{deadline})?(?:{daypart_before})?(?:(?P<rel>{this})\s+)?(?P<weekday>{weekday})"
                r"(?:\s+(?P<rel_b>{last}|{next}))?(?:{daypart_after})?",
     "examples": [
         ("Les États-Unis ont discrètement donné le feu vert, a rapporté vendredi le Times.",
          "2022-12-09", "vendredi", "2022-12-09", "2022-12-09", "day"),
         (("Mardi, après l’attentat, le secrétaire d’État a affirmé que Washington n'avait rien "
          "permis."), "2022-12-09", "Mardi", "2022-12-06", "2022-12-06", "day"),
         ("Le ministre s'est exprimé mardi dernier.", P, "mardi dernier", "2025-07-08",
          "2025-07-08", "day"),
         ("Il se rendra à Paris jeudi.", P, "jeudi", "2025-07-17", "2025-07-17", "day",
          "future"),
         ("Le sommet aura lieu mardi prochain.", P, "mardi prochain", "2025-07-22",
          "2025-07-22", "day", "future"),
         ("Le président a parlé ce lundi soir.", P, "ce lundi soir", "2025-07-14",
          "2025-07-14", "day"),
         ("Zelensky a déclaré vendredi que la guerre « se terminera plus rapidement ».",
          "2024-11-17", "vendredi", "2024-11-15", "2024-11-15", "day"),
         ("Le ministre s'est exprimé mardi.", None, "mardi", None, None, "day",
          "unanchored"),
         # The publication day itself, whatever the tense.
         ("Les délégations doivent se retrouver ce mardi à Istanbul.", P, "ce mardi",
          "2025-07-15", "2025-07-15", "day", "future"),
         ("Les avocats ont plaidé jeudi en fin d'après-midi.", "2025-10-17",
          "jeudi en fin d'après-midi", "2025-10-16", "2025-10-16", "day"),
         ("Des explosions ont retenti dans la matinée de samedi.", P,
          "dans la matinée de samedi", "2025-07-12", "2025-07-12", "day"),
         ("Le Kremlin doit répondre d'ici vendredi.", P, "d'ici vendredi", "2025-07-18",
          "2025-07-18", "day", "future deadline"),
         # A schedule in the present tense, and "à partir de", look ahead.
         ("Le procès s'ouvre lundi à Lyon.", P, "lundi", "2025-07-21", "2025-07-21", "day",
          "future"),
         ("Météo-France annonce de la chaleur à partir de dimanche.", P, "dimanche",
          "2025-07-20", "2025-07-20", "day", "future"),
         # No tense marker at all: the nearer one (a Friday's "dimanche" is two days ahead).
         ("Le match de dimanche contre Nantes.", "2025-08-01", "dimanche", "2025-08-03",
          "2025-08-03", "day", "future"),
         ("Le match de dimanche contre Nantes.", "2025-08-04", "dimanche", "2025-08-03",
          "2025-08-03", "day")]},
    {"name": "relative_day", "kind": "relative",
     "pattern": r"(?P<word>avant-hier|hier|aujourd'hui|après-demain|demain|ce\s+matin|ce\s+soir"
                r"|la\s+nuit\s+dernière)(?:\s+(?:{daypart}))?",
     "params": {"unit": "day", "words": {"avant-hier": -2, "hier": -1, "aujourd'hui": 0,
                                         "ce matin": 0, "ce soir": 0, "demain": 1,
                                         "après-demain": 2, "la nuit dernière": -1}},
     "examples": [
         ("Le ministère a annoncé hier soir de nouvelles sanctions.", P, "hier soir",
          "2025-07-14", "2025-07-14", "day"),
         ("Des explosions ont été entendues avant-hier à Kharkiv.", P, "avant-hier",
          "2025-07-13", "2025-07-13", "day"),
         ("Le conseil se réunira demain.", P, "demain", "2025-07-16", "2025-07-16", "day",
          "future"),
         ("Le conseil s'est réuni aujourd'hui.", None, "aujourd'hui", None, None, "day",
          "unanchored")]},
    {"name": "relative_week", "kind": "relative",
     "pattern": r"la\s+semaine\s+(?P<rel>{last}|{next})|(?P<rel_b>{this})\s+semaine",
     "params": {"unit": "week"},
     "examples": [
         (("Une liste partagée par le président ukrainien de Rome et de l’équipe américaine la "
          "semaine dernière."), P, "la semaine dernière", "2025-07-07", "2025-07-13", "week"),
         ("Le texte sera voté la semaine prochaine.", P, "la semaine prochaine", "2025-07-21",
          "2025-07-27", "week", "future"),
         ("Deux villages ont été repris cette semaine.", P, "cette semaine", "2025-07-14",
          "2025-07-20", "week")]},
    {"name": "relative_weekend", "kind": "relative",
     "pattern": r"(?:le\s+)?week[-\s]?end\s+(?P<rel>{last}|{next})|(?P<rel_b>{this})\s+week[-\s]?end",
     "params": {"unit": "weekend"},
     "examples": [
         ("Des drones ont frappé Odessa ce week-end.", P, "ce week-end", "2025-07-12",
          "2025-07-13", "week"),
         ("Des manifestations sont prévues ce week-end.", P, "ce week-end", "2025-07-19",
          "2025-07-20", "week", "future"),
         ("Le cortège a défilé le week-end dernier.", P, "le week-end dernier", "2025-07-12",
          "2025-07-13", "week")]},
    {"name": "relative_month", "kind": "relative",
     "pattern": r"le\s+mois\s+(?P<rel>{last}|{next})|(?P<rel_b>{this})\s+mois(?:-ci)?",
     "params": {"unit": "month"},
     "examples": [
         ("Les livraisons ont doublé le mois dernier.", P, "le mois dernier", "2025-06-01",
          "2025-06-30", "month"),
         ("Un accord est attendu le mois prochain.", P, "le mois prochain", "2025-08-01",
          "2025-08-31", "month", "future"),
         ("Trois généraux ont été limogés ce mois-ci.", P, "ce mois-ci", "2025-07-01",
          "2025-07-31", "month")]},
    {"name": "earlier_this", "kind": "relative",
     "pattern": r"plus\s+tôt\s+(?:ce|cette|cet)\s+(?P<unit>semaine|mois|année)(?:-ci)?",
     "params": {"clip": "to_publication"},
     "examples": [
         (("Plus tôt ce mois-ci, l’Ukraine a lancé une attaque contre deux bases aériennes "
          "russes."), "2022-12-09", "Plus tôt ce mois-ci", "2022-12-01", "2022-12-09",
          "month"),
         ("Plus tôt cette année, Kiev a reçu des F-16.", P, "Plus tôt cette année",
          "2025-01-01", "2025-07-15", "year")]},
    {"name": "relative_year", "kind": "relative",
     "pattern": r"l'(?:an|année)\s+(?P<rel>{last}|{next})|(?P<rel_b>{this})\s+année",
     "params": {"unit": "year"},
     "examples": [
         ("Les exportations ont chuté l'an dernier.", P, "l'an dernier", "2024-01-01",
          "2024-12-31", "year"),
         ("Le budget a été voté l’année dernière.", P, "l’année dernière", "2024-01-01",
          "2024-12-31", "year"),
         ("Les élections se tiendront l'année prochaine.", P, "l'année prochaine",
          "2026-01-01", "2026-12-31", "year", "future"),
         ("L'inflation a ralenti cette année.", P, "cette année", "2025-01-01", "2025-12-31",
          "year")]},
    {"name": "part_relative_year", "kind": "relative",
     "pattern": r"(?:{deadline})?{partlead}(?P<part>{part})\s+"
                r"(?:de\s+l'|d')(?P<unit>année|an)(?:\s+(?P<rel>{last}|{next}))?",
     "params": {},
     "examples": [
         ("Le texte doit être adopté d'ici la fin de l'année.", P,
          "d'ici la fin de l'année", "2025-12-31", "2025-12-31", "day", "future deadline"),
         ("Un pourvoi pourrait être formé avant la fin de l'année.", P,
          "avant la fin de l'année", "2025-12-31", "2025-12-31", "day", "future deadline"),
         ("Les combats ont repris au début de l'année dernière.", P,
          "au début de l'année dernière", "2024-01-01", "2024-03-31", "quarter")]},
    {"name": "part_relative_month", "kind": "relative",
     "pattern": r"(?:{deadline})?{partlead}(?P<part>{part})\s+"
                r"du\s+(?P<unit>mois)(?:\s+(?P<rel>{last}|{next}))?",
     "params": {},
     "examples": [("Le rapport sera publié d'ici la fin du mois.", P,
                   "d'ici la fin du mois", "2025-07-31", "2025-07-31", "day",
                   "future deadline"),
                  ("Les combats ont repris à la fin du mois dernier.", P,
                   "à la fin du mois dernier", "2025-06-21", "2025-06-30", "month")]},
    {"name": "recent_span", "kind": "relative",
     "pattern": r"(?:ces|au\s+cours\s+des)\s+derni(?:ers|ères|eres)\s+(?P<unit>jours|semaines|mois|années)"
                r"|(?:depuis|pendant|durant)\s+(?:quelques|plusieurs)\s+(?P<unit_b>jours|semaines|mois|années|ans)",
     "params": {"vague": True},
     "examples": [("Les frappes se sont intensifiées ces derniers jours.", P,
                   "ces derniers jours", None, None, None, "vague"),
                  ("Les épisodes se multiplient depuis quelques années.", P,
                   "depuis quelques années", None, None, None, "vague")]},
    {"name": "coming_span", "kind": "relative",
     "pattern": r"(?:(?:dans|au\s+cours\s+des)\s+)?les\s+prochain(?:s|es)\s+(?P<unit>jours|semaines|mois)"
                r"|(?:dans\s+)?les\s+(?P<unit_b>jours|semaines|mois)\s+à\s+venir",
     "params": {"vague": True, "future": True},
     "examples": [
         ("Les prochaines semaines diront si cette stratégie force un accord.", P,
          "Les prochaines semaines", None, None, None, "future vague"),
         ("Une décision est attendue dans les jours à venir.", P, "dans les jours à venir",
          None, None, None, "future vague")]},
    {"name": "ago", "kind": "relative", "near": ("unit",),
     "pattern": r"il\s+y\s+(?:a|avait)\s+(?P<number>{number})\s+(?P<unit>{unit})",
     "params": {"sign": -1},
     "examples": [
         (("« Je suis déçu du président Poutine parce que je pensais qu’il y avait un accord il y "
          "a deux mois. »"), P, "il y a deux mois", "2025-05-01", "2025-05-31", "month"),
         ("Le village a été repris il y a trois jours.", P, "il y a trois jours", "2025-07-12",
          "2025-07-12", "day"),
         ("Le convoi est parti il y a quelques jours.", P, "il y a quelques jours",
          "2025-07-10", "2025-07-13", "week")]},
    {"name": "in_future", "kind": "relative", "near": ("unit",),
     "pattern": r"dans\s+(?P<number>{number})\s+(?P<unit>{unit})",
     "params": {"sign": 1, "future": True},
     "examples": [("Le vote aura lieu dans trois jours.", P, "dans trois jours", "2025-07-18",
                   "2025-07-18", "day", "future")]},
    {"name": "anaphoric_day", "kind": "relative",
     "pattern": r"(?P<word>la\s+veille|l'avant-veille|le\s+lendemain|le\s+surlendemain"
                r"|le\s+même\s+jour|ce\s+jour-là)",
     "params": {"unit": "day", "anchor": "previous",
                "words": {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1,
                          "le surlendemain": 2, "le même jour": 0, "ce jour-là": 0}},
     "examples": [
         ("Le 4 juillet 2025, Trump a appelé Zelensky. La veille, il avait parlé à Poutine.", P,
          "La veille", "2025-07-03", "2025-07-03", "day"),
         ("L'attaque a eu lieu le 3 mars 2024. Le lendemain, Kiev a riposté.", P,
          "Le lendemain", "2024-03-04", "2024-03-04", "day"),
         ("Le lendemain, Kiev a riposté.", None, "Le lendemain", None, None, "day",
          "unanchored"),
         (("Le scrutin aura lieu le 12 octobre 2025. Le 3 octobre 2025, les candidats ont "
           "débattu. À la veille du scrutin, le calme régnait."), P, "la veille", "2025-10-11",
          "2025-10-11", "day", "future")]},
    {"name": "anaphoric_earlier", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+(?:plus\s+tôt|avant|auparavant)",
     "params": {"sign": -1, "anchor": "previous"},
     "examples": [
         (("La conversation avec Zelenskyy le 4 juillet a été déclenchée par l’appel de Trump "
          "avec Poutine un jour avant que le président américain ne l’appelle « mauvais »."), P,
          "un jour avant", "2025-07-03", "2025-07-03", "day"),
         (("Le 10 mars 2024, l'usine a été touchée. Trois jours plus tôt, une alerte avait été "
          "lancée."), P, "Trois jours plus tôt", "2024-03-07", "2024-03-07", "day")]},
    {"name": "anaphoric_later", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+(?:plus\s+tard|après)",
     "params": {"sign": 1, "anchor": "previous"},
     "examples": [
         ("Le 10 mars 2024, l'usine a été touchée. Deux jours plus tard, elle a repris.", P,
          "Deux jours plus tard", "2024-03-12", "2024-03-12", "day"),
         (("Le 10 mars 2024, l'usine a été touchée ; quelques heures plus tard, le courant est "
          "revenu."), P, "quelques heures plus tard", "2024-03-10", "2024-03-10", "day"),
         # Counted from the event it names, dated elsewhere, not from the date just before.
         (("Le sommet s'est tenu le 3 mars 2024. L'accord a été signé le 10 mars 2024. Trois "
           "jours après le sommet, Kiev a riposté."), P, "Trois jours après", "2024-03-06",
          "2024-03-06", "day")]},
    {"name": "anaphoric_vague_later", "kind": "relative",
     "pattern": r"des\s+(?P<unit>heures|jours|semaines|mois)\s+plus\s+tard",
     "params": {"spans": {"hour": (2, 12), "day": (2, 5), "week": (2, 4), "month": (2, 6)},
                "anchor": "previous"},
     "examples": [(("Le 10 mars 2024, l'usine a été touchée. Des jours plus tard, elle brûlait "
                   "encore."), P, "Des jours plus tard", "2024-03-12", "2024-03-15", "week")]},
    {"name": "following_span", "kind": "relative",
     "pattern": r"(?:dans\s+)?les\s+(?P<unit>jours|semaines)\s+(?:qui\s+(?:ont\s+suivi|suivirent"
                r"|suivent)|suivant(?:s|es))",
     "params": {"spans": {"day": (1, 7), "week": (1, 4)}, "anchor": "previous"},
     "examples": [(("Le 4 juillet 2025, Trump a appelé Zelensky. Dans les jours qui ont suivi, "
                   "une liste confidentielle aurait été transmise à Zelensky."), P,
                   "Dans les jours qui ont suivi", "2025-07-05", "2025-07-11", "week")]},
    {"name": "anaphoric_period", "kind": "relative",
     "pattern": r"(?:la|le|l')\s*(?P<unit>semaine|mois|année)\s+(?P<word>suivante?|précédente?"
                r"|d'après|d'avant)",
     "params": {"anchor": "previous",
                "words": {"suivant": 1, "suivante": 1, "d'après": 1, "précédent": -1,
                          "précédente": -1, "d'avant": -1}},
     "examples": [(("L'accord a été signé le 3 mars 2024. La semaine suivante, les combats ont "
                   "repris."), P, "La semaine suivante", "2024-03-04", "2024-03-10", "week")]},
    {"name": "quarter", "kind": "quarter",
     "pattern": r"(?P<ordinal>{ordinal})\s+trimestre(?:\s+(?:de\s+|d')?(?P<year>{year}))?",
     "examples": [("Le PIB a reculé au deuxième trimestre 2024.", P, "deuxième trimestre 2024",
                   "2024-04-01", "2024-06-30", "quarter")]},
)

# Sentences with numbers, durations and look-alike words that must give no date at all.
NOT_DATES = (
    ("Les États-Unis ont refusé pendant les deux premières années de la guerre.", "2024-11-17"),
    ("Biden, qui, après près de trois ans de guerre, avait interdit ces frappes.", "2024-11-17"),
    ("Trump a déclaré qu’il pourrait régler la guerre en un jour.", "2024-11-17"),
    ("Il avait juré une fois de résoudre la guerre en une journée.", P),
    ("Conclure un accord avec la Russie en 24 heures.", P),
    ("En dehors de la portée de 180 milles de l’ATACMS.", "2024-11-17"),
    ("La Russie a déployé près de 50 000 soldats et 10 000 soldats nord-coréens.", "2024-11-17"),
    ("Des missiles allant d’environ 1 600 km, et jusqu’à 300 km (186 miles).", P),
    ("Au moins 12 avions ont été endommagés.", P),
    ("[expert_review_poll id= »334″ params= »JTdCJTIy »]", P),
    ("L'incursion de trois mois est au point mort ; la décision était à l'étude depuis des mois.",
     "2024-11-17"),
    ("Il a fallu pendant trois ans de patience, et un âge de 45 ans.", P),
    ("Mai Lan a chanté avec Juin ; la sonde s'est posée sur Mars et la surface de Mars.", P),
    ("Je crois que sa position et ma décision sont claires, je le sais.", P),
    ("Plus de 2000 soldats et de 1500 drones ont été engagés.", P),
    ("Ils étaient sept. Le missile vole en un jour à mi-âge.", P),
    # Years inside numbers, scores, prices, references and counts stay out.
    ("Le score final, 2-1, a surpris ; il a détourné 1 200 000 euros.", P),
    ("Le vol 2019 a été annulé et l'article 2014 du code reste en vigueur.", P),
    ("La revue n° 2021 titre sur les 2000 mètres courus en 95 minutes.", P),
    ("L'objet coûte 1999 € et pèse 2025 grammes ; l'équipe a marqué 2020 points.", P),
    # Holidays need their capital: "l'ascension du col", "une pâque juive" are no dates.
    ("L'ascension du col a pris trois heures ; la toussaint des coureurs est loin.", P),
    ("Le printemps arabe et le printemps de Prague ont marqué l'histoire.", P),
)
