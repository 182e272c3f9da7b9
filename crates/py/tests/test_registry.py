"""Registry scale (mirrors crates/core/src/registry.rs): Arrow in and out, the same answers
from pyarrow, polars, pandas and DuckDB inputs, per-document equality, Dask."""

import datetime

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import berdaya
from berdaya import registry

ON = datetime.date(2024, 1, 1)
CODES = {"pkh": "receives_pkh", "bpnt": "receives_bpnt", "blt": "receives_blt", "rastra": "receives_rastra"}


@pytest.fixture(scope="module")
def table():
    return registry.synthetic(5_000, seed=11)


def as_strings(t: pa.Table) -> pa.Table:
    return t.cast(pa.schema([pa.field(f.name, pa.string() if pa.types.is_dictionary(f.type) else f.type) for f in t.schema]))


@pytest.mark.parametrize("preset", ["wrse", "pena", "pkhp", "uep", "p2wkss_target"])
def test_every_input_kind_gives_the_same_table(table, preset):
    expected = as_strings(registry.screen(table, preset, on=ON))
    assert expected.num_rows == table.num_rows
    inputs = {
        "pyarrow reader": table.to_reader(max_chunksize=777),
        "polars": pl.from_arrow(table),
        "pandas": table.to_pandas(),
    }
    con = duckdb.connect()
    con.register("tbl", table)
    inputs["duckdb"] = con.sql("select * from tbl order by id")
    for name, data in inputs.items():
        got = as_strings(registry.screen(data, preset, on=ON, batch_size=1000))
        assert got.equals(expected), name
    polars_out = registry.screen(table, preset, on=ON, to="polars")
    pandas_out = registry.screen(table, preset, on=ON, to="pandas")
    assert polars_out.height == len(pandas_out) == table.num_rows
    assert list(pandas_out["eligibility"].astype(str)) == expected.column("eligibility").to_pylist()


def test_columnar_results_equal_per_document_screening(table):
    sample = table.slice(0, 400).to_pylist()
    out = as_strings(registry.screen(table.slice(0, 400), "pena", on=ON)).to_pylist()
    for row, result in zip(sample, out):
        person = {"id": str(row["id"])}
        for k in ("sex", "age", "marital_status", "household_head", "main_breadwinner", "monthly_income",
                  "dependants", "household_has_elderly", "household_has_disabled", "has_business",
                  "in_integrated_database", "education"):
            if row[k] is not None:
                person[k] = row[k]
        person["assistance_received"] = [code for code, col in CODES.items() if row[col]]
        s = berdaya.screen("pena", person, ON)
        assert s["eligibility"] == result["eligibility"]
        reasons = [result[k] for k in result if k.startswith("reason_")]
        assert reasons == [o["reason"] for o in s["outcomes"]]


def test_bad_codes_and_types_name_the_column():
    bad = pa.table({"id": [1, 2], "sex": ["female", "perempuan"]})
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(bad, "wrse", on=ON)
    assert "sex[1]" in str(err.value)
    with pytest.raises(berdaya.ValidationError):
        registry.screen(pa.table({"age": [[1], [2]]}), "wrse", on=ON)
    with pytest.raises(berdaya.ArgumentError):
        registry.screen({"not": "a table"}, "wrse", on=ON)
    with pytest.raises(berdaya.RuleError):
        registry.screen(pa.table({"age": [30]}), "no_such_preset", on=ON)
    empty = registry.screen(pa.table({"id": pa.array([], pa.int64())}), "wrse", on=ON)
    assert empty.num_rows == 0 and "eligibility" in empty.column_names


def test_progress_and_missing_columns(table):
    # Columns the rule reads but the table lacks are unknown for every row when the caller says
    # so (without `missing="unknown"` they are refused: test_registry_inputs.py).
    out = registry.screen(table.select(["id", "age"]), "wrse", on="2024-01-01", progress=True,
                          missing="unknown")
    counts = out.column("eligibility").cast(pa.string()).value_counts().to_pylist()
    assert {c["values"] for c in counts} <= {"not_eligible", "undetermined"}


def test_null_or_absent_assistance_is_unknown_not_none_received():
    # Principle 1: a null in a `receives_<code>` column the rule reads, or that column left out,
    # is "not recorded" (assistance_unknown), as a document without `assistance_received` is;
    # only a recorded False is "receives none" (lacks_assistance).
    t = pa.table({"id": [1, 2, 3, 4], "sex": ["female"] * 4, "age": [30] * 4,
                  "receives_pkh": pa.array([True, False, None, None], pa.bool_()),
                  "receives_bpnt": pa.array([False, False, False, True], pa.bool_())})
    out = as_strings(registry.screen(t, "pkhp", on=ON)).to_pylist()
    first = next(k for k in out[0] if k.startswith("reason_1_"))
    got = [r[first] for r in out]
    assert got == ["receives_assistance", "lacks_assistance", "assistance_unknown", "assistance_unknown"]
    assert [r["eligibility"] for r in out] == ["eligible", "not_eligible", "undetermined", "undetermined"]
    for person, row in zip([{"assistance_received": ["pkh"]}, {"assistance_received": []}, {}, {}], out):
        s = berdaya.screen("pkhp", {"id": "k", "sex": "female", "age": 30, **person}, ON)
        assert s["outcomes"][0]["reason"] == row[first]
    # The column left out, the caller saying the data was not collected: unknown, not "none".
    gone = as_strings(registry.screen(t.drop(["receives_pkh"]), "pkhp", on=ON, missing="unknown"))
    assert set(gone.column(first).to_pylist()) == {"assistance_unknown"}


def test_dask_partitions_equal_the_single_machine_result(table):
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    pdf = table.to_pandas()
    single = registry.screen(pdf, "wrse", on=ON, to="pandas").astype(str)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        ddf = dd.from_pandas(pdf, npartitions=6)
        meta = single.iloc[:0]
        out = ddf.map_partitions(lambda part: registry.screen(part, "wrse", on=ON, to="pandas").astype(str), meta=meta)
        distributed = out.compute(scheduler=client.get).reset_index(drop=True)
    pd.testing.assert_frame_equal(distributed, single)


def test_quota_over_arrow_equals_per_document_selection():
    t = registry.synthetic(3_000, seed=5, villages=4)
    out = registry.quota(t, "uep", on=ON).to_pylist()
    assert sum(r["selected"] for r in out) <= 5 * 4
    # Per-document selection on the same people and kelurahan.
    rows = t.to_pylist()
    sites = [{"id": f"v{k}", "province": "Banten", "city": "Tangerang", "city_kind": "kota",
              "village": f"{k}", "village_kind": "kelurahan"} for k in range(4)]
    people = []
    for r in rows:
        p = {"id": f"{r['id']:07d}", "assistance_received": [c for c, col in CODES.items() if r[col]]}
        for k in ("age", "household_head", "monthly_income", "dependants", "has_business", "sex"):
            if r[k] is not None:
                p[k] = r[k]
        if r["village"] is not None:
            p["site"] = f"v{r['village']}"
        people.append(p)
    sel = berdaya.select_quota("uep", people, sites, ON)
    want = sorted(int(i) for v in sel["villages"] for i in v["selected"])
    got = sorted(r["id"] for r in out if r["selected"])
    assert got == want
    again = registry.quota(t.to_reader(max_chunksize=500), "uep", on=ON, to="polars")
    assert sorted(again.filter(again["selected"])["id"].to_list()) == want
    with pytest.raises(berdaya.RuleError):
        registry.quota(t, {"test": {"criterion": "has_business"}}, on=ON)
    with pytest.raises(berdaya.ValidationError):
        registry.quota(t.drop_columns(["village"]), "uep", on=ON)


def test_attendance_compliance_over_arrow():
    rows = pa.table({
        "participant": [1, 1, 1, 2, 2, 2],
        "facilitator": [9, 9, 9, 9, 9, None],
        "month": [202301, 202302, 202303, 202301, 202302, 202303],
        "present": [True, False, True, False, False, True],
        "in_working_hours": [True, True, None, False, True, None],
    })
    people, facs = registry.attendance(pl.from_arrow(rows), threshold_percent=50.0)
    p = people.to_pylist()
    assert [(x["participant"], x["sessions"], x["attended"], x["months_below"]) for x in p] == [(1, 3, 2, 1), (2, 3, 1, 2)]
    f = facs.to_pylist()[0]
    assert (f["facilitator"], f["caseload"], f["sessions"], f["working_hours_share"]) == (9, 2, 5, 75.0)
    with pytest.raises(berdaya.ValidationError):
        registry.attendance(rows.drop_columns(["present"]))


def test_stage_distribution_over_arrow():
    rows = pl.DataFrame({
        "group": [1, 1, 1, 2, 2],
        "dimension": ["social", "social", "economic", "social", "economic"],
        "reached": ["peningkatan", "peningkatan", "transformasi", None, "penyadaran"],
    })
    out = registry.distribution(rows).to_pylist()
    assert {(r["group"], r["dimension"], r["stage"], r["count"]) for r in out} == {
        (1, "social", 3, 2), (1, "economic", 2, 1), (2, "social", 0, 1), (2, "economic", 1, 1)}
    with pytest.raises(berdaya.ValidationError):
        registry.distribution(rows.with_columns(pl.lit("spiritual").alias("dimension")))
