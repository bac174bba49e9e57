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
from pathlib import Path

from .decode import InputError, decode
from .features import split_lines
from .html import html_to_lines, looks_like_html
from .inputs import InputOpenError, check_inputs, read_records
from .pipeline import clean, default_rules, reader_lines
from .rules import Rules
from .text import normalize_line

__all__ = ["LearnConfig", "learn", "learn_main", "learned_lines"]


@dataclass(frozen=True, slots=True)
class LearnConfig:
    """How often a line must recur to be learned, and which lines are eligible."""

    min_share: float = 0.5
    min_dumps: int = 3
    max_words: int = 30  # UI rules apply to lines up to Config.ui_max_words


def learned_lines(
    dumps: Iterable[str | bytes],
    config: LearnConfig | None = None,
    *,
    base: Rules | None = None,
    errors: list[tuple[int, str]] | None = None,
) -> list[str]:
    """Normalised lines that recur across the dumps and are not article titles, most frequent first.

    A dump may be a text dump, a markdown dump or an HTML page: its lines are read as `clean`
    reads them (an HTML page's block elements), so the learned lines match. Input that is not
    text (binary) cannot be read and is left out of the count; with `errors`, each such dump's
    position in `dumps` and the reason are appended to it (nothing is skipped silently).
    """
    config = config or LearnConfig()
    base = base or default_rules()
    df: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    n = 0
    for k, dump in enumerate(dumps):
        try:
            text = decode(dump)
        except InputError as exc:
            if errors is not None:
                errors.append((k, str(exc)))
            continue
        n += 1
        lines = {normalize_line(ln) for ln in _page_lines(text) if ln.strip() and len(ln.split()) <= config.max_words}
        df.update(key for key in lines if key)
        main = clean(text, rules=base).main
        if main is not None and main.title:
            titles[normalize_line(main.title)] += 1
    need = max(config.min_dumps, config.min_share * n)
    # a real headline is the main title of one page; a line "titling" several pages is template
    return [line for line, count in df.most_common() if count >= need and titles[line] != 1]


def _page_lines(text: str) -> list[str]:
    """A page's lines as the text stages read them: an HTML page's block elements, a dump's
    lines without a format's marks and with hard-wrapped lines joined (`reader_lines`)."""
    if looks_like_html(text):
        return html_to_lines(text).lines
    return reader_lines(split_lines(text))


def learn(dumps: Iterable[str | bytes], config: LearnConfig | None = None, *, base: Rules | None = None) -> Rules:
    """A catalog extending `base` (default: built-in) with this site's recurring lines (rule `learned`).

    Example:
        >>> site = learn(open(p, "rb").read() for p in paths)
        >>> clean(page, rules=site)
    """
    base = base or default_rules()
    return base.extend(learned=learned_lines(dumps, config, base=base))


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
    args = ap.parse_args(argv)
    try:
        check_inputs(args.inputs)
    except InputOpenError as exc:
        print(f"clean learn: error: {exc}", file=sys.stderr)
        return 2
    config = LearnConfig(min_share=args.min_share, min_dumps=args.min_dumps)
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
        lines = learned_lines(pages(), config, errors=undecoded)
    except InputOpenError as exc:
        print(f"clean learn: error: {exc}", file=sys.stderr)
        return 2
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
