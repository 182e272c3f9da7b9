"""Writing a new case from ``template()`` and the schema alone (no bundled case consulted), with
one mistake in each kind of field, gives every problem in one answer, in words a user knows.

(Mirrors crates/core/tests/validation.rs ``structural_and_cross_record_problems_in_one_answer``:
the core walks the draft it recovered for cross-record problems too.)
"""

import re

import pytest

import berdaya


@pytest.fixture(scope="module")
def schema():
    return berdaya.schema()


def _definition(schema, name):
    return schema["$defs"][name]


def _enum(schema, prop):
    """The allowed codes of a property, following its $ref."""
    ref = prop.get("$ref") or next(p["$ref"] for p in prop["anyOf"] if "$ref" in p)
    d = _definition(schema, ref.split("/")[-1])
    return d.get("enum") or [v["const"] for v in d["oneOf"]]


def _draft(schema):
    doc = berdaya.template("p2wkss").to_dict()
    site_def = _definition(schema, "Site")["properties"]
    cohort_def = _definition(schema, "Cohort")
    stakeholder_def = _definition(schema, "Stakeholder")["properties"]

    # 1. wrong type: the schema says `city` is text.
    assert site_def["city"]["type"] == "string"
    doc["sites"][0]["city"] = 3171
    # 2. unknown key: not a property of a site.
    assert "kelurahan_name" not in site_def
    doc["sites"][0]["kelurahan_name"] = "Teluk Pucung"
    # 3. bad enum value: not one of the kinds the schema lists.
    kinds = _enum(schema, site_def["city_kind"])
    assert "metropolis" not in kinds and "kota" in kinds
    doc["sites"][0]["city_kind"] = "metropolis"
    # 4. dangling reference: a stakeholder's site must be a site of the document.
    assert "SiteId" in str(stakeholder_def["site"])
    doc["stakeholders"][0]["site"] = "site-404"
    # 5. out-of-range numbers: a cohort size below the schema's minimum, an age of 130.
    assert cohort_def["properties"]["size"]["minimum"] == 0
    cohort = {"id": "cohort-1", "label": {"id": "Kelompok", "en": "Group"}, "size": -5}
    assert set(cohort_def["required"]) <= set(cohort)
    doc["cohorts"] = [cohort]
    doc["participants"] = [{"id": "p-1", "age": 130}]
    # 6. bad date: the schema's format is a date; there is no 30 February.
    assert schema["properties"]["reference_date"]["format"] == "date"
    doc["reference_date"] = "2024-02-30"
    return doc


EXPECTED = {
    ("/sites/0/city", "wrong_type"),
    ("/sites/0/kelurahan_name", "unknown_field"),
    ("/sites/0/city_kind", "unknown_code"),
    ("/stakeholders/0/site", "unknown_reference"),
    ("/cohorts/0/size", "out_of_range"),
    ("/participants/0/age", "age_out_of_range"),
    ("/reference_date", "invalid_date"),
}

# What a user never wrote: Rust types and serde's words.
_RUST_WORDS = re.compile(
    r"\b(SiteId|CityKind|NaiveDate|PartialDate|Rupiah|Option|String|Vec|u8|u32|u64|i32|i64|"
    r"struct|enum|variant|serde|invalid type)\b"
)


def test_every_kind_of_mistake_in_one_answer_in_both_languages(schema):
    with pytest.raises(berdaya.ValidationError) as err:
        berdaya.Case.from_dict(_draft(schema))
    problems = err.value.problems
    found = {(p["path"], p["kind"]) for p in problems}
    assert EXPECTED <= found, EXPECTED - found
    assert len(problems) == len(EXPECTED), [p["message"] for p in problems]
    for p in problems:
        for words in (p["message"], p["message_id"]):
            assert words.startswith(p["path"]), words
            assert not _RUST_WORDS.search(words), words
    # The field's label, in each language, beside its path.
    city = next(p for p in problems if p["path"] == "/sites/0/city")
    assert "(city or regency)" in city["message"] and "(kota/kabupaten)" in city["message_id"]
    # The enum's allowed values, as the user writes them.
    kind = next(p for p in problems if p["path"] == "/sites/0/city_kind")
    assert "kota" in kind["message"] and "metropolis" in kind["message"]


def test_the_same_answer_from_json_text_and_from_problems(schema):
    import json

    doc = _draft(schema)
    with pytest.raises(berdaya.ValidationError) as by_dict:
        berdaya.Case.from_dict(doc)
    with pytest.raises(berdaya.ValidationError) as by_text:
        berdaya.Case.from_json(json.dumps(doc))
    assert by_dict.value.problems == by_text.value.problems
    assert str(by_dict.value).startswith(f"{len(EXPECTED)} problems")
