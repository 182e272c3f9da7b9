"""Registry scale: eligibility screening with reason codes over Arrow tables.

Any table or stream that speaks the Arrow PyCapsule interface — a ``pyarrow.Table`` or
``RecordBatchReader``, a polars ``DataFrame``, a DuckDB result — is read batch by batch
without copying; a pandas ``DataFrame`` is converted to Arrow first. Each batch is screened
by the Rust core with the GIL released, so memory stays bounded by the batch size and other
Python threads keep running. The result is an Arrow table (or polars / pandas, with ``to=``)
with the input's ``id``, the ``eligibility`` and one ``reason_<k>_<criterion>`` column per
criterion. Each of these is an Arrow dictionary array of ``uint8`` codes over one shared,
static dictionary (every reason code berdaya knows, in a fixed order; for ``eligibility``,
``eligible``, ``not_eligible``, ``undetermined``): no string is built per row, polars reads it
as a ``Categorical`` (``.cast(pl.Enum(...))`` for an Enum) and pandas as a ``Categorical``.
The rule is compiled once into column kernels (see ``berdaya::screening::registry``); text
codes are encoded once per distinct value, a dictionary column's values parsed once each.

Which output to read: the ``uint8`` dictionary columns are the fastest form that still reads
naturally — one byte per row and criterion, no string per row, a ``Categorical`` in polars and
pandas without a copy; ``reason_labels(lang)`` and ``eligibility_labels(lang)`` turn their
codes into words in Bahasa Indonesia or English. For filtering on failures, ask for
``failed_mask=True``: one ``uint32`` per row whose bit ``k - 1`` says criterion ``k`` failed,
so "failed on income but not on age" is one integer test
(``(pl.col("failed_criteria") & 0b10010) == 0b10000``).

Input columns: ``id``, ``sex``, ``age``, ``birth_date``, ``marital_status``,
``household_head``, ``main_breadwinner``, ``monthly_income``, ``dependants``,
``household_has_elderly``, ``household_has_disabled``, ``has_business``,
``in_integrated_database`` and ``receives_<pkh|bpnt|blt|rastra|…>``. A column the rule reads
must be there and of a type that can hold it, or a :class:`~berdaya.errors.ColumnError`
names it; pass ``missing="unknown"`` when the data was not collected, and every row is then
*unknown* for it. A null is *unknown* too: a null ``receives_<code>`` is assistance not
recorded (``assistance_unknown``), never "receives none". A value that cannot be read (an unknown code, an age outside 0–120, an
impossible birth date) is a :class:`~berdaya.errors.ValidationError` naming its row in the
whole input (``sex[600123]``) and counting the further bad rows of its batch. Ids come back
in their own type (integers or text).

The same function runs per partition on Dask::

    import dask.dataframe as dd
    ddf = dd.read_parquet("registry/*.parquet")          # or a real cluster's data
    out = ddf.map_partitions(lambda part: screen(part, "wrse", on="2024-01-01", to="pandas"))

Point ``distributed.Client`` at a real cluster's scheduler address to run it there.
"""

from __future__ import annotations

import datetime
from typing import Any, Dict, Iterator, Optional, Union

from berdaya import _core
from berdaya import rules
from berdaya.errors import ArgumentError
from berdaya.rules import rule_arg

Rule = Union[str, Dict[str, Any], rules.Rule]


def _iso(on: Union[str, datetime.date, None]) -> str:
    if on is None:
        raise ArgumentError("on: expected the screening date (a date or 'YYYY-MM-DD')", "argument")
    if isinstance(on, (datetime.date, datetime.datetime)):
        return on.isoformat()[:10]
    if isinstance(on, str):
        return on
    raise ArgumentError(f"on: expected a date or 'YYYY-MM-DD'; found {type(on).__name__}", "argument")


def _whole_number(value: Any, name: str, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ArgumentError(
            f"{name}: expected a whole number from {minimum}; found {value!r:.40}", "argument",
            f"{name}: seharusnya bilangan bulat mulai {minimum}; ditemukan {value!r:.40}",
        )


def _choice(value: Any, name: str, choices: "tuple[str, ...]") -> None:
    if not isinstance(value, str) or value not in choices:
        listed = ", ".join(repr(c) for c in choices)
        raise ArgumentError(
            f"{name}: expected one of {listed}; found {value!r:.40}", "argument",
            f"{name}: seharusnya salah satu dari {listed}; ditemukan {value!r:.40}",
        )


def _stream(data: Any) -> "tuple[Any, Optional[int]]":
    """`data` as a ``pyarrow.RecordBatchReader`` over its batches (no copy), and its rows when
    known: a table's own reader; a DataFrame through Arrow; any other Arrow object through its
    PyCapsule interface. The core reads it without the GIL."""
    import pyarrow as pa

    if type(data).__module__.startswith("pandas"):
        data = pa.Table.from_pandas(data, preserve_index=False)
    if isinstance(data, pa.RecordBatch):
        data = pa.Table.from_batches([data])
    if isinstance(data, pa.Table):
        return data.to_reader(), data.num_rows
    if hasattr(data, "__arrow_c_stream__"):
        return pa.RecordBatchReader.from_stream(data), None
    if hasattr(data, "__arrow_c_array__"):
        return _stream(pa.record_batch(data))
    raise ArgumentError(
        f"data: expected an Arrow table or stream, a polars or pandas DataFrame; found {type(data).__name__}",
        "argument",
    )


def _batches(data: Any, batch_size: Optional[int]) -> "tuple[Iterator[Any], Optional[int]]":
    """The batches of `data` (`_stream`), each cut to at most `batch_size` rows, read from
    Python (the progress bar's path, and inputs read whole)."""
    if batch_size is not None:
        _whole_number(batch_size, "batch_size", 1)
    reader, total = _stream(data)

    def split() -> Iterator[Any]:
        for b in reader:
            if batch_size and b.num_rows > batch_size:
                for start in range(0, b.num_rows, batch_size):
                    yield b.slice(start, batch_size)
            else:
                yield b

    return split(), total


def screen(
    data: Any,
    rule: Rule,
    on: Union[str, datetime.date, None] = None,
    params: Optional[Dict[str, Any]] = None,
    batch_size: Optional[int] = 1_000_000,
    progress: bool = False,
    to: str = "pyarrow",
    threads: Optional[int] = None,
    missing: str = "error",
    failed_mask: bool = False,
) -> Any:
    """Screens every row of ``data`` against a preset name or a rule dict on the date ``on``.

    Batches are screened on ``threads`` threads (default: one per core, no more than a
    table's batches; the core reads the input and screens it without the GIL), at most
    ``threads`` batches in memory beyond the input. A stream is read on those threads: one
    tied to the thread that made it (a ``sqlite3`` cursor behind a generator) needs
    ``threads=1`` or ``progress=True``, which also reads batch by batch where Ctrl-C is
    seen at once (the core looks for it only when the screening ends). Returns a pyarrow
    ``Table`` (``to="pyarrow"``), a polars ``DataFrame`` (``"polars"``) or a pandas
    ``DataFrame`` (``"pandas"``), in the input's row order. ``missing="unknown"`` screens a
    table that lacks a column the rule reads (every row *unknown* for it) instead of refusing
    it. ``failed_mask=True`` adds a ``failed_criteria`` column: bit ``k - 1`` is set when
    criterion ``k`` (the ``reason_<k>_…`` column) failed — ``uint32`` for a rule of at most 32
    criteria (every preset), else ``uint64`` (at most 64 criteria; more is a ``RuleError``).
    It costs one more pass; filter on it with ``(pl.col("failed_criteria") & (1 << 4)) != 0``.

    Memory: once a result is dropped, the buffers of its code columns (one byte a row each)
    are kept for later screenings, which write over them instead of mapping fresh pages: at
    most 64 MiB in a process (the oldest freed first), buffers of at least 64 KiB, never one
    still in use.
    """
    import os
    from concurrent.futures import ThreadPoolExecutor

    import pyarrow as pa

    rule = rule_arg(rule)
    on_iso = _iso(on)
    _choice(to, "to", ("pyarrow", "polars", "pandas"))
    _choice(missing, "missing", ("error", "unknown"))
    if threads is not None:
        _whole_number(threads, "threads", 1)
    if not isinstance(failed_mask, bool):
        raise ArgumentError(
            f"failed_mask: expected True or False; found {failed_mask!r:.40}", "argument",
            f"failed_mask: seharusnya True atau False; ditemukan {failed_mask!r:.40}",
        )
    if batch_size is not None:
        _whole_number(batch_size, "batch_size", 1)
    workers = threads or os.cpu_count() or 1
    if not progress:
        # The core reads the stream and screens its batches on its own threads, without the
        # GIL (one import and one export, not one per batch).
        if isinstance(data, pa.Table):
            # No more threads than pieces (the core starts them all): a small table, one.
            pieces = sum(-(-b.num_rows // batch_size) if batch_size else 1 for b in data.to_batches())
            workers = min(workers, max(1, pieces))
        reader, _ = _stream(data)
        table = _core.registry_screen_stream(reader, rule, on_iso, params, missing, failed_mask,
                                             batch_size, workers)
        if table is None:
            table = pa.Table.from_batches([_core.registry_screen_batch(pa.RecordBatch.from_pylist([]), rule, on_iso,
                                                                       params, 0, missing, failed_mask)])
        return _convert(table, to)
    batches, total = _batches(data, batch_size)
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="rows", desc="berdaya screening")
    out = []

    def one(b: Any, offset: int) -> Any:
        return _core.registry_screen_batch(b, rule, on_iso, params, offset, missing, failed_mask)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: list = []
        offset = 0
        for b in batches:
            pending.append((pool.submit(one, b, offset), b.num_rows))
            offset += b.num_rows
            if len(pending) >= workers:
                future, n = pending.pop(0)
                out.append(future.result())
                if progress:
                    bar.update(n)
        for future, n in pending:
            out.append(future.result())
            if progress:
                bar.update(n)
    if progress:
        bar.close()
    if not out:
        # No rows at all: still return the result's columns.
        out.append(_core.registry_screen_batch(pa.RecordBatch.from_pylist([]), rule, on_iso, params, 0, missing,
                                               failed_mask))
    return _convert(pa.Table.from_batches(out), to)


def reason_labels(lang: Optional[str] = None) -> Dict[str, str]:
    """The label of every reason code in ``lang`` (``"id"`` or ``"en"``; default the session's
    language), in the order of the reason columns' dictionary — from the core, so a table of
    codes reads in either language::

        labels = registry.reason_labels("en")
        out.with_columns(pl.col("reason_1_sex").cast(pl.String).replace_strict(labels))
    """
    reasons, _ = _core.registry_labels(lang)
    return dict(reasons)


def eligibility_labels(lang: Optional[str] = None) -> Dict[str, str]:
    """The label of every ``eligibility`` code in ``lang``, in its dictionary's order."""
    _, eligibility = _core.registry_labels(lang)
    return dict(eligibility)


def _whole(data: Any) -> Any:
    """All rows as one record batch (quota ranking and attendance need the whole table)."""
    import pyarrow as pa

    if type(data).__module__.startswith("pandas"):
        data = pa.Table.from_pandas(data, preserve_index=False)
    if isinstance(data, pa.RecordBatch):
        return data
    if isinstance(data, pa.Table):
        table = data
    else:
        batches, _ = _batches(data, None)
        batches = list(batches)
        if not batches:
            # An empty stream still has a schema; an empty list has none.
            schema = getattr(data, "schema", None)
            return pa.RecordBatch.from_pylist([], schema=schema if isinstance(schema, pa.Schema) else None)
        table = pa.Table.from_batches(batches)
    if table.num_rows == 0:
        return pa.RecordBatch.from_pylist([], schema=table.schema)
    return table.combine_chunks().to_batches()[0]


def _convert(table: Any, to: str) -> Any:
    if to == "pyarrow":
        return table
    if to == "polars":
        import polars as pl

        return pl.from_arrow(table)
    if to == "pandas":
        # Nullable pandas dtypes, as berdaya.tables uses: a rank or a rate with nulls stays an
        # integer (Int64) and a flag with nulls a boolean, instead of becoming float64/object.
        import pandas as pd
        import pyarrow as pa

        nullable = {
            pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype(),
            pa.int64(): pd.Int64Dtype(), pa.uint8(): pd.UInt8Dtype(), pa.uint16(): pd.UInt16Dtype(),
            pa.uint32(): pd.UInt32Dtype(), pa.uint64(): pd.UInt64Dtype(), pa.bool_(): pd.BooleanDtype(),
            pa.float64(): pd.Float64Dtype(), pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(),
        }
        return table.to_pandas(types_mapper=nullable.get)
    raise ArgumentError(f"to: expected 'pyarrow', 'polars' or 'pandas'; found {to!r}", "argument")


def quota(
    data: Any,
    rule: Rule,
    on: Union[str, datetime.date, None] = None,
    per_village: Optional[int] = None,
    ranking: Optional[list] = None,
    params: Optional[Dict[str, Any]] = None,
    to: str = "pyarrow",
    missing: str = "error",
) -> Any:
    """Deterministic quota selection per kelurahan (column ``village``) over a registry.

    Returns the input's ``id`` and ``village`` as given (integers or text), ``eligibility``,
    ``rank`` within the kelurahan (1 first; null when not eligible or without a kelurahan)
    and ``selected``; ids must be unique and break ties in their own order. ``per_village`` defaults to the
    preset's quota (PKHP 25, UEP 5). Ranking needs every row of a kelurahan at once, so memory
    grows with the registry; partition by kelurahan (e.g. on Dask) to bound it.
    """
    import pyarrow as pa

    rule = rule_arg(rule)
    on_iso = _iso(on)
    _choice(to, "to", ("pyarrow", "polars", "pandas"))
    _choice(missing, "missing", ("error", "unknown"))
    batch = _whole(data)
    out = _core.registry_quota_batch(batch, rule, on_iso, per_village, ranking, params, missing)
    return _convert(pa.Table.from_batches([out]), to)


def attendance(data: Any, threshold_percent: Optional[float] = None, to: str = "pyarrow") -> Any:
    """Attendance compliance from attendance rows (``participant``, ``facilitator``,
    ``month`` as YYYYMM, ``present``, ``in_working_hours``): returns a pair of tables, per
    participant (sessions, attended, rate, months at or below the threshold) and per
    facilitator (caseload, sessions, rate, share of meetings in working hours). The threshold
    defaults to the core's low-attendance threshold."""
    import pyarrow as pa

    _choice(to, "to", ("pyarrow", "polars", "pandas"))
    people, facilitators = _core.registry_attendance_batch(_whole(data), threshold_percent)
    return (_convert(pa.Table.from_batches([people]), to), _convert(pa.Table.from_batches([facilitators]), to))


def distribution(data: Any, to: str = "pyarrow") -> Any:
    """Sulistiyani stage counts per group and dimension from rows (``group``, ``dimension``
    code, ``reached`` stage code or null): ``group``, ``dimension``, ``stage`` (0 none yet,
    1–3) and ``count``."""
    import pyarrow as pa

    _choice(to, "to", ("pyarrow", "polars", "pandas"))
    return _convert(pa.Table.from_batches([_core.registry_distribution_batch(_whole(data))]), to)


def synthetic(rows: int, seed: int = 1, villages: int = 16) -> Any:
    """A seeded synthetic registry as a pyarrow ``Table`` (distributions from the seeds where
    they give them; see ``berdaya::screening::synthetic``)."""
    import pyarrow as pa

    return pa.Table.from_batches([_core.synthetic_registry(rows, seed, villages)])


__all__ = ["attendance", "distribution", "eligibility_labels", "quota", "reason_labels", "screen", "synthetic"]
