"""The page's address as a hint to its title, when the caller gives none."""

from __future__ import annotations

import pytest

import cleandump
from cleandump.slug import slug_title, slug_words

COLUMN = ["Perspective", "Opinion: why the river matters"] + [
    f"The river has shaped the town for centuries, column part {k}, and its banks still draw walkers every "
    "weekend of the year."
    for k in range(7)
]
ARTICLE = [
    "Harbour board agrees to dredge outer channel",
    "By Jane Doe | 2 hours ago",
    "The harbour board agreed on Monday to dredge the outer channel before the winter storms arrive.",
    "Engineers said the work would take six weeks and keep the ferry running on its normal timetable.",
    "Fishing crews welcomed the decision but asked for the dredged silt to be taken well out to sea.",
    "The board will publish the contract and the environmental survey on its website next month.",
    "Residents along the quay said they hoped the work would end the flooding of the lower car park.",
]
DUMP = "\n".join(["Home", "News", "Sport", *COLUMN, "", *ARTICLE, "", "Comments"])
URL = "https://news.example/2025/03/04/harbour-board-agrees-to-dredge-outer-channel/"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (URL, ["harbour", "board", "agrees", "to", "dredge", "outer", "channel"]),
        (
            "https://x.example/news/harbour-board-agrees-to-dredge-98765.html",
            ["harbour", "board", "agrees", "to", "dredge"],
        ),
        (
            "https://x.example/story/25/12/19/236259/stanford-grads-find-jobs-scarce",
            ["stanford", "grads", "find", "jobs", "scarce"],
        ),
        ("https://x.example/news/latest", []),  # the page's own segment is too short to be a headline
        ("https://x.example/article/123456789", []),
        ("https://x.example/", []),
        ("not a url at all", []),
        (None, []),
        (
            "https://x.example/caf%C3%A9-owners-fight-new-rent-rules",
            ["café", "owners", "fight", "new", "rent", "rules"],
        ),
    ],
)
def test_slug_words(url: str | None, expected: list[str]) -> None:
    assert slug_words(url) == expected


def test_slug_title_is_the_short_line_the_address_spells() -> None:
    lines = DUMP.splitlines()
    assert slug_title(URL, lines) == "Harbour board agrees to dredge outer channel"
    # a line that only mentions the words among many others is not the headline
    assert (
        slug_title(
            URL,
            [
                "The harbour board agrees, in a long statement about many other things, to dredge "
                "the outer channel, the ferry and the quay, and to repaint the lighthouse."
            ],
        )
        is None
    )
    assert slug_title("https://x.example/news/latest", lines) is None


def test_the_address_picks_the_article_when_no_title_is_given() -> None:
    """Without a title the longer column above wins; the address names the article's headline,
    which then counts as the page's title would."""
    assert cleandump.clean_text(DUMP).main.title == "Opinion: why the river matters"  # type: ignore[union-attr]
    main = cleandump.clean_text(DUMP, url=URL).main
    assert main is not None and main.title == ARTICLE[0] and ARTICLE[2] in main.text
    assert "column part" not in main.text
    given = cleandump.clean_text(DUMP, url=URL, title="Opinion: why the river matters").main
    assert given is not None and given.title == "Opinion: why the river matters"  # a caller's title wins
