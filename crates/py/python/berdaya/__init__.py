"""berdaya — community-empowerment programmes and the frameworks that run and judge them.

Load a bundled case, inspect and edit it, validate it, score the Adi and Sulistiyani stages,
5M and Ansell–Gash, diagnose it, and report in Bahasa Indonesia or English::

    import berdaya
    case = berdaya.load("p2k2-karawaci")
    print(case.report("en"))
    berdaya.tables.diagnostics(case, "en")   # a pandas DataFrame

Every rule, threshold and label lives in the Rust core; this package converts and delegates.
"""

from __future__ import annotations

from typing import List

from berdaya.errors import (
    ArgumentError,
    BerdayaError,
    LangError,
    RuleError,
    TransitionError,
    UnknownCaseError,
    ValidationError,
)
from berdaya._core import (
    SCHEMA_VERSION,
    VERSION,
    Case,
    bundled_names,
    compare,
    compare_sites,
    load,
    presets,
    rubric,
    screen,
    select_quota,
)
from berdaya import registry, tables

__version__ = VERSION


def load_all() -> List[Case]:
    """Every bundled case, in seed order."""
    return [load(name) for name in bundled_names()]


__all__ = [
    "ArgumentError",
    "BerdayaError",
    "Case",
    "LangError",
    "RuleError",
    "SCHEMA_VERSION",
    "TransitionError",
    "UnknownCaseError",
    "VERSION",
    "ValidationError",
    "bundled_names",
    "compare",
    "compare_sites",
    "load",
    "load_all",
    "presets",
    "registry",
    "rubric",
    "screen",
    "select_quota",
    "tables",
]
