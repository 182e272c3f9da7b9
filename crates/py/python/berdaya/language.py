"""The language of every label, report, frame and plot: one switch for the session.

``berdaya.set_language("en")`` makes English the default of every call that takes ``lang=``
(and of a case's display in a notebook); ``lang=`` on a call still wins. The default is
Bahasa Indonesia (``"id"``).
"""

from __future__ import annotations

from typing import Optional

from berdaya.errors import LangError

_LANGUAGES = ("id", "en")
_current = "id"


def set_language(lang: str) -> None:
    """Sets the session's default language: ``"id"`` (Bahasa Indonesia) or ``"en"``."""
    global _current
    if lang not in _LANGUAGES:
        raise LangError(
            f"unknown language {lang!r}: expected one of id, en",
            "unknown_lang",
            f"bahasa {lang!r} tidak dikenal: seharusnya id atau en",
        )
    _current = lang


def get_language() -> str:
    """The session's default language."""
    return _current


def resolve(lang: Optional[str]) -> str:
    """``lang`` when given, else the session's default."""
    return _current if lang is None else lang


__all__ = ["get_language", "set_language"]
