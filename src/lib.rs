//! report-ls: a language server for report drafts.
//!
//! [`analysis`] and [`checks`] are the pure core (text in, model and findings out, byte ranges);
//! [`lsp`] and [`cli`] are thin front ends over it; [`text`] holds the helpers they share.

pub mod analysis;
pub mod checks;
pub mod cli;
pub mod features;
pub mod lsp;
pub mod text;
