//! `report-ls outline`: the document-symbol tree, as text or as the JSON contract.

use ropey::Rope;
use serde_json::{Value, json};

use super::input::each_draft;
use super::{CommonOptions, EXIT_USAGE, Format};
use crate::analysis::outline::Symbol;
use crate::lsp::convert;
use crate::text::position::PositionEncoding;

pub fn run(options: &CommonOptions) -> i32 {
    let all_read = each_draft(&options.files, |index, path, text, report| {
        match options.format {
            Format::Text => {
                if index > 0 {
                    outln!();
                }
                out!("{}", render_text(path, text, &report.outline));
            }
            Format::Json => outln!("{}", render_json(path, text, &report.outline)),
        }
    });
    if all_read { 0 } else { EXIT_USAGE }
}

/// `name — detail  (role, line N)`, indented two spaces per level.
pub fn render_text(path: &str, text: &str, symbols: &[Symbol]) -> String {
    let rope = Rope::from_str(text);
    let mut out = format!("{path}\n");
    write_tree(&rope, symbols, 0, &mut out);
    out
}

fn write_tree(rope: &Rope, symbols: &[Symbol], depth: usize, out: &mut String) {
    for symbol in symbols {
        let line = rope.byte_to_line(symbol.selection.start) + 1;
        out.push_str(&"  ".repeat(depth));
        out.push_str(&symbol.name);
        if let Some(detail) = &symbol.detail {
            out.push_str(" — ");
            out.push_str(detail);
        }
        out.push_str(&format!("  ({}, line {line})\n", symbol.role.as_str()));
        write_tree(rope, &symbol.children, depth + 1, out);
    }
}

/// The JSON contract: the same tree textDocument/documentSymbol returns (UTF-32 columns), each
/// node with its `role`.
pub fn render_json(path: &str, text: &str, symbols: &[Symbol]) -> Value {
    let rope = Rope::from_str(text);
    let symbols: Vec<Value> = symbols
        .iter()
        .map(|symbol| symbol_json(&rope, symbol))
        .collect();
    json!({ "path": path, "symbols": symbols })
}

fn symbol_json(rope: &Rope, symbol: &Symbol) -> Value {
    let lsp = convert::document_symbol(rope, symbol, PositionEncoding::Utf32);
    json!({
        "name": lsp.name,
        "detail": lsp.detail,
        "kind": lsp.kind,
        "role": symbol.role.as_str(),
        "range": lsp.range,
        "selectionRange": lsp.selection_range,
        "children": symbol.children.iter().map(|child| symbol_json(rope, child)).collect::<Vec<_>>(),
    })
}
