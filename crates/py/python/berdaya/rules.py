"""Eligibility rules as typed objects: :class:`Test` of one criterion, joined by
:class:`AllOf` and :class:`AnyOf`. The kinds of criterion, their fields and their meaning in
both languages come from the Rust core (``help(berdaya.rules.Test)`` lists them).

A rule object goes wherever a rule dict does (``berdaya.screen``, ``select_quota``,
``registry.screen`` through :meth:`Rule.to_dict`)::

    from berdaya.rules import AllOf, AnyOf, Test
    rule = AllOf(Test("sex", is_="female"),
                 AnyOf(Test("marital_status_in", any_of=["widowed", "divorced"]),
                       Test("main_breadwinner")),
                 Test("income_below", limit=500_000))
    berdaya.screen(rule, person, "2022-01-20")

An unknown kind of criterion or an unknown field is an
:class:`~berdaya.errors.ArgumentError` that names it and lists the known ones; a missing field
is one too. The values themselves are checked by the core when the rule is used.
"""

from __future__ import annotations

from typing import Any, Dict, List

from berdaya import _core
from berdaya.errors import ArgumentError

_KINDS: Dict[str, Dict[str, Any]] = {k["name"]: dict(k) for k in _core.criterion_kinds()}


class Rule:
    """A rule: a :class:`Test`, or an :class:`AllOf` / :class:`AnyOf` of rules."""

    def to_dict(self) -> Dict[str, Any]:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Rule) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_dict()!r})"


def _doc() -> str:
    lines = [
        "One test of one fact about a participant: ``Test(kind, **fields)``.",
        "",
        "A fact that is not recorded makes the test *unknown* (the person undetermined), never",
        "a pass or a fail. ``is`` is written ``is_`` (a Python keyword).",
        "",
        "Kinds:",
        "",
    ]
    for k in _KINDS.values():
        fields = ", ".join(k["fields"]) or "no fields"
        lines += [
            f"{k['name']} ({fields})",
            f"    {k['label_en']} / {k['label_id']}",
            f"    {k['explanation_en']}",
            f"    {k['explanation_id']}",
            "",
        ]
    return "\n".join(lines)


class Test(Rule):
    __doc__ = _doc()
    __test__ = False  # not a pytest test class

    #: The kinds of criterion, in the core's order.
    KINDS = tuple(_KINDS)

    def __init__(self, kind: str, **fields: Any) -> None:
        if kind not in _KINDS:
            raise ArgumentError(
                f"unknown criterion `{kind}`; known: {', '.join(self.KINDS)}",
                "unknown_criterion",
                f"kriteria `{kind}` tidak dikenal; yang dikenal: {', '.join(self.KINDS)}",
            )
        fields = {("is" if k == "is_" else k): v for k, v in fields.items()}
        known = _KINDS[kind]["fields"]
        for name in fields:
            if name not in known:
                listed = ", ".join(known) or "none"
                raise ArgumentError(
                    f"{kind}: unknown field `{name}`; known: {listed}",
                    "unknown_field",
                    f"{kind}: isian `{name}` tidak dikenal; yang dikenal: {listed}",
                )
        optional = {"sites"}  # designated_site: left out means "not recorded"
        missing = [f for f in known if f not in fields and f not in optional]
        if missing:
            raise ArgumentError(
                f"{kind}: missing field `{missing[0]}`; expected: {', '.join(known)}",
                "missing_field",
                f"{kind}: isian `{missing[0]}` belum diisi; yang diharapkan: {', '.join(known)}",
            )
        self.kind = kind
        self.fields = fields

    def to_dict(self) -> Dict[str, Any]:
        return {"test": {"criterion": self.kind, **self.fields}}


class _Group(Rule):
    _KEY = ""

    def __init__(self, *rules: Rule) -> None:
        if not rules:
            raise ArgumentError(f"{self._KEY}: expected at least one rule; found none", "empty_rule")
        for i, r in enumerate(rules):
            if not isinstance(r, Rule):
                raise ArgumentError(f"{self._KEY}[{i}]: expected a Test, AllOf or AnyOf; found {type(r).__name__}")
        self.rules: List[Rule] = list(rules)

    def to_dict(self) -> Dict[str, Any]:
        return {self._KEY: [r.to_dict() for r in self.rules]}


class AllOf(_Group):
    """Every rule must pass (``all_of``)."""

    _KEY = "all_of"


class AnyOf(_Group):
    """At least one rule must pass (``any_of``)."""

    _KEY = "any_of"


def rule_arg(rule: Any) -> Any:
    """A rule as the core reads it: a preset name or a dict (a :class:`Rule` gives its dict)."""
    return rule.to_dict() if isinstance(rule, Rule) else rule


__all__ = ["AllOf", "AnyOf", "Rule", "Test"]
