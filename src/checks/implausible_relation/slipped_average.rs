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
/// How near it must come to the average with the slip undone to name the slip: this, or the
/// rounding of the last digit written (5.948 is written 5.9), up to ROUNDING_SLACK.
const SLIP_SLACK: f64 = 0.006;
const ROUNDING_SLACK: f64 = 0.01;
/// Totals and counts further than this many figures, or paragraphs back, from the average are
/// not tried.
const MAX_REACH: usize = 40;
const REACH_PARAGRAPHS: usize = 2;
/// A total whose label names the averaged measure (产值 for 人均产值) ties itself to the average
/// from further away, up to this many figures either side.
const LABEL_REACH: usize = 400;

/// The measure an average is of: 产值 in 人均产值, 罚没款 in 件均罚没款.
fn averaged_measure(label: &str) -> Option<&str> {
    let at = label.rfind('均')?;
    let measure = &label[at + '均'.len_utf8()..];
    (measure.chars().count() >= 2 && measure.chars().all(crate::text::chars::is_han))
        .then_some(measure)
}

/// 每千人拥有企业23.4户, 每千常住人口拥有床位7.18张: the quotient of a rate per thousand is
/// scaled up by a thousand.
fn per_population_scale(clause: &str) -> f64 {
    PER_POPULATION
        .captures(clause)
        .map_or(1.0, |found| match &found[1] {
            "十万" => 100_000.0,
            "万" => 10_000.0,
            "千" => 1_000.0,
            _ => 100.0,
        })
}

static PER_POPULATION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"每(十万|万|千|百)(?:名|个)?\p{Han}{0,4}?(?:人口|人)").unwrap()
});

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
        let scale = per_population_scale(clause);
        let per_head = clause.contains("人均") || scale > 1.0;
        // 游客人均消费 is spent per visit: 人次 count heads as well as 人.
        // A rate per thousand divides by the population, not by any count of people.
        // 按常住人口549.2万人计算: the word may stand before the count.
        let population = |count: usize| {
            figures[count]
                .label
                .as_deref()
                .is_some_and(|label| label.contains("人口"))
                || clause_before(context.text, figures[count].range.start).ends_with("人口")
        };
        let counts_the_units = |count: usize| {
            if scale > 1.0 {
                population(count)
            } else if per_head {
                matches!(unit_key(&figures[count].unit), "人" | "人次")
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
        let measure = figures[average].label.as_deref().and_then(averaged_measure);
        let names_the_measure = |other: usize| {
            measure.is_some_and(|measure| {
                figures[other]
                    .label
                    .as_deref()
                    .is_some_and(|label| label.contains(measure) && !label.contains('均'))
            })
        };
        let candidates: Vec<usize> = (average.saturating_sub(LABEL_REACH)
            ..(average + LABEL_REACH).min(figures.len()))
            .filter(|&other| {
                other != average
                    && !context.facts[other].per_unit
                    && is_amount(&figures[other])
                    && matches!(figures[other].value, Value::Number(_))
            })
            .collect();
        let near_by = |other: usize| other.abs_diff(average) <= MAX_REACH && in_reach(other);
        // 平均每期约110人 of 13800人次: people and participations are counted alike here, and
        // 人均参训5.9次 is 人次 over people.
        let unit = |index: usize| match unit_key(&figures[index].unit) {
            "人次" => "人",
            other => other,
        };
        let same_unit = |other: usize| {
            unit(other) == unit(average)
                || (per_head
                    && unit_key(&figures[average].unit) == "次"
                    && unit_key(&figures[other].unit) == "人次")
        };
        let totals: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&other| same_unit(other) && (near_by(other) || names_the_measure(other)))
            .collect();
        let counts: Vec<usize> = candidates
            .iter()
            .copied()
            // 平均每村约7.6名 of 1420名, over the 186个行政村 counted paragraphs before.
            .filter(|&other| {
                (near_by(other) || !per_head)
                    // 每公里造价 of 6.8公里: a length or an area counts its own units.
                    && matches!(figures[other].kind, FigureKind::Count | FigureKind::Quantity)
                    && counts_the_units(other)
            })
            .collect();
        let quotients: Vec<(usize, usize, f64)> = totals
            .iter()
            .flat_map(|&total| counts.iter().map(move |&count| (total, count)))
            .filter(|(total, count)| total != count)
            .filter_map(
                |(total, count)| match (&figures[total].value, &figures[count].value) {
                    (Value::Number(t), Value::Number(c)) if *c > 0.0 => {
                        Some((total, count, t / c * scale))
                    }
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
        // 3.92万元 is written in 万: the quotient is compared in the same magnitude.
        let magnitude = 10f64.powi(figures[average].power as i32);
        let last_digit = 10f64.powi(-(decimals as i32));
        let slip_slack = (last_digit / 2.0 / value).clamp(SLIP_SLACK, ROUNDING_SLACK);
        let slipped = quotients.iter().copied().find(|&(_, _, q)| {
            [10.0, 0.1, 100.0, 0.01]
                .iter()
                .any(|factor| near(q, value * factor, slip_slack))
                || (written.len() >= 3
                    && digits_swapped(&format!("{:.decimals$}", q / magnitude), &written))
        });
        let Some((total, count, quotient)) = slipped else {
            continue;
        };
        if named(total) && named(count) {
            continue;
        }
        // 59次 undone is 5.9次: the quotient is shown to the digits the average was written with.
        // 3.29万: in the magnitude the average is written in.
        let shift = (value / quotient).log10().round().max(0.0) as i32;
        let scale = 10f64.powi(decimals as i32 + shift);
        let written_magnitude = match figures[average].power {
            8 => "亿",
            4 => "万",
            _ => "",
        };
        let in_magnitude = if written_magnitude.is_empty() {
            1.0
        } else {
            magnitude
        };
        let computed = format!(
            "{}{written_magnitude}",
            crate::features::display::group_thousands(
                (quotient / in_magnitude * scale).round() / scale
            )
        );
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

    #[test]
    fn a_total_named_by_the_measure_ties_from_paragraphs_away() {
        let draft = |average: &str| {
            format!(
                "标题\n\n产业产值从2019年的68.4亿元增长到2024年的312.6亿元。\n\n研发投入持续加大。\n\n新建厂房12幢。\n\n全产业从业人员2.86万人，其中研发人员3420人；人均产值{average}万元。\n"
            )
        };
        assert_eq!(count(&draft("109.3")), 0);
        assert_eq!(count(&draft("10.93")), 1);
        // A total of another measure that far away is not tried.
        let other = draft("10.93").replace("产业产值", "固定资产投资");
        assert_eq!(count(&other), 0);
    }

    #[test]
    fn averages_per_case_per_visit_and_per_thousand() {
        let per_case = |average: &str| {
            format!(
                "标题\n\n全年查办各类案件3862件，比上年的3467件增长11.4%；罚没款4726.5万元，件均罚没款{average}万元。\n"
            )
        };
        assert_eq!(count(&per_case("1.22")), 0);
        assert_eq!(count(&per_case("12.2")), 1);
        // 游客人均消费 is spent per visit.
        let per_visit = |average: &str| {
            format!(
                "标题\n\n全镇接待游客68.5万人次，实现旅游综合收入5.72亿元，游客人均消费约{average}元。\n"
            )
        };
        assert_eq!(count(&per_visit("835")), 0);
        assert_eq!(count(&per_visit("8350")), 1);
        // 人均参训5.9次 is participations over people, written to one decimal of 5.948.
        let per_teacher = |average: &str| {
            format!(
                "标题\n\n全县有专任教师5380人。全年组织培训1260场次，培训教师3.2万人次，专任教师人均参训{average}次。\n"
            )
        };
        assert_eq!(count(&per_teacher("5.9")), 0);
        assert_eq!(count(&per_teacher("59")), 1);
    }

    #[test]
    fn each_house_counts_by_its_own_measure_word() {
        // 平均每家约15.8张 speaks of the 家 itself, not of a noun after it.
        let draft = |average: &str| {
            format!(
                "标题\n\n全镇渔家民宿从2019年的37家增加到2024年的186家，床位2930张，平均每家约{average}张。\n"
            )
        };
        assert_eq!(count(&draft("15.8")), 0);
        assert!(count(&draft("1.58")) >= 1);
    }

    #[test]
    fn per_thousand_residents_and_per_stay() {
        let beds = |each: &str| {
            format!(
                "标题\n\n年末常住人口512.6万人。医疗卫生机构床位3.68万张，每千常住人口拥有床位{each}张。\n"
            )
        };
        assert_eq!(count(&beds("7.18")), 0);
        assert_eq!(count(&beds("71.8")), 1);
        // 次均 divides by the stays, counted in 人次.
        let stays = |each: &str| {
            format!(
                "标题\n\n全年参保人员住院12.48万人次，住院医疗总费用15.62亿元，次均住院费用{each}万元。\n"
            )
        };
        assert_eq!(count(&stays("1.25")), 0);
        assert!(count(&stays("12.5")) >= 1);
    }

    #[test]
    fn an_average_in_wan_with_two_digits_swapped() {
        let draft = |average: &str| {
            format!("标题\n\n全年查处案件186起，罚款金额612.5万元，平均每起案件{average}万元。\n")
        };
        // 612.5万 ÷ 186 = 3.29万.
        assert_eq!(count(&draft("3.29")), 0);
        assert_eq!(count(&draft("3.92")), 1);
        let found = crate::checks::findings_of("implausible-relation", &draft("3.92"));
        assert!(
            found[0].message.zh.contains("约为3.29万"),
            "{}",
            found[0].message.zh
        );
    }

    #[test]
    fn averages_per_loan_and_per_firm() {
        let loans = |average: &str| {
            format!("标题\n\n办理知识产权质押融资8笔、金额6240万元，笔均{average}万元。\n")
        };
        assert_eq!(count(&loans("780")), 0);
        assert_eq!(count(&loans("78")), 1);
        // 户均 over firms counted in 家: 286.5亿 ÷ 4126 = 694万.
        let firms = |average: &str| {
            format!("标题\n\n全年为4126家科技型企业发放贷款286.5亿元，户均{average}万元。\n")
        };
        assert_eq!(count(&firms("694")), 0);
        assert_eq!(count(&firms("6940")), 1);
    }
}
