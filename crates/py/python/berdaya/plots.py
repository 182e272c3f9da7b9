"""Plots of a case with matplotlib (imported only when a plot is drawn).

Every label and number comes from the core's analysis rows; these functions only draw.
Each returns a ``matplotlib.figure.Figure``.
"""

from __future__ import annotations

import math
from typing import Any, Optional, Sequence, Union

from berdaya._core import Case, phrase
from berdaya._optional import require

_MAROON = "#7b1e3a"


def _plt() -> Any:
    # Imported lazily: the package works without matplotlib until a plot is drawn.
    return require("matplotlib.pyplot")


def _figure(plt: Any, **kwargs: Any) -> Any:
    # Constrained layout: labels and legends stay inside the figure, also through savefig.
    return plt.figure(layout="constrained", **kwargs)


def _not_assessed(fig: Any, ax: Any, title: str, lang: Optional[str]) -> Any:
    """The labelled empty state of a framework a case does not record."""
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, phrase("not_assessed", lang), ha="center", va="center",
            fontsize=12, color="#52606d", transform=ax.transAxes)
    return fig


def ansell_gash_radar(cases: Union[Case, Sequence[Case]], lang: Optional[str] = None) -> Any:
    """Ansell–Gash component means on a radar, one polygon per case.

    Components not observed are gaps in the polygon (never zeros), marked by an open marker
    on the rim; a case without an assessment is not drawn, and with none the figure says
    "not assessed".
    """
    plt = _plt()
    items = [cases] if isinstance(cases, Case) else list(cases)
    fig = _figure(plt, figsize=(6.5, 6.5))
    if not any(case.analysis(lang)["ansell_gash_components"] for case in items):
        return _not_assessed(fig, fig.add_subplot(), "Ansell–Gash", lang)
    ax = fig.add_subplot(projection="polar")
    labels: list = []
    for case in items:
        rows = case.analysis(lang)["ansell_gash_components"]
        if not rows:
            continue
        labels = [r["label"] for r in rows]
        values = [r["mean"] if r["mean"] is not None else math.nan for r in rows]
        angles = [2 * math.pi * i / len(rows) for i in range(len(rows))]
        ax.plot(angles + angles[:1], values + values[:1], marker="o", label=case.title(lang))
        ax.fill(angles + angles[:1], values + values[:1], alpha=0.15)
        for angle, row in zip(angles, rows):
            if row["mean"] is None:
                ax.plot([angle], [5], marker="o", markerfacecolor="white", color=_MAROON)
    if labels:
        ax.set_xticks([2 * math.pi * i / len(labels) for i in range(len(labels))])
        ax.set_xticklabels(labels, fontsize=8)
    ax.set_ylim(0, 5)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_title("Ansell–Gash")
    if len(items) > 1:
        # Below the radar, never over its title.
        fig.legend(loc="outside lower center", fontsize=7, ncols=min(len(items), 2))
    return fig


def five_m_bars(case: Case, lang: Optional[str] = None) -> Any:
    """5M drivers (right) and inhibitors (left) as diverging bars of their weights."""
    plt = _plt()
    rows = case.analysis(lang)["five_m"]
    factors: dict = {}
    for r in rows:
        d = factors.setdefault(r["factor_label"], [0, 0])
        if r["signed_weight"] > 0:
            d[0] += r["signed_weight"]
        else:
            d[1] += r["signed_weight"]
    names = list(factors)
    fig, ax = plt.subplots(figsize=(7, 0.6 * max(len(names), 1) + 1), layout="constrained")
    if not rows:
        return _not_assessed(fig, ax, "5M", lang)
    ax.barh(names, [factors[n][0] for n in names], color="#2e8b57", label="+")
    ax.barh(names, [factors[n][1] for n in names], color="#c0392b", label="−")
    ax.axvline(0, color="#52606d", linewidth=1)
    ax.set_title("5M")
    ax.invert_yaxis()
    return fig


def adi_gantt(case: Case, lang: Optional[str] = None) -> Any:
    """The Adi stages of each process as a Gantt chart where dates are known, and their
    completeness as bar shading otherwise."""
    plt = _plt()
    import datetime as dt

    rows = case.analysis(lang)["stages"]
    fig, ax = plt.subplots(figsize=(8, 0.35 * max(len(rows), 1) + 1), layout="constrained")
    if not rows:
        return _not_assessed(fig, ax, "Adi", lang)
    labels = [f"{r['process']} · {r['number']}. {r['stage_label']}" for r in rows]
    for i, r in enumerate(rows):
        if r["start_day"] and r["end_day"]:
            start = dt.date.fromisoformat(r["start_day"])
            end = dt.date.fromisoformat(r["end_day"])
            ax.barh(i, (end - start).days + 1, left=start.toordinal(), color=_MAROON,
                    alpha=0.35 + 0.65 * r["score"])
        else:
            ax.barh(i, r["score"], left=0, color=_MAROON, alpha=0.6)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_title("Adi")
    return fig


def progression(case: Case, lang: Optional[str] = None) -> Any:
    """The Sulistiyani stage reached (0–3) per dimension, one group of bars per subject."""
    plt = _plt()
    rows = case.analysis(lang)["progression"]
    subjects: dict = {}
    for r in rows:
        subjects.setdefault(r["subject_label"], []).append(r)
    fig, ax = plt.subplots(figsize=(7, 3.5), layout="constrained")
    if not rows:
        return _not_assessed(fig, ax, "Sulistiyani", lang)
    width = 0.8 / max(len(subjects), 1)
    dims = sorted({r["dimension_label"] for r in rows})
    for k, (subject, items) in enumerate(subjects.items()):
        reached = {r["dimension_label"]: r["reached_number"] for r in items}
        xs = [i + k * width for i in range(len(dims))]
        ax.bar(xs, [reached.get(d, 0) for d in dims], width=width, label=subject)
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(dims))])
    ax.set_xticklabels(dims)
    ax.set_ylim(0, 3.2)
    ax.set_yticks([0, 1, 2, 3])
    ax.set_title("Sulistiyani")
    ax.legend(fontsize=7)
    return fig


__all__ = ["adi_gantt", "ansell_gash_radar", "five_m_bars", "progression"]
