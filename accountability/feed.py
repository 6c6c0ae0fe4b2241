"""What the latest data releases changed, as an Atom feed a newsroom can subscribe to.

One entry per change told in words ("Romania joined the Joint Investigation Team ..."), newest
release first, each linking to the record's permalink in the API and naming its sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
JSON_TYPE = "application/json"
MAX_ENTRIES = 200
TITLE = "Ukraine Accountability Tracker: what changed in the data"


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = text
    return element


def _printable(text: str) -> str:
    """XML 1.0 cannot hold most control characters: they are left out."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def _source(source: dict) -> str:
    outlet = f"({source['outlet']})" if source.get("outlet") else ""
    return " ".join(part for part in (source.get("title"), outlet, source.get("url")) if part)


def atom_feed(history: Sequence[dict], base: str) -> bytes:
    """The feed of the releases in `history` (newest first), at most MAX_ENTRIES changes."""
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", TITLE)
    _text(feed, "id", f"{base}/api/v1/changes.atom")
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": f"{base}/api/v1/changes.atom"})
    updated = f"{history[0]['date']}T00:00:00Z" if history else "1970-01-01T00:00:00Z"
    _text(feed, "updated", updated)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "Ukraine Accountability Tracker")
    count = 0
    for release in history:
        for change in release.get("changelog") or []:
            if count >= MAX_ENTRIES:
                break
            count += 1
            entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
            _text(entry, "id", f"urn:uat:{release['id']}:{change['table']}:{change['id']}:{change['change']}")
            _text(entry, "title", _printable(change["text"]))
            _text(entry, "updated", f"{release['date']}T00:00:00Z")
            ET.SubElement(entry, f"{{{ATOM}}}category", {"term": change["change"]})
            href = f"{base}/api/v1/records/{change['id']}.json"
            ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": JSON_TYPE, "href": href})
            sources = "; ".join(_source(s) for s in change.get("sources") or [])
            summary = f"Release {release['id']} of {release['date']}."
            summary += f" Sources: {sources}." if sources else ""
            _text(entry, "summary", _printable(summary))
    ET.register_namespace("", ATOM)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
