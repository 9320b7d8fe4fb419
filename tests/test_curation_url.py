"""Articles fetched from a URL, against a local HTTP server (no Internet needed or used)."""

from __future__ import annotations

import functools
import http.server
import socket
import threading
from datetime import date
from pathlib import Path

import pytest

from dashboard.curation.uploads import Offline, fetch_url

UPLOADS = Path(__file__).parent / "fixtures" / "uploads"


@pytest.fixture
def local_site():
    """http://127.0.0.1:PORT/ serving tests/fixtures/uploads, quietly, for the test's length."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(UPLOADS)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_page_at_a_url_is_fetched_and_read_as_an_article(local_site):
    doc = fetch_url(f"{local_site}/harbour-strike.html", allow_private=True)
    assert doc.error is None and doc.url == f"{local_site}/harbour-strike.html"
    assert doc.published == date(2022, 8, 22) and "Felixstowe" in doc.text
    assert "alert" not in doc.text


def test_a_local_address_is_not_fetched_unless_allowed(local_site):
    with pytest.raises(Offline, match="private address"):
        fetch_url(f"{local_site}/harbour-strike.html")


def test_a_missing_page_says_it_could_not_be_fetched(local_site):
    with pytest.raises(Offline, match="could not be fetched"):
        fetch_url(f"{local_site}/no-such-page.html", allow_private=True)


def test_a_server_that_does_not_answer_says_it_could_not_be_fetched():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(Offline, match="could not be fetched"):
        fetch_url(f"http://127.0.0.1:{port}/article.html", allow_private=True)


def test_a_host_that_cannot_be_found_says_the_machine_looks_offline():
    # .invalid is reserved (RFC 2606): it never resolves, online or not.
    with pytest.raises(Offline, match="looks offline"):
        fetch_url("http://frise-test.invalid/article.html")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/a",
                                 "pas une adresse"])
def test_only_web_addresses_are_fetched(url):
    with pytest.raises(Offline, match="not a web address"):
        fetch_url(url)
