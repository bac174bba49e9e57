"""Shared checks for tests: line accounting as the contract states it."""

from __future__ import annotations

from collections import Counter

from cleandump import CleanResult


def assert_accounted(text: str, result: CleanResult) -> None:
    """Every non-blank input line is in exactly one article's `lines` or is a whole-line removal."""
    non_blank = {i for i, line in enumerate(text.splitlines(), start=1) if line.strip()}
    in_articles = Counter(n for a in result.articles for n in a.lines)
    whole = Counter(r.line for r in result.removed if r.span is None)
    assert not [n for n, c in in_articles.items() if c > 1], "a line is in two articles"
    assert not [n for n, c in whole.items() if c > 1], "a line is removed twice"
    both = set(in_articles) & set(whole)
    assert not both, f"lines both kept and removed: {sorted(both)}"
    assert set(in_articles) | set(whole) == non_blank, (
        f"unaccounted: {sorted(non_blank - set(in_articles) - set(whole))}, "
        f"phantom: {sorted((set(in_articles) | set(whole)) - non_blank)}"
    )
    for r in result.removed:
        assert r.rule and r.reason, f"removal without rule or reason: {r}"


#: Vocabulary for generated test texts (dedup and Spark tests).
WORDS = [
    "council",
    "budget",
    "bridge",
    "river",
    "harbour",
    "vote",
    "members",
    "plan",
    "debate",
    "night",
    "city",
    "mayor",
    "union",
    "talks",
    "school",
    "teachers",
    "pay",
    "rise",
    "strike",
    "weather",
    "storm",
    "coast",
    "flood",
    "warning",
    "police",
    "report",
    "court",
    "ruling",
    "judge",
    "appeal",
    "market",
    "shares",
    "prices",
    "energy",
    "gas",
    "power",
    "grid",
    "farmers",
    "crops",
    "rain",
    "drought",
    "minister",
    "election",
    "campaign",
    "poll",
    "voters",
    "party",
    "leader",
    "speech",
    "hospital",
    "doctors",
    "nurses",
    "patients",
    "waiting",
]
