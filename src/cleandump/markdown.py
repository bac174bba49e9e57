"""Markdown dumps: each line read as the text a reader of the page sees.

Scrapers that feed language models store pages as markdown (Jina Reader, Firecrawl, crawl4ai,
html2text): "# Title", "[Sports](https://...)", "![photo](...)", "**Read more:**", and sometimes a
reader's preamble ("Title: ...", "URL Source: ..."). Read as plain text, the markup leaks into the
article and hides what the line stages look for (a heading's words, a link list's names). This module
turns every input line into its text (inline markup parsed by markdown-it-py, block prefixes by the
small patterns below), so the text pipeline runs unchanged and line numbers stay the input's. What
markdown says beyond the text is kept beside it: the address of a line that is one link (a teaser's
title: its article's url), the page's title and address from the preamble or its only level-1
heading. Lines that hold no text (a picture, a code fence, a bare link) are removed with rules of their
own (`reading.PICTURE_RULE`, `reading.MARKUP_RULE`), so every input line is still accounted for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from importlib import resources
from typing import Any

import regex
from markdown_it import MarkdownIt
from markdown_it.token import Token

from .metadata import parse_iso_date
from .reading import MARKUP_RULE, PICTURE_RULE, ReadPage
from .rules import Rule

__all__ = ["block_lines", "looks_like_markdown", "read_markdown"]

PREAMBLE_RULE = Rule(
    "reader-preamble", "meta", "", "the reader's header above the page (title, address, time): kept as metadata"
)

CAPTION_RULE = Rule(
    "caption",
    "markup",
    "",
    "a picture's caption under it (it opens with the picture's alt text): it describes the picture",
)
#: A picture's alt text opens its caption when it has at least this many words.
CAPTION_ALT_WORDS = 3
_ALT = regex.compile(r"!\[([^\]\n]{1,300})\]")
#: An inline link or picture: `[text](target)`, `![alt](src)`.
_INLINE = regex.compile(r"!?\[[^\]\n]{0,300}\]\(\s*<?[^)\s>]{1,500}>?(?:\s+[\"'(][^\n]{0,300}?[\"')])?\s*\)")
#: Detection looks at a line's first characters only, and a longer line is kept as written (its
#: inline markup unparsed): bounded work per line whatever the input ("[a](" a million times).
SCAN_CHARS, MAX_LINE_CHARS = 2_000, 100_000
_ATX = regex.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)")
_ATX_TAIL = regex.compile(r"\s+#+\s*$")
_SETEXT = regex.compile(r"^\s{0,3}(=+|-+)\s*$")
_QUOTE = regex.compile(r"^\s{0,3}>\s?")
_BULLET = regex.compile(r"^\s*[*+-]\s+(?=\S)")
_FENCE = regex.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CELL = regex.compile(r"(?<!\\)\|")
_PAIR = regex.compile(r"^([A-Za-z][A-Za-z ]{0,30}):(?:\s+(.*))?$")
#: Characters without which a line has no inline markup to parse (most prose lines).
_MARKUP = frozenset("[]*_`\\<&~!")


@dataclass(frozen=True, slots=True)
class _Spec:
    preamble: dict[str, str | None]
    min_lines: int
    min_share: float


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    data: dict[str, Any] = json.loads(resources.files("cleandump.data").joinpath("markdown.json").read_text("utf-8"))
    detect = data["detect"]
    return _Spec(data["preamble"], int(detect["min_lines"]), float(detect["min_share"]))


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["strikethrough"])


def looks_like_markdown(raw: list[str]) -> bool:
    """Whether a dump is markdown: a reader's preamble, or enough lines with markdown's own
    syntax (links, pictures, level-2+ headings, setext underlines, and a level-1 heading when
    the dump has only one: shell prompts in a tutorial start with "# " too, many of them)."""
    spec = _spec()
    if _preamble_end(raw, spec) is not None:
        return True
    marked = nonblank = tops = 0
    previous = ""
    for line in raw:
        s = line.strip()
        if not s:
            previous = ""
            continue
        nonblank += 1
        first = s[0]
        if first == "#" and s[1:2] == " " and s.strip("# "):
            tops += 1
        elif (
            ("](" in s and _INLINE.search(s[:SCAN_CHARS]))
            or (first == "#" and s.startswith("##") and _ATX.match(s) is not None and s.strip("# "))
            or (previous and first in "=-" and len(s) >= 3 and _SETEXT.match(line))
        ):
            marked += 1
        previous = line
    marked += tops == 1
    return marked >= spec.min_lines and marked >= spec.min_share * nonblank


def read_markdown(raw: list[str]) -> ReadPage:
    """Every line's text with its markup removed, the lines that hold none (forced removals), the
    address of each line that is one link, and the page's title/url/time where markdown gives them."""
    spec = _spec()
    lines = list(raw)
    forced: dict[int, Rule] = {}
    links: dict[int, str] = {}
    meta: dict[str, str] = {}
    start = 0
    if (end := _preamble_end(raw, spec)) is not None:
        for i in range(end):
            if m := _PAIR.match(raw[i].strip()):
                field_name = spec.preamble.get(m.group(1).strip().casefold())
                if field_name and m.group(2) and field_name not in meta:
                    meta[field_name] = m.group(2).strip()
            if raw[i].strip():
                forced[i] = PREAMBLE_RULE
        start = end
    headings: list[str] = []
    fence: str | None = None
    alt = ""  # the last picture's alt text, until the next line with text
    for i in range(start, len(raw)):
        line = raw[i]
        if fence is not None:  # code is kept as it is written
            if line.strip().startswith(fence):
                fence, forced[i] = None, MARKUP_RULE
            continue
        if m := _FENCE.match(line):
            fence, forced[i] = m.group(1), MARKUP_RULE
            continue
        if not line.strip():
            continue
        if _SETEXT.match(line) and i > start and raw[i - 1].strip() and i - 1 not in forced:
            if line.strip()[0] == "=":
                headings.append(lines[i - 1])
            forced[i] = MARKUP_RULE
            continue
        text, level, href, pictures = _read_line(line)
        if level == 1:
            headings.append(text)
        if text and not level and _caption_of(alt, text):
            forced[i] = CAPTION_RULE
        if text:
            lines[i] = text
            if href:
                links[i] = href
            alt = ""
        else:  # nothing a reader would see: removed as what it is, showing the input line
            forced[i] = PICTURE_RULE if pictures else MARKUP_RULE
            alt = m.group(1) if pictures and (m := _ALT.search(line)) else ""
    title = meta.get("title") or (headings[0] if len(set(headings)) == 1 else None)
    return ReadPage(lines, forced, links, title, meta.get("url"), _date(meta.get("published")))


def block_lines(raw: list[str]) -> set[int]:
    """Lines that stand as blocks of their own (a heading, a picture, a fence, a table row, a
    setext underline, a reader's preamble): a hard-wrapped dump never continues them on the next
    line, so they are never joined to one."""
    out = set(range(_preamble_end(raw, _spec()) or 0))
    for i, line in enumerate(raw):
        s = line.lstrip()
        if s.startswith(("#", "![", "[![", "```", "~~~", "|")) or (s and _SETEXT.match(line)):
            out.add(i)
    return out


def _preamble_end(raw: list[str], spec: _Spec) -> int | None:
    """Index after a reader's preamble at the top ("Title: ..." / "URL Source: ..." / "Markdown
    Content:"), or None: at least two known keys, among them a title or address."""
    keys: list[str | None] = []
    for i, line in enumerate(raw[:40]):
        if not line.strip():
            continue
        m = _PAIR.match(line.strip())
        key = m.group(1).strip().casefold() if m else None
        if key is None or key not in spec.preamble:
            fields = {k for k in keys if k}
            return i if len(keys) >= 2 and fields & {"title", "url"} else None
        keys.append(spec.preamble[key])
        if m is not None and m.group(2) is None and spec.preamble[key] is None:  # "Markdown Content:"
            return i + 1 if len(keys) >= 2 else None
    return None


def _caption_of(alt: str, text: str) -> bool:
    """`text`, the line under a picture, is its caption: it opens with the picture's alt text
    of `CAPTION_ALT_WORDS` words or more ("Dredgers at work" / "Dredgers at work. Photo: PA")."""
    key = " ".join(alt.split()).casefold()
    return len(key.split()) >= CAPTION_ALT_WORDS and " ".join(text.split()).casefold().startswith(key)


def _read_line(line: str) -> tuple[str, int, str | None, bool]:
    """(text, heading level or 0, the address when the line is one link, whether it held a picture)."""
    s = line.strip()
    while m := _QUOTE.match(s):
        s = s[m.end() :]
    level = 0
    if m := _ATX.match(s):
        level, s = len(m.group(1)), _ATX_TAIL.sub("", s[m.end() :])
    elif m := _BULLET.match(s):
        s = s[m.end() :]
    if s.startswith("|") and s.endswith("|") and len(s) > 1:  # a table row: its cells, tab-separated
        cells = [_read_line(cell) for cell in _CELL.split(s[1:-1])]
        return "\t".join(c[0] for c in cells).strip(), 0, None, any(c[3] for c in cells)
    if len(s) > MAX_LINE_CHARS or not any(c in _MARKUP for c in s):
        return " ".join(s.split()), level, None, False
    text, href, pictures = _inline(_parser().parseInline(s)[0].children or [])
    text = " ".join(text.split())
    if (m := _ATX.match(text)) and not level:  # "[### Title](url)": a heading inside a link
        level, text = len(m.group(1)), text[m.end() :]
    return text, level, href, pictures


def _inline(tokens: list[Token]) -> tuple[str, str | None, bool]:
    """Plain text of inline tokens; the href when all of the text is one link's; whether a picture
    was among them (its alt text is not the page's text)."""
    out: list[str] = []
    linked = 0
    depth = 0
    hrefs: list[str] = []
    pictures = False
    for t in tokens:
        if t.type == "link_open":
            depth += 1
            hrefs.append(str(t.attrs.get("href", "")))
        elif t.type == "link_close":
            depth = max(0, depth - 1)
        elif t.type == "image":
            pictures = True
        elif t.type in ("text", "code_inline", "text_special"):
            out.append(t.content)
            if depth:
                linked += len(t.content.strip())
        elif t.type in ("softbreak", "hardbreak"):
            out.append(" ")
    text = "".join(out)
    whole = len(text.strip())
    href = hrefs[0] if len(hrefs) == 1 and whole and linked >= whole else None
    return text, href, pictures


def _date(value: str | None) -> datetime | None:
    """A preamble's time: ISO-8601 (Jina Reader) or an HTTP/e-mail date."""
    if not value:
        return None
    if (when := parse_iso_date(value)) is not None:
        return when
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
