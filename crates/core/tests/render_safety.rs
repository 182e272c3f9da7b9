//! No text a user typed becomes markup (issue 11, item 1): a catalogue of injection strings
//! is put into every text field and every identifier of each bundled case, the reports and
//! comparisons are rendered in both languages, and the *parsed* HTML is checked for elements,
//! attributes and URLs no report writes; the Markdown must keep its structure.

use std::collections::{BTreeSet, HashMap, HashSet};

use berdaya::insight::diagnostics::Thresholds;
use berdaya::model::lang::Lang;
use berdaya::render::report::{compare, compare_html, Report, Unit};
use berdaya::{cases, Case};
use serde_json::Value;

const PAYLOADS: &[&str] = &[
    "![x](https://tracker.example/p.png)",
    "[click me](javascript:alert(document.cookie))",
    "<https://tracker.example/auto>",
    "[ref][1]\n\n[1]: https://tracker.example/r",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](vbscript:msgbox(1))",
    "&lt;img src=x onerror=alert(1)&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "[x](java&#x73;cript:alert(1))",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)",
    "| a | b |\n|---|---|",
    "# heading\n- item\n1. one",
    "**bold** _em_ `code` ~~s~~",
    "www.tracker.example and https://tracker.example/bare",
    "<svg onload=alert(1)><image href=https://tracker.example/i.png /></svg>",
    "<style>body{background:url(https://tracker.example/c)}</style>",
    "<!-- x --> ]]> <![CDATA[ y ]]>",
];

/// Whether `v` is a bilingual text object `{"id": …, "en": …}`.
fn is_text(v: &serde_json::Map<String, Value>) -> bool {
    v.len() == 2
        && v.get("id").is_some_and(Value::is_string)
        && v.get("en").is_some_and(Value::is_string)
}

/// The key a string sits under: `<text>` for bilingual text, `<item>` for the id of a
/// checklist item (a code of the standard checklist, not an identifier of the document).
fn child_key<'k>(parent: &str, key: &'k str) -> &'k str {
    if parent == "checklist" && key == "id" {
        "<item>"
    } else {
        key
    }
}

/// Every string in `v`, with the key it sits under.
fn strings<'v>(v: &'v Value, key: &str, out: &mut Vec<(String, &'v str)>) {
    match v {
        Value::String(s) => out.push((key.to_owned(), s)),
        Value::Array(a) => a.iter().for_each(|x| strings(x, key, out)),
        Value::Object(o) if is_text(o) => o.values().for_each(|x| strings(x, "<text>", out)),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, x)| strings(x, child_key(key, k), out)),
        _ => {}
    }
}

/// Replaces every string under one of `keys` by `payload`, and every identifier (a string
/// in `ids`, wherever it is referred to) by itself followed by `payload`.
fn inject(v: &mut Value, key: &str, keys: &HashSet<String>, ids: &HashSet<String>, payload: &str) {
    match v {
        Value::String(_) if key == "<item>" => {}
        Value::String(s) if ids.contains(s.as_str()) => *s = format!("{s}{payload}"),
        Value::String(s) if keys.contains(key) => *s = payload.to_owned(),
        Value::Array(a) => a
            .iter_mut()
            .for_each(|x| inject(x, key, keys, ids, payload)),
        Value::Object(o) if is_text(o) => {
            o.values_mut()
                .for_each(|x| inject(x, "<text>", keys, ids, payload));
        }
        Value::Object(o) => o
            .iter_mut()
            .for_each(|(k, x)| inject(x, child_key(key, k), keys, ids, payload)),
        _ => {}
    }
}

fn parse(v: &Value) -> Option<Case> {
    Case::from_json(&v.to_string()).ok()
}

/// The keys whose strings are free text (the document stays valid with anything in them),
/// and the identifiers (which stay valid with anything appended).
fn user_text(case: &Case) -> (HashSet<String>, HashSet<String>) {
    let doc: Value = serde_json::from_str(&case.to_json()).unwrap();
    let mut all = Vec::new();
    strings(&doc, "", &mut all);
    let probe = PAYLOADS.concat();
    let none = HashSet::new();
    let candidates: BTreeSet<&str> = all.iter().map(|(k, _)| k.as_str()).collect();
    let keys: HashSet<String> = candidates
        .into_iter()
        .filter(|k| *k != "id" && *k != "<item>")
        .filter(|k| {
            let mut d = doc.clone();
            let one = HashSet::from([(*k).to_owned()]);
            inject(&mut d, "", &one, &none, &probe);
            parse(&d).is_some()
        })
        .map(str::to_owned)
        .collect();
    // An identifier that is also a code (an activity named `monitoring`) is left as it is.
    let ids: HashSet<String> = all
        .iter()
        .filter(|(k, _)| k == "id")
        .map(|(_, s)| (*s).to_owned())
        .filter(|id| {
            let mut d = doc.clone();
            inject(&mut d, "", &none, &HashSet::from([id.clone()]), &probe);
            parse(&d).is_some()
        })
        .collect();
    (keys, ids)
}

/// A start tag: its name and attributes (name, value).
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// A small HTML tokenizer: the start tags of `html`, skipping comments, the doctype and
/// end tags. Text between tags is not a tag, so an escaped `&lt;img` is never one.
fn tags(html: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if rest.starts_with('!') || rest.starts_with('/') {
            rest = &rest[rest.find('>').map_or(rest.len(), |e| e + 1)..];
            continue;
        }
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .unwrap_or(rest.len());
        let name = rest[..name_len].to_ascii_lowercase();
        rest = &rest[name_len..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                rest = rest.get(1..).unwrap_or("");
                break;
            }
            let n = rest
                .find(|c: char| c == '=' || c == '>' || c.is_whitespace())
                .unwrap_or(rest.len());
            let attr = rest[..n].to_ascii_lowercase();
            rest = &rest[n..];
            let mut value = String::new();
            if let Some(r) = rest.strip_prefix('=') {
                let quote = r.chars().next().filter(|c| *c == '"' || *c == '\'');
                let (v, after) = match quote {
                    Some(q) => {
                        let end = r[1..].find(q).map_or(r.len(), |e| e + 1);
                        (&r[1..end], r.get(end + 1..).unwrap_or(""))
                    }
                    None => {
                        let end = r
                            .find(|c: char| c.is_whitespace() || c == '>')
                            .unwrap_or(r.len());
                        (&r[..end], &r[end..])
                    }
                };
                value = v.to_owned();
                rest = after;
            }
            attributes.push((attr, value));
        }
        out.push(Tag { name, attributes });
    }
    out
}

/// The elements a report writes, and the attributes each may carry.
fn allowed(name: &str, attribute: &str) -> bool {
    let svg = ["svg", "title", "polygon", "line", "text", "circle", "rect"];
    let html = [
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "article",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "ul",
        "ol",
        "li",
        "strong",
        "code",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "figure",
        "figcaption",
        "section",
        "dl",
        "dt",
        "dd",
        "span",
    ];
    if !(svg.contains(&name) || html.contains(&name)) {
        return false;
    }
    !(attribute.starts_with("on")
        || [
            "src",
            "srcset",
            "xlink:href",
            "action",
            "formaction",
            "background",
            "style",
        ]
        .contains(&attribute))
}

fn assert_safe_html(html: &str, what: &str) {
    let tags = tags(html);
    let ids: HashSet<&str> = tags
        .iter()
        .flat_map(|t| &t.attributes)
        .filter(|(a, _)| a == "id")
        .map(|(_, v)| v.as_str())
        .collect();
    let mut styles = 0;
    for t in &tags {
        styles += usize::from(t.name == "style");
        assert!(allowed(&t.name, ""), "{what}: element <{}>", t.name);
        for (a, v) in &t.attributes {
            assert!(allowed(&t.name, a), "{what}: <{} {a}={v:?}>", t.name);
            if a == "href" {
                assert_eq!(t.name, "a", "{what}: href on <{}>", t.name);
                let target = v
                    .strip_prefix('#')
                    .unwrap_or_else(|| panic!("{what}: href={v:?}"));
                assert!(
                    ids.contains(target),
                    "{what}: href to a missing anchor {v:?}"
                );
                assert!(target
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-'));
            }
            if a == "id" {
                assert!(
                    v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                    "{what}: id={v:?}"
                );
            }
            if t.name == "meta" && a == "content" {
                assert!(!v.contains("tracker"), "{what}: meta content {v:?}");
            }
        }
    }
    assert!(styles <= 1, "{what}: {styles} style elements");
    assert!(
        !html.contains("<img") && !html.contains("<script"),
        "{what}"
    );
}

/// Each Markdown table keeps one column count, and user text forms no link or raw HTML.
fn assert_markdown_structure(md: &str, what: &str) {
    let unescaped = |line: &str, ch: char| {
        let mut n = 0;
        let mut escaped = false;
        for c in line.chars() {
            if c == ch && !escaped {
                n += 1;
            }
            escaped = c == '\\' && !escaped;
        }
        n
    };
    let mut width = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let cells = unescaped(line, '|');
            assert_eq!(*width.get_or_insert(cells), cells, "{what}: {line}");
        } else {
            width = None;
        }
        assert_eq!(unescaped(line, '<'), 0, "{what}: raw HTML in {line}");
        assert_eq!(
            unescaped(line, '['),
            0,
            "{what}: a link could open in {line}"
        );
        let opened = line.trim_start_matches(['#', ' ']);
        for start in ["heading", "- item", "1. one"] {
            assert!(
                !opened.starts_with(start),
                "{what}: user text opened {line}"
            );
        }
        assert!(!line.contains("://"), "{what}: bare URL in {line}");
    }
}

#[test]
fn no_user_text_becomes_markup_in_any_report() {
    let t = Thresholds::default();
    for original in cases::all().unwrap() {
        let (keys, ids) = user_text(&original);
        for must in ["<text>", "name", "text", "role", "citation"] {
            assert!(
                keys.contains(must) || original.id != "p2k2-karawaci",
                "{must} walked"
            );
        }
        let doc: Value = serde_json::from_str(&original.to_json()).unwrap();
        for payload in PAYLOADS {
            let mut d = doc.clone();
            inject(&mut d, "", &keys, &ids, payload);
            let case = parse(&d).unwrap_or_else(|| panic!("{}: {payload:?} refused", original.id));
            let report = Report::new(&case, &t);
            for lang in Lang::ALL {
                let what = format!("{} {lang} {payload:?}", original.id);
                assert_safe_html(&report.html(lang), &what);
                assert_markdown_structure(&report.markdown(lang), &what);
                let units = Unit::processes(&case);
                assert_safe_html(&compare_html(&units, &t, lang), &what);
                assert_markdown_structure(&compare(&units, &t, lang), &what);
            }
        }
    }
}

#[test]
fn the_catalogue_reaches_the_report() {
    // Guard against a walk that injects nothing: the payload's words are in the output,
    // escaped, wherever a title or a name is shown.
    let original = cases::load("wrse-junrejo").unwrap();
    let (keys, ids) = user_text(&original);
    let mut d: Value = serde_json::from_str(&original.to_json()).unwrap();
    inject(&mut d, "", &keys, &ids, "<img src=x onerror=alert(1)>");
    let case = parse(&d).unwrap();
    let html = Report::new(&case, &Thresholds::default()).html(Lang::En);
    let shown = html.matches("&lt;img src=x onerror=alert(1)&gt;").count();
    assert!(shown > 10, "{shown}");
    let counts: HashMap<&str, usize> = HashMap::from([("img", html.matches("<img").count())]);
    assert_eq!(counts["img"], 0);
}
