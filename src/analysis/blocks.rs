//! Lines → blocks: what each non-blank line of a draft is (headline, byline, marker, …).

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

use super::headings::{self, Heading, HeadingStyle};
use crate::text::chars::{is_clause_punctuation, is_sentence_final};
use crate::text::lines::{split_lines, trimmed};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    Headline,
    /// The line right after the headline that carries its date or occasion (——2020年5月15日在…).
    HeadlineDetail,
    Byline,
    Caption,
    Marker(Heading),
    Subtitle,
    Paragraph,
}

/// One non-blank line of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// The line's text without surrounding whitespace.
    pub range: Range<usize>,
    /// 0-based line number.
    pub line: usize,
    /// Whether a blank line (or the start of the text) stands before / after it.
    pub blank_before: bool,
    pub blank_after: bool,
}

impl Block {
    /// Whether the block is running text: a paragraph line, or a heading whose paragraph runs
    /// on after it on the same line (（五）执法保持高压态势。全年立案…).
    pub fn holds_running_text(&self) -> bool {
        match &self.kind {
            BlockKind::Paragraph => true,
            BlockKind::Marker(heading) => heading.run_in,
            _ => false,
        }
    }
}

/// Longest caption, in characters.
const MAX_CAPTION_CHARS: usize = 40;
/// Longest subtitle under a marker, in characters.
const MAX_SUBTITLE_CHARS: usize = 32;
/// How many lines after the headline a byline may stand.
const BYLINE_WINDOW: usize = 4;

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:本报(?:讯|记者)|记者|通讯员|特约记者|作者|撰稿|(?i:by)\s|(?:省|市|区|县|州)长(?:\s|$))|文[/／]图|(?:记者|通讯员)\s*\S+\s*$",
    )
    .unwrap()
});

/// Classifies every non-blank line of `text`.
pub fn classify(text: &str) -> Vec<Block> {
    let lines: Vec<Range<usize>> = split_lines(text)
        .into_iter()
        .map(|line| trimmed(text, line.content))
        .collect();
    let mut blocks: Vec<Block> = lines
        .iter()
        .enumerate()
        .filter(|(_, range)| !range.is_empty())
        .map(|(line, range)| Block {
            kind: BlockKind::Paragraph,
            range: range.clone(),
            line,
            blank_before: line == 0 || lines[line - 1].is_empty(),
            blank_after: line + 1 == lines.len() || lines[line + 1].is_empty(),
        })
        .collect();

    let mut index = 0;
    if let Some(first) = blocks.first_mut() {
        let line = &text[first.range.clone()];
        let heading = headings::recognise(line);
        let is_title = match &heading {
            None => true,
            Some(heading) => heading.style == HeadingStyle::Markdown(1),
        };
        if is_title {
            first.kind = BlockKind::Headline;
            index = 1;
        }
    }
    if index == 1
        && let Some(next) = blocks.get_mut(1)
    {
        let line = &text[next.range.clone()];
        if line.starts_with("——") || line.starts_with("──") {
            next.kind = BlockKind::HeadlineDetail;
            index = 2;
        }
    }
    let byline_limit = index + BYLINE_WINDOW;
    let mut seen_marker = false;
    while index < blocks.len() {
        let line = &text[blocks[index].range.clone()];
        if let Some(heading) = headings::recognise(line) {
            let wants_subtitle =
                heading.style == HeadingStyle::Keyword && heading.inline_subtitle.is_none();
            blocks[index].kind = BlockKind::Marker(heading);
            seen_marker = true;
            if wants_subtitle
                && let Some(next) = blocks.get_mut(index + 1)
                && is_subtitle(&text[next.range.clone()])
            {
                next.kind = BlockKind::Subtitle;
                index += 1;
            }
        } else if !seen_marker && index < byline_limit && is_byline(line) {
            blocks[index].kind = BlockKind::Byline;
        } else if is_caption(line, &blocks[index]) {
            blocks[index].kind = BlockKind::Caption;
        }
        index += 1;
    }
    blocks
}

fn is_byline(line: &str) -> bool {
    line.chars().count() <= MAX_CAPTION_CHARS && BYLINE.is_match(line)
}

/// A short title line: no clause punctuation and not a heading itself.
fn is_subtitle(line: &str) -> bool {
    line.chars().count() <= MAX_SUBTITLE_CHARS
        && !line.chars().any(is_clause_punctuation)
        && headings::recognise(line).is_none()
}

/// A photo caption: a short line standing alone between blank lines, with no sentence
/// punctuation; or any short line credited to a photographer (…（王鹏 摄）).
fn is_caption(line: &str, block: &Block) -> bool {
    let short = line.chars().count() <= MAX_CAPTION_CHARS;
    if short && (line.ends_with("摄）") || line.ends_with("摄)")) {
        return true;
    }
    short
        && block.blank_before
        && block.blank_after
        && !line.chars().any(is_clause_punctuation)
        && !line.chars().last().is_some_and(is_sentence_final)
        && line.chars().any(|c| !c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, &str)> {
        classify(text)
            .into_iter()
            .map(|block| {
                let kind = match block.kind {
                    BlockKind::Marker(_) => "marker".to_string(),
                    other => format!("{other:?}").to_lowercase(),
                };
                (kind, &text[block.range])
            })
            .collect()
    }

    #[test]
    fn feature_layout() {
        let text = "\n\n标题：助推发展\n\n记者 黄合 通讯员 余峰权 文/图\n\n党群服务中心正式运作\n\n正文第一段。\n\n关键词：担当作为\n\n培养高素质干部\n\n正文，第二段。\n";
        assert_eq!(
            kinds(text),
            [
                ("headline".to_string(), "标题：助推发展"),
                ("byline".to_string(), "记者 黄合 通讯员 余峰权 文/图"),
                ("caption".to_string(), "党群服务中心正式运作"),
                ("paragraph".to_string(), "正文第一段。"),
                ("marker".to_string(), "关键词：担当作为"),
                ("subtitle".to_string(), "培养高素质干部"),
                ("paragraph".to_string(), "正文，第二段。"),
            ]
        );
    }

    #[test]
    fn a_short_line_inside_running_text_is_not_a_caption() {
        let text = "标题\n\n第一段开始，\n并未结束\n继续写完。\n";
        assert!(kinds(text).iter().all(|(kind, _)| kind != "caption"));
    }

    #[test]
    fn government_report_front_matter() {
        let text = "政府工作报告\n\n——2020年5月15日在昆明市第十四届人民代表大会第五次会议上\n\n市长\n\n各位代表：\n";
        assert_eq!(
            kinds(text),
            [
                ("headline".to_string(), "政府工作报告"),
                (
                    "headlinedetail".to_string(),
                    "——2020年5月15日在昆明市第十四届人民代表大会第五次会议上"
                ),
                ("byline".to_string(), "市长"),
                ("paragraph".to_string(), "各位代表："),
            ]
        );
    }
}
