//! The Ansell–Gash rubric as data: a versioned list of indicators grouped in the model's
//! components, the 1–5 rating scale and the band cut points, printable with
//! [`Rubric::render`] so a researcher can cite exactly what was scored.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::lang::labelled_enum;
use crate::model::lang::{Labelled, Lang};

labelled_enum! {
    in "berdaya::frameworks::ansell_gash";
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
    in "berdaya::frameworks::ansell_gash";
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
    in "berdaya::frameworks::ansell_gash";
    /// The band a mean score falls in.
    pub enum Band {
        /// 4.0 and above.
        Strength => ("strength", "Kekuatan", "Strength"),
        /// 3.0 to 3.9.
        Borderline => ("borderline", "Batas", "Borderline"),
        /// Below 3.0.
        Concern => ("concern", "Masalah", "Concern"),
    }
}

/// One point of the rating scale.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::ansell_gash::RUBRIC;
/// // A five-point scale, lowest first, each point worded in both languages.
/// let values: Vec<u8> = RUBRIC.scale.iter().map(|p| p.value).collect();
/// assert_eq!(values, [1, 2, 3, 4, 5]);
/// assert!(RUBRIC.scale.iter().all(|p| p.label_id != p.label_en));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ScalePoint {
    /// The score.
    pub value: u8,
    /// Meaning in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Meaning in English.
    pub label_en: &'static str,
}

/// One indicator of the rubric.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::ansell_gash::{ProcessPart, RUBRIC};
/// let dialogue = RUBRIC.indicator("dialogue").unwrap();
/// // Face-to-face dialogue is a part of Ansell & Gash's collaborative process.
/// assert_eq!(dialogue.part, Some(ProcessPart::Dialogue));
/// assert!(!dialogue.high_id.is_empty() && !dialogue.high_en.is_empty());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::ansell_gash::RUBRIC;
/// // Indicator ids are unique: an assessment names each one once.
/// let mut ids: Vec<&str> = RUBRIC.indicators.iter().map(|i| i.id).collect();
/// ids.sort();
/// ids.dedup();
/// assert_eq!(ids.len(), RUBRIC.indicators.len());
/// assert!(RUBRIC.strength_from > RUBRIC.borderline_from);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[non_exhaustive]
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
        [$(IndicatorDef { id: $id, component: Component::$component, part: $part, label_id: $lid, label_en: $len, high_id: $hid, high_en: $hen }),+]
    };
}

/// The rubric berdaya scores Ansell–Gash assessments with.
pub const RUBRIC: Rubric = Rubric {
    id: "berdaya-ansell-gash",
    version: "2",
    source: "Ansell, C. & Gash, A. (2008). Collaborative Governance in Theory and Practice. Journal of Public Administration Research and Theory, 18(4), 543–571",
    scale: &[
        ScalePoint { value: 1, label_id: "tidak ada / sangat lemah", label_en: "absent / very weak" },
        ScalePoint { value: 2, label_id: "lemah", label_en: "weak" },
        ScalePoint { value: 3, label_id: "sebagian", label_en: "partial" },
        ScalePoint { value: 4, label_id: "kuat", label_en: "substantial" },
        ScalePoint { value: 5, label_id: "sangat kuat", label_en: "strong" },
    ],
    indicators: &INDICATORS,
    strength_from: 4.0,
    borderline_from: 3.0,
};

/// The rubric's indicators, held once in a `static`: in the `const` itself they would be
/// compiled again into each crate that uses [`RUBRIC`], texts included (a second copy of
/// 3.3 KB on the WebAssembly module, whose binding reads the rubric); the `const` holds this
/// `static` item's address.
static INDICATORS: [IndicatorDef; 22] = indicators![
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
    CollaborativeProcess Some(ProcessPart::Dialogue), "good_faith_negotiation", "Negosiasi dengan iktikad baik", "Good-faith negotiation",
        "Para pihak berunding secara jujur dan terbuka untuk mencapai kesepakatan", "Actors negotiate honestly and openly towards agreement";
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
];

/// The previous version's citation, which this build still reads. Every `/1` indicator keeps
/// its id and meaning in `/2`; `/2` adds [`ADDED_SINCE_PREVIOUS`] under face-to-face dialogue
/// (Ansell & Gash 2008, Figure 1: "good faith negotiation"). A `/1` assessment is scored
/// over the `/1` indicators only — the added one was not in the instrument its coder used, so
/// it is neither rated nor counted — and rating an added indicator under `/1` is refused.
pub const PREVIOUS_CITATION: &str = "berdaya-ansell-gash/1";

/// The indicators `/2` added to [`PREVIOUS_CITATION`].
pub const ADDED_SINCE_PREVIOUS: &[&str] = &["good_faith_negotiation"];

impl Rubric {
    /// Whether an assessment citing `citation` is read by this rubric: its own citation, or
    /// [`PREVIOUS_CITATION`] (read with the indicators it had).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::{PREVIOUS_CITATION, RUBRIC};
    /// assert!(RUBRIC.reads(&RUBRIC.citation()));
    /// // An assessment coded with the previous version is still read, with its own indicators.
    /// assert!(RUBRIC.reads(PREVIOUS_CITATION));
    /// assert!(!RUBRIC.reads("another-rubric/1"));
    /// ```
    pub fn reads(&self, citation: &str) -> bool {
        citation == self.citation() || citation == PREVIOUS_CITATION
    }

    /// Whether `indicator` belongs to the rubric version `citation` names.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::{ADDED_SINCE_PREVIOUS, PREVIOUS_CITATION, RUBRIC};
    /// let added = ADDED_SINCE_PREVIOUS[0];
    /// // Not in the instrument a `/1` coder used, so not part of `/1`.
    /// assert!(RUBRIC.has_in(&RUBRIC.citation(), added));
    /// assert!(!RUBRIC.has_in(PREVIOUS_CITATION, added));
    /// assert!(RUBRIC.has_in(PREVIOUS_CITATION, "dialogue"));
    /// ```
    pub fn has_in(&self, citation: &str, indicator: &str) -> bool {
        self.indicator(indicator).is_some()
            && !(citation == PREVIOUS_CITATION && ADDED_SINCE_PREVIOUS.contains(&indicator))
    }

    /// `id/version`, as assessments cite it.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::RUBRIC;
    /// let cited = RUBRIC.citation();
    /// assert_eq!(cited, format!("{}/{}", RUBRIC.id, RUBRIC.version));
    /// ```
    pub fn citation(&self) -> String {
        format!("{}/{}", self.id, self.version)
    }

    /// The indicator with `id`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::RUBRIC;
    /// assert_eq!(RUBRIC.indicator("trust").map(|i| i.id), Some("trust"));
    /// assert!(RUBRIC.indicator("no_such_indicator").is_none());
    /// ```
    pub fn indicator(&self, id: &str) -> Option<&'static IndicatorDef> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The band of a mean score.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::{Band, RUBRIC};
    /// // The lower bound belongs to the band above it.
    /// assert_eq!(RUBRIC.band(RUBRIC.strength_from), Band::Strength);
    /// assert_eq!(RUBRIC.band(RUBRIC.borderline_from), Band::Borderline);
    /// assert_eq!(RUBRIC.band(RUBRIC.borderline_from - 0.01), Band::Concern);
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::ansell_gash::RUBRIC;
    /// use berdaya::Lang;
    /// let md = RUBRIC.render(Lang::En);
    /// // Every indicator is listed by its id, under the rubric's citation.
    /// assert!(md.contains(&RUBRIC.citation()));
    /// assert!(RUBRIC.indicators.iter().all(|i| md.contains(&format!("`{}`", i.id))));
    /// assert_ne!(md, RUBRIC.render(Lang::Id));
    /// ```
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
            lang.pick("Kategori", "Bands"),
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
