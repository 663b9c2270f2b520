//! Property test: random edit sequences (CJK, astral characters, CRLF and lone CR) applied as LSP
//! content changes leave the server's document equal to a plain String edited the same way.

use proptest::prelude::*;
use report_ls::lsp::documents::Document;
use report_ls::text::position::PositionEncoding;
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

const PIECES: &[&str] = &[
    "a", "中", "文", "𠀀", "😀", "\n", "\r\n", "\r", " ", "，", "。",
];

fn text_strategy(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|pieces| pieces.concat())
}

/// Where LSP can point: every char boundary except between the `\r` and `\n` of a CRLF.
fn addressable_offsets(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .filter(|&i| !(i > 0 && bytes[i - 1] == b'\r' && bytes.get(i) == Some(&b'\n')))
        .collect()
}

/// An independent, naive conversion from a byte offset to an LSP position.
fn naive_position(text: &str, offset: usize, encoding: PositionEncoding) -> Position {
    let mut line = 0;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < offset {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    let prefix = &text[line_start..offset];
    let character = match encoding {
        PositionEncoding::Utf8 => prefix.len(),
        PositionEncoding::Utf16 => prefix.encode_utf16().count(),
        PositionEncoding::Utf32 => prefix.chars().count(),
    };
    Position::new(line, character as u32)
}

#[derive(Debug, Clone)]
struct EditPlan {
    start: prop::sample::Index,
    end: prop::sample::Index,
    insert: String,
    full: bool,
}

fn edit_strategy() -> impl Strategy<Value = EditPlan> {
    (
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        text_strategy(6),
        prop::bool::weighted(0.05),
    )
        .prop_map(|(start, end, insert, full)| EditPlan {
            start,
            end,
            insert,
            full,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn replayed_edits_match_a_plain_string(
        initial in text_strategy(40),
        edits in prop::collection::vec(prop::collection::vec(edit_strategy(), 1..4), 1..12),
        encoding in prop::sample::select(vec![PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32]),
    ) {
        let mut model = initial.clone();
        let mut document = Document::new(&initial, 1);
        for (version, batch) in edits.iter().enumerate() {
            // One didChange carries several changes, each against the result of the previous.
            let mut changes = Vec::new();
            for plan in batch {
                if plan.full {
                    changes.push(TextDocumentContentChangeEvent { range: None, range_length: None, text: plan.insert.clone() });
                    model = plan.insert.clone();
                    continue;
                }
                let offsets = addressable_offsets(&model);
                let (a, b) = (*plan.start.get(&offsets), *plan.end.get(&offsets));
                let (start, end) = (a.min(b), a.max(b));
                changes.push(TextDocumentContentChangeEvent {
                    range: Some(Range::new(
                        naive_position(&model, start, encoding),
                        naive_position(&model, end, encoding),
                    )),
                    range_length: None,
                    text: plan.insert.clone(),
                });
                model.replace_range(start..end, &plan.insert);
            }
            document.apply_changes(&changes, version as i32 + 2, encoding);
            prop_assert_eq!(document.rope.to_string(), model.clone());
        }
    }
}
