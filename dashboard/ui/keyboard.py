"""The presentation's keyboard, full-screen and filters controls: one small Streamlit component.

Streamlit's own ``st.button(shortcut=...)`` binds one key to one button, and a slide needs
three keys for "next" (→, Page Down from a clicker, Space) and two for "previous"; it also
has no way to call the browser's Fullscreen API, which only a click in the page may do. This
component listens to the page's keys (``views.slides.KEY_ACTIONS``, filtered by the shared
``slide_keys.js``) and sends the action to Python; its buttons go full screen and open or
close the filters sidebar in the browser. Its live region tells a screen reader which slide
is shown, and it tells Python the window's height, for the strip's size.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from dashboard.views.i18n import t
from dashboard.views.slides import KEY_ACTIONS, SLIDE_KEYS_JS

HTML = """<div class="tools">
  <button type="button" class="fullscreen"></button>
  <button type="button" class="filters" aria-controls="stSidebar"></button>
  <div class="live" role="status" aria-live="polite" aria-atomic="true"></div>
</div>"""

CSS = """
.tools { display: flex; gap: .5rem; align-items: center; justify-content: flex-end; }
button { font: inherit; font-size: clamp(1rem, 2.3vh, 1.5rem); padding: .35rem .8rem; min-height: 2.5rem;
         border-radius: .5rem; border: 1px solid #8a94a0; background: #ffffff;
         color: #1d232b; cursor: pointer; }
button:hover { border-color: #0072B2; color: #0072B2; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden;
        clip: rect(0 0 0 0); white-space: nowrap; }
"""

# The component function runs again whenever its data changes, without its cleanup being
# called first: the key listener is kept on ``window`` so there is only ever one.
JS = SLIDE_KEYS_JS + """
export default function (component) {
  const { data, setTriggerValue, setStateValue, parentElement } = component;
  const full = parentElement.querySelector('.fullscreen');
  const filters = parentElement.querySelector('.filters');
  const live = parentElement.querySelector('.live');
  const label = () => {
    full.textContent = document.fullscreenElement ? data.labels.exit : data.labels.fullscreen;
  };
  label();
  filters.textContent = data.labels.filters;
  if (live.textContent !== data.announce) { live.textContent = data.announce; }
  full.onclick = () => {
    if (document.fullscreenElement) { document.exitFullscreen(); }
    else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(() => {});
    }
  };
  const button = (id) => {
    const found = document.querySelector(`[data-testid=${id}]`);
    return found && (found.tagName === 'BUTTON' ? found : found.querySelector('button'));
  };
  filters.onclick = () => {
    const sidebar = document.querySelector('[data-testid=stSidebar]');
    const open = sidebar && sidebar.getAttribute('data-collapsed') === 'false';
    const toggle = button(open ? 'stSidebarCollapseButton' : 'stExpandSidebarButton');
    if (toggle) { toggle.click(); }
  };
  if (window.friseSlideKeys) {
    document.removeEventListener('keydown', window.friseSlideKeys);
    document.removeEventListener('fullscreenchange', window.friseFullscreenLabel);
    window.removeEventListener('resize', window.friseScreenHeight);
  }
  // The strip is drawn for the screen's height; only a real change is sent back, or every
  // rerun would ask for another.
  window.friseScreenHeight = () => {
    if (Math.abs(window.innerHeight - (data.height || 0)) > 8) {
      setStateValue('height', window.innerHeight);
    }
  };
  window.friseScreenHeight();
  window.addEventListener('resize', window.friseScreenHeight);
  window.friseSlideKeys = (event) => {
    const action = slideAction(event, data.keys);
    if (!action) { return; }
    // Escape in full screen is the browser's: it leaves full screen, not the presentation.
    if (action === 'leave' && document.fullscreenElement) { return; }
    event.preventDefault();
    setTriggerValue('action', action);
  };
  window.friseFullscreenLabel = label;
  document.addEventListener('keydown', window.friseSlideKeys);
  document.addEventListener('fullscreenchange', label);
  return () => {
    document.removeEventListener('keydown', window.friseSlideKeys);
    document.removeEventListener('fullscreenchange', label);
    window.removeEventListener('resize', window.friseScreenHeight);
    window.friseSlideKeys = null;
  };
}
"""

_component = st.components.v2.component("frise_slide_tools", html=HTML, css=CSS, js=JS)


def slide_tools(key: str, announce: str, lang: str, on_action: Callable[[], None]) -> int | None:
    """Mount the controls; ``on_action`` runs when a key asks for a slide action, which it
    reads as ``st.session_state[key]["action"]``. Returns the window's height in pixels once
    the browser has said it (None on the very first run)."""
    known = (st.session_state.get(key) or {}).get("height")
    result = _component(key=key, data={
        "keys": KEY_ACTIONS, "announce": announce, "height": known,
        "labels": {"fullscreen": t("present.fullscreen", lang),
                   "exit": t("present.fullscreen_exit", lang),
                   "filters": t("present.filters", lang)},
    }, default={"height": None}, on_action_change=on_action, on_height_change=_redraw,
        height="content")
    return result.get("height") if result else None


def _redraw() -> None:
    """A new window height reruns the page, which draws the strip for it."""
