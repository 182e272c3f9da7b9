//! The language-neutral facts of a case summary: counts by sector and kind, missing
//! pentahelix sectors, trainings per site and the informants quoted. Computed in one pass
//! over each list of the case.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::model::activity::{ActivityKind, Topic};
use crate::model::case::Case;
use crate::model::evidence::{EvidenceKind, Informant};
use crate::model::ids::SiteId;
use crate::model::stakeholder::Sector;

/// The language-neutral facts of a case summary.
///
/// # Examples
///
/// ```
/// use berdaya::render::summary::CaseSummary;
/// let case = berdaya::cases::load("wrse-junrejo").unwrap();
/// let s = CaseSummary::of(&case);
/// let counted: usize = s.sectors.iter().map(|(_, n)| n).sum();
/// assert_eq!(counted, case.stakeholders.len());
/// // A pentahelix sector is either counted or named as missing, never both.
/// for sector in &s.missing_sectors {
///     assert!(!s.sectors.iter().any(|(x, _)| x == sector));
/// }
/// ```
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct CaseSummary<'a> {
    /// The case summarised.
    pub case: &'a Case,
    /// Stakeholders per pentahelix sector (sectors with none left out).
    pub sectors: Vec<(Sector, usize)>,
    /// Pentahelix sectors with no stakeholder.
    pub missing_sectors: Vec<Sector>,
    /// Activities per kind.
    pub activity_kinds: Vec<(ActivityKind, usize)>,
    /// Training topics per site (`None`: trainings with no site), in order of first mention.
    pub trainings_by_site: Vec<(Option<SiteId>, Vec<Topic>)>,
    /// Evidence items per kind.
    pub evidence_kinds: Vec<(EvidenceKind, usize)>,
    /// Distinct informants quoted, in order of first mention.
    pub informants: Vec<Informant>,
}

fn trainings_by_site(case: &Case) -> Vec<(Option<SiteId>, Vec<Topic>)> {
    let mut out: Vec<(Option<SiteId>, Vec<Topic>)> = Vec::new();
    let mut slot_of: HashMap<Option<&SiteId>, usize> = HashMap::new();
    let mut seen: HashSet<(usize, Topic)> = HashSet::new();
    for a in case
        .activities
        .iter()
        .filter(|a| a.kind == ActivityKind::Training)
    {
        let slot = *slot_of.entry(a.site.as_ref()).or_insert_with(|| {
            out.push((a.site.clone(), Vec::new()));
            out.len() - 1
        });
        if let Some((_, topics)) = out.get_mut(slot) {
            for &t in &a.topics {
                if seen.insert((slot, t)) {
                    topics.push(t);
                }
            }
        }
    }
    out
}

impl<'a> CaseSummary<'a> {
    /// Computes the summary of `case` (the type's page has the example).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::summary::CaseSummary;
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let s = CaseSummary::of(&case);
    /// // Every activity and every evidence item is counted under exactly one kind.
    /// let activities: usize = s.activity_kinds.iter().map(|(_, n)| n).sum();
    /// let evidence: usize = s.evidence_kinds.iter().map(|(_, n)| n).sum();
    /// assert_eq!((activities, evidence), (case.activities.len(), case.evidence.len()));
    /// ```
    pub fn of(case: &'a Case) -> Self {
        let mut sectors: BTreeMap<Sector, usize> = BTreeMap::new();
        for s in &case.stakeholders {
            *sectors.entry(s.sector).or_default() += 1;
        }
        let missing_sectors = Sector::ALL
            .iter()
            .copied()
            .filter(|s| !sectors.contains_key(s))
            .collect();

        let mut kinds: BTreeMap<ActivityKind, usize> = BTreeMap::new();
        for a in &case.activities {
            *kinds.entry(a.kind).or_default() += 1;
        }

        let mut evidence_kinds: BTreeMap<EvidenceKind, usize> = BTreeMap::new();
        let mut informants: Vec<Informant> = Vec::new();
        let mut seen: HashSet<(&str, &str)> = HashSet::new();
        for e in &case.evidence {
            *evidence_kinds.entry(e.kind).or_default() += 1;
            if let Some(i) = &e.informant {
                if seen.insert((i.code.as_str(), i.role.as_str())) {
                    informants.push(i.clone());
                }
            }
        }

        CaseSummary {
            case,
            sectors: sectors.into_iter().collect(),
            missing_sectors,
            activity_kinds: kinds.into_iter().collect(),
            trainings_by_site: trainings_by_site(case),
            evidence_kinds: evidence_kinds.into_iter().collect(),
            informants,
        }
    }
}
