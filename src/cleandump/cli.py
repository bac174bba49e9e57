"""The `clean` console script: I/O and formatting only; the work is `cleandump.clean`.

Exit codes: 0 success, 1 some record failed (reported on stderr, the others still written),
2 usage error (bad option, missing file, bad rule file).
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
from .decode import InputError
from .dedup import DedupIndex, Match
from .model import CleanResult
from .pipeline import clean, default_rules
from .rules import Rules, RulesError
from .timeago import parse_fetched_at

__all__ = ["main"]

TEXT_SUFFIXES = {".txt", ".text", ".dump", ".html", ".htm", ".jsonl", ".ndjson"}
MAX_INPUT_BYTES = 1 << 30


class UsageError(Exception):
    """Bad command line: reported and exit code 2."""


@dataclass(frozen=True, slots=True)
class Record:
    """One thing to clean: its data, where it came from, and per-record options."""

    data: str | bytes | None
    source: str
    kind: str = "auto"
    id: str | None = None
    url: str | None = None
    fetched_at: str | None = None
    error: str | None = None
    title: str | None = None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clean",
        description="Clean scraped text dumps and HTML pages into articles (main + related), "
        "reporting every line it removes. `clean learn DIR... -o rules.json` learns a site's "
        "recurring boilerplate for `--rules`.",
    )
    p.add_argument("inputs", nargs="*", default=["-"], metavar="FILE|DIR|-", help="inputs (default: stdin)")
    p.add_argument("--input", choices=["auto", "text", "html", "jsonl", "warc"], default="auto", dest="input_kind")
    p.add_argument("--format", choices=["text", "json", "jsonl"], default="text", dest="fmt")
    p.add_argument("--explain", action="store_true", help="also show each removed line, its rule and why")
    p.add_argument("--fetched-at", metavar="ISO", help="fetch time; makes `published` absolute")
    p.add_argument("--rules", action="append", default=[], metavar="FILE", help="extra rule file (JSON/TOML)")
    p.add_argument("--dedup", action="store_true", help="mark articles already seen in this run")
    p.add_argument("--index", metavar="PATH", help="persistent dedup index (implies --dedup)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes")
    p.add_argument("-o", "--output", metavar="OUT", help="write here (atomically) instead of stdout")
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
        options = _options(args)
        records = _records(args.inputs, args.input_kind)
        return _run(records, args, options)
    except UsageError as exc:
        print(f"clean: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("clean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `clean ... | head`: the reader left; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _options(args: argparse.Namespace) -> dict[str, Any]:
    if args.input_kind == "warc":
        raise UsageError("--input warc is not supported yet (planned with the streaming batch work)")
    if args.jobs < 1:
        raise UsageError("-j must be at least 1")
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
    return {"rules": rules, "fetched_at": fetched, "index": index}


def _records(inputs: list[str], kind: str) -> Iterator[Record]:
    paths = [_check_input(i) for i in inputs]
    for item in paths:
        if isinstance(item, str):
            yield from _from_stream(sys.stdin.buffer, "-", kind)
        elif item.is_dir():
            for path in sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES):
                yield from _from_path(path, kind)
        else:
            yield from _from_path(item, kind)


def _check_input(item: str) -> Path | str:
    if item == "-":
        return "-"
    path = Path(item)
    if not path.exists():
        raise UsageError(f"no such file or directory: {item}")
    return path


def _from_path(path: Path, kind: str) -> Iterator[Record]:
    if kind == "jsonl" or (kind == "auto" and path.suffix.lower() in {".jsonl", ".ndjson"}):
        try:
            with path.open("rb") as fh:
                yield from _jsonl(fh, str(path))
        except OSError as exc:
            yield Record(None, str(path), error=f"cannot read {path}: {exc.strerror}")
        return
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            yield Record(None, str(path), error=f"{path} is larger than {MAX_INPUT_BYTES >> 20} MB; split it")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Record(None, str(path), error=f"cannot read {path}: {exc.strerror}")
        return
    suffix_kind = "html" if path.suffix.lower() in {".html", ".htm"} else kind
    yield Record(data, str(path), kind=suffix_kind if kind == "auto" else kind)


def _from_stream(stream: IO[bytes], source: str, kind: str) -> Iterator[Record]:
    if kind == "jsonl":
        yield from _jsonl(stream, source)
    else:
        yield Record(stream.read(MAX_INPUT_BYTES), source, kind=kind)


def _jsonl(stream: IO[bytes], source: str) -> Iterator[Record]:
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(raw)
        except ValueError as exc:
            yield Record(None, where, error=f"line {n} is not valid JSON: {exc}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text", obj.get("html")), str):
            yield Record(None, where, id=_id(obj), error=f"line {n} has no 'text' or 'html' string")
            continue
        kind = "text" if isinstance(obj.get("text"), str) else "html"
        yield Record(
            obj.get(kind),
            where,
            kind=kind,
            id=_id(obj),
            url=_str(obj.get("url")),
            fetched_at=_str(obj.get("fetched_at")),
            title=_str(obj.get("title")),
        )


def _id(obj: Any) -> str | None:
    value = obj.get("id") if isinstance(obj, dict) else None
    return None if value is None else str(value)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _clean_record(rec: Record, options: dict[str, Any]) -> CleanResult:
    if rec.error is not None or rec.data is None:
        return CleanResult.failed(rec.error or "no data", id=rec.id, source=rec.source)
    try:
        fetched = parse_fetched_at(rec.fetched_at) if rec.fetched_at else options["fetched_at"]
        result = clean(
            rec.data, kind=rec.kind, url=rec.url, fetched_at=fetched, rules=options["rules"], title=rec.title
        )
    except (InputError, ValueError) as exc:
        return CleanResult.failed(str(exc), id=rec.id, source=rec.source)
    except Exception as exc:  # noqa: BLE001 - one broken record must not stop a batch
        return CleanResult.failed(f"internal error ({type(exc).__name__}): {exc}", id=rec.id, source=rec.source)
    return CleanResult(result.main, result.related, result.removed, id=rec.id, source=rec.source)


def _run(records: Iterator[Record], args: argparse.Namespace, options: dict[str, Any]) -> int:
    index: DedupIndex | None = options["index"]
    try:
        return _write_all(records, args, options, index)
    finally:
        if index is not None:
            index.close()  # commits: an interrupted run keeps what it indexed


def _write_all(
    records: Iterator[Record], args: argparse.Namespace, options: dict[str, Any], index: DedupIndex | None
) -> int:
    failed = 0
    with _output(args.output) as out:
        progress = _Progress(enabled=sys.stderr.isatty())
        results: list[dict[str, Any]] = []
        for rec in records:
            result = _clean_record(rec, options)
            if result.error:
                failed += 1
                print(f"clean: {result.source}: {result.error}", file=sys.stderr)
            dups = _duplicates(result, index) if index is not None else None
            if args.fmt in ("json", "jsonl"):
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
        progress.done()
        if args.fmt == "json":
            payload: Any = results[0] if len(results) == 1 else results
            out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0


def _duplicates(result: CleanResult, index: DedupIndex) -> list[Match | None]:
    """Look up and store each article of a result; keys are the record id (or source) + `#n`."""
    base = result.id or result.source or "-"
    return [index.add(base if i == 0 else f"{base}#{i}", a) for i, a in enumerate(result.articles)]


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
    """stdout, or a file written atomically (temp file in the same directory, then rename)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.tmp: str | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None or self.path == "-":
            return sys.stdout
        directory = os.path.dirname(os.path.abspath(self.path))
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=".clean-", dir=directory)
        except OSError as exc:
            raise UsageError(f"cannot write to {self.path}: {exc.strerror}") from None
        self.fh = os.fdopen(fd, "w", encoding="utf-8")
        return self.fh

    def __exit__(self, exc_type: object, *_: object) -> None:
        if self.tmp is None:
            sys.stdout.flush()
            return
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, str(self.path))
        else:
            os.unlink(self.tmp)


class _Progress:
    """Records/s on stderr when it is a terminal and the batch is large (over 50 records)."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled, self.count, self.start, self.last = enabled, 0, time.monotonic(), 0.0

    def tick(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self.enabled and self.count > 50 and now - self.last > 0.5:
            self.last = now
            rate = self.count / max(now - self.start, 1e-9)
            print(f"\rclean: {self.count} records, {rate:,.0f}/s", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.enabled and self.count > 50:
            print(file=sys.stderr)
