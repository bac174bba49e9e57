"""Hard-wrapped dumps (lynx, w3m, html2text, pandoc): lines joined back into paragraphs."""

from __future__ import annotations

import textwrap

import pytest

import cleandump
from cleandump.wrapped import reflow

from helpers import assert_accounted

PARAGRAPHS = [
    "The city council voted on Tuesday to rebuild the old harbour wall before the winter storms, after "
    "engineers warned that another season of high tides could breach it and flood the lower town.",
    "The work will cost about four million pounds and take five months, with the coastal path closed to "
    "walkers while the crews are on site and the car park by the quay used for their machines.",
    "Fishing crews welcomed the decision but asked for the work to avoid the busiest weeks of the season, "
    "when the boats go out every morning and the quay is full of lorries waiting for the catch.",
]


def wrapped_page(width: int = 72, *, blank: bool = True) -> list[str]:
    lines = ["Home", "News", "Harbour wall to be rebuilt before winter", "By Jane Doe"]
    for text in PARAGRAPHS:
        lines += ([""] if blank else []) + textwrap.wrap(text, width)
    return [*lines, "", "Contact us", "Privacy policy"]


@pytest.mark.parametrize("width", [60, 72, 79, 100])
@pytest.mark.parametrize("blank", [True, False])
def test_wrapped_paragraphs_come_back_whole(width: int, blank: bool) -> None:
    dump = "\n".join(wrapped_page(width, blank=blank))
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == "Harbour wall to be rebuilt before winter"
    assert list(result.main.paragraphs) == PARAGRAPHS


def test_an_article_keeps_every_input_line_it_was_joined_from() -> None:
    lines = wrapped_page()
    result = cleandump.clean("\n".join(lines))
    assert result.main is not None
    body = {n for n, line in enumerate(lines, start=1) if line and any(line in p for p in PARAGRAPHS)}
    assert body <= set(result.main.lines) and len(body) > len(PARAGRAPHS)


def test_a_wrapped_notice_is_removed_line_by_line_with_one_rule() -> None:
    notice = (
        "This website uses cookies to improve your experience, to analyse traffic and to show you "
        "personalised advertising. By continuing to browse you agree to our use of cookies."
    )
    lines = [*wrapped_page(), "", *textwrap.wrap(notice, 72)]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    pieces = textwrap.wrap(notice, 72)
    got = [(r.text, r.rule) for r in result.removed if r.text in pieces]
    assert got == [(piece, "cookie-notice") for piece in pieces]


def test_a_word_broken_at_its_hyphen_closes_up() -> None:
    lines = ["Title of the story", "", "x" * 50 + " the report found a two-", "mile stretch of road closed"]
    lines += ["", "y" * 50 + " and another line that runs", "on and on for quite a while"]
    flow = reflow(lines * 2)
    assert flow is not None
    assert flow.lines[2] == "x" * 50 + " the report found a two-mile stretch of road closed"


def test_list_items_under_a_paragraph_stay_lines_of_their_own() -> None:
    lines = wrapped_page()
    lines[-3:-3] = [
        "",
        "What changes:",
        "* The coastal path closes from March until the end of the summer season",
        "* Parking moves",
    ]
    flow = reflow(lines)
    assert flow is not None
    assert "* Parking moves" in flow.lines and "* The coastal path closes" in " ".join(flow.lines)
    assert all(not line.startswith("What changes: *") for line in flow.lines)


@pytest.mark.parametrize(
    "lines",
    [
        ["Home", "News", "Harbour wall to be rebuilt", *PARAGRAPHS, "Contact us"],  # one line per paragraph
        [f"Product number {k} in a long catalogue of things, all in stock" for k in range(30)],  # a menu
        ["Short", "lines", "only", "here"],
        [  # paragraphs of about one length, one per line, each ending a sentence (found by a property)
            "Baba Baba Baba Baba Baba",
            *[
                f"{w} baba able baba able baba able baba able baba able. Fe baba able baba able baba about."
                for w in "ABC"
            ],
            "Try our ai features",
            "Related articles",
            "an hour ago",
            "Ru baba Baba Baba Baba Baba",
            "Fedadada baba able baba able baba able baba able baba able. Fedadafe fe baba able baba able.",
            "an hour ago",
            "Fegi baba Baba Baba Baba Baba",
            "Gidadada baba able baba able baba able baba able baba able. Baba able babe able baba able.",
        ],
    ],
)
def test_a_dump_that_is_not_wrapped_is_left_alone(lines: list[str]) -> None:
    assert reflow(lines) is None


def test_a_wrapped_markdown_dump_html2text_style() -> None:
    """html2text wraps its markdown at 78 characters: the markup is read and the lines joined."""
    lines = ["[Home](https://coast.example/) [News](https://coast.example/news)", ""]
    lines += ["# Harbour wall to be rebuilt before winter", "", "By [Jane Doe](https://coast.example/jane)"]
    for text in PARAGRAPHS:
        linked = text.replace("harbour wall", "[harbour wall](https://coast.example/wall)")
        lines += ["", *textwrap.wrap(linked, 78, break_long_words=False)]
    lines += ["", "## More news", "", "[Port strike ends after three weeks of talks](/news/1)", "", "2 hours ago"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump, url="https://coast.example/harbour")
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == "Harbour wall to be rebuilt before winter"
    assert list(result.main.paragraphs) == PARAGRAPHS
    assert [(a.title, a.url) for a in result.related] == [
        ("Port strike ends after three weeks of talks", "https://coast.example/news/1")
    ]
