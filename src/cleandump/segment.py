"""Stage 4: cut the labelled lines into the main article and related (teaser) articles.

A dump is a sequence of *units*. A new unit starts at a section heading ("Related Articles") and
at a teaser header (outlet / time-ago lines) that follows text. Units started by a teaser header,
and small units inside a related section, are related articles. The main article is the other
unit with the best *core* — the densest run of text (maximum-sum run of line scores: prose counts
by its words, furniture costs a little), trimmed to that run plus the headline just above it.
Short lines between paragraphs (headings, list items) are kept; an in-text "Related" box does not
cut the article. A run of similar headed units (a forum thread, a feed) has no main article, nor
has a page whose best prose is a small share of its text; such a page without teasers falls back
to its densest run of items (a listing's records, each distinct line once). Every line that ends
up in no article is reported with the rule that dropped it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

import regex

from .classify import DATED_RULE, Label, Verdict, as_byline, as_outlet, dashed_credit, timed, worded
from .headers import OUTLET_WORDS, authors_pair, credit, dated_header, looks_like_name, name_and_role
from .model import Removal
from .rules import Rule
from .text import data_words, normalize_line
from .timeago import TimeInfo

__all__ = ["Draft", "opens_comments", "removal", "segment"]

OUTSIDE = Rule("outside-article", "position", "", "short line outside any article's text (navigation or furniture)")
REPEATED_TITLE = Rule("repeated-line", "repeat", "", "the headline printed twice; the first copy is kept as the title")
REPEATED_ITEM = Rule("repeated-line", "repeat", "", "this line repeats an earlier line of the same listing")
STRAY_TEXT = Rule("outside-article", "position", "", "text outside the main article and its related blocks")

_DATA_CHARS = regex.compile(r"[\d,:$%]")
#: A unit after a related-block heading is a teaser only if it is this small (content lines/words);
#: a larger one can still be the main article (full-page dumps have "Trending" boxes on top).
TEASER_MAX_LINES = 3
TEASER_MAX_WORDS = 150
#: A page without prose is a listing if its densest run of items scores this and has this many.
LISTING_MIN_SCORE = 6.0
LISTING_MIN_ITEMS = 5
#: A page whose best run of prose holds less than this share of its text (words of its distinct
#: text and short lines) has no main article: it is a listing, a catalogue or a feed.
NO_MAIN_SHARE = 0.1
#: ... or less than this (about that many words of prose: a notice, not an article).
NO_MAIN_MIN_PROSE = 15.0
#: ... and its content is its records unless its teasers' text reaches this share of their score.
TEASERS_OVER_RECORDS = 0.5
#: Template lines of a listing's records recur within this many lines.
RECORD_GAP = 30
#: A new short line this close to a template line is one of the record's fields.
FIELD_REACH = 3
#: ... and it wins over the best run of prose only with this many times its score.
LISTING_OVER_PROSE = 3.0
#: Teaser records closing a run: a kicker line repeated this often, this close (lines), around
#: summaries shorter than this (words).
RECORDS_MIN = 3
RECORD_SPAN = 6
RECORD_TEXT_WORDS = 40
#: An in-text "Related" box holds at most this many links.
INLINE_BOX_LINKS = 6
#: ... or up to this many when a third of them read as headlines (links to stories, not a menu).
INLINE_BOX_MAX_LINKS = 15
BIG_BOX_HEADLINES = 3
BOX_HEADLINE_WORDS = 4
#: ... and the article's text resumes after it: two paragraphs, or one of this many words.
RESUME_WORDS = 40
#: A short line of this many words reads as a story's headline: after a box whose links read so,
#: a short paragraph, a short line this long and a lone short paragraph are two cards' titles
#: and summaries, not the article resuming under a subhead ("1-click payroll compliance" / its
#: paragraph / "All-in-one HRIS" / ...: a service page's features, which stay).
TEASER_TITLE_WORDS = 5
#: Link lines above the label of a box inside the text ("Read more" under its story's headline).
LABELLED_BOX_LINKS = 3
INLINE_BOX = Rule("inline-related", "position", "", "link to another story in a box set inside the article text")
#: Rules whose lines end an article's text (the core never runs across them), and their cost.
BARRIER_RULES = frozenset({"comments-section", "comments-thread", "comment-header"})
#: ... of which these surely open readers' comments (a "Comments" link may sit under a headline,
#: "Add a comment" under each answer of a Q&A page): the article is looked for before them.
COMMENTS_RULES = frozenset({"comments-thread", "comment-header"})
COMMENTS_SECTION = "comments-section"
BARRIER = 60.0
#: A comments opener ends the article only after this much prose (score of the run before it).
COMMENTS_AFTER_TEXT = 40.0
# The page's footer ends in a copyright line after a run of links: at least FOOTER_LINKS of the
# FOOTER_REACH lines before it are not text.
FOOTER_RULES = frozenset({"copyright-line"})
_NOTICE = regex.compile(
    r"\b(?:19|20)\d\d\b|rights reserved|copyright\s*(?:©|\(c\))", regex.IGNORECASE
)  # a notice, not a heading
FOOTER_REACH = 6
FOOTER_LINKS = 5
#: A run of this many one-line titles of up to `QUESTION_TITLE_WORDS` words, half of them
#: questions, is a list of links to other pages (`_with_question_lists`).
QUESTION_LIST_LINES = 6
QUESTION_TITLE_WORDS = 25
#: Weight of a header-opened unit's core when choosing the main article.
HEADED_UNIT_WEIGHT = 0.5
#: ... and is not main when more than HEADED_PEER_COUNT headed units have 1/HEADED_PEERS of its core.
HEADED_PEERS = 3.0
HEADED_PEER_COUNT = 2
#: ... nor when this many headed units with text come both before and after it (a feed's item).
FEED_SIDE_PEERS = 3
#: ... nor when this many come before it (the last post of a thread, with the footer's text).
FEED_TAIL_PEERS = 6
#: ... nor when this many headed units (it among them) follow the same `POST_END_LINES` lines of
#: interface text: a thread's posts, each ending in its buttons ("Share", "Reply").
THREAD_POSTS = 3
#: A live page has at least this many entries under time stamps (`_live_entries`)...
LIVE_ENTRIES = 3
#: ... of this many words each on average, unless one has two paragraphs or more (a listing's
#: cards have a line of summary each).
LIVE_ENTRY_WORDS = 30
POST_END_LINES = 2
#: A post's template lines are looked for among the last this many lines of its unit (`_replies`).
POST_TAIL_LINES = 4
#: ... and needs a core of at least this score (about that many words of prose).
HEADED_MIN_CORE = 80.0
#: A unit opening with the page's title and a core of `HEADED_MIN_CORE` counts this much more
#: (a ticker of other stories' leads above the article may hold more text).
TITLED_UNIT_WEIGHT = 2.0
#: A unit whose first this many lines hold the page's title is the page's own article.
TITLE_LOOKAHEAD = 3
#: A text line opening the core without closing punctuation, up to this long, is its headline.
HEADLINE_MAX_WORDS = 25
# A teaser card's title has at least this many words (see `_cards`).
CARD_TITLE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Draft:
    """An article before paragraph clean-up: its title line, body lines and header lines."""

    role: str  # "main" | "related"; "reply" only inside `segment` (folded into main, `_with_replies`)
    title: Verdict | None
    body: tuple[Verdict, ...]
    meta: tuple[Verdict, ...]
    #: line numbers of table cells (HTML): a value repeated down a column is not a repeated line
    cells: frozenset[int] = frozenset()
    #: the main text of a page that reads as a listing (`_page_kind`): its densest run of
    #: records, or the text the article stages found when that run is too short
    listing: bool = False


@dataclass(slots=True)
class _Unit:
    """Lines of one unit; `add` and `remove` keep its count of text words up to date (asked
    for at every header line while units are cut, so not recounted each time)."""

    verdicts: list[Verdict] = field(default_factory=list)
    after_heading: bool = False
    after_header: bool = False
    words: int = 0
    cached_core: tuple[int, int, float] | None = None
    islands: bool = False  # `_core(islands=...)`: set for a text dump's units by `segment`

    def __post_init__(self) -> None:
        self.words = sum(v.line.n_words for v in self.verdicts if v.label is Label.CONTENT)

    def add(self, v: Verdict) -> None:
        self.verdicts.append(v)
        self.cached_core = None
        if v.label is Label.CONTENT:
            self.words += v.line.n_words

    def remove(self, v: Verdict) -> None:
        self.verdicts.remove(v)
        self.cached_core = None
        if v.label is Label.CONTENT:
            self.words -= v.line.n_words

    def content_words(self) -> int:
        return self.words

    def core(self) -> tuple[int, int, float]:
        """`_core` of the unit's non-blank lines (asked by `_main_unit`, then again for the main
        unit by `_main_draft`: remembered until a line is added or removed)."""
        if self.cached_core is None:
            self.cached_core = _core(_non_blank(self.verdicts), islands=self.islands)
        return self.cached_core

    def is_teaser(self) -> bool:
        """Started by a teaser header, or inside a related section and small or headed."""
        return self.headed() or (self.after_heading and self.small())

    def headed(self) -> bool:
        """Opened by a teaser header (after text, or at the top of a related section)."""
        return self.after_header or (self.after_heading and self.opens_with_header())

    def first_of_feed(self) -> bool:
        """On a page with no main article, a unit with a header of its own and text is one more
        teaser (the first of a feed has no text before its header, so it did not open a unit)."""
        return any(v.label is Label.META for v in self.verdicts) and self.content_words() > 0

    def opens_comments(self) -> bool:
        """Readers' comments begin inside this unit, after its text (see `_comments_start`)."""
        lines = _non_blank(self.verdicts)
        return _comments_start(lines) < len(lines)

    def small(self) -> bool:
        content = [v for v in self.verdicts if v.label is Label.CONTENT]
        return len(content) <= TEASER_MAX_LINES and sum(v.line.n_words for v in content) <= TEASER_MAX_WORDS

    def opens_with_header(self) -> bool:
        """An outlet or time line first, or right after a title, before any text."""
        for v in [v for v in self.verdicts if v.label is not Label.BLANK][:2]:
            if v.label is Label.CONTENT:
                return False
            if v.label is Label.META:
                return True
        return False


def segment(
    verdicts: tuple[Verdict, ...], title: str | None = None, *, islands: bool = False, intro_records: bool = False
) -> tuple[list[Draft], list[Removal]]:
    """Drafts of every article in reading order (main first if any), and removed lines.
    `islands`: the lines are a text dump's, whose short sentences between furniture lines do not
    count towards an article's core (`_with_islands`). `intro_records`: records that follow the
    prose and weigh enough beside it make the page a collection (`_intro_and_records`; HTML
    pages that do not declare or mark themselves articles)."""
    units, headings = _units(verdicts, title)
    for unit in units:
        unit.islands = islands
    main_idx, prose = _main_unit(units, title)
    kind, run = _page_kind(verdicts, units, prose, intro_records=intro_records)
    if kind == "listing" and run is not None and (listed := _listing(verdicts, run))[0]:
        return listed
    if kind == "feed":
        main_idx = None
    drafts: list[Draft] = []
    removed: list[Removal] = [removal(v) for v in headings]
    replies = _replies(units, main_idx) if kind == "article" else set()
    if not replies and (entries := _live_entries(units)) and main_idx in (None, entries[0] - 1):
        main_idx, replies = entries[0] - 1, set(entries)
    for i, unit in enumerate(units):
        if i == main_idx:
            draft, dropped = _main_draft(unit, title)
        elif i in replies:
            draft, dropped = _draft(unit, "reply")
        elif unit.is_teaser() or (main_idx is None and unit.first_of_feed()):
            draft, dropped = _draft(unit, "related")
        else:
            draft, dropped = None, [removal(v, _stray(v)) for v in unit.verdicts if v.label is not Label.BLANK]
        removed.extend(dropped)
        if draft is not None:
            drafts.append(replace(draft, listing=True) if kind == "listing" and i == main_idx else draft)
    drafts = _with_replies(drafts)
    drafts.sort(key=lambda d: d.role != "main")
    removed.sort(key=lambda r: r.line or 0)
    return drafts, removed


def _replies(units: list[_Unit], main: int | None) -> set[int]:
    """Units after the main one that are replies in its thread: a run of headed units, at least
    `THREAD_POSTS` of them ending with a line that also ends the main one or `THREAD_POSTS` of
    the others (a post's template under its text: "Member", "Share on other sites", "Report",
    the next author's name; the opening post may end otherwise, with its tags and a count of
    replies), unlike a feed's teasers under an article, each under its own outlet and time; and
    together holding as much text as the first post, unlike the comments under an article."""
    if main is None:
        return set()
    run: list[int] = []
    for j in range(main + 1, len(units)):
        if not units[j].headed() or units[j].opens_comments():
            break
        run.append(j)
    tails = {j: _tail_marks(units[j]) for j in run}
    shared = Counter(mark for marks in tails.values() for mark in marks)
    marks = _tail_marks(units[main]) | {mark for mark, n in shared.items() if n >= THREAD_POSTS}
    if not marks:
        return set()
    ends = [j for j in run if tails[j] & marks]
    if len(ends) < THREAD_POSTS:
        return set()
    replies = run[: run.index(ends[-1]) + 1]
    if sum(units[j].core()[2] for j in replies) < units[main].core()[2]:
        return set()  # readers' comments under an article, each a line or two: not its thread
    return set(replies)


def _live_entries(units: list[_Unit]) -> list[int]:
    """A live page's entries: the first unit with text is a headline and its lead (no header of
    its own), and right after it, under no heading, come `LIVE_ENTRIES` or more units holding
    more text than it, each opened by a time stamp that names no outlet or author ("2 hours
    ago" / entry's headline / its text), one of them of two paragraphs or more, or all worth
    `LIVE_ENTRY_WORDS` words an entry. They are the live page's text, folded into one article
    under its headline as a thread's replies are; a feed's cards carry their outlets, a
    listing's have one short summary each, and a forum's posts open with their number or
    author's counts, not a headline. Empty for any other page."""
    first = next((i for i, u in enumerate(units) if u.content_words()), None)
    if first is None or units[first].headed() or not _headline_over_text(units[first]):
        return []
    run: list[int] = []
    for j in range(first + 1, len(units)):
        unit = units[j]
        if unit.after_heading or not (unit.after_header and _timed_only(unit) and _headline_over_text(unit, True)):
            break  # (cards under a "Related" heading are teasers, whatever their headers)
        run.append(j)
    words = sum(units[j].content_words() for j in run)
    if units[first].content_words() >= words:
        return []  # an article with teasers under it: a live page's text is mostly its entries
    longer = any(sum(v.label is Label.CONTENT for v in units[j].verdicts) > 1 for j in run)
    return run if len(run) >= LIVE_ENTRIES and (longer or words >= LIVE_ENTRY_WORDS * len(run)) else []


def _headline_over_text(unit: _Unit, skip_meta: bool = False) -> bool:
    """The unit opens with a headline (`_card_title`; after its header lines with `skip_meta`)
    and then has text: not a forum post's "#1" or its author's counts under a date."""
    shown = [v for v in unit.verdicts if v.label is not Label.BLANK and v.label is not Label.UI]
    if skip_meta:
        shown = list(itertools.dropwhile(lambda v: v.label is Label.META, shown))
    return (
        len(shown) >= 2 and shown[0].label is Label.SHORT and _card_title(shown[0]) and shown[1].label is Label.CONTENT
    )


def _timed_only(unit: _Unit) -> bool:
    """The unit's header lines give times only, no outlet or author, and each a time of day as a
    live page stamps its entries ("2 hours ago", "28 Nov 2026 10:32"): a bare date ("March 16,
    2026") heads an event or an archive's entry, one of a listing."""
    metas = [v.header for v in unit.verdicts if v.label is Label.META and v.header is not None]
    return bool(metas) and all(
        h.time is not None and not h.outlet and not h.author and _entry_stamp(h.time) for h in metas
    )


def _entry_stamp(time: TimeInfo) -> bool:
    """A relative time, or a date with its time of day: how a live page stamps an entry."""
    return time.delta is not None or (time.date is not None and (time.date.hour or time.date.minute) > 0)


def _tail_marks(unit: _Unit) -> set[str]:
    """The words-bearing short and interface lines among the unit's last `POST_TAIL_LINES` lines."""
    tail = _non_blank(unit.verdicts)[-POST_TAIL_LINES:]
    return {v.line.norm for v in tail if v.label in (Label.SHORT, Label.UI) and worded(v)}


def _with_replies(drafts: list[Draft]) -> list[Draft]:
    """The replies' drafts folded into the main article, in reading order: a thread's text is
    its posts, each with the line over it (its author's name), their headers kept as metadata."""
    replies = [d for d in drafts if d.role == "reply"]
    if not replies:
        return drafts
    main = next((d for d in drafts if d.role == "main"), None)
    if main is None:  # (the main block kept no text: the replies stand as related articles)
        return [replace(d, role="related") if d.role == "reply" else d for d in drafts]
    body = list(main.body)
    for d in replies:
        body += [d.title, *d.body] if d.title is not None else d.body
    merged = replace(main, body=tuple(body), meta=main.meta + tuple(m for d in replies for m in d.meta))
    return [merged if d is main else d for d in drafts if d.role != "reply"]


def _page_kind(
    verdicts: tuple[Verdict, ...], units: list[_Unit], prose: float, *, intro_records: bool = False
) -> tuple[str, tuple[int, int, float] | None]:
    """`article` (a main article, if any), `listing` (records: a shop, a job board, a schedule)
    or `feed` (teasers with text of their own around a scrap of text: no main article); and the
    densest run of items (see `_listing_scores`) when it had to be found.

    Without a run of prose worth `NO_MAIN_SHARE` of the page's text, the page is a listing
    unless its teasers carry text; with prose, it is a listing only when its densest run of
    items outscores the prose `LISTING_OVER_PROSE` times and it has no teasers, or, with
    `intro_records`, when the prose introduces the run (`_intro_and_records`).
    """
    before = _before_end(_non_blank(list(verdicts)))
    weak = prose < max(NO_MAIN_SHARE * _candidate_words(before), NO_MAIN_MIN_PROSE)
    teaser_words = sum(u.content_words() for u in units if u.is_teaser())
    if not weak and teaser_words:
        return "article", None  # neither test below can pass: skip scoring the page as a listing
    run = _max_run(_listing_scores(before))
    listing = run[2]
    if weak and teaser_words < TEASERS_OVER_RECORDS * listing:
        return "listing", run
    if not teaser_words and listing > max(LISTING_MIN_SCORE, LISTING_OVER_PROSE * prose):
        return "listing", run
    if weak and teaser_words:
        return "feed", run
    if intro_records and (joined := _intro_and_records(before, run)):
        return "listing", joined
    return "article", run


#: Records make a collection with the prose before them when their run starts within this many
#: lines of the prose's core (its headline before it, the records after it) and runs on past it...
INTRO_GAP = 5
#: ... and the records alone (the run's score less the prose's) weigh at least this share of the
#: prose (and `LISTING_MIN_SCORE`). A quarter: HTML WCXB +0.0020; half: +0.0009; as much as the
#: prose: -0.0002 (a collection's introduction outweighs its grid of short lines).
RECORDS_SHARE = 0.25


def _intro_and_records(before: list[Verdict], run: tuple[int, int, float]) -> tuple[int, int, float] | None:
    """A category page: an introduction, then the records it introduces (a shop's grid, a list of
    courses). When the densest run of records (`run`, over the page's lines `before` its end,
    from `_page_kind`) starts around the prose's core, runs on past it and its records weigh
    enough (`INTRO_GAP`, `RECORDS_SHARE`), the page's main text is the prose and the records
    together: the run, widened to the core's first line; else None.

    Only for HTML pages that neither declare themselves articles nor mark an element as an
    article's text (`data/html_chrome.json`): an article's teaser grid is marked as furniture
    there, where a dump's is not (in text: WCXB -0.0002, news -0.0034), and a buying guide's
    list of products is its article's text, shop buttons aside. Measured on HTML: WCXB
    +0.0020, 17 pages up by 3.6 in all and 10 down by 0.7 (office chairs 0.25 -> 0.94,
    standing desks 0.18 -> 0.93), news unchanged."""
    first, last, score = run
    core_first, core_last, core_score = _core(before)
    inside = first <= core_first and core_last <= last
    records = score - core_score if inside else score  # (a run around the prose counts it too)
    if core_score <= 0 or records < max(RECORDS_SHARE * core_score, LISTING_MIN_SCORE):
        return None
    if core_first - INTRO_GAP <= first <= core_last + INTRO_GAP < last:
        return min(first, core_first), last, score
    return None


def _units(verdicts: tuple[Verdict, ...], page_title: str | None = None) -> tuple[list[_Unit], list[Verdict]]:
    units, headings = [_Unit()], []
    in_related = False
    box: set[int] = set()
    title_key = _title_key(page_title) if page_title else None
    trailer = False  # the current card's header lines came after its text ("Reuters" / title / text / "2h ago")
    trails: bool | None = None  # whether the related section's cards do that: its first card says
    for i, v in enumerate(verdicts):
        cur = units[-1]
        if i in box and v.label is Label.SHORT:
            v = v.relabel(Label.UI, INLINE_BOX)
        if trailer and v.label is not Label.BLANK and v.label is not Label.UI:
            if v.label is Label.META and not _fields(v) & _unit_fields(_cards(cur)[-1]):
                cur.add(v)  # the trailer goes on: "2h ago" / "Reuters"
                continue
            trailer = False
            if v.label is not Label.HEADING:
                cur = _Unit(after_heading=in_related, after_header=True)  # whatever follows a trailer is the next card
                units.append(cur)
        elif cur.content_words() and (
            _source(v)
            or (
                dashed_credit(v)
                and (_closing_credit(verdicts, i) or (cur.after_heading and _outlet_credit(v, _cards(cur)[-1])))
            )
        ):
            cur.add(v)  # "read more at Reuters", "- Reuters" under a summary: its outlet, the end of its card
            trailer = True
            continue
        elif v.label is Label.META and cur.after_heading and cur.content_words() and trails is not False:
            trails = _closes_card(cur, verdicts, i)
            if trails:
                cur.add(v)
                trailer = True
                continue
        if v.label is Label.HEADING:
            headings.append(v)
            trails = None
            if i not in box and not (inline := _inline_box(verdicts, i)):
                in_related = in_related or _opens_related(units, verdicts, i)
                units.append(_Unit(after_heading=in_related))
            elif i not in box:
                box.update(inline)
                _relabel_box_links(cur, {id(verdicts[k]) for k in inline if k < i})
            continue
        if _credit_in_text(cur, verdicts, i):
            v = v.relabel(Label.SHORT)
        if v.label is Label.META and not cur.after_heading and (dek := _standfirst(cur, verdicts, i)) is not None:
            _set_aside(cur, dek, STANDFIRST)  # headline / standfirst / byline / text: one article
        if v.label is Label.META and _starts_teaser(cur, verdicts, i):
            new = _Unit(after_heading=in_related, after_header=True)
            title = _trailing_title(cur) if _next_label(verdicts, i, skip_meta=True) is Label.CONTENT else None
            if title is None and title_key:  # the page's own headline, above its byline or date
                last = _trailing_title(cur)
                title = last if last is not None and _same_title(last.line.norm, title_key) else None
            if title is not None:
                cur.remove(title)
                if (name := _trailing_title(cur)) is not None and _outlet_name(name):  # "Reuters" / title / "2h"
                    cur.remove(name)
                    new.add(as_outlet(name))
                new.add(title)
            elif cur.after_heading:  # a related section's card without text: "Sky News" / title / "3h"
                for t in _trailing_card(cur):
                    cur.remove(t)
                    new.add(t)
            units.append(new)
        elif in_related and v.label is Label.SHORT and _next_teaser(cur, verdicts, i):
            units.append(_Unit(after_heading=True))
        units[-1].add(v)
    cards = [card for u in units if u.verdicts for card in (_cards(u) if u.after_heading else [u])]
    return cards, headings


def _cards(unit: _Unit) -> list[_Unit]:
    """A unit of a related section cut into its cards where titles without text follow one another.

    Aggregators print cards whose header lines sit above the title, below it or both ("The
    Guardian" / title / "1d"; title / "Reuters · 2h"; outlet / time / "- outlet" / title). Before
    the unit's first text, each run of short lines is one card's title (a kicker and its title)
    and the header lines between two titles are shared out: those that give the earlier card a
    field it lacks (outlet, time) close it, and the first that repeats a field it has opens the
    next card. The last card keeps the text.
    """
    lines = list(unit.verdicts)
    end = next((k for k, v in enumerate(lines) if v.label is Label.CONTENT), len(lines))
    # a card's counts ("18" likes, "3" comments) are neither its title nor a break between titles
    shown = [k for k in range(end) if lines[k].label is not Label.BLANK and not _count_line(lines[k])]
    for j, k in enumerate(shown[:-1]):  # an outlet's name over a title ("The Guardian" / title) is the card's outlet
        if lines[k].label is Label.SHORT and _outlet_name(lines[k]) and lines[shown[j + 1]].label is Label.SHORT:
            lines[k] = as_outlet(lines[k])
    if end == len(lines) and len(shown) >= 2 and _outlet_under_title(lines[shown[-2]], lines[shown[-1]]):
        lines[shown[-1]] = as_outlet(lines[shown[-1]])  # "2h ago" / title / "The Hill": the last card's outlet
    titles = [
        k
        for j, k in enumerate(shown)
        if lines[k].label is Label.SHORT and (j == 0 or lines[shown[j - 1]].label is not Label.SHORT)
    ]
    if _outlets_lead(lines, shown, titles):  # "KHOU 11" / title / "1 day ago" / "Community Impact" / title ...
        lines[titles[0]] = as_outlet(lines[titles[0]])
        titles[0] = shown[bisect.bisect_left(shown, titles[0]) + 1]
    whole = [unit] if lines == unit.verdicts else [_Unit(lines, unit.after_heading, unit.after_header)]
    tail = _leftover_run(lines, shown, titles, end)
    if tail is not None:
        titles = [k for k in titles if k < tail]
    labels = _section_labels(lines, shown, titles)
    for k in labels:
        lines[k] = lines[k].relabel(Label.UI, SECTION_LABEL)
    titles = [k for k in titles if k not in labels]
    if len(titles) < 2 or not all(_card_title(lines[_run_end(lines, shown, k)]) for k in titles):
        return whole
    cuts: list[int] = []
    for a, b in itertools.pairwise(titles):
        between = [k for k in range(a, b) if lines[k].label is Label.META]
        if not between:
            return whole  # titles with no header between them: a list of links, not cards
        start = cuts[-1] if cuts else 0
        fields = {f for v in lines[start:a] if v.label is Label.META for f in _fields(v)}
        cut = b
        for k in between:
            mine = _fields(lines[k])
            if mine & fields:
                cut = k
                break
            fields |= mine
        cuts.append(cut)
    bounds = [0, *cuts, *([] if tail is None else [tail]), len(lines)]
    return [
        _Unit(verdicts=lines[lo:hi], after_heading=unit.after_heading, after_header=unit.after_header or k > 0)
        for k, (lo, hi) in enumerate(itertools.pairwise(bounds))
    ]


def _outlets_lead(lines: list[Verdict], shown: list[int], titles: list[int]) -> bool:
    """Cards whose outlet's name stands over their title: every later title has an outlet's line
    right above it, so the first card's first line, a short name over its title and with no
    header above it, is that card's outlet (an unknown one: a known one is read as such anyway)."""
    if len(titles) < 2 or any(v.label is Label.META for v in lines[: titles[0]]):
        return False
    first = lines[titles[0]]
    if _run_end(lines, shown, titles[0]) == titles[0] or not (
        first.line.n_words <= 4 and looks_like_name(first.line.text)
    ):
        return False
    above = [lines[shown[bisect.bisect_left(shown, k) - 1]] for k in titles[1:]]
    return all(v.label is Label.META and _fields(v) == {"outlet"} for v in above)


SECTION_LABEL = Rule(
    "section-label", "ui", "", "a short label between teaser cards (a section's name), no card's title"
)


def _section_labels(lines: list[Verdict], shown: list[int], titles: list[int]) -> set[int]:
    """Lines among a section's card titles that are no title: one line of a word or two, where
    most titles read as cards' ("Perspectives" between Google News' cards). At most a third of
    the titles, and two real ones stay."""
    short = {
        k
        for k in titles
        if _run_end(lines, shown, k) == k and lines[k].line.n_words < CARD_TITLE_WORDS and not _card_title(lines[k])
    }
    if not short or 3 * len(short) > len(titles) or len(titles) - len(short) < 2:
        return set()
    return short if all(_card_title(lines[_run_end(lines, shown, k)]) for k in titles if k not in short) else set()


def _leftover_run(lines: list[Verdict], shown: list[int], titles: list[int], end: int) -> int | None:
    """Where the short lines after the last card start, when they are no card: no header after
    them, no text, and either no card title among them or cards whose header comes under their
    title (a footer's "Site Index" / "Browse" / "Media", "Substack is the home for great
    culture"). They are cut off as a unit of their own rather than stopping the split."""
    if end < len(lines) or not titles:
        return None
    title_first = not any(v.label is Label.META for v in lines[: titles[0]])
    tail: int | None = None
    for n in range(len(titles) - 1, 1, -1):  # at least two cards stay
        k = titles[n]
        if any(lines[j].label is Label.META for j in range(k, end)):
            break
        if not title_first and _card_title(lines[_run_end(lines, shown, k)]):
            break
        tail = k
    return tail


def _closes_card(cur: _Unit, verdicts: tuple[Verdict, ...], i: int) -> bool:
    """A time line right after a card's text that gives the card a field it lacks (its time
    under its summary) ends that card instead of opening the next one (an outlet's name there is
    the next card's: "an hour ago" / title / text / "Reuters" / "an hour ago" / "- Reuters"). Whether a section's cards
    end that way is decided once, at its first card: after it, a header line after text opens
    the next card as usual (a section of mixed cards would be ambiguous)."""
    mine = _fields(verdicts[i])
    if not cur.content_words() or "time" not in mine or mine & _unit_fields(_cards(cur)[-1]):
        return False  # (the unit may still hold cards without text before this one: see `_cards`)
    k = i - 1
    while k >= 0 and verdicts[k].label in (Label.BLANK, Label.UI):
        k -= 1
    return k >= 0 and verdicts[k].label is Label.CONTENT


def _outlet_credit(v: Verdict, card: _Unit) -> bool:
    """ "- Reuters" under the text of a card whose header named no outlet or Reuters: the card's
    closing credit, not the next card's header ("2h ago" / title / text / "- Reuters" / "3h ago"
    / ...; "Reuters" / "2h ago" / title / text / "- Reuters" / "AP" / ...). The seed's cards
    print that line inside their header instead ("Reuters" / "2h ago" / "- Reuters" / title),
    and there a plain name, not a dashed one, follows a card's text."""
    h = v.header
    if not dashed_credit(v) or h is None or not h.outlet:
        return False
    named = {
        w.header.outlet.casefold()
        for w in card.verdicts
        if w.label is Label.META and w.header is not None and w.header.outlet and w is not v
    }
    return not named or named == {h.outlet.casefold()}


def _unit_fields(unit: _Unit) -> set[str]:
    """The fields a unit's header lines give, an outlet's name on its own line included."""
    return {f for v in unit.verdicts if v.label is Label.META or _outlet_name(v) for f in _fields(v)}


def _run_end(lines: list[Verdict], shown: list[int], k: int) -> int:
    """Index of the last line of the run of short lines that starts at `k` (`shown`: the
    indexes of the non-blank lines)."""
    j = bisect.bisect_left(shown, k)
    while j + 1 < len(shown) and lines[shown[j + 1]].label is Label.SHORT:
        j += 1
    return shown[j]


def _card_title(v: Verdict) -> bool:
    """A line that can be a card's title: a few words ending as a headline ends, not as a lead-in
    ("Hi,", "jane wrote: ↑", "Specifications:")."""
    last = v.line.text[-1:]
    return v.line.n_words >= CARD_TITLE_WORDS and not v.line.list_item and (_word_end(last) or last in "?!)\"'’”")


def _word_end(char: str) -> bool:
    """A word's last character: a letter or digit, or a mark that ends a syllable (Devanagari's
    vowel signs: "गीमिपे" ends in one)."""
    return char.isalnum() or unicodedata.category(char).startswith("M") if char else False


def _fields(v: Verdict) -> set[str]:
    """What a header line tells: its outlet, its time, or both."""
    h = v.header
    return set() if h is None else {f for f, has in (("outlet", h.outlet), ("time", h.time)) if has}


def _inline_box(verdicts: tuple[Verdict, ...], i: int) -> set[int]:
    """Indexes of a "Related" box set inside the text: the heading comes right after a paragraph
    and a few short lines (links) lead back to paragraphs. Empty when it is no such box."""
    k = i - 1
    while k >= 0 and verdicts[k].label is Label.BLANK:  # by index: slicing would copy the prefix
        k -= 1
    before = verdicts[k] if k >= 0 else None
    if before is not None and before.label is Label.SHORT:
        return _labelled_box(verdicts, i, k)
    if before is None or before.label is not Label.CONTENT:
        return set()
    if _prose_follows(verdicts, i):
        return {i}  # a box's label left between paragraphs ("Read more" under a story's link)
    box, links, headlines = {i}, 0, 0
    for k in range(i + 1, min(len(verdicts), i + 3 * INLINE_BOX_MAX_LINKS)):
        label = verdicts[k].label
        if label is Label.CONTENT:
            fits = links <= INLINE_BOX_LINKS or headlines * BIG_BOX_HEADLINES >= links
            return box if links and fits and _prose_resumes(verdicts, k, box) else set()
        if label in (Label.SHORT, Label.HEADING):
            links += label is Label.SHORT
            headlines += label is Label.SHORT and verdicts[k].line.n_words >= BOX_HEADLINE_WORDS
            if links > INLINE_BOX_MAX_LINKS:
                return set()
            box.add(k)
        elif label is not Label.BLANK and label is not Label.UI:
            return set()
    return set()


def _labelled_box(verdicts: tuple[Verdict, ...], i: int, k: int) -> set[int]:
    """A story's link set inside the text with its label under it ("Neil Young's Plan to Vote
    Against Trump Suffers Setback" / "Read more"): up to `LABELLED_BOX_LINKS` short lines (k is
    the last) between a paragraph and the heading at i, and a run of prose right after it (two
    paragraphs, or one of `RESUME_WORDS`, before any other line: a feed of teasers has one
    summary under each label). Empty when it is no such box."""
    box = {i}
    while k >= 0 and verdicts[k].label in (Label.SHORT, Label.BLANK):
        if verdicts[k].label is Label.SHORT:
            box.add(k)
            if len(box) > LABELLED_BOX_LINKS + 1:
                return set()
        k -= 1
    return box if k >= 0 and verdicts[k].label is Label.CONTENT and _prose_follows(verdicts, i) else set()


def _relabel_box_links(unit: _Unit, links: set[int]) -> None:
    """The link lines above a box's label (`_labelled_box`), already in the unit, are the box's."""
    if links:
        unit.verdicts[:] = [v.relabel(Label.UI, INLINE_BOX) if id(v) in links else v for v in unit.verdicts]
        unit.cached_core = None


def _prose_follows(verdicts: tuple[Verdict, ...], i: int) -> bool:
    """Two paragraphs, or one of `RESUME_WORDS`, right after line i, before any other line."""
    run, words = 0, 0
    for v in verdicts[i + 1 : i + 3 * INLINE_BOX_MAX_LINKS]:
        if v.label is Label.BLANK or v.label is Label.UI:
            continue
        if v.label is not Label.CONTENT:
            return False
        run, words = run + 1, words + v.line.n_words
        if run >= 2 or words >= RESUME_WORDS:
            return True
    return False


def _prose_resumes(verdicts: tuple[Verdict, ...], k: int, box: set[int]) -> bool:
    """The article goes on at paragraph k after an in-text box: a run of paragraphs (two, or one
    of `RESUME_WORDS`), or one paragraph whose next lines do not repeat the box's (teaser cards
    repeat their kicker: "Company Town", title, summary, "Company Town", title...) and do not
    open with a header line (a card's time under its summary: title, summary, "5 hours ago"),
    nor with a headline over one more lone short paragraph when the box's links are headlines
    too (`TEASER_TITLE_WORDS`: "Recommended for you" / title / summary / title / summary, cards
    without header lines, whose summaries had joined the article)."""
    shown = {verdicts[b].line.norm for b in box if verdicts[b].label is Label.SHORT}
    headlines = any(verdicts[b].label is Label.SHORT and verdicts[b].line.n_words >= TEASER_TITLE_WORDS for b in box)
    run, words, ended = 0, 0, None
    for n, v in enumerate(verdicts[k : k + 3 * INLINE_BOX_MAX_LINKS], start=k):
        if v.label is Label.BLANK or v.label is Label.UI:
            continue
        if v.label is Label.CONTENT:
            if ended is not None:  # title / summary again, both under headlines: a second card
                return not (headlines and ended.line.n_words >= TEASER_TITLE_WORDS and _lone_paragraph(verdicts, n))
            run, words = run + 1, words + v.line.n_words
            if run >= 2 or words >= RESUME_WORDS:
                return True
        elif v.line.norm in shown or (v.label is Label.META and ended is None):
            return False  # a kicker again, or a header ("5 hours ago") under the one short paragraph: cards
        elif ended is None:
            ended = v
    return True


def _lone_paragraph(verdicts: tuple[Verdict, ...], k: int) -> bool:
    """Paragraph k stands alone: under `RESUME_WORDS`, with no paragraph after it before a short
    line, a header or the end (a teaser card's one-paragraph summary; an article that resumes
    under a subhead goes on for more)."""
    if verdicts[k].line.n_words >= RESUME_WORDS:
        return False
    nxt = _next_label(verdicts, k, skip_meta=False)
    return nxt is not Label.CONTENT


def _opens_related(units: list[_Unit], verdicts: tuple[Verdict, ...], i: int) -> bool:
    """A heading opens a related block after text, or when teaser headers follow it."""
    if any(u.content_words() for u in units):
        return True
    for v in verdicts[i + 1 : i + 8]:
        if v.label is Label.META:
            return True
        if v.label is Label.CONTENT:
            return False
    return False


def _starts_teaser(cur: _Unit, verdicts: tuple[Verdict, ...], i: int) -> bool:
    """A header line after text starts a new article; one inside the text is just metadata."""
    if not cur.content_words() or (i > 0 and verdicts[i - 1].label is Label.META):
        return False
    nxt = _next_label(verdicts, i, skip_meta=True)
    has_outlet = any(v.header is not None and v.header.outlet for v in _meta_run(verdicts, i))
    return has_outlet or nxt is Label.SHORT or _trailing_title(cur) is not None


def _standfirst(cur: _Unit, verdicts: tuple[Verdict, ...], i: int) -> Verdict | None:
    """The unit's only text when it is a standfirst under a headline, right above the header at `i`, and
    an article's text follows the header (`_text_follows`; headline / "Yields have climbed for
    six weeks. Here is why." / byline / date / "142" likes / text), the author's name between
    them or not."""
    tail = [v for v in cur.verdicts if v.label is not Label.BLANK and not _markup(v)]
    if len(tail) >= 3 and tail[-1].label is Label.SHORT and _name_like(tail[-1]):
        tail.pop()  # the author's name over the header ("Juan Pérez" / "Madrid - 28 nov 2026")
    found = (
        len(tail) >= 2
        and _text_follows(_lines_after_header(verdicts, i))
        and cur.content_words() == tail[-1].line.n_words
        and _dek_over_header(tail[-2], tail[-1], _meta_run(verdicts, i))
    )
    return tail[-1] if found else None


def _markup(v: Verdict) -> bool:
    """A line of a format's markup (a markdown heading's underline, a picture) or one the HTML
    stage removed (a link's text, the page's chrome): not the page's own furniture, such as
    "Share" / "Improve this question" under a thread's question, which end the question's post."""
    return v.label is Label.UI and v.rule is not None and v.rule.kind in ("html", "markup")


def _lines_after_header(verdicts: tuple[Verdict, ...], i: int, count: int = 3) -> list[Verdict]:
    """The first `count` lines after the header that starts at `i`, furniture and counts aside,
    up to the next header line."""
    found: list[Verdict] = []
    in_header = True
    for v in verdicts[i + 1 :]:
        if v.label is Label.META and not in_header:
            break
        if v.label in (Label.BLANK, Label.UI, Label.META) or _count_line(v):
            continue
        in_header = False
        found.append(v)
        if len(found) == count:
            break
    return found


#: A button the catalog does not know ("Partilhar") has at most this many words.
BUTTON_WORDS = 2


def _text_follows(lines: list[Verdict]) -> bool:
    """The lines after a header (furniture and counts aside) are an article's text: two
    paragraphs, a button of a word or two before them at most; not a card's summary under the
    next card's title, nor a live page's entry under its time stamp and headline."""
    start = int(bool(lines) and lines[0].label is Label.SHORT and lines[0].line.n_words <= BUTTON_WORDS)
    return [v.label for v in lines[start : start + 2]] == [Label.CONTENT, Label.CONTENT]


def _set_aside(unit: _Unit, v: Verdict, rule: Rule) -> None:
    """Line `v` of the unit removed with `rule` (relabelled UI where it stands)."""
    unit.verdicts[unit.verdicts.index(v)] = v.relabel(Label.UI, rule)
    unit.cached_core = None
    if v.label is Label.CONTENT:
        unit.words -= v.line.n_words


def _credit_in_text(cur: _Unit, verdicts: tuple[Verdict, ...], i: int) -> bool:
    """A credit line ("Source: Vortex GitHub", "via Reuters") with text before and after it:
    it credits a chart, a picture or a quote of the article and is part of its text, not the
    header of a new story (also under a short line: a listicle's numbered entries print their
    picture's credit under the entry's heading, "2. Sociallyin" / "Source: Sociallyin")."""
    v = verdicts[i]
    return (
        v.label is Label.META
        and credit(v.line.text)
        and bool(cur.content_words())
        and _next_label(verdicts, i, skip_meta=False) is Label.CONTENT
    )


def _meta_run(verdicts: tuple[Verdict, ...], i: int) -> list[Verdict]:
    run = []
    for v in verdicts[i:]:
        if v.label is Label.META:
            run.append(v)
        elif v.label is not Label.BLANK:
            break
    return run


def _next_label(verdicts: tuple[Verdict, ...], i: int, *, skip_meta: bool) -> Label | None:
    for v in verdicts[i + 1 :]:
        if v.label is Label.BLANK or v.label is Label.UI or (skip_meta and v.label is Label.META):
            continue
        return v.label
    return None


def _trailing_title(unit: _Unit) -> Verdict | None:
    """The unit's last line if it is a short line after its text (a next article's title)."""
    tail = [v for v in unit.verdicts if v.label is not Label.BLANK]
    if tail and tail[-1].label is Label.SHORT and any(v.label is Label.CONTENT for v in tail):
        return tail[-1]
    return None


def _trailing_card(unit: _Unit) -> list[Verdict]:
    """The short lines after a teaser's text when a header follows them: the next card's title,
    with the outlet's name above it when there is one (see `_cards`)."""
    tail = [v for v in unit.verdicts if v.label is not Label.BLANK]
    run: list[Verdict] = []
    for v in reversed(tail):
        if v.label is not Label.SHORT or len(run) == 2:
            break
        run.insert(0, v)
    if not run or len(run) == len(tail) or not _card_title(run[-1]):
        return []
    return run if len(run) == 1 or _outlet_name(run[0]) else run[1:]


def _outlet_name(v: Verdict) -> bool:
    return v.header is not None and bool(v.header.outlet)


def _outlet_under_card_title(lines: list[Verdict], first: int) -> list[Verdict]:
    """A card's lines with an outlet's name right above its text and under its title ("2 hours
    ago" / title / "The Hill" / summary) read as the card's outlet, not its title."""
    shown = [k for k in range(first) if lines[k].label is not Label.BLANK]
    if len(shown) < 2 or not _outlet_under_title(lines[shown[-2]], lines[shown[-1]]):
        return lines
    if lines[shown[-2]].line.n_words <= lines[shown[-1]].line.n_words:
        return lines  # (a title is longer than the name under it)
    return [as_outlet(v) if k == shown[-1] else v for k, v in enumerate(lines)]


def _outlet_under_title(title: Verdict, v: Verdict) -> bool:
    """`v`, a short line right under a card's `title`, is an outlet's name printed there (cards
    laid out "time / title / outlet"): the last line of a section's cards without text, or the
    line between a card's title and its text. A title of its own would have header lines
    around it."""
    return title.label is Label.SHORT and v.label is Label.SHORT and _outlet_name(v) and v.line.n_words <= 4


def _next_teaser(cur: _Unit, verdicts: tuple[Verdict, ...], i: int) -> bool:
    """In a related section, a short line after a teaser's text starts the next teaser: after a
    blank line, when it is an outlet's name over a title ("Economist" / title), or when the teaser
    opened with the same line (a kicker such as "Nature Desk")."""
    if not cur.content_words() or i == 0:
        return False
    if verdicts[i - 1].label is Label.BLANK:
        return True
    if _outlet_name(verdicts[i]) and (nxt := _next_shown(verdicts, i)) is not None and nxt.label is Label.SHORT:
        return _card_title(nxt)
    norm = verdicts[i].line.norm
    return verdicts[i].line.repeats > 1 and cur.small() and _heads_unit(cur, norm)


def _next_shown(verdicts: tuple[Verdict, ...], i: int) -> Verdict | None:
    """The next line after `i` that is not blank."""
    return next((v for v in itertools.islice(verdicts, i + 1, None) if v.label is not Label.BLANK), None)


def _heads_unit(unit: _Unit, norm: str) -> bool:
    """Whether a line with this text came before the unit's first text (its card's kicker)."""
    for v in unit.verdicts:
        if v.label is Label.CONTENT:
            return False
        if v.line.norm == norm:
            return True
    return False


def _main_unit(units: list[_Unit], title: str | None = None) -> tuple[int | None, float]:
    """The unit with the best core of text (the first on a tie), or None for a list of teasers;
    and the score of its core.

    Small units in a related section never qualify. A unit opened by a teaser header (in
    aggregator dumps a teaser; in full pages possibly the article itself, whose byline follows the
    site's menus) qualifies only with a core of `HEADED_MIN_CORE`, and counts at `HEADED_UNIT_WEIGHT`.
    A unit that opens with the page's known title counts `TITLED_UNIT_WEIGHT` times its core.

    Threads: when the best unit is one post of a thread (`_one_of_posts`), the main unit is the
    block right above the first post (`_thread_opener`), whose replies `segment` folds in; when
    it is the sidebar after a run of posts (`_posts_before`), or a feed's item or last post
    (`_inside_feed`), there is none, and the posts are read as a feed. Units whose text starts
    after the page's footer (`_core_after`) are dialogs and never qualify.
    """
    best, best_score, best_core, best_headed, headed_cores = None, 0.0, 0.0, False, []
    headed_at: list[int] = []
    first_barrier = next((i for i, u in enumerate(units) if u.opens_comments()), len(units))
    footer = _footer_line(units)
    for i, unit in enumerate(units):
        headed = unit.headed() and not _titled(unit, title)
        if (unit.after_heading and unit.small() and not headed) or not unit.content_words():
            continue
        if i > first_barrier and best is not None:
            break  # readers' comments: the article came before them
        if _core_after(unit, footer):
            continue  # a dialog printed after the page's footer (a newsletter's sign-up)
        core = unit.core()[2]
        if headed:
            headed_cores.append(core)
            headed_at.append(i)
            if core < HEADED_MIN_CORE:
                continue
        score = core * (HEADED_UNIT_WEIGHT if headed else 1.0)
        if core >= HEADED_MIN_CORE and _titled(unit, title):
            score *= TITLED_UNIT_WEIGHT  # the page says this is its article
        if score > best_score:
            best, best_score, best_core, best_headed = i, score, core, headed
    # a run of similar headed blocks (a thread of posts, a feed) has no single main article; the
    # best may be the first block itself when nothing precedes it with text (its header not "after text")
    like_peers = best_headed or (
        best is not None
        and best_core < HEADED_MIN_CORE
        and units[best].first_of_feed()
        and not _titled(units[best], title)  # the page says this block is its article
    )
    if like_peers and best is not None:
        echo = _text_keys(units[best])  # a printing of the same article again is not a peer
        peers = [c for c, j in zip(headed_cores, headed_at, strict=True) if j == best or not _echoes(units[j], echo)]
        if len(_rivals(peers, best_core)) > HEADED_PEER_COUNT:
            return None, 0.0
    if best_headed and best is not None and _one_of_posts(units, headed_at, best):
        return _thread_opener(units, headed_cores, headed_at)
    if best_headed and best is not None and _inside_feed(headed_at, best):
        return None, 0.0
    if best is not None and not best_headed and (thread := _posts_before(units, headed_cores, headed_at, best, title)):
        return None, thread  # the thread's text is prose: the page is no listing (see `_page_kind`)
    return best, best_core


def _footer_line(units: list[_Unit]) -> int | None:
    """Number of the line that closes the page's footer, or None: the last copyright notice
    after a footer's links (see `_text_end`), with a run of prose before the first. (A page may
    print a notice before its article, under a widget of market data, or its footer once per
    page of an endless scroll: the last one closes the page.)"""
    lines = _non_blank([v for u in units for v in u.verdicts])
    closers = [k for k, v in enumerate(lines) if v.rule is not None and _footer_notice(lines, k)]
    return lines[closers[-1]].line.number if _closed_at(lines, closers, None) < len(lines) else None


def _core_after(unit: _Unit, footer: int | None) -> bool:
    """The unit's densest run of text starts after the page's footer has closed it."""
    if footer is None:
        return False
    first, _, _ = unit.core()
    lines = _non_blank(unit.verdicts)
    return bool(lines) and lines[first].line.number > footer


def _one_of_posts(units: list[_Unit], headed_at: list[int], best: int) -> bool:
    """The best block is one post of a thread: at least `THREAD_POSTS` headed blocks come after
    the same interface lines ("Share", "Improve this answer"; "Reply"), which end the post above
    each, and the best block comes after them or ends with them. Posts vary in length far more
    than a feed's teasers, so their sizes are not compared."""
    ends = Counter(end for j in headed_at if (end := _post_end(units, j)))
    if not ends:
        return False
    mark, count = ends.most_common(1)[0]
    return count >= THREAD_POSTS and mark in (_post_end(units, best), _post_end(units, best + 1))


def _thread_opener(units: list[_Unit], cores: list[float], at: list[int]) -> tuple[int | None, float]:
    """The block of text right before a thread's first headed post (the question, the opening
    post: its header came before any text, so it opened no unit of its own), with the thread's
    text as its score; or no main article when there is none (`_replies` then finds the posts)."""
    first = at[0] - 1
    if first < 0 or not units[first].content_words() or units[first].headed():
        return None, 0.0
    return first, units[first].core()[2] + sum(cores)


def _post_end(units: list[_Unit], i: int) -> tuple[str, ...]:
    """The interface lines that end the block before unit `i` (its last `POST_END_LINES` lines
    when all of them are interface text), or () when they are not all interface text."""
    if not 0 < i < len(units):
        return ()
    tail = _non_blank(units[i - 1].verdicts)[-POST_END_LINES:]
    if len(tail) < POST_END_LINES or any(v.label is not Label.UI for v in tail):
        return ()
    return tuple(v.line.norm for v in tail)


def _posts_before(units: list[_Unit], cores: list[float], at: list[int], best: int, title: str | None) -> float:
    """The cores' sum of a run of headed blocks of text before the best block that rival it (a
    thread's posts, each under its author and time), or 0.0: after such a run the best block is
    the sidebar after a thread, not the page's article."""
    if _titled(units[best], title):
        return 0.0
    best_core = units[best].core()[2]
    peers = _rivals([c for c, j in zip(cores, at, strict=True) if j < best], best_core)
    return sum(peers) if len(peers) > HEADED_PEER_COUNT and sum(peers) >= best_core else 0.0


def _rivals(cores: list[float], best_core: float) -> list[float]:
    """The cores that hold at least 1/`HEADED_PEERS` of the best one's: blocks of its kind."""
    return [c for c in cores if c * HEADED_PEERS >= best_core]


#: A unit whose distinct text words (at least `ECHO_MIN_WORDS`) lie this much inside the main
#: candidate's is the same article printed again (see `_echoes`).
ECHO_SHARE = 0.8
ECHO_MIN_WORDS = 30


def _text_keys(unit: _Unit) -> set[str]:
    """The distinct words of the unit's text lines."""
    return {w for v in unit.verdicts if v.label is Label.CONTENT for w in v.line.norm.split()}


def _echoes(unit: _Unit, keys: set[str]) -> bool:
    """The unit's text words lie almost all inside `keys`: the same article printed again (a
    page that repeats its story in a data block or a print view, one line or many), not
    another post of a feed."""
    mine = _text_keys(unit)
    return len(mine) >= ECHO_MIN_WORDS and len(mine & keys) >= ECHO_SHARE * len(mine)


def _inside_feed(headed_at: list[int], best: int) -> bool:
    """A headed unit with `FEED_SIDE_PEERS` headed units of text on either side is one item of
    a feed (a news page of full-text posts, one of them longer), not the page's article."""
    before = sum(j < best for j in headed_at)
    after = len(headed_at) - before - 1
    return (before >= FEED_SIDE_PEERS and after >= FEED_SIDE_PEERS) or before >= FEED_TAIL_PEERS


def _titled(unit: _Unit, title: str | None) -> bool:
    """The unit opens with the page's own title (a caller's or the HTML's): the page's article,
    not a teaser, even though a byline or date follows its headline."""
    if not title:
        return False
    key = _title_key(title)
    head = [v for v in unit.verdicts if v.label is not Label.BLANK][:TITLE_LOOKAHEAD]
    return any(_same_title(v.line.norm, key) for v in head if v.label is not Label.CONTENT)


def _title_key(title: str) -> str:
    """A caller's title normalised as lines are (`normalize_line`), to compare with their `norm`."""
    return normalize_line(title)


#: Separators between a page's title and its site's name ("Headline — Site", "Site | Headline").
_SITE_SEPARATOR = re.compile(r"\s+[|—–·:»-]\s+")


def _same_title(norm: str, key: str) -> bool:
    """The line is the page's title: the same, or a long part of it (or it of the line), or one
    side of the title's site separator ("Só quem se ama..." of "Só quem se ama... — Site")."""
    if not norm:
        return False
    if norm == key or (len(norm) > 15 and (norm in key or key in norm)):
        return True
    return " " in norm and len(key) > len(norm) and norm in _title_sides(key)


@functools.lru_cache(maxsize=64)
def _title_sides(key: str) -> frozenset[str]:
    """The normalised parts of a title around its site separators (a pure function of the
    title, remembered: `_same_title` asks for them once per line it compares)."""
    return frozenset(normalize_line(p) for p in _SITE_SEPARATOR.split(key))


def _line_score(v: Verdict) -> float:
    """Contribution of a line to the article core: prose counts by words, furniture costs."""
    line = v.line
    if v.label is Label.CONTENT:
        prose = line.terminal and line.stop_ratio >= 0.15
        return line.n_words * (1.0 if prose else 0.5 if line.terminal or line.stop_ratio >= 0.15 else 0.3)
    if v.label is Label.SHORT:
        if line.repeats > 1:
            return -3.0
        return -0.3 if _data_like(v) else -1.5
    if _is_barrier(v):
        return -BARRIER
    return -3.0 if v.label is Label.UI else -2.0


def _listing_scores(lines: list[Verdict]) -> list[float]:
    """Line scores for pages without prose (catalogues, listings): items count, menus cost.

    A listing is a run of records printed from one template: the template's fixed lines ("Quick
    shop", "Size", "Add to cart") recur every few lines while the items between them vary. A
    line seen again within `RECORD_GAP` lines, or repeating the line right above it (a title
    printed twice), is neutral; one repeated from far away (the menu printed again in the
    footer) costs. A new short line counts as an item when it reads as one (a list entry, three
    words, a number, a labelled value: "Colour: black", or the line under a label such as
    "Fastening:") or sits right next to a template line (a record's field: a job title, a
    company, between "Full-Time" and "Remote"); a new short line elsewhere is a menu entry. A
    label itself ("Fastening:") is neutral, like an A-Z index's letter.
    """
    template = _template_lines(lines)
    near = list(itertools.accumulate(template, initial=0))  # template lines before each index
    inside = _inside_records(lines)
    last_seen: dict[str, int] = {}
    scores: list[float] = []
    labelled = False  # the line above is a field's label
    for k, v in enumerate(lines):
        line = v.line
        prev = last_seen.get(line.norm)
        last_seen[line.norm] = k
        value, labelled = labelled, False
        if v.label is Label.CONTENT:
            scores.append(float(line.n_words) if prev is None else 0.0)
        elif prev is not None and k - prev <= RECORD_GAP and v.label is not Label.HEADING:
            scores.append(0.0)  # a template line of the records ("Quick view"), or a doubled title
        elif v.label is Label.SHORT and _index_letter(line.text):
            scores.append(0.0)  # an A-Z index's letter over its entries: neither item nor menu
        elif v.label is Label.SHORT and line.text.endswith(":") and line.n_words <= FIELD_LABEL_WORDS:
            scores.append(0.0)  # a field's label ("Fastening:"): its value, below, is the item
            labelled = True
        elif v.label is Label.SHORT or v.label is Label.META:  # a record's fields: "18d", a company
            if prev is not None:
                scores.append(-2.0)
            else:
                item = line.list_item or line.n_words >= 3 or _has_figure(line.text) or value
                item = item or _LABELLED_VALUE.match(line.text) is not None
                field = inside[k] or near[min(len(lines), k + FIELD_REACH + 1)] > near[max(0, k - FIELD_REACH)]
                scores.append(1.0 if item or field else -1.0)
        else:
            scores.append(-3.0 if v.label in (Label.UI, Label.HEADING) else 0.0)
    return scores


#: A field's label ("Care instructions:") has at most this many words...
FIELD_LABEL_WORDS = 4
#: ... and a labelled value on one line ("Colour: black") a label of at most 30 characters.
#: Spec sheets' fields had cost as menu entries, so a product's "similar items" grid outscored
#: the product's own details (text WCXB +0.0001, HTML +0.0002; products +0.0006 and +0.0019).
_LABELLED_VALUE = regex.compile(r"[^:]{1,30}:\s*\S")


def _index_letter(text: str) -> bool:
    """A single capital letter on its own line: the heading of an A-Z index's entries. Scored as
    a menu entry it cost as much as the entry under it gained, and a catalogue's index of
    categories was cut at its first letter (HTML WCXB +0.0006, text +0.0002, no page down)."""
    return len(text) == 1 and text.isupper()


_ASCII_FIGURE = re.compile(r"[0-9$%]")


def _has_figure(text: str) -> bool:
    """A digit or a currency or percent sign (ASCII text, most of it, takes one C-speed search)."""
    if text.isascii():
        return _ASCII_FIGURE.search(text) is not None
    return any(c.isdigit() or c in "$€£%" for c in text)


def _inside_records(lines: list[Verdict]) -> list[bool]:
    """Which lines lie between two printings of a record separator: a short line ("View
    Company Profile", "Add to cart") printed at least `RECORDS_MIN` times, each within
    `RECORD_GAP` lines of the last. Whatever lies between two of them is one record's fields,
    however many (a job's list of countries), not a menu."""
    seen: dict[str, list[int]] = {}
    for k, v in enumerate(lines):
        if v.label is not Label.CONTENT and v.line.repeats >= RECORDS_MIN:
            seen.setdefault(v.line.norm, []).append(k)
    inside = [False] * len(lines)
    for at in seen.values():
        for a, b in itertools.pairwise(at):
            if b - a <= RECORD_GAP:
                inside[a + 1 : b] = [True] * (b - a - 1)
    return inside


def _template_lines(lines: list[Verdict]) -> list[bool]:
    """Which lines recur within `RECORD_GAP` lines (before or after): a record template's lines."""
    near = [False] * len(lines)
    last_seen: dict[str, int] = {}
    for k, v in enumerate(lines):
        prev = last_seen.get(v.line.norm)
        if prev is not None and k - prev <= RECORD_GAP and v.label is not Label.CONTENT:
            near[k] = near[prev] = True
        last_seen[v.line.norm] = k
    return near


def _candidate_words(lines: list[Verdict]) -> int:
    """Words of the distinct text and short lines among `lines` (what an article could be made
    of; `_page_kind` passes the page's lines before readers' comments or the footer)."""
    seen: set[str] = set()
    total = 0
    for v in lines:
        if v.label in (Label.CONTENT, Label.SHORT) and v.line.norm not in seen:
            seen.add(v.line.norm)
            total += v.line.n_words
    return total


def _non_blank(verdicts: list[Verdict]) -> list[Verdict]:
    return [v for v in verdicts if v.label is not Label.BLANK]


def _listing(verdicts: tuple[Verdict, ...], run: tuple[int, int, float]) -> tuple[list[Draft], list[Removal]]:
    """A page with (almost) no prose and no teasers: its main content is its densest run of items
    (`run`: first, last, score over the non-blank lines), each distinct line once (a record's
    title printed twice, its template lines, count once)."""
    lines = _non_blank(list(verdicts))
    first, last, score = run
    body: list[Verdict] = []
    repeats: list[Verdict] = []
    seen: set[str] = set()
    for v in lines[first : last + 1]:
        if v.label in (Label.SHORT, Label.CONTENT, Label.META):
            (repeats if v.line.norm in seen else body).append(v)
            seen.add(v.line.norm)
    if score < LISTING_MIN_SCORE or len(body) < LISTING_MIN_ITEMS:
        return [], []
    inside = {id(v) for v in body} | {id(v) for v in repeats}
    removed = [removal(v, REPEATED_ITEM) for v in repeats]
    removed += [removal(v, _stray(v)) for v in lines if id(v) not in inside]
    return [Draft("main", None, tuple(body), (), listing=True)], removed


def _core(lines: list[Verdict], *, islands: bool = False) -> tuple[int, int, float]:
    """The densest run of text: first, last, score. Readers' comments follow the article and
    dialogs follow the footer, so the run is looked for before either (see `_text_end`)."""
    scores = _with_question_lists(lines, _with_tables(lines, _once(lines, [_line_score(v) for v in lines])))
    if islands:
        scores = _with_islands(lines, scores)
    first, last, score = _max_run(scores[: _text_end(lines, scores)])
    end = _records_start(lines, first, last)
    if end <= last and sum(scores[first:end]) >= sum(scores[end : last + 1]):
        last, score = end - 1, sum(scores[first:end])  # records after an article, not a page of records
    return first, last, score


#: A paragraph printed again within this many lines counts once towards a run (`_once`).
ONCE_REACH = 5
#: ... and scores this little: enough that a copy right after the article stays inside its run,
#: to be removed there as a `repeated-line` rather than as furniture.
ONCE_SCORE = 0.1


def _once(lines: list[Verdict], scores: list[float]) -> list[float]:
    """Scores with each later printing of a paragraph made (almost) neutral: text counts once towards a
    run (a site's alert printed twice is not twice the prose of the article under it; the
    article's own repeats are removed later as `repeated-line` anyway)."""
    seen: dict[str, int] = {}
    for k, v in enumerate(lines):
        if v.label is Label.CONTENT and v.line.repeats > 1:
            if k - seen.get(v.line.norm, -ONCE_REACH - 1) <= ONCE_REACH:
                scores[k] = min(scores[k], ONCE_SCORE)
            seen[v.line.norm] = k
    return scores


def _with_tables(lines: list[Verdict], scores: list[float]) -> list[float]:
    """Scores with each table printed one cell per line after a paragraph (`_table_end`: ranks,
    amounts, a name between them) made neutral: a ranking's hundred rows cost like a menu's
    links, and cut the article around them in two."""
    k = 1
    while k < len(lines):
        if lines[k].label is Label.SHORT and lines[k - 1].label is Label.CONTENT and (end := _table_end(lines, k)) >= k:
            scores[k : end + 1] = [0.0] * (end + 1 - k)
            k = end + 1
        else:
            k += 1
    return scores


#: A sentence of at most this many words between two lines that are not text...
ISLAND_WORDS = 8
#: ... or a run of up to this many such sentences (a card's two-line blurb).
ISLAND_LINES = 2


def _with_islands(lines: list[Verdict], scores: list[float]) -> list[float]:
    """Scores with each run of one or two short sentences standing alone between furniture lines
    made neutral: a tool's blurb ("Litmaps (What is Litmaps?)") between its toggles, a card's
    summary between its links. Alone, it is no text for the article's run to reach for (jusText's
    rule for short blocks between bad ones). For text dumps only: in HTML the same lines sit
    between a product's fields, which container fitting holds together (measured there: -0.0003)."""
    k = 1
    while k < len(lines) - 1:
        end = k
        while end < len(lines) and lines[end].label is Label.CONTENT and lines[end].line.n_words <= ISLAND_WORDS:
            end += 1
        bounded = end < len(lines) and lines[k - 1].label is not Label.CONTENT and lines[end].label is not Label.CONTENT
        if k < end <= k + ISLAND_LINES and bounded:
            scores[k:end] = [min(sc, 0.0) for sc in scores[k:end]]
        k = max(end, k + 1)
    return scores


def _with_question_lists(lines: list[Verdict], scores: list[float]) -> list[float]:
    """Scores with each list of questions' titles made to cost as a short line does: a run of
    `QUESTION_LIST_LINES` one-sentence lines or more (counts between them allowed), half of them
    questions ("Hot Network Questions", "People also ask", a Q&A site's "Related"). Each title
    reads as a sentence, so the list outscored the thread or article it sits beside."""
    if 2 * sum(map(_question, lines)) < QUESTION_LIST_LINES:
        return scores  # (most units: no run can hold enough questions)
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _listed_title(lines[end]):
            end += 1
        titles = [v for v in lines[k:end] if not v.line.text.isdigit()]
        if len(titles) >= QUESTION_LIST_LINES and 2 * sum(map(_question, titles)) >= len(titles):
            scores[k:end] = [min(s, -0.3) for s in scores[k:end]]
        k = end + 1
    return scores


def _question(v: Verdict) -> bool:
    """The line ends with a question mark, closing brackets aside ("(and why?)" counts)."""
    return "?" in v.line.text[-12:] and v.line.text.rstrip(")] ").endswith("?")


_SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Lu}")


def _listed_title(v: Verdict) -> bool:
    """A line that can be one entry of a list of titles: short, one sentence at most."""
    return (
        v.label in (Label.SHORT, Label.CONTENT)
        and v.line.n_words <= QUESTION_TITLE_WORDS
        and _SENTENCE_INSIDE.search(v.line.text) is None
    )


def _records_start(lines: list[Verdict], first: int, last: int) -> int:
    """Where a run of teaser records closes the run first..last (`last + 1` when none does).

    Teaser cards printed after an article without a heading repeat a kicker line ("Opening
    Bell", "Company Town") every few lines, with at most a short summary between: from the first
    of `RECORDS_MIN` such repeats to the end of the run, every gap is at most `RECORD_SPAN` lines
    and no paragraph reaches `RECORD_TEXT_WORDS` words.
    """
    counts: dict[str, int] = {}
    for v in lines[first : last + 1]:
        if v.label is Label.SHORT and v.line.repeats >= RECORDS_MIN:
            counts[v.line.norm] = counts.get(v.line.norm, 0) + 1
    kickers = {norm for norm, n in counts.items() if n >= RECORDS_MIN}
    if not kickers:
        return last + 1
    start, prev = last + 1, last + 1
    for k in range(last, first - 1, -1):  # walk back from the end while the records go on
        v = lines[k]
        if v.label is Label.CONTENT and v.line.n_words >= RECORD_TEXT_WORDS:
            break
        if v.line.norm in kickers and v.label is Label.SHORT:
            if prev - k > RECORD_SPAN:
                break  # the records must run to the end: the last of them within RECORD_SPAN too
            start, prev = k, k
    repeats = sum(1 for v in lines[start : last + 1] if v.line.norm in kickers)
    if repeats < RECORDS_MIN or start <= first or any(v.line.norm in kickers for v in lines[first:start]):
        return last + 1  # too few, or the run itself is made of such records (a page of them)
    return start


def _comments_start(lines: list[Verdict], scores: list[float] | None = None) -> int:
    """Index of the comments opener that follows the article: the first one with a run of
    prose of `COMMENTS_AFTER_TEXT` before it (a "Comments" link under the headline has none).
    `len(lines)` when there is none."""
    return _closed_at(lines, [k for k, v in enumerate(lines) if opens_comments(v)], scores)


def _text_end(lines: list[Verdict], scores: list[float] | None = None) -> int:
    """Where the page's own text ends: at readers' comments (see `_comments_start`) or at the
    copyright line that closes the page's footer, whichever comes first after a run of prose.

    The footer's notice counts when at least `FOOTER_LINKS` of the `FOOTER_REACH` lines before it
    are not text (footer links). What a dump prints after the footer is mostly the page's dialogs
    (terms, privacy policy, newsletter forms), not its article. A photo credit ("© Reuters")
    inside an article has text around it, and a "Copyright license" list item no year, "rights
    reserved" or "Copyright ©" (`_NOTICE`): neither closes anything."""
    closers = [k for k, v in enumerate(lines) if v.rule is not None and (opens_comments(v) or _footer_notice(lines, k))]
    return _closed_at(lines, closers, scores)


def _closed_at(lines: list[Verdict], closers: list[int], scores: list[float] | None) -> int:
    """The first of the `closers` (line indexes) with a run of prose of `COMMENTS_AFTER_TEXT`
    before it, or `len(lines)`; line scores are computed only when there is a closer."""
    if not closers:
        return len(lines)
    scores = scores if scores is not None else [_line_score(v) for v in lines]
    closing = set(closers)
    best, total = 0.0, 0.0  # `_max_run(scores[:k])[2]`, kept up to date in one pass
    for k in range(closers[-1] + 1):
        if best >= COMMENTS_AFTER_TEXT and k in closing:
            return k
        total = max(total, 0.0) + scores[k]
        best = max(best, total)
    return len(lines)


def _footer_notice(lines: list[Verdict], k: int) -> bool:
    """Line k is a copyright notice after the footer's links (see `_text_end`)."""
    v = lines[k]
    return (
        v.rule is not None
        and v.rule.id in FOOTER_RULES
        and _NOTICE.search(v.line.text) is not None
        and sum(1 for u in lines[max(0, k - FOOTER_REACH) : k] if u.label is not Label.CONTENT) >= FOOTER_LINKS
    )


def _before_end(lines: list[Verdict]) -> list[Verdict]:
    """The lines before readers' comments begin or the footer closes the page."""
    return lines[: _text_end(lines)]


def _is_barrier(v: Verdict) -> bool:
    return v.rule is not None and v.rule.id in BARRIER_RULES


def opens_comments(v: Verdict) -> bool:
    """Whether the line surely opens readers' comments ("34 responses to ...", "jane says:", or
    a count with a colon: Blogger's "10 comments:" heads its thread, where a "12 Comments" link
    under a headline has no colon; the catalog matches normalised lines, which lose it)."""
    if v.rule is None:
        return False
    return v.rule.id in COMMENTS_RULES or (
        v.rule.id == COMMENTS_SECTION and v.line.text[:1].isdigit() and v.line.text.endswith(":")
    )


def _max_run(scores: list[float]) -> tuple[int, int, float]:
    """The maximum-sum run of scores: first, last, sum (0, -1, 0.0 when every score is negative)."""
    best = (0, -1, 0.0)
    start, total = 0, 0.0
    for k, score in enumerate(scores):
        if total <= 0:
            start, total = k, 0.0
        total += score
        if total > best[2]:
            best = (start, k, total)
    return best


def _main_draft(unit: _Unit, title: str | None) -> tuple[Draft | None, list[Removal]]:
    """The main article: its unit trimmed to the densest run of text, plus its headline."""
    lines = _non_blank(unit.verdicts)
    first, last, _ = unit.core()
    if (
        first < last
        and _headline_like(lines[first])
        and not any(v.label is Label.SHORT for v in lines[max(0, first - 2) : first])
    ):
        lines[first] = lines[first].relabel(Label.SHORT)  # the core opens with its own headline
    head = _headline_zone(lines[:first], title)
    end = last + len(_list_tail(lines, last)) + 1
    kept = _Unit(verdicts=head + lines[first:end] + _source_line(lines, end))
    draft, removed = _draft(kept, "main", _title_key(title) if title else None)
    if draft is not None:
        draft, box = _without_author_box(draft, kept.verdicts)
        removed += box
    inside = {v.line.number for v in kept.verdicts}  # (the zone may hold relabelled copies: by number)
    removed += [removal(v, _stray(v)) for v in lines if v.line.number not in inside]
    return draft, removed


#: Headings of an author box under the text ("About the author"): `data/author_box_openers.txt`.
AUTHOR_BOX_OPENERS = data_words("author_box_openers.txt")
#: The box is at most this many lines under its heading, of at most this many words together.
AUTHOR_BOX_LINES, AUTHOR_BOX_WORDS = 3, 150
AUTHOR_BOX = Rule(
    "author-bio", "position", "", "the author's name and a note about them, under an 'About the author' heading"
)


def _without_author_box(draft: Draft, lines: list[Verdict]) -> tuple[Draft, list[Removal]]:
    """The main article without its author box: the lines right under an "About the author"
    heading (the author's name, a note about them) in the article's second half, when they are
    few and short (`AUTHOR_BOX_LINES`, `AUTHOR_BOX_WORDS`); an article that goes on at length
    under such a heading keeps its text."""
    body = draft.body
    if len(body) < 2:
        return draft, []
    lo, hi = body[0].line.number, body[-1].line.number
    at = next(
        (
            v.line.number
            for v in lines
            if v.label in (Label.UI, Label.SHORT)
            and lo < v.line.number < hi
            and v.line.norm.rstrip(" :") in AUTHOR_BOX_OPENERS
        ),
        None,
    )
    if at is None:
        return draft, []
    start = next(k for k, v in enumerate(body) if v.line.number >= at)
    heading = int(body[start].line.number == at)  # the heading itself, when it was kept as a subhead
    box = body[start : start + heading + AUTHOR_BOX_LINES]
    words = [v.line.n_words for v in body]
    if sum(v.line.n_words for v in box) > AUTHOR_BOX_WORDS or 2 * sum(words[:start]) < sum(words):
        return draft, []
    return replace(draft, body=body[:start] + body[start + len(box) :]), [removal(v, AUTHOR_BOX) for v in box]


#: Labels of a summary box between a headline and its text ("Key points", "Highlights"):
#: `data/summary_labels.txt`.
SUMMARY_LABELS = data_words("summary_labels.txt")


def _summary_label(v: Verdict) -> bool:
    """A short line that labels the article's summary box: the text's first line, not its title."""
    return v.label is Label.SHORT and v.line.n_words <= 5 and v.line.norm.rstrip(" :") in SUMMARY_LABELS


def _headline_like(v: Verdict) -> bool:
    """An unpunctuated line of headline length."""
    return not v.line.terminal and v.line.n_words <= HEADLINE_MAX_WORDS and not v.line.list_item


def _headline_zone(before: list[Verdict], title: str | None) -> list[Verdict]:
    """Lines just above the core that hold its headline and header (a few at most).

    With a known `title`, the zone starts at the last line that matches it.
    """
    if title:
        key = _title_key(title)
        for k in range(len(before) - 1, -1, -1):
            if _same_title(before[k].line.norm, key):
                return _bylined(_named_header(before, k)) if len(before) - k <= 12 else before[k : k + 1]
    if before and _summary_label(before[-1]):
        return [*_headline_zone(before[:-1], title), before[-1]]  # "Key points" over the text: no headline
    zone: list[Verdict] = []
    for k in range(len(before) - 1, -1, -1):
        v = _dated(before[k])
        shorts = [z for z in zone if z.label is Label.SHORT and worded(z)]
        headline = v.label is Label.SHORT and worded(v) and all(z.line.norm == v.line.norm for z in shorts)
        if v.label is Label.SHORT and _header_name(before, k, zone):
            zone.insert(0, _as_header_name(v))
        elif headline or (
            (v.label in (Label.META, Label.UI) or not worded(v)) and _header_lines(zone) < HEADER_ZONE_LINES
        ):
            zone.insert(0, v)
        elif not shorts and k > 0 and _dek_over_header(before[k - 1], v, zone):
            zone = [before[k - 1], v.relabel(Label.UI, STANDFIRST), *zone]  # headline / standfirst / byline
            break
        elif v.label is Label.SHORT and len(shorts) == 1 and zone[0] is shorts[0] and _dek_pair(v, shorts[0]):
            zone.insert(0, v)  # the headline over its standfirst
        elif v.label is Label.SHORT and len(shorts) == 1 and zone[0] is shorts[0] and _outlet_over_headline(v, zone):
            zone.insert(0, as_outlet(v))  # "Houston Chronicle" / headline / date
            break
        elif v.label is Label.SHORT and len(shorts) == 1 and _headline_over_label(v, zone):
            zone.remove(shorts[0])  # "Houston, TX" or "Politics" between the headline and the date
            zone.insert(0, v)
        elif v.label is Label.SHORT and len(shorts) == 1 and _headline_over_header(v, zone):
            at = zone.index(shorts[0])  # "Add Yahoo on Google" under the byline is not the headline;
            if _outlet_like(shorts[0]):  # an outlet's name there is the outlet ("読売新聞オンライン")
                zone[at] = as_outlet(shorts[0])
            else:
                zone.pop(at)
            zone.insert(0, v)
        else:
            break
    while zone and zone[0].label is not Label.SHORT and zone[0].label is not Label.META:
        zone.pop(0)
    return _bylined(zone)


#: A standfirst printed as a sentence between the headline and the byline has at most this many words.
DEK_MAX_WORDS = 45
STANDFIRST = Rule(
    "standfirst", "position", "", "the standfirst under the headline: a summary of the article, not its text"
)


def _dek_over_header(headline: Verdict, dek: Verdict, zone: list[Verdict]) -> bool:
    """`dek` is a standfirst written as a sentence ("Yields have climbed for six weeks. Here is
    why.") between `headline` and a header (`zone`, with a byline or date in it) over the text:
    the headline above it is the title, and the standfirst is removed (`STANDFIRST`) as an
    unpunctuated one is (news pages' main text leaves it out). A sentence over the header with
    no headline above it is left alone: a caption or a promo looks the same."""
    return (
        dek.label is Label.CONTENT
        and dek.line.n_words <= DEK_MAX_WORDS
        and not dek.line.list_item
        and headline.label is Label.SHORT
        and worded(headline)
        and _headline_like(headline)
        and headline.line.n_words >= DEK_HEADLINE_WORDS
        and any(z.label is Label.META and z.header is not None for z in zone)
    )


def _named_header(before: list[Verdict], at: int) -> list[Verdict]:
    """`before[at:]`, the known headline and the lines under it, with the names between it and
    the date read as its outlet or author (see `_header_name`)."""
    zone: list[Verdict] = []
    for k in range(len(before) - 1, at, -1):
        v = _dated(before[k])
        if v.label is Label.SHORT and _header_name(before, k, zone):
            v = _as_header_name(v)
        zone.insert(0, v)
    return [before[at], *zone]


def _dated(v: Verdict) -> Verdict:
    """A short line of the article's header that holds its date among a few other words
    (`dated_header`: "Reuters November 18, 2019 11:03 PM") as the header line it is, not a
    headline."""
    if v.label is not Label.SHORT or (header := dated_header(v.line.text)) is None:
        return v
    return v.relabel(Label.META, DATED_RULE, header)


#: A name between a headline and its date is the outlet or author (a person's name has at most
#: `HEADER_NAME_WORDS` words) when the headline has `HEADER_NAME_HEADLINE_WORDS` words or more and
#: at least `HEADER_NAME_MARGIN` more than a person's name (one more than a known outlet's).
HEADER_NAME_WORDS, HEADER_NAME_HEADLINE_WORDS, HEADER_NAME_MARGIN = 3, 5, 3


def _header_name(before: list[Verdict], k: int, zone: list[Verdict]) -> bool:
    """`before[k]` is a name in the article's header, not its headline: it sits right above the
    date (or above a name that does) and under a longer headline, one more name between them at
    most (Yahoo: headline / "Associated Press" / "Jane Smith" / "Updated Wed, November 25..."), a
    standfirst set aside between them or not (`_standfirst`)."""
    if not any(timed(z) for z in zone[:3]):
        return False
    if not (zone[0].label is Label.META and zone[0].header is not None and _header_named(before[k])):
        return False
    j = k - 1
    if j >= 0 and (before[j].label is Label.META or _header_named(before[j])):
        j -= 1  # an outlet's name over the author's
    if j > 0 and before[j].rule is STANDFIRST:
        j -= 1  # headline / standfirst / "Juan Pérez" / date
    above = before[j] if j >= 0 else None
    name = before[k]
    margin = 1 if _outlet_name(name) else HEADER_NAME_MARGIN  # a known outlet's name is no headline
    return above is not None and above.label is Label.SHORT and _outweighs(above, name, margin)


def _outweighs(headline: Verdict, label: Verdict, margin: int = HEADER_NAME_MARGIN) -> bool:
    """`headline` reads as the headline over the short line `label` under it (a name, a place,
    a section): headline-like, `HEADER_NAME_HEADLINE_WORDS` words or more and `margin` more."""
    return _headline_like(headline) and headline.line.n_words >= max(
        HEADER_NAME_HEADLINE_WORDS, label.line.n_words + margin
    )


def _bylined(zone: list[Verdict]) -> list[Verdict]:
    """The zone with a bare name over the date read again: `revise` takes any name-like line
    beside a time stamp for the outlet, as cards print it, but above the page's own text it is the
    byline ("Jane Doe": a person's name under a longer headline) or, with no longer line above it
    in the zone, the headline itself. A known outlet, or a name with an outlet's word under a
    headline, stays the outlet."""
    out = list(zone)
    for k, z in enumerate(out[:-1]):
        h, under = z.header, out[k + 1].header
        if not (
            z.label is Label.META
            and h is not None
            and h.kind == "outlet"
            and h.outlet == z.line.text
            and not h.listed
            and under is not None
            and under.time is not None  # right over the date
        ):
            continue
        above = [v for v in out[:k] if v.label is Label.SHORT and worded(v)]
        below = [v for v in out[k + 1 :] if v.label is Label.SHORT and worded(v)]
        longest = max((v.line.n_words for v in above), default=0)
        if above and not below and z.line.n_words > max(longest, 2) and _headline_like(z):
            out[k] = z.relabel(Label.SHORT)  # "Home" / "News" / "Council Names New Chief" / date
        elif _person_name(z) and (above or below):
            out[k] = as_byline(z)  # the headline is another line: above, or under the date
    return out


def _as_header_name(v: Verdict) -> Verdict:
    """A name between the headline and the date (`_header_name`) as the author, or as the outlet
    when it is a known outlet's or holds an outlet's word."""
    if (name := name_and_role(v.line.text)) is not None:
        return as_byline(v, author=name)  # "Damian Carrington Environment editor"
    return as_byline(v) if _person_name(v) and not _outlet_name(v) else as_outlet(v)


def _name_like(v: Verdict) -> bool:
    """Two or three name-like words ("Jane Smith", "Sky News"), or two people's names joined by
    "and" ("Jane Smith and Mark Lee": `authors_pair`)."""
    if 2 <= v.line.n_words <= HEADER_NAME_WORDS:
        return looks_like_name(v.line.text, max_words=HEADER_NAME_WORDS)
    return 5 <= v.line.n_words <= 7 and authors_pair(v.line.text)


def _person_name(v: Verdict) -> bool:
    """A name without an outlet's word: "Jane Smith", not "Sky News"."""
    return _name_like(v) and not _outlet_word(v)


def _outlet_word(v: Verdict) -> bool:
    """The line holds a word of outlets' names (`OUTLET_WORDS`: "News", "Gazette")."""
    return not OUTLET_WORDS.isdisjoint(v.line.norm.split())


def _outlet_like(v: Verdict) -> bool:
    """A known outlet's name or site, or a name holding an outlet's word ("Harbour Gazette",
    "日本経済新聞")."""
    if _outlet_name(v):
        return True
    text = v.line.text
    return looks_like_name(text) and (not text.isascii() or _outlet_word(v))


def _header_named(v: Verdict) -> bool:
    """A known outlet's name, or a name of two or three words (with a reporter's role after it
    or not: "Damian Carrington Environment editor")."""
    return v.label is Label.SHORT and (_outlet_name(v) or _name_like(v) or name_and_role(v.line.text) is not None)


#: At most this many header lines (byline, dates, buttons, counts) between a headline and its text;
#: separators and counts ("·", "23") are not counted.
HEADER_ZONE_LINES = 8


def _header_lines(zone: list[Verdict]) -> int:
    return sum(1 for z in zone if worded(z))


def _headline_over_header(v: Verdict, zone: list[Verdict]) -> bool:
    """A headline above the article's header lines (byline, date), longer than the one short line
    between them and the text (a button or promo such as "Listen to this article")."""
    lower = next(z for z in zone if z.label is Label.SHORT)
    above = zone[: zone.index(lower)]
    return (
        _headline_like(v)
        and v.line.n_words > lower.line.n_words
        and any(z.label is Label.META for z in above)
        and all(z.label is Label.META or z.label is Label.UI for z in above)
    )


def _outlet_over_headline(v: Verdict, zone: list[Verdict]) -> bool:
    """A known outlet's name right over a dated headline whose header names no outlet ("Houston
    Chronicle" / headline / "Nov 25, 2026"). Only a catalogued one: a name with an outlet's word
    there is as often a section's ("Mental Health", "Real Estate News")."""
    return (
        _outlet_name(v)
        and any(timed(z) for z in zone)
        and not any(z.header is not None and z.header.outlet for z in zone)
    )


def _headline_over_label(v: Verdict, zone: list[Verdict]) -> bool:
    """A headline over a short label that sits right over the date: the label ("Houston, TX",
    "Politics") is no headline when the line above is one and several words longer (as for a
    name there, `_header_name`)."""
    label = zone[0]
    return (
        len(zone) > 1
        and label.label is Label.SHORT
        and label.line.n_words <= HEADER_NAME_WORDS
        and timed(zone[1])
        and _outweighs(v, label)
    )


def _source_line(lines: list[Verdict], at: int) -> list[Verdict]:
    """The line at `at` when it names the story's source ("Originally published at ...", or a
    dashed credit as the unit's last line: "— Reuters"): the article's outlet, printed under its
    text."""
    if at < len(lines) and (_source(lines[at]) or (at == len(lines) - 1 and dashed_credit(lines[at]))):
        return [lines[at]]
    return []


def _closing_credit(verdicts: tuple[Verdict, ...], i: int) -> bool:
    """A dashed credit right under a story's text with a heading or nothing after it ("— Reuters"
    / "Related Articles"): the story's outlet, the end of its text, no next card's header."""
    return dashed_credit(verdicts[i]) and _next_label(verdicts, i, skip_meta=False) in (None, Label.HEADING)


def _source(v: Verdict) -> bool:
    """A header line naming the story's source under its text ("read more at Reuters")."""
    return v.label is Label.META and v.header is not None and v.header.kind == "source"


def _list_tail(lines: list[Verdict], last: int) -> list[Verdict]:
    end = _body_end(lines, last)
    return lines[last + 1 : end + 1]


def _draft(unit: _Unit, role: str, title_key: str | None = None) -> tuple[Draft | None, list[Removal]]:
    lines = _non_blank(unit.verdicts)
    text_at = [k for k, v in enumerate(lines) if v.label is Label.CONTENT]
    if role == "related" and text_at:
        lines = _outlet_under_card_title(lines, text_at[0])
    meta = tuple(v for v in lines if v.label is Label.META)
    removed = [removal(v) for v in lines if v.label in (Label.UI, Label.META)]
    if not text_at:
        title, _ = _title(lines)
        if role == "related" and title is not None and any(_fields(v) for v in meta):
            removed += [removal(v, OUTSIDE) for v in lines if v.label is Label.SHORT and v is not title]
            return Draft(role, title, (), meta), removed  # a card with a title and a header, no text
        removed += [removal(v, OUTSIDE) for v in lines if v.label in (Label.SHORT, Label.CONTENT)]
        return None, removed
    first, last = text_at[0], _body_end(lines, text_at[-1])
    if first > 1 and _summary_label(lines[first - 1]):
        first -= 1  # the label of a summary box opens the text; the title is above it
    title, repeats = _title(lines[:first], title_key, main=role == "main")
    body = tuple(v for v in lines[first : last + 1] if v.label in (Label.CONTENT, Label.SHORT))
    kept = {id(v) for v in body} | {id(title)} | {id(v) for v in repeats}
    removed += [removal(v, REPEATED_TITLE) for v in repeats]
    removed += [removal(v, OUTSIDE) for v in lines if v.label is Label.SHORT and id(v) not in kept]
    return Draft(role, title, body, meta), removed


def _title(head: list[Verdict], key: str | None = None, *, main: bool = False) -> tuple[Verdict | None, list[Verdict]]:
    """The last short line before the text, and copies of it just above (a doubled headline).

    With the caller's title (`key`), the last short line that matches it: a caption or a promo
    between the headline and the text is not the headline. The page's own article's headline
    may have a standfirst under it (`_dek_pair`): the headline is the title."""
    shorts = [v for v in head if v.label is Label.SHORT and worded(v)]
    if not shorts:
        return None, []
    if key is not None and not _same_title(shorts[-1].line.norm, key):
        shorts = _through_last(shorts, key)
    if main and len(shorts) >= 2 and _dek_pair(shorts[-2], shorts[-1]) and _adjacent(head, shorts[-2], shorts[-1]):
        return shorts[-2], []  # the headline, not the standfirst printed under it
    title, repeats = shorts[-1], list[Verdict]()
    while len(shorts) > len(repeats) + 1 and shorts[-2 - len(repeats)].line.norm == title.line.norm:
        repeats.append(title)
        title = shorts[-2 - len(repeats) + 1]
    return title, repeats


#: A standfirst (dek) under a headline of at least `DEK_HEADLINE_WORDS` words has at least
#: `DEK_MORE_WORDS` words more than it (a kicker above a headline is shorter than the headline).
DEK_HEADLINE_WORDS, DEK_MORE_WORDS = 4, 2


def _count_line(v: Verdict) -> bool:
    """A short line that is only a count ("18" likes); a header such as "3h" is not one, nor
    is a catalogued outlet whose name is a number ("444", a Hungarian site)."""
    return v.label is Label.SHORT and not worded(v) and not _outlet_name(v)


def _dek_pair(headline: Verdict, dek: Verdict) -> bool:
    """`headline` over `dek`: two unpunctuated lines, the lower one longer, as news pages print a
    headline and its standfirst ("Harbour wall to be rebuilt" / "Engineers warned that ...")."""
    a, b = headline.line, dek.line
    return (
        _headline_like(headline)
        and _headline_like(dek)
        and a.n_words >= DEK_HEADLINE_WORDS
        and b.n_words >= a.n_words + DEK_MORE_WORDS
    )


def _adjacent(lines: list[Verdict], a: Verdict, b: Verdict) -> bool:
    """`b` is the line right after `a` (blank lines aside)."""
    shown = [v for v in lines if v.label is not Label.BLANK]
    return any(x is a and y is b for x, y in itertools.pairwise(shown))


def _through_last(shorts: list[Verdict], key: str) -> list[Verdict]:
    """`shorts` up to the last one that matches the caller's title (all of them when none does)."""
    for k in range(len(shorts) - 1, -1, -1):
        if _same_title(shorts[k].line.norm, key):
            return shorts[: k + 1]
    return shorts


def _body_end(lines: list[Verdict], last_text: int) -> int:
    """Extend the body past its last paragraph over a list it introduces or a run of data lines
    (tour dates, specifications), allowing one heading line before the run, or over a table
    printed one cell per line."""
    if (table := _table_end(lines, last_text + 1)) > last_text:
        return table
    end = last_text
    opens_list = lines[last_text].line.text.endswith(":")
    for k in range(last_text + 1, len(lines)):
        v = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if _is_barrier(v):  # (every line that `opens_comments` is a barrier)
            break  # nor into readers' comments: "Comments (3)" / "Amy September 11, 2008 at 2:06 PM"
        if v.label is Label.SHORT and (v.line.list_item or opens_list or _data_like(v)):
            end = k
        elif v.label is Label.SHORT and k == end + 1 and nxt is not None and _data_like(nxt) and v.line.repeats < 2:
            continue  # a heading over the data run
        elif v.label is not Label.UI and v.label is not Label.META:
            break
    return end


#: A table's number cell: a rank, an amount, a percentage, or a quantity with its unit ("80g",
#: "12 cloves", "3.5 in."; a word of up to six letters).
_NUMBER_CELL = regex.compile(r"^[#$€£]?[+-]?\d[\d.,:/%]*\s?(?:%|[^\W\d]{1,6}\.?)?$")
#: A table printed one cell per line: in every TABLE_WINDOW lines at least TABLE_NUMBERS are numbers...
TABLE_WINDOW = 6
TABLE_NUMBERS = 2
#: ... over at least this many lines, its header cells (up to TABLE_HEAD lines: a caption, the
#: column heads, a group's label and the first row's name) before the first number. With 6 and
#: bare numbers only, a shopping list's quantities ("80g") under its seven heads were read as
#: furniture and cut its meal plan in two: text WCXB +0.0006, HTML ±0.
TABLE_MIN_LINES = 16
TABLE_HEAD = 10
#: A cell (or the table's heading) has at most this many words.
TABLE_CELL_WORDS = 12


def _table_end(lines: list[Verdict], start: int) -> int:
    """Index of the last line of a table printed one cell per line from `start` (numbers recur
    among short cells: ranks, amounts, percentages), or `start - 1` when none starts there."""
    cells: list[bool] = []
    first: int | None = None  # the first number's cell
    for k in range(start, len(lines)):  # (no slice: most runs stop within a few lines)
        v = lines[k]
        if v.label is Label.CONTENT or v.line.n_words > TABLE_CELL_WORDS or v.label is Label.HEADING:
            break
        cells.append(_NUMBER_CELL.match(v.line.text) is not None)
        if first is None and cells[-1]:
            first = len(cells) - 1
        if first is None and len(cells) > TABLE_HEAD:
            return start - 1  # no number within the head: no table (a menu's run is not read to its end)
    if first is None:
        return start - 1
    end = first
    for k in range(first, len(cells)):
        if sum(cells[max(first, k - TABLE_WINDOW + 1) : k + 1]) < TABLE_NUMBERS and k - first >= TABLE_WINDOW:
            break
        if cells[k]:
            end = k
    end = min(len(cells) - 1, end + 3)  # the last row's cells after its last number
    return start + end if end - first + 1 >= TABLE_MIN_LINES else start - 1


def _data_like(v: Verdict) -> bool:
    """A short line that reads as a list or table entry: numbers, prices, commas, colons."""
    line = v.line
    if v.label is not Label.SHORT or line.repeats > 1:
        return False
    return line.list_item or (line.n_words >= 4 and _DATA_CHARS.search(line.text) is not None)


def _stray(v: Verdict) -> Rule | None:
    return STRAY_TEXT if v.label in (Label.SHORT, Label.CONTENT) else None


def removal(v: Verdict, rule: Rule | None = None) -> Removal:
    """The removal of a line: by `rule`, else by the rule behind its label, else as outside any article."""
    r = rule or v.rule or OUTSIDE
    return Removal(line=v.line.number, text=v.line.text, rule=r.id, reason=r.reason)
