//! A small element tree read with quick-xml's namespace-aware reader: element names resolved
//! to (namespace, local name), attributes unescaped, text with entities resolved, and each
//! element's [`Location`]. The tree is built without recursion and its depth is bounded.

use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use super::error::{ExchangeError, Location};

/// Elements nest at most this deep (REFI-QDA codebooks nest codes; 256 is ample).
pub(crate) const DEPTH_MAX: usize = 256;

/// One element.
#[derive(Clone, Debug, Default)]
pub(crate) struct Element {
    pub namespace: Option<String>,
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Element>,
    pub text: String,
    pub location: Location,
}

impl Element {
    /// The attribute's value.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The attribute's value, or the error naming it.
    pub fn required(&self, name: &'static str) -> Result<&str, ExchangeError> {
        self.attribute(name)
            .ok_or_else(|| ExchangeError::MissingAttribute {
                attribute: name,
                location: self.location.clone(),
            })
    }
}

/// Line and column of byte offsets, counted forward once.
struct Lines<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
    line_start: usize,
}

impl Lines<'_> {
    fn at(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        if offset >= self.offset {
            for (i, b) in self
                .text
                .as_bytes()
                .iter()
                .enumerate()
                .take(offset)
                .skip(self.offset)
            {
                if *b == b'\n' {
                    self.line += 1;
                    self.line_start = i + 1;
                }
            }
            self.offset = offset;
        }
        let column = self
            .text
            .get(self.line_start..offset)
            .map_or(0, |s| s.chars().count());
        (self.line, column + 1)
    }
}

/// Parses `text` into its root element.
pub(crate) fn parse(text: &str) -> Result<Element, ExchangeError> {
    let mut reader = NsReader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut lines = Lines {
        text,
        offset: 0,
        line: 1,
        line_start: 0,
    };
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_resolved_event().map(|(ns, e)| {
            let ns = match ns {
                ResolveResult::Bound(n) => Some(n.as_ref().to_owned()),
                _ => None,
            };
            (ns, e.into_owned())
        });
        let (ns, event) = match event {
            Ok(x) => x,
            Err(e) => {
                let at = usize::try_from(reader.error_position()).unwrap_or(before);
                return Err(xml_error(e.to_string(), &stack, lines.at(at)));
            }
        };
        match event {
            Event::Start(ref s) | Event::Empty(ref s) => {
                let (line, column) = lines.at(before);
                let element = open(s, ns, &stack, line, column)?;
                if stack.len() >= DEPTH_MAX {
                    return Err(ExchangeError::TooDeep {
                        max: DEPTH_MAX,
                        location: element.location,
                    });
                }
                if matches!(event, Event::Empty(_)) {
                    close(element, &mut stack, &mut root);
                } else {
                    stack.push(element);
                }
            }
            Event::End(_) => {
                if let Some(element) = stack.pop() {
                    close(element, &mut stack, &mut root);
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(c) => push_text(&mut stack, &c.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    Ok(None) => predefined(&r.xml10_content()).map(str::to_owned),
                    Err(_) => None,
                };
                let Some(resolved) = resolved else {
                    let message = format!("unknown entity &{};", r.xml10_content());
                    return Err(xml_error(message, &stack, lines.at(before)));
                };
                push_text(&mut stack, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !stack.is_empty() {
        return Err(xml_error(
            "unclosed element".into(),
            &stack,
            lines.at(text.len()),
        ));
    }
    root.ok_or_else(|| xml_error("no root element".into(), &stack, (1, 1)))
}

fn predefined(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => return None,
    })
}

fn xml_error(message: String, stack: &[Element], (line, column): (usize, usize)) -> ExchangeError {
    ExchangeError::Xml {
        message,
        location: Location {
            line,
            column,
            path: stack
                .last()
                .map(|e| e.location.path.clone())
                .unwrap_or_default(),
        },
    }
}

fn open(
    s: &quick_xml::events::BytesStart<'_>,
    namespace: Option<String>,
    stack: &[Element],
    line: usize,
    column: usize,
) -> Result<Element, ExchangeError> {
    let name = s.local_name().as_ref().to_owned();
    let parent = stack.last();
    let nth = parent.map_or(0, |p| p.children.iter().filter(|c| c.name == name).count()) + 1;
    let path = match parent {
        Some(p) => format!("{}/{name}[{nth}]", p.location.path),
        None => format!("/{name}"),
    };
    let location = Location { line, column, path };
    let mut attributes = Vec::new();
    for a in s.attributes() {
        let a = a.map_err(|e| ExchangeError::Xml {
            message: e.to_string(),
            location: location.clone(),
        })?;
        let key = a.key;
        if key.as_namespace_binding().is_some() {
            continue;
        }
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| ExchangeError::Xml {
                message: e.to_string(),
                location: location.clone(),
            })?;
        let local = key.local_name().as_ref().to_owned();
        attributes.push((local, value.into_owned()));
    }
    Ok(Element {
        namespace,
        name,
        attributes,
        location,
        ..Element::default()
    })
}

fn close(element: Element, stack: &mut [Element], root: &mut Option<Element>) {
    match stack.last_mut() {
        Some(parent) => parent.children.push(element),
        None => *root = Some(element),
    }
}

fn push_text(stack: &mut [Element], text: &str) {
    if let Some(e) = stack.last_mut() {
        e.text.push_str(text);
    }
}

/// Escapes text for an attribute, keeping tabs and line ends as character references (an
/// XML reader turns raw ones in attributes into spaces).
pub(crate) fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes element text: tabs and LF kept as they are, CR as a reference (a reader would
/// turn a raw CR LF into LF).
pub(crate) fn escape_text(text: &str) -> String {
    escape_attr(text)
        .replace("&#10;", "\n")
        .replace("&#9;", "\t")
}

/// Whether XML 1.0 can carry the character.
pub(crate) fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_namespaces_entities_and_locations() {
        let xml = "<?xml version=\"1.0\"?>\n<a xmlns=\"urn:x\">\n  <b k=\"1 &amp; 2\">x &lt; y &#233;</b><b/>\n</a>";
        let root = parse(xml).unwrap();
        assert_eq!(root.namespace.as_deref(), Some("urn:x"));
        let b = &root.children[0];
        assert_eq!(b.attribute("k"), Some("1 & 2"));
        assert_eq!(b.text, "x < y é");
        assert_eq!((b.location.line, b.location.column), (3, 3));
        assert_eq!(root.children[1].location.path, "/a/b[2]");
    }

    #[test]
    fn refuses_bad_xml_with_a_location() {
        let e = parse("<a>\n<b></c></a>").unwrap_err();
        assert_eq!(e.kind(), "xml");
        assert_eq!(e.location().line, 2);
        assert_eq!(parse("<a>&foo;</a>").unwrap_err().kind(), "xml");
        let deep = "<a>".repeat(DEPTH_MAX + 1);
        assert_eq!(parse(&deep).unwrap_err().kind(), "too_deep");
    }
}
