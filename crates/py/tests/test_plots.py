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
