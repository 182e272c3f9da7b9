//! Integration tests of the berdaya core, compiled as one binary.

mod bundled;
mod eligibility;
mod props;
mod render_safety;
mod render_words;
mod seeds;
mod validation;
