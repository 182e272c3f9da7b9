"""Writes catalogue.jsonl: one bad case document per line, with the problem it must raise.

Each line is {"name", "input" (the document text), "code", "path"}: reading "input" must be
refused with a problem of exactly that code at exactly that path (other problems may come
too), and must never crash. The Rust, Python and WASM tests all read the same file.

Run from the repository root: python3 tests/bad-inputs/generate.py
"""

import copy
import json
import pathlib

BASE = {
    "schema_version": 1,
    "id": "t",
    "title": {"id": "Uji", "en": "Test"},
    "reference_date": "2024-01-01",
    "programme": {
        "name": {"id": "Program", "en": "Programme"},
        "acronym": "P",
        "kind": "custom",
        "level": "city",
        "period": {"start": "2023", "end": "2024"},
        "fiscal_years": [2023],
        "funding": [{"source": "apbd_city", "amount": 1000000, "fiscal_year": 2023}],
    },
    "sites": [{"id": "s1", "province": "Jawa Barat", "city": "Bekasi", "city_kind": "kota",
               "kecamatan": "Bekasi Utara", "village": "Harapan Jaya", "village_kind": "kelurahan"}],
    "stakeholders": [{"id": "h1", "name": "Dinas", "sector": "government"}],
    "activities": [{"id": "a1", "kind": "training", "title": {"id": "Pelatihan", "en": "Training"},
                    "start": "2023-02", "end": "2023-03", "site": "s1", "facilitators": ["h1"],
                    "attendance": [{"participant": "p1", "present": True}]}],
    "participants": [{"id": "p1", "sex": "female", "age": 30, "site": "s1"}],
    "cohorts": [{"id": "c1", "label": {"id": "Kohort", "en": "Cohort"}, "size": 20}],
    "figures": [{"id": "f1", "metric": "beneficiaries", "value": 45}],
    "evidence": [{"id": "e1", "kind": "quote", "text": "kutipan", "supports": [{"activity": "a1"}]}],
    "codes": [{"id": "x1", "label": {"id": "a", "en": "a"}, "level": "selective"}],
}

ENTRIES = []


def add(name, text, code, path):
    ENTRIES.append({"name": name, "input": text, "code": code, "path": path})


def pointer_set(doc, pointer, value):
    parts = pointer.strip("/").split("/")
    node = doc
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def edit(name, pointer, value, code, path=None):
    doc = copy.deepcopy(BASE)
    pointer_set(doc, pointer, value)
    add(name, json.dumps(doc, ensure_ascii=False), code, pointer if path is None else path)


def remove(name, pointer, code, path):
    doc = copy.deepcopy(BASE)
    parts = pointer.strip("/").split("/")
    node = doc
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    del node[parts[-1]]
    add(name, json.dumps(doc, ensure_ascii=False), code, path)


def text_replace(name, old, new, code, path):
    text = json.dumps(BASE, ensure_ascii=False)
    assert old in text, old
    add(name, text.replace(old, new, 1), code, path)


# Truncated and malformed JSON.
add("empty text", "", "invalid_json", "")
add("only whitespace", "   \n ", "invalid_json", "")
add("open brace", "{", "invalid_json", "")
add("truncated after a key", '{"schema_version"', "invalid_json", "/schema_version")
add("truncated after a colon", '{"schema_version": ', "invalid_json", "/schema_version")
add("truncated in a nested object", '{"schema_version": 1, "title": {"id": "x"', "invalid_json", "/title")
add("truncated in an array", '{"schema_version": 1, "sites": [{"id": "s1"}, ', "invalid_json", "/sites/1")
add("truncated in a string", '{"schema_version": 1, "id": "abc', "invalid_json", "/id")
full = json.dumps(BASE)
# The cut falls inside the key "activities": the fault is the root object's.
add("base cut in half", full[: len(full) // 2], "invalid_json", "")
add("not json", "{ not json", "invalid_json", "")
add("trailing comma", '{"schema_version": 1,}', "invalid_json", "")
add("single quotes", "{'schema_version': 1}", "invalid_json", "")
add("trailing garbage", full + " x", "invalid_json", "")
add("two documents", full + full, "invalid_json", "")
add("comment", '{"schema_version": 1 /* c */}', "invalid_json", "")
add("NaN literal", full.replace('"age": 30', '"age": NaN'), "invalid_json", "/participants/0/age")
add("Infinity literal", full.replace('"value": 45', '"value": Infinity'), "invalid_json", "/figures/0/value")
add("negative Infinity", full.replace('"value": 45', '"value": -Infinity'), "invalid_json", "/figures/0/value")
add("number beyond float", full.replace('"value": 45', '"value": 1e400'), "not_finite", "/figures/0/value")
add("negative number beyond float", full.replace('"value": 45', '"value": -1e400'), "not_finite", "/figures/0/value")
add("bad escape", '{"schema_version": 1, "id": "\\q"}', "invalid_json", "/id")
add("raw control character", '{"schema_version": 1, "id": "a\u0001b"}', "invalid_json", "/id")
add("lone surrogate escape", '{"schema_version": 1, "id": "\\ud800"}', "invalid_json", "/id")

# The root and the schema version.
add("root is an array", "[1, 2]", "wrong_type", "")
add("root is a string", '"case"', "wrong_type", "")
add("root is a number", "42", "wrong_type", "")
add("root is null", "null", "wrong_type", "")
add("root is true", "true", "wrong_type", "")
add("empty object", "{}", "unsupported_schema_version", "/schema_version")
edit("schema version 99", "/schema_version", 99, "unsupported_schema_version")
edit("schema version 0", "/schema_version", 0, "unsupported_schema_version")
edit("schema version negative", "/schema_version", -1, "unsupported_schema_version")
edit("schema version as text", "/schema_version", "1", "unsupported_schema_version")
edit("schema version fractional", "/schema_version", 1.5, "unsupported_schema_version")
edit("schema version null", "/schema_version", None, "unsupported_schema_version")

# Wrong types.
for pointer, value in [
    ("/id", 7), ("/id", None), ("/id", ["t"]), ("/title", "Uji"), ("/title", 3),
    ("/title/id", 5), ("/title/en", True), ("/programme", [1]), ("/programme/acronym", {}),
    ("/sites", {"id": "s1"}), ("/sites/0/province", 12), ("/participants/0/age", "thirty"),
    ("/participants/0/age", True), ("/participants/0/age", [30]), ("/participants/0/site", 1),
    ("/activities/0/attendance/0/present", "yes"), ("/activities/0/facilitators", "h1"),
    ("/figures/0/value", "45"), ("/figures/0/value", None), ("/cohorts/0/size", "20"),
    ("/evidence/0/text", ["kutipan"]), ("/evidence/0/supports", {"activity": "a1"}),
    ("/programme/fiscal_years", 2023), ("/programme/fiscal_years/0", "2023"),
    ("/reference_date", 20240101), ("/participants/0/household_head", 1),
]:
    edit(f"wrong type at {pointer}: {json.dumps(value)}", pointer, value, "wrong_type")

# A record given as an array of its fields in order: serde's derive read that positionally, so
# a reader over the text once took `["p1"]` for a participant; the page's reader never did.
for pointer, value in [
    ("/participants/0", ["p1"]), ("/programme/period", ["2023", "2024"]),
    ("/activities/0/attendance/0", ["p1", True]), ("/title", ["Uji", "Test"]),
]:
    edit(f"record as an array at {pointer}: {json.dumps(value)}", pointer, value, "wrong_type")

# Missing required fields (reported at the object).
for pointer, parent in [
    ("/programme", ""), ("/title", ""), ("/id", ""),
    ("/programme/kind", "/programme"), ("/programme/name", "/programme"),
    ("/sites/0/id", "/sites/0"), ("/sites/0/province", "/sites/0"),
    ("/participants/0/id", "/participants/0"), ("/activities/0/kind", "/activities/0"),
    ("/figures/0/metric", "/figures/0"), ("/evidence/0/text", "/evidence/0"),
    ("/codes/0/level", "/codes/0"), ("/activities/0/attendance/0/participant", "/activities/0/attendance/0"),
]:
    remove(f"missing {pointer}", pointer, "missing_field", parent)

# Unknown fields and codes.
for pointer in ["/kelurahan", "/programme/nama", "/sites/0/kelurahan", "/participants/0/umur",
                "/activities/0/date", "/title/fr", "/figures/0/unit", "/evidence/0/quote",
                "/codes/0/colour", "/cohorts/0/members"]:
    edit(f"unknown field {pointer}", pointer, "x", "unknown_field")
for pointer, value in [
    ("/programme/kind", "p3wkss"), ("/programme/level", "planet"), ("/sites/0/city_kind", "town"),
    ("/stakeholders/0/sector", "church"), ("/activities/0/kind", "party"),
    ("/participants/0/sex", "f"), ("/participants/0/sex", "FEMALE"), ("/figures/0/metric", "families"),
    ("/evidence/0/kind", "rumour"), ("/codes/0/level", "tertiary"),
    ("/programme/funding/0/source", "apbn_pusat"), ("/sites/0/village_kind", "dusun"),
]:
    edit(f"unknown code {pointer}: {value}", pointer, value, "unknown_code")
edit("unknown evidence target", "/evidence/0/supports/0", {"actvity": "a1"}, "unknown_code")
edit("two evidence targets in one", "/evidence/0/supports/0", {"activity": "a1", "site": "s1"}, "unknown_code")

# Impossible dates.
for pointer, value in [
    ("/activities/0/start", "2023-13"), ("/activities/0/start", "2023-02-30"),
    ("/activities/0/start", "23-02"), ("/activities/0/start", "Maret 2023"),
    ("/activities/0/start", "2023/02"), ("/activities/0/start", ""), ("/activities/0/end", "2023-00"),
    ("/programme/period/start", "20233"), ("/reference_date", "2024-02-30"),
    ("/reference_date", "2024-01"), ("/reference_date", "01/01/2024"),
    ("/participants/0/birth_date", "1990-02-29"), ("/participants/0/birth_date", "yesterday"),
    ("/activities/0/attendance/0/date", "2023-02-31"),
]:
    edit(f"impossible date {pointer}: {value}", pointer, value, "invalid_date")
# A coding's day, read by the same day reader as the reference date and birth dates.
for value, code in [("2024-02-30", "invalid_date"), ("+ 2024-01-01", "invalid_date"),
                    (20240101, "wrong_type")]:
    edit(f"coding's day /coding/on: {json.dumps(value)}", "/coding",
         {"kind": "coded_by_assessor", "by": "Tim Penilai", "on": value}, code, "/coding/on")

# Huge, negative and fractional numbers.
for pointer, value, code in [
    ("/participants/0/age", 250, "age_out_of_range"), ("/participants/0/age", -5, "age_out_of_range"),
    ("/participants/0/age", 30.5, "not_whole_number"), ("/participants/0/age", 30.0, "not_whole_number"),
    ("/participants/0/age", 1e10, "out_of_range"), ("/participants/0/age", 10000000000, "out_of_range"),
    ("/participants/0/dependants", -1, "out_of_range"), ("/participants/0/dependants", 0.5, "not_whole_number"),
    ("/participants/0/monthly_income", 1e300, "out_of_range"),
    ("/participants/0/monthly_income", -100, "negative_amount"),
    ("/participants/0/monthly_income", 1.5, "not_whole_number"),
    ("/figures/0/value", 1e308, "out_of_range"), ("/figures/0/value", 0.5, "not_whole_number"),
    ("/figures/0/value", -3, "out_of_range"), ("/figures/0/value", 300000001, "out_of_range"),
    ("/cohorts/0/size", 1000000000000, "out_of_range"), ("/cohorts/0/size", -20, "out_of_range"),
    ("/cohorts/0/size", 2.5, "not_whole_number"),
    ("/programme/funding/0/amount", -1, "negative_amount"),
    ("/programme/funding/0/amount", 99999999999999999999, "out_of_range"),
    ("/programme/fiscal_years/0", 1800, "year_out_of_range"),
    ("/programme/fiscal_years/0", 99999999999, "out_of_range"),
]:
    edit(f"number {pointer}: {value}", pointer, value, code)
doc = copy.deepcopy(BASE)
doc["figures"][0]["metric"] = "facilitators"
doc["figures"][0]["value"] = 0.5
add("half a facilitator", json.dumps(doc), "not_whole_number", "/figures/0/value")
doc["figures"][0]["metric"] = "attendance_rate"
doc["figures"][0]["value"] = 150
add("attendance over 100 percent", json.dumps(doc), "out_of_range", "/figures/0/value")

# Duplicate keys, in any object.
text_replace("duplicate root key", '"id": "t"', '"id": "t", "id": "u"', "duplicate_key", "")
text_replace("duplicate key in title", '"en": "Test"', '"en": "Test", "en": "Tes"', "duplicate_key", "/title")
text_replace("duplicate key in a site", '"id": "s1"', '"id": "s1", "id": "s2"', "duplicate_key", "/sites/0")
text_replace("duplicate key in a participant", '"age": 30', '"age": 30, "age": 31', "duplicate_key", "/participants/0")
text_replace("duplicate key in attendance", '"present": true', '"present": true, "present": false',
             "duplicate_key", "/activities/0/attendance/0")
text_replace("duplicate key in an evidence target", '{"activity": "a1"}', '{"activity": "a1", "activity": "a2"}',
             "duplicate_key", "/evidence/0/supports/0")
text_replace("duplicate collection", '"codes": [', '"codes": [], "codes": [', "duplicate_key", "")
text_replace("duplicate key in the programme", '"acronym": "P"', '"acronym": "P", "acronym": "Q"',
             "duplicate_key", "/programme")

# Deep nesting (text and objects).
# The reader stops at depth 128 (the root object or array is level 1), naming the path there.
add("deep arrays", '{"schema_version": 1, "id": ' + "[" * 1000 + "]" * 1000 + "}", "too_deep",
    "/id" + "/0" * 126)
add("deep objects", '{"schema_version": 1, "x": ' + '{"a": ' * 1000 + "1" + "}" * 1000 + "}", "too_deep",
    "/x" + "/a" * 126)
add("deep unclosed arrays", "[" * 1000, "too_deep", "/0" * 127)
deep_title = copy.deepcopy(BASE)
node = deep_title
for _ in range(30):
    node["title"] = {"id": {"id": "x"}, "en": "x"}
    node = node["title"]["id"]
add("nested text objects", json.dumps(deep_title), "wrong_type", "/title/id")

# Long strings.
edit("an id of 10,000 characters", "/sites/0/id", "s" * 10000, "too_long")
edit("an evidence text of 100,001 characters", "/evidence/0/text", "kata " * 20000 + "x", "too_long")
edit("a participant id of 201 characters", "/participants/0/id", "p" * 201, "too_long")

# RTL and emoji text in bad places (kept intact, never a crash).
edit("RTL override in a code", "/programme/kind", "\u202ep2wkss", "unknown_code")
edit("emoji as a sex", "/participants/0/sex", "👩", "unknown_code")
edit("arabic date", "/activities/0/start", "٢٠٢٣-٠٢", "invalid_date")
edit("emoji date", "/activities/0/start", "2023-📅", "invalid_date")
edit("emoji reference", "/participants/0/site", "👩‍👧", "unknown_reference")
edit("RTL reference", "/activities/0/facilitators/0", "\u202eh1", "unknown_reference")
edit("blank RTL mark as a name", "/stakeholders/0/name", " ", "empty")
edit("emoji key", "/participants/0/😀", 1, "unknown_field")

# Dangling references.
for pointer, value in [
    ("/participants/0/site", "s9"), ("/activities/0/site", "s9"), ("/activities/0/facilitators/0", "h9"),
    ("/activities/0/attendance/0/participant", "p9"), ("/participants/0/cohort", "c9"),
    ("/figures/0/site", "s9"), ("/evidence/0/codes", ["x9"]),
    ("/programme/leading_sector", "h9"), ("/programme/funding/0/funder", "h9"),
    ("/codes/0/parent", "x9"),
]:
    path = pointer + "/0" if isinstance(value, list) else pointer
    edit(f"dangling reference {pointer}: {json.dumps(value)}", pointer, value,
         "unknown_reference", path)
edit("evidence supporting nothing", "/evidence/0/supports/0", {"activity": "a9"},
     "evidence_link_to_nothing", "/evidence/0/supports/0")

# Other semantic problems.
edit("duplicate site id", "/sites", [BASE["sites"][0], BASE["sites"][0]], "duplicate_id", "/sites/1/id")
edit("empty id", "/stakeholders/0/id", "", "empty", "/stakeholders/0/id")
# A text needs one language (either); neither is refused at its working language's path.
edit("title in neither language", "/title", {}, "empty", "/title/id")
edit("title blank in both languages", "/title", {"id": "", "en": "  "}, "empty", "/title/id")
edit("end before start", "/activities/0/end", "2022-01", "date_order")
edit("year 1066", "/activities/0/start", "1066", "year_out_of_range")

# Framework records: Adi stages and rules, Sulistiyani, 5M, Ansell-Gash.
FRAMEWORKS = copy.deepcopy(BASE)
FRAMEWORKS["adi"] = [{"id": "pr1", "label": {"id": "Proses", "en": "Process"}, "site": "s1",
                      "stages": [{"stage": "persiapan", "status": "completed",
                                  "checklist": [{"id": "persepsi-tim", "done": True}],
                                  "involvement": [{"stakeholder": "h1", "level": "inform"}]}]}]
FRAMEWORKS["sulistiyani"] = [{"subject": {"participant": "p1"},
                              "dimensions": [{"dimension": "social", "reached": "penyadaran"}]}]
FRAMEWORKS["five_m"] = [{"id": "m1", "factor": "money", "direction": "inhibitor",
                         "description": {"id": "Dana", "en": "Funds"}, "weight": 2}]
FRAMEWORKS["ansell_gash"] = {"rubric": "berdaya-ansell-gash/1",
                             "ratings": [{"indicator": "dialogue", "score": 3}]}


def fedit(name, pointer, value, code, path=None):
    doc = copy.deepcopy(FRAMEWORKS)
    pointer_set(doc, pointer, value)
    add(name, json.dumps(doc, ensure_ascii=False), code, pointer if path is None else path)


for pointer, value, code in [
    ("/adi/0/stages/0/stage", "persiapan_awal", "unknown_code"),
    ("/adi/0/stages/0/status", "done", "unknown_code"),
    ("/adi/0/stages/0/involvement/0/level", "partner", "unknown_code"),
    ("/adi/0/stages/0/involvement/0/stakeholder", "h9", "unknown_reference"),
    ("/adi/0/site", "s9", "unknown_reference"),
    ("/adi/0/stages/0/actual_start", "2023-02-30", "invalid_date"),
    ("/adi/0/stages/0/checklist/0/done", "yes", "wrong_type"),
    ("/adi/0/checklist_profile", "p2wkss_kota_depok", "unknown_code"),
    ("/adi/0/stages", {"stage": "persiapan"}, "wrong_type"),
    ("/sulistiyani/0/dimensions/0/dimension", "spiritual", "unknown_code"),
    ("/sulistiyani/0/dimensions/0/reached", "graduated", "unknown_code"),
    ("/sulistiyani/0/subject", {"participant": "p9"}, "unknown_reference"),
    ("/five_m/0/factor", "machinery", "unknown_code"),
    ("/five_m/0/direction", "neutral", "unknown_code"),
    ("/five_m/0/weight", 4, "off_scale"),
    ("/five_m/0/weight", 0, "off_scale"),
    ("/five_m/0/weight", 1.5, "not_whole_number"),
    ("/ansell_gash/ratings/0/score", 6, "off_scale"),
    ("/ansell_gash/ratings/0/score", 0, "off_scale"),
    ("/ansell_gash/ratings/0/score", -1, "out_of_range"),
    ("/ansell_gash/ratings/0/indicator", "charisma", "unknown_reference"),
    ("/ansell_gash/rubric", "wilder/2", "unknown_rubric"),
    ("/ansell_gash/ratings/0/evidence", ["e9"], "unknown_reference"),
]:
    path = pointer + "/0" if isinstance(value, list) else None
    if pointer == "/sulistiyani/0/subject":
        path = "/sulistiyani/0/subject"
    fedit(f"framework record {pointer}: {json.dumps(value, ensure_ascii=False)}", pointer, value,
          code, path)
doc = copy.deepcopy(FRAMEWORKS)
doc["adi"][0]["stages"].append({"stage": "terminasi", "status": "completed"})
add("termination with nothing before it", json.dumps(doc), "adi_rule_broken", "/adi/0/stages/1/status")
doc = copy.deepcopy(FRAMEWORKS)
doc["adi"][0]["stages"].append(copy.deepcopy(doc["adi"][0]["stages"][0]))
add("a stage recorded twice", json.dumps(doc), "duplicate_id", "/adi/0/stages/1/stage")
doc = copy.deepcopy(FRAMEWORKS)
doc["adi"].append(copy.deepcopy(doc["adi"][0]))
add("two processes with one id", json.dumps(doc), "duplicate_id", "/adi/1/id")
doc = copy.deepcopy(FRAMEWORKS)
doc["five_m"].append(copy.deepcopy(doc["five_m"][0]))
add("two 5M findings with one id", json.dumps(doc), "duplicate_id", "/five_m/1/id")
doc = copy.deepcopy(FRAMEWORKS)
doc["ansell_gash"]["ratings"].append({"indicator": "dialogue", "score": 4})
add("an indicator rated twice", json.dumps(doc), "duplicate_id", "/ansell_gash/ratings/1/indicator")
doc = copy.deepcopy(FRAMEWORKS)
doc["adi"][0]["stages"][0]["checklist"].append({"id": "rapat-khusus", "done": True})
add("a custom checklist item without a label", json.dumps(doc), "unlabelled_custom_item",
    "/adi/0/stages/0/checklist/1/id")

out = pathlib.Path(__file__).with_name("catalogue.jsonl")
with out.open("w", encoding="utf-8") as f:
    for e in ENTRIES:
        f.write(json.dumps(e, ensure_ascii=False) + "\n")
print(f"{len(ENTRIES)} entries written to {out.name}")
