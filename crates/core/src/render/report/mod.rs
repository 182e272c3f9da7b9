//! The report: one structured object per case, rendered to Markdown and to self-contained
//! HTML in Bahasa Indonesia or English; and comparisons of cases or of sites side by side.
//!
//! The report is built once as a [`doc`](crate::render::doc) tree — typed blocks holding
//! text, never markup — and written to each medium by its own escaping writer
//! ([`markdown`](crate::render::markdown), [`html`](crate::render::html)). Text from a
//! document therefore can never become a link, an image, an element or a Markdown table
//! cell. The HTML is one file with inline styles and inline SVG charts (Ansell–Gash radar,
//! 5M drivers and inhibitors, Adi completeness), a Content-Security-Policy that forbids every
//! load, and no external asset. Evidence appears as quotes with their informant, numbered in
//! an appendix; the printout ends with the assessor's [`SignOff`].
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

mod annotations;
mod ansell_gash;
pub mod compare;
// The report's own words: reachable for the bindings' phrase lookup and the label tests, not
// part of the documented API (issue 19).
#[doc(hidden)]
pub mod phrase;
mod sections;
pub mod sign_off;

pub use self::compare::{compare, compare_html, comparison_rows, Comparison, ComparisonRow, Unit};
#[doc(hidden)]
pub use self::phrase::Phrase;
pub use self::sign_off::SignOff;
pub use crate::render::doc::Chart;

use serde::Serialize;

use crate::frameworks::ansell_gash::Scores;
use crate::frameworks::fivem;
use crate::insight::diagnostics::{Diagnosis, Diagnostic, Thresholds};
use crate::model::case::Case;
use crate::model::lang::Lang;
use crate::model::records::fivem::Finding;
use crate::render::doc::Block;
use crate::render::evidence::Citations;
use crate::render::summary::facts::CaseSummary;

/// One section of a report, as typed blocks (charts included).
///
/// # Examples
///
/// ```
/// use berdaya::{Lang, Report, Thresholds};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let sections = Report::new(&case, &Thresholds::default()).sections(Lang::En);
/// let first = &sections[0];
/// assert!(first.markdown().starts_with("## "));
/// assert!(first.html().starts_with("<h2"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Section {
    /// The section's blocks.
    pub blocks: Vec<Block>,
}

impl Section {
    /// The section as Markdown (charts are left out: Markdown cannot draw them).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::Report;
    /// use berdaya::{Lang, Thresholds};
    /// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
    /// let sections = Report::new(&case, &Thresholds::default()).sections(Lang::En);
    /// // The Adi charts are drawn in HTML; their Markdown keeps the words, not the drawing.
    /// let charts = sections.iter().find(|s| s.html().contains("<svg")).unwrap();
    /// assert!(!charts.markdown().contains("<svg"));
    /// assert!(sections[0].markdown().contains(&case.title.english));
    /// ```
    pub fn markdown(&self) -> String {
        crate::render::markdown::write(&self.blocks)
    }

    /// The section as an HTML fragment.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::{render::report::Report, Thresholds};
    /// let title = Text::new("<b>Uji</b>", "<b>Test</b>");
    /// let programme = Programme::new(title.clone(), "PU", ProgrammeKind::Custom, Level::City);
    /// let case = Case::new("uji", title, programme);
    /// let first = &Report::new(&case, &Thresholds::default()).sections(Lang::En)[0];
    /// // What a user typed is text, never markup.
    /// assert!(first.html().contains("&lt;b&gt;Test&lt;/b&gt;"));
    /// assert!(!first.html().contains("<b>"));
    /// ```
    pub fn html(&self) -> String {
        crate::render::html::write(&self.blocks)
    }
}

/// The report on one case: everything the bindings, tables and plots use.
///
/// # Examples
///
/// ```
/// use berdaya::render::report::{Report, SignOff};
/// use berdaya::{Lang, Thresholds};
/// let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
/// let report = Report::new(&case, &Thresholds::default())
///     .with_sign_off(SignOff::default().with_assessor("Tim Penilai"));
/// let html = report.html(Lang::Id);
/// assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Tim Penilai"));
/// assert!(report.markdown(Lang::En).contains(&case.title.english));
/// // Several reports under one page of one's own: the fragments carry no <html>.
/// assert!(!report.html_body(Lang::En).contains("<html"));
/// ```
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Report<'a> {
    /// The case.
    pub case: &'a Case,
    /// Key facts, Adi stages and Sulistiyani progression.
    pub summary: CaseSummary<'a>,
    /// 5M summary.
    pub five_m: fivem::FiveMBalance,
    /// 5M findings by priority.
    pub five_m_priorities: Vec<&'a Finding>,
    /// Ansell–Gash scores, if assessed with this build's rubric.
    pub ansell_gash: Option<Scores>,
    /// Diagnostics that fired.
    pub diagnostics: Vec<Diagnostic>,
    /// Every diagnostic run: what it could not judge (and what to record) as well.
    pub diagnosis: Diagnosis,
    /// Who signs the printed report, and when: the case's assessor and date (blank lines
    /// when not recorded).
    pub sign_off: SignOff,
}

impl<'a> Report<'a> {
    /// Builds the report on `case`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::{render::report::Report, Thresholds};
    /// let t = |id: &str, en: &str| Text::new(id, en);
    /// let programme = Programme::new(t("Uji", "Test"), "PU", ProgrammeKind::Custom, Level::City);
    /// let case = Case::new("uji", t("Uji", "Test"), programme);
    /// let report = Report::new(&case, &Thresholds::default());
    /// // Nothing recorded: no finding, and what could not be judged is listed instead.
    /// assert!(report.diagnostics.is_empty());
    /// assert!(!report.diagnosis.not_judged.is_empty());
    /// ```
    pub fn new(case: &'a Case, thresholds: &Thresholds) -> Self {
        let diagnosis = Diagnosis::of(case, thresholds);
        Report {
            case,
            summary: CaseSummary::of(case),
            five_m: fivem::FiveMBalance::of(&case.five_m),
            five_m_priorities: fivem::priorities(&case.five_m),
            ansell_gash: case
                .ansell_gash
                .as_ref()
                .and_then(|a| Scores::banded(a, &thresholds.ansell_gash_banding()).ok()),
            diagnostics: diagnosis.findings.clone(),
            diagnosis,
            sign_off: SignOff::of(case),
        }
    }

    /// The same report, signed off by `sign_off`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::{Report, SignOff};
    /// use berdaya::{Lang, Thresholds};
    /// let case = berdaya::cases::load("wrse-junrejo").unwrap();
    /// let report = Report::new(&case, &Thresholds::default());
    /// assert!(!report.html(Lang::Id).contains("Tim Penilai Provinsi"));
    /// let signed = report.with_sign_off(SignOff::default().with_assessor("Tim Penilai Provinsi"));
    /// assert!(signed.html(Lang::Id).contains("Tim Penilai Provinsi"));
    /// ```
    pub fn with_sign_off(mut self, sign_off: SignOff) -> Self {
        self.sign_off = sign_off;
        self
    }

    /// The report's sections in `lang`: summary, Adi charts, 5M, Ansell–Gash, diagnostics,
    /// the evidence they cite and the sign-off. The case title is a level-2 heading.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::Report;
    /// use berdaya::{Lang, Thresholds};
    /// let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
    /// let sections = Report::new(&case, &Thresholds::default()).sections(Lang::Id);
    /// assert!(sections[0].html().starts_with("<h2"));
    /// assert!(sections[0].html().contains(&case.title.indonesian));
    /// // Every section has something in it: empty ones are left out.
    /// assert!(sections.iter().all(|s| !s.blocks.is_empty()));
    /// ```
    pub fn sections(&self, lang: Lang) -> Vec<Section> {
        self.sections_titled(lang, 2)
    }

    fn sections_titled(&self, lang: Lang, title_level: u8) -> Vec<Section> {
        let mut cites = Citations::new(self.case);
        let mut blocks = vec![
            self.summary.blocks(lang, title_level),
            sections::adi_charts(self.case, lang),
            sections::five_m(
                &self.five_m,
                &self.five_m_priorities,
                self.case.coding.as_ref(),
                &mut cites,
                lang,
            ),
            ansell_gash::section(self.case, self.ansell_gash.as_ref(), &mut cites, lang),
            sections::diagnostics(self.case, &self.diagnostics, &mut cites, lang),
            annotations::recommendations(self.case, &mut cites, lang),
            sections::not_judged(self.case, &self.diagnosis, lang),
            annotations::inferred(self.case, lang),
            annotations::notes(self.case, lang),
        ];
        blocks.push(sections::appendix(&cites, lang));
        blocks.push(vec![self.sign_off.block(lang)]);
        blocks
            .into_iter()
            .filter(|b| !b.is_empty())
            .map(|blocks| Section { blocks })
            .collect()
    }

    /// The report as Markdown in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::Report;
    /// use berdaya::{Lang, Thresholds};
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let report = Report::new(&case, &Thresholds::default());
    /// let (id, en) = (report.markdown(Lang::Id), report.markdown(Lang::En));
    /// assert!(id.contains(&case.title.indonesian) && en.contains(&case.title.english));
    /// assert_ne!(id, en);
    /// ```
    pub fn markdown(&self, lang: Lang) -> String {
        self.sections(lang)
            .iter()
            .map(Section::markdown)
            .collect::<Vec<_>>()
            .join("")
    }

    /// The report as one self-contained HTML page in `lang`, its title printed once.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::Report;
    /// use berdaya::{Lang, Thresholds};
    /// let case = berdaya::cases::load("wrse-junrejo").unwrap();
    /// let html = Report::new(&case, &Thresholds::default()).html(Lang::En);
    /// assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"en\""));
    /// // The case title is the page's one level-1 heading.
    /// assert_eq!(html.matches("<h1").count(), 1);
    /// ```
    pub fn html(&self, lang: Lang) -> String {
        crate::render::html::page(
            lang,
            &self.case.title.get(lang),
            &Self::article(self.sections_titled(lang, 1)),
        )
    }

    /// The report's HTML without the page around it (to combine several reports under one
    /// page title: the case title is a level-2 heading).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::Report;
    /// use berdaya::{Lang, Thresholds};
    /// let mut page = String::from("<h1>Dua kasus</h1>");
    /// for id in ["p2k2-karawaci", "wrse-junrejo"] {
    ///     let case = berdaya::cases::load(id).unwrap();
    ///     page += &Report::new(&case, &Thresholds::default()).html_body(Lang::Id);
    /// }
    /// assert_eq!(page.matches("<article>").count(), 2);
    /// assert_eq!(page.matches("<h1").count(), 1);
    /// ```
    pub fn html_body(&self, lang: Lang) -> String {
        Self::article(self.sections(lang))
    }

    fn article(sections: Vec<Section>) -> String {
        let mut body = String::from("<article>\n");
        for s in sections {
            body.push_str(&s.html());
        }
        body.push_str("</article>\n");
        body
    }
}
