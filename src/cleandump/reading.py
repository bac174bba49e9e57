"""What a dump reader gives the text stages: each input line as the text a person sees.

Some dumps carry a format's marks besides their text: markdown (`cleandump.markdown`), a text
browser's link numbers and address list (`cleandump.textbrowser`). A reader turns every input line
into its text (same line numbers) and says what the marks told: the lines that hold no text of
their own (removed with a rule, so every line is still accounted for), the address of a line that
is one link, the page's title, address and time where the format gives them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .rules import Rule

__all__ = ["MARKUP_RULE", "PICTURE_RULE", "ReadPage"]

PICTURE_RULE = Rule("picture", "markup", "", "a picture (an image's markup or placeholder): no text of its own")
MARKUP_RULE = Rule(
    "markup", "markup", "", "markup with no text of its own (a code fence, an empty link, an underline, a form button)"
)


@dataclass(frozen=True, slots=True)
class ReadPage:
    """A dump read line by line (0-based indexes, one per input line)."""

    lines: list[str]
    forced: dict[int, Rule] = field(default_factory=dict)
    links: dict[int, str] = field(default_factory=dict)
    title: str | None = None
    url: str | None = None
    published: datetime | None = None
