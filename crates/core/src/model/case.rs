//! The case document: one programme at its sites, with everything recorded about it.

use chrono::NaiveDate;
use serde::Serialize;

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
use crate::model::read::read_struct;
use crate::model::records::adi::AdiProcess;
use crate::model::records::sulistiyani::Progression;
use crate::model::site::Site;
use crate::model::stakeholder::Stakeholder;

/// The schema version this build of berdaya reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Where a case comes from.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r#"
# Examples

```
let case = berdaya::cases::load("wrse-junrejo").unwrap();
let source = case.source.as_ref().unwrap();
assert!(source.seed.as_deref().is_some_and(|s| s.starts_with("004_")));
```
"#
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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

read_struct! {
    SourceDocument {
        seed: default,
        citation: required,
    }
}

/// A case: one programme as run at its sites, with its actors, activities, people (or cohort
/// aggregates), assistance, figures and evidence.
///
/// Documents carry a `schema_version`; [`Case::from_json`] refuses versions it does not know
/// and reports every problem it finds, each with a JSON-pointer path. Deserialising a `Case`
/// with serde (e.g. `serde_json::from_str::<Case>`) validates it the same way (the impl lives
/// in `validate`); `Case::from_json_unchecked` is the draft path that skips the cross-record
/// checks.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
let case = berdaya::cases::load("p2k2-karawaci").unwrap();
assert_eq!(case.programme.acronym, "P2K2");
let json = case.to_json();
assert_eq!(berdaya::Case::from_json(&json).unwrap(), case);

let err = berdaya::Case::from_json(r#"{"schema_version": 1}"#).unwrap_err();
assert_eq!(err.problems[0].path, "");
```
"##
)]
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
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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

read_struct! {
    SourceRecommendation {
        text: required,
        evidence: required,
    }
}

/// A value in the document that the source does not state: where it is (a JSON pointer into
/// the document, e.g. `/programme/funding/0`) and why the case author put it there.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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

read_struct! {
    Inference {
        path: required,
        reason: required,
    }
}

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
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let born = NaiveDate::from_ymd_opt(2000, 6, 2).unwrap();
    /// let kpm = Participant::new("p-1").with_birth_date(born).with_age(24);
    /// let case = case.with_participant(kpm);
    /// // A recorded age is checked against the birth date on this day: 23 the day before
    /// // the 24th birthday, 24 on it.
    /// let day = |d| NaiveDate::from_ymd_opt(2024, 6, d).unwrap();
    /// assert!(case.clone().with_reference_date(day(1)).validate().is_err());
    /// assert!(case.with_reference_date(day(2)).validate().is_ok());
    /// ```
    pub fn with_reference_date(mut self, date: NaiveDate) -> Self {
        self.reference_date = Some(date);
        self
    }

    /// Sets who coded the case's judgements.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::coding::Coding;
    /// use berdaya::{render::report::Report, Thresholds};
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let case = case.with_coding(Coding::coded_by("Tim Penilai Provinsi"));
    /// // The assessor who coded the case signs its printed report.
    /// let report = Report::new(&case, &Thresholds::default());
    /// assert!(report.html(Lang::Id).contains("Tim Penilai Provinsi"));
    /// ```
    pub fn with_coding(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }

    /// Adds a site.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let case = case.with_participant(Participant::new("p-1").with_site("rw-02"));
    /// // A participant's site must be one of the case's.
    /// assert!(case.validate().is_err());
    /// let case = case.with_site(Site::new("rw-02", "Jawa Barat", "Bekasi", CityKind::Kota));
    /// assert!(case.validate().is_ok());
    /// assert_eq!(case.site(&SiteId::new("rw-02")).map(|s| s.city.as_str()), Some("Bekasi"));
    /// ```
    pub fn with_site(mut self, site: Site) -> Self {
        self.sites.push(site);
        self
    }

    /// Adds a stakeholder.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let pkk = Stakeholder::new("pkk", "TP PKK", Sector::Community).with_role(Role::Implementer);
    /// let case = case.with_stakeholder(pkk);
    /// let found = case.stakeholder(&StakeholderId::new("pkk")).unwrap();
    /// assert_eq!((found.name.as_str(), found.sector), ("TP PKK", Sector::Community));
    /// ```
    pub fn with_stakeholder(mut self, stakeholder: Stakeholder) -> Self {
        self.stakeholders.push(stakeholder);
        self
    }

    /// Adds an activity.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let sewing = Activity::new("jahit", ActivityKind::Training, t("Menjahit", "Sewing"));
    /// // Facilitated by a stakeholder the case does not have: a dangling reference.
    /// let case = case.with_activity(sewing.facilitated_by("pkk"));
    /// assert!(case.validate().is_err());
    /// let case = case.with_stakeholder(Stakeholder::new("pkk", "TP PKK", Sector::Community));
    /// assert!(case.validate().is_ok());
    /// ```
    pub fn with_activity(mut self, activity: Activity) -> Self {
        self.activities.push(activity);
        self
    }

    /// Adds a participant.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let case = case.with_participant(Participant::new("p-1").with_age(34));
    /// assert!(case.validate().is_ok());
    /// // Participant ids are unique within a case.
    /// assert!(case.with_participant(Participant::new("p-1")).validate().is_err());
    /// ```
    pub fn with_participant(mut self, participant: Participant) -> Self {
        self.participants.push(participant);
        self
    }

    /// Adds an evidence item.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let seen = Evidence::new("e-1", EvidenceKind::Observation, "Berlatih menjahit.");
    /// let case = case.with_evidence(seen);
    /// let quoted = case.evidence_item(&EvidenceId::new("e-1")).unwrap();
    /// assert_eq!(quoted.kind, EvidenceKind::Observation);
    /// assert_eq!(quoted.text, "Berlatih menjahit.");
    /// ```
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
        self
    }

    /// Adds an Adi process.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let mut adi = AdiProcess::new("adi-rw-02");
    /// adi.transition(AdiStage::Preparation, StageStatus::Completed)?;
    /// let case = case.with_adi(adi.clone());
    /// assert!(case.validate().is_ok());
    /// // Process ids are unique within a case: the same process twice is refused.
    /// assert!(case.with_adi(adi).validate().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_adi(mut self, process: AdiProcess) -> Self {
        self.adi.push(process);
        self
    }

    /// Adds a Sulistiyani progression.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let aware = Some(SulistiyaniStage::Awareness);
    /// let progress = Progression::of_participant("p-1").with_stage(Dimension::Social, aware, &[]);
    /// // The progression is a participant's: she must be in the case.
    /// let case = case.with_progression(progress);
    /// assert!(case.validate().is_err());
    /// assert!(case.with_participant(Participant::new("p-1")).validate().is_ok());
    /// ```
    pub fn with_progression(mut self, progression: Progression) -> Self {
        self.sulistiyani.push(progression);
        self
    }

    /// Adds a 5M finding.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let lack = t("Mesin jahit kurang", "Too few sewing machines");
    /// let inhibits = Direction::Inhibitor;
    /// let finding = Finding::new("alat", Factor::Material, inhibits, lack, 2, &["e-1"]);
    /// // A finding cites its evidence, which the case must hold.
    /// let case = case.with_five_m(finding);
    /// assert!(case.validate().is_err());
    /// let seen = Evidence::new("e-1", EvidenceKind::Observation, "Mesin hanya dua.");
    /// assert!(case.with_evidence(seen).validate().is_ok());
    /// ```
    pub fn with_five_m(mut self, finding: crate::model::records::fivem::Finding) -> Self {
        self.five_m.push(finding);
        self
    }

    /// Adds a note of the case author's (why a reading of the source stands).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::{render::report::Report, Thresholds};
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let why = t("Tahun dari tanggal laporan.", "Year taken from the report's date.");
    /// let case = case.with_note(why);
    /// // The report prints the case author's notes, in the reader's language.
    /// let report = Report::new(&case, &Thresholds::default());
    /// assert!(report.markdown(Lang::En).contains("Year taken from the report's date."));
    /// assert!(report.markdown(Lang::Id).contains("Tahun dari tanggal laporan."));
    /// ```
    pub fn with_note(mut self, note: Text) -> Self {
        self.notes.push(note);
        self
    }

    /// Marks the value at `path` (a JSON pointer) as inferred by the case author, with why.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let why = t("Tingkat kota dari penyelenggara.", "City level from the organiser.");
    /// // The pointer must lead to a value in the document.
    /// assert!(case.clone().with_inferred("/programme/level", why.clone()).validate().is_ok());
    /// assert!(case.with_inferred("/programme/no_such_field", why).validate().is_err());
    /// ```
    pub fn with_inferred(mut self, path: impl Into<String>, reason: Text) -> Self {
        self.inferred.push(Inference {
            path: path.into(),
            reason,
        });
        self
    }

    /// Sets the Ansell–Gash assessment.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::{render::report::Report, Thresholds};
    /// # use berdaya::prelude::*;
    /// # let t = |id: &str, en: &str| Text::new(id, en);
    /// # let (kind, level) = (ProgrammeKind::Custom, Level::City);
    /// # let programme = Programme::new(t("Uji", "Test"), "PU", kind, level);
    /// # let case = Case::new("uji", t("Uji", "Test"), programme);
    /// # let case = case.with_evidence(Evidence::new("e-1", EvidenceKind::Observation, "Rapat."));
    /// let assessment = AnsellGashAssessment::new("berdaya-ansell-gash/1");
    /// let dialogue = assessment.rate("dialogue", Some(4), &["e-1"]);
    /// let case = case.with_ansell_gash(dialogue);
    /// assert!(case.validate().is_ok());
    /// // Rated with this build's rubric, so the report scores it.
    /// assert!(Report::new(&case, &Thresholds::default()).ansell_gash.is_some());
    /// ```
    pub fn with_ansell_gash(
        mut self,
        assessment: crate::model::records::ansell_gash::AnsellGashAssessment,
    ) -> Self {
        self.ansell_gash = Some(assessment);
        self
    }
}
