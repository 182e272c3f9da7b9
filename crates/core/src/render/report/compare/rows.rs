//! The comparison as data: one row per unit and figure, with the same words as the table
//! ([`Comparison`](super::Comparison)), for a binding's frames (pandas, polars) to filter and
//! plot without parsing Markdown.
//!
//! # Examples
//!
//! ```
//! use berdaya::render::report::{comparison_rows, Unit};
//! use berdaya::{Lang, Thresholds};
//! let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
//! let rows = comparison_rows(&Unit::processes(&case), &Thresholds::default(), Lang::En);
//! let done: Vec<&str> = rows
//!     .iter()
//!     .filter(|r| r.figure == "stages_completed")
//!     .map(|r| r.value.as_str())
//!     .collect();
//! assert_eq!(done, ["7/7", "4/7"]);
//! ```

use serde::Serialize;

use super::{index, Column, Phrase, ROWS};
use crate::insight::diagnostics::Thresholds;
use crate::model::lang::{Labelled, Lang};
use crate::render::doc::Inline;
use crate::render::report::Unit;

/// One figure of one unit of a comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
