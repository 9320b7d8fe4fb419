"""The standalone page's presentation mode: the dashboard's slides, keys and strip, offline.

"Présenter" covers the page with one slide at a time: the strip zoomed on the current event
(the dashboard's own, moved with ``Plotly.relayout``), "3 / 12", the headline, the date as a
reader says it and the source sentence with its date marked. The same keys move through it
(``views.slides.KEY_ACTIONS`` through the shared ``slide_keys.js``), the address follows the
slide (``#slide=<id>``, so a saved link reopens on it), and a live region tells a screen
reader which slide is shown. Document text is escaped; embedded JSON cannot close the script.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence

import plotly.io as pio

from dashboard.export.fragments import credit, escape
from dashboard.model import Document, Event, Source
from dashboard.views.card import marked_excerpt
from dashboard.views.i18n import format_period, plural, t
from dashboard.views.slides import (
    BASE_SCREEN_HEIGHT,
    KEY_ACTIONS,
    MAX_STRIP_SCALE,
    SLIDE_CSS,
    SLIDE_KEYS_JS,
    announcement,
    excerpt_size,
    strip_config,
    strip_figure,
    strip_layout,
)

STYLE = SLIDE_CSS + """
body.presenting { overflow: hidden; }
mark { background: #ffe08a; color: inherit; padding: 0 .1em; border-radius: 2px; }
#frise-present:focus { outline: none; }
#frise-present { position: fixed; inset: 0; z-index: 10; background: #ffffff; overflow: hidden;
                 display: flex; flex-direction: column; gap: .5rem; padding: .8rem 2rem;
                 box-sizing: border-box; }
#frise-present[hidden] { display: none; }
#frise-present .bar { display: flex; gap: .6rem; align-items: center; }
#frise-present .bar .gap { flex: 1; }
#frise-present button, #frise-present-open { font: inherit; font-size: clamp(1rem, 2.3vh, 1.5rem);
  padding: .35rem .9rem; border-radius: .5rem; border: 1px solid #8a94a0; background: #ffffff;
  color: #1d232b; cursor: pointer; }
#frise-present button:disabled { color: #6b747e; cursor: default; }
button:focus-visible, summary:focus-visible, a:focus-visible {
  outline: 3px solid #0b57d0; outline-offset: 2px; }
#frise-present .frise-progress { min-width: 6em; }
#frise-strip { height: 190px; flex: none; }
#frise-present .slide { display: flex; flex-direction: column; gap: .45rem; min-height: 0; }
#frise-present .slide[hidden] { display: none; }
#frise-present details summary { cursor: pointer; color: #33404d;
                                 font-size: clamp(1rem, 2vh, 1.3rem); }
#frise-present .live { position: absolute; width: 1px; height: 1px; overflow: hidden;
                       clip: rect(0 0 0 0); white-space: nowrap; }
"""

SCRIPT = SLIDE_KEYS_JS + """
(function () {
  var data = JSON.parse(document.getElementById('frise-present-data').textContent);
  var box = document.getElementById('frise-present');
  var slides = box.querySelectorAll('.slide');
  var live = box.querySelector('.live');
  var position = box.querySelector('.frise-position');
  var full = box.querySelector('.full');
  var index = 0, drawn = false;
  function show(wanted) {
    index = Math.max(0, Math.min(wanted, slides.length - 1));
    slides.forEach(function (slide, i) { slide.hidden = i !== index; });
    position.textContent = (index + 1) + ' / ' + slides.length;
    box.querySelector('.previous').disabled = index === 0;
    box.querySelector('.next').disabled = index === slides.length - 1;
    live.textContent = data.announce[index];
    history.replaceState(null, '', '#slide=' + data.ids[index]);
    withPlotly(drawStrip);
  }
  // plotly.js is inflated after the page is read (export.html's loader): a slide opened
  // before it is ready draws its strip when it is.
  function withPlotly(draw) {
    if (window.Plotly) { draw(); } else { window.addEventListener('frise-plotly', draw, {once: true}); }
  }
  function drawStrip() {
    if (!drawn) {
      // Drawn on first use: a hidden element has no size for Plotly to fill. A screen
      // taller than 720 pixels draws it larger, as the dashboard does (slides.strip_scale).
      var scale = Math.min(Math.max(innerHeight / data.scale.base, 1), data.scale.max);
      var layout = data.strip.layout;
      layout.height = Math.round(layout.height * scale);
      layout.xaxis.tickfont.size = Math.round(layout.xaxis.tickfont.size * scale);
      document.getElementById('frise-strip').style.height = layout.height + 'px';
      data.layouts.forEach(function (moved) {
        (moved.annotations || []).forEach(function (note) {
          note.font.size = Math.round(note.font.size * scale);
          if (note.ay) { note.ay = Math.round(note.ay * scale); }
        });
      });
      Plotly.newPlot('frise-strip', data.strip.data, layout,
                     Object.assign({responsive: true}, data.config));
      drawn = true;
    }
    Plotly.relayout('frise-strip', data.layouts[index]);
  }
  function open(at) {
    box.hidden = false;
    document.body.classList.add('presenting');
    show(at);
    // The keys go to the slides, not to the button that opened them (Space would press it).
    box.focus();
  }
  function leave() {
    box.hidden = true;
    document.body.classList.remove('presenting');
    history.replaceState(null, '', location.pathname + location.search);
    document.getElementById('frise-present-open').focus();
  }
  var moves = {next: function () { return index + 1; }, previous: function () { return index - 1; },
               first: function () { return 0; }, last: function () { return slides.length - 1; }};
  document.addEventListener('keydown', function (event) {
    if (box.hidden) { return; }
    var action = slideAction(event, data.keys);
    // Escape in full screen is the browser's: it leaves full screen, not the presentation.
    if (!action || (action === 'leave' && document.fullscreenElement)) { return; }
    event.preventDefault();
    if (action === 'leave') { leave(); } else { show(moves[action]()); }
  });
  box.querySelector('.previous').onclick = function () { show(index - 1); };
  box.querySelector('.next').onclick = function () { show(index + 1); };
  box.querySelector('.leave').onclick = leave;
  document.getElementById('frise-present-open').onclick = function () { open(0); };
  function fullLabel() { full.textContent = document.fullscreenElement ? data.labels.exit : data.labels.full; }
  full.onclick = function () {
    if (document.fullscreenElement) { document.exitFullscreen(); }
    else { document.documentElement.requestFullscreen().catch(function () {}); }
  };
  document.addEventListener('fullscreenchange', fullLabel);
  fullLabel();
  var linked = /^#slide=(.+)$/.exec(location.hash);
  if (linked && data.ids.indexOf(decodeURIComponent(linked[1])) >= 0) {
    open(data.ids.indexOf(decodeURIComponent(linked[1])));
  }
})();
"""


def _json(value: object) -> str:
    # Inside <script>, "</script>" in a title would end the script: no "<" is left as is.
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def _source(source: Source, by_id: Mapping[str, Document], lang: str, size: str) -> str:
    return (f'<div class="frise-slide-excerpt {size}"><p class="frise-excerpt">'
            f"{marked_excerpt(source)}</p></div>"
            f'<p class="frise-slide-meta">{credit(source.doc_id, by_id.get(source.doc_id), lang)}'
            "</p>")


def slide_html(event: Event, by_id: Mapping[str, Document], lang: str) -> str:
    """One slide: headline, date, the first source (folded when long), the others folded."""
    when = format_period(event.date, event.date_end, event.precision, lang)
    parts = [f'<h2 class="frise-slide-title">{escape(event.title)}</h2>',
             f'<p class="frise-slide-date">{escape(when or t("story.undated", lang))}</p>']
    first, *others = event.sources or (None,)
    if first is not None:
        size = excerpt_size(first.excerpt)
        parts.append(_source(first, by_id, lang, size))
        if size == "folded":
            parts.append(f"<details><summary>{escape(t('present.read_all', lang))}</summary>"
                         f'<p class="frise-excerpt">{escape(first.excerpt)}</p></details>')
    if others:
        heading = t("present.more_sources", lang,
                    excerpts=plural(len(others), "excerpt", lang))
        parts.append(f"<details><summary>{escape(heading)}</summary>"
                     + "".join(_source(s, by_id, lang, "medium") for s in others)
                     + "</details>")
    return f'<section class="slide" id="slide-{html.escape(event.id)}" hidden>{"".join(parts)}</section>'


def _layout(events: Sequence[Event], index: int, lang: str) -> dict:
    moved = strip_layout(events, index, lang)
    if moved["xaxis.range"] is None:
        return {"xaxis.autorange": True, "annotations": [], "shapes": []}
    return moved


# Each slide adds about 3 KB (its text, its strip's labels and range); past this many the
# slides would outweigh the plotly.js the file carries, and no class sits through them all.
MAX_SLIDES = 1000


def presentation_html(ordered: Sequence[Event], by_id: Mapping[str, Document], lang: str) -> str:
    """The "Présenter" button, the slides over the page, their data and script ("" if no
    event; a note to filter first past ``MAX_SLIDES``). The page must load plotly.js and send
    a "frise-plotly" event when it is ready (``export.html``'s loader)."""
    if not ordered:
        return ""
    if len(ordered) > MAX_SLIDES:
        return (f'<p class="summary">'
                f'{escape(t("present.too_many", lang, events=len(ordered), most=MAX_SLIDES))}'
                "</p>")
    total = len(ordered)
    data = {
        "keys": KEY_ACTIONS,
        "ids": [e.id for e in ordered],
        "announce": [announcement(e, i + 1, total, lang) for i, e in enumerate(ordered)],
        "layouts": [_layout(ordered, i, lang) for i in range(total)],
        "strip": json.loads(pio.to_json(strip_figure(ordered, 0, lang, every_event=True))),
        "scale": {"base": BASE_SCREEN_HEIGHT, "max": MAX_STRIP_SCALE},
        "config": strip_config(lang),
        "labels": {"full": t("present.fullscreen", lang),
                   "exit": t("present.fullscreen_exit", lang)},
    }
    say = {key: escape(t(f"present.{key}", lang)) for key in ("previous", "next", "leave")}
    return "\n".join([
        f'<p><button type="button" id="frise-present-open">{escape(t("mode.present", lang))}'
        f'</button> <span class="summary">{escape(t("present.keys", lang))}</span></p>',
        f'<div id="frise-present" role="region" tabindex="-1" '
        f'aria-label="{html.escape(t("mode.present", lang))}" hidden>',
        '<div class="bar">'
        f'<button type="button" class="previous">{say["previous"]}</button>'
        f'<div class="frise-progress"><span class="frise-position">1 / {total}</span></div>'
        f'<button type="button" class="next">{say["next"]}</button><span class="gap"></span>'
        '<button type="button" class="full"></button>'
        f'<button type="button" class="leave">{say["leave"]}</button></div>',
        f'<div id="frise-strip" role="img" aria-label="{html.escape(t("present.strip", lang))}">'
        "</div>",
        *(slide_html(event, by_id, lang) for event in ordered),
        '<div class="live" role="status" aria-live="polite" aria-atomic="true"></div>',
        "</div>",
        f'<script type="application/json" id="frise-present-data">{_json(data)}</script>',
        f"<script>{SCRIPT}</script>",
    ])
