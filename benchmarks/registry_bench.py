"""Registry-scale screening benchmark: berdaya against the best a polars or DuckDB user can
write for the same answer, a plain Python loop, a "no reasons" floor and the memory-bandwidth
limit — WRSE screening with a reason code per criterion.

    python benchmarks/registry_bench.py                 # 1M and 10M rows
    python benchmarks/registry_bench.py --rows 1000000  # one size
    python benchmarks/registry_bench.py --inputs dictionary --quota-rows 0 --attendance-households 0

Two inputs, each a line of its own (--inputs): `dictionary` (the default first) reads the
small-cardinality text columns `sex` and `marital_status` from Parquet as dictionaries
(`read_dictionary`, indices narrowed to int8 — the Parquet file already stores them as
dictionaries) and hands that SAME table to every engine (polars reads them as Categorical,
DuckDB as it likes, berdaya judges each dictionary value once and maps the codes); `plain`
reads them as plain strings (berdaya then dictionary-encodes them itself, per batch).

Every engine gets the same Arrow table (one Parquet file read by pyarrow) in its own process,
so peak memory (ru_maxrss) is its own, and the same number of threads (--threads, default
every core: POLARS_MAX_THREADS, DuckDB's `threads`, berdaya's batch threads). Outputs are
checked equal on a sample before anything is timed; each timing is the median of at least
--repeat runs that together last at least --min-seconds (the same rule for every engine of the
screening, the quota ranking and the attendance, but the Python loops, which run once: a run of
4 ms is timed about 250 times, one of 0.3 s five times, so that no median is taken over a
window short enough for one burst of another process on the machine to cover it). What each
engine outputs:

* berdaya — `eligibility` and one reason column per criterion, each a dictionary array of
  `u8` codes over one shared static dictionary (read by polars as Categorical, by pandas as
  Categorical without a per-row string);
* polars Enum — the same, `pl.when(...).then(pl.lit(code, dtype=pl.Enum(REASONS)))` per
  criterion and the verdict from `pl.any_horizontal` over the failures (Kleene logic);
* polars strings — the same with a plain string per row and criterion (labelled as such);
* DuckDB ENUM — the same in SQL with `ENUM` types;
* Python loop — strings, timed on --loop-sample rows;
* polars boolean floor — only an eligible yes/no/null per row: no reasons at all;
* bandwidth limit — bytes berdaya must read and write per row ÷ the memory bandwidth of a
  large numpy copy (one copy, as issue 16 defines it: the goal's line); and the same bytes
  ÷ the bandwidth of as many copies at once as there are threads (the machine's whole
  bandwidth, a stricter line the engines' threads share), printed beside it.

Also: berdaya with the optional failed-criteria bitmask; the memory bound of screening
(peak resident set during the runs, measured from a high-water mark reset after the data is
loaded, against output + two batches); quota ranking per kelurahan (berdaya, polars sort +
`int_range().over()`, DuckDB `row_number() over (partition by …)`, ranks checked equal) and
attendance compliance (shuffled rows; berdaya, polars and DuckDB group-bys, checked equal).

    bash scripts/bench.sh                                # everything, about 2 minutes quiet
    cargo run --release -p berdaya --example registry_profile   # berdaya's stages, one core
    python benchmarks/registry_bench.py --quota-rows 0 --attendance-households 0   # screening only
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

ON = "2024-01-01"
INCOME_LIMIT = 500_000
ADMITTED = ["abandoned", "widowed", "divorced", "never_married"]
COLUMNS = ["eligibility", "sex", "age", "marital", "breadwinner", "income"]
READ = ["sex", "age", "marital_status", "main_breadwinner", "monthly_income", "dependants"]
# The columns the rule reads (polars converts only these: what a lazy scan would project).
RULE = ["sex", "age", "marital_status", "main_breadwinner", "monthly_income"]
# Small-cardinality text columns, read as dictionaries for the `dictionary` input.
TEXT = ["sex", "marital_status"]
INPUTS = ("dictionary", "plain")


def rss_mb() -> float:
    """The process's resident-set high-water mark, MB (since the last `reset_peak`)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> float:
    """Resets the high-water mark to the current resident set (Linux: `5 > clear_refs`), so
    that the peak measured afterwards is the engine's, not the Parquet read's; returns the
    current resident set, MB."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss_mb()


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


def as_input(table, kind: str):
    """`table` as the benchmark's input `kind`: with `dictionary`, the TEXT columns as
    dictionary arrays with int8 indices (encoded here when the table has them plain); with
    `plain`, as read."""
    import pyarrow as pa

    if kind == "plain":
        return table
    for name in TEXT:
        i = table.schema.get_field_index(name)
        col = table.column(i)
        if not pa.types.is_dictionary(col.type):
            col = col.dictionary_encode()
        table = table.set_column(i, name, col.cast(pa.dictionary(pa.int8(), pa.string())))
    return table


def load(rows: int, kind: str):
    """The Parquet file of `rows` rows, read as input `kind` (the same table every engine
    gets)."""
    import pyarrow.parquet as pq

    read = TEXT if kind == "dictionary" else None
    return as_input(pq.read_table(parquet(rows), read_dictionary=read), kind)


def reason_codes() -> list:
    """berdaya's reason dictionary (the same static list in every output)."""
    import pyarrow as pa

    import berdaya

    out = berdaya.registry.screen(pa.table({"sex": pa.array(["female"])}), "wrse", on=ON, missing="unknown")
    return out.column("reason_1_sex").combine_chunks().dictionary.to_pylist()


ELIGIBILITY = ["eligible", "not_eligible", "undetermined"]


def run_berdaya(table, threads):
    import berdaya

    return run_berdaya.select(berdaya.registry.screen(table, "wrse", on=ON, batch_size=250_000, threads=threads))


def _select(out):
    """The six columns under the benchmark's names (no copy)."""
    import pyarrow as pa

    names = ["eligibility", "reason_1_sex", "reason_2_age_between", "reason_3_marital_status_in",
             "reason_4_main_breadwinner", "reason_5_income_below"]
    return pa.table({k: out.column(n) for k, n in zip(COLUMNS, names)})


run_berdaya.select = _select


def run_berdaya_mask(table, threads):
    import berdaya

    out = berdaya.registry.screen(table, "wrse", on=ON, batch_size=250_000, threads=threads, failed_mask=True)
    assert out.column("failed_criteria").type.bit_width == 32
    return run_berdaya.select(out)


def polars_reasons(lit):
    """The five reason expressions and the failure test, with literals made by `lit`."""
    import polars as pl

    c = pl.col
    reasons = dict(
        sex=pl.when(c("sex").is_null()).then(lit("sex_unknown"))
        .when(c("sex") == "female").then(lit("sex_matches")).otherwise(lit("sex_differs")),
        age=pl.when(c("age").is_null()).then(lit("age_unknown"))
        .when(c("age") < 18).then(lit("age_below_min"))
        .when(c("age") > 59).then(lit("age_above_max")).otherwise(lit("age_in_range")),
        marital=pl.when(c("marital_status").is_null()).then(lit("marital_status_unknown"))
        .when(c("marital_status").is_in(ADMITTED)).then(lit("marital_status_matches"))
        .otherwise(lit("marital_status_differs")),
        breadwinner=pl.when(c("main_breadwinner").is_null()).then(lit("main_breadwinner_unknown"))
        .when(c("main_breadwinner")).then(lit("main_breadwinner")).otherwise(lit("not_main_breadwinner")),
        income=pl.when(c("monthly_income").is_null()).then(lit("income_unknown"))
        .when(c("monthly_income") < INCOME_LIMIT).then(lit("income_below_limit"))
        .otherwise(lit("income_at_or_above_limit")),
    )
    # Kleene logic: true if a criterion fails, null if none fails but one is unknown.
    fails = pl.any_horizontal(
        c("sex") != "female", c("age") < 18, c("age") > 59, ~c("marital_status").is_in(ADMITTED),
        ~c("main_breadwinner"), c("monthly_income") >= INCOME_LIMIT,
    )
    return reasons, fails


def run_polars_enum(table, threads):
    import polars as pl

    reason = pl.Enum(REASONS)
    verdict = pl.Enum(ELIGIBILITY)
    reasons, fails = polars_reasons(lambda code: pl.lit(code, dtype=reason))
    df = pl.from_arrow(table.select(RULE))
    out = df.select(
        eligibility=pl.when(fails).then(pl.lit("not_eligible", dtype=verdict))
        .when(fails.is_null()).then(pl.lit("undetermined", dtype=verdict))
        .otherwise(pl.lit("eligible", dtype=verdict)),
        **reasons,
    )
    return out.to_arrow()


def run_polars_strings(table, threads):
    import polars as pl

    reasons, fails = polars_reasons(pl.lit)
    df = pl.from_arrow(table.select(RULE))
    out = df.select(
        eligibility=pl.when(fails).then(pl.lit("not_eligible"))
        .when(fails.is_null()).then(pl.lit("undetermined")).otherwise(pl.lit("eligible")),
        **reasons,
    )
    return out.to_arrow()


def run_polars_floor(table, threads):
    import polars as pl

    c = pl.col
    df = pl.from_arrow(table.select(RULE))
    return df.select(eligible=(c("sex") == "female") & c("age").is_between(18, 59)
                     & c("marital_status").is_in(ADMITTED) & c("main_breadwinner")
                     & (c("monthly_income") < INCOME_LIMIT)).to_arrow()


def duckdb_sql() -> str:
    enum = lambda codes: "ENUM (" + ", ".join(f"'{x}'" for x in codes) + ")"  # noqa: E731
    admitted = ", ".join(repr(a) for a in ADMITTED)
    return f"""
create type reason as {enum(REASONS)};
create type verdict as {enum(ELIGIBILITY)};
""", f"""
select
  case when fails then 'not_eligible' when fails is null then 'undetermined' else 'eligible' end::verdict
    as eligibility,
  case when sex is null then 'sex_unknown' when sex = 'female' then 'sex_matches' else 'sex_differs' end::reason
    as sex,
  case when age is null then 'age_unknown' when age < 18 then 'age_below_min' when age > 59 then 'age_above_max'
       else 'age_in_range' end::reason as age,
  case when marital_status is null then 'marital_status_unknown'
       when marital_status in ({admitted}) then 'marital_status_matches'
       else 'marital_status_differs' end::reason as marital,
  case when main_breadwinner is null then 'main_breadwinner_unknown' when main_breadwinner then 'main_breadwinner'
       else 'not_main_breadwinner' end::reason as breadwinner,
  case when monthly_income is null then 'income_unknown' when monthly_income < {INCOME_LIMIT}
       then 'income_below_limit' else 'income_at_or_above_limit' end::reason as income
from (
  select *, (sex <> 'female' or age < 18 or age > 59 or marital_status not in ({admitted})
             or not main_breadwinner or monthly_income >= {INCOME_LIMIT}) as fails
  from registry
)
"""


def run_duckdb(table, threads):
    import duckdb

    con = duckdb.connect()
    con.execute(f"set threads = {threads}")
    types, query = duckdb_sql()
    con.execute(types)
    con.register("registry", table)
    return con.sql(query).to_arrow_table()


def run_loop(table, threads):
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


ENGINES = {
    "berdaya": run_berdaya,
    "berdaya + failed mask": run_berdaya_mask,
    "polars Enum": run_polars_enum,
    "polars strings": run_polars_strings,
    "DuckDB ENUM": run_duckdb,
    "python loop": run_loop,
    "polars boolean floor (no reasons)": run_polars_floor,
}
OUTPUTS = {
    "berdaya": "u8 dictionary codes, 6 columns",
    "berdaya + failed mask": "the same + a u32 failed-criteria bitmask",
    "polars Enum": "Enum (u8/u32 codes), 6 columns",
    "polars strings": "strings, 6 columns",
    "DuckDB ENUM": "ENUM codes, 6 columns",
    "python loop": "strings, 6 columns",
    "polars boolean floor (no reasons)": "1 nullable boolean",
}
REASONS: list = []
# On plain-string input, the engines whose comparison matters (the loop and polars strings
# are slow enough on either input to need no second line).
PLAIN_ENGINES = ["berdaya", "polars Enum", "DuckDB ENUM", "polars boolean floor (no reasons)"]


def bandwidth_gbs(copies: int = 1) -> float:
    """Memory bandwidth: bytes read + written by a numpy copy of 1 GiB (1 GiB in all, shared
    out, with `copies` above one), best of 5 rounds, run with the OPENBLAS variables unset
    as the machine notes advise when timing numpy. With `copies`, that many copies run in
    processes of their own, released together from a start line; a round's bandwidth is all
    the bytes they moved over the time from the first copy's start to the last one's end."""
    code = ("import json, numpy as np, sys, time\n"
            "a = np.ones((1 << 27) // int(sys.argv[1])); b = np.empty_like(a); np.copyto(b, a)\n"
            "sys.stdout.write('ready\\n'); sys.stdout.flush(); sys.stdin.readline()\n"
            "spans = []\n"
            "for _ in range(5):\n"
            "    t = time.perf_counter(); np.copyto(b, a); spans.append((t, time.perf_counter()))\n"
            "print(json.dumps([2 * a.nbytes, spans]))")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    procs = []
    try:
        for _ in range(copies):
            procs.append(subprocess.Popen([sys.executable, "-c", code, str(copies)], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, text=True, env=env))
        for p in procs:
            if p.stdout is None or p.stdout.readline().strip() != "ready":
                raise RuntimeError("a numpy copy for the bandwidth did not start")
        for p in procs:
            if p.stdin is not None:
                p.stdin.write("go\n")
                p.stdin.flush()
        results = []
        for p in procs:
            out, _ = p.communicate()
            if p.returncode != 0:
                raise subprocess.CalledProcessError(p.returncode, "numpy copy")
            results.append(json.loads(out))
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    moved = sum(r[0] for r in results)
    # perf_counter is the system's monotonic clock: comparable across processes here.
    rounds = zip(*(r[1] for r in results))
    return max(moved / (max(e for _, e in spans) - min(s for s, _ in spans)) / 1e9 for spans in rounds)


def bytes_per_row(table, out) -> float:
    """What berdaya must touch per row: the buffers of the columns it reads (the five the
    rule reads, and `dependants`, whose range it checks) and the codes it writes, each per
    row of its own table (`out` may screen a sample of `table`'s rows)."""
    read = sum(table.column(c).nbytes for c in READ if c in table.column_names)
    written = sum(out.column(c).combine_chunks().indices.nbytes for c in out.column_names)
    return read / table.num_rows + written / out.num_rows


def same(a, b) -> bool:
    import pyarrow as pa

    return all(a.column(k).cast(pa.string()).to_pylist() == b.column(k).cast(pa.string()).to_pylist()
               for k in COLUMNS)


def check_outputs(sample, threads) -> None:
    reference = run_berdaya(sample, threads)
    for name, fn in ENGINES.items():
        got = fn(sample, threads)
        if name.startswith("polars boolean"):
            want = [e == "eligible" for e in reference.column("eligibility").cast("string").to_pylist()]
            ok = [bool(x) for x in got.column("eligible").to_pylist()] == want
        else:
            ok = same(got, reference)
        assert ok, f"{name} disagrees with berdaya"
# ---- quota ranking: per kelurahan, eligible households ranked by the default ranking ------
#
# Lowest income per household member first (income ÷ (dependants + 1), as a double), then most
# dependants, then household heads first; an unknown value ranks after every known one; the id
# breaks ties. Every engine returns the rank per row (null when not ranked).

QUOTA = 25


def quota_eligible_polars():
    import polars as pl

    c = pl.col
    return ((c("sex") == "female") & c("age").is_between(18, 59) & c("marital_status").is_in(ADMITTED)
            & c("main_breadwinner") & (c("monthly_income") < INCOME_LIMIT)).fill_null(False)


def quota_berdaya(t, threads):
    import berdaya

    out = berdaya.registry.quota(t, "wrse", on=ON, per_village=QUOTA)
    return out.select(["id", "rank"])


def quota_polars(t, threads):
    import polars as pl

    c = pl.col
    df = pl.from_arrow(t).select("id", "village", "dependants", "household_head", "monthly_income", "sex", "age",
                                 "marital_status", "main_breadwinner")
    members = (c("dependants").fill_null(0) + 1).cast(pl.Float64)
    ranked = (df.filter(quota_eligible_polars() & c("village").is_not_null())
              .with_columns(ipm=c("monthly_income").cast(pl.Float64) / members)
              .sort(["village", "ipm", "dependants", "household_head", "id"],
                    descending=[False, False, True, True, False], nulls_last=True)
              .select("id", rank=(pl.int_range(pl.len()).over("village") + 1).cast(pl.UInt32)))
    return df.select("id").join(ranked, on="id", how="left", maintain_order="left").to_arrow()


def quota_duckdb(t, threads):
    import duckdb

    con = duckdb.connect()
    con.execute(f"set threads = {threads}")
    con.register("registry", t)
    admitted = ", ".join(repr(a) for a in ADMITTED)
    return con.sql(f"""
        with e as (
          select *, coalesce(sex = 'female' and age between 18 and 59 and marital_status in ({admitted})
                             and main_breadwinner and monthly_income < {INCOME_LIMIT}, false)
                    and village is not null as ok
          from registry)
        select id, case when ok then row_number() over (
                 partition by village, ok
                 order by monthly_income::double / (coalesce(dependants, 0) + 1)::double asc nulls last,
                          dependants desc nulls last, household_head desc nulls last, id asc)::uinteger end as rank
        from e order by id""").to_arrow_table()


QUOTA_ENGINES = {"berdaya": quota_berdaya, "polars": quota_polars, "DuckDB": quota_duckdb}


def quota_ranks(result):
    ids = result.column("id").to_pylist()
    ranks = result.column("rank").to_pylist()
    return sorted(zip(ids, ranks))


def timed(fn, args: tuple, repeat: int, min_seconds: float) -> tuple:
    """The times of `fn(*args)`, run at least `repeat` times (once at least) and until the runs
    add up to `min_seconds` (at most 1,000 runs), and the last run's output (each earlier one
    is dropped before the next run). A function that times itself (the Python loops) leaves its
    own time in `fn.elapsed`."""
    times = []
    out = None
    while len(times) < max(repeat, 1) or (sum(times) < min_seconds and len(times) < 1000):
        del out
        start = time.perf_counter()
        out = fn(*args)
        times.append(getattr(fn, "elapsed", None) or (time.perf_counter() - start))
    return times, out


def quota_worker(engine: str, rows: int, threads: int, repeat: int, min_seconds: float) -> None:
    import pyarrow.parquet as pq

    table = pq.read_table(parquet(rows))
    fn = QUOTA_ENGINES[engine]
    fn(table.slice(0, 10_000), threads)
    base = reset_peak()
    times, _ = timed(fn, (table, threads), repeat, min_seconds)
    print(json.dumps({"engine": engine, "rows": table.num_rows, "seconds": statistics.median(times),
                      "peak_rss_mb": rss_mb(), "data_rss_mb": base}))


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
    t = pa.table({
        "participant": participant,
        "facilitator": participant // 670,
        "month": month,
        "present": rng.random(n) < 0.45,
        "in_working_hours": rng.random(n) < 0.8,
    })
    # Shuffled: no engine may profit from rows already grouped by participant.
    return t.take(rng.permutation(n))


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
    con.execute(f"set threads = {os.environ.get('POLARS_MAX_THREADS', os.cpu_count())}")
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


def attendance_worker(engine: str, households: int, loop_sample: int, repeat: int,
                      min_seconds: float) -> None:
    t = attendance_rows(loop_sample if engine == "python loop" else households)
    fn = ATTENDANCE[engine]
    if engine == "python loop":
        repeat, min_seconds = 1, 0.0
    fn(t.slice(0, 12_000))
    base = reset_peak()
    times, _ = timed(fn, (t,), repeat, min_seconds)
    print(json.dumps({"engine": engine, "rows": t.num_rows, "seconds": statistics.median(times),
                      "peak_rss_mb": rss_mb(), "data_rss_mb": base}))


def worker(engine: str, rows: int, loop_sample: int, threads: int, repeat: int, kind: str,
           min_seconds: float) -> None:
    REASONS[:] = reason_codes()
    table = load(rows, kind)
    if engine == "python loop":
        table = table.slice(0, loop_sample)
        repeat, min_seconds = 1, 0.0
    fn = ENGINES[engine]
    fn(table.slice(0, min(10_000, table.num_rows)), threads)  # warm up imports and caches
    base = reset_peak()  # resident with the data read and the engine imported
    times, out = timed(fn, (table, threads), repeat, min_seconds)
    output_mb = out.nbytes / 2**20
    del out
    print(json.dumps({"engine": engine, "rows": table.num_rows, "seconds": statistics.median(times),
                      "input": kind, "all": times, "peak_rss_mb": rss_mb(), "data_rss_mb": base, "output_mb": output_mb,
                      "input_mb": table.nbytes / 2**20}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, nargs="*", default=[1_000_000, 10_000_000])
    ap.add_argument("--loop-sample", type=int, default=200_000)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=5, help="runs timed at least, per engine")
    ap.add_argument("--min-seconds", type=float, default=1.0,
                    help="and at least this long in all, per engine (the median is reported)")
    ap.add_argument("--worker")
    ap.add_argument("--inputs", nargs="*", choices=INPUTS, default=list(INPUTS),
                    help="dictionary: sex and marital_status read as dictionaries; plain: as strings")
    ap.add_argument("--attendance-households", type=int, default=1_000_000,
                    help="households with 12 months of attendance each (0 to skip)")
    ap.add_argument("--attendance-worker")
    ap.add_argument("--quota-rows", type=int, default=1_000_000, help="registry rows for quota ranking (0 to skip)")
    ap.add_argument("--quota-worker")
    args = ap.parse_args()
    # Equal threads for every engine (polars reads this before it starts).
    os.environ["POLARS_MAX_THREADS"] = str(args.threads)
    if args.worker:
        worker(args.worker, args.rows[0], args.loop_sample, args.threads, args.repeat, args.inputs[0],
               args.min_seconds)
        return
    if args.attendance_worker:
        attendance_worker(args.attendance_worker, args.attendance_households, args.loop_sample // 12,
                          args.repeat, args.min_seconds)
        return
    if args.quota_worker:
        quota_worker(args.quota_worker, args.quota_rows, args.threads, args.repeat, args.min_seconds)
        return

    import platform

    REASONS[:] = reason_codes()
    sample = data(200_000)
    for kind in args.inputs:
        check_outputs(as_input(sample, kind), args.threads)
    print(f"outputs checked equal on 200,000 rows ({' and '.join(args.inputs)} input): " + ", ".join(ENGINES))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"threads {args.threads} for berdaya, polars and DuckDB; median of ≥ {args.repeat} runs lasting ≥ {args.min_seconds:g} s; "
          f"load average before: {os.getloadavg()[0]:.2f}")
    gbs = bandwidth_gbs()
    all_gbs = bandwidth_gbs(args.threads) if args.threads > 1 else gbs
    print(f"memory bandwidth (numpy copy, read + write): {gbs:.1f} GB/s; "
          f"{args.threads} copies at once: {all_gbs:.1f} GB/s in all")
    print()
    print("| rows | input | engine | output | threads | seconds | rows/s | × berdaya's time | peak RSS MB | RSS before the run MB |")
    print("|---:|---|---|---|---:|---:|---:|---:|---:|---:|")
    memory = []
    for rows in args.rows:
        for kind in args.inputs:
            table = load(rows, kind)
            per_row = bytes_per_row(table, run_berdaya(table.slice(0, 100_000), args.threads))
            del table
            results = {}
            for engine in (ENGINES if kind == "dictionary" else PLAIN_ENGINES):
                p = subprocess.run([sys.executable, __file__, "--worker", engine, "--rows", str(rows),
                                    "--loop-sample", str(args.loop_sample), "--threads", str(args.threads),
                                    "--repeat", str(args.repeat), "--min-seconds", str(args.min_seconds),
                                    "--inputs", kind],
                                   capture_output=True, text=True, check=True)
                results[engine] = json.loads(p.stdout.strip().splitlines()[-1])
            ours = results["berdaya"]["seconds"] / results["berdaya"]["rows"]
            for engine, r in results.items():
                per = r["seconds"] / r["rows"]
                note = f" (on {r['rows']:,} rows)" if r["rows"] != rows else ""
                t = 1 if engine == "python loop" else args.threads
                print(f"| {rows:,} | {kind} | {engine}{note} | {OUTPUTS[engine]} | {t} | {r['seconds']:.3f} | "
                      f"{1 / per:,.0f} | {per / ours:.2f} | {r['peak_rss_mb']:.0f} | {r['data_rss_mb']:.0f} |")
            limit = per_row * rows / (gbs * 1e9)
            print(f"| {rows:,} | {kind} | bandwidth limit ({per_row:.1f} bytes/row) | — | — | {limit:.3f} | "
                  f"{rows / limit:,.0f} | {limit / (ours * rows):.2f} | — | — |")
            all_limit = per_row * rows / (all_gbs * 1e9)
            if args.threads > 1:
                print(f"| {rows:,} | {kind} | bandwidth limit, {args.threads} copies at once | — | — | "
                      f"{all_limit:.3f} | {rows / all_limit:,.0f} | {all_limit / (ours * rows):.2f} | — | — |")
            memory.append((rows, kind, results["berdaya"], ours * rows / limit, ours * rows / all_limit))
    print()
    for rows, kind, r, over, over_all in memory:
        print(f"berdaya at {rows:,} rows ({kind} input): {over:.1f}× the bandwidth limit (goal ≤ 3×); "
              f"{over_all:.1f}× the {args.threads} copies' limit")
        # Screening is bounded by the batch: beyond the input (loaded before the high-water mark
        # was read), the output and at most two batches' worth of work may be held.
        batch_mb = r["input_mb"] / r["rows"] * min(250_000, r["rows"])
        extra = r["peak_rss_mb"] - r["data_rss_mb"]
        bound = r["output_mb"] + 2 * batch_mb
        print(f"berdaya memory at {rows:,} rows ({kind} input): peak RSS {r['peak_rss_mb']:.0f} MB − {r['data_rss_mb']:.0f} MB before "
              f"the run (data loaded) = {extra:.0f} MB; output {r['output_mb']:.0f} MB + 2 batches of 250,000 rows "
              f"({2 * batch_mb:.0f} MB) = {bound:.0f} MB: {'holds' if extra <= bound else 'EXCEEDED'}")

    if args.quota_rows:
        import pyarrow.parquet as pq

        sample = pq.read_table(parquet(args.quota_rows)).slice(0, 200_000)
        reference = quota_ranks(quota_berdaya(sample, args.threads))
        assert sum(r is not None for _, r in reference) > 1000, "too few ranked rows to compare"
        for name, fn in QUOTA_ENGINES.items():
            assert quota_ranks(fn(sample, args.threads)) == reference, f"quota: {name} disagrees with berdaya"
        print()
        print(f"quota ranking (WRSE eligibility, {QUOTA} places per kelurahan, default ranking; ranks checked "
              f"equal on 200,000 rows; berdaya's time includes screening)")
        print()
        print("| rows | engine | threads | seconds | rows/s | × berdaya's time | peak RSS MB | RSS before the run MB |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|")
        results = {}
        for engine in QUOTA_ENGINES:
            p = subprocess.run([sys.executable, __file__, "--quota-worker", engine, "--quota-rows", str(args.quota_rows),
                                "--threads", str(args.threads), "--repeat", str(args.repeat),
                                "--min-seconds", str(args.min_seconds)],
                               capture_output=True, text=True, check=True)
            results[engine] = json.loads(p.stdout.strip().splitlines()[-1])
        ours = results["berdaya"]["seconds"]
        for engine, r in results.items():
            t = 1 if engine == "berdaya" else args.threads
            print(f"| {r['rows']:,} | {engine} | {t} | {r['seconds']:.3f} | {r['rows'] / r['seconds']:,.0f} | "
                  f"{r['seconds'] / ours:.2f} | {r['peak_rss_mb']:.0f} | {r['data_rss_mb']:.0f} |")

    if args.attendance_households:
        sample = attendance_rows(20_000)
        reference = att_rows(att_berdaya(sample))
        for name, fn in ATTENDANCE.items():
            assert att_rows(fn(sample)) == reference, f"attendance: {name} disagrees with berdaya"
        print()
        print("attendance compliance (12 months per household; outputs checked equal on 240,000 rows)")
        print()
        print("| attendance rows | engine | threads | seconds | rows/s | × slower than berdaya | peak RSS MB | RSS before the run MB |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|")
        results = {}
        for engine in ATTENDANCE:
            p = subprocess.run([sys.executable, __file__, "--attendance-worker", engine,
                                "--attendance-households", str(args.attendance_households),
                                "--loop-sample", str(args.loop_sample), "--repeat", str(args.repeat),
                                "--min-seconds", str(args.min_seconds)], capture_output=True, text=True, check=True)
            results[engine] = json.loads(p.stdout.strip().splitlines()[-1])
        ours = results["berdaya"]["rows"] / results["berdaya"]["seconds"]
        for engine, r in results.items():
            rate = r["rows"] / r["seconds"]
            total = args.attendance_households * 12
            note = f" (on {r['rows']:,} rows)" if r["rows"] != total else ""
            print(f"| {total:,} | {engine}{note} | {1 if engine in ('berdaya', 'python loop') else args.threads} | {r['seconds']:.3f} | "
                  f"{rate:,.0f} | {ours / rate:.1f} | {r['peak_rss_mb']:.0f} | {r['data_rss_mb']:.0f} |")


if __name__ == "__main__":
    main()
