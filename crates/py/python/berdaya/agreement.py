"""Inter-coder and inter-assessor agreement (the core's ``insight::agreement``).

Cohen's κ (unweighted, linear, quadratic), Fleiss' κ and Krippendorff's α (nominal, ordinal,
interval, ratio, with missing values), computed as scikit-learn's ``cohen_kappa_score``,
statsmodels' ``fleiss_kappa`` and the ``krippendorff`` package compute them. Each returns a
dict::

    {"statistic": {"name": "krippendorff_alpha", "level": "ordinal"},
     "outcome": "defined", "value": 0.815,          # or "undefined" with a "reason"
     "coders": 4, "units": 11, "pairable_values": 40,
     "interval": {"lower": ..., "upper": ..., "confidence": 0.95, "replicates": 1000,
                  "undefined_replicates": 0, "seed": 0}}   # when bootstrap= was given

An undefined statistic (one value only, no unit with two coders) has ``"outcome":
"undefined"`` and a ``"reason"`` — never NaN. Reliability data is coders × units: a list of
rows (or a 2-D array), labels or numbers, ``None`` or NaN where a coder gave no value.
``bootstrap=True`` asks for a 95 % interval from 1,000 replicates with seed 0; a dict
``{"replicates", "seed", "confidence"}`` sets them. Problems with the data raise
:class:`berdaya.errors.AgreementError`.

:func:`coding_agreement` compares coders' selections of the same sources per code over
sentences or fixed character segments, leaving out units no coder coded unless
``uncoded="include"``; :func:`ansell_gash_ratings` and :func:`fivem_weights` turn several
assessors' judgements of one case into reliability data.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from berdaya._core import (
    ansell_gash_ratings,
    coding_agreement,
    cohen_kappa,
    fivem_weights,
    fleiss_kappa,
    fleiss_kappa_ratings,
    krippendorff_alpha,
)


def value(result: Dict[str, Any]) -> Optional[float]:
    """The statistic's value, or ``None`` when it is undefined."""
    return result.get("value") if result.get("outcome") == "defined" else None


__all__ = [
    "ansell_gash_ratings",
    "coding_agreement",
    "cohen_kappa",
    "fivem_weights",
    "fleiss_kappa",
    "fleiss_kappa_ratings",
    "krippendorff_alpha",
    "value",
]
