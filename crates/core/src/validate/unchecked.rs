//! The structure of a [`Case`] without its checks, and serde's `Deserialize` for `Case`,
//! which reads that structure and then validates it: there is no way to deserialise an
//! unchecked `Case` except the named draft path (`Case::from_json_unchecked`).

use chrono::NaiveDate;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use crate::model::activity::Activity;
use crate::model::assistance::Assistance;
use crate::model::case::{Case, Inference, SourceDocument, SourceRecommendation};
use crate::model::catalogue::ModuleCatalogue;
use crate::model::coding::Coding;
use crate::model::cohort::Cohort;
use crate::model::evidence::{Code, Evidence};
use crate::model::figure::Figure;
use crate::model::lang::Text;
use crate::model::participant::Participant;
use crate::model::programme::Programme;
use crate::model::records::adi::AdiProcess;
use crate::model::records::ansell_gash::AnsellGashAssessment;
use crate::model::records::fivem::Finding;
use crate::model::records::sulistiyani::Progression;
use crate::model::site::Site;
use crate::model::stakeholder::Stakeholder;
use crate::validate::problem::ValidationError;
use crate::validate::walk;

/// The structure of a [`Case`] without its checks: serde's reader for the fields, used by the
/// validating `Deserialize` impl below and by the draft path. The compiler keeps it in step
/// with `Case` (serde's `remote` builds a `Case` from exactly these fields).
#[derive(Deserialize)]
#[serde(remote = "Case", deny_unknown_fields)]
pub(crate) struct Unchecked {
    schema_version: u32,
    id: String,
    title: Text,
    #[serde(default)]
    source: Option<SourceDocument>,
    #[serde(default, deserialize_with = "crate::model::date::optional_day")]
    reference_date: Option<NaiveDate>,
    #[serde(default)]
    coding: Option<Coding>,
    programme: Programme,
    #[serde(default)]
    sites: Vec<Site>,
    #[serde(default)]
    stakeholders: Vec<Stakeholder>,
    #[serde(default)]
    activities: Vec<Activity>,
    #[serde(default)]
    module_catalogue: Option<ModuleCatalogue>,
    #[serde(default)]
    participants: Vec<Participant>,
    #[serde(default)]
    cohorts: Vec<Cohort>,
    #[serde(default)]
    figures: Vec<Figure>,
    #[serde(default)]
    assistance: Vec<Assistance>,
    #[serde(default)]
    evidence: Vec<Evidence>,
    #[serde(default)]
    codes: Vec<Code>,
    #[serde(default)]
    adi: Vec<AdiProcess>,
    #[serde(default)]
    sulistiyani: Vec<Progression>,
    #[serde(default)]
    five_m: Vec<Finding>,
    #[serde(default)]
    ansell_gash: Option<AnsellGashAssessment>,
    #[serde(default)]
    recommendations: Vec<SourceRecommendation>,
    #[serde(default)]
    inferred: Vec<Inference>,
    #[serde(default)]
    notes: Vec<Text>,
}

/// Deserialising a `Case` validates it: a document with any problem is refused, and the
/// error's text lists every problem with its path. (Use [`Case::from_json`] to get the
/// problems as data.)
impl<'de> Deserialize<'de> for Case {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let case = Unchecked::deserialize(deserializer)?;
        let problems = walk::problems(&case);
        if problems.is_empty() {
            Ok(case)
        } else {
            Err(D::Error::custom(ValidationError { problems }))
        }
    }
}

/// A `Case` read without its checks, as a type serde can name (for the structural pass).
pub(crate) struct Draft(pub Case);

impl<'de> Deserialize<'de> for Draft {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Unchecked::deserialize(deserializer).map(Draft)
    }
}
