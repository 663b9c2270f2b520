//! Semantic tokens: section markers, subtitles, captions, terms, quotations and figures, as
//! non-overlapping byte ranges in document order.

use std::ops::Range;

use crate::analysis::Report;
use crate::analysis::blocks::BlockKind;
use crate::analysis::terms::TermKind;

/// Token types, in the order of the legend the server announces. Each is a standard LSP token
/// type, so default themes colour it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TokenType {
    /// Section markers: `keyword`.
    Marker,
    /// Subtitles and the headline: `type`.
    Title,
    /// Photo captions: `comment`.
    Caption,
    /// Terms: `variable`.
    Term,
    /// 《titles》: `enumMember`.
    DocumentTitle,
    /// Quotations: `string`.
    Quotation,
    /// Figures: `number`.
    Figure,
}

pub const LEGEND: &[(TokenType, &str)] = &[
    (TokenType::Marker, "keyword"),
    (TokenType::Title, "type"),
    (TokenType::Caption, "comment"),
    (TokenType::Term, "variable"),
    (TokenType::DocumentTitle, "enumMember"),
    (TokenType::Quotation, "string"),
    (TokenType::Figure, "number"),
];

/// Token modifiers, as bits in legend order.
pub const MODIFIERS: &[&str] = &["declaration"];
pub const DECLARATION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: TokenType,
    pub modifiers: u32,
}

impl TokenType {
    pub fn index(self) -> u32 {
        LEGEND.iter().position(|(kind, _)| *kind == self).unwrap() as u32
    }

    /// Where two tokens overlap, the more specific one shows.
    fn priority(self) -> u8 {
        match self {
            TokenType::Figure => 6,
            TokenType::Term | TokenType::DocumentTitle => 5,
            TokenType::Quotation => 4,
            TokenType::Marker => 3,
            TokenType::Title | TokenType::Caption => 2,
        }
    }
}

pub fn tokens(report: &Report) -> Vec<Token> {
    let mut candidates: Vec<Token> = Vec::new();
    for block in &report.blocks {
        let kind = match block.kind {
            BlockKind::Marker(_) => TokenType::Marker,
            BlockKind::Subtitle | BlockKind::Headline => TokenType::Title,
            BlockKind::Caption => TokenType::Caption,
            _ => continue,
        };
        candidates.push(Token {
            range: block.range.clone(),
            kind,
            modifiers: 0,
        });
    }
    for term in &report.terms {
        let kind = match term.kind {
            TermKind::Title => TokenType::DocumentTitle,
            _ => TokenType::Term,
        };
        for continuation in &term.continuations {
            candidates.push(Token {
                range: continuation.clone(),
                kind,
                modifiers: 0,
            });
        }
        for occurrence in &term.occurrences {
            let modifiers = if *occurrence == term.definition {
                DECLARATION
            } else {
                0
            };
            candidates.push(Token {
                range: occurrence.clone(),
                kind,
                modifiers,
            });
        }
    }
    for quotation in &report.quotations {
        candidates.push(Token {
            range: quotation.range.clone(),
            kind: TokenType::Quotation,
            modifiers: 0,
        });
    }
    for figure in &report.figures {
        candidates.push(Token {
            range: figure.range.clone(),
            kind: TokenType::Figure,
            modifiers: 0,
        });
    }
    paint(candidates)
}

/// Lays tokens over each other by priority and returns what shows, in order.
fn paint(mut candidates: Vec<Token>) -> Vec<Token> {
    // Higher priority first; among equals, longer first (先锋户联站 over 先锋户联).
    candidates.sort_by_key(|token| {
        (
            std::cmp::Reverse(token.kind.priority()),
            std::cmp::Reverse(token.range.len()),
        )
    });
    let mut painted: Vec<Token> = Vec::new();
    for candidate in candidates {
        let mut pieces = vec![candidate.range.clone()];
        for done in &painted {
            pieces = pieces
                .into_iter()
                .flat_map(|piece| subtract(piece, &done.range))
                .collect();
        }
        painted.extend(
            pieces
                .into_iter()
                .filter(|piece| !piece.is_empty())
                .map(|range| Token {
                    range,
                    kind: candidate.kind,
                    modifiers: candidate.modifiers,
                }),
        );
    }
    painted.sort_by_key(|token| token.range.start);
    painted
}

fn subtract(piece: Range<usize>, taken: &Range<usize>) -> Vec<Range<usize>> {
    if taken.end <= piece.start || piece.end <= taken.start {
        return vec![piece];
    }
    vec![
        piece.start..taken.start.max(piece.start),
        taken.end.min(piece.end)..piece.end,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;

    #[test]
    fn tokens_do_not_overlap_and_figures_win() {
        let text = "标题\n\n关键词：担当作为\n\n培养干部\n\n把握“六看”标准，建成2700余个“先锋驿站”。\n\n“要坚持严管和厚爱结合”。\n";
        let report = analyse(text);
        let tokens = tokens(&report);
        for pair in tokens.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start, "{pair:?}");
        }
        let kind_of = |needle: &str| {
            let at = text.find(needle).unwrap();
            tokens
                .iter()
                .find(|token| token.range.start <= at && at < token.range.end)
                .map(|token| token.kind)
        };
        assert_eq!(kind_of("六看"), Some(TokenType::Figure));
        assert_eq!(kind_of("先锋驿站"), Some(TokenType::Term));
        assert_eq!(kind_of("2700余个"), Some(TokenType::Figure));
        assert_eq!(kind_of("关键词"), Some(TokenType::Marker));
        assert_eq!(kind_of("培养干部"), Some(TokenType::Title));
        assert_eq!(kind_of("要坚持"), Some(TokenType::Quotation));
    }
}
