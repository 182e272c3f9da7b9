//! Import problems: errors that stop a read and warnings that do not, each with where in the
//! XML it is.

use serde::Serialize;

use crate::model::lang::{Lang, Text};

/// Where in an XML document: line and column (1-based, columns in characters) of an
/// element's start tag, and its path (`/CodeBook/Codes[1]/Code[2]`: each element below the
/// root with its position, from 1, among siblings of the same name).
///
/// # Examples
///
/// ```
/// use berdaya::exchange::Codebook;
/// let qdc = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Dana" isCodable="true"/>
///   <Code guid="725f0645-9cd3-598a-8d2b-ec3d39ab3c3f" isCodable="true"/>
/// </Codes></CodeBook>"#;
/// // The second code has no name: the error points at its start tag.
/// let at = Codebook::from_qdc(qdc).unwrap_err().location().clone();
/// assert_eq!((at.line, at.column, at.path.as_str()), (3, 3, "/CodeBook/Codes[1]/Code[2]"));
/// assert!(at.to_string().starts_with("/CodeBook/Codes[1]/Code[2]"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Location {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1.
    pub column: usize,
    /// The element path.
    pub path: String,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} (line {}, column {})",
            self.path, self.line, self.column
        )
    }
}

/// A problem that stops an import.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::{Codebook, ExchangeError};
/// // Cut off mid-tag: not XML at all, so nothing is read.
/// let err = Codebook::from_qdc("<CodeBook xmlns=").unwrap_err();
/// assert!(matches!(err, ExchangeError::Xml { .. }));
/// // Another REFI-QDA file where a codebook was expected.
/// let err = Codebook::from_qdc(r#"<Project xmlns="urn:QDA-XML:project:1.0"/>"#).unwrap_err();
/// assert_eq!(err.kind(), "root");
/// ```
// Its `Display` is its English `message` (in `message.rs`): one text per error, not two.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExchangeError {
    /// The text is not well-formed XML.
    Xml {
        /// What the parser found.
        message: String,
        /// Where.
        location: Location,
    },
    /// The root element is not the one expected.
    Root {
        /// The expected root.
        expected: &'static str,
        /// The root found.
        found: String,
        /// Where.
        location: Location,
    },
    /// The root's namespace is not a REFI-QDA one.
    Namespace {
        /// The namespace expected.
        expected: &'static str,
        /// The namespace found (empty when none).
        found: String,
        /// Where.
        location: Location,
    },
    /// A required element is missing.
    MissingElement {
        /// The element.
        element: &'static str,
        /// Where (the parent).
        location: Location,
    },
    /// A required attribute is missing.
    MissingAttribute {
        /// The attribute.
        attribute: &'static str,
        /// Where.
        location: Location,
    },
    /// An attribute's value cannot be read.
    InvalidAttribute {
        /// The attribute.
        attribute: &'static str,
        /// What it takes.
        expected: &'static str,
        /// What it holds.
        found: String,
        /// Where.
        location: Location,
    },
    /// Two elements share a GUID.
    DuplicateGuid {
        /// The GUID.
        guid: String,
        /// Where (the second use).
        location: Location,
    },
    /// The archive cannot be read (not a zip, a damaged entry, an encrypted entry …).
    Zip {
        /// What the zip reader said.
        message: String,
        /// Where (`path` is the entry's name; line and column are 0).
        location: Location,
    },
    /// The archive is over a [`Limits`](super::Limits) number (a zip bomb, or not a project).
    ZipLimit {
        /// `entries`, `entry_bytes` or `total_bytes`.
        what: &'static str,
        /// The limit.
        limit: u64,
        /// What was found (for bytes: at least this many).
        found: u64,
        /// Where (the entry).
        location: Location,
    },
    /// The archive holds no `*.qde` project file, or more than one.
    ProjectFile {
        /// How many were found.
        found: usize,
        /// Where.
        location: Location,
    },
    /// A source's text is not in the archive (or not inline), or is not UTF-8.
    SourceText {
        /// The path named (`internal://…`, `relative://…`).
        path: String,
        /// What is wrong with it.
        problem: &'static str,
        /// Where (the source element).
        location: Location,
    },
    /// A selection's positions are not inside its source's text.
    SelectionRange {
        /// The start position found.
        start: i64,
        /// The end position found.
        end: i64,
        /// The source's length in characters (Unicode scalar values).
        length: usize,
        /// Where.
        location: Location,
    },
    /// A reference names no element of the project.
    UnknownReference {
        /// The attribute.
        attribute: &'static str,
        /// What it should name.
        target: &'static str,
        /// The GUID.
        guid: String,
        /// Where.
        location: Location,
    },
    /// A project built in berdaya that cannot be written (the location's path names the
    /// field, e.g. `sources[0].selections[2]`).
    Invalid {
        /// What is wrong.
        message: String,
        /// Where.
        location: Location,
    },
    /// Elements nest deeper than berdaya reads.
    TooDeep {
        /// The limit.
        max: usize,
        /// Where.
        location: Location,
    },
}

impl ExchangeError {
    /// A stable machine-readable code.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Codebook;
    /// let no_codes = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>"#;
    /// let err = Codebook::from_qdc(no_codes).unwrap_err();
    /// // The code a service can match on; the message is for people.
    /// assert_eq!(err.kind(), "missing_element");
    /// assert!(err.to_string().contains("Codes"));
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            ExchangeError::Xml { .. } => "xml",
            ExchangeError::Root { .. } => "root",
            ExchangeError::Namespace { .. } => "namespace",
            ExchangeError::MissingElement { .. } => "missing_element",
            ExchangeError::MissingAttribute { .. } => "missing_attribute",
            ExchangeError::InvalidAttribute { .. } => "invalid_attribute",
            ExchangeError::DuplicateGuid { .. } => "duplicate_guid",
            ExchangeError::TooDeep { .. } => "too_deep",
            ExchangeError::Zip { .. } => "zip",
            ExchangeError::ZipLimit { .. } => "zip_limit",
            ExchangeError::ProjectFile { .. } => "project_file",
            ExchangeError::SourceText { .. } => "source_text",
            ExchangeError::SelectionRange { .. } => "selection_range",
            ExchangeError::UnknownReference { .. } => "unknown_reference",
            ExchangeError::Invalid { .. } => "invalid",
        }
    }

    /// Where the problem is.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Codebook;
    /// let qdc = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
    ///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Dana" isCodable="true"/>
    ///   <Code guid="725f0645-9cd3-598a-8d2b-ec3d39ab3c3f" isCodable="true"/>
    /// </Codes></CodeBook>"#;
    /// let err = Codebook::from_qdc(qdc).unwrap_err();
    /// assert_eq!(err.kind(), "missing_attribute");
    /// assert_eq!(err.location().path, "/CodeBook/Codes[1]/Code[2]");
    /// ```
    pub fn location(&self) -> &Location {
        match self {
            ExchangeError::Xml { location, .. }
            | ExchangeError::Root { location, .. }
            | ExchangeError::Namespace { location, .. }
            | ExchangeError::MissingElement { location, .. }
            | ExchangeError::MissingAttribute { location, .. }
            | ExchangeError::InvalidAttribute { location, .. }
            | ExchangeError::DuplicateGuid { location, .. }
            | ExchangeError::TooDeep { location, .. }
            | ExchangeError::Zip { location, .. }
            | ExchangeError::ZipLimit { location, .. }
            | ExchangeError::ProjectFile { location, .. }
            | ExchangeError::SourceText { location, .. }
            | ExchangeError::SelectionRange { location, .. }
            | ExchangeError::UnknownReference { location, .. }
            | ExchangeError::Invalid { location, .. } => location,
        }
    }
}

/// Something an import accepted but changed, tolerated or did not keep.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::{Codebook, WarningKind};
/// let qdc = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Dana" isCodable="true"/>
/// </Codes><Sets/></CodeBook>"#;
/// // The schema forbids an empty <Sets/>; it is read as no sets, and said.
/// let read = Codebook::from_qdc(qdc)?;
/// assert!(read.value.sets.is_empty());
/// assert_eq!(read.warnings[0].kind, WarningKind::EmptySets);
/// # Ok::<(), berdaya::exchange::ExchangeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum WarningKind {
    /// A REFI-QDA namespace of another version (e.g. `urn:QDA-XML:codebook:0:4`), read as 1.0.
    NamespaceVersion {
        /// The namespace found.
        found: String,
    },
    /// An empty `<Sets/>`, which the schema forbids; read as no sets.
    EmptySets,
    /// Taguette's dotted names (`interesting.places`) rebuilt as nested codes.
    DottedHierarchy {
        /// Codes renamed and nested.
        codes: usize,
    },
    /// A colour with an alpha channel (`#RRGGBBAA`); the alpha was dropped.
    ColorAlphaDropped {
        /// The colour found.
        found: String,
    },
    /// A colour that is not `#RGB` or `#RRGGBB`; the code has no colour.
    ColorInvalid {
        /// The colour found.
        found: String,
    },
    /// A code without `isCodable`; read as codable.
    CodableMissing,
    /// A set member naming no code of the codebook; left out of the set.
    UnknownMember {
        /// The GUID named.
        guid: String,
    },
    /// An element berdaya does not model; not kept.
    NotModelled {
        /// The element's name.
        element: String,
    },
    /// An attribute berdaya does not model (e.g. `richTextPath`: the .docx beside the plain
    /// text); not kept.
    AttributeNotModelled {
        /// The attribute's name.
        attribute: String,
    },
    /// A source text began with a byte-order mark (QualCoder writes one); removed.
    ByteOrderMark,
    /// A source text had CRLF line ends; read as LF, its selections' positions recounted
    /// when the tool counted CRLF as two characters (NVivo, MAXQDA) or kept when it counted
    /// one (ATLAS.ti).
    LineEnds {
        /// `crlf_as_two` or `crlf_as_one`: how the positions were read.
        counted: &'static str,
        /// Why: `origin` (the tool named in `Project@origin`) or `selection_text` (the
        /// selections' names matched the text only this way).
        because: &'static str,
    },
    /// A selection's name is not the text at its positions (tools may name selections
    /// freely; the positions were kept).
    SelectionTextDiffers {
        /// The name.
        name: String,
        /// The text at the positions.
        text: String,
    },
    /// `creationDateTime` missing on an element that berdaya always writes it on.
    DateMissing,
    /// A date that is not an `xsd:dateTime`; not kept.
    DateInvalid {
        /// The text found.
        found: String,
    },
    /// A selection belonging to several cases: its informant is left unrecorded.
    InformantAmbiguous {
        /// How many cases claim it.
        cases: usize,
    },
    /// A code applied in the project that the mapping does not link to any element.
    CodeNotMapped {
        /// The code's path.
        code: String,
        /// How many codings.
        codings: usize,
    },
    /// Codings of a mapped code applied to a whole source: they carry no quote, so they are
    /// not among the quote rows.
    WholeSourceCoding {
        /// The code's path.
        code: String,
        /// How many codings.
        codings: usize,
    },
    /// A reference naming no element of the project; not kept.
    DanglingReference {
        /// The element holding it.
        element: String,
        /// The GUID named.
        guid: String,
    },
}

/// A warning with its location.
///
/// Serialised as `{"kind": <code>, <the kind's fields>, "location": {...}, "message": {"id":
/// …, "en": …}}`: `kind` is the stable code ([`WarningKind::code`]) and `message` the warning
/// in both languages ([`Warning::message`]).
///
/// # Examples
///
/// ```
/// use berdaya::exchange::Codebook;
/// let qdc = r##"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Dana" isCodable="true"/>
///   <Code guid="725f0645-9cd3-598a-8d2b-ec3d39ab3c3f" name="Alat" isCodable="true"
///         color="#FF000080"/>
/// </Codes></CodeBook>"##;
/// let read = Codebook::from_qdc(qdc)?;
/// // One warning, on the code whose colour lost its alpha.
/// assert_eq!(read.warnings.len(), 1);
/// assert_eq!(read.warnings[0].location.path, "/CodeBook/Codes[1]/Code[2]");
/// # Ok::<(), berdaya::exchange::ExchangeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Warning {
    /// What.
    pub kind: WarningKind,
    /// Where.
    pub location: Location,
}

impl Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            #[serde(flatten)]
            kind: &'a WarningKind,
            location: &'a Location,
            message: Text,
        }
        Out {
            kind: &self.kind,
            location: &self.location,
            message: Text::new(self.message(Lang::Id), self.message(Lang::En)),
        }
        .serialize(s)
    }
}

/// What an import read, with its warnings.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::Codebook;
/// let qdc = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Dana" isCodable="true"/>
/// </Codes></CodeBook>"#;
/// let read = Codebook::from_qdc(qdc)?;
/// // A clean file: the value, and nothing tolerated.
/// assert_eq!(read.value.codes[0].name, "Dana");
/// assert!(read.warnings.is_empty());
/// # Ok::<(), berdaya::exchange::ExchangeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Imported<T> {
    /// What was read.
    pub value: T,
    /// What was tolerated, changed or not kept.
    pub warnings: Vec<Warning>,
}

// `{ "code", "message" }` as JSON (model::error_json).
crate::model::error_json::serialize_error!(ExchangeError, ExchangeError::kind);
