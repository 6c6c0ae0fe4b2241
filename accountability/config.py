"""Where the data lives: the bundled data/ directory unless ACCOUNTABILITY_DATA says otherwise."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
DEFAULT_DATA_DIR = ROOT / "data"
# The SQL: queries/ beside the package in a checkout; inside the package once it is installed.
QUERIES_DIR = next((d for d in (PACKAGE / "queries", ROOT / "queries") if d.is_dir()), ROOT / "queries")
# The folder, beside a data directory's table files, of the small tables derived from them (digests.py).
DIGESTS = "digests"
# Country outlines for maps, served by Streamlit from static/ so that no map needs a CDN.
MAP_OUTLINES = ROOT / "static" / "topojson" / "world_110m.json"
MAP_OUTLINES_URL = "/app/static/topojson/"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data directory: an explicit override, then $ACCOUNTABILITY_DATA, then data/."""
    chosen = override or os.environ.get("ACCOUNTABILITY_DATA") or DEFAULT_DATA_DIR
    return Path(chosen).expanduser().resolve()


def review_enabled() -> bool:
    """Is the dashboard's review page on? Off unless ACCOUNTABILITY_REVIEW=1: it writes the data and
    there is no login."""
    return os.environ.get("ACCOUNTABILITY_REVIEW", "") == "1"


def add_data_option(parser: argparse.ArgumentParser, fallback: str = "") -> None:
    """The `--data DIR` option that every command reading or writing a dataset takes."""
    parser.add_argument(
        "--data",
        default=None,
        help=f"data directory (default: $ACCOUNTABILITY_DATA or the bundled data/{fallback})",
    )


# The licence of the curated tables and the releases built from them (the pages, the API and the
# citations say it). Articles held in full text stay their publishers' and are not covered by it.
DATA_LICENCE = "CC BY 4.0"
DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"

# Data releases (accountability/releases.py cuts them): data/releases/<id>/ holds a release's
# tables, and the one-line file data/releases/CURRENT names the one that is served.
RELEASES = "releases"
POINTER = "CURRENT"


def releases_dir(root: Path) -> Path:
    return Path(root) / RELEASES


def current_id(root: Path) -> str | None:
    """The id of the served release, or None where the data directory has no releases."""
    try:
        return (releases_dir(root) / POINTER).read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def served_dir(root: Path, release: str | None = None) -> Path:
    """The directory whose parquet files are served: the given or current release's, else root itself."""
    release = release or current_id(root)
    return releases_dir(root) / release if release else Path(root)
