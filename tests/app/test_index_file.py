"""The search index file beside the database: kept in step after a sync, used at the next start."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from driving import wait_loaded

from summit_tui.core.search import spill
from summit_tui.messages import IndexReady

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate

QUERIES = ["", "maritime", "energy transition", "minerals -energy", "person:kael"]


@pytest.fixture
def generated(tmp_path: Path) -> Path:
    """A few hundred generated readouts: enough to be parsed on processes."""
    folder = tmp_path / "generated"
    generate(folder, 300, seed=7)
    return folder


async def start(app_factory, folder: Path) -> IndexReady:
    """Start the app, let it load, and return what it listed first."""
    app = app_factory(folder)
    ready: list[IndexReady] = []

    def hook(message) -> None:
        if isinstance(message, IndexReady):
            ready.append(message)

    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        await wait_loaded(app, pilot)
    [first] = ready
    return first


async def test_changed_and_deleted_files_keep_the_index_file_usable(
    generated: Path, app_factory
) -> None:
    await start(app_factory, generated)  # the first start builds the index file
    assert (await start(app_factory, generated)).index.cache_status == "loaded"

    names = sorted(p.name for p in generated.glob("*.yaml"))
    changed = generated / names[10]
    text = changed.read_text("utf-8").replace("\ntitle: ", "\ntitle: Revised ", 1)
    changed.write_text(text, encoding="utf-8")
    st = changed.stat()
    os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    (generated / names[20]).unlink()
    synced = await start(app_factory, generated)  # listed from the file, then synced
    assert synced.index.cache_status == "loaded"

    after = (await start(app_factory, generated)).index  # the file saved after that sync
    assert after.cache_status == "loaded"
    assert len(after) == len(after.state.docs) == len(names) - 1
    titles = [e.readout.title for e in after.search("revised")]
    assert len(titles) == 1 and titles[0].startswith("Revised ")


async def test_a_first_load_that_spills_its_postings_saves_the_index_it_shows(
    generated: Path, app_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A low bound: the first load of 300 readouts spills its postings a few times, as one
    # of 100,000 does with the real bound.
    monkeypatch.setattr(spill, "SPILL_POSTINGS", 3000)
    first = (await start(app_factory, generated)).index
    assert first.spill_folder is not None and first.state.postings.packed > 0
    shown = {q: [e.path for e in first.search(q)] for q in QUERIES}
    loaded = (await start(app_factory, generated)).index  # from the file the first one saved
    assert loaded.cache_status == "loaded"
    assert {q: [e.path for e in loaded.search(q)] for q in QUERIES} == shown
    assert loaded.search("maritime").facets == first.search("maritime").facets
