"""Hand-written dumps in layouts unlike the seed, each with its expected facts in a sidecar.

`*.txt` are plain dumps, `*.md` markdown dumps (read as markdown because they look like it: the
fixtures are cleaned with the default `kind`, as a user's dump would be)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import cleandump
from cleandump.hashing import content_hash

from helpers import assert_accounted

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DUMPS = {p.stem: p for p in [*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.md")]}
CASES = sorted(DUMPS)
#: Markdown's inline syntax and a text browser's marks: none may reach an article read from such a dump.
LINK_NUMBER = re.compile(r"\[\d+\]")
MARKUP = ("](", "![", "**", "# ", "`", "[IMG]", "(BUTTON)")


def load(name: str) -> tuple[str, dict[str, Any], cleandump.CleanResult]:
    text = DUMPS[name].read_text(encoding="utf-8")
    facts = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return text, facts, cleandump.clean(text, fetched_at=facts.get("fetched_at"))


def test_there_are_enough_fixtures() -> None:
    assert len(CASES) >= 10
    for name in CASES:
        assert (FIXTURES / f"{name}.json").exists(), f"{name} has no sidecar"
    assert any(p.suffix == ".md" for p in DUMPS.values())


def check_article(article: cleandump.Article, want: dict[str, Any]) -> None:
    for key in ("title", "outlet", "time_ago", "author", "url"):
        if key in want:
            assert getattr(article, key) == want[key], key
    if "published" in want:
        assert (article.published.isoformat() if article.published else None) == want["published"]
    if "paragraphs" in want:
        assert len(article.paragraphs) == want["paragraphs"], article.paragraphs
    if "first_starts" in want:
        assert article.paragraphs[0].startswith(want["first_starts"])
    if "last_ends" in want:
        assert article.paragraphs[-1].endswith(want["last_ends"])
    for para in want.get("contains_paragraphs", []):
        assert para in article.paragraphs
    for phrase in want.get("once", []):
        assert article.text.count(phrase) == 1, phrase


@pytest.mark.parametrize("name", CASES)
def test_fixture_facts(name: str) -> None:
    _, facts, result = load(name)
    if facts["main"] is None:
        assert result.main is None
    else:
        assert result.main is not None
        check_article(result.main, facts["main"])
    assert len(result.related) == len(facts["related"])
    for article, want in zip(result.related, facts["related"], strict=True):
        check_article(article, want)
    if facts.get("no_markup"):
        for article in result.articles:
            for text in (article.title or "", *article.paragraphs):
                assert not any(mark in text for mark in MARKUP) and not LINK_NUMBER.search(text), text


@pytest.mark.parametrize("name", CASES)
def test_fixture_removals(name: str) -> None:
    text, facts, result = load(name)
    whole = sorted(r.line for r in result.removed if r.span is None and r.line is not None)
    assert whole == facts["removed_lines"]
    for line, rule in facts.get("removed_rules", {}).items():
        assert {r.rule for r in result.removed if r.line == int(line)} == {rule}
    assert_accounted(text, result)


@pytest.mark.parametrize("name", [n for n in CASES if "unchanged" in n or n.startswith("plain")])
def test_plain_article_comes_back_unchanged(name: str) -> None:
    text, facts, result = load(name)
    assert facts.get("unchanged")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert result.main is not None and not result.removed and not result.related
    assert [result.main.title, *result.main.paragraphs] == lines


def test_a_known_title_marks_the_page_article_among_headed_blocks() -> None:
    """A byline under the headline makes the article look like one more teaser of a feed; the
    page's title (given by the caller, or read from HTML) says which block is the page's own."""
    text = (
        "The city council voted on Tuesday to rebuild the old harbour wall before the winter storms, "
        "after engineers warned that another season of high tides could breach it."
    )
    teaser = (
        "Something else happened in another town this week, and the report goes on at some length about "
        "the people involved, the reasons they gave and what they expect in the coming months."
    )
    more = (
        "The work will cost about four million pounds and is expected to take five months, with the coastal "
        "path closed to walkers while the crews are on site."
    )
    title = "Harbour wall to be rebuilt before winter"
    lines = ["Home", "Subscribe today and support local journalism for less than a coffee a week.", title]
    lines += ["By Jane Doe", "November 18, 2019 12:26 PM", text, text.replace("Tuesday", "Monday"), more]
    for i in range(4):
        lines += [f"Other headline number {i} about the town", "Staff Reporter", f"November {10 + i}, 2019", teaser]
    dump = "\n".join(lines)
    assert cleandump.clean(dump).main is None  # read as a feed of five headed blocks
    main = cleandump.clean(dump, title=title).main
    assert main is not None and main.title == title and len(main.paragraphs) == 3


def test_a_page_made_of_kicker_records_keeps_them() -> None:
    """Records that repeat a kicker are cut off an article's end, but not when they are the page."""
    lines = ["Home", "Webcams"]
    places = ["Upper Falls", "Half Dome", "High Sierra", "El Capitan", "Tuolumne Meadows"]
    for place in places:
        lines += [
            "Webcam",
            place,
            f"This camera shows {place} from the valley floor, so you can check the weather and the light before "
            "you set out. Images refresh every fifteen minutes during daylight hours.",
            "View Webcam",
        ]
    lines += ["Contact Us", "Privacy Policy"]
    main = cleandump.clean("\n".join(lines)).main
    assert main is not None
    assert sum(p.startswith("This camera shows") for p in main.paragraphs) == len(places)


def test_a_job_board_keeps_its_records_fields() -> None:
    """Listing records whose fields look like headers (a title and company next to "3d") or menu
    entries (two words) are kept: they sit among the template lines every record repeats."""
    lines = ["Find Jobs", "Post a Job", "Log In", "Programming", "Design", "Marketing", "Full-Stack Programming Jobs"]
    jobs = [
        ("Software Engineer", "Cortes Labs"),
        ("Senior Backend Developer", "Walter"),
        ("Data Engineer", "Sticker Mule"),
    ]
    jobs += [("Frontend Developer", "Bluebird"), ("Platform Engineer", "Northwind")]
    for i, (title, company) in enumerate(jobs):
        lines += [title, f"{i + 3}d", company, "Remote", "Full-Time", "Anywhere in the World"]
    lines += ["About", "Privacy Policy", "Terms of Service"]
    main = cleandump.clean("\n".join(lines)).main
    assert main is not None
    kept = set(main.paragraphs)
    assert {t for t, _ in jobs} <= kept and {c for _, c in jobs} <= kept
    assert not {"Find Jobs", "Post a Job", "Terms of Service"} & kept


def test_a_records_long_field_list_is_kept() -> None:
    """Everything between two printings of a record's separator line is that record's fields,
    however many of them (a job's list of sixteen towns), not a menu."""
    lines = ["Find Jobs", "Post a Job", "Log In", "Programming", "Design", "Remote Programming Jobs"]
    heads = ("North", "South", "East", "West", "Upper", "Lower", "Old", "New", "Great", "Little")
    towns = [f"{a}{b}" for a in heads for b in ("vale", "moor", "field", "ford", "haven", "wick", "dale", "bury")]
    records = [towns[k : k + 16] for k in range(0, 80, 16)]
    assert len(records) == 5 and len(set(towns)) == 80
    for i, places in enumerate(records):
        lines += ["View Company Profile", f"Engineer number {i}", f"{i + 3}d", "Full-Time", *places]
    lines += ["View Company Profile", "About", "Privacy Policy", "Terms of Service"]
    main = cleandump.clean("\n".join(lines)).main
    assert main is not None
    kept = set(main.paragraphs)
    assert set(towns) <= kept
    assert not {"Find Jobs", "Post a Job", "Terms of Service"} & kept


def test_a_heading_printed_under_every_card_is_a_link() -> None:
    """ "Read More" once after an article opens its related block; under each of a page's cards
    it is the cards' link, and the cards are the page's content."""
    cards = [
        ("Accounting and Auditing", "Accounting and auditing are crucial business functions in every industry"),
        ("Business Analytics", "Businesses thrive by using data to garner insights for decisions and growth"),
        ("Project Management", "Organisations are challenged with delivering complex projects on time"),
        ("Human Resources", "Knowledgeable human resource professionals are always in high demand"),
    ]
    lines = ["Home", "Programs", "Professional Development"]
    lines += ["Our professional development programs prepare working professionals to move their careers forward."]
    for title, text in cards:
        lines += [title, f"{text}, and our courses are taught by experts who work in the field.", "Read More"]
    lines += ["Contact Us", "Privacy Policy"]
    result = cleandump.clean("\n".join(lines))
    assert result.main is not None
    for title, text in cards:
        assert text in result.main.text, title
    assert {r.rule for r in result.removed if r.text == "Read More"} == {"card-link"}
    once = [*lines[:6], "Read More", *lines[7:9], *lines[-2:]]  # an article, then one "Read More" and a card
    single = cleandump.clean("\n".join(once))
    assert single.main is not None and "Read More" not in single.main.text
    assert [r.rule for r in single.removed if r.text == "Read More"] == ["section-heading"]


def test_a_long_post_inside_a_feed_is_one_of_its_items() -> None:
    """A news page of dated posts, one of them much longer than the rest: with three headed posts
    on either side it is one more item of the feed, not the page's article."""
    short = "The firm said the move would add about forty staff over the next year, most of them in sales."
    long_post = [
        f"Paragraph {k} of the longer post explains at some length what the merger means for the clients, "
        "the staff and the partners of both firms, and what the regulators have said so far about it."
        for k in range(8)
    ]
    lines = ["Home", "About Us", "Industry News"]
    for i in range(8):  # the first post has no text before its header: it opens no unit of its own
        lines += [f"Consulting firm number {i} opens a new regional office", f"November {20 - i}, 2025"]
        lines += long_post if i == 4 else [short]
        lines += ["Comment"]
    lines += ["Newer", "Older", "Privacy Policy"]
    result = cleandump.clean("\n".join(lines))
    assert_accounted("\n".join(lines), result)
    assert result.main is None
    assert len(result.related) == 8
    assert len(result.related[4].paragraphs) == len(long_post)


LONG_HEADLINE = "Harbour wall to be rebuilt before the winter storms"


@pytest.mark.parametrize(
    ("title", "known"),
    [
        (LONG_HEADLINE, LONG_HEADLINE),
        (LONG_HEADLINE, f"{LONG_HEADLINE} | The Harbour Gazette"),
        # a short headline, as the page's <title> gives it: with its site's name, "..." for "…"
        ("Wall rebuilt…", "Wall rebuilt... — The Harbour Gazette"),
        ("Wall to be rebuilt", "The Harbour Gazette | Wall To Be Rebuilt"),
    ],
)
def test_the_known_title_picks_the_article_under_a_longer_ticker(title: str, known: str) -> None:
    """A ticker of other stories' leads sits above the article and holds more text; the page's
    title, right above the article's date line, says which block is the page's own (also when
    the title a caller passes carries the site's name, as an HTML page's <title> does)."""
    ticker = [
        f"Story {k} headline in the ticker LONDON: A different event happened somewhere else this week, and the "
        "lead sentence of that story runs on for a while about who was involved and what they said."
        for k in range(6)
    ]
    body = [
        "The city council voted on Tuesday to rebuild the old harbour wall before the winter storms, after "
        "engineers warned that another season of high tides could breach it.",
        "The work will cost about four million pounds and take five months, with the coastal path closed to "
        "walkers while the crews are on site.",
        "Fishing crews welcomed the decision but asked for the work to avoid the busiest weeks of the season, "
        "when the boats go out every morning and the quay is full of lorries waiting for the catch.",
        "The council will publish the contract, the engineers' survey and the timetable for the road closures "
        "on its website next month, and residents can comment on them until the end of January.",
    ]
    lines = ["Home", "News", "Breaking News", *ticker, title, "November 20, 2019", "Print this article", *body]
    lines += ["Related Articles", "Other story about the town", "Contact us"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump, title=known)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == title  # the headline as the page prints it
    assert list(result.main.paragraphs) == body
    untitled = cleandump.clean(dump).main
    assert untitled is not None and untitled.title != title  # without the title, the ticker wins


@pytest.mark.parametrize("rows", [10, 2])
def test_a_table_printed_one_cell_per_line_stays_with_its_article(rows: int) -> None:
    """Ranks, names and amounts one per line after the article's text are its table (kept when it
    runs to 16 lines or more); the footer after it is not."""
    text = [
        "The ten largest insurers wrote almost half of all premiums last year, and the leader grew its "
        "share again after two years of heavy losses from storms along the southern coast.",
        "Smaller groups gained ground in pet and cyber cover, where the large carriers have been slow to "
        "follow, and three of them entered the top fifty for the first time this year.",
    ]
    table = ["Largest insurers by premiums written in 2024", "Rank", "Company", "Premiums ($000)", "% Change"]
    for k in range(rows):
        table += [str(k + 1), f"Insurer Group {chr(65 + k)}", f"{(20 - k) * 1_234_567:,}", f"{(k % 5) - 1.5:.1f}"]
    lines = ["Home", "Rankings", "Largest insurers in the country", *text, *table, "Contact us", "Privacy Policy"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs[:2]) == text
    kept = [p for p in result.main.paragraphs if p.startswith("Insurer Group")]
    assert len(kept) == (rows if 5 + 4 * rows >= 16 else 0)
    assert not any(p in ("Contact us", "Privacy Policy") for p in result.main.paragraphs)


@pytest.mark.parametrize("notice", ["© 2025 Example Shoes, Inc. All rights reserved.", "Copyright © Example Shoes Ltd"])
def test_text_after_the_footers_copyright_notice_is_not_the_article(notice: str) -> None:
    """A dump prints the page's dialogs after its footer: a privacy policy longer than the article
    must not be joined to it across the footer's links and copyright notice, while a photo credit
    ("© Reuters") and a "Copyright license" list item inside the article close nothing."""
    body = [
        "Our classic runner is made from soft merino wool that keeps your feet warm in winter and cool "
        "in the summer, and it can go straight into the washing machine when it gets muddy.",
        "© Reuters",
        "The midsole is made from a foam based on sugarcane, which gives a cushioned step without the "
        "heavy petroleum-based materials that most running shoes still use today.",
        "Copyright license",
        "Each pair is shipped in a box made from recycled cardboard, and we will take back any worn-out "
        "pair that you send us and give its wool and rubber a second life.",
    ]
    footer = ["Help", "Live Chat", "Store Locator", "Our Story", "Careers", "Press", notice]
    policy = [
        f"Section {k}. We collect the personal information that you give us when you make a purchase, and "
        "we use it to process your order, to answer your questions and to send you the messages that you "
        "have asked us to send you, for as long as the law allows us to keep it."
        for k in range(12)
    ]
    lines = ["Home", "Men", "Women", "Sale", "Wool Runner", *body, *footer, "Privacy Policy", *policy]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert body[0] in result.main.paragraphs and body[-1] in result.main.paragraphs
    assert not any(p.startswith("Section") for p in result.main.paragraphs)


AGGREGATOR_BODY = [
    "LONDON (Reuters) - Cargo ships were rerouted around the north of Scotland on Tuesday after storms "
    "closed the Strait of Dover for a second day, the coastguard said.",
    "The closure, the longest in more than a decade, has delayed deliveries of fuel and food to ports in "
    "Belgium and the Netherlands, and freight rates for the route jumped by a fifth overnight.",
    "Forecasters expect the winds to ease on Wednesday evening, when the coastguard will decide whether "
    "to reopen the lanes to the largest vessels first.",
]


def _clean_under_article(lines: list[str]) -> cleandump.CleanResult:
    """`lines` as one dump, cleaned: every line accounted for and the main article's text
    exactly `AGGREGATOR_BODY` (the tests below put their cards and furniture around it)."""
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == AGGREGATOR_BODY
    return result


def test_cards_with_the_outlet_above_the_title_and_the_time_below() -> None:
    """MSN-style cards ("The Guardian" / title / "1d"), some with no text of their own: each is a
    related article with its own outlet and time, and a header line with a reading time in it
    ("• 2h • 3 min read") is the main article's time, not its title."""
    title = "Ships reroute as storms close the Strait of Dover"
    cards = [
        ("The Guardian", "UK ports brace for a winter of disruption as storms grow", "1d", None),
        (
            "Bloomberg",
            "Freight rates jump as the Channel shuts to cargo",
            "5h",
            "Rotterdam says it can handle the extra ships for a week at most, after which the backlog grows.",
        ),
        ("Sky News", "Kent residents told to stay indoors as gales hit", "3h", None),
    ]
    lines = ["Sign in", "News", "Money", title, "Story by Sarah Mills", "• 2h • 3 min read", *AGGREGATOR_BODY]
    lines += ["Continue reading", "More for You"]
    for outlet, head, when, text in cards:
        lines += [outlet, head, when, *([text] if text else [])]
    lines += ["Feedback", "Terms of use"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == title and result.main.time_ago == "2h"
    assert list(result.main.paragraphs) == AGGREGATOR_BODY
    got = [(a.title, a.outlet, a.time_ago, a.paragraphs) for a in result.related]
    assert got == [(head, outlet, when, (text,) if text else ()) for outlet, head, when, text in cards]
    alone = [a for a in result.related if not a.paragraphs]
    assert [a.hashes.content for a in alone] == [content_hash(a.title or "") for a in alone]  # known by title
    assert alone[0].hashes.content != alone[1].hashes.content


@pytest.mark.parametrize("layout", ["title-first", "header-first"])
def test_a_related_section_of_titles_without_text(layout: str) -> None:
    """Headline cards with no text under a related heading, the header below each title
    ("Reuters · 2h") or above it: one related article per card, none holding another's header."""
    heads = [
        ("Port strike ends after three weeks of talks", "Reuters", "2h"),
        ("Rail fares to rise by four per cent in March", "AP", "5h"),
        ("Flood barrier opens for the first time this year", "Sky News", "1d"),
    ]
    lines = ["Home", "World", "Harbour wall to be rebuilt", *AGGREGATOR_BODY, "Most Read"]
    for head, outlet, when in heads:
        lines += [head, f"{outlet} · {when}"] if layout == "title-first" else [f"{outlet} · {when}", head]
    lines += ["Contact us"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert [(a.title, a.outlet, a.time_ago, a.paragraphs) for a in result.related] == [
        (head, outlet, when, ()) for head, outlet, when in heads
    ]


def test_links_under_a_related_heading_without_headers_are_not_articles() -> None:
    """A card needs a header (outlet or time): a plain list of links stays removed furniture."""
    links = ["Port strike ends after three weeks of talks", "Rail fares to rise by four per cent in March"]
    dump = "\n".join(["Harbour wall to be rebuilt", *AGGREGATOR_BODY, "Related Articles", *links, "Contact us"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.related == ()
    assert {r.text for r in result.removed} >= set(links)


def test_cards_whose_time_comes_under_their_summary() -> None:
    """Yahoo-style cards: outlet, title, summary, then the time under it. Each time belongs to the
    card above it, not the next one; the headline above the byline is the title, not the promo
    line ("Add Yahoo on Google") between the header and the text."""
    title = "Hospitals in three states delay surgeries as nurses strike over staffing"
    cards = [
        (
            "Reuters",
            "Nurses in Britain vote to strike over pay again",
            "The vote could lead to walkouts in January, the union said.",
            "2h ago",
        ),
        (
            "CNN",
            "Hospital staffing shortages are getting worse",
            "Five states account for half of the vacancies, a report says.",
            "5h ago",
        ),
        ("NBC News", "Why nurses are leaving the profession in record numbers", None, "1d ago"),
    ]
    lines = ["Sign in", "Home", "The Associated Press", title, "Maria Lopez", "Updated November 25, 2025", "3 min read"]
    lines += ["Add Yahoo on Google", *AGGREGATOR_BODY, "Privacy Dashboard", "Recommended Stories"]
    for outlet, head, text, when in cards:
        lines += [outlet, head, *([text] if text else []), when]
    lines += ["Copyright © 2025 Yahoo. All rights reserved."]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == title
    assert list(result.main.paragraphs) == AGGREGATOR_BODY
    got = [(a.outlet, a.title, a.paragraphs, a.time_ago) for a in result.related]
    assert got == [(outlet, head, (text,) if text else (), when) for outlet, head, text, when in cards]


def test_a_card_without_an_outlet_before_one_with_three_header_lines() -> None:
    """A time line after a card's text, then an outlet over the next card's header: when the
    section's first card shows no time under its text, every header line after text opens the
    next card (the outlet is the next card's, and so is the time)."""
    first = ("Bridge reopens after a week of repairs", "Engineers finished the work two days early, the council said.")
    second = ("Council names a new harbour master", "She takes up the post in January after twenty years at sea.")
    lines = ["Harbour wall to be rebuilt", *AGGREGATOR_BODY, "Related Articles", "an hour ago", *first]
    lines += ["Reuters", "Yesterday", "- Reuters", *second]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    got = [(a.title, a.outlet, a.time_ago) for a in result.related]
    assert got == [(first[0], None, "an hour ago"), (second[0], "Reuters", "Yesterday")]


def test_an_article_printed_again_in_a_data_block_is_still_the_article() -> None:
    """A page that prints its story again below itself (its data block: title, date, the whole
    text on one line), twice: the copies are not other posts of a feed, so the page keeps its
    article (three dated blocks of about the same size had read as a feed)."""
    title = "How to plan an early retirement without giving up the things you enjoy"
    body = [
        f"Part {k}: saving for an early retirement takes years of discipline, a budget that leaves room for "
        f"the unexpected and a clear idea of what the retired years should look like, topic {k}."
        for k in range(8)
    ]
    copy = [title, "2019-11-13T23:06:00+01:00", " ".join(body)]
    lines = ["Home", "Markets", "The article was sent.", title, "Jane Doe, Money Desk", "November 13, 2019, 23:06"]
    lines += ["facebook", "twitter", *body, "Share this article", *copy, "international", *copy, "Imprint"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert list(result.main.paragraphs[: len(body)]) == body


@pytest.mark.parametrize("kicker", ["Breaking", "LIVE", "Exclusive", "Analysis", "Developing"])
def test_a_kicker_between_the_headline_and_its_header_is_not_the_title(kicker: str) -> None:
    """A label printed under the headline ("Breaking") sits where a title would: it is
    furniture, and the headline above it stays the article's title."""
    title = "Wildfire forces thousands to evacuate in southern California"
    body = [
        "Firefighters battled a fast-moving wildfire in the hills north of the city on Wednesday as strong "
        "winds pushed the flames toward several neighbourhoods.",
        "The fire had burned more than 5,000 acres by the afternoon and was 10 percent contained, according "
        "to the state's fire agency.",
        "Officials opened three evacuation centres and warned that the winds were expected to strengthen.",
    ]
    lines = ["Home", title, kicker, "Los Angeles Times", "2h ago", "Updated 35 min ago", *body, "Privacy Policy"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == title
    assert result.main.outlet == "Los Angeles Times" and list(result.main.paragraphs) == body
    assert {r.rule for r in result.removed if r.line == 3} == {"ui-phrase"}


@pytest.mark.parametrize("mark", ["* * *", "—", "•", "|", "...", "\u200d", "\u200b", "\u200c \ufeff"])
def test_a_line_of_punctuation_inside_the_text_is_dropped_and_the_text_goes_on(mark: str) -> None:
    """A scene break, a separator glyph or a page builder's invisible spacer (a zero-width joiner
    or space alone) between paragraphs is removed with its own rule (`no-words`), not kept as a
    paragraph, and does not cut the article."""
    paragraphs = [
        "The first part of the story tells how the village prepared for the storm over three days of work.",
        "Neighbours stacked sandbags along the river and moved the animals to the high fields.",
        "The second part begins after the storm, when the water had gone down and the damage was counted.",
        "Most houses were dry, and the bridge, which everyone had feared for, was still standing.",
    ]
    lines = ["A village that held back the river", *paragraphs[:2], mark, *paragraphs[2:]]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == paragraphs
    assert [(r.line, r.rule) for r in result.removed] == [(4, "no-words")]


def test_short_lines_after_a_sections_cards_do_not_merge_them() -> None:
    """A footer's heading and links right after the last card ("Site Index" / "Browse" /
    "Media") are no card: the cards are still split, each with its own header."""
    heads = [
        ("Port strike ends after three weeks of talks", "Reuters", "2h"),
        ("Rail fares to rise by four per cent in March", "AP", "5h"),
        ("Flood barrier opens for the first time this year", "Sky News", "1d"),
    ]
    lines = ["Home", "Harbour wall to be rebuilt", *AGGREGATOR_BODY, "Read Next"]
    for head, outlet, when in heads:
        lines += [head, f"{outlet} · {when}"]
    lines += ["Site Index", "Browse", "Media", "© 2026 Example News"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert [(a.title, a.outlet, a.time_ago) for a in result.related] == heads
    assert {r.text for r in result.removed} >= {"Site Index", "Browse", "Media"}


def test_the_callers_title_beats_a_caption_under_it() -> None:
    """A picture's caption between the headline (and its header) and the text looks like a title
    line; the title the caller knows picks the headline, and the caption is not kept."""
    title = "Harbour wall to be rebuilt before winter"
    caption = "Workers on the harbour wall on Monday (Photo: John Smith/Coast Times)"
    lines = ["Home", title, "By Jane Doe", "November 18, 2019", caption, *AGGREGATOR_BODY, "Contact us"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump, title=f"{title} | Coast Times")
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == title
    assert list(result.main.paragraphs) == AGGREGATOR_BODY
    assert caption in {r.text for r in result.removed}


@pytest.mark.parametrize("button", ["Follow", "Folgen", "Suivre"])
def test_a_name_over_a_follow_button_is_the_author_and_counts_are_no_title(button: str) -> None:
    """Medium/Substack headers: the author's name over a follow button, a reading time, a date,
    engagement counts ("1.2K", "23") and share buttons between the headline and the text. The
    counts are removed and never the title; the name is the author; the headline stays the title."""
    title = "How the harbour town paid for its new sea wall"
    lines = ["Sign in", title, "Jane Doe", button, "6 min read", "·", "Mar 14, 2024", "1.2K", "23", "Listen", "Share"]
    lines += [*AGGREGATOR_BODY, "2.1K claps", "Privacy"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert (result.main.title, result.main.author) == (title, "Jane Doe")
    assert list(result.main.paragraphs) == AGGREGATOR_BODY
    rules = {r.text: r.rule for r in result.removed}
    assert rules["Jane Doe"] == "followed-name"
    assert "1.2K" in rules and rules["2.1K claps"] == "comment-count"


def test_a_bylines_name_beats_a_followed_name() -> None:
    """A publisher's name over "Follow" ("Microsoft Start") and a "Story by" byline: the byline
    names the author."""
    lines = ["Coast News Network", "Follow", "Harbour wall to be rebuilt", "Story by Jane Doe • 2d"]
    dump = "\n".join([*lines, *AGGREGATOR_BODY])
    main = cleandump.clean(dump).main
    assert main is not None and main.author == "Jane Doe"


def test_vote_buttons_and_their_counts_are_removed() -> None:
    """A thread's post with its vote widget ("Upvote" / "412" / "Downvote") and reply buttons:
    the buttons are interface text and a count between two of them goes with them; the post's
    text is kept."""
    post = [
        "I have about $9,000 left on a car loan at 6.9% and $14,000 in a savings account earning 4.3%. "
        "My job is stable and I have no other debt, so I am wondering what to do with the money.",
        "Would it make more sense to pay it off now, or keep the cash and just pay extra each month?",
    ]
    lines = ["Log In", "Paying off my car loan early", "3 hr. ago", *post]
    lines += ["Upvote", "412", "Downvote", "187", "Go to comments", "Share", "Privacy Policy"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == post
    rules = {r.text: r.rule for r in result.removed}
    assert rules["412"] == rules["187"] == "widget-count" and rules["Upvote"] == "ui-phrase"


def test_cards_with_counts_under_their_header_and_a_footer_after_them() -> None:
    """Substack-style cards (title / author / date / likes / comments) followed by the footer's
    lines: the counts are no titles, the footer's lines are no card, each card is found."""
    cards = [
        ("Mortgage rates dip to a three-month low", "Nov 17", "18", "3"),
        ("What the new savings rules mean for you", "Nov 10", "25", "5"),
        ("Three questions to ask before you refinance", "Nov 3", "31", "9"),
    ]
    lines = ["Harbour wall to be rebuilt", *AGGREGATOR_BODY, "Latest"]
    for title, when, likes, comments in cards:
        lines += [title, "Maria Costa", when, likes, comments]
    lines += ["© 2026 Maria Costa", "Privacy ∙ Terms ∙ Collection notice", "Start writing", "Get the app"]
    lines += ["Substack is the home for great culture"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert [(a.title, a.author or a.outlet, a.time_ago) for a in result.related] == [
        (title, "Maria Costa", when) for title, when, _, _ in cards
    ]


def test_a_newsletters_thanks_for_reading_prompt_is_removed() -> None:
    prompt = "Thanks for reading The Weekly Ledger! Subscribe for free to receive new posts and support my work."
    dump = "\n".join(["Harbour wall to be rebuilt", *AGGREGATOR_BODY, prompt, "Share"])
    result = cleandump.clean(dump)
    assert result.main is not None and list(result.main.paragraphs) == AGGREGATOR_BODY
    assert {r.rule for r in result.removed if r.text == prompt} == {"newsletter-prompt"}


@pytest.mark.parametrize(
    "header", [["By Jane Doe", "November 24, 2026"], ["Jane Doe", "Nov 24, 2026", "42", "7", "Share"]]
)
@pytest.mark.parametrize(
    ("dek", "rule"),
    [
        ("Engineers warned that another season of high tides could breach the old wall and flood the town", None),
        (
            "Engineers warned that another season of high tides could breach it. Here is what happens next.",
            "standfirst",
        ),
    ],
)
def test_a_headline_over_its_standfirst_is_the_title(header: list[str], dek: str, rule: str | None) -> None:
    """News pages and newsletters print a headline, then a longer standfirst, then the byline
    (and on Substack counts): the headline is the title (the last short line before the text had
    been taken for it). A standfirst written as sentences is removed as `standfirst` (the main
    text leaves it out, as an unpunctuated one is); before, the byline under it cut the page in
    two and the headline was lost."""
    title = "Harbour wall to be rebuilt before winter"
    dump = "\n".join(["Home", "News", title, dek, *header, *AGGREGATOR_BODY, "Privacy Policy"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == title
    assert list(result.main.paragraphs) == AGGREGATOR_BODY
    if rule is not None:
        assert result.main.time_ago == header[1]
        assert {r.text: r.rule for r in result.removed}[dek] == rule


def test_a_standfirst_in_html_is_removed_and_the_counts_stay_out() -> None:
    """The same header in HTML, with the byline a link (dropped as link text) and the counts
    in the article's element: the counts stay out of the text (the container brings back lines
    dropped for their position only, between the article's paragraphs)."""
    title = "Harbour wall to be rebuilt before winter"
    dek = "Engineers warned that another season of high tides could breach it. Here is what happens next."
    body = "".join(f"<p>{p}</p>" for p in AGGREGATOR_BODY)
    page = (
        f"<html><body><article><h1>{title}</h1><h3>{dek}</h3><div><a href='/jane'>Jane Doe</a>"
        f"<div>Nov 24, 2026</div></div><div><span>142</span></div><div><span>23</span></div>{body}</article>"
        "<footer>Privacy Policy</footer></body></html>"
    )
    result = cleandump.clean(page)
    assert result.main is not None and result.main.title == title
    assert list(result.main.paragraphs) == AGGREGATOR_BODY
    assert {r.text: r.rule for r in result.removed}[dek] == "standfirst"


HEADLINE = "Harbour wall to be rebuilt before the winter storms arrive"
HARBOUR_TEXT = (
    "The city council voted on Tuesday to rebuild the old harbour wall before the winter storms, after "
    "engineers warned that another season of high tides could breach it.\n"
    "The work will cost about four million pounds and is expected to take five months, with the coastal "
    "path closed to walkers while the crews are on site."
)


@pytest.mark.parametrize(
    "header,outlet,author",
    [
        (["Jane Doe"], None, "Jane Doe"),
        (["Associated Press", "Jane Doe"], "Associated Press", "Jane Doe"),
        (["Reuters"], "Reuters", None),
        (["Harbour Gazette"], "Harbour Gazette", None),  # an outlet's word: no person's name
        (["Harbour Gazette", "Jane Doe"], "Harbour Gazette", "Jane Doe"),
    ],
)
def test_names_between_headline_and_date_are_its_outlet_and_author(
    header: list[str], outlet: str | None, author: str | None
) -> None:
    """A name printed without "By" between the headline and the date is the author (or a known
    outlet's name), not the headline: the title is the longer line above."""
    dump = "\n".join(["Home", "News", HEADLINE, *header, "November 18, 2026", HARBOUR_TEXT])
    main = cleandump.clean(dump).main
    assert main is not None
    assert (main.title, main.outlet, main.author) == (HEADLINE, outlet, author)


@pytest.mark.parametrize("headline", ["Council Names New Chief", "Jane Doe Wins Again"])
def test_a_short_headline_over_its_date_under_a_menu_is_the_title(headline: str) -> None:
    """A title-cased headline right over the date looks like an outlet's name beside its time
    stamp; with only shorter lines (a menu) above it, it is the page's headline."""
    dump = "\n".join(["Home", "News", headline, "November 18, 2026", HARBOUR_TEXT])
    main = cleandump.clean(dump).main
    assert main is not None and (main.title, main.outlet, main.author) == (headline, None, None)


def test_shares_with_labels_are_not_titles() -> None:
    """A chart's bars printed as lines ("Left 20%") between the headline and the text are no
    headline, and "45 sources" is a count: the headline above them is the title."""
    lines = [HEADLINE, "Published 2 hours ago", "45 sources", "Left 20%", "Center 55%", "Right 25%"]
    main = cleandump.clean("\n".join([*lines, "Summary by Ground News", HARBOUR_TEXT])).main
    assert main is not None and (main.title, main.author) == (HEADLINE, "Ground News")


@pytest.mark.parametrize("outlet", ["The Hollywood Reporter on Yahoo", "Reuters", "- Associated Press"])
def test_a_last_card_whose_title_reads_like_a_name_keeps_its_title(outlet: str) -> None:
    """An "outlet / time / title" card at the page's end, with no text and a title of
    capitalised words ("Marlow Fenwick Returns Home"): the card already has its outlet, so the
    line under its time is its title, not a second outlet (found by the property suite)."""
    title = "Marlow Fenwick Returns Home"
    lines = [HEADLINE, *AGGREGATOR_BODY, "More articles", "Reuters", "an hour ago", "Port Talks Resume"]
    lines += [HARBOUR_TEXT, outlet, "12 min ago", title]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    last = result.related[-1]
    assert (last.title, last.time_ago, last.paragraphs) == (title, "12 min ago", ())
    assert last.outlet is not None and last.outlet in outlet


@pytest.mark.parametrize(
    "first,second",
    [("صحيفة الوطن", "قناة الغد"), ("एबीपी न्यूज़", "दैनिक समाचार"), ("חדשות הבוקר", "ערוץ 14")],
)
def test_outlets_in_a_script_without_capitals_are_read_by_their_words(first: str, second: str) -> None:
    """Teaser outlets in Arabic, Devanagari or Hebrew that no catalog lists: no capitals tell a
    name, so an outlet's word in it does ("صحيفة", newspaper; "न्यूज़", news; "ערוץ", channel)."""
    text = (FIXTURES / "arabic_aggregator.txt").read_text(encoding="utf-8")
    text = text.replace("\nالجزيرة\n", f"\n{first}\n").replace("\nالعربية\n", f"\n{second}\n")
    result = cleandump.clean(text)
    assert_accounted(text, result)
    assert [(a.outlet, len(a.paragraphs)) for a in result.related] == [(first, 1), (second, 1)]


def test_a_story_clusters_header_with_its_source_count() -> None:
    """A news app's story cluster prints how many sources cover it beside the time ("Updated 2h
    ago · 14 sources", "5 sources · 4h ago"): a header line, not the headline or a title."""
    head = "Central banks hold rates steady as inflation cools"
    cards = [
        ("Port strike ends after three weeks of talks", "4h ago"),
        ("Storm warnings issued for the Northeast", "1h ago"),
    ]
    lines = ["For You", "Top Stories", head, "Updated 2h ago · 14 sources", *AGGREGATOR_BODY, "Related Stories"]
    for title, when in cards:
        lines += [title, f"5 sources · {when}"]
    dump = "\n".join([*lines, "Share"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and (result.main.title, result.main.time_ago) == (head, "Updated 2h ago")
    assert [(a.title, a.time_ago) for a in result.related] == cards


def test_a_byline_in_a_script_without_capitals_names_the_author() -> None:
    """ "بقلم" ("by the pen of") over an Arabic article's date: its two words are the author, and
    the line is neither the title nor text (nothing but the opener marks a name there)."""
    text = (FIXTURES / "arabic_aggregator.txt").read_text(encoding="utf-8")
    text = text.replace("\nمنذ ساعتين\n", "\nبقلم محمد أحمد\nمنذ ساعتين\n", 1)
    result = cleandump.clean(text)
    assert_accounted(text, result)
    assert result.main is not None
    assert (result.main.title, result.main.author, result.main.time_ago) == (
        "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية",
        "محمد أحمد",
        "منذ ساعتين",
    )


@pytest.mark.parametrize("heading", [None, "2. Vortex"])
def test_a_source_credit_inside_the_text_opens_no_new_story(heading: str | None) -> None:
    """ "Source: Vortex GitHub" under a chart (or under a listicle entry's numbered heading, as
    its picture's credit) credits the picture; the text after it is still the article's, and
    the credit is one of its lines, not the outlet of a story that starts there."""
    before = [
        "Data is stored in Vortex, an open columnar format that the foundation maintains.",
        "Compared with older formats, it is faster to scan, and it takes less memory to read.",
    ]
    after = [
        "Vortex separates the logical schema from the physical layout, which the engine uses to read "
        "only the segments a query needs and to keep memory pressure low.",
        "The metadata layer keeps schemas, snapshots and statistics in one embedded store, so reads of "
        "metadata are fast and the engine needs no catalog server.",
    ]
    lines = ["Introducing the new data accelerator", "December 17, 2025", *before]
    lines += [heading] if heading else []
    lines += ["Source: Vortex GitHub", *after, "Related Articles", "Other story about formats", "Contact us"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.outlet is None
    assert [p for p in result.main.paragraphs if p in before + after] == before + after
    assert "Source: Vortex GitHub" in result.main.paragraphs


def test_a_dashed_list_item_that_names_a_company_is_no_outlet() -> None:
    """ "– PayPal" in a list of "– Bank transfer", "– Bitcoin": an item like its neighbours, not a
    teaser's "- Reuters" header (which would cut the article there and open a card)."""
    intro = "The service takes payment in several ways, for readers who care about their privacy and want a choice:"
    items = ["– Credit and debit cards", "– PayPal", "– Bitcoin and other cryptocurrencies", "– Bank transfer"]
    after = [
        "The provider used to take cash by post as well, but it stopped doing so a few years ago and now "
        "points readers who want to stay anonymous to the cryptocurrencies instead.",
        "A seven-day money-back guarantee covers every plan, which is shorter than most of its rivals "
        "offer, so test the service early if you want to be sure it suits you.",
    ]
    before = [
        "The provider is one of the smaller ones we tested this year, and it runs its own servers in a "
        "dozen countries rather than renting them, which it says keeps the data in its own hands.",
        "Its prices are higher than those of the big names, and the apps look dated, but the service was "
        "fast and stable in every test we ran over the two weeks we used it.",
    ]
    lines = ["Privacy review: a small provider with a big promise", "March 3, 2024", *before, intro, *items, *after]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and not result.related and result.main.outlet is None
    assert [p for p in result.main.paragraphs if p.startswith("–")] == items
    assert all(p in result.main.paragraphs for p in after)


_SECTIONS = {
    "Constructor": "Returns a newly created connection object that the page can send messages on.",
    "Instance methods": "The close method closes the connection, and the send method queues data for the server.",
    "Events": "Listen to the open, message, error and close events with an event listener on the object.",
    "See also": "The guide to writing a client explains how to handle reconnection after a dropped link.",
}


def _reference_page(opener: str | None) -> str:
    intro = [
        "The connection object provides the interface for creating and managing a connection to a server.",
        "To construct one, call its constructor with the address of the server and an optional protocol.",
    ]
    contents = ([opener] if opener else []) + list(_SECTIONS)
    body = [line for head, text in _SECTIONS.items() for line in (head, text)]
    return "\n".join(["Docs", "Blog", "Connection", *intro, *contents, *body, "Privacy", "Terms"])


@pytest.mark.parametrize("opener", ["In this article", "Contents:", "Sommaire"])
def test_a_table_of_contents_does_not_cut_the_article_before_its_sections(opener: str) -> None:
    """A table of contents' entries come again below as subheads; one of them ("See also")
    reads as a heading that opens a related block, and had cut the article there."""
    result = cleandump.clean_text(_reference_page(opener))
    assert result.main is not None
    sections = [text for head, text in _SECTIONS.items() if head != "See also"]
    assert all(text in result.main.text for text in sections)  # (the real "See also" is a related block)
    removed = {r.text for r in result.removed if r.rule == "contents-list"}
    assert removed == {opener, *_SECTIONS}  # the first printing of each entry, and its opener
    assert_accounted(_reference_page(opener), result)


def test_short_lines_that_come_again_are_no_contents_without_an_opener() -> None:
    """A run of short lines repeated below (a menu, a list of products) is not a table of
    contents unless a line such as "In this article" opens it."""
    result = cleandump.clean_text(_reference_page(None))
    assert not [r for r in result.removed if r.rule == "contents-list"]


MORE_BODY = [
    "Port officials said the backlog of containers would take at least a week to clear once the "
    "lanes reopen, and that perishable goods would be unloaded first.",
    "Shipping companies have asked for compensation for the extra fuel burned on the longer route, "
    "a request the transport ministry said it would consider next month.",
]


@pytest.mark.parametrize("link_above", [True, False])
def test_a_read_more_label_between_paragraphs_does_not_end_the_article(link_above: bool) -> None:
    """A news page sets a link to another story inside its text, labelled "Read more" (under the
    link, or on its own between two paragraphs). The label reads as a heading that opens a related
    block, and it cut the article off there; with paragraphs right after it, the article goes on,
    and the link line and its label are removed."""
    link = ["Ferry operators warn of higher fares this winter"] if link_above else []
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, *link, "Read more", *MORE_BODY, "Contact us"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert list(result.main.paragraphs) == [*AGGREGATOR_BODY, *MORE_BODY]
    assert {r.text for r in result.removed} >= {"Read more", *link}


def test_read_more_labels_over_a_feed_of_teasers_still_open_a_related_block() -> None:
    """Under the article, teasers each with a "Read more" label and one summary: not a box set
    inside the text, so no summary joins the article."""
    teasers = [
        ("Ferry operators warn of higher fares this winter", "Operators blamed fuel costs and the storms."),
        ("Rail freight takes up some of the slack", "Two extra freight trains will run each night."),
    ]
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY]
    for head, summary in teasers:
        lines += [head, "Read more", summary]
    dump = "\n".join([*lines, "Contact us"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == AGGREGATOR_BODY


@pytest.mark.parametrize(
    ("label", "value", "spec"), [("Tested battery life:", "9 hours", True), ("Updated:", "3h", False)]
)
def test_a_length_of_time_under_a_fields_label_is_its_value(label: str, value: str, spec: bool) -> None:
    """A review's spec box ("Weight:" / "3.7 pounds" / "Tested battery life:" / "9 hours"): the bare
    count of hours is the field's value, kept with the review's text, not a time stamp that opens
    a new story and cuts the review there. Under a date's label ("Updated:") the same kind of
    count is still the article's time."""
    specs = ["Weight:", "3.7 pounds", label, value]
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, *specs, *MORE_BODY, "Contact us"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and MORE_BODY[-1] in result.main.paragraphs
    assert (value in result.main.paragraphs) == spec
    assert result.main.time_ago == (None if spec else value)


def test_a_ranking_printed_one_cell_per_line_does_not_cut_the_article_in_two() -> None:
    """A ranking's table in the middle of an article, dumped one cell per line (rank, name,
    amount, change): forty rows of short lines cost like a menu, and the densest run of text
    was a longer promotion further down instead of the article's two halves around the table."""
    names = ["North Mutual", "Harbour Life", "Crest Group", "Summit Assurance", "Delta Re", "Pine Holdings"]
    rows = [
        [str(k + 1), f"{names[k % 6]} {k // 6 + 1}", f"{(900 - 17 * k) * 1000:,}", f"{(k * 7) % 19 - 9}.{k % 10}"]
        for k in range(40)
    ]
    table = ["Rank", "Company", "Premiums ($'000)", "% Change", *[cell for row in rows for cell in row]]
    promo = [
        f"Our {topic} newsletter is sent every {day}, and readers who sign up this month get the first "
        f"issue of the year free, with a guide to the {topic} market and what to expect from it."
        for topic, day in [("insurance", "Monday"), ("pensions", "Tuesday"), ("mortgage", "Friday"), ("tax", "Sunday")]
    ]
    menu = [f"{section} {part}" for section in ("Markets", "Rankings", "Careers") for part in ("news", "data", "tools")]
    more = [
        *MORE_BODY,
        "Brokers said the ranking would change little next year, since the largest groups had already "
        "priced the storms into their reinsurance contracts for the coming season.",
    ]
    lines = ["Insurers ranked", *AGGREGATOR_BODY, *table, *more, *menu * 3, *promo, "Contact us"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert AGGREGATOR_BODY[0] in result.main.paragraphs and more[-1] in result.main.paragraphs
    assert promo[0] not in result.main.paragraphs


def test_a_comment_signed_under_its_authors_card_is_not_a_teasers_outlet() -> None:
    """Stack Exchange prints a comment, its author's name, then the name again after a dash
    ("Jane Doe" / "– Jane Doe"): a signature, not the "- Outlet" header that opens a teaser card
    in an aggregator's dump (which comes under the outlet's name and a time), so the thread is
    not cut into cards at every comment."""
    comment = "Have you checked whether the strait has a second lane for smaller ships?"
    lines = [
        "Storm closes Dover strait again",
        *AGGREGATOR_BODY,
        comment,
        "Jane Doe",
        "– Jane Doe",
        "Commented Jan 4, 2024 at 11:37",
        *MORE_BODY,
        "Contact us",
    ]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.related == ()
    assert result.main is not None and MORE_BODY[-1] in result.main.paragraphs


def test_a_sidebar_after_a_thread_of_posts_is_not_the_article() -> None:
    """A Q&A thread: the question and its answers, each under its editor's and author's names
    and times, then the site's list of other questions ("Hot Network Questions"), each title a
    question that reads like a sentence. The list outscored any one post, and headed blocks
    count half, so it was taken for the page's article; after a run of rival posts it is a
    sidebar, and the posts are the page's text."""
    subjects = ["The ferry", "My kettle", "Our router", "The old printer"]
    posts = [
        [
            f"{subject} stopped working after the storm, and I have tried {k + 2} different fixes from "
            f"the manual without any luck so far, which is why I am asking here.",
            f"When I switch {subject.lower()} on it runs for {k + 3} minutes, then the light turns red "
            f"and nothing I press makes any difference until I unplug it for an hour.",
            f"Has anyone seen {subject.lower()} do this before, and is there a part I should replace "
            f"first, or would it be cheaper to buy a new one from the shop in town?",
        ]
        for k, subject in enumerate(subjects)
    ]
    names = ["Jane Doe", "Rui Costa", "Amir Haddad", "Lena Berg"]
    lines = ["Kettle stops after a storm", "Ask Question", "Asked 2 years ago", "Modified 1 year ago"]
    for k, (name, post) in enumerate(zip(names, posts, strict=True)):
        lines += [str(k + 3), *post, "Share", "Improve this answer", f"edited Jan {k + 4}, 2024 at 11:3{k}", name]
    sidebar = [
        f"Why does my {thing} {verb} when the {other} is {state}?"
        for thing in ("kettle", "router", "bicycle", "printer", "heater", "radio", "fridge", "doorbell")
        for verb, other, state in [("stop working", "window", "open"), ("make a noise", "lamp", "on")]
    ]
    listed = [line for k, title in enumerate(sidebar) for line in (str(k * 7 % 23 + 1), title)]
    dump = "\n".join([*lines, "Related", *listed, "Contact us"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is None or sidebar[0] not in result.main.paragraphs
    kept = {p for a in result.articles for p in a.paragraphs}
    assert all(p in kept for post in posts for p in post)


def test_the_longest_answer_of_a_thread_is_one_post_not_the_article() -> None:
    """A Q&A thread whose accepted answer is many times longer than the others: every answer
    ends with the same buttons ("Share", "Improve this answer") before the next one's header,
    so the long answer is one post of the thread, not an article with small teasers after it.
    The thread is the page's article: the question above the first answer, then every answer."""
    long_answer = [
        f"Step {k}: the {part} of the kettle can fail after a power cut, and checking it first saves "
        f"you from taking the whole base apart, which voids the warranty on most models."
        for k, part in enumerate(["fuse", "thermostat", "switch", "element", "seal", "plug", "cable", "lid"], 1)
    ]
    short_answers = [
        [f"I had the same problem with my {thing}; a new {part} fixed it for under ten pounds at the shop."]
        for thing, part in [("kettle", "fuse"), ("toaster", "switch"), ("heater", "thermostat"), ("radio", "plug")]
    ]
    question = [
        "My kettle stopped working after the storm, and I have tried two different fixes from the "
        "manual without any luck so far, which is why I am asking here.",
    ]
    lines = ["Kettle stops after a storm", *question, "Share", "Improve this question"]
    names = ["Jane Doe", "Rui Costa", "Amir Haddad", "Lena Berg", "Tom Reed"]
    for k, (name, post) in enumerate(zip(names, [long_answer, *short_answers], strict=True)):
        lines += [f"edited Jan {k + 4}, 2024 at 11:3{k}", name, *post, "Share", "Improve this answer"]
    dump = "\n".join([*lines, "Contact us"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.related == ()
    assert result.main.title == "Kettle stops after a storm"
    assert all(p in result.main.paragraphs for post in [question, long_answer, *short_answers] for p in post)


def test_a_list_of_other_questions_is_not_the_article() -> None:
    """A list of other pages' questions under the text ("Hot Network Questions", "People also
    ask"): each title reads as a sentence, and together they outscored the short article above
    them. A run of one-sentence lines, half of them questions, now costs as short lines do."""
    questions = [
        f"Why does {thing} {verb} after {event}?"
        for thing in ("my kettle", "the ferry timetable", "a cheap router", "our garden hose")
        for verb, event in [("stop working", "a storm at sea"), ("change so often", "the clocks go back")]
    ]
    listed = [*questions[:4], "Leetcode Coin Change", *questions[4:]]
    body = [*AGGREGATOR_BODY, *MORE_BODY]
    dump = "\n".join(["Storm closes Dover strait again", *body, "Hot Network Questions", *listed, "Contact us"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == body


def test_the_last_post_of_a_long_thread_is_not_the_article() -> None:
    """A forum thread of short posts, each under its author and date, whose last post runs on
    into the site's terms printed as prose: that block outscores every post, but after six or
    more posts under headers of their own it is one more post of the thread, not the article."""
    names = ["TissueBox", "Poltergust", "BassForever", "Saikyo", "poptire", "brannigan", "Lbbaker", "Nilson"]
    posts = [
        f"I would bring {k + 2} friends and a {gear} to the fight, and we would still lose within an hour."
        for k, gear in enumerate(["torch", "map", "kettle", "ladder", "rope", "radio", "tent", "boat"])
    ]
    lines = ["You and your friends must fight the final boss"]
    for k, (name, post) in enumerate(zip(names, posts, strict=True)):
        lines += [name, f"Mar {k + 2}, 2025", post]
    terms = [
        f"The content we make available on this website, and through our other channels, is {what}, "
        f"and you may not copy, reproduce or distribute it without our written permission, except "
        f"as the law allows for personal and non-commercial use of the {where}."
        for what, where in [("protected by copyright", "site"), ("our property", "forum"), ("licensed to us", "pages")]
    ]
    dump = "\n".join([*lines, "Your Use of Our Content", *terms])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is None or terms[0] not in result.main.paragraphs
    kept = {p for a in result.articles for p in a.paragraphs}
    assert all(p in kept for p in posts)


def _thread(
    first: list[str], replies: list[list[str]], opener_end: tuple[str, ...] = ("Quote",)
) -> tuple[str, list[str]]:
    """A forum thread's dump: each post's author card ("Name" / "Member" / date) over its text,
    then a "Quote" button (`opener_end` under the first post); and every post's paragraphs, in order."""
    names = ["Mr_Enigmatic", "PinkElephant", "Dave-in-Decatur", "clo", "jsn55", "ldubs"]
    lines = ["Forums", "Hardware", "Editing PC build, May 2024"]
    for k, post in enumerate([first, *replies]):
        lines += [names[k], "Member", f"Posted May {k + 3}, 2024", *post, *(opener_end if k == 0 else ["Quote"])]
    return "\n".join([*lines, "Go to topic listing"]), [p for post in [first, *replies] for p in post]


def test_a_forums_replies_under_its_first_post_are_the_thread() -> None:
    """A thread's first post and its replies, each under an author card printed from one
    template: the replies are the page's text too, folded into its article, not teasers."""
    first = [
        "Hi all, long time watcher, new forum member. I want a PC for editing 4K video and some "
        "gaming, with a budget of about two thousand dollars, and I am unsure about the parts.",
        "I was looking at a twelve-core processor with sixty-four gigabytes of memory, a mid-range "
        "graphics card and two fast drives, one for the system and one for the footage.",
        "Would you change anything in that list, and is it worth waiting for the new processors "
        "that are due in the autumn, or will prices stay high for a while after they come out?",
    ]
    replies = [
        [
            f"{opening} the {part} is where I would spend more, since editing software leans on it "
            f"far more than games do, and the rest of your list looks fine for the budget."
        ]
        for opening, part in [
            ("Honestly,", "processor"),
            ("In my experience", "memory"),
            ("I think", "graphics card"),
            ("For 4K work", "storage"),
        ]
    ]
    dump, paragraphs = _thread(first, replies)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert all(p in result.main.paragraphs for p in paragraphs)
    assert result.related == ()


def test_replies_that_end_alike_are_the_thread_whatever_ends_the_first_post() -> None:
    """The opening post ends with its tags and a count of replies, not with the template line
    ("Quote") that ends every reply: the replies, alike among themselves, are still its thread."""
    first = [
        "I am doing my bachelor's degree in computing and have had two internships so far, one at a "
        "small consultancy and one at a large accounting firm, and I enjoyed both more than I expected.",
        "Is a career in consulting worth the hours and the travel, or should I look for a job in a "
        "company's own strategy team, where the work is steadier and the pay is only a little lower?",
        "I have read that the first two years are mostly slides and spreadsheets, that the hours are "
        "long in every office, and that most people leave after three or four years for industry.",
        "On the other hand, the people I met during my internships learned more in a year than my "
        "friends in other jobs did in three, and many of them said they would do it all again.",
    ]
    replies = [
        [
            f"{opening} the first years are hard but the range of work you see is worth it, as long as you "
            f"know you want to {plan} and you do not mind the travel in the meantime."
        ]
        for opening, plan in [
            ("From my own office,", "stay for a few years"),
            ("Speaking as a manager,", "move to industry later"),
            ("After five years in,", "specialise early"),
            ("I left last year, and", "build a network"),
        ]
    ]
    dump, paragraphs = _thread(first, replies, opener_end=("Tags", "Consulting", "Career advice", "Watch thread"))
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert all(p in result.main.paragraphs for p in paragraphs)
    assert result.related == ()


def test_short_comments_under_an_article_are_not_folded_into_it() -> None:
    """The same template under an article whose text outweighs all the comments together:
    readers' comments, not the page's thread, so the article keeps only its own text."""
    first = [*AGGREGATOR_BODY, *MORE_BODY]
    replies = [[f"Great piece, thanks {k}."] for k in range(4)]
    dump, _ = _thread(first, replies)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert not any(r[0] in result.main.paragraphs for r in replies)


def test_a_dialog_printed_after_the_footer_is_not_the_article() -> None:
    """A newsletter's sign-up dialog printed after the page's footer and its copyright notice:
    its prose outweighed the article (which counts half under its date line), and the notice
    closed nothing inside the dialog's own block (no prose before it there). The page's last
    footer notice now closes the page for every block."""
    menu = ["Home", "Health", "Mind & Mood", "Heart", "Sleep", "Subscribe"]
    teaser = "Our editors pick the week's most useful health stories for you, every Friday."
    article = ["Mind & Mood", "Regular physical activity can boost mood", "July 1, 2023", "By Maureen Salamon"]
    footer = ["Footer", "About Us", "Permissions", "Content Licensing", "Topics", "Trademark Notice"] * 3
    dialog = [
        f"{opening} sign up to receive health news from our doctors, with ways to lessen digestion "
        f"problems, keep inflammation under control and learn {topic} for a healthier life."
        for opening, topic in [
            ("Thanks for visiting!", "simple recipes"),
            ("Don't miss out:", "new exercises"),
            ("Stay on top:", "healthy habits"),
            ("Plus, as a gift,", "what to eat"),
        ]
    ]
    lines = [*menu, teaser, *article, *AGGREGATOR_BODY, "Related Topics", "Free Healthbeat Signup", *footer]
    lines += ["© 2026 Example Health Publishing. All rights reserved.", *dialog]
    _clean_under_article(lines)


def test_more_on_links_under_a_lists_entries_do_not_cut_the_list() -> None:
    """A list of album reviews, each signed and followed by "More on <artist>": the link of the
    entry above (it names the entry's artist), not a heading that opens a block of other
    stories, so the list stays one article instead of a feed of its entries. A "More on" heading
    about another name still opens a related block."""
    entries = [
        ("Goblin Band", "A Loaf Of Wax", "a live record that catches the band at its loosest and best"),
        ("Elijah Minnelli", "Clams As A Main Meal", "a reggae lilt under lyrics about seaside towns"),
        ("Dry Cleaning", "Let Me Grow", "spoken verses over guitars that never settle down"),
        ("Hen Ogledd", "Scales Will Fall", "folk songs bent through synthesizers and tape loops"),
    ]
    lines = ["The best albums of November", *AGGREGATOR_BODY[:1]]
    for artist, album, what in entries:
        review = (
            f"{album} by {artist} is {what}, and it rewards a second listen more than almost anything "
            f"else released this month, which is why it made our list."
        )
        lines += [f"{artist}{album}", review, "Patrick Clarke", f"More on {artist}"]
    teaser = ["More on Ferry Services", "Ferry operators warn of higher fares this winter", "Reuters", "2 hours ago"]
    dump = "\n".join([*lines, *teaser, "Contact us"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert all(any(album in p for p in result.main.paragraphs) for _, album, _ in entries)
    assert {r.text for r in result.removed if r.rule == "entry-link"} == {f"More on {a}" for a, _, _ in entries}


def test_replies_without_a_main_article_stand_as_related_articles() -> None:
    """Should the main block keep no text, its thread's replies are not lost with it (nor is
    the page's cleaning stopped): they come back as related articles."""
    from cleandump.segment import Draft, _with_replies

    drafts = [Draft("reply", None, (), ()), Draft("related", None, (), ())]
    assert [d.role for d in _with_replies(drafts)] == ["related", "related"]


def test_a_table_of_dates_and_figures_does_not_cut_the_article() -> None:
    """A time series printed in the article ("1/1/2013" / "+13.1%", row after row): the dates
    are the table's first column, not the headers of so many teasers; the article runs on
    after the table instead of being split into a related article at each date."""
    rows = [[f"{month}/1/2024", f"+{month + 3}.{month % 7}%"] for month in range(1, 13)]
    after = [
        "Home sales followed the same pattern through the year, rising in the spring and easing again in the autumn.",
        "Analysts expect the recovery to continue next year as mortgage rates drift lower in most regions.",
    ]
    lines = ["Home", "Research", "The Hottest Real Estate Markets", "Jonathan Jones", "Last Updated Nov 6, 2025"]
    lines += [*AGGREGATOR_BODY, "Data: U.S. Home Sale Price Time Series", "Date", "Change (YoY)"]
    lines += [cell for row in rows for cell in row] + after + ["Contact us", "Privacy Policy"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and not result.related
    assert result.main.paragraphs[: len(AGGREGATOR_BODY)] == tuple(AGGREGATOR_BODY)
    assert result.main.paragraphs[-2:] == tuple(after)
    assert {r.rule for r in result.removed if r.text.endswith("/1/2024")} <= {"outside-article"}


PAPER_TOOLS = ["Citation Graph", "Paper Finder", "Code Search", "Reading List", "Data Browser", "Demo Space"]
PAPER_TOOLS += ["Figure Viewer", "Author Map", "Venue Index", "Topic Radar", "Review Queue", "Math Renderer"]


@pytest.mark.parametrize(
    "blurb",
    [
        lambda tool: [f"{tool} (What is {tool}?)"],
        lambda tool: [f"{tool} maps your sources.", "See how it works today."],
    ],
    ids=["one-sentence", "two-sentences"],
)
def test_short_sentences_between_furniture_lines_do_not_extend_the_article(blurb: Any) -> None:
    """A paper's page: the abstract, then a panel of tools, each a toggle and a blurb of one or
    two short sentences ("Citation Graph (What is Citation Graph?)"; "Citation Graph maps your
    sources." / "See how it works today."), then the site's own paragraph about its labs. Each
    blurb reads as text, so together they carried the article's run down to that paragraph; a
    run of one or two short sentences between furniture lines no longer counts towards it (in a
    dump: `segment(islands=True)`)."""
    panel = [line for tool in PAPER_TOOLS for line in (f"{tool} Toggle", *blurb(tool))]
    labs = ["Labs is a framework that allows collaborators to develop and share new features directly on our website."]
    lines = ["Computer Science > Artificial Intelligence", "Storm closes Dover strait again", *AGGREGATOR_BODY]
    lines += ["Subjects:", "Artificial Intelligence", "Bibliographic Tools", *panel, "About Labs", *labs]
    lines += ["About", "Help", "Contact", "Subscribe"]
    _clean_under_article(lines)


def test_a_counted_comments_heading_with_a_colon_ends_the_post() -> None:
    """Blogger heads a post's thread with "3 comments:" and glues each commenter's name to the
    date. The colon says the thread follows (a "12 Comments" link under a headline has none):
    long comments no longer join the post, nor does the first commenter's signature line."""
    comments = [
        "AmySeptember 11, 2008 at 2:06 PM",
        "Very useful perspective: as a first-time chief executive of a small company, these ideas come at the "
        "right time for us and I will share them with the rest of the team on Monday morning.",
        "ReplyDelete",
        "EditorSeptember 15, 2008 at 9:19 PM",
        "Less is more. This is a philosophy that governs my daily life as well as the way I run my own small "
        "business, and I have seen it work again and again over the last twenty years of trading.",
        "The wise founder will take this advice to heart, spend less on the things that do not matter and more "
        "on the customers who keep the lights on, which is what this post says in far fewer words.",
        "ReplyDelete",
        "JamesApril 27, 2009 at 8:59 AM",
        "I would add that running a business is much like running a software project in short iterations: aim "
        "for the next step, learn from it, and only then plan the one after, rather than the whole road at once.",
        "ReplyDelete",
    ]
    lines = ["Lessons Learned", "by Eric Ries", "Monday, September 8, 2008", "The lean startup", *AGGREGATOR_BODY]
    lines += ["Labels: startups, shipping", "3 comments:", *comments, "Post a Comment", "Newer Post Older Post Home"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert list(result.main.paragraphs[: len(AGGREGATOR_BODY)]) == AGGREGATOR_BODY
    assert not any(p in result.main.paragraphs for p in comments)


def test_a_menu_flattened_into_one_line_is_not_text() -> None:
    """A shop's mega-menu dumped as one line of capitalised category names ("Camera Bags &
    Cases Camera Tripods & Stands ..."): long enough to read as a paragraph, but with no
    function word, comma or closing punctuation it is a menu, removed with its own rule."""
    menu = (
        "Camera Bags & Cases Camera Tripods & Stands Gimbals & Stabilizers Camera Mounts & Adapters "
        "Memory Cards Lens Filters Studio Lighting Action Cameras Webcams Drones Accessories"
    )
    footer = (
        "Activities Arts & Entertainment Beauty & Fashion Charities Education & Training Health & Fitness "
        "Home & Garden Legal Services Pets Real Estate Restaurants Travel"
    )
    dump = "\n".join(["Shop", menu, "Storm closes Dover strait again", *AGGREGATOR_BODY, footer, "Contact us"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == AGGREGATOR_BODY
    assert {r.rule for r in result.removed if r.text in (menu, footer)} == {"flat-menu"}


def test_a_footnotes_small_print_is_not_text() -> None:
    """A shop's footnotes under its page ("† New subscribers only ...", "◊ Financing available
    ...", "** Colour availability may vary ..."): long sentences, but a dagger, a lozenge or a
    run of asterisks in front marks them as small print, removed with their own rule. A section
    sign before a number cites a statute and stays text."""
    notes = [
        "† New and qualified returning subscribers only. The plan renews each month after the free "
        "trial until it is cancelled.",
        "◊ Financing available to qualified customers, subject to credit approval and credit limit, "
        "and requires a monthly payment.",
        "§ Service coverage is available only for covered devices and their original included accessories.",
        "** Colour and model availability may vary depending on the country, the region or the carrier.",
    ]
    statute = (
        "§ 230 of the Communications Decency Act shields the platforms from liability for what their "
        "users post, the court said in its ruling."
    )
    body = [*AGGREGATOR_BODY, statute]
    dump = "\n".join(["Storm closes Dover strait again", *body, *notes, "Contact us"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == body
    assert {r.rule for r in result.removed if r.text in notes} == {"fine-print"}

    page = "".join(f"<p>{line}</p>" for line in body + notes)
    html_result = cleandump.clean(
        f"<html><body><article><h1>Storm closes Dover strait</h1>{page}</article></body></html>"
    )
    assert html_result.main is not None and statute in html_result.main.paragraphs
    assert not any(note in html_result.main.paragraphs for note in notes)


def test_a_note_about_the_author_after_the_text_is_not_text() -> None:
    """An author box under the story ("Jane Doe is a transport reporter ...") names the byline's
    author: it is removed as `author-bio`. The same sentence near the top of the story is left,
    and so is a sentence about someone else."""
    bio = "Sarah Mitchell is a transport reporter based in London. She joined the paper in 2019."
    other = "Tom Baker is a harbour pilot who has guided ships through the strait for twenty years."
    dump = "\n".join(["Storm closes Dover strait again", "By Sarah Mitchell", *AGGREGATOR_BODY, other, bio])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.author == "Sarah Mitchell"
    assert list(result.main.paragraphs) == [*AGGREGATOR_BODY, other]
    assert [r.rule for r in result.removed if r.text == bio] == ["author-bio"]

    top = "\n".join(["Storm closes Dover strait again", "By Sarah Mitchell", bio, *AGGREGATOR_BODY])
    assert bio in cleandump.clean(top).main.paragraphs  # type: ignore[union-attr]


def test_a_notice_printed_twice_does_not_outweigh_the_article() -> None:
    """A site's alert printed twice at the top of the page (a mobile and a desktop copy) counts
    once towards a run of text: twice its words would outweigh the page's shorter article."""
    alert = (
        "Important Update: our Elm Street clinic is not affiliated with the hospital next door, "
        "and we are open and ready to serve you as usual."
    )
    text = (
        "You will find modern treatment rooms at all of our centres, along with caring dentists, "
        "assistants and hygienists who see adults and children six days a week."
    )
    services = ["Screening exams", "Cleanings", "Extractions", "X-rays", "Fillings", "Root canals"]
    menu = ["Home", "Patient portal", "Appointments", "Billing", "Our mission", "Locations", "Careers", "News"]
    menu += ["Board", "Donate", "Medical care", "Dental care", "Pharmacy", "Nutrition", "Lab testing", "Mobile clinic"]
    dump = "\n".join([alert, alert, *menu, "Dental Care", text, *services, "Contact us"])
    result = cleandump.clean(dump, title="Dental Care")
    assert_accounted(dump, result)
    assert result.main is not None and result.main.paragraphs[0] == text
    assert alert not in result.main.paragraphs


def test_legal_text_set_in_capitals_is_not_text() -> None:
    """A game store's licence terms printed in capitals under the game's description: longer
    than the description, but a long line of capitals is legal small print (`capitals-notice`),
    and the description is the page's text."""
    about = [
        "Apex Legends is the award-winning, free-to-play hero shooter from Respawn Entertainment, "
        "with a growing roster of legendary characters and their powerful abilities.",
        "Master strategic squad play and innovative gameplay in the next evolution of the hero "
        "shooter, all within a rugged world where anything goes.",
    ]
    legal = [
        "INTERNET CONNECTION, AN ACCOUNT AND ACCEPTANCE OF THE USER AGREEMENT ARE REQUIRED TO PLAY. YOU "
        "MUST LINK YOUR ACCOUNTS TO PLAY, AND THE PUBLISHER WILL SHARE YOUR ACCOUNT ID AND GAME RECORDS.",
        "ACCESS TO SOFTWARE CONTENT IS LIMITED TO ONE ACCOUNT AND IS NON-TRANSFERABLE AFTER PURCHASE. "
        "CONTENT UPDATES MAY BE DOWNLOADED AUTOMATICALLY AND REQUIRE ADDITIONAL STORAGE AND BANDWIDTH.",
        "THE PUBLISHER MAY RETIRE ONLINE FEATURES AFTER THIRTY DAYS NOTICE POSTED ON ITS WEBSITE, AND "
        "SOME CONTENT MAY REQUIRE GAMEPLAY TO UNLOCK OR AN ADDITIONAL PURCHASE IN SOME REGIONS.",
    ]
    dump = "\n".join(["Store", "About This Game", *about, "Add to cart", "Legal", *legal, "Privacy Policy"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == about
    assert {r.rule for r in result.removed if r.text in legal} == {"capitals-notice"}


def test_a_table_of_quantities_under_several_heads_does_not_cut_the_article() -> None:
    """A shopping list printed one cell per line: a caption, column heads and a group label, then
    rows of a name and quantities with their units ("80g", "6 cloves"). It is the article's
    table, so the text after it stays in the article instead of being cut off as furniture."""
    heads = ["Weekly shopping list", "Fresh foods", "Ingredients", "For 1 person", "For 2 people", "For 4 people"]
    heads.append("Vegetables")
    items = ["Onions", "Celery", "Carrots", "Garlic", "Green beans", "Potatoes", "Tomatoes", "Beetroot"]
    cells = [[name, f"{k + 2}0g", f"{2 * (k + 2)}0g", f"{k + 3} cloves"] for k, name in enumerate(items)]
    before = [
        "Planning your meals for the week ahead is the simplest way to eat well on a tight budget, because "
        "you buy only what the recipes need and waste far less of it at the end of the week.",
        "We have set out seven days of breakfasts, lunches and dinners, with a shopping list that covers "
        "everything the plan needs for one, two or four people.",
    ]
    after = "Most of the vegetables keep for a week in the fridge, so one trip to the shop is enough for the plan."
    lines = ["Home", "Healthy eating", "Eat well on a budget", *before, *heads, *(c for row in cells for c in row)]
    lines += [after, "Contact us", "Privacy Policy", "Donate"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.paragraphs[: len(before)] == tuple(before)
    assert result.main.paragraphs[-1] == after


def test_a_joiner_inside_a_word_keeps_the_word() -> None:
    """Zero-width joiners are no words on their own, but a Persian word written with a ZWNJ and an
    emoji sequence joined by ZWJs are one word each."""
    from cleandump.text import quick_words

    assert quick_words("\u200d") == [] and quick_words("\u200c \u200b") == []
    assert len(quick_words("می\u200cخواهم بروم")) == 2
    assert len(quick_words("family \U0001f468\u200d\U0001f469\u200d\U0001f467 photo")) == 3


def test_an_a_to_z_index_of_categories_is_read_whole() -> None:
    """A catalogue page without prose lists its categories under the letters of an A-Z index
    ("A" / "Adapters Adjusters Aligners Anchors" / "B" / ...). The letters are the index's
    headings, not menu entries: the listing runs through every letter, not just the first."""
    entries = {
        "A": "Adapters Adjusters Aligners Anchors",
        "B": "Bands Belt Keepers Binders Bolts",
        "C": "Caps Catches Clamps Clasps Clips",
        "E": "Ends Escutcheons Eyes",
        "H": "Hangers Hasps Hinges Holders Hooks",
        "L": "Lanyards Latches Levelers Locks",
        "N": "Nails and Brads Nuts",
        "R": "Releases Retainers Rings Rivets",
        "S": "Screws Shackles Sleeves Spikes Staples",
        "W": "Washers Wedges Wire Rope",
    }
    lines = ["Home", "Product Catalogs", "Fasteners & Hardware", "Manufacturer and Distributor Catalog Collection"]
    lines += ["Fasteners & Hardware Categories", *(x for letter, items in entries.items() for x in (letter, items))]
    lines += ["Subscribe", "Advertise", "About Us", "Contact Us", "Privacy Policy", "Terms of Use"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    assert set(entries.values()) <= set(result.main.paragraphs)


def test_a_products_spec_sheet_of_labelled_fields_is_part_of_its_page() -> None:
    """A product page without prose: its details are a spec sheet of labels and values, one per
    line ("Fastening:" / "Zip", "Colour: black"), then a grid of other products. The labels'
    values are the product's fields, not menu entries, so the details stay in the page's text."""
    specs = {"Outer fabric:": "Faux leather", "Lining:": "Polyester", "Collar:": "Turn-down collar"}
    specs |= {"Fastening:": "Zip", "Pockets:": "Chest pocket", "Pattern:": "Plain", "Fit:": "Regular"}
    specs |= {"Shape:": "Straight", "Length:": "Normal length", "Sleeve length:": "Long", "Care:": "Hand wash"}
    lines = ["Women", "Men", "Kids", "Faux leather jacket - black", "Colour: black", "Add to bag"]
    lines += [x for label, value in specs.items() for x in (label, value)]
    lines.append("You may also like")
    for k, name in enumerate(["Bomber jacket", "Winter jacket", "Biker jacket", "Denim jacket", "Rain jacket"]):
        lines += [f"Example Brand {name} - black", f"€{39 + 10 * k}.99"]
    lines += ["Help", "Contact us", "Privacy Policy"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None
    kept = set(result.main.paragraphs)
    assert set(specs.values()) <= kept and "Colour: black" in kept


def test_a_comments_heading_ends_the_article_before_a_dated_comment_header() -> None:
    """A "Comments (3)" heading right after the article, then each comment under its writer and
    time ("Mark T. · 2 hours ago"): the header reads like a data line (a digit, a separator), yet
    the article's text does not run across the comments heading to take it in."""
    lines = ["Reuters", "5 hours ago", "Storm closes Dover strait again", *AGGREGATOR_BODY, "Comments (3)"]
    lines += ["Mark T. · 2 hours ago", "Prices at the pump will follow, as always.", "Reply"]
    lines += ["Sandra K. · 1 hour ago", "Good for producers, bad for everyone else.", "Reply"]
    result = _clean_under_article(lines)
    assert result.main.outlet == "Reuters" and result.main.time_ago == "5 hours ago"
    removed = {r.text for r in result.removed}
    assert {"Comments (3)", "Mark T. · 2 hours ago"} <= removed


def test_cards_laid_out_time_title_outlet() -> None:
    """A "Latest" list of cards without text, each laid out time / title / outlet: each card gets
    its own title, outlet and time (the last card's outlet, under its title, had been read as a
    title of its own, and the list as one card titled "Politico")."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "Latest", "2h ago"]
    lines += ["Senate passes stopgap funding bill", "The Hill", "4h ago", "Court blocks new border rule", "Politico"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump, fetched_at="2026-11-28T06:00:00Z")
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == AGGREGATOR_BODY
    cards = [(a.title, a.outlet, a.time_ago) for a in result.related]
    assert cards == [
        ("Senate passes stopgap funding bill", "The Hill", "2h ago"),
        ("Court blocks new border rule", "Politico", "4h ago"),
    ]


def test_cards_with_their_time_under_a_short_summary_are_no_box_in_the_text() -> None:
    """ "More from ..." right after the article, then cards of title / one-sentence summary /
    time: the heading opens the related cards, not a box set inside the text after which the
    article resumes (the first card's summary had joined the article, and the cards shifted)."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "More from the Coast Herald"]
    lines += ["School board names interim superintendent", "The board chose a former principal to lead the district."]
    lines += ["5 hours ago", "Heat advisory extended through the weekend"]
    lines += ["Forecasters expect highs near 105 degrees on Saturday, with little relief at night.", "Yesterday"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump, fetched_at="2026-11-28T06:00:00Z")
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == AGGREGATOR_BODY
    cards = [(a.title, a.paragraphs, a.time_ago) for a in result.related]
    assert cards == [(lines[-6], (lines[-5],), "5 hours ago"), (lines[-3], (lines[-2],), "Yesterday")]


@pytest.mark.parametrize("label", ["Key points", "Key takeaways:", "Highlights", "Das Wichtigste in Kürze"])
def test_a_summary_box_label_is_no_headline(label: str) -> None:
    """A summary box's label between the headline and the text ("Key points" over its bullets)
    is no headline: the line above it is the title, and the label opens the article's text."""
    lines = ["Menu", "Live updates: Storm closes Dover strait again", label, *AGGREGATOR_BODY]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == lines[1]
    assert list(result.main.paragraphs) == [label, *AGGREGATOR_BODY]


def test_a_comments_buttons_and_time_are_no_teaser_header() -> None:
    """Readers' comments under the article, each under its writer's name with a footer of buttons
    and its time ("Like · Reply · 1h"): the buttons are no outlet, so no comment becomes a
    related story; the cards under "Trending Now" still do."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "24 Comments", "Mike R."]
    lines += ["Finally some good news for the harbour.", "Like · Reply · 2h", "Dana P."]
    lines += ["Don't get too excited, it's one month of data.", "Like · Reply · 1h", "Trending Now"]
    lines += ["Apple unveils cheaper iPhone for emerging markets", "The Verge · 3h"]
    result = _clean_under_article(lines)
    assert [(a.title, a.outlet) for a in result.related] == [(lines[-2], "The Verge")]


@pytest.mark.parametrize("opener", ["About the author", "ABOUT THE AUTHOR:", "Über den Autor"])
def test_an_author_box_under_the_text_is_no_article_text(opener: str) -> None:
    """Under the article's text, an "About the author" heading over the author's name and a note
    about them: the box is removed (`author-bio`), the article keeps its text."""
    bio = "Laura Chen is a science reporter covering marine biology and climate. She joined in 2019."
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, opener, "Laura Chen", bio]
    result = _clean_under_article(lines)
    assert {r.text: r.rule for r in result.removed}[bio] == "author-bio"


def test_text_that_goes_on_under_an_about_the_author_heading_stays() -> None:
    """A long text under such a heading (an essay about the author, a profile) is kept."""
    profile = [f"{line} The profile goes on about her work at the harbour." for line in AGGREGATOR_BODY]
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "About the author", *profile]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert result.main is not None and list(result.main.paragraphs) == [*AGGREGATOR_BODY, *profile]


def test_cards_laid_out_time_title_outlet_text() -> None:
    """Cards with text laid out time / title / outlet / summary: the outlet's name between the
    title and the text is the card's outlet, not its title (the title had been lost)."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "Related Articles"]
    lines += ["2 hours ago", "Senate passes stopgap funding bill", "The Hill"]
    lines += ["The Senate passed a short-term funding bill late on Friday, averting a shutdown before the deadline."]
    lines += ["5 hours ago", "Court blocks new border rule", "Politico"]
    lines += ["A federal judge blocked the new asylum rule, saying it conflicted with law passed by Congress."]
    result = _clean_under_article(lines)
    cards = [(a.title, a.outlet, a.time_ago, a.paragraphs) for a in result.related]
    assert cards == [
        ("Senate passes stopgap funding bill", "The Hill", "2 hours ago", (lines[-5],)),
        ("Court blocks new border rule", "Politico", "5 hours ago", (lines[-1],)),
    ]


CREDITED_CARDS = [
    ("Yomiuri Shimbun", "an hour ago", "Japan's exports rise for third month"),
    ("Kyodo News", "2 hours ago", "Tokyo stocks close higher on weak yen"),
    ("Harbour Gazette", "3 hours ago", "Ferry operator orders two new ships"),
]
CREDITED_TEXT = "The figures, released on Wednesday, were stronger than most economists had expected."


@pytest.mark.parametrize("header_outlet", [True, False])
def test_a_dashed_credit_under_a_cards_text_closes_that_card(header_outlet: bool) -> None:
    """Cards laid out outlet / time / title / text / "- outlet" (or time / title / text /
    "- outlet"): the dashed credit under a card's text is that card's, so each card keeps its own
    outlet (the credit had been read as the next card's header, each card taking the outlet of
    the card above it, and the next card's own outlet line was lost as outside the articles).
    One outlet is in no catalog, so the layout, not the names, decides."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "Related Articles"]
    for outlet, ago, title in CREDITED_CARDS:
        lines += [outlet] if header_outlet else []
        lines += [ago, title, CREDITED_TEXT, f"- {outlet}"]
    result = _clean_under_article(lines)
    assert [(a.outlet, a.time_ago, a.title) for a in result.related] == CREDITED_CARDS
    assert not [r.text for r in result.removed if r.rule == "outside-article"]


def test_a_credit_inside_a_header_does_not_make_the_next_title_an_outlet() -> None:
    """The seed's cards print the dashed credit inside their header ("Reuters" / "an hour ago" /
    "- Reuters" / title); when such a card has no text and the next card opens with its time,
    the title between them is that card's title, not an outlet's name (the rule that reads a
    name after a credit under text as the next card's outlet must not fire here)."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "Related Articles"]
    lines += ["Reuters", "an hour ago", "- Reuters", "Ferry Operator Orders New Ships"]
    lines += ["5 hours ago", "Harbour board names a new chief executive", CREDITED_TEXT]
    result = _clean_under_article(lines)
    cards = [(a.title, a.outlet, a.time_ago, a.paragraphs) for a in result.related]
    assert cards == [
        ("Ferry Operator Orders New Ships", "Reuters", "an hour ago", ()),
        ("Harbour board names a new chief executive", None, "5 hours ago", (CREDITED_TEXT,)),
    ]


def test_title_and_summary_cards_without_headers_after_a_heading_stay_out_of_the_article() -> None:
    """ "Recommended for you" over cards of a headline and a one-sentence summary each, with no
    outlet or time lines: the cards are no in-text box after which the article resumes (their
    summaries had become the article's last paragraphs)."""
    cards = [
        "School board delays vote on later start times",
        "The school board postponed a vote on later start times after parents packed a meeting.",
        "Local bakery wins national bread award",
        "A family-run bakery on Elm Street took first place in a national contest for its loaf.",
    ]
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "Recommended for you", *cards, "Load more"]
    result = _clean_under_article(lines)
    related = " ".join(a.text + " " + (a.title or "") for a in result.related)
    assert all(line in related for line in cards)


def test_feature_titles_under_a_read_more_box_stay_in_the_text() -> None:
    """A "Read more" heading, then short feature names each over one paragraph (a service page):
    the names are not headlines, so the text goes on after the box as before."""
    features = [
        "1-click payroll compliance",
        "Calculate complex pay rates, including overtime, before processing payroll each week.",
        "All-in-one HRIS",
        "Sync hiring, onboarding and payroll with a single login for every member of staff.",
    ]
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "Read more", *features]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert result.main is not None and features[1] in result.main.paragraphs and features[3] in result.main.paragraphs


LIVE_ENTRIES = [
    (
        "2 hours ago",
        "Flood warnings issued across Wales",
        [
            "The Environment Agency has issued more than 40 flood warnings, with rivers expected to peak overnight.",
            "Residents in low-lying areas have been urged to move valuables upstairs and be ready to leave.",
        ],
    ),
    (
        "3 hours ago",
        "Trains cancelled on main lines",
        [
            "Network Rail said services between London and Cardiff were cancelled after trees blocked the line.",
            "Passengers were told not to travel unless their journey was essential.",
        ],
    ),
    (
        "4 hours ago",
        "Winds reach 80mph on the coast",
        ["Gusts of up to 80mph were recorded at Aberdaron early on Saturday, the Met Office said in its update."],
    ),
]


def _live_page(entries: list[tuple[str, str, list[str]]]) -> tuple[str, list[str]]:
    lead = "Follow the latest updates as the storm brings heavy rain and strong winds across the country."
    lines, text = ["Live: Storm hits the west coast", lead], [lead]
    for when, headline, paragraphs in entries:
        lines += [when, headline, *paragraphs]
        text += [headline, *paragraphs]
    return "\n".join(lines), text


def test_a_live_pages_entries_under_time_stamps_are_its_article() -> None:
    """A live page: a headline and its lead, then entries each under a time stamp alone ("2 hours
    ago" / entry's headline / its text). The entries are the page's article, in order, under its
    headline; they had been read as a feed of teasers, the headline and lead dropped."""
    dump, text = _live_page(LIVE_ENTRIES)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == "Live: Storm hits the west coast"
    assert list(result.main.paragraphs) == text and result.related == ()
    assert result.main.time_ago == "2 hours ago"


def test_short_cards_under_time_stamps_after_an_intro_stay_a_feed() -> None:
    """A listing's cards (a time stamp, a title, one short line of summary each) under the page's
    heading and introduction are no live page's entries: they stay separate stories."""
    entries = [(when, title, ["A line of summary for this story."]) for when, title, _ in LIVE_ENTRIES]
    dump, _ = _live_page(entries)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert [a.title for a in result.related] == [title for _, title, _ in LIVE_ENTRIES]


def test_two_authors_beside_the_time_are_the_articles_authors_not_its_outlet() -> None:
    """ "Jane Doe and John Smith" / "2 hours ago" under the headline: the article's authors (the
    name-like line beside a time stamp had been read as the outlet's name)."""
    lines = ["Storm closes Dover strait again", "Jane Doe and John Smith", "2 hours ago", *AGGREGATOR_BODY]
    result = _clean_under_article(lines)
    assert (result.main.author, result.main.outlet, result.main.time_ago) == (lines[1], None, "2 hours ago")


def test_a_catalogued_outlet_named_by_a_number_is_a_cards_outlet() -> None:
    """ "444" (a Hungarian site, in the outlet catalog) over a card's title is its outlet, not a
    count of likes printed on the card (found by the property suite in a card laid out outlet /
    title / summary / time)."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "Related articles"]
    lines += ["444", "Ferry operator orders two new ships", CREDITED_TEXT, "an hour ago"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert [(a.title, a.outlet, a.time_ago) for a in result.related] == [(lines[-3], "444", "an hour ago")]


def test_a_dashed_credit_under_the_article_is_its_outlet() -> None:
    """ "— Reuters" under the article's last paragraph, before the related section's heading: the
    article's outlet (it had been removed as a teaser header of its own, naming no article)."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "— Reuters", "Related Articles"]
    lines += ["Kyodo News", "2 hours ago", "Ferry operator orders two new ships", CREDITED_TEXT]
    result = _clean_under_article(lines)
    assert result.main.outlet == "Reuters"
    assert [(a.title, a.outlet) for a in result.related] == [(lines[-2], "Kyodo News")]


def test_a_headline_whose_text_is_all_learned_is_still_accounted_for() -> None:
    """A site's rules that learned every paragraph under a headline (a boilerplate page repeated
    on every page of the site): the article is gone and its headline is reported as removed,
    not lost (found by the property suite's exploring run)."""
    lines = ["Related tags", "Storm closes Dover strait again", *AGGREGATOR_BODY]
    dump = "\n".join(lines)
    rules = cleandump.Rules.default().extend(learned=[lines[0], *AGGREGATOR_BODY])
    result = cleandump.clean(dump, rules=rules)
    assert_accounted(dump, result)
    assert result.main is None
    assert {r.line: r.rule for r in result.removed}[2] == "outside-article"


def test_two_authors_under_the_outlet_leave_the_headline_the_title() -> None:
    """Yahoo's header with two authors: headline / "Associated Press" / "Jane Smith and Mark
    Lee" / date. The headline stays the title and the two names are the author (the names had
    been taken for the headline, the headline dropped)."""
    headline = "Harbour board approves dredging plan for the outer channel"
    lines = ["Home", "World", headline, "Associated Press", "Jane Smith and Mark Lee"]
    lines += ["Updated Tue, November 25, 2026 at 4:12 AM UTC", *AGGREGATOR_BODY]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == headline
    assert (result.main.outlet, result.main.author) == ("Associated Press", "Jane Smith and Mark Lee")
    assert list(result.main.paragraphs) == AGGREGATOR_BODY


def test_a_dashed_credit_closes_its_card_in_a_section_of_mixed_cards() -> None:
    """The credit closes its card whatever the section's first card was like (here a site's
    domain over its title, the time under it): the card after it keeps its own outlet (found by
    an exploring run of the property suite, where the first card had decided that no line after
    a card's text closes it)."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "Related Articles"]
    lines += ["reuters.com", "Port strike ends after pay deal", "an hour ago", CREDITED_TEXT]
    for outlet, ago, title in CREDITED_CARDS[1:]:
        lines += [outlet, ago, title, f"{title}, the agency said on Thursday after markets closed.", f"- {outlet}"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert [(a.outlet, a.time_ago) for a in result.related] == [
        ("reuters.com", "an hour ago"),
        *((outlet, ago) for outlet, ago, _ in CREDITED_CARDS[1:]),
    ]


def test_shorts_with_a_byline_and_a_read_more_credit() -> None:
    """A feed of shorts (Inshorts): headline / "short by Name / 10:32 am on 28 Nov 2026,Saturday"
    / text / "read more at Outlet". Each is an article with its title, author and outlet; the
    stamp's comma glued to the weekday had made the byline unreadable, so the byline was taken
    for the title."""
    shorts = [
        ("Harbour wall to be rebuilt before the winter storms", "Priya Sharma", "Hindustan Times"),
        ("Port strike ends after a pay deal with the unions", "Rahul Verma", "The Economic Times"),
    ]
    lines = ["Menu"]
    for k, (title, author, outlet) in enumerate(shorts):
        lines += [title, f"short by {author} / 10:3{k} am on 28 Nov 2026,Saturday", HARBOUR_TEXT.splitlines()[k]]
        lines += [f"read more at {outlet}"]
    dump = "\n".join([*lines, "Download our app"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    got = [result.main, *result.related]
    assert [(a.title, a.author, a.outlet) for a in got if a is not None] == shorts
    assert all(a is not None and a.published is not None and a.published.day == 28 for a in got)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Sarah Mitchell · Energy Correspondent", "Sarah Mitchell"),
        ("By Sarah Mitchell, Senior Analyst", "Sarah Mitchell"),
        ("By Sarah Mitchell | Staff Writer", "Sarah Mitchell"),
    ],
)
def test_a_reporters_role_after_the_name_is_no_outlet(byline: str, author: str) -> None:
    """ "By Jane Doe · Energy Correspondent": the part after the name is the reporter's role
    (`data/byline_roles.txt`), not the outlet the story ran in."""
    dump = "\n".join(["Storm closes Dover strait again", byline, "November 24, 2026", *AGGREGATOR_BODY])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and (result.main.author, result.main.outlet) == (author, None)
    assert list(result.main.paragraphs) == AGGREGATOR_BODY


def test_an_outlet_after_the_name_is_still_the_outlet() -> None:
    """Guard: a catalogued outlet whose name ends in a role word is the outlet."""
    dump = "\n".join(
        ["Storm closes Dover strait again", "By Sarah Mitchell · The Hollywood Reporter", *AGGREGATOR_BODY]
    )
    result = cleandump.clean(dump)
    assert result.main is not None and result.main.outlet == "The Hollywood Reporter"


def test_an_author_box_under_the_text_names_the_author_and_is_removed() -> None:
    """ "Written by: Sean Peek, Senior Analyst" under the text, then a note about him: the
    byline names the author and the note is removed as `author-bio`. Before, the role was read
    as an outlet, so the box became a related article of its own, by "Senior Analyst"."""
    bio = "Sarah Mitchell co-founded a shipping newsletter and has covered the strait for ten years."
    dump = "\n".join(
        [
            "Storm closes Dover strait again",
            *AGGREGATOR_BODY,
            "Written by: Sarah Mitchell, Senior Analyst",
            bio,
            "Related Articles",
            "Privacy Policy",
        ]
    )
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.author == "Sarah Mitchell"
    assert list(result.main.paragraphs) == AGGREGATOR_BODY and result.related == ()
    assert {r.text: r.rule for r in result.removed}[bio] == "author-bio"


def test_the_authors_name_over_the_note_about_them_goes_with_it() -> None:
    """An author box prints the name on a line of its own over the note: both are removed."""
    bio = "Sarah Mitchell is a transport reporter based in London. She joined the paper in 2019."
    dump = "\n".join(["Storm closes Dover strait again", "By Sarah Mitchell", *AGGREGATOR_BODY, "Sarah Mitchell", bio])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == AGGREGATOR_BODY
    assert [r.rule for r in result.removed if r.line in (len(AGGREGATOR_BODY) + 3, len(AGGREGATOR_BODY) + 4)] == [
        "author-bio",
        "author-bio",
    ]


def test_durations_in_a_table_are_cells_not_time_stamps() -> None:
    """A table of courses with their price and length ("$560" / "3 hours" / "Free" / "5 hours"):
    a length next to a price is a cell, not a time stamp that starts a teaser (with its
    neighbour "Free" read as the teaser's outlet) and cuts the article's second half off."""
    rows = [
        ["SAP CRM", "SAP", "$560", "3 hours", "Enterprise software expertise"],
        ["HubSpot Inbound", "HubSpot", "Free", "5 hours", "Marketing fundamentals"],
    ]
    table = ["Certification", "Provider", "Cost", "Duration", "Benefits", *(cell for row in rows for cell in row)]
    second = HARBOUR_TEXT.splitlines()
    dump = "\n".join(["Storm closes Dover strait again", *AGGREGATOR_BODY, *table, "Did You Know?", *second])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.related == ()
    assert result.main.paragraphs[-len(second) :] == tuple(second)
    assert {"3 hours", "5 hours", "Free"} <= set(result.main.paragraphs)


@pytest.mark.parametrize(
    ("title", "outlet", "when"),
    [
        ("원·달러 환율 1,400원대 마감", "한국경제", "1시간 전"),
        ("日銀、政策金利を据え置き", "日本経済新聞", "2時間前"),
        ("央行宣布下调存款准备金率", "澎湃新闻", "3小时前"),
    ],
)
def test_a_cjk_outlet_under_a_cards_title_is_its_outlet(title: str, outlet: str, when: str) -> None:
    """In scripts without capitals nothing but the catalog tells an outlet's name from a title:
    a card printed title / outlet / time under a related heading keeps its title (before, the
    outlet took the title's place and the title was dropped)."""
    dump = "\n".join(["Storm closes Dover strait again", *AGGREGATOR_BODY, "Related", title, outlet, when])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert [(a.title, a.outlet, a.time_ago) for a in result.related] == [(title, outlet, when)]


def test_a_three_line_header_after_a_credited_card_keeps_its_title() -> None:
    """A credited card (outlet / time / title / text / "- outlet"), then a title-only card whose
    header holds its own credit (outlet / time / "- outlet" / title). The second card's outlet
    is its outlet, not its title, and its title is kept (found by the property suite's
    exploring run: the title was dropped and the outlet's name became the card's title)."""
    lines = ["Storm closes Dover strait again", *AGGREGATOR_BODY, "Related Articles"]
    lines += ["The Irish Times", "2 hours ago", "Ferry operator orders two new ships", CREDITED_TEXT]
    lines += ["- The Irish Times", "The Irish Times", "5 hours ago", "- The Irish Times"]
    lines += ["Harbour board names a new chief executive"]
    result = _clean_under_article(lines)
    assert [(a.title, a.outlet, a.time_ago) for a in result.related] == [
        ("Ferry operator orders two new ships", "The Irish Times", "2 hours ago"),
        ("Harbour board names a new chief executive", "The Irish Times", "5 hours ago"),
    ]


def test_the_authors_name_between_the_standfirst_and_the_dateline() -> None:
    """El País prints headline / standfirst / "Juan Pérez" / "Madrid - 28 nov 2026 - 10:32 CET":
    the name is the author, the headline the title, and the clock printed apart from the date
    is the date's time of day (the name had been taken for the title and the headline lost)."""
    title = "Harbour wall to be rebuilt before winter"
    dek = "Engineers warned that another season of high tides could breach it. Here is what happens next."
    header = ["Jane Doe", "London - 28 Nov 2026 - 10:32 GMT", "Share"]
    dump = "\n".join(["Home", "News", title, dek, *header, *AGGREGATOR_BODY, "Privacy Policy"])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and (result.main.title, result.main.author) == (title, "Jane Doe")
    assert list(result.main.paragraphs) == AGGREGATOR_BODY
    assert result.main.published is not None and (result.main.published.hour, result.main.published.minute) == (10, 32)


def test_an_unknown_button_between_the_header_and_the_text_leaves_the_article_whole() -> None:
    """Headline / standfirst / byline / date / a share button the catalog does not know
    ("Podijeli") / text: the page keeps its main article (the header had started a teaser,
    so the article became a related one and the page had no main article)."""
    title = "Harbour wall to be rebuilt before winter"
    dek = "Engineers warned that another season of high tides could breach it. Here is what happens next."
    dump = "\n".join([title, dek, "Jane Doe", "28 Nov 2026, 10:32", "Podijeli", *AGGREGATOR_BODY])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == title and result.related == ()
    assert list(result.main.paragraphs) == AGGREGATOR_BODY


@pytest.mark.parametrize(
    "caption",
    [
        "The harbour wall after the storm. Photograph: Jane Doe/Reuters",
        "Crews at work on the outer wall on Monday. Image: Coast Times",
        "The harbour wall after the storm.Credit...Jane Doe/The New York Times",
    ],
)
def test_a_pictures_caption_with_its_credit_after_it_is_removed(caption: str) -> None:
    """The Guardian and The New York Times print a picture's caption with its credit after it
    ("... Photograph: Jane Doe/Reuters", "...Credit...Doug Mills/The New York Times") between the
    header and the text: it is removed as `photo-credit`, not taken for the title or the text."""
    dump = "\n".join(["Storm closes Dover strait again", "By Jane Doe", "Thu 27 Nov 2026 14.32 GMT", caption])
    dump += "\n" + "\n".join(AGGREGATOR_BODY)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == "Storm closes Dover strait again"
    assert list(result.main.paragraphs) == AGGREGATOR_BODY
    assert {r.text: r.rule for r in result.removed}[caption] == "photo-credit"


@pytest.mark.parametrize(
    ("byline", "author"),
    [("Damian Carrington Environment editor", "Damian Carrington"), ("Jane Doe Staff Writer", "Jane Doe")],
)
def test_a_name_with_its_role_and_no_separator_between_headline_and_date_is_the_author(
    byline: str, author: str
) -> None:
    """The Guardian's header: headline / standfirst / "Damian Carrington Environment editor" /
    date. The name is the author (without the role) and the headline the title; the line had
    been taken for the headline."""
    title = "Swiss glaciers lose a record share of their ice this year"
    dek = "Hot summer and little winter snow accelerate melting, with scientists warning most Alpine ice will go"
    dump = "\n".join(["News", title, dek, byline, "Thu 27 Nov 2026 14.32 GMT", "Share", *AGGREGATOR_BODY])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and (result.main.title, result.main.author) == (title, author)
    assert list(result.main.paragraphs) == AGGREGATOR_BODY


@pytest.mark.parametrize(
    "line",
    [
        "Senior Staff Writer",
        "The New York Times Editor",
        "Meet Our Editor",
        "Council Names New Chief",
        "Council Names New Editor",
    ],
)
def test_role_words_after_no_name_make_no_author(line: str) -> None:
    assert cleandump.headers.name_and_role(line) is None


@pytest.mark.parametrize("credit", ["Getty Images", "Shutterstock", "PA Media"])
def test_a_picture_agencys_credit_on_its_own_line_is_removed(credit: str) -> None:
    dump = "\n".join(["Storm closes Dover strait again", "27 November 2026", credit, *AGGREGATOR_BODY])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and list(result.main.paragraphs) == AGGREGATOR_BODY
    assert {r.text: r.rule for r in result.removed}[credit] == "photo-credit"


def test_a_caption_under_a_picture_agencys_credit_is_no_title() -> None:
    """The BBC prints headline / date / author / "Getty Images" / the picture's caption / text:
    the caption is removed as `caption` and the headline stays the title (the caption, the last
    short line before the text, had been taken for it)."""
    caption = "The wall was breached in three places during the storm"
    lines = ["Harbour wall to be rebuilt after storm damage", "27 November 2026", "Share", "Getty Images", caption]
    dump = "\n".join([*lines, *AGGREGATOR_BODY])
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert result.main is not None and result.main.title == lines[0]
    assert list(result.main.paragraphs) == AGGREGATOR_BODY
    assert {r.text: r.rule for r in result.removed}[caption] == "caption"


def test_a_cards_title_under_a_picture_agencys_credit_stays_its_title() -> None:
    """Guard: in a listing, "Getty Images" / a card's title / its one-paragraph summary / byline:
    the title is no caption (it has one paragraph under it, not the article's text)."""
    lines = ["Cloud news"]
    for k, title in enumerate(["IBM releases SAP tool as deadline looms", "EU plans to pull back on digital rules"]):
        lines += ["Getty Images", title, HARBOUR_TEXT.splitlines()[k], f"By Jane Doe • Nov. {k + 12}, 2025"]
    dump = "\n".join(lines)
    result = cleandump.clean(dump)
    assert_accounted(dump, result)
    assert not [r for r in result.removed if r.rule == "caption"]
