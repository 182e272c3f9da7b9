"""Plots draw from the core's analysis rows (python/berdaya/plots.py)."""

import matplotlib.figure

import berdaya
from berdaya import plots


def test_every_plot_returns_a_figure(tmp_path):
    sekoper = berdaya.load("sekoper-cinta-mustikasari")
    bekasi = berdaya.load("p2wkss-bekasi-utara")
    karawaci = berdaya.load("p2k2-karawaci")
    figures = [
        plots.ansell_gash_radar(sekoper, "en"),
        plots.ansell_gash_radar([sekoper, karawaci], "id"),
        plots.five_m_bars(karawaci, "en"),
        plots.adi_gantt(bekasi, "id"),
        plots.progression(karawaci, "en"),
    ]
    for i, fig in enumerate(figures):
        assert isinstance(fig, matplotlib.figure.Figure)
        fig.savefig(tmp_path / f"{i}.png")
        assert (tmp_path / f"{i}.png").stat().st_size > 1000
    # The radar shows the five components.
    labels = [t.get_text() for t in figures[0].axes[0].get_xticklabels()]
    assert labels == ["Starting conditions", "Institutional design", "Facilitative leadership",
                      "Collaborative process", "Outcomes"]


def test_a_framework_a_case_lacks_is_labelled_not_assessed_in_both_languages():
    import warnings

    import berdaya.plots as plots

    case = berdaya.template("custom")
    for lang, words in [("en", "Not assessed."), ("id", "Belum dinilai.")]:
        for draw in [plots.ansell_gash_radar, plots.five_m_bars, plots.adi_gantt, plots.progression]:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                fig = draw(case, lang)
            texts = [t.get_text() for ax in fig.axes for t in ax.texts]
            assert words in texts, (draw.__name__, texts)
            assert fig.get_layout_engine() is not None


def test_unrated_components_are_gaps_not_zeros():
    import math

    import berdaya.plots as plots

    case = berdaya.load("sekoper-cinta-mustikasari")
    rows = case.analysis("en")["ansell_gash_components"]
    fig = plots.ansell_gash_radar(case, "en")
    polygon = fig.axes[0].lines[0].get_ydata()
    for row, value in zip(rows, polygon):
        assert (row["mean"] is None) == math.isnan(value)
