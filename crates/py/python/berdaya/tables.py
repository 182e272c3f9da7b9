"""Tables of a case as pandas DataFrames (or polars, with ``backend="polars"``).

The rows come from the core (``Case.analysis``, the comparison rows and ``Case.to_dict``)
with codes and labels already in the language asked for; these functions only put them in a
frame.

**Every table has a fixed schema whatever the data**, declared once in :data:`SCHEMAS` (column
→ kind) and given the same way by both backends:

============  ===============================  ==========================
kind          pandas                           polars
============  ===============================  ==========================
``str``       ``string`` (nullable)            ``String``
``int``       ``Int64`` (nullable)             ``Int64``
``float``     ``Float64`` (nullable)           ``Float64``
``bool``      ``boolean`` (nullable)           ``Boolean``
``date``      ``datetime64[ns]``               ``Date``
``list``      ``object`` (lists of str)        ``List(String)``
a code list   ``category`` (fixed categories)  ``Enum`` (same categories)
============  ===============================  ==========================

* A case that lacks a framework gives its table with 0 rows and every column, never ``(0, 0)``.
* **Codes are categoricals whose categories are the codes** (``"persiapan"``,
  ``"completed"``…), the same in every language and every case, taken from the core's lists
  (:func:`berdaya._core.code_lists`), so frames of different cases (or languages) concatenate
  without turning into ``object``. **The labels in the chosen language are the ``*_label``
  columns** beside them.
* **Dates are real dates.** Where the model's date may be partial (a year ``2020`` or a month
  ``2020-12``), the date column holds its first day (its last day for an ``end``) and a
  ``*_precision`` column says ``year``, ``month`` or ``day``, as written.
* Counts and ranks (``priority``, ``rank``, ``weight``, ``items_done``…) are ``Int64``.

``concat`` of a table across cases keeps every dtype (``pd.concat`` or ``pl.concat``).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from berdaya import _core
from berdaya._core import Case
from berdaya._optional import require
from berdaya.errors import ArgumentError, BerdayaError

#: The codes of each family, from the core: the categories of the code columns.
CODES: Dict[str, Tuple[str, ...]] = {k: tuple(v) for k, v in _core.code_lists().items()}
#: How precise a written date is (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
CODES["precision"] = ("year", "month", "day")

_S, _I, _F, _B, _D, _L = "str", "int", "float", "bool", "date", "list"


def _code(family: str) -> str:
    return "code:" + family


#: The schema of every table: column → kind (``str``, ``int``, ``float``, ``bool``, ``date``,
#: ``list`` or ``code:<family>``), in column order. Both backends are derived from it.
SCHEMAS: Dict[str, Dict[str, str]] = {
    "processes": {
        "process": _S, "label": _S, "completeness": _F,
        "first_beyond_inform": _code("adi_stage"), "first_direct_involvement": _code("adi_stage"),
        "stages_without_evidence": _L, "follow_ups_running": _I,
    },
    "stages": {
        "process": _S, "process_label": _S, "stage": _code("adi_stage"), "number": _I,
        "stage_label": _S, "status": _code("stage_status"), "status_label": _S,
        "start": _D, "start_precision": _code("precision"), "end": _D,
        "end_precision": _code("precision"), "planned": _B, "duration_days": _I,
        "items_done": _I, "items_total": _I, "has_evidence": _B, "score": _F,
        "target_involvement": _code("involvement"), "target_involvement_label": _S,
        "obstacles": _L, "involvement_whose": _code("whose"), "involvement_whose_label": _S,
    },
    "checklist": {
        "process": _S, "stage": _code("adi_stage"), "item": _S, "label": _S, "standard": _B,
        "done": _B, "evidence": _L, "seed": _S,
    },
    "progression": {
        "subject": _S, "subject_kind": _S, "subject_label": _S,
        "dimension": _code("dimension"), "dimension_label": _S,
        "reached": _code("sulistiyani_stage"), "reached_number": _I, "reached_label": _S,
        "whose": _code("whose"), "whose_label": _S,
    },
    "readiness": {"subject": _S, "ready": _B, "missing": _L},
    "five_m": {
        "priority": _I, "id": _S, "factor": _code("factor"), "factor_label": _S,
        "direction": _code("direction"), "direction_label": _S, "weight": _I,
        "signed_weight": _I, "description": _S, "evidence": _L, "whose": _code("whose"),
        "whose_label": _S,
    },
    "ansell_gash": {
        "indicator": _code("indicator"), "label": _S, "component": _code("component"),
        "component_label": _S, "score": _I, "without_evidence": _B, "evidence": _L,
        "whose": _code("whose"), "whose_label": _S,
    },
    "ansell_gash_components": {
        "component": _code("component"), "label": _S, "mean": _F, "rated": _I, "total": _I,
        "band": _S, "band_basis": _code("basis"), "band_basis_label": _S, "whose": _code("whose"),
        "whose_label": _S,
    },
    "diagnostics": {
        "id": _code("diagnostic"), "title": _S, "severity": _code("severity"),
        "severity_label": _S, "finding": _S, "recommendation": _S, "seed": _S, "evidence": _L,
        "thresholds": _L, "threshold_bases": _L,
    },
    "not_judged": {"id": _code("diagnostic"), "title": _S, "subjects": _S, "to_record": _S},
    "evidence": {
        "id": _S, "kind": _code("evidence_kind"), "kind_label": _S, "text": _S, "gloss_en": _S,
        "informant": _S, "role": _S, "date": _D, "date_precision": _code("precision"),
        "supports": _L, "codes": _L,
    },
    "participants": {
        "id": _S, "sex": _code("sex"), "birth_date": _D, "age": _I, "household_head": _B,
        "main_breadwinner": _B, "marital_status": _code("marital_status"),
        "education": _code("education"), "monthly_income": _I, "dependants": _I,
        "household_has_elderly": _B, "household_has_disabled": _B, "assistance_received": _L,
        "in_integrated_database": _B, "has_business": _B, "skills": _L, "site": _S,
        "cohort": _S,
    },
    "attendance": {
        "activity": _S, "participant": _S, "date": _D, "date_precision": _code("precision"),
        "present": _B,
    },
    # berdaya.exchange: the coded selections of a REFI-QDA project mapped to framework elements.
    "qda_quotes": {
        "element_key": _S, "element": _S, "code": _S, "code_guid": _S, "text": _S, "source": _S,
        "informant": _S, "role": _S, "site": _S, "coder": _S, "coded_on": _S, "selection": _S,
        "coding": _S,
    },
    "qda_frequencies": {
        "element_key": _S, "element": _S, "role": _S, "site": _S, "codings": _I, "informants": _I,
        "quotes": _L,
    },
    "comparison": {
        "case": _S, "unit": _S, "unit_label": _S, "figure": _S, "figure_label": _S,
        "case_wide": _B, "value": _S, "applies": _B,
    },
}


def _pandas_dtype(pd: Any, kind: str) -> Any:
    if kind.startswith("code:"):
        return pd.CategoricalDtype(categories=list(CODES[kind[5:]]), ordered=False)
    return {
        _S: pd.StringDtype(), _I: pd.Int64Dtype(), _F: pd.Float64Dtype(),
        _B: pd.BooleanDtype(), _D: "datetime64[ns]", _L: object,
    }[kind]


def _polars_dtype(pl: Any, kind: str) -> Any:
    if kind.startswith("code:"):
        return pl.Enum(list(CODES[kind[5:]]))
    return {
        _S: pl.String, _I: pl.Int64, _F: pl.Float64, _B: pl.Boolean, _D: pl.Date,
        _L: pl.List(pl.String),
    }[kind]


def schema(table: str, backend: str = "pandas") -> Dict[str, Any]:
    """The columns of ``table`` with their dtypes in ``backend`` (what every frame of it has)."""
    if table not in SCHEMAS:
        raise ArgumentError(
            f"unknown table `{table}`; known: {', '.join(SCHEMAS)}",
            "unknown_table",
            f"tabel `{table}` tidak dikenal; yang dikenal: {', '.join(SCHEMAS)}",
        )
    if backend == "pandas":
        pd = require("pandas")
        return {c: _pandas_dtype(pd, k) for c, k in SCHEMAS[table].items()}
    if backend == "polars":
        pl = require("polars")
        return {c: _polars_dtype(pl, k) for c, k in SCHEMAS[table].items()}
    raise BerdayaError(f"backend: expected 'pandas' or 'polars'; found {backend!r}", "unknown_backend")


def _date(value: Any) -> Optional[_dt.date]:
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(value)


def _precision(written: Optional[str]) -> Optional[str]:
    """``year``, ``month`` or ``day`` for a date written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    if written is None:
        return None
    return CODES["precision"][min(written.count("-"), 2)]


def _first_day(written: Optional[str]) -> Optional[_dt.date]:
    """The first day of a date written as a year, a month or a day."""
    if written is None:
        return None
    parts = [int(p) for p in written.split("-")]
    return _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _frame(table: str, rows: List[Dict[str, Any]], backend: str) -> Any:
    types = SCHEMAS[table]
    columns = {c: [r.get(c) for r in rows] for c in types}
    for c, kind in types.items():
        if kind.startswith("code:"):
            known = CODES[kind[5:]]
            stray = next((v for v in columns[c] if v is not None and v not in known), None)
            if stray is not None:  # never turned into a silent null
                raise BerdayaError(f"{table}.{c}: code {stray!r} is not one of {', '.join(known)}", "unknown_code")
        elif kind == _D:
            columns[c] = [_date(v) for v in columns[c]]
        elif kind == _L:
            columns[c] = [list(v) if v is not None else None for v in columns[c]]
    if backend == "pandas":
        pd = require("pandas")
        data = {}
        for c, kind in types.items():
            dtype = _pandas_dtype(pd, kind)
            values = columns[c]
            if kind == _D:
                data[c] = pd.Series(pd.to_datetime(pd.Series(values, dtype=object)), dtype=dtype)
            elif kind == _L:
                s = pd.Series([None] * len(values), dtype=object)
                for i, v in enumerate(values):
                    s.iat[i] = v
                data[c] = s
            else:
                data[c] = pd.Series(values, dtype=dtype)
        return pd.DataFrame(data, columns=list(types))
    if backend == "polars":
        pl = require("polars")
        return pl.DataFrame(
            {c: pl.Series(c, columns[c], dtype=_polars_dtype(pl, k)) for c, k in types.items()}
        )
    raise BerdayaError(f"backend: expected 'pandas' or 'polars'; found {backend!r}", "unknown_backend")


def _analysis(case: Case, lang: Optional[str], key: str, thresholds: Any = None) -> List[Dict[str, Any]]:
    if not isinstance(case, Case):
        raise ArgumentError(f"case: expected a Case; found {type(case).__name__}")
    rows: List[Dict[str, Any]] = case.analysis(lang, thresholds)[key]
    return rows


def _table(name: str, fix: Optional[Callable[[Dict[str, Any]], Dict[str, Any]]] = None) -> Callable[..., Any]:
    def build(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
        rows = _analysis(case, lang, name)
        return _frame(name, [fix(r) for r in rows] if fix else rows, backend)

    return build


def _stage_row(r: Dict[str, Any]) -> Dict[str, Any]:
    return {
        **r,
        "start": r["start_day"], "start_precision": _precision(r["start"]),
        "end": r["end_day"], "end_precision": _precision(r["end"]),
    }


def _evidence_row(r: Dict[str, Any]) -> Dict[str, Any]:
    return {**r, "date": _first_day(r["date"]), "date_precision": _precision(r["date"])}


def stages(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """One row per Adi stage per process: status, dates (``start`` its first day, ``end`` its
    last, each with its precision), checklist, evidence, score."""
    return _table("stages", _stage_row)(case, lang, backend)


def checklist(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Every checklist item of every stage, standard and custom."""
    return _table("checklist")(case, lang, backend)


def processes(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """One row per Adi process: completeness, first involvement, gaps, follow-ups."""
    return _table("processes")(case, lang, backend)


def progression(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """The Sulistiyani stage reached per subject and dimension (``reached`` null: none yet)."""
    return _table("progression")(case, lang, backend)


def readiness(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Graduation readiness per subject, with what is missing."""
    return _table("readiness")(case, lang, backend)


def five_m(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """5M findings in order of priority for action."""
    return _table("five_m")(case, lang, backend)


def ansell_gash(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Every Ansell–Gash rubric indicator with its score (null: not observed, never 0)."""
    return _table("ansell_gash")(case, lang, backend)


def ansell_gash_components(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Ansell–Gash component means (null: nothing rated), rated counts and bands."""
    return _table("ansell_gash_components")(case, lang, backend)


def diagnostics(case: Case, lang: Optional[str] = None, backend: str = "pandas", thresholds: Any = None) -> Any:
    """Diagnostics that fired, with finding, recommendation, seed and evidence."""
    return _frame("diagnostics", _analysis(case, lang, "diagnostics", thresholds), backend)


def not_judged(case: Case, lang: Optional[str] = None, backend: str = "pandas", thresholds: Any = None) -> Any:
    """What the diagnostics could not judge for want of records, and what to record (never a
    finding)."""
    return _frame("not_judged", _analysis(case, lang, "not_judged", thresholds), backend)


def evidence(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Evidence items: kind, verbatim text, informant, date (with its precision), links, codes."""
    return _table("evidence", _evidence_row)(case, lang, backend)


def participants(case: Case, backend: str = "pandas") -> Any:
    """Pseudonymous participants, one row each (bundled cases hold aggregates only)."""
    if not isinstance(case, Case):
        raise ArgumentError(f"case: expected a Case; found {type(case).__name__}")
    rows = case.to_dict().get("participants", [])
    return _frame("participants", rows, backend)


def attendance(case: Case, backend: str = "pandas") -> Any:
    """Per-person attendance records, one row per activity and participant (``date``: the
    meeting, with its precision, when the activity meets more than once)."""
    if not isinstance(case, Case):
        raise ArgumentError(f"case: expected a Case; found {type(case).__name__}")
    rows = [
        {"activity": a["id"], **record, "date": _first_day(record.get("date")),
         "date_precision": _precision(record.get("date"))}
        for a in case.to_dict().get("activities", [])
        for record in a.get("attendance", [])
    ]
    return _frame("attendance", rows, backend)


def compare(cases: Iterable[Case], lang: Optional[str] = None, backend: str = "pandas", thresholds: Any = None) -> Any:
    """Several cases side by side, long: one row per case and figure (the rows of
    :func:`berdaya.compare`'s table), with ``applies`` false where a figure does not apply
    ("—"). No case at all is an :class:`~berdaya.errors.ArgumentError`, not an empty table."""
    return _frame("comparison", _core.comparison_rows(cases, lang, thresholds), backend)


def compare_sites(case: Case, lang: Optional[str] = None, backend: str = "pandas", thresholds: Any = None) -> Any:
    """The sites of one case (its Adi processes) side by side, long: one row per process and
    figure; a figure of the whole case says so (``case_wide``)."""
    return _frame("comparison", _core.site_comparison_rows(case, lang, thresholds), backend)


__all__ = [
    "CODES",
    "SCHEMAS",
    "ansell_gash",
    "ansell_gash_components",
    "attendance",
    "checklist",
    "compare",
    "compare_sites",
    "diagnostics",
    "evidence",
    "five_m",
    "not_judged",
    "participants",
    "processes",
    "progression",
    "readiness",
    "schema",
    "stages",
]
