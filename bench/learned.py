"""Does learning a site's boilerplate from N of its dumps remove its UI without losing content?

Two experiments, one run:

1. **Real sites** — dev pages grouped by host (hosts with at least `--min-pages` pages). Leave
   one out: learn from the host's other dumps, clean the held-out dump with and without the
   learned rules, compare word-F1 with the true main text. "lost" counts learned removals whose
   line is part of the true main text.
2. **Unseen synthetic layout** — true article bodies wrapped in an invented aggregator layout
   (UI strings made of invented words, so no catalog knows them), with three cards of other
   stories under the site's recurring outlet and time lines. Measures the share of injected
   UI lines removed, of article paragraphs kept and of cards found whole (title, text, outlet
   and time), without and with rules learned from the other N dumps of the layout.

    python bench/learned.py [--data DIR] [--n 10] [--min-pages 4]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import cleandump
from cleandump.learn import learn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import DEFAULT_DATA, FILES, page_text, word_scores


def load_rows(data: Path) -> list[dict[str, Any]]:
    rows = []
    for name in FILES.values():
        with gzip.open(data / name, "rt", encoding="utf-8") as fh:
            rows += [
                r for r in map(json.loads, fh) if (r.get("dump") or "").strip() and (r.get("truth_body") or "").strip()
            ]
    return rows


def real_sites(rows: list[dict[str, Any]], min_pages: int) -> None:
    by_host: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_host[urlparse(row["url"]).netloc].append(row)
    groups = {h: rs for h, rs in by_host.items() if h and len(rs) >= min_pages}
    before, after, learned_n, lost = [], [], 0, 0
    for rs in groups.values():
        for i, row in enumerate(rs):
            rules = learn([r["dump"] for j, r in enumerate(rs) if j != i])
            plain = cleandump.clean(row["dump"], kind="text", title=row.get("title"))
            site = cleandump.clean(row["dump"], kind="text", title=row.get("title"), rules=rules)
            before.append(word_scores(page_text(plain), row["truth_body"]))
            after.append(word_scores(page_text(site), row["truth_body"]))
            truth = " ".join(row["truth_body"].split()).lower()
            for r in site.removed:
                if r.rule == "learned":
                    learned_n += 1
                    lost += len(r.text) > 20 and " ".join(r.text.split()).lower() in truth
    pages = len(before)
    print(f"\n1. real sites: {len(groups)} hosts with >= {min_pages} pages, {pages} held-out pages")
    print(f"{'rules':<22}{'F1':>7}{'P':>7}{'R':>7}")
    for name, scores in (("built-in", before), ("built-in + learned", after)):
        p, r, f = (statistics.mean(s[k] for s in scores) for k in range(3))
        print(f"{name:<22}{f:>7.3f}{p:>7.3f}{r:>7.3f}")
    print(f"learned removals: {learned_n} lines ({learned_n / max(pages, 1):.1f}/page); of them main text: {lost}")


def invented_word(rng: random.Random) -> str:
    syllables = ["zor", "bla", "quex", "fli", "wub", "nor", "tak", "vee", "plo", "mik", "dra", "sun"]
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()


def synthetic(rows: list[dict[str, Any]], n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    articles = [r for r in rows if r.get("page_type", "article") in ("article", None) or "page_type" not in r]
    articles = [r for r in articles if 3 <= len([p for p in r["truth_body"].split("\n\n") if p.strip()]) <= 40]
    rng.shuffle(articles)
    top = [" ".join(invented_word(rng) for _ in range(rng.randint(1, 3))) for _ in range(8)]
    middle = [" ".join(invented_word(rng) for _ in range(rng.randint(2, 4))) for _ in range(3)]
    bottom = [" ".join(invented_word(rng) for _ in range(rng.randint(2, 5))) for _ in range(6)]
    # the site's cards of other stories: the same two outlets and time stamps in every dump
    outlets = [f"{invented_word(rng)} {name}" for name in ("Herald", "Times")]
    stamps = ["an hour ago", "2 hours ago"]
    stories = [r for r in articles[n + 1 :] if (r.get("title") or "").strip()]
    pages = []
    for k, row in enumerate(articles[: n + 1]):
        paras = [p.strip() for p in row["truth_body"].splitlines() if p.strip()]
        title = row.get("title") or paras[0][:60]
        # site furniture between the first paragraphs too (share bars, inline promos)
        lines = [*top, title, paras[0], middle[0], paras[1], middle[1], middle[2], *paras[2:], "Related Articles"]
        cards = []
        for j, story in enumerate(stories[3 * k : 3 * k + 3]):
            lead = next(p.strip() for p in story["truth_body"].splitlines() if len(p.split()) > 12)
            card = (story["title"].strip(), lead, outlets[j % 2], stamps[(j + k) % 2])
            lines += [card[2], card[3], card[0], card[1], ""]
            cards.append(card)
        lines += bottom
        pages.append(("\n".join(lines) + "\n", set(top) | set(middle) | set(bottom), paras, cards))
    test, train = pages[0], pages[1:]
    total = len(top) + len(middle) + len(bottom)
    print(
        f"\n2. unseen synthetic layout: {total} invented UI lines per page (3 inside the text) and 3 cards of "
        f"other stories under recurring outlet and time lines, learned from N={n} dumps"
    )
    print(f"{'rules':<22}{'UI removed':>11}{'paras kept':>11}{'cards whole':>12}")
    rules = learn(p[0] for p in train)
    for name, use in (("built-in", None), ("built-in + learned", rules)):
        ui_removed = kept = total_ui = total_p = whole = total_c = 0
        for text, ui, paras, cards in [test, *train[:5]]:
            result = cleandump.clean(text, kind="text", rules=use)
            gone = {r.text for r in result.removed if r.span is None}
            body = set(result.main.paragraphs) if result.main else set()
            ui_removed += len(ui & gone)
            total_ui += len(ui)
            kept += sum(p in body for p in paras)
            total_p += len(paras)
            found = {(a.title, a.text, a.outlet, a.time_ago) for a in result.related}
            whole += sum(card in found for card in cards)  # title, text, outlet and time all right
            total_c += len(cards)
        print(f"{name:<22}{ui_removed / total_ui:>11.3f}{kept / total_p:>11.3f}{whole / max(total_c, 1):>12.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--n", type=int, default=10, help="dumps of the synthetic layout to learn from")
    ap.add_argument("--min-pages", type=int, default=4)
    ap.add_argument("--only", choices=["real", "synthetic"])
    args = ap.parse_args(argv)
    rows = load_rows(args.data)
    if args.only != "synthetic":
        real_sites(rows, args.min_pages)
    if args.only != "real":
        synthetic(rows, args.n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
