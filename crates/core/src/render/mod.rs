//! Everything that turns a case and its analyses into words: the [`summary`], the structured
//! [`report`] with its Markdown and HTML renderings and comparisons, and the [`vocabulary`] of
//! every choice and label a form needs. Nothing here judges; it only shows.

pub mod report;
pub mod summary;
pub mod vocabulary;
