"""Datelines of English pages: where an article states its own publication date.

Same shape as ``dashboard/lang/fr/datelines.py``.
"""

# US pages write 03/12/2024 for March 12; dateparser is told so, the regex only finds the shape.
DATE_ORDER = "MDY"

_WEEKDAY = r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
_DATE = (rf"(?P<date>{_WEEKDAY}(?:[A-Za-z]{{3,9}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         r"|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}))")
# What may precede a page's date line on the same line: a byline, or a separator after other
# page information ("By Jane Doe Published ...", "World | Updated ...").
LINE_PREFIX = r"(?:By\s[^\n]{1,60}?\s|[^\n]{0,80}?[|\u2022\u00b7]\s*)?"
# CNN and others put the time first: "Updated 10:32 AM EDT, Tue March 12, 2024".
_LEADING_TIME = r"(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?"
_TIME = r"(?:\s*(?:at|,|-|\|)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"

RULES = (
    {
        "name": "en.published_on",
        "kind": "published",
        "pattern": rf"(?:first published|published|posted)\s*(?:on|:)?\s*{_LEADING_TIME}{_DATE}{_TIME}",
        "ignore_case": True,
        "examples": (("Published March 12, 2024", "2024-03-12"), ("Posted on 12 March 2024 at 10:32 GMT", "2024-03-12"),
                     ("Published: Tuesday, March 12, 2024", "2024-03-12")),
    },
    {
        "name": "en.updated_on",
        "kind": "updated",
        "pattern": rf"(?:last updated|updated|modified)\s*(?:on|:)?\s*{_LEADING_TIME}{_DATE}{_TIME}",
        "ignore_case": True,
        "examples": (("Updated: 2024-03-12", "2024-03-12"), ("Last updated 03/12/2024 10:32 a.m. ET", "2024-03-12"),
                     ("Updated 10:32 AM EDT, Tue March 12, 2024", "2024-03-12"),
                     ("By Jane Doe Updated March 12, 2024", "2024-03-12")),
    },
    {
        "name": "en.agency_dateline",
        "kind": "agency",
        # "WASHINGTON, March 12, 2024 (Reuters) -": capitals, date, agency in brackets, a dash.
        "pattern": rf"(?P<place>[A-Z][A-Z.' -]{{1,40}}(?:,\s*[A-Z][a-z.]+)?)\s*,\s*{_DATE}"
                   r"\s*\((?P<agency>[A-Za-z][A-Za-z./ -]{1,25})\)\s*[-:]",
        "ignore_case": False,
        "examples": (("WASHINGTON, March 12, 2024 (Reuters) - The Pentagon said", "2024-03-12"),
                     ("KYIV, Ukraine, 3 June 2025 (AP) - Strikes resumed", "2025-06-03")),
    },
)
