"""Text-browser dumps (lynx, elinks): link numbers, placeholders and the address list."""

from __future__ import annotations

import textwrap

import pytest

import cleandump
from cleandump.textbrowser import looks_like_text_browser, read_text_browser

from helpers import assert_accounted

PARAGRAPHS = [
    "The city council voted on Tuesday to rebuild the old harbour wall before the winter storms, after "
    "engineers warned that another season of high tides could breach it and flood the lower town.",
    "The work will cost about four million pounds and take five months, with the coastal path closed to "
    "walkers while the crews are on site and the car park by the quay used for their machines.",
]


def lynx_page(headings: tuple[str, ...] = ("References",)) -> list[str]:
    lines = ["   [1]Skip to content", "", "   [2]The Coast Times [IMG]", "", "     * [3]News", "     * [4]Sport"]
    lines += ["", "   Search: [____________________] (BUTTON) Go", "", "Harbour wall to be rebuilt before winter", ""]
    first = PARAGRAPHS[0].replace("harbour wall", "[5]harbour wall")
    lines += ["   " + line for line in textwrap.wrap(first, 74)] + [""]
    lines += ["   " + line for line in textwrap.wrap(PARAGRAPHS[1], 74)] + [""]
    lines += ["Latest news", "", "     * [6]Port strike ends after three weeks of talks", "       2 hours ago"]
    lines += ["     * [7]Rail fares to rise by four per cent in March", "       5 hours ago", ""]
    addresses = [f"https://coast.example/{k}" for k in range(1, 8)]
    for heading in headings:
        lines += [heading, ""]
        part = addresses if len(headings) == 1 else addresses[:4] if heading == headings[0] else addresses[4:]
        start = 1 if part is addresses or heading == headings[0] else 5
        lines += [f"   {k}. {url}" for k, url in enumerate(part, start=start)]
        lines += [""]
    return lines


@pytest.mark.parametrize("headings", [("References",), ("Visible links:", "Hidden links:")])
def test_a_lynx_dump_reads_without_its_marks(headings: tuple[str, ...]) -> None:
    dump = "\n".join(lynx_page(headings))
    result = cleandump.clean(dump, fetched_at="2026-11-25T12:00:00Z")
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == "Harbour wall to be rebuilt before winter"
    assert list(result.main.paragraphs) == PARAGRAPHS
    got = [(a.title, a.time_ago, a.url) for a in result.related]
    assert got == [
        ("Port strike ends after three weeks of talks", "2 hours ago", "https://coast.example/6"),
        ("Rail fares to rise by four per cent in March", "5 hours ago", "https://coast.example/7"),
    ]
    rules = {r.text: r.rule for r in result.removed}
    assert rules["1. https://coast.example/1"] == "link-references"
    assert all(rules[h] == "link-references" for h in headings)


def test_marks_placeholders_and_form_labels_are_dropped() -> None:
    lines = ["[1]Home [IMG]", "[IMG]", "(BUTTON) Search", "Text with a [2]link in it.", "[9] is not a link"]
    page = read_text_browser([*lines, "", "References", "", "   1. https://x.example/", "   2. https://x.example/a"])
    assert page.lines[:5] == ["Home", "[IMG]", "Search", "Text with a link in it.", "[9] is not a link"]
    assert page.forced[1].id == "picture"
    assert page.links == {0: "https://x.example/"}


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (["References", "", "   1. https://x.example/", "   2. https://x.example/a"], True),
        (["References", "", "   1. https://x.example/"], False),  # one address: too little to tell
        (["References", "1. Smith, J. (2001). A study of walls. Journal of Walls, 3, 1-9."], False),  # citations
        (["References", "   1. https://x.example/", "   2. https://x.example/a", "Text after the list."], False),
    ],
)
def test_detection(tail: list[str], expected: bool) -> None:
    assert looks_like_text_browser(["Some text of the page.", "", *tail]) is expected
