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
