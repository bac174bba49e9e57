"""Learn a site's boilerplate from many dumps of it: lines that recur across pages.

Aggregators and site templates repeat the same UI lines (menus, prompts, footers, promo blurbs)
in every dump. A line found in at least `min_share` of the dumps (and in `min_dumps` of them) is
learned, unless it is article text: a line that is the main article's *title* in exactly one dump
is never learned (today's most-read headline recurs in every sidebar, yet it is an article). A
paragraph of one article does not recur across other articles, so recurring text — even inside
the main article's region — is template text and is learned.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .decode import InputError, decode
from .features import split_lines
from .pipeline import clean_text, default_rules, reader_lines
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
    dumps: Iterable[str | bytes], config: LearnConfig | None = None, *, base: Rules | None = None
) -> list[str]:
    """Normalised lines that recur across the dumps and are not article titles, most frequent first."""
    config = config or LearnConfig()
    base = base or default_rules()
    df: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    n = 0
    for dump in dumps:
        try:
            text = decode(dump)
        except InputError:
            continue
        n += 1
        read = reader_lines(split_lines(text))  # as `clean` reads them (markdown, wrapped lines)
        lines = {normalize_line(ln) for ln in read if ln.strip() and len(ln.split()) <= config.max_words}
        df.update(k for k in lines if k)
        main = clean_text(text, rules=base).main
        if main is not None and main.title:
            titles[normalize_line(main.title)] += 1
    need = max(config.min_dumps, config.min_share * n)
    # a real headline is the main title of one page; a line "titling" several pages is template
    return [line for line, count in df.most_common() if count >= need and titles[line] != 1]


def learn(dumps: Iterable[str | bytes], config: LearnConfig | None = None, *, base: Rules | None = None) -> Rules:
    """A catalog extending `base` (default: built-in) with this site's recurring lines (rule `learned`).

    Example:
        >>> site = learn(open(p, "rb").read() for p in paths)
        >>> clean(page, rules=site)
    """
    base = base or default_rules()
    return base.extend(learned=learned_lines(dumps, config, base=base))


def learn_main(argv: list[str]) -> int:
    """`clean learn DIR|FILE... -o site-rules.json`: write the learned rules as a rule file."""
    ap = argparse.ArgumentParser(prog="clean learn", description="Learn a site's recurring boilerplate lines.")
    ap.add_argument("inputs", nargs="+", metavar="DIR|FILE")
    ap.add_argument("-o", "--output", required=True, metavar="RULES.json")
    ap.add_argument("--min-share", type=float, default=LearnConfig().min_share)
    ap.add_argument("--min-dumps", type=int, default=LearnConfig().min_dumps)
    args = ap.parse_args(argv)
    paths: list[Path] = []
    for item in map(Path, args.inputs):
        if not item.exists():
            print(f"clean learn: error: no such file or directory: {item}", file=sys.stderr)
            return 2
        paths += sorted(p for p in item.rglob("*") if p.is_file()) if item.is_dir() else [item]
    config = LearnConfig(min_share=args.min_share, min_dumps=args.min_dumps)
    lines = learned_lines((p.read_bytes() for p in paths), config)
    payload = {"source": f"clean learn over {len(paths)} dumps", "learned": lines}
    Path(args.output).write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"clean learn: {len(lines)} recurring lines from {len(paths)} dumps -> {args.output}", file=sys.stderr)
    return 0
