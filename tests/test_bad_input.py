"""Bad input gives a clean result or a clear error, never a traceback from deep inside."""

from __future__ import annotations

import codecs

import pytest

import cleandump

from helpers import assert_accounted

ARTICLE = "A headline here\nThe first paragraph of the story has enough words to count as text.\n"


@pytest.mark.parametrize("data", ["", "   \n\t\n", b"", b"\n\n\n"])
def test_empty_and_whitespace(data: str | bytes) -> None:
    result = cleandump.clean(data)
    assert result.main is None and result.related == () and result.removed == () and result.error is None


def test_binary_is_a_clear_error() -> None:
    with pytest.raises(cleandump.InputError, match="binary"):
        cleandump.clean(bytes(range(256)) * 40)


def test_invalid_utf8_is_decoded_not_crashed() -> None:
    data = ARTICLE.encode("utf-8") + b"\xff\xfe\xfa broken bytes in a closing line of the story, still text.\n"
    result = cleandump.clean(data)
    assert result.main is not None and result.main.title == "A headline here"


def test_latin1_is_sniffed() -> None:
    data = "Café owners rally\nThe owners of the café on the corner said the new rules were unfair to them.\n"
    result = cleandump.clean(data.encode("latin-1"))
    assert result.main is not None and result.main.title == "Café owners rally"


@pytest.mark.parametrize("sep", ["\r\n", "\r", "\n"])
def test_line_endings(sep: str) -> None:
    text = ARTICLE.replace("\n", sep) + "Share" + sep
    result = cleandump.clean(text)
    assert result.main is not None and result.main.title == "A headline here"
    assert [r.line for r in result.removed] == [3]


def test_bom_and_nul() -> None:
    data = codecs.BOM_UTF8 + ARTICLE.replace("first", "fi\x00rst").encode("utf-8")
    result = cleandump.clean(data)
    assert result.main is not None and result.main.title == "A headline here"
    assert "\x00" not in result.main.text and "\ufeff" not in (result.main.title or "")


def test_utf16_with_bom() -> None:
    result = cleandump.clean(ARTICLE.encode("utf-16"))
    assert result.main is not None and result.main.title == "A headline here"


def test_huge_single_line() -> None:
    text = "This sentence repeats in a very long line. " * 1_200_000  # ~50 MB
    result = cleandump.clean_text(text)
    assert result.main is not None and len(result.main.text) == len(text.strip())


def test_many_lines_accounted() -> None:
    text = "\n".join(f"Paragraph {i} says something different from the others, in words." for i in range(20_000))
    result = cleandump.clean_text(text)
    assert_accounted(text, result)


def test_bad_kind_and_fetched_at() -> None:
    with pytest.raises(ValueError, match="kind"):
        cleandump.clean("x", kind="pdf")
    with pytest.raises(ValueError, match="ISO-8601"):
        cleandump.clean(ARTICLE, fetched_at="soon")


def test_html_input_auto_and_deep_nesting() -> None:
    html = (
        "<html><body><nav>Home</nav><h1>A headline here</h1><p>The first paragraph of the story has "
        "enough words to count as text.</p><div>Share</div></body></html>"
    )
    result = cleandump.clean(html)
    assert result.main is not None and result.main.title == "A headline here" and result.main.lines == ()
    assert all(r.line is None and r.path for r in result.removed)
    deep = (
        "<div>" * 100_000
        + "<p>Deep text that is long enough to be a paragraph of the article.</p>"
        + "</div>" * 100_000
    )
    deep_result = cleandump.clean_html(deep)
    assert deep_result.main is not None and deep_result.main.paragraphs[0].startswith("Deep text")


def test_json_ld_nested_past_the_parsers_depth_is_skipped() -> None:
    deep = "[" * 200_000 + "]" * 200_000
    html = (
        f'<html><head><script type="application/ld+json">{deep}</script></head><body><h1>A headline here</h1>'
        "<p>The first paragraph of the story has enough words to count as the text of an article.</p></body></html>"
    )
    result = cleandump.clean_html(html)
    assert result.error is None and result.main is not None and result.main.title == "A headline here"


@pytest.mark.parametrize(
    "text",
    [
        "[a](" * 200_000,  # a link opened over and over: detection must not backtrack over the line
        "[a](b " + "x " * 300_000,
        "\n".join(["[a](http://x.example/)"] * 5 + ["*" * 100_000 + "a" + "_" * 100_000]),
        "# T\n\n[a](http://x) [b](http://y) [c](http://z)\n\n" + "word " * 1_000_000,
    ],
)
def test_markdown_edge_cases_give_a_result(text: str) -> None:
    """Pathological markdown: a result in bounded work per line (no backtracking blow-up)."""
    for kind in ("text", "markdown"):
        result = cleandump.clean(text, kind=kind)
        assert_accounted(text, result)


def test_a_long_wrapped_paragraph_is_joined_in_linear_time() -> None:
    """200,000 wrapped lines of one paragraph join into one (pieces are joined once: gluing them
    one by one was quadratic, minutes for this input)."""
    pair = [
        "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor",
        "incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud",
    ]
    text = "\n".join(pair * 100_000)
    result = cleandump.clean(text)
    assert result.main is not None and len(result.main.paragraphs) == 1
    assert len(result.main.lines) == 200_000


@pytest.mark.parametrize("mark", ["\u200b", "\u200e", "\u200f", "\u2066", "\ufeff", "\u2060"])
def test_invisible_format_marks_do_not_hide_a_line(mark: str) -> None:
    """A zero-width space, a direction mark or a byte-order mark stuck to a time stamp, an outlet
    or a heading (as scrapes of right-to-left pages carry them) does not hide it from the
    catalogs and patterns; a line of nothing but such a mark is still accounted for."""
    body = [
        "The council voted on Tuesday to approve the new harbour wall, which will cost twelve million pounds.",
        "Residents had campaigned for the wall since the floods of 2019 damaged more than two hundred homes.",
    ]
    lines = ["Home", "Council approves new harbour wall", f"{mark}2 hours ago", mark, *body, f"Related{mark} articles"]
    lines += [
        f"Reuters{mark}",
        f"{mark}3 hours ago",
        "Port strike ends after three weeks",
        f"Dock workers voted{mark} to end it.",
    ]
    text = "\n".join(lines)
    result = cleandump.clean(text)
    assert_accounted(text, result)
    assert result.main is not None
    assert (result.main.title, result.main.time_ago, list(result.main.paragraphs)) == (lines[1], "2 hours ago", body)
    assert [(a.title, a.outlet, a.time_ago) for a in result.related] == [
        ("Port strike ends after three weeks", "Reuters", "3 hours ago")
    ]
