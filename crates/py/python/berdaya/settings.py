"""Settings as typed objects, with their defaults and where each default comes from (all read
from the Rust core, which owns them):

* :class:`Thresholds` — the thresholds of the diagnostics (``thresholds=`` of ``report``,
  ``analysis``, ``tables.diagnostics``…);
* :class:`PresetParams` — the figures the eligibility presets need that the seeds do not fix
  (``params=`` of ``screen`` and ``select_quota``).

Each accepts its object or a plain dict of the fields to change; an unknown key is an
:class:`~berdaya.errors.ArgumentError` that names it and lists the known ones. ``help()`` of a
class shows every field with its default, the basis of the default and its meaning in both
languages::

    t = berdaya.Thresholds(attendance_min_percent=60)
    case.diagnose(thresholds=t)              # or thresholds={"attendance_min_percent": 60}
    berdaya.screen("wrse", person, "2022-01-20", params=berdaya.PresetParams(wrse_income_limit=750_000))
"""

from __future__ import annotations

from typing import Any, ClassVar, Dict, List, Tuple

from berdaya import _core
from berdaya.errors import ArgumentError


def _doc(title: str, fields: List[Dict[str, Any]]) -> str:
    lines = [
        title,
        "",
        "Give only the fields to change; the rest keep their defaults. ``basis`` says what kind",
        "of value each default is (observed in a source, stated by a source, an assumption, a",
        "borrowed convention, to be set by the user).",
        "",
        "Fields:",
        "",
    ]
    for f in fields:
        lines += [
            f"{f['name']} (default {f['default']!r}; {f['basis_en'].lower()} / {f['basis_id'].lower()})",
            f"    {f['label_en']} / {f['label_id']}",
            f"    {f['explanation_en']}",
            f"    {f['explanation_id']}",
            "",
        ]
    return "\n".join(lines)


class _Settings:
    """Typed settings over the core's fields (name, default, basis, labels, explanations)."""

    _FIELDS: ClassVar[List[Dict[str, Any]]] = []
    _WHAT: ClassVar[Tuple[str, str, str]] = ("setting", "pengaturan", "unknown_setting")
    FIELDS: ClassVar[Tuple[str, ...]] = ()

    def __init__(self, **values: Any) -> None:
        unknown = [k for k in values if k not in self.FIELDS]
        if unknown:
            what_en, what_id, code = self._WHAT
            known = ", ".join(self.FIELDS)
            raise ArgumentError(
                f"unknown {what_en} `{unknown[0]}`; known: {known}",
                code,
                f"{what_id} `{unknown[0]}` tidak dikenal; yang dikenal: {known}",
            )
        self._values: Dict[str, Any] = {f["name"]: f["default"] for f in self._FIELDS}
        self._values.update(values)

    @classmethod
    def from_dict(cls, values: Any) -> Any:
        """Settings from a dict of the fields to change (an object of the class passes as is)."""
        if isinstance(values, cls):
            return values
        if not isinstance(values, dict):
            raise ArgumentError(
                f"{cls._WHAT[0]}s: expected a dict or {cls.__name__}; found {type(values).__name__}"
            )
        return cls(**values)

    def __getattr__(self, name: str) -> Any:
        values = self.__dict__.get("_values", {})
        if name in values:
            return values[name]
        raise AttributeError(name)

    def to_dict(self) -> Dict[str, Any]:
        """Every field with its value."""
        return dict(self._values)

    def changed(self) -> Dict[str, Any]:
        """The fields that differ from their defaults."""
        return {f["name"]: self._values[f["name"]] for f in self._FIELDS if self._values[f["name"]] != f["default"]}

    @classmethod
    def provenance(cls) -> List[Dict[str, Any]]:
        """Each field's default, its basis, label and explanation in both languages."""
        return [dict(f) for f in cls._FIELDS]

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._values == other._values  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._values.items())
        return f"{type(self).__name__}({inner})"


_THRESHOLDS: List[Dict[str, Any]] = list(_core.threshold_fields())
_PARAMS: List[Dict[str, Any]] = list(_core.preset_param_fields())


class Thresholds(_Settings):
    __doc__ = _doc("Thresholds of the diagnostics, with documented defaults (percentages in percent).", _THRESHOLDS)
    _FIELDS = _THRESHOLDS
    _WHAT = ("threshold", "ambang", "unknown_threshold")
    #: The names of the fields, in order.
    FIELDS = tuple(f["name"] for f in _THRESHOLDS)


class PresetParams(_Settings):
    __doc__ = _doc(
        "Parameters of the eligibility presets: figures the seeds do not fix (amounts in rupiah "
        "a month, ages in whole years).",
        _PARAMS,
    )
    _FIELDS = _PARAMS
    _WHAT = ("preset parameter", "parameter preset", "unknown_preset_param")
    #: The names of the fields, in order.
    FIELDS = tuple(f["name"] for f in _PARAMS)


def params_arg(params: Any) -> Any:
    """``params=`` as the core reads it: ``None``, or a dict of every field (from a
    :class:`PresetParams` or a dict checked against it)."""
    if params is None:
        return None
    return PresetParams.from_dict(params).to_dict()


__all__ = ["PresetParams", "Thresholds"]
