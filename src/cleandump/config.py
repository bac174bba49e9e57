"""Thresholds of the pipeline in one frozen object; make variants with `dataclasses.replace`."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Config"]


@dataclass(frozen=True, slots=True)
class Config:
    """Numbers the classifier and segmenter use. Defaults are tuned on the dev benchmark."""

    #: ... or this many characters (scripts without spaces).
    content_chars: int = 80
    #: A line without closing punctuation needs this many words (or chars) to be content:
    #: shorter ones are headlines, menu entries and teaser titles.
    unpunctuated_words: int = 20
    unpunctuated_chars: int = 140
    #: A punctuated line with at least this many words is content.
    sentence_words: int = 4
    #: An unpunctuated line of at most this many words, with this share capitalised, is a headline.
    headline_max_words: int = 30
    headline_cap_ratio: float = 0.5
    #: UI patterns and phrases only apply to lines up to this many words.
    ui_max_words: int = 30
    #: Section headings are at most this many words.
    heading_max_words: int = 8
    #: A short line is UI by vocabulary if at most this many words and this share are UI words.
    ui_generic_words: int = 6
    ui_generic_ratio: float = 0.5
    #: Shortest sentence prefix (words) taken as a duplicated lead fragment or a flattened subhead.
    fragment_min_words: int = 4
    #: Longest flattened subhead, in words.
    subhead_max_words: int = 14
    #: How HTML input finds its main text: "native" (the text pipeline over the page's lines, fast)
    #: or "trafilatura" (trafilatura chooses the main-text lines, the pipeline does the rest;
    #: closer to trafilatura's quality, about twice the time).
    html_main: str = "native"
    #: HTML: fit the main article to the element holding its prose (`cleandump.container`).
    html_container: bool = True
    #: Lines longer than this are not scanned sentence by sentence (kept whole).
    sentence_scan_chars: int = 200_000
    #: Lines shorter than this (chars) are never reported as repeated paragraphs.
    repeat_min_chars: int = 20
