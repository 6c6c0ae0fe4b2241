"""Synthetic data at scale, in the real schema, for load tests and the benchmark.

Events, figures and sources follow a daily intensity that grows year by year and has bursts of
news; about 300 actors and 60 coalitions, with memberships in proportion to them; every
record cites at least one source. One seeded generator draws everything, so a seed gives the
same files byte for byte.

Nothing here is real: states carry ISO 3166 user-assigned codes (XAA-XZZ), every source says it
is synthetic and points to example.org, and the few full-text "bulletins" are generated so that
their quotes are checked verbatim like a real corpus.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from accountability import digests, schema
from accountability.build import staged
from accountability.schema import PRECISIONS, arrow_schema

START = np.datetime64("2022-02-24")
END = np.datetime64("2026-12-31")
ROW_GROUP = 122_880  # small enough for DuckDB to skip row groups by date or id range

ACTOR_KINDS = (  # kind, how many, id prefix, name prefix
    ("state", 190, "", "State"),
    ("international organisation", 40, "org-", "Organisation"),
    ("court or prosecutor", 30, "court-", "Prosecutor"),
    ("agency", 25, "agency-", "Agency"),
    ("civil society organisation", 15, "cso-", "Civil society group"),
)
COALITION_KINDS = (  # kind, short name, roles its members take, declared size unit, how common
    ("joint investigation team", "JIT", ("founding member", "member", "participant"), "members", 6),
    ("declaration", "Decl.", ("signatory",), "signatories", 5),
    ("memorandum", "MoU", ("signatory", "partner"), "signatories", 4),
    ("core group", "Core", ("member",), "states", 2),
    ("register", "Reg.", ("signatory", "member"), "signatories", 2),
    ("tribunal", "Trib.", ("member", "partner"), "states", 1),
    ("advisory group", "Adv.", ("member", "partner"), "members", 2),
    ("referral", "Ref.", ("referring state",), "states", 1),
)
CATEGORIES = {  # category: (how common, title)
    "agreement": (7, "Agreement signed"),
    "accession": (3, "Accession announced"),
    "meeting or conference": (20, "Meeting held"),
    "warrant": (5, "Arrest warrant issued"),
    "institution launched": (2, "Institution launched"),
    "investigation": (12, "Investigation opened"),
    "referral": (2, "Situation referred"),
    "attack": (6, "Attack documented"),
    "report": (10, "Report published"),
    "pledge": (5, "Support pledged"),
    "visit": (8, "Official visit"),
    "ratification": (3, "Treaty ratified"),
    "statement": (15, "Joint statement issued"),
    "withdrawal": (2, "Withdrawal announced"),
    "judgment": (2, "Judgment delivered"),
}
PLACES = (
    "Kyiv",
    "The Hague",
    "Brussels",
    "Strasbourg",
    "Geneva",
    "New York",
    "Warsaw",
    "Vilnius",
    "Riga",
    "Tallinn",
    "Lviv",
    "Kharkiv",
    "Odesa",
    "Bucha",
    "Irpin",
    "Mykolaiv",
    "Kherson",
    "Dnipro",
    "Berlin",
    "Paris",
    "London",
    "Vienna",
    "Prague",
    "Bratislava",
    "Bucharest",
    "Chisinau",
    "Helsinki",
    "Stockholm",
    "Oslo",
    "Copenhagen",
    "Reykjavik",
    "Rome",
    "Madrid",
    "Lisbon",
    "Ottawa",
    "Washington",
    "Tokyo",
    "Canberra",
    "Luxembourg",
    "Zagreb",
)
METRICS = (  # metric, label, unit, level reached by the end of the period
    ("war_crimes_registered", "War crimes registered", "cases", 180_000),
    ("children_deported", "Children deported", "children", 20_000),
    ("civilians_killed", "Civilians killed", "people", 15_000),
    ("witness_interviews", "Witness interviews", "interviews", 60_000),
    ("pledges", "Pledges", "EUR", 2_000_000_000),
    ("register_claims", "Claims submitted to the register", "claims", 50_000),
    ("investigations_opened", "Investigations opened", "investigations", 5_000),
    ("suspects_identified", "Suspects identified", "people", 900),
)
QUALIFIERS = {"exact": 45, "more_than": 25, "about": 15, "at_least": 8, "nearly": 7}
PRECISION_SHARES = (0.85, 0.10, 0.05)
REPORTERS = 40



def _unknown_words() -> list[str]:
    """Words the mixes above use that the model's vocabularies (schema.py) do not have: none.
    The mixes weigh the model's words; they may use fewer of them, never others."""
    used = [
        ({kind for kind, *_ in ACTOR_KINDS}, schema.ACTOR_KINDS),
        ({kind for kind, *_ in COALITION_KINDS}, schema.COALITION_KINDS),
        ({role for _, _, roles, _, _ in COALITION_KINDS for role in roles}, schema.ROLES),
        (set(CATEGORIES), schema.EVENT_CATEGORIES),
        (set(QUALIFIERS), schema.QUALIFIERS),
    ]
    return sorted(word for words, model in used for word in words - set(model))


assert not _unknown_words(), f"synthetic data uses words the model does not know: {_unknown_words()}"
SOURCES_PER_RECORD = 40  # one source per this many records: a source backs a few dozen
CITE_WINDOW_DAYS = 45  # a source is published on the day of what it reports or within this many days
SECOND_CITATION = 0.25  # share of records that a second source reports too
CORPUS_SHARE = 0.02  # share of sources held in full text
CANDIDATES = 0.03  # share of records not reviewed yet
BULLETIN_ITEMS = 12
NOTE = "Synthetic, for scale tests: not a real publication."


@dataclass(frozen=True)
class Counts:
    events: int
    memberships: int
    statistics: int
    sources: int
    citations: int


def _share(weights) -> np.ndarray:
    w = np.asarray(list(weights), dtype=float)
    return w / w.sum()


def _ids(prefix: str, n: int) -> pa.Array:
    """prefix0001 ...: zero-padded, so text order is number order."""
    width = max(4, len(str(n)))
    numbers = pc.utf8_lpad(pc.cast(pa.array(np.arange(1, n + 1)), pa.string()), width, "0")
    return pc.binary_join_element_wise(prefix, numbers, "")


def _days(values: np.ndarray) -> pa.Array:
    return pa.array(values.astype("datetime64[D]"), type=pa.date32())


def _truncate(days: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """A date known only to the month or year is stored as the first day of that period."""
    month = days.astype("datetime64[M]").astype("datetime64[D]")
    year = days.astype("datetime64[Y]").astype("datetime64[D]")
    return np.where(precision == 1, month, np.where(precision == 2, year, days))


def _table(name: str, columns: dict[str, object]) -> pa.Table:
    schema = arrow_schema(name)
    return pa.Table.from_arrays([pa.array(columns[f.name], type=f.type) for f in schema], schema=schema)


class Generator:
    """Draws the tables in order; later tables use what earlier ones drew (ids, dates, weights)."""

    def __init__(self, seed: int):
        self.rng = np.random.default_rng(seed)
        self.intensity = self._intensity()

    # --- shapes shared by every table -----------------------------------------------------------

    def _intensity(self) -> np.ndarray:
        """Relative number of records per day: denser each year, quieter at weekends, bursts of news."""
        days = np.arange(START, END + 1)
        level = np.exp(0.45 * (days - START).astype(float) / 365.25)
        weekday = (days.view("int64") + 3) % 7  # 1970-01-01 was a Thursday; 0 is Monday
        level = level * np.where(weekday >= 5, 0.35, 1.0)
        for start in self.rng.integers(0, len(days), size=90):
            length = int(self.rng.geometric(1 / 5))
            span = np.arange(start, min(start + length, len(days)))
            level[span] *= 1 + self.rng.lognormal(1.3, 0.6) * np.exp(-(span - start) / length)
        return _share(level)

    def dates(self, n: int) -> np.ndarray:
        """n sorted days drawn from the daily intensity."""
        picked = np.sort(self.rng.choice(len(self.intensity), size=n, p=self.intensity))
        return START + picked.astype("timedelta64[D]")

    def precision(self, n: int) -> np.ndarray:
        return self.rng.choice(3, size=n, p=PRECISION_SHARES)

    def status(self, n: int) -> np.ndarray:
        return np.where(self.rng.random(n) < CANDIDATES, "candidate", "accepted")

    def popularity(self, n: int, exponent: float = 0.9) -> np.ndarray:
        """Weights 1/rank^exponent over n items, ranks shuffled: a few are everywhere, most are rare."""
        return _share(1.0 / self.rng.permutation(np.arange(1, n + 1)) ** exponent)

    # --- tables ---------------------------------------------------------------------------------

    def actors(self) -> pa.Table:
        codes = [f"X{a}{b}" for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
        rows = []  # (actor_id, name, kind, iso3)
        for kind, count, prefix, label in ACTOR_KINDS:
            if kind == "state":
                rows += [
                    (c, f"{label} {c}", kind, c) for c in sorted(self.rng.choice(codes, count, replace=False))
                ]
            else:
                rows += [(f"{prefix}{i:03d}", f"{label} {i:03d}", kind, None) for i in range(1, count + 1)]
        rows.sort()
        self.actor_ids = pa.array([r[0] for r in rows])
        self.actor_weights = self.popularity(len(rows))
        self.states = np.array([i for i, r in enumerate(rows) if r[2] == "state"])
        return _table(
            "actors",
            {
                "actor_id": self.actor_ids,
                "name": [r[1] for r in rows],
                "kind": [r[2] for r in rows],
                "iso3": [r[3] for r in rows],
                "aliases": [[] for _ in rows],
            },
        )

    def coalitions(self, n: int = 60) -> pa.Table:
        kinds = self.rng.choice(len(COALITION_KINDS), size=n, p=_share(k[4] for k in COALITION_KINDS))
        first = np.datetime64("2014-03-01")
        spread = (END - 180 - first).astype(int)
        self.established = first + np.sort(self.rng.beta(5, 1.6, size=n) * spread).astype(int).astype(
            "timedelta64[D]"
        )
        precision = self.precision(n)
        self.coalition_kinds = kinds
        self.coalition_sizes = np.clip(self.rng.lognormal(3.6, 0.9, size=n), 3, 220).astype(int)
        declared = np.where(
            self.rng.random(n) < 0.4, self.coalition_sizes + self.rng.integers(0, 20, size=n), -1
        )
        self.coalition_ids = _ids("coal-", n)
        number = [f"{i:02d}" for i in range(1, n + 1)]
        kind_names = [COALITION_KINDS[k][0] for k in kinds]
        return _table(
            "coalitions",
            {
                "coalition_id": self.coalition_ids,
                "name": [f"Synthetic {kind} {i}" for i, kind in zip(number, kind_names, strict=True)],
                "short_name": [f"{COALITION_KINDS[k][1]} {i}" for i, k in zip(number, kinds, strict=True)],
                "kind": kind_names,
                "established": _days(_truncate(self.established, precision)),
                "established_precision": np.array(PRECISIONS)[precision],
                "declared_size": pa.array(declared, mask=declared < 0),
                "declared_size_unit": pa.array([COALITION_KINDS[k][3] for k in kinds], mask=declared < 0),
                "note": pa.nulls(n, pa.string()),
            },
        )

    def memberships(self) -> pa.Table:
        """Each coalition's members, drawn from the actors, popular ones more often; a tenth of the
        memberships reported again by another source with another date; a few members leave.

        Memberships grow with the actors and coalitions, not with the events: more news does
        not make a coalition larger."""
        roles = sorted({role for kind in COALITION_KINDS for role in kind[2]})
        coalition, actor, joined, role = [], [], [], []
        for c, (kind, size) in enumerate(zip(self.coalition_kinds, self.coalition_sizes, strict=True)):
            members = self.rng.choice(len(self.actor_weights), size=size, replace=False, p=self.actor_weights)
            founders = np.arange(size) < 3
            delay = (
                np.where(founders, 0, self.rng.exponential(200, size=size))
                .astype(int)
                .astype("timedelta64[D]")
            )
            kind_roles = COALITION_KINDS[kind][2]
            pick = self.rng.integers(0, len(kind_roles), size=size)
            if kind_roles[0] == "founding member":  # founders found, the others join later
                pick = np.where(founders, 0, 1 + pick % (len(kind_roles) - 1))
            coalition.append(np.full(size, c))
            actor.append(members)
            joined.append(np.minimum(self.established[c] + delay, END))
            role.append(np.array([roles.index(kind_roles[p]) for p in pick]))
        coalition, actor, joined, role = (np.concatenate(a) for a in (coalition, actor, joined, role))
        pairs = len(coalition)
        again = self.rng.integers(0, pairs, size=pairs // 10)
        moved = self.rng.integers(1, 30, size=len(again)) * self.rng.choice([-1, 1], size=len(again))
        coalition = np.concatenate([coalition, coalition[again]])
        actor = np.concatenate([actor, actor[again]])
        joined = np.concatenate(
            [
                joined,
                np.clip(
                    joined[again] + moved.astype("timedelta64[D]"), self.established[coalition[pairs:]], END
                ),
            ]
        )
        role = np.concatenate([role, role[again]])
        order = np.lexsort((actor, coalition, joined))
        coalition, actor, joined, role = coalition[order], actor[order], joined[order], role[order]
        n = len(order)
        precision = self.precision(n)
        left = joined + self.rng.integers(60, 900, size=n).astype("timedelta64[D]")
        stays = (self.rng.random(n) >= 0.03) | (left > END)
        self.membership_dates = joined
        return _table(
            "memberships",
            {
                "membership_id": _ids("mem-", n),
                "coalition_id": pc.take(self.coalition_ids, coalition),
                "actor_id": pc.take(self.actor_ids, actor),
                "role": np.array(roles)[role],
                "joined": _days(_truncate(joined, precision)),
                "joined_precision": np.array(PRECISIONS)[precision],
                "left": pa.array(left.astype("datetime64[D]"), type=pa.date32(), mask=stays),
                "left_precision": pa.array(np.full(n, "day"), mask=stays),
                "note": pa.nulls(n, pa.string()),
                "status": self.status(n),
            },
        )

    def _coalition_by(self, days: np.ndarray) -> pa.Array:
        """For each day, one of the coalitions established by then (uniformly), or null if none."""
        known = np.searchsorted(self.established, days, side="right")
        pick = (self.rng.random(len(days)) * known).astype(int)
        return pc.take(self.coalition_ids, pa.array(pick, mask=known == 0))

    def events(self, n: int) -> pa.Table:
        days = self.dates(n)
        precision = self.precision(n)
        names = list(CATEGORIES)
        category = self.rng.choice(len(names), size=n, p=_share(w for w, _ in CATEGORIES.values()))
        place = self.rng.integers(0, len(PLACES) + 6, size=n)  # some events name no place
        has_place = place < len(PLACES)
        title = pc.binary_join_element_wise(
            pc.take(pa.array([t for _, t in CATEGORIES.values()]), category),
            pc.take(pa.array(PLACES), pa.array(np.minimum(place, len(PLACES) - 1), mask=~has_place)),
            " in ",
            null_handling="skip",
        )
        # 1 to 5 actors an event, popular ones more often, none twice
        wanted = 1 + self.rng.binomial(4, 0.3, size=n)
        drawn = np.sort(self.rng.choice(len(self.actor_weights), size=(n, 5), p=self.actor_weights), axis=1)
        keep = (np.arange(5) < wanted[:, None]) & np.concatenate(
            [np.ones((n, 1), bool), drawn[:, 1:] != drawn[:, :-1]], axis=1
        )
        offsets = np.concatenate([[0], np.cumsum(keep.sum(axis=1))]).astype(np.int32)
        actor_ids = pa.ListArray.from_arrays(pa.array(offsets), pc.take(self.actor_ids, drawn[keep]))
        linked = self.rng.random(n) < 0.3
        self.event_dates = days
        return _table(
            "events",
            {
                "event_id": _ids("ev-", n),
                "date": _days(_truncate(days, precision)),
                "date_precision": np.array(PRECISIONS)[precision],
                "title": title,
                "category": np.array(names)[category],
                "place": pc.take(
                    pa.array(PLACES), pa.array(np.minimum(place, len(PLACES) - 1), mask=~has_place)
                ),
                "actor_ids": actor_ids,
                "coalition_id": pc.if_else(
                    pa.array(linked), self._coalition_by(days), pa.scalar(None, pa.string())
                ),
                "note": pa.nulls(n, pa.string()),
                "status": self.status(n),
            },
        )

    def metrics(self) -> pa.Table:
        return _table(
            "metrics",
            {
                "metric": [m[0] for m in METRICS],
                "label": [m[1] for m in METRICS],
                "unit": [m[2] for m in METRICS],
                "description": [f"{m[1]}, as reported. {NOTE}" for m in METRICS],
            },
        )

    def statistics(self, n: int) -> pa.Table:
        """Cumulative figures that grow over time; each reporter has its own bias, each figure noise;
        rounded figures carry a qualifier ('more than 19,000'); reporters disagree as they do."""
        days = self.dates(n)
        precision = self.precision(n)
        metric = self.rng.choice(len(METRICS), size=n, p=self.popularity(len(METRICS), 1.0))
        reporters = self.rng.choice(
            len(self.actor_weights), size=REPORTERS, replace=False, p=self.actor_weights
        )
        reporter = self.rng.choice(REPORTERS, size=n, p=self.popularity(REPORTERS, 1.1))
        bias = self.rng.normal(0, 0.08, size=REPORTERS)
        progress = np.maximum((days - START).astype(float) / (END - START).astype(float), 0.02) ** 1.2
        level = np.array([m[3] for m in METRICS], dtype=float)[metric]
        value = level * progress * (1 + bias[reporter] + self.rng.normal(0, 0.04, size=n))
        qualifier = self.rng.choice(len(QUALIFIERS), size=n, p=_share(QUALIFIERS.values()))
        rounding = 10.0 ** np.maximum(np.floor(np.log10(np.maximum(value, 1))) - 1, 0)
        value = np.where(qualifier == 0, np.round(value), np.round(value / rounding) * rounding)
        top_state = self.states[np.argmax(self.actor_weights[self.states])]
        subject = np.where(self.rng.random(n) < 0.7, top_state, self.rng.choice(self.states, size=n))
        linked = self.rng.random(n) < 0.08
        self.statistic_dates = days
        return _table(
            "statistics",
            {
                "stat_id": _ids("st-", n),
                "metric": np.array([m[0] for m in METRICS])[metric],
                "value": np.maximum(value, 1.0),
                "qualifier": np.array(list(QUALIFIERS))[qualifier],
                "unit": np.array([m[2] for m in METRICS])[metric],
                "as_of": _days(_truncate(days, precision)),
                "as_of_precision": np.array(PRECISIONS)[precision],
                "reported_by": pc.take(
                    self.actor_ids, pa.array(reporters[reporter], mask=self.rng.random(n) < 0.05)
                ),
                "subject_iso3": pc.take(self.actor_ids, subject),
                "coalition_id": pc.if_else(
                    pa.array(linked), self._coalition_by(days), pa.scalar(None, pa.string())
                ),
                "note": pa.nulls(n, pa.string()),
                "status": self.status(n),
            },
        )

    def sources(self, n: int) -> pa.Table:
        published = self.dates(n)
        corpus = self.rng.random(n) < CORPUS_SHARE
        ids = _ids("src-", n)
        items = [
            pc.binary_join_element_wise(f"Item {k} of synthetic bulletin ", ids, ".", "")
            for k in range(1, BULLETIN_ITEMS + 1)
        ]
        self.source_ids, self.source_dates, self.source_corpus = ids, published, corpus
        return _table(
            "sources",
            {
                "source_id": ids,
                "title": pc.binary_join_element_wise(
                    pc.if_else(pa.array(corpus), "Synthetic bulletin ", "Synthetic report "), ids, ""
                ),
                "outlet": pc.take(
                    pa.array([f"Outlet {i:02d}" for i in range(1, 31)]), self.rng.integers(0, 30, size=n)
                ),
                "published": _days(published),
                "published_precision": np.full(n, "day"),
                "url": pc.binary_join_element_wise("https://example.org/synthetic/", ids, ""),
                "kind": np.where(corpus, "corpus", "reference"),
                "note": np.full(n, NOTE),
                "text": pc.if_else(
                    pa.array(corpus), pc.binary_join_element_wise(*items, " "), pa.scalar(None, pa.string())
                ),
            },
        )

    def _cite(self, table: str, ids: pa.Array, days: np.ndarray) -> pa.Table:
        """One or two sources for each record, published within a few weeks after its date."""
        n = len(days)
        low = np.searchsorted(self.source_dates, days, side="left")
        high = np.searchsorted(self.source_dates, days + CITE_WINDOW_DAYS, side="right")
        width = np.maximum(high - low, 1)
        low = np.minimum(low, len(self.source_dates) - 1)
        first = np.minimum(low + (self.rng.random(n) * width).astype(int), len(self.source_dates) - 1)
        other = np.minimum(low + (self.rng.random(n) * width).astype(int), len(self.source_dates) - 1)
        other = np.where(other == first, (first + 1) % len(self.source_dates), other)
        two = self.rng.random(n) < SECOND_CITATION
        count = 1 + two
        record = np.repeat(np.arange(n), count)
        source = np.empty(len(record), dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(count)[:-1]])
        source[starts] = np.where(two, np.minimum(first, other), first)
        source[starts[two] + 1] = np.maximum(first, other)[two]
        corpus = self.source_corpus[source]
        item = self.rng.integers(1, BULLETIN_ITEMS + 1, size=len(source))
        source_ids = pc.take(self.source_ids, source)
        quote = pc.binary_join_element_wise(
            pc.binary_join_element_wise("Item ", pc.cast(pa.array(item), pa.string()), ""),
            " of synthetic bulletin ",
            source_ids,
            ".",
            "",
        )
        return _table(
            "citations",
            {
                "record_table": np.full(len(record), table),
                "record_id": pc.take(ids, record),
                "source_id": source_ids,
                "quote": pc.if_else(pa.array(corpus), quote, pa.scalar(None, pa.string())),
                "note": pa.nulls(len(record), pa.string()),
            },
        )

    def citations(self, tables: dict[str, pa.Table]) -> pa.Table:
        # Ids were numbered in date order and tables are named in order, so the rows come out
        # sorted by (record_table, record_id, source_id), as the build writes them.
        dated = {
            "coalitions": ("coalition_id", self.established),
            "events": ("event_id", self.event_dates),
            "memberships": ("membership_id", self.membership_dates),
            "statistics": ("stat_id", self.statistic_dates),
        }
        return pa.concat_tables(
            [
                self._cite(table, tables[table].column(key).combine_chunks(), days)
                for table, (key, days) in dated.items()
            ]
        )


def synthesize(
    n_events: int, out_dir: Path, seed: int = 0, progress: Callable[[str], None] = print
) -> Counts:
    """Write a synthetic dataset of n_events events to out_dir (files appear there only when all are done)."""
    if n_events < 1:
        raise ValueError("the number of events must be positive")
    began = time.perf_counter()
    gen = Generator(seed)
    tables: dict[str, pa.Table] = {}
    with staged(Path(out_dir)) as staging:

        def write(name: str, make: Callable[[], pa.Table]) -> None:
            step = time.perf_counter()
            table = tables[name] = schema.in_file_order(name, make())
            pq.write_table(table, staging / f"{name}.parquet", compression="zstd", row_group_size=ROW_GROUP)
            progress(f"{name:12} {table.num_rows:>12,} rows  {time.perf_counter() - step:6.1f} s")

        write("actors", gen.actors)
        write("coalitions", gen.coalitions)
        write("metrics", gen.metrics)
        write("memberships", gen.memberships)
        write("events", lambda: gen.events(n_events))
        write("statistics", lambda: gen.statistics(n_events))
        records = sum(tables[t].num_rows for t in ("events", "memberships", "statistics", "coalitions"))
        write("sources", lambda: gen.sources(max(100, records // SOURCES_PER_RECORD)))
        write("citations", lambda: gen.citations(tables))
        step = time.perf_counter()
        digests.write(staging)
        progress(f"{'digests':12} {len(digests.names()):>12,} files {time.perf_counter() - step:6.1f} s")
    progress(f"{'all':12} {'':>12}       {time.perf_counter() - began:6.1f} s -> {out_dir}")
    return Counts(
        *(tables[t].num_rows for t in ("events", "memberships", "statistics", "sources", "citations"))
    )
