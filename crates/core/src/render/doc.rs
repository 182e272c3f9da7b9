//! The typed document every rendering is written from: blocks (headings, paragraphs, lists,
//! tables, charts, numbered notes, a sign-off) holding inline runs (text, strong text, machine
//! codes, references to the report's own notes).
//!
//! Nothing here is markup. Text a user typed is held as [`Inline::Text`] and escaped by the
//! writer for the medium it lands in ([`markdown`](crate::render::markdown) or
//! [`html`](crate::render::html)), at that one place; only anchors the renderer generates
//! itself ([`Anchor`]) ever become a link target.
#![cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))] // #19: examples still to write

use serde::Serialize;

/// An anchor inside one rendered document, made by the renderer from a fixed prefix and a
/// number — never from user text — so that a link to it can only point inside the report.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Anchor {
    prefix: &'static str,
    scope: Option<u32>,
    number: usize,
}

impl Anchor {
    /// The anchor `prefix` + `number` (e.g. `q3`). The prefix is a constant of the renderer.
    pub fn new(prefix: &'static str, number: usize) -> Self {
        Anchor {
            prefix,
            scope: None,
            number,
        }
    }

    /// The anchor `prefix` + `scope` (as hex) + `number`, e.g. `q1a2b3c4d-3`: several
    /// reports on one page keep their anchors apart by their scope.
    pub fn scoped(prefix: &'static str, scope: u32, number: usize) -> Self {
        Anchor {
            prefix,
            scope: Some(scope),
            number,
        }
    }

    /// The anchor's number.
    pub fn number(&self) -> usize {
        self.number
    }

    /// The anchor as an HTML id: ASCII letters and digits only.
    pub fn id(&self) -> String {
        let prefix: String = self
            .prefix
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        match self.scope {
            Some(scope) => format!("{prefix}{scope:08x}-{}", self.number),
            None => format!("{prefix}{}", self.number),
        }
    }
}

/// A run of inline content.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub enum Inline {
    /// Text, escaped for the medium it is written to.
    Text(String),
    /// Strong emphasis.
    Strong(Vec<Inline>),
    /// A machine code (a diagnostic code, a seed file name), shown in monospace.
    Code(String),
    /// A reference to a numbered note of the same document (`[3]`).
    Ref(Anchor),
}

/// A line of inline content.
pub type Line = Vec<Inline>;

/// Text as a one-run line.
pub fn text(s: impl Into<String>) -> Line {
    vec![Inline::Text(s.into())]
}

/// Strong text as a one-run line.
pub fn strong(s: impl Into<String>) -> Inline {
    Inline::Strong(vec![Inline::Text(s.into())])
}

/// `**label**: value` as a line.
pub fn labelled(label: &str, value: Line) -> Line {
    let mut line = vec![strong(label), Inline::Text(": ".into())];
    line.extend(value);
    line
}

/// One item of a list, with nested items under it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Item {
    /// The item's line.
    pub line: Line,
    /// Items nested under it.
    pub children: Vec<Item>,
}

impl Item {
    /// An item with no nested items.
    pub fn new(line: Line) -> Self {
        Item {
            line,
            children: Vec::new(),
        }
    }

    /// An item with nested items.
    pub fn nested(line: Line, children: Vec<Item>) -> Self {
        Item { line, children }
    }
}

/// A table: a header row and body rows of cells. Every row has the header's number of cells
/// when written (short rows are padded, long rows cut), so a table keeps its shape.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Table {
    /// Header cells.
    pub head: Vec<Line>,
    /// Body rows.
    pub rows: Vec<Vec<Line>>,
}

/// A chart drawn inline.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub enum Chart {
    /// Ansell–Gash component means on a radar.
    Radar(Vec<(String, Option<f64>)>),
    /// 5M driver and inhibitor weights per factor.
    Diverging(Vec<(String, u32, u32)>),
    /// Adi stage completeness, 0 to 1.
    Bars(Vec<(String, f64)>),
}

/// One numbered note (an evidence quote in the report's appendix).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Note {
    /// Its anchor, which references point to.
    pub anchor: Anchor,
    /// Its text.
    pub line: Line,
}

/// The lines an assessor signs: the name and date when recorded, blank lines to fill in
/// when not.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SignOffBlock {
    /// Heading of the block.
    pub heading: String,
    /// `(label, value)` pairs; `None` leaves a line to write on.
    pub fields: Vec<(String, Option<String>)>,
}

/// A block of a document.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub enum Block {
    /// A heading of level 1 to 6.
    Heading {
        /// Level, 1 (the title) to 6.
        level: u8,
        /// The heading's line.
        line: Line,
    },
    /// A paragraph.
    Paragraph(Line),
    /// A bulleted list.
    List(Vec<Item>),
    /// A table.
    Table(Table),
    /// A chart, with a caption saying what it shows (written only with the chart).
    Chart {
        /// What the chart shows.
        caption: String,
        /// The chart.
        chart: Chart,
    },
    /// Numbered notes that references point to.
    Notes(Vec<Note>),
    /// A sign-off block.
    SignOff(SignOffBlock),
}

impl Block {
    /// A heading of `level` with plain text.
    pub fn heading(level: u8, s: impl Into<String>) -> Self {
        Block::Heading {
            level,
            line: text(s),
        }
    }
}
