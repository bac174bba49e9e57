"""Deduplication quality and speed: cleandump's DedupIndex against datasketch and SimHash, one run.

The corpus is built from the true main texts of the dev data (headline + body), seeded:

- originals: Zyte pages and WCXB article pages with at least 80 words;
- copies, the way syndication and scraping make them, 1-3 edits each: another outlet's header
  and boilerplate lines, a changed headline, an editor's note, typos, last paragraphs dropped,
  paragraphs reordered, whitespace/quote/case changes;
- hard negatives: other articles of the same site (the dev data has many pages per site) and
  "follow-ups" (an article not otherwise in the corpus that quotes one paragraph of an original);
- teasers: the first 25-60 words of an original (sometimes with "..." or a "Read more" line),
  queried after the corpus is indexed; and held-out leads (of articles not in the index) that
  must match nothing.

Every system reads the same stream and links each document to its best earlier match; the
links give clusters. Reported: pair precision / recall / F1 against the true clusters, adjusted
Rand index, teaser recall (query finds the teaser's article) and held-out false matches,
docs/s for signature + query + insert (best of `--repeat` passes, interleaved across systems),
and bytes/doc (tracemalloc, in a separate pass; at this small scale it is dominated by fixed
buffers — the scale run gives the per-document figure).

    python bench/dedup.py [--data DIR] [--copies 3] [--sweep]    # about 2 minutes
    python bench/dedup.py --scale 1000000 [--path idx.sqlite]     # the 1M synthetic run
    python bench/dedup.py --spark --repeat 0                      # Spark groups vs DedupIndex only

Systems: `cleandump` (DedupIndex defaults), `datasketch` (MinHashLSH, 128 perms, word 5-grams,
threshold 0.5, best candidate verified at Jaccard >= 0.5), `simhash` (cleandump's 64-bit SimHash
of word 3-grams, Hamming distance <= 3, exhaustive comparison).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from cleandump import DedupIndex
from cleandump.dedup import duplicate_groups
from cleandump.hashing import simhash

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
OUTLETS = ["Associated Press", "Reuters", "Yomiuri Shimbun", "The Valley Post", "Nikkei Asia", "AFP"]
BOILER = [
    "Sign up for our newsletter",
    "Share this article",
    "Advertisement",
    "Follow us on social media",
    "Copyright 2025. All rights reserved.",
    "Comments",
]
NOTES = [
    "Editor's note: This story has been updated with additional reporting.",
    "This article was originally published by a partner outlet and is republished with permission.",
    "Correction: An earlier version of this story misstated the date of the meeting.",
]


@dataclass
class Doc:
    key: str
    text: str
    cluster: int


# -- corpus ---------------------------------------------------------------------------------


def originals(data: Path) -> list[tuple[str, str, str]]:
    """(site, headline, body) of article-like dev pages with at least 80 words."""
    out = []
    for name in ("zyte.jsonl.gz", "wcxb-dev.jsonl.gz"):
        path = data / name
        if not path.exists():
            sys.exit(f"missing data file {path} (use --data)")
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                body = (row.get("truth_body") or "").strip()
                if row.get("page_type", "article") != "article" or len(body.split()) < 80:
                    continue
                title = (row.get("title") or body.split("\n", 1)[0])[:200]
                out.append((urlparse(row.get("url") or "").netloc, title, body))
    return out


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.split("\n") if p.strip()]


def typo(words: list[str], rng: random.Random, share: float) -> list[str]:
    out = list(words)
    for i in rng.sample(range(len(out)), max(1, int(len(out) * share))):
        w = out[i]
        if len(w) > 3:
            j = rng.randrange(len(w) - 1)
            out[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return out


EDITS: dict[str, Callable[[str, list[str], random.Random], tuple[str, list[str]]]] = {
    "outlet": lambda t, ps, r: (t, [r.choice(OUTLETS), f"{r.randint(1, 23)} hours ago", *ps, *r.sample(BOILER, 3)]),
    "headline": lambda t, ps, r: ("Update: " + " ".join(reversed(t.split())), ps),
    "note": lambda t, ps, r: (t, [r.choice(NOTES), *ps]),
    "typos": lambda t, ps, r: (t, [" ".join(typo(p.split(), r, 0.02)) if len(p.split()) > 5 else p for p in ps]),
    "drop-last": lambda t, ps, r: (t, ps[: max(2, int(len(ps) * r.uniform(0.7, 0.9)))]),
    "reorder": lambda t, ps, r: (t, _reorder(ps, r)),
    "format": lambda t, ps, r: (t.upper(), [p.replace("'", "\u2019").replace('"', "\u201c") + "  " for p in ps]),
}


def _reorder(ps: list[str], rng: random.Random) -> list[str]:
    out = list(ps)
    if len(out) > 3:
        i = rng.randrange(1, len(out))
        out.insert(rng.randrange(1, len(out)), out.pop(i))
    return out


def build_corpus(data: Path, copies: int, seed: int) -> tuple[list[Doc], list[Doc], list[str]]:
    """(stream, teasers, held-out leads)."""
    rng = random.Random(seed)
    rows = originals(data)
    seen: set[str] = set()
    rows = [r for r in rows if not (r[2] in seen or seen.add(r[2]))]  # type: ignore[func-returns-value]
    rng.shuffle(rows)
    held_out, bases, rows = rows[:100], rows[100:300], rows[300:]
    stream: list[Doc] = []
    teasers: list[Doc] = []
    for cid, (_site, title, body) in enumerate(rows):
        ps = paragraphs(body)
        stream.append(Doc(f"o{cid}", "\n".join([title, *ps]), cid))
        for k in range(rng.randint(1, copies)):
            t, cps = title, ps
            for edit in rng.sample(sorted(EDITS), rng.randint(1, 3)):
                t, cps = EDITS[edit](t, cps, rng)
            stream.append(Doc(f"c{cid}.{k}", "\n".join([t, *cps]), cid))
        if rng.random() < 0.5:
            words = body.split()[: rng.randint(25, 60)]
            tail = rng.choice(["", "...", "\u2026", "\nRead more"])
            teasers.append(Doc(f"t{cid}", " ".join(words) + tail, cid))
    # follow-ups: an article not otherwise in the corpus quoting one paragraph of an original
    n = len(rows)
    for j, (_site, title, body) in enumerate(bases):
        pb = paragraphs(body)
        quoted = rng.choice(paragraphs(rows[rng.randrange(n)][2]))
        mixed = [*pb[: len(pb) // 2], quoted, *pb[len(pb) // 2 :]]
        stream.append(Doc(f"f{j}", "\n".join([title, *mixed]), n + j))
    rng.shuffle(stream)
    leads = [" ".join(r[2].split()[:40]) for r in held_out]
    return stream, teasers, leads


# -- systems ----------------------------------------------------------------------------------


class System:
    name = ""

    def add(self, key: str, text: str) -> str | None:
        raise NotImplementedError

    def query(self, text: str) -> str | None:
        raise NotImplementedError


class Cleandump(System):
    def __init__(self, **kw: Any) -> None:
        self.name = "cleandump" + ("" if not kw else " " + ",".join(f"{k}={v}" for k, v in kw.items()))
        self.index = DedupIndex(**kw)

    def add(self, key: str, text: str) -> str | None:
        m = self.index.add(key, text)
        return m.key if m else None

    def query(self, text: str) -> str | None:
        m = self.index.query(text)
        return m.key if m else None


class Datasketch(System):
    def __init__(self, threshold: float = 0.5) -> None:
        from datasketch import MinHashLSH

        self.name = f"datasketch t={threshold}"
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=128)
        self.sigs: dict[str, Any] = {}

    def _sig(self, text: str) -> Any:
        from datasketch import MinHash

        words = text.lower().split()
        grams = {" ".join(words[i : i + 5]).encode("utf-8") for i in range(max(1, len(words) - 4))}
        m = MinHash(num_perm=128)
        m.update_batch(list(grams))
        return m

    def _best(self, m: Any) -> str | None:
        best, score = None, self.threshold
        for key in self.lsh.query(m):
            s = m.jaccard(self.sigs[key])
            if s >= score:
                best, score = key, s
        return best

    def add(self, key: str, text: str) -> str | None:
        m = self._sig(text)
        best = self._best(m)
        self.lsh.insert(key, m)
        self.sigs[key] = m
        return best

    def query(self, text: str) -> str | None:
        return self._best(self._sig(text))


class SimHash(System):
    name = "simhash h<=3"

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.values = np.zeros(1024, dtype=np.uint64)

    def _find(self, h: int) -> str | None:
        n = len(self.keys)
        if not n:
            return None
        x = self.values[:n] ^ np.uint64(h)
        dist = np.unpackbits(x.view(np.uint8).reshape(n, 8), axis=1).sum(axis=1)
        best = int(np.argmin(dist))
        return self.keys[best] if dist[best] <= 3 else None

    def add(self, key: str, text: str) -> str | None:
        h = simhash(text)
        found = self._find(h)
        if len(self.keys) == len(self.values):
            self.values = np.concatenate((self.values, np.zeros_like(self.values)))
        self.values[len(self.keys)] = h
        self.keys.append(key)
        return found

    def query(self, text: str) -> str | None:
        return self._find(simhash(text))


# -- metrics -----------------------------------------------------------------------------------


def clusters_from_links(keys: list[str], links: dict[str, str | None]) -> dict[str, str]:
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for k, other in links.items():
        if other is not None:
            parent[root(k)] = root(other)
    return {k: root(k) for k in keys}


def pair_scores(truth: list[int], pred: list[str]) -> tuple[float, float, float, float]:
    """Pair precision, recall, F1 and adjusted Rand index of a clustering."""

    def pairs(counter: Counter[Any]) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    both = pairs(Counter(zip(truth, pred, strict=True)))
    t_pairs, p_pairs = pairs(Counter(truth)), pairs(Counter(pred))
    prec = both / p_pairs if p_pairs else 1.0
    rec = both / t_pairs if t_pairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    n = len(truth)
    total = n * (n - 1) // 2
    expected = t_pairs * p_pairs / total if total else 0.0
    ari = (both - expected) / ((t_pairs + p_pairs) / 2 - expected) if t_pairs + p_pairs else 1.0
    return prec, rec, f1, ari


def evaluate(system: System, stream: list[Doc], teasers: list[Doc], leads: list[str]) -> dict[str, Any]:
    links: dict[str, str | None] = {}
    start = time.perf_counter()
    for d in stream:
        links[d.key] = system.add(d.key, d.text)
    seconds = time.perf_counter() - start
    clusters = clusters_from_links([d.key for d in stream], links)
    prec, rec, f1, ari = pair_scores([d.cluster for d in stream], [clusters[d.key] for d in stream])
    cluster_of = {d.key: d.cluster for d in stream}
    hits = sum(1 for t in teasers if (k := system.query(t.text)) is not None and cluster_of[k] == t.cluster)
    false = sum(1 for lead in leads if system.query(lead) is not None)
    return {
        "system": system.name,
        "P": prec,
        "R": rec,
        "F1": f1,
        "ARI": ari,
        "teaser_R": hits / len(teasers) if teasers else float("nan"),
        "heldout_false": false / len(leads) if leads else float("nan"),
        "docs_s": len(stream) / seconds,
    }


def docs_per_second(make: Callable[[], System], stream: list[Doc], repeat: int) -> float:
    """Best of `repeat` timed passes (signature + query + insert) on a fresh system each time."""
    best = float("inf")
    for _ in range(repeat):
        system = make()
        start = time.perf_counter()
        for d in stream:
            system.add(d.key, d.text)
        best = min(best, time.perf_counter() - start)
    return len(stream) / best


def bytes_per_doc(make: Callable[[], System], stream: list[Doc]) -> float:
    tracemalloc.start()
    system = make()
    base = tracemalloc.get_traced_memory()[0]
    for d in stream:
        system.add(d.key, d.text)
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    return used / len(stream)


def table(rows: list[dict[str, Any]], base: float) -> None:
    print(f"{'system':32} {'pair P':>7} {'pair R':>7} {'F1':>6} {'ARI':>6} {'teaser R':>8} {'held-out FP':>11}"
          f" {'docs/s':>8} {'vs cd':>6} {'bytes/doc':>9}")  # fmt: skip
    for r in rows:
        print(
            f"{r['system']:32} {r['P']:7.4f} {r['R']:7.4f} {r['F1']:6.3f} {r['ARI']:6.3f} {r['teaser_R']:8.3f}"
            f" {r['heldout_false']:11.3f} {r['docs_s']:8.0f} {r['docs_s'] / base:5.2f}x {r.get('bytes', 0):9.0f}"
        )


# -- the 1M synthetic scale run ----------------------------------------------------------------


def synthetic(n: int, seed: int) -> Iterator[tuple[str, str]]:
    """n documents of 80-400 words from a Zipf-like 50,000-word vocabulary; 10% edited copies."""
    rng = np.random.default_rng(seed)
    vocab = np.array([f"w{i:x}" for i in range(50_000)])
    weights = 1.0 / np.arange(1, 50_001) ** 0.8
    cdf = np.cumsum(weights / weights.sum())
    recent: list[str] = []
    for i in range(n):
        if recent and rng.random() < 0.1:
            words = recent[int(rng.integers(len(recent)))].split()
            j = int(rng.integers(len(words)))
            words[j] = "edited"
            text = " ".join(words)
        else:
            picks = np.searchsorted(cdf, rng.random(int(rng.integers(80, 400))))
            text = " ".join(vocab[np.minimum(picks, 49_999)])
        recent = [*recent[-999:], text]
        yield f"s{i}", text


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def scale_run(n: int, path: str | None, seed: int) -> None:
    index = DedupIndex(path=path)
    base = rss_mb()
    spent = 0.0
    matches = 0
    report = max(1, n // 10)
    for i, (key, text) in enumerate(synthetic(n, seed), 1):
        t0 = time.perf_counter()
        matches += index.add(key, text) is not None
        spent += time.perf_counter() - t0
        if i % report == 0:
            print(f"  {i:>9,} docs  {i / spent:8.0f} docs/s (index only)  peak RSS {rss_mb():8.0f} MB", flush=True)
    index.close()
    grown = (rss_mb() - base) * 1024 * 1024
    print(
        f"scale: {n:,} docs, {n / spent:.0f} docs/s (signature + query + insert), {matches:,} matches, "
        f"peak RSS {rss_mb():.0f} MB, growth {grown / n:.0f} bytes/doc, "
        f"numpy storage {index.memory_bytes() / n:.0f} bytes/doc"
        + (f", file {Path(path).stat().st_size / n:.0f} bytes/doc" if path else "")
    )


def spark_agreement(stream: list[Doc]) -> None:
    """Run cleandump.spark.dedup_dataframe on the corpus and compare its groups with DedupIndex's."""
    import os

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from cleandump.spark import dedup_dataframe

    spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    start = time.perf_counter()
    df = spark.createDataFrame([(d.key, d.text) for d in stream], ["id", "text"])
    pairs, groups = dedup_dataframe(df)
    got = {r.id: r.group for r in groups.collect()}
    seconds = time.perf_counter() - start
    want = duplicate_groups((d.key, d.text) for d in stream)
    same = sum(got[k] == want[k] for k in want)
    print(
        f"spark dedup_dataframe: {pairs.count()} verified pairs, {len(set(got.values()))} groups in {seconds:.0f} s; "
        f"DedupIndex (all matches): {len(set(want.values()))} groups; same group for {same}/{len(want)} docs"
    )
    spark.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--copies", type=int, default=3, help="at most this many copies per original")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per system (the best counts)")
    ap.add_argument("--sweep", action="store_true", help="also try other thresholds for cleandump")
    ap.add_argument("--scale", type=int, help="run N synthetic documents through DedupIndex instead")
    ap.add_argument("--path", help="SQLite file for the scale run")
    ap.add_argument("--spark", action="store_true", help="compare Spark's groups with DedupIndex's (needs pyspark)")
    args = ap.parse_args()
    if args.scale:
        scale_run(args.scale, args.path, args.seed)
        return
    stream, teasers, leads = build_corpus(args.data, args.copies, args.seed)
    n_clusters = len({d.cluster for d in stream})
    sites = Counter(site for site, _, _ in originals(args.data))
    same_site = sum(c * (c - 1) // 2 for c in sites.values())
    print(f"same-site pairs of different articles among the originals: {same_site}")
    print(f"corpus: {len(stream)} docs in {n_clusters} true clusters, {len(teasers)} teasers, {len(leads)} held-out")
    if args.spark and args.repeat == 0:  # only the agreement check
        spark_agreement(stream)
        return
    makers: list[Callable[[], System]] = [Cleandump, Datasketch, lambda: Datasketch(0.7), SimHash]
    if args.sweep:
        makers += [lambda t=t: Cleandump(threshold=t) for t in (0.4, 0.5, 0.7, 0.8)]  # type: ignore[misc]
        makers += [lambda c=c: Cleandump(containment=c) for c in (0.5, 0.6, 0.8)]  # type: ignore[misc]
    rows = []
    for make in makers:
        row = evaluate(make(), stream, teasers, leads)
        row["bytes"] = bytes_per_doc(make, stream)
        rows.append(row)
    for _ in range(args.repeat):  # timing passes interleaved, so machine noise hits all alike
        for row, make in zip(rows, makers, strict=True):
            row["docs_s"] = max(row["docs_s"], docs_per_second(make, stream, 1))
    table(rows, rows[0]["docs_s"])
    if args.spark:
        spark_agreement(stream)


if __name__ == "__main__":
    main()
