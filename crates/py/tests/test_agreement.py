"""Agreement statistics: the published examples (../shared/research/agreement.md) and random
data against the reference packages (krippendorff, scikit-learn, statsmodels) to 1e-12."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import berdaya
from berdaya import agreement
from berdaya.errors import AgreementError

krippendorff = pytest.importorskip("krippendorff")
sklearn_metrics = pytest.importorskip("sklearn.metrics")
inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")

K1 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
F1 = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]


@pytest.mark.parametrize(
    "level, exact",
    [("nominal", 113 / 152), ("ordinal", 108577 / 133160), ("interval", 951 / 1120),
     ("ratio", 18222619 / 22852465)],
)
def test_krippendorff_2011_example(level: str, exact: float) -> None:
    out = agreement.krippendorff_alpha(K1, level=level)
    assert out["outcome"] == "defined"
    assert out["value"] == pytest.approx(exact, abs=1e-12)
    assert (out["units"], out["pairable_values"], out["coders"]) == (11, 40, 4)
    assert out["statistic"] == {"name": "krippendorff_alpha", "level": level}


def test_cohen_and_fleiss_published_examples() -> None:
    out = agreement.cohen_kappa(["neg", "pos", "neg", "neu", "pos"], ["neg", "pos", "neg", "neu", "neg"])
    assert out["value"] == pytest.approx(11 / 16, abs=1e-12)
    y1 = [0] * 46 + [1] * 44 + [2] * 10
    y2 = [0] * 50 + [1] * 40 + [2] * 10
    for weights, exact in [("unweighted", 68 / 73), ("linear", 16 / 17), ("quadratic", 104 / 109)]:
        assert agreement.cohen_kappa(y1, y2, weights=weights)["value"] == pytest.approx(exact, abs=1e-12)
    assert agreement.fleiss_kappa(F1)["value"] == pytest.approx(4211 / 20059, abs=1e-12)


def test_undefined_is_typed_not_nan() -> None:
    out = agreement.krippendorff_alpha([[1, 1, 1], [1, 1, None]])
    assert out["outcome"] == "undefined" and out["reason"] == "one_value_only"
    assert agreement.value(out) is None
    out = agreement.cohen_kappa([1, None], [None, 2])
    assert out["reason"] == "no_pairable_units"


def test_bad_data_raises_agreement_error() -> None:
    with pytest.raises(AgreementError) as e:
        agreement.krippendorff_alpha([[1, 2], [1]])
    assert e.value.code == "ragged_row"
    assert isinstance(e.value, ValueError)
    with pytest.raises(AgreementError) as e:
        agreement.krippendorff_alpha([[-1, 2], [1, 2]], level="ratio")
    assert e.value.code == "negative_ratio"
    with pytest.raises(AgreementError):
        agreement.krippendorff_alpha([[1, 2], [1, 2]], level="cardinal")
    with pytest.raises(AgreementError) as e:
        agreement.fleiss_kappa([[2, 0], [1, 0]])
    assert e.value.code == "unequal_coders"
    with pytest.raises(berdaya.ArgumentError):
        agreement.krippendorff_alpha([["a", 1], [1, 2]])


def test_bootstrap_is_seeded_and_deterministic() -> None:
    one = agreement.krippendorff_alpha(K1, level="interval", bootstrap={"replicates": 300, "seed": 3})
    two = agreement.krippendorff_alpha(K1, level="interval", bootstrap={"replicates": 300, "seed": 3})
    assert one["interval"] == two["interval"]
    assert one["interval"]["lower"] <= one["value"] <= one["interval"]["upper"]
    assert agreement.krippendorff_alpha(K1, bootstrap=True)["interval"]["replicates"] == 1000


def test_coding_agreement_states_its_unit_and_uncoded_choice() -> None:
    text = "x" * 100
    spans = [
        {"source": "s", "coder": "A", "code": "c", "start": 0, "end": 50},
        {"source": "s", "coder": "B", "code": "c", "start": 25, "end": 75},
    ]
    sources = [{"id": "s", "text": text}]
    unit = {"kind": "characters", "length": 10}
    out = agreement.coding_agreement(sources, spans, unit=unit)
    assert out["unit"] == unit and out["uncoded"] == "exclude"
    assert (out["units_total"], out["units_excluded"]) == (10, 2)
    # The same numbers as Krippendorff's alpha on the 0/1 matrix of the 8 kept units.
    a = [1, 1, 1, 1, 1, 0, 0, 0]
    b = [0, 0, 1, 1, 1, 1, 1, 1]
    ref = krippendorff.alpha(reliability_data=[a, b], level_of_measurement="nominal")
    assert out["codes"][0]["alpha"]["value"] == pytest.approx(ref, abs=1e-12)
    included = agreement.coding_agreement(sources, spans, unit=unit, uncoded="include")
    assert included["uncoded"] == "include" and included["units_excluded"] == 0


def test_a_source_one_coder_coded_counts_in_no_alpha_and_is_reported() -> None:
    shared = "Dana terbatas. Rapat rutin. Kami senang. Pasar jauh."
    spans = [
        {"source": "s", "coder": "A", "code": "c", "start": 0, "end": 14},
        {"source": "s", "coder": "B", "code": "c", "start": 0, "end": 14},
        {"source": "s", "coder": "A", "code": "c", "start": 28, "end": 40},
        {"source": "s", "coder": "B", "code": "c", "start": 15, "end": 27},
        {"source": "t", "coder": "A", "code": "c", "start": 0, "end": 5},
    ]
    sources = [{"id": "s", "text": shared}, {"id": "t", "text": "Satu. Dua."}]
    out = agreement.coding_agreement(sources, spans)
    # Only the three coded sentences of `s` compare: A = 1 0 1, B = 1 1 0.
    ref = krippendorff.alpha(reliability_data=[[1, 0, 1], [1, 1, 0]], level_of_measurement="nominal")
    assert out["codes"][0]["alpha"]["value"] == pytest.approx(ref, abs=1e-12)
    assert out["units_one_coder"] == 1
    assert out["sources"] == [{"source": "s", "coders": ["A", "B"]}, {"source": "t", "coders": ["A"]}]
    # Recorded as read by B, who applied nothing there: B's silence is a 0.
    sources[1]["coders"] = ["A", "B"]
    seen = agreement.coding_agreement(sources, spans)
    ref = krippendorff.alpha(reliability_data=[[1, 0, 1, 1], [1, 1, 0, 0]], level_of_measurement="nominal")
    assert seen["codes"][0]["alpha"]["value"] == pytest.approx(ref, abs=1e-12)
    assert seen["units_one_coder"] == 0


def test_sentence_units_do_not_break_at_honorifics() -> None:
    text = "Kami bertemu Bpk. Ahmad dan dr. Sari. Rapat dimulai."
    spans = [
        {"source": "s", "coder": "A", "code": "c", "start": 0, "end": 5},
        {"source": "s", "coder": "B", "code": "c", "start": 30, "end": 35},
    ]
    out = agreement.coding_agreement([{"id": "s", "text": text}], spans)
    # Two sentences, not four: both coders coded the first (up to "Sari."), so the one unit
    # kept holds the same value twice — one value only (split at "Bpk." and "dr.", A's and
    # B's codings would fall in different units and disagree).
    assert out["units_total"] == 2
    alpha = out["codes"][0]["alpha"]
    assert (alpha["outcome"], alpha["reason"]) == ("undefined", "one_value_only")


def test_assessors_ansell_gash_ratings() -> None:
    rubric = "berdaya-ansell-gash/1"
    a = {"rubric": rubric, "ratings": [{"indicator": "dialogue", "score": 4}, {"indicator": "trust", "score": 2}]}
    b = {"rubric": rubric, "ratings": [{"indicator": "dialogue", "score": 4}, {"indicator": "trust"}]}
    data = agreement.ansell_gash_ratings([a, b])
    assert data["units"] == ["dialogue", "trust"]
    assert data["data"] == [[4.0, 2.0], [4.0, None]]
    out = agreement.krippendorff_alpha(data["data"], level="ordinal")
    assert out["units"] == 1


# ---- property tests against the reference packages ----

matrices = st.integers(2, 5).flatmap(
    lambda coders: st.integers(2, 15).flatmap(
        lambda units: st.lists(
            st.lists(st.one_of(st.none(), st.integers(0, 4)), min_size=units, max_size=units),
            min_size=coders, max_size=coders,
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(matrices, st.sampled_from(["nominal", "ordinal", "interval", "ratio"]))
def test_alpha_equals_krippendorff_package(data, level) -> None:
    ours = agreement.krippendorff_alpha(data, level=level)
    array = np.array([[np.nan if v is None else v for v in row] for row in data], dtype=float)
    try:
        ref = krippendorff.alpha(reliability_data=array, level_of_measurement=level)
    except (ValueError, ZeroDivisionError):
        ref = math.nan
    if ours["outcome"] == "undefined":
        assert math.isnan(ref) or not math.isfinite(ref)
    else:
        assert ours["value"] == pytest.approx(ref, abs=1e-12)


pairs = st.integers(1, 40).flatmap(
    lambda n: st.tuples(st.lists(st.integers(0, 4), min_size=n, max_size=n),
                        st.lists(st.integers(0, 4), min_size=n, max_size=n))
)


@settings(max_examples=300, deadline=None)
@given(pairs, st.sampled_from([None, "linear", "quadratic"]))
def test_cohen_equals_sklearn(pair, weights) -> None:
    y1, y2 = pair
    ours = agreement.cohen_kappa(y1, y2, weights=weights or "unweighted")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = sklearn_metrics.cohen_kappa_score(y1, y2, weights=weights)
    if ours["outcome"] == "undefined":
        assert math.isnan(ref)
    else:
        assert ours["value"] == pytest.approx(ref, abs=1e-12)


tables = st.integers(2, 6).flatmap(
    lambda raters: st.integers(1, 12).flatmap(
        lambda units: st.lists(
            st.lists(st.integers(0, 3), min_size=raters, max_size=raters),
            min_size=units, max_size=units,
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(tables)
def test_fleiss_equals_statsmodels(ratings) -> None:
    # units × raters of categories 0..3 → statsmodels' count table.
    table, _ = inter_rater.aggregate_raters(np.array(ratings))
    ours = agreement.fleiss_kappa(table.tolist())
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = inter_rater.fleiss_kappa(table, method="fleiss")
    if ours["outcome"] == "undefined":
        assert not math.isfinite(ref)
    else:
        assert ours["value"] == pytest.approx(ref, abs=1e-12)
    # The same from coders × units reliability data.
    by_coder = np.array(ratings).T.tolist()
    again = agreement.fleiss_kappa_ratings(by_coder)
    assert again.get("value") == ours.get("value") or (
        again["value"] == pytest.approx(ours["value"], abs=1e-12)
    )
