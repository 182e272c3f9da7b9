//! REFI-QDA projects (`.qdpx`): a zip holding `project.qde` (namespace
//! `urn:QDA-XML:project:1.0`) and the plain-text sources under `sources/`.
//!
//! What berdaya keeps: users (the coders), the codebook, variables, cases (informants) with
//! their variable values (the informant's role, site …), text sources with their selections
//! and codings (whole-source codings too), notes (memos), sets and note references.
//!
//! Positions are zero-based and end-exclusive, counted in Unicode scalar values over the
//! source text with LF line ends. [`Project::from_qdpx`] reads what real tools write — any
//! `*.qde` name, `Sources` or `sources`, a byte-order mark, CRLF sources counted either way
//! (NVivo and MAXQDA count CRLF as two characters, ATLAS.ti as one: decided by `origin`, then
//! checked against the selections' names), braced or upper-case GUIDs, other namespace
//! versions, missing dates, alpha colours — with a [`Warning`] for each; every element it does
//! not model (PDF, picture, audio and video sources, links, graphs) is reported. [`Project::to_qdpx`]
//! writes the elements in the schema's order, `sources/` lowercase, UTF-8 without BOM and LF,
//! and always writes `creatingUser` and `creationDateTime` on the project, sources,
//! selections, codings and notes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

#[cfg(feature = "qdpx")]
use super::archive::{self, Archive, Limits};
use super::codebook::{description, guid_of, not_modelled, read_codebook, write_code, Code};
use super::error::{ExchangeError, Imported, Location, Warning, WarningKind};
use super::guid::Guid;
use super::xml::{escape_attr as esc, escape_text as esc_text, parse, xml_char, Element};
use crate::model::lang::Lang;
use crate::model::number::count;

/// The project namespace berdaya writes.
pub const PROJECT_NAMESPACE: &str = "urn:QDA-XML:project:1.0";
const NAMESPACE_PREFIX: &str = "urn:QDA-XML:project:";

/// Reads a file of the archive's `sources/` by name (`None`: not there).
type Files<'a> = &'a dyn Fn(&str) -> Option<Result<Vec<u8>, ExchangeError>>;
/// Archive entries: name and bytes.
type Entries = Vec<(String, Vec<u8>)>;

/// Who made or changed an element, and when (`xsd:dateTime` text, kept as written).
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// let stamp = &project.sources[0].selections[0].stamp;
/// assert_eq!(stamp.creating_user, Some(project.users[0].guid));
/// assert_eq!(stamp.created.as_deref(), Some("2025-03-02T09:00:00Z")); // kept as written
/// assert_eq!(stamp.modified, None);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Stamp {
    /// The user who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creating_user: Option<Guid>,
    /// When it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// The user who last changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifying_user: Option<Guid>,
    /// When it was last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
}

/// A user: in berdaya, a coder.
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// let coder = &project.users[0];
/// assert_eq!((coder.name.as_deref(), coder.id.as_deref()), (Some("Peneliti A"), Some("PA")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct User {
    /// Its GUID.
    pub guid: Guid,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A short id (initials).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The kind of a variable.
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// use berdaya::exchange::project::VariableKind;
/// assert_eq!(project.variables[0].kind, VariableKind::Text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum VariableKind {
    /// Text.
    Text,
    /// True or false.
    Boolean,
    /// A whole number.
    Integer,
    /// A decimal number.
    Float,
    /// A date.
    Date,
    /// A date and time.
    DateTime,
}

impl VariableKind {
    fn parse(text: &str) -> Option<VariableKind> {
        Some(match text {
            "Text" => VariableKind::Text,
            "Boolean" => VariableKind::Boolean,
            "Integer" => VariableKind::Integer,
            "Float" => VariableKind::Float,
            "Date" => VariableKind::Date,
            "DateTime" => VariableKind::DateTime,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            VariableKind::Text => "Text",
            VariableKind::Boolean => "Boolean",
            VariableKind::Integer => "Integer",
            VariableKind::Float => "Float",
            VariableKind::Date => "Date",
            VariableKind::DateTime => "DateTime",
        }
    }
}

/// A variable (an attribute of cases or sources, e.g. the informant's role).
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// let role = &project.variables[0];
/// assert_eq!(role.name, "Peran");
/// assert_eq!(role.description, None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Variable {
    /// Its GUID.
    pub guid: Guid,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: VariableKind,
    /// What it records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A variable's value, as text in the form its kind takes (`true`, `12`, `3.5`,
/// `2025-03-01`).
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// let value = &project.cases[0].values[0];
/// assert_eq!(value.variable, project.variables[0].guid);
/// assert_eq!(value.value, "Kader PKK");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct VariableValue {
    /// The variable.
    pub variable: Guid,
    /// The value.
    pub value: String,
}

/// A case: in berdaya, an informant (its name is the informant code, e.g. `I-01`).
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// let informant = &project.cases[0];
/// assert_eq!(informant.name.as_deref(), Some("I-01"));
/// assert_eq!(informant.sources, [project.sources[0].guid]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Case {
    /// Its GUID.
    pub guid: Guid,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Codes applied to the case as a whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Guid>,
    /// Its variables' values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<VariableValue>,
    /// The sources that belong to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Guid>,
    /// The selections that belong to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub selections: Vec<Guid>,
}

/// A code applied by a coder.
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// let coding = &project.sources[0].selections[0].codings[0];
/// // The code `dana terbatas`, under the category `5M`.
/// assert_eq!(coding.code, project.codes[0].children[0].guid);
/// assert_eq!(coding.stamp.creating_user, Some(project.users[0].guid));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Coding {
    /// Its GUID.
    pub guid: Guid,
    /// The code.
    pub code: Guid,
    /// Who coded, and when.
    #[serde(default)]
    pub stamp: Stamp,
    /// Notes on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Guid>,
}

/// A stretch of a source's text, `start..end` in Unicode scalar values (end-exclusive).
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// let source = &project.sources[0];
/// let selection = &source.selections[0];
/// let quote: String = source
///     .text
///     .chars()
///     .skip(selection.start)
///     .take(selection.end - selection.start)
///     .collect();
/// assert_eq!(quote, "Dana terbatas");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Selection {
    /// Its GUID.
    pub guid: Guid,
    /// Its name (tools often write the selected text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The first character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// A memo on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who selected it, and when.
    #[serde(default)]
    pub stamp: Stamp,
    /// Its codings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codings: Vec<Coding>,
    /// Notes on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Guid>,
}

/// A plain-text source (a transcript), its text with LF line ends.
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// let transcript = &project.sources[0];
/// assert_eq!(transcript.name.as_deref(), Some("Wawancara I-01"));
/// assert_eq!(transcript.text, "Dana terbatas, kami belum punya alat.");
/// assert_eq!(transcript.selections.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TextSource {
    /// Its GUID.
    pub guid: Guid,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The text.
    pub text: String,
    /// Who added it, and when.
    #[serde(default)]
    pub stamp: Stamp,
    /// Selections of its text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub selections: Vec<Selection>,
    /// Codes applied to the whole source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codings: Vec<Coding>,
    /// Notes on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Guid>,
    /// Its variables' values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<VariableValue>,
}

/// A note (memo).
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// assert_eq!(project.notes[0].name.as_deref(), Some("Memo"));
/// assert_eq!(project.notes[0].text, "Cek peran kader.");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Note {
    /// Its GUID.
    pub guid: Guid,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its text.
    pub text: String,
    /// Who wrote it, and when.
    #[serde(default)]
    pub stamp: Stamp,
}

/// A named set of codes, sources and notes.
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// let set = &project.sets[0];
/// assert_eq!(set.name, "Hambatan");
/// assert_eq!(set.codes, [project.codes[0].children[0].guid]);
/// assert!(set.sources.is_empty() && set.notes.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ProjectSet {
    /// Its GUID.
    pub guid: Guid,
    /// Its name.
    pub name: String,
    /// What it gathers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Guid>,
    /// Its sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Guid>,
    /// Its notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Guid>,
}

/// A REFI-QDA project.
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Project;
/// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
/// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
/// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
/// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
/// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
/// # <CodeBook><Codes>
/// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
/// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
/// #   </Code>
/// # </Codes></CodeBook>
/// # <Variables>
/// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
/// # </Variables>
/// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
/// #   <VariableValue>
/// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
/// #   </VariableValue>
/// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
/// # </Case></Cases>
/// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
/// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
/// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
/// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
/// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
/// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// #     </Coding>
/// #   </PlainTextSelection>
/// # </TextSource></Sources>
/// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
/// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
/// # </Note></Notes>
/// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
/// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
/// # </Set></Sets>
/// # </Project>"#;
/// # let project = Project::from_qde(qde).unwrap().value;
/// // `project` is the one read in the example of `Project::from_qde`.
/// assert_eq!(project.name, "P2WKSS Bekasi Utara");
/// assert_eq!(project.origin.as_deref(), Some("QualCoder 3.6"));
/// assert_eq!(project.codes[0].name, "5M");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Project {
    /// Its name.
    pub name: String,
    /// The tool that wrote it (berdaya writes its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Who made it, and when.
    #[serde(default)]
    pub stamp: Stamp,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The users (coders).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<User>,
    /// The codebook's top-level codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
    /// The variables.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variables: Vec<Variable>,
    /// The cases (informants).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<Case>,
    /// The text sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<TextSource>,
    /// The notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// The sets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sets: Vec<ProjectSet>,
    /// Notes on the project as a whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub project_notes: Vec<Guid>,
}

/// The origin berdaya writes.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::project::berdaya_origin;
/// assert_eq!(berdaya_origin(), format!("berdaya {}", berdaya::VERSION));
/// ```
pub fn berdaya_origin() -> String {
    format!("berdaya {}", env!("CARGO_PKG_VERSION"))
}

impl Project {
    /// What the project holds, in words: codes, sources, selections, codings, coders and the
    /// import's warnings (the offline page shows it after an import).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Project;
    /// use berdaya::Lang;
    /// let p = Project::new("Studi");
    /// assert_eq!(p.summary(0, Lang::En), "Project “Studi”: 0 codes, 0 sources, 0 selections, 0 codings by 0 coders; 0 warnings.");
    /// ```
    pub fn summary(&self, warnings: usize, lang: Lang) -> String {
        let codes = walk_guids(&self.codes).len();
        let selections: usize = self.sources.iter().map(|s| s.selections.len()).sum();
        let codings: usize = self
            .sources
            .iter()
            .map(|s| s.codings.len() + s.selections.iter().map(|x| x.codings.len()).sum::<usize>())
            .sum();
        let n = |x: usize| count(x, lang);
        match lang {
            Lang::Id => format!(
                "Proyek “{}”: {} kode, {} sumber, {} seleksi, {} pengodean oleh {} pengode; {} peringatan.",
                self.name,
                n(codes),
                n(self.sources.len()),
                n(selections),
                n(codings),
                n(self.users.len()),
                n(warnings)
            ),
            Lang::En => format!(
                "Project “{}”: {} codes, {} sources, {} selections, {} codings by {} coders; {} warnings.",
                self.name,
                n(codes),
                n(self.sources.len()),
                n(selections),
                n(codings),
                n(self.users.len()),
                n(warnings)
            ),
        }
    }
}

/// What a codebook holds, in words: its codes and the import's warnings.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::project::codebook_summary;
/// use berdaya::exchange::Codebook;
/// use berdaya::Lang;
/// let qdc = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="5M" isCodable="false">
///     <Code guid="dfe5c38e-9449-5959-a1f7-e3d895cfa87f" name="dana terbatas" isCodable="true"/>
///   </Code>
/// </Codes></CodeBook>"#;
/// let book = Codebook::from_qdc(qdc).unwrap();
/// // Nested codes count too.
/// let en = codebook_summary(&book.value, book.warnings.len(), Lang::En);
/// assert_eq!(en, "Codebook: 2 codes; 0 warnings.");
/// assert_eq!(codebook_summary(&book.value, 1, Lang::Id), "Kodebuku: 2 kode; 1 peringatan.");
/// ```
pub fn codebook_summary(book: &super::codebook::Codebook, warnings: usize, lang: Lang) -> String {
    let codes = count(walk_guids(&book.codes).len(), lang);
    let warnings = count(warnings, lang);
    match lang {
        Lang::Id => format!("Kodebuku: {codes} kode; {warnings} peringatan."),
        Lang::En => format!("Codebook: {codes} codes; {warnings} warnings."),
    }
}

/// The offline page's labels for the REFI-QDA controls, in `lang`.
#[doc(hidden)] // the page's words, not the library's API (#19)
pub fn page_labels(lang: Lang) -> [(&'static str, &'static str); 3] {
    match lang {
        Lang::Id => [
            ("qda_import", "Impor proyek/kodebuku QDA (.qdpx, .qdc)"),
            ("qda_codebook", "Unduh kodebuku kerangka (.qdc)"),
            ("qda_warnings", "Peringatan impor"),
        ],
        Lang::En => [
            ("qda_import", "Import a QDA project/codebook (.qdpx, .qdc)"),
            ("qda_codebook", "Download the framework codebook (.qdc)"),
            ("qda_warnings", "Import warnings"),
        ],
    }
}

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------

/// The GUIDs of every element of a kind, gathered before reading so references can be
/// checked whatever the order of the elements.
#[derive(Default)]
struct Index {
    codes: BTreeSet<Guid>,
    users: BTreeSet<Guid>,
    sources: BTreeSet<Guid>,
    selections: BTreeSet<Guid>,
    notes: BTreeSet<Guid>,
    variables: BTreeMap<Guid, VariableKind>,
}

impl Index {
    fn gather(root: &Element) -> Index {
        let mut index = Index::default();
        let mut stack = vec![root];
        while let Some(e) = stack.pop() {
            let guid = e.attribute("guid").and_then(Guid::parse);
            if let Some(g) = guid {
                match e.name.as_str() {
                    "Code" => {
                        index.codes.insert(g);
                    }
                    "User" => {
                        index.users.insert(g);
                    }
                    "TextSource" => {
                        index.sources.insert(g);
                    }
                    "PlainTextSelection" => {
                        index.selections.insert(g);
                    }
                    "Note" => {
                        index.notes.insert(g);
                    }
                    "Variable" => {
                        if let Some(k) = e.attribute("typeOfVariable").and_then(VariableKind::parse)
                        {
                            index.variables.insert(g, k);
                        }
                    }
                    _ => {}
                }
            }
            stack.extend(e.children.iter());
        }
        index
    }
}

struct Reader<'a> {
    index: Index,
    seen: BTreeSet<Guid>,
    warnings: Vec<Warning>,
    atlas: bool,
    files: Files<'a>,
}

fn warn(warnings: &mut Vec<Warning>, kind: WarningKind, e: &Element) {
    warnings.push(Warning {
        kind,
        location: e.location.clone(),
    });
}

impl Project {
    /// Reads a `.qdpx` archive.
    ///
    /// # Errors
    ///
    /// An [`ExchangeError`] with its location: not a zip, over the [`Limits`], no or several
    /// `*.qde` files, XML that is not well-formed or not a REFI-QDA project, a missing
    /// required attribute or element, an unreadable GUID, date or number, a GUID used twice,
    /// a source whose text is missing or not UTF-8, a selection outside its text.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::exchange::Project;
    /// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
    /// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
    /// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
    /// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
    /// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
    /// # <CodeBook><Codes>
    /// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
    /// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
    /// #   </Code>
    /// # </Codes></CodeBook>
    /// # <Variables>
    /// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
    /// # </Variables>
    /// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
    /// #   <VariableValue>
    /// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
    /// #   </VariableValue>
    /// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
    /// # </Case></Cases>
    /// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
    /// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
    /// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
    /// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    /// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
    /// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    /// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    /// #     </Coding>
    /// #   </PlainTextSelection>
    /// # </TextSource></Sources>
    /// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
    /// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
    /// # </Note></Notes>
    /// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
    /// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    /// # </Set></Sets>
    /// # </Project>"#;
    /// # let project = Project::from_qde(qde).unwrap().value;
    /// // `project` is the one read in the example of `Project::from_qde`.
    /// // A `.qdpx` archive holds the same project with its transcripts as files.
    /// let bytes = project.to_qdpx().unwrap();
    /// let back = Project::from_qdpx(&bytes).unwrap().value;
    /// assert_eq!(back.sources[0].text, project.sources[0].text);
    /// assert_eq!(back.sources[0].selections, project.sources[0].selections);
    /// ```
    #[cfg(feature = "qdpx")]
    pub fn from_qdpx(bytes: &[u8]) -> Result<Imported<Project>, ExchangeError> {
        Project::from_qdpx_with(bytes, Limits::default())
    }

    /// [`Project::from_qdpx`] with other limits.
    ///
    /// # Errors
    ///
    /// As [`Project::from_qdpx`].
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::exchange::Project;
    /// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
    /// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
    /// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
    /// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
    /// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
    /// # <CodeBook><Codes>
    /// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
    /// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
    /// #   </Code>
    /// # </Codes></CodeBook>
    /// # <Variables>
    /// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
    /// # </Variables>
    /// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
    /// #   <VariableValue>
    /// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
    /// #   </VariableValue>
    /// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
    /// # </Case></Cases>
    /// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
    /// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
    /// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
    /// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    /// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
    /// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    /// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    /// #     </Coding>
    /// #   </PlainTextSelection>
    /// # </TextSource></Sources>
    /// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
    /// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
    /// # </Note></Notes>
    /// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
    /// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    /// # </Set></Sets>
    /// # </Project>"#;
    /// # let project = Project::from_qde(qde).unwrap().value;
    /// // `project` is the one read in the example of `Project::from_qde`.
    /// use berdaya::exchange::Limits;
    /// let bytes = project.to_qdpx().unwrap(); // project.qde and one transcript
    /// let err = Project::from_qdpx_with(&bytes, Limits::new(1, 1 << 20, 1 << 20)).unwrap_err();
    /// assert_eq!(err.kind(), "zip_limit");
    /// assert!(Project::from_qdpx_with(&bytes, Limits::new(2, 1 << 20, 1 << 20)).is_ok());
    /// ```
    #[cfg(feature = "qdpx")]
    pub fn from_qdpx_with(
        bytes: &[u8],
        limits: Limits,
    ) -> Result<Imported<Project>, ExchangeError> {
        let mut zip = Archive::open(bytes, limits)?;
        let qde: Vec<String> = zip
            .names()
            .iter()
            .filter(|n| n.to_ascii_lowercase().ends_with(".qde") && !n.contains('/'))
            .cloned()
            .collect();
        let [qde] = qde.as_slice() else {
            return Err(ExchangeError::ProjectFile {
                found: qde.len(),
                location: Location::default(),
            });
        };
        let xml = zip.read(qde)?;
        let xml = decode(&xml, qde, &Location::default())?;
        let sources: BTreeMap<String, String> = zip
            .names()
            .iter()
            .filter_map(|n| {
                let (dir, file) = n.split_once('/')?;
                dir.eq_ignore_ascii_case("sources")
                    .then(|| (file.to_owned(), n.clone()))
            })
            .collect();
        let zip = std::cell::RefCell::new(zip);
        let files = |file: &str| {
            let entry = sources.get(file)?;
            Some(zip.borrow_mut().read(entry))
        };
        Project::read(&xml.0, &files)
    }

    /// Reads a `project.qde` document alone: its sources must hold their text inline
    /// (`PlainTextContent`).
    ///
    /// # Errors
    ///
    /// As [`Project::from_qdpx`].
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Project;
    /// // A small project as a QDA tool writes it: one coder, a category `5M` with the code
    /// // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
    /// let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
    ///     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
    /// <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
    /// <CodeBook><Codes>
    ///   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
    ///     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
    ///   </Code>
    /// </Codes></CodeBook>
    /// <Variables>
    ///   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
    /// </Variables>
    /// <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
    ///   <VariableValue>
    ///     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
    ///   </VariableValue>
    ///   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
    /// </Case></Cases>
    /// <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
    ///   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
    ///   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
    ///       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    ///     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
    ///         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    ///       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    ///     </Coding>
    ///   </PlainTextSelection>
    /// </TextSource></Sources>
    /// <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
    ///   <PlainTextContent>Cek peran kader.</PlainTextContent>
    /// </Note></Notes>
    /// <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
    ///   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    /// </Set></Sets>
    /// </Project>"#;
    /// let project = Project::from_qde(qde).unwrap().value;
    /// assert_eq!(project.users.len(), 1);
    /// assert_eq!(project.sources[0].selections[0].codings.len(), 1);
    /// // Not a project: a typed error, not a panic.
    /// assert_eq!(Project::from_qde("<CodeBook/>").unwrap_err().kind(), "root");
    /// ```
    pub fn from_qde(text: &str) -> Result<Imported<Project>, ExchangeError> {
        Project::read(text, &|_| None)
    }

    fn read(text: &str, files: Files<'_>) -> Result<Imported<Project>, ExchangeError> {
        let root = parse(text)?;
        if root.name != "Project" {
            return Err(ExchangeError::Root {
                expected: "Project",
                found: root.name,
                location: root.location,
            });
        }
        let mut warnings = Vec::new();
        let found = root.namespace.clone().unwrap_or_default();
        if found != PROJECT_NAMESPACE {
            if !found.starts_with(NAMESPACE_PREFIX) {
                return Err(ExchangeError::Namespace {
                    expected: PROJECT_NAMESPACE,
                    found,
                    location: root.location,
                });
            }
            warn(
                &mut warnings,
                WarningKind::NamespaceVersion { found },
                &root,
            );
        }
        let origin = root.attribute("origin").map(str::to_owned);
        let mut r = Reader {
            index: Index::gather(&root),
            seen: BTreeSet::new(),
            warnings,
            atlas: origin
                .as_deref()
                .is_some_and(|o| o.to_ascii_lowercase().contains("atlas")),
            files,
        };
        let mut project = Project {
            name: root.required("name")?.to_owned(),
            origin,
            stamp: r.stamp(&root, "creatingUserGUID", "modifyingUserGUID", true)?,
            ..Project::default()
        };
        for a in &root.attributes {
            if a.0 == "basePath" {
                let kind = WarningKind::AttributeNotModelled {
                    attribute: a.0.clone(),
                };
                warn(&mut r.warnings, kind, &root);
            }
        }
        for child in &root.children {
            match child.name.as_str() {
                "Users" => {
                    for u in r.members(child, "User") {
                        let guid = r.guid(u)?;
                        project.users.push(User {
                            guid,
                            name: u.attribute("name").map(str::to_owned),
                            id: u.attribute("id").map(str::to_owned),
                        });
                    }
                }
                "CodeBook" => {
                    let book = read_codebook(child, &mut r.warnings, Some(&r.index.notes))?;
                    r.seen.extend(walk_guids(&book.codes));
                    project.codes = book.codes;
                    // Sets of the codebook join the project's (sets of codes either way).
                    project
                        .sets
                        .extend(book.sets.into_iter().map(|s| ProjectSet {
                            guid: s.guid,
                            name: s.name,
                            description: s.description,
                            codes: s.members,
                            sources: Vec::new(),
                            notes: Vec::new(),
                        }));
                }
                "Variables" => {
                    for v in r.members(child, "Variable") {
                        project.variables.push(r.variable(v)?);
                    }
                }
                "Cases" => {
                    for c in r.members(child, "Case") {
                        project.cases.push(r.case(c)?);
                    }
                }
                "Sources" | "sources" => {
                    for s in &child.children {
                        match s.name.as_str() {
                            "TextSource" => project.sources.push(r.source(s)?),
                            _ => not_modelled(s, &mut r.warnings),
                        }
                    }
                }
                "Notes" => {
                    for n in r.members(child, "Note") {
                        project.notes.push(r.note(n)?);
                    }
                }
                "Sets" => {
                    for s in r.members(child, "Set") {
                        project.sets.push(r.set(s)?);
                    }
                }
                "Description" => project.description = Some(child.text.clone()),
                "NoteRef" => {
                    if let Some(g) = r.reference(child, "note")? {
                        project.project_notes.push(g);
                    }
                }
                _ => not_modelled(child, &mut r.warnings),
            }
        }
        Ok(Imported {
            value: project,
            warnings: r.warnings,
        })
    }
}

fn walk_guids(codes: &[Code]) -> Vec<Guid> {
    let mut out = Vec::new();
    let mut stack: Vec<&Code> = codes.iter().collect();
    while let Some(c) = stack.pop() {
        out.push(c.guid);
        stack.extend(c.children.iter());
    }
    out
}

/// UTF-8 text of a file, without a byte-order mark (`true` when there was one).
fn decode(bytes: &[u8], path: &str, at: &Location) -> Result<(String, bool), ExchangeError> {
    let (bytes, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    String::from_utf8(bytes.to_vec())
        .map(|s| (s, bom))
        .map_err(|_| ExchangeError::SourceText {
            path: path.to_owned(),
            problem: "is not UTF-8 text",
            location: at.clone(),
        })
}

fn is_date_time(text: &str) -> bool {
    let t = text.trim();
    chrono::DateTime::parse_from_rfc3339(t).is_ok()
        || chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S%.f").is_ok()
}

impl Reader<'_> {
    /// The children named `name`; others are reported as not modelled.
    fn members<'e>(&mut self, e: &'e Element, name: &str) -> Vec<&'e Element> {
        let mut out = Vec::new();
        for c in &e.children {
            if c.name == name {
                out.push(c);
            } else {
                not_modelled(c, &mut self.warnings);
            }
        }
        out
    }

    fn guid(&mut self, e: &Element) -> Result<Guid, ExchangeError> {
        let guid = guid_of(e, "guid")?;
        if !self.seen.insert(guid) {
            return Err(ExchangeError::DuplicateGuid {
                guid: guid.to_string(),
                location: e.location.clone(),
            });
        }
        Ok(guid)
    }

    fn user_ref(
        &mut self,
        e: &Element,
        attribute: &'static str,
    ) -> Result<Option<Guid>, ExchangeError> {
        match e.attribute(attribute) {
            None => Ok(None),
            Some(_) => guid_of(e, attribute).map(Some),
        }
    }

    fn date(&mut self, e: &Element, attribute: &str, required: bool) -> Option<String> {
        match e.attribute(attribute) {
            None => {
                if required {
                    warn(&mut self.warnings, WarningKind::DateMissing, e);
                }
                None
            }
            Some(t) if is_date_time(t) => Some(t.trim().to_owned()),
            Some(t) => {
                let kind = WarningKind::DateInvalid {
                    found: t.to_owned(),
                };
                warn(&mut self.warnings, kind, e);
                None
            }
        }
    }

    fn stamp(
        &mut self,
        e: &Element,
        creating: &'static str,
        modifying: &'static str,
        required: bool,
    ) -> Result<Stamp, ExchangeError> {
        Ok(Stamp {
            creating_user: self.user_ref(e, creating)?,
            created: self.date(e, "creationDateTime", required),
            modifying_user: self.user_ref(e, modifying)?,
            modified: self.date(e, "modifiedDateTime", false),
        })
    }

    /// A reference's target when it names an element of the kind; otherwise a warning.
    fn reference(
        &mut self,
        e: &Element,
        target: &'static str,
    ) -> Result<Option<Guid>, ExchangeError> {
        let guid = guid_of(e, "targetGUID")?;
        let known = match target {
            "code" => self.index.codes.contains(&guid),
            "source" => self.index.sources.contains(&guid),
            "selection" => self.index.selections.contains(&guid),
            "note" => self.index.notes.contains(&guid),
            "variable" => self.index.variables.contains_key(&guid),
            _ => false,
        };
        if known {
            return Ok(Some(guid));
        }
        let kind = WarningKind::DanglingReference {
            element: e.name.clone(),
            guid: guid.to_string(),
        };
        warn(&mut self.warnings, kind, e);
        Ok(None)
    }

    fn variable(&mut self, e: &Element) -> Result<Variable, ExchangeError> {
        let guid = self.guid(e)?;
        let kind_text = e.required("typeOfVariable")?;
        let kind =
            VariableKind::parse(kind_text).ok_or_else(|| ExchangeError::InvalidAttribute {
                attribute: "typeOfVariable",
                expected: "Text, Boolean, Integer, Float, Date or DateTime",
                found: kind_text.to_owned(),
                location: e.location.clone(),
            })?;
        for c in &e.children {
            if c.name != "Description" {
                not_modelled(c, &mut self.warnings);
            }
        }
        Ok(Variable {
            guid,
            name: e.required("name")?.to_owned(),
            kind,
            description: description(e),
        })
    }

    fn value(&mut self, e: &Element) -> Result<Option<VariableValue>, ExchangeError> {
        let reference = e
            .children
            .iter()
            .find(|c| c.name == "VariableRef")
            .ok_or_else(|| ExchangeError::MissingElement {
                element: "VariableRef",
                location: e.location.clone(),
            })?;
        let Some(variable) = self.reference(reference, "variable")? else {
            return Ok(None);
        };
        let kind = self.index.variables.get(&variable).copied();
        let Some(v) = e.children.iter().find(|c| c.name.ends_with("Value")) else {
            // An empty choice: the schema allows it; the value is not recorded.
            return Ok(None);
        };
        let text = v.text.trim().to_owned();
        let ok = match v.name.as_str() {
            "TextValue" => Some(VariableKind::Text),
            "BooleanValue" => matches!(text.as_str(), "true" | "false" | "1" | "0")
                .then_some(VariableKind::Boolean),
            "IntegerValue" => text.parse::<i64>().is_ok().then_some(VariableKind::Integer),
            "FloatValue" => text
                .parse::<f64>()
                .is_ok_and(f64::is_finite)
                .then_some(VariableKind::Float),
            "DateValue" => chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                .is_ok()
                .then_some(VariableKind::Date),
            "DateTimeValue" => is_date_time(&text).then_some(VariableKind::DateTime),
            _ => None,
        };
        match ok {
            Some(k) if Some(k) == kind => Ok(Some(VariableValue {
                variable,
                value: if k == VariableKind::Text {
                    v.text.clone()
                } else {
                    text
                },
            })),
            _ => Err(ExchangeError::InvalidAttribute {
                attribute: "value",
                expected: "a value of the variable's typeOfVariable",
                found: format!("{}: {}", v.name, v.text),
                location: v.location.clone(),
            }),
        }
    }

    fn case(&mut self, e: &Element) -> Result<Case, ExchangeError> {
        let mut case = Case {
            guid: self.guid(e)?,
            name: e.attribute("name").map(str::to_owned),
            description: description(e),
            codes: Vec::new(),
            values: Vec::new(),
            sources: Vec::new(),
            selections: Vec::new(),
        };
        for c in &e.children {
            match c.name.as_str() {
                "Description" => {}
                "CodeRef" => case.codes.extend(self.reference(c, "code")?),
                "SourceRef" => case.sources.extend(self.reference(c, "source")?),
                "SelectionRef" => case.selections.extend(self.reference(c, "selection")?),
                "VariableValue" => case.values.extend(self.value(c)?),
                _ => not_modelled(c, &mut self.warnings),
            }
        }
        Ok(case)
    }

    fn coding(&mut self, e: &Element) -> Result<Option<Coding>, ExchangeError> {
        let guid = self.guid(e)?;
        let stamp = self.stamp(e, "creatingUser", "modifyingUser", true)?;
        let mut code = None;
        let mut notes = Vec::new();
        for c in &e.children {
            match c.name.as_str() {
                "CodeRef" => {
                    code = Some(self.reference(c, "code")?);
                }
                "NoteRef" => notes.extend(self.reference(c, "note")?),
                _ => not_modelled(c, &mut self.warnings),
            }
        }
        let Some(code) = code else {
            return Err(ExchangeError::MissingElement {
                element: "CodeRef",
                location: e.location.clone(),
            });
        };
        Ok(code.map(|code| Coding {
            guid,
            code,
            stamp,
            notes,
        }))
    }

    /// The text of a source or note: inline, or from the archive's `sources/`.
    fn text_of(&mut self, e: &Element) -> Result<Option<String>, ExchangeError> {
        if let Some(c) = e.children.iter().find(|c| c.name == "PlainTextContent") {
            return Ok(Some(c.text.clone()));
        }
        let Some(path) = e.attribute("plainTextPath") else {
            return Ok(None);
        };
        let missing = |problem| ExchangeError::SourceText {
            path: path.to_owned(),
            problem,
            location: e.location.clone(),
        };
        let Some(file) = path.strip_prefix("internal://") else {
            return Err(missing(
                "is outside the archive; berdaya reads only internal:// sources",
            ));
        };
        let bytes =
            (self.files)(file).ok_or_else(|| missing("is not in the archive's sources/"))??;
        let (text, bom) = decode(&bytes, path, &e.location)?;
        if bom {
            warn(&mut self.warnings, WarningKind::ByteOrderMark, e);
        }
        Ok(Some(text))
    }

    fn source(&mut self, e: &Element) -> Result<TextSource, ExchangeError> {
        let guid = self.guid(e)?;
        let stamp = self.stamp(e, "creatingUser", "modifyingUser", true)?;
        if e.attribute("richTextPath").is_some() {
            let kind = WarningKind::AttributeNotModelled {
                attribute: "richTextPath".into(),
            };
            warn(&mut self.warnings, kind, e);
        }
        let raw = self.text_of(e)?.ok_or_else(|| ExchangeError::SourceText {
            path: String::new(),
            problem: "is missing: neither PlainTextContent nor plainTextPath",
            location: e.location.clone(),
        })?;
        let selections: Vec<&Element> = e
            .children
            .iter()
            .filter(|c| c.name == "PlainTextSelection")
            .collect();
        let text = Positions::new(&raw, &selections, self.atlas, e, &mut self.warnings)?;
        let mut source = TextSource {
            guid,
            name: e.attribute("name").map(str::to_owned),
            description: description(e),
            text: text.text.clone(),
            stamp,
            selections: Vec::new(),
            codings: Vec::new(),
            notes: Vec::new(),
            values: Vec::new(),
        };
        for c in &e.children {
            match c.name.as_str() {
                "Description" | "PlainTextContent" => {}
                "PlainTextSelection" => source.selections.push(self.selection(c, &text)?),
                "Coding" => source.codings.extend(self.coding(c)?),
                "NoteRef" => source.notes.extend(self.reference(c, "note")?),
                "VariableValue" => source.values.extend(self.value(c)?),
                _ => not_modelled(c, &mut self.warnings),
            }
        }
        Ok(source)
    }

    fn selection(&mut self, e: &Element, text: &Positions) -> Result<Selection, ExchangeError> {
        let guid = self.guid(e)?;
        let stamp = self.stamp(e, "creatingUser", "modifyingUser", true)?;
        let (start, end) = text.span(e)?;
        let name = e.attribute("name").map(str::to_owned);
        if let Some(n) = &name {
            let at = text.slice(start, end);
            if !n.trim().is_empty() && n.trim() != at.trim() {
                let kind = WarningKind::SelectionTextDiffers {
                    name: n.clone(),
                    text: at.to_owned(),
                };
                warn(&mut self.warnings, kind, e);
            }
        }
        let mut selection = Selection {
            guid,
            name,
            start,
            end,
            description: description(e),
            stamp,
            codings: Vec::new(),
            notes: Vec::new(),
        };
        for c in &e.children {
            match c.name.as_str() {
                "Description" => {}
                "Coding" => selection.codings.extend(self.coding(c)?),
                "NoteRef" => selection.notes.extend(self.reference(c, "note")?),
                _ => not_modelled(c, &mut self.warnings),
            }
        }
        Ok(selection)
    }

    fn note(&mut self, e: &Element) -> Result<Note, ExchangeError> {
        let guid = self.guid(e)?;
        let stamp = self.stamp(e, "creatingUser", "modifyingUser", true)?;
        let text = self.text_of(e)?.unwrap_or_default().replace("\r\n", "\n");
        for c in &e.children {
            if !matches!(c.name.as_str(), "Description" | "PlainTextContent") {
                not_modelled(c, &mut self.warnings);
            }
        }
        Ok(Note {
            guid,
            name: e.attribute("name").map(str::to_owned),
            description: description(e),
            text,
            stamp,
        })
    }

    fn set(&mut self, e: &Element) -> Result<ProjectSet, ExchangeError> {
        let mut set = ProjectSet {
            guid: self.guid(e)?,
            name: e.required("name")?.to_owned(),
            description: description(e),
            codes: Vec::new(),
            sources: Vec::new(),
            notes: Vec::new(),
        };
        for c in &e.children {
            match c.name.as_str() {
                "Description" => {}
                "MemberCode" => set.codes.extend(self.reference(c, "code")?),
                "MemberSource" => set.sources.extend(self.reference(c, "source")?),
                "MemberNote" => set.notes.extend(self.reference(c, "note")?),
                _ => not_modelled(c, &mut self.warnings),
            }
        }
        Ok(set)
    }
}

/// A source's text with LF line ends and how the file's positions map onto it.
struct Positions {
    text: String,
    /// Byte offset of each character of `text`, and the length at the end.
    bytes: Vec<usize>,
    /// Character indices (in the CRLF text) of each CR of a CRLF, when positions count
    /// CRLF as two characters.
    crs: Option<Vec<usize>>,
}

impl Positions {
    fn new(
        raw: &str,
        selections: &[&Element],
        atlas: bool,
        source: &Element,
        warnings: &mut Vec<Warning>,
    ) -> Result<Positions, ExchangeError> {
        let text = raw.replace("\r\n", "\n");
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        if text.len() == raw.len() {
            return Ok(Positions {
                text,
                bytes,
                crs: None,
            });
        }
        let mut crs = Vec::new();
        let mut prev_cr = None;
        for (i, c) in raw.chars().enumerate() {
            if c == '\n' {
                if let Some(p) = prev_cr {
                    crs.push(p);
                }
            }
            prev_cr = (c == '\r').then_some(i);
        }
        let two = Positions {
            text,
            bytes,
            crs: Some(crs),
        };
        // Which counting makes the selections' names match their text?
        let score = |p: &Positions| {
            selections
                .iter()
                .filter(|s| {
                    let name = s.attribute("name").map(str::trim).unwrap_or("");
                    !name.is_empty() && p.span(s).is_ok_and(|(a, b)| p.slice(a, b).trim() == name)
                })
                .count()
        };
        let one = Positions {
            text: two.text.clone(),
            bytes: two.bytes.clone(),
            crs: None,
        };
        let (s_two, s_one) = (score(&two), score(&one));
        let (chosen, counted, because) = match (atlas, s_two.cmp(&s_one)) {
            (_, std::cmp::Ordering::Greater) => (two, "crlf_as_two", "selection_text"),
            (_, std::cmp::Ordering::Less) => (one, "crlf_as_one", "selection_text"),
            (true, _) => (one, "crlf_as_one", "origin"),
            (false, _) => (two, "crlf_as_two", "origin"),
        };
        warn(warnings, WarningKind::LineEnds { counted, because }, source);
        Ok(chosen)
    }

    fn len(&self) -> usize {
        self.bytes.len().saturating_sub(1)
    }

    /// A position of the file mapped onto the LF text.
    fn map(&self, p: usize) -> usize {
        match &self.crs {
            None => p,
            Some(crs) => p - crs.partition_point(|&cr| cr < p),
        }
    }

    fn span(&self, e: &Element) -> Result<(usize, usize), ExchangeError> {
        let number = |a: &'static str| -> Result<i64, ExchangeError> {
            let t = e.required(a)?;
            t.trim()
                .parse::<i64>()
                .map_err(|_| ExchangeError::InvalidAttribute {
                    attribute: a,
                    expected: "an integer",
                    found: t.to_owned(),
                    location: e.location.clone(),
                })
        };
        let (start, end) = (number("startPosition")?, number("endPosition")?);
        let raw_len = self.len() + self.crs.as_ref().map_or(0, Vec::len);
        let ok = 0 <= start && start <= end && usize::try_from(end).is_ok_and(|e| e <= raw_len);
        if !ok {
            return Err(ExchangeError::SelectionRange {
                start,
                end,
                length: raw_len,
                location: e.location.clone(),
            });
        }
        let (s, t) = (
            usize::try_from(start).unwrap_or(0),
            usize::try_from(end).unwrap_or(0),
        );
        Ok((self.map(s), self.map(t)))
    }

    fn slice(&self, start: usize, end: usize) -> &str {
        let b = |i: usize| self.bytes.get(i).copied().unwrap_or(self.text.len());
        self.text.get(b(start)..b(end)).unwrap_or("")
    }
}

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

fn invalid(path: String, message: String) -> ExchangeError {
    ExchangeError::Invalid {
        message,
        location: Location {
            line: 0,
            column: 0,
            path,
        },
    }
}

struct Writer<'a> {
    project: &'a Project,
    out: String,
    files: Entries,
    user: Guid,
    date: &'a str,
    codes: BTreeSet<Guid>,
    notes: BTreeSet<Guid>,
    selections: BTreeSet<Guid>,
    variables: BTreeMap<Guid, VariableKind>,
    sources: BTreeSet<Guid>,
    inline: bool,
}

impl Project {
    /// The project as a `.qdpx` archive: `project.qde` and `sources/<guid>.txt` (UTF-8, no
    /// BOM, LF), deflated, with a fixed timestamp (the same project gives the same bytes).
    ///
    /// An element without its own `creatingUser` or `creationDateTime` is written with its
    /// parent's (selection → source), or else the project's.
    ///
    /// # Errors
    ///
    /// [`ExchangeError::Invalid`] naming the field: no user or date to write where one is
    /// needed, a selection outside its text, a text with a CR, a reference to no element of
    /// the project, a GUID used twice, a character XML cannot carry, a value not of its
    /// variable's kind.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::exchange::Project;
    /// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
    /// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
    /// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
    /// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
    /// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
    /// # <CodeBook><Codes>
    /// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
    /// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
    /// #   </Code>
    /// # </Codes></CodeBook>
    /// # <Variables>
    /// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
    /// # </Variables>
    /// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
    /// #   <VariableValue>
    /// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
    /// #   </VariableValue>
    /// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
    /// # </Case></Cases>
    /// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
    /// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
    /// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
    /// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    /// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
    /// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    /// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    /// #     </Coding>
    /// #   </PlainTextSelection>
    /// # </TextSource></Sources>
    /// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
    /// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
    /// # </Note></Notes>
    /// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
    /// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    /// # </Set></Sets>
    /// # </Project>"#;
    /// # let project = Project::from_qde(qde).unwrap().value;
    /// // `project` is the one read in the example of `Project::from_qde`.
    /// let bytes = project.to_qdpx().unwrap();
    /// assert!(bytes.starts_with(b"PK")); // a zip archive
    /// // The same project gives the same bytes.
    /// assert_eq!(bytes, project.to_qdpx().unwrap());
    /// ```
    #[cfg(feature = "qdpx")]
    pub fn to_qdpx(&self) -> Result<Vec<u8>, ExchangeError> {
        let (qde, mut files) = self.write()?;
        files.insert(0, ("project.qde".to_owned(), qde.into_bytes()));
        archive::write(&files)
    }

    /// The `project.qde` document alone, the sources' text inline (`PlainTextContent`).
    ///
    /// # Errors
    ///
    /// As [`Project::to_qdpx`].
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::exchange::Project;
    /// # // A small project as a QDA tool writes it: one coder, a category `5M` with the code
    /// # // `dana terbatas`, an informant I-01 whose role is a variable, one coded transcript.
    /// # let qde = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="P2WKSS Bekasi Utara" origin="QualCoder 3.6"
    /// #     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-01T08:00:00Z">
    /// # <Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="Peneliti A" id="PA"/></Users>
    /// # <CodeBook><Codes>
    /// #   <Code guid="cccccccc-0000-4000-8000-000000000001" name="5M" isCodable="false">
    /// #     <Code guid="cccccccc-0000-4000-8000-000000000002" name="dana terbatas" isCodable="true"/>
    /// #   </Code>
    /// # </Codes></CodeBook>
    /// # <Variables>
    /// #   <Variable guid="99999999-0000-4000-8000-000000000001" name="Peran" typeOfVariable="Text"/>
    /// # </Variables>
    /// # <Cases><Case guid="eeeeeeee-0000-4000-8000-000000000009" name="I-01">
    /// #   <VariableValue>
    /// #     <VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/><TextValue>Kader PKK</TextValue>
    /// #   </VariableValue>
    /// #   <SourceRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
    /// # </Case></Cases>
    /// # <Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="Wawancara I-01">
    /// #   <PlainTextContent>Dana terbatas, kami belum punya alat.</PlainTextContent>
    /// #   <PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="0" endPosition="13"
    /// #       creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    /// #     <Coding guid="eeeeeeee-0000-4000-8000-000000000001"
    /// #         creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-03-02T09:00:00Z">
    /// #       <CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    /// #     </Coding>
    /// #   </PlainTextSelection>
    /// # </TextSource></Sources>
    /// # <Notes><Note guid="ffffffff-0000-4000-8000-000000000001" name="Memo">
    /// #   <PlainTextContent>Cek peran kader.</PlainTextContent>
    /// # </Note></Notes>
    /// # <Sets><Set guid="ffffffff-0000-4000-8000-000000000002" name="Hambatan">
    /// #   <MemberCode targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    /// # </Set></Sets>
    /// # </Project>"#;
    /// # let project = Project::from_qde(qde).unwrap().value;
    /// // `project` is the one read in the example of `Project::from_qde`.
    /// let qde = project.to_qde().unwrap();
    /// assert!(qde.contains("<PlainTextContent>"));
    /// let back = Project::from_qde(&qde).unwrap().value;
    /// assert_eq!(back.sources[0].text, "Dana terbatas, kami belum punya alat.");
    /// assert_eq!(back.cases, project.cases);
    /// ```
    pub fn to_qde(&self) -> Result<String, ExchangeError> {
        let mut w = self.writer()?;
        w.inline = true;
        w.document()?;
        Ok(w.out)
    }

    #[cfg(feature = "qdpx")]
    fn write(&self) -> Result<(String, Entries), ExchangeError> {
        let mut w = self.writer()?;
        w.document()?;
        Ok((w.out, w.files))
    }

    fn writer(&self) -> Result<Writer<'_>, ExchangeError> {
        let user = self
            .stamp
            .creating_user
            .or_else(|| self.users.first().map(|u| u.guid))
            .ok_or_else(|| {
                invalid(
                    "users".into(),
                    "the project has no user to write as creatingUser: add the coder".into(),
                )
            })?;
        let date = self.stamp.created.as_deref().ok_or_else(|| {
            invalid(
                "stamp.created".into(),
                "the project's creation date is not recorded: set it (xsd:dateTime)".into(),
            )
        })?;
        let mut seen = BTreeSet::new();
        let mut check = |g: Guid, path: String| {
            if seen.insert(g) {
                Ok(())
            } else {
                Err(invalid(path, format!("the GUID {g} is used twice")))
            }
        };
        let codes = walk_guids(&self.codes);
        for g in &codes {
            check(*g, "codes".into())?;
        }
        for (i, u) in self.users.iter().enumerate() {
            check(u.guid, format!("users[{i}]"))?;
        }
        let mut selections = BTreeSet::new();
        for (i, s) in self.sources.iter().enumerate() {
            check(s.guid, format!("sources[{i}]"))?;
            for (j, sel) in s.selections.iter().enumerate() {
                check(sel.guid, format!("sources[{i}].selections[{j}]"))?;
                selections.insert(sel.guid);
                for (k, c) in sel.codings.iter().enumerate() {
                    check(c.guid, format!("sources[{i}].selections[{j}].codings[{k}]"))?;
                }
            }
            for (k, c) in s.codings.iter().enumerate() {
                check(c.guid, format!("sources[{i}].codings[{k}]"))?;
            }
        }
        for (i, n) in self.notes.iter().enumerate() {
            check(n.guid, format!("notes[{i}]"))?;
        }
        for (i, v) in self.variables.iter().enumerate() {
            check(v.guid, format!("variables[{i}]"))?;
        }
        for (i, c) in self.cases.iter().enumerate() {
            check(c.guid, format!("cases[{i}]"))?;
        }
        for (i, s) in self.sets.iter().enumerate() {
            check(s.guid, format!("sets[{i}]"))?;
        }
        if !is_date_time(date) {
            return Err(invalid(
                "stamp.created".into(),
                format!("not an xsd:dateTime: `{date}`"),
            ));
        }
        Ok(Writer {
            project: self,
            out: String::new(),
            files: Vec::new(),
            user,
            date,
            codes: codes.into_iter().collect(),
            notes: self.notes.iter().map(|n| n.guid).collect(),
            selections,
            variables: self.variables.iter().map(|v| (v.guid, v.kind)).collect(),
            sources: self.sources.iter().map(|s| s.guid).collect(),
            inline: false,
        })
    }
}

impl Writer<'_> {
    fn text(&self, path: &str, text: &str) -> Result<(), ExchangeError> {
        match text.chars().find(|c| !xml_char(*c)) {
            None => Ok(()),
            Some(c) => Err(invalid(
                path.to_owned(),
                format!(
                    "the character U+{:04X} cannot be written in XML",
                    u32::from(c)
                ),
            )),
        }
    }

    fn attr(&mut self, name: &str, value: &str, path: &str) -> Result<(), ExchangeError> {
        self.text(path, value)?;
        let _ = write!(self.out, " {name}=\"{}\"", esc(value));
        Ok(())
    }

    fn opt(&mut self, name: &str, value: Option<&str>, path: &str) -> Result<(), ExchangeError> {
        match value {
            Some(v) => self.attr(name, v, path),
            None => Ok(()),
        }
    }

    fn stamp(
        &mut self,
        stamp: &Stamp,
        parent: Option<&Stamp>,
        path: &str,
    ) -> Result<(), ExchangeError> {
        let user = stamp
            .creating_user
            .or(parent.and_then(|p| p.creating_user))
            .unwrap_or(self.user);
        let date = stamp
            .created
            .as_deref()
            .or(parent.and_then(|p| p.created.as_deref()))
            .unwrap_or(self.date)
            .to_owned();
        for d in [Some(date.as_str()), stamp.modified.as_deref()]
            .into_iter()
            .flatten()
        {
            if !is_date_time(d) {
                return Err(invalid(
                    path.to_owned(),
                    format!("not an xsd:dateTime: `{d}`"),
                ));
            }
        }
        let _ = write!(self.out, " creatingUser=\"{user}\"");
        self.attr("creationDateTime", &date, path)?;
        if let Some(u) = stamp.modifying_user {
            let _ = write!(self.out, " modifyingUser=\"{u}\"");
        }
        self.opt("modifiedDateTime", stamp.modified.as_deref(), path)
    }

    fn description(&mut self, d: Option<&str>, pad: &str, path: &str) -> Result<(), ExchangeError> {
        if let Some(d) = d {
            self.text(path, d)?;
            let _ = writeln!(self.out, "{pad}<Description>{}</Description>", esc_text(d));
        }
        Ok(())
    }

    fn document(&mut self) -> Result<(), ExchangeError> {
        let inline = self.inline;
        let p = self.project;
        self.out
            .push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        let _ = write!(self.out, "<Project xmlns=\"{PROJECT_NAMESPACE}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{PROJECT_NAMESPACE} Project.xsd\"");
        self.attr("name", &p.name, "name")?;
        self.attr("origin", &berdaya_origin(), "origin")?;
        let _ = write!(self.out, " creatingUserGUID=\"{}\"", self.user);
        self.attr("creationDateTime", self.date, "stamp.created")?;
        if let Some(u) = p.stamp.modifying_user {
            let _ = write!(self.out, " modifyingUserGUID=\"{u}\"");
        }
        self.opt(
            "modifiedDateTime",
            p.stamp.modified.as_deref(),
            "stamp.modified",
        )?;
        self.out.push_str(">\n");
        if !p.users.is_empty() {
            self.out.push_str("  <Users>\n");
            for (i, u) in p.users.iter().enumerate() {
                let path = format!("users[{i}]");
                let _ = write!(self.out, "    <User guid=\"{}\"", u.guid);
                self.opt("name", u.name.as_deref(), &path)?;
                self.opt("id", u.id.as_deref(), &path)?;
                self.out.push_str("/>\n");
            }
            self.out.push_str("  </Users>\n");
        }
        if !p.codes.is_empty() {
            for (_, c) in walk_codes(&p.codes) {
                self.text("codes", &c.name)?;
                self.text("codes", c.description.as_deref().unwrap_or(""))?;
                if let Some(n) = c.notes.iter().find(|n| !self.notes.contains(n)) {
                    return Err(invalid(
                        "codes".into(),
                        format!(
                            "NoteRef names no element of the project: {n} (on the code {})",
                            c.guid
                        ),
                    ));
                }
            }
            self.out.push_str("  <CodeBook>\n    <Codes>\n");
            for c in &p.codes {
                write_code(&mut self.out, c, 3, true);
            }
            self.out.push_str("    </Codes>\n  </CodeBook>\n");
        }
        if !p.variables.is_empty() {
            self.out.push_str("  <Variables>\n");
            for (i, v) in p.variables.iter().enumerate() {
                let path = format!("variables[{i}]");
                let _ = write!(self.out, "    <Variable guid=\"{}\"", v.guid);
                self.attr("name", &v.name, &path)?;
                let _ = write!(self.out, " typeOfVariable=\"{}\"", v.kind.name());
                if v.description.is_none() {
                    self.out.push_str("/>\n");
                    continue;
                }
                self.out.push_str(">\n");
                self.description(v.description.as_deref(), "      ", &path)?;
                self.out.push_str("    </Variable>\n");
            }
            self.out.push_str("  </Variables>\n");
        }
        if !p.cases.is_empty() {
            self.out.push_str("  <Cases>\n");
            for (i, c) in p.cases.iter().enumerate() {
                let path = format!("cases[{i}]");
                let _ = write!(self.out, "    <Case guid=\"{}\"", c.guid);
                self.opt("name", c.name.as_deref(), &path)?;
                self.out.push_str(">\n");
                self.description(c.description.as_deref(), "      ", &path)?;
                refs(
                    &mut self.out,
                    "CodeRef",
                    &c.codes,
                    &self.codes,
                    "      ",
                    &path,
                )?;
                self.values(&c.values, "      ", &path)?;
                refs(
                    &mut self.out,
                    "SourceRef",
                    &c.sources,
                    &self.sources,
                    "      ",
                    &path,
                )?;
                refs(
                    &mut self.out,
                    "SelectionRef",
                    &c.selections,
                    &self.selections,
                    "      ",
                    &path,
                )?;
                self.out.push_str("    </Case>\n");
            }
            self.out.push_str("  </Cases>\n");
        }
        if !p.sources.is_empty() {
            self.out.push_str("  <Sources>\n");
            for (i, s) in p.sources.iter().enumerate() {
                self.source(s, &format!("sources[{i}]"), inline)?;
            }
            self.out.push_str("  </Sources>\n");
        }
        if !p.notes.is_empty() {
            self.out.push_str("  <Notes>\n");
            for (i, n) in p.notes.iter().enumerate() {
                let path = format!("notes[{i}]");
                let _ = write!(self.out, "    <Note guid=\"{}\"", n.guid);
                self.opt("name", n.name.as_deref(), &path)?;
                self.stamp(&n.stamp, None, &path)?;
                self.out.push_str(">\n");
                self.description(n.description.as_deref(), "      ", &path)?;
                self.text(&path, &n.text)?;
                let _ = writeln!(
                    self.out,
                    "      <PlainTextContent>{}</PlainTextContent>",
                    esc_text(&n.text)
                );
                self.out.push_str("    </Note>\n");
            }
            self.out.push_str("  </Notes>\n");
        }
        if !p.sets.is_empty() {
            self.out.push_str("  <Sets>\n");
            for (i, s) in p.sets.iter().enumerate() {
                let path = format!("sets[{i}]");
                let _ = write!(self.out, "    <Set guid=\"{}\"", s.guid);
                self.attr("name", &s.name, &path)?;
                self.out.push_str(">\n");
                self.description(s.description.as_deref(), "      ", &path)?;
                refs(
                    &mut self.out,
                    "MemberCode",
                    &s.codes,
                    &self.codes,
                    "      ",
                    &path,
                )?;
                refs(
                    &mut self.out,
                    "MemberSource",
                    &s.sources,
                    &self.sources,
                    "      ",
                    &path,
                )?;
                refs(
                    &mut self.out,
                    "MemberNote",
                    &s.notes,
                    &self.notes,
                    "      ",
                    &path,
                )?;
                self.out.push_str("    </Set>\n");
            }
            self.out.push_str("  </Sets>\n");
        }
        self.description(p.description.as_deref(), "  ", "description")?;
        refs(
            &mut self.out,
            "NoteRef",
            &p.project_notes,
            &self.notes,
            "  ",
            "project_notes",
        )?;
        self.out.push_str("</Project>\n");
        Ok(())
    }

    fn values(
        &mut self,
        values: &[VariableValue],
        pad: &str,
        path: &str,
    ) -> Result<(), ExchangeError> {
        for (i, v) in values.iter().enumerate() {
            let path = format!("{path}.values[{i}]");
            let Some(kind) = self.variables.get(&v.variable).copied() else {
                return Err(invalid(
                    path,
                    format!("names no variable of the project: {}", v.variable),
                ));
            };
            let t = v.value.trim();
            let ok = match kind {
                VariableKind::Text => true,
                VariableKind::Boolean => matches!(t, "true" | "false" | "1" | "0"),
                VariableKind::Integer => t.parse::<i64>().is_ok(),
                VariableKind::Float => {
                    t.parse::<f64>().is_ok_and(f64::is_finite)
                        && !t.contains(['e', 'E', 'i', 'n', 'N'])
                }
                VariableKind::Date => chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").is_ok(),
                VariableKind::DateTime => is_date_time(t),
            };
            if !ok {
                return Err(invalid(
                    path,
                    format!("`{}` is not a {} value", v.value, kind.name()),
                ));
            }
            self.text(&path, &v.value)?;
            let _ = writeln!(
                self.out,
                "{pad}<VariableValue>\n{pad}  <VariableRef targetGUID=\"{}\"/>\n{pad}  <{k}Value>{}</{k}Value>\n{pad}</VariableValue>",
                v.variable,
                esc_text(&v.value),
                k = kind.name()
            );
        }
        Ok(())
    }

    fn coding(
        &mut self,
        c: &Coding,
        parent: &Stamp,
        pad: &str,
        path: &str,
    ) -> Result<(), ExchangeError> {
        if !self.codes.contains(&c.code) {
            return Err(invalid(
                path.to_owned(),
                format!("codes with no code of the codebook: {}", c.code),
            ));
        }
        let _ = write!(self.out, "{pad}<Coding guid=\"{}\"", c.guid);
        self.stamp(&c.stamp, Some(parent), path)?;
        let _ = writeln!(self.out, ">\n{pad}  <CodeRef targetGUID=\"{}\"/>", c.code);
        refs(
            &mut self.out,
            "NoteRef",
            &c.notes,
            &self.notes,
            &format!("{pad}  "),
            path,
        )?;
        let _ = writeln!(self.out, "{pad}</Coding>");
        Ok(())
    }

    fn source(&mut self, s: &TextSource, path: &str, inline: bool) -> Result<(), ExchangeError> {
        if s.text.contains('\r') {
            return Err(invalid(
                format!("{path}.text"),
                "the text has a CR: berdaya writes LF line ends (replace CRLF by LF and count positions over that)".into(),
            ));
        }
        self.text(&format!("{path}.text"), &s.text)?;
        let _ = write!(self.out, "    <TextSource guid=\"{}\"", s.guid);
        self.opt("name", s.name.as_deref(), path)?;
        let file = format!("{}.txt", s.guid);
        if !inline {
            let _ = write!(self.out, " plainTextPath=\"internal://{file}\"");
            self.files
                .push((format!("sources/{file}"), s.text.clone().into_bytes()));
        }
        self.stamp(&s.stamp, None, path)?;
        self.out.push_str(">\n");
        self.description(s.description.as_deref(), "      ", path)?;
        if inline {
            let _ = writeln!(
                self.out,
                "      <PlainTextContent>{}</PlainTextContent>",
                esc_text(&s.text)
            );
        }
        let length = s.text.chars().count();
        for (j, sel) in s.selections.iter().enumerate() {
            let path = format!("{path}.selections[{j}]");
            if sel.start > sel.end || sel.end > length {
                return Err(invalid(
                    path,
                    format!(
                        "selection {}..{} is outside the text's {length} characters",
                        sel.start, sel.end
                    ),
                ));
            }
            let _ = write!(self.out, "      <PlainTextSelection guid=\"{}\"", sel.guid);
            self.opt("name", sel.name.as_deref(), &path)?;
            let _ = write!(
                self.out,
                " startPosition=\"{}\" endPosition=\"{}\"",
                sel.start, sel.end
            );
            self.stamp(&sel.stamp, Some(&s.stamp), &path)?;
            self.out.push_str(">\n");
            self.description(sel.description.as_deref(), "        ", &path)?;
            let parent = Stamp {
                creating_user: sel.stamp.creating_user.or(s.stamp.creating_user),
                created: sel.stamp.created.clone().or(s.stamp.created.clone()),
                ..Stamp::default()
            };
            for (k, c) in sel.codings.iter().enumerate() {
                self.coding(c, &parent, "        ", &format!("{path}.codings[{k}]"))?;
            }
            refs(
                &mut self.out,
                "NoteRef",
                &sel.notes,
                &self.notes,
                "        ",
                &path,
            )?;
            self.out.push_str("      </PlainTextSelection>\n");
        }
        for (k, c) in s.codings.iter().enumerate() {
            self.coding(c, &s.stamp, "      ", &format!("{path}.codings[{k}]"))?;
        }
        refs(
            &mut self.out,
            "NoteRef",
            &s.notes,
            &self.notes,
            "      ",
            path,
        )?;
        self.values(&s.values, "      ", path)?;
        self.out.push_str("    </TextSource>\n");
        Ok(())
    }
}

fn walk_codes(codes: &[Code]) -> Vec<(usize, &Code)> {
    let mut out = Vec::new();
    let mut stack: Vec<(usize, &Code)> = codes.iter().rev().map(|c| (0, c)).collect();
    while let Some((d, c)) = stack.pop() {
        out.push((d, c));
        stack.extend(c.children.iter().rev().map(|k| (d + 1, k)));
    }
    out
}

fn refs(
    out: &mut String,
    element: &str,
    guids: &[Guid],
    known: &BTreeSet<Guid>,
    pad: &str,
    path: &str,
) -> Result<(), ExchangeError> {
    for g in guids {
        if !known.contains(g) {
            return Err(invalid(
                path.to_owned(),
                format!("{element} names no element of the project: {g}"),
            ));
        }
        let _ = writeln!(out, "{pad}<{element} targetGUID=\"{g}\"/>");
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::exchange::Rgb;

    fn g(n: u32) -> Guid {
        Guid::stable(&format!("test/{n}"))
    }

    fn stamp(user: u32, when: &str) -> Stamp {
        Stamp {
            creating_user: Some(g(user)),
            created: Some(when.into()),
            ..Stamp::default()
        }
    }

    /// A small coded project as berdaya builds one: two coders, a nested codebook, an
    /// informant case with a role, a transcript with an astral character, codings by both.
    pub(crate) fn sample() -> Project {
        let text = "Kami rapat dulu sebelum kegiatan.\nDana terbatas 😟, kader é.\n";
        let coding = |n, code, user| Coding {
            guid: g(n),
            code: g(code),
            stamp: stamp(user, "2025-03-02T09:00:00Z"),
            notes: Vec::new(),
        };
        Project {
            name: "P2WKSS Bekasi Utara".into(),
            origin: Some(berdaya_origin()),
            stamp: stamp(1, "2025-03-01T08:00:00Z"),
            description: Some("Uji <b>&</b>\tbaris\nkedua".into()),
            users: vec![
                User {
                    guid: g(1),
                    name: Some("Peneliti A".into()),
                    id: Some("PA".into()),
                },
                User {
                    guid: g(2),
                    name: Some("Peneliti B".into()),
                    id: None,
                },
            ],
            codes: vec![Code {
                guid: g(10),
                name: "5M".into(),
                codable: false,
                color: None,
                // Two lines, the second indented: kept exactly inside the project's codebook.
                description: Some("Kategori\n    faktor manajemen".into()),
                notes: vec![g(70)],
                children: vec![
                    Code {
                        guid: g(11),
                        name: "rapat koordinasi".into(),
                        codable: true,
                        color: Some(Rgb(0x1F, 0x77, 0xB4)),
                        description: None,
                        children: Vec::new(),
                        notes: Vec::new(),
                    },
                    Code {
                        guid: g(12),
                        name: "dana terbatas".into(),
                        codable: true,
                        color: None,
                        description: Some("Money, penghambat".into()),
                        children: Vec::new(),
                        notes: vec![g(70)],
                    },
                ],
            }],
            variables: vec![
                Variable {
                    guid: g(20),
                    name: "Peran".into(),
                    kind: VariableKind::Text,
                    description: None,
                },
                Variable {
                    guid: g(21),
                    name: "Usia".into(),
                    kind: VariableKind::Integer,
                    description: Some("tahun".into()),
                },
            ],
            cases: vec![Case {
                guid: g(30),
                name: Some("I-01".into()),
                description: None,
                codes: vec![g(12)],
                values: vec![
                    VariableValue {
                        variable: g(20),
                        value: "Lurah".into(),
                    },
                    VariableValue {
                        variable: g(21),
                        value: "52".into(),
                    },
                ],
                sources: vec![g(40)],
                selections: Vec::new(),
            }],
            sources: vec![TextSource {
                guid: g(40),
                name: Some("Wawancara I-01".into()),
                description: Some("Informan I-01".into()),
                text: text.into(),
                stamp: stamp(1, "2025-03-01T08:05:00Z"),
                selections: vec![
                    Selection {
                        guid: g(50),
                        name: Some("Kami rapat dulu".into()),
                        start: 0,
                        end: 15,
                        description: Some("memo".into()),
                        stamp: stamp(1, "2025-03-02T09:00:00Z"),
                        codings: vec![Coding {
                            notes: vec![g(70)],
                            ..coding(60, 11, 1)
                        }],
                        notes: vec![g(70)],
                    },
                    Selection {
                        guid: g(51),
                        name: Some("Dana terbatas 😟".into()),
                        start: 34,
                        end: 49,
                        description: None,
                        stamp: stamp(2, "2025-03-02T09:00:00Z"),
                        codings: vec![coding(61, 12, 2), coding(62, 12, 1)],
                        notes: Vec::new(),
                    },
                ],
                codings: vec![coding(63, 11, 2)],
                notes: vec![g(70)],
                values: Vec::new(),
            }],
            notes: vec![Note {
                guid: g(70),
                name: Some("Memo".into()),
                description: None,
                text: "Lurah menekankan rapat.\nBaris dua".into(),
                stamp: stamp(2, "2025-03-02T10:00:00Z"),
            }],
            sets: vec![ProjectSet {
                guid: g(80),
                name: "Kelurahan Harapan Jaya".into(),
                description: None,
                codes: vec![g(11)],
                sources: vec![g(40)],
                notes: vec![g(70)],
            }],
            project_notes: vec![g(70)],
        }
    }

    #[cfg(feature = "qdpx")]
    fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let owned: Vec<(String, Vec<u8>)> = entries
            .iter()
            .map(|(n, b)| ((*n).to_owned(), b.to_vec()))
            .collect();
        archive::write(&owned).unwrap()
    }

    #[cfg(feature = "qdpx")]
    fn kinds(ws: &[Warning]) -> Vec<String> {
        ws.iter()
            .map(|w| {
                serde_json::to_value(&w.kind).unwrap()["kind"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }

    /// Every place a note can be referred to, with how many references the project makes
    /// there.
    #[cfg(feature = "qdpx")]
    fn note_refs(p: &Project) -> Vec<(&'static str, usize)> {
        let selections = p.sources.iter().flat_map(|s| &s.selections);
        let codings = p.sources.iter().flat_map(|s| {
            s.codings
                .iter()
                .chain(s.selections.iter().flat_map(|x| &x.codings))
        });
        vec![
            ("project", p.project_notes.len()),
            (
                "codes",
                walk_codes(&p.codes)
                    .iter()
                    .map(|(_, c)| c.notes.len())
                    .sum(),
            ),
            ("sources", p.sources.iter().map(|s| s.notes.len()).sum()),
            ("selections", selections.map(|s| s.notes.len()).sum()),
            ("codings", codings.map(|c| c.notes.len()).sum()),
            ("sets", p.sets.iter().map(|s| s.notes.len()).sum()),
        ]
    }

    #[test]
    #[cfg(feature = "qdpx")]
    fn every_note_reference_and_modelled_element_survives_a_round_trip() {
        let p = sample();
        let before = note_refs(&p);
        assert!(
            before.iter().all(|(_, n)| *n > 0),
            "the sample refers to notes everywhere: {before:?}"
        );
        let back = Project::from_qdpx(&p.to_qdpx().unwrap()).unwrap();
        assert_eq!(back.warnings, []);
        assert_eq!(note_refs(&back.value), before);
        let b = &back.value;
        // Users, cases with their variables and codes, sets, colours, descriptions.
        assert_eq!(b.users, p.users);
        assert_eq!((&b.cases, &b.variables), (&p.cases, &p.variables));
        assert_eq!(b.sets, p.sets);
        assert_eq!(b.codes, p.codes);
        assert_eq!(b.codes[0].children[0].color, Some(Rgb(0x1F, 0x77, 0xB4)));
        assert_eq!(
            b.codes[0].description.as_deref(),
            Some("Kategori\n    faktor manajemen")
        );
        assert_eq!(b.description, p.description);
        // A code's NoteRef sits between its description and its sub-codes, as the schema
        // orders them.
        let qde = p.to_qde().unwrap();
        let at = |needle: &str| qde.find(needle).unwrap();
        let category = at("name=\"5M\"");
        let note = category + qde[category..].find("<NoteRef").unwrap();
        assert!(at("faktor manajemen</Description>") < note);
        assert!(note < at("name=\"rapat koordinasi\""));
    }

    #[test]
    #[cfg(feature = "qdpx")]
    fn a_code_note_naming_no_note_is_reported_not_kept() {
        let mut p = sample();
        p.codes[0].notes = vec![g(99)];
        assert_eq!(p.to_qdpx().unwrap_err().location().path, "codes");
        let qde = sample().to_qde().unwrap().replacen(
            &format!("<NoteRef targetGUID=\"{}\"/>", g(70)),
            &format!("<NoteRef targetGUID=\"{}\"/>", g(99)),
            1,
        );
        let got = Project::from_qde(&qde).unwrap();
        assert_eq!(kinds(&got.warnings), ["dangling_reference"]);
        assert!(got.value.codes[0].notes.is_empty());
        // A .qdc has no notes: a codebook holding some is refused, not written without them.
        let book = super::super::codebook::Codebook {
            origin: None,
            codes: sample().codes,
            sets: Vec::new(),
        };
        let e = book.try_to_qdc().unwrap_err();
        assert_eq!(e.location().path, "codes[0].notes");
    }

    #[cfg(feature = "qdpx")]
    #[test]
    fn berdaya_round_trip_is_lossless() {
        let p = sample();
        let text = &p.sources[0].text;
        let chars: Vec<char> = text.chars().collect();
        let sel = &p.sources[0].selections[1];
        assert_eq!(
            chars[sel.start..sel.end].iter().collect::<String>(),
            "Dana terbatas 😟"
        );
        let bytes = p.to_qdpx().unwrap();
        let back = Project::from_qdpx(&bytes).unwrap();
        assert_eq!(back.warnings, []);
        assert_eq!(back.value, p);
        // Same project, same bytes.
        assert_eq!(p.to_qdpx().unwrap(), bytes);
        let inline = Project::from_qde(&p.to_qde().unwrap()).unwrap();
        assert_eq!(inline.warnings, []);
        assert_eq!(inline.value, p);
        let mut z = Archive::open(&bytes, Limits::default()).unwrap();
        let names = z.names().to_vec();
        assert_eq!(
            names,
            ["project.qde".to_owned(), format!("sources/{}.txt", g(40))]
        );
        let source = z.read(&names[1]).unwrap();
        assert_eq!(source, text.as_bytes(), "UTF-8, no BOM, LF");
    }

    #[cfg(feature = "qdpx")]
    #[test]
    fn dates_and_users_are_always_written() {
        let mut p = sample();
        p.sources[0].selections[0].stamp = Stamp::default();
        p.sources[0].selections[0].codings[0].stamp = Stamp::default();
        let qde = p.to_qde().unwrap();
        let sel = qde
            .lines()
            .find(|l| l.contains("<PlainTextSelection") && l.contains("startPosition=\"0\""))
            .unwrap();
        // The source's user and date.
        assert!(
            sel.contains(&format!(
                "creatingUser=\"{}\" creationDateTime=\"2025-03-01T08:05:00Z\"",
                g(1)
            )),
            "{sel}"
        );
        assert_eq!(
            qde.matches("<Coding ").count(),
            qde.matches("<Coding guid=\"").count()
        );
        for line in qde.lines().filter(|l| {
            l.contains("<Coding ") || l.contains("<Note ") || l.contains("<TextSource ")
        }) {
            assert!(
                line.contains("creatingUser=\"") && line.contains("creationDateTime=\""),
                "{line}"
            );
        }
        p.stamp.created = None;
        let e = p.to_qdpx().unwrap_err();
        assert_eq!(
            (e.kind(), e.location().path.as_str()),
            ("invalid", "stamp.created")
        );
    }

    #[cfg(feature = "qdpx")]
    #[test]
    fn export_refuses_what_it_cannot_write_naming_the_field() {
        let mut p = sample();
        p.sources[0].selections[1].end = 500;
        let e = p.to_qdpx().unwrap_err();
        assert_eq!(e.location().path, "sources[0].selections[1]");
        let mut p = sample();
        p.sources[0].text = "a\r\nb".into();
        p.sources[0].selections.clear();
        assert_eq!(p.to_qdpx().unwrap_err().location().path, "sources[0].text");
        let mut p = sample();
        p.sources[0].selections[0].codings[0].code = g(999);
        assert_eq!(
            p.to_qdpx().unwrap_err().location().path,
            "sources[0].selections[0].codings[0]"
        );
        let mut p = sample();
        p.cases[0].values[1].value = "lima puluh".into();
        assert_eq!(
            p.to_qdpx().unwrap_err().location().path,
            "cases[0].values[1]"
        );
        let mut p = sample();
        p.name = "a\u{1}b".into();
        assert_eq!(p.to_qdpx().unwrap_err().location().path, "name");
        let mut p = sample();
        p.notes[0].guid = g(40);
        assert_eq!(p.to_qdpx().unwrap_err().location().path, "notes[0]");
    }

    #[cfg(feature = "qdpx")]
    const NVIVO_TEXT: &str = "Baris satu.\r\nKami rapat dulu.\r\nDana terbatas.";

    /// As NVivo writes a project: `origin`, lowercase GUIDs, `sources/` with a .txt and a
    /// .docx named by `plainTextPath` and `richTextPath`, positions counting CRLF as two.
    #[cfg(feature = "qdpx")]
    fn nvivo() -> Vec<u8> {
        let qde = r#"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:project:1.0 Project.xsd" name="nv" origin="NVivo for Mac 15.0.0" creationDateTime="2025-01-01T00:00:00Z">
<Users><User guid="aaaaaaaa-0000-4000-8000-000000000001" name="NV"/></Users>
<CodeBook><Codes><Code guid="cccccccc-0000-4000-8000-000000000001" name="Rapat" isCodable="true"><Code guid="cccccccc-0000-4000-8000-000000000002" name="Dana" isCodable="true"/></Code></Codes></CodeBook>
<Sources><TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="T1" richTextPath="internal://bbbbbbbb-0000-4000-8000-000000000001.docx" plainTextPath="internal://bbbbbbbb-0000-4000-8000-000000000001.txt" creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-01-01T00:00:00Z">
<PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" name="Kami rapat dulu" startPosition="13" endPosition="28" creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-01-01T00:00:00Z"><Coding guid="eeeeeeee-0000-4000-8000-000000000001" creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2025-01-01T00:00:00Z"><CodeRef targetGUID="cccccccc-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
<PlainTextSelection guid="dddddddd-0000-4000-8000-000000000002" name="Dana terbatas" startPosition="31" endPosition="44" creatingUser="aaaaaaaa-0000-4000-8000-000000000001"><Coding guid="eeeeeeee-0000-4000-8000-000000000002"><CodeRef targetGUID="cccccccc-0000-4000-8000-000000000002"/></Coding></PlainTextSelection>
</TextSource><PDFSource guid="bbbbbbbb-0000-4000-8000-000000000009" name="pdf"/></Sources>
<Links><Link guid="ffffffff-0000-4000-8000-000000000001"/></Links>
</Project>"#;
        zip(&[
            ("project.qde", qde.as_bytes()),
            (
                "sources/bbbbbbbb-0000-4000-8000-000000000001.txt",
                NVIVO_TEXT.as_bytes(),
            ),
            (
                "sources/bbbbbbbb-0000-4000-8000-000000000001.docx",
                b"PK not read",
            ),
        ])
    }

    #[cfg(feature = "qdpx")]
    #[test]
    fn nvivo_crlf_positions_are_recounted_and_quirks_reported() {
        let got = Project::from_qdpx(&nvivo()).unwrap();
        let s = &got.value.sources[0];
        assert_eq!(s.text, NVIVO_TEXT.replace("\r\n", "\n"));
        let chars: Vec<char> = s.text.chars().collect();
        let texts: Vec<String> = s
            .selections
            .iter()
            .map(|x| chars[x.start..x.end].iter().collect())
            .collect();
        assert_eq!(texts, ["Kami rapat dulu", "Dana terbatas"]);
        let k = kinds(&got.warnings);
        assert!(k.contains(&"attribute_not_modelled".into()), "{k:?}");
        assert!(k.contains(&"line_ends".into()));
        assert_eq!(
            k.iter().filter(|x| *x == "date_missing").count(),
            2,
            "{k:?}"
        );
        let nm: Vec<_> = got
            .warnings
            .iter()
            .filter_map(|w| match &w.kind {
                WarningKind::NotModelled { element } => {
                    Some((element.as_str(), w.location.path.as_str()))
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            nm,
            [
                ("PDFSource", "/Project/Sources[1]/PDFSource[1]"),
                ("Links", "/Project/Links[1]")
            ]
        );
        let le = got
            .warnings
            .iter()
            .find(|w| matches!(w.kind, WarningKind::LineEnds { .. }))
            .unwrap();
        assert_eq!(
            le.kind,
            WarningKind::LineEnds {
                counted: "crlf_as_two",
                because: "selection_text"
            }
        );
        // Written back, every code, selection and coder is kept, and the text is LF.
        let again = Project::from_qdpx(&got.value.to_qdpx().unwrap()).unwrap();
        assert_eq!(
            again.value.sources[0]
                .selections
                .iter()
                .map(|x| (x.start, x.end))
                .collect::<Vec<_>>(),
            s.selections
                .iter()
                .map(|x| (x.start, x.end))
                .collect::<Vec<_>>()
        );
        assert_eq!(again.value.codes, got.value.codes);
        assert_eq!(again.value.users, got.value.users);
    }

    #[cfg(feature = "qdpx")]
    #[test]
    fn atlas_counts_crlf_as_one_and_any_qde_name_and_old_namespace() {
        let qde = r##"<Project xmlns="urn:QDA-XML:project:0:4" name="at" origin="ATLAS.ti Win 23.4.0">
<CodeBook><Codes><Code guid="{CCCCCCCC-0000-4000-8000-000000000001}" name="X" isCodable="true" color="#FF000080"/></Codes></CodeBook>
<sources><TextSource guid="BBBBBBBB-0000-4000-8000-000000000001" plainTextPath="internal://t.txt">
<PlainTextSelection guid="DDDDDDDD-0000-4000-8000-000000000001" startPosition="12" endPosition="27"/>
</TextSource></sources></Project>"##;
        let bytes = zip(&[
            ("Studi Bekasi.qde", qde.as_bytes()),
            ("Sources/t.txt", NVIVO_TEXT.as_bytes()),
        ]);
        let got = Project::from_qdpx(&bytes).unwrap();
        let s = &got.value.sources[0];
        let chars: Vec<char> = s.text.chars().collect();
        let sel = &s.selections[0];
        assert_eq!(
            chars[sel.start..sel.end].iter().collect::<String>(),
            "Kami rapat dulu"
        );
        let k = kinds(&got.warnings);
        for want in [
            "namespace_version",
            "color_alpha_dropped",
            "line_ends",
            "date_missing",
        ] {
            assert!(k.contains(&want.to_owned()), "{want} in {k:?}");
        }
        assert!(got.warnings.iter().any(|w| w.kind
            == WarningKind::LineEnds {
                counted: "crlf_as_one",
                because: "origin"
            }));
        assert_eq!(
            got.value.codes[0].guid.to_string(),
            "cccccccc-0000-4000-8000-000000000001"
        );
    }

    #[cfg(feature = "qdpx")]
    #[test]
    fn bad_archives_are_typed_errors() {
        assert_eq!(Project::from_qdpx(b"not a zip").unwrap_err().kind(), "zip");
        let none = zip(&[("sources/a.txt", b"x")]);
        assert_eq!(
            Project::from_qdpx(&none).unwrap_err().kind(),
            "project_file"
        );
        let two = zip(&[("a.qde", b"x"), ("b.qde", b"x")]);
        assert_eq!(Project::from_qdpx(&two).unwrap_err().kind(), "project_file");
        // A bomb: 10 MB of zeros deflates to a few kB.
        let big = vec![b' '; 10 << 20];
        let bomb = zip(&[("project.qde", &big)]);
        assert!(bomb.len() < 100_000);
        let e = Project::from_qdpx_with(&bomb, Limits::new(10, 1 << 20, 2 << 20)).unwrap_err();
        assert_eq!(e.kind(), "zip_limit");
        assert_eq!(e.location().path, "project.qde");
        let many: Vec<(String, Vec<u8>)> = (0..20)
            .map(|i| (format!("sources/{i}.txt"), Vec::new()))
            .collect();
        let many = archive::write(&many).unwrap();
        assert_eq!(
            Project::from_qdpx_with(&many, Limits::new(10, 1 << 20, 1 << 20))
                .unwrap_err()
                .kind(),
            "zip_limit"
        );
        let p = sample().to_qdpx().unwrap();
        let e = Project::from_qdpx_with(&p, Limits::new(10, 1 << 20, 100)).unwrap_err();
        assert_eq!(e.kind(), "zip_limit");
    }

    #[cfg(feature = "qdpx")]
    #[test]
    fn bad_projects_are_typed_errors_with_locations() {
        let ns = r#"xmlns="urn:QDA-XML:project:1.0""#;
        let src = |sel: &str| {
            format!("<Project {ns} name=\"p\"><Sources>\n<TextSource guid=\"bbbbbbbb-0000-4000-8000-000000000001\"><PlainTextContent>abc</PlainTextContent>{sel}</TextSource></Sources></Project>")
        };
        let e = Project::from_qde(&src("<PlainTextSelection guid=\"dddddddd-0000-4000-8000-000000000001\" startPosition=\"1\" endPosition=\"4\"/>")).unwrap_err();
        assert_eq!((e.kind(), e.location().line), ("selection_range", 2));
        let e = Project::from_qde(&src("<PlainTextSelection guid=\"dddddddd-0000-4000-8000-000000000001\" startPosition=\"2\" endPosition=\"1\"/>")).unwrap_err();
        assert_eq!(e.kind(), "selection_range");
        let e = Project::from_qde(&src("<PlainTextSelection guid=\"dddddddd-0000-4000-8000-000000000001\" startPosition=\"x\" endPosition=\"1\"/>")).unwrap_err();
        assert_eq!(e.kind(), "invalid_attribute");
        let e = Project::from_qde(&src("<PlainTextSelection guid=\"bbbbbbbb-0000-4000-8000-000000000001\" startPosition=\"0\" endPosition=\"1\"/>")).unwrap_err();
        assert_eq!(e.kind(), "duplicate_guid");
        let missing = format!("<Project {ns} name=\"p\"><Sources><TextSource guid=\"bbbbbbbb-0000-4000-8000-000000000001\" plainTextPath=\"internal://x.txt\"/></Sources></Project>");
        let e = Project::from_qde(&missing).unwrap_err();
        assert_eq!(
            (e.kind(), e.location().path.as_str()),
            ("source_text", "/Project/Sources[1]/TextSource[1]")
        );
        let bad_utf8 = zip(&[
            ("project.qde", missing.as_bytes()),
            ("sources/x.txt", b"\xff\xfe"),
        ]);
        assert_eq!(
            Project::from_qdpx(&bad_utf8).unwrap_err().kind(),
            "source_text"
        );
        assert_eq!(
            Project::from_qde("<Project name=\"p\"/>")
                .unwrap_err()
                .kind(),
            "namespace"
        );
        assert_eq!(
            Project::from_qde(&format!("<Project {ns}/>"))
                .unwrap_err()
                .kind(),
            "missing_attribute"
        );
        // A coding of an unknown code: reported, not kept.
        let dangling = src("<Coding guid=\"eeeeeeee-0000-4000-8000-000000000001\"><CodeRef targetGUID=\"cccccccc-0000-4000-8000-000000000009\"/></Coding>");
        let got = Project::from_qde(&dangling).unwrap();
        assert!(got.value.sources[0].codings.is_empty());
        assert!(kinds(&got.warnings).contains(&"dangling_reference".to_owned()));
    }

    #[cfg(feature = "qdpx")]
    #[test]
    fn qualcoder_bom_sources_are_read() {
        let qde = r#"<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="qc" origin="QualCoder 3.6" creationDateTime="2025-01-01T00:00:00"><Sources><TextSource guid="0f0e2d14-8c51-4b5e-9d2c-3f1e6a7b8c9d" name="a.txt" plainTextPath="internal://0f0e2d14-8c51-4b5e-9d2c-3f1e6a7b8c9d.txt" creatingUser="0f0e2d14-8c51-4b5e-9d2c-3f1e6a7b8c90" creationDateTime="2025-01-01T00:00:00"><PlainTextSelection guid="1f0e2d14-8c51-4b5e-9d2c-3f1e6a7b8c9d" name="rapat" startPosition="5" endPosition="10" creatingUser="0f0e2d14-8c51-4b5e-9d2c-3f1e6a7b8c90" creationDateTime="2025-01-01T00:00:00"/></TextSource></Sources></Project>"#;
        let bytes = zip(&[
            ("project.qde", qde.as_bytes()),
            (
                "sources/0f0e2d14-8c51-4b5e-9d2c-3f1e6a7b8c9d.txt",
                "\u{feff}Kami rapat dulu".as_bytes(),
            ),
        ]);
        let got = Project::from_qdpx(&bytes).unwrap();
        assert_eq!(got.value.sources[0].text, "Kami rapat dulu");
        assert_eq!(kinds(&got.warnings), ["byte_order_mark"]);
        assert_eq!(
            got.value.sources[0].stamp.created.as_deref(),
            Some("2025-01-01T00:00:00")
        );
    }

    #[cfg(feature = "qdpx")]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Any text (tabs, quotes, markup, astral characters; no CR) and any selections of it
        /// come back exactly.
        #[test]
        fn any_text_and_selections_round_trip(
            text in "[a-zé<>&\"' \t\n😟\u{10FFFF}]{0,60}",
            spans in proptest::collection::vec((0usize..70, 0usize..70), 0..6),
            name in "[a-z<&\"' ]{0,12}",
        ) {
            let mut p = sample();
            let len = text.chars().count();
            p.sources[0].text = text.clone();
            p.sources[0].name = Some(name.clone());
            let template = p.sources[0].selections[0].clone();
            p.sources[0].selections = spans
                .iter()
                .enumerate()
                .map(|(i, (a, b))| {
                    let (a, b) = ((*a).min(len), (*b).min(len));
                    Selection {
                        guid: g(1000 + i as u32),
                        start: a.min(b),
                        end: a.max(b),
                        name: Some(name.clone()),
                        codings: vec![Coding { guid: g(2000 + i as u32), ..template.codings[0].clone() }],
                        ..template.clone()
                    }
                })
                .collect();
            p.cases[0].selections = p.sources[0].selections.iter().map(|s| s.guid).collect();
            let back = Project::from_qdpx(&p.to_qdpx().unwrap()).unwrap().value;
            proptest::prop_assert_eq!(back, p);
        }
    }
}
