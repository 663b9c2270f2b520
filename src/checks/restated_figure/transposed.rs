//! A figure restated with two neighbouring digits swapped (全市1260个网格 … 在1206个网格中建立):
//! a tired hand's commonest slip. The swapped digits are evidence of their own, so the labels need
//! only name the same thing loosely (网格 and 网格中建立网格党支部, 总投资 and 撬动了总投资).

use std::collections::{HashMap, HashSet};

use super::super::context::{
    Context, compatible, digits_swapped, part_of_a_year, significant_digits, unit_key,
};
use super::super::{Finding, Message, Related};
use super::{
    MAX_EARLIER_STATEMENTS, RULE, comparable, mantissa, named_places_differ, narrowings_agree,
    parts_of_other_wholes, past_against_now, same_events, start_of_change,
};
use crate::analysis::figures::owner;

/// Two digits swapped in a figure of fewer significant digits meet by chance too often (12 and
/// 21 of two different things).
const MIN_SIGNIFICANT_DIGITS: usize = 3;
/// Labels that open alike name one thing when they share this many characters (村卫生室纳入… and
/// 村卫生室中仍…, both written after their figures).
const MIN_COMMON_OPENING: usize = 3;

/// Later figures whose digits are an earlier statement's with two neighbouring digits swapped,
/// in the same unit and circumstances, under labels that name one thing.
pub(super) fn transposed_restatements(
    context: &Context,
    years: &[Option<i32>],
    flagged: &[bool],
) -> Vec<Finding> {
    let figures = context.figures();
    let parts: HashSet<(usize, usize)> = context.part_whole_pairs().iter().copied().collect();
    let part_of_other = parts_of_other_wholes(context);
    // Figures by their unit and the sorted digits of their mantissa: only those can be swaps of
    // one another.
    let mut by_digits: HashMap<(String, String), Vec<usize>> = HashMap::new();
    let mut findings = Vec::new();
    for later in (0..figures.len()).filter(|&index| comparable(context, index)) {
        let written = mantissa(context, &figures[later]);
        if significant_digits(&written) < MIN_SIGNIFICANT_DIGITS {
            continue;
        }
        let mut sorted: Vec<char> = written.chars().collect();
        sorted.sort_unstable();
        let key = (
            unit_key(&figures[later].unit).to_string(),
            sorted.into_iter().collect::<String>(),
        );
        let earlier_alike = by_digits.entry(key).or_default();
        let nearest = earlier_alike.len().saturating_sub(MAX_EARLIER_STATEMENTS);
        let swapped_from = earlier_alike[nearest..]
            .iter()
            .rev()
            .copied()
            .find(|&earlier| {
                let start = start_of_change(context, later);
                digits_swapped(&mantissa(context, &figures[earlier]), &written)
                    && figures[earlier].power == figures[later].power
                    && !compatible(&figures[earlier], &figures[later])
                    && context.facts[earlier].sentence != context.facts[later].sentence
                    && !parts.contains(&(earlier, later))
                    && !parts.contains(&(later, earlier))
                    && part_of_other.contains(&earlier) == part_of_other.contains(&later)
                    && start != Some(earlier)
                    && !past_against_now(context, earlier, later)
                    && (loosely_alike(
                        figures[earlier].label.as_deref().unwrap_or_default(),
                        figures[later].label.as_deref().unwrap_or_default(),
                    ) || words_around_meet(context, earlier, later))
                    && !owners_differ(context, earlier, later)
                    && narrowings_agree(context, earlier, later)
                    && !named_places_differ(context, earlier, later)
                    // The swap is evidence enough to look past how each statement accounts
                    // for the quantity (累计, 新增, the wording around).
                    && same_events(context, years, earlier, later)
                    // 1—9月 and 上半年 are different spans whatever their digits.
                    && !matches!(
                        (part_of_a_year(context, earlier), part_of_a_year(context, later)),
                        (Some(a), Some(b)) if a != b
                    )
            });
        earlier_alike.push(later);
        let Some(earlier) = swapped_from else {
            continue;
        };
        if flagged[later] {
            continue;
        }
        findings.push(finding(context, later, earlier));
    }
    findings
}

/// Labels that name one thing, however loosely: one holds the other (网格, 在1206个网格中建立网格
/// 党支部), both end alike (去年村集体经营性收入, 村集体经营性收入) or open alike.
fn loosely_alike(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    let common = |x: &mut dyn Iterator<Item = (char, char)>| x.take_while(|(p, q)| p == q).count();
    let opening = common(&mut a.chars().zip(b.chars()));
    let ending = common(&mut a.chars().rev().zip(b.chars().rev()));
    (short.chars().count() >= 2 && long.contains(short))
        || ending >= 2
        || opening >= MIN_COMMON_OPENING
}

/// How many characters of words on each side of a figure name what it counts, when its label
/// was cut badly (全市306座小型水库由巡查责任人每周…).
const WORDS_AROUND_REACH: usize = 8;
/// Words around a figure that name no quantity: scope, time and verbs of any report.
const EMPTY_WORDS: &[&str] = &[
    "全市", "全县", "全区", "全镇", "其中", "累计", "全年", "今年", "去年", "达到", "我们", "已经",
    "完成", "目前", "现在", "如今", "共有",
];

/// A run of characters the words around two figures share: two meet by chance (改造老旧小区326个
/// and 236个小区新增停车位 share 小区).
const MIN_WORD_AROUND_CHARS: usize = 3;

/// 检出不合格样品537批次 … 全年573批次不合格食品: the words right before or after two figures
/// (up to the clause's punctuation) share a run of three characters.
fn words_around_meet(context: &Context, a: usize, b: usize) -> bool {
    let is_han = |c: &char| crate::text::chars::is_han(*c);
    let around = |index: usize| -> [String; 2] {
        let range = &context.figures()[index].range;
        let mut before: Vec<char> = context.text[..range.start]
            .chars()
            .rev()
            .take_while(is_han)
            .take(WORDS_AROUND_REACH)
            .collect();
        before.reverse();
        // Past the figure's own qualifier or unit ending (余个, 多名) to the noun.
        let after = context.text[range.end..]
            .chars()
            .skip_while(|c| !is_han(c) && !crate::text::chars::is_clause_punctuation(*c))
            .take_while(is_han)
            .take(WORDS_AROUND_REACH)
            .collect();
        [before.into_iter().collect(), after]
    };
    let words_b = around(b).join("|");
    around(a).iter().any(|side| {
        let chars: Vec<char> = side.chars().collect();
        chars.windows(MIN_WORD_AROUND_CHARS).any(|run| {
            let word: String = run.iter().collect();
            !EMPTY_WORDS.iter().any(|empty| word.contains(empty)) && words_b.contains(&word)
        })
    })
}

/// 总投资18.2亿元的县城北部水厂 and 县城南部污水处理厂（总投资12.8亿元）: figures of two named
/// things.
fn owners_differ(context: &Context, a: usize, b: usize) -> bool {
    let figures = context.figures();
    match (
        owner(context.text, &figures[a]),
        owner(context.text, &figures[b]),
    ) {
        (Some(x), Some(y)) => !x.contains(&y) && !y.contains(&x),
        _ => false,
    }
}

fn finding(context: &Context, later: usize, earlier: usize) -> Finding {
    let label = context.figures()[later].label.clone().unwrap_or_default();
    Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: context.figures()[later].range.clone(),
        message: Message {
            zh: format!(
                "“{label}”此处为“{}”，与{}仅两位数字次序不同，疑为颠倒误写",
                context.written(later),
                context.cite_zh(earlier)
            ),
            en: format!(
                "“{label}” is “{}” here but {}: two digits swapped?",
                context.written(later),
                context.cite_en(earlier)
            ),
        },
        related: vec![Related {
            range: context.figures()[earlier].range.clone(),
            message: Message {
                zh: format!("同一数量另一处：“{}”", context.written(earlier)),
                en: format!("the same quantity stated as “{}”", context.written(earlier)),
            },
        }],
        fixes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("restated-figure", text).len()
    }

    #[test]
    fn a_restatement_with_two_digits_swapped() {
        let draft = |later: &str| {
            format!(
                "标题\n\n全市划分为1260个网格，配备专职网格员1302名。\n\n今年，我们在{later}个网格中建立网格党支部。\n"
            )
        };
        assert_eq!(count(&draft("1260")), 0);
        assert_eq!(count(&draft("1206")), 1);
        // Other digits changed are no swap, and the labels alone are too loose to compare.
        assert_eq!(count(&draft("1270")), 0);
    }

    #[test]
    fn swapped_digits_of_other_things_stay_silent() {
        // Different heads (停车位 and 老旧小区), and parts of one sentence.
        let text = "标题\n\n三年改造老旧小区326个。\n\n改造后，236个小区新增停车位。\n";
        assert_eq!(count(text), 0);
        let text = "标题\n\n新增学位6840个，其中小学学位3240个、初中学位2340个。\n";
        assert_eq!(count(text), 0);
        // The dated start of a change, and a part of another whole.
        let text = "标题\n\n全市高新技术企业从2018年底的186家增加到412家。\n\n园区入驻企业626家，其中高新技术企业168家。\n";
        assert_eq!(count(text), 0);
        // Two digits are too few to tell a swap from chance.
        let text = "标题\n\n全区有社区86个。\n\n今年新建68个社区食堂。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_swap_under_a_label_cut_short_is_found_by_the_words_around() {
        let draft = |later: &str| {
            format!(
                "标题\n\n全年检出不合格样品537批次，已全部依法处置。\n\n全年{later}批次不合格食品全部完成核查处置。\n"
            )
        };
        assert_eq!(count(&draft("537")), 0);
        assert_eq!(count(&draft("573")), 1);
        // The words around meet on 社区 only: too short a run to tell one quantity.
        let text = "标题\n\n社区现有党员286名，其中在职党员164名。\n\n全市专职社区工作者826名，其中持证社工512名。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_plan_for_all_of_them_restates_what_there_is_now() {
        let draft = |later: &str| {
            format!(
                "标题\n\n2021年组建医共体，一体化管理146个村卫生室。\n\n“到2027年，我们要让{later}个村卫生室全部能够提供中医药服务。”\n"
            )
        };
        assert_eq!(count(&draft("146")), 0);
        assert_eq!(count(&draft("164")), 1);
    }
}
