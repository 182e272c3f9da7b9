//! The words of every import warning and error, in Indonesian and English: the one place a
//! binding gets them from (Python's warning dicts and `ExchangeError.message_id`, the page's
//! list in the chosen language).
//!
//! A message names where (the element path, line and column) and then what was found and
//! what berdaya did with it. Text from the file (names, colours, dates) is quoted shortened
//! and with control characters shown as `�`; it is never markup.

use crate::model::lang::Lang;
use crate::model::number::count;
// One quoting for every face's messages: a case document's problems and a file's warnings.
use crate::validate::message::quote;

use super::error::{ExchangeError, Location, Warning, WarningKind};

impl Location {
    /// Where, in words: `/Project/Sources[1]/TextSource[1] (baris 4, kolom 5)`; an archive
    /// entry (line 0) is its name alone.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Location;
    /// use berdaya::Lang;
    /// // `Location` is `#[non_exhaustive]`: from its default, field by field.
    /// let mut at = Location::default();
    /// (at.line, at.column, at.path) = (40_255, 5, "/Project/Sources[1]/TextSource[1]".into());
    /// // Numbers are written the way each language writes them.
    /// assert!(at.describe(Lang::Id).ends_with("(baris 40.255, kolom 5)"));
    /// assert!(at.describe(Lang::En).ends_with("(line 40,255, column 5)"));
    /// // An archive entry has no line: its name alone.
    /// let mut entry = Location::default();
    /// entry.path = "sources/wawancara.txt".into();
    /// assert_eq!(entry.describe(Lang::Id), "sources/wawancara.txt");
    /// ```
    pub fn describe(&self, lang: Lang) -> String {
        let path = if self.path.is_empty() {
            "/"
        } else {
            &self.path
        };
        if self.line == 0 {
            return path.to_owned();
        }
        let (line, column) = (count(self.line, lang), count(self.column, lang));
        match lang {
            Lang::Id => format!("{path} (baris {line}, kolom {column})"),
            Lang::En => format!("{path} (line {line}, column {column})"),
        }
    }
}

/// The kind of element a reference names, in words.
fn target(target: &str, lang: Lang) -> String {
    let words = match (target, lang) {
        ("code", Lang::Id) => "kode",
        ("source", Lang::Id) => "sumber",
        ("selection", Lang::Id) => "seleksi",
        ("note", Lang::Id) => "catatan",
        ("variable", Lang::Id) => "variabel",
        ("user", Lang::Id) => "pengguna",
        (other, _) => other,
    };
    words.to_owned()
}

/// What an attribute takes, in words (the core's English phrase when it has no other).
fn expected(expected: &str, lang: Lang) -> String {
    let id = match expected {
        "a GUID (8-4-4-4-12 hexadecimal digits)" => "GUID (8-4-4-4-12 digit heksadesimal)",
        "true or false" => "true atau false",
        "an integer" => "bilangan bulat",
        "Text, Boolean, Integer, Float, Date or DateTime" => {
            "Text, Boolean, Integer, Float, Date atau DateTime"
        }
        "a value of the variable's typeOfVariable" => "nilai sesuai typeOfVariable variabelnya",
        other => other,
    };
    match lang {
        Lang::Id => id.to_owned(),
        Lang::En => expected.to_owned(),
    }
}

/// What is wrong with a source's text, in words.
fn source_problem(problem: &str, lang: Lang) -> String {
    let id = match problem {
        "is not UTF-8 text" => "bukan teks UTF-8",
        "is missing: neither PlainTextContent nor plainTextPath" => {
            "tidak ada: tidak ada PlainTextContent maupun plainTextPath"
        }
        "is not in the archive's sources/" => "tidak ada di folder sources/ arsip",
        other => other,
    };
    match lang {
        Lang::Id => id.to_owned(),
        Lang::En => problem.to_owned(),
    }
}

impl WarningKind {
    /// The stable machine-readable code (the `kind` of the serialised warning).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Codebook;
    /// let qdc = r##"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
    ///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Dana" isCodable="true" color="#FF000080"/>
    /// </Codes></CodeBook>"##;
    /// let imported = Codebook::from_qdc(qdc).unwrap();
    /// // The same code in every language, for a program to act on.
    /// assert_eq!(imported.warnings[0].kind.code(), "color_alpha_dropped");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            WarningKind::NamespaceVersion { .. } => "namespace_version",
            WarningKind::EmptySets => "empty_sets",
            WarningKind::DottedHierarchy { .. } => "dotted_hierarchy",
            WarningKind::ColorAlphaDropped { .. } => "color_alpha_dropped",
            WarningKind::ColorInvalid { .. } => "color_invalid",
            WarningKind::CodableMissing => "codable_missing",
            WarningKind::UnknownMember { .. } => "unknown_member",
            WarningKind::NotModelled { .. } => "not_modelled",
            WarningKind::AttributeNotModelled { .. } => "attribute_not_modelled",
            WarningKind::ByteOrderMark => "byte_order_mark",
            WarningKind::LineEnds { .. } => "line_ends",
            WarningKind::SelectionTextDiffers { .. } => "selection_text_differs",
            WarningKind::DateMissing => "date_missing",
            WarningKind::DateInvalid { .. } => "date_invalid",
            WarningKind::InformantAmbiguous { .. } => "informant_ambiguous",
            WarningKind::CodeNotMapped { .. } => "code_not_mapped",
            WarningKind::WholeSourceCoding { .. } => "whole_source_coding",
            WarningKind::DanglingReference { .. } => "dangling_reference",
        }
    }

    /// What was found and what berdaya did with it, in `lang` (without the location).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Codebook;
    /// use berdaya::Lang;
    /// // A colour with a tab (a control character) in it, as a file could hold.
    /// let qdc = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\
    ///   <Code guid=\"0d62985d-b147-5d01-a9b5-cae5dcd98342\" name=\"Dana\" isCodable=\"true\" color=\"red&#9;\"/>\
    ///   </Codes></CodeBook>";
    /// let imported = Codebook::from_qdc(qdc).unwrap();
    /// let kind = &imported.warnings[0].kind;
    /// assert_eq!(kind.code(), "color_invalid");
    /// // The file's text is quoted, its control character shown as `\u{fffd}`.
    /// for lang in Lang::ALL {
    ///     let message = kind.message(lang);
    ///     assert!(message.contains("\u{201c}red\u{fffd}\u{201d}"));
    ///     assert!(!message.contains('\t'));
    /// }
    /// assert_ne!(kind.message(Lang::Id), kind.message(Lang::En));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        use WarningKind as W;
        let n = |x: usize| count(x, lang);
        match (self, lang) {
            (W::NamespaceVersion { found }, Lang::Id) => format!("ruang nama {} adalah versi REFI-QDA lain; dibaca sebagai versi 1.0", quote(found)),
            (W::NamespaceVersion { found }, Lang::En) => format!("the namespace {} is another REFI-QDA version; read as version 1.0", quote(found)),
            (W::EmptySets, Lang::Id) => "<Sets/> kosong tidak sah menurut skema REFI-QDA; dibaca sebagai tanpa set".to_owned(),
            (W::EmptySets, Lang::En) => "an empty <Sets/> is invalid under the REFI-QDA schema; read as no sets".to_owned(),
            (W::DottedHierarchy { codes }, Lang::Id) => format!("nama bertitik gaya Taguette (induk.anak) disusun ulang: {} kode dijadikan subkode", n(*codes)),
            (W::DottedHierarchy { codes }, Lang::En) => format!("Taguette's dotted names (parent.child) rebuilt: {} codes nested as sub-codes", n(*codes)),
            (W::ColorAlphaDropped { found }, Lang::Id) => format!("warna {} memuat kanal alfa; alfanya dibuang", quote(found)),
            (W::ColorAlphaDropped { found }, Lang::En) => format!("the colour {} has an alpha channel; the alpha was dropped", quote(found)),
            (W::ColorInvalid { found }, Lang::Id) => format!("warna {} bukan #RGB atau #RRGGBB; kode ini dibiarkan tanpa warna", quote(found)),
            (W::ColorInvalid { found }, Lang::En) => format!("the colour {} is not #RGB or #RRGGBB; the code is left without a colour", quote(found)),
            (W::CodableMissing, Lang::Id) => "kode tanpa atribut isCodable; dibaca sebagai kode yang dapat diterapkan".to_owned(),
            (W::CodableMissing, Lang::En) => "a code without isCodable; read as a code that can be applied".to_owned(),
            (W::UnknownMember { guid }, Lang::Id) => format!("anggota set {guid} tidak menunjuk kode mana pun di kodebuku; tidak dimasukkan ke set"),
            (W::UnknownMember { guid }, Lang::En) => format!("the set member {guid} names no code of the codebook; left out of the set"),
            (W::NotModelled { element }, Lang::Id) => format!("elemen {} tidak dimodelkan berdaya; isinya tidak disimpan", quote(element)),
            (W::NotModelled { element }, Lang::En) => format!("the element {} is not modelled by berdaya; its content is not kept", quote(element)),
            (W::AttributeNotModelled { attribute }, Lang::Id) => format!("atribut {} tidak dimodelkan berdaya; nilainya tidak disimpan", quote(attribute)),
            (W::AttributeNotModelled { attribute }, Lang::En) => format!("the attribute {} is not modelled by berdaya; its value is not kept", quote(attribute)),
            (W::ByteOrderMark, Lang::Id) => "teks sumber diawali penanda urutan bita (BOM, seperti tulisan QualCoder); penanda itu dibuang".to_owned(),
            (W::ByteOrderMark, Lang::En) => "the source text began with a byte-order mark (as QualCoder writes); it was removed".to_owned(),
            (W::LineEnds { counted, because }, lang) => line_ends(counted, because, lang),
            (W::SelectionTextDiffers { name, text }, Lang::Id) => format!("nama seleksi {} bukan teks pada posisinya ({}); posisinya dipertahankan", quote(name), quote(text)),
            (W::SelectionTextDiffers { name, text }, Lang::En) => format!("the selection's name {} is not the text at its positions ({}); the positions were kept", quote(name), quote(text)),
            (W::DateMissing, Lang::Id) => "creationDateTime tidak ada; tanggal pembuatan tidak tercatat".to_owned(),
            (W::DateMissing, Lang::En) => "creationDateTime is missing; the creation date is not recorded".to_owned(),
            (W::DateInvalid { found }, Lang::Id) => format!("{} bukan tanggal-waktu xsd:dateTime; tidak disimpan", quote(found)),
            (W::DateInvalid { found }, Lang::En) => format!("{} is not an xsd:dateTime; not kept", quote(found)),
            (W::InformantAmbiguous { cases }, Lang::Id) => format!("seleksi ini termasuk dalam {} kasus; informannya dibiarkan tidak tercatat", n(*cases)),
            (W::InformantAmbiguous { cases }, Lang::En) => format!("the selection belongs to {} cases; its informant is left unrecorded", n(*cases)),
            (W::CodeNotMapped { code, codings }, Lang::Id) => format!("kode {} punya {} pengodean tetapi tidak dipetakan ke unsur kerangka mana pun; petakan bila kutipannya diperlukan", quote(code), n(*codings)),
            (W::CodeNotMapped { code, codings }, Lang::En) => format!("the code {} has {} but is mapped to no framework element; map it if its quotes are needed", quote(code), codings_en(*codings)),
            (W::WholeSourceCoding { code, codings }, Lang::Id) => format!("{} pengodean kode {} diterapkan pada seluruh sumber; tanpa kutipan, jadi tidak masuk baris kutipan", n(*codings), quote(code)),
            (W::WholeSourceCoding { code, codings }, Lang::En) => format!("{} of the code {} apply to a whole source; with no quote, they are not among the quote rows", codings_en(*codings), quote(code)),
            (W::DanglingReference { element, guid }, Lang::Id) => format!("{} menunjuk {guid}, yang tidak ada dalam proyek; rujukan itu tidak disimpan", quote(element)),
            (W::DanglingReference { element, guid }, Lang::En) => format!("{} names {guid}, which is not in the project; the reference is not kept", quote(element)),
        }
    }
}

/// `1 coding`, `2 codings`.
fn codings_en(n: usize) -> String {
    match n {
        1 => "1 coding".to_owned(),
        n => format!("{} codings", count(n, Lang::En)),
    }
}

fn line_ends(counted: &str, because: &str, lang: Lang) -> String {
    let why = match (because, lang) {
        ("origin", Lang::Id) => "menurut alat yang disebut atribut origin proyek",
        ("origin", Lang::En) => "going by the tool named in the project's origin",
        (_, Lang::Id) => "karena hanya dengan cara ini nama seleksi cocok dengan teksnya",
        (_, Lang::En) => "because only so do the selections' names match the text",
    };
    match (counted, lang) {
        ("crlf_as_two", Lang::Id) => format!("teks sumber berakhir baris CRLF; dibaca sebagai LF dan posisi seleksinya dihitung ulang (CRLF dihitung dua karakter, {why})"),
        ("crlf_as_two", Lang::En) => format!("the source text has CRLF line ends; read as LF and its selections' positions recounted (CRLF counted as two characters, {why})"),
        (_, Lang::Id) => format!("teks sumber berakhir baris CRLF; dibaca sebagai LF dan posisi seleksinya dipertahankan (CRLF dihitung satu karakter, {why})"),
        (_, Lang::En) => format!("the source text has CRLF line ends; read as LF and its selections' positions kept (CRLF counted as one character, {why})"),
    }
}

impl Warning {
    /// The warning in `lang`: where, then what was found and what berdaya did.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Codebook;
    /// use berdaya::Lang;
    /// let qdc = r##"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
    ///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Dana" isCodable="true" color="#FF000080"/>
    /// </Codes></CodeBook>"##;
    /// let imported = Codebook::from_qdc(qdc).unwrap();
    /// let warning = &imported.warnings[0];
    /// let message = warning.message(Lang::Id);
    /// assert!(message.starts_with(&warning.location.describe(Lang::Id)));
    /// assert!(message.ends_with(&warning.kind.message(Lang::Id)));
    /// assert!(message.contains("(baris 2,"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        format!(
            "{}: {}",
            self.location.describe(lang),
            self.kind.message(lang)
        )
    }
}

/// The English [`ExchangeError::message`]: what `to_string()` gives is what a binding shows.
impl std::fmt::Display for ExchangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl ExchangeError {
    /// The error in `lang`: where, then what is wrong (the English text is also its
    /// `Display`).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Codebook;
    /// use berdaya::Lang;
    /// // A project where a codebook was expected.
    /// let err = Codebook::from_qdc("<Project/>").unwrap_err();
    /// // The file's own text is quoted, in both languages.
    /// assert!(err.message(Lang::En).contains("\u{201c}Project\u{201d}"));
    /// assert!(err.message(Lang::Id).contains("\u{201c}Project\u{201d}"));
    /// assert_ne!(err.message(Lang::Id), err.message(Lang::En));
    /// // Both begin with where.
    /// assert!(err.message(Lang::Id).starts_with(&err.location().describe(Lang::Id)));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        use ExchangeError as E;
        let n = |x: usize| count(x, lang);
        let what = match (self, lang) {
            (E::Xml { message, .. }, Lang::Id) => format!("bukan XML yang tertata baik: {message}"),
            (E::Xml { message, .. }, Lang::En) => format!("not well-formed XML: {message}"),
            (
                E::Root {
                    expected, found, ..
                },
                Lang::Id,
            ) => format!(
                "diharapkan elemen akar {expected}; ditemukan {}",
                quote(found)
            ),
            (
                E::Root {
                    expected, found, ..
                },
                Lang::En,
            ) => format!(
                "expected the root element {expected}; found {}",
                quote(found)
            ),
            (
                E::Namespace {
                    expected, found, ..
                },
                Lang::Id,
            ) => format!(
                "diharapkan ruang nama {expected}; ditemukan {}",
                quote(found)
            ),
            (
                E::Namespace {
                    expected, found, ..
                },
                Lang::En,
            ) => format!("expected the namespace {expected}; found {}", quote(found)),
            (E::MissingElement { element, .. }, Lang::Id) => {
                format!("elemen wajib {element} tidak ada")
            }
            (E::MissingElement { element, .. }, Lang::En) => {
                format!("missing the required element {element}")
            }
            (E::MissingAttribute { attribute, .. }, Lang::Id) => {
                format!("atribut wajib {attribute} tidak ada")
            }
            (E::MissingAttribute { attribute, .. }, Lang::En) => {
                format!("missing the required attribute {attribute}")
            }
            (
                E::InvalidAttribute {
                    attribute,
                    expected: x,
                    found,
                    ..
                },
                Lang::Id,
            ) => format!(
                "atribut {attribute}: diharapkan {}; ditemukan {}",
                expected(x, lang),
                quote(found)
            ),
            (
                E::InvalidAttribute {
                    attribute,
                    expected: x,
                    found,
                    ..
                },
                Lang::En,
            ) => format!(
                "attribute {attribute}: expected {}; found {}",
                expected(x, lang),
                quote(found)
            ),
            (E::DuplicateGuid { guid, .. }, Lang::Id) => format!("GUID {guid} dipakai dua kali"),
            (E::DuplicateGuid { guid, .. }, Lang::En) => format!("the GUID {guid} is used twice"),
            (E::Zip { message, .. }, Lang::Id) => {
                format!("arsip .qdpx tidak dapat dibaca: {message}")
            }
            (E::Zip { message, .. }, Lang::En) => {
                format!("the .qdpx archive cannot be read: {message}")
            }
            (
                E::ZipLimit {
                    what, limit, found, ..
                },
                lang,
            ) => zip_limit(what, *limit, *found, lang),
            (E::ProjectFile { found, .. }, Lang::Id) => format!(
                "diharapkan satu berkas proyek *.qde dalam arsip; ditemukan {}",
                n(*found)
            ),
            (E::ProjectFile { found, .. }, Lang::En) => format!(
                "expected one *.qde project file in the archive; found {}",
                n(*found)
            ),
            (E::SourceText { path, problem, .. }, Lang::Id) => format!(
                "teks sumber {} {}",
                quote(path),
                source_problem(problem, lang)
            ),
            (E::SourceText { path, problem, .. }, Lang::En) => format!(
                "the source text {} {}",
                quote(path),
                source_problem(problem, lang)
            ),
            (
                E::SelectionRange {
                    start, end, length, ..
                },
                Lang::Id,
            ) => format!(
                "seleksi {start}..{end} berada di luar {} karakter sumbernya",
                n(*length)
            ),
            (
                E::SelectionRange {
                    start, end, length, ..
                },
                Lang::En,
            ) => format!(
                "the selection {start}..{end} is outside the source's {} characters",
                n(*length)
            ),
            (
                E::UnknownReference {
                    attribute,
                    target: t,
                    guid,
                    ..
                },
                Lang::Id,
            ) => format!(
                "{attribute} menunjuk {guid}, yang bukan {} proyek ini",
                target(t, lang)
            ),
            (
                E::UnknownReference {
                    attribute,
                    target: t,
                    guid,
                    ..
                },
                Lang::En,
            ) => format!(
                "{attribute} names {guid}, which is no {} of the project",
                target(t, lang)
            ),
            // The message is the writer's or the JSON reader's own (in English).
            (E::Invalid { message, .. }, Lang::Id) => {
                format!("tidak dapat ditulis atau dibaca: {message}")
            }
            (E::Invalid { message, .. }, Lang::En) => {
                format!("cannot be written or read: {message}")
            }
            (E::TooDeep { max, .. }, Lang::Id) => {
                format!("elemen bersarang lebih dari {} tingkat", n(*max))
            }
            (E::TooDeep { max, .. }, Lang::En) => {
                format!("elements nest deeper than {} levels", n(*max))
            }
        };
        format!("{}: {what}", self.location().describe(lang))
    }
}

fn zip_limit(what: &str, limit: u64, found: u64, lang: Lang) -> String {
    let num = |x: u64| count(usize::try_from(x).unwrap_or(usize::MAX), lang);
    let unit = match (what, lang) {
        ("entries", Lang::Id) => "entri",
        ("entries", Lang::En) => "entries",
        ("entry_bytes", Lang::Id) => "bita dalam satu entri",
        ("entry_bytes", Lang::En) => "bytes in one entry",
        (_, Lang::Id) => "bita seluruhnya",
        (_, Lang::En) => "bytes in all",
    };
    match lang {
        Lang::Id => format!("arsip .qdpx melewati batas {} {unit} ({} atau lebih); mungkin bom zip atau bukan proyek", num(limit), num(found)),
        Lang::En => format!("the .qdpx archive is over its limit of {} {unit} ({} or more); a zip bomb, or not a project", num(limit), num(found)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_reads_in_each_language_with_grouped_numbers() {
        let l = Location {
            line: 1234,
            column: 5,
            path: "/Project/Sources[1]".into(),
        };
        assert_eq!(
            l.describe(Lang::Id),
            "/Project/Sources[1] (baris 1.234, kolom 5)"
        );
        assert_eq!(
            l.describe(Lang::En),
            "/Project/Sources[1] (line 1,234, column 5)"
        );
        let entry = Location {
            line: 0,
            column: 0,
            path: "sources/a.txt".into(),
        };
        assert_eq!(entry.describe(Lang::En), "sources/a.txt");
    }

    #[test]
    fn file_text_in_a_message_is_short_and_shows_no_control_characters() {
        let w = WarningKind::ColorInvalid {
            found: format!("red\u{7}{}", "x".repeat(100)),
        };
        let m = w.message(Lang::En);
        assert!(m.contains("“red\u{fffd}xxx"));
        assert!(m.contains("…”"));
        assert!(!m.contains('\u{7}'));
    }

    /// One error of every variant (the match below fails to compile when one is added).
    fn every_error() -> Vec<ExchangeError> {
        use ExchangeError as E;
        let at = |line, path: &str| Location {
            line,
            column: if line == 0 { 0 } else { 3 },
            path: path.into(),
        };
        let all = vec![
            E::Xml {
                message: "unexpected end".into(),
                location: at(1, "/"),
            },
            E::Root {
                expected: "CodeBook",
                found: "Project".into(),
                location: at(1, "/Project"),
            },
            E::Namespace {
                expected: "urn:QDA-XML:codebook:1.0",
                found: String::new(),
                location: at(1, "/CodeBook"),
            },
            E::MissingElement {
                element: "Codes",
                location: at(1, "/CodeBook"),
            },
            E::MissingAttribute {
                attribute: "guid",
                location: at(2, "/CodeBook/Codes[1]/Code[1]"),
            },
            E::InvalidAttribute {
                attribute: "guid",
                expected: "guid",
                found: "x".into(),
                location: at(2, "/CodeBook/Codes[1]/Code[1]"),
            },
            E::DuplicateGuid {
                guid: "0d62985d-b147-5d01-a9b5-cae5dcd98342".into(),
                location: at(3, "/CodeBook/Codes[1]/Code[2]"),
            },
            E::Zip {
                message: "invalid Zip archive".into(),
                location: at(0, "project.qdpx"),
            },
            E::ZipLimit {
                what: "entries",
                limit: 10_000,
                found: 40_255,
                location: at(0, "sources/a.txt"),
            },
            E::ProjectFile {
                found: 2,
                location: at(0, ""),
            },
            E::SourceText {
                path: "internal://a.txt".into(),
                problem: "missing",
                location: at(4, "/Project/Sources[1]/TextSource[1]"),
            },
            E::SelectionRange {
                start: 5,
                end: 1_234_567,
                length: 1_000,
                location: at(
                    40_255,
                    "/Project/Sources[1]/TextSource[1]/PlainTextSelection[1]",
                ),
            },
            E::UnknownReference {
                attribute: "targetGUID",
                target: "code",
                guid: "cccccccc-0000-4000-8000-000000000009".into(),
                location: at(
                    9,
                    "/Project/Sources[1]/TextSource[1]/PlainTextSelection[1]/Coding[1]/CodeRef[1]",
                ),
            },
            E::Invalid {
                message: "a code has no name".into(),
                location: at(0, "codes[0].name"),
            },
            E::TooDeep {
                max: 256,
                location: at(300, "/CodeBook"),
            },
        ];
        for e in &all {
            match e {
                E::Xml { .. }
                | E::Root { .. }
                | E::Namespace { .. }
                | E::MissingElement { .. }
                | E::MissingAttribute { .. }
                | E::InvalidAttribute { .. }
                | E::DuplicateGuid { .. }
                | E::Zip { .. }
                | E::ZipLimit { .. }
                | E::ProjectFile { .. }
                | E::SourceText { .. }
                | E::SelectionRange { .. }
                | E::UnknownReference { .. }
                | E::Invalid { .. }
                | E::TooDeep { .. } => {}
            }
        }
        all
    }

    #[test]
    fn every_errors_display_is_its_english_message() {
        let all = every_error();
        let mut kinds: Vec<_> = all.iter().map(ExchangeError::kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        assert_eq!(kinds.len(), 15, "one error of each variant");
        for e in &all {
            assert_eq!(e.to_string(), e.message(Lang::En), "{}", e.kind());
            assert!(e.to_string().starts_with(&e.location().describe(Lang::En)));
            assert_ne!(e.message(Lang::Id), e.message(Lang::En), "{}", e.kind());
        }
    }

    #[test]
    fn the_root_error_reads_the_same_as_text_and_as_message() {
        // The case the old `Display` got wrong: it showed the root unquoted.
        let e = &every_error()[1];
        assert_eq!(
            e.to_string(),
            "/Project (line 1, column 3): expected the root element CodeBook; found “Project”"
        );
        // Numbers in a location are grouped as in every message.
        let deep = every_error().pop().unwrap();
        assert_eq!(
            deep.to_string(),
            "/CodeBook (line 300, column 3): elements nest deeper than 256 levels"
        );
        let range = &every_error()[11];
        assert!(
            range.to_string().contains("(line 40,255, column 3)"),
            "{range}"
        );
    }
}
