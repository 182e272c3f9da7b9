"""The Case document: JSON and dict round trips, pickling, validation, editing
(mirrors crates/core/src/document.rs and validate.rs)."""

import copy
import json
import pickle

import pytest

import berdaya


@pytest.fixture(scope="module")
def karawaci():
    return berdaya.load("p2k2-karawaci")


def test_getters_and_repr(karawaci):
    assert karawaci.id == "p2k2-karawaci"
    assert karawaci.schema_version == berdaya.SCHEMA_VERSION == 1
    assert "Karawaci" in karawaci.title("id") and "Karawaci" in karawaci.title("en")
    assert repr(karawaci).startswith('Case(id="p2k2-karawaci", programme="P2K2"')


def test_round_trips(karawaci):
    assert berdaya.Case.from_json(karawaci.to_json()) == karawaci
    assert berdaya.Case.from_json(karawaci.to_json(indent=False)) == karawaci
    assert berdaya.Case.from_dict(karawaci.to_dict()) == karawaci
    assert pickle.loads(pickle.dumps(karawaci)) == karawaci
    assert json.loads(karawaci.to_json()) == karawaci.to_dict()


def test_editing_through_dicts_and_validation_paths(karawaci):
    data = karawaci.to_dict()
    data["activities"][0]["end"] = "2020-01"  # before its start in 2021
    data["participants"] = [{"id": "kpm-1", "age": 130, "site": "nowhere"}]
    with pytest.raises(berdaya.ValidationError) as err:
        berdaya.Case.from_dict(data)
    e = err.value
    assert isinstance(e, ValueError) and isinstance(e, berdaya.BerdayaError)
    found = {(p["path"], p["kind"]) for p in e.problems}
    assert ("/activities/0/end", "date_order") in found
    assert ("/participants/0/age", "age_out_of_range") in found
    assert ("/participants/0/site", "unknown_reference") in found
    assert e.errors() == e.problems
    assert all(p["message"].startswith(p["path"] or "/") for p in e.problems)
    assert all("diharapkan" in p["message_id"] for p in e.problems)


def test_problems_never_raise(karawaci):
    assert karawaci.problems() == []


def test_adi_transitions_are_checked():
    case = berdaya.load("p2wkss-bekasi-utara")
    with pytest.raises(berdaya.TransitionError) as err:
        case.with_stage_status("harapan-jaya", "terminasi", "completed")
    assert err.value.code == "termination_needs_implementation"
    moved = case.with_stage_status("harapan-jaya", "pelaksanaan", "completed")
    rows = [r for r in moved.analysis("en")["stages"] if r["process"] == "harapan-jaya"]
    assert next(r for r in rows if r["stage"] == "pelaksanaan")["status"] == "completed"
    assert case != moved, "cases are immutable: a transition returns a new case"
    with pytest.raises(berdaya.ValidationError):
        case.with_stage_status("harapan-jaya", "pelaksana", "completed")
    with pytest.raises(berdaya.UnknownCaseError):
        case.with_stage_status("cibubur", "pelaksanaan", "completed")


def test_case_is_frozen(karawaci):
    with pytest.raises(AttributeError):
        karawaci.id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        berdaya.Case()  # type: ignore[call-arg]


def test_dict_is_a_copy(karawaci):
    data = karawaci.to_dict()
    before = copy.deepcopy(data)
    data["id"] = "changed"
    assert karawaci.to_dict() == before
