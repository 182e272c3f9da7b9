"""Garbage in: every public constructor and function answers with the package's own
exceptions (all BerdayaError), never a crash or a bare Python error."""

import datetime
import math

import pytest

import berdaya

ON = datetime.date(2023, 5, 1)


def deep(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


GARBAGE = [
    None, 0, -1, 10**40, 1.5, math.nan, math.inf, "", "garbage", b"bytes", [], {}, [1, 2],
    {"schema_version": 1}, {"schema_version": "1"}, {"id": {"nested": True}}, object(), deep(5000),
    {"schema_version": 1, "id": "x", "title": {"id": "a", "en": "b"},
     "programme": {"name": {"id": "a", "en": "b"}, "acronym": "A", "kind": "p9wkss", "level": "city"}},
    {"age": math.nan}, {"id": "p", "age": 10**30}, {"id": "p", "sex": "unknown"},
]


def calls(case):
    return [
        ("Case.from_json", lambda g: berdaya.Case.from_json(g)),
        ("Case.from_dict", lambda g: berdaya.Case.from_dict(g)),
        ("load", lambda g: berdaya.load(g)),
        ("Case.report(lang)", lambda g: case.report(g)),
        ("Case.report_html(lang)", lambda g: case.report_html(g)),
        ("Case.summary(lang)", lambda g: case.summary(g)),
        ("Case.title(lang)", lambda g: case.title(g)),
        ("Case.analysis(thresholds)", lambda g: case.analysis("en", g if g is not None else {"x": 1})),
        ("Case.with_stage_status", lambda g: case.with_stage_status(g, g, g)),
        ("screen(rule)", lambda g: berdaya.screen(g if g is not None else 1, {"id": "p"}, ON)),
        ("screen(participant)", lambda g: berdaya.screen("pena", g, ON)),
        ("screen(on)", lambda g: berdaya.screen("pena", {"id": "p"}, g)),
        ("select_quota(participants)", lambda g: berdaya.select_quota("uep", g, [], ON)),
        ("select_quota(sites)", lambda g: berdaya.select_quota("uep", [], g if g != [] else None, ON)),
        ("compare(cases)", lambda g: berdaya.compare(g if g != [] else [1])),
        ("compare_sites(case)", lambda g: berdaya.compare_sites(g)),
        ("rubric(lang)", lambda g: berdaya.rubric(g if g is not None else 7)),
    ]


@pytest.mark.parametrize("index", range(len(GARBAGE)))
def test_garbage_gets_the_package_exceptions(index):
    g = GARBAGE[index]
    case = berdaya.load("p2k2-karawaci")
    for name, call in calls(case):
        try:
            call(g)
        except berdaya.BerdayaError as e:
            assert str(e), name
            assert isinstance(e.code, str) and e.code, name
        except Exception as e:  # noqa: BLE001 - the point is to catch everything else
            pytest.fail(f"{name}({g!r:.60}) raised {type(e).__name__}: {e}")


def test_nan_and_huge_numbers_name_their_path():
    data = berdaya.load("wrse-junrejo").to_dict()
    data["cohorts"][0]["size"] = -5
    with pytest.raises(berdaya.ValidationError) as err:
        berdaya.Case.from_dict(data)
    assert err.value.problems[0]["path"] == "/cohorts/0/size"
    data = berdaya.load("wrse-junrejo").to_dict()
    data["cohorts"][0]["marital_status"][0]["percent"] = math.nan
    with pytest.raises(berdaya.ValidationError) as err:
        berdaya.Case.from_dict(data)
    assert err.value.problems[0]["kind"] == "malformed"
