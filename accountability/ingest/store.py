"""Writing to the curated data as one unit: every changed table and new corpus file, or none.

A change is staged in data/.ingest-<random>/ (all tables, the corpus linked in), validated there,
and only then moved into place. Before the first move a journal lists every move; a crash
between moves is finished by the next ingest or review (`recover`), so the tables never stay
half-written. Moves go referenced tables first (actors, coalitions, metrics, sources, corpus),
citations last. A lock file keeps two ingests or reviews from writing at once.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .. import corpus
from ..curated import csv_path, write_rows
from ..schema import TABLES
from ..validate import Problem, check_citations, check_rows, load, validate

LOCK = ".ingest.lock"
JOURNAL = ".ingest-journal.json"
STAGING_PREFIX = ".ingest-staging-"
ORDER = ("actors", "coalitions", "metrics", "sources", "events", "memberships", "statistics", "citations")


class Busy(Exception):
    """Another ingest or review holds the lock."""


class Rejected(Exception):
    """The change would leave problems in the curated data; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the result; nothing was written")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def locked(data_dir: Path):
    """Hold data_dir's ingest lock; a lock left by a process that is gone is taken over."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            break
        except FileExistsError:
            try:
                pid = int(path.read_text().strip() or 0)
            except (OSError, ValueError):
                pid = 0
            if pid and _alive(pid):
                raise Busy(
                    f"another ingest or review is running (process {pid}); try again when it ends"
                ) from None
            path.unlink(missing_ok=True)
    else:
        raise Busy(f"cannot take the lock {path}")
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        yield
    finally:
        path.unlink(missing_ok=True)


def recover(data_dir: Path) -> bool:
    """Finish the moves of a commit that was interrupted; drop staging left before a commit began."""
    journal = data_dir / JOURNAL
    finished = False
    if journal.exists():
        plan = json.loads(journal.read_text(encoding="utf-8"))
        for source, target in plan["moves"]:
            if Path(source).exists():
                os.replace(source, target)
        journal.unlink()
        finished = True
    for leftover in data_dir.glob(f"{STAGING_PREFIX}*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
    return finished


def _key(problem: Problem) -> tuple[str, str, str]:
    return problem.file, problem.column, problem.message


class Transaction:
    """The curated tables in memory; `commit` writes what changed, all at once."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.curated = data_dir / "curated"
        self.corpus = data_dir / "corpus"
        self.tables, problems = load(self.curated)
        self.changed = {p.file.removesuffix(".csv") for p in problems if p.message == "file is missing"}
        self.documents: dict[str, str] = {}  # source_id -> corpus file text

    def touch(self, table: str) -> None:
        self.changed.add(table)

    def add_document(self, source_id: str, text: str) -> None:
        self.documents[source_id] = text

    def commit(self) -> None:
        if not self.changed and not self.documents:
            return
        baseline = {_key(p) for p in validate(self.curated, self.corpus)}
        staging = Path(tempfile.mkdtemp(dir=self.data_dir, prefix=STAGING_PREFIX))
        try:
            moves = self._stage(staging)
            staged = staging / "curated", staging / "corpus"
            tables, problems = load(staged[0])
            problems += check_rows(tables) + check_citations(tables, staged[1])
            new = sorted(p for p in problems if _key(p) not in baseline)
            if new:
                raise Rejected(new)
            self._apply(moves)
        finally:
            if not (
                self.data_dir / JOURNAL
            ).exists():  # staged files of an unfinished commit stay for recover
                shutil.rmtree(staging, ignore_errors=True)

    def _stage(self, staging: Path) -> list[tuple[str, str]]:
        (staging / "curated").mkdir()
        (staging / "corpus").mkdir()
        moves = []
        self.corpus.mkdir(parents=True, exist_ok=True)
        for existing in self.corpus.glob("*.txt"):
            link = staging / "corpus" / existing.name
            try:
                link.symlink_to(existing.resolve())
            except OSError:
                shutil.copy2(existing, link)
        for source_id, text in sorted(self.documents.items()):
            staged = corpus.path_for(staging / "corpus", source_id)
            staged.unlink(missing_ok=True)
            staged.write_text(text, encoding="utf-8")
            moves.append((str(staged), str(corpus.path_for(self.corpus, source_id))))
        for table in TABLES:
            staged = csv_path(staging / "curated", table)
            if table in self.changed:
                write_rows(staged, table, self.tables[table])
            elif csv_path(self.curated, table).exists():
                shutil.copy2(csv_path(self.curated, table), staged)
        for table in ORDER:
            if table in self.changed:
                moves.append((str(csv_path(staging / "curated", table)), str(csv_path(self.curated, table))))
        return moves

    def _apply(self, moves: list[tuple[str, str]]) -> None:
        """The commit point is the journal; after it every move is made, now or by `recover`."""
        self.curated.mkdir(parents=True, exist_ok=True)
        journal = self.data_dir / JOURNAL
        temporary = self.data_dir / (JOURNAL + ".tmp")
        temporary.write_text(json.dumps({"moves": moves}), encoding="utf-8")
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, journal)
        try:
            for source, target in moves:
                os.replace(source, target)
        except BaseException:
            # An interruption here must not leave half the tables new: finish the moves first.
            recover(self.data_dir)
            raise
        journal.unlink()
