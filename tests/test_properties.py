"""Properties of cleandump, proven on generated dumps (`cleandump.strategies`) and arbitrary input.

`CLEANDUMP_EXAMPLES` sets hypothesis' examples per property (default 60; CI uses the default, a
long local run e.g. 2000). The examples are the same on every run unless `CLEANDUMP_RANDOM=1`
(see `conftest.py`).
"""

from __future__ import annotations

import itertools
import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

import cleandump
from cleandump import InputError, clean, clean_html, clean_text
from cleandump.cli import main
from cleandump.hashing import content_hash, simhash
from cleandump.rules import Rules
from cleandump.strategies import (
    GeneratedDump,
    TruthArticle,
    aggregator_dumps,
    articles,
    as_markdown,
    hard_wrapped,
    site_dumps,
    ui_lines,
)
from cleandump.text import normalize_line

from helpers import assert_accounted

EXAMPLES = int(os.environ.get("CLEANDUMP_EXAMPLES", "60"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],  # no slow "explain"
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
ENDINGS = ("\n", "\r\n", "\r")
DUMPS = aggregator_dumps(related=(0, 3), unseen_ui=True, line_endings=ENDINGS, title_only=True)


def article_text(a: TruthArticle) -> str:
    return "\n\n".join([a.title or "", *a.paragraphs]) + "\n"


@PROPERTY
@given(DUMPS)
def test_line_accounting_always_holds(dump: GeneratedDump) -> None:
    assert_accounted(dump.text, clean_text(dump.text))


@PROPERTY
@given(DUMPS)
def test_main_article_and_teasers_are_found(dump: GeneratedDump) -> None:
    assert dump.main is not None
    # the densest run of text is the main article: one shorter than a teaser after it may read
    # as one more teaser (README, Limits), so the property holds where the main article is longer
    assume(all(len(dump.main.text.split()) > len(t.text.split()) for t in dump.related))
    result = clean_text(dump.text)
    assert result.main is not None
    assert (result.main.title, result.main.paragraphs) == (dump.main.title, dump.main.paragraphs)
    got = [(a.title, a.paragraphs, a.outlet, a.time_ago) for a in result.related]
    assert got == [(t.title, t.paragraphs, t.outlet, t.time_ago) for t in dump.related]


@PROPERTY
@given(aggregator_dumps(related=(0, 3), main_header=None), st.booleans())
def test_the_main_articles_header_gives_its_author_outlet_and_time(dump: GeneratedDump, titled: bool) -> None:
    """A name printed without "By" between the headline and the date is the author, and a known
    outlet's name above it the outlet; neither is taken for the title, whether the caller gives
    the title or not. (Without it, a headed article of under 80 words among headed teasers is one
    more block of a feed: `segment.HEADED_MIN_CORE`.)"""
    assert dump.main is not None
    assume(titled or not dump.related or len(dump.main.text.split()) >= 100)
    result = clean_text(dump.text, title=dump.main.title if titled else None)
    assert result.main is not None
    got = (result.main.title, result.main.author, result.main.outlet, result.main.time_ago)
    assert got == (dump.main.title, dump.main.author, dump.main.outlet, dump.main.time_ago)


WRAPPED = hard_wrapped(aggregator_dumps(related=(0, 3), languages=("english",), title_only=True))


@PROPERTY
@given(WRAPPED)
def test_a_hard_wrapped_dump_gives_back_whole_paragraphs(dump: GeneratedDump) -> None:
    """Lines broken at a fixed width are joined again: the main article's paragraphs are the
    truth's, whole, and every input line is still accounted for. (When almost every break falls
    at a sentence's end the dump is the same as one with a sentence per line, which is not
    joined: `cleandump.wrapped` needs a third of the breaks inside a sentence.)"""
    result = clean_text(dump.text)
    assert_accounted(dump.text, result)
    breaks = [b for a, b in itertools.pairwise(dump.lines) if a.strip() and b.strip()]  # blank lines part blocks
    assume(sum(b[:1].islower() for b in breaks) >= len(breaks) / 3)
    assert result.main is not None and dump.main is not None
    assert (result.main.title, result.main.paragraphs) == (dump.main.title, dump.main.paragraphs)


@PROPERTY
@given(as_markdown(aggregator_dumps(related=(0, 3), unseen_ui=True, title_only=True)))
def test_a_markdown_dump_reads_as_its_text(dump: GeneratedDump) -> None:
    """The same dump saved as markdown (headings, links, a picture, emphasis, escapes) gives the
    same articles as its plain text, and each teaser's url is its title's link."""
    result = clean_text(dump.text)
    assert_accounted(dump.text, result)
    assert result.main is not None and dump.main is not None
    assert (result.main.title, result.main.paragraphs) == (dump.main.title, dump.main.paragraphs)
    got = [(a.title, a.paragraphs, a.outlet, a.time_ago, a.url) for a in result.related]
    assert got == [(t.title, t.paragraphs, t.outlet, t.time_ago, t.url) for t in dump.related]


@PROPERTY
@given(DUMPS)
def test_generated_content_lines_are_never_dropped(dump: GeneratedDump) -> None:
    result = clean_text(dump.text)
    kept = {n for a in result.articles for n in a.lines}
    assert dump.content <= kept, f"dropped content lines {sorted(dump.content - kept)}"


@PROPERTY
@given(DUMPS)
def test_catalog_boilerplate_is_always_dropped(dump: GeneratedDump) -> None:
    result = clean_text(dump.text)
    removed = {r.line for r in result.removed if r.span is None}
    assert dump.catalog_boilerplate <= removed
    texts = "\n".join(a.text for a in result.articles)
    for n in dump.catalog_boilerplate:
        assert dump.lines[n - 1] not in texts.splitlines()


@PROPERTY
@given(articles())
def test_a_clean_article_is_a_fixed_point(article: TruthArticle) -> None:
    first = clean_text(article_text(article))
    assert first.main is not None and not first.removed
    assert (first.main.title, first.main.paragraphs) == (article.title, article.paragraphs)
    again = clean_text(article_text(TruthArticle(first.main.title, first.main.paragraphs)))
    assert again.main is not None and again.main.paragraphs == first.main.paragraphs


@PROPERTY
@given(articles(min_paragraphs=2), st.lists(ui_lines(), min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_inserting_boilerplate_does_not_change_the_main_text(
    article: TruthArticle, ui: list[str], rng: random.Random
) -> None:
    lines = [article.title or "", *article.paragraphs]
    for line in ui:
        lines.insert(rng.randrange(1, len(lines) + 1), line)  # anywhere after the headline
    result = clean_text("\n".join(lines))
    assert result.main is not None
    assert (result.main.title, result.main.paragraphs) == (article.title, article.paragraphs)
    assert {r.text for r in result.removed} == set(ui)


@settings(PROPERTY, suppress_health_check=[*PROPERTY.suppress_health_check, HealthCheck.large_base_example])
@given(site_dumps())  # several whole dumps at the least: learning needs three to learn from
def test_learning_from_a_sites_dumps_removes_its_furniture(
    site: tuple[tuple[GeneratedDump, ...], tuple[str, ...]],
) -> None:
    """Learned from the other dumps of a site, its furniture (invented UI lines no catalog knows)
    is learned and removed from a new dump, and the dump keeps every text line it kept without
    the site's rules that is not itself a recurring line of the site."""
    dumps, furniture = site
    held, train = dumps[0], dumps[1:]
    rules = cleandump.learn(d.text for d in train)
    assert {normalize_line(line) for line in furniture} <= set(rules.learned)
    plain, learned = clean_text(held.text), clean_text(held.text, rules=rules)
    assert_accounted(held.text, learned)
    removed = {r.line for r in learned.removed if r.span is None}
    lines = held.lines
    assert all(n in removed for n, line in enumerate(lines, 1) if line in furniture)
    kept = {normalize_line(p) for a in learned.articles for p in (a.title or "", *a.paragraphs)}
    site = {normalize_line(line) for line in rules.learned}
    for a in plain.articles:
        for text in (a.title or "", *a.paragraphs):
            key = normalize_line(text)
            assert not key or key in kept or key in site, text


#: Rules that a paragraph's clean-up gives: with a learned line gone, the line next to it may
#: read differently (a lead line is no longer followed by the paragraph that repeated it).
_PARAGRAPH_RULES = frozenset({"duplicate-lead", "repeated-line"})


@PROPERTY
@given(DUMPS, st.data())
def test_learned_lines_only_take_text_out(dump: GeneratedDump, data: st.DataObject) -> None:
    """Whatever lines a site's rules learned (headers, headings, titles, paragraphs), they only
    take those lines out of the articles' text: every article keeps its place, outlet, time
    and author, the other lines stay where they were, and every line is still accounted for."""
    shown = sorted({line.strip() for line in dump.lines if line.strip()})
    learned = data.draw(st.lists(st.sampled_from(shown), unique=True, max_size=6))
    keys = {normalize_line(line) for line in learned}
    plain = clean_text(dump.text)
    site = clean_text(dump.text, rules=Rules.default().extend(learned=learned))
    assert_accounted(dump.text, site)
    lines = dump.lines
    for a in site.articles:
        assert not {normalize_line(t) for t in (a.title or "", *a.paragraphs)} & keys
    for r in site.removed:
        if r.rule == "learned":
            assert normalize_line(lines[r.line - 1]) in keys
    # the same articles in the same order (one whose every text line was learned may be gone)
    heads = [(a.role, a.outlet, a.time_ago, a.author) for a in plain.articles]
    for a in site.articles:
        assert (a.role, a.outlet, a.time_ago, a.author) in heads
        heads = heads[heads.index((a.role, a.outlet, a.time_ago, a.author)) + 1 :]
    kept = {n for a in site.articles for n in a.lines}
    again = {r.line for r in site.removed if r.rule in _PARAGRAPH_RULES}
    outside = {r.line for r in site.removed if r.rule == "outside-article"}
    for a in plain.articles:
        gone = all(normalize_line(p) in keys for p in a.paragraphs)  # every text line learned
        for n in a.lines:
            if gone and n in outside:
                continue  # the title of an article gone with its text: reported, not kept
            assert n in kept or n in again or normalize_line(lines[n - 1]) in keys, lines[n - 1]


@PROPERTY
@given(articles(), st.randoms(use_true_random=False))
def test_hashes_ignore_whitespace_case_and_quotes_but_not_words(article: TruthArticle, rng: random.Random) -> None:
    text = "\n\n".join(article.paragraphs)
    variant = text.upper().replace(" ", "  \t").replace("\n\n", "\n \n") + " "
    variant = variant.replace("'", "\u2019").replace(",", " ,")
    assert content_hash(variant) == content_hash(text)
    assert simhash(variant) == simhash(text)
    words = text.split()
    i = rng.randrange(len(words))
    changed = " ".join([*words[:i], words[i] + "q", *words[i + 1 :]])
    assert content_hash(changed) != content_hash(text)


@PROPERTY
@given(DUMPS)
def test_to_dict_round_trips_through_json(dump: GeneratedDump) -> None:
    result = clean_text(dump.text, fetched_at="2025-07-09T12:00:00Z")
    data = result.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert [a["title"] for a in data["articles"]] == [a.title for a in result.articles]


@PROPERTY
@given(aggregator_dumps(related=(0, 2)))
def test_cli_and_api_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str], dump: GeneratedDump) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(dump.text, encoding="utf-8", newline="")
    capsys.readouterr()
    assert main([str(path), "--format", "json", "--input", "text"]) == 0
    from_cli = json.loads(capsys.readouterr().out)
    from_api = clean(path.read_bytes(), kind="text").to_dict()
    from_api["source"] = str(path)
    assert from_cli == from_api


# -- robustness: any input gives a result or a clear error ---------------------------------


def _survives(data: str | bytes, kind: str = "auto") -> None:
    try:
        result = clean(data, kind=kind)  # type: ignore[arg-type]
    except InputError as exc:
        assert str(exc)  # a clear message, not an empty one
        return
    assert isinstance(result, cleandump.CleanResult)
    json.dumps(result.to_dict())


@PROPERTY
@given(st.text(max_size=3000))
def test_any_string_gives_a_result(text: str) -> None:
    _survives(text)
    _survives(text, "text")


@PROPERTY
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_result_or_a_clear_error(data: bytes) -> None:
    _survives(data)


TAGS = st.sampled_from(["div", "p", "a", "article", "nav", "aside", "h1", "li", "ul", "time", "script", "table"])


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    """Random, often broken, markup: unbalanced tags, attributes, text and entities."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(TAGS)
        kind = draw(st.integers(0, 3))
        if kind == 0:
            cls = draw(st.sampled_from(["", ' class="related"', ' class="share"', ' role="navigation"', " hidden"]))
            parts.append(f"<{tag}{cls}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.text(max_size=80)).replace("<", "&lt;"))
    return "".join(parts)


@PROPERTY
@given(html_soup())
def test_any_markup_gives_a_result(markup: str) -> None:
    result = clean_html(markup)
    assert isinstance(result, cleandump.CleanResult)
    json.dumps(result.to_dict())
