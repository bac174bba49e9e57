"""Hypothesis strategies for realistic scraped dumps with known answers (needs `cleandump[hypothesis]`).

Test your own pipeline the way we test ours::

    from hypothesis import given
    from cleandump.strategies import aggregator_dumps

    @given(aggregator_dumps(related=(1, 3), unseen_ui=True))
    def test_my_pipeline_keeps_the_article(dump):
        out = my_pipeline(dump.text)
        assert all(p in out for p in dump.main.paragraphs)
        assert not any(dump.lines[n - 1] in out for n in dump.catalog_boilerplate)

Every generated value carries its truth: the main article, the related articles (with outlet and
time-ago), and which input lines are boilerplate. Text is built from the packaged stop-word lists
of each language plus invented content words in that language's script, so a dump reads like
prose to any stop-word-based cleaner without copying real articles. Everything shrinks toward a
one-paragraph article with no furniture.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources

from hypothesis import strategies as st

from .headers import OUTLET_WORDS
from .rules import Rules
from .text import normalize_line

__all__ = [
    "LANGUAGES",
    "LAYOUTS",
    "MAIN_HEADERS",
    "PORTALS",
    "GeneratedDump",
    "TruthArticle",
    "aggregator_dumps",
    "articles",
    "as_markdown",
    "hard_wrapped",
    "site_dumps",
    "teaser_headers",
    "ui_lines",
]

#: Languages (a packaged stop-word list) and the alphabet their invented content words use.
LANGUAGES: dict[str, str] = {
    "english": "latin",
    "german": "latin",
    "french": "latin",
    "spanish": "latin",
    "russian": "cyrillic",
    "ukrainian": "cyrillic",
    "indonesian": "latin",
    "greek": "greek",
    "arabic": "arabic",
    "hebrew": "hebrew",
    "hindi": "devanagari",
}
#: Consonants and vowels of each script's invented words (Arabic and Hebrew write their vowels
#: as letters here; Devanagari's are the signs that follow a consonant).
_SYLLABLES = {
    "latin": (list("bcdfghklmnprstvz"), list("aeiou")),
    "cyrillic": (list("бвгдзклмнпрстф"), list("аеиоуя")),
    "greek": (list("βγδκλμνπρστ"), list("αεηιοω")),
    "arabic": (list("بتدرسكلمنه"), list("اوي")),
    "hebrew": (list("בגדכלמנפרשת"), list("וי")),
    "devanagari": (list("कगतदनपबमरलसह"), list("ािीुेो")),
}
#: Teaser-header layouts (see `teaser_headers`).
LAYOUTS = (
    "three-line",
    "dot",
    "time-first",
    "byline",
    "time-only",
    "card",
    "trailing",
    "site",
    "summary",
    "syndicated",
    "credited",
)
#: Portals that credit a syndicated story to its outlet ("syndicated": "Reuters on MSN" / "3h").
PORTALS = ("MSN", "Yahoo", "Flipboard", "SmartNews")
#: Layouts whose header is split: its first line goes above the title, the others after the
#: title ("card": outlet, title, time-ago as MSN prints them; "site": the outlet's domain
#: instead of its name, as Flipboard prints it) or after the teaser's text ("trailing": outlet,
#: title, summary, time-ago as Yahoo prints them); "summary" puts its first line under the
#: title and the other under the text (Inshorts: title / "short by Jane Doe / 10:21 am on 26
#: Nov 2026, Thursday" / summary / "read more at Reuters"); "credited" puts its outlet and time
#: over the title and the outlet's dashed credit under the text ("- Reuters").
SPLIT_HEADERS = {"card": "title", "site": "title", "trailing": "text", "summary": "around", "credited": "credit"}
#: Layouts drawn for a whole related section, never mixed with others: a time line under one
#: card's text and another card's time line over its title read the same.
WHOLE_SECTION = frozenset({"trailing", "summary"})
#: Headers of the page's own article between its headline and text (`aggregator_dumps`):
#: none, the author's name and the date, or the outlet, the author's name and the date (Yahoo).
MAIN_HEADERS = ("none", "author", "outlet-author")
_TIMES = ("an hour ago", "2 hours ago", "5 hours ago", "12 min ago", "3h", "2 days ago", "Yesterday")
#: Time stamps in the prose's language ("3h" reads the same everywhere).
_TIMES_IN: dict[str, tuple[str, ...]] = {
    "english": _TIMES,
    "german": ("vor einer Stunde", "vor 2 Stunden", "vor 12 Min.", "3h", "vor 2 Tagen", "Gestern"),
    "french": ("il y a une heure", "il y a 2 heures", "il y a 12 minutes", "3h", "il y a 2 jours", "Hier"),
    "spanish": ("hace una hora", "hace 2 horas", "hace 12 minutos", "3h", "hace 2 días", "Ayer"),
    "russian": ("1 час назад", "2 часа назад", "12 минут назад", "3h", "2 дня назад", "Вчера"),
    "ukrainian": ("годину тому", "2 години тому", "12 хвилин тому", "3h", "2 дні тому", "Вчора"),
    "indonesian": ("1 jam yang lalu", "2 jam lalu", "12 menit yang lalu", "3h", "2 hari lalu", "Kemarin"),
    "greek": ("πριν από 1 ώρα", "πριν από 2 ώρες", "πριν 12 λεπτά", "3h", "πριν από 2 ημέρες", "Χθες"),
    "arabic": ("منذ ساعة", "منذ ساعتين", "منذ 5 ساعات", "منذ 12 دقيقة", "منذ يومين", "أمس"),
    "hebrew": ("לפני שעה", "לפני שעתיים", "לפני 5 שעות", "לפני 12 דקות", "אתמול"),
    "hindi": ("1 घंटा पहले", "2 घंटे पहले", "5 घंटे पहले", "12 मिनट पहले", "2 दिन पहले"),
}
_BRANDS = ("Daily8", "Newsly", "Feedo", "Brightwire", "Zentral News")
_LINE_ENDINGS = ("\n", "\r\n", "\r")


@dataclass(frozen=True)
class TruthArticle:
    """What a generated article is: the answer a cleaner should give."""

    title: str | None
    paragraphs: tuple[str, ...]
    outlet: str | None = None
    time_ago: str | None = None
    url: str | None = None  # where a markdown dump's teaser title links to (`as_markdown`)
    author: str | None = None  # the page's own article's author, when its header names one

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class GeneratedDump:
    """A generated dump and its truth. Line numbers are 1-based over `text.splitlines()`."""

    text: str
    main: TruthArticle | None
    related: tuple[TruthArticle, ...]
    boilerplate: frozenset[int]  # every line that is not article text (UI, headings, headers)
    catalog_boilerplate: frozenset[int]  # those taken from the built-in catalog
    content: frozenset[int] = field(default=frozenset())  # title and paragraph lines
    line_ending: str = "\n"
    language: str = "english"

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


@cache
def _stopwords(language: str) -> tuple[str, ...]:
    text = resources.files("cleandump.data").joinpath("stopwords").joinpath(f"{language}.txt").read_text("utf-8")
    # function words with no capital only: the lists also hold capitalised names ("After",
    # "King"); a script without case (Arabic, Hebrew, Devanagari) has none
    return tuple(sorted({w for w in text.split() if _lettered(w) and w == w.lower() and 2 <= len(w) <= 8}))[:150]


def _lettered(word: str) -> bool:
    """Letters only, with the marks that go with them (Devanagari's vowel signs)."""
    return all(c.isalpha() or unicodedata.category(c).startswith("M") for c in word)


@lru_cache(maxsize=1)
def _catalog() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(inline-safe UI phrases, section headings, outlet names) from the default catalog."""
    rules = Rules.default()
    ui = tuple(p for p in rules.ui_phrases if len(p.split()) <= 6 and _plain_ui(rules, p))
    headings = tuple(h for h in rules.section_headings if "{brand}" not in h)
    # outlet names that double as share buttons ("Flipboard") are UI lines, not teaser headers
    outlets = tuple(o for o in rules.outlets if 1 <= len(o.split()) <= 3 and rules.match_ui(o.title()) is None)
    return ui, headings, outlets


def _fresh(article: TruthArticle, seen: set[str], salt: int) -> TruthArticle:
    """The article with every sentence unseen so far in the dump (an extra word where needed)."""
    paragraphs = []
    for i, p in enumerate(article.paragraphs):
        sentences = [_unique(x if x.endswith(".") else x + ".", seen, salt + 10 * i + j)
                     for j, x in enumerate(p.split(". "))]  # fmt: skip
        paragraphs.append(" ".join(sentences))
    return TruthArticle(article.title, tuple(paragraphs), article.outlet, article.time_ago)


def _unique(text: str, seen: set[str], salt: int) -> str:
    """The text, or with an invented word put in front if an earlier line or sentence equals it.

    In front, not at the end: two sentences sharing a long opening are what duplicated-lead
    rules (rightly) remove, so no two lines or sentences start with the same three words.
    """
    key = text.casefold()
    while key in seen or _opening(key) in seen:
        extra = "".join("bcdfghklmnprstvz"[int(d) + 2] + "aeiou"[int(d) % 5] for d in str(salt))
        text = f"{extra.capitalize()} {text[:1].lower()}{text[1:]}"
        key, salt = text.casefold(), salt + 1
    seen.update((key, _opening(key)))
    return text


def _opening(key: str) -> str:
    """A sentence's first three words: prose rarely starts two sentences alike for longer."""
    return "\x00" + " ".join(key.split()[:3])


def _plain_ui(rules: Rules, phrase: str) -> bool:
    """A phrase matched as an ordinary UI line (not a section heading or comments opener)."""
    line = _display(phrase)
    match = rules.match_ui(line)
    return match is not None and match.id == "ui-phrase" and not rules.is_section_heading(normalize_line(line))


def _display(phrase: str, brand: str = "Daily8") -> str:
    text = phrase.replace("{brand}", brand)
    return text[:1].upper() + text[1:]


@st.composite
def _word(draw: st.DrawFn, script: str) -> str:
    consonants, vowels = _SYLLABLES[script]
    syllables = draw(st.integers(2, 4))
    return "".join(draw(st.sampled_from(consonants)) + draw(st.sampled_from(vowels)) for _ in range(syllables))


@st.composite
def _sentence(draw: st.DrawFn, language: str) -> str:
    """10-20 words; every second or third one a stop word, as in running prose."""
    script = LANGUAGES[language]
    stop = _stopwords(language)
    every = draw(st.sampled_from((2, 3)))
    words = [
        draw(st.sampled_from(stop)) if i % every == 1 else draw(_word(script)) for i in range(draw(st.integers(10, 20)))
    ]
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + "."


def _paragraph(language: str) -> st.SearchStrategy[list[str]]:
    """2-4 distinct sentences (real prose does not repeat a sentence in place)."""
    return st.lists(_sentence(language), min_size=2, max_size=4, unique=True)


@st.composite
def _title(draw: st.DrawFn, language: str) -> str:
    script = LANGUAGES[language]
    words = [draw(_word(script)).capitalize() for _ in range(draw(st.integers(5, 9)))]
    return " ".join(words)


@st.composite
def articles(
    draw: st.DrawFn, *, language: str | None = None, min_paragraphs: int = 1, max_paragraphs: int = 6
) -> TruthArticle:
    """An article: a title-cased headline and 2-4 sentence paragraphs of prose-like text."""
    lang = language or draw(st.sampled_from(sorted(LANGUAGES)))
    count = draw(st.integers(min_paragraphs, max_paragraphs))
    seen: set[str] = set()
    paragraphs = []
    for i in range(count):  # no sentence twice in an article: that is what duplicate-lead rules remove
        sentences = [_unique(x, seen, 10 * i + j) for j, x in enumerate(draw(_paragraph(lang)))]
        paragraphs.append(" ".join(sentences))
    return TruthArticle(draw(_title(lang)), tuple(paragraphs))


@st.composite
def _ui_line(draw: st.DrawFn, unseen: bool) -> tuple[str, bool]:
    """(line, from the catalog)."""
    if unseen and draw(st.booleans()):
        return draw(_unseen_ui()), False
    ui, _, _ = _catalog()
    return _display(draw(st.sampled_from(ui)), draw(st.sampled_from(_BRANDS))), True


_UNSEEN_SHAPES = ("Try {} Pro", "Get the {} app", "Follow {} for more", "Open in {}", "Upgrade to {} Plus")


def ui_lines(*, unseen: bool = False) -> st.SearchStrategy[str]:
    """One aggregator UI line: a catalog phrase (brand filled in) or, with `unseen`, an invented one.

    Invented lines use made-up product names in UI shapes ("Try Zorvik Pro", "Get the Quibble
    app") so a cleaner cannot pass by knowing the catalog alone.
    """
    return _ui_line(unseen).map(lambda pair: pair[0])


@st.composite
def teaser_headers(
    draw: st.DrawFn, *, layout: str | None = None, language: str = "english"
) -> tuple[list[str], str | None, str]:
    """(header lines, outlet, time-ago) for one teaser in one of `LAYOUTS`, its time stamp in
    `language` (one of `LANGUAGES`). In a layout of `SPLIT_HEADERS` only the first line goes
    above the title."""
    _, _, outlets = _catalog()
    outlet = draw(st.sampled_from(outlets)).title()
    when = draw(st.sampled_from(_TIMES_IN[language]))
    chosen = layout or draw(st.sampled_from(LAYOUTS))
    if chosen in ("three-line", "credited"):
        return [outlet, when, f"- {outlet}"], outlet, when
    if chosen == "dot":
        return [f"{outlet} · {when}"], outlet, when
    if chosen == "time-first":
        return [when, outlet], outlet, when
    if chosen == "byline":
        return [f"{when} · {outlet}"], outlet, when
    if chosen == "site":  # a domain needs a name in ASCII letters ("Yle", not "الجزيرة")
        outlet = draw(st.sampled_from(_ascii_outlets())).title()
        site = "".join(c for c in outlet.lower() if c.isascii() and c.isalnum()) + ".com"
        return [site, when], site, when
    if chosen == "syndicated":
        return [f"{outlet} on {draw(st.sampled_from(PORTALS))}", when], outlet, when
    if chosen == "summary":
        stamp = draw(_stamp())
        return [f"short by {draw(_person())} / {stamp}", f"read more at {outlet}"], outlet, stamp
    if chosen in SPLIT_HEADERS:
        return [outlet, when], outlet, when
    return [when], None, when


@cache
def _ascii_outlets() -> tuple[str, ...]:
    """The catalog's outlets with three ASCII letters or more: a site's domain can be made of them."""
    return tuple(o for o in _catalog()[2] if sum(c.isascii() and c.isalpha() for c in o) >= 3)


@st.composite
def _person(draw: st.DrawFn) -> str:
    """A person's name: two invented capitalised words, neither an interface word nor an outlet's
    ("Baba Home" reads as a menu line, "Baba News" as an outlet's name)."""
    taken = _name_taboos()
    return " ".join(draw(_word("latin").filter(lambda w: w not in taken)).capitalize() for _ in range(2))


@cache
def _name_taboos() -> frozenset[str]:
    return frozenset(Rules.default().ui_words) | OUTLET_WORDS


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@st.composite
def _date(draw: st.DrawFn) -> str:
    """A publication date as an article's header prints it ("Nov 25, 2026", "25 Nov 2026")."""
    day, month, year = draw(st.integers(1, 28)), draw(st.sampled_from(_MONTHS)), draw(st.integers(2018, 2026))
    return draw(st.sampled_from((f"{month} {day}, {year}", f"{day} {month} {year}")))


@st.composite
def _stamp(draw: st.DrawFn) -> str:
    """A clock and the date it is on, as summary apps print them ("10:21 am on 26 Nov 2026, Thursday")."""
    hour, minute = draw(st.integers(1, 12)), draw(st.integers(0, 59))
    ampm, day, month = draw(st.sampled_from(("am", "pm"))), draw(st.integers(1, 28)), draw(st.sampled_from(_MONTHS))
    year, weekday = draw(st.integers(2018, 2026)), draw(st.sampled_from(_WEEKDAYS))
    return f"{hour:02d}:{minute:02d} {ampm} on {day} {month} {year}, {weekday}"


@st.composite
def aggregator_dumps(
    draw: st.DrawFn,
    *,
    layout: str | None = None,
    related: tuple[int, int] = (0, 3),
    duplicated_leads: bool | None = None,
    unseen_ui: bool = False,
    languages: tuple[str, ...] | None = None,
    line_endings: tuple[str, ...] = ("\n",),
    ui_before_title: bool = True,
    title_only: bool = False,
    main_header: str | None = "none",
    furniture: tuple[str, ...] = (),
) -> GeneratedDump:
    """A dump as an aggregator scraper saves it, with its truth.

    Main article (title, 3-6 paragraphs: a page's own article outweighs each teaser, as on real
    aggregator pages), then 1-3 UI lines and a section heading, then `related`
    (min, max) teasers, each a header in `layout` (or a drawn one), a title and one or two
    paragraphs; with `duplicated_leads`, a teaser's lead sentence also stands alone before it (the
    seed's duplication). `unseen_ui` mixes in invented UI lines; `languages` picks the prose
    language (default: any of `LANGUAGES`); `line_endings` the newline style. With `title_only`,
    teasers in a layout with an outlet may have no text (a card: header and title only; its truth
    has no paragraphs). `main_header` (one of `MAIN_HEADERS`; None draws one) puts the main
    article's header between its headline and text: its author's name and publication date, with
    the outlet's name above them or not (the truth's `author`, `outlet`, `time_ago`). A main
    article with such a header and little text (under about 80 words) may read as one more
    headed block of a feed unless its title is given (`clean(..., title=)`). `furniture`: the
    site's own UI lines, printed as they are between the article and the related section in
    place of drawn ones (see `site_dumps`).
    """
    language = draw(st.sampled_from(languages or tuple(sorted(LANGUAGES))))
    ending = draw(st.sampled_from(line_endings))
    dup = draw(st.booleans()) if duplicated_leads is None else duplicated_leads
    lines: list[str] = []
    boiler: set[int] = set()
    catalog: set[int] = set()
    content: set[int] = set()

    seen: set[str] = set()

    def add(text: str, *, kind: str) -> str:
        if kind == "content":
            text = _unique(text, seen, len(lines))
        lines.append(text)
        n = len(lines)
        if kind == "content":
            content.add(n)
        else:
            boiler.add(n)
            if kind == "catalog":
                catalog.add(n)
        return text

    if ui_before_title and draw(st.booleans()):
        add(draw(ui_lines()), kind="catalog")  # e.g. "Follow", "Sign in" above the headline
    sentences: set[str] = set()
    drawn = _fresh(draw(articles(language=language, min_paragraphs=3, max_paragraphs=6)), sentences, 0)
    title = add(drawn.title or "", kind="content")
    style = main_header or draw(st.sampled_from(MAIN_HEADERS))
    outlet = author = when = None
    if style != "none":
        _, _, outlets = _catalog()
        outlet = add(draw(st.sampled_from(outlets)).title(), kind="boiler") if style == "outlet-author" else None
        author = add(draw(_person()), kind="boiler")
        when = add(draw(_date()), kind="boiler")  # a date: teasers print time-ago
    body = tuple(add(p, kind="content") for p in drawn.paragraphs)
    main = TruthArticle(title, body, outlet, when, author=author)
    teasers: list[TruthArticle] = []
    n_related = draw(st.integers(*related))
    section = layout or draw(st.sampled_from((None, *sorted(WHOLE_SECTION))))
    mixed = tuple(x for x in LAYOUTS if x not in WHOLE_SECTION)
    if n_related:
        for ui in furniture:
            add(ui, kind="boiler")
        for _ in range(0 if furniture else draw(st.integers(1, 3))):
            ui, known = draw(_ui_line(unseen_ui))
            add(ui, kind="catalog" if known else "boiler")
        _, headings, _ = _catalog()
        add(_display(draw(st.sampled_from(headings))), kind="catalog")
    for _ in range(n_related):
        chosen = section or draw(st.sampled_from(mixed))
        header, outlet, when = draw(teaser_headers(layout=chosen, language=language))
        art = _fresh(draw(articles(language=language, max_paragraphs=2)), sentences, 1000 * (len(teasers) + 1))
        above, under_title, under_text = _placed(header, SPLIT_HEADERS.get(chosen))
        for h in above:
            add(h, kind="boiler")
        title = add(art.title or "", kind="content")
        for h in under_title:
            add(h, kind="boiler")
        paragraphs: tuple[str, ...] = ()
        if not (title_only and outlet is not None and not under_text and draw(st.booleans())):
            first = art.paragraphs[0]
            if dup:
                add(first.split(". ", 1)[0].rstrip(".") + ".", kind="boiler")
            paragraphs = tuple(add(p, kind="content") for p in (first, *art.paragraphs[1:]))
        for h in under_text:
            add(h, kind="boiler")
        teasers.append(TruthArticle(title, paragraphs, outlet, when))
    return GeneratedDump(
        text=ending.join(lines) + ending,
        main=main,
        related=tuple(teasers),
        boilerplate=frozenset(boiler),
        catalog_boilerplate=frozenset(catalog),
        content=frozenset(content),
        line_ending=ending,
        language=language,
    )


@st.composite
def site_dumps(
    draw: st.DrawFn,
    *,
    min_dumps: int = 4,
    max_dumps: int = 8,
    layout: str | None = None,
    languages: tuple[str, ...] | None = None,
) -> tuple[tuple[GeneratedDump, ...], tuple[str, ...]]:
    """(dumps, furniture): several dumps of one aggregator site, each with its truth, and the
    site's furniture, 1-3 invented UI lines (no catalog knows them) that every dump prints in the
    same place, between its article and its related section. For testing learned boilerplate:
    learn from some of the dumps, clean another (`cleandump.learn`).

    The dumps share one drawn page's layout: its headers, headings and UI lines recur in every
    dump, as a site's do, and its article and teaser texts are made each dump's own by an
    invented word that opens each of their lines (a duplicated lead line keeps matching its
    paragraph). Drawing each dump whole would make an example too large to generate quickly.
    """
    language = draw(st.sampled_from(languages or tuple(sorted(LANGUAGES))))
    furniture = tuple(draw(st.lists(_unseen_ui(), min_size=1, max_size=3, unique_by=normalize_line)))
    page = draw(aggregator_dumps(layout=layout, related=(1, 3), languages=(language,), furniture=furniture))
    n = draw(st.integers(min_dumps, max_dumps))
    salts = draw(st.lists(_word("latin"), min_size=n, max_size=n, unique_by=str.casefold))
    return tuple(_salted(page, salt.capitalize()) for salt in salts), furniture


def _salted(dump: GeneratedDump, salt: str) -> GeneratedDump:
    """The dump with `salt` opening each text line (title, paragraph) and each boilerplate line
    that repeats the start of the text line after it (a duplicated lead), truth included."""
    lines = dump.lines
    new = list(lines)
    for n in sorted(dump.content):
        new[n - 1] = f"{salt} {lines[n - 1]}"
        k = n - 1  # 1-based number of the line above
        if k >= 1 and k in dump.boilerplate and lines[n - 1].startswith(lines[k - 1].rstrip(".")):
            new[k - 1] = f"{salt} {lines[k - 1]}"

    def text(t: str | None) -> str | None:
        return f"{salt} {t}" if t else t

    def article(a: TruthArticle) -> TruthArticle:
        return replace(a, title=text(a.title), paragraphs=tuple(f"{salt} {p}" for p in a.paragraphs))

    ending = dump.line_ending
    return replace(
        dump,
        text=ending.join(new) + ending,
        main=article(dump.main) if dump.main else None,
        related=tuple(map(article, dump.related)),
    )


@st.composite
def _unseen_ui(draw: st.DrawFn) -> str:
    """An invented UI line ("Try Zorvik Pro"): a made-up product name in a UI shape."""
    name = draw(_word("latin")).capitalize()
    return draw(st.sampled_from(_UNSEEN_SHAPES)).format(name)


def _placed(header: list[str], split: str | None) -> tuple[list[str], list[str], list[str]]:
    """A teaser's header lines above its title, under its title and under its text (`SPLIT_HEADERS`)."""
    if split is None:
        return header, [], []
    if split == "around":
        return [], header[:1], header[1:]
    if split == "credit":
        return header[:-1], [], header[-1:]
    return (header[:1], header[1:], []) if split == "title" else (header[:1], [], header[1:])


@st.composite
def hard_wrapped(
    draw: st.DrawFn, dumps: st.SearchStrategy[GeneratedDump] | None = None, *, widths: tuple[int, int] = (40, 60)
) -> GeneratedDump:
    """A dump as a text browser or converter saves it (`lynx -dump`, html2text, `pandoc -t
    plain`): a blank line between blocks, every line longer than a drawn width broken at spaces
    into lines of at most that width; the truth unchanged (a cleaner should give back the
    paragraphs whole) and its line numbers moved to match. (Without the blank lines a paragraph
    whose last line happens to fill the width cannot be told from one that goes on.) The default
    widths are to the generated sentences (about 55 characters) what 72-80 columns are to real
    prose: most breaks fall inside a sentence. Much wider, every break can fall at a sentence's
    end, and the dump is then the same as one sentence per line."""
    dump = draw(dumps if dumps is not None else aggregator_dumps())
    width = draw(st.integers(*widths))
    lines: list[str] = []
    moved: dict[int, range] = {}
    for n, line in enumerate(dump.lines, start=1):
        pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line]
        if lines:
            lines.append("")
        moved[n] = range(len(lines) + 1, len(lines) + 1 + len(pieces))
        lines += pieces

    def renumber(numbers: frozenset[int]) -> frozenset[int]:
        return frozenset(k for n in numbers for k in moved[n])

    ending = dump.line_ending
    return replace(
        dump,
        text=ending.join(lines) + ending,
        boilerplate=renumber(dump.boilerplate),
        catalog_boilerplate=renumber(dump.catalog_boilerplate),
        content=renumber(dump.content),
    )


#: Characters markdown converters escape so that text is not read as markup (html2text, turndown).
_MD_ESCAPE = {c: "\\" + c for c in "\\`*_[]#+-!>|"}


def _md_escape(text: str) -> str:
    return "".join(_MD_ESCAPE.get(c, c) for c in text)


@st.composite
def as_markdown(draw: st.DrawFn, dumps: st.SearchStrategy[GeneratedDump] | None = None) -> GeneratedDump:
    """A dump as a markdown scraper saves it (Jina Reader, Firecrawl): the headline a level-1
    heading with a picture under it, each teaser's title a level-3 heading linking to its story,
    catalog UI lines menu links, a word of some paragraphs emphasised or linked, text that would
    read as markup escaped, a blank line between blocks. The truth is the plain text, each
    related article's `url` its title's link; line numbers move to match."""
    dump = draw(dumps if dumps is not None else aggregator_dumps())
    titles = {a.title: k for k, a in enumerate(dump.related) if a.title}
    lines: list[str] = []
    moved: dict[int, range] = {}
    for n, line in enumerate(dump.lines, start=1):
        first = len(lines) + 1
        if lines:
            lines.append("")
            first += 1
        if n in dump.content and dump.main is not None and line == dump.main.title:
            lines += [f"# {_md_escape(line)}", "", "![A picture of the story](https://img.example/1.jpg)"]
        elif n in dump.content and line in titles:
            lines.append(f"### [{_md_escape(line)}](/story/{titles[line]})")
        elif n in dump.content:
            lines.append(_md_paragraph(line, draw(st.sampled_from(("plain", "strong", "link")))))
        elif n in dump.catalog_boilerplate:
            lines.append(f"*   [{_md_escape(line)}](/section/{n})")
        else:
            lines.append(_md_escape(line))
        moved[n] = range(first, first + 1)
    picture = {k + 1 for k, line in enumerate(lines) if line.startswith("![")}
    related = tuple(replace(a, url=f"/story/{titles[a.title]}") if a.title in titles else a for a in dump.related)
    ending = dump.line_ending

    def renumber(numbers: frozenset[int]) -> frozenset[int]:
        return frozenset(k for n in numbers for k in moved[n])

    return replace(
        dump,
        text=ending.join(lines) + ending,
        related=related,
        boilerplate=renumber(dump.boilerplate) | picture,
        catalog_boilerplate=renumber(dump.catalog_boilerplate),
        content=renumber(dump.content),
    )


def _md_paragraph(text: str, style: str) -> str:
    """A paragraph with its second word emphasised or linked (or left plain), the rest escaped."""
    words = text.split(" ")
    if style == "plain" or len(words) < 3:
        return _md_escape(text)
    marked = f"**{_md_escape(words[1])}**" if style == "strong" else f"[{_md_escape(words[1])}](/tag/{len(words)})"
    return " ".join([_md_escape(words[0]), marked, *(_md_escape(w) for w in words[2:])])
