"""Eligibility rules as typed objects (python/berdaya/rules.py over the core's CriterionKind)."""

import pydoc

import pytest

import berdaya
from berdaya.rules import AllOf, AnyOf, Test

_WIDOW = {"id": "w-1", "sex": "female", "age": 40, "marital_status": "widowed",
          "main_breadwinner": True, "monthly_income": 400_000}


def test_a_rule_object_screens_as_its_dict_does():
    rule = AllOf(Test("sex", is_="female"),
                 AnyOf(Test("marital_status_in", any_of=["widowed", "divorced"]), Test("main_breadwinner")),
                 Test("income_below", limit=500_000))
    as_dict = {"all_of": [
        {"test": {"criterion": "sex", "is": "female"}},
        {"any_of": [{"test": {"criterion": "marital_status_in", "any_of": ["widowed", "divorced"]}},
                    {"test": {"criterion": "main_breadwinner"}}]},
        {"test": {"criterion": "income_below", "limit": 500_000}},
    ]}
    assert rule.to_dict() == as_dict
    by_object = berdaya.screen(rule, _WIDOW, "2022-01-20")
    assert by_object == berdaya.screen(as_dict, _WIDOW, "2022-01-20")
    assert by_object["eligibility"] == "eligible"
    poorer_limit = AllOf(Test("income_below", limit=300_000))
    assert berdaya.screen(poorer_limit, _WIDOW, "2022-01-20")["eligibility"] == "not_eligible"


@pytest.mark.parametrize("make, named, code", [
    (lambda: Test("sexx", is_="female"), "`sexx`", "unknown_criterion"),
    (lambda: Test("age_between", min=15, maks=64), "`maks`", "unknown_field"),
    (lambda: Test("age_between", min=15), "`max`", "missing_field"),
    (lambda: AllOf(), "all_of", "empty_rule"),
])
def test_a_wrong_rule_names_what_is_wrong_and_lists_the_known(make, named, code):
    with pytest.raises(berdaya.ArgumentError) as err:
        make()
    assert named in str(err.value) and err.value.code == code
    if code == "unknown_criterion":
        assert "age_between" in str(err.value) and "designated_site" in str(err.value)
    if code == "unknown_field":
        assert "min, max" in str(err.value)


def test_the_designated_site_may_be_left_unrecorded():
    # Not recorded: the criterion is unknown for everyone, never a silent pass.
    out = berdaya.screen(AllOf(Test("designated_site")), _WIDOW, "2022-01-20")
    assert out["eligibility"] == "undetermined"


def test_help_lists_every_kind_in_both_languages():
    text = pydoc.render_doc(Test, renderer=pydoc.plaintext)
    for kind in Test.KINDS:
        assert kind in text
    assert "whole years" in text and "tahun penuh" in text
