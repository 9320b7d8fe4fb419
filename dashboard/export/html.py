"""The timeline as one standalone HTML file that a teacher can open in a classroom without Internet.

plotly.js is embedded in the page (no CDN), the figure is the dashboard's own timeline figure,
and every event is listed below it with its sentences, escaped. A click on the timeline scrolls
to that event in the list.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.export.dates import event_date_label
from dashboard.export.documents import Documents, documents_by_id
from dashboard.export.fragments import escape, event_body
from dashboard.export.labels import language, say
from dashboard.model import Document, Event, Place
from dashboard.views.figures import timeline_figure
from dashboard.views.filters import chronological
from dashboard.views.i18n import category_label, t
from dashboard.views.map import map_figure

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem auto; max-width: 70rem;
       padding: 0 1rem; color: #1d232b; line-height: 1.45; }
h1 { margin-bottom: .2rem; }
.summary, .credit, footer { color: #59636e; }
article { border-top: 1px solid #d8dde3; padding: .6rem 0; scroll-margin-top: 1rem; }
article.chosen { background: #fff6d6; }
article h3 { margin: .2rem 0; font-size: 1.05rem; }
.when { font-weight: 600; color: #0072B2; }
.category { font-size: .85rem; color: #59636e; }
blockquote { margin: .4rem 0 .1rem 1rem; padding-left: .8rem; border-left: 3px solid #c7ced6; }
"""

# Runs once the timeline is drawn: a click on an event (its customdata is the event id)
# scrolls the list to that event and marks it.
CLICK_SCRIPT = """
var plot = document.getElementById('{plot_id}');
plot.on('plotly_click', function (data) {
  var id = data.points[0].customdata;
  var item = id && document.getElementById('event-' + id);
  if (!item) { return; }
  document.querySelectorAll('article.chosen').forEach(function (a) { a.classList.remove('chosen'); });
  item.classList.add('chosen');
  item.scrollIntoView({behavior: 'smooth'});
});
"""


def event_item(event: Event, by_id: Mapping[str, Document], lang: str) -> str:
    when = event_date_label(event, lang) or t("story.undated", lang)
    written = f" — {escape(event.date_text)}" if event.date_text else ""
    return (f'<article id="event-{html.escape(event.id)}">'
            f'<h3><span class="when">{escape(when)}</span> · {escape(event.title)}</h3>'
            f'<div class="category">{escape(category_label(event.category, lang))}{written}</div>'
            f"{event_body(event, by_id, lang)}</article>")


def figure_html(figure: go.Figure, *, with_plotlyjs: bool, post_script: str | None = None) -> str:
    return pio.to_html(figure, include_plotlyjs=with_plotlyjs, full_html=False,
                       post_script=post_script, include_mathjax=False,
                       config={"displaylogo": False, "responsive": True})


def events_to_html(events: Sequence[Event], documents: Documents = None, lang: str = "fr",
                   title: str | None = None,
                   places: Mapping[str, Place] | Sequence[Place] | None = None) -> str:
    """A complete HTML page: title, the timeline, a map when ``places`` are given, the events.

    Events are listed in date order, undated ones last. Nothing is loaded from the network.
    """
    lang = language(lang)
    by_id = documents_by_id(documents)
    ordered = chronological(events)
    outlets = {doc_id: doc.outlet or doc_id for doc_id, doc in by_id.items()}
    timeline = timeline_figure(ordered, lanes="category", lang=lang, source_labels=outlets)
    parts = [figure_html(timeline, with_plotlyjs=True, post_script=CLICK_SCRIPT)]
    if places:
        parts.append(figure_html(map_figure(ordered, places, lang=lang), with_plotlyjs=False))
    heading = escape(title or say("title", lang))
    cited = {doc_id for e in events for doc_id in e.doc_ids}
    summary = say("summary", lang, events=len(events), documents=len(cited))
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{heading}</title><style>{STYLE}</style></head><body>",
        f"<h1>{heading}</h1>",
        f'<p class="summary">{escape(summary)}</p>',
        *parts,
        "<section>",
        *(event_item(event, by_id, lang) for event in ordered),
        "</section>",
        f"<footer><p>{escape(say('offline_note', lang))} {escape(say('generated', lang))}</p>"
        "</footer>",
        "</body></html>",
    ])
