//! Figures: every number expression of a draft, with its normalised value, unit, qualifier, kind
//! and label (the thing it counts or measures).

use regex::Regex;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::numerals::{parse_chinese, parse_decimal};

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(f64),
    Range(f64, f64),
    Date {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    /// Things counted with a measure word: 13个, 179名, 六看, 四大工程.
    Count,
    /// Money: 44.65亿元.
    Money,
    /// Other measured quantities: 亩, 吨, 公里, 平方米.
    Quantity,
    Percent,
    PercentagePoint,
    /// 1.1—1.6倍
    Multiple,
    /// 2019年, 2019年9月
    Date,
    /// 3年, 近三年, 20年
    Duration,
    /// 35周岁
    Age,
    /// 第一, 第二批
    Ordinal,
    /// 三分之一
    Fraction,
    /// A number with no unit: 1.1-1.6.
    Number,
    /// A bound that sorts things into a class, not an amount: 10亿元以上项目, 超十亿元企业.
    Threshold,
}

impl FigureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Quantity => "quantity",
            FigureKind::Percent => "percent",
            FigureKind::PercentagePoint => "percentage-point",
            FigureKind::Multiple => "multiple",
            FigureKind::Date => "date",
            FigureKind::Duration => "duration",
            FigureKind::Age => "age",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Fraction => "fraction",
            FigureKind::Number => "number",
            FigureKind::Threshold => "threshold",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub range: Range<usize>,
    pub value: Value,
    /// The measure word or unit, without magnitude: 元 for 44.65亿元, 人次, %, 年.
    pub unit: String,
    /// 余, 多, 约, 近, 超, 逾, 左右, 上下, 以上, 以下, 至少, 不足 …, as written.
    pub qualifier: Option<String>,
    pub kind: FigureKind,
    /// What the figure counts or measures, as written next to it.
    pub label: Option<String>,
    /// Whether the figure is written with Chinese numerals (近三年) rather than Arabic (近3年).
    pub chinese_numerals: bool,
    /// The place value of the last written digit: 100 for 2700, 1,000 for 2.3万. What 余 or 多
    /// can add to the figure is less than this.
    pub step: f64,
    /// The power of ten of the written magnitude: 8 for 亿, 4 for 万.
    pub power: u32,
    /// The dash or word joining the ends of a range: —, -, ～, 至.
    pub dash: Option<String>,
}

/// Measure words and units, longest first so that 人次 wins over 人.
const UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    "平方公里",
    "平方米",
    "立方米",
    "千瓦时",
    "标准箱",
    "万千瓦",
    "个月",
    "个小时",
    "方面",
    "人次",
    "场次",
    "批次",
    "周年",
    "户次",
    "件次",
    "家次",
    "周岁",
    "公里",
    "千米",
    "千瓦",
    "公斤",
    "千克",
    "美元",
    "小时",
    "公顷",
    "%",
    "％",
    "‰",
    "元",
    "个",
    "名",
    "次",
    "支",
    "门",
    "种",
    "户",
    "家",
    "条",
    "项",
    "村",
    "倍",
    "岁",
    "亩",
    "年",
    "人",
    "座",
    "所",
    "辆",
    "台",
    "件",
    "套",
    "批",
    "类",
    "场",
    "份",
    "张",
    "篇",
    "部",
    "处",
    "间",
    "栋",
    "吨",
    "米",
    "天",
    "日",
    "月",
    "届",
    "轮",
    "位",
    "级",
    "起",
    "宗",
    "笔",
    "单",
    "趟",
    "株",
    "头",
    "只",
    "节",
    "班",
    "组",
    "片",
    "镇",
    "乡",
    "区",
    "县",
    "市",
    "省",
    "国",
    "队",
    "站",
    "室",
    "园",
    "校",
    "床",
    "架",
    "艘",
    "块",
    "根",
    "册",
    "课",
    "季",
    "周",
    "分钟",
    "秒",
    "度",
];

/// Heads of count words written with Chinese numerals besides measure words: 四大工程, 六看,
/// 三促党建, 八必访, “进企业、进社区”四进活动.
const COUNT_HEADS: &[&str] = &["大", "看", "促", "必", "化", "单", "进"];

/// Phrases that contain numerals but state no figure.
pub(crate) const FIXED_PHRASES: &[&str] = &[
    "一盘棋",
    "一路绿灯",
    "第一线",
    "第一手",
    "第一时间",
    "第一时",
    "第一书记",
    "第一责任人",
    "统一",
    "一体化",
    "一步步",
    "一中心四平台",
    "三尺巷",
    "万无一失",
    "二次创业",
    "二次开发",
    "三番五次",
    "千方百计",
    "一把手",
    "一站式",
    "一网通办",
    "一件事",
    "一张图",
    "一张网",
    "一人一档",
    "两新组织",
    "三农",
    "五湖四海",
    "十全十美",
    "一揽子",
    "一系列",
    "一批批",
    "唯一",
    "万众一心",
    "一心一意",
    "全心全意",
    "三令五申",
    "七上八下",
    "退二进三",
];

const BEFORE_QUALIFIERS: &[&str] = &[
    // Before 超过, which 不超过 ends with.
    "不超过",
    "不高于",
    "不少于",
    "不低于",
    "超过",
    "将近",
    "不足",
    "不到",
    "至少",
    "最多",
    "高达",
    "多达",
    "突破",
    "约",
    "近",
    "超",
    "逾",
];

fn alternation(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// Measure words read only after Arabic digits: 培训86期 counts sessions, 一期改造 is a phase.
const ARABIC_ONLY_UNITS: &[&str] = &["期"];

static ARABIC: LazyLock<Regex> = LazyLock::new(|| {
    let units = alternation(&[UNITS, ARABIC_ONLY_UNITS].concat());
    Regex::new(&format!(
        r"(?x)
        (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:(?P<mag1>万亿|亿|万|千)?(?P<unit1>%|％)?[\ ]?(?P<dash>——|—|–|－|-|~|～|至|到)[\ ]?(?P<num2>\d+(?:\.\d+)?))?
        (?P<q1>余|多)?
        (?P<mag>万亿|亿|万|千)?
        (?P<q2>余|多)?
        (?P<unit>{units})?
        (?P<q3>左右|上下|以上|以下|以内|多)?"
    ))
    .unwrap()
});

static CHINESE: LazyLock<Regex> = LazyLock::new(|| {
    let units = alternation(UNITS);
    let heads = alternation(COUNT_HEADS);
    Regex::new(&format!(
        r"(?x)
        (?P<ordinal>第)?
        (?P<num>[〇零一二三四五六七八九十百千万亿两]+)
        (?:(?P<dash>至|到|—|－|~|～)(?P<num2>[〇零一二三四五六七八九十百千万两]+))?
        (?P<q1>余|多)?
        (?P<unit>{units}|{heads})?
        (?P<q3>左右|上下|以上|以下|多)?"
    ))
    .unwrap()
});

static PERCENT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"百分之(?P<num>[〇零一二三四五六七八九十百两]+|\d+(?:\.\d+)?)").unwrap()
});
static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<den>[一二三四五六七八九十百千两]+)分之(?P<numr>[一二三四五六七八九十百千两]+)")
        .unwrap()
});
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<year>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})(?:年?(?P<dash>——|—|－|-|~|～|至|到)(?P<year2>(?:19|20)\d{2}))?年(?:度)?(?:(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})日)?)?",
    )
    .unwrap()
});
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?").unwrap());

fn magnitude(mag: &str) -> u32 {
    match mag {
        "万亿" => 12,
        "亿" => 8,
        "万" => 4,
        "千" => 3,
        _ => 0,
    }
}

fn kind_of_unit(unit: &str) -> FigureKind {
    match unit {
        "元" | "美元" => FigureKind::Money,
        "%" | "％" | "‰" => FigureKind::Percent,
        "个百分点" | "百分点" => FigureKind::PercentagePoint,
        "倍" => FigureKind::Multiple,
        "年" | "个月" | "天" | "小时" | "个小时" | "周" | "季" | "分钟" | "秒" => {
            FigureKind::Duration
        }
        "岁" | "周岁" => FigureKind::Age,
        "亩" | "公顷" | "吨" | "米" | "公里" | "千米" | "平方米" | "平方公里" | "立方米"
        | "千瓦" | "万千瓦" | "千瓦时" | "公斤" | "千克" | "标准箱" | "度" => {
            FigureKind::Quantity
        }
        "周年" => FigureKind::Ordinal,
        "" => FigureKind::Number,
        _ => FigureKind::Count,
    }
}

/// Finds every figure in `text`, in document order.
pub fn figures(text: &str) -> Vec<Figure> {
    let mut found: Vec<Figure> = Vec::new();
    // Ranges already taken (fixed phrases, earlier figures), by start; they never overlap.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for range in fixed_phrase_ranges(text) {
        if !overlaps(&taken, &range) {
            taken.insert(range.start, range.end);
        }
    }
    let push = |figure: Figure, found: &mut Vec<Figure>, taken: &mut BTreeMap<usize, usize>| {
        if !overlaps(taken, &figure.range) {
            taken.insert(figure.range.start, figure.range.end);
            found.push(figure);
        }
    };
    for figure in dates(text) {
        push(figure, &mut found, &mut taken);
    }
    for figure in percent_words(text).into_iter().chain(fractions(text)) {
        push(figure, &mut found, &mut taken);
    }
    for figure in arabic(text) {
        push(figure, &mut found, &mut taken);
    }
    for figure in chinese(text) {
        push(figure, &mut found, &mut taken);
    }
    found.sort_by_key(|figure| figure.range.start);
    let mut previous_end = 0;
    let mut previous_start = 0;
    let mut previous_ordinal = false;
    for figure in &mut found {
        if figure.qualifier.is_none() {
            figure.qualifier = qualifier_before(text, figure.range.start).map(str::to_string);
        }
        // 第一产业增加值184.8亿元: an ordinal right before a label is part of it.
        let floor = if previous_ordinal
            && text[previous_end..figure.range.start]
                .chars()
                .all(is_label_char)
        {
            previous_start
        } else {
            previous_end
        };
        // 5G基站: the 5 is no figure, and the G is no part of the label.
        figure.label = label(text, figure, floor)
            .map(|label| {
                label
                    .trim_start_matches(|c: char| c.is_ascii_alphanumeric())
                    .to_string()
            })
            .filter(|label| !label.is_empty());
        if is_threshold(text, figure) {
            figure.kind = FigureKind::Threshold;
        }
        // 户籍人口68.5万: a population written without 人 still counts people.
        let counts_people = figure
            .label
            .as_deref()
            .is_some_and(|label| ["人口", "人数"].iter().any(|noun| label.ends_with(noun)));
        if figure.kind == FigureKind::Number && figure.power >= 4 && counts_people {
            figure.kind = FigureKind::Count;
            figure.unit = "人".to_string();
        }
        previous_end = figure.range.end;
        previous_start = figure.range.start;
        previous_ordinal = figure.kind == FigureKind::Ordinal;
    }
    found
}

/// 新引进亿元以上项目46个，其中10亿元以上项目8个; 产值超十亿元企业28家: a bound followed by the
/// noun it sorts is a class of things, not an amount of money or people.
fn is_threshold(text: &str, figure: &Figure) -> bool {
    let Some(qualifier) = figure.qualifier.as_deref() else {
        return false;
    };
    // 超100万元的村11个: the noun sorted may follow a 的.
    let of = if text[figure.range.end..].starts_with('的') {
        '的'.len_utf8()
    } else {
        0
    };
    let after: String = text[figure.range.end + of..]
        .chars()
        .take_while(|c| is_label_char(*c))
        .take(12)
        .collect();
    // 超过100万元的有7个: the noun sorted is the one counted next.
    let counted_by_class = of > 0
        && text[figure.range.end + of..].starts_with('有')
        && text[figure.range.end + of + '有'.len_utf8()..]
            .starts_with(|c: char| c.is_ascii_digit());
    if counted_by_class && ["超", "超过", "以上"].contains(&qualifier) {
        return true;
    }
    if label_after(&after).is_none() {
        return false;
    }
    // 扶持8000人以上自主创业 counts people; 300人以上企业12家 sorts firms, and a count of them
    // follows.
    let counted_next =
        text[figure.range.end + of + after.len()..].starts_with(|c: char| c.is_ascii_digit());
    let bound = ["以上", "以下", "以内"].contains(&qualifier);
    let over = ["超", "超过"].contains(&qualifier);
    match figure.kind {
        FigureKind::Money => bound || over,
        FigureKind::Count | FigureKind::Quantity => bound && counted_next,
        _ => false,
    }
}

/// Whether `range` overlaps one of the disjoint ranges in `taken` (start → end).
fn overlaps(taken: &BTreeMap<usize, usize>, range: &Range<usize>) -> bool {
    let before = taken.range(..range.end).next_back();
    before.is_some_and(|(_, &end)| end > range.start)
}

/// Where the fixed phrases stand, sorted by start.
pub fn fixed_phrase_ranges(text: &str) -> Vec<Range<usize>> {
    // “四统一”: a phrase that a quoted count heads is what it counts.
    let counted = |at: usize| {
        let mut before = text[..at].chars().rev();
        before.next().is_some_and(super::numerals::is_numeral_char) && before.next() == Some('“')
    };
    let mut ranges: Vec<Range<usize>> = FIXED_PHRASES
        .iter()
        .flat_map(|phrase| text.match_indices(phrase).map(|(at, p)| at..at + p.len()))
        .filter(|range| !counted(range.start))
        .collect();
    ranges.sort_by_key(|range| (range.start, range.end));
    ranges
}

fn qualifier_before(text: &str, start: usize) -> Option<&'static str> {
    let before = &text[..start];
    if ends_in_a_word_of_yue(before) {
        return None;
    }
    BEFORE_QUALIFIERS
        .iter()
        .copied()
        .find(|qualifier| before.ends_with(qualifier))
}

/// Words that end in 约 without meaning "about": 签约9.7万人 is nine-point-seven signed up.
const WORDS_OF_YUE: &[&str] = &[
    "签约", "续约", "履约", "预约", "合约", "节约", "制约", "违约", "解约", "邀约", "特约", "集约",
    "缔约", "公约", "条约", "契约", "租约", "守约", "践约", "相约",
];

fn ends_in_a_word_of_yue(text: &str) -> bool {
    WORDS_OF_YUE.iter().any(|word| text.ends_with(word))
}

/// A number glued to Latin letters or formula signs is a code or a name (PM2.5, G20, 5G, 1+4+N).
fn is_code_like(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let glued = |c: Option<char>| {
        c.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '+' | '_' | '/'))
    };
    // 380—560元/间夜: a slash after a unit divides units, not digits.
    let ends_in_a_unit = text[range.clone()]
        .chars()
        .next_back()
        .is_some_and(crate::text::chars::is_han);
    // 2024-09-23, 0574-8765-4321: a third run of digits makes a date or a phone number, not a range.
    let chained_before = text[..range.start]
        .strip_suffix('-')
        .is_some_and(|rest| rest.ends_with(|c: char| c.is_ascii_digit()));
    let chained_after = text[range.end..]
        .strip_prefix('-')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    // 0574: a leading zero writes a code, not an amount.
    let mut digits = text[range.clone()].chars();
    let leading_zero =
        digits.next() == Some('0') && digits.next().is_some_and(|c| c.is_ascii_digit());
    // GB 5749-2022, GB/T 15835, ISO 9001: a standard's number after its code and a space.
    let standard = text[..range.start].strip_suffix(' ').is_some_and(|code| {
        code.chars()
            .rev()
            .take_while(|c| c.is_ascii_uppercase() || *c == '/')
            .filter(char::is_ascii_uppercase)
            .count()
            >= 2
    });
    glued(before)
        || standard
        || (glued(after) && !(after == Some('/') && ends_in_a_unit))
        || leading_zero
        || chained_before
        || chained_after
}

fn join_qualifiers<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    let parts: Vec<&str> = parts.into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(""))
}

fn arabic(text: &str) -> Vec<Figure> {
    let mut figures = Vec::new();
    for captures in ARABIC.captures_iter(text) {
        let whole = captures.get(0).unwrap();
        let mut range = whole.range();
        if is_code_like(text, &range) {
            continue;
        }
        let number = captures.name("num").unwrap().as_str();
        // "5." at a heading's start, or "3.5" inside "3.5.1": no figure without a unit then.
        let unit = captures.name("unit").map_or("", |m| m.as_str());
        let power = magnitude(captures.name("mag").map_or("", |m| m.as_str()));
        // 10万～20万元: the first end may carry its own magnitude.
        let first_power = captures
            .name("mag1")
            .map_or(power, |m| magnitude(m.as_str()));
        let Some(value) = parse_decimal(number, first_power) else {
            continue;
        };
        // 3%—5%: a first end with its own percent sign needs one on the second.
        if captures.name("unit1").is_some() && !["%", "％"].contains(&unit) {
            continue;
        }
        let second = captures
            .name("num2")
            .and_then(|m| parse_decimal(m.as_str(), power));
        if unit.is_empty() && second.is_none() && power == 0 {
            continue; // a bare number: precision first
        }
        // A trailing 多 that is really the start of a word (多个, 多次) is not a qualifier.
        let q3 = captures.name("q3").map(|m| m.as_str());
        if q3 == Some("多") && unit.is_empty() {
            range.end -= "多".len();
        }
        let value = match second {
            Some(high) => Value::Range(value, high),
            None => Value::Number(value),
        };
        // 第12位, 70周年: a position or an anniversary, not an amount.
        let ordinal = text[..range.start].ends_with('第') || unit == "周年";
        figures.push(Figure {
            range,
            value,
            unit: unit.replace('％', "%"),
            qualifier: join_qualifiers([
                captures.name("q1").map(|m| m.as_str()),
                captures.name("q2").map(|m| m.as_str()),
                q3.filter(|_| !unit.is_empty()),
            ]),
            kind: if ordinal {
                FigureKind::Ordinal
            } else {
                kind_of_unit(unit)
            },
            label: None,
            chinese_numerals: false,
            step: written_step(number) * 10f64.powi(power as i32),
            power,
            dash: captures.name("dash").map(|m| m.as_str().to_string()),
        });
    }
    figures
}

/// The place value of a written number's last digit: 2700 → 100, 2.3 → 0.1, 13 → 1.
fn written_step(number: &str) -> f64 {
    let digits: String = number.chars().filter(|c| *c != ',').collect();
    match digits.split_once('.') {
        Some((_, fraction)) => 10f64.powi(-(fraction.len() as i32)),
        None => {
            let zeros = digits.len() - digits.trim_end_matches('0').len();
            10f64.powi(zeros.min(digits.len().saturating_sub(1)) as i32)
        }
    }
}

fn trailing_zeros(value: u64) -> u32 {
    if value == 0 {
        return 0;
    }
    let mut value = value;
    let mut zeros = 0;
    while value.is_multiple_of(10) {
        value /= 10;
        zeros += 1;
    }
    zeros
}

/// 固定日说事和双向约定说事一种: a lone 一 right after a list of its clause counts it (and
/// miscounts it), where 一种 elsewhere is an article.
fn counts_the_list_before(text: &str, at: usize, unit: &str) -> bool {
    const MEMBER_COUNTERS: &[&str] = &["种", "项", "类", "个", "件", "条"];
    let clause_start = text[..at]
        .rfind(['，', '。', '；', '：', '\n', '（', '“', '”'])
        .map_or(0, |found| {
            found + text[found..].chars().next().map_or(0, char::len_utf8)
        });
    let clause = &text[clause_start..at];
    MEMBER_COUNTERS.contains(&unit)
        && clause.chars().count() >= 5
        && (clause.contains('、') || clause.contains('和'))
}

fn chinese(text: &str) -> Vec<Figure> {
    let mut figures = Vec::new();
    for captures in CHINESE.captures_iter(text) {
        let whole = captures.get(0).unwrap();
        let numeral = captures.name("num").unwrap().as_str();
        let ordinal = captures.name("ordinal").is_some();
        let unit = captures.name("unit").map_or("", |m| m.as_str());
        // A numeral must lead with a digit (万人空巷, 千方百计 are words), and a lone 一 before a
        // measure word is an article (一名干部), not a count.
        let leads_with_digit =
            numeral.starts_with(|c: char| c != '万' && c != '亿' && c != '千' && c != '百');
        // 超百亿元企业, 亿元以上项目: a bound of money may lead with its magnitude.
        let money_bound = unit == "元"
            && (captures.name("q3").is_some_and(|m| m.as_str() == "以上")
                || ["超", "超过", "过"]
                    .iter()
                    .any(|word| text[..whole.start()].ends_with(word)));
        let article = !ordinal
            && numeral == "一"
            && captures.name("num2").is_none()
            && !counts_the_list_before(text, whole.start(), unit);
        if (!leads_with_digit && !money_bound) || article {
            continue;
        }
        // “六保”, “三变”, “三小”: a quoted numeral and one character count what they head.
        let quoted_head = (!ordinal && unit.is_empty())
            .then(|| quoted_count_head(text, whole.range()))
            .flatten();
        if !ordinal && unit.is_empty() && quoted_head.is_none() {
            continue;
        }
        let (unit, range) = match quoted_head {
            Some(head) => (head, whole.start()..whole.end() + head.len()),
            None => (unit, whole.range()),
        };
        // 亿元以上 is one 亿.
        let numeral = if numeral.starts_with(['万', '亿']) {
            format!("一{numeral}")
        } else {
            numeral.to_string()
        };
        let Some(value) = parse_chinese(&numeral) else {
            continue;
        };
        let step = 10f64.powi(trailing_zeros(value) as i32);
        let second = captures
            .name("num2")
            .and_then(|m| parse_chinese(m.as_str()));
        let (kind, value) = if ordinal {
            (FigureKind::Ordinal, Value::Number(value as f64))
        } else {
            let value = match second {
                Some(high) => Value::Range(value as f64, high as f64),
                None => Value::Number(value as f64),
            };
            (kind_of_unit(unit), value)
        };
        figures.push(Figure {
            range,
            value,
            unit: unit.to_string(),
            qualifier: join_qualifiers([
                captures.name("q1").map(|m| m.as_str()),
                captures.name("q3").map(|m| m.as_str()),
            ]),
            kind,
            label: None,
            chinese_numerals: true,
            step,
            power: 0,
            dash: captures.name("dash").map(|m| m.as_str().to_string()),
        });
    }
    figures
}

/// The head after a numeral that a pair of quotation marks closes: 保 in “六保”, 统一 in “四统一”.
fn quoted_count_head(text: &str, numeral: Range<usize>) -> Option<&str> {
    if !text[..numeral.start].ends_with('“') {
        return None;
    }
    let after = &text[numeral.end..];
    let head = after
        .chars()
        .next()
        .filter(|c| crate::text::chars::is_han(*c))?;
    let head_end = head.len_utf8();
    // “三社联动”, “五水共治”: the head and a two-character verb; “四议两公开” and “一核三区”
    // count two heads, which no single list holds.
    let verb: String = after[head_end..].chars().take(2).collect();
    let headed_verb = verb.chars().count() == 2
        && verb.chars().all(crate::text::chars::is_han)
        && !verb.chars().any(crate::analysis::numerals::is_numeral_char)
        && after[head_end + verb.len()..].starts_with('”');
    // “四统一”, “五到位”: a two-character head each item holds (人员统一调配、财务统一管理).
    let second_end = head_end
        + after[head_end..]
            .chars()
            .next()
            .filter(|c| crate::text::chars::is_han(*c))
            .map_or(0, char::len_utf8);
    // “零等待”, “一站式” are slogans, not counts.
    let counts_several = !text[numeral].starts_with(['零', '〇', '一']);
    if counts_several && second_end > head_end && after[second_end..].starts_with('”') {
        return Some(&after[..second_end]);
    }
    (after[head_end..].starts_with('”') || headed_verb).then(|| &after[..head_end])
}

fn percent_words(text: &str) -> Vec<Figure> {
    PERCENT_WORDS
        .captures_iter(text)
        .filter_map(|captures| {
            let number = captures.name("num").unwrap().as_str();
            let value = parse_chinese(number)
                .map(|v| v as f64)
                .or_else(|| parse_decimal(number, 0))?;
            Some(Figure {
                range: captures.get(0).unwrap().range(),
                value: Value::Number(value),
                unit: "%".into(),
                qualifier: None,
                kind: FigureKind::Percent,
                label: None,
                chinese_numerals: parse_chinese(number).is_some(),
                step: 1.0,
                power: 0,
                dash: None,
            })
        })
        .collect()
}

fn fractions(text: &str) -> Vec<Figure> {
    FRACTION
        .captures_iter(text)
        .filter_map(|captures| {
            let denominator = parse_chinese(captures.name("den").unwrap().as_str())?;
            let numerator = parse_chinese(captures.name("numr").unwrap().as_str())?;
            (denominator > 0).then(|| Figure {
                range: captures.get(0).unwrap().range(),
                value: Value::Number(numerator as f64 / denominator as f64),
                unit: String::new(),
                qualifier: None,
                kind: FigureKind::Fraction,
                label: None,
                chinese_numerals: true,
                step: 1.0,
                power: 0,
                dash: None,
            })
        })
        .collect()
}

fn small_number(text: &str) -> Option<u32> {
    text.parse()
        .ok()
        .or_else(|| parse_chinese(text).map(|v| v as u32))
}

fn dates(text: &str) -> Vec<Figure> {
    let mut figures: Vec<Figure> = DATE
        .captures_iter(text)
        .filter_map(|captures| {
            let range = captures.get(0).unwrap().range();
            if is_code_like(text, &range) {
                return None;
            }
            let year_text = captures.name("year").unwrap().as_str();
            let year = year_text
                .parse::<i32>()
                .ok()
                .or_else(|| parse_chinese(year_text).map(|v| v as i32))?;
            let month = captures
                .name("month")
                .and_then(|m| small_number(m.as_str()));
            let day = captures.name("day").and_then(|m| small_number(m.as_str()));
            let value = match captures
                .name("year2")
                .and_then(|m| m.as_str().parse::<i32>().ok())
            {
                Some(end) => Value::Range(year as f64, end as f64),
                None => Value::Date {
                    year: Some(year),
                    month,
                    day,
                },
            };
            Some(Figure {
                range,
                value,
                unit: "年".into(),
                qualifier: None,
                kind: FigureKind::Date,
                label: None,
                chinese_numerals: !year_text.is_ascii(),
                step: 1.0,
                power: 0,
                dash: None,
            })
        })
        .collect();
    // A month on its own (同年9月) is a date too, when it is a real month.
    for captures in MONTH_DAY.captures_iter(text) {
        let range = captures.get(0).unwrap().range();
        let month: u32 = captures["month"].parse().unwrap_or(0);
        let preceded_by_digit = text[..range.start].ends_with(|c: char| c.is_ascii_digit());
        let is_duration = text[..range.start].ends_with('个');
        if !(1..=12).contains(&month)
            || preceded_by_digit
            || is_duration
            || figures
                .iter()
                .any(|f| f.range.start < range.end && range.start < f.range.end)
        {
            continue;
        }
        // 同年9月, 当年9月: the year is the last one named before.
        let same_year = ["同年", "当年"]
            .iter()
            .any(|word| text[..range.start].ends_with(word));
        let year = same_year
            .then(|| {
                figures
                    .iter()
                    .filter(|f| f.range.end <= range.start)
                    .max_by_key(|f| f.range.start)
                    .and_then(|f| match f.value {
                        Value::Date { year, .. } => year,
                        _ => None,
                    })
            })
            .flatten();
        figures.push(Figure {
            range,
            value: Value::Date {
                year,
                month: Some(month),
                day: captures.name("day").and_then(|m| m.as_str().parse().ok()),
            },
            unit: "月".into(),
            qualifier: None,
            kind: FigureKind::Date,
            label: None,
            chinese_numerals: false,
            step: 1.0,
            power: 0,
            dash: None,
        });
    }
    figures
}

/// Words that end a label: particles, conjunctions and verbs that start a new phrase.
const LABEL_STOPS: &[&str] = &[
    "的", "和", "与", "及", "以及", "等", "在", "到", "为", "是", "于", "从", "向", "将", "以",
    "组成", "开展", "参加", "参与", "实现", "完成", "达到", "增长", "下降", "提高", "覆盖", "获得",
    "进行", "落实", "保障", "以上", "以下", "左右", "上下", "已", "均", "全部", "分别", "发放",
    "提供",
];
/// Words stripped from either end of a label written before its figure.
const LABEL_LEADS: &[&str] = &[
    "其中",
    "共有",
    "共计",
    "合计",
    "总计",
    "累计",
    "包括",
    "已有",
    "已经",
    "已",
    "共",
    "有",
    "占",
    "达",
    "为",
    "是",
    "约",
    "近",
    "超过",
    "超",
    "逾",
    "将近",
    "不足",
    "至少",
    "全市",
    "全年",
    "新增",
    "全县",
    "全区",
    "全省",
    "全镇",
    "全国",
    "力争",
    "确保",
    "争取",
    "计划",
    "预计",
    "可",
    "均",
    "该",
    "这",
    "此",
    "其",
    "上述",
    "这些",
    "首次",
    "再次",
    "上半年",
    "下半年",
    "今年",
];
/// Verbs between a label and its figure besides those of a level reached (LEVEL_VERBS):
/// 总值达到了…, 人数超过…, 完成….
const LINKING_VERBS: &[&str] = &[
    "达到了",
    "超过",
    "实现",
    "完成",
    "达",
    "为",
    "是",
    "有",
    "共",
    "约",
];

/// A label written before its figure starts after the last of these (verbs and prepositions):
/// 推动总投资44.65亿元 → 总投资, 将为慈溪市带来税收收入3400余万元 → 税收收入.
const LABEL_STARTS: &[&str] = &[
    "的", "和", "与", "及", "在", "到", "从", "对", "把", "将", "让", "使", "以", "其中", "推动",
    "带来", "实现", "完成", "建成", "达到", "引进", "新建", "拥有", "开展", "发放", "投入", "安排",
    "选派", "培养", "组建", "成立", "设立", "创建", "打造", "落实", "提供", "实施",
];
const MAX_LABEL_CHARS: usize = 12;

fn is_label_char(c: char) -> bool {
    crate::text::chars::is_han(c) || c.is_ascii_alphabetic()
}

/// The thing a figure counts: the noun phrase after its measure word (2700余个标准化先锋户联站),
/// else the phrase before the number (总投资7.7亿元, 引进项目13个).
fn label(text: &str, figure: &Figure, floor: usize) -> Option<String> {
    // A date, a position or a span of time counts nothing.
    if matches!(
        figure.kind,
        FigureKind::Date | FigureKind::Ordinal | FigureKind::Duration
    ) {
        return None;
    }
    // Quotation marks inside the phrase are looked through: 80多个示范性“先锋驿站”.
    let after: String = text[figure.range.end..]
        .chars()
        .filter(|c| !matches!(c, '“' | '”'))
        .take_while(|c| is_label_char(*c))
        .take(24)
        .collect();
    if let Some(label) = label_after(&after) {
        return Some(label);
    }
    // 实现营业收入**68.6亿元**: Markdown emphasis stands between a label and its figure, and
    // a colon in a data list (游客接待量：486.3万人次).
    let before = text[floor.min(figure.range.start)..figure.range.start]
        .trim_end_matches(['*', '_', ' '])
        .trim_end_matches(['：', ':'])
        .trim_end_matches(['*', '_', ' ']);
    let before: String = before
        .chars()
        .rev()
        .take_while(|c| is_label_char(*c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    label_before(&before).or_else(|| subject_of_clause(text, figure.range.start))
}

/// Verbs right before a figure that give the level something reached: 达到312.6亿元.
pub const LEVEL_VERBS: &[&str] = &[
    "达到",
    "增加到",
    "增长到",
    "提高到",
    "提升到",
    "下降到",
    "降至",
    "增至",
    "突破",
    "扩大到",
    "增加至",
    "增长至",
    "提高至",
    "提升至",
    "扩大至",
    "发展到",
    "发展至",
];
/// Words after a subject that say how it changed: 地区生产总值年均增长7.5%.
const CHANGE_WORDS: &[&str] = &[
    "比上年增长",
    "同比增长",
    "年均增长",
    "平均增长",
    "增长",
    "同比下降",
    "下降",
    "提高",
    "增加",
];

/// The subject a figure with no label of its own takes from its clause or sentence:
/// 一般公共预算收入从2016年的19.8亿元增加到2019年的24.5亿元 (both are 一般公共预算收入),
/// 全县地区生产总值年均增长7.5%，…，达到312.6亿元 (地区生产总值).
fn subject_of_clause(text: &str, start: usize) -> Option<String> {
    const CLAUSE_ENDS: &[char] = &['，', '；', '。', '：', '\n'];
    let clause_start = text[..start].rfind(CLAUSE_ENDS).map_or(0, |at| {
        at + text[at..].chars().next().map_or(1, char::len_utf8)
    });
    let clause = &text[clause_start..start];
    // 从 as a preposition (not 从业, 从事): the subject stands before it.
    // 由 likewise when a number follows it (由318公里增加到472公里), not in 由于 or 由…负责.
    let from = clause
        .match_indices(['从', '由'])
        .map(|(at, _)| at)
        .find(|&at| {
            let rest = &clause[at + '从'.len_utf8()..];
            if clause[at..].starts_with('由') {
                rest.starts_with(|c: char| c.is_ascii_digit())
            } else {
                !rest.starts_with(['业', '事'])
            }
        });
    if let Some(at) = from {
        return label_before(&label_run_before(&clause[..at]));
    }
    let verb = clause.trim_start_matches(['已', '均', '分', '别']);
    // A clause that opens with one of them, or with 超过, continues its sentence's subject.
    if !LEVEL_VERBS.contains(&verb) && verb != "超过" {
        return None;
    }
    // The sentence's first clause that is not only a time (2017—2019年，) names the subject.
    let sentence_start = text[..clause_start].rfind(['。', '\n']).map_or(0, |at| {
        at + text[at..].chars().next().map_or(1, char::len_utf8)
    });
    let first = text[sentence_start..clause_start]
        .split(['，', '；', '：'])
        .find(|clause| !clause.is_empty() && !is_time_phrase(clause))?;
    let mut phrase: &str = &first[..first
        .find(|c: char| !is_label_char(c))
        .unwrap_or(first.len())];
    while let Some(rest) = CHANGE_WORDS
        .iter()
        .find_map(|word| phrase.strip_suffix(word))
    {
        phrase = rest;
    }
    label_before(phrase)
}

/// What a figure with a general label (总投资, 投资) belongs to: the noun after 的
/// (总投资12.8亿元的县城南部污水处理厂), or the noun before the bracket the figure stands in
/// (县城南部污水处理厂（总投资12.8亿元）).
pub fn owner(text: &str, figure: &Figure) -> Option<String> {
    if let Some(rest) = text[figure.range.end..].strip_prefix('的') {
        let phrase: String = rest
            .chars()
            .filter(|c| !matches!(c, '“' | '”'))
            .take_while(|c| is_label_char(*c))
            .take(24)
            .collect();
        return label_after(&phrase);
    }
    let before = &text[..figure.range.start];
    let inside = before.trim_end_matches(|c: char| is_label_char(c));
    let outside = inside.strip_suffix(['（', '('])?;
    label_before(&label_run_before(outside))
}

/// The label characters right before the end of `text`.
fn label_run_before(text: &str) -> String {
    let run: Vec<char> = text
        .chars()
        .rev()
        .take_while(|c| is_label_char(*c))
        .collect();
    run.into_iter().rev().collect()
}

/// 2017—2019年, 2019年底, 近年来: a clause that only says when.
fn is_time_phrase(clause: &str) -> bool {
    clause
        .chars()
        .all(|c| c.is_ascii_digit() || "年月日底末初来以近至今—–-～~".contains(c))
}

/// What follows 在 in words of a status (在岗, 在职, 在校, 在建): an adjective, no preposition.
const STATUS_OF_BEING_IN: &[char] = &[
    '岗', '职', '校', '编', '册', '读', '建', '营', '孵', '库', '园', '院',
];

fn label_after(phrase: &str) -> Option<String> {
    // 以8.38亿元、9.21亿元顺利拍卖: an adverb after the figure starts the verb, not the noun.
    const ADVERBS: &[&str] = &[
        "顺利", "全部", "分别", "基本", "累计", "全面", "成功", "有效", "已经", "共同", "先后",
        "增加", "增长", "下降", "减少", "提高", "提升", "降低", "上升",
    ];
    let status_word = phrase
        .strip_prefix('在')
        .is_some_and(|rest| rest.starts_with(STATUS_OF_BEING_IN));
    if (phrase.starts_with(|c: char| "的以到至为是在和与及或等已均共".contains(c)) && !status_word)
        || ADVERBS.iter().any(|adverb| phrase.starts_with(adverb))
    {
        return None;
    }
    // The phrase ends at its first stop word; but in "X的Y" the head is Y (具有国家心理咨询师资质
    // 的干部组成的志愿者队伍 counts 干部).
    // 12.6万名志愿者就是12.6万颗火种, 148只网箱整齐排列: the verb after the noun.
    let first_stop = LABEL_STOPS
        .iter()
        .chain(&["就是", "整齐", "正在"])
        .filter_map(|stop| phrase.find(stop).filter(|&at| at > 0).map(|at| (at, *stop)))
        .min();
    let label = match first_stop {
        // 5个街道的28个社区: with nothing after 的, the noun before it is the label.
        Some((at, "的")) if at + "的".len() == phrase.len() => &phrase[..at],
        // 73家规上工业企业中产值不足亿元的仍有42家: the noun before 中 when nothing after 的 is one.
        Some((at, "的")) => {
            return label_after(&phrase[at + "的".len()..]).or_else(|| {
                let before = &phrase[..at];
                let inside = before
                    .find('中')
                    .filter(|&cut| before[..cut].chars().count() >= 2)?;
                Some(truncate(&before[..inside]))
            });
        }
        Some((at, _)) => &phrase[..at],
        None => phrase,
    };
    // 3.6万名人才中，…: 中 closes the phrase, it is no part of the noun.
    let label = label.strip_suffix('有').unwrap_or(label);
    let label = match label.strip_suffix('中') {
        Some(noun) if !noun.is_empty() => noun,
        _ => label,
    };
    // A one-character label must stand alone (六件事), not be cut from a longer word (关于).
    let stands_alone = label.chars().count() >= 2 || label.len() == phrase.len();
    (!label.is_empty() && stands_alone).then(|| truncate(label))
}

fn label_before(phrase: &str) -> Option<String> {
    // 地区生产总值达到312.6亿元: the verb right before the figure follows the label; drop it
    // before looking for where the label starts.
    // 通车里程由318公里…: the preposition of a change's start is no part of the label.
    let mut phrase = phrase.strip_suffix('由').unwrap_or(phrase);
    while let Some(rest) = LINKING_VERBS
        .iter()
        .chain(LEVEL_VERBS)
        .filter(|_| !ends_in_a_word_of_yue(phrase))
        .find_map(|verb| phrase.strip_suffix(verb))
    {
        phrase = rest;
    }
    for start in LABEL_STARTS {
        if let Some(at) = phrase.rfind(start) {
            // 从业人员, 从事: 从 starting a word is no preposition.
            let rest = &phrase[at + start.len()..];
            if *start == "从" && rest.starts_with(['业', '事']) {
                continue;
            }
            // 在岗乡村医生, 在校学生: 在 starting such a word is no preposition.
            if *start == "在" && rest.starts_with(STATUS_OF_BEING_IN) {
                continue;
            }
            // 规模以上工业, 亿元以上项目: 以 in 以上 is no preposition.
            if *start == "以" && rest.starts_with(['上', '下', '内', '来', '后', '前']) {
                continue;
            }
            // 完成率96.7%: a verb before 率 names a rate.
            if rest.starts_with('率') {
                continue;
            }
            // 教育经费总投入18.64亿元: 总 makes the verb a noun that ends the label.
            if rest.is_empty() && phrase[..at].ends_with('总') {
                continue;
            }
            phrase = rest;
        }
    }
    let mut stripped = true;
    while stripped {
        stripped = false;
        for lead in LABEL_LEADS {
            // 其他教育经费, 其余村: 其 of 其他 and 其余 is no lead.
            let rest_of_other =
                *lead == "其" && (phrase.starts_with("其他") || phrase.starts_with("其余"));
            let word_of_yue = *lead == "约" && ends_in_a_word_of_yue(phrase);
            if let Some(rest) = phrase
                .strip_prefix(lead)
                .filter(|_| !rest_of_other)
                .or_else(|| phrase.strip_suffix(lead).filter(|_| !word_of_yue))
            {
                phrase = rest;
                stripped = true;
            }
        }
    }
    let chars: Vec<char> = phrase.chars().collect();
    let start = chars.len().saturating_sub(MAX_LABEL_CHARS);
    let label: String = chars[start..].iter().collect();
    (label.chars().count() >= 2).then_some(label)
}

fn truncate(text: &str) -> String {
    text.chars().take(MAX_LABEL_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Figure {
        let found = figures(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn arabic_numbers_with_chinese_magnitudes() {
        let figure = one("推动总投资44.65亿元的新城河区块项目落地");
        assert_eq!(figure.value, Value::Number(4_465_000_000.0));
        assert_eq!(
            (figure.unit.as_str(), figure.kind),
            ("元", FigureKind::Money)
        );
        assert_eq!(figure.label.as_deref(), Some("总投资"));

        let figure = one("服务干部2.3万余人次，");
        assert_eq!(figure.value, Value::Number(23_000.0));
        assert_eq!(figure.unit, "人次");
        assert_eq!(figure.qualifier.as_deref(), Some("余"));

        let figure = one("将为慈溪市带来税收收入3400余万元。");
        assert_eq!(figure.value, Value::Number(34_000_000.0));
        assert_eq!(figure.qualifier.as_deref(), Some("余"));
        // 约 ending a word (签约) is no "about".
        let signed = one("残疾人等其他重点人群签约9.7万人。");
        assert_eq!(signed.qualifier, None);
        assert_eq!(signed.label.as_deref(), Some("残疾人等其他重点人群签约"));
        assert_eq!(one("游客约9.7万人。").qualifier.as_deref(), Some("约"));
        // 不超过 is a cap, not 超过.
        let cap = one("每名家庭医生签约不超过2000人。");
        assert_eq!(cap.qualifier.as_deref(), Some("不超过"));
        // A data list's colon stands between the label and its figure.
        assert_eq!(
            one("- 游客接待量：486.3万人次").label.as_deref(),
            Some("游客接待量")
        );
        // 个小时 counts hours.
        assert_eq!(one("存下的800多个小时").unit, "个小时");
        // A slash after a unit divides units (元/间夜); after digits it writes a code or a date.
        assert_eq!(figures("客房均价为380—560元/间夜。").len(), 1);
        assert!(figures("编号24/7").is_empty());
    }

    #[test]
    fn labels_name_the_counted_thing() {
        assert_eq!(
            one("慈溪已建成2700余个标准化先锋户联站，").label.as_deref(),
            Some("标准化先锋户联站")
        );
        assert_eq!(
            one("一支由179名具有国家心理咨询师资质的干部组成的志愿者队伍")
                .label
                .as_deref(),
            Some("干部")
        );
        let project = &figures("2019年引进项目13个，")[1];
        assert_eq!(project.label.as_deref(), Some("项目"));
        // 总 makes 投入 a noun; 其他 is no 其 lead; a long account name is kept whole.
        let labels: Vec<Option<String>> =
            figures("全年教育经费总投入18.64亿元，其中政府性基金预算教育支出1.96亿元、其他教育经费0.86亿元。")
                .into_iter()
                .map(|figure| figure.label)
                .collect();
        assert_eq!(
            labels,
            [
                Some("教育经费总投入".to_string()),
                Some("政府性基金预算教育支出".to_string()),
                Some("其他教育经费".to_string())
            ]
        );
        let start = &figures("全市高速公路通车里程由318公里增加到472公里。");
        assert_eq!(start[0].label.as_deref(), Some("高速公路通车里程"));
        assert_eq!(start[1].label.as_deref(), Some("高速公路通车里程"));
    }

    #[test]
    fn a_figure_without_a_noun_takes_its_clauses_subject() {
        let labels = |text: &str| -> Vec<Option<String>> {
            figures(text)
                .into_iter()
                .filter(|figure| figure.kind == FigureKind::Money)
                .map(|figure| figure.label)
                .collect()
        };
        let revenue = Some("一般公共预算收入".to_string());
        assert_eq!(
            labels("一般公共预算收入从2016年的19.8亿元增加到2019年的24.5亿元。"),
            [revenue.clone(), revenue]
        );
        let output = labels(
            "过去三年。2017—2019年，全县地区生产总值年均增长7.5%，跨上300亿元台阶，达到312.6亿元；",
        );
        assert_eq!(output[1].as_deref(), Some("地区生产总值"));
        // A clause that opens with another verb names its own thing, or nothing.
        assert_eq!(labels("全县地区生产总值增长7.5%，完成2.6亿元。")[0], None);
    }

    #[test]
    fn chinese_numeral_counts() {
        for (text, value, unit) in [
            ("的“六看”标准", 6.0, "看"),
            ("全面实施“四大工程”，", 4.0, "大"),
            ("出台十二条举措", 12.0, "条"),
            ("按照“三个区分开来”原则", 3.0, "个"),
        ] {
            let figure = one(text);
            assert_eq!(figure.value, Value::Number(value), "{text}");
            assert_eq!(figure.unit, unit, "{text}");
            assert_eq!(figure.kind, FigureKind::Count, "{text}");
            assert!(figure.chinese_numerals);
        }
        let figure = one("近三年“双考双排”中");
        assert_eq!(
            (figure.kind, figure.qualifier.as_deref()),
            (FigureKind::Duration, Some("近"))
        );
    }

    #[test]
    fn percentages_ranges_and_multiples() {
        assert_eq!(one("占新提任干部的78.9%。").value, Value::Number(78.9));
        let figure = one("精选50%左右学员");
        assert_eq!(figure.qualifier.as_deref(), Some("左右"));
        assert_eq!(one("提高百分之二十").value, Value::Number(20.0));
        assert_eq!(one("提高20个百分点").kind, FigureKind::PercentagePoint);
        let figure = one("按照宁波社平工资1.1—1.6倍保障");
        assert_eq!(figure.value, Value::Range(1.1, 1.6));
        assert_eq!(figure.kind, FigureKind::Multiple);
        assert_eq!(one("下设3—4个先锋户联站").value, Value::Range(3.0, 4.0));
        assert_eq!(one("35～40岁").value, Value::Range(35.0, 40.0));
        assert_eq!(one("三至五年").value, Value::Range(3.0, 5.0));
        assert_eq!(one("1.1-1.6").value, Value::Range(1.1, 1.6));
        assert_eq!(
            one("给予10万～20万元补贴").value,
            Value::Range(100_000.0, 200_000.0)
        );
        assert_eq!(one("三分之一").kind, FigureKind::Fraction);
    }

    #[test]
    fn the_step_is_the_place_of_the_last_written_digit() {
        assert_eq!(one("2700余个").step, 100.0);
        assert_eq!(one("2.3万余人次").step, 1000.0);
        assert_eq!(one("50余万人次").step, 100_000.0);
        assert_eq!(one("13个").step, 1.0);
        assert_eq!(one("三千五百万元").step, 1_000_000.0);
    }

    #[test]
    fn years_dates_and_ordinals() {
        let figure = one("2019年9月被提拔");
        assert_eq!(
            figure.value,
            Value::Date {
                year: Some(2019),
                month: Some(9),
                day: None
            }
        );
        assert_eq!(one("2016年开始").kind, FigureKind::Date);
        assert_eq!(one("参加第二阶段学习").kind, FigureKind::Ordinal);
        assert_eq!(one("2017—2019年").value, Value::Range(2017.0, 2019.0));
    }

    #[test]
    fn fixed_phrases_and_codes_are_not_figures() {
        for text in [
            "坚持项目招引“一盘棋”",
            "“一路绿灯”促成项目落地",
            "常走常访“第一线”、民情排摸“第一手”",
            "统一面向社会招考",
            "产业发展一体化",
            "一步步系统谋划",
            "建成“一中心四平台全科网格”体系",
            "“三尺巷”公约",
            "万无一失",
            "PM2.5平均浓度",
            "“1+4+N”立体化服务体系",
            "作为一名招商队伍中的新兵",
            "慈溪要实现“二次创业”",
            "China Daily | Updated: 2024-09-23 07:42",
            "咨询电话0574-87654321",
        ] {
            assert!(figures(text).is_empty(), "{text}: {:#?}", figures(text));
        }
    }

    #[test]
    fn a_standards_number_is_no_range() {
        let text = "检测执行国家标准（GB 5749-2022），合格率98.3%。";
        assert!(figures(text).iter().all(|figure| figure.dash.is_none()));
        let text = "标准按GB/T 15835执行，年龄在20-35岁之间。";
        let found = figures(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].unit, "岁");
    }
}
