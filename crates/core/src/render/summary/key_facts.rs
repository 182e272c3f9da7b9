//! The summary's list of key facts — programme, source, period, legal basis, objectives,
//! sites, stakeholders, activities, funding, figures, cohorts, assistance, participants,
//! evidence — one small function per item, each returning the list items it writes.

use std::collections::HashMap;

use crate::model::case::Case;
use crate::model::figure::{Bound, Figure};
use crate::model::ids::SiteId;
use crate::model::lang::{Labelled, Lang};
use crate::model::number::{count, integer, number, Noun};
use crate::model::programme::LegalKind;
use crate::model::site::{CityKind, Site};
use crate::render::doc::{labelled, text, Inline, Item};
use crate::render::evidence::EvidenceLabel;
use crate::render::summary::facts::CaseSummary;
use crate::render::summary::heading::Heading;

/// Sites by id, built once so that naming a site is a lookup.
pub(crate) struct Sites<'a>(HashMap<&'a str, &'a Site>);

impl<'a> Sites<'a> {
    pub(crate) fn of(case: &'a Case) -> Self {
        Sites(case.sites.iter().map(|s| (s.id.as_str(), s)).collect())
    }

    fn name(&self, id: Option<&SiteId>, lang: Lang) -> Option<String> {
        id.and_then(|id| self.0.get(id.as_str()))
            .map(|s| s.display_name(lang))
    }
}

/// `label count, label count, …` in `lang`.
fn counted<K: Labelled>(counts: &[(K, usize)], lang: Lang) -> String {
    counts
        .iter()
        .map(|(k, n)| format!("{} {}", k.label(lang), count(*n, lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn item(label: Heading, value: String, lang: Lang) -> Item {
    Item::new(labelled(label.label(lang), text(value)))
}

fn parent(label: Heading, lang: Lang, children: Vec<Item>) -> Option<Item> {
    (!children.is_empty())
        .then(|| Item::nested(vec![Inline::Strong(text(label.label(lang)))], children))
}

/// "Name (ACR)" — unless the name already carries the acronym.
fn programme(case: &Case, lang: Lang) -> Item {
    let p = &case.programme;
    let name = p.name.get(lang);
    let acronym = p.acronym.trim();
    let named = if acronym.is_empty() || name.contains(&format!("({acronym})")) {
        name.into_owned()
    } else {
        format!("{name} ({acronym})")
    };
    let value = format!("{named} — {}; {}", p.kind.label(lang), p.level.label(lang));
    item(Heading::Programme, value, lang)
}

fn source(case: &Case, lang: Lang) -> Option<Item> {
    let src = case.source.as_ref()?;
    let mut value = text(&src.citation);
    if let Some(seed) = &src.seed {
        value.push(Inline::Text(" ".into()));
        value.push(Inline::Code(seed.clone()));
    }
    Some(Item::new(labelled(Heading::Source.label(lang), value)))
}

fn period(case: &Case, lang: Lang) -> Option<Item> {
    let period = case.programme.period.as_ref()?;
    let span = match period.end {
        Some(e) if e == period.start => e.to_string(),
        Some(e) => format!("{} – {e}", period.start),
        None => format!("{} – …", period.start),
    };
    Some(item(Heading::Period, span, lang))
}

fn fiscal_years(case: &Case, lang: Lang) -> Option<Item> {
    let years = &case.programme.fiscal_years;
    // Years are written as years (2019), not grouped as numbers.
    let years: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    (!years.is_empty()).then(|| item(Heading::FiscalYears, years.join(", "), lang))
}

fn leading_sector(case: &Case, lang: Lang) -> Option<Item> {
    let id = case.programme.leading_sector.as_ref()?;
    let s = case.stakeholders.iter().find(|s| &s.id == id)?;
    Some(item(Heading::LeadingSector, s.name.clone(), lang))
}

/// A mayor's or regent's instrument named for the kind of city the case's sites are in:
/// "Peraturan Wali Kota" for a kota, "Peraturan Bupati" for a kabupaten, the joint label
/// where the sites are mixed or not recorded.
fn instrument_label(kind: LegalKind, case: &Case, lang: Lang) -> &'static str {
    const NAMED: &[(LegalKind, CityKind, &str, &str)] = &[
        (
            LegalKind::MayorRegulation,
            CityKind::Kota,
            "Peraturan Wali Kota",
            "Mayor's regulation",
        ),
        (
            LegalKind::MayorRegulation,
            CityKind::Kabupaten,
            "Peraturan Bupati",
            "Regent's regulation",
        ),
        (
            LegalKind::MayorDecree,
            CityKind::Kota,
            "Keputusan Wali Kota",
            "Mayor's decree",
        ),
        (
            LegalKind::MayorDecree,
            CityKind::Kabupaten,
            "Keputusan Bupati",
            "Regent's decree",
        ),
    ];
    let mut kinds = case.sites.iter().map(|s| s.city_kind);
    let city = kinds.next().filter(|first| kinds.all(|k| k == *first));
    NAMED
        .iter()
        .find(|(k, c, _, _)| *k == kind && Some(*c) == city)
        .map_or_else(|| kind.label(lang), |(_, _, id, en)| lang.pick(id, en))
}

fn legal_basis(case: &Case, lang: Lang) -> Option<Item> {
    let children = case
        .programme
        .legal_basis
        .iter()
        .map(|l| {
            let number = l
                .number
                .as_deref()
                .map(|n| format!(" {} {n}", lang.pick("Nomor", "No.")))
                .unwrap_or_default();
            let date = l.date.map(|d| format!(" ({d})")).unwrap_or_default();
            Item::new(text(format!(
                "{}{number}{date}, {}: {}",
                instrument_label(l.kind, case, lang),
                l.issuer,
                l.title
            )))
        })
        .collect();
    parent(Heading::LegalBasis, lang, children)
}

fn objectives(case: &Case, lang: Lang) -> Option<Item> {
    let children = case
        .programme
        .objectives
        .iter()
        .map(|o| Item::new(text(o.get(lang))))
        .collect();
    parent(Heading::Objectives, lang, children)
}

fn sites(case: &Case, lang: Lang) -> Item {
    let label = format!(
        "{} ({})",
        Heading::Sites.label(lang),
        count(case.sites.len(), lang)
    );
    let children = case
        .sites
        .iter()
        .map(|s| Item::new(text(s.display_name(lang))))
        .collect();
    Item::nested(vec![Inline::Strong(text(label))], children)
}

fn with_count(label: Heading, n: usize, value: String, lang: Lang) -> Item {
    let label = format!("{} ({})", label.label(lang), count(n, lang));
    Item::new(labelled(&label, text(value)))
}

fn missing_sectors(summary: &CaseSummary<'_>, lang: Lang) -> Item {
    let missing: Vec<&str> = summary
        .missing_sectors
        .iter()
        .map(|s| s.label(lang))
        .collect();
    let value = if missing.is_empty() {
        Heading::None.label(lang).to_owned()
    } else {
        missing.join(", ")
    };
    item(Heading::MissingSectors, value, lang)
}

fn trainings(summary: &CaseSummary<'_>, sites: &Sites<'_>, lang: Lang) -> Option<Item> {
    let children = summary
        .trainings_by_site
        .iter()
        .map(|(site, topics)| {
            let name = sites
                .name(site.as_ref(), lang)
                .unwrap_or_else(|| Heading::WithoutSite.label(lang).to_owned());
            let topics: Vec<&str> = topics.iter().map(|t| t.label(lang)).collect();
            Item::new(text(format!("{name}: {}", topics.join(", "))))
        })
        .collect();
    parent(Heading::TrainingsPerSite, lang, children)
}

fn funding(case: &Case, lang: Lang) -> Option<Item> {
    let children = case
        .programme
        .funding
        .iter()
        .map(|f| {
            let mut line = f.source.label(lang).to_owned();
            if let Some(w) = f.weight {
                line.push_str(&format!(" — {}", w.label(lang)));
            }
            if let Some(a) = f.amount {
                line.push_str(&format!(" — {}", a.format(lang)));
            }
            if let Some(y) = f.fiscal_year {
                line.push_str(&format!(" ({y})"));
            }
            Item::new(text(line))
        })
        .collect();
    parent(Heading::Funding, lang, children)
}

fn figure(f: &Figure, sites: &Sites<'_>, lang: Lang) -> Item {
    let mut context = Vec::new();
    if let Some(y) = f.year {
        context.push(y.to_string());
    }
    if let Some(s) = sites.name(f.site.as_ref(), lang) {
        context.push(s);
    }
    let bound = match f.bound {
        Bound::Exact => String::new(),
        b => format!("{} ", b.label(lang)),
    };
    let context = if context.is_empty() {
        String::new()
    } else {
        format!(" ({})", context.join("; "))
    };
    Item::new(text(format!(
        "{}: {bound}{}{context}",
        f.metric.label(lang),
        number(f.value, lang)
    )))
}

fn figures(case: &Case, sites: &Sites<'_>, lang: Lang) -> Option<Item> {
    let children = case
        .figures
        .iter()
        .map(|f| figure(f, sites, lang))
        .collect();
    parent(Heading::Figures, lang, children)
}

fn cohort(k: &crate::model::cohort::Cohort, lang: Lang) -> Item {
    let mut parts = Vec::new();
    if let Some(size) = k.size {
        parts.push(integer(size, lang));
    }
    let shares = |v: Vec<(String, f64)>| -> Option<String> {
        (!v.is_empty()).then(|| {
            v.iter()
                .map(|(l, pct)| format!("{l} {}%", number(*pct, lang)))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let marital = k.marital_status.iter();
    parts.extend(shares(
        marital
            .map(|s| (s.category.label(lang).to_owned(), s.percent))
            .collect(),
    ));
    parts.extend(shares(
        k.education
            .iter()
            .map(|s| (s.category.label(lang).to_owned(), s.percent))
            .collect(),
    ));
    if let Some(limit) = k.monthly_income_below {
        let income = lang.pick("penghasilan", "income");
        parts.push(format!("{income} < {}", limit.format(lang)));
    }
    if let Some(d) = k.dependants {
        let word = lang.pick("tanggungan", "dependants");
        parts.push(format!("{word} {}–{}", d.min, d.max));
    }
    let parts = if parts.is_empty() {
        Heading::NotStated.label(lang).to_owned()
    } else {
        parts.join("; ")
    };
    Item::new(text(format!("{}: {parts}", k.label.get(lang))))
}

fn cohorts(case: &Case, lang: Lang) -> Option<Item> {
    let children = case.cohorts.iter().map(|k| cohort(k, lang)).collect();
    parent(Heading::Cohorts, lang, children)
}

const RECIPIENT: Noun = Noun {
    indonesian: "penerima",
    one: "recipient",
    many: "recipients",
};

fn assistance(case: &Case, lang: Lang) -> Option<Item> {
    let children = case
        .assistance
        .iter()
        .map(|a| {
            let mut line = a.kind.label(lang).to_owned();
            if !a.items.is_empty() {
                let items: Vec<&str> = a.items.iter().map(|i| i.label(lang)).collect();
                line.push_str(&format!(": {}", items.join(", ")));
            }
            if let Some(d) = a.delivery {
                line.push_str(&format!(" ({})", d.label(lang)));
            }
            if let Some(v) = a.value_each {
                line.push_str(&format!(
                    " — {} {}",
                    v.format(lang),
                    Heading::Each.label(lang)
                ));
            }
            if let Some(n) = a.count {
                let n = usize::try_from(n).unwrap_or(usize::MAX);
                line.push_str(&format!(" × {}", RECIPIENT.counted(n, lang)));
            }
            Item::new(text(line))
        })
        .collect();
    parent(Heading::Assistance, lang, children)
}

fn evidence(summary: &CaseSummary<'_>, lang: Lang) -> Item {
    let mut kinds: Vec<(EvidenceLabel, usize)> = Vec::new();
    for e in &summary.case.evidence {
        let label = EvidenceLabel::of(e);
        match kinds.iter_mut().find(|(k, _)| *k == label) {
            Some((_, n)) => *n += 1,
            None => kinds.push((label, 1)),
        }
    }
    crate::model::order::sort(&mut kinds);
    let n = summary.case.evidence.len();
    with_count(Heading::Evidence, n, counted(&kinds, lang), lang)
}

fn informants(summary: &CaseSummary<'_>, lang: Lang) -> Option<Item> {
    let list: Vec<String> = summary
        .informants
        .iter()
        .map(|i| format!("{} ({})", i.code, i.role))
        .collect();
    (!list.is_empty()).then(|| item(Heading::Informants, list.join(", "), lang))
}

/// The key facts of `summary` as list items.
pub(crate) fn items(summary: &CaseSummary<'_>, lang: Lang) -> Vec<Item> {
    let c = summary.case;
    let sites_index = Sites::of(c);
    let mut out = vec![programme(c, lang)];
    out.extend(source(c, lang));
    out.extend(period(c, lang));
    out.extend(fiscal_years(c, lang));
    out.extend(leading_sector(c, lang));
    out.extend(legal_basis(c, lang));
    out.extend(objectives(c, lang));
    out.push(sites(c, lang));
    let sectors = counted(&summary.sectors, lang);
    out.push(with_count(
        Heading::Stakeholders,
        c.stakeholders.len(),
        sectors,
        lang,
    ));
    out.push(missing_sectors(summary, lang));
    let kinds = counted(&summary.activity_kinds, lang);
    out.push(with_count(
        Heading::Activities,
        c.activities.len(),
        kinds,
        lang,
    ));
    out.extend(trainings(summary, &sites_index, lang));
    out.extend(funding(c, lang));
    out.extend(figures(c, &sites_index, lang));
    out.extend(cohorts(c, lang));
    out.extend(assistance(c, lang));
    if !c.participants.is_empty() {
        out.push(item(
            Heading::Participants,
            count(c.participants.len(), lang),
            lang,
        ));
    }
    out.push(evidence(summary, lang));
    out.extend(informants(summary, lang));
    out
}
