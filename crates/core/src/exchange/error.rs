//! Import problems: errors that stop a read and warnings that do not, each with where in the
//! XML it is.

use serde::Serialize;

/// Where in an XML document: line and column (1-based, columns in characters) of an
/// element's start tag, and its path (`/CodeBook/Codes/Code[2]`, 1-based among siblings of
/// the same name).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExchangeError {
    /// The text is not well-formed XML.
    #[error("{location}: not well-formed XML: {message}")]
    Xml {
        /// What the parser found.
        message: String,
        /// Where.
        location: Location,
    },
    /// The root element is not the one expected.
    #[error("{location}: expected the root element {expected}; found {found}")]
    Root {
        /// The expected root.
        expected: &'static str,
        /// The root found.
        found: String,
        /// Where.
        location: Location,
    },
    /// The root's namespace is not a REFI-QDA one.
    #[error("{location}: expected the namespace {expected}; found `{found}`")]
    Namespace {
        /// The namespace expected.
        expected: &'static str,
        /// The namespace found (empty when none).
        found: String,
        /// Where.
        location: Location,
    },
    /// A required element is missing.
    #[error("{location}: missing the element {element}")]
    MissingElement {
        /// The element.
        element: &'static str,
        /// Where (the parent).
        location: Location,
    },
    /// A required attribute is missing.
    #[error("{location}: missing the attribute {attribute}")]
    MissingAttribute {
        /// The attribute.
        attribute: &'static str,
        /// Where.
        location: Location,
    },
    /// An attribute's value cannot be read.
    #[error("{location}: attribute {attribute}: expected {expected}; found `{found}`")]
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
    #[error("{location}: the GUID {guid} is used twice")]
    DuplicateGuid {
        /// The GUID.
        guid: String,
        /// Where (the second use).
        location: Location,
    },
    /// Elements nest deeper than berdaya reads.
    #[error("{location}: elements nest deeper than {max} levels")]
    TooDeep {
        /// The limit.
        max: usize,
        /// Where.
        location: Location,
    },
}

impl ExchangeError {
    /// A stable machine-readable code.
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
        }
    }

    /// Where the problem is.
    pub fn location(&self) -> &Location {
        match self {
            ExchangeError::Xml { location, .. }
            | ExchangeError::Root { location, .. }
            | ExchangeError::Namespace { location, .. }
            | ExchangeError::MissingElement { location, .. }
            | ExchangeError::MissingAttribute { location, .. }
            | ExchangeError::InvalidAttribute { location, .. }
            | ExchangeError::DuplicateGuid { location, .. }
            | ExchangeError::TooDeep { location, .. } => location,
        }
    }
}

/// Something an import accepted but changed, tolerated or did not keep.
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
}

/// A warning with its location.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// What.
    #[serde(flatten)]
    pub kind: WarningKind,
    /// Where.
    pub location: Location,
}

/// What an import read, with its warnings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Imported<T> {
    /// What was read.
    pub value: T,
    /// What was tolerated, changed or not kept.
    pub warnings: Vec<Warning>,
}
