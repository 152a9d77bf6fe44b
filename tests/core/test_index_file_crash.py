"""Kill a process while it saves the search index: the file left is a whole index (the one
saved before, or the new one) or none, never a damaged one, and the next start reads it.

The app saves the index file after the list is shown, while the user works (``Loader``):
the app may be closed or killed in the middle of that save. A writer process saves an
index again and again, each time under a new fingerprint, and says which one once the save
returned; the test kills it with SIGKILL at a random moment and loads the file.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from waiting import wait_until

from summit_tui.core.search import index_file

RUNS = 8
SEED = 20261206

#: The readouts of the index, made alike by the writer and by the test.
ENTRIES = textwrap.dedent(
    """
    import datetime as dt
    from summit_tui.core.files.reading import derive
    from summit_tui.core.model.readout import Participant, Readout, Section

    def entries(count):
        words = ["maritime", "energy", "minerals", "fisheries", "transition", "security"]
        out = []
        for i in range(count):
            text = " ".join(f"{words[(i * k) % 6]}{k % 97}" for k in range(1, 200))
            readout = Readout(
                id=f"r{i}",
                title=f"Talks {i}",
                date=dt.date(2000 + i % 25, 1 + i % 12, 1 + i % 28),
                kind="summit",
                countries=("FR", "MY"),
                participants=(Participant(name=f"Arlo Venn{i % 50}"),),
                sections=(Section(heading="Trade", number="1", paragraphs=(text,)),),
            )
            out.append(derive(readout, f"r{i}.yaml"))
        return out
    """
)
COUNT = 1500

WRITER = ENTRIES + textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from summit_tui.core.search.index import SearchIndex

    def say(line):
        os.write(1, (line + "\\n").encode())  # one unbuffered write per line

    index = SearchIndex(entries(COUNT))
    path, run = Path(sys.argv[1]), sys.argv[2]
    say("ready")
    i = 0
    while True:
        index.save(path, f"{run}-{i}")
        say(f"saved {run}-{i}")
        i += 1
    """
).replace("COUNT", str(COUNT))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_save_killed_midway_leaves_a_whole_index(tmp_path: Path) -> None:
    namespace: dict[str, object] = {}
    exec(ENTRIES, namespace)  # the same readouts as the writer's
    make = namespace["entries"]
    assert callable(make)
    entries = make(COUNT)
    path = tmp_path / "db.json.index"
    rng = random.Random(SEED)
    last = None  # the fingerprint of the last save that returned
    for run in range(RUNS):
        out = tmp_path / f"writer-{run}.out"
        with open(out, "wb") as fh:
            writer = subprocess.Popen(
                [sys.executable, "-c", WRITER, str(path), f"r{run}"], stdout=fh
            )
        try:
            wait_until(
                lambda out=out, writer=writer: (
                    b"ready\n" in out.read_bytes() or writer.poll() is not None
                ),
                60,
                what="the writer to be ready",
            )
            time.sleep(rng.uniform(0.0, 0.4))
            writer.send_signal(signal.SIGKILL)
        finally:
            writer.kill()
            writer.wait(timeout=20)
        saved = [
            line.split()[1] for line in out.read_text().splitlines() if line.startswith("saved")
        ]
        # The file holds the last save that returned, or the one in flight when killed.
        candidates = []
        if saved:
            last = saved[-1]
            number = int(last.rsplit("-", 1)[1])
            candidates = [last, f"r{run}-{number + 1}"]
        else:
            candidates = [f"r{run}-0"] + ([last] if last else [])
        if not path.exists():
            assert last is None, "a saved index file is gone"
            continue
        loaded = []
        for fingerprint in candidates:
            try:
                loaded.append(index_file.load(path, fingerprint, entries))
            except index_file.CacheMiss as miss:
                assert "changed since" in str(miss), f"run {run}: {miss}"  # whole, other one
        assert len(loaded) == 1, f"run {run}: the file is none of {candidates}"
