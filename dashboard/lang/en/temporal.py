"""English temporal knowledge as data, read by the same engine as the French tables.

Same shape as ``dashboard/lang/fr/temporal.py`` (see its docstring): tables, fragments and
tense markers here, the named rules and their examples by theme in ``temporal_calendar.py``,
``temporal_seasons.py``, ``temporal_relative.py`` and ``temporal_compounds.py``.
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
    "votes", "years", "days", "hours", "minutes", "pages", "points", "seats", "goals",
    "homes", "houses", "cases", "doses", "beds", "flights", "acres", "percent",
    "grams", "kilograms", "kg", "pounds", "litres", "liters", "degrees", "feet", "hectares",
    "visitors", "spectators", "fans", "employees", "workers", "staff", "students", "pupils",
    "teachers", "participants", "members", "subscribers", "customers", "patients", "trains",
    "cars", "runs", "wickets", "games", "matches",
)
# Holidays: ("fixed", month, day), ("easter", days after Easter Sunday) or ("nth", month,
# weekday, n) with n = -1 for the last one (US federal holidays).
HOLIDAYS = {
    "Christmas": ("fixed", 12, 25), "Christmas Day": ("fixed", 12, 25),
    "Christmas Eve": ("fixed", 12, 24), "Boxing Day": ("fixed", 12, 26),
    "New Year's Day": ("fixed", 1, 1), "New Year's Eve": ("fixed", 12, 31),
    "Valentine's Day": ("fixed", 2, 14), "Halloween": ("fixed", 10, 31),
    "Independence Day": ("fixed", 7, 4), "Veterans Day": ("fixed", 11, 11),
    "Easter": ("easter", 0), "Easter Sunday": ("easter", 0), "Easter Monday": ("easter", 1),
    "Good Friday": ("easter", -2), "Pentecost": ("easter", 49),
    "Thanksgiving": ("nth", 11, 3, 4), "Thanksgiving Day": ("nth", 11, 3, 4),
    "Memorial Day": ("nth", 5, 0, -1), "Labor Day": ("nth", 9, 0, 1),
    "Martin Luther King Day": ("nth", 1, 0, 3),
}
# "The September summit": a month used as an adjective before one of these nouns.
MONTH_NOUNS = (
    "summit", "meeting", "election", "elections", "vote", "deadline", "talks", "conference",
    "session", "report", "offensive", "deal", "agreement", "ceasefire", "visit", "ruling",
    "hearing", "trial", "referendum", "poll", "polls", "budget", "figures", "data", "rally",
    "final", "window", "attack", "attacks", "strike", "strikes", "primary", "launch",
)

# Words in patterns that no table above holds, so the engine looks for dates around them.
TRIGGERS = ("weekend", "week", "century", "interwar")

FRAGMENTS = {
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    "until": r"until|till|through|by",
    # "by the end of the year" is always ahead; "by the end of 2024" may be told in the past.
    "until_future": r"by(?=\s+the\s+end\s+of\s+(?:the|this)\s+(?:year|month|week))",
    "partlead": r"(?:(?:in|at|from|since|until|by)\s+)?(?:the\s+)?",
    "partjoin": r"(?:\s*-\s*|\s+(?:of\s+)?)",
    "month_lead": r"in|since|from|until|till|through|by|before|after|during|into",
    "year_lead": r"in|since|from|until|till|through|by|before|after|during",
    "season_lead": r"(?:in|during|over|since|by)(?:\s+the)?|the",
    "daypart": r"morning|afternoon|evening|night",
    # A limit: "by the end of the month", "before the summer", "by Friday".
    "deadline": r"(?:(?P<deadline>by|no\s+later\s+than)|(?P<deadline_before>before))\s+",
    # A year not inside a number, a price or a reference ("No. 2019", "$2019").
    "bare_year_lead": (r"(?<![\d,.]\s)(?<![\d,.$£€#])(?<!no\.\s)(?<!page\s)(?<!route\s)"
                       r"(?<!flight\s)"),
    # An address: "1600 Pennsylvania Avenue" is no year.
    "not_address": r"(?!\s+\w+\s+(?:avenue|street|road|boulevard|drive|lane|place|way)\b)",
    "month_nouns": "|".join(MONTH_NOUNS),
}

# "Three years after the election": the article before the noun of the event an anaphor
# counts from; "two weeks after his arrest", "a month after returning": a possessive, or
# nothing before a gerund, names an event by who did it, never the one just told.
EVENT_ARTICLES = r"the|that|this"
EVENT_OWNERS = r"his|her|its|their|(?=\w+ing\b)"
# "Three months after the start of the war": the words before the noun that completes a
# vague head; and those that join an event to its own date ("after the vote on May 4").
EVENT_COMPLEMENT = r"of\s+the|of\s+a|of"
EVENT_DATE_LINK = r"of|on|in"

CLAUSE_BREAK = r"[.!?;:«»\"\n]|(?<!\w)(?:that|when|but|while|although|because)(?!\w)"
_ADVERBS = r"(?:(?:not|never|already|also|still|just|finally|\w+ly)\s+){0,3}"
FUTURE_MARKERS = (
    r"\b(?:will|shall|won't)\b|\w'll\b",
    r"\bgoing\s+to\b",
    r"\b(?:is|are|was|were)\s+(?:set|expected|due|scheduled|slated|poised|planned)\s+to\b",
    r"\b(?:plans?|planned|intends?|aims?|prepares?|preparing|poised|ready)\s+to\b",
    r"\b(?:is|are|was|were)\s+(?:set|scheduled|slated|due)\s+(?:for|on)\b|\b(?:is|are)\s+due\b",
    r"\bas\s+soon\s+as\b|\b(?:could|might|may)\s+(?:not\s+)?be\b",
    # A schedule in the present: "the assembly opens Tuesday", "New Yorkers vote today".
    (r"\b(?:opens|starts|begins|meets|closes|resumes|reopens|kicks\s+off"
     r"|takes\s+office|expires|lands|travels|heads|runs)\b"),
    # The same right after a plural noun ("schools reopen Monday", "exams run May 4-15");
    # elsewhere the word is mostly a noun or an infinitive ("a slow start on Monday").
    (r"(?<=s\s)\b(?:open|start|begin|meet|close|resume|reopen|kick\s+off"
     r"|take\s+office|run|convene)\b(?!\s+(?:to|of)\b)"),
    r"\b(?:next|upcoming)\b",
    # A delay, an extension, a suspension "until the spring" sets a limit still ahead, even
    # told in the past ("had asked for a delay until the spring"); "remained closed until
    # the spring" sets none.
    (r"\b(?:delay\w*|postpone\w*|adjourn\w*|extension|extend\w*|suspen\w*|put\s+off"
     r"|push(?:ed)?\s+back|defer\w*|stay\s+of)\b(?=(?:\s+\S+){0,3}?\s+(?:until|till)\b)"),
    # Reported speech puts the future in "would" ("said talks would resume in September").
    r"\bwould\b|\w'd\b",
)
# Regular "-ed" forms are left out: they are also the participles of future passives ("is
# expected to be signed"), and with no marker at all a clause already reads as past.
PAST_MARKERS = (
    r"\b(?:had|has|have|was|were)\s+" + _ADVERBS + r"\w+(?:ed|en|wn|ght|t)\b",
    (r"(?<!\bbe\s)(?<!been\s)\b(?:said|told|went|came|took|made|met|saw|gave|held|left|began|spoke|flew|fought"
    r"|wrote|sent|won|lost|struck|hit|shot|fell|rose|led|put|set|cut|kept|brought|sought"
    r"|was|were|did|had)\b"),
    # Regular past forms, except the participles of a future passive ("is expected to be
    # signed") and words that only look like them.
    (r"(?<!\bbe\s)(?<!been\s)(?<!\bto\s)\b(?!(?:hundred|indeed|speed|need|seed|proceed"
     r"|exceed|succeed|breed|shed|feed|greed|naked|wicked|sacred|kindred|red|bed|led)\b)"
     r"[a-z]{2,}ed\b"),
)

# The named rules, by theme, and the sentences that must give no date live next door, to keep
# each module short; the engine reads them from here, in this order (on a tie in length and
# start the rule listed first wins).
from dashboard.lang.en.temporal_calendar import CALENDAR_RULES  # noqa: E402
from dashboard.lang.en.temporal_compounds import COMPOUND_RULES  # noqa: E402
from dashboard.lang.en.temporal_not_dates import NOT_DATES  # noqa: E402, F401
from dashboard.lang.en.temporal_relative import RELATIVE_RULES  # noqa: E402
from dashboard.lang.en.temporal_seasons import SEASON_RULES  # noqa: E402

RULES = (*CALENDAR_RULES, *SEASON_RULES, *RELATIVE_RULES, *COMPOUND_RULES)
