//! Codes linked to the frameworks: a [`Mapping`] (data, editable as JSON) from a project's
//! codes to framework elements — a 5M factor as driver or inhibitor, an Ansell–Gash indicator,
//! an Adi stage, a Sulistiyani stage × dimension. [`evidence`] turns every coding of a mapped
//! code into a [`QuoteRow`]: the verbatim quote, the informant (the project's case), the
//! informant's role and site (case variables named by the mapping), the coder and the element;
//! [`frequencies`] counts them per element × role × site with the quotes behind each; [`attach`]
//! adds them to a case document as quote evidence on its 5M findings, Ansell–Gash ratings and
//! Adi stages, so the existing analyses and the report use them.
//!
//! Whose judgement: each quote is the coder's coding (the case gains a code per code × coder,
//! `coded_by` the coder); the link from code to element is the mapping's author's.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::codebook::Code;
use super::error::{ExchangeError, Imported, Location, Warning, WarningKind};
use super::guid::Guid;
use super::project::Project;
use crate::frameworks::ansell_gash::RUBRIC;
use crate::model::case::Case;
use crate::model::catalogue::Dimension;
use crate::model::coding::Coding;
use crate::model::evidence::{Code as CaseCode, CodeLevel, Evidence, EvidenceKind, Target};
use crate::model::ids::{CodeId, EvidenceId};
use crate::model::lang::{Labelled, Lang, Text};
use crate::model::records::adi::AdiStage;
use crate::model::records::fivem::{Direction, Factor};
use crate::model::records::sulistiyani::SulistiyaniStage;

/// A framework element.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::mapping::Element;
/// use berdaya::prelude::*;
/// let money = Element::FiveM {
///     factor: Factor::Money,
///     direction: Direction::Inhibitor,
///     finding: None,
/// };
/// assert_eq!(money.key(), "five_m/money/inhibitor");
/// assert_eq!(money.label(Lang::En), "5M · Money (funding) · Inhibitor");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "framework", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Element {
    /// A 5M factor as driver or inhibitor; `finding` names the case's finding when the case
    /// has several of that factor and direction.
    FiveM {
        /// The factor.
        factor: Factor,
        /// Driver or inhibitor.
        direction: Direction,
        /// The finding's id in the case.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        finding: Option<String>,
    },
    /// An indicator of the Ansell–Gash rubric (its id, e.g. `dialogue`).
    AnsellGash {
        /// The indicator id.
        indicator: String,
    },
    /// An Adi stage.
    Adi {
        /// The stage.
        stage: AdiStage,
    },
    /// A Sulistiyani stage on a dimension.
    Sulistiyani {
        /// The stage.
        stage: SulistiyaniStage,
        /// The dimension.
        dimension: Dimension,
    },
}

impl Element {
    /// A stable key: `five_m/money/inhibitor`, `ansell_gash/dialogue`, `adi/persiapan`,
    /// `sulistiyani/penyadaran/economic`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::mapping::Element;
    /// use berdaya::prelude::*;
    /// assert_eq!(Element::Adi { stage: AdiStage::Preparation }.key(), "adi/persiapan");
    /// assert_eq!(
    ///     Element::AnsellGash { indicator: "dialogue".into() }.key(),
    ///     "ansell_gash/dialogue"
    /// );
    /// ```
    pub fn key(&self) -> String {
        match self {
            Element::FiveM {
                factor, direction, ..
            } => format!("five_m/{}/{}", factor.code(), direction.code()),
            Element::AnsellGash { indicator } => format!("ansell_gash/{indicator}"),
            Element::Adi { stage } => format!("adi/{}", stage.code()),
            Element::Sulistiyani { stage, dimension } => {
                format!("sulistiyani/{}/{}", stage.code(), dimension.code())
            }
        }
    }

    /// The element in words.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::mapping::Element;
    /// use berdaya::Lang;
    /// let dialogue = Element::AnsellGash { indicator: "dialogue".into() };
    /// assert_eq!(dialogue.label(Lang::En), "Ansell–Gash · Face-to-face dialogue");
    /// assert_eq!(dialogue.label(Lang::Id), "Ansell–Gash · Dialog tatap muka");
    /// ```
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Element::FiveM {
                factor, direction, ..
            } => format!("5M · {} · {}", factor.label(lang), direction.label(lang)),
            Element::AnsellGash { indicator } => {
                let name = RUBRIC
                    .indicator(indicator)
                    .map_or(indicator.as_str(), |d| match lang {
                        Lang::Id => d.label_id,
                        Lang::En => d.label_en,
                    });
                format!("Ansell–Gash · {name}")
            }
            Element::Adi { stage } => format!("Adi · {}", stage.label(lang)),
            Element::Sulistiyani { stage, dimension } => format!(
                "Sulistiyani · {} × {}",
                stage.label(lang),
                dimension.label(lang)
            ),
        }
    }
}

/// A code linked to an element.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::mapping::{Element, Mapping};
/// use berdaya::prelude::*;
/// let mapping = Mapping::from_json(r#"{"links": [{"code": "Adi/persiapan",
///     "element": {"framework": "adi", "stage": "persiapan"}}]}"#).unwrap();
/// let link = &mapping.links[0];
/// // A code is named by its path of names from the top, or by its GUID.
/// assert_eq!(link.code, "Adi/persiapan");
/// assert_eq!(link.element, Element::Adi { stage: AdiStage::Preparation });
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Link {
    /// The code: its GUID, or its path of names from the top (`5M/dana terbatas`).
    pub code: String,
    /// The element.
    pub element: Element,
}

/// Which codes mean which framework elements, and which case variables hold the informant's
/// role and site.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::mapping::Mapping;
/// let json = r#"{"role_variable": "Peran", "site_variable": "Kelurahan"}"#;
/// let mapping = Mapping::from_json(json).unwrap();
/// assert_eq!(mapping.role_variable.as_deref(), Some("Peran"));
/// assert!(mapping.links.is_empty());
/// assert_eq!(Mapping::default().site_variable, None);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Mapping {
    /// The name of the variable holding the informant's role (e.g. `Peran`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_variable: Option<String>,
    /// The name of the variable holding the site (e.g. `Kelurahan`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_variable: Option<String>,
    /// The links.
    #[serde(default)]
    pub links: Vec<Link>,
}

impl Mapping {
    /// Reads a mapping from JSON.
    ///
    /// # Errors
    ///
    /// [`ExchangeError::Invalid`] naming the JSON path of the problem.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::mapping::Mapping;
    /// let err = Mapping::from_json(r#"{"links": [{"code": 5}]}"#).unwrap_err();
    /// // A typed error naming the JSON path of the problem.
    /// assert_eq!(err.kind(), "invalid");
    /// assert_eq!(err.location().path, "links[0].code");
    /// ```
    pub fn from_json(text: &str) -> Result<Mapping, ExchangeError> {
        let mut de = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(&mut de)
            .map_err(|e| invalid(e.path().to_string(), e.inner().to_string()))
    }
}

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

/// One coding of a mapped code: the quote and who said and coded it.
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
/// # use berdaya::exchange::mapping::{evidence, Mapping};
/// # // `dana terbatas` means 5M money as an inhibitor, and (for the example) Ansell–Gash trust.
/// # let mapping = Mapping::from_json(r#"{"role_variable": "Peran", "links": [
/// #     {"code": "5M/dana terbatas",
/// #      "element": {"framework": "five_m", "factor": "money", "direction": "inhibitor"}},
/// #     {"code": "5M/dana terbatas", "element": {"framework": "ansell_gash", "indicator": "trust"}}
/// # ]}"#).unwrap();
/// # let rows = evidence(&project, &mapping).unwrap().value;
/// // `rows` as made in the example of `evidence`.
/// let row = &rows[0];
/// assert_eq!(row.text, "Dana terbatas"); // verbatim from the transcript
/// assert_eq!((row.informant.as_deref(), row.role.as_deref()), (Some("I-01"), Some("Kader PKK")));
/// assert_eq!(row.site, None); // no site variable named: not recorded
/// assert_eq!(row.coder.as_deref(), Some("Peneliti A"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct QuoteRow {
    /// The element.
    pub element: Element,
    /// The element's key.
    pub element_key: String,
    /// The code's path of names.
    pub code: String,
    /// The code's GUID.
    pub code_guid: Guid,
    /// The quote, verbatim from the source.
    pub text: String,
    /// The source's name.
    pub source: Option<String>,
    /// The informant code (the project's case); `None`: not recorded.
    pub informant: Option<String>,
    /// The informant's role; `None`: not recorded.
    pub role: Option<String>,
    /// The site; `None`: not recorded.
    pub site: Option<String>,
    /// The coder's name (or id, or GUID).
    pub coder: Option<String>,
    /// When it was coded.
    pub coded_on: Option<String>,
    /// The selection's GUID.
    pub selection: Guid,
    /// The coding's GUID.
    pub coding: Guid,
}

fn code_paths(codes: &[Code]) -> Vec<(String, Guid)> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, &Code)> = codes.iter().rev().map(|c| (c.name.clone(), c)).collect();
    while let Some((path, c)) = stack.pop() {
        out.push((path.clone(), c.guid));
        stack.extend(
            c.children
                .iter()
                .rev()
                .map(|k| (format!("{path}/{}", k.name), k)),
        );
    }
    out
}

/// The quotes behind every mapped code.
///
/// Codes that were applied but are not mapped are reported as warnings (`code_not_mapped`,
/// with how many codings), and codings of a whole source (no quote) as `whole_source_coding`
/// — never dropped silently.
///
/// # Errors
///
/// [`ExchangeError::Invalid`] naming the mapping's field: a link naming no code (or a name
/// two codes share), an Ansell–Gash indicator the rubric does not have, a role or site
/// variable the project does not have.
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
/// use berdaya::exchange::mapping::{evidence, Mapping};
/// // `dana terbatas` means 5M money as an inhibitor, and (for the example) Ansell–Gash trust.
/// let mapping = Mapping::from_json(r#"{"role_variable": "Peran", "links": [
///     {"code": "5M/dana terbatas",
///      "element": {"framework": "five_m", "factor": "money", "direction": "inhibitor"}},
///     {"code": "5M/dana terbatas", "element": {"framework": "ansell_gash", "indicator": "trust"}}
/// ]}"#).unwrap();
/// let rows = evidence(&project, &mapping).unwrap().value;
/// // One row per coding and element the code is linked to.
/// let keys: Vec<&str> = rows.iter().map(|r| r.element_key.as_str()).collect();
/// assert_eq!(keys, ["five_m/money/inhibitor", "ansell_gash/trust"]);
/// assert!(rows.iter().all(|r| r.code == "5M/dana terbatas"));
/// ```
pub fn evidence(
    project: &Project,
    mapping: &Mapping,
) -> Result<Imported<Vec<QuoteRow>>, ExchangeError> {
    let paths = code_paths(&project.codes);
    let by_guid: BTreeMap<Guid, &str> = paths.iter().map(|(p, g)| (*g, p.as_str())).collect();
    let mut by_path: BTreeMap<&str, Vec<Guid>> = BTreeMap::new();
    for (p, g) in &paths {
        by_path.entry(p.as_str()).or_default().push(*g);
    }
    let mut links: BTreeMap<Guid, Vec<&Element>> = BTreeMap::new();
    for (i, link) in mapping.links.iter().enumerate() {
        let guid = match Guid::parse(&link.code) {
            Some(g) if by_guid.contains_key(&g) => g,
            _ => match by_path.get(link.code.as_str()).map(Vec::as_slice) {
                Some([g]) => *g,
                Some(_) => {
                    return Err(invalid(
                        format!("links[{i}].code"),
                        format!(
                            "several codes are named `{}`: name it by its GUID",
                            link.code
                        ),
                    ))
                }
                None => {
                    return Err(invalid(
                        format!("links[{i}].code"),
                        format!("names no code of the project: `{}`", link.code),
                    ))
                }
            },
        };
        if let Element::AnsellGash { indicator } = &link.element {
            if RUBRIC.indicator(indicator).is_none() {
                return Err(invalid(
                    format!("links[{i}].element.indicator"),
                    format!("the Ansell–Gash rubric has no indicator `{indicator}`"),
                ));
            }
        }
        links.entry(guid).or_default().push(&link.element);
    }
    let variable = |name: &Option<String>, field: &str| -> Result<Option<Guid>, ExchangeError> {
        match name {
            None => Ok(None),
            Some(n) => project
                .variables
                .iter()
                .find(|v| &v.name == n)
                .map(|v| Some(v.guid))
                .ok_or_else(|| {
                    invalid(
                        field.to_owned(),
                        format!("the project has no variable `{n}`"),
                    )
                }),
        }
    };
    let role_var = variable(&mapping.role_variable, "role_variable")?;
    let site_var = variable(&mapping.site_variable, "site_variable")?;
    let mut by_source: BTreeMap<Guid, Vec<usize>> = BTreeMap::new();
    let mut by_selection: BTreeMap<Guid, Vec<usize>> = BTreeMap::new();
    for (i, c) in project.cases.iter().enumerate() {
        for s in &c.sources {
            by_source.entry(*s).or_default().push(i);
        }
        for s in &c.selections {
            by_selection.entry(*s).or_default().push(i);
        }
    }
    let users: BTreeMap<Guid, String> = project
        .users
        .iter()
        .map(|u| {
            let name = u
                .name
                .clone()
                .or_else(|| u.id.clone())
                .unwrap_or_else(|| u.guid.to_string());
            (u.guid, name)
        })
        .collect();
    let mut rows = Vec::new();
    let mut unmapped: BTreeMap<Guid, usize> = BTreeMap::new();
    let mut warnings = Vec::new();
    let mut whole: BTreeMap<Guid, usize> = BTreeMap::new();
    for (si, source) in project.sources.iter().enumerate() {
        for c in &source.codings {
            if links.contains_key(&c.code) {
                *whole.entry(c.code).or_default() += 1;
            } else {
                *unmapped.entry(c.code).or_default() += 1;
            }
        }
        let mut offsets: Vec<usize> = source.text.char_indices().map(|(i, _)| i).collect();
        offsets.push(source.text.len());
        for (ji, sel) in source.selections.iter().enumerate() {
            let cases = by_selection
                .get(&sel.guid)
                .or_else(|| by_source.get(&source.guid))
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let case = match cases {
                [one] => project.cases.get(*one),
                [] => None,
                _ => {
                    warnings.push(Warning {
                        kind: WarningKind::InformantAmbiguous { cases: cases.len() },
                        location: Location {
                            line: 0,
                            column: 0,
                            path: format!("sources[{si}].selections[{ji}]"),
                        },
                    });
                    None
                }
            };
            let value_of = |var: Option<Guid>| -> Option<String> {
                let var = var?;
                case.and_then(|c| c.values.iter().find(|v| v.variable == var))
                    .or_else(|| source.values.iter().find(|v| v.variable == var))
                    .map(|v| v.value.clone())
            };
            let byte = |i: usize| offsets.get(i).copied().unwrap_or(source.text.len());
            let text = source
                .text
                .get(byte(sel.start)..byte(sel.end))
                .unwrap_or("")
                .to_owned();
            for coding in &sel.codings {
                let Some(elements) = links.get(&coding.code) else {
                    *unmapped.entry(coding.code).or_default() += 1;
                    continue;
                };
                let user = coding.stamp.creating_user.or(sel.stamp.creating_user);
                for element in elements {
                    rows.push(QuoteRow {
                        element: (*element).clone(),
                        element_key: element.key(),
                        code: by_guid.get(&coding.code).copied().unwrap_or("").to_owned(),
                        code_guid: coding.code,
                        text: text.clone(),
                        source: source.name.clone(),
                        informant: case.and_then(|c| c.name.clone()),
                        role: value_of(role_var),
                        site: value_of(site_var),
                        coder: user
                            .map(|u| users.get(&u).cloned().unwrap_or_else(|| u.to_string())),
                        coded_on: coding.stamp.created.clone().or(sel.stamp.created.clone()),
                        selection: sel.guid,
                        coding: coding.guid,
                    });
                }
            }
        }
    }
    for (code, codings) in whole {
        warnings.push(Warning {
            kind: WarningKind::WholeSourceCoding {
                code: by_guid.get(&code).copied().unwrap_or("").to_owned(),
                codings,
            },
            location: Location {
                line: 0,
                column: 0,
                path: "sources".into(),
            },
        });
    }
    for (code, codings) in unmapped {
        warnings.push(Warning {
            kind: WarningKind::CodeNotMapped {
                code: by_guid.get(&code).copied().unwrap_or("").to_owned(),
                codings,
            },
            location: Location {
                line: 0,
                column: 0,
                path: "links".into(),
            },
        });
    }
    Ok(Imported {
        value: rows,
        warnings,
    })
}

/// How often the codes of one element were applied, for one role at one site.
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
/// # use berdaya::exchange::mapping::{evidence, Mapping};
/// # // `dana terbatas` means 5M money as an inhibitor, and (for the example) Ansell–Gash trust.
/// # let mapping = Mapping::from_json(r#"{"role_variable": "Peran", "links": [
/// #     {"code": "5M/dana terbatas",
/// #      "element": {"framework": "five_m", "factor": "money", "direction": "inhibitor"}},
/// #     {"code": "5M/dana terbatas", "element": {"framework": "ansell_gash", "indicator": "trust"}}
/// # ]}"#).unwrap();
/// # let rows = evidence(&project, &mapping).unwrap().value;
/// use berdaya::exchange::mapping::frequencies;
/// // `rows` as made in the example of `evidence`.
/// let table = frequencies(&rows, berdaya::Lang::En);
/// let money = table.iter().find(|f| f.element_key == "five_m/money/inhibitor").unwrap();
/// assert_eq!((money.codings, money.informants), (1, 1));
/// assert_eq!(money.role.as_deref(), Some("Kader PKK"));
/// assert_eq!(money.quotes, ["Dana terbatas"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FrequencyRow {
    /// The element's key.
    pub element_key: String,
    /// The element in words.
    pub element: String,
    /// The informants' role (`None`: not recorded).
    pub role: Option<String>,
    /// The site (`None`: not recorded).
    pub site: Option<String>,
    /// Codings.
    pub codings: usize,
    /// Distinct informants (those recorded).
    pub informants: usize,
    /// The quotes behind the count, each once, in the order found.
    pub quotes: Vec<String>,
}

/// Codings per element × role × site, with the quotes behind each, sorted by element key,
/// role and site (not recorded last).
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
/// # use berdaya::exchange::mapping::{evidence, Mapping};
/// # // `dana terbatas` means 5M money as an inhibitor, and (for the example) Ansell–Gash trust.
/// # let mapping = Mapping::from_json(r#"{"role_variable": "Peran", "links": [
/// #     {"code": "5M/dana terbatas",
/// #      "element": {"framework": "five_m", "factor": "money", "direction": "inhibitor"}},
/// #     {"code": "5M/dana terbatas", "element": {"framework": "ansell_gash", "indicator": "trust"}}
/// # ]}"#).unwrap();
/// # let rows = evidence(&project, &mapping).unwrap().value;
/// use berdaya::exchange::mapping::frequencies;
/// // `rows` as made in the example of `evidence`: sorted by element key.
/// let table = frequencies(&rows, berdaya::Lang::En);
/// let elements: Vec<&str> = table.iter().map(|f| f.element.as_str()).collect();
/// assert_eq!(elements, ["Ansell–Gash · Trust-building", "5M · Money (funding) · Inhibitor"]);
/// ```
pub fn frequencies(rows: &[QuoteRow], lang: Lang) -> Vec<FrequencyRow> {
    type Key = (String, (bool, String), (bool, String));
    let key_of = |v: &Option<String>| (v.is_none(), v.clone().unwrap_or_default());
    let mut groups: BTreeMap<Key, (FrequencyRow, BTreeSet<String>, BTreeSet<String>)> =
        BTreeMap::new();
    for r in rows {
        let key = (r.element_key.clone(), key_of(&r.role), key_of(&r.site));
        let entry = groups.entry(key).or_insert_with(|| {
            (
                FrequencyRow {
                    element_key: r.element_key.clone(),
                    element: r.element.label(lang),
                    role: r.role.clone(),
                    site: r.site.clone(),
                    codings: 0,
                    informants: 0,
                    quotes: Vec::new(),
                },
                BTreeSet::new(),
                BTreeSet::new(),
            )
        });
        entry.0.codings += 1;
        if let Some(i) = &r.informant {
            entry.1.insert(i.clone());
        }
        if entry.2.insert(r.text.clone()) {
            entry.0.quotes.push(r.text.clone());
        }
    }
    groups
        .into_values()
        .map(|(mut row, informants, _)| {
            row.informants = informants.len();
            row
        })
        .collect()
}

/// What [`attach`] did with each quote.
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
/// # use berdaya::exchange::mapping::{evidence, Mapping};
/// # // `dana terbatas` means 5M money as an inhibitor, and (for the example) Ansell–Gash trust.
/// # let mapping = Mapping::from_json(r#"{"role_variable": "Peran", "links": [
/// #     {"code": "5M/dana terbatas",
/// #      "element": {"framework": "five_m", "factor": "money", "direction": "inhibitor"}},
/// #     {"code": "5M/dana terbatas", "element": {"framework": "ansell_gash", "indicator": "trust"}}
/// # ]}"#).unwrap();
/// # let rows = evidence(&project, &mapping).unwrap().value;
/// # use berdaya::exchange::mapping::attach;
/// # use berdaya::prelude::*;
/// # let programme = Programme::new(Text::new("P2WKSS", "P2WKSS"), "P2WKSS", ProgrammeKind::P2wkss, Level::City);
/// # let mut case = Case::new("bekasi-utara", Text::new("P2WKSS Bekasi Utara", "P2WKSS Bekasi Utara"), programme);
/// # case.five_m.push(Finding::new("dana", Factor::Money, Direction::Inhibitor,
/// #     Text::new("Dana terbatas", "Limited funds"), 2, &[]));
/// # let attached = attach(&mut case, &rows, "QualCoder 3.6");
/// // `attached` as in the example of `attach`: one quote evidence item added.
/// assert_eq!(attached.evidence, ["qda-eeeeeeee-0000-4000-8000-000000000001"]);
/// assert_eq!(attached.not_attached.len(), 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Attached {
    /// Evidence items added to the case (ids).
    pub evidence: Vec<String>,
    /// Quotes whose element the case has nowhere to hold, with why and what to record
    /// (Indonesian and English).
    pub not_attached: Vec<NotAttached>,
}

/// A quote not attached to its element.
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
/// # use berdaya::exchange::mapping::{evidence, Mapping};
/// # // `dana terbatas` means 5M money as an inhibitor, and (for the example) Ansell–Gash trust.
/// # let mapping = Mapping::from_json(r#"{"role_variable": "Peran", "links": [
/// #     {"code": "5M/dana terbatas",
/// #      "element": {"framework": "five_m", "factor": "money", "direction": "inhibitor"}},
/// #     {"code": "5M/dana terbatas", "element": {"framework": "ansell_gash", "indicator": "trust"}}
/// # ]}"#).unwrap();
/// # let rows = evidence(&project, &mapping).unwrap().value;
/// # use berdaya::exchange::mapping::attach;
/// # use berdaya::prelude::*;
/// # let programme = Programme::new(Text::new("P2WKSS", "P2WKSS"), "P2WKSS", ProgrammeKind::P2wkss, Level::City);
/// # let mut case = Case::new("bekasi-utara", Text::new("P2WKSS Bekasi Utara", "P2WKSS Bekasi Utara"), programme);
/// # case.five_m.push(Finding::new("dana", Factor::Money, Direction::Inhibitor,
/// #     Text::new("Dana terbatas", "Limited funds"), 2, &[]));
/// # let attached = attach(&mut case, &rows, "QualCoder 3.6");
/// // `attached` as in the example of `attach`: the case has no Ansell–Gash rating of trust.
/// let missing = &attached.not_attached[0];
/// assert_eq!(missing.element_key, "ansell_gash/trust");
/// assert!(missing.reason_en.contains("record its score"));
/// // The quote is in the case's evidence all the same.
/// assert!(case.evidence.iter().any(|e| e.id.as_str() == missing.evidence));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct NotAttached {
    /// The evidence id (the quote is in the case's evidence all the same).
    pub evidence: String,
    /// The element's key.
    pub element_key: String,
    /// Why, in Indonesian.
    pub reason_id: String,
    /// Why, in English.
    pub reason_en: String,
}

/// Adds the quotes to a case: one quote evidence item per coding (id `qda-<coding GUID>`,
/// informant code and role, source), a code per code × coder `coded_by` the coder, and the
/// evidence id on the element — the 5M finding of that factor and direction, the ratings of
/// that Ansell–Gash indicator, the Adi stage (as what the quote supports). A case without the
/// finding or rating gets the quote but not the link, with what to record; Sulistiyani
/// elements are never linked automatically (the progression's subject is not known from a
/// code). Adding the same quotes twice adds nothing.
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
/// # use berdaya::exchange::mapping::{evidence, Mapping};
/// # // `dana terbatas` means 5M money as an inhibitor, and (for the example) Ansell–Gash trust.
/// # let mapping = Mapping::from_json(r#"{"role_variable": "Peran", "links": [
/// #     {"code": "5M/dana terbatas",
/// #      "element": {"framework": "five_m", "factor": "money", "direction": "inhibitor"}},
/// #     {"code": "5M/dana terbatas", "element": {"framework": "ansell_gash", "indicator": "trust"}}
/// # ]}"#).unwrap();
/// # let rows = evidence(&project, &mapping).unwrap().value;
/// // `rows` as made in the example of `evidence`; a case with a 5M money inhibitor.
/// use berdaya::exchange::mapping::attach;
/// use berdaya::prelude::*;
/// let programme = Programme::new(
///     Text::new("P2WKSS", "P2WKSS"),
///     "P2WKSS",
///     ProgrammeKind::P2wkss,
///     Level::City,
/// );
/// let mut case = Case::new(
///     "bekasi-utara",
///     Text::new("P2WKSS Bekasi Utara", "P2WKSS Bekasi Utara"),
///     programme,
/// );
/// case.five_m.push(Finding::new(
///     "dana",
///     Factor::Money,
///     Direction::Inhibitor,
///     Text::new("Dana terbatas", "Limited funds"),
///     2,
///     &[],
/// ));
/// let attached = attach(&mut case, &rows, "QualCoder 3.6");
/// let id = EvidenceId::new("qda-eeeeeeee-0000-4000-8000-000000000001");
/// assert_eq!(case.five_m[0].evidence, [id.clone()]);
/// let quote = case.evidence.iter().find(|e| e.id == id).unwrap();
/// assert_eq!(quote.informant.as_ref().unwrap().role, "Kader PKK");
/// // Adding the same quotes twice adds nothing.
/// assert!(attach(&mut case, &rows, "QualCoder 3.6").evidence.is_empty());
/// ```
pub fn attach(case: &mut Case, rows: &[QuoteRow], origin: &str) -> Attached {
    let mut out = Attached::default();
    let mut have: BTreeSet<String> = case
        .evidence
        .iter()
        .map(|e| e.id.as_str().to_owned())
        .collect();
    let mut codes: BTreeSet<String> = case
        .codes
        .iter()
        .map(|c| c.id.as_str().to_owned())
        .collect();
    for r in rows {
        let id = format!("qda-{}", r.coding);
        let coder = r.coder.clone().unwrap_or_else(|| "?".into());
        let code_id = format!("qda-{}-{}", r.code_guid, slug(&coder));
        if codes.insert(code_id.clone()) {
            let mut coding = Coding::coded_by(coder.clone());
            coding.basis = Some(Text::new(
                format!("Pengodean REFI-QDA ({origin})"),
                format!("REFI-QDA coding ({origin})"),
            ));
            if let Some(d) = r.coded_on.as_deref().and_then(|d| d.get(..10)) {
                if let Ok(day) = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                    coding = coding.on(day);
                }
            }
            case.codes.push(CaseCode {
                id: CodeId::new(code_id.clone()),
                label: Text::new(r.code.clone(), r.code.clone()),
                level: CodeLevel::Open,
                parent: None,
                coding: Some(coding),
            });
        }
        let new = have.insert(id.clone());
        if new {
            let mut e = Evidence::new(id.clone(), EvidenceKind::Quote, r.text.clone());
            if let (Some(i), Some(role)) = (&r.informant, &r.role) {
                e = e.with_informant(i.clone(), role.clone());
            }
            e.source = r.source.clone();
            e.codes.push(CodeId::new(code_id));
            case.evidence.push(e);
            out.evidence.push(id.clone());
        }
        let mut not = |id_: &str, en: &str| {
            out.not_attached.push(NotAttached {
                evidence: id.clone(),
                element_key: r.element_key.clone(),
                reason_id: id_.to_owned(),
                reason_en: en.to_owned(),
            })
        };
        let eid = EvidenceId::new(id.clone());
        match &r.element {
            Element::FiveM {
                factor,
                direction,
                finding,
            } => {
                let mut matching: Vec<_> = case
                    .five_m
                    .iter_mut()
                    .filter(|f| {
                        f.factor == *factor
                            && f.direction == *direction
                            && finding.as_ref().is_none_or(|id| &f.id == id)
                    })
                    .collect();
                match matching.as_mut_slice() {
                    [f] => {
                        if !f.evidence.contains(&eid) {
                            f.evidence.push(eid);
                        }
                    }
                    [] => not(
                        "kasus belum mencatat temuan 5M ini: catat temuannya beserta bobotnya",
                        "the case records no such 5M finding: record it with its weight",
                    ),
                    _ => not(
                        "beberapa temuan 5M cocok: sebutkan id temuan (`finding`) di pemetaan",
                        "several 5M findings match: name the finding (`finding`) in the mapping",
                    ),
                }
            }
            Element::AnsellGash { indicator } => {
                let ratings = case
                    .ansell_gash
                    .as_mut()
                    .map(|a| a.ratings.iter_mut().filter(|x| &x.indicator == indicator).collect::<Vec<_>>())
                    .unwrap_or_default();
                if ratings.is_empty() {
                    not(
                        "kasus belum mencatat penilaian indikator Ansell–Gash ini: catat skornya (atau 'tidak teramati')",
                        "the case records no rating of this Ansell–Gash indicator: record its score (or 'not observed')",
                    );
                }
                for x in ratings {
                    if !x.evidence.contains(&eid) {
                        x.evidence.push(eid.clone());
                    }
                }
            }
            Element::Adi { stage } => {
                if let Some(e) = case.evidence.iter_mut().find(|e| e.id == eid) {
                    let t = Target::AdiStage(*stage);
                    if !e.supports.contains(&t) {
                        e.supports.push(t);
                    }
                }
            }
            Element::Sulistiyani { .. } => not(
                "kutipan tidak dikaitkan otomatis ke progresi Sulistiyani: subjeknya (peserta/kohort) tidak diketahui dari kode; kaitkan secara manual",
                "not linked to a Sulistiyani progression automatically: its subject (participant/cohort) is not known from a code; link it by hand",
            ),
        }
    }
    out
}

fn slug(text: &str) -> String {
    let s: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    s.trim_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::project::tests::sample;

    fn mapping() -> Mapping {
        Mapping::from_json(
            r#"{"role_variable": "Peran", "links": [
                {"code": "5M/dana terbatas", "element": {"framework": "five_m", "factor": "money", "direction": "inhibitor"}},
                {"code": "5M/rapat koordinasi", "element": {"framework": "ansell_gash", "indicator": "dialogue"}},
                {"code": "5M/rapat koordinasi", "element": {"framework": "sulistiyani", "stage": "penyadaran", "dimension": "social"}}
            ]}"#,
        )
        .unwrap()
    }

    #[test]
    fn coded_selections_become_quotes_with_informant_role_and_coder() {
        let got = evidence(&sample(), &mapping()).unwrap();
        // The sample's whole-source coding carries no quote: reported, not a row.
        assert_eq!(
            got.warnings
                .iter()
                .map(|w| w.kind.clone())
                .collect::<Vec<_>>(),
            [WarningKind::WholeSourceCoding {
                code: "5M/rapat koordinasi".into(),
                codings: 1
            }]
        );
        let rows: Vec<_> = got
            .value
            .iter()
            .map(|r| {
                (
                    r.element_key.as_str(),
                    r.text.as_str(),
                    r.informant.as_deref(),
                    r.role.as_deref(),
                    r.coder.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "ansell_gash/dialogue",
                    "Kami rapat dulu",
                    Some("I-01"),
                    Some("Lurah"),
                    Some("Peneliti A")
                ),
                (
                    "sulistiyani/penyadaran/social",
                    "Kami rapat dulu",
                    Some("I-01"),
                    Some("Lurah"),
                    Some("Peneliti A")
                ),
                (
                    "five_m/money/inhibitor",
                    "Dana terbatas 😟",
                    Some("I-01"),
                    Some("Lurah"),
                    Some("Peneliti B")
                ),
                (
                    "five_m/money/inhibitor",
                    "Dana terbatas 😟",
                    Some("I-01"),
                    Some("Lurah"),
                    Some("Peneliti A")
                ),
            ]
        );
        assert_eq!(got.value[0].site, None, "no site variable: not recorded");
    }

    #[test]
    fn unmapped_codes_are_reported() {
        let mut m = mapping();
        m.links.truncate(1);
        let got = evidence(&sample(), &m).unwrap();
        assert_eq!(got.value.len(), 2);
        assert_eq!(
            got.warnings
                .iter()
                .map(|w| w.kind.clone())
                .collect::<Vec<_>>(),
            [WarningKind::CodeNotMapped {
                code: "5M/rapat koordinasi".into(),
                codings: 2
            }]
        );
    }

    #[test]
    fn frequencies_count_codings_per_element_role_and_site_with_quotes() {
        let rows = evidence(&sample(), &mapping()).unwrap().value;
        let f = frequencies(&rows, Lang::En);
        let got: Vec<_> = f
            .iter()
            .map(|r| {
                (
                    r.element_key.as_str(),
                    r.codings,
                    r.informants,
                    r.quotes.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "ansell_gash/dialogue",
                    1,
                    1,
                    vec!["Kami rapat dulu".to_owned()]
                ),
                (
                    "five_m/money/inhibitor",
                    2,
                    1,
                    vec!["Dana terbatas 😟".to_owned()]
                ),
                (
                    "sulistiyani/penyadaran/social",
                    1,
                    1,
                    vec!["Kami rapat dulu".to_owned()]
                ),
            ]
        );
        assert_eq!(f[1].element, "5M · Money (funding) · Inhibitor");
        assert_eq!(
            frequencies(&rows, Lang::Id)[0].element,
            "Ansell–Gash · Dialog tatap muka"
        );
    }

    #[test]
    fn mapping_errors_name_the_field() {
        let bad = |json: &str| {
            evidence(&sample(), &Mapping::from_json(json).unwrap())
                .unwrap_err()
                .location()
                .path
                .clone()
        };
        assert_eq!(
            bad(
                r#"{"links": [{"code": "5M/tidak ada", "element": {"framework": "adi", "stage": "persiapan"}}]}"#
            ),
            "links[0].code"
        );
        assert_eq!(
            bad(
                r#"{"links": [{"code": "5M", "element": {"framework": "ansell_gash", "indicator": "nope"}}]}"#
            ),
            "links[0].element.indicator"
        );
        assert_eq!(bad(r#"{"role_variable": "Jabatan"}"#), "role_variable");
        let e = Mapping::from_json(r#"{"links": [{"code": "x", "element": {"framework": "five_m", "factor": "uang", "direction": "driver"}}]}"#).unwrap_err();
        assert_eq!(
            (e.kind(), e.location().path.as_str()),
            ("invalid", "links[0].element")
        );
    }

    #[cfg(feature = "bundled-cases")]
    #[test]
    fn quotes_attach_to_the_case_elements_and_the_case_stays_valid() {
        let mut case = crate::cases::load("sekoper-cinta-mustikasari").unwrap();
        let rows = evidence(&sample(), &mapping()).unwrap().value;
        let before = case.evidence.len();
        let report = attach(&mut case, &rows, "berdaya");
        assert_eq!(report.evidence.len(), 3, "one item per coding");
        assert_eq!(case.evidence.len(), before + 3);
        crate::validate::validate(&case).unwrap();
        let money: Vec<_> = case
            .five_m
            .iter()
            .filter(|f| f.factor == Factor::Money && f.direction == Direction::Inhibitor)
            .collect();
        let [f] = money.as_slice() else {
            panic!("the bundled case has one Money inhibitor")
        };
        assert_eq!(
            f.evidence
                .iter()
                .filter(|e| e.as_str().starts_with("qda-"))
                .count(),
            2
        );
        let rating = case
            .ansell_gash
            .as_ref()
            .unwrap()
            .ratings
            .iter()
            .find(|r| r.indicator == "dialogue")
            .unwrap();
        assert_eq!(
            rating
                .evidence
                .iter()
                .filter(|e| e.as_str().starts_with("qda-"))
                .count(),
            1
        );
        let quote = case
            .evidence
            .iter()
            .find(|e| e.text == "Kami rapat dulu")
            .unwrap();
        assert_eq!(
            quote
                .informant
                .as_ref()
                .map(|i| (i.code.as_str(), i.role.as_str())),
            Some(("I-01", "Lurah"))
        );
        let code = case.codes.iter().find(|c| c.id == quote.codes[0]).unwrap();
        assert_eq!(
            code.coding.as_ref().and_then(|c| c.by.as_deref()),
            Some("Peneliti A")
        );
        assert_eq!(
            report
                .not_attached
                .iter()
                .map(|n| n.element_key.as_str())
                .collect::<Vec<_>>(),
            ["sulistiyani/penyadaran/social"]
        );
        // Again: nothing new.
        let snapshot = case.clone();
        assert!(attach(&mut case, &rows, "berdaya").evidence.is_empty());
        assert_eq!(case, snapshot);
    }
}
