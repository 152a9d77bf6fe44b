"""Fetching a readout's page over HTTP(S): a timeout, a size cap, redirects, plain errors."""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from summit_tui import __version__
from summit_tui.core.importer import page
from summit_tui.core.support.safe_read import ascii_digits

TIMEOUT = 20.0  # seconds for the whole download, and for each wait on the server
MAX_REDIRECTS = 10
USER_AGENT = f"summit-tui/{__version__} (readout importer; fetches one page a user asked for)"
_CHUNK = 64 * 1024
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


class FetchError(Exception):
    """A page that could not be fetched, with the reason in plain words."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: the address it ended at, its bytes and its media type."""

    url: str
    data: bytes
    content_type: str  # "text/html", "text/plain", ...

    @property
    def is_html(self) -> bool:
        """True for HTML and XHTML pages (plain text is imported as it is)."""
        return self.content_type != "text/plain"


def is_url(text: str) -> bool:
    """True for an http:// or https:// address."""
    return text[:8].lower().startswith(("http://", "https://"))


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def,unused-ignore]
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchError(f"the server redirected to {newurl!r}, which is not a web address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    """The page at ``url``; FetchError (never another exception) when it cannot be had.

    ``timeout`` (default ``TIMEOUT``) bounds each wait on the server and the whole download;
    ``max_bytes`` (default ``page.MAX_PAGE_BYTES``) bounds the page's size.
    """
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = page.MAX_PAGE_BYTES if max_bytes is None else max_bytes
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError("not a web address (it must start with http:// or https://)")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
            "Accept-Encoding": "identity",
        },
    )
    opener = urllib.request.build_opener(_Redirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            media = (response.headers.get_content_type() or "").lower()
            if media not in _TEXT_TYPES:
                raise FetchError(
                    f"the address gives {media or 'an unknown type'}, not a web page"
                    + ("; save the PDF's text and import that" if "pdf" in media else "")
                )
            length = response.headers.get("Content-Length")
            if length and ascii_digits(length) and int(length) > max_bytes:
                raise FetchError(
                    f"the page is {int(length):,} bytes; pages over "
                    f"{max_bytes:,} bytes are not fetched"
                )
            data = _read_capped(response, max_bytes, deadline, timeout)
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(_reason(exc.reason)) from None
    except TimeoutError:
        raise FetchError(f"no answer within {timeout:g} seconds") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise FetchError(_reason(exc)) from None
    return Fetched(final, data, media)


def _read_capped(
    response: http.client.HTTPResponse, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"the page did not arrive within {timeout:g} seconds")
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the page is larger than {max_bytes:,} bytes; not fetched")
        chunks.append(chunk)


def _reason(reason: object) -> str:
    """A network failure in plain words."""
    if isinstance(reason, socket.gaierror):
        return "the host name could not be found (no network, or a mistyped address)"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "the server did not answer in time"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({getattr(reason, 'reason', None) or reason})"
    if isinstance(reason, OSError) and reason.strerror:
        return f"the connection failed ({reason.strerror})"
    return f"the connection failed ({reason})"
