"""Query results as the API writes them: JSON values (dates as YYYY-MM-DD, lists as lists) and CSV.

DuckDB hands pandas dates as timestamps, lists as arrays and structs as dicts; JSON gets plain
values and no NaN, CSV one line per row with lists joined and citations written out.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Mapping
from datetime import date, datetime

import numpy as np
import pandas as pd

LIST_JOIN = "; "


def plain(value: object) -> object:
    """A cell as a JSON value."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.ndarray | list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, pd.Timestamp | datetime):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def _column_type(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_float_dtype(series):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    sample = next((v for v in series if v is not None and not (isinstance(v, float) and math.isnan(v))), None)
    if isinstance(sample, np.ndarray | list):
        if len(sample) and isinstance(sample[0], Mapping):
            return "citations" if series.name == "citations" else "list of records"
        return "list of text"
    return "text"


def table_columns(frame: pd.DataFrame) -> list[dict[str, str]]:
    """Each column's name and type: text, integer, number, date, boolean, list of text, citations."""
    return [{"name": str(name), "type": _column_type(frame[name])} for name in frame.columns]


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    columns = [str(c) for c in frame.columns]
    return [dict(zip(columns, (plain(v) for v in row), strict=True)) for row in frame.itertuples(index=False)]


def json_body(document: Mapping[str, object]) -> bytes:
    return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def _csv_cell(value: object) -> object:
    value = plain(value)
    if isinstance(value, list):
        return LIST_JOIN.join(_cited(v) if isinstance(v, Mapping) else str(v) for v in value)
    return value


def _cited(citation: Mapping[str, object]) -> str:
    """A citation on one CSV line: title (outlet, date) address."""
    where = ", ".join(str(citation[k]) for k in ("outlet", "published") if citation.get(k))
    parts = (citation.get("title"), f"({where})" if where else "", citation.get("url"))
    return " ".join(str(part) for part in parts if part)


def csv_body(frame: pd.DataFrame) -> bytes:
    text = io.StringIO()
    frame.map(_csv_cell).to_csv(text, index=False)
    return text.getvalue().encode("utf-8")
