"""REFI-QDA projects (.qdpx) from Python: every export checked against the REFI-QDA XSDs with a
strict validator (``xmlschema``), berdaya → .qdpx → berdaya lossless, and projects shaped as
QualCoder and NVivo write them (built here from the research note's description) read and
written back keeping every code, selection and coder."""

from __future__ import annotations

import io
import os
import uuid
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple

import pytest

import berdaya
from berdaya import exchange

xmlschema = pytest.importorskip("xmlschema")

# The REFI-QDA XSDs are not part of this repository: copies taken from a public repository may
# not be committed here. Point BERDAYA_REFI_QDA_XSD at a folder holding Project.xsd and
# Codebook.xsd (or place them in shared/research/refi-qda/ beside the repository); without
# them the schema checks are reported as skipped, never as passed.
_ROOT = Path(__file__).resolve().parents[3]
FIXTURES = Path(
    os.environ.get("BERDAYA_REFI_QDA_XSD", str(_ROOT.parent / "shared" / "research" / "refi-qda"))
)


def _xsd(name: str) -> Any:
    path = FIXTURES / name
    if not path.is_file():
        pytest.skip(f"REFI-QDA {name} not available (set BERDAYA_REFI_QDA_XSD)")
    return path


@pytest.fixture(scope="module")
def project_xsd() -> Any:
    return xmlschema.XMLSchema(str(_xsd("Project.xsd")))


@pytest.fixture(scope="module")
def codebook_xsd() -> Any:
    return xmlschema.XMLSchema(str(_xsd("Codebook.xsd")))


def test_the_xsd_copies_are_ascii_and_keep_their_mit_notice() -> None:
    for name in ("Project.xsd", "Codebook.xsd"):
        _xsd(name)
        text = (FIXTURES / name).read_bytes()
        text.decode("ascii")
        assert b"This specification is licensed under the MIT license." in text
        assert b"Copyright 2019 REFI www.qdasoftware.org." in text


def test_the_validator_is_strict(codebook_xsd: Any) -> None:
    """The negative fixtures of the research note: each breaks the schema."""

    def book(codes: str, sets: str = "", ns: str = ' xmlns="urn:QDA-XML:codebook:1.0"') -> str:
        return f"<CodeBook{ns}><Codes>{codes}</Codes>{sets}</CodeBook>"

    good = '<Code guid="6f1c2a10-0000-4000-8000-000000000001" name="a" isCodable="true" color="#1F77B4"/>'
    assert codebook_xsd.is_valid(book(good))
    assert codebook_xsd.is_valid(book(good.replace("6f1c2a10-0000-4000-8000-000000000001",
                                                   "{6F1C2A10-0000-4000-8000-000000000001}")))
    assert not codebook_xsd.is_valid(book(good, ns=""))
    assert not codebook_xsd.is_valid(book(good, "<Sets/>"))
    assert not codebook_xsd.is_valid(book(good.replace("-", "", 4)))
    assert not codebook_xsd.is_valid(book(good.replace("#1F77B4", "rgb(1,2,3)")))
    assert not codebook_xsd.is_valid(book(good.replace("#1F77B4", "#1F77B480")))


def test_framework_codebooks_validate(codebook_xsd: Any) -> None:
    for lang in ("id", "en"):
        codebook_xsd.validate(exchange.framework_codebook(lang))


def g(n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"berdaya-test/{n}"))


def stamp(user: int, when: str) -> Dict[str, Any]:
    return {"creating_user": g(user), "created": when}


TEXT = "Kami rapat dulu sebelum kegiatan.\nDana terbatas 😟, kader é.\n"


def sample() -> Dict[str, Any]:
    """A coded interview as a berdaya user builds one (the dict `read_qdpx` gives back)."""
    coding = lambda n, code, user: {"guid": g(n), "code": g(code), "stamp": stamp(user, "2025-03-02T09:00:00Z")}  # noqa: E731
    return {
        "name": "P2WKSS Bekasi Utara",
        "origin": f"berdaya {berdaya.__version__}",
        "stamp": stamp(1, "2025-03-01T08:00:00Z"),
        "users": [{"guid": g(1), "name": "Peneliti A", "id": "PA"}, {"guid": g(2), "name": "Peneliti B"}],
        "codes": [{
            "guid": g(10), "name": "5M", "codable": False, "description": "Kategori",
            "children": [
                {"guid": g(11), "name": "rapat koordinasi", "codable": True, "color": [31, 119, 180]},
                {"guid": g(12), "name": "dana terbatas", "codable": True, "description": "Money, penghambat"},
            ],
        }],
        "variables": [{"guid": g(20), "name": "Peran", "kind": "Text"}],
        "cases": [{"guid": g(30), "name": "I-01", "values": [{"variable": g(20), "value": "Lurah"}],
                   "sources": [g(40)]}],
        "sources": [{
            "guid": g(40), "name": "Wawancara I-01", "text": TEXT, "stamp": stamp(1, "2025-03-01T08:05:00Z"),
            "selections": [
                {"guid": g(50), "name": "Kami rapat dulu", "start": 0, "end": 15,
                 "stamp": stamp(1, "2025-03-02T09:00:00Z"), "codings": [coding(60, 11, 1)], "notes": [g(70)]},
                {"guid": g(51), "name": "Dana terbatas 😟", "start": 34, "end": 49,
                 "stamp": stamp(2, "2025-03-02T09:00:00Z"), "codings": [coding(61, 12, 2), coding(62, 12, 1)]},
            ],
        }],
        "notes": [{"guid": g(70), "name": "Memo", "text": "Lurah menekankan rapat.", "stamp": stamp(2, "2025-03-02T10:00:00Z")}],
        "sets": [{"guid": g(80), "name": "Kelurahan Harapan Jaya", "sources": [g(40)]}],
    }


def unzip(data: bytes) -> Dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_berdaya_project_round_trips_and_validates(project_xsd: Any) -> None:
    p = sample()
    data = exchange.write_qdpx(p)
    files = unzip(data)
    assert sorted(files) == ["project.qde", f"sources/{g(40)}.txt"]
    project_xsd.validate(files["project.qde"].decode("utf-8"))
    source = files[f"sources/{g(40)}.txt"]
    assert source == TEXT.encode("utf-8") and not source.startswith(b"\xef\xbb\xbf") and b"\r" not in source
    back = exchange.read_qdpx(data)
    assert back["warnings"] == []
    assert back["value"] == p
    sel = back["value"]["sources"][0]["selections"][1]
    assert TEXT[sel["start"]:sel["end"]] == "Dana terbatas 😟"  # Python str indices = scalar values
    project_xsd.validate(exchange.write_qde(p))
    assert exchange.read_qde(exchange.write_qde(p))["value"] == p


def test_every_element_is_written_in_schema_order_with_users_and_dates() -> None:
    qde = unzip(exchange.write_qdpx(sample()))["project.qde"].decode()
    order = ["<Users>", "<CodeBook>", "<Variables>", "<Cases>", "<Sources>", "<Notes>", "<Sets>"]
    positions = [qde.index(t) for t in order]
    assert positions == sorted(positions)
    for tag in ("<TextSource ", "<PlainTextSelection ", "<Coding ", "<Note "):
        for line in [ln for ln in qde.splitlines() if tag in ln]:
            assert "creatingUser=" in line and "creationDateTime=" in line, line


# --- Projects as other tools write them ------------------------------------------------------


def qualcoder_project() -> Tuple[bytes, Set[Tuple[str, str, str]]]:
    """As QualCoder exports: fresh uuid4 GUIDs, categories `isCodable="false"` with codes in them,
    users named by their QualCoder name, sources written with `utf-8-sig` (a BOM), no
    richTextPath, dates without a zone."""
    u = lambda: str(uuid.uuid4())  # noqa: E731
    users = {"peneliti_a": u(), "peneliti_b": u()}
    cat, c1, c2 = u(), u(), u()
    src = u()
    text = "P: Bagaimana dananya?\nI-02: Dana terbatas, jadi kami iuran.\nI-02: Rapat tiap bulan.\n"
    spans = [("Dana terbatas", c1, "peneliti_a"), ("Dana terbatas", c1, "peneliti_b"),
             ("Rapat tiap bulan", c2, "peneliti_b")]
    sels = []
    for quote, code, coder in spans:
        start = text.index(quote)
        sels.append(
            f'<PlainTextSelection guid="{u()}" name="{quote}" startPosition="{start}" endPosition="{start + len(quote)}" '
            f'creatingUser="{users[coder]}" creationDateTime="2025-04-01T10:00:00">'
            f'<Coding guid="{u()}" creatingUser="{users[coder]}" creationDateTime="2025-04-01T10:00:00">'
            f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="qc" origin="QualCoder 3.6" creatingUserGUID="{users['peneliti_a']}" creationDateTime="2025-04-01T09:00:00" xsi:schemaLocation="urn:QDA-XML:project:1.0 Project.xsd">
<Users><User guid="{users['peneliti_a']}" name="peneliti_a"/><User guid="{users['peneliti_b']}" name="peneliti_b"/></Users>
<CodeBook><Codes><Code guid="{cat}" name="Faktor" isCodable="false"><Code guid="{c1}" name="dana terbatas" isCodable="true" color="#FF0000"/><Code guid="{c2}" name="rapat" isCodable="true"/></Code></Codes></CodeBook>
<Sources><TextSource guid="{src}" name="wawancara_i02.txt" plainTextPath="internal://{src}.txt" creatingUser="{users['peneliti_a']}" creationDateTime="2025-04-01T09:00:00">{''.join(sels)}</TextSource></Sources>
</Project>"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("project.qde", qde.encode("utf-8"))
        z.writestr(f"sources/{src}.txt", text.encode("utf-8-sig"))
    want = {(q, n, coder) for q, c, coder in spans for n in ["dana terbatas" if c == c1 else "rapat"]}
    return buf.getvalue(), want


NVIVO_TEXT = "Pewawancara: Apa kendalanya?\r\nLurah: Dana terbatas 😟.\r\nLurah: Rapat koordinasi jalan.\r\n"


def nvivo_project() -> Tuple[bytes, Set[Tuple[str, str, str]]]:
    """As NVivo for Mac exports: `origin`, lowercase GUIDs, `sources/` holding `<guid>.txt` and
    `<guid>.docx` named by `plainTextPath` and `richTextPath`, nested codes all codable, CRLF
    text with positions counting CRLF as two characters."""
    ids = [str(uuid.uuid4()).lower() for _ in range(12)]
    user, parent, child, other, src = ids[:5]
    spans = [("Dana terbatas 😟", child), ("Rapat koordinasi", other)]
    sels = []
    for i, (quote, code) in enumerate(spans):
        start = NVIVO_TEXT.index(quote)  # Python indices over the CRLF text: CRLF counts two
        sels.append(
            f'<PlainTextSelection guid="{ids[5 + i]}" name="{quote}" startPosition="{start}" endPosition="{start + len(quote)}" '
            f'creatingUser="{user}" creationDateTime="2025-05-01T08:00:00Z" modifyingUser="{user}" modifiedDateTime="2025-05-02T08:00:00Z">'
            f'<Coding guid="{ids[8 + i]}" creatingUser="{user}" creationDateTime="2025-05-01T08:00:00Z"><CodeRef targetGUID="{code}"/></Coding>'
            f'</PlainTextSelection>')
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Studi P2WKSS" origin="NVivo for Mac 15.0.0" creatingUserGUID="{user}" creationDateTime="2025-05-01T08:00:00Z" xsi:schemaLocation="urn:QDA-XML:project:1.0 Project.xsd" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="{user}" name="Dewi" id="DW"/></Users>
  <CodeBook><Codes>
    <Code guid="{parent}" name="Penghambat" isCodable="true"><Code guid="{child}" name="Dana" isCodable="true"/></Code>
    <Code guid="{other}" name="Koordinasi" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{src}" name="Wawancara Lurah" richTextPath="internal://{src}.docx" plainTextPath="internal://{src}.txt" creatingUser="{user}" creationDateTime="2025-05-01T08:00:00Z">
      {''.join(sels)}
    </TextSource>
  </Sources>
</Project>"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", qde.encode("utf-8"))
        z.writestr(f"sources/{src}.txt", NVIVO_TEXT.encode("utf-8"))
        z.writestr(f"sources/{src}.docx", b"PK\x03\x04 a docx berdaya does not read")
    return buf.getvalue(), {("Dana terbatas 😟", "Dana", "Dewi"), ("Rapat koordinasi", "Koordinasi", "Dewi")}


def codings(project: Dict[str, Any]) -> Set[Tuple[str, str, str]]:
    """(selected text, code name, coder name) of every coding."""
    names: Dict[str, str] = {}
    stack: List[Dict[str, Any]] = list(project.get("codes", []))
    while stack:
        c = stack.pop()
        names[c["guid"]] = c["name"]
        stack.extend(c.get("children", []))
    users = {u["guid"]: u.get("name") for u in project.get("users", [])}
    out = set()
    for s in project["sources"]:
        for sel in s.get("selections", []):
            for c in sel.get("codings", []):
                out.add((s["text"][sel["start"]:sel["end"]], names[c["code"]], users[c["stamp"]["creating_user"]]))
    return out


@pytest.mark.parametrize("build", [qualcoder_project, nvivo_project], ids=["qualcoder", "nvivo"])
def test_other_tools_projects_keep_every_code_selection_and_coder(build: Any, project_xsd: Any) -> None:
    data, want = build()
    read = exchange.read_qdpx(data)
    project = read["value"]
    assert codings(project) == want
    out = exchange.write_qdpx(project)
    files = unzip(out)
    project_xsd.validate(files["project.qde"].decode("utf-8"))
    again = exchange.read_qdpx(out)
    assert again["warnings"] == []
    assert codings(again["value"]) == want
    assert again["value"]["codes"] == project["codes"]
    assert again["value"]["users"] == project["users"]
    for f, b in files.items():
        if f.startswith("sources/"):
            assert not b.startswith(b"\xef\xbb\xbf") and b"\r" not in b


def test_tool_quirks_are_reported_not_silent() -> None:
    read = exchange.read_qdpx(qualcoder_project()[0])
    assert [w["kind"] for w in read["warnings"]] == ["byte_order_mark"]
    read = exchange.read_qdpx(nvivo_project()[0])
    kinds = [w["kind"] for w in read["warnings"]]
    assert kinds == ["attribute_not_modelled", "line_ends"], kinds
    assert read["warnings"][0]["attribute"] == "richTextPath"
    assert read["warnings"][1]["counted"] == "crlf_as_two"
    assert read["warnings"][1]["location"]["path"] == "/Project/Sources[1]/TextSource[1]"
    text = read["value"]["sources"][0]["text"]
    assert "\r" not in text and text == NVIVO_TEXT.replace("\r\n", "\n")


def test_errors_are_typed_with_their_location() -> None:
    with pytest.raises(berdaya.ExchangeError) as e:
        exchange.read_qdpx(b"not a zip")
    assert e.value.code == "zip"
    big = io.BytesIO()
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", b" " * (4 << 20))
    with pytest.raises(berdaya.ExchangeError) as e:
        exchange.read_qdpx(big.getvalue(), limits=(100, 1 << 20, 1 << 20))
    assert (e.value.code, e.value.path) == ("zip_limit", "project.qde")
    p = sample()
    p["sources"][0]["selections"][0]["end"] = 10_000
    with pytest.raises(berdaya.ExchangeError) as e:
        exchange.write_qdpx(p)
    assert (e.value.code, e.value.path) == ("invalid", "sources[0].selections[0]")
    with pytest.raises(berdaya.ArgumentError):
        exchange.read_qdpx("a str, not bytes")  # type: ignore[arg-type]


# --- Codes linked to the frameworks ----------------------------------------------------------

MAPPING = {
    "role_variable": "Peran",
    "links": [
        {"code": "5M/dana terbatas", "element": {"framework": "five_m", "factor": "money", "direction": "inhibitor"}},
        {"code": "5M/rapat koordinasi", "element": {"framework": "ansell_gash", "indicator": "dialogue"}},
    ],
}


@pytest.mark.parametrize("backend", ["pandas", "polars"])
def test_frequency_table_per_element_role_and_site_with_quotes(backend: str) -> None:
    frame = exchange.frequency_table(sample(), MAPPING, lang="en", backend=backend)
    rows = frame.to_dicts() if backend == "polars" else frame.to_dict("records")
    got = [(r["element_key"], r["role"], r["site"], r["codings"], r["informants"], list(r["quotes"])) for r in rows]
    assert got == [
        ("ansell_gash/dialogue", "Lurah", None, 1, 1, ["Kami rapat dulu"]),
        ("five_m/money/inhibitor", "Lurah", None, 2, 1, ["Dana terbatas 😟"]),
    ]
    assert rows[1]["element"] == "5M · Money (funding) · Inhibitor"


def test_quote_table_says_who_said_and_who_coded() -> None:
    frame = exchange.quote_table(sample(), json_mapping())
    coders = sorted(frame[frame["element_key"] == "five_m/money/inhibitor"]["coder"])
    assert coders == ["Peneliti A", "Peneliti B"]
    assert set(frame["informant"]) == {"I-01"}
    assert set(frame["text"]) == {"Kami rapat dulu", "Dana terbatas 😟"}


def json_mapping() -> str:
    import json

    return json.dumps(MAPPING)


def test_unmapped_codes_and_bad_mappings_are_reported() -> None:
    one = {"role_variable": "Peran", "links": MAPPING["links"][:1]}
    read = exchange.quotes(sample(), one)
    assert [(w["kind"], w["code"], w["codings"]) for w in read["warnings"]] == [
        ("code_not_mapped", "5M/rapat koordinasi", 1)]
    with pytest.raises(berdaya.ExchangeError) as e:
        exchange.quotes(sample(), {"links": [{"code": "tidak ada", "element": {"framework": "adi", "stage": "persiapan"}}]})
    assert (e.value.code, e.value.path) == ("invalid", "links[0].code")
    with pytest.raises(berdaya.ExchangeError) as e:
        exchange.quotes(sample(), '{"links": [{"code": "5M", "element": {"framework": "adi", "stage": "x"}}]}')
    assert e.value.path == "links[0].element"


def test_attached_quotes_reach_the_case_analysis() -> None:
    case = berdaya.load("sekoper-cinta-mustikasari")
    new, report = exchange.attach(case, sample(), MAPPING)
    assert len(report["evidence"]) == 3 and report["not_attached"] == []
    doc = new.to_dict()
    quote = next(e for e in doc["evidence"] if e["text"] == "Kami rapat dulu")
    assert quote["informant"] == {"code": "I-01", "role": "Lurah"}
    rating = next(r for r in doc["ansell_gash"]["ratings"] if r["indicator"] == "dialogue")
    assert quote["id"] in rating["evidence"]
    assert case.to_dict() != doc  # the original is unchanged (Case is immutable)
    berdaya.Case.from_dict(doc)  # still a valid case
