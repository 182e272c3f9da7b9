//! Every import warning of a REFI-QDA codebook or project has a stable code, its XML
//! location and a message in Indonesian and in English, from files with each kind of oddity
//! that real tools write; the errors too.

use std::collections::BTreeSet;
use std::io::Write as _;

use berdaya::exchange::mapping::{evidence, Mapping};
use berdaya::exchange::{Codebook, Project, Warning};
use berdaya::Lang;

/// Every warning code the import (and the mapping of its codes) can give.
const ALL_CODES: [&str; 18] = [
    "namespace_version",
    "empty_sets",
    "dotted_hierarchy",
    "color_alpha_dropped",
    "color_invalid",
    "codable_missing",
    "unknown_member",
    "not_modelled",
    "attribute_not_modelled",
    "byte_order_mark",
    "line_ends",
    "selection_text_differs",
    "date_missing",
    "date_invalid",
    "informant_ambiguous",
    "code_not_mapped",
    "whole_source_coding",
    "dangling_reference",
];

const ODD_CODEBOOK: &str = r##"<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="uji">
<Codes>
<Code guid="cccccccc-0000-4000-8000-000000000001" name="Dana" isCodable="true" color="#FF000080"/>
<Code guid="cccccccc-0000-4000-8000-000000000002" name="Rapat" color="merah"><Gambar/></Code>
</Codes>
<Sets><Set guid="aaaaaaaa-0000-4000-8000-000000000001" name="S"><MemberCode targetGUID="cccccccc-0000-4000-8000-000000000009"/></Set></Sets>
</CodeBook>
"##;

const TAGUETTE_CODEBOOK: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1">
<Codes>
<Code guid="cccccccc-0000-4000-8000-000000000001" name="tempat.balai" isCodable="true"/>
</Codes>
<Sets/>
</CodeBook>
"#;

const G: &str = "-0000-4000-8000-0000000000";

fn odd_project() -> Vec<u8> {
    let qde = format!(
        r##"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:0:4" name="Uji" origin="MAXQDA 2022" creationDateTime="2025-01-01T00:00:00Z">
<Users><User guid="aaaaaaaa{G}01" name="Ani"/></Users>
<CodeBook><Codes>
<Code guid="cccccccc{G}01" name="Rapat" isCodable="true" color="#00FF0080"/>
<Code guid="cccccccc{G}02" name="Dana" isCodable="true"/>
</Codes></CodeBook>
<Cases>
<Case guid="ffffffff{G}01" name="I-01"><SourceRef targetGUID="bbbbbbbb{G}01"/></Case>
<Case guid="ffffffff{G}02" name="I-02"><SourceRef targetGUID="bbbbbbbb{G}01"/></Case>
</Cases>
<Sources>
<TextSource guid="bbbbbbbb{G}01" name="T1" plainTextPath="internal://b1.txt" richTextPath="internal://b1.docx" creatingUser="aaaaaaaa{G}01" creationDateTime="kemarin">
<PlainTextSelection guid="dddddddd{G}01" name="rapat dulu" startPosition="5" endPosition="15" creatingUser="aaaaaaaa{G}01" creationDateTime="2025-01-01T00:00:00Z"><Coding guid="eeeeeeee{G}01" creatingUser="aaaaaaaa{G}01" creationDateTime="2025-01-01T00:00:00Z"><CodeRef targetGUID="cccccccc{G}01"/></Coding></PlainTextSelection>
<PlainTextSelection guid="dddddddd{G}02" name="bukan ini" startPosition="0" endPosition="4" creatingUser="aaaaaaaa{G}01"><Coding guid="eeeeeeee{G}02" creatingUser="aaaaaaaa{G}01" creationDateTime="2025-01-01T00:00:00Z"><CodeRef targetGUID="cccccccc{G}02"/></Coding></PlainTextSelection>
<Coding guid="eeeeeeee{G}03" creatingUser="aaaaaaaa{G}01" creationDateTime="2025-01-01T00:00:00Z"><CodeRef targetGUID="cccccccc{G}01"/></Coding>
<NoteRef targetGUID="99999999{G}01"/>
</TextSource>
<TextSource guid="bbbbbbbb{G}02" name="T2" plainTextPath="internal://b2.txt" creatingUser="aaaaaaaa{G}01" creationDateTime="2025-01-01T00:00:00Z">
<PlainTextSelection guid="dddddddd{G}03" name="Dana terbatas" startPosition="13" endPosition="26" creatingUser="aaaaaaaa{G}01" creationDateTime="2025-01-01T00:00:00Z"/>
</TextSource>
<PDFSource guid="bbbbbbbb{G}09" name="pdf"/>
</Sources>
</Project>
"##
    );
    let mut out = Vec::new();
    {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(&mut out));
        let opts = zip::write::SimpleFileOptions::default();
        for (name, bytes) in [
            ("project.qde", qde.as_bytes()),
            ("sources/b1.txt", "Kami rapat dulu.".as_bytes()),
            (
                "sources/b2.txt",
                "\u{feff}Baris satu.\r\nDana terbatas.".as_bytes(),
            ),
        ] {
            z.start_file(name, opts).unwrap();
            z.write_all(bytes).unwrap();
        }
        z.finish().unwrap();
    }
    out
}

/// Checks one warning's faces and gives its code.
fn check(w: &Warning) -> &'static str {
    let code = w.kind.code();
    let json = serde_json::to_value(w).unwrap();
    assert_eq!(
        json["kind"], code,
        "the serialised kind is the code: {json}"
    );
    let (id, en) = (w.message(Lang::Id), w.message(Lang::En));
    assert_eq!(json["message"]["id"], id.as_str());
    assert_eq!(json["message"]["en"], en.as_str());
    assert!(!w.location.path.is_empty(), "{code} has a path");
    assert!(id.starts_with(&w.location.path), "{id}");
    assert!(en.starts_with(&w.location.path), "{en}");
    if w.location.line > 0 {
        assert!(
            id.contains(&format!("(baris {}, kolom", w.location.line)),
            "{id}"
        );
        assert!(
            en.contains(&format!("(line {}, column", w.location.line)),
            "{en}"
        );
    }
    assert_ne!(id, en, "{code}: two languages");
    assert!(!w.kind.message(Lang::Id).is_empty() && !w.kind.message(Lang::En).is_empty());
    code
}

fn find<'a>(ws: &'a [Warning], code: &str) -> &'a Warning {
    ws.iter()
        .find(|w| w.kind.code() == code)
        .unwrap_or_else(|| panic!("no {code} among {ws:?}"))
}

#[test]
fn an_odd_codebook_gives_each_code_with_its_location_in_both_languages() {
    let got = Codebook::from_qdc(ODD_CODEBOOK).unwrap();
    let codes: Vec<&str> = got.warnings.iter().map(check).collect();
    assert_eq!(
        codes,
        [
            "namespace_version",
            "color_alpha_dropped",
            "codable_missing",
            "color_invalid",
            "not_modelled",
            "unknown_member"
        ]
    );
    let w = find(&got.warnings, "namespace_version");
    assert_eq!((w.location.line, w.location.column), (2, 1));
    assert_eq!(
        w.message(Lang::Id),
        "/CodeBook (baris 2, kolom 1): ruang nama “urn:QDA-XML:codebook:0:4” adalah versi REFI-QDA lain; dibaca sebagai versi 1.0"
    );
    assert_eq!(
        w.message(Lang::En),
        "/CodeBook (line 2, column 1): the namespace “urn:QDA-XML:codebook:0:4” is another REFI-QDA version; read as version 1.0"
    );
    let w = find(&got.warnings, "color_invalid");
    assert_eq!(w.location.path, "/CodeBook/Codes[1]/Code[2]");
    assert_eq!(w.location.line, 5);
    assert!(w
        .message(Lang::Id)
        .contains("“merah” bukan #RGB atau #RRGGBB"));
    assert!(w
        .message(Lang::En)
        .contains("“merah” is not #RGB or #RRGGBB"));
    let w = find(&got.warnings, "not_modelled");
    assert_eq!(w.location.path, "/CodeBook/Codes[1]/Code[2]/Gambar[1]");
    assert!(w
        .message(Lang::Id)
        .contains("elemen “Gambar” tidak dimodelkan"));
    let w = find(&got.warnings, "unknown_member");
    assert_eq!(w.location.line, 7);
    assert!(w
        .message(Lang::En)
        .contains("cccccccc-0000-4000-8000-000000000009 names no code"));

    let taguette = Codebook::from_qdc(TAGUETTE_CODEBOOK).unwrap();
    let codes: BTreeSet<&str> = taguette.warnings.iter().map(check).collect();
    assert_eq!(codes, BTreeSet::from(["empty_sets", "dotted_hierarchy"]));
    let w = find(&taguette.warnings, "empty_sets");
    assert_eq!(w.location.line, 6);
}

#[test]
fn an_odd_project_gives_each_code_with_its_location_in_both_languages() {
    let got = Project::from_qdpx(&odd_project()).unwrap();
    let mut codes: BTreeSet<&str> = got.warnings.iter().map(check).collect();
    let w = find(&got.warnings, "date_invalid");
    assert_eq!(w.location.path, "/Project/Sources[1]/TextSource[1]");
    assert_eq!(w.location.line, 13);
    assert!(w
        .message(Lang::Id)
        .contains("“kemarin” bukan tanggal-waktu"));
    assert!(w
        .message(Lang::En)
        .contains("“kemarin” is not an xsd:dateTime"));
    let w = find(&got.warnings, "selection_text_differs");
    assert_eq!(w.location.line, 15);
    assert!(w
        .message(Lang::En)
        .contains("name “bukan ini” is not the text at its positions (“Kami”)"));
    let w = find(&got.warnings, "dangling_reference");
    assert_eq!(w.location.line, 17);
    let w = find(&got.warnings, "line_ends");
    assert_eq!(w.location.path, "/Project/Sources[1]/TextSource[2]");
    assert!(w.message(Lang::Id).contains("dihitung dua karakter"));
    assert!(w.message(Lang::En).contains("counted as two characters"));
    let w = find(&got.warnings, "not_modelled");
    assert!(w.message(Lang::En).contains("“PDFSource”"));
    // The second source's selection is where MAXQDA put it, BOM and CRLF aside.
    let s = &got.value.sources[1];
    let sel = &s.selections[0];
    let quote: String = s
        .text
        .chars()
        .skip(sel.start)
        .take(sel.end - sel.start)
        .collect();
    assert_eq!(quote, "Dana terbatas");

    let mapping = Mapping::from_json(
        r#"{"links": [{"code": "Rapat", "element": {"framework": "ansell_gash", "indicator": "dialogue"}}]}"#,
    )
    .unwrap();
    let rows = evidence(&got.value, &mapping).unwrap();
    codes.extend(rows.warnings.iter().map(check));
    let w = find(&rows.warnings, "code_not_mapped");
    assert!(w.message(Lang::Id).starts_with(&w.location.path));
    assert!(w
        .message(Lang::Id)
        .contains("kode “Dana” punya 1 pengodean"));
    assert!(w
        .message(Lang::En)
        .contains("the code “Dana” has 1 coding but"));
    let w = find(&rows.warnings, "informant_ambiguous");
    assert!(w.message(Lang::Id).contains("termasuk dalam 2 kasus"));

    // With the codebooks', every code of the import is met.
    for qdc in [ODD_CODEBOOK, TAGUETTE_CODEBOOK] {
        codes.extend(Codebook::from_qdc(qdc).unwrap().warnings.iter().map(check));
    }
    assert_eq!(codes, BTreeSet::from(ALL_CODES));
}

#[test]
fn errors_say_where_and_what_in_both_languages() {
    let e = Codebook::from_qdc(
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n<Code guid=\"x\" name=\"a\"/></Codes></CodeBook>",
    )
    .unwrap_err();
    assert_eq!(e.kind(), "invalid_attribute");
    assert_eq!(
        e.message(Lang::Id),
        "/CodeBook/Codes[1]/Code[1] (baris 2, kolom 1): atribut guid: diharapkan GUID (8-4-4-4-12 digit heksadesimal); ditemukan “x”"
    );
    assert_eq!(
        e.message(Lang::En),
        "/CodeBook/Codes[1]/Code[1] (line 2, column 1): attribute guid: expected a GUID (8-4-4-4-12 hexadecimal digits); found “x”"
    );
    let e = Project::from_qdpx(b"not a zip").unwrap_err();
    assert_eq!(e.kind(), "zip");
    assert!(e
        .message(Lang::Id)
        .contains("arsip .qdpx tidak dapat dibaca"));
    assert!(e
        .message(Lang::En)
        .contains("the .qdpx archive cannot be read"));
}

/// `Display` and the English message are one text: the root-element error once showed the
/// root unquoted in one and quoted in the other.
#[test]
fn an_errors_text_is_its_english_message() {
    let root = Codebook::from_qdc("<Project/>").unwrap_err();
    assert_eq!(root.kind(), "root");
    assert_eq!(root.to_string(), root.message(Lang::En));
    assert!(root.to_string().ends_with("found “Project”"), "{root}");
    let attribute = Codebook::from_qdc(
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n<Code guid=\"x\" name=\"a\"/></Codes></CodeBook>",
    )
    .unwrap_err();
    let zip = Project::from_qdpx(b"not a zip").unwrap_err();
    let no_codes =
        Codebook::from_qdc(r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>"#).unwrap_err();
    for e in [root, attribute, zip, no_codes] {
        assert_eq!(e.to_string(), e.message(Lang::En), "{}", e.kind());
    }
}
