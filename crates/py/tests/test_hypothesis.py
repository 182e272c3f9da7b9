"""Round trips dict → Case → dict, and arbitrary dicts never crash (pydantic-core style)."""

import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import berdaya

CASES = {c.id: c for c in berdaya.load_all()}

text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20).filter(str.strip)


@st.composite
def participants(draw):
    n = draw(st.integers(0, 6))
    people = []
    for i in range(n):
        p = {"id": f"gen-{i}"}
        if draw(st.booleans()):
            p["sex"] = draw(st.sampled_from(["female", "male"]))
        if draw(st.booleans()):
            p["age"] = draw(st.integers(0, 120))
        if draw(st.booleans()):
            p["monthly_income"] = draw(st.integers(0, 10_000_000))
        if draw(st.booleans()):
            p["marital_status"] = draw(st.sampled_from(["never_married", "married", "widowed", "divorced", "abandoned"]))
        if draw(st.booleans()):
            p["assistance_received"] = draw(st.lists(st.sampled_from(["pkh", "bpnt", "blt", "rastra"]), max_size=3))
        if draw(st.booleans()):
            p["birth_date"] = draw(st.dates(datetime.date(1930, 1, 1), datetime.date(2023, 12, 31))).isoformat()
        people.append(p)
    return people


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(CASES)), title=text, people=participants())
def test_dict_case_dict_round_trip(name, title, people):
    data = CASES[name].to_dict()
    data["title"]["en"] = title
    data["participants"] = people
    data.pop("reference_date", None)
    case = berdaya.Case.from_dict(data)
    assert case.to_dict() == berdaya.Case.from_json(case.to_json()).to_dict()
    again = berdaya.Case.from_dict(case.to_dict())
    assert again == case


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150)
@given(value=json_values, key=st.sampled_from(["programme", "sites", "activities", "evidence", "adi", "ansell_gash", "five_m"]))
def test_arbitrary_values_never_crash(value, key):
    data = CASES["p2k2-karawaci"].to_dict()
    data[key] = value
    try:
        case = berdaya.Case.from_dict(data)
    except berdaya.ValidationError as e:
        assert e.problems and all(p["path"] == "" or p["path"].startswith("/") for p in e.problems)
    else:
        case.validate()
        case.analysis("en")
