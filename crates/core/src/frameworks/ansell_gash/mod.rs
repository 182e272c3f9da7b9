//! The Ansell–Gash model of collaborative governance (Ansell & Gash 2008; seed 003).
//!
//! The rubric is data ([`RUBRIC`]): a versioned list of indicators grouped in the model's
//! components, a 1–5 rating scale, and bands — printable with [`Rubric::render`] so a
//! researcher can cite exactly what was scored. Every indicator is phrased so that 5 is the
//! condition most favourable to collaboration.
//!
//! Indicator scores are averaged per component. The overall score is the **mean of the
//! component means** (each component weighs the same however many indicators it has); the
//! plain **indicator mean** over every rated indicator is offered beside it. An indicator that
//! is not rated is *not observed*: it is listed, and left out of every mean — never counted as
//! zero. A rating with no evidence is flagged.
//!
//! The bands are a **borrowed convention**, not Ansell & Gash's: the cut points (4.0 and above
//! a *strength*, 3.0–3.9 *borderline*, below 3.0 a *concern*) are the Wilder Collaboration
//! Factors Inventory's reading of members' survey means, applied here to one assessor's
//! ratings. They are a parameter ([`Banding`], defaults kept), and no band is given to a mean
//! resting on fewer than [`Banding::min_coverage_percent`] of its indicators (default half).
//!
//! # Examples
//!
//! ```
//! use berdaya::frameworks::ansell_gash::{Component, Scores};
//! let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
//! let scores = Scores::of(case.ansell_gash.as_ref().unwrap()).unwrap();
//! let design = scores.component(Component::InstitutionalDesign).unwrap();
//! assert!(design.mean.is_some());
//! assert!(scores.not_observed.contains(&"prehistory"));
//! ```

use serde::Serialize;

pub use crate::model::records::ansell_gash::*;

mod rubric;
pub use rubric::{
    Band, Component, IndicatorDef, ProcessPart, Rubric, ScalePoint, ADDED_SINCE_PREVIOUS,
    PREVIOUS_CITATION, RUBRIC,
};

/// The score of one indicator.
///
/// # Examples
///
/// ```
/// # use berdaya::frameworks::ansell_gash::{Band, Component, Scores, RUBRIC};
/// # use berdaya::prelude::*;
/// # let assessment = AnsellGashAssessment::new("berdaya-ansell-gash/2")
/// #     .rate("leadership", Some(5), &["e-rapat"])
/// #     .rate("empowerment", Some(4), &[])
/// #     .rate("dialogue", Some(2), &["e-rapat"]);
/// # let scores = Scores::of(&assessment).unwrap();
/// // `scores` as in the example of `Scores::of`.
/// let empowerment = scores.indicators.iter().find(|i| i.indicator.id == "empowerment").unwrap();
/// assert_eq!(empowerment.score, Some(4));
/// assert!(empowerment.without_evidence); // rated, but no evidence cited
/// let trust = scores.indicators.iter().find(|i| i.indicator.id == "trust").unwrap();
/// assert_eq!(trust.score, None); // not observed, never zero
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct IndicatorScore {
    /// The indicator.
    pub indicator: &'static IndicatorDef,
    /// Its score (`None`: not observed).
    pub score: Option<u8>,
    /// Rated, but with no evidence.
    pub without_evidence: bool,
}

/// How means are banded: the cut points (a convention borrowed from the Wilder Collaboration
/// Factors Inventory) and the least share of indicators rated for a band to be given.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::ansell_gash::{Band, Banding};
/// let b = Banding::default();
/// assert_eq!((b.strength_from, b.borderline_from, b.min_coverage_percent), (4.0, 3.0, 50.0));
/// assert_eq!(b.band(3.5, 1, 2), Some(Band::Borderline));
/// assert_eq!(b.band(3.5, 1, 3), None, "one indicator in three is too thin for a band");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Banding {
    /// A mean at or above this is a strength (default 4.0, Wilder's convention).
    pub strength_from: f64,
    /// A mean at or above this (and below `strength_from`) is borderline (default 3.0).
    pub borderline_from: f64,
    /// No band below this share of indicators rated, in percent (default 50).
    pub min_coverage_percent: f64,
}

impl Default for Banding {
    fn default() -> Self {
        Banding {
            strength_from: RUBRIC.strength_from,
            borderline_from: RUBRIC.borderline_from,
            min_coverage_percent: 50.0,
        }
    }
}

impl Banding {
    /// Sets the mean from which a component is a strength.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::{Band, Banding};
    /// let stricter = Banding::default().with_strength_from(4.5);
    /// assert_eq!(Banding::default().band(4.2, 2, 2), Some(Band::Strength));
    /// assert_eq!(stricter.band(4.2, 2, 2), Some(Band::Borderline));
    /// ```
    pub fn with_strength_from(mut self, mean: f64) -> Self {
        self.strength_from = mean;
        self
    }

    /// Sets the mean from which a component is borderline.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::{Band, Banding};
    /// let lenient = Banding::default().with_borderline_from(2.5);
    /// assert_eq!(Banding::default().band(2.7, 2, 2), Some(Band::Concern));
    /// assert_eq!(lenient.band(2.7, 2, 2), Some(Band::Borderline));
    /// ```
    pub fn with_borderline_from(mut self, mean: f64) -> Self {
        self.borderline_from = mean;
        self
    }

    /// Sets the share of indicators, in percent, that must be rated for a band.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::{Band, Banding};
    /// let strict = Banding::default().with_min_coverage_percent(100.0);
    /// assert_eq!(strict.band(4.5, 2, 3), None, "two of three rated is not all");
    /// assert_eq!(strict.band(4.5, 3, 3), Some(Band::Strength));
    /// ```
    pub fn with_min_coverage_percent(mut self, percent: f64) -> Self {
        self.min_coverage_percent = percent;
        self
    }

    /// The band of `mean` over `rated` of `total` indicators (`None` below the coverage).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::{Band, Banding};
    /// let b = Banding::default();
    /// assert_eq!(b.band(4.0, 2, 2), Some(Band::Strength)); // the cut point is a strength
    /// assert_eq!(b.band(2.9, 2, 2), Some(Band::Concern));
    /// assert_eq!(b.band(4.0, 0, 0), None); // nothing to band
    /// ```
    pub fn band(&self, mean: f64, rated: usize, total: usize) -> Option<Band> {
        let covered = total > 0 && rated as f64 * 100.0 >= self.min_coverage_percent * total as f64;
        let band = if mean >= self.strength_from {
            Band::Strength
        } else if mean >= self.borderline_from {
            Band::Borderline
        } else {
            Band::Concern
        };
        covered.then_some(band)
    }
}

/// The mean of a component or part.
///
/// # Examples
///
/// ```
/// # use berdaya::frameworks::ansell_gash::{Band, Component, Scores, RUBRIC};
/// # use berdaya::prelude::*;
/// # let assessment = AnsellGashAssessment::new("berdaya-ansell-gash/2")
/// #     .rate("leadership", Some(5), &["e-rapat"])
/// #     .rate("empowerment", Some(4), &[])
/// #     .rate("dialogue", Some(2), &["e-rapat"]);
/// # let scores = Scores::of(&assessment).unwrap();
/// // `scores` as in the example of `Scores::of`.
/// let leadership = scores.component(Component::FacilitativeLeadership).unwrap();
/// assert_eq!((leadership.mean, leadership.rated, leadership.total), (Some(4.5), 2, 2));
/// assert_eq!(leadership.band, Some(Band::Strength));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Aggregate<K> {
    /// What is aggregated.
    pub key: K,
    /// Mean of the rated indicators (`None`: none rated).
    pub mean: Option<f64>,
    /// How many indicators were rated.
    pub rated: usize,
    /// How many indicators it has.
    pub total: usize,
    /// The band of the mean (`None`: nothing rated, or fewer rated than the coverage asks).
    pub band: Option<Band>,
}

/// The scores of an assessment.
///
/// # Examples
///
/// ```
/// # use berdaya::frameworks::ansell_gash::{Band, Component, Scores, RUBRIC};
/// # use berdaya::prelude::*;
/// # let assessment = AnsellGashAssessment::new("berdaya-ansell-gash/2")
/// #     .rate("leadership", Some(5), &["e-rapat"])
/// #     .rate("empowerment", Some(4), &[])
/// #     .rate("dialogue", Some(2), &["e-rapat"]);
/// # let scores = Scores::of(&assessment).unwrap();
/// // `scores` as in the example of `Scores::of`.
/// assert_eq!(scores.overall, Some(3.25)); // (4.5 + 2) / 2: each component weighs the same
/// assert_eq!(scores.rated, 3);
/// assert_eq!(scores.overall_band, None); // 3 of 22 indicators: too few for a band
/// assert_eq!(scores.without_evidence, ["empowerment"]);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Scores {
    /// Every indicator of the rubric, in rubric order.
    pub indicators: Vec<IndicatorScore>,
    /// Each component.
    pub components: Vec<Aggregate<Component>>,
    /// Each part of the collaborative process.
    pub parts: Vec<Aggregate<ProcessPart>>,
    /// Mean of the component means.
    pub overall: Option<f64>,
    /// Band of the overall mean (`None` below the coverage).
    pub overall_band: Option<Band>,
    /// Mean of every rated indicator (each rating weighs the same).
    pub indicator_mean: Option<f64>,
    /// How many indicators were rated in all.
    pub rated: usize,
    /// How many indicators the rubric has.
    pub total: usize,
    /// The banding used.
    pub banding: Banding,
    /// Indicators not rated.
    pub not_observed: Vec<&'static str>,
    /// Indicators rated without evidence.
    pub without_evidence: Vec<&'static str>,
}

impl Scores {
    /// The aggregate of `component`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::frameworks::ansell_gash::{Band, Component, Scores, RUBRIC};
    /// # use berdaya::prelude::*;
    /// # let assessment = AnsellGashAssessment::new("berdaya-ansell-gash/2")
    /// #     .rate("leadership", Some(5), &["e-rapat"])
    /// #     .rate("empowerment", Some(4), &[])
    /// #     .rate("dialogue", Some(2), &["e-rapat"]);
    /// # let scores = Scores::of(&assessment).unwrap();
    /// // `scores` as in the example of `Scores::of`.
    /// let process = scores.component(Component::CollaborativeProcess).unwrap();
    /// assert_eq!(process.mean, Some(2.0));
    /// assert_eq!(process.band, None); // one of its twelve indicators rated
    /// ```
    pub fn component(&self, component: Component) -> Option<&Aggregate<Component>> {
        self.components.iter().find(|c| c.key == component)
    }
}

/// Why an assessment cannot be scored.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::ansell_gash::Scores;
/// use berdaya::prelude::*;
/// let err = Scores::of(&AnsellGashAssessment::new("rubrik-lain/1")).unwrap_err();
/// assert_eq!(err.to_string(), "rubric: expected `berdaya-ansell-gash/2`; found `rubrik-lain/1`");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScoreError {
    /// The rubric cited is not this build's.
    #[error("rubric: expected `{expected}`; found `{found}`")]
    UnknownRubric {
        /// What the assessment cites.
        found: String,
        /// What this build scores with.
        expected: String,
    },
}

fn mean(scores: impl Iterator<Item = u8>) -> (Option<f64>, usize) {
    let (sum, n) = scores.fold((0u32, 0usize), |(s, n), x| (s + u32::from(x), n + 1));
    ((n > 0).then(|| f64::from(sum) / n as f64), n)
}

impl Scores {
    /// Scores the assessment with [`RUBRIC`] and the default [`Banding`].
    ///
    /// Ratings of unknown indicators or out-of-scale scores are reported by document
    /// validation; here they are ignored so scoring never fails on them.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::{Band, Component, Scores, RUBRIC};
    /// use berdaya::prelude::*;
    /// let assessment = AnsellGashAssessment::new("berdaya-ansell-gash/2")
    ///     .rate("leadership", Some(5), &["e-rapat"])
    ///     .rate("empowerment", Some(4), &[])
    ///     .rate("dialogue", Some(2), &["e-rapat"]);
    /// let scores = Scores::of(&assessment).unwrap();
    /// assert_eq!(scores.total, RUBRIC.indicators.len());
    /// // The overall mean is the mean of the component means; the indicator mean is beside it.
    /// assert_eq!(scores.overall, Some(3.25));
    /// assert_eq!(scores.indicator_mean, Some(11.0 / 3.0));
    /// assert!(scores.not_observed.contains(&"trust"));
    /// ```
    pub fn of(assessment: &AnsellGashAssessment) -> Result<Scores, ScoreError> {
        Scores::banded(assessment, &Banding::default())
    }

    /// Scores the assessment with [`RUBRIC`], banding means with `banding`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::frameworks::ansell_gash::{Band, Component, Scores, RUBRIC};
    /// # use berdaya::prelude::*;
    /// # let assessment = AnsellGashAssessment::new("berdaya-ansell-gash/2")
    /// #     .rate("leadership", Some(5), &["e-rapat"])
    /// #     .rate("empowerment", Some(4), &[])
    /// #     .rate("dialogue", Some(2), &["e-rapat"]);
    /// # let scores = Scores::of(&assessment).unwrap();
    /// use berdaya::frameworks::ansell_gash::Banding;
    /// // The assessment of the example of `Scores::of`: 3 of 22 indicators rated, overall 3.25.
    /// let thin = Banding::default().with_min_coverage_percent(10.0);
    /// let scores = Scores::banded(&assessment, &thin).unwrap();
    /// assert_eq!(scores.overall_band, Some(Band::Borderline));
    /// ```
    pub fn banded(
        assessment: &AnsellGashAssessment,
        banding: &Banding,
    ) -> Result<Scores, ScoreError> {
        let rubric = &RUBRIC;
        if !rubric.reads(&assessment.rubric) {
            return Err(ScoreError::UnknownRubric {
                found: assessment.rubric.clone(),
                expected: rubric.citation(),
            });
        }
        let valid = |s: u8| rubric.scale.iter().any(|p| p.value == s);
        let indicators: Vec<IndicatorScore> = rubric
            .indicators
            .iter()
            .filter(|def| rubric.has_in(&assessment.rubric, def.id))
            .map(|def| {
                let rating = assessment.ratings.iter().find(|r| r.indicator == def.id);
                let score = rating.and_then(|r| r.score).filter(|s| valid(*s));
                IndicatorScore {
                    indicator: def,
                    score,
                    without_evidence: score.is_some()
                        && rating.is_some_and(|r| r.evidence.is_empty()),
                }
            })
            .collect();
        let aggregate = |filter: &dyn Fn(&IndicatorDef) -> bool| {
            let of: Vec<&IndicatorScore> =
                indicators.iter().filter(|i| filter(i.indicator)).collect();
            let (m, rated) = mean(of.iter().filter_map(|i| i.score));
            (m, rated, of.len())
        };
        let components: Vec<Aggregate<Component>> = Component::ALL
            .iter()
            .map(|&key| {
                let (mean, rated, total) = aggregate(&|d| d.component == key);
                Aggregate {
                    key,
                    mean,
                    rated,
                    total,
                    band: mean.and_then(|m| banding.band(m, rated, total)),
                }
            })
            .collect();
        let parts: Vec<Aggregate<ProcessPart>> = ProcessPart::ALL
            .iter()
            .map(|&key| {
                let (mean, rated, total) = aggregate(&|d| d.part == Some(key));
                Aggregate {
                    key,
                    mean,
                    rated,
                    total,
                    band: mean.and_then(|m| banding.band(m, rated, total)),
                }
            })
            .collect();
        let means: Vec<f64> = components.iter().filter_map(|c| c.mean).collect();
        let overall = (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64);
        let (indicator_mean, rated) = mean(indicators.iter().filter_map(|i| i.score));
        let total = indicators.len();
        Ok(Scores {
            not_observed: indicators
                .iter()
                .filter(|i| i.score.is_none())
                .map(|i| i.indicator.id)
                .collect(),
            without_evidence: indicators
                .iter()
                .filter(|i| i.without_evidence)
                .map(|i| i.indicator.id)
                .collect(),
            indicators,
            components,
            parts,
            overall_band: overall.and_then(|m| banding.band(m, rated, total)),
            overall,
            indicator_mean,
            rated,
            total,
            banding: *banding,
        })
    }
}

// `{ "code", "message" }` as JSON (model::error_json).
crate::model::error_json::serialize_error!(ScoreError, |e| match e {
    ScoreError::UnknownRubric { .. } => "unknown_rubric",
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::EvidenceId;
    use crate::model::lang::Lang;
    use proptest::prelude::*;

    fn assessment(ratings: Vec<(&str, Option<u8>, bool)>) -> AnsellGashAssessment {
        AnsellGashAssessment {
            rubric: RUBRIC.citation(),
            ratings: ratings
                .into_iter()
                .map(|(id, score, evidence)| Rating {
                    indicator: id.into(),
                    score,
                    evidence: if evidence {
                        vec![EvidenceId::new("e")]
                    } else {
                        vec![]
                    },
                    note: None,
                    coding: None,
                })
                .collect(),
            coding: None,
            source_conclusion: None,
        }
    }

    #[test]
    fn the_rubric_covers_the_whole_model() {
        for &c in Component::ALL {
            assert!(RUBRIC.indicators.iter().any(|i| i.component == c), "{c}");
        }
        for &p in ProcessPart::ALL {
            assert!(RUBRIC.indicators.iter().any(|i| i.part == Some(p)), "{p}");
        }
        let mut ids: Vec<&str> = RUBRIC.indicators.iter().map(|i| i.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), RUBRIC.indicators.len());
        assert_eq!(RUBRIC.indicators.len(), 22);
        for lang in Lang::ALL {
            let text = RUBRIC.render(lang);
            assert!(text.contains("berdaya-ansell-gash/2"));
            assert!(RUBRIC.indicators.iter().all(|i| text.contains(i.id)));
        }
    }

    #[test]
    fn bands_follow_the_published_cut_points() {
        assert_eq!(RUBRIC.band(4.0), Band::Strength);
        assert_eq!(RUBRIC.band(3.99), Band::Borderline);
        assert_eq!(RUBRIC.band(3.0), Band::Borderline);
        assert_eq!(RUBRIC.band(2.99), Band::Concern);
    }

    #[test]
    fn unrated_is_not_observed_and_unevidenced_is_flagged() {
        let a = assessment(vec![
            ("balance", Some(2), true),
            ("incentives", Some(4), false),
            ("prehistory", None, true),
        ]);
        let s = Scores::of(&a).unwrap();
        let start = s.component(Component::StartingConditions).unwrap();
        assert_eq!(start.mean, Some(3.0));
        assert_eq!((start.rated, start.total), (2, 3));
        assert!(s.not_observed.contains(&"prehistory"));
        assert_eq!(s.without_evidence, vec!["incentives"]);
        assert_eq!(
            s.overall,
            Some(3.0),
            "components with nothing rated are left out"
        );
        assert!(s.component(Component::Outcomes).unwrap().mean.is_none());
    }

    #[test]
    fn good_faith_negotiation_is_part_of_face_to_face_dialogue() {
        let def = RUBRIC.indicator("good_faith_negotiation").unwrap();
        assert_eq!(def.component, Component::CollaborativeProcess);
        assert_eq!(def.part, Some(ProcessPart::Dialogue));
        assert_eq!(RUBRIC.citation(), "berdaya-ansell-gash/2");
    }

    #[test]
    fn an_assessment_coded_under_version_1_is_read_with_its_own_indicators() {
        let mut a = assessment(vec![("dialogue", Some(4), true), ("trust", Some(2), true)]);
        a.rubric = PREVIOUS_CITATION.into();
        let old = Scores::of(&a).unwrap();
        assert_eq!(old.indicators.len(), RUBRIC.indicators.len() - 1);
        assert!(old
            .indicators
            .iter()
            .all(|i| i.indicator.id != "good_faith_negotiation"));
        a.rubric = RUBRIC.citation();
        let new = Scores::of(&a).unwrap();
        assert_eq!(new.indicators.len(), RUBRIC.indicators.len());
        // The same ratings give the same means: the added indicator is unrated in both.
        assert_eq!(old.overall, new.overall);
        assert!(!RUBRIC.has_in(PREVIOUS_CITATION, "good_faith_negotiation"));
        assert!(RUBRIC.has_in(PREVIOUS_CITATION, "dialogue"));
    }

    #[test]
    fn an_unknown_rubric_is_refused() {
        let mut a = assessment(vec![]);
        a.rubric = "wilder/3".into();
        assert!(matches!(
            Scores::of(&a),
            Err(ScoreError::UnknownRubric { .. })
        ));
    }

    proptest! {
        #[test]
        fn prop_aggregates_ignore_unrated_indicators(
            scores in proptest::collection::vec(proptest::option::of(1u8..=5), RUBRIC.indicators.len()),
        ) {
            let ratings: Vec<(&str, Option<u8>, bool)> = RUBRIC
                .indicators
                .iter()
                .zip(&scores)
                .map(|(d, s)| (d.id, *s, true))
                .collect();
            let with_none = Scores::of(&assessment(ratings.clone())).unwrap();
            // Dropping the unrated ratings altogether changes nothing.
            let rated_only: Vec<_> = ratings.into_iter().filter(|r| r.1.is_some()).collect();
            let without = Scores::of(&assessment(rated_only)).unwrap();
            prop_assert_eq!(&with_none.components, &without.components);
            prop_assert_eq!(with_none.overall, without.overall);
            for c in &with_none.components {
                let expected: Vec<u8> = RUBRIC.indicators.iter().zip(&scores)
                    .filter(|(d, _)| d.component == c.key)
                    .filter_map(|(_, s)| *s)
                    .collect();
                prop_assert_eq!(c.rated, expected.len());
                match c.mean {
                    None => prop_assert!(expected.is_empty()),
                    Some(m) => {
                        let want = expected.iter().map(|&x| f64::from(x)).sum::<f64>() / expected.len() as f64;
                        prop_assert!((m - want).abs() < 1e-12);
                        // Never counted as zero: the mean is within the scale.
                        prop_assert!((1.0..=5.0).contains(&m));
                    }
                }
            }
        }
    }
}
