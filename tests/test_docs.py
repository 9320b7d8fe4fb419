"""The README cannot drift from the code: every rule file and every CLI option is documented."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.cli import build_parser

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
LANG = REPO / "dashboard" / "lang"
RULE_FILES = sorted(p.relative_to(LANG.parent).as_posix() for p in LANG.rglob("*.py")
                    if p.name != "__init__.py")


@pytest.mark.parametrize("rule_file", RULE_FILES)
def test_every_language_table_is_documented_in_the_readme(rule_file):
    assert f"`{rule_file}`" in README, (
        f"README.md does not mention {rule_file}; add it to 'Language knowledge is data'")


def _extract_options():
    parser = build_parser()
    sub = next(a for a in parser._subparsers._group_actions).choices["extract"]
    return [o for action in sub._actions for o in action.option_strings if o.startswith("--")]


@pytest.mark.parametrize("option", _extract_options())
def test_every_extract_option_is_documented_in_the_readme(option):
    assert option in README, f"README.md does not mention {option} of 'python -m dashboard extract'"


def test_the_readme_help_block_is_exactly_what_the_parser_prints():
    # argparse wraps at the terminal's width: the README's block is printed 100 columns wide.
    ran = subprocess.run([sys.executable, "-m", "dashboard", "extract", "--help"],
                         capture_output=True, text=True, cwd=REPO, check=True,
                         env={**os.environ, "COLUMNS": "100"})
    opening = "Its options, as `python -m dashboard extract --help` prints them:\n\n```text\n"
    assert opening in README, "README.md lost its --help block"
    block = README.split(opening, 1)[1].split("```", 1)[0]
    assert block == ran.stdout, "paste the output of: COLUMNS=100 python -m dashboard extract --help"
