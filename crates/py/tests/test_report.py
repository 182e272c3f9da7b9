"""Reports, comparisons and the rubric (mirrors report.rs, summary.rs, ansell_gash.rs)."""

import pytest

import berdaya


def test_report_in_both_languages():
    case = berdaya.load("sekoper-cinta-mustikasari")
    assert "Faktor 5M" in case.report("id")
    assert "5M factors" in case.report("en")
    html = case.report_html("en")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "<script" not in html
    assert "<article>" in case._repr_html_()
    assert "Stakeholders" in case.summary("en")


def test_unknown_language_is_a_lang_error():
    case = berdaya.load("wrse-junrejo")
    with pytest.raises(berdaya.LangError) as err:
        case.report("fr")
    assert isinstance(err.value, ValueError)
    assert err.value.code == "unknown_lang"


def test_comparisons():
    bekasi = berdaya.load("p2wkss-bekasi-utara")
    sites = berdaya.compare_sites(bekasi, "en")
    assert "| Stages completed | 7/7 | 4/7 |" in sites
    table = berdaya.compare(berdaya.load_all(), "id")
    assert table.startswith("## Perbandingan")


def test_thresholds_are_parameters():
    case = berdaya.load("p2k2-karawaci")
    default = {d["id"] for d in case.analysis("en")["diagnostics"]}
    lenient = {d["id"] for d in case.analysis("en", {"attendance_min_percent": 40.0, "caseload_max_families_per_facilitator": 700.0,
                                                     "economic_sessions_min_percent": 20.0,
                                                     "required_sectors": ["business", "academia"]})["diagnostics"]}
    assert "low_attendance" in default and "low_attendance" not in lenient
    with pytest.raises(berdaya.ValidationError):
        case.analysis("en", {"caseload_max_families_per_facilitator": "many"})


def test_rubric_is_printable():
    for lang in ("id", "en"):
        assert "berdaya-ansell-gash/2" in berdaya.rubric(lang)
