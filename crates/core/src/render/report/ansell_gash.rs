//! The Ansell–Gash section of the report: whose ratings they are, the source's own conclusion
//! beside the coded overall score, component means with their coverage and band, the bands
//! named as the borrowed convention they are, the aggregation, each indicator with the
//! evidence it rests on, and the radar.

use std::collections::HashMap;

use crate::frameworks::ansell_gash::{Scores, RUBRIC};
use crate::insight::provenance::{describe, Basis, Whose};
use crate::model::case::Case;
use crate::model::coding::Coding;
use crate::model::lang::{Labelled, Lang};
use crate::model::number::{count, decimal, number};
use crate::model::records::ansell_gash::Rating;
use crate::render::doc::{strong, text, Block, Chart, Inline, Item, Line, Table};
use crate::render::evidence::Citations;
use crate::render::report::phrase::Phrase;
use crate::render::report::sections::mean_cell;

fn components_table(s: &Scores, lang: Lang) -> Table {
    let p = |x: Phrase| text(x.label(lang));
    let mut rows: Vec<Vec<Line>> = s
        .components
        .iter()
        .map(|c| {
            vec![
                text(c.key.label(lang)),
                text(mean_cell(c.mean, lang)),
                text(format!("{}/{}", c.rated, c.total)),
                text(c.band.map_or("—", |b| b.label(lang))),
            ]
        })
        .collect();
    rows.push(vec![
        vec![strong(Phrase::Overall.label(lang))],
        vec![strong(mean_cell(s.overall, lang))],
        text(format!("{}/{}", s.rated, s.total)),
        vec![strong(s.overall_band.map_or("—", |b| b.label(lang)))],
    ]);
    Table {
        head: vec![
            p(Phrase::Component),
            p(Phrase::Mean),
            p(Phrase::Rated),
            p(Phrase::Band),
        ],
        rows,
    }
}

fn indicators_table<'a>(
    s: &Scores,
    ratings: &HashMap<&str, &'a Rating>,
    default: Option<&Coding>,
    cites: &mut Citations<'a>,
    lang: Lang,
) -> Table {
    let p = |x: Phrase| text(x.label(lang));
    let rows = s
        .indicators
        .iter()
        .map(|i| {
            let rating = ratings.get(i.indicator.id);
            let evidence = rating.map(|r| cites.cite(&r.evidence)).unwrap_or_default();
            let whose = match (i.score, rating) {
                (Some(_), Some(r)) => Whose::of(Coding::resolve(r.coding.as_ref(), default))
                    .label(lang)
                    .to_owned(),
                _ => "—".to_owned(),
            };
            let flag = if i.without_evidence { " ⚠" } else { "" };
            let score = i.score.map_or_else(|| "—".to_owned(), |s| s.to_string());
            vec![
                text(lang.pick(i.indicator.label_id, i.indicator.label_en)),
                text(format!("{score}{flag}")),
                text(whose),
                evidence,
            ]
        })
        .collect();
    Table {
        head: vec![
            p(Phrase::Indicator),
            p(Phrase::Score),
            p(Phrase::Whose),
            p(Phrase::Evidence),
        ],
        rows,
    }
}

fn indicator_list(ids: &[&str], lang: Lang) -> String {
    if ids.is_empty() {
        return "—".to_owned();
    }
    ids.iter()
        .map(|id| {
            RUBRIC.indicator(id).map_or_else(
                || (*id).to_owned(),
                |d| lang.pick(d.label_id, d.label_en).to_owned(),
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Ansell–Gash: whose the ratings are, component means with coverage and band, how they are
/// aggregated and banded, each indicator with its evidence, what was not observed or rated
/// without evidence, and the radar.
pub(crate) fn section<'a>(
    case: &'a Case,
    scores: Option<&Scores>,
    cites: &mut Citations<'a>,
    lang: Lang,
) -> Vec<Block> {
    let p = |x: Phrase| x.label(lang);
    // The rubric the assessment cites (an earlier version is read with its own indicators).
    let cited = case
        .ansell_gash
        .as_ref()
        .filter(|a| RUBRIC.reads(&a.rubric))
        .map_or_else(|| RUBRIC.citation(), |a| a.rubric.clone());
    let heading = vec![
        Inline::Text(format!("{} — ", p(Phrase::AnsellGash))),
        Inline::Code(cited),
    ];
    let mut out = vec![Block::Heading {
        level: 3,
        line: heading,
    }];
    let (Some(s), Some(assessment)) = (scores, case.ansell_gash.as_ref()) else {
        out.push(Block::Paragraph(text(p(Phrase::NotAssessed))));
        return out;
    };
    let default = Coding::resolve(assessment.coding.as_ref(), case.coding.as_ref());
    out.push(Block::Paragraph(text(format!(
        "{}: {}",
        p(Phrase::Whose),
        describe(default, lang)
    ))));
    if let Some(id) = &assessment.source_conclusion {
        let mut line = vec![Inline::Text(format!("{}: ", p(Phrase::SourceConclusion)))];
        if let Some(e) = case.evidence_item(id) {
            line.push(Inline::Text(format!("“{}”", e.text)));
        }
        line.extend(cites.cite(std::slice::from_ref(id)));
        line.push(Inline::Text(format!(
            " — {} {}",
            p(Phrase::BesideCoded),
            mean_cell(s.overall, lang)
        )));
        out.push(Block::Paragraph(line));
    }
    let ratings: HashMap<&str, &'a Rating> = assessment
        .ratings
        .iter()
        .map(|r| (r.indicator.as_str(), r))
        .collect();
    out.push(Block::Table(components_table(s, lang)));
    out.push(Block::List(method_notes(s, lang)));
    out.push(Block::Table(indicators_table(
        s, &ratings, default, cites, lang,
    )));
    out.push(Block::List(vec![
        Item::new(text(format!(
            "{}: {}",
            p(Phrase::NotObserved),
            indicator_list(&s.not_observed, lang)
        ))),
        Item::new(text(format!(
            "{}: {}",
            p(Phrase::WithoutEvidence),
            indicator_list(&s.without_evidence, lang)
        ))),
    ]));
    let axes = s
        .components
        .iter()
        .map(|c| (c.key.label(lang).to_owned(), c.mean))
        .collect();
    out.push(Block::Chart {
        caption: p(Phrase::AnsellGash).to_owned(),
        chart: Chart::Radar(axes),
    });
    out
}

/// How the numbers above are made: the aggregation (with the indicator mean beside it) and
/// the bands, named as the borrowed convention they are, with the coverage they need.
fn method_notes(s: &Scores, lang: Lang) -> Vec<Item> {
    let p = |x: Phrase| x.label(lang);
    let b = &s.banding;
    let basis = if *b == crate::frameworks::ansell_gash::Banding::default() {
        Basis::BorrowedConvention
    } else {
        Basis::SetByCaller
    };
    vec![
        Item::new(text(format!(
            "{}; {}: {} ({}/{})",
            p(Phrase::Aggregation),
            p(Phrase::IndicatorMean),
            mean_cell(s.indicator_mean, lang),
            count(s.rated, lang),
            count(s.total, lang)
        ))),
        Item::new(text(format!(
            "{}: {} ≥ {}; {} ≥ {}; {} < {} ({}). {} {}%.",
            p(Phrase::Band),
            crate::frameworks::ansell_gash::Band::Strength.label(lang),
            decimal(b.strength_from, 1, lang),
            crate::frameworks::ansell_gash::Band::Borderline.label(lang),
            decimal(b.borderline_from, 1, lang),
            crate::frameworks::ansell_gash::Band::Concern.label(lang),
            decimal(b.borderline_from, 1, lang),
            basis.label(lang),
            p(Phrase::BandsBorrowed),
            number(b.min_coverage_percent, lang)
        ))),
    ]
}
