"""The `clean` console script: I/O and formatting only; the work is `cleandump.clean`.

Exit codes: 0 success, 1 some record failed (reported on stderr, the others still written),
2 usage error (bad option, missing file, bad rule file), 130 interrupted (the output written so
far is kept and valid; `--resume` continues it).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from . import __version__
from .batch import Options, Outcome, clean_records
from .dedup import DedupIndex, Match, Signature
from .inputs import InputOpenError, Record, check_inputs, read_records
from .model import CleanResult
from .pipeline import default_rules
from .rules import Rules, RulesError
from .timeago import parse_fetched_at

__all__ = ["main"]


class UsageError(Exception):
    """Bad command line: reported and exit code 2."""


@dataclass
class Summary:
    """Counts for the final stderr line."""

    records: int = 0
    articles: int = 0
    removed: int = 0
    duplicates: int = 0
    errors: int = 0
    skipped: int = 0

    def line(self, seconds: float) -> str:
        skipped = f", {self.skipped} skipped (--resume)" if self.skipped else ""
        return (
            f"clean: {self.records} records, {self.articles} articles, {self.removed} removed lines, "
            f"{self.duplicates} duplicates, {self.errors} errors{skipped} in {seconds:.1f} s"
        )


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clean",
        description="Clean scraped text dumps and HTML pages into articles (main + related), "
        "reporting every line it removes. `clean learn INPUT... -o rules.json` learns a site's "
        "recurring boilerplate for `--rules`.",
    )
    p.add_argument("inputs", nargs="*", default=["-"], metavar="FILE|DIR|-", help="inputs (default: stdin)")
    p.add_argument(
        "--input", choices=["auto", "text", "markdown", "html", "jsonl", "warc"], default="auto", dest="input_kind"
    )
    p.add_argument("--format", choices=["text", "json", "jsonl"], default="text", dest="fmt")
    p.add_argument("--explain", action="store_true", help="also show each removed line, its rule and why")
    p.add_argument("--fetched-at", metavar="ISO", help="fetch time; makes `published` absolute")
    p.add_argument("--rules", action="append", default=[], metavar="FILE", help="extra rule file (JSON/TOML)")
    p.add_argument("--dedup", action="store_true", help="mark articles already seen in this run")
    p.add_argument("--index", metavar="PATH", help="persistent dedup index (implies --dedup)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes")
    p.add_argument("-o", "--output", metavar="OUT", help="write here (atomically) instead of stdout")
    p.add_argument("--resume", action="store_true", help="with -o FILE --format jsonl: skip ids already in FILE")
    p.add_argument("--version", action="version", version=f"cleandump {__version__}")
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of `clean` / `cleandump` / `python -m cleandump`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["learn"]:
        from .learn import learn_main

        return learn_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        options, index = _options(args)
        total = check_inputs(args.inputs)
        return _run(args, options, index, total)
    except (UsageError, InputOpenError) as exc:
        print(f"clean: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `clean ... | head`: the reader left; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _options(args: argparse.Namespace) -> tuple[Options, DedupIndex | None]:
    if args.jobs < 1:
        raise UsageError("-j must be at least 1")
    if args.resume and (not args.output or args.output == "-" or args.fmt != "jsonl"):
        raise UsageError("--resume needs -o FILE and --format jsonl")
    try:
        fetched = parse_fetched_at(args.fetched_at)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    rules: Rules = default_rules()
    try:
        for path in args.rules:
            rules = Rules.load(path, base=rules)
    except RulesError as exc:
        raise UsageError(str(exc)) from None
    index = None
    if args.dedup or args.index:
        try:
            index = DedupIndex(path=args.index)
        except (ValueError, OSError, sqlite3.Error) as exc:
            raise UsageError(f"--index {args.index}: {exc}") from None
    render = args.fmt == "jsonl" and index is None  # workers render lines; nothing to add to them
    return Options(rules, fetched, signatures=index is not None, render_jsonl=render), index


def _run(args: argparse.Namespace, options: Options, index: DedupIndex | None, total: int) -> int:
    done = _resume_keys(args.output) if args.resume else set()
    summary = Summary()
    start = time.monotonic()
    tally = [0]
    records: Iterator[Record] = read_records(args.inputs, args.input_kind, tally)
    if done:
        records = _skip(records, done, summary)
    progress = _Progress(enabled=sys.stderr.isatty(), total=total, tally=tally)
    code = 0
    try:
        with _output(args.output, append=bool(args.resume)) as out:
            try:
                _write_all(clean_records(records, options, args.jobs), args, out, index, summary, progress)
            except KeyboardInterrupt:
                code = 130  # the lines written so far stay: the file is closed and kept below
                print("\nclean: interrupted; output so far is kept (continue with --resume)", file=sys.stderr)
    finally:
        if index is not None:
            index.close()  # commits: an interrupted run keeps what it indexed
        progress.done()
    print(summary.line(time.monotonic() - start), file=sys.stderr)
    return code or (1 if summary.errors else 0)


def _skip(records: Iterator[Record], done: set[str], summary: Summary) -> Iterator[Record]:
    for rec in records:
        if rec.key in done:
            summary.skipped += 1
        else:
            yield rec


def _resume_keys(path: str) -> set[str]:
    """Ids (or sources) of the complete records already in a JSONL output; a torn last line is cut."""
    target = Path(path)
    if not target.exists():
        return set()
    keys: set[str] = set()
    good = 0
    with target.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                obj = json.loads(raw)
            except (ValueError, RecursionError):
                break
            key = obj.get("id") if obj.get("id") is not None else obj.get("source")
            if key is not None:
                keys.add(str(key))
            good += len(raw)
    with target.open("r+b") as fh:
        fh.truncate(good)
    return keys


def _write_all(
    outcomes: Iterator[Outcome],
    args: argparse.Namespace,
    out: IO[str],
    index: DedupIndex | None,
    summary: Summary,
    progress: _Progress,
) -> None:
    results: list[dict[str, Any]] = []
    for outcome in outcomes:
        result = outcome.result
        summary.records += 1
        summary.articles += outcome.articles
        summary.removed += outcome.removed
        if result.error:
            summary.errors += 1
            print(f"clean: {result.source}: {result.error}", file=sys.stderr)
        dups = _duplicates(result, outcome.signatures, index) if index is not None else None
        summary.duplicates += sum(1 for d in dups or () if d is not None)
        if outcome.line is not None:
            out.write(outcome.line)
        elif args.fmt in ("json", "jsonl"):
            obj = result.to_dict()
            for article, dup in zip(obj["articles"], dups or (), strict=False):
                article["duplicate_of"] = dup.to_dict() if dup else None
            if args.fmt == "json":
                results.append(obj)
            else:
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        elif not result.error:
            out.write(format_text(result, explain=args.explain, duplicates=dups))
        progress.tick()
    if args.fmt == "json":
        payload: Any = results[0] if len(results) == 1 else results
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _duplicates(result: CleanResult, sigs: tuple[Signature, ...], index: DedupIndex) -> list[Match | None]:
    """Look up and store each article of a result (its signatures come from the worker);
    keys are the record id (or source) + `#n`."""
    base = result.id or result.source or "-"
    return [index.add(base if i == 0 else f"{base}#{i}", sig) for i, sig in enumerate(sigs)]


def format_text(result: CleanResult, *, explain: bool, duplicates: list[Match | None] | None = None) -> str:
    """Main article as plain text; with `explain`, every removal and its rule."""
    parts: list[str] = []
    dup = duplicates[0] if duplicates and result.main else None
    if dup is not None:
        parts.append(f"[duplicate of {dup.key}: {dup.kind}, similarity {dup.similarity:.2f}]")
    if result.main:
        if result.main.title:
            parts.append(result.main.title)
        parts.extend(result.main.paragraphs)
    text = "\n\n".join(parts) + "\n"
    if explain:
        lines = [f"\n--- removed ({len(result.removed)}) from {result.source or '-'} ---"]
        for r in result.removed:
            where = f"line {r.line}" if r.line is not None else (r.path or "html")
            span = f" chars {r.span[0]}-{r.span[1]}" if r.span else ""
            lines.append(f"{where}{span} [{r.rule}] {r.text[:100]!r}: {r.reason}")
        text += "\n".join(lines) + "\n"
    return text


class _output:
    """stdout; or a file written atomically (temp file, then rename), also on interruption, so
    the lines written so far survive; with `append`, the existing file is extended in place."""

    def __init__(self, path: str | None, *, append: bool = False) -> None:
        self.path, self.append = path, append
        self.tmp: str | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None or self.path == "-":
            return sys.stdout
        try:
            if self.append:
                self.fh = open(self.path, "a", encoding="utf-8")
                return self.fh
            directory = os.path.dirname(os.path.abspath(self.path))
            fd, self.tmp = tempfile.mkstemp(prefix=".clean-", dir=directory)
        except OSError as exc:
            raise UsageError(f"cannot write to {self.path}: {exc.strerror}") from None
        self.fh = os.fdopen(fd, "w", encoding="utf-8")
        return self.fh

    def __exit__(self, exc_type: object, *_: object) -> None:
        if self.path is None or self.path == "-":
            sys.stdout.flush()
            return
        self.fh.close()
        if self.tmp is None:
            return
        if exc_type is None or exc_type is KeyboardInterrupt:
            os.replace(self.tmp, str(self.path))
        else:
            os.unlink(self.tmp)


class _Progress:
    """Records/s (and an ETA when the input size is known) on stderr, when it is a terminal."""

    def __init__(self, *, enabled: bool, total: int = 0, tally: list[int] | None = None) -> None:
        self.enabled, self.count, self.start, self.last = enabled, 0, time.monotonic(), 0.0
        self.total, self.tally = total, tally or [0]

    def tick(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self.enabled and self.count > 50 and now - self.last > 0.5:
            self.last = now
            elapsed = max(now - self.start, 1e-9)
            line = f"\rclean: {self.count:,} records, {self.count / elapsed:,.0f}/s"
            done = self.tally[0]
            if self.total and 0 < done <= self.total:
                eta = elapsed * (self.total - done) / done
                line += f", {100 * done / self.total:.0f}% of {self.total / 1e6:,.0f} MB, ETA {eta:,.0f} s"
            print(line + "   ", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.enabled and self.count > 50:
            print(file=sys.stderr)
