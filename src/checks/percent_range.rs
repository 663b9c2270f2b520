//! `percent-range`: a share above 100% (or below 0), a share of one whole stated twice with
//! different values, and shares of one whole that add up past 100%.

use super::context::{
    Context, base_of_a_share, bounds, clause_before, compatible, is_amount, part_of_a_year,
    shares_a_word, starts_a_change, unit_key,
};
use super::restated_figure::labels_name_one_thing;
use super::{Finding, Message, Related, Rule, Severity};
use crate::analysis::figures::{FigureKind, Value};

mod swapped;

pub const RULE: Rule = Rule {
    code: "percent-range",
    default_severity: Severity::Warning,
    description: "A share is out of range, restated differently, or shares add up past 100%.",
    run,
};

/// Words that make a percentage a change rather than a share: 增长120% is possible.
const CHANGE_WORDS: &[&str] = &[
    "增长",
    "增加",
    "提高",
    "提升",
    "上升",
    "下降",
    "降低",
    "减少",
    "增幅",
    "降幅",
    "增",
    "降",
    "同比",
    "环比",
    "比上年",
    "高于",
    "低于",
    "超过",
    "超出",
    "翻",
    "涨",
    "跌",
    "回落",
];
/// Rounding slack when shares are added.
const ROUNDING: f64 = 0.5;

fn run(context: &Context) -> Vec<Finding> {
    let shares: Vec<usize> = (0..context.figures().len())
        .filter(|&index| is_share(context, index))
        .collect();
    let mut findings = Vec::new();
    findings.extend(out_of_range(context, &shares));
    findings.extend(restated(context, &shares));
    findings.extend(over_full(context, &shares));
    findings.extend(off_its_part_and_whole(context, &shares));
    findings.extend(complementary_rates(context, &shares));
    // 完成全年目标8.5万人的57.2%: a share of a plan may pass 100%, but is still its quotient.
    let shares_of_targets: Vec<usize> = (0..context.figures().len())
        .filter(|&index| {
            context.figures()[index].kind == FigureKind::Percent
                && !is_share(context, index)
                && share_of_a_target(context, index).is_some()
        })
        .collect();
    findings.extend(off_its_part_and_whole(context, &shares_of_targets));
    let flagged: Vec<usize> = findings
        .iter()
        .filter_map(|finding| {
            shares
                .iter()
                .copied()
                .find(|&share| context.figures()[share].range == finding.range)
        })
        .collect();
    findings.extend(swapped::swapped_shares(context, &shares, &flagged));
    findings.extend(structures_off_a_hundred(context, &shares));
    findings.extend(changes_off_their_ends(context));
    findings
}

/// Verbs that state a change in percent right after its two ends, and whether they rise.
const RATE_OF_CHANGE_VERBS: &[(&str, bool)] = &[
    ("增长", true),
    ("增加", true),
    ("提高", true),
    ("提升", true),
    ("上升", true),
    ("下降", false),
    ("降低", false),
    ("减少", false),
    ("压缩", false),
    ("缩短", false),
    ("压减", false),
];

fn off_the_difference(
    context: &Context,
    rate: usize,
    difference: usize,
    base: usize,
    quotient: f64,
) -> Finding {
    Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: context.figures()[rate].range.clone(),
        message: Message {
            zh: format!(
                "“{}”与变化量不符：{}÷{}约为{quotient:.1}%",
                context.written(rate),
                context.written(difference),
                context.cite_zh(base)
            ),
            en: format!(
                "“{}” does not fit the change: {} ÷ {} is about {quotient:.1}%",
                context.written(rate),
                context.written(difference),
                context.cite_en(base)
            ),
        },
        related: vec![context.quoted(difference), context.quoted(base)],
        fixes: Vec::new(),
    }
}

/// 比2022年的, 较上年的: a clause that states what a figure is compared with.
fn compares(clause: &str) -> bool {
    clause.contains('比')
        || ["较上年", "较去年", "较上年同期", "较去年同期", "较20"]
            .iter()
            .any(|word| clause.contains(word))
}

/// 审批时限由85个工作日压缩至28个工作日，压缩67.1%; 总收入达3.12亿元，比2022年的2.77亿元增长
/// 12.6%: a change in percent must be the difference of its two ends over the first.
fn changes_off_their_ends(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for rate in 0..figures.len() {
        if !["%", "％"].contains(&figures[rate].unit.as_str()) || figures[rate].qualifier.is_some()
        {
            continue;
        }
        let Value::Number(percent) = figures[rate].value else {
            continue;
        };
        let in_sentence =
            |index: usize| context.facts[index].sentence == context.facts[rate].sentence;
        // The two ends: the two figures right before the rate's clause, in its sentence and
        // of one unit, one the start of a change (由85个工作日) or what is compared with
        // (比2022年的2.77亿元).
        // 由2021年的3.2元降至2.1元，四年下降34.4%: the span is no end.
        let mut ends = (0..rate)
            .rev()
            .take_while(|&index| in_sentence(index))
            .filter(|&index| {
                !matches!(figures[index].kind, FigureKind::Date | FigureKind::Duration)
            });
        let (Some(second), Some(first)) = (ends.next(), ends.next()) else {
            continue;
        };
        // Only the verb (and the end's noun) between the later end and the rate:
        // …至28个工作日，压缩67.1%; …2.77亿元增长12.6%.
        let between = &text[figures[second].range.end..figures[rate].range.start];
        let Some(&(_, rises)) = RATE_OF_CHANGE_VERBS
            .iter()
            .find(|(word, _)| between.ends_with(word))
        else {
            continue;
        };
        // 年均增长7.2% is a rate a year, not the change over the years.
        let yearly = ["年均", "平均", "每年"]
            .iter()
            .any(|word| between.contains(word));
        if yearly || between.chars().count() > 8 || between.contains(['；', '。', '、']) {
            continue;
        }
        if unit_key(&figures[first].unit) != unit_key(&figures[second].unit)
            || !is_amount(&figures[first])
            || figures[first].qualifier.is_some()
            || figures[second].qualifier.is_some()
        {
            continue;
        }
        // 比2022年的243亿元增加69亿元，增长28.4%: the difference is stated; the rate is of it.
        let states_the_difference = RATE_OF_CHANGE_VERBS.iter().any(|(word, _)| {
            text[figures[first].range.end..figures[second].range.start].ends_with(word)
        });
        if states_the_difference {
            if compares(clause_before(text, figures[first].range.start))
                && let Some(quotient) = quotient(context, second, first)
                && (quotient - percent).abs() > tolerance(context, rate, second, first, quotient)
            {
                findings.push(off_the_difference(context, rate, second, first, quotient));
            }
            continue;
        }
        // 发放加工费2.05亿元，去年同期为1.82亿元，同比增长12.6%: the end a past period had.
        let compared = compares(clause_before(text, figures[second].range.start))
            || ["去年同期", "上年同期", "去年为", "上年为"]
                .iter()
                .any(|word| clause_before(text, figures[second].range.start).contains(word));
        let (from, to) = if starts_a_change(context, first) {
            (first, second)
        } else if compared {
            (second, first)
        } else {
            continue;
        };
        let (Value::Number(from_value), Value::Number(to_value)) =
            (&figures[from].value, &figures[to].value)
        else {
            continue;
        };
        if *from_value <= 0.0 || (to_value > from_value) != rises {
            continue;
        }
        let change = (to_value - from_value).abs() / from_value * 100.0;
        let tolerance = tolerance(context, rate, to, from, change.max(100.0));
        if (change - percent).abs() <= tolerance {
            continue;
        }
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[rate].range.clone(),
            message: Message {
                zh: format!(
                    "“{}”与变化的两端不符：从{}到{}约为{change:.1}%",
                    context.written(rate),
                    context.cite_zh(from),
                    context.cite_zh(to)
                ),
                en: format!(
                    "“{}” does not fit the change from {} to {}: that is about {change:.1}%",
                    context.written(rate),
                    context.cite_en(from),
                    context.cite_en(to)
                ),
            },
            related: vec![context.quoted(from), context.quoted(to)],
            fixes: Vec::new(),
        });
    }
    findings
}

/// 3.8∶46.0∶50.2: three or more shares joined by ratio colons.
static RATIO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\d+(?:\.\d+)?(?:[∶:]\d+(?:\.\d+)?){2,}").unwrap()
});

/// The ratios of the structures a draft states (三次产业结构为3.8∶46.0∶50.2; 结构由2016年的
/// 12.6∶45.8∶41.6调整为9.8∶46.3∶43.9), each with whether it is the latest of its sentence.
fn structures(text: &str) -> Vec<(regex::Match<'_>, bool)> {
    let mut found = Vec::new();
    for (at, word) in text.match_indices("结构") {
        let start = at + word.len();
        let end = start
            + text[start..]
                .find(['。', '；', '\n'])
                .unwrap_or(text.len() - start);
        // Searched from the word on: a search from the draft's start for each 结构 is quadratic.
        let mut ratios: Vec<regex::Match> = Vec::new();
        let mut from = start;
        while let Some(ratio) = RATIO.find_at(&text[..end], from) {
            from = ratio.end();
            ratios.push(ratio);
        }
        let count = ratios.len();
        found.extend(
            ratios
                .into_iter()
                .enumerate()
                .map(|(index, ratio)| (ratio, index + 1 == count)),
        );
    }
    found.sort_by_key(|(ratio, _)| ratio.start());
    found.dedup_by_key(|(ratio, _)| ratio.start());
    found
}

/// The sectors of a three-sector structure, in order, as drafts name them.
const SECTORS: [&[&str]; 3] = [
    &["第一产业", "农业"],
    &["第二产业"],
    &["第三产业", "服务业"],
];

/// 三次产业结构调整为1.2∶48.2∶56.0: the shares of a structure make 100, give or take their
/// rounding; and a sector's share stated beside it (服务业增加值…占地区生产总值比重达到56.0%)
/// is its part of the structure.
fn structures_off_a_hundred(context: &Context, shares: &[usize]) -> Vec<Finding> {
    let text = context.text;
    let figures = context.figures();
    let mut findings = Vec::new();
    for (ratio, latest) in structures(text) {
        let parts: Vec<&str> = ratio.as_str().split(['∶', ':']).collect();
        let values: Vec<f64> = parts.iter().filter_map(|part| part.parse().ok()).collect();
        let rounding: f64 = parts
            .iter()
            .map(|part| match part.split_once('.') {
                Some((_, decimals)) => 0.5 * 10f64.powi(-(decimals.len() as i32)),
                None => 0.5,
            })
            .sum();
        let sum: f64 = values.iter().sum();
        // 1∶2∶7 is a ratio of its own; shares of a hundred add up near it.
        let of_a_hundred = (90.0..=110.0).contains(&sum);
        if of_a_hundred && (sum - 100.0).abs() > rounding + 1e-6 {
            let sum = format!("{:.1}", sum);
            findings.push(Finding {
                code: RULE.code,
                severity: RULE.default_severity,
                range: ratio.range(),
                message: Message {
                    zh: format!("结构“{}”各项相加为{sum}，不是100", ratio.as_str()),
                    en: format!(
                        "The structure “{}” adds up to {sum}, not 100",
                        ratio.as_str()
                    ),
                },
                related: Vec::new(),
                fixes: Vec::new(),
            });
        }
        if values.len() != SECTORS.len() || !of_a_hundred || !latest {
            continue;
        }
        // A sector's share in the sentence before the structure, or the same sentence.
        let paragraph_start = text[..ratio.start()].rfind('\n').map_or(0, |at| at + 1);
        for &share in shares {
            let figure = &figures[share];
            if figure.range.start < paragraph_start || figure.range.end > ratio.start() {
                continue;
            }
            let Value::Number(percent) = figure.value else {
                continue;
            };
            let sentence_before = &text[context.facts[share]
                .sentence_range
                .start
                .min(figure.range.start)
                ..figure.range.start];
            if !clause_before(text, figure.range.start).contains('占')
                || !sentence_before.contains("生产总值")
            {
                continue;
            }
            let sector = SECTORS.iter().position(|names| {
                names.iter().any(|name| {
                    sentence_before.rfind(name).is_some_and(|at| {
                        !SECTORS
                            .iter()
                            .flat_map(|n| n.iter())
                            .any(|other| sentence_before[at + name.len()..].contains(other))
                    })
                })
            });
            let Some(sector) = sector else {
                continue;
            };
            let element = values[sector];
            let tolerance = figure.step / 2.0
                + 0.5
                    * 10f64
                        .powi(-(parts[sector].split_once('.').map_or(0, |(_, d)| d.len()) as i32));
            if (element - percent).abs() > tolerance + 1e-6 {
                findings.push(Finding {
                    code: RULE.code,
                    severity: RULE.default_severity,
                    range: figure.range.clone(),
                    message: Message {
                        zh: format!(
                            "“{}”与产业结构“{}”中的{}不一致",
                            context.written(share),
                            ratio.as_str(),
                            parts[sector]
                        ),
                        en: format!(
                            "“{}” disagrees with {} in the structure “{}”",
                            context.written(share),
                            parts[sector],
                            ratio.as_str()
                        ),
                    },
                    related: vec![Related {
                        range: ratio.range(),
                        message: Message {
                            zh: "产业结构".into(),
                            en: "the structure".into(),
                        },
                    }],
                    fixes: Vec::new(),
                });
            }
        }
    }
    findings
}

/// 其中经营性收入3.12亿元，占45.5% (of 总收入6.85亿元); 28.4万人，占常住人口73.6万人的38.6%: a
/// share whose part and whole both stand in the draft must be their quotient, to the precision
/// of the three figures.
fn off_its_part_and_whole(context: &Context, shares: &[usize]) -> Vec<Finding> {
    let figures = context.figures();
    let pairs = context.part_whole_pairs();
    let mut findings = Vec::new();
    for &share in shares {
        let exact = |index: usize| figures[index].qualifier.is_none();
        let Value::Number(percent) = figures[share].value else {
            continue;
        };
        let Some((part, whole, whole_unnamed)) = share_of_part_and_whole(context, share, pairs)
            .or_else(|| rate_of_part_and_whole(context, share).map(|(p, w)| (p, w, false)))
            .or_else(|| share_of_a_target(context, share).map(|(p, w)| (p, w, false)))
        else {
            continue;
        };
        if !["%", "％"].contains(&figures[share].unit.as_str())
            || !exact(share)
            || !exact(part)
            || !exact(whole)
            || !is_amount(&figures[part])
            || unit_key(&figures[whole].unit) != unit_key(&figures[part].unit)
        {
            continue;
        }
        // 委员1143名，其中党员713名，党员占比从2022年的23.8%提高到62.4%: the start of a change
        // is the share of another year than its part's.
        if starts_a_change(context, share) && !starts_a_change(context, part) {
            continue;
        }
        let Some(quotient) = quotient(context, part, whole) else {
            continue;
        };
        if (quotient - percent).abs() <= tolerance(context, share, part, whole, quotient) {
            continue;
        }
        // 60岁及以上人口86.6万人，占18.0%，其中65岁及以上人口62.3万人，占13.0%: a bare 占 after a
        // part of a part may take the share of any larger whole of the paragraph (480.6万人).
        let fits_another_whole = whole_unnamed
            && (0..part).any(|other| {
                other != whole
                    && exact(other)
                    && context.facts[other].paragraph == context.facts[part].paragraph
                    && unit_key(&figures[other].unit) == unit_key(&figures[part].unit)
                    && quotient_fits(context, share, part, other, percent)
            });
        // 三大产业集群实现产值862亿元，其中A386亿元、B168亿元、C308亿元，占全市…的60.7%: the
        // share after a breakdown may be of the whole broken down.
        let fits_the_broken_down_whole = pairs.iter().any(|&(listed, broken_down)| {
            listed <= part
                && context.facts[listed].sentence == context.facts[part].sentence
                && broken_down != whole
                && quotient_fits(context, share, broken_down, whole, percent)
        });
        // 由2021年初的136家压减至11家，压减率91.9%: a rate of a change is of the difference.
        let rate_of_the_change = starts_a_change(context, whole)
            && whole < part
            && quotient.is_finite()
            && ((100.0 - quotient).abs() - percent).abs()
                <= tolerance(context, share, part, whole, quotient);
        // 受理案件862件，审结798件，…其中调解结案516件，调解率64.7%: a rate may divide by a later
        // count of its sentence (审结) rather than the first.
        let fits_a_later_whole = (whole + 1..part).any(|other| {
            exact(other)
                && context.facts[other].sentence == context.facts[part].sentence
                && unit_key(&figures[other].unit) == unit_key(&figures[part].unit)
                && quotient_fits(context, share, part, other, percent)
        });
        if fits_another_whole
            || fits_the_broken_down_whole
            || fits_a_later_whole
            || rate_of_the_change
        {
            continue;
        }
        let computed = format!("{quotient:.1}");
        findings.push(off_finding(context, (share, part, whole), &computed, None));
    }
    findings
}

/// A share that is not its part ÷ its whole, with what the quotient is and, when a slip explains
/// it, which (zh, en).
fn off_finding(
    context: &Context,
    (share, part, whole): (usize, usize, usize),
    computed: &str,
    slip: Option<(&str, &str)>,
) -> Finding {
    let (zh_slip, en_slip) = slip.map_or((String::new(), String::new()), |(zh, en)| {
        (format!("，{zh}"), format!(" ({en})"))
    });
    Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: context.figures()[share].range.clone(),
        message: Message {
            zh: format!(
                "“{}”与其部分和整体不符：{}÷{}约为{computed}%{zh_slip}",
                context.written(share),
                context.written(part),
                context.cite_zh(whole)
            ),
            en: format!(
                "“{}” does not fit its part and whole: {} ÷ {} is about {computed}%{en_slip}",
                context.written(share),
                context.written(part),
                context.cite_en(whole)
            ),
        },
        related: vec![context.quoted(part), context.quoted(whole)],
        fixes: Vec::new(),
    }
}

/// 不合格率2.18%，总体合格率97.82%: a rate and the rate of its opposite in one sentence make
/// 100%, give or take their rounding.
fn complementary_rates(context: &Context, shares: &[usize]) -> Vec<Finding> {
    let figures = context.figures();
    let stem_of = |share: usize| {
        let label = figures[share].label.as_deref()?;
        Some((label, last_chars(label.strip_suffix('率')?, 2)))
    };
    let mut findings = Vec::new();
    for (position, &later) in shares.iter().enumerate() {
        let Some((later_label, stem)) = stem_of(later) else {
            continue;
        };
        let opposite = shares[..position].iter().copied().find(|&earlier| {
            context.facts[earlier].sentence == context.facts[later].sentence
                && stem_of(earlier).is_some_and(|(earlier_label, earlier_stem)| {
                    earlier_stem == stem && !same_sense(earlier_label, later_label, &stem)
                })
        });
        let Some(earlier) = opposite else {
            continue;
        };
        let (Value::Number(a), Value::Number(b)) = (&figures[earlier].value, &figures[later].value)
        else {
            continue;
        };
        let rounding = (figures[earlier].step + figures[later].step) / 2.0;
        let exact = figures[earlier].qualifier.is_none() && figures[later].qualifier.is_none();
        if !exact || (a + b - 100.0).abs() <= rounding + 1e-9 {
            continue;
        }
        let sum = crate::features::display::group_thousands(((a + b) * 100.0).round() / 100.0);
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[later].range.clone(),
            message: Message {
                zh: format!(
                    "“{}”与{}相加应为100%，现为{sum}%",
                    context.written(later),
                    context.cite_zh(earlier),
                ),
                en: format!(
                    "“{}” and {} should add up to 100%, not {sum}%",
                    context.written(later),
                    context.cite_en(earlier),
                ),
            },
            related: vec![context.quoted(earlier)],
            fixes: Vec::new(),
        });
    }
    findings
}

/// 城镇新增就业4.86万人，完成全年目标8.5万人的57.2%: the share of a target done is the figure
/// before over the target.
fn share_of_a_target(context: &Context, share: usize) -> Option<(usize, usize)> {
    let figures = context.figures();
    let whole = share.checked_sub(1)?;
    let part = whole.checked_sub(1)?;
    let clause = clause_before(context.text, figures[whole].range.start);
    // 完成全年目标8.5万人的57.2%, 占年度计划12.4亿元的63.4%.
    let stated_as_done = &context.text[figures[whole].range.end..figures[share].range.start]
        == "的"
        && (clause.contains("完成") || clause.contains('占'))
        && ["目标", "计划", "任务"]
            .iter()
            .any(|word| clause.contains(word));
    let in_sentence = context.facts[part].sentence == context.facts[share].sentence;
    (stated_as_done
        && in_sentence
        && is_amount(&figures[part])
        && unit_key(&figures[part].unit) == unit_key(&figures[whole].unit))
    .then_some((part, whole))
}

/// The part as a percentage of the whole, when both are plain numbers (past 100 when the part
/// outgrows the whole: 已入住2520套 of 1860套 cannot make 入住率81.7%).
fn quotient(context: &Context, part: usize, whole: usize) -> Option<f64> {
    let figures = context.figures();
    let (Value::Number(part_value), Value::Number(whole_value)) =
        (&figures[part].value, &figures[whole].value)
    else {
        return None;
    };
    (*whole_value > 0.0).then(|| part_value / whole_value * 100.0)
}

/// Bare whole numbers below this are taken as counted exactly.
const EXACT_COUNT_BELOW: f64 = 1000.0;

/// How far a share may stand from the quotient when each of the three figures is rounded to
/// half its last written digit.
fn tolerance(context: &Context, share: usize, part: usize, whole: usize, quotient: f64) -> f64 {
    let figures = context.figures();
    // 42个子项目中已完成40个: a count under a thousand written bare is exact, not rounded to tens.
    let relative = |index: usize| match figures[index].value {
        Value::Number(value)
            if value > 0.0
                && value < EXACT_COUNT_BELOW
                && value.fract() == 0.0
                && figures[index].power == 0
                && figures[index].qualifier.is_none() =>
        {
            0.5 / value
        }
        Value::Number(value) if value > 0.0 => figures[index].step / (2.0 * value),
        _ => 0.0,
    };
    figures[share].step / 2.0 + quotient * (relative(part) + relative(whole)) + 1e-6
}

fn quotient_fits(context: &Context, share: usize, part: usize, whole: usize, percent: f64) -> bool {
    quotient(context, part, whole).is_some_and(|quotient| {
        (quotient - percent).abs() <= tolerance(context, share, part, whole, quotient)
    })
}

fn is_share(context: &Context, index: usize) -> bool {
    let figure = &context.figures()[index];
    if figure.kind != FigureKind::Percent {
        return false;
    }
    // 增加值 and 增速 are nouns, not changes.
    let clause = clause_before(context.text, figure.range.start)
        .replace("增加值", "")
        .replace("增速", "");
    let after = &context.text[figure.range.end..];
    // 占年度计划的108.3%: completing a plan past 100% is an achievement, not a slip.
    // 一般公共预算支出 is an account, not a plan.
    let of_a_plan = ["计划", "目标", "任务", "年初预算", "预算数", "占预算"]
        .iter()
        .any(|word| clause.contains(word));
    // 提高到96.5%: a change *to* a level states the level.
    let to_a_level = ["到", "至"].iter().any(|word| clause.ends_with(word));
    let a_change = CHANGE_WORDS.iter().any(|word| clause.contains(word));
    !of_a_plan && (to_a_level || !a_change) && !after.starts_with("的增长")
}

/// 同比下降131.5%: nothing counted falls by more than all of it.
fn impossible_fall(context: &Context, index: usize) -> bool {
    let figure = &context.figures()[index];
    let before = &context.text[..figure.range.start];
    let falls = ["下降", "降低", "减少", "回落", "缩减"]
        .iter()
        .any(|word| before.ends_with(word));
    figure.kind == FigureKind::Percent && falls && high_of(&figure.value) > 100.0
}

fn high_of(value: &Value) -> f64 {
    match value {
        Value::Number(value) => *value,
        Value::Range(low, high) => low.max(*high),
        Value::Date { .. } => 0.0,
    }
}

/// 能繁母猪存栏10.6万头，为正常保有量的103.9%: a figure said to be a percentage of a reference
/// (为…的) measures against it and may pass it; a share is taken with 占.
fn ratio_to_a_reference(context: &Context, index: usize) -> bool {
    let clause = clause_before(context.text, context.figures()[index].range.start);
    clause.contains('为') && clause.ends_with('的') && !clause.contains('占')
}

fn out_of_range(context: &Context, shares: &[usize]) -> Vec<Finding> {
    let falls = (0..context.figures().len()).filter(|&index| impossible_fall(context, index));
    shares
        .iter()
        .copied()
        .filter(|&index| {
            let high = high_of(&context.figures()[index].value);
            !(0.0..=100.0).contains(&high) && !ratio_to_a_reference(context, index)
        })
        .chain(falls)
        .map(|index| Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: context.figures()[index].range.clone(),
            message: Message {
                zh: format!("“{}”是占比，不能超过100%", context.written(index)),
                en: format!(
                    "“{}” is a share and cannot exceed 100%",
                    context.written(index)
                ),
            },
            related: Vec::new(),
            fixes: Vec::new(),
        })
        .collect()
}

/// Rate labels this short are a rate noun alone (覆盖率, 参与率), with nothing of what is rated.
const BARE_RATE_CHARS: usize = 3;

/// The same share (same label, same year) stated twice with values that cannot both hold.
/// 签约率97.4%。其中，海棠村项目…实现签约率100%: a sentence that opens with 其中 speaks of a
/// part of what the one before it counted.
fn opens_with_a_part(context: &Context, index: usize) -> bool {
    let start = context.facts[index].sentence_range.start;
    context.text[start..]
        .trim_start_matches(['，', ' '])
        .starts_with("其中")
}

fn restated(context: &Context, shares: &[usize]) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    // Once per share: every later share looks back at all earlier ones.
    let change_start: Vec<bool> = shares
        .iter()
        .map(|&share| starts_a_change(context, share))
        .collect();
    let labels: Vec<Option<String>> = shares
        .iter()
        .map(|&share| rate_label(context, share))
        .collect();
    let counted: Vec<Option<usize>> = shares
        .iter()
        .map(|&share| counted_part(context, share))
        .collect();
    let backing: Vec<Option<usize>> = shares
        .iter()
        .map(|&share| backing_part(context, share))
        .collect();
    let figures_agree = |x: Option<usize>, y: Option<usize>| match (x, y) {
        (Some(x), Some(y)) => {
            figures[x].value == figures[y].value
                && unit_key(&figures[x].unit) == unit_key(&figures[y].unit)
        }
        _ => false,
    };
    // 签约率38.4% of 148.3万人 in 386.2万人, and 签约率78.2% of 89.6万人 in 114.6万人: two rates
    // that each fit the part and whole stated beside them, parts that differ, are rates of
    // different things under one name.
    let backed_by_other_figures = |a: usize, b: usize| match (backing[a], backing[b]) {
        (Some(x), Some(y)) => !compatible(&figures[x], &figures[y]),
        _ => false,
    };
    // 检出不合格样品537批次，不合格率2.18% and 食用农产品不合格248批次，不合格率2.52%: rates each
    // right after a count of their own, counts that differ, are rates of different groups.
    let preceding: Vec<Option<usize>> = shares
        .iter()
        .map(|&share| preceding_count(context, share))
        .collect();
    let after_other_counts = |a: usize, b: usize| match (preceding[a], preceding[b]) {
        (Some(x), Some(y)) => {
            unit_key(&figures[x].unit) == unit_key(&figures[y].unit)
                && !compatible(&figures[x], &figures[y])
        }
        _ => false,
    };
    for (position, &later) in shares.iter().enumerate() {
        let Some(label) = labels[position]
            .as_deref()
            .filter(|l| l.chars().count() >= 3)
        else {
            continue;
        };
        if change_start[position] {
            continue;
        }
        // 党组织覆盖率达到80.7% … 准物业覆盖率90.7%: a bare rate noun names nothing across
        // paragraphs unless the count it rates is the same (签约15.8万人，签约率37.1% twice).
        let bare = label.chars().count() <= BARE_RATE_CHARS;
        let earlier = (0..position).find_map(|at| {
            let earlier = shares[at];
            if bare
                && context.facts[earlier].paragraph != context.facts[later].paragraph
                && !figures_agree(counted[at], counted[position])
            {
                return None;
            }
            (!change_start[at]
            && (labels[at]
                .as_deref()
                .is_some_and(|earlier_label| same_rate(earlier_label, label))
                || figures_agree(counted[at], counted[position]))
                && context.facts[earlier].place == context.facts[later].place
                // A target (力争签约率达到40%以上) is no statement of the rate now.
                && context.facts[earlier].planned == context.facts[later].planned
                && !backed_by_other_figures(at, position)
                && !after_other_counts(at, position)
                && part_of_a_year(context, earlier) == part_of_a_year(context, later)
                && same_part(context, earlier, later)
                // A year on one side only is often just the lead's fuller wording.
                && !matches!(
                    (context.facts[earlier].year, context.facts[later].year),
                    (Some(a), Some(b)) if a != b
                )
                && context.facts[earlier].sentence != context.facts[later].sentence
                && opens_with_a_part(context, earlier) == opens_with_a_part(context, later)
                && !compatible(&figures[earlier], &figures[later]))
            .then_some(earlier)
        });
        if let Some(earlier) = earlier {
            findings.push(Finding {
                code: RULE.code,
                severity: RULE.default_severity,
                range: figures[later].range.clone(),
                message: Message {
                    zh: format!(
                        "“{label}”的占比此处为“{}”，与{}不一致",
                        context.written(later),
                        context.cite_zh(earlier)
                    ),
                    en: format!(
                        "The share “{label}” is “{}” here but {}",
                        context.written(later),
                        context.cite_en(earlier)
                    ),
                },
                related: vec![Related {
                    range: figures[earlier].range.clone(),
                    message: Message {
                        zh: "同一占比的另一处".into(),
                        en: "the same share stated elsewhere".into(),
                    },
                }],
                fixes: Vec::new(),
            });
        }
    }
    findings
}

/// The part a rate fits with the whole stated beside it, if it fits.
fn backing_part(context: &Context, share: usize) -> Option<usize> {
    let (part, whole) = rate_of_part_and_whole(context, share)?;
    let Value::Number(percent) = context.figures()[share].value else {
        return None;
    };
    quotient_fits(context, share, part, whole, percent).then_some(part)
}

/// The count right before a rate in its clause group that the rate's stem names: 不合格248批次，
/// 不合格率2.52% (not 收集问题1860个，问题解决率96.5%, where the count is the whole).
fn preceding_count(context: &Context, share: usize) -> Option<usize> {
    let figures = context.figures();
    let rate_label = figures[share].label.as_deref()?;
    let stem = last_chars(rate_label.strip_suffix('率')?, 2);
    let before = share.checked_sub(1)?;
    let between = &context.text[figures[before].range.end..figures[share].range.start];
    let named = figures[before]
        .label
        .as_deref()
        .is_some_and(|label| label.contains(&stem) && same_sense(label, rate_label, &stem));
    (named
        && stem.chars().count() == 2
        && is_amount(&figures[before])
        && context.facts[before].sentence == context.facts[share].sentence
        && !between.contains(['；', '、']))
    .then_some(before)
}

/// The last `count` characters of `text`.
fn last_chars(text: &str, count: usize) -> String {
    let start = text
        .char_indices()
        .rev()
        .nth(count.saturating_sub(1))
        .map_or(0, |(at, _)| at);
    text[start..].to_string()
}

/// The count right before a rate that its verb names (家庭医生签约15.8万人，签约率37.1%): rates
/// whose counts agree are one rate however their labels are worded.
fn counted_part(context: &Context, share: usize) -> Option<usize> {
    let figures = context.figures();
    let stem = figures[share].label.as_deref()?.strip_suffix('率')?;
    if stem.chars().count() < 2 {
        return None;
    }
    let before = share.checked_sub(1)?;
    let named = figures[before]
        .label
        .as_deref()
        .is_some_and(|label| label.ends_with(stem));
    (named
        && is_amount(&figures[before])
        && context.facts[before].sentence == context.facts[share].sentence
        && figures[before].qualifier.is_none())
    .then_some(before)
}

/// A rate's label in full: 本科上线2386人，上线率78.6% is the 本科上线率, named by the figure
/// before it in its sentence.
fn rate_label(context: &Context, share: usize) -> Option<String> {
    let figures = context.figures();
    let label = figures[share].label.as_deref()?;
    let Some(stem) = label
        .strip_suffix('率')
        .filter(|stem| stem.chars().count() <= 3)
    else {
        return Some(label.to_string());
    };
    let fuller = (0..share)
        .rev()
        .take_while(|&earlier| context.facts[earlier].sentence == context.facts[share].sentence)
        .filter_map(|earlier| figures[earlier].label.as_deref())
        .find(|earlier_label| {
            earlier_label
                .strip_suffix(stem)
                .is_some_and(|subject| !subject.is_empty() && !negates(subject))
        });
    Some(fuller.map_or_else(|| label.to_string(), |fuller| format!("{fuller}率")))
}

/// 检出不 before 合格: a subject that turns the rate's stem into its opposite names no fuller rate.
fn negates(subject: &str) -> bool {
    NEGATIONS.iter().any(|no| subject.ends_with(no))
}

/// Words that turn a rate's stem into its opposite: 不合格, 未达标, 非正常.
const NEGATIONS: [&str; 3] = ["不", "未", "非"];

/// 不合格 and 合格率: a count and a rate of the same stem both negated, or neither.
fn same_sense(count_words: &str, rate_label: &str, stem: &str) -> bool {
    let negated = |words: &str| {
        NEGATIONS
            .iter()
            .any(|no| words.contains(&format!("{no}{stem}")))
    };
    negated(count_words) == negated(rate_label)
}

/// Labels of one share: the same, or one a fuller wording ending in the other, as a lead may
/// write it (食品抽检合格率 / 抽检合格率).
fn same_rate(a: &str, b: &str) -> bool {
    let (shorter, longer) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    shorter == longer || (shorter.chars().count() >= 4 && longer.ends_with(shorter))
}

/// 数字经济核心产业增加值增长12.6%，占地区生产总值比重达到11.8% and 服务业增加值328.5亿元，
/// 占地区生产总值比重达到56.0%: after 占 the label names the whole; the part is the figure
/// before it in the sentence, and two shares of different parts are different shares.
fn same_part(context: &Context, a: usize, b: usize) -> bool {
    let part_of = |share: usize| {
        let figures = context.figures();
        if !clause_before(context.text, figures[share].range.start).contains('占') {
            return None;
        }
        (0..share)
            .rev()
            .take_while(|&earlier| context.facts[earlier].sentence == context.facts[share].sentence)
            .find_map(|earlier| figures[earlier].label.clone())
    };
    match (part_of(a), part_of(b)) {
        (Some(a), Some(b)) => labels_name_one_thing(&a, &b) || a == b,
        _ => true,
    }
}

/// The part and whole of a share after 占: the figure before the share's clause, and the whole
/// named after 占 (占常住人口73.6万人的), by its label (占人才总量的), or given by 其中.
fn share_of_part_and_whole(
    context: &Context,
    share: usize,
    pairs: &[(usize, usize)],
) -> Option<(usize, usize, bool)> {
    let figures = context.figures();
    let clause = clause_before(context.text, figures[share].range.start);
    let at = clause.rfind('占')?;
    let clause_start = figures[share].range.start - clause.len();
    let in_sentence =
        |earlier: &usize| context.facts[*earlier].sentence == context.facts[share].sentence;
    // 其中企业12.6万户、个体工商户25.3万户…，企业占33.0%、个体工商户占66.2%: a share whose
    // clause names the part takes the figure of that name.
    let before_share = &clause[..at];
    let subject = before_share
        .rfind(['，', '、', '；', '。'])
        .map_or(before_share, |cut| &before_share[cut + '、'.len_utf8()..])
        .trim_start_matches('\n');
    // …其中一般公共预算教育支出15.82亿元…。一般公共预算教育支出占…的19.6%: the name may be
    // given in the sentence before.
    let this_or_last_sentence = |earlier: &usize| {
        let (at, here) = (&context.facts[*earlier], &context.facts[share]);
        at.sentence + 1 >= here.sentence && at.paragraph == here.paragraph
    };
    let named_part = (subject.chars().count() >= 2)
        .then(|| {
            (0..share)
                .rev()
                .take_while(this_or_last_sentence)
                .find(|&earlier| {
                    figures[earlier]
                        .label
                        .as_deref()
                        .is_some_and(|label| names_the_part(label, subject))
                        && is_amount(&figures[earlier])
                })
        })
        .flatten();
    if let Some(part) = named_part {
        // Its whole: the figure after 占 (占全县一般公共预算支出80.7亿元的), else that of the first
        // part of its list.
        let after_share_word = (part + 1..share).find(|&between| {
            figures[between].range.start > clause_start + at && is_amount(&figures[between])
        });
        if let Some(whole) = after_share_word {
            return Some((part, whole, false));
        }
        if let Some(whole) = pairs
            .iter()
            .filter(|&&(p, _)| p <= part && in_sentence(&p))
            .max_by_key(|&&(p, _)| p)
            .map(|&(_, whole)| whole)
        {
            return Some((part, whole, true));
        }
        // 县级财政资金0.60亿元，县级资金占总投资的20.8%: the whole named in words.
        let whole = whole_named_in_words(context, part, share, words_after_share(&clause[at..]))?;
        return Some((part, whole, false));
    }
    // 比上年的2031.9万人次增长7.6%: the base of a comparison is no part.
    let compared =
        |index: usize| clause_before(context.text, figures[index].range.start).contains('比');
    let part = (0..share).rev().take_while(in_sentence).find(|&earlier| {
        figures[earlier].kind != FigureKind::Percent
            && figures[earlier].range.end <= clause_start
            && !compared(earlier)
    })?;
    // 其中35岁以下的612人，…，大专以上学历的占92.4%: a share that names a part of its own, not
    // the figure before it, has no stated part.
    let own_subject = subject
        .trim_start_matches("其中")
        .trim_start_matches("分别")
        .trim_end_matches("分别")
        .trim_end_matches('的');
    let names_another_part = own_subject.chars().count() >= 2
        && own_subject.chars().all(crate::text::chars::is_han)
        && figures[part]
            .label
            .as_deref()
            .is_none_or(|label| !label.contains(own_subject) && !own_subject.contains(label));
    if names_another_part {
        return None;
    }
    let named = (part + 1..share).find(|&between| {
        figures[between].range.start > clause_start + at && is_amount(&figures[between])
    });
    let named_in_words = words_after_share(&clause[at..]);
    let unnamed = named.is_none() && named_in_words.is_empty();
    let whole = named.or_else(|| {
        if unnamed {
            pairs
                .iter()
                .find(|(p, _)| *p == part)
                .map(|&(_, whole)| whole)
        } else {
            whole_named_in_words(context, part, share, named_in_words)
        }
    })?;
    Some((part, whole, unnamed))
}

/// The words after 占 that name a share's whole: 全年投资 in 占全年投资的67.0%.
fn words_after_share(from_share_word: &str) -> &str {
    from_share_word['占'.len_utf8()..]
        .trim_end_matches(['的', '为'])
        .trim_end_matches("比重")
        .trim_end_matches("比例")
        .trim_end_matches(['的', '为'])
}

/// A share's subject names its part by the label, or by its frame (县级资金 for 县级财政资金).
fn names_the_part(label: &str, subject: &str) -> bool {
    let ends = |text: &str| -> (String, String) {
        (
            text.chars().take(2).collect(),
            text.chars().rev().take(2).collect(),
        )
    };
    label == subject || (subject.chars().count() >= 4 && ends(label) == ends(subject))
}

/// Words that say when, not what: 全年投资 is the 投资 of the year.
const TIME_WORDS: &[&str] = &["全年", "当年", "今年", "年度", "上半年"];

/// The figure a share's whole is named by in words: a label of the draft, else one of the part's
/// paragraph that names the same thing.
/// Words that say a whole is the whole place's (全市接待游客总量).
const WHOLE_SCOPES: &[&str] = &["全市", "全县", "全区", "全省", "全镇", "全乡"];

fn whole_named_in_words(
    context: &Context,
    part: usize,
    share: usize,
    named_in_words: &str,
) -> Option<usize> {
    let figures = context.figures();
    // 占出口总额的 names 出口; 占全市行政村总数的 names 行政村.
    let bare = named_in_words
        .trim_start_matches(['全', '我', '本'])
        .trim_start_matches(['市', '县', '区', '镇', '省'])
        .trim_end_matches("总数")
        .trim_end_matches("总额")
        .trim_end_matches("总量");
    let mut candidates: Vec<usize> = context.labelled(named_in_words).to_vec();
    if bare.chars().count() >= 2 && bare != named_in_words {
        candidates.extend_from_slice(context.labelled(bare));
        candidates.sort_unstable();
    }
    // 占定点医药机构总数的21.7%: the number there are, not the year's 新增…41家.
    if named_in_words.ends_with("总数") || named_in_words.ends_with("总量") {
        candidates.retain(|&candidate| {
            !context.facts[candidate]
                .scope
                .iter()
                .any(|word| ["新增", "新建", "新认定", "新设"].contains(word))
        });
    }
    // 占交流教师的30.6% after 交流轮岗教师412名: a shorter wording of a label of the
    // paragraph.
    if candidates.is_empty() {
        let timeless = TIME_WORDS
            .iter()
            .find_map(|word| named_in_words.strip_prefix(word))
            .filter(|noun| noun.chars().count() >= 2);
        let paragraph = context.facts[part].paragraph;
        candidates = (0..part)
            .rev()
            .take_while(|&earlier| context.facts[earlier].paragraph == paragraph)
            .filter(|&earlier| {
                // 占符合交流条件教师2750名的15.0%: the base of another share.
                !base_of_a_share(context.text, figures[earlier].range.end)
                    && figures[earlier].label.as_deref().is_some_and(|label| {
                        labels_name_one_thing(label, named_in_words)
                            || (bare.chars().count() >= 2
                                && labels_name_one_thing(label, bare))
                            // 占全年投资的 after 全年完成交通固定资产投资18.62亿元.
                            || timeless.is_some_and(|noun| label.ends_with(noun))
                    })
            })
            .collect();
        candidates.reverse();
    }
    // 2024年产值达到27.6亿元 of one company, paragraphs before the industry's 研发投入11.9亿元，
    // 占产值的3.8%: a sum of money paragraphs away, named by a bare noun, is another
    // subject's.
    let near_enough = |other: &usize| {
        figures[*other].kind != FigureKind::Money
            || named_in_words.chars().count() > BARE_RATE_CHARS
            || matches!(
                (context.facts[*other].paragraph, context.facts[part].paragraph),
                (Some(a), Some(b)) if a + 1 >= b
            )
    };
    let names_the_whole = |other: &usize| {
        is_amount(&figures[*other]) && !context.facts[*other].per_unit && near_enough(other)
    };
    // 占全市接待游客总量的45.8%: of the figures of 接待游客 (正月初三…, 四个县（市）共…), the
    // one said of the whole city.
    let whole_scope = WHOLE_SCOPES
        .iter()
        .find(|scope| named_in_words.starts_with(**scope));
    if let Some(scope) = whole_scope {
        // 春节假期全市共接待游客586.4万人次: a label holding the scope and more ends in the noun.
        let said_of_the_whole = (0..part).filter(|&other| {
            bare.chars().count() >= 2
                && figures[other]
                    .label
                    .as_deref()
                    .is_some_and(|label| label.contains(scope) && label.ends_with(bare))
        });
        let of_the_whole: Vec<usize> = candidates
            .iter()
            .copied()
            .chain(said_of_the_whole)
            .filter(|&other| {
                let start = figures[other].range.start;
                let sentence_start = context.facts[other].sentence_range.start.min(start);
                context.text[sentence_start..start].contains(scope)
            })
            .collect();
        if !of_the_whole.is_empty() {
            candidates = of_the_whole;
            candidates.sort_unstable();
            candidates.dedup();
        }
    }
    // The nearest before, else a count of things (256个行政村, the same all through a
    // draft) after it; sums of money belong to the subject they are stated for.
    candidates
        .iter()
        .rev()
        .filter(|&&other| other < part)
        .find(|other| names_the_whole(other))
        .or_else(|| {
            // A later count smaller than the part is of a narrower activity (抽检1380批次
            // of one campaign, after 占抽检总量的40.0%).
            candidates
                .iter()
                .filter(|&&other| other > share)
                .find(|later| {
                    names_the_whole(later)
                        && figures[**later].kind == FigureKind::Count
                        && high_of(&figures[**later].value) > high_of(&figures[part].value)
                })
        })
        .copied()
}

/// 抽检2860批次，发现不合格186批次，不合格率6.5%: a rate after the two counts it divides, the
/// part named by the rate's own word (不合格, 解决).
fn rate_of_part_and_whole(context: &Context, share: usize) -> Option<(usize, usize)> {
    let figures = context.figures();
    let label = figures[share].label.as_deref()?;
    let stem = last_chars(label.strip_suffix('率')?, 2);
    if stem.chars().count() < 2 {
        return None;
    }
    // Counts only: 65岁以上 between them sorts, it does not count.
    let mut earlier = (0..share)
        .rev()
        .take_while(|&index| context.facts[index].sentence == context.facts[share].sentence)
        .filter(|&index| is_amount(&figures[index]));
    let part = earlier.next()?;
    // 常住人口480.6万人。其中，城镇人口350.8万人，常住人口城镇化率为73.0%: a rate right after a
    // part it is named for (城镇) divides it by its whole.
    // 检出不合格10批次，合格率99.2%: a rate of the complement is not this part over its whole.
    let named_for_part = figures[part].label.as_deref().is_some_and(|part_label| {
        let chars: Vec<char> = label.chars().collect();
        chars
            .windows(2)
            .any(|pair| part_label.contains(&pair.iter().collect::<String>()))
            && same_sense(part_label, label, &stem)
    });
    let adjacent =
        !context.text[figures[part].range.end..figures[share].range.start].contains(['；', '、']);
    // 重点人群签约11.3万人，重点人群签约率82.4%: a rate named for a group of its own divides by
    // that group, not by the whole it is a part of (常住人口城镇化率 names its whole).
    let names_the_whole = |whole: usize| {
        let subject: String = {
            let chars: Vec<char> = label.chars().collect();
            chars[..chars.len().saturating_sub(3)].iter().collect()
        };
        // Two characters before the stem are a verb's object (调解成功率), not a group.
        subject.chars().count() < 3
            || figures[whole]
                .label
                .as_deref()
                .is_some_and(|whole_label| shares_a_word(&subject, whole_label))
    };
    if named_for_part
        && adjacent
        && let Some(&(_, whole)) = context
            .part_whole_pairs()
            .iter()
            .find(|(candidate, _)| *candidate == part)
    {
        return names_the_whole(whole).then_some((part, whole));
    }
    let whole = earlier.next()?;
    // 出生人口3.62万人，出生率7.54‰；死亡人口3.15万人，死亡率6.56‰: a ； closes the counts a
    // rate divides.
    if context.text[figures[whole].range.end..figures[share].range.start].contains('；') {
        return None;
    }
    // 其中职工医保参保6.42万人、城乡居民医保参保35.44万人，户籍人口参保率97.3%: members of a
    // 、-list are parallel parts, and a rate named for a group of its own divides by that group.
    let between_the_two = &context.text[figures[whole].range.end..figures[part].range.start];
    if (between_the_two.contains('、') && !between_the_two.contains('，'))
        || !names_the_whole(whole) && !names_the_whole(part)
    {
        return None;
    }
    let names_the_rate = |index: usize| {
        let clause = clause_before(context.text, figures[index].range.start);
        let own_label = figures[index].label.as_deref().unwrap_or_default();
        (clause.contains(&stem) && same_sense(clause, label, &stem))
            || (own_label.contains(&stem) && same_sense(own_label, label, &stem))
    };
    // 签约41.7万人（全市65岁及以上老年人51.8万人，签约率80.5%）: the whole may come second.
    let larger = |x: usize, y: usize| match (&figures[x].value, &figures[y].value) {
        (Value::Number(x), Value::Number(y)) => x > y,
        _ => false,
    };
    if larger(part, whole) && names_the_rate(whole) {
        return Some((whole, part));
    }
    names_the_rate(part).then_some((part, whole))
}

/// 其中A占40%，B占35%，C占30%: shares of one whole (each after 占, in one sentence) past 100%.
fn over_full(context: &Context, shares: &[usize]) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    // 占40%, or 引进人才中约72%集中在…: a share of the whole named before it.
    let takes_a_share = |index: usize| {
        let before = &text[..figures[index].range.start];
        let clause_start = before.rfind(['，', '。', '；', '、', '\n']).unwrap_or(0);
        let of_a_whole = before
            .trim_end_matches(['约', '近', '有', '超', '逾'])
            .ends_with('中');
        // 普惠性幼儿园在园幼儿占比达到92.4%，公办幼儿园…占比达到64.8%: a share said to reach a
        // level is a measure of its own, not a slice of a split.
        let reached = crate::analysis::figures::LEVEL_VERBS
            .iter()
            .any(|verb| before[clause_start..].ends_with(verb));
        (before[clause_start..].contains('占') || of_a_whole) && !reached
    };
    let mut group: Vec<usize> = Vec::new();
    let flush = |group: &mut Vec<usize>, findings: &mut Vec<Finding>| {
        // 35岁以下的占39.8%，大专以上学历的占92.4%: classes by two measures overlap.
        let attributes: Vec<Option<String>> = group
            .iter()
            .map(|&i| threshold_measure(share_subject(text, figures[i].range.start)))
            .collect();
        let one_measure = attributes
            .iter()
            .all(|attribute| *attribute == attributes[0]);
        if group.len() >= 2 && one_measure {
            let sum: f64 = group.iter().map(|&i| high_of(&figures[i].value)).sum();
            // With 约 or 左右 a share may be a point or two off (a twentieth of it); past that
            // the shares cannot add up.
            let sum: f64 = group
                .iter()
                .map(|&i| lowest_share(&figures[i]))
                .sum::<f64>()
                .max(if group.iter().any(|&i| figures[i].qualifier.is_some()) {
                    0.0
                } else {
                    sum
                });
            if sum > 100.0 + ROUNDING {
                let last = *group.last().unwrap();
                findings.push(Finding {
                    code: RULE.code,
                    severity: RULE.default_severity,
                    range: figures[last].range.clone(),
                    message: Message {
                        zh: format!(
                            "同一整体的各部分占比相加为{}%，超过100%",
                            crate::features::display::group_thousands(sum)
                        ),
                        en: format!(
                            "Shares of one whole add up to {}%, past 100%",
                            crate::features::display::group_thousands(sum)
                        ),
                    },
                    related: group[..group.len() - 1]
                        .iter()
                        .map(|&i| Related {
                            range: figures[i].range.clone(),
                            message: Message {
                                zh: format!("占比“{}”", context.written(i)),
                                en: format!("share “{}”", context.written(i)),
                            },
                        })
                        .collect(),
                    fixes: Vec::new(),
                });
            }
        }
        group.clear();
    };
    for &index in shares {
        if !takes_a_share(index) {
            continue;
        }
        // 出口占84.4%；…占全县外贸进出口总额的20.3%: shares of wholes named otherwise are of
        // other wholes, or overlap.
        let whole_named = named_whole(text, figures[index].range.start);
        let group_whole = group
            .iter()
            .map(|&share| named_whole(text, figures[share].range.start))
            .find(|whole| !whole.is_empty())
            .unwrap_or_default();
        // 高新技术产业…占规模以上工业增加值的65.0%；战略性新兴产业…占规模以上工业增加值的
        // 42.7%: shares each naming the whole past a ； are classes that may overlap.
        let past_a_semicolon = |previous: usize| {
            !whole_named.is_empty()
                && text[figures[previous].range.end..figures[index].range.start].contains('；')
        };
        if let Some(&previous) = group.last()
            && (context.facts[previous].sentence != context.facts[index].sentence
                || (!whole_named.is_empty() && whole_named != group_whole)
                || past_a_semicolon(previous))
        {
            flush(&mut group, &mut findings);
        }
        // …60岁及以上人口86.6万人，占18.0%，其中65岁及以上人口62.3万人，占13.0%: a share of a
        // part of the last one is no share beside it.
        if let Some(&previous) = group.last()
            && text[figures[previous].range.end..figures[index].range.start].contains("其中")
        {
            continue;
        }
        group.push(index);
    }
    flush(&mut group, &mut findings);
    findings
}

/// The whole a share's clause names after 占 (占全县外贸进出口总额的 → 全县外贸进出口总额),
/// empty when it names none (出口占84.4%, 县（市）占比仅为28%左右).
fn named_whole(text: &str, start: usize) -> &str {
    let clause = clause_before(text, start);
    let Some(at) = clause.rfind('占') else {
        return "";
    };
    let after = &clause[at + '占'.len_utf8()..];
    if after.starts_with('比') {
        return "";
    }
    after
        .trim_end_matches(['的', '为'])
        .trim_end_matches("比重")
        .trim_end_matches("比例")
        .trim_end_matches(['的', '为'])
}

/// What a share is of, as its clause names it (大专以上学历的占92.4%), or the clause before when
/// its own only says 占 (其中35岁以下的612人，占39.8%).
pub(super) fn share_subject(text: &str, start: usize) -> &str {
    let clause = clause_before(text, start);
    // 满意的占96.3%、基本满意的占2.5%: shares joined by 、 each name their own subject.
    let own = clause[clause.rfind('、').unwrap_or(0)..]
        .trim_start_matches(['，', '。', '；', '、'])
        .trim_end_matches(['约', '近', '超', '逾'])
        .trim_end_matches('占')
        .trim_end_matches('的');
    if own.chars().count() >= 2 {
        return own;
    }
    let clause_start = start - clause.len();
    // The part's own figure ends that clause: 0—15岁人口91.6万人 is of 0—15岁人口.
    clause_before(text, clause_start)
        .trim_end_matches(|c: char| c.is_ascii_digit() || ".万亿千人个名家户元所座".contains(c))
}

/// The measure a class is cut by (35岁以下 → 岁, 15—59岁人口 → 岁人口, 大专以上学历 → 专学历),
/// or none when it is cut by no number or threshold.
pub(super) fn threshold_measure(subject: &str) -> Option<String> {
    let threshold = ["及以上", "及以下", "以上", "以下", "以内"]
        .iter()
        .find_map(|word| subject.find(word).map(|at| (at, *word)));
    // The unit right after the last number (15—59岁人口 → 岁), else the character before the
    // threshold (大专以上 → 专).
    let last_digit = subject
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_ascii_digit());
    // 8个镇、4个乡: a count of a list before names no band (15—59岁 does).
    let band = subject.contains(['—', '－', '-', '～', '~', '至']);
    let (unit, rest) = match (last_digit, threshold) {
        (Some(_), None) if !band => return None,
        (Some((at, digit)), _) => {
            let after = &subject[at + digit.len_utf8()..];
            let unit = after.chars().next()?;
            (unit, &after[unit.len_utf8()..])
        }
        (None, Some((at, _))) => (subject[..at].chars().next_back()?, &subject[at..]),
        (None, None) => return None,
    };
    let rest = ["及以上", "及以下", "以上", "以下", "以内"]
        .iter()
        .find_map(|word| rest.strip_prefix(word))
        .unwrap_or(rest);
    let after: String = rest
        .chars()
        .take_while(|c| *c != '的' && crate::text::chars::is_han(*c))
        .collect();
    Some(format!("{unit}{after}"))
}

/// The least a share's wording allows when shares are added: 约72% is at least 68.4%, 近30% at
/// least 29%, 28%以上 at least 28%.
fn lowest_share(figure: &crate::analysis::figures::Figure) -> f64 {
    let written = match figure.value {
        Value::Number(value) => value,
        Value::Range(low, high) => low.min(high),
        Value::Date { .. } => return 0.0,
    };
    let approximate = figure.qualifier.as_deref().is_some_and(|q| {
        ["约", "左右", "上下", "大约", "大概"]
            .iter()
            .any(|w| q.contains(w))
    });
    let low = if approximate {
        written - (written * SHARE_APPROXIMATION).max(1.0)
    } else {
        bounds(figure).0
    };
    low.max(0.0)
}

/// How far 约 or 左右 lets a share stray when shares are added, as a part of it.
const SHARE_APPROXIMATION: f64 = 0.05;

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("percent-range", text).len()
    }

    #[test]
    fn a_share_of_a_plan_and_a_change_against_last_year() {
        let plan = |share: &str| {
            format!("标题\n\n上半年完成教育基础设施投资7.86亿元，占年度计划12.4亿元的{share}%。\n")
        };
        assert_eq!(count(&plan("63.4")), 0);
        assert_eq!(count(&plan("36.4")), 1);
        let change = |rate: &str| {
            format!("标题\n\n全年执法检查企业1236家次，较上年的1078家次增长{rate}%。\n")
        };
        assert_eq!(count(&change("14.7")), 0);
        assert_eq!(count(&change("17.4")), 1);
    }

    #[test]
    fn shares_said_to_reach_a_level_are_measures_of_their_own() {
        let text = "标题\n\n目前全区普惠性幼儿园在园幼儿占比达到92.4%，公办幼儿园在园幼儿占比达到64.8%。\n";
        assert_eq!(count(text), 0);
        assert_eq!(count("标题\n\n其中企业占43.0%、个体工商户占66.2%。\n"), 1);
    }

    #[test]
    fn a_span_between_a_change_and_its_rate() {
        let text = |rate: &str| {
            format!("标题\n\n单件快递成本由2021年的3.2元降至2.1元，四年下降{rate}%。\n")
        };
        assert_eq!(count(&text("34.4")), 0);
        assert_eq!(count(&text("43.4")), 1);
    }

    #[test]
    fn a_share_of_a_whole_named_with_its_time_word() {
        let text = |share: &str| {
            format!(
                "标题\n\n全年完成交通固定资产投资18.62亿元。按投资方向分，公路建设投资12.48亿元，占全年投资的{share}%。\n"
            )
        };
        assert_eq!(count(&text("67.0")), 0);
        assert_eq!(count(&text("76.0")), 1);
    }

    #[test]
    fn a_bare_noun_names_no_sum_of_money_paragraphs_away() {
        let text = "标题\n\n公司2024年产值达到27.6亿元。\n\n人才是创新的根本。\n\n2024年，全县企业研发投入11.9亿元，占产值的3.8%。\n";
        assert_eq!(count(text), 0);
        let text = "标题\n\n2024年，全县产值312.6亿元。\n\n研发投入11.9亿元，占产值的4.8%。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn shares_out_of_range_restated_or_over_full() {
        assert_eq!(count("提拔重用担当有为干部占新提任干部的178.9%。"), 1);
        assert_eq!(count("精选150%左右学员参加第二阶段学习。"), 1);
        assert_eq!(
            count(
                "2019年优秀干部占新提任干部比例为78.9%。\n\n2019年优秀干部占新提任干部比例为80.2%。\n"
            ),
            1
        );
        assert_eq!(
            count("其中第一产业占40%，第二产业占35%，第三产业占30%。"),
            1
        );
        let spread = |rest: &str| {
            count(&format!(
                "引进人才中约72%集中在市区和两个国家级开发区，县（市）占比仅为{rest}。"
            ))
        };
        assert_eq!(spread("38%左右"), 1);
        assert_eq!(spread("28%左右"), 0);
        assert_eq!(spread("30%左右"), 0);
    }

    #[test]
    fn a_share_off_its_part_and_whole() {
        let share = |percent: &str| {
            count(&format!(
                "全市常住人口中，农村人口28.4万人，占常住人口73.6万人的{percent}。"
            ))
        };
        assert_eq!(share("38.6%"), 0);
        assert_eq!(share("36.8%"), 1);
        let breakdown = |percent: &str| {
            count(&format!(
                "2020年村级集体经济总收入达到6.85亿元，其中经营性收入3.12亿元，占{percent}。"
            ))
        };
        assert_eq!(breakdown("45.5%"), 0);
        assert_eq!(breakdown("54.5%"), 1);
        // A figure compared against (比2019年的5.96亿元) is not the whole.
        let compared = |percent: &str| {
            count(&format!(
                "2020年，全市村级集体经济总收入达到6.85亿元，比2019年的5.96亿元增长14.9%，其中经营性收入3.12亿元，占{percent}。"
            ))
        };
        assert_eq!(compared("45.5%"), 0);
        assert_eq!(compared("54.5%"), 1);
        let rate = |percent: &str| {
            count(&format!(
                "全年抽检2860批次，发现不合格186批次，不合格率{percent}。"
            ))
        };
        assert_eq!(rate("6.5%"), 0);
        assert_eq!(rate("5.6%"), 1);
        assert_eq!(
            count("完成造林面积3.2万亩，其中新造林1.1万亩，森林覆盖率达到61.5%。"),
            0
        );
        // Rounded figures: 1.86万 of 28.6万 is 6.5%.
        assert_eq!(
            count("全市人才总量28.6万人，其中高层次人才1.86万人，占6.5%。"),
            0
        );
    }

    #[test]
    fn changes_and_consistent_shares_stay_silent() {
        assert_eq!(count("傅家路片区3村集体经济增长120%。"), 0);
        assert_eq!(count("出口额同比增长135.2%。"), 0);
        assert_eq!(
            count("其中第一产业占40%，第二产业占35%，第三产业占25%。"),
            0
        );
        assert_eq!(count("2018年比例为70%。\n\n2019年比例为78.9%。\n"), 0);
    }

    #[test]
    fn shares_of_a_part_of_a_part() {
        let ages = |oldest: &str| {
            format!(
                "年末常住人口480.6万人。从年龄构成看，0—15岁人口91.6万人，占19.1%；16—59岁人口302.4万人，占62.9%；60岁及以上人口86.6万人，占18.0%，其中65岁及以上人口62.3万人，占{oldest}%。"
            )
        };
        // 13.0% is of all 480.6万: a bare 占 may take the share of the larger whole.
        assert_eq!(count(&ages("13.0")), 0);
        assert_eq!(count(&ages("31.0")), 1);
    }

    #[test]
    fn rates_per_thousand_and_rates_past_a_semicolon() {
        let text = "全年出生人口3.62万人，出生率7.54‰；死亡人口3.15万人，死亡率6.56‰。";
        assert_eq!(count(text), 0);
        let failed = |rate: &str| format!("全年抽查2860批次，发现不合格186批次，不合格率{rate}%。");
        assert_eq!(count(&failed("6.5")), 0);
        assert_eq!(count(&failed("5.6")), 1);
    }

    #[test]
    fn structures_make_a_hundred_and_hold_the_shares_beside_them() {
        let district = |share: &str, ratio: &str| {
            format!(
                "标题\n\n实现服务业增加值328.5亿元，占地区生产总值比重达到{share}%，三次产业结构调整为{ratio}。\n"
            )
        };
        assert_eq!(count(&district("56.0", "1.2∶42.8∶56.0")), 0);
        assert_eq!(count(&district("56.0", "1.2∶48.2∶56.0")), 1);
        assert_eq!(count(&district("65.0", "1.2∶42.8∶56.0")), 1);
        // The share is of the latest structure; the earlier one only has to make 100.
        let county = |earlier: &str| {
            format!(
                "标题\n\n2021年服务业增加值143.3亿元，占地区生产总值的43.9%，三次产业结构由2016年的{earlier}调整为9.8∶46.3∶43.9。\n"
            )
        };
        assert_eq!(count(&county("12.6∶45.8∶41.6")), 0);
        assert_eq!(count(&county("12.6∶48.5∶41.6")), 1);
        // A ratio that is no set of shares of a hundred.
        assert_eq!(count("标题\n\n城乡收入结构比为1∶2∶7。\n"), 0);
    }

    #[test]
    fn rates_and_shares_of_wholes_named_elsewhere() {
        let urban = |rate: &str| {
            format!(
                "标题\n\n年末全市常住人口480.6万人。其中，城镇人口350.8万人，常住人口城镇化率为{rate}%。\n"
            )
        };
        assert_eq!(count(&urban("73.0")), 0);
        assert_eq!(count(&urban("37.0")), 1);
        let exports = |share: &str| {
            format!(
                "标题\n\n其中，出口1586.2亿元；进口682.2亿元。机电产品出口826.3亿元，占出口总额的{share}%。\n"
            )
        };
        assert_eq!(count(&exports("52.1")), 0);
        assert_eq!(count(&exports("25.1")), 1);
        // A count of villages stays the same through a draft, even stated later.
        let villages = |share: &str| {
            format!(
                "标题\n\n强村公司覆盖行政村196个，占全市行政村总数的{share}%。\n\n全市256个行政村中已有236个村实行积分管理。\n"
            )
        };
        assert_eq!(count(&villages("76.6")), 0);
        assert_eq!(count(&villages("67.6")), 1);
        // A sum of money stated later is another subject's.
        let later_money = "标题\n\n全年规上工业企业研发投入38.6亿元，占营业收入的2.85%。\n\n龙头企业全年实现营业收入286.5亿元。\n";
        assert_eq!(count(later_money), 0);
    }

    #[test]
    fn a_rate_restated_in_a_fuller_wording() {
        let text = |lead: &str| {
            format!(
                "标题\n\n全年食品抽检合格率{lead}%。\n\n全年完成食品安全监督抽检1.86万批次，抽检合格率97.8%。\n"
            )
        };
        assert_eq!(count(&text("97.8")), 0);
        assert_eq!(count(&text("98.7")), 1);
    }

    #[test]
    fn the_start_of_a_change_and_the_share_of_a_breakdown() {
        let text = "标题\n\n研发经费支出占地区生产总值比重从2.10%提高到2.86%。\n\n2021年，全市研发经费支出占地区生产总值比重达到2.86%。\n";
        assert_eq!(count(text), 0);
        let clusters = |share: &str| {
            format!(
                "标题\n\n三大产业集群实现产值862亿元，其中集成电路386亿元、生物医药168亿元、智能装备308亿元，占全市规上工业总产值1420亿元的{share}%。\n"
            )
        };
        assert_eq!(count(&clusters("60.7")), 0);
        assert_eq!(count(&clusters("70.6")), 1);
    }

    #[test]
    fn a_share_that_names_its_part() {
        let entities = |households: &str| {
            format!(
                "标题\n\n全市市场主体总量38.2万户，其中企业12.6万户、个体工商户{households}万户、农民专业合作社0.3万户，企业占33.0%、个体工商户占66.2%。\n"
            )
        };
        assert_eq!(count(&entities("25.3")), 0);
        assert_eq!(count(&entities("23.5")), 1);
    }

    #[test]
    fn rates_of_parts_named_with_zhong_and_parts_past_their_whole() {
        let elderly = |managed: &str, rate: &str| {
            format!(
                "标题\n\n全县7.86万名65岁以上老年人中的{managed}万人接受了健康管理服务，管理率{rate}%。\n"
            )
        };
        assert_eq!(count(&elderly("5.92", "75.3")), 0);
        assert_eq!(count(&elderly("5.92", "57.3")), 1);
        let flats = |occupied: u32| {
            format!("标题\n\n园区建成人才公寓1860套，已入住{occupied}套，入住率81.7%。\n")
        };
        assert_eq!(count(&flats(1520)), 0);
        assert_eq!(count(&flats(2520)), 1);
        let park = |share: &str| {
            format!("标题\n\n全市412家高新技术企业中，有168家集聚在园区，占{share}%。\n")
        };
        assert_eq!(count(&park("40.8")), 0);
        assert_eq!(count(&park("48.0")), 1);
    }

    #[test]
    fn classes_cut_by_two_measures_overlap() {
        let text = "全区社区工作者1536人，其中35岁以下的612人，占39.8%，大专以上学历的占92.4%。\n";
        assert_eq!(count(text), 0);
        let ages = |middle: &str| {
            format!(
                "常住人口480.6万人。从年龄构成看，0—15岁人口91.6万人，占19.1%；16—59岁人口302.4万人，占{middle}%；60岁及以上人口86.6万人，占18.0%。\n"
            )
        };
        assert_eq!(count(&ages("62.9")), 0);
        assert!(count(&ages("69.2")) >= 1);
    }

    #[test]
    fn the_rate_of_a_change_is_of_the_difference() {
        let text = "校外培训机构由2021年初的136家压减至11家，压减率91.9%。\n";
        assert_eq!(count(text), 0);
        let text = "校外培训机构由2021年初的136家压减至11家，压减率19.9%。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_short_rate_named_by_the_count_before_it() {
        let draft = |rate: &str| {
            format!(
                "全县高考本科上线率78.6%，创历史新高。\n\n高考参考考生3036人，本科上线2386人，上线率{rate}%。\n"
            )
        };
        assert_eq!(count(&draft("78.6")), 0);
        assert!(count(&draft("87.6")) >= 1);
    }

    #[test]
    fn a_part_named_in_the_sentence_before_and_a_whole_in_other_words() {
        let draft = |share: &str| {
            format!(
                "标题\n\n全年教育经费总投入18.64亿元，其中一般公共预算教育支出15.82亿元、其他教育经费2.82亿元。一般公共预算教育支出占全县一般公共预算支出80.7亿元的{share}%。\n"
            )
        };
        assert_eq!(count(&draft("19.6")), 0);
        assert_eq!(count(&draft("16.9")), 1);
        let draft = |share: &str| {
            format!(
                "标题\n\n交流轮岗教师412名，占符合交流条件教师2750名的15.0%，其中骨干教师126名，占交流教师的{share}%。\n"
            )
        };
        assert_eq!(count(&draft("30.6")), 0);
        assert_eq!(count(&draft("36.0")), 1);
    }

    #[test]
    fn a_change_in_percent_between_its_two_ends() {
        let draft =
            |cut: &str| format!("标题\n\n审批时限由85个工作日压缩至28个工作日，压缩{cut}%。\n");
        assert_eq!(count(&draft("67.1")), 0);
        assert_eq!(count(&draft("76.1")), 1);
        let draft = |growth: &str| {
            format!("标题\n\n全县村级集体经济总收入达3.12亿元，比2022年的2.77亿元增长{growth}%。\n")
        };
        assert_eq!(count(&draft("12.6")), 0);
        assert_eq!(count(&draft("21.6")), 1);
        // A yearly average over the span is another rate.
        let text =
            "标题\n\n地区生产总值从2015年的413.6亿元增加到2020年的586.4亿元，年均增长7.2%。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn shares_of_wholes_named_with_zhong_past_averages_and_semicolons() {
        let funds = |share: &str| {
            format!("标题\n\n今年兑现的18.6亿元惠企资金中，“免申即享”兑付11.2亿元，占{share}%。\n")
        };
        assert_eq!(count(&funds("60.2")), 0);
        assert_eq!(count(&funds("62.0")), 1);
        let income = |share: &str| {
            format!(
                "标题\n\n全县村级集体经济总收入达3.12亿元，村均200万元；其中经营性收入1.87亿元，占{share}%。\n"
            )
        };
        assert_eq!(count(&income("59.9")), 0);
        assert_eq!(count(&income("95.9")), 1);
        let projects = |rate: &str| {
            format!("标题\n\n全市谋划项目86个，其中入选储备库31个；已开工48个，开工率{rate}%。\n")
        };
        assert_eq!(count(&projects("55.8")), 0);
        assert_eq!(count(&projects("58.5")), 1);
        // A population written without 人.
        let elderly = |share: &str| {
            format!("标题\n\n户籍人口68.5万，其中60周岁以上老年人口16.2万，占{share}%。\n")
        };
        assert_eq!(count(&elderly("23.6")), 0);
        assert_eq!(count(&elderly("32.6")), 1);
        // A stated difference: the rate is of it.
        let output = |rate: &str| {
            format!("标题\n\n园区实现产值312亿元，比2022年的243亿元增加69亿元，增长{rate}%。\n")
        };
        assert_eq!(count(&output("28.4")), 0);
        assert_eq!(count(&output("24.8")), 1);
    }

    #[test]
    fn a_rate_named_by_its_verb_and_shares_joined_by_dunhao() {
        let orders = |rate: &str| {
            format!("标题\n\n全区共收到群众点单4360个，已完成4218个，完成率{rate}%。\n")
        };
        assert_eq!(count(&orders("96.7")), 0);
        assert_eq!(count(&orders("69.7")), 1);
        let survey = |satisfied: &str| {
            format!(
                "标题\n\n调查显示，表示满意的占{satisfied}%、基本满意的占2.5%、不满意的占1.2%。\n"
            )
        };
        assert_eq!(count(&survey("96.3")), 0);
        assert_eq!(count(&survey("98.3")), 1);
    }

    #[test]
    fn rates_of_other_things_under_one_name_stay_silent() {
        // Each rate fits the part and whole beside it.
        let text = "标题\n\n全市常住人口386.2万人，家庭医生签约居民148.3万人，签约率38.4%。全市重点人群114.6万人，签约89.6万人，签约率78.2%。\n";
        assert_eq!(count(text), 0);
        // A target is no statement of the rate now.
        let text = "标题\n\n全市家庭医生签约率38.4%。\n\n2024年，力争全市签约率达到40%以上。\n";
        assert_eq!(count(text), 0);
        // A rate named for a group of its own divides by that group.
        let text = "标题\n\n全县签约服务常住居民21.6万人；其中老年人、慢性病患者等重点人群签约11.3万人，重点人群签约率82.4%。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_rate_restated_under_another_wording_of_its_count() {
        let draft = |lead: &str| {
            format!(
                "标题\n\n全县家庭医生签约15.8万人，签约率{lead}%。\n\n全县组建团队168个，全年签约15.8万人，签约率37.1%。\n"
            )
        };
        assert_eq!(count(&draft("37.1")), 0);
        assert_eq!(count(&draft("31.7")), 1);
    }

    #[test]
    fn a_share_checks_against_its_own_part_and_whole() {
        // The whole may come second, in brackets.
        let elderly = |rate: &str| {
            format!(
                "标题\n\n65岁及以上老年人签约41.7万人（全市65岁及以上老年人51.8万人，签约率{rate}%）。\n"
            )
        };
        assert_eq!(count(&elderly("80.5")), 0);
        assert_eq!(count(&elderly("70.5")), 1);
        // What a figure is compared with is no part.
        let visits = |share: &str| {
            format!(
                "标题\n\n全市基层医疗卫生机构总诊疗2186.4万人次，比上年的2031.9万人次增长7.6%，占全市医疗机构总诊疗3815.6万人次的{share}%。\n"
            )
        };
        assert_eq!(count(&visits("57.3")), 0);
        assert_eq!(count(&visits("67.3")), 1);
    }

    #[test]
    fn shares_of_wholes_named_otherwise_do_not_add_up() {
        let text = "标题\n\n全县外贸进出口总额286.4亿元，其中出口241.7亿元、进口44.7亿元，出口占84.4%；跨境电商进出口额58.2亿元，占全县外贸进出口总额的20.3%。\n";
        assert_eq!(count(text), 0);
        // Bare shares after one that names the whole are of that whole; 占比 names none.
        let text =
            "标题\n\n集成电路占园区规上工业产值的38.6%，智能终端占67.4%，工业软件占12.5%。\n";
        assert_eq!(count(text), 1);
        let text = "标题\n\n引进人才中约72%集中在市区，县（市）占比仅为38%左右。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn classes_each_naming_the_whole_past_a_semicolon_may_overlap() {
        let text = "标题\n\n规模以上工业中，高新技术产业增加值268.5亿元，增长9.1%，占规模以上工业增加值的65.0%；战略性新兴产业增加值176.3亿元，增长11.4%，占规模以上工业增加值的42.7%。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_rate_of_the_complement_is_not_its_part_over_the_whole() {
        let text = |rate: &str| format!("校园周边共抽检1248批次，检出不合格10批次，{rate}。");
        assert_eq!(count(&text("合格率99.2%")), 0);
        assert_eq!(count(&text("不合格率0.8%")), 0);
        assert_eq!(count(&text("不合格率8.0%")), 1);
    }

    #[test]
    fn rates_after_counts_of_their_own_are_of_different_groups() {
        let text = |count_of_group: &str| {
            format!(
                "全年共检出不合格样品537批次，不合格率2.18%。\n\n食用农产品不合格{count_of_group}批次，不合格率2.52%，高于平均水平。\n"
            )
        };
        assert_eq!(count(&text("248")), 0);
        assert_eq!(count(&text("537")), 1);
        // A count of the whole before a rate is no part of another group.
        let text = "收集问题1860个，已解决1795个，问题解决率96.5%。\n\n一年来收集问题1860个，问题解决率达到95.6%。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_later_count_smaller_than_the_part_is_no_whole() {
        let text = |share: &str| {
            format!(
                "全年共完成监督抽检24618批次。\n\n全年抽检食用农产品9846批次，占抽检总量的{share}。\n\n“你点我检”抽检1380批次。\n"
            )
        };
        assert_eq!(count(&text("40.0%")), 0);
        assert_eq!(count(&text("140.0%")), 1);
    }

    #[test]
    fn a_share_of_a_target_is_its_quotient() {
        let text = |share: &str| {
            format!("上半年，全市城镇新增就业4.86万人，完成全年目标8.5万人的{share}。")
        };
        assert_eq!(count(&text("57.2%")), 0);
        assert_eq!(count(&text("75.2%")), 1);
        // Past 100% is fine when the quotient says so.
        assert_eq!(
            count("全年新增就业9.35万人，完成全年目标8.5万人的110.0%。"),
            0
        );
    }

    #[test]
    fn a_rate_and_the_rate_of_its_opposite_make_a_hundred() {
        let text = |passed: &str| {
            format!("全年检出不合格样品537批次，不合格率2.18%，总体合格率{passed}。")
        };
        assert_eq!(count(&text("97.82%")), 0);
        assert_eq!(count(&text("98.82%")), 1);
        // Rates of different stems need not.
        assert_eq!(count("抽检不合格率2.18%，群众满意率96.5%。"), 0);
    }

    #[test]
    fn the_start_of_a_change_and_bare_rates_of_other_paragraphs() {
        let members = |end: &str| {
            count(&format!(
                "业委会委员1143名，其中党员713名，党员占比从2022年的23.8%提高到{end}%。"
            ))
        };
        assert_eq!(members("62.4"), 0);
        assert_eq!(members("26.4"), 1);
        // A bare 覆盖率 of another paragraph rates something else unless its count is the same.
        assert_eq!(
            count(
                "标题\n\n全区88家物业企业中已有71家建立党组织，其中单独组建29家、联合组建42家，覆盖率达到80.7%。\n\n全区54个老旧小区中已有49个实现托管，覆盖率90.7%。\n"
            ),
            0
        );
        assert_eq!(
            count(
                "标题\n\n全年签约15.8万人，签约率37.1%。\n\n组建团队168个，全年签约15.8万人，签约率31.7%。\n"
            ),
            1
        );
    }

    #[test]
    fn exact_small_counts_orders_and_the_same_period_last_year() {
        // 40 of 42 is counted, not rounded to tens.
        let done = |rate: &str| count(&format!("实施子项目42个，已完成40个，完成率{rate}%。"));
        assert_eq!(done("95.2"), 0);
        assert_eq!(done("92.5"), 1);
        // Orders are counted in 单.
        let orders = |rate: &str| {
            count(&format!(
                "平台共发布订单1360单，成交1147单，成交率{rate}%。"
            ))
        };
        assert_eq!(orders("84.3"), 0);
        assert_eq!(orders("94.3"), 1);
        // The same period last year is the start of the change.
        let fees = |rate: &str| {
            count(&format!(
                "全县发放来料加工费2.05亿元，去年同期为1.82亿元，同比增长{rate}%。"
            ))
        };
        assert_eq!(fees("12.6"), 0);
        assert_eq!(fees("16.2"), 1);
    }

    #[test]
    fn a_rate_of_its_own_group_and_a_share_of_all_there_are() {
        let count = |text: &str| crate::checks::findings_of("percent-range", text).len();
        // Members of a 、-list are parallel; the rate is of 户籍人口, not stated.
        let rate = "标题\n\n全县基本医疗保险参保41.86万人，其中职工医保参保6.42万人、城乡居民医保参保35.44万人，户籍人口参保率97.3%。\n";
        assert_eq!(count(rate), 0);
        // 总数 is the number there are, not the year's additions.
        let share = |percent: &str| {
            format!(
                "标题\n\n全县定点医药机构586家。全年新增定点医药机构41家，退出16家。\n\n查处违法违规机构127家，占定点医药机构总数的{percent}%。\n"
            )
        };
        assert_eq!(count(&share("21.7")), 0);
    }

    #[test]
    fn a_rate_may_divide_by_a_later_count_of_its_sentence() {
        let draft = |rate: &str| {
            format!(
                "标题\n\n上半年受理劳动人事争议案件862件，审结798件，结案率92.6%；其中调解结案516件，调解率{rate}%。\n"
            )
        };
        // 516 ÷ 798 = 64.7%.
        assert_eq!(count(&draft("64.7")), 0);
        assert_eq!(count(&draft("46.7")), 1);
    }

    #[test]
    fn a_share_of_the_whole_place_divides_by_the_figure_said_of_it() {
        let draft = |share: &str| {
            format!(
                "标题\n\n春节假期全市共接待游客586.4万人次。\n\n其中正月初三接待游客102.8万人次，为假期单日最高。\n\n全市A级旅游景区共接待游客268.5万人次，占全市接待游客总量的{share}%。\n"
            )
        };
        // 268.5 ÷ 586.4 = 45.8%; 102.8万人次 is one day's.
        assert_eq!(count(&draft("45.8")), 0);
        assert_eq!(count(&draft("54.8")), 1);
    }

    #[test]
    fn a_percentage_of_a_reference_may_pass_a_hundred() {
        let draft = |words: &str| {
            format!("标题\n\n季末生猪存栏112.5万头，其中能繁母猪存栏10.6万头，{words}103.9%。\n")
        };
        assert_eq!(count(&draft("为正常保有量的")), 0);
        assert_eq!(count(&draft("占全部存栏的")), 1);
    }

    #[test]
    fn a_rate_of_one_project_after_the_rate_of_all() {
        let draft = |opening: &str| {
            format!(
                "标题\n\n共涉及征收居民4836户，已完成签约4712户，签约率97.4%。{opening}海棠村项目至4月27日实现签约率100%，历时40天。\n"
            )
        };
        assert_eq!(count(&draft("其中，")), 0);
        assert_eq!(count(&draft("")), 1);
    }
}
