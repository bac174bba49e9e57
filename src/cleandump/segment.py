"""Stage 4: cut the labelled lines into the main article and related (teaser) articles.

A dump is a sequence of *units*. A new unit starts at a section heading ("Related Articles") and
at a teaser header (outlet / time-ago lines) that follows text. The main article is the first
unit with text that no related-block heading precedes (or a much larger later one, for full-page
dumps with teasers on top); every unit with text after it is a related article. Inside a unit the
title is the last short line before the text, and short lines between paragraphs (headings, list
items) are kept. Every line that ends up in no article is reported with the rule that dropped it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .classify import Label, Verdict
from .model import Removal
from .rules import Rule

__all__ = ["Draft", "segment"]

OUTSIDE = Rule("outside-article", "position", "", "short line outside any article's text (navigation or furniture)")
REPEATED_TITLE = Rule("repeated-line", "repeat", "", "the headline printed twice; the first copy is kept as the title")
STRAY_TEXT = Rule("outside-article", "position", "", "text outside the main article and its related blocks")

#: A later unit replaces an earlier one as main only if it has this many times its words.
MAIN_OVERTAKE = 3.0


@dataclass(frozen=True, slots=True)
class Draft:
    """An article before paragraph clean-up: its title line, body lines and header lines."""

    role: str
    title: Verdict | None
    body: tuple[Verdict, ...]
    meta: tuple[Verdict, ...]


@dataclass(slots=True)
class _Unit:
    verdicts: list[Verdict] = field(default_factory=list)
    after_heading: bool = False

    def content_words(self) -> int:
        return sum(v.line.n_words for v in self.verdicts if v.label is Label.CONTENT)

    def has_header(self) -> bool:
        return any(v.label is Label.META for v in self.verdicts)


def segment(verdicts: tuple[Verdict, ...]) -> tuple[list[Draft], list[Removal]]:
    """Drafts of every article in reading order (main first if any), and removed lines."""
    units, headings = _units(verdicts)
    main_idx = _main_unit(units)
    drafts: list[Draft] = []
    removed: list[Removal] = [_removal(v) for v in headings]
    for i, unit in enumerate(units):
        role = "main" if i == main_idx else "related"
        if i != main_idx and (main_idx is None or i < main_idx) and not _is_teaser(unit):
            removed.extend(_removal(v, _stray(v)) for v in unit.verdicts if v.label is not Label.BLANK)
            continue
        draft, dropped = _draft(unit, role)
        removed.extend(dropped)
        if draft is not None:
            drafts.append(draft)
    drafts.sort(key=lambda d: d.role != "main")
    removed.sort(key=lambda r: r.line or 0)
    return drafts, removed


def _units(verdicts: tuple[Verdict, ...]) -> tuple[list[_Unit], list[Verdict]]:
    units, headings = [_Unit()], []
    in_related = False
    for i, v in enumerate(verdicts):
        cur = units[-1]
        if v.label is Label.HEADING:
            headings.append(v)
            in_related = in_related or _opens_related(units, verdicts, i)
            units.append(_Unit(after_heading=in_related))
            continue
        if v.label is Label.META and _starts_teaser(cur, verdicts, i):
            new = _Unit(after_heading=in_related)
            title = _trailing_title(cur) if _next_label(verdicts, i, skip_meta=True) is Label.CONTENT else None
            if title is not None:
                cur.verdicts.remove(title)
                new.verdicts.append(title)
            units.append(new)
        elif in_related and v.label is Label.SHORT and _after_blank_following_text(cur, verdicts, i):
            units.append(_Unit(after_heading=True))
        units[-1].verdicts.append(v)
    return [u for u in units if u.verdicts], headings


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


def _after_blank_following_text(cur: _Unit, verdicts: tuple[Verdict, ...], i: int) -> bool:
    return i > 0 and verdicts[i - 1].label is Label.BLANK and cur.content_words() > 0


def _is_teaser(unit: _Unit) -> bool:
    return unit.after_heading or unit.has_header()


def _main_unit(units: list[_Unit]) -> int | None:
    """First unit with text outside a related block; a far larger later one wins (full pages)."""
    best: int | None = None
    for i, unit in enumerate(units):
        words = unit.content_words()
        if not words or unit.after_heading:
            continue
        if best is None or (not unit.has_header() and words >= MAIN_OVERTAKE * units[best].content_words()):
            best = i
    return best


def _draft(unit: _Unit, role: str) -> tuple[Draft | None, list[Removal]]:
    lines = [v for v in unit.verdicts if v.label is not Label.BLANK]
    text_at = [k for k, v in enumerate(lines) if v.label is Label.CONTENT]
    meta = tuple(v for v in lines if v.label is Label.META)
    removed = [_removal(v) for v in lines if v.label in (Label.UI, Label.META)]
    if not text_at:
        removed += [_removal(v, OUTSIDE) for v in lines if v.label in (Label.SHORT, Label.CONTENT)]
        return None, removed
    first, last = text_at[0], _body_end(lines, text_at[-1])
    title, repeats = _title(lines[:first])
    body = tuple(v for v in lines[first : last + 1] if v.label in (Label.CONTENT, Label.SHORT))
    kept = {id(v) for v in body} | {id(title)} | {id(v) for v in repeats}
    removed += [_removal(v, REPEATED_TITLE) for v in repeats]
    removed += [_removal(v, OUTSIDE) for v in lines if v.label is Label.SHORT and id(v) not in kept]
    return Draft(role, title, body, meta), removed


def _title(head: list[Verdict]) -> tuple[Verdict | None, list[Verdict]]:
    """The last short line before the text, and copies of it just above (a doubled headline)."""
    shorts = [v for v in head if v.label is Label.SHORT]
    if not shorts:
        return None, []
    title, repeats = shorts[-1], list[Verdict]()
    while len(shorts) > len(repeats) + 1 and shorts[-2 - len(repeats)].line.norm == title.line.norm:
        repeats.append(title)
        title = shorts[-2 - len(repeats) + 1]
    return title, repeats


def _body_end(lines: list[Verdict], last_text: int) -> int:
    """Extend the body past its last paragraph over a list that paragraph introduces."""
    end = last_text
    opens_list = lines[last_text].line.text.endswith(":")
    for k in range(last_text + 1, len(lines)):
        v = lines[k]
        if v.label is Label.SHORT and (v.line.list_item or opens_list):
            end = k
        elif v.label is not Label.UI and v.label is not Label.META:
            break
    return end


def _stray(v: Verdict) -> Rule | None:
    return STRAY_TEXT if v.label in (Label.SHORT, Label.CONTENT) else None


def _removal(v: Verdict, rule: Rule | None = None) -> Removal:
    r = rule or v.rule or OUTSIDE
    return Removal(line=v.line.number, text=v.line.text, rule=r.id, reason=r.reason)
