//! The report's sections after the summary, one function per section: Adi completeness
//! charts, 5M drivers and inhibitors, the diagnostics and the appendix of the evidence they
//! cite (the Ansell–Gash section is in [`ansell_gash`](super::ansell_gash)).

use crate::frameworks::adi::Completeness;
use crate::frameworks::fivem;
use crate::insight::diagnostics::{Describer, Diagnosis, Diagnostic};
use crate::insight::provenance::describe_all;
use crate::model::case::Case;
use crate::model::coding::Coding;
use crate::model::lang::{Labelled, Lang};
use crate::model::number::{count, decimal, percent, signed};
use crate::model::records::fivem::Finding;
use crate::render::doc::{strong, text, Block, Chart, Inline, Item, Table};
use crate::render::evidence::Citations;
use crate::render::report::phrase::Phrase;

/// A mean to two decimals, or "—" where nothing was rated.
pub(crate) fn mean_cell(m: Option<f64>, lang: Lang) -> String {
    m.map_or_else(|| "—".to_owned(), |m| decimal(m, 2, lang))
}

/// The completeness chart of each Adi process.
pub(crate) fn adi_charts(case: &Case, lang: Lang) -> Vec<Block> {
    case.adi
        .iter()
        .map(|process| {
            let c = Completeness::of(process);
            let rows = c
                .stages
                .iter()
                .map(|s| {
                    (
                        format!("{}. {}", s.stage.number(), s.stage.label(lang)),
                        s.score,
                    )
                })
                .collect();
            let caption = format!(
                "{} — {} ({})",
                Phrase::Completeness.label(lang),
                process.label.get(lang),
                percent(c.overall, lang)
            );
            Block::Chart {
                caption,
                chart: Chart::Bars(rows),
            }
        })
        .collect()
}

fn five_m_table(summary: &fivem::FiveMBalance, lang: Lang) -> Table {
    let p = |x: Phrase| text(x.label(lang));
    let rows = summary
        .factors
        .iter()
        .map(|f| {
            vec![
                text(f.factor.label(lang)),
                text(format!("{} ({})", count(f.drivers, lang), f.driver_weight)),
                text(format!(
                    "{} ({})",
                    count(f.inhibitors, lang),
                    f.inhibitor_weight
                )),
                text(signed(f.balance, lang)),
            ]
        })
        .collect();
    Table {
        head: vec![
            p(Phrase::Factor),
            p(Phrase::Drivers),
            p(Phrase::Inhibitors),
            p(Phrase::Balance),
        ],
        rows,
    }
}

/// 5M: the table per factor, the findings by priority with their evidence, the chart.
pub(crate) fn five_m<'a>(
    summary: &fivem::FiveMBalance,
    priorities: &[&'a Finding],
    default: Option<&Coding>,
    cites: &mut Citations<'a>,
    lang: Lang,
) -> Vec<Block> {
    let p = |x: Phrase| x.label(lang);
    let mut out = vec![Block::heading(3, p(Phrase::FiveM))];
    if priorities.is_empty() {
        out.push(Block::Paragraph(text(p(Phrase::NotAssessed))));
        return out;
    }
    out.push(Block::Paragraph(text(format!(
        "{}: {}",
        p(Phrase::Whose),
        describe_all(priorities.iter().map(|f| f.coding.as_ref()), default, lang)
    ))));
    out.push(Block::Table(five_m_table(summary, lang)));
    out.push(Block::Paragraph(text(format!(
        "{}:",
        p(Phrase::Priorities)
    ))));
    let items = priorities
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mut line = vec![
                Inline::Text(format!("{}. ", i + 1)),
                strong(f.direction.label(lang)),
                Inline::Text(format!(
                    " — {} ({} {}): {}",
                    f.factor.label(lang),
                    p(Phrase::Weight),
                    f.weight,
                    f.description.get(lang)
                )),
            ];
            line.extend(cites.cite(&f.evidence));
            Item::new(line)
        })
        .collect();
    out.push(Block::List(items));
    let bars = summary
        .factors
        .iter()
        .map(|f| {
            (
                f.factor.label(lang).to_owned(),
                f.driver_weight,
                f.inhibitor_weight,
            )
        })
        .collect();
    out.push(Block::Chart {
        caption: p(Phrase::FiveM).to_owned(),
        chart: Chart::Diverging(bars),
    });
    out
}

fn diagnostic<'a>(
    words: &Describer<'_>,
    d: &'a Diagnostic,
    cites: &mut Citations<'a>,
    lang: Lang,
) -> Item {
    let p = |x: Phrase| x.label(lang);
    let line = vec![
        strong(format!("[{}] {}", d.severity.label(lang), d.id.label(lang))),
        Inline::Text(" (".into()),
        Inline::Code(d.id.code().to_owned()),
        Inline::Text(format!("; {} ", p(Phrase::Source))),
        Inline::Code(d.id.seed().to_owned()),
        Inline::Text(")".into()),
    ];
    let mut children = vec![
        Item::new(text(format!(
            "{}: {}",
            p(Phrase::Finding),
            words.finding(d, lang)
        ))),
        Item::new(text(format!(
            "{}: {}",
            p(Phrase::Recommendation),
            d.recommendation(lang)
        ))),
    ];
    if !d.thresholds.is_empty() {
        children.push(Item::new(text(format!(
            "{}: {}",
            p(Phrase::ThresholdsUsed),
            thresholds_used(d, lang)
        ))));
    }
    if !d.evidence.is_empty() {
        let mut evidence = text(format!("{}:", p(Phrase::Evidence)));
        evidence.extend(cites.cite(&d.evidence));
        children.push(Item::new(evidence));
    }
    Item::nested(line, children)
}

/// The diagnostics that fired, each with its finding, recommendation and evidence.
pub(crate) fn diagnostics<'a>(
    case: &Case,
    found: &'a [Diagnostic],
    cites: &mut Citations<'a>,
    lang: Lang,
) -> Vec<Block> {
    let p = |x: Phrase| x.label(lang);
    let mut out = vec![Block::heading(3, p(Phrase::Diagnostics))];
    if found.is_empty() {
        out.push(Block::Paragraph(text(p(Phrase::NoDiagnostics))));
    } else {
        let words = Describer::new(case);
        let items = found
            .iter()
            .map(|d| diagnostic(&words, d, cites, lang))
            .collect();
        out.push(Block::List(items));
    }
    out
}

/// Each threshold a finding used: its name, value and what kind of number it is (the
/// source's figure, an assumption, a programme rule, the user's setting).
fn thresholds_used(d: &Diagnostic, lang: Lang) -> String {
    let parts: Vec<String> = d
        .thresholds
        .iter()
        .map(|u| {
            let value = u
                .value
                .map(|v| format!(" = {}", crate::model::number::number(v, lang)))
                .unwrap_or_default();
            format!(
                "{}{value} ({})",
                u.threshold.label(lang),
                u.basis.label(lang)
            )
        })
        .collect();
    parts.join("; ")
}

/// What the diagnostics could not judge because the data is not recorded, each with what
/// to record — never shown as a finding.
pub(crate) fn not_judged(case: &Case, diagnosis: &Diagnosis, lang: Lang) -> Vec<Block> {
    let p = |x: Phrase| x.label(lang);
    let mut out = vec![Block::heading(3, p(Phrase::NotJudged))];
    if diagnosis.not_judged.is_empty() {
        out.push(Block::Paragraph(text(p(Phrase::AllJudged))));
        return out;
    }
    let words = Describer::new(case);
    let items = diagnosis
        .not_judged
        .iter()
        .map(|n| {
            let subjects = words.describe(&n.subjects, lang);
            let head = if subjects.is_empty() {
                n.id.label(lang).to_owned()
            } else {
                format!("{} — {subjects}", n.id.label(lang))
            };
            Item::nested(
                text(head),
                vec![Item::new(text(format!(
                    "{}: {}",
                    p(Phrase::ToRecord),
                    n.what_to_record(lang)
                )))],
            )
        })
        .collect();
    out.push(Block::List(items));
    out
}

/// The appendix: every evidence item cited above, numbered, quoted with who said it.
pub(crate) fn appendix(cites: &Citations<'_>, lang: Lang) -> Vec<Block> {
    if cites.is_empty() {
        return Vec::new();
    }
    vec![
        Block::heading(3, Phrase::EvidenceCited.label(lang)),
        Block::Notes(cites.notes(lang)),
    ]
}
