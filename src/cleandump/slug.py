"""A page's address as a hint to its title.

Most sites put the headline in the address ("/2019/11/19/michigan-officials-6th-fatality-
linked-to-eastern-equine-encephalitis-reported/"). When a caller gives no title and the dump
has no `<title>` of its own, the line of the dump that the address spells is the page's title:
the segmentation then takes the unit it opens for the article (a caller's title does the same),
rather than a longer list of deals or teasers around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from .text import normalize_line, words

__all__ = ["slug_title", "slug_words"]

#: A slug with fewer words than this says too little to pick a line ("/news/", "/about-us").
SLUG_MIN_WORDS = 4
#: The line holds at least this share of the slug's words (a slug drops a word or two)...
SLUG_COVER = 0.8
#: ... and at least this share of its own words is in the slug (a line that merely mentions the
#: slug's words among many others is not the headline).
LINE_COVER = 0.6
#: Only lines this short can be a headline.
TITLE_MAX_WORDS = 30

_SPLIT = re.compile(r"[-_+.\s]+")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cfm)$", re.IGNORECASE)


def slug_words(url: str | None) -> list[str]:
    """The words of the address's last meaningful path segment ("" for numbers and short ones)."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    path = parts.path
    if not (parts.scheme or path.startswith("/")) or " " in path:
        return []  # not an address
    for segment in reversed([s for s in unquote(path).split("/") if s]):
        tokens = [t for t in _SPLIT.split(_EXTENSION.sub("", segment).casefold()) if t and not t.isdigit()]
        if len(tokens) >= SLUG_MIN_WORDS:
            return tokens
        if tokens:
            return []  # the page's own segment is short ("/news/latest"): no headline in it
    return []


def slug_title(url: str | None, lines: Sequence[str], norms: Sequence[str] | None = None) -> str | None:
    """The first short line of the page that the address spells, or None. `norms`: the lines'
    `normalize_line` keys where the caller has them already (the pipeline's `Line.norm`)."""
    slug = set(slug_words(url))
    if not slug:
        return None
    for k, line in enumerate(lines):
        if not line or len(line) > 300:
            continue
        norm = normalize_line(line) if norms is None else norms[k]
        if sum(word in norm for word in slug) < SLUG_COVER * len(slug):
            continue  # (each slug word the line holds as a token it holds as a substring)
        tokens = words(norm)
        if not tokens or len(tokens) > TITLE_MAX_WORDS:
            continue
        mine = set(tokens)
        shared = len(slug & mine)
        if shared >= SLUG_COVER * len(slug) and shared >= LINE_COVER * len(mine):
            return line.strip()
    return None
