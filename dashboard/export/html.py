"""The timeline as one standalone HTML file that a teacher can open in a classroom without Internet.

plotly.js is embedded in the page once (no CDN), the figure is the dashboard's own timeline
figure with its headlines beside the marks and plotly.js's texts in the page's language, and
every event is listed below it with its date, how it was dated, who and where, and its
sentences, escaped. A click on the timeline scrolls to that event's card and marks it;
"Présenter" shows the events one slide at a time (``html_present``).

To keep the file slim, plotly.js and each figure's JSON are stored gzip-compressed in base64
and inflated by the browser's own DecompressionStream: a third of the size of plain text.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
from collections.abc import Mapping, Sequence
from functools import cache

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from dashboard.export.dates import event_date_label
from dashboard.export.documents import Documents, documents_by_id
from dashboard.export.fragments import escape
from dashboard.export.html_present import STYLE as PRESENT_STYLE
from dashboard.export.html_present import presentation_html
from dashboard.model import Document, Event, Place
from dashboard.views.card import card_html, event_card
from dashboard.views.figures import timeline_figure
from dashboard.views.filters import chronological
from dashboard.views.i18n import category_label, interface_language, t
from dashboard.views.labels_js import RELABEL_JS
from dashboard.views.map import map_figure
from dashboard.views.plotly_locale import chart_config
from dashboard.views.slides import chart_summary

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem auto; max-width: 70rem;
       padding: 0 1rem; color: #1d232b; line-height: 1.45; }
h1 { margin-bottom: .2rem; }
.summary, .credit, footer { color: #59636e; }
article { border-top: 1px solid #d8dde3; padding: .6rem 0; scroll-margin-top: 1rem; }
article.chosen { background: #fff6d6; }
.facts { font-size: .9rem; color: #3b4550; margin: .2rem 0; }
.plot { width: 100%; }
/* On a phone the timeline is too narrow for labels beside its marks: tap a mark instead. */
@media (max-width: 640px) { .js-plotly-plot .scatterlayer .textpoint { display: none; } }
article h3 { margin: .2rem 0; font-size: 1.05rem; }
.when { font-weight: 600; color: #0072B2; }
.category { font-size: .85rem; color: #59636e; }
/* The page's detail card (views.card): the same lines, the same marks. */
.frise-meta { color: #3b4550; font-size: .9rem; margin: .15rem 0; }
.frise-source { border: 1px solid #d8dde3; border-radius: .5rem; padding: .4rem .7rem;
                margin: .4rem 0; }
.frise-excerpt { line-height: 1.5; margin: .2rem 0 .3rem 0; }
.frise-url { overflow-wrap: anywhere; }
.frise-source a { overflow-wrap: anywhere; }
table.frise-compare { border-collapse: collapse; font-size: .9rem; }
table.frise-compare th, table.frise-compare td { border: 1px solid #d8dde3; padding: .2rem .5rem;
                                                 text-align: left; vertical-align: top; }
"""

# Inflates plotly.js and the figures, then draws them; a click on an event (its customdata is
# the event id) scrolls the list to that event and marks it; a zoom writes the labels again.
LOADER = """
async function inflate(id) {
  const text = atob(document.getElementById(id).textContent.trim());
  const bytes = Uint8Array.from(text, function (c) { return c.charCodeAt(0); });
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return await new Response(stream).text();
}
function choose(id) {
  const item = id && document.getElementById('event-' + id);
  if (!item) { return; }
  document.querySelectorAll('article.chosen').forEach(function (a) { a.classList.remove('chosen'); });
  item.classList.add('chosen');
  item.scrollIntoView({behavior: 'smooth'});
}
(async function () {
  const code = document.createElement('script');
  code.textContent = await inflate('plotly-js');
  document.head.appendChild(code);
  // The presentation (html_present) waits for this to draw its strip.
  window.dispatchEvent(new Event('frise-plotly'));
  for (const plot of document.querySelectorAll('.plot')) {
    const figure = JSON.parse(await inflate(plot.dataset.figure));
    const config = JSON.parse(document.getElementById('plot-config').textContent);
    await Plotly.newPlot(plot, figure.data, figure.layout, config);
    if (plot.id === 'timeline') {
      plot.on('plotly_click', function (data) { choose(data.points[0].customdata); });
      friseWatch(plot);
    }
  }
})();
"""


@cache
def _packed_plotlyjs() -> str:
    return _pack(get_plotlyjs())


def _pack(text: str) -> str:
    """``text`` gzip-compressed, in base64 (mtime 0: the same input gives the same file)."""
    return base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)).decode("ascii")


def _data(element_id: str, payload: str) -> str:
    # base64 holds no "<", so nothing in it can close the script element.
    return f'<script type="application/octet-stream" id="{element_id}">{payload}</script>'


def event_item(event: Event, by_id: Mapping[str, Document], lang: str) -> str:
    """The event's card, the page's own (``views.card``), with its date and category above it."""
    when = event_date_label(event, lang) or t("story.undated", lang)
    return (f'<article id="event-{html.escape(event.id)}">'
            f'<div class="category"><span class="when">{escape(when)}</span> · '
            f'{escape(category_label(event.category, lang))}</div>'
            f"{card_html(event_card(event, by_id, lang), lang)}</article>")


def figure_html(figure: go.Figure, element_id: str) -> str:
    """A figure as a compressed JSON block and the element plotly.js draws it in."""
    return (_data(f"{element_id}-figure", _pack(figure.to_json(validate=False)))
            + f'<div class="plot" id="{element_id}" data-figure="{element_id}-figure"></div>')


def events_to_html(events: Sequence[Event], documents: Documents = None, lang: str = "fr",
                   title: str | None = None,
                   places: Mapping[str, Place] | Sequence[Place] | None = None) -> str:
    """A complete HTML page: title, the timeline, a map when ``places`` are given, the events.

    Events are listed in date order, undated ones last. Nothing is loaded from the network.
    """
    lang = interface_language(lang)
    by_id = documents_by_id(documents)
    ordered = chronological(events)
    outlets = {doc_id: doc.outlet or doc_id for doc_id, doc in by_id.items()}
    if any(e.date for e in ordered):
        timeline = timeline_figure(ordered, lanes="category", lang=lang, source_labels=outlets)
        # The chart's text alternative for a screen reader: how many events, over which period.
        parts = [f'<div role="figure" aria-label="{html.escape(chart_summary(ordered, lang))}">'
                 f'{figure_html(timeline, "timeline")}</div>']
    else:
        # No dated event: a sentence, not an empty axis (plotly.js would draw 2000 to 2001).
        parts = [f'<p class="empty">{escape(t("exported.empty", lang))}</p>']
    if places and ordered:
        parts.append(figure_html(map_figure(ordered, places, lang=lang), "map"))
    config = {**chart_config(lang), "responsive": True}
    heading = escape(title or t("exported.title", lang))
    cited = {doc_id for e in events for doc_id in e.doc_ids}
    summary = t("exported.summary", lang, events=len(events), documents=len(cited))
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{heading}</title><style>{STYLE}{PRESENT_STYLE}</style></head><body>",
        f"<h1>{heading}</h1>",
        f'<p class="summary">{escape(summary)}</p>',
        *parts,
        presentation_html(ordered, by_id, lang),
        "<section>",
        *(event_item(event, by_id, lang) for event in ordered),
        "</section>",
        _data("plotly-js", _packed_plotlyjs()),
        f'<script type="application/json" id="plot-config">{_json_in_html(config)}</script>',
        f"<script>{RELABEL_JS}{LOADER}</script>",
        f"<footer><p>{escape(t('exported.offline_note', lang))} {escape(t('exported.generated', lang))}</p>"
        "</footer>",
        "</body></html>",
    ])


def _json_in_html(value) -> str:
    """JSON inside a script element: "</" written "<\\/" so no text can close the element."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")
