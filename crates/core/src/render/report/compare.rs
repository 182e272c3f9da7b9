//! Comparisons side by side: several cases, or the sites of one case (its Adi processes,
//! e.g. the two kelurahan of seed 000), one column per [`Unit`] and one row per figure.
//!
//! Each case is indexed once (activities and stakeholders by site, its diagnostics, its
//! scores), so a comparison costs one pass over each case plus one lookup per record of a
//! unit: linear in the size of the documents, however many sites they have. When sites are
//! compared, a figure that belongs to the whole case, not to one site, says so in its row
//! label; a figure that does not apply (a case with no Adi process) reads "—", never 0.
//!
//! # Examples
//!
//! ```
//! use berdaya::render::report::{compare, Unit};
//! use berdaya::{Lang, Thresholds};
//! let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
//! let table = compare(&Unit::processes(&case), &Thresholds::default(), Lang::En);
//! assert!(table.contains("| Stages completed | 7/7 | 4/7 |"));
//! ```

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::frameworks::adi::{first_direct_involvement, Completeness};
use crate::frameworks::ansell_gash::Scores;
use crate::frameworks::fivem;
use crate::insight::diagnostics::{Diagnosis, Diagnostic, Thresholds, Trigger};
use crate::model::activity::{Activity, ActivityKind};
use crate::model::assistance::{Assistance, Recipient};
use crate::model::case::Case;
use crate::model::lang::{Labelled, Lang};
use crate::model::number::{count, decimal, percent, signed};
use crate::model::records::adi::{AdiProcess, AdiStage, StageStatus};
use crate::model::stakeholder::Sector;
use crate::render::doc::{text, Block, Inline, Line, Table};
use crate::render::report::phrase::Phrase;

/// One column of a comparison: a case, or one site's Adi process within a case.
///
/// # Examples
///
/// ```
/// use berdaya::render::report::Unit;
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let units = Unit::processes(&case);
/// assert_eq!(units.len(), 2); // Teluk Pucung and Harapan Jaya (seed 000)
/// assert!(units.iter().all(|u| u.case.id == case.id && u.process.is_some()));
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Unit<'a> {
    /// The case.
    pub case: &'a Case,
    /// The process compared, when comparing sites of one case.
    pub process: Option<&'a AdiProcess>,
}

impl<'a> Unit<'a> {
    /// Every case as a unit.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::{Unit, comparison_rows};
    /// use berdaya::{Lang, Thresholds};
    /// let cases = [
    ///     berdaya::cases::load("p2k2-karawaci").unwrap(),
    ///     berdaya::cases::load("p2wkss-bojong-menteng-2025").unwrap(),
    /// ];
    /// let units = Unit::cases(&cases);
    /// assert!(units.iter().all(|u| u.process.is_none()));
    /// // P2K2 records no Adi process: its stages read "—", never 0.
    /// let rows = comparison_rows(&units, &Thresholds::default(), Lang::En);
    /// let p2k2 = rows
    ///     .iter()
    ///     .find(|r| r.case == "p2k2-karawaci" && r.figure == "stages_completed")
    ///     .unwrap();
    /// assert_eq!((p2k2.value.as_str(), p2k2.applies), ("—", false));
    /// ```
    pub fn cases(cases: &'a [Case]) -> Vec<Unit<'a>> {
        cases
            .iter()
            .map(|case| Unit {
                case,
                process: None,
            })
            .collect()
    }

    /// Each Adi process of `case` as a unit (e.g. the two kelurahan of seed 000).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::Unit;
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let labels: Vec<String> = Unit::processes(&case)
    ///     .iter()
    ///     .map(|u| u.process.unwrap().label.english.clone())
    ///     .collect();
    /// assert_eq!(
    ///     labels,
    ///     [
    ///         "The seven stages of P2WKSS in Teluk Pucung",
    ///         "The seven stages of P2WKSS in Harapan Jaya"
    ///     ]
    /// );
    /// ```
    pub fn processes(case: &'a Case) -> Vec<Unit<'a>> {
        case.adi
            .iter()
            .map(|p| Unit {
                case,
                process: Some(p),
            })
            .collect()
    }

    fn label(&self, lang: Lang) -> String {
        match self.process {
            Some(p) => p.label.get(lang).into_owned(),
            None => self.case.title.get(lang).into_owned(),
        }
    }

    /// The site compared: `None` for a whole case (or a process with no site).
    fn site(&self) -> Option<&'a str> {
        self.process
            .and_then(|p| p.site.as_ref())
            .map(|s| s.as_str())
    }

    fn processes_here(&self) -> Vec<&'a AdiProcess> {
        match self.process {
            Some(p) => vec![p],
            None => self.case.adi.iter().collect(),
        }
    }
}

/// What a comparison needs of one case, computed once however many units share it.
struct Indexed<'a> {
    activity_site: HashMap<&'a str, Option<&'a str>>,
    trainings: HashMap<Option<&'a str>, Vec<&'a Activity>>,
    stakeholders: HashMap<Option<&'a str>, usize>,
    recipient_site: HashMap<&'a str, &'a str>,
    missing_sectors: Vec<Sector>,
    diagnostics: Vec<Diagnostic>,
    /// Ansell–Gash scores with the caller's banding (coverage included), as the report has.
    scores: Option<Scores>,
}

impl<'a> Indexed<'a> {
    fn of(case: &'a Case, thresholds: &Thresholds) -> Self {
        let site = |s: &'a Option<crate::model::ids::SiteId>| s.as_ref().map(|s| s.as_str());
        let mut trainings: HashMap<Option<&str>, Vec<&Activity>> = HashMap::new();
        for a in case
            .activities
            .iter()
            .filter(|a| a.kind == ActivityKind::Training)
        {
            trainings.entry(site(&a.site)).or_default().push(a);
        }
        let mut stakeholders: HashMap<Option<&str>, usize> = HashMap::new();
        for s in &case.stakeholders {
            *stakeholders.entry(site(&s.site)).or_default() += 1;
        }
        let sited = |id: &'a str, s: &'a Option<crate::model::ids::SiteId>| {
            s.as_ref().map(|s| (id, s.as_str()))
        };
        let recipient_site = (case.stakeholders.iter())
            .filter_map(|s| sited(s.id.as_str(), &s.site))
            .chain(
                case.participants
                    .iter()
                    .filter_map(|p| sited(p.id.as_str(), &p.site)),
            )
            .chain(
                case.cohorts
                    .iter()
                    .filter_map(|k| sited(k.id.as_str(), &k.site)),
            )
            .collect();
        // A scan per sector (a handful), not a set: one type of set less in the page's module.
        let present = |s: &Sector| case.stakeholders.iter().any(|h| h.sector == *s);
        Indexed {
            activity_site: (case.activities.iter())
                .map(|a| (a.id.as_str(), site(&a.site)))
                .collect(),
            trainings,
            stakeholders,
            recipient_site,
            missing_sectors: Sector::ALL
                .iter()
                .copied()
                .filter(|s| !present(s))
                .collect(),
            diagnostics: Diagnosis::of(case, thresholds).findings,
            scores: (case.ansell_gash.as_ref())
                .and_then(|a| Scores::banded(a, &thresholds.ansell_gash_banding()).ok()),
        }
    }

    /// The sites a hand-over reached: its recipients' sites where recorded, else the sites
    /// of the activities it follows.
    fn handover_sites(&self, h: &'a Assistance) -> HashSet<&'a str> {
        let recipients: HashSet<&str> = (h.recipients.iter())
            .filter_map(|r| {
                let id = match r {
                    Recipient::Participant(id) => id.as_str(),
                    Recipient::Cohort(id) => id.as_str(),
                    Recipient::Stakeholder(id) => id.as_str(),
                };
                self.recipient_site.get(id).copied()
            })
            .collect();
        if !recipients.is_empty() {
            return recipients;
        }
        (h.follows.iter())
            .filter_map(|a| self.activity_site.get(a.as_str()).copied().flatten())
            .collect()
    }

    /// Whether a diagnostic concerns `site`: one with no site-specific trigger, or with a
    /// trigger at this site (or at no site).
    fn concerns(&self, d: &Diagnostic, process: &AdiProcess, site: Option<&str>) -> bool {
        let mut specific = d.triggers.iter().filter_map(|t| match t {
            Trigger::Stage { process: p, .. } => Some(p == process.id.as_str()),
            Trigger::Activity(a) => Some(match self.activity_site.get(a.as_str()) {
                Some(Some(at)) => Some(*at) == site,
                _ => true,
            }),
            _ => None,
        });
        let mut any = false;
        let hit = specific.any(|here| {
            any = true;
            here
        });
        hit || !any
    }
}

/// The per-case indexes of `units`, one per distinct case, and each unit's index into them.
fn index<'a>(units: &[Unit<'a>], thresholds: &Thresholds) -> (Vec<Indexed<'a>>, Vec<usize>) {
    let mut slot: HashMap<*const Case, usize> = HashMap::new();
    let mut indexed = Vec::new();
    let of_unit = units
        .iter()
        .map(|u| {
            *slot.entry(std::ptr::from_ref(u.case)).or_insert_with(|| {
                indexed.push(Indexed::of(u.case, thresholds));
                indexed.len() - 1
            })
        })
        .collect();
    (indexed, of_unit)
}

/// A unit with its case's index.
struct Column<'u, 'a> {
    unit: &'u Unit<'a>,
    index: &'u Indexed<'a>,
}

type Cell = fn(&Column<'_, '_>, Lang) -> Line;

fn na(lang: Lang) -> String {
    Phrase::NotApplicable.label(lang).to_owned()
}

fn list(v: Vec<String>, lang: Lang) -> String {
    if v.is_empty() {
        na(lang)
    } else {
        v.join(", ")
    }
}

fn trainings(c: &Column<'_, '_>, lang: Lang) -> String {
    let here: Vec<&Activity> = match (c.unit.process, c.unit.site()) {
        (Some(_), Some(site)) => c
            .index
            .trainings
            .get(&Some(site))
            .cloned()
            .unwrap_or_default(),
        _ => c.index.trainings.values().flatten().copied().collect(),
    };
    let mut seen = HashSet::new();
    let topics: Vec<&str> = (here.iter())
        .flat_map(|a| a.topics.iter())
        .filter(|t| seen.insert(**t))
        .map(|t| t.label(lang))
        .collect();
    if here.is_empty() {
        return na(lang);
    }
    format!(
        "{} ({})",
        count(here.len(), lang),
        list(topics.iter().map(|t| (*t).to_owned()).collect(), lang)
    )
}

fn stakeholders(c: &Column<'_, '_>, lang: Lang) -> String {
    let total = c.unit.case.stakeholders.len();
    match c.unit.site() {
        Some(site) if c.unit.process.is_some() => {
            let here = c.index.stakeholders.get(&Some(site)).copied().unwrap_or(0);
            let unsited = c.index.stakeholders.get(&None).copied().unwrap_or(0);
            format!(
                "{} + {} {}",
                count(here, lang),
                count(unsited, lang),
                Phrase::WithoutSite.label(lang)
            )
        }
        _ => count(total, lang),
    }
}

fn missing_sectors(c: &Column<'_, '_>, lang: Lang) -> String {
    list(
        c.index
            .missing_sectors
            .iter()
            .map(|s| s.label(lang).to_owned())
            .collect(),
        lang,
    )
}

fn handovers(c: &Column<'_, '_>, lang: Lang) -> String {
    let assistance = &c.unit.case.assistance;
    let n = match (c.unit.process, c.unit.site()) {
        (Some(_), Some(site)) => assistance
            .iter()
            .filter(|h| c.index.handover_sites(h).contains(site))
            .count(),
        _ => assistance.len(),
    };
    count(n, lang)
}

fn completeness(c: &Column<'_, '_>, lang: Lang) -> String {
    let v = c
        .unit
        .processes_here()
        .iter()
        .map(|p| percent(Completeness::of(p).overall, lang))
        .collect();
    list(v, lang)
}

fn stages_completed(c: &Column<'_, '_>, lang: Lang) -> String {
    let v = (c.unit.processes_here().iter())
        .map(|p| {
            let done = AdiStage::ALL
                .iter()
                .filter(|&&s| p.status(s) == StageStatus::Completed)
                .count();
            format!("{}/{}", count(done, lang), AdiStage::ALL.len())
        })
        .collect();
    list(v, lang)
}

fn first_direct(c: &Column<'_, '_>, lang: Lang) -> String {
    let v = (c.unit.processes_here().iter())
        .filter_map(|p| first_direct_involvement(p, c.unit.case))
        .map(|(s, _)| s.label(lang).to_owned())
        .collect();
    list(v, lang)
}

fn still_running(c: &Column<'_, '_>, lang: Lang) -> String {
    let processes = c.unit.processes_here();
    if processes.is_empty() {
        return na(lang);
    }
    let n = (processes.iter())
        .map(|p| p.follow_ups.iter().filter(|f| f.still_running).count())
        .sum();
    count(n, lang)
}

/// The overall mean with its coverage ("3,42; 19/21 dinilai") and its band — none below
/// the minimum coverage, as in the report.
fn ansell_gash(c: &Column<'_, '_>, lang: Lang) -> String {
    let Some(s) = c.index.scores.as_ref() else {
        return na(lang);
    };
    let Some(m) = s.overall else {
        return na(lang);
    };
    let band = s.overall_band.map_or_else(
        || Phrase::NoBandBelowCoverage.label(lang).to_owned(),
        |b| b.label(lang).to_owned(),
    );
    format!(
        "{}; {}/{} {} ({band})",
        decimal(m, 2, lang),
        count(s.rated, lang),
        count(s.total, lang),
        Phrase::Rated.label(lang).to_lowercase(),
    )
}

fn five_m(c: &Column<'_, '_>, lang: Lang) -> String {
    if c.unit.case.five_m.is_empty() {
        return na(lang);
    }
    signed(fivem::FiveMBalance::of(&c.unit.case.five_m).balance, lang)
}

fn fired(c: &Column<'_, '_>, lang: Lang) -> Line {
    let mut seen = HashSet::new();
    let mut line = Vec::new();
    let codes = (c.index.diagnostics.iter())
        .filter(|d| match c.unit.process {
            Some(p) => c.index.concerns(d, p, c.unit.site()),
            None => true,
        })
        .map(|d| d.id.code())
        .filter(|code| seen.insert(*code));
    for code in codes {
        if !line.is_empty() {
            line.push(Inline::Text(", ".into()));
        }
        line.push(Inline::Code(code.to_owned()));
    }
    if line.is_empty() {
        line.push(Inline::Text(na(lang)));
    }
    line
}

/// The rows: the phrase naming each, whether it is a figure of the whole case, its cells.
const ROWS: &[(Phrase, bool, Cell)] = &[
    (Phrase::Trainings, false, |c, l| text(trainings(c, l))),
    (Phrase::Stakeholders, false, |c, l| text(stakeholders(c, l))),
    (Phrase::MissingSectors, true, |c, l| {
        text(missing_sectors(c, l))
    }),
    (Phrase::Handovers, false, |c, l| text(handovers(c, l))),
    (Phrase::Completeness, false, |c, l| text(completeness(c, l))),
    (Phrase::StagesCompleted, false, |c, l| {
        text(stages_completed(c, l))
    }),
    (Phrase::FirstDirect, false, |c, l| text(first_direct(c, l))),
    (Phrase::StillRunning, false, |c, l| {
        text(still_running(c, l))
    }),
    (Phrase::AnsellGash, true, |c, l| text(ansell_gash(c, l))),
    (Phrase::FiveM, true, |c, l| text(five_m(c, l))),
    (Phrase::Fired, false, fired),
];

/// A side-by-side comparison of units, as a document.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::Block;
/// use berdaya::render::report::{Comparison, Unit};
/// use berdaya::{Lang, Thresholds};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let comparison = Comparison::new(&Unit::processes(&case), &Thresholds::default(), Lang::Id);
/// assert!(matches!(comparison.blocks.last(), Some(Block::Table(_))));
/// assert!(comparison.markdown().contains("| Tahap selesai | 7/7 | 4/7 |"));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Comparison {
    /// The heading and the table.
    pub blocks: Vec<Block>,
}

impl Comparison {
    /// Compares `units` in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::doc::Block;
    /// use berdaya::render::report::{Comparison, Unit};
    /// use berdaya::{Lang, Thresholds};
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let comparison = Comparison::new(&Unit::processes(&case), &Thresholds::default(), Lang::En);
    /// let Some(Block::Table(table)) = comparison.blocks.last() else { unreachable!() };
    /// assert_eq!(table.head.len(), 3); // the row names, then one column per kelurahan
    /// ```
    pub fn new(units: &[Unit<'_>], thresholds: &Thresholds, lang: Lang) -> Self {
        let (indexed, of_unit) = index(units, thresholds);
        let columns: Vec<Column<'_, '_>> = (units.iter().zip(&of_unit))
            .filter_map(|(unit, &i)| indexed.get(i).map(|index| Column { unit, index }))
            .collect();
        let by_site = units.iter().any(|u| u.process.is_some());
        let mut head: Vec<Line> = vec![Vec::new()];
        head.extend(units.iter().map(|u| text(u.label(lang))));
        let rows = ROWS
            .iter()
            .map(|(phrase, case_wide, cell)| {
                let mut name = phrase.label(lang).to_owned();
                if by_site && *case_wide {
                    name = format!("{name} ({})", Phrase::CaseWide.label(lang));
                }
                let mut row = vec![vec![Inline::Text(name)]];
                row.extend(columns.iter().map(|c| cell(c, lang)));
                row
            })
            .collect();
        Comparison {
            blocks: vec![
                Block::heading(2, Phrase::Comparison.label(lang)),
                Block::Table(Table { head, rows }),
            ],
        }
    }

    /// The comparison as Markdown.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::{Comparison, Unit};
    /// use berdaya::{Lang, Thresholds};
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let md = Comparison::new(&Unit::processes(&case), &Thresholds::default(), Lang::En)
    ///     .markdown();
    /// assert!(md.contains("| Stages completed | 7/7 | 4/7 |"));
    /// ```
    pub fn markdown(&self) -> String {
        crate::render::markdown::write(&self.blocks)
    }

    /// The comparison as an HTML fragment.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::{Comparison, Unit};
    /// use berdaya::{Lang, Thresholds};
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let html =
    ///     Comparison::new(&Unit::processes(&case), &Thresholds::default(), Lang::En).html();
    /// assert!(html.contains("<td>Stages completed</td><td>7/7</td><td>4/7</td>"));
    /// assert!(!html.contains("<html")); // a fragment, to place in a page
    /// ```
    pub fn html(&self) -> String {
        crate::render::html::write(&self.blocks)
    }
}

/// A side-by-side comparison of units, as Markdown in `lang`.
///
/// # Examples
///
/// ```
/// use berdaya::render::report::{compare, Unit};
/// use berdaya::{Lang, Thresholds};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let table = compare(&Unit::processes(&case), &Thresholds::default(), Lang::Id);
/// assert!(table.contains("| Tahap selesai | 7/7 | 4/7 |"));
/// ```
pub fn compare(units: &[Unit<'_>], thresholds: &Thresholds, lang: Lang) -> String {
    Comparison::new(units, thresholds, lang).markdown()
}

/// A side-by-side comparison of units, as an HTML fragment in `lang`.
///
/// # Examples
///
/// ```
/// use berdaya::render::report::{compare_html, Unit};
/// use berdaya::{Lang, Thresholds};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let html = compare_html(&Unit::processes(&case), &Thresholds::default(), Lang::Id);
/// assert!(html.contains("<td>Tahap selesai</td><td>7/7</td><td>4/7</td>"));
/// ```
pub fn compare_html(units: &[Unit<'_>], thresholds: &Thresholds, lang: Lang) -> String {
    Comparison::new(units, thresholds, lang).html()
}

// ---- The comparison as data ----------------------------------------------------------------

/// One figure of one unit of a comparison. The rows of [`comparison_rows`] are the
/// comparison as data: one row per unit and figure, with the same words as the table
/// ([`Comparison`]), for a binding's frames (pandas, polars) to filter and plot without
/// parsing Markdown.
///
/// # Examples
///
/// ```
/// use berdaya::render::report::{comparison_rows, Unit};
/// use berdaya::{Lang, Thresholds};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let rows = comparison_rows(&Unit::processes(&case), &Thresholds::default(), Lang::En);
/// let done: Vec<&str> = rows
///     .iter()
///     .filter(|r| r.figure == "stages_completed")
///     .map(|r| r.value.as_str())
///     .collect();
/// assert_eq!(done, ["7/7", "4/7"]);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ComparisonRow {
    /// The case id.
    pub case: String,
    /// The unit compared: the case id, or the Adi process id when comparing sites.
    pub unit: String,
    /// The unit's label (the case title, or the process label).
    pub unit_label: String,
    /// The figure's code (`trainings`, `stakeholders`, `completeness`…), in table order.
    pub figure: &'static str,
    /// The figure's label, as in the table's first column.
    pub figure_label: String,
    /// Whether the figure belongs to the whole case, not to one site.
    pub case_wide: bool,
    /// The cell as text, in the same words as the table ("—" where it does not apply).
    pub value: String,
    /// Whether the figure applies to the unit (the cell is not "—").
    pub applies: bool,
}

fn plain(line: &[Inline]) -> String {
    line.iter()
        .map(|i| match i {
            Inline::Text(s) | Inline::Code(s) => s.clone(),
            Inline::Strong(inner) => plain(inner),
            Inline::Ref(a) => format!("[{}]", a.number()),
        })
        .collect()
}

/// The comparison of `units` as rows, unit by unit and figure by figure, in `lang`.
///
/// # Examples
///
/// ```
/// use berdaya::render::report::{comparison_rows, Unit};
/// use berdaya::{Lang, Thresholds};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let units = Unit::processes(&case);
/// let rows = comparison_rows(&units, &Thresholds::default(), Lang::En);
/// // Every figure of every unit, unit by unit.
/// assert_eq!(rows.len() % units.len(), 0);
/// assert_eq!(rows[0].unit_label, "The seven stages of P2WKSS in Teluk Pucung");
/// ```
pub fn comparison_rows(
    units: &[Unit<'_>],
    thresholds: &Thresholds,
    lang: Lang,
) -> Vec<ComparisonRow> {
    let (indexed, of_unit) = index(units, thresholds);
    let by_site = units.iter().any(|u| u.process.is_some());
    let na = Phrase::NotApplicable.label(lang);
    let mut out = Vec::with_capacity(units.len() * ROWS.len());
    for (unit, &i) in units.iter().zip(&of_unit) {
        let Some(index) = indexed.get(i) else {
            continue;
        };
        let column = Column { unit, index };
        for (phrase, case_wide, cell) in ROWS {
            let value = plain(&cell(&column, lang));
            out.push(ComparisonRow {
                case: unit.case.id.clone(),
                unit: unit
                    .process
                    .map_or_else(|| unit.case.id.clone(), |p| p.id.clone()),
                unit_label: unit.label(lang),
                figure: phrase.code(),
                figure_label: if by_site && *case_wide {
                    format!("{} ({})", phrase.label(lang), Phrase::CaseWide.label(lang))
                } else {
                    phrase.label(lang).to_owned()
                },
                case_wide: *case_wide,
                applies: value != na,
                value,
            });
        }
    }
    out
}
