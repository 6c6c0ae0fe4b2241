"""One article in, the records it states out: events, memberships and figures, each with its quote."""

from __future__ import annotations

from . import extract_events, extract_figures, extract_memberships
from .document import Context, DocumentView
from .proposals import Proposal
from .read import Article
from .when import Published


def view_of(article: Article, context: Context) -> DocumentView:
    published = Published(article.published, article.published_precision) if article.published else None
    return DocumentView(article.body, published, context, article.title)


def extract(article: Article, context: Context, source_id: str) -> list[Proposal]:
    """Every candidate record of one article, events first, in the order the text gives them."""
    view = view_of(article, context)
    return [
        *extract_events.extract(view),
        *extract_memberships.extract(view),
        *extract_figures.extract(view, source_id),
    ]
