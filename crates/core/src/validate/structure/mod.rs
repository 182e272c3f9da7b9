//! Every structural problem of a refused document, at once.
//!
//! The fast read stops at the first problem. This slower path reads the text into a `tree`
//! (keeping repeated keys and the path of a syntax fault), then checks the tree against the
//! types with the `recover`ing deserializer: the document's root, then each record of each
//! collection on its own, so a fault that ends a pass costs a pass over one record, not over
//! the whole document.

mod pass;
mod recover;
mod tree;

use std::cell::RefCell;

use serde::de::DeserializeOwned;

use crate::model::activity::Activity;
use crate::model::assistance::Assistance;
use crate::model::case::SCHEMA_VERSION;
use crate::model::cohort::Cohort;
use crate::model::evidence::{Code, Evidence};
use crate::model::figure::Figure;
use crate::model::participant::Participant;
use crate::model::records::adi::AdiProcess;
use crate::model::records::fivem::Finding;
use crate::model::records::sulistiyani::Progression;
use crate::model::site::Site;
use crate::model::stakeholder::Stakeholder;
use crate::validate::problem::{Problem, ProblemKind, Shape, PROBLEMS_MAX};
use crate::validate::structure::pass::{id_of, Marks, Path, Sink};
use crate::validate::structure::recover::Cursor;
use crate::validate::structure::tree::Node;
use crate::validate::unchecked::Draft;

/// Most passes over one record (each pass learns one fault that ends a pass).
const PASSES_MAX: usize = 256;

/// Every structural problem of `json`, whose fast read failed with `error`.
pub(crate) fn problems(json: &str, error: &serde_json::Error) -> Vec<Problem> {
    let root = match tree::read(json) {
        Ok(root) => root,
        Err(problem) => return vec![problem],
    };
    let mut out = match root_problem(&root) {
        Some(problem) => vec![problem],
        None => check_document(&root),
    };
    if out.is_empty() {
        // The two readers disagree; never refuse a document without saying why.
        out.push(Problem::new(
            "",
            ProblemKind::Malformed {
                message: error.to_string(),
            },
        ));
    }
    if out.len() > PROBLEMS_MAX {
        out.truncate(PROBLEMS_MAX);
        out.push(Problem::new(
            "",
            ProblemKind::TooManyProblems {
                limit: PROBLEMS_MAX,
            },
        ));
    }
    out
}

/// A root that is not an object, or a schema version this build does not read: then nothing
/// else is worth checking.
fn root_problem(root: &Node) -> Option<Problem> {
    let Node::Object(entries) = root else {
        let found = match root {
            Node::Array(_) => Shape::Array,
            Node::Str(_) => Shape::Text,
            Node::Bool(_) => Shape::Boolean,
            Node::Null => Shape::Null,
            Node::Float(_) => Shape::Number,
            _ => Shape::WholeNumber,
        };
        return Some(Problem::new(
            "",
            ProblemKind::WrongType {
                expected: Shape::Object,
                found,
            },
        ));
    };
    let version = entries
        .iter()
        .find(|(key, _)| key == "schema_version")
        .map(|(_, v)| v);
    let found = match version {
        Some(Node::UInt(v)) if *v == u64::from(SCHEMA_VERSION) => return None,
        Some(Node::UInt(v)) => i64::try_from(*v).ok(),
        Some(Node::Int(v)) => Some(*v),
        _ => None,
    };
    Some(Problem::new(
        "/schema_version",
        ProblemKind::UnsupportedSchemaVersion { found },
    ))
}

/// A reader of one collection's records, one at a time.
type Collection = fn(&[Node], &Path<'_>, &mut Vec<Problem>);

/// The collections checked record by record. A collection missing here is still checked,
/// with the root, only less cheaply when its records have many problems.
fn collection(key: &str) -> Option<Collection> {
    Some(match key {
        "sites" => each::<Site>,
        "stakeholders" => each::<Stakeholder>,
        "activities" => each::<Activity>,
        "participants" => each::<Participant>,
        "cohorts" => each::<Cohort>,
        "figures" => each::<Figure>,
        "assistance" => each::<Assistance>,
        "evidence" => each::<Evidence>,
        "codes" => each::<Code>,
        "adi" => each::<AdiProcess>,
        "sulistiyani" => each::<Progression>,
        "five_m" => each::<Finding>,
        _ => return None,
    })
}

fn check_document(root: &Node) -> Vec<Problem> {
    let mut out = Vec::new();
    let Node::Object(entries) = root else {
        return out;
    };
    let mut marks = Marks::default();
    let mut records: Vec<(&str, &[Node], Collection)> = Vec::new();
    for (key, node) in entries {
        if records.iter().any(|(k, _, _)| k == key) {
            continue; // a repeated key: the root pass reports it and reads the first only
        }
        if let (Some(check), Node::Array(items)) = (collection(key), node) {
            marks.hidden.insert(id_of(node));
            records.push((key, items, check));
        }
    }
    let base = Path::Root("");
    check::<Draft>(root, &base, marks, &mut out);
    for (key, items, check) in records {
        let path = Path::Key(&base, key);
        check(items, &path, &mut out);
    }
    out
}

fn each<T: DeserializeOwned>(items: &[Node], base: &Path<'_>, out: &mut Vec<Problem>) {
    for (i, item) in items.iter().enumerate() {
        if out.len() > PROBLEMS_MAX {
            return;
        }
        let path = Path::Index(base, i);
        check::<T>(item, &path, Marks::default(), out);
    }
}

/// Reads `node` as a `T` until a pass ends without a fault, learning from each fault where a
/// placeholder must stand; appends the problems of the last pass.
fn check<T: DeserializeOwned>(
    node: &Node,
    path: &Path<'_>,
    mut marks: Marks,
    out: &mut Vec<Problem>,
) {
    let mut problems = Vec::new();
    for _ in 0..PASSES_MAX {
        let sink = RefCell::new(Sink::new(&marks));
        let result = T::deserialize(Cursor::new(node, path, &sink));
        problems = sink.into_inner().problems;
        let Err(fault) = result else {
            out.append(&mut problems);
            return;
        };
        let Some(located) = fault.at else {
            out.append(&mut problems);
            return;
        };
        let (at, problem, field) = *located;
        let learnt = match field {
            Some(field) => {
                let marked = marks.inject.entry(at).or_default();
                let new = !marked.iter().any(|(f, _)| *f == field);
                if new {
                    marked.push((field, problem.clone()));
                }
                new
            }
            None if at != id_of(node) && !marks.replace.contains_key(&at) => {
                marks
                    .replace
                    .insert(at, problem.clone().into_iter().collect());
                true
            }
            None => false,
        };
        if !learnt {
            out.append(&mut problems);
            out.extend(problem);
            return;
        }
    }
    out.append(&mut problems);
}
