//! `numeral-style` (hint): GB/T 15835-2011 consistency — the same kind of figure written with
//! Chinese numerals in one place and Arabic in another (近三年 / 3年以来), range dashes of more
//! than one kind in one draft, and a redundant 约…左右.

use super::context::Context;
use super::{Edit, Finding, Fix, Message, Related, Rule, Severity};
use crate::analysis::figures::{FigureKind, Value};

pub const RULE: Rule = Rule {
    code: "numeral-style",
    default_severity: Severity::Hint,
    description: "Numerals are written inconsistently (GB/T 15835-2011).",
    run,
};

fn run(context: &Context) -> Vec<Finding> {
    let mut findings = mixed_numerals(context);
    findings.extend(mixed_dashes(context));
    findings.extend(redundant_approximation(context));
    findings
}

/// Durations, ages and percentages: kinds where the numeral style should not vary.
fn mixed_numerals(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    let mut groups: Vec<(FigureKind, &str)> = figures
        .iter()
        .filter(|figure| {
            matches!(
                figure.kind,
                FigureKind::Duration | FigureKind::Age | FigureKind::Percent
            )
        })
        .map(|figure| (figure.kind, figure.unit.as_str()))
        .collect();
    groups.sort_by_key(|(kind, unit)| (kind.as_str(), *unit));
    groups.dedup();
    for (kind, unit) in groups {
        let of_kind: Vec<usize> = (0..figures.len())
            .filter(|&i| figures[i].kind == kind && figures[i].unit == unit)
            .collect();
        let chinese: Vec<usize> = of_kind
            .iter()
            .copied()
            .filter(|&i| figures[i].chinese_numerals)
            .collect();
        let arabic: Vec<usize> = of_kind
            .iter()
            .copied()
            .filter(|&i| !figures[i].chinese_numerals)
            .collect();
        if chinese.is_empty() || arabic.is_empty() {
            continue;
        }
        // The less used style is the odd one; on a tie, Arabic numerals are the norm for counts.
        let (odd, usual) = if chinese.len() <= arabic.len() {
            (chinese, arabic)
        } else {
            (arabic, chinese)
        };
        for index in odd {
            findings.push(Finding {
                code: RULE.code,
                severity: RULE.default_severity,
                range: figures[index].range.clone(),
                message: Message {
                    zh: format!(
                        "同类数字写法不一：此处“{}”，而{}",
                        context.written(index),
                        context.cite_zh(usual[0])
                    ),
                    en: format!(
                        "Numerals of one kind written two ways: “{}” here, {}",
                        context.written(index),
                        context.cite_en(usual[0])
                    ),
                },
                related: vec![Related {
                    range: figures[usual[0]].range.clone(),
                    message: Message {
                        zh: "另一种写法".into(),
                        en: "the other way of writing it".into(),
                    },
                }],
                fixes: Vec::new(),
            });
        }
    }
    findings
}

fn dash_kind(dash: &str) -> Option<char> {
    match dash {
        "—" | "——" | "–" => Some('—'),
        "-" | "－" => Some('-'),
        "~" | "～" => Some('～'),
        _ => None, // 至, 到: words, not marks
    }
}

fn mixed_dashes(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let ranges: Vec<(usize, char)> = (0..figures.len())
        .filter(|&i| matches!(figures[i].value, Value::Range(..)))
        .filter_map(|i| {
            figures[i]
                .dash
                .as_deref()
                .and_then(dash_kind)
                .map(|kind| (i, kind))
        })
        .collect();
    let mut kinds: Vec<char> = ranges.iter().map(|(_, kind)| *kind).collect();
    kinds.sort();
    kinds.dedup();
    if kinds.len() < 2 {
        return Vec::new();
    }
    let usual = *kinds
        .iter()
        .max_by_key(|kind| ranges.iter().filter(|(_, k)| k == *kind).count())
        .unwrap();
    let model = ranges.iter().find(|(_, kind)| *kind == usual).unwrap().0;
    ranges
        .iter()
        .filter(|(_, kind)| *kind != usual)
        .map(|&(index, _)| Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[index].range.clone(),
            message: Message {
                zh: format!(
                    "范围连接号不统一：此处“{}”，而{}",
                    context.written(index),
                    context.cite_zh(model)
                ),
                en: format!(
                    "Range dashes differ: “{}” here, {}",
                    context.written(index),
                    context.cite_en(model)
                ),
            },
            related: vec![Related {
                range: figures[model].range.clone(),
                message: Message {
                    zh: "文中通行的写法".into(),
                    en: "the draft's usual dash".into(),
                },
            }],
            fixes: Vec::new(),
        })
        .collect()
}

/// 约50%左右: 约 and 左右 say the same thing once too often.
fn redundant_approximation(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    (0..figures.len())
        .filter_map(|index| {
            let figure = &figures[index];
            let qualifier = figure.qualifier.as_deref()?;
            if !(qualifier.contains("左右") || qualifier.contains("上下")) {
                return None;
            }
            let before = &text[..figure.range.start];
            let word = ["大约", "约"]
                .into_iter()
                .find(|word| before.ends_with(word))?;
            let word_range = figure.range.start - word.len()..figure.range.start;
            Some(Finding {
                code: RULE.code,
                severity: RULE.default_severity,
                range: word_range.start..figure.range.end,
                message: Message {
                    zh: format!("“{word}”与“{qualifier}”重复，留一个即可"),
                    en: format!("“{word}” and “{qualifier}” say the same; keep one"),
                },
                related: Vec::new(),
                fixes: vec![Fix {
                    title: Message {
                        zh: format!("删去“{word}”"),
                        en: format!("Delete “{word}”"),
                    },
                    edits: vec![Edit {
                        range: word_range,
                        new_text: String::new(),
                    }],
                }],
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("numeral-style", text).len()
    }

    #[test]
    fn mixed_styles_are_hinted() {
        assert_eq!(
            count("近三年“双考双排”中成绩突出。3年以来累计开展活动239次，近5年完成。"),
            1
        );
        assert_eq!(count("下设3—4个站，面向35～40岁人员，1.1—1.6倍。"), 1);
        let findings = findings_of("numeral-style", "精选约50%左右学员。");
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].fixes[0].edits[0].new_text, "");
    }

    #[test]
    fn consistent_styles_stay_silent() {
        assert_eq!(count("下设3—4个站，面向35—40岁人员，1.1—1.6倍。"), 0);
        assert_eq!(count("近3年累计开展活动239次，5年以来完成。"), 0);
        assert_eq!(count("精选50%左右学员。"), 0);
    }
}
