//! The case document: one programme at its sites, with everything recorded about it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::activity::Activity;
use crate::model::assistance::Assistance;
use crate::model::catalogue::ModuleCatalogue;
use crate::model::coding::Coding;
use crate::model::cohort::Cohort;
use crate::model::evidence::{Code, Evidence};
use crate::model::figure::Figure;
use crate::model::lang::Text;
use crate::model::participant::Participant;
use crate::model::programme::Programme;
use crate::model::records::adi::AdiProcess;
use crate::model::records::sulistiyani::Progression;
use crate::model::site::Site;
use crate::model::stakeholder::Stakeholder;

/// The schema version this build of berdaya reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Where a case comes from.
// The example is documentation only: the JSON Schema takes its descriptions from doc comments.
#[cfg_attr(
    any(doc, doctest, not(feature = "schema")),
    doc = r#"
# Examples

```
let case = berdaya::cases::load("wrse-junrejo").unwrap();
let source = case.source.as_ref().unwrap();
assert!(source.seed.as_deref().is_some_and(|s| s.starts_with("004_")));
```
"#
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SourceDocument {
    /// The seed file the case encodes (e.g. `000_beadda07b4a83157.txt`), for bundled cases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
    /// A citation of the source.
    pub citation: String,
}

/// A case: one programme as run at its sites, with its actors, activities, people (or cohort
/// aggregates), assistance, figures and evidence.
///
/// Documents carry a `schema_version`; [`Case::from_json`] refuses versions it does not know
/// and reports every problem it finds, each with a JSON-pointer path. Deserialising a `Case`
/// with serde (e.g. `serde_json::from_str::<Case>`) validates it the same way (the impl lives
/// in `validate`); `Case::from_json_unchecked` is the draft path that skips the cross-record
/// checks.
///
/// # Examples
///
/// ```
/// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
/// assert_eq!(case.programme.acronym, "P2K2");
/// let json = case.to_json();
/// assert_eq!(berdaya::Case::from_json(&json).unwrap(), case);
///
/// let err = berdaya::Case::from_json(r#"{"schema_version": 1}"#).unwrap_err();
/// assert_eq!(err.problems[0].path, "");
/// ```
// The schema mirrors the reader in `validate::unchecked` (the same fields, defaults and
// `deny_unknown_fields`), not only the writer.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct Case {
    /// Schema version of the document; must equal [`SCHEMA_VERSION`].
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1)))]
    pub schema_version: u32,
    /// Short identifier (e.g. `p2wkss-bekasi-utara`).
    pub id: String,
    /// Title in both languages.
    pub title: Text,
    /// Where the case comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceDocument>,
    /// The date the recorded facts describe; recorded ages are as of this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<NaiveDate>,
    /// Who coded the case's judgements (ratings, weights, levels, stages, codes) unless one
    /// says otherwise, when and on what basis; the report's sign-off reads it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding: Option<Coding>,
    /// The programme.
    pub programme: Programme,
    /// Sites.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<Site>,
    /// Stakeholders.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stakeholders: Vec<Stakeholder>,
    /// Activities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
    /// The module catalogue sessions refer to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module_catalogue: Option<ModuleCatalogue>,
    /// Participants (pseudonymous).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Cohorts described by aggregates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cohorts: Vec<Cohort>,
    /// Key figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Assistance handed over.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assistance: Vec<Assistance>,
    /// Evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Qualitative codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
    /// The Adi seven-stage process, once per site where sites ran it separately.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adi: Vec<AdiProcess>,
    /// Sulistiyani progressions of participants, groups or cohorts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sulistiyani: Vec<Progression>,
    /// 5M findings: drivers and inhibitors per management factor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub five_m: Vec<crate::model::records::fivem::Finding>,
    /// An Ansell–Gash assessment of the collaboration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ansell_gash: Option<crate::model::records::ansell_gash::AnsellGashAssessment>,
    /// What the source itself recommends, each quoted from it (whose: the source's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recommendations: Vec<SourceRecommendation>,
    /// Facts in this document that the source does not state: the case author inferred
    /// them, and says from what. The report lists them apart from what the source states.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Inference>,
    /// The case author's notes: why a reading of the source stands as it is (a reviewer's
    /// question answered rather than a record changed). The report shows them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Text>,
}

/// A recommendation the source itself makes, said briefly in both languages and quoted
/// verbatim by its evidence. It is the source's judgement, not berdaya's.
#[cfg_attr(
    any(doc, doctest, not(feature = "schema")),
    doc = r#"
# Examples

```
let case = berdaya::cases::load("wrse-junrejo").unwrap();
// Seed 004's three recommendations, each quoted by its evidence.
assert_eq!(case.recommendations.len(), 3);
assert!(case.recommendations.iter().all(|r| !r.evidence.is_empty()));
```
"#
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SourceRecommendation {
    /// The recommendation in brief.
    pub text: Text,
    /// The evidence quoting it (at least one).
    pub evidence: Vec<crate::model::ids::EvidenceId>,
}

/// A value in the document that the source does not state: where it is (a JSON pointer into
/// the document, e.g. `/programme/funding/0`) and why the case author put it there.
#[cfg_attr(
    any(doc, doctest, not(feature = "schema")),
    doc = r#"
# Examples

```
let case = berdaya::cases::load("wrse-junrejo").unwrap();
// Values seed 004 does not state are listed, each with a pointer into the document.
assert!(!case.inferred.is_empty());
assert!(case.inferred.iter().all(|i| i.path.starts_with('/')));
```
"#
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Inference {
    /// JSON pointer to the inferred value; it must point at something in the document.
    pub path: String,
    /// From what, and why, it was inferred.
    pub reason: Text,
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))] // on the methods
impl Case {
    /// Writes the document as pretty-printed JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// let case = berdaya::cases::load("wrse-junrejo").unwrap();
    /// let json = case.to_json();
    /// assert!(json.starts_with("{\n  \"schema_version\": 1,"));
    /// assert_eq!(berdaya::Case::from_json(&json).unwrap(), case);
    /// ```
    pub fn to_json(&self) -> String {
        // Every field serialises to JSON; an error here would be a bug in a Serialize impl.
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// Finds a site by id.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::SiteId;
    /// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
    /// let first = &case.sites[0];
    /// assert_eq!(case.site(&first.id), Some(first));
    /// assert_eq!(case.site(&SiteId::new("no-such-site")), None);
    /// ```
    pub fn site(&self, id: &crate::model::ids::SiteId) -> Option<&Site> {
        self.sites.iter().find(|s| &s.id == id)
    }

    /// Finds a stakeholder by id.
    ///
    /// # Examples
    ///
    /// ```
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// for actor in &case.stakeholders {
    ///     assert_eq!(case.stakeholder(&actor.id).map(|s| &s.name), Some(&actor.name));
    /// }
    /// ```
    pub fn stakeholder(&self, id: &crate::model::ids::StakeholderId) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| &s.id == id)
    }

    /// Finds an evidence item by id.
    ///
    /// # Examples
    ///
    /// ```
    /// let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
    /// let quoted = &case.evidence[0];
    /// assert_eq!(case.evidence_item(&quoted.id).map(|e| &e.text), Some(&quoted.text));
    /// ```
    pub fn evidence_item(&self, id: &crate::model::ids::EvidenceId) -> Option<&Evidence> {
        self.evidence.iter().find(|e| &e.id == id)
    }
}

/// Building a case by hand: the required parts, then `with_*` for the rest.
// `new` has the example; the crate root's example uses the setters together.
#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl Case {
    /// A case of the current [`SCHEMA_VERSION`] with its id, title and programme; every list
    /// empty. Check it with [`Case::validate`] once filled in.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let programme = Programme::new(
    ///     Text::new("Program uji", "Test programme"), "PU", ProgrammeKind::Custom, Level::City);
    /// let case = Case::new("uji", Text::new("Uji", "Test"), programme)
    ///     .with_reference_date(NaiveDate::from_ymd_opt(2024, 6, 1).unwrap());
    /// assert!(case.validate().is_ok());
    /// ```
    pub fn new(id: impl Into<String>, title: Text, programme: Programme) -> Self {
        Case {
            schema_version: SCHEMA_VERSION,
            id: id.into(),
            title,
            source: None,
            reference_date: None,
            coding: None,
            programme,
            sites: Vec::new(),
            stakeholders: Vec::new(),
            activities: Vec::new(),
            module_catalogue: None,
            participants: Vec::new(),
            cohorts: Vec::new(),
            figures: Vec::new(),
            assistance: Vec::new(),
            evidence: Vec::new(),
            codes: Vec::new(),
            adi: Vec::new(),
            sulistiyani: Vec::new(),
            five_m: Vec::new(),
            ansell_gash: None,
            recommendations: Vec::new(),
            inferred: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Sets the date the recorded facts describe.
    pub fn with_reference_date(mut self, date: NaiveDate) -> Self {
        self.reference_date = Some(date);
        self
    }

    /// Sets who coded the case's judgements.
    pub fn with_coding(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }

    /// Adds a site.
    pub fn with_site(mut self, site: Site) -> Self {
        self.sites.push(site);
        self
    }

    /// Adds a stakeholder.
    pub fn with_stakeholder(mut self, stakeholder: Stakeholder) -> Self {
        self.stakeholders.push(stakeholder);
        self
    }

    /// Adds an activity.
    pub fn with_activity(mut self, activity: Activity) -> Self {
        self.activities.push(activity);
        self
    }

    /// Adds a participant.
    pub fn with_participant(mut self, participant: Participant) -> Self {
        self.participants.push(participant);
        self
    }

    /// Adds an evidence item.
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }

    /// Adds an Adi process.
    pub fn with_adi(mut self, process: AdiProcess) -> Self {
        self.adi.push(process);
        self
    }

    /// Adds a Sulistiyani progression.
    pub fn with_progression(mut self, progression: Progression) -> Self {
        self.sulistiyani.push(progression);
        self
    }

    /// Adds a 5M finding.
    pub fn with_five_m(mut self, finding: crate::model::records::fivem::Finding) -> Self {
        self.five_m.push(finding);
        self
    }

    /// Adds a note of the case author's (why a reading of the source stands).
    pub fn with_note(mut self, note: Text) -> Self {
        self.notes.push(note);
        self
    }

    /// Marks the value at `path` (a JSON pointer) as inferred by the case author, with why.
    pub fn with_inferred(mut self, path: impl Into<String>, reason: Text) -> Self {
        self.inferred.push(Inference {
            path: path.into(),
            reason,
        });
        self
    }

    /// Sets the Ansell–Gash assessment.
    pub fn with_ansell_gash(
        mut self,
        assessment: crate::model::records::ansell_gash::AnsellGashAssessment,
    ) -> Self {
        self.ansell_gash = Some(assessment);
        self
    }
}
