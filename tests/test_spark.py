"""cleandump.spark in Spark local mode: same results as the single-machine API and DedupIndex.

Skipped when pyspark or Java is missing; CI installs the `spark` extra and runs these.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

from pyspark.sql import SparkSession

import cleandump
from cleandump.spark import clean_dataframe, dedup_dataframe, signed64

from helpers import WORDS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers must import this cleandump
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # no host-name lookup (it can stall a JVM's start)
    session = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_clean_dataframe_matches_the_api(spark: SparkSession) -> None:
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.txt"))]
    rows = clean_dataframe(spark.createDataFrame(texts, ["id", "text"])).collect()
    assert len(rows) == len(texts)
    for row, (_, text) in zip(sorted(rows, key=lambda r: r.id), texts, strict=True):
        want = cleandump.clean_text(text)
        assert row.error is None
        if want.main is None:
            assert row.main is None
        else:
            assert (row.main.title, list(row.main.paragraphs)) == (want.main.title, list(want.main.paragraphs))
            assert row.main.content_hash == want.main.hashes.content
            assert row.main.simhash == signed64(want.main.hashes.simhash)
        assert [r.title for r in row.related] == [a.title for a in want.related]


def test_clean_dataframe_takes_site_rules_and_each_rows_own_fields(spark: SparkSession) -> None:
    """A site's rules reach the executors; each row's url, title and fetch time are its own (a
    bad fetch time is that row's error, not the job's)."""
    dump = (
        "Flurble your zonks today\nHarbour ferry timetable changes for the winter\n"
        "The ferry operator said on Monday that crossings would run later this week, after a storm.\n"
        "Passengers were told to check the new times online before they travel to the island.\n"
        "Reuters\n2 hours ago\nA second story about the bridge\n"
        "The council voted to repair the old bridge before the summer season begins next year.\n"
    )
    site = cleandump.Rules.default().extend(learned=["Flurble your zonks today"])
    rows = [
        ("a", dump, "https://example.org/a", "Harbour ferry timetable changes for the winter", "2026-11-28T12:00:00Z"),
        ("b", dump, None, None, "not a time"),
    ]
    df = spark.createDataFrame(rows, ["id", "text", "url", "title", "fetched_at"])
    got = {
        r.id: r
        for r in clean_dataframe(
            df, rules=site, url_col="url", title_col="title", fetched_at_col="fetched_at"
        ).collect()
    }
    want = cleandump.clean_text(
        dump,
        rules=site,
        url="https://example.org/a",
        fetched_at="2026-11-28T12:00:00Z",
        title="Harbour ferry timetable changes for the winter",
    )
    assert got["a"].error is None and want.main is not None and want.related
    assert (got["a"].main.title, got["a"].main.url) == (want.main.title, "https://example.org/a")
    assert [r.published for r in got["a"].related] == [a.to_dict()["published"] for a in want.related]
    assert got["a"].related[0].published == "2026-11-28T10:00:00+00:00"
    assert '"rule": "learned"' in got["a"].removed and "Flurble your zonks today" in got["a"].removed
    assert got["b"].error is not None and "not a time" in got["b"].error


def corpus() -> list[tuple[str, str]]:
    rng = random.Random(3)
    docs = []
    for i in range(12):
        body = " ".join(rng.choice(WORDS + [f"w{i}x{j}" for j in range(40)]) for _ in range(150))
        docs.append((f"o{i:02d}", body))
        if i % 3 == 0:
            docs.append((f"n{i:02d}", body.upper().replace(" ", "  ")))  # exact after normalisation
        if i % 3 == 1:
            words = body.split()
            words[20] = "changed"
            docs.append((f"m{i:02d}", " ".join(words)))  # near
        if i % 4 == 0:
            docs.append((f"t{i:02d}", " ".join(body.split()[:35])))  # teaser
    return docs


def test_dedup_dataframe_agrees_with_dedup_index(spark: SparkSession) -> None:
    docs = corpus()
    pairs, groups = dedup_dataframe(spark.createDataFrame(docs, ["id", "text"]))
    got = {r.id: r.group for r in groups.collect()}
    assert got == cleandump.dedup.duplicate_groups(docs)
    kinds = {(r.a, r.b): r.kind for r in pairs.collect()}
    assert kinds[("n00", "o00")] == "exact" and kinds[("m01", "o01")] == "near"
    assert kinds[("o04", "t04")] == "teaser"
    assert got["o02"] == "o02" and got["o05"] == "o05"  # no copies: alone
