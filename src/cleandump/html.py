"""Flatten HTML into block-level lines (with element paths) for the text pipeline.

Iterative (no recursion), so 100,000 levels of nesting cannot overflow the stack; invisible parts
(script, style, template, svg, forms' options, hidden elements) are dropped, as a scraper's dump does.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources

import regex
from lxml import etree
from lxml import html as lxml_html

from .metadata import PageMeta, page_metadata
from .text import normalize_line, strip_invisible

__all__ = ["HtmlLines", "html_to_lines", "looks_like_html"]

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
#: Elements that lay out data rather than hold an article (see `HtmlLines.data`).
DATA_TAGS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "ol", "li", "dl", "dd", "dt"})
_TAG = regex.compile(r"<(?:!doctype\s+html|html|head|body|div|p|span|a|article|section|table|br|meta|title)\b", regex.I)
_SPACE = regex.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """Starts with a tag, or has several HTML tags near the top."""
    head = text[:8192]
    stripped = head.lstrip()
    if stripped[:1] == "<" and _TAG.match(stripped):
        return True
    return len(_TAG.findall(head)) >= 5


@dataclass(frozen=True, slots=True)
class Teaser:
    """A link to another story found in a related/teaser block."""

    title: str
    url: str | None
    path: str
    extras: tuple[str, ...] = ()  # other text of the teaser's card: outlet, time stamp, summary
    datetime: str | None = None  # a <time datetime="..."> value inside the card


@dataclass(frozen=True, slots=True)
class HtmlLines:
    """Visible text of a page, one line per block element, with where each line came from."""

    lines: list[str]
    paths: list[str]
    chrome: list[str | None]  # why the line is site furniture (inside <nav>, class "share"...)
    link_ratio: list[float] = field(default_factory=list)  # share of the line's text inside <a>
    teasers: list[Teaser] = field(default_factory=list)  # links found in related/teaser blocks
    meta: PageMeta = field(default_factory=PageMeta)
    #: the elements each line sits in (numbers in document order, outermost first, at most
    #: CHAIN_MAX deep); empty when the page had to be read without a tree
    chains: list[tuple[int, ...]] = field(default_factory=list)
    #: elements marked as holding an article's text (itemprop=articleBody, "entry-content"...)
    marked: set[int] = field(default_factory=set)
    #: elements that lay out data (tables, lists, their rows and items): never an article's
    #: container, however much of its text they hold
    data: set[int] = field(default_factory=set)
    #: `<table>` elements: inside the article's container their cells are the article's data
    tables: set[int] = field(default_factory=set)
    #: whether each line sits in an element named as a reader's comment (`comment_tokens`), on
    #: a page that declares itself an article (elsewhere no line is marked: a thread's posts are
    #: its text); empty when the page had to be read without a tree
    comment: list[bool] = field(default_factory=list)
    #: a short line's texts as its elements held them, where it has two or more ("Der Spiegel",
    #: "vor 3 Stunden" of two `<span>`s): where the text alone runs them together, they tell
    #: the parts of a header apart
    pieces: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: the target of a line that is all one link's text (a card's title): a related article
    #: titled by that line points there
    hrefs: dict[int, str] = field(default_factory=dict)


#: A line up to this many characters keeps its elements' texts (`HtmlLines.pieces`).
PIECES_MAX_CHARS = 120


@dataclass(frozen=True, slots=True)
class _Chrome:
    tags: frozenset[str]
    roles: frozenset[str]
    tokens: frozenset[str]
    related_reasons: frozenset[str]  # the reasons `_chrome_reason` gives for teaser blocks
    related_tokens: frozenset[str]  # the class/id words behind them (`related_tokens` in the data)
    content: tuple[str, ...] = ()  # class substrings of article-text containers
    captions: frozenset[str] = frozenset()  # elements holding a picture's caption
    collapsed: frozenset[str] = frozenset()  # class words of collapsed panels (read though hidden)
    comments: frozenset[str] = frozenset()  # class words of a reader's comment
    comment_reasons: frozenset[str] = frozenset()  # the reasons `_chrome_reason` gives for them


@lru_cache(maxsize=1)
def _chrome_rules() -> _Chrome:
    data = json.loads(resources.files("cleandump.data").joinpath("html_chrome.json").read_text("utf-8"))
    related = frozenset(data["related_tokens"])
    reasons = frozenset(f'class/id "{t}"' for t in related)
    tokens = frozenset(data["tokens"]) | related
    return _Chrome(
        frozenset(data["tags"]),
        frozenset(data["roles"]),
        tokens,
        reasons,
        related,
        tuple(data["content_classes"]),
        frozenset(data.get("caption_tags", ())),
        frozenset(data.get("collapsed_tokens", ())),
        frozenset(data.get("comment_tokens", ())),
        frozenset(f'class/id "{t}"' for t in data.get("comment_tokens", ())),
    )


def html_to_lines(text: str, headings: Callable[[str], bool] | None = None) -> HtmlLines:
    """Flatten a page: visible text per block element, its path, whether it is furniture, and
    the page's metadata. `headings` says whether a normalised line is a heading that opens a
    block of other stories (`Rules.is_section_heading`): a furniture element headed by one (an
    `<aside>` under "More on this story") gives its links as teasers, as a block whose class
    names it as related does."""
    if not text.strip():
        return HtmlLines([], [], [])
    parser = lxml_html.HTMLParser(huge_tree=True, remove_comments=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return _stream_lines(text, PageMeta())
    _adopt_strays(root)
    out = HtmlLines([], [], [], [], meta=page_metadata(root))
    buf: list[str] = []
    linked = [0]  # characters of link text in `buf`
    link_depth = 0
    targets: list[str | None] = []  # the href of each <a> the walk is inside
    line_targets: set[str | None] = set()  # ... of the links whose text is in `buf`
    stack: list[str] = []
    ids: list[int] = []  # element numbers along `stack`
    numbers = itertools.count()
    chrome: list[str | None] = [None]
    in_comment = [False]
    article, discussion = out.meta.kind == "article", out.meta.kind == "discussion"
    skip_depth = 0
    rules = _chrome_rules()
    page_chars = functools.cache(lambda: _text_chars(root))  # counted once, when first asked

    def flush() -> None:
        raw = "".join(buf)
        line = strip_invisible(_SPACE.sub(" ", raw)).strip()
        if (
            line
            and len(line) <= PIECES_MAX_CHARS
            and len(pieces := [" ".join(b.split()) for b in buf if b.strip()]) > 1
        ):
            out.pieces[len(out.lines)] = tuple(pieces)
        buf.clear()
        if line and len(line_targets) == 1 and linked[0] >= len(raw.strip()) and (href := next(iter(line_targets))):
            out.hrefs[len(out.lines)] = href
        line_targets.clear()
        if line:
            out.lines.append(line)
            out.paths.append("/".join(stack[-4:]))
            out.chrome.append(chrome[-1])
            out.link_ratio.append(min(1.0, linked[0] / max(1, len(raw.strip()))))
            out.chains.append(tuple(ids[:CHAIN_MAX]))
            out.comment.append(in_comment[-1])
        linked[0] = 0

    def add(text: str, in_link: bool) -> None:
        buf.append(text)
        if in_link:
            linked[0] += len(text.strip())
            if text.strip():
                line_targets.add(targets[-1] if targets else None)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth or ((tag in SKIP_TAGS or _hidden(el)) and not _shown_anyway(el, tag, page_chars)):
                skip_depth += 1
                continue
            if tag in BLOCK_TAGS:
                flush()
            stack.append(_label(el, tag))
            ids.append(next(numbers))
            if _marks_content(el, rules):
                out.marked.add(ids[-1])
            if tag in DATA_TAGS:
                out.data.add(ids[-1])
                if tag == "table":
                    out.tables.add(ids[-1])
            # the page's <main> is its content, whatever an element around it is called
            reason = None if _is_main(el, tag) else chrome[-1] or _chrome_reason(el, tag, stack, rules)
            if reason and not chrome[-1] and discussion and reason in rules.comment_reasons:
                reason = None  # a thread's posts, named as comments: the page's text
            if reason and not chrome[-1] and _holds_the_page(el, reason, len(stack), page_chars):
                reason = None
            if reason and not chrome[-1] and (reason in rules.related_reasons or _headed_as_related(el, headings)):
                out.teasers.extend(_teasers(el, "/".join(stack[-4:])))
            chrome.append(reason)
            in_comment.append(in_comment[-1] or (article and _names_comment(el, tag, rules)))
            link_depth += tag == "a"
            if tag == "a":
                targets.append(_attr(el, "href"))
            if el.text:
                add(el.text, link_depth > 0)
        else:
            if skip_depth:
                skip_depth -= 1
            else:
                if tag in BLOCK_TAGS:
                    flush()
                if stack:
                    stack.pop()
                    ids.pop()
                    chrome.pop()
                    in_comment.pop()
                link_depth -= tag == "a"
                if tag == "a" and targets:
                    targets.pop()
            if el.tail and not skip_depth:
                add(el.tail, link_depth > 0)
    flush()
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return _stream_lines(text, out.meta)  # libxml2 dropped what lies below its depth limit
    return out


def _adopt_strays(root: etree._Element) -> None:
    """Move what the parser left beside the document's root into its body. Markup after a stray
    `</html>` (a plugin's template printed late, a page whose article follows a closed shell)
    becomes a second top-level element that a walk from the root never reaches."""
    host = root.find("body")
    host = root if host is None else host
    for stray in list(root.itersiblings()):
        if isinstance(stray.tag, str):
            host.extend(list(stray))


class _Streamer(HTMLParser):
    """Event-based flattening (no tree, so no depth limit): the fallback for pathological pages."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.paths: list[str] = []
        self.stack: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def flush(self) -> None:
        line = strip_invisible(_SPACE.sub(" ", "".join(self.buf))).strip()
        self.buf.clear()
        if line:
            self.lines.append(line)
            self.paths.append("/".join(self.stack[-4:]))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.flush()
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.flush()
        if tag in self.stack[-50:]:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)


def _stream_lines(text: str, meta: PageMeta) -> HtmlLines:
    parser = _Streamer()
    parser.feed(text)
    parser.close()
    parser.flush()
    n = len(parser.lines)
    return HtmlLines(parser.lines, parser.paths, [None] * n, [0.0] * n, meta=meta)


_TOKEN_SPLIT = regex.compile(r"[^a-z]+")
#: Elements kept per line in `HtmlLines.chains` (deeper ones share their ancestors' fate).
CHAIN_MAX = 64
#: A link in a teaser block is a related story if its text has this many words.
TEASER_MIN_WORDS = 4
#: An element holding this much paragraph text is a content container, whatever its class says.
PROSE_CHARS = 400
#: ... or, for an element named like furniture that holds the page's `<h1>`, this much: a product's
#: headline and short description, wrapped in a "sticky-navbar" holder. (A site bar with its logo in
#: an `<h1>` holds no paragraphs.)
HEADLINE_PROSE_CHARS = 150


#: The reason `_chrome_reason` gives for a picture's caption (removed with its own rule).
CAPTION_REASON = "caption"


def _chrome_reason(el: etree._Element, tag: str, stack: list[str], rules: _Chrome) -> str | None:
    """Why this element is site furniture, or None."""
    if tag in ("html", "body", "main", "article"):
        return None
    if tag in rules.captions:
        return CAPTION_REASON
    reason = None
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    tokens = _class_tokens(attrs)
    related = next((t for t in tokens if t in rules.related_tokens), None)
    if related and _holds_headline(el):  # the page's own headline in a "teaser" hero: not other stories
        related, tokens = None, [t for t in tokens if t not in rules.related_tokens]
    if related:  # a teaser block, whatever its tag: its links become related articles
        reason = f'class/id "{related}"'
    elif tag in rules.tags:
        in_article = any(s.split(".")[0].split("#")[0] in ("article", "main") for s in stack[:-1])
        if not (tag == "header" and in_article):
            reason = f"<{tag}> element"
    role = (el.get("role") or "").lower()
    if reason is None and role in rules.roles:
        reason = f'role="{role}"'
    if reason is None and tokens:
        token = next((t for t in tokens if t in rules.tokens), None)
        if token and _holds_page_headline(el) and _holds_prose(el, HEADLINE_PROSE_CHARS):
            token = None  # the page's headline and text under a furniture-like name ("offer-holder-sticky-navbar")
        reason = f'class/id "{token}"' if token else None
    # a container of real paragraphs ("content-with-sidebar", a paywall wrapper) is not furniture
    return reason if reason is None or not _holds_prose(el) else None


def _names_comment(el: etree._Element, tag: str, rules: _Chrome) -> bool:
    """The element's class or id names it as a reader's comment (`comment_tokens`)."""
    if tag in ("html", "body", "main") or not rules.comments:
        return False
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return not rules.comments.isdisjoint(_class_tokens(attrs))


#: Elements read for a furniture block's heading: its first heading, among its first ones.
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
HEADING_REACH = 12


def _headed_as_related(el: etree._Element, headings: Callable[[str], bool] | None) -> bool:
    """The element opens with a heading that opens a block of other stories ("More on this
    story", "Most read"): the first heading among its first `HEADING_REACH` elements, before
    any link, and no `<h1>` (the page's own headline) in it."""
    if headings is None:
        return False
    for sub in itertools.islice(el.iter(), 1, HEADING_REACH):
        tag = sub.tag if isinstance(sub.tag, str) else ""
        if tag == "a":
            return False
        if tag in HEADING_TAGS:
            heading = normalize_line(_element_text(sub))
            return bool(heading) and headings(heading) and not _holds_headline(el)
    return False


def _element_text(el: etree._Element) -> str:
    """The element's text, its descendants' included, with runs of whitespace as one space."""
    return " ".join(" ".join(str(t) for t in el.itertext()).split())


def _holds_headline(el: etree._Element) -> bool:
    """The element holds an `<h1>`: the page's headline, which no block of other stories has."""
    return next(el.iter("h1"), None) is not None


def _holds_page_headline(el: etree._Element) -> bool:
    """The element holds an `<h1>` that the page's `<title>` repeats: its headline (a dialog's
    or a mobile menu's `<h1>`, "Your Privacy Settings", "Menu", is not in the title)."""
    title = el.getroottree().getroot().find("head/title")  # (in `<head>`: no walk of a big body)
    named = " ".join((title.text or "").split()).casefold() if title is not None else ""
    if not named:
        return False
    for h1 in el.iter("h1"):
        text = _element_text(h1).casefold()
        if len(text) > 3 and text in named:
            return True
    return False


#: An element whose class or id names it like furniture but that holds this share of the page's
#: text is the page's content wrapper ("secondary-sticky-nav" around a product page), not
#: furniture. (Elements the page marks up as `<footer>` or `<nav>` stay furniture however
#: large: a site map in the footer can outweigh a short page.)
FURNITURE_MAX_SHARE = 0.5
#: ... looked for only this near the top of the tree (page wrappers sit at depth 3-12 on the dev
#: pages), so that a page of nested furniture-named wrappers costs a bounded number of passes.
WRAPPER_MAX_DEPTH = 24


def _holds_the_page(el: etree._Element, reason: str, depth: int, page_chars: Callable[[], int]) -> bool:
    """Whether an element `_chrome_reason` named furniture holds most of the page's text."""
    if not reason.startswith("class/id") or depth > WRAPPER_MAX_DEPTH:
        return False  # a <footer> or role="contentinfo" is the page's own word (a site map can be most of a page)
    return _holds_share(el, FURNITURE_MAX_SHARE, page_chars)


def _holds_share(el: etree._Element, share: float, page_chars: Callable[[], int]) -> bool:
    """The element holds at least `share` of the page's text (and `PROSE_CHARS` of it)."""
    chars = _text_chars(el)
    return chars >= PROSE_CHARS and chars >= share * page_chars()


def _is_main(el: etree._Element, tag: str) -> bool:
    """The page's main content element (`<main>`, `role="main"`): never inside furniture."""
    return tag == "main" or (el.get("role") or "").lower() == "main"


#: A class word after one of these says what the element is not ("wsite-not-footer"), or what it
#: holds besides its content ("o-layout has-sidebar", "page-with-nav"): not what it is.
_NEGATIONS = frozenset({"not", "no", "non", "has", "with"})


def _class_tokens(attrs: str) -> list[str]:
    """Words of an element's class and id, without those negated ("not-footer": not furniture)
    or held ("has-sidebar": a layout with a sidebar in it, not the sidebar)."""
    tokens = _TOKEN_SPLIT.split(attrs) if attrs.strip() else []
    return [t for k, t in enumerate(tokens) if k == 0 or tokens[k - 1] not in _NEGATIONS]


def _teasers(el: etree._Element, path: str) -> list[Teaser]:
    """Links of a teaser block that read like headlines (at least TEASER_MIN_WORDS words).

    Each link's card (the largest ancestor inside the block holding no other headline link)
    gives the texts around the headline: outlet, time stamp, a summary.
    """
    links = []
    seen: set[str] = set()
    for a in el.iter("a"):
        title = _element_text(a)
        if len(title.split()) >= TEASER_MIN_WORDS and title not in seen:
            seen.add(title)
            links.append((a, title))
    heads = {id(a) for a, _ in links}
    found: list[Teaser] = []
    for a, title in links:
        card = _card(a, el, heads)
        extras = tuple(_card_texts(card, a)) if card is not None else ()
        stamp = next(iter(card.iter("time")), None) if card is not None else None
        found.append(Teaser(title, a.get("href"), path, extras[:TEASER_MAX_EXTRAS], _attr(stamp, "datetime")))
    return found


#: A teaser card contributes at most this many text pieces (outlet, time, summary...).
TEASER_MAX_EXTRAS = 6


def _card(a: etree._Element, block: etree._Element, heads: set[int]) -> etree._Element | None:
    """The largest ancestor of link `a` below `block` that holds no other headline link."""
    card = None
    node = a.getparent()
    while node is not None and node is not block:
        if any(id(x) in heads and x is not a for x in node.iter("a")):
            break
        card = node
        node = node.getparent()
    return card


def _card_texts(card: etree._Element, link: etree._Element) -> list[str]:
    """Visible text pieces of a card outside its headline `link`, whitespace-folded."""
    below = list(link.iter())  # kept alive: lxml proxies of freed elements reuse their ids
    inside = {id(x) for x in below}
    pieces = []
    for node in card.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        own = None if id(node) in inside else node.text
        tail = None if node is card or (id(node) in inside and node is not link) else node.tail
        for chunk in (own, tail):
            text = " ".join((chunk or "").split())
            if text:
                pieces.append(text)
    return pieces


def _attr(el: etree._Element | None, name: str) -> str | None:
    value = el.get(name) if el is not None else None
    return str(value) if value else None


def _holds_prose(el: etree._Element, chars: int = PROSE_CHARS) -> bool:
    """More than `chars` of text in <p> elements below it."""
    total = 0
    for p in el.iter("p"):
        total += sum(len(t) for t in p.itertext())
        if total > chars:
            return True
    return False


def _marks_content(el: etree._Element, rules: _Chrome) -> bool:
    """itemprop="articleBody", or a class naming an article-text container."""
    if el.get("itemprop") == "articleBody":
        return True
    cls = (el.get("class") or "").lower()
    return bool(cls) and any(name in cls for name in rules.content)


#: Skipped elements read all the same when they hold real paragraphs: a `<button>` that a
#: broken page never closes swallows the rest of it (libxml2 nests everything inside), forums
#: put the thread in `<noscript>` for readers without scripts, and server-rendered pages keep
#: their text in a `hidden` element until scripts move it in place. Elements hidden by style
#: or `aria-hidden` stay skipped (closed tabs, modals and sign-in forms), except a collapsed
#: panel of an accordion holding paragraphs (`collapsed_tokens`): steps and answers a reader
#: opens with a click are the page's text.
SHOWN_IF_PROSE = frozenset({"button", "noscript"})
#: ... a `hidden` element, only with this much paragraph text (more than a closed tab's).
HIDDEN_PROSE_CHARS = 1600


#: ... or, hidden in any way, when it holds this share of the page's text: the page itself (a
#: catalogue's cards, no paragraphs), kept hidden until its script has run. A closed tab, modal
#: or menu never holds half of a page.
HIDDEN_PAGE_SHARE = 0.6
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})


def _shown_anyway(el: etree._Element, tag: str, page_chars: Callable[[], int]) -> bool:
    """A skipped element that is read all the same (see `SHOWN_IF_PROSE`)."""
    if tag in SHOWN_IF_PROSE:
        return _holds_prose(el)
    if tag in SKIP_TAGS:
        return False
    if el.get("hidden") is not None and (_streamed(el) or _holds_prose(el, HIDDEN_PROSE_CHARS)):
        return True
    if (el.get("role") or "").lower() in _DIALOG_ROLES or el.get("aria-modal") == "true":
        return False  # a dialog (a "republish this story" box) may hold a copy of the whole page
    if _collapsed(el) and _holds_prose(el):
        return True
    return _holds_share(el, HIDDEN_PAGE_SHARE, page_chars)


def _collapsed(el: etree._Element) -> bool:
    """A collapsed panel (see `collapsed_tokens` in `data/html_chrome.json`): hidden by style or by
    aria-hidden, as accordions close their panels, not by the `hidden` attribute (a product
    page's closed tabs of other variants use that)."""
    if el.get("hidden") is not None:
        return False
    parent = el.getparent()
    attrs = (
        f"{el.get('class') or ''} {el.get('id') or ''} {'' if parent is None else parent.get('class') or ''}".lower()
    )
    return not _chrome_rules().collapsed.isdisjoint(_class_tokens(attrs))


def _text_chars(el: etree._Element) -> int:
    """Characters of text below `el`, scripts and styles left out (whitespace runs count once)."""
    total = 0
    for sub in el.iter():
        if sub.text and sub.tag not in _CODE_TAGS:
            total += len(sub.text.strip())
        if sub.tail and sub is not el:
            total += len(sub.tail.strip())
    return total


_CODE_TAGS = frozenset({"script", "style", "template", "noscript"})


#: React's streamed server rendering sends each part of the page, once ready, in a `<div hidden
#: id="S:0">` that a script moves into place: the page's text, however short each part is.
_STREAMED_ID = regex.compile(r"S:[0-9a-z]+")


def _streamed(el: etree._Element) -> bool:
    """A hidden part of a streamed page, waiting for its script (see `_STREAMED_ID`)."""
    ident = el.get("id")
    return ident is not None and _STREAMED_ID.fullmatch(ident) is not None


def _hidden(el: etree._Element) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or el.get("aria-hidden") == "true" or "display:none" in style


def _label(el: etree._Element, tag: str) -> str:
    ident = el.get("id")
    cls = (el.get("class") or "").split()
    return tag + (f"#{ident}" if ident else "") + (f".{cls[0]}" if cls else "")
