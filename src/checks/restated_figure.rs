//! `restated-figure`: the same quantity stated twice with values that cannot both be true —
//! 2700余个标准化先锋户联站 here, 2600个标准化先锋户联站 there — and the 亿/万 slip (总投资7.7亿元
//! vs 总投资7.7万元), named as such.

use std::collections::{HashMap, HashSet};

use super::context::{
    Context, base_of_a_share, clause_before, compatible, is_amount, one_slip_apart, shares_a_word,
    starts_a_change, unit_key, year_written_before,
};
use super::{Edit, Finding, Fix, Message, Related, Rule, Severity};
use crate::analysis::blocks::BlockKind;
use crate::analysis::figures::{Figure, FigureKind, LEVEL_VERBS, Value, owner};

mod changes;
mod names;
mod transposed;

pub const RULE: Rule = Rule {
    code: "restated-figure",
    default_severity: Severity::Warning,
    description: "The same quantity is stated twice with values that cannot both be true.",
    run,
};

/// Labels too general to tell one quantity from another (项目 of one year from those of another).
const GENERIC_LABELS: &[&str] = &[
    "项目",
    "干部",
    "党员",
    "群众",
    "人",
    "人员",
    "企业",
    "家庭",
    "总投资",
    "投资",
    "资金",
    "工作",
    "活动",
    "村",
    "户",
    "元",
    "亿元",
    "万元",
    "学员",
    "方式",
    "标准",
    "举措",
    "人数",
    "次数",
    // Quantities every subject has: 营业收入 of one sector is not that of another.
    "营业收入",
    "收入",
    "产值",
    "总产值",
    "增加值",
    "税收",
    "利润",
    "总额",
    "规模",
    "营收",
    "销售额",
    "出口",
    "进口",
    "就业",
    "重点项目",
    "重大项目",
    "工程",
];
/// Words before a noun that take in all of its kind: 各类人才 are the 人才.
const DETERMINERS: &[&str] = &["各类", "各种", "各级", "各项", "全部", "所有", "全体", "各"];
/// Endings that add nothing to what a label counts: 人才 and 人才总量.
const PLAIN_ENDINGS: &[&str] = &[
    "总量",
    "总数",
    "总人数",
    "总规模",
    "规模",
    "数量",
    "人数",
    "队伍",
    "总额",
    "数",
];
/// Label endings that name a stock at a moment (人才总量, 企业总数), not a flow over a span.
const STOCK_ENDINGS: &[&str] = &["总量", "总数", "总人数", "总规模", "保有量", "存量"];
/// Words right before a count that pick out some of a kind by where they stand.
const SUBSET_WORDS: &[&str] = &["沿线", "沿途", "周边", "附近", "途经"];
const MIN_SPECIFIC_LABEL_CHARS: usize = 3;
/// How many figures back a repeated figure may find the dated statement it repeats.
const MAX_RESTATED_REACH: usize = 200;
const MAX_EARLIER_STATEMENTS: usize = 32;

fn run(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let parts: HashSet<(usize, usize)> = context.part_whole_pairs().iter().copied().collect();
    let related_pair = |a: usize, b: usize| parts.contains(&(a, b)) || parts.contains(&(b, a));
    let part_of_other = parts_of_other_wholes(context);
    let subsets_differ =
        |a: usize, b: usize| part_of_other.contains(&a) != part_of_other.contains(&b);
    let mut parts_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(part, whole) in context.part_whole_pairs() {
        parts_of.entry(whole).or_default().push(part);
    }
    // A figure can restate only one whose label equals, holds or is held by its own: index the
    // earlier figures by their labels and every part of them.
    let mut by_label: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_label_part: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_label_suffix: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_tail: HashMap<String, Vec<usize>> = HashMap::new();
    // Labels that share their first character and last two (收集问题, 收集各类问题).
    let mut by_frame: HashMap<String, Vec<usize>> = HashMap::new();
    let years = years_from_restatements(context);
    let mut findings = Vec::new();
    let mut flagged = vec![false; figures.len()];
    for later in (0..figures.len()).filter(|&index| comparable(context, index)) {
        let label = figures[later].label.as_deref().unwrap_or_default();
        let parts = label_parts(label);
        // Each index lists figures in document order: the nearest earlier ones are at its end.
        let nearest = |list: Option<&Vec<usize>>| -> Vec<usize> {
            list.map_or(Vec::new(), |list| {
                list.iter()
                    .rev()
                    .take(MAX_EARLIER_STATEMENTS)
                    .copied()
                    .collect()
            })
        };
        let mut candidates: Vec<usize> = nearest(by_label_part.get(label));
        for part in &parts {
            candidates.extend(nearest(by_label.get(part)));
        }
        // 各类人才 and 人才: a label ending in the other, however short.
        candidates.extend(nearest(by_label_suffix.get(label)));
        // 惠企资金 and 兑现惠企政策资金: labels of four characters or more with one ending.
        let tail = tail_key(label);
        if let Some(tail) = &tail {
            candidates.extend(nearest(by_tail.get(tail)));
        }
        for suffix in label_suffixes(label) {
            candidates.extend(nearest(by_label.get(&suffix)));
        }
        let frame = frame_key(label);
        candidates.extend(nearest(by_label.get(label)));
        if let Some(frame) = &frame {
            candidates.extend(nearest(by_frame.get(frame)));
        }
        candidates.sort_unstable();
        candidates.dedup();
        // The nearest earlier statements are the evidence; a draft that restates one quantity
        // hundreds of times need not be compared pair by pair.
        let nearest = candidates.len().saturating_sub(MAX_EARLIER_STATEMENTS);
        candidates.drain(..nearest);
        // 养老床位6480张，其中…家庭养老床位2360张 … 家庭养老床位…扩大到2360张: the later figure
        // is of the kind of a part of the earlier one, not the earlier whole.
        let of_a_part_of = |whole: usize| {
            (whole + 1..later)
                .take_while(|&part| context.facts[part].sentence == context.facts[whole].sentence)
                .any(|part| {
                    figures[part].label == figures[later].label
                        && unit_key(&figures[part].unit) == unit_key(&figures[whole].unit)
                        && context.text[figures[whole].range.end..figures[part].range.start]
                            .contains("其中")
                })
        };
        let start = start_of_change(context, later);
        let earlier_same: Vec<usize> = candidates
            .into_iter()
            .filter(|&earlier| {
                !of_a_part_of(earlier)
                    // 从2020年的32万元增长到286万元: the start restated elsewhere is no conflict.
                    && !start.is_some_and(|start| compatible(&figures[start], &figures[earlier]))
                    && !related_pair(earlier, later)
                    && !subsets_differ(earlier, later)
                    && !past_against_now(context, earlier, later)
                    && context.facts[earlier].sentence != context.facts[later].sentence
                    && !breaks_down(context, earlier, later)
                    && same_quantity(context, &years, earlier, later)
                    // Only a disagreeing statement can be a subtotal worth telling apart.
                    && (compatible(&figures[earlier], &figures[later])
                        || !(sum_of_some_parts(context, &parts_of, earlier, later)
                            || sum_of_some_parts(context, &parts_of, later, earlier)
                            || adds_up_with_its_siblings(context, earlier, later)
                            || adds_up_with_its_siblings(context, later, earlier)))
            })
            .collect();
        by_label.entry(label.to_string()).or_default().push(later);
        if let Some(frame) = frame {
            by_frame.entry(frame).or_default().push(later);
        }
        for part in parts {
            by_label_part.entry(part).or_default().push(later);
        }
        for suffix in label_suffixes(label) {
            by_label_suffix.entry(suffix).or_default().push(later);
        }
        if let Some(tail) = tail {
            by_tail.entry(tail).or_default().push(later);
        }
        // 在12.6万名注册志愿者中 … 累计评定星级志愿者8600名 … “12.6万名志愿者”: the statement
        // whose label is nearest the later one's is what it restates; one that agrees outranks
        // any that disagrees with a label further off.
        let label_gap = |earlier: usize| {
            let length = |index: usize| {
                figures[index]
                    .label
                    .as_deref()
                    .map_or(0, |label| label.chars().count())
            };
            length(earlier).abs_diff(length(later))
        };
        let agrees = |earlier: usize| compatible(&figures[earlier], &figures[later]);
        // Only an exact figure agrees: 突破4800亿元 fits 4826.5 and 4862.5 alike.
        let nearest_agreeing = earlier_same
            .iter()
            .filter(|&&earlier| agrees(earlier) && figures[earlier].qualifier.is_none())
            .map(|&earlier| label_gap(earlier))
            .min();
        let Some(&conflict) = earlier_same
            .iter()
            .rev()
            .filter(|&&earlier| {
                !agrees(earlier)
                    && (one_slip_apart(&figures[earlier], &figures[later])
                        || bound_crossed(&figures[earlier], &figures[later]))
                    && (!far_apart(&figures[earlier], &figures[later])
                        || mantissa(context, &figures[earlier])
                            == mantissa(context, &figures[later]))
                    && nearest_agreeing.is_none_or(|gap| label_gap(earlier) < gap)
            })
            .min_by_key(|&&earlier| label_gap(earlier))
        else {
            continue;
        };
        flagged[later] = true;
        findings.push(finding(context, later, conflict, &earlier_same));
    }
    findings.extend(unit_slips(context, &flagged));
    findings.extend(transposed::transposed_restatements(
        context, &years, &flagged,
    ));
    findings.extend(names::restated_names(context));
    findings.extend(names::miscounted_parts(context));
    findings.extend(changes::restated_changes(context));
    findings.extend(years_of_running_totals(context));
    findings
}

/// 近三年，累计新签约项目128个，其中2019年38个、2020年44个、2021年46个 … 全年新签约项目46个: a
/// year of a running total's breakdown is that year's figure, and the figure stated for the year
/// elsewhere must agree with it.
/// 园区入驻企业626家，其中高新技术企业168家: a part of a larger whole of another name counts
/// a subset (the park's), not what the draft counts elsewhere (the city's 412家).
fn parts_of_other_wholes(context: &Context) -> HashSet<usize> {
    let figures = context.figures();
    context
        .part_whole_pairs()
        .iter()
        .filter(|&&(part, whole)| whole < part && figures[part].label != figures[whole].label)
        .map(|&(part, _)| part)
        .collect()
}

fn years_of_running_totals(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let facts = &context.facts;
    let year_before = |index: usize| year_written_before(text, figures[index].range.start);
    // The figures of each year, to look a year's item up among them only.
    let mut of_year: HashMap<i32, Vec<usize>> = HashMap::new();
    for (index, fact) in facts.iter().enumerate() {
        if let Some(year) = fact.year {
            of_year.entry(year).or_default().push(index);
        }
    }
    let mut findings = Vec::new();
    for item in 0..figures.len() {
        if !is_amount(&figures[item]) || facts[item].per_unit {
            continue;
        }
        let Some(year) = year_before(item) else {
            continue;
        };
        let whole = (0..item)
            .rev()
            .take_while(|&earlier| facts[earlier].sentence == facts[item].sentence)
            .find(|&earlier| {
                unit_key(&figures[earlier].unit) == unit_key(&figures[item].unit)
                    && is_amount(&figures[earlier])
                    && year_before(earlier).is_none()
            });
        let Some(whole) = whole else {
            continue;
        };
        let running = ["累计", "共", "合计", "总计"]
            .iter()
            .any(|word| clause_before(text, figures[whole].range.start).contains(word));
        let broken_down =
            text[figures[whole].range.end..figures[item].range.start].contains("其中");
        let Some(label) = figures[whole].label.as_deref() else {
            continue;
        };
        if !running || !broken_down || !specific(label) {
            continue;
        }
        let stated = of_year
            .get(&year)
            .into_iter()
            .flatten()
            .copied()
            .find(|&other| {
                let Some(other_label) = figures[other].label.as_deref() else {
                    return false;
                };
                other != item
                    && facts[other].sentence != facts[item].sentence
                    && facts[other].year == Some(year)
                    && is_amount(&figures[other])
                    && unit_key(&figures[other].unit) == unit_key(&figures[item].unit)
                    && !facts[other].per_unit
                    && !facts[other].planned
                    && !facts[other].over_years
                    && !facts[other].scope.contains(&"累计")
                    && facts[other].place == facts[item].place
                    && (labels_name_one_thing(label, other_label) || swapped(label, other_label))
                    && !compatible(&figures[other], &figures[item])
            });
        let Some(stated) = stated else {
            continue;
        };
        let (earlier, later) = (item.min(stated), item.max(stated));
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[later].range.clone(),
            message: Message {
                zh: format!(
                    "{year}年的“{label}”此处为“{}”，与{}不一致，二者不能同时成立",
                    context.written(later),
                    context.cite_zh(earlier)
                ),
                en: format!(
                    "“{label}” for {year} is “{}” here but {} — both cannot be true",
                    context.written(later),
                    context.cite_en(earlier)
                ),
            },
            related: vec![Related {
                range: figures[earlier].range.clone(),
                message: Message {
                    zh: format!("同一年的另一处：“{}”", context.written(earlier)),
                    en: format!("the same year stated as “{}”", context.written(earlier)),
                },
            }],
            fixes: Vec::new(),
        });
    }
    findings
}

/// Values this many times apart are seldom one slip of a digit (a digit dropped or added makes
/// ten): a village's 76万元 and the county's 2.73亿元. The same digits under another magnitude
/// (2.86亿 and 2.86万) are the 亿/万 slip.
const FAR_APART: f64 = 50.0;

fn far_apart(a: &Figure, b: &Figure) -> bool {
    match (&a.value, &b.value) {
        (Value::Number(x), Value::Number(y)) if *x > 0.0 && *y > 0.0 => {
            x.max(*y) / x.min(*y) > FAR_APART
        }
        _ => false,
    }
}

/// 从2020年的32万元增长到去年的286万元: the figure a change of `end` starts from.
fn start_of_change(context: &Context, end: usize) -> Option<usize> {
    let figures = context.figures();
    let start = end.checked_sub(1)?;
    (context.facts[start].sentence == context.facts[end].sentence
        && unit_key(&figures[start].unit) == unit_key(&figures[end].unit)
        && starts_a_change(context, start))
    .then_some(start)
}

/// Parts beyond this many are not tried in every combination.
const MAX_PARTS_COMBINED: usize = 10;

/// 专任教师11060名，其中幼儿园2360名、小学4720名、初中2880名 … 义务教育专任教师7600名: a figure
/// that some of another's parts add up to is a subtotal of it (小学 and 初中), not a restatement.
fn sum_of_some_parts(
    context: &Context,
    parts_of: &HashMap<usize, Vec<usize>>,
    whole: usize,
    other: usize,
) -> bool {
    let figures = context.figures();
    let mut parts: Vec<usize> = parts_of.get(&whole).cloned().unwrap_or_default();
    // The first part of a 、-list stands for all of it: 其中幼儿园2360名、小学4720名、….
    if let Some(&first) = parts.first() {
        parts.extend((first + 1..figures.len()).take_while(|&next| {
            context.facts[next].in_figure_list
                && context.facts[next].sentence == context.facts[first].sentence
                && figures[next].unit == figures[first].unit
                && {
                    let between =
                        &context.text[figures[next - 1].range.end..figures[next].range.start];
                    between.contains('、') && !between.contains(['，', '；', '。'])
                }
        }));
        parts.sort_unstable();
        parts.dedup();
    }
    let parts: Vec<f64> = parts
        .iter()
        .filter_map(|&part| match figures[part].value {
            Value::Number(value) => Some(value),
            _ => None,
        })
        .collect();
    let Value::Number(target) = figures[other].value else {
        return false;
    };
    if !(2..=MAX_PARTS_COMBINED).contains(&parts.len()) {
        return false;
    }
    let tolerance = figures[other].step / 2.0;
    (1u32..(1 << parts.len()) - 1)
        .filter(|mask| mask.count_ones() >= 2)
        .any(|mask| {
            let sum: f64 = (0..parts.len())
                .filter(|bit| mask & (1 << bit) != 0)
                .map(|bit| parts[bit])
                .sum();
            (sum - target).abs() <= tolerance
        })
}

/// 建设中心食堂28个，在一般社区设立助餐点121个，在农村地区设立村级助餐点37个 … 全区助餐点186个:
/// a figure that adds up with the figures of its sentence to another is one of its parts.
fn adds_up_with_its_siblings(context: &Context, part: usize, total: usize) -> bool {
    let figures = context.figures();
    let value = |index: usize| match figures[index].value {
        Value::Number(value) if is_amount(&figures[index]) && !context.facts[index].per_unit => {
            Some(value)
        }
        _ => None,
    };
    let Some(target) = value(total) else {
        return false;
    };
    let sentence = context.facts[part].sentence;
    // Figures are in document order: the sentence's own stand around the part.
    let first = (0..part)
        .rev()
        .take_while(|&index| context.facts[index].sentence == sentence)
        .last()
        .unwrap_or(part);
    let siblings: Vec<f64> = (first..figures.len())
        .take_while(|&index| context.facts[index].sentence == sentence)
        .filter(|&index| {
            index != part && unit_key(&figures[index].unit) == unit_key(&figures[part].unit)
        })
        .filter_map(value)
        .collect();
    let Some(own) = value(part) else {
        return false;
    };
    if siblings.is_empty() || siblings.len() >= MAX_PARTS_COMBINED {
        return false;
    }
    // Parallel parts add up exactly to a total stated exactly; a round or qualified total (突破400亿元,
    // 1800余支) that some figures come near is no sum of them.
    if figures[total].qualifier.is_some() {
        return false;
    }
    (1u32..1 << siblings.len()).any(|mask| {
        let sum: f64 = (0..siblings.len())
            .filter(|bit| mask & (1 << bit) != 0)
            .map(|bit| siblings[bit])
            .sum();
        (own + sum - target).abs() < 1e-6 * target.abs().max(1.0)
    })
}

/// 高新技术企业从2018年底的186家增加到…: the dated start of a change is the past, not the
/// undated figure of now.
fn past_against_now(context: &Context, a: usize, b: usize) -> bool {
    let dated_start = |x: usize, y: usize| {
        starts_a_change(context, x)
            && context.facts[x].year.is_some()
            && context.facts[y].year.is_none()
    };
    dated_start(a, b) || dated_start(b, a)
}

/// 改造老旧小区 and 老旧小区改造: one wording with its verb and object swapped.
fn swapped(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.char_indices().skip(2).any(|(at, _)| {
            let (head, tail) = a.split_at(at);
            tail.chars().count() >= 2 && b == format!("{tail}{head}")
        })
}

/// 农林牧渔业总产值86.4亿元。其中，…农林牧渔服务业产值4.2亿元: a sentence opening with 其中
/// lists parts of the one before.
fn breaks_down(context: &Context, earlier: usize, later: usize) -> bool {
    let facts = &context.facts;
    let range = &facts[later].sentence_range;
    let opening = context.text[range.clone()].trim_start();
    facts[later].sentence == facts[earlier].sentence + 1
        && ["其中", "包括"]
            .iter()
            .any(|word| opening.starts_with(word))
}

/// 累计 (a running total) against no such word, or two different span words (新增 vs 全年):
/// different quantities. A span word on one side only, or more of them on one side (全年新增
/// and 新增), is often just a fuller restatement.
fn scopes_differ(a: &[&'static str], b: &[&'static str]) -> bool {
    fn others(scope: &[&'static str]) -> Vec<&'static str> {
        scope
            .iter()
            .copied()
            .filter(|word| *word != "累计")
            .collect()
    }
    let (a, b) = (others(a), others(b));
    // 全年新增学位 and 新增学位: one wording fuller than the other.
    let within = |x: &[&str], y: &[&str]| x.iter().all(|word| y.contains(word));
    !a.is_empty() && !b.is_empty() && !within(&a, &b) && !within(&b, &a)
}

/// The first character and the last two of a label: labels that share them may name one thing.
fn frame_key(label: &str) -> Option<String> {
    let chars: Vec<char> = label.chars().collect();
    (chars.len() >= 4).then(|| {
        [chars[0], chars[chars.len() - 2], chars[chars.len() - 1]]
            .iter()
            .collect()
    })
}

/// The last two characters of a label of four or more.
fn tail_key(label: &str) -> Option<String> {
    let chars: Vec<char> = label.chars().collect();
    (chars.len() >= 4).then(|| chars[chars.len() - 2..].iter().collect())
}

/// Every part of a label long enough to be specific, the label itself included.
fn label_parts(label: &str) -> Vec<String> {
    let chars: Vec<char> = label.chars().collect();
    let mut parts = Vec::new();
    for start in 0..chars.len() {
        for end in start + MIN_SPECIFIC_LABEL_CHARS..=chars.len() {
            parts.push(chars[start..end].iter().collect());
        }
    }
    parts
}

/// The endings of a label of two characters or more, the label itself left out.
fn label_suffixes(label: &str) -> Vec<String> {
    let chars: Vec<char> = label.chars().collect();
    (1..chars.len().saturating_sub(1))
        .map(|start| chars[start..].iter().collect())
        .collect()
}

fn comparable(context: &Context, index: usize) -> bool {
    let figure = &context.figures()[index];
    // 从27748亿元增加到42886亿元: the first stands at the start of a span the draft does not date.
    let undated_start = context.text[..figure.range.start].ends_with('从')
        || (starts_a_change(context, index) && context.facts[index].year.is_none());
    // 串起沿线9个景区村: those along a route are some of them, not a count of all; 居前五位 is
    // a rank.
    let some_of_them = SUBSET_WORDS
        .iter()
        .chain(&["前"])
        .any(|word| context.text[..figure.range.start].ends_with(word));
    (is_amount(figure) || figure.kind == FigureKind::Multiple)
        && !undated_start
        && !describes_its_section(context, index)
        && !some_of_them
        && figure.label.is_some()
        && (!context.facts[index].per_unit || names_an_average_statistic(figure))
        && !context.facts[index].in_figure_list
        // 茶叶、咖啡2个…产业: a count word counts the list before it, nothing restated.
        && context
            .report
            .enumerations
            .binary_search_by_key(&index, |enumeration| enumeration.figure)
            .is_err()
        && matches!(figure.value, Value::Number(_))
}

/// 农村居民人均可支配收入: an average the statistics bureau publishes is one figure for the whole,
/// however often it is restated (村均, 户均 or 每个… vary with what they average over).
fn names_an_average_statistic(figure: &Figure) -> bool {
    figure.label.as_deref().is_some_and(|label| {
        label.contains("人均")
            && ["收入", "支出", "生产总值"]
                .iter()
                .any(|end| label.ends_with(end))
    })
}

/// （一）新改扩建中小学（含5个子项目）… （六）改善交通出行（含4个子项目）: a figure that
/// headings of several sections each state is of its own section, none of the draft's.
fn describes_its_section(context: &Context, index: usize) -> bool {
    let figures = context.figures();
    let blocks = &context.report.blocks;
    // A heading whose paragraph runs on after it on the line is running text.
    let heading_of = |index: usize| {
        context.facts[index].paragraph.is_none().then_some(())?;
        let start = figures[index].range.start;
        let at = blocks.partition_point(|block| block.range.start <= start);
        let block = &blocks[at.checked_sub(1)?];
        (matches!(block.kind, BlockKind::Marker(_)) && block.range.contains(&start)).then_some(at)
    };
    let (Some(heading), Some(label)) = (heading_of(index), figures[index].label.as_deref()) else {
        return false;
    };
    context.labelled(label).iter().any(|&other| {
        unit_key(&figures[other].unit) == unit_key(&figures[index].unit)
            && heading_of(other).is_some_and(|other_heading| other_heading != heading)
    })
}

fn specific(label: &str) -> bool {
    label.chars().count() >= MIN_SPECIFIC_LABEL_CHARS && !GENERIC_LABELS.contains(&label)
}

/// Same unit, same year, and the same specific label (or one holding the other, as
/// 标准化先锋户联站 and 先锋户联站).
fn same_quantity(context: &Context, years: &[Option<i32>], a: usize, b: usize) -> bool {
    if !same_circumstances(context, years, a, b) {
        return false;
    }
    let (fa, fb) = (&context.figures()[a], &context.figures()[b]);
    let (Some(la), Some(lb)) = (&fa.label, &fb.label) else {
        return false;
    };
    // Dearer tests last, for the few pairs whose labels agree.
    (labels_name_one_thing(la, lb) || (la == lb && same_owner(context, a, b)))
        && narrowings_agree(context, a, b)
        && !named_places_differ(context, a, b)
        && super::context::part_of_a_year(context, a) == super::context::part_of_a_year(context, b)
}

/// Same unit and kind, and nothing around the two figures that makes them different quantities:
/// another year, place, facility, span, plan, or what a subject did.
fn same_circumstances(context: &Context, years: &[Option<i32>], a: usize, b: usize) -> bool {
    same_events(context, years, a, b) && !accounts_differ(context, a, b)
}

/// Nothing around two figures that makes them different events: the rest against all of them,
/// other actions or sources, now against a past year, a span against a moment, a share's base.
pub(super) fn same_events(context: &Context, years: &[Option<i32>], a: usize, b: usize) -> bool {
    if circumstances_differ(context, years, a, b) {
        return false;
    }
    let (fa, fb) = (&context.figures()[a], &context.figures()[b]);
    let (facts_a, facts_b) = (&context.facts[a], &context.facts[b]);
    // 过去五年…累计完成交通投资864亿元 and “十四五”前两年…累计完成交通投资368亿元.
    let spans_differ = matches!((facts_a.span_years, facts_b.span_years), (Some(x), Some(y)) if x != y)
        && !at_a_moment(context, a)
        && !at_a_moment(context, b);
    // 近三年累计新建高标准农田14.2万亩 and 截至2024年底，全县累计建成…62.3万亩: a span's running
    // total against the total of all years to a date.
    let as_of = |index: usize| {
        let start = context.figures()[index].range.start;
        let sentence_start = context.facts[index].sentence_range.start.min(start);
        ["截至", "截止"]
            .iter()
            .any(|word| context.text[sentence_start..start].contains(word))
    };
    // A stock (人才总量达到28.6万人) stands at a moment however many years led to it.
    let span_against_all_time =
        ((facts_a.span_years.is_some() && facts_b.span_years.is_none() && as_of(b))
            || (facts_b.span_years.is_some() && facts_a.span_years.is_none() && as_of(a)))
            && !at_a_moment(context, a)
            && !at_a_moment(context, b);
    // 去年同期，全市收集企业问题2105个: last year's figure, not this year's.
    let last_year = |index: usize| {
        let facts = &context.facts[index];
        let sentence = &context.text[facts
            .sentence_range
            .start
            .min(context.figures()[index].range.start)
            ..context.figures()[index].range.start];
        ["去年同期", "上年同期"]
            .iter()
            .any(|word| sentence.contains(word))
    };
    // 其他5个乡镇 and 项目涉及9个乡镇: the rest of them are not all of them.
    let the_rest = |index: usize| {
        let before = &context.text[..context.figures()[index].range.start];
        ["其他", "其余", "剩余", "另外", "另有"]
            .iter()
            .any(|word| before.ends_with(word))
    };
    if the_rest(a) != the_rest(b)
        || reached_by_other_actions(context, a, b)
        || now_against_a_past_year(context, a, b)
        || now_against_a_past_year(context, b, a)
        || last_year(a) != last_year(b)
        || what_a_subject_did(context, a, b)
        || what_a_subject_did(context, b, a)
        || spans_differ
        || span_against_all_time
        || whole_of_its_share(context, a, b)
        || whole_of_its_share(context, b, a)
        || base_of_a_share(context.text, fa.range.end)
            != base_of_a_share(context.text, fb.range.end)
    {
        return false;
    }
    let (Some(la), Some(lb)) = (&fa.label, &fb.label) else {
        return false;
    };
    reach_verb(la) == reach_verb(lb)
        && !reached_fewer(context, a, b)
        && !reached_fewer(context, b, a)
        && !actions_differ(context, a, b)
        && !predicates_differ(context, a, b)
        && !sources_differ(context, a, b)
}

/// A running total against one period's figure, a year's additions against a stock, other
/// scope words or wording around: different accounts of what may be one kind of thing.
fn accounts_differ(context: &Context, a: usize, b: usize) -> bool {
    let (facts_a, facts_b) = (&context.facts[a], &context.facts[b]);
    // 近三年，全市共查处…1126件 counts three years.
    // 汛期各类水库累计拦蓄洪水: a running total within one season or year is that year's.
    let within_a_year = |index: usize| {
        ["汛期", "全年", "今年", "当年", "年内"].iter().any(|word| {
            clause_before(context.text, context.figures()[index].range.start).contains(word)
        })
    };
    let cumulative = |facts: &super::context::Facts, index: usize| {
        (facts.scope.contains(&"累计") && !within_a_year(index))
            || ((facts.over_years || facts.span_years.is_some_and(|years| years >= 2))
                && !at_a_moment(context, index))
    };
    // 全年新增高新技术企业1688家 counts a year's additions; 从3558家增加到7712家 gives levels.
    let flow = |facts: &super::context::Facts| {
        facts
            .scope
            .iter()
            .any(|word| ["累计", "新增", "新建", "新认定", "新设"].contains(word))
    };
    let flow_against_level =
        (flow(facts_a) && at_a_moment(context, b)) || (flow(facts_b) && at_a_moment(context, a));
    // A running total against a figure of one stated period (全年, 2019年) counts something else;
    // against an undated one (a lead's summary) it may be the same.
    let one_period = |facts: &super::context::Facts, index: usize| {
        facts.year.is_some()
            || context.facts[index].relative_year.is_some()
            || facts
                .scope
                .iter()
                .any(|word| ["全年", "当年", "上半年", "下半年"].contains(word))
    };
    // 全年共签约招商项目86个 … 86个签约项目中: a figure repeating a dated one of its kind is of
    // that period too.
    let repeats_a_dated = |index: usize| {
        let figures = context.figures();
        let label = figures[index].label.as_deref().unwrap_or_default();
        (index.saturating_sub(MAX_RESTATED_REACH)..index).any(|earlier| {
            figures[earlier].value == figures[index].value
                && unit_key(&figures[earlier].unit) == unit_key(&figures[index].unit)
                && figures[earlier]
                    .label
                    .as_deref()
                    .is_some_and(|other| shares_a_word(label, other))
                && one_period(&context.facts[earlier], earlier)
        })
    };
    let totals_differ = match (cumulative(facts_a, a), cumulative(facts_b, b)) {
        (true, false) => one_period(facts_b, b) || (!one_period(facts_a, a) && repeats_a_dated(b)),
        (false, true) => one_period(facts_a, a) || (!one_period(facts_b, b) && repeats_a_dated(a)),
        _ => false,
    };
    // 2023年社区新增注册志愿者410名 and “三千多名志愿者”: a year's additions are not the number
    // that there are.
    let additions = |facts: &super::context::Facts| {
        facts
            .scope
            .iter()
            .any(|word| ["新增", "新建", "新认定", "新设"].contains(word))
    };
    let dated_additions =
        |facts: &super::context::Facts, index: usize| additions(facts) && one_period(facts, index);
    let flows_differ = dated_additions(facts_a, a) && !flow(facts_b)
        || dated_additions(facts_b, b) && !flow(facts_a);
    totals_differ
        || flows_differ
        || flow_against_level
        || scopes_differ(&facts_a.scope, &facts_b.scope)
        || contexts_differ(context, a, b)
}

/// Another unit, year, place, facility, day, or a plan against a result: what makes two figures
/// different quantities whatever their labels and digits. A year on one side only is often just
/// the lead's fuller wording.
pub(super) fn circumstances_differ(
    context: &Context,
    years: &[Option<i32>],
    a: usize,
    b: usize,
) -> bool {
    let (fa, fb) = (&context.figures()[a], &context.figures()[b]);
    let (facts_a, facts_b) = (&context.facts[a], &context.facts[b]);
    unit_key(&fa.unit) != unit_key(&fb.unit)
        || fa.kind != fb.kind
        || matches!((years[a], years[b]), (Some(a), Some(b)) if a != b)
        // 去年下放到工坊的订单额 and 今年前9个月…订单额.
        || matches!(
            (facts_a.relative_year, facts_b.relative_year),
            (Some(x), Some(y)) if x != y
        )
        || facts_a.place != facts_b.place
        || facts_a.planned != facts_b.planned
        || facilities_differ(context, a, b)
        || days_differ(context, a, b)
}

/// Verbs that say where a count of problems or cases came from.
const SOURCE_VERBS: &[&str] = &[
    "涉及", "披露", "反馈", "发现", "交办", "移交", "曝光", "通报", "督办", "受理", "转办", "登记",
    "举报", "投诉",
];

/// 督察反馈涉及我市问题27个 and 警示片披露我市问题6个: one noun reached by two different verbs of
/// where it came from counts two different lots.
fn sources_differ(context: &Context, a: usize, b: usize) -> bool {
    let figures = context.figures();
    let (Some(la), Some(lb)) = (figures[a].label.as_deref(), figures[b].label.as_deref()) else {
        return false;
    };
    let short = if la.len() <= lb.len() { la } else { lb };
    let verb_before = |index: usize| {
        let clause = clause_before(context.text, figures[index].range.start);
        let at = clause.rfind(short)?;
        SOURCE_VERBS
            .iter()
            .copied()
            .find(|verb| clause[..at].ends_with(verb))
    };
    matches!((verb_before(a), verb_before(b)), (Some(x), Some(y)) if x != y)
}

/// How near a figure must stand to a bound (突破5000万元) to contradict it rather than count
/// something else.
const BOUND_REACH: f64 = 1.25;

/// 突破5000万元 and 4860万元: a bound the other figure falls just short of (or past) says the two
/// cannot both hold, though no single slip turns one into the other.
fn bound_crossed(a: &Figure, b: &Figure) -> bool {
    let (Value::Number(x), Value::Number(y)) = (&a.value, &b.value) else {
        return false;
    };
    (a.qualifier.is_some() || b.qualifier.is_some())
        && *x > 0.0
        && *y > 0.0
        && x.max(*y) / x.min(*y) <= BOUND_REACH
}

/// What a count before its noun did, the words after the noun to the clause's end: 与企业达成
/// 初步就业意向 in 326名毕业生与企业达成初步就业意向. None for 3260名毕业生中 or a bare count,
/// for what all of them did (13家基层分院全部建成…), and for a topic with figures of its own
/// (13家基层分院中医诊疗38.6万人次).
fn predicate<'t>(context: &Context<'t>, index: usize) -> Option<&'t str> {
    let figure = &context.figures()[index];
    let after = context.text[figure.range.end..].strip_prefix(figure.label.as_deref()?)?;
    let end = after
        .find(|c: char| crate::text::chars::is_clause_punctuation(c) || c == '\n')
        .unwrap_or(after.len());
    let predicate = &after[..end];
    let of_all = ["全部", "全", "均", "都", "共", "各"]
        .iter()
        .any(|word| predicate.starts_with(word));
    (predicate.chars().count() >= 2
        && !of_all
        && !predicate.contains(|c: char| c.is_ascii_digit())
        && !predicate.starts_with(['中', '的', '（', '(', '“']))
    .then_some(predicate)
}

/// What a figure's own clause says of it: the words before it, its label, and the words after it
/// to the clause's end (今年已为 · 毕业生 · 发放一次性求职补贴).
fn statement_of(context: &Context, index: usize) -> String {
    let figure = &context.figures()[index];
    let after = &context.text[figure.range.end..];
    let clause_end = after
        .find(|c: char| crate::text::chars::is_clause_punctuation(c))
        .unwrap_or(after.len());
    format!(
        "{}{}{}",
        clause_before(context.text, figure.range.start),
        figure.label.as_deref().unwrap_or_default(),
        &after[..clause_end]
    )
}

/// 326名毕业生与企业达成初步就业意向 and 为860名毕业生发放一次性求职创业补贴: counts told by what
/// they did count those who did it; the other statement must tell of the same.
fn predicates_differ(context: &Context, a: usize, b: usize) -> bool {
    let figures = context.figures();
    let statement = |index: usize| statement_of(context, index);
    // The other must be told by an action too: a bare 9个村民小组 or 企业增加到173家 may be the
    // number that there are.
    let label = |index: usize| figures[index].label.as_deref().unwrap_or_default();
    // 512名毕业生上岗见习 against 毕业生: the label itself goes on to what they did.
    let acted = |x: usize, y: usize| {
        predicate(context, y).is_some()
            || narrowing(context, y).is_some()
            || (label(y).starts_with(label(x)) && label(y).len() > label(x).len())
            || figures[y]
                .label
                .as_deref()
                .is_some_and(|label| ACTION_VERBS.iter().any(|verb| label.starts_with(verb)))
    };
    // People are the ones picked out by their deeds; 2600个先锋户联站运行良好 are all of them.
    let people = |index: usize| unit_key(&figures[index].unit) == "人";
    let told = |x: usize, y: usize| {
        people(x)
            && acted(x, y)
            && predicate(context, x).is_some_and(|told| {
                // The verb and what follows it at once: 发放一次…, not 求职创业补贴.
                let head: String = told.chars().take(4).collect();
                !shares_a_word(&head, &statement(y))
            })
    };
    told(a, b) || told(b, a)
}

/// 覆盖全部7家医疗机构和162家定点零售药店 against 定点零售药店323家: a count after a reach verb,
/// its noun after it, counts those reached, fewer than there are (reaching 138 of 128 is a slip).
fn reached_fewer(context: &Context, reached: usize, other: usize) -> bool {
    let figures = context.figures();
    let fewer = matches!(
        (&figures[reached].value, &figures[other].value),
        (Value::Number(x), Value::Number(y)) if x < y
    );
    fewer && clause_reach(context, reached).is_some() && clause_reach(context, other).is_none()
}

/// The reach verb of the clause before a count whose noun follows it.
fn clause_reach(context: &Context, index: usize) -> Option<&'static str> {
    let figure = &context.figures()[index];
    let label = figure.label.as_deref()?;
    context.text[figure.range.end..]
        .starts_with(label)
        .then(|| {
            let clause = clause_before(context.text, figure.range.start);
            // 联系服务全镇128家规上企业 reaches all of them: it is their number.
            let own_words = clause.rsplit(['和', '、', '及']).next().unwrap_or(clause);
            let all_of_them = ["全", "所有"].iter().any(|word| own_words.contains(word));
            REACH_VERBS
                .iter()
                .copied()
                .find(|verb| clause.contains(verb))
                .filter(|_| !all_of_them)
        })
        .flatten()
}

/// 培训毕业生740人 and 为860名毕业生发放…补贴: a label that opens with what was done to them
/// counts those it was done to, when the other statement tells of something else done (在2360
/// 名务工人员中 tells of nothing, and refers back).
fn actions_differ(context: &Context, a: usize, b: usize) -> bool {
    let figures = context.figures();
    let statement = |index: usize| statement_of(context, index);
    let done_to = |x: usize, y: usize| {
        let (Some(lx), Some(ly)) = (figures[x].label.as_deref(), figures[y].label.as_deref())
        else {
            return false;
        };
        // The label's verb first: most labels open with none, and a statement is dear to build.
        let Some(verb) = ACTION_VERBS
            .iter()
            .find(|verb| lx.starts_with(*verb) && lx.len() > verb.len() && !ly.contains(*verb))
        else {
            return false;
        };
        let other = statement(y);
        !other.contains(verb) && ACTION_VERBS.iter().any(|verb| other.contains(verb))
    };
    done_to(a, b) || done_to(b, a)
}

/// 累计加装电梯312部，惠及居民3744户 and 新开工改造小区29个、涉及居民4860户: people reached by
/// different actions (电梯, 小区) are different people, however alike the bare noun.
fn reached_by_other_actions(context: &Context, a: usize, b: usize) -> bool {
    let figures = context.figures();
    let action = |index: usize| {
        let label = figures[index].label.as_deref()?;
        let before_label = context.text[..figures[index].range.start].strip_suffix(label)?;
        REACH_VERBS
            .iter()
            .any(|verb| before_label.ends_with(verb))
            .then(|| {
                (0..index).rev().find(|&earlier| {
                    context.facts[earlier].sentence == context.facts[index].sentence
                        && figures[earlier].label.is_some()
                        && is_amount(&figures[earlier])
                })
            })
            .flatten()
    };
    let (Some(x), Some(y)) = (action(a), action(b)) else {
        return false;
    };
    let (lx, ly) = (
        figures[x].label.as_deref().unwrap_or_default(),
        figures[y].label.as_deref().unwrap_or_default(),
    );
    unit_key(&figures[x].unit) != unit_key(&figures[y].unit) && !shares_a_word(lx, ly)
}

/// Words that date a figure to the time of writing.
const NOW_WORDS: &[&str] = &["如今", "目前", "现在", "至今", "眼下"];

/// 2021年小院入驻时，合作社社员为86户 and 如今，合作社社员已发展到268户 (in 2024): a figure of now
/// against one of a year well before the draft's.
fn now_against_a_past_year(context: &Context, now: usize, dated: usize) -> bool {
    let facts = &context.facts[now];
    let sentence_before = &context.text[facts
        .sentence_range
        .start
        .min(context.figures()[now].range.start)
        ..context.figures()[now].range.start];
    NOW_WORDS.iter().any(|word| sentence_before.contains(word))
        && facts.year.is_none()
        // The last full year's figure is often what "now" quotes (现在…682.4亿元产值 of 2023).
        && matches!((context.facts[dated].year, context.draft_year), (Some(year), Some(draft)) if year + 1 < draft)
}

/// 选派420名驻企服务员 and 驻企服务员协助企业招工1.36万人: a label written before its figure that
/// goes on past the other's is what that subject did, another quantity (人才 and 人才总量 are
/// one).
fn what_a_subject_did(context: &Context, subject: usize, action: usize) -> bool {
    let figures = context.figures();
    let (Some(short), Some(long)) = (
        figures[subject].label.as_deref(),
        figures[action].label.as_deref(),
    ) else {
        return false;
    };
    let before_its_figure = context.text[..figures[action].range.start]
        .trim_end_matches(|c: char| !crate::text::chars::is_han(c))
        .ends_with(long);
    let rest = long.strip_prefix(short).unwrap_or_default();
    before_its_figure
        && !rest.is_empty()
        && !long.ends_with(short)
        && !PLAIN_ENDINGS.contains(&rest)
}

/// 雅庄村村集体经营性收入 and 村集体经营性收入: a label that opens with a place's name (a 村,
/// 镇, 社区) is that place's, not the draft's whole.
fn named_places_differ(context: &Context, a: usize, b: usize) -> bool {
    let label = |index: usize| {
        context.figures()[index]
            .label
            .as_deref()
            .unwrap_or_default()
    };
    let (la, lb) = (label(a), label(b));
    let place_before = |long: &str, short: &str| {
        long.strip_suffix(short).is_some_and(|place| {
            // 樟树社区已加装电梯: the adverb after the place is no part of it.
            let place = ["已经", "已", "共", "累计", "目前", "现"]
                .iter()
                .find_map(|adverb| place.strip_suffix(adverb))
                .unwrap_or(place);
            place.chars().count() >= 2
                && ["村", "镇", "乡", "社区", "街道"]
                    .iter()
                    .any(|end| place.ends_with(end))
                && !["全", "我", "本", "各", "该"]
                    .iter()
                    .any(|whole| place.starts_with(whole))
        })
    };
    !la.is_empty() && !lb.is_empty() && (place_before(la, lb) || place_before(lb, la))
}

/// Endings of an age band before a label (60周岁以上老人).
const AGE_BANDS: &[&str] = &[
    "周岁以上",
    "岁以上",
    "周岁及以上",
    "岁及以上",
    "岁以下",
    "周岁以下",
];

/// How far after a count its noun may stand behind a clause of its own (264个由物业服务企业管理的小区).
const MAX_NOUN_CLAUSE_CHARS: usize = 24;

/// 签字同意改造的居民达到981户, 60周岁以上的“银龄”志愿者2.81万人: a label that a clause of its
/// own (…的) or a quoted name narrows counts some of them, not what the bare label counts; two
/// different clauses (引入专业物业服务的老旧小区, 2000年底前建成的老旧小区) pick out different
/// ones. 全市的, 2023年的 only place or date it.
fn narrowing<'t>(context: &Context<'t>, index: usize) -> Option<&'t str> {
    let figure = &context.figures()[index];
    let label = figure.label.as_deref()?;
    // 264个由物业服务企业管理的小区: the clause may stand between the count and its noun.
    let after = &context.text[figure.range.end..];
    let window = after
        .char_indices()
        .nth(MAX_NOUN_CLAUSE_CHARS)
        .map_or(after, |(end, _)| &after[..end]);
    if let Some(modifier) = window
        .find(label)
        .map(|at| &after[..at])
        .and_then(|between| between.strip_suffix('的'))
        .filter(|modifier| {
            modifier.chars().count() >= 2
                && !modifier.contains(|c: char| crate::text::chars::is_clause_punctuation(c))
        })
    {
        return Some(modifier);
    }
    let clause = clause_before(context.text, figure.range.start);
    // 获评“先进单位”的8个乡镇: a clause before a count whose noun follows it narrows it too.
    let before = match clause.rfind(label) {
        Some(at) => &clause[..at],
        None if after.starts_with(label) => clause,
        None => return None,
    };
    let before = before.trim_start_matches(['，', '、', '；', '。', '\n']);
    // 60岁以上老人 and 80周岁以上老人: an age band picks out some of them.
    if let Some(band) = AGE_BANDS
        .iter()
        .find_map(|band| before.strip_suffix(band).map(|rest| &before[rest.len()..]))
    {
        let digits = before[..before.len() - band.len()]
            .trim_end_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
        return Some(&before[digits.len()..]);
    }
    let Some(modifier) = before.strip_suffix('的') else {
        return before
            .ends_with('”')
            .then(|| &before[before.rfind('“').unwrap_or(0)..]);
    };
    // 合作社的网箱, 我们的队伍: an owner, not a narrowing clause.
    let places_dates_or_owners = [
        '年', '月', '底', '末', '市', '区', '县', '镇', '乡', '村', '省', '社', '司', '园', '校',
        '院', '团', '会', '心', '们', '我',
    ];
    let modifier = modifier
        .trim_start_matches(['全', '本', '我'])
        .trim_start_matches(['市', '县', '区', '镇', '省']);
    // 已建成的3600套房源 tells the state of all of them.
    if modifier.contains('已') {
        return None;
    }
    // 今年返乡登记的: the time says when, the clause what picks them out.
    let modifier = ["今年", "去年", "当年", "全年", "目前", "年内"]
        .iter()
        .find_map(|time| modifier.strip_prefix(time))
        .unwrap_or(modifier);
    (modifier.chars().count() >= 2 && !modifier.ends_with(places_dates_or_owners))
        .then_some(modifier)
}

/// 2025年7月18日，…招聘会在这里举行，86家企业带来760个岗位: a figure told in a sentence that
/// names its day counts that day's event, not what a span or another day brought.
fn days_differ(context: &Context, a: usize, b: usize) -> bool {
    let day = |index: usize| {
        let start = context.figures()[index].range.start;
        let sentence = &context.text[context.facts[index].sentence_range.start.min(start)..start];
        // Most sentences name no day: the regex runs only where 日 stands.
        sentence
            .contains('日')
            .then(|| DAY.find(sentence).map(|day| day.as_str()))
            .flatten()
    };
    match (day(a), day(b)) {
        (None, None) => false,
        (x, y) => x != y,
    }
}

static DAY: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"\d{1,2}月\d{1,2}日").unwrap());

/// Two figures narrowed alike, or one narrowed by a clause whose words the other's statement
/// repeats: 减船时改造的73艘休闲渔船 restates 改造为休闲渔船73艘, 已建成的3600套房源 restates
/// 建成房源3600套; 返乡登记的3260名毕业生 are not the 326名毕业生 of one job fair.
pub(super) fn narrowings_agree(context: &Context, a: usize, b: usize) -> bool {
    let statement = |index: usize| statement_of(context, index);
    // The clause's verb ends it (减船时改造, 签字同意改造); its place (全小区) tells nothing.
    let verb = |modifier: &str| -> String {
        let chars: Vec<char> = modifier.chars().collect();
        chars[chars.len().saturating_sub(2)..].iter().collect()
    };
    match (narrowing(context, a), narrowing(context, b)) {
        (x, y) if x == y => true,
        (Some(modifier), None) => statement(b).contains(&verb(modifier)),
        (None, Some(modifier)) => statement(a).contains(&verb(modifier)),
        _ => false,
    }
}

/// 地铁1号线一期于2021年6月开通运营，全长21.6公里 and 推进地铁2号线一期（全长24.3公里）: figures
/// of one named facility describe it, not another nor the draft's whole.
fn facilities_differ(context: &Context, a: usize, b: usize) -> bool {
    let names = |index: usize, facility: &str| {
        let facts = &context.facts[index];
        context.text[facts.sentence_range.clone()].contains(facility)
    };
    match (&context.facts[a].facility, &context.facts[b].facility) {
        (None, None) => false,
        (Some(x), Some(y)) => x != y,
        // The other statement is of the facility when its sentence names it.
        (Some(x), None) => !names(b, x),
        (None, Some(y)) => !names(a, y),
    }
}

/// 乡村旅游接待游客592万人次，占游客总量的43.1%: the 1374万人次 of all visitors that 592万 is
/// 43.1% of is its whole, not a restatement of it.
fn whole_of_its_share(context: &Context, part: usize, whole: usize) -> bool {
    let figures = context.figures();
    let Some(share) = figures.get(part + 1) else {
        return false;
    };
    let between = &context.text[figures[part].range.end..share.range.start];
    let (Value::Number(percent), Value::Number(part_value), Value::Number(whole_value)) =
        (&share.value, &figures[part].value, &figures[whole].value)
    else {
        return false;
    };
    share.kind == FigureKind::Percent
        && between.contains('占')
        && !between.contains(['；', '。'])
        && *percent > 0.0
        && *percent < 100.0
        && ((part_value / (percent / 100.0)) / whole_value - 1.0).abs() < 0.01
}

/// Years of undated figures that restate a dated one word for word (在156.2亿元旅游总收入中
/// repeats 2021年…旅游总收入156.2亿元): the same quantity, so the same year.
fn years_from_restatements(context: &Context) -> Vec<Option<i32>> {
    let figures = context.figures();
    let mut years: Vec<Option<i32>> = context.facts.iter().map(|facts| facts.year).collect();
    let mut dated: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (index, figure) in figures.iter().enumerate() {
        if context.facts[index].year.is_some() {
            dated
                .entry((context.written(index).to_string(), figure.unit.clone()))
                .or_default()
                .push(index);
        }
    }
    for (index, figure) in figures.iter().enumerate() {
        if years[index].is_some() || !comparable(context, index) {
            continue;
        }
        let Some(label) = figure.label.as_deref() else {
            continue;
        };
        let restated = dated
            .get(&(context.written(index).to_string(), figure.unit.clone()))
            .into_iter()
            .flatten()
            .copied()
            .filter(|&other| {
                figures[other]
                    .label
                    .as_deref()
                    .is_some_and(|other_label| labels_name_one_thing(label, other_label))
            })
            .map(|other| context.facts[other].year)
            .collect::<Vec<_>>();
        // Only when every dated statement of it agrees on the year.
        if let Some(first) = restated.first()
            && restated.iter().all(|year| year == first)
        {
            years[index] = *first;
        }
    }
    years
}

/// 总投资12.8亿元的县城南部污水处理厂 and 县城南部污水处理厂（总投资12.8亿元）: a general label
/// (总投资) of one named thing.
fn same_owner(context: &Context, a: usize, b: usize) -> bool {
    let figures = context.figures();
    match (
        owner(context.text, &figures[a]),
        owner(context.text, &figures[b]),
    ) {
        (Some(a), Some(b)) => {
            let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            short.chars().count() >= 4 && long.contains(&short)
        }
        _ => false,
    }
}

/// A figure that says where something stood at a moment, which a span of years around it does
/// not make a running total: a stock (人才总量), a level reached (…，达到312.6亿元), a figure of
/// one named year (增加到2019年的24.5亿元).
fn at_a_moment(context: &Context, index: usize) -> bool {
    let figure = &context.figures()[index];
    let stock = figure
        .label
        .as_deref()
        .is_some_and(|label| STOCK_ENDINGS.iter().any(|end| label.ends_with(end)));
    let clause = clause_before(context.text, figure.range.start);
    let level_reached =
        LEVEL_VERBS.iter().any(|verb| clause.ends_with(verb)) || clause.ends_with('从');
    let one_year = ONE_YEAR.is_match(clause);
    stock || level_reached || one_year
}

/// A single year in the figure's own clause, not one that starts a span: 2019年的, 2019年底.
static ONE_YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:^|[^\d—–\-～~至到]|[^\d]到)\d{4}年(?:的|底|末|末的|底的)?$").unwrap()
});

/// 标准化先锋户联站 and 先锋户联站, 收集问题 and 收集各类问题: one label holds the other, or they
/// share a beginning and an end that together make four characters or more.
pub(super) fn labels_name_one_thing(a: &str, b: &str) -> bool {
    // Two equal labels of two characters (人才, 学校) are specific enough; a shorter label held
    // in a longer one needs three.
    if a == b {
        return !GENERIC_LABELS.contains(&a) && a.chars().count() >= 2;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // 其他重点人群 are the rest of 重点人群, not all of them.
    let the_rest = |label: &str| {
        ["其他", "其余", "以外", "之外"]
            .iter()
            .any(|word| label.contains(word))
    };
    // 行政村未通过垃圾分类达标 and 行政村: those that have not are the rest.
    if the_rest(long) != the_rest(short) || long.contains('未') != short.contains('未') {
        return false;
    }
    // 各类人才 and 人才: the longer label is the shorter under a word that picks out no kind of
    // it. 人才公寓房源 and 房源, 城中村改造 and 改造 name different things.
    if let Some(determiner) = long.strip_suffix(short)
        && DETERMINERS.contains(&determiner)
        && short.chars().count() >= 2
        && !GENERIC_LABELS.contains(&short)
    {
        return true;
    }
    if !specific(short) {
        return false;
    }
    if subject_of_its_own(short, long) {
        return false;
    }
    // 家庭承包耕地面积 and 耕地面积, 现场签约项目 and 签约项目: a word that picks out a kind.
    let picks_a_kind = NARROWING_WORDS
        .iter()
        .any(|word| long.contains(word) && !short.contains(word));
    if long.contains(short) {
        return !picks_a_kind;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    // 收集问题 and 收集各类问题: the shorter is the longer without a word that picks out no
    // kind (各类, 总); 农林牧渔业总产值 and 农林牧渔服务业产值 differ by a kind.
    let shorter = a.len().min(b.len());
    let longer = if a.len() > b.len() { &a } else { &b };
    let covered = prefix + suffix >= shorter;
    let middle: String = longer[prefix.min(shorter)..longer.len() - suffix.min(shorter)]
        .iter()
        .collect();
    let plain_middle =
        DETERMINERS.contains(&middle.as_str()) || ["总", "累计", "共"].contains(&middle.as_str());
    if prefix >= 1 && suffix >= 2 && prefix + suffix >= 4 && covered {
        if plain_middle {
            return true;
        }
        // 接待游客 and 接待团队游客: a word inside that picks out a kind names another thing
        // (规上企业 and 规上工业企业 may be one).
        if NARROWING_WORDS.contains(&middle.as_str()) {
            return false;
        }
    }
    // 惠企资金 and 兑现惠企政策资金: the shorter, of four characters or more, runs through the
    // longer in order and ends as it does.
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let mut rest = long.iter();
    let (short_text, long_text): (String, String) = (short.iter().collect(), long.iter().collect());
    let narrowed = NARROWING_WORDS
        .iter()
        .any(|word| long_text.contains(word) && !short_text.contains(word));
    short.len() >= 4 && suffix >= 2 && !narrowed && short.iter().all(|c| rest.any(|d| d == c))
}

/// Words inside a label that pick out a kind of what the label counts.
const NARROWING_WORDS: &[&str] = &[
    "团队",
    "入境",
    "境外",
    "国内",
    "过夜",
    "散客",
    "重点",
    "新增",
    "外来",
    "农村",
    "城镇",
    "困难",
    "低收入",
    "老年",
    "青年",
    "女性",
    "高端",
    "高层次",
    "网上",
    "线上",
    "实物",
    "乡村",
    "限额以上",
    "限上",
    "现场",
    "承包",
];

/// Verbs that open a label of what was done (接待游客, 承接项目).
const ACTION_VERBS: &[&str] = &[
    "接待", "承接", "完成", "实现", "引进", "招引", "培训", "开展", "组织", "建成", "新建", "收集",
    "办结", "发放", "投入", "吸纳", "带动", "解决", "举办", "上报", "处置", "查处", "检查", "排查",
    "整改", "改造", "加装",
];
/// Words after a subject that only scope what it did (重点景区共接待).
const SCOPE_ENDINGS: &[&str] = &["共计", "合计", "累计", "共", "已", "全年", "今年"];
/// Subjects that are the draft's whole, not some of it.
const WHOLE_SUBJECTS: &[&str] = &[
    "全市",
    "全县",
    "全区",
    "全镇",
    "全乡",
    "全省",
    "全国",
    "全街道",
    "我市",
    "我县",
    "我区",
    "本市",
];

/// 重点景区共接待游客 and 接待游客, 强村公司累计承接项目 and 承接项目: a subject before what was
/// done names whose it is, another quantity than the bare one (全市共接待游客 is the same).
fn subject_of_its_own(short: &str, long: &str) -> bool {
    let Some(subject) = long.strip_suffix(short) else {
        return false;
    };
    if !ACTION_VERBS.iter().any(|verb| short.starts_with(verb)) {
        return false;
    }
    let subject = SCOPE_ENDINGS
        .iter()
        .find_map(|ending| subject.strip_suffix(ending))
        .unwrap_or(subject);
    subject.chars().count() >= 2
        && !WHOLE_SUBJECTS.contains(&subject)
        && !DETERMINERS.contains(&subject)
}

/// Verbs before a noun that count the part of it an action reached: 覆盖行政村196个 is not the
/// 256个行政村 there are.
const REACH_VERBS: &[&str] = &[
    "覆盖", "涉及", "惠及", "带动", "辐射", "服务", "联系", "帮扶", "走访", "受益",
];

fn reach_verb(label: &str) -> Option<&'static str> {
    REACH_VERBS
        .iter()
        .copied()
        .find(|verb| label.starts_with(verb))
}

/// 全年立案查处各类违法案件4268件…罚没款5860万元 and 查处涉疫违法案件326件，罚没款486万元:
/// the figures before each in its sentence say what it belongs to, and when those are of one
/// kind but cannot be equal (4268件 and 326件 of 违法案件), so are the figures after them.
fn contexts_differ(context: &Context, a: usize, b: usize) -> bool {
    let figures = context.figures();
    let before = |index: usize| -> Vec<usize> {
        (0..index)
            .rev()
            .take_while(|&earlier| context.facts[earlier].sentence == context.facts[index].sentence)
            .filter(|&earlier| figures[earlier].label.is_some() && is_amount(&figures[earlier]))
            .collect()
    };
    let tail = |label: &str| label.chars().rev().take(2).collect::<String>();
    let (before_a, before_b) = (before(a), before(b));
    before_a.iter().any(|&x| {
        before_b.iter().any(|&y| {
            let (lx, ly) = (
                figures[x].label.as_deref().unwrap_or_default(),
                figures[y].label.as_deref().unwrap_or_default(),
            );
            unit_key(&figures[x].unit) == unit_key(&figures[y].unit)
                && tail(lx) == tail(ly)
                && !compatible(&figures[x], &figures[y])
        })
    })
}

fn finding(context: &Context, later: usize, conflict: usize, same: &[usize]) -> Finding {
    let figures = context.figures();
    let label = figures[later].label.clone().unwrap_or_default();
    // When the others agree among themselves and this one disagrees with two or more of them,
    // this one is the slip: offer the others' wording.
    let disagreeing: Vec<usize> = same
        .iter()
        .copied()
        .filter(|&other| !compatible(&figures[other], &figures[later]))
        .collect();
    let others_agree = disagreeing
        .windows(2)
        .all(|pair| compatible(&figures[pair[0]], &figures[pair[1]]));
    let fixes = if disagreeing.len() >= 2 && others_agree {
        vec![change_to(context, later, disagreeing[0])]
    } else {
        Vec::new()
    };
    Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: figures[later].range.clone(),
        message: Message {
            zh: format!(
                "“{label}”此处为“{}”，与{}不一致，二者不能同时成立",
                context.written(later),
                context.cite_zh(conflict)
            ),
            en: format!(
                "“{label}” is “{}” here but {} — both cannot be true",
                context.written(later),
                context.cite_en(conflict)
            ),
        },
        related: disagreeing
            .iter()
            .map(|&other| Related {
                range: figures[other].range.clone(),
                message: Message {
                    zh: format!("同一数量另一处：“{}”", context.written(other)),
                    en: format!("the same quantity stated as “{}”", context.written(other)),
                },
            })
            .collect(),
        fixes,
    }
}

fn change_to(context: &Context, figure: usize, model: usize) -> Fix {
    let from = context.written(figure);
    let to = context.written(model);
    Fix {
        title: Message {
            zh: format!("把“{from}”改为“{to}”"),
            en: format!("Change “{from}” to “{to}”"),
        },
        edits: vec![Edit {
            range: context.figures()[figure].range.clone(),
            new_text: to.to_string(),
        }],
    }
}

/// The digits as written, without magnitude, unit or qualifier: 7.7 for 总投资7.7亿元.
fn mantissa(context: &Context, figure: &Figure) -> String {
    context.text[figure.range.clone()]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect()
}

/// 总投资7.7亿元 … 总投资7.7万元: the same digits and label under another magnitude.
fn unit_slips(context: &Context, flagged: &[bool]) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    // Money figures by their written digits: only those can be slips of one another.
    let mut by_digits: HashMap<String, Vec<usize>> = HashMap::new();
    for later in 0..figures.len() {
        if figures[later].kind != FigureKind::Money {
            continue;
        }
        let digits = mantissa(context, &figures[later]);
        if digits.is_empty() {
            continue;
        }
        // 23.6亿元 and 23.6万元: three significant digits or more seldom meet by chance.
        let distinctive = digits
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .trim_matches('0')
            .len()
            >= 3;
        let earlier_same_digits = by_digits.entry(digits).or_default();
        // 用好每年4800亿元的社区服务经费: the noun after 的 names what the money is.
        let names = |index: usize| {
            let figure = &figures[index];
            [figure.label.clone(), owner(context.text, figure)]
        };
        let later_names = names(later);
        // The nearest earlier statements are the evidence, as for restatements.
        let nearest = earlier_same_digits
            .len()
            .saturating_sub(MAX_EARLIER_STATEMENTS);
        let slip = earlier_same_digits[nearest..]
            .iter()
            .copied()
            .find(|&earlier| {
                let (a, b) = (&figures[earlier], &figures[later]);
                let labels_match = names(earlier).iter().flatten().any(|la| {
                    later_names
                        .iter()
                        .flatten()
                        .any(|lb| la.ends_with(lb.as_str()) || lb.ends_with(la.as_str()))
                });
                let totals = !context.facts[earlier].per_unit && !context.facts[later].per_unit;
                (labels_match || (distinctive && totals)) && a.power != b.power
            });
        earlier_same_digits.push(later);
        if flagged[later] {
            continue;
        }
        let Some(earlier) = slip else {
            continue;
        };
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[later].range.clone(),
            message: Message {
                zh: format!(
                    "疑似亿/万误写：“{}”与{}数字相同、数量级不同",
                    context.written(later),
                    context.cite_zh(earlier)
                ),
                en: format!(
                    "A 亿/万 slip? “{}” has the same digits as {} but another magnitude",
                    context.written(later),
                    context.cite_en(earlier)
                ),
            },
            related: vec![Related {
                range: figures[earlier].range.clone(),
                message: Message {
                    zh: "同一数字的另一处".into(),
                    en: "the same digits elsewhere".into(),
                },
            }],
            fixes: vec![change_to(context, later, earlier)],
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("restated-figure", text).len()
    }

    #[test]
    fn a_count_before_zhong_is_labelled_by_its_noun() {
        let draft = |count: &str| {
            format!(
                "标题\n\n规上工业企业达到73家。\n\n{count}家规上工业企业中产值不足亿元的仍有42家。\n"
            )
        };
        assert_eq!(count(&draft("73")), 0);
        assert_eq!(count(&draft("78")), 1);
    }

    #[test]
    fn a_sum_of_parallel_figures_is_their_total() {
        let draft = |total: &str| {
            format!(
                "标题\n\n城东区建设中心食堂28个，在一般社区设立助餐点121个，在农村地区设立村级助餐点37个。\n\n全区助餐点从2022年的64个增加到{total}。\n"
            )
        };
        assert_eq!(count(&draft("186个")), 0);
        // A total the parts do not add up to is another statement of it.
        assert_eq!(count(&draft("112个")), 1);
    }

    #[test]
    fn problems_from_two_sources_are_two_lots() {
        let draft = |verb: &str| {
            format!(
                "标题\n\n第三轮中央生态环境保护督察反馈涉及我市问题27个，已完成整改24个。省级生态环境警示片{verb}我市问题21个，已完成整改5个。\n"
            )
        };
        assert_eq!(count(&draft("披露")), 0);
        assert_eq!(count(&draft("涉及")), 1);
    }

    #[test]
    fn figures_no_slip_apart_are_different_quantities() {
        let draft = |county: &str| {
            format!(
                "标题\n\n如今，这里建起了58家精品民宿。\n\n青溪县是全省民宿发展重点县，全县共有精品民宿{county}家。\n"
            )
        };
        assert_eq!(count(&draft("1260")), 0);
        // 58 typed 85 is one swap away.
        let slip = "标题\n\n如今，这里建起了58家精品民宿。\n\n全村共有精品民宿85家。\n";
        assert_eq!(count(slip), 1);
        // Rounded to one digit, 5400 tells no slip of 9000.
        let seats = "标题\n\n六所学校新增学位5400个。\n\n今年秋季可提供学位9000个。\n";
        assert_eq!(count(seats), 0);
        // The rest of them are not all of them.
        let rest = "标题\n\n项目涉及9个乡镇。\n\n其他5个乡镇完成1.5万亩。\n";
        assert_eq!(count(rest), 0);
    }

    #[test]
    fn age_bands_pick_out_different_people() {
        let draft = |band: &str| {
            format!(
                "标题\n\n“我们社区60岁以上老人有2300多人。”社区书记说。\n\n在马家村，村里{band}老人有2030人，其中71人每天在助餐点吃饭。\n"
            )
        };
        assert_eq!(count(&draft("80周岁以上")), 0);
        assert_eq!(count(&draft("60岁以上")), 1);
    }

    #[test]
    fn a_years_estimate_told_at_its_end_is_its_result() {
        let draft = |estimate: &str| {
            format!(
                "镇政府工作报告\n\n——2025年12月26日在镇人民代表大会上\n\n一、工作回顾\n\n{estimate}全镇村级集体经济总收入预计达到4860万元。\n\n三、2026年工作打算\n\n各位代表，五年来，全镇村级集体经济总收入从2950万元增长到4680万元。\n"
            )
        };
        assert_eq!(count(&draft("2025年")), 1);
        // An estimate for the year ahead is a target.
        assert_eq!(count(&draft("2026年")), 0);
    }

    #[test]
    fn a_published_average_is_one_figure_for_the_whole() {
        let draft = |restated: &str| {
            format!(
                "报告\n\n农村居民人均可支配收入从2021年的38260元增加到2025年的49580元。\n\n2025年，全镇农村居民人均可支配收入达到{restated}。\n"
            )
        };
        assert_eq!(count(&draft("4.96万元")), 0);
        assert_eq!(count(&draft("4.69万元")), 1);
        // Averages per village vary with the villages averaged.
        let text =
            "报告\n\n2025年，全镇村均经营性收入186万元。\n\n2025年，山区村村均经营性收入98万元。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_summary_of_the_half_year_restates_its_figures() {
        let draft = |months: &str, restated: &str| {
            format!(
                "总结\n\n一、上半年工作完成情况\n\n{months}，全县城镇新增就业4268人。\n\n三、下半年工作打算\n\n总的来看，上半年全县城镇新增就业{restated}。下半年，我们将对标全年目标。\n"
            )
        };
        // 1—6月 is 上半年, and 上半年全县 is no place of its own.
        assert_eq!(count(&draft("1—6月", "4268人")), 0);
        assert_eq!(count(&draft("1—6月", "4628人")), 1);
        // Nine months are another span, whatever the digits.
        assert_eq!(count(&draft("1—9月", "4628人")), 0);
    }

    #[test]
    fn businesses_set_up_in_a_year_are_not_all_there_are() {
        let draft = |later: &str| {
            format!("标题\n\n截至2025年12月底，全市实有经营主体48.62万户。\n\n{later}。\n")
        };
        assert_eq!(count(&draft("全年新设立经营主体6.94万户")), 0);
        assert_eq!(count(&draft("全市经营主体46.82万户")), 1);
    }

    #[test]
    fn staff_in_post_counted_after_a_standard_rate() {
        let draft = |count: &str| {
            format!(
                "标题\n\n县财政按每人每月600元的标准为全县{count}名在岗乡村医生发放岗位补助。\n\n目前，全县在岗乡村医生312名，平均年龄48.7岁。\n"
            )
        };
        assert_eq!(count(&draft("312")), 0);
        assert_eq!(count(&draft("321")), 1);
    }

    #[test]
    fn a_look_back_closing_the_plans_reports_results() {
        let draft = |section: &str| {
            format!(
                "报告\n\n{section}\n\n2026年是开局之年。我们将围绕“村级集体经济总收入突破5000万元”的目标，抓好以下工作。\n\n各位代表，五年来，全镇村级集体经济总收入从2950万元增长到4860万元。\n"
            )
        };
        assert_eq!(count(&draft("三、2026年工作打算")), 0);
        // A figure quoted as the goal is a target wherever it stands.
        let text = "报告\n\n一、工作回顾\n\n镇里围绕“村级集体经济总收入突破5000万元”的目标出台十条举措。\n\n全镇村级集体经济总收入从2950万元增长到4860万元。\n";
        assert_eq!(count(text), 0);
        // Stated as a result, 5000万元 cannot be 4860万元.
        let text = "报告\n\n一、工作回顾\n\n2025年，全镇村级集体经济总收入突破5000万元。\n\n各位代表，五年来，全镇村级集体经济总收入从2950万元增长到4860万元。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_quantity_restated_with_an_incompatible_value() {
        let text = "目前，慈溪已建成2700余个标准化先锋户联站。\n\n截至年底，全市共有2600个标准化先锋户联站。\n";
        assert_eq!(count(text), 1);
        let text = "目前已建成2700余个标准化先锋户联站。\n\n全市2800个先锋户联站全部运行。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn restatements_in_other_words() {
        let text = "标题\n\n全年收集问题1860个。\n\n截至年底，共收集各类问题1680个。\n";
        assert_eq!(count(text), 1);
        let text = "标题\n\n引进人才3.8万人。\n\n引进人才3.6万名，成效明显。\n";
        assert_eq!(count(text), 1);
        let text = "标题\n\n全县地区生产总值达到321.6亿元。\n\n地区生产总值312.6亿元，增长6%。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn restatements_across_a_lead_and_its_section() {
        // 各类人才 are the 人才; “青鸟计划” names a programme, it plans nothing.
        let text = "简报\n\n2017年开始，我市实施“青鸟计划”，3年以来累计引进各类人才3.8万人。\n\n一、主要成效\n\n2017—2019年引进的3.6万名人才中，博士1200人。\n";
        assert_eq!(count(text), 1);
        // 2019年以来 in a draft of 2019 is the year just past, as 一年来 is.
        let text = "标题\n\n2019年以来，全区收集各类问题1860个。\n\n一年来，全区累计走访企业3200余家、收集问题1680个。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn levels_reached_restate_the_years_figures() {
        let lead = "一、2019年工作回顾\n\n2019年，全县实现地区生产总值312.6亿元，增长7.4%；一般公共预算收入24.5亿元。\n\n";
        let review = |gdp: &str, revenue: &str| {
            format!(
                "{lead}过去三年，是极不平凡的三年。2017—2019年，全县地区生产总值年均增长7.5%，达到{gdp}；一般公共预算收入从2016年的19.8亿元增加到2019年的{revenue}。\n"
            )
        };
        assert_eq!(count(&review("312.6亿元", "24.5亿元")), 0);
        assert_eq!(count(&review("321.6亿元", "24.5亿元")), 1);
        assert_eq!(count(&review("312.6亿元", "23.5亿元")), 1);
        // Where a span starts is no figure of the year; a year's additions are no level.
        let text = "一、2015年工作回顾\n\n全省生产总值达到42886亿元。全年新增高新技术企业1688家。\n\n五年来，地区生产总值从27748亿元增加到42886亿元，高新技术企业从3558家增加到7712家。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_general_label_of_one_named_thing() {
        let text = |first: &str| {
            format!(
                "总投资{first}的县城南部污水处理厂等9个项目建成投用。\n\n县城南部污水处理厂（总投资12.8亿元）投运后，污水处理率提高到96.5%。\n"
            )
        };
        assert_eq!(count(&text("12.8亿元")), 0);
        assert_eq!(count(&text("18.2亿元")), 1);
        // Two projects, two investments.
        assert_eq!(
            count(
                "总投资18.2亿元的县城北部水厂建成。\n\n县城南部污水处理厂（总投资12.8亿元）投运。\n"
            ),
            0
        );
    }

    #[test]
    fn figures_of_different_places_are_different_quantities() {
        let text = "一、2019年工作回顾\n\n全市实现地区生产总值1200亿元。其中，城区实现地区生产总值520亿元。\n\n鄞州区实现地区生产总值2100亿元。海曙区实现地区生产总值1300亿元。\n\n全市新建学校12所。其中城区新建学校5所，农村新建学校7所。\n";
        assert_eq!(count(text), 0);
        // The draft's own place is the whole.
        let text = "江北区建立驻企服务员制度。江北区选派412名驻企服务员。\n\n江北区推行清单管理。全区412名驻企服务员跑遍园区。\n\n全区421名驻企服务员全部到岗。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_shorter_wording_of_the_same_label() {
        let text = |later: &str| {
            format!(
                "2020年，全年兑现惠企政策资金12.8亿元，惠及企业6300余家。\n\n2020年，平台上线运行，{later}惠企资金中有9.6亿元实现免申即享。\n"
            )
        };
        assert_eq!(count(&text("12.8亿元")), 0);
        assert_eq!(count(&text("18.2亿元")), 1);
        // One ending, other things: 城镇居民 and 农村居民 incomes.
        assert_eq!(
            count("城镇居民人均可支配收入达到42180元。\n\n农村居民人均可支配收入达到24360元。\n"),
            0
        );
    }

    #[test]
    fn kinds_of_a_thing_are_not_the_thing() {
        assert_eq!(
            count("新建人才公寓12个、房源3600套。\n\n全市共有保障房房源2000套。\n"),
            0
        );
        assert_eq!(
            count("完成改造235万平方米。启动城中村改造558万平方米。\n"),
            0
        );
    }

    #[test]
    fn a_plan_is_not_a_result() {
        let text = "简报\n\n一、主要成效\n\n新建人才公寓房源3600套。\n\n三、下一步工作\n\n年内新开工人才公寓房源2000套，推动已建成的3800套人才公寓房源全部交付使用。\n";
        let findings = findings_of("restated-figure", text);
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert!(findings[0].message.zh.contains("3800套"));
    }

    #[test]
    fn a_unit_slip_is_named() {
        let text = "总投资7.7亿元的芯片项目投产。\n\n该项目总投资7.7万元，创下纪录。\n";
        let findings = findings_of("restated-figure", text);
        assert_eq!(findings.len(), 1);
        assert!(
            findings[0].message.zh.contains("亿/万"),
            "{}",
            findings[0].message.zh
        );
        assert_eq!(findings[0].fixes[0].edits[0].new_text, "7.7亿元");
    }

    #[test]
    fn the_odd_one_out_gets_a_fix() {
        let text = "建成2700余个标准化先锋户联站。\n\n2700余个标准化先锋户联站覆盖全市。\n\n这2600个标准化先锋户联站运行良好。\n";
        let findings = findings_of("restated-figure", text);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].fixes[0].edits[0].new_text, "2700余个");
    }

    #[test]
    fn compatible_restatements_and_different_quantities_stay_silent() {
        assert_eq!(
            count("建成2700余个标准化先锋户联站。\n\n全市2750个标准化先锋户联站运行。\n"),
            0
        );
        assert_eq!(count("2018年新建学校15所。\n\n2019年新建学校20所。\n"), 0);
        assert_eq!(
            count("总投资44.65亿元的项目落地。\n\n总投资7.7亿元的芯片项目投产。\n"),
            0
        );
        assert_eq!(count("每个站覆盖10名党员。\n\n全市共有党员1200名。\n"), 0);
        assert_eq!(
            count("服务党员群众50余万人次。\n\n服务党员群众52万人次。\n"),
            0
        );
    }

    #[test]
    fn a_mark_passed_and_the_level_reached() {
        assert_eq!(
            count(
                "全年地区生产总值突破4800亿元，达到4862.5亿元。\n\n初步核算，全年全市地区生产总值4862.5亿元。"
            ),
            0
        );
    }

    #[test]
    fn ordinals_name_what_they_head_and_a_sentence_its_place() {
        let text = "其中，第一产业增加值184.8亿元，第三产业增加值2441.0亿元。\n\n在规模以上工业中，高新技术产业增加值1038.6亿元。";
        assert_eq!(count(text), 0);
        let text = "全市186个村（社区）划分为1260个网格。\n\n紫薇社区有居民3860户、1.08万人，划分为12个网格。";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_year_of_a_running_total_restated() {
        let draft = |signed: u32| {
            format!(
                "标题\n\n2021年，全区新签约项目{signed}个，总投资312.6亿元。\n\n近三年（2019—2021年），开发区累计新签约项目128个，其中2019年38个、2020年44个、2021年46个。\n"
            )
        };
        assert_eq!(count(&draft(46)), 0);
        assert_eq!(count(&draft(64)), 1);
        let estates = |done: u32| {
            format!(
                "标题\n\n2020年，实施老旧小区改造{done}个。近三年（2018—2020年），全区累计改造老旧小区66个，其中2018年18个、2019年22个、2020年26个。\n"
            )
        };
        assert_eq!(count(&estates(26)), 0);
        assert_eq!(count(&estates(62)), 1);
    }

    #[test]
    fn the_opening_of_a_five_year_plan_is_no_span_of_years() {
        let draft = |lead: &str| {
            format!(
                "标题\n\n2021年，全市实现“十四五”良好开局。全年货物进出口总额{lead}亿元。\n\n五、开放型经济\n\n全年货物进出口总额2268.4亿元，增长18.6%。\n"
            )
        };
        assert_eq!(count(&draft("2268.4")), 0);
        assert_eq!(count(&draft("2286.4")), 1);
    }

    #[test]
    fn a_subset_of_another_whole_and_the_start_of_a_change_are_other_quantities() {
        let text = "标题\n\n全市高新技术企业从2018年底的186家增加到2021年底的412家。\n\n目前，园区入驻企业626家，其中高新技术企业168家。全市412家高新技术企业中，有168家集聚在园区。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn the_year_a_change_starts_from_dates_its_clause_only() {
        let draft = |output: &str| {
            format!(
                "标题\n\n2022年，镇政府完成规上工业总产值156.8亿元，增长9.6%。\n\n（一）工业经济稳中有进。规上工业企业从2021年的86家增加到94家，全年完成规上工业总产值{output}亿元。\n"
            )
        };
        assert_eq!(count(&draft("156.8")), 0);
        assert_eq!(count(&draft("165.8")), 1);
    }

    #[test]
    fn figures_of_one_facility_describe_it() {
        let text = "交通工作回顾\n\n过去五年，我们坚持交通先行。\n\n——轨道交通从无到有。地铁1号线一期于2021年6月开通运营，全长21.6公里。开通以来运营平稳，全年客运量4891万人次。\n\n——两轨：推进地铁2号线一期（全长24.3公里）建设。\n\n2022年全市公交客运量1.86亿人次。\n";
        assert_eq!(count(text), 0);
        let text = "地铁1号线一期于2021年6月开通运营，全长21.6公里。\n\n地铁1号线一期于2021年6月开通，全长26.1公里。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_part_some_of_them_and_the_start_of_a_change_restate_nothing() {
        // 592万 is 43.1% of 1374万: the whole, not the same quantity.
        let text = "全县接待游客1374万人次。\n\n乡村旅游接待游客592万人次，占游客总量的43.1%。\n";
        assert_eq!(count(text), 0);
        let text = "全县32个景区村，每村配备2名专员。\n\n镇里建成旅游公路，串起沿线9个景区村。\n";
        assert_eq!(count(text), 0);
        let draft = |now: &str| {
            format!(
                "全市高速公路通车里程达到472公里。\n\n新增通车里程154公里，全市高速公路通车里程由318公里增加到{now}公里。\n"
            )
        };
        assert_eq!(count(&draft("472")), 0);
        assert_eq!(count(&draft("427")), 1);
    }

    #[test]
    fn running_totals_over_different_spans() {
        let text = "过去五年（2018—2022年），累计完成交通投资864亿元。\n\n“十四五”前两年，全市累计完成交通投资368亿元。\n";
        assert_eq!(count(text), 0);
        let text = "过去五年，累计完成交通投资864亿元。\n\n五年来，全市累计完成交通投资846亿元。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_word_for_word_restatement_carries_its_year() {
        let text = "2021年，全县实现旅游总收入156.2亿元。\n\n在156.2亿元旅游总收入中，过夜游客消费占58.3%。2018年全县旅游总收入还只有96.4亿元。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn fuller_span_words_and_plans_ahead() {
        let text =
            "全年新增学位6480个。\n\n新增学位6840个，其中幼儿园学位1260个、小学学位5580个。\n";
        assert_eq!(count(text), 1);
        let text = "全市公交车2480辆。\n\n今年还将办好五件实事：更新新能源公交车200辆、新增停车泊位5000个。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn unit_slips_by_distinctive_digits_or_the_noun_after_的() {
        let text =
            "标题\n\n累计投入景区建设资金23.6亿元。\n\n要用好三年23.6万元投入，让景区更美。\n";
        assert_eq!(count(text), 1);
        let text =
            "标题\n\n每年安排社区服务经费4800万元。\n\n将持续用好每年4800亿元的社区服务经费。\n";
        assert_eq!(count(text), 1);
        // Two digits and no shared name: a coincidence, not a slip.
        let text = "标题\n\n引进项目总投资48亿元。\n\n发放稳岗补贴48万元。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn other_periods_kinds_starts_and_deeds() {
        // Half a year against three years.
        let text = "标题\n\n上半年共立案查处环境违法案件186件。\n\n近三年，全市共查处环境违法案件1126件，其中2021年402件。\n";
        assert_eq!(count(text), 0);
        // The later figure is of a part's kind.
        let text = "标题\n\n全区养老床位6480张，其中机构床位4120张、家庭养老床位2360张。家庭养老床位从300张扩大到2360张。\n";
        assert_eq!(count(text), 0);
        // The start of a change restated elsewhere.
        let text = "标题\n\n那一年，石门坞村集体经营性收入只有32万元。\n\n石门坞村集体经营性收入从2020年的32万元增长到去年的286万元。\n";
        assert_eq!(count(text), 0);
        // What the people counted did is another quantity; last year's figure is last year's.
        let text = "标题\n\n今年以来，东屿市选派420名驻企服务员，累计收集企业问题2836个。\n\n驻企服务员协助企业招工1.36万人。去年同期，全市收集企业问题2105个。\n";
        assert_eq!(count(text), 0);
        let text =
            "标题\n\n今年以来，东屿市选派420名驻企服务员。\n\n一年来，402名驻企服务员跑遍全区。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn narrowed_classes_and_named_firms_are_not_the_whole() {
        // A relative clause or a quoted name narrows the label.
        let volunteers = "标题\n\n全区开展志愿服务活动3.2万场次，参与志愿者41.5万人次。\n\n今年暑期，参与授课的大学生志愿者达217人次。\n";
        assert_eq!(count(volunteers), 0);
        let households = |agreed: &str| {
            format!(
                "标题\n\n小区共有住宅楼24幢、居民1036户。\n\n最终全小区签字同意改造的居民达到{agreed}户。\n\n小区居民{agreed}户。\n"
            )
        };
        assert_eq!(count(&households("981")), 0);
        // An owner is no narrowing: 合作社的网箱 are the nets.
        let nets = |first: &str| {
            format!(
                "标题\n\n{first}只深水网箱整齐排列在海面上。\n\n如今，合作社的深水网箱已从最初的12只发展到148只。\n"
            )
        };
        assert_eq!(count(&nets("148")), 0);
        assert_eq!(count(&nets("184")), 1);
        // A firm a sentence names: its revenue is its own.
        let firms = "标题\n\n“去年公司营收8.6亿元。”芯瑞总经理说。\n\n这家2020年成立时只有7名员工的软件企业，如今已发展到120余人，去年营收1.36亿元。\n";
        assert_eq!(count(firms), 0);
    }

    #[test]
    fn the_statement_with_the_nearest_label_is_what_is_restated() {
        let text = |closing: &str| {
            format!(
                "标题\n\n在12.6万名注册志愿者中，党员志愿者2.33万人。\n\n累计评定星级志愿者8600名。\n\n“{closing}万名志愿者就是{closing}万颗火种。”\n"
            )
        };
        assert_eq!(count(&text("12.6")), 0);
        assert_eq!(count(&text("16.2")), 1);
        // A bound agrees with both; the exact statements decide.
        let gdp = |lead: &str| {
            format!(
                "标题\n\n全年地区生产总值突破4800亿元，达到{lead}亿元。\n\n初步核算，全年全市地区生产总值4862.5亿元。\n"
            )
        };
        assert_eq!(count(&gdp("4862.5")), 0);
        assert_eq!(count(&gdp("4826.5")), 1);
        // A running total within one season is the year's.
        let floods = |later: &str| {
            format!(
                "标题\n\n2023年，全市水库拦蓄洪水2.86亿立方米。\n\n汛期各类水库累计拦蓄洪水{later}立方米。\n"
            )
        };
        assert_eq!(count(&floods("2.86亿")), 0);
        assert_eq!(count(&floods("2.68亿")), 1);
    }

    #[test]
    fn the_end_of_a_change_takes_no_year_of_its_start() {
        // The year a change starts from dates its start only.
        let firms = |later: &str| {
            format!(
                "标题\n\n2023年12月\n\n全镇规上工业企业从2022年的116家增加到128家。\n\n镇班子成员联系服务{later}家规上企业。\n"
            )
        };
        assert_eq!(count(&firms("128")), 0);
        assert_eq!(count(&firms("138")), 1);
    }

    #[test]
    fn a_village_a_household_and_a_quarter_are_not_the_whole_year() {
        let income = "标题\n\n2023年，雅庄村村集体经营性收入达到187万元。\n\n全镇村集体经营性收入合计1968万元。\n";
        assert_eq!(count(income), 0);
        let beds = "标题\n\n床位从1120张增加到3460张。\n\n她家的民宿有8间客房、16张床位。\n";
        assert_eq!(count(beds), 0);
        let visitors =
            "标题\n\n上半年，全区共接待游客1286.4万人次。\n\n力争全年接待游客突破2500万人次。\n";
        assert_eq!(count(visitors), 0);
    }

    #[test]
    fn other_quantities_with_like_labels_stay_silent() {
        // The rest of a group (其他重点人群) is not the group; 签约 is no "about".
        let text = "标题\n\n全市重点人群114.6万人，签约89.6万人。\n\n按身份统计，高血压患者签约28.9万人，残疾人等其他重点人群签约9.7万人。\n";
        assert_eq!(count(text), 0);
        // Last year's and this year's.
        let text = "标题\n\n去年，全镇工坊订单额1260万元。\n\n今年，全镇工坊订单额1860万元。\n";
        assert_eq!(count(text), 0);
        // A year's additions and the number there are.
        let text =
            "标题\n\n2023年社区新增注册志愿者410名。\n\n“三千多名志愿者，就是三千多个小太阳。”\n";
        assert_eq!(count(text), 0);
        // The whole a share is taken of.
        let text = "标题\n\n全市基层医疗卫生机构总诊疗2186.4万人次。\n\n基层医疗卫生机构总诊疗2186.4万人次，占全市医疗机构总诊疗3815.6万人次的57.3%。\n";
        assert_eq!(count(text), 0);
        // A span's running total and the total of all years to a date.
        let text = "标题\n\n近三年累计新建高标准农田14.2万亩。\n\n截至2024年底，全县累计建成高标准农田62.3万亩。\n";
        assert_eq!(count(text), 0);
        // A community's figure against the street's, after an adverb.
        let text =
            "标题\n\n截至5月底，街道累计完成加装电梯186台。\n\n如今，樟树社区已加装电梯23台。\n";
        assert_eq!(count(text), 0);
        // Hours of one errand and hours saved up.
        let text = "标题\n\n“今天陪李奶奶复查，两个小时，记上。”\n\n“当年存下的800多个小时，现在换成了上门服务。”\n";
        assert_eq!(count(text), 0);
        // A bound each of 13 units falls under is no total.
        let text = "标题\n\n全市组建家庭医生团队1026个，其中家庭医生2418名。\n\n全市仍有13个乡镇卫生院家庭医生不足5名。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_sum_of_some_parts_is_a_subtotal() {
        let draft = |compulsory: &str| {
            format!(
                "标题\n\n全区专任教师11060名，其中幼儿园2360名、小学4720名、初中2880名、普通高中1100名。\n\n今年全区义务教育专任教师{compulsory}名全部参加培训。\n"
            )
        };
        // 4720 + 2880: the 小学 and 初中 teachers; 7900 is a subset of no stated size.
        assert_eq!(count(&draft("7600")), 0);
        assert_eq!(count(&draft("7900")), 0);
        let whole = "标题\n\n全区专任教师11060名，其中幼儿园2360名、小学4720名。\n\n今年全区专任教师11600名全部参加培训。\n";
        assert_eq!(count(whole), 1);
    }

    #[test]
    fn what_some_did_is_not_what_all_did() {
        // A subject before the verb: the key scenic spots' visitors, not the city's day peak.
        let text = "标题\n\n- 5月2日为单日高峰，接待游客128.4万人次。\n- 纳入监测的42家重点景区共接待游客213.5万人次。\n";
        assert_eq!(count(text), 0);
        // The whole as subject names the same quantity.
        let text = "标题\n\n全市共接待游客486.3万人次。\n\n假期全市接待游客468.3万人次。\n";
        assert_eq!(count(text), 1);
        // A kind picked out inside the label.
        let text = "标题\n\n全市接待游客12.6万人次。\n\n旅行社接待团队游客10.8万人次。\n";
        assert_eq!(count(text), 0);
        // Ranks are no counts.
        let text = "标题\n\n接待量居前五位的景区分别为A、B、C、D、E。\n\n接待量居前三位的县为甲、乙、丙。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn values_far_apart_are_of_other_scopes_unless_the_digits_agree() {
        let text = "标题\n\n2023年，村集体经营性收入达到76万元，翻了两番多。\n\n2023年，全县村集体经营性收入2.73亿元。\n";
        assert_eq!(count(text), 0);
        let text =
            "标题\n\n全年水库拦蓄洪水2.86亿立方米。\n\n汛期各类水库累计拦蓄洪水2.86万立方米。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_data_list_restates_with_a_colon() {
        let draft = |listed: &str| {
            format!(
                "标题\n\n假期全市游客接待量486.3万人次，同比增长12.6%。\n\n## 数据速览\n\n- 游客接待量：{listed}万人次\n"
            )
        };
        assert_eq!(count(&draft("486.3")), 0);
        assert_eq!(count(&draft("468.3")), 1);
    }

    #[test]
    fn a_figure_of_now_against_one_of_years_before() {
        let feature = |now: &str| {
            format!(
                "标题\n\n本报记者 2024年9月12日\n\n合作社成立于2016年，成立之初只有社员37户。2021年小院入驻时，合作社社员为86户、制种面积2100亩。{now}合作社社员已发展到68户。\n"
            )
        };
        assert_eq!(count(&feature("如今，")), 0);
        // Without a word of now, the undated figure may restate the dated one.
        assert_eq!(count(&feature("")), 1);
    }

    #[test]
    fn people_reached_by_different_actions() {
        let text = |action: &str| {
            format!(
                "今年以来，新开工改造小区29个、涉及居民4860户。\n\n截至9月底，{action}，惠及居民4680户。\n"
            )
        };
        assert_eq!(count(&text("累计加装电梯312部")), 0);
        assert_eq!(count(&text("新开工改造小区29个")), 1);
    }

    #[test]
    fn things_picked_out_by_different_clauses() {
        let text = |clause: &str| {
            format!(
                "全区2000年底前建成的老旧小区共183个。\n\n全区{clause}老旧小区由2020年底的39个增加到138个。\n"
            )
        };
        assert_eq!(count(&text("引入专业物业服务的")), 0);
        assert_eq!(count(&text("2000年底前建成的")), 1);
        // A figure picked out by a clause and a bare one count different things too.
        let text = "全区2000年底前建成的老旧小区共193个。\n\n一是任务繁重。全区183个老旧小区中，已完成改造138个。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn section_headings_clauses_after_the_count_and_kinds_inside_a_label() {
        // Each section heading states its own count.
        let report = |third: &str| {
            format!(
                "标题\n\n一、总体情况\n\n42个子项目中已完成40个。\n\n二、项目推进情况\n\n（一）新建学校（含5个子项目）\n\n新建学校6所。\n\n（二）改善交通（含4个子项目）\n\n新增泊位3200个。\n\n（三）提升养老（含{third}个子项目）\n\n新增床位300张。\n"
            )
        };
        assert_eq!(count(&report("3")), 0);
        // A clause between the count and its noun picks some out.
        let text = "锦绣社区辖6个小区，6个小区全部成立党支部。\n\n目前，在264个由物业服务企业管理的小区中，已成立业委会197个。\n";
        assert_eq!(count(text), 0);
        let text =
            "锦绣社区辖6个小区，6个小区全部成立党支部。\n\n目前，锦绣社区8个小区全部成立业委会。\n";
        assert_eq!(count(text), 1);
        // 网上 picks out a kind of 商品零售额.
        let text =
            "商品零售额1136.9亿元，增长4.8%。\n\n全市实物商品网上零售额378.2亿元，增长9.3%。\n";
        assert_eq!(count(text), 0);
        let text = "商品零售额1136.9亿元，增长4.8%。\n\n全市商品零售额1163.9亿元。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_plan_for_all_of_what_there_is_counts_it() {
        let plan = |count: &str| {
            format!(
                "全县有146个村卫生室。\n\n到2027年，让{count}个村卫生室全部能够提供中医药服务。\n"
            )
        };
        assert_eq!(count(&plan("146")), 0);
        assert_eq!(count(&plan("164")), 1);
        // A target count is no count of what there is.
        assert_eq!(
            count("全县有146个村卫生室。\n\n到2027年，建成164个村卫生室。\n"),
            0
        );
    }

    #[test]
    fn those_picked_out_by_what_they_did_are_not_all_of_them() {
        // A clause before a count whose noun follows it narrows it, unless the other statement
        // tells of the same.
        let awarded = "标题\n\n会议对获评“先进单位”的8个乡镇进行了表彰。\n\n全县14个乡镇中还有3个没有引进亿元以上项目。\n";
        assert_eq!(count(awarded), 0);
        let restated = "标题\n\n全县共有14个乡镇。\n\n全县的16个乡镇已全部完成改革。\n";
        assert_eq!(count(restated), 1);
        // A count told by what it did (与企业达成…, 发放…补贴) counts those who did it.
        let did = "标题\n\n当天共有326名毕业生与企业达成就业意向。\n\n今年已为860名毕业生发放一次性求职补贴。\n\n县里开设订单式培训班，培训毕业生740人。\n";
        assert_eq!(count(did), 0);
        // The same deed told twice with two values is a slip.
        let twice = "标题\n\n今年已为860名毕业生发放一次性求职补贴。\n\n截至6月底，已为680名毕业生发放一次性求职补贴。\n";
        assert_eq!(count(twice), 1);
    }

    #[test]
    fn kinds_the_rest_and_what_a_verb_reached() {
        // 家庭承包 and 现场 pick out kinds; 未通过 are the rest.
        let kinds = "标题\n\n全县耕地面积78.6万亩。\n\n土地流转面积41.2万亩，占家庭承包耕地面积72.5万亩的56.8%。\n";
        assert_eq!(count(kinds), 0);
        let rest = "标题\n\n全县186个行政村中有171个通过达标验收。\n\n全县还有15个行政村未通过达标验收。\n";
        assert_eq!(count(rest), 0);
        // 覆盖…162家 counts those reached.
        let reached = "标题\n\n全县定点零售药店323家。\n\n医保移动支付覆盖全部7家二级医院和162家定点零售药店。\n";
        assert_eq!(count(reached), 0);
    }

    #[test]
    fn a_repeated_figure_keeps_its_period_and_a_day_its_event() {
        // 86个签约项目 repeats the year's 86 and is no running total of three years.
        let period = "标题\n\n去年全年共签约招商项目86个。\n\n项目落地方面，86个签约项目中，已开工63个。\n\n2023年以来，全县三年累计签约项目219个。\n";
        assert_eq!(count(period), 0);
        // One day's fair against the year so far.
        let day = "标题\n\n7月18日，夏季专场招聘会举行，86家企业提供岗位760个。\n\n今年以来，全县已举办招聘会46场，提供岗位2.1万个。\n";
        assert_eq!(count(day), 0);
        let same_day = "标题\n\n7月18日，夏季专场招聘会举行，86家企业提供岗位760个。\n\n7月18日的招聘会上，86家企业提供岗位670个。\n";
        assert_eq!(count(same_day), 1);
    }
}
