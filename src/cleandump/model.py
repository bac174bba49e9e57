"""Result values: `Article`, `Removal`, `CleanResult` (frozen, JSON-ready).

These are the public contract (see README "JSON schema"); fields may be added, never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["Article", "CleanResult", "Hashes", "Removal"]


@dataclass(frozen=True, slots=True)
class Hashes:
    """Deduplication digests of an article's normalised text (see `cleandump.hashing`)."""

    content: str
    simhash: int

    def to_dict(self) -> dict[str, Any]:
        return {"content": self.content, "simhash": self.simhash}


@dataclass(frozen=True, slots=True)
class Article:
    """One article found in a page: the main one or a related/teaser one."""

    role: str  # "main" | "related"
    title: str | None
    paragraphs: tuple[str, ...]
    outlet: str | None = None
    time_ago: str | None = None
    published: datetime | None = None
    url: str | None = None
    lines: tuple[int, ...] = ()
    hashes: Hashes | None = None
    author: str | None = None

    @property
    def text(self) -> str:
        """Paragraphs joined by a blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "title": self.title,
            "paragraphs": list(self.paragraphs),
            "text": self.text,
            "outlet": self.outlet,
            "time_ago": self.time_ago,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "lines": list(self.lines),
            "hashes": self.hashes.to_dict() if self.hashes else None,
            "author": self.author,
        }


@dataclass(frozen=True, slots=True)
class Removal:
    """Something dropped from the input, with the rule that dropped it and why.

    `line` is 1-based (None for HTML input, where `path` names the removed element);
    `span` is None for a whole line, else (start, end) character offsets within the line.
    """

    line: int | None
    text: str
    rule: str
    reason: str
    span: tuple[int, int] | None = None
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "line": self.line,
            "text": self.text,
            "span": list(self.span) if self.span else None,
            "rule": self.rule,
            "reason": self.reason,
        }
        if self.path is not None:
            data["path"] = self.path
        return data


@dataclass(frozen=True, slots=True)
class CleanResult:
    """Everything `clean()` found in one input: articles and an audit of removals."""

    main: Article | None
    related: tuple[Article, ...] = ()
    removed: tuple[Removal, ...] = ()
    id: str | None = None
    source: str | None = None
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def articles(self) -> tuple[Article, ...]:
        """`(main, *related)` without None."""
        return ((self.main,) if self.main else ()) + self.related

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "source": self.source}
        data["articles"] = [a.to_dict() for a in self.articles]
        data["removed"] = [r.to_dict() for r in self.removed]
        data["error"] = self.error
        data.update(self.extra)
        return data

    @classmethod
    def failed(cls, message: str, *, id: str | None = None, source: str | None = None) -> CleanResult:
        """A record that could not be cleaned: empty lists and a clear message."""
        return cls(main=None, id=id, source=source, error=message)
