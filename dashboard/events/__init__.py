"""Events from documents: nlp loading and event building (merging and entities beside them)."""

from .build import build_events
from .nlp import load_nlp

__all__ = ["build_events", "load_nlp"]
