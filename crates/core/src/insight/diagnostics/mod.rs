//! Diagnostics: rules across a whole case that turn the seeds' findings into warnings.
//!
//! Each [`Diagnostic`] has a stable [`DiagnosticId`], a [`Severity`], the records and figures
//! that triggered it, the evidence behind them, a recommendation in both languages and the
//! seed it comes from. Thresholds are parameters ([`Thresholds`]) with documented defaults.
//!
//! # Examples
//!
//! ```
//! use berdaya::insight::diagnostics::{diagnose, DiagnosticId, Thresholds};
//! let case = berdaya::cases::load("p2k2-karawaci").unwrap();
//! let found = diagnose(&case, &Thresholds::default());
//! assert!(found.iter().any(|d| d.id == DiagnosticId::FacilitatorCaseload));
//! ```

use serde::{Deserialize, Serialize};

use crate::frameworks::adi::{AdiStage, StageStatus};
use crate::model::activity::{ActivityKind, Recurrence, SkillUse, Topic};
use crate::model::assistance::AssistanceKind;
use crate::model::case::Case;
use crate::model::catalogue::Dimension;
use crate::model::evidence::EvidenceKind;
use crate::model::figure::{Bound, Metric};
use crate::model::ids::{ActivityId, EvidenceId, FigureId, StakeholderId};
use crate::model::lang::labelled_enum;
use crate::model::lang::{Labelled, Lang};
use crate::model::stakeholder::{Role, Sector};

labelled_enum! {
    /// How urgent a diagnostic is.
    pub enum Severity {
        /// Worth knowing.
        Info => ("info", "Catatan", "Note"),
        /// Needs attention.
        Warning => ("warning", "Perhatian", "Warning"),
        /// Undermines the programme's aim.
        Critical => ("critical", "Kritis", "Critical"),
    }
}

labelled_enum! {
    /// The diagnostic rules, each with a stable id.
    pub enum DiagnosticId {
        /// Skills trainings with no capital or equipment hand-over.
        TrainingWithoutAssistance => ("training_without_assistance", "Pelatihan tanpa modal atau alat", "Trainings without capital or tools"),
        /// Product trainings with no marketing channel.
        NoMarketChannel => ("no_market_channel", "Tidak ada saluran pemasaran produk", "No marketing channel for products"),
        /// Activities stop with the fiscal year, with no follow-up.
        StopsAfterFiscalYear => ("stops_after_fiscal_year", "Kegiatan berhenti setelah tahun anggaran", "Activities stop after the fiscal year"),
        /// Pentahelix sectors missing.
        MissingPentahelix => ("missing_pentahelix", "Unsur pentahelix belum terlibat", "Pentahelix sectors missing"),
        /// Target group directly involved only from implementation.
        LateInvolvement => ("late_involvement", "Kelompok sasaran baru dilibatkan saat pelaksanaan", "Target group involved only at implementation"),
        /// Attendance at or below the threshold.
        LowAttendance => ("low_attendance", "Kehadiran rendah", "Low attendance"),
        /// Too many families per facilitator.
        FacilitatorCaseload => ("facilitator_caseload", "Beban dampingan pendamping terlalu besar", "Facilitator caseload too high"),
        /// Social progress without economic progress.
        SocialWithoutEconomic => ("social_without_economic", "Perubahan sosial tanpa perubahan ekonomi", "Social but not economic progress"),
        /// Stages under way without documentation.
        DocumentationGap => ("documentation_gap", "Tahapan tanpa dokumentasi", "Stages without documentation"),
        /// Facilitators leaving.
        FacilitatorAttrition => ("facilitator_attrition", "Fasilitator mengundurkan diri", "Facilitator attrition"),
        /// Few economic sessions in the module catalogue.
        ThinEconomicModules => ("thin_economic_modules", "Sesi ekonomi dalam modul terlalu sedikit", "Module catalogue thin on economic sessions"),
    }
}

impl DiagnosticId {
    /// The severity of this diagnostic.
    pub fn severity(self) -> Severity {
        use DiagnosticId::*;
        match self {
            TrainingWithoutAssistance
            | LowAttendance
            | FacilitatorCaseload
            | StopsAfterFiscalYear => Severity::Critical,
            NoMarketChannel
            | SocialWithoutEconomic
            | LateInvolvement
            | FacilitatorAttrition
            | DocumentationGap => Severity::Warning,
            MissingPentahelix | ThinEconomicModules => Severity::Info,
        }
    }

    /// The seed the rule comes from.
    pub fn seed(self) -> &'static str {
        use DiagnosticId::*;
        match self {
            TrainingWithoutAssistance | LateInvolvement => "000_beadda07b4a83157.txt",
            DocumentationGap => "001_1afe135c291156ed.txt",
            LowAttendance | FacilitatorCaseload | SocialWithoutEconomic | ThinEconomicModules => {
                "002_831a8dccfd84b5b2.txt"
            }
            NoMarketChannel | StopsAfterFiscalYear | MissingPentahelix | FacilitatorAttrition => {
                "003_fa23540ed5a04d93.txt"
            }
        }
    }

    /// What to do, in `lang`.
    pub fn recommendation(self, lang: Lang) -> &'static str {
        use DiagnosticId::*;
        match self {
            TrainingWithoutAssistance => lang.pick(
                "Sertakan modal usaha dan alat setelah pelatihan agar keterampilan dapat dipraktikkan dan menjadi sumber penghasilan.",
                "Follow trainings with business capital and tools so the skills can be practised and earn an income.",
            ),
            NoMarketChannel => lang.pick(
                "Sediakan wadah pemasaran untuk produk hasil pelatihan — pasar tani, bazar, mitra usaha, pemasaran digital.",
                "Give the products of the trainings a marketing channel — farmers' markets, bazaars, business partners, digital marketing.",
            ),
            StopsAfterFiscalYear => lang.pick(
                "Rencanakan pendampingan dan monitoring lanjutan setelah tahun anggaran berakhir, dengan anggaran dan penanggung jawab.",
                "Plan follow-up support and monitoring after the fiscal year ends, with a budget and someone responsible.",
            ),
            MissingPentahelix => lang.pick(
                "Libatkan dunia usaha (melalui CSR) dan perguruan tinggi sebagai mitra: pendanaan, sarana, pelatihan, penelitian.",
                "Bring in business (through CSR) and universities as partners: funding, facilities, training, research.",
            ),
            LateInvolvement => lang.pick(
                "Libatkan kelompok sasaran secara langsung sejak asesmen dan perencanaan, bukan baru saat pelaksanaan.",
                "Involve the target group directly from assessment and planning on, not only at implementation.",
            ),
            LowAttendance => lang.pick(
                "Jadwalkan pertemuan di luar jam kerja, ulangi materi bagi yang tidak hadir, dan tindak lanjuti ketidakhadiran.",
                "Hold meetings outside working hours, repeat material for those absent, and follow up absences.",
            ),
            FacilitatorCaseload => lang.pick(
                "Tambah pendamping atau bagi ulang dampingan agar pertemuan wajib bulanan menjangkau semua keluarga.",
                "Add facilitators or redistribute caseloads so the compulsory monthly meeting reaches every family.",
            ),
            SocialWithoutEconomic => lang.pick(
                "Tambahkan pelatihan keterampilan usaha, modal dan pemasaran agar perubahan ekonomi menyusul perubahan sosial.",
                "Add business-skills training, capital and marketing so economic change follows social change.",
            ),
            DocumentationGap => lang.pick(
                "Arsipkan bukti setiap tahap — data konkret dan foto kegiatan — sebelum penilaian.",
                "Archive evidence of every stage — concrete data and photos of activities — before the assessment.",
            ),
            FacilitatorAttrition => lang.pick(
                "Evaluasi penyebab pengunduran diri fasilitator, tingkatkan insentif, serta rekrut dan latih fasilitator baru secara berkala.",
                "Find out why facilitators resign, improve their incentives, and recruit and train new facilitators regularly.",
            ),
            ThinEconomicModules => lang.pick(
                "Tambahkan sesi ekonomi: keterampilan usaha, pengelolaan usaha, pemasaran.",
                "Add economic sessions: business skills, business management, marketing.",
            ),
        }
    }
}

/// Thresholds of the rules, with documented defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// Attendance at or below this percentage is low. Default 50: seed 002 reports P2K2
    /// attendance "tidak lebih dari 50%" as an obstacle; P2K2 attendance is an obligation of
    /// every KPM, so a programme may well set it higher.
    pub attendance_min_percent: f64,
    /// More families per facilitator than this is too many. Default 250, a planning
    /// parameter — the seeds give no norm; seed 002 calls 40,255 KPM for 60 facilitators
    /// (≈ 671 each) "tidak ideal". Set it to your programme's guideline.
    pub caseload_max: f64,
    /// A catalogue whose share of economic sessions is below this is thin. Default 0.25:
    /// graduation needs economic change as much as social change (seed 002), and seed 002's
    /// facilitators find 3 sessions in 14 not enough.
    pub economic_session_share_min: f64,
    /// Pentahelix sectors a programme should involve. Default business and academia, the two
    /// seed 003 recommends partnering with.
    pub required_sectors: Vec<Sector>,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            attendance_min_percent: 50.0,
            caseload_max: 250.0,
            economic_session_share_min: 0.25,
            required_sectors: vec![Sector::Business, Sector::Academia],
        }
    }
}

/// What triggered a diagnostic.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// An activity.
    Activity(ActivityId),
    /// A stakeholder.
    Stakeholder(StakeholderId),
    /// A figure with its value.
    Figure {
        /// The figure.
        id: FigureId,
        /// Its value.
        value: f64,
    },
    /// A computed value against its threshold.
    Measure {
        /// The value.
        value: f64,
        /// The threshold it crossed.
        threshold: f64,
    },
    /// A missing pentahelix sector.
    Sector(Sector),
    /// A stage of an Adi process.
    Stage {
        /// The process id.
        process: String,
        /// The stage.
        stage: AdiStage,
    },
    /// A dimension's stage in a progression.
    Dimension {
        /// The dimension.
        dimension: Dimension,
        /// Its stage number reached (0: none).
        reached: u8,
    },
    /// The last fiscal year.
    FiscalYear(i32),
}

/// One diagnostic that fired.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Which rule.
    pub id: DiagnosticId,
    /// How urgent.
    pub severity: Severity,
    /// What triggered it.
    pub triggers: Vec<Trigger>,
    /// Evidence behind the triggers.
    pub evidence: Vec<EvidenceId>,
}

impl Diagnostic {
    fn new(id: DiagnosticId, triggers: Vec<Trigger>, evidence: Vec<EvidenceId>) -> Self {
        let mut evidence = evidence;
        evidence.sort();
        evidence.dedup();
        Diagnostic {
            id,
            severity: id.severity(),
            triggers,
            evidence,
        }
    }

    /// What was found, in `lang`, naming the records and figures.
    pub fn finding(&self, case: &Case, lang: Lang) -> String {
        let activity = |id: &ActivityId| {
            case.activities
                .iter()
                .find(|a| &a.id == id)
                .map_or_else(|| id.to_string(), |a| a.title.get(lang).to_owned())
        };
        let mut parts: Vec<String> = Vec::new();
        for t in &self.triggers {
            parts.push(match t {
                Trigger::Activity(id) => activity(id),
                Trigger::Stakeholder(id) => case
                    .stakeholder(id)
                    .map_or_else(|| id.to_string(), |s| s.name.clone()),
                Trigger::Figure { id, value } => {
                    let metric = case
                        .figures
                        .iter()
                        .find(|f| &f.id == id)
                        .map_or("", |f| f.metric.label(lang));
                    format!("{metric} {value}")
                }
                Trigger::Measure { value, threshold } => match lang {
                    Lang::Id => format!("nilai {value:.2} (ambang {threshold})"),
                    Lang::En => format!("value {value:.2} (threshold {threshold})"),
                },
                Trigger::Sector(s) => s.label(lang).to_owned(),
                Trigger::Stage { process, stage } => format!("{process}: {}", stage.label(lang)),
                Trigger::Dimension { dimension, reached } => {
                    format!(
                        "{} → {} {reached}",
                        dimension.label(lang),
                        lang.pick("tahap", "stage")
                    )
                }
                Trigger::FiscalYear(y) => {
                    format!("{} {y}", lang.pick("tahun anggaran", "fiscal year"))
                }
            });
        }
        parts.join("; ")
    }
}

/// Training topics that are skills to practise after training.
fn skills_topic(t: Topic) -> bool {
    use Topic::*;
    matches!(
        t,
        Sewing
            | ClothingAlteration
            | Cooking
            | Baking
            | KwtFarming
            | Hantaran
            | MakeUp
            | Embroidery
            | Batik
    )
}

/// Training topics whose products must be sold.
fn product_topic(t: Topic) -> bool {
    use Topic::*;
    matches!(
        t,
        Cooking | Baking | KwtFarming | Hantaran | Embroidery | Batik
    )
}

/// Runs every rule on `case`.
pub fn diagnose(case: &Case, thresholds: &Thresholds) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let trainings = || {
        case.activities
            .iter()
            .filter(|a| a.kind == ActivityKind::Training)
    };

    // Seed 000: skills trainings with no capital or tools handed over afterwards.
    let uncovered: Vec<_> = trainings()
        .filter(|a| a.topics.iter().any(|&t| skills_topic(t)))
        .filter(|a| !matches!(a.skill_use, Some(SkillUse::Practised | SkillUse::Sold)))
        .filter(|a| {
            !case.assistance.iter().any(|h| {
                matches!(
                    h.kind,
                    AssistanceKind::CapitalGrant
                        | AssistanceKind::Equipment
                        | AssistanceKind::Inputs
                ) && h.follows.contains(&a.id)
            })
        })
        .collect();
    if !uncovered.is_empty() {
        out.push(Diagnostic::new(
            DiagnosticId::TrainingWithoutAssistance,
            uncovered
                .iter()
                .map(|a| Trigger::Activity(a.id.clone()))
                .collect(),
            uncovered.iter().flat_map(|a| a.evidence.clone()).collect(),
        ));
    }

    // Seeds 000 and 003: products with no marketing channel.
    let markets: Vec<_> = case
        .activities
        .iter()
        .filter(|a| a.kind == ActivityKind::MarketAccess)
        .collect();
    let unmarketed: Vec<_> = trainings()
        .filter(|a| a.skill_use != Some(SkillUse::Sold))
        .filter(|a| {
            a.topics.iter().any(|&t| {
                product_topic(t)
                    && !markets
                        .iter()
                        .any(|m| m.topics.is_empty() || m.topics.contains(&t))
            })
        })
        .collect();
    if !unmarketed.is_empty() {
        out.push(Diagnostic::new(
            DiagnosticId::NoMarketChannel,
            unmarketed
                .iter()
                .map(|a| Trigger::Activity(a.id.clone()))
                .collect(),
            unmarketed.iter().flat_map(|a| a.evidence.clone()).collect(),
        ));
    }

    // Seed 003: everything ends with the last fiscal year and nothing follows.
    if let Some(&last) = case.programme.fiscal_years.iter().max() {
        let all_dated = !case.activities.is_empty()
            && case
                .activities
                .iter()
                .all(|a| a.start.is_some() || a.end.is_some());
        let ongoing = |a: &crate::model::activity::Activity| {
            let recurring = matches!(
                a.recurrence,
                Some(Recurrence::Weekly | Recurrence::Monthly | Recurrence::Continuous)
            );
            match a.end.or(if recurring { None } else { a.start }) {
                Some(end) => chrono::Datelike::year(&end.latest()) > last,
                None => true,
            }
        };
        let followed_up = case
            .adi
            .iter()
            .any(|p| p.follow_ups.iter().any(|f| f.still_running));
        if all_dated && !case.activities.iter().any(ongoing) && !followed_up {
            // The activities that ran into the last fiscal year are where it stopped.
            let last_ones: Vec<_> = case
                .activities
                .iter()
                .filter(|a| a.end.is_some_and(|e| e.year() == last))
                .collect();
            let mut triggers = vec![Trigger::FiscalYear(last)];
            triggers.extend(last_ones.iter().map(|a| Trigger::Activity(a.id.clone())));
            out.push(Diagnostic::new(
                DiagnosticId::StopsAfterFiscalYear,
                triggers,
                last_ones.iter().flat_map(|a| a.evidence.clone()).collect(),
            ));
        }
    }

    // Seed 003 (and 001's pentahelix): required sectors with no stakeholder.
    let missing: Vec<Sector> = thresholds
        .required_sectors
        .iter()
        .copied()
        .filter(|s| !case.stakeholders.iter().any(|k| k.sector == *s))
        .collect();
    if !missing.is_empty() {
        out.push(Diagnostic::new(
            DiagnosticId::MissingPentahelix,
            missing.into_iter().map(Trigger::Sector).collect(),
            Vec::new(),
        ));
    }

    // Seed 000: the target group is first involved directly only at implementation.
    for p in &case.adi {
        let before_known = AdiStage::ALL
            .iter()
            .filter(|&&s| s < AdiStage::Implementation)
            .all(|&s| p.status(s) != StageStatus::Unknown);
        let implementing = matches!(
            p.status(AdiStage::Implementation),
            StageStatus::InProgress | StageStatus::Completed
        );
        let first = p.first_direct_involvement(case).map(|(s, _)| s);
        if before_known && implementing && first.is_none_or(|s| s >= AdiStage::Implementation) {
            let stage = first.unwrap_or(AdiStage::Implementation);
            let evidence = p
                .record(stage)
                .map(|r| {
                    r.involvement
                        .iter()
                        .flat_map(|i| i.evidence.clone())
                        .collect()
                })
                .unwrap_or_default();
            out.push(Diagnostic::new(
                DiagnosticId::LateInvolvement,
                vec![Trigger::Stage {
                    process: p.id.clone(),
                    stage,
                }],
                evidence,
            ));
        }
    }

    // Seed 002: attendance at or below the threshold; sessions in working hours explain it.
    let mut low: Vec<Trigger> = Vec::new();
    let mut low_evidence = Vec::new();
    for f in case
        .figures
        .iter()
        .filter(|f| f.metric == Metric::AttendanceRate)
    {
        if f.bound != Bound::AtLeast && f.value <= thresholds.attendance_min_percent {
            low.push(Trigger::Figure {
                id: f.id.clone(),
                value: f.value,
            });
            low_evidence.extend(f.evidence.clone());
            if let Some(a) = f
                .activity
                .as_ref()
                .and_then(|id| case.activities.iter().find(|a| &a.id == id))
            {
                if a.in_working_hours == Some(true) {
                    low.push(Trigger::Activity(a.id.clone()));
                    low_evidence.extend(a.evidence.clone());
                }
            }
        }
    }
    for a in &case.activities {
        let (present, recorded) = a.attendance_counts();
        if recorded > 0 {
            let rate = 100.0 * present as f64 / recorded as f64;
            if rate <= thresholds.attendance_min_percent {
                low.push(Trigger::Activity(a.id.clone()));
                low.push(Trigger::Measure {
                    value: rate,
                    threshold: thresholds.attendance_min_percent,
                });
            }
        }
    }
    if !low.is_empty() {
        out.push(Diagnostic::new(
            DiagnosticId::LowAttendance,
            low,
            low_evidence,
        ));
    }

    // Seed 002: families per facilitator.
    for b in case
        .figures
        .iter()
        .filter(|f| f.metric == Metric::Beneficiaries)
    {
        for f in case.figures.iter().filter(|f| {
            f.metric == Metric::Facilitators
                && f.site == b.site
                && f.year == b.year
                && f.value > 0.0
        }) {
            let ratio = b.value / f.value;
            if ratio > thresholds.caseload_max {
                let mut evidence = b.evidence.clone();
                evidence.extend(f.evidence.clone());
                out.push(Diagnostic::new(
                    DiagnosticId::FacilitatorCaseload,
                    vec![
                        Trigger::Figure {
                            id: b.id.clone(),
                            value: b.value,
                        },
                        Trigger::Figure {
                            id: f.id.clone(),
                            value: f.value,
                        },
                        Trigger::Measure {
                            value: ratio,
                            threshold: thresholds.caseload_max,
                        },
                    ],
                    evidence,
                ));
            }
        }
    }

    // Seed 002: social change without economic change.
    for p in &case.sulistiyani {
        let social = p.reached(Dimension::Social);
        let economic = p.reached(Dimension::Economic);
        if social >= Some(crate::frameworks::sulistiyani::SulistiyaniStage::Transformation)
            && economic < social
        {
            let number = |s: Option<crate::frameworks::sulistiyani::SulistiyaniStage>| {
                s.map_or(0, |s| s.number())
            };
            let evidence = p
                .dimensions
                .iter()
                .filter(|d| d.dimension == Dimension::Economic || d.dimension == Dimension::Social)
                .flat_map(|d| d.evidence.clone())
                .collect();
            out.push(Diagnostic::new(
                DiagnosticId::SocialWithoutEconomic,
                vec![
                    Trigger::Dimension {
                        dimension: Dimension::Social,
                        reached: number(social),
                    },
                    Trigger::Dimension {
                        dimension: Dimension::Economic,
                        reached: number(economic),
                    },
                ],
                evidence,
            ));
        }
    }

    // Seed 001: stages under way without documentation (without photos before an assessment).
    let assessed = case
        .activities
        .iter()
        .any(|a| a.kind == ActivityKind::Assessment);
    let mut gaps = Vec::new();
    for p in &case.adi {
        let mut stages = p.stages_without_evidence(case, None);
        if assessed {
            for s in p.stages_without_evidence(case, Some(EvidenceKind::Photo)) {
                if !stages.contains(&s) {
                    stages.push(s);
                }
            }
        }
        gaps.extend(stages.into_iter().map(|stage| Trigger::Stage {
            process: p.id.clone(),
            stage,
        }));
    }
    if !gaps.is_empty() {
        let evidence = case
            .activities
            .iter()
            .filter(|a| a.kind == ActivityKind::Assessment)
            .flat_map(|a| a.evidence.clone())
            .collect();
        out.push(Diagnostic::new(
            DiagnosticId::DocumentationGap,
            gaps,
            evidence,
        ));
    }

    // Seed 003: facilitators leaving.
    let leaving: Vec<_> = case
        .stakeholders
        .iter()
        .filter(|s| s.has_role(Role::Facilitator) && s.attrition.is_some())
        .collect();
    if !leaving.is_empty() {
        out.push(Diagnostic::new(
            DiagnosticId::FacilitatorAttrition,
            leaving
                .iter()
                .map(|s| Trigger::Stakeholder(s.id.clone()))
                .collect(),
            leaving
                .iter()
                .flat_map(|s| s.attrition.iter().flat_map(|a| a.evidence.clone()))
                .collect(),
        ));
    }

    // Seed 002: few economic sessions in the module catalogue.
    if let Some(cat) = &case.module_catalogue {
        let (economic, all) = cat.sessions_serving(Dimension::Economic);
        if all > 0 {
            let share = economic as f64 / all as f64;
            if share < thresholds.economic_session_share_min {
                out.push(Diagnostic::new(
                    DiagnosticId::ThinEconomicModules,
                    vec![Trigger::Measure {
                        value: share,
                        threshold: thresholds.economic_session_share_min,
                    }],
                    cat.evidence.clone(),
                ));
            }
        }
    }

    out.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.id.cmp(&b.id)));
    out
}
