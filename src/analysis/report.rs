//! The whole model of one draft.

use super::blocks::{Block, classify};
use super::enumerations::{Enumeration, enumerations};
use super::figures::{Figure, figures};
use super::outline::{Symbol, outline};
use super::paragraphs::{Break, Paragraph, paragraphs};
use super::terms::{Quotation, Term, terms};

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub blocks: Vec<Block>,
    pub outline: Vec<Symbol>,
    pub paragraphs: Vec<Paragraph>,
    pub breaks: Vec<Break>,
    pub figures: Vec<Figure>,
    pub enumerations: Vec<Enumeration>,
    pub terms: Vec<Term>,
    pub quotations: Vec<Quotation>,
}

/// Reads a draft.
pub fn analyse(text: &str) -> Report {
    let blocks = classify(text);
    let outline = outline(text, &blocks);
    let (paragraphs, breaks) = paragraphs(text, &blocks);
    let figures = figures(text);
    let enumerations = enumerations(text, &figures);
    let (terms, quotations) = terms(text, &blocks, &paragraphs, &figures, &enumerations);
    Report {
        blocks,
        outline,
        paragraphs,
        breaks,
        figures,
        enumerations,
        terms,
        quotations,
    }
}
