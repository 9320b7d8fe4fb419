"""French rules for seasons: with a year, with "ce"/"dernier"/"prochain", with an
article ("l'été", "au printemps"), and "les mois d'hiver".

Same shape as ``temporal_calendar.py``.
"""

P = "2025-07-15"  # a Tuesday, like the examples of temporal_calendar.py

SEASON_RULES = (
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
         ("La commune où le festival a attiré la foule cet été.", "2024-11-17",
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
    # "En hiver", "en été", "en automne" sans article : ce sont des saisons précises quand le
    # verbe les situe ("reprendront en hiver", "a été mauvaise en été"), mais une habitude au
    # présent ("en automne, les feuilles tombent") : la règle ne vaut qu'avec un temps marqué.
    {"name": "season_en", "kind": "season", "near": ("season",), "params": {"tensed": True},
     "pattern": r"en\s+(?P<season>été|ete|hiver|automne)(?!\s+(?:comme|et\s+en|{year}))",
     "examples": [("Les travaux reprendront en hiver.", "2025-10-15", "en hiver",
                   "2025-12-01", "2026-02-28", "season", "future"),
                  ("La récolte a été mauvaise en été.", "2025-10-15", "en été", "2025-06-01",
                   "2025-08-31", "season")]},
    {"name": "season_months", "kind": "season", "near": ("season",),
     "pattern": r"(?:(?:pendant|durant|depuis)\s+)?les\s+mois\s+d'(?P<season>hiver|été|ete|automne)",
     "examples": [("Le trafic a baissé pendant les mois d'hiver.", "2025-04-18",
                   "pendant les mois d'hiver", "2024-12-01", "2025-02-28", "season")]},
)
