"""Command line: python -m benchmarks synth|bench|browser|api|fuzz|load (see --help)."""

from __future__ import annotations

import argparse
import sys

from .api_bench import register_api
from .browser import register_browser
from .commands import register_bench, register_synth
from .fuzz import register_fuzz
from .load import register_load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for register in (
        register_synth, register_bench, register_browser, register_api, register_fuzz, register_load,
    ):
        register(sub)
    args = parser.parse_args(argv)
    return int(args.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
