//! A JSON tree that keeps what a refused document needs explained: every key of an object in
//! order, duplicates included, and where the reader stopped when the text is not JSON.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::validate::problem::{Problem, ProblemKind, DEPTH_MAX};

/// One JSON value. Texts and keys borrow from the document where they hold no escape, so
/// that reading a valid document copies each text once (into the model), not twice.
#[derive(Debug)]
pub(crate) enum Node<'a> {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    /// Entries in document order; a repeated key appears twice.
    Object(Vec<(Cow<'a, str>, Node<'a>)>),
}

/// Escapes one JSON-pointer segment (RFC 6901).
pub(crate) fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Reads `json` into a tree, or says at which path and why it is not JSON.
pub(crate) fn read(json: &str) -> Result<Node<'_>, Problem> {
    let fault = RefCell::new(Vec::new());
    let mut de = serde_json::Deserializer::from_str(json);
    let result = Reader { fault: &fault }
        .deserialize(&mut de)
        .and_then(|node| de.end().map(|()| node));
    result.map_err(|error| {
        // The segments were gathered innermost first, as the fault came back up.
        let at: String = fault
            .into_inner()
            .iter()
            .rev()
            .map(|s| format!("/{s}"))
            .collect();
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

/// Reads one value. A valid document keeps no path: a fault's path is gathered only as the
/// fault comes back up, one segment per array or object it leaves (the element's index or
/// the entry's escaped key), innermost first.
#[derive(Clone, Copy)]
struct Reader<'s> {
    fault: &'s RefCell<Vec<String>>,
}

impl Reader<'_> {
    /// Adds the segment of the value whose reading failed to the fault's path.
    #[cold]
    fn leaving<E>(self, segment: String, error: E) -> E {
        self.fault.borrow_mut().push(segment);
        error
    }
}

impl<'de> DeserializeSeed<'de> for Reader<'_> {
    type Value = Node<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node<'de>, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node<'de>, E> {
        Ok(Node::Int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node<'de>, E> {
        Ok(Node::UInt(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node<'de>, E> {
        Ok(Node::Float(v))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        let mut items = Vec::new();
        loop {
            match seq.next_element_seed(self) {
                Ok(Some(node)) => items.push(node),
                Ok(None) => return Ok(Node::Array(items)),
                Err(e) => return Err(self.leaving(items.len().to_string(), e)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        let mut entries = Vec::new();
        // A fault in a key is the object's own: no segment.
        while let Some(key) = map.next_key_seed(Key)? {
            match map.next_value_seed(self) {
                Ok(value) => entries.push((key, value)),
                Err(e) => return Err(self.leaving(escape(&key), e)),
            }
        }
        Ok(Node::Object(entries))
    }
}

/// An object's key, borrowed from the document when it holds no escape.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
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

        // The path is gathered as the fault comes back up: each array adds the index of the
        // element it was reading, each object the escaped key of the value it was reading; a
        // fault in a key or a trailing comma is the object's own.
        for (text, path) in [
            (r#"{"a": {"b": 1, 7: 2}}"#, "/a"),
            (r#"{"a": [1,]}"#, "/a/1"),
            (r#"{"a": [1, 2 3]}"#, "/a/2"),
            (r#"{"a": {"b": [true, {"c~d": nul}]}}"#, "/a/b/1/c~0d"),
            (r#"[{"x": 1}, {"y": "\q"}]"#, "/1/y"),
            (r#"{"a": 1} x"#, ""),
            (r#"{"a": [[1], [2, {"b": 1,}]]}"#, "/a/1/1"),
        ] {
            assert_eq!(read(text).unwrap_err().path, path, "{text}");
        }

        // Texts and keys without an escape are borrowed from the document; with one, owned.
        let Ok(Node::Object(entries)) = read(r#"{"k": "plain", "k\u0041": "esc\n"}"#) else {
            panic!("an object")
        };
        let borrowed = |c: &Cow<'_, str>| matches!(c, Cow::Borrowed(_));
        let [(k1, Node::Str(v1)), (k2, Node::Str(v2))] = entries.as_slice() else {
            panic!("two texts")
        };
        assert!(borrowed(k1) && borrowed(v1));
        assert_eq!((k2.as_ref(), v2.as_ref()), ("kA", "esc\n"));
        assert!(!borrowed(k2) && !borrowed(v2));

        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(read(&deep).unwrap_err().kind.code(), "too_deep");
    }
}
