"""Flatten HTML into block-level lines (with element paths) for the text pipeline.

Iterative (no recursion), so 100,000 levels of nesting cannot overflow the stack; invisible parts
(script, style, template, svg, forms' options, hidden elements) are dropped, as a scraper's dump does.
"""

from __future__ import annotations

import regex
from lxml import etree
from lxml import html as lxml_html

__all__ = ["html_to_lines", "looks_like_html"]

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "title",
        "option",
    ]
)
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "button",
    ]
)
_TAG = regex.compile(r"<(?:!doctype\s+html|html|head|body|div|p|span|a|article|section|table|br|meta|title)\b", regex.I)
_SPACE = regex.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """Starts with a tag, or has several HTML tags near the top."""
    head = text[:8192]
    stripped = head.lstrip()
    if stripped[:1] == "<" and _TAG.match(stripped):
        return True
    return len(_TAG.findall(head)) >= 5


def html_to_lines(text: str) -> tuple[list[str], list[str]]:
    """Lines of visible text, one per block element, and a short path for each line."""
    if not text.strip():
        return [], []
    try:
        root = lxml_html.document_fromstring(text, parser=lxml_html.HTMLParser(huge_tree=True, remove_comments=True))
    except (etree.ParserError, ValueError):
        return [], []
    lines: list[str] = []
    paths: list[str] = []
    buf: list[str] = []
    stack: list[str] = []
    skip_depth = 0

    def flush() -> None:
        line = _SPACE.sub(" ", "".join(buf)).strip()
        buf.clear()
        if line:
            lines.append(line)
            paths.append("/".join(stack[-4:]))

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth or tag in SKIP_TAGS or _hidden(el):
                skip_depth += 1
                continue
            if tag in BLOCK_TAGS:
                flush()
            stack.append(_label(el, tag))
            if el.text:
                buf.append(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
            else:
                if tag in BLOCK_TAGS:
                    flush()
                if stack:
                    stack.pop()
            if el.tail and not skip_depth:
                buf.append(el.tail)
    flush()
    return lines, paths


def _hidden(el: etree._Element) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or el.get("aria-hidden") == "true" or "display:none" in style


def _label(el: etree._Element, tag: str) -> str:
    ident = el.get("id")
    cls = (el.get("class") or "").split()
    return tag + (f"#{ident}" if ident else "") + (f".{cls[0]}" if cls else "")
