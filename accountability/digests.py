"""Digests: small tables derived from the eight, written beside them, so that a page's totals and
counts need not read every row of a large table.

Each digest is a query over the tables (queries/digests/<name>.sql). Build, release and the
synthetic data write them to <data>/digests/<name>.parquet together with the tables; the serving
connection (db.connect) reads a digest's file, or runs its query where the file is missing or
damaged, so the answer is the same either way and only the time differs.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import db
from .config import DIGESTS, QUERIES_DIR

# Rows per row group. A lookup of a few ids reads few groups whatever their size; but every query
# that names a file pays for each of its groups' statistics when it is planned (at ten million events,
# 15 ms for groups of 32,768 rows against 4 ms for these), even where the lookup is never run.
ROW_GROUP = 122_880


def names() -> list[str]:
    return sorted(db.queries(QUERIES_DIR / DIGESTS))


def write(data_dir: Path) -> list[Path]:
    """Compute every digest from data_dir's table files and put them in data_dir/digests, all at once
    (a digest folder that was there is replaced only when every new file is written)."""
    data_dir = Path(data_dir)
    con, damaged = db.open_tables(data_dir)
    if damaged:
        raise db.DamagedData(damaged)
    con.execute("SET enable_progress_bar = false")
    staging = Path(tempfile.mkdtemp(dir=data_dir, prefix=".digests-"))
    try:
        tables = db.tables_fingerprint(data_dir)
        for name, query in db.queries(QUERIES_DIR / DIGESTS).items():
            fingerprint = {db.FINGERPRINT_KEY: db.digest_fingerprint(tables, query)}
            rows = con.sql(query.sql).to_arrow_reader(ROW_GROUP)
            _write_stream(rows, staging / f"{name}.parquet", fingerprint)
        os.chmod(staging, 0o755)
        target = data_dir / DIGESTS
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=data_dir, prefix=".old-digests-"))
            os.rename(target, old / DIGESTS)
            os.rename(staging, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(staging, target)
    finally:
        con.close()
        shutil.rmtree(staging, ignore_errors=True)
    return [data_dir / DIGESTS / f"{name}.parquet" for name in names()]


def _write_stream(rows: pa.RecordBatchReader, path: Path, metadata: dict[str, str]) -> None:
    """Rows to a parquet file in row groups of ROW_GROUP rows, a group at a time: a digest can be as
    long as a table (every figure with its sources line), and is never held whole in memory."""
    with pq.ParquetWriter(path, rows.schema.with_metadata(metadata), compression="zstd") as writer:
        pending: list[pa.RecordBatch] = []
        for batch in rows:
            pending.append(batch)
            while sum(b.num_rows for b in pending) >= ROW_GROUP:
                group = pa.Table.from_batches(pending)
                writer.write_table(group.slice(0, ROW_GROUP), row_group_size=ROW_GROUP)
                pending = group.slice(ROW_GROUP).to_batches()
        if pending:
            writer.write_table(pa.Table.from_batches(pending, rows.schema), row_group_size=ROW_GROUP)


def stale(data_dir: Path) -> list[str]:
    """The digests of data_dir that are missing, or were computed from other tables or by another query:
    the serving connection computes them on use, slower, until they are written again."""
    con = db.connect(data_dir)
    read = {path.stem for path in con.digest_files}
    con.close()
    return [name for name in names() if name not in read]
