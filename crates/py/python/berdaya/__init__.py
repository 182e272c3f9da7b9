"""berdaya — community-empowerment programmes and the frameworks that run and judge them.

Load a bundled case, inspect and edit it, validate it, score the Adi and Sulistiyani stages,
5M and Ansell–Gash, diagnose it, and report in Bahasa Indonesia or English::

    import berdaya
    case = berdaya.load("p2k2-karawaci")
    print(case.report("en"))
    berdaya.tables.diagnostics(case, "en")   # a pandas DataFrame

Every rule, threshold and label lives in the Rust core; this package converts and delegates.
Its submodules follow the core's areas: :mod:`berdaya.cases`, :mod:`berdaya.frameworks`,
:mod:`berdaya.screening` (with :mod:`berdaya.registry` for Arrow tables),
:mod:`berdaya.render`, :mod:`berdaya.agreement` (inter-coder agreement), :mod:`berdaya.errors`; :mod:`berdaya.tables` and :mod:`berdaya.plots`
turn the analyses into frames and figures.
"""

from __future__ import annotations

from berdaya.errors import (
    AgreementError,
    ExchangeError,
    ArgumentError,
    BerdayaError,
    ColumnError,
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
)
from berdaya import agreement, cases, exchange, settings, frameworks, registry, render, rules, screening, tables
from berdaya.cases import load_all, template, template_names
from berdaya.exchange import field_reference, schema
from berdaya.settings import PresetParams, Thresholds
from berdaya.screening import screen, select_quota
from berdaya.language import get_language, set_language

__version__ = VERSION


__all__ = [
    "AgreementError",
    "ExchangeError",
    "agreement",
    "exchange",
    "ArgumentError",
    "BerdayaError",
    "Case",
    "ColumnError",
    "LangError",
    "RuleError",
    "PresetParams",
    "SCHEMA_VERSION",
    "Thresholds",
    "TransitionError",
    "UnknownCaseError",
    "VERSION",
    "ValidationError",
    "bundled_names",
    "cases",
    "compare",
    "compare_sites",
    "exchange",
    "field_reference",
    "frameworks",
    "get_language",
    "load",
    "load_all",
    "presets",
    "registry",
    "render",
    "rubric",
    "rules",
    "schema",
    "screen",
    "screening",
    "select_quota",
    "set_language",
    "settings",
    "tables",
    "template",
    "template_names",
]
