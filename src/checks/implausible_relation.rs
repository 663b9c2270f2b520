//! `implausible-relation`: two figures about the same event that cannot both hold by their
//! nature. Kept small and precise:
//! - participations (人次) fewer than the sessions (次) they took part in, or than the people who
//!   came out of them with a result (达成就业意向, 取得证书), in one sentence;
//! - a tax, profit or dividend larger than the output or revenue it comes from, in one sentence;
//! - a stated total far from units times the members per unit (215个村 × 每村2—3名 vs 总数5600名),
//!   or from units times an average stated after it (26家 × 每站平均6人左右 vs 1580人);
//! - a total over years far from the years times the yearly figure, in one sentence (每年1.5万人
//!   以上 × 3年 vs 3年累计3.5万人以上).

use super::context::{
    Context, bounds, clause_before, is_amount, shares_a_word, unit_key, unquoted,
};
use super::{Finding, Message, Related, Rule, Severity};
use crate::analysis::figures::{FigureKind, Value};
use crate::features::display::group_thousands;

mod exchange_rate;
mod households;
mod peak_below_average;
mod slipped_average;

pub const RULE: Rule = Rule {
    code: "implausible-relation",
    default_severity: Severity::Information,
    description: "Two figures about the same event cannot both hold by their nature.",
    run,
};

/// What is paid out of an output or revenue: taxes, profits, dividends.
const TAX_WORDS: &[&str] = &["税", "利润", "利税", "分红"];
/// Units of sessions people take part in: 活动239次, 培训86期, 演出3260场次.
const SESSION_UNITS: &[&str] = &["次", "场", "场次", "期", "班", "批次"];
const BASE_WORDS: &[&str] = &[
    "产值",
    "营业收入",
    "营收",
    "销售收入",
    "销售额",
    "主营业务收入",
    "生产总值",
];

/// 开展送教下乡活动176次，受益教师1280人次；各校开展校本研修2400余次: sessions and
/// participations of one activity stand in one clause group, with no other sessions between.
fn one_activity(context: &Context, participations: usize, sessions: usize) -> bool {
    let figures = context.figures();
    let (first, last) = (participations.min(sessions), participations.max(sessions));
    let between = &context.text[figures[first].range.end..figures[last].range.start];
    let other_sessions =
        (first + 1..last).any(|index| SESSION_UNITS.contains(&figures[index].unit.as_str()));
    !between.contains('；') && !other_sessions
}

fn run(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    // Figures of one sentence stand next to each other: pair them within each run.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for index in 0..figures.len() {
        match runs.last_mut() {
            Some(run) if context.facts[run.start].sentence == context.facts[index].sentence => {
                run.end = index + 1
            }
            _ => runs.push(index..index + 1),
        }
    }
    for (small, large) in runs.into_iter().flat_map(|run| {
        run.clone()
            .flat_map(move |a| run.clone().map(move |b| (a, b)))
    }) {
        {
            if small == large {
                continue;
            }
            let (small_low, small_high) = bounds(&figures[small]);
            let (large_low, large_high) = bounds(&figures[large]);
            // 人次 (small) must be at least 次 (large): participants per session ≥ 1.
            // 期均30人次 is an average per session, not the participations of all of them.
            if figures[small].unit == "人次"
                && !context.facts[small].per_unit
                && SESSION_UNITS.contains(&figures[large].unit.as_str())
                && one_activity(context, small, large)
                && small_high < large_low
            {
                findings.push(finding(
                    context,
                    small,
                    large,
                    Message {
                        zh: format!(
                            "参与“{}”少于活动场次{}：每次活动至少一人参加",
                            context.written(small),
                            context.cite_zh(large)
                        ),
                        en: format!(
                            "“{}” participations are fewer than the {} sessions: each session has someone in it",
                            context.written(small),
                            context.cite_en(large)
                        ),
                    },
                ));
            }
            // 参加活动4.3万人次，达成就业意向1.1万人: those who came out with something are
            // among the participations.
            if figures[small].unit == "人次"
                && unit_key(&figures[large].unit) == "人"
                && small < large
                && is_labelled_with(context, large, OUTCOME_WORDS)
                && small_high < large_low
            {
                findings.push(finding(
                    context,
                    small,
                    large,
                    Message {
                        zh: format!(
                            "参与“{}”少于其中取得结果的{}",
                            context.written(small),
                            context.cite_zh(large)
                        ),
                        en: format!(
                            "“{}” participations are fewer than the people who came out of them with a result, {}",
                            context.written(small),
                            context.cite_en(large)
                        ),
                    },
                ));
            }
            // 人均营业收入589.5万元 is no source of the firm's profit.
            let both_totals = !context.facts[small].per_unit && !context.facts[large].per_unit;
            // A tax (small side) above the output it comes from (large side).
            if both_totals
                && is_labelled(context, small, TAX_WORDS)
                && is_labelled(context, large, BASE_WORDS)
                && small_low > large_high
            {
                findings.push(finding(
                    context,
                    small,
                    large,
                    Message {
                        zh: format!(
                            "“{}”大于其来源{}",
                            context.written(small),
                            context.cite_zh(large)
                        ),
                        en: format!(
                            "“{}” is larger than the output it comes from, {}",
                            context.written(small),
                            context.cite_en(large)
                        ),
                    },
                ));
            }
            // 利润86.2亿元、利税142.6亿元: profit and tax together are no less than the profit.
            let label = |index: usize| figures[index].label.as_deref().unwrap_or_default();
            if both_totals
                && figures[small].kind == FigureKind::Money
                && figures[large].kind == FigureKind::Money
                && label(small).contains("利润")
                && label(large).contains("利税")
                && small_low > large_high
            {
                findings.push(finding(
                    context,
                    large,
                    small,
                    Message {
                        zh: format!(
                            "利税“{}”小于其中的利润：{}",
                            context.written(large),
                            context.cite_zh(small)
                        ),
                        en: format!(
                            "Profit and tax, “{}”, is less than the profit alone, {}",
                            context.written(large),
                            context.cite_en(small)
                        ),
                    },
                ));
            }
        }
    }
    findings.extend(per_unit_totals(context));
    findings.extend(yearly_totals(context));
    findings.extend(rates_per_head(context));
    findings.extend(daily_against_yearly(context));
    findings.extend(averages_far_from_totals(context));
    findings.extend(households::fewer_people_than_households(context));
    findings.extend(exchange_rate::dollar_conversions(context));
    findings.extend(peak_below_average::peaks_below_averages(context));
    let slipped = slipped_average::slipped_averages(context, &findings);
    findings.extend(slipped);
    // One finding per figure, however many relations it breaks.
    let mut seen = std::collections::HashSet::new();
    findings.retain(|finding| seen.insert(finding.range.clone()));
    findings
}

/// 每年引进人才1.5万人以上，3年累计引进4.5万人以上: the years times the yearly figure must come
/// near the total over those years, in one sentence.
fn yearly_totals(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for total in 1..figures.len() {
        let clause = clause_before(text, figures[total].range.start);
        if !is_amount(&figures[total]) || !clause.contains("累计") {
            continue;
        }
        let sentence = context.facts[total].sentence;
        let in_sentence = (0..total)
            .rev()
            .take_while(|&earlier| context.facts[earlier].sentence == sentence);
        // The years: a duration in the total's own clause (3年累计).
        let Some(years) = in_sentence.clone().find(|&earlier| {
            figures[earlier].kind == FigureKind::Duration
                && figures[earlier].unit == "年"
                && figures[earlier].range.start >= figures[total].range.start - clause.len()
        }) else {
            continue;
        };
        let Some(yearly) = in_sentence.clone().find(|&earlier| {
            let clause = clause_before(text, figures[earlier].range.start);
            unit_key(&figures[earlier].unit) == unit_key(&figures[total].unit)
                && is_amount(&figures[earlier])
                && (clause.contains("每年") || clause.contains("年均"))
        }) else {
            continue;
        };
        let (years_low, years_high) = bounds(&figures[years]);
        let (each_low, each_high) = stated_interval(context, yearly);
        let (total_low, total_high) = stated_interval(context, total);
        let (expected_low, expected_high) = (years_low * each_low, years_high * each_high);
        let slack = super::context::APPROXIMATION;
        if total_high >= expected_low * (1.0 - slack) && total_low <= expected_high * (1.0 + slack)
        {
            continue;
        }
        findings.push(finding(
            context,
            total,
            yearly,
            Message {
                zh: format!(
                    "“{}”与每年“{}”×{}不符：按此应约为 {}",
                    context.written(total),
                    context.written(yearly),
                    context.written(years),
                    group_thousands(expected_low)
                ),
                en: format!(
                    "“{}” does not fit “{}” a year for {}: that makes about {}",
                    context.written(total),
                    context.written(yearly),
                    context.written(years),
                    group_thousands(expected_low)
                ),
            },
        ));
    }
    findings
}

/// The days a year's total may count of a daily average: working days at least, every day at
/// most.
const DAYS_IN_A_YEAR: std::ops::RangeInclusive<f64> = 200.0..=366.0;
/// The share of a period's days a service may be open on, at least (working days).
const FEWEST_OPEN_DAYS: f64 = 0.55;

/// The days a total counted over a period may cover, from the words that name the period in the
/// clause before it (全年, 上半年, 1—10月).
fn days_of_period(before: &str) -> Option<std::ops::RangeInclusive<f64>> {
    let months = |count: f64| (count * 30.0 * FEWEST_OPEN_DAYS)..=(count * 31.0);
    if ["全年", "年累计"].iter().any(|word| before.contains(word)) {
        return Some(DAYS_IN_A_YEAR);
    }
    if before.contains("前三季度") {
        return Some(months(9.0));
    }
    if before.contains("上半年") || before.contains("下半年") {
        return Some(months(6.0));
    }
    if let Some(found) = MONTH_SPAN.captures(before) {
        let (first, last): (u32, u32) = (found[1].parse().ok()?, found[2].parse().ok()?);
        let in_a_year = (1..=12).contains(&first) && (first..=12).contains(&last);
        return in_a_year.then(|| months(f64::from(last - first + 1)));
    }
    None
}

static MONTH_SPAN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(\d{1,2})(?:月份?)?\s*[—–\-～~至到]\s*(\d{1,2})月").unwrap()
});

/// 日均服务3600余人次，全年累计助餐132万人次 and 上半年累计供餐26.8万人次，日均约1481人次: a
/// period's total is its daily average times the days of the period, give or take the days
/// closed.
fn daily_against_yearly(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for daily in 0..figures.len() {
        if !clause_before(text, figures[daily].range.start).contains("日均") {
            continue;
        }
        let period_of = |index: usize| {
            let clause = clause_before(text, figures[index].range.start);
            if clause.contains("日均") || figures[index].unit != figures[daily].unit {
                return None;
            }
            let sentence_start = context.facts[index].sentence_range.start;
            days_of_period(clause).or_else(|| {
                (index < daily)
                    .then(|| {
                        days_of_period(
                            &text[sentence_start.min(figures[index].range.start)
                                ..figures[index].range.start],
                        )
                    })
                    .flatten()
            })
        };
        // The total after it in its sentence, else the last before it in its sentence.
        let after = (daily + 1..figures.len())
            .take_while(|&index| context.facts[index].sentence == context.facts[daily].sentence)
            .find_map(|index| Some((index, period_of(index)?)));
        let before = || {
            (0..daily)
                .rev()
                .take_while(|&index| context.facts[index].sentence == context.facts[daily].sentence)
                .find(|&index| figures[index].unit == figures[daily].unit)
                .and_then(|index| Some((index, period_of(index)?)))
        };
        let Some((yearly, days)) = after.or_else(before) else {
            continue;
        };
        let (daily_low, daily_high) = bounds(&figures[daily]);
        let (yearly_low, yearly_high) = bounds(&figures[yearly]);
        if daily_low <= 0.0 || !daily_high.is_finite() || !yearly_high.is_finite() {
            continue;
        }
        let (fewest, most) = (yearly_low / daily_high, yearly_high / daily_low);
        if most >= *days.start() && fewest <= *days.end() {
            continue;
        }
        let days = (yearly_low / daily_low).round();
        findings.push(finding(
            context,
            yearly,
            daily,
            Message {
                zh: format!(
                    "“{}”与日均{}不符：折合约 {days} 天",
                    context.written(yearly),
                    context.cite_zh(daily)
                ),
                en: format!(
                    "“{}” does not fit the daily average {}: that makes about {days} days",
                    context.written(yearly),
                    context.cite_en(daily)
                ),
            },
        ));
    }
    findings
}

/// The values a figure states, where a bound (以上, 以下) stands for its written value: 每年1.5万人
/// 以上 for three years promises 4.5万人以上, not any number above 1.5万.
fn stated_interval(context: &Context, index: usize) -> (f64, f64) {
    let figure = &context.figures()[index];
    let bound = figure.qualifier.as_deref().is_some_and(|q| {
        ["以上", "以下", "以内", "至少", "最多"]
            .iter()
            .any(|word| q.contains(word))
    });
    match (bound, &figure.value) {
        (true, crate::analysis::figures::Value::Number(value)) => (*value, *value),
        _ => bounds(figure),
    }
}

/// Words that make a figure the total of people or things counted per unit.
const TOTAL_WORDS: &[&str] = &[
    "共",
    "总数",
    "合计",
    "总计",
    "全部",
    "累计",
    "总量",
    "总人数",
];
/// How far a stated total may stray from units × members per unit before it cannot hold.
const PER_UNIT_SLACK: f64 = 0.25;
/// The same when every figure is written exact (每村配备专职网格员3名，共678名).
const EXACT_PER_UNIT_SLACK: f64 = 0.02;

/// 215个行政村…每个行政村配备2—3名保洁监督员…总数达到560名: units times the members each has
/// must come near the stated total.
fn per_unit_totals(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    let mut index = 0;
    while index < figures.len() {
        if !context.facts[index].per_unit || !is_amount(&figures[index]) {
            index += 1;
            continue;
        }
        // The run of per-unit figures of one unit (1名专职网格员和3—5名兼职网格员).
        let unit = unit_key(&figures[index].unit);
        let mut members = vec![index];
        let mut next = index + 1;
        // Members are joined by 和 or 、 within one clause: 人均可支配收入 after a ； is another
        // per-unit figure, not a member.
        // 每个网格配备1名专职网格员、2～3名兼职网格员: the 、 carries 每 on.
        while next < figures.len()
            && (context.facts[next].per_unit
                || text[..figures[next].range.start].ends_with(['、', '和']))
            && context.facts[next].sentence == context.facts[index].sentence
            && !text[figures[next - 1].range.end..figures[next].range.start]
                .contains(['，', '；', '。'])
        {
            if unit_key(&figures[next].unit) == unit {
                members.push(next);
            }
            next += 1;
        }
        index = next;
        // 60—69周岁每餐补贴2元、70—79周岁补贴3元: members told apart by a band are tiers, one of
        // which each unit gets, and no sum of them.
        let tiered = members.len() >= 2
            && (members[0]..*members.last().unwrap_or(&members[0]))
                .any(|between| unit_key(&figures[between].unit) != unit);
        if tiered {
            continue;
        }
        // The units: the last count before, in that sentence or the one before, that the
        // per-unit clause names (每个行政村 … 215个行政村).
        let first = members[0];
        let clause = clause_before(text, figures[first].range.start);
        // 18项技术…每家分院至少能开展其中12项: each picks among the same items; no total of them.
        if clause.contains("其中") {
            continue;
        }
        let candidate_units: Vec<usize> = (0..first)
            .rev()
            .take_while(|&earlier| {
                context.facts[earlier].sentence.saturating_add(1) >= context.facts[first].sentence
            })
            .filter(|&earlier| {
                figures[earlier].kind == FigureKind::Count
                && !context.facts[earlier].per_unit
                && unit_key(&figures[earlier].unit) != unit
                // 比上年的3467件增长11.4%: what the count is compared with.
                && !clause_before(text, figures[earlier].range.start).contains('比')
                // 每组 names a character of 小组, 每个行政村 of 行政村, 村均 of 行政村集体经济总收入.
                && names_the_unit(context, earlier, clause)
            })
            .collect();
        // 新建港湾式停靠站180个，每个投资15万元: 每个 before a verb is each of the count just
        // named.
        let each_of_the_last = clause.contains("每个")
            && unit_noun(clause).is_some_and(|noun| EACH_VERB_STARTS.contains(&noun));
        let candidate_units = if each_of_the_last {
            (0..first)
                .rev()
                .take_while(|&earlier| {
                    context.facts[earlier].sentence == context.facts[first].sentence
                })
                .find(|&earlier| {
                    figures[earlier].kind == FigureKind::Count
                        && !context.facts[earlier].per_unit
                        && unit_key(&figures[earlier].unit) != unit
                })
                .into_iter()
                .collect()
        } else if candidate_units.is_empty() {
            // 每个社区50万元 with 全区96个社区 paragraphs before: every count of the unit the
            // draft has given.
            unit_word(clause).map_or_else(Vec::new, |word| {
                (0..first)
                    .rev()
                    .take(FAR_UNITS_LOOKBACK)
                    .filter(|&earlier| {
                        figures[earlier].kind == FigureKind::Count
                            && !context.facts[earlier].per_unit
                            && unit_key(&figures[earlier].unit) != unit
                            && counts_the_unit(context, earlier, &word)
                    })
                    .collect()
            })
        } else {
            candidate_units
        };
        let Some(&units) = candidate_units.first() else {
            continue;
        };
        // 全部超过50万元: every unit passes a bar; that is no total.
        let bar_for_every_unit = |index: usize| {
            let clause = clause_before(text, figures[index].range.start);
            ["全部超过", "全部达到", "全部突破", "均超过", "均达到"]
                .iter()
                .any(|word| clause.contains(word))
        };
        // The total: the next figure of the members' unit in the paragraph, said to be a total.
        let paragraph = context.facts[first].paragraph;
        let sentence = context.facts[first].sentence;
        let stated_after = || {
            (next..figures.len())
                .take_while(|&later| {
                    context.facts[later].paragraph == paragraph
                        && paragraph.is_some()
                        && context.facts[later].sentence <= sentence + 1
                })
                .find(|&later| {
                    // “共富工坊” is a name: its 共 totals nothing.
                    let clause = unquoted(clause_before(text, figures[later].range.start));
                    // 每个网格配备…2名兼职网格员…，其中专职网格员1152名、兼职网格员2304名: the
                    // count of the very kind each unit has is its total.
                    let of_a_member_kind = figures[later].label.is_some()
                        && members
                            .iter()
                            .any(|&member| figures[member].label == figures[later].label);
                    unit_key(&figures[later].unit) == unit
                        && !context.facts[later].per_unit
                        && !bar_for_every_unit(later)
                        && (TOTAL_WORDS.iter().any(|word| clause.contains(word))
                            || of_a_member_kind)
                })
        };
        // 总投资4.6亿元，参与村每村每年可获得保底收益8—12万元: a total of another noun than what
        // each unit gets (a bare 村均 takes any).
        let names_what_each_has = |total: usize| {
            let label = figures[first].label.as_deref().unwrap_or_default();
            // 每村每年可获得保底收益 → 可获得保底收益; 每站平均, 村均 → nothing.
            let mut own = String::new();
            let mut chars = label.chars();
            while let Some(c) = chars.next() {
                match c {
                    '每' => {
                        chars.next();
                    }
                    '平' | '均' => {}
                    other => own.push(other),
                }
            }
            own.chars().count() < 2
                || figures[total]
                    .label
                    .as_deref()
                    .is_none_or(|total_label| shares_a_word(&own, total_label))
        };
        // 博士后工作站26家，在站博士后158人，每站平均6人左右: an average stated after the total
        // it comes from, in the same sentence, before any stated after it (村均23.7万元 of
        // 分红3180万元, not of 2021年以来累计分红7860万元).
        let total = {
            (units + 1..first).rev().find(|&between| {
                unit_key(&figures[between].unit) == unit
                    && !context.facts[between].per_unit
                    && !text[..figures[between].range.start].ends_with('从')
                    // 比2022年的2.77亿元增长12.6%: what it is compared with.
                    && !clause_before(text, figures[between].range.start).contains('比')
                    && !bar_for_every_unit(between)
                    && context.facts[between].sentence == context.facts[first].sentence
                    && is_amount(&figures[between])
                    && names_what_each_has(between)
            })
        }
        .or_else(stated_after);
        // 紫薇社区有居民3860户，划分为12个网格，每个网格联系320户左右: or before the units,
        // when the units are not a part of it (共有干部职工1260名，其中基层所28个、平均每所32人).
        let total = total.or_else(|| {
            (0..units)
                .rev()
                .take_while(|&before| {
                    context.facts[before].sentence == context.facts[first].sentence
                })
                .find(|&before| {
                    unit_key(&figures[before].unit) == unit
                        && !context.facts[before].per_unit
                        && is_amount(&figures[before])
                })
                .filter(|&before| {
                    !text[figures[before].range.end..figures[units].range.start].contains("其中")
                })
        });
        // 发放扩岗补助3120万元，支持企业吸纳2.08万人；对招用困难人员的企业，按每人每月600—800元:
        // a ； between a total and the rate each gets starts another measure.
        let total = total.filter(|&total| {
            let (low, high) = if total < first {
                (total, first)
            } else {
                (first, total)
            };
            !text[figures[low].range.end..figures[high].range.start].contains('；')
        });
        let Some(total) = total else {
            continue;
        };
        // 共有专职网格员1180名、兼职网格员3200余名: a total split over a 、-list.
        let mut listed = vec![total];
        while let Some(&last) = listed.last() {
            let next = last + 1;
            let joined = next < figures.len()
                && context.facts[next].in_figure_list
                && unit_key(&figures[next].unit) == unit
                && text[figures[last].range.end..figures[next].range.start].starts_with('、');
            if !joined {
                break;
            }
            listed.push(next);
        }
        // 每个网格配备1名专职网格员、2～3名兼职网格员 … 共有兼职网格员3100余名: a total of one
        // kind of member counts that kind; otherwise the totals add up to all members.
        let member_named = |total: usize| {
            members.iter().copied().find(|&member| {
                figures[member].label.is_some() && figures[member].label == figures[total].label
            })
        };
        let comparisons: Vec<(Vec<usize>, Vec<usize>)> = match listed
            .iter()
            .map(|&total| member_named(total).map(|member| (vec![total], vec![member])))
            .collect::<Option<Vec<_>>>()
        {
            Some(one_by_one) => one_by_one,
            None => vec![(listed, members)],
        };
        for (totals, members) in comparisons {
            let sum = |indices: &[usize]| {
                indices.iter().fold((0.0, 0.0), |(low, high), &index| {
                    let (l, h) = bounds(&figures[index]);
                    (low + l, high + h)
                })
            };
            let (each_low, each_high) = sum(&members);
            let (total_low, total_high) = sum(&totals);
            let expected = |units: usize| {
                let (units_low, units_high) = bounds(&figures[units]);
                (units_low * each_low, units_high * each_high)
            };
            // 每村配备专职网格员3名，共678名: exact figures leave only the total's rounding.
            let exact = |index: usize| {
                figures[index].qualifier.is_none()
                    && matches!(figures[index].value, Value::Number(_))
            };
            let fits = |units: usize| {
                let (expected_low, expected_high) = expected(units);
                let slack = if exact(units) && members.iter().chain(&totals).all(|&i| exact(i)) {
                    EXACT_PER_UNIT_SLACK
                } else {
                    PER_UNIT_SLACK
                };
                total_high >= expected_low * (1.0 - slack)
                    && total_low <= expected_high * (1.0 + slack)
            };
            // 在1260个网格中…其余74个网格…每个网格: any count of the units the wording allows.
            if candidate_units.iter().any(|&units| fits(units)) {
                continue;
            }
            let (expected_low, expected_high) = expected(units);
            let expected = if (expected_high - expected_low).abs() < 1e-9 {
                group_thousands(expected_low)
            } else {
                format!(
                    "{}–{}",
                    group_thousands(expected_low),
                    group_thousands(expected_high)
                )
            };
            let total = totals[0];
            findings.push(finding(
                context,
                total,
                units,
                Message {
                    zh: format!(
                        "“{}”与{}和每单位数字不符：按此应约为 {expected}",
                        context.written(total),
                        context.cite_zh(units)
                    ),
                    en: format!(
                        "“{}” does not fit {} times the number per unit: that makes about {expected}",
                        context.written(total),
                        context.cite_en(units)
                    ),
                },
            ));
        }
    }
    findings
}

/// How far a rate per head may stray from its total over the people counted: populations are
/// taken at the year's end or on average, and a draft rounds all three figures.
const PER_HEAD_SLACK: f64 = 0.05;

/// 人均营业收入589.5万元 after 营业收入286.5亿元 and 员工4860人; 每千人口床位6.78张 after
/// 床位3.26万张 and 常住人口480.6万人: a rate per head is the total over the people. Silent
/// when any people count of the paragraph (or any population of the draft) makes it fit.
fn rates_per_head(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let populations: Vec<usize> = (0..figures.len())
        .filter(|&index| {
            let figure = &figures[index];
            // 老年人口16.2万: a population may go without its measure word.
            let labelled = (unit_key(&figure.unit) == "人" || figure.unit.is_empty())
                && figure
                    .label
                    .as_deref()
                    .is_some_and(|label| label.contains("人口"));
            // 按全市465万常住人口计算: the population named right after a bare number.
            let named_after = figure.unit.is_empty()
                && ["常住人口", "户籍人口", "人口"]
                    .iter()
                    .any(|word| text[figure.range.end..].starts_with(word));
            (labelled || named_after) && !context.facts[index].per_unit
        })
        .collect();
    let mut findings = Vec::new();
    for rate in 0..figures.len() {
        let clause = clause_before(text, figures[rate].range.start);
        let Some((scale, head)) = [
            ("每十万人", 100_000.0),
            ("每万人", 10_000.0),
            ("每千人", 1_000.0),
            ("每百人", 100.0),
            ("每百名", 100.0),
            ("人均", 1.0),
        ]
        .iter()
        .find_map(|&(word, scale)| {
            clause
                .rfind(word)
                .map(|at| (scale, &clause[at + word.len()..]))
        }) else {
            continue;
        };
        let Value::Number(value) = figures[rate].value else {
            continue;
        };
        if !is_amount(&figures[rate]) || figures[rate].qualifier.is_some() {
            continue;
        }
        let paragraph = context.facts[rate].paragraph;
        if paragraph.is_none() {
            continue;
        }
        // The totals: 人均营业收入 over 营业收入 by its label; 每千人口床位 over any 张.
        let counted = head.trim_start_matches('口').trim_start_matches("拥有");
        // Every total the paragraph offers: the rate fits when one of them does.
        let totals: Vec<usize> = (0..rate)
            .rev()
            .take_while(|&index| context.facts[index].paragraph == paragraph)
            .filter(|&index| {
                let figure = &figures[index];
                figure.unit == figures[rate].unit
                    && is_amount(figure)
                    && !context.facts[index].per_unit
                    && figure.qualifier.is_none()
                    && (scale > 1.0
                        || figure
                            .label
                            .as_deref()
                            .is_some_and(|label| !counted.is_empty() && label.ends_with(counted)))
            })
            .collect();
        let Some(&total) = totals.first() else {
            continue;
        };
        let Value::Number(total_value) = figures[total].value else {
            continue;
        };
        // The people: the draft's populations, and for 人均 the counts of people in the rate's
        // sentence (员工4860人); 每千人口医师 is per inhabitant, not per member of staff.
        let people: Vec<usize> = (0..rate)
            .filter(|&index| {
                scale == 1.0
                    && context.facts[index].sentence == context.facts[rate].sentence
                    && unit_key(&figures[index].unit) == "人"
                    && figures[index].kind == FigureKind::Count
                    && !context.facts[index].per_unit
                    && index != total
            })
            .chain(populations.iter().copied().filter(|&index| index != rate))
            .collect();
        let fits =
            |total: usize, people: usize| match (&figures[total].value, &figures[people].value) {
                (Value::Number(total_value), Value::Number(count)) if *count > 0.0 => {
                    let expected = total_value / count * scale;
                    (expected - value).abs() <= expected * PER_HEAD_SLACK + figures[rate].step / 2.0
                }
                _ => true,
            };
        let Some(&nearest) = people.first() else {
            continue;
        };
        if totals
            .iter()
            .any(|&total| people.iter().any(|&index| fits(total, index)))
        {
            continue;
        }
        let Value::Number(count) = figures[nearest].value else {
            continue;
        };
        let expected = group_thousands((total_value / count * scale * 100.0).round() / 100.0);
        let mut found = finding(
            context,
            rate,
            total,
            Message {
                zh: format!(
                    "“{}”与{}和{}不符：按此应约为 {expected}",
                    context.written(rate),
                    context.cite_zh(total),
                    context.cite_zh(nearest)
                ),
                en: format!(
                    "“{}” does not fit {} over {}: that makes about {expected}",
                    context.written(rate),
                    context.cite_en(total),
                    context.cite_en(nearest)
                ),
            },
        );
        found.related.push(Related {
            range: figures[nearest].range.clone(),
            message: Message {
                zh: "人数".into(),
                en: "the people".into(),
            },
        });
        findings.push(found);
    }
    findings
}

/// How far an average may stray from its total over its units: rounding when all three are
/// written exact, more when one is approximate (约126.8万元).
const AVERAGE_SLACK: f64 = 0.1;
const APPROXIMATE_AVERAGE_SLACK: f64 = 0.35;

/// The units an average (X均) is taken over, and the units that count them.
const AVERAGE_UNITS: &[(&str, &[&str])] = &[
    ("人均", &["人", "人次"]),
    ("亩均", &["亩"]),
    ("户均", &["户"]),
    // 平均亩产431公斤: the yield per mu, of the 总产量 over the area sown.
    ("亩产", &["亩"]),
];
/// What an average word that names no noun after it averages: 亩产 is of 产(量).
fn implied_noun(word: &str) -> Option<&'static str> {
    (word == "亩产").then_some("产")
}

/// The same mass in kilograms, so that 亩均产量423公斤 meets 总产量1.38万吨.
fn in_kilograms(unit: &str) -> Option<f64> {
    match unit {
        "公斤" | "千克" => Some(1.0),
        "吨" => Some(1000.0),
        _ => None,
    }
}

/// 亩均税收68.2万元 after 实现税收14.6亿元 on 2140亩; 人均巡河约121次 after 3860名河湖长巡河46.8万次:
/// an average times the units it is taken over must come near the total of its own noun in the
/// paragraph. Only an average far off every pairing is flagged.
fn averages_far_from_totals(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let areas: Vec<usize> = (0..figures.len())
        .filter(|&index| figures[index].unit == "亩")
        .collect();
    let mut findings = Vec::new();
    for average in 0..figures.len() {
        let clause = clause_before(text, figures[average].range.start);
        let Some((word, unit_counts, at)) = AVERAGE_UNITS
            .iter()
            .find_map(|&(word, units)| clause.rfind(word).map(|at| (word, units, at)))
        else {
            continue;
        };
        // The noun averaged: 税收 in 亩均税收, 产值 in 人均产值约.
        // 人均每月增收: the period is no noun.
        let averaged = clause[at + word.len()..].trim_start_matches("约");
        let averaged = ["每月", "每年", "每天", "每日", "年", "月", "日"]
            .iter()
            .find_map(|period| averaged.strip_prefix(period))
            .unwrap_or(averaged);
        let noun: String = match implied_noun(word) {
            Some(noun) => noun.to_string(),
            None => averaged.chars().take(2).collect(),
        };
        let Value::Number(value) = figures[average].value else {
            continue;
        };
        let paragraph = context.facts[average].paragraph;
        if (noun.chars().count() < 2 && implied_noun(word).is_none())
            || paragraph.is_none()
            || !is_amount(&figures[average])
        {
            continue;
        }
        // The paragraph's figures, else the draft's before it (园区规划面积2140亩 in the lead).
        // Figures are in document order: the paragraph's stand around the average.
        let first = (0..average)
            .rev()
            .take_while(|&index| context.facts[index].paragraph == paragraph)
            .last()
            .unwrap_or(average);
        let in_paragraph: Vec<usize> = (first..figures.len())
            .take_while(|&index| context.facts[index].paragraph == paragraph)
            .filter(|&index| index != average)
            .collect();
        // Farther afield only a total of the paragraph before, or an area (a park's 2140亩).
        let paragraph_before: Vec<usize> = (0..first)
            .rev()
            .take_while(|&index| {
                context.facts[index]
                    .paragraph
                    .is_some_and(|other| Some(other + 1) == paragraph)
            })
            .collect();
        let areas_before = &areas[..areas.partition_point(|&area| area < average)];
        let candidates = |wanted: &dyn Fn(usize) -> bool, afield: &[usize]| {
            let near: Vec<usize> = in_paragraph
                .iter()
                .copied()
                .filter(|&i| wanted(i))
                .collect();
            if near.is_empty() {
                afield.iter().copied().filter(|&i| wanted(i)).collect()
            } else {
                near
            }
        };
        let scale = |unit: &str| -> Option<f64> {
            if unit == figures[average].unit {
                Some(1.0)
            } else {
                Some(in_kilograms(unit)? / in_kilograms(&figures[average].unit)?)
            }
        };
        // 87名村民人均增收1.9万余元。村集体…一年增收12.6万元: a total of a later sentence is of
        // someone else.
        let totals: Vec<(usize, f64)> = candidates(
            &|index| {
                (index < average
                    || context.facts[index].sentence == context.facts[average].sentence)
                    && is_amount(&figures[index])
                    && !context.facts[index].per_unit
                    && !context.facts[index].planned
                    && figures[index]
                        .label
                        .as_deref()
                        .is_some_and(|label| label.contains(noun.as_str()))
            },
            &paragraph_before,
        )
        .into_iter()
        .filter_map(|index| match figures[index].value {
            Value::Number(total) => Some((index, total * scale(&figures[index].unit)?)),
            _ => None,
        })
        .collect();
        // 水稻18.2万亩、9.64万吨，亩产529.7公斤: a yield is of the crop its sentence has just
        // named, its output and area the nearest before it there.
        if implied_noun(word).is_some() {
            let nearest_before = |wanted: &dyn Fn(usize) -> bool| {
                (0..average)
                    .rev()
                    .take_while(|&index| {
                        context.facts[index].sentence == context.facts[average].sentence
                    })
                    .find(|&index| {
                        // 比上年增加0.8万亩: a change is no area sown.
                        let clause = clause_before(text, figures[index].range.start);
                        !context.facts[index].per_unit
                            && !clause.contains('比')
                            && !["增加", "减少", "扩大", "下降", "增长"]
                                .iter()
                                .any(|verb| clause.ends_with(verb))
                            && wanted(index)
                    })
            };
            let output = nearest_before(&|index| {
                scale(&figures[index].unit).is_some() && is_amount(&figures[index])
            });
            let area = nearest_before(&|index| figures[index].unit == "亩");
            let (Some(output), Some(area)) = (output, area) else {
                continue;
            };
            let (Value::Number(total), Value::Number(sown)) =
                (&figures[output].value, &figures[area].value)
            else {
                continue;
            };
            let Some(in_unit) = scale(&figures[output].unit) else {
                continue;
            };
            let expected = total * in_unit / sown;
            if *sown <= 0.0 || (value / expected - 1.0).abs() <= AVERAGE_SLACK {
                continue;
            }
            let expected = format!(
                "{}{}",
                group_thousands((expected * 10.0).round() / 10.0),
                figures[average].unit
            );
            findings.push(far_from_its_total(
                context, average, output, area, &expected,
            ));
            continue;
        }
        let units: Vec<(usize, f64)> = candidates(
            &|index| {
                unit_counts.contains(&unit_key(&figures[index].unit))
                    && !context.facts[index].per_unit
                    && !context.facts[index].planned
            },
            areas_before,
        )
        .into_iter()
        .filter_map(|index| match figures[index].value {
            Value::Number(count) if count > 0.0 => Some((index, count)),
            _ => None,
        })
        .collect();
        let (Some(&(total, total_value)), Some(&(unit, count))) = (totals.first(), units.first())
        else {
            continue;
        };
        let exact = |index: usize| figures[index].qualifier.is_none();
        let slack = if exact(average) && exact(total) && exact(unit) {
            AVERAGE_SLACK
        } else {
            APPROXIMATE_AVERAGE_SLACK
        };
        let near = |total: f64, count: f64| {
            let ratio = value * count / total;
            (1.0 - slack..=1.0 + slack).contains(&ratio)
        };
        if totals
            .iter()
            .any(|&(_, total)| total > 0.0 && units.iter().any(|&(_, count)| near(total, count)))
        {
            continue;
        }
        let expected = format!(
            "{}{}",
            group_thousands((total_value / count * 100.0).round() / 100.0),
            figures[average].unit
        );
        findings.push(far_from_its_total(context, average, total, unit, &expected));
    }
    findings
}

/// An average far from its total over its units, with what that quotient makes.
fn far_from_its_total(
    context: &Context,
    average: usize,
    total: usize,
    unit: usize,
    expected: &str,
) -> Finding {
    let mut found = finding(
        context,
        average,
        total,
        Message {
            zh: format!(
                "“{}”与{}和{}相差太远：按此应约为 {expected}",
                context.written(average),
                context.cite_zh(total),
                context.cite_zh(unit)
            ),
            en: format!(
                "“{}” is far from {} over {}: that makes about {expected}",
                context.written(average),
                context.cite_en(total),
                context.cite_en(unit)
            ),
        },
    );
    found.related.push(context.quoted(unit));
    found
}

/// What people get out of an activity they took part in.
const OUTCOME_WORDS: &[&str] = &[
    "达成", "签约", "签订", "录用", "录取", "就业", "结业", "取得", "获得", "获证", "通过",
];

fn is_labelled_with(context: &Context, index: usize, words: &[&str]) -> bool {
    let clause = clause_before(context.text, context.figures()[index].range.start);
    let label = context.figures()[index]
        .label
        .as_deref()
        .unwrap_or_default();
    words
        .iter()
        .any(|word| clause.contains(word) || label.contains(word))
}

/// How many figures back a per-unit figure looks for a count of its unit named paragraphs
/// before: a report's sections, not a whole book.
const FAR_UNITS_LOOKBACK: usize = 400;

/// First characters of verbs that can follow 每个 directly (每个投资15万元, 每个补助5万元): then
/// 每个 is each of the count just named.
const EACH_VERB_STARTS: &[char] = &['投', '补', '奖', '配', '安', '建', '给', '可', '资'];

/// The noun a per-unit clause speaks of, two characters of it: 社区 in 每个社区, 网格 in 每个网格.
/// Only after a measure word (每个社区): 每村配备 and 每站平均 name their unit by one character.
fn unit_word(clause: &str) -> Option<String> {
    let at = clause.rfind("每个")?;
    let word: String = clause[at + "每个".len()..]
        .chars()
        .take_while(|c| crate::text::chars::is_han(*c))
        .take(2)
        .collect();
    (word.chars().count() == 2).then_some(word)
}

/// Whether a count names the unit a per-unit clause speaks of: 行政村 for 每个行政村, 小组 for
/// 每组; 社区工作者 is no 社区.
fn names_the_unit(context: &Context, count: usize, clause: &str) -> bool {
    // 平均每公里1.75万元 is per kilometre: only a length in 公里 counts its units.
    if let Some(measure) = clause.match_indices('每').find_map(|(at, _)| {
        let after = &clause[at + '每'.len_utf8()..];
        MEASURED_UNITS.iter().find(|unit| after.starts_with(**unit))
    }) {
        return context.figures()[count].unit == *measure;
    }
    match unit_word(clause) {
        Some(word) => counts_the_unit(context, count, &word),
        // 860户…户均补助3500元: the measure word may be the unit itself.
        None => {
            let figure = &context.figures()[count];
            // 两级财政每台补助20万元: the label's own 每 names the unit of another figure.
            let label = figure.label.as_deref().unwrap_or_default();
            let label = label.split('每').next().unwrap_or_default();
            // 每人 is each person counted in 人 or 名, not 人才公寓310套.
            unit_noun(clause).is_some_and(|noun| match noun {
                '人' => unit_key(&figure.unit) == "人",
                // 为4126家科技型企业发放贷款…，户均694万元: a 户 of business is counted in 家.
                '户' => matches!(unit_key(&figure.unit), "户" | "家"),
                // 次均住院费用 of 住院12.48万人次.
                '次' => matches!(unit_key(&figure.unit), "次" | "人次"),
                noun => label.contains(noun) || figure.unit.chars().eq(std::iter::once(noun)),
            })
        }
    }
}

/// Units of measure an average may be per (每公里, 每亩, 每人次), longest first.
const MEASURED_UNITS: &[&str] = &[
    "平方公里",
    "平方米",
    "立方米",
    "公里",
    "千米",
    "公顷",
    "公斤",
    "千克",
    "千瓦",
    "亩",
    "吨",
    "人次",
];

/// 96个社区 (the noun right after the count) or 行政村226个 (the label before it ends with the
/// noun, give or take a character cut off the two taken).
fn counts_the_unit(context: &Context, count: usize, word: &str) -> bool {
    let figure = &context.figures()[count];
    let noun_after = context.text[figure.range.end..].starts_with(word);
    let label_ends = figure.label.as_deref().is_some_and(|label| {
        label
            .rfind(word)
            .is_some_and(|at| label[at + word.len()..].chars().count() <= 1)
    });
    noun_after || label_ends
}

/// The unit a per-unit clause speaks of: 站 in 每站平均, 村 in 村均, 网 in 每个网格.
fn unit_noun(clause: &str) -> Option<char> {
    // 每台每年维保费用: 每年 says how often, 每台 what for.
    let each = clause.match_indices('每').rev().find(|(at, _)| {
        !clause[at + '每'.len_utf8()..].starts_with(['年', '月', '天', '日', '周'])
    });
    if let Some((at, _)) = each {
        let after = &clause[at + '每'.len_utf8()..];
        // 每家企业 speaks of 企业, 每家约15.8张 of the 家 itself.
        let noun = after
            .chars()
            .find(|c| !matches!(c, '个' | '名' | '家' | '一'));
        return match noun {
            Some(c) if !"约近超达有可为在均都需".contains(c) => Some(c),
            _ => after
                .chars()
                .next()
                .filter(|c| crate::text::chars::is_han(*c)),
        };
    }
    // 人均 income is no share of a stated total.
    let at = clause.rfind('均')?;
    clause[..at]
        .chars()
        .next_back()
        .filter(|c| !matches!(c, '平' | '人'))
}

fn is_labelled(context: &Context, index: usize, words: &[&str]) -> bool {
    let figure = &context.figures()[index];
    let is_tax_label = |label: &str| TAX_WORDS.iter().any(|w| label.contains(w));
    figure.kind == FigureKind::Money
        && figure.label.as_deref().is_some_and(|label| {
            words.iter().any(|word| label.contains(word))
                && (words == TAX_WORDS || !is_tax_label(label))
        })
}

fn finding(context: &Context, at: usize, other: usize, message: Message) -> Finding {
    Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: context.figures()[at].range.clone(),
        message,
        related: vec![Related {
            range: context.figures()[other].range.clone(),
            message: Message {
                zh: format!("相关数字“{}”", context.written(other)),
                en: format!("the related figure “{}”", context.written(other)),
            },
        }],
        fixes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("implausible-relation", text).len()
    }

    #[test]
    fn a_yield_is_the_output_over_the_area_before_it() {
        let text = |yield_per_mu: &str| {
            format!(
                "标题\n\n全年粮食播种面积6.8万亩，比上年增加0.2万亩，总产量2.93万吨，平均亩产{yield_per_mu}公斤。\n"
            )
        };
        assert_eq!(count(&text("431")), 0);
        assert_eq!(count(&text("341")), 1);
        // Each crop's yield is of its own output and area.
        let crops =
            "标题\n\n其中，玉米48.6万亩、21.87万吨；水稻18.2万亩、9.64万吨，亩产529.7公斤。\n";
        assert_eq!(count(crops), 0);
    }

    #[test]
    fn a_daily_average_over_the_days_of_its_period() {
        let draft = |daily: &str| {
            format!("标题\n\n上半年各助餐点位累计供餐26.8万人次，日均约{daily}人次。\n")
        };
        assert_eq!(count(&draft("1481")), 0);
        assert_eq!(count(&draft("4181")), 1);
        let months =
            |daily: &str| format!("标题\n\n1—10月，快递业务量1.27亿件，日均{daily}万件。\n");
        assert_eq!(count(&months("41.8")), 0);
        assert_eq!(count(&months("418")), 1);
    }

    #[test]
    fn rates_along_a_list_and_per_visit_averages_are_no_totals() {
        let draft = |average: &str| {
            format!(
                "标题\n\n上半年供餐19.6万人次，服务老人1960人。\n\n对老年人分档补贴：60—69周岁每餐补贴2元、70—79周岁补贴3元、80周岁以上补贴5元。上半年共发放助餐补贴68.6万元，平均每人次补贴{average}元。\n"
            )
        };
        assert_eq!(count(&draft("3.5")), 0);
        assert_eq!(count(&draft("35")), 1);
    }

    #[test]
    fn an_average_per_kilometre_is_over_kilometres() {
        let text = "标题\n\n县、乡、村三级农村公路2778公里全部落实管养责任。全年落实养护资金4860万元，其中乡镇配套550万元，平均每公里1.75万元。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn the_period_of_an_average_is_no_noun() {
        let text =
            "标题\n\n村民每月收入4200元。\n\n工坊吸纳86名留守妇女就业，人均每月增收1500元左右。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn relations_that_cannot_hold() {
        assert_eq!(
            count("累计开展心理素质提升系列活动239次，服务干部150人次。"),
            1
        );
        assert_eq!(
            count("预计年产值可达10亿元，将为慈溪市带来税收收入34亿元。"),
            1
        );
        assert_eq!(
            count("强村公司实现营业收入2.36万元，为村集体分红4120万元。"),
            1
        );
        assert_eq!(
            count("强村公司实现营业收入2.36亿元，为村集体分红4120万元。"),
            0
        );
    }

    #[test]
    fn totals_far_from_units_times_members() {
        let text = "标题\n\n全县215个行政村全部开展整治，每个行政村配备2—3名保洁监督员，保洁监督员总数达到5600名。\n";
        assert_eq!(count(text), 1);
        let text = "标题\n\n全县215个行政村全部开展整治，每个行政村配备2—3名保洁监督员，保洁监督员总数达到560名。\n";
        assert_eq!(count(text), 0);
        let text = "标题\n\n划分为312个网格，每个网格配备1名专职网格员和3—5名兼职网格员，全区专兼职网格员共1560余名。\n";
        assert_eq!(count(text), 0);
        let text = "标题\n\n组建“减负督导”小组8个，每组4名成员，共23名督导员。\n";
        assert_eq!(count(text), 1);
        let average = |stations: &str, people: &str| {
            format!(
                "标题\n\n全市共有博士后工作站{stations}家，在站博士后{people}人，每站平均6人左右。\n"
            )
        };
        assert_eq!(count(&average("26", "158")), 0);
        assert_eq!(count(&average("26", "1580")), 1);
        assert_eq!(count(&average("62", "158")), 1);
        let split = |part_time: &str| {
            count(&format!(
                "标题\n\n全市划分为1180个网格，每个网格配备1名专职网格员和2—3名兼职网格员，全市共有专职网格员1180名、兼职网格员{part_time}名。\n"
            ))
        };
        assert_eq!(split("3200余"), 0);
        assert_eq!(split("320余"), 1);
        let yearly = |now: &str| {
            count(&format!(
                "标题\n\n全市256个行政村集体经济总收入从2017年的4.12亿元增加到2020年的{now}，村均267.6万元。\n"
            ))
        };
        assert_eq!(yearly("6.85亿元"), 0);
        assert_eq!(yearly("8.65亿元"), 1);
    }

    #[test]
    fn outcomes_outnumbering_participations() {
        let fair = |participations: &str| {
            count(&format!(
                "三年来共举办招聘活动186场，参加活动人才{participations}人次，现场达成就业意向1.1万人。"
            ))
        };
        assert_eq!(fair("4.3万"), 0);
        assert_eq!(fair("4300"), 1);
        // People reached are no outcome of the participations.
        assert_eq!(
            count("开展宣讲活动560次，覆盖企业负责人1800人次，惠及职工2.6万人。"),
            0
        );
    }

    #[test]
    fn yearly_figures_times_years_against_their_total() {
        let plan = |total: &str| {
            format!("2020—2022年，力争每年引进各类人才1.5万人以上，3年累计引进{total}人以上。")
        };
        assert_eq!(count(&plan("4.5万")), 0);
        assert_eq!(count(&plan("3.5万")), 1);
        assert_eq!(count(&plan("45万")), 1);
        assert_eq!(count("每年培训1000余人次，三年累计培训3200人次。"), 0);
    }

    #[test]
    fn plausible_relations_stay_silent() {
        assert_eq!(
            count("累计开展心理素质提升系列活动239次，服务干部2.3万余人次。"),
            0
        );
        assert_eq!(
            count("预计年产值可达10亿元，将为慈溪市带来税收收入3400余万元。"),
            0
        );
        assert_eq!(count("开展活动239次。\n\n服务干部200人次。\n"), 0);
        assert_eq!(
            count("开展高素质农民培训86期，每期5～7天，培训农民6200人次。"),
            0
        );
        assert_eq!(
            count("开展高素质农民培训86期，每期5～7天，培训农民62人次。"),
            1
        );
    }

    #[test]
    fn profit_and_tax_below_the_profit() {
        assert_eq!(count("规上工业企业实现利润86.2亿元、利税14.26亿元。"), 1);
        assert_eq!(count("规上工业企业实现利润86.2亿元、利税142.6亿元。"), 0);
    }

    #[test]
    fn per_unit_figures_are_no_source_and_totals_of_one_kind_count_that_kind() {
        assert_eq!(
            count("企业全年实现营业收入286.5亿元，利润总额18.6亿元；人均营业收入589.5万元。"),
            0
        );
        let grids = |total: &str| {
            format!(
                "标题\n\n在1260个网格中建立网格党支部1186个，其余74个网格建立党小组，每个网格配备1名专职网格员、2～3名兼职网格员，全市共有兼职网格员{total}名。"
            )
        };
        assert_eq!(count(&grids("3100余")), 0);
        assert_eq!(count(&grids("310余")), 1);
    }

    #[test]
    fn rates_per_head_are_totals_over_people() {
        let firm = |staff: &str| {
            format!(
                "标题\n\n龙头企业全年实现营业收入286.5亿元，利润总额18.6亿元；年末有员工{staff}人，人均营业收入589.5万元。\n"
            )
        };
        assert_eq!(count(&firm("4860")), 0);
        assert_eq!(count(&firm("486")), 1);
        let beds = |population: &str| {
            format!(
                "标题\n\n年末全市常住人口{population}万人。\n\n全市医疗卫生机构床位3.26万张，每千人口床位6.78张。\n"
            )
        };
        assert_eq!(count(&beds("480.6")), 0);
        assert_eq!(count(&beds("48.06")), 1);
        let checks = |population: &str| {
            format!(
                "标题\n\n全年完成食品安全监督抽检1.86万批次，按全市{population}万常住人口计算，达到每千人4.0批次。\n"
            )
        };
        assert_eq!(count(&checks("465")), 0);
        assert_eq!(count(&checks("46.5")), 1);
    }

    #[test]
    fn exact_figures_leave_only_rounding() {
        let villages = |count: u32| {
            format!(
                "标题\n\n建成美丽乡村精品村28个、示范村56个。全县14个乡镇、{count}个行政村全部建立网格化服务管理体系，每村配备专职网格员3名，共678名。\n"
            )
        };
        assert_eq!(count(&villages(226)), 0);
        assert_eq!(count(&villages(262)), 1);
        // 约 lets the members stray.
        assert_eq!(
            count("标题\n\n全县262个行政村，每村配备专职网格员约3名，共678名。\n"),
            0
        );
    }

    #[test]
    fn a_total_before_the_units_unless_they_are_part_of_it() {
        let community = |each: &str| {
            format!(
                "标题\n\n紫薇社区有居民3860户、1.08万人，划分为12个网格，每个网格联系{each}户左右。\n"
            )
        };
        assert_eq!(count(&community("320")), 0);
        assert_eq!(count(&community("520")), 1);
        assert_eq!(
            count(
                "标题\n\n全局共有干部职工1260名，其中基层市场监管所28个、平均每所32人，所人员896人。\n"
            ),
            0
        );
    }

    #[test]
    fn rates_per_inhabitant_take_any_total_of_the_paragraph() {
        let text = "标题\n\n床位从2020年的2360张增加到2680张，两年净增320张，按常住人口42.6万人计算，每千人口床位6.29张。全县有执业（助理）医师1320名、注册护士1580名，每千人口执业（助理）医师3.10名、注册护士3.71名。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn markdown_emphasis_does_not_hide_a_label() {
        let firms = |revenue: &str| {
            format!(
                "# 通报\n\n- 全区86家规上文化企业实现营业收入**{revenue}**，利润总额5.2亿元；\n"
            )
        };
        assert_eq!(count(&firms("68.6亿元")), 0);
        assert_eq!(count(&firms("68.6万元")), 1);
    }

    #[test]
    fn sessions_of_another_activity_are_not_counted() {
        let text = "开展送教下乡活动176次，受益教师1280人次；各校开展校本研修2400余次，参与教师1.9万人次。\n";
        assert_eq!(count(text), 0);
        let text = "开展送教下乡活动176次，受益教师128人次；各校开展校本研修2400余次，参与教师1.9万人次。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn each_of_the_count_just_named() {
        let draft = |each: &str| {
            format!("标题\n\n新建港湾式停靠站180个，每个投资{each}万元，共计2700万元。\n")
        };
        assert_eq!(count(&draft("15")), 0);
        assert_eq!(count(&draft("51")), 1);
    }

    #[test]
    fn units_counted_paragraphs_before() {
        let draft = |each: &str| {
            format!(
                "标题\n\n全区共有96个社区。\n\n全区社区工作者1536人，平均每个社区16人。区财政每年安排社区服务经费4800万元，每个社区{each}万元。\n"
            )
        };
        assert_eq!(count(&draft("50")), 0);
        assert_eq!(count(&draft("80")), 1);
    }

    #[test]
    fn the_count_of_a_kind_each_unit_has_is_its_total() {
        let draft = |each: &str| {
            format!(
                "标题\n\n全区划分网格1152个。\n\n每个网格配备1名专职网格员和{each}名兼职网格员，其中专职网格员1152名、兼职网格员2304名。\n"
            )
        };
        assert_eq!(count(&draft("2")), 0);
        assert!(count(&draft("3")) >= 1);
    }

    #[test]
    fn bars_for_every_unit_comparisons_and_averages_per_case() {
        let text = "标题\n\n力争到2025年，全县156个行政村年经营性收入全部超过50万元，村均集体经济总收入突破250万元。\n";
        assert_eq!(count(text), 0);
        let text = "标题\n\n全县156个行政村集体经济总收入达3.12亿元，比2022年的2.77亿元增长12.6%，村均200万元。\n";
        assert_eq!(count(text), 0);
        let draft = |each: &str| {
            format!(
                "标题\n\n上半年共立案查处环境违法案件186件，罚没款1468.5万元，案均罚款{each}万元。\n"
            )
        };
        assert_eq!(count(&draft("7.9")), 0);
        assert_eq!(count(&draft("79")), 1);
    }

    #[test]
    fn the_measure_word_is_the_unit() {
        let draft = |each: &str| {
            format!(
                "标题\n\n全区为860户困难老年人家庭完成适老化改造，户均补助{each}元，共投入301万元。\n"
            )
        };
        assert_eq!(count(&draft("3500")), 0);
        assert_eq!(count(&draft("5300")), 1);
    }

    #[test]
    fn rates_per_hundred_over_a_population_without_its_measure_word() {
        let draft = |rate: &str| {
            format!(
                "标题\n\n全区户籍人口68.5万，其中60周岁以上老年人口16.2万。\n\n全区养老床位6480张，每百名老人拥有养老床位{rate}张。\n"
            )
        };
        assert_eq!(count(&draft("4.0")), 0);
        assert_eq!(count(&draft("40")), 1);
    }

    #[test]
    fn a_years_total_of_a_daily_average() {
        let draft = |daily: &str| {
            format!("标题\n\n全区助餐点日均服务{daily}余人次，全年累计助餐132万人次。\n")
        };
        assert_eq!(count(&draft("3600")), 0);
        assert_eq!(count(&draft("360")), 1);
        let text = "标题\n\n2022年日均客运量13.4万人次，全年客运量4891万人次。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn an_average_per_session_is_no_count_of_participations() {
        assert_eq!(
            count("累计开展渔民技能培训46期，培训渔民1380人次，期均30人次。"),
            0
        );
        assert_eq!(count("累计开展渔民技能培训46期，培训渔民30人次。"), 1);
    }

    #[test]
    fn an_average_far_from_its_total_over_its_units() {
        let grain = |average: &str| {
            format!("标题\n\n全镇粮食播种面积3.26万亩，总产量1.38万吨，亩均产量{average}公斤。\n")
        };
        assert_eq!(count(&grain("423")), 0);
        assert_eq!(count(&grain("243")), 1);
        // The area of a park may stand paragraphs before.
        let tax = |average: &str| {
            format!(
                "标题\n\n园区规划面积2140亩。\n\n园区实现税收收入14.6亿元，亩均税收{average}万元。\n"
            )
        };
        assert_eq!(count(&tax("68.2")), 0);
        assert_eq!(count(&tax("682")), 1);
        // People counted elsewhere are no heads of this average.
        assert_eq!(
            count("标题\n\n班子三位成员。\n\n全省生产总值27748亿元，人均生产总值51758元。\n"),
            0
        );
    }

    #[test]
    fn the_unit_of_each_is_the_one_the_clause_names() {
        // 两级 is no count of the elevators each subsidy is for.
        let text = "标题\n\n市、区两级财政每台补助20万元。截至目前，街道已为153台投用电梯累计兑付补助资金3060万元。\n";
        assert_eq!(count(text), 0);
        // A floor for each unit leaves any larger total possible.
        let text = "标题\n\n全市仍有13个乡镇卫生院家庭医生不足5名。\n\n2024年，新招录基层全科医生200名以上，推动每个乡镇卫生院家庭医生不少于5名。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn an_average_divides_the_total_before_it_in_its_clause_group() {
        let draft = |average: &str| {
            format!(
                "标题\n\n2023年，全县强村公司向134个村分红3180万元，村均{average}万元；2021年以来累计分红7860万元。\n"
            )
        };
        assert_eq!(count(&draft("23.7")), 0);
        assert_eq!(count(&draft("33.7")), 1);
    }

    #[test]
    fn a_total_of_another_noun_is_not_what_each_unit_gets() {
        let text = "标题\n\n组建乡镇强村公司23家，覆盖行政村118个。实施“飞地抱团”项目9个，总投资4.6亿元，参与村每村每年可获得保底收益8—12万元。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_semicolon_starts_another_measure_than_the_total() {
        let text =
            |rest: &str| format!("标题\n\n全县262个行政村，每村配备专职网格员约3名{rest}。\n");
        assert_eq!(count(&text("，共1500名")), 1);
        assert_eq!(
            count(&text("；山区村另配兼职网格员，全县共有网格员1500名")),
            0
        );
    }

    #[test]
    fn choices_among_listed_items_and_totals_of_later_sentences() {
        // Each branch does some of the same 18 techniques: no total of 13 × 12.
        assert_eq!(
            count("推广“六类”18项中医适宜技术，13家分院每家至少能开展其中12项。"),
            0
        );
        assert_eq!(
            count("13家分院共开展中医适宜技术18项，每家分院开展12项。"),
            1
        );
        // A total of the sentence after is someone else's (the village's, not the villagers').
        assert_eq!(
            count(
                "标题\n\n工坊发放加工费168万元，87名村民人均增收1.9万余元。村集体一年增收12.6万元。\n"
            ),
            0
        );
        assert_eq!(
            count("标题\n\n村集体一年增收12.6万元，87名村民人均增收1.9万余元。\n"),
            1
        );
    }

    #[test]
    fn each_person_is_counted_in_people() {
        let count = |text: &str| crate::checks::findings_of("implausible-relation", text).len();
        let draft = |total: &str| {
            format!(
                "标题\n\n全县筹集人才公寓310套。今年已为860名毕业生发放一次性求职补贴，每人1500元，共计{total}万元。\n"
            )
        };
        assert_eq!(count(&draft("129")), 0);
        assert_eq!(count(&draft("192")), 1);
    }
}
