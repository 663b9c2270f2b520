//! Rates of change restated: a bulletin's lead gives 规模以上工业增加值增长7.4% and its section
//! 规模以上工业增加值同比增长7.1%. The same measure, changing the same way over the same period,
//! has one rate.

use std::collections::HashMap;

use super::super::context::{Context, PARTS_OF_A_YEAR, clause_before, compatible, part_of_a_year};
use super::super::{Finding, Message, Related};
use super::RULE;
use crate::analysis::figures::FigureKind;

/// Words that end the label of a rate of change, and so say which way it goes.
const CHANGE_WORDS: &[&str] = &[
    "增长", "下降", "上涨", "提高", "降低", "减少", "增加", "回落",
];
/// Words between a measure and its change that name the comparison, not the measure.
const COMPARISON_WORDS: &[&str] = &["同比", "比上年", "较上年", "环比"];
/// A measure's name shorter than this (营业收入: of whom?) is too common to tie two rates.
const MIN_MEASURE_CHARS: usize = 5;
/// How many characters of a measure's end key it: labels are cut at the clause (模以上工业增加值).
const KEY_CHARS: usize = 4;

/// The measure a rate of change is of and the way it changes: 规模以上工业增加值, 增长.
fn measure_and_change(label: &str) -> Option<(&str, &'static str)> {
    let change = CHANGE_WORDS.iter().find(|word| label.ends_with(*word))?;
    let mut measure = &label[..label.len() - change.len()];
    for word in COMPARISON_WORDS {
        measure = measure.strip_suffix(word).unwrap_or(measure);
    }
    (measure.chars().count() >= MIN_MEASURE_CHARS).then_some((measure, *change))
}

/// A later rate of change of the same measure, way, period, place and plan that disagrees with an
/// earlier one.
pub(super) fn restated_changes(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let period = draft_period(context);
    let mut earlier_by_key: HashMap<String, Vec<usize>> = HashMap::new();
    let mut findings = Vec::new();
    for (index, figure) in figures.iter().enumerate() {
        if figure.kind != FigureKind::Percent || context.facts[index].per_unit {
            continue;
        }
        let Some((measure, change)) = figure.label.as_deref().and_then(measure_and_change) else {
            continue;
        };
        // 年均增长 is an average over years, 当月增长 one month's: rates of their own.
        let clause = clause_before(text, figure.range.start);
        if ["年均", "当月", "累计", "平均"]
            .iter()
            .any(|word| clause.contains(word))
        {
            continue;
        }
        let key: String = {
            let chars: Vec<char> = measure.chars().collect();
            chars[chars.len() - KEY_CHARS..].iter().collect()
        };
        let same_rate = |earlier: usize| {
            let Some((earlier_measure, earlier_change)) = figures[earlier]
                .label
                .as_deref()
                .and_then(measure_and_change)
            else {
                return false;
            };
            let (short, long) = if earlier_measure.len() <= measure.len() {
                (earlier_measure, measure)
            } else {
                (measure, earlier_measure)
            };
            let (a, b) = (&context.facts[earlier], &context.facts[index]);
            earlier_change == change
                && long.ends_with(short)
                && a.sentence != b.sentence
                && a.year == b.year
                && a.relative_year == b.relative_year
                && a.place == b.place
                && a.planned == b.planned
                && quarters_agree(context, period, earlier, index)
                && !compatible(&figures[earlier], figure)
        };
        let restated = earlier_by_key
            .get(&key)
            .and_then(|earlier| earlier.iter().rev().copied().find(|&e| same_rate(e)));
        earlier_by_key.entry(key).or_default().push(index);
        let Some(earlier) = restated else {
            continue;
        };
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figure.range.clone(),
            message: Message {
                zh: format!(
                    "“{measure}”{change}“{}”，与{}不一致",
                    context.written(index),
                    context.cite_zh(earlier)
                ),
                en: format!(
                    "“{measure}” {change} by “{}” here but {}",
                    context.written(index),
                    context.cite_en(earlier)
                ),
            },
            related: vec![Related {
                range: figures[earlier].range.clone(),
                message: Message {
                    zh: "同一增幅的另一处".into(),
                    en: "the same rate stated elsewhere".into(),
                },
            }],
            fixes: Vec::new(),
        });
    }
    findings
}

/// Two rates of the same part of the year. A rate that names none is of the draft's own period
/// (上半年 in a half-year bulletin's lead), or of a whole year.
fn quarters_agree(context: &Context, draft_period: Option<&str>, a: usize, b: usize) -> bool {
    let period = |index: usize| part_of_a_year(context, index).or(draft_period);
    period(a) == period(b)
}

/// The part of the year the draft's headline or first paragraph names first: its own period.
fn draft_period(context: &Context) -> Option<&'static str> {
    let front_end = context
        .report
        .paragraphs
        .first()
        .map_or(0, |paragraph| paragraph.range().end);
    let front = &context.text[..front_end];
    PARTS_OF_A_YEAR
        .iter()
        .filter_map(|word| front.find(word).map(|at| (at, *word)))
        .min()
        .map(|(_, word)| word)
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("restated-figure", text)
            .iter()
            .filter(|finding| {
                finding
                    .related
                    .iter()
                    .any(|related| related.message.en == "the same rate stated elsewhere")
            })
            .count()
    }

    #[test]
    fn a_rate_of_change_restated_with_another_value() {
        let bulletin = |later: &str| {
            format!(
                "标题\n\n上半年，全市经济运行总体平稳。全市规模以上工业增加值增长7.4%，固定资产投资增长4.6%。\n\n一、工业生产\n\n上半年，全市规模以上工业增加值同比增长{later}%，增速比一季度提高0.6个百分点。\n"
            )
        };
        assert_eq!(count(&bulletin("7.4")), 0);
        assert_eq!(count(&bulletin("7.1")), 1);
        // Another way, another period, another measure, an average of years: other rates.
        assert_eq!(
            count(
                "标题\n\n全市规模以上工业增加值增长7.4%。\n\n一季度，全市规模以上工业增加值增长6.8%。上半年，全市规模以上工业增加值增长7.4%。\n"
            ),
            0
        );
        assert_eq!(
            count(
                "标题\n\n全市规模以上工业增加值增长7.4%。\n\n五年来，规模以上工业增加值年均增长8.2%。\n"
            ),
            0
        );
        assert_eq!(
            count(
                "标题\n\n全市固定资产投资增长4.6%。\n\n全市制造业投资增长13.5%，民间投资增长2.1%。\n"
            ),
            0
        );
        assert_eq!(
            count(
                "标题\n\n2023年，全市规模以上工业增加值增长7.4%。\n\n2024年，全市规模以上工业增加值增长6.1%。\n"
            ),
            0
        );
    }
}
