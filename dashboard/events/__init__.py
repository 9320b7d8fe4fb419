"""Events from documents: nlp loading and event building (merging and entities beside them).

``build_events`` and ``load_nlp`` are imported on first use: they bring in spaCy (about
1.5 s), and the page imports this package only for its light modules (``geo`` for country
names), which must not wait for spaCy on a first render.
"""

from __future__ import annotations

__all__ = ["build_events", "load_nlp"]


def __getattr__(name: str):
    if name == "build_events":
        from .build import build_events

        return build_events
    if name == "load_nlp":
        from .nlp import load_nlp

        return load_nlp
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
