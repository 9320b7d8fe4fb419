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
