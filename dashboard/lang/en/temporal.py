"""English temporal expressions as data, read by the same engine as the French tables.

Same shape as ``dashboard/lang/fr/temporal.py`` (see its docstring): tables, fragments,
tense markers, then named rules with examples (sentence, published, mention text, date,
date_end, precision[, flags]), and sentences that must give no date at all.
"""

from dashboard.lang.en.numbers import NUMBERS, ORDINALS  # noqa: F401  (read by the engine)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# Only with a day or a year ("Jan. 5, 2024", "Sept 2023"); "Mar" and "May" need no short form.
MONTH_ABBREVIATIONS = {
    "jan.": 1, "jan": 1, "feb.": 2, "feb": 2, "mar.": 3, "apr.": 4, "apr": 4, "jun.": 6,
    "jul.": 7, "aug.": 8, "aug": 8, "sep.": 9, "sept.": 9, "sep": 9, "sept": 9, "oct.": 10,
    "oct": 10, "nov.": 11, "nov": 11, "dec.": 12, "dec": 12,
}
# English capitalises months, so a lower-case "may" or "march" is a verb or a noun.
MONTH_CASE = {"always": "title"}

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
           "winter": "winter"}
PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid",
         "middle": "mid", "late": "late", "end": "late"}
UNITS = {"hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
         "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year"}
RELATIONS = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}
COUNT_NOUNS = (
    "soldiers", "troops", "men", "people", "civilians", "deaths", "dead", "casualties", "prisoners", "refugees", "residents", "protesters", "drones", "missiles",
    "shells", "rockets", "tanks", "aircraft", "planes", "vehicles", "km", "kilometres",
    "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars", "euros", "jobs",
    "votes",
)

# Words in patterns that no table above holds, so the engine looks for dates around them.
TRIGGERS = ("weekend", "week")

FRAGMENTS = {
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    "until": r"until|till|through|by",
    # "by the end of the year" is always ahead; "by the end of 2024" may be told in the past.
    "until_future": r"by(?=\s+the\s+end\s+of\s+(?:the|this)\s+(?:year|month|week))",
    "partlead": r"(?:(?:in|at|from|since|until|by)\s+)?(?:the\s+)?",
    "partjoin": r"(?:\s*-\s*|\s+(?:of\s+)?)",
    "month_lead": r"in|since|from|until|till|through|by|before|after|during",
    "year_lead": r"in|since|from|until|till|through|by|before|after|during",
    "season_lead": r"(?:in|during|over|since|by)(?:\s+the)?|the",
    "daypart": r"morning|afternoon|evening|night",
}

CLAUSE_BREAK = r"[.!?;:«»\"\n]|(?<!\w)(?:that|when|but|while|although|because)(?!\w)"
_ADVERBS = r"(?:(?:not|never|already|also|still|just|finally|\w+ly)\s+){0,3}"
FUTURE_MARKERS = (
    r"\b(?:will|shall|won't)\b|\w'll\b",
    r"\bgoing\s+to\b",
    r"\b(?:is|are|was|were)\s+(?:set|expected|due|scheduled|slated|poised|planned)\s+to\b",
    r"\b(?:plans?|planned|intends?|aims?)\s+to\b",
    r"\b(?:next|upcoming)\b",
    # Reported speech puts the future in "would" ("said talks would resume in September").
    r"\bwould\b|\w'd\b",
)
# Regular "-ed" forms are left out: they are also the participles of future passives ("is
# expected to be signed"), and with no marker at all a clause already reads as past.
PAST_MARKERS = (
    r"\b(?:had|has|have|was|were)\s+" + _ADVERBS + r"\w+(?:ed|en|wn|ght|t)\b",
    r"\b(?:said|told|went|came|took|made|met|saw|gave|held|left|began|spoke|flew|fought"
    r"|wrote|sent|won|lost|struck|hit|shot|fell|rose|led|put|set|cut|kept|brought|sought"
    r"|was|were|did|had)\b",
)

P = "2025-07-15"  # a Tuesday

RULES = (
    {"name": "iso_date", "kind": "calendar_date",
     "pattern": r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",
     "examples": [("The decree of 2024-03-12 still applies.", P, "2024-03-12", "2024-03-12",
                   "2024-03-12", "day")]},
    # American order, as in US newsrooms; "13/03/2024" has no 13th month and is not read.
    {"name": "numeric_date", "kind": "calendar_date",
     "pattern": r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})",
     "examples": [("The memo dated 3/12/2024 was leaked.", P, "3/12/2024", "2024-03-12",
                   "2024-03-12", "day")]},
    {"name": "month_day_year", "kind": "calendar_date",
     "pattern": r"(?:{weekday},?\s+)?(?P<month>{month})\s+(?P<day>{day}),?\s+(?P<year>{year})",
     "examples": [("On July 4, 2025, Trump called Zelensky.", P, "July 4, 2025", "2025-07-04",
                   "2025-07-04", "day"),
                  ("The deal was signed Tuesday, April 1st, 2025 in Geneva.", P,
                   "Tuesday, April 1st, 2025", "2025-04-01", "2025-04-01", "day")]},
    {"name": "day_month_year", "kind": "calendar_date",
     "pattern": r"(?:{weekday},?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<month>{month}),?"
                r"\s+(?P<year>{year})",
     "examples": [("The call took place on 4 July 2025.", P, "4 July 2025", "2025-07-04",
                   "2025-07-04", "day")]},
    {"name": "month_day", "kind": "calendar_date",
     "pattern": r"(?:{weekday},?\s+)?(?P<month>{month})\s+(?P<day>{day})",
     "examples": [("The summit will open on September 3 in Brussels.", P, "September 3",
                   "2025-09-03", "2025-09-03", "day", "future"),
                  ("The ceasefire was signed on December 20.", P, "December 20", "2024-12-20",
                   "2024-12-20", "day")]},
    {"name": "day_month", "kind": "calendar_date",
     "pattern": r"(?:{weekday},?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<month>{month})",
     "examples": [("Officials met on 4 July to discuss the list.", P, "4 July", "2025-07-04",
                   "2025-07-04", "day"),
                  ("The parade on the 4th of July was cancelled.", P, "the 4th of July",
                   "2025-07-04", "2025-07-04", "day")]},
    {"name": "range_month_first", "kind": "day_range",
     "pattern": r"(?P<month>{month})\s+(?P<day1>{day})\s*(?:-|to|through|and)\s*(?P<day>{day})"
                r"(?:,?\s+(?P<year>{year}))?",
     "examples": [("Fighting on March 3-5, 2024 killed dozens.", P, "March 3-5, 2024",
                   "2024-03-03", "2024-03-05", "week")]},
    {"name": "range_day_first", "kind": "day_range",
     "pattern": r"(?:(?:from|between)\s+)?(?P<day1>{day})\s*(?:-|to|and)\s*(?P<day>{day})\s+"
                r"(?P<month>{month})(?:\s+(?P<year>{year}))?",
     "examples": [("The summit ran from 4 to 5 July.", P, "from 4 to 5 July", "2025-07-04",
                   "2025-07-05", "week")]},
    {"name": "part_month", "kind": "month",
     "pattern": r"{partlead}(?P<part>{part}){partjoin}(?P<month>{month})(?:,?\s+(?P<year>{year}))?",
     "examples": [("Its boldest attack came in early June.", P, "in early June", "2025-06-01",
                   "2025-06-10", "month"),
                  ("Strikes resumed in mid-August.", "2024-11-17", "in mid-August",
                   "2024-08-11", "2024-08-20", "month"),
                  ("The deal is expected to be signed in late November.", "2024-10-02",
                   "in late November", "2024-11-21", "2024-11-30", "month", "future"),
                  ("The town fell at the end of February 2024.", P,
                   "at the end of February 2024", "2024-02-21", "2024-02-29", "month")]},
    {"name": "month_year", "kind": "month",
     "pattern": r"(?P<month>{month}),?\s+(?P<year>{year})",
     "examples": [("The offensive began in February 2024.", P, "February 2024", "2024-02-01",
                   "2024-02-29", "month")]},
    {"name": "month_alone", "kind": "month",
     "pattern": r"(?:{until}|{month_lead})\s+(?P<month>{month_full})",
     "examples": [("Biden secretly approved the transfer in February.", "2024-11-17",
                   "in February", "2024-02-01", "2024-02-29", "month"),
                  ("Talks will resume in September.", P, "in September", "2025-09-01",
                   "2025-09-30", "month", "future")]},
    {"name": "month_last_next", "kind": "month",
     "pattern": r"(?P<rel>{last}|{next}|{this})\s+(?P<month>{month_full})",
     "examples": [("Ukraine first struck Russian territory last November.", P,
                   "last November", "2024-11-01", "2024-11-30", "month")]},
    {"name": "year_alone", "kind": "year",
     "pattern": r"(?:{until}|{year_lead})\s+(?P<year>{year})",
     "examples": [("Russia has occupied Crimea since 2014.", P, "since 2014", "2014-01-01",
                   "2014-12-31", "year"),
                  ("Deliveries will resume in 2026.", P, "in 2026", "2026-01-01", "2026-12-31",
                   "year", "future")]},
    {"name": "part_year", "kind": "year",
     "pattern": r"(?:{until}\s+)?{partlead}(?P<part>{part}){partjoin}(?P<year>{year})",
     "examples": [("Allies want Ukraine to have what it needs by the end of 2025.", P,
                   "by the end of 2025", "2025-10-01", "2025-12-31", "quarter", "future"),
                  ("The first F-16s arrived in early 2024.", P, "in early 2024", "2024-01-01",
                   "2024-03-31", "quarter"),
                  ("Talks collapsed in mid-2023.", P, "in mid-2023", "2023-05-01",
                   "2023-08-31", "season")]},
    {"name": "season_year", "kind": "season",
     "pattern": r"(?:(?:{season_lead})\s+)?(?P<season>{season})\s+(?:of\s+)?(?P<year>{year})",
     "examples": [("The counteroffensive of the summer of 2023 failed.", P,
                   "the summer of 2023", "2023-06-01", "2023-08-31", "season")]},
    {"name": "season_relative", "kind": "season",
     "pattern": r"(?P<rel>{last}|{next}|{this})\s+(?P<season>{season})",
     "examples": [("Kyiv launched its surprise incursion this summer.", "2024-11-17",
                   "this summer", "2024-06-01", "2024-08-31", "season"),
                  ("Blackouts were frequent last winter.", P, "last winter", "2024-12-01",
                   "2025-02-28", "season")]},
    # "during the summer", "in spring": no year and no "last", read like "this summer".
    {"name": "season_bare", "kind": "season",
     "pattern": r"(?:in|during|over|since|by|until|before|after)\s+(?:the\s+)?(?P<season>{season})",
     "examples": [("Fighting intensified during the summer.", "2024-11-17",
                   "during the summer", "2024-06-01", "2024-08-31", "season")]},
    {"name": "weekday", "kind": "weekday",
     "pattern": r"(?:on\s+)?(?:(?P<rel>{last}|{next}|{this})\s+)?(?P<weekday>{weekday})"
                r"(?:\s+(?:{daypart}))?",
     "examples": [("The Times reported on Friday that the US had changed course.",
                   "2022-12-09", "on Friday", "2022-12-09", "2022-12-09", "day"),
                  ("The minister spoke last Tuesday.", P, "last Tuesday", "2025-07-08",
                   "2025-07-08", "day"),
                  ("He will travel to Paris on Thursday.", P, "on Thursday", "2025-07-17",
                   "2025-07-17", "day", "future"),
                  ("Zelensky said Friday that the war would end sooner.", "2024-11-17",
                   "Friday", "2024-11-15", "2024-11-15", "day")]},
    {"name": "relative_day", "kind": "relative",
     "pattern": r"(?P<word>the\s+day\s+before\s+yesterday|yesterday|today|tonight"
                r"|the\s+day\s+after\s+tomorrow|tomorrow|this\s+morning|last\s+night)"
                r"(?:\s+(?:{daypart}))?",
     "params": {"unit": "day", "words": {"the day before yesterday": -2, "yesterday": -1,
                                         "today": 0, "tonight": 0, "this morning": 0,
                                         "last night": -1, "tomorrow": 1,
                                         "the day after tomorrow": 2}},
     "examples": [("The ministry announced new sanctions yesterday.", P, "yesterday",
                   "2025-07-14", "2025-07-14", "day"),
                  ("The council meets tomorrow.", P, "tomorrow", "2025-07-16", "2025-07-16",
                   "day", "future"),
                  ("The council met yesterday.", None, "yesterday", None, None, "day",
                   "unanchored")]},
    {"name": "relative_week", "kind": "relative",
     "pattern": r"(?P<rel>{last}|{next}|{this})\s+week",
     "params": {"unit": "week"},
     "examples": [("A list was shared in Rome last week.", P, "last week", "2025-07-07",
                   "2025-07-13", "week"),
                  ("The bill goes to a vote next week.", P, "next week", "2025-07-21",
                   "2025-07-27", "week", "future")]},
    {"name": "relative_weekend", "kind": "relative",
     "pattern": r"(?:over\s+)?(?:(?P<rel>{last}|{next}|{this})|the)\s+week[-\s]?end",
     "params": {"unit": "weekend"},
     "examples": [("Drones hit Odesa over the weekend.", P, "over the weekend", "2025-07-12",
                   "2025-07-13", "week")]},
    {"name": "relative_month", "kind": "relative",
     "pattern": r"(?P<rel>{last}|{next}|{this})\s+month",
     "params": {"unit": "month"},
     "examples": [("Deliveries doubled last month.", P, "last month", "2025-06-01",
                   "2025-06-30", "month")]},
    {"name": "earlier_this", "kind": "relative",
     "pattern": r"earlier\s+this\s+(?P<unit>week|month|year)",
     "params": {"clip": "to_publication"},
     "examples": [("Earlier this month, Ukraine attacked two Russian air bases.",
                   "2022-12-09", "Earlier this month", "2022-12-01", "2022-12-09", "month")]},
    {"name": "relative_year", "kind": "relative",
     "pattern": r"(?P<rel>{last}|{next}|{this})\s+year",
     "params": {"unit": "year"},
     "examples": [("Exports fell last year.", P, "last year", "2024-01-01", "2024-12-31",
                   "year")]},
    {"name": "part_relative_year", "kind": "relative",
     "pattern": r"(?:(?P<until_future>{until_future})\s+)?{partlead}(?P<part>{part}){partjoin}"
                r"(?:(?:the|this)\s+|(?P<rel>{last}|{next})\s+)?(?P<unit>year)",
     "params": {},
     "examples": [("The bill must pass by the end of the year.", "2025-11-17",
                   "by the end of the year", "2025-10-01", "2025-12-31", "quarter", "future"),
                  ("Fighting resumed early last year.", P, "early last year", "2024-01-01",
                   "2024-03-31", "quarter")]},
    {"name": "part_relative_month", "kind": "relative",
     "pattern": r"(?:(?P<until_future>{until_future})\s+)?{partlead}(?P<part>{part}){partjoin}"
                r"(?:(?:the|this)\s+|(?P<rel>{last}|{next})\s+)?(?P<unit>month)",
     "params": {},
     "examples": [("The report is due by the end of the month.", P, "by the end of the month",
                   "2025-07-21", "2025-07-31", "month", "future")]},
    {"name": "recent_span", "kind": "relative",
     "pattern": r"(?:in|over|during)\s+(?:recent|the\s+(?:past|last)(?:\s+(?:few|several))?)\s+"
                r"(?P<unit>days|weeks|months|years)",
     "params": {"spans": {"day": (-7, 0), "week": (-4, 0), "month": (-6, 0), "year": (-3, 0)}},
     "examples": [("Strikes have intensified in recent days.", P, "in recent days",
                   "2025-07-08", "2025-07-15", "week")]},
    {"name": "coming_span", "kind": "relative",
     "pattern": r"(?:(?:in|over|during)\s+)?the\s+(?:coming|next(?:\s+few)?)\s+"
                r"(?P<unit>days|weeks|months)",
     "params": {"spans": {"day": (1, 7), "week": (1, 4), "month": (1, 6)}, "future": True},
     "examples": [("The coming weeks will show whether this works.", P, "The coming weeks",
                   "2025-07-21", "2025-08-17", "month", "future")]},
    {"name": "ago", "kind": "relative",
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+ago",
     "params": {"sign": -1},
     "examples": [("I thought we had a deal two months ago.", P, "two months ago",
                   "2025-05-01", "2025-05-31", "month"),
                  ("The convoy left a few days ago.", P, "a few days ago", "2025-07-10",
                   "2025-07-13", "week")]},
    {"name": "anaphoric_day", "kind": "relative",
     "pattern": r"(?P<word>the\s+(?:day\s+before|previous\s+day|next\s+day|following\s+day"
                r"|day\s+after|same\s+day)|that\s+(?:same\s+)?day)",
     "params": {"unit": "day", "anchor": "previous",
                "words": {"the day before": -1, "the previous day": -1, "the next day": 1,
                          "the following day": 1, "the day after": 1, "the same day": 0,
                          "that day": 0, "that same day": 0}},
     "examples": [("Trump called Zelensky on July 4, 2025. The day before, he had spoken to "
                   "Putin.", P, "The day before", "2025-07-03", "2025-07-03", "day"),
                  ("The plant was hit on 3 March 2024. The next day, Kyiv struck back.", P,
                   "The next day", "2024-03-04", "2024-03-04", "day")]},
    {"name": "anaphoric_earlier", "kind": "relative",
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+(?:earlier|before|prior)",
     "params": {"sign": -1, "anchor": "previous"},
     "examples": [("The call on July 4, 2025 followed Trump's call with Putin a day earlier.",
                   P, "a day earlier", "2025-07-03", "2025-07-03", "day")]},
    {"name": "anaphoric_later", "kind": "relative",
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+(?:later|after)",
     "params": {"sign": 1, "anchor": "previous"},
     "examples": [("The plant was hit on 10 March 2024. Two days later, it reopened.", P,
                   "Two days later", "2024-03-12", "2024-03-12", "day")]},
    {"name": "anaphoric_vague_later", "kind": "relative",
     "pattern": r"(?P<unit>hours|days|weeks|months)\s+later",
     "params": {"spans": {"hour": (2, 12), "day": (2, 5), "week": (2, 4), "month": (2, 6)},
                "anchor": "previous"},
     "examples": [("A drone hit the plant on 10 March 2024. Hours later, it was still "
                   "burning.", P, "Hours later", "2024-03-10", "2024-03-10", "day")]},
    {"name": "following_span", "kind": "relative",
     "pattern": r"(?:(?:in|over|during)\s+)?the\s+(?:following\s+(?P<unit>days|weeks)"
                r"|(?P<unit_b>days|weeks)\s+(?:that\s+followed|after))",
     "params": {"spans": {"day": (1, 7), "week": (1, 4)}, "anchor": "previous"},
     "examples": [("Trump called Zelensky on July 4, 2025. In the following days, a list of "
                   "weapons was handed over.", P, "In the following days", "2025-07-05",
                   "2025-07-11", "week")]},
    {"name": "anaphoric_period", "kind": "relative",
     "pattern": r"the\s+(?P<word>following|previous)\s+(?P<unit>week|month|year)",
     "params": {"anchor": "previous", "words": {"following": 1, "previous": -1}},
     "examples": [("The deal was signed on 3 March 2024. The following week, fighting "
                   "resumed.", P, "The following week", "2024-03-04", "2024-03-10", "week")]},
    {"name": "quarter", "kind": "quarter",
     "pattern": r"(?P<ordinal>{ordinal})\s+quarter(?:\s+of)?(?:\s+(?P<year>{year}))?",
     "examples": [("GDP shrank in the second quarter of 2024.", P, "second quarter of 2024",
                   "2024-04-01", "2024-06-30", "quarter")]},
)

NOT_DATES = (
    ("The US refused for the first two years of the war, after three years of war.", P),
    ("Trump said he could end the war in 24 hours, or within a day.", P),
    ("Missiles with a range of 300 km (186 miles) and 1,600 km.", P),
    ("Russia deployed 50,000 soldiers and 10,000 North Korean troops.", P),
    ("More than 2000 soldiers and 1500 drones were involved.", P),
    ("The Mars rover may march on; June Carter sang; you may go.", P),
    ("I think his position and my decision are clear; at least 12 planes were hit.", P),
)
