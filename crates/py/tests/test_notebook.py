r"""The researcher notebook (examples/researcher.ipynb) is kept executed: its stored outputs are
what a fresh run prints (text only: streams and ``text/plain``; images and HTML are not
compared byte for byte). The test command also runs it with nbmake.

To refresh the stored outputs after a change::

    .venv/bin/python -c "import nbformat, nbclient; p = 'examples/researcher.ipynb'; \
        nb = nbformat.read(p, 4); nbclient.NotebookClient(nb, kernel_name='python3').execute(); \
        nbformat.write(nb, p)"
"""

import pathlib

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = pathlib.Path(__file__).resolve().parents[3] / "examples" / "researcher.ipynb"


def _texts(nb):
    out = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        texts = []
        for o in cell.get("outputs", []):
            if o["output_type"] == "stream":
                texts.append(o["text"])
            elif "data" in o and "text/plain" in o["data"]:
                texts.append(o["data"]["text/plain"])
            elif o["output_type"] == "error":
                texts.append(f"ERROR {o['ename']}: {o['evalue']}")
        out.append(texts)
    return out


def test_the_stored_outputs_are_those_of_a_fresh_run(tmp_path, monkeypatch):
    # The kernel draws inline, as in Jupyter (the tests' Agg backend would draw nothing).
    monkeypatch.delenv("MPLBACKEND", raising=False)
    stored = nbformat.read(NOTEBOOK, as_version=4)
    assert all(cell.get("outputs") for cell in stored.cells if cell.cell_type == "code"), "not executed"
    fresh = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(fresh, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert _texts(fresh) == _texts(stored)


def test_the_notebook_prints_every_problem_and_ends_on_a_frame():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    validation = next(c for c in nb.cells if c.cell_type == "code" and "ValidationError" in c.source)
    printed = "".join(o.get("text", "") for o in validation.outputs)
    count = int(printed.split()[0])
    assert count >= 4 and len(printed.strip().splitlines()) == count + 1
    assert "kelurahan-x" in printed and "140" in printed  # cross-record beside structural
    last = [c for c in nb.cells if c.cell_type == "code"][-1]
    assert "text/html" in last.outputs[-1]["data"]  # a frame, not a length
