from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from importlib import resources

import pytest

from cleandump.headers import authors_pair, dated_header, parse_header
from cleandump.rules import Rules
from cleandump.text import normalize_line
from cleandump.timeago import bare_count, find_date, parse_fetched_at, parse_time

FETCHED = datetime(2025, 7, 9, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text,delta",
    [
        ("an hour ago", timedelta(hours=1)),
        ("2 hours ago", timedelta(hours=2)),
        ("12 min ago", timedelta(minutes=12)),
        ("3h", timedelta(hours=3)),
        ("Yesterday", timedelta(days=1)),
        ("2 days ago", timedelta(days=2)),
        ("a week ago", timedelta(weeks=1)),
        ("Updated 5 mins ago", timedelta(minutes=5)),
        ("just now", timedelta(0)),
        ("1d", timedelta(days=1)),
        ("23 hours", timedelta(hours=23)),  # without "ago", up to where a formatter moves on
        ("65 hours ago", timedelta(hours=65)),  # with "ago", any count
    ],
)
def test_relative(text: str, delta: timedelta) -> None:
    info = parse_time(text)
    assert info is not None and info.delta == delta and info.published(FETCHED) == FETCHED - delta


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Yesterday at 4:15 PM", datetime(2026, 11, 27, 16, 15, tzinfo=timezone.utc)),
        ("yesterday, 16:15", datetime(2026, 11, 27, 16, 15, tzinfo=timezone.utc)),
        ("Yesterday at 12:00 AM", datetime(2026, 11, 27, 0, 0, tzinfo=timezone.utc)),  # midnight is a time too
        ("Today, 10:30", datetime(2026, 11, 28, 10, 30, tzinfo=timezone.utc)),
        ("gestern, 14:30", datetime(2026, 11, 27, 14, 30, tzinfo=timezone.utc)),
        ("Yesterday", datetime(2026, 11, 27, 6, 0, tzinfo=timezone.utc)),  # no clock: a day before the fetch
        ("Yesterday at 25:99", datetime(2026, 11, 27, 6, 0, tzinfo=timezone.utc)),  # no time of day
    ],
)
def test_a_day_word_at_a_clock_time_is_published_then(text: str, published: datetime) -> None:
    """ "Yesterday at 4:15 PM": the day before the fetch, at that clock time (read as UTC)."""
    info = parse_time(text)
    assert info is not None and info.published(datetime(2026, 11, 28, 6, tzinfo=timezone.utc)) == published


@pytest.mark.parametrize(
    "text,date",
    [
        ("July 8, 2025", datetime(2025, 7, 8)),
        ("8 Jul 2025", datetime(2025, 7, 8)),
        ("2025-07-07", datetime(2025, 7, 7)),
        ("Wed, Jul 9, 2025 10:32 AM", datetime(2025, 7, 9, 10, 32)),
        ("Updated 5:27 am CST, Wednesday, November 20, 2019", datetime(2019, 11, 20, 11, 27)),  # CST is UTC-6
        ("11/18/19 11:04 PM EST", datetime(2019, 11, 19, 4, 4)),  # EST is UTC-5
        ("18/11/2019", datetime(2019, 11, 18)),
        ("2019-11-13T23:06:00+01:00", datetime(2019, 11, 13, 22, 6)),
        ("Updated 2019-11-13T23:06:00+01:00", datetime(2019, 11, 13, 22, 6)),
        ("Nov 24, 2026 at 6:15 PM", datetime(2026, 11, 24, 18, 15)),
        ("12:30 am, May 3, 2024", datetime(2024, 5, 3, 0, 30)),
        ("May 3, 2024 25:99", datetime(2024, 5, 3)),  # no time of day: the date alone
        ("26 Nov 2026, Thursday", datetime(2026, 11, 26)),  # the weekday after the date
        ("March 3, 2024 (Sunday)", datetime(2024, 3, 3)),
        ("10:21 am on 26 Nov 2026, Thursday", datetime(2026, 11, 26, 10, 21)),  # the clock, then "on" the date
        ("9:41 AM EST on Nov 25, 2026", datetime(2026, 11, 25, 14, 41)),
        ("on December 19, 2025", datetime(2025, 12, 19)),  # the date's own "on", as a byline's second line
        ("· on Dec 3, 2024", datetime(2024, 12, 3)),  # after a header's separator
        ("2026年11月26日 10:05", datetime(2026, 11, 26, 10, 5)),  # Chinese and Japanese numeric dates
        ("2026/11/26 10:05 发布", datetime(2026, 11, 26, 10, 5)),
        ("10:32 am on 28 Nov 2026,Saturday", datetime(2026, 11, 28, 10, 32)),  # Inshorts: no space after the comma
        ("Nov 27,2026", datetime(2026, 11, 27)),
    ],
)
def test_dates(text: str, date: datetime) -> None:
    info = parse_time(text)
    assert info is not None and info.published(None) == date.replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text",
    [
        *("an hour", "Reuters", "The hour is late.", "February 30, 2025", "x" * 500, "4:14 p.m.", "13/13/2019"),
        *("1/2/3", "Am", "Ah", "As", "tens", "Top 10 picks", "(3h)"),  # a count word must stand apart from its unit
        # durations, not stamps: a site says "2d" or "2 days ago" once a day has passed
        *("65 hours", "90 minutes", "1200 W", "40 days", "8 weeks", "1 year", "2 Years", "6 months"),
        *("on 3 hours ago", "on Monday", "On the record"),  # "on" only before a date
        *("1,200 hours", "1,2026", "Population 1,234,567"),  # a thousands comma is no glued date
    ],
)
def test_not_times(text: str) -> None:
    assert parse_time(text) is None


@pytest.mark.parametrize(
    "text,delta",
    [
        ("vor 2 Stunden", timedelta(hours=2)),
        ("Vor einer Stunde", timedelta(hours=1)),
        ("il y a 3 jours", timedelta(days=3)),
        ("Il y a une heure", timedelta(hours=1)),
        ("il y a 3 h", timedelta(hours=3)),  # the hour and day abbreviated, as cards print them
        ("il y a 2 j", timedelta(days=2)),
        ("hace 3 h", timedelta(hours=3)),
        ("há 4 h", timedelta(hours=4)),
        ("hace 2 horas", timedelta(hours=2)),
        ("há 5 minutos", timedelta(minutes=5)),
        ("2 horas atrás", timedelta(hours=2)),
        ("un’ora fa", timedelta(hours=1)),
        ("3 giorni fa", timedelta(days=3)),
        ("2 uur geleden", timedelta(hours=2)),
        ("för 2 timmar sedan", timedelta(hours=2)),
        ("for 3 timer siden", timedelta(hours=3)),
        ("2 godziny temu", timedelta(hours=2)),
        ("2 часа назад", timedelta(hours=2)),
        ("3 saat önce", timedelta(hours=3)),
        ("2小时前", timedelta(hours=2)),
        ("3時間前", timedelta(hours=3)),
        ("2시간 전", timedelta(hours=2)),
        ("2 ชั่วโมงที่แล้ว", timedelta(hours=2)),  # Thai, written without spaces as CJK is
        ("เมื่อวาน", timedelta(days=1)),
        ("Gestern", timedelta(days=1)),
        ("hier", timedelta(days=1)),
        ("Heute, 10:32", timedelta(0)),
        # scripts without case, other digits, and words that are a count and a unit at once
        ("منذ ساعتين", timedelta(hours=2)),  # Arabic dual: two hours
        ("منذ ساعة", timedelta(hours=1)),
        ("منذ ٣ ساعات", timedelta(hours=3)),  # Arabic-Indic digits
        ("قبل 5 دقائق", timedelta(minutes=5)),
        ("منذ 20 يوما", timedelta(days=20)),
        ("۲ ساعت پیش", timedelta(hours=2)),  # Persian digits
        ("לפני שעתיים", timedelta(hours=2)),
        ("לפני 5 דקות", timedelta(minutes=5)),
        ("2 घंटे पहले", timedelta(hours=2)),
        ("২ ঘণ্টা আগে", timedelta(hours=2)),
        ("2 jam yang lalu", timedelta(hours=2)),
        ("sejam yang lalu", timedelta(hours=1)),
        ("3 hari lalu", timedelta(days=3)),
        ("2 giờ trước", timedelta(hours=2)),
        ("2 години тому", timedelta(hours=2)),
        ("před hodinou", timedelta(hours=1)),
        ("před 3 dny", timedelta(days=3)),
        ("acum o oră", timedelta(hours=1)),
        ("acum 20 de minute", timedelta(minutes=20)),
        ("Πριν από 2 ώρες", timedelta(hours=2)),  # case-folded: the final sigma is "σ"
        ("2 tuntia sitten", timedelta(hours=2)),
        ("tunti sitten", timedelta(hours=1)),
        ("2 órája", timedelta(hours=2)),  # Hungarian: the unit holds the "ago"
        ("2 órával ezelőtt", timedelta(hours=2)),
        ("godzinę temu", timedelta(hours=1)),
        ("час назад", timedelta(hours=1)),
    ],
)
def test_relative_in_other_languages(text: str, delta: timedelta) -> None:
    info = parse_time(text)
    assert info is not None and info.delta == delta


@pytest.mark.parametrize(
    "text,date",
    [
        ("22. Januar 2018", datetime(2018, 1, 22)),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", datetime(2018, 1, 22, 0, 13)),
        ("Mis à jour le 22 janvier 2018 à 14h30", datetime(2018, 1, 22, 14, 30)),
        ("17 marzo 2019", datetime(2019, 3, 17)),
        ("22 января 2018", datetime(2018, 1, 22)),
        ("12.03.2024, 14:30 Uhr", datetime(2024, 3, 12, 14, 30)),  # no zone: read as UTC
        ("Aktualisiert am 12.03.2024", datetime(2024, 3, 12)),
        ("Published on March 3, 2024", datetime(2024, 3, 3)),
        ("الأربعاء 26 نوفمبر 2026", datetime(2026, 11, 26)),
        ("26 בנובמבר 2026", datetime(2026, 11, 26)),
        ("26. listopadu 2026", datetime(2026, 11, 26)),
        ("26 noiembrie 2026", datetime(2026, 11, 26)),
        ("26 Νοεμβρίου 2026", datetime(2026, 11, 26)),
        ("26 листопада 2026", datetime(2026, 11, 26)),
        ("Rabu, 26 Nov 2026 10:05 WIB", datetime(2026, 11, 26, 3, 5)),  # Western Indonesian Time, UTC+7
        ("Thứ tư, 26/11/2026, 15:00 (GMT+7)", datetime(2026, 11, 26, 8, 0)),  # a weekday, a numeric date, an offset
        ("Nov 26, 2026 10:00 UTC+05:30", datetime(2026, 11, 26, 4, 30)),
        ("Nov 26, 2026 10:00 gmt-3", datetime(2026, 11, 26, 13, 0)),
        ("15 كانون الثاني 2026", datetime(2026, 1, 15)),  # a month name of two words
    ],
)
def test_dates_in_other_languages(text: str, date: datetime) -> None:
    info = parse_time(text)
    assert info is not None and info.published(None) == date.replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text",
    [
        *("vor dem Haus", "Hace frío", "il y a des jours", "heute", "for 2 min", "2 Stunden", "1.2.3"),
        *("Kommentar", "Tag 3", "un ora", "Vor 2 Wochen waren wir da."),
        *("ساعة", "منذ", "jam", "lalu", "2 jam", "hodinou", "Sitten", "órája", "2 ώρες", "2 ชั่วโมง"),
    ],
)
def test_not_times_in_other_languages(text: str) -> None:
    """Another language's relative time needs its "ago" word; "heute" alone is a menu item."""
    assert parse_time(text) is None


def test_a_word_means_the_same_in_every_language() -> None:
    """The languages' words are pooled (a page's language is not known when its stamps are
    read), so a unit, count or month word two languages share must mean the same in both
    (Turkish "saat" is an hour, so Indonesian's is left out)."""
    data = json.loads(resources.files("cleandump.data").joinpath("time_words.json").read_text("utf-8"))
    for field in ("units", "counts", "whole_units", "ago_units", "days"):
        meaning: dict[str, set[int]] = {}
        for lang in data["languages"].values():
            for word, value in lang.get(field, {}).items():
                meaning.setdefault(word.casefold(), set()).add(value)
        assert not {w: m for w, m in meaning.items() if len(m) > 1}, field
    months: dict[str, set[int]] = {}
    for lang in data["languages"].values():
        for number, names in enumerate(lang["months"], start=1):
            for name in names:
                months.setdefault(name.casefold(), set()).add(number)
    assert not {w: m for w, m in months.items() if len(m) > 1}


@pytest.mark.parametrize("text", ["11/26(木) 10:05配信", "最終更新:11/26(木) 11:30", "12/25 配信"])
def test_yearless_cjk_stamps_are_times(text: str) -> None:
    """Japanese aggregators print month/day with a bracketed weekday or a "delivered" word."""
    info = parse_time(text)
    assert info is not None and info.date is None and info.delta is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("입력 2026.11.26. 오전 10:05", datetime(2026, 11, 26, 10, 5)),
        ("수정 2026.11.26. 오후 3:20", datetime(2026, 11, 26, 15, 20)),
        ("최종수정 2026.11.26. 오후 12:02", datetime(2026, 11, 26, 12, 2)),
        ("2026年11月26日 午後3:05", datetime(2026, 11, 26, 15, 5)),
    ],
)
def test_cjk_stamps_with_a_morning_or_afternoon_mark(text: str, date: datetime) -> None:
    """Korean portals print "입력 2026.11.26. 오후 3:20" (오후: p.m.), as Japanese "午後" and Chinese "下午"."""
    info = parse_time(text)
    assert info is not None and info.date == date.replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("김민수 기자", "김민수"),
        ("김민수 기자 minsu@hankyung.com", "김민수"),
        ("记者 王伟", "王伟"),
        ("山田太郎記者", "山田太郎"),
    ],
)
def test_cjk_bylines(line: str, author: str) -> None:
    h = parse_header(line, normalize_line(line), Rules.default())
    assert h is not None and h.kind == "byline" and h.author == author


@pytest.mark.parametrize("line", ["기자회견", "서울 아파트값 3주 연속 상승", "记者会"])
def test_cjk_lines_that_are_not_bylines(line: str) -> None:
    h = parse_header(line, normalize_line(line), Rules.default())
    assert h is None or h.author is None


@pytest.mark.parametrize("text", ["11/26", "3/4", "2026/11/26 plus"])
def test_bare_fractions_are_not_cjk_stamps(text: str) -> None:
    assert parse_time(text) is None


@pytest.mark.parametrize(
    "line,outlet,time,author",
    [
        ("Reuters · 3h", "Reuters", "3h", None),
        ("5 hours ago • The Daily Planet", "The Daily Planet", "5 hours ago", None),
        ("By Jane Doe | AP", "AP", None, "Jane Doe"),
        ("- Yomiuri Shimbun", "Yomiuri Shimbun", None, None),
        ("Story by Carlos Rivera • 2d", None, "2d", "Carlos Rivera"),
        ("Nikkei Asia", "Nikkei Asia", None, None),
        ("Nikkei Asia logo", "Nikkei Asia", None, None),  # a logo's alt text after a known outlet
        ("Reuters ✓", "Reuters", None, None),  # a verified badge
        ("By Reuters", "Reuters", None, "Reuters"),  # a wire as a byline: its outlet too
        ("Posted on March 3, 2024 by Ines Moreau", None, "March 3, 2024", "Ines Moreau"),
        (
            "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST",
            None,
            "November 19, 2019",
            "Michael David Smith",
        ),
        ("September 10, 2018 | by Catherine", None, "September 10, 2018", "Catherine"),
        ("Published 3 hours ago by Jane Doe", None, "3 hours ago", "Jane Doe"),
        ("By Justine Coleman - 11/18/19 11:04 PM EST", None, "11/18/19 11:04 PM EST", "Justine Coleman"),
        ("16 hours ago on iOS Blog", "iOS Blog", "16 hours ago", None),
        ("3 days ago in Politics", "Politics", "3 days ago", None),
        ("March 3, 2024 in Business", "Business", "March 3, 2024", None),
        ("Opinion | The Washington Post", "The Washington Post", None, None),  # a kicker beside the outlet
        ("Spiegel · vor 2 Stunden", "Spiegel", "vor 2 Stunden", None),
        ("Le Monde - il y a 5 heures", "Le Monde", "il y a 5 heures", None),
        # a summary's byline and stamp split by a slash; its link to the whole story below its text
        (
            "short by Rahul Sharma / 10:21 am on 26 Nov 2026, Thursday",
            None,
            "10:21 am on 26 Nov 2026, Thursday",
            "Rahul Sharma",
        ),
        ("read more at Hindustan Times", "Hindustan Times", None, None),
        ("ByTrevor Jones", None, None, "Trevor Jones"),
        ("apnews.com - Jane Smith", "apnews.com", None, "Jane Smith"),  # a card's site and its author
        ("reuters.com", "reuters.com", None, None),
        ("Analysis by Jane Doe", None, None, "Jane Doe"),
        ("nytimes.com · 3h", "nytimes.com", "3h", None),  # "By" and the name flattened from two elements
        ("Originally published at The Conversation", "The Conversation", None, None),
        ("Jane Smith / The Verge:", "The Verge", None, "Jane Smith"),  # a river aggregator's credit
        ("The Associated Press on MSN", "The Associated Press", None, None),  # a portal's syndication credit
        ("Posted by u/packet_wrangler", None, None, "u/packet_wrangler"),  # a forum's user name
        ("Von Moritz Bachmann", None, None, "Moritz Bachmann"),  # other languages' "By"
        ("Par Jean Dupont | Le Monde", "Le Monde", None, "Jean Dupont"),
        ("Por María López", None, None, "María López"),
        ("r/homelab", "r/homelab", None, None),  # the community a post ran in
        ("Andi Pratama - detikNews", "detikNews", None, "Andi Pratama"),  # an author beside a known outlet
        ("Oleh Andi Pratama - 2 jam yang lalu", None, "2 jam yang lalu", "Andi Pratama"),  # Indonesian "by"
        ("بقلم محمد أحمد", None, None, "محمد أحمد"),  # no capitals: the opener marks the name
        ("מאת יוסי כהן | גלובס", "גלובס", None, "יוסי כהן"),
        ("Reuters - Jane Smith", "Reuters", None, "Jane Smith"),
        ("CNN - Breaking News", "CNN", None, None),  # an outlet's word: no person's name
        ("Updated 2h ago · 14 sources", None, "Updated 2h ago", None),  # a count inside the header
        ("5 sources · 4h ago", None, "4h ago", None),
    ],
)
def test_headers(line: str, outlet: str | None, time: str | None, author: str | None) -> None:
    h = parse_header(line, normalize_line(line), Rules.default())
    assert h is not None
    assert (h.outlet, h.time.text if h.time else None, h.author) == (outlet, time, author)


@pytest.mark.parametrize(
    "line",
    [
        "Node.js",
        "index.html",
        "e.g.",
        "nytimes.com | Opinion",
        "Read more at the link below",
        "Read more on Misha's Review",
        "Politics / Economy",
        "Stand by Me / Oasis",
        "Byron Smith",
        "Jane / The Verge:",
        "Read more on MSN",
        "Like · Reply · 2h",  # a reader's comment's footer: its buttons are no outlet
        "Reply | Report | 3 days ago",
    ],
)
def test_link_and_slash_lines_that_are_not_headers(line: str) -> None:
    h = parse_header(line, normalize_line(line), Rules.default())
    assert h is None or (h.kind != "source" and h.author is None)


@pytest.mark.parametrize("line", ["Biologo", "Company logo", "Download the logo"])
def test_a_logo_word_makes_no_outlet_of_other_lines(line: str) -> None:
    """Only a catalogued outlet's name loses a "logo" after it; a word ending in it keeps it."""
    h = parse_header(line, normalize_line(line), Rules.default())
    assert h is None or h.outlet == line


@pytest.mark.parametrize(
    "line",
    [
        "Posted by the editors on the front page today",
        "Published on our website by popular demand",
        *("Door Hardware", "Di Ma", "AV & TV Carts", "Par 3 Courses", "Por qué sube el precio", "Von A bis Z"),
    ],
)
def test_posted_lines_that_are_not_bylines(line: str) -> None:
    h = parse_header(line, normalize_line(line), Rules.default())
    assert h is None or h.author is None


@pytest.mark.parametrize(
    "line", ["Yesterday in Parliament", "Published 5 hours ago in the morning", "The meeting in March 2024"]
)
def test_time_then_place_needs_a_stamp_and_a_name(line: str) -> None:
    assert parse_header(line, normalize_line(line), Rules.default()) is None


@pytest.mark.parametrize("line", ["Home | About Us", "Share | Facebook", "Sign in | Register"])
def test_menu_items_side_by_side_are_not_a_labelled_outlet(line: str) -> None:
    assert parse_header(line, normalize_line(line), Rules.default()) is None


def test_fetched_at_parsing() -> None:
    assert parse_fetched_at("2025-07-09T12:00:00Z") == FETCHED
    assert parse_fetched_at(datetime(2025, 7, 9, 12)) == FETCHED
    with pytest.raises(ValueError, match="ISO-8601"):
        parse_fetched_at("last tuesday")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("November 25, 2026 9:41 AM UTC Updated 2 hours ago", "2026-11-25T09:41:00+00:00"),
        ("Published 3h ago | Updated 1h ago", "2026-11-25T09:00:00+00:00"),
        ("Nov 25, 2026 (updated Nov 26, 2026)", "2026-11-25T00:00:00+00:00"),
        ("Nov 25, 2026 · 9:41 AM UTC", "2026-11-25T09:41:00+00:00"),
        ("22. März 2024, 14:30 Uhr aktualisiert vor 2 Stunden", "2024-03-22T14:30:00+00:00"),
    ],
)
def test_a_stamp_and_its_update_on_one_line_give_the_first(line: str, published: str) -> None:
    """A publish stamp followed by its update on the same line: the line is a time stamp and the
    publish time is the first one."""
    info = parse_time(line)
    assert info is not None
    got = info.published(datetime(2026, 11, 25, 12, tzinfo=timezone.utc))
    assert got is not None and got.isoformat() == published


@pytest.mark.parametrize("line", ["The updated plan", "2 hours ago updated", "Nov 25, 2026 updated the rules"])
def test_an_update_word_alone_does_not_make_two_stamps(line: str) -> None:
    assert parse_time(line) is None


@pytest.mark.parametrize(
    ("line", "published", "author"),
    [
        ("Reuters November 18, 2019 11:03 PM", "2019-11-18T23:03:00+00:00", None),
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", "2019-11-18T15:45:00+00:00", "Joe Rossignol"),
        ("Susan December 9, 2024 0 Comments", "2024-12-09T00:00:00+00:00", None),
        ("May 18, 2023 By Sara Harberson In", "2023-05-18T00:00:00+00:00", "Sara Harberson"),
        ("Dec 26, 2025 • Mahua Das in Project Management", "2025-12-26T00:00:00+00:00", None),
        ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "2019-11-18T20:51:19+00:00", "Mike Wall"),
        ("Von Moritz Bachmann publiziert am 25. September 2018", "2018-09-25T00:00:00+00:00", None),
    ],
)
def test_a_dated_header_line_gives_its_date_and_author(line: str, published: str, author: str | None) -> None:
    """A header line that holds a full date among a few other words, in none of the forms
    `parse_header` reads, still dates the article (and names its author after "by")."""
    h = dated_header(line)
    assert h is not None and h.time is not None and h.time.date is not None
    assert (h.time.date.isoformat(), h.author) == (published, author)


@pytest.mark.parametrize(
    "line",
    [
        "Lemmy Development Update 2024-10-04",  # a headline with its date: three words, no header word
        "The summit on March 3, 2024 was a failure for everyone who came",  # a sentence's worth of words
        "It all changed on March 3, 2024.",  # a sentence
        "Advent of Code 2025 week 2",  # a year is no date
        "Daily report for May 2024",
    ],
)
def test_lines_with_a_date_that_are_no_header(line: str) -> None:
    assert dated_header(line) is None


def test_find_date_gives_the_dates_place_in_the_line() -> None:
    found = find_date("Posted by Jane on 3 March 2024, 14:05 in News")
    assert found is not None
    info, start, end = found
    assert info.date == datetime(2024, 3, 3, 14, 5, tzinfo=timezone.utc)
    assert "Posted by Jane on 3 March 2024, 14:05 in News"[start:end] == "3 March 2024, 14:05"
    assert find_date("No date here, only 2024") is None


def test_a_colon_after_by_still_opens_a_byline() -> None:
    h = parse_header("By: Saru Yeknom", normalize_line("By: Saru Yeknom"), Rules.default())
    assert h is not None and h.author == "Saru Yeknom"


@pytest.mark.parametrize(
    ("text", "bare"), [("9 hours", True), ("3h", True), ("3 hours ago", False), ("Nov 3, 2024", False)]
)
def test_bare_count_is_a_relative_time_without_ago(text: str, bare: bool) -> None:
    assert bare_count(text) == bare


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Price", None),
        ("By Category", None),
        ("By: Industry", None),
        ("By Reuters", "Reuters"),
        ("By Pryce", "Pryce"),
    ],
)
def test_a_shop_menus_by_label_is_no_byline(line: str, author: str | None) -> None:
    """A shop's mega-menu groups its links "By Price", "By Occasion", "By Category": read as bylines,
    they made the category page's intro and its products a teaser under so many headers. A
    one-word byline still names an outlet or a person."""
    h = parse_header(line, normalize_line(line), Rules.default())
    assert (h.author if h is not None else None) == author


@pytest.mark.parametrize("line", ["Like · Reply · 2h", "Reply | Report | 3 days ago", "Share · Save · 5h"])
def test_a_posts_buttons_with_its_time_name_no_outlet(line: str) -> None:
    """A reader's comment's footer: its buttons (`data/post_buttons.txt`) are no outlet's name."""
    assert parse_header(line, normalize_line(line), Rules.default()) is None


@pytest.mark.parametrize(
    "text,pair",
    [
        ("Jane Doe and John Smith", True),
        ("María López y Juan Pérez", True),
        ("Anna Weber und Jonas Keller", True),
        ("Town and Country", False),  # one-word sides: a magazine's name
        ("Barnes & Noble", False),
        ("EA Play & Apex Legends", False),  # "&" joins a company's or a topic's names
        ("Cameraderie Announcements and Member Feedback", False),  # a forum's board: interface words
        ("Harbour News and Weekly Gazette", False),  # outlets' words
        ("Jane Doe", False),
    ],
)
def test_two_authors_joined_by_and(text: str, pair: bool) -> None:
    assert authors_pair(text, Rules.default()) is pair


@pytest.mark.parametrize(
    ("line", "outlet", "known"),
    [
        ("(github.com/jdoe)", "github.com", True),
        ("(nytimes.com)", "nytimes.com", True),
        ("reuters.com", "reuters.com", False),
    ],
)
def test_a_domain_on_its_own_line_names_the_site(line: str, outlet: str, known: bool) -> None:
    """Link aggregators print the site beside a title, bare or in brackets ("(github.com/jdoe)"):
    in brackets it is surely the site; bare, the context decides."""
    header = parse_header(line, normalize_line(line), Rules.default())
    assert header is not None and (header.outlet, header.known) == (outlet, known)


@pytest.mark.parametrize("line", ["(see index.html)", "(github.com/a/b/c)", "(Node.js)"])
def test_bracketed_words_that_are_no_site(line: str) -> None:
    header = parse_header(line, normalize_line(line), Rules.default())
    assert header is None or header.outlet is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Reuters (US)", "Reuters"),
        ("Reuters (US) · 3h", "Reuters"),
        ("- Reuters (UK)", "Reuters"),
        ("3h ago - Reuters (US)", "Reuters"),
    ],
)
def test_an_outlets_edition_code_is_no_part_of_its_name(line: str, outlet: str) -> None:
    header = parse_header(line, normalize_line(line), Rules.default())
    assert header is not None and header.outlet == outlet


@pytest.mark.parametrize("line", ["Apple (AAPL)", "Last Week in Review", "Last Month", "Last week"])
def test_lines_like_an_edition_or_a_day_word_that_are_no_header(line: str) -> None:
    assert parse_header(line, normalize_line(line), Rules.default()) is None


@pytest.mark.parametrize(
    ("line", "outlet", "author"),
    [
        ("Jane Doe · Reporter · 3h", None, "Jane Doe"),
        ("3h · Jane Doe · Senior Analyst", None, "Jane Doe"),
        ("Reuters · Jane Doe · Staff Writer · 3h", "Reuters", "Jane Doe"),
        ("Energy Correspondent · 3h", None, None),
        ("The Hollywood Reporter · 3h", "The Hollywood Reporter", None),  # a catalogued outlet
    ],
)
def test_a_role_beside_a_name_in_a_header_makes_the_name_its_author(
    line: str, outlet: str | None, author: str | None
) -> None:
    """A reporter's role in a header line (`data/byline_roles.txt`) is neither an outlet nor
    furniture to keep: the name before it is the author's, not the outlet's."""
    header = parse_header(line, normalize_line(line), Rules.default())
    assert header is not None and (header.outlet, header.author) == (outlet, author)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("BBC News, Dover", "BBC News"), ("Reuters, London", "Reuters"), ("Reuters, Sydney, Australia", None)],
)
def test_an_outlet_with_its_dateline_place(line: str, outlet: str | None) -> None:
    """The BBC prints "BBC News, Dover" under the author: a catalogued outlet, a comma and a place."""
    header = parse_header(line, normalize_line(line), Rules.default())
    assert (header.outlet if header is not None else None) == outlet


def test_a_photographers_credit_is_no_labelled_outlet() -> None:
    """ "Wenjie Zheng / Shutterstock" under a picture: the agency's credit is no kicker that makes
    the photographer's name an outlet (found when the bare agency credit became a catalog pattern)."""
    line = "Phoenix Sky Harbor International AirportWenjie Zheng / Shutterstock"
    header = parse_header(line, normalize_line(line), Rules.default())
    assert header is None or header.outlet is None
