//! Enumerations: items joined by 、 (and 和/及/与/以及 before the last), tied to the count word
//! that names them — 党建联盟、产业联动、规划联体、社会共治“四大工程”; 看问题性质、…、看纠错态度”
//! 的“六看”; 傅家路村、傅家村、健民村 … 3村.

use std::ops::Range;

use super::figures::{Figure, FigureKind, Value};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub range: Range<usize>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enumeration {
    /// Index of the count word in the report's figures.
    pub figure: usize,
    pub count_range: Range<usize>,
    pub count: u64,
    pub items: Vec<Item>,
    /// The list ends with 等: it names some of what is counted, not all.
    pub open_ended: bool,
    /// The list is surely what the count counts, however far apart their numbers: one value per
    /// member right after the count word (两个地块以8.38亿元、9.21亿元), or members that each
    /// begin with the count's own head (促发展、促改革、促稳定的“三促党建”).
    pub surely_counted: bool,
}

/// Characters that may stand between a list and its count word: quotes and 的.
const GLUE: &[char] = &['“', '”', '「', '」', '的', ' '];
/// What ends a list on the side away from its count word.
const SEGMENT_BOUNDARY: &[char] = &[
    '，', '。', '；', '：', '！', '？', '（', '(', '\n', '“', '「', '《', '》', ',',
];
/// Words in front of a list's first item that belong to the sentence, not to the item.
const LEADING_WORDS: &[&str] = &[
    "全面实施",
    "全面推进",
    "推行",
    "推出",
    "全面",
    "实施",
    "采取",
    "创下",
    "包括",
    "建立",
    "涵盖",
    "围绕",
    "聚焦",
    "突出",
    "推进",
    "深化",
    "开展",
    "组织",
    "加强",
    "实现",
    "分别是",
    "分别为",
    "即",
    "以",
    "有",
    "是",
    "为",
    "把握",
    "按照",
    "坚持",
    "形成",
    "打造",
    "构建",
    "设立",
    "成立",
    "覆盖",
    "涉及",
    "由",
    "在",
    "对",
    "将",
    "与",
    "和",
];
/// Units that name places: a count in them may refer to a list further back in the paragraph.
const PLACE_UNITS: &[&str] = &["村", "镇", "乡", "县", "区", "市", "省", "街道", "社区"];
const MIN_ITEM_CHARS: usize = 2;
const MAX_ITEM_CHARS: usize = 16;
const MAX_PAIR_ITEM_CHARS: usize = 8;
/// How far back (in characters) a place count may look for its list.
const PLACE_LOOKBACK_CHARS: usize = 160;

pub fn enumerations(text: &str, figures: &[Figure]) -> Vec<Enumeration> {
    figures
        .iter()
        .enumerate()
        .filter_map(|(index, figure)| {
            // 一个地块以8.38亿元、9.21亿元: values tied one to each member count even from one.
            let values = countable_from_one(figure).and_then(|count| {
                Some((count, figures_after(text, figure, &figures[index + 1..])?))
            });
            let one_value_each = values.is_some();
            let head = figure.unit.as_str();
            // 可回收物、厨余垃圾、有害垃圾、其他垃圾“四分类”: a quoted count word right after its
            // list counts that list, whatever its head.
            let quoted = text[..figure.range.start].ends_with('“')
                && text[figure.range.end..].starts_with('”');
            let mut names_its_list = false;
            let (count, mut items) = match values {
                Some(tied) => tied,
                // 固定日说事和双向约定说事一种: a list of two or more right before 一种 is its
                // list, though 一种 alone is mostly "a kind of".
                None if countable_from_one(figure) == Some(1) => {
                    let right_after_the_list =
                        !text[..figure.range.start].ends_with(|c: char| GLUE.contains(&c));
                    let items = list_before(text, figure).filter(|items| {
                        right_after_the_list
                            && items.len() >= 2
                            && items.iter().all(|item| {
                                item.text.chars().count() <= MAX_ITEM_CHARS
                                    && !item.text.contains('一')
                            })
                    })?;
                    (1, items)
                }
                None => {
                    let count = countable(figure).or_else(|| headed_count(figure))?;
                    let before = list_before(text, figure);
                    names_its_list = quoted
                        && before.as_ref().is_some_and(|items| {
                            // The first item may carry the clause's lead-in (全县统一推行可回收物).
                            items.len() >= 2
                                && items[1..]
                                    .iter()
                                    .all(|item| item.text.chars().count() <= MAX_PAIR_ITEM_CHARS)
                        });
                    // “两个中心、一个平台”：一是…二是…三是…: the list after counts both.
                    let shares_its_list = COMPOUND_COUNT.is_match(&text[figure.range.end..]);
                    let items = before
                        .or_else(|| quoted_run_before(text, figure))
                        .or_else(|| {
                            (!shares_its_list)
                                .then(|| list_after(text, figure))
                                .flatten()
                        })
                        .or_else(|| figures_after(text, figure, &figures[index + 1..]))
                        .or_else(|| place_list_back(text, figure))?;
                    (count, items)
                }
            };
            // “六保” counts items that each hold its head: 保居民就业、…、保基层运转.
            if !LIST_COUNTERS.contains(&figure.unit.as_str())
                && !names_its_list
                && !items
                    .iter()
                    .all(|item| item.text.contains(figure.unit.as_str()))
            {
                return None;
            }
            // 北京大学肿瘤医院、中日友好医院等9家: the list is a sample of what is counted.
            let last = items.last_mut()?;
            let open_ended = last.text.ends_with('等') || text[last.range.end..].starts_with('等');
            if last.text.ends_with('等') {
                last.text.pop();
                last.range.end -= '等'.len_utf8();
            }
            let each_begins_with_the_head = !GENERIC_COUNTERS.contains(&head)
                && items.iter().all(|item| item.text.starts_with(head));
            Some(Enumeration {
                figure: index,
                count_range: figure.range.clone(),
                count,
                items,
                open_ended,
                surely_counted: one_value_each || each_begins_with_the_head,
            })
        })
        .collect()
}

/// 两个中心、一个平台: a count word joined to another, the two sharing what follows.
static COMPOUND_COUNT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^[^，。；：、“”]{1,6}[、和与][一二两三四五六七八九十]+[个项条大张类件]")
        .unwrap()
});

/// Measure words that count the members of a list: 六件事, 四大工程, 十二条, 3村. Not 次, 届,
/// 批 (times and rounds) nor 名, 人 (people are counted, not the kinds of them listed).
const LIST_COUNTERS: &[&str] = &[
    "个", "项", "件", "条", "种", "类", "大", "看", "促", "必", "化", "村", "镇", "乡", "家",
    "方面", "级", "单", "张", "方", "所",
];

/// Measure words that count anything: a list whose members begin with one proves nothing.
const GENERIC_COUNTERS: &[&str] = &[
    "个", "项", "件", "条", "种", "类", "大", "家", "级", "单", "张", "方面", "方", "所",
];

/// A quoted count word with a head of its own (“六保”, “三小”): a count when its list says so.
fn headed_count(figure: &Figure) -> Option<u64> {
    let short_head = figure.unit.chars().count() <= 2;
    match figure.value {
        Value::Number(value)
            if figure.kind == FigureKind::Count
                && figure.chinese_numerals
                && short_head
                && figure.qualifier.is_none()
                && (2.0..=10.0).contains(&value) =>
        {
            Some(value as u64)
        }
        _ => None,
    }
}

/// A count word of list members, one included (一个地块).
fn countable_from_one(figure: &Figure) -> Option<u64> {
    let one = figure.kind == FigureKind::Count
        && figure.qualifier.is_none()
        && LIST_COUNTERS.contains(&figure.unit.as_str())
        && figure.value == Value::Number(1.0);
    if one { Some(1) } else { countable(figure) }
}

fn countable(figure: &Figure) -> Option<u64> {
    if figure.kind != FigureKind::Count
        || figure.qualifier.is_some()
        || !LIST_COUNTERS.contains(&figure.unit.as_str())
    {
        return None;
    }
    match figure.value {
        Value::Number(value) if value.fract() == 0.0 && (2.0..=30.0).contains(&value) => {
            Some(value as u64)
        }
        _ => None,
    }
}

/// The list that ends right before the count word (only quotes and 的 between).
fn list_before(text: &str, figure: &Figure) -> Option<Vec<Item>> {
    let mut end = figure.range.start;
    while let Some(c) = text[..end].chars().next_back() {
        if !GLUE.contains(&c) {
            break;
        }
        end -= c.len_utf8();
    }
    // 链长制提升、数字化改造、“小升规”培育“三大行动”: a quoted word inside an item is no
    // boundary.
    // 改管网（雨污分流）、改道路: nor is a bracketed note.
    let mut open_quotes = 0usize;
    let mut open_brackets = 0usize;
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| match c {
            '”' => {
                open_quotes += 1;
                false
            }
            '“' if open_quotes > 0 => {
                open_quotes -= 1;
                false
            }
            '）' => {
                open_brackets += 1;
                false
            }
            '（' if open_brackets > 0 => {
                open_brackets -= 1;
                false
            }
            _ => SEGMENT_BOUNDARY.contains(&c),
        })
        .map_or(0, |(at, c)| at + c.len_utf8());
    split_items(text, start..end, figure)
}

/// “先锋户联”“先锋驿站”“两个先锋”: adjacent quoted names before a quoted count word, or right
/// before a bare one (“渔村客厅”“渔民画廊”“海鲜集市”“渔港夜市”四大场景).
fn quoted_run_before(text: &str, figure: &Figure) -> Option<Vec<Item>> {
    let before = &text[..figure.range.start];
    let mut end = before.strip_suffix('“').unwrap_or(before).len();
    let mut items = Vec::new();
    while text[..end].ends_with('”') {
        let close = end - '”'.len_utf8();
        let open = text[..close].rfind('“')?;
        let name_start = open + '“'.len_utf8();
        items.push(Item {
            range: name_start..close,
            text: text[name_start..close].to_string(),
        });
        end = open;
    }
    items.reverse();
    (items.len() >= 2).then_some(items)
}

/// 六件事：学习事、攻坚事、…: a list right after the count word and a colon.
fn list_after(text: &str, figure: &Figure) -> Option<Vec<Item>> {
    if let Some(items) = aspects_told_next(text, figure) {
        return Some(items);
    }
    let mut rest = &text[figure.range.end..];
    // The introducer stands within a few characters of the count word.
    let window_end = rest.char_indices().nth(12).map_or(rest.len(), |(at, _)| at);
    let window = &rest[..window_end];
    // The counted noun (事, 方面, 服务举措) and then a colon, 即 or 分别是 introduce the list.
    let (at, introducer) = [
        "：",
        ":",
        "，即",
        "即",
        "，分别是",
        "分别是",
        "，包括",
        "包括",
        // “四个一”工程——打造一条…、培育一批…
        "——",
    ]
    .iter()
    .filter_map(|word| window.find(word).map(|at| (at, *word)))
    .min()?;
    if rest[..at].chars().count() > 8 || rest[..at].contains(['，', '。', '；']) {
        return None;
    }
    let start = figure.range.end + at + introducer.len();
    rest = &text[start..];
    if rest.trim_start().starts_with("一是") {
        return numbered_items(text, start);
    }
    // 重点抓好五个方面工作：⏎（一）…⏎（二）…: the sections that follow are the items.
    if rest
        .split('\n')
        .next()
        .is_some_and(|line| line.trim().is_empty())
    {
        return numbered_headings(text, start).or_else(|| bullets(text, start));
    }
    let end = start
        + rest
            .find(['。', '；', '！', '？', '，', '\n'])
            .unwrap_or(rest.len());
    split_items(text, start..end, figure).or_else(|| {
        [":", "："]
            .contains(&introducer)
            .then(|| clauses_with_figures(text, start))
            .flatten()
    })
}

/// 办好“六件实事”：新建幼儿园3所，改造老旧小区12个，…，新增公共停车泊位1500个。: after a colon,
/// one clause per item up to the sentence's end, each with a figure of its own.
fn clauses_with_figures(text: &str, start: usize) -> Option<Vec<Item>> {
    let rest = &text[start..];
    let end = start + rest.find(['。', '！', '？', '\n']).unwrap_or(rest.len());
    let mut items = Vec::new();
    let mut item_start = start;
    for (at, c) in text[start..end].char_indices() {
        if c == '，' || c == '；' {
            items.push(item_start..start + at);
            item_start = start + at + c.len_utf8();
        }
    }
    items.push(item_start..end);
    let every_clause_counts = items.iter().all(|range| {
        let clause = &text[range.clone()];
        clause.chars().count() >= MIN_ITEM_CHARS && clause.contains(|c: char| c.is_ascii_digit())
    });
    (items.len() >= 2 && every_clause_counts).then(|| {
        items
            .into_iter()
            .map(|range| Item {
                text: text[range.clone()].to_string(),
                range,
            })
            .collect()
    })
}

/// Words between a count and a run of figures, one per member: 两个地块以8.38亿元、9.21亿元拍卖,
/// 三个片区分别增长5%、6%和8%.
const FIGURE_LIST_INTRODUCERS: &[&str] = &[
    "分别以",
    "分别为",
    "分别是",
    "分别达到",
    "分别增长",
    "分别下降",
    "分别提高",
    "分别",
    "以",
];

/// The figures that give one value per member of what a count word counts.
fn figures_after(text: &str, figure: &Figure, later: &[Figure]) -> Option<Vec<Item>> {
    let first = later.first()?;
    let between = &text[figure.range.end..first.range.start];
    if between.chars().count() > 12 || between.contains(['，', '。', '；', '：', '\n']) {
        return None;
    }
    // The introducer ends right where the first figure starts.
    FIGURE_LIST_INTRODUCERS
        .iter()
        .find(|word| between.ends_with(*word))?;
    let mut items = vec![item_of(text, first)];
    for pair in later.windows(2) {
        let joint = &text[pair[0].range.end..pair[1].range.start];
        if !matches!(joint, "、" | "和" | "及" | "与") || pair[1].unit != first.unit {
            break;
        }
        items.push(item_of(text, &pair[1]));
    }
    (items.len() >= 2).then_some(items)
}

fn item_of(text: &str, figure: &Figure) -> Item {
    Item {
        range: figure.range.clone(),
        text: text[figure.range.clone()].to_string(),
    }
}

/// 下面我从三个方面介绍有关情况。⏎一是…⏎二是…: aspects announced at the end of a paragraph
/// and told in the paragraphs that open with 一是, 二是, … after it.
fn aspects_told_next(text: &str, figure: &Figure) -> Option<Vec<Item>> {
    let rest = &text[figure.range.end..];
    let rest = rest
        .strip_prefix("个方面")
        .or_else(|| rest.strip_prefix("方面"))?;
    let paragraph_end = rest.find('\n')?;
    let sentence_tail = &rest[..paragraph_end];
    // The announcing sentence ends the paragraph: nothing but its own words after the aspects.
    if sentence_tail
        .trim_end()
        .trim_end_matches(['。', '：', ':'])
        .contains(['。', '；'])
    {
        return None;
    }
    let start = figure.range.end + (text[figure.range.end..].len() - rest.len()) + paragraph_end;
    let next = text[start..].find(|c: char| !c.is_whitespace())? + start;
    text[next..]
        .starts_with("一是")
        .then(|| numbered_items(text, next))
        .flatten()
}

/// 三个方面的问题：一是人才分布不均衡，…；二是…；三是…: one item per N是, in order, up to the
/// paragraph's end.
fn numbered_items(text: &str, start: usize) -> Option<Vec<Item>> {
    let mut paragraph_end = text[start..].find('\n').map_or(text.len(), |at| start + at);
    let mut items = Vec::new();
    let mut from = start;
    for number in 1u64..=MAX_NUMBERED_ITEMS {
        let marker = format!("{}是", chinese_number(number));
        let at = match text[from..paragraph_end].find(&marker) {
            Some(at) => from + at,
            // 十二条举措：\n一是…。\n二是…。: each item may open a paragraph of its own.
            None => {
                let Some(next) = text[paragraph_end..]
                    .find(|c: char| !c.is_whitespace())
                    .map(|at| paragraph_end + at)
                else {
                    break;
                };
                if !text[next..].starts_with(&marker) {
                    break;
                }
                paragraph_end = text[next..].find('\n').map_or(text.len(), |at| next + at);
                next
            }
        };
        let item_start = at + marker.len();
        let item_end = text[item_start..paragraph_end]
            .find(['，', '；', '。'])
            .map_or(paragraph_end, |at| item_start + at);
        items.push(Item {
            range: item_start..item_end,
            text: text[item_start..item_end].to_string(),
        });
        from = item_end;
    }
    (items.len() >= 2).then_some(items)
}

/// The headings （一）, （二）, … that follow a line ending in a colon, up to the next top-level
/// heading (三、…) or a break in the numbering.
fn numbered_headings(text: &str, start: usize) -> Option<Vec<Item>> {
    let mut items = Vec::new();
    for (line_start, line) in lines_from(text, start) {
        let trimmed = line.trim();
        let leading = line.len() - line.trim_start().len();
        let expected = format!("（{}）", chinese_number(items.len() as u64 + 1));
        if trimmed.starts_with(&expected) {
            let item_start = line_start + leading + expected.len();
            let item_end = line_start + leading + trimmed.len();
            items.push(Item {
                range: item_start..item_end,
                text: text[item_start..item_end].to_string(),
            });
        } else if OTHER_HEADING.is_match(trimmed) {
            // Another number out of turn, or the next top-level section (三、…).
            break;
        }
        if items.len() as u64 > MAX_NUMBERED_ITEMS {
            break;
        }
    }
    (items.len() >= 2).then_some(items)
}

/// The bullets (- …, * …) of a Markdown list that follows a line ending in a colon, up to the
/// first line that is neither a bullet nor blank.
fn bullets(text: &str, start: usize) -> Option<Vec<Item>> {
    let mut items = Vec::new();
    for (line_start, line) in lines_from(text, start) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let Some(item) = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .or_else(|| trimmed.strip_prefix("+ "))
        else {
            break;
        };
        let item_start = line_start + (line.len() - line.trim_start().len()) + 2;
        items.push(Item {
            range: item_start..item_start + item.len(),
            text: item.to_string(),
        });
        if items.len() as u64 > MAX_NUMBERED_ITEMS {
            break;
        }
    }
    (items.len() >= 2).then_some(items)
}

/// The lines of `text` from `start` on, each with the offset it starts at.
fn lines_from(text: &str, start: usize) -> impl Iterator<Item = (usize, &str)> {
    text[start..]
        .split_inclusive('\n')
        .scan(start, |offset, line| {
            let line_start = *offset;
            *offset += line.len();
            Some((line_start, line))
        })
}

static OTHER_HEADING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")
        .unwrap()
});

/// Numbered items are counted up to this (the largest count word a list is tied to).
const MAX_NUMBERED_ITEMS: u64 = 30;

/// 一 … 十, 十一 … 三十: how items are numbered in running text.
fn chinese_number(number: u64) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, units) = ((number / 10) as usize, (number % 10) as usize);
    match tens {
        0 => DIGITS[units].to_string(),
        1 => format!("十{}", DIGITS[units]),
        _ => format!("{}十{}", DIGITS[tens], DIGITS[units]),
    }
}

/// 傅家路村、傅家村、健民村，率先组成……3村: the nearest list of places back in the paragraph.
fn place_list_back(text: &str, figure: &Figure) -> Option<Vec<Item>> {
    let unit = PLACE_UNITS.iter().find(|unit| figure.unit == **unit)?;
    let paragraph_start = text[..figure.range.start]
        .rfind('\n')
        .map_or(0, |at| at + 1);
    let window_start = text[paragraph_start..figure.range.start]
        .char_indices()
        .rev()
        .nth(PLACE_LOOKBACK_CHARS)
        .map_or(paragraph_start, |(at, _)| paragraph_start + at);
    let window = &text[window_start..figure.range.start];
    // Try each list (a run containing 、) from the nearest backwards.
    let mut search_end = window.len();
    while let Some(separator) = window[..search_end].rfind('、') {
        let absolute = window_start + separator;
        let start = text[..absolute]
            .char_indices()
            .rev()
            .find(|(_, c)| SEGMENT_BOUNDARY.contains(c))
            .map_or(0, |(at, c)| at + c.len_utf8());
        let end = text[absolute..]
            .char_indices()
            .find(|(_, c)| SEGMENT_BOUNDARY.contains(c))
            .map_or(text.len(), |(at, _)| absolute + at);
        if let Some(items) = split_items(text, start..end, figure)
            && items.iter().all(|item| item.text.ends_with(unit))
        {
            return Some(items);
        }
        search_end = start.saturating_sub(window_start);
        if search_end == 0 {
            break;
        }
    }
    None
}

/// Splits a segment into items at 、 and a final 和/及/与/以及; trims the first item of the
/// words that lead into the list. `None` unless it reads as a list.
fn split_items(text: &str, segment: Range<usize>, figure: &Figure) -> Option<Vec<Item>> {
    let body = &text[segment.clone()];
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut piece_start = segment.start;
    // “中央厨房+长者食堂+社区助餐点”三级: a structure written with plus signs.
    let joined_by_plus = !body.contains('、') && body.contains(['+', '＋']);
    let separators: &[char] = if joined_by_plus {
        &['+', '＋']
    } else {
        &['、']
    };
    for (at, c) in body.char_indices() {
        if separators.contains(&c) {
            pieces.push(piece_start..segment.start + at);
            piece_start = segment.start + at + c.len_utf8();
        }
    }
    pieces.push(piece_start..segment.end);

    // The last piece may hold the last two items: 固定日说事和双向约定说事.
    let last = pieces.pop()?;
    // 胸痛中心、卒中中心、…、危重儿童和新生儿救治中心: when every other item ends in one word
    // and only the words after 和 do, the two share it and make one item.
    let shared_ending = |left: &str, right: &str| {
        let ending = |item: &str| item.chars().rev().take(2).collect::<String>();
        pieces.len() >= 2
            && pieces
                .iter()
                .all(|piece| ending(&text[piece.clone()]) == ending(right))
            && ending(left) != ending(right)
    };
    let conjunction = ["以及", "和", "及", "与"].iter().find_map(|word| {
        let piece = &text[last.clone()];
        // Both sides must stand as items: 协和医院 holds 和 but is one name.
        piece
            .rfind(word)
            .filter(|&at| {
                piece[..at].chars().count() >= MIN_ITEM_CHARS
                    && piece[at + word.len()..].chars().count() >= MIN_ITEM_CHARS
                    && !shared_ending(&piece[..at], &piece[at + word.len()..])
            })
            .map(|at| (last.start + at, word.len()))
    });
    match conjunction {
        Some((at, len)) if pieces.len() + 2 <= 30 => {
            pieces.push(last.start..at);
            pieces.push(at + len..last.end);
        }
        _ => pieces.push(last),
    }
    // 地缘相近、人缘相亲、文化相通的傅家路村、傅家村、健民村: a 的 inside the run ends one list
    // (the qualities) and starts another (the villages).
    // 入昆通道的外网、重要场所的内网: when several items hold a 的, each has its own modifier.
    let with_de = pieces
        .iter()
        .filter(|range| text[(*range).clone()].contains('的'))
        .count();
    if let Some(restart) = pieces
        .iter()
        .rposition(|range| text[range.clone()].contains('的'))
        .filter(|&at| at > 0 && with_de == 1)
    {
        pieces.drain(..restart);
    }
    if pieces.len() < 2 {
        return None;
    }
    // Without a 、 a list is a pair of short items (固定日说事和双向约定说事); a long clause with
    // 和 or 与 in it (融入参与长三角一体化发展和省…) is no list.
    let pair_only = !body.contains('、') && !joined_by_plus;
    // 县里与长三角3所高校共建: a count in digits after a pair counts what the second names, with
    // the first as its partner; a pair counted as a list takes a word (两种, 两个).
    if pair_only && !figure.chinese_numerals {
        return None;
    }
    let first = trim_first_item(text, pieces[0].clone(), &pieces[1..], figure);
    pieces[0] = first;
    let mut items: Vec<Item> = pieces
        .into_iter()
        .map(|range| Item {
            text: text[range.clone()].to_string(),
            range,
        })
        .collect();
    let balanced = |item: &str| item.matches('（').count() == item.matches('）').count();
    let max_chars = if pair_only {
        MAX_PAIR_ITEM_CHARS
    } else {
        MAX_ITEM_CHARS
    };
    // 市、街道、社区三级: levels may be one character; so may classes A、B、C、D、E五类, whose
    // first item is the letter that ends its piece (…人才分为A).
    let letter =
        |item: &Item| item.text.len() == 1 && item.text.chars().all(|c| c.is_ascii_uppercase());
    let lettered = items.len() >= 2
        && items[1..].iter().all(letter)
        && items[0].text.ends_with(|c: char| c.is_ascii_uppercase());
    if lettered {
        let first = &mut items[0];
        first.range.start = first.range.end - 1;
        first.text = text[first.range.clone()].to_string();
    }
    // 吃、住、行、游、购、娱”六要素: a run of three or more single characters.
    let single_characters = items.len() >= 3
        && items.iter().all(|item| {
            item.text.chars().count() == 1 && item.text.chars().all(crate::text::chars::is_han)
        });
    let min_chars = if figure.unit == "级" || lettered || single_characters {
        1
    } else {
        MIN_ITEM_CHARS
    };
    // “小升规”培育: a quoted word may stand inside an item.
    // 增强“四个意识”、坚定“四个自信”、做到“两个维护”: quoted counts are names of their own.
    let quotes_balanced = |item: &str| {
        item.matches('“').count() == item.matches('”').count()
            && !item
                .split('“')
                .skip(1)
                .any(|quoted| quoted.starts_with(|c: char| "一二两三四五六七八九十".contains(c)))
    };
    let plausible = items.iter().all(|item| {
        let unquoted: String = item.text.chars().filter(|c| !"“”".contains(*c)).collect();
        let chars = unquoted.chars().count();
        (min_chars..=max_chars).contains(&chars)
            && balanced(&item.text)
            && quotes_balanced(&item.text)
            && !unquoted.contains(|c: char| c.is_ascii_digit() || "，。；：《》()".contains(c))
    });
    // 市、街道、社区三级: levels are short names; 城镇职工、城乡居民…三级医疗机构 is a grade.
    let levels_too_long = figure.unit == "级"
        && !joined_by_plus
        && items.iter().any(|item| item.text.chars().count() > 4);
    // 幼儿园、中小学校各20所: 各 makes the count per item.
    let per_item = text[..figure.range.start].ends_with('各');
    (plausible && !per_item && !levels_too_long).then_some(items)
}

fn trim_first_item(
    text: &str,
    first: Range<usize>,
    others: &[Range<usize>],
    figure: &Figure,
) -> Range<usize> {
    let mut start = first.start;
    let item = |start: usize| &text[start..first.end];
    // 文化相通的傅家路村: the item starts after the last 的.
    if let Some(at) = item(start).rfind('的') {
        start += at + '的'.len_utf8();
    }
    // 以党建促发展、促改革、促稳定: the other items share their first character (促), and so does
    // the first item once the words before it are dropped; likewise a count head (六看 → 看…).
    let shared_head = others
        .iter()
        .map(|range| text[range.clone()].chars().next())
        .reduce(|a, b| if a == b { a } else { None })
        .flatten()
        .or_else(|| {
            figure
                .unit
                .chars()
                .next()
                .filter(|_| figure.unit.chars().count() == 1)
        });
    let mut kept_head = None;
    if let Some(head) = shared_head
        && let Some(at) = item(start).rfind(head)
        && others
            .iter()
            .all(|range| text[range.clone()].starts_with(head))
    {
        start += at;
        kept_head = Some(head);
    }
    let mut stripped = true;
    while stripped {
        stripped = false;
        for word in LEADING_WORDS {
            // 有场所、有队伍: the head the items share is no leading word to drop.
            let the_head = kept_head.is_some_and(|head| word.starts_with(head));
            if !the_head && item(start).len() > word.len() && item(start).starts_with(word) {
                start += word.len();
                stripped = true;
            }
        }
    }
    start..first.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::figures::figures;

    fn lists(text: &str) -> Vec<(u64, Vec<String>)> {
        enumerations(text, &figures(text))
            .into_iter()
            .map(|e| (e.count, e.items.into_iter().map(|i| i.text).collect()))
            .collect()
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_quoted_list_named_by_a_count_word() {
        let text = "把握“看问题性质、看工作依据、看主观动机、看决策过程、看履职取向、看纠错态度”的“六看”标准";
        assert_eq!(
            lists(text),
            [(
                6,
                strings(&[
                    "看问题性质",
                    "看工作依据",
                    "看主观动机",
                    "看决策过程",
                    "看履职取向",
                    "看纠错态度"
                ])
            )]
        );
    }

    #[test]
    fn lists_right_before_their_count_word() {
        assert_eq!(
            lists("全面实施党建联盟、产业联动、规划联体、社会共治“四大工程”，加快集聚"),
            [(
                4,
                strings(&["党建联盟", "产业联动", "规划联体", "社会共治"])
            )]
        );
        assert_eq!(
            lists("以学习事、攻坚事、成败事、期盼事、家常事、建议事“六件事”为主要内容"),
            [(
                6,
                strings(&["学习事", "攻坚事", "成败事", "期盼事", "家常事", "建议事"])
            )]
        );
        assert_eq!(
            lists("采取固定日说事和双向约定说事两种方式"),
            [(2, strings(&["固定日说事", "双向约定说事"]))]
        );
        assert_eq!(
            lists("以党建促发展、促改革、促稳定的“三促党建”重要指示"),
            [(3, strings(&["促发展", "促改革", "促稳定"]))]
        );
    }

    #[test]
    fn adjacent_quoted_names() {
        assert_eq!(
            lists("探索深化“先锋户联”“先锋驿站”“两个先锋”创新品牌"),
            [(2, strings(&["先锋户联", "先锋驿站"]))]
        );
    }

    #[test]
    fn a_place_count_finds_its_villages_further_back() {
        let text = "地缘相近、人缘相亲、文化相通的傅家路村、傅家村、健民村，率先组成傅家路片区中心村。短短一年时间，傅家路片区3村集体经济增长20%。";
        assert_eq!(
            lists(text),
            [(3, strings(&["傅家路村", "傅家村", "健民村"]))]
        );
    }

    #[test]
    fn a_list_after_the_count_word() {
        assert_eq!(
            lists("围绕四个方面：产业、人才、文化、生态。"),
            [(4, strings(&["产业", "人才", "文化", "生态"]))]
        );
        // A dash introduces the list as a colon does.
        assert_eq!(
            lists(
                "实施“四个一”工程——打造一条线路、培育一批品牌、推出一台演出、建设一座场馆，让资源活起来。"
            ),
            [(
                4,
                strings(&["一条线路", "培育一批品牌", "推出一台演出", "建设一座场馆"])
            )]
        );
    }

    #[test]
    fn a_quoted_count_of_a_head_and_its_verb() {
        assert_eq!(
            lists("推行社区、社会组织、社会工作者“三社联动”。"),
            [(3, strings(&["社区", "社会组织", "社会工作者"]))]
        );
        // Two heads (“四议两公开”) are no single list's count.
        assert!(lists("推行提议、商议、审议、决议“四议两公开”制度。").is_empty());
    }

    #[test]
    fn counts_without_a_list_have_no_enumeration() {
        assert!(lists("出台全面加强村级班子建设十二条举措，实施审查办法").is_empty());
        assert!(lists("按照“三个区分开来”原则，细化10种容错情形").is_empty());
        assert!(lists("每年选派100余名优秀年轻干部").is_empty());
    }

    #[test]
    fn lists_of_sheets_single_characters_and_plus_signs() {
        let items = |list: &[&str]| list.iter().map(|item| item.to_string()).collect::<Vec<_>>();
        assert_eq!(
            lists("建立资源清单、项目清单、责任清单“三张清单”。"),
            vec![(3, items(&["资源清单", "项目清单", "责任清单"]))]
        );
        assert_eq!(
            lists("涵盖吃、住、行、游、购、娱“六大要素”。"),
            vec![(6, items(&["吃", "住", "行", "游", "购", "娱"]))]
        );
        assert_eq!(
            lists("建成“中央厨房+长者食堂+社区助餐点”三级助餐网络。"),
            vec![(3, items(&["中央厨房", "长者食堂", "社区助餐点"]))]
        );
        // Items that each hold a 的 keep their own modifiers.
        assert_eq!(
            lists("“三张网”即入昆通道的外网、重要场所的内网、基层社区网。")[0]
                .1
                .len(),
            3
        );
    }
}
