"""Kill a writer of user data at random points: every note it confirmed must still be there.

A writer process adds notes (and some bookmarks) in a loop and prints each id only after the
call returned, i.e. once the change was confirmed as saved. The test kills it with SIGKILL
after a random delay, then opens the data and checks that it opens cleanly (no notice, not
read-only: the dead writer's lock is gone) and holds every confirmed change. One folder is
used for all runs, so the file grows and later writes take longer. Some runs are killed
before the writer is ready, i.e. while it opens the file and tidies up after the last one.

This covers process death (the app killed, the terminal closed). Power loss also depends on
the disk honouring fsync, which a test cannot simulate; see docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from waiting import wait_until

from summit_tui.core.userstate.notes import UserData

RUNS = 60
SEED = 20310101
MAX_DELAY = 0.25  # seconds of writing before the kill
EARLY_KILL_EVERY = 6  # every sixth run is killed at a random time from its start instead

WRITER_TEMPLATE = textwrap.dedent(
    """
    import os
    import sys
    from pathlib import Path

    from summit_tui.core.userstate.notes import UserData

    PRELUDE

    def say(line):
        os.write(1, (line + "\\n").encode())  # one unbuffered write per line

    data = UserData(Path(sys.argv[1]))
    if data.read_only or data.notices:
        say("trouble " + " | ".join(data.notices))
        sys.exit(2)
    say("ready")
    run, i = sys.argv[2], 0
    while True:
        rid = f"{run}-{i}"
        data.set_note(rid, f"note {rid} " + rid * (i % 40))
        say(f"note {rid}")
        if i % 3 == 0:
            data.toggle_bookmark(rid)
            say(f"bookmark {rid}")
        i += 1
    """
)
WRITER = WRITER_TEMPLATE.replace("PRELUDE", "")

# The negative control: the usual mistake of writing the file in place (here in two chunks
# on a slow disk), which a kill can leave half-written.
NAIVE_WRITER = WRITER_TEMPLATE.replace(
    "PRELUDE",
    textwrap.dedent(
        """
        import time
        import summit_tui.core.userstate.notes as userdata

        def write_in_place(path, data, keep_backup=False):
            with open(path, "wb") as fh:
                fh.write(data[: len(data) // 2])
                fh.flush()
                time.sleep(0.01)  # a slow disk: the window a kill can land in
                fh.write(data[len(data) // 2 :])

        userdata.atomic_write = write_in_place
        """
    ),
)


def expected_text(rid: str) -> str:
    i = int(rid.rsplit("-", 1)[1])
    return f"note {rid} " + rid * (i % 40)


def wait_for_ready(writer: subprocess.Popen[bytes], out: Path) -> None:
    wait_until(
        lambda: b"ready\n" in out.read_bytes() or writer.poll() is not None,
        20,
        what=lambda: f"the writer to get ready: {out.read_text()!r}",
    )
    assert b"ready\n" in out.read_bytes(), f"the writer ended unready: {out.read_text()!r}"


def crash_runs(tmp_path: Path, writer_code: str, runs: int) -> str:
    """Kill ``runs`` writers in turn, checking after each; AssertionError on any loss."""
    rng = random.Random(SEED)
    path = tmp_path / "data" / "userdata.json"
    confirmed_notes: set[str] = set()
    confirmed_bookmarks: set[str] = set()
    mid_write_kills = 0
    started = time.monotonic()

    for run in range(runs):
        out = tmp_path / f"writer-{run}.out"
        with open(out, "wb") as fh:
            writer = subprocess.Popen(
                [sys.executable, "-c", writer_code, str(path), f"r{run}"], stdout=fh
            )
        try:
            # The kill lands at a random moment (the point of the test): a fixed wait, drawn.
            if run % EARLY_KILL_EVERY == EARLY_KILL_EVERY - 1:
                time.sleep(rng.uniform(0.0, 0.3))
            else:
                wait_for_ready(writer, out)
                time.sleep(rng.uniform(0.0, MAX_DELAY))
            writer.send_signal(signal.SIGKILL)
        finally:
            writer.kill()
            writer.wait(timeout=20)
        assert writer.returncode == -signal.SIGKILL, out.read_text()

        lines = out.read_text().splitlines()
        assert not any(line.startswith("trouble") for line in lines), lines
        confirmed_notes |= {line.split()[1] for line in lines if line.startswith("note ")}
        confirmed_bookmarks |= {line.split()[1] for line in lines if line.startswith("bookmark ")}
        if any(name.endswith(".tmp") for name in os.listdir(path.parent)):
            mid_write_kills += 1  # a temp file left behind: the kill landed inside a write

        with UserData(path) as data:
            assert data.notices == []
            assert data.read_only is False
            notes = data.notes()
            missing = confirmed_notes - notes.keys()
            assert not missing, f"run {run}: confirmed notes lost: {sorted(missing)[:5]}"
            assert all(notes[rid] == expected_text(rid) for rid in confirmed_notes)
            # At most the one change in flight per run may be there without confirmation.
            assert len(notes.keys() - confirmed_notes) <= run + 1
            assert confirmed_bookmarks <= data.bookmarks()

    elapsed = time.monotonic() - started
    assert len(confirmed_notes) > runs  # the writers did real work between kills
    return (
        f"{runs} kills, {len(confirmed_notes)} notes and {len(confirmed_bookmarks)} bookmarks "
        f"confirmed, {mid_write_kills} kills left a temp file (mid-write), "
        f"file {path.stat().st_size:,} bytes, {elapsed:.1f} s"
    )


needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@needs_sigkill
def test_killed_writer_loses_no_confirmed_note(tmp_path: Path) -> None:
    print("\ncrash test:", crash_runs(tmp_path, WRITER, RUNS))


@needs_sigkill
def test_the_harness_catches_a_writer_that_is_not_atomic(tmp_path: Path) -> None:
    with pytest.raises(AssertionError):
        crash_runs(tmp_path, NAIVE_WRITER, 25)
