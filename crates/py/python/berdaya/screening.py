"""Screening (the core's ``screening``): eligibility with reason codes and quota selection
for the participants of documents; :mod:`berdaya.registry` runs the same rules over Arrow
tables of millions of households.

``params=`` takes a :class:`berdaya.PresetParams` or a dict of the fields to change; an
unknown key is an :class:`~berdaya.errors.ArgumentError` naming it and listing the known ones.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Sequence, Union

from berdaya import _core, registry
from berdaya._core import presets
from berdaya.rules import rule_arg
from berdaya.settings import PresetParams, params_arg


def screen(rule: Union[str, Dict[str, Any], Any], participant: Dict[str, Any], on: Any,
           params: Any = None) -> Dict[str, Any]:
    """Screens one participant (a dict) against a preset name or a rule (a dict) on a date;
    returns the eligibility and one outcome with its reason code per criterion."""
    return _core.screen(rule_arg(rule), participant, on, params_arg(params))


def select_quota(rule: Union[str, Dict[str, Any]], participants: Sequence[Dict[str, Any]],
                 sites: Sequence[Dict[str, Any]], on: Any, per_village: Optional[int] = None,
                 ranking: Any = None, params: Any = None) -> Dict[str, Any]:
    """Selects up to ``per_village`` eligible people per kelurahan (a preset's own quota when
    omitted), neediest first unless ``ranking`` names other keys."""
    return _core.select_quota(rule_arg(rule), participants, sites, on, per_village, ranking,
                              params_arg(params))


__all__ = ["PresetParams", "presets", "registry", "screen", "select_quota"]
