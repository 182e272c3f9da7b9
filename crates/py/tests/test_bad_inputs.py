"""The shared catalogue of bad documents (tests/bad-inputs/catalogue.jsonl), through the
Python face: every entry is refused with ``berdaya.errors.ValidationError`` whose first
problem has the catalogue's code and path — the same answer the Rust face gives — and never
with a foreign exception."""

import json
import pathlib

import pytest

import berdaya
from berdaya.errors import ValidationError

CATALOGUE = pathlib.Path(__file__).resolve().parents[3] / "tests" / "bad-inputs" / "catalogue.jsonl"
ENTRIES = [json.loads(line) for line in CATALOGUE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_catalogue_is_large_enough():
    assert len(ENTRIES) >= 200


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["name"] for e in ENTRIES])
def test_each_bad_document_is_refused_with_its_code_and_path(entry):
    with pytest.raises(ValidationError) as info:
        berdaya.Case.from_json(entry["input"])
    problems = info.value.problems
    assert problems, entry["name"]
    found = [(p["kind"], p["path"]) for p in problems]
    assert (entry["code"], entry["path"]) in found, found
    # Every message is there in both languages.
    for p in problems:
        assert p["message"] and p["message_id"], p
