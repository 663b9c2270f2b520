//! The outline of a draft: headline → sections → subsections, with bylines and captions where
//! they stand. Both the editor's document symbols and `report-ls outline` show this tree.

use std::ops::Range;

use super::blocks::{Block, BlockKind};
use super::headings::HeadingStyle;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Headline,
    Byline,
    Caption,
    Section,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Headline => "headline",
            Role::Byline => "byline",
            Role::Caption => "caption",
            Role::Section => "section",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub role: Role,
    pub name: String,
    pub detail: Option<String>,
    /// Everything the symbol covers: a section runs from its marker to its last line.
    pub range: Range<usize>,
    /// The part to reveal when the symbol is chosen: the marker or the line itself.
    pub selection: Range<usize>,
    /// For sections, the marker's heading style.
    pub style: Option<HeadingStyle>,
    pub children: Vec<Symbol>,
}

/// Builds the outline tree from classified blocks.
pub fn outline(text: &str, blocks: &[Block]) -> Vec<Symbol> {
    let mut flat: Vec<Symbol> = Vec::new();
    let mut headline: Option<Symbol> = None;
    for (index, block) in blocks.iter().enumerate() {
        let line = &text[block.range.clone()];
        let leaf = |role, name: &str| Symbol {
            role,
            name: name.to_string(),
            detail: None,
            range: block.range.clone(),
            selection: block.range.clone(),
            style: None,
            children: Vec::new(),
        };
        match &block.kind {
            BlockKind::Headline => {
                let name = match super::headings::recognise(line) {
                    Some(heading) => &line[heading.name],
                    None => line,
                };
                headline = Some(leaf(Role::Headline, name));
            }
            BlockKind::HeadlineDetail => {
                if let Some(headline) = headline.as_mut() {
                    headline.detail = Some(line.trim_start_matches(['—', '─']).to_string());
                }
            }
            BlockKind::Byline => flat.push(leaf(Role::Byline, line)),
            BlockKind::Caption => flat.push(leaf(Role::Caption, line)),
            BlockKind::Marker(heading) => {
                let subtitle = match &heading.inline_subtitle {
                    Some(range) => Some(line[range.clone()].to_string()),
                    None => blocks
                        .get(index + 1)
                        .filter(|next| next.kind == BlockKind::Subtitle)
                        .map(|next| text[next.range.clone()].to_string()),
                };
                let end = section_end(blocks, index, heading.style.rank());
                flat.push(Symbol {
                    role: Role::Section,
                    name: line[heading.name.clone()].to_string(),
                    detail: subtitle,
                    range: block.range.start..end,
                    selection: block.range.clone(),
                    style: Some(heading.style),
                    children: Vec::new(),
                });
            }
            BlockKind::Subtitle | BlockKind::Paragraph => {}
        }
    }
    let tree = nest(flat);
    match headline {
        Some(mut headline) => {
            headline.range.end = blocks.last().map_or(headline.range.end, |b| b.range.end);
            headline.children = tree;
            vec![headline]
        }
        None => tree,
    }
}

/// A section ends with the last line before the next marker of the same or an outer rank.
fn section_end(blocks: &[Block], marker: usize, rank: u8) -> usize {
    let next = blocks[marker + 1..]
        .iter()
        .position(|block| match &block.kind {
            BlockKind::Marker(heading) => heading.style.rank() <= rank,
            _ => false,
        })
        .map_or(blocks.len(), |offset| marker + 1 + offset);
    blocks[next - 1].range.end
}

/// Nests symbols (in document order) by range containment.
fn nest(flat: Vec<Symbol>) -> Vec<Symbol> {
    let mut roots: Vec<Symbol> = Vec::new();
    // The chain of open sections, outermost first; each is moved into its parent when closed.
    let mut open: Vec<Symbol> = Vec::new();
    for symbol in flat {
        while let Some(top) = open.last() {
            if top.range.contains(&symbol.range.start) {
                break;
            }
            close(&mut open, &mut roots);
        }
        if symbol.role == Role::Section {
            open.push(symbol);
        } else {
            match open.last_mut() {
                Some(parent) => parent.children.push(symbol),
                None => roots.push(symbol),
            }
        }
    }
    while !open.is_empty() {
        close(&mut open, &mut roots);
    }
    roots
}

fn close(open: &mut Vec<Symbol>, roots: &mut Vec<Symbol>) {
    let done = open.pop().expect("close is called on a non-empty chain");
    match open.last_mut() {
        Some(parent) => parent.children.push(done),
        None => roots.push(done),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::blocks::classify;

    fn render(symbols: &[Symbol], depth: usize, out: &mut String) {
        for symbol in symbols {
            out.push_str(&"  ".repeat(depth));
            out.push_str(&symbol.name);
            if let Some(detail) = &symbol.detail {
                out.push_str(" — ");
                out.push_str(detail);
            }
            out.push('\n');
            render(&symbol.children, depth + 1, out);
        }
    }

    fn tree(text: &str) -> String {
        let mut out = String::new();
        render(&outline(text, &classify(text)), 0, &mut out);
        out
    }

    #[test]
    fn headings_nest_by_rank() {
        let text = "报告\n\n一、回顾\n\n（一）经济\n\n正文。\n\n1. 工业\n\n正文。\n\n（二）民生\n\n正文。\n\n二、安排\n\n正文。\n";
        assert_eq!(
            tree(text),
            "报告\n  一、回顾\n    （一）经济\n      1. 工业\n    （二）民生\n  二、安排\n"
        );
    }

    #[test]
    fn a_caption_belongs_to_the_section_it_stands_in() {
        let text = "标题\n\n正文。\n\n关键词：基础\n\n以组织振兴引领发展\n\n正文。\n\n先锋驿站开展服务\n\n正文。\n";
        assert_eq!(
            tree(text),
            "标题\n  基础 — 以组织振兴引领发展\n    先锋驿站开展服务\n"
        );
    }

    #[test]
    fn section_ranges_nest_inside_their_parent() {
        let text = "标题\n\n一、回顾\n\n（一）经济\n\n正文。\n\n二、安排\n\n正文。";
        let symbols = outline(text, &classify(text));
        let headline = &symbols[0];
        assert_eq!(headline.range, 0..text.len());
        let first = &headline.children[0];
        assert_eq!(
            &text[first.range.clone()],
            "一、回顾\n\n（一）经济\n\n正文。"
        );
        assert!(first.range.start <= first.children[0].range.start);
        assert!(first.children[0].range.end <= first.range.end);
    }
}
