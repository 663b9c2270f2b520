//! Terms: initiative names in quotes, 《titles》, names that recur unquoted, places,
//! organisations and people — each with every occurrence and the one that defines it. Quoted
//! reported speech is told apart and kept as a quotation.

use aho_corasick::AhoCorasick;
use regex::Regex;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::blocks::{Block, BlockKind};
use super::enumerations::Enumeration;
use super::figures::Figure;
use super::paragraphs::{JoinedText, Paragraph};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TermKind {
    /// A quoted name of a programme, mechanism or campaign: “先锋驿站”, “三促党建”.
    Initiative,
    /// Any other quoted word or phrase: “画像”, “一盘棋”.
    Expression,
    /// 《…》
    Title,
    /// A name that recurs without quotes, built on a quoted one: 先锋户联站.
    Term,
    Place,
    Organisation,
    Person,
}

impl TermKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TermKind::Initiative => "initiative",
            TermKind::Expression => "expression",
            TermKind::Title => "title",
            TermKind::Term => "term",
            TermKind::Place => "place",
            TermKind::Organisation => "organisation",
            TermKind::Person => "person",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub name: String,
    pub kind: TermKind,
    /// The occurrence that introduces or explains the term.
    pub definition: Range<usize>,
    /// Every occurrence, in document order (the definition among them). An occurrence broken
    /// across lines is its first stretch here and the rest in `continuations`.
    pub occurrences: Vec<Range<usize>>,
    /// The later stretches of occurrences broken around a marker or caption (…实施办法（试 /
    /// 关键词：… / 行）》): renaming empties them, so the marker between stays as it was.
    pub continuations: Vec<Range<usize>>,
    /// A sentence that explains the term, from its definition.
    pub explanation: Option<String>,
}

/// Quoted reported speech or a saying: “要坚持严管和厚爱结合”.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// The text inside the quotation marks.
    pub range: Range<usize>,
}

/// One stretch of text to scan: a paragraph (joined across breaks) or another block.
struct Unit<'a> {
    joined: JoinedText,
    block: &'a BlockKind,
    /// The source range the unit covers.
    span: Range<usize>,
}

fn units<'a>(text: &str, blocks: &'a [Block], paragraphs: &[Paragraph]) -> Vec<Unit<'a>> {
    static PARAGRAPH: BlockKind = BlockKind::Paragraph;
    let mut units: Vec<Unit> = blocks
        .iter()
        .filter(|block| block.kind != BlockKind::Paragraph)
        .map(|block| Unit {
            joined: JoinedText::line(text, block.range.clone()),
            block: &block.kind,
            span: 0..0,
        })
        .collect();
    units.extend(paragraphs.iter().map(|paragraph| Unit {
        joined: paragraph.joined(text),
        block: &PARAGRAPH,
        span: 0..0,
    }));
    for unit in &mut units {
        unit.span = unit.joined.source_range(0..unit.joined.text.len());
    }
    units.sort_by_key(|unit| unit.span.start);
    units
}

struct Quoted {
    /// Inner range in the source: its first stretch when the name is broken across lines.
    range: Range<usize>,
    /// The name's later stretches, when it is broken across lines.
    continuations: Vec<Range<usize>>,
    name: String,
    title: bool,
    quotation: bool,
    /// Whether a category noun (机制, 工程, 标准 …) follows the closing mark.
    names_a_thing: bool,
}

const PAIRS: &[(char, char, bool)] = &[
    ('“', '”', false),
    ('「', '」', false),
    ('『', '』', false),
    ('《', '》', true),
];

/// Nouns that, right after a quoted name, show it names a programme: “四大工程”, “六看”标准.
const CATEGORY_NOUNS: &[&str] = &[
    "机制",
    "制度",
    "工程",
    "行动",
    "标准",
    "原则",
    "品牌",
    "模式",
    "平台",
    "体系",
    "服务",
    "工作",
    "要求",
    "理念",
    "活动",
    "战略",
    "改革",
    "建设",
    "版本",
    "公约",
    "主题教育",
    "计划",
    "项目",
    "清单",
    "会议",
    "试验田",
    "创新",
    "办法",
    "方案",
    "政策",
    "网格",
    "示范",
    "专项",
    "改革",
];
const REPORTING_VERBS: &[&str] = &[
    "说", "表示", "指出", "强调", "认为", "坦言", "感慨", "介绍", "提出",
];
const SPEECH_OPENINGS: &[&str] = &[
    "要", "必须", "应当", "应该", "把", "让", "使", "不要", "只有",
];

fn scan_quotes(unit: &Unit) -> Vec<Quoted> {
    let text = &unit.joined.text;
    let mut found = Vec::new();
    for &(open, close, title) in PAIRS {
        let mut search = 0;
        while let Some(at) = text[search..].find(open) {
            let inner_start = search + at + open.len_utf8();
            let Some(length) = text[inner_start..].find(close) else {
                break;
            };
            let inner_end = inner_start + length;
            search = inner_end + close.len_utf8();
            let name = &text[inner_start..inner_end];
            if name.trim().is_empty() || name.contains(open) {
                continue;
            }
            let before = &text[..inner_start - open.len_utf8()];
            let after = &text[search..];
            let mut stretches = unit.joined.source_pieces(inner_start..inner_end);
            if stretches.is_empty() {
                continue;
            }
            let first = stretches.remove(0);
            found.push(Quoted {
                range: first,
                continuations: stretches,
                name: name.to_string(),
                title,
                quotation: !title && reads_as_speech(name, before, after),
                names_a_thing: CATEGORY_NOUNS.iter().any(|noun| after.starts_with(noun))
                    || sets_up(before),
            });
        }
    }
    // A quote that stands next to a quotation (“…”“…”) is part of the same run of speech.
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..found.len() {
            if found[i].quotation || found[i].title {
                continue;
            }
            let adjacent = found.iter().any(|other| {
                other.quotation
                    && (other.range.end + '”'.len_utf8() + '“'.len_utf8() == found[i].range.start
                        || found[i].range.end + '”'.len_utf8() + '“'.len_utf8()
                            == other.range.start)
            });
            if adjacent {
                found[i].quotation = true;
                changed = true;
            }
        }
    }
    found
}

/// Whether the clause before a quote sets something up: 建立党员志愿服务“先锋驿站”.
fn sets_up(before: &str) -> bool {
    let clause_start = before
        .rfind(['，', '。', '；', '！', '？'])
        .map_or(0, |at| at);
    STRONG_SETUP
        .iter()
        .any(|verb| before[clause_start..].contains(verb))
}

/// Tells quoted speech and sayings from quoted names.
fn reads_as_speech(inner: &str, before: &str, after: &str) -> bool {
    let chars = inner.chars().count();
    if inner.contains(['，', '。', '！', '？', '；', '…', ',']) || chars > 16 {
        return true;
    }
    if (inner.contains('、') || inner.contains("——")) && chars > 10 {
        return true;
    }
    if inner.contains(['我', '你', '咱']) {
        return true;
    }
    if chars >= 6 && SPEECH_OPENINGS.iter().any(|word| inner.starts_with(word)) {
        return true;
    }
    // After a colon or a reporting verb, a quote that closes its sentence (or is long) is what
    // someone said; 慈溪：“红色引擎”助推发展 is a name in a headline.
    let before = before.trim_end();
    let reported =
        before.ends_with(['：', ':']) || REPORTING_VERBS.iter().any(|verb| before.ends_with(verb));
    let closes_sentence = after.is_empty() || after.starts_with(['。', '！', '？', '…', '”']);
    if reported && (closes_sentence || chars >= 8) {
        return true;
    }
    // A quote that makes a whole sentence: “软肩膀挑不起硬担子”。
    let starts_unit = before.is_empty();
    starts_unit && after.starts_with(['。', '！', '？', '…'])
}

/// Finds the terms and quotations of a draft.
pub fn terms(
    text: &str,
    blocks: &[Block],
    paragraphs: &[Paragraph],
    figures: &[Figure],
    enumerations: &[Enumeration],
) -> (Vec<Term>, Vec<Quotation>) {
    let units = units(text, blocks, paragraphs);
    let mut quotations = Vec::new();
    // name → (kind, quoted occurrences)
    let mut named: BTreeMap<String, (TermKind, Vec<Range<usize>>)> = BTreeMap::new();
    let mut continuations: BTreeMap<String, Vec<Range<usize>>> = BTreeMap::new();
    let mut quoted_all: Vec<Quoted> = units.iter().flat_map(scan_quotes).collect();
    quoted_all.sort_by_key(|quoted| quoted.range.start);
    for quoted in &quoted_all {
        if quoted.quotation {
            quotations.push(Quotation {
                range: quoted.range.clone(),
            });
            continue;
        }
        let kind = if quoted.title {
            TermKind::Title
        } else if quoted.names_a_thing || holds_a_figure(figures, &quoted.range) {
            TermKind::Initiative
        } else {
            TermKind::Expression
        };
        let entry = named
            .entry(quoted.name.clone())
            .or_insert((kind, Vec::new()));
        entry.0 = entry.0.min(kind);
        entry.1.push(quoted.range.clone());
        continuations
            .entry(quoted.name.clone())
            .or_default()
            .extend(quoted.continuations.iter().cloned());
    }
    // A quoted name used again, quoted or not, names something: an initiative.
    let fixed_phrases = super::figures::fixed_phrase_ranges(text);
    let quoted_names: Vec<&String> = named.keys().collect();
    let quoted_uses = occurrences(text, &quoted_names, &fixed_phrases);
    let derived = derived_terms(text, &named, &quoted_uses);
    for ((_, (kind, _)), uses) in named.iter_mut().zip(&quoted_uses) {
        if *kind == TermKind::Expression && uses.len() >= 2 {
            *kind = TermKind::Initiative;
        }
    }
    for (name, kind) in derived
        .into_iter()
        .chain(places(text, enumerations))
        .chain(organisations(text))
        .chain(people(text, blocks))
    {
        named.entry(name).or_insert((kind, Vec::new()));
    }

    let all_names: Vec<&String> = named.keys().collect();
    let all_uses = occurrences(text, &all_names, &fixed_phrases);
    let mut terms: Vec<Term> = named
        .into_iter()
        .zip(all_uses)
        .map(|((name, (kind, quoted)), uses)| {
            let mut occurrences: Vec<Range<usize>> =
                uses.into_iter().chain(quoted.iter().cloned()).collect();
            occurrences.sort_by_key(|range| (range.start, range.end));
            occurrences.dedup();
            let (definition, explanation) =
                definition(text, &units, &name, &occurrences, &quoted, enumerations);
            Term {
                continuations: continuations.remove(&name).unwrap_or_default(),
                name,
                kind,
                definition,
                occurrences,
                explanation,
            }
        })
        .filter(|term| !term.occurrences.is_empty())
        .collect();
    terms.sort_by_key(|term| (term.occurrences[0].start, term.name.len()));
    (terms, quotations)
}

/// Every use of each name in `text` (non-overlapping, as `str::match_indices` finds them),
/// leaving out those inside a longer fixed phrase (第一时 inside 第一时间 is another word). One
/// pass over the text for all names: a draft of many names stays linear.
fn occurrences(
    text: &str,
    names: &[&String],
    fixed_phrases: &[Range<usize>],
) -> Vec<Vec<Range<usize>>> {
    let mut found = vec![Vec::new(); names.len()];
    let Ok(automaton) = AhoCorasick::new(names) else {
        return found;
    };
    for matched in automaton.find_overlapping_iter(text) {
        let uses: &mut Vec<Range<usize>> = &mut found[matched.pattern().as_usize()];
        let overlaps_previous = uses.last().is_some_and(|last| last.end > matched.start());
        if !overlaps_previous {
            uses.push(matched.range());
        }
    }
    for uses in &mut found {
        uses.retain(|range| !inside_longer_fixed_phrase(fixed_phrases, range));
    }
    found
}

/// The longest fixed phrase, in bytes: a phrase holding a range starts at most this far before it.
const LONGEST_FIXED_PHRASE: usize = 64;

/// Whether `range` lies inside a longer fixed phrase (第一时 in 第一时间). `phrases` are sorted.
fn inside_longer_fixed_phrase(phrases: &[Range<usize>], range: &Range<usize>) -> bool {
    let after = phrases.partition_point(|phrase| phrase.start <= range.start);
    phrases[..after]
        .iter()
        .rev()
        .take_while(|phrase| phrase.start + LONGEST_FIXED_PHRASE > range.start)
        .any(|phrase| range.end <= phrase.end && phrase.len() > range.len())
}

/// Whether a figure lies inside `range` (“三个区分开来”). Figures are in document order.
fn holds_a_figure(figures: &[Figure], range: &Range<usize>) -> bool {
    let first = figures.partition_point(|figure| figure.range.start < range.start);
    figures
        .get(first)
        .is_some_and(|figure| figure.range.end <= range.end)
}

/// Names built on a quoted initiative that recur without quotes: 先锋户联 → 先锋户联站.
fn derived_terms(
    text: &str,
    named: &BTreeMap<String, (TermKind, Vec<Range<usize>>)>,
    uses_of_named: &[Vec<Range<usize>>],
) -> Vec<(String, TermKind)> {
    const SUFFIXES: &[char] = &['站', '会', '队', '点', '室', '日', '卡', '群', '岗'];
    let mut derived = Vec::new();
    for ((name, (kind, _)), uses) in named.iter().zip(uses_of_named) {
        if *kind != TermKind::Initiative {
            continue;
        }
        let mut counts: BTreeMap<char, usize> = BTreeMap::new();
        for range in uses {
            if let Some(next) = text[range.end..].chars().next()
                && SUFFIXES.contains(&next)
            {
                *counts.entry(next).or_default() += 1;
            }
        }
        for (suffix, count) in counts {
            let longer = format!("{name}{suffix}");
            if count >= 2 && !named.contains_key(&longer) {
                derived.push((longer, TermKind::Term));
            }
        }
    }
    derived
}

fn places(text: &str, enumerations: &[Enumeration]) -> Vec<(String, TermKind)> {
    static TOWN_AND_VILLAGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\p{Han}{2}(?:镇|乡|街道))(\p{Han}{2,3}(?:村|社区))").unwrap()
    });
    let mut found: Vec<(String, TermKind)> = TOWN_AND_VILLAGE
        .captures_iter(text)
        .flat_map(|captures| {
            [captures[1].to_string(), captures[2].to_string()].map(|name| (name, TermKind::Place))
        })
        .collect();
    for enumeration in enumerations {
        let all_places = enumeration
            .items
            .iter()
            .all(|item| item.text.chars().count() >= 3 && item.text.ends_with(['村', '镇', '乡']));
        if all_places {
            found.extend(
                enumeration
                    .items
                    .iter()
                    .map(|item| (item.text.clone(), TermKind::Place)),
            );
        }
    }
    found
}

fn organisations(text: &str) -> Vec<(String, TermKind)> {
    static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[^\p{Han}（）]*?((?:\p{Han}{2,8})(?:（\p{Han}{2,4}）)?\p{Han}{0,10}?(?:有限公司|集团|股份公司))")
            .unwrap()
    });
    COMPANY
        .captures_iter(text)
        .map(|captures| {
            let name = &captures[1];
            // The name starts after the last particle or verb in front of it.
            let start = ["的", "在", "和", "与", "由", "是", "为", "到"]
                .iter()
                .filter_map(|word| name.find(word).map(|at| at + word.len()))
                .max()
                .unwrap_or(0);
            (name[start..].to_string(), TermKind::Organisation)
        })
        .filter(|(name, _)| name.chars().count() >= 6)
        .collect()
}

fn people(text: &str, blocks: &[Block]) -> Vec<(String, TermKind)> {
    static ROLE_AND_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:记者|通讯员|特约记者|作者|摄影|市长|省长)\s+(\p{Han}{2,3})(?:\s|$)")
            .unwrap()
    });
    blocks
        .iter()
        .filter(|block| block.kind == BlockKind::Byline)
        .flat_map(|block| {
            let line = &text[block.range.clone()];
            // Overlapping matches share the space between them, so scan word by word.
            let words: Vec<&str> = line.split_whitespace().collect();
            words
                .windows(2)
                .filter(|pair| ROLE_AND_NAME.is_match(&format!("{} {} ", pair[0], pair[1])))
                .map(|pair| (pair[1].to_string(), TermKind::Person))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Verbs that set a term up when they stand in the clause before it.
const STRONG_SETUP: &[&str] = &[
    "建立", "设立", "成立", "推出", "创建", "出台", "组建", "首创", "创立", "推行", "命名",
];
const WEAK_SETUP: &[&str] = &[
    "探索", "实施", "开展", "构建", "打造", "推进", "深化", "提出", "形成",
];

/// Where a quoted term is introduced in quotes, that weighs for it being defined there.
const QUOTED_BONUS: i32 = 4;

fn definition(
    text: &str,
    units: &[Unit],
    name: &str,
    occurrences: &[Range<usize>],
    quoted: &[Range<usize>],
    enumerations: &[Enumeration],
) -> (Range<usize>, Option<String>) {
    let mut best: Option<(i32, usize)> = None;
    for (index, occurrence) in occurrences.iter().enumerate() {
        let is_quoted = quoted
            .binary_search_by_key(&occurrence.start, |q| q.start)
            .is_ok();
        // 先锋户联 inside 先锋户联站 mentions the longer name, not this one.
        let inside_longer_name = !is_quoted
            && text[occurrence.end..].starts_with(crate::text::chars::is_han)
            && occurrences.len() > 1;
        let mut score = definition_score(text, units, occurrence, enumerations);
        if is_quoted {
            score += QUOTED_BONUS;
        }
        if inside_longer_name {
            score -= 50;
        }
        if best.is_none_or(|(best_score, _)| score > best_score) {
            best = Some((score, index));
        }
    }
    let (_, index) = best.expect("a term has at least one occurrence");
    let chosen = occurrences[index].clone();
    let named_list = list_named_by(enumerations, &chosen);
    let explanation = match named_list {
        Some(list) => Some(format!(
            "{name}：{}",
            list.items
                .iter()
                .map(|item| item.text.as_str())
                .collect::<Vec<_>>()
                .join("、")
        )),
        None => sentence_around(units, &chosen),
    };
    (chosen, explanation)
}

/// The enumeration whose count word lies inside `range` (三促 in 三促党建). Enumerations are in
/// document order.
fn list_named_by<'e>(
    enumerations: &'e [Enumeration],
    range: &Range<usize>,
) -> Option<&'e Enumeration> {
    let first = enumerations.partition_point(|e| e.count_range.start < range.start);
    enumerations[first..]
        .iter()
        .take_while(|e| e.count_range.start < range.end)
        .find(|e| e.count_range.end <= range.end && !e.items.is_empty())
}

fn definition_score(
    text: &str,
    units: &[Unit],
    occurrence: &Range<usize>,
    enumerations: &[Enumeration],
) -> i32 {
    let Some(unit) = unit_of(units, occurrence.start) else {
        return 0;
    };
    if !matches!(unit.block, BlockKind::Paragraph) {
        return -100; // headlines, captions and markers mention; they don't define
    }
    let after = text[occurrence.end..].trim_start_matches(['”', '」', '』', '》']);
    if ["是指", "指的是", "即", "是"]
        .iter()
        .any(|word| after.starts_with(word))
        || text[..occurrence.start]
            .trim_end_matches(['“', '「', '『'])
            .ends_with("所谓")
    {
        return 10;
    }
    if list_named_by(enumerations, occurrence).is_some() {
        return 9;
    }
    let clause_start = text[..occurrence.start]
        .rfind(['，', '。', '；', '！', '？', '\n'])
        .map_or(0, |at| at);
    let clause = &text[clause_start..occurrence.start];
    if STRONG_SETUP.iter().any(|verb| clause.contains(verb)) {
        6
    } else if WEAK_SETUP.iter().any(|verb| clause.contains(verb)) {
        3
    } else {
        0
    }
}

/// The unit holding `offset` (units are sorted by start and, paragraphs aside, disjoint; a
/// paragraph broken around a marker encloses it, so look back a little).
fn unit_of<'a, 'u>(units: &'u [Unit<'a>], offset: usize) -> Option<&'u Unit<'a>> {
    let after = units.partition_point(|unit| unit.span.start <= offset);
    units[..after]
        .iter()
        .rev()
        .take(8)
        .find(|unit| unit.span.contains(&offset))
}

const MAX_EXPLANATION_CHARS: usize = 160;

/// The sentence of the unit that holds `range`.
fn sentence_around(units: &[Unit], range: &Range<usize>) -> Option<String> {
    let unit = unit_of(units, range.start)?;
    let joined = &unit.joined.text;
    // Find the occurrence's offset in the joined text by mapping each candidate back.
    let offset = (0..=joined.len())
        .filter(|&at| joined.is_char_boundary(at))
        .find(|&at| unit.joined.source_offset(at) >= range.start)?;
    let start = joined[..offset]
        .rfind(['。', '！', '？', '；'])
        .map_or(0, |at| at + '。'.len_utf8());
    let end = joined[offset..]
        .find(['。', '！', '？', '；'])
        .map_or(joined.len(), |at| offset + at + '。'.len_utf8());
    let sentence = joined[start..end].trim();
    let mut chars = sentence.chars();
    let head: String = chars.by_ref().take(MAX_EXPLANATION_CHARS).collect();
    Some(if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;

    fn term<'a>(terms: &'a [Term], name: &str) -> &'a Term {
        terms
            .iter()
            .find(|term| term.name == name)
            .unwrap_or_else(|| panic!("no term {name}"))
    }

    #[test]
    fn speech_and_sayings_are_quotations_not_terms() {
        let text = "标题\n\n“要坚持严管和厚爱结合”“把关心爱护干部落到实处”……\n\n“软肩膀挑不起硬担子”。推进“先锋驿站”建设。\n";
        let report = analyse(text);
        let names: Vec<&str> = report.terms.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["先锋驿站"]);
        assert_eq!(report.quotations.len(), 3);
    }

    #[test]
    fn the_defining_occurrence_sets_the_term_up() {
        let text = "标题\n\n“先锋驿站”开展服务\n\n探索深化“先锋户联”“先锋驿站”创新品牌。\n\n2017年开始，慈溪建立党员志愿服务“先锋驿站”，打造前沿阵地。\n\n升级“先锋驿站”2.0版本。\n";
        let report = analyse(text);
        let station = term(&report.terms, "先锋驿站");
        assert_eq!(station.occurrences.len(), 4);
        let defining_line = text.find("2017年").unwrap();
        assert!(station.definition.start > defining_line);
        assert!(
            station
                .explanation
                .as_deref()
                .unwrap()
                .starts_with("2017年开始")
        );
    }

    #[test]
    fn a_term_that_names_a_list_is_explained_by_it() {
        let text = "标题\n\n以党建促发展、促改革、促稳定的“三促党建”重要指示。\n";
        let report = analyse(text);
        let term = term(&report.terms, "三促党建");
        assert_eq!(term.kind, TermKind::Initiative);
        assert_eq!(
            term.explanation.as_deref(),
            Some("三促党建：促发展、促改革、促稳定")
        );
    }

    #[test]
    fn a_title_broken_across_a_marker_is_one_title() {
        let text = "标题\n\n2019年，慈溪出台《慈溪市改革创新容错纠错实施办法（试\n\n关键词：关心关爱 打造温暖组织\n\n行）》，按照原则办事。\n";
        let report = analyse(text);
        let title = report
            .terms
            .iter()
            .find(|term| term.kind == TermKind::Title)
            .unwrap();
        assert_eq!(title.name, "慈溪市改革创新容错纠错实施办法（试行）");
        assert_eq!(
            &text[title.definition.start..title.definition.start + 3],
            "慈"
        );
    }

    #[test]
    fn no_fixed_phrase_is_longer_than_the_search_for_it_looks_back() {
        let longest = crate::analysis::figures::FIXED_PHRASES
            .iter()
            .map(|phrase| phrase.len())
            .max();
        assert!(longest.is_some_and(|longest| longest < LONGEST_FIXED_PHRASE));
    }

    #[test]
    fn a_name_inside_a_longer_fixed_phrase_is_not_a_use_of_it() {
        let text = "第一时间赶到。第一时的想法。";
        let name = "第一时".to_string();
        let uses = occurrences(
            text,
            &[&name],
            &crate::analysis::figures::fixed_phrase_ranges(text),
        );
        assert_eq!(
            uses,
            vec![vec![
                text.find("第一时的").unwrap()..text.find("的想法").unwrap()
            ]]
        );
    }

    #[test]
    fn places_organisations_and_people() {
        let text = "标题\n\n记者 黄合 通讯员 余峰权 文/图\n\n按照书记给崇寿镇傅家路村回信精神。文化相通的傅家路村、傅家村、健民村，组成片区，3村集体经济增长。总投资7.7亿元的澄天伟业（宁波）芯片技术有限公司项目投产。\n";
        let report = analyse(text);
        let kinds: Vec<(&str, TermKind)> = report
            .terms
            .iter()
            .map(|term| (term.name.as_str(), term.kind))
            .collect();
        for expected in [
            ("黄合", TermKind::Person),
            ("余峰权", TermKind::Person),
            ("崇寿镇", TermKind::Place),
            ("傅家路村", TermKind::Place),
            ("健民村", TermKind::Place),
            ("澄天伟业（宁波）芯片技术有限公司", TermKind::Organisation),
        ] {
            assert!(kinds.contains(&expected), "{expected:?} not in {kinds:?}");
        }
    }
}
