//! A JSON tree that keeps what a refused document needs explained: every key of an object in
//! order, duplicates included, and where the reader stopped when the text is not JSON.

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::validate::problem::{Problem, ProblemKind, DEPTH_MAX};

/// One JSON value.
#[derive(Debug)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(String),
    Array(Vec<Node>),
    /// Entries in document order; a repeated key appears twice.
    Object(Vec<(String, Node)>),
}

/// Escapes one JSON-pointer segment (RFC 6901).
pub(crate) fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Reads `json` into a tree, or says at which path and why it is not JSON.
pub(crate) fn read(json: &str) -> Result<Node, Problem> {
    let path = RefCell::new(Vec::new());
    let fault = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(json);
    let result = Reader {
        path: &path,
        fault: &fault,
    }
    .deserialize(&mut de)
    .and_then(|node| de.end().map(|()| node));
    result.map_err(|error| {
        let at = fault.into_inner().unwrap_or_default();
        Problem::new(at, json_problem(&error))
    })
}

/// What a reader error means to a user.
fn json_problem(error: &serde_json::Error) -> ProblemKind {
    let text = error.to_string();
    if text.starts_with("recursion limit exceeded") {
        ProblemKind::TooDeep { limit: DEPTH_MAX }
    } else if text.starts_with("number out of range") {
        ProblemKind::NotFinite
    } else {
        ProblemKind::InvalidJson {
            line: error.line(),
            column: error.column(),
            ends_early: error.is_eof(),
        }
    }
}

/// Reads one value, keeping the path of the value being read so that a fault can name it.
#[derive(Clone, Copy)]
struct Reader<'s> {
    path: &'s RefCell<Vec<String>>,
    fault: &'s RefCell<Option<String>>,
}

impl Reader<'_> {
    /// Remembers the current path as the fault's, unless a deeper one was remembered.
    fn mark<E>(self, error: E) -> E {
        let mut fault = self.fault.borrow_mut();
        if fault.is_none() {
            let path = self.path.borrow();
            *fault = Some(path.iter().map(|s| format!("/{s}")).collect());
        }
        error
    }
}

impl<'de> DeserializeSeed<'de> for Reader<'_> {
    type Value = Node;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::UInt(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        loop {
            self.path.borrow_mut().push(items.len().to_string());
            let next = seq.next_element_seed(self).map_err(|e| self.mark(e));
            self.path.borrow_mut().pop();
            match next? {
                Some(node) => items.push(node),
                None => return Ok(Node::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>().map_err(|e| self.mark(e))? {
            self.path.borrow_mut().push(escape(&key));
            let value = map.next_value_seed(self).map_err(|e| self.mark(e));
            self.path.borrow_mut().pop();
            entries.push((key, value?));
        }
        Ok(Node::Object(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_repeated_keys_and_names_the_path_of_a_fault() {
        let Ok(Node::Object(entries)) = read(r#"{"a": 1, "a": 2}"#) else {
            panic!("an object")
        };
        assert_eq!(entries.len(), 2);

        let p = read(r#"{"a": [1, {"b/c": tru}]}"#).unwrap_err();
        assert_eq!(p.path, "/a/1/b~1c");
        assert_eq!(p.kind.code(), "invalid_json");

        let p = read(r#"{"a": [1, 2"#).unwrap_err();
        assert!(matches!(
            p.kind,
            ProblemKind::InvalidJson {
                ends_early: true,
                ..
            }
        ));

        let p = read(r#"{"a": 1e400}"#).unwrap_err();
        assert_eq!((p.path.as_str(), p.kind), ("/a", ProblemKind::NotFinite));

        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(read(&deep).unwrap_err().kind.code(), "too_deep");
    }
}
