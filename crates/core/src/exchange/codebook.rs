//! REFI-QDA codebooks (`.qdc`): nested codes (a category is `isCodable="false"`) with
//! descriptions and `#RRGGBB` colours, and sets of codes. [`Codebook::from_qdc`] reads what
//! real tools write — other namespace versions, braced or upper-case GUIDs, alpha colours,
//! Taguette's dotted names and empty `<Sets/>` — with a warning for each thing it tolerated;
//! [`Codebook::to_qdc`] writes what the schema accepts (never an empty `<Sets/>`).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use super::error::{ExchangeError, Imported, Location, Warning, WarningKind};
use super::guid::Guid;
use super::xml::{escape_attr, escape_text, parse, xml_char, Element};

/// The codebook namespace berdaya writes.
pub const CODEBOOK_NAMESPACE: &str = "urn:QDA-XML:codebook:1.0";
const NAMESPACE_PREFIX: &str = "urn:QDA-XML:codebook:";

/// A colour, written `#RRGGBB`.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::Rgb;
/// assert_eq!(Rgb(0x7B, 0x1E, 0x3A).to_string(), "#7B1E3A");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl std::fmt::Display for Rgb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

impl Rgb {
    /// Reads `#RGB`, `#RRGGBB` or `#RRGGBBAA` (with `true`: the alpha was dropped).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Rgb;
    /// assert_eq!(Rgb::parse("#7b1e3a"), Some((Rgb(0x7B, 0x1E, 0x3A), false)));
    /// assert_eq!(Rgb::parse("#f00"), Some((Rgb(255, 0, 0), false)));
    /// // The alpha is dropped, and the `true` says so.
    /// assert_eq!(Rgb::parse("#FF000080"), Some((Rgb(255, 0, 0), true)));
    /// assert_eq!(Rgb::parse("red"), None);
    /// ```
    pub fn parse(text: &str) -> Option<(Rgb, bool)> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        };
        let short = |i: usize| {
            hex.get(i..=i)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .map(|v| v * 17)
        };
        match hex.len() {
            3 => Some((Rgb(short(0)?, short(1)?, short(2)?), false)),
            6 | 8 => Some((Rgb(byte(0)?, byte(2)?, byte(4)?), hex.len() == 8)),
            _ => None,
        }
    }
}

/// A code; a category when it is not codable.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::Codebook;
/// let qdc = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Pendanaan" isCodable="false">
///     <Code guid="dfe5c38e-9449-5959-a1f7-e3d895cfa87f" name="Dana terbatas" isCodable="true"/>
///   </Code>
///   <Code guid="725f0645-9cd3-598a-8d2b-ec3d39ab3c3f" name="Alat" isCodable="true"/>
/// </Codes></CodeBook>"#;
/// let book = Codebook::from_qdc(qdc).unwrap().value;
/// // A category groups codes; text is coded with the codes under it.
/// assert!(!book.codes[0].codable);
/// assert_eq!(book.codes[0].children[0].name, "Dana terbatas");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Code {
    /// Its GUID.
    pub guid: Guid,
    /// Its name.
    pub name: String,
    /// Whether text may be coded with it (`false`: a category).
    pub codable: bool,
    /// Its colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Rgb>,
    /// What it means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its sub-codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Code>,
    /// Notes (memos) on the code: only in a project (`NoteRef` naming one of its notes); a
    /// `.qdc` codebook has no notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Guid>,
}

/// A named set of codes.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::{Codebook, Guid};
/// let qdc = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0">
///   <Codes><Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Dana" isCodable="true"/></Codes>
///   <Sets><Set guid="dfe5c38e-9449-5959-a1f7-e3d895cfa87f" name="5M">
///     <MemberCode targetGUID="0d62985d-b147-5d01-a9b5-cae5dcd98342"/>
///   </Set></Sets>
/// </CodeBook>"#;
/// let book = Codebook::from_qdc(qdc).unwrap().value;
/// assert_eq!(book.sets[0].name, "5M");
/// assert_eq!(book.sets[0].members, [book.codes[0].guid]);
/// assert_eq!(book.codes[0].guid, Guid::parse("0d62985d-b147-5d01-a9b5-cae5dcd98342").unwrap());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CodeSet {
    /// Its GUID.
    pub guid: Guid,
    /// Its name.
    pub name: String,
    /// What it gathers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The GUIDs of its codes.
    #[serde(default)]
    pub members: Vec<Guid>,
}

/// A codebook.
///
/// # Examples
///
/// ```
/// # use berdaya::exchange::Codebook;
/// # let qdc = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
/// #   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Pendanaan" isCodable="false">
/// #     <Code guid="dfe5c38e-9449-5959-a1f7-e3d895cfa87f" name="Dana terbatas" isCodable="true"/>
/// #   </Code>
/// #   <Code guid="725f0645-9cd3-598a-8d2b-ec3d39ab3c3f" name="Alat" isCodable="true"/>
/// # </Codes></CodeBook>"#;
/// # let book = Codebook::from_qdc(qdc).unwrap().value;
/// // `book` holds the codes of the example of `Codebook::walk`; it has no sets, and
/// // none are written (the schema forbids an empty `<Sets/>`).
/// let qdc = book.to_qdc();
/// assert!(!qdc.contains("<Sets"));
/// assert_eq!(Codebook::from_qdc(&qdc).unwrap().value, book);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Codebook {
    /// The tool that wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// The top-level codes.
    pub codes: Vec<Code>,
    /// The sets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sets: Vec<CodeSet>,
}

impl Codebook {
    /// Every code, depth first, with its depth (0 for top-level codes).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Codebook;
    /// let qdc = r#"<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
    ///   <Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Pendanaan" isCodable="false">
    ///     <Code guid="dfe5c38e-9449-5959-a1f7-e3d895cfa87f" name="Dana terbatas" isCodable="true"/>
    ///   </Code>
    ///   <Code guid="725f0645-9cd3-598a-8d2b-ec3d39ab3c3f" name="Alat" isCodable="true"/>
    /// </Codes></CodeBook>"#;
    /// let book = Codebook::from_qdc(qdc).unwrap().value;
    /// let names: Vec<(usize, &str)> =
    ///     book.walk().iter().map(|(d, c)| (*d, c.name.as_str())).collect();
    /// assert_eq!(names, [(0, "Pendanaan"), (1, "Dana terbatas"), (0, "Alat")]);
    /// ```
    pub fn walk(&self) -> Vec<(usize, &Code)> {
        let mut out = Vec::new();
        let mut stack: Vec<(usize, &Code)> = self.codes.iter().rev().map(|c| (0, c)).collect();
        while let Some((depth, code)) = stack.pop() {
            out.push((depth, code));
            stack.extend(code.children.iter().rev().map(|c| (depth + 1, c)));
        }
        out
    }

    /// The codebook as a `.qdc` document.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::{framework_codebook, Codebook};
    /// use berdaya::Lang;
    /// let qdc = framework_codebook(Lang::En).to_qdc();
    /// let back = Codebook::from_qdc(&qdc).unwrap();
    /// assert!(back.warnings.is_empty());
    /// assert_eq!(back.value, framework_codebook(Lang::En));
    /// ```
    pub fn to_qdc(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        let _ = write!(out, "<CodeBook xmlns=\"{CODEBOOK_NAMESPACE}\"");
        if let Some(origin) = &self.origin {
            let _ = write!(out, " origin=\"{}\"", escape_attr(origin));
        }
        out.push_str(">\n  <Codes>\n");
        for code in &self.codes {
            write_code(&mut out, code, 2, false);
        }
        out.push_str("  </Codes>\n");
        write_sets(&mut out, &self.sets, "  ");
        out.push_str("</CodeBook>\n");
        out
    }

    /// The codebook as a `.qdc` document, after checking that the schema and XML can carry
    /// it: the way to write a codebook built in code or read from a user (what
    /// [`Codebook::to_qdc`] writes unchecked).
    ///
    /// # Errors
    ///
    /// [`ExchangeError::Invalid`] naming the field (`codes[0].children[1].name`, `sets[0]`):
    /// no code at all (the schema requires one), a GUID used twice, a set member naming no
    /// code of the codebook, a character XML cannot carry.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::{framework_codebook, Codebook};
    /// use berdaya::Lang;
    /// let book = framework_codebook(Lang::Id);
    /// assert_eq!(book.try_to_qdc().unwrap(), book.to_qdc());
    /// // No code at all: the schema requires one.
    /// let err = Codebook::default().try_to_qdc().unwrap_err();
    /// assert_eq!(err.location().path, "codes");
    /// // A code added twice: named at its second use.
    /// let mut twice = book.clone();
    /// twice.codes.push(book.codes[0].clone());
    /// let err = twice.try_to_qdc().unwrap_err();
    /// assert_eq!(err.location().path, format!("codes[{}]", book.codes.len()));
    /// ```
    pub fn try_to_qdc(&self) -> Result<String, ExchangeError> {
        self.check()?;
        Ok(self.to_qdc())
    }

    fn check(&self) -> Result<(), ExchangeError> {
        if self.codes.is_empty() {
            return Err(invalid(
                "codes",
                "a codebook needs at least one code (the REFI-QDA schema requires one)".into(),
            ));
        }
        let mut seen = BTreeSet::new();
        // Depth first in document order, so a GUID used twice is named at its second use.
        let mut stack: Vec<(String, &Code)> = self
            .codes
            .iter()
            .enumerate()
            .rev()
            .map(|(i, c)| (format!("codes[{i}]"), c))
            .collect();
        while let Some((path, code)) = stack.pop() {
            if !seen.insert(code.guid) {
                return Err(invalid(
                    &path,
                    format!("the GUID {} is used twice", code.guid),
                ));
            }
            xml_text(&format!("{path}.name"), &code.name)?;
            if let Some(d) = &code.description {
                xml_text(&format!("{path}.description"), d)?;
            }
            if !code.notes.is_empty() {
                return Err(invalid(
                    &format!("{path}.notes"),
                    "a .qdc codebook cannot hold notes: write the project (.qdpx) to keep them"
                        .into(),
                ));
            }
            stack.extend(
                code.children
                    .iter()
                    .enumerate()
                    .rev()
                    .map(|(i, c)| (format!("{path}.children[{i}]"), c)),
            );
        }
        let codes = seen.clone();
        if let Some(o) = &self.origin {
            xml_text("origin", o)?;
        }
        for (i, s) in self.sets.iter().enumerate() {
            let path = format!("sets[{i}]");
            if !seen.insert(s.guid) {
                return Err(invalid(&path, format!("the GUID {} is used twice", s.guid)));
            }
            xml_text(&format!("{path}.name"), &s.name)?;
            if let Some(d) = &s.description {
                xml_text(&format!("{path}.description"), d)?;
            }
            if let Some((j, m)) = s
                .members
                .iter()
                .enumerate()
                .find(|(_, m)| !codes.contains(m))
            {
                return Err(invalid(
                    &format!("{path}.members[{j}]"),
                    format!("{m} names no code of the codebook"),
                ));
            }
        }
        Ok(())
    }

    /// Reads a `.qdc` document.
    ///
    /// # Errors
    ///
    /// An [`ExchangeError`] with its location: XML that is not well-formed, another root or
    /// namespace, a missing `Codes`, a code without `guid` or `name`, an unreadable GUID or
    /// `isCodable`, a GUID used twice.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::{Codebook, Rgb, WarningKind};
    /// let qdc = r##"<CodeBook xmlns="urn:QDA-XML:codebook:1.0">
    ///   <Codes>
    ///     <Code guid="{0D62985D-B147-5D01-A9B5-CAE5DCD98342}" name="Dana" isCodable="true" color="#FF000080"/>
    ///   </Codes>
    /// </CodeBook>"##;
    /// let book = Codebook::from_qdc(qdc).unwrap();
    /// assert_eq!(book.value.codes[0].color, Some(Rgb(255, 0, 0)));
    /// // What was tolerated is said: here the colour's alpha.
    /// let [warning] = &book.warnings[..] else { panic!("one warning") };
    /// assert!(matches!(warning.kind, WarningKind::ColorAlphaDropped { .. }));
    /// ```
    pub fn from_qdc(text: &str) -> Result<Imported<Codebook>, ExchangeError> {
        let root = parse(text)?;
        let mut warnings = Vec::new();
        if root.name != "CodeBook" {
            return Err(ExchangeError::Root {
                expected: "CodeBook",
                found: root.name,
                location: root.location,
            });
        }
        check_namespace(&root, &mut warnings)?;
        let book = read_codebook(&root, &mut warnings, None)?;
        Ok(Imported {
            value: book,
            warnings,
        })
    }
}

impl Codebook {
    /// Reads a `.qdc` file's bytes: UTF-8, with or without a byte-order mark.
    ///
    /// # Errors
    ///
    /// As [`Codebook::from_qdc`]; bytes that are not UTF-8 are an [`ExchangeError::Xml`] at
    /// the first bad byte.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::{framework_codebook, Codebook, ExchangeError};
    /// use berdaya::Lang;
    /// let qdc = framework_codebook(Lang::En).to_qdc();
    /// // With a byte-order mark, as some tools write: read as without.
    /// let with_bom = [b"\xEF\xBB\xBF".as_slice(), qdc.as_bytes()].concat();
    /// let read = Codebook::from_qdc_bytes(&with_bom).unwrap();
    /// assert_eq!(read.value, Codebook::from_qdc(&qdc).unwrap().value);
    /// // Latin-1 text is not UTF-8: an error at the first bad byte (the 20th, byte 19 from 0).
    /// let err = Codebook::from_qdc_bytes(b"<CodeBook name=\"caf\xE9\"/>").unwrap_err();
    /// assert!(matches!(err, ExchangeError::Xml { .. }));
    /// assert!(err.to_string().contains("byte 19"));
    /// ```
    pub fn from_qdc_bytes(bytes: &[u8]) -> Result<Imported<Codebook>, ExchangeError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = std::str::from_utf8(bytes).map_err(|e| ExchangeError::Xml {
            message: format!("not UTF-8 text (byte {})", e.valid_up_to()),
            location: Location {
                line: 0,
                column: 0,
                path: "/".into(),
            },
        })?;
        Codebook::from_qdc(text)
    }
}

/// Reads the `Codes` and `Sets` of a `CodeBook` element (a `.qdc` root or a project's).
///
/// `notes`: in a project, the GUIDs of its notes, so a code's `NoteRef`s are kept (a
/// reference to no note is a warning); in a `.qdc` (`None`), a `NoteRef` is not modelled.
pub(crate) fn read_codebook(
    root: &Element,
    warnings: &mut Vec<Warning>,
    notes: Option<&BTreeSet<Guid>>,
) -> Result<Codebook, ExchangeError> {
    let mut book = Codebook {
        origin: root.attribute("origin").map(str::to_owned),
        ..Codebook::default()
    };
    let mut seen = BTreeSet::new();
    let mut codes_found = false;
    for child in &root.children {
        match child.name.as_str() {
            "Codes" => {
                codes_found = true;
                for c in &child.children {
                    match c.name.as_str() {
                        "Code" => book.codes.push(read_code(c, &mut seen, warnings, notes)?),
                        _ => not_modelled(c, warnings),
                    }
                }
            }
            "Sets" => book.sets = read_sets(child, &seen, warnings)?,
            _ => not_modelled(child, warnings),
        }
    }
    if !codes_found {
        return Err(ExchangeError::MissingElement {
            element: "Codes",
            location: root.location.clone(),
        });
    }
    if is_taguette(&book) {
        rebuild_dotted(&mut book, &root.location, warnings);
    }
    Ok(book)
}

fn check_namespace(root: &Element, warnings: &mut Vec<Warning>) -> Result<(), ExchangeError> {
    let found = root.namespace.clone().unwrap_or_default();
    if found == CODEBOOK_NAMESPACE {
        return Ok(());
    }
    if found.starts_with(NAMESPACE_PREFIX) {
        warnings.push(Warning {
            kind: WarningKind::NamespaceVersion { found },
            location: root.location.clone(),
        });
        return Ok(());
    }
    Err(ExchangeError::Namespace {
        expected: CODEBOOK_NAMESPACE,
        found,
        location: root.location.clone(),
    })
}

pub(crate) fn not_modelled(e: &Element, warnings: &mut Vec<Warning>) {
    warnings.push(Warning {
        kind: WarningKind::NotModelled {
            element: e.name.clone(),
        },
        location: e.location.clone(),
    });
}

pub(crate) fn guid_of(e: &Element, attribute: &'static str) -> Result<Guid, ExchangeError> {
    let text = e.required(attribute)?;
    Guid::parse(text).ok_or_else(|| ExchangeError::InvalidAttribute {
        attribute,
        expected: "a GUID (8-4-4-4-12 hexadecimal digits)",
        found: text.to_owned(),
        location: e.location.clone(),
    })
}

fn unique(guid: Guid, e: &Element, seen: &mut BTreeSet<Guid>) -> Result<(), ExchangeError> {
    if seen.insert(guid) {
        Ok(())
    } else {
        Err(ExchangeError::DuplicateGuid {
            guid: guid.to_string(),
            location: e.location.clone(),
        })
    }
}

/// Reads a `Code` and its sub-codes without recursion.
fn read_code(
    e: &Element,
    seen: &mut BTreeSet<Guid>,
    warnings: &mut Vec<Warning>,
    notes: Option<&BTreeSet<Guid>>,
) -> Result<Code, ExchangeError> {
    // Depth-first: build each code's own fields, then attach children bottom-up.
    let mut order: Vec<(usize, &Element)> = vec![(usize::MAX, e)];
    let mut codes: Vec<Code> = Vec::new();
    let mut i = 0;
    while let Some(&(_, el)) = order.get(i) {
        let mut code = code_fields(el, seen, warnings)?;
        for child in &el.children {
            match (child.name.as_str(), notes) {
                ("Code", _) => order.push((i, child)),
                ("Description", _) => {}
                ("NoteRef", Some(known)) => {
                    let guid = guid_of(child, "targetGUID")?;
                    if known.contains(&guid) {
                        code.notes.push(guid);
                    } else {
                        warnings.push(Warning {
                            kind: WarningKind::DanglingReference {
                                element: child.name.clone(),
                                guid: guid.to_string(),
                            },
                            location: child.location.clone(),
                        });
                    }
                }
                _ => not_modelled(child, warnings),
            }
        }
        codes.push(code);
        i += 1;
    }
    // Children come after their parent in `order`: attach from the end.
    while codes.len() > 1 {
        let Some(code) = codes.pop() else { break };
        let parent = order.get(codes.len()).map_or(0, |&(p, _)| p);
        if let Some(p) = codes.get_mut(parent) {
            p.children.insert(0, code);
        }
    }
    codes.pop().ok_or_else(|| ExchangeError::MissingElement {
        element: "Code",
        location: e.location.clone(),
    })
}

fn code_fields(
    e: &Element,
    seen: &mut BTreeSet<Guid>,
    warnings: &mut Vec<Warning>,
) -> Result<Code, ExchangeError> {
    let guid = guid_of(e, "guid")?;
    unique(guid, e, seen)?;
    let name = e.required("name")?.to_owned();
    let codable = match e.attribute("isCodable") {
        Some("true" | "1") => true,
        Some("false" | "0") => false,
        Some(other) => {
            return Err(ExchangeError::InvalidAttribute {
                attribute: "isCodable",
                expected: "true or false",
                found: other.to_owned(),
                location: e.location.clone(),
            })
        }
        None => {
            warnings.push(Warning {
                kind: WarningKind::CodableMissing,
                location: e.location.clone(),
            });
            true
        }
    };
    Ok(Code {
        guid,
        name,
        codable,
        color: e.attribute("color").and_then(|c| color(c, e, warnings)),
        description: description(e),
        children: Vec::new(),
        notes: Vec::new(),
    })
}

pub(crate) fn description(e: &Element) -> Option<String> {
    e.children
        .iter()
        .find(|c| c.name == "Description")
        .map(|d| d.text.clone())
}

fn color(text: &str, e: &Element, warnings: &mut Vec<Warning>) -> Option<Rgb> {
    let parsed = Rgb::parse(text);
    let kind = match parsed {
        Some((_, false)) => None,
        Some((_, true)) => Some(WarningKind::ColorAlphaDropped {
            found: text.to_owned(),
        }),
        None => Some(WarningKind::ColorInvalid {
            found: text.to_owned(),
        }),
    };
    if let Some(kind) = kind {
        warnings.push(Warning {
            kind,
            location: e.location.clone(),
        });
    }
    parsed.map(|(rgb, _)| rgb)
}

fn read_sets(
    e: &Element,
    codes: &BTreeSet<Guid>,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<CodeSet>, ExchangeError> {
    let sets: Vec<&Element> = e.children.iter().filter(|c| c.name == "Set").collect();
    if sets.is_empty() {
        warnings.push(Warning {
            kind: WarningKind::EmptySets,
            location: e.location.clone(),
        });
    }
    let mut out = Vec::new();
    for s in sets {
        let mut set = CodeSet {
            guid: guid_of(s, "guid")?,
            name: s.required("name")?.to_owned(),
            description: description(s),
            members: Vec::new(),
        };
        for m in &s.children {
            match m.name.as_str() {
                "MemberCode" => {
                    let guid = guid_of(m, "guid").or_else(|_| guid_of(m, "targetGUID"))?;
                    if codes.contains(&guid) {
                        set.members.push(guid);
                    } else {
                        warnings.push(Warning {
                            kind: WarningKind::UnknownMember {
                                guid: guid.to_string(),
                            },
                            location: m.location.clone(),
                        });
                    }
                }
                "Description" => {}
                _ => not_modelled(m, warnings),
            }
        }
        out.push(set);
    }
    Ok(out)
}

fn is_taguette(book: &Codebook) -> bool {
    let from_taguette = book
        .origin
        .as_deref()
        .is_some_and(|o| o.to_lowercase().contains("taguette"));
    from_taguette
        && book.codes.iter().all(|c| c.children.is_empty())
        && book.codes.iter().any(|c| c.name.contains('.'))
}

/// Nests Taguette's flat `a.b.c` codes under `a.b` (made a category with Taguette's GUID when
/// it is not itself a tag) and names each by its last part.
fn rebuild_dotted(book: &mut Codebook, at: &Location, warnings: &mut Vec<Warning>) {
    let flat = std::mem::take(&mut book.codes);
    let mut paths: Vec<(String, Code)> = flat.into_iter().map(|c| (c.name.clone(), c)).collect();
    let known: BTreeSet<String> = paths.iter().map(|(p, _)| p.clone()).collect();
    let mut renamed = 0;
    for (path, _) in paths.clone() {
        let mut prefix = path.as_str();
        while let Some((parent, _)) = prefix.rsplit_once('.') {
            if !known.contains(parent) && !paths.iter().any(|(p, _)| p == parent) {
                paths.push((
                    parent.to_owned(),
                    Code {
                        guid: Guid::taguette(parent),
                        name: parent.to_owned(),
                        codable: false,
                        color: None,
                        description: None,
                        children: Vec::new(),
                        notes: Vec::new(),
                    },
                ));
            }
            prefix = parent;
        }
    }
    // Deepest first, so each code is complete before it joins its parent.
    paths.sort_by(|a, b| {
        b.0.matches('.')
            .count()
            .cmp(&a.0.matches('.').count())
            .then(a.0.cmp(&b.0))
    });
    let mut done: Vec<(String, Code)> = Vec::new();
    for (path, mut code) in paths {
        let prefix = format!("{path}.");
        let (mine, rest): (Vec<_>, Vec<_>) = done.into_iter().partition(|(p, _)| {
            p.strip_prefix(&prefix)
                .is_some_and(|tail| !tail.contains('.'))
        });
        done = rest;
        code.children = mine.into_iter().map(|(_, c)| c).collect();
        code.children.sort_by(|a, b| a.name.cmp(&b.name));
        if let Some((_, last)) = path.rsplit_once('.') {
            code.name = last.to_owned();
            renamed += 1;
        }
        done.push((path, code));
    }
    done.sort_by(|a, b| a.0.cmp(&b.0));
    book.codes = done.into_iter().map(|(_, c)| c).collect();
    warnings.push(Warning {
        kind: WarningKind::DottedHierarchy { codes: renamed },
        location: at.clone(),
    });
}

fn invalid(path: &str, message: String) -> ExchangeError {
    ExchangeError::Invalid {
        message,
        location: Location {
            line: 0,
            column: 0,
            path: path.to_owned(),
        },
    }
}

/// A text XML 1.0 can carry (tab, LF and CR are written as character references where they
/// would otherwise be changed).
fn xml_text(path: &str, text: &str) -> Result<(), ExchangeError> {
    match text.chars().find(|c| !xml_char(*c)) {
        None => Ok(()),
        Some(c) => Err(invalid(
            path,
            format!(
                "the character U+{:04X} cannot be written in XML",
                u32::from(c)
            ),
        )),
    }
}

/// Writes a code and its sub-codes at `depth` (two spaces each); `in_project`, with
/// their `NoteRef`s, between the description and the sub-codes as the schema orders them.
pub(crate) fn write_code(out: &mut String, code: &Code, depth: usize, in_project: bool) {
    let pad = "  ".repeat(depth);
    let _ = write!(
        out,
        "{pad}<Code guid=\"{}\" name=\"{}\" isCodable=\"{}\"",
        code.guid,
        escape_attr(&code.name),
        code.codable
    );
    if let Some(c) = code.color {
        let _ = write!(out, " color=\"{c}\"");
    }
    let notes = if in_project {
        code.notes.as_slice()
    } else {
        &[]
    };
    if code.description.is_none() && code.children.is_empty() && notes.is_empty() {
        out.push_str("/>\n");
        return;
    }
    out.push_str(">\n");
    if let Some(d) = &code.description {
        let _ = writeln!(out, "{pad}  <Description>{}</Description>", escape_text(d));
    }
    for n in notes {
        let _ = writeln!(out, "{pad}  <NoteRef targetGUID=\"{n}\"/>");
    }
    for child in &code.children {
        write_code(out, child, depth + 1, in_project);
    }
    let _ = writeln!(out, "{pad}</Code>");
}

pub(crate) fn write_sets(out: &mut String, sets: &[CodeSet], pad: &str) {
    if sets.is_empty() {
        return;
    }
    let _ = writeln!(out, "{pad}<Sets>");
    for s in sets {
        let _ = write!(
            out,
            "{pad}  <Set guid=\"{}\" name=\"{}\"",
            s.guid,
            escape_attr(&s.name)
        );
        if s.description.is_none() && s.members.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        if let Some(d) = &s.description {
            let _ = writeln!(
                out,
                "{pad}    <Description>{}</Description>",
                escape_text(d)
            );
        }
        for m in &s.members {
            let _ = writeln!(out, "{pad}    <MemberCode guid=\"{m}\"/>");
        }
        let _ = writeln!(out, "{pad}  </Set>");
    }
    let _ = writeln!(out, "{pad}</Sets>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::frameworks::framework_codebook;
    use crate::model::lang::Lang;

    /// As Taguette's `export.py` writes a codebook: flat tags with dotted paths, upper-case
    /// UUIDv5 GUIDs, and an empty `<Sets/>`.
    const TAGUETTE: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.5.2">
  <Codes>
    <Code guid="0D62985D-B147-5D01-A9B5-CAE5DCD98342" name="interesting" isCodable="true"><Description>Further review required</Description></Code>
    <Code guid="725F0645-9CD3-598A-8D2B-EC3D39AB3C3F" name="interesting.places" isCodable="true"/>
    <Code guid="DFE5C38E-9449-5959-A1F7-E3D895CFA87F" name="people.lurah" isCodable="true"/>
  </Codes>
  <Sets/>
</CodeBook>"#;

    #[test]
    fn taguette_dotted_names_and_empty_sets_are_accepted_with_warnings() {
        let got = Codebook::from_qdc(TAGUETTE).unwrap();
        let kinds: Vec<_> = got.warnings.iter().map(|w| &w.kind).collect();
        assert!(kinds.contains(&&WarningKind::EmptySets));
        assert!(matches!(
            kinds.last(),
            Some(WarningKind::DottedHierarchy { codes: 2 })
        ));
        let names: Vec<_> = got
            .value
            .walk()
            .iter()
            .map(|(d, c)| (*d, c.name.clone()))
            .collect();
        assert_eq!(
            names,
            [
                (0, "interesting".into()),
                (1, "places".into()),
                (0, "people".into()),
                (1, "lurah".into())
            ]
        );
        let people = &got.value.codes[1];
        assert_eq!(people.guid, Guid::taguette("people"));
        assert!(!people.codable);
        assert_eq!(
            got.value.codes[0].description.as_deref(),
            Some("Further review required")
        );
        // Written back, it is valid: no empty Sets.
        assert!(!got.value.to_qdc().contains("<Sets"));
    }

    #[test]
    fn other_tools_quirks_are_tolerated_with_warnings() {
        let xml = r##"<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="ATLAS.ti Win 23.4.0">
  <Codes>
    <Code guid="{6F1C2A10-0000-4000-8000-000000000001}" name="Dana" isCodable="true" color="#1F77B480"/>
    <Code guid="6f1c2a10-0000-4000-8000-000000000002" name="Rapat" color="rgb(1,2,3)"><NoteRef targetGUID="6f1c2a10-0000-4000-8000-000000000009"/></Code>
  </Codes>
  <Sets><Set guid="6f1c2a10-0000-4000-8000-000000000003" name="Aksial"><MemberCode guid="6f1c2a10-0000-4000-8000-000000000001"/><MemberCode guid="6f1c2a10-0000-4000-8000-000000000077"/></Set></Sets>
</CodeBook>"##;
        let got = Codebook::from_qdc(xml).unwrap();
        let kinds: Vec<&str> = got
            .warnings
            .iter()
            .map(|w| match &w.kind {
                WarningKind::NamespaceVersion { .. } => "namespace",
                WarningKind::ColorAlphaDropped { .. } => "alpha",
                WarningKind::ColorInvalid { .. } => "color",
                WarningKind::CodableMissing => "codable",
                WarningKind::NotModelled { .. } => "not_modelled",
                WarningKind::UnknownMember { .. } => "member",
                _ => "other",
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "namespace",
                "alpha",
                "codable",
                "color",
                "not_modelled",
                "member"
            ]
        );
        let dana = &got.value.codes[0];
        assert_eq!(dana.color, Some(Rgb(0x1F, 0x77, 0xB4)));
        assert_eq!(
            dana.guid.to_string(),
            "6f1c2a10-0000-4000-8000-000000000001"
        );
        assert_eq!(got.value.sets[0].members, [dana.guid]);
        let member = got.warnings.last().unwrap();
        assert_eq!(
            member.location.path,
            "/CodeBook/Sets[1]/Set[1]/MemberCode[2]"
        );
        assert_eq!(member.location.line, 6);
    }

    #[test]
    fn errors_name_their_location() {
        let e = Codebook::from_qdc("<CodeBook><Codes/></CodeBook>").unwrap_err();
        assert_eq!(e.kind(), "namespace");
        let e = Codebook::from_qdc(r#"<Project xmlns="urn:QDA-XML:project:1.0"/>"#).unwrap_err();
        assert_eq!(e.kind(), "root");
        let ns = r#"xmlns="urn:QDA-XML:codebook:1.0""#;
        let e = Codebook::from_qdc(&format!("<CodeBook {ns}/>")).unwrap_err();
        assert_eq!(e.kind(), "missing_element");
        let doc = format!(
            "<CodeBook {ns}><Codes>\n<Code name=\"x\" isCodable=\"true\"/></Codes></CodeBook>"
        );
        let e = Codebook::from_qdc(&doc).unwrap_err();
        assert_eq!((e.kind(), e.location().line), ("missing_attribute", 2));
        assert_eq!(e.location().path, "/CodeBook/Codes[1]/Code[1]");
        let g = "6f1c2a10-0000-4000-8000-000000000001";
        let doc = format!("<CodeBook {ns}><Codes><Code guid=\"{g}\" name=\"a\" isCodable=\"true\"><Code guid=\"{g}\" name=\"b\" isCodable=\"true\"/></Code></Codes></CodeBook>");
        assert_eq!(
            Codebook::from_qdc(&doc).unwrap_err().kind(),
            "duplicate_guid"
        );
        let doc = format!("<CodeBook {ns}><Codes><Code guid=\"x\" name=\"a\" isCodable=\"true\"/></Codes></CodeBook>");
        assert_eq!(
            Codebook::from_qdc(&doc).unwrap_err().kind(),
            "invalid_attribute"
        );
    }

    #[test]
    fn nesting_and_text_survive_a_round_trip() {
        for lang in Lang::ALL {
            let book = framework_codebook(lang);
            let back = Codebook::from_qdc(&book.to_qdc()).unwrap();
            assert_eq!(back.value, book);
            assert!(back.warnings.is_empty());
        }
        let mut book = Codebook::default();
        book.codes.push(Code {
            guid: Guid::stable("t"),
            name: "<b>\"kutip\" & 'apos'</b>".into(),
            codable: true,
            color: None,
            description: Some("baris 1\nbaris 2 — é".into()),
            children: Vec::new(),
            notes: Vec::new(),
        });
        let back = Codebook::from_qdc(&book.to_qdc()).unwrap().value;
        assert_eq!(back, book);
    }

    #[test]
    fn colours() {
        assert_eq!(Rgb::parse("#abc"), Some((Rgb(0xAA, 0xBB, 0xCC), false)));
        assert_eq!(Rgb(1, 2, 255).to_string(), "#0102FF");
        assert_eq!(Rgb::parse("#12345"), None);
        assert_eq!(Rgb::parse("#12345G"), None);
    }
}
