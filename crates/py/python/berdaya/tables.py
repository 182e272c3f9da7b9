"""Tables of a case as pandas DataFrames (or polars, with ``backend="polars"``).

The rows come from the core (``Case.analysis`` and ``Case.to_dict``) with codes and labels
already in the language asked for; these functions only put them in a frame.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from berdaya._core import Case
from berdaya._optional import require


def _frame(rows: List[Dict[str, Any]], columns: Optional[List[str]], backend: str) -> Any:
    if backend == "pandas":
        pd = require("pandas")
        return pd.DataFrame.from_records(rows, columns=columns)
    if backend == "polars":
        pl = require("polars")
        if not rows and columns:
            return pl.DataFrame({c: [] for c in columns})
        return pl.DataFrame(rows, infer_schema_length=None)
    from berdaya.errors import BerdayaError

    raise BerdayaError(f"backend: expected 'pandas' or 'polars'; found {backend!r}", "unknown_backend")


def _analysis(case: Case, lang: str, key: str) -> List[Dict[str, Any]]:
    rows: List[Dict[str, Any]] = case.analysis(lang)[key]
    return rows


def stages(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """One row per Adi stage per process: status, dates, checklist, evidence, score."""
    return _frame(_analysis(case, lang, "stages"), None, backend)


def checklist(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Every checklist item of every stage, standard and custom."""
    return _frame(_analysis(case, lang, "checklist"), None, backend)


def processes(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """One row per Adi process: completeness, first involvement, gaps, follow-ups."""
    return _frame(_analysis(case, lang, "processes"), None, backend)


def progression(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """The Sulistiyani stage reached per subject and dimension."""
    return _frame(_analysis(case, lang, "progression"), None, backend)


def readiness(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Graduation readiness per subject, with what is missing."""
    return _frame(_analysis(case, lang, "readiness"), None, backend)


def five_m(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """5M findings in order of priority for action."""
    return _frame(_analysis(case, lang, "five_m"), None, backend)


def ansell_gash(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Every Ansell–Gash rubric indicator with its score (``None``: not observed)."""
    return _frame(_analysis(case, lang, "ansell_gash"), None, backend)


def ansell_gash_components(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Ansell–Gash component means, rated counts and bands."""
    return _frame(_analysis(case, lang, "ansell_gash_components"), None, backend)


def diagnostics(case: Case, lang: Optional[str] = None, backend: str = "pandas", thresholds: Optional[Dict[str, Any]] = None) -> Any:
    """Diagnostics that fired, with finding, recommendation, seed and evidence."""
    return _frame(case.analysis(lang, thresholds)["diagnostics"], None, backend)


def evidence(case: Case, lang: Optional[str] = None, backend: str = "pandas") -> Any:
    """Evidence items: kind, verbatim text, informant, date, links and codes."""
    return _frame(_analysis(case, lang, "evidence"), None, backend)


_PARTICIPANT_COLUMNS = [
    "id", "sex", "birth_date", "age", "household_head", "main_breadwinner", "marital_status",
    "education", "monthly_income", "dependants", "household_has_elderly",
    "household_has_disabled", "assistance_received", "in_integrated_database", "has_business",
    "skills", "site", "cohort",
]


def participants(case: Case, backend: str = "pandas") -> Any:
    """Pseudonymous participants, one row each (bundled cases hold aggregates only)."""
    rows = case.to_dict().get("participants", [])
    return _frame(rows, _PARTICIPANT_COLUMNS, backend)


def attendance(case: Case, backend: str = "pandas") -> Any:
    """Per-person attendance records, one row per activity and participant."""
    rows = [
        {"activity": a["id"], **record}
        for a in case.to_dict().get("activities", [])
        for record in a.get("attendance", [])
    ]
    return _frame(rows, ["activity", "participant", "date", "present"], backend)


__all__ = [
    "ansell_gash",
    "ansell_gash_components",
    "attendance",
    "checklist",
    "diagnostics",
    "evidence",
    "five_m",
    "participants",
    "processes",
    "progression",
    "readiness",
    "stages",
]
