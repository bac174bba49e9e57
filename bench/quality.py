"""Main-text quality of cleandump against trafilatura and jusText on the dev data, in one run.

For each data file (and each WCXB page type) it prints mean word-F1, precision, recall, snippet
accuracy (`with` snippets present, `without` snippets absent), errors and ms/page for:

- `cleandump`     cleandump.clean(dump, kind="text")          (the text path, from the dump alone):
                  its main article's text, or, when it finds no main article (a page that is a
                  list of teasers), the titles and text of the teasers
- `trafilatura`   trafilatura.extract on the dump as one <p> per line
- `justext`       jusText (English stoplist) on the same one-<p>-per-line page
- `traf-html`     trafilatura.extract on the real HTML         (the reference ceiling)

With `--mode html` the HTML tools are compared instead (see issue 5). Usage:

    python bench/quality.py [--data DIR] [--limit N] [--types article,forum] [--json OUT] [--worst N]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import html as htmllib
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
FILES = {"zyte": "zyte.jsonl.gz", "wcxb": "wcxb-dev.jsonl.gz"}
TOKEN = re.compile(r"\w+")


def word_scores(pred: str, truth: str) -> tuple[float, float, float]:
    """Precision, recall, F1 of lower-cased \\w+ tokens compared as multisets."""
    p, t = Counter(TOKEN.findall(pred.lower())), Counter(TOKEN.findall(truth.lower()))
    shared = sum((p & t).values())
    if not p and not t:
        return 1.0, 1.0, 1.0
    prec = shared / sum(p.values()) if p else 0.0
    rec = shared / sum(t.values()) if t else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def snippet_hits(pred: str, row: dict[str, Any]) -> tuple[int, int]:
    """(correct, total) over the page's `with` and `without` snippets."""
    norm = " ".join(pred.split()).lower()
    good = total = 0
    for snippet in row.get("with") or []:
        total += 1
        good += " ".join(snippet.split()).lower() in norm
    for snippet in row.get("without") or []:
        total += 1
        good += " ".join(snippet.split()).lower() not in norm
    return good, total


def dump_as_html(dump: str) -> str:
    body = "".join(f"<p>{htmllib.escape(line)}</p>" for line in dump.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def page_text(result: Any) -> str:
    """What cleandump says the page holds: its main article, or for a page that is a list of
    teasers (no main article), the teasers themselves (title and text of each)."""
    if result.main is not None:
        return str(result.main.text)
    return "\n\n".join(f"{a.title or ''}\n\n{a.text}" for a in result.related)


def run_cleandump(row: dict[str, Any]) -> str:
    import cleandump

    return page_text(cleandump.clean(row["dump"], kind="text", title=row.get("title"), url=row.get("url")))


def run_trafilatura_dump(row: dict[str, Any]) -> str:
    import trafilatura

    return trafilatura.extract(dump_as_html(row["dump"])) or ""


def run_justext_dump(row: dict[str, Any]) -> str:
    import justext

    paragraphs = justext.justext(dump_as_html(row["dump"]).encode("utf-8"), justext.get_stoplist("English"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def run_trafilatura_html(row: dict[str, Any]) -> str:
    import trafilatura

    return trafilatura.extract(row["html"]) or ""


def run_trafilatura_precision(row: dict[str, Any]) -> str:
    import trafilatura

    return trafilatura.extract(row["html"], favor_precision=True) or ""


def run_cleandump_html(row: dict[str, Any]) -> str:
    import cleandump

    return page_text(cleandump.clean(row["html"], kind="html", title=row.get("title"), url=row.get("url")))


def run_cleandump_html_traf(row: dict[str, Any]) -> str:
    import cleandump

    config = cleandump.Config(html_main="trafilatura")
    return page_text(
        cleandump.clean(row["html"], kind="html", title=row.get("title"), url=row.get("url"), config=config)
    )


def run_readability(row: dict[str, Any]) -> str:
    import lxml.html
    from readability import Document

    summary = Document(row["html"]).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def run_justext_html(row: dict[str, Any]) -> str:
    import justext

    paragraphs = justext.justext(row["html"].encode("utf-8"), justext.get_stoplist("English"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


SYSTEMS: dict[str, dict[str, Callable[[dict[str, Any]], str]]] = {
    "text": {
        "cleandump": run_cleandump,
        "trafilatura": run_trafilatura_dump,
        "justext": run_justext_dump,
        "traf-html": run_trafilatura_html,
    },
    "html": {
        "cleandump": run_cleandump_html,
        "cleandump-traf": run_cleandump_html_traf,
        "trafilatura": run_trafilatura_html,
        "traf-precision": run_trafilatura_precision,
        "readability": run_readability,
        "justext": run_justext_html,
    },
}


def load(path: Path, limit: int | None, types: set[str] | None) -> Iterator[dict[str, Any]]:
    n = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if not (row.get("truth_body") or "").strip() or not (row.get("dump") or "").strip():
                continue
            if types and row.get("page_type") not in types:
                continue
            yield row
            n += 1
            if limit and n >= limit:
                return


def evaluate(rows: list[dict[str, Any]], systems: dict[str, Callable[[dict[str, Any]], str]]) -> list[dict[str, Any]]:
    """One record per (page, system) with scores and time (each system warmed up on one page
    first, so that imports and one-off loading are not billed to the first page)."""
    out = []
    for fn in systems.values():
        with contextlib.suppress(Exception):  # failures are recorded in the timed run below
            fn(rows[0]) if rows else None
    for row in rows:
        for name, fn in systems.items():
            start = time.perf_counter()
            try:
                pred, error = fn(row), None
            except Exception as exc:  # noqa: BLE001 - a tool failing on a page is a result
                pred, error = "", f"{type(exc).__name__}: {exc}"
            ms = (time.perf_counter() - start) * 1000
            prec, rec, f1 = word_scores(pred, row["truth_body"])
            good, total = snippet_hits(pred, row)
            out.append(
                {
                    "id": row.get("id"),
                    "url": row.get("url"),
                    "type": row.get("page_type", "news"),
                    "system": name,
                    "p": prec,
                    "r": rec,
                    "f1": f1,
                    "snip_good": good,
                    "snip_total": total,
                    "ms": ms,
                    "error": error,
                }
            )
    return out


def summarise(records: list[dict[str, Any]], systems: list[str]) -> dict[str, dict[str, float]]:
    table = {}
    for name in systems:
        mine = [r for r in records if r["system"] == name]
        if not mine:
            continue
        total = sum(r["snip_total"] for r in mine)
        table[name] = {
            "pages": len(mine),
            "f1": statistics.mean(r["f1"] for r in mine),
            "p": statistics.mean(r["p"] for r in mine),
            "r": statistics.mean(r["r"] for r in mine),
            "snippets": sum(r["snip_good"] for r in mine) / total if total else float("nan"),
            "errors": sum(1 for r in mine if r["error"]),
            "ms": statistics.mean(r["ms"] for r in mine),
        }
    return table


def print_table(title: str, table: dict[str, dict[str, float]]) -> None:
    base = table.get("cleandump")
    print(f"\n{title}")
    print(f"{'system':<15}{'pages':>6}{'F1':>7}{'P':>7}{'R':>7}{'snip':>7}{'err':>5}{'ms/page':>9}{'speed vs cd':>12}")
    for name, s in table.items():
        ratio = f"{s['ms'] / base['ms']:.1f}x" if base and base["ms"] else "-"
        print(
            f"{name:<15}{s['pages']:>6}{s['f1']:>7.3f}{s['p']:>7.3f}{s['r']:>7.3f}{s['snippets']:>7.3f}"
            f"{s['errors']:>5}{s['ms']:>9.2f}{ratio:>12}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--files", default="zyte,wcxb", help="which data files (zyte,wcxb)")
    ap.add_argument("--mode", choices=["text", "html"], default="text")
    ap.add_argument("--systems", help="comma-separated subset of systems")
    ap.add_argument("--limit", type=int, help="pages per file")
    ap.add_argument("--types", help="WCXB page types, comma-separated")
    ap.add_argument("--json", type=Path, help="write per-page records and tables here")
    ap.add_argument("--worst", type=int, default=10, help="list the N worst cleandump pages per file")
    args = ap.parse_args(argv)
    systems = SYSTEMS[args.mode]
    if args.systems:
        systems = {k: v for k, v in systems.items() if k in args.systems.split(",")}
    types = set(args.types.split(",")) if args.types else None
    report: dict[str, Any] = {"mode": args.mode, "tables": {}, "records": []}
    for key in args.files.split(","):
        path = args.data / FILES[key]
        if not path.exists():
            print(f"missing data file {path} (use --data)", file=sys.stderr)
            return 2
        rows = list(load(path, args.limit, types if key == "wcxb" else None))
        records = evaluate(rows, systems)
        report["records"].extend(records)
        table = summarise(records, list(systems))
        report["tables"][key] = table
        print_table(f"{key}: {len(rows)} pages ({args.mode} input)", table)
        if key == "wcxb":
            for ptype in sorted({r["type"] for r in records}):
                sub = summarise([r for r in records if r["type"] == ptype], list(systems))
                report["tables"][f"{key}/{ptype}"] = sub
                print_table(f"{key} / {ptype}", sub)
        worst = sorted((r for r in records if r["system"] == "cleandump"), key=lambda r: r["f1"])[: args.worst]
        if worst:
            print(f"\nworst cleandump pages in {key}:")
            for r in worst:
                print(f"  F1 {r['f1']:.2f} P {r['p']:.2f} R {r['r']:.2f}  {r['type']:<13} {r['url']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
