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


def test_preset_params_have_documented_defaults_and_provenance():
    p = berdaya.PresetParams()
    assert p.wrse_income_limit == 500_000
    assert p.productive_age == [15, 64]
    assert p.p2wkss_locations is None  # not recorded: nobody is eligible until it is given
    assert p.pena_assistance == ["pkh", "bpnt"]
    doc = berdaya.PresetParams.__doc__
    for name in berdaya.PresetParams.FIELDS:
        assert name in doc
    # Each default with whose it is, in both languages, quoting the seed.
    assert "Rp.500 ribu" in doc and "Badan Pusat Statistik" in doc and "Bawaan" in doc
    bases = {f["name"]: f["basis"] for f in berdaya.PresetParams.provenance()}
    assert bases == {
        "wrse_income_limit": "observed_in_source",
        "productive_age": "borrowed_convention",
        "p2wkss_income_limit": "stated_by_source",
        "p2wkss_locations": "set_by_caller",
        "pena_assistance": "stated_by_source",
    }


_WIDOW = {"id": "w-1", "sex": "female", "age": 40, "marital_status": "widowed",
          "main_breadwinner": True, "monthly_income": 600_000}


def test_preset_params_as_objects_or_dicts_give_the_same_answer():
    strict = berdaya.screen("wrse", _WIDOW, "2022-01-20")
    by_object = berdaya.screen("wrse", _WIDOW, "2022-01-20",
                               params=berdaya.PresetParams(wrse_income_limit=750_000))
    by_dict = berdaya.screen("wrse", _WIDOW, "2022-01-20", params={"wrse_income_limit": 750_000})
    assert by_object == by_dict != strict
    assert strict["eligibility"] == "not_eligible" and by_dict["eligibility"] == "eligible"


@pytest.mark.parametrize("make", [
    lambda: berdaya.PresetParams(wrse_income=750_000),
    lambda: berdaya.screen("wrse", _WIDOW, "2022-01-20", params={"wrse_income": 750_000}),
])
def test_an_unknown_preset_param_names_it_and_lists_the_known_ones(make):
    with pytest.raises(berdaya.ArgumentError) as err:
        make()
    message = str(err.value)
    assert "`wrse_income`" in message and "wrse_income_limit" in message and "pena_assistance" in message
    assert err.value.code == "unknown_preset_param"


def test_help_shows_every_setting():
    import pydoc

    for cls in (berdaya.Thresholds, berdaya.PresetParams):
        text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
        for f in cls.provenance():
            assert f["name"] in text and f["explanation_en"][:40] in text
