"""Streaming batches: compressed JSONL, WARC, -j N in order, summary line, interruption, --resume."""

from __future__ import annotations

import gzip
import importlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import cleandump.cli
from cleandump.batch import Options, clean_record, clean_records
from cleandump.cli import main
from cleandump.inputs import Record, read_records
from cleandump.pipeline import default_rules

BODY = (
    "The council met on Tuesday to discuss the budget for the new bridge over the river.",
    "Members voted eight to three in favour of the plan after a debate that lasted into the night.",
)


def rows(n: int) -> list[dict[str, str]]:
    return [{"id": f"r{i}", "text": f"Headline number {i} about the bridge\n" + "\n".join(BODY)} for i in range(n)]


def jsonl(n: int) -> bytes:
    return ("\n".join(json.dumps(r) for r in rows(n)) + "\n").encode()


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, object]], str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, [json.loads(x) for x in captured.out.splitlines() if x.strip()], captured.err


@pytest.mark.parametrize("pack", ["plain", "gzip", "zstd"])
def test_jsonl_plain_gzip_and_zstd(tmp_path: Path, capsys: pytest.CaptureFixture[str], pack: str) -> None:
    data = jsonl(5)
    packed = {"plain": data, "gzip": gzip.compress(data), "zstd": zstandard.ZstdCompressor().compress(data)}[pack]
    path = tmp_path / {"plain": "in.jsonl", "gzip": "in.jsonl.gz", "zstd": "in.jsonl.zst"}[pack]
    path.write_bytes(packed)
    code, out, err = run([str(path), "--format", "jsonl"], capsys)
    assert code == 0 and [o["id"] for o in out] == [f"r{i}" for i in range(5)]
    assert out[3]["articles"][0]["title"] == "Headline number 3 about the bridge"
    assert "clean: 5 records, 5 articles" in err and "0 errors" in err


def warc_bytes() -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(3):
        article = f"<h1>Story {i} on the harbour</h1><p>{BODY[0]}</p><p>{BODY[1]}</p>"
        html = f"<html><body><article>{article}</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            f"https://example.org/{i}", "response", payload=io.BytesIO(html.encode()), http_headers=headers
        )
        writer.write_record(rec)
    return buf.getvalue()


def test_warc_responses_are_cleaned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes())
    code, out, _ = run([str(path), "--format", "jsonl"], capsys)
    assert code == 0 and len(out) == 3
    assert [o["articles"][0]["title"] for o in out] == [f"Story {i} on the harbour" for i in range(3)]
    assert all(str(o["id"]).startswith("<urn:uuid:") for o in out)
    assert out[1]["articles"][0]["url"] == "https://example.org/1"


def test_broken_warc_is_a_record_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a warc file at all\n" * 10)
    code, out, err = run([str(path), "--format", "jsonl"], capsys)
    assert code == 1 and out[0]["error"] and "1 errors" in err


def test_workers_keep_input_order_and_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    lines = jsonl(40).decode().splitlines()
    lines.insert(7, "{broken json")
    path.write_text("\n".join(lines) + "\n")
    one = run([str(path), "--format", "jsonl", "-j", "1", "--dedup"], capsys)
    two = run([str(path), "--format", "jsonl", "-j", "2", "--dedup"], capsys)
    assert one[0] == two[0] == 1  # the broken line is an error, the rest is written
    assert one[1] == two[1] and len(one[1]) == 41
    assert one[1][7]["error"] and one[1][8]["id"] == "r7"
    assert "40 duplicates" not in one[2] and "duplicates" in one[2]


def test_interrupt_keeps_a_valid_partial_output_and_resume_finishes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(jsonl(10))
    real = cleandump.cli.clean_records

    def interrupted(*a: object, **k: object) -> Iterator[object]:
        for n, outcome in enumerate(real(*a, **k)):  # type: ignore[arg-type]
            if n == 4:
                raise KeyboardInterrupt
            yield outcome

    monkeypatch.setattr(cleandump.cli, "clean_records", interrupted)
    assert main([str(src), "--format", "jsonl", "-o", str(out)]) == 130
    partial = [json.loads(x) for x in out.read_text().splitlines()]
    assert [p["id"] for p in partial] == ["r0", "r1", "r2", "r3"]
    with out.open("a") as fh:
        fh.write('{"id": "r4", "torn')  # a line cut by a kill
    monkeypatch.setattr(cleandump.cli, "clean_records", real)
    capsys.readouterr()
    assert main([str(src), "--format", "jsonl", "-o", str(out), "--resume"]) == 0
    assert "4 skipped" in capsys.readouterr().err
    final = [json.loads(x) for x in out.read_text().splitlines()]
    assert [p["id"] for p in final] == [f"r{i}" for i in range(10)]


def test_resume_needs_a_jsonl_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["x.jsonl", "--resume"]) == 2
    assert "--resume needs" in capsys.readouterr().err


def test_clean_records_streams_lazily() -> None:
    options = Options(default_rules())
    seen: list[int] = []

    def source() -> Iterator[Record]:
        for i in range(1000):
            seen.append(i)
            yield Record(f"Title {i}\n{BODY[0]}", f"mem:{i}", kind="text", id=str(i))

    stream = clean_records(source(), options, jobs=2)
    first = next(stream)
    assert first.result.id == "0" and len(seen) < 100  # a bounded window, not the whole input
    stream.close()


def test_read_records_counts_bytes(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl(3)))
    tally = [0]
    assert [r.id for r in read_records([str(path)], "auto", tally)] == ["r0", "r1", "r2"]
    assert tally[0] == path.stat().st_size
    assert clean_record(Record(None, "x", error="boom"), Options(default_rules())).result.error == "boom"


@pytest.mark.parametrize(
    "command",
    [["in.jsonl", "-j", "2", "--format", "jsonl", "-o", "out.jsonl"], ["learn", "in.jsonl", "-j", "2", "-o", "r.json"]],
)
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux's /proc to see the workers start")
def test_ctrl_c_with_workers_ends_with_one_message_and_no_traceback(tmp_path: Path, command: list[str]) -> None:
    """Ctrl-C reaches every process of the group, busy workers included: the command stops with
    exit code 130 and its own message, and no worker prints a traceback over it."""
    records = (
        json.dumps({"text": "\n".join(f"Line {k} of story {i}: {BODY[k % 2]}" for k in range(150))}) + "\n"
        for i in range(2000)
    )  # lines of their own (no memo hits), far more than the workers clean in a second
    (tmp_path / "in.jsonl").write_text("".join(records))
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleandump", *command],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # as a terminal starts it: a test run in the background would hand down SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (children.exists() and children.read_text().split()):
        time.sleep(0.1)  # until the workers run (a signal during start-up would interrupt the imports)
    time.sleep(1)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err


def test_learn_interrupted_writes_no_rule_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Learning needs every dump: interrupted, `clean learn` writes nothing and says so."""
    learn_module = importlib.import_module("cleandump.learn")  # (the package's `learn` is the function)
    src, rules = tmp_path / "in.jsonl", tmp_path / "rules.json"
    src.write_bytes(jsonl(10))

    def interrupted(*a: object, **k: object) -> list[str]:
        raise KeyboardInterrupt

    monkeypatch.setattr(learn_module, "learned_lines", interrupted)
    assert main(["learn", str(src), "-o", str(rules)]) == 130
    assert not rules.exists() and "interrupted" in capsys.readouterr().err
