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
pub mod phrase;
mod sections;
pub mod sign_off;

pub use self::compare::{compare, compare_html, comparison_rows, Comparison, ComparisonRow, Unit};
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

// The type's page has the example of both.
#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl Section {
    /// The section as Markdown (charts are left out: Markdown cannot draw them).
    pub fn markdown(&self) -> String {
        crate::render::markdown::write(&self.blocks)
    }

    /// The section as an HTML fragment.
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

// The type's page has the example of the whole path.
#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl<'a> Report<'a> {
    /// Builds the report on `case`.
    #[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
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
    #[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
    pub fn with_sign_off(mut self, sign_off: SignOff) -> Self {
        self.sign_off = sign_off;
        self
    }

    /// The report's sections in `lang`: summary, Adi charts, 5M, Ansell–Gash, diagnostics,
    /// the evidence they cite and the sign-off. The case title is a level-2 heading.
    #[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
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
    #[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
    pub fn markdown(&self, lang: Lang) -> String {
        self.sections(lang)
            .iter()
            .map(Section::markdown)
            .collect::<Vec<_>>()
            .join("")
    }

    /// The report as one self-contained HTML page in `lang`, its title printed once.
    #[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
    pub fn html(&self, lang: Lang) -> String {
        crate::render::html::page(
            lang,
            &self.case.title.get(lang),
            &Self::article(self.sections_titled(lang, 1)),
        )
    }

    /// The report's HTML without the page around it (to combine several reports under one
    /// page title: the case title is a level-2 heading).
    #[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
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
