//! A serde `Deserializer` over a [`Node`] tree that does not stop at a problem: it reports it
//! at its path, hands the type a placeholder and carries on, so one pass finds every wrong
//! type, unknown field or code, duplicate key and out-of-range number.
//!
//! The types themselves say what they expect (serde passes every struct's field names and
//! every enum's codes), so nothing here knows the document's schema. Two faults only the
//! types can raise end a pass: a required field that is missing and a value a type's own
//! reader refuses (an impossible date). The pass then returns a [`Fault`] that names the
//! node; the driver marks it in `Marks` and runs again, and the next pass reports the
//! problem in its place and feeds a placeholder there.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;

use serde::de::value::StrDeserializer;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};

use crate::validate::problem::{Problem, ProblemKind, Shape};
use crate::validate::structure::pass::{id_of, refused, shape, Cause, Fault, Marks, Path, Sink};
use crate::validate::structure::tree::Node;

/// What a placeholder string holds: a value every string-reading type accepts (a text, an id,
/// a full date and a partial date).
const PLACEHOLDER_TEXT: &str = "2000-01-01";

/// A place in the tree being read: a node (or a placeholder), its path and the pass's sink.
#[derive(Clone, Copy)]
pub(crate) struct Cursor<'t, 'p, 'm> {
    /// The node; `None` for a placeholder.
    node: Option<&'t Node<'t>>,
    /// The nearest real node (a placeholder's owner), for faults inside placeholders.
    owner: &'t Node<'t>,
    path: &'p Path<'p>,
    /// Whether problems here are consequences of one already reported (not reported again).
    quiet: bool,
    sink: &'p RefCell<Sink<'m>>,
}

impl<'t, 'p, 'm> Cursor<'t, 'p, 'm> {
    pub fn new(node: &'t Node<'t>, path: &'p Path<'p>, sink: &'p RefCell<Sink<'m>>) -> Self {
        Cursor {
            node: Some(node),
            owner: node,
            path,
            quiet: false,
            sink,
        }
    }

    fn child<'q>(&self, node: &'t Node<'t>, path: &'q Path<'q>) -> Cursor<'t, 'q, 'm>
    where
        'p: 'q,
    {
        Cursor {
            node: Some(node),
            owner: node,
            path,
            quiet: self.quiet,
            sink: self.sink,
        }
    }

    fn placeholder<'q>(&self, path: &'q Path<'q>) -> Cursor<'t, 'q, 'm>
    where
        'p: 'q,
    {
        Cursor {
            node: None,
            owner: self.owner,
            path,
            quiet: true,
            sink: self.sink,
        }
    }

    fn marks(&self) -> &'m Marks {
        self.sink.borrow().marks
    }

    /// Reports a problem at this place (unless it is a consequence of another).
    fn report(&self, kind: ProblemKind) {
        self.report_at(self.path.pointer(), kind);
    }

    fn report_at(&self, path: String, kind: ProblemKind) {
        if self.quiet {
            return;
        }
        self.sink
            .borrow_mut()
            .problems
            .push(Problem::new(path, kind));
    }

    fn emit(&self, problems: impl IntoIterator<Item = Problem>) {
        self.sink.borrow_mut().problems.extend(problems);
    }

    /// Reports a wrong shape and reads on from a placeholder.
    fn wrong(self, expected: Shape) -> Self {
        if let Some(node) = self.node {
            self.report(ProblemKind::WrongType {
                expected,
                found: shape(node),
            });
        }
        Cursor {
            node: None,
            quiet: true,
            ..self
        }
    }

    /// Names this node as the place of a fault that reached it unplaced. Generic over every
    /// type read, so it does no more than branch: the work is in `place`, compiled once.
    #[inline]
    fn locate<T>(&self, result: Result<T, Fault>) -> Result<T, Fault> {
        match result {
            Ok(value) => Ok(value),
            Err(fault) => Err(self.place(fault)),
        }
    }

    #[cold]
    #[inline(never)]
    fn place(&self, mut fault: Fault) -> Fault {
        if fault.at.is_none() {
            // A fault inside a placeholder follows from a problem already reported.
            let quiet = self.quiet || self.node.is_none();
            let (kind, field) = match &fault.cause {
                Cause::Missing(field) => (
                    ProblemKind::MissingField {
                        field: (*field).to_owned(),
                    },
                    Some(*field),
                ),
                Cause::Custom(message) => (refused(self.node, message), None),
            };
            let problem = (!quiet).then(|| Problem::new(self.path.pointer(), kind));
            fault.at = Some(Box::new((id_of(self.owner), problem, field)));
        }
        fault
    }

    /// Reads a whole number in `min..=max` (an integer type's range).
    fn integer<'de, V: Visitor<'de>>(self, v: V, min: i128, max: i128) -> Result<V::Value, Fault> {
        match self.whole(min, max) {
            Ok(i) => self.locate(v.visit_i64(i)),
            Err(u) => self.locate(v.visit_u64(u)),
        }
    }

    /// The whole number here, in `min..=max` (0 after reporting a problem): `Ok` when it fits
    /// an `i64`, else `Err` with the `u64`. Not generic, so compiled once for every visitor.
    #[inline(never)]
    fn whole(self, min: i128, max: i128) -> Result<i64, u64> {
        let value = match self.node {
            None => 0,
            Some(Node::Int(i)) => i128::from(*i),
            Some(Node::UInt(u)) => i128::from(*u),
            Some(Node::Float(f)) => {
                let in_range = *f >= min as f64 && *f <= max as f64;
                if f.fract() != 0.0 || in_range {
                    // 0.5 people, or 30.0 written with a decimal point.
                    self.report(ProblemKind::NotWholeNumber { found: *f });
                } else {
                    self.report(ProblemKind::OutOfRange {
                        found: *f,
                        min: min as f64,
                        max: max as f64,
                    });
                }
                0
            }
            Some(_) => return self.wrong(Shape::WholeNumber).whole(min, max),
        };
        let value = if (min..=max).contains(&value) {
            value
        } else {
            self.report(ProblemKind::OutOfRange {
                found: value as f64,
                min: min as f64,
                max: max as f64,
            });
            0
        };
        i64::try_from(value).map_err(|_| u64::try_from(value).unwrap_or(0))
    }

    fn text<'de, V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        match self.node {
            Some(Node::Str(s)) => self.locate(v.visit_str(s)),
            None => self.locate(v.visit_str(PLACEHOLDER_TEXT)),
            Some(_) => self.wrong(Shape::Text).text(v),
        }
    }

    /// An array's elements, none when an earlier pass hid them. Apart from the generic
    /// `deserialize_seq`, so that it is compiled once, not once per element type.
    #[inline(never)]
    fn elements(&self, items: &'t [Node<'t>]) -> &'t [Node<'t>] {
        if self.marks().hidden.contains(&id_of(self.owner)) {
            &[]
        } else {
            items
        }
    }

    fn object<'de, V: Visitor<'de>>(
        self,
        fields: Option<&'static [&'static str]>,
        v: V,
    ) -> Result<V::Value, Fault> {
        match self.node {
            Some(Node::Object(entries)) => {
                self.locate(v.visit_map(Map::new(self, entries, fields)))
            }
            None => self.locate(v.visit_map(Map::new(self, &[], fields))),
            Some(_) => self.wrong(Shape::Object).object(fields, v),
        }
    }
}

/// Declares `deserialize_<int>` methods that read a whole number in the type's range.
macro_rules! integers {
    ($de:lifetime; $($method:ident: $t:ty),*) => {$(
        fn $method<V: Visitor<$de>>(self, v: V) -> Result<V::Value, Fault> {
            self.integer(v, <$t>::MIN.into(), <$t>::MAX.into())
        }
    )*};
}

/// Declares `deserialize_*` methods that read a text.
macro_rules! texts {
    ($de:lifetime; $($method:ident),*) => {$(
        fn $method<V: Visitor<$de>>(self, v: V) -> Result<V::Value, Fault> {
            self.text(v)
        }
    )*};
}

impl<'de> Deserializer<'de> for Cursor<'_, '_, '_> {
    type Error = Fault;

    integers!('de; deserialize_i8: i8, deserialize_i16: i16, deserialize_i32: i32,
        deserialize_i64: i64, deserialize_u8: u8, deserialize_u16: u16, deserialize_u32: u32,
        deserialize_u64: u64);
    texts!('de; deserialize_char, deserialize_str, deserialize_string, deserialize_bytes,
        deserialize_byte_buf, deserialize_identifier);

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        let r = match self.node {
            None | Some(Node::Null) => v.visit_unit(),
            Some(Node::Bool(b)) => v.visit_bool(*b),
            Some(Node::Int(i)) => v.visit_i64(*i),
            Some(Node::UInt(u)) => v.visit_u64(*u),
            Some(Node::Float(f)) => v.visit_f64(*f),
            Some(Node::Str(s)) => v.visit_str(s),
            Some(Node::Array(_)) => return self.deserialize_seq(v),
            Some(Node::Object(_)) => return self.object(None, v),
        };
        self.locate(r)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        match self.node {
            Some(Node::Bool(b)) => self.locate(v.visit_bool(*b)),
            None => self.locate(v.visit_bool(false)),
            Some(_) => self.wrong(Shape::Boolean).deserialize_bool(v),
        }
    }

    fn deserialize_f32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        self.deserialize_f64(v)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        let r = match self.node {
            None => v.visit_f64(0.0),
            Some(Node::Int(i)) => v.visit_i64(*i),
            Some(Node::UInt(u)) => v.visit_u64(*u),
            Some(Node::Float(f)) => v.visit_f64(*f),
            Some(_) => return self.wrong(Shape::Number).deserialize_f64(v),
        };
        self.locate(r)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        match self.node {
            None | Some(Node::Null) => self.locate(v.visit_none()),
            Some(_) => self.locate(v.visit_some(self)),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        match self.node {
            None | Some(Node::Null) => self.locate(v.visit_unit()),
            Some(_) => self.wrong(Shape::Null).deserialize_unit(v),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, Fault> {
        self.deserialize_unit(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, Fault> {
        self.locate(v.visit_newtype_struct(self))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        match self.node {
            Some(Node::Array(items)) => {
                let items = self.elements(items);
                self.locate(v.visit_seq(Seq::new(self, items)))
            }
            None => self.locate(v.visit_seq(Seq::new(self, &[]))),
            Some(_) => self.wrong(Shape::Array).deserialize_seq(v),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, Fault> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        v: V,
    ) -> Result<V::Value, Fault> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        self.object(None, v)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Fault> {
        self.object(Some(fields), v)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Fault> {
        let access = Variant::choose(self, variants);
        self.locate(v.visit_enum(access))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        self.locate(v.visit_unit())
    }
}

/// The elements of an array, skipping those an earlier pass marked.
struct Seq<'t, 'p, 'm> {
    cursor: Cursor<'t, 'p, 'm>,
    items: &'t [Node<'t>],
    next: usize,
}

impl<'t, 'p, 'm> Seq<'t, 'p, 'm> {
    fn new(cursor: Cursor<'t, 'p, 'm>, items: &'t [Node<'t>]) -> Self {
        Seq {
            cursor,
            items,
            next: 0,
        }
    }
}

impl<'t> Seq<'t, '_, '_> {
    /// The next element to read and its index, skipping (and reporting) those an earlier pass
    /// marked. Apart from the generic `next_element_seed`, so that it is compiled once, not
    /// once per element type (the WebAssembly module's size).
    #[inline(never)]
    fn advance(&mut self) -> Option<(usize, &'t Node<'t>)> {
        let marks = self.cursor.marks();
        while let Some(item) = self.items.get(self.next) {
            let index = self.next;
            self.next += 1;
            if let Some(problems) = marks.replace.get(&id_of(item)) {
                self.cursor.emit(problems.iter().cloned());
                continue;
            }
            return Some((index, item));
        }
        None
    }
}

impl<'de> SeqAccess<'de> for Seq<'_, '_, '_> {
    type Error = Fault;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Fault> {
        let Some((index, item)) = self.advance() else {
            return Ok(None);
        };
        let path = Path::Index(self.cursor.path, index);
        let child = self.cursor.child(item, &path);
        child.locate(seed.deserialize(child)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len().saturating_sub(self.next))
    }
}

/// The entries of an object. For a struct, unknown keys are reported and skipped, a repeated
/// key is reported and its later values skipped, and placeholders stand in for values and
/// missing fields an earlier pass marked.
struct Map<'t, 'p, 'm> {
    cursor: Cursor<'t, 'p, 'm>,
    entries: &'t [(Cow<'t, str>, Node<'t>)],
    fields: Option<&'static [&'static str]>,
    next: usize,
    /// The keys read so far: a struct's by field position (a bit each, for the first 128),
    /// else by name, the set made only when an object that is no struct has a second key.
    seen: Seen<'t>,
    /// The value to read next: a node, or a placeholder for a marked one or a missing field.
    pending: Option<(&'t str, Option<&'t Node<'t>>)>,
    /// Fields still to inject once the entries are read.
    inject: Vec<&'static str>,
}

/// The keys of an object read so far, to find a repeated one without hashing a struct's.
#[derive(Default)]
struct Seen<'t> {
    bits: u128,
    names: Option<HashSet<&'t str>>,
}

impl<'t> Seen<'t> {
    /// Notes a key (at `position` among a struct's fields, when known); `false` when it was
    /// seen before.
    fn insert(&mut self, key: &'t str, position: Option<usize>) -> bool {
        match position {
            Some(i) if i < 128 => {
                let bit = 1u128 << i;
                let new = self.bits & bit == 0;
                self.bits |= bit;
                new
            }
            _ => self.names.get_or_insert_with(HashSet::new).insert(key),
        }
    }
}

impl<'t, 'p, 'm> Map<'t, 'p, 'm> {
    fn new(
        cursor: Cursor<'t, 'p, 'm>,
        entries: &'t [(Cow<'t, str>, Node<'t>)],
        fields: Option<&'static [&'static str]>,
    ) -> Self {
        let mut inject: Vec<&'static str> = Vec::new();
        if cursor.node.is_none() {
            // A placeholder object: every field gets a placeholder.
            inject.extend(fields.unwrap_or(&[]).iter().rev());
        } else if let Some(marked) = cursor.marks().inject.get(&id_of(cursor.owner)) {
            inject.extend(marked.iter().rev().map(|(f, _)| *f));
        }
        Map {
            cursor,
            entries,
            fields,
            next: 0,
            seen: Seen::default(),
            pending: None,
            inject,
        }
    }

    /// The next entry to hand over, reporting the ones that are skipped. Compiled once, apart
    /// from the generic `next_key_seed`.
    #[inline(never)]
    fn next_entry(&mut self) -> Option<(&'t str, Option<&'t Node<'t>>)> {
        let marks = self.cursor.marks();
        while let Some((key, node)) = self.entries.get(self.next) {
            self.next += 1;
            let key: &'t str = key;
            let position = match self.fields {
                Some(fields) => match fields.iter().position(|f| *f == key) {
                    Some(i) => Some(i),
                    None => {
                        self.unknown(key, fields);
                        continue;
                    }
                },
                None => None,
            };
            if !self.seen.insert(key, position) {
                self.cursor.report(ProblemKind::DuplicateKey {
                    key: key.to_owned(),
                });
                continue;
            }
            if !marks.replace.is_empty() {
                if let Some(problems) = marks.replace.get(&id_of(node)) {
                    self.cursor.emit(problems.iter().cloned());
                    if self.fields.is_none() {
                        continue;
                    }
                    return Some((key, None));
                }
            }
            return Some((key, Some(node)));
        }
        let field = self.inject.pop()?;
        if let Some(marked) = marks.inject.get(&id_of(self.cursor.owner)) {
            let problems = marked.iter().filter(|(f, _)| *f == field);
            self.cursor
                .emit(problems.filter_map(|(_, p)| p.clone()).collect::<Vec<_>>());
        }
        Some((field, None))
    }

    /// Reports a key the struct does not have.
    #[cold]
    fn unknown(&self, key: &str, fields: &[&str]) {
        let path = Path::Key(self.cursor.path, key);
        self.cursor.report_at(
            path.pointer(),
            ProblemKind::UnknownField {
                field: key.to_owned(),
                allowed: fields.iter().map(|f| (*f).to_owned()).collect(),
            },
        );
    }
}

impl<'de> MapAccess<'de> for Map<'_, '_, '_> {
    type Error = Fault;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Fault> {
        let Some((key, node)) = self.next_entry() else {
            return Ok(None);
        };
        self.pending = Some((key, node));
        let key: StrDeserializer<'_, Fault> = key.into_deserializer();
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Fault> {
        let (key, node) = self.pending.take().unwrap_or(("", None));
        let path = Path::Key(self.cursor.path, key);
        let child = match node {
            Some(node) => self.cursor.child(node, &path),
            None => self.cursor.placeholder(&path),
        };
        child.locate(seed.deserialize(child))
    }
}

/// An enum's variant: its code and the cursor of its content (`None` for the bare-code form).
struct Variant<'t, 'p, 'm> {
    code: &'t str,
    content: Option<Cursor<'t, 'p, 'm>>,
    cursor: Cursor<'t, 'p, 'm>,
}

impl<'t, 'p, 'm> Variant<'t, 'p, 'm> {
    /// Finds the variant a node names, reporting an unknown code and choosing the first
    /// variant as a placeholder.
    fn choose(cursor: Cursor<'t, 'p, 'm>, variants: &'static [&'static str]) -> Self {
        let fallback = variants.first().copied().unwrap_or("");
        let allowed = || variants.iter().map(|v| (*v).to_owned()).collect();
        let (code, content) = match cursor.node {
            Some(Node::Str(s)) => (s.as_ref(), None),
            Some(Node::Object(entries)) => match entries.as_slice() {
                [(key, node)] => (key.as_ref(), Some(node)),
                [(first, _), rest @ ..] if rest.iter().all(|(k, _)| k == first) => {
                    cursor.report(ProblemKind::DuplicateKey {
                        key: first.to_string(),
                    });
                    return Self::placeholder(cursor.wrong(Shape::Object), fallback);
                }
                _ => {
                    let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_ref()).collect();
                    cursor.report(ProblemKind::UnknownCode {
                        found: keys.join(", "),
                        allowed: allowed(),
                    });
                    return Self::placeholder(cursor.wrong(Shape::Object), fallback);
                }
            },
            None => return Self::placeholder(cursor, fallback),
            Some(_) => return Self::placeholder(cursor.wrong(Shape::Text), fallback),
        };
        if variants.contains(&code) {
            let content = content.map(|node| Cursor {
                node: Some(node),
                owner: node,
                ..cursor
            });
            return Variant {
                code,
                content,
                cursor,
            };
        }
        cursor.report(ProblemKind::UnknownCode {
            found: code.to_owned(),
            allowed: allowed(),
        });
        let quiet = Cursor {
            node: None,
            quiet: true,
            ..cursor
        };
        Self::placeholder(quiet, fallback)
    }

    fn placeholder(cursor: Cursor<'t, 'p, 'm>, code: &'static str) -> Self {
        let quiet = Cursor {
            node: None,
            quiet: true,
            ..cursor
        };
        Variant {
            code,
            content: Some(quiet),
            cursor: quiet,
        }
    }

    /// The content of a variant that needs one; the bare-code form has none to give.
    fn content(&self) -> Cursor<'t, 'p, 'm> {
        match self.content {
            Some(content) => content,
            None => self.cursor.wrong(Shape::Object),
        }
    }
}

impl<'de, 't, 'p, 'm> EnumAccess<'de> for Variant<'t, 'p, 'm> {
    type Error = Fault;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Fault> {
        let code: StrDeserializer<'_, Fault> = self.code.into_deserializer();
        let value = seed.deserialize(code)?;
        Ok((value, self))
    }
}

impl<'de> VariantAccess<'de> for Variant<'_, '_, '_> {
    type Error = Fault;

    fn unit_variant(self) -> Result<(), Fault> {
        match self.content {
            None => Ok(()),
            Some(content) => <() as de::Deserialize>::deserialize(content),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Fault> {
        let content = self.content();
        content.locate(seed.deserialize(content))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, Fault> {
        self.content().deserialize_seq(v)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Fault> {
        self.content().object(Some(fields), v)
    }
}
