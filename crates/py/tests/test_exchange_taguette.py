"""Taguette for real: its own database and its own REFI-QDA export code, driven headless, code
a document and export a ``.qdc`` codebook; berdaya imports it (dotted names rebuilt as nested
codes, the empty ``<Sets/>`` accepted — each with a warning)."""

from __future__ import annotations

import io
import logging
import uuid
from typing import Any

import pytest

from berdaya import exchange

database = pytest.importorskip("taguette.database")
taguette_export = pytest.importorskip("taguette.export")


def taguette_codebook() -> bytes:
    logging.getLogger("alembic").setLevel(logging.WARNING)
    db: Any = database.connect("sqlite://")()
    user = database.User(login="peneliti")
    db.add(user)
    project = database.Project(name="P2WKSS Bekasi", description="")
    db.add(project)
    db.add(database.ProjectMember(project=project, user=user, privileges=database.Privileges.ADMIN))
    doc = database.Document(
        name="Wawancara I-01", description="Lurah", filename="i01.txt", project=project,
        contents="<p>Kami rapat dulu sebelum kegiatan. Dana terbatas.</p>",
        text_direction=database.TextDirection.LEFT_TO_RIGHT,
    )
    db.add(doc)
    money = database.Tag(project=project, path="5M.money.dana terbatas", description="Penghambat")
    meeting = database.Tag(project=project, path="koordinasi", description="")
    db.add_all([money, meeting])
    db.flush()
    text = "Kami rapat dulu sebelum kegiatan. Dana terbatas."
    start = text.index("Dana terbatas")
    highlight = database.Highlight(document=doc, start_offset=start, end_offset=start + len("Dana terbatas"),
                                   snippet="Dana terbatas")
    highlight.tags = [money]
    db.add(highlight)
    db.commit()
    out = io.BytesIO()
    taguette_export.codebook_xml(list(project.tags), out)
    return out.getvalue()


def test_a_taguette_codebook_is_imported_with_its_hierarchy() -> None:
    qdc = taguette_codebook().decode("utf-8")
    assert "<Sets/>" in qdc or "<Sets></Sets>" in qdc  # what Taguette really writes
    read = exchange.read_codebook(qdc)
    kinds = [w["kind"] for w in read["warnings"]]
    assert "empty_sets" in kinds and "dotted_hierarchy" in kinds
    codes = read["value"]["codes"]
    assert [c["name"] for c in codes] == ["5M", "koordinasi"]
    five_m = codes[0]
    assert five_m["codable"] is False
    money = five_m["children"][0]
    assert money["name"] == "money" and money["codable"] is False
    leaf = money["children"][0]
    assert leaf["name"] == "dana terbatas" and leaf["codable"] is True
    # Taguette's own GUID for the tag (uuid5 over its path), read back lowercase.
    ns = uuid.UUID("51B2B2B7-27EB-4ECB-9D56-E75B0A0496C2")
    assert leaf["guid"] == str(uuid.uuid5(ns, "5M.money.dana terbatas"))
    assert five_m["guid"] == str(uuid.uuid5(ns, "5M"))
