"""English rules for compound and longer expressions: nights, weekdays of the next or last
week, the eve of a weekday, ranges of years, bare years, two-digit years, decades, centuries,
named eras and holidays, with their examples (same shape as ``temporal_calendar.py``; the engine
reads them after those, through ``temporal.py``).
"""

P = "2025-07-15"  # a Tuesday, like the examples next door

COMPOUND_RULES = (
    {"name": "weekday_next_week", "kind": "weekday", "near": ("weekday",), "params": {"week": 1},
     "pattern": r"(?:on\s+)?(?P<weekday>{weekday})\s+(?:of\s+)?next\s+week",
     "examples": [("Zelensky will travel to Washington Tuesday next week.", "2025-04-10",
                   "Tuesday next week", "2025-04-15", "2025-04-15", "day", "future")]},
    {"name": "weekday_last_week", "kind": "weekday", "near": ("weekday",), "params": {"week": -1},
     "pattern": r"(?:on\s+)?(?P<weekday>{weekday})\s+(?:of\s+)?last\s+week",
     "examples": [("He spoke on Tuesday last week.", P, "on Tuesday last week", "2025-07-08",
                   "2025-07-08", "day")]},
    {"name": "weekday_night", "kind": "weekday", "near": ("weekday",),
     "pattern": r"(?:on\s+|during\s+)?the\s+night\s+(?:of|from)\s+(?P<weekday1>{weekday})\s+(?:to|into)\s+"
                r"(?P<weekday>{weekday})|overnight\s+(?P<weekday1_b>{weekday})\s+(?:to|into)\s+(?P<weekday_b>{weekday})",
     "examples": [("Drones struck Kyiv overnight Saturday into Sunday.", P,
                   "overnight Saturday into Sunday", "2025-07-12", "2025-07-13", "day")]},
    # "From Monday to Wednesday", "Monday through Friday": two days of one week, told with a
    # tense; in the present it is a habit ("the museum is open from Monday to Friday").
    {"name": "weekday_range", "kind": "weekday", "near": ("weekday",), "params": {"tensed": True},
     "pattern": r"(?:from\s+)?(?P<weekday1>{weekday})\s+(?:to|through|until)\s+"
                r"(?P<weekday>{weekday})"
                r"(?!,?\s+(?:{month})\s+\d)",
     "examples": [("The fair will run from Monday to Wednesday in the main hall.", P,
                   "from Monday to Wednesday", "2025-07-21", "2025-07-23", "day", "future"),
                  ("Strikers blocked the depot from Monday to Wednesday.", P,
                   "from Monday to Wednesday", "2025-07-07", "2025-07-09", "day")]},
    # Opening hours are a habit, not a date: "open Monday to Friday", "closed from Monday to
    # Wednesday" said of every week. Wins its span, no mention.
    {"name": "opening_hours", "kind": "weekday", "near": ("weekday",),
     "params": {"not_a_date": True},
     "pattern": r"(?:open|opens|closed)\s+(?:from\s+)?{weekday}s?\s+(?:to|through|until)\s+{weekday}s?",
     "examples": [("The museum is open Monday to Friday.", P, "open Monday to Friday", None,
                   None, None, "not_a_date")]},
    # A recurrence is no date: "every Saturday", "each Monday", "on Sundays", "the first Sunday
    # of every month". Wins its span, no mention.
    {"name": "recurring", "kind": "weekday", "near": ("weekday",),
     "params": {"not_a_date": True},
     "pattern": r"(?:(?:the\s+)?(?:first|second|third|last)\s+)?{weekday}\s+of\s+(?:every|each)\s+month"
                r"|(?:every|each)\s+{weekday}|on\s+{weekday}s",
     "examples": [("Entry is free on the first Sunday of every month.", P,
                   "the first Sunday of every month", None, None, None, "not_a_date"),
                  ("Protesters gather every Saturday outside city hall.", P, "every Saturday",
                   None, None, None, "not_a_date"),
                  ("The market opens on Sundays.", P, "on Sundays", None, None, None,
                   "not_a_date")]},
    # "On the eve of Sunday's vote": the day before the weekday named.
    {"name": "eve_of_weekday", "kind": "weekday", "near": ("weekday",),
     "params": {"shift_days": -1},
     "pattern": r"(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?(?P<weekday>{weekday})(?:'s)?",
     "examples": [("Candidates rallied on the eve of Sunday's vote.", P,
                   "on the eve of Sunday's", "2025-07-12", "2025-07-12", "day")]},
    {"name": "year_range", "kind": "year_range", "near": ("digits",),
     "pattern": r"(?:(?:from|in|since|during|of)\s+)?(?P<year1>{year})\s*(?:[-–/]|\s+(?:to|through|until)\s+)\s*"
                r"(?P<year_end>(?:18|19|20)\d\d|\d\d)(?![\d-])"
                r"|between\s+(?P<year1_b>{year})\s+and\s+(?P<year_end_b>{year})(?![\d-])",
     "examples": [("She played 28 matches over the 2024-25 season.", P, "2024-25", "2024-01-01",
                   "2025-12-31", "year"),
                  ("He played for Coventry from 2020 to 2023.", P, "from 2020 to 2023",
                   "2020-01-01", "2023-12-31", "decade"),
                  ("The big freeze of 1962-63 remains the coldest on record.", P,
                   "of 1962-63", "1962-01-01", "1963-12-31", "year"),
                  ("Arsenal last won the league in 2003-04.", P, "in 2003-04", "2003-01-01",
                   "2004-12-31", "year"),
                  # "Between 2016 and 2018" is a range; "in 2014 and 2015" is a list
                  # (one year each).
                  ("An inquiry into jail deaths between 2016 and 2018 was opened.", P,
                   "between 2016 and 2018", "2016-01-01", "2018-12-31", "decade")]},
    # A year alone: "a 2019 investigation", "in 2014 and 2015". Numbers, prices,
    # counts, addresses and references stay out (see NOT_DATES).
    {"name": "year_bare", "kind": "year", "near": ("digits",),
     "pattern": r"{bare_year_lead}(?P<year>{year}){not_address}(?!\s*(?:€|\$|£|GMT|BST|EST|ET|UTC)\b)",
     "examples": [("The charges stem from a 2019 investigation.", P, "2019", "2019-01-01",
                   "2019-12-31", "year"),
                  ("Jail deaths in 2016 and 2018 were reviewed.", P, "2018", "2018-01-01",
                   "2018-12-31", "year")]},
    {"name": "two_digit_year", "kind": "year", "near": ("digits",),
     "pattern": r"(?:in|since|from|of)\s+(?P<year2>'\d\d)(?!\w)",
     "examples": [("The sheriff was first elected in '04.", P, "in '04", "2004-01-01",
                   "2004-12-31", "year")]},
    {"name": "decade", "kind": "decade", "near": ("digits",),
     "pattern": r"(?:(?:in|during|since|by)\s+)?(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?"
                r"(?:(?P<decade>(?:18|19|20)\d0)|(?P<decade_b>'\d0))s",
     "examples": [("Turnout has not topped 50 percent since the 1990s.", P,
                   "since the 1990s", "1990-01-01", "1999-12-31", "decade"),
                  ("In the late 1980s, the valley emptied.", P, "In the late 1980s",
                   "1987-01-01", "1989-12-31", "decade"),
                  ("The music of the '70s is back.", P, "the '70s", "1970-01-01",
                   "1979-12-31", "decade")]},
    {"name": "century", "kind": "century", "near": ("digits",),
     "pattern": r"(?:(?:in|during|since)\s+)?(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?"
                r"(?P<century>1\d|2[01])(?:st|nd|rd|th)[-\s]century",
     "examples": [("The mill dates from the early 20th century.", P,
                   "the early 20th century", "1900-01-01", "1929-12-31", "century")]},
    {"name": "named_era", "kind": "named_span", "near": ("word",),
     "pattern": r"the\s+(?P<word>interwar)\s+(?:period|years|era)",
     "params": {"words": {"interwar": (1919, 1939)}},
     "examples": [("Historians compare it to the interwar period.", P, "the interwar period",
                   "1919-01-01", "1939-12-31", "decade")]},
    {"name": "holiday", "kind": "holiday", "near": ("holiday",),
     "pattern": r"(?:(?:on|at|over|by|before|after|since|until|for)\s+)?(?P<holiday>{holiday})"
                r"(?:,?\s+(?P<year>{year}))?(?!\s+island)",
     "examples": [("Shoppers spent a record on Thanksgiving.", "2025-12-29", "on Thanksgiving",
                   "2025-11-27", "2025-11-27", "day"),
                  ("Markets will close early on New Year's Eve.", "2025-12-29",
                   "on New Year's Eve", "2025-12-31", "2025-12-31", "day", "future"),
                  ("Travel around Christmas could spread the virus.", "2024-11-29",
                   "Christmas", "2024-12-25", "2024-12-25", "day", "future"),
                  ("Easter 2024 fell on 31 March.", P, "Easter 2024", "2024-03-31",
                   "2024-03-31", "day")]},
    {"name": "season_part", "kind": "season", "near": ("season",),
     "pattern": r"(?:(?:in|during|by)\s+)?(?:the\s+)?(?P<part>early|mid|late)[-\s](?P<season>{season})"
                r"(?:\s+(?:of\s+)?(?P<year>{year}))?",
     "examples": [("The mosquito season usually peaks in late summer.", "2025-08-22",
                   "in late summer", "2025-08-01", "2025-08-31", "month")]},
)
