"""Stages 2 and 3: context-free line labels, then a context-sensitive revision.

Like jusText, every line keeps its first label and its final one, so `--explain` can say why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

import regex

from .config import Config
from .features import Line
from .headers import (
    DATED_MARKERS,
    WORDED,
    Header,
    authors_pair,
    looks_like_name,
    name_and_role,
    parse_header,
    uncased,
)
from .memo import MEMO_MAX_CHARS
from .rules import PHOTO_CREDIT, Rule, Rules
from .text import data_words
from .timeago import bare_count

__all__ = ["Label", "Verdict", "as_outlet", "classify", "revise"]


class Label(Enum):
    BLANK = "blank"
    CONTENT = "content"  # a paragraph of text
    SHORT = "short"  # a title, heading or list item — or unrecognised furniture
    UI = "ui"  # interface text (rule says which)
    HEADING = "heading"  # a section heading that opens a teaser block
    META = "meta"  # outlet / time-ago / byline header line


@dataclass(frozen=True, slots=True)
class Verdict:
    """A line's label, the rule behind it, and any header it parsed to."""

    line: Line
    label: Label
    first: Label
    rule: Rule | None = None
    header: Header | None = None

    def relabel(self, label: Label, rule: Rule | None = None, header: Header | None = None) -> Verdict:
        return Verdict(self.line, label, self.first, rule, header)  # twice as fast as `replace`


OUTLET_RULE = Rule("outlet-header", "meta", "", "outlet name in a teaser header; kept as the article's outlet")
TIME_RULE = Rule("time-ago", "meta", "", "publication time in a teaser header; kept as the article's time")
BYLINE_RULE = Rule("byline", "meta", "", "byline; kept as the article's author and outlet")
DATED_RULE = Rule(
    "dated-header", "meta", "", "header line holding the article's date among a few other words; kept as its time"
)
COUNT_RULE = Rule("widget-count", "ui", "", "a count between interface buttons (votes, likes, replies)")
FOLLOWED_RULE = Rule(
    "followed-name", "meta", "", "a name above a follow button; kept as the author unless a byline names one"
)
NAMED_RULE = Rule(
    "header-name",
    "meta",
    "",
    "a person's name between the headline and the text; kept as the author unless a byline names one",
)
PAIR_RULE = Rule("header-authors", "meta", "", "two people's names beside a time stamp; kept as the article's authors")
CAPTION_RULE = Rule(
    "caption", "position", "", 'a picture\'s caption under its credit line ("Getty Images"), over two paragraphs'
)
#: A credit line of at most this many words ("Getty Images", "Photo: Reuters") heads a caption.
CREDIT_HEAD_WORDS = 3
#: Rules of names read as the author from where they stand, not from a "By": a byline wins over them.
INFERRED_AUTHOR_RULES = frozenset({FOLLOWED_RULE, NAMED_RULE, PAIR_RULE})
HEADING_RULE = Rule("section-heading", "heading", "", "heading that opens a block of other stories")
CARD_LINK_RULE = Rule("card-link", "ui", "", "link printed under every card of a list; not a section heading")
#: A section-heading text printed this often on one page is a link repeated under each card.
CARD_LINK_REPEATS = 3
CONTENTS_RULE = Rule(
    "contents-list", "ui", "", "a table of contents: its entries come again below as the article's subheads"
)
ENTRY_LINK_RULE = Rule(
    "entry-link", "ui", "", "a 'More on <name>' link under an entry about that name; not a section heading"
)
GENERIC_RULE = Rule("ui-generic", "ui", "", "short line of interface vocabulary without sentence punctuation")
NO_WORDS_RULE = Rule("no-words", "ui", "", "line of punctuation or symbols only: a separator or an icon's glyph")
FLAT_MENU_RULE = Rule(
    "flat-menu", "ui", "", "long run of capitalised words with no punctuation or function words: a menu on one line"
)
#: A flattened menu ("Camera Bags & Cases Camera Tripods & Stands Gimbals ..."): at least this
#: many words, this share of them capitalised, at most this share function words, at most one
#: comma in as many words, and no closing punctuation. (On the dev dumps: 7,380 such words
#: outside any truth, 80 in one.)
FLAT_MENU_WORDS = 15
FLAT_MENU_CAPS = 0.85
FLAT_MENU_STOP = 0.07
FINE_PRINT_RULE = Rule(
    "fine-print", "ui", "", "a footnote's small print (marked with a dagger, a lozenge, a section sign or asterisks)"
)
#: A line that opens with one of these footnote marks ("† New subscribers only", "◊ Financing
#: available to qualified customers"), with a section sign and a space but no number after it
#: ("§ 230" cites a statute; "§Examples" is a documentation anchor), or with two to five
#: asterisks before a letter ("** Color availability may vary", "*** Sold separately") and no
#: closing pair (markdown's "**Bold**") is a footnote's small print. (On the dev dumps: 2,785
#: words of lines with the first marks, and 778 with asterisks, kept as text outside any truth;
#: 20 and none in one.)
_FINE_PRINT = regex.compile(r"\s*(?:[†‡◊]|§\s+(?!\d)|\*{2,5}\s*[^\W\d_](?!.*\*\*))")
_FINE_PRINT_MARKS = frozenset("†‡◊§*")


def _fine_print(text: str) -> bool:
    """A footnote's small print (`_FINE_PRINT`); most lines are ruled out by their first character."""
    lead = text.lstrip()[:1]
    return lead in _FINE_PRINT_MARKS and _FINE_PRINT.match(text) is not None


CAPITALS_RULE = Rule(
    "capitals-notice", "ui", "", "a long line set in capitals: a licence's or a disclaimer's legal text"
)
#: A line of at least this many words with at least this share of its letters upper-case is
#: legal text set in capitals ("ACCESS TO SOFTWARE CONTENT IS LIMITED TO ONE ACCOUNT ...", "NOT
#: FDIC INSURED · MAY LOSE VALUE ..."). On the dev dumps such kept lines held 262 words outside
#: any truth and 68 in one.
CAPITALS_WORDS = 15
CAPITALS_SHARE = 0.85


def _in_capitals(line: Line) -> bool:
    """A long line whose letters are (nearly) all capitals (see `CAPITALS_WORDS`).

    Prose is ruled out first by a count of its lower-case letters (a C-speed `map`, twice as
    fast as sorting letters out): a line in capitals has at most `1 - CAPITALS_SHARE` of its
    letters, so of its characters, in lower case."""
    if line.n_words < CAPITALS_WORDS:
        return False
    text = line.text
    if sum(map(str.islower, text)) > (1 - CAPITALS_SHARE) * len(text):
        return False
    letters = sum(map(str.isalpha, text))
    return letters > 0 and sum(map(str.isupper, text)) >= CAPITALS_SHARE * letters


def classify(lines: tuple[Line, ...], rules: Rules, config: Config, stop: frozenset[str]) -> tuple[Verdict, ...]:
    """Context-free labels: each line on its own (UI rules are matched for the page at once).

    A short line's label depends only on its text, whether it repeats `CARD_LINK_REPEATS`
    times, the catalog, the stop words its features were computed with (`stop`) and `config`:
    it is remembered in the catalog's memo, so a batch labels each menu line once. `stop` is
    required: a default would file labels computed with one stop list under another's key."""
    memo = rules.memo.table(("classify", stop, config))
    out: list[Verdict | None] = [None] * len(lines)
    todo: list[int] = []
    keys = [_memo_key(line) for line in lines]
    for i, line in enumerate(lines):
        got = memo.get(keys[i])
        if got is None:
            todo.append(i)
        else:
            out[i] = Verdict(line, got[0], got[0], got[1], got[2])
    short = [i for i in todo if lines[i].n_words <= config.ui_max_words and not lines[i].blank]
    ui = dict(zip(short, rules.match_ui_lines([lines[i].norm for i in short]), strict=True))
    long = [i for i in todo if lines[i].n_words > config.ui_max_words]
    ui.update(zip(long, rules.match_notice_lines([lines[i].norm for i in long]), strict=True))
    for i in todo:
        line = lines[i]
        v = out[i] = _classify_one(line, ui.get(i), rules, config)
        if line.n_chars <= MEMO_MAX_CHARS:
            memo[keys[i]] = (v.label, v.rule, v.header)
    return tuple(v for v in out if v is not None)


def _memo_key(line: Line) -> str:
    """What a line's context-free label depends on besides the catalog and config."""
    return line.text if line.repeats < CARD_LINK_REPEATS else "\x00" + line.text


def _classify_one(line: Line, ui_rule: Rule | None, rules: Rules, config: Config) -> Verdict:
    def v(label: Label, rule: Rule | None = None, header: Header | None = None) -> Verdict:
        return Verdict(line, label, label, rule, header)

    if line.blank:
        return v(Label.BLANK)
    if _wordless(line):
        return v(Label.UI, NO_WORDS_RULE)
    short = line.n_words <= config.ui_max_words
    if short and line.n_words <= config.heading_max_words and rules.is_section_heading(line.norm):
        if line.repeats >= CARD_LINK_REPEATS:
            return v(Label.UI, CARD_LINK_RULE)  # "Read more" under every card opens nothing
        return v(Label.HEADING, HEADING_RULE)
    if ui_rule is not None:
        if ui_rule.id not in SOURCE_LINK_RULES:
            return v(Label.UI, ui_rule)
        header = parse_header(line.text, line.norm, rules)  # "Read more at Reuters": its source
        if header is None or header.kind != "source":
            return v(Label.UI, ui_rule)
        return v(Label.META, _header_rule(header), header)
    if line.n_words <= 12 and (header := parse_header(line.text, line.norm, rules)):
        if not header.known:
            return v(Label.SHORT, None, header)  # an outlet name on its own: `revise` decides
        return v(Label.META, _header_rule(header), header)
    if _flat_menu(line):
        return v(Label.UI, FLAT_MENU_RULE)
    if _fine_print(line.text):
        return v(Label.UI, FINE_PRINT_RULE)
    if _is_content(line, config):
        return v(Label.UI, CAPITALS_RULE) if _in_capitals(line) else v(Label.CONTENT)
    if _ui_vocabulary(line, config):
        return v(Label.UI, GENERIC_RULE)
    return v(Label.SHORT)


#: UI rules whose lines may name the outlet a story ran in ("Read more at Hindustan Times" under
#: a summary): such a line is the story's outlet, not a link to drop.
SOURCE_LINK_RULES = frozenset({"read-more-link"})


def _wordless(line: Line) -> bool:
    """No word at all: punctuation alone ("·", "|", "* * *"). A glyph such as "◆" or "→" counts as
    a word (`quick_words`): a row of arrows printed under every card of a page is the cards'
    template line, which segmentation reads (removing those as UI cost a service page 0.24)."""
    return not line.n_words


def _header_rule(header: Header) -> Rule:
    rules = {"time": TIME_RULE, "outlet": OUTLET_RULE, "byline": BYLINE_RULE, "dated": DATED_RULE}
    return rules.get(header.kind, OUTLET_RULE)


def _flat_menu(line: Line) -> bool:
    """A menu's entries printed on one line: title-cased words, no sentence in them (see `FLAT_MENU_WORDS`)."""
    return (
        line.n_words >= FLAT_MENU_WORDS
        and line.cap_ratio >= FLAT_MENU_CAPS
        and line.stop_ratio <= FLAT_MENU_STOP
        and not line.terminal
        and line.text.count(",") * FLAT_MENU_WORDS <= line.n_words  # ("Virgin Islands, British" in a list of countries)
    )


def _is_content(line: Line, config: Config) -> bool:
    if line.terminal:
        return (line.n_words >= config.sentence_words and not line.list_item) or line.n_chars >= config.content_chars
    if _headline(line, config):
        return False
    return line.n_words >= config.unpunctuated_words or line.n_chars >= config.unpunctuated_chars


def _headline(line: Line, config: Config) -> bool:
    """Title-cased and not too long, with no closing punctuation: a headline, not a paragraph."""
    return line.n_words <= config.headline_max_words and line.cap_ratio >= config.headline_cap_ratio


def _ui_vocabulary(line: Line, config: Config) -> bool:
    if line.terminal or line.n_words > config.ui_generic_words or line.list_item:
        return False
    first = line.norm.split(" ", 1)[0]
    return line.ui_ratio >= config.ui_generic_ratio and line.ui_ratio > 0 and first.isalpha() and line.stop_ratio < 0.6


#: Buttons printed after an author's name ("Follow", "Folgen"): see `data/follow_buttons.txt`.
FOLLOW_BUTTONS = data_words("follow_buttons.txt")


def _above_follow_button(v: Verdict, nxt: Verdict | None) -> bool:
    """A person's name (two to four name-like words) right above a follow button: with a date or
    reading time just after (`_dated`), the author's byline (Medium, LinkedIn), not a headline.
    (A menu prints "Follow" under any entry; a menu has no date after it.)"""
    return (
        v.label is Label.SHORT
        and nxt is not None
        and nxt.label is Label.UI
        and nxt.line.norm in FOLLOW_BUTTONS
        and 2 <= v.line.n_words <= 4
        and looks_like_name(v.line.text, max_words=4)
    )


def worded(v: Verdict) -> bool:
    """A line with a word in it (two letters in a row), not a count such as "412" or "1.2K", nor
    a share with its label ("Left 20%", "92% match": a bar of a chart, a poll's result)."""
    text = v.line.text
    return WORDED.search(text) is not None and not ("%" in text and _SHARE.fullmatch(text) is not None)


#: A percentage with at most two words of label before or after it.
_SHARE = regex.compile(r"(?:[^\W\d_]+\s){0,2}[<>~≈]?\d{1,3}(?:[.,]\d{1,2})?\s?%(?:\s[^\W\d_]+){0,2}")


def _count(v: Verdict) -> bool:
    """A count ("412", "1.2K"), not a year heading between archive links ("2015")."""
    return not worded(v) and _YEAR.fullmatch(v.line.text) is None


_YEAR = regex.compile(r"(?:19|20)\d\d")


def timed(v: Verdict | None) -> bool:
    """A header line that gives a time."""
    return v is not None and v.header is not None and v.header.time is not None


def _dated(window: Iterable[Verdict]) -> bool:
    """A time stamp or a reading time among these lines."""
    return any(timed(v) or (v.rule is not None and v.rule.id == "reading-time") for v in window)


def as_outlet(v: Verdict) -> Verdict:
    """The line as a teaser header's outlet, known to be one from where it stands (beside a time
    stamp, above a card's title). The outlet is the name its header parsed ("Opinion | Reuters":
    Reuters), else the whole line."""
    outlet = v.header.outlet if v.header is not None and v.header.outlet else v.line.text
    listed = v.header is not None and v.header.listed
    return v.relabel(Label.META, OUTLET_RULE, Header("outlet", outlet=outlet, known=True, listed=listed))


def _under_outlet_and_time(v: Verdict, prev: Verdict | None, before: Verdict | None) -> bool:
    """`v` under a time stamp that is under an outlet ("Variety on Yahoo" / "12 min ago" / title):
    the card has its outlet, so the name-like line is its title, even with no text after it
    (the page's last card). `before` is read as first classified: an outlet by its own text or
    the catalog, not a name guessed to be one from its place. The same outlet printed again is an outlet."""
    return (
        prev is not None
        and prev.header is not None
        and prev.header.time is not None
        and not prev.header.outlet
        and before is not None
        and before.header is not None
        and bool(before.header.outlet)
        and (before.label is Label.META or before.header.listed)
        and before.line.norm != v.line.norm
    )


def _uncased_name_over(v: Verdict, nxt: Verdict | None, after: Verdict | None) -> bool:
    """In a script without capitals (Arabic, Hebrew, Devanagari) no capitals tell a name: a line
    of one to three words over a time stamp, with a longer short line (the card's title) under
    the stamp, is the card's outlet as its place says ("כלכליסט" / "לפני 5 דקות" / title)."""
    text = v.line.text
    return (
        not text.isascii()
        and 1 <= v.line.n_words <= 3
        and uncased(text)
        and timed(nxt)
        and after is not None
        and after.label is Label.SHORT
        and after.line.n_words > v.line.n_words
    )


def dashed_credit(v: Verdict) -> bool:
    """An outlet's name after a dash ("— Reuters", "- Yomiuri Shimbun")."""
    h = v.header
    return (
        v.label is Label.META and h is not None and h.kind == "outlet" and bool(h.outlet) and v.line.text[:1] in "-–—"
    )


def _after_credit(before: Verdict | None, prev: Verdict | None, nxt: Verdict | None, after: Verdict | None) -> bool:
    """Between a card's closing credit under its text ("- Reuters") and a time stamp with a title
    under it (text / "- Reuters" / "Kyodo News" / "2 hours ago" / title): the next card's outlet,
    not a title (a title under a credit has its text, not another title, under its time). A
    credit in a header, under its time ("Reuters" / "1h" / "- Reuters" / title / "5h" / title),
    is followed by a card's title, which no credit under text makes an outlet. The next card's
    header may hold a credit of its own under its time (text / "- Reuters" / "Kyodo News" / "2h"
    / "- Kyodo News" / title)."""
    return (
        before is not None
        and before.label is Label.CONTENT
        and prev is not None
        and dashed_credit(prev)
        and nxt is not None
        and nxt.header is not None
        and nxt.header.time is not None
        and not nxt.header.outlet
        and after is not None
        and (after.label is Label.SHORT or dashed_credit(after))  # (or a three-line header's credit)
    )


def _credit_head(v: Verdict | None) -> bool:
    """A picture's credit on a short line of its own, printed over the picture's caption."""
    return v is not None and v.rule is not None and v.rule.id == PHOTO_CREDIT and v.line.n_words <= CREDIT_HEAD_WORDS


def _signed(v: Verdict | None) -> bool:
    """A header line that names the author and the time ("short by Jane Doe / 10:21 am on ...")."""
    return v is not None and v.header is not None and v.header.author is not None and v.header.time is not None


def as_byline(v: Verdict, rule: Rule = NAMED_RULE, author: str | None = None) -> Verdict:
    """The line as the article's author (the line's text, or `author` when the line holds more
    than the name), known to be one from where it stands (a person's name between the headline
    and the date; `FOLLOWED_RULE`: over a follow button)."""
    return v.relabel(Label.META, rule, Header("byline", author=author or v.line.text, known=True))


def revise(verdicts: tuple[Verdict, ...], config: Config, rules: Rules | None = None) -> tuple[Verdict, ...]:
    """Context-sensitive pass: outlets next to time stamps, UI-looking headings inside text.
    A line's neighbours are the nearest lines with words: a separator line ("·", "|") between
    an outlet and its time does not part them. With the catalog (`rules`), a "More on <name>"
    heading under an entry about that name is the entry's link (`_entry_links`). Dates that are a
    data table's first column are cells, not headers (`_table_dates`)."""
    out = list(verdicts)
    idx = [i for i, v in enumerate(out) if v.label is not Label.BLANK and v.rule is not NO_WORDS_RULE]
    for i in _contents_list(out, idx):
        out[i] = out[i].relabel(Label.UI, CONTENTS_RULE)
    for i in _entry_links(out, idx, rules) if rules is not None else ():
        out[i] = out[i].relabel(Label.UI, ENTRY_LINK_RULE)
    for i in _table_dates(out, idx) + _table_durations(out, idx):
        out[i] = out[i].relabel(Label.SHORT)
    for pos, i in enumerate(idx):
        prev = out[idx[pos - 1]] if pos > 0 else None
        nxt = out[idx[pos + 1]] if pos + 1 < len(idx) else None
        if _above_follow_button(out[i], nxt) and _dated(out[k] for k in idx[pos + 2 : pos + 6]):
            out[i] = as_byline(out[i], FOLLOWED_RULE)
        else:
            after = out[idx[pos + 2]] if pos + 2 < len(idx) and out[i].label is Label.SHORT else None
            before = verdicts[idx[pos - 2]] if pos > 1 and out[i].label is Label.SHORT else None
            out[i] = _revise_one(out[i], prev, nxt, after, before, rules)
    return tuple(out)


#: A "More on <name>" heading is an entry's own link when the name is in the entry's last lines.
ENTRY_LINK_REACH = 4
#: ... and such links come under this many entries at least: one alone is a section about the
#: name just printed above it ("Written by Priya Raman" / "More from Priya Raman").
ENTRY_LINKS_MIN = 2


def _entry_links(out: list[Verdict], idx: list[int], rules: Rules) -> list[int]:
    """Section headings about a name ("More on Goblin Band") printed under entries of a list,
    each about that name (a review of Goblin Band's album, a school's profile): each entry's own
    link, not a heading that opens a block of other stories."""
    found = []
    for pos, i in enumerate(idx):
        if out[i].label is not Label.HEADING or not (subject := rules.heading_subject(out[i].line.norm)):
            continue
        above = " ".join(out[k].line.norm for k in idx[max(0, pos - ENTRY_LINK_REACH) : pos])
        if f" {subject}" in f" {above}":  # at a word's start: "goblin band" in "goblin banda loaf of wax"
            found.append(i)
    return found if len(found) >= ENTRY_LINKS_MIN else []  # one is an author's "More from <name>"


#: Dates are a table's first column when at least this many of them come at one step...
TABLE_DATE_ROWS = 5
#: ... of at most this many lines, the cells between them numbers only ("+13.1%", "87.8").
TABLE_DATE_COLUMNS = 4


def _table_dates(out: list[Verdict], idx: list[int]) -> list[int]:
    """Time stamps that are a data table's first column ("1/1/2013" / "+13.1%", row after row):
    cells, not the headers of so many teasers that would cut the article into pieces."""
    timed_at = [pos for pos, i in enumerate(idx) if timed(out[i])]
    if len(timed_at) < TABLE_DATE_ROWS:
        return []
    stamps = set(timed_at)
    found: set[int] = set()
    for pos in timed_at:
        if idx[pos] in found:
            continue
        for step in range(2, TABLE_DATE_COLUMNS + 1):
            rows = [pos]
            while rows[-1] + step in stamps and not any(
                worded(out[idx[k]]) for k in range(rows[-1] + 1, rows[-1] + step)
            ):
                rows.append(rows[-1] + step)
            if len(rows) >= TABLE_DATE_ROWS:
                found.update(idx[k] for k in rows)
                break
    return sorted(found)


#: A table's cell of money or a share: "$560", "$225 to $300", "€1,420 – €1,975", "36%", "Free".
_AMOUNT_CELL = regex.compile(
    r"(?:free|[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:to|-|–)\s?[$€£¥₹]?\d[\d,.]*)?|\d[\d,.]*\s?%)", regex.IGNORECASE
)


def _table_durations(out: list[Verdict], idx: list[int]) -> list[int]:
    """Lengths of time without "ago" ("3 hours") next to a cell of money or a share ("$560"): a
    table's duration column (an exam's, a course's), not a time stamp that would start a teaser
    in the middle of the article."""
    found = []
    for pos, i in enumerate(idx):
        if not timed(out[i]) or not bare_count(out[i].line.text):
            continue
        near = [idx[k] for k in (pos - 1, pos + 1) if 0 <= k < len(idx)]
        if any(_AMOUNT_CELL.fullmatch(out[k].line.text) for k in near):
            found.append(i)
    return found


#: A table of contents: a run of at least this many short lines (of at most `CONTENTS_WORDS`
#: words) opened by a line of `data/contents_openers.txt`, most of which (`CONTENTS_SHARE`) come
#: again, in the same order, further down the page.
CONTENTS_MIN_LINES = 4
CONTENTS_WORDS = 8
CONTENTS_SHARE = 0.75


def _contents_list(out: list[Verdict], idx: list[int]) -> list[int]:
    """Lines of the page's tables of contents ("In this article" / "Constructor" / "Events" /
    "See also", each a subhead further down): one of its entries may read as a heading that
    opens a related block ("See also") and cut the article off before its sections."""
    later: dict[str, list[int]] = {}  # each line's positions, built for the first candidate run
    found: list[int] = []
    run: list[int] = []
    for pos, i in enumerate([*idx, -1]):
        v = out[i] if i >= 0 else None
        if v is not None and v.label in _ENTRY_LABELS and v.line.n_words <= CONTENTS_WORDS:
            run.append(pos)
            continue
        if run and _opens_contents(out[idx[run[0]]]):
            run = _before_repeat(run, idx, out)  # the subheads may follow the contents at once
        if len(run) >= CONTENTS_MIN_LINES and _opens_contents(out[idx[run[0]]]):
            if not later:
                for at, k in enumerate(idx):
                    later.setdefault(out[k].line.norm, []).append(at)
            found += _entries(run, idx, out, later)
        run = []
    return found


def _before_repeat(run: list[int], idx: list[int], out: list[Verdict]) -> list[int]:
    """The run up to its first line that repeats an earlier line of it."""
    seen: set[str] = set()
    for k, pos in enumerate(run):
        norm = out[idx[pos]].line.norm
        if norm in seen:
            return run[:k]
        seen.add(norm)
    return run


_ENTRY_LABELS = frozenset({Label.SHORT, Label.HEADING, Label.UI})
#: Lines that open a table of contents ("In this article", "Contents", "Sommaire").
CONTENTS_OPENERS = data_words("contents_openers.txt")


def _opens_contents(v: Verdict) -> bool:
    return v.line.norm.rstrip(" :") in CONTENTS_OPENERS


def _entries(run: list[int], idx: list[int], out: list[Verdict], later: dict[str, list[int]]) -> list[int]:
    """The run's lines if most of them recur below it in the run's order (each after the one
    before), else none: a menu printed twice is UI already, a list of items is not repeated."""
    end, hits, at = run[-1], 0, run[-1]
    for pos in run:
        nxt = next((p for p in later[out[idx[pos]].line.norm] if p > max(at, end)), None)
        if nxt is not None:
            hits += 1
            at = nxt
    if hits < CONTENTS_SHARE * len(run):
        return []
    return [idx[pos] for pos in run if out[idx[pos]].label is not Label.UI]


def _item_among_items(v: Verdict, prev: Verdict | None, nxt: Verdict | None) -> bool:
    """An outlet read from a dash ("– PayPal", as "- Reuters" under a teaser's time) next to a
    line that is no header and opens with the same dash: an item of a list, not an outlet."""
    mark = v.line.text[:1]
    return (
        _dash_outlet(v)
        and v.line.list_item
        and any(
            x is not None and x.label is not Label.META and x.line.list_item and x.line.text[:1] == mark
            for x in (prev, nxt)
        )
    )


#: A field's label ("Battery life:") has at most this many words.
FIELD_LABEL_WORDS = 6


def _field_value(v: Verdict, prev: Verdict | None) -> bool:
    """A bare count of time ("9 hours") under a field's label ("Tested battery life:") is the
    field's value, unless the label is a date's ("Updated:", `DATED_MARKERS`)."""
    if v.header is None or v.header.time is None or prev is None or not prev.line.text.rstrip().endswith(":"):
        return False
    words = prev.line.text.casefold().rstrip(": ").split()
    return len(words) <= FIELD_LABEL_WORDS and DATED_MARKERS.isdisjoint(words) and bare_count(v.line.text)


def _signature(v: Verdict, prev: Verdict | None) -> bool:
    """A dash and the name printed on the line right above ("Jane Doe" / "– Jane Doe"): a
    comment signed under its author's card (Stack Exchange), not a teaser's "- Outlet" header,
    which comes under the outlet's name and a time."""
    return prev is not None and _dash_outlet(v) and prev.line.norm == v.line.norm


def _dash_outlet(v: Verdict) -> bool:
    """An outlet read from a line that opens with a dash ("- Reuters", "– PayPal")."""
    return v.header is not None and v.header.kind == "outlet" and v.line.text[:1] in ("-", "–", "—")


def _revise_one(
    v: Verdict,
    prev: Verdict | None,
    nxt: Verdict | None,
    after: Verdict | None = None,
    before: Verdict | None = None,
    rules: Rules | None = None,
) -> Verdict:
    """`v` read again beside `prev` and `nxt` (`after`: the line after `nxt`, `before`: the one
    before `prev`; `rules`: the catalog, for the words two authors' names never hold)."""

    def is_(x: Verdict | None, *labels: Label) -> bool:
        return x is not None and x.label in labels

    if v.label is Label.META and _item_among_items(v, prev, nxt):
        return v.relabel(Label.SHORT)  # "– PayPal" in a list of "– Bank transfer", "– Bitcoin"
    if v.label is Label.META and _signature(v, prev):
        return v.relabel(Label.SHORT)  # "Andrej Kesely" / "– Andrej Kesely": a comment's signature
    if v.label is Label.META and _field_value(v, prev):
        return v.relabel(Label.SHORT)  # "Tested battery life:" / "9 hours": a spec's value
    if (
        v.label is Label.SHORT
        and any(x is not None and x.header is not None and x.header.known for x in (prev, nxt))  # beside a time
        and not is_(nxt, Label.CONTENT)  # not a title over its text
        and not (_signed(nxt) and is_(after, Label.CONTENT))  # nor over its byline and time, then its text
        and (  # nor a title beside its card's outlet ("- Reuters" / "Council Names New Chief"; "Reuters" / title
            not any(x is not None and x.header is not None and x.header.outlet for x in (prev, nxt))
            or _after_credit(before, prev, nxt, after)  # / "2h"), unless that outlet is the card above's credit
        )
        and not _under_outlet_and_time(v, prev, before)  # nor the title of an "outlet / time / title" card
        and (v.header is not None or looks_like_name(v.line.text, max_words=5) or _uncased_name_over(v, nxt, after))
    ):
        if v.header is None and rules is not None and authors_pair(v.line.text, rules):
            return as_byline(v, PAIR_RULE)  # "Jane Doe and John Smith" / "2 hours ago": its authors
        if v.header is None and (name := name_and_role(v.line.text)) is not None:
            return as_byline(v, author=name)  # "Jane Doe Staff Writer" / date: her role, no outlet
        return as_outlet(v)
    if v.label is Label.SHORT and _credit_head(prev) and is_(nxt, Label.CONTENT) and is_(after, Label.CONTENT):
        return v.relabel(Label.UI, CAPTION_RULE)  # "Getty Images" / caption / text (BBC), not a card's title
    if v.label is Label.SHORT and is_(prev, Label.UI) and is_(nxt, Label.UI) and _count(v):
        return v.relabel(Label.UI, COUNT_RULE)  # "Upvote" / "412" / "Downvote"
    sandwiched = is_(prev, Label.CONTENT) and is_(nxt, Label.CONTENT)
    if sandwiched and (v.rule is GENERIC_RULE or (v.header is not None and v.header.kind == "outlet")):
        return v.relabel(Label.SHORT)  # a heading inside the text ("Science"), not a button or outlet
    return v
