"""Batch throughput: `clean` on the dev dumps with -j 1 and -j 2, trafilatura's own batch command on
the same pages' HTML, and the Spark path in local mode, in one run; then a streaming-memory check.

    python bench/throughput.py [--data DIR] [--limit N] [--no-spark] [--stream 200000] [--repeat N]

Each system runs as its own process; records/s and MB/s are over the input it read, peak
memory is that process's max RSS. With `--repeat N` every system runs once per round, N rounds, and
each system's fastest run counts (shared machines are noisy: the slower runs measure the
neighbours, and interleaving puts a slow spell on every system rather than on one). The streaming check
pipes N small generated records through `clean --input jsonl` and reports peak RSS at N/10 and
N records: flat memory means the two match.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CLEAN = [sys.executable, "-m", "cleandump"]


def child_run(argv: list[str], stdin: bytes | None = None, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(seconds, peak RSS MB) of a command run in its own process (via a tiny wrapper)."""
    wrapper = (
        "import resource, subprocess, sys, time; t = time.perf_counter();"
        "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode;"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, rc)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *argv], input=stdin, capture_output=True, env=env, check=True)
    seconds, rss, rc = out.stdout.split()
    if rc not in (b"0", b"1"):
        raise RuntimeError(f"{argv[:3]} exited {rc.decode()}")
    return float(seconds), float(rss)


def fastest_interleaved(repeat: int, commands: dict[str, list[str]]) -> dict[str, tuple[float, float]]:
    """Each command's fastest run (seconds, peak RSS MB) over `repeat` rounds; a round runs every
    command once, so a slow spell of the machine falls on all of them rather than on one."""
    best: dict[str, tuple[float, float]] = {}
    for _ in range(max(1, repeat)):
        for name, argv in commands.items():
            got = child_run(argv)
            best[name] = min(best.get(name, got), got)
    return best


def load(data: Path, limit: int | None) -> list[dict[str, str]]:
    rows = []
    for name in ("zyte.jsonl.gz", "wcxb-dev.jsonl.gz"):
        with gzip.open(data / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                rows.append({"id": str(row["id"]), "text": row["dump"], "html": row["html"]})
                if limit and len(rows) >= limit:
                    return rows
    return rows


def spark_run(jsonl: Path) -> tuple[float, float]:
    code = (
        "import os, sys, time; os.environ['PYSPARK_PYTHON'] = sys.executable\n"
        "from pyspark.sql import SparkSession\n"
        "from cleandump.spark import clean_dataframe\n"
        "s = SparkSession.builder.master('local[2]').config('spark.ui.enabled','false').getOrCreate()\n"
        "s.sparkContext.setLogLevel('ERROR')\n"
        f"df = s.read.json({str(jsonl)!r}).select('id', 'text').repartition(4).cache(); df.count()\n"
        "t = time.perf_counter(); n = clean_dataframe(df).where('error is null').count()\n"
        "print(time.perf_counter() - t, n)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, _ = out.stdout.split()[-2:]
    return float(seconds), float("nan")  # JVM memory is not this process's RSS


def streaming_check(n: int) -> None:
    line = json.dumps(
        {
            "id": "X",
            "text": "Council votes on bridge\nThe council met on Tuesday to discuss the budget for the new bridge.\n"
            "Share this article\nMembers voted eight to three in favour after a long debate.",
        }
    )
    for count in (n // 10, n):
        payload = "\n".join(line.replace('"X"', f'"{i}"') for i in range(count)).encode() + b"\n"
        seconds, rss = child_run([*CLEAN, "--input", "jsonl", "--format", "jsonl", "-"], stdin=payload)
        print(f"  streaming {count:>9,} records: {count / seconds:7.0f} records/s, peak RSS {rss:6.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, help="records (default: all dev pages)")
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--stream", type=int, default=200_000, help="records for the streaming check (0: skip)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per system; the fastest counts")
    args = ap.parse_args()
    rows = load(args.data, args.limit)
    tmp = Path(tempfile.mkdtemp(prefix="cd-throughput-"))
    try:
        jsonl = tmp / "dumps.jsonl"
        jsonl.write_text("\n".join(json.dumps({"id": r["id"], "text": r["text"]}) for r in rows) + "\n")
        html_dir = tmp / "html"
        html_dir.mkdir()
        for r in rows:
            (html_dir / f"{r['id']}.html").write_text(r["html"], encoding="utf-8")
        dump_mb = jsonl.stat().st_size / 1e6
        html_mb = sum(p.stat().st_size for p in html_dir.iterdir()) / 1e6
        traf = shutil.which("trafilatura") or str(Path(sys.executable).parent / "trafilatura")
        out = str(tmp / "o.jsonl")
        commands = {
            **{
                f"clean -j {j} (dumps)": [*CLEAN, str(jsonl), "--format", "jsonl", "-j", str(j), "-o", out]
                for j in (1, 2)
            },
            "clean -j 1 --dedup (dumps)": [*CLEAN, str(jsonl), "--format", "jsonl", "--dedup", "-o", out],
            **{
                f"trafilatura --parallel {j} (HTML)": [
                    *(traf, "--input-dir", str(html_dir), "-o", str(tmp / f"traf{j}"), "--parallel", str(j))
                ]
                for j in (1, 2)
            },
        }
        best = fastest_interleaved(args.repeat, commands)
        results = [(name, *best[name][:1], html_mb if "HTML" in name else dump_mb, best[name][1]) for name in commands]
        if not args.no_spark:
            try:
                s, rss = spark_run(jsonl)
                results.append(("spark local[2] clean_dataframe", s, dump_mb, rss))
            except (subprocess.CalledProcessError, ValueError) as exc:
                print(f"spark run failed: {exc}", file=sys.stderr)
        n = len(rows)
        base = results[0][1]
        print(f"{n} records, dumps {dump_mb:.0f} MB, HTML {html_mb:.0f} MB; {os.cpu_count()} cores")
        print(f"{'system':38} {'seconds':>8} {'records/s':>10} {'MB/s':>7} {'peak MB':>8} {'vs clean -j1':>12}")
        for name, s, mb, rss in results:
            print(f"{name:38} {s:8.1f} {n / s:10.1f} {mb / s:7.2f} {rss:8.0f} {base / s:11.2f}x")
        if args.stream:
            streaming_check(args.stream)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
