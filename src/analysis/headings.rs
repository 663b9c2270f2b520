//! Section markers: the heading styles of Chinese reports, Markdown and English drafts.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

use crate::text::chars::{ends_mid_sentence, is_sentence_final};

/// How a heading is numbered or marked. The order of the variants is their nesting order:
/// a heading nests under the nearest preceding heading of a smaller rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingStyle {
    /// `# Title` … `###### Title`, with its level.
    Markdown(u8),
    /// 第一部分, 第一篇
    Part,
    /// 第一章
    Chapter,
    /// 第一节
    Section,
    /// 关键词：X, Keywords: X — a feature's section marker, whose title follows on the next line.
    Keyword,
    /// 一、
    ChineseNumber,
    /// （一）
    ParenthesisedChineseNumber,
    /// 1. 1、 1．
    ArabicNumber,
    /// 1.1, 1.1.1 — with its depth (2 for 1.1).
    DecimalNumber(u8),
    /// （1） (1) ①
    ParenthesisedArabicNumber,
}

impl HeadingStyle {
    pub fn rank(self) -> u8 {
        match self {
            HeadingStyle::Markdown(level) => level,
            HeadingStyle::Part => 10,
            HeadingStyle::Chapter => 11,
            HeadingStyle::Section => 12,
            HeadingStyle::Keyword | HeadingStyle::ChineseNumber => 13,
            HeadingStyle::ParenthesisedChineseNumber => 14,
            HeadingStyle::ArabicNumber => 15,
            HeadingStyle::DecimalNumber(depth) => 15 + depth,
            HeadingStyle::ParenthesisedArabicNumber => 30,
        }
    }
}

/// A recognised heading line. Ranges are relative to the line passed to [`recognise`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub style: HeadingStyle,
    /// What the outline shows: the keyword for keyword markers, the heading text with its number
    /// for numbered headings, the run-in head for a heading that runs into its paragraph.
    pub name: Range<usize>,
    /// A subtitle written on the marker line itself (关键词：关心关爱 打造温暖组织释放激励效应).
    pub inline_subtitle: Option<Range<usize>>,
    /// Whether running text follows the heading on the same line.
    pub run_in: bool,
}

const CHINESE_DIGITS: &str = "一二三四五六七八九十百零〇两";

static KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:关键词|关键字|(?i:key\s?words?))\s*[：:]\s*(\S.*)$").unwrap()
});
static MARKDOWN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(#{1,6})\s+(\S.*?)\s*#*\s*$").unwrap());
static NUMBERED: LazyLock<Vec<(Regex, HeadingStyle)>> = LazyLock::new(|| {
    let d = CHINESE_DIGITS;
    let styles = [
        (format!(r"^第[{d}\d]+(?:部分|篇)"), HeadingStyle::Part),
        (format!(r"^第[{d}\d]+章"), HeadingStyle::Chapter),
        (format!(r"^第[{d}\d]+节"), HeadingStyle::Section),
        (format!(r"^[{d}]+、"), HeadingStyle::ChineseNumber),
        (
            format!(r"^[（(][{d}]+[）)]"),
            HeadingStyle::ParenthesisedChineseNumber,
        ),
        (
            r"^\d{1,2}(?:\.\d{1,2})+".to_string(),
            HeadingStyle::DecimalNumber(0),
        ),
        (r"^\d{1,2}[、．.]".to_string(), HeadingStyle::ArabicNumber),
        (
            r"^(?:[（(]\d{1,2}[）)]|[①-⑳])".to_string(),
            HeadingStyle::ParenthesisedArabicNumber,
        ),
    ];
    styles
        .into_iter()
        .map(|(pattern, style)| (Regex::new(&pattern).unwrap(), style))
        .collect()
});

/// Longest heading, in characters, that stands on its own line.
const MAX_HEADING_CHARS: usize = 60;
/// Longest run-in head, in characters (（一）加快推进改革开放。统筹推进……).
const MAX_RUN_IN_HEAD_CHARS: usize = 30;

/// Recognises a section marker on a trimmed line.
pub fn recognise(line: &str) -> Option<Heading> {
    if let Some(captures) = KEYWORD.captures(line) {
        let rest = captures.get(1).unwrap();
        let (name, inline_subtitle) = split_keyword(line, rest.range());
        return Some(Heading {
            style: HeadingStyle::Keyword,
            name,
            inline_subtitle,
            run_in: false,
        });
    }
    if let Some(captures) = MARKDOWN.captures(line) {
        let level = captures.get(1).unwrap().len() as u8;
        return Some(Heading {
            style: HeadingStyle::Markdown(level),
            name: captures.get(2).unwrap().range(),
            inline_subtitle: None,
            run_in: false,
        });
    }
    let (regex, style) = NUMBERED.iter().find(|(regex, _)| regex.is_match(line))?;
    let number_end = regex.find(line).unwrap().end();
    let style = match style {
        HeadingStyle::DecimalNumber(_) => {
            let number = &line[..number_end];
            HeadingStyle::DecimalNumber(number.matches('.').count() as u8 + 1)
        }
        other => *other,
    };
    let body = line[number_end..].trim_start();
    let numbered_in_arabic = matches!(
        style,
        HeadingStyle::ArabicNumber | HeadingStyle::DecimalNumber(_)
    );
    if body.is_empty() || numbered_in_arabic && continues_a_number(body) {
        return None;
    }
    numbered_heading(line, style)
}

/// 1.1万人次, 3.5%, 2.0版本: the "number" was the start of a figure, not a heading's number.
fn continues_a_number(body: &str) -> bool {
    body.starts_with(|c: char| {
        c.is_ascii_digit()
            || ".．%％万亿千百十个名次人元倍年月日岁米亩吨户家项条支门种版".contains(c)
    })
}

fn numbered_heading(line: &str, style: HeadingStyle) -> Option<Heading> {
    let char_count = line.chars().count();
    if char_count <= MAX_HEADING_CHARS && !ends_in_sentence(line) {
        return Some(Heading {
            style,
            name: 0..line.len(),
            inline_subtitle: None,
            run_in: false,
        });
    }
    // A run-in head: a short phrase closed by 。 with the paragraph following on the same line.
    let (head_end, _) = line.char_indices().find(|&(_, c)| c == '。')?;
    let head = &line[..head_end];
    if head.chars().count() > MAX_RUN_IN_HEAD_CHARS || head.contains(['，', '；']) {
        return None;
    }
    Some(Heading {
        style,
        name: 0..head_end,
        inline_subtitle: None,
        run_in: true,
    })
}

/// Whether a line reads as a sentence rather than a title: it ends with sentence punctuation.
fn ends_in_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| is_sentence_final(c) || c == '，')
        || !ends_mid_sentence(line) && line.contains('。')
}

/// 关键词：关心关爱 打造温暖组织释放激励效应 → keyword 关心关爱, subtitle 打造温暖组织释放激励效应.
fn split_keyword(line: &str, rest: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    let text = &line[rest.clone()];
    let is_cjk_phrase = |s: &str| !s.is_ascii();
    if let Some(space) = text.find([' ', '\u{3000}']) {
        let subtitle = text[space..].trim_start();
        if is_cjk_phrase(&text[..space]) && !subtitle.is_empty() {
            let subtitle_start = rest.start + text.len() - subtitle.len();
            return (
                rest.start..rest.start + space,
                Some(subtitle_start..rest.end),
            );
        }
    }
    (rest, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(line: &str) -> Option<(HeadingStyle, &str, Option<&str>, bool)> {
        recognise(line).map(|heading| {
            (
                heading.style,
                &line[heading.name],
                heading.inline_subtitle.map(|range| &line[range]),
                heading.run_in,
            )
        })
    }

    #[test]
    fn keyword_markers_carry_an_optional_inline_subtitle() {
        assert_eq!(
            parts("关键词：担当作为"),
            Some((HeadingStyle::Keyword, "担当作为", None, false))
        );
        assert_eq!(
            parts("关键词：关心关爱 打造温暖组织释放激励效应"),
            Some((
                HeadingStyle::Keyword,
                "关心关爱",
                Some("打造温暖组织释放激励效应"),
                false
            ))
        );
        assert_eq!(
            parts("Keywords: water supply"),
            Some((HeadingStyle::Keyword, "water supply", None, false))
        );
    }

    #[test]
    fn chinese_numbered_headings_keep_their_number() {
        assert_eq!(
            parts("一、 2019年工作回顾").map(|p| (p.0, p.1)),
            Some((HeadingStyle::ChineseNumber, "一、 2019年工作回顾"))
        );
        assert_eq!(
            parts("（一）深化改革开放，增强发展活力").map(|p| p.0),
            Some(HeadingStyle::ParenthesisedChineseNumber)
        );
        assert_eq!(
            parts("第一章 总则").map(|p| p.0),
            Some(HeadingStyle::Chapter)
        );
        assert_eq!(
            parts("1.1 Scope").map(|p| p.0),
            Some(HeadingStyle::DecimalNumber(2))
        );
        assert_eq!(
            parts("1. Background").map(|p| p.0),
            Some(HeadingStyle::ArabicNumber)
        );
    }

    #[test]
    fn a_run_in_head_ends_at_the_first_full_stop() {
        assert_eq!(
            parts("（一）加快推进改革开放。统筹推进国家战略举措相关改革，完成各项任务。"),
            Some((
                HeadingStyle::ParenthesisedChineseNumber,
                "（一）加快推进改革开放",
                None,
                true
            ))
        );
    }

    #[test]
    fn numbers_that_start_sentences_are_not_headings() {
        assert_eq!(parts("2019年是新中国成立70周年。"), None);
        assert_eq!(parts("1.1万人次参与了活动。"), None);
        assert_eq!(parts("3.5%的增长来自消费。"), None);
        assert_eq!(
            parts(
                "一、二产业增加值分别增长了百分之五和百分之七，三产业增长了百分之九，全年完成各项任务。"
            ),
            None
        );
    }

    #[test]
    fn markdown_headings_drop_their_hashes() {
        assert_eq!(
            parts("## 第二部分 ##"),
            Some((HeadingStyle::Markdown(2), "第二部分", None, false))
        );
    }
}
