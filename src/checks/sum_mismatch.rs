//! `sum-mismatch`: a stated total that its listed parts do not add up to (8.38亿元、9.21亿元，
//! 合计16.59亿元), or parts of a whole that add up past it (项目13个：已开工8个，未开工6个).

use super::context::{
    Context, base_of_a_share, bounds, clause_before, is_amount, shares_a_word, unit_key,
    year_written_before,
};
use super::{Finding, Message, Related, Rule, Severity};
use crate::analysis::figures::{FigureKind, LEVEL_VERBS, Value};

pub const RULE: Rule = Rule {
    code: "sum-mismatch",
    default_severity: Severity::Warning,
    description: "A total and its parts do not add up.",
    run,
};

/// Words right before a figure that make it the total of what came before it.
const TOTAL_WORDS: &[&str] = &["合计", "共计", "总计", "总共", "一共", "累计共", "共"];
/// Words that name the rest of a whole (其余8件): the parts with it are all of the whole.
const REST_WORDS: &[&str] = &["其他", "其余", "剩余"];
/// Words in a part's clause that mark it as one share of a whole: 已开工, 未开工, 其中.
const SHARE_WORDS: &[&str] = &[
    "已", "未", "尚未", "正在", "在建", "其中", "另有", "新增", "其余", "剩余",
];

fn run(context: &Context) -> Vec<Finding> {
    let mut findings = stated_totals(context);
    findings.extend(breakdowns(context));
    findings.extend(bracketed_breakdowns(context));
    findings.extend(net_increases(context));
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
    // (where the parts begin, whether the marker governs its whole sentence, whether the parts
    // are all of the whole, whether it cuts a total stated anywhere before)
    let markers = text
        .match_indices("其中")
        .map(|(at, marker)| (at + marker.len(), false, false, false))
        // 从抽检环节看，生产环节4126批次、流通环节12370批次…: a cut of a total the draft
        // has given, perhaps paragraphs before.
        .chain(
            VIEWED_BY
                .find_iter(text)
                .map(|found| (found.end(), true, false, true)),
        )
        .chain(text.match_indices("中，").filter_map(|(at, marker)| {
            // 3.6万名人才中，博士1200人…；硕士…: 中 right after the whole and its noun; the
            // breakdown runs through the sentence.
            let before = figures.partition_point(|figure| figure.range.end <= at);
            let whole_just_before = before.checked_sub(1).is_some_and(|whole| {
                let between = &text[figures[whole].range.end..at];
                between.chars().count() <= 6 && !between.contains(['，', '；', '。'])
            });
            (whole_just_before && !text[..at].ends_with('其')).then_some((
                at + marker.len(),
                true,
                false,
                false,
            ))
        }))
        // 共承接项目236个，分别为98个、74个、64个: each of the kinds the whole was named by.
        .chain(text.match_indices("，分别为").filter_map(|(at, marker)| {
            let before = figures.partition_point(|figure| figure.range.end <= at);
            let total_just_before = before.checked_sub(1).is_some_and(|whole| {
                figures[whole].range.end == at
                    && ["共", "合计", "共计", "总计"]
                        .iter()
                        .any(|word| clause_before(text, figures[whole].range.start).contains(word))
            });
            total_just_before.then_some((at + marker.len(), false, true, false))
        }));
    for (marker, governs_sentence, in_full, viewed_by) in markers {
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
                context.facts[part].sentence == sentence
                    && figures[part].range.start < scope_end
                    && !ends_the_breakdown(context, first, part)
            })
            .filter(|&part| {
                let clause = clause_before(text, figures[part].range.start);
                // 医院186个（公立医院78个、民营医院108个）: a bracket breaks down the part before it.
                let bracketed = &text[marker..figures[part].range.start];
                let inside_brackets =
                    bracketed.matches(['（', '(']).count() > bracketed.matches(['）', ')']).count();
                !inside_brackets
                    && is_amount(&figures[part])
                    && !context.facts[part].per_unit
                    // 每月800—1500元之间: a range is a band, not a part.
                    && matches!(figures[part].value, Value::Number(_))
                    && !states_a_sum(context, part)
                    && !changed_over_time(text, figures[part].range.start)
                    // …，占全市规上工业总产值1420亿元的60.7%: the whole of a share; …，在孵企业
                    // 达到486家: a statement of its own.
                    && !clause.contains('占')
                    && !LEVEL_VERBS.iter().any(|verb| clause.contains(verb))
                    // 完成规划目标1000亿元的36.8%: a target, and the whole of a share.
                    && context.facts[part].planned == context.facts[first].planned
                    && !base_of_a_share(text, figures[part].range.end)
            })
            .collect();
        // 其中…、村卫生室312个、其他机构41家: parts counted in another measure leave the
        // breakdown's sum unknown.
        // 市县两级合计占比78.6%: a count of kinds in words after Arabic parts names some of
        // them, not another part.
        // 其中精品民宿16家、标准民宿42家，床位742张: a count after a ， opens a clause of its own,
        // no member of the list.
        let mixed_counts = after.windows(2).any(|pair| {
            !text[figures[pair[0]].range.end..figures[pair[1]].range.start].contains(['，', '；'])
                && unit_key(&figures[pair[0]].unit) != unit_key(&figures[pair[1]].unit)
                && figures[pair[0]].kind == figures[pair[1]].kind
                && figures[pair[0]].chinese_numerals == figures[pair[1]].chinese_numerals
        });
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
            if viewed_by {
                findings.extend(viewed_breakdown(context, (first, sentence, unit), parts));
                continue;
            }
            let near = wholes_and_their_parts(context, first, sentence, unit, parts);
            for (whole, parts) in near {
                findings.extend(check_breakdown(
                    context,
                    (first, sentence, unit),
                    whole,
                    &parts,
                    (mixed_counts, in_full),
                ));
            }
        }
    }
    findings
}

/// 医院186个（公立医院78个、民营医院108个）: parts of the figure's unit in a bracket right after
/// it break it down.
fn bracketed_breakdowns(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for whole in 0..figures.len() {
        let after = &text[figures[whole].range.end..];
        if !after.starts_with('（') || !is_amount(&figures[whole]) {
            continue;
        }
        let Some(close) = after.find('）') else {
            continue;
        };
        let end = figures[whole].range.end + close;
        let inside: Vec<usize> = (whole + 1..figures.len())
            .take_while(|&part| figures[part].range.end <= end)
            .collect();
        let parts: Vec<usize> = inside
            .iter()
            .copied()
            .filter(|&part| {
                unit_key(&figures[part].unit) == unit_key(&figures[whole].unit)
                    && is_amount(&figures[part])
                    && !context.facts[part].per_unit
                    && matches!(figures[part].value, Value::Number(_))
            })
            .collect();
        // 含村卫生室198家: one part is a subset, not a breakdown; other figures make it a note.
        if parts.len() < 2
            || parts.len() != inside.len()
            || !text[figures[whole].range.end..end].contains('、')
        {
            continue;
        }
        let sentence = context.facts[whole].sentence;
        let unit = unit_key(&figures[whole].unit);
        findings.extend(check_breakdown(
            context,
            (parts[0], sentence, unit),
            whole,
            &parts,
            (false, false),
        ));
    }
    findings
}

/// The whole each part of a breakdown adds up to: the nearest figure of the unit before the
/// marker, or, for parallel breakdowns (排查隐患8409处，已整改8048处。其中，一般隐患8372处，已整改
/// 8015处；重大隐患37处，已整改33处), the figure whose label shares a word with the part's.
fn wholes_and_their_parts(
    context: &Context,
    first: usize,
    sentence: usize,
    unit: &str,
    parts: Vec<usize>,
) -> Vec<(usize, Vec<usize>)> {
    let figures = context.figures();
    let text = context.text;
    let candidates: Vec<usize> = (0..first)
        .rev()
        .take_while(|&earlier| context.facts[earlier].sentence.saturating_add(1) >= sentence)
        // …其余14个村…。(new paragraph) …，其中新建43个: the sentence before in another paragraph
        // is another topic.
        .filter(|&earlier| context.facts[earlier].paragraph == context.facts[first].paragraph)
        .filter(|&earlier| {
            unit_key(&figures[earlier].unit) == unit
                && is_amount(&figures[earlier])
                && !context.facts[earlier].per_unit
                // 比上年增加1240万元: a difference is no whole.
                && !clause_before(text, figures[earlier].range.start).contains('比')
                // 其余14个村: the rest is no whole.
                && !REST_WORDS
                    .iter()
                    .any(|word| text[..figures[earlier].range.start].ends_with(word))
        })
        .collect();
    let Some(&nearest) = candidates.first() else {
        return Vec::new();
    };
    let label = |index: usize| figures[index].label.as_deref().unwrap_or_default();
    let matching = |part: usize| -> Vec<usize> {
        candidates
            .iter()
            .copied()
            .filter(|&whole| shares_a_word(label(part), label(whole)))
            .collect()
    };
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for &part in &parts {
        let [whole] = matching(part)[..] else {
            return vec![(nearest, parts)];
        };
        match groups.iter_mut().find(|(of, _)| *of == whole) {
            Some((_, group)) => group.push(part),
            None => groups.push((whole, vec![part])),
        }
    }
    if groups.len() >= 2 && groups.iter().all(|(_, group)| group.len() >= 2) {
        groups
    } else {
        vec![(nearest, parts)]
    }
}

/// A breakdown's parts against their whole: past it, short of it when the parts are all of it,
/// or off by one slipped digit.
fn check_breakdown(
    context: &Context,
    (first, sentence, unit): (usize, usize, &str),
    whole: usize,
    parts: &[usize],
    (mixed_counts, in_full): (bool, bool),
) -> Option<Finding> {
    let figures = context.figures();
    let text = context.text;
    let (low, high) = sum_bounds(context, parts);
    // 上报事件286412件…；办结281536件…。其中，矛盾纠纷类31842件…: the parts add up to
    // another figure before them, and break that one down.
    let adds_up_to_another = (0..first)
        .rev()
        .take_while(|&earlier| context.facts[earlier].sentence.saturating_add(1) >= sentence)
        .any(|earlier| {
            earlier != whole && unit_key(&figures[earlier].unit) == unit && {
                let (other_low, other_high) = bounds(&figures[earlier]);
                low <= other_high + 1e-6 && other_low <= high + 1e-6
            }
        });
    if adds_up_to_another
        || overlapping_classes(context, parts)
        || nested_stages(context, parts)
        || parts
            .iter()
            .any(|&part| another_noun_past_the_whole(context, whole, part))
    {
        return None;
    }
    // Parts written with decimals (38.6亿元) may each be rounded by half their last digit.
    let rounding: f64 = parts
        .iter()
        .map(|&part| &figures[part])
        .filter(|part| part.step < 10f64.powi(part.power as i32))
        .map(|part| part.step / 2.0)
        .sum();
    let (whole_low, whole_high) = bounds(&figures[whole]);
    // A breakdown that names a rest (其他, 一般村) or goes year by year through a running
    // total (累计…，其中2018年…、2019年…、2020年…) is complete: it must add up.
    // …、巾帼志愿服务队186支，其余为专业志愿服务队: a rest named without its figure leaves
    // the sum short of the whole.
    let names_the_rest = !mixed_counts
        && parts.iter().any(|&part| {
            let clause = clause_before(text, figures[part].range.start);
            REST_WORDS
                .iter()
                .chain(&["一般"])
                .any(|word| clause.contains(word))
        })
        || in_full
        || year_by_year(context, whole, parts)
        || counted_in_full(context, whole, parts)
        || levels_in_full(context, whole, parts)
        || complementary(context, parts)
        || special_and_ordinary(context, parts)
        || imports_and_exports(context, whole, parts);
    // 其中5A级3家、4A级21家、3A级44家，假期全部正常开放，36家实行分时预约: parts that already
    // make the whole end the breakdown; what follows is another cut.
    let complete_before = (2..parts.len()).any(|end| {
        let list_goes_on = !text
            [figures[parts[end - 1]].range.end..figures[parts[end]].range.start]
            .contains('，');
        if list_goes_on {
            return false;
        }
        let (low, high) = sum_bounds(context, &parts[..end]);
        low <= whole_high + rounding + 1e-6 && whole_low <= high + rounding + 1e-6
    });
    if complete_before {
        return None;
    }
    let past = low > whole_high + rounding + 1e-6;
    let short = names_the_rest && high + rounding + 1e-6 < whole_low;
    if past || short {
        return Some(finding(context, whole, parts, low, high));
    } else if !mixed_counts && let Some(slip) = slipped_part(context, whole, parts) {
        return Some(with_slip(finding(context, whole, parts, low, high), slip));
    }
    None
}

/// 从年龄构成看，0—15岁人口14.2万人…；60岁及以上人口20.1万人，其中65岁及以上14.3万人: the
/// parts of a breakdown by aspect, up to a nested 其中, cut a total stated before — near, or
/// the largest in reach. Parts that add up to one of those are fine; parts one slipped digit
/// away from one are flagged. Any other remainder may be another total's, and stays silent.
fn viewed_breakdown(
    context: &Context,
    (first, sentence, unit): (usize, usize, &str),
    parts: Vec<usize>,
) -> Option<Finding> {
    let figures = context.figures();
    let parts: Vec<usize> = parts
        .into_iter()
        .take_while(|&part| {
            !clause_before(context.text, figures[part].range.start).contains("其中")
        })
        .collect();
    if overlapping_classes(context, &parts) {
        return None;
    }
    let mut wholes: Vec<usize> =
        wholes_and_their_parts(context, first, sentence, unit, parts.clone())
            .into_iter()
            .map(|(whole, _)| whole)
            .collect();
    wholes.extend(largest_before(context, first, unit));
    let (low, high) = sum_bounds(context, &parts);
    let adds_up = |whole: usize| {
        let (whole_low, whole_high) = bounds(&figures[whole]);
        low <= whole_high + 1e-6 && whole_low <= high + 1e-6
    };
    if wholes.iter().any(|&whole| adds_up(whole)) {
        return None;
    }
    wholes.into_iter().find_map(|whole| {
        let slip = slipped_part(context, whole, &parts)?;
        Some(with_slip(finding(context, whole, &parts, low, high), slip))
    })
}

/// How far past a whole a figure must stand to be no slipped part of it.
const FAR_PAST: f64 = 2.0;

/// 孵化器…合计126家，其中国家级18家，在孵企业3420家: a figure far past the whole under a noun of
/// its own counts something else (the firms in them), not a part of it.
fn another_noun_past_the_whole(context: &Context, whole: usize, part: usize) -> bool {
    let figures = context.figures();
    let tail = |index: usize| -> Option<String> {
        let label = figures[index].label.as_deref()?;
        (label.chars().count() >= 3).then(|| label.chars().rev().take(2).collect())
    };
    bounds(&figures[part]).0 > FAR_PAST * bounds(&figures[whole]).1
        && tail(part)
            .is_some_and(|part_tail| tail(whole).is_none_or(|whole_tail| whole_tail != part_tail))
}

/// A finding that names the part whose one slipped digit explains the sum, when one does.
fn with_slip(mut found: Finding, slip: Option<(&str, String)>) -> Finding {
    if let Some((written, fitting)) = slip {
        found
            .message
            .zh
            .push_str(&format!("；“{written}”若为“{fitting}”则相符"));
        found
            .message
            .en
            .push_str(&format!("; “{written}” as “{fitting}” would fit"));
    }
    found
}

/// 从抽检环节看，分年度看，: a breakdown by one aspect of what was counted.
static VIEWED_BY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?:从[^，。；、\n]{1,12}|分[^，。；、\n]{1,6})看，|按[^，。；、\n]{1,10}分，",
    )
    .unwrap()
});

/// How many figures back a breakdown by aspect looks for the total it cuts.
const VIEWED_TOTAL_REACH: usize = 40;

/// The largest amount of a unit in reach before a breakdown: the total it cuts.
fn largest_before(context: &Context, first: usize, unit: &str) -> Option<usize> {
    let figures = context.figures();
    (first.saturating_sub(VIEWED_TOTAL_REACH)..first)
        .filter(|&earlier| {
            unit_key(&figures[earlier].unit) == unit
                && is_amount(&figures[earlier])
                && !context.facts[earlier].per_unit
                && !context.facts[earlier].planned
        })
        .max_by(|&a, &b| bounds(&figures[a]).1.total_cmp(&bounds(&figures[b]).1))
}

/// Where a breakdown's list of parts stops: 水库1006座，其中大型6座…，另有山塘1980座 (another
/// thing); 其中本科318名、硕士28名，统一调配到基层工作的有152名 (another cut of the whole);
/// …，带动引进产业项目37个，总投资64.8亿元 (a whole of its own).
fn ends_the_breakdown(context: &Context, first: usize, part: usize) -> bool {
    let text = context.text;
    let clause = clause_before(text, context.figures()[part].range.start)
        .trim_start_matches(['，', '、', '；']);
    let after_the_first_clause = part > first
        && text[context.figures()[first].range.end..context.figures()[part].range.start]
            .contains('，');
    // 另有5个正在办理 is one more part; 另有山塘1980座 another thing.
    let another_thing = ["另有", "另"]
        .iter()
        .find_map(|word| clause.strip_prefix(word))
        .is_some_and(|rest| !rest.is_empty());
    // 签约12.8万人，签约率84.2%，其中65岁以上老年人签约7.3万人: a 其中 after the first part
    // breaks that part down.
    let nested = part > first
        && text[context.figures()[first].range.end..context.figures()[part].range.start]
            .contains("其中");
    // 公交车1850辆，其中新能源公交车1702辆，…，2025年新增新能源公交车320辆: a year's additions
    // are no part of the stock.
    let additions = clause.contains("新增")
        && !clause_before(text, context.figures()[first].range.start).contains("新增");
    another_thing
        || nested
        || clause.starts_with("此外")
        || (after_the_first_clause
            && (additions
                || clause.ends_with("的有")
                || clause.starts_with('总')
                || clause.starts_with("带动")))
}

/// 帮扶资金2.36亿元，其中产业项目1.58亿元、民生项目0.25亿元、人才培训0.26亿元: parts of three
/// or more kinds that miss their whole by exactly what one slip of a digit in one part makes
/// (0.52 typed 0.25) were all of it, and that part is mistyped; two parts, by exactly what two
/// swapped digits make. A remainder no such slip explains
/// may be parts left unnamed, and stays silent. Gives the part as written and as it would fit,
/// when one slip alone explains the sum.
fn slipped_part<'a>(
    context: &Context<'a>,
    whole: usize,
    parts: &[usize],
) -> Option<Option<(&'a str, String)>> {
    let figures = context.figures();
    let sentence_text = &context.text[context.facts[whole].sentence_range.clone()];
    // Two parts may leave a third unnamed, so only two swapped digits, a slip that few
    // remainders match by chance, explain theirs (1642.8万人次 and 534.6 of 2186.4).
    let swaps_only = parts.len() == 2;
    if parts.len() < 2
        || sentence_text.contains('等')
        || std::iter::once(&whole)
            .chain(parts)
            .any(|&index| figures[index].qualifier.is_some())
    {
        return None;
    }
    let Value::Number(whole_value) = figures[whole].value else {
        return None;
    };
    let values: Vec<f64> = parts
        .iter()
        .map(|&part| match figures[part].value {
            Value::Number(value) => Some(value),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let sum: f64 = values.iter().sum();
    let tolerance = whole_value.abs() * 1e-9 + 1e-9;
    if (sum - whole_value).abs() <= tolerance {
        return None;
    }
    let mut fits = Vec::new();
    for (&part, &value) in parts.iter().zip(&values) {
        let written = context.written(part);
        let digits: String = written
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let Ok(original) = digits.parse::<f64>() else {
            continue;
        };
        if original <= 0.0 {
            continue;
        }
        for variant in digit_slips(&digits, swaps_only) {
            let Ok(typed) = variant.parse::<f64>() else {
                continue;
            };
            if (sum - value + value / original * typed - whole_value).abs() <= tolerance {
                fits.push((written, written.replacen(&digits, &variant, 1)));
            }
        }
    }
    // 在6500亩制种基地中，小麦3200亩、大豆1500亩、玉米900亩: the whole may be the slip.
    let whole_written = context.written(whole);
    let whole_digits: String = whole_written
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if let Ok(original) = whole_digits.parse::<f64>()
        && original > 0.0
    {
        for variant in digit_slips(&whole_digits, swaps_only) {
            if let Ok(typed) = variant.parse::<f64>()
                && (whole_value / original * typed - sum).abs() <= tolerance
            {
                fits.push((
                    whole_written,
                    whole_written.replacen(&whole_digits, &variant, 1),
                ));
            }
        }
    }
    fits.first()?;
    // Named only when one slip alone explains the sum.
    Some((fits.len() == 1).then(|| fits.swap_remove(0)))
}

/// The numbers one slip of a key makes of a written number: two neighbouring digits swapped, or
/// (unless `swaps_only`) one digit but the last changed (never to a leading zero). A changed last digit would explain
/// any small remainder, and parts left unnamed leave small remainders too.
fn digit_slips(digits: &str, swaps_only: bool) -> Vec<String> {
    let chars: Vec<char> = digits.chars().collect();
    let last = chars.iter().rposition(char::is_ascii_digit);
    let mut slips = Vec::new();
    for at in 0..chars.len() {
        if !chars[at].is_ascii_digit() {
            continue;
        }
        if let Some(&next) = chars.get(at + 1)
            && next.is_ascii_digit()
            && next != chars[at]
        {
            let mut swapped = chars.clone();
            swapped.swap(at, at + 1);
            slips.push(swapped);
        }
        // 29.8 typed 28.9: the two digits either side of the point swapped.
        if chars.get(at + 1) == Some(&'.')
            && let Some(&next) = chars.get(at + 2)
            && next.is_ascii_digit()
            && next != chars[at]
        {
            let mut swapped = chars.clone();
            swapped.swap(at, at + 2);
            slips.push(swapped);
        }
        if Some(at) == last || swaps_only {
            continue;
        }
        for digit in '0'..='9' {
            if digit != chars[at] && !(at == 0 && digit == '0') {
                let mut changed = chars.clone();
                changed[at] = digit;
                slips.push(changed);
            }
        }
    }
    slips
        .into_iter()
        .map(|chars| chars.into_iter().collect())
        .collect()
}

/// 合计16.59亿元, 共有409个: a total word right before the figure (达, 为, 有, 约 may stand
/// between).
fn follows_a_total_word(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(['达', '为', '有', '约']);
    TOTAL_WORDS.iter().any(|word| before.ends_with(word))
}

/// 分别有民宿58家、41家、25家，3个村合计124家: a figure after 合计 adds up those before it.
/// (共 alone only right before the figure: 公共, 医共体 hold it.)
fn states_a_sum(context: &Context, index: usize) -> bool {
    let start = context.figures()[index].range.start;
    let clause = clause_before(context.text, start);
    follows_a_total_word(context.text, start)
        || ["合计", "共计", "总计"]
            .iter()
            .any(|word| clause.contains(word))
}

/// 其中35周岁以下的1637名…；大专以上学历的4149名: classes cut by two measures (age, schooling)
/// overlap, and need not add up to the whole.
fn overlapping_classes(context: &Context, parts: &[usize]) -> bool {
    let measures: Vec<Option<String>> = parts
        .iter()
        .map(|&part| {
            super::percent_range::threshold_measure(super::percent_range::share_subject(
                context.text,
                context.figures()[part].range.start,
            ))
        })
        .collect();
    // 养老护理员146人，其中持证上岗128人，取得高级以上职业技能等级22人: what some of them hold
    // cuts across the kinds of them.
    let holds_something = parts.iter().any(|&part| {
        let clause = clause_before(context.text, context.figures()[part].range.start)
            .trim_start_matches(['，', '、', '；']);
        let clause = clause.strip_prefix("其中").unwrap_or(clause);
        HOLDING_VERBS.iter().any(|verb| clause.starts_with(verb))
    });
    holds_something
        || measures
            .iter()
            .flatten()
            .any(|measure| measures.iter().flatten().any(|other| other != measure))
}

/// Verbs of what a person holds (a certificate, a grade): classes they make overlap others.
const HOLDING_VERBS: &[&str] = &["持证", "取得", "持有", "具有", "具备", "获得"];

/// Stages a project passes through in turn: each counts some of those at the stage before.
const PROGRESS_STAGES: &[&str] = &[
    "签约", "落地", "开工", "竣工", "完工", "建成", "投产", "达产",
];

/// 86个签约项目中，已开工63个…；已竣工投产31个: the projects completed are among those started,
/// so the two do not add up. 未开工 and 在建 are kinds apart, and so are a year's 新开工, 续建
/// and 竣工投产 projects.
fn nested_stages(context: &Context, parts: &[usize]) -> bool {
    let Some(labels) = labels_of(context, parts) else {
        return false;
    };
    if labels
        .iter()
        .any(|label| label.contains("新开工") || label.contains("续建"))
    {
        return false;
    }
    let stage = |label: &str| {
        if label.contains('未') || label.contains("在建") {
            return None;
        }
        PROGRESS_STAGES
            .iter()
            .position(|stage| label.contains(stage))
    };
    let stages: Vec<usize> = labels.iter().filter_map(|label| stage(label)).collect();
    stages.iter().any(|a| stages.iter().any(|b| a != b))
}

/// 累计新设市场主体13.2万户，其中2018年4.02万户、2019年4.32万户、2020年4.86万户: parts that
/// are consecutive years, each written right before its figure, of a running total.
fn year_by_year(context: &Context, whole: usize, parts: &[usize]) -> bool {
    let text = context.text;
    let years: Option<Vec<i32>> = parts
        .iter()
        .map(|&part| year_written_before(text, context.figures()[part].range.start))
        .collect();
    let consecutive = years.is_some_and(|years| {
        years.len() >= 2 && years.windows(2).all(|pair| pair[1] == pair[0] + 1)
    });
    let running_total = ["累计", "共", "合计", "总计"]
        .iter()
        .any(|word| clause_before(text, context.figures()[whole].range.start).contains(word));
    // 近三年（2021—2023年）…128.5亿元，其中2021年…、2022年…: two of the three years leave one out.
    let all_years = context.facts[whole]
        .span_years
        .is_none_or(|years| years as usize == parts.len());
    consecutive && running_total && all_years
}

/// 新材料、高端装备、生物医药、电子信息“四大主导产业”实现产值986.2亿元，…其中新材料产值412.6亿元、
/// …: as many parts as the count word of the whole's sentence names are all of it.
fn counted_in_full(context: &Context, whole: usize, parts: &[usize]) -> bool {
    let sentence = context.facts[whole].sentence;
    // The count word names the whole's kinds before it; one that is itself a part (外婆坑、
    // 雅庄、西坑3个村 among the parts of 18个行政村) counts something else.
    context.report.enumerations.iter().any(|enumeration| {
        context.facts[enumeration.figure].sentence == sentence
            && enumeration.figure <= whole
            && !parts.contains(&enumeration.figure)
            && !enumeration.open_ended
            && enumeration.count as usize == parts.len()
            && enumeration.items.len() == parts.len()
    })
}

/// Kinds that between them make up the whole of what they qualify.
const COMPLEMENTS: &[&[&str]] = &[
    &["专职", "兼职"],
    &["新建", "续建"],
    &["一季度", "二季度"],
    &["城镇", "农村"],
    &["职工", "城乡居民"],
    &["城市", "农村"],
    &["公办", "民办"],
    &["男", "女"],
    &["境内", "境外"],
    &["大型", "中型", "小型"],
    &["党委", "党总支", "党支部"],
];

/// 网格员队伍3456人，其中专职网格员1152名、兼职网格员2304名; 水库1006座，其中大型6座、中型20座、
/// 小型980座: parts of complementary kinds of one noun, each kind named once, are all of it.
fn complementary(context: &Context, parts: &[usize]) -> bool {
    let Some(labels) = labels_of(context, parts) else {
        return false;
    };
    COMPLEMENTS.iter().any(|kinds| {
        if kinds.len() != labels.len() {
            return false;
        }
        // Each label is one kind and the same noun after it.
        let mut nouns = Vec::new();
        let mut used = vec![false; kinds.len()];
        for label in &labels {
            let Some((kind, noun)) = kinds
                .iter()
                .enumerate()
                .find_map(|(at, kind)| label.strip_prefix(kind).map(|noun| (at, noun)))
            else {
                return false;
            };
            if used[kind] {
                return false;
            }
            used[kind] = true;
            nouns.push(noun);
        }
        nouns.windows(2).all(|pair| pair[0] == pair[1])
    })
}

/// The labels of all the parts, if each has one.
fn labels_of<'t>(context: &Context<'t>, parts: &[usize]) -> Option<Vec<&'t str>> {
    let figures = context.figures();
    parts
        .iter()
        .map(|&part| figures[part].label.as_deref())
        .collect()
}

/// 其中精品民宿23家、普通民宿63家: kinds of one noun of which one is the ordinary kind (普通,
/// 一般) leave nothing out.
fn special_and_ordinary(context: &Context, parts: &[usize]) -> bool {
    let Some(labels) = labels_of(context, parts) else {
        return false;
    };
    let Some(noun) = labels
        .iter()
        .find_map(|label| {
            ["普通", "一般"]
                .iter()
                .find_map(|kind| label.strip_prefix(kind))
        })
        .filter(|noun| !noun.is_empty())
    else {
        return false;
    };
    labels.len() >= 2
        && labels
            .iter()
            .all(|label| label.ends_with(noun) && label.len() > noun.len())
}

/// Administrative levels from the top down: 市级以上 holds 国家级, 省级 and 市级.
const LEVELS: [&str; 4] = ["国家级", "省级", "市级", "县级"];

/// 市级以上非遗代表性项目42项，其中国家级3项、省级12项、市级27项: the levels down to the one
/// named with 以上 are all of it; 5A级1家、4A级8家、3A级11家、2A级6家 grade all A级 sites.
fn levels_in_full(context: &Context, whole: usize, parts: &[usize]) -> bool {
    let figures = context.figures();
    let text = context.text;
    let whole_words = format!(
        "{}{}",
        clause_before(text, figures[whole].range.start),
        figures[whole].label.as_deref().unwrap_or_default()
    );
    let part_label = |part: usize| figures[part].label.as_deref().unwrap_or_default();
    if let Some(lowest) = LEVELS
        .iter()
        .position(|level| whole_words.contains(&format!("{level}以上")))
    {
        let mut named: Vec<usize> = parts
            .iter()
            .filter_map(|&part| LEVELS.iter().position(|level| part_label(part) == *level))
            .collect();
        named.sort_unstable();
        named.dedup();
        return parts.len() == lowest + 1 && named == (0..=lowest).collect::<Vec<_>>();
    }
    whole_words.contains("A级") && parts.iter().all(|&part| part_label(part) == "A级")
}

/// 货物进出口总额2268.4亿元。其中，出口1586.2亿元；进口682.2亿元: exports and imports are the
/// whole of trade.
fn imports_and_exports(context: &Context, whole: usize, parts: &[usize]) -> bool {
    let figures = context.figures();
    let label = |index: usize| figures[index].label.as_deref().unwrap_or_default();
    let ends =
        |index: usize, word: &str| label(index).ends_with(word) && !label(index).contains("进出口");
    label(whole).contains("进出口")
        && parts.len() == 2
        && ((ends(parts[0], "出口") && ends(parts[1], "进口"))
            || (ends(parts[0], "进口") && ends(parts[1], "出口")))
}

/// 规上工业企业从2016年的186家增加到312家，五年净增126家: the net increase is the difference.
fn net_increases(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for net in 2..figures.len() {
        let clause = clause_before(text, figures[net].range.start);
        // 提高了24.9个百分点 is the difference of two shares.
        let points = figures[net].kind == FigureKind::PercentagePoint;
        // 增长7.4%，增速比一季度（增长6.8%）提高0.6个百分点: a rise in points needs no 了.
        let rise_in_points = points
            && ["提高", "加快", "上升"]
                .iter()
                .any(|word| clause.ends_with(word));
        if !(rise_in_points
            || ["净增", "净增加", "增加了", "增长了", "提高了", "提升了"]
                .iter()
                .any(|word| clause.contains(word)))
            || !(is_amount(&figures[net]) || points)
        {
            continue;
        }
        let same_measure = |index: usize| {
            if points {
                figures[index].kind == FigureKind::Percent
            } else {
                unit_key(&figures[index].unit) == unit_key(&figures[net].unit)
                    && is_amount(&figures[index])
            }
        };
        // The nearest 从A…到B of the unit before it, in its sentence, or B，比A增加了D.
        let in_sentence =
            |index: &usize| context.facts[*index].sentence == context.facts[net].sentence;
        let compared = (1..net)
            .rev()
            .take_while(in_sentence)
            .find(|&index| same_measure(index))
            // 比2019年的42万元增加了145万元: one clause; 占比, 比重 and 比例 compare nothing.
            .filter(|&start| {
                clause_before(text, figures[start].range.start)
                    .replace("占比", "")
                    .replace("比重", "")
                    .replace("比例", "")
                    .contains('比')
                    && !text[figures[start].range.end..figures[net].range.start]
                        .contains(['，', '；', '。'])
            })
            .and_then(|start| {
                let end = (0..start)
                    .rev()
                    .take_while(in_sentence)
                    .find(|&index| same_measure(index))?;
                Some((start, end))
            });
        let pair = compared.or_else(|| {
            (1..net).rev().take_while(in_sentence).find_map(|to| {
                let from = (0..to)
                    .rev()
                    .take_while(in_sentence)
                    .find(|&index| same_measure(index))?;
                let from_to = clause_before(text, figures[from].range.start).contains(['从', '由'])
                    && [
                        "增加到",
                        "增长到",
                        "提高到",
                        "增至",
                        "达到",
                        "扩大到",
                        "发展到",
                    ]
                    .iter()
                    .any(|verb| {
                        text[figures[from].range.end..figures[to].range.start].contains(verb)
                    });
                (from_to && same_measure(to)).then_some((from, to))
            })
        });
        let Some((from, to)) = pair else {
            continue;
        };
        let (from_low, from_high) = bounds(&figures[from]);
        let (to_low, to_high) = bounds(&figures[to]);
        let (net_low, net_high) = bounds(&figures[net]);
        // Each written figure may be rounded by half its last digit.
        let rounding: f64 = [from, to, net]
            .iter()
            .map(|&index| &figures[index])
            .filter(|figure| figure.step < 10f64.powi(figure.power as i32))
            .map(|figure| figure.step / 2.0)
            .sum();
        let (low, high) = (to_low - from_high, to_high - from_low);
        if net_high + rounding + 1e-6 < low || net_low - rounding - 1e-6 > high {
            let difference = format_sum(low.max(0.0));
            findings.push(Finding {
                code: RULE.code,
                severity: RULE.default_severity,
                range: figures[net].range.clone(),
                message: Message {
                    zh: format!(
                        "“{}”与{}到{}之差不符：相差 {difference} {}",
                        context.written(net),
                        context.cite_zh(from),
                        context.cite_zh(to),
                        figures[net].unit
                    ),
                    en: format!(
                        "“{}” is not the difference from {} to {}: that is {difference} {}",
                        context.written(net),
                        context.cite_en(from),
                        context.cite_en(to),
                        figures[net].unit
                    ),
                },
                related: vec![context.quoted(from), context.quoted(to)],
                fixes: Vec::new(),
            });
        }
    }
    findings
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
    let mut findings = Vec::new();
    for total in 0..figures.len() {
        // 合计改造地下管网287.1公里: the total word may stand before the label.
        if !states_a_sum(context, total) || !is_amount(&figures[total]) {
            continue;
        }
        // 每个补助10万元，共760万元: a total after a rate per unit is their product.
        if total.checked_sub(1).is_some_and(|before| {
            context.facts[before].per_unit
                && context.facts[before].sentence == context.facts[total].sentence
                && !context.text[figures[before].range.end..figures[total].range.start]
                    .contains(['；', '。'])
        }) {
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
        // 3个街道和12个乡镇，共有409个村（社区）: parts of other nouns than the total's are
        // no parts of it.
        let label = |index: usize| figures[index].label.as_deref();
        let other_nouns = label(total).is_some_and(|total_label| {
            parts.iter().all(|&part| {
                label(part).is_some_and(|part_label| {
                    !part_label
                        .chars()
                        .any(|c| crate::text::chars::is_han(c) && total_label.contains(c))
                })
            })
        });
        if parts.len() < 2 || other_nouns {
            continue;
        }
        let (low, high) = sum_bounds(context, &parts);
        let (total_low, total_high) = bounds(&figures[total]);
        // 贻贝、紫菜和其他品种产值合计5.22亿元: a total that takes in a rest without its figure
        // is more than the parts named.
        let takes_in_a_rest = REST_WORDS
            .iter()
            .any(|word| clause_before(context.text, figures[total].range.start).contains(word));
        if (low <= total_high + 1e-6 && total_low <= high + 1e-6)
            || (takes_in_a_rest && high < total_low)
        {
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
                && !LEVEL_VERBS.iter().any(|verb| clause.contains(verb))
        };
        let same_unit = |part: usize| figures[part].unit == figures[whole].unit;
        // 改扩建7个。新增学位6840个，…: the next sentence lists parts only when it says so
        // (…86个。其中，…).
        let opens_with_its_parts = |part: usize| {
            let range = &context.facts[part].sentence_range;
            ["其中", "包括"]
                .iter()
                .any(|word| text[range.clone()].trim_start().starts_with(word))
        };
        // …其中税收收入392.6亿元。一般公共预算支出612.4亿元，其中民生支出480.1亿元: another
        // figure of the unit that is no share starts a whole of its own.
        let parts: Vec<usize> = (whole + 1..figures.len())
            .take_while(|&part| {
                context.facts[part].sentence <= sentence.saturating_add(1)
                    && !ends_the_breakdown(context, whole, part)
                    && context.facts[part].paragraph == context.facts[whole].paragraph
                    && !(same_unit(part) && is_amount(&figures[part]) && !is_share(part))
            })
            .filter(|&part| {
                same_unit(part)
                    && is_share(part)
                    && !states_a_sum(context, part)
                    && context.facts[part].year == context.facts[whole].year
                    && (context.facts[part].sentence == sentence || opens_with_its_parts(part))
            })
            .collect();
        // 收集问题2230件，已办结2150件，…，其中涉及加装电梯的问题862件: what 其中 picks out and
        // what a status word does are two cuts of the whole, each adding up on its own.
        let (picked_out, by_status): (Vec<usize>, Vec<usize>) = parts
            .into_iter()
            .partition(|&part| clause_before(text, figures[part].range.start).contains("其中"));
        for parts in [by_status, picked_out] {
            if parts.len() < 2 {
                continue;
            }
            let (low, high) = sum_bounds(context, &parts);
            let (whole_low, whole_high) = bounds(&figures[whole]);
            // 交办信访件126件，已办结118件，…其余8件已阶段性办结: a part that is the rest makes
            // the parts all of the whole.
            let names_the_rest = parts.iter().any(|&part| {
                let clause = clause_before(text, figures[part].range.start);
                REST_WORDS.iter().any(|word| clause.contains(word))
            });
            let short = names_the_rest && high + 1e-6 < whole_low;
            if (low <= whole_high + 1e-6 && !short) || nested_stages(context, &parts) {
                continue;
            }
            findings.push(finding(context, whole, &parts, low, high));
        }
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
    fn a_nested_breakdown_and_a_year_s_additions_are_no_parts() {
        let signed = |part: &str| {
            format!(
                "标题\n\n重点人群15.2万人中，签约{part}万人，签约率84.2%，其中65岁以上老年人签约7.3万人。\n"
            )
        };
        assert_eq!(count(&signed("12.8")), 0);
        let buses = |electric: &str| {
            format!(
                "标题\n\n全市公交车1850辆，其中新能源公交车{electric}辆、燃气公交车148辆，2025年新增新能源公交车320辆。\n"
            )
        };
        assert_eq!(count(&buses("1702")), 0);
        assert_eq!(count(&buses("1802")), 1);
    }

    #[test]
    fn what_some_hold_and_another_noun_are_no_kinds() {
        let carers = |graded: &str| {
            format!(
                "标题\n\n辖区现有养老护理员146人，其中持证上岗128人，取得高级以上职业技能等级{graded}人。\n"
            )
        };
        assert_eq!(count(&carers("22")), 0);
        let incubators = "标题\n\n全市共有孵化器52家、众创空间74家，合计126家，其中国家级18家，在孵企业3420家。\n";
        assert_eq!(count(incubators), 0);
        assert_eq!(
            count("标题\n\n全市共有孵化器126家，其中国家级18家、省级32家、市级96家。\n"),
            1
        );
    }

    #[test]
    fn a_breakdown_breaks_down_a_figure_of_its_own_paragraph() {
        let draft = |joined: &str| {
            format!(
                "标题\n\n全县共设村卫生室172个，其余14个村由卫生院巡诊。{joined}统筹资金1860万元，其中新建43个、改扩建176个。\n"
            )
        };
        assert_eq!(count(&draft("\n\n")), 0);
        assert_eq!(count(&draft("")), 1);
    }

    #[test]
    fn a_total_after_a_rate_per_unit_is_their_product() {
        let text = "标题\n\n统筹资金1860万元，其中改扩建76个：每个补助10万元，共760万元。\n";
        assert_eq!(count(text), 0);
        let text = "标题\n\n新建补助860万元、改扩建补助760万元，共1520万元。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_special_and_an_ordinary_kind_are_all_of_it() {
        let draft = |ordinary: &str| {
            format!(
                "标题\n\n全村民宿已发展到86家，其中精品民宿23家、普通民宿{ordinary}家；床位1460张。\n"
            )
        };
        assert_eq!(count(&draft("63")), 0);
        assert_eq!(count(&draft("36")), 1);
        // 普通高中 is one kind of school among others the breakdown may leave out.
        assert_eq!(
            count("标题\n\n全县有学校126所，其中小学39所、初中20所、普通高中8所。\n"),
            0
        );
    }

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

    #[test]
    fn breakdowns_complete_by_their_count_word_or_by_nature() {
        let industries = |equipment: &str| {
            format!(
                "新材料、高端装备、生物医药、电子信息“四大主导产业”实现产值986.2亿元，其中新材料产值412.6亿元、高端装备{equipment}亿元、生物医药126.8亿元、电子信息160.5亿元。"
            )
        };
        assert_eq!(count(&industries("286.3")), 0);
        assert_eq!(count(&industries("268.3")), 1);
        let trade = |imports: &str| {
            format!(
                "全年货物进出口总额2268.4亿元，增长18.6%。其中，出口1586.2亿元，增长20.3%；进口{imports}亿元，增长14.8%。"
            )
        };
        assert_eq!(count(&trade("682.2")), 0);
        assert_eq!(count(&trade("628.2")), 1);
        // Two of more kinds are no whole.
        assert_eq!(
            count("全年实施重点项目86个，总投资628.4亿元，其中新开工项目32个、续建项目41个。"),
            0
        );
    }

    #[test]
    fn a_net_increase_is_the_difference() {
        let firms = |net: u32| {
            format!("规上工业企业从2016年的186家增加到312家，五年净增{net}家，其中2021年新增46家。")
        };
        assert_eq!(count(&firms(126)), 0);
        assert_eq!(count(&firms(162)), 1);
    }

    #[test]
    fn parts_in_another_measure_or_stated_on_their_own_are_no_breakdown() {
        // 村卫生室312个 is counted in 个: the 家 parts need not make the 386家.
        assert_eq!(
            count(
                "全县医疗卫生机构386家，其中公立医院6家、民营医院9家、卫生院18家、村卫生室312个、其他机构41家。"
            ),
            0
        );
        // 在孵企业达到486家 states a figure of its own after the breakdown.
        assert_eq!(
            count(
                "园区孵化载体从2018年的12家增加到36家，其中国家级6家、省级14家、市级16家，在孵企业达到486家。"
            ),
            0
        );
        // 团队已扩大到56人 is the team grown, not a part of the 3人 it began with.
        assert_eq!(
            count(
                "2020年，李明轩带着3人团队来到栖湖，如今团队已扩大到56人，其中博士9人、硕士23人。"
            ),
            0
        );
    }

    #[test]
    fn a_new_sentence_and_the_base_of_a_share_are_no_parts() {
        let text = "全年实施学校项目12个，其中新建5个、改扩建7个。新增学位6840个，其中幼儿园学位1260个、小学学位3240个。\n";
        assert_eq!(count(text), 0);
        let text = "“十四五”前两年，累计完成交通投资368亿元，其中2022年完成203亿元，完成规划目标1000亿元的36.8%。\n";
        assert_eq!(count(text), 0);
        let text =
            "“十四五”前两年，累计完成交通投资368亿元，其中2021年完成165亿元、2022年完成303亿元。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn levels_and_grades_in_full() {
        let draft = |city: &str| {
            format!(
                "标题\n\n全县现有市级以上非遗代表性项目42项，其中国家级3项、省级12项、市级{city}项。\n"
            )
        };
        assert_eq!(count(&draft("27")), 0);
        assert_eq!(count(&draft("21")), 1);
        // 省级以上 leaves the 市级 ones out: the listed levels are not all of it.
        let text = "标题\n\n全县现有非遗代表性项目42项，其中国家级3项、省级12项。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn complementary_kinds_are_all_of_it() {
        let draft = |whole: &str| {
            format!("标题\n\n全区网格员队伍达{whole}人，其中专职网格员1152名、兼职网格员2304名。\n")
        };
        assert_eq!(count(&draft("3456")), 0);
        assert_eq!(count(&draft("3546")), 1);
        // Two kinds that are not all of it: the rest may be anything but a transposition of the
        // whole (3546 for 3456).
        let other_kinds = |whole: &str| {
            format!("标题\n\n全区网格员队伍达{whole}人，其中专职网格员1152名、党员网格员2304名。\n")
        };
        assert_eq!(count(&other_kinds("3600")), 0);
        assert_eq!(count(&other_kinds("3546")), 1);
    }

    #[test]
    fn years_of_a_span_left_out_leave_the_sum_open() {
        let text = "标题\n\n近三年（2021—2023年），全市累计为企业减负128.5亿元，其中2021年36.2亿元、2022年45.5亿元。\n";
        assert_eq!(count(text), 0);
        let text = "标题\n\n近三年（2021—2023年），全市累计为企业减负128.5亿元，其中2021年36.2亿元、2022年45.5亿元、2023年36.8亿元。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn the_rest_makes_the_parts_all_of_it() {
        let draft = |rest: &str| {
            format!(
                "标题\n\n督察交办信访件126件，已办结118件，办结率93.7%，其余{rest}件已阶段性办结。\n"
            )
        };
        assert_eq!(count(&draft("8")), 0);
        assert_eq!(count(&draft("6")), 1);
    }

    #[test]
    fn breakdowns_stop_at_another_thing_and_size_classes_are_complete() {
        let reservoirs = |small: &str| {
            format!("全市共有水库1006座，其中大型6座、中型20座、小型{small}座，另有山塘1980座。")
        };
        assert_eq!(count(&reservoirs("980")), 0);
        assert_eq!(count(&reservoirs("890")), 1);
        // A rest named without its figure leaves the parts short of the whole.
        assert_eq!(
            count(
                "全区1286支志愿服务队伍中，党员志愿服务队412支、青年志愿服务队305支，其余为专业志愿服务队。"
            ),
            0
        );
        // Another cut of the whole, and a whole of its own, are no parts.
        assert_eq!(
            count(
                "统一招聘卫技人员426名，其中本科以上学历318名、硕士研究生28名，统一调配到基层工作的有152名。"
            ),
            0
        );
        assert_eq!(
            count(
                "累计投入帮扶资金2.36亿元，其中产业项目1.58亿元、民生项目0.52亿元，带动引进产业项目37个，总投资64.8亿元。"
            ),
            0
        );
    }

    #[test]
    fn a_remainder_one_slip_of_a_digit_in_a_part_explains() {
        let funds = |part: &str| {
            format!(
                "累计投入帮扶资金2.36亿元，其中产业项目1.58亿元、民生项目{part}亿元、人才培训0.26亿元。"
            )
        };
        assert_eq!(count(&funds("0.52")), 0);
        assert_eq!(count(&funds("0.25")), 1);
        // A remainder a changed last digit would explain may be parts left unnamed.
        assert_eq!(
            count("全镇共有企业64家，其中工业企业3家、商贸企业8家、服务企业50家。"),
            0
        );
        // So may one no slip explains.
        assert_eq!(
            count("园区入驻企业386家，其中规上企业72家、高新技术企业58家、“小巨人”企业6家。"),
            0
        );
        // 党委, 党总支 and 党支部 are all of the party organisations.
        let organisations = |branches: &str| {
            format!("全镇基层党组织64个，其中党委3个、党总支{branches}个、党支部53个。")
        };
        assert_eq!(count(&organisations("8")), 0);
        assert_eq!(count(&organisations("6")), 1);
    }

    #[test]
    fn other_nouns_overlapping_classes_stated_sums_and_the_whole_they_add_up_to() {
        // The parts count other things than the total.
        assert_eq!(
            count("浦江县下辖浦阳、仙华、浦南3个街道和12个乡镇，共有409个村（社区）。"),
            0
        );
        // Classes by age and by schooling overlap.
        assert_eq!(
            count(
                "网格力量合计5459名。其中，35周岁以下的1637名，占30.0%；大专以上学历的4149名，占76.0%。"
            ),
            0
        );
        // The parts add up to the figure before the nearest one.
        assert_eq!(
            count(
                "全县上报各类事件286412件，办结281536件。其中，矛盾纠纷类31842件，安全隐患类57316件，民生服务类197254件。"
            ),
            0
        );
        // A difference is no whole, a band no part.
        assert_eq!(
            count(
                "安排专项经费9680万元，比上年增加1240万元。其中，报酬7812万元，每月绩效报酬在800—1500元之间；补贴1378万元；其余490万元用于信息化建设。"
            ),
            0
        );
        // A stated sum of parts is no part; a count of the listed villages is no count of the
        // whole's parts.
        assert_eq!(
            count(
                "全镇18个行政村中，已有11个村发展起民宿，形成了外婆坑、雅庄、西坑3个民宿村，分别有民宿58家、41家、25家，3个村合计124家。"
            ),
            0
        );
        // 共 inside a word (公共, 医共体) states no sum.
        let funds = |part: &str| {
            format!(
                "全年教育经费总投入18.64亿元，其中一般公共预算教育支出15.82亿元、政府性基金预算教育支出{part}亿元、其他教育经费0.86亿元。"
            )
        };
        assert_eq!(count(&funds("1.96")), 0);
        assert_eq!(count(&funds("1.69")), 1);
    }

    #[test]
    fn a_stated_difference_against_its_two_ends() {
        let income = |difference: &str| {
            format!("雅庄村村集体经营性收入达到187万元，比2019年的42万元增加了{difference}万元。")
        };
        assert_eq!(count(&income("145")), 0);
        assert_eq!(count(&income("154")), 1);
        let coverage = |points: &str| {
            format!("楼宇党组织覆盖率从2019年的71.6%提高到96.5%，提高了{points}个百分点。")
        };
        assert_eq!(count(&coverage("24.9")), 0);
        assert_eq!(count(&coverage("29.4")), 1);
        // 占比 compares nothing.
        assert_eq!(
            count("产值增长12.6%，占比26.3%，比上年提高了1.2个百分点。"),
            0
        );
    }

    #[test]
    fn parallel_breakdowns_add_up_each_to_its_whole() {
        let draft = |general: &str| {
            format!(
                "标题\n\n全区共排查隐患8409处，已整改8048处，总体整改率95.7%。其中，一般隐患{general}处，已整改8015处，整改率95.7%；重大隐患37处，已整改33处，整改率89.2%。\n"
            )
        };
        assert_eq!(count(&draft("8372")), 0);
        assert_eq!(count(&draft("8472")), 1);
        // What 其中 picks out and what a status counts are two cuts.
        let text = "标题\n\n收集各类问题2230件，已办结2150件，办结率96.4%，其中涉及加装电梯的问题862件。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn parts_that_already_make_the_whole_end_the_breakdown() {
        let draft = |three_a: &str| {
            format!(
                "标题\n\n全市A级旅游景区68家，其中5A级3家、4A级21家、3A级{three_a}家，假期全部正常开放，36家实行分时预约。\n"
            )
        };
        assert_eq!(count(&draft("44")), 0);
        assert_eq!(count(&draft("54")), 1);
        // Inside a 、-list a part adding up early is no end: 4 + 3 = 7 is a slip of 2.
        let text = "标题\n\n全年新建学校7所，其中幼儿园4所、小学3所、初中1所。\n";
        assert_eq!(count(text), 1);
    }

    #[test]
    fn a_total_listed_kind_by_kind_adds_up() {
        let draft = |first: &str| {
            format!(
                "标题\n\n公司承接工程建设、物业服务、农文旅运营三类项目，2023年共承接项目236个，分别为{first}个、74个、64个。\n"
            )
        };
        assert_eq!(count(&draft("98")), 0);
        // Short of the whole too: the kinds are all of it.
        assert_eq!(count(&draft("89")), 1);
        // 分别为 after no total lists the figures of things named before, nothing to add.
        let text = "标题\n\n两个地块的成交价分别为8.38亿元、9.21亿元。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_breakdown_by_aspect_cuts_a_total_stated_before() {
        let text = |trade: &str| {
            format!(
                "标题\n\n全年共完成食品安全监督抽检24618批次，较上年增加3258批次。\n\n全年抽检实现全覆盖。\n\n从抽检环节看，生产环节4126批次、流通环节{trade}批次、餐饮环节8122批次。\n"
            )
        };
        assert_eq!(count(&text("12370")), 0);
        assert_eq!(count(&text("13270")), 1);
        assert_eq!(count(&text("11370")), 1);
        // A remainder no slipped digit explains may be another total's.
        assert_eq!(count(&text("12385")), 0);
    }

    #[test]
    fn a_breakdown_by_aspect_stops_at_a_nested_part() {
        let text = |old: &str| {
            format!(
                "年末全区常住人口98.6万人。其中，城镇人口74.5万人。从年龄构成看，0—15岁人口14.2万人；16—59岁人口64.3万人；60岁及以上人口{old}万人，其中65岁及以上14.3万人。\n"
            )
        };
        assert_eq!(count(&text("20.1")), 0);
        assert_eq!(count(&text("28.1")), 1);
    }

    #[test]
    fn a_count_of_kinds_in_words_is_no_part_of_another_measure() {
        let text = |provincial: &str| {
            format!(
                "在24618批次中，承担国家级抽检任务1860批次、省级{provincial}批次、市级8650批次、县级10688批次，市县两级合计占比达到78.6%。"
            )
        };
        assert_eq!(count(&text("3420")), 0);
        assert_eq!(count(&text("3240")), 1);
    }

    #[test]
    fn a_total_word_before_the_label() {
        let text = |total: &str| {
            format!(
                "三年来累计改造供水管网96.4公里、燃气管网78.2公里、雨污分流管网112.5公里，合计改造地下管网{total}公里。"
            )
        };
        assert_eq!(count(&text("287.1")), 0);
        assert_eq!(count(&text("278.1")), 1);
    }

    #[test]
    fn the_whole_may_be_the_slipped_figure() {
        let text =
            |whole: &str| format!("在{whole}亩制种基地中，小麦3200亩、大豆1500亩、玉米900亩。");
        assert_eq!(count(&text("5600")), 0);
        assert_eq!(count(&text("6500")), 1);
        // A whole parts leave short by no slip may hold unnamed parts.
        assert_eq!(count(&text("5750")), 0);
    }

    #[test]
    fn employees_and_residents_make_the_whole_of_an_insurance() {
        let text = |employees: &str| {
            format!(
                "全市基本养老保险参保人数达到312.6万人，其中职工基本养老保险{employees}万人、城乡居民基本养老保险114.2万人。"
            )
        };
        assert_eq!(count(&text("198.4")), 0);
        assert_eq!(count(&text("194.8")), 1);
    }

    #[test]
    fn a_breakdown_by_year_written_as_an_aspect() {
        let text = |middle: &str| {
            format!(
                "三年行动实际完成改造138个。分年度看，2021年完成41个、2022年完成{middle}个、2023年完成52个。"
            )
        };
        assert_eq!(count(&text("45")), 0);
        assert_eq!(count(&text("54")), 1);
    }

    #[test]
    fn two_parts_off_by_two_swapped_digits() {
        let text = |inpatient: &str| {
            format!("全年诊疗2186.4万人次，其中门诊1642.8万人次、住院{inpatient}万人次。")
        };
        assert_eq!(count(&text("543.6")), 0);
        assert_eq!(count(&text("534.6")), 1);
        // Two parts may leave a third unnamed: a remainder no swap explains stays silent, and so
        // does one a changed digit would explain.
        assert_eq!(count(&text("530.0")), 0);
        assert_eq!(count(&text("443.6")), 0);
    }

    #[test]
    fn a_breakdown_by_category_of_a_bulletin() {
        let text = |rural: &str| {
            format!(
                "标题\n\n上半年，全市实现社会消费品零售总额1286.4亿元，同比增长5.2%。\n\n按经营单位所在地分，城镇消费品零售额1102.7亿元，增长5.0%；乡村消费品零售额{rural}亿元，增长6.4%。\n"
            )
        };
        assert_eq!(count(&text("183.7")), 0);
        assert_eq!(count(&text("138.7")), 1);
    }

    #[test]
    fn a_net_increase_from_a_start_written_with_you() {
        let beds = |net: &str| count(&format!("编制床位由420张增加到800张，净增{net}张。"));
        assert_eq!(beds("380"), 0);
        assert_eq!(beds("280"), 1);
    }

    #[test]
    fn a_rise_in_points_against_a_quarter_in_brackets() {
        let rise = |points: &str| {
            count(&format!(
                "上半年，全市规模以上工业增加值同比增长7.4%，增速比一季度（增长6.8%）提高{points}个百分点。"
            ))
        };
        assert_eq!(rise("0.6"), 0);
        assert_eq!(rise("0.9"), 1);
    }

    #[test]
    fn brackets_break_down_their_part_and_stages_nest() {
        let count = |text: &str| crate::checks::findings_of("sum-mismatch", text).len();
        let bracketed = |hospitals: &str| {
            format!(
                "标题\n\n年末全市共有医疗卫生机构4265个，其中医院{hospitals}个（公立医院78个、民营医院108个），基层医疗卫生机构3978个，专业公共卫生机构101个。\n"
            )
        };
        assert_eq!(count(&bracketed("186")), 0);
        assert_eq!(count(&bracketed("286")), 1);
        // Completed projects are among those started.
        let stages =
            "标题\n\n项目落地方面，86个签约项目中，已开工63个，开工率73.3%；已竣工投产31个。\n";
        assert_eq!(count(stages), 0);
        // A year's new, continued and completed projects are kinds apart.
        let kinds = |continued: &str| {
            format!(
                "标题\n\n全年实施重点项目86个，其中新开工项目32个、续建项目{continued}个、竣工投产项目13个。\n"
            )
        };
        assert_eq!(count(&kinds("41")), 0);
        assert_eq!(count(&kinds("44")), 1);
    }

    #[test]
    fn slips_across_the_point_lists_of_places_and_bracketed_parts() {
        let count = |text: &str| crate::checks::findings_of("sum-mismatch", text).len();
        // 29.8 typed 28.9 misses the whole by what the swap makes.
        let grain = |wheat: &str| {
            format!(
                "标题\n\n全县夏粮播种面积32.6万亩，其中小麦{wheat}万亩、大麦1.6万亩、蚕豌豆1.2万亩。\n"
            )
        };
        assert_eq!(count(&grain("29.8")), 0);
        assert_eq!(count(&grain("28.9")), 1);
        // Counts of a list of places are no bands of a measure.
        let towns = |villages: &str| {
            format!(
                "标题\n\n全县12个乡镇（街道）中，8个镇、{villages}个乡和1个街道全部建立工作专班。\n"
            )
        };
        assert_eq!(count(&towns("3")), 0);
        assert_eq!(count(&towns("4")), 1);
        let hospitals = |private: &str| {
            format!("标题\n\n全市共有医院186个（公立医院78个、民营医院{private}个）。\n")
        };
        assert_eq!(count(&hospitals("108")), 0);
        assert_eq!(count(&hospitals("118")), 1);
    }

    #[test]
    fn a_count_in_a_clause_after_the_list_leaves_the_breakdown_whole() {
        let draft = |standard: &str| {
            format!(
                "标题\n\n截至今年10月，全村共有民宿58家，其中精品民宿16家、标准民宿{standard}家，床位742张。\n"
            )
        };
        assert_eq!(count(&draft("42")), 0);
        // 16 + 24 = 40: 24 for 42, two digits swapped.
        assert_eq!(count(&draft("24")), 1);
    }

    #[test]
    fn a_total_that_takes_in_a_rest_without_its_figure() {
        let draft = |rest: &str| {
            format!(
                "标题\n\n2024年，全镇贻贝产值1.6亿元，紫菜产值1.1亿元，贻贝、紫菜{rest}产值合计5.22亿元。\n"
            )
        };
        assert_eq!(count(&draft("和其他品种")), 0);
        assert_eq!(count(&draft("")), 1);
    }
}
