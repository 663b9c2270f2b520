//! An average off by a place of ten, or with two digits swapped, from the total over the units
//! its paragraph states: 平均每期约1100人 after 培训126期、13800人次 (13800 ÷ 126 ≈ 110). No pair
//! of a total and a count in the paragraph gives the average as written, and one gives it with
//! the slip undone. A place of ten or a swap seldom meets a quotient by chance, so any total of
//! the average's unit and any count of another unit are tried.

use super::super::context::{
    Context, clause_before, digits_swapped, is_amount, significant_digits, unit_key,
};
use super::super::{Finding, Message, Related};
use super::{RULE, names_the_unit};
use crate::analysis::figures::{FigureKind, Value};

/// How near the quotient must come to the average as written for the two to agree: a draft
/// rounds all three figures, and 约 or 左右 allow more.
const EXACT_SLACK: f64 = 0.03;
const APPROXIMATE_SLACK: f64 = 0.12;
/// How near it must come to the average with the slip undone to name the slip.
const SLIP_SLACK: f64 = 0.006;
/// Totals and counts further than this many figures, or paragraphs back, from the average are
/// not tried.
const MAX_REACH: usize = 40;
const REACH_PARAGRAPHS: usize = 2;

pub(super) fn slipped_averages(context: &Context, found: &[Finding]) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    // A figure another relation already names is reported there.
    let named = |index: usize| {
        let range = &figures[index].range;
        found.iter().any(|finding| {
            finding.range == *range
                || finding
                    .related
                    .iter()
                    .any(|related| related.range == *range)
        })
    };
    for average in 0..figures.len() {
        let Value::Number(value) = figures[average].value else {
            continue;
        };
        if !context.facts[average].per_unit
            || !is_amount(&figures[average])
            || value <= 0.0
            || named(average)
        {
            continue;
        }
        let clause = clause_before(context.text, figures[average].range.start);
        // 人均 divides by people; 每期, 每个小区, 每名家庭医生 by the count of that unit.
        let per_head = clause.contains("人均");
        let counts_the_units = |count: usize| {
            if per_head {
                unit_key(&figures[count].unit) == "人"
            } else {
                names_the_unit(context, count, clause)
            }
        };
        let Some(paragraph) = context.facts[average].paragraph else {
            continue;
        };
        // The paragraph, and the two before it, where a feature states its totals and counts.
        let in_reach = |other: usize| {
            context.facts[other]
                .paragraph
                .is_some_and(|at| at <= paragraph && at + REACH_PARAGRAPHS >= paragraph)
        };
        let in_paragraph: Vec<usize> = (average.saturating_sub(MAX_REACH)
            ..(average + MAX_REACH).min(figures.len()))
            .filter(|&other| {
                other != average
                    && in_reach(other)
                    && !context.facts[other].per_unit
                    && is_amount(&figures[other])
                    && matches!(figures[other].value, Value::Number(_))
            })
            .collect();
        // 平均每期约110人 of 13800人次: people and participations are counted alike here.
        let unit = |index: usize| match unit_key(&figures[index].unit) {
            "人次" => "人",
            other => other,
        };
        let totals: Vec<usize> = in_paragraph
            .iter()
            .copied()
            .filter(|&other| unit(other) == unit(average))
            .collect();
        let counts: Vec<usize> = in_paragraph
            .iter()
            .copied()
            .filter(|&other| figures[other].kind == FigureKind::Count && counts_the_units(other))
            .collect();
        let quotients: Vec<(usize, usize, f64)> = totals
            .iter()
            .flat_map(|&total| counts.iter().map(move |&count| (total, count)))
            .filter(|(total, count)| total != count)
            .filter_map(
                |(total, count)| match (&figures[total].value, &figures[count].value) {
                    (Value::Number(t), Value::Number(c)) if *c > 0.0 => Some((total, count, t / c)),
                    _ => None,
                },
            )
            .collect();
        let slack = if figures[average].qualifier.is_some() {
            APPROXIMATE_SLACK
        } else {
            EXACT_SLACK
        };
        let near = |q: f64, target: f64, slack: f64| (q / target - 1.0).abs() <= slack;
        if quotients.iter().any(|&(_, _, q)| near(q, value, slack)) {
            continue;
        }
        let written: String = context
            .written(average)
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let decimals = written.split('.').nth(1).map_or(0, str::len);
        // 10万元 and 100万元 meet too often: round figures are left alone.
        if significant_digits(&written) < 2 {
            continue;
        }
        let slipped = quotients.iter().copied().find(|&(_, _, q)| {
            [10.0, 0.1, 100.0, 0.01]
                .iter()
                .any(|factor| near(q, value * factor, SLIP_SLACK))
                || (written.len() >= 3 && digits_swapped(&format!("{q:.decimals$}"), &written))
        });
        let Some((total, count, quotient)) = slipped else {
            continue;
        };
        if named(total) && named(count) {
            continue;
        }
        let scale = 10f64.powi(decimals as i32);
        let computed =
            crate::features::display::group_thousands((quotient * scale).round() / scale);
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[average].range.clone(),
            message: Message {
                zh: format!(
                    "“{}”与总数和单位数不符：{}÷{}约为{computed}，疑为位数或数字误写",
                    context.written(average),
                    context.cite_zh(total),
                    context.cite_zh(count)
                ),
                en: format!(
                    "“{}” does not fit its total over its units: {} ÷ {} is about {computed} (a slipped digit or place?)",
                    context.written(average),
                    context.cite_en(total),
                    context.cite_en(count)
                ),
            },
            related: [total, count]
                .iter()
                .map(|&other| Related {
                    range: figures[other].range.clone(),
                    message: Message {
                        zh: format!("相关数字“{}”", context.written(other)),
                        en: format!("the related figure “{}”", context.written(other)),
                    },
                })
                .collect(),
            fixes: Vec::new(),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("implausible-relation", text).len()
    }

    #[test]
    fn an_average_off_by_a_place_of_ten() {
        let draft = |average: &str| {
            format!(
                "标题\n\n三年来，全县共举办跨境电商培训126期，培训13800人次，平均每期约{average}人。\n"
            )
        };
        assert_eq!(count(&draft("110")), 0);
        assert_eq!(count(&draft("1100")), 1);
        // Another value is no slip: the average may be of units the paragraph does not count.
        assert_eq!(count(&draft("150")), 0);
    }

    #[test]
    fn the_unit_is_the_one_each_names_not_how_often() {
        // 每台每年: each elevator, every year; 73.4万元 over 153台 is 4797元.
        let draft = |fee: &str| {
            format!(
                "标题\n\n由1家专业维保公司对已投入使用的153台电梯统一维护保养，每台每年维保费用约{fee}元，一年维保费用共计73.4万元。\n"
            )
        };
        assert_eq!(count(&draft("4800")), 0);
        assert_eq!(count(&draft("48000")), 1);
        // A count in the average's own measure word: 4860个 ports over 126个 compounds.
        let draft = |each: &str| {
            format!(
                "标题\n\n全区新建电动自行车集中充电端口4860个，覆盖小区126个，平均每个小区{each}个。\n"
            )
        };
        assert_eq!(count(&draft("38.6")), 0);
        assert_eq!(count(&draft("386")), 1);
    }
}
