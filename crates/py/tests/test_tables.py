"""Tables as pandas and polars frames (python/berdaya/tables.py over the core's analysis)."""

import pandas as pd
import polars as pl
import pytest

import berdaya
from berdaya import tables


@pytest.fixture(scope="module")
def cases():
    return {c.id: c for c in berdaya.load_all()}


def test_stages_and_checklist(cases):
    df = tables.stages(cases["p2wkss-bekasi-utara"], "en")
    assert isinstance(df, pd.DataFrame)
    assert len(df) == 14  # seven stages, two kelurahan
    tp = df[df.process == "teluk-pucung"]
    assert (tp.status == "completed").all()
    assert tp.set_index("stage").loc["pelaksanaan", "target_involvement"] == "involve"
    checklist = tables.checklist(cases["p2wkss-bekasi-utara"], "id")
    item = checklist[(checklist.process == "teluk-pucung") & (checklist.item == "modal-alat")]
    assert not item.done.iloc[0]
    assert item.seed.iloc[0].startswith("penambahan modal usaha")


def test_progression_readiness_and_diagnostics(cases):
    k = cases["p2k2-karawaci"]
    prog = tables.progression(k, "en").set_index("dimension")
    assert prog.loc["social", "reached_number"] == 3
    assert prog.loc["economic", "reached_number"] == 2
    ready = tables.readiness(k, "en")
    assert not ready.ready.iloc[0]
    diag = tables.diagnostics(k, "id")
    assert set(["low_attendance", "thin_economic_modules"]) <= set(diag.id)
    assert diag.recommendation.str.len().gt(0).all()


def test_five_m_and_ansell_gash(cases):
    s = cases["sekoper-cinta-mustikasari"]
    fm = tables.five_m(s, "en")
    assert list(fm.priority) == list(range(1, len(fm) + 1))
    assert fm.iloc[0].direction == "inhibitor"
    ag = tables.ansell_gash(s, "en")
    assert len(ag) == 22  # rubric /2: good-faith negotiation under face-to-face dialogue
    assert ag.score.isna().sum() == 5  # not observed, never zero
    assert set(ag[ag.score.notna()].whose) == {"coded_by_assessor"}  # whose each score is
    comp = tables.ansell_gash_components(s, "en")
    assert set(comp.band.dropna()) <= {"Strength", "Borderline", "Concern"}


def test_evidence_participants_attendance(cases):
    ev = tables.evidence(cases["p2k2-karawaci"], "en")
    quotes = ev[ev.kind == "quote"]
    assert set(quotes.informant) == {"CH", "SY", "PS", "DY"}
    assert tables.participants(cases["wrse-junrejo"]).empty, "aggregates only, no invented people"
    assert list(tables.attendance(cases["wrse-junrejo"]).columns) == ["activity", "participant", "date", "present"]


def test_polars_frames_match_pandas(cases):
    k = cases["p2k2-karawaci"]
    for fn in (tables.stages, tables.progression, tables.five_m, tables.diagnostics, tables.evidence):
        p = fn(k, "en")
        q = fn(k, "en", backend="polars")
        assert isinstance(q, pl.DataFrame)
        assert q.height == len(p)
    with pytest.raises(berdaya.BerdayaError):
        tables.stages(k, "en", backend="spark")
