"""Where records come from: files, directories, stdin, JSONL and WARC, plain or gzip/zstd.

Everything streams: a JSONL or WARC file of any size is read record by record, so memory stays
flat. Compression is recognised by its magic bytes, not the file name. A record that cannot be
read becomes a `Record` with an `error`, and the stream goes on.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

__all__ = ["MAX_INPUT_BYTES", "TEXT_SUFFIXES", "ByteCounter", "InputOpenError", "Record", "read_records"]

TEXT_SUFFIXES = {
    ".txt",
    ".text",
    ".dump",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".jsonl",
    ".ndjson",
    ".warc",
    ".gz",
    ".zst",
}
MAX_INPUT_BYTES = 1 << 30
#: A JSONL record's field that holds the page, and the kind it is read as (the first one present).
_RECORD_KINDS = ("text", "markdown", "html")
_GZIP, _ZSTD = b"\x1f\x8b", b"\x28\xb5\x2f\xfd"


class InputOpenError(Exception):
    """An input that cannot be read at all (missing file, missing optional reader)."""


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

    @property
    def key(self) -> str:
        """What `--resume` matches on: the id, or the source (path, path:line)."""
        return self.id if self.id is not None else self.source


class ByteCounter(io.RawIOBase):
    """A read-only wrapper that counts the bytes read from a file (progress and ETA)."""

    def __init__(self, raw: BinaryIO, tally: list[int]) -> None:
        self.raw, self.tally = raw, tally

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.tally[0] += n or 0
        return n or 0

    def close(self) -> None:
        self.raw.close()
        super().close()


def read_records(inputs: list[str], kind: str, tally: list[int] | None = None) -> Iterator[Record]:
    """Records of every input in order; `tally[0]` grows by the (compressed) bytes consumed."""
    counter = tally if tally is not None else [0]
    for item in inputs:
        if item == "-":
            yield from _from_stream(_decompress(io.BufferedReader(ByteCounter(_stdin(), counter))), "-", kind)
            continue
        path = Path(item)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file() and _suffix_ok(p)):
                yield from _from_path(sub, kind, counter)
        else:
            yield from _from_path(path, kind, counter)


def check_inputs(inputs: list[str]) -> int:
    """Total size in bytes of the named files (for an ETA); raises InputOpenError if one is missing."""
    total = 0
    for item in inputs:
        if item == "-":
            continue
        path = Path(item)
        if not path.exists():
            raise InputOpenError(f"no such file or directory: {item}")
        files = [p for p in path.rglob("*") if p.is_file() and _suffix_ok(p)] if path.is_dir() else [path]
        total += sum(p.stat().st_size for p in files)
    return total


def _stdin() -> BinaryIO:
    import sys

    return sys.stdin.buffer


def _suffix_ok(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES


def _decompress(stream: IO[bytes]) -> IO[bytes]:
    """The stream, decompressed if it starts with a gzip or zstd header."""
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    if head[:2] == _GZIP:
        return gzip.GzipFile(fileobj=stream)  # type: ignore[return-value]
    if head == _ZSTD:
        try:
            import zstandard
        except ImportError:
            raise InputOpenError("zstd input needs the zstandard package: pip install 'cleandump[batch]'") from None
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(stream))
    return stream


def _base_suffix(path: Path) -> str:
    name = path.name.lower()
    for ext in (".gz", ".zst"):
        name = name.removesuffix(ext)
    return Path(name).suffix


def _from_path(path: Path, kind: str, counter: list[int]) -> Iterator[Record]:
    suffix = _base_suffix(path)
    try:
        raw = io.BufferedReader(ByteCounter(path.open("rb"), counter))
    except OSError as exc:
        yield Record(None, str(path), error=f"cannot read {path}: {exc.strerror}")
        return
    with raw:
        try:
            stream = _decompress(raw)
            if kind == "warc" or (kind == "auto" and suffix == ".warc"):
                yield from _warc(stream, str(path))
            elif kind == "jsonl" or (kind == "auto" and suffix in {".jsonl", ".ndjson"}):
                yield from _jsonl(stream, str(path))
            else:
                data = stream.read(MAX_INPUT_BYTES + 1)
                if len(data) > MAX_INPUT_BYTES:
                    yield Record(None, str(path), error=f"{path} is larger than {MAX_INPUT_BYTES >> 20} MB; split it")
                    return
                own = "html" if suffix in {".html", ".htm"} else "markdown" if suffix in {".md", ".markdown"} else kind
                yield Record(data, str(path), kind=own if kind == "auto" else kind)
        except (OSError, EOFError, ValueError) as exc:
            yield Record(None, str(path), error=f"cannot read {path}: {exc}")


def _from_stream(stream: IO[bytes], source: str, kind: str) -> Iterator[Record]:
    if kind == "jsonl":
        yield from _jsonl(stream, source)
    elif kind == "warc":
        yield from _warc(stream, source)
    else:
        yield Record(stream.read(MAX_INPUT_BYTES), source, kind=kind)


def _jsonl(stream: IO[bytes], source: str) -> Iterator[Record]:
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # broken, or nested past the parser's depth
            yield Record(None, where, error=f"line {n} is not valid JSON: {exc}")
            continue
        kind = next((k for k in _RECORD_KINDS if isinstance(obj, dict) and isinstance(obj.get(k), str)), None)
        if not isinstance(obj, dict) or kind is None:
            yield Record(None, where, id=_id(obj), error=f"line {n} has no 'text', 'markdown' or 'html' string")
            continue
        found = obj.get("metadata")  # Firecrawl's records keep the page's title and address here
        meta: dict[str, Any] = found if isinstance(found, dict) else {}
        yield Record(
            obj[kind],
            where,
            kind=kind,
            id=_id(obj),
            url=_str(obj.get("url")) or _str(meta.get("sourceURL")) or _str(meta.get("url")),
            fetched_at=_str(obj.get("fetched_at")),
            title=_str(obj.get("title")) or _str(meta.get("title")),
        )


def _warc(stream: IO[bytes], source: str) -> Iterator[Record]:
    """HTML responses of a WARC file (warcio; per-record gzip handled by it)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise InputOpenError("--input warc needs warcio: pip install 'cleandump[batch]'") from None
    n = seen = 0
    try:
        for rec in ArchiveIterator(stream):
            seen += (rec.format or "").startswith("warc")
            if rec.rec_type != "response" or not (rec.format or "").startswith("warc"):
                continue
            n += 1
            headers = rec.rec_headers
            rid = headers.get_header("WARC-Record-ID")
            where = f"{source}#{n}"
            ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else "") or ""
            if ctype and "html" not in ctype and "text" not in ctype:
                continue
            try:
                body = rec.content_stream().read(MAX_INPUT_BYTES)
            except Exception as exc:  # noqa: BLE001 - a broken record must not end the file
                yield Record(None, where, id=rid, error=f"WARC record {n} unreadable: {exc}")
                continue
            yield Record(
                body,
                where,
                kind="html",
                id=rid,
                url=headers.get_header("WARC-Target-URI"),
                fetched_at=headers.get_header("WARC-Date"),
            )
    except ArchiveLoadFailed as exc:
        yield Record(None, source, error=f"not a WARC file: {exc}")
        return
    if not seen:
        yield Record(None, source, error="not a WARC file: no WARC records found")


def _id(obj: Any) -> str | None:
    value = obj.get("id") if isinstance(obj, dict) else None
    return None if value is None else str(value)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None
