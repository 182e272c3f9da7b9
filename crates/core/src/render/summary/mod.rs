//! A readable summary of a case in Bahasa Indonesia or English.
//!
//! [`CaseSummary::of`] computes the language-neutral facts (counts by sector and kind, missing
//! pentahelix sectors, trainings per site, informants); [`CaseSummary::blocks`] lays them out as
//! a [`doc`](crate::render::doc) tree and [`CaseSummary::render`] writes that as Markdown.
//!
//! The facts are in [`facts`], the fixed words in `heading`, the list of key facts in
//! `key_facts` and the framework parts (Adi stages, Sulistiyani progression) in `progress`.

pub mod facts;
// The summary's own words: reachable for the label tests, not part of the documented API
// (issue 19).
#[doc(hidden)]
pub mod heading;
mod key_facts;
mod progress;

pub use self::facts::CaseSummary;

#[doc(hidden)]
pub use self::heading::Heading;

use crate::model::lang::Lang;
use crate::render::doc::{Block, Inline};

impl CaseSummary<'_> {
    /// The summary as a document: the title, the key facts, then each Adi process and the
    /// Sulistiyani progressions. The title is a heading of `title_level`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::{doc::Block, summary::CaseSummary};
    /// use berdaya::Lang;
    /// let case = berdaya::cases::load("wrse-junrejo").unwrap();
    /// let blocks = CaseSummary::of(&case).blocks(Lang::En, 1);
    /// assert!(matches!(blocks[0], Block::Heading { level: 1, .. }));
    /// ```
    pub fn blocks(&self, lang: Lang, title_level: u8) -> Vec<Block> {
        let c = self.case;
        let mut out = vec![
            Block::Heading {
                level: title_level,
                line: vec![Inline::Text(c.title.get(lang).into_owned())],
            },
            Block::List(key_facts::items(self, lang)),
        ];
        for p in &c.adi {
            out.extend(progress::adi(p, c, lang));
        }
        out.extend(progress::sulistiyani(c, lang));
        out
    }

    /// Renders the summary as Markdown in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::{render::summary::CaseSummary, Lang};
    /// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
    /// let id = CaseSummary::of(&case).render(Lang::Id);
    /// let en = CaseSummary::of(&case).render(Lang::En);
    /// assert!(id.starts_with("## ") && en.starts_with("## "));
    /// assert_ne!(id, en);
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        crate::render::markdown::write(&self.blocks(lang, 2))
    }
}
