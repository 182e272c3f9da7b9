//! The Sulistiyani three-stage progression toward self-reliance (seed 002; Sulistiyani 2017).
//!
//! 1. *Penyadaran dan pembentukan perilaku* — awareness and behaviour formation;
//! 2. *Transformasi kemampuan* — capability transformation (knowledge and basic skills);
//! 3. *Peningkatan kemampuan intelektual dan keterampilan* — intellectual and skill
//!    enhancement, where initiative and innovation lead to *kemandirian*.
//!
//! A [`Progression`] tracks one participant, group or aggregate cohort on each
//! [`Dimension`] separately, with indicators and evidence per stage. Graduation readiness
//! needs the economic dimension as well as the social one ([`GraduationPolicy`]) and says
//! what is missing — seed 002: "graduasi mandiri tidak hanya kondisi sosialnya saja yang
//! meningkat tetapi ekonominya juga harus meningkat".
//!
//! # Examples
//!
//! ```
//! use berdaya::model::catalogue::Dimension;
//! use berdaya::frameworks::sulistiyani::{GraduationPolicy, Readiness, SulistiyaniStage};
//! let case = berdaya::cases::load("p2k2-karawaci").unwrap();
//! let kpm = &case.sulistiyani[0];
//! let r = Readiness::of(kpm, &GraduationPolicy::default());
//! assert!(!r.ready);
//! assert_eq!(r.missing[0].dimension, Dimension::Economic);
//! assert_eq!(r.missing[0].reached, Some(SulistiyaniStage::Transformation));
//! ```

use serde::{Deserialize, Serialize};

use crate::model::case::Case;

pub use crate::model::records::sulistiyani::*;

/// What graduation (graduasi mandiri) requires.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::sulistiyani::{Dimension, GraduationPolicy, SulistiyaniStage};
/// // The default follows seed 002: social and economic, both at the third stage.
/// let seed = GraduationPolicy::default();
/// assert_eq!(seed.stage, SulistiyaniStage::Enhancement);
/// // A stricter programme rule of one's own.
/// let strict = GraduationPolicy::new(Dimension::ALL.to_vec(), SulistiyaniStage::Enhancement);
/// assert!(strict.required.len() > seed.required.len());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct GraduationPolicy {
    /// Dimensions that must each reach `stage`.
    pub required: Vec<Dimension>,
    /// The stage they must reach.
    pub stage: SulistiyaniStage,
}

impl GraduationPolicy {
    /// Graduation needs every dimension of `required` at `stage` or beyond.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::sulistiyani::*;
    /// // A programme rule of one's own: the economic dimension alone, at the second stage.
    /// let second = SulistiyaniStage::Transformation;
    /// let policy = GraduationPolicy::new(vec![Dimension::Economic], second);
    /// let top = Some(SulistiyaniStage::Enhancement);
    /// let p = Progression::of_participant("kpm-1").with_stage(Dimension::Economic, top, &[]);
    /// // Beyond the stage counts; the social dimension, not required, is not missing.
    /// assert!(Readiness::of(&p, &policy).ready);
    /// assert!(!Readiness::of(&p, &GraduationPolicy::default()).ready);
    /// ```
    pub fn new(required: Vec<Dimension>, stage: SulistiyaniStage) -> Self {
        GraduationPolicy { required, stage }
    }
}

impl Default for GraduationPolicy {
    /// Social and economic, both at the third stage (seed 002).
    fn default() -> Self {
        GraduationPolicy {
            required: vec![Dimension::Social, Dimension::Economic],
            stage: SulistiyaniStage::Enhancement,
        }
    }
}

/// A required dimension short of the stage graduation needs.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::sulistiyani::*;
/// let p = Progression::of_participant("kpm-1").with_stage(
///     Dimension::Social, Some(SulistiyaniStage::Awareness), &[]);
/// let r = Readiness::of(&p, &GraduationPolicy::default());
/// let social = r.missing.iter().find(|s| s.dimension == Dimension::Social).unwrap();
/// assert_eq!((social.reached, social.needed),
///            (Some(SulistiyaniStage::Awareness), SulistiyaniStage::Enhancement));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Shortfall {
    /// The dimension.
    pub dimension: Dimension,
    /// Where it stands (`None`: not assessed or not yet at the first stage).
    pub reached: Option<SulistiyaniStage>,
    /// The stage needed.
    pub needed: SulistiyaniStage,
}

/// Whether a subject is ready to graduate, and what is missing.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::sulistiyani::*;
/// let top = Some(SulistiyaniStage::Enhancement);
/// let p = Progression::of_participant("kpm-1")
///     .with_stage(Dimension::Social, top, &[])
///     .with_stage(Dimension::Economic, top, &[]);
/// assert!(Readiness::of(&p, &GraduationPolicy::default()).ready);
/// // A dimension nobody assessed is missing, not assumed reached.
/// let only_social = Progression::of_participant("kpm-2").with_stage(Dimension::Social, top, &[]);
/// let r = Readiness::of(&only_social, &GraduationPolicy::default());
/// assert!(!r.ready);
/// assert_eq!(r.missing[0].reached, None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Readiness {
    /// Every required dimension has reached the stage.
    pub ready: bool,
    /// The required dimensions that have not.
    pub missing: Vec<Shortfall>,
}

impl Readiness {
    /// Graduation readiness under `policy` (the type's page has the example).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::sulistiyani::*;
    /// use SulistiyaniStage::{Enhancement, Transformation};
    /// let p = Progression::of_participant("kpm-1")
    ///     .with_stage(Dimension::Social, Some(Enhancement), &[])
    ///     .with_stage(Dimension::Economic, Some(Transformation), &[]);
    /// // The default asks for both at the third stage: the economic one is a stage short.
    /// let r = Readiness::of(&p, &GraduationPolicy::default());
    /// assert!(!r.ready);
    /// assert_eq!(r.missing.len(), 1);
    /// assert_eq!(r.missing[0].dimension, Dimension::Economic);
    /// assert_eq!(r.missing[0].reached, Some(Transformation));
    /// ```
    pub fn of(progression: &Progression, policy: &GraduationPolicy) -> Readiness {
        let missing: Vec<Shortfall> = policy
            .required
            .iter()
            .filter_map(|&dimension| {
                let reached = progression.reached(dimension);
                (reached < Some(policy.stage)).then_some(Shortfall {
                    dimension,
                    reached,
                    needed: policy.stage,
                })
            })
            .collect();
        Readiness {
            ready: missing.is_empty(),
            missing,
        }
    }
}

/// How many are at one stage of one dimension (a row of a [`Distribution`]).
///
/// # Examples
///
/// ```
/// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
/// for d in berdaya::frameworks::sulistiyani::distribution(&case) {
///     let not_started = &d.rows[0];
///     assert_eq!(not_started.stage, None, "the first row: not yet at the first stage");
/// }
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StageCount {
    /// The stage (`None`: not yet at the first stage).
    pub stage: Option<SulistiyaniStage>,
    /// Participants tracked individually.
    pub participants: u64,
    /// Members of cohorts with a known size.
    pub cohort_members: u64,
    /// Cohorts and groups whose size is not known.
    pub units_of_unknown_size: u64,
}

/// The distribution across stages on one dimension.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::sulistiyani::{distribution, SulistiyaniStage};
/// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
/// let d = distribution(&case);
/// assert!(!d.is_empty());
/// assert!(d.iter().all(|d| d.rows.len() == 1 + SulistiyaniStage::ALL.len()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Distribution {
    /// The dimension.
    pub dimension: Dimension,
    /// One row per stage, `None` (not yet started) first.
    pub rows: Vec<StageCount>,
}

/// The distribution of a case's progressions across stages, per dimension present.
///
/// # Examples
///
/// ```
/// // A case that records no progression has no distribution (not a row of zeros).
/// let case = berdaya::cases::load("wrse-junrejo").unwrap();
/// assert!(case.sulistiyani.is_empty());
/// assert!(berdaya::frameworks::sulistiyani::distribution(&case).is_empty());
/// ```
pub fn distribution(case: &Case) -> Vec<Distribution> {
    let mut dims: Vec<Dimension> = case
        .sulistiyani
        .iter()
        .flat_map(|p| p.dimensions.iter().map(|d| d.dimension))
        .collect();
    crate::model::order::sort(&mut dims);
    dims.dedup();
    dims.into_iter()
        .map(|dimension| {
            let mut rows: Vec<StageCount> = std::iter::once(None)
                .chain(SulistiyaniStage::ALL.iter().copied().map(Some))
                .map(|stage| StageCount {
                    stage,
                    ..StageCount::default()
                })
                .collect();
            for p in &case.sulistiyani {
                let Some(d) = p.dimensions.iter().find(|d| d.dimension == dimension) else {
                    continue;
                };
                let Some(row) = rows.iter_mut().find(|r| r.stage == d.reached) else {
                    continue;
                };
                match &p.subject {
                    Subject::Participant(_) => row.participants += 1,
                    Subject::Cohort(id) => {
                        match case
                            .cohorts
                            .iter()
                            .find(|c| &c.id == id)
                            .and_then(|c| c.size)
                        {
                            Some(n) => row.cohort_members += n,
                            None => row.units_of_unknown_size += 1,
                        }
                    }
                    Subject::Group(_) => row.units_of_unknown_size += 1,
                }
            }
            Distribution { dimension, rows }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::ParticipantId;
    use proptest::prelude::*;
    use proptest::sample::select;

    fn progression(
        social: Option<SulistiyaniStage>,
        economic: Option<SulistiyaniStage>,
    ) -> Progression {
        let dim = |dimension, reached| DimensionProgress {
            dimension,
            reached,
            indicators: vec![],
            evidence: vec![],
            coding: None,
        };
        Progression {
            subject: Subject::Participant(ParticipantId::new("p")),
            as_of: None,
            dimensions: vec![
                dim(Dimension::Social, social),
                dim(Dimension::Economic, economic),
            ],
        }
    }

    #[test]
    fn graduation_needs_the_economic_dimension_too() {
        use SulistiyaniStage::*;
        let policy = GraduationPolicy::default();
        assert!(Readiness::of(&progression(Some(Enhancement), Some(Enhancement)), &policy).ready);
        let r = Readiness::of(
            &progression(Some(Enhancement), Some(Transformation)),
            &policy,
        );
        assert!(!r.ready);
        assert_eq!(
            r.missing,
            vec![Shortfall {
                dimension: Dimension::Economic,
                reached: Some(Transformation),
                needed: Enhancement
            }]
        );
        let r = Readiness::of(&progression(None, None), &policy);
        assert_eq!(r.missing.len(), 2);
        // A dimension not tracked at all is missing too.
        let mut social_only = progression(Some(Enhancement), None);
        social_only.dimensions.pop();
        assert_eq!(
            Readiness::of(&social_only, &policy).missing[0].reached,
            None
        );
    }

    proptest! {
        #[test]
        fn prop_readiness_is_monotone_in_the_stages_reached(
            s in proptest::option::of(select(SulistiyaniStage::ALL)),
            e in proptest::option::of(select(SulistiyaniStage::ALL)),
        ) {
            let policy = GraduationPolicy::default();
            let r = Readiness::of(&progression(s, e), &policy);
            prop_assert_eq!(r.ready, s == Some(SulistiyaniStage::Enhancement) && e == Some(SulistiyaniStage::Enhancement));
            // Raising any dimension never adds a shortfall.
            let up = |x: Option<SulistiyaniStage>| x.max(Some(SulistiyaniStage::Transformation));
            prop_assert!(Readiness::of(&progression(up(s), up(e)), &policy).missing.len() <= r.missing.len());
        }
    }
}
