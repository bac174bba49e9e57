"""Duplicate leads, repeated lines and flattened subheads, on text that is not the seed's."""

from __future__ import annotations

import pytest

import cleandump
from cleandump.paragraphs import glued_headline

from helpers import assert_accounted

BODY = (
    "The mayor opened the new bridge on Saturday after three years of construction. Crowds lined both banks "
    "to watch the ceremony. "
)


def test_flattened_subhead_is_split() -> None:
    line = (
        BODY + "Traffic expected to ease across the river Commuters who drive across the river each day "
        "should see shorter trips, the city traffic office said, because the bridge adds two lanes in each "
        "direction and traffic across the river will no longer queue at the old crossing."
    )
    result = cleandump.clean_text("Bridge opens\n" + line)
    assert result.main is not None
    assert "Traffic expected to ease across the river" in result.main.paragraphs
    assert result.main.paragraphs[-1].startswith("Commuters who drive")


def test_names_are_not_split_as_subheads() -> None:
    line = (
        BODY + "Officials from the city met with the Regional Transport Authority on Monday to plan bus routes "
        "across the new bridge, and the transport authority said new routes would start next month."
    )
    result = cleandump.clean_text("Bridge opens\n" + line)
    assert result.main is not None and len(result.main.paragraphs) == 1


def test_prefix_fragment_removed_with_span() -> None:
    line = (
        BODY + "The bridge was designed to withstand strong earthquakes and floods. The bridge was designed "
        "Engineers tested the design for two years before building began."
    )
    result = cleandump.clean_text("Bridge opens\n" + line)
    assert result.main is not None
    assert "designed Engineers" not in result.main.text
    (cut,) = [r for r in result.removed if r.rule == "duplicate-lead"]
    assert cut.span is not None and line[cut.span[0] : cut.span[1]] == "The bridge was designed"


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        (" The bridge was designed to", "The bridge was designed to"),  # cut off at the paragraph's end
        (" The bridge was designed to withstand.", None),  # a sentence of its own, closed
        (" The bridge was", None),  # too short to be a scraper's copy
        (" The river was designed to", None),  # no earlier sentence starts so
    ],
)
def test_a_cut_off_copy_of_a_sentences_start_ending_the_paragraph(tail: str, cut: str | None) -> None:
    """The scraper's copy of a sentence's start left at the very end of its paragraph, where no
    new sentence follows it, is a `duplicate-lead` fragment too."""
    line = BODY + "The bridge was designed to withstand strong earthquakes and floods." + tail
    text = "Bridge opens\n" + line
    result = cleandump.clean_text(text)
    assert_accounted(text, result)
    cuts = [line[r.span[0] : r.span[1]] for r in result.removed if r.rule == "duplicate-lead" and r.span]
    assert cuts == ([cut] if cut else [])
    assert result.main is not None and result.main.text.endswith("floods." if cut else tail.strip())


def test_repeated_sentence_in_place_removed() -> None:
    line = "The bridge opened on Saturday morning. The bridge opened on Saturday morning. Crowds cheered loudly."
    text = "Bridge opens\n" + line
    result = cleandump.clean_text(text)
    assert result.main is not None and result.main.text.count("The bridge opened on Saturday morning.") == 1
    assert_accounted(text, result)


def test_a_sentence_repeated_in_another_paragraph_is_kept() -> None:
    """Two promotions' terms share a clause: each paragraph keeps it (only a repeat inside one
    paragraph is the scraper's duplication)."""
    clause = "Discount cannot be combined with other offers and is not valid on previous purchases."
    first = f"The spring offer gives twenty percent off every order placed before the end of May. {clause}"
    second = f"The summer offer gives a free gift with every order placed during the month of July. {clause}"
    text = f"Offer terms\n{first}\n{second}"
    result = cleandump.clean_text(text)
    assert result.main is not None and result.main.text.count(clause) == 2
    assert not [r for r in result.removed if r.rule == "duplicate-lead"]
    assert_accounted(text, result)


def test_short_repeated_lines_inside_article_are_kept() -> None:
    text = (
        "Two recipes\nThis is the first recipe, which takes about twenty minutes.\nIngredients\n"
        "Flour, butter and sugar for the base of the cake.\nIngredients\nEggs, milk and vanilla for the filling."
    )
    result = cleandump.clean_text(text)
    assert result.main is not None and result.main.paragraphs.count("Ingredients") == 2


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Stripe acquires a stablecoin startup for $1.1B  —  Stripe has agreed to buy the startup.",
            ("Stripe acquires a stablecoin startup for $1.1B", "Stripe has agreed to buy the startup."),
        ),
        ("The council — which met on Tuesday — voted to rebuild the wall.", None),  # single spaces: a sentence's dashes
        ("It rained all day.  —  Then it stopped, and the river fell.", None),  # a sentence before the dash
        ("Rain  —  The river rose overnight.", None),  # one word is no headline
    ],
)
def test_a_headline_glued_to_its_summary(text: str, want: tuple[str, str] | None) -> None:
    assert glued_headline(text) == want
