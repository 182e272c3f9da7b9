//! A readable summary of a case in Bahasa Indonesia or English.
//!
//! [`Summary::of`] computes the language-neutral facts (counts by sector and kind, missing
//! pentahelix sectors, trainings per site, informants); [`Summary::render`] writes them as
//! Markdown in either language.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::activity::{ActivityKind, Topic};
use crate::document::Case;
use crate::evidence::{EvidenceKind, Informant};
use crate::ids::SiteId;
use crate::labelled_enum;
use crate::lang::{Labelled, Lang};
use crate::money::group_digits;
use crate::stakeholder::Sector;

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
    }
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

        let sectors: Vec<String> = self
            .sectors
            .iter()
            .map(|(s, k)| format!("{} {k}", s.label(lang)))
            .collect();
        writeln!(
            out,
            "- **{}** ({}): {}",
            h(Heading::Stakeholders),
            c.stakeholders.len(),
            sectors.join(", ")
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

        let kinds: Vec<String> = self
            .activity_kinds
            .iter()
            .map(|(k, count)| format!("{} {count}", k.label(lang)))
            .collect();
        writeln!(
            out,
            "- **{}** ({}): {}",
            h(Heading::Activities),
            c.activities.len(),
            kinds.join(", ")
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
                    crate::figure::Bound::Exact => String::new(),
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

        let kinds: Vec<String> = self
            .evidence_kinds
            .iter()
            .map(|(k, count)| format!("{} {count}", k.label(lang)))
            .collect();
        writeln!(
            out,
            "- **{}** ({}): {}",
            h(Heading::Evidence),
            c.evidence.len(),
            kinds.join(", ")
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
}
