"""Small text helpers shared by every stage: normalisation, tokens, sentences."""

from __future__ import annotations

import unicodedata
from importlib import resources

import regex


def data_lines(name: str) -> list[str]:
    """The entries of a list shipped in `cleandump/data`: one per line, stripped, `#` comments out."""
    text = resources.files("cleandump.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def data_words(name: str) -> frozenset[str]:
    """A case-folded word list shipped in `cleandump/data`."""
    return frozenset(w.casefold() for w in data_lines(name))


__all__ = [
    "FUNCTION_WORDS",
    "TOKEN_EDGE",
    "WORD",
    "data_lines",
    "data_words",
    "fold_quotes",
    "normalize_line",
    "quick_words",
    "sentence_spans",
    "strip_invisible",
    "words",
]

WORD = regex.compile(r"\w+(?:['’]\w+)*")
#: Words that cannot end a headline or subhead (articles, prepositions, auxiliaries, titles).
FUNCTION_WORDS = data_words("function_words.txt")
_QUOTES: tuple[tuple[str, str], ...] = tuple(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "\u00a0": " ",
    }.items()
)
# Punctuation, symbols and spaces at a line's edges (anchored matches: the tail is matched on
# the reversed line, as a `...$` search would try every position of the line).
_EDGE_LEAD = regex.compile(r"[\s\p{P}\p{S}--[#@©$€£%&(]]+", regex.V1)
_EDGE_TAIL = regex.compile(r"[\s\p{P}\p{S}--[©$€£%&)]]+", regex.V1)
_ASCII_PUNCT = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
_ASCII_LEAD = "".join(c for c in _ASCII_PUNCT if c not in "#@$%&(") + " \t\x0b\x0c\r\n"
_ASCII_TAIL = "".join(c for c in _ASCII_PUNCT if c not in "$%&)") + " \t\x0b\x0c\r\n"
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before a space and
# an upper-case letter, digit or opening quote. Bounded: no nested repeats.
_SENT_END = regex.compile(r"(?<=[.!?…][\"'’”)\]]{0,2})\s+(?=[\"'‘“(\[]?[\p{Lu}\d])", regex.V1)
_ABBREV = regex.compile(
    r"(?:^|[\s(])(?:(?:\p{Lu}\.){1,4}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|No|vs|etc|Inc|Co|Corp|Ltd)\.)$",
    regex.V1,
)


#: Invisible format characters that scrapes carry into text (zero-width space, the byte-order
#: mark, word joiner, left-to-right and right-to-left marks, embeddings and isolates): they hide
#: a line from every catalog and pattern ("\u200f3 hours ago" is no time stamp). ZWNJ and ZWJ
#: (U+200C, U+200D) stay, as Persian and Indic words and emoji need them; so do soft hyphens,
#: part of the words they sit in as the page printed them, and the invisible separators
#: (U+2061-2064) that shops weave through scrambled "Sponsored" labels.
_INVISIBLE_CHARS = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_INVISIBLE = regex.compile(f"[{_INVISIBLE_CHARS}]")
#: Punctuation cut from the edges of whitespace tokens, and invisible format characters (those
#: of `_INVISIBLE_CHARS`, and the joiners ZWNJ and ZWJ, which join inside a word but are no word
#: on their own): a line of nothing but a joiner or a zero-width space (a page builder's
#: spacer) has no words, where it had been kept as an invisible paragraph.
TOKEN_EDGE = _ASCII_PUNCT + "“”‘’«»„‚–—…·•|\u200c\u200d" + _INVISIBLE_CHARS


def strip_invisible(text: str) -> str:
    """The text without invisible format characters (`_INVISIBLE`)."""
    return text if text.isascii() or _INVISIBLE.search(text) is None else _INVISIBLE.sub("", text)


def fold_quotes(text: str) -> str:
    """Unify curly quotes, dashes and non-breaking spaces."""
    if text.isascii():
        return text
    for old, new in _QUOTES:  # a replace per character present: ~10x faster than str.translate
        if old in text:
            text = text.replace(old, new)
    return text


def normalize_line(line: str) -> str:
    """Key for catalog lookups: NFKC, quotes folded, case-folded, edges and spaces trimmed."""
    if line.isascii():  # fast path, same result: ASCII needs no NFKC or quote folding
        return " ".join(line.casefold().lstrip(_ASCII_LEAD).rstrip(_ASCII_TAIL).split())
    text = fold_quotes(unicodedata.normalize("NFKC", line)).casefold()
    if m := _EDGE_LEAD.match(text):
        text = text[m.end() :]
    if m := _EDGE_TAIL.match(text[::-1]):
        text = text[: len(text) - m.end()]
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Word tokens (letters/digits, with inner apostrophes)."""
    return WORD.findall(text)


def quick_words(text: str) -> list[str]:
    """Whitespace tokens with surrounding punctuation stripped (empty ones dropped): a cheap
    stand-in for `words` where only counts and first letters matter."""
    return [w for w in [t.strip(TOKEN_EDGE) for t in text.split()] if w]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a paragraph (abbreviations like U.S. do not end one)."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[m.start() - 1] == "." and _ABBREV.search(text, max(0, m.start() - 12), m.start()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
