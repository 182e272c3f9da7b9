"""Settings as typed objects: :class:`Thresholds` of the diagnostics, with their defaults and
where each default comes from (all read from the Rust core, which owns them).

Every function that takes ``thresholds=`` accepts a :class:`Thresholds` or a plain dict of the
fields to change; an unknown key is an :class:`~berdaya.errors.ArgumentError` that names it and
lists the known ones::

    t = berdaya.Thresholds(attendance_min_percent=60)
    case.diagnose(thresholds=t)              # or thresholds={"attendance_min_percent": 60}
"""

from __future__ import annotations

from typing import Any, Dict, List

from berdaya import _core
from berdaya.errors import ArgumentError

_FIELDS: List[Dict[str, Any]] = list(_core.threshold_fields())


def _doc() -> str:
    lines = [
        "Thresholds of the diagnostics, with documented defaults (percentages in percent).",
        "",
        "Give only the fields to change; the rest keep their defaults. ``basis`` says what kind",
        "of number each default is (observed in a source, stated by a source, an assumption).",
        "",
        "Fields:",
        "",
    ]
    for f in _FIELDS:
        lines += [
            f"{f['name']} (default {f['default']!r}; {f['basis_en'].lower()})",
            f"    {f['explanation_en']}",
            f"    {f['explanation_id']}",
            "",
        ]
    return "\n".join(lines)


class Thresholds:
    __doc__ = _doc()

    #: The names of the fields, in order.
    FIELDS = tuple(f["name"] for f in _FIELDS)

    def __init__(self, **values: Any) -> None:
        unknown = [k for k in values if k not in self.FIELDS]
        if unknown:
            raise ArgumentError(
                f"unknown threshold `{unknown[0]}`; known: {', '.join(self.FIELDS)}",
                "unknown_threshold",
                f"ambang `{unknown[0]}` tidak dikenal; yang dikenal: {', '.join(self.FIELDS)}",
            )
        self._values: Dict[str, Any] = {f["name"]: f["default"] for f in _FIELDS}
        self._values.update(values)

    @classmethod
    def from_dict(cls, values: Dict[str, Any]) -> "Thresholds":
        """Thresholds from a dict of the fields to change."""
        if isinstance(values, Thresholds):
            return values
        if not isinstance(values, dict):
            raise ArgumentError(f"thresholds: expected a dict or Thresholds; found {type(values).__name__}")
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
        return {f["name"]: self._values[f["name"]] for f in _FIELDS if self._values[f["name"]] != f["default"]}

    @staticmethod
    def provenance() -> List[Dict[str, Any]]:
        """Each field's default, its basis and explanation in both languages."""
        return [dict(f) for f in _FIELDS]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Thresholds) and self._values == other._values

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._values.items())
        return f"Thresholds({inner})"


__all__ = ["Thresholds"]
