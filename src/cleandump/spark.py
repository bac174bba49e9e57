"""cleandump on Apache Spark (`pip install 'cleandump[spark]'`): cleaning and dedup of DataFrames.

- `clean_dataframe(df, text_col="text", html_col=None)`: the contract's fields as columns, computed
  by a vectorised pandas UDF (Arrow batches), one `cleandump.clean` per row.
- `dedup_dataframe(df, text_col="text", id_col="id")`: exact, near and teaser duplicates across the
  whole DataFrame with the same signatures, LSH bands and verification as `DedupIndex`: band keys
  -> candidate pairs (a join on equal keys) -> verification (`cleandump.dedup.compare`) ->
  connected components (iterative smallest-id propagation). Returns the verified pairs and a
  group id per row; `DedupIndex` gives the same groups on the same data (tested).
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T
from pyspark.sql.functions import pandas_udf

from .batch import Options, clean_record
from .dedup import LEAD_PERMS, Signature, band_keys, compare
from .inputs import Record
from .pipeline import default_rules
from .rules import Rules
from .timeago import parse_fetched_at

__all__ = ["ARTICLE_SCHEMA", "RESULT_SCHEMA", "clean_dataframe", "dedup_dataframe", "signed64"]

ARTICLE_SCHEMA = T.StructType(
    [
        T.StructField("title", T.StringType()),
        T.StructField("paragraphs", T.ArrayType(T.StringType())),
        T.StructField("text", T.StringType()),
        T.StructField("outlet", T.StringType()),
        T.StructField("time_ago", T.StringType()),
        T.StructField("published", T.StringType()),  # ISO-8601, as in the JSON contract
        T.StructField("url", T.StringType()),
        T.StructField("author", T.StringType()),
        T.StructField("content_hash", T.StringType()),
        T.StructField("simhash", T.LongType()),  # the 64-bit value as a signed long (`signed64`)
    ]
)
RESULT_SCHEMA = T.StructType(
    [
        T.StructField("main", ARTICLE_SCHEMA),
        T.StructField("related", T.ArrayType(ARTICLE_SCHEMA)),
        T.StructField("removed", T.StringType()),  # the contract's `removed` list as JSON text
        T.StructField("error", T.StringType()),
    ]
)


def signed64(value: int) -> int:
    """An unsigned 64-bit hash as the signed long Spark stores (two's complement)."""
    return value - (1 << 64) if value >= 1 << 63 else value


def _article(a: Any) -> dict[str, Any] | None:
    if a is None:
        return None
    d = a.to_dict()
    return {
        **{k: d[k] for k in ("title", "paragraphs", "text", "outlet", "time_ago", "published", "url")},
        "author": a.author,
        "content_hash": a.hashes.content,
        "simhash": signed64(a.hashes.simhash),
    }


def _clean_one(
    text: Any, html: Any, options: Options, url: Any = None, title: Any = None, fetched: Any = None
) -> dict[str, Any]:
    """One row through `batch.clean_record`: the CLI's failure policy, so a broken row is an error."""
    data, kind = (html, "html") if isinstance(html, str) else (text, "text")
    if not isinstance(data, str):
        return {"main": None, "related": [], "removed": "[]", "error": "no text or html in this row"}
    rec = Record(data, "spark", kind=kind, url=_text(url), title=_text(title), fetched_at=_text(fetched))
    result = clean_record(rec, options).result
    removed = json.dumps(result.to_dict()["removed"], ensure_ascii=False)
    return {
        "main": _article(result.main),
        "related": [_article(a) for a in result.related],
        "removed": removed,
        "error": result.error,
    }


def _text(value: Any) -> str | None:
    """A cell's string, or None for a null (pandas gives None or NaN)."""
    return value if isinstance(value, str) and value else None


def clean_dataframe(
    df: DataFrame,
    text_col: str | None = "text",
    html_col: str | None = None,
    *,
    fetched_at: str | None = None,
    rules: Rules | None = None,
    url_col: str | None = None,
    title_col: str | None = None,
    fetched_at_col: str | None = None,
) -> DataFrame:
    """`df` plus the columns `main`, `related`, `removed` (JSON) and `error` (`RESULT_SCHEMA`).

    Rows are cleaned as HTML when `html_col` holds a string, else as text from `text_col`, with
    `rules` (default: the built-in catalog; e.g. a site's learned rules, shipped to the executors
    with the function) and what each row says of itself, as a JSONL record does for `clean`: its
    address (`url_col`), title (`title_col`) and fetch time (`fetched_at_col`, ISO-8601; else
    `fetched_at` for every row). A row whose fetch time cannot be read gets an `error`.
    """

    fetched = parse_fetched_at(fetched_at)  # a bad value fails here, on the driver, clearly

    @pandas_udf(RESULT_SCHEMA)
    def _udf(texts: pd.Series, htmls: pd.Series, urls: pd.Series, titles: pd.Series, times: pd.Series) -> pd.DataFrame:
        options = Options(rules or default_rules(), fetched)
        cells = zip(texts, htmls, urls, titles, times, strict=True)
        rows = [_clean_one(t, h, options, u, ti, f) for t, h, u, ti, f in cells]
        return pd.DataFrame(rows, columns=["main", "related", "removed", "error"])

    def column(name: str | None) -> Any:
        return F.col(name) if name else F.lit(None).cast("string")

    cols = (text_col, html_col, url_col, title_col, fetched_at_col)
    out = df.withColumn("_cleandump", _udf(*map(column, cols)))
    return out.select("*", "_cleandump.*").drop("_cleandump")


_SIG_SCHEMA = T.StructType(
    [
        T.StructField("digest", T.BinaryType()),
        T.StructField("size", T.IntegerType()),
        T.StructField("full", T.BinaryType()),
        T.StructField("lead", T.BinaryType()),
        T.StructField("bands", T.ArrayType(T.LongType())),
    ]
)


def _signature(sig: Signature, bands: int, rows: int) -> dict[str, Any]:
    keys = band_keys(sig.full[None, :], sig.lead[None, :], bands, rows)[0]
    salted = [int(k) | (i << 32) for i, k in enumerate(keys.tolist())]  # band number kept apart
    return {
        "digest": sig.digest,
        "size": sig.size,
        "full": sig.full.tobytes(),
        "lead": sig.lead.tobytes(),
        "bands": salted,
    }


def _from_row(digest: bytes, size: int, full: bytes, lead: bytes) -> Signature:
    return Signature(
        bytes(digest), int(size), np.frombuffer(full, np.uint8), np.frombuffer(lead, np.uint16)[:LEAD_PERMS]
    )


def dedup_dataframe(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    *,
    threshold: float = 0.5,
    containment: float = 0.6,
    bands: int = 24,
    rows: int = 5,
    max_iterations: int = 50,
) -> tuple[DataFrame, DataFrame]:
    """(pairs, groups): verified duplicate pairs (`a`, `b`, `kind`, `similarity`; `a` < `b`) and
    `id`, `group` for every row (`group` = the smallest id of its connected component)."""

    @pandas_udf(_SIG_SCHEMA)
    def _sig_udf(texts: pd.Series) -> pd.DataFrame:
        out = [_signature(Signature.of(t if isinstance(t, str) else ""), bands, rows) for t in texts]
        return pd.DataFrame(out, columns=["digest", "size", "full", "lead", "bands"])

    sigs = df.select(F.col(id_col).cast("string").alias("id"), _sig_udf(F.col(text_col)).alias("s")).select("id", "s.*")
    sigs = sigs.cache()
    keyed = sigs.select("id", F.explode("bands").alias("band"))
    cand = (
        keyed.alias("x")
        .join(keyed.alias("y"), on="band")
        .where(F.col("x.id") < F.col("y.id"))
        .select(F.col("x.id").alias("a"), F.col("y.id").alias("b"))
        .distinct()
    )
    left = sigs.select(*(F.col(c).alias(f"a_{c}") for c in ("id", "digest", "size", "full", "lead")))
    right = sigs.select(*(F.col(c).alias(f"b_{c}") for c in ("id", "digest", "size", "full", "lead")))
    joined = cand.join(left, cand.a == left.a_id).join(right, cand.b == right.b_id)
    verdict = T.StructType([T.StructField("kind", T.StringType()), T.StructField("similarity", T.DoubleType())])

    @pandas_udf(verdict)
    def _verify(
        ad: pd.Series, asz: pd.Series, af: pd.Series, al: pd.Series,
        bd: pd.Series, bsz: pd.Series, bf: pd.Series, bl: pd.Series,
    ) -> pd.DataFrame:  # fmt: skip
        out = []
        for row in zip(ad, asz, af, al, bd, bsz, bf, bl, strict=True):
            kind, score = compare(_from_row(*row[:4]), _from_row(*row[4:]), threshold, containment)
            out.append((kind, score))
        return pd.DataFrame(out, columns=["kind", "similarity"])

    cols = [f"{side}_{c}" for side in "ab" for c in ("digest", "size", "full", "lead")]
    pairs = (
        joined.select("a", "b", _verify(*(F.col(c) for c in cols)).alias("v"))
        .where(F.col("v.kind").isNotNull())
        .select("a", "b", "v.kind", "v.similarity")
        .cache()
    )
    return pairs, _components(sigs.select("id"), pairs, max_iterations)


def _components(ids: DataFrame, pairs: DataFrame, max_iterations: int) -> DataFrame:
    """Connected components by smallest-label propagation over the pair edges."""
    edges = pairs.select("a", "b").union(pairs.select(F.col("b").alias("a"), F.col("a").alias("b"))).cache()
    labels = ids.withColumn("group", F.col("id")).cache()
    for _ in range(max_iterations):
        offered = edges.join(labels, edges.b == labels.id).groupBy("a").agg(F.min("group").alias("offer"))
        updated = (
            labels.join(offered, labels.id == offered.a, "left")
            .select("id", F.least("group", F.coalesce("offer", "group")).alias("group"))
            .cache()
        )
        changed = updated.join(labels.withColumnRenamed("group", "old"), "id").where(F.col("group") != F.col("old"))
        if changed.limit(1).count() == 0:
            return updated
        labels = updated
    return labels
