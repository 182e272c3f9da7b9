"""The frameworks (the core's ``frameworks``): the Ansell–Gash rubric that is scored. The Adi
stage transitions are :meth:`berdaya.Case.with_stage_status`; every framework's analysis is in
:meth:`berdaya.Case.analysis` and :mod:`berdaya.tables`."""

from __future__ import annotations

from berdaya._core import rubric

__all__ = ["rubric"]
