"""The case format for writing one's own case: the JSON Schema, templates and the field
reference (mirrors crates/core/src/exchange/ and cases/template.rs)."""

import json
import pathlib

import jsonschema
import pytest

import berdaya

REPO = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def schema():
    return berdaya.schema()


def test_the_shipped_schema_is_the_committed_one(schema):
    committed = json.loads((REPO / "schema" / "case.schema.json").read_text(encoding="utf-8"))
    assert schema == committed
    jsonschema.Draft202012Validator.check_schema(schema)


def test_every_bundled_case_and_template_fits_the_schema(schema):
    validator = jsonschema.Draft202012Validator(schema)
    for case in berdaya.load_all():
        assert list(validator.iter_errors(case.to_dict())) == [], case.id
    for name in berdaya.template_names():
        case = berdaya.template(name)
        assert list(validator.iter_errors(case.to_dict())) == [], name
        assert berdaya.Case.from_dict(case.to_dict()) == case


def test_a_template_for_each_programme_kind_and_preset():
    assert berdaya.template("p2k2").to_dict()["programme"]["kind"] == "p2k2"
    assert berdaya.template("pkhp").to_dict()["programme"]["kind"] == "wrse_social_assistance"
    with pytest.raises(berdaya.ArgumentError, match="p2wkss, p2k2") as err:
        berdaya.template("p2wks")
    assert err.value.code == "unknown_template"


def test_the_field_reference_covers_every_property_of_the_schema(schema):
    fields = berdaya.field_reference()
    listed = {(f["record"], f["key"]) for f in fields}
    for name, definition in [("Case", schema)] + list(schema["$defs"].items()):
        for key in definition.get("properties", {}):
            assert (name, key) in listed
    kind = next(f for f in fields if f["record"] == "Programme" and f["key"] == "kind")
    assert kind["required"] and "p2wkss" in kind["allowed"]
    assert kind["meaning_en"] and kind["meaning_id"]


def _codes(schema, definition):
    """The codes a definition of the schema allows."""
    return [option["const"] for option in schema["$defs"][definition]["oneOf"]]


def test_a_new_case_from_the_template_and_the_schema_alone_gets_every_problem_at_once(schema):
    """Done means (issue 18): a case written from template() and the schema only, with a
    mistake in each kind of field, gets every problem in one answer, in the user's words."""
    document = berdaya.template("wrse").to_dict()
    site = document["sites"][0]["id"]
    participant_fields = schema["$defs"]["Participant"]["properties"]
    assert {"age", "sex", "site", "education"} <= set(participant_fields)
    sex = _codes(schema, "Sex")
    document["participants"] = [
        {"id": "p-1", "site": site, "sex": sex[0], "age": 40},
        # a code the schema does not allow
        {"id": "p-2", "site": site, "education": "university_degree"},
        # a reference to a site the document lacks
        {"id": "p-3", "site": "site-99"},
        # a number where the schema wants one, given as text
        {"id": "p-4", "site": site, "dependants": "three"},
        # a misspelt key
        {"id": "p-5", "site": site, "monthy_income": 1_000_000},
    ]
    # an impossible date
    document["reference_date"] = "2024-02-30"
    # a required field left out
    del document["sites"][0]["city_kind"]
    # a true/false field given as text
    document["participants"][0]["household_head"] = "ya"

    with pytest.raises(berdaya.ValidationError) as err:
        berdaya.Case.from_dict(document)
    problems = err.value.problems
    paths = {p["path"] for p in problems}
    expected = {
        "/participants/1/education",
        "/participants/3/dependants",
        "/participants/4/monthy_income",
        "/reference_date",
        "/sites/0",  # the record missing its required `city_kind`
        "/participants/0/household_head",
    }
    assert expected <= paths, sorted(paths)
    text = "\n".join(p["message"] for p in problems)
    # In words a user knows: the field's meaning, not serde's or the parser's.
    for words in ["education", "dependants", "reference date", "kind of city", "`city_kind`",
                  "household head", "monthly_income"]:
        assert words in text.lower(), text
    for jargon in ["line 1 column", "serde", "malformed", "document - "]:
        assert jargon not in text, text
    # Every problem in Indonesian too.
    assert all(p["message_id"] and p["message_id"] != p["message"] for p in problems)

    # The cross-record checks (references) run once the structure is right: with the
    # structural mistakes fixed, the reference to a missing site is the one problem left.
    # (Left for later: the core reports them together with the structural ones.)
    document["reference_date"] = "2024-02-29"
    document["sites"][0]["city_kind"] = _codes(schema, "CityKind")[0]
    document["participants"] = [p for p in document["participants"] if p["id"] == "p-3"]
    with pytest.raises(berdaya.ValidationError) as err:
        berdaya.Case.from_dict(document)
    assert [p["path"] for p in err.value.problems] == ["/participants/0/site"]
    assert "site" in err.value.problems[0]["message"]
