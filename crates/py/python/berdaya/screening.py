"""Screening (the core's ``screening``): eligibility with reason codes and quota selection
for the participants of documents; :mod:`berdaya.registry` runs the same rules over Arrow
tables of millions of households."""

from __future__ import annotations

from berdaya import registry
from berdaya._core import presets, screen, select_quota

__all__ = ["presets", "registry", "screen", "select_quota"]
