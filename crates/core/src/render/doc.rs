//! The typed document every rendering is written from: blocks (headings, paragraphs, lists,
//! tables, charts, numbered notes, a sign-off) holding inline runs (text, strong text, machine
//! codes, references to the report's own notes).
//!
//! Nothing here is markup. Text a user typed is held as [`Inline::Text`] and escaped by the
//! writer for the medium it lands in ([`markdown`](crate::render::markdown) or
//! [`html`](crate::render::html)), at that one place; only anchors the renderer generates
//! itself ([`Anchor`]) ever become a link target.

use serde::Serialize;

/// An anchor inside one rendered document, made by the renderer from a fixed prefix and a
/// number — never from user text — so that a link to it can only point inside the report.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::Anchor;
/// let note = Anchor::new("bukti-", 3);
/// assert_eq!(note.id(), "bukti-3");
/// assert_eq!(note.number(), 3);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Anchor {
    prefix: &'static str,
    scope: Option<u32>,
    number: usize,
}

impl Anchor {
    /// The anchor `prefix` + `number` (e.g. `q3`). The prefix is a constant of the renderer.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::doc::Anchor;
    /// assert_eq!(Anchor::new("q", 3).id(), "q3");
    /// ```
    pub fn new(prefix: &'static str, number: usize) -> Self {
        Anchor {
            prefix,
            scope: None,
            number,
        }
    }

    /// The anchor `prefix` + `scope` (as hex) + `number`, e.g. `q1a2b3c4d-3`: several
    /// reports on one page keep their anchors apart by their scope.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::doc::Anchor;
    /// let a = Anchor::scoped("q", 0x1a2b_3c4d, 3);
    /// assert_eq!(a.id(), "q1a2b3c4d-3");
    /// assert_ne!(a, Anchor::scoped("q", 0x0000_0001, 3));
    /// ```
    pub fn scoped(prefix: &'static str, scope: u32, number: usize) -> Self {
        Anchor {
            prefix,
            scope: Some(scope),
            number,
        }
    }

    /// The anchor's number.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::doc::Anchor;
    /// // The number is what a reference prints (`[7]`), whatever the scope.
    /// assert_eq!(Anchor::scoped("q", 0xff, 7).number(), 7);
    /// ```
    pub fn number(&self) -> usize {
        self.number
    }

    /// The anchor as an HTML id: ASCII letters, digits and hyphens only.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::doc::Anchor;
    /// // Only ASCII letters, digits and hyphens reach the id, whatever the prefix holds.
    /// assert_eq!(Anchor::new("a\"b c", 1).id(), "abc1");
    /// assert_eq!(Anchor::scoped("q", 10, 2).id(), "q0000000a-2");
    /// ```
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
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{strong, Inline};
/// use berdaya::render::markdown;
/// use berdaya::render::doc::Block;
/// let line = vec![strong("Kode"), Inline::Text(": ".into()), Inline::Code("adi_gap".into())];
/// assert_eq!(markdown::write(&[Block::Paragraph(line)]), "**Kode**: `adi_gap`\n\n");
/// ```
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
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{text, Inline};
/// assert_eq!(text("Bojong Menteng"), vec![Inline::Text("Bojong Menteng".into())]);
/// ```
pub fn text(s: impl Into<String>) -> Line {
    vec![Inline::Text(s.into())]
}

/// Strong text as a one-run line.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{strong, Inline};
/// assert_eq!(strong("Catatan"), Inline::Strong(vec![Inline::Text("Catatan".into())]));
/// ```
pub fn strong(s: impl Into<String>) -> Inline {
    Inline::Strong(vec![Inline::Text(s.into())])
}

/// `**label**: value` as a line.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{labelled, text, Block};
/// let line = labelled("Lokasi", text("Kelurahan Teluk Pucung"));
/// let md = berdaya::render::markdown::write(&[Block::Paragraph(line)]);
/// assert_eq!(md, "**Lokasi**: Kelurahan Teluk Pucung\n\n");
/// ```
pub fn labelled(label: &str, value: Line) -> Line {
    let mut line = vec![strong(label), Inline::Text(": ".into())];
    line.extend(value);
    line
}

/// One item of a list, with nested items under it.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{text, Block, Item};
/// let list = Block::List(vec![Item::nested(text("Pokja"), vec![Item::new(text("Pokja I"))])]);
/// assert_eq!(berdaya::render::markdown::write(&[list]), "- Pokja\n  - Pokja I\n\n");
/// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::doc::{text, Item};
    /// let item = Item::new(text("Pelatihan menjahit"));
    /// assert!(item.children.is_empty());
    /// ```
    pub fn new(line: Line) -> Self {
        Item {
            line,
            children: Vec::new(),
        }
    }

    /// An item with nested items.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::doc::{text, Block, Item};
    /// let item = Item::nested(text("Adi"), vec![Item::new(text("Persiapan"))]);
    /// assert_eq!(berdaya::render::html::write(&[Block::List(vec![item])]),
    ///     "<ul>\n<li>Adi\n<ul>\n<li>Persiapan</li>\n</ul>\n</li>\n</ul>\n");
    /// ```
    pub fn nested(line: Line, children: Vec<Item>) -> Self {
        Item { line, children }
    }
}

/// A table: a header row and body rows of cells. Every row has the header's number of cells
/// when written (short rows are padded, long rows cut), so a table keeps its shape.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{text, Block, Table};
/// let mut t = Table::default();
/// t.head = vec![text("Tahap"), text("Status")];
/// t.rows = vec![vec![text("Persiapan")]]; // short: padded to the header's two cells
/// let md = berdaya::render::markdown::write(&[Block::Table(t)]);
/// assert_eq!(md, "| Tahap | Status |\n|---|---|\n| Persiapan |  |\n\n");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Table {
    /// Header cells.
    pub head: Vec<Line>,
    /// Body rows.
    pub rows: Vec<Vec<Line>>,
}

/// A chart drawn inline.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{Block, Chart};
/// let chart = Block::Chart {
///     caption: "Kelengkapan tahap Adi".into(),
///     chart: Chart::Bars(vec![("Persiapan".into(), 1.0)]),
/// };
/// // Drawn as inline SVG in HTML; Markdown cannot draw it and leaves it (and its caption) out.
/// assert!(berdaya::render::html::write(std::slice::from_ref(&chart)).contains("<svg"));
/// assert_eq!(berdaya::render::markdown::write(&[chart]), "");
/// ```
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
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::Block;
/// use berdaya::{Lang, Report, Thresholds};
/// let case = berdaya::cases::load("wrse-junrejo").unwrap();
/// let sections = Report::new(&case, &Thresholds::default()).sections(Lang::En);
/// let notes = sections.iter().flat_map(|s| &s.blocks).find_map(|b| match b {
///     Block::Notes(notes) => Some(notes),
///     _ => None,
/// });
/// // The appendix numbers the quotes from 1, in order of first citation.
/// let numbers: Vec<usize> = notes.unwrap().iter().map(|n| n.anchor.number()).collect();
/// assert_eq!(numbers, (1..=numbers.len()).collect::<Vec<_>>());
/// ```
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
///
/// # Examples
///
/// ```
/// use berdaya::Lang;
/// use berdaya::render::doc::Block;
/// use berdaya::render::report::SignOff;
/// let Block::SignOff(block) = SignOff::default().with_assessor("Tim Penilai").block(Lang::En)
/// else {
///     unreachable!()
/// };
/// assert_eq!(block.heading, "Assessment sign-off");
/// assert_eq!(block.fields[0], ("Assessor".to_owned(), Some("Tim Penilai".to_owned())));
/// // No date recorded: a blank line to write on.
/// assert_eq!(block.fields[1].1, None);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SignOffBlock {
    /// Heading of the block.
    pub heading: String,
    /// `(label, value)` pairs; `None` leaves a line to write on.
    pub fields: Vec<(String, Option<String>)>,
}

/// A block of a document.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::{text, Block};
/// let doc = [Block::heading(1, "Laporan"), Block::Paragraph(text("P2WKSS 2025"))];
/// assert_eq!(berdaya::render::markdown::write(&doc), "# Laporan\n\nP2WKSS 2025\n\n");
/// assert_eq!(berdaya::render::html::write(&doc), "<h1>Laporan</h1>\n<p>P2WKSS 2025</p>\n");
/// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::doc::Block;
    /// // The text stays text: a `#` in it cannot make a deeper heading.
    /// let h = Block::heading(2, "# Ringkasan");
    /// assert_eq!(berdaya::render::markdown::write(&[h]), "## \\# Ringkasan\n\n");
    /// ```
    pub fn heading(level: u8, s: impl Into<String>) -> Self {
        Block::Heading {
            level,
            line: text(s),
        }
    }
}
