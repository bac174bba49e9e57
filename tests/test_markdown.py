"""Markdown dumps: detection, each line read as its text, and the pipeline on top."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleandump
from cleandump.learn import learned_lines
from cleandump.markdown import looks_like_markdown, read_markdown

from helpers import assert_accounted

BODY = [
    "The city council voted on Tuesday to rebuild the old harbour wall before the winter storms, after "
    "engineers warned that another season of high tides could breach it.",
    "The work will cost about four million pounds and take five months, with the coastal path closed to "
    "walkers while the crews are on site.",
    "Fishing crews welcomed the decision but asked for the work to avoid the busiest weeks of the season.",
]


def page(*, preamble: bool = False) -> list[str]:
    """A markdown news page: menu links, a headline, a picture, the text, linked teaser cards."""
    lines = ["Title: Harbour wall to be rebuilt | The Coast Times", "", "URL Source: https://coast.example/harbour", ""]
    lines = [*lines, "Markdown Content:"] if preamble else []
    lines += ["*   [Home](https://coast.example/)", "*   [News](https://coast.example/news)", ""]
    lines += ["# Harbour wall to be rebuilt", "", "By [Jane Doe](https://coast.example/jane)", ""]
    lines += ["![The harbour at dawn](https://coast.example/a.jpg)", ""]
    for text in BODY:
        lines += [text.replace("old harbour wall", "old [harbour wall](https://coast.example/wall)"), ""]
    lines += ["## More news", ""]
    for k, head in enumerate(["Port strike ends after three weeks of talks", "Rail fares to rise in March"]):
        lines += [f"### [{head}](/news/{k})", "", f"{k + 2} hours ago", ""]
    return lines


@pytest.mark.parametrize("preamble", [False, True])
def test_a_markdown_page_reads_as_its_text(preamble: bool) -> None:
    dump = "\n".join(page(preamble=preamble))
    result = cleandump.clean(dump, url="https://coast.example/harbour", fetched_at="2026-11-25T12:00:00Z")
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == "Harbour wall to be rebuilt"
    assert list(result.main.paragraphs) == BODY and result.main.author == "Jane Doe"
    got = [(a.title, a.time_ago, a.url) for a in result.related]
    assert got == [
        ("Port strike ends after three weeks of talks", "2 hours ago", "https://coast.example/news/0"),
        ("Rail fares to rise in March", "3 hours ago", "https://coast.example/news/1"),
    ]
    rules = {r.text: r.rule for r in result.removed}
    assert rules["![The harbour at dawn](https://coast.example/a.jpg)"] == "picture"  # the input line
    if preamble:
        assert rules["Markdown Content:"] == "reader-preamble"


def test_the_preamble_gives_the_address_and_time() -> None:
    lines = page(preamble=True)
    lines.insert(4, "Published Time: 2026-11-24T18:15:00+00:00")
    result = cleandump.clean("\n".join(lines))
    assert result.main is not None
    assert result.main.url == "https://coast.example/harbour"
    assert result.main.published is not None and result.main.published.isoformat() == "2026-11-24T18:15:00+00:00"
    assert [a.url for a in result.related] == ["https://coast.example/news/0", "https://coast.example/news/1"]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("## Business owners split ##", "Business owners split"),
        ("*   [Sports](https://x.example/sports)", "Sports"),
        ("**Read more:** [Budget gap grows](https://x.example/b)", "Read more: Budget gap grows"),
        ("A _quiet_ `night` with \\*no\\* ~~rain~~ &amp; wind", "A quiet night with *no* rain & wind"),
        ("> 1986\\. A great year", "1986. A great year"),
        ("| CPI, y/y | 2.1% | 2.6% |", "CPI, y/y\t2.1%\t2.6%"),
        ("[### Teaser title](https://x.example/t)", "Teaser title"),
        ("Plain prose with no markup at all, kept as written.", "Plain prose with no markup at all, kept as written."),
    ],
)
def test_a_lines_markup_is_removed(line: str, text: str) -> None:
    assert read_markdown(["x", line]).lines[1] == text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("![A photo](https://x.example/a.jpg)", "picture"),
        ("[![Logo](https://x.example/logo.svg)](https://x.example/)", "picture"),
        ("[](https://x.example/empty)", "markup"),
        ("```python", "markup"),
    ],
)
def test_a_line_without_text_is_removed_as_what_it_is(line: str, rule: str) -> None:
    assert read_markdown(["Some text", line]).forced[1].id == rule


def test_code_fences_keep_their_lines_as_written() -> None:
    got = read_markdown(["```", "x = [a](b) * 2", "```"])
    assert got.lines[1] == "x = [a](b) * 2" and set(got.forced) == {0, 2}


def test_setext_headings_and_the_only_top_heading_give_the_title() -> None:
    got = read_markdown(["Harbour wall to be rebuilt", "=========", "", "Text.", "", "More", "----"])
    assert got.title == "Harbour wall to be rebuilt"
    assert {k: r.id for k, r in got.forced.items()} == {1: "markup", 6: "markup"}
    two = read_markdown(["# One", "# Two"])
    assert two.title is None  # two top headings: neither is known to be the page's


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (page(), True),
        (page(preamble=True)[:6], True),  # the preamble alone says so
        (["Title: A talk", "URL: https://x.example/", "Some text follows here."], True),
        (["# pacman -S gnome", "# pacman -Syu", "# systemctl daemon-reload", *BODY], False),  # shell prompts
        ([*BODY, "Source: [a study](https://x.example/study)", *BODY], False),  # one link in prose
        (["Title: Chapter One", "The story begins."], False),  # a title line alone is no preamble
        (["# Harbour wall to be rebuilt", "", "![The wall](https://x.example/w.jpg)", "", *BODY], True),
        (["# Harbour wall", "# Second title", "![The wall](https://x.example/w.jpg)", *BODY], False),
    ],
)
def test_detection(lines: list[str], expected: bool) -> None:
    assert looks_like_markdown(lines) is expected


def test_kind_markdown_reads_a_dump_without_detection_signals() -> None:
    dump = "\n".join(["# Harbour wall to be rebuilt", "", *BODY[:1], "", "**Read the full report**"])
    assert not looks_like_markdown(dump.splitlines())
    as_text = cleandump.clean(dump)
    as_markdown = cleandump.clean(dump, kind="markdown")
    assert as_text.main is not None and as_markdown.main is not None
    assert as_markdown.main.title == "Harbour wall to be rebuilt"
    assert not any("#" in t or "**" in t for t in (as_markdown.main.title or "", *as_markdown.main.paragraphs))
    assert cleandump.clean_markdown(dump) == as_markdown
    with pytest.raises(ValueError, match="markdown"):
        cleandump.clean(dump, kind="md")


def test_learned_rules_from_markdown_dumps_match_their_lines() -> None:
    """`learn` reads markdown dumps as `clean` does: a recurring menu link becomes a rule that
    matches the line's text ("Newsletters"), not its markup."""
    dumps = []
    for k in range(6):
        lines = ["*   [Newsletters](https://coast.example/newsletters)", "*   [Home](https://coast.example/)", ""]
        lines += [f"# Story number {k} about the harbour", "", *[f"{t} (Story {k}.)" for t in BODY]]
        lines += ["", "[Privacy](https://coast.example/privacy) | [Terms](https://coast.example/terms)"]
        dumps.append("\n".join(lines))
    learned = learned_lines(dumps)
    assert "newsletters" in learned and not any("](" in line for line in learned)
    site = cleandump.learn(dumps)
    result = cleandump.clean(dumps[0], rules=site)
    assert {r.rule for r in result.removed if "Newsletters" in r.text} == {"learned"}
    assert result.main is not None and len(result.main.paragraphs) == len(BODY)


def test_cli_reads_md_files_and_jsonl_markdown_records(tmp_path: Path) -> None:
    dump = "\n".join(["# Harbour wall to be rebuilt", "", *BODY, "", "**Share this story**"])
    md = tmp_path / "story.md"
    md.write_text(dump, encoding="utf-8")
    firecrawl = {
        "markdown": dump,
        "metadata": {"title": "Harbour wall to be rebuilt", "sourceURL": "https://c.example/h"},
    }
    jsonl = tmp_path / "crawl.jsonl"
    jsonl.write_text(json.dumps(firecrawl) + "\n", encoding="utf-8")
    for path in (md, jsonl):
        out = subprocess.run(
            [sys.executable, "-m", "cleandump", str(path), "--format", "jsonl"],
            capture_output=True,
            text=True,
            check=True,
        )
        got = json.loads(out.stdout.splitlines()[0])
        main = got["articles"][0]
        assert main["title"] == "Harbour wall to be rebuilt" and main["paragraphs"][: len(BODY)] == BODY
    assert main["url"] == "https://c.example/h"


@pytest.mark.parametrize(
    ("caption", "removed"),
    [
        ("The harbour at dawn. Photo: Coast Times", True),
        ("The harbour at dawn", True),
        ("The harbour at dawn is quiet now, but the crews will arrive on Monday with their machines.", True),
        ("Crews will arrive on Monday with their machines and start on the northern end of the wall.", False),
    ],
)
def test_the_line_under_a_picture_that_opens_with_its_alt_text_is_its_caption(caption: str, removed: bool) -> None:
    """Jina Reader and Firecrawl print a picture's caption under it as a line of text: when it
    opens with the picture's alt text (three words or more) it is removed as `caption`; a line
    that does not is text."""
    lines = ["# Harbour wall to be rebuilt", "", "![The harbour at dawn](https://coast.example/a.jpg)", ""]
    lines += [caption, ""] + [x for text in BODY for x in (text, "")]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert (caption not in result.main.paragraphs) == removed
    assert ({r.text: r.rule for r in result.removed}.get(caption) == "caption") == removed


def test_a_standfirst_and_a_header_parted_by_blank_lines_stay_with_the_headline() -> None:
    """A markdown page's headline, its standfirst, then the byline and the date each in a block of
    its own, a picture and its caption over the text: the header goes on across the blank lines
    (before, the outlet and date after a blank line started a teaser and cut the headline and
    standfirst off), and the headline is the title."""
    dek = "The work will let larger ships reach the port at low tide. Here is what it means for the town."
    lines = ["Harbour wall to be rebuilt before winter", "==========", "", dek, ""]
    lines += ["By [Jane Doe](https://coast.example/jane)", "", "Reuters · November 28, 2026", ""]
    lines += ["![The harbour wall at dawn](https://coast.example/a.jpg)", "", "The harbour wall at dawn. Photo: PA", ""]
    lines += [x for text in BODY for x in (text, "")]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == "Harbour wall to be rebuilt before winter"
    assert list(result.main.paragraphs) == BODY
    assert (result.main.author, result.main.outlet) == ("Jane Doe", "Reuters") and result.main.time_ago is not None
    assert {r.text: r.rule for r in result.removed}[dek] == "standfirst"
