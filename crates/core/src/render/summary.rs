//! A readable summary of a case in Bahasa Indonesia or English.
//!
//! [`Summary::of`] computes the language-neutral facts (counts by sector and kind, missing
//! pentahelix sectors, trainings per site, informants); [`Summary::render`] writes them as
//! Markdown in either language.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::frameworks::adi::{
    first_beyond_inform, first_direct_involvement, stages_without_evidence, AdiProcess, AdiStage,
    Completeness, Involvement, Timeline,
};
use crate::frameworks::sulistiyani::{
    distribution, GraduationPolicy, Readiness, Subject, SulistiyaniStage,
};
use crate::model::activity::{ActivityKind, Topic};
use crate::model::case::Case;
use crate::model::evidence::{EvidenceKind, Informant};
use crate::model::ids::SiteId;
use crate::model::lang::labelled_enum;
use crate::model::lang::{Labelled, Lang};
use crate::model::money::group_digits;
use crate::model::stakeholder::Sector;

labelled_enum! {
    /// Headings and fixed phrases of the summary.
    pub enum Heading {
        /// Programme.
        Programme => ("programme", "Program", "Programme"),
        /// Source.
        Source => ("source", "Sumber", "Source"),
        /// Period.
        Period => ("period", "Periode", "Period"),
        /// Fiscal years.
        FiscalYears => ("fiscal_years", "Tahun anggaran", "Fiscal years"),
        /// Leading sector.
        LeadingSector => ("leading_sector", "Leading sector", "Leading sector"),
        /// Legal basis.
        LegalBasis => ("legal_basis", "Dasar hukum", "Legal basis"),
        /// Objectives.
        Objectives => ("objectives", "Tujuan", "Objectives"),
        /// Sites.
        Sites => ("sites", "Lokasi", "Sites"),
        /// Stakeholders.
        Stakeholders => ("stakeholders", "Pemangku kepentingan", "Stakeholders"),
        /// Pentahelix sectors not represented.
        MissingSectors => ("missing_sectors", "Unsur pentahelix yang belum terlibat", "Pentahelix sectors not involved"),
        /// Activities.
        Activities => ("activities", "Kegiatan", "Activities"),
        /// Trainings per site.
        TrainingsPerSite => ("trainings_per_site", "Pelatihan per lokasi", "Trainings per site"),
        /// Funding.
        Funding => ("funding", "Pendanaan", "Funding"),
        /// Key figures.
        Figures => ("figures", "Angka kunci", "Key figures"),
        /// Cohorts.
        Cohorts => ("cohorts", "Kohort (data agregat)", "Cohorts (aggregate data)"),
        /// Assistance.
        Assistance => ("assistance", "Bantuan", "Assistance"),
        /// Evidence.
        Evidence => ("evidence", "Bukti", "Evidence"),
        /// Informants.
        Informants => ("informants", "Informan", "Informants"),
        /// Participants.
        Participants => ("participants", "Peserta terdaftar", "Registered participants"),
        /// None.
        None => ("none", "tidak ada", "none"),
        /// Not stated.
        NotStated => ("not_stated", "tidak disebutkan", "not stated"),
        /// Each.
        Each => ("each", "per penerima", "each"),
        /// Recipients.
        Recipients => ("recipients", "penerima", "recipients"),
        /// Without a site.
        WithoutSite => ("without_site", "tanpa lokasi", "without a site"),
        /// The Adi process.
        AdiStages => ("adi_stages", "Tujuh tahap Adi", "Adi's seven stages"),
        /// Overall completeness.
        Completeness => ("completeness", "kelengkapan keseluruhan", "overall completeness"),
        /// Stage column.
        Stage => ("stage", "Tahap", "Stage"),
        /// Status column.
        Status => ("status", "Status", "Status"),
        /// Dates column.
        Dates => ("dates", "Tanggal", "Dates"),
        /// Checklist column.
        Checklist => ("checklist", "Butir", "Checklist"),
        /// Documentation column.
        Documented => ("documented", "Bukti", "Evidence"),
        /// Score column.
        Score => ("score", "Skor", "Score"),
        /// Yes.
        Yes => ("yes", "ada", "yes"),
        /// No.
        No => ("no", "tidak ada", "no"),
        /// Days.
        Days => ("days", "hari", "days"),
        /// Planned.
        Planned => ("planned", "rencana", "planned"),
        /// Target group first more than informed.
        FirstBeyondInform => ("first_beyond_inform", "Kelompok sasaran pertama kali lebih dari sekadar diberi informasi", "Target group first more than informed"),
        /// Target group first directly involved.
        FirstDirect => ("first_direct", "Kelompok sasaran pertama kali dilibatkan langsung", "Target group first directly involved"),
        /// Never.
        Never => ("never", "tidak pernah", "never"),
        /// Stages without evidence.
        StagesWithoutEvidence => ("stages_without_evidence", "Tahap berjalan tanpa bukti", "Stages under way without evidence"),
        /// Stages without photos.
        StagesWithoutPhotos => ("stages_without_photos", "Tahap berjalan tanpa dokumentasi foto", "Stages under way without photo documentation"),
        /// Overlapping stages.
        Overlaps => ("overlaps", "Tahap yang tumpang tindih", "Overlapping stages"),
        /// After termination.
        AfterTermination => ("after_termination", "Setelah terminasi", "After termination"),
        /// Months after.
        MonthsAfter => ("months_after", "bulan setelah terminasi", "months after termination"),
        /// Still running.
        StillRunning => ("still_running", "masih berjalan", "still running"),
        /// Stopped.
        Stopped => ("stopped", "berhenti", "stopped"),
        /// Sulistiyani progression.
        Progression => ("progression", "Tahap Sulistiyani", "Sulistiyani progression"),
        /// Graduation readiness.
        Graduation => ("graduation", "Kesiapan graduasi mandiri", "Readiness for self-graduation"),
        /// Ready.
        Ready => ("ready", "siap", "ready"),
        /// Not ready.
        NotReady => ("not_ready", "belum siap", "not ready"),
        /// Needs.
        Needs => ("needs", "perlu", "needs"),
        /// Not yet at the first stage.
        NotYet => ("not_yet", "belum mencapai tahap pertama", "not yet at the first stage"),
        /// Distribution.
        Distribution => ("distribution", "Sebaran per tahap", "Distribution across stages"),
        /// People.
        People => ("people", "orang", "people"),
        /// Units of unknown size.
        UnitsUnknownSize => ("units_unknown_size", "kelompok/kohort tanpa jumlah", "groups/cohorts of unknown size"),
    }
}

/// `label count, label count, …` in `lang`.
fn counted<K: Labelled>(counts: &[(K, usize)], lang: Lang) -> String {
    counts
        .iter()
        .map(|(k, n)| format!("{} {n}", k.label(lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The language-neutral facts of a case summary.
#[derive(Clone, Debug, Serialize)]
pub struct Summary<'a> {
    /// The case summarised.
    pub case: &'a Case,
    /// Stakeholders per pentahelix sector (sectors with none left out).
    pub sectors: Vec<(Sector, usize)>,
    /// Pentahelix sectors with no stakeholder.
    pub missing_sectors: Vec<Sector>,
    /// Activities per kind.
    pub activity_kinds: Vec<(ActivityKind, usize)>,
    /// Training topics per site (`None`: trainings with no site).
    pub trainings_by_site: Vec<(Option<SiteId>, Vec<Topic>)>,
    /// Evidence items per kind.
    pub evidence_kinds: Vec<(EvidenceKind, usize)>,
    /// Distinct informants quoted.
    pub informants: Vec<Informant>,
}

impl<'a> Summary<'a> {
    /// Computes the summary of `case`.
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

        let mut trainings: Vec<(Option<SiteId>, Vec<Topic>)> = Vec::new();
        for a in case
            .activities
            .iter()
            .filter(|a| a.kind == ActivityKind::Training)
        {
            let slot = match trainings.iter_mut().find(|(s, _)| *s == a.site) {
                Some((_, topics)) => topics,
                None => {
                    trainings.push((a.site.clone(), Vec::new()));
                    match trainings.last_mut() {
                        Some((_, topics)) => topics,
                        None => continue,
                    }
                }
            };
            for t in &a.topics {
                if !slot.contains(t) {
                    slot.push(*t);
                }
            }
        }

        let mut evidence_kinds: BTreeMap<EvidenceKind, usize> = BTreeMap::new();
        let mut informants: Vec<Informant> = Vec::new();
        for e in &case.evidence {
            *evidence_kinds.entry(e.kind).or_default() += 1;
            if let Some(i) = &e.informant {
                if !informants.contains(i) {
                    informants.push(i.clone());
                }
            }
        }

        Summary {
            case,
            sectors: sectors.into_iter().collect(),
            missing_sectors,
            activity_kinds: kinds.into_iter().collect(),
            trainings_by_site: trainings,
            evidence_kinds: evidence_kinds.into_iter().collect(),
            informants,
        }
    }

    /// Renders the summary as Markdown in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = self.write(&mut out, lang);
        out
    }

    fn write(&self, out: &mut String, lang: Lang) -> std::fmt::Result {
        let c = self.case;
        let p = &c.programme;
        let h = |x: Heading| x.label(lang);
        let n = |x: u64| group_digits(x, lang);
        let num = |x: f64| {
            if x.fract() == 0.0 && x.abs() < 9.0e15 {
                group_digits(x.abs() as u64, lang)
            } else {
                format!("{x}")
            }
        };

        writeln!(out, "## {}", c.title.get(lang))?;
        writeln!(out)?;
        writeln!(
            out,
            "- **{}**: {} ({}) — {}; {}",
            h(Heading::Programme),
            p.name.get(lang),
            p.acronym,
            p.kind.label(lang),
            p.level.label(lang)
        )?;
        if let Some(src) = &c.source {
            let seed = src
                .seed
                .as_deref()
                .map(|s| format!(" [`{s}`]"))
                .unwrap_or_default();
            writeln!(out, "- **{}**: {}{seed}", h(Heading::Source), src.citation)?;
        }
        if let Some(period) = &p.period {
            let span = match period.end {
                Some(e) if e == period.start => e.to_string(),
                Some(e) => format!("{} – {e}", period.start),
                None => format!("{} – …", period.start),
            };
            writeln!(out, "- **{}**: {span}", h(Heading::Period))?;
        }
        if !p.fiscal_years.is_empty() {
            let years: Vec<String> = p.fiscal_years.iter().map(|y| y.to_string()).collect();
            writeln!(
                out,
                "- **{}**: {}",
                h(Heading::FiscalYears),
                years.join(", ")
            )?;
        }
        if let Some(s) = p.leading_sector.as_ref().and_then(|id| c.stakeholder(id)) {
            writeln!(out, "- **{}**: {}", h(Heading::LeadingSector), s.name)?;
        }
        if !p.legal_basis.is_empty() {
            writeln!(out, "- **{}**:", h(Heading::LegalBasis))?;
            for l in &p.legal_basis {
                let number = l
                    .number
                    .as_deref()
                    .map(|n| format!(" {} {n}", lang.pick("Nomor", "No.")))
                    .unwrap_or_default();
                let date = l.date.map(|d| format!(" ({d})")).unwrap_or_default();
                writeln!(
                    out,
                    "  - {}{number}{date}, {}: {}",
                    l.kind.label(lang),
                    l.issuer,
                    l.title
                )?;
            }
        }
        if !p.objectives.is_empty() {
            writeln!(out, "- **{}**:", h(Heading::Objectives))?;
            for o in &p.objectives {
                writeln!(out, "  - {}", o.get(lang))?;
            }
        }

        writeln!(out, "- **{}** ({}):", h(Heading::Sites), c.sites.len())?;
        for s in &c.sites {
            writeln!(out, "  - {}", s.display_name(lang))?;
        }

        writeln!(
            out,
            "- **{}** ({}): {}",
            h(Heading::Stakeholders),
            c.stakeholders.len(),
            counted(&self.sectors, lang)
        )?;
        let missing: Vec<&str> = self.missing_sectors.iter().map(|s| s.label(lang)).collect();
        writeln!(
            out,
            "- **{}**: {}",
            h(Heading::MissingSectors),
            if missing.is_empty() {
                h(Heading::None).to_owned()
            } else {
                missing.join(", ")
            }
        )?;

        writeln!(
            out,
            "- **{}** ({}): {}",
            h(Heading::Activities),
            c.activities.len(),
            counted(&self.activity_kinds, lang)
        )?;
        if !self.trainings_by_site.is_empty() {
            writeln!(out, "- **{}**:", h(Heading::TrainingsPerSite))?;
            for (site, topics) in &self.trainings_by_site {
                let name = match site.as_ref().and_then(|id| c.site(id)) {
                    Some(s) => s.display_name(lang),
                    None => h(Heading::WithoutSite).to_owned(),
                };
                let topics: Vec<&str> = topics.iter().map(|t| t.label(lang)).collect();
                writeln!(out, "  - {name}: {}", topics.join(", "))?;
            }
        }

        if !p.funding.is_empty() {
            writeln!(out, "- **{}**:", h(Heading::Funding))?;
            for f in &p.funding {
                let mut line = f.source.label(lang).to_owned();
                if let Some(w) = f.weight {
                    let _ = write!(line, " — {}", w.label(lang));
                }
                if let Some(a) = f.amount {
                    let _ = write!(line, " — {}", a.format(lang));
                }
                if let Some(y) = f.fiscal_year {
                    let _ = write!(line, " ({y})");
                }
                writeln!(out, "  - {line}")?;
            }
        }

        if !c.figures.is_empty() {
            writeln!(out, "- **{}**:", h(Heading::Figures))?;
            for f in &c.figures {
                let mut context = Vec::new();
                if let Some(y) = f.year {
                    context.push(y.to_string());
                }
                if let Some(s) = f.site.as_ref().and_then(|id| c.site(id)) {
                    context.push(s.display_name(lang));
                }
                let bound = match f.bound {
                    crate::model::figure::Bound::Exact => String::new(),
                    b => format!("{} ", b.label(lang)),
                };
                let context = if context.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", context.join("; "))
                };
                writeln!(
                    out,
                    "  - {}: {bound}{}{context}",
                    f.metric.label(lang),
                    num(f.value)
                )?;
            }
        }

        if !c.cohorts.is_empty() {
            writeln!(out, "- **{}**:", h(Heading::Cohorts))?;
            for k in &c.cohorts {
                let mut parts = Vec::new();
                if let Some(size) = k.size {
                    parts.push(n(size));
                }
                let shares = |v: Vec<(String, f64)>| -> Option<String> {
                    (!v.is_empty()).then(|| {
                        v.iter()
                            .map(|(l, pct)| format!("{l} {pct}%"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                };
                if let Some(s) = shares(
                    k.marital_status
                        .iter()
                        .map(|s| (s.category.label(lang).to_owned(), s.percent))
                        .collect(),
                ) {
                    parts.push(s);
                }
                if let Some(s) = shares(
                    k.education
                        .iter()
                        .map(|s| (s.category.label(lang).to_owned(), s.percent))
                        .collect(),
                ) {
                    parts.push(s);
                }
                if let Some(limit) = k.monthly_income_below {
                    parts.push(format!(
                        "{} < {}",
                        lang.pick("penghasilan", "income"),
                        limit.format(lang)
                    ));
                }
                if let Some(d) = k.dependants {
                    parts.push(format!(
                        "{} {}–{}",
                        lang.pick("tanggungan", "dependants"),
                        d.min,
                        d.max
                    ));
                }
                let parts = if parts.is_empty() {
                    h(Heading::NotStated).to_owned()
                } else {
                    parts.join("; ")
                };
                writeln!(out, "  - {}: {parts}", k.label.get(lang))?;
            }
        }

        if !c.assistance.is_empty() {
            writeln!(out, "- **{}**:", h(Heading::Assistance))?;
            for a in &c.assistance {
                let mut line = a.kind.label(lang).to_owned();
                if !a.items.is_empty() {
                    let items: Vec<&str> = a.items.iter().map(|i| i.label(lang)).collect();
                    let _ = write!(line, ": {}", items.join(", "));
                }
                if let Some(d) = a.delivery {
                    let _ = write!(line, " ({})", d.label(lang));
                }
                if let Some(v) = a.value_each {
                    let _ = write!(line, " — {} {}", v.format(lang), h(Heading::Each));
                }
                if let Some(count) = a.count {
                    let _ = write!(line, " × {count} {}", h(Heading::Recipients));
                }
                writeln!(out, "  - {line}")?;
            }
        }

        if !c.participants.is_empty() {
            writeln!(
                out,
                "- **{}**: {}",
                h(Heading::Participants),
                n(c.participants.len() as u64)
            )?;
        }

        for p in &c.adi {
            self.write_adi(out, lang, p)?;
        }
        if !c.sulistiyani.is_empty() {
            self.write_sulistiyani(out, lang)?;
        }

        writeln!(
            out,
            "- **{}** ({}): {}",
            h(Heading::Evidence),
            c.evidence.len(),
            counted(&self.evidence_kinds, lang)
        )?;
        if !self.informants.is_empty() {
            let informants: Vec<String> = self
                .informants
                .iter()
                .map(|i| format!("{} ({})", i.code, i.role))
                .collect();
            writeln!(
                out,
                "- **{}**: {}",
                h(Heading::Informants),
                informants.join(", ")
            )?;
        }
        Ok(())
    }

    fn write_adi(&self, out: &mut String, lang: Lang, p: &AdiProcess) -> std::fmt::Result {
        let c = self.case;
        let h = |x: Heading| x.label(lang);
        let completeness = Completeness::of(p);
        writeln!(
            out,
            "- **{} — {}** ({} {:.0}%):",
            h(Heading::AdiStages),
            p.label.get(lang),
            h(Heading::Completeness),
            completeness.overall * 100.0
        )?;
        writeln!(out)?;
        writeln!(
            out,
            "  | {} | {} | {} | {} | {} | {} |",
            h(Heading::Stage),
            h(Heading::Status),
            h(Heading::Dates),
            h(Heading::Checklist),
            h(Heading::Documented),
            h(Heading::Score)
        )?;
        writeln!(out, "  |---|---|---|---|---|---|")?;
        let timeline = Timeline::of(p);
        for s in &completeness.stages {
            let dates = timeline
                .entries
                .iter()
                .find(|e| e.stage == s.stage)
                .and_then(|e| {
                    let span = match (e.start, e.end) {
                        (None, None) => return None,
                        (Some(a), Some(b)) if a == b => a.to_string(),
                        (a, b) => format!(
                            "{} – {}",
                            a.map(|d| d.to_string()).unwrap_or_else(|| "…".into()),
                            b.map(|d| d.to_string()).unwrap_or_else(|| "…".into())
                        ),
                    };
                    let days = e
                        .duration_days
                        .map(|d| format!(" ({d} {})", h(Heading::Days)))
                        .unwrap_or_default();
                    let planned = if e.planned {
                        format!(" [{}]", h(Heading::Planned))
                    } else {
                        String::new()
                    };
                    Some(format!("{span}{days}{planned}"))
                })
                .unwrap_or_else(|| "—".into());
            writeln!(
                out,
                "  | {}. {} | {} | {dates} | {}/{} | {} | {:.0}% |",
                s.stage.number(),
                s.stage.label(lang),
                s.status.label(lang),
                s.items_done,
                s.items_total,
                if s.has_evidence {
                    h(Heading::Yes)
                } else {
                    h(Heading::No)
                },
                s.score * 100.0
            )?;
        }
        writeln!(out)?;
        let involvement = |found: Option<(AdiStage, Involvement)>| match found {
            Some((stage, level)) => format!("{} ({})", stage.label(lang), level.label(lang)),
            None => h(Heading::Never).to_owned(),
        };
        writeln!(
            out,
            "  - {}: {}",
            h(Heading::FirstBeyondInform),
            involvement(first_beyond_inform(p, c))
        )?;
        writeln!(
            out,
            "  - {}: {}",
            h(Heading::FirstDirect),
            involvement(first_direct_involvement(p, c))
        )?;
        let stages = |v: Vec<AdiStage>| {
            if v.is_empty() {
                h(Heading::None).to_owned()
            } else {
                v.iter()
                    .map(|s| s.label(lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        writeln!(
            out,
            "  - {}: {}",
            h(Heading::StagesWithoutEvidence),
            stages(stages_without_evidence(p, c, None))
        )?;
        writeln!(
            out,
            "  - {}: {}",
            h(Heading::StagesWithoutPhotos),
            stages(stages_without_evidence(p, c, Some(EvidenceKind::Photo)))
        )?;
        if !timeline.overlaps.is_empty() {
            let pairs: Vec<String> = timeline
                .overlaps
                .iter()
                .map(|(a, b)| format!("{} / {}", a.label(lang), b.label(lang)))
                .collect();
            writeln!(out, "  - {}: {}", h(Heading::Overlaps), pairs.join("; "))?;
        }
        if !p.follow_ups.is_empty() {
            writeln!(out, "  - {}:", h(Heading::AfterTermination))?;
            for f in &p.follow_ups {
                writeln!(
                    out,
                    "    - {} — {} {}, {}",
                    f.description.get(lang),
                    f.months_after_termination,
                    h(Heading::MonthsAfter),
                    if f.still_running {
                        h(Heading::StillRunning)
                    } else {
                        h(Heading::Stopped)
                    }
                )?;
            }
        }
        Ok(())
    }

    fn write_sulistiyani(&self, out: &mut String, lang: Lang) -> std::fmt::Result {
        let c = self.case;
        let h = |x: Heading| x.label(lang);
        let stage = |s: Option<SulistiyaniStage>| match s {
            Some(s) => format!("{}. {}", s.number(), s.label(lang)),
            None => h(Heading::NotYet).to_owned(),
        };
        let policy = GraduationPolicy::default();
        for p in &c.sulistiyani {
            let who = match &p.subject {
                Subject::Participant(id) => id.to_string(),
                Subject::Cohort(id) => c
                    .cohorts
                    .iter()
                    .find(|k| &k.id == id)
                    .map_or_else(|| id.to_string(), |k| k.label.get(lang).to_owned()),
                Subject::Group(id) => c
                    .stakeholder(id)
                    .map_or_else(|| id.to_string(), |s| s.name.clone()),
            };
            writeln!(out, "- **{} — {who}**:", h(Heading::Progression))?;
            for d in &p.dimensions {
                writeln!(out, "  - {}: {}", d.dimension.label(lang), stage(d.reached))?;
            }
            let r = Readiness::of(p, &policy);
            let verdict = if r.ready {
                h(Heading::Ready).to_owned()
            } else {
                let missing: Vec<String> = r
                    .missing
                    .iter()
                    .map(|m| {
                        format!(
                            "{} ({} → {} {})",
                            m.dimension.label(lang),
                            stage(m.reached),
                            h(Heading::Needs),
                            stage(Some(m.needed))
                        )
                    })
                    .collect();
                format!("{} — {}", h(Heading::NotReady), missing.join("; "))
            };
            writeln!(out, "  - {}: {verdict}", h(Heading::Graduation))?;
        }
        let dist = distribution(c);
        if !dist.is_empty() {
            writeln!(out, "- **{}**:", h(Heading::Distribution))?;
            for d in dist {
                let cells: Vec<String> = d
                    .rows
                    .iter()
                    .filter(|r| r.participants + r.cohort_members + r.units_of_unknown_size > 0)
                    .map(|r| {
                        let mut parts = Vec::new();
                        let people = r.participants + r.cohort_members;
                        if people > 0 {
                            parts.push(format!("{people} {}", h(Heading::People)));
                        }
                        if r.units_of_unknown_size > 0 {
                            parts.push(format!(
                                "{} {}",
                                r.units_of_unknown_size,
                                h(Heading::UnitsUnknownSize)
                            ));
                        }
                        format!("{}: {}", stage(r.stage), parts.join(", "))
                    })
                    .collect();
                writeln!(out, "  - {}: {}", d.dimension.label(lang), cells.join("; "))?;
            }
        }
        Ok(())
    }
}
