"""REFI-QDA codebooks from Python."""

from __future__ import annotations

import pytest

import berdaya
from berdaya import exchange

TAGUETTE = """<?xml version='1.0' encoding='utf-8'?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.5.2">
  <Codes>
    <Code guid="0D62985D-B147-5D01-A9B5-CAE5DCD98342" name="interesting" isCodable="true"/>
    <Code guid="725F0645-9CD3-598A-8D2B-EC3D39AB3C3F" name="interesting.places" isCodable="true"/>
  </Codes>
  <Sets/>
</CodeBook>"""


def test_framework_codebook_round_trips_in_both_languages() -> None:
    for lang in ("id", "en"):
        qdc = exchange.framework_codebook(lang)
        assert 'xmlns="urn:QDA-XML:codebook:1.0"' in qdc
        read = exchange.read_codebook(qdc)
        assert read["warnings"] == []
        assert [c["name"] for c in read["value"]["codes"]][0] == ("Tahap Adi" if lang == "id" else "Adi stages")
    ids = exchange.read_codebook(exchange.framework_codebook("id"))["value"]["codes"]
    ens = exchange.read_codebook(exchange.framework_codebook("en"))["value"]["codes"]
    assert [c["guid"] for c in ids] == [c["guid"] for c in ens]


def test_taguette_codebook_is_accepted_with_warnings() -> None:
    read = exchange.read_codebook(TAGUETTE)
    kinds = [w["kind"] for w in read["warnings"]]
    assert "empty_sets" in kinds and "dotted_hierarchy" in kinds
    top = read["value"]["codes"][0]
    assert top["name"] == "interesting" and top["children"][0]["name"] == "places"
    assert top["guid"] == "0d62985d-b147-5d01-a9b5-cae5dcd98342"


def test_errors_carry_their_location() -> None:
    with pytest.raises(berdaya.ExchangeError) as e:
        exchange.read_codebook('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code name="x"/></Codes></CodeBook>')
    assert e.value.code == "missing_attribute"
    assert (e.value.line, e.value.path) == (2, "/CodeBook/Codes[1]/Code[1]")
    assert isinstance(e.value, ValueError)


def test_warnings_are_sentences_in_both_languages_with_code_and_location() -> None:
    read = exchange.read_codebook(TAGUETTE)
    empty = next(w for w in read["warnings"] if w["kind"] == "empty_sets")
    assert empty["location"]["path"] == "/CodeBook/Sets[1]"
    line = empty["location"]["line"]
    assert line == 7
    assert empty["message"]["id"] == (
        f"/CodeBook/Sets[1] (baris {line}, kolom 3): <Sets/> kosong tidak sah menurut skema REFI-QDA; "
        "dibaca sebagai tanpa set"
    )
    assert empty["message"]["en"] == (
        f"/CodeBook/Sets[1] (line {line}, column 3): an empty <Sets/> is invalid under the REFI-QDA schema; "
        "read as no sets"
    )
    for w in read["warnings"]:
        assert w["message"]["id"] != w["message"]["en"]
        assert w["message"]["en"].startswith(w["location"]["path"])


def test_errors_carry_their_message_in_both_languages() -> None:
    with pytest.raises(berdaya.ExchangeError) as e:
        exchange.read_codebook('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code name="x"/></Codes></CodeBook>')
    assert str(e.value) == "/CodeBook/Codes[1]/Code[1] (line 2, column 1): missing the required attribute guid"
    assert e.value.message_id == "/CodeBook/Codes[1]/Code[1] (baris 2, kolom 1): atribut wajib guid tidak ada"


def test_a_codebook_read_from_a_tool_is_written_back_and_reads_the_same() -> None:
    read = exchange.read_codebook(TAGUETTE.encode("utf-8-sig"))
    book = read["value"]
    qdc = exchange.write_qdc(book)
    assert "<Sets/>" not in qdc
    again = exchange.read_codebook(qdc)
    assert again["warnings"] == []
    assert again["value"]["codes"] == book["codes"]
    assert exchange.codebook_summary(book, len(read["warnings"]), "en") == "Codebook: 2 codes; 2 warnings."


def test_a_codebook_built_in_python_round_trips_with_stable_guids() -> None:
    guid = exchange.stable_guid("fivem.money.inhibitor")
    assert guid == exchange.stable_guid("fivem.money.inhibitor") != exchange.stable_guid("fivem.money.driver")
    book = {
        "origin": "studi <P2WKSS>",
        "codes": [{
            "guid": exchange.stable_guid("k"), "name": "Dana\tterbatas \"&\"", "codable": False,
            "color": [255, 0, 16], "description": "baris 1\n  baris 2\r\n",
            "children": [{"guid": guid, "name": "APBD", "codable": True}],
        }],
        "sets": [{"guid": exchange.stable_guid("s"), "name": "Uang", "members": [guid]}],
    }
    qdc = exchange.write_qdc(book)
    assert 'color="#FF0010"' in qdc
    back = exchange.read_codebook(qdc)
    assert back["warnings"] == []
    assert back["value"] == book


@pytest.mark.parametrize(
    ("book", "path"),
    [
        ({"codes": []}, "codes"),
        ({"codes": [{"guid": "0d62985d-b147-5d01-a9b5-cae5dcd98342", "name": "a", "codable": True}] * 2}, "codes[1]"),
        ({"codes": [{"guid": "0d62985d-b147-5d01-a9b5-cae5dcd98342", "name": "a\x01", "codable": True}]}, "codes[0].name"),
        ({"codes": [{"guid": "0d62985d-b147-5d01-a9b5-cae5dcd98342", "name": "a", "codable": True}],
          "sets": [{"guid": "1d62985d-b147-5d01-a9b5-cae5dcd98342", "name": "s",
                    "members": ["2d62985d-b147-5d01-a9b5-cae5dcd98342"]}]}, "sets[0].members[0]"),
    ],
)
def test_a_codebook_the_schema_cannot_carry_is_refused_with_its_path(book: dict, path: str) -> None:
    with pytest.raises(berdaya.ExchangeError) as e:
        exchange.write_qdc(book)
    assert (e.value.code, e.value.path) == ("invalid", path)
    assert e.value.message_id != str(e.value)


def test_a_bad_codebook_argument_is_a_berdaya_error() -> None:
    with pytest.raises(berdaya.errors.BerdayaError) as e:
        exchange.write_qdc({"codes": [{"guid": "not a guid", "name": "a", "codable": True}]})
    assert isinstance(e.value, ValueError)
    assert "codes[0].guid" in str(e.value)
    with pytest.raises(berdaya.errors.BerdayaError):
        exchange.write_qdc({"codes": [], "extra": 1})
    with pytest.raises(berdaya.errors.BerdayaError):
        exchange.write_qdc("<CodeBook/>")
