"""English season rules: named patterns over the tables of ``temporal.py``, with examples.

Same shape as ``temporal_calendar.py`` (see its docstring).
"""

P = "2025-07-15"  # a Tuesday, like the examples of temporal_calendar.py

SEASON_RULES = (
    {"name": "season_year", "kind": "season", "near": ("season",),
     "pattern": r"(?:(?:{season_lead})\s+)?(?P<season>{season})\s+(?:of\s+)?(?P<year>{year})"
                r"(?:\s*[-/]\s*(?:\d\d|\d{4})(?!\d))?",
     "examples": [("The counteroffensive of the summer of 2023 failed.", P,
                   "the summer of 2023", "2023-06-01", "2023-08-31", "season"),
                  ("Farmers are still recovering from the wet winter of 2023-24.", P,
                   "winter of 2023-24", "2023-12-01", "2024-02-29", "season")]},
    {"name": "season_relative", "kind": "season", "near": ("season",),
     "pattern": r"(?P<rel>{last}|{next}|{this})\s+(?P<season>{season})",
     "examples": [("Kyiv launched its surprise incursion this summer.", "2024-11-17",
                   "this summer", "2024-06-01", "2024-08-31", "season"),
                  ("Blackouts were frequent last winter.", P, "last winter", "2024-12-01",
                   "2025-02-28", "season")]},
    # "during the summer", "in spring": no year and no "last", read like "this summer".
    {"name": "season_bare", "kind": "season", "near": ("season",),
     "pattern": r"(?:in|during|over|since|by|until|till|before|after|through(?:out)?|into"
                r"|this\s+past)\s+(?:the\s+)?(?P<season>{season})(?!\s+(?:of|season|term|break"
                r"|camp|school|session|collection|olympics|games)\b)",
     "examples": [("Fighting intensified during the summer.", "2024-11-17",
                   "during the summer", "2024-06-01", "2024-08-31", "season"),
                  ("Prices rose throughout the winter.", "2025-04-10",
                   "throughout the winter", "2024-12-01", "2025-02-28", "season"),
                  ("Work will begin in spring.", "2025-10-15", "in spring", "2026-03-01",
                   "2026-05-31", "season", "future")]},
    # A season alone as the subject of a sentence ("Spring has been wet", "Winter came
    # early"): this one. Only at a sentence start and before a verb, since "spring",
    # "fall" and "summer" are also nouns and verbs ("a hot spring", "prices fall").
    {"name": "season_subject", "kind": "season", "near": ("season",),
     "pattern": r"(?<![\w,'-]\s)(?<![\w'-])(?:the\s+)?(?P<season>spring|summer|autumn|winter)"
                r"(?=\s+(?:has|had|was|is|will|came|comes|arrived|began|begins|brought|saw"
                r"|proved|turned|ended)\b)",
     "examples": [("Spring has been wet across the region.", "2025-07-15", "Spring",
                   "2025-03-01", "2025-05-31", "season"),
                  ("It rained. The winter will be long, forecasters say.", "2025-10-15",
                   "The winter", "2025-12-01", "2026-02-28", "season", "future")]},
)
