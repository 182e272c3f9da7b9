//! Writes a [`doc`](crate::render::doc) tree as Markdown (CommonMark with GFM tables).
//!
//! Text is escaped here, where it lands: every character Markdown could read as syntax
//! (`\ ` * _ [ ] < > # | ~ & @`, a leading `1.` or `-`, the `/` of `://` and the `.` of
//! `www.`) is backslash-escaped and line
//! breaks become spaces, so a name like `![x](https://…)` or `a | b` stays literal text and
//! cannot add a link, an image, a heading or a table cell. Charts are not drawn in Markdown,
//! and neither is their caption.

use crate::render::doc::{Block, Inline, Item, Line, Note, SignOffBlock, Table};

/// Escapes `s` so that Markdown shows it as literal text on one line.
///
/// # Examples
///
/// ```
/// use berdaya::render::markdown::{escape, escape_line_start};
/// assert_eq!(escape("a | b"), "a \\| b");
/// assert_eq!(escape("![x](http://e)"), "!\\[x\\](http:\\//e)");
/// assert_eq!(escape("see www.e.org"), "see www\\.e.org");
/// assert_eq!(escape("7. Terminasi"), "7. Terminasi");
/// assert_eq!(escape_line_start("1. first"), "1\\. first");
/// ```
pub fn escape(s: &str) -> String {
    escape_text(s, false)
}

/// Escapes `s` like [`escape`], for text that opens a line (a paragraph or a list item),
/// where a leading `-`, `+`, `=` or `1.` would start a list or a rule.
///
/// # Examples
///
/// ```
/// use berdaya::render::markdown::{escape, escape_line_start};
/// assert_eq!(escape_line_start("- bukan daftar"), "\\- bukan daftar");
/// assert_eq!(escape_line_start("2025. Tahun pelaksanaan"), "2025\\. Tahun pelaksanaan");
/// // In the middle of a line the same text needs no escape.
/// assert_eq!(escape("- bukan daftar"), "- bukan daftar");
/// ```
pub fn escape_line_start(s: &str) -> String {
    escape_text(s, true)
}

fn escape_text(s: &str, line_start: bool) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut leading_digits = true;
    let mut previous = ' ';
    for (i, ch) in s.chars().enumerate() {
        let ch = if ch == '\n' || ch == '\r' { ' ' } else { ch };
        let special = matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '@'
        );
        // A text that opens a line must not open a list, a quote or a rule.
        let opener = line_start && i == 0 && matches!(ch, '-' | '+' | '=');
        let numbered = line_start && leading_digits && i > 0 && matches!(ch, '.' | ')');
        // Bare URLs (`https://…`, `www.…`) must not become links in GFM renderers.
        let url = (ch == '/' && previous == ':') || (ch == '.' && ends_with_www(&out));
        if special || opener || numbered || url {
            out.push('\\');
        }
        out.push(ch);
        leading_digits = leading_digits && ch.is_ascii_digit();
        previous = ch;
    }
    out
}

/// Whether `out` ends with the word `www` (any case).
fn ends_with_www(out: &str) -> bool {
    let tail: Vec<char> = out.chars().rev().take(4).collect();
    let www = tail.iter().take(3).all(|c| c.eq_ignore_ascii_case(&'w'));
    www && tail.len() >= 3 && tail.get(3).is_none_or(|c| !c.is_alphanumeric())
}

fn inline(out: &mut String, runs: &[Inline]) {
    for run in runs {
        match run {
            Inline::Text(s) => out.push_str(&escape(s)),
            Inline::Strong(inner) => {
                out.push_str("**");
                inline(out, inner);
                out.push_str("**");
            }
            // A code span only for plain machine codes: a `|` in one would still cut a cell.
            Inline::Code(s) if is_plain_code(s) => {
                out.push('`');
                out.push_str(s);
                out.push('`');
            }
            Inline::Code(s) => out.push_str(&escape(s)),
            Inline::Ref(anchor) => {
                out.push_str(&format!("\\[{}\\]", anchor.number()));
            }
        }
    }
}

/// Whether `s` is a plain machine code (letters, digits, `-_./`), safe in a code span.
fn is_plain_code(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
}

fn line(runs: &Line) -> String {
    let mut out = String::new();
    inline(&mut out, runs);
    out
}

/// A line that opens a block: its first text must not read as a list marker.
fn opening(runs: &Line) -> String {
    match runs.split_first() {
        Some((Inline::Text(first), rest)) => {
            let mut out = escape_line_start(first);
            inline(&mut out, rest);
            out
        }
        _ => line(runs),
    }
}

fn list(out: &mut String, items: &[Item], depth: usize) {
    for item in items {
        out.push_str(&"  ".repeat(depth));
        out.push_str("- ");
        out.push_str(&opening(&item.line));
        out.push('\n');
        list(out, &item.children, depth + 1);
    }
}

fn table(out: &mut String, t: &Table) {
    let width = t.head.len().max(1);
    let row = |out: &mut String, cells: &[Line]| {
        out.push('|');
        for i in 0..width {
            let cell = cells.get(i).map(line).unwrap_or_default();
            out.push(' ');
            out.push_str(&cell);
            out.push_str(" |");
        }
        out.push('\n');
    };
    row(out, &t.head);
    out.push('|');
    out.push_str(&"---|".repeat(width));
    out.push('\n');
    for r in &t.rows {
        row(out, r);
    }
}

fn notes(out: &mut String, notes: &[Note]) {
    for n in notes {
        out.push_str(&format!("{}. {}\n", n.anchor.number(), line(&n.line)));
    }
}

fn sign_off(out: &mut String, s: &SignOffBlock) {
    out.push_str(&format!("### {}\n\n", escape(&s.heading)));
    for (label, value) in &s.fields {
        let value = value
            .as_deref()
            .map_or_else(|| "______________________".to_owned(), escape);
        out.push_str(&format!("- {}: {value}\n", escape(label)));
    }
}

/// Writes `blocks` as Markdown, one blank line between blocks.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{text, Block, Item};
/// use berdaya::render::markdown::write;
/// let blocks = [
///     Block::heading(2, "Temuan"),
///     Block::List(vec![Item::new(text("Alat *tidak* ada"))]),
/// ];
/// assert_eq!(write(&blocks), "## Temuan\n\n- Alat \\*tidak\\* ada\n\n");
/// ```
pub fn write(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        let before = out.len();
        match block {
            Block::Heading { level, line: l } => {
                let level = usize::from((*level).clamp(1, 6));
                out.push_str(&format!("{} {}\n", "#".repeat(level), line(l)));
            }
            Block::Paragraph(l) => {
                out.push_str(&opening(l));
                out.push('\n');
            }
            Block::List(items) => list(&mut out, items, 0),
            Block::Table(t) => table(&mut out, t),
            // A chart has no Markdown form; its caption would announce nothing.
            Block::Chart { .. } => {}
            Block::Notes(n) => notes(&mut out, n),
            Block::SignOff(s) => sign_off(&mut out, s),
        }
        if out.len() > before {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::doc::{text, Table};

    #[test]
    fn user_text_cannot_add_structure() {
        assert_eq!(escape("# title"), "\\# title");
        assert_eq!(escape_line_start("- item"), "\\- item");
        assert_eq!(escape("- item"), "- item");
        assert_eq!(escape("a\nb"), "a b");
        assert_eq!(escape("<script>"), "\\<script\\>");
        assert_eq!(escape_line_start("12) x"), "12\\) x");
        assert_eq!(escape_line_start("3.42 is fine"), "3\\.42 is fine");
        assert_eq!(escape_line_start("x 3.42"), "x 3.42");
        let items = [Item::new(text("1. a")), Item::new(text("+ b"))];
        assert_eq!(
            write(&[Block::List(items.to_vec())]),
            "- 1\\. a\n- \\+ b\n\n"
        );
        let t = Table {
            head: vec![text("a"), text("b")],
            rows: vec![vec![text("x | y"), text("z\n| w |")], vec![text("only")]],
        };
        let md = write(&[Block::Table(t)]);
        for l in md.lines().filter(|l| !l.is_empty()) {
            let cells = l.replace("\\|", "").matches('|').count();
            assert_eq!(cells, 3, "{l}");
        }
    }
}
