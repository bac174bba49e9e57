"""Text-browser dumps (`lynx -dump`, `elinks -dump`): link numbers and the address list.

A text browser prints each link's number before its text ("[12]Sports"), a placeholder for a
picture ("[IMG]"), a label before a form control ("(BUTTON) Search"), and, after the page, the
list of the links' addresses ("References" / "   1. https://..."). Read as plain text the numbers
stick to words and the address list joins the last block of the page. This reader drops the marks
(same line numbers, see `cleandump.reading`), removes the address list with rule `link-references`,
and keeps the address of a line that is one link, so a teaser card gets its article's url. Its
lines are joined first when the dump is hard-wrapped (`cleandump.wrapped`); lynx wraps at 79
columns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from .reading import MARKUP_RULE, PICTURE_RULE, ReadPage
from .rules import Rule

__all__ = ["looks_like_text_browser", "read_text_browser", "reference_lines"]

REFERENCES_RULE = Rule(
    "link-references",
    "markup",
    "",
    "the text browser's list of link addresses after the page (kept as the links' urls)",
)
_REFERENCE = regex.compile(r"^\s*(\d{1,6})\.\s+(\S+:\S+)\s*$")
_MARK = regex.compile(r"\[(\d{1,6})\]")
_BULLET = regex.compile(r"^[*+#]\s+(?=\S)")
_INPUT = regex.compile(r"\[_{2,}\]|\[\s?\]|\(\s?\)")
#: A dump is a text browser's when its address list holds at least this many addresses.
MIN_REFERENCES = 2


@dataclass(frozen=True, slots=True)
class _Spec:
    headings: frozenset[str]
    picture: regex.Pattern[str]
    form: regex.Pattern[str]


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    data: dict[str, Any] = json.loads(
        resources.files("cleandump.data").joinpath("text_browsers.json").read_text("utf-8")
    )
    pictures = "|".join(regex.escape(m) for m in data["picture_marks"])
    forms = "|".join(regex.escape(m) for m in data["form_marks"])
    return _Spec(
        frozenset(data["reference_headings"]),
        regex.compile(rf"\[(?:{pictures})\]", regex.IGNORECASE),
        regex.compile(rf"^(?:{forms})\s*", regex.IGNORECASE),
    )


def looks_like_text_browser(raw: list[str]) -> bool:
    """Whether the dump ends with a text browser's address list ("References" and numbered
    addresses after it)."""
    return _references(raw) is not None


def reference_lines(raw: list[str]) -> set[int]:
    """The address list's lines (never joined to the text by `cleandump.wrapped`)."""
    found = _references(raw)
    return set(range(found[0], len(raw))) if found else set()


def read_text_browser(raw: list[str]) -> ReadPage:
    """Every line without the browser's marks; the address list removed; the address of each
    line that is one link."""
    spec = _spec()
    found = _references(raw)
    start, addresses = found if found else (len(raw), {})
    lines = list(raw)
    forced: dict[int, Rule] = {k: REFERENCES_RULE for k in range(start, len(raw)) if raw[k].strip()}
    links: dict[int, str] = {}
    for i in range(start):
        line = raw[i]
        if not line.strip() or ("[" not in line and "(" not in line and not _BULLET.match(line.lstrip())):
            continue
        text = spec.form.sub("", _BULLET.sub("", line.strip()))
        pictures = spec.picture.search(text) is not None
        text = _INPUT.sub("", spec.picture.sub("", text))
        marks = [m for m in _MARK.finditer(text) if int(m.group(1)) in addresses]
        if len(marks) == 1 and marks[0].start() == 0:
            links[i] = addresses[int(marks[0].group(1))]
        for m in reversed(marks):
            text = text[: m.start()] + text[m.end() :]
        text = " ".join(text.split())
        if text:
            lines[i] = text
        else:
            forced[i] = PICTURE_RULE if pictures else MARKUP_RULE
    return ReadPage(lines, forced, links)


def _references(raw: list[str]) -> tuple[int, dict[int, str]] | None:
    """Where the address list starts (its first heading) and its addresses by number, or None:
    the dump's last lines are headings ("References", "Visible links:", "Hidden links:") and
    numbered addresses, with at least `MIN_REFERENCES` addresses."""
    headings = _spec().headings
    addresses: dict[int, str] = {}
    start = None
    for k in range(len(raw) - 1, -1, -1):
        line = raw[k].strip()
        if m := _REFERENCE.match(line):
            addresses[int(m.group(1))] = m.group(2)
        elif line.casefold() in headings:
            start = k
        elif line:
            break
    return (start, addresses) if start is not None and len(addresses) >= MIN_REFERENCES else None
