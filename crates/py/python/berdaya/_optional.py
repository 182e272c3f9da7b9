"""Optional dependencies: imported when first needed, with an error that names the extra."""

from __future__ import annotations

import importlib
from typing import Any

from berdaya.errors import MissingDependencyError

#: The extra of the package that installs each optional module.
EXTRAS = {"pandas": "pandas", "polars": "polars", "matplotlib": "plot", "pyarrow": "registry"}


def require(module: str) -> Any:
    """Imports ``module`` or raises :class:`MissingDependencyError` naming the extra."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as e:
        top = module.split(".")[0]
        if (e.name or top).split(".")[0] != top:
            raise  # a dependency of the module is missing, not the module itself
        extra = EXTRAS.get(top, "all")
        raise MissingDependencyError(
            f"{top} is needed here but is not installed: pip install \"berdaya[{extra}]\" "
            f"(or \"berdaya[all]\")",
            "missing_dependency",
            f"{top} diperlukan di sini tetapi belum terpasang: pip install \"berdaya[{extra}]\" "
            f"(atau \"berdaya[all]\")",
        ) from e
