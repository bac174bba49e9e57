"""Parse time-ago phrases ("an hour ago", "3h", "Yesterday") and dates into times.

A relative phrase becomes a `timedelta` (made absolute against the fetch time); a date becomes
a `datetime` (UTC). Only whole expressions are recognised: `parse_time("Reuters · 3h")` is None,
the header parser splits such lines first. English is written out below; other languages'
words ("vor 2 Stunden", "il y a 3 jours", "منذ ساعتين", "2 घंटे पहले", "22 de janeiro de 2018",
"3時間前") are data, in `data/time_words.json`: a relative time in those needs its "ago" word.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from importlib import resources
from typing import Any

import regex

__all__ = ["TimeInfo", "alternation", "bare_count", "find_date", "parse_fetched_at", "parse_time"]

#: Unit words (case-folded) and their length in seconds.
UNITS: dict[str, int] = {
    **dict.fromkeys(["s", "sec", "secs", "second", "seconds"], 1),
    **dict.fromkeys(["m", "min", "mins", "minute", "minutes", "mn"], 60),
    **dict.fromkeys(["h", "hr", "hrs", "hour", "hours"], 3600),
    **dict.fromkeys(["d", "day", "days"], 86400),
    **dict.fromkeys(["w", "wk", "wks", "week", "weeks"], 7 * 86400),
    **dict.fromkeys(["mo", "mos", "month", "months"], 30 * 86400),
    **dict.fromkeys(["y", "yr", "yrs", "year", "years"], 365 * 86400),
}
#: A stamp without "ago" counts at most this many of a unit (by its seconds) before a site's
#: relative-time formatter moves on to the next unit ("23h", then "1d"): a bare "65 hours" or
#: "90 minutes" is a duration (a battery's life, a film's length), not when a story ran.
BARE_MAX: dict[int, int] = {1: 60, 60: 60, 3600: 24, 86400: 31, 7 * 86400: 5}
#: Months and years spelled out without "ago" ("1 year", "6 months") are durations (a warranty,
#: a plan's term): feeds print "1y" or "6mo" when they leave "ago" out.
BARE_SPELLED_MAX = 30 * 86400
#: Number words that stand for a count in "an hour ago", "two days ago".
COUNTS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "few": 3,
    "several": 3,
}
#: Day words and their offset in days. ("Last week" and "Last month" are left out: as often as
#: they stamp a card, they head a table's column or a popular-posts filter, "Today / This Week /
#: Last Month"; taken for stamps, a progress table's "Last Month" column ended a dev article.)
DAY_WORDS: dict[str, int] = {"just now": 0, "moments ago": 0, "today": 0, "yesterday": 1}
#: Day words that are a time stamp only with a clock time ("Today, 10:32"): alone they are menu items.
NEEDS_CLOCK = frozenset({"today"})
MONTHS: dict[str, int] = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}


def _load_foreign() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("cleandump.data").joinpath("time_words.json").read_text("utf-8"))
    data["languages"] = _casefolded(data["languages"])  # keys are case-folded: Greek "ώρες" is "ώρεσ"
    return data


def _casefolded(value: Any) -> Any:
    """The JSON value with every string in it case-folded, as the keys it is matched against are."""
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, list):
        return [_casefolded(v) for v in value]
    if isinstance(value, dict):
        return {_casefolded(k): _casefolded(v) for k, v in value.items()}
    return value


_FOREIGN = _load_foreign()
_LANGS: list[dict[str, Any]] = list(_FOREIGN["languages"].values())
#: Other languages' unit and count words (a relative time in these needs its "ago" word).
FOREIGN_UNITS: dict[str, int] = {w: n for lang in _LANGS for w, n in lang["units"].items()}
FOREIGN_COUNTS: dict[str, int] = {w: n for lang in _LANGS for w, n in lang["counts"].items()}
#: Words that are a count and a unit at once, in seconds (Arabic "ساعتين", two hours; Czech
#: "hodinou", an hour; Indonesian "sejam"): "منذ ساعتين", "před hodinou", "sejam yang lalu".
FOREIGN_WHOLE: dict[str, int] = {w: n for lang in _LANGS for w, n in lang.get("whole_units", {}).items()}
#: Units that hold the "ago" themselves, after a count in digits (Hungarian "2 órája").
FOREIGN_AGO_UNITS: dict[str, int] = {w: n for lang in _LANGS for w, n in lang.get("ago_units", {}).items()}
_AGO_BEFORE = frozenset(w for lang in _LANGS for w in lang["before"])
_AGO_AFTER = frozenset(w for lang in _LANGS for w in lang["after"])
_AGO_OPTIONAL = frozenset(w for lang in _LANGS for w in lang.get("optional_before", []))
#: First words of the "ago" words that come before the count; last words of those after the unit.
_AGO_FIRST_WORDS = frozenset(w.split()[0] for w in _AGO_BEFORE | _AGO_OPTIONAL)
_AGO_LAST_WORDS = frozenset(w.split()[-1] for w in _AGO_AFTER)
# the tables above, with the other languages' words (English first: it wins a shared spelling)
DAY_WORDS = {**{w: d for lang in _LANGS for w, d in lang["days"].items()}, **_FOREIGN["cjk"]["days"], **DAY_WORDS}
NEEDS_CLOCK = NEEDS_CLOCK | {w for lang in _LANGS for w in lang["needs_clock"]}
MONTHS = {
    **{name: n for lang in _LANGS for n, names in enumerate(lang["months"], start=1) for name in names},
    **MONTHS,
}
_FOREIGN_WEEKDAYS = frozenset(w for lang in _LANGS for w in lang["weekdays"])
_FOREIGN_PREFIXES = frozenset(w for lang in _LANGS for w in lang["prefixes"])
_CLOCK_WORDS = frozenset({"at", *(w for lang in _LANGS for w in lang["clock_words"])})


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first (so "last updated" wins over "last")."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


#: First words of `_PREFIX` ("Updated: 5 hours ago", "last updated 3 pm", "aktualisiert am").
_PREFIX_WORDS = (
    "updated",
    "published",
    "posted",
    "edited",
    "last",
    "modified",
    *sorted({p.split()[0] for p in _FOREIGN_PREFIXES}),
)
#: Whole prefixes before a time stamp, English and others.
_PREFIXES = {"updated", "published", "posted", "edited", "last updated", "modified", *_FOREIGN_PREFIXES}
#: Words a time expression without a digit can start with.
_WORD_STARTS = (
    frozenset(COUNTS)
    | {w.split()[0] for w in DAY_WORDS}
    | set(_PREFIX_WORDS)
    | set(FOREIGN_COUNTS)
    | set(FOREIGN_WHOLE)
    | _AGO_FIRST_WORDS
)
#: Count words that touch their unit ("un'ora fa").
_ELIDED_COUNTS = tuple(w for w in FOREIGN_COUNTS if w.endswith("'"))
_DIGIT = regex.compile(r"\d")
_WEEKDAYS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
#: Words any time expression can start with (besides a digit, a prefix word or a weekday).
_FIRST_WORDS = _WORD_STARTS | {w.split()[0] for w in [*MONTHS, *_FOREIGN_WEEKDAYS]} | {"at"}
_UNIT = "|".join(sorted(map(regex.escape, UNITS), key=len, reverse=True))
_COUNT = "|".join(COUNTS)
_PREFIX = (
    rf"(?:(?:{alternation(_PREFIXES)})"
    r"(?:\son)?\s?:?\s?)?"
)
_AT = rf"(?:(?:{alternation(_CLOCK_WORDS)})\.?\s)?"
_AT_CLOCK = rf"(?:,? {_AT}\d{{1,2}}[:.h]\d{{2}}(?: ?[ap]\.?m\.?)?)?"
# a count in digits may touch its unit ("3h"), a count in words may not ("an hour"; "am" is no time)
_RELATIVE = regex.compile(
    rf"^{_PREFIX}(?:(?P<n>\d{{1,4}})\s?|(?P<w>{_COUNT})\s)(?P<unit>{_UNIT})\.?(?:\s(?P<ago>ago))?{_AT_CLOCK}$"
)
_FOREIGN_RELATIVE = regex.compile(
    rf"^{_PREFIX}(?:(?P<pre>{alternation(_AGO_BEFORE)})\s|(?:{alternation(_AGO_OPTIONAL)})\s)?"
    rf"(?:(?:(?P<n>\d{{1,4}})\s?(?:de\s)?|(?P<w>{alternation(FOREIGN_COUNTS)})\s?)(?P<unit>{alternation(FOREIGN_UNITS)})\.?"
    rf"|(?P<whole>{alternation(FOREIGN_WHOLE) or '(?!)'}))"
    rf"(?:\s(?P<post>{alternation(_AGO_AFTER)}))?{_AT_CLOCK}$"
)
_AGO_UNIT_RELATIVE = regex.compile(rf"^(?P<n>\d{{1,4}})\s?(?P<unit>{alternation(FOREIGN_AGO_UNITS) or '(?!)'})$")
_CJK = _FOREIGN["cjk"]
_CJK_UNITS: dict[str, int] = _CJK["units"]
_CJK_RELATIVE = regex.compile(
    rf"^(?P<n>\d{{1,4}})\s?(?P<unit>{alternation(_CJK_UNITS)})\s?(?:{alternation(_CJK['after'])})$"
)
#: A numeric date as Chinese, Japanese and Korean pages print it: "11/26(木) 10:05配信",
#: "最終更新:11/26(木) 11:30", "2026年11月26日 10:05". A date without a year needs a bracketed
#: weekday, a prefix or a suffix (a bare "11/26" may be a score or a fraction).
_CJK_DATE = regex.compile(
    rf"^(?:(?P<pre>{alternation(_CJK['date_prefixes'])})\s?[:：]?\s?)?"
    r"(?:(?P<year>\d{4})\s?(?P<nian>[/年.-])\s?)?(?P<mm>\d{1,2})\s?[/月.]\s?(?P<day>\d{1,2})\s?[日.]?"
    rf"(?:\s?(?P<wd>[(（][{_CJK['weekdays']}][)）]))?"
    rf"(?:\s?(?:(?P<mark>{alternation(_CJK['clock_marks'])})\s?)?(?P<hh>\d{{1,2}}):(?P<mi>\d{{2}}))?"
    rf"\s?(?P<suf>{alternation(_CJK['date_suffixes'])})?$"
)
_CJK_DATE_STARTS = tuple(_CJK["date_prefixes"])
#: Prefix words, elided counts ("un'ora") and CJK date prefixes a time stamp's first word may
#: start with, by their first character (a `startswith` over all of them is a scan of dozens).
_STARTS_BY_CHAR: dict[str, tuple[str, ...]] = {}
for _start in (*_PREFIX_WORDS, *_ELIDED_COUNTS, *_CJK_DATE_STARTS):
    _STARTS_BY_CHAR[_start[0]] = (*_STARTS_BY_CHAR.get(_start[0], ()), _start)
_DAYWORD = regex.compile(
    rf"^{_PREFIX}(?P<w>{alternation(DAY_WORDS)})"
    rf"(?:,? {_AT}(?P<hh>\d{{1,2}})[:.h](?P<mi>\d{{2}})(?: ?(?P<ap>[ap])\.?m\.?)?)?$"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?"
    rf"|{alternation(_FOREIGN_WEEKDAYS)}),?\s)?"
)
#: A clock time after a date: hours, minutes, am/pm and a zone ("6:15 pm", "14h30", "23:06 cet").
_CLOCK_PARTS = r"(?P<hh>\d{1,2})[:.h](?P<mi>\d{2})(?::\d{2})?(?:\s?(?P<ap>[ap])\.?m\.?)?"
#: Where a clock stands after a date: a comma or space, or a separator ("Nov 25, 2026 · 9:41 AM").
_CLOCK_AFTER = rf"(?:,?\s|\s[·|•–-]\s){_AT}{_CLOCK_PARTS}"
#: A zone after a clock: its name ("pst"), or an offset from UTC, named or bracketed or both
#: ("gmt+7", "(gmt+7)", "utc+05:30").
_ZONE = r"(?:\s?\(?(?:(?P<tz>[a-z]{2,4})(?P<off>[+-]\d{1,2}(?::?\d{2})?)?)\)?)?"
_CLOCK = rf"(?:{_CLOCK_AFTER}{_ZONE})?"
#: Zone abbreviations and their offsets in hours; a clock with another (or none) is read as UTC.
ZONES: dict[str, int] = {
    **dict.fromkeys(["utc", "gmt", "z"], 0),
    **{"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7},
    **{"bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3, "jst": 9, "kst": 9},
    **{"ict": 7, "wib": 7, "wita": 8, "wit": 9, "hkt": 8, "sgt": 8, "aest": 10, "aedt": 11},
}
#: A weekday after a date ("26 Nov 2026, Thursday", "March 3, 2024 (Sunday)").
_WEEKDAY_AFTER = r"(?:,?\s\(?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\)?)?"
#: A date month first ("March 22, 2024") or day first, as most languages write it ("22 March
#: 2024", "22. März 2024", "22 de março de 2024").
#: Each is a day and month, then its year (`*_YEAR`): optional in a stamp, required inside a line.
_MONTH_DAY = rf"(?P<mon>{_MONTH})\.?\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
_MONTH_DAY_YEAR = r",?\s(?P<year>\d{4})"
_DAY_MONTH = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.|º)?\s(?:de\s)?(?P<mon>{_MONTH})\.?"
_DAY_MONTH_YEAR = r",?\s(?:de\s|del\s)?(?P<year>\d{4})"
_MONTH_FIRST = rf"{_MONTH_DAY}(?:{_MONTH_DAY_YEAR})?"
_DAY_FIRST = rf"{_DAY_MONTH}(?:{_DAY_MONTH_YEAR})?"
#: An ISO date and the time that may follow it ("2019-11-18t20:51:19z").
_ISO_DATE = r"(?P<year>\d{4})-(?P<mm>\d{2})-(?P<day>\d{2})"
_ISO_TIME = r"\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,6})?(?:z|[+-]\d{2}:?\d{2})?"
_DATES = [
    regex.compile(rf"^{_PREFIX}{_WEEKDAY}{_MONTH_FIRST}{_CLOCK}{_WEEKDAY_AFTER}$"),
    regex.compile(rf"^{_PREFIX}{_WEEKDAY}{_DAY_FIRST}{_CLOCK}{_WEEKDAY_AFTER}$"),
    regex.compile(rf"^{_PREFIX}{_ISO_DATE}(?P<iso>[t ]{_ISO_TIME})?$"),
    # the clock first: "updated 5:27 am cst, wednesday, november 20, 2019", "10:21 am on 26 nov 2026"
    regex.compile(
        rf"^{_PREFIX}(?:at\s)?{_CLOCK_PARTS}(?:\s(?!on\b)(?P<tz>[a-z]{{2,4}}))?(?:,?\s|\son\s){_WEEKDAY}"
        rf"(?:{_MONTH_FIRST}|{_DAY_FIRST}){_WEEKDAY_AFTER}$"  # (`regex` lets the two share group names)
    ),
    # numeric, month first: "11/18/19 11:04 pm est" (day first when the first number is over 12)
    regex.compile(rf"^{_PREFIX}{_WEEKDAY}(?P<mm>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>\d{{4}}|\d{{2}}){_CLOCK}$"),
    # numeric with dots, day first: "22.01.2018, 14:30 Uhr" (a four-digit year: "1.2.3" is a version)
    regex.compile(rf"^{_PREFIX}{_WEEKDAY}(?P<day>\d{{1,2}})\.(?P<mm>\d{{1,2}})\.(?P<year>\d{{4}}){_CLOCK}$"),
    # a clock alone after "updated" ("updated at 1:23 p.m."; a bare "4:14 p.m." may be a subhead)
    regex.compile(
        r"^(?:updated|published|posted|edited|last updated):?\s(?:at\s)?"
        r"\d{1,2}[:.]\d{2}\s?[ap]\.?m\.?(?:\s[a-z]{2,4})?$"
    ),
]


#: Zone names printed after a clock besides `ZONES`' (read as UTC, as `parse_time` reads them).
_ZONE_NAMES = ("pt", "et", "ct", "mt", "ist")
#: A full date (day, month and year) anywhere in a line, with the clock after it if any: "Monday
#: November 18, 2019 7:45 am PST by Joe Rossignol", "Susan December 9, 2024 0 Comments".
_EMBEDDED_DATE = regex.compile(
    rf"(?<!\w)(?:{_MONTH_DAY}{_MONTH_DAY_YEAR}|{_DAY_MONTH}{_DAY_MONTH_YEAR}|{_ISO_DATE}(?P<iso>t{_ISO_TIME})?)"
    rf"(?!\w)(?:{_CLOCK_AFTER}(?:\s?(?P<tz>{alternation([*ZONES, *_ZONE_NAMES])}))?(?!\w))?"
)
#: A year of this century or the last: lines without one are ruled out before `_EMBEDDED_DATE`.
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class TimeInfo:
    """A recognised time expression: relative (`delta`) or absolute (`date`)."""

    text: str
    delta: timedelta | None = None
    date: datetime | None = None
    #: the time of day a day word gives ("Yesterday at 4:15 PM"), from midnight UTC
    clock: timedelta | None = None

    def published(self, fetched_at: datetime | None) -> datetime | None:
        """Absolute publish time: the date, or fetch time minus the delta (on that day at the
        stamp's clock time, when it gives one: "Yesterday at 4:15 PM", read as UTC)."""
        if self.date is not None:
            return self.date
        if self.delta is None or fetched_at is None:
            return None
        when = fetched_at - self.delta
        if self.clock is None:
            return when
        day = when.astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
        return day + self.clock


def parse_time(text: str, norm: str | None = None) -> TimeInfo | None:
    """Parse a whole line that is only a time expression; None otherwise."""
    key = norm if norm is not None else _key(text)
    if not key or len(key) > 60:
        return None
    first = key.split(" ", 1)[0]
    if first == "on":
        return _on_date(text.strip(), key)
    if not (
        first[0].isdigit()
        or first.rstrip(".,:") in _FIRST_WORDS
        or first[:3] in _WEEKDAYS
        or first.startswith(_STARTS_BY_CHAR.get(first[0], ()))
    ):
        return None  # fast exit: every pattern starts with a digit or one of these words
    if not _DIGIT.search(key) and first not in _WORD_STARTS and not first.startswith(_ELIDED_COUNTS):
        return None  # nor can it match without a digit unless it starts with one of these words
    if m := _RELATIVE.match(key):
        count = int(m["n"]) if m["n"] else COUNTS[m["w"]]
        unit = m["unit"]
        if not m["ago"] and len(unit) > 3 and not key[0].isdigit():
            return None  # "an hour" without "ago" is not a time stamp
        if not m["ago"] and count > BARE_MAX.get(UNITS[unit], count):
            return None  # "65 hours" (a battery's life): a stamp would say "2d" by then
        if not m["ago"] and len(unit) > 3 and UNITS[unit] >= BARE_SPELLED_MAX:
            return None  # "1 year" (a warranty), "6 months": a stamp this old says "1y", "6mo"
        return TimeInfo(text.strip(), delta=timedelta(seconds=count * UNITS[unit]))
    if _ago_word(key, first) and (m := _FOREIGN_RELATIVE.match(key)) and (m["pre"] or m["post"]):
        if m["whole"]:
            return TimeInfo(text.strip(), delta=timedelta(seconds=FOREIGN_WHOLE[m["whole"]]))
        count = int(m["n"]) if m["n"] else FOREIGN_COUNTS[m["w"]]
        return TimeInfo(text.strip(), delta=timedelta(seconds=count * FOREIGN_UNITS[m["unit"]]))
    if key[0].isdigit() and (m := _AGO_UNIT_RELATIVE.match(key)):
        return TimeInfo(text.strip(), delta=timedelta(seconds=int(m["n"]) * FOREIGN_AGO_UNITS[m["unit"]]))
    if key[0].isdigit() and (m := _CJK_RELATIVE.match(key)):
        return TimeInfo(text.strip(), delta=timedelta(seconds=int(m["n"]) * _CJK_UNITS[m["unit"]]))
    if (m := _DAYWORD.match(key)) and (m["w"] not in NEEDS_CLOCK or ":" in key):
        return TimeInfo(text.strip(), delta=timedelta(days=DAY_WORDS[m["w"]]), clock=_clock_time(m.groupdict()))
    return _parse_date(text.strip(), key) or _cjk_date(text.strip(), key) or _two_stamps(text.strip(), key)


def bare_count(text: str) -> bool:
    """A relative time without its "ago" ("9 hours", "3h"): a stamp in a feed, but as often a
    length of time (a battery's life, a video's)."""
    m = _RELATIVE.match(_key(text))
    return m is not None and not m["ago"]


def _key(text: str) -> str:
    """A time expression as the patterns read it: case-folded, one space between words, curly
    apostrophes straight, separators off its ends, a space after a comma before a word ("28 Nov
    2026,Saturday", "Nov 27,2026")."""
    if "," in text:
        text = _GLUED_COMMA.sub(", ", text)
    return " ".join(text.casefold().replace("’", "'").split()).strip(" .·•|-–—")


_GLUED_COMMA = regex.compile(r"(?<=\D\d{1,2}),(?=(?:19|20)\d\d\b)|,(?=[^\W\d_])")


def _on_date(text: str, key: str) -> TimeInfo | None:
    """ "on December 19, 2025": a date's own "on", before a full date only ("on 3 hours ago",
    "on Monday" are no stamps). Kept out of the prefixes, so that the many lines that start
    with "on" or "one", "only", "online" take the fast exit."""
    rest = key[3:]  # (the key's spaces are single ones)
    info = _parse_date(rest, rest) if _DIGIT.search(rest) else None
    return TimeInfo(text, date=info.date) if info is not None and info.date is not None else None


def find_date(text: str) -> tuple[TimeInfo, int, int] | None:
    """The first full date (with its year) inside a line, and where it stands in the line's
    case-folded text: a header line that says more than its date ("Reuters November 18, 2019
    11:03 PM") still dates its article."""
    if _YEAR.search(text) is None:
        return None
    key = text.casefold()
    if len(key) != len(text) or (m := _EMBEDDED_DATE.search(key)) is None:
        return None  # (casefold that changes the length would shift the offsets)
    info = _parse_date_groups(text[m.start() : m.end()], m.groupdict())
    return (info, m.start(), m.end()) if info is not None and info.date is not None else None


def _cjk_date(text: str, key: str) -> TimeInfo | None:
    """A Chinese, Japanese or Korean numeric stamp (`_CJK_DATE`); a yearless one needs its marks."""
    m = _CJK_DATE.match(key) if not key.isascii() or "/" in key else None
    if m is None or not (m["wd"] or m["pre"] or m["suf"] or m["nian"] == "年"):
        return None
    groups = m.groupdict()
    if groups["mark"]:  # "오후 3:05", "午後3:05": the afternoon
        groups["ap"] = _CJK["clock_marks"][groups["mark"]]
    return _parse_date_groups(text, groups)


#: Where a second stamp starts on a line: "... UTC Updated 2 hours ago", "... | Modified ...".
_SECOND_STAMP = regex.compile(rf"\s[|·•,(–—-]?\s?(?=(?:{alternation(_PREFIXES)})\b)")


def _two_stamps(text: str, key: str) -> TimeInfo | None:
    """A stamp and its update on one line ("Nov 25, 2026 9:41 AM UTC Updated 2 hours ago"): the
    first one is the publish time."""
    m = _SECOND_STAMP.search(key, 1)
    if m is None:
        return None
    first, second = key[: m.start()].rstrip(" |·•,(–—-"), key[m.end() :].rstrip(")")
    one = parse_time(first, first)
    if one is None or parse_time(second, second) is None:
        return None
    return TimeInfo(text, one.delta, one.date)


def _ago_word(key: str, first: str) -> bool:
    """The key can be another language's relative time: it starts (maybe after a prefix such as
    "aktualisiert") or ends with an "ago" word. Spares the long pattern most lines."""
    return (
        first in _AGO_FIRST_WORDS
        or first in _PREFIX_WORDS
        or key.rsplit(" ", 1)[-1].rstrip(".") in _AGO_LAST_WORDS
        or ":" in key
    )


def _parse_date(text: str, key: str) -> TimeInfo | None:
    for pattern in _DATES:
        if m := pattern.match(key):
            groups = m.groupdict()
            if not groups:
                return TimeInfo(text)  # a clock alone: a time stamp without a date
            return _parse_date_groups(text, groups)
    return None


def _parse_date_groups(text: str, groups: dict[str, str | None]) -> TimeInfo | None:
    """The stamp a date pattern matched: its day, month, year (absolute only with a year) and clock."""
    mm, mon, yy = groups.get("mm"), groups.get("mon"), groups.get("year")
    month = int(mm) if mm else MONTHS[mon or ""]
    day = int(groups["day"] or 0)
    if month > 12 >= day:  # "18/11/19": day first
        month, day = day, month
    year = int(yy) if yy else None
    if year is not None and year < 100:
        year += 2000
    try:
        date = datetime(year or 1970, month, day, tzinfo=timezone.utc)
    except ValueError:
        return None
    return TimeInfo(text, date=_at_clock(date, groups) if year else None)


def _at_clock(date: datetime, groups: dict[str, str | None]) -> datetime:
    """The date at the clock time the stamp gives (in UTC, by its zone if `ZONES` knows it);
    midnight when it gives none, or one that is no time of day."""
    if iso := groups.get("iso"):
        try:  # the stamp without any prefix ("updated 2019-11-13t23:06:00+01:00")
            stamp = datetime.fromisoformat(f"{groups['year']}-{groups['mm']}-{groups['day']}{iso}".upper())
        except ValueError:
            return date
        return stamp.astimezone(timezone.utc) if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)
    clock = _clock_time(groups)
    return date if clock is None else date + clock - _zone_offset(groups)


def _clock_time(groups: dict[str, str | None]) -> timedelta | None:
    """The clock time a stamp gives (`hh`, `mi`, am/pm in `ap`) from midnight; None when it
    gives none, or one that is no time of day."""
    if not groups.get("hh"):
        return None
    hour, minute = int(groups["hh"] or 0), int(groups["mi"] or 0)
    if groups.get("ap") == "p" and hour < 12:
        hour += 12
    elif groups.get("ap") == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return timedelta(hours=hour, minutes=minute)


def _zone_offset(groups: dict[str, str | None]) -> timedelta:
    """The clock's offset from UTC: a printed offset ("gmt+7"), else its zone's in `ZONES`,
    else none."""
    if off := groups.get("off"):
        digits = off[1:].replace(":", "")  # "7", "07", "0530"
        hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
        return (-1 if off[0] == "-" else 1) * timedelta(hours=hours, minutes=minutes)
    return timedelta(hours=ZONES.get(groups.get("tz") or "", 0))


def parse_fetched_at(value: datetime | str | None) -> datetime | None:
    """Accept a datetime or ISO-8601 string; naive times are taken as UTC."""
    if value is None or isinstance(value, datetime):
        dt = value
    else:
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise ValueError(f"fetched_at {value!r} is not an ISO-8601 date-time") from None
    if dt is not None and dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt
