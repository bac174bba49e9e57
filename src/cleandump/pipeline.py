"""`clean`, `clean_text`, `clean_html`: the staged pipeline glued together.

text → lines → features → classify (context-free) → revise (context) → segment → paragraphs
→ articles with metadata and hashes. HTML is first flattened to lines (`cleandump.html`), then
goes through the very same stages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin

from .classify import INFERRED_AUTHOR_RULES, Label, Verdict, classify, revise
from .config import Config
from .container import fit_to_container
from .decode import decode
from .features import document_stopwords, line_features, split_lines
from .hashing import hashes
from .headers import is_username, looks_like_name, parse_header
from .html import CAPTION_REASON, HtmlLines, Teaser, html_to_lines, looks_like_html
from .markdown import block_lines, looks_like_markdown, read_markdown
from .metadata import PageMeta, parse_iso_date
from .model import Article, CleanResult, Removal
from .paragraphs import AUTHOR_BIO, author_bios, clean_body, glued_headline
from .reading import ReadPage
from .rules import LEARNED_RULE, Rule, Rules
from .segment import Draft, opens_comments, removal, segment
from .slug import slug_title
from .text import normalize_line
from .textbrowser import looks_like_text_browser, read_text_browser, reference_lines
from .timeago import TimeInfo, parse_fetched_at, parse_time
from .wrapped import Reflowed, reflow

__all__ = ["clean", "clean_html", "clean_markdown", "clean_text", "default_rules"]


#: An HTML line of at most LINK_MAX_WORDS words with this share of its text in links is a link list.
LINK_RATIO = 0.7
LINK_MAX_WORDS = 25
#: ... unless, without them, the page has no main article of this many words: then its links are
#: its content (a listing, a catalogue, a feed of headlines) and the page is read with them.
LINKS_PAGE_WORDS = 100
TRAFILATURA_OUTSIDE = Rule("html-not-main", "html", "", "not in the main text trafilatura extracts from the page")
LINK_RULE = Rule("html-links", "html", "", "mostly link text: navigation or links to other pages")
CAPTION_RULE = Rule(
    "html-caption", "html", "", "a picture's caption (<figcaption>): it describes the picture, not the story"
)


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The built-in catalog, loaded once (it is immutable, so sharing it is safe)."""
    return Rules.default()


def clean(
    data: str | bytes,
    *,
    kind: str = "auto",
    url: str | None = None,
    fetched_at: datetime | str | None = None,
    rules: Rules | None = None,
    config: Config | None = None,
    title: str | None = None,
) -> CleanResult:
    """Clean one page (a text dump or HTML) into its main and related articles.

    Args:
        data: str or bytes (bytes are decoded, sniffing the charset; bad bytes never crash).
        kind: "auto" (HTML if it looks like HTML), "text" (a dump; read as markdown or as a text
            browser's dump when it looks like one, wrapped lines joined), "markdown" (always read as
            markdown) or "html".
        url: the page's address, copied to the main article.
        fetched_at: when the page was fetched (datetime or ISO-8601); makes `published` absolute.
        rules: a rule catalog (default: `Rules.default()`), e.g. extended with learned rules.
        config: thresholds (default: `Config()`).
        title: the page's title when the caller knows it; helps find the headline.

    Raises:
        ValueError: bad `kind` or `fetched_at`; `InputError` (a ValueError) for binary input.
    """
    if kind not in ("auto", "text", "markdown", "html"):
        raise ValueError(f"kind must be 'auto', 'text', 'markdown' or 'html', not {kind!r}")
    text = decode(data)
    if kind == "markdown":
        return clean_markdown(text, url=url, fetched_at=fetched_at, rules=rules, config=config, title=title)
    if kind == "html" or (kind == "auto" and looks_like_html(text)):
        return clean_html(text, url=url, fetched_at=fetched_at, rules=rules, config=config, title=title)
    return clean_text(text, url=url, fetched_at=fetched_at, rules=rules, config=config, title=title)


def clean_text(
    text: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | str | None = None,
    rules: Rules | None = None,
    config: Config | None = None,
    title: str | None = None,
) -> CleanResult:
    """Clean a plain-text dump; `Article.lines` and `Removal.line` refer to its lines. A dump that
    looks like a text browser's (`textbrowser`) or like markdown (`markdown`) is read without its
    marks; a hard-wrapped one has its lines joined (`wrapped`). Without a `title`, a line that the
    `url`'s last path segment spells is taken for the page's title (`slug`)."""
    raw = split_lines(decode(text))
    return _clean_read(raw, _reader_for(raw) or PLAIN, url, fetched_at, rules, config, title)


@dataclass(frozen=True, slots=True)
class _Reader:
    """A dump format with marks of its own: how to tell it, which lines are never joined to
    another when it is hard-wrapped, and how to read its lines (`cleandump.reading`)."""

    looks: Callable[[list[str]], bool]
    blocks: Callable[[list[str]], set[int]]
    read: Callable[[list[str]], ReadPage]


PLAIN = _Reader(lambda raw: True, lambda raw: set(), ReadPage)  # a dump without marks: its lines as they are
MARKDOWN = _Reader(looks_like_markdown, block_lines, read_markdown)
TEXT_BROWSER = _Reader(looks_like_text_browser, reference_lines, read_text_browser)
#: Tried in this order: a text browser's address list is the more specific sign.
READERS = (TEXT_BROWSER, MARKDOWN)


def _reader_for(raw: list[str]) -> _Reader | None:
    return next((r for r in READERS if r.looks(raw)), None)


def reader_lines(raw: list[str]) -> list[str]:
    """A dump's lines as the text stages read them: without a format's marks (markdown, a text
    browser's), hard-wrapped lines joined into their paragraphs (what `learn` counts, so its
    rules match)."""
    reader = _reader_for(raw) or PLAIN
    flow = reflow(raw, keep=reader.blocks(raw))
    return reader.read(flow.lines if flow else raw).lines


def clean_markdown(
    text: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | str | None = None,
    rules: Rules | None = None,
    config: Config | None = None,
    title: str | None = None,
) -> CleanResult:
    """Clean a markdown dump (Jina Reader, Firecrawl, html2text...): each line is read as its text
    (`cleandump.markdown`), then the text stages run. Paragraphs and titles are plain text; a
    whole-line removal shows the input line as written, a part of a line is a span of its text; a
    related article whose title line is one link gets that link as its `url`."""
    return _clean_read(split_lines(decode(text)), MARKDOWN, url, fetched_at, rules, config, title)


def _clean_read(
    raw: list[str],
    reader: _Reader,
    url: str | None,
    fetched_at: datetime | str | None,
    rules: Rules | None,
    config: Config | None,
    title: str | None,
) -> CleanResult:
    """Read a dump (`_Reader`), joining wrapped lines first (html2text wraps its markdown at 78
    characters, links too; lynx at 79), then run the text stages and map back to input lines."""
    flow = reflow(raw, keep=reader.blocks(raw))
    page = reader.read(flow.lines if flow else raw)
    config = config or Config()
    active = rules or default_rules()
    verdicts, english = _label(page.lines, active, config)
    base = url or page.url
    when = parse_fetched_at(fetched_at)
    known = title or page.title or slug_title(base, page.lines, [v.line.norm for v in verdicts])
    result, _ = _assemble(
        verdicts, english, None, base, when, config, known, page.forced, dump=True, learned=active.learned_keys
    )
    links = page.links
    if flow is not None:
        result = _unflow(result, raw, flow)
        links = {flow.spans[k][0]: href for k, href in links.items()}  # by the first input line
    return _read_positions(result, raw, links, page.published, base)


def _read_positions(
    result: CleanResult, raw: list[str], links: dict[int, str], published: datetime | None, base: str | None
) -> CleanResult:
    """Whole-line removals show the input line; a related article whose title line is a link
    points at it; the preamble's time dates a main article that has none of its own."""
    removed = tuple(
        replace(r, text=shown) if r.span is None and r.line and r.text != (shown := raw[r.line - 1].strip()) else r
        for r in result.removed
    )  # a plain dump's removals already show their line: only a reader's rewritten lines are copied

    main = result.main
    if main is not None and main.published is None and published is not None:
        main = replace(main, published=published)
    return replace(result, main=main, related=_linked(result.related, links, base), removed=removed)


def _linked(related: tuple[Article, ...], links: dict[int, str], base: str | None) -> tuple[Article, ...]:
    """Related articles whose title line is one link (`links`: its target by 0-based line) point
    at it, resolved against the page's url."""

    def linked(a: Article) -> Article:
        href = links.get(a.lines[0] - 1) if a.title and a.lines else None  # the title is its first line
        return replace(a, url=urljoin(base or "", href)) if href and not a.url else a

    return tuple(map(linked, related))


def _unflow(result: CleanResult, raw: list[str], flow: Reflowed) -> CleanResult:
    """Back from joined lines to input lines: an article holds every input line of its joined
    ones, a whole-line removal becomes one per input line (with that line's text), a part of a
    line keeps its span in the joined line's text and names its first input line."""
    spans = flow.spans

    def numbers(n: int) -> range:
        start, end = spans[n - 1]
        return range(start + 1, end + 1)

    def lines(a: Article) -> Article:
        return replace(a, lines=tuple(p for n in a.lines for p in numbers(n)))

    removed: list[Removal] = []
    for r in result.removed:
        if r.line is None:
            removed.append(r)
        elif r.span is None:
            removed += [replace(r, line=p, text=raw[p - 1].strip()) for p in numbers(r.line)]
        else:
            removed.append(replace(r, line=spans[r.line - 1][0] + 1))
    main = lines(result.main) if result.main is not None else None
    return replace(result, main=main, related=tuple(map(lines, result.related)), removed=tuple(removed))


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | str | None = None,
    rules: Rules | None = None,
    config: Config | None = None,
    title: str | None = None,
) -> CleanResult:
    """Clean an HTML page: block elements become lines, then the text pipeline runs.

    Site furniture (`<nav>`, `<footer>`, ARIA roles, class/id words — see `data/html_chrome.json`)
    is removed first with rule `html-chrome`, pictures' captions (`<figcaption>`) with
    `html-caption`. Title, author, publish date, site name and canonical url come from the page's
    metadata (JSON-LD, OpenGraph, `<time>`) where it has them. Removals carry `line=None` and the
    `path` of the removed element.
    """
    text = decode(html)
    active = rules or default_rules()
    page = _with_header_pieces(html_to_lines(text, active.is_section_heading), active)
    forced = {i: _chrome_rule(why) for i, why in enumerate(page.chrome) if why}
    # (marked on article pages only: a thread's posts, a question's answers are the page's text)
    comments = {i: COMMENT_RULE for i, inside in enumerate(page.comment) if inside and i not in forced}
    links = {
        i: LINK_RULE
        for i, ratio in enumerate(page.link_ratio)
        if i not in forced
        and ratio >= LINK_RATIO
        and len(page.lines[i].split()) <= LINK_MAX_WORDS
        and not _card_title(page, i)
        and not _byline_link(page, i)
    }
    config = config or Config()
    if config.html_main == "trafilatura":
        forced.update(_outside_trafilatura(text, page.lines, forced | links))
    elif config.html_main != "native":
        raise ValueError(f"Config.html_main must be 'native' or 'trafilatura', not {config.html_main!r}")
    meta = page.meta
    when = parse_fetched_at(fetched_at)
    verdicts, english = _label(page.lines, active, config)  # what `forced` says is applied after
    known = title or meta.title or slug_title(url or meta.url, page.lines, [v.line.norm for v in verdicts])

    def run(removed: dict[int, Rule], tables: set[int]) -> tuple[CleanResult, bool]:
        return _assemble(
            verdicts,
            english,
            page.paths,
            url or meta.url,
            when,
            config,
            known,
            removed,
            page.chains if config.html_container else None,
            page.marked,
            page.data,
            tables,
            intro_records=meta.kind != "article" and not page.marked,
            learned=active.learned_keys,
            hrefs=page.hrefs,
        )

    result, listing = run(forced | links | comments, page.tables)
    if comments and (result.main is None or len(result.main.text.split()) < COMMENTS_FALLBACK_WORDS):
        result, listing = run(forced | links, page.tables)  # the "comments" held the page's text after all
    else:
        forced = forced | comments  # (the runs below keep them out too)
    if links and (result.main is None or len(result.main.text.split()) < LINKS_PAGE_WORDS):
        # no article without the link lines: a page made of links (a listing); its tables'
        # cells are not brought back as the article's (they would be its links, unchecked)
        result = run(forced, set())[0]
    elif links and listing:
        # a page of records whose fields are links (a paper's authors, a product's name):
        # read again with them, or the records' run breaks at every one of them
        result = run(forced, page.tables)[0]
    base = url or meta.url or ""
    learned = active.learned_keys  # a link the site prints on every page is no story of its own
    teasers = tuple(
        _teaser_article(t, base, active, when) for t in page.teasers if normalize_line(t.title) not in learned
    )
    result = replace(result, related=result.related + teasers)
    if result.main is None:
        return _main_from_page_data(result, meta, title)
    main = replace(  # what the page says about itself beats what its text suggests
        result.main,
        title=title or meta.title or result.main.title,
        author=meta.author or result.main.author,
        published=meta.published or result.main.published,
        outlet=meta.site or result.main.outlet,
    )
    return replace(result, main=main)


def _with_header_pieces(page: HtmlLines, rules: Rules) -> HtmlLines:
    """Lines whose elements' texts are the parts of a header that the line's text runs together
    ("Der Spiegel vor 3 Stunden" of two `<span>`s, "Die Zeitvor 2 Stunden" without a space):
    the parts with a separator between them, so that the header is read as the outlet and time
    it is. Only where the parts make a header with a time and a catalogued outlet, and the line
    alone makes none: a drop cap or a styled word in a sentence stays as it was, and so does a
    forum post's "Ram" / "3/17/2021" or a feed's "David Pierce" / "Mar 6" (read as headers,
    they cut a thread or a feed into cards: WCXB HTML −0.5 page-F1 over 13 pages)."""
    lines = page.lines
    for i, pieces in page.pieces.items():
        line = lines[i]
        if not all(p[:1].isalnum() for p in pieces) or parse_header(line, normalize_line(line), rules) is not None:
            continue  # ("ABC News" / ". 15 November 2019.": a source list's entry, punctuated)
        joined = " · ".join(pieces)
        header = parse_header(joined, normalize_line(joined), rules)
        if (
            header is not None
            and header.time is not None
            and header.outlet
            and rules.is_outlet(normalize_line(header.outlet))
        ):
            lines = lines if lines is not page.lines else list(lines)
            lines[i] = joined
    return page if lines is page.lines else replace(page, lines=lines)


COMMENT_RULE = Rule(
    "html-comment", "html", "", "inside a reader's comment (class/id) on a page that declares itself an article"
)
#: Without readers' comments, an article page must keep a main text of this many words; with
#: less, the elements named as comments held its text (a link aggregator's discussion) and the
#: page is read again with them.
COMMENTS_FALLBACK_WORDS = 50


#: The JSON-LD body becomes the main article only with at least this many words.
LD_MIN_WORDS = 30


def _main_from_page_data(result: CleanResult, meta: PageMeta, title: str | None) -> CleanResult:
    """A page whose visible text yields no article at all (its text rendered by a script from
    data in the page) gets the article its JSON-LD states (`articleBody`, else `description`),
    else the description of its meta tags (a forum's first post, by a script-rendered forum);
    `extra["main_source"]` says which ("json-ld", "meta-description"). Nothing else changes: a
    page with related articles keeps them and no main."""
    body, source = (meta.body, "json-ld") if meta.body else (meta.description, "meta-description")
    if result.related or not body or len(body.split()) < LD_MIN_WORDS:
        return result
    paragraphs = tuple(p for p in (" ".join(part.split()) for part in body.splitlines()) if p)
    text = "\n\n".join(paragraphs)
    main = Article(
        role="main",
        title=title or meta.title,
        paragraphs=paragraphs,
        outlet=meta.site,
        published=meta.published,
        url=meta.url,
        hashes=hashes(text),
        author=meta.author,
    )
    return replace(result, main=main, extra={**result.extra, "main_source": source})


def _chrome_rule(why: str) -> Rule:
    """The rule for a line inside an element `html` marked (furniture, or a picture's caption)."""
    return CAPTION_RULE if why == CAPTION_REASON else Rule("html-chrome", "html", "", f"inside {why}: site furniture")


def _outside_trafilatura(html: str, lines: list[str], forced: dict[int, Rule]) -> dict[int, Rule]:
    """Lines trafilatura leaves out of the main text (it decides; the pipeline still audits)."""
    import trafilatura

    extracted = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    keys = [normalize_line(ln) for ln in extracted.splitlines() if ln.strip()]
    whole, exact = " ".join(keys), set(keys)
    out: dict[int, Rule] = {}
    for i, line in enumerate(lines):
        key = normalize_line(line)
        if i not in forced and key not in exact and not (len(key) > 20 and key in whole):
            out[i] = TRAFILATURA_OUTSIDE
    return out


#: A linked line of this many words or more over an unlinked line of `CARD_TEXT_WORDS` or more is
#: a card's title over its summary (a blog's or a newsroom's feed), not a list of links.
CARD_TITLE_WORDS = 4
CARD_TEXT_WORDS = 12
#: ... a summary with less than this share of its text in links.
CARD_TEXT_LINKS = 0.3


def _card_title(page: HtmlLines, i: int) -> bool:
    """Line `i` is a linked headline over a summary of its own: the segmentation reads it as a
    teaser's title, as it does in a dump (removed as a link, the feed's cards lost their titles)."""
    if len(page.lines[i].split()) < CARD_TITLE_WORDS:
        return False
    nxt = _next_line(page, i, 3)
    return (
        nxt is not None and page.link_ratio[nxt] < CARD_TEXT_LINKS and len(page.lines[nxt].split()) >= CARD_TEXT_WORDS
    )


def _byline_link(page: HtmlLines, i: int) -> bool:
    """Line `i` is the author's name as a link right over the article's date (Substack's byline:
    `<a>Maria Lopez</a>` / `<div>Nov 27, 2026</div>`): the header's author, not a link to drop."""
    if page.meta.kind != "article" or len(page.lines[i].split()) < 2 or not looks_like_name(page.lines[i], max_words=3):
        return False
    nxt = _next_line(page, i, 2)
    return nxt is not None and (stamp := parse_time(page.lines[nxt])) is not None and stamp.date is not None


def _next_line(page: HtmlLines, i: int, reach: int) -> int | None:
    """The first line with text among the `reach` lines after line `i`."""
    return next((k for k in range(i + 1, min(i + 1 + reach, len(page.lines))) if page.lines[k].strip()), None)


def _label(raw: list[str], rules: Rules, config: Config) -> tuple[tuple[Verdict, ...], bool]:
    """Stages 1-3: every line's verdict, and whether the text is English (subhead splitting)."""
    stop = document_stopwords(raw, rules)
    english = any(name == "english" and words is stop for name, words in rules.stoplists)
    return revise(classify(line_features(raw, rules, stop), rules, config, stop), config, rules), english


def _assemble(
    verdicts: tuple[Verdict, ...],
    english: bool,
    paths: list[str] | None,
    url: str | None,
    fetched: datetime | None,
    config: Config,
    title: str | None = None,
    forced: dict[int, Rule] | None = None,
    chains: list[tuple[int, ...]] | None = None,
    marked: set[int] | None = None,
    data: set[int] | None = None,
    tables: set[int] | None = None,
    *,
    dump: bool = False,
    intro_records: bool = False,
    learned: frozenset[str] = frozenset(),
    hrefs: dict[int, str] | None = None,
) -> tuple[CleanResult, bool]:
    """Stages 4-5 on labelled lines: `forced` lines (HTML furniture) become UI first, then the
    lines are cut into articles, fitted to their container (HTML) and cleaned; the site's
    `learned` lines are then taken out of the articles' text (`_without_learned`); a related
    article whose title line is all one link (`hrefs`, HTML) points at it. Also says whether the
    main text is a listing's run of records rather than an article."""
    if forced:
        verdicts = tuple(
            v.relabel(Label.UI, forced[i]) if i in forced and not opens_comments(v) else v
            for i, v in enumerate(verdicts)
        )  # a comments opener inside page furniture still tells where the article ends
    drafts, removed = segment(verdicts, title, islands=dump, intro_records=intro_records)
    listing = any(d.listing for d in drafts)
    if chains:
        drafts, removed = fit_to_container(
            drafts, removed, verdicts, chains, marked or set(), data or set(), tables or set()
        )
    if learned:
        drafts, cut = _without_learned(drafts, learned)
        removed = [_as_learned(r, verdicts, learned) for r in removed] + cut
    articles: list[Article] = []
    for draft in drafts:
        article, cuts = _article(draft, fetched, config, subheads=english)
        removed.extend(cuts)
        if article is not None:
            articles.append(article if article.role != "main" or url is None else _with_url(article, url))
    removed.sort(key=lambda r: (r.line or 0, r.span or (0, 0)))
    main = next((a for a in articles if a.role == "main"), None)
    related = tuple(a for a in articles if a.role != "main")
    if hrefs:
        related = _linked(related, hrefs, url)
    if paths is not None:
        main, related, removed = _html_positions(main, related, removed, paths)
    return CleanResult(main=main, related=related, removed=tuple(removed)), listing


#: Removals that say only "not article text" (interface words, outside any article): a line
#: the site's learned rules name is reported with the learned rule instead, which says more.
LEARNED_OVER = frozenset({"ui-phrase", "ui-generic", "outside-article"})


def _without_learned(drafts: list[Draft], learned: frozenset[str]) -> tuple[list[Draft], list[Removal]]:
    """The articles without the text lines (title or body) that the site's learned rules name.

    Applied after segmentation, never before: a learned line never changes where an article
    begins or ends, and a header line is never lost to one. What recurs in every dump of a site
    includes its cards' outlet and "an hour ago", and the section heading over them; read as
    interface text, they would break every card (on the dev pages' sites, learning before
    segmentation cost 2.3 points of F1 where this gains 0.3)."""
    out: list[Draft] = []
    removed: list[Removal] = []
    for draft in drafts:
        gone = [v for v in (draft.title, *draft.body) if v is not None and v.line.norm in learned]
        if gone:
            removed += [removal(v, LEARNED_RULE) for v in gone]
            title = None if draft.title is gone[0] else draft.title  # (the title comes first)
            draft = replace(draft, title=title, body=tuple(v for v in draft.body if v.line.norm not in learned))
        out.append(draft)
    return out, removed


def _as_learned(r: Removal, verdicts: tuple[Verdict, ...], learned: frozenset[str]) -> Removal:
    """A whole-line removal that only says "not article text", of a learned line: the learned rule."""
    if r.span is not None or r.line is None or r.rule not in LEARNED_OVER:
        return r
    if verdicts[r.line - 1].line.norm not in learned:
        return r
    return replace(r, rule=LEARNED_RULE.id, reason=LEARNED_RULE.reason)


def _article(
    draft: Draft, fetched: datetime | None, config: Config, *, subheads: bool = True
) -> tuple[Article | None, list[Removal]]:
    paragraphs, removed = clean_body(draft.title, draft.body, config, subheads=subheads, cells=draft.cells)
    if not paragraphs and (draft.role == "main" or draft.title is None or draft.body):
        # only a teaser card that never had text stands on its title alone; a title left without
        # its text (every line of it learned, say) is accounted for as outside any article
        return None, removed + ([removal(draft.title)] if draft.title is not None else [])
    outlet = next((m.header.outlet for m in draft.meta if m.header and m.header.outlet), None)
    time = next((m.header.time for m in draft.meta if m.header and m.header.time), None)
    authors = [(m.rule in INFERRED_AUTHOR_RULES, m.header.author) for m in draft.meta if m.header and m.header.author]
    author = min(authors, key=lambda a: a[0])[1] if authors else None  # a byline's name before an inferred one
    if draft.role == "main" and (bios := author_bios(paragraphs, draft.body, author)):
        removed += [
            Removal(line=p.line, text=p.text, rule=AUTHOR_BIO[0], reason=AUTHOR_BIO[1])
            for p in (paragraphs[k] for k in sorted(bios))
        ]
        paragraphs = [p for k, p in enumerate(paragraphs) if k not in bios]
    numbers = {p.line for p in paragraphs} | ({draft.title.line.number} if draft.title else set())
    title = draft.title.line.text if draft.title else None
    texts = [p.text for p in paragraphs]
    if title is None and draft.role == "related" and texts and (glued := glued_headline(texts[0])):
        title, texts[0] = glued  # a river's card: "Headline  —  Summary ..." on one line
    if title is not None and author is None and is_username(title):
        author, title = title, None  # "u/jane_doe" over a comment: who wrote it
    text = "\n\n".join(texts)
    return Article(
        role=draft.role,
        title=title,
        paragraphs=tuple(texts),
        outlet=outlet,
        time_ago=time.text if time else None,
        published=time.published(fetched) if time else None,
        lines=tuple(sorted(numbers)),
        hashes=hashes(text or title or ""),  # a card without text is known by its title, as in HTML
        author=author,
    ), removed


def _with_url(article: Article, url: str) -> Article:
    return replace(article, url=url)


def _html_positions(
    main: Article | None, related: tuple[Article, ...], removed: list[Removal], paths: list[str]
) -> tuple[Article | None, tuple[Article, ...], list[Removal]]:
    """HTML has no input lines: articles drop `lines`, removals get the element path instead."""

    def strip(a: Article | None) -> Article | None:
        return replace(a, lines=()) if a else None

    fixed = [replace(r, line=None, path=paths[r.line - 1] if r.line else None) for r in removed]
    return strip(main), tuple(a for a in map(strip, related) if a), fixed


#: A text in a teaser card with this many words is the teaser's summary paragraph.
TEASER_SUMMARY_WORDS = 8


def _teaser_article(teaser: Teaser, base: str, rules: Rules, fetched_at: datetime | None) -> Article:
    """A related article from a teaser link and the texts of its card (outlet, time, summary)."""
    outlet: str | None = None
    time: TimeInfo | None = None
    summary: list[str] = []
    for piece in teaser.extras:
        header = parse_header(piece, normalize_line(piece), rules)
        if header is not None and (header.known or header.outlet):
            time = time or header.time
            outlet = outlet or header.outlet
        elif outlet is None and looks_like_name(piece, max_words=4) and not summary:
            outlet = piece
        elif len(piece.split()) >= TEASER_SUMMARY_WORDS and piece not in summary:
            summary.append(piece)
    published = parse_iso_date(teaser.datetime) or (time.published(fetched_at) if time else None)
    paragraphs = tuple(summary)
    return Article(
        role="related",
        title=teaser.title,
        paragraphs=paragraphs,
        outlet=outlet,
        time_ago=time.text if time else None,
        published=published,
        url=urljoin(base, teaser.url or "") or None,
        hashes=hashes("\n\n".join(paragraphs) or teaser.title),  # the title when no summary
    )
