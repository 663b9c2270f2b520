//! `sum-mismatch`: a stated total that its listed parts do not add up to (8.38亿元、9.21亿元，
//! 合计16.59亿元), or parts of a whole that add up past it (项目13个：已开工8个，未开工6个).

use super::context::{Context, bounds, clause_before, is_amount, unit_key};
use super::{Finding, Message, Related, Rule, Severity};

pub const RULE: Rule = Rule {
    code: "sum-mismatch",
    default_severity: Severity::Warning,
    description: "A total and its parts do not add up.",
    run,
};

/// Words right before a figure that make it the total of what came before it.
const TOTAL_WORDS: &[&str] = &["合计", "共计", "总计", "总共", "一共", "累计共", "共"];
/// Words in a part's clause that mark it as one share of a whole: 已开工, 未开工, 其中.
const SHARE_WORDS: &[&str] = &["已", "未", "尚未", "正在", "在建", "其中", "另有", "新增"];

fn run(context: &Context) -> Vec<Finding> {
    let mut findings = stated_totals(context);
    findings.extend(breakdowns(context));
    findings.extend(parts_past_whole(context));
    // One finding per total, however many ways its parts were found.
    let mut seen = std::collections::HashSet::new();
    findings.retain(|finding| seen.insert(finding.range.clone()));
    findings
}

/// 重点项目86个。其中，交通项目14个；产业项目41个；社会民生项目31个: the figures of one unit
/// after 其中 (or after 人才中，) in its sentence break down the last figure of that unit before
/// it. They may not add up past it; when the breakdown names a rest (其他, 其余) they must add up
/// to it.
fn breakdowns(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    // (where the parts begin, whether the marker governs its whole sentence)
    let markers = text
        .match_indices("其中")
        .map(|(at, marker)| (at + marker.len(), false))
        .chain(text.match_indices("中，").filter_map(|(at, marker)| {
            // 3.6万名人才中，博士1200人…；硕士…: 中 right after the whole and its noun; the
            // breakdown runs through the sentence.
            let before = figures.partition_point(|figure| figure.range.end <= at);
            let whole_just_before = before.checked_sub(1).is_some_and(|whole| {
                let between = &text[figures[whole].range.end..at];
                between.chars().count() <= 6 && !between.contains(['，', '；', '。'])
            });
            (whole_just_before && !text[..at].ends_with('其')).then_some((at + marker.len(), true))
        }));
    for (marker, governs_sentence) in markers {
        let first = figures.partition_point(|figure| figure.range.start < marker);
        let Some(first_facts) = context.facts.get(first) else {
            continue;
        };
        if first_facts.sentence_range.start > marker {
            continue; // no figure after the marker in its sentence
        }
        let sentence = first_facts.sentence;
        // 其中 that opens a sentence governs all of it (its parts separated by ；); inside a
        // sentence it governs its clause group, up to the next ；.
        let opens_sentence = governs_sentence
            || text[first_facts.sentence_range.start..marker]
                .trim_start_matches(['，', ' '])
                .chars()
                .count()
                <= 3;
        let scope_end = if opens_sentence {
            first_facts.sentence_range.end
        } else {
            let sentence_end = first_facts.sentence_range.end.max(marker);
            text[marker..sentence_end]
                .find('；')
                .map_or(sentence_end, |at| marker + at)
        };
        let after: Vec<usize> = (first..figures.len())
            .take_while(|&part| {
                context.facts[part].sentence == sentence && figures[part].range.start < scope_end
            })
            .filter(|&part| {
                is_amount(&figures[part])
                    && !context.facts[part].per_unit
                    && !changed_over_time(text, figures[part].range.start)
            })
            .collect();
        let mut units: Vec<&str> = after
            .iter()
            .map(|&part| unit_key(&figures[part].unit))
            .collect();
        units.sort_unstable();
        units.dedup();
        for unit in units {
            let parts: Vec<usize> = after
                .iter()
                .copied()
                .filter(|&part| unit_key(&figures[part].unit) == unit)
                .collect();
            if parts.len() < 2 {
                continue;
            }
            let whole = (0..first)
                .rev()
                .take_while(|&earlier| {
                    context.facts[earlier].sentence.saturating_add(1) >= sentence
                })
                .find(|&earlier| {
                    unit_key(&figures[earlier].unit) == unit
                        && is_amount(&figures[earlier])
                        && !context.facts[earlier].per_unit
                });
            let Some(whole) = whole else {
                continue;
            };
            let (low, high) = sum_bounds(context, &parts);
            // Parts written with decimals (38.6亿元) may each be rounded by half their last digit.
            let rounding: f64 = parts
                .iter()
                .map(|&part| &figures[part])
                .filter(|part| part.step < 10f64.powi(part.power as i32))
                .map(|part| part.step / 2.0)
                .sum();
            let (whole_low, whole_high) = bounds(&figures[whole]);
            let sentence_text =
                &text[marker..context.facts[*parts.last().unwrap()].sentence_range.end];
            // A breakdown that names a rest (其他, 一般村) or goes year by year through a running
            // total (累计…，其中2018年…、2019年…、2020年…) is complete: it must add up.
            let names_the_rest = ["其他", "其余", "剩余", "一般"]
                .iter()
                .any(|word| sentence_text.contains(word))
                || year_by_year(context, whole, &parts);
            let past = low > whole_high + rounding + 1e-6;
            let short = names_the_rest && high + rounding + 1e-6 < whole_low;
            if past || short {
                findings.push(finding(context, whole, &parts, low, high));
            }
        }
    }
    findings
}

/// 累计新设市场主体13.2万户，其中2018年4.02万户、2019年4.32万户、2020年4.86万户: parts that
/// are consecutive years, each written right before its figure, of a running total.
fn year_by_year(context: &Context, whole: usize, parts: &[usize]) -> bool {
    let text = context.text;
    let years: Option<Vec<i32>> = parts
        .iter()
        .map(|&part| {
            let before = &text[..context.figures()[part].range.start];
            let digits: String = before
                .strip_suffix('年')?
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            digits
                .parse::<i32>()
                .ok()
                .filter(|year| (1900..2100).contains(year))
        })
        .collect();
    let consecutive = years.is_some_and(|years| {
        years.len() >= 2 && years.windows(2).all(|pair| pair[1] == pair[0] + 1)
    });
    let running_total = ["累计", "共", "合计", "总计"]
        .iter()
        .any(|word| clause_before(text, context.figures()[whole].range.start).contains(word));
    consecutive && running_total
}

/// 从3558家增加到7712家: a value before and after a change, not parts of anything.
fn changed_over_time(text: &str, start: usize) -> bool {
    let clause = clause_before(text, start);
    [
        "从",
        "由",
        "增加到",
        "增长到",
        "提高到",
        "提升到",
        "增至",
        "下降到",
        "降至",
        "减少到",
    ]
    .iter()
    .any(|word| clause.contains(word))
}

fn sum_bounds(context: &Context, parts: &[usize]) -> (f64, f64) {
    parts.iter().fold((0.0, 0.0), |(low, high), &part| {
        let (l, h) = bounds(&context.figures()[part]);
        (low + l, high + h)
    })
}

fn format_sum(value: f64) -> String {
    crate::features::display::group_thousands((value * 1e6).round() / 1e6)
}

/// 以8.38亿元、9.21亿元顺利拍卖，合计16.59亿元: the parts before a stated total, in its sentence.
fn stated_totals(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for total in 0..figures.len() {
        let before = text[..figures[total].range.start].trim_end_matches(['达', '为', '有', '约']);
        if !TOTAL_WORDS.iter().any(|word| before.ends_with(word)) || !is_amount(&figures[total]) {
            continue;
        }
        let parts: Vec<usize> = (0..total)
            .rev()
            .take_while(|&part| context.facts[part].sentence == context.facts[total].sentence)
            .filter(|&part| {
                figures[part].unit == figures[total].unit
                    && is_amount(&figures[part])
                    && !context.facts[part].per_unit
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let (low, high) = sum_bounds(context, &parts);
        let (total_low, total_high) = bounds(&figures[total]);
        if low <= total_high + 1e-6 && total_low <= high + 1e-6 {
            continue;
        }
        findings.push(finding(context, total, &parts, low, high));
    }
    findings
}

/// 引进项目13个…已开工项目8个，未开工项目6个: shares of one whole that add up past it.
fn parts_past_whole(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for whole in 0..figures.len() {
        if !is_amount(&figures[whole]) || context.facts[whole].per_unit {
            continue;
        }
        let sentence = context.facts[whole].sentence;
        let is_share = |part: usize| {
            let clause_start = text[..figures[part].range.start]
                .rfind(['，', '。', '；', '、', '\n'])
                .unwrap_or(0);
            let clause = &text[clause_start..figures[part].range.start];
            SHARE_WORDS.iter().any(|word| clause.contains(word))
        };
        let same_unit = |part: usize| figures[part].unit == figures[whole].unit;
        // …其中税收收入392.6亿元。一般公共预算支出612.4亿元，其中民生支出480.1亿元: another
        // figure of the unit that is no share starts a whole of its own.
        let parts: Vec<usize> = (whole + 1..figures.len())
            .take_while(|&part| {
                context.facts[part].sentence <= sentence.saturating_add(1)
                    && context.facts[part].paragraph == context.facts[whole].paragraph
                    && !(same_unit(part) && is_amount(&figures[part]) && !is_share(part))
            })
            .filter(|&part| {
                same_unit(part)
                    && is_share(part)
                    && context.facts[part].year == context.facts[whole].year
            })
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let (low, high) = sum_bounds(context, &parts);
        let (_, whole_high) = bounds(&figures[whole]);
        if low <= whole_high + 1e-6 {
            continue;
        }
        findings.push(finding(context, whole, &parts, low, high));
    }
    findings
}

fn finding(context: &Context, total: usize, parts: &[usize], low: f64, high: f64) -> Finding {
    let figures = context.figures();
    let unit = &figures[total].unit;
    let sum = if (high - low).abs() < 1e-9 {
        format!("{} {unit}", format_sum(low))
    } else {
        format!("{}–{} {unit}", format_sum(low), format_sum(high))
    };
    let listed: Vec<&str> = parts.iter().map(|&part| context.written(part)).collect();
    Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: figures[total].range.clone(),
        message: Message {
            zh: format!(
                "“{}”与各部分之和不符：{}相加为 {sum}",
                context.written(total),
                listed.join("、")
            ),
            en: format!(
                "“{}” does not match its parts: {} add up to {sum}",
                context.written(total),
                listed.join(", ")
            ),
        },
        related: parts
            .iter()
            .map(|&part| Related {
                range: figures[part].range.clone(),
                message: Message {
                    zh: format!("部分：“{}”", context.written(part)),
                    en: format!("part: “{}”", context.written(part)),
                },
            })
            .collect(),
        fixes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn complete_breakdowns_must_add_up() {
        let years = |middle: &str| {
            crate::checks::findings_of(
                "sum-mismatch",
                &format!("全市累计新设市场主体13.2万户，其中2018年4.02万户、2019年{middle}万户、2020年4.86万户。"),
            )
            .len()
        };
        assert_eq!(years("4.32"), 0);
        assert_eq!(years("4.23"), 1);
        let villages = |general: &str| {
            crate::checks::findings_of(
                "sum-mismatch",
                &format!(
                    "列入名录的村庄共36个，其中中国传统村落6个、省级重点村9个、一般村{general}个。"
                ),
            )
            .len()
        };
        assert_eq!(villages("21"), 0);
        assert_eq!(villages("12"), 1);
        // A breakdown that names some kinds only may fall short.
        assert_eq!(
            crate::checks::findings_of(
                "sum-mismatch",
                "全市共有A级景区46家，其中5A级景区2家、4A级景区15家。"
            )
            .len(),
            0
        );
    }

    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("sum-mismatch", text).len()
    }

    #[test]
    fn totals_that_their_parts_do_not_make() {
        assert_eq!(
            count("两个地块以8.38亿元、9.21亿元顺利拍卖，合计16.59亿元。"),
            1
        );
        assert_eq!(
            count("2019年引进项目13个，其中已开工项目8个，未开工项目6个。"),
            1
        );
        let finding = &findings_of("sum-mismatch", "以8.38亿元、9.21亿元拍卖，合计16.59亿元。")[0];
        assert!(
            finding.message.zh.contains("相加为 1,759,000,000 元"),
            "{}",
            finding.message.zh
        );
    }

    #[test]
    fn totals_that_add_up_stay_silent() {
        assert_eq!(
            count("两个地块以8.38亿元、9.21亿元顺利拍卖，合计17.59亿元。"),
            0
        );
        assert_eq!(
            count("2019年引进项目13个，其中已开工项目8个，未开工项目5个。"),
            0
        );
        assert_eq!(count("公共服务中心3个、共享空间5个。"), 0);
        assert_eq!(
            count("引进项目13个，已开工8个。2020年新增项目9个，已开工7个。"),
            0
        );
    }

    #[test]
    fn a_whole_of_its_own_ends_the_parts_of_the_one_before() {
        let text = "全年一般公共预算收入468.2亿元，增长12.8%，其中税收收入392.6亿元，占83.9%。一般公共预算支出612.4亿元，其中民生支出480.1亿元，占78.4%。";
        assert_eq!(count(text), 0);
    }
}
