"""``summit-tui import`` of saved pages, URLs (a real HTTP server on 127.0.0.1) and folders,
with fields supplied on the command line."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from summit_tui.cli.main import main
from summit_tui.core.files.readout_yaml import load_readout
from summit_tui.core.importer import fetch as fetching
from summit_tui.core.importer import page as pages

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "fixtures" / "pages"
TEXTS = REPO / "tests" / "fixtures" / "import"
GOVUK = "2025-03-03-pm-call-with-prime-minister-ilves-of-estonia.yaml"


class _Site(BaseHTTPRequestHandler):
    """Pages, a redirect, an error, a slow page, a big page and a PDF."""

    seen_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/news/pm-call":
            self._send(200, "text/html; charset=utf-8", (PAGES / "govuk_call.html").read_bytes())
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/news/pm-call")
            self.end_headers()
        elif self.path == "/readout.txt":
            self._send(200, "text/plain; charset=utf-8", (TEXTS / "us_readout.txt").read_bytes())
        elif self.path == "/slow":
            time.sleep(2)  # slower than the command's timeout in the test (0.5 s)
            self._send(200, "text/html", b"<html></html>")
        elif self.path == "/big":
            self._send(200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>")
        elif self.path == "/doc.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4")
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")

    def _send(self, code: int, kind: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet: the tests read what the command says, not the server's log."""


class _Server(ThreadingHTTPServer):
    """Closing waits for the handlers (the slow one too), so none writes into later tests;
    a client that gave up (the timeout test) is expected, not an error."""

    daemon_threads = False
    block_on_close = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet: a closed connection is what the timeout test asks for."""


@pytest.fixture
def site() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_url_import_records_the_address_and_follows_redirects(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["import", f"{site}/moved", "-o", str(tmp_path)]) == 0
    r = load_readout(tmp_path / GOVUK)
    # The page's canonical address is the source, not the redirect that led to it.
    assert r.source.url.startswith("https://www.gov.uk/government/news/pm-call-with")
    assert [p.name for p in r.participants] == ["Keir Starmer", "Kadri Ilves"]
    assert "summit-tui/" in _Site.seen_agents[-1]
    assert f"wrote {tmp_path / GOVUK}" in capsys.readouterr().err


def test_one_failed_url_never_stops_the_others(
    site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setattr(fetching, "TIMEOUT", 0.5)
    monkeypatch.setattr(pages, "MAX_PAGE_BYTES", 100_000)
    status = main(
        [
            "import",
            f"{site}/missing",
            f"{site}/slow",
            f"{site}/big",
            f"{site}/doc.pdf",
            "http://127.0.0.1:9/closed",
            f"{site}/readout.txt",
            "-o",
            str(tmp_path),
        ]
    )
    err = capsys.readouterr().err
    assert status == 1
    assert f"{site}/missing: not imported: the server answered 404" in err
    assert f"{site}/slow: not imported: no answer within 0.5 seconds" in err
    assert f"{site}/big: not imported: the page is" in err and "100,000 bytes" in err
    assert "application/pdf, not a web page; save the PDF's text" in err
    assert "http://127.0.0.1:9/closed: not imported: the server refused" in err
    assert "Traceback" not in err
    # The plain-text page after them was still imported.
    assert (
        tmp_path / "2023-06-04-readout-of-president-bidens-meeting-with-prime-minister-"
        "lee-of-norway.yaml"
    ).exists()


def test_saved_page_text_and_folder_mixed_in_one_command(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mofa.html").write_bytes((PAGES / "mofa_summit.html").read_bytes())
    out = tmp_path / "new" / "readouts"
    assert (
        main(
            [
                "import",
                str(PAGES / "govuk_call.html"),
                str(TEXTS / "uk_call.txt"),
                str(folder),
                "-o",
                str(out),
            ]
        )
        == 0
    )
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2023-11-14-pm-call-with-prime-minister-kowalska-of-poland.yaml",
        "2024-11-15-japan-peru-summit-meeting.yaml",
        GOVUK,
    ]
    err = capsys.readouterr().err
    assert "3 readouts written to" in err and f"summit-tui {out}" in err
    assert "needs review (participants" in err  # the Prime Minister named by office only


def test_date_title_country_and_kind_supply_what_the_text_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    text = tmp_path / "call.txt"
    text.write_text(
        "The Prime Minister spoke to President Anna Zoltan of Hungary this "
        "evening.\n\nThey discussed energy.\n",
        encoding="utf-8",
    )
    assert main(["import", str(text), "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "not written: no date in the text; supply --date YYYY-MM-DD" in err
    assert (
        main(
            [
                "import",
                str(text),
                "-o",
                str(tmp_path),
                "--date",
                "2024-05-06",
                "--title",
                "UK-Hungary call",
                "--country",
                "UK",
                "--country",
                "HU",
                "--kind",
                "Telephone Talk",
            ]
        )
        == 0
    )
    r = load_readout(tmp_path / "2024-05-06-uk-hungary-call.yaml")
    assert (r.title, r.countries, r.kind) == ("UK-Hungary call", ("GB", "HU"), "telephone-talk")
    assert not {m.field for m in r.review} & {"date", "title", "countries", "kind"}


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--date", "23 May 2024", "is not a date written YYYY-MM-DD"),
        ("--country", "Atlantis", "unknown country 'Atlantis'"),
        ("--kind", "bilateral", "is not one of: summit"),
    ],
)
def test_bad_supplied_fields_are_usage_errors(
    option: str, value: str, message: str, capsys: pytest.CaptureFixture
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["import", str(TEXTS / "uk_call.txt"), option, value, "--dry-run"])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_a_written_readout_is_never_replaced_or_left_half_written(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["import", str(PAGES / "govuk_call.html"), "-o", str(tmp_path)]) == 0
    target = tmp_path / GOVUK
    target.write_text("mine", encoding="utf-8")
    assert main(["import", str(PAGES / "govuk_call.html"), "-o", str(tmp_path)]) == 1
    assert target.read_text(encoding="utf-8") == "mine"
    assert "exists; use --force" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == [GOVUK]  # no temp file left behind


def test_check_lists_the_fields_to_review_without_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["import", str(TEXTS / "uk_call.txt"), "-o", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    name = tmp_path / "2023-11-14-pm-call-with-prime-minister-kowalska-of-poland.yaml"
    line = next(
        n
        for n, text in enumerate(name.read_text("utf-8").splitlines(), 1)
        if text.startswith("review:")
    )
    assert f"{name}:{line}: needs review: participants: Rishi Sunak is named by office" in out
    assert out.rstrip().endswith("1 readout, no problems, 1 needs review")
    # Clearing the mark by editing the file clears the line.
    kept = [t for t in name.read_text("utf-8").split("review:")[0].splitlines()]
    name.write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "1 readout, no problems"
