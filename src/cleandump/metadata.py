"""Page metadata from HTML: title, author, publish date, site name, canonical url.

Read, in order of trust, from JSON-LD (`NewsArticle`, `Article`, ...), OpenGraph / `<meta>` tags,
`<link rel=canonical>`, `<time datetime>` and `<title>`/`<h1>`. A few XPath look-ups on the tree
the HTML stage already parsed: far cheaper than a second parse.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from typing import Any

import regex
from lxml import etree
from lxml import html as lxml_html

__all__ = ["PageMeta", "page_metadata", "parse_iso_date"]

_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "author": ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"),
    "published": (
        "article:published_time",
        "article:published",
        "article.published",
        "og:published_time",
        "datepublished",
        "pubdate",
        "dc.date",
        "date",
        "parsely-pub-date",
        "sailthru.date",
    ),
    "site": ("og:site_name", "application-name", "publisher"),
    "description": ("og:description", "description", "twitter:description", "dc.description"),
}


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page says about itself (None where it says nothing)."""

    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    site: str | None = None
    url: str | None = None
    #: the page's own statement of its text in JSON-LD (`articleBody`, else `description`): the
    #: main article of last resort when the visible text yields none (text kept in a script)
    body: str | None = None
    #: what the page says it is (`data/page_kinds.json`): "article", "discussion" or None
    kind: str | None = None
    #: its description in a meta tag (`og:description`, `description`...): the main article of
    #: last resort after `body`, for a script-rendered page without JSON-LD
    description: str | None = None


def page_metadata(root: etree._Element) -> PageMeta:
    """Metadata of a parsed page; never raises on odd markup."""
    objects = _ld_objects(root)
    ld = _json_ld(objects)
    meta = _meta_tags(root)

    def first(key: str) -> str | None:
        return next((meta[k] for k in _META_KEYS[key] if meta.get(k)), None)

    title = ld.get("headline") or first("title") or _text(root, "//h1") or _text(root, "//title")
    author = _name(ld.get("author")) or first("author")
    date = ld.get("datePublished") or first("published") or _attr(root, "//time[@datetime]/@datetime")
    site = _name(ld.get("publisher")) or first("site")
    url = _attr(root, "//link[@rel='canonical']/@href") or meta.get("og:url")
    kind = _declared_kind(objects, meta.get("og:type"))
    description = first("description")
    return PageMeta(
        _clean(title),
        _clean(author),
        parse_iso_date(date),
        _clean(site),
        _clean(url),
        _ld_body(objects),
        kind,
        (description or "").strip() or None,
    )


@lru_cache(maxsize=1)
def _page_kinds() -> dict[str, frozenset[str]]:
    data = json.loads(resources.files("cleandump.data").joinpath("page_kinds.json").read_text("utf-8"))
    return {kind: frozenset(data[kind]) for kind in ("article", "discussion")}


def _declared_kind(objects: list[dict[str, Any]], og_type: str | None) -> str | None:
    """ "discussion" when a JSON-LD object's @type is a thread's or a question's, else "article"
    when one is an article's (or og:type says "article"), else None (see `data/page_kinds.json`)."""
    stated = {f"og:{og_type.strip().lower()}"} if og_type else set()
    for obj in objects:
        kind = obj.get("@type")
        stated.update(k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str))
    kinds = _page_kinds()
    if not stated.isdisjoint(kinds["discussion"]):
        return "discussion"
    return "article" if not stated.isdisjoint(kinds["article"]) else None


def _xpath(root: etree._Element, path: str) -> list[Any]:
    found = root.xpath(path)
    return found if isinstance(found, list) else []


def _ld_objects(root: etree._Element) -> list[dict[str, Any]]:
    """Every object of the page's JSON-LD scripts (scripts that do not parse are skipped)."""
    out: list[dict[str, Any]] = []
    for script in _xpath(root, "//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # broken, or nested past the parser's depth
            continue
        out.extend(_objects(data))
    return out


def _json_ld(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The first JSON-LD object that describes an article (or any with a headline)."""
    for obj in objects:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "headline" in obj or any(isinstance(k, str) and k.endswith("Article") for k in kinds):
            return obj
    return {}


_BLOCK_END = regex.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6])\s*>", regex.IGNORECASE)
#: Characters of JSON-LD body text kept (a description, an article's text).
LD_BODY_CHARS = 100_000


def _ld_body(objects: list[dict[str, Any]]) -> str | None:
    """The longest `articleBody` (else `description`) string of the page's JSON-LD objects."""
    best: dict[str, str] = {}
    for obj in objects:
        for key in ("articleBody", "description"):
            value = obj.get(key)
            if isinstance(value, str) and len(value) > len(best.get(key, "")):
                best[key] = value
    text = (best.get("articleBody") or best.get("description") or "")[:LD_BODY_CHARS]
    if "<" in text:  # some sites put markup in it: blocks become lines, tags go
        with contextlib.suppress(etree.ParserError, ValueError):
            text = "".join(str(t) for t in lxml_html.fromstring(_BLOCK_END.sub("\n", text)).itertext())
    return text.strip() or None


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"), depth + 1)
    elif isinstance(data, list):
        for item in data[:50]:
            yield from _objects(item, depth + 1)


def _meta_tags(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in _xpath(root, "//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and key not in out:
            out[key] = el.get("content") or ""
    return out


def _text(root: etree._Element, path: str) -> str | None:
    found = _xpath(root, path)
    return " ".join("".join(found[0].itertext()).split()) if found else None


def _attr(root: etree._Element, path: str) -> str | None:
    found = _xpath(root, path)
    return str(found[0]) if found else None


def _name(value: Any) -> str | None:
    """A person or organisation: a string, {"name": ...}, or a list of either (first one)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text[:300] or None


def parse_iso_date(value: Any) -> datetime | None:
    """An ISO-8601 date or date-time (naive taken as UTC); None when it does not parse."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(text[:32])
    except ValueError:
        try:
            dt = datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
