//! The Ansell–Gash model of collaborative governance (Ansell & Gash 2008; seed 003).
//!
//! The rubric is data ([`RUBRIC`]): a versioned list of indicators grouped in the model's
//! components, a 1–5 rating scale, and bands — printable with [`Rubric::render`] so a
//! researcher can cite exactly what was scored. Every indicator is phrased so that 5 is the
//! condition most favourable to collaboration.
//!
//! Scoring follows the plain convention of published instruments such as the Wilder
//! Collaboration Factors Inventory: indicator scores are averaged per component; a mean of
//! 4.0 or above is a **strength**, 3.0–3.9 **borderline**, below 3.0 a **concern**. The overall
//! score is the mean of the component means. An indicator that is not rated is *not
//! observed*: it is listed, and left out of every mean — never counted as zero. A rating with
//! no evidence is flagged.
//!
//! # Examples
//!
//! ```
//! use berdaya::ansell_gash::{Band, Component};
//! let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
//! let scores = case.ansell_gash.as_ref().unwrap().score().unwrap();
//! let design = scores.component(Component::InstitutionalDesign).unwrap();
//! assert!(design.mean.is_some());
//! assert!(scores.not_observed.contains(&"prehistory"));
//! ```

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::ids::EvidenceId;
use crate::labelled_enum;
use crate::lang::{Labelled, Lang, Text};

labelled_enum! {
    /// A component of the model.
    pub enum Component {
        /// Starting conditions.
        StartingConditions => ("starting_conditions", "Kondisi awal", "Starting conditions"),
        /// Institutional design.
        InstitutionalDesign => ("institutional_design", "Desain kelembagaan", "Institutional design"),
        /// Facilitative leadership.
        FacilitativeLeadership => ("facilitative_leadership", "Kepemimpinan fasilitatif", "Facilitative leadership"),
        /// The collaborative process.
        CollaborativeProcess => ("collaborative_process", "Proses kolaboratif", "Collaborative process"),
        /// Outcomes.
        Outcomes => ("outcomes", "Hasil", "Outcomes"),
    }
}

labelled_enum! {
    /// A part of the collaborative process that gathers several indicators.
    pub enum ProcessPart {
        /// Face-to-face dialogue.
        Dialogue => ("dialogue", "Dialog tatap muka", "Face-to-face dialogue"),
        /// Trust-building.
        Trust => ("trust", "Membangun kepercayaan", "Trust-building"),
        /// Commitment to process.
        Commitment => ("commitment", "Komitmen pada proses", "Commitment to process"),
        /// Shared understanding.
        SharedUnderstanding => ("shared_understanding", "Kesamaan pemahaman", "Shared understanding"),
        /// Intermediate outcomes.
        IntermediateOutcomes => ("intermediate_outcomes", "Hasil sementara", "Intermediate outcomes"),
    }
}

labelled_enum! {
    /// The band a mean score falls in.
    pub enum Band {
        /// 4.0 and above.
        Strength => ("strength", "Kekuatan", "Strength"),
        /// 3.0 to 3.9.
        Borderline => ("borderline", "Perlu perhatian", "Borderline"),
        /// Below 3.0.
        Concern => ("concern", "Masalah", "Concern"),
    }
}

/// One point of the rating scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ScalePoint {
    /// The score.
    pub value: u8,
    /// Meaning in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Meaning in English.
    pub label_en: &'static str,
}

/// One indicator of the rubric.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct IndicatorDef {
    /// Stable id.
    pub id: &'static str,
    /// Its component.
    pub component: Component,
    /// Its part of the collaborative process, if any.
    pub part: Option<ProcessPart>,
    /// Label in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Label in English.
    pub label_en: &'static str,
    /// What a 5 means, in Bahasa Indonesia.
    pub high_id: &'static str,
    /// What a 5 means, in English.
    pub high_en: &'static str,
}

/// A versioned rubric.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Rubric {
    /// Id (cited with the version as `id/version`).
    pub id: &'static str,
    /// Version.
    pub version: &'static str,
    /// Where the model comes from.
    pub source: &'static str,
    /// The rating scale, lowest first.
    pub scale: &'static [ScalePoint],
    /// The indicators.
    pub indicators: &'static [IndicatorDef],
    /// Lower bounds of the bands: strength from this mean …
    pub strength_from: f64,
    /// … borderline from this mean; below is a concern.
    pub borderline_from: f64,
}

macro_rules! indicators {
    ($($component:ident $part:expr, $id:literal, $lid:literal, $len:literal, $hid:literal, $hen:literal;)+) => {
        &[$(IndicatorDef { id: $id, component: Component::$component, part: $part, label_id: $lid, label_en: $len, high_id: $hid, high_en: $hen }),+]
    };
}

/// The rubric berdaya scores Ansell–Gash assessments with.
pub const RUBRIC: Rubric = Rubric {
    id: "berdaya-ansell-gash",
    version: "1",
    source: "Ansell, C. & Gash, A. (2008). Collaborative Governance in Theory and Practice. Journal of Public Administration Research and Theory, 18(4), 543–571",
    scale: &[
        ScalePoint { value: 1, label_id: "tidak ada / sangat lemah", label_en: "absent / very weak" },
        ScalePoint { value: 2, label_id: "lemah", label_en: "weak" },
        ScalePoint { value: 3, label_id: "sebagian", label_en: "partial" },
        ScalePoint { value: 4, label_id: "kuat", label_en: "substantial" },
        ScalePoint { value: 5, label_id: "sangat kuat", label_en: "strong" },
    ],
    indicators: indicators![
        StartingConditions None, "balance", "Keseimbangan kekuatan, sumber daya dan pengetahuan", "Power, resource and knowledge balance",
            "Para pihak setara atau ketimpangan ditangani", "Actors are on a par, or imbalances are addressed";
        StartingConditions None, "incentives", "Insentif berpartisipasi melebihi hambatannya", "Incentives for participation outweigh constraints",
            "Para pihak punya alasan kuat untuk ikut dan sedikit hambatan", "Actors have strong reasons to take part and few constraints";
        StartingConditions None, "prehistory", "Riwayat kerja sama (bukan konflik)", "Prehistory of cooperation rather than conflict",
            "Para pihak punya riwayat kerja sama yang baik", "Actors have a good history of working together";
        InstitutionalDesign None, "inclusiveness", "Inklusivitas partisipasi", "Participatory inclusiveness",
            "Semua pihak terkait, termasuk swasta dan akademisi, dilibatkan", "All relevant actors, business and academia included, take part";
        InstitutionalDesign None, "forum_exclusiveness", "Forum kolaborasi yang khusus", "Forum exclusiveness",
            "Ada satu forum yang diakui untuk memutuskan bersama", "One recognised forum is where joint decisions are made";
        InstitutionalDesign None, "ground_rules", "Aturan main yang jelas", "Clear ground rules",
            "Dasar hukum dan aturan main jelas dan dipahami", "Legal basis and ground rules are clear and understood";
        InstitutionalDesign None, "transparency", "Transparansi proses", "Process transparency",
            "Informasi, laporan dan keputusan terbuka bagi para pihak", "Information, reports and decisions are open to the actors";
        FacilitativeLeadership None, "leadership", "Kepemimpinan fasilitatif", "Facilitative leadership",
            "Pemimpin menyatukan para pihak dan menjaga proses", "Leaders convene the actors and steward the process";
        FacilitativeLeadership None, "empowerment", "Pemberdayaan pihak yang lemah", "Empowerment of weaker actors",
            "Pihak yang lemah diperkuat agar dapat berperan", "Weaker actors are strengthened so they can take part";
        CollaborativeProcess Some(ProcessPart::Dialogue), "dialogue", "Dialog tatap muka", "Face-to-face dialogue",
            "Pertemuan langsung rutin antarpara pihak", "Regular direct meetings among the actors";
        CollaborativeProcess Some(ProcessPart::Trust), "trust", "Membangun kepercayaan", "Trust-building",
            "Kepercayaan dibangun secara sadar dan tumbuh", "Trust is built deliberately and grows";
        CollaborativeProcess Some(ProcessPart::Commitment), "interdependence", "Pengakuan saling ketergantungan", "Mutual recognition of interdependence",
            "Para pihak mengakui saling membutuhkan", "Actors recognise they need each other";
        CollaborativeProcess Some(ProcessPart::Commitment), "shared_ownership", "Rasa memiliki proses bersama", "Shared ownership of process",
            "Para pihak merasa ikut memiliki proses, bukan sekadar menjalankan perintah", "Actors own the process rather than follow orders";
        CollaborativeProcess Some(ProcessPart::Commitment), "mutual_gains", "Keterbukaan pada keuntungan bersama", "Openness to exploring mutual gains",
            "Para pihak terbuka mencari manfaat bersama", "Actors are open to exploring mutual gains";
        CollaborativeProcess Some(ProcessPart::SharedUnderstanding), "clear_mission", "Misi yang jelas", "Clear mission",
            "Visi dan misi dipahami bersama", "Vision and mission are understood by all";
        CollaborativeProcess Some(ProcessPart::SharedUnderstanding), "problem_definition", "Definisi masalah bersama", "Common problem definition",
            "Para pihak sepakat tentang masalahnya", "Actors agree on what the problem is";
        CollaborativeProcess Some(ProcessPart::SharedUnderstanding), "common_values", "Nilai bersama", "Identification of common values",
            "Nilai bersama dikenali dan dipegang", "Common values are identified and held";
        CollaborativeProcess Some(ProcessPart::IntermediateOutcomes), "small_wins", "Keberhasilan kecil", "Small wins",
            "Hasil nyata awal tercapai", "Early tangible results are achieved";
        CollaborativeProcess Some(ProcessPart::IntermediateOutcomes), "strategic_plans", "Rencana strategis", "Strategic plans",
            "Ada rencana strategis bersama", "A joint strategic plan exists";
        CollaborativeProcess Some(ProcessPart::IntermediateOutcomes), "joint_fact_finding", "Pencarian fakta bersama", "Joint fact-finding",
            "Data dikumpulkan dan dinilai bersama", "Data are gathered and weighed together";
        Outcomes None, "outcomes", "Hasil kolaborasi", "Outcomes of the collaboration",
            "Tujuan tercapai dan berkelanjutan", "Goals are met and sustained";
    ],
    strength_from: 4.0,
    borderline_from: 3.0,
};

impl Rubric {
    /// `id/version`, as assessments cite it.
    pub fn citation(&self) -> String {
        format!("{}/{}", self.id, self.version)
    }

    /// The indicator with `id`.
    pub fn indicator(&self, id: &str) -> Option<&'static IndicatorDef> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The band of a mean score.
    pub fn band(&self, mean: f64) -> Band {
        if mean >= self.strength_from {
            Band::Strength
        } else if mean >= self.borderline_from {
            Band::Borderline
        } else {
            Band::Concern
        }
    }

    /// The whole rubric as Markdown in `lang`: scale, bands, indicators by component.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "### {} `{}`\n\n{}: {}\n",
            lang.pick("Rubrik Ansell–Gash", "Ansell–Gash rubric"),
            self.citation(),
            lang.pick("Sumber", "Source"),
            self.source
        );
        let _ = writeln!(out, "{}:", lang.pick("Skala", "Scale"));
        for p in self.scale {
            let _ = writeln!(out, "- {} = {}", p.value, lang.pick(p.label_id, p.label_en));
        }
        let _ = writeln!(
            out,
            "\n{}: {} ≥ {:.1}; {} {:.1}–{:.1}; {} < {:.1}. {}\n",
            lang.pick("Pita", "Bands"),
            Band::Strength.label(lang),
            self.strength_from,
            Band::Borderline.label(lang),
            self.borderline_from,
            self.strength_from - 0.1,
            Band::Concern.label(lang),
            self.borderline_from,
            lang.pick(
                "Rata-rata per komponen atas indikator yang dinilai; indikator tanpa nilai = tidak teramati, tidak dihitung. Skor keseluruhan = rata-rata komponen.",
                "Mean per component over rated indicators; an unrated indicator is not observed and left out. Overall = mean of the component means."
            )
        );
        for &component in Component::ALL {
            let _ = writeln!(out, "**{}**", component.label(lang));
            for i in self.indicators.iter().filter(|i| i.component == component) {
                let part = i
                    .part
                    .map(|p| format!(" [{}]", p.label(lang)))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "- `{}` {}{part} — 5: {}",
                    i.id,
                    lang.pick(i.label_id, i.label_en),
                    lang.pick(i.high_id, i.high_en)
                );
            }
            let _ = writeln!(out);
        }
        out
    }
}

/// One rating of one indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// The indicator id.
    pub indicator: String,
    /// Score on the rubric's scale (`None`: not observed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    /// Evidence for the score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
    /// A note on the rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// An assessment against a cited rubric.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The rubric cited, `id/version` (e.g. `berdaya-ansell-gash/1`).
    pub rubric: String,
    /// The ratings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
}

/// The score of one indicator.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorScore {
    /// The indicator.
    pub indicator: &'static IndicatorDef,
    /// Its score (`None`: not observed).
    pub score: Option<u8>,
    /// Rated, but with no evidence.
    pub without_evidence: bool,
}

/// The mean of a component or part.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Aggregate<K> {
    /// What is aggregated.
    pub key: K,
    /// Mean of the rated indicators (`None`: none rated).
    pub mean: Option<f64>,
    /// How many indicators were rated.
    pub rated: usize,
    /// How many indicators it has.
    pub total: usize,
    /// The band of the mean.
    pub band: Option<Band>,
}

/// The scores of an assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scores {
    /// Every indicator of the rubric, in rubric order.
    pub indicators: Vec<IndicatorScore>,
    /// Each component.
    pub components: Vec<Aggregate<Component>>,
    /// Each part of the collaborative process.
    pub parts: Vec<Aggregate<ProcessPart>>,
    /// Mean of the component means.
    pub overall: Option<f64>,
    /// Band of the overall mean.
    pub overall_band: Option<Band>,
    /// Indicators not rated.
    pub not_observed: Vec<&'static str>,
    /// Indicators rated without evidence.
    pub without_evidence: Vec<&'static str>,
}

impl Scores {
    /// The aggregate of `component`.
    pub fn component(&self, component: Component) -> Option<&Aggregate<Component>> {
        self.components.iter().find(|c| c.key == component)
    }
}

/// Why an assessment cannot be scored.
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

impl Assessment {
    /// Scores the assessment with [`RUBRIC`].
    ///
    /// Ratings of unknown indicators or out-of-scale scores are reported by document
    /// validation; here they are ignored so scoring never fails on them.
    pub fn score(&self) -> Result<Scores, ScoreError> {
        let rubric = &RUBRIC;
        if self.rubric != rubric.citation() {
            return Err(ScoreError::UnknownRubric {
                found: self.rubric.clone(),
                expected: rubric.citation(),
            });
        }
        let valid = |s: u8| rubric.scale.iter().any(|p| p.value == s);
        let indicators: Vec<IndicatorScore> = rubric
            .indicators
            .iter()
            .map(|def| {
                let rating = self.ratings.iter().find(|r| r.indicator == def.id);
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
                    band: mean.map(|m| rubric.band(m)),
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
                    band: mean.map(|m| rubric.band(m)),
                }
            })
            .collect();
        let means: Vec<f64> = components.iter().filter_map(|c| c.mean).collect();
        let overall = (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64);
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
            overall_band: overall.map(|m| rubric.band(m)),
            overall,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn assessment(ratings: Vec<(&str, Option<u8>, bool)>) -> Assessment {
        Assessment {
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
                })
                .collect(),
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
        assert_eq!(RUBRIC.indicators.len(), 21);
        for lang in Lang::ALL {
            let text = RUBRIC.render(lang);
            assert!(text.contains("berdaya-ansell-gash/1"));
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
        let s = a.score().unwrap();
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
    fn an_unknown_rubric_is_refused() {
        let mut a = assessment(vec![]);
        a.rubric = "wilder/3".into();
        assert!(matches!(a.score(), Err(ScoreError::UnknownRubric { .. })));
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
            let with_none = assessment(ratings.clone()).score().unwrap();
            // Dropping the unrated ratings altogether changes nothing.
            let rated_only: Vec<_> = ratings.into_iter().filter(|r| r.1.is_some()).collect();
            let without = assessment(rated_only).score().unwrap();
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
