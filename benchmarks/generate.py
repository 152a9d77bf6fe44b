"""Write synthetic readouts for benchmarks: fictional meetings between real country codes.

``python benchmarks/generate.py OUT_DIR --count N [--seed S]``

Every readout is invented (people such as "Minister Arlo Venn", events that never took
place, a note saying so) but has the shape of a real one: two or more parties given as
ISO alpha-2 codes, participants, topics from our taxonomy, a summary and numbered sections
of about 3 KB of text in all. The text mixes diplomatic phrasing and a fixed vocabulary of
several thousand words (real terms first, deterministic pseudo-words in the long tail), so
that searches for words such as "maritime", "minerals" or "energy" find a realistic share
of readouts. Readout ``i`` depends only on the seed and ``i``, so any count, any number of
processes and any machine give the same files.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import os
import random
import sys
from collections.abc import Iterable, Sequence
from functools import cache
from multiprocessing import Pool
from pathlib import Path

from summit_tui.core.files.readout_yaml import dump_readout, load_readout
from summit_tui.core.model.readout import Participant, Photo, Readout, Section, Source
from summit_tui.core.reference import countries, topics

DEFAULT_SEED = 20240523
PSEUDO_WORDS = 4000
TARGET_BYTES = (2500, 3300)  # size of one YAML file, drawn uniformly per readout
FIRST_DATE = dt.date(2012, 1, 1)
DAYS = 365 * 13

# Real words, most frequent first: the head of the Zipf distribution the text draws from.
TERMS = """
cooperation relations partnership security energy dialogue trade investment development
region economy maritime minerals transition infrastructure supply chain resilience
exchange people education health climate digital technology innovation stability peace
prosperity sovereignty law order rule navigation fisheries agriculture food water
connectivity tourism culture youth students scholarships visas labour migration finance
banking currency tariffs exports imports semiconductors batteries hydrogen ammonia solar
wind nuclear grid decarbonization emissions resources lithium nickel cobalt copper rare
earths mining processing ports shipping railways highways aviation logistics space
satellites cyber data privacy standards telecommunications broadband startups research
universities science vaccines pandemic preparedness hospitals disaster relief reduction
resilience humanitarian assistance refugees reconstruction demining peacekeeping
disarmament non-proliferation sanctions ceasefire negotiations mediation reconciliation
elections governance transparency anti-corruption judiciary parliament ministries agencies
embassies consulates diaspora communities heritage museums sports festivals anniversary
memorandum agreement treaty framework roadmap action plan joint statement declaration
communique initiative programme project fund loan grant facility mechanism working group
task force committee commission council forum summit visit delegation talks consultations
meeting envoy ambassador counterpart leaders ministers officials experts business chambers
enterprises industry manufacturing automotive textiles pharmaceuticals chemicals steel
aluminium cement timber forestry biodiversity oceans plastics pollution recycling circular
economy adaptation mitigation finance loss damage coastal erosion drought floods typhoons
earthquakes early warning insurance pensions statistics census taxation customs borders
inspection quarantine standards certification
""".split()  # noqa: SIM905 - a paragraph of words reads best

DIPLOMATIC_PHRASES = (
    "the rule of law",
    "a free and open international order",
    "mutual trust",
    "regional peace and stability",
    "the comprehensive strategic partnership",
    "people-to-people exchanges",
    "the sustainable development goals",
    "a rules-based maritime order",
    "supply chain resilience",
    "economic security",
    "the energy transition",
    "critical minerals",
    "maritime security",
    "freedom of navigation",
    "the reform of the Security Council",
    "food security",
    "disaster risk reduction",
    "digital transformation",
    "climate change",
    "human resources development",
    "official development assistance",
)

VERBS = (
    "welcomed",
    "emphasised",
    "noted",
    "reaffirmed",
    "stressed",
    "expressed support for",
    "looked forward to",
    "proposed",
    "agreed on",
    "appreciated",
    "underlined",
    "called for",
    "highlighted",
    "reviewed",
    "discussed",
)

SENTENCES = (
    "{person} {verb} {phrase} and stated that {country} would further strengthen "
    "{noun} and {noun} with {other}.",
    "The two sides {verb} progress on {noun} {noun}, including the {pseudo} {noun} "
    "initiative launched last year.",
    "{person} {verb} the {noun} {noun} between {country} and {other}, and explained "
    "the {pseudo} programme for {noun}.",
    "Both leaders {verb} {phrase}, {noun} and {noun}, and agreed to hold the next "
    "{noun} dialogue in {city}.",
    "In response, {person} {verb} the efforts of {country} on {phrase} and on {noun} "
    "{noun} in the {pseudo} region.",
    "The ministers exchanged views on {noun}, {noun} and {pseudo} {noun}, and on the "
    "situation concerning {third}.",
    "{person} stated that {country} attaches great importance to {phrase} and to "
    "{noun} cooperation with {other}.",
    "They confirmed that officials would continue consultations on {noun} {noun} and "
    "the {pseudo} {noun} framework.",
)

HEADINGS = (
    "Introduction",
    "Bilateral Relations",
    "Economic Cooperation",
    "Security Cooperation",
    "People-to-People Exchanges",
    "Regional and International Affairs",
    "Energy and Resources",
    "Climate and Environment",
    "Digital and Technology",
    "Global Challenges",
    "Closing Remarks",
)

FIRST_NAMES = (
    "Arlo",
    "Mira",
    "Tobin",
    "Selka",
    "Oren",
    "Liesl",
    "Davor",
    "Ines",
    "Kael",
    "Noor",
    "Pell",
    "Rhea",
    "Soren",
    "Tamsin",
    "Ulric",
    "Vela",
    "Wren",
    "Yara",
    "Zoltan",
    "Anouk",
    "Bram",
    "Cora",
    "Dario",
    "Elin",
    "Fenna",
    "Gideon",
    "Hala",
    "Ivo",
    "Juno",
    "Kiri",
)

HONORIFICS = ("Mr.", "Ms.", "Dr.", "H.E.", "H.E. Mr.", "H.E. Ms.", "Prof.")
ROLES = (
    "Prime Minister",
    "President",
    "Minister for Foreign Affairs",
    "Foreign Minister",
    "Minister of Trade",
    "Minister of Energy",
    "Deputy Prime Minister",
    "Vice President",
)
KIND_WEIGHTS = (
    ("summit", 30),
    ("telephone-talk", 25),
    ("video-conference", 10),
    ("foreign-ministers-meeting", 25),
    ("multilateral", 6),
    ("other", 4),
)
KIND_TITLES = {
    "summit": "Summit Meeting",
    "telephone-talk": "Summit Telephone Talk",
    "video-conference": "Video Conference",
    "foreign-ministers-meeting": "Foreign Ministers' Meeting",
    "multilateral": "Leaders' Meeting",
    "other": "Meeting",
}
_SYLLABLE_ONSETS = "b c d f g h j k l m n p r s t v w z br dr gr kr pr st tr sh ch th".split()  # noqa: SIM905
_SYLLABLE_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ei", "ou"]
_SYLLABLE_CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt"]


@cache
def vocabulary() -> tuple[str, ...]:
    """Every word the text draws nouns from: real terms first, then pseudo-words."""
    rng = random.Random("summit-tui vocabulary v1")
    words = list(dict.fromkeys(TERMS))
    seen = set(words)
    while len(words) < len(TERMS) + PSEUDO_WORDS:
        syllables = rng.choice((2, 2, 3, 3, 3, 4))
        word = "".join(
            rng.choice(_SYLLABLE_ONSETS)
            + rng.choice(_SYLLABLE_VOWELS)
            + (rng.choice(_SYLLABLE_CODAS) if k == syllables - 1 else "")
            for k in range(syllables)
        )
        if word not in seen and len(word) >= 4:
            seen.add(word)
            words.append(word)
    return tuple(words)


@cache
def _zipf_cumulative() -> list[float]:
    total, out = 0.0, []
    for rank in range(1, len(vocabulary()) + 1):
        total += 1.0 / rank**1.05
        out.append(total)
    return out


@cache
def _pseudo_words() -> tuple[str, ...]:
    return vocabulary()[len(set(TERMS)) :]


@cache
def _country_codes() -> tuple[str, ...]:
    # Real ISO 3166-1 alpha-2 codes whose display name is one plain phrase.
    return tuple(
        c.code
        for c in countries.all_countries()
        if c.code != "XK" and c.name.replace(" ", "").isalpha()
    )


@cache
def _taxonomy() -> topics.Taxonomy:
    return topics.default_taxonomy()


def _noun(rng: random.Random) -> str:
    cumulative = _zipf_cumulative()
    return vocabulary()[bisect.bisect(cumulative, rng.random() * cumulative[-1])]


def _surname(rng: random.Random) -> str:
    return "".join(
        rng.choice(_SYLLABLE_ONSETS) + rng.choice(_SYLLABLE_VOWELS) for _ in range(2)
    ).capitalize() + rng.choice(("n", "r", "ll", "sk", "v", "nn", ""))


def _sentence(
    rng: random.Random,
    people: Sequence[Participant],
    parties: Sequence[str],
    third: str,
    topic_words: Sequence[str],
) -> str:
    person = rng.choice(people)
    country, other = rng.sample(list(parties), 2)
    phrase = rng.choice(topic_words) if rng.random() < 0.5 else rng.choice(DIPLOMATIC_PHRASES)
    template = rng.choice(SENTENCES)
    return template.format_map(
        _Slots(
            rng,
            {
                "person": f"{person.role.split(' of ')[0]} {person.name.split()[-1]}",
                "verb": rng.choice(VERBS),
                "phrase": phrase,
                "country": countries.name_of(country),
                "other": countries.name_of(other),
                "third": countries.name_of(third),
                "city": rng.choice(_pseudo_words()).capitalize() + " City",
            },
        )
    )


class _Slots(dict):
    """Template slots: fixed ones from the dict, a fresh word for every {noun}/{pseudo}."""

    def __init__(self, rng: random.Random, fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        if key == "noun":
            return _noun(self.rng)
        if key == "pseudo":
            return self.rng.choice(_pseudo_words())
        raise KeyError(key)


def _paragraph(rng: random.Random, *args: object) -> str:
    return " ".join(_sentence(rng, *args) for _ in range(rng.randint(2, 4)))  # type: ignore[arg-type]


def make_readout(index: int, seed: int = DEFAULT_SEED) -> Readout:
    """The synthetic readout number ``index`` for this seed (always the same one)."""
    rng = random.Random(f"{seed}:{index}")
    codes = _country_codes()
    kind = rng.choices([k for k, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]
    n_parties = rng.randint(3, 6) if kind == "multilateral" else 2
    parties = rng.sample(codes, n_parties)
    mentions = [c for c in rng.sample(codes, rng.randint(0, 4)) if c not in parties]
    third = mentions[0] if mentions else rng.choice([c for c in codes if c not in parties])
    date = FIRST_DATE + dt.timedelta(days=rng.randrange(DAYS))

    people = []
    for code in parties:
        role = rng.choice(ROLES)
        people.append(
            Participant(
                name=f"{rng.choice(FIRST_NAMES)} {_surname(rng)}",
                honorific=rng.choice(HONORIFICS),
                role=f"{role} of {countries.name_of(code)}",
                country=code,
            )
        )
    tax = _taxonomy()
    chosen_topics = rng.sample(tax.names, rng.randint(2, 6))
    topic_words = [rng.choice(tax.keywords[t]) for t in chosen_topics]

    names = "-".join(countries.name_of(c) for c in parties[:2])
    title = f"{names} {KIND_TITLES[kind]}"
    if kind == "multilateral":
        title = f"{rng.choice(_pseudo_words()).capitalize()} {KIND_TITLES[kind]}"
    slug = "-".join(p.lower() for p in parties[:2])
    readout_id = f"{date.isoformat()}-{slug}-{kind}-{index:06d}"
    start = dt.time(rng.randint(7, 21), rng.choice((0, 10, 15, 20, 30, 40, 45, 50)))

    lead = people[0]
    summary = (
        f"On {date.strftime('%B')} {date.day}, commencing at {start.strftime('%H:%M')} for "
        f"approximately {{minutes}} minutes, {lead.display}, {lead.role}, held a "
        f"{KIND_TITLES[kind].lower()} with {people[1].display}, {people[1].role}. "
        "The overview of the meeting is as follows."
    )
    args = (people, parties, third, topic_words)
    target = rng.randint(*TARGET_BYTES)
    sections: list[Section] = []
    headings = [HEADINGS[0], *rng.sample(HEADINGS[1:-1], 6), HEADINGS[-1]]
    size = 550 + 170 * len(people) + len(summary)  # the other fields, as dumped, roughly
    for number, heading in enumerate(headings, start=1):
        paragraphs: list[str] = []
        for _ in range(rng.randint(1, 2)):
            paragraph = _paragraph(rng, *args)
            if size + len(paragraph) > target + 300:  # keep files near the target size
                paragraph = paragraph[: paragraph.find(". ", 0, target + 300 - size) + 1]
            if paragraph:
                paragraphs.append(paragraph)
            size += len(paragraph) + 30
            if size >= target:
                break
        sections.append(Section(heading=heading, number=str(number), paragraphs=tuple(paragraphs)))
        if size >= target:
            break
    minutes = rng.choice((15, 20, 30, 40, 45, 60, 75, 90))
    return Readout(
        id=readout_id,
        title=title,
        date=date,
        kind=kind,
        start_time=start,
        duration_minutes=minutes,
        location=f"{rng.choice(_pseudo_words()).capitalize()} House",
        countries=tuple(parties),
        mentions=tuple(mentions),
        participants=tuple(people),
        topics=tuple(chosen_topics),
        summary=summary.format(minutes=minutes),
        sections=tuple(sections),
        photos=(Photo(caption="The leaders before the meeting", credit="Synthetic Press Office"),)
        if rng.random() < 0.5
        else (),
        source=Source(
            publisher="Synthetic Readout Office",
            url=f"https://example.org/readouts/{readout_id}",
            category=f"{names} Relations",
        ),
        notes=f"Synthetic benchmark readout (seed {seed}, number {index}): "
        "the people and events are fictional.",
    )


def file_name(readout: Readout) -> str:
    """The file a readout is written to, relative to the output folder."""
    return f"{readout.id}.yaml"


def _write_range(job: tuple[str, int, int, int]) -> list[str]:
    out_dir, seed, start, stop = job
    folder = Path(out_dir)
    names = []
    for index in range(start, stop):
        readout = make_readout(index, seed)
        names.append(file_name(readout))
        (folder / names[-1]).write_text(dump_readout(readout), encoding="utf-8")
    return names


def _chunks(count: int, size: int) -> Iterable[tuple[int, int]]:
    for start in range(0, count, size):
        yield start, min(start + size, count)


def generate(
    out_dir: Path, count: int, seed: int = DEFAULT_SEED, processes: int | None = None
) -> list[Path]:
    """Write ``count`` readouts into ``out_dir``; return their paths in index order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(str(out_dir), seed, a, b) for a, b in _chunks(count, 250)]
    processes = processes or min(os.cpu_count() or 1, len(jobs))
    if processes <= 1:
        names = [_write_range(job) for job in jobs]
    else:
        with Pool(processes) as pool:
            names = pool.map(_write_range, jobs)
    return [out_dir / name for chunk in names for name in chunk]


def check_sample(paths: Sequence[Path], samples: int = 20) -> None:
    """Load a spread of the written files with the real loader; raise if one is invalid."""
    step = max(1, len(paths) // samples)
    for path in itertools.islice(paths, 0, None, step):
        load_readout(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the YAML files into")
    parser.add_argument("--count", type=int, required=True, help="how many readouts")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument(
        "--processes", type=int, default=None, help="worker processes (default: one per core)"
    )
    args = parser.parse_args(argv)
    paths = generate(args.out_dir, args.count, args.seed, args.processes)
    check_sample(paths)
    total = sum(p.stat().st_size for p in paths)
    print(
        f"wrote {len(paths):,} readouts to {args.out_dir} "
        f"({total / max(1, len(paths)) / 1024:.1f} KB each on average)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
