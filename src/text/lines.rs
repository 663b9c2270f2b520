//! Lines as the Language Server Protocol counts them: `\n`, `\r\n` and a lone `\r` each end a line.

use std::ops::Range;

/// One line of a text: its byte range without the terminator, and the byte range of the
/// terminator itself (empty on the last line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub content: Range<usize>,
    pub terminator: Range<usize>,
}

/// Splits `text` into lines. An empty text has one empty line, as an editor shows it.
pub fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let terminator_len = match bytes[i] {
            b'\n' => 1,
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if terminator_len == 0 {
            i += 1;
            continue;
        }
        lines.push(Line {
            content: start..i,
            terminator: i..i + terminator_len,
        });
        i += terminator_len;
        start = i;
    }
    lines.push(Line {
        content: start..bytes.len(),
        terminator: bytes.len()..bytes.len(),
    });
    lines
}

/// The 0-based line that holds byte `offset`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n')))
        .count()
}

/// The byte range of `range` within `text` with surrounding whitespace (including the
/// ideographic space U+3000 that PDF extraction leaves behind) removed.
pub fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start_trim = slice.len() - slice.trim_start().len();
    let end_trim = slice.len() - slice.trim_end().len();
    if start_trim == slice.len() {
        return range.start..range.start;
    }
    range.start + start_trim..range.end - end_trim
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<&str> {
        split_lines(text)
            .into_iter()
            .map(|line| &text[line.content])
            .collect()
    }

    #[test]
    fn every_lsp_line_ending_ends_a_line() {
        assert_eq!(contents("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(contents("a\r\r\nb"), ["a", "", "b"]);
    }

    #[test]
    fn trailing_terminator_leaves_an_empty_last_line() {
        assert_eq!(contents("a\n"), ["a", ""]);
        assert_eq!(contents(""), [""]);
    }

    #[test]
    fn unicode_line_separators_are_not_line_endings() {
        assert_eq!(contents("a\u{2028}b\u{000C}c"), ["a\u{2028}b\u{000C}c"]);
    }

    #[test]
    fn line_numbers_count_every_lsp_line_ending() {
        let text = "a\r\nb\rc\nd";
        assert_eq!(line_of(text, text.find('d').unwrap()), 3);
        assert_eq!(line_of(text, 1), 0); // between \r and \n
    }

    #[test]
    fn trimming_removes_ideographic_spaces() {
        let text = "\u{3000} 标题 \u{3000}";
        assert_eq!(&text[trimmed(text, 0..text.len())], "标题");
        assert_eq!(trimmed("   ", 0..3), 0..0);
    }
}
