"""Page furniture in English pages: lines that belong to the site, not to the article.

Same shape as ``dashboard/lang/web_furniture.py`` (which also applies): each pattern must match a
WHOLE line of the folded text; ``examples`` must match, ``counter_examples`` must not.
"""

# "By Tuesday, ..." and "By then, ..." open real sentences; a byline never starts with them.
_NOT_A_NAME = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May" \
              r"|June|July|August|September|October|November|December|Then|Now|Contrast|Comparison|Far|Law|Night" \
              r"|Day|Dawn|Noon|Midnight|Early|Late|Mid)\b)"
_NAME = r"[A-Z][\w.'-]*"
_NAMES = rf"{_NAME}(?:\s+(?:{_NAME}|de|van|von|al|bin))*"

RULES = (
    {
        "name": "en.byline",
        "reason": "credit line",
        "pattern": rf"(?:By|Words by|Interview by|Reporting by)\s+{_NOT_A_NAME}{_NAMES}"
                   rf"(?:\s*(?:,|and|&)\s+{_NAMES})*(?:\s*[,|-]\s*[^.!?]{{0,60}})?",
        "examples": ("By Jane Doe", "By Jane Doe and John Smith, CNN", "By Olena Harmash | Reuters"),
        "counter_examples": ("By Tuesday, Ukraine had withdrawn from the town.", "By then, the talks had collapsed.",
                             "By Kyiv's count, 30 drones were shot down."),
        "max_words": 12,
    },
    {
        "name": "en.contributed_credit",
        "reason": "credit line",
        "pattern": r"(?i).*\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b.*|.*\bcontributed reporting\b.*"
                   r"|(?:additional )?reporting by\b.*|(?:writing|editing) by\b.*"
                   r"|\(?(?:with|source\s*:)\s*(?:afp|reuters|ap|agencies|wires)(?:\s*(?:,|and)\s*(?:afp|reuters|ap))*\)?\.?",
        "examples": ("CNN's Natasha Bertrand and Kylie Atwood contributed to this report.",
                     "Reporting by Tom Balmforth; Editing by Mark Heinrich", "(With AFP)"),
        "counter_examples": ("With AFP cameras rolling, the convoy crossed the border.",),
        "max_words": 40,
    },
    {
        "name": "en.update_notice",
        "reason": "update notice",
        "pattern": r"(?i)this (?:story|article|post|page) (?:has been|was|is being|will be) (?:updated|corrected|amended"
                   r"|revised)\b.*|(?:last |first )?(?:updated|published|posted)\b[^.]{0,40}\d[^.]{0,40}"
                   r"|correction\s*:.*|editor's note\s*:.*",
        "examples": ("This story has been updated with additional information.", "Published March 12, 2024",
                     "Updated: 2024-03-12 10:32 GMT", "Correction: An earlier version misstated the range."),
        "counter_examples": ("This story began in 2014 with the annexation of Crimea.",),
        "max_words": 40,
    },
    {
        "name": "en.translation_notice",
        "reason": "translation notice",
        "pattern": r"(?i).*\b(?:machine[- ]translated|translated (?:automatically|by (?:machine|an? (?:automated|ai|machine)"
                   r"|software|google|deepl))|automatic(?:ally)? translat\w+|ai[- ]translated)\b.*",
        "examples": ("This article was machine translated from French.", "This content was translated automatically."),
        "counter_examples": ("The speech was translated by a Kremlin interpreter.",),
        "max_words": 80,
    },
    {
        "name": "en.reading_time",
        "reason": "page information",
        "pattern": r"(?i)\d+\s*min(?:ute)?s?\s*read|reading time\s*:?\s*\d+.*|listen to (?:this|the) (?:article|story).*",
        "examples": ("5 min read", "Reading time: 4 minutes", "Listen to this article"),
        "counter_examples": ("5 minutes later, the sirens sounded again.",),
        "max_words": 8,
    },
    {
        "name": "en.paywall",
        "reason": "paywall",
        "pattern": r"(?i)subscribe to (?:continue|keep) reading\b.*|this (?:article|content) is (?:for|reserved for) "
                   r"subscribers\b.*|already a subscriber\s*(?:\?.*)?|you have \d+ free articles?\b.*",
        "examples": ("Subscribe to continue reading", "Already a subscriber? Log in"),
        "counter_examples": ("Already a subscriber to the accord, Turkey hosted the talks.",),
        "max_words": 20,
    },
    {
        "name": "en.video_teaser",
        "reason": "teaser",
        "pattern": r"(?i)(?:watch|listen|video|play video)\s*:.*|watch(?: the)? video|play",
        "examples": ("Watch: Drone footage shows the strike", "Watch video"),
        "counter_examples": ("Watchdogs said the strike broke the ceasefire.",),
        "max_words": 20,
    },
    {
        "name": "en.topics_label",
        "reason": "tags",
        "pattern": r"(?i)(?:tags|topics|related topics|filed under)\s*:.*",
        "examples": ("Tags: Ukraine, Russia, NATO", "Filed under: World"),
        "counter_examples": ("Topics discussed included air defence and sanctions.",),
        "max_words": 20,
    },
)

# Real news lines that look a little like furniture (a "Share", "Next", "Updated" or
# "Follow" at the start): no rule may mark any of them.
NOT_FURNITURE = (
    "President Joe Biden authorized Ukraine to use long-range American weapons inside Russia.",
    "By Tuesday, Ukrainian forces had pulled back from the town.",
    "Next week, NATO defence ministers meet in Brussels to discuss air defence.",
    "Share prices of Russian energy firms fell after the strike.",
    "Updated intelligence suggested that North Korean troops were in Kursk.",
    "Follow-up talks are planned in Istanbul, the Turkish foreign ministry said.",
)
