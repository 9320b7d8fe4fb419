"""What a first render of the page imports: nothing the first screen does not use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Every module dashboard/app.py imports at its top, then the calls a first screen makes that
# used to pull spaCy in (a country's name in the reader's language reads events.geo). pandas
# is for the table tab only (about 0.3 s with pyarrow).
PAGE_IMPORTS = """
import sys
import dashboard.curation.workspace, dashboard.service.loading, dashboard.store.corpora
import dashboard.ui.adding, dashboard.ui.editing, dashboard.ui.explore, dashboard.ui.panels
import dashboard.ui.present, dashboard.ui.plain, dashboard.ui.selection, dashboard.ui.widgets
import dashboard.views.filters, dashboard.views.slides, dashboard.views.aggregate
import dashboard.views.figures, dashboard.views.i18n, dashboard.views.plotly_locale
import dashboard.views.view
from dashboard.views.i18n import display_name
assert display_name("Morocco", "fr") == "Maroc", display_name("Morocco", "fr")
print(sorted(m for m in ("spacy", "thinc", "dashboard.events.build", "dashboard.pipeline",
                        "pandas") if m in sys.modules))
"""


def test_the_page_and_a_country_name_load_without_spacy_or_pandas():
    ran = subprocess.run([sys.executable, "-c", PAGE_IMPORTS], capture_output=True, text=True,
                         cwd=REPO, check=True)
    assert ran.stdout.strip() == "[]"


def test_the_events_package_still_hands_out_its_builder_and_model_loader():
    from dashboard import events
    from dashboard.events.build import build_events
    from dashboard.events.nlp import load_nlp

    assert events.build_events is build_events
    assert events.load_nlp is load_nlp
