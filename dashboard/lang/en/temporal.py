"""English temporal knowledge as data, read by the same engine as the French tables.

Same shape as ``dashboard/lang/fr/temporal.py`` (see its docstring): tables, fragments and
tense markers here, the named rules and their examples in ``temporal_rules.py``.
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
    (r"\b(?:said|told|went|came|took|made|met|saw|gave|held|left|began|spoke|flew|fought"
    r"|wrote|sent|won|lost|struck|hit|shot|fell|rose|led|put|set|cut|kept|brought|sought"
    r"|was|were|did|had)\b"),
)

# The named rules and the sentences that must give no date live next door, to keep each
# module short; the engine reads them from here.
from dashboard.lang.en.temporal_rules import NOT_DATES, RULES  # noqa: F401
