//! Text helpers that know nothing about reports: line splitting, character classes and the
//! conversion between byte offsets and editor positions.

pub mod chars;
pub mod lines;
pub mod position;
