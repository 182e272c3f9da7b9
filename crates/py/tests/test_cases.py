"""The bundled cases (mirrors crates/core/src/cases.rs)."""

import pytest

import berdaya


def test_five_bundled_cases_in_seed_order():
    names = berdaya.bundled_names()
    assert names == [
        "p2wkss-bekasi-utara",
        "p2wkss-bojong-menteng-2025",
        "p2k2-karawaci",
        "sekoper-cinta-mustikasari",
        "wrse-junrejo",
    ]
    cases = berdaya.load_all()
    assert [c.id for c in cases] == names
    assert sorted(c.seed for c in cases) == sorted(
        ["000_beadda07b4a83157.txt", "001_1afe135c291156ed.txt", "002_831a8dccfd84b5b2.txt",
         "003_fa23540ed5a04d93.txt", "004_c713dafca02b6f13.txt"]
    )


def test_unknown_case_is_a_lookup_error_with_a_code():
    with pytest.raises(berdaya.UnknownCaseError) as err:
        berdaya.load("p2wkss")
    assert isinstance(err.value, LookupError)
    assert isinstance(err.value, berdaya.BerdayaError)
    assert err.value.code == "unknown_case"
    assert "wrse-junrejo" in str(err.value)
