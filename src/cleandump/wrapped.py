"""Hard-wrapped dumps: lines a text browser or converter broke at a fixed width, joined again.

`lynx -dump`, `w3m -dump`, html2text, `pandoc -t plain` and mail archives break every paragraph
into lines of at most about 72-80 characters. Each piece then looks like a short line without
closing punctuation (a headline, a menu entry) and the article falls apart. A wrapped dump shows a
width: most long lines end just under it, and a line was broken there because the next line's
first word would not fit. Those lines are joined back into the paragraph they were cut from, and
each joined line remembers the input lines it came from, so accounting stays by input line.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

__all__ = ["Reflowed", "reflow"]

#: The wrap width is the 95th percentile of the non-blank lines' lengths, and lies between these.
MIN_WIDTH, MAX_WIDTH = 30, 140
#: Lines that can have been wrapped end at most this many characters short of the width.
SLACK = 25
#: A wrapped dump has at least this many wrapped lines, and this share of its non-blank lines ...
MIN_WRAPS, MIN_WRAP_SHARE = 2, 0.1
#: ... many of them continued by a lowercase word (mid-sentence) and this share of its lines
#: near the width (12 characters under it to 10 over), or fewer continued in lowercase (short sentences
#: often end at a break) and a larger share just under the width (a list of lines of one
#: length, each starting with a capital, is a catalogue, not a paragraph); ...
MIN_LOWER_SHARE, MIN_FULL_SHARE = 0.3, 0.15
MIN_LOWER_SHARE_ANY_CASE, MIN_FULL_SHARE_ANY_CASE = 0.2, 0.35
#: ... and hardly any line longer than the width (a long address or an unbreakable word).
MAX_OVER_SHARE = 0.02
#: At most this share of the lines taken for wrapped may end a sentence: a break falls inside a
#: sentence more often than not, while paragraphs of about the same length, one per line, each
#: end with one.
MAX_ENDED_SHARE = 0.5
_TERMINALS = frozenset('.!?…"”')


@dataclass(frozen=True, slots=True)
class Reflowed:
    """A wrapped dump's logical lines, and the input lines (0-based, `start`..`end` exclusive)
    each one was joined from; blank lines stay lines of their own."""

    lines: list[str]
    spans: list[tuple[int, int]]
    width: int


def reflow(raw: list[str], keep: Collection[int] = ()) -> Reflowed | None:
    """The dump with its wrapped lines joined, or None when it does not look wrapped. Lines in
    `keep` (0-based) are never joined to another (a markdown picture, a code fence)."""
    lengths = [len(line.rstrip()) for line in raw if line.strip()]
    if len(lengths) < 4:
        return None
    width = sorted(lengths)[int(0.95 * (len(lengths) - 1))]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    full = sum(width - 12 <= n <= width + 10 for n in lengths)
    over = sum(n > width + 10 for n in lengths)
    if full < MIN_FULL_SHARE * len(lengths) or over > MAX_OVER_SHARE * len(lengths):
        return None  # most dumps stop here, before their lines are compared pairwise
    wraps = [
        k for k in range(len(raw) - 1) if k not in keep and k + 1 not in keep and _wrapped(raw[k], raw[k + 1], width)
    ]
    lower = sum(raw[k + 1].lstrip()[:1].islower() for k in wraps)
    ended = sum(raw[k].rstrip()[-1:] in _TERMINALS for k in wraps)
    shown = lower >= MIN_LOWER_SHARE * len(wraps) or (  # (MIN_FULL_SHARE holds: checked above)
        full >= MIN_FULL_SHARE_ANY_CASE * len(lengths) and lower >= MIN_LOWER_SHARE_ANY_CASE * len(wraps)
    )
    if not shown or len(wraps) < max(MIN_WRAPS, MIN_WRAP_SHARE * len(lengths)) or ended > MAX_ENDED_SHARE * len(wraps):
        return None
    joined = set(wraps)
    lines: list[str] = []
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(raw):
        end, pieces = k + 1, [raw[k].rstrip()]
        while end - 1 in joined:
            _join(pieces, raw[end])
            end += 1
        lines.append("".join(pieces))
        spans.append((k, end))
        k = end
    return Reflowed(lines, spans, width)


def _wrapped(line: str, following: str, width: int) -> bool:
    """`line` was broken at the width: it ends near it, the next line's first word would not
    have fitted, and the next line goes on with text (not a list item's marker)."""
    n = len(line.rstrip())
    nxt = following.strip()
    if n < width - SLACK or not nxt or not line.strip():
        return False
    first = nxt.split(" ", 1)[0]
    if first in ("*", "-", "+", "•", "–") or (first[:-1].isdigit() and first[-1:] in ".)"):
        return False
    return n + 1 + len(first) > width


def _join(pieces: list[str], following: str) -> None:
    """Glue the next line on (in place; joined once at the end, so a long run costs linear time):
    a word broken at its hyphen ("two-" / "mile") closes up."""
    last, nxt = pieces[-1], following.strip()
    closes = last.endswith("-") and last[-2:-1].isalpha() and nxt[:1].islower()
    pieces.append(nxt if closes else " " + nxt)
