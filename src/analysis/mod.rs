//! The pure core: a draft's text in, its model out. No LSP types, no I/O; byte ranges throughout.

pub mod blocks;
pub mod enumerations;
pub mod figures;
pub mod headings;
pub mod numerals;
pub mod outline;
pub mod paragraphs;
mod report;
pub mod terms;

pub use report::{Report, analyse};
