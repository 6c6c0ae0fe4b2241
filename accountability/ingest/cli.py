"""The `ingest`, `review` and `ingest-eval` subcommands, registered into commands.REGISTRY."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from ..config import add_data_option, data_dir

EVAL_HELP = """Score the extractors against hand-labelled articles: the set written in our own words
(tests/ingest_labels/*.json, texts beside them) and, with --texts DIR, published articles
(tests/ingest_labels/real/*.json, split into tune and heldout; their texts are not in the
repository: DIR holds one file per label file, named after it, e.g. real_001.txt; the URLs
are in tests/ingest_labels/real/SOURCES.md). --texts defaults to $ACCOUNTABILITY_EVAL_TEXTS.

Matching rules (one prediction matches at most one label):
  figures      same value (within 0.5%%), same qualifier, same unit family
               (countries = countries/states/nations; people = people/civilians/persons;
               cases = cases/crimes/war crimes/proceedings; currencies by ISO code),
               and where the label names a metric: that metric, one the label lists as
               acceptable (metric_accepted), or, where the label's metric is itself a
               proposal (not curated), any newly proposed metric
  memberships  same coalition id and same member, by id or by the slug of its name, and
               where the label gives the join date, the same month (year for a year);
               the role is not required
  events       same date and precision, and at least half of the label title's content
               words found in the predicted title (compared by crude stems)
Labels marked optional count neither as missed nor, when found, as wrong.

The tune part is also shown halved (real-tune-a, real-tune-b: the tune label files sorted by
name, every third one in -b): change rules from the errors of tune-a (--errors real-tune-a) and
watch tune-b as articles they were not fitted to; real-heldout is for reporting only.
The 95% interval of each F1 comes from drawing the set's articles again with replacement
(2,000 draws, a fixed seed): a set of 25 articles gives a wide one.
"""


def _json_record(proposal, record_id: str) -> dict:
    f = proposal.fields
    quote = proposal.quotes[0]
    if proposal.table == "events":
        return {
            "id": record_id,
            "date": f["date"],
            "date_precision": f["date_precision"],
            "title": f["title"],
            "place": f["place"],
            "quote": quote,
        }
    if proposal.table == "memberships":
        return {
            "id": record_id,
            "coalition": f["coalition_id"],
            "member": f["actor_id"],
            "role": f["role"],
            "joined": f["joined"],
            "quote": quote,
        }
    value = float(f["value"])
    return {
        "id": record_id,
        "metric": f["metric"],
        "value": int(value) if value.is_integer() else value,
        "qualifier": f["qualifier"],
        "unit": f["unit"],
        "as_of": f["as_of"],
        "reported_by": f["reported_by"],
        "quote": quote,
    }


def _run_ingest(args: argparse.Namespace) -> int:
    from .run import ingest
    from .store import Busy, Rejected

    root = data_dir(args.data)
    try:
        result = ingest([Path(p) for p in args.paths], root)
    except Busy as error:
        print(f"ingest: {error}", file=sys.stderr)
        return 1
    except Rejected as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"ingest: {error}.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ingest: interrupted; the curated data is as it was.", file=sys.stderr)
        return 130
    if result.recovered:
        print("Finished the file moves of an earlier ingest or review that was interrupted.")
    for document in result.documents:
        if document.skipped:
            stream = sys.stdout if document.skipped.startswith("already") else sys.stderr
            print(f"skipped {document.path}: {document.skipped}", file=stream)
            continue
        counts = {
            table: sum(1 for p, _ in document.records if p.table == table)
            for table in ("events", "memberships", "statistics")
        }
        print(
            f"{document.path}: {document.source_id}: {counts['events']} events, {counts['memberships']} "
            f"memberships, {counts['statistics']} figures, all candidates"
        )
    if result.ingested:
        print(
            f"{len(result.ingested)} article(s) added to {root / 'corpus'}. Review the candidates with "
            "`python -m accountability review list`, then `build`."
        )
    if args.json:
        _write_json(Path(args.json), result)
    return 1 if result.failed else 0


def _write_json(path: Path, result) -> None:
    documents = []
    for document in result.documents:
        entry = {
            "path": document.path,
            "source_id": document.source_id,
            "events": [],
            "memberships": [],
            "statistics": [],
        }
        if document.skipped:
            entry["skipped"] = document.skipped
        for proposal, record_id in document.records:
            entry[proposal.table].append(_json_record(proposal, record_id))
        documents.append(entry)
    path.write_text(
        json.dumps({"documents": documents}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def register_ingest(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "ingest",
        help="add articles (text, Markdown, HTML) to the corpus and propose the records they state",
        description="Each article becomes a corpus source; the events, memberships and figures it states are "
        "added to the curated tables as candidates, each citing its sentence. A second copy of an article "
        "already held is skipped. A file may start with title:, outlet:, published: (or date:) and url: "
        "lines and a blank line. Nothing is written unless every new row validates.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, or directories of them")
    add_data_option(parser)
    parser.add_argument("--json", metavar="FILE", help="also write what was extracted, as JSON")
    parser.set_defaults(run=_run_ingest)


def _run_review(args: argparse.Namespace) -> int:
    from .review import NotEditable, UnknownRecord, candidates, decide, describe, edit, only_unreviewed
    from .store import Busy, Rejected

    root = data_dir(args.data)
    action = args.action or "list"
    if action == "list":
        chosen, tables = candidates(root, args.source)
        names = {row["actor_id"]: row["name"] for row in tables["actors"]}
        titles = {row["source_id"]: row for row in tables["sources"]}
        shown_source = None
        for candidate in chosen:
            source = candidate.sources[0] if candidate.sources else ""
            if source != shown_source:
                info = titles.get(source, {})
                print(
                    f"\n{source}  {info.get('title', '')} ({info.get('outlet') or 'no outlet'}, "
                    f"{info.get('published') or 'undated'})"
                )
                shown_source = source
            print(f"  {candidate.record_id:<9} {describe(candidate, names)}")
            for quote in candidate.quotes[:1]:
                print(f"            “{quote if len(quote) < 160 else quote[:157] + '…'}”")
        for kind, ids in only_unreviewed(tables).items():
            if ids:
                print(
                    f"\n{kind.capitalize()} only unreviewed records use (new ones came with the ingest): "
                    + ", ".join(ids)
                )
        print(
            f"\n{len(chosen)} candidate(s)."
            + (" Accept or reject with `review accept|reject ID... | --source ID | --all`." if chosen else "")
        )
        return 0
    if action == "edit":
        return _run_edit(root, args.ids, edit, (UnknownRecord, NotEditable, Busy, Rejected))
    if not (args.ids or args.source or args.all):
        print(f"review {action}: name record ids, or --source ID, or --all", file=sys.stderr)
        return 2
    status = "accepted" if action == "accept" else "rejected"
    try:
        changed = decide(root, status, ids=args.ids, source=args.source, everything=args.all)
    except (UnknownRecord, Busy) as error:
        print(f"review: {error}", file=sys.stderr)
        return 1
    except Rejected as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"review: {error}.", file=sys.stderr)
        return 1
    print(
        f"{len(changed)} record(s) {status}."
        + (" Run `python -m accountability build` to show them." if changed else "")
    )
    return 0


def _run_edit(root: Path, words: list[str], edit, errors: tuple) -> int:
    """`review edit ID column=value ...`"""
    changes = dict(w.split("=", 1) for w in words[1:] if "=" in w)
    if not words or len(changes) != len(words) - 1 or not changes:
        print("review edit: name one record id, then column=value pairs", file=sys.stderr)
        return 2
    try:
        edit(root, words[0], changes)
    except errors as error:
        for problem in getattr(error, "problems", []):
            print(problem, file=sys.stderr)
        print(f"review: {error}.", file=sys.stderr)
        return 1
    print(f"{words[0]} edited: " + ", ".join(f"{k}={v}" for k, v in changes.items()) + ".")
    return 0


def register_review(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "review",
        help="list candidate records, accept or reject them (by id, by source, or all)",
        description="`review list [--source ID]` shows every candidate with its quote; "
        "`review accept ID...`, `review accept --source ID` or `review accept --all` accepts; "
        "`review reject ...` rejects; `review edit ID column=value ...` changes a candidate "
        "(e.g. the coalition the ingest left for review). "
        "Rejected records are kept but not built.",
    )
    parser.add_argument(
        "action", nargs="?", choices=("list", "accept", "reject", "edit"), help="default: list"
    )
    parser.add_argument(
        "ids", nargs="*", metavar="ID", help="record ids (ev-…, m-…, st-…); for edit: ID column=value ..."
    )
    parser.add_argument("--source", metavar="ID", help="every candidate drawn from this source")
    parser.add_argument("--all", action="store_true", help="every candidate")
    add_data_option(parser)
    parser.set_defaults(run=_run_review)


def _run_eval(args: argparse.Namespace) -> int:
    from .evaluate import (
        ANY_METRIC,
        KIND_NAMES,
        KINDS,
        REAL,
        SETS,
        evaluate,
        f1_interval,
        macro_f1,
        missing_texts,
        totals,
    )

    labels = Path(args.labels)
    texts = args.texts or os.environ.get("ACCOUNTABILITY_EVAL_TEXTS")
    started = time.perf_counter()
    results, rate = evaluate(labels, Path(args.context) if args.context else None)
    skipped = ""
    if not texts:
        skipped = f"published set not scored: name its texts with --texts DIR ({labels / REAL}/SOURCES.md)"
    elif not Path(texts).is_dir():
        skipped = f"published set not scored: {texts} is not a directory"
    else:
        real, real_rate = evaluate(labels / REAL, texts=Path(texts))
        rate = (rate * len(results) + real_rate * len(real)) / max(len(results) + len(real), 1)
        results += real
        absent = missing_texts(labels / REAL, Path(texts))
        if absent:
            skipped = f"{len(absent)} published article(s) without a text in {texts}: {', '.join(absent)}"
    wall = time.perf_counter() - started
    print(
        f"{'set':<13} {'kind':<21} {'P':>5} {'R':>5} {'F1':>5}  {'TP':>3} {'FP':>3} {'FN':>3}  "
        f"{'macro F1':>8}  {'F1 95% interval':>15}  articles"
    )
    names = {**KIND_NAMES, ANY_METRIC: "figures, any metric"}
    for set_name in SETS:
        chosen = [r for r in results if r.in_set(set_name)]
        if not chosen:
            continue
        scores = totals(chosen)
        for kind in (*KINDS, ANY_METRIC):
            s = scores[kind]
            low, high = f1_interval(chosen, kind)
            print(
                f"{set_name:<13} {names[kind]:<21} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  "
                f"{s.tp:>3} {s.fp:>3} {s.fn:>3}  {macro_f1(chosen, kind):8.2f}  {low:8.2f} - {high:4.2f}  "
                f"{len(chosen)}"
            )
    if skipped:
        print(skipped)
    if args.errors:
        _print_errors(results, args.errors)
    print(
        f"\n{len(results)} articles; extraction {rate:.0f} articles/s (reading and extracting, "
        f"after loading the tables); whole run {wall:.2f} s."
    )
    if args.json:
        payload = {
            "articles": [
                {
                    "name": r.name,
                    "split": r.split,
                    "set": r.set_name,
                    "scores": {k: vars(v) for k, v in r.scores.items()},
                    "missed": r.missed,
                    "wrong": r.wrong,
                }
                for r in results
            ],
            "articles_per_second": rate,
        }
        Path(args.json).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def _print_errors(results, set_name: str) -> None:
    """Each missed label and each wrong proposal of one set ('all' for every set), by article."""
    from .evaluate import KIND_NAMES

    for result in results:
        if set_name != "all" and not result.in_set(set_name):
            continue
        for kind, name in KIND_NAMES.items():
            for label in result.missed[kind]:
                print(f"{result.name} {name} missed: {_brief(label)}")
            for guess in result.wrong[kind]:
                print(f"{result.name} {name} wrong:  {_brief(guess)}")


def _brief(record: dict) -> str:
    shown = {k: v for k, v in record.items() if k not in ("quote", "member_name", "optional", "note")}
    quote = record.get("quote", "")
    return json.dumps(shown, ensure_ascii=False) + (f"  «{quote[:140]}»" if quote else "")


def register_ingest_eval(sub: argparse._SubParsersAction) -> None:
    from ..config import ROOT

    parser = sub.add_parser(
        "ingest-eval",
        help="precision, recall and F1 of the ingest against hand-labelled articles",
        description=EVAL_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--labels", default=str(ROOT / "tests" / "ingest_labels"), help="labelled set directory"
    )
    parser.add_argument(
        "--context",
        help="curated actors/coalitions/metrics to resolve against (default: the labelled set's context/)",
    )
    parser.add_argument(
        "--texts",
        metavar="DIR",
        help="texts of the published articles, one per label file (default: $ACCOUNTABILITY_EVAL_TEXTS)",
    )
    parser.add_argument(
        "--errors",
        metavar="SET",
        choices=("all", "written", "real-tune", "real-tune-a", "real-tune-b", "real-heldout"),
        help="also list every missed and wrong record of that set",
    )
    parser.add_argument("--json", metavar="FILE", help="write per-article scores, misses and errors")
    parser.set_defaults(run=_run_eval)
