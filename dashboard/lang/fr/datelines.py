"""Datelines of French pages: where an article states its own publication date.

Each rule: ``name``, ``kind`` (published beats updated beats agency when several are found),
``pattern`` matched at the start of a line of the folded text, with the date captured as
``(?P<date>...)`` and read by dateparser, ``ignore_case``, and ``examples`` as (line, ISO date).
"""

# dateparser reads French numeric dates day first; the regex only has to find the date's shape.
DATE_ORDER = "DMY"

_WEEKDAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
_DATE = (rf"(?P<date>{_WEEKDAY}\d{{1,2}}(?:er)?\s+[a-zéûA-ZÉÛ]{{3,9}}\.?\s+\d{{4}}"
         r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})")
# What may precede a page's date line on the same line: a byline, or a separator after other
# page information ("Par Jean Dupont Publié le ...", "Europe | Publié le ...").
LINE_PREFIX = r"(?:Par\s[^\n]{1,60}?\s|[^\n]{0,80}?[|\u2022\u00b7]\s*)?"
_TIME = r"(?:\s*(?:à|a|-|,)?\s*\d{1,2}\s*[h:]\s*\d{0,2}(?:\s*min)?)?"

RULES = (
    {
        "name": "fr.published_on",
        "kind": "published",
        "pattern": rf"(?:publi[eé]e?|paru|mis en ligne|post[eé])\s*(?:le|:)?\s*{_DATE}{_TIME}",
        "ignore_case": True,
        "examples": (("Publié le 12 mars 2024 à 10h32", "2024-03-12"), ("Publié le 12/03/2024", "2024-03-12"),
                     ("Mis en ligne le mardi 1er octobre 2024", "2024-10-01"), ("Paru le 2024-03-12", "2024-03-12"),
                     ("Par Jean Dupont Publié le 3 juin 2025 à 06h00", "2025-06-03"),
                     ("Europe | Publié le 3 juin 2025", "2025-06-03")),
    },
    {
        "name": "fr.updated_on",
        "kind": "updated",
        "pattern": rf"(?:mis [aà] jour|modifi[eé]|actualis[eé]|m[aà]j)\s*(?:le|:)?\s*{_DATE}{_TIME}",
        "ignore_case": True,
        "examples": (("Mis à jour le 12/03/2024", "2024-03-12"), ("Actualisé le 5 avril 2023 à 18:05", "2023-04-05")),
    },
    {
        "name": "fr.agency_dateline",
        "kind": "agency",
        # "PARIS, 12 mars 2024 (AFP) -": the place in capitals, then the date, then the agency.
        "pattern": rf"(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ' -]{{1,40}}(?:\s*\([^)]{{1,30}}\))?)\s*,\s*{_DATE}"
                   r"\s*\((?P<agency>[A-Za-z][A-Za-z./ -]{1,25})\)\s*[-:]",
        "ignore_case": False,
        "examples": (("PARIS, 12 mars 2024 (AFP) - Le président a annoncé", "2024-03-12"),
                     ("KIEV, 3 juin 2025 (Reuters) - Les frappes ont repris", "2025-06-03")),
    },
)
