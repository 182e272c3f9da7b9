"""One language switch for the session; ``lang=`` on a call still wins."""

import pytest

import berdaya
from berdaya import tables


@pytest.fixture
def english():
    berdaya.set_language("en")
    yield
    berdaya.set_language("id")


def test_the_session_language_is_every_default(english):
    case = berdaya.load("p2k2-karawaci")
    assert berdaya.get_language() == "en"
    english_html = case._repr_html_()
    assert "Low attendance" in english_html
    assert case.report() == case.report("en")
    assert case.title() == case.title("en")
    assert tables.diagnostics(case).equals(tables.diagnostics(case, "en"))
    assert case.report(lang="id") != case.report()


def test_indonesian_is_the_default_and_an_unknown_language_is_refused():
    case = berdaya.load("p2k2-karawaci")
    assert berdaya.get_language() == "id"
    assert case.report() == case.report("id")
    assert "Low attendance" not in case._repr_html_()
    with pytest.raises(berdaya.LangError):
        berdaya.set_language("fr")


def test_plots_and_frames_follow_the_switch(english):
    from berdaya import plots

    sekoper = berdaya.load("sekoper-cinta-mustikasari")

    def words(fig):
        return sorted(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")) if t.get_text())

    assert words(plots.five_m_bars(sekoper)) == words(plots.five_m_bars(sekoper, "en"))
    assert words(plots.five_m_bars(sekoper)) != words(plots.five_m_bars(sekoper, "id"))
    assert "Drivers" in words(plots.five_m_bars(sekoper))
    assert set(tables.five_m(sekoper).direction_label) <= {"Driver", "Inhibitor"}
    assert tables.compare_sites(berdaya.load("p2wkss-bekasi-utara")).equals(
        tables.compare_sites(berdaya.load("p2wkss-bekasi-utara"), "en"))


def test_the_notebook_display_follows_the_switch_back_and_forth():
    case = berdaya.load("p2k2-karawaci")
    try:
        berdaya.set_language("en")
        english = case._repr_html_()
        berdaya.set_language("id")
        indonesian = case._repr_html_()
    finally:
        berdaya.set_language("id")
    assert "Low attendance" in english and "Low attendance" not in indonesian
    assert "Kehadiran rendah" in indonesian
