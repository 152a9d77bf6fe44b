"""Fill ``texts/`` with the text of every evaluation case that is not there yet.

Each case's address is fetched with the importer's own fetcher and its article text kept as
``texts/<id>.txt`` (git-ignored: the texts are the publishers', not ours). Cases whose text
is already there are left alone, so a partial run can be resumed. Needs the web; see
README.md for the other way in.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from summit_tui.core.importer.sources import InputError, read_input

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="fetch texts already present too")
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        default=None,
        metavar="DIR",
        help="copy the texts from a folder kept outside the repository instead of fetching them",
    )
    args = parser.parse_args()
    texts = HERE / "texts"
    texts.mkdir(exist_ok=True)
    if args.source is not None:
        copied = 0
        for path in sorted(args.source.glob("*.txt")):
            target = texts / path.name
            if args.force or not target.exists():
                target.write_bytes(path.read_bytes())
                copied += 1
        print(f"{copied} texts copied from {args.source}")
        return 0
    failed = 0
    for path in sorted((HERE / "cases").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text("utf-8")) or []:
            target = texts / f"{case['id']}.txt"
            if target.exists() and not args.force:
                continue
            try:
                source = read_input(case["url"])
            except InputError as exc:
                print(f"{case['id']}: {case['url']}: {exc}", file=sys.stderr)
                failed += 1
                continue
            target.write_text(source.text, encoding="utf-8")
            print(f"{case['id']}: {len(source.text):,} characters")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
