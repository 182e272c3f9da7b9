//! Checks of what the case author adds about the source: the source's own recommendations
//! (each quoted by evidence), the values marked inferred (each path must point at something
//! in the document) and the notes.

use crate::validate::collector::Collector;
use crate::validate::pointer;
use crate::validate::problem::{ProblemKind, RefKind};

/// Checks `recommendations`, `inferred` and `notes`.
pub(crate) fn check(c: &mut Collector<'_>) {
    let case = c.case;
    for (i, r) in case.recommendations.iter().enumerate() {
        let path = format!("/recommendations/{i}");
        c.text(&format!("{path}/text"), &r.text);
        if r.evidence.is_empty() {
            c.push(format!("{path}/evidence"), ProblemKind::Empty);
        }
        c.evidence_refs(&format!("{path}/evidence"), &r.evidence);
    }
    // One walk of the document answers every inference's path (no copy of the document);
    // on WebAssembly, one walk of its JSON text, whose serializer the module carries anyway
    // (the same answers; docs/wasm-size.md).
    let pointers: Vec<&str> = case.inferred.iter().map(|inf| inf.path.as_str()).collect();
    #[cfg(not(target_arch = "wasm32"))]
    let exists = pointer::existing(case, &pointers);
    #[cfg(target_arch = "wasm32")]
    let exists = pointer::existing_via_json(case, &pointers);
    for (i, (inf, exists)) in case.inferred.iter().zip(exists).enumerate() {
        let path = format!("/inferred/{i}");
        c.text(&format!("{path}/reason"), &inf.reason);
        let points = inf.path.starts_with('/') && !inf.path.starts_with("/inferred") && exists;
        if !points {
            c.push(
                format!("{path}/path"),
                ProblemKind::UnknownReference {
                    target: RefKind::DocumentPath,
                    id: inf.path.clone(),
                },
            );
        }
    }
    for (i, note) in case.notes.iter().enumerate() {
        c.text(&format!("/notes/{i}"), note);
    }
}
