"""Keystroke to changed screen in the real app, in a real terminal (a pty read by pyte).

The installed ``summit-tui`` runs in a pseudo-terminal over a synced database of N generated
readouts. A thread reads what the app writes, with the time of each read; pyte, a terminal
emulator, turns it into the screen the user would see. The query is typed one key at a time,
and each key is timed from its write until:

- ``answered``: the first screen on which the search box, its status line, the filters and
  the meeting list (its title, "Meetings 1,234/10,000", and its rows) show what they settle
  on: the key's results. The detail pane is left out: it waits for a pause in typing;
- ``settled``: the last change of the screen before it goes quiet for ``QUIET_S`` (the detail
  pane's highlights included).

    python benchmarks/terminal_keystroke.py [--sizes 10000] [--reps 2] [--db DB]

Prints ``terminal_keystroke n=N median_ms=X baseline_ms=Y speedup=Z`` (answered) and
``terminal_settled ...``, with p90 and max in notes. Every figure is net of the harness: the
median time for a raw-mode echo program in the same pty to echo a key (measured in the same
run) is taken off each key. The baseline is the smallest Textual app with a text box, timed
the same way: what any Textual app needs to show a typed key.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyte

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SEED = 20240523

QUERIES = ("maritime malaysia", "energy transition", "country:PL minerals")
COLUMNS, LINES = 160, 48
#: A screen unchanged this long after a key is settled: longer than the detail pane's wait
#: for a pause in typing (DETAIL_DELAY, 0.12 s) and its repaint.
QUIET_S = 0.5
#: The longest wait for one key's screen; past it the key is reported as a failure.
KEY_TIMEOUT_S = 20.0
CLEAR = b"\x15"  # ctrl+u: the box deletes everything left of the cursor

BORDERS = "▊▎▌▐▔▁"  # the edges of a text box's "tall" border
MEETINGS = re.compile(r"Meetings [\d,]+/[\d,]+")

ECHO = """
import os, sys, termios, tty
tty.setraw(0)
os.write(1, b"ready")
while True:
    key = os.read(0, 64)
    if not key or b"\\x03" in key:
        break
    os.write(1, key)
"""

ONE_INPUT = """
from textual.app import App
from textual.widgets import Input
class OneInput(App):
    def compose(self):
        yield Input(placeholder="Search: words")
OneInput().run()
"""


@dataclass
class KeyTime:
    """One key: ms from its write to the first output, the answered and the settled screen."""

    first: float
    answered: float
    settled: float


@dataclass
class Terminal:
    """A program in a pseudo-terminal; what it writes is read with the time of each read."""

    argv: Sequence[str]
    env: dict[str, str]
    screen: pyte.Screen = field(init=False)
    chunks: list[tuple[float, bytes]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)
        self.fd, child = os.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.proc = subprocess.Popen(
            list(self.argv),
            stdin=child,
            stdout=child,
            stderr=child,
            env=self.env,
            start_new_session=True,
        )
        os.close(child)
        self.lock = threading.Condition()
        self.fed = 0  # chunks fed to the screen so far
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                data = b""
            now = time.perf_counter()
            with self.lock:
                self.chunks.append((now, data))
                self.lock.notify_all()
            if not data:
                return

    def send(self, key: bytes) -> float:
        """Write a key; the time it was written."""
        start = time.perf_counter()
        os.write(self.fd, key)
        return start

    def lines(self) -> list[str]:
        """The screen's text, line by line."""
        return list(self.screen.display)

    def watch(
        self,
        state: Callable[[list[str]], object],
        quiet: float,
        timeout: float,
        answer: bool = True,
    ) -> list[tuple[float, object]]:
        """Feed output to the screen until it has not changed for ``quiet`` seconds.

        Returns (time of the read, state of the screen after it) for each read that changed
        the screen's text or its state (a blinking cursor changes neither). The quiet time
        counts from the first change on when an ``answer`` is expected (a slow first answer
        is waited for), else from now.
        """
        changes: list[tuple[float, object]] = []
        last = (self.lines(), state(self.lines()))
        last_change: float | None = None if answer else time.perf_counter()
        deadline = time.perf_counter() + timeout
        while True:
            with self.lock:
                while self.fed == len(self.chunks):
                    now = time.perf_counter()
                    if last_change is not None and now - last_change >= quiet:
                        return changes
                    if now >= deadline:
                        raise TimeoutError(f"no quiet screen within {timeout} s")
                    wait = deadline - now
                    if last_change is not None:
                        wait = min(wait, quiet - (now - last_change))
                    self.lock.wait(wait)
                at, data = self.chunks[self.fed]
                self.fed += 1
            if not data:
                raise RuntimeError("the program ended:\n" + "\n".join(self.lines()))
            self.stream.feed(data)
            text = self.lines()
            seen = (text, state(text))
            if seen != last:
                last = seen
                last_change = at
                changes.append((at, seen[1]))

    def cursor_column(self, row: int) -> int | None:
        """Where a text box's cursor is drawn on a row (a cell in the text's colours
        swapped), or None while it blinks off."""
        line = self.screen.buffer[row]
        cells = [line[x] for x in range(1, COLUMNS - 1)]
        backgrounds: dict[str, int] = {}
        for cell in cells:
            backgrounds[cell.bg] = backgrounds.get(cell.bg, 0) + 1
        usual = max(backgrounds, key=lambda bg: backgrounds[bg])
        for x, cell in enumerate(cells, start=1):
            if cell.bg != usual and not cell.reverse and cell.data not in BORDERS:
                return x
        return None

    def next_output(self, timeout: float) -> float:
        """Feed the next read to the screen; the time it was read."""
        with self.lock:
            if not self.lock.wait_for(lambda: self.fed < len(self.chunks), timeout):
                raise TimeoutError(f"no output within {timeout} s")
            at, data = self.chunks[self.fed]
            self.fed += 1
        self.stream.feed(data)
        return at

    def wait_for(self, found: Callable[[list[str]], bool], timeout: float) -> None:
        """Feed output until the screen's text satisfies ``found``."""
        deadline = time.perf_counter() + timeout
        while not found(self.lines()):
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("the screen never showed it:\n" + "\n".join(self.lines()))
            self.watch(lambda _: None, quiet=min(0.05, left), timeout=left + 1, answer=False)

    def close(self) -> None:
        """End the program and close the terminal."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        os.close(self.fd)


def time_key(term: Terminal, key: bytes, state: Callable[[list[str]], object]) -> KeyTime:
    """Write one key and time the screen's answer (ms)."""
    start = term.send(key)
    changes = term.watch(state, QUIET_S, KEY_TIMEOUT_S)
    if not changes:
        raise RuntimeError(f"the screen did not change after {key!r}")
    final = changes[-1][1]
    answered = next(at for at, seen in changes if seen == final)
    return KeyTime(
        first=(changes[0][0] - start) * 1000,
        answered=(answered - start) * 1000,
        settled=(changes[-1][0] - start) * 1000,
    )


def input_row(lines: list[str]) -> int:
    """The screen row of the search box (its placeholder or text)."""
    for row, line in enumerate(lines[:8]):
        if "Search: words" in line:
            return row
    raise RuntimeError("no search box on screen:\n" + "\n".join(lines))


def type_queries(term: Terminal, row: int, reps: int, times: list[KeyTime]) -> None:
    """Type each query a key at a time, clearing the box first (the clearing is not timed)."""

    cursor: list[int | None] = [None]

    def state(lines: list[str]) -> object:
        # The cursor where it was last seen: blinking off is no change.
        cursor[0] = term.cursor_column(row) or cursor[0]
        top = next((y for y, line in enumerate(lines) if MEETINGS.search(line)), None)
        if top is None:  # not the app: the box is all there is
            return lines[row], cursor[0]
        # Everything but the detail pane, the rightmost, which waits for a pause in typing.
        right = lines[top].rfind("╭")
        return cursor[0], tuple(lines[:top]), tuple(line[:right] for line in lines[top:])

    for _ in range(reps):
        for query in QUERIES:
            term.send(CLEAR)
            term.watch(state, QUIET_S, KEY_TIMEOUT_S, answer=False)
            for ch in query:
                times.append(time_key(term, ch.encode(), state))


def environment(home: Path) -> dict[str, str]:
    """The environment of a program under test: its own home, config and cache folders."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "LANG": "C.UTF-8",
    }
    if "PYTHONPATH" in os.environ:  # (to time another checkout: PYTHONPATH=CHECKOUT/src)
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return env


def harness_keys(home: Path, reps: int) -> list[float]:
    """Ms from each key to its echo by a raw-mode echo program in the same harness."""
    term = Terminal([sys.executable, "-c", ECHO], environment(home))
    try:
        term.wait_for(lambda lines: "ready" in lines[0], timeout=30)
        times = []
        for _ in range(reps):
            for ch in "".join(QUERIES):
                start = term.send(ch.encode())
                times.append((term.next_output(timeout=5) - start) * 1000)
        return times
    finally:
        term.close()


def baseline_keys(home: Path, reps: int) -> list[KeyTime]:
    """The smallest Textual app with a text box, typed into the same way."""
    term = Terminal([sys.executable, "-c", ONE_INPUT], environment(home))
    try:
        term.wait_for(lambda lines: any("Search: words" in line for line in lines), timeout=60)
        term.watch(lambda lines: None, QUIET_S, KEY_TIMEOUT_S, answer=False)
        times: list[KeyTime] = []
        type_queries(term, input_row(term.lines()), reps, times)
        return times
    finally:
        term.close()


def app_keys(folder: Path, db: Path, home: Path, reps: int) -> list[KeyTime]:
    """The real app over a synced database, typed into the search bar."""
    exe = shutil.which("summit-tui", path=str(Path(sys.executable).parent)) or "summit-tui"
    term = Terminal([exe, str(folder), "--db", str(db)], environment(home))
    n = sum(1 for e in os.scandir(folder) if e.name.endswith(".yaml"))
    everything = f"Meetings {n:,}/{n:,}"
    try:
        # The list is usable once it shows every readout; the check of the folder follows.
        term.wait_for(lambda lines: any(everything in line for line in lines), timeout=600)
        term.watch(lambda lines: None, quiet=2.0, timeout=600, answer=False)
        term.send(b"/")
        term.watch(lambda lines: None, QUIET_S, KEY_TIMEOUT_S, answer=False)
        times: list[KeyTime] = []
        type_queries(term, input_row(term.lines()), reps, times)
        return times
    finally:
        term.close()


def synced_db(folder: Path, db: Path) -> None:
    """Sync the folder into the database and write its index file (``summit-tui index``)."""
    exe = shutil.which("summit-tui", path=str(Path(sys.executable).parent)) or "summit-tui"
    subprocess.run(
        [exe, "index", str(folder), "--db", str(db)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def p90(values: list[float]) -> float:
    """The 90th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]


def report(name: str, n: int, ours: list[float], base: list[float]) -> None:
    """One figure line and its spread, in the shared format."""
    mine, theirs = statistics.median(ours), statistics.median(base)
    print(
        f"{name} n={n} median_ms={mine:.1f} baseline_ms={theirs:.1f} "
        f"speedup={theirs / max(mine, 0.1):.3g}",
        flush=True,
    )
    print(
        f"# {name} n={n} keys={len(ours)} p90_ms={p90(ours):.1f} max_ms={max(ours):.1f} "
        f"baseline_p90_ms={p90(base):.1f} baseline_max_ms={max(base):.1f}",
        flush=True,
    )


def run(folder: Path, db: Path, n: int, reps: int) -> None:
    """Measure one synced folder and print its figures."""
    with tempfile.TemporaryDirectory(prefix="summit-terminal-") as tmp:
        home = Path(tmp)
        harness = statistics.median(harness_keys(home, reps))
        base = baseline_keys(home, reps)
        ours = app_keys(folder, db, home, reps)

    def net(times: list[KeyTime], part: str) -> list[float]:
        return [max(0.0, getattr(t, part) - harness) for t in times]

    print(
        f"# terminal harness: {harness:.2f} ms median from a key to its echo by a raw-mode "
        "program in the same pty (taken off every figure below); baseline: a one-Input "
        "Textual app typed into the same way",
        flush=True,
    )
    report("terminal_keystroke", n, net(ours, "answered"), net(base, "answered"))
    report("terminal_settled", n, net(ours, "settled"), net(base, "settled"))
    print(
        f"# terminal_first_output n={n} median_ms={statistics.median(net(ours, 'first')):.1f} "
        f"(the first write after a key)",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Time the real app in a terminal at each size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--folder", type=Path, help="a folder of readouts (one size)")
    parser.add_argument(
        "--db", type=Path, help="a database of that folder, synced now unless it exists"
    )
    args = parser.parse_args(argv)
    # The reader thread stamps each read: it must get the interpreter at once.
    sys.setswitchinterval(0.0005)
    if args.folder is not None:
        folders = [args.folder]
    else:
        folders = [OUT / f"readouts-{int(s)}-seed{SEED}" for s in args.sizes.split(",")]
    for folder in folders:
        if not (folder / ".complete").exists() and args.folder is None:
            raise SystemExit(f"{folder} is not generated: run benchmarks/run.py first")
        n = sum(1 for e in os.scandir(folder) if e.name.endswith(".yaml"))
        with tempfile.TemporaryDirectory(prefix="summit-terminal-db-") as tmp:
            db = args.db if args.db is not None else Path(tmp) / "db.json"
            if not db.exists():
                print(f"syncing {folder} into {db}", file=sys.stderr, flush=True)
                synced_db(folder, db)
            run(folder, db, n, args.reps)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
