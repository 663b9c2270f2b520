//! What the number rules need to know about each figure beyond the figure itself: the sentence
//! and paragraph it stands in, the year it speaks of, whether it is a per-unit figure, and the
//! interval of values its wording allows.

use std::ops::Range;

use crate::analysis::Report;
use crate::analysis::blocks::BlockKind;
use crate::analysis::figures::{Figure, FigureKind, Value};
use crate::analysis::paragraphs::JoinedText;
use crate::features::display::describe_value;

pub struct Context<'a> {
    pub text: &'a str,
    pub report: &'a Report,
    pub facts: Vec<Facts>,
    /// The draft's own date, when its front matter or its signature states one.
    pub stated_day: Option<Day>,
    /// The latest year the draft names as past: the best guess at its date when it states none.
    pub latest_year: Option<i32>,
    /// The year the draft was written: its stated one, else the latest it names.
    pub draft_year: Option<i32>,
    /// Where each line after the first starts, to cite figures by line without rescanning.
    line_breaks: Vec<usize>,
    /// The (part, whole) pairs the wording ties together, found once for every rule that asks.
    part_whole: std::sync::OnceLock<Vec<(usize, usize)>>,
    /// Figures by label, in document order: rules that look for a label across the draft.
    by_label: std::sync::OnceLock<std::collections::HashMap<&'a str, Vec<usize>>>,
}

/// The draft's own date, when its front matter states one (——2020年5月15日在…, 2020年4月15日).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// Only the month is known (2025年6月中旬，记者…): `day` is its last.
    pub whole_month: bool,
}

impl Day {
    /// The date as the draft gives it: 2025年6月 or 2025年6月15日.
    pub fn written_zh(&self) -> String {
        if self.whole_month {
            format!("{}年{}月", self.year, self.month)
        } else {
            format!("{}年{}月{}日", self.year, self.month, self.day)
        }
    }

    pub fn written_en(&self) -> String {
        if self.whole_month {
            format!("{}-{:02}", self.year, self.month)
        } else {
            format!("{}-{:02}-{:02}", self.year, self.month, self.day)
        }
    }
}

#[derive(Debug, Clone)]
pub struct Facts {
    /// Index of the paragraph holding the figure, if it stands in running text.
    pub paragraph: Option<usize>,
    /// A number unique to the sentence holding the figure; sentences of one paragraph are
    /// consecutive.
    pub sentence: usize,
    /// The source range of that sentence.
    pub sentence_range: Range<usize>,
    /// The year the figure speaks of, when a year stands before it in its sentence or at the head
    /// of its paragraph.
    pub year: Option<i32>,
    /// The year the figure's sentence names relative to the draft's before it (今年 0, 去年 1),
    /// counted back.
    pub relative_year: Option<i32>,
    /// 每个站覆盖10名党员, 平均报酬7.7万元: a figure per unit, not a total.
    pub per_unit: bool,
    /// 力争新增就业13万人: a target, not a result.
    pub planned: bool,
    /// Words before the figure in its clause that say what span it covers: 累计, 新增, 全年 ….
    pub scope: Vec<&'static str>,
    /// The paragraph speaks of a span of years up to now (五年来, 2016年以来, “十二五”期间).
    pub over_years: bool,
    /// One of a run of figures in a 、-list (省22条、市20条): parallel quantities.
    pub in_figure_list: bool,
    /// The one named facility or project the sentence is about (地铁1号线一期于2021年6月开通运营，
    /// 全长21.6公里…), or the sentences after it in its paragraph that name no other subject
    /// (开通以来运营平稳，…全年客运量4891万人次): its figures describe that thing, not the
    /// draft's whole.
    pub facility: Option<String>,
    /// The number of years the figure's sentence says it covers (过去五年, 前两年,
    /// 2018—2022年), the nearest before it.
    pub span_years: Option<u32>,
    /// The place a clause opens with when it is not the draft's own (鄞州区实现地区生产总值…,
    /// 城区新建学校5所): figures of different places count different things.
    pub place: Option<String>,
}

/// Words that make a figure a target rather than a result.
const PLAN_WORDS: &[&str] = &[
    "力争",
    "计划",
    "目标",
    "预计",
    "确保",
    "争取",
    "拟",
    "预期",
    "将新增",
    "将建成",
    // 今年还将办好…五件实事: what the year ahead will do.
    "还将",
    "今年将",
    "明年将",
    // 我们将围绕…: a report's speaker announcing the year ahead.
    "我们将",
];
/// Words that say what span a figure covers; figures with different ones count different things.
const SCOPE_WORDS: &[&str] = &[
    "累计",
    "新增",
    "新建",
    "全年",
    "年均",
    "每年",
    "当年",
    "新认定",
    "新设",
    "上半年",
    "下半年",
];

static OVER_YEARS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?:[二三四五六七八九十两]|[2-9]|\d{2,})年(?:来|以来)|\d{4}[—–\-～~至到]\d{4}年|十[二三四]五”?(?:期间|以来|时期)",
    )
    .unwrap()
});

/// 人均, 户均, 村均, 案均罚款7.9万元, 日均590人次: an average over the unit the first character
/// names (均 after a subject, 各项指标均达到, means "all").
fn per_unit_average(clause: &str) -> bool {
    clause.match_indices('均').any(|(at, _)| {
        clause[..at]
            .chars()
            .next_back()
            .is_some_and(|unit| "人户村案件校企店家亩床站场次期班队日月周天年笔".contains(unit))
    })
}

/// The last relative year word in `before` (去年下放到工坊的订单额): 今年 0, 去年 1, 前年 2.
fn relative_year(before: &str) -> Option<i32> {
    [
        ("前年", 2),
        ("去年", 1),
        ("上年", 1),
        ("今年", 0),
        ("当年", 0),
        ("明年", -1),
    ]
    .iter()
    .filter_map(|&(word, back)| before.rfind(word).map(|at| (at, back)))
    .max_by_key(|&(at, _)| at)
    .map(|(_, back)| back)
}

/// Upper bounds that sort units into a class (不足5名). Lower bounds are left out: 组织3期培训
/// 超过500人次 is a total.
const CLASS_BOUNDS: &[&str] = &["不足", "不到", "少于", "以下"];

/// 13个乡镇卫生院家庭医生不足5名: a bound right after a count of other units and their noun is
/// what each of them has, not a total.
fn bound_for_each_counted(text: &str, figures: &[Figure], index: usize) -> bool {
    let figure = &figures[index];
    let Some(count) = index.checked_sub(1).map(|before| &figures[before]) else {
        return false;
    };
    let between = &text[count.range.end.min(figure.range.start)..figure.range.start];
    let bounded = figure.qualifier.as_deref().is_some_and(|qualifier| {
        CLASS_BOUNDS
            .iter()
            .any(|bound| qualifier.starts_with(bound))
    });
    bounded
        && count.kind == FigureKind::Count
        && count.unit != figure.unit
        && !between.is_empty()
        && between.chars().count() <= 14
        && between.chars().all(crate::text::chars::is_han)
}

/// 每个社区50万元, 每村3名: a figure for each unit. 每年安排…4800万元 is a year's total, the
/// draft's whole for that year.
fn per_each_unit(clause: &str) -> bool {
    // 按每人每月600元的标准为全县321名在岗乡村医生: the rate is the standard's; what follows it
    // is counted whole.
    let clause = clause
        .rfind("标准")
        .map_or(clause, |at| &clause[at + "标准".len()..]);
    clause.match_indices('每').any(|(at, _)| {
        let next = clause[at + '每'.len_utf8()..].chars().next();
        next.is_none_or(|c| !"年月天日周".contains(c))
    })
}

/// 到2027年，让146个村卫生室全部能够提供中医药服务: a plan for all of what there is counts
/// what there is now; the target is 全部.
fn all_of_them_in_a_plan(text: &str, figure: &Figure) -> bool {
    let after: String = text[figure.range.end..]
        .chars()
        .take_while(|&c| !crate::text::chars::is_clause_punctuation(c))
        .take(ALL_OF_THEM_REACH_CHARS)
        .collect();
    after.contains("全部") || after.contains("全都")
}

/// How far after a count in a plan its 全部 may stand (146个村卫生室全部).
const ALL_OF_THEM_REACH_CHARS: usize = 10;

/// 14个行政村各建起1家: 各 before a verb gives a figure for each unit (各类, 各级 pick out kinds).
/// 村村超过50万元, 户户: a doubled measure word says the same.
fn each(clause: &str) -> bool {
    // 云岭村村级集体经济收入, 该村村民: a name's last character before a word that opens with
    // it is no doubling.
    let chars: Vec<char> = clause.chars().collect();
    let doubled = chars.windows(2).enumerate().any(|(at, pair)| {
        let opens_a_word = chars.get(at + 2).is_some_and(|next| {
            "级民委集干务庄里籍均数主员口才次庭长属乡区政园铺业".contains(*next)
        });
        pair[0] == pair[1] && "村户人家镇校店企".contains(pair[0]) && !opens_a_word
    });
    doubled
        || clause.match_indices('各').any(|(at, _)| {
            let next = clause[at + '各'.len_utf8()..].chars().next();
            next.is_some_and(|c| !"类种级项地部界个位方族式样".contains(c))
        })
}

/// A text without what stands inside quotation marks and title marks: words of names
/// (“青鸟计划”, “共富工坊”) say nothing about the figures around them.
/// A quotation still open at the end (“下一步，我们将…力争到2025年…) is speech, not a name: it
/// stays.
pub fn unquoted(text: &str) -> String {
    let mut unquoted = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['“', '《']) {
        unquoted.push_str(&rest[..open]);
        let quote = rest[open..].chars().next().unwrap_or('“');
        let close = if quote == '“' { '”' } else { '》' };
        let inside = &rest[open + quote.len_utf8()..];
        match inside.find(close) {
            Some(end) => rest = &inside[end + close.len_utf8()..],
            None => rest = inside,
        }
    }
    unquoted.push_str(rest);
    unquoted
}

/// Whether a text holds a word of planning outside quotation marks: “青鸟计划” names a programme,
/// 力争 announces a target.
fn says_plan(text: &str) -> bool {
    let unquoted = unquoted(text);
    // 到2022年 sets a date to reach; 增加到2019年的 reports where something went.
    let target_date = unquoted
        .match_indices("到20")
        .any(|(at, _)| !unquoted[..at].ends_with(['加', '长', '高', '升', '降', '少', '至', '达']));
    target_date || PLAN_WORDS.iter().any(|word| unquoted.contains(word))
}

/// 各位代表，五年来，…从2950万元增长到4860万元; 总的来看，上半年全县城镇新增就业4268人: a
/// sentence that looks back over the years or sums up the period reports results, even at the
/// close of the plans.
fn looks_back(sentence_before: &str) -> bool {
    ["年来", "以来", "过去", "总的来看", "总体来看", "总的看"]
        .iter()
        .any(|word| sentence_before.contains(word))
}

/// 2025年全镇村级集体经济总收入预计达到4860万元 in a report of December 2025: an estimate of a
/// year that is over or ending is its result, told before the books close.
fn estimates_a_past_year(sentence_before: &str, draft_year: Option<i32>) -> bool {
    let Some(at) = sentence_before.find("预计") else {
        return false;
    };
    let others = PLAN_WORDS.iter().filter(|word| **word != "预计");
    if others.clone().any(|word| sentence_before.contains(word)) {
        return false;
    }
    let years = YEAR
        .find_iter(&sentence_before[..at])
        .filter_map(|found| found.as_str().trim_end_matches('年').parse::<i32>().ok());
    let latest = years.max();
    matches!((latest, draft_year), (Some(year), Some(now)) if year <= now)
}

static YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new("(?:19|20)[0-9]{2}年").expect("the year pattern is valid")
});

/// 围绕“村级集体经济总收入突破5000万元”的目标: a figure quoted as the target that follows.
fn quoted_target(sentence_after: &str) -> bool {
    let Some(close) = sentence_after.find('”') else {
        return false;
    };
    if sentence_after[..close].contains('“') {
        return false;
    }
    let after = &sentence_after[close + '”'.len_utf8()..];
    ["的目标", "目标", "的奋斗目标"]
        .iter()
        .any(|word| after.starts_with(word))
}

/// A place name opening a clause as its subject: 鄞州区实现…, 城区新建…, 农村新建…. 全市 and
/// 我县 are the whole.
static PLACE_OPENING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:其中|另外|同时)?[，、]?((?:\p{Han}{1,8}?(?:社区|区|县|镇|乡|街道))|城区|市区|县城|农村|乡村|市本级)(?:全年|今年|去年)?(实现|完成|新建|新增|建成|共有|拥有|有|累计|达到|引进|开展|接待|培训|组建|投入|招引|建立|推行|签约|选派|改造|落实|发放|是)",
    )
    .unwrap()
});

/// A place right before a figure, the shortest name that fits: 在全镇14个行政村, 云湖镇12个村.
fn place_right_before(clause: &str) -> Option<&str> {
    for town in ["全镇", "全乡", "全街道"] {
        if clause.ends_with(town) {
            return Some(&clause[clause.len() - town.len()..]);
        }
    }
    let suffix = ["街道", "镇", "乡"]
        .into_iter()
        .find(|suffix| clause.ends_with(suffix))?;
    let stem = &clause[..clause.len() - suffix.len()];
    let chars: Vec<(usize, char)> = stem.char_indices().collect();
    (2..=4)
        .filter(|&length| length <= chars.len())
        .map(|length| &clause[chars[chars.len() - length].0..])
        .find(|name| {
            name.chars()
                .all(|c| crate::text::chars::is_han(c) && !"在从和与对的及向为于".contains(c))
        })
}

/// The place a figure's clause speaks of: its own, or the one opening its sentence
/// (紫薇社区有居民3860户、1.08万人，划分为12个网格) unless the clause names the whole (全市…).
fn place_of(clause: &str, sentence_before: &str) -> Option<String> {
    if let Some(place) = place_opening(clause) {
        return Some(place);
    }
    let names_whole = ["全", "我", "本"].iter().any(|word| {
        clause
            .trim_start_matches(['，', '；', '、'])
            .starts_with(word)
    });
    let first_clause_end = sentence_before
        .find(['，', '；'])
        .unwrap_or(sentence_before.len());
    let first_clause = &sentence_before[..first_clause_end];
    (!names_whole && first_clause.len() < sentence_before.len())
        .then(|| place_opening(first_clause))
        .flatten()
}

fn place_opening(clause: &str) -> Option<String> {
    let clause = clause.trim_start_matches(['，', '。', '；', '、', '\n']);
    // 上半年全县城镇新增就业: the time opening a clause is no part of its place.
    let clause = PARTS_OF_A_YEAR
        .iter()
        .chain(&["今年", "去年", "全年", "当年", "明年"])
        .find_map(|time| clause.strip_prefix(time))
        .unwrap_or(clause);
    let place = match PLACE_OPENING.captures(clause) {
        Some(captures) => captures.get(1)?.as_str(),
        None => place_right_before(clause)?,
    };
    // 从区级机关和街道选派: a preposition or a conjunction is no part of a place's name.
    let function_word =
        place.contains(['从', '和', '在', '对', '与', '的', '及', '把', '向', '为']);
    // 实施老旧小区改造: a 小区 or a 景区 is a thing worked on, not the place speaking.
    let a_thing = ["小区", "景区", "校区", "厂区", "矿区"]
        .iter()
        .any(|end| place.ends_with(end))
        || ["实施", "推进", "开展", "完成", "新建", "建设", "改造"]
            .iter()
            .any(|verb| place.contains(verb));
    if ["全镇", "全乡", "全街道"].contains(&place) {
        return Some(place.to_string());
    }
    // 城镇新增就业 names an indicator, not a part of the draft's place.
    let whole = ["全", "我", "本", "各", "该"]
        .iter()
        .any(|word| place.starts_with(word))
        || place == "城镇";
    (!whole && !function_word && !a_thing).then(|| place.to_string())
}

/// A sentence that opens by naming one facility or project and goes on to say what it is or
/// when it was done: 城东实验小学新建工程总投资1.52亿元…, 地铁1号线一期于2021年6月开通运营….
static FACILITY_OPENING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^[\s——“”]*([\p{Han}\d]{1,16}?(?:工程|项目|小学|中学|学校|幼儿园|医院|号线一期|号线二期|号线|大桥|隧道|机场|火车站|体育馆|图书馆|博物馆|纪念馆))(?:于|总投资|全长|建筑面积|占地|设计|位于|\d{4}年|（)",
    )
    .unwrap()
});

/// A sentence that opens with one named compound, firm or co-operative (建于1988年的和平里小区，
/// 是…; 这家2020年成立时只有7名员工的工业软件企业，如今…): its figures are that one's.
static ENTITY_OPENING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^[\s——“”]*(?:建于\d{4}年的)?((?:这家|这个|该)[\p{Han}\d]{0,20}?(?:小区|企业|公司|合作社|民宿)|[她他我]家的?\p{Han}{0,4}?(?:民宿|农家乐|企业|公司|店|厂)|\p{Han}{2,8}(?:小区|公司|合作社))(?:，|是|有|共有|改造总投资|成立于|于\d{4}年)",
    )
    .unwrap()
});

/// The facility a sentence opens with, unless the name starts with a word that makes it a
/// count of many (全年实施…项目12个) or an action on them.
fn facility_of(sentence: &str) -> Option<String> {
    let name = FACILITY_OPENING
        .captures(sentence)
        .or_else(|| ENTITY_OPENING.captures(sentence))?
        .get(1)?
        .as_str();
    let many = [
        "全", "各", "累计", "共", "实施", "推进", "新建", "开工", "建成", "完成", "重点", "其中",
        "老旧", "规上", "龙头",
    ]
    .iter()
    .any(|word| name.starts_with(word));
    (!many).then(|| name.to_string())
}

/// How many years a text says its figures cover, by the last span it names: 过去五年 → 5,
/// 前两年 → 2, 2018—2022年 → 5, 三年来 → 3.
fn span_years(text: &str) -> Option<u32> {
    static SPAN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(\d{4})[—–\-～~至到](\d{4})年|(?:过去|近|前|这|最近)([二三四五六七八九十两]|\d{1,2})年|([二三四五六七八九十两]|\d{1,2})年(?:来|以来|间)",
        )
        .unwrap()
    });
    let found = SPAN.captures_iter(text).last()?;
    if let (Some(from), Some(to)) = (found.get(1), found.get(2)) {
        let (from, to): (u32, u32) = (from.as_str().parse().ok()?, to.as_str().parse().ok()?);
        return (to >= from).then(|| to - from + 1);
    }
    let count = found.get(3).or(found.get(4))?.as_str();
    count
        .parse()
        .ok()
        .or_else(|| crate::analysis::numerals::parse_chinese(count).map(|value| value as u32))
}

/// Section titles that announce what is to be done (三、下一步工作, 二、2020年工作安排).
const PLAN_SECTION_WORDS: &[&str] = &[
    "下一步",
    "工作安排",
    "工作打算",
    "工作思路",
    "工作计划",
    "主要任务",
    "工作建议",
    "展望",
];

fn in_plan_section(report: &Report, offset: usize) -> bool {
    crate::features::lookup::sections_holding(report, offset)
        .iter()
        .any(|section| {
            PLAN_SECTION_WORDS
                .iter()
                .any(|word| section.name.contains(word))
        })
}

/// Whether a text speaks of a span of years up to now. 2019年以来 in a draft of 2019 or 2020
/// is the last year or so, not a span of years.
fn speaks_of_years(text: &str, draft_year: Option<i32>) -> bool {
    OVER_YEARS.find_iter(text).any(|found| {
        let since: Option<i32> = found
            .as_str()
            .strip_suffix("年以来")
            .or_else(|| found.as_str().strip_suffix("年来"))
            .and_then(|year| year.parse().ok())
            .filter(|year| (1900..2100).contains(year));
        match (since, draft_year) {
            (Some(since), Some(now)) => now - since >= 2,
            _ => true,
        }
    })
}

/// What ends a sentence. A ； only ends a clause: 其中，交通项目14个；产业项目41个；… is one
/// breakdown.
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?'];

impl<'a> Context<'a> {
    pub fn new(text: &'a str, report: &'a Report) -> Self {
        // Sentences of every paragraph (joined across breaks) and of every other block, as
        // source ranges, in document order.
        let mut sentences: Vec<(Option<usize>, Range<usize>)> = Vec::new();
        let paragraphs = report
            .paragraphs
            .iter()
            .enumerate()
            .map(|(index, paragraph)| (Some(index), paragraph.joined(text)));
        let other_blocks = report
            .blocks
            .iter()
            .filter(|block| !block.holds_running_text())
            .map(|block| (None, JoinedText::line(text, block.range.clone())));
        for (paragraph, joined) in paragraphs.chain(other_blocks) {
            let mut start = 0;
            for (at, c) in joined.text.char_indices() {
                if SENTENCE_ENDS.contains(&c) {
                    let end = at + c.len_utf8();
                    sentences.push((paragraph, joined.source_range(start..end)));
                    start = end;
                }
            }
            if start < joined.text.len() {
                sentences.push((paragraph, joined.source_range(start..joined.text.len())));
            }
        }
        sentences.sort_by_key(|(_, range)| range.start);
        let stated_day = stated_day(text, report);
        let latest_year = latest_year(text, report);
        let draft_year = stated_day.map(|day| day.year).or(latest_year);
        // Figures of one sentence share its facility: read each sentence's opening once.
        let mut facility_of_sentence: std::collections::HashMap<usize, Option<String>> =
            std::collections::HashMap::new();
        let facts = report
            .figures
            .iter()
            .enumerate()
            .map(|(index, figure)| {
                // A sentence of a paragraph broken around a marker encloses the marker's own
                // sentence: look back past a few for the one that holds the figure.
                let after =
                    sentences.partition_point(|(_, range)| range.start <= figure.range.start);
                let found = (after.saturating_sub(8)..after)
                    .rev()
                    .find(|&at| sentences[at].1.contains(&figure.range.start));
                let (paragraph, sentence, sentence_range) = match found {
                    Some(at) => (sentences[at].0, at, sentences[at].1.clone()),
                    // Outside any sentence: a sentence of its own, numbered after all others.
                    None => (None, sentences.len() + index, figure.range.clone()),
                };
                let clause_start = text[..figure.range.start]
                    .rfind(['，', '。', '；', '、', '\n'])
                    .unwrap_or(0);
                let clause = &text[clause_start..figure.range.start];
                let sentence_before =
                    &text[sentence_range.start.min(figure.range.start)..figure.range.start];
                let opening_start = sentence_range.start.min(figure.range.start);
                let sentence_after =
                    &text[figure.range.end..sentence_range.end.max(figure.range.end)];
                let sentence_opening = &text[opening_start..];
                let paragraph_before = match paragraph {
                    Some(index) => {
                        &text[report.paragraphs[index].range().start..figure.range.start]
                    }
                    None => sentence_before,
                };
                Facts {
                    paragraph,
                    sentence,
                    sentence_range,
                    year: None,
                    relative_year: relative_year(sentence_before),
                    // 每千常住人口拥有床位7.18张: a rate per thousand is per unit too; 单户最高
                    // 可贷50万元 bounds each household's.
                    per_unit: [
                        "平均", "单个", "单户", "单家", "单笔", "每千", "每万", "每百",
                    ]
                    .iter()
                    .any(|word| clause.contains(word))
                        || bound_for_each_counted(text, &report.figures, index)
                        || per_unit_average(clause)
                        || per_each_unit(clause)
                        || each(clause),
                    // 推动已建成的3600套房源全部交付: what is done already, even in the plans.
                    planned: ((says_plan(sentence_before)
                        && !estimates_a_past_year(sentence_before, draft_year))
                        || quoted_target(sentence_after)
                        || (in_plan_section(report, figure.range.start)
                            && !clause_before(text, figure.range.start).contains('已')
                            && !looks_back(sentence_before)))
                        && !all_of_them_in_a_plan(text, figure)
                        && !base_of_a_plan(text, figure),
                    // 全年新增授权发明专利2.3万件、高新技术企业1688家: the scope word covers
                    // the whole 、-list.
                    scope: SCOPE_WORDS
                        .iter()
                        .copied()
                        .filter(|word| clause_before(text, figure.range.start).contains(word))
                        .collect(),
                    over_years: speaks_of_years(paragraph_before, draft_year)
                        || speaks_of_years(
                            section_before(report, text, figure.range.start),
                            draft_year,
                        ),
                    in_figure_list: false,
                    place: place_of(clause_before(text, figure.range.start), sentence_before),
                    facility: facility_of_sentence
                        .entry(opening_start)
                        .or_insert_with(|| facility_of(sentence_opening))
                        .clone(),
                    span_years: span_years(sentence_before),
                }
            })
            .collect();
        let mut context = Context {
            text,
            report,
            facts,
            stated_day,
            latest_year,
            draft_year,
            line_breaks: line_breaks(text),
            part_whole: std::sync::OnceLock::new(),
            by_label: std::sync::OnceLock::new(),
        };
        context.assign_years();
        context.mark_figure_lists();
        context.forget_the_drafts_own_place();
        context.carry_facilities();
        context.carry_rates_along_lists();
        context
    }

    /// 每餐补贴2元、70—79周岁补贴3元、80周岁以上补贴5元: a rate per unit heads its 、-list, and
    /// the members after it are rates too.
    fn carry_rates_along_lists(&mut self) {
        // Figures of other units a list member may hold (60—69周岁 before 每餐补贴2元).
        const LIST_MEMBER_REACH: usize = 4;
        let figures = &self.report.figures;
        for index in 1..figures.len() {
            let current = &figures[index];
            // The member before, past figures of other units (70—79周岁).
            let Some(previous) = (0..index)
                .rev()
                .take(LIST_MEMBER_REACH)
                .find(|&other| unit_key(&figures[other].unit) == unit_key(&current.unit))
            else {
                continue;
            };
            let between = &self.text[figures[previous].range.end..current.range.start];
            if self.facts[previous].per_unit
                && between.contains('、')
                && !between.contains(['，', '。', '；', '：', '\n'])
            {
                self.facts[index].per_unit = true;
            }
        }
    }

    /// A sentence that names no subject of its own goes on about the facility of the sentence
    /// before it in its paragraph; one that opens with the whole (全市…) or a place does not.
    fn carry_facilities(&mut self) {
        let text = self.text;
        let mut current: Option<(Option<usize>, String)> = None;
        for facts in &mut self.facts {
            if let Some(facility) = &facts.facility {
                current = Some((facts.paragraph, facility.clone()));
                continue;
            }
            let opening = text[facts.sentence_range.clone()].trim_start_matches(['—', ' ', '“']);
            let own_subject = ["全", "我", "本", "各", "其中"]
                .iter()
                .any(|word| opening.starts_with(word))
                || facts.place.is_some();
            match &current {
                Some((paragraph, facility))
                    if facts.paragraph.is_some()
                        && *paragraph == facts.paragraph
                        && !own_subject =>
                {
                    facts.facility = Some(facility.clone());
                }
                _ => current = None,
            }
        }
    }

    /// The year a figure speaks of: the last year named before it in its sentence, else the year
    /// that heads its paragraph (2019年，…), else the year in the title of its section
    /// (二、2020年工作安排).
    fn assign_years(&mut self) {
        let figures = &self.report.figures;
        let text = self.text;
        // 2017年开始…3年以来累计引进: a year that starts a span says where the span begins,
        // not which year its figures speak of.
        let year_of = |figure: &Figure| match figure.value {
            Value::Date {
                year: Some(year), ..
            } if !starts_a_span(&text[figure.range.end..])
                // 比2019年的5.96亿元增长: the year compared with is not the year spoken of.
                && !text[..figure.range.start].ends_with(['比', '较'])
                && !picks_out_by_a_cutoff(&text[figure.range.end..]) =>
            {
                Some(year)
            }
            _ => None,
        };
        let year_at: std::collections::HashMap<usize, i32> = figures
            .iter()
            .filter_map(|figure| year_of(figure).map(|year| (figure.range.start, year)))
            .collect();
        for index in 0..figures.len() {
            let facts = &self.facts[index];
            // Figures are in document order, so those of the same sentence stand right before.
            // 从2021年的86家增加到94家，全年完成…: the year a change starts from dates its own
            // clause only.
            // 从2022年的116家增加到128家: nor the end of the change.
            let from_year_elsewhere = |earlier: usize| {
                text[..figures[earlier].range.start].ends_with(['从', '由']) && index > earlier + 1
            };
            // 到2027年，让146个村卫生室全部…: the date a plan sets is not the year of what there
            // is now.
            let level_now = all_of_them_in_a_plan(text, &figures[index])
                || base_of_a_plan(text, &figures[index]);
            let target_date = |earlier: usize| text[..figures[earlier].range.start].ends_with('到');
            let in_sentence = (0..index)
                .rev()
                .take_while(|&earlier| self.facts[earlier].sentence == facts.sentence)
                .filter(|&earlier| !from_year_elsewhere(earlier))
                .filter(|&earlier| !(level_now && target_date(earlier)))
                .find_map(|earlier| year_of(&figures[earlier]));
            let heading_year = facts.paragraph.and_then(|paragraph| {
                year_at
                    .get(&self.report.paragraphs[paragraph].range().start)
                    .copied()
            });
            let section_year = || {
                crate::features::lookup::sections_holding(self.report, figures[index].range.start)
                    .iter()
                    .rev()
                    .find_map(|section| year_in(&section.name))
            };
            // 各位代表，五年来，… closing the year's plans speaks of the years behind, not of the
            // year the section plans.
            let start = figures[index].range.start;
            let sentence_before = &text[facts.sentence_range.start.min(start)..start];
            let section_year = || (!looks_back(sentence_before)).then(section_year).flatten();
            self.facts[index].year = in_sentence.or(heading_year).or_else(section_year);
        }
    }

    /// 省22条、市20条: figures of one unit joined by 、 (with a short word between) are parallel.
    fn mark_figure_lists(&mut self) {
        let figures = &self.report.figures;
        for pair in 1..figures.len() {
            let (a, b) = (&figures[pair - 1], &figures[pair]);
            let between = &self.text[a.range.end..b.range.start];
            if a.unit == b.unit && between.starts_with('、') && between.chars().count() <= 6 {
                self.facts[pair - 1].in_figure_list = true;
                self.facts[pair].in_figure_list = true;
            }
        }
    }

    /// The place most clauses open with is the draft's own (江北区建立…, 江北区还深化…): its
    /// figures are the whole's, as those of 全区 are.
    fn forget_the_drafts_own_place(&mut self) {
        // The sentences each place speaks in.
        let mut counts: std::collections::HashMap<&str, std::collections::BTreeSet<usize>> =
            std::collections::HashMap::new();
        for facts in &self.facts {
            if let Some(place) = &facts.place {
                counts
                    .entry(place.as_str())
                    .or_default()
                    .insert(facts.sentence);
            }
        }
        // A place named in one or two sentences is a part of the whole, not the voice of the
        // draft.
        let Some(own) = counts
            .into_iter()
            .map(|(place, sentences)| (place, sentences.len()))
            .filter(|(_, count)| *count >= 3)
            .max_by_key(|(place, count)| (*count, *place))
            .map(|(place, _)| place.to_string())
        else {
            return;
        };
        for facts in &mut self.facts {
            if facts.place.as_deref() == Some(own.as_str()) {
                facts.place = None;
            }
        }
    }

    /// Pairs (part, whole) of figure indices that the wording ties together.
    pub fn part_whole_pairs(&self) -> &[(usize, usize)] {
        self.part_whole
            .get_or_init(|| super::part_exceeds_whole::part_whole_pairs(self))
    }

    /// The figures labelled `label`, in document order.
    pub fn labelled(&self, label: &str) -> &[usize] {
        let index = self.by_label.get_or_init(|| {
            let mut index: std::collections::HashMap<&'a str, Vec<usize>> = Default::default();
            for (at, figure) in self.report.figures.iter().enumerate() {
                if let Some(label) = figure.label.as_deref() {
                    index.entry(label).or_default().push(at);
                }
            }
            index
        });
        index.get(label).map_or(&[], Vec::as_slice)
    }

    pub fn figures(&self) -> &'a [Figure] {
        &self.report.figures
    }

    /// 1-based line of a figure, for messages.
    pub fn line(&self, figure: usize) -> usize {
        let start = self.figures()[figure].range.start;
        self.line_breaks
            .partition_point(|&line_start| line_start <= start)
            + 1
    }

    pub fn written(&self, figure: usize) -> &'a str {
        &self.text[self.figures()[figure].range.clone()]
    }

    /// “2700余个”（第121行）, for Chinese messages.
    pub fn cite_zh(&self, figure: usize) -> String {
        format!("第{}行的“{}”", self.line(figure), self.written(figure))
    }

    /// “2700余个” (line 121), for English messages.
    pub fn cite_en(&self, figure: usize) -> String {
        format!("“{}” on line {}", self.written(figure), self.line(figure))
    }

    /// A related location that just quotes the figure there (“3.15万人”).
    pub fn quoted(&self, figure: usize) -> super::Related {
        let quote = format!("“{}”", self.written(figure));
        super::Related {
            range: self.figures()[figure].range.clone(),
            message: super::Message {
                zh: quote.clone(),
                en: quote,
            },
        }
    }

    pub fn describe(&self, figure: usize) -> String {
        describe_value(&self.figures()[figure])
    }
}

/// The offsets where lines start after a line break (\n, \r\n or a lone \r), as `line_of`
/// counts them.
fn line_breaks(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&at| {
            bytes[at] == b'\n' || (bytes[at] == b'\r' && bytes.get(at + 1) != Some(&b'\n'))
        })
        .map(|at| at + 1)
        .collect()
}

/// The draft's own date: a full date in the lines before its first section, else the date that
/// signs it at the end (落款).
fn stated_day(text: &str, report: &Report) -> Option<Day> {
    let front_end = report
        .blocks
        .iter()
        .find(|block| matches!(block.kind, BlockKind::Marker(_)))
        .map_or(usize::MAX, |block| block.range.start);
    let full_day = |figure: &Figure| match figure.value {
        Value::Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        } => Some(Day {
            year,
            month,
            day,
            whole_month: false,
        }),
        _ => None,
    };
    let front = report
        .figures
        .iter()
        .filter(|figure| figure.range.start < front_end)
        .find_map(full_day);
    front.or_else(|| reporters_visit(text, report)).or_else(|| {
        let signature = report
            .figures
            .iter()
            .rev()
            .find(|figure| full_day(figure).is_some())?;
        signs_the_draft(text, signature.range.clone())
            .then(|| full_day(signature))
            .flatten()
    })
}

/// 2025年6月中旬，记者乘坐早班轮渡登上鹿屿岛, 2025年3月的一个上午，… or 2026年4月中旬，…春茶开采正酣:
/// a feature whose first paragraph dates the reporter's visit, or the scene going on as it is
/// written, is written in that month (taken at its end, so nothing of the month lies after it).
fn reporters_visit(text: &str, report: &Report) -> Option<Day> {
    let first = report.paragraphs.first()?.range();
    report
        .figures
        .iter()
        .take_while(|figure| figure.range.start < first.end)
        .filter(|figure| figure.range.start >= first.start)
        .find_map(|figure| {
            let Value::Date {
                year: Some(year),
                month: Some(month),
                ..
            } = figure.value
            else {
                return None;
            };
            let after: String = text[figure.range.end..]
                .chars()
                .take(VISIT_REACH_CHARS)
                .collect();
            let scene = SCENE_OPENINGS.iter().any(|words| after.starts_with(words));
            let sentence_end = text[figure.range.end..]
                .find('。')
                .map_or(first.end, |at| figure.range.end + at);
            let going_on = PARTS_OF_A_MONTH.iter().any(|part| after.starts_with(part))
                && text[figure.range.end..sentence_end].contains('正');
            (scene || going_on || after.contains("记者")).then_some(Day {
                year,
                month,
                day: last_day_of(year, month),
                whole_month: true,
            })
        })
}

/// The days of a month (29 in a leap February).
pub fn last_day_of(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Words after a month that open a scene the reporter saw (2025年3月的一个上午，候诊的群众…).
const SCENE_OPENINGS: &[&str] = &["的一个", "的一天"];

/// 4月中旬，…正酣: the part of a month a scene going on (正) is set in.
const PARTS_OF_A_MONTH: &[&str] = &["上旬，", "中旬，", "下旬，", "初，"];

/// How far after a date the reporter of a visit is named (2025年6月中旬，记者).
const VISIT_REACH_CHARS: usize = 8;

/// How far from the end of a draft its signature (落款) stands.
const SIGNATURE_REACH_LINES: usize = 3;

/// 市卫生健康委\n2024年1月18日 closing a report: a date that ends one of its last lines and
/// stands alone on it, or after the issuer's name, dates the draft.
fn signs_the_draft(text: &str, date: Range<usize>) -> bool {
    let line_start = text[..date.start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[date.end..]
        .find('\n')
        .map_or(text.len(), |at| date.end + at);
    let issuer = text[line_start..date.start].trim();
    let lines_after = text[line_end..]
        .lines()
        .filter(|line| !line.trim().is_empty());
    text[date.end..line_end].trim().is_empty()
        && !issuer.contains(['，', '。', '；', '：'])
        && issuer.chars().count() <= 30
        && lines_after.count() < SIGNATURE_REACH_LINES
}

/// The latest year the draft names as past (not 到2022年, not 力争2021年).
fn latest_year(text: &str, report: &Report) -> Option<i32> {
    report
        .figures
        .iter()
        .filter(|figure| {
            let before = &text[..figure.range.start];
            // 到2025年 sets a target; 增加到2025年的49580元 reports where a change went.
            let end_of_a_change = before.ends_with('到')
                && before
                    .trim_end_matches('到')
                    .ends_with(['加', '长', '高', '升', '降', '少'])
                && text[figure.range.end..].starts_with('的');
            (!before.ends_with('到') || end_of_a_change) && !before.ends_with("力争")
        })
        .filter_map(|figure| match figure.value {
            Value::Date { year, .. } => year,
            _ => None,
        })
        .max()
}

/// The text of the innermost section from its start up to `offset` (五年来，… opens a review of
/// five years that runs through the section's later paragraphs).
fn section_before<'t>(report: &Report, text: &'t str, offset: usize) -> &'t str {
    let start = crate::features::lookup::sections_holding(report, offset)
        .last()
        .map_or(offset, |section| section.range.start);
    &text[start.min(offset)..offset]
}

/// Words after a year that make it the start of a span: 2017年开始, 2019年以来, 2020年起.
fn starts_a_span(after: &str) -> bool {
    ["开始", "以来", "起", "至今", "来"]
        .iter()
        .any(|word| after.starts_with(word))
}

/// The first year (19xx or 20xx followed by 年) in a heading.
fn year_in(heading: &str) -> Option<i32> {
    let at = heading.find('年')?;
    let digits: String = heading[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits
        .parse()
        .ok()
        .filter(|year| (1900..2100).contains(year))
}

/// The clause that ends at `offset`: the text back to the previous ，。； or line break, that mark
/// included.
pub fn clause_before(text: &str, offset: usize) -> &str {
    let start = text[..offset].rfind(['，', '。', '；', '\n']).unwrap_or(0);
    &text[start..offset]
}

/// Parts of a year a sentence may speak of: 今年一季度, 上半年, “五一”假期.
pub const PARTS_OF_A_YEAR: &[&str] = &[
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "前三季度",
    "上半年",
    "下半年",
    "假期",
    "月份",
];

/// The part of a year a figure's sentence speaks of before it, if any: a quarter's rate is not
/// the year's.
pub fn part_of_a_year(context: &Context, index: usize) -> Option<&'static str> {
    let facts = &context.facts[index];
    let start = facts
        .sentence_range
        .start
        .min(context.figures()[index].range.start);
    let before = &context.text[start..context.figures()[index].range.start];
    PARTS_OF_A_YEAR
        .iter()
        .copied()
        .find(|word| before.contains(word))
        .or_else(|| {
            MONTHS_OF_A_PART
                .iter()
                .find(|(months, _)| {
                    before.match_indices('1').any(|(at, _)| {
                        months
                            .iter()
                            .any(|dash| before[at + '1'.len_utf8()..].starts_with(dash))
                    })
                })
                .map(|(_, part)| *part)
        })
}

/// 1—6月 is 上半年, written in months: the month ranges that name a part of a year, by the dash
/// and end month that follow 1 (1—6月, 1-6月, 1至6月).
const MONTHS_OF_A_PART: &[([&str; 4], &str)] = &[
    (["—3月", "-3月", "至3月", "～3月"], "一季度"),
    (["—6月", "-6月", "至6月", "～6月"], "上半年"),
    (["—9月", "-9月", "至9月", "～9月"], "前三季度"),
];

/// Two labels with a two-character word in common (排查隐患, 一般隐患).
pub fn shares_a_word(a: &str, b: &str) -> bool {
    let chars: Vec<char> = a.chars().collect();
    chars
        .windows(2)
        .any(|pair| b.contains(&pair.iter().collect::<String>()))
}

/// The digits of a written number that say something: 1260 has three (126), 0.52 two, 100 one.
/// Few of them meet others by chance.
pub fn significant_digits(written: &str) -> usize {
    written
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .trim_matches('0')
        .len()
}

/// 76.3 and 73.6, 1260 and 1206: one layout (the point in one place) with two neighbouring
/// digits swapped, the point skipped.
pub fn digits_swapped(a: &str, b: &str) -> bool {
    let layout = |s: &str| s.find('.').map(|at| s.len() - at);
    let digits = |s: &str| -> Vec<char> { s.chars().filter(char::is_ascii_digit).collect() };
    let (x, y) = (digits(a), digits(b));
    if layout(a) != layout(b) || x.len() != y.len() || a.len() != b.len() {
        return false;
    }
    let differing: Vec<usize> = (0..x.len()).filter(|&at| x[at] != y[at]).collect();
    matches!(differing.as_slice(), [first, second]
        if *second == first + 1 && x[*first] == y[*second] && x[*second] == y[*first])
}

/// 4.62万 and 6.42万, 186 and 168, 1200 and 120, 2700余 and 2800, 68亿 and 86.4亿: two values one
/// slip of the hand apart — one digit changed, two digits swapped, a digit dropped or added, or a
/// place of ten — once the more precise is rounded to the other's last digit. Values a draft
/// gives of two different things are seldom that close in their digits. Ranges and dates are
/// taken as close.
pub fn one_slip_apart(a: &Figure, b: &Figure) -> bool {
    let (Value::Number(x), Value::Number(y)) = (&a.value, &b.value) else {
        return true;
    };
    let digits = |value: f64| -> Option<String> {
        // The fewest decimals that make the value whole.
        (0..=6).find_map(|places| {
            let scaled = value.abs() * 10f64.powi(places);
            ((scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0))
                .then(|| format!("{}", scaled.round() as u128))
        })
    };
    let (Some(dx), Some(dy)) = (digits(*x), digits(*y)) else {
        return true;
    };
    // 1200 and 120, 7.7亿 and 7.7万: the same digits at another place.
    if dx.trim_end_matches('0') == dy.trim_end_matches('0') {
        return true;
    }
    // 突破1000公斤 and 450.3公斤: a slip keeps about the precision written.
    if significant_digits(&dx).abs_diff(significant_digits(&dy)) > 1 {
        return false;
    }
    let step = a.step.max(b.step);
    if step.is_nan() || step <= 0.0 {
        return true;
    }
    let rounded = |value: f64| format!("{}", (value.abs() / step).round() as u128);
    let (rx, ry) = (rounded(*x), rounded(*y));
    // 9000 and 5400: rounded to one digit, a figure of two tells no slip.
    let one_digit_each = significant_digits(&dx) == 1 && significant_digits(&dy) == 1;
    if rx.len() == 1 && ry.len() == 1 && !one_digit_each {
        return false;
    }
    let (rx, ry): (Vec<char>, Vec<char>) = (rx.chars().collect(), ry.chars().collect());
    if rx.len() == ry.len() {
        let differing: Vec<usize> = (0..rx.len()).filter(|&at| rx[at] != ry[at]).collect();
        return match differing.as_slice() {
            [_] => true,
            [first, second] => rx[*first] == ry[*second] && rx[*second] == ry[*first],
            _ => false,
        };
    }
    let (short, long) = if rx.len() < ry.len() {
        (&rx, &ry)
    } else {
        (&ry, &rx)
    };
    long.len() == short.len() + 1
        && (0..long.len()).any(|dropped| {
            long.iter()
                .enumerate()
                .filter(|&(at, _)| at != dropped)
                .map(|(_, digit)| digit)
                .eq(short.iter())
        })
}

/// The unit a figure is counted in, with the words for people (人, 名, 位) taken as one.
pub fn unit_key(unit: &str) -> &str {
    match unit {
        "名" | "位" => "人",
        "个小时" => "小时",
        other => other,
    }
}

/// 比重从2.10%提高到2.86%: the value a change starts from is no statement of the share now.
pub fn starts_a_change(context: &Context, index: usize) -> bool {
    starts_a_change_at(context.text, &context.figures()[index])
}

fn starts_a_change_at(text: &str, figure: &Figure) -> bool {
    let after: String = text[figure.range.end..].chars().take(6).collect();
    let clause = clause_before(text, figure.range.start);
    (clause.contains('从') || clause.contains('由'))
        && [
            "提高到",
            "增加到",
            "增长到",
            "提升到",
            "下降到",
            "降至",
            "增至",
            "降低到",
            "减少到",
            "减至",
            "压减至",
            "压减到",
            "压缩至",
            "压缩到",
            "缩短至",
            "缩短到",
            "减少至",
            "下降至",
            "提高至",
            "提升至",
            "增加至",
            "增长至",
            "扩大到",
            "发展到",
            "扩容至",
            "扩容到",
        ]
        .iter()
        .any(|verb| after.contains(verb))
}

/// 力争网络零售额由2025年的86.4亿元提高到120亿元以上, 在去年36.8万吨的基础上, 完成剩余239个
/// 入河排污口整治: in a plan, the level a change starts from and what is left to do are what
/// there is now.
fn base_of_a_plan(text: &str, figure: &Figure) -> bool {
    let clause = clause_before(text, figure.range.start);
    let left_to_do = ["剩余", "其余", "尚余"]
        .iter()
        .any(|word| clause.ends_with(word));
    let base = text[figure.range.end..].starts_with("的基础上") && clause.contains('在');
    left_to_do || base || starts_a_change_at(text, figure)
}

/// 规划目标1000亿元的36.8%: the figure ending at `end` is what a share is taken of.
/// 总投资64.8亿元的37个产业项目 is no share.
pub fn base_of_a_share(text: &str, end: usize) -> bool {
    let Some(after) = text[end..].strip_prefix('的') else {
        return false;
    };
    let number = after.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    number.len() < after.len() && number.starts_with(['%', '％'])
}

/// 2000年底前建成的老旧小区: a cutoff year inside a noun's modifier sorts what is counted; it is
/// not the year the figure speaks of.
fn picks_out_by_a_cutoff(after_year: &str) -> bool {
    let Some(rest) = ["底前", "末前", "以前", "之前", "前"]
        .iter()
        .find_map(|word| after_year.strip_prefix(word))
    else {
        return false;
    };
    let clause_end = rest.find(['，', '。', '；', '\n']).unwrap_or(rest.len());
    rest[..clause_end].contains('的')
}

/// The year written right before an offset (2019年38个 → 2019), as year-by-year breakdowns
/// write it.
pub fn year_written_before(text: &str, offset: usize) -> Option<i32> {
    let digits: String = text[..offset]
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
}

/// Whether a figure is an amount that can be compared with others of its unit.
pub fn is_amount(figure: &Figure) -> bool {
    matches!(
        figure.kind,
        FigureKind::Count | FigureKind::Money | FigureKind::Quantity
    )
}

/// How far 约, 左右 and 上下 reach either way, as a share of the figure.
pub const APPROXIMATION: f64 = 0.15;

/// The values a figure's wording allows, as a closed interval: 2700余 → [2700, 2800), 约50 → ±10%.
/// Approximations (约, 左右, 上下) allow 15% either way (at least 1); 余/多/超/逾 up to one written step more; 近/不足/不到 up to one step less.
pub fn bounds(figure: &Figure) -> (f64, f64) {
    let (low, high) = match figure.value {
        Value::Number(value) => (value, value),
        Value::Range(low, high) => (low.min(high), low.max(high)),
        Value::Date { .. } => return (f64::NEG_INFINITY, f64::INFINITY),
    };
    let step = figure.step;
    let below_next_step = step * 0.999;
    match figure.qualifier.as_deref() {
        None => (low, high),
        Some(q) if q.contains("不少于") || q.contains("不低于") => (low, f64::INFINITY),
        Some(q) if q.contains("不超过") || q.contains("不高于") => (0.0, high),
        // 全年地区生产总值突破4800亿元，达到4862.5亿元: past a mark, by any amount.
        Some(q) if q.contains("以上") || q.contains("至少") || q.contains("突破") => {
            (low, f64::INFINITY)
        }
        Some(q) if q.contains("以下") || q.contains("以内") || q.contains("最多") => {
            (0.0, high)
        }
        Some(q)
            if ["余", "多", "超", "逾", "超过"]
                .iter()
                .any(|w| q.contains(w)) =>
        {
            (low, high + below_next_step)
        }
        Some(q) if ["近", "将近", "不足", "不到"].iter().any(|w| q.contains(w)) => {
            (low - below_next_step, high)
        }
        Some(_) => {
            let slack = (high * APPROXIMATION).max(1.0);
            (low - slack, high + slack)
        }
    }
}

/// Whether two figures' wordings leave a value they could both mean.
pub fn compatible(a: &Figure, b: &Figure) -> bool {
    // 4.96万元 restating 49580元 is rounded to the hundreds its last digit stands for.
    let rounded = |figure: &Figure| {
        let (low, high) = bounds(figure);
        let half_step = if figure.power >= 4 && figure.qualifier.is_none() {
            figure.step / 2.0
        } else {
            0.0
        };
        (low - half_step, high + half_step)
    };
    let (a_low, a_high) = rounded(a);
    let (b_low, b_high) = rounded(b);
    a_low <= b_high + 1e-9 && b_low <= a_high + 1e-9
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::figures::figures;

    fn figure(text: &str) -> Figure {
        figures(text).into_iter().next().unwrap()
    }

    #[test]
    fn lines_are_counted_as_line_of_counts_them() {
        let text = "一\n二\r\n三\r四\n";
        let breaks = line_breaks(text);
        for offset in 0..=text.len() {
            let line = breaks.partition_point(|&start| start <= offset);
            assert_eq!(line, crate::text::lines::line_of(text, offset), "{offset}");
        }
    }

    #[test]
    fn qualifiers_widen_the_interval() {
        assert_eq!(bounds(&figure("2700余个")), (2700.0, 2700.0 + 99.9));
        assert!(compatible(&figure("2700余个"), &figure("2750个")));
        assert!(!compatible(&figure("2700余个"), &figure("2800个")));
        assert!(!compatible(&figure("2700余个"), &figure("2600个")));
        assert!(compatible(&figure("4.96万元"), &figure("49580元")));
        assert!(!compatible(&figure("4.69万元"), &figure("49580元")));
        assert!(compatible(&figure("约50个"), &figure("54个")));
        assert!(compatible(&figure("10名左右"), &figure("11名")));
        assert!(!compatible(&figure("10名左右"), &figure("13名")));
    }

    #[test]
    fn spans_of_years_and_facilities() {
        assert_eq!(span_years("过去五年（2018—2022年），我们累计完成"), Some(5));
        assert_eq!(span_years("“十四五”前两年，全市累计完成"), Some(2));
        assert_eq!(span_years("三年来，全县累计"), Some(3));
        assert_eq!(span_years("2022年，全县累计"), None);
        assert_eq!(
            facility_of("地铁1号线一期于2021年6月开通运营，全长21.6公里。").as_deref(),
            Some("地铁1号线一期")
        );
        assert_eq!(
            facility_of("城东实验小学新建工程总投资1.52亿元，建筑面积3.2万平方米。").as_deref(),
            Some("城东实验小学新建工程")
        );
        assert_eq!(facility_of("全年实施改扩建学校项目12个。"), None);
    }
}
