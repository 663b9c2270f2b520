//! `part-exceeds-whole`: a part larger than the whole it is part of, in the same unit —
//! 179名干部…其中二级心理咨询师200名; 引进项目13个…已开工项目18个.

use std::collections::HashMap;

use super::context::{
    Context, base_of_a_share, bounds, clause_before, is_amount, shares_a_word, unit_key,
};
use super::restated_figure::labels_name_one_thing;
use super::{Finding, Message, Related, Rule, Severity};
use crate::analysis::figures::{FigureKind, LEVEL_VERBS, Value};

pub const RULE: Rule = Rule {
    code: "part-exceeds-whole",
    default_severity: Severity::Warning,
    description: "A part is larger than its whole in the same unit.",
    run,
};

/// Words that make the figure after them a part of the one before: 其中…, 包括…, 已….
/// 7.86万名65岁以上老年人中的5.92万人, 412家高新技术企业中，有168家: 中的 and 中，有 too.
const PART_MARKERS: &[&str] = &[
    "其中",
    "包括",
    "含",
    "中的",
    "中，有",
    "中有",
    "中仍有",
    "中还有",
    "中已有",
    "中，已有",
    "中，已",
    "中，",
];

fn run(context: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for &(part, whole) in context.part_whole_pairs() {
        let figures = context.figures();
        let (part_low, _) = bounds(&figures[part]);
        let (_, whole_high) = bounds(&figures[whole]);
        if part_low <= whole_high + 1e-9 {
            continue;
        }
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[part].range.clone(),
            message: Message {
                zh: format!(
                    "部分“{}”（{}）大于整体：{}（{}）",
                    context.written(part),
                    context.describe(part),
                    context.cite_zh(whole),
                    context.describe(whole)
                ),
                en: format!(
                    "The part “{}” ({}) is larger than its whole, {} ({})",
                    context.written(part),
                    context.describe(part),
                    context.cite_en(whole),
                    context.describe(whole)
                ),
            },
            related: vec![Related {
                range: figures[whole].range.clone(),
                message: Message {
                    zh: "整体".into(),
                    en: "the whole".into(),
                },
            }],
            fixes: Vec::new(),
        });
    }
    findings
}

/// Words that date a figure to a beginning: what is there now has grown from it.
const BEGINNING_WORDS: &[&str] = &[
    "首批",
    "起初",
    "最初",
    "当初",
    "刚开始",
    "开始时",
    "起步时",
    "之初",
    "成立时",
    "只有",
    "仅有",
];

/// Pairs (part, whole) of figure indices that the wording ties together.
pub(super) fn part_whole_pairs(context: &Context) -> Vec<(usize, usize)> {
    let figures = context.figures();
    let text = context.text;
    let mut pairs = Vec::new();
    for part in 0..figures.len() {
        if !is_amount(&figures[part]) || context.facts[part].per_unit {
            continue;
        }
        let Some(whole) = whole_before(context, part) else {
            continue;
        };
        let whole = subject_of_a_new_clause_group(context, whole, part);
        let between = &text[figures[whole].range.end..figures[part].range.start];
        let clause = clause_before(text, figures[part].range.start);
        // 实施老旧小区改造32个…年内完工35个: a status (完工, 建成) of what the whole counts, said of
        // it in the same clause group (a new clause of achievements, 完成640个…, is no part).
        let clause_opens_with_subset = ["已", "年内", "当年", "其中"]
            .iter()
            .any(|word| clause.trim_start_matches(['，', '、']).starts_with(word));
        // 立案查处违法案件4268件，结案3976件: what was closed is among what was opened.
        let outcome_of_whole = OUTCOME_OPENERS
            .iter()
            .any(|word| clause.trim_start_matches(['，', '、']) == *word)
            && context.facts[whole].sentence == context.facts[part].sentence;
        // 其中建设补助2380万元、运营补贴3160万元: members of one 、-list are parallel, whatever
        // verb (运营) their labels hold.
        let status_of_whole = clause_opens_with_subset
            && !between.trim_start().starts_with('、')
            && STATUS_VERBS.iter().any(|verb| clause.contains(verb))
            && !states_a_status(context, whole)
            && !between.contains('。');
        // 先后有23名研究生驻院，目前在院研究生6名: who is there now is among all who ever were.
        let now_of_all_time = ["目前", "现有", "如今"]
            .iter()
            .any(|word| clause.trim_start_matches(['，', '、']).starts_with(word))
            && ["先后", "累计"]
                .iter()
                .any(|word| clause_before(text, figures[whole].range.start).contains(word))
            && shares_a_word(
                figures[part].label.as_deref().unwrap_or_default(),
                figures[whole].label.as_deref().unwrap_or_default(),
            )
            && context.facts[whole].sentence == context.facts[part].sentence;
        // 首批只有20多人，如今已有87名村民: now against a beginning is growth, not a part.
        let grown_since_a_start = ["如今", "现在", "目前", "现已"]
            .iter()
            .any(|word| clause.trim_start_matches(['，', '、']).starts_with(word))
            && BEGINNING_WORDS
                .iter()
                .any(|word| clause_before(text, figures[whole].range.start).contains(word));
        if grown_since_a_start {
            continue;
        }
        let marked = governed_by_marker(context, whole, part, between)
            || status_of_whole
            || outcome_of_whole
            || now_of_all_time
            // 已开工项目8个 after 引进项目13个: 已 marks a subset when the labels share their noun.
            // 团队已扩大到56人 is the team grown, not a part of the 3人 it began with.
            || (clause.contains('已')
                && !LEVEL_VERBS.iter().any(|verb| clause.contains(verb))
                && labels_share_noun(context, part, whole)
                && !states_a_status(context, whole));
        // Only the first figure after 其中 is the part; later ones in the clause are parts of it.
        // 收集各类问题2230件，已办结2150件，…其中涉及加装电梯的问题862件: a figure between
        // them whose label shares no word with either belongs to another series.
        let label = |index: usize| figures[index].label.as_deref().unwrap_or_default();
        let nearest_same_unit = (whole + 1..part).all(|between_index| {
            figures[between_index].unit != figures[part].unit
                || (shares_a_word(label(part), label(whole))
                    && !shares_a_word(label(part), label(between_index)))
                || counts_the_parts_names(context, between_index, part)
                || compared_with(context, between_index)
                || context.facts[between_index].per_unit
                || closed_part(context, between_index, part)
                || base_of_a_share(text, figures[between_index].range.end)
                // …60岁以上的减少到41名；其中…的96名: a clause of the subject's own before a 其中
                // that breaks the subject down.
                || text[figures[between_index].range.end..figures[part].range.start]
                    .contains("；其中")
                // 学校6所，其中小学2所、…。目前已有5所: the whole's own breakdown.
                || (context.facts[between_index].sentence == context.facts[whole].sentence
                    && text[figures[whole].range.end..figures[between_index].range.start]
                        .contains("其中"))
        });
        if marked && nearest_same_unit {
            pairs.push((part, whole));
        }
    }
    pairs.extend(named_whole_pairs(context));
    pairs.extend(share_of_pairs(context));
    pairs.extend(year_of_span_pairs(context));
    pairs.extend(nested_class_pairs(context));
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// 产值超十亿元企业28家，超百亿元企业3家; 亿元以上项目46个，其中10亿元以上项目8个: the things
/// above a higher bound are among those above a lower one, counted in the same sentence (or the
/// 其中 sentence after it).
fn nested_class_pairs(context: &Context) -> Vec<(usize, usize)> {
    let figures = context.figures();
    let text = context.text;
    // (bound, count) for every class counted right after its bound: 超十亿元企业 28家.
    let classes: Vec<(usize, usize)> = (0..figures.len().saturating_sub(1))
        .filter(|&bound| {
            let figure = &figures[bound];
            figure.kind == FigureKind::Threshold
                && figure
                    .qualifier
                    .as_deref()
                    .is_some_and(|qualifier| ["以上", "超", "超过", "过"].contains(&qualifier))
                && figure.label.is_some()
                && is_amount(&figures[bound + 1])
                && figures[bound + 1].label == figure.label
                && !text[figure.range.end..figures[bound + 1].range.start]
                    .contains(['，', '、', '；', '。'])
        })
        .map(|bound| (bound, bound + 1))
        .collect();
    let value = |index: usize| match figures[index].value {
        Value::Number(value) => Some(value),
        _ => None,
    };
    let mut pairs = Vec::new();
    for (at, &(lower_bound, lower_count)) in classes.iter().enumerate() {
        for &(higher_bound, higher_count) in &classes[at + 1..] {
            let (Some(lower), Some(higher)) = (value(lower_bound), value(higher_bound)) else {
                continue;
            };
            let (near, far) = (
                context.facts[lower_count].sentence,
                context.facts[higher_count].sentence,
            );
            let together = near == far
                || (far == near + 1
                    && text[context.facts[higher_count].sentence_range.clone()]
                        .trim_start()
                        .starts_with("其中"));
            if together
                && higher > lower
                && unit_key(&figures[lower_bound].unit) == unit_key(&figures[higher_bound].unit)
                && unit_key(&figures[lower_count].unit) == unit_key(&figures[higher_count].unit)
            {
                pairs.push((higher_count, lower_count));
            }
        }
    }
    pairs
}

/// 全年新建学校7所 … 近三年累计新建学校19所: one year's figure is part of the running total of
/// the years that hold it.
fn year_of_span_pairs(context: &Context) -> Vec<(usize, usize)> {
    let figures = context.figures();
    let facts = &context.facts;
    let countable = |index: usize| {
        is_amount(&figures[index]) && !facts[index].per_unit && !facts[index].planned
    };
    let key = |index: usize| {
        let label = figures[index].label.as_deref().unwrap_or_default();
        let tail: String = label.chars().rev().take(2).collect();
        (unit_key(&figures[index].unit).to_string(), tail)
    };
    // Single years by unit and the last two characters of their label.
    let mut single_years: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (index, fact) in facts.iter().enumerate() {
        let running = fact.scope.contains(&"累计") || fact.over_years;
        if countable(index) && !running && fact.year.is_some() {
            single_years.entry(key(index)).or_default().push(index);
        }
    }
    let mut pairs = Vec::new();
    for total in 0..figures.len() {
        let over_the_years = facts[total].scope.contains(&"累计") && facts[total].over_years;
        if !countable(total) || !over_the_years {
            continue;
        }
        let Some(years) = single_years.get(&key(total)) else {
            continue;
        };
        pairs.extend(
            years
                .iter()
                .filter(|&&year| {
                    facts[year].year == facts[total].year
                        && figures[year].kind == figures[total].kind
                        && match (&figures[year].label, &figures[total].label) {
                            (Some(a), Some(b)) => labels_name_one_thing(a, b),
                            _ => false,
                        }
                })
                .map(|&year| (year, total)),
        );
    }
    pairs
}

/// How many sentences back a whole named before 中 may stand.
const NAMED_WHOLE_REACH_SENTENCES: usize = 3;

/// 机构床位4120张…；机构床位中护理型床位2560张: a clause that opens with the label of an earlier
/// figure and 中, right before the part's own label, names its whole.
fn named_whole_pairs(context: &Context) -> Vec<(usize, usize)> {
    let figures = context.figures();
    let mut pairs = Vec::new();
    for part in 0..figures.len() {
        let Some(part_label) = figures[part].label.as_deref() else {
            continue;
        };
        if !is_amount(&figures[part]) || context.facts[part].per_unit {
            continue;
        }
        let clause = clause_before(context.text, figures[part].range.start)
            .trim_start_matches(['，', '、', '；', '。', '\n']);
        // The label may hold the whole's name itself (机构床位中护理型床位).
        let within_label = part_label
            .split_once('中')
            .filter(|(_, own)| own.chars().count() >= 2)
            .map(|(named, _)| named);
        let Some(named) = within_label.or_else(|| {
            clause
                .strip_suffix(part_label)
                .and_then(|before| before.strip_suffix('中'))
        }) else {
            continue;
        };
        if named.chars().count() < 2 || !named.chars().all(crate::text::chars::is_han) {
            continue;
        }
        let sentence = context.facts[part].sentence;
        let whole = (0..part)
            .rev()
            .take_while(|&earlier| {
                context.facts[earlier].sentence + NAMED_WHOLE_REACH_SENTENCES >= sentence
                    && context.facts[earlier].paragraph == context.facts[part].paragraph
            })
            .find(|&earlier| {
                unit_key(&figures[earlier].unit) == unit_key(&figures[part].unit)
                    && is_amount(&figures[earlier])
                    && !context.facts[earlier].per_unit
                    && figures[earlier].label.as_deref() == Some(named)
            });
        pairs.extend(whole.map(|whole| (part, whole)));
    }
    pairs
}

/// 人才总量28.6万人，占全市从业人员155.4万人: the figure after 占 is the whole of the one before.
fn share_of_pairs(context: &Context) -> Vec<(usize, usize)> {
    let figures = context.figures();
    let text = context.text;
    let mut pairs = Vec::new();
    for whole in 1..figures.len() {
        let part = whole - 1;
        let between = &text[figures[part].range.end..figures[whole].range.start];
        let same_unit = unit_key(&figures[part].unit) == unit_key(&figures[whole].unit);
        let short = between.chars().count() <= 16 && !between.contains(['。', '；']);
        if same_unit && short && between.contains('占') && is_amount(&figures[whole]) {
            pairs.push((part, whole));
        }
    }
    pairs
}

/// The whole a part may belong to: the nearest earlier figure of the same unit, in the same
/// sentence, the sentence before, or (after 其中 at a paragraph's start) the paragraph before.
/// 在岗乡村医生312名，…，60岁以上的减少到41名；其中具有执业医师资格的96名: a 其中 opening a
/// new clause group breaks down the sentence's subject, its first figure of the unit.
fn subject_of_a_new_clause_group(context: &Context, whole: usize, part: usize) -> usize {
    let figures = context.figures();
    let between = &context.text[figures[whole].range.end..figures[part].range.start];
    let opens_group = between
        .rfind('；')
        .is_some_and(|at| between[at..].trim_start_matches('；').starts_with("其中"));
    if !opens_group {
        return whole;
    }
    let sentence = context.facts[part].sentence;
    (0..whole)
        .rev()
        .take_while(|&earlier| context.facts[earlier].sentence == sentence)
        .filter(|&earlier| {
            unit_key(&figures[earlier].unit) == unit_key(&figures[part].unit)
                && is_amount(&figures[earlier])
                && !context.facts[earlier].per_unit
        })
        .last()
        .unwrap_or(whole)
}

/// Measure words of events written with and without 次 for one count (举办活动1260场次, 非遗展演
/// 126场); 人 and 人次 count different things.
const EVENT_MEASURES: &[(&str, &str)] = &[("场", "场次"), ("批", "批次"), ("期", "期次")];

fn whole_before(context: &Context, part: usize) -> Option<usize> {
    let figures = context.figures();
    let facts = &context.facts;
    let sentence = facts[part].sentence;
    let candidate = (0..part)
        .rev()
        .take_while(|&earlier| facts[earlier].sentence.saturating_add(1) >= sentence)
        .find(|&earlier| {
            unit_key(&figures[earlier].unit) == unit_key(&figures[part].unit)
                && is_amount(&figures[earlier])
                && !compared_with(context, earlier)
                // 总收入3.12亿元…，村均200万元；其中经营性收入1.87亿元: an average is no whole.
                && !facts[earlier].per_unit
                // 交流轮岗教师412名，占符合交流条件教师2750名的15.0%，其中骨干教师126名: the
                // base of a share is no subject of what follows.
                && !base_of_a_share(context.text, figures[earlier].range.end)
                && !closed_part(context, earlier, part)
                // 全部超过50万元，其中超过100万元的有7个: a bar every unit clears is no whole.
                && !["全部超过", "均超过", "都超过"]
                    .iter()
                    .any(|bar| context.text[..figures[earlier].range.start].ends_with(bar))
                // 从116家增加到128家，净增12家，其中超亿元企业27家: a net change is no whole.
                && !clause_before(context.text, figures[earlier].range.start).ends_with("净增")
                && !counts_the_parts_names(context, earlier, part)
        })?;
    // 排查隐患8409处，已整改8048处。其中，一般隐患8372处: of the wholes of a sentence, the one
    // whose label shares a word with the part's.
    let label = |index: usize| figures[index].label.as_deref().unwrap_or_default();
    // A bare verb (整改) takes any whole's noun; another clause group (；) or breakdown (其中)
    // holds other wholes.
    let noun_phrase = label(part).chars().count() > 2;
    let a_status = ["已", "未", "尚未"].iter().any(|word| {
        clause_before(context.text, figures[candidate].range.start)
            .trim_start_matches(['，', '、'])
            .starts_with(word)
    });
    let candidate = if !noun_phrase || !a_status || shares_a_word(label(part), label(candidate)) {
        candidate
    } else {
        (0..candidate)
            .rev()
            .take_while(|&earlier| {
                facts[earlier].sentence == facts[candidate].sentence
                    && !context.text[figures[earlier].range.end..figures[candidate].range.start]
                        .contains(['；'])
                    && !context.text[figures[earlier].range.end..figures[candidate].range.start]
                        .contains("其中")
            })
            .find(|&earlier| {
                unit_key(&figures[earlier].unit) == unit_key(&figures[part].unit)
                    && is_amount(&figures[earlier])
                    && !facts[earlier].per_unit
                    && !compared_with(context, earlier)
                    && shares_a_word(label(part), label(earlier))
            })
            .unwrap_or(candidate)
    };
    // 学校6所，其中小学2所、初中1所、幼儿园3所。目前已有5所投入使用: a part of the sentence
    // before stands for the whole it breaks down.
    let breakdown_start = context.text
        [facts[candidate].sentence_range.start..figures[candidate].range.start]
        .rfind("其中")
        .map(|at| facts[candidate].sentence_range.start + at);
    let candidate = match breakdown_start {
        Some(at) if facts[candidate].sentence < sentence => (0..candidate)
            .rev()
            .take_while(|&earlier| facts[earlier].sentence == facts[candidate].sentence)
            .find(|&earlier| {
                figures[earlier].range.end <= at
                    && unit_key(&figures[earlier].unit) == unit_key(&figures[part].unit)
                    && is_amount(&figures[earlier])
            })
            .unwrap_or(candidate),
        _ => candidate,
    };
    let (near, far) = (facts[candidate].sentence, facts[part].sentence);
    // The sentence before counts across a paragraph break only for a paragraph that opens with
    // 其中 (其中，总投资7.7亿元的…).
    let opens_with_part = facts[part].paragraph.is_some_and(|paragraph| {
        context.text[context.report.paragraphs[paragraph].range().start..].starts_with("其中")
    });
    let same_paragraph = facts[candidate].paragraph == facts[part].paragraph;
    let adjacent =
        far == near || (far == near.saturating_add(1) && (same_paragraph || opens_with_part));
    // 共举办线下活动1260场次…；开展线上活动86场。其中，非遗展演126场: a 其中 opening a sentence
    // may break down any count of the sentence before; one of a kindred measure (场次) that could
    // hold the part leaves the nearest no sure whole.
    let kindred = |a: &str, b: &str| {
        EVENT_MEASURES
            .iter()
            .any(|&(one, other)| (a == one || a == other) && (b == one || b == other))
    };
    let another_could_hold = far > near
        && bounds(&figures[candidate]).1 < bounds(&figures[part]).0
        && (0..candidate)
            .rev()
            .take_while(|&earlier| facts[earlier].sentence == near)
            .any(|earlier| {
                is_amount(&figures[earlier])
                    && kindred(&figures[earlier].unit, &figures[part].unit)
                    && bounds(&figures[earlier]).1 >= bounds(&figures[part]).0
            });
    if another_could_hold {
        return None;
    }
    let same_year = facts[candidate].year == facts[part].year
        || facts[candidate].year.is_none()
        || facts[part].year.is_none();
    (adjacent && same_year).then_some(candidate)
}

/// 海外仓26个，分布在美国、德国…6个国家，其中美国9个: a count of a list whose items name the
/// parts counts where the parts are, not what they add up to.
fn counts_the_parts_names(context: &Context, count: usize, part: usize) -> bool {
    let Some(label) = context.figures()[part].label.as_deref() else {
        return false;
    };
    context
        .report
        .enumerations
        .binary_search_by_key(&count, |enumeration| enumeration.figure)
        .ok()
        .map(|at| &context.report.enumerations[at])
        .is_some_and(|enumeration| {
            enumeration
                .items
                .iter()
                .any(|item| item.text.ends_with(label))
        })
}

/// 项目86个，…其中入选储备库31个；已开工48个: past a ；, a part of 其中 is done with.
fn closed_part(context: &Context, earlier: usize, later: usize) -> bool {
    let figures = context.figures();
    clause_before(context.text, figures[earlier].range.start).contains("其中")
        && context.text[figures[earlier].range.end..figures[later].range.start].contains('；')
}

/// 比2019年的5.96亿元: a figure compared against is neither a whole nor a part of what follows.
fn compared_with(context: &Context, index: usize) -> bool {
    clause_before(context.text, context.figures()[index].range.start).contains('比')
}

/// 其中 (or 包括, 含) between the whole and the part governs the part: no other figure and no
/// sentence or clause-group end (。；) stands between the marker and the part.
fn governed_by_marker(context: &Context, whole: usize, part: usize, between: &str) -> bool {
    let figures = context.figures();
    let Some((marker_at, marker)) = PART_MARKERS
        .iter()
        .filter_map(|marker| between.rfind(marker).map(|at| (at, *marker)))
        .max()
    else {
        return false;
    };
    // 楼宇党支部（含企业党支部）312个: a marker in brackets says what the label covers.
    if between[..marker_at].contains('（') && !between[..marker_at].contains('）') {
        return false;
    }
    // 今年兑现的18.6亿元惠企资金中，“免申即享”兑付11.2亿元: a bare 中， closes the whole's own
    // noun (在工作中， does not).
    let noun_before = &between[..marker_at];
    if marker == "中，"
        && !noun_before.ends_with('其')
        && !noun_before.chars().all(crate::text::chars::is_han)
    {
        return false;
    }
    let marker_end = figures[whole].range.end + marker_at + marker.len();
    let after_marker = &context.text[marker_end..figures[part].range.start];
    // Another figure of the part's unit between 其中 and the part is what 其中 governs (figures of
    // other units may qualify the part: 其中10亿元以上项目50个).
    let figure_between = (0..part)
        .rev()
        .take_while(|&between| figures[between].range.start >= marker_end)
        .any(|between| figures[between].unit == figures[part].unit);
    // 已建成86家，其中竹木加工类32家…2860人: a 其中 inside a sentence breaks down a figure of
    // that sentence, not one of the sentence before.
    let marker_sentence_has_figures = context.facts[whole].sentence != context.facts[part].sentence
        && (whole + 1..part).any(|between| {
            context.facts[between].sentence == context.facts[part].sentence
                && figures[between].range.end <= marker_end
        });
    // 三个专项行动，举办招聘活动54场，其中线下招聘会38场…，提供岗位2.35万个: a 其中 right after
    // a figure of another unit breaks that one down; a part it still reaches names the whole's noun
    // (项目50个，总投资120亿元，其中10亿元以上项目8个).
    // (全部超过50万元，其中超100万元的村11个: a figure qualifying the part is no breakdown).
    let label = |index: usize| figures[index].label.as_deref().unwrap_or_default();
    let broken_down = (whole + 1..part)
        .take_while(|&between| figures[between].range.end <= marker_end)
        .last()
        .filter(|&between| figures[between].unit != figures[part].unit);
    let first_after = (whole + 1..part).find(|&between| figures[between].range.start >= marker_end);
    let breaks_down_another = match (broken_down, first_after) {
        (Some(broken_down), Some(first)) => {
            figures[first].unit == figures[broken_down].unit
                && context.text[figures[first].range.end..figures[part].range.start]
                    .contains(['，', '、'])
                && !shares_a_word(label(part), label(whole))
        }
        _ => false,
    };
    !figure_between
        && !marker_sentence_has_figures
        && !breaks_down_another
        && !after_marker.contains(['。', '；'])
}

/// A clause that is only one of these and its figure counts what came of the figure before:
/// 结案3976件, 调解成功4712起.
const OUTCOME_OPENERS: &[&str] = &["结案", "办结", "调解成功", "化解", "成功调解", "审结"];

const STATUS_VERBS: &[&str] = &[
    "开工",
    "建成",
    "完工",
    "竣工",
    "投产",
    "开业",
    "签约",
    "完成",
    "交付",
    "投用",
    "运营",
    "解决",
    "投入使用",
];

/// 新开工住房2000套 … 已建成3600套: a whole that is itself a status (开工, 建成) is not the set
/// the 已-figure is part of; 引进项目13个 … 已开工8个 is.
fn states_a_status(context: &Context, index: usize) -> bool {
    let clause = clause_before(context.text, context.figures()[index].range.start);
    STATUS_VERBS.iter().any(|verb| clause.contains(verb))
}

fn labels_share_noun(context: &Context, a: usize, b: usize) -> bool {
    let figures = context.figures();
    match (&figures[a].label, &figures[b].label) {
        // 收集问题1860个，已解决1795个: a bare verb takes the whole's noun; so does a status
        // written after the figure (已有14台投入使用).
        (None, _) => true,
        (Some(part), _) if part.chars().count() <= 2 || STATUS_VERBS.contains(&part.as_str()) => {
            true
        }
        (Some(a), Some(b)) => {
            let tail = |label: &str| label.chars().rev().take(2).collect::<String>();
            tail(a) == tail(b)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("part-exceeds-whole", text).len()
    }

    #[test]
    fn a_bound_for_each_household_is_no_whole() {
        let text = "标题\n\n推出“直播贷”，单户最高可贷50万元。截至2025年底，已累计发放“直播贷”4.6亿元，惠及经营主体1860户。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_part_larger_than_its_whole() {
        assert_eq!(
            count("组建起一支由179名干部组成的志愿者队伍，其中二级心理咨询师200名。"),
            1
        );
        assert_eq!(
            count("2019年引进项目13个，总投资超50亿元，已开工项目18个。"),
            1
        );
        assert_eq!(
            count("2019年引进项目13个，总投资超50亿元。\n\n其中，总投资70亿元的芯片项目投产。"),
            1
        );
        let finding = &findings_of(
            "part-exceeds-whole",
            "由179名干部组成，其中二级心理咨询师200名。",
        )[0];
        assert!(
            finding.message.en.contains("“179名” on line 1"),
            "{}",
            finding.message.en
        );
    }

    #[test]
    fn parts_within_their_whole_or_in_other_units_stay_silent() {
        assert_eq!(
            count("由179名干部组成的志愿者队伍，其中二级心理咨询师85名。"),
            0
        );
        assert_eq!(
            count("2019年引进项目13个，总投资超50亿元，已开工项目8个。"),
            0
        );
        assert_eq!(count("建成2700余个站点，其中2750个已投用。"), 0);
        assert_eq!(count("投入资金200万元，其中300个村受益。"), 0);
        assert_eq!(
            count("2018年培训80人。2019年培训120人，其中新入职100人。"),
            0
        );
        assert_eq!(
            count("引进人才120名，其中博士45名。\n\n培训农民2.6万人次，其中1.1万人取得证书。\n"),
            0
        );
    }

    #[test]
    fn members_of_one_list_are_parallel_whatever_their_labels_say() {
        // 运营 in 运营补贴 is no status of the 建设补助 before it.
        let list = |operating: &str| {
            format!(
                "标题\n\n三年来，财政累计投入老年助餐资金6850万元，其中建设补助2380万元、运营补贴{operating}万元、就餐补贴1310万元。\n"
            )
        };
        assert_eq!(count(&list("3160")), 0);
        assert_eq!(count("新建助餐点32个，其中已投入运营35个。"), 1);
    }

    #[test]
    fn a_breakdown_of_another_figure_holds_no_part_of_the_one_before() {
        let text = "标题\n\n开展“春风行动”“招聘月”“百日千万”三个专项行动，举办招聘活动54场，其中线下招聘会38场、直播带岗16场，提供岗位2.35万个。\n";
        assert_eq!(count(text), 0);
        // A figure that qualifies the part is no breakdown of its own.
        assert_eq!(
            count("全镇18个行政村经营性收入全部超过50万元，其中超100万元的村21个。"),
            1
        );
        assert_eq!(
            count("全年实施重点项目50个，总投资120亿元，其中10亿元以上项目80个。"),
            1
        );
    }

    #[test]
    fn a_village_named_before_its_own_income_is_no_each() {
        // 云岭村村级… is the village's name and 村级, not 村村 (each village).
        let draft = |part: &str| {
            format!("标题\n\n2024年，云岭村村级集体经济收入达到328万元，其中经营性收入{part}。\n")
        };
        assert_eq!(count(&draft("265万元")), 0);
        assert_eq!(count(&draft("365万元")), 1);
        // 村村超过50万元 is a bar each village clears, no whole.
        assert_eq!(
            count(
                "标题\n\n5个村集体经营性收入合计486万元，村村超过50万元，其中东澳村最高，达138万元。\n"
            ),
            0
        );
    }

    #[test]
    fn a_breakdown_opening_a_clause_group_is_of_the_subject() {
        let draft = |qualified: &str| {
            format!(
                "标题\n\n目前，全县在岗乡村医生312名，60岁以上的减少到41名；其中具有执业（助理）医师资格的{qualified}名。\n"
            )
        };
        assert_eq!(count(&draft("96")), 0);
        assert_eq!(count(&draft("396")), 1);
    }

    #[test]
    fn outcomes_are_among_what_they_came_of() {
        assert_eq!(count("全年立案查处各类违法案件4268件，结案3976件。"), 0);
        assert_eq!(count("全年立案查处各类违法案件4268件，结案4976件。"), 1);
        assert_eq!(count("受理矛盾纠纷4826起，调解成功4872起。"), 1);
    }

    #[test]
    fn one_year_larger_than_the_running_total_of_its_years() {
        let text = "一、2019年工作回顾\n\n全年新建学校7所，新增学位5400个。\n\n2017—2019年，近三年累计新建学校6所。\n";
        assert_eq!(count(text), 1);
        let text = "一、2019年工作回顾\n\n全年新建学校7所，新增学位5400个。\n\n2017—2019年，近三年累计新建学校19所。\n";
        assert_eq!(count(text), 0);
        // Another year's figure may stand outside the running total.
        let text = "全年新建学校7所。\n\n2017—2019年，近三年累计新建学校6所。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_class_above_a_higher_bound_is_among_those_above_a_lower_one() {
        let firms = |top: u32| {
            format!("规上工业企业总数达到684家，其中产值超十亿元企业28家，超百亿元企业{top}家。")
        };
        assert_eq!(count(&firms(36)), 1);
        assert_eq!(count(&firms(3)), 0);
        let projects = |top: u32| {
            format!("新引进亿元以上项目46个，其中10亿元以上项目8个、50亿元以上项目{top}个。")
        };
        assert_eq!(count(&projects(12)), 1);
        assert_eq!(count(&projects(2)), 0);
        // Classes of different things, or counted apart, are not nested.
        assert_eq!(
            count("新引进亿元以上项目46个。全年新开工10亿元以上项目58个。"),
            0
        );
    }

    #[test]
    fn a_class_above_a_bound_is_no_part_of_the_bound() {
        assert_eq!(
            count("经营性收入全部超过50万元，其中超100万元的村11个。"),
            0
        );
    }

    #[test]
    fn parts_named_with_zhong() {
        let elderly = |managed: &str| {
            format!("全县7.86万名65岁以上老年人中的{managed}万人接受了健康管理服务。")
        };
        assert_eq!(count(&elderly("5.92")), 0);
        assert_eq!(count(&elderly("9.52")), 1);
    }

    #[test]
    fn those_already_done_among_the_whole() {
        let draft = |done: &str| {
            format!(
                "标题\n\n全市1248个建制村中已有{done}个通双车道。全区374个住宅小区中，已有306个实现党组织覆盖。\n"
            )
        };
        assert_eq!(count(&draft("1156")), 0);
        assert_eq!(count(&draft("1516")), 1);
        // The base of a share is no subject of the 其中 after it.
        let draft = |key: &str| {
            format!(
                "标题\n\n交流轮岗教师412名，占符合交流条件教师2750名的15.0%，其中骨干教师{key}名。\n"
            )
        };
        assert_eq!(count(&draft("126")), 0);
        assert_eq!(count(&draft("426")), 1);
    }

    #[test]
    fn past_a_semicolon_a_part_of_其中_is_no_whole() {
        let text = "标题\n\n全市谋划项目86个，总投资152.4亿元，其中入选储备库31个；已开工48个。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn net_changes_and_levels_reached_are_no_wholes() {
        assert_eq!(
            count("规上工业企业从116家增加到128家，净增12家，其中产值超亿元企业27家。"),
            0
        );
        assert_eq!(
            count("这家成立时只有7名员工的企业，如今已发展到120余人。"),
            0
        );
        assert_eq!(
            count("今年兑现的18.6亿元惠企资金中，“免申即享”兑付21.2亿元。"),
            1
        );
    }

    #[test]
    fn bars_and_bracketed_markers_make_no_wholes() {
        assert_eq!(
            count("全镇18个行政村集体经营性收入全部超过50万元，其中超过100万元的有7个。"),
            0
        );
        assert_eq!(
            count("全区已建立楼宇联合党委23个，楼宇党支部（含企业党支部）312个。"),
            0
        );
    }

    #[test]
    fn a_count_of_the_parts_names_is_no_whole() {
        let draft = |usa: &str| {
            format!(
                "标题\n\n企业已在海外建设海外仓26个，分布在美国、德国、英国、日本、波兰、墨西哥6个国家，其中美国{usa}个、德国6个、英国4个、日本3个、波兰2个、墨西哥2个。\n"
            )
        };
        assert_eq!(count(&draft("9")), 0);
        assert_eq!(count(&draft("29")), 1);
    }

    #[test]
    fn parallel_breakdowns_take_the_whole_of_their_noun() {
        let draft = |general: &str| {
            format!(
                "标题\n\n全区共排查隐患8409处，已整改8048处，总体整改率95.7%。其中，一般隐患{general}处，已整改8015处，整改率95.7%；重大隐患37处，已整改33处，整改率89.2%。\n"
            )
        };
        assert_eq!(count(&draft("8372")), 0);
        assert_eq!(count(&draft("9372")), 1);
        // A status between the whole and 其中 is another cut of the whole.
        let issues = |elevators: &str| {
            format!(
                "标题\n\n收集各类问题2230件，已办结2150件，办结率96.4%，其中涉及加装电梯的问题{elevators}件。\n"
            )
        };
        assert_eq!(count(&issues("862")), 0);
        assert_eq!(count(&issues("2862")), 1);
    }

    #[test]
    fn an_average_a_day_is_no_whole() {
        let text = |part: &str| {
            format!("全年累计供餐21.6万人次，日均约590人次；其中送餐上门{part}人次，占14.8%。")
        };
        assert_eq!(count(&text("3.2万")), 0);
        assert_eq!(count(&text("32万")), 1);
    }

    #[test]
    fn who_is_there_now_is_among_all_who_ever_were() {
        let text =
            |now: &str| format!("三年多来，小院先后有23名研究生驻院，目前在院研究生{now}名。");
        assert_eq!(count(&text("6")), 0);
        assert_eq!(count(&text("26")), 1);
    }

    #[test]
    fn a_status_written_after_the_figure() {
        let text =
            |working: &str| format!("和平里小区一共加装了18台电梯，目前已有{working}台投入使用。");
        assert_eq!(count(&text("14")), 0);
        assert_eq!(count(&text("24")), 1);
    }

    #[test]
    fn a_whole_named_before_zhong() {
        let text = |nursing: &str| {
            format!(
                "全区养老床位6480张，其中机构床位4120张、家庭养老床位2360张；机构床位中护理型床位{nursing}张。"
            )
        };
        assert_eq!(count(&text("2560")), 0);
        assert_eq!(count(&text("5260")), 1);
        let text =
            |old: &str| format!("全县216个村卫生室中仍有{old}个由60岁以上乡村医生独立执业。");
        assert_eq!(count(&text("31")), 0);
        assert_eq!(count(&text("310")), 1);
        // 中 inside a word names no whole.
        assert_eq!(
            count("全市中小学4120所。服务中心用户5260户，其中小学2560所。"),
            0
        );
    }

    #[test]
    fn growth_from_a_beginning_each_units_bar_and_a_breakdowns_whole() {
        // Now against a beginning is growth.
        assert_eq!(count("工坊首批只有20多人，如今已有87名村民在这里干活。"), 0);
        assert_eq!(count("工坊招收村民20多人，已有87名村民在这里干活。"), 1);
        // 村村超过50万元 is a bar each unit clears, no whole.
        assert_eq!(
            count("5个村集体经营性收入合计486万元，村村超过50万元，其中东澳村最高，达138万元。"),
            0
        );
        assert_eq!(
            count("5个村集体经营性收入合计486万元，其中东澳村最高，达538万元。"),
            1
        );
        // A status the sentence after a breakdown states is of the whole broken down.
        let schools = |done: &str| {
            count(&format!(
                "今年新建学校6所，其中小学2所、初中1所、幼儿园3所。目前已有{done}所投入使用。"
            ))
        };
        assert_eq!(schools("5"), 0);
        assert_eq!(schools("7"), 1);
    }

    #[test]
    fn a_breakdown_opening_a_sentence_may_be_of_an_earlier_count_of_events() {
        let draft = |online: &str, part: &str| {
            format!(
                "标题\n\n共举办线下活动1260场次，参与群众142.6万人次；开展线上活动{online}场，累计观看3860万人次。其中，非遗展演{part}场。\n"
            )
        };
        // 场次 and 场 count the same events: 126场 may be of the 1260场次.
        assert_eq!(count(&draft("86", "126")), 0);
        // A part larger than every count before it is still flagged.
        assert_eq!(count(&draft("86", "1326")), 1);
        // 人次 counts visits, not people: no kindred whole for 人.
        let text = "标题\n\n参加活动人才4.3万人次，达成就业意向1.1万人。其中，2019年达成就业意向14800人。\n";
        assert_eq!(count(text), 1);
    }
}
