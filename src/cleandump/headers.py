"""Recognise teaser-header lines: outlet names, time-ago stamps, bylines and their combinations.

Layouts handled: `Yomiuri Shimbun` / `an hour ago` / `- Yomiuri Shimbun`; `Reuters · 3h`;
`3h · Reuters`; `5 hours ago` then an outlet line; `By Jane Doe | AP`; `Yesterday`; dates;
`Posted on March 3, 2024 by Jane Doe`; `March 3, 2024 | by Jane Doe`; `16 hours ago on iOS Blog`;
`The Associated Press on MSN`; `Jane Smith / The Verge:`; `Posted by u/jane`; `r/homelab`;
`김민수 기자`; and, under an article's headline only, `Reuters November 18, 2019 11:03 PM`.
Whether an unknown short line is an outlet is decided in context (see `classify`); this module
only parses what a single line says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

import regex

from .rules import PHOTO_CREDIT, Rule, Rules
from .text import FUNCTION_WORDS, data_words, normalize_line
from .timeago import TimeInfo, alternation, find_date, parse_time

__all__ = ["Header", "dated_header", "is_username", "looks_like_name", "parse_header"]

#: Buttons under a comment or a post ("Like · Reply · 2h"): `data/post_buttons.txt`.
POST_BUTTONS = data_words("post_buttons.txt")
#: Rules whose lines may be printed inside a header line, between its time and outlet.
HEADER_FURNITURE = frozenset({"reading-time", "comment-count"})  # "2h • 3 min read", "4h · 5 sources"
_SEP = regex.compile(r"\s+[·•|/–—-]\s+|\s*[·•|]\s*")
_DASH_OUTLET = regex.compile(r"^(?:[-–—]\s?|via\s|source:\s?|from\s)(?P<name>\S.{0,60})$", regex.IGNORECASE)
#: The forms of `_DASH_OUTLET` that credit a source ("Source: Reuters", "via The Verge"): inside
#: an article's text they credit a chart or a quote, and open no other story.
_CREDIT = regex.compile(r"^(?:via|source:)\s", regex.IGNORECASE)


def credit(text: str) -> bool:
    """A line that credits a source ("Source: Vortex GitHub", "via Reuters")."""
    return _CREDIT.match(text) is not None


#: A line under a story's text naming where it ran: "read more at Hindustan Times" (a summary's
#: link to the whole story), "Originally published at The Conversation".
_SOURCE_LINK_STARTS = frozenset({"read", "full", "cont", "orig"})
_SOURCE_LINK = regex.compile(
    r"^(?:(?:read more|read the full story|full story|continue reading) at"
    r"|originally (?:published|appeared) (?:at|on|in))\s(?P<name>\S.{0,60})$",
    regex.IGNORECASE,
)
#: Words that open a byline ("By Jane Doe", "Reporting by ...", "Von ..."): `data/byline_openers.txt`.
_BY_WORDS = data_words("byline_openers.txt")
_BY = rf"(?:{alternation(_BY_WORDS)})"
_BYLINE = regex.compile(
    rf"^(?P<by>{_BY}):?\s(?P<who>[^|,;•·]{{2,80}}?)(?:\s?[|,;•·]\s?(?P<rest>.{{2,80}}))?$",
    regex.IGNORECASE,
)
#: "ByJane Doe": a byline whose "By" and name were printed in two elements and flattened together.
_GLUED_BY = regex.compile(r"^By(?=\p{Lu}\p{Ll}\D*$)")  # (a glued date, "ByJane DoeMar 5", stays unread)
#: A header line's part that is a byline: its opening words, then the name.
_BY_PART = regex.compile(rf"^{_BY}:?\s", regex.IGNORECASE)
_POSTED = regex.compile(
    r"^(?:posted|published|updated|written)(?: on)?\s(?P<when>[^|•·]{4,40}?)\s(?:\|\s)?by\s(?P<who>[^|,;•·]{2,60})$",
    regex.IGNORECASE,
)
_POSTED_BY = regex.compile(
    r"^(?:posted|published|written) by\s(?P<who>[^|,;•·]{2,60}?)\son\s(?P<when>[^|•·]{4,30}?)"
    r"(?:,?\s(?:at\s)?\d{1,2}:\d{2}[^|•·]{0,12})?$",
    regex.IGNORECASE,
)
_TIME_IN = regex.compile(r"^(?P<when>.{2,40}?) (?:on|in) (?P<where>\S.{0,40})$")
#: First characters of every line `_DASH_OUTLET`, `_SOURCE_LINK`, `_BYLINE` or `_POSTED*` can match.
_LEAD_CHARS = frozenset("-–—vsfbwrpucoaVSFBWRPUCOA")
#: ... and of each of them: most lines start with none of a form's letters, so skip its regex.
_DASH_LEAD, _POSTED_LEAD = frozenset("-–—vVfFsS"), frozenset("pwuPWU")
_BY_LEAD = frozenset(c for w in _BY_WORDS for c in (w[0], w[0].upper()))
#: A site's domain, which aggregators print as a story's outlet ("apnews.com", "www.bbc.co.uk").
_DOMAIN = regex.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}\.(?P<tld>[a-z]{2,12})")
#: Endings of file names, not domains ("index.html", "main.py").
_FILE_ENDINGS = frozenset({"html", "htm", "php", "asp", "aspx", "js", "ts", "py", "rb", "md", "txt", "pdf", "jpg",
                           "jpeg", "png", "gif", "svg", "css", "json", "xml", "csv", "zip", "exe"})  # fmt: skip
#: Two letters in a row: a line or name without them is a count ("23", "1.2K"), not words.
WORDED = regex.compile(r"[^\W\d_]{2}")
_NAME_WORD = regex.compile(
    r"^[\p{Lu}\d@][\w&'’.+!-]*$|^\p{Ll}\p{Lu}[\w&'’.+!-]*$|^(?:of|the|and|de|la|le|du|der|die|das|al|el|for|on|&)$",
    regex.V1,
)


@dataclass(frozen=True, slots=True)
class Header:
    """What a header line says: an outlet, a time, an author, or several of them."""

    kind: str  # "outlet" | "time" | "byline" | "combo" | "source" (an outlet named under the story's text)
    outlet: str | None = None
    time: TimeInfo | None = None
    author: str | None = None
    known: bool = False  # the line's form makes it a header; False: only next to a time stamp
    listed: bool = False  # the whole line is a name in the outlet catalog (`data/outlets.txt`)


#: Words of outlets' names ("News", "Times"; the endings of Chinese, Japanese and Korean ones,
#: "新聞"), from `data/outlet_words.txt`.
OUTLET_WORDS = data_words("outlet_words.txt")
_CJK_OUTLET_ENDINGS = tuple(w for w in OUTLET_WORDS if not w.isascii())
#: A name of Chinese, Japanese or Korean characters (no spaces, no punctuation), short.
_CJK_NAME = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー・A-Za-z!！]{2,16}$")


def _cjk_byline_pattern() -> regex.Pattern[str]:
    """`_CJK_BYLINE`, built from the reporters' titles in `data/cjk_bylines.json`."""
    spec = json.loads(resources.files("cleandump.data").joinpath("cjk_bylines.json").read_text(encoding="utf-8"))
    name = r"(?P<who>[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,6})"
    after, before = (alternation(spec[k]) for k in ("after", "before"))
    mail = r"(?:\s?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?"
    return regex.compile(rf"^(?:{name}\s?(?:{after})|(?:{before})\s?[:：]?\s?{name}){mail}$")


#: A community a post ran in, as Reddit prints it: "r/homelab".
_COMMUNITY = regex.compile(r"^r/\w{2,30}$")
#: A forum's or network's user name: "u/jane_doe" (Reddit), "@jane_doe".
_USERNAME = regex.compile(r"^(?:u/|@)[\w-]{2,30}$")


def is_username(text: str) -> bool:
    """A forum's or network's user name ("u/jane_doe", "@jane_doe"): an author, never a title."""
    return _USERNAME.match(text) is not None


#: "<Outlet> on <Portal>": a portal's credit of a syndicated story (`data/syndication_platforms.txt`).
_SYNDICATED = regex.compile(
    rf"^(?P<name>\S.{{1,60}}?) on (?:{alternation(data_words('syndication_platforms.txt'))})$", regex.IGNORECASE
)
#: A Chinese, Japanese or Korean byline: "김민수 기자", "김민수 기자 minsu@hankyung.com", "记者 王伟"
#: (the titles are in `data/cjk_bylines.json`).
_CJK_BYLINE = _cjk_byline_pattern()


def looks_like_name(text: str, max_words: int = 6) -> bool:
    """A short title-cased run of words with no sentence punctuation: a plausible outlet name.
    In Chinese, Japanese or Korean (no capitals, no spaces): a short run of characters that ends
    as outlets' names end ("読売新聞オンライン", "日本経済新聞"); in another script without
    capitals, up to four words, one of them an outlet's ("صحيفة الوطن", "एबीपी न्यूज़")."""
    parts = text.split()
    if not 0 < len(parts) <= max_words or text.rstrip()[-1:] in ".!?:;,":
        return False
    if len(parts) == 1 and not text.isascii() and text.strip().endswith(_CJK_OUTLET_ENDINGS):
        return _CJK_NAME.match(text.strip()) is not None
    if not text.isascii() and uncased(text):  # no capitals to go by: an outlet's word must say it
        return len(parts) <= 4 and not OUTLET_WORDS.isdisjoint(text.casefold().split())
    return all(_NAME_WORD.match(p) for p in parts) and WORDED.search(text) is not None  # not a count ("1.2K")


def uncased(text: str) -> bool:
    """Letters, all of scripts without capitals (Arabic, Hebrew, Devanagari...)."""
    return any(c.isalpha() for c in text) and not any(c.isupper() or c.islower() for c in text)


def _outlet_named(text: str, rules: Rules) -> bool:
    """The text can be an outlet's name: name-like, or in the outlet catalog."""
    text = _undecorated(text)
    return looks_like_name(text) or rules.is_outlet(normalize_line(text))


def parse_header(line: str, norm: str, rules: Rules) -> Header | None:
    """Parse one stripped line as a header, or None when it is not one on its own."""
    if len(line) > 120:
        return None
    if time := parse_time(line):
        return Header("time", time=time, known=True)
    lead = line[:1]
    anchored = lead in _LEAD_CHARS  # else none of the anchored forms below can match
    if lead in _DASH_LEAD and (m := _DASH_OUTLET.match(line)):
        name = _undecorated(m["name"])
        if _outlet_named(name, rules):
            return Header("outlet", outlet=name, known=True)
    if (
        anchored
        and line[:4].casefold() in _SOURCE_LINK_STARTS
        and (m := _SOURCE_LINK.match(line))
        and _outlet_named(name := m["name"].strip(), rules)
    ):
        return Header("source", outlet=name, known=True)
    bare = _undecorated(line)
    if rules.is_outlet(norm) or (bare != line and rules.is_outlet(normalize_line(bare))):
        return Header("outlet", outlet=bare, known=False, listed=True)  # a name alone: context decides
    if ", " in line and (placed := _outlet_and_place(line, rules)):
        return Header("outlet", outlet=placed, known=True)  # "BBC News, Dover": the outlet and its dateline
    if " on " in line and (m := _SYNDICATED.match(line)) and _outlet_named(name := m["name"].strip(), rules):
        return Header("outlet", outlet=name, known=True)  # "The Associated Press on MSN"
    if not line.isascii() and (m := _CJK_BYLINE.match(line)):
        return Header("byline", author=m["who"], known=True)
    if lead == "r" and _COMMUNITY.match(line):
        return Header("outlet", outlet=line, known=True)  # "r/homelab" over a post's title: where it ran
    if "." in line and " " not in line and (site := _site(line)):
        return Header("outlet", outlet=site, known=site != line)  # "reuters.com" over a card's title
    m = (_POSTED.match(line) or _POSTED_BY.match(line)) if lead in _POSTED_LEAD else None
    if m and (time := parse_time(m["when"])) and looks_like_name(m["who"], max_words=8):
        return Header("byline", author=m["who"].strip(), time=time, known=True)  # "Posted on <date> by <name>"
    glued = lead == "B" and line.startswith("By") and line[2:3].isupper()
    m = _BYLINE.match(_GLUED_BY.sub("By ", line, count=1) if glued else line) if lead in _BY_LEAD else None
    if (
        m
        and _named_after(m["by"], m["who"])
        and (byline := _byline(m["who"].strip(), (m["rest"] or "").strip(), rules))
    ):
        return byline  # else maybe "By Jane Doe - 11/18/19 11:04 PM": a combination, below
    if line[-1:] == ":" and " / " in line and (credit := _credit(line[:-1], rules)):
        return credit
    return _combo(line, rules) or _time_in(line)


#: Printed after an outlet's name and no part of it ("logo", "✓"): `data/outlet_decorations.txt`.
OUTLET_DECORATIONS = tuple(sorted(data_words("outlet_decorations.txt"), key=len, reverse=True))


#: An edition's country code after an outlet's name ("Reuters (US)").
_EDITION = regex.compile(r"\s+\([A-Z]{2,3}\)$")


def _undecorated(name: str) -> str:
    """The name without a logo's alt text, a verified badge or an edition's country code after
    it ("Reuters logo", "Reuters ✓", "Reuters (US)")."""
    name = name.strip()
    if name[-1:] == ")" and (m := _EDITION.search(name)):
        return name[: m.start()]  # "Reuters (US)", "Yahoo News (UK)": the outlet's edition
    folded = name.casefold()
    if not folded.endswith(OUTLET_DECORATIONS):  # (one C-speed test for most lines)
        return name
    for mark in OUTLET_DECORATIONS:
        if folded.endswith(mark) and (
            not mark.isalnum() or len(name) == len(mark) or not name[-len(mark) - 1].isalnum()
        ):
            return name[: -len(mark)].rstrip()
    return name


#: Words of a reporter's role ("Senior Analyst", "Energy Correspondent"): `data/byline_roles.txt`.
BYLINE_ROLES = data_words("byline_roles.txt")
#: Words that continue a capitalised name ("Russian Foreign Minister", "Islamic State").
NAME_CONTINUATIONS = data_words("name_words.txt")
#: Words no person's name holds: roles, function words, outlets' and institutions' words.
_NOT_NAME_WORDS = (BYLINE_ROLES, FUNCTION_WORDS, OUTLET_WORDS, NAME_CONTINUATIONS)
#: Words that join two authors' names in a byline without "By" ("Jane Doe and John Smith").
_AUTHOR_JOINS = regex.compile(r"\s(?:and|und|et|y|e)\s")


def authors_pair(text: str, rules: Rules | None = None) -> bool:
    """Two people's names joined by "and" (or "und", "et", "y", "e"): each two or three name-like
    words, none an outlet's word, a word that continues an institution's name or (with `rules`)
    an interface word ("Jane Doe and John Smith"; not "Town and Country", "Cameraderie
    Announcements and Member Feedback"; "&" joins a company's or a topic's names: "EA Play &
    Apex Legends")."""
    if " " not in text.strip():
        return False
    parts = _AUTHOR_JOINS.split(text.strip())
    return len(parts) == 2 and all(_person(p, rules) for p in parts)


def _person(text: str, rules: Rules | None) -> bool:
    words = text.casefold().split()
    return (
        2 <= len(words) <= 3
        and looks_like_name(text, max_words=3)
        and OUTLET_WORDS.isdisjoint(words)
        and (rules is None or rules.ui_words.isdisjoint(words))
        and NAME_CONTINUATIONS.isdisjoint(words)
    )


def _named_after(opener: str, who: str) -> bool:
    """An opener other than "... by" ("Von", "Por", "Di": also everyday words) needs a name of two
    words or more after it, starting with a letter and without "&" ("Par 3 Courses" is a menu's)."""
    return opener.casefold().endswith("by") or (len(who.split()) >= 2 and "&" not in who and who[:1].isalpha())


def _credit(line: str, rules: Rules) -> Header | None:
    """ "Jane Smith / The Verge:": a river aggregator's credit over a story (Techmeme, Memeorandum),
    the author's name and the outlet's."""
    who, _, outlet = line.partition(" / ")
    who, outlet = who.strip(), outlet.strip()
    words = who.casefold().split()
    if not (2 <= len(words) <= 4 and looks_like_name(who, max_words=4)) or not rules.ui_words.isdisjoint(words):
        return None  # ("Select Country / Region:" is a form's label)
    if not (_outlet_named(outlet, rules) or _is_domain(outlet)):
        return None
    return Header("byline", outlet=outlet, author=who, known=True)


#: A dated header line says at most this many words besides its date ("Susan December 9, 2024
#: 0 Comments"); more, and the date is part of a headline or a sentence.
DATED_REST_WORDS = 6
#: Words that make a line with a date and more than two other words a header (`data/dated_header_words.txt`).
DATED_MARKERS = data_words("dated_header_words.txt")
#: "by Jane Doe" (or "BY: Jane Doe") inside a dated header line.
_BY_NAME = regex.compile(
    r"(?:^|\s)by:?\s(?P<who>[^|,;•·\d]{2,60}?)\s*(?:$|[|,;•·(]|\s(?=\d)|\s(?:in|on|at)(?:\s|$))", regex.IGNORECASE
)


def dated_header(line: str) -> Header | None:
    """A line that holds a full date and a few header words around it, in no form `parse_header`
    reads: "Reuters November 18, 2019 11:03 PM", "Susan December 9, 2024 0 Comments", "Monday
    November 18, 2019 7:45 am PST by Joe Rossignol". Under an article's headline it dates the
    article, and its "by" name is the author; a sentence (closing punctuation) or a longer line is
    no header. Not tried on every line: in a forum thread or an events page such lines are the
    text (read as headers there, they cost 5 page-F1 over the dev pages)."""
    if line[-1:] in ".!?:;," or (found := find_date(line)) is None:
        return None
    time, start, end = found
    rest = line[:start].split() + line[end:].split()
    if len(rest) > DATED_REST_WORDS:
        return None
    if (
        len(rest) > 2
        and not any(c in line for c in "|•·/⋅")
        and DATED_MARKERS.isdisjoint(w.strip(":").casefold() for w in rest)
    ):
        return None  # "Lemmy Development Update 2024-10-04": a headline with its date
    m = _BY_NAME.search(line)
    author = m["who"].strip() if m and looks_like_name(m["who"].strip(), max_words=4) else None
    return Header("dated", time=time, author=author, known=True)


def _time_in(line: str) -> Header | None:
    """ "16 hours ago on iOS Blog", "3 days ago in Politics": a time stamp, then where it ran.
    The time must say "ago" or hold a digit ("Yesterday in Parliament" is a programme's name)."""
    m = _TIME_IN.match(line) if " on " in line or " in " in line else None
    if m is None or not ("ago" in m["when"] or any(c.isdigit() for c in m["when"])):
        return None
    time = parse_time(m["when"])
    if time is None or not looks_like_name(m["where"], max_words=4):
        return None
    return Header("combo", outlet=m["where"].strip(), time=time, known=True)


#: What a shop's menu sorts by ("By Price", "By Category"): no byline's one-word author.
FACET_WORDS = data_words("facet_words.txt")


def _byline(who: str, rest: str, rules: Rules) -> Header | None:
    if not (_named(who) or _USERNAME.match(who)) or who.casefold() in FACET_WORDS:
        return None
    time = parse_time(rest) if rest else None
    outlet = rest if rest and not time and not _role(rest, rules) and _outlet_named(rest, rules) else None
    if outlet is None and rules.is_outlet(normalize_line(who)):
        outlet = who  # "By Reuters": the wire is the story's outlet as well as its author
    return Header("byline", outlet=outlet, author=who, time=time, known=True)


def _role(text: str, rules: Rules) -> bool:
    """The part after a byline's name is the reporter's role, not an outlet: it ends in a role
    word ("Energy Correspondent", "Staff Writer") and is no catalogued outlet ("The Hollywood
    Reporter" is one)."""
    words = text.casefold().split()
    return bool(words) and words[-1] in BYLINE_ROLES and not rules.is_outlet(normalize_line(text))


def name_and_role(text: str) -> str | None:
    """The name of a byline printed with the reporter's role after it and no separator
    ("Damian Carrington Environment editor" gives "Damian Carrington"): two or three name-like
    words without a role, function, outlet or institution word, then one to three words that
    end in a reporter's word (`REPORTER_ROLES`)."""
    words = text.split()
    if not 3 <= len(words) <= 6 or words[-1].casefold() not in REPORTER_ROLES:
        return None
    for k in (2, 3):
        name, role = " ".join(words[:k]), words[k:]
        folded = {w.casefold() for w in words[:k]}
        if (
            1 <= len(role) <= 3
            and role[0][:1].isupper()
            and looks_like_name(name, max_words=3)
            and all(folded.isdisjoint(vocabulary) for vocabulary in _NOT_NAME_WORDS)
        ):
            return name
    return None


#: The words that end a reporter's role printed after the name without a separator ("Environment
#: editor"): `data/reporter_roles.txt`.
REPORTER_ROLES = data_words("reporter_roles.txt")


def _named(who: str) -> bool:
    """The words after a byline's opener are a name: name-like, or, in a script without capitals
    (where an opener such as "بقلم" or "מאת" is all that marks it), two to four words."""
    if looks_like_name(who, max_words=8):
        return True
    words = who.split()
    return not who.isascii() and 2 <= len(words) <= 4 and uncased(who) and all(map(_lettered, words))


def _lettered(word: str) -> bool:
    """A word of letters (and their marks): no digit, no punctuation of its own ("／", "2016.12.01")."""
    return WORDED.search(word) is not None and not any(c.isdigit() or c in ".,!?:;/／|" for c in word)


def _combo(line: str, rules: Rules) -> Header | None:
    if not ("-" in line or "|" in line or "·" in line or "•" in line or "–" in line or "—" in line or " / " in line):
        return None  # no separator: chained `in` tests, several times cheaper than any() over them
    parts = [p.strip() for p in _SEP.split(line) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return None
    time: TimeInfo | None = None
    names: list[str] = []
    author: str | None = None
    if any(normalize_line(part) in POST_BUTTONS for part in parts):
        return None  # "Like · Reply · 2h": a comment's footer, no story's header
    for part in parts:
        t = parse_time(part)
        if t and time is None:
            time = t
        elif time is not None and time.date is not None and _CLOCK.fullmatch(part):
            time = parse_time(f"{time.text} {part}") or time  # "28 nov 2026 - 10:32 CET": its time of day
        elif _furniture(part, rules):
            continue  # "2h • 3 min read": a reading time printed in the header
        elif _role(part, rules):  # "Jane Doe · Energy Correspondent · 3h": her role, not an outlet
            if names and author is None and looks_like_name(names[-1], max_words=4):
                author = names.pop()
        elif author is None and (by := _BY_PART.match(part)) and _named(part[by.end() :]):
            author = part[by.end() :].strip()  # "September 10, 2018 | by Catherine"
        elif _outlet_named(part, rules) or _is_domain(part):
            names.append(_undecorated(part))
        else:
            return None
    if time is None:
        return _site_and_author(parts, rules) or _labelled_outlet(parts, author, rules)
    if not (names or author):
        return Header("time", time=time, known=True)  # "• 2h • 3 min read"
    return Header("combo", outlet=names[0] if names else None, time=time, author=author, known=True)


#: A time of day on its own, with a time zone's abbreviation or not ("10:32 CET", "4:15 pm").
_CLOCK = regex.compile(r"\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?", regex.IGNORECASE)


def _is_domain(text: str) -> bool:
    """A site's domain as printed, lower case ("Node.js" is a name, "index.html" a file)."""
    text = text.strip()
    m = _DOMAIN.fullmatch(text) if "." in text and " " not in text else None
    return m is not None and m["tld"] not in _FILE_ENDINGS


def _outlet_and_place(line: str, rules: Rules) -> str | None:
    """A catalogued outlet's name, a comma and a place of one to three name-like words ("BBC
    News, Dover", "Reuters, London"): the outlet, with the dateline the BBC prints under it."""
    name, _, place = line.partition(", ")
    if rules.is_outlet(normalize_line(name)) and looks_like_name(place, max_words=3) and "," not in place:
        return name.strip()
    return None


def _site(line: str) -> str | None:
    """The domain a line prints on its own, bare or in brackets with at most one path segment
    after it, as link aggregators print it beside a title ("reuters.com", "(github.com/jdoe)").
    In brackets it is surely the link's site; bare, context decides (`revise`)."""
    if line[:1] == "(" and line[-1:] == ")":
        inner = line[1:-1]
        domain, _, path = inner.partition("/")
        return domain if _is_domain(domain) and "/" not in path else None
    return line.strip() if _is_domain(line) else None


def _site_and_author(parts: list[str], rules: Rules) -> Header | None:
    """ "apnews.com - Jane Smith": the site a card links to beside its author's name (Flipboard);
    "Andi Pratama - detikNews": the author beside a catalogued outlet, as portals print the
    byline. The name is a person's: two to four name-like words, none of them an outlet's word
    ("News") or an interface word ("Top Stories")."""

    if len(parts) != 2:
        return None
    sites = [_is_domain(p) or rules.is_outlet(normalize_line(p)) for p in parts]
    if sites[0] == sites[1]:  # neither a site, or both: no author's name beside one
        return None
    outlet, name = parts if sites[0] else parts[::-1]
    words = name.casefold().split()
    if not (2 <= len(words) <= 4 and looks_like_name(name, max_words=4)):
        return None
    if not _is_domain(outlet) and not (OUTLET_WORDS.isdisjoint(words) and rules.ui_words.isdisjoint(words)):
        return None
    return Header("byline", outlet=outlet, author=name, known=True)


def _labelled_outlet(parts: list[str], author: str | None, rules: Rules) -> Header | None:
    """ "Opinion | The Washington Post": a kicker from the UI catalog beside one name. The name
    may be the card's outlet, as a name alone may: `classify.revise` decides by the lines around."""
    if author is not None or len(parts) != 2:
        return None
    labels = [p for p in parts if len(p.split()) <= 2 and _kicker(rules.match_ui(p, learned=False))]
    if len(labels) != 1:
        return None
    name = parts[1] if labels[0] is parts[0] else parts[0]
    if not _outlet_named(name, rules):
        return None
    return Header("outlet", outlet=name, known=False)


def _kicker(rule: Rule | None) -> bool:
    """A UI rule's match that can label a card ("Opinion"), not a picture's credit ("Jane Doe /
    Shutterstock": the photographer's name is no outlet)."""
    return rule is not None and rule.id != PHOTO_CREDIT


def _furniture(part: str, rules: Rules) -> bool:
    """A part of a header line that is widget text of its own ("3 min read"), per the rules' data."""
    return rules.match_ui_among(part, HEADER_FURNITURE) is not None
