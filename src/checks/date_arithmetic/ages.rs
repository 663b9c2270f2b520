//! 1988年出生的陈思远今年37岁; 1953年生，12岁跟着父亲学竹编，至今已60年; 2001年…来到卫生院工作，
//! 至今已有25年: an age, or the years since a dated start, must agree with the draft's own year.

use super::super::context::{Context, bounds, clause_before};
use super::super::{Finding, Message, Related};
use super::{RULE, start_year_related, year_of};
use crate::analysis::figures::FigureKind;

/// Words that make a year the one someone was born in: 1988年出生的, 1953年生，.
const BIRTH_AFTER: &[&str] = &["出生", "生，", "生的", "生人"];
const BIRTH_BEFORE: &[&str] = &["出生于", "生于"];
/// Words right before an age that make it the age now.
const NOW_BEFORE: &[&str] = &["今年", "现年", "今年已"];

pub(super) fn ages_and_years_since(context: &Context) -> Vec<Finding> {
    // The year the draft is written in: its own date, else the latest year it names or the next
    // (a feature of early 2026 gives the figures of 2025).
    let (now_low, now_high) = match (context.stated_day, context.latest_year) {
        (Some(day), _) => (day.year, day.year),
        (None, Some(latest)) => (latest, latest + 1),
        (None, None) => return Vec::new(),
    };
    let figures = context.figures();
    let text = context.text;
    let is_birth = |index: usize| {
        figures[index].kind == FigureKind::Date
            && year_of(&figures[index]).is_some()
            && (BIRTH_AFTER
                .iter()
                .any(|word| text[figures[index].range.end..].starts_with(word))
                || BIRTH_BEFORE
                    .iter()
                    .any(|word| text[..figures[index].range.start].ends_with(word)))
    };
    let mut findings = Vec::new();
    for birth in (0..figures.len()).filter(|&index| is_birth(index)) {
        let Some(born) = year_of(&figures[birth]) else {
            continue;
        };
        let sentence = context.facts[birth].sentence;
        let paragraph = context.facts[birth].paragraph;
        // The sentence of the birth year and those either side of it, in its paragraph.
        let near = |index: usize| {
            context.facts[index].paragraph == paragraph
                && context.facts[index].sentence.abs_diff(sentence) <= 1
        };
        let around: Vec<usize> = (birth.saturating_sub(12)..(birth + 12).min(figures.len()))
            .filter(|&index| index != birth && near(index))
            .collect();
        // 今年37岁: the age now, between the years since the birth year (less one before the
        // birthday).
        let ages_now: Vec<usize> = around
            .iter()
            .copied()
            .filter(|&index| {
                figures[index].kind == FigureKind::Age
                    && NOW_BEFORE
                        .iter()
                        .any(|word| text[..figures[index].range.start].ends_with(word))
            })
            .collect();
        if let [age] = ages_now[..] {
            let allowed = (now_low - born - 1, now_high - born);
            findings.extend(off(
                context,
                age,
                birth,
                allowed,
                related(context, birth, BIRTH_YEAR),
            ));
        }
        // 12岁跟着父亲学竹编，至今已60年: the years since that age.
        let started_at = around.iter().copied().find(|&index| {
            index > birth
                && context.facts[index].sentence == sentence
                && figures[index].kind == FigureKind::Age
                && !ages_now.contains(&index)
        });
        if let Some(age) = started_at
            && let Some(since) = years_to_now(context, age)
            && let crate::analysis::figures::Value::Number(age_then) = figures[age].value
        {
            let start = born + age_then as i32;
            let allowed = (now_low - start - 1, now_high - start);
            findings.extend(off(
                context,
                since,
                age,
                allowed,
                related(context, age, START_AGE),
            ));
        }
    }
    // 2001年…来到龙潭镇卫生院工作，至今已有25年: the years since a dated start.
    for since in 0..figures.len() {
        if figures[since].kind != FigureKind::Duration || !counts_to_now(context, since) {
            continue;
        }
        let sentence = context.facts[since].sentence;
        let earlier = || {
            (0..since)
                .rev()
                .take_while(|&index| context.facts[index].sentence == sentence)
        };
        // Another span or age between would be what the years count from.
        if earlier()
            .any(|index| matches!(figures[index].kind, FigureKind::Age | FigureKind::Duration))
        {
            continue;
        }
        let Some(start) = earlier().find(|&index| figures[index].kind == FigureKind::Date) else {
            continue;
        };
        let Some(year) = year_of(&figures[start]) else {
            continue;
        };
        if is_birth(start) {
            continue;
        }
        let allowed = (now_low - year - 1, now_high - year);
        findings.extend(off(
            context,
            since,
            start,
            allowed,
            start_year_related(context, start),
        ));
    }
    findings
}

/// A span of years whose clause counts it to now: 至今已60年, 至今已与竹丝打了近60年交道.
fn counts_to_now(context: &Context, index: usize) -> bool {
    let figure = &context.figures()[index];
    figure.unit == "年"
        && figure.kind == FigureKind::Duration
        && clause_before(context.text, figure.range.start).contains("至今")
}

/// The span counted to now in the sentence of `after`, after it.
fn years_to_now(context: &Context, after: usize) -> Option<usize> {
    let sentence = context.facts[after].sentence;
    (after + 1..context.figures().len())
        .take_while(|&index| context.facts[index].sentence == sentence)
        .find(|&index| counts_to_now(context, index))
}

/// (zh, en) names of what a figure is counted from.
const BIRTH_YEAR: (&str, &str) = ("出生年份", "the year of birth");
const START_AGE: (&str, &str) = ("起始年龄", "the age it started at");

fn related(context: &Context, from: usize, (zh, en): (&str, &str)) -> Related {
    Related {
        range: context.figures()[from].range.clone(),
        message: Message {
            zh: zh.into(),
            en: en.into(),
        },
    }
}

/// A finding when `figure` (an age or a number of years) falls outside `allowed`, counted from
/// `from`.
fn off(
    context: &Context,
    figure: usize,
    from: usize,
    (fewest, most): (i32, i32),
    counted_from: Related,
) -> Option<Finding> {
    let figures = context.figures();
    let (low, high) = bounds(&figures[figure]);
    if fewest < 0 || (high >= f64::from(fewest) && low <= f64::from(most)) {
        return None;
    }
    let expected = if fewest == most {
        format!("{most}")
    } else {
        format!("{fewest}—{most}")
    };
    Some(Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: figures[figure].range.clone(),
        message: Message {
            zh: format!(
                "“{}”与{}不符：按成稿年份应为{expected}",
                context.written(figure),
                context.cite_zh(from)
            ),
            en: format!(
                "“{}” disagrees with {}: by the draft's year it is {expected}",
                context.written(figure),
                context.cite_en(from)
            ),
        },
        related: vec![counted_from],
        fixes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("date-arithmetic", text).len()
    }

    #[test]
    fn an_age_now_counts_from_the_birth_year() {
        let feature = |age: &str| {
            format!(
                "标题\n\n本报记者 2025年11月18日\n\n1988年出生的陈思远今年{age}岁，返乡已经8年。\n"
            )
        };
        assert_eq!(count(&feature("37")), 0);
        assert_eq!(count(&feature("36")), 0);
        assert_eq!(count(&feature("39")), 1);
        // In the next sentence, of the same person.
        let next = |age: &str| {
            format!(
                "标题\n\n本报记者 2026年4月18日\n\n今年{age}岁的王秀兰，是卫生院的全科医生。1978年出生的她，2001年毕业后来到卫生院工作，至今已有25年。\n"
            )
        };
        assert_eq!(count(&next("48")), 0);
        assert_eq!(count(&next("46")), 1);
    }

    #[test]
    fn years_to_now_count_from_their_start() {
        let craftsman = |years: &str| {
            format!(
                "标题\n\n本报记者 2025年11月18日\n\n王福根1953年生，12岁跟着父亲学竹编，至今已{years}年。\n"
            )
        };
        assert_eq!(count(&craftsman("60")), 0);
        assert_eq!(count(&craftsman("50")), 1);
        let doctor = |years: &str| {
            format!(
                "标题\n\n本报记者 2026年4月18日\n\n她2001年毕业后来到龙潭镇卫生院工作，至今已有{years}年。\n"
            )
        };
        assert_eq!(count(&doctor("25")), 0);
        assert_eq!(count(&doctor("27")), 1);
    }
}
