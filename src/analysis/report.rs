//! The whole model of one draft.

use super::blocks::{Block, classify};
use super::outline::{Symbol, outline};
use super::paragraphs::{Break, Paragraph, paragraphs};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub blocks: Vec<Block>,
    pub outline: Vec<Symbol>,
    pub paragraphs: Vec<Paragraph>,
    pub breaks: Vec<Break>,
}

/// Reads a draft.
pub fn analyse(text: &str) -> Report {
    let blocks = classify(text);
    let outline = outline(text, &blocks);
    let (paragraphs, breaks) = paragraphs(text, &blocks);
    Report {
        blocks,
        outline,
        paragraphs,
        breaks,
    }
}
