//! Writes a [`doc`](crate::render::doc) tree as HTML, and wraps it in a self-contained page.
//!
//! One escaping writer: every piece of text goes through [`escape`] at the one place it is
//! written (element text, attribute value, SVG text), and the only elements and attributes
//! ever written are the fixed ones below. Links point only at the document's own anchors,
//! which the renderer generates. The page carries a Content-Security-Policy that forbids every
//! load from anywhere (`default-src 'none'`), allowing only the inline style sheet and inline
//! images, and no script; it loads nothing from outside.

pub mod svg;
pub mod text;

pub use self::text::escape;

use crate::model::lang::Lang;
use crate::render::doc::{Block, Inline, Item, Line, Note, SignOffBlock, Table};

/// The page's Content-Security-Policy: nothing may be fetched; inline styles and `data:`
/// images (none are written today) are the only exceptions.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

fn inline(out: &mut String, runs: &[Inline]) {
    for run in runs {
        match run {
            Inline::Text(s) => out.push_str(&escape(s)),
            Inline::Strong(inner) => {
                out.push_str("<strong>");
                inline(out, inner);
                out.push_str("</strong>");
            }
            Inline::Code(s) => {
                out.push_str("<code>");
                out.push_str(&escape(s));
                out.push_str("</code>");
            }
            Inline::Ref(anchor) => {
                let id = anchor.id();
                out.push_str(&format!(
                    "<a class=\"ref\" href=\"#{}\">[{}]</a>",
                    escape(&id),
                    anchor.number()
                ));
            }
        }
    }
}

fn line(runs: &Line) -> String {
    let mut out = String::new();
    inline(&mut out, runs);
    out
}

fn list(out: &mut String, items: &[Item]) {
    out.push_str("<ul>\n");
    for item in items {
        out.push_str("<li>");
        out.push_str(&line(&item.line));
        if !item.children.is_empty() {
            out.push('\n');
            list(out, &item.children);
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

fn table(out: &mut String, t: &Table) {
    let width = t.head.len().max(1);
    out.push_str("<table>\n<thead>\n<tr>");
    for i in 0..width {
        out.push_str("<th>");
        out.push_str(&t.head.get(i).map(line).unwrap_or_default());
        out.push_str("</th>");
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for r in &t.rows {
        out.push_str("<tr>");
        for i in 0..width {
            out.push_str("<td>");
            out.push_str(&r.get(i).map(line).unwrap_or_default());
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn notes(out: &mut String, notes: &[Note]) {
    out.push_str("<ol class=\"notes\">\n");
    for n in notes {
        out.push_str(&format!(
            "<li id=\"{}\" value=\"{}\">{}</li>\n",
            escape(&n.anchor.id()),
            n.anchor.number(),
            line(&n.line)
        ));
    }
    out.push_str("</ol>\n");
}

fn sign_off(out: &mut String, s: &SignOffBlock) {
    out.push_str("<section class=\"sign-off\">\n");
    out.push_str(&format!("<h3>{}</h3>\n<dl>\n", escape(&s.heading)));
    for (label, value) in &s.fields {
        let value = value
            .as_deref()
            .map_or_else(|| "<span class=\"blank\"></span>".to_owned(), escape);
        out.push_str(&format!("<dt>{}</dt><dd>{value}</dd>\n", escape(label)));
    }
    out.push_str("</dl>\n</section>\n");
}

/// Writes `blocks` as an HTML fragment.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{text, Block};
/// use berdaya::render::html::write;
/// let blocks = [Block::heading(2, "Temuan"), Block::Paragraph(text("<img src=x>"))];
/// // User text is escaped: it cannot become an element.
/// assert_eq!(write(&blocks), "<h2>Temuan</h2>\n<p>&lt;img src=x&gt;</p>\n");
/// ```
pub fn write(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading { level, line: l } => {
                let level = (*level).clamp(1, 6);
                out.push_str(&format!("<h{level}>{}</h{level}>\n", line(l)));
            }
            Block::Paragraph(l) => out.push_str(&format!("<p>{}</p>\n", line(l))),
            Block::List(items) => list(&mut out, items),
            Block::Table(t) => table(&mut out, t),
            Block::Chart { caption, chart } => {
                out.push_str("<figure>\n");
                out.push_str(&svg::draw(chart, caption));
                out.push_str(&format!("<figcaption>{}</figcaption>\n", escape(caption)));
                out.push_str("</figure>\n");
            }
            Block::Notes(n) => notes(&mut out, n),
            Block::SignOff(s) => sign_off(&mut out, s),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2933;line-height:1.45}\
h1{color:#7b1e3a}h2{border-bottom:2px solid #7b1e3a;padding-bottom:.2rem;margin-top:2.5rem}h3{color:#7b1e3a}\
table{border-collapse:collapse;margin:.6rem 0}th,td{border:1px solid #cbd2d9;padding:.25rem .5rem;text-align:left;vertical-align:top}\
th{background:#f5e9ee}code{font-size:.85em;color:#52606d}article{margin-bottom:3rem}\
figure{margin:.6rem 0 1.2rem}figcaption{color:#52606d;font-size:.85rem}svg{display:block;max-width:100%;height:auto}\
a.ref{text-decoration:none;font-size:.85em}ol.notes li{margin-bottom:.4rem}\
.sign-off dl{display:grid;grid-template-columns:max-content 1fr;gap:1rem 1rem;max-width:36rem}.sign-off dt{font-weight:600}\
.sign-off dd{margin:0;border-bottom:1px solid #1f2933;min-height:1.6rem}\
footer{color:#7b8794;font-size:.85rem;margin-top:3rem}\
@media print{body{margin:0}h2{page-break-before:always}.sign-off{page-break-inside:avoid}}";

/// Wraps an HTML body in a self-contained page titled `title`. The body is written as given
/// (it should come from [`write()`]); the title is escaped and shown as the `<title>` only —
/// the body carries the visible heading, so it is printed once.
///
/// # Examples
///
/// ```
/// use berdaya::render::html::{page, CONTENT_SECURITY_POLICY};
/// use berdaya::Lang;
/// let html = page(Lang::Id, "Laporan <P2WKSS>", "<h1>Laporan</h1>\n");
/// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"id\">"));
/// assert!(html.contains("<title>Laporan &lt;P2WKSS&gt;</title>"));
/// assert!(html.contains(CONTENT_SECURITY_POLICY));
/// assert!(html.contains("Dibuat dengan berdaya"));
/// ```
pub fn page(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}<footer>{} {}</footer>\n</body>\n</html>\n",
        lang.code(),
        escape(title),
        escape(lang.pick("Dibuat dengan berdaya", "Made with berdaya")),
        crate::VERSION
    )
}
