"""A tiny but complete dataset, written as curated CSV and corpus text, for tests to build."""

from __future__ import annotations

from pathlib import Path

from accountability import corpus
from accountability.curated import csv_path, write_rows

DOCUMENT = (
    "Lithuania and Poland signed the agreement on 25 March 2022.\n\n"
    "More than 1,000 cases were registered. <script>alert(1)</script> [link](http://x)"
)


def _rows(header: str, *lines: str) -> list[dict[str, str]]:
    keys = header.split("|")
    return [dict(zip(keys, line.split("|"), strict=True)) for line in lines]


TABLES: dict[str, list[dict[str, str]]] = {
    "sources": _rows(
        "source_id|title|outlet|published|published_precision|url|kind|note",
        "doc-1|Team agreement signed|Example News|2022-03-26|day||corpus|",
        "ref-1|Register page|Register|2023-05|month|https://example.org/register|reference|",
    ),
    "actors": _rows(
        "actor_id|name|kind|iso3|aliases",
        "LTU|Lithuania|state|LTU|",
        "POL|Poland|state|POL|Republic of Poland",
        "UKR|Ukraine|state|UKR|",
        "eurojust|Eurojust|agency||EU Agency for Criminal Justice Cooperation",
        "pgo|Prosecutor General's Office of Ukraine|court or prosecutor||PGO",
    ),
    "coalitions": _rows(
        "coalition_id|name|short_name|kind|established|established_precision|declared_size|declared_size_unit|note",
        "team|Joint team|Team|joint investigation team|2022-03-25|day|3|members|",
        "register|Register of damage|Register|register|2023-05|month|40|signatories|Few are named.",
    ),
    "metrics": _rows(
        "metric|label|unit|description",
        "cases|Cases registered|cases|Cases registered by the prosecutors.",
        "pledge|Pledges|EUR|Money pledged.",
    ),
    "events": _rows(
        "event_id|date|date_precision|title|category|place|actor_ids|coalition_id|note|status",
        "ev-1|2022-03-25|day|Team agreement signed|agreement|Kyiv|LTU;POL;UKR|team||accepted",
        "ev-2|2023-05|month|Register declaration|agreement|Reykjavik|POL|register||accepted",
        "ev-3|2024|year|Annual report|report||eurojust|||accepted",
        "ev-4|2024-06-01|day|Unreviewed meeting|meeting or conference||LTU|||candidate",
    ),
    "memberships": _rows(
        "membership_id|coalition_id|actor_id|role|joined|joined_precision|left|left_precision|note|status",
        "m-1|team|LTU|founding member|2022-03-25|day||||accepted",
        "m-2|team|POL|founding member|2022-03-25|day||||accepted",
        "m-3|team|eurojust|participant|2022-04|month|||Date as reported.|accepted",
        "m-4|register|POL|signatory|2023-05|month||||accepted",
        "m-5|register|LTU|signatory|2023-05-16|day||||accepted",
        "m-6|register|LTU|signatory|2023-05-17|day|||Conflict: another source says 16 May.|accepted",
    ),
    "statistics": _rows(
        "stat_id|metric|value|qualifier|unit|as_of|as_of_precision|reported_by|subject_iso3|coalition_id|note|status",
        "st-1|cases|1000|more_than|cases|2022-03-26|day|pgo|UKR|||accepted",
        "st-2|cases|1200|exact|cases|2022-03-28|day|pgo|UKR|||accepted",
        "st-3|cases|1500|about|cases|2023-05|month|eurojust|UKR|||accepted",
        "st-4|pledge|20000000|exact|EUR|2023-05-17|day|POL||register||accepted",
    ),
    "citations": _rows(
        "record_table|record_id|source_id|quote|note",
        "coalitions|team|doc-1|Lithuania and Poland signed the agreement|",
        "coalitions|register|ref-1||Register page.",
        "events|ev-1|doc-1|signed the agreement on 25 March 2022|",
        "events|ev-2|ref-1||Declaration.",
        "events|ev-3|ref-1||Report.",
        "events|ev-4|ref-1||Meeting.",
        "memberships|m-1|doc-1|Lithuania and Poland signed|",
        "memberships|m-2|doc-1|Lithuania and Poland signed|",
        "memberships|m-3|ref-1||Participant.",
        "memberships|m-4|ref-1||Signed.",
        "memberships|m-5|ref-1||Signed.",
        "memberships|m-6|ref-1||Signed.",
        "statistics|st-1|doc-1|More than 1,000 cases were registered.|",
        "statistics|st-2|ref-1||Figure.",
        "statistics|st-3|ref-1||Figure.",
        "statistics|st-4|ref-1||Pledge.",
    ),
}


def write_curated(data_dir: Path, tables: dict[str, list[dict[str, str]]] | None = None) -> Path:
    """Write the fixture tables as curated CSV plus the corpus document under data_dir."""
    tables = TABLES if tables is None else tables
    for table, rows in tables.items():
        write_rows(csv_path(data_dir / "curated", table), table, rows)
    (data_dir / "corpus").mkdir(parents=True, exist_ok=True)
    header = {"title": "Team agreement signed", "outlet": "Example News", "published": "2022-03-26"}
    document = corpus.path_for(data_dir / "corpus", "doc-1")
    document.write_text(corpus.render(header, DOCUMENT), encoding="utf-8")
    return data_dir
