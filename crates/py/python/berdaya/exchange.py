"""Formats in and out (the core's ``exchange``).

- REFI-QDA: berdaya's framework vocabularies as a ready ``.qdc`` codebook for QualCoder,
  NVivo, ATLAS.ti or MAXQDA, in Indonesian or English, with stable GUIDs; and codebooks read
  from those tools (and Taguette), with every tolerated quirk reported as a warning and every
  problem as :class:`berdaya.errors.ExchangeError` with its line, column and element path.
- Every import warning is a dict with ``kind`` (its stable code, e.g. ``"empty_sets"``),
  ``location`` (``line``, ``column``, ``path`` of the element) and ``message`` (``{"id": …,
  "en": …}``: where, what was found and what berdaya did with it); an
  :class:`berdaya.errors.ExchangeError` has ``code``, ``line``, ``column``, ``path``, its
  English message as ``str(e)`` and the Indonesian one as ``message_id``.
- :func:`write_qdc` writes a codebook (the ``value`` :func:`read_codebook` gives, or one built
  as a dict, with :func:`stable_guid` for GUIDs that stay the same) as ``.qdc``, checked first;
  :func:`project_summary` and :func:`codebook_summary` say what an import holds, in words.
- REFI-QDA projects (``.qdpx``): :func:`read_qdpx` gives ``{"value": project, "warnings":
  [...]}`` — users (coders), codes, variables, cases (informants), text sources with their
  selections (``start``/``end`` are Python ``str`` indices into the source's ``text``, LF line
  ends) and codings, notes and sets — from QualCoder, NVivo, ATLAS.ti or MAXQDA files, every
  tolerated quirk a warning (CRLF positions recounted, a byte-order mark, elements not
  modelled); :func:`write_qdpx` writes that dict back as a ``.qdpx`` that validates against
  the REFI-QDA schema.
- Codes linked to the frameworks: a mapping (a dict or JSON text, editable) from a project's
  codes (by path ``"5M/dana terbatas"`` or GUID) to framework elements —
  ``{"framework": "five_m", "factor": "money", "direction": "inhibitor"}``,
  ``{"framework": "ansell_gash", "indicator": "dialogue"}``, ``{"framework": "adi", "stage":
  "persiapan"}``, ``{"framework": "sulistiyani", "stage": "penyadaran", "dimension": "social"}``
  — with ``role_variable`` and ``site_variable`` naming the case variables that hold the
  informant's role and site. :func:`quote_table` lists every coding of a mapped code with its
  verbatim quote, informant, role, site and coder; :func:`frequency_table` counts them per
  element × role × site with the quotes behind each (``None``: not recorded); :func:`attach`
  adds them to a case as quote evidence on its 5M findings, Ansell–Gash ratings and Adi stages.
- The case document's JSON Schema and field reference, generated from the Rust types, so
  they say exactly what :meth:`berdaya.Case.from_json` reads. The same schema is committed as
  ``schema/case.schema.json`` for editors (VS Code: add ``"$schema": "<path>/case.schema.json"``
  to a case file, or map it in ``json.schemas``).
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

from berdaya import _core
from berdaya._core import (
    codebook_summary,
    qda_attach,
    qda_evidence,
    qda_frequencies,
    framework_codebook,
    project_summary,
    read_codebook,
    read_qde,
    read_qdpx,
    stable_guid,
    write_qdc,
    write_qde,
    write_qdpx,
)


def quote_table(project: Dict[str, Any], mapping: Any, backend: str = "pandas") -> Any:
    """Every coding of a mapped code: ``element_key``, ``code``, ``text`` (the quote),
    ``source``, ``informant``, ``role``, ``site``, ``coder``, ``coded_on`` … as a pandas (or
    polars) DataFrame. Applied codes the mapping leaves out are in :func:`quotes`' warnings."""
    from berdaya.tables import _frame

    rows = [dict(r, element=r["element"]["framework"]) for r in qda_evidence(project, mapping)["value"]]
    return _frame("qda_quotes", rows, backend)


def quotes(project: Dict[str, Any], mapping: Any) -> Dict[str, Any]:
    """``{"value": [row, ...], "warnings": [...]}``: the rows of :func:`quote_table` as dicts,
    with a ``code_not_mapped`` warning per applied code the mapping leaves out."""
    result: Dict[str, Any] = qda_evidence(project, mapping)
    return result


def frequency_table(project: Dict[str, Any], mapping: Any, lang: Optional[str] = None,
                    backend: str = "pandas") -> Any:
    """Codings per framework element × informant role × site: ``element_key``, ``element``
    (in words), ``role``, ``site`` (``None``: not recorded), ``codings``, ``informants`` and
    ``quotes`` (the quotes behind the count)."""
    from berdaya.tables import _frame

    return _frame("qda_frequencies", list(qda_frequencies(project, mapping, lang)), backend)


def attach(case: Any, project: Dict[str, Any], mapping: Any) -> Tuple[Any, Dict[str, Any]]:
    """The case with the project's mapped quotes added as evidence, and a report:
    ``evidence`` (ids added) and ``not_attached`` (quotes whose element the case has nowhere
    to hold, with what to record, in Indonesian and English)."""
    new_case, report = qda_attach(case, project, mapping)
    return new_case, report


def schema() -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the case document, as a dict.

    It checks the shape (fields, types, codes, date formats); the cross-record checks
    (references resolve, ids unique, stages in order …) are the validator's, so validate with
    :meth:`berdaya.Case.from_json` too.
    """
    loaded: Dict[str, Any] = json.loads(_core.case_schema_json())
    return loaded


def field_reference() -> List[Dict[str, Any]]:
    """Every field of every record: ``record``, ``key``, ``required``, ``kind`` (its type in
    words), ``allowed`` (codes, when fixed), ``description``, ``meaning_id`` and ``meaning_en``."""
    return list(_core.field_reference())


__all__ = [
    "attach",
    "codebook_summary",
    "project_summary",
    "stable_guid",
    "write_qdc",
    "field_reference",
    "frequency_table",
    "quote_table",
    "quotes",
    "framework_codebook",
    "read_codebook",
    "read_qde",
    "read_qdpx",
    "schema",
    "write_qde",
    "write_qdpx",
]
