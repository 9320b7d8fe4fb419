"""Which languages exist is decided in dashboard/lang alone: a new folder there is a new
language for the command line, the reader, the dates, spaCy and the interface."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dashboard import lang as languages
from dashboard.events import load_nlp

REPO = Path(__file__).resolve().parent.parent

# A minimal Spanish package, as a contributor would start one: the spaCy model it uses (none:
# spaCy's blank Spanish), words to recognise it, one date rule, and the interface in Spanish
# on the English tables' shape.
SPANISH = {
    "__init__.py": '''
        """Spanish, for a test: no spaCy model, spaCy's blank Spanish pipeline."""
        SPACY_MODEL = None
    ''',
    "identify.py": '''
        MARKER_WORDS = frozenset({"el", "la", "los", "las", "del", "que", "por", "una", "según"})
    ''',
    "temporal.py": '''
        MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
                  "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11,
                  "diciembre": 12}
        WEEKDAYS = {"lunes": 0, "martes": 1, "jueves": 3, "viernes": 4, "domingo": 6}
        SEASONS = {"primavera": "spring", "verano": "summer", "invierno": "winter"}
        PARTS = {"principios": "early", "mediados": "mid", "finales": "late"}
        UNITS = {"día": "day", "días": "day", "semana": "week", "mes": "month", "año": "year"}
        COUNT_NOUNS = ("personas", "soldados", "votos")
        FRAGMENTS = {"day": r"(?:[12]\\d|3[01]|0?[1-9])"}
        CLAUSE_BREAK = r"[.!?;:\\n]"
        FUTURE_MARKERS = (r"\\b(?:será|serán|va\\s+a)\\b",)
        PAST_MARKERS = (r"\\b(?:fue|fueron|ha|han)\\b",)
        RULES = (
            {"name": "day_month_year", "kind": "calendar_date",
             "pattern": r"(?P<day>{day})\\s+de\\s+(?P<month>{month})\\s+de\\s+(?P<year>{year})",
             "examples": [("El juicio se abrió el 3 de marzo de 2024.", "2024-06-01",
                           "3 de marzo de 2024", "2024-03-03", "2024-03-03", "day")]},
        )
    ''',
    "ui.py": '''
        from dashboard.lang.en.ui import *  # noqa: F403  (the shape; the words below are Spanish)
        LANGUAGE_NAME = "Español"
        MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
        DATE_FORMAT = "{day} de {month} de {year}"
        STRINGS = {**STRINGS, "count": "{shown} de {total} eventos"}  # noqa: F405
    ''',
}

SCRIPT = """
import json, sys
from datetime import date
from pathlib import Path
import dashboard.lang
dashboard.lang.__path__.append(sys.argv[1])

from dashboard import lang
from dashboard.cli import build_parser
from dashboard.events import load_nlp
from dashboard.events.entities import entities_in
from dashboard.extract import read_document
from dashboard.extract.language import guess_language
from dashboard.temporal import all_rules, find_dates
from dashboard.views.i18n import format_day, interface_languages, t
from dashboard.views.view import PARAMETERS, Known, parse_view

article = Path(sys.argv[2])
[choices] = [a.choices for a in build_parser()._subparsers._group_actions[0].choices["extract"]
             ._actions if a.dest == "lang"]
[mention] = find_dates("El juicio se abrió el 3 de marzo de 2024.", date(2024, 6, 1), "es")
view, notices = parse_view({"lang": ["es"]}, Known())
print(json.dumps({
    "available": lang.available(),
    "cli": list(choices),
    "guessed": guess_language(article.read_text(encoding="utf-8")),
    "read": read_document(article, language="es").language,
    "rules": [r.name for r in all_rules("es")],
    "mention": [mention.text, mention.date.isoformat(), mention.precision],
    "nlp": [load_nlp("es").lang, load_nlp("es").pipe_names],
    "entities": list(entities_in("Zelensky habló con Putin en Moscú", "es").actors),
    "interface": interface_languages(),
    "view": [view.lang, [n.param for n in notices]],
    "parameter": dict(PARAMETERS)["lang"],
    "words": [t("count", "es", shown=3, total=12), format_day(date(2024, 3, 3), "es")],
}))
"""


@pytest.fixture(scope="module")
def with_spanish(tmp_path_factory):
    """What the library says once dashboard/lang/es/ exists, from a fresh interpreter."""
    folder = tmp_path_factory.mktemp("lang")
    (folder / "es").mkdir()
    for name, source in SPANISH.items():
        (folder / "es" / name).write_text(textwrap.dedent(source), encoding="utf-8")
    article = folder / "articulo.txt"
    article.write_text("El tribunal de Madrid condenó el 3 de marzo de 2024 a los dos acusados, "
                       "según la sentencia que la prensa publicó por la tarde.\n", encoding="utf-8")
    ran = subprocess.run([sys.executable, "-c", SCRIPT, str(folder), str(article)],
                         capture_output=True, text=True, cwd=REPO, check=True)
    return json.loads(ran.stdout)


def test_a_new_language_folder_is_listed_after_french(with_spanish):
    assert with_spanish["available"][0] == languages.DEFAULT
    assert with_spanish["available"] == [*languages.available(), "es"]


def test_a_new_language_folder_is_a_choice_of_the_command_line_and_of_the_reader(with_spanish):
    assert "es" in with_spanish["cli"]
    assert with_spanish["guessed"] == "es" and with_spanish["read"] == "es"


def test_a_new_language_folder_dates_its_own_sentences(with_spanish):
    assert with_spanish["rules"] == ["es.day_month_year"]
    assert with_spanish["mention"] == ["3 de marzo de 2024", "2024-03-03", "day"]


def test_a_new_language_without_a_model_gets_spacys_blank_pipeline_and_the_shared_names(with_spanish):
    assert with_spanish["nlp"] == ["es", ["sentencizer"]]
    assert with_spanish["entities"] == ["Volodymyr Zelensky", "Vladimir Putin"]


def test_a_new_language_with_interface_strings_is_offered_by_the_page_and_its_links(with_spanish):
    assert with_spanish["interface"][-1] == "es"
    assert with_spanish["view"] == ["es", []]
    assert with_spanish["parameter"] == "interface language: fr (default), en or es"
    assert with_spanish["words"] == ["3 de 12 eventos", "3 de marzo de 2024"]


@pytest.mark.parametrize("code", languages.available())
def test_every_language_declares_its_spacy_model_and_the_model_loads(code):
    package = languages.get(code)
    nlp = load_nlp(code)
    assert nlp.lang == code and nlp.has_pipe("sentencizer")
    if package.spacy_model:
        assert nlp.meta["name"] == package.spacy_model.split("_", 1)[1]
        assert not set(package.spacy_exclude) & set(nlp.pipe_names)
    else:
        assert nlp.pipe_names == ["sentencizer"]


def test_an_unknown_language_is_refused_with_the_known_ones_named():
    with pytest.raises(ValueError, match="'xx' is not supported: use one of fr, en"):
        languages.get("xx")
    assert languages.tables("xx", "temporal") is None


def _language_lists(path: Path) -> list[int]:
    """Lines of ``path`` with a literal that lists two or more language codes and nothing else:
    ("fr", "en"), ["fr", "en"], {"fr": …, "en": …}."""
    codes = set(languages.available())
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [key for key in node.keys if key is not None]
        else:
            continue
        if len(items) >= 2 and all(isinstance(i, ast.Constant) and i.value in codes for i in items):
            found.append(node.lineno)
    return found


def test_no_module_outside_dashboard_lang_lists_the_languages():
    outside = [path for folder in ("dashboard", "tests", "bench")
               for path in sorted((REPO / folder).rglob("*.py"))
               if (REPO / "dashboard" / "lang") not in path.parents]
    listed = {str(p.relative_to(REPO)): lines for p in outside if (lines := _language_lists(p))}
    assert listed == {}


def test_the_language_list_finder_sees_a_hard_coded_pair(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('LANGS = ("fr", "en")\nLABELS = {"fr": 1, "en": 2}\nONE = ("fr",)\n',
                      encoding="utf-8")
    assert _language_lists(sample) == [1, 2]
