//! Which JSON pointers name something in a document, answered without building the document's
//! JSON tree.
//!
//! `serde_json::to_value(case)` followed by one `pointer` look-up per path gives the answer
//! too, but it copies the whole document into a tree first: for a large case that copy cost
//! more than every other check together (and raised the peak memory). Here the case's own
//! `Serialize` impl is walked once by a serializer that descends only into the members some
//! pointer passes through; every other member is skipped at the cost of being counted. The
//! answers are those of `serde_json::Value::pointer` on `to_value` of the same value (the
//! tests check it against serde_json itself).

// On WebAssembly the walk reads the JSON text instead (`existing_via_json`); the probe is
// kept, and tested, for the native builds.
#![cfg_attr(target_arch = "wasm32", allow(dead_code))]

use std::collections::HashMap;
use std::fmt::Display;

use serde::ser::{self, Impossible, Serialize};

/// For each pointer, whether it names a value in `value` serialised as JSON.
///
/// A pointer names something when it is empty (the whole value) or when each of its
/// `/`-separated tokens (with `~1` read as `/` and `~0` as `~`) is a member of the object, or
/// an index (no sign, no leading zero) into the array, reached so far. Cost: one pass over the
/// members of the objects and arrays the pointers go through, plus the pointers' length.
pub(crate) fn existing<T: Serialize + ?Sized>(value: &T, pointers: &[&str]) -> Vec<bool> {
    let (tokens, mut found, active) = start(pointers);
    if !active.is_empty() {
        let probe = Probe {
            tokens: &tokens,
            found: &mut found,
            active,
            depth: 0,
        };
        // A value that cannot be serialised names nothing (as `to_value` failing would).
        if value.serialize(probe).is_err() {
            found.iter_mut().for_each(|f| *f = false);
        }
    }
    found
}

/// The same answers as [`existing`], read from `value`'s JSON text as serde_json writes it
/// instead of from a walk of its `Serialize` impl by a serializer of its own.
///
/// On WebAssembly the module already carries serde_json's serializer of the case (every result
/// crosses to JavaScript as JSON text), so this reader of the text costs a few KB where the
/// probe's second serializer of every type of the document cost 76 KB (docs/wasm-size.md).
/// The text is written only when some pointer has to be looked up, and only the members some
/// pointer passes through are read; every other value is skipped over. Cost: the text's length
/// plus the pointers'.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn existing_via_json<T: Serialize + ?Sized>(value: &T, pointers: &[&str]) -> Vec<bool> {
    let (tokens, mut found, active) = start(pointers);
    if !active.is_empty() {
        // A value that cannot be serialised names nothing (as `to_value` failing would); nor
        // does text this reader cannot follow (serde_json never writes any).
        let read = serde_json::to_string(value).ok().and_then(|json| {
            let mut text = JsonText {
                json: &json,
                at: 0,
                tokens: &tokens,
                found: &mut found,
            };
            text.value(active, 0)?;
            Some(())
        });
        if read.is_none() {
            found.iter_mut().for_each(|f| *f = false);
        }
    }
    found
}

/// Both lookups' start: each pointer's tokens (`None` for a text without a leading `/`,
/// which names nothing), whether it is found at the root (the empty pointer names the whole
/// value), and the pointers still to follow.
#[allow(clippy::type_complexity)]
fn start(pointers: &[&str]) -> (Vec<Option<Vec<String>>>, Vec<bool>, Vec<usize>) {
    let tokens: Vec<Option<Vec<String>>> = pointers.iter().map(|p| tokens(p)).collect();
    let found = tokens
        .iter()
        .map(|t| t.as_ref().is_some_and(Vec::is_empty))
        .collect();
    let active = (0..tokens.len())
        .zip(&tokens)
        .filter(|(_, t)| t.as_ref().is_some_and(|t| !t.is_empty()))
        .map(|(i, _)| i)
        .collect();
    (tokens, found, active)
}

/// A walk over JSON text for [`existing_via_json`]: where it is and what it has found.
struct JsonText<'t> {
    json: &'t str,
    at: usize,
    tokens: &'t [Option<Vec<String>>],
    found: &'t mut [bool],
}

impl<'t> JsonText<'t> {
    fn peek(&self) -> Option<u8> {
        self.json.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn token(&self, pointer: usize, depth: usize) -> Option<&'t str> {
        let tokens: &'t [Option<Vec<String>>] = self.tokens;
        tokens
            .get(pointer)?
            .as_ref()?
            .get(depth)
            .map(String::as_str)
    }

    /// The value here, reached by `active` pointers (none ending here) at `depth` tokens.
    fn value(&mut self, active: Vec<usize>, depth: usize) -> Option<()> {
        self.skip_space();
        let open = self.peek()?;
        if !matches!(open, b'{' | b'[') {
            return self.skip_value();
        }
        // Which pointers go through each member, by the member's token. An array's element
        // `i` is the token `i` written in decimal: exactly the tokens `index` accepts (no
        // sign, no leading zero), so one table serves both.
        let mut next: HashMap<&str, Vec<usize>> = HashMap::new();
        for &p in &active {
            if let Some(t) = self.token(p, depth) {
                next.entry(t).or_default().push(p);
            }
        }
        self.at += 1;
        if open == b'{' {
            self.members(b'}', |text| {
                let key = text.string()?;
                text.skip_space();
                (text.peek()? == b':').then_some(())?;
                text.at += 1;
                match next.remove(key.as_str()) {
                    Some(pointers) => text.member(pointers, depth + 1),
                    None => text.skip_value(),
                }
            })
        } else {
            let mut position = 0usize;
            self.members(b']', |text| {
                let i = position.to_string();
                position += 1;
                match next.remove(i.as_str()) {
                    Some(pointers) => text.member(pointers, depth + 1),
                    None => text.skip_value(),
                }
            })
        }
    }

    /// The members of an object or array (just past its opening bracket), each read by `one`,
    /// up to and past `close`.
    fn members(&mut self, close: u8, mut one: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.skip_space();
        if self.peek()? == close {
            self.at += 1;
            return Some(());
        }
        loop {
            self.skip_space();
            one(self)?;
            self.skip_space();
            match self.peek()? {
                b',' => self.at += 1,
                b if b == close => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// One member reached by `pointers`: those that end here are found, the others go on
    /// into its value.
    fn member(&mut self, pointers: Vec<usize>, depth: usize) -> Option<()> {
        let active = settle(self.tokens, &mut *self.found, pointers, depth);
        if active.is_empty() {
            self.skip_value()
        } else {
            self.value(active, depth)
        }
    }

    /// Past one value, reading nothing of it.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_space();
        match self.peek()? {
            b'"' => {
                self.skip_string()?;
            }
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.at += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.at += 1;
                }
            }
            _ => {
                // A number, `true`, `false` or `null`: up to what ends it.
                let start = self.at;
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
                ) {
                    self.at += 1;
                }
                (self.at > start).then_some(())?;
            }
        }
        Some(())
    }

    /// Past a string (at its opening quote); its raw text between the quotes.
    fn skip_string(&mut self) -> Option<&'t str> {
        let bytes = self.json.as_bytes();
        (bytes.get(self.at) == Some(&b'"')).then_some(())?;
        let start = self.at + 1;
        let mut i = start;
        loop {
            match bytes.get(i)? {
                b'\\' => i += 2,
                b'"' => break,
                _ => i += 1,
            }
        }
        self.at = i + 1;
        self.json.get(start..i)
    }

    /// A string (at its opening quote), its escapes read.
    fn string(&mut self) -> Option<String> {
        let raw = self.skip_string()?;
        if !raw.contains('\\') {
            return Some(raw.to_owned());
        }
        let mut out = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            out.push(match chars.next()? {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => {
                    let hex = |chars: &mut std::str::Chars<'_>| -> Option<u32> {
                        let digits = chars.as_str().get(..4)?;
                        let v = u32::from_str_radix(digits, 16).ok()?;
                        chars.nth(3)?;
                        Some(v)
                    };
                    let first = hex(&mut chars)?;
                    if (0xD800..0xDC00).contains(&first) {
                        (chars.next()? == '\\' && chars.next()? == 'u').then_some(())?;
                        let second = hex(&mut chars)?;
                        (0xDC00..0xE000).contains(&second).then_some(())?;
                        char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))?
                    } else {
                        char::from_u32(first)?
                    }
                }
                _ => return None,
            });
        }
        Some(out)
    }
}

/// A pointer's tokens, or `None` when it is not a pointer (not empty, no leading `/`).
fn tokens(pointer: &str) -> Option<Vec<String>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    let rest = pointer.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

/// An array index as JSON Pointer (and serde_json) reads one.
fn index(token: &str) -> Option<usize> {
    if token.starts_with('+') || (token.starts_with('0') && token.len() != 1) {
        return None;
    }
    token.parse().ok()
}

/// The walk's error: only a value that cannot be serialised raises one.
#[derive(Debug)]
pub(crate) struct Unserialisable(String);

impl Display for Unserialisable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unserialisable {}

impl ser::Error for Unserialisable {
    fn custom<M: Display>(msg: M) -> Self {
        Unserialisable(msg.to_string())
    }
}

/// One step down the pointers that reached a value at `depth`: those that end here are
/// marked found, the rest are returned to go on into the value. (The text lookup and the
/// probe both take this step.)
fn settle(
    tokens: &[Option<Vec<String>>],
    found: &mut [bool],
    pointers: Vec<usize>,
    depth: usize,
) -> Vec<usize> {
    let mut active = Vec::with_capacity(pointers.len());
    for p in pointers {
        let len = tokens.get(p).and_then(Option::as_ref).map_or(0, Vec::len);
        if len == depth {
            if let Some(f) = found.get_mut(p) {
                *f = true;
            }
        } else {
            active.push(p);
        }
    }
    active
}

/// One node of the walk: the pointers that reached it (`active`, none of them ending here)
/// and how deep it is.
struct Probe<'w> {
    tokens: &'w [Option<Vec<String>>],
    found: &'w mut [bool],
    active: Vec<usize>,
    depth: usize,
}

impl<'w> Probe<'w> {
    fn token(&self, pointer: usize) -> Option<&'w str> {
        let tokens: &'w [Option<Vec<String>>] = self.tokens;
        tokens
            .get(pointer)?
            .as_ref()?
            .get(self.depth)
            .map(String::as_str)
    }

    /// The members of an object: which active pointers go through each name.
    fn object(self) -> Members<'w, String> {
        let mut next: HashMap<String, Vec<usize>> = HashMap::new();
        for &p in &self.active {
            if let Some(t) = self.token(p) {
                next.entry(t.to_owned()).or_default().push(p);
            }
        }
        Members::new(self, next)
    }

    /// The elements of an array: which active pointers go through each index.
    fn array(self) -> Members<'w, usize> {
        let mut next: HashMap<usize, Vec<usize>> = HashMap::new();
        for &p in &self.active {
            if let Some(i) = self.token(p).and_then(index) {
                next.entry(i).or_default().push(p);
            }
        }
        Members::new(self, next)
    }

    /// An object of one member, `variant` (serde_json's form of an enum variant with data).
    fn variant<V: Serialize + ?Sized>(
        self,
        variant: &str,
        value: &V,
    ) -> Result<(), Unserialisable> {
        let mut members = self.object();
        members.member(variant, value)
    }
}

/// A node's members being walked: each member some pointer goes through is walked in turn.
struct Members<'w, K> {
    tokens: &'w [Option<Vec<String>>],
    found: &'w mut [bool],
    depth: usize,
    next: HashMap<K, Vec<usize>>,
    /// The next array index, or the pending map key.
    position: usize,
    key: Option<String>,
}

impl<'w, K> Members<'w, K> {
    fn new(probe: Probe<'w>, next: HashMap<K, Vec<usize>>) -> Self {
        Members {
            tokens: probe.tokens,
            found: probe.found,
            depth: probe.depth + 1,
            next,
            position: 0,
            key: None,
        }
    }

    /// Walks one member reached by `pointers`: those that end here are found, the others
    /// go on into the member's value.
    fn walk<V: Serialize + ?Sized>(
        &mut self,
        pointers: Vec<usize>,
        value: &V,
    ) -> Result<(), Unserialisable> {
        let active = settle(self.tokens, &mut *self.found, pointers, self.depth);
        if active.is_empty() {
            return Ok(());
        }
        value.serialize(Probe {
            tokens: self.tokens,
            found: &mut *self.found,
            active,
            depth: self.depth,
        })
    }
}

impl<'w> Members<'w, String> {
    fn member<V: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &V,
    ) -> Result<(), Unserialisable> {
        match self.next.remove(name) {
            Some(pointers) => self.walk(pointers, value),
            None => Ok(()),
        }
    }
}

impl<'w> Members<'w, usize> {
    fn element<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), Unserialisable> {
        let i = self.position;
        self.position += 1;
        match self.next.remove(&i) {
            Some(pointers) => self.walk(pointers, value),
            None => Ok(()),
        }
    }
}

impl<'w> ser::Serializer for Probe<'w> {
    type Ok = ();
    type Error = Unserialisable;
    type SerializeSeq = Members<'w, usize>;
    type SerializeTuple = Members<'w, usize>;
    type SerializeTupleStruct = Members<'w, usize>;
    type SerializeTupleVariant = Variant<'w>;
    type SerializeMap = Members<'w, String>;
    type SerializeStruct = Members<'w, String>;
    type SerializeStructVariant = Variant<'w>;

    // Scalars (and null) have no members: no pointer that reached them goes further.
    fn serialize_bool(self, _: bool) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_char(self, _: char) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_str(self, _: &str) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unserialisable> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), Unserialisable> {
        Ok(())
    }

    /// serde_json writes bytes as an array of numbers.
    fn serialize_bytes(self, bytes: &[u8]) -> Result<(), Unserialisable> {
        let mut elements = self.array();
        for b in bytes {
            elements.element(b)?;
        }
        Ok(())
    }

    fn serialize_some<V: Serialize + ?Sized>(self, value: &V) -> Result<(), Unserialisable> {
        value.serialize(self)
    }
    fn serialize_newtype_struct<V: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &V,
    ) -> Result<(), Unserialisable> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<V: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &V,
    ) -> Result<(), Unserialisable> {
        self.variant(variant, value)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Members<'w, usize>, Unserialisable> {
        Ok(self.array())
    }
    fn serialize_tuple(self, _: usize) -> Result<Members<'w, usize>, Unserialisable> {
        Ok(self.array())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Members<'w, usize>, Unserialisable> {
        Ok(self.array())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'w>, Unserialisable> {
        Variant::new(self, variant, false)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Members<'w, String>, Unserialisable> {
        Ok(self.object())
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Members<'w, String>, Unserialisable> {
        Ok(self.object())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'w>, Unserialisable> {
        Variant::new(self, variant, true)
    }
}

impl ser::SerializeSeq for Members<'_, usize> {
    type Ok = ();
    type Error = Unserialisable;
    fn serialize_element<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), Self::Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unserialisable> {
        Ok(())
    }
}

impl ser::SerializeTuple for Members<'_, usize> {
    type Ok = ();
    type Error = Unserialisable;
    fn serialize_element<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), Self::Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unserialisable> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Members<'_, usize> {
    type Ok = ();
    type Error = Unserialisable;
    fn serialize_field<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), Self::Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Unserialisable> {
        Ok(())
    }
}

impl ser::SerializeStruct for Members<'_, String> {
    type Ok = ();
    type Error = Unserialisable;
    fn serialize_field<V: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &V,
    ) -> Result<(), Self::Error> {
        self.member(name, value)
    }
    fn end(self) -> Result<(), Unserialisable> {
        Ok(())
    }
}

impl ser::SerializeMap for Members<'_, String> {
    type Ok = ();
    type Error = Unserialisable;
    fn serialize_key<V: Serialize + ?Sized>(&mut self, key: &V) -> Result<(), Self::Error> {
        self.key = Some(key.serialize(Key)?);
        Ok(())
    }
    fn serialize_value<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), Self::Error> {
        match self.key.take() {
            Some(key) => self.member(&key, value),
            None => Err(ser::Error::custom("a map value without its key")),
        }
    }
    fn end(self) -> Result<(), Unserialisable> {
        Ok(())
    }
}

/// An enum variant with data: serde_json's `{"variant": [...]}` or `{"variant": {...}}`.
/// Its inner members are walked with the pointers that went through the variant's name.
pub(crate) struct Variant<'w> {
    inner: Option<Members<'w, usize>>,
    fields: Option<Members<'w, String>>,
}

impl<'w> Variant<'w> {
    fn new(probe: Probe<'w>, variant: &str, fields: bool) -> Result<Self, Unserialisable> {
        let mut outer = probe.object();
        let Some(pointers) = outer.next.remove(variant) else {
            return Ok(Variant {
                inner: None,
                fields: None,
            });
        };
        let depth = outer.depth;
        let active = settle(outer.tokens, &mut *outer.found, pointers, depth);
        let probe = Probe {
            tokens: outer.tokens,
            found: outer.found,
            active,
            depth,
        };
        Ok(if fields {
            Variant {
                inner: None,
                fields: Some(probe.object()),
            }
        } else {
            Variant {
                inner: Some(probe.array()),
                fields: None,
            }
        })
    }
}

impl ser::SerializeTupleVariant for Variant<'_> {
    type Ok = ();
    type Error = Unserialisable;
    fn serialize_field<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), Self::Error> {
        match &mut self.inner {
            Some(elements) => elements.element(value),
            None => Ok(()),
        }
    }
    fn end(self) -> Result<(), Unserialisable> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for Variant<'_> {
    type Ok = ();
    type Error = Unserialisable;
    fn serialize_field<V: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &V,
    ) -> Result<(), Self::Error> {
        match &mut self.fields {
            Some(members) => members.member(name, value),
            None => Ok(()),
        }
    }
    fn end(self) -> Result<(), Unserialisable> {
        Ok(())
    }
}

/// A map key as serde_json writes it into an object: strings, and numbers, booleans and
/// unit variants as their text.
struct Key;

impl ser::Serializer for Key {
    type Ok = String;
    type Error = Unserialisable;
    type SerializeSeq = Impossible<String, Unserialisable>;
    type SerializeTuple = Impossible<String, Unserialisable>;
    type SerializeTupleStruct = Impossible<String, Unserialisable>;
    type SerializeTupleVariant = Impossible<String, Unserialisable>;
    type SerializeMap = Impossible<String, Unserialisable>;
    type SerializeStruct = Impossible<String, Unserialisable>;
    type SerializeStructVariant = Impossible<String, Unserialisable>;

    fn serialize_bool(self, v: bool) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_i8(self, v: i8) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_f32(self, _: f32) -> Result<String, Unserialisable> {
        Err(ser::Error::custom("a float as a map key"))
    }
    fn serialize_f64(self, _: f64) -> Result<String, Unserialisable> {
        Err(ser::Error::custom("a float as a map key"))
    }
    fn serialize_char(self, v: char) -> Result<String, Unserialisable> {
        Ok(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<String, Unserialisable> {
        Ok(v.to_owned())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Unserialisable> {
        Err(ser::Error::custom("bytes as a map key"))
    }
    fn serialize_none(self) -> Result<String, Unserialisable> {
        Err(ser::Error::custom("null as a map key"))
    }
    fn serialize_some<V: Serialize + ?Sized>(self, _: &V) -> Result<String, Unserialisable> {
        Err(ser::Error::custom("an option as a map key"))
    }
    fn serialize_unit(self) -> Result<String, Unserialisable> {
        Err(ser::Error::custom("null as a map key"))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Unserialisable> {
        Err(ser::Error::custom("null as a map key"))
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, Unserialisable> {
        Ok(variant.to_owned())
    }
    fn serialize_newtype_struct<V: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &V,
    ) -> Result<String, Unserialisable> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<V: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &V,
    ) -> Result<String, Unserialisable> {
        Err(ser::Error::custom("a variant with data as a map key"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unserialisable> {
        Err(ser::Error::custom("an array as a map key"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unserialisable> {
        Err(ser::Error::custom("an array as a map key"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unserialisable> {
        Err(ser::Error::custom("an array as a map key"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unserialisable> {
        Err(ser::Error::custom("an array as a map key"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unserialisable> {
        Err(ser::Error::custom("an object as a map key"))
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Unserialisable> {
        Err(ser::Error::custom("an object as a map key"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unserialisable> {
        Err(ser::Error::custom("an object as a map key"))
    }
}

#[cfg(test)]
mod tests {
    use super::{existing, existing_via_json};
    use serde_json::{json, Value};

    /// Every path of a JSON tree (`""` for the root), the oracle's side of the comparison.
    fn paths(value: &Value, prefix: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let token = k.replace('~', "~0").replace('/', "~1");
                    paths(v, format!("{prefix}/{token}"), out);
                }
            }
            Value::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    paths(v, format!("{prefix}/{i}"), out);
                }
            }
            _ => {}
        }
        out.push(prefix);
    }

    /// Pointers near the real ones that name nothing, or something else: a member past the
    /// end, a misspelt name, an index with a sign or a leading zero, one token too many.
    fn near_misses(real: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        for p in real {
            out.push(format!("{p}/x"));
            out.push(format!("{p}/0"));
            out.push(format!("{p}x"));
            out.push(format!("{p}/999999"));
            if let Some((head, last)) = p.rsplit_once('/') {
                if let Ok(i) = last.parse::<usize>() {
                    out.push(format!("{head}/+{i}"));
                    out.push(format!("{head}/0{i}"));
                    out.push(format!("{head}/{}", i + 1));
                }
            }
        }
        out.extend(["no-slash".to_owned(), "/".to_owned(), "//".to_owned()]);
        out
    }

    /// The probe against serde_json's own answer (`to_value` then `pointer`), on `value`.
    fn agrees_with_serde_json<T: serde::Serialize>(value: &T) {
        let tree = serde_json::to_value(value).unwrap();
        let mut real = Vec::new();
        paths(&tree, String::new(), &mut real);
        let mut pointers = real.clone();
        pointers.extend(near_misses(&real));
        let refs: Vec<&str> = pointers.iter().map(String::as_str).collect();
        let got = existing(value, &refs);
        let via_json = existing_via_json(value, &refs);
        assert_eq!(via_json.len(), refs.len());
        for ((p, got), via_json) in refs.iter().zip(got).zip(via_json) {
            assert_eq!(got, tree.pointer(p).is_some(), "pointer {p:?}");
            assert_eq!(
                via_json,
                tree.pointer(p).is_some(),
                "pointer {p:?} through JSON text"
            );
        }
    }

    #[test]
    #[cfg(feature = "bundled-cases")]
    fn every_bundled_case_agrees_with_serde_json() {
        for name in crate::cases::names() {
            let case = crate::cases::load(name).unwrap();
            agrees_with_serde_json(&case);
        }
    }

    #[derive(serde::Serialize)]
    enum Shape {
        Unit,
        New(u8),
        Pair(u8, Vec<u8>),
        Named { a: Option<u8>, b: Vec<u8> },
    }

    #[derive(serde::Serialize)]
    struct Odd {
        #[serde(rename = "a/b~c")]
        escaped: u8,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        none: Option<u8>,
        shapes: Vec<Shape>,
        map: std::collections::BTreeMap<u32, Vec<u8>>,
        tuple: (u8, (u8, u8)),
        #[serde(flatten)]
        flat: std::collections::BTreeMap<String, u8>,
    }

    #[test]
    fn serde_shapes_agree_with_serde_json() {
        let odd = Odd {
            escaped: 1,
            skipped: None,
            none: None,
            shapes: vec![
                Shape::Unit,
                Shape::New(3),
                Shape::Pair(1, vec![2, 3]),
                Shape::Named {
                    a: None,
                    b: vec![4],
                },
            ],
            map: [(7, vec![1]), (10, vec![])].into_iter().collect(),
            tuple: (1, (2, 3)),
            flat: [("extra".to_owned(), 9)].into_iter().collect(),
        };
        agrees_with_serde_json(&odd);
        agrees_with_serde_json(&json!({"": {"": [0, {"~": 1}]}, "0": [[[]]]}));
        // Names serde_json writes with escapes, and values that look like brackets.
        agrees_with_serde_json(&json!({
            "q\"b\\s\n\u{1}\u{1F600}é": [1, "]}", {"k\"": ["[{\"\\"]}],
            "a": [true, null, -1.5e3, {}, []],
            "z\\": {"y": [[], [[0]]]}
        }));
    }

    #[test]
    fn one_pass_answers_many_pointers_into_the_same_list() {
        let list: Vec<u32> = (0..1000).collect();
        let pointers: Vec<String> = (0..2000).map(|i| format!("/{i}")).collect();
        let refs: Vec<&str> = pointers.iter().map(String::as_str).collect();
        for found in [existing(&list, &refs), existing_via_json(&list, &refs)] {
            assert_eq!(found.iter().filter(|f| **f).count(), 1000);
            assert!(found[999] && !found[1000]);
        }
    }
}
