"""Settings as typed objects (mirrors crates/core/src/insight/diagnostics/thresholds.rs)."""

import pytest

import berdaya


def test_thresholds_have_documented_defaults_and_provenance():
    t = berdaya.Thresholds()
    assert t.attendance_min_percent == 50
    assert t.required_sectors == ["business", "academia"]
    doc = berdaya.Thresholds.__doc__
    for name in berdaya.Thresholds.FIELDS:
        assert name in doc
    assert "assumption" in doc and "seed 002" in doc
    bases = {f["name"]: f["basis"] for f in berdaya.Thresholds.provenance()}
    assert bases["caseload_max_families_per_facilitator"] == "assumption"


def test_thresholds_as_objects_or_dicts_give_the_same_answer():
    case = berdaya.load("p2k2-karawaci")
    by_object = case.report("en", thresholds=berdaya.Thresholds(attendance_min_percent=90))
    by_dict = case.report("en", thresholds={"attendance_min_percent": 90})
    assert by_object == by_dict != case.report("en")
    assert berdaya.Thresholds(attendance_min_percent=90).changed() == {"attendance_min_percent": 90}


@pytest.mark.parametrize("make", [
    lambda: berdaya.Thresholds(caseload_max=700),
    lambda: berdaya.load("p2k2-karawaci").report("en", thresholds={"caseload_max": 700}),
])
def test_an_unknown_key_names_it_and_lists_the_known_ones(make):
    with pytest.raises(berdaya.ArgumentError) as err:
        make()
    message = str(err.value)
    assert "caseload_max" in message
    assert "caseload_max_families_per_facilitator" in message and "attendance_min_percent" in message
    assert err.value.code == "unknown_threshold"
