"""Fetching a page whose server sends a Content-Length that is not ASCII digits."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from summit_tui.core.importer.fetch import fetch

BODY = b"<html><body><p>The ministers met.</p></body></html>"


class _OddLength(BaseHTTPRequestHandler):
    """Sends a superscript two (latin-1 0xB2) as the length: "²".isdigit() is True."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "²")
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OddLength)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_a_length_that_is_not_ascii_digits_is_ignored(site: str) -> None:
    fetched = fetch(site, timeout=5)
    assert b"The ministers met." in fetched.data
