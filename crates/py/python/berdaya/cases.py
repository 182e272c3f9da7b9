"""The bundled cases (the core's ``cases``): the programmes of the five source documents."""

from __future__ import annotations

from typing import List

from berdaya._core import Case, bundled_names, load, template_names
from berdaya._core import template as _template


def load_all() -> List[Case]:
    """Every bundled case, in seed order."""
    return [load(name) for name in bundled_names()]


def template(name: str = "custom") -> Case:
    """A minimal valid case to start a new document from.

    ``name`` is a programme kind (``p2wkss``, ``p2k2``, ``sekoper_cinta``,
    ``wrse_social_assistance``, ``custom``) or an eligibility preset (``wrse``, ``pena``,
    ``pkhp``, ``uep``, ``p2wkss_target``, ``p2wkss_head_of_household``); see
    :func:`template_names`. The case has the programme with its kind's name and level, one
    site and its leading sector, each a placeholder to replace; ``case.to_dict()`` gives the
    document to fill in, :func:`berdaya.schema` its JSON Schema, and ``docs/fields.md`` (or
    :func:`berdaya.exchange.field_reference`) every field's meaning.

    >>> import berdaya
    >>> berdaya.template("p2k2").to_dict()["programme"]["kind"]
    'p2k2'
    """
    return _template(name)


__all__ = ["bundled_names", "load", "load_all", "template", "template_names"]
