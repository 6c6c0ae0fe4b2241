"""Command line: python -m accountability build|validate|... (see --help)."""

from __future__ import annotations

import argparse
import sys

from . import commands


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m accountability", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for register in commands.REGISTRY:
        register(sub)
    args = parser.parse_args(argv)
    return int(args.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
