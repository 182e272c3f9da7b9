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
use crate::model::case::{Case, SCHEMA_VERSION};
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
use crate::validate::unchecked::{Draft, Unchecked};

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

/// A whole document read through the tree and the structural reader (WebAssembly's first
/// read: `parse.rs`), or `None` when the tree cannot be read or the reader notes any problem.
pub(crate) fn read_whole(json: &str) -> Option<Case> {
    let root = tree::read(json).ok()?;
    let marks = Marks::default();
    let sink = RefCell::new(Sink::new(&marks));
    let base = Path::Root("");
    let case = Unchecked::deserialize(Cursor::new(&root, &base, &sink)).ok()?;
    sink.into_inner().problems.is_empty().then_some(case)
}

/// Whether `text` is JSON at all: `None` when it is, else the reader's problem (where it
/// stops, or nesting too deep). A text that is JSON is read without building a tree.
pub(crate) fn json_problem(text: &str) -> Option<Problem> {
    let error = serde_json::from_str::<serde::de::IgnoredAny>(text).err()?;
    Some(match tree::read(text) {
        Err(problem) => problem,
        // The two readers disagree; never call a text not JSON without saying why.
        Ok(_) => Problem::new(
            "",
            ProblemKind::Malformed {
                message: error.to_string(),
            },
        ),
    })
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

/// The collections checked record by record. A collection missing here is still checked,
/// with the root, only less cheaply when its records have many problems.
const COLLECTIONS: &[&str] = &[
    "sites",
    "stakeholders",
    "activities",
    "participants",
    "cohorts",
    "figures",
    "assistance",
    "evidence",
    "codes",
    "adi",
    "sulistiyani",
    "five_m",
];

/// Reads one collection's records into `case` (when the root was read), or marks the draft
/// as incomplete when a record could not be read even with placeholders.
fn collection(key: &str, items: &[Node], path: &Path<'_>, draft: &mut Recovered) {
    fn put<T: DeserializeOwned>(
        field: impl FnOnce(&mut Case) -> &mut Vec<T>,
        items: &[Node],
        path: &Path<'_>,
        draft: &mut Recovered,
    ) {
        let records = each::<T>(items, path, &mut draft.problems);
        match (draft.case.as_mut(), records) {
            (Some(case), Some(records)) => *field(case) = records,
            _ => draft.case = None,
        }
    }
    match key {
        "sites" => put::<Site>(|c| &mut c.sites, items, path, draft),
        "stakeholders" => put::<Stakeholder>(|c| &mut c.stakeholders, items, path, draft),
        "activities" => put::<Activity>(|c| &mut c.activities, items, path, draft),
        "participants" => put::<Participant>(|c| &mut c.participants, items, path, draft),
        "cohorts" => put::<Cohort>(|c| &mut c.cohorts, items, path, draft),
        "figures" => put::<Figure>(|c| &mut c.figures, items, path, draft),
        "assistance" => put::<Assistance>(|c| &mut c.assistance, items, path, draft),
        "evidence" => put::<Evidence>(|c| &mut c.evidence, items, path, draft),
        "codes" => put::<Code>(|c| &mut c.codes, items, path, draft),
        "adi" => put::<AdiProcess>(|c| &mut c.adi, items, path, draft),
        "sulistiyani" => put::<Progression>(|c| &mut c.sulistiyani, items, path, draft),
        "five_m" => put::<Finding>(|c| &mut c.five_m, items, path, draft),
        _ => {}
    }
}

/// What the structural pass read: its problems and, when every part could be read (with
/// placeholders where a value was wrong), the document as a draft.
struct Recovered {
    problems: Vec<Problem>,
    case: Option<Case>,
}

fn check_document(root: &Node) -> Vec<Problem> {
    let Node::Object(entries) = root else {
        return Vec::new();
    };
    let mut marks = Marks::default();
    let mut records: Vec<(&str, &[Node])> = Vec::new();
    for (key, node) in entries {
        if records.iter().any(|(k, _)| k == key) {
            continue; // a repeated key: the root pass reports it and reads the first only
        }
        if let (true, Node::Array(items)) = (COLLECTIONS.contains(&key.as_ref()), node) {
            marks.hidden.insert(id_of(node));
            records.push((key, items));
        }
    }
    let base = Path::Root("");
    let mut draft = Recovered {
        problems: Vec::new(),
        case: None,
    };
    draft.case = check::<Draft>(root, &base, marks, &mut draft.problems).map(|d| d.0);
    for (key, items) in records {
        let path = Path::Key(&base, key);
        collection(key, items, &path, &mut draft);
    }
    let Recovered { mut problems, case } = draft;
    if let Some(case) = case {
        cross_record(&case, &mut problems);
    }
    problems
}

/// The cross-record problems (a reference to a site that is not there, dates out of order…)
/// of the draft read with placeholders, so that one answer lists them beside the structural
/// ones. A problem at or under a place with a structural problem is left out: there the
/// draft holds a placeholder, not what the user wrote; so are reference problems while a
/// record's id is a placeholder (its id was wrong, or the whole record was).
fn cross_record(case: &Case, problems: &mut Vec<Problem>) {
    let structural: Vec<String> = problems
        .iter()
        .map(|p| match &p.kind {
            // A missing field is reported at its record; the placeholder is the field's.
            ProblemKind::MissingField { field } => format!("{}/{field}", p.path),
            _ => p.path.clone(),
        })
        .collect();
    let within = |path: &str, at: &str| {
        path == at || (path.starts_with(at) && path.as_bytes().get(at.len()) == Some(&b'/'))
    };
    // A record whose id is a placeholder leaves every reference in doubt: what refers to it
    // (or seems to share its id) is not reported until the id is fixed. So does an element of
    // a list given whole in the wrong shape (`["a1"]` for an activity): its id is a placeholder.
    let element = |at: &str| {
        at.rsplit('/')
            .next()
            .is_some_and(|last| !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
    };
    let ids_unknown = structural.iter().any(|at| at.ends_with("/id"))
        || problems
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::WrongType { .. }) && element(&p.path));
    let about_ids = |p: &Problem| {
        matches!(
            p.kind,
            ProblemKind::UnknownReference { .. }
                | ProblemKind::EvidenceLinkToNothing { .. }
                | ProblemKind::DuplicateId { .. }
        )
    };
    let more = crate::validate::walk::problems(case)
        .into_iter()
        .filter(|p| p.kind.code() != "unsupported_schema_version")
        .filter(|p| !(ids_unknown && about_ids(p)))
        .filter(|p| !structural.iter().any(|at| within(&p.path, at)));
    problems.extend(more);
}

fn each<T: DeserializeOwned>(
    items: &[Node],
    base: &Path<'_>,
    out: &mut Vec<Problem>,
) -> Option<Vec<T>> {
    let mut records = Vec::with_capacity(items.len());
    let mut complete = true;
    for (i, item) in items.iter().enumerate() {
        if out.len() > PROBLEMS_MAX {
            return None;
        }
        let path = Path::Index(base, i);
        match check::<T>(item, &path, Marks::default(), out) {
            Some(record) if complete => records.push(record),
            _ => complete = false,
        }
    }
    complete.then_some(records)
}

/// Reads `node` as a `T` until a pass ends without a fault, learning from each fault where a
/// placeholder must stand; appends the problems of the last pass and returns what it read
/// (with placeholders), or `None` when no pass ended without a fault.
fn check<T: DeserializeOwned>(
    node: &Node,
    path: &Path<'_>,
    mut marks: Marks,
    out: &mut Vec<Problem>,
) -> Option<T> {
    let mut problems = Vec::new();
    for _ in 0..PASSES_MAX {
        let sink = RefCell::new(Sink::new(&marks));
        let result = T::deserialize(Cursor::new(node, path, &sink));
        problems = sink.into_inner().problems;
        let fault = match result {
            Ok(value) => {
                out.append(&mut problems);
                return Some(value);
            }
            Err(fault) => fault,
        };
        let Some(located) = fault.at else {
            out.append(&mut problems);
            return None;
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
            return None;
        }
    }
    out.append(&mut problems);
    None
}
