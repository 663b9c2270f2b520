//! Model ⇄ LSP types. Byte ranges of the core become LSP ranges in the negotiated encoding here,
//! through `text::position`, and nowhere else.

use std::ops::Range;

use ropey::Rope;
use tower_lsp_server::ls_types as lsp;

use crate::analysis::outline::{Role, Symbol};
use crate::checks::{Finding, Locale, Severity};
use crate::text::position::{Position, PositionEncoding, offset_to_position, position_to_offset};

pub fn position(rope: &Rope, offset: usize, encoding: PositionEncoding) -> lsp::Position {
    let Position { line, character } = offset_to_position(rope, offset, encoding);
    lsp::Position { line, character }
}

pub fn range(rope: &Rope, range: &Range<usize>, encoding: PositionEncoding) -> lsp::Range {
    lsp::Range {
        start: position(rope, range.start, encoding),
        end: position(rope, range.end, encoding),
    }
}

pub fn offset(rope: &Rope, position: lsp::Position, encoding: PositionEncoding) -> usize {
    position_to_offset(
        rope,
        Position::new(position.line, position.character),
        encoding,
    )
}

pub fn offsets(rope: &Rope, range: lsp::Range, encoding: PositionEncoding) -> Range<usize> {
    let start = offset(rope, range.start, encoding);
    let end = offset(rope, range.end, encoding);
    start.min(end)..start.max(end)
}

pub fn encoding_kind(encoding: PositionEncoding) -> lsp::PositionEncodingKind {
    match encoding {
        PositionEncoding::Utf8 => lsp::PositionEncodingKind::UTF8,
        PositionEncoding::Utf16 => lsp::PositionEncodingKind::UTF16,
        PositionEncoding::Utf32 => lsp::PositionEncodingKind::UTF32,
    }
}

/// LSP 3.17: the server picks one of the encodings the client offers (in the client's order of
/// preference), and UTF-16 when the client offers none it can use.
pub fn negotiate_encoding(offered: Option<&[lsp::PositionEncodingKind]>) -> PositionEncoding {
    offered
        .unwrap_or_default()
        .iter()
        .find_map(|kind| match kind.as_str() {
            "utf-8" => Some(PositionEncoding::Utf8),
            "utf-16" => Some(PositionEncoding::Utf16),
            "utf-32" => Some(PositionEncoding::Utf32),
            _ => None,
        })
        .unwrap_or(PositionEncoding::Utf16)
}

pub fn symbol_kind(role: Role) -> lsp::SymbolKind {
    match role {
        Role::Headline => lsp::SymbolKind::FILE,
        Role::Byline => lsp::SymbolKind::PROPERTY,
        Role::Caption => lsp::SymbolKind::STRING,
        Role::Section => lsp::SymbolKind::NAMESPACE,
    }
}

#[allow(deprecated)] // `deprecated` is a required field of the struct literal
pub fn document_symbol(
    rope: &Rope,
    symbol: &Symbol,
    encoding: PositionEncoding,
) -> lsp::DocumentSymbol {
    lsp::DocumentSymbol {
        name: symbol.name.clone(),
        detail: symbol.detail.clone(),
        kind: symbol_kind(symbol.role),
        tags: None,
        deprecated: None,
        range: range(rope, &symbol.range, encoding),
        selection_range: range(rope, &symbol.selection, encoding),
        children: Some(
            symbol
                .children
                .iter()
                .map(|child| document_symbol(rope, child, encoding))
                .collect(),
        ),
    }
}

pub fn severity(severity: Severity) -> lsp::DiagnosticSeverity {
    match severity {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Information => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
    }
}

pub fn diagnostic(
    rope: &Rope,
    uri: &lsp::Uri,
    finding: &Finding,
    encoding: PositionEncoding,
    locale: Locale,
) -> lsp::Diagnostic {
    let related = finding
        .related
        .iter()
        .map(|related| lsp::DiagnosticRelatedInformation {
            location: lsp::Location {
                uri: uri.clone(),
                range: range(rope, &related.range, encoding),
            },
            message: related.message.in_locale(locale).to_string(),
        })
        .collect();
    lsp::Diagnostic {
        range: range(rope, &finding.range, encoding),
        severity: Some(severity(finding.severity)),
        code: Some(lsp::NumberOrString::String(finding.code.to_string())),
        source: Some("report-ls".to_string()),
        message: finding.message.in_locale(locale).to_string(),
        related_information: Some(related),
        ..Default::default()
    }
}

/// Semantic tokens in LSP's relative encoding; tokens that cross a line break are cut per line,
/// and lengths count in the negotiated encoding.
pub fn semantic_tokens(
    rope: &Rope,
    tokens: &[crate::features::tokens::Token],
    encoding: PositionEncoding,
) -> Vec<lsp::SemanticToken> {
    let mut encoded = Vec::new();
    let (mut previous_line, mut previous_start) = (0u32, 0u32);
    for token in tokens {
        let mut start = token.range.start;
        while start < token.range.end {
            let line = rope.byte_to_line(start);
            let line_end_byte = rope.try_line_to_byte(line + 1).unwrap_or(rope.len_bytes());
            let end = token.range.end.min(line_end_byte);
            let from = position(rope, start, encoding);
            let to = position(rope, end, encoding);
            // A piece that ends on the next line ran up to the line break: stop at the break.
            let length = if to.line == from.line {
                to.character - from.character
            } else {
                let content_end = offset(rope, lsp::Position::new(from.line, u32::MAX), encoding);
                position(rope, content_end, encoding).character - from.character
            };
            if length > 0 {
                let delta_line = from.line - previous_line;
                let delta_start = if delta_line == 0 {
                    from.character - previous_start
                } else {
                    from.character
                };
                encoded.push(lsp::SemanticToken {
                    delta_line,
                    delta_start,
                    length,
                    token_type: token.kind.index(),
                    token_modifiers_bitset: token.modifiers,
                });
                previous_line = from.line;
                previous_start = from.character;
            }
            start = end;
        }
    }
    encoded
}

pub fn semantic_tokens_legend() -> lsp::SemanticTokensLegend {
    use crate::features::tokens::{LEGEND, MODIFIERS};
    lsp::SemanticTokensLegend {
        token_types: LEGEND
            .iter()
            .map(|(_, name)| lsp::SemanticTokenType::new(name))
            .collect(),
        token_modifiers: MODIFIERS
            .iter()
            .map(|name| lsp::SemanticTokenModifier::new(name))
            .collect(),
    }
}
