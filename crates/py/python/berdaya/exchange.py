"""Formats in and out (the core's ``exchange``).

- REFI-QDA: berdaya's framework vocabularies as a ready ``.qdc`` codebook for QualCoder,
  NVivo, ATLAS.ti or MAXQDA, in Indonesian or English, with stable GUIDs; and codebooks read
  from those tools (and Taguette), with every tolerated quirk reported as a warning and every
  problem as :class:`berdaya.errors.ExchangeError` with its line, column and element path.
- REFI-QDA projects (``.qdpx``): :func:`read_qdpx` gives ``{"value": project, "warnings":
  [...]}`` — users (coders), codes, variables, cases (informants), text sources with their
  selections (``start``/``end`` are Python ``str`` indices into the source's ``text``, LF line
  ends) and codings, notes and sets — from QualCoder, NVivo, ATLAS.ti or MAXQDA files, every
  tolerated quirk a warning (CRLF positions recounted, a byte-order mark, elements not
  modelled); :func:`write_qdpx` writes that dict back as a ``.qdpx`` that validates against
  the REFI-QDA schema.
- The case document's JSON Schema and field reference, generated from the Rust types, so
  they say exactly what :meth:`berdaya.Case.from_json` reads. The same schema is committed as
  ``schema/case.schema.json`` for editors (VS Code: add ``"$schema": "<path>/case.schema.json"``
  to a case file, or map it in ``json.schemas``).
"""

from __future__ import annotations

import json
from typing import Any, Dict, List

from berdaya import _core
from berdaya._core import (
    framework_codebook,
    read_codebook,
    read_qde,
    read_qdpx,
    write_qde,
    write_qdpx,
)


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
    "field_reference",
    "framework_codebook",
    "read_codebook",
    "read_qde",
    "read_qdpx",
    "schema",
    "write_qde",
    "write_qdpx",
]
