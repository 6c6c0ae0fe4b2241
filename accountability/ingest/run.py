"""The ingest: articles in, candidate records and corpus documents written as one unit."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import corpus
from .document import Context
from .extract import extract
from .progress import Progress
from .read import Unreadable, read_file
from .records import IdMaker, add_article, corpus_text, normalised, source_id_for
from .store import Transaction, locked, recover

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".text")


@dataclass
class DocumentResult:
    path: str
    source_id: str = ""
    skipped: str = ""  # why nothing was taken from the file
    records: list = field(default_factory=list)  # (Proposal, record id)


@dataclass
class IngestResult:
    documents: list[DocumentResult] = field(default_factory=list)
    recovered: bool = False

    @property
    def ingested(self) -> list[DocumentResult]:
        return [d for d in self.documents if not d.skipped]

    @property
    def failed(self) -> list[DocumentResult]:
        return [d for d in self.documents if d.skipped and not d.skipped.startswith("already")]


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; a directory stands for the articles directly inside it."""
    out = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            out.append(path)
    return out


def _known_bodies(transaction: Transaction) -> dict[str, str]:
    """normalised text -> source id, for every corpus document already held."""
    known = {}
    for row in transaction.tables["sources"]:
        path = corpus.path_for(transaction.corpus, row.get("source_id", ""))
        if row.get("kind") == "corpus" and path.exists():
            known[normalised(corpus.read(path).body)] = row["source_id"]
    return known


def ingest(paths: list[Path], data_dir: Path, progress: Progress | None = None) -> IngestResult:
    """Read, extract and store every readable article; unreadable ones are reported, not fatal.

    Nothing is written until every file has been read, and then all at once: an interruption
    before that leaves the data as it was.
    """
    result = IngestResult()
    files = expand(paths)
    progress = progress or Progress(len(files))
    with locked(data_dir):
        result.recovered = recover(data_dir)
        transaction = Transaction(data_dir)
        context = Context.from_tables(transaction.tables)
        ids = IdMaker(transaction.tables)
        known = _known_bodies(transaction)
        for path in files:
            document = DocumentResult(str(path))
            result.documents.append(document)
            try:
                article = read_file(path)
                key = normalised(article.body)
                if key in known:
                    document.source_id = known[key]
                    document.skipped = f"already in the corpus as {known[key]}"
                    continue
                document.source_id = source_id_for(article.body)
                proposals = extract(article, context, document.source_id)
            except Unreadable as error:
                document.skipped = str(error)
                continue
            except Exception as error:  # noqa: BLE001 - one article's failure must not stop the others
                document.skipped = f"could not be processed ({type(error).__name__}: {error})"
                continue
            finally:
                progress.step(path.name)
            known[key] = document.source_id
            changed, document.records = add_article(
                transaction.tables, ids, article, document.source_id, path.name, proposals
            )
            for table in changed:
                transaction.touch(table)
            transaction.add_document(document.source_id, corpus_text(article))
        transaction.commit()
    return result
