"""The few words only the exports print, per interface language (French first, then English).

Dates, categories and the words the dashboard shares with the exports come from
``dashboard.views.i18n`` (tables in ``dashboard/lang/<lang>/ui.py``); adding a language means
adding a key here too.
"""

from __future__ import annotations

TEXT = {
    "fr": {
        "title": "Frise chronologique",
        "summary": "{events} événement(s) tirés de {documents} article(s).",
        "undated_left_out": "{n} événement(s) sans date laissé(s) de côté.",
        "offline_note": "Fichier autonome : il s'ouvre sans connexion à Internet.",
        "generated": "Produit par Frise.",
    },
    "en": {
        "title": "Timeline",
        "summary": "{events} event(s) from {documents} article(s).",
        "undated_left_out": "{n} undated event(s) left out.",
        "offline_note": "Standalone file: it opens without an Internet connection.",
        "generated": "Made with Frise.",
    },
}


def language(lang: str) -> str:
    """The interface language to use for ``lang``: itself if known, else French."""
    return lang if lang in TEXT else "fr"


def say(key: str, lang: str, **values: object) -> str:
    return TEXT[language(lang)][key].format(**values)
