//! The assessor's sign-off at the end of a printed report: who assessed, when, and a line to
//! sign, read from the case's [`coding`](crate::model::case::Case::coding). Where the case
//! records no assessor or date, the lines are left blank to fill in.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::case::Case;
use crate::model::coding::CodingKind;
use crate::model::lang::{Labelled, Lang};
use crate::render::doc::{Block, SignOffBlock};
use crate::render::report::phrase::Phrase;

/// Who signs the report, and when. Empty by default: the printout then has blank lines.
///
/// # Examples
///
/// ```
/// use berdaya::render::report::{Report, SignOff};
/// use berdaya::{Lang, Thresholds};
/// let case = berdaya::cases::load("wrse-junrejo").unwrap();
/// let signed = SignOff::default().with_assessor("Tim Penilai Provinsi");
/// let html = Report::new(&case, &Thresholds::default()).with_sign_off(signed).html(Lang::Id);
/// assert!(html.contains("Tim Penilai Provinsi"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SignOff {
    /// The assessor's name (or the assessing team's).
    pub assessor: Option<String>,
    /// The date of the assessment.
    pub date: Option<NaiveDate>,
}

impl SignOff {
    /// Sets the assessor's name.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::SignOff;
    /// let s = SignOff::default().with_assessor("Tim Penilai Provinsi");
    /// assert_eq!(s.assessor.as_deref(), Some("Tim Penilai Provinsi"));
    /// assert_eq!(s.date, None);
    /// ```
    pub fn with_assessor(mut self, assessor: impl Into<String>) -> Self {
        self.assessor = Some(assessor.into());
        self
    }

    /// Sets the date of the assessment.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::report::SignOff;
    /// let day = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    /// let s = SignOff::default().with_assessor("Tim Penilai").on(day);
    /// assert_eq!(s.date, Some(day));
    /// ```
    pub fn on(mut self, date: NaiveDate) -> Self {
        self.date = Some(date);
        self
    }

    /// The case's assessor and date of coding, when an assessor coded it (blank otherwise).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::coding::Coding;
    /// use berdaya::render::report::SignOff;
    /// let mut case = berdaya::cases::load("wrse-junrejo").unwrap();
    /// case.coding = Some(Coding::coded_by("Tim Penilai"));
    /// assert_eq!(SignOff::of(&case).assessor.as_deref(), Some("Tim Penilai"));
    /// // A judgement the source states has no assessor to sign: the lines stay blank.
    /// case.coding = Some(Coding::stated_by_source());
    /// assert_eq!(SignOff::of(&case), SignOff::default());
    /// ```
    pub fn of(case: &Case) -> Self {
        match &case.coding {
            Some(c) if c.kind == CodingKind::CodedByAssessor => SignOff {
                assessor: c.by.clone(),
                date: c.on,
            },
            _ => SignOff::default(),
        }
    }

    /// The sign-off block in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::markdown;
    /// use berdaya::render::report::SignOff;
    /// use berdaya::Lang;
    /// let md = markdown::write(&[SignOff::default().block(Lang::Id)]);
    /// assert!(md.starts_with("### Pengesahan penilaian\n"));
    /// // Nothing recorded: every line is left to be filled in by hand.
    /// assert!(md.contains("- Penilai: ______________________\n"));
    /// ```
    pub fn block(&self, lang: Lang) -> Block {
        let p = |x: Phrase| x.label(lang).to_owned();
        Block::SignOff(SignOffBlock {
            heading: p(Phrase::SignOff),
            fields: vec![
                (p(Phrase::Assessor), self.assessor.clone()),
                (p(Phrase::AssessmentDate), self.date.map(|d| d.to_string())),
                (p(Phrase::Signature), None),
            ],
        })
    }
}
