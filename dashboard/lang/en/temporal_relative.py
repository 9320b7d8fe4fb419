"""English relative rules: weekdays, days and spans counted from publication or from the
event just mentioned; named patterns over the tables of ``temporal.py``, with examples.

Same shape as ``temporal_calendar.py`` (see its docstring).
"""

P = "2025-07-15"  # a Tuesday, like the examples of temporal_calendar.py

RELATIVE_RULES = (
    {"name": "weekday", "kind": "weekday", "near": ("weekday",),
     "pattern": r"(?:{deadline}|(?:late|early)\s+(?:on\s+)?|as\s+soon\s+as\s+)?(?:on\s+)?"
                r"(?:(?P<rel>{last}|{next}|{this})\s+)?(?P<weekday>{weekday})(?:\s+(?:{daypart}))?",
     "examples": [("The Times reported on Friday that the US had changed course.",
                   "2022-12-09", "on Friday", "2022-12-09", "2022-12-09", "day"),
                  ("The minister spoke last Tuesday.", P, "last Tuesday", "2025-07-08",
                   "2025-07-08", "day"),
                  ("He will travel to Paris on Thursday.", P, "on Thursday", "2025-07-17",
                   "2025-07-17", "day", "future"),
                  ("Zelensky said Friday that the war would end sooner.", "2024-11-17",
                   "Friday", "2024-11-15", "2024-11-15", "day"),
                  # The publication day itself, whatever the tense.
                  ("Firefighters were bracing for stronger winds Tuesday night.", P,
                   "Tuesday night", "2025-07-15", "2025-07-15", "day"),
                  ("The river burst its banks late on Sunday.", P, "late on Sunday",
                   "2025-07-13", "2025-07-13", "day"),
                  ("The striker could make his debut as soon as Saturday.", P,
                   "as soon as Saturday", "2025-07-19", "2025-07-19", "day", "future"),
                  # A schedule in the present tense looks ahead.
                  ("The General Assembly opens Thursday in New York.", P, "Thursday",
                   "2025-07-17", "2025-07-17", "day", "future"),
                  ("The court must rule by Friday.", P, "by Friday", "2025-07-18",
                   "2025-07-18", "day", "future deadline")]},
    {"name": "relative_day", "kind": "relative", "near": ("word",),
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
    {"name": "relative_week", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<rel>{last}|{next}|{this})\s+week",
     "params": {"unit": "week"},
     "examples": [("A list was shared in Rome last week.", P, "last week", "2025-07-07",
                   "2025-07-13", "week"),
                  ("The bill goes to a vote next week.", P, "next week", "2025-07-21",
                   "2025-07-27", "week", "future")]},
    {"name": "relative_weekend", "kind": "relative", "near": ("unit", "trigger"),
     "pattern": r"(?:over\s+)?(?:(?P<rel>{last}|{next}|{this})|the)\s+week[-\s]?end",
     "params": {"unit": "weekend"},
     "examples": [("Drones hit Odesa over the weekend.", P, "over the weekend", "2025-07-12",
                   "2025-07-13", "week")]},
    {"name": "relative_month", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<rel>{last}|{next}|{this})\s+month",
     "params": {"unit": "month"},
     "examples": [("Deliveries doubled last month.", P, "last month", "2025-06-01",
                   "2025-06-30", "month")]},
    {"name": "earlier_this", "kind": "relative", "near": ("unit",),
     "pattern": r"earlier\s+this\s+(?P<unit>week|month|year)",
     "params": {"clip": "to_publication"},
     "examples": [("Earlier this month, Ukraine attacked two Russian air bases.",
                   "2022-12-09", "Earlier this month", "2022-12-01", "2022-12-09", "month")]},
    {"name": "relative_year", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<rel>{last}|{next}|{this})\s+year",
     "params": {"unit": "year"},
     "examples": [("Exports fell last year.", P, "last year", "2024-01-01", "2024-12-31",
                   "year")]},
    {"name": "part_relative_year", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:{deadline})?{partlead}(?P<part>{part}){partjoin}"
                r"(?:(?:the|this)\s+|(?P<rel>{last}|{next})\s+)?(?P<unit>year)",
     "params": {},
     "examples": [("The bill must pass by the end of the year.", "2025-11-17",
                   "by the end of the year", "2025-12-31", "2025-12-31", "day",
                   "future deadline"),
                  ("The final report is expected early next year.", "2025-09-26",
                   "early next year", "2026-01-01", "2026-03-31", "quarter", "future"),
                  ("Fighting resumed early last year.", P, "early last year", "2024-01-01",
                   "2024-03-31", "quarter")]},
    {"name": "part_relative_month", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:{deadline})?{partlead}(?P<part>{part}){partjoin}"
                r"(?:(?:the|this)\s+|(?P<rel>{last}|{next})\s+)?(?P<unit>month)",
     "params": {},
     "examples": [("The report is due by the end of the month.", P, "by the end of the month",
                   "2025-07-31", "2025-07-31", "day", "future deadline")]},
    {"name": "part_relative_week", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:(?:in|at)\s+the\s+)?(?P<part>early|mid|late|start|end)[-\s](?:of\s+)?(?:(?P<rel>{last}|{next}|{this})\s+)?(?P<unit>week)",
     "params": {},
     "examples": [("More rain is expected early next week.", "2025-02-07", "early next week",
                   "2025-02-10", "2025-02-12", "week", "future")]},
    {"name": "recent_span", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:(?:in|over|during|for)\s+)?(?:recent|the\s+(?:past|last)\s+(?:few|several))\s+"
                r"(?P<unit>days|weeks|months|years)"
                r"|(?:in|over|during|for)\s+the\s+(?:past|last)\s+(?P<unit_b>days|weeks|months|years)",
     "params": {"vague": True},
     "examples": [("Strikes have intensified in recent days.", P, "in recent days",
                   None, None, None, "vague"),
                  ("The agency has been criticised for the past few years.", P,
                   "for the past few years", None, None, None, "vague")]},
    {"name": "coming_span", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:(?:in|over|during|within)\s+)?the\s+(?:coming|next(?:\s+few|\s+several)?)\s+"
                r"(?P<unit>days|weeks|months|years)|(?:over|during|within)\s+the\s+next\s+(?P<unit_b>week|month|year)",
     "params": {"vague": True, "future": True},
     "examples": [("The coming weeks will show whether this works.", P, "The coming weeks",
                   None, None, None, "future vague"),
                  ("The airline will inspect its fleet over the next week.", P,
                   "over the next week", None, None, None, "future vague")]},
    {"name": "ago", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+ago",
     "params": {"sign": -1},
     "examples": [("I thought we had a deal two months ago.", P, "two months ago",
                   "2025-05-01", "2025-05-31", "month"),
                  ("The convoy left a few days ago.", P, "a few days ago", "2025-07-10",
                   "2025-07-13", "week")]},
    {"name": "anaphoric_day", "kind": "relative", "near": ("word",),
     "pattern": r"(?P<word>the\s+(?:day\s+before|previous\s+day|next\s+day|following\s+day"
                r"|day\s+after|same\s+day)|that\s+(?:same\s+)?day)",
     "params": {"unit": "day", "anchor": "previous",
                "words": {"the day before": -1, "the previous day": -1, "the next day": 1,
                          "the following day": 1, "the day after": 1, "the same day": 0,
                          "that day": 0, "that same day": 0}},
     "examples": [(("Trump called Zelensky on July 4, 2025. The day before, he had spoken to "
                   "Putin."), P, "The day before", "2025-07-03", "2025-07-03", "day"),
                  ("The plant was hit on 3 March 2024. The next day, Kyiv struck back.", P,
                   "The next day", "2024-03-04", "2024-03-04", "day")]},
    {"name": "anaphoric_earlier", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+(?:earlier|before|prior)",
     "params": {"sign": -1, "anchor": "previous"},
     "examples": [("The call on July 4, 2025 followed Trump's call with Putin a day earlier.",
                   P, "a day earlier", "2025-07-03", "2025-07-03", "day")]},
    {"name": "anaphoric_later", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+(?:later|after)",
     "params": {"sign": 1, "anchor": "previous"},
     "examples": [("The plant was hit on 10 March 2024. Two days later, it reopened.", P,
                   "Two days later", "2024-03-12", "2024-03-12", "day"),
                  # Counted from the event it names, dated elsewhere; a point, not a year.
                  (("The election was held on March 3, 2019. Turnout figures came on 10 March "
                    "2019. Three years after the election, he resigned."), P,
                   "Three years after", "2022-03-03", "2022-03-03", "day"),
                  # An event the text never dates: no date, not one counted from the date
                  # just before.
                  ("The report came out on April 2. He resigned three years after the election.",
                   P, "three years after", None, None, "year", "unanchored"),
                  # ... unless its date is written right there.
                  # Days counted right after a date: the event just told, named anew ...
                  ("A bridge collapsed on March 10, 2024. Two days after the accident, it "
                   "reopened.", P, "Two days after", "2024-03-12", "2024-03-12", "day"),
                  # ... but not a duration in apposition to a date, which situates that date.
                  ("The vote is set for April 28, 2024, three days after the appointment of "
                   "a new envoy.", P, "three days after", None, None, "day", "unanchored"),
                  ("He was sworn in on April 2, 2024. Two months after the May 4 vote, he quit.",
                   P, "Two months after", "2024-07-04", "2024-07-04", "day"),
                  ("He was sworn in on April 2, 2024. Two months after the vote on May 4, he "
                   "quit.", P, "Two months after", "2024-07-04", "2024-07-04", "day")]},
    # "Two months later than planned", "ten days earlier than in an average year": a duration
    # measured against a plan or another year, no date. The rule wins its span from
    # anaphoric_later/_earlier and gives no mention; what follows "than" is read on its own.
    {"name": "compared_duration", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+(?:later|earlier|sooner)\s+than\b",
     "params": {"not_a_date": True},
     "examples": [("The bridge will open no earlier than June 9, three months later than planned.",
                   P, "three months later than", None, None, None, "not_a_date"),
                  ("The monsoon arrived ten days earlier than in an average year.", P,
                   "ten days earlier than", None, None, None, "not_a_date"),
                  ("The verdict came two months sooner than expected.", P,
                   "two months sooner than", None, None, None, "not_a_date")]},
    # "More than a year after", "nearly two weeks later", "almost a year ago": a bound, not a
    # point; counting it as "a year after" would draw a precise day nobody wrote.
    {"name": "bounded_duration", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:(?:more|less|fewer)\s+than|at\s+(?:least|most)|nearly|almost|over|under"
                r"|up\s+to|upwards\s+of|well\s+over)\s+(?P<number>{number})\s+(?P<unit>{unit})"
                r"\s+(?:later|after|before|earlier|ago)"
                r"|in\s+(?:more|less)\s+than\s+(?P<number_b>{number})\s+(?P<unit_b>{unit})",
     "params": {"vague": True},
     "examples": [("More than a year after the disaster, residents are still waiting.", P,
                   "More than a year after", None, None, None, "vague"),
                  ("Nearly two weeks later, nothing had changed.", P,
                   "Nearly two weeks later", None, None, None, "vague"),
                  ("The talks collapsed almost a year ago.", P, "almost a year ago", None,
                   None, None, "vague"),
                  ("The vote will take place in less than a week.", P,
                   "in less than a week", None, None, None, "vague")]},
    {"name": "anaphoric_vague_later", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<unit>hours|days|weeks|months)\s+later",
     "params": {"spans": {"hour": (2, 12), "day": (2, 5), "week": (2, 4), "month": (2, 6)},
                "anchor": "previous"},
     "examples": [(("A drone hit the plant on 10 March 2024. Hours later, it was still "
                   "burning."), P, "Hours later", "2024-03-10", "2024-03-10", "day")]},
    {"name": "following_span", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:(?:in|over|during)\s+)?the\s+(?:following\s+(?P<unit>days|weeks)"
                r"|(?P<unit_b>days|weeks)\s+(?:that\s+followed|after))",
     "params": {"spans": {"day": (1, 7), "week": (1, 4)}, "anchor": "previous"},
     "examples": [(("Trump called Zelensky on July 4, 2025. In the following days, a list of "
                   "weapons was handed over."), P, "In the following days", "2025-07-05",
                   "2025-07-11", "week")]},
    {"name": "anaphoric_period", "kind": "relative", "near": ("unit",),
     "pattern": r"the\s+(?P<word>following|previous)\s+(?P<unit>week|month|year)"
                r"|the\s+(?P<unit_b>week|month|year)\s+(?P<word_b>before|after)",
     "params": {"anchor": "previous", "words": {"following": 1, "previous": -1, "before": -1,
                                                "after": 1}},
     "examples": [(("The deal was signed on 3 March 2024. The following week, fighting "
                   "resumed."), P, "The following week", "2024-03-04", "2024-03-10", "week"),
                  (("Schools reopen on Sept. 1, 2025 and classrooms will be fumigated the week "
                    "before."), P, "the week before", "2025-08-25", "2025-08-31", "week",
                   "future")]},
)
