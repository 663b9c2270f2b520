//! The one place that knows how editors count columns. Everything else works in byte offsets.
//!
//! LSP positions are (line, character) with the character counted in the encoding the client
//! and server agreed on: UTF-16 code units by default, or UTF-8 bytes, or UTF-32 (Unicode scalar
//! values, which the CLI's JSON output uses too). A position past the end of its line is clamped
//! to the line's end, a line past the end of the document to the document's end: a client that
//! is one step behind gets a sensible answer, never a panic.

use ropey::Rope;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    pub line: u32,
    pub character: u32,
}

impl Position {
    pub fn new(line: u32, character: u32) -> Self {
        Self { line, character }
    }
}

/// Char index of the end of line `line`'s content, before its terminator.
fn line_content_end_char(rope: &Rope, line: usize) -> usize {
    let start = rope.line_to_char(line);
    let slice = rope.line(line);
    let mut len = slice.len_chars();
    if len > 0 && matches!(slice.char(len - 1), '\n' | '\r') {
        len -= 1;
        if len > 0 && slice.char(len) == '\n' && slice.char(len - 1) == '\r' {
            len -= 1;
        }
    }
    start + len
}

/// The char index a position points at, clamped to the document.
pub fn position_to_char(rope: &Rope, position: Position, encoding: PositionEncoding) -> usize {
    let line = position.line as usize;
    if line >= rope.len_lines() {
        return rope.len_chars();
    }
    let line_start = rope.line_to_char(line);
    let line_end = line_content_end_char(rope, line);
    let column = position.character as usize;
    let char_index = match encoding {
        PositionEncoding::Utf32 => line_start + column,
        PositionEncoding::Utf16 => {
            let base = rope.char_to_utf16_cu(line_start);
            let end = rope.char_to_utf16_cu(line_end);
            // A column inside a surrogate pair rounds down to the character holding it.
            rope.utf16_cu_to_char((base + column).min(end))
        }
        PositionEncoding::Utf8 => {
            let base = rope.char_to_byte(line_start);
            let end = rope.char_to_byte(line_end);
            rope.byte_to_char((base + column).min(end))
        }
    };
    char_index.min(line_end)
}

/// The byte offset a position points at, clamped to the document.
pub fn position_to_offset(rope: &Rope, position: Position, encoding: PositionEncoding) -> usize {
    rope.char_to_byte(position_to_char(rope, position, encoding))
}

/// The position of a byte offset (clamped to the document; an offset inside a character counts
/// as the start of that character).
pub fn offset_to_position(rope: &Rope, offset: usize, encoding: PositionEncoding) -> Position {
    let char_index = rope.byte_to_char(offset.min(rope.len_bytes()));
    let line = rope.char_to_line(char_index);
    let line_start = rope.line_to_char(line);
    let character = match encoding {
        PositionEncoding::Utf32 => char_index - line_start,
        PositionEncoding::Utf16 => {
            rope.char_to_utf16_cu(char_index) - rope.char_to_utf16_cu(line_start)
        }
        PositionEncoding::Utf8 => rope.char_to_byte(char_index) - rope.line_to_byte(line),
    };
    Position::new(line as u32, character as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use PositionEncoding::*;

    const TEXT: &str = "标题𠀀😀x\r\n第二行\rab";

    #[test]
    fn astral_characters_take_two_utf16_units_and_four_bytes() {
        let rope = Rope::from_str(TEXT);
        let x = TEXT.find('x').unwrap();
        assert_eq!(offset_to_position(&rope, x, Utf16), Position::new(0, 6));
        assert_eq!(offset_to_position(&rope, x, Utf8), Position::new(0, 14));
        assert_eq!(offset_to_position(&rope, x, Utf32), Position::new(0, 4));
        for encoding in [Utf8, Utf16, Utf32] {
            let position = offset_to_position(&rope, x, encoding);
            assert_eq!(position_to_offset(&rope, position, encoding), x);
        }
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let rope = Rope::from_str(TEXT);
        let b = TEXT.find('b').unwrap();
        assert_eq!(offset_to_position(&rope, b, Utf16), Position::new(2, 1));
        let second = TEXT.find('第').unwrap();
        assert_eq!(
            position_to_offset(&rope, Position::new(1, 0), Utf16),
            second
        );
    }

    #[test]
    fn positions_past_a_line_or_the_document_are_clamped() {
        let rope = Rope::from_str(TEXT);
        let end_of_first_line = TEXT.find('\r').unwrap();
        assert_eq!(
            position_to_offset(&rope, Position::new(0, 99), Utf16),
            end_of_first_line
        );
        assert_eq!(
            position_to_offset(&rope, Position::new(9, 0), Utf8),
            TEXT.len()
        );
        assert_eq!(
            offset_to_position(&rope, 10_000, Utf16),
            Position::new(2, 2)
        );
    }

    #[test]
    fn a_column_inside_a_surrogate_pair_rounds_down() {
        let rope = Rope::from_str(TEXT);
        let astral = TEXT.find('𠀀').unwrap();
        assert_eq!(
            position_to_offset(&rope, Position::new(0, 3), Utf16),
            astral
        );
        assert_eq!(position_to_offset(&rope, Position::new(0, 8), Utf8), astral);
    }
}
