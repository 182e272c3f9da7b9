//! What the case author adds about the source, each in its own section: the source's own
//! recommendations (whose: the source's, each with its quote), the values the case author
//! inferred (apart from what the source states), and the notes on why a reading stands.

use crate::insight::provenance::Whose;
use crate::model::case::Case;
use crate::model::lang::{Labelled, Lang};
use crate::render::doc::{text, Block, Inline, Item};
use crate::render::evidence::Citations;
use crate::render::report::phrase::Phrase;

/// "The source recommends": each recommendation with the quotes it rests on (none: no
/// section).
pub(crate) fn recommendations<'a>(
    case: &'a Case,
    cites: &mut Citations<'a>,
    lang: Lang,
) -> Vec<Block> {
    if case.recommendations.is_empty() {
        return Vec::new();
    }
    let p = |x: Phrase| x.label(lang);
    let items = case
        .recommendations
        .iter()
        .map(|r| {
            let mut line = text(r.text.get(lang));
            line.extend(cites.cite(&r.evidence));
            Item::new(line)
        })
        .collect();
    vec![
        Block::heading(3, p(Phrase::SourceRecommends)),
        Block::Paragraph(text(format!(
            "{}: {}",
            p(Phrase::Whose),
            Whose::StatedBySource.label(lang)
        ))),
        Block::List(items),
    ]
}

/// The values the source does not state, each with where it is and why it was inferred.
pub(crate) fn inferred(case: &Case, lang: Lang) -> Vec<Block> {
    if case.inferred.is_empty() {
        return Vec::new();
    }
    let items = case
        .inferred
        .iter()
        .map(|i| {
            Item::new(vec![
                Inline::Code(i.path.clone()),
                Inline::Text(format!(" — {}", i.reason.get(lang))),
            ])
        })
        .collect();
    vec![
        Block::heading(3, Phrase::Inferred.label(lang)),
        Block::List(items),
    ]
}

/// The case author's notes.
pub(crate) fn notes(case: &Case, lang: Lang) -> Vec<Block> {
    if case.notes.is_empty() {
        return Vec::new();
    }
    let items = case
        .notes
        .iter()
        .map(|n| Item::new(text(n.get(lang))))
        .collect();
    vec![
        Block::heading(3, Phrase::CaseNotes.label(lang)),
        Block::List(items),
    ]
}
