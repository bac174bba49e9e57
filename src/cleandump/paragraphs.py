"""Stage 5: paragraph clean-up inside one article.

- `repeated-line`: a paragraph (or the title) repeated as a later line is dropped.
- `duplicate-lead`: a standalone lead line that the next paragraph repeats is dropped; a sentence
  repeated in place, or a sentence *prefix fragment* repeated in place ("…drags on. It would be
  the second in-person meeting The first meeting…") is cut out with its character span. "In
  place" means inside the same paragraph (line): a sentence that recurs in another paragraph is
  the page's own repetition (a clause in the terms of two promotions, a line in every product
  card) and stays — on the dev pages such repeats were 4 in 5 times in the true text too.
- Flattened subheads ("…under heavy strain. Trump says the US must send more weapons to Ukraine
  U.S. President Donald Trump said…") are split into a paragraph of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .classify import Verdict
from .config import Config
from .features import ends_sentence
from .headers import NAME_CONTINUATIONS
from .model import Removal
from .text import FUNCTION_WORDS, TOKEN_EDGE, WORD, data_lines, fold_quotes, sentence_spans, words

__all__ = ["Paragraph", "clean_body", "glued_headline"]

REPEATED = ("repeated-line", "this line repeats an earlier line of the same article")
LEAD_LINE = ("duplicate-lead", "standalone lead that the following paragraph repeats")
LEAD_SENTENCE = ("duplicate-lead", "sentence repeated in place")
LEAD_FRAGMENT = ("duplicate-lead", "fragment repeating the start of an earlier sentence, left in place by the scraper")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A kept paragraph and the input line it came from."""

    text: str
    line: int


def clean_body(
    title: Verdict | None,
    body: tuple[Verdict, ...],
    config: Config,
    stopwords: frozenset[str] = FUNCTION_WORDS,
    *,
    subheads: bool = True,
    cells: frozenset[int] = frozenset(),
) -> tuple[list[Paragraph], list[Removal]]:
    """Paragraphs of an article body after de-duplication and subhead splitting.

    `subheads=False` (text not in English, whose function words the detector relies on) keeps
    paragraphs whole instead of splitting out flattened subheads. Lines numbered in `cells`
    (a table's cells, from HTML) are kept as they are: a column repeats its values.
    """
    removed: list[Removal] = []
    seen: set[str] = {title.line.norm} if title else set()
    kept: list[Verdict] = []
    for k, v in enumerate(body):
        nxt = body[k + 1] if k + 1 < len(body) else None
        if v.line.number in cells:
            kept.append(v)
        elif v.line.norm in seen and (
            len(v.line.text) >= config.repeat_min_chars or (title and v.line.norm == title.line.norm)
        ):
            removed.append(_whole(v, REPEATED))
        elif nxt is not None and _is_lead_of(v.line.text, nxt.line.text, config):
            removed.append(_whole(v, LEAD_LINE))
        else:
            kept.append(v)
            seen.add(v.line.norm)
    paragraphs: list[Paragraph] = []
    for v in kept:
        if v.line.number in cells:
            paragraphs.append(Paragraph(v.line.text, v.line.number))
            continue
        parts, cuts = _clean_line(v, stopwords if subheads else None, config)
        removed.extend(cuts)
        paragraphs.extend(Paragraph(p, v.line.number) for p in parts)
    return paragraphs, removed


def _whole(v: Verdict, why: tuple[str, str]) -> Removal:
    return Removal(line=v.line.number, text=v.line.text, rule=why[0], reason=why[1])


def _key(text: str) -> list[str]:
    return words(fold_quotes(text).casefold())


def _is_lead_of(line: str, following: str, config: Config) -> bool:
    """`line` repeats the start of `following` (a standalone lead sentence or teaser)."""
    if not _same_first_word(line, following):
        return False  # cheap test before tokenising the line
    a = _key(line)
    if len(a) < config.fragment_min_words:
        return False
    window = fold_quotes(following[: len(line) * 2 + 20]).casefold()
    if a[0] not in window or a[-1] not in window:  # cheap test before tokenising the window
        return False
    b = words(window)
    return len(b) > len(a) and b[: len(a)] == a


def _same_first_word(x: str, y: str) -> bool:
    """Whether two lines may start with the same word (True when a word runs past the sample)."""
    a, b = x[:1], y[:1]
    differ = a != b and a.isalpha() and b.isalpha() and a.casefold()[0] != b.casefold()[0]
    if differ and " " in x[1:64] and " " in y[1:64]:
        return False  # first words that start with different letters and end inside the sample
    mx, my = (WORD.search(fold_quotes(t[:64]).casefold()) for t in (x, y))
    if mx is None or my is None:
        return len(x) > 64 or len(y) > 64
    return mx.group() == my.group() or mx.end() >= min(len(x), 64) or my.end() >= min(len(y), 64)


class _Earlier:
    """Sentences seen so far in a paragraph: their keys, and their word lists by first two words."""

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.by_start: dict[tuple[str, ...], list[list[str]]] = {}

    def add(self, folded: list[str], key: str) -> None:
        """Remember a sentence by its case-folded words and its `_sentence_key`."""
        self.keys.add(key)
        self.by_start.setdefault(tuple(folded[:2]), []).append(folded)

    def starting_like(self, folded: list[str]) -> list[list[str]]:
        return self.by_start.get(tuple(folded[:2]), [])


def _sentence_key(folded: list[str]) -> str:
    """A sentence's case-folded words without the punctuation at its ends: equal for a sentence
    repeated verbatim or with other quotes/dashes (cheaper than tokenising it again)."""
    return " ".join(folded).strip(TOKEN_EDGE + " ")


def _fold_words(words: list[str]) -> list[str]:
    return fold_quotes(" ".join(words)).casefold().split(" ") if words else []


def _clean_line(v: Verdict, stopwords: frozenset[str] | None, config: Config) -> tuple[list[str], list[Removal]]:
    """Cut repeated sentences/fragments from one line and split it at flattened subheads.

    A line over `config.sentence_scan_chars` is kept whole: no scraper flattens that much text
    into one paragraph by accident, and scanning it sentence by sentence would be wasted work.
    """
    text, cuts, pieces, start = v.line.text, [], [], 0
    if len(text) > config.sentence_scan_chars:
        return [text], []
    earlier = _Earlier()  # repeats are looked for inside the paragraph only (see the module's docstring)
    folded_text = fold_quotes(text).casefold()  # folded once; its offsets are the text's unless casefold grew it
    aligned = len(folded_text) == len(text)
    for a, b in sentence_spans(text):
        words = text[a:b].split()
        folded = folded_text[a:b].split() if aligned else _fold_words(words)
        key = _sentence_key(folded)
        if len(words) >= config.fragment_min_words and key in earlier.keys:
            cuts.append(_span(v, a, b, LEAD_SENTENCE))
            pieces.append(text[start:a].rstrip())
            start = b
            continue
        n = _fragment_words(words, folded, earlier, config)
        if n:
            end = a + len(" ".join(words[:n]))
            cuts.append(_span(v, a, end, LEAD_FRAGMENT))
            pieces.append(text[start:a].rstrip())
            start = a = end + 1
            words, folded = words[n:], folded[n:]
        elif a > 0 and stopwords is not None and (k := _subhead_words(words, text, a, stopwords, config)):
            cut = a + len(" ".join(words[:k]))
            pieces += [text[start:a].rstrip(), "\f" + text[a:cut]]
            start = cut + 1
        earlier.add(folded, key if n == 0 else _sentence_key(folded))
    pieces.append(text[start:])
    return _join_pieces(pieces), cuts


def _join_pieces(pieces: list[str]) -> list[str]:
    """Glue the kept pieces; a form feed marks a subhead that stands as its own paragraph."""
    paras: list[str] = []
    current = ""
    for piece in pieces:
        if piece.startswith("\f"):
            paras += [current.strip(), piece[1:].strip()]
            current = ""
        else:
            current = f"{current} {piece}" if current else piece
    paras.append(current.strip())
    return [p for p in paras if p]


def _span(v: Verdict, a: int, b: int, why: tuple[str, str]) -> Removal:
    lead = v.line.lead
    return Removal(line=v.line.number, text=v.line.text[a:b], rule=why[0], reason=why[1], span=(lead + a, lead + b))


def _fragment_words(words: list[str], folded: list[str], earlier: _Earlier, config: Config) -> int:
    """Length of the longest prefix of this sentence (`folded`: its case-folded words) that is an
    unfinished start of an earlier sentence and is followed by a new capitalised sentence start."""
    best = 0
    for pw in earlier.starting_like(folded)[-8:]:
        n = 0
        while n < min(len(pw) - 1, len(folded)) and pw[n] == folded[n]:
            n += 1
        if n < config.fragment_min_words or n <= best:
            continue
        if n == len(folded):  # the whole rest of the paragraph: a cut-off start, no sentence of its own
            best = n if not ends_sentence(words[-1]) else best
        elif words[n][:1].isupper() and pw[n] != folded[n]:
            best = n
    return best


def _subhead_words(words: list[str], text: str, a: int, stop: frozenset[str], config: Config) -> int:
    """Words of a flattened subhead at the start of this sentence (`words`, at offset `a` of the
    paragraph's `text`), or 0.

    A subhead is 3..N words with no clause punctuation, not ending in a stop word or inside a
    name ("the Islamic State"), followed by a capitalised word that starts a new clause, and
    announcing what follows (its content words recur right after it).
    """
    limit = min(config.subhead_max_words, len(words) - 8)
    ahead: list[str] | None = None  # the words from the sentence's start on, split when first needed
    for k in range(max(3, config.fragment_min_words - 1), limit + 1):
        last, nxt = words[k - 1], words[k]
        if not nxt[:1].isupper() or nxt[-1:] in ",;:" or not last[-1:].isalnum() or last.casefold() in stop:
            continue
        if last[:1].isupper() and _inside_name(words[k - 2], last, nxt):
            continue
        head = words[:k]
        if any(c in w for w in head for c in ',;:"()“”') or not any(
            w[:1].islower() and w.casefold() not in stop for w in head
        ):
            continue
        if ahead is None:
            ahead = text[a : a + 1500].split()
        if _topic_overlap(head, ahead[k : k + 80], stop):  # the words after it
            return k
    return 0


_ADJECTIVE_ENDINGS = ("ian", "ese", "ish", "ic", "an", "ern")


def _inside_name(before: str, last: str, nxt: str) -> bool:
    """Whether `last nxt` (both capitalised) is one name rather than a subhead's end and a new clause:
    after "the" or another capitalised word, before an office/place word, or after an adjective."""
    key = nxt.casefold().strip(".,'’s")
    return (
        before.casefold() == "the"
        or before[:1].isupper()
        or key in NAME_CONTINUATIONS
        or last.casefold().endswith(_ADJECTIVE_ENDINGS)
    )


def _topic_overlap(head: list[str], rest: list[str], stop: frozenset[str]) -> bool:
    """A subhead announces what follows: most of its content words recur right after it."""

    def content(ws: list[str]) -> set[str]:
        keys = (fold_quotes(w).casefold().strip(".,'\"").removesuffix("'s") for w in ws)
        return {k for k in keys if len(k) > 2 and k not in stop}

    mine, theirs = content(head), content(rest)
    shared = len(mine & theirs)
    return shared >= 2 and shared >= 0.4 * len(mine)


#: Where a river aggregator glues a story's headline to its summary on one line: a dash with two
#: spaces on each side ("Apple announces new MacBook Pro models  —  Apple has refreshed ...").
_GLUE = re.compile(r"\s{2,}[—–-]\s{2,}")
#: A glued headline has this many words at least, and at most `HEADLINE_WORDS`.
GLUED_MIN_WORDS, GLUED_MAX_WORDS = 3, 30


def glued_headline(text: str) -> tuple[str, str] | None:
    """(headline, summary) of a paragraph that starts with a headline glued to its summary by a
    double-spaced dash, or None. The headline has no sentence end and a headline's length."""
    m = _GLUE.search(text, 0, 400)
    if m is None:
        return None
    head, rest = text[: m.start()].strip(), text[m.end() :].strip()
    if not rest or head[-1:] in ".!?:;," or not GLUED_MIN_WORDS <= len(head.split()) <= GLUED_MAX_WORDS:
        return None
    return head, rest


AUTHOR_BIO = ("author-bio", "a note about the article's author after its text ('Jane Doe is a reporter covering ...')")
#: What follows the author's name at the start of such a note (`data/bio_openers.txt`).
BIO_OPENERS = data_lines("bio_openers.txt")
#: A note about the author is looked for in this last share of an article's paragraphs only:
#: near the top, "Jane Doe is ..." is more often the story's subject or a guest's introduction.
BIO_TAIL_SHARE = 0.5


def author_bio_pattern(author: str) -> re.Pattern[str] | None:
    """What opens a note about this author: the full name followed by one of `BIO_OPENERS` or a
    comma ("Jane Doe, DVM"), or the first name followed by "is a/an/the" ("Jane is a writer
    ..."). None for a name that is not a person's (one word, or more than four)."""
    parts = author.split()
    if not 2 <= len(parts) <= 4:
        return None
    openers = "|".join(re.escape(w) for w in BIO_OPENERS)
    first = re.escape(parts[0])
    return re.compile(rf"{re.escape(author.strip())}(?:,| (?:{openers}) )|{first} is (?:a|an|the) ")


def author_bios(paragraphs: list[Paragraph], body: tuple[Verdict, ...], author: str | None) -> set[int]:
    """Indexes of the paragraphs in the article's second half that are notes about its author
    (`author_bio_pattern`) and stand as whole lines of its `body`, with the author's name
    printed on its own line above one (the author box's heading)."""
    pattern = author_bio_pattern(author) if author else None
    if pattern is None:
        return set()
    lines = {v.line.number: v.line.text for v in body}
    start = max(1, int(len(paragraphs) * BIO_TAIL_SHARE))
    bios = {
        k
        for k in range(start, len(paragraphs))
        if pattern.match(p := paragraphs[k].text) and lines.get(paragraphs[k].line, "").strip() == p
    }
    name = " ".join(author.split()).casefold() if author else ""
    return bios | {k - 1 for k in bios if k > start and " ".join(paragraphs[k - 1].text.split()).casefold() == name}
