"""Registry-scale screening benchmark: berdaya against a plain Python loop, polars
expressions and DuckDB SQL — the same WRSE screening with a reason code per criterion.

    python benchmarks/registry_bench.py                 # 1M and 10M rows
    python benchmarks/registry_bench.py --rows 1000000  # one size

Every engine runs in its own process on the same seeded synthetic registry, so peak memory
(ru_maxrss) is its own; outputs are checked equal on a sample before anything is timed.
The Python loop is timed on --loop-sample rows and reported as rows per second.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

ON = "2024-01-01"
INCOME_LIMIT = 500_000
ADMITTED = ["abandoned", "widowed", "divorced", "never_married"]
COLUMNS = ["eligibility", "sex", "age", "marital", "breadwinner", "income"]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def data(rows: int):
    import berdaya

    return berdaya.registry.synthetic(rows, seed=2024)


def parquet(rows: int) -> str:
    """The registry of `rows` rows as a Parquet file (written once), so that every worker
    starts from the same data and its peak memory is data plus its own work."""
    import pyarrow.parquet as pq

    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"berdaya-registry-{rows}.parquet")
    if not os.path.exists(path):
        pq.write_table(data(rows), path)
    return path


def run_berdaya(table):
    import pyarrow as pa

    import berdaya

    out = berdaya.registry.screen(table, "wrse", on=ON, batch_size=250_000)
    names = ["eligibility", "reason_1_sex", "reason_2_age_between", "reason_3_marital_status_in",
             "reason_4_main_breadwinner", "reason_5_income_below"]
    return pa.table({k: out.column(n) for k, n in zip(COLUMNS, names)})


def run_polars(table):
    import polars as pl

    df = pl.from_arrow(table)
    c = pl.col
    out = df.select(
        sex=pl.when(c("sex").is_null()).then(pl.lit("sex_unknown"))
        .when(c("sex") == "female").then(pl.lit("sex_matches")).otherwise(pl.lit("sex_differs")),
        age=pl.when(c("age").is_null()).then(pl.lit("age_unknown"))
        .when(c("age") < 18).then(pl.lit("age_below_min"))
        .when(c("age") > 59).then(pl.lit("age_above_max")).otherwise(pl.lit("age_in_range")),
        marital=pl.when(c("marital_status").is_null()).then(pl.lit("marital_status_unknown"))
        .when(c("marital_status").is_in(ADMITTED)).then(pl.lit("marital_status_matches"))
        .otherwise(pl.lit("marital_status_differs")),
        breadwinner=pl.when(c("main_breadwinner").is_null()).then(pl.lit("main_breadwinner_unknown"))
        .when(c("main_breadwinner")).then(pl.lit("main_breadwinner")).otherwise(pl.lit("not_main_breadwinner")),
        income=pl.when(c("monthly_income").is_null()).then(pl.lit("income_unknown"))
        .when(c("monthly_income") < INCOME_LIMIT).then(pl.lit("income_below_limit"))
        .otherwise(pl.lit("income_at_or_above_limit")),
    )
    fails = ["sex_differs", "age_below_min", "age_above_max", "marital_status_differs",
             "not_main_breadwinner", "income_at_or_above_limit"]
    reasons = ["sex", "age", "marital", "breadwinner", "income"]
    any_fail = pl.any_horizontal([c(r).is_in(fails) for r in reasons])
    any_unknown = pl.any_horizontal([c(r).str.ends_with("_unknown") for r in reasons])
    out = out.with_columns(
        eligibility=pl.when(any_fail).then(pl.lit("not_eligible"))
        .when(any_unknown).then(pl.lit("undetermined")).otherwise(pl.lit("eligible"))
    )
    return out.select(COLUMNS).to_arrow()


SQL = f"""
with r as (
  select
    case when sex is null then 'sex_unknown' when sex = 'female' then 'sex_matches' else 'sex_differs' end as sex,
    case when age is null then 'age_unknown' when age < 18 then 'age_below_min' when age > 59 then 'age_above_max'
         else 'age_in_range' end as age,
    case when marital_status is null then 'marital_status_unknown'
         when marital_status in ({", ".join(repr(a) for a in ADMITTED)}) then 'marital_status_matches'
         else 'marital_status_differs' end as marital,
    case when main_breadwinner is null then 'main_breadwinner_unknown' when main_breadwinner then 'main_breadwinner'
         else 'not_main_breadwinner' end as breadwinner,
    case when monthly_income is null then 'income_unknown' when monthly_income < {INCOME_LIMIT} then 'income_below_limit'
         else 'income_at_or_above_limit' end as income
  from registry
)
select
  case when sex = 'sex_differs' or age in ('age_below_min', 'age_above_max') or marital = 'marital_status_differs'
            or breadwinner = 'not_main_breadwinner' or income = 'income_at_or_above_limit' then 'not_eligible'
       when sex like '%unknown' or age like '%unknown' or marital like '%unknown' or breadwinner like '%unknown'
            or income like '%unknown' then 'undetermined'
       else 'eligible' end as eligibility,
  sex, age, marital, breadwinner, income
from r
"""


def run_duckdb(table):
    import duckdb

    con = duckdb.connect()
    con.register("registry", table)
    return con.sql(SQL).to_arrow_table()


def run_loop(table):
    import pyarrow as pa

    start = time.perf_counter()
    # Reading the rows into Python is part of the loop's work.
    rows = table.select(["sex", "age", "marital_status", "main_breadwinner", "monthly_income"]).to_pylist()
    out = {k: [] for k in COLUMNS}
    for r in rows:
        sex = "sex_unknown" if r["sex"] is None else ("sex_matches" if r["sex"] == "female" else "sex_differs")
        a = r["age"]
        age = "age_unknown" if a is None else "age_below_min" if a < 18 else "age_above_max" if a > 59 else "age_in_range"
        m = r["marital_status"]
        marital = "marital_status_unknown" if m is None else ("marital_status_matches" if m in ADMITTED else "marital_status_differs")
        b = r["main_breadwinner"]
        bread = "main_breadwinner_unknown" if b is None else ("main_breadwinner" if b else "not_main_breadwinner")
        i = r["monthly_income"]
        income = "income_unknown" if i is None else ("income_below_limit" if i < INCOME_LIMIT else "income_at_or_above_limit")
        reasons = (sex, age, marital, bread, income)
        if any(x in ("sex_differs", "age_below_min", "age_above_max", "marital_status_differs",
                     "not_main_breadwinner", "income_at_or_above_limit") for x in reasons):
            e = "not_eligible"
        elif any(x.endswith("_unknown") for x in reasons):
            e = "undetermined"
        else:
            e = "eligible"
        for k, v in zip(COLUMNS, (e, *reasons)):
            out[k].append(v)
    run_loop.elapsed = time.perf_counter() - start
    return pa.table(out)


ENGINES = {"berdaya": run_berdaya, "polars": run_polars, "duckdb": run_duckdb, "python loop": run_loop}

# ---- attendance compliance: 12 monthly P2K2 meetings per household -------------------------


def attendance_rows(households: int):
    """12 months of attendance for `households` (seeded): about 45 % attendance, as seed 002's
    'tidak lebih dari 50%' suggests; one facilitator per 670 households (40,255 ÷ 60)."""
    import numpy as np
    import pyarrow as pa

    rng = np.random.default_rng(2024)
    n = households * 12
    participant = np.repeat(np.arange(1, households + 1, dtype=np.int64), 12)
    month = np.tile(np.array([202300 + m for m in range(1, 13)], dtype=np.int64), households)
    return pa.table({
        "participant": participant,
        "facilitator": participant // 670,
        "month": month,
        "present": rng.random(n) < 0.45,
        "in_working_hours": rng.random(n) < 0.8,
    })


def att_berdaya(t):
    import berdaya

    people, _ = berdaya.registry.attendance(t, threshold_percent=50.0)
    return people.select(["participant", "sessions", "attended", "months_below"])


def att_polars(t):
    import polars as pl

    df = pl.from_arrow(t)
    monthly = df.group_by(["participant", "month"]).agg(
        s=pl.len(), a=pl.col("present").sum())
    out = monthly.group_by("participant").agg(
        sessions=pl.col("s").sum(), attended=pl.col("a").sum(),
        months_below=((pl.col("a") * 100.0 / pl.col("s")) <= 50.0).sum(),
    ).sort("participant")
    return out.select(["participant", "sessions", "attended", "months_below"]).to_arrow()


def att_duckdb(t):
    import duckdb

    con = duckdb.connect()
    con.register("att", t)
    return con.sql("""
        with m as (select participant, month, count(*) as s, sum(present::int) as a from att group by all)
        select participant, sum(s) as sessions, sum(a) as attended,
               sum(case when a * 100.0 / s <= 50.0 then 1 else 0 end) as months_below
        from m group by participant order by participant""").to_arrow_table()


def att_loop(t):
    start = time.perf_counter()
    per = {}
    for r in t.to_pylist():
        d = per.setdefault(r["participant"], {})
        s, a = d.get(r["month"], (0, 0))
        d[r["month"]] = (s + 1, a + int(r["present"]))
    rows = []
    for p in sorted(per):
        months = per[p].values()
        rows.append((p, sum(s for s, _ in months), sum(a for _, a in months),
                     sum(1 for s, a in months if a * 100.0 / s <= 50.0)))
    att_loop.elapsed = time.perf_counter() - start
    return rows


ATTENDANCE = {"berdaya": att_berdaya, "polars": att_polars, "duckdb": att_duckdb, "python loop": att_loop}


def att_rows(result):
    if isinstance(result, list):
        return result
    cols = [result.column(c).to_pylist() for c in ["participant", "sessions", "attended", "months_below"]]
    return [tuple(int(x) for x in row) for row in zip(*cols)]


def as_lists(t):
    import pyarrow as pa

    return {k: t.column(k).cast(pa.string()).to_pylist() for k in COLUMNS}


def attendance_worker(engine: str, households: int, loop_sample: int) -> None:
    t = attendance_rows(loop_sample if engine == "python loop" else households)
    base = rss_mb()
    fn = ATTENDANCE[engine]
    fn(t.slice(0, 12_000))
    start = time.perf_counter()
    fn(t)
    seconds = getattr(fn, "elapsed", None) or (time.perf_counter() - start)
    print(json.dumps({"engine": engine, "rows": t.num_rows, "seconds": seconds,
                      "peak_rss_mb": rss_mb(), "data_rss_mb": base}))


def worker(engine: str, rows: int, loop_sample: int) -> None:
    import pyarrow.parquet as pq

    table = pq.read_table(parquet(rows))
    if engine == "python loop":
        table = table.slice(0, loop_sample)
    base = rss_mb()
    fn = ENGINES[engine]
    fn(table.slice(0, min(10_000, table.num_rows)))  # warm up imports and caches
    start = time.perf_counter()
    fn(table)
    seconds = getattr(fn, "elapsed", None) or (time.perf_counter() - start)
    print(json.dumps({"engine": engine, "rows": table.num_rows, "seconds": seconds,
                      "peak_rss_mb": rss_mb(), "data_rss_mb": base}))


def threads(engine: str) -> str:
    if engine == "polars":
        import polars as pl

        return str(pl.thread_pool_size())
    if engine == "duckdb":
        import duckdb

        return str(duckdb.connect().execute("select current_setting('threads')").fetchall()[0][0])
    if engine == "berdaya":
        return str(os.cpu_count())  # batches in parallel, one thread per core, GIL released
    return "1"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, nargs="*", default=[1_000_000, 10_000_000])
    ap.add_argument("--loop-sample", type=int, default=200_000)
    ap.add_argument("--worker")
    ap.add_argument("--attendance-households", type=int, default=1_000_000,
                    help="households with 12 months of attendance each (0 to skip)")
    ap.add_argument("--attendance-worker")
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.rows[0], args.loop_sample)
        return
    if args.attendance_worker:
        attendance_worker(args.attendance_worker, args.attendance_households, args.loop_sample // 12)
        return

    sample = data(200_000)
    reference = as_lists(run_berdaya(sample))
    for name, fn in ENGINES.items():
        assert as_lists(fn(sample)) == reference, f"{name} disagrees with berdaya"
    print("outputs checked equal on 200,000 rows: berdaya, polars, DuckDB, Python loop")
    import platform

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print()
    print("| rows | engine | threads | seconds | rows/s | × slower than berdaya | peak RSS MB | RSS with data loaded MB |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for rows in args.rows:
        parquet(rows)
        results = {}
        for engine in ENGINES:
            p = subprocess.run([sys.executable, __file__, "--worker", engine, "--rows", str(rows),
                                "--loop-sample", str(args.loop_sample)], capture_output=True, text=True, check=True)
            results[engine] = json.loads(p.stdout.strip().splitlines()[-1])
        ours = results["berdaya"]["rows"] / results["berdaya"]["seconds"]
        for engine, r in results.items():
            rate = r["rows"] / r["seconds"]
            note = f" (on {r['rows']:,} rows)" if r["rows"] != rows else ""
            print(f"| {rows:,} | {engine}{note} | {threads(engine)} | {r['seconds']:.3f} | {rate:,.0f} | "
                  f"{ours / rate:.1f} | {r['peak_rss_mb']:.0f} | {r['data_rss_mb']:.0f} |")

    if args.attendance_households:
        sample = attendance_rows(20_000)
        reference = att_rows(att_berdaya(sample))
        for name, fn in ATTENDANCE.items():
            assert att_rows(fn(sample)) == reference, f"attendance: {name} disagrees with berdaya"
        print()
        print("attendance compliance (12 months per household; outputs checked equal on 240,000 rows)")
        print()
        print("| attendance rows | engine | threads | seconds | rows/s | × slower than berdaya | peak RSS MB | RSS with data loaded MB |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|")
        results = {}
        for engine in ATTENDANCE:
            p = subprocess.run([sys.executable, __file__, "--attendance-worker", engine,
                                "--attendance-households", str(args.attendance_households),
                                "--loop-sample", str(args.loop_sample)], capture_output=True, text=True, check=True)
            results[engine] = json.loads(p.stdout.strip().splitlines()[-1])
        ours = results["berdaya"]["rows"] / results["berdaya"]["seconds"]
        for engine, r in results.items():
            rate = r["rows"] / r["seconds"]
            total = args.attendance_households * 12
            note = f" (on {r['rows']:,} rows)" if r["rows"] != total else ""
            print(f"| {total:,} | {engine}{note} | {threads(engine) if engine != 'berdaya' else 1} | {r['seconds']:.3f} | "
                  f"{rate:,.0f} | {ours / rate:.1f} | {r['peak_rss_mb']:.0f} | {r['data_rss_mb']:.0f} |")


if __name__ == "__main__":
    main()
