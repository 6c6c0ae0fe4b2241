"""Data releases: built datasets with an id, a record of what they hold, and one pointer to the served one.

    data/releases/<id>/<table>.parquet   the eight tables of a release, never changed once written
    data/releases/<id>/digests/          small tables derived from them (digests.py), written again
                                         where missing; a reader checks they match the tables
    data/releases/<id>.json              its record: date, files and their hashes, counts, changes
    data/releases/CURRENT                the id of the release the dashboard serves

A release id is its date and a short hash of its files. Cutting one builds into a staging
directory, renames it into place, records it, checks the files against the record, and only
then replaces CURRENT by a rename: a reader opens the files of one release or of the other,
never a mix. The newest KEEP release directories stay on disk for readers still on the last
one; every record stays, so the history goes back to the first release.

A data directory without CURRENT (test fixtures, synthetic data) is served as it is.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

from .config import DIGESTS, POINTER, RELEASES, current_id, releases_dir, served_dir
from .schema import TABLES

__all__ = ["current_id", "releases_dir", "served_dir"]  # where a release is served: config.py says
KEEP = 2
HASH_LENGTH = 8


class ReleaseError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) with the release")


def record_path(root: Path, release: str) -> Path:
    return releases_dir(root) / f"{release}.json"


@lru_cache(maxsize=64)
def _read_record(path: Path, mtime_ns: int) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def load(root: Path, release: str) -> dict:
    """A release's record (read once per file version)."""
    path = record_path(root, release)
    return _read_record(path, path.stat().st_mtime_ns)


def history(root: Path, release: str | None = None, limit: int | None = None) -> list[dict]:
    """The records of a release (default: the current one) and those before it, newest first."""
    found: list[dict] = []
    release = release or current_id(root)
    while release and (limit is None or len(found) < limit):
        record = load(root, release)
        found.append(record)
        release = record.get("previous")
    return found


def file_hashes(directory: Path) -> dict[str, str]:
    """sha256 of each table file of a directory."""
    return {
        f"{table}.parquet": hashlib.sha256((directory / f"{table}.parquet").read_bytes()).hexdigest()
        for table in TABLES
    }


def release_id(day: date, hashes: dict[str, str]) -> str:
    """The release's date and the first characters of a hash over its files' hashes."""
    digest = hashlib.sha256("".join(f"{name} {h}\n" for name, h in sorted(hashes.items())).encode())
    return f"{day.isoformat()}-{digest.hexdigest()[:HASH_LENGTH]}"


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # readable by the server's user, as a plain write would be
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _row_count(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def verify_release(root: Path, release: str) -> list[str]:
    """Problems with one release: its record against its id, and its files (where kept) against its record."""
    path = record_path(root, release)
    if not path.is_file():
        return [f"{RELEASES}/{release}: no record {path.name}"]
    record = json.loads(path.read_text(encoding="utf-8"))
    problems = []
    if record.get("id") != release:
        problems.append(f"{path.name}: records id {record.get('id')!r}")
    if release_id(date.fromisoformat(record["date"]), record["files"]) != release:
        problems.append(f"{path.name}: the id does not match the date and file hashes it records")
    directory = releases_dir(root) / release
    if not directory.is_dir():
        return problems
    # digests are derived, and checked against the tables where they are read
    kept = {p.name for p in directory.iterdir() if p.name != DIGESTS}
    for name in sorted(kept ^ set(record["files"])):
        problems.append(f"{RELEASES}/{release}/{name}: " + ("not recorded" if name in kept else "missing"))
    for name, expected in sorted(record["files"].items()):
        file = directory / name
        if not file.is_file():
            continue
        if hashlib.sha256(file.read_bytes()).hexdigest() != expected:
            problems.append(f"{RELEASES}/{release}/{name}: does not match the hash its release records")
        elif _row_count(file) != record["counts"][name.removesuffix(".parquet")]:
            problems.append(f"{RELEASES}/{release}/{name}: does not hold the rows its release counts")
    return problems


def verify(root: Path) -> list[str]:
    """Problems with every release recorded under root, and with the pointer to the served one."""
    releases = releases_dir(root)
    if not releases.is_dir():
        return []
    problems = []
    current = current_id(root)
    if current and not (releases / current).is_dir():
        problems.append(f"{RELEASES}/{POINTER}: names {current}, whose files are not there")
    for path in sorted(releases.glob("*.json")):
        problems += verify_release(root, path.stem)
    return problems


def _read_tables(directory: Path) -> dict[str, list[dict]]:
    import pyarrow.parquet as pq

    return {table: pq.read_table(directory / f"{table}.parquet").to_pylist() for table in TABLES}


def _prune(root: Path, current: str) -> None:
    """Remove the files of releases older than the newest KEEP; their records stay."""
    kept = {record["id"] for record in history(root, current, KEEP)}
    for record in history(root, current)[KEEP:]:
        directory = releases_dir(root) / record["id"]
        if record["id"] not in kept and directory.is_dir():
            shutil.rmtree(directory)


def cut(root: Path, day: date | None = None) -> tuple[dict, bool]:
    """Build, validate and record a release of root's curated data, then serve it.

    Returns the release's record and whether it is new: a build identical to the current
    release is not released again.
    """
    from . import changelog, digests
    from .build import build_tables, write_parquet

    root = Path(root)
    day = day or datetime.now(UTC).date()
    releases = releases_dir(root)
    releases.mkdir(parents=True, exist_ok=True)
    tables = build_tables(root / "curated", root / "corpus")  # raises BuildError while validation fails
    staging = Path(tempfile.mkdtemp(dir=releases, prefix=".staging-"))
    try:
        write_parquet(tables, staging)
        hashes = file_hashes(staging)
        previous = current_id(root)
        if previous and load(root, previous)["files"] == hashes:
            served = served_dir(root, previous)
            if digests.stale(served):  # a release cut before its digests existed, or before they changed
                digests.write(served)
            return load(root, previous), False
        release = release_id(day, hashes)
        new = {table: table_rows.to_pylist() for table, table_rows in tables.items()}
        old = _read_tables(served_dir(root, previous)) if previous else {}
        changes = changelog.diff(old, new)
        record = {
            "id": release,
            "date": day.isoformat(),
            "previous": previous,
            "files": hashes,
            "counts": {table: len(rows) for table, rows in new.items()},
            "changes": changes,
            # The first release is the data as it was: its changes are every record, not news.
            "changelog": changelog.entries(old, new, changes) if previous else [],
        }
        if (releases / release).exists():  # released before and since replaced: say so, never loop back
            raise ReleaseError([f"{RELEASES}/{release}: these files were released before; change the data"])
        os.chmod(staging, 0o755)
        os.rename(staging, releases / release)
        _write_atomically(record_path(root, release), json.dumps(record, indent=1, default=str) + "\n")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    problems = verify_release(root, release)
    if problems:
        raise ReleaseError(problems)
    _write_atomically(releases / POINTER, release + "\n")
    _prune(root, release)
    return record, True
