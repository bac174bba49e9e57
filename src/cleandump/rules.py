"""The rule catalog: UI phrases, section headings, outlets and patterns, kept as data.

Built-in vocabularies live in `cleandump/data/*.txt|json`; `Rules.default()` loads them once
per call (cache it yourself if you build many). Users extend a catalog with `Rules.extend()` or
load a JSON/TOML file with `Rules.load()`; learned rules (see `cleandump.learn`) are the same thing.
Every match returns a `Rule` with a stable id and a one-sentence reason.
"""

from __future__ import annotations

import bisect
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import regex

from .memo import Memo
from .text import data_lines, data_words, normalize_line

__all__ = ["BRAND", "LEARNED_RULE", "PHOTO_CREDIT", "Rule", "Rules", "RulesError"]

#: Lines longer than this (normalised) are never matched against patterns: UI text is short.
MAX_PATTERN_CHARS = 300
#: The kind of pattern that also applies to long lines (consent banners, legal footers).
NOTICE = "notice"
_STRING_ANCHOR = regex.compile(r"\\[AZz]")

#: A line of two catalog phrases run together (a tab strip) has at most this many words.
TAB_MAX_WORDS = 8
#: What `{brand}` stands for in phrases: one to four name-like words.
BRAND = r"[\w&'.+!-]{1,30}(?: [\w&'.+!-]{1,30}){0,3}"


class RulesError(ValueError):
    """A rule file or pattern is malformed."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: `kind` is ui | notice | heading | outlet | learned; `pattern` a phrase or regex.
    A `notice` pattern also applies to lines longer than the UI limit (a cookie banner is a
    paragraph); keep it anchored to how such notices open, as prose may mention the same words.

    `needs` (optional) lists literal strings of which a line must contain one for the pattern
    to match (lower case, as lines are normalised): only lines holding one are scanned.
    """

    id: str
    kind: str
    pattern: str
    reason: str
    needs: tuple[str, ...] = ()


#: What removes a line the site's learned rules name (`cleandump.learn`).
LEARNED_RULE = Rule("learned", "learned", "", "this line recurs across many pages of the site (learned rule)")
#: The catalog's id for a picture's credit (`data/patterns.json`), which other stages read: a credit
#: heads a caption (`classify`) and is no card's kicker (`headers`).
PHOTO_CREDIT = "photo-credit"


def _compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """The one checked compile step for every rule pattern."""
    try:
        return regex.compile(pattern.replace("{brand}", BRAND), regex.V0 | flags)
    except regex.error as exc:
        raise RulesError(f"bad rule pattern {pattern!r}: {exc}") from None


def _phrase_regex(phrases: Iterable[str]) -> regex.Pattern[str] | None:
    keys = (normalize_line(p.replace("{brand}", "brandslot")) for p in phrases)
    parts = [regex.escape(k).replace("brandslot", "(?P<brand>{brand})") for k in keys]
    return _compile("(?:" + "|".join(parts) + ")") if parts else None


@dataclass(frozen=True, slots=True)
class _PhraseSet:
    """Exact phrases in a set plus `{brand}` phrases in one alternation."""

    exact: frozenset[str]
    wild: regex.Pattern[str] | None
    starts: frozenset[str] = frozenset()  # first words of the exact phrases
    #: first words of the `{brand}` phrases (None when one starts with the brand: any word may)
    wild_starts: frozenset[str] | None = None

    @classmethod
    def build(cls, phrases: Iterable[str]) -> _PhraseSet:
        plain, wild = set(), []
        for p in phrases:
            (wild.append(p) if "{brand}" in p else plain.add(normalize_line(p)))
        keys = [normalize_line(p.replace("{brand}", "brandslot")) for p in wild]  # as `_phrase_regex` reads them
        firsts = [k.split(" ", 1)[0] for k in keys]
        return cls(
            frozenset(plain),
            _phrase_regex(wild),
            frozenset(p.split(" ", 1)[0] for p in plain if p),
            None if any("brandslot" in f or not f for f in firsts) else frozenset(firsts),
        )

    def match(self, norm: str) -> bool:
        return norm in self.exact or self._wild_match(norm) is not None

    def brand(self, norm: str) -> str | None:
        """What stands for `{brand}` when a `{brand}` phrase matches ("goblin band" of "more on
        goblin band"), else None (also for an exact phrase: "more from this author")."""
        if norm in self.exact or (m := self._wild_match(norm)) is None:
            return None
        return m.group("brand")

    def _wild_match(self, norm: str) -> regex.Match[str] | None:
        """The `{brand}` phrases' match of the whole line, if any."""
        if not self.wild or len(norm) > 160:
            return None
        if self.wild_starts is not None and norm.split(" ", 1)[0] not in self.wild_starts:
            return None  # every `{brand}` phrase starts with a word of its own
        return self.wild.fullmatch(norm)

    def match_tabs(self, norm: str) -> bool:
        """Two listed phrases run together, as a tab strip flattens ("most read most shared")."""
        words = norm.split()
        if not 1 < len(words) <= TAB_MAX_WORDS or words[0] not in self.starts:
            return False
        return any(
            " ".join(words[:k]) in self.exact and " ".join(words[k:]) in self.exact for k in range(1, len(words))
        )


@dataclass(frozen=True)
class Rules:
    """A rule catalog. Immutable: `extend()` returns a new catalog.

    Example:
        >>> rules = Rules.default().extend(ui_phrases=["Vote in our poll"])
        >>> rules.match_ui("Vote in our poll!").id
        'ui-phrase'
    """

    ui_phrases: tuple[str, ...] = ()
    section_headings: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    patterns: tuple[Rule, ...] = ()
    learned: tuple[str, ...] = ()
    ui_words: frozenset[str] = frozenset()
    stoplists: tuple[tuple[str, frozenset[str]], ...] = ()
    _ui: _PhraseSet = field(init=False, repr=False, compare=False)
    _headings: _PhraseSet = field(init=False, repr=False, compare=False)
    memo: Memo = field(init=False, repr=False, compare=False)
    _outlets: frozenset[str] = field(init=False, repr=False, compare=False)
    _learned: frozenset[str] = field(init=False, repr=False, compare=False)
    _compiled: tuple[regex.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    _notices: tuple[int, ...] = field(init=False, repr=False, compare=False)  # indexes of `notice` patterns
    _literals: _Literals = field(init=False, repr=False, compare=False)
    _stop_index: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "memo", Memo())
        setattr_(self, "_ui", _PhraseSet.build(self.ui_phrases))
        setattr_(self, "_headings", _PhraseSet.build(self.section_headings))
        setattr_(self, "_outlets", frozenset(normalize_line(o) for o in self.outlets))
        setattr_(self, "_learned", frozenset(normalize_line(x) for x in self.learned))
        setattr_(self, "_compiled", tuple(_compile(rule.pattern, regex.MULTILINE) for rule in self.patterns))
        setattr_(self, "_notices", tuple(k for k, rule in enumerate(self.patterns) if rule.kind == NOTICE))
        setattr_(self, "_literals", _Literals([rule.needs for rule in self.patterns]))
        index: dict[str, list[int]] = {}
        for k, (_, words) in enumerate(self.stoplists):
            for word in words:
                index.setdefault(word, []).append(k)
        setattr_(self, "_stop_index", {w: tuple(ks) for w, ks in index.items()})

    @classmethod
    def default(cls) -> Rules:
        """The built-in catalog shipped in `cleandump/data`."""
        data = json.loads(resources.files("cleandump.data").joinpath("patterns.json").read_text("utf-8"))
        stoplists = []
        for entry in sorted(resources.files("cleandump.data").joinpath("stopwords").iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".txt"):
                words = frozenset(w.strip().casefold() for w in entry.read_text("utf-8").split())
                stoplists.append((entry.name.removesuffix(".txt"), words))
        return cls(
            ui_phrases=tuple(data_lines("ui_phrases.txt")),
            section_headings=tuple(data_lines("section_headings.txt")),
            outlets=tuple(data_lines("outlets.txt")),
            patterns=tuple(_rule_from(d) for d in data["rules"]),
            ui_words=data_words("ui_words.txt"),
            stoplists=tuple(stoplists),
        )

    def extend(
        self,
        *,
        ui_phrases: Iterable[str] = (),
        section_headings: Iterable[str] = (),
        outlets: Iterable[str] = (),
        patterns: Iterable[Rule | Mapping[str, str]] = (),
        learned: Iterable[str] = (),
    ) -> Rules:
        """A new catalog with these entries added (phrases may use `{brand}`)."""
        return Rules(
            ui_phrases=self.ui_phrases + tuple(ui_phrases),
            section_headings=self.section_headings + tuple(section_headings),
            outlets=self.outlets + tuple(outlets),
            patterns=self.patterns + tuple(p if isinstance(p, Rule) else _rule_from(p) for p in patterns),
            learned=self.learned + tuple(learned),
            ui_words=self.ui_words,
            stoplists=self.stoplists,
        )

    @classmethod
    def load(cls, path: str | Path, *, base: Rules | None = None) -> Rules:
        """Extend `base` (default: the built-in catalog) with a JSON or TOML rule file.

        Keys: `ui_phrases`, `section_headings`, `outlets`, `learned` (lists of strings) and
        `patterns` (list of {id, kind, pattern, reason} and optional `needs`: literals one of which a
        matching line contains, so pages without any skip the pattern).
        """
        return (base or cls.default()).extend(**_parse_rule_file(Path(path)))

    def to_dict(self, *, only_added_to: Rules | None = None) -> dict[str, Any]:
        """JSON-ready form; with `only_added_to`, just the entries this catalog adds to it."""

        def new(mine: tuple[Any, ...], theirs: tuple[Any, ...]) -> list[Any]:
            return list(mine[len(theirs) :]) if only_added_to else list(mine)

        base = only_added_to or Rules()
        return {
            "ui_phrases": new(self.ui_phrases, base.ui_phrases),
            "section_headings": new(self.section_headings, base.section_headings),
            "outlets": new(self.outlets, base.outlets),
            "patterns": [_rule_dict(r) for r in new(self.patterns, base.patterns)],
            "learned": new(self.learned, base.learned),
        }

    # --- matching -------------------------------------------------------------------------
    def match_ui(self, line: str, norm: str | None = None, *, learned: bool = True) -> Rule | None:
        """The UI rule this whole line matches, if any (learned unless `learned=False`, phrase
        catalog, then patterns; see `match_ui_lines`)."""
        norm = normalize_line(line) if norm is None else norm
        return self.match_ui_lines([norm], learned=learned)[0]

    @property
    def learned_keys(self) -> frozenset[str]:
        """The learned lines, normalised as `Line.norm` is (`cleandump.learn`)."""
        return self._learned

    def match_ui_among(self, line: str, ids: frozenset[str]) -> Rule | None:
        """`match_ui(line)` if that rule's id is one of the pattern ids `ids`, else None.

        Cheap when it is None, as it mostly is: a line that none of those patterns matches is
        ruled out without trying the whole catalog (the header parser asks this of every part
        of every header-like line)."""
        norm = normalize_line(line)
        if not any(self._compiled[k].search(norm) for k, rule in enumerate(self.patterns) if rule.id in ids):
            return None
        rule = self.match_ui_lines([norm])[0]
        return rule if rule is not None and rule.id in ids else None

    def match_ui_lines(self, norms: Sequence[str], *, learned: bool = False) -> list[Rule | None]:
        """The UI rule of each of many normalised lines at once (a page's worth): the phrase
        catalog, then the patterns; with `learned`, a learned line first (`match_ui`).

        The text stages ask without `learned`: a learned line is not labelled interface text
        before segmentation (an outlet's name or "an hour ago" recurs in every dump of an
        aggregator, and read as UI it would no longer head its card); the pipeline removes
        learned lines from the articles' text afterwards (`LEARNED_RULE`).

        Patterns are tried in catalog order, the first that matches wins. Each pattern scans
        the page's lines joined by newlines in one call (multi-line mode: `^`/`$` are line
        edges), which is several times faster than every pattern on every line; a match that
        crosses a line break is re-checked on each line it touches, so the result is exactly
        that of a per-line `search`.
        """
        out: list[Rule | None] = [
            LEARNED_RULE if learned and n in self._learned else self._match_phrase(n) for n in norms
        ]
        todo = [i for i, n in enumerate(norms) if n and out[i] is None and len(n) <= MAX_PATTERN_CHARS]
        self._match_patterns(norms, todo, range(len(self.patterns)), out)
        return out

    def match_notice_lines(self, norms: Sequence[str]) -> list[Rule | None]:
        """The `notice` rules (patterns for lines of any length: consent banners, legal footers)
        each line matches; for the long lines `match_ui_lines` leaves alone."""
        out: list[Rule | None] = [None] * len(norms)
        if self._notices:
            self._match_patterns(norms, [i for i, n in enumerate(norms) if n], self._notices, out)
        return out

    def _match_patterns(
        self, norms: Sequence[str], todo: list[int], which: Sequence[int], out: list[Rule | None]
    ) -> None:
        """Set `out[i]` for each line index in `todo` to the first pattern (of `which`) it matches."""
        if not todo or not which:
            return
        lines = [norms[i] for i in todo]
        joined, starts = _joined(lines)
        holding = self._literals.lines(joined, starts)
        live = self._literals.live(holding)
        best: dict[int, int] = {}  # position in `todo` -> index of the first matching pattern
        for k in which:
            if not self.patterns[k].needs:
                found = _scan(self._compiled[k], joined, starts, lines)
            elif k in live:  # only the lines holding a literal
                picked = self._literals.picked(k, holding, len(lines))
                subset = [lines[j] for j in picked]
                found = [picked[j] for j in _scan(self._compiled[k], *_joined(subset), subset)]
            else:
                continue
            for j in found:
                best.setdefault(j, k)
        for j, k in best.items():
            out[todo[j]] = self.patterns[k]

    def _match_phrase(self, norm: str) -> Rule | None:
        if not norm:
            return None
        if self._ui.match(norm):
            return Rule("ui-phrase", "ui", norm, "interface text listed in the UI phrase catalog")
        return None

    def stopwords_for(self, tokens: Iterable[str]) -> frozenset[str]:
        """The stop-word list of the language these (case-folded) tokens are most likely in."""
        if not self.stoplists:
            return frozenset()
        scores = [0] * len(self.stoplists)
        counts = Counter(tokens)
        for token in counts.keys() & self._stop_index.keys():  # the stop words only (a C-speed set join)
            for k in self._stop_index[token]:
                scores[k] += counts[token]
        return self.stoplists[scores.index(max(scores))][1]

    def is_section_heading(self, norm: str) -> bool:
        """Whether this normalised line is a heading that opens a teaser block."""
        return self._headings.match(norm) or self._headings.match_tabs(norm)

    def heading_subject(self, norm: str) -> str | None:
        """The name a section heading is about ("goblin band" of "more on goblin band"), when it
        matched a `{brand}` phrase; None for a heading without one ("related stories")."""
        return self._headings.brand(norm)

    def is_outlet(self, norm: str) -> bool:
        """Whether this normalised line is a known outlet name."""
        return norm in self._outlets


def _joined(lines: list[str]) -> tuple[str, list[int]]:
    """The lines joined by newlines, and the offset where each starts."""
    return "\n".join(lines), list(itertools.accumulate((len(n) + 1 for n in lines[:-1]), initial=0))


def _scan(pattern: regex.Pattern[str], joined: str, starts: list[int], lines: list[str]) -> list[int]:
    """Indexes of the lines (joined by newlines, starting at `starts`) the pattern matches.

    One scan of the joined text is several times faster than a `search` per line; a match that
    crosses a line break is re-checked on each line it touches, and a pattern with string
    anchors (\\A, \\Z) is run line by line, so the result is exactly that of a per-line `search`.
    """
    if _STRING_ANCHOR.search(pattern.pattern):
        return [j for j, line in enumerate(lines) if pattern.search(line)]
    found: list[int] = []
    for m in pattern.finditer(joined):
        first = bisect.bisect_right(starts, m.start()) - 1
        if "\n" not in m.group():
            found.append(first)
            continue
        last = bisect.bisect_right(starts, m.end() - 1) - 1
        found.extend(j for j in range(first, last + 1) if pattern.search(lines[j]))
    return found


class _Literals:
    """The patterns' `needs` literals, found in a page's joined lines in one pass (Aho-Corasick,
    `pyahocorasick`): one `find` per literal per page had cost a tenth of the text path's time."""

    def __init__(self, needs: Sequence[tuple[str, ...]]) -> None:
        literals = sorted({literal for group in needs for literal in group if literal})
        number = {literal: k for k, literal in enumerate(literals)}
        self.of_pattern = [tuple(number[lit] for lit in group if lit) for group in needs]
        users: list[set[int]] = [set() for _ in literals]
        for pattern, numbers in enumerate(self.of_pattern):
            for k in numbers:
                users[k].add(pattern)
        self.users = [frozenset(u) for u in users]  # the patterns that need each literal
        self.always = frozenset(k for k, group in enumerate(needs) if "" in group)  # "" is in every line
        self.automaton: ahocorasick.Automaton | None = None
        if literals:
            self.automaton = ahocorasick.Automaton()
            for k, literal in enumerate(literals):
                self.automaton.add_word(literal, (k, len(literal)))
            self.automaton.make_automaton()

    def lines(self, joined: str, starts: list[int]) -> dict[int, list[int]]:
        """For each literal found, the sorted indexes of the lines (joined by newlines, starting at
        `starts`) that hold it; a literal that runs over a line break counts for the line it starts in."""
        holding: dict[int, list[int]] = {}
        if self.automaton is None:
            return holding
        for end, (k, size) in self.automaton.iter(joined):
            line = bisect.bisect_right(starts, end - size + 1) - 1
            got = holding.setdefault(k, [])
            if not got or got[-1] != line:
                got.append(line)
        return holding

    def live(self, holding: dict[int, list[int]]) -> frozenset[int]:
        """The patterns one of whose literals was found (`lines`): the only ones worth a scan."""
        return self.always.union(*(self.users[k] for k in holding))

    def picked(self, pattern: int, holding: dict[int, list[int]], n_lines: int) -> list[int]:
        """Sorted indexes of the lines that hold one of the pattern's literals."""
        if pattern in self.always:
            return list(range(n_lines))
        groups = [holding[k] for k in self.of_pattern[pattern] if k in holding]
        if len(groups) <= 1:
            return groups[0] if groups else []
        return sorted(set().union(*groups))


def _rule_dict(rule: Rule) -> dict[str, Any]:
    out: dict[str, Any] = {"id": rule.id, "kind": rule.kind, "pattern": rule.pattern, "reason": rule.reason}
    if rule.needs:
        out["needs"] = list(rule.needs)
    return out


def _rule_from(data: Mapping[str, Any]) -> Rule:
    needs = data.get("needs", ())
    if isinstance(needs, str) or not all(isinstance(n, str) for n in needs):
        raise RulesError(f"rule {dict(data)!r}: 'needs' must be a list of strings")
    try:
        rule = Rule(
            str(data["id"]), str(data.get("kind", "ui")), str(data["pattern"]), str(data["reason"]), tuple(needs)
        )
    except KeyError as exc:
        raise RulesError(f"rule {dict(data)!r} lacks {exc.args[0]!r}") from None
    _compile(rule.pattern, regex.MULTILINE)  # as `Rules` compiles it: the second compile is a cache hit
    return rule


def _parse_rule_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RulesError(f"cannot read rule file {path}: {exc.strerror}") from None
    try:
        if path.suffix.lower() == ".toml":
            if sys.version_info >= (3, 11):
                import tomllib
            else:  # pragma: no cover - Python 3.10
                import tomli as tomllib
            data = tomllib.loads(raw.decode("utf-8"))
        else:
            data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise RulesError(f"rule file {path} is not valid {path.suffix.lstrip('.') or 'JSON'}: {exc}") from None
    if not isinstance(data, dict):
        raise RulesError(f"rule file {path} must hold an object/table at top level")
    keys = {"ui_phrases", "section_headings", "outlets", "patterns", "learned"}
    unknown = set(data) - keys - {"_doc", "version", "source"}
    if unknown:
        raise RulesError(f"rule file {path} has unknown keys: {', '.join(sorted(unknown))}")
    return {k: data[k] for k in keys if k in data}
