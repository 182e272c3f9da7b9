"""The exceptions of berdaya, all under :class:`BerdayaError`.

Each carries a stable machine-readable ``code`` and its message in both languages (``str(e)``
in English, ``e.message_id`` in Bahasa Indonesia). Validation errors are also ``ValueError``\\ s
and list every problem with its JSON-pointer path, as pydantic's ``ValidationError`` does.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional


class BerdayaError(Exception):
    """Base class of every error raised by berdaya."""

    code: str = "berdaya_error"

    def __init__(self, message: str, code: Optional[str] = None, message_id: Optional[str] = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message_id: str = message_id if message_id is not None else message


class ValidationError(BerdayaError, ValueError):
    """A document (or argument) with problems; ``problems`` lists them all.

    Each problem is a dict with ``path`` (JSON pointer), ``kind`` (stable code), ``expected``,
    ``found`` and ``message`` (English) / ``message_id`` (Bahasa Indonesia).
    """

    code = "validation"

    def __init__(self, message: str, problems: Any = None, message_id: Optional[str] = None) -> None:
        if isinstance(problems, str):
            # Raised with a plain code: one problem at the root.
            code, problems = problems, [
                {"path": "", "kind": problems, "expected": message, "found": None,
                 "message": message, "message_id": message_id or message}
            ]
            super().__init__(message, code, message_id)
        else:
            super().__init__(message, None, message_id)
        self.problems: List[Dict[str, Any]] = list(problems or [])

    def errors(self) -> List[Dict[str, Any]]:
        """The problems, as pydantic names them."""
        return self.problems


class ArgumentError(BerdayaError, TypeError):
    """An argument of the wrong type (a number where a language code was expected, …)."""

    code = "argument"


class MissingDependencyError(BerdayaError, ImportError):
    """An optional dependency (pandas, polars, matplotlib, pyarrow) is not installed; the
    message names the extra that installs it (``pip install "berdaya[pandas]"``)."""

    code = "missing_dependency"


class ColumnError(ArgumentError, ValidationError):
    """A registry column that a rule or routine reads is missing or of a type that cannot hold
    it (``path`` names the column). An :class:`ArgumentError` — the table is the caller's
    argument — and a :class:`ValidationError` with one problem at the column."""

    code = "column"

    def __init__(self, message: str, code: Optional[str] = None, message_id: Optional[str] = None,
                 path: str = "") -> None:
        BerdayaError.__init__(self, message, code, message_id)
        self.path = path
        self.problems = [{"path": path, "kind": self.code, "expected": message, "found": None,
                          "message": message, "message_id": self.message_id}]


class UnknownCaseError(BerdayaError, LookupError):
    """A bundled case (or a process within a case) that does not exist."""

    code = "unknown_case"


class LangError(BerdayaError, ValueError):
    """A language code other than ``"id"`` or ``"en"``."""

    code = "unknown_lang"


class RuleError(BerdayaError, ValueError):
    """An eligibility rule or quota request that cannot be evaluated."""

    code = "rule"


class TransitionError(BerdayaError, ValueError):
    """An Adi stage transition that breaks a rule of the process; ``code`` names the rule."""

    code = "transition"


class AgreementError(BerdayaError, ValueError):
    """Reliability data or an agreement parameter that cannot be used (ragged rows, a negative
    value at the ratio level, a span outside its source …); ``code`` names the problem. A
    statistic that is merely undefined on good data is not an error: its result says so."""

    code = "agreement"


class ExchangeError(BerdayaError, ValueError):
    """A REFI-QDA file that cannot be read; ``code`` names the problem and ``line``,
    ``column`` and ``path`` say where in the XML it is; the message is English (``str(e)``)
    and Indonesian (``message_id``)."""

    code = "exchange"

    def __init__(self, message: str, code: Optional[str] = None, line: int = 0, column: int = 0,
                 path: str = "", message_id: Optional[str] = None) -> None:
        super().__init__(message, code, message_id)
        self.line = line
        self.column = column
        self.path = path


__all__ = [
    "AgreementError",
    "ExchangeError",
    "ArgumentError",
    "BerdayaError",
    "ColumnError",
    "ValidationError",
    "UnknownCaseError",
    "LangError",
    "MissingDependencyError",
    "RuleError",
    "TransitionError",
]
