"""Optional dependencies: a missing one is an error naming the extra that installs it."""

import sys

import pytest

import berdaya
import berdaya.plots


@pytest.mark.parametrize("module, extra, call", [
    ("pandas", "pandas", lambda case: berdaya.tables.diagnostics(case)),
    ("polars", "polars", lambda case: berdaya.tables.diagnostics(case, backend="polars")),
    ("matplotlib", "plot", lambda case: berdaya.plots.five_m_bars(case)),
])
def test_a_missing_extra_is_named(monkeypatch, module, extra, call):
    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(berdaya.errors.MissingDependencyError) as err:
        call(berdaya.load("p2k2-karawaci"))
    assert f'pip install "berdaya[{extra}]"' in str(err.value)
    assert isinstance(err.value, ImportError) and err.value.code == "missing_dependency"
