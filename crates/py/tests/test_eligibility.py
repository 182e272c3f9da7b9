"""Screening with reason codes and quota selection (mirrors eligibility.rs and quota.rs)."""

import datetime

import pytest

import berdaya

ON = datetime.date(2023, 5, 1)


def woman(age, **extra):
    p = {"id": f"w-{age}", "sex": "female", "age": age, "marital_status": "widowed",
         "main_breadwinner": True, "monthly_income": 400000}
    p.update(extra)
    return p


@pytest.mark.parametrize(
    "age,eligibility,reason",
    [(17, "not_eligible", "age_below_min"), (18, "eligible", "age_in_range"),
     (59, "eligible", "age_in_range"), (60, "not_eligible", "age_above_max")],
)
def test_wrse_age_boundaries(age, eligibility, reason):
    s = berdaya.screen("wrse", woman(age), ON)
    assert s["eligibility"] == eligibility
    assert [o["reason"] for o in s["outcomes"]][1] == reason


def test_missing_data_is_undetermined_and_strings_are_dates():
    s = berdaya.screen("wrse", woman(30, monthly_income=None), "2023-05-01")
    assert s["eligibility"] == "undetermined"
    assert "income_unknown" in [o["reason"] for o in s["outcomes"]]


def test_params_and_custom_rules():
    s = berdaya.screen("wrse", woman(30, monthly_income=800000), ON,
                       params={"wrse_income_limit": 1000000, "productive_age": [15, 64], "p2wkss_income_limit": None})
    assert s["eligibility"] == "eligible"
    rule = {"all_of": [{"test": {"criterion": "age_between", "min": 20, "max": 40}},
                       {"test": {"criterion": "has_business"}}]}
    s = berdaya.screen(rule, {"id": "k", "age": 41, "has_business": True}, ON)
    assert [o["reason"] for o in s["outcomes"]] == ["age_above_max", "has_business"]
    with pytest.raises(berdaya.RuleError) as err:
        berdaya.screen({"any_of": []}, {"id": "k"}, ON)
    assert err.value.code == "empty"
    with pytest.raises(berdaya.RuleError):
        berdaya.screen("wrsee", woman(30), ON)
    assert "pena" in berdaya.presets()


def test_uep_quota_of_five_per_kelurahan_is_deterministic():
    sites = [{"id": f"s{k}", "province": "Banten", "city": "Tangerang", "city_kind": "kota",
              "kecamatan": "Karawaci", "village": f"Kel {k}", "village_kind": "kelurahan"} for k in range(2)]
    people = [{"id": f"kpm-{i:02}", "assistance_received": ["pkh"], "has_business": True,
               "monthly_income": 100000 * (i + 1), "dependants": i % 3, "site": f"s{i % 2}"} for i in range(14)]
    sel = berdaya.select_quota("uep", people, sites, ON)
    assert [len(v["selected"]) for v in sel["villages"]] == [5, 5]
    assert sum(v["eligible"] for v in sel["villages"]) == 14
    again = berdaya.select_quota("uep", list(reversed(people)), sites, ON)
    assert again == sel
    with pytest.raises(berdaya.RuleError):
        berdaya.select_quota({"test": {"criterion": "has_business"}}, people, sites, ON)
