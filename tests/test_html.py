"""HTML input: furniture removed with element paths, metadata read from the page."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

import cleandump

PARA = "The council approved the new budget on Tuesday after a long debate about school funding and roads."

PAGE = f"""<!doctype html><html><head><title>Budget passes | City Times</title>
<meta property="og:site_name" content="City Times">
<link rel="canonical" href="https://citytimes.test/budget">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Council passes budget", "author": {{"@type": "Person", "name": "Ana Ruiz"}},
 "datePublished": "2025-03-04T09:30:00Z"}}</script></head>
<body><header><a href="/">Home</a><ul><li>Local news</li><li>Sport pages</li></ul></header>
<nav class="menu"><a>Weather reports</a></nav>
<main><article><header><h1>Council passes budget</h1></header>
<p>{PARA}</p><div class="share-tools">Share on Facebook</div><p>{PARA.replace("Tuesday", "Monday")}</p>
</article></main>
<aside class="sidebar"><h3>Most read stories</h3><p>Another story title that is long enough to look real.</p></aside>
<footer>Contact the newsroom at any time of day</footer></body></html>"""


def test_furniture_removed_with_paths() -> None:
    result = cleandump.clean_html(PAGE)
    assert result.main is not None and len(result.main.paragraphs) == 2
    chrome = {r.text: r for r in result.removed if r.rule == "html-chrome"}
    assert {"Local news", "Weather reports", "Contact the newsroom at any time of day"} <= set(chrome)
    assert "Share on Facebook" in {r.text for r in result.removed}
    assert all(r.line is None and r.path for r in result.removed)
    assert "footer" in chrome["Contact the newsroom at any time of day"].path


def test_metadata_from_json_ld_and_meta_tags() -> None:
    main = cleandump.clean_html(PAGE).main
    assert main is not None
    assert main.title == "Council passes budget"
    assert main.author == "Ana Ruiz"
    assert main.published == datetime(2025, 3, 4, 9, 30, tzinfo=timezone.utc)
    assert main.outlet == "City Times"
    assert main.url == "https://citytimes.test/budget"


def test_content_container_with_furniture_class_is_kept() -> None:
    paras = "".join(f"<p>Paragraph {i}: {PARA}</p>" for i in range(4))
    html = f'<html><body><div class="layout-with-sidebar"><h1>Title here</h1>{paras}</div></body></html>'
    main = cleandump.clean_html(html).main
    assert main is not None and len(main.paragraphs) == 4


def test_header_inside_article_is_not_furniture() -> None:
    html = f"<html><body><article><header><h1>Storm hits the coast</h1></header><p>{PARA}</p></article></body></html>"
    main = cleandump.clean_html(html).main
    assert main is not None and main.title == "Storm hits the coast"


def test_broken_json_ld_and_odd_dates_do_not_crash() -> None:
    html = (
        '<html><head><script type="application/ld+json">{not json</script>'
        '<meta property="article:published_time" content="yesterday-ish"></head>'
        f"<body><h1>Headline</h1><p>{PARA}</p></body></html>"
    )
    main = cleandump.clean_html(html).main
    assert main is not None and main.published is None and main.title == "Headline"


def test_link_lists_removed_but_linked_words_in_prose_kept() -> None:
    html = (
        "<html><body><div><a href='/a'>World</a> <a href='/b'>Business news</a> <a href='/c'>Sport</a></div>"
        f"<h1>Budget passes</h1><p>{PARA} See <a href='/x'>the report</a> for details.</p>"
        f"<p>{PARA.replace('Tuesday', 'Friday')}</p>{_story(4)}</body></html>"
    )
    result = cleandump.clean_html(html)
    assert result.main is not None and any("the report" in p for p in result.main.paragraphs)
    assert [r.rule for r in result.removed if r.text.startswith("World")] == ["html-links"]


def test_teaser_block_links_become_related_articles() -> None:
    html = (
        f"<html><body><article><h1>Budget passes</h1><p>{PARA}</p></article>"
        "<section class='related-stories'><h2>Related</h2>"
        "<a href='/2025/storm'>Storm closes the harbour for three days</a> <a href='/more'>More</a>"
        "<a href='https://other.test/x'>School board delays the vote again</a></section></body></html>"
    )
    result = cleandump.clean_html(html, url="https://citytimes.test/budget")
    assert [(a.title, a.url) for a in result.related] == [
        ("Storm closes the harbour for three days", "https://citytimes.test/2025/storm"),
        ("School board delays the vote again", "https://other.test/x"),
    ]
    assert all(a.role == "related" and a.hashes for a in result.related)
    assert result.main is not None and "Storm" not in result.main.text
    assert any(r.rule == "html-chrome" and "Storm closes" in r.text for r in result.removed)


def test_trafilatura_can_choose_the_main_text() -> None:
    article = "".join(f"<p>Paragraph {i}: {PARA}</p>" for i in range(5))
    html = (
        "<html><body><div class='top'>Weekly puzzle corner with prizes for everyone who enters it today.</div>"
        f"<article><h1>Budget passes</h1>{article}</article></body></html>"
    )
    config = cleandump.Config(html_main="trafilatura")
    result = cleandump.clean_html(html, config=config)
    assert result.main is not None and len(result.main.paragraphs) == 5
    assert any(r.rule == "html-not-main" and "puzzle" in r.text for r in result.removed)


def test_bad_html_main_option_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="html_main"):
        cleandump.clean_html("<p>x</p>", config=cleandump.Config(html_main="magic"))


TEASER_PAGE = """<html><body><article><h1>Main story headline here</h1>
<p>This is the first paragraph of the main story, long enough to count as real prose for the extractor.</p>
<p>Second paragraph of the story with more words to read and more facts to report here today.</p></article>
<aside class="related"><h2>Related Articles</h2>
<div class="card"><a href="/a">Court finds the council broke its own rules</a><span>Harbour Gazette</span>
<time datetime="2025-07-09T11:00:00Z">an hour ago</time>
<p>The appeals court ruled on Wednesday that the council had ignored its own planning rules.</p></div>
<div class="card"><a href="https://other.example/b">Mayor to meet union leaders on Friday, aides say</a>
<span>Valley Post · 2 hours ago</span></div>
</aside></body></html>"""


def test_teaser_cards_give_outlet_time_summary_and_url() -> None:
    result = cleandump.clean_html(TEASER_PAGE, url="https://site.example/news/x", fetched_at="2025-07-09T12:00:00Z")
    assert result.main is not None and "Court finds" not in result.main.text
    first, second = result.related
    assert (first.outlet, first.time_ago, first.url) == ("Harbour Gazette", "an hour ago", "https://site.example/a")
    assert first.published == datetime(2025, 7, 9, 11, tzinfo=timezone.utc)  # from <time datetime>
    assert first.paragraphs[0].startswith("The appeals court ruled on Wednesday") and len(first.paragraphs) == 1
    assert (second.outlet, second.time_ago, second.url) == ("Valley Post", "2 hours ago", "https://other.example/b")
    assert second.published == datetime(2025, 7, 9, 10, tzinfo=timezone.utc)  # fetch time - 2 h
    assert second.paragraphs == () and second.hashes.content != first.hashes.content


HARBOUR = [
    "The harbour board agreed on Monday to dredge the outer channel before the winter storms arrive.",
    "Engineers said the work would take six weeks and keep the ferry running on its normal timetable.",
    "Fishing crews welcomed the decision but asked for the dredged silt to be taken well out to sea.",
    "The board will publish the contract and the environmental survey on its website next month.",
]


@pytest.mark.parametrize("fit", [True, False])
def test_text_inside_the_article_element_comes_back_after_a_long_link_box(fit: bool) -> None:
    links = "".join(f"<li><a href='/s{i}'>Story number {i} headline</a></li>" for i in range(25))
    html = f"""<html><body><nav><a href='/'>Home</a></nav><div class="page"><article>
    <h1>Harbour to be dredged before winter</h1><p>{HARBOUR[0]} {HARBOUR[1]}</p><p>{HARBOUR[2]}</p>
    {_story(4)}
    <ul>{links}</ul><p>{HARBOUR[3]}</p></article><div class="sidebar-box"><p>Sign up to our newsletter
    to get the morning briefing in your inbox every day.</p></div></div></body></html>"""
    main = cleandump.clean_html(html, config=cleandump.Config(html_container=fit)).main
    assert main is not None
    # the line stages alone stop at the box; the <article> element holds the last paragraph too
    assert (HARBOUR[3] in main.paragraphs) is fit
    assert not any("newsletter" in p for p in main.paragraphs)


@pytest.mark.parametrize("fit", [True, False])
def test_subheads_and_list_items_inside_the_article_element_come_back(fit: bool) -> None:
    """A "Don't Miss:" link box reads as a related section's heading, so the line stages drop the
    subheads and lists after it; inside the article element, between its paragraphs, they return
    (the shop buttons between them stay out, removed by their own rule)."""
    deals = "".join(
        f"<h2>Ferry model {n}</h2><ul>{''.join(f'<li>Feature {k} of ferry {n}</li>' for k in range(6))}</ul>"
        f"<div class='callout'><a href='/b{n}'>${n}39.00</a><a href='/b{n}'>Buy Now</a></div>"
        for n in range(4)
    )
    html = f"""<html><body><nav><a href='/'>Home</a><a href='/n'>News</a></nav><article>
    <h1>Harbour to be dredged before winter</h1><div class="entry-content"><p>{HARBOUR[0]}</p><p>{HARBOUR[1]}</p>
    <div class="dont-miss"><a href="/x">Don't Miss:</a></div>{deals}<p>{HARBOUR[3]}</p></div></article>
    <footer><p>Contact us</p></footer></body></html>"""
    result = cleandump.clean_html(html, config=cleandump.Config(html_container=fit))
    assert result.main is not None and (HARBOUR[3] in result.main.paragraphs) is fit
    items = [p for p in result.main.paragraphs if p.startswith(("Feature", "Ferry model"))]
    assert len(items) == (28 if fit else 0)
    assert not any("Buy Now" in p for p in result.main.paragraphs)
    removed = {r.text: r.rule for r in result.removed}
    assert fit or removed["Feature 0 of ferry 0"] == "outside-article"


def test_comment_openers_inside_page_furniture_still_end_the_article() -> None:
    # long comments are not furniture (their elements hold prose); their title and headers are
    comment = "I have lived by the harbour for thirty years and the channel has never been this shallow. " * 5
    replies = "".join(
        f'<li class="comment"><footer class="comment-meta">reader{i} says: November 19, 2019 at 6:{i}4 am</footer>'
        f"<p>{comment}</p></li>"
        for i in range(6)
    )
    html = f"""<html><body><article><h1>Harbour to be dredged before winter</h1>
    {"".join(f"<p>{p}</p>" for p in HARBOUR)}</article><div class="comments-area">
    <h3 class="comments-title">6 responses to “Harbour to be dredged before winter”</h3><ol>{replies}</ol></div>
    </body></html>"""
    main = cleandump.clean_html(html).main
    assert main is not None and list(main.paragraphs) == HARBOUR


@pytest.mark.parametrize("fit", [True, False])
def test_paragraphs_after_an_inner_read_more_heading_stay_in_the_article(fit: bool) -> None:
    html = f"""<html><body><article><h1>Harbour to be dredged before winter</h1>
    <p>{HARBOUR[0]} {HARBOUR[1]}</p><p>{HARBOUR[2]}</p><h3>Read More</h3><p>{HARBOUR[3]}</p></article>
    <aside><a href="/a">Other news one</a></aside></body></html>"""
    result = cleandump.clean_html(html, config=cleandump.Config(html_container=fit))
    assert result.main is not None
    # the text stages read "Read More" as a related block's heading; the <article> says otherwise
    assert (HARBOUR[3] in result.main.paragraphs) is fit
    assert all(HARBOUR[3] not in a.paragraphs for a in result.related) is fit


@pytest.mark.parametrize("fit", [True, False])
def test_marked_article_body_parts_hold_the_article(fit: bool) -> None:
    teaser = "Subscribers also enjoyed our long read about the lighthouse keepers of the northern isles last winter."
    html = f"""<html><body><div class="page"><h1>Harbour to be dredged before winter</h1>
    <div class="article__body"><p>{HARBOUR[0]}</p><p>{HARBOUR[1]}</p></div><div class="ad-slot">Ad</div>
    <div class="article__body"><p>{HARBOUR[2]}</p><p>{HARBOUR[3]}</p></div>
    <div class="after"><p>{teaser}</p></div></div><footer>Contact us</footer></body></html>"""
    main = cleandump.clean_html(html, config=cleandump.Config(html_container=fit)).main
    assert main is not None and all(p in main.paragraphs for p in HARBOUR)
    # a paragraph after the article's marked parts goes with the container; the lines alone keep it
    assert (teaser in main.paragraphs) is not fit


def _story(n: int) -> str:
    return "".join(f"<p>Paragraph {i}: {PARA}</p>" for i in range(n))


def test_an_unclosed_button_does_not_swallow_the_page() -> None:
    """libxml2 nests the rest of the page inside a `<button>` whose `<div>` child breaks it."""
    html = (
        '<html><body><header role="banner"><button class="menu-button"><div class="inner"><div></button></div>'
        f"<main><article><h1>Council passes budget</h1>{_story(6)}</article></main></header></body></html>"
    )
    main = cleandump.clean_html(html).main
    assert main is not None and len(main.paragraphs) == 6


def test_a_thread_kept_for_readers_without_scripts_is_read() -> None:
    posts = "".join(
        f'<div class="post"><span class="author">user{i}</span><p>Post {i}: {PARA}</p></div>' for i in range(6)
    )
    html = f"<html><body><div id='app'>Loading</div><noscript><h1>Budget thread</h1>{posts}</noscript></body></html>"
    result = cleandump.clean_html(html)
    text = result.main.text if result.main else " ".join(a.text for a in result.related)
    assert text.count("council approved") >= 6


def test_hidden_text_is_read_only_when_it_is_the_page() -> None:
    """A `hidden` element holding the story (server-rendered, moved in place by scripts) is read;
    a closed tab, and anything hidden by style or aria-hidden that is not most of the page, is not."""
    long = f"<html><body><h1>Budget</h1><div hidden id='S:0'><article>{_story(20)}</article></div></body></html>"
    main = cleandump.clean_html(long).main
    assert main is not None and len(main.paragraphs) == 20
    tab = "".join(
        f"<p>Ships within {d} days from our warehouse and returns are free for thirty days.</p>" for d in range(8)
    )
    shown = f"<html><body><article><h1>Budget</h1>{_story(8)}</article>"
    for hidden in (
        f"<div hidden>{tab}</div>",
        f"<div style='display: none'>{_story(8)}</div>",
        f"<div aria-hidden='true'>{_story(8)}</div>",
    ):
        html = shown + hidden.replace("council", "committee") + "</body></html>"
        main = cleandump.clean_html(html).main
        assert main is not None and "committee" not in main.text and "warehouse" not in main.text


def test_an_element_hidden_by_style_that_holds_most_of_the_page_is_read() -> None:
    """A page whose scripts show its content late (a catalogue's cards in a `display: none` div,
    no paragraphs at all) is read from that element; a dialog holding a copy of the story (a
    "republish this article" box) is not, however long it is."""
    cards = "".join(
        f"<div class='card'><a href='/i/{k}'>Vintage brass compass number {k} with case</a>"
        f"<span>US ${k}.99</span><span>Free delivery</span></div>"
        for k in range(30)
    )
    html = (
        f"<html><body><div class='top'><a href='/'>Home</a></div><div style='display:none'>{cards}</div></body></html>"
    )
    result = cleandump.clean_html(html)
    assert result.main is not None and "compass number 17" in result.main.text
    shown = f"<html><body><article><h1>Budget</h1>{_story(3)}</article>"
    copy = _story(20).replace("council", "committee")
    for attrs in ("role='dialog'", "aria-modal='true'"):
        main = cleandump.clean_html(f"{shown}<div style='display:none' {attrs}>{copy}</div></body></html>").main
        assert main is not None and "council" in main.text and "committee" not in main.text
    main = cleandump.clean_html(f"{shown}<div style='display:none'>{copy}</div></body></html>").main
    assert main is not None and "committee" in main.text  # not a dialog: it is most of the page


@pytest.mark.parametrize("word", ["has", "with"])
def test_a_layout_that_has_a_sidebar_is_not_the_sidebar(word: str) -> None:
    """ "o-layout has-sidebar" names a layout with a sidebar in it: its list of stories (cards
    without a paragraph, so no prose to vouch for it) is the page, while the sidebar itself is
    furniture."""
    teasers = "".join(
        f"<article class='c-card'><h2><a href='/s/{k}'>Hotel group sells {k + 2} properties for a record sum</a></h2>"
        f"<div>The group sold {k + 2} hotels with {k * 40 + 100} rooms in four states this quarter, it said.</div>"
        f"<div>Ana Ruiz | {k + 1} days ago</div></article>"
        for k in range(8)
    )
    html = (
        f"<html><body><div class='o-layout {word}-sidebar'><div class='o-layout__main'><h1>Latest news</h1>{teasers}"
        "</div><div class='sidebar'><p>Subscribe to our daily newsletter for the latest deals.</p></div></div>"
        "</body></html>"
    )
    result = cleandump.clean_html(html)
    kept = " ".join(f"{a.title} {a.text}" for a in result.articles)
    assert "Hotel group sells 5 properties" in kept and "sold 7 hotels" in kept and "Subscribe" not in kept
    assert any(r.rule == "html-chrome" and "Subscribe" in r.text for r in result.removed)


def test_a_page_made_of_links_keeps_them() -> None:
    """Link lines are navigation on an article page, but on a page without an article (a list of
    job offers, a catalogue) they are the content. (The article page says it is one: a page that
    neither says nor marks it, its text a short introduction to the list, is read as the
    introduction and its records, see `test_a_category_pages_records_after_its_introduction_are_its_text`.)"""
    jobs = [
        "Senior Backend Engineer at Northwind",
        "Data Platform Engineer at Bluebird Labs",
        "Frontend Developer at Cortes Studio",
        "Site Reliability Engineer at Walter Group",
        "Machine Learning Engineer at Sticker Works",
        "Product Designer at Harbor Health",
    ]
    items = "".join(f'<tr><td><a href="/jobs/{i}">{job}</a></td><td>Remote</td></tr>' for i, job in enumerate(jobs))
    html = f'<html><body><nav><a href="/">Home</a></nav><h1>Remote jobs</h1><table>{items}</table></body></html>'
    result = cleandump.clean_html(html)
    assert result.main is not None
    assert all(job in result.main.text for job in jobs)
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Remote jobs"}</script>'
    article = html.replace("<body>", f"<head>{ld}</head><body>").replace("<table>", f"<p>{PARA}</p>" * 8 + "<table>")
    main = cleandump.clean_html(article).main
    assert main is not None and PARA in main.text and not any(job in main.text for job in jobs)


def test_a_negated_class_word_is_not_furniture() -> None:
    html = (
        '<html><body><div id="content" class="wsite-elements wsite-not-footer"><h2>Treadmill repair</h2>'
        f"<div>{PARA}</div><div>{HARBOUR[0]}</div><div>{HARBOUR[1]}</div></div>"
        '<div class="wsite-footer">Call us any day of the week for a quote on repairs</div></body></html>'
    )
    result = cleandump.clean_html(html)
    assert result.main is not None and PARA in result.main.text and HARBOUR[1] in result.main.text
    assert "Call us" not in result.main.text


def test_a_table_is_never_the_articles_container() -> None:
    """When the line stages took an article's intro and the first rows of its table (the rest of
    the page's prose inside the same <article>), the container is the article, not the table:
    fitting to the table would drop the intro."""
    from cleandump.classify import classify, revise
    from cleandump.container import fit_to_container
    from cleandump.features import document_stopwords, line_features
    from cleandump.segment import Draft

    intro = [
        f"Intro {i}: the first step to running product search is a feed of every product you sell." for i in range(3)
    ]
    cells = [f"Field {i} holds the value that is copied into the search index for each product." for i in range(8)]
    rest = [
        f"Section {i}: our importer reads the feed every night and reports every row it had to skip." for i in range(6)
    ]
    raw = intro + cells + rest
    rules, config = cleandump.Rules.default(), cleandump.Config()
    stop = document_stopwords(raw, rules)
    verdicts = revise(classify(line_features(raw, rules, stop), rules, config, stop), config)
    article, table = 1, 2  # element numbers: <body> 0 > <article> 1 > <table> 2
    chains = [(0, article)] * len(intro) + [(0, article, table)] * len(cells) + [(0, article)] * len(rest)
    main = Draft("main", None, tuple(verdicts[: len(intro) + len(cells)]), ())
    fitted, removed = fit_to_container([main], [], verdicts, chains, set(), {table})
    assert [v.line.text for v in fitted[0].body][: len(intro)] == intro and not removed
    _, cut = fit_to_container([main], [], verdicts, chains, set())  # the table allowed: it wins
    assert {r.text for r in cut} == set(intro) and {r.rule for r in cut} == {"html-outside-container"}


@pytest.mark.parametrize("fit", [True, False])
def test_a_table_inside_the_article_element_is_part_of_the_article(fit: bool) -> None:
    """A table after the article's last paragraph (a plan, a ranking) is short lines after the
    text: the line stages drop it, its date cells read as time stamps and a column's repeated
    values as repeated lines. Inside the <article> element all its cells come back, in order;
    a table in the sidebar, outside that element, stays out."""
    weeks = [("Week 1", "Rest", "3 miles", "Nov 3, 2024"), ("Week 2", "Rest", "4 miles", "Nov 10, 2024")]
    rows = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in weeks)
    side = "".join(f"<tr><td>Top story {i}</td><td>{i} hours ago</td></tr>" for i in range(1, 4))
    html = f"""<html><body><nav><a href='/'>Home</a><a href='/n'>News</a></nav><div class="wrap"><article>
    <h1>Harbour to be dredged before winter</h1>{"".join(f"<p>{p}</p>" for p in HARBOUR)}
    <table><thead><tr><th>Week</th><th>Monday</th><th>Tuesday</th><th>Starts</th></tr></thead>{rows}</table>
    </article><aside class="sidebar"><table>{side}</table></aside></div></body></html>"""
    result = cleandump.clean_html(html, config=cleandump.Config(html_container=fit))
    assert result.main is not None
    cells = [c for row in weeks for c in row]
    if fit:
        tail = list(result.main.paragraphs[len(HARBOUR) :])
        assert tail == ["Week", "Monday", "Tuesday", "Starts", *cells]
    else:
        assert not set(cells) & set(result.main.paragraphs)
    assert not any(p.startswith("Top story") for p in result.main.paragraphs)
    assert result.main.published is None or result.main.published.year != 2024  # a cell is not the article's date


def test_a_pictures_caption_is_removed_with_its_own_rule() -> None:
    caption = "The outer channel at low tide last week. Photo: Harbour Board"
    html = f"""<html><body><article><h1>Harbour to be dredged before winter</h1><p>{HARBOUR[0]} {HARBOUR[1]}</p>
    <figure><img src="channel.jpg" alt=""><figcaption>{caption}</figcaption></figure>
    <p>{HARBOUR[2]}</p><p>{HARBOUR[3]}</p></article></body></html>"""
    result = cleandump.clean_html(html)
    assert result.main is not None and not any("low tide" in p for p in result.main.paragraphs)
    assert HARBOUR[2] in result.main.paragraphs
    gone = next(r for r in result.removed if r.text == caption)
    assert gone.rule == "html-caption" and gone.line is None and gone.path and gone.path.endswith("figcaption")


def _ld_page(description: str, body: str = '<div id="app"></div>') -> str:
    data = json.dumps(
        {"@context": "https://schema.org", "@type": "Product", "name": "Harbour Roast", "description": description}
    )
    return f"""<html><head><title>Harbour Roast</title><script type="application/ld+json">{data}</script></head>
    <body><header><nav><a href="/">Shop</a><a href="/cart">Cart</a></nav></header>{body}</body></html>"""


def test_a_page_rendered_by_a_script_gets_the_article_its_json_ld_states() -> None:
    description = f"<p>{HARBOUR[0]} {HARBOUR[1]}</p><p>{HARBOUR[2]}</p>"
    result = cleandump.clean_html(_ld_page(description))
    assert result.main is not None and result.main.paragraphs == (f"{HARBOUR[0]} {HARBOUR[1]}", HARBOUR[2])
    assert result.main.title == "Harbour Roast" and result.main.hashes is not None
    assert result.to_dict()["main_source"] == "json-ld"


def test_a_script_rendered_page_without_json_ld_gets_its_meta_description() -> None:
    """A forum rendered by a script, whose HTML holds only a splash screen: with no JSON-LD, the
    description its meta tags give (the first post's opening) is the article of last resort,
    and the result says where it came from."""
    description = f"{HARBOUR[0]} {HARBOUR[1]}"
    html = f"""<html><head><title>Harbour Roast - Coffee Forum</title>
    <meta property="og:description" content="{description}"></head>
    <body><section id="splash"><div class="dots"></div></section><noscript>Enable JavaScript</noscript></body></html>"""
    result = cleandump.clean_html(html)
    assert result.main is not None and result.main.paragraphs == (description,)
    assert result.to_dict()["main_source"] == "meta-description"
    short = cleandump.clean_html(html.replace(description, "Dark roast coffee, 1 kg bag."))
    assert short.main is None  # under 30 words: not an article


def test_json_ld_text_is_only_a_last_resort() -> None:
    article = f"<article><h1>Harbour Roast</h1>{''.join(f'<p>{p}</p>' for p in HARBOUR)}</article>"
    own = cleandump.clean_html(
        _ld_page("A short blurb about a coffee that is not the page's text at all. " * 4, article)
    )
    assert own.main is not None and list(own.main.paragraphs) == HARBOUR and "main_source" not in own.extra
    short = cleandump.clean_html(_ld_page("Dark roast coffee, 1 kg bag."))
    assert short.main is None  # under 30 words: not an article


FOOTNOTE = (
    "The calendar above was published by the series in January, and the organiser may change it as it usually does."
)
NOTICE = (
    "Note: comments with unreadable text or that lack respect for other readers will not be approved by the moderator."
)


@pytest.mark.parametrize("marked", [True, False])
def test_a_marked_article_body_of_short_lines_comes_back_whole(marked: bool) -> None:
    """A calendar page: the article body is a list of short dated lines, no run of prose for the
    line stages, which took its footnote and a notice outside it for the article's text.
    When the page marks the element as the article's body, its lines come back; in an unmarked
    element only those between its paragraphs would."""
    from cleandump.classify import classify, revise
    from cleandump.container import OUTSIDE_CONTAINER, fit_to_container
    from cleandump.features import document_stopwords, line_features
    from cleandump.segment import OUTSIDE, Draft, removal

    races = [
        f"Round {n}: {d} – {track}"
        for n, (d, track) in enumerate(
            [
                ("10 March", "Interlagos"),
                ("8 April", "Curitiba"),
                ("22 April", "Velopark"),
                ("6 May", "Londrina"),
                ("20 May", "Santa Cruz"),
                ("5 August", "Goiania"),
                ("9 September", "Cascavel"),
            ],
            1,
        )
    ]
    raw = ["The season's calendar", *races, FOOTNOTE, NOTICE]
    rules, config = cleandump.Rules.default(), cleandump.Config()
    stop = document_stopwords(raw, rules)
    verdicts = revise(classify(line_features(raw, rules, stop), rules, config, stop), config)
    body, col = 1, 2  # element numbers: <body> 0 > <div class=articleBody> 1; <div class=col> 2
    chains = [(0, body)] * (len(raw) - 1) + [(0, col)]
    main = Draft("main", None, tuple(verdicts[-2:]), ())
    removed = [removal(v, OUTSIDE) for v in verdicts[:-2]]
    fitted, out = fit_to_container([main], removed, verdicts, chains, {body} if marked else set())
    kept = [v.line.text for v in fitted[0].body]
    assert (kept == raw[:-1]) is marked
    assert any(r.rule == OUTSIDE_CONTAINER.id and r.text == NOTICE for r in out) is marked


def test_a_standings_table_keeps_its_repeated_values_when_the_page_reads_as_a_listing() -> None:
    """A standings page is a heading, a short line and a table: no run of prose, so the line
    stages read it as a listing and keep each distinct line once. The table inside the page's
    article body is data: its columns repeat values ("0", "1"), and every cell comes back."""
    first = ["Kyle", "Martin", "Kevin", "Denny", "Joey", "Ryan", "Chase", "Alex"]
    last = ["Busch", "Truex", "Harvick", "Hamlin", "Logano", "Blaney", "Elliott", "Bowman"]
    rows = [
        (str(k + 1), f"{first[k % 8]} {last[(3 * k + k // 8) % 8]}", str(5040 - 7 * k), str(k % 2), str(k % 3))
        for k in range(20)
    ]
    head = ("Pos.", "Driver", "Points", "Wins", "Poles")
    table = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in [head, *rows])
    html = f"""<html><body><nav><a href="/">Home</a><a href="/f1">F1</a></nav><div class="principal">
    <div class="articleBody"><h1>Cup Series standings</h1><p>Standings after the last race:</p>
    <table>{table}</table></div></div><footer><p>Contact us</p></footer></body></html>"""
    main = cleandump.clean_html(html).main
    assert main is not None
    at = list(main.paragraphs).index("Pos.")
    assert list(main.paragraphs)[at:] == [c for row in [head, *rows] for c in row]


@pytest.mark.parametrize("bio_words", [12, 200])
def test_a_teaser_split_off_inside_the_article_element_comes_back_without_what_spills_out(bio_words: int) -> None:
    """A table cell read as a teaser's header cut the article in two, and the second "card" ran
    on past the article's element into the author's bio. It is the article's text up to there:
    merged back, the bio left out. When most of the card lies outside, it stays a card."""
    from cleandump.classify import classify, revise
    from cleandump.container import OUTSIDE_CONTAINER, fit_to_container
    from cleandump.features import document_stopwords, line_features
    from cleandump.segment import Draft

    first = [f"Part one, paragraph {i}: the watch tracks a run by satellite and logs its pace." for i in range(6)]
    second = [f"Part two, paragraph {i}: the battery lasts for a week of daily training runs." for i in range(10)]
    bio = " ".join(["Jane is a gear editor who has tested watches on the trails for years."] * (bio_words // 12))
    raw = [*first, *second, bio]
    rules, config = cleandump.Rules.default(), cleandump.Config()
    stop = document_stopwords(raw, rules)
    verdicts = revise(classify(line_features(raw, rules, stop), rules, config, stop), config)
    article, author_box = 1, 2  # element numbers: <body> 0 > <article> 1; <div class=bio> 2
    chains = [(0, article)] * (len(first) + len(second)) + [(0, author_box)]
    main = Draft("main", None, tuple(verdicts[: len(first)]), ())
    card = Draft("related", None, tuple(verdicts[len(first) :]), ())
    fitted, removed = fit_to_container([main, card], [], verdicts, chains, set())
    merged = bio_words < 100
    assert [v.line.text for v in fitted[0].body] == (first + second if merged else first)
    assert len(fitted) == (1 if merged else 2)
    assert any(r.rule == OUTSIDE_CONTAINER.id and r.text == bio for r in removed) is merged


def test_paragraphs_marked_one_by_one_make_the_element_around_them_the_container() -> None:
    """Medium marks every paragraph as post body ("pw-post-body-paragraph"), not the body: the
    subheads and list items between the marked paragraphs are the article's too."""
    para = [f'<p class="pw-post-body-paragraph">{HARBOUR[i % 4]} ({i})</p>' for i in range(6)]
    items = ["Dredge the outer channel first", "Keep the ferry on its timetable", "Take the silt well out to sea"]
    html = f"""<html><body><nav><a href="/">Home</a></nav><article><div class="section">
    <h1>Harbour to be dredged before winter</h1>{"".join(para[:3])}<h2>What the board decided</h2>
    <ul>{"".join(f"<li>{i}</li>" for i in items)}</ul>{"".join(para[3:])}</div></article>
    <div class="recommended"><p>More from the author: a long read about the lighthouse keepers of the isles.</p>
    </div></body></html>"""
    main = cleandump.clean_html(html).main
    assert main is not None
    assert [p for p in main.paragraphs if p in items] == items
    assert "What the board decided" in main.paragraphs


@pytest.mark.parametrize("box", ["modal", "modal-dialog", "signup-form"])
def test_a_modal_sign_up_box_is_furniture(box: str) -> None:
    """A shop's e-mail offer in a modal (not hidden in the saved page) holds more short lines
    than the product's own description: as furniture it is not the page's article."""
    offer = [
        "Stop Right There. Hold Up!",
        "Start Saving Now",
        "Enter your email for 15% off your order.",
        "Your 15% off will be applied in checkout!",
        "Please enter a valid email.",
        "No thanks, I'll pay full price.",
    ]
    product = [
        "Classic percale sheets, crisp and cool, woven from long-staple cotton for hot sleepers.",
        "Our fitted sheets fit mattresses up to 16 inches deep; 12 to 16 inches fit best.",
    ]
    html = f"""<html><body><div id="overlayModal"><div class="{box}">{"".join(f"<p>{o}</p>" for o in offer)}</div></div>
    <main><h1>Classic Percale Core Sheet Set</h1>{"".join(f"<p>{p}</p>" for p in product)}</main></body></html>"""
    result = cleandump.clean_html(html)
    assert result.main is not None and list(result.main.paragraphs) == product
    assert {r.rule for r in result.removed if r.text in offer} == {"html-chrome"}


@pytest.mark.parametrize("ident", ["S:0", "S:1b", "tab-2"])
def test_parts_of_a_streamed_page_waiting_in_hidden_divs_are_read(ident: str) -> None:
    """React's streamed rendering sends each part of the page in a `<div hidden id="S:n">` that a
    script moves into place: the page's text, however short each part. Another hidden element
    this short is a closed tab and stays out."""
    html = f"""<html><body><nav><a href="/">Home</a></nav><main><h1>Harbour to be dredged before winter</h1>
    <div id="B:0"></div></main><div hidden id="{ident}"><div class="prose">{"".join(f"<p>{p}</p>" for p in HARBOUR)}
    </div></div></body></html>"""
    main = cleandump.clean_html(html).main
    streamed = ident.startswith("S:")
    assert (main is not None and list(main.paragraphs) == HARBOUR) is streamed


@pytest.mark.parametrize("wrapper", ['<div class="nav-expanded layout">', '<div class="sidebar-shell">', "<aside>"])
def test_the_pages_main_element_is_never_furniture(wrapper: str) -> None:
    """A `<main>` (or `role="main"`) inside an element named like furniture (an app shell whose
    class says "nav-expanded") is the page's content: its text is not removed with the wrapper."""
    end = "</aside>" if wrapper == "<aside>" else "</div>"
    for main in ("<main>", '<div role="main">'):
        close = "</main>" if main == "<main>" else "</div>"
        html = (
            f"<html><body>{wrapper}<ul><li><a href='/a'>Home</a></li><li><a href='/b'>Popular</a></li></ul>"
            f"{main}<h1>Regulator warns of satellite ban</h1><p>{PARA}</p><p>{HARBOUR[0]}</p>{close}{end}"
            "</body></html>"
        )
        result = cleandump.clean_html(html)
        assert result.main is not None and PARA in result.main.text and HARBOUR[0] in result.main.text
        chrome = {r.text for r in result.removed if r.rule == "html-chrome"}
        assert "Popular" in chrome and PARA not in chrome


def test_a_wrapper_named_like_furniture_that_holds_most_of_the_page_is_content() -> None:
    """A class word is a guess: "secondary-sticky-nav" around a product page's sections holds the
    page, so it is not furniture, while its own small menu still is. A `<footer>` is the page's
    own word and stays furniture even when its site map outweighs the article."""
    sections = "".join(
        f"<h2>Feature {k}</h2><div>Run code on demand in {k + 2} regions and pay only for the time it runs.</div>"
        for k in range(12)
    )
    html = (
        "<html><body><div class='secondary-sticky-nav'><ul class='nav'><li><a href='/o'>Overview</a></li>"
        f"<li><a href='/p'>Pricing</a></li></ul><h1>Functions</h1>{sections}</div></body></html>"
    )
    result = cleandump.clean_html(html)
    assert result.main is not None and "in 9 regions" in result.main.text
    assert {"Overview", "Pricing"} <= {r.text for r in result.removed if r.rule == "html-chrome"}
    site_map = "".join(f"<li><a href='/s/{k}'>Section number {k} of the site</a></li>" for k in range(80))
    page = (
        f"<html><body><article><h1>Budget</h1>{_story(3)}</article><footer><ul>{site_map}</ul></footer></body></html>"
    )
    result = cleandump.clean_html(page)
    assert result.main is not None and "Section number 5" not in result.main.text
    assert any(r.rule == "html-chrome" and r.text == "Section number 5 of the site" for r in result.removed)


@pytest.mark.parametrize(
    ("panel", "hidden"),
    [
        ("accordion-content", "style='display:none'"),
        ("collapse", "style='display:none'"),
        ("faq-answer", "style='display:none'"),
        ("accordion-inner", "aria-hidden='true'"),
    ],
)
def test_a_collapsed_panel_of_the_article_is_read(panel: str, hidden: str) -> None:
    """Steps and answers folded into an accordion (hidden by style, or by aria-hidden, until a
    reader opens them) are the article's text; a closed sign-up modal hidden the same way is not."""
    steps = "".join(
        f"<div class='accordion'><h3>Week {k}</h3><div class='{panel}' {hidden}>"
        + "".join(f"<p>Step {k}.{j}: {line} Crews report on week {k} progress.</p>" for j, line in enumerate(HARBOUR))
        + "</div></div>"
        for k in range(1, 5)
    )
    modal = (
        f"<div class='signup-box' style='display:none'><p>{HARBOUR[0].replace('harbour', 'club')}</p>{_story(3)}</div>"
    )
    html = f"<html><body><article><h1>Dredging plan</h1><p>{PARA}</p>{steps}</article>{modal}</body></html>"
    main = cleandump.clean_html(html).main
    assert main is not None and "Step 3.1:" in main.text and "club board" not in main.text


def test_a_listing_whose_records_hold_link_lines_is_read_whole() -> None:
    """A list of papers: each record's authors are a line of links, which the HTML path takes
    for navigation, and the run of records broke at every one of them, so the page's main text
    was one or two records. A page that reads as a listing is read again with its link lines."""
    topics = ["graph search", "sparse attention", "robot grasping", "protein folding", "speech coding"]
    names = ["Ana Silva", "Bo Chen", "Carla Diaz", "Dev Patel", "Eva Novak", "Femi Ade", "Gus Berg"]
    records = "".join(
        f"""<dt>[{k + 1}] <a href="/abs/{k}">arXiv:2603.{5000 + k}</a> [<a href="/pdf/{k}">pdf</a>]</dt>
        <dd><div class="list-title">Title: Notes on {topics[k % 5]} for case {k + 1}</div>
        <div class="list-authors"><a href="/a/{k}">{names[k % 7]}</a>,
        <a href="/a/{k + 1}">{names[(k + 3) % 7]}</a></div>
        <div class="list-subjects">Subjects: Artificial Intelligence (cs.AI)</div></dd>"""
        for k in range(24)
    )
    html = f"""<html><body><header><a href="/">Home</a> <a href="/help">Help</a></header>
    <div id="content"><h1>Artificial Intelligence</h1><h2>Recent submissions</h2><dl>{records}</dl></div>
    <footer><a href="/about">About</a> <a href="/contact">Contact</a></footer></body></html>"""
    main = cleandump.clean_html(html).main
    assert main is not None
    titles = [p for p in main.paragraphs if p.startswith("Title: ")]
    assert len(titles) == 24


def test_markup_after_a_stray_closing_html_tag_is_read() -> None:
    """A page whose shell closes (`</html>`) before its article is printed: the parser puts the
    rest in a second top-level element, which a walk from the document's root never reached,
    so the article was lost without a trace (no text, no removal)."""
    paras = [PARA, PARA.replace("Tuesday", "Monday"), PARA.replace("roads", "bridges")]
    shell = (
        '<!doctype html><html><head><title>Budget passes</title></head><body><nav><a href="/">Home</a></nav>'
        "</body></html>"
    )
    page = shell + '<div class="post"><h1>Budget passes</h1>' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"
    result = cleandump.clean_html(page)
    assert result.main is not None and list(result.main.paragraphs) == paras


def test_a_hero_named_teaser_that_holds_the_pages_headline_is_its_content() -> None:
    """A landing page's hero section whose class says "teaser" (the site's name for any card)
    holds the page's `<h1>` and its lead: the page's own content, not a block of other stories.
    A teaser block without the headline is still one."""
    lead = "Bring together every conversation with your customers in one place and answer them faster than before."
    page = (
        "<html><body><nav><a href='/'>Home</a></nav>"
        f"<section class='teaser-8bd8b65ebf'><h1>The complete customer service solution</h1><p>{lead}</p></section>"
        f"<div class='content'><p>{PARA}</p><p>{PARA.replace('Tuesday', 'Monday')}</p></div>"
        "<section class='teaser-f6624c8481'><a href='/agents'>AI agents that answer for you</a></section>"
        "</body></html>"
    )
    result = cleandump.clean_html(page)
    assert result.main is not None and lead in result.main.paragraphs
    assert [a.title for a in result.related] == ["AI agents that answer for you"]


def test_a_furniture_named_holder_of_the_pages_headline_and_text_is_its_content() -> None:
    """A shop wraps a product's headline and description in a "sticky navbar" holder: the page's
    `<h1>`, which its `<title>` repeats, and a paragraph make it content. A dialog with its own
    `<h1>` ("Your privacy settings") under a furniture name stays furniture."""
    blurb = (
        "Engineered as a warm and packable insulation layer for climbers, this jacket keeps its warmth "
        "even when wet and packs into its own chest pocket, ready for a cold belay."
    )
    consent = (
        "We use cookies and similar technologies to remember your settings, measure how our pages "
        "are used and show you offers that suit you."
    )
    page = (
        "<html><head><title>Nano Puff Jacket | Outdoor Shop</title></head><body>"
        "<div class='offer-holder offer-holder-sticky-navbar'><h1>Nano Puff Jacket</h1>"
        f"<div class='product-description'><p>{blurb}</p></div></div>"
        f"<div class='content'><p>{PARA}</p></div>"
        f"<div class='navbar-modal'><h1>Your privacy settings</h1><p>{consent}</p></div>"
        "</body></html>"
    )
    result = cleandump.clean_html(page)
    assert result.main is not None and blurb in result.main.paragraphs
    assert consent not in result.main.paragraphs
    assert any(r.text == consent and r.rule == "html-chrome" for r in result.removed)


def test_a_feeds_linked_headlines_over_their_summaries_are_its_cards_titles() -> None:
    """A blog's front page: its editor's note, then cards of a date, a linked headline and a
    summary. The headline is a line all in a link, but over an unlinked summary it is the card's
    title, not a list of links: the cards come out as articles with their titles, as from a dump."""
    stories = [
        ("Council approves the new budget for schools", "The council approved the new budget on Tuesday"),
        ("Ferry timetable changes for the winter season", "Ferries across the strait will sail less often"),
        ("Storm closes the coastal road for two days", "Engineers closed the coastal road after the storm"),
        ("Library opens a second branch in the old mill", "The town library opened its second branch today"),
    ]
    cards = "".join(
        f"<div class='c-{k}'><div>March {k + 2}, 2026</div><h2><a href='/s/{k}'>{title}</a></h2>"
        f"<p>{lead} after a long debate about what the town can afford and what it cannot.</p></div>"
        for k, (title, lead) in enumerate(stories)
    )
    note = [
        "Cargo ships were rerouted around the north of Scotland on Tuesday after storms closed the strait "
        "for a second day, and the ferries that serve the town were kept in port until the wind dropped.",
        "The closure, the longest in more than a decade, delayed deliveries of fuel and food to the harbour, "
        "and the shops on the quay ran short of bread and milk by the end of the week.",
        "Forecasters expect the winds to ease on Wednesday evening, when the coastguard will decide whether "
        "to reopen the lanes, and the council will meet to count the cost of the storm.",
    ]
    intro = "".join(f"<p>{p}</p>" for p in note)
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='intro'><h1>This week in town</h1>{intro}</div><div class='feed'>{cards}</div></body></html>"
    )
    result = cleandump.clean_html(page)
    got = [a.title for a in result.related]
    assert got == [title for title, _ in stories]
    assert not any(r.rule == "html-links" and r.text in got for r in result.removed)


def test_a_tables_linked_cells_inside_the_article_element_are_its_data() -> None:
    """A list article's table of names, each linked to its page (a list of laureates): the
    cells are links, but in a table inside the <article> element they are the article's data,
    not the site's navigation, and come back with the other cells. Links outside it stay out."""
    names = [("1901", "Wilhelm Röntgen", "Physics"), ("1902", "Hendrik Lorentz", "Physics")]
    names += [("1903", "Marie Curie", "Physics"), ("1911", "Marie Curie", "Chemistry")]
    rows = "".join(
        f"<tr><td>{y}</td><td><a href='/wiki/{n.split()[-1]}'>{n}</a></td><td>{f}</td></tr>" for y, n, f in names
    )
    text = [*HARBOUR, PARA, PARA.replace("Tuesday", "Monday"), PARA.replace("Tuesday", "Friday")]
    html = f"""<html><body><nav><a href='/'>Home</a><a href='/n'>News</a></nav><div class="wrap"><article>
    <h1>Prize winners by year</h1>{"".join(f"<p>{p}</p>" for p in text)}
    <table><thead><tr><th>Year</th><th>Laureate</th><th>Field</th></tr></thead>{rows}</table>
    </article><div class="more"><a href='/a'>Another list of prize winners by country</a></div></div></body></html>"""
    result = cleandump.clean_html(html)
    assert result.main is not None
    assert list(result.main.paragraphs[len(text) :]) == [
        "Year",
        "Laureate",
        "Field",
        *[c for row in names for c in row],
    ]
    assert "Another list of prize winners by country" not in result.main.paragraphs


def test_sections_named_as_skip_link_targets_are_content() -> None:
    """A blog names each section of its article "skip-item" (the targets of its jump links). The
    class word "skip" is no furniture: the skip link itself ("Skip to content") is caught by
    the phrase catalog, and the sections are the article."""
    sections = "".join(
        f"<div id='topic{k}' class='skip-item'><h2>Part {k}</h2><p>{p}</p></div>" for k, p in enumerate(HARBOUR)
    )
    page = (
        "<html><body><a class='skip-link' href='#main'>Skip to content</a><nav><a href='/'>Home</a></nav>"
        f"<div id='main'><h1>Harbour to be dredged before winter</h1>{sections}</div></body></html>"
    )
    result = cleandump.clean_html(page)
    assert result.main is not None
    assert [p for p in result.main.paragraphs if p in HARBOUR] == HARBOUR
    assert "Skip to content" not in result.main.paragraphs


def _commented_page(kind_markup: str, article: bool = True) -> str:
    """An article (or, without `article`, just a title) followed by six long readers' comments,
    each an `<article class="comment">` of prose, under the page's own statement of its kind."""
    comment = "I have lived by the harbour for thirty years and the channel has never been this shallow. " * 5
    posts = "".join(
        f'<article id="comment-{i}" class="comment"><footer class="comment-meta"><b>reader{i}</b>'
        f'<time>November 19, 2019</time></footer><div class="comment-content"><p>{comment}</p>'
        f"<p>Posted from the quay, comment number {i}.</p></div></article>"
        for i in range(6)
    )
    body = "".join(f"<p>{p}</p>" for p in HARBOUR) if article else ""
    return f"""<html><head>{kind_markup}</head><body><main><h1>Harbour to be dredged before winter</h1>
    {body}<section id="comments"><ol>{posts}</ol></section></main></body></html>"""


def test_readers_comments_under_an_article_are_not_its_text() -> None:
    """On a page that says it is an article (og:type, JSON-LD), readers' comments are removed as
    `html-comment` however much prose they hold (long ones used to read as the article's text)."""
    result = cleandump.clean_html(_commented_page('<meta property="og:type" content="article">'))
    assert result.main is not None and list(result.main.paragraphs) == HARBOUR
    assert "html-comment" in {r.rule for r in result.removed}


def test_a_threads_posts_named_comments_are_its_text() -> None:
    """A page that says it is a discussion (or says nothing) keeps its posts, whatever their
    class; and an article page whose only text is in "comments" (a link aggregator's
    discussion) is read with them rather than left empty."""
    thread = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "x"}</script>'
    for markup, article in ((thread, True), ("", True), ('<meta property="og:type" content="article">', False)):
        result = cleandump.clean_html(_commented_page(markup, article))
        assert result.main is not None
        assert any("never been this shallow" in p for p in result.main.paragraphs), markup
        assert "html-comment" not in {r.rule for r in result.removed}


def test_a_discussions_short_posts_named_comments_are_its_text() -> None:
    """On a page that declares itself a discussion (JSON-LD `DiscussionForumPosting`), posts in
    elements named as comments are the page's text however short each is; on a page that says
    nothing, such short comments stay furniture."""
    post = "Does anyone know what the two clips inside the new case are for? The manual says nothing."
    posts = "".join(
        f'<article class="comment"><h3>member{i}</h3><div class="comment-content"><p>{post} ({i})</p></div></article>'
        for i in range(4)
    )
    ld = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "New case"}</script>'
    page = (
        '<html><head>{}</head><body><main><h1>New case</h1><p>{}</p><div class="thread">{}</div></main></body></html>'
    )
    intro = "Posted in Cases and Cooling by a member of the hardware club, who asks about a new case."
    thread = cleandump.clean_html(page.format(ld, intro, posts))
    assert thread.main is not None and sum(post in p for p in thread.main.paragraphs) == 4
    plain = cleandump.clean_html(page.format("", intro, posts))
    assert plain.main is None or not any(post in p for p in plain.main.paragraphs)


def _category_page(kind: str | None) -> str:
    """A shop's category page: a headline, an introduction, then a grid of products."""
    intro = (
        "The ergonomic mesh office chairs in this category include designs with mesh backs and padded "
        "seats, as well as all-mesh task chairs. Before choosing one, consider whether you need a padded "
        "seat for long days at the desk or a full mesh seat that stays cool in a warm office."
    )
    colours = ["Black", "Grey", "Blue", "Red", "White", "Green"]
    cards = "".join(
        f'<li class="product"><h3>Example {name} Mesh Chair in {colour}</h3>'
        f'<span class="price">${199 + 20 * k}.00</span><a href="/p/{k}">View product</a></li>'
        for k, (name, colour) in enumerate(
            (name, colour) for name in ["Task", "Executive", "Drafting", "Conference", "Guest"] for colour in colours
        )
    )
    ld = f'<script type="application/ld+json">{{"@type": "{kind}", "headline": "Mesh Office Chairs"}}</script>'
    return f"""<html><head><title>Mesh Office Chairs</title>{ld if kind else ""}</head><body>
    <nav><a href="/">Home</a><a href="/chairs">Chairs</a></nav>
    <div class="category-header"><h1>Mesh Office Chairs</h1><div class="description"><p>{intro}</p></div></div>
    <div class="category-products"><ul class="grid">{cards}</ul></div>
    <footer><a href="/privacy">Privacy Policy</a></footer></body></html>"""


def test_a_category_pages_records_after_its_introduction_are_its_text() -> None:
    """An introduction followed by the records it introduces, which outweigh it: the page is a
    collection, and its main text is the introduction and the records together. An article's
    page (it says so in its JSON-LD) keeps its prose alone."""
    result = cleandump.clean_html(_category_page(None))
    assert result.main is not None
    assert any(p.startswith("The ergonomic mesh office chairs") for p in result.main.paragraphs)
    assert sum("Mesh Chair in" in p for p in result.main.paragraphs) == 30
    article = cleandump.clean_html(_category_page("Article"))
    assert article.main is not None and not any("Mesh Chair in" in p for p in article.main.paragraphs)


def _column_page(card_header: tuple[str, str]) -> str:
    """An article and, in the same column, under a "Related Articles" heading, two cards: classes
    that name nothing (a utility-class layout), so only the cards' own header lines tell."""
    story = "".join(f"<p>{line}</p>" for line in HARBOUR[:3])
    cards = "".join(
        f'<div class="c"><div>{card_header[0]}</div><div>{card_header[1]}</div>'
        f'<a href="/s/{k}">Ferry crossing number {k} will run later this week</a>'
        f"<p>The ferry operator said crossing {k} would leave an hour later from Monday because of works.</p></div>"
        for k in range(2)
    )
    return (
        '<html><head><title>Harbour wall</title></head><body><div class="w"><div class="col">'
        f'<h1>Harbour wall to be rebuilt</h1>{story}<div class="x"><h3>Related Articles</h3>{cards}</div>'
        "</div></div></body></html>"
    )


def test_cards_under_a_known_outlet_and_time_stay_out_of_the_articles_column() -> None:
    """Cards headed by a catalogued outlet and a relative time ("Yomiuri Shimbun" / "an hour
    ago") are other stories even inside the element that holds the article: they stay related
    articles, with their outlet and time, and the article keeps its own paragraphs only."""
    result = cleandump.clean_html(_column_page(("Yomiuri Shimbun", "an hour ago")))
    assert result.main is not None and list(result.main.paragraphs) == HARBOUR[:3]
    cards = [(a.title, a.outlet, a.time_ago, len(a.paragraphs)) for a in result.related]
    assert cards == [
        (f"Ferry crossing number {k} will run later this week", "Yomiuri Shimbun", "an hour ago", 1) for k in range(2)
    ]
    # pieces under no catalogued outlet (a forum's "Author" / "Posted ..." over each post) are
    # more of the text in the article's element, as before
    forum = cleandump.clean_html(_column_page(("Author", "Posted October 30, 2025")))
    assert forum.main is not None and len(forum.main.paragraphs) == 5 and not forum.related


def _aside_page(heading: str) -> str:
    cards = "".join(
        f'<li><a href="/c/{k}">Ferry crossing number {k} will run later this week</a><span>Bloomberg</span>'
        f'<time datetime="2026-11-28T0{k}:00:00Z">{k + 1}h</time></li>'
        for k in range(3)
    )
    story = "".join(f"<p>{line}</p>" for line in HARBOUR)
    return (
        "<html><head><title>Harbour wall</title></head><body><main><article><h1>Harbour wall to be rebuilt</h1>"
        f"{story}</article><aside><h2>{heading}</h2><ul>{cards}</ul></aside></main></body></html>"
    )


def test_an_aside_headed_as_other_stories_gives_its_links_as_related_articles() -> None:
    """An `<aside>` whose heading opens a block of other stories ("More on this story", the
    section-heading catalog) lists related articles, with their outlet and time, though no class
    names it; under another heading its links stay furniture."""
    result = cleandump.clean_html(_aside_page("More on this story"))
    assert result.main is not None and list(result.main.paragraphs) == HARBOUR
    cards = [(a.title, a.outlet, a.time_ago, a.url) for a in result.related]
    assert cards == [
        (f"Ferry crossing number {k} will run later this week", "Bloomberg", f"{k + 1}h", f"/c/{k}") for k in range(3)
    ]
    assert not cleandump.clean_html(_aside_page("About the author")).related


def _headed_page(meta: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in HARBOUR)
    return (
        "<html><body><main><div class='story'><h1>Harbour board approves dredging plan</h1>"
        f"<div class='meta'>{meta}</div>{body}</div></main></body></html>"
    )


@pytest.mark.parametrize(
    "meta",
    [
        "<span>Der Spiegel</span> <span>vor 3 Stunden</span>",  # a space between the two elements
        "<span>Der Spiegel</span><span>vor 3 Stunden</span>",  # none: the text alone runs them together
    ],
)
def test_a_header_of_two_elements_gives_the_articles_outlet_and_time(meta: str) -> None:
    """A page without metadata whose header prints a catalogued outlet and a time stamp in two
    elements and no separator: the line is read as the article's outlet and time, as "Der
    Spiegel · vor 3 Stunden" would be (it had been removed as text outside the article)."""
    result = cleandump.clean_html(_headed_page(meta), fetched_at="2026-11-28T12:00:00Z")
    assert result.main is not None and list(result.main.paragraphs) == HARBOUR
    assert (result.main.outlet, result.main.time_ago) == ("Der Spiegel", "vor 3 Stunden")
    assert result.main.published == datetime(2026, 11, 28, 9, tzinfo=timezone.utc)


def test_a_name_and_a_date_in_two_elements_stay_one_line_when_the_name_is_no_outlet() -> None:
    """A forum post's or a feed's "Ram" / "3/17/2021" in two elements is not split into a
    header: only a catalogued outlet's name is (split, such lines cut threads into cards)."""
    result = cleandump.clean_html(_headed_page("<span>Ram Patel</span><span>3/17/2021 at 3:46am</span>"))
    assert result.main is not None and list(result.main.paragraphs) == HARBOUR
    assert result.main.outlet is None
    assert "Ram Patel3/17/2021 at 3:46am" in {r.text for r in result.removed}


def test_a_related_card_whose_title_is_a_link_points_at_it() -> None:
    """Cards under a "Related Articles" heading in a block no class names as related: each card's
    title is a link, and its related article's `url` is that link, resolved against the page's."""
    cards = "".join(
        f"<div class='c'><div><span>{outlet}</span><span>{when}</span></div>"
        f"<a href='/story/{n}'><h3>{title}</h3></a>"
        f"<p>{title}, the port authority said on Friday in a statement.</p></div>"
        for n, (outlet, when, title) in enumerate(
            [
                ("Reuters", "an hour ago", "Ferry operator orders two new ships"),
                ("Kyodo News", "2 hours ago", "Port strike ends after pay deal"),
            ]
        )
    )
    page = (
        "<html><body><div><h1>Harbour board approves dredging plan</h1>"
        + "".join(f"<p>{p}</p>" for p in HARBOUR)
        + f"</div><div><h2>Related Articles</h2>{cards}</div></body></html>"
    )
    result = cleandump.clean_html(page, url="https://site.example/news/dredging")
    assert result.main is not None and list(result.main.paragraphs) == HARBOUR
    got = [(a.title, a.outlet, a.time_ago, a.url) for a in result.related]
    assert got == [
        ("Ferry operator orders two new ships", "Reuters", "an hour ago", "https://site.example/story/0"),
        ("Port strike ends after pay deal", "Kyodo News", "2 hours ago", "https://site.example/story/1"),
    ]


def test_an_authors_name_as_a_link_over_the_date_is_the_byline() -> None:
    """Substack's header: `<a>Maria Lopez</a>` right over `<div>Nov 27, 2026</div>` on an article
    page. The link is the author's name, kept for the header (it had been dropped as link text,
    so the article had no author); on a page that does not declare itself an article (a feed's
    "David Pierce" / "Mar 6") link lines stay links."""
    paragraphs = [
        "Ten-year Treasury yields rose again this week, reaching their highest level since the spring, as "
        "investors weighed stronger economic data.",
        "The move has been sharpest at the long end of the curve, and mortgage rates have followed it up.",
        "Much depends on the next inflation report: if prices keep rising at the current pace, the central bank "
        "is unlikely to cut rates before the summer, and long-term yields could climb further still.",
        "Thirty-year yields rose by a quarter of a point in a month, the largest move since last year's sell-off, "
        "and traders expect the swings to continue until the picture on inflation is clearer.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        "<html><head>{og}<title>Why the bond market is nervous again</title></head><body><article>"
        "<h1>Why the bond market is nervous again</h1><div><a href='/@maria'>Maria Lopez</a>"
        f"<div>Nov 27, 2026</div></div><div>{body}</div></article></body></html>"
    )
    article = cleandump.clean(page.replace("{og}", '<meta property="og:type" content="article">'))
    assert article.main is not None and article.main.author == "Maria Lopez"
    assert list(article.main.paragraphs) == paragraphs
    undeclared = cleandump.clean(page.replace("{og}", ""))
    assert {r.text: r.rule for r in undeclared.removed}.get("Maria Lopez") == "html-links"
