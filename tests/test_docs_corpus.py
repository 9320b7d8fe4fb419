"""The README's corpus and export help blocks are what the parser prints, so they cannot drift."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command, opening", [
    (["corpus", "--help"], "The corpus commands, as `python -m dashboard corpus --help` prints them:"),
    (["corpus", "add", "--help"], "and `python -m dashboard corpus add --help`:"),
    (["export", "--help"], "and `python -m dashboard export --help`:"),
])
def test_the_readme_help_blocks_of_the_corpus_commands_are_what_the_parser_prints(command, opening):
    # Printed 100 columns wide, as the extract block is.
    ran = subprocess.run([sys.executable, "-m", "dashboard", *command], capture_output=True,
                         text=True, cwd=REPO, check=True, env={**os.environ, "COLUMNS": "100"})
    marker = f"{opening}\n\n```text\n"
    assert marker in README, f"README.md lost the help block of {' '.join(command)}"
    assert README.split(marker, 1)[1].split("```", 1)[0] == ran.stdout


@pytest.mark.parametrize("name", ["FRISE_SHARED", "FRISE_URL", "FRISE_KEY", "FRISE_FETCH_PRIVATE",
                                  "corpus new", "corpus add", "corpus list", "corpus new-key"])
def test_the_readme_says_how_a_team_sets_up_a_shared_server(name):
    section = README.split("**A team on one server.**", 1)[1].split("\n## ", 1)[0]
    assert name in section
