//! The report: one structured object per case, rendered to Markdown and to self-contained
//! HTML in Bahasa Indonesia or English; and comparisons of cases or of sites side by side.
//!
//! The HTML is one file with inline styles and inline SVG charts (Ansell–Gash radar, 5M
//! drivers and inhibitors, Adi completeness) and no external asset. Text from documents is
//! escaped: raw HTML in a document is shown as text, never interpreted.
//!
//! # Examples
//!
//! ```
//! use berdaya::insight::diagnostics::Thresholds;
//! use berdaya::model::lang::Lang;
//! use berdaya::render::report::Report;
//! let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
//! let report = Report::new(&case, &Thresholds::default());
//! assert!(report.markdown(Lang::En).contains("Ansell–Gash"));
//! let html = report.html(Lang::Id);
//! assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg"));
//! ```

use std::fmt::Write as _;

use pulldown_cmark::{html, Event, Options, Parser};
use serde::Serialize;

use crate::frameworks::adi::{
    first_direct_involvement, AdiProcess, AdiStage, Completeness, StageStatus,
};
use crate::frameworks::ansell_gash::{Scores, RUBRIC};
use crate::frameworks::fivem::{self, Finding};
use crate::insight::diagnostics::{diagnose, Diagnostic, Thresholds};
use crate::model::case::Case;
use crate::model::lang::labelled_enum;
use crate::model::lang::{Labelled, Lang};
use crate::render::summary::Summary;

labelled_enum! {
    /// Headings and phrases of the report.
    pub enum Phrase {
        /// Report.
        Report => ("report", "Laporan", "Report"),
        /// 5M.
        FiveM => ("five_m", "Faktor 5M: pendorong dan penghambat", "5M factors: drivers and inhibitors"),
        /// Factor.
        Factor => ("factor", "Faktor", "Factor"),
        /// Drivers.
        Drivers => ("drivers", "Pendorong", "Drivers"),
        /// Inhibitors.
        Inhibitors => ("inhibitors", "Penghambat", "Inhibitors"),
        /// Balance.
        Balance => ("balance", "Neraca", "Balance"),
        /// Priorities.
        Priorities => ("priorities", "Temuan menurut prioritas tindakan", "Findings by priority for action"),
        /// Weight.
        Weight => ("weight", "bobot", "weight"),
        /// Ansell–Gash.
        AnsellGash => ("ansell_gash", "Collaborative governance (Ansell–Gash)", "Collaborative governance (Ansell–Gash)"),
        /// Component.
        Component => ("component", "Komponen", "Component"),
        /// Mean.
        Mean => ("mean", "Rata-rata", "Mean"),
        /// Rated.
        Rated => ("rated", "Dinilai", "Rated"),
        /// Band.
        Band => ("band", "Pita", "Band"),
        /// Overall.
        Overall => ("overall", "Keseluruhan", "Overall"),
        /// Not observed.
        NotObserved => ("not_observed", "Tidak teramati (tidak dihitung)", "Not observed (left out)"),
        /// Rated without evidence.
        WithoutEvidence => ("without_evidence", "Dinilai tanpa bukti", "Rated without evidence"),
        /// Indicator.
        Indicator => ("indicator", "Indikator", "Indicator"),
        /// Score.
        Score => ("score", "Skor", "Score"),
        /// Evidence.
        Evidence => ("evidence", "Bukti", "Evidence"),
        /// Diagnostics.
        Diagnostics => ("diagnostics", "Diagnosis", "Diagnostics"),
        /// No diagnostics.
        NoDiagnostics => ("no_diagnostics", "Tidak ada diagnosis yang muncul.", "No diagnostic fired."),
        /// Finding.
        Finding => ("finding", "Temuan", "Finding"),
        /// Recommendation.
        Recommendation => ("recommendation", "Rekomendasi", "Recommendation"),
        /// Source.
        Source => ("source", "sumber", "source"),
        /// Not assessed.
        NotAssessed => ("not_assessed", "Belum dinilai.", "Not assessed."),
        /// Comparison.
        Comparison => ("comparison", "Perbandingan", "Comparison"),
        /// Stakeholders.
        Stakeholders => ("stakeholders", "Pemangku kepentingan", "Stakeholders"),
        /// Missing sectors.
        MissingSectors => ("missing_sectors", "Unsur pentahelix belum terlibat", "Pentahelix sectors missing"),
        /// Trainings.
        Trainings => ("trainings", "Pelatihan", "Trainings"),
        /// Hand-overs.
        Handovers => ("handovers", "Penyerahan bantuan modal/alat", "Capital/equipment hand-overs"),
        /// Completeness.
        Completeness => ("completeness", "Kelengkapan tahapan Adi", "Adi stage completeness"),
        /// Stages completed.
        StagesCompleted => ("stages_completed", "Tahap selesai", "Stages completed"),
        /// First direct involvement.
        FirstDirect => ("first_direct", "Sasaran pertama kali dilibatkan langsung", "Target group first directly involved"),
        /// Still running after termination.
        StillRunning => ("still_running", "Masih berjalan setelah terminasi", "Still running after termination"),
        /// Diagnostics fired.
        Fired => ("fired", "Diagnosis", "Diagnostics"),
        /// Not applicable.
        NotApplicable => ("not_applicable", "—", "—"),
        /// Generated by.
        GeneratedBy => ("generated_by", "Dibuat dengan berdaya", "Made with berdaya"),
    }
}

/// A chart drawn inline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Chart {
    /// Ansell–Gash component means on a radar.
    Radar(Vec<(String, Option<f64>)>),
    /// 5M driver and inhibitor weights per factor.
    Diverging(Vec<(String, u32, u32)>),
    /// Adi stage completeness, 0 to 1.
    Bars(Vec<(String, f64)>),
}

/// One section of a report: Markdown and, optionally, a chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// Markdown body.
    pub markdown: String,
    /// Chart drawn after it.
    pub chart: Option<Chart>,
}

/// The report on one case: everything the bindings, tables and plots use.
#[derive(Clone, Debug, Serialize)]
pub struct Report<'a> {
    /// The case.
    pub case: &'a Case,
    /// Key facts, Adi stages and Sulistiyani progression.
    pub summary: Summary<'a>,
    /// 5M summary.
    pub five_m: fivem::Summary,
    /// 5M findings by priority.
    pub five_m_priorities: Vec<&'a Finding>,
    /// Ansell–Gash scores, if assessed with this build's rubric.
    pub ansell_gash: Option<Scores>,
    /// Diagnostics that fired.
    pub diagnostics: Vec<Diagnostic>,
}

fn mean_cell(m: Option<f64>) -> String {
    m.map_or_else(|| "—".to_owned(), |m| format!("{m:.2}"))
}

impl<'a> Report<'a> {
    /// Builds the report on `case`.
    pub fn new(case: &'a Case, thresholds: &Thresholds) -> Self {
        Report {
            case,
            summary: Summary::of(case),
            five_m: fivem::summarise(&case.five_m),
            five_m_priorities: fivem::priorities(&case.five_m),
            ansell_gash: case.ansell_gash.as_ref().and_then(|a| Scores::of(a).ok()),
            diagnostics: diagnose(case, thresholds),
        }
    }

    /// The report's sections in `lang`.
    pub fn sections(&self, lang: Lang) -> Vec<Section> {
        let p = |x: Phrase| x.label(lang);
        let mut sections = vec![Section {
            markdown: self.summary.render(lang),
            chart: None,
        }];
        for process in &self.case.adi {
            let c = Completeness::of(process);
            sections.push(Section {
                markdown: format!(
                    "{} — {}\n",
                    p(Phrase::Completeness),
                    process.label.get(lang)
                ),
                chart: Some(Chart::Bars(
                    c.stages
                        .iter()
                        .map(|s| {
                            (
                                format!("{}. {}", s.stage.number(), s.stage.label(lang)),
                                s.score,
                            )
                        })
                        .collect(),
                )),
            });
        }

        // 5M.
        let mut md = format!("### {}\n\n", p(Phrase::FiveM));
        if self.case.five_m.is_empty() {
            let _ = writeln!(md, "{}", p(Phrase::NotAssessed));
            sections.push(Section {
                markdown: md,
                chart: None,
            });
        } else {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |\n|---|---|---|---|",
                p(Phrase::Factor),
                p(Phrase::Drivers),
                p(Phrase::Inhibitors),
                p(Phrase::Balance)
            );
            for f in &self.five_m.factors {
                let _ = writeln!(
                    md,
                    "| {} | {} ({}) | {} ({}) | {:+} |",
                    f.factor.label(lang),
                    f.drivers,
                    f.driver_weight,
                    f.inhibitors,
                    f.inhibitor_weight,
                    f.balance
                );
            }
            let _ = writeln!(md, "\n{}:\n", p(Phrase::Priorities));
            for (i, f) in self.five_m_priorities.iter().enumerate() {
                let _ = writeln!(
                    md,
                    "{}. **{}** — {} ({} {}): {}{}",
                    i + 1,
                    f.direction.label(lang),
                    f.factor.label(lang),
                    p(Phrase::Weight),
                    f.weight,
                    f.description.get(lang),
                    evidence_suffix(&f.evidence)
                );
            }
            sections.push(Section {
                markdown: md,
                chart: Some(Chart::Diverging(
                    self.five_m
                        .factors
                        .iter()
                        .map(|f| {
                            (
                                f.factor.label(lang).to_owned(),
                                f.driver_weight,
                                f.inhibitor_weight,
                            )
                        })
                        .collect(),
                )),
            });
        }

        // Ansell–Gash.
        let mut md = format!(
            "### {} — `{}`\n\n",
            p(Phrase::AnsellGash),
            RUBRIC.citation()
        );
        match &self.ansell_gash {
            None => {
                let _ = writeln!(md, "{}", p(Phrase::NotAssessed));
                sections.push(Section {
                    markdown: md,
                    chart: None,
                });
            }
            Some(s) => {
                let _ = writeln!(
                    md,
                    "| {} | {} | {} | {} |\n|---|---|---|---|",
                    p(Phrase::Component),
                    p(Phrase::Mean),
                    p(Phrase::Rated),
                    p(Phrase::Band)
                );
                for c in &s.components {
                    let _ = writeln!(
                        md,
                        "| {} | {} | {}/{} | {} |",
                        c.key.label(lang),
                        mean_cell(c.mean),
                        c.rated,
                        c.total,
                        c.band.map_or("—", |b| b.label(lang))
                    );
                }
                let _ = writeln!(
                    md,
                    "| **{}** | **{}** | | **{}** |",
                    p(Phrase::Overall),
                    mean_cell(s.overall),
                    s.overall_band.map_or("—", |b| b.label(lang))
                );
                let _ = writeln!(
                    md,
                    "\n| {} | {} | {} |\n|---|---|---|",
                    p(Phrase::Indicator),
                    p(Phrase::Score),
                    p(Phrase::Evidence)
                );
                let ratings = self.case.ansell_gash.as_ref().map(|a| &a.ratings);
                for i in &s.indicators {
                    let evidence = ratings
                        .and_then(|r| r.iter().find(|r| r.indicator == i.indicator.id))
                        .map(|r| {
                            r.evidence
                                .iter()
                                .map(|e| format!("`{e}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
                        .unwrap_or_default();
                    let flag = if i.without_evidence { " ⚠" } else { "" };
                    let _ = writeln!(
                        md,
                        "| {} | {}{flag} | {evidence} |",
                        lang.pick(i.indicator.label_id, i.indicator.label_en),
                        i.score.map_or_else(|| "—".to_owned(), |s| s.to_string())
                    );
                }
                let name = |id: &&str| {
                    RUBRIC.indicator(id).map_or((*id).to_owned(), |d| {
                        lang.pick(d.label_id, d.label_en).to_owned()
                    })
                };
                let list = |v: &[&str]| {
                    if v.is_empty() {
                        "—".to_owned()
                    } else {
                        v.iter().map(name).collect::<Vec<_>>().join(", ")
                    }
                };
                let _ = writeln!(
                    md,
                    "\n- {}: {}",
                    p(Phrase::NotObserved),
                    list(&s.not_observed)
                );
                let _ = writeln!(
                    md,
                    "- {}: {}",
                    p(Phrase::WithoutEvidence),
                    list(&s.without_evidence)
                );
                sections.push(Section {
                    markdown: md,
                    chart: Some(Chart::Radar(
                        s.components
                            .iter()
                            .map(|c| (c.key.label(lang).to_owned(), c.mean))
                            .collect(),
                    )),
                });
            }
        }

        // Diagnostics.
        let mut md = format!("### {}\n\n", p(Phrase::Diagnostics));
        if self.diagnostics.is_empty() {
            let _ = writeln!(md, "{}", p(Phrase::NoDiagnostics));
        }
        for d in &self.diagnostics {
            let _ = writeln!(
                md,
                "- **[{}] {}** (`{}`; {} `{}`)\n  - {}: {}\n  - {}: {}",
                d.severity.label(lang),
                d.id.label(lang),
                d.id.code(),
                p(Phrase::Source),
                d.id.seed(),
                p(Phrase::Finding),
                d.finding(self.case, lang),
                p(Phrase::Recommendation),
                d.id.recommendation(lang),
            );
            if !d.evidence.is_empty() {
                let _ = writeln!(
                    md,
                    "  - {}:{}",
                    p(Phrase::Evidence),
                    evidence_suffix(&d.evidence)
                );
            }
        }
        sections.push(Section {
            markdown: md,
            chart: None,
        });
        sections
    }

    /// The report as Markdown in `lang`.
    pub fn markdown(&self, lang: Lang) -> String {
        self.sections(lang)
            .into_iter()
            .map(|s| s.markdown)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The report as one self-contained HTML page in `lang`.
    pub fn html(&self, lang: Lang) -> String {
        page(lang, self.case.title.get(lang), &self.html_body(lang))
    }

    /// The report's HTML without the page around it (to combine several reports).
    pub fn html_body(&self, lang: Lang) -> String {
        let mut body = String::from("<article>\n");
        for s in self.sections(lang) {
            body.push_str(&markdown_to_html(&s.markdown));
            if let Some(chart) = &s.chart {
                body.push_str(&svg(chart));
            }
        }
        body.push_str("</article>\n");
        body
    }
}

fn evidence_suffix(ids: &[crate::model::ids::EvidenceId]) -> String {
    if ids.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = ids.iter().map(|e| format!("`{e}`")).collect();
        format!(" [{}]", list.join(", "))
    }
}

/// Converts Markdown to HTML, showing any raw HTML in it as text.
pub fn markdown_to_html(markdown: &str) -> String {
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|e| match e {
        Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2933;line-height:1.45}\
h1{color:#7b1e3a}h2{border-bottom:2px solid #7b1e3a;padding-bottom:.2rem;margin-top:2.5rem}h3{color:#7b1e3a}\
table{border-collapse:collapse;margin:.6rem 0}th,td{border:1px solid #cbd2d9;padding:.25rem .5rem;text-align:left;vertical-align:top}\
th{background:#f5e9ee}code{font-size:.85em;color:#52606d}article{margin-bottom:3rem}\
svg{display:block;margin:.6rem 0 1.2rem}footer{color:#7b8794;font-size:.85rem;margin-top:3rem}\
@media print{body{margin:0}h2{page-break-before:always}}";

/// Wraps an HTML body in a self-contained page.
pub fn page(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n{body}<footer>{} {}</footer>\n</body>\n</html>\n",
        lang.code(),
        escape(title),
        escape(title),
        Phrase::GeneratedBy.label(lang),
        crate::VERSION
    )
}

/// Draws a chart as inline SVG.
pub fn svg(chart: &Chart) -> String {
    match chart {
        Chart::Radar(axes) => radar(axes),
        Chart::Diverging(rows) => diverging(rows),
        Chart::Bars(rows) => bars(rows),
    }
}

fn radar(axes: &[(String, Option<f64>)]) -> String {
    let (cx, cy, r) = (260.0, 170.0, 120.0);
    let n = axes.len().max(1) as f64;
    let point = |i: usize, v: f64| {
        let angle = -std::f64::consts::FRAC_PI_2 + 2.0 * std::f64::consts::PI * i as f64 / n;
        (cx + r * v * angle.cos(), cy + r * v * angle.sin())
    };
    let mut s = String::from(
        "<svg role=\"img\" width=\"520\" height=\"340\" viewBox=\"0 0 520 340\" xmlns=\"http://www.w3.org/2000/svg\">",
    );
    for level in 1..=5 {
        let pts: Vec<String> = (0..axes.len())
            .map(|i| {
                let (x, y) = point(i, f64::from(level) / 5.0);
                format!("{x:.1},{y:.1}")
            })
            .collect();
        let _ = write!(
            s,
            "<polygon points=\"{}\" fill=\"none\" stroke=\"#cbd2d9\"/>",
            pts.join(" ")
        );
    }
    for (i, (label, _)) in axes.iter().enumerate() {
        let (x, y) = point(i, 1.0);
        let (lx, ly) = point(i, 1.18);
        let anchor = if (lx - cx).abs() < 5.0 {
            "middle"
        } else if lx > cx {
            "start"
        } else {
            "end"
        };
        let _ = write!(
            s,
            "<line x1=\"{cx}\" y1=\"{cy}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"#cbd2d9\"/><text x=\"{lx:.1}\" y=\"{ly:.1}\" font-size=\"12\" text-anchor=\"{anchor}\">{}</text>",
            escape(label)
        );
    }
    // Axes not observed are drawn at the centre and marked with an open circle.
    let pts: Vec<(f64, f64)> = axes
        .iter()
        .enumerate()
        .map(|(i, (_, v))| point(i, v.map_or(0.0, |v| v / 5.0)))
        .collect();
    let poly: Vec<String> = pts.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
    let _ = write!(
        s,
        "<polygon points=\"{}\" fill=\"rgba(123,30,58,.25)\" stroke=\"#7b1e3a\" stroke-width=\"2\"/>",
        poly.join(" ")
    );
    for ((x, y), (_, v)) in pts.iter().zip(axes) {
        let fill = if v.is_some() { "#7b1e3a" } else { "#fff" };
        let _ = write!(
            s,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"{fill}\" stroke=\"#7b1e3a\"/>"
        );
    }
    s.push_str("</svg>\n");
    s
}

fn diverging(rows: &[(String, u32, u32)]) -> String {
    let max = rows
        .iter()
        .map(|(_, d, i)| (*d).max(*i))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let (mid, half, row_h) = (470.0, 180.0, 28.0);
    let height = 20.0 + row_h * rows.len() as f64;
    let mut s = format!(
        "<svg role=\"img\" width=\"680\" height=\"{height:.0}\" viewBox=\"0 0 680 {height:.0}\" xmlns=\"http://www.w3.org/2000/svg\"><line x1=\"{mid}\" y1=\"0\" x2=\"{mid}\" y2=\"{height:.0}\" stroke=\"#52606d\"/>"
    );
    for (k, (label, drivers, inhibitors)) in rows.iter().enumerate() {
        let y = 10.0 + row_h * k as f64;
        let wi = half * f64::from(*inhibitors) / max;
        let wd = half * f64::from(*drivers) / max;
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\">{}</text>\
<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{wi:.1}\" height=\"18\" fill=\"#c0392b\"><title>{inhibitors}</title></rect>\
<rect x=\"{mid}\" y=\"{y:.1}\" width=\"{wd:.1}\" height=\"18\" fill=\"#2e8b57\"><title>{drivers}</title></rect>",
            mid - half - 8.0,
            y + 13.0,
            escape(label),
            mid - wi
        );
    }
    s.push_str("</svg>\n");
    s
}

fn bars(rows: &[(String, f64)]) -> String {
    let row_h = 22.0;
    let height = 10.0 + row_h * rows.len() as f64;
    let mut s = format!(
        "<svg role=\"img\" width=\"560\" height=\"{height:.0}\" viewBox=\"0 0 560 {height:.0}\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    for (k, (label, v)) in rows.iter().enumerate() {
        let y = 5.0 + row_h * k as f64;
        let w = 280.0 * v.clamp(0.0, 1.0);
        let _ = write!(
            s,
            "<text x=\"230\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\">{}</text>\
<rect x=\"240\" y=\"{y:.1}\" width=\"280\" height=\"16\" fill=\"#eef2f5\"/>\
<rect x=\"240\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"16\" fill=\"#7b1e3a\"/>\
<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{:.0}%</text>",
            y + 12.0,
            escape(label),
            244.0 + w.min(250.0),
            y + 12.0,
            v * 100.0
        );
    }
    s.push_str("</svg>\n");
    s
}

/// One column of a comparison: a case, or one site's Adi process within a case.
#[derive(Clone, Copy, Debug)]
pub struct Unit<'a> {
    /// The case.
    pub case: &'a Case,
    /// The process compared, when comparing sites of one case.
    pub process: Option<&'a AdiProcess>,
}

impl<'a> Unit<'a> {
    /// Every case as a unit.
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
            Some(p) => p.label.get(lang).to_owned(),
            None => self.case.title.get(lang).to_owned(),
        }
    }

    fn site(&self) -> Option<&'a crate::model::ids::SiteId> {
        self.process.and_then(|p| p.site.as_ref())
    }

    /// Whether activity `id` took place at this unit's site.
    fn at_site(&self, id: &crate::model::ids::ActivityId) -> bool {
        self.case
            .activities
            .iter()
            .any(|a| &a.id == id && a.site.as_ref() == self.site())
    }

    /// Whether a diagnostic concerns this unit: for a site, one with no site-specific
    /// trigger, or with a trigger at this site.
    fn concerns(&self, d: &Diagnostic) -> bool {
        use crate::insight::diagnostics::Trigger;
        let Some(process) = self.process else {
            return true;
        };
        let specific: Vec<bool> =
            d.triggers
                .iter()
                .filter_map(|t| match t {
                    Trigger::Stage { process: p, .. } => Some(p == &process.id),
                    Trigger::Activity(a) => {
                        let sited = self.case.activities.iter().any(|x| {
                            &x.id == a && x.site.is_some() && x.site.as_ref() != self.site()
                        });
                        Some(!sited)
                    }
                    _ => None,
                })
                .collect();
        specific.is_empty() || specific.contains(&true)
    }

    fn processes_here(&self) -> Vec<&'a AdiProcess> {
        match self.process {
            Some(p) => vec![p],
            None => self.case.adi.iter().collect(),
        }
    }
}

/// A side-by-side comparison of units, as Markdown in `lang`.
pub fn compare(units: &[Unit<'_>], thresholds: &Thresholds, lang: Lang) -> String {
    let p = |x: Phrase| x.label(lang);
    let mut md = format!("## {}\n\n|  |", p(Phrase::Comparison));
    for u in units {
        let _ = write!(md, " {} |", u.label(lang).replace('|', "/"));
    }
    md.push_str("\n|---|");
    for _ in units {
        md.push_str("---|");
    }
    md.push('\n');
    let mut row = |name: &str, cells: Vec<String>| {
        let _ = writeln!(md, "| {name} | {} |", cells.join(" | "));
    };
    let na = || p(Phrase::NotApplicable).to_owned();
    let list = |v: Vec<String>| if v.is_empty() { na() } else { v.join(", ") };

    row(
        p(Phrase::Trainings),
        units
            .iter()
            .map(|u| {
                let site = u.process.and_then(|p| p.site.as_ref());
                let topics: Vec<&str> = u
                    .case
                    .activities
                    .iter()
                    .filter(|a| a.kind == crate::model::activity::ActivityKind::Training)
                    .filter(|a| site.is_none() || a.site.as_ref() == site)
                    .flat_map(|a| a.topics.iter().map(|t| t.label(lang)))
                    .collect();
                if topics.is_empty() {
                    na()
                } else {
                    format!("{} ({})", topics.len(), topics.join(", "))
                }
            })
            .collect(),
    );
    row(
        p(Phrase::Stakeholders),
        units
            .iter()
            .map(|u| u.case.stakeholders.len().to_string())
            .collect(),
    );
    row(
        p(Phrase::MissingSectors),
        units
            .iter()
            .map(|u| {
                let s = Summary::of(u.case);
                list(
                    s.missing_sectors
                        .iter()
                        .map(|x| x.label(lang).to_owned())
                        .collect(),
                )
            })
            .collect(),
    );
    row(
        p(Phrase::Handovers),
        units
            .iter()
            .map(|u| {
                let n = u
                    .case
                    .assistance
                    .iter()
                    .filter(|h| u.site().is_none() || h.follows.iter().any(|a| u.at_site(a)))
                    .count();
                n.to_string()
            })
            .collect(),
    );
    row(
        p(Phrase::Completeness),
        units
            .iter()
            .map(|u| {
                let v: Vec<String> = u
                    .processes_here()
                    .iter()
                    .map(|p| format!("{:.0}%", Completeness::of(p).overall * 100.0))
                    .collect();
                list(v)
            })
            .collect(),
    );
    row(
        p(Phrase::StagesCompleted),
        units
            .iter()
            .map(|u| {
                let v: Vec<String> = u
                    .processes_here()
                    .iter()
                    .map(|p| {
                        let done = AdiStage::ALL
                            .iter()
                            .filter(|&&s| p.status(s) == StageStatus::Completed)
                            .count();
                        format!("{done}/7")
                    })
                    .collect();
                list(v)
            })
            .collect(),
    );
    row(
        p(Phrase::FirstDirect),
        units
            .iter()
            .map(|u| {
                let v: Vec<String> = u
                    .processes_here()
                    .iter()
                    .filter_map(|p| first_direct_involvement(p, u.case))
                    .map(|(s, _)| s.label(lang).to_owned())
                    .collect();
                list(v)
            })
            .collect(),
    );
    row(
        p(Phrase::StillRunning),
        units
            .iter()
            .map(|u| {
                let n: usize = u
                    .processes_here()
                    .iter()
                    .map(|p| p.follow_ups.iter().filter(|f| f.still_running).count())
                    .sum();
                n.to_string()
            })
            .collect(),
    );
    row(
        p(Phrase::AnsellGash),
        units
            .iter()
            .map(|u| {
                u.case
                    .ansell_gash
                    .as_ref()
                    .and_then(|a| Scores::of(a).ok())
                    .and_then(|s| s.overall.map(|m| (m, s.overall_band)))
                    .map_or_else(na, |(m, b)| {
                        format!("{m:.2} ({})", b.map_or("—", |b| b.label(lang)))
                    })
            })
            .collect(),
    );
    row(
        p(Phrase::FiveM),
        units
            .iter()
            .map(|u| {
                if u.case.five_m.is_empty() {
                    na()
                } else {
                    format!("{:+}", fivem::summarise(&u.case.five_m).balance)
                }
            })
            .collect(),
    );
    row(
        p(Phrase::Fired),
        units
            .iter()
            .map(|u| {
                let mut d: Vec<&str> = diagnose(u.case, thresholds)
                    .iter()
                    .filter(|d| u.concerns(d))
                    .map(|d| d.id.code())
                    .collect();
                d.dedup();
                if d.is_empty() {
                    na()
                } else {
                    d.iter()
                        .map(|c| format!("`{c}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            })
            .collect(),
    );
    md
}
