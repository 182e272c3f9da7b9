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
    out = registry.screen(table.select(["id", "age"]), "wrse", on="2024-01-01", progress=True)
    counts = out.column("eligibility").cast(pa.string()).value_counts().to_pylist()
    assert {c["values"] for c in counts} <= {"not_eligible", "undetermined"}


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
