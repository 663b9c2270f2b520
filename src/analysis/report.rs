//! The whole model of one draft.

use super::blocks::{Block, classify};
use super::figures::{Figure, figures};
use super::outline::{Symbol, outline};
use super::paragraphs::{Break, Paragraph, paragraphs};

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub blocks: Vec<Block>,
    pub outline: Vec<Symbol>,
    pub paragraphs: Vec<Paragraph>,
    pub breaks: Vec<Break>,
    pub figures: Vec<Figure>,
}

/// Reads a draft.
pub fn analyse(text: &str) -> Report {
    let blocks = classify(text);
    let outline = outline(text, &blocks);
    let (paragraphs, breaks) = paragraphs(text, &blocks);
    Report {
        figures: figures(text),
        blocks,
        outline,
        paragraphs,
        breaks,
    }
}
