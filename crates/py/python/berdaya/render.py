"""Rendering (the core's ``render``): comparisons of cases and of the sites of one case. A
case's own summary and reports are :meth:`berdaya.Case.summary`, :meth:`~berdaya.Case.report`
and :meth:`~berdaya.Case.report_html`."""

from __future__ import annotations

from berdaya._core import compare, compare_sites

__all__ = ["compare", "compare_sites"]
