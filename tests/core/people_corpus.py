"""Generated readouts whose people repeat, written as YAML: for the people equivalence tests.

The benchmark's generator names a new person in nearly every readout; here most participants
are drawn from a small cast written several ways (family name first or last, with titles,
accents or not, a surname alone), with a few roles each, sometimes twice in one meeting,
sometimes with no country. Some readouts have nobody, some a name made only of titles or
of punctuation, and two files share an id.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from types import ModuleType

from summit_tui.core.files.readout_yaml import dump_readout
from summit_tui.core.model.readout import Participant, Readout

#: (ways one person is written, country): a surname alone joins the one full name of its
#: country holding it ("Kishida"), or stays apart when two do ("Tanaka").
CAST: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Fumio KISHIDA", "KISHIDA Fumio", "Mr. Fumio Kishida"), "JP"),
    (("Kishida",), "JP"),
    (("Hiroshi Tanaka", "TANAKA Hiroshi"), "JP"),
    (("Kenji Tanaka",), "JP"),
    (("Tanaka",), "JP"),
    (("Anwar bin Ibrahim", "Anwar Ibrahim", "H.E. Dato' Seri Anwar bin Ibrahim"), "MY"),
    (("Ibrahim",), "MY"),
    (("Ursula von der Leyen", "Ursula VON DER LEYEN"), ""),
    (("José Manuel Albares", "Jose Manuel ALBARES"), "ES"),
    (("He Jiankui", "H.E. Jiankui HE"), "CN"),
    (("Jiankui",), ""),
    (("Claire Dubois", "Claire DUBOIS", "  Claire Dubois "), "FR"),
    (("Dubois",), "BE"),
    (("Mr.",), ""),
    (("—",), ""),
)
ROLES = ("Prime Minister", "Minister for Foreign Affairs", "", "Special Envoy")


def cast_participant(rng: random.Random) -> Participant:
    """One of the cast, written one of their ways, in one of a few roles."""
    forms, country = rng.choice(CAST)
    if rng.random() < 0.1:
        country = rng.choice(("", "JP", "US"))  # a country left out, or another one
    return Participant(name=rng.choice(forms), role=rng.choice(ROLES), country=country)


def people_readout(generate: ModuleType, index: int) -> Readout:
    """Readout ``index`` of the generator with people mostly from the cast."""
    base: Readout = generate.make_readout(index)
    rng = random.Random(f"people:{index}")
    chosen = [cast_participant(rng) for _ in range(rng.randint(0, 4))]
    if chosen and rng.random() < 0.1:
        chosen.append(chosen[0])  # one person twice in one meeting
    if rng.random() < 0.3:
        chosen.append(base.participants[0])  # someone of their own
    if index % 37 == 5:
        chosen = []
    rid = base.id if index % 50 != 7 else generate.make_readout(index - 1).id  # an id shared
    return dataclasses.replace(base, id=rid, participants=tuple(chosen))


def write_people_folder(generate: ModuleType, folder: Path, count: int) -> Path:
    """Write ``count`` such readouts into ``folder`` (one file each, named by index)."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        readout = people_readout(generate, index)
        (folder / f"r{index:04d}.yaml").write_text(dump_readout(readout), encoding="utf-8")
    return folder
