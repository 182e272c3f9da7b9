"""Text in one language (issue 13): a case written in Indonesian only is read, and its
English report shows the Indonesian text marked as untranslated rather than refusing."""

import pytest

import berdaya


def _drop(value, lang):
    """Removes `lang` from every bilingual text object of a document."""
    if isinstance(value, dict):
        if set(value) == {"id", "en"} and all(isinstance(v, str) for v in value.values()):
            return {k: v for k, v in value.items() if k != lang}
        return {k: _drop(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [_drop(v, lang) for v in value]
    return value


def test_an_indonesian_only_case_reports_in_english_with_a_marker():
    doc = _drop(berdaya.load("sekoper-cinta-mustikasari").to_dict(), "en")
    case = berdaya.Case.from_dict(doc)
    title = doc["title"]["id"]
    assert case.title("en") == f"{title} [not translated]"
    assert case.title("id") == title
    assert "[not translated]" in case.report_html("en")
    assert "belum diterjemahkan" not in case.report("id")
    # What was not given is not written back as an empty string.
    assert '"en": ""' not in case.to_json() and '"en":""' not in case.to_json()


def test_a_text_in_neither_language_is_refused_at_its_path():
    doc = berdaya.load("sekoper-cinta-mustikasari").to_dict()
    doc["title"] = {"id": "", "en": " "}
    with pytest.raises(berdaya.ValidationError) as err:
        berdaya.Case.from_dict(doc)
    assert [p["path"] for p in err.value.problems] == ["/title/id"]
