//! Paragraphs, and the ones that PDF extraction broke across lines.
//!
//! Text pasted from a PDF often stops mid-sentence at the end of a line and goes on in a later
//! line, sometimes with a blank line, a section marker or a photo caption laid out in between
//! ("…实施办法（试" … "关键词：关心关爱 …" … "行）》，按照…"). Joining the halves here lets
//! every later reader see whole paragraphs.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

use super::blocks::{Block, BlockKind};
use crate::text::chars::{ends_mid_sentence, is_clause_punctuation};

/// A paragraph as the author wrote it: one or more pieces of text, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub pieces: Vec<Range<usize>>,
}

impl Paragraph {
    /// The joined text with, for each piece, where it starts in the joined text and in the source.
    pub fn joined(&self, source: &str) -> JoinedText {
        let mut text = String::new();
        let mut pieces = Vec::new();
        for piece in &self.pieces {
            text.push_str(joint(&text, &source[piece.clone()]));
            pieces.push((text.len(), piece.clone()));
            text.push_str(&source[piece.clone()]);
        }
        JoinedText { text, pieces }
    }

    pub fn range(&self) -> Range<usize> {
        self.pieces[0].start..self.pieces[self.pieces.len() - 1].end
    }
}

/// A paragraph's text with its pieces joined, and the way back to source offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinedText {
    pub text: String,
    /// (start in `text`, range in the source) of each piece.
    pieces: Vec<(usize, Range<usize>)>,
}

impl JoinedText {
    /// A single line of the source, taken as it is.
    pub fn line(source: &str, range: Range<usize>) -> Self {
        JoinedText {
            text: source[range.clone()].to_string(),
            pieces: vec![(0, range)],
        }
    }

    /// The source offset of an offset in the joined text (a joint maps to the next piece).
    pub fn source_offset(&self, offset: usize) -> usize {
        let index = self
            .pieces
            .partition_point(|(start, _)| *start <= offset)
            .saturating_sub(1);
        let (start, range) = &self.pieces[index];
        (range.start + offset.saturating_sub(*start)).min(range.end)
    }

    /// The source ranges of a range of the joined text, one per piece it touches: a name broken
    /// around a marker is two stretches of the source, and the marker between is not part of it.
    pub fn source_pieces(&self, range: Range<usize>) -> Vec<Range<usize>> {
        let mut pieces = Vec::new();
        for (index, (start, piece)) in self.pieces.iter().enumerate() {
            let end = self
                .pieces
                .get(index + 1)
                .map_or(self.text.len(), |(next, _)| *next);
            let (from, to) = (range.start.max(*start), range.end.min(end));
            if from < to {
                let from = (piece.start + (from - start)).min(piece.end);
                let to = (piece.start + (to - start)).min(piece.end);
                if from < to {
                    pieces.push(from..to);
                }
            }
        }
        pieces
    }

    /// The source range of a range of the joined text; an end at a joint stays in the piece
    /// it ends.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let index = self
            .pieces
            .partition_point(|(start, _)| *start < range.end)
            .saturating_sub(1);
        let (start, piece) = &self.pieces[index];
        let end = (piece.start + range.end.saturating_sub(*start)).min(piece.end);
        self.source_offset(range.start)..end.max(self.source_offset(range.start))
    }
}

/// What goes between two halves of a broken paragraph: nothing in Chinese, a space between
/// two Western words.
pub fn joint(before: &str, after: &str) -> &'static str {
    let last = before.chars().last();
    let first = after.chars().next();
    match (last, first) {
        (Some(a), Some(b)) if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() => " ",
        (Some(a), Some(b)) if matches!(a, ',' | ';' | ':') && b.is_ascii_alphanumeric() => " ",
        _ => "",
    }
}

/// A place where one paragraph is broken: the line that stops mid-sentence, the line that goes
/// on, and whatever stands between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    /// The text of the line that stops mid-sentence.
    pub first: Range<usize>,
    /// The text of the line that goes on.
    pub second: Range<usize>,
    /// Indices into the report's blocks of the markers, subtitles and captions in between.
    pub interleaved: Vec<usize>,
}

/// A line this short with no punctuation is a title we did not recognise, not running text.
const MIN_BROKEN_LINE_CHARS: usize = 12;

/// Groups paragraph blocks (and run-in headings with their text) into paragraphs and finds the breaks between their pieces.
pub fn paragraphs(text: &str, blocks: &[Block]) -> (Vec<Paragraph>, Vec<Break>) {
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut breaks = Vec::new();
    let mut continued: Vec<Option<usize>> = vec![None; blocks.len()];
    for (index, block) in blocks.iter().enumerate() {
        if !block.holds_running_text() {
            continue;
        }
        let paragraph = match continued[index] {
            Some(paragraph) => {
                paragraphs[paragraph].pieces.push(block.range.clone());
                paragraph
            }
            None => {
                paragraphs.push(Paragraph {
                    pieces: vec![block.range.clone()],
                });
                paragraphs.len() - 1
            }
        };
        if !stops_mid_sentence(&text[block.range.clone()]) {
            continue;
        }
        let mut interleaved = Vec::new();
        for (next_index, next) in blocks.iter().enumerate().skip(index + 1) {
            match next.kind {
                BlockKind::Marker(_) | BlockKind::Subtitle | BlockKind::Caption => {
                    interleaved.push(next_index)
                }
                BlockKind::Paragraph => {
                    continued[next_index] = Some(paragraph);
                    breaks.push(Break {
                        first: block.range.clone(),
                        second: next.range.clone(),
                        interleaved,
                    });
                    break;
                }
                _ => break,
            }
        }
    }
    (paragraphs, breaks)
}

fn stops_mid_sentence(line: &str) -> bool {
    ends_mid_sentence(line)
        && !is_field(line)
        && (line.chars().count() >= MIN_BROKEN_LINE_CHARS
            || line.chars().any(|c| is_clause_punctuation(c) && c != '：'))
}

/// A form field such as "牵头单位：市扶贫办": a short label, a colon and a value with no sentence.
fn is_field(line: &str) -> bool {
    static FIELD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[\p{Han}A-Za-z ]{2,8}[：:][^。！？]*$").unwrap());
    FIELD.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::blocks::classify;

    fn joined(text: &str) -> (Vec<String>, usize) {
        let blocks = classify(text);
        let (paragraphs, breaks) = paragraphs(text, &blocks);
        (
            paragraphs.iter().map(|p| p.joined(text).text).collect(),
            breaks.len(),
        )
    }

    #[test]
    fn a_sentence_broken_around_a_marker_is_one_paragraph() {
        let text = "标题\n\n2019年，慈溪出台《容错纠错实施办法（试\n\n关键词：关心关爱 打造温暖组织\n\n行）》，细化10种容错情形。\n";
        let (paragraphs, breaks) = joined(text);
        assert_eq!(
            paragraphs,
            ["2019年，慈溪出台《容错纠错实施办法（试行）》，细化10种容错情形。"]
        );
        assert_eq!(breaks, 1);
    }

    #[test]
    fn a_caption_between_halves_stays_a_caption() {
        let text = "标题\n\n同时，各地还紧贴党委政府中\n\n先锋驿站定期开展志愿服务\n\n心工作，修订完善工作清单。\n";
        let (paragraphs, _) = joined(text);
        assert_eq!(
            paragraphs,
            ["同时，各地还紧贴党委政府中心工作，修订完善工作清单。"]
        );
    }

    #[test]
    fn complete_paragraphs_are_not_joined() {
        let text = "标题\n\n第一段写完了。\n\n“要坚持严管和厚爱结合”……\n\n第二段也写完了。\n";
        assert_eq!(joined(text).1, 0);
    }

    #[test]
    fn form_fields_are_not_broken_lines() {
        let text = "标题\n\n牵头单位：市扶贫办\n\n责任单位：各县（市）区人民政府、开发（度假）园区管委会\n\n二、促进就业\n";
        assert_eq!(joined(text).1, 0);
    }

    #[test]
    fn english_halves_are_joined_with_a_space() {
        let text = "Title\n\nThe council opened the new pumping\nstation in March.\n";
        assert_eq!(
            joined(text).0,
            ["The council opened the new pumping station in March."]
        );
    }

    #[test]
    fn a_paragraph_broken_twice_has_three_pieces() {
        let text = "标题\n\n第一行还没有写完，\n第二行也没有写完，还在继续\n第三行写完了。\n";
        let (paragraphs, breaks) = joined(text);
        assert_eq!(paragraphs.len(), 1);
        assert_eq!(breaks, 2);
    }

    #[test]
    fn a_run_in_heading_and_its_text_are_a_paragraph() {
        let text =
            "报告\n\n一、回顾\n\n（一）执法保持高压态势。全年立案4268件。\n\n（二）质量安全\n";
        assert_eq!(joined(text).0, ["（一）执法保持高压态势。全年立案4268件。"]);
    }
}
