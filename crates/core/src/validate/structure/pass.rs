//! What one pass of the recovering reader knows: where it is (a [`Path`]), what earlier
//! passes learnt ([`Marks`]), the problems found so far ([`Sink`]), and the [`Fault`] that
//! ends a pass, with the problem a type's own reader raised ([`refused`]).

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de;

use crate::model::date::InvalidDate;
use crate::validate::problem::{DateFormat, Problem, ProblemKind, Shape};
use crate::validate::structure::tree::{escape, Node};

/// Where a node sits: a linked list of segments, rendered only when a problem needs it.
pub(crate) enum Path<'p> {
    Root(&'p str),
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    pub fn pointer(&self) -> String {
        match self {
            Path::Root(base) => (*base).to_owned(),
            Path::Key(parent, key) => format!("{}/{}", parent.pointer(), escape(key)),
            Path::Index(parent, i) => format!("{}/{i}", parent.pointer()),
        }
    }
}

/// The identity of a node in the tree (its address; the tree does not move during a check).
pub(crate) fn id_of(node: &Node) -> usize {
    node as *const Node as usize
}

/// What earlier passes learnt about nodes that end a pass.
#[derive(Default)]
pub(crate) struct Marks {
    /// Values to replace with a placeholder, with the problems to report there.
    pub replace: HashMap<usize, Vec<Problem>>,
    /// Objects whose missing required fields get placeholders, with their problems.
    pub inject: HashMap<usize, Vec<(&'static str, Option<Problem>)>>,
    /// Arrays read as empty (their elements are checked one by one elsewhere).
    pub hidden: HashSet<usize>,
}

/// The problems of one pass.
pub(crate) struct Sink<'m> {
    pub problems: Vec<Problem>,
    pub marks: &'m Marks,
}

impl<'m> Sink<'m> {
    pub fn new(marks: &'m Marks) -> Self {
        Sink {
            problems: Vec::new(),
            marks,
        }
    }
}

/// A fault that ends a pass, and the node it belongs to once known.
#[derive(Debug)]
pub(crate) struct Fault {
    pub cause: Cause,
    /// The node, the problem to report there (none when it follows from an earlier one), and
    /// whether the fix is a placeholder for the node or for the object's missing field.
    pub at: Option<Box<Located>>,
}

/// Where a fault belongs: the node, the problem to report there (none when it follows from
/// one already reported) and, for a missing field, the field.
pub(crate) type Located = (usize, Option<Problem>, Option<&'static str>);

#[derive(Debug)]
pub(crate) enum Cause {
    Missing(&'static str),
    Custom(String),
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.cause {
            Cause::Missing(field) => write!(f, "missing field `{field}`"),
            Cause::Custom(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Fault {}

impl de::Error for Fault {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Fault {
            cause: Cause::Custom(msg.to_string()),
            at: None,
        }
    }

    fn missing_field(field: &'static str) -> Self {
        Fault {
            cause: Cause::Missing(field),
            at: None,
        }
    }
}

/// The shape of a node, as a user names it.
pub(crate) fn shape(node: &Node) -> Shape {
    match node {
        Node::Null => Shape::Null,
        Node::Bool(_) => Shape::Boolean,
        Node::Int(_) | Node::UInt(_) => Shape::WholeNumber,
        Node::Float(_) => Shape::Number,
        Node::Str(_) => Shape::Text,
        Node::Array(_) => Shape::Array,
        Node::Object(_) => Shape::Object,
    }
}

/// A value as JSON writes it, for a message: at most about 60 characters of it are shown, so
/// an array or object stops early. (Not the tree's `Debug`, which would say `Int(5)` and pull
/// the standard library's string escaping into the WebAssembly module.)
fn written(node: &Node) -> String {
    fn write(node: &Node, out: &mut String) {
        if out.len() > 60 {
            return;
        }
        match node {
            Node::Null => out.push_str("null"),
            Node::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Node::Int(i) => out.push_str(&i.to_string()),
            Node::UInt(u) => out.push_str(&u.to_string()),
            Node::Float(f) => out.push_str(&serde_json::to_string(f).unwrap_or_default()),
            Node::Str(s) => out.push_str(&serde_json::to_string(s).unwrap_or_default()),
            Node::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if out.len() > 60 {
                        return;
                    }
                    if i > 0 {
                        out.push(',');
                    }
                    write(item, out);
                }
                out.push(']');
            }
            Node::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if out.len() > 60 {
                        return;
                    }
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::to_string(key).unwrap_or_default());
                    out.push(':');
                    write(value, out);
                }
                out.push('}');
            }
        }
    }
    let mut out = String::new();
    write(node, &mut out);
    out
}

/// The problem a type's own reader raised at a node.
pub(crate) fn refused(node: Option<&Node>, message: &str) -> ProblemKind {
    match node {
        Some(Node::Str(s)) => {
            let s = s.to_string();
            if message == (InvalidDate { found: s.clone() }).to_string() {
                ProblemKind::InvalidDate {
                    found: s.clone(),
                    format: DateFormat::Partial,
                }
            } else if crate::model::date::parse_day(&s).is_none() {
                ProblemKind::InvalidDate {
                    found: s.clone(),
                    format: DateFormat::Day,
                }
            } else {
                ProblemKind::InvalidValue { found: s.clone() }
            }
        }
        Some(other) => ProblemKind::InvalidValue {
            found: written(other).chars().take(60).collect(),
        },
        None => ProblemKind::InvalidValue {
            found: String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    /// A refused value is shown as JSON writes it (never the tree's Debug), cut short.
    #[test]
    fn a_refused_value_is_shown_as_json() {
        let shown = |n: Node| match refused(Some(&n), "refused") {
            ProblemKind::InvalidValue { found } => found,
            other => panic!("{other:?}"),
        };
        assert_eq!(shown(Node::Int(-5)), "-5");
        assert_eq!(shown(Node::UInt(u64::MAX)), u64::MAX.to_string());
        assert_eq!(shown(Node::Float(2.5)), "2.5");
        assert_eq!(shown(Node::Bool(true)), "true");
        assert_eq!(shown(Node::Null), "null");
        let object = Node::Object(vec![
            (
                Cow::Borrowed("a\"b"),
                Node::Array(vec![Node::Int(1), Node::Null]),
            ),
            (Cow::Borrowed("c"), Node::Object(vec![])),
        ]);
        assert_eq!(shown(object), r#"{"a\"b":[1,null],"c":{}}"#);
        // A long array: its first 60 characters.
        let long = Node::Array((0..100_000).map(Node::Int).collect());
        let text = shown(long);
        assert_eq!(text.chars().count(), 60);
        assert!(text.starts_with("[0,1,2,3,"), "{text}");
    }
}
