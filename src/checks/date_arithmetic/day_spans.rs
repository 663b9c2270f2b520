//! 汛期自4月15日至10月15日，历时184天; 国庆中秋假期（10月1日至8日）8天: the days a span of dates is
//! said to last must be the days from its first to its last, both counted.

use super::super::context::{Context, last_day_of};
use super::super::{Finding, Message, Related};
use super::RULE;
use crate::analysis::figures::{FigureKind, Value};

/// Words that join the two ends of a span of days.
const SPAN_JOINERS: &[&str] = &["至", "—", "-", "～", "~", "到"];
/// What may stand between a span and the days it lasts: 4月15日至10月15日，历时184天;
/// （10月1日至8日）8天.
const DAYS_INTRODUCERS: &[&str] = &["，历时", "，共", "）", "）共", "，为期", "，持续", "，共计"];
/// Spans longer than a month are also counted from day to day (4月15日至10月15日 as 183 days).
const COUNTED_EITHER_WAY_DAYS: i32 = 31;

/// A year with no 29 February; a leap day is allowed for where the span holds one.
const COMMON_YEAR: i32 = 2025;

/// The day of a common year a date falls on (1 for 1月1日).
fn day_of_year(month: u32, day: u32) -> Option<i32> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let before: u32 = (1..month)
        .map(|earlier| last_day_of(COMMON_YEAR, earlier))
        .sum();
    Some((before + day) as i32)
}

pub(super) fn day_spans(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for start in 0..figures.len().saturating_sub(2) {
        let Value::Date {
            year,
            month: Some(start_month),
            day: Some(start_day),
        } = figures[start].value
        else {
            continue;
        };
        let end = start + 1;
        let joiner = &text[figures[start].range.end..figures[end].range.start];
        if !SPAN_JOINERS.contains(&joiner) {
            continue;
        }
        // 10月1日至8日: a day alone is of the start's month.
        let (end_month, end_day) = match figures[end].value {
            Value::Date {
                month: Some(month),
                day: Some(day),
                ..
            } => (month, day),
            Value::Number(day) if figures[end].unit == "日" && day.fract() == 0.0 => {
                (start_month, day as u32)
            }
            _ => continue,
        };
        let lasting = end + 1;
        let between = &text[figures[end].range.end..figures[lasting].range.start];
        let Value::Number(days) = figures[lasting].value else {
            continue;
        };
        if figures[lasting].kind != FigureKind::Duration
            || figures[lasting].unit != "天"
            || figures[lasting].qualifier.is_some()
            || !DAYS_INTRODUCERS.contains(&between)
        {
            continue;
        }
        let (Some(first), Some(last)) = (
            day_of_year(start_month, start_day),
            day_of_year(end_month, end_day),
        ) else {
            continue;
        };
        // 12月28日至1月3日 runs into the next year.
        let wraps = last < first;
        let apart = if !wraps {
            last - first
        } else {
            last + 365 - first
        };
        let both_counted = apart + 1;
        // A 29 February in the span adds a day, in a leap year (any, when the year is unknown).
        let holds_february_end = if wraps {
            first <= 59 || last > 59
        } else {
            first <= 59 && last > 59
        };
        let leap = year
            .or(context.draft_year)
            .is_none_or(|year| (year + i32::from(wraps)) % 4 == 0);
        let crosses_february = holds_february_end && leap;
        let fits = |count: i32| {
            let stated = days as i32;
            stated == count || (crosses_february && stated == count + 1)
        };
        if fits(both_counted) || (both_counted > COUNTED_EITHER_WAY_DAYS && fits(apart)) {
            continue;
        }
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[lasting].range.clone(),
            message: Message {
                zh: format!(
                    "“{}”与{}至{}不符：首尾都算共 {both_counted} 天",
                    context.written(lasting),
                    context.cite_zh(start),
                    context.written(end)
                ),
                en: format!(
                    "“{}” disagrees with {} to {}: counting both ends that is {both_counted} days",
                    context.written(lasting),
                    context.cite_en(start),
                    context.written(end)
                ),
            },
            related: vec![Related {
                range: figures[start].range.start..figures[end].range.end,
                message: Message {
                    zh: "起止日期".into(),
                    en: "the first and last day".into(),
                },
            }],
            fixes: Vec::new(),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("date-arithmetic", text).len()
    }

    #[test]
    fn a_span_of_days_lasts_from_its_first_to_its_last() {
        let holiday = |days: &str| {
            format!("标题\n\n国庆中秋假期（10月1日至8日）{days}天，接待游客612.7万人次。\n")
        };
        assert_eq!(count(&holiday("8")), 0);
        assert_eq!(count(&holiday("7")), 1);
        let season =
            |span: &str| format!("标题\n\n（2025年12月8日）\n\n本年度汛期自{span}，历时184天。\n");
        assert_eq!(count(&season("4月15日至10月15日")), 0);
        assert_eq!(count(&season("10月15日至4月15日")), 1);
        // Over the new year, and across February.
        assert_eq!(count("标题\n\n春节假期（1月28日至2月4日）8天。\n"), 0);
        assert_eq!(count("标题\n\n元旦假期（12月30日至1月1日）3天。\n"), 0);
    }
}
