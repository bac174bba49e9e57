"""HTML only: fit the main article to the element that holds it.

The text stages find the article from the lines alone; a page's tree knows more. The element
that holds most of the article's prose and little other prose is its container: paragraphs the
line stages kept outside it (a teaser summary, a newsletter blurb) are dropped, and paragraphs
inside it that were dropped only for their position (beyond a box of links, say) come back, and
so do its subheads and list items between its first and last paragraphs.
Lines dropped by a rule (UI phrases, repeats, headers) stay dropped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .classify import Label, Verdict
from .model import Removal
from .rules import Rule
from .segment import Draft, removal

__all__ = ["fit_to_container"]

OUTSIDE_CONTAINER = Rule("html-outside-container", "html", "", "outside the page element that holds the article's text")
MERGED_TITLE = Rule(
    "html-inner-heading", "html", "", "a heading inside the article's element, taken for a teaser's title"
)
#: The container holds at least this share of the article's prose words...
MIN_SHARE = 0.6
#: ... and is the element with the best (article words - EXTRA_COST x other prose words).
EXTRA_COST = 1.0
#: A marked article-text element (see `data/html_chrome.json`) is the container if it holds
#: this share of the article's words.
MARKED_SHARE = 0.3
#: When the article's prose inside a *marked* container is under this many words (a calendar,
#: a fixture list, a page of short entries: nothing for the line stages to find a run of text
#: in), every line of the container dropped for its position comes back, not only those between
#: its paragraphs.
THIN_WORDS = 60
#: A teaser split off inside the container is merged back when at most this share of its
#: text's words lies outside the container (see `_within`).
SPILL_SHARE = 0.1
#: More marked elements than this holding the article mark its paragraphs, not its body
#: (Medium marks every `<p>` as "post-body"): the container is the element around all of them.
MARKED_PARTS = 4
#: Rules whose lines may come back when they sit inside the container (dropped for position only).
POSITION_RULES = frozenset({"outside-article"})
#: Rules whose lines come back when they are cells of a table inside the container: a table's
#: dates and names are its data, not a teaser's header, and its repeated values (a column of
#: wins, "0" / "1") are no repeated listing lines on a page read as a listing, and its linked cells
#: (a list of laureates' names) are its data, not a menu: a table in the article's element is not
#: the site's navigation (measured: +0.0005 WCXB, Wikipedia's tables of names +0.51).
CELL_RULES = POSITION_RULES | {"time-ago", "outlet-header", "byline", "repeated-line", "html-links"}
#: Lines of the article that vote for its container.
COUNTED = frozenset({Label.CONTENT, Label.SHORT})


def fit_to_container(
    drafts: list[Draft],
    removed: list[Removal],
    verdicts: tuple[Verdict, ...],
    chains: list[tuple[int, ...]],
    marked: set[int] | frozenset[int] = frozenset(),
    data: set[int] | frozenset[int] = frozenset(),
    tables: set[int] | frozenset[int] = frozenset(),
) -> tuple[list[Draft], list[Removal]]:
    """The drafts with the main article fitted to its container, and the updated removals.
    Elements in `data` (tables, lists) are never the container: a page whose line stages took
    mostly its table for the article keeps the prose around the table. The cells of `tables`
    inside the container come back wherever they sit in it (see `CELL_RULES`)."""
    at = next((k for k, d in enumerate(drafts) if d.role == "main"), None)
    if at is None or len(chains) != len(verdicts):
        return drafts, removed
    main = drafts[at]
    nodes = _container(main, verdicts, chains, marked, data)
    if not nodes:
        return drafts, removed
    inside = [not nodes.isdisjoint(chains[v.line.number - 1]) for v in verdicts]
    dropped = {r.line for r in removed if r.rule in POSITION_RULES and r.line is not None}
    keep = [v for v in main.body if inside[v.line.number - 1]]
    thin = sum(v.line.n_words for v in keep if v.label is Label.CONTENT) < THIN_WORDS
    back = _returning(verdicts, keep, dropped, inside, whole=thin and nodes <= marked)
    back += _table_cells(removed, verdicts, chains, nodes, tables, {v.line.number for v in back})
    merged = [d for d in drafts if d is not main and _within(d, inside) and not _sourced_card(d)]
    # a "card" the line stages cut out of a table's rows (a date cell read as its time) is more rows
    rows = [
        d
        for d in drafts
        if tables and d is not main and not any(d is m for m in merged) and _all_cells(d, chains, nodes, tables)
    ]
    if not keep and not back:
        return drafts, removed
    back += [v for d in rows for v in _lines(d)]
    spill = [v for d in merged for v in d.body if not inside[v.line.number - 1]]  # (an author's bio after it)
    lines = {v.line.number: v for v in keep + back + [v for d in merged for v in d.body if inside[v.line.number - 1]]}
    body = tuple(lines[n] for n in sorted(lines))
    returned = {v.line.number for v in back} | {d.title.line.number for d in merged if d.title}
    out = [r for r in removed if r.line not in returned]
    out += [removal(v, OUTSIDE_CONTAINER) for v in [*main.body, *spill] if not inside[v.line.number - 1]]
    out += [removal(d.title, MERGED_TITLE) for d in merged if d.title]
    cells = frozenset(v.line.number for v in body if _in_table(chains[v.line.number - 1], nodes, tables))
    fitted = [
        replace(main, body=body, cells=cells) if d is main else d
        for d in drafts
        if not any(d is m for m in merged) and not any(d is r for r in rows)
    ]
    return fitted, out


def _returning(
    verdicts: tuple[Verdict, ...], keep: list[Verdict], dropped: set[int], inside: list[bool], whole: bool = False
) -> list[Verdict]:
    """Lines inside the container that the line stages dropped for their position only: its
    paragraphs, and its short lines (subheads, list items) between the first and last of its
    paragraphs (a related-looking heading or a run of list items broke the text's run), or
    anywhere in it when `whole` (a marked article body whose text is a list of short lines)."""
    back = [v for v in verdicts if v.label is Label.CONTENT and v.line.number in dropped and inside[v.line.number - 1]]
    text = [v.line.number for v in keep + back if v.label is Label.CONTENT]
    if not text:
        return back
    lo, hi = min(text), max(text)
    if whole:
        lo, hi = 0, len(verdicts)
    return back + [
        v for v in verdicts[lo:hi] if v.label is Label.SHORT and v.line.number in dropped and inside[v.line.number - 1]
    ]


def _table_cells(
    removed: list[Removal],
    verdicts: tuple[Verdict, ...],
    chains: list[tuple[int, ...]],
    nodes: set[int],
    tables: set[int] | frozenset[int],
    taken: set[int],
) -> list[Verdict]:
    """Lines of tables inside the container that were dropped for their position or read as
    header lines (a ranking's dates, a comparison's names; see `CELL_RULES`): a table in the
    article's element is part of the article, before, between or after its paragraphs."""
    if not tables:
        return []
    numbers = {r.line for r in removed if r.rule in CELL_RULES and r.line is not None} - taken
    return [verdicts[n - 1] for n in sorted(numbers) if _in_table(chains[n - 1], nodes, tables)]


def _lines(draft: Draft) -> list[Verdict]:
    return ([draft.title] if draft.title else []) + list(draft.meta) + list(draft.body)


def _all_cells(draft: Draft, chains: list[tuple[int, ...]], nodes: set[int], tables: set[int] | frozenset[int]) -> bool:
    """Every line of the draft (title, header, text) is a cell of a table inside the container."""
    return all(_in_table(chains[v.line.number - 1], nodes, tables) for v in _lines(draft))


def _in_table(chain: tuple[int, ...], nodes: set[int], tables: set[int] | frozenset[int]) -> bool:
    """The line sits in a table that lies inside the container (not in a layout table around it)."""
    at = next((k for k, node in enumerate(chain) if node in nodes), None)
    return at is not None and not tables.isdisjoint(chain[at + 1 :])


def _within(draft: Draft, inside: list[bool]) -> bool:
    """A teaser the line stages split off whose text lies inside the article's element (all
    but `SPILL_SHARE` of its words: a card that ran on past the article into the authors' bios
    is the article's text up to there): more of the article."""
    words = [(v.line.n_words, inside[v.line.number - 1]) for v in draft.body if v.label is Label.CONTENT]
    total = sum(n for n, _ in words)
    return total > 0 and sum(n for n, held in words if not held) <= SPILL_SHARE * total


def _sourced_card(draft: Draft) -> bool:
    """A teaser card under a catalogued outlet and a relative time ("Yomiuri Shimbun" / "an hour
    ago"): another story, even inside the article's element (a page whose classes name nothing,
    a utility-class or hashed-class layout, holds its related cards in the article's column). A
    split-off piece of the article itself has no such header: a forum post's "Author" / "Posted
    October 30", a spec's "1.32-inch AMOLED" / "20 hours" name no known outlet, and a live
    blog's entries have a time and a byline."""
    headers = [v.header for v in draft.meta if v.header is not None]
    return any(h.outlet and h.listed for h in headers) and any(h.time and h.time.delta is not None for h in headers)


def _common_ancestor(main: Draft, chains: list[tuple[int, ...]], held: set[int]) -> set[int]:
    """The deepest element around every line of the article that sits in a `held` element."""
    paths = [chains[v.line.number - 1] for v in main.body if not held.isdisjoint(chains[v.line.number - 1])]
    common = paths[0]
    for path in paths[1:]:
        k = 0
        while k < min(len(common), len(path)) and common[k] == path[k]:
            k += 1
        common = common[:k]
    return {common[-1]} if common else held


def _container(
    main: Draft,
    verdicts: tuple[Verdict, ...],
    chains: list[tuple[int, ...]],
    marked: set[int] | frozenset[int],
    data: set[int] | frozenset[int] = frozenset(),
) -> set[int]:
    """The page's marked article-text elements holding most of the article, if there are (a
    story may be cut into several, around ads); else the element with the best balance of the
    article's prose against other prose. Empty when the article has no prose."""
    mine: dict[int, int] = defaultdict(int)
    total = 0
    for v in main.body:
        if v.label in COUNTED:
            total += v.line.n_words
            for node in chains[v.line.number - 1]:
                mine[node] += v.line.n_words
    if not total:
        return set()
    held = {node for node in mine if node in marked}
    covered = sum(
        v.line.n_words for v in main.body if v.label in COUNTED and not held.isdisjoint(chains[v.line.number - 1])
    )
    if held and covered >= MARKED_SHARE * total:
        return held if len(held) <= MARKED_PARTS else _common_ancestor(main, chains, held)
    ids = {id(v) for v in main.body}
    other: dict[int, int] = defaultdict(int)
    for v in verdicts:
        if v.label is Label.CONTENT and id(v) not in ids:
            for node in chains[v.line.number - 1]:
                if node in mine:
                    other[node] += v.line.n_words
    best, best_score = None, float("-inf")
    for node, words in mine.items():  # ancestors come before descendants: ties go to the deeper
        score = words - EXTRA_COST * other[node]
        if words >= MIN_SHARE * total and score >= best_score and node not in data:
            best, best_score = node, score
    return set() if best is None else {best}
