"""No control sequence from the data reaches the terminal: every command and every screen,
run on a pseudo-terminal over hostile readouts, saved searches, notes and file names.

The checks read the raw bytes the process writes. Textual and Rich write CSI sequences of
their own, so the checks look for what only the data holds: each payload below ends in a
unique marker, and the bytes must never hold a payload's control prefix followed by its
marker. They must also hold no OSC sequence but Textual's own (the mouse pointer's shape,
OSC 22; and OSC 52 when the user copies a citation, decoded and checked for clean text), no
C1 control, no bidi override, no link and no traceback, and the markers must be on screen
as text.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import select
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_fs import damage_record_in_place

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

ESC, BEL = "\x1b", "\x07"
#: Name -> a hostile string; each ends in (or holds) a marker no software writes by itself.
PAYLOADS = {
    "osc52": f"{ESC}]52;c;SE9TVElMRTUy{BEL}HOSTILE52",
    "osc0": f"{ESC}]0;HOSTILEOSC0{BEL}",
    "osc8": f"{ESC}]8;;file:///etc/passwd{ESC}\\HOSTILEOSC8{ESC}]8;;{ESC}\\",
    "csi": f"{ESC}[6nHOSTILECSI{ESC}[2J",
    "c1": "\x9b6nHOSTILEC1\x9d0;HOSTILEC1OSC\x9c",
    "bidi": "\u202eHOSTILEBIDI\u2066",
    "link": "[link=file:///etc/passwd]HOSTILELINK[/link]",
    "close": "HOSTILECLOSE [/] [bold]",
}
ALL = " ".join(PAYLOADS.values())
#: Raw byte strings that must never reach the terminal (the control, then the data).
FORBIDDEN = [
    f"{ESC}]52;c;SE9TVElMRTUy",
    f"{ESC}]0;HOSTILEOSC0",
    f"{ESC}]8;;file:",
    f"{ESC}[6nHOSTILE",
    "\x9b6nHOSTILE",
    "\x9d0;HOSTILE",
    "\u202eHOSTILE",
]
_C1 = re.compile("[\x80-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_OSC52 = re.compile(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)")
#: Textual's own OSC sequence: the mouse pointer's shape, by name.
_POINTER = re.compile(rb"\x1b\]22;[a-z-]+(?:\x07|\x1b\\)")


def q(text: str) -> str:
    """A YAML double-quoted string (JSON's escapes are YAML's): no raw control in the file."""
    return json.dumps(text)


def readout_yaml(rid: str, title: str) -> str:
    return f"""\
id: {rid}
title: {q(title)}
kind: summit
date: 2024-01-02
location: {q(ALL)}
countries: [JP, MY]
participants:
  - name: {q("Taro " + PAYLOADS["osc52"] + PAYLOADS["osc0"] + PAYLOADS["link"] + " Yamada")}
    honorific: {q(PAYLOADS["bidi"])}
    role: {q(ALL)}
    country: JP
topics: [{q("energy " + PAYLOADS["osc0"])}, {q(PAYLOADS["close"])}]
source:
  publisher: {q(ALL)}
  url: {q("https://example.org/" + PAYLOADS["osc52"])}
summary: {q(ALL)}
sections:
  - number: {q("1" + PAYLOADS["bidi"])}
    heading: {q("Energy " + ALL)}
    paragraphs:
      - {q("Energy cooperation " + ALL)}
      - {q(PAYLOADS["csi"] + " " + PAYLOADS["c1"])}
notes: {q(ALL)}
"""


def hostile_folder(root: Path) -> Path:
    """Readouts, file names and saved searches holding every payload."""
    folder = root / "readouts"
    folder.mkdir(parents=True)
    (folder / "hostile.yaml").write_text(readout_yaml("hostile-1", "Talks " + ALL), "utf-8")
    # File names: ESC, OSC 0, CSI, C1, a newline, U+202E and markup.
    (folder / f"name {PAYLOADS['csi']} [link=https:evil]FILELINK[red].yaml").write_text(
        readout_yaml("hostile-2", "Second talks " + ALL), "utf-8"
    )
    (folder / f"bad {PAYLOADS['osc0']} {PAYLOADS['bidi']}\n{PAYLOADS['c1']}.yaml").write_text(
        "title: [/\ndate: x\n", "utf-8"
    )
    (folder / ".saved-searches.yaml").write_text(
        f"- name: {q('Saved ' + ALL)}\n  query: {q('energy ' + PAYLOADS['osc52'])}\n"
        f"- name: {q(PAYLOADS['osc0'] + 'second')}\n  query: {q('talks')}\n",
        "utf-8",
    )
    return folder


def hostile_text_file(root: Path, name: str = "") -> Path:
    """A plain-text readout to import, hostile in its text and (by default) its name."""
    path = root / (name or f"import {PAYLOADS['osc0']}{PAYLOADS['bidi']}.txt")
    path.write_text(
        f"Japan-Malaysia Summit Meeting {PAYLOADS['osc52']}\n\nOn 2 January 2024, Prime "
        f"Minister Kishida {PAYLOADS['osc0']} Fumio of Japan held a summit meeting with Prime "
        f"Minister Anwar Ibrahim of Malaysia. {ALL}\n\n1. Energy {ALL}\nThe two leaders "
        f"discussed energy {PAYLOADS['csi']} {PAYLOADS['c1']}.\n",
        "utf-8",
    )
    return path


def environment(root: Path) -> dict[str, str]:
    """A clean environment whose user folders are under root."""
    home = root / "home"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    for name in ("SYSTEMROOT", "TMPDIR", "PYTHONPATH"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def hostile_user_state(env: dict[str, str], folder: Path) -> None:
    """Notes holding every payload, and a session whose query holds some."""
    from summit_tui.core.userstate.notes import UserData
    from summit_tui.core.userstate.session import Session, save_session, session_path

    data = UserData(path=Path(env["XDG_DATA_HOME"]) / "summit-tui" / "userdata.json")
    try:
        for rid in ("hostile-1", "hostile-2"):  # whichever is selected when "e" is pressed
            data.set_note(rid, "My note " + ALL)
    finally:
        data.close()
    old = os.environ.get("XDG_STATE_HOME")
    os.environ["XDG_STATE_HOME"] = env["XDG_STATE_HOME"]
    try:
        path = session_path(folder)
    finally:
        if old is None:
            del os.environ["XDG_STATE_HOME"]
        else:
            os.environ["XDG_STATE_HOME"] = old
    save_session(path, Session(query="Talks " + PAYLOADS["osc52"], selected_id="hostile-1"))


class Terminal:
    """A process on a pseudo-terminal: keys in, every byte it writes kept."""

    def __init__(
        self, argv: list[str], env: dict[str, str], cwd: Path, size: tuple[int, int] = (45, 150)
    ) -> None:
        import fcntl
        import termios

        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[0], size[1], 0, 0))
        self.proc = subprocess.Popen(
            argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=cwd,
            close_fds=True,
            start_new_session=True,
        )
        os.close(slave)
        self.out = bytearray()
        self.closed = False

    def read(self, *, until: bytes | None = None, quiet: float = 0.3, limit: float = 10.0) -> bool:
        """Read until ``until`` appears in the new bytes, or the output goes quiet, or EOF.

        False when the limit passed first (the caller decides whether that fails).
        """
        start, end = len(self.out), time.monotonic() + limit
        last = time.monotonic()
        while not self.closed and time.monotonic() < end:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # EIO: the process closed the terminal
                    chunk = b""
                if not chunk:
                    self.closed = True
                    return True
                self.out += chunk
                last = time.monotonic()
                if until is not None and until in self.out[start:]:
                    return True
            elif until is None and time.monotonic() - last > quiet:
                return True
        return self.closed

    def send(self, keys: str, until: bytes | None = None) -> bool:
        """Type keys, then read what they caused (until some bytes show, then a pause)."""
        os.write(self.master, keys.encode("utf-8"))
        found = until is None or self.read(until=until, limit=10)
        self.read(quiet=0.2 if until else 0.25)
        return found

    def finish(self, timeout: float = 20.0) -> int:
        """Read to the end and return the exit code (the process is killed past the timeout)."""
        self.read(limit=timeout, quiet=timeout)
        try:
            return self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
            raise
        finally:
            os.close(self.master)

    def kill(self) -> None:
        """Stop the process if it is still running (a failed test)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=5)
        if not self.closed:
            self.closed = True
            with contextlib.suppress(OSError):  # already closed by finish()
                os.close(self.master)


def summit(*args: str) -> list[str]:
    return [sys.executable, "-m", "summit_tui", *args]


def copied_texts(out: bytes) -> list[str]:
    """What the app put on the clipboard (Textual's OSC 52), decoded."""
    return [base64.b64decode(m.group(1)).decode("utf-8") for m in _OSC52.finditer(out)]


def assert_terminal_safe(out: bytes, where: str) -> None:
    """No data-borne control sequence, link, C1, bidi control or traceback in the bytes."""
    for text in copied_texts(out):
        assert not _C1.search(text) and ESC not in text and not _BIDI.search(text), (
            f"{where}: the clipboard got control characters: {text!r}"
        )
    rest = _POINTER.sub(b"", _OSC52.sub(b"", out))
    decoded = rest.decode("utf-8", "replace")
    for raw in FORBIDDEN:
        assert raw.encode("utf-8") not in rest, f"{where}: {raw!r} reached the terminal"
    assert b"\x1b]" not in rest, f"{where}: an OSC sequence reached the terminal"
    assert not _C1.search(decoded), f"{where}: a C1 control reached the terminal"
    assert not _BIDI.search(decoded), f"{where}: a bidi control reached the terminal"
    assert "Traceback" not in decoded, f"{where}: a traceback\n{decoded[-3000:]}"


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    folder = hostile_folder(tmp_path)
    env = environment(tmp_path)
    yield folder, env


def cli_cases(folder: Path, root: Path) -> list[tuple[list[str], set[int]]]:
    """Every command, with the exit codes it may end with on this folder."""
    data = ["--data", str(folder), "--db", str(root / "db.json")]
    text_file = str(hostile_text_file(root))
    return [
        (["index", str(folder), "--db", str(root / "db.json")], {1}),
        (["search", "talks", *data], {0}),
        (["search", "energy", "--json", *data], {0}),
        (["search", "hostile52", *data], {0}),
        (["show", "hostile-1", *data], {0}),
        (["show", "hostile-2", "--json", *data], {0}),
        (["show", "hostile\x1b]0;x\x07", *data], {1}),
        (["export", "", "-f", "csv", *data], {0}),
        (["export", "", "-f", "csv", "--sections", *data], {0}),
        (["export", "", "-f", "json", *data], {0}),
        (["export", "", "-f", "md", *data], {0}),
        (["export", "", "-f", "yaml", *data], {0}),
        (["check", str(folder)], {1}),
        (["import", text_file, "--dry-run"], {0, 1}),
        (["import", text_file, "-o", str(root / "imported")], {0, 1}),
    ]


def test_every_command_keeps_data_off_the_terminal(
    hostile: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, env = hostile
    shown = bytearray()
    for args, codes in cli_cases(folder, tmp_path):
        where = "summit-tui " + " ".join(args[:2])
        term = Terminal(summit(*args), env, tmp_path)
        try:
            code = term.finish(timeout=60)
        finally:
            term.kill()
        out = bytes(term.out)
        assert_terminal_safe(out, where)
        assert code in codes, f"{where}: exit code {code}\n{out.decode('utf-8', 'replace')}"
        shown += out
    # The data did reach the terminal, as text.
    for marker in (
        b"HOSTILE52",
        b"HOSTILEOSC0",
        b"HOSTILECSI",
        b"HOSTILEBIDI",
        b"HOSTILELINK",
        b"HOSTILECLOSE [/] [bold]",
        b"[link=file:///etc/passwd]",
    ):
        assert marker in shown, marker


def one_readout(root: Path, title: str, file_name: str = "r.yaml") -> Path:
    """A folder of one readout with this title."""
    folder = root / "one"
    folder.mkdir()
    (folder / file_name).write_text(readout_yaml("r-1", title), "utf-8")
    return folder


def run_on_terminal(args: list[str], root: Path) -> tuple[int, bytes]:
    term = Terminal(summit(*args), environment(root), root)
    try:
        return term.finish(timeout=60), bytes(term.out)
    finally:
        term.kill()


@pytest.mark.parametrize("title", ["Talks [/] ended", "Talks [/bold] [link] [/link"])
def test_search_table_survives_closing_tags(tmp_path: Path, title: str) -> None:
    """A title with a closing tag used to crash the table (it was parsed as markup)."""
    folder = one_readout(tmp_path, title)
    code, out = run_on_terminal(
        ["search", "talks", "--data", str(folder), "--db", str(tmp_path / "db.json")], tmp_path
    )
    assert code == 0 and b"Traceback" not in out, out.decode("utf-8", "replace")
    assert title.split()[1].encode() in out


def test_search_table_shows_a_link_as_text(tmp_path: Path) -> None:
    """[link=...] in a title is shown literally, never turned into a live hyperlink."""
    folder = one_readout(tmp_path, "Talks [link=file:///etc/passwd]HOSTILELINK[/link]")
    code, out = run_on_terminal(
        ["search", "talks", "--data", str(folder), "--db", str(tmp_path / "db.json")], tmp_path
    )
    assert code == 0
    assert b"\x1b]8;" not in out, "a hyperlink reached the terminal"
    assert b"[link=file:///etc/passwd]" in out.replace(b"\r\n", b"")  # the table may wrap


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_to_a_terminal_is_clean(tmp_path: Path, fmt: str) -> None:
    """Export's data on a terminal is cleaned (to a file or a pipe it stays as it is)."""
    folder = one_readout(tmp_path, "Talks " + ALL)
    args = ["export", "", "-f", fmt, "--data", str(folder), "--db", str(tmp_path / "db.json")]
    code, out = run_on_terminal(args, tmp_path)
    assert code == 0
    assert_terminal_safe(out, f"export -f {fmt}")
    piped = subprocess.run(
        summit(*args),
        capture_output=True,
        env=environment(tmp_path),
        cwd=tmp_path,
        timeout=60,
        check=True,
    ).stdout
    assert "\u202e".encode() in piped  # the data itself is unchanged


def test_check_prints_file_names_clean_on_one_line(tmp_path: Path) -> None:
    name = f"bad {PAYLOADS['osc0']}{PAYLOADS['bidi']}\nnext {PAYLOADS['c1']}.yaml"
    folder = one_readout(tmp_path, "Talks")
    (folder / name).write_text("title: [/\n", "utf-8")
    code, out = run_on_terminal(["check", str(folder)], tmp_path)
    assert code == 1
    assert_terminal_safe(out, "check")
    lines = out.decode("utf-8").splitlines()
    assert any("bad \ufffd]0;HOSTILEOSC0" in line and "next" in line for line in lines), lines


def test_notices_name_files_clean_on_one_line(tmp_path: Path) -> None:
    """A notice of the cache names a readout's file: cleaned like every other file name."""
    name = f"odd {PAYLOADS['osc0']}{PAYLOADS['bidi']}\nnext {PAYLOADS['c1']}.yaml"
    folder = one_readout(tmp_path, "Talks", file_name=name)
    db = tmp_path / "db.json"
    args = ["--data", str(folder), "--db", str(db)]
    run_on_terminal(["show", "r-1", *args], tmp_path)  # the cache
    damage_record_in_place(db, name)
    code, out = run_on_terminal(["show", "r-1", *args], tmp_path)
    assert code == 0
    assert_terminal_safe(out, "show")
    lines = out.decode("utf-8").splitlines()
    assert any("damaged (odd \ufffd]0;HOSTILEOSC0" in line and "next" in line for line in lines), (
        lines
    )


Step = tuple[str, str, bytes | None]
#: Groups of (what the step shows, keys, bytes to wait for), each run in a fresh app.
#: The session restores a hostile query into the search bar; focus starts on the list.
BROWSING: list[Step] = [
    ("main list and detail", "jk", None),
    ("detail scrolled", "\r]]G", None),
    ("back to the list", "\x1b[Z", None),
    ("search box", "/", None),
    ("search box cleared", "\x1b", None),
    ("a topic suggested", 'topic:"en', None),
    ("search box cleared again", "\x1b", None),
    ("back to the list again", "\x1b", None),
    ("people screen", "p", b"People"),
    ("a person chosen: search bar and list", "\x1b[B\r", b"person:"),
    ("citation copied", "y", b"Copied"),
    ("saved search chosen: notification and search bar", "f\r", b"Saved search"),
    ("second saved search", "\x1b[B\r", b"Saved search"),
    ("command palette", "\x10Talks", None),
    ("command palette closed", "\x1b", None),
]
DIALOGS: list[Step] = [
    ("statistics", "s", b"Statistics"),
    ("statistics split", "ctay", None),
    ("statistics closed", "\x1b", None),
    ("thread", "t", None),
    ("thread closed", "\x1b", None),
    ("problems", "!", b"Problems"),
    ("problems closed", "\x1b", None),
    ("help", "?", b"Keys"),
    ("help closed", "\x1b", None),
    ("note editor", "e", b"Note on"),
    ("note editor closed", "\x1b", None),
    ("export dialog", "\x05", b"Export"),
    ("export dialog closed", "\x1b", None),
    ("save-search prompt", "S", b"Save this search"),
    ("save-search prompt closed", "\x1b", None),
]
IMPORTING: list[Step] = [
    ("import dialog", "i", b"Import a readout"),
    ("import dialog read a file", "{text_file}\r", b"HOSTILE52"),
    ("import dialog closed", "\x1b", None),
]
#: Group -> its steps and what must be on screen (as text) by the end.
APP_RUNS = {
    "browsing": (
        BROWSING,
        (
            b"HOSTILE52",
            b"HOSTILEOSC0",
            b"HOSTILECSI",
            b"HOSTILEBIDI",
            b"HOSTILELINK",
            b"Saved search",
        ),
    ),
    "dialogs": (DIALOGS, (b"HOSTILE52", b"My note", b"Statistics")),
    "importing": (IMPORTING, (b"HOSTILE52", b"Kishida")),
}


@pytest.mark.parametrize("run", list(APP_RUNS))
def test_every_screen_keeps_data_off_the_terminal(
    hostile: tuple[Path, dict[str, str]], tmp_path: Path, run: str
) -> None:
    folder, env = hostile
    hostile_user_state(env, folder)
    text_file = hostile_text_file(tmp_path, "to-import.txt")  # typed: no ESC in its name
    steps, markers = APP_RUNS[run]
    term = Terminal(
        summit(str(folder), "--db", str(tmp_path / "db.json"), "--no-watch"), env, tmp_path
    )
    try:
        assert term.read(until=b"HOSTILE52", limit=60), "the app did not show the readouts"
        term.read()
        assert_terminal_safe(bytes(term.out), "start")
        for where, keys, until in steps:
            start = len(term.out)
            typed = keys.replace("{text_file}", str(text_file))
            assert term.send(typed, until), f"{where}: {until!r} did not appear"
            assert term.proc.poll() is None, f"{where}: the app ended"
            assert_terminal_safe(bytes(term.out[start:]), where)
        os.write(term.master, b"\x11")  # ctrl+q
        code = term.finish(timeout=20)
    finally:
        term.kill()
    out = bytes(term.out)
    assert_terminal_safe(out, "the whole run")
    assert code == 0, out.decode("utf-8", "replace")[-2000:]
    for marker in markers:
        assert marker in out, marker
    if run == "browsing":
        copied = copied_texts(out)
        assert copied and "HOSTILE52" in copied[0], "the citation was not copied"
