//! Evidence as a reader meets it in a report: the quote itself with its informant's code and
//! role, numbered in an appendix and referenced (`[3]`) from wherever the evidence is cited —
//! never a bare id. Also the label of each kind as a reader would call it: an informant's
//! words from an interview are an *interview quote*, words printed in a publication (a news
//! item) are a *statement*.

use std::collections::HashMap;

use crate::model::case::Case;
use crate::model::evidence::{Evidence, EvidenceKind};
use crate::model::ids::EvidenceId;
use crate::model::lang::{labelled_enum, Labelled, Lang};
use crate::render::doc::{Anchor, Inline, Line, Note};

labelled_enum! {
    /// What an evidence item is, as a report names it.
    #[non_exhaustive]
    pub enum EvidenceLabel {
        /// An informant's words from an interview (a quote with no publication named).
        InterviewQuote => ("interview_quote", "Kutipan wawancara", "Interview quote"),
        /// Words printed in a publication, such as a news item (a quote with a source).
        Statement => ("statement", "Pernyataan", "Statement"),
        /// What the researcher observed or concluded.
        Observation => ("observation", "Observasi", "Observation"),
        /// A document, statistic or regulation.
        Document => ("document", "Dokumen", "Document"),
        /// A photograph.
        Photo => ("photo", "Foto", "Photograph"),
    }
}

impl EvidenceLabel {
    /// The label of `e`: a quote whose source (a publication) is named is a statement.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::render::evidence::EvidenceLabel;
    /// let said = Evidence::new("e-1", EvidenceKind::Quote, "kami belajar menjahit");
    /// assert_eq!(EvidenceLabel::of(&said), EvidenceLabel::InterviewQuote);
    /// let printed = said.clone().with_source("Radar Bekasi, 2025");
    /// assert_eq!(EvidenceLabel::of(&printed), EvidenceLabel::Statement);
    /// assert_eq!(EvidenceLabel::of(&printed).label(Lang::Id), "Pernyataan");
    /// ```
    pub fn of(e: &Evidence) -> Self {
        match e.kind {
            EvidenceKind::Quote if e.source.is_some() => EvidenceLabel::Statement,
            EvidenceKind::Quote => EvidenceLabel::InterviewQuote,
            EvidenceKind::Observation => EvidenceLabel::Observation,
            EvidenceKind::Document => EvidenceLabel::Document,
            EvidenceKind::Photo => EvidenceLabel::Photo,
        }
    }
}

/// The anchor prefix of evidence notes.
const PREFIX: &str = "bukti-";

/// Evidence cited in one report, numbered in order of first citation. Looking an id up is a
/// hash lookup, so citing is linear in the number of citations.
pub(crate) struct Citations<'a> {
    scope: u32,
    index: HashMap<&'a str, &'a Evidence>,
    number: HashMap<&'a str, usize>,
    order: Vec<&'a EvidenceId>,
}

impl<'a> Citations<'a> {
    /// An empty list of citations of `case`'s evidence.
    pub(crate) fn new(case: &'a Case) -> Self {
        Citations {
            scope: scope(&case.id),
            index: case.evidence.iter().map(|e| (e.id.as_str(), e)).collect(),
            number: HashMap::new(),
            order: Vec::new(),
        }
    }

    /// References to `ids` (` [1] [2]`), numbering those not cited before; empty for none.
    pub(crate) fn cite(&mut self, ids: &'a [EvidenceId]) -> Line {
        let mut line = Vec::new();
        for id in ids {
            let next = self.order.len() + 1;
            let n = *self.number.entry(id.as_str()).or_insert(next);
            if n == next {
                self.order.push(id);
            }
            line.push(Inline::Text(" ".into()));
            line.push(Inline::Ref(Anchor::scoped(PREFIX, self.scope, n)));
        }
        line
    }

    /// Whether nothing was cited.
    pub(crate) fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The numbered notes: each quote with who said it, what it is, when and where.
    pub(crate) fn notes(&self, lang: Lang) -> Vec<Note> {
        self.order
            .iter()
            .enumerate()
            .map(|(i, id)| Note {
                anchor: Anchor::scoped(PREFIX, self.scope, i + 1),
                line: match self.index.get(id.as_str()) {
                    Some(e) => note(e, lang),
                    None => vec![
                        Inline::Code(id.to_string()),
                        Inline::Text(
                            lang.pick(
                                " — tidak ditemukan dalam dokumen",
                                " — not found in the document",
                            )
                            .into(),
                        ),
                    ],
                },
            })
            .collect()
    }
}

/// A stable scope for a case's anchors: the 32-bit FNV-1a hash of its id, so that reports
/// combined on one page keep their notes apart (the id itself never enters an anchor).
fn scope(id: &str) -> u32 {
    id.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// `“text” — SY, SDM PKH (Interview quote, 2023-03; source)`, with the English gloss marked
/// as a translation in the English report.
fn note(e: &Evidence, lang: Lang) -> Line {
    let mut line = vec![Inline::Text(format!("“{}”", e.text))];
    if let (Lang::En, Some(gloss)) = (lang, &e.gloss_en) {
        line.push(Inline::Text(format!(" (translation: “{gloss}”)")));
    }
    if let Some(i) = &e.informant {
        line.push(Inline::Text(" — ".into()));
        line.push(Inline::Strong(vec![Inline::Text(i.code.clone())]));
        line.push(Inline::Text(format!(", {}", i.role)));
    }
    let mut about = vec![EvidenceLabel::of(e).label(lang).to_owned()];
    if let Some(d) = e.date {
        about.push(d.to_string());
    }
    let mut about = about.join(", ");
    if let Some(s) = &e.source {
        about.push_str("; ");
        about.push_str(s);
    }
    line.push(Inline::Text(format!(" ({about})")));
    line
}

#[cfg(all(test, feature = "bundled-cases"))]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_first_citation_and_repeat() {
        let case = crate::cases::load("p2k2-karawaci").unwrap();
        let ids: Vec<EvidenceId> = case.evidence.iter().take(3).map(|e| e.id.clone()).collect();
        let mut c = Citations::new(&case);
        let first = c.cite(&ids[1..3]);
        let again = c.cite(&ids[0..2]);
        assert_eq!(first.len(), 4);
        let scope = scope(&case.id);
        assert_eq!(again[1], Inline::Ref(Anchor::scoped(PREFIX, scope, 3)));
        assert_eq!(again[3], Inline::Ref(Anchor::scoped(PREFIX, scope, 1)));
        let notes = c.notes(Lang::Id);
        assert_eq!(notes.len(), 3);
        let Inline::Text(quote) = &notes[0].line[0] else {
            panic!("a quote first")
        };
        assert!(quote.contains(&case.evidence[1].text));
    }

    #[test]
    fn a_quote_from_a_publication_is_a_statement() {
        let case = crate::cases::load("p2wkss-bojong-menteng-2025").unwrap();
        let quote = case
            .evidence
            .iter()
            .find(|e| e.kind == EvidenceKind::Quote)
            .unwrap();
        assert_eq!(EvidenceLabel::of(quote), EvidenceLabel::Statement);
        assert_eq!(EvidenceLabel::Statement.label(Lang::Id), "Pernyataan");
        let case = crate::cases::load("p2k2-karawaci").unwrap();
        let quote = case
            .evidence
            .iter()
            .find(|e| e.kind == EvidenceKind::Quote)
            .unwrap();
        assert_eq!(EvidenceLabel::of(quote), EvidenceLabel::InterviewQuote);
    }
}
