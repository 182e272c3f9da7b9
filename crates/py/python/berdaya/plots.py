"""Plots of a case with matplotlib (imported only when a plot is drawn).

Every label and number comes from the core's analysis rows and phrases, in the language
asked for (``lang=``, else :func:`berdaya.set_language`); these functions only draw. Each
returns a ``matplotlib.figure.Figure`` with a constrained layout, so ``savefig`` keeps every
label, and legends sit outside the axes, never over a title.

* A framework the case does not record is a labelled empty state ("Belum dinilai." /
  "Not assessed."), never empty axes.
* What is not rated is a gap, never a zero: an Ansell–Gash component with no rated indicator
  breaks the radar's line and its label says "not observed"; a Sulistiyani dimension not
  recorded for a subject has no bar and says "not assessed". (A subject recorded as not yet
  at the first stage is a true 0.)
* Adi completeness is drawn on its natural range, 0–100 %.
"""

from __future__ import annotations

import math
from typing import Any, List, Optional, Sequence, Union

from berdaya._core import Case, phrase
from berdaya._optional import require

_MAROON = "#7b1e3a"
_GREY = "#52606d"
#: What an unrated value is drawn as: a gap (a test swaps it for 0 to prove the images
#: would catch that bug).
_GAP = math.nan


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
            fontsize=12, color=_GREY, transform=ax.transAxes)
    return fig


def ansell_gash_radar(cases: Union[Case, Sequence[Case]], lang: Optional[str] = None) -> Any:
    """Ansell–Gash component means on a radar (1–5), one polygon per case.

    A component with no rated indicator is a gap in the polygon (never a zero), and its label
    says "not observed"; a case without an assessment is not drawn, and with none the figure
    says "not assessed".
    """
    plt = _plt()
    items = [cases] if isinstance(cases, Case) else list(cases)
    fig = _figure(plt, figsize=(6.5, 6.5))
    drawn = [(case, case.analysis(lang)["ansell_gash_components"]) for case in items]
    drawn = [(case, rows) for case, rows in drawn if rows]
    if not drawn:
        return _not_assessed(fig, fig.add_subplot(), "Ansell–Gash", lang)
    ax = fig.add_subplot(projection="polar")
    unrated: set = set()
    labels: List[str] = []
    for case, rows in drawn:
        labels = [r["label"] for r in rows]
        values = [r["mean"] if r["mean"] is not None else _GAP for r in rows]
        unrated |= {i for i, r in enumerate(rows) if r["mean"] is None}
        angles = [2 * math.pi * i / len(rows) for i in range(len(rows))]
        ax.plot(angles + angles[:1], values + values[:1], marker="o", linewidth=2.5,
                label=case.title(lang))
        if not any(r["mean"] is None for r in rows):
            ax.fill(angles + angles[:1], values + values[:1], alpha=0.15)
    ax.set_xticks([2 * math.pi * i / len(labels) for i in range(len(labels))])
    not_observed = phrase("not_observed", lang)
    ax.set_xticklabels(
        [f"{label}\n({not_observed})" if i in unrated else label for i, label in enumerate(labels)],
        fontsize=8,
    )
    ax.set_ylim(0, 5)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_title("Ansell–Gash")
    # Below the radar, never over its title; one case is named by the title of its report.
    fig.legend(loc="outside lower center", fontsize=7, ncols=min(len(drawn), 2))
    return fig


def five_m_bars(case: Case, lang: Optional[str] = None) -> Any:
    """5M drivers (right) and inhibitors (left) as diverging bars of their summed weights."""
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
    fig = _figure(plt, figsize=(7, 0.6 * max(len(names), 1) + 1.6))
    ax = fig.add_subplot()
    if not rows:
        return _not_assessed(fig, ax, "5M", lang)
    ax.barh(names, [factors[n][0] for n in names], color="#2e8b57", label=phrase("drivers", lang))
    ax.barh(names, [factors[n][1] for n in names], color="#c0392b", label=phrase("inhibitors", lang))
    ax.axvline(0, color=_GREY, linewidth=1)
    ax.set_xlabel(phrase("weight", lang))
    ax.set_title("5M")
    ax.invert_yaxis()
    fig.legend(loc="outside lower center", fontsize=8, ncols=2)
    return fig


def adi_gantt(case: Case, lang: Optional[str] = None) -> Any:
    """The Adi stages of each process: their completeness on 0–100 % and, where the case
    records dates, a timeline beside it: a bar from start to end, a marker at the start of a
    stage whose end is not recorded, nothing for a stage without dates."""
    plt = _plt()
    import datetime as dt

    rows = case.analysis(lang)["stages"]
    dated = [r for r in rows if r["start_day"]]
    fig = _figure(plt, figsize=(9 if dated else 7, 0.35 * max(len(rows), 1) + 1.4))
    if not rows:
        return _not_assessed(fig, fig.add_subplot(), "Adi", lang)
    axes = fig.subplots(1, 2 if dated else 1, sharey=True, squeeze=False)[0]
    ax = axes[0]
    labels = [f"{r['process']} · {r['number']}. {r['stage_label']}" for r in rows]
    ax.barh(range(len(rows)), [100 * r["score"] for r in rows], color=_MAROON, alpha=0.75)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.set_xticklabels(["0 %", "25 %", "50 %", "75 %", "100 %"])
    ax.set_xlabel(phrase("completeness", lang))
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_title("Adi")
    if dated:
        timeline = axes[1]
        days = []
        for i, r in enumerate(rows):
            if not r["start_day"]:
                continue
            start = dt.date.fromisoformat(r["start_day"])
            days.append(start)
            if r["end_day"]:
                end = dt.date.fromisoformat(r["end_day"])
                days.append(end)
                timeline.barh(i, (end - start).days + 1, left=start.toordinal(), color=_MAROON,
                              alpha=0.35 + 0.65 * r["score"])
            else:
                timeline.plot([start.toordinal()], [i], marker=">", color=_MAROON)
        first, last = min(days), max(days)
        ticks = [dt.date(y, 1, 1) for y in range(first.year, last.year + 2)]
        timeline.set_xticks([t.toordinal() for t in ticks])
        timeline.set_xticklabels([str(t.year) for t in ticks], fontsize=7)
        timeline.set_xlim(ticks[0].toordinal() - 15, ticks[-1].toordinal() + 15)
    return fig


def progression(case: Case, lang: Optional[str] = None) -> Any:
    """The Sulistiyani stage reached (0–3) per dimension, one group of bars per subject; a
    dimension not recorded for a subject is a gap marked "not assessed", never a 0."""
    plt = _plt()
    rows = case.analysis(lang)["progression"]
    subjects: dict = {}
    for r in rows:
        subjects.setdefault(r["subject_label"], []).append(r)
    fig = _figure(plt, figsize=(7, 3.8))
    ax = fig.add_subplot()
    if not rows:
        return _not_assessed(fig, ax, "Sulistiyani", lang)
    width = 0.8 / max(len(subjects), 1)
    dims: List[str] = []
    for r in rows:  # in the core's order
        if r["dimension_label"] not in dims:
            dims.append(r["dimension_label"])
    missing = phrase("not_assessed", lang)
    for k, (subject, items) in enumerate(subjects.items()):
        reached = {r["dimension_label"]: r["reached_number"] for r in items}
        xs = [i + k * width for i in range(len(dims))]
        heights = [reached.get(d, _GAP) for d in dims]
        ax.bar(xs, heights, width=width, label=subject)
        for x, h in zip(xs, heights):
            if isinstance(h, float) and math.isnan(h):
                # The gap, hatched over the whole scale so that it never reads as a 0.
                ax.bar([x], [3], width=width, facecolor="none", edgecolor="#b0b8c0", hatch="///",
                       linewidth=0.6)
                ax.text(x, 0.1, missing, rotation=90, ha="center", va="bottom", fontsize=8,
                        color=_GREY)
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(dims))])
    ax.set_xticklabels(dims)
    ax.set_ylim(0, 3.2)
    ax.set_yticks([0, 1, 2, 3])
    ax.set_title("Sulistiyani")
    fig.legend(loc="outside lower center", fontsize=7, ncols=min(len(subjects), 3))
    return fig


__all__ = ["adi_gantt", "ansell_gash_radar", "five_m_bars", "progression"]
