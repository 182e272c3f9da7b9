"""The bundled cases (the core's ``cases``): the programmes of the five source documents."""

from __future__ import annotations

from typing import List

from berdaya._core import Case, bundled_names, load


def load_all() -> List[Case]:
    """Every bundled case, in seed order."""
    return [load(name) for name in bundled_names()]


__all__ = ["bundled_names", "load", "load_all"]
