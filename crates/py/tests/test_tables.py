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
    assert list(tables.attendance(cases["wrse-junrejo"]).columns) == ["activity", "participant", "date", "date_precision", "present"]


def test_participants_keep_not_recorded_apart_from_none_received(cases):
    # Principle 1: assistance left out is not recorded (null), never "receives none" ([]).
    doc = cases["wrse-junrejo"].to_dict()
    doc["participants"] = [
        {"id": "kpm-1"},
        {"id": "kpm-2", "assistance_received": []},
        {"id": "kpm-3", "assistance_received": ["pkh"]},
    ]
    case = berdaya.Case.from_dict(doc)
    df = tables.participants(case).set_index("id")
    assert df.loc["kpm-1", "assistance_received"] is None
    assert df.loc["kpm-2", "assistance_received"] == []
    assert df.loc["kpm-3", "assistance_received"] == ["pkh"]
    pl_df = tables.participants(case, backend="polars")
    assert pl_df["assistance_received"].to_list() == [None, [], ["pkh"]]


def test_polars_frames_match_pandas(cases):
    k = cases["p2k2-karawaci"]
    for fn in (tables.stages, tables.progression, tables.five_m, tables.diagnostics, tables.evidence):
        p = fn(k, "en")
        q = fn(k, "en", backend="polars")
        assert isinstance(q, pl.DataFrame)
        assert q.height == len(p)
    with pytest.raises(berdaya.BerdayaError):
        tables.stages(k, "en", backend="spark")


# --- Stable frames: a fixed schema whatever the data -----------------------------------------

_CASE_TABLES = [
    ("processes", tables.processes), ("stages", tables.stages), ("checklist", tables.checklist),
    ("progression", tables.progression), ("readiness", tables.readiness),
    ("five_m", tables.five_m), ("ansell_gash", tables.ansell_gash),
    ("ansell_gash_components", tables.ansell_gash_components),
    ("diagnostics", tables.diagnostics), ("not_judged", tables.not_judged),
    ("evidence", tables.evidence),
]
_DOCUMENT_TABLES = [("participants", tables.participants), ("attendance", tables.attendance)]

# Written out here, not read from tables.SCHEMAS, so that a change of the declared schema
# has to be made on purpose in both places.
_EXPECTED_PANDAS = {
    "stages": {
        "process": "string", "process_label": "string", "stage": "category", "number": "Int64",
        "stage_label": "string", "status": "category", "status_label": "string",
        "start": "datetime64[ns]", "start_precision": "category", "end": "datetime64[ns]",
        "end_precision": "category", "planned": "boolean", "duration_days": "Int64",
        "items_done": "Int64", "items_total": "Int64", "has_evidence": "boolean",
        "score": "Float64", "target_involvement": "category",
        "target_involvement_label": "string", "obstacles": "object",
        "involvement_whose": "category", "involvement_whose_label": "string",
    },
    "five_m": {
        "priority": "Int64", "id": "string", "factor": "category", "factor_label": "string",
        "direction": "category", "direction_label": "string", "weight": "Int64",
        "signed_weight": "Int64", "description": "string", "evidence": "object",
        "whose": "category", "whose_label": "string",
    },
    "ansell_gash": {
        "indicator": "category", "label": "string", "component": "category",
        "component_label": "string", "score": "Int64", "without_evidence": "boolean",
        "evidence": "object", "whose": "category", "whose_label": "string",
    },
    "evidence": {
        "id": "string", "kind": "category", "kind_label": "string", "text": "string",
        "gloss_en": "string", "informant": "string", "role": "string",
        "date": "datetime64[ns]", "date_precision": "category", "supports": "object",
        "codes": "object",
    },
    "participants": {
        "id": "string", "sex": "category", "birth_date": "datetime64[ns]", "age": "Int64",
        "household_head": "boolean", "main_breadwinner": "boolean",
        "marital_status": "category", "education": "category", "monthly_income": "Int64",
        "dependants": "Int64", "household_has_elderly": "boolean",
        "household_has_disabled": "boolean", "assistance_received": "object",
        "in_integrated_database": "boolean", "has_business": "boolean", "skills": "object",
        "site": "string", "cohort": "string",
    },
}


def _frames(case, backend, lang="en"):
    for name, fn in _CASE_TABLES:
        yield name, fn(case, lang, backend=backend)
    for name, fn in _DOCUMENT_TABLES:
        yield name, fn(case, backend=backend)


def _pandas_schema(df):
    return {c: str(t) for c, t in df.dtypes.items()}


def _assert_schema(name, df, backend):
    want = tables.schema(name, backend)
    if backend == "pandas":
        assert list(df.columns) == list(want), name
        for column, dtype in want.items():
            assert df[column].dtype == dtype, (name, column, df[column].dtype, dtype)
        if name in _EXPECTED_PANDAS:
            assert _pandas_schema(df) == _EXPECTED_PANDAS[name], name
    else:
        assert df.schema == pl.Schema(want), name


def _empty_case():
    # A new case from the template: no framework recorded at all.
    return berdaya.template("custom")


@pytest.mark.parametrize("backend", ["pandas", "polars"])
def test_every_table_of_an_empty_case_has_every_column(backend):
    case = _empty_case()
    for name, df in _frames(case, backend):
        if name not in ("diagnostics", "not_judged"):  # those may speak of an empty case
            assert len(df) == 0, name
        assert len(df.columns) == len(tables.SCHEMAS[name]) > 0, name
        _assert_schema(name, df, backend)


@pytest.mark.parametrize("backend", ["pandas", "polars"])
def test_every_table_of_every_bundled_case_has_the_declared_schema(cases, backend):
    for case in cases.values():
        for lang in ("id", "en"):
            for name, df in _frames(case, backend, lang):
                _assert_schema(name, df, backend)


def test_polars_and_pandas_agree_column_for_column(cases):
    kinds = {"string": pl.String, "Int64": pl.Int64, "Float64": pl.Float64, "boolean": pl.Boolean,
             "datetime64[ns]": pl.Date}
    for case in cases.values():
        for (name, p), (_, q) in zip(_frames(case, "pandas"), _frames(case, "polars")):
            assert list(p.columns) == q.columns, name
            assert len(p) == q.height, name
            for column in p.columns:
                t = str(p[column].dtype)
                if t == "category":
                    assert q[column].dtype == pl.Enum(list(p[column].cat.categories)), (name, column)
                    assert p[column].astype(object).where(p[column].notna(), None).tolist() == q[column].cast(pl.String).to_list()
                elif t == "object":
                    assert q[column].dtype == pl.List(pl.String), (name, column)
                else:
                    assert q[column].dtype == kinds[t], (name, column)


@pytest.mark.parametrize("backend", ["pandas", "polars"])
def test_concat_across_the_bundled_cases_keeps_every_dtype(cases, backend):
    every = list(cases.values()) + [_empty_case()]
    for name, _ in _CASE_TABLES + _DOCUMENT_TABLES:
        frames = [dict(_frames(case, backend))[name] for case in every]
        if backend == "pandas":
            joined = pd.concat(frames, ignore_index=True)
            assert _pandas_schema(joined) == _pandas_schema(frames[-1]), name
        else:
            joined = pl.concat(frames)
            assert joined.schema == frames[-1].schema, name
        assert len(joined) == sum(len(f) for f in frames)


def test_codes_are_categories_labels_are_in_the_language_asked(cases):
    k = cases["p2k2-karawaci"]
    en = tables.five_m(k, "en")
    id_ = tables.five_m(k, "id")
    assert list(en.factor.cat.categories) == list(id_.factor.cat.categories)
    assert (en.factor.astype(str) == id_.factor.astype(str)).all()
    assert set(en.direction_label) <= {"Driver", "Inhibitor"}
    assert set(id_.direction_label) <= {"Pendorong", "Penghambat"}
    # Every factor of the 5M is a category, used by this case or not, so concatenation
    # cannot lose one (the five of the framework: man, money, material, machine, method).
    assert sorted(en.factor.cat.categories) == ["machine", "man", "material", "method", "money"]
    assert sorted(tables.five_m(berdaya.template("custom"), "en").factor.cat.categories) == \
        sorted(en.factor.cat.categories)


def test_partial_dates_are_dates_with_their_precision(cases):
    ev = tables.evidence(cases["p2wkss-bekasi-utara"], "en").set_index("id")
    # The Perwali is dated by its year only ("2008"): its first day, with year precision.
    assert ev.loc["e-perwali", "date"] == pd.Timestamp("2008-01-01")
    assert ev.loc["e-perwali", "date_precision"] == "year"
    st = tables.stages(cases["p2wkss-bojong-menteng-2025"], "en")
    dated = st[st.start.notna()]
    assert len(dated) == 2
    raw = [r for r in cases["p2wkss-bojong-menteng-2025"].analysis("en")["stages"] if r["start_day"]]
    assert [d.date().isoformat() for d in dated.start] == [r["start_day"] for r in raw]
    assert [None if pd.isna(d) else d.date().isoformat() for d in dated.end] == [r["end_day"] for r in raw]
    assert dated.end.isna().all() and dated.end_precision.isna().all()  # no end recorded: null
    expected = [{1: "year", 2: "month", 3: "day"}[len(r["start"].split("-"))] for r in raw]
    assert list(dated.start_precision.astype(str)) == expected
    assert st.start.isna().sum() == 5  # not recorded stays null, never a made-up date


def test_counts_are_nullable_integers_and_not_observed_is_null(cases):
    ag = tables.ansell_gash(cases["sekoper-cinta-mustikasari"], "en")
    assert str(ag.score.dtype) == "Int64"
    assert ag.score.isna().sum() == 5 and not (ag.score == 0).any()  # rubric /2: 22 indicators
    fm = tables.five_m(cases["sekoper-cinta-mustikasari"], "en", backend="polars")
    assert fm["priority"].dtype == pl.Int64 and fm["priority"].to_list() == list(range(1, fm.height + 1))


def test_compare_as_frames(cases):
    every = list(cases.values())
    df = tables.compare(every, "en")
    assert list(df.columns) == list(tables.SCHEMAS["comparison"])
    assert df.case.nunique() == len(every)
    # The same words as the Markdown table, cell for cell.
    markdown = berdaya.compare(every, "en")
    bekasi = df[(df.case == "p2wkss-bekasi-utara") & (df.figure == "stages_completed")]
    assert bekasi.value.iloc[0] == "7/7, 4/7"
    assert "| Stages completed | 7/7, 4/7 |" in markdown
    # A figure that does not apply reads "—" and says so; never 0.
    wrse = df[(df.case == "wrse-junrejo") & (df.figure == "completeness")]
    assert wrse.value.iloc[0] == "—" and not wrse.applies.iloc[0]
    sites = tables.compare_sites(cases["p2wkss-bekasi-utara"], "id", backend="polars")
    assert sites.filter(pl.col("figure") == "stages_completed")["value"].to_list() == ["7/7", "4/7"]
    assert sites.filter(pl.col("case_wide"))["figure_label"].str.contains("seluruh kasus").all()


def test_compare_of_no_case_is_an_argument_error():
    with pytest.raises(berdaya.ArgumentError):
        tables.compare([])
    with pytest.raises(berdaya.ArgumentError):
        berdaya.compare([])
    with pytest.raises(berdaya.ArgumentError):
        tables.compare_sites("p2k2-karawaci")
