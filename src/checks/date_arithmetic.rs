//! `date-arithmetic`: durations that disagree with the years named — 近三年 against 2016—2019年,
//! 2016年开始 … 3年以来 in a report of 2019 — and past events dated after the draft's own date.

use super::context::Context;
use super::{Finding, Message, Related, Rule, Severity};
use crate::analysis::blocks::BlockKind;
use crate::analysis::figures::{FigureKind, Value};

pub const RULE: Rule = Rule {
    code: "date-arithmetic",
    default_severity: Severity::Warning,
    description: "A duration disagrees with the years named, or a past event is dated after the draft.",
    run,
};

/// How many paragraphs after a start year (2016年开始) a span (3年以来) may still count from it.
const SINCE_REACH_PARAGRAPHS: usize = 4;

fn run(context: &Context) -> Vec<Finding> {
    let stated = stated_year(context);
    let reference = stated.or_else(|| latest_year(context));
    let mut findings = Vec::new();
    for span in 0..context.figures().len() {
        let Some(years) = span_back(context, span) else {
            continue;
        };
        if let Some(finding) = against_year_range(context, span, years) {
            findings.push(finding);
        } else if let Some(reference) = reference {
            findings.extend(against_start_year(
                context,
                span,
                years,
                reference,
                stated.is_some(),
            ));
        }
    }
    if let Some(stated) = stated {
        findings.extend(after_the_draft(context, stated));
    }
    findings
}

/// The year the draft states as its own date: a full date in the lines before its first section
/// (——2020年5月15日在…会议上).
fn stated_year(context: &Context) -> Option<i32> {
    let report = context.report;
    let front_end = report
        .blocks
        .iter()
        .find(|block| matches!(block.kind, BlockKind::Marker(_)))
        .map_or(usize::MAX, |block| block.range.start);
    report.figures.iter().find_map(|figure| match figure.value {
        Value::Date {
            year: Some(year),
            month: Some(_),
            day: Some(_),
        } if figure.range.start < front_end => Some(year),
        _ => None,
    })
}

/// The latest year the draft names as past: the best guess at its date when it states none.
fn latest_year(context: &Context) -> Option<i32> {
    context
        .figures()
        .iter()
        .filter(|figure| {
            let before = &context.text[..figure.range.start];
            !before.ends_with('到') && !before.ends_with("力争")
        })
        .filter_map(|figure| match figure.value {
            Value::Date { year, .. } => year,
            _ => None,
        })
        .max()
}

/// A duration counted back from now: 近三年, 3年以来, 三年来, 过去五年. Returns the years.
fn span_back(context: &Context, index: usize) -> Option<f64> {
    let figure = &context.figures()[index];
    if figure.kind != FigureKind::Duration || figure.unit != "年" {
        return None;
    }
    let Value::Number(years) = figure.value else {
        return None;
    };
    let after = &context.text[figure.range.end..];
    let before = &context.text[..figure.range.start];
    let counts_back = figure.qualifier.as_deref() == Some("近")
        || ["以来", "来", "间"]
            .iter()
            .any(|word| after.starts_with(word))
        || before.ends_with("过去")
        || before.ends_with('这');
    counts_back.then_some(years)
}

fn year_range(value: &Value) -> Option<(f64, f64)> {
    match value {
        Value::Range(from, to) if *from >= 1900.0 => Some((*from, *to)),
        _ => None,
    }
}

/// 近三年 against 2017—2019年 in the same paragraph: three years is 2017—2019 or 2016—2019.
fn against_year_range(context: &Context, span: usize, years: f64) -> Option<Finding> {
    let figures = context.figures();
    let facts = &context.facts;
    let together = |other: usize| match facts[span].paragraph {
        Some(paragraph) => facts[other].paragraph == Some(paragraph),
        None => facts[other].sentence == facts[span].sentence,
    };
    // Figures are in document order: those of the paragraph stand around the span.
    let first = (0..span)
        .rev()
        .take_while(|&other| together(other))
        .last()
        .unwrap_or(span);
    let range = (first..figures.len())
        .take_while(|&other| together(other))
        .find(|&other| {
            together(other)
                && figures[other].kind == FigureKind::Date
                && year_range(&figures[other].value).is_some()
        })?;
    let (from, to) = year_range(&figures[range].value)?;
    let inclusive = to - from + 1.0;
    if (years - inclusive).abs() < 1e-9 || (years - (to - from)).abs() < 1e-9 {
        return None;
    }
    Some(Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: figures[span].range.clone(),
        message: Message {
            zh: format!(
                "“{}”与{}不符：后者是 {} 年",
                context.written(span),
                context.cite_zh(range),
                inclusive
            ),
            en: format!(
                "“{}” disagrees with {}, which spans {} years",
                context.written(span),
                context.cite_en(range),
                inclusive
            ),
        },
        related: vec![Related {
            range: figures[range].range.clone(),
            message: Message {
                zh: "所说的年份".into(),
                en: "the years named".into(),
            },
        }],
        fixes: Vec::new(),
    })
}

/// 2016年开始 … 3年以来: the years since the start should be the span, give or take one.
fn against_start_year(
    context: &Context,
    span: usize,
    years: f64,
    reference: i32,
    reference_stated: bool,
) -> Option<Finding> {
    let figures = context.figures();
    let paragraph = context.facts[span].paragraph?;
    let reach = |other: usize| {
        context.facts[other]
            .paragraph
            .is_none_or(|other_paragraph| other_paragraph + SINCE_REACH_PARAGRAPHS >= paragraph)
    };
    let start = (0..span)
        .rev()
        .take_while(|&other| reach(other))
        .find(|&other| {
            let Some(other_paragraph) = context.facts[other].paragraph else {
                return false;
            };
            let after = &context.text[figures[other].range.end..];
            other_paragraph + SINCE_REACH_PARAGRAPHS >= paragraph
                && matches!(
                    figures[other].value,
                    Value::Date {
                        year: Some(_),
                        month: None,
                        ..
                    }
                )
                && ["开始", "起", "以来"]
                    .iter()
                    .any(|word| after.starts_with(word))
        })?;
    let Value::Date {
        year: Some(start_year),
        ..
    } = figures[start].value
    else {
        return None;
    };
    let elapsed = f64::from(reference - start_year);
    if (elapsed - years).abs() <= 1.0 {
        return None;
    }
    let strong = reference_stated && context.facts[start].paragraph == Some(paragraph);
    Some(Finding {
        code: RULE.code,
        severity: if strong {
            Severity::Warning
        } else {
            Severity::Information
        },
        range: figures[span].range.clone(),
        message: Message {
            zh: format!(
                "“{}”与{}不符：到{reference}年是 {elapsed} 年",
                context.written(span),
                context.cite_zh(start)
            ),
            en: format!(
                "“{}” disagrees with {}: that is {elapsed} years before {reference}",
                context.written(span),
                context.cite_en(start)
            ),
        },
        related: vec![Related {
            range: figures[start].range.clone(),
            message: Message {
                zh: "起始年份".into(),
                en: "the start year".into(),
            },
        }],
        fixes: Vec::new(),
    })
}

/// 自2021年以来 in a draft dated 2020: a past event after the draft's own date.
fn after_the_draft(context: &Context, stated: i32) -> Vec<Finding> {
    let figures = context.figures();
    (0..figures.len())
        .filter(|&index| {
            let Value::Date {
                year: Some(year), ..
            } = figures[index].value
            else {
                return false;
            };
            let after = &context.text[figures[index].range.end..];
            year > stated && (after.starts_with("以来") || after.starts_with("开始"))
        })
        .map(|index| Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[index].range.clone(),
            message: Message {
                zh: format!(
                    "“{}”晚于文稿自身的日期（{stated}年）",
                    context.written(index)
                ),
                en: format!(
                    "“{}” is after the draft's own date ({stated})",
                    context.written(index)
                ),
            },
            related: Vec::new(),
            fixes: Vec::new(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("date-arithmetic", text).len()
    }

    #[test]
    fn spans_that_disagree_with_the_years() {
        assert_eq!(count("近三年，即2014—2019年，全市新增就业10万人。"), 1);
        assert_eq!(
            count(
                "标题\n\n2014年开始慈溪探索开展心理关爱工作。\n\n据统计，3年以来累计开展活动239次。2019年完成。\n"
            ),
            1
        );
        assert_eq!(
            count(
                "报告\n\n——2020年5月15日在市人民代表大会上\n\n一、回顾\n\n2021年以来，全市新增就业10万人。\n"
            ),
            1
        );
    }

    #[test]
    fn agreeing_spans_stay_silent() {
        assert_eq!(count("近三年，即2017—2019年，全市新增就业10万人。"), 0);
        assert_eq!(
            count(
                "标题\n\n2016年开始慈溪探索开展心理关爱工作。\n\n据统计，3年以来累计开展活动239次。2019年完成。\n"
            ),
            0
        );
        assert_eq!(
            count("到2025年，全市新增就业10万人，近五年目标全部完成。"),
            0
        );
    }
}
