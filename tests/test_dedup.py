"""DedupIndex: exact, near and teaser matches, persistence, merging, and the CLI's --dedup/--index."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import cleandump
from cleandump import DedupIndex, Signature, minhash
from cleandump.cli import main
from cleandump.hashing import content_hash, simhash

from helpers import WORDS


def article(seed: int, paragraphs: int = 8, words: int = 60) -> str:
    rng = random.Random(seed)
    paras = []
    for _ in range(paragraphs):
        paras.append(" ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + ".")
    return "\n\n".join(paras)


def test_minhash_and_simhash_are_the_same_in_another_process() -> None:
    text = article(1)
    code = (
        "import sys, json; from cleandump.hashing import minhash, simhash, content_hash;"
        "t = sys.stdin.read(); print(json.dumps([minhash(t).tolist(), simhash(t), content_hash(t)]))"
    )
    out = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True)
    other = json.loads(out.stdout)
    assert other == [minhash(text).tolist(), simhash(text), content_hash(text)]


def test_minhash_estimates_jaccard() -> None:
    a = article(2).split()
    b = a[: len(a) // 2] + article(3).split()[: len(a) // 2]  # about a third of the 3-grams shared
    ta, tb = " ".join(a), " ".join(b)
    shingles_a = {tuple(a[i : i + 3]) for i in range(len(a) - 2)}
    shingles_b = {tuple(b[i : i + 3]) for i in range(len(b) - 2)}
    true = len(shingles_a & shingles_b) / len(shingles_a | shingles_b)
    estimate = float(np.mean(minhash(ta) == minhash(tb)))
    assert abs(estimate - true) < 0.12
    assert minhash(ta).dtype == np.uint32 and len(minhash(ta)) == 128
    with pytest.raises(ValueError):
        minhash(ta, num_perm=0)


def test_exact_near_and_new() -> None:
    index = DedupIndex()
    original = article(10)
    assert index.add("a", original) is None
    assert index.add("b", article(11)) is None
    same = index.add("a-copy", original.upper().replace("\n\n", "\n   "))
    assert same is not None and (same.key, same.kind, same.similarity) == ("a", "exact", 1.0)
    words = original.split()
    for i in range(5, len(words), 60):  # a handful of typos
        words[i] = words[i][::-1] + "x"
    near = index.add("a-typos", " ".join(words))
    assert near is not None and near.key == "a" and near.kind == "near" and 0.6 <= near.similarity < 1
    assert index.add("c", article(12)) is None
    assert len(index) == 5 and "a-typos" in index and "zzz" not in index and 3 not in index


def test_teaser_matches_in_both_directions() -> None:
    index = DedupIndex()
    full = article(20, paragraphs=10)
    index.add("full", full)
    teaser = " ".join(full.split()[:35]) + " …"
    match = index.query(teaser)
    assert match is not None and (match.key, match.kind) == ("full", "teaser") and match.similarity >= 0.7
    assert len(index) == 1  # query does not store
    reverse = DedupIndex()
    reverse.add("teaser", teaser)
    back = reverse.add("full", full)
    assert back is not None and (back.key, back.kind) == ("teaser", "teaser")


def test_unrelated_texts_do_not_match() -> None:
    index = DedupIndex()
    for seed in range(40):
        assert index.add(f"doc{seed}", article(100 + seed)) is None
    assert index.query(" ".join(article(999).split()[:40])) is None
    assert index.matches(article(100))[0].kind == "exact"


def test_article_objects_and_signatures() -> None:
    result = cleandump.clean_text("Headline of the story\n\n" + article(30))
    assert result.main is not None
    index = DedupIndex()
    index.add("page", result.main)
    assert index.query(result.main.text) == index.query(Signature.of(result.main))
    assert index.query(result.main.text).kind == "exact"  # type: ignore[union-attr]


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        DedupIndex(threshold=0)
    with pytest.raises(ValueError):
        DedupIndex(bands=30, rows=5)


def test_many_texts_flush_into_sorted_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cleandump.dedup, "BUFFER_DOCS", 8)
    index = DedupIndex()
    for seed in range(50):
        index.add(f"d{seed}", article(200 + seed, paragraphs=2))
    assert len(index._table.runs) >= 1
    for seed in (0, 17, 49):
        match = index.query(article(200 + seed, paragraphs=2))
        assert match is not None and match.key == f"d{seed}" and match.kind == "exact"
        assert f"d{seed}" in index


def test_persistence_and_merge(tmp_path: Path) -> None:
    path = tmp_path / "idx.sqlite"
    with DedupIndex(path) as index:
        index.add("a", article(40))
        index.add("b", article(41))
    reopened = DedupIndex(path)
    assert len(reopened) == 2 and "a" in reopened
    assert reopened.query(article(41)).key == "b"  # type: ignore[union-attr]
    other = DedupIndex()
    other.add("c", article(42))
    reopened.merge(other)
    assert reopened.query(article(42)).key == "c"  # type: ignore[union-attr]
    reopened.close()
    assert len(DedupIndex(path)) == 3


def test_killed_process_keeps_what_was_committed(tmp_path: Path) -> None:
    path = tmp_path / "idx.sqlite"
    code = (
        "import os, sys; sys.path.insert(0, sys.argv[2]);"
        "from test_dedup import article; from cleandump import DedupIndex;"
        "index = DedupIndex(sys.argv[1], commit_every=2);"
        "[index.add(f'k{i}', article(50 + i)) for i in range(5)];"
        "os._exit(9)"  # no close(): k4 was never committed
    )
    proc = subprocess.run([sys.executable, "-c", code, str(path), str(Path(__file__).parent)], check=False)
    assert proc.returncode == 9
    index = DedupIndex(path)
    assert len(index) == 4 and "k3" in index and "k4" not in index


def test_not_an_index_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ValueError, match="not a cleandump dedup index"):
        DedupIndex(bad)


def test_cli_dedup_marks_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "Headline of the story\n\n" + article(60)
    rows = [
        {"id": "one", "text": body},
        {"id": "two", "text": body.replace("\n\n", "\n")},
        {"id": "three", "text": "Other headline\n\n" + article(61)},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert main([str(src), "--dedup", "--format", "jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    dups = [o["articles"][0]["duplicate_of"] for o in out]
    assert dups[0] is None and dups[2] is None
    assert dups[1] == {"id": "one", "kind": "exact", "similarity": 1.0}


def test_cli_index_persists_between_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Headline of the story\n\n" + article(70))
    index = tmp_path / "seen.sqlite"
    assert main([str(page), "--index", str(index), "--format", "jsonl"]) == 0
    assert main([str(page), "--index", str(index), "--format", "jsonl"]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["articles"][0]["duplicate_of"] is None
    assert second["articles"][0]["duplicate_of"]["kind"] == "exact"
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 100)
    assert main([str(page), "--index", str(bad)]) == 2
