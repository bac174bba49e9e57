"""Acceptance facts of the seed dump (issue 3), checked as facts, not as a snapshot."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import cleandump

from helpers import assert_accounted


@pytest.fixture(scope="module")
def result(seed_text: str) -> cleandump.CleanResult:
    return cleandump.clean(seed_text, fetched_at="2025-07-09T12:00:00Z")


def test_main_article(result: cleandump.CleanResult) -> None:
    main = result.main
    assert main is not None and main.role == "main"
    assert main.title == "Taliban: Russia's ‘Objective Allies' in its Fight Against the Islamic State"
    assert len(main.paragraphs) == 12
    assert main.paragraphs[0].startswith("Emphasizing the Taliban's role")
    assert main.paragraphs[-1].endswith("particularly its affiliate, ISKP.")
    assert main.lines == (2, *range(3, 15))


def test_boilerplate_lines_removed(result: cleandump.CleanResult, seed_text: str) -> None:
    lines = seed_text.splitlines()
    whole = {r.line: r for r in result.removed if r.span is None}
    for n in range(16, 21):
        assert n in whole, f"line {n} not removed"
        for article in result.articles:
            assert lines[n - 1] not in article.paragraphs and article.title != lines[n - 1]
    assert whole[20].rule == "section-heading"


def test_related_articles(result: cleandump.CleanResult) -> None:
    got = [(a.title, a.outlet, a.time_ago) for a in result.related]
    assert got == [
        (
            "European Court Finds Russia Committed Violations in Ukraine and Was behind Downing Flight Mh17",
            "Yomiuri Shimbun",
            "an hour ago",
        ),
        (
            "Russia Batters Ukraine with More Than 700 Drones, the Largest Barrage of the War, Officials Say",
            "Yomiuri Shimbun",
            "an hour ago",
        ),
        ("Rubio to meet Russia's Lavrov in Kuala Lumpur, US official says", "Nikkei Asia", "2 hours ago"),
    ]
    assert result.related[2].published == datetime(2025, 7, 9, 10, tzinfo=timezone.utc)
    assert all(a.role == "related" for a in result.related)


def test_duplicate_lead_fragment_removed(result: cleandump.CleanResult, seed_text: str) -> None:
    third = result.related[2].text
    assert "It would be the second in-person meeting The first meeting" not in third
    assert third.count("It would be the second in-person meeting between Rubio and Lavrov") == 1
    cut = [r for r in result.removed if r.rule == "duplicate-lead"]
    assert len(cut) == 1 and cut[0].span is not None and cut[0].line == 40
    start, end = cut[0].span
    assert seed_text.splitlines()[39][start:end] == "It would be the second in-person meeting"


def test_flattened_subheads_split(result: cleandump.CleanResult) -> None:
    paragraphs = result.related[1].paragraphs
    assert "Trump says the US must send more weapons to Ukraine" in paragraphs
    assert "Both Russia and Ukraine look to build more drones" in paragraphs
    assert any(p.startswith("U.S. President Donald Trump said Tuesday") for p in paragraphs)


def test_every_line_accounted(result: cleandump.CleanResult, seed_text: str) -> None:
    assert_accounted(seed_text, result)


def test_metadata_lines_are_removals(result: cleandump.CleanResult) -> None:
    rules = {r.line: r.rule for r in result.removed if r.span is None}
    assert rules[23] == "outlet-header" and rules[24] == "time-ago" and rules[25] == "outlet-header"
