//! Everything that turns a case and its analyses into words: the [`summary`], the structured
//! [`report`] with its Markdown and HTML renderings and comparisons, and the [`vocabulary`] of
//! every choice and label a form needs. Nothing here judges; it only shows.
//!
//! Every rendering is built as a [`doc`] tree of typed blocks and written by one escaping
//! writer per medium ([`markdown`], [`html`]); numbers go through [`model::number`](crate::model::number); evidence is
//! quoted through [`evidence`].

pub mod doc;
pub mod evidence;
pub mod html;
pub mod markdown;
pub mod page_words;
pub mod report;
pub mod summary;
pub mod vocabulary;
