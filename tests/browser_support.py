"""Running the Streamlit page as a real server and looking at it through headless chromium.

Kept apart from the tests so that each test reads as what a person does and sees.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# Debian's chromium: Playwright must never download a browser (no internet in CI).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
HEALTH_TIMEOUT = 90.0


def free_port() -> int:
    """A port nobody listens on right now (the OS picks it for a socket bound to port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _tail(log: Path, lines: int = 30) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return "\n".join(text.splitlines()[-lines:]) or "(the server wrote nothing)"


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as answer:
            return answer.read().decode().strip() == "ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _stop(process: subprocess.Popen) -> None:
    # The server may have started extraction workers: end the whole process group.
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def streamlit_server(env: Mapping[str, str], log: Path) -> Iterator[str]:
    """``streamlit run dashboard/app.py`` on a free localhost port; yields its base URL.

    Fails with the tail of the server's output if /_stcore/health does not answer "ok" in time.
    """
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", "dashboard/app.py",
               "--server.headless", "true", "--server.port", str(port),
               # Usage statistics and the toolbar come from the project's .streamlit/config.toml,
               # which the server reads from its working directory, as a reader's server does.
               "--server.address", "127.0.0.1"]
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(command, cwd=REPO, env={**os.environ, **env},
                                   stdout=output, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + HEALTH_TIMEOUT
        while not _healthy(f"{base}/_stcore/health"):
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited with code {process.returncode} before "
                                   f"answering on {base}:\n{_tail(log)}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not answer 'ok' on {base}/_stcore/health "
                                   f"within {HEALTH_TIMEOUT:.0f} s:\n{_tail(log)}")
            time.sleep(0.25)
        yield base
    finally:
        _stop(process)


def seed_env(outputs: Path) -> dict[str, str]:
    """The page's environment for serving the seed articles, extracted into ``outputs``."""
    return {"FRISE_ARTICLES": str(REPO / "data" / "articles"),
            "FRISE_EVENTS": str(outputs / "events.json"),
            "FRISE_DB": str(outputs / "frise.sqlite"), "FRISE_CORPUS": ""}


def snapshot(page, name: str) -> Path:
    """A screenshot of the whole page as a test artefact: tests/artifacts/<name>.png.

    Streamlit scrolls inside its own panes, so the window is first made as tall as their
    content; a plain full-page screenshot would stop at the first screen.
    """
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    height = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll("
        "'[data-testid=stMain], [data-testid=stSidebarContent]')].map(e => e.scrollHeight), 0)")
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], height)})
    path = ARTIFACTS / f"{name}.png"
    try:
        page.screenshot(path=path, full_page=True)
    finally:
        page.set_viewport_size(size)
    return path


# Every visible piece of text on the page whose contrast with what is under it falls short of
# WCAG 2.1 (4.5:1, or 3:1 for large type: 24 px, or 18.66 px bold), as lines naming the text,
# its colour and its background. SVG text (Plotly's labels) counts its fill and opacity;
# disabled controls are left out, as WCAG leaves them out.
CONTRAST_AUDIT = r"""() => {
  const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const lin = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const lum = (c) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  const over = (top, under) => [0,1,2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
  const background = (el) => { const layers = []; for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor); if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
    return layers.reverse().reduce((acc, c) => over(c, acc), [255,255,255,1]); };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
    if (!text) continue;
    const r = el.getBoundingClientRect(); if (r.width === 0 || r.height === 0) continue;
    const s = getComputedStyle(el); if (s.visibility === 'hidden' || s.display === 'none') continue;
    if (el.closest('[disabled], [aria-disabled=true]')) continue;
    const svg = el instanceof SVGElement; const bg = svg ? background(el.closest('svg').parentElement) : background(el); const paint = parse(svg ? s.fill : s.color) || [0,0,0,1]; if (svg) paint[3] *= parseFloat(s.fillOpacity || '1') * parseFloat(s.opacity || '1'); const fg = over(paint, bg);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x); const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
    const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < need) out.push(`${ratio.toFixed(2)} < ${need}: ${el.tagName}.${el.className} "${text.slice(0, 40)}" ${s.color} on ${bg}`);
  }
  return out;
}"""
