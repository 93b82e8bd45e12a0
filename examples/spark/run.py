#!/usr/bin/env python3
"""Run chancery over a JSON Lines corpus under Apache Spark, and write the result as Parquet.

Each Spark partition is piped through one `chancery extract --input-format jsonl -` process
(RDD.pipe): chancery reads one record per line and writes one contract line per record, in
order, so the output lines line up with the input lines; a record that fails comes out as
{"id", "error"} and is kept, not lost. The documents are then flattened into a DataFrame
(one row per document; events, entities and quotes as nested lists) and written to Parquet.

    python3 examples/spark/run.py --input corpus.jsonl --output out.parquet \
        [--chancery target/release/chancery] [--partitions 2]

Needs pyspark (pip install pyspark) and Java 17 or newer. Runs Spark in local[2] mode.
"""

import argparse
import json
import os
import shlex
import shutil
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", required=True, help="JSON Lines corpus: one {id, url, html|text, …} per line")
    ap.add_argument("--output", required=True, help="Parquet folder to write (replaced)")
    ap.add_argument("--chancery", default="chancery", help="path of the chancery binary")
    ap.add_argument("--partitions", type=int, default=2)
    args = ap.parse_args()

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    from pyspark.sql import types as T

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("chancery-extract")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        lines = spark.sparkContext.textFile(args.input, args.partitions)
        # One chancery process per partition, records in and contract lines out, in order.
        command = [os.path.abspath(args.chancery) if os.path.sep in args.chancery else args.chancery,
                   "extract", "--input-format", "jsonl", "-"]
        out = lines.filter(lambda l: l.strip() != "").pipe(shlex.join(command))

        def row(line: str):
            d = json.loads(line)
            if "error" in d and "text" not in d:
                return (d.get("id"), None, None, None, None, None, None, 0, [], [], [], d["error"])
            return (
                d.get("id"),
                d.get("record_id"),
                d.get("path"),
                d.get("lang"),
                d.get("title"),
                d.get("published"),
                d.get("publisher"),
                len(d.get("text") or ""),
                [e["name"] for e in d.get("entities", [])],
                [s["name"] for s in d.get("speakers", [])],
                [json.dumps(e, ensure_ascii=False) for e in d.get("events", [])],
                None,
            )

        schema = T.StructType([
            T.StructField("id", T.StringType()),
            T.StructField("record_id", T.StringType()),
            T.StructField("path", T.StringType()),
            T.StructField("lang", T.StringType()),
            T.StructField("title", T.StringType()),
            T.StructField("published", T.StringType()),
            T.StructField("publisher", T.StringType()),
            T.StructField("text_chars", T.LongType()),
            T.StructField("entities", T.ArrayType(T.StringType())),
            T.StructField("speakers", T.ArrayType(T.StringType())),
            T.StructField("events", T.ArrayType(T.StringType())),
            T.StructField("error", T.StringType()),
        ])
        df = spark.createDataFrame(out.map(row), schema)
        if os.path.exists(args.output):
            shutil.rmtree(args.output)
        df.write.parquet(args.output)
        back = spark.read.parquet(args.output)
        total = back.count()
        errors = back.filter(back.error.isNotNull()).count()
        inputs = lines.filter(lambda l: l.strip() != "").count()
        print(json.dumps({"input_records": inputs, "rows": total, "errors": errors}))
        return 0 if total == inputs else 1
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
