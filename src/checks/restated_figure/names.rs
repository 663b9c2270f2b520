//! Quoted names that carry their own count (“双考双排双调”, “三服务”): the same name quoted
//! again with one numeral changed (近三年“三考双排”中) restates it with another figure.

use super::super::context::Context;
use super::super::{Finding, Message, Related};
use super::RULE;

/// Characters that count inside a name.
const NUMERALS: &str = "一二两三四五六七八九十双";
/// Characters after a numeral that make it a count of a set: 三大行动, 两个先锋, 五位一体.
const MEASURE_WORDS: &str = "大个项位条张类种件批支家";
/// Names shorter than this are too common to compare (“三农”, “两会”).
const MIN_NAME_CHARS: usize = 4;
const MAX_NAME_CHARS: usize = 12;

/// A later quoted name that equals an earlier one, or the start of it, but for one numeral, and
/// that the draft quotes nowhere else: “三考双排” after “双考双排双调”.
pub(super) fn restated_names(context: &Context) -> Vec<Finding> {
    let text = context.text;
    static QUOTED: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"“([^“”\n]{1,40})”").unwrap());
    let names: Vec<(std::ops::Range<usize>, Vec<char>)> = QUOTED
        .captures_iter(text)
        .filter_map(|captures| captures.get(1))
        .map(|name| (name.range(), name.as_str().chars().collect::<Vec<char>>()))
        .filter(|(_, chars)| {
            (MIN_NAME_CHARS..=MAX_NAME_CHARS).contains(&chars.len())
                && chars.iter().all(|&c| crate::text::chars::is_han(c))
                && chars.iter().any(|&c| NUMERALS.contains(c))
        })
        .collect();
    let mut quotations: std::collections::HashMap<&[char], usize> = Default::default();
    for (_, chars) in &names {
        *quotations.entry(chars.as_slice()).or_default() += 1;
    }
    let quoted_once = |chars: &[char]| quotations.get(chars) == Some(&1);
    let mut findings = Vec::new();
    for (at, (range, later)) in names.iter().enumerate() {
        if !quoted_once(later) {
            continue;
        }
        let restated = names[..at].iter().find(|(_, earlier)| {
            earlier.len() >= later.len() && {
                let differing: Vec<usize> = (0..later.len())
                    .filter(|&index| earlier[index] != later[index])
                    .collect();
                // “三大行动” and “五大行动”, “三位一体” and “五位一体”: a numeral before a measure
                // word counts a set of its own.
                matches!(differing.as_slice(), [index]
                    if NUMERALS.contains(earlier[*index])
                        && NUMERALS.contains(later[*index])
                        && !later.get(index + 1).is_some_and(|&next| MEASURE_WORDS.contains(next)))
            }
        });
        let Some((earlier_range, earlier)) = restated else {
            continue;
        };
        let (later_name, earlier_name): (String, String) =
            (later.iter().collect(), earlier.iter().collect());
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: range.clone(),
            message: Message {
                zh: format!("“{later_name}”与前文的“{earlier_name}”只差一个数字，应为同一名称"),
                en: format!(
                    "“{later_name}” differs from “{earlier_name}” earlier by one numeral: the same name?"
                ),
            },
            related: vec![Related {
                range: earlier_range.clone(),
                message: Message {
                    zh: format!("前文：“{earlier_name}”"),
                    en: format!("earlier: “{earlier_name}”"),
                },
            }],
            fixes: Vec::new(),
        });
    }
    findings
}

/// How far after a name (in bytes) its parts may be spelled out.
const EXPANSION_REACH: usize = 600;

/// A name built of counted parts (“双考双排双调”: 双考, 双排, 双调) spelled out right after with
/// another count for one part: 实行线上与线下三考核 under 双考.
pub(super) fn miscounted_parts(context: &Context) -> Vec<Finding> {
    let text = context.text;
    static QUOTED_PARTS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"“((?:[两双二三四五六七八九十]\p{Han}){2,4})”").unwrap()
    });
    static SPELLED_PART: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"[两双二三四五六七八九十](\p{Han})\p{Han}").unwrap()
    });
    let mut findings = Vec::new();
    for name in QUOTED_PARTS.captures_iter(text).filter_map(|c| c.get(1)) {
        let parts: Vec<(char, char)> = name
            .as_str()
            .chars()
            .collect::<Vec<char>>()
            .chunks(2)
            .map(|pair| (pair[0], pair[1]))
            .collect();
        let heads: std::collections::HashSet<char> = parts.iter().map(|part| part.1).collect();
        if heads.len() != parts.len() {
            continue;
        }
        let after = name.end() + "”".len();
        let mut reach = (after + EXPANSION_REACH).min(text.len());
        while !text.is_char_boundary(reach) {
            reach -= 1;
        }
        let paragraph_end = text[after..reach]
            .find("\n\n")
            .map_or(reach, |end| after + end);
        for spelled in SPELLED_PART.find_iter(&text[after..paragraph_end]) {
            let mut chars = spelled.as_str().chars();
            let (Some(numeral), Some(head)) = (chars.next(), chars.next()) else {
                continue;
            };
            let start = after + spelled.start();
            let quoted = text[..start].ends_with('“');
            let Some(&(named, _)) = parts.iter().find(|part| part.1 == head) else {
                continue;
            };
            if quoted || same_count(named, numeral) {
                continue;
            }
            let part: String = [numeral, head].iter().collect();
            let name_text = name.as_str();
            findings.push(Finding {
                code: RULE.code,
                severity: RULE.default_severity,
                range: start..start + part.len(),
                message: Message {
                    zh: format!("“{part}”与前文“{name_text}”中的“{named}{head}”不符"),
                    en: format!(
                        "“{part}” does not match “{named}{head}” in “{name_text}” just before"
                    ),
                },
                related: vec![Related {
                    range: name.range(),
                    message: Message {
                        zh: format!("前文：“{name_text}”"),
                        en: format!("earlier: “{name_text}”"),
                    },
                }],
                fixes: Vec::new(),
            });
        }
    }
    findings
}

/// 双 and 两 and 二 are one count.
fn same_count(a: char, b: char) -> bool {
    let pair = |c: char| matches!(c, '两' | '双' | '二');
    a == b || (pair(a) && pair(b))
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    /// Only the findings of restated names.
    fn count(text: &str) -> usize {
        findings_of("restated-figure", text)
            .iter()
            .filter(|finding| finding.message.zh.contains("只差一个数字"))
            .count()
    }

    #[test]
    fn a_quoted_name_restated_with_one_numeral_changed() {
        let text = |later: &str| {
            format!("标题\n\n推行“双考双排双调”机制。\n\n近三年“{later}”中，共有10名干部被调整。\n")
        };
        assert_eq!(count(&text("双考双排")), 0);
        assert_eq!(count(&text("三考双排")), 1);
        // Two names quoted each more than once are two things.
        assert_eq!(
            count("标题\n\n“三个服务”活动和“四个服务”行动。\n\n深化“三个服务”，推进“四个服务”。\n"),
            0
        );
        // Counts of sets of their own.
        assert_eq!(count("标题\n\n实施“三大行动”。\n\n推进“五大行动”。\n"), 0);
        // Names differing in more than the numeral are other names.
        assert_eq!(count("标题\n\n增强“四个意识”，坚定“四个自信”。\n"), 0);
    }

    #[test]
    fn a_part_of_a_counted_name_spelled_out_with_another_count() {
        let parts = |spelled: &str| {
            findings_of(
                "restated-figure",
                &format!("标题\n\n创新实施“双考双排双调”机制，实行线上与线下{spelled}、双排名。\n"),
            )
            .len()
        };
        assert_eq!(parts("双考核"), 0);
        assert_eq!(parts("两考核"), 0);
        assert_eq!(parts("三考核"), 1);
        // A name whose parts share a head is no list of parts; a part of another head is another count.
        assert_eq!(
            findings_of(
                "restated-figure",
                "标题\n\n推行“两学一做”，开展三服务活动。\n"
            )
            .len(),
            0
        );
    }
}
