//! `broken-paragraph`: a paragraph that PDF extraction broke across lines, with quick fixes
//! that join the halves and keep any marker or caption laid out between them intact.

use super::context::Context;
use super::{Edit, Finding, Fix, Message, Related, Rule, Severity, excerpt};
use crate::analysis::Report;
use crate::analysis::paragraphs::{Break, joint};

pub const RULE: Rule = Rule {
    code: "broken-paragraph",
    default_severity: Severity::Information,
    description: "A paragraph is broken across lines, as text pasted from a PDF often is.",
    run,
};

fn run(context: &Context) -> Vec<Finding> {
    let (text, report) = (context.text, context.report);
    report
        .breaks
        .iter()
        .map(|broken| finding(text, report, broken))
        .collect()
}

fn finding(text: &str, report: &Report, broken: &Break) -> Finding {
    let last_char = text[broken.first.clone()]
        .chars()
        .next_back()
        .map_or(0, char::len_utf8);
    let continuation = excerpt(&text[broken.second.clone()], 12);
    Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: broken.first.end - last_char..broken.first.end,
        message: Message {
            zh: format!("段落在此断开，下文接“{continuation}”"),
            en: format!("The paragraph breaks off here and goes on at “{continuation}”"),
        },
        related: vec![Related {
            range: broken.second.clone(),
            message: Message {
                zh: "断开段落的下半部分".into(),
                en: "the rest of the broken paragraph".into(),
            },
        }],
        fixes: fixes(text, report, broken),
    }
}

fn fixes(text: &str, report: &Report, broken: &Break) -> Vec<Fix> {
    let first = &text[broken.first.clone()];
    let second = &text[broken.second.clone()];
    let glue = joint(first, second);
    let Some(&first_interleaved) = broken.interleaved.first() else {
        return vec![Fix {
            title: Message {
                zh: "合并断开的段落".into(),
                en: "Join the broken paragraph".into(),
            },
            edits: vec![Edit {
                range: broken.first.end..broken.second.start,
                new_text: glue.into(),
            }],
        }];
    };
    // What stands between the halves: the whitespace after the first half (`lead`), the
    // markers and captions themselves (`middle`), and the whitespace before the second (`trail`).
    let between = &text[broken.first.end..broken.second.start];
    let middle = between.trim();
    let lead = &between[..between.len() - between.trim_start().len()];
    let trail = &between[between.trim_end().len()..];
    let moved = excerpt(&text[report.blocks[first_interleaved].range.clone()], 16);
    vec![
        Fix {
            title: Message {
                zh: format!("合并断开的段落，“{moved}”移到段落之后"),
                en: format!("Join the broken paragraph and move “{moved}” after it"),
            },
            edits: vec![Edit {
                range: broken.first.end..broken.second.end,
                new_text: format!("{glue}{second}{lead}{middle}"),
            }],
        },
        Fix {
            title: Message {
                zh: format!("合并断开的段落，“{moved}”移到段落之前"),
                en: format!("Join the broken paragraph and move “{moved}” before it"),
            },
            edits: vec![Edit {
                range: broken.first.start..broken.second.start,
                new_text: format!("{middle}{trail}{first}{glue}"),
            }],
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;

    fn apply(text: &str, fix: &Fix) -> String {
        let mut result = text.to_string();
        for edit in fix.edits.iter().rev() {
            result.replace_range(edit.range.clone(), &edit.new_text);
        }
        result
    }

    const DRAFT: &str = "标题\n\n2019年，慈溪出台《实施办法（试\n\n关键词：关心关爱 打造温暖组织\n\n行）》，细化容错情形。\n\n下一段。\n";

    #[test]
    fn the_finding_sits_on_the_last_character_and_points_at_the_rest() {
        let report = analyse(DRAFT);
        let findings = run(&Context::new(DRAFT, &report));
        assert_eq!(findings.len(), 1);
        assert_eq!(&DRAFT[findings[0].range.clone()], "试");
        assert_eq!(
            &DRAFT[findings[0].related[0].range.clone()],
            "行）》，细化容错情形。"
        );
    }

    #[test]
    fn fixes_keep_the_marker_after_or_before_the_joined_paragraph() {
        let report = analyse(DRAFT);
        let fixes = &run(&Context::new(DRAFT, &report))[0].fixes;
        assert_eq!(
            apply(DRAFT, &fixes[0]),
            "标题\n\n2019年，慈溪出台《实施办法（试行）》，细化容错情形。\n\n关键词：关心关爱 打造温暖组织\n\n下一段。\n"
        );
        assert_eq!(
            apply(DRAFT, &fixes[1]),
            "标题\n\n关键词：关心关爱 打造温暖组织\n\n2019年，慈溪出台《实施办法（试行）》，细化容错情形。\n\n下一段。\n"
        );
    }

    #[test]
    fn a_plain_break_is_joined_in_place() {
        let text = "标题\n\n基层站\r\n所、两新组织等结对联系。\r\n";
        let report = analyse(text);
        // "基层站" is too short to be running text on its own: no break.
        assert!(run(&Context::new(text, &report)).is_empty());
        let text = "标题\n\n组织市级部门、金融机构、基层站\r\n所、两新组织等结对联系。\r\n";
        let report = analyse(text);
        let fix = &run(&Context::new(text, &report))[0].fixes[0];
        assert_eq!(
            apply(text, fix),
            "标题\n\n组织市级部门、金融机构、基层站所、两新组织等结对联系。\r\n"
        );
    }
}
