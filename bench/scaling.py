"""Time and memory of one `clean` call as the input grows from 1 KB to 50 MB, text and HTML.

Inputs are built from a generated aggregator dump (`cleandump.strategies`, fixed seed) repeated
and varied to each size, plus adversarial shapes (one huge line; deeply nested HTML). Each size
runs in a fresh subprocess so peak RSS is that call's own. Linear growth shows as a flat
"us/KB" column; a pattern that backtracks catastrophically would show as a blow-up.

    python bench/scaling.py [--max-mb 50] [--kinds text,html,line,nested] [--with-trafilatura]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

SIZES_KB = [1, 10, 100, 1_000, 10_000, 50_000]

CHILD = r"""
import json, resource, sys, time
import cleandump
kind, size = sys.argv[1], int(sys.argv[2]) * 1024
traf = len(sys.argv) > 3
import random
rng = random.Random(7)
words = ("council budget bridge river the of and to in a harbour vote members plan debate night city "
         "mayor union talks school teachers pay rise strike is was for on with weather storm").split()
def sentence():
    return " ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "."
def block(i):
    return [f"Headline number {i} about the city", sentence() + " " + sentence(), "Share this article",
            "Related Articles", "Yomiuri Shimbun", f"{i % 23 + 1} hours ago", sentence() + " " + sentence()]
if kind == "text":
    lines, n = [], 0
    while n < size:
        b = block(len(lines)); lines += b; n += sum(len(x) + 1 for x in b)
    data = "\n".join(lines)
elif kind == "line":
    parts, n = [], 0
    while n < size:
        s = sentence(); parts.append(s); n += len(s) + 1
    data = " ".join(parts)
elif kind == "html":
    parts, n, i = ["<html><body><article>"], 0, 0
    while n < size:
        b = block(i); i += 1
        chunk = (f"<h2>{b[0]}</h2><p>{b[1]}</p><div class='share'>{b[2]}</div><aside class='related'>"
                 f"<a href='/x{i}'>{b[0]} more</a><span>{b[4]}</span><time>{b[5]}</time></aside><p>{b[6]}</p>")
        parts.append(chunk); n += len(chunk)
    data = "".join(parts) + "</article></body></html>"
else:  # nested
    depth = max(1, size // 12)
    data = "<div><p>" * (depth // 2) + "deep text here." + "</p></div>" * (depth // 2)
data = data[:size] if kind != "nested" else data
cleandump.clean("Warm up.\nRules load once per process.", kind="text")  # not part of the timing
start = time.perf_counter()
if traf:
    import trafilatura
    if kind in ("text", "line"):
        import html as h
        data = "<html><body>" + "".join(f"<p>{h.escape(x)}</p>" for x in data.split("\n")) + "</body></html>"
    out = trafilatura.extract(data)
    n_out = len(out or "")
else:
    result = cleandump.clean(data, kind="html" if kind in ("html", "nested") else "text")
    n_out = len(result.articles)
seconds = time.perf_counter() - start
print(json.dumps({"kb": len(data.encode()) / 1024, "s": seconds,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "out": n_out}))
"""


def run(kind: str, kb: int, traf: bool, timeout: float) -> dict[str, float] | str:
    argv = [sys.executable, "-c", CHILD, kind, str(kb)] + (["traf"] if traf else [])
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return f"timeout {timeout:.0f}s"
    if proc.returncode != 0:
        return "error: " + (proc.stderr.strip().splitlines() or ["?"])[-1][:60]
    row: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-mb", type=float, default=50)
    ap.add_argument("--kinds", default="text,html,line,nested")
    ap.add_argument("--with-trafilatura", action="store_true", help="also time trafilatura.extract per size")
    ap.add_argument("--timeout", type=float, default=900)
    args = ap.parse_args()
    systems = [False, True] if args.with_trafilatura else [False]
    print(f"{'input':8} {'system':12} {'size KB':>10} {'seconds':>9} {'us/KB':>9} {'peak MB':>9}")
    for kind in args.kinds.split(","):
        for traf in systems:
            for kb in (s for s in SIZES_KB if s <= args.max_mb * 1024):
                row = run(kind, kb, traf, args.timeout)
                name = "trafilatura" if traf else "cleandump"
                if isinstance(row, str):
                    print(f"{kind:8} {name:12} {kb:>10} {row}")
                    continue
                per_kb = row["s"] / max(row["kb"], 1e-9) * 1e6
                size, secs, peak = row["kb"], row["s"], row["rss_mb"]
                print(f"{kind:8} {name:12} {size:10.0f} {secs:9.3f} {per_kb:9.1f} {peak:9.0f}", flush=True)


if __name__ == "__main__":
    main()
