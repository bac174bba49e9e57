"""Stage 1: split a dump into lines and compute per-line features (pure, no context)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import NamedTuple

import regex

from .memo import MEMO_MAX_CHARS
from .rules import Rules
from .text import normalize_line, quick_words, strip_invisible, words

__all__ = ["Line", "ends_sentence", "line_features", "split_lines"]

#: Characters of a dump's start read to guess its language (about 1,500 words).
STOPWORD_SAMPLE_CHARS = 9000
_TERMINALS = ".!?…。！？؟۔।॥"  # with Arabic, Urdu and Devanagari sentence ends
_CLOSERS = "\"'’”)]"
_LIST_STARTS = frozenset("-–•*·▪►✓✔(0123456789abcdefghijklmnopqrstuvwxyz")
_LIST = regex.compile(r"^(?:[-–•*·▪►✓✔]\s|\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
#: The Unicode blocks those scripts live in (a superset): `re` rules a line out far faster.
_CJK_BLOCKS = re.compile(
    "[\u0e00-\u0e7f\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef"
    "\U00016fe0-\U00016fff\U0001aff0-\U0001b2ff\U0001f200-\U0001f2ff\U00020000-\U0003ffff]"
)


class Line(NamedTuple):
    """One input line and what can be said about it without looking at its neighbours.

    A named tuple rather than a frozen dataclass: one is built per input line, and a tuple is
    several times cheaper to build; it is just as immutable.
    """

    number: int
    text: str  # stripped; `lead` characters of whitespace were cut from its start
    lead: int
    norm: str
    n_words: int
    n_chars: int
    stop_ratio: float
    ui_ratio: float
    cap_ratio: float
    terminal: bool
    list_item: bool
    repeats: int

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[str]:
    """Lines of a decoded dump, any line ending (CRLF, CR, LF, and Unicode separators), without
    their invisible format characters (`text.strip_invisible`). A line of nothing else keeps
    them, so that it is accounted for as the line of symbols it is."""
    lines = text.splitlines()
    if text.isascii():
        return lines
    return [stripped if (stripped := strip_invisible(line)).strip() else line for line in lines]


def document_stopwords(raw_lines: list[str], rules: Rules) -> frozenset[str]:
    """Stop words of the dump's language, guessed from its first few thousand words."""
    sample, size = [], 0
    for line in raw_lines:
        sample.append(line[:2000])
        size += min(len(line), 2000)
        if size > STOPWORD_SAMPLE_CHARS:
            break
    return rules.stopwords_for(words("\n".join(sample).casefold()))


def line_features(raw_lines: list[str], rules: Rules, stop: frozenset[str]) -> tuple[Line, ...]:
    """Features of every line; `repeats` counts equal normalised lines in the whole dump.

    What depends on a line's text alone is remembered in the catalog's memo for short lines
    (they recur across a site's dumps); a line's number, indent and repeats are its own."""
    memo = rules.memo.table(("features", stop))
    texts = [t.strip() for t in raw_lines]
    parts = []
    for t in texts:
        got = memo.get(t)
        if got is None:
            got = _text_features(t, rules, stop)
            if len(t) <= MEMO_MAX_CHARS:
                memo[t] = got
        parts.append(got)
    counts = Counter([p[0] for p in parts if p[0]])
    return tuple(
        Line(
            i + 1,
            t,
            len(raw) - len(raw.lstrip()),
            norm,
            nw,
            nc,
            stop_r,
            ui_r,
            cap_r,
            term,
            item,
            counts[norm] if norm else 0,
        )
        for i, (raw, t, (norm, nw, nc, stop_r, ui_r, cap_r, term, item)) in enumerate(
            zip(raw_lines, texts, parts, strict=True)
        )
    )


def _norm(text: str) -> str:
    """Normalised key; a long line keys on its start plus a digest of the whole (catalogs never
    match long lines, and normalising 50 MB to compare it would be wasted work)."""
    if len(text) <= 1000:
        return normalize_line(text) if text else ""
    return (
        normalize_line(text[:1000]) + " #" + hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=8).hexdigest()
    )


def _text_features(
    text: str, rules: Rules, stop: frozenset[str]
) -> tuple[str, int, int, float, float, float, bool, bool]:
    """`Line`'s fields from `norm` to `list_item`: what the text alone decides."""
    if not text:
        return ("", 0, 0, 0.0, 0.0, 0.0, False, False)
    sample = text if len(text) <= 4000 else text[:4000]
    toks = quick_words(sample)
    cjk = 0 if sample.isascii() or not _CJK_BLOCKS.search(sample) else len(_CJK.findall(sample))
    n = max(len(toks), cjk // 2)
    if len(text) > 4000:
        n = int(n * len(text) / 4000)
    # the same tokens case-folded (folding adds no spaces and leaves the stripped edges alone)
    folded = " ".join(toks).casefold().split(" ") if toks else []
    denom = max(1, len(toks))
    return (
        _norm(text),
        n,
        len(text),
        sum(map(stop.__contains__, folded)) / denom,
        sum(map(rules.ui_words.__contains__, folded)) / denom,
        sum(map(str.isupper, [t[:1] for t in toks])) / denom,
        ends_sentence(text),
        text[0] in _LIST_STARTS and _LIST.match(text) is not None,
    )


def ends_sentence(text: str) -> bool:
    """Ends a sentence: . ! ? … (or CJK) followed by at most two closing quotes/brackets."""
    end = text[-3:].rstrip(_CLOSERS)
    return bool(end) and len(text[-3:]) - len(end) <= 2 and end[-1] in _TERMINALS
