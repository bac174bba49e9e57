from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleandump.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "000_072caf9a92d821cb.txt")


def test_text_output_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([SEED, "--explain"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Taliban: Russia's")
    assert "line 16 [ui-phrase] 'Try Our AI Features'" in out
    assert "Yomiuri Shimbun" not in out.split("--- removed")[0]


def test_json_matches_api(capsys: pytest.CaptureFixture[str], seed_text: str) -> None:
    import cleandump

    assert main([SEED, "--format", "json", "--fetched-at", "2025-07-09T12:00:00Z"]) == 0
    data = json.loads(capsys.readouterr().out)
    api = cleandump.clean(seed_text, fetched_at="2025-07-09T12:00:00Z").to_dict()
    assert data["articles"] == api["articles"] and data["removed"] == api["removed"]
    assert data["source"] == SEED


def test_jsonl_batch_with_broken_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        json.dumps({"id": "a", "text": "Headline A\nA story paragraph with plenty of words in it to count."}),
        "{broken json",
        '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",  # nested past the parser's depth
        json.dumps({"id": "c", "html": "<p>Headline C</p><p>Another story paragraph, long enough.</p>"}),
        json.dumps({"id": "d", "nothing": 1}),
    ]
    src.write_text("\n".join(rows) + "\n")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "--format", "jsonl", "-o", str(out)]) == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["a", None, None, "c", "d"]
    assert records[0]["error"] is None and records[1]["error"] and records[2]["error"] and records[4]["error"]
    assert records[0]["articles"][0]["title"] == "Headline A"
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "no 'text', 'markdown' or 'html'" in err


def test_directory_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nA paragraph long enough to be the article text here.\n")
    proc = subprocess.run(
        [sys.executable, "-m", "cleandump", str(tmp_path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and json.loads(proc.stdout)["articles"][0]["title"] == "Headline"
    proc = subprocess.run(
        [sys.executable, "-m", "cleandump", "-"],
        input="Headline\nSome words in a sentence here.\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("Headline")


@pytest.mark.parametrize(
    "argv",
    [
        ["/no/such/file"],
        ["--fetched-at", "tomorrow", SEED],
        ["--rules", "/no/rules.json", SEED],
        ["--format", "xml", SEED],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_output_is_atomic_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("previous")
    assert main(["/no/such/file", "-o", str(out)]) == 2
    assert out.read_text() == "previous" and not list(tmp_path.glob(".clean-*"))


def test_user_rules_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "d.txt"
    dump.write_text("Headline\nA paragraph long enough to be the article text here.\nVote in our poll\n")
    rules = tmp_path / "r.json"
    rules.write_text(json.dumps({"ui_phrases": ["vote in our poll"]}))
    assert main([str(dump), "--explain"]) == 0
    assert "[ui-phrase] 'Vote in our poll'" not in capsys.readouterr().out
    assert main([str(dump), "--rules", str(rules), "--explain"]) == 0
    assert "line 3 [ui-phrase] 'Vote in our poll'" in capsys.readouterr().out


def test_learn_command_reads_what_clean_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`clean learn` takes JSONL (here gzip-compressed) and stdin as `clean` does; a broken record
    and a binary file are named on stderr and counted, and the exit code says so."""
    records = [
        json.dumps(
            {"id": i, "text": f"Gloop bar\nHeadline {i} of the day\nParagraph {i} with enough words.\nZibzab now\n"}
        )
        for i in range(5)
    ]
    crawl = tmp_path / "crawl.jsonl.gz"
    with gzip.open(crawl, "wt", encoding="utf-8") as fh:
        fh.write("\n".join([*records, "{broken"]) + "\n")
    binary = tmp_path / "junk.txt"
    binary.write_bytes(b"\x00\x01\x02" * 200)
    rules = tmp_path / "rules.json"
    assert main(["learn", str(crawl), str(binary), "-o", str(rules)]) == 1
    err = capsys.readouterr().err
    assert f"{crawl}:6: line 6 is not valid JSON" in err and f"{binary}: " in err
    assert "from 5 dumps, 2 unreadable records skipped" in err
    assert {"zibzab now", "gloop bar"} <= set(json.loads(rules.read_text())["learned"])
    stdin = io.TextIOWrapper(io.BytesIO(("\n".join(records) + "\n").encode()), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", stdin)
        assert main(["learn", "-", "--input", "jsonl", "-o", str(rules)]) == 0
    assert "zibzab now" in json.loads(rules.read_text())["learned"]


def test_learn_command_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for i in range(5):
        (site / f"{i}.txt").write_text(
            f"Gloop bar\nHeadline {i} of the day\nA paragraph number {i} with enough words to be text.\nZibzab now\n"
        )
    rules = tmp_path / "site-rules.json"
    assert main(["learn", str(site), "-o", str(rules)]) == 0
    assert "zibzab now" in json.loads(rules.read_text())["learned"]
    assert main([str(site / "0.txt"), "--rules", str(rules), "--explain"]) == 0
    assert "[learned] 'Zibzab now'" in capsys.readouterr().out
    assert main(["learn", "/no/such/dir", "-o", str(rules)]) == 2
    assert main(["learn", str(site), "--exact-dumps", "2", "-j", "2", "-o", str(rules)]) == 0  # bounded, 2 workers
    assert "zibzab now" in json.loads(rules.read_text())["learned"]
    with pytest.raises(SystemExit) as exc:
        main(["learn", str(site), "--exact-dumps", "0", "-o", str(rules)])
    assert exc.value.code == 2 and "--exact-dumps must be at least 1" in capsys.readouterr().err
