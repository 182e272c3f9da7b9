"""Registry outputs beyond the reason columns: the failed-criteria bitmask and the labels of
every code, in both languages, from the core."""

import datetime

import pyarrow as pa
import pytest

import berdaya
from berdaya import registry
from berdaya.errors import ArgumentError, RuleError

ON = datetime.date(2024, 1, 1)
CODES = {"pkh": "receives_pkh", "bpnt": "receives_bpnt", "blt": "receives_blt", "rastra": "receives_rastra"}


@pytest.fixture(scope="module")
def table():
    return registry.synthetic(3_000, seed=5)


@pytest.mark.parametrize("preset", ["pena", "wrse", "p2wkss_target"])
def test_failed_mask_bits_are_the_per_document_failures(table, preset):
    sample = table.slice(0, 300)
    out = registry.screen(sample, preset, on=ON, failed_mask=True, batch_size=128)
    assert out.schema.field("failed_criteria").type == pa.uint32()
    plain = registry.screen(sample, preset, on=ON)
    # The mask is an extra column; the others are unchanged.
    assert out.drop(["failed_criteria"]).equals(plain)
    seen_failure = False
    for row, mask in zip(sample.to_pylist(), out.column("failed_criteria").to_pylist()):
        person = {"id": str(row["id"])}
        for k in ("sex", "age", "marital_status", "household_head", "main_breadwinner", "monthly_income",
                  "dependants", "household_has_elderly", "household_has_disabled", "has_business",
                  "in_integrated_database", "education"):
            if row[k] is not None:
                person[k] = row[k]
        person["assistance_received"] = [code for code, col in CODES.items() if row[col]]
        outcomes = berdaya.screen(preset, person, ON)["outcomes"]
        want = sum(1 << k for k, o in enumerate(outcomes) if o["verdict"] == "fail")
        assert mask == want
        seen_failure |= want != 0
    assert seen_failure


def test_failed_mask_of_a_rule_too_wide_is_a_rule_error(table):
    wide = {"all_of": [{"test": {"criterion": "household_head"}}] * 65}
    with pytest.raises(RuleError) as e:
        registry.screen(table.slice(0, 10), wide, on=ON, failed_mask=True)
    assert e.value.code == "too_many_criteria"
    # 33 criteria: the mask needs 64 bits.
    out = registry.screen(table.slice(0, 10), {"all_of": [{"test": {"criterion": "household_head"}}] * 33}, on=ON,
                          failed_mask=True)
    assert out.schema.field("failed_criteria").type == pa.uint64()
    heads = table.slice(0, 10).column("household_head").to_pylist()
    assert out.column("failed_criteria").to_pylist() == [(1 << 33) - 1 if h is False else 0 for h in heads]
    with pytest.raises(ArgumentError):
        registry.screen(table.slice(0, 10), "wrse", on=ON, failed_mask="yes")


def test_labels_cover_every_code_of_the_dictionaries_in_both_languages(table):
    out = registry.screen(table.slice(0, 50), "wrse", on=ON)
    reasons = out.column("reason_1_sex").combine_chunks().dictionary.to_pylist()
    verdicts = out.column("eligibility").combine_chunks().dictionary.to_pylist()
    id_, en = registry.reason_labels("id"), registry.reason_labels("en")
    assert list(id_) == list(en) == reasons
    assert list(registry.eligibility_labels("en")) == verdicts
    for code in reasons:
        assert id_[code] and en[code] and id_[code] != code
    # The two languages are different words, not one copied into the other.
    assert sum(id_[c] != en[c] for c in reasons) == len(reasons)
    assert "Jenis kelamin" in id_["sex_differs"]
    with pytest.raises(berdaya.errors.LangError):
        registry.reason_labels("fr")


@pytest.mark.parametrize("kind", [pa.int32(), pa.int64(), pa.uint16(), pa.string()])
def test_attendance_gives_ids_back_in_their_own_type(kind):
    raw = [30, 10, 30, 20, 10, 30]
    ids = [str(x) for x in raw] if kind == pa.string() else raw
    t = pa.table({
        "participant": pa.array(ids, kind),
        "facilitator": pa.array([7, 7, 8, None, 7, 8], pa.int32()),
        "month": [202301, 202301, 202302, 202301, 202302, 202302],
        "present": [True, False, True, True, True, False],
        "in_working_hours": [True, None, False, True, True, True],
    })
    people, facilitators = registry.attendance(t, threshold_percent=50.0)
    assert people.schema.field("participant").type == kind
    want = sorted(set(ids), key=lambda x: int(x))
    assert people.column("participant").to_pylist() == want
    # Participant 30: three meetings in two months, two attended.
    row = people.column("participant").to_pylist().index(want[-1])
    assert (people.column("sessions")[row].as_py(), people.column("attended")[row].as_py()) == (3, 2)
    assert facilitators.schema.field("facilitator").type == pa.int32()
    assert facilitators.column("facilitator").to_pylist() == [7, 8]
    assert facilitators.column("caseload").to_pylist() == [2, 1]


def test_a_typed_rule_screens_and_ranks_as_its_dict_does(table):
    from berdaya import rules

    typed = rules.AllOf(rules.Test("household_head"), rules.Test("main_breadwinner"))
    as_dict = typed.to_dict()
    sample = table.slice(0, 500)
    assert registry.screen(sample, typed, on=ON).equals(registry.screen(sample, as_dict, on=ON))
    assert registry.quota(sample, typed, on=ON, per_village=3).equals(
        registry.quota(sample, as_dict, on=ON, per_village=3))


def test_pandas_frames_keep_integers_and_flags_nullable(table):
    # A rank is null where a household is not eligible: it stays an integer column, not float64.
    ranked = registry.quota(table.slice(0, 800), "pkhp", on=ON, per_village=5, to="pandas")
    import pandas as pd

    assert pd.api.types.is_integer_dtype(ranked["rank"].dtype), ranked["rank"].dtype
    assert isinstance(ranked["rank"].dtype, pd.api.extensions.ExtensionDtype)  # nullable
    assert ranked["rank"].isna().any() and ranked["rank"].notna().any()
    assert str(ranked["selected"].dtype) == "boolean"
    people, _ = registry.attendance(
        pa.table({"participant": [1, 1, 2], "facilitator": [9, 9, 9], "month": [202301, 202302, 202301],
                  "present": [True, False, True], "in_working_hours": [True, True, False]}),
        to="pandas",
    )
    assert not any(str(t) in ("float64", "object") for t in people.dtypes), people.dtypes


def _code_buffers(out):
    """The address of every code buffer of the screened columns."""
    return {
        out.column(name).chunk(i).indices.buffers()[1].address
        for name in out.column_names
        if name == "eligibility" or name.startswith("reason_")
        for i in range(out.column(name).num_chunks)
    }


def _codes(out):
    """A copy of every screened column's codes."""
    import numpy as np

    return {name: np.concatenate([c.indices.to_numpy() for c in out.column(name).chunks])
            for name in out.column_names if name == "eligibility" or name.startswith("reason_")}


def test_an_output_still_held_keeps_its_codes_and_a_dropped_one_s_buffers_are_reused():
    import gc
    import resource

    import numpy as np

    # The benchmark's shape: a million rows, sex and marital status as dictionaries, batches
    # of 250,000 rows, whose code buffers the binding keeps once they are let go.
    data = registry.synthetic(1_000_000, seed=11)
    for name in ("sex", "marital_status"):
        i = data.schema.get_field_index(name)
        data = data.set_column(i, name, data.column(i).dictionary_encode())
    screen = {"on": ON, "batch_size": 250_000, "threads": 2}
    first = registry.screen(data, "wrse", **screen)
    want = _codes(first)
    assert {k: int(v.max()) for k, v in want.items()} != {k: 0 for k in want}, "a column of one code"
    held = _code_buffers(first)
    # While `first` is held, other screenings (other rows, another rule) must not write into
    # its buffers.
    other = registry.screen(data.slice(500_000), "pena", **screen)
    assert not (_code_buffers(other) & held)
    for k, v in _codes(first).items():
        assert np.array_equal(v, want[k]), k
    del other
    # Once `first` is dropped, the next screening of the same size takes its buffers back,
    # with `first`'s codes still in them: a screening of other households must overwrite
    # every one (its answer as screened in batches too small for the pool to keep).
    del first
    gc.collect()
    others = registry.synthetic(1_000_000, seed=12)
    for name in ("sex", "marital_status"):
        i = others.schema.get_field_index(name)
        others = others.set_column(i, name, others.column(i).dictionary_encode())
    truth = _codes(registry.screen(others, "wrse", on=ON, batch_size=20_000, threads=2))
    assert any((truth[k] != want[k]).any() for k in want), "the stale codes would pass for the answer"
    again = registry.screen(others, "wrse", **screen)
    assert _code_buffers(again) & held, "no buffer of a dropped output was reused"
    for k, v in _codes(again).items():
        assert np.array_equal(v, truth[k]), k
    del again
    pages = sum(v.nbytes for v in want.values()) // 4096
    # glibc's `malloc_trim` gives every free page back to the system, as glibc does on its
    # own when its thresholds say so: a kept buffer is not free to glibc, so its pages stay.
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        pytest.skip("not glibc: no malloc_trim to give free pages back with")
    faults = 0
    for _ in range(3):
        gc.collect()
        trim(0)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        out = registry.screen(data, "wrse", **screen)
        faults += resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
        del out
    # What a screening still allocates (the tables' small structures, the threads' stacks)
    # faults in some tens of pages; without the pool, its whole output besides (three
    # screenings: ~3,800 pages, against 1,464 pages of codes).
    assert faults < pages, f"{faults} pages faulted in by three screenings of {pages} pages of codes"
