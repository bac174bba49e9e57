"""Learn a site's boilerplate from many dumps of it: lines that recur across pages.

Aggregators and site templates repeat the same UI lines (menus, prompts, footers, promo blurbs)
in every dump. A line found in at least `min_share` of the dumps (and in `min_dumps` of them) is
learned, unless it is article text: a line that is the main article's *title* in exactly one dump
is never learned (today's most-read headline recurs in every sidebar, yet it is an article). A
paragraph of one article does not recur across other articles, so recurring text — even inside
the main article's region — is template text and is learned.

Learned lines only take text out of the articles the pipeline finds (see `pipeline._assemble`):
they never change the segmentation, so a recurring header ("Reuters", "an hour ago") still heads
its card.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .batch import ordered_map
from .decode import InputError, decode
from .features import split_lines
from .html import html_to_lines, looks_like_html
from .inputs import InputOpenError, check_inputs, read_records
from .pipeline import clean, default_rules, reader_lines
from .rules import Rules
from .text import normalize_line

__all__ = ["LearnConfig", "LineCounts", "learn", "learn_main", "learned_lines"]


@dataclass(frozen=True, slots=True)
class LearnConfig:
    """How often a line must recur to be learned, and which lines are eligible."""

    min_share: float = 0.5
    min_dumps: int = 3
    max_words: int = 30  # UI rules apply to lines up to Config.ui_max_words
    #: lines are counted exactly over this many dumps; past them, memory stays bounded (`LineCounts`)
    exact_dumps: int = 2000


def learned_lines(
    dumps: Iterable[str | bytes],
    config: LearnConfig | None = None,
    *,
    base: Rules | None = None,
    errors: list[tuple[int, str]] | None = None,
    jobs: int = 1,
) -> list[str]:
    """Normalised lines that recur across the dumps and are not article titles, most frequent first.

    A dump may be a text dump, a markdown dump or an HTML page: its lines are read as `clean`
    reads them (an HTML page's block elements), so the learned lines match. A dump that cannot
    be read (binary input, or a failure inside the pipeline) is left out of the count; with
    `errors`, its position in `dumps` and the reason are appended to it (nothing is skipped
    silently). `jobs` worker processes read the dumps (`batch.ordered_map`); the counting stays
    in this process, in input order, so the result does not depend on `jobs`.
    """
    config = config or LearnConfig()
    counts = LineCounts(config.exact_dumps)
    read = partial(_read_dump, config=config, base=base or default_rules())
    for k, seen in enumerate(ordered_map(read, dumps, jobs)):
        if isinstance(seen, str):
            if errors is not None:
                errors.append((k, seen))
            continue
        counts.add(*seen)
    need = max(config.min_dumps, config.min_share * counts.dumps)
    # a real headline is the main title of one page; a line "titling" several pages is template
    return [line for line, count in counts.most_common() if count >= need and counts.titles[line] != 1]


def _read_dump(dump: str | bytes, config: LearnConfig, base: Rules) -> tuple[set[str], str | None] | str:
    """One dump's distinct short lines and its main title, or why it could not be read."""
    try:
        text = decode(dump)
        lines = {normalize_line(ln) for ln in _page_lines(text) if ln.strip() and len(ln.split()) <= config.max_words}
        main = clean(text, rules=base).main
    except InputError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - one broken dump must not stop learning from a crawl
        return f"internal error ({type(exc).__name__}): {exc}"
    return lines - {""}, normalize_line(main.title) if main is not None and main.title else None


class LineCounts:
    """In how many dumps each line was seen, in bounded memory (lossy counting, Manku & Motwani 2002).

    Every line is counted exactly over the first `exact` dumps. After each further `exact` dumps
    (a bucket), a line whose count could not reach one dump in `exact` is forgotten: the lines of
    single articles go, a site's template lines stay. So memory holds about `exact * log(n /
    exact)` lines' worth of counts whatever the number of dumps `n`, and a count is short of the
    truth by at most `n / exact` (a line is learned on its counted dumps only, so forgetting can
    make a borderline line missed, never a rare line learned). `titles` counts, for the lines
    still held, the dumps whose main title they were."""

    def __init__(self, exact: int) -> None:
        if exact < 1:
            raise ValueError("exact_dumps must be at least 1")
        self.exact = exact
        self.dumps = 0
        self.counts: Counter[str] = Counter()
        self.slack: dict[str, int] = {}  # dumps a line may have been in before it was (re)counted
        self.titles: Counter[str] = Counter()

    def add(self, lines: set[str], title: str | None) -> None:
        """Count one dump's distinct lines, and its main title."""
        self.dumps += 1
        bucket = -(-self.dumps // self.exact)
        if bucket > 1:
            for line in lines:
                if line not in self.counts:
                    self.slack[line] = bucket - 1
        self.counts.update(lines)
        if title:
            self.titles[title] += 1
        if self.dumps % self.exact == 0:
            self._prune(bucket)

    def _prune(self, bucket: int) -> None:
        gone = [line for line, n in self.counts.items() if n + self.slack.get(line, 0) <= bucket]
        for line in gone:
            del self.counts[line]
            self.slack.pop(line, None)
        self.titles = Counter({t: n for t, n in self.titles.items() if t in self.counts})

    def most_common(self) -> list[tuple[str, int]]:
        """Lines held and their counts, most frequent first, ties in alphabetical order (not in
        the order sets of lines were iterated, which differs between processes)."""
        return sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))

    def __len__(self) -> int:
        return len(self.counts)


def _page_lines(text: str) -> list[str]:
    """A page's lines as the text stages read them: an HTML page's block elements, a dump's
    lines without a format's marks and with hard-wrapped lines joined (`reader_lines`)."""
    if looks_like_html(text):
        return html_to_lines(text).lines
    return reader_lines(split_lines(text))


def learn(
    dumps: Iterable[str | bytes], config: LearnConfig | None = None, *, base: Rules | None = None, jobs: int = 1
) -> Rules:
    """A catalog extending `base` (default: built-in) with this site's recurring lines (rule `learned`).

    Example:
        >>> site = learn(open(p, "rb").read() for p in paths)
        >>> clean(page, rules=site)
    """
    base = base or default_rules()
    return base.extend(learned=learned_lines(dumps, config, base=base, jobs=jobs))


def learn_main(argv: list[str]) -> int:
    """`clean learn INPUT... -o site-rules.json`: write the learned rules as a rule file.

    Inputs are read as `clean` reads them: files and directories of dumps or HTML pages, JSONL
    and WARC files (plain, gzip or zstd), `-` for stdin. A record that cannot be read is named
    on stderr and counted in the summary line; it is not learned from."""
    ap = argparse.ArgumentParser(prog="clean learn", description="Learn a site's recurring boilerplate lines.")
    ap.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, JSONL/WARC files, or - (stdin)")
    ap.add_argument("-o", "--output", required=True, metavar="RULES.json")
    ap.add_argument(
        "--input", choices=["auto", "text", "markdown", "html", "jsonl", "warc"], default="auto", dest="input_kind"
    )
    ap.add_argument("--min-share", type=float, default=LearnConfig().min_share)
    ap.add_argument("--min-dumps", type=int, default=LearnConfig().min_dumps)
    ap.add_argument(
        "--exact-dumps",
        type=int,
        default=LearnConfig().exact_dumps,
        help="count lines exactly over this many dumps, then in bounded memory (default: %(default)s)",
    )
    ap.add_argument("-j", "--jobs", type=int, default=1, help="worker processes that read the dumps (default: 1)")
    args = ap.parse_args(argv)
    if args.jobs < 1:
        ap.error("-j must be at least 1")
    try:
        check_inputs(args.inputs)
    except InputOpenError as exc:
        print(f"clean learn: error: {exc}", file=sys.stderr)
        return 2
    if args.exact_dumps < 1:
        ap.error("--exact-dumps must be at least 1")
    config = LearnConfig(min_share=args.min_share, min_dumps=args.min_dumps, exact_dumps=args.exact_dumps)
    unread: list[str] = []  # records the reader could not read
    undecoded: list[tuple[int, str]] = []  # records that were not text (position, why)
    sources: list[str] = []

    def pages() -> Iterator[str | bytes]:
        for rec in read_records(args.inputs, args.input_kind):
            if rec.error is not None or rec.data is None:
                unread.append(f"{rec.source}: {rec.error or 'no data'}")
                continue
            sources.append(rec.source)
            yield rec.data

    try:
        lines = learned_lines(pages(), config, errors=undecoded, jobs=args.jobs)
    except InputOpenError as exc:
        print(f"clean learn: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # learning needs every dump: no rule file from part of them
        print(
            f"clean learn: interrupted after reading {len(sources)} dumps; {args.output} not written", file=sys.stderr
        )
        return 130
    for message in unread:
        print(f"clean learn: {message}", file=sys.stderr)
    for k, why in undecoded:
        print(f"clean learn: {sources[k]}: {why}", file=sys.stderr)
    used = len(sources) - len(undecoded)
    payload = {"source": f"clean learn over {used} dumps", "learned": lines}
    Path(args.output).write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    bad = len(unread) + len(undecoded)
    skipped = f", {bad} unreadable records skipped" if bad else ""
    print(f"clean learn: {len(lines)} recurring lines from {used} dumps{skipped} -> {args.output}", file=sys.stderr)
    return 1 if bad else 0
