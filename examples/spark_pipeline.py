"""Clean and deduplicate a JSONL crawl with Spark (local mode here; the same code runs on a cluster).

    pip install 'cleandump[spark]'
    python examples/spark_pipeline.py crawl.jsonl out/        # rows with "id" and "text" (or "html")
    python examples/spark_pipeline.py crawl.jsonl out/ site-rules.json   # with a site's rules (`clean learn`)

Rows may also carry "url", "title" and "fetched_at" (ISO-8601), as `clean`'s JSONL records do.
Writes `out/articles.parquet` (one row per input: the contract's fields as columns) and
`out/groups.parquet` (id -> duplicate group, the smallest id of the group).
"""

from __future__ import annotations

import os
import sys

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from cleandump import Rules
from cleandump.spark import clean_dataframe, dedup_dataframe


def main(src: str, out: str, rules_path: str | None = None) -> None:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers need this environment's cleandump
    spark = SparkSession.builder.master(os.environ.get("SPARK_MASTER", "local[*]")).getOrCreate()
    raw = spark.read.json(src)
    html_col = "html" if "html" in raw.columns else None
    text_col = "text" if "text" in raw.columns else None
    rules = Rules.load(rules_path) if rules_path else None  # added to the built-in catalog
    own = {f"{name}_col": name for name in ("url", "title", "fetched_at") if name in raw.columns}
    articles = clean_dataframe(raw, text_col=text_col, html_col=html_col, rules=rules, **own)
    articles.write.mode("overwrite").parquet(f"{out}/articles.parquet")
    mains = articles.where(F.col("main").isNotNull()).select("id", F.col("main.text").alias("text"))
    pairs, groups = dedup_dataframe(mains, text_col="text", id_col="id")
    groups.write.mode("overwrite").parquet(f"{out}/groups.parquet")
    sizes = groups.groupBy("group").count().where("count > 1")
    print(f"{articles.count()} records, {pairs.count()} duplicate pairs, {sizes.count()} groups of duplicates")
    spark.stop()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
