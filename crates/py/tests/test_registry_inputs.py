"""Registry inputs (issue 11, items 3, 9 and 10): every failure is a berdaya.errors exception
naming its argument, column or row; nothing a registry holds silently becomes *unknown*; ids
come back as the caller gave them."""

import datetime
import math

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import berdaya
from berdaya import registry

ON = datetime.date(2024, 1, 1)


@pytest.fixture(scope="module")
def table():
    return registry.synthetic(2_000, seed=3, villages=5)


# --- 0-row tables give 0-row answers ---------------------------------------------------------

def test_zero_row_tables_give_zero_row_answers(table):
    empty = table.slice(0, 0)
    q = registry.quota(empty, "uep", on=ON)
    assert q.num_rows == 0 and {"id", "village", "eligibility", "rank", "selected"} <= set(q.column_names)
    assert q.schema.field("id").type == table.schema.field("id").type
    att = pa.table({"participant": pa.array([], pa.int64()), "facilitator": pa.array([], pa.int64()),
                    "month": pa.array([], pa.int32()), "present": pa.array([], pa.bool_())})
    people, facs = registry.attendance(att)
    assert people.num_rows == 0 and facs.num_rows == 0
    dist = pa.table({"group": pa.array([], pa.int64()), "dimension": pa.array([], pa.string())})
    assert registry.distribution(dist).num_rows == 0
    # Also from pandas, polars and an empty stream.
    assert registry.quota(empty.to_pandas(), "uep", on=ON).num_rows == 0
    assert registry.attendance(pl.from_arrow(att))[0].num_rows == 0
    assert registry.distribution(dist.to_reader()).num_rows == 0
    assert registry.screen(empty, "wrse", on=ON).num_rows == 0


# --- arguments out of the Rust type or of the wrong type ------------------------------------

@pytest.mark.parametrize("value", [-1, 2**32, 10**40, "5", 2.5, True])
def test_per_village_outside_its_type_is_an_argument_error(table, value):
    with pytest.raises(berdaya.ArgumentError) as err:
        berdaya.select_quota("uep", [], [], ON, per_village=value)
    assert "per_village" in str(err.value) and err.value.code == "argument"
    assert "per_village" in err.value.message_id
    with pytest.raises(berdaya.ArgumentError) as err:
        registry.quota(table, "uep", on=ON, per_village=value)
    assert "per_village" in str(err.value)


@pytest.mark.parametrize("kwargs, name", [
    ({"rows": -1}, "rows"), ({"rows": 2**64}, "rows"), ({"rows": "10"}, "rows"),
    ({"rows": 10, "seed": -1}, "seed"), ({"rows": 10, "villages": 0}, "villages"),
    ({"rows": 10, "villages": 2**32}, "villages"),
])
def test_synthetic_refuses_impossible_sizes(kwargs, name):
    with pytest.raises(berdaya.ArgumentError) as err:
        registry.synthetic(**kwargs)
    assert str(err.value).startswith(name + ":")


@pytest.mark.parametrize("value", ["x", math.nan, math.inf, {}, [50], True])
def test_attendance_threshold_of_the_wrong_kind(value):
    rows = pa.table({"participant": [1], "month": [202301], "present": [True]})
    with pytest.raises(berdaya.ArgumentError) as err:
        registry.attendance(rows, threshold_percent=value)
    assert "threshold_percent" in str(err.value)


@pytest.mark.parametrize("kwargs", [{"batch_size": 0}, {"batch_size": -5}, {"threads": 0}, {"to": "excel"},
                                    {"missing": "ignore"}])
def test_screen_options_are_checked(table, kwargs):
    with pytest.raises(berdaya.ArgumentError):
        registry.screen(table, "wrse", on=ON, **kwargs)


# --- values: out of range, unreadable, named by their global row -----------------------------

def test_an_age_beyond_any_person_is_a_problem_not_unknown():
    t = pa.table({"id": [1, 2, 3], "age": pa.array([30, 2**40, 2**40], pa.int64())})
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(t, "pena", on=ON, missing="unknown")
    assert err.value.problems[0]["path"] == "age[1]"
    assert err.value.code != "column" and "1099511627776" in str(err.value)
    assert "1 more rows" in str(err.value) and "1 baris lain" in err.value.message_id


def test_a_negative_age_is_refused_as_the_document_path_refuses_it():
    t = pa.table({"id": [1], "age": [-5]})
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(t, "pena", on=ON, missing="unknown")
    assert err.value.problems[0]["path"] == "age[0]"
    data = berdaya.load("wrse-junrejo").to_dict()
    data.setdefault("participants", []).append({"id": "p-neg", "age": -5})
    with pytest.raises(berdaya.ValidationError) as doc:
        berdaya.Case.from_dict(data)
    assert any("age" in p["path"] and "range" in p["kind"] for p in doc.value.problems)


def test_birth_dates_outside_the_date_range_or_any_lifetime_are_problems():
    far = pa.table({"id": [1, 2], "birth_date": pa.array([0, 2**31 - 1], pa.date32())})
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(far, "wrse", on=ON, missing="unknown")
    assert err.value.problems[0]["path"] == "birth_date[1]"
    unborn = pa.table({"id": [1], "birth_date": [datetime.date(2031, 1, 1)]})
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(unborn, "wrse", on=ON, missing="unknown")
    assert err.value.problems[0]["path"] == "birth_date[0]"


def test_bad_values_are_named_by_their_row_in_the_whole_input(table):
    sex = table.column("sex").to_pylist()
    for row in (1_230, 1_240, 1_260):
        sex[row] = "perempuan"
    bad = table.set_column(table.schema.get_field_index("sex"), "sex", pa.array(sex))
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(bad, "wrse", on=ON, batch_size=500, threads=1)
    message = str(err.value)
    assert err.value.problems[0]["path"] == "sex[1230]", message
    assert "perempuan" in message and "2 more rows" in message and "female, male" in message
    assert err.value.message_id.startswith("sex[1230]: seharusnya salah satu kode")
    assert err.value.problems[0]["message_id"] == err.value.message_id


def _dictionary(keys, valid=None):
    """A sex column as an int8 dictionary over (female, male) whose keys are not checked."""
    n = len(keys)
    data = pa.py_buffer(bytes(k & 0xFF for k in keys))
    bits = None
    if valid is not None:
        bits = pa.py_buffer(bytes(sum(1 << j for j in range(8) if i + j < n and valid[i + j]) for i in range(0, n, 8)))
    indices = pa.Array.from_buffers(pa.int8(), n, [bits, data])
    return pa.DictionaryArray.from_arrays(indices, pa.array(["female", "male"]), safe=False)


@pytest.fixture(scope="module")
def large():
    """More rows than the binding screens at a time (65,536), dictionaries as a polars Enum
    gives them, in one batch."""
    t = registry.synthetic(150_000, seed=11, villages=7)
    for name, values in [("sex", ["female", "male"]),
                         ("marital_status", ["abandoned", "divorced", "married", "never_married", "widowed"])]:
        i = t.schema.get_field_index(name)
        keys = pa.array([None if v is None else values.index(v) for v in t.column(name).to_pylist()], pa.uint8())
        t = t.set_column(i, name, pa.DictionaryArray.from_arrays(keys, pa.array(values)))
    return t


@pytest.mark.parametrize("rule", ["wrse", "pkhp", "uep"])
def test_a_batch_screened_in_parts_equals_it_screened_in_small_batches(large, rule):
    # One batch of 150,000 rows (screened in three parts inside the binding) against batches
    # of 1,000 (each screened whole): the same codes, row by row, and the same mask.
    whole = registry.screen(large, rule, on=ON, batch_size=None, threads=1, failed_mask=True)
    small = registry.screen(large, rule, on=ON, batch_size=1_000, threads=2, failed_mask=True)
    assert whole.num_rows == large.num_rows
    assert whole.equals(small)
    assert len(set(whole.column("eligibility").to_pylist())) > 1
    # Sliced at an odd row: every part's validity bitmaps start mid-byte.
    odd = large.slice(3, 140_001)
    assert registry.screen(odd, rule, on=ON, batch_size=None, failed_mask=True).equals(
        registry.screen(odd, rule, on=ON, batch_size=997, failed_mask=True))


@pytest.mark.parametrize("rule", ["wrse", "pkhp"])
def test_a_batch_of_plain_text_screened_in_parts_equals_it_screened_in_small_batches(rule):
    # Text columns take the other path through the parts (each part's text encoded while in
    # cache): three parts, the last short, against batches of 1,000 screened whole.
    plain = registry.synthetic(150_000, seed=12, villages=7)
    assert pa.types.is_string(plain.schema.field("sex").type)
    whole = registry.screen(plain, rule, on=ON, batch_size=None, threads=1, failed_mask=True)
    small = registry.screen(plain, rule, on=ON, batch_size=1_000, threads=2, failed_mask=True)
    assert whole.num_rows == plain.num_rows
    assert whole.equals(small)
    assert len(set(whole.column("eligibility").to_pylist())) > 1


def test_a_batch_in_parts_names_the_error_the_whole_batch_has(large):
    # Part 1 holds an impossible age (row 10); part 2 a bad sex key (row 100,000) and part 3
    # another (row 140,000). Sex is read before age, so the batch's error is the sex key at
    # row 100,000 with one more row, as when the batch was screened in one pass, not the
    # first part's age.
    age = large.column("age").to_pylist()
    age[10] = 250
    sex = large.column("sex").combine_chunks()
    keys = sex.indices.to_pylist()
    keys[100_000] = keys[140_000] = 9
    bad_sex = pa.DictionaryArray.from_arrays(pa.array(keys, pa.uint8()), sex.dictionary, safe=False)
    bad = large.set_column(large.schema.get_field_index("age"), "age", pa.array(age, pa.int32()))
    bad = bad.set_column(bad.schema.get_field_index("sex"), "sex", bad_sex)

    def first_problem(table, rule="wrse"):
        with pytest.raises(berdaya.ValidationError) as err:
            registry.screen(table, rule, on=ON, batch_size=None)
        return err.value.problems[0], str(err.value)

    problem, message = first_problem(bad)
    assert problem["path"] == "sex[100000]" and problem["kind"] == "dictionary_key"
    assert "1 more rows" in message
    # With the keys fixed, the age is the error, named by its row.
    fixed = bad.set_column(bad.schema.get_field_index("sex"), "sex", sex)
    assert first_problem(fixed)[0]["path"] == "age[10]"
    # With the age fixed, the bad keys alone: in parts, the kernels that judge sex find them
    # (nothing checked them beforehand), and the batch's error is the same.
    keys_only = large.set_column(large.schema.get_field_index("sex"), "sex", bad_sex)
    problem, message = first_problem(keys_only)
    assert problem["path"] == "sex[100000]" and problem["kind"] == "dictionary_key"
    assert "1 more rows" in message
    # A rule that does not judge sex still refuses the batch's bad sex keys.
    ages = {"test": {"criterion": "age_between", "min": 18, "max": 59}}
    assert first_problem(keys_only, ages)[0]["path"] == "sex[100000]"


def _int32_keys(keys, valid, values):
    """A dictionary of int32 `keys` (any value, null where `valid` is false) into `values`,
    its keys not checked."""
    import numpy as np

    n = len(keys)
    data = pa.py_buffer(np.array(keys, dtype=np.int32).tobytes())
    bits = pa.py_buffer(np.packbits(np.array(valid, dtype=bool), bitorder="little").tobytes())
    indices = pa.Array.from_buffers(pa.int32(), n, [bits, data])
    return pa.DictionaryArray.from_arrays(indices, pa.array(values), safe=False)


def test_wide_keys_into_many_values_are_judged_part_by_part(large):
    # Marital status as int32 keys into ten values (each code twice: more than the eight the
    # kernels judge by selects, so they look each key up in a table), with null rows whose
    # keys point nowhere in the second part: screened in parts as in batches of 1,000, and
    # as the same column given as uint8 keys into the five values.
    values = ["abandoned", "divorced", "married", "never_married", "widowed"] * 2
    codes = large.column("marital_status").combine_chunks().indices.to_pylist()
    valid = [k is not None for k in codes]
    keys = [999 + i if k is None else k + 5 * (i % 2) for i, k in enumerate(codes)]
    assert sum(1 for i in range(65_536, 131_072) if not valid[i]) > 100
    column = large.schema.get_field_index("marital_status")
    wide = large.set_column(column, "marital_status", _int32_keys(keys, valid, values))
    whole = registry.screen(wide, "wrse", on=ON, batch_size=None, threads=1, failed_mask=True)
    small = registry.screen(wide, "wrse", on=ON, batch_size=1_000, threads=2, failed_mask=True)
    assert whole.equals(small)
    narrow = registry.screen(large, "wrse", on=ON, batch_size=None, failed_mask=True)
    assert whole.column("reason_3_marital_status_in").to_pylist() == narrow.column("reason_3_marital_status_in").to_pylist()
    # Two non-null keys outside the ten values in the second part, 257 and -1: the batch's
    # error names the first and counts the other.
    first, second = (next(i for i in range(at, at + 100) if valid[i]) for at in (100_000, 120_000))
    keys[first], keys[second] = 257, -1
    bad = large.set_column(column, "marital_status", _int32_keys(keys, valid, values))
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(bad, "wrse", on=ON, batch_size=None)
    problem = err.value.problems[0]
    assert problem["path"] == f"marital_status[{first}]" and problem["kind"] == "dictionary_key"
    assert "1 more rows" in str(err.value)


def test_a_dictionary_key_outside_its_values_is_a_problem_naming_the_row():
    # Malformed Arrow (a key of 5 and of -1 for a dictionary of two values): once read as
    # unknown sex, silently; now refused at the first such row.
    sex = _dictionary([0, 1, 5, 0, -1])
    t = pa.table({"id": [1, 2, 3, 4, 5], "sex": sex})
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(t, "wrse", on=ON, missing="unknown")
    problem = err.value.problems[0]
    assert problem["path"] == "sex[2]" and problem["kind"] == "dictionary_key"
    assert "found key 5" in str(err.value) and "1 more rows" in str(err.value)
    assert "ditemukan kunci 5" in err.value.message_id


def test_a_null_row_may_hold_any_dictionary_key():
    # The Arrow format leaves a null row's key undefined: rows 1 and 2 are null, not errors.
    sex = _dictionary([0, 7, -3, 1], valid=[True, False, False, True])
    t = pa.table({"id": [1, 2, 3, 4], "sex": sex})
    out = registry.screen(t, "wrse", on=ON, missing="unknown")
    clean = pa.table({"id": [1, 2, 3, 4], "sex": pa.array(["female", None, None, "male"])})
    assert out.equals(registry.screen(clean, "wrse", on=ON, missing="unknown"))


PRESETS = ["wrse", "p2wkss_target", "p2wkss_head_of_household", "pena", "pkhp", "uep"]


def _as_dictionary(column, values, index_type):
    """A text column as a dictionary over ``values`` (shuffled, some unused) with ``index_type``
    keys: what Parquet's read_dictionary and pandas' Categorical give."""
    text = column.to_pylist()
    keys = pa.array([None if v is None else values.index(v) for v in text], index_type)
    return pa.DictionaryArray.from_arrays(keys, pa.array(values))


KEY_TYPES = [pa.int8(), pa.uint8(), pa.int16(), pa.uint16(), pa.int32(), pa.uint32(), pa.int64(), pa.uint64()]


@pytest.mark.parametrize("index_type", KEY_TYPES, ids=str)
def test_a_dictionary_of_any_key_type_screens_and_ranks_as_plain_text(table, index_type):
    # The binding hands a dictionary's keys, of any of Arrow's key types (uint8: a polars
    # Enum; int8: a pandas Categorical; uint32: a polars Categorical; int32: Parquet's
    # read_dictionary), to the core without remapping them:
    # the same answers as the same columns as plain strings, at a batch boundary and with
    # the table sliced (the keys' validity at a bit offset).
    sexes = ["male", "intersex?", "female"]  # a value no row uses, which does not parse
    statuses = ["widowed", "married", "abandoned", "never_married", "divorced"]
    sliced = table.slice(3, 1_500)
    keyed = sliced
    for name, values in [("sex", ["male", "female"]), ("marital_status", statuses)]:
        i = keyed.schema.get_field_index(name)
        keyed = keyed.set_column(i, name, _as_dictionary(sliced.column(name).combine_chunks(), values, index_type))
    for rule in PRESETS:
        plain = registry.screen(sliced, rule, on=ON, batch_size=700, threads=1, failed_mask=True)
        assert registry.screen(keyed, rule, on=ON, batch_size=700, threads=1, failed_mask=True).equals(plain), rule
    assert registry.quota(keyed, "uep", on=ON).equals(registry.quota(sliced, "uep", on=ON))
    # A dictionary with a value that does not parse (unused) takes the remap: same answers.
    i = keyed.schema.get_field_index("sex")
    odd = keyed.set_column(i, "sex", _as_dictionary(sliced.column("sex").combine_chunks(), sexes, index_type))
    assert registry.screen(odd, "wrse", on=ON).equals(registry.screen(sliced, "wrse", on=ON))


@pytest.mark.parametrize("index_type", KEY_TYPES[2:], ids=str)
def test_a_wide_key_past_255_is_no_value_even_when_its_low_byte_is_one(index_type):
    # Key 257 of a dictionary of two values points at none, though its low byte is 1
    # ("male"): read as a byte it would be a man. Refused, naming the row and the key.
    keys = pa.array([0, 257, 1, 256], index_type)
    sex = pa.DictionaryArray.from_arrays(keys, pa.array(["female", "male"]), safe=False)
    t = pa.table({"id": [1, 2, 3, 4], "sex": sex})
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(t, "wrse", on=ON, missing="unknown")
    problem = err.value.problems[0]
    assert problem["path"] == "sex[1]" and problem["kind"] == "dictionary_key"
    assert "found key 257" in str(err.value) and "1 more rows" in str(err.value)


def test_a_polars_categorical_and_enum_screen_as_plain_text(table):
    pl = pytest.importorskip("polars")
    plain = registry.screen(table, "wrse", on=ON, batch_size=700)
    frame = pl.from_arrow(table)
    for dtype in (pl.Categorical, pl.Enum(["female", "male"])):
        cat = frame.with_columns(pl.col("sex").cast(dtype))
        assert registry.screen(cat, "wrse", on=ON, batch_size=700).equals(plain), dtype


def test_a_bad_dictionary_key_is_still_named_before_a_later_column():
    # Keys are checked where the column is read, as when they were remapped: the sex key
    # outside its values is the error, not the impossible age read after it.
    t = pa.table({"id": [1, 2, 3], "sex": _dictionary([0, 9, 1]), "age": [30, 250, 40]})
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(t, "wrse", on=ON, missing="unknown")
    assert err.value.problems[0]["path"] == "sex[1]"
    # A rule that never reads sex still refuses the malformed column.
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(t.drop_columns(["age"]), "pena", on=ON, missing="unknown")
    assert err.value.problems[0]["kind"] == "dictionary_key"


def test_reason_columns_are_named_after_their_criteria(table):
    out = registry.screen(table.slice(0, 10), "wrse", on=ON)
    reasons = [c for c in out.column_names if c.startswith("reason_")]
    assert reasons and all(c.split("_", 2)[2] for c in reasons)
    assert reasons[0].startswith("reason_1_")


# --- columns: missing or of a type that cannot hold the criterion ----------------------------

def test_a_missing_criterion_column_is_an_argument_error_naming_it(table):
    renamed = table.rename_columns(["jenis_kelamin" if c == "sex" else c for c in table.column_names])
    with pytest.raises(berdaya.ArgumentError) as err:
        registry.screen(renamed, "wrse", on=ON)
    assert isinstance(err.value, berdaya.ColumnError)
    assert str(err.value).startswith("sex:") and "text column" in str(err.value)
    assert 'missing="unknown"' in str(err.value) and err.value.code == "missing_column"
    # Said explicitly: every row unknown for it, none eligible.
    out = registry.screen(renamed, "wrse", on=ON, missing="unknown")
    assert "eligible" not in set(out.column("eligibility").cast(pa.string()).to_pylist())
    with pytest.raises(berdaya.ColumnError) as err:
        registry.quota(table.drop_columns(["has_business"]), "uep", on=ON)
    assert str(err.value).startswith("has_business:")


def test_a_column_of_the_wrong_type_is_an_argument_error(table):
    as_text = table.set_column(table.schema.get_field_index("age"), "age",
                               table.column("age").cast(pa.string()))
    with pytest.raises(berdaya.ArgumentError) as err:
        registry.screen(as_text, "wrse", on=ON)
    assert str(err.value).startswith("age:") and "whole numbers" in str(err.value)
    assert err.value.code == "column_type"
    flags = table.set_column(table.schema.get_field_index("main_breadwinner"), "main_breadwinner",
                             pa.array([1.5] * table.num_rows))
    with pytest.raises(berdaya.ColumnError):
        registry.screen(flags, "wrse", on=ON)
    # Text flags (as Dask makes them) read when each is true or false; others are named.
    words = ["True", "false", None] + ["true"] * (table.num_rows - 3)
    text = table.set_column(table.schema.get_field_index("main_breadwinner"), "main_breadwinner", pa.array(words))
    assert registry.screen(text, "wrse", on=ON).num_rows == table.num_rows
    words[2] = "perhaps"
    text = table.set_column(table.schema.get_field_index("main_breadwinner"), "main_breadwinner", pa.array(words))
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(text, "wrse", on=ON)
    assert err.value.problems[0]["path"] == "main_breadwinner[2]"


def test_pandas_integer_columns_with_gaps_still_read():
    df = pd.DataFrame({"id": [1, 2], "age": [30.0, math.nan], "sex": ["female", "female"]})
    out = registry.screen(df, {"test": {"criterion": "age_between", "min": 18, "max": 59}}, on=ON)
    assert out.column("eligibility").cast(pa.string()).to_pylist() == ["eligible", "undetermined"]
    df.loc[1, "age"] = 30.5
    with pytest.raises(berdaya.ValidationError) as err:
        registry.screen(df, {"test": {"criterion": "age_between", "min": 18, "max": 59}}, on=ON)
    assert err.value.problems[0]["path"] == "age[1]"


# --- ids pass through in their own type, with the village ------------------------------------

@pytest.mark.parametrize("village_type", [pa.int32(), pa.int64(), pa.uint32(), pa.uint64(), pa.int16()], ids=str)
def test_quota_groups_integer_villages_of_any_width_and_sign(table, village_type):
    # Kelurahan codes read straight from 32- and 64-bit columns, or through a dense key when
    # a value does not fit 32 bits (negative, or past 2^32): the same places as the same
    # kelurahan given as text, and the village column given back as it came.
    base = table.column("village").to_pylist()
    for shift in (0, -3) if village_type.id in (pa.int32().id, pa.int64().id, pa.int16().id) else (0, 2**32):
        if village_type == pa.uint32() and shift:
            continue
        villages = [None if v is None else v + shift for v in base]
        numbers = table.set_column(table.schema.get_field_index("village"), "village", pa.array(villages, village_type))
        text = table.set_column(table.schema.get_field_index("village"), "village",
                                pa.array([None if v is None else f"desa-{v}" for v in villages]))
        got = registry.quota(numbers, "uep", on=ON)
        want = registry.quota(text, "uep", on=ON)
        assert got.column("rank").equals(want.column("rank")), (village_type, shift)
        assert got.column("village").to_pylist() == villages
        assert got.schema.field("village").type == village_type


def test_quota_gives_text_ids_and_the_village_back(table):
    numeric = registry.quota(table, "uep", on=ON).to_pylist()
    ids = [f"KK-{i:06d}" for i in table.column("id").to_pylist()]
    villages = [None if v is None else f"desa-{v}" for v in table.column("village").to_pylist()]
    text = table.set_column(0, "id", pa.array(ids))
    text = text.set_column(text.schema.get_field_index("village"), "village", pa.array(villages))
    out = registry.quota(text, "uep", on=ON)
    assert out.schema.field("id").type == pa.string()
    rows = out.to_pylist()
    assert [r["id"] for r in rows] == ids
    assert [r["village"] for r in rows] == villages
    # Zero-padded text ids order like the numbers: the same households are chosen.
    assert [r["selected"] for r in rows] == [r["selected"] for r in numeric]
    assert not any(str(r["id"]).startswith("-") for r in rows)
    for to in ("pandas", "polars"):
        frame = registry.quota(text, "uep", on=ON, to=to)
        assert list(frame["id"]) == ids


def test_repeated_or_missing_ids_are_refused(table):
    ids = table.column("id").to_pylist()
    ids[7] = ids[3]
    with pytest.raises(berdaya.ValidationError) as err:
        registry.quota(table.set_column(0, "id", pa.array(ids)), "uep", on=ON)
    assert err.value.problems[0]["path"] == "id[7]" and "row 3" in str(err.value)
    ids[7] = None
    with pytest.raises(berdaya.ValidationError) as err:
        registry.quota(table.set_column(0, "id", pa.array(ids)), "uep", on=ON)
    assert err.value.problems[0]["path"] == "id[7]"


def test_attendance_and_distribution_give_ids_back_in_their_type():
    rows = pa.table({
        "participant": ["kpm-b", "kpm-b", "kpm-a", "kpm-a"],
        "facilitator": pa.array([7, 7, 9, None], pa.int16()),
        "month": [202301, 202302, 202301, 202302],
        "present": [True, False, True, True],
    })
    people, facs = registry.attendance(rows, threshold_percent=50)
    assert people.column("participant").to_pylist() == ["kpm-a", "kpm-b"]
    assert people.column("attended").to_pylist() == [2, 1]
    assert facs.schema.field("facilitator").type == pa.int16()
    assert facs.column("facilitator").to_pylist() == [7, 9]
    with pytest.raises(berdaya.ValidationError) as err:
        registry.attendance(rows.set_column(3, "present", pa.array([True, None, True, True])))
    assert err.value.problems[0]["path"] == "present[1]"
    groups = pa.table({"group": ["rt-02", "rt-01", "rt-02"], "dimension": ["social"] * 3})
    out = registry.distribution(groups).to_pylist()
    assert [(r["group"], r["count"]) for r in out] == [("rt-01", 1), ("rt-02", 2)]


# --- the core reads the stream: order, the first error, the stream's own error ----------------

def test_the_first_failing_batch_in_row_order_is_the_error_whatever_the_threads(table):
    sex = table.column("sex").to_pylist()
    # Batches of 500: rows 720 (the second batch) and 1230, 1240 (the third) are bad. Each
    # thread takes the next batch; the third may finish first, but the error is the second's.
    for row in (720, 1_230, 1_240):
        sex[row] = "perempuan"
    bad = table.set_column(table.schema.get_field_index("sex"), "sex", pa.array(sex))
    for threads in (1, 2, 3):
        with pytest.raises(berdaya.ValidationError) as err:
            registry.screen(bad, "wrse", on=ON, batch_size=500, threads=threads)
        assert err.value.problems[0]["path"] == "sex[720]", (threads, str(err.value))


def test_a_stream_is_cut_to_the_batch_size_and_read_in_order(table):
    # One reader of batches of 700, 1 and 1,299 rows, cut to at most 256 rows: the same table
    # as screening it whole, in the input's row order (ids included).
    parts = [table.slice(0, 700), table.slice(700, 1), table.slice(701)]
    reader = pa.RecordBatchReader.from_batches(table.schema, [b for p in parts for b in p.to_batches()])
    got = registry.screen(reader, "wrse", on=ON, batch_size=256, threads=2, failed_mask=True)
    whole = registry.screen(table, "wrse", on=ON, batch_size=None, threads=1, failed_mask=True)
    assert got.column("id").to_pylist() == table.column("id").to_pylist()
    assert got.equals(whole)
    # The progress bar's path (batch by batch from Python) gives the same table.
    assert registry.screen(table, "wrse", on=ON, batch_size=256, progress=True, failed_mask=True).equals(whole)


def test_a_stream_that_fails_while_read_is_a_berdaya_error(table):
    def batches():
        yield table.slice(0, 100).to_batches()[0]
        raise OSError("the registry's disk went away")

    reader = pa.RecordBatchReader.from_batches(table.schema, batches())
    with pytest.raises(berdaya.errors.BerdayaError) as err:
        registry.screen(reader, "wrse", on=ON)
    assert "the registry's disk went away" in str(err.value)


def test_with_one_thread_a_stream_is_read_on_the_callers_thread(table):
    # A database cursor or a generator tied to its thread is read where it was made when
    # screened on one thread (the documented way for such a stream).
    import threading

    readers = []

    def batches():
        for b in table.to_batches(max_chunksize=300):
            readers.append(threading.get_ident())
            yield b

    reader = pa.RecordBatchReader.from_batches(table.schema, batches())
    got = registry.screen(reader, "wrse", on=ON, threads=1)
    assert got.num_rows == table.num_rows and len(readers) == 7
    assert set(readers) == {threading.get_ident()}
