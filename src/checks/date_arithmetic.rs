//! `date-arithmetic`: durations that disagree with the years named — 近三年 against 2016—2019年,
//! 2016年开始 … 3年以来 in a report of 2019 — and past events dated after the draft's own date.

mod ages;
mod dated_starts;
mod day_spans;
mod ordinal_years;

use super::context::{Context, Day, clause_before};
use super::{Finding, Message, Related, Rule, Severity};
use crate::analysis::blocks::BlockKind;
use crate::analysis::figures::{FigureKind, Value};

pub const RULE: Rule = Rule {
    code: "date-arithmetic",
    default_severity: Severity::Warning,
    description: "A duration disagrees with the years named, or a past event is dated after the draft.",
    run,
};

/// From this month on, a draft's own year is the year its spans count to.
const LATE_MONTH: u32 = 10;

/// How many paragraphs after a start year (2016年开始) a span (3年以来) may still count from it.
const SINCE_REACH_PARAGRAPHS: usize = 4;

/// The year that spans are counted to, and how sure that is.
#[derive(Debug, Clone, Copy)]
enum Reference {
    /// The draft's stated date: a report written early in a year may count to the year before.
    Stated(i32),
    /// The latest year the draft names: spans count to it or to the year after.
    Latest(i32),
    /// The year a report looks back on (2025年工作总结 dated 2026年1月): its results are in, so
    /// streaks run through it.
    Reported(i32),
}

impl Reference {
    /// The spans in years that fit a start year.
    fn fits(self, start: i32, years: f64) -> bool {
        let (elapsed, earliest) = match self {
            Reference::Stated(year) => (year - start, year - start - 1),
            Reference::Latest(year) | Reference::Reported(year) => (year - start, year - start),
        };
        (f64::from(earliest)..=f64::from(elapsed + 1)).contains(&years)
    }

    /// The streaks in years that fit a start year: 自2021年起连续5年 counts 2021 and each year
    /// after it up to the draft's year, or to the year before when this year's results are not
    /// in yet (自2005年以来连续19年获评 in October 2024).
    fn fits_streak(self, start: i32, years: f64) -> bool {
        let through = |end: i32| f64::from(end - start + 1);
        match self {
            Reference::Reported(year) => years == through(year),
            _ => years == through(self.year()) || years == through(self.year() - 1),
        }
    }

    fn year(self) -> i32 {
        match self {
            Reference::Stated(year) | Reference::Latest(year) | Reference::Reported(year) => year,
        }
    }
}

fn run(context: &Context) -> Vec<Finding> {
    let stated = context.stated_day;
    // A draft dated late in its year (2020年12月28日) counts its spans to that year.
    // 岚山县应急管理局2025年工作总结, dated 2026年1月: a report of the year before counts its
    // spans to the year it reports, not into the new one.
    let reported = headline_year(context);
    let reference = stated
        .map(|day| {
            if day.month >= LATE_MONTH {
                Reference::Latest(day.year)
            } else if reported == Some(day.year - 1) {
                Reference::Reported(day.year - 1)
            } else {
                Reference::Stated(day.year)
            }
        })
        .or(context.latest_year.map(|year| {
            if reported == Some(year - 1) {
                Reference::Reported(year - 1)
            } else {
                Reference::Latest(year)
            }
        }));
    let mut findings = Vec::new();
    for span in 0..context.figures().len() {
        let Some(years) = span_back(context, span) else {
            findings.extend(plan_of_named_years(context, span));
            findings.extend(consecutive_named_years(context, span));
            continue;
        };
        if let Some(finding) = against_year_range(context, span, years) {
            findings.push(finding);
        } else if names_its_years(context, span) {
            // 近三年（2022—2024年）: the years named are the span, whatever started before.
        } else if let Some(reference) = reference {
            findings.extend(against_start_year(context, span, years, reference));
        }
    }
    if let Some(reference) = reference {
        findings.extend(consecutive_years(context, reference));
    }
    if let Some(stated) = stated {
        findings.extend(anniversaries(context, stated));
    }
    match stated {
        Some(stated) => findings.extend(after_the_draft(context, stated)),
        None => findings.extend(a_past_year_far_ahead(context)),
    }
    findings.extend(five_year_plans(context));
    findings.extend(durations_between_dates(context));
    findings.extend(ordinal_years::ordinal_years(context));
    findings.extend(ages::ages_and_years_since(context));
    findings.extend(day_spans::day_spans(context));
    // A span the year-level checks already flag needs no second word.
    let dated = dated_starts::spans_from_dated_events(context);
    let flagged: Vec<_> = findings
        .iter()
        .map(|finding| finding.range.clone())
        .collect();
    findings.extend(
        dated
            .into_iter()
            .filter(|finding| !flagged.contains(&finding.range)),
    );
    findings
}

/// Months between a start and an end may stray this far from a stated duration (历时两年半 is
/// thirty months, give or take a season).
const DURATION_SLACK_MONTHS: i32 = 6;

/// 2019年3月开工，历时两年半，于2021年10月建成: the duration between two dates of its sentence.
fn durations_between_dates(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let month_of = |index: usize| match figures[index].value {
        Value::Date {
            year: Some(year),
            month,
            ..
        } => Some((year, month)),
        _ => None,
    };
    let mut findings = Vec::new();
    for duration in 0..figures.len() {
        let figure = &figures[duration];
        let Value::Number(count) = figure.value else {
            continue;
        };
        let per_year = match figure.unit.as_str() {
            "年" => 12.0,
            "个月" => 1.0,
            _ => continue,
        };
        let before = text[..figure.range.start].trim_end_matches(['了', '近', '约']);
        if !["历时", "用时", "耗时", "仅用", "用了", "历经"]
            .iter()
            .any(|word| before.ends_with(word))
        {
            continue;
        }
        let half = if text[figure.range.end..].starts_with('半') {
            6.0
        } else {
            0.0
        };
        let months = (count * per_year + half).round() as i32;
        let sentence = context.facts[duration].sentence;
        let in_sentence = |index: &usize| context.facts[*index].sentence == sentence;
        let start = (0..duration)
            .rev()
            .take_while(in_sentence)
            .find_map(|index| month_of(index).map(|date| (index, date)));
        let end = (duration + 1..figures.len())
            .take_while(in_sentence)
            .find_map(|index| month_of(index).map(|date| (index, date)));
        let (Some((start, (start_year, start_month))), Some((end, (end_year, end_month)))) =
            (start, end)
        else {
            continue;
        };
        let elapsed = match (start_month, end_month) {
            (Some(from), Some(to)) => (end_year - start_year) * 12 + to as i32 - from as i32,
            // Years alone: as much as a year either way.
            _ => (end_year - start_year) * 12,
        };
        let slack = if start_month.is_some() && end_month.is_some() {
            DURATION_SLACK_MONTHS
        } else {
            12
        };
        if (elapsed - months).abs() <= slack {
            continue;
        }
        let written = if half > 0.0 {
            format!("{}半", context.written(duration))
        } else {
            context.written(duration).to_string()
        };
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figure.range.clone(),
            message: Message {
                zh: format!(
                    "“{written}”与{}到{}不符：其间约 {} 个月",
                    context.cite_zh(start),
                    context.cite_zh(end),
                    elapsed
                ),
                en: format!(
                    "“{written}” disagrees with {} to {}: about {} months lie between",
                    context.cite_en(start),
                    context.cite_en(end),
                    elapsed
                ),
            },
            related: vec![context.quoted(start), context.quoted(end)],
            fixes: Vec::new(),
        });
    }
    findings
}

/// How far past every other past year a draft names a year must stand to be a slip (2029年引进
/// 项目 in a draft that otherwise speaks of 2016—2019; 2014年开始…2019年完成 is five years of work).
const FAR_AHEAD_YEARS: i32 = 8;

/// A draft that gives its figures as of a date (截至2024年4月底) is written soon after it: a past
/// event this many years later is a slip too.
const AHEAD_OF_AS_OF_YEARS: i32 = 3;

/// In a draft that states no date: a past event dated years after every other past event it
/// names, once (2019年引进项目13个 written 2029年; 2029年起推行 beside 截至2024年4月底). Plans and
/// targets (到2035年) are left out.
fn a_past_year_far_ahead(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    // 同年9月 takes its year from the date before it: only years written count.
    let past: Vec<(i32, usize)> = (0..figures.len())
        .filter(|&index| !context.facts[index].planned)
        .filter_map(|index| match figures[index].value {
            Value::Date {
                year: Some(year), ..
            } if context.text[figures[index].range.clone()].contains(&year.to_string()) => {
                Some((year, index))
            }
            _ => None,
        })
        .collect();
    let Some(&(latest, index)) = past.iter().max_by_key(|(year, _)| *year) else {
        return Vec::new();
    };
    let others = past.iter().filter(|(year, _)| *year < latest);
    let Some(&(next, other)) = others.max_by_key(|(year, _)| *year) else {
        return Vec::new();
    };
    let once = past.iter().filter(|(year, _)| *year == latest).count() == 1;
    // Two other years at least, so that the draft's own time is seen (2014年开始…2019年完成
    // is a span, not a slip).
    let mut other_years: Vec<i32> = past
        .iter()
        .map(|(year, _)| *year)
        .filter(|year| *year < latest)
        .collect();
    other_years.sort_unstable();
    other_years.dedup();
    let next_is_as_of = past.iter().any(|&(year, index)| {
        year == next && stated_as_of(&context.text[..figures[index].range.start])
    });
    let far = if next_is_as_of {
        AHEAD_OF_AS_OF_YEARS
    } else {
        FAR_AHEAD_YEARS
    };
    if !once || other_years.len() < 2 || latest - next < far {
        return Vec::new();
    }
    vec![Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: figures[index].range.clone(),
        message: Message {
            zh: format!(
                "“{}”比文中其他已发生的年份晚 {} 年（最近的是{}），疑为笔误",
                context.written(index),
                latest - next,
                context.cite_zh(other)
            ),
            en: format!(
                "“{}” is {} years after every other past year the draft names (the latest is {}): a slip?",
                context.written(index),
                latest - next,
                context.cite_en(other)
            ),
        },
        related: vec![context.quoted(other)],
        fixes: Vec::new(),
    }]
}

/// How far after its date a founding verb may stand (于2019年10月正式开园).
const FOUNDING_VERB_REACH_CHARS: usize = 4;

/// 建园五周年 in a draft of 2024 against 于2019年10月正式开园: an anniversary counts the years
/// since the one dated founding whose verb shares its object (园).
fn anniversaries(context: &Context, stated: Day) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    for index in 0..figures.len() {
        let (Value::Number(years), "周年") = (&figures[index].value, figures[index].unit.as_str())
        else {
            continue;
        };
        let object: Vec<char> = clause_before(context.text, figures[index].range.start)
            .chars()
            .rev()
            .take(2)
            .collect();
        // 于2019年10月正式开园: the founding verb right after its date (2019年，是新中国成立70周年
        // dates the anniversary, not the founding).
        let founded_here = |date: usize| {
            let after: String = context.text[figures[date].range.end..]
                .chars()
                .take(FOUNDING_VERB_REACH_CHARS)
                .take_while(|c| crate::text::chars::is_han(*c))
                .collect();
            context.facts[date].sentence != context.facts[index].sentence
                && FOUNDING_VERBS.iter().any(|verb| {
                    after.contains(verb) && verb.chars().any(|c| object.first() == Some(&c))
                })
        };
        let mut foundings = (0..figures.len()).filter(|&date| {
            matches!(figures[date].value, Value::Date { year: Some(_), .. }) && founded_here(date)
        });
        let (Some(founding), None) = (foundings.next(), foundings.next()) else {
            continue;
        };
        let Value::Date {
            year: Some(year), ..
        } = figures[founding].value
        else {
            continue;
        };
        let elapsed = stated.year - year;
        if (f64::from(elapsed) - years).abs() < 1e-9 {
            continue;
        }
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[index].range.clone(),
            message: Message {
                zh: format!(
                    "“{}”与{}不符：到文稿日期（{}年）是 {elapsed} 年",
                    context.written(index),
                    context.cite_zh(founding),
                    stated.year
                ),
                en: format!(
                    "“{}” disagrees with {}: {elapsed} years to the draft's date ({})",
                    context.written(index),
                    context.cite_en(founding),
                    stated.year
                ),
            },
            related: vec![context.quoted(founding)],
            fixes: Vec::new(),
        });
    }
    findings
}

/// The years of the five-year plan named 十N五: 十一五 is 2006—2010, 十四五 2021—2025.
fn plan_years(numeral: &str) -> Option<i32> {
    let n = crate::analysis::numerals::parse_chinese(numeral)?;
    Some(2001 + 5 * i32::try_from(n).ok()?)
}

/// “十四五”期间（2021—2026年）: a plan's years are fixed. “十四五”前三年 in a draft of January 2023:
/// only two of them had passed.
fn five_year_plans(context: &Context) -> Vec<Finding> {
    static PLAN_SPAN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"十([一二三四五])五”?(?:规划)?(?:期间|时期)?[（(](\d{4})[—–\-～~至到](\d{4})年?[）)]",
        )
        .unwrap()
    });
    static PLAN_FIRST_YEARS: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"前([两二三四五]|\d)年").unwrap());
    let text = context.text;
    let mut findings = Vec::new();
    for captures in PLAN_SPAN.captures_iter(text) {
        let (Some(start), Ok(from), Ok(to)) = (
            plan_years(&captures[1]),
            captures[2].parse::<i32>(),
            captures[3].parse::<i32>(),
        ) else {
            continue;
        };
        if (from, to) == (start, start + 4) {
            continue;
        }
        let years = captures.get(2).unwrap().start()..captures.get(3).unwrap().end();
        findings.push(plan_finding(
            years,
            format!(
                "“十{}五”是{start}—{}年，不是{from}—{to}年",
                &captures[1],
                start + 4
            ),
            format!(
                "The “十{}五” plan runs {start}—{}, not {from}—{to}",
                &captures[1],
                start + 4
            ),
        ));
    }
    // A draft of its first months reports on the year before.
    let Some(stated) = context.stated_day else {
        return findings;
    };
    let last_done = if stated.month <= 3 {
        stated.year - 1
    } else {
        stated.year
    };
    static PLAN_NAME: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"十([一二三四五])五").unwrap());
    for captures in PLAN_FIRST_YEARS.captures_iter(text) {
        let count = &captures[1];
        // The plan named last before it in its sentence: “十四五”期间…，前两年已新增….
        let at = captures.get(0).unwrap().start();
        let sentence_start = text[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| c == '。' || c == '\n')
            .map_or(0, |(end, c)| end + c.len_utf8());
        let Some(plan) = PLAN_NAME
            .captures_iter(&text[sentence_start.min(at)..at])
            .last()
        else {
            continue;
        };
        let (Some(start), Some(years)) = (
            plan_years(&plan[1]),
            count
                .parse::<i32>()
                .ok()
                .or_else(|| crate::analysis::numerals::parse_chinese(count).map(|n| n as i32)),
        ) else {
            continue;
        };
        let through = start + years - 1;
        if through <= last_done {
            continue;
        }
        findings.push(plan_finding(
            captures.get(1).unwrap().range(),
            format!(
                "“前{count}年”是{start}—{through}年，但本文写于{}年{}月，当时只过了{}年",
                stated.year,
                stated.month,
                (last_done - start + 1).max(0)
            ),
            format!(
                "“前{count}年” would be {start}—{through}, but the draft is of {}-{:02}: only {} of the plan's years had passed",
                stated.year,
                stated.month,
                (last_done - start + 1).max(0)
            ),
        ));
    }
    findings
}

fn plan_finding(range: std::ops::Range<usize>, zh: String, en: String) -> Finding {
    Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range,
        message: Message { zh, en },
        related: Vec::new(),
        fixes: Vec::new(),
    }
}

/// A duration counted back from now or over a stretch: 近三年, 3年以来, 三年来, 过去五年, 3年累计.
/// Returns the years.
fn span_back(context: &Context, index: usize) -> Option<f64> {
    let figure = &context.figures()[index];
    let years = years_counted(figure)?;
    let after = &context.text[figure.range.end..];
    let before = &context.text[..figure.range.start];
    let recent = figure.qualifier.as_deref() == Some("近") || before.ends_with("过去");
    let since = ["以来", "来", "间"]
        .iter()
        .any(|word| after.starts_with(word))
        || before.ends_with('这');
    let over = ["累计", "内"].iter().any(|word| after.starts_with(word));
    (recent || since || over).then_some(years)
}

/// 近三年（2022—2024年）: a span followed by the years it covers.
fn names_its_years(context: &Context, span: usize) -> bool {
    let figures = context.figures();
    figures.get(span + 1).is_some_and(|next| {
        year_range(&next.value).is_some()
            && matches!(
                &context.text[figures[span].range.end..next.range.start],
                "（" | "(" | "，即" | "，"
            )
    })
}

fn year_range(value: &Value) -> Option<(f64, f64)> {
    match value {
        Value::Range(from, to) if *from >= 1900.0 => Some((*from, *to)),
        _ => None,
    }
}

/// 近三年 or 三年来 against 2017—2019年 in the same paragraph: three years is 2017—2019.
fn against_year_range(context: &Context, span: usize, years: f64) -> Option<Finding> {
    let figures = context.figures();
    let facts = &context.facts;
    let together = |other: usize| match facts[span].paragraph {
        Some(paragraph) => facts[other].paragraph == Some(paragraph),
        None => facts[other].sentence == facts[span].sentence,
    };
    // Figures are in document order: those of the paragraph stand around the span.
    let first = (0..span)
        .rev()
        .take_while(|&other| together(other))
        .last()
        .unwrap_or(span);
    let range = (first..figures.len())
        .take_while(|&other| together(other))
        .find(|&other| {
            figures[other].kind == FigureKind::Date && year_range(&figures[other].value).is_some()
        })?;
    // 五年累计… 近三年（2019—2021年）累计…: years named beside another span are that span's.
    let (low, high) = (span.min(range), span.max(range));
    if (low + 1..high).any(|between| span_back(context, between).is_some()) {
        return None;
    }
    years_disagree(context, span, years, range)
}

/// The years a duration counts: 三年, 3年.
fn years_counted(figure: &crate::analysis::figures::Figure) -> Option<f64> {
    match figure.value {
        Value::Number(years) if figure.kind == FigureKind::Duration && figure.unit == "年" => {
            Some(years)
        }
        _ => None,
    }
}

/// A span of named years (三年行动（2024—2026年）) counts each of its years.
fn plan_of_named_years(context: &Context, span: usize) -> Option<Finding> {
    let figures = context.figures();
    let figure = &figures[span];
    let years = years_counted(figure)?;
    let range = span + 1;
    year_range(&figures.get(range)?.value)?;
    let between = &context.text[figure.range.end..figures[range].range.start];
    let name = between.strip_suffix(['（', '(']);
    let named = name.is_some_and(|name| {
        name.chars().count() <= 5
            && !name.contains(|c: char| c.is_ascii_punctuation() || "，。；、：（）“”".contains(c))
    });
    named
        .then(|| years_disagree(context, span, years, range))
        .flatten()
}

/// 2021年至2023年，我区连续三年…; 连续三年获评先进单位（2022—2024年）: consecutive years
/// beside the years they name in one sentence count each of them.
fn consecutive_named_years(context: &Context, span: usize) -> Option<Finding> {
    let figures = context.figures();
    let figure = &figures[span];
    let years = years_counted(figure)?;
    if !context.text[..figure.range.start].ends_with("连续") {
        return None;
    }
    let sentence = context.facts[span].sentence;
    let in_sentence = |other: &usize| context.facts[*other].sentence == sentence;
    let before = (0..span).rev().take_while(in_sentence);
    let after = (span + 1..figures.len()).take_while(in_sentence);
    let mut named = before.chain(after).filter(|&other| {
        figures[other].kind == FigureKind::Date && year_range(&figures[other].value).is_some()
    });
    let range = named.next()?;
    // Two spans of years in one sentence: which one the streak counts is unclear.
    if named.next().is_some() {
        return None;
    }
    years_disagree(context, span, years, range)
}

fn years_disagree(context: &Context, span: usize, years: f64, range: usize) -> Option<Finding> {
    let figures = context.figures();
    let (from, to) = year_range(&figures[range].value)?;
    // Named years count each of them: 2020—2023年 is four years, whatever 三年来 may mean
    // counted back from a start year.
    let inclusive = to - from + 1.0;
    let fits = (years - inclusive).abs() < 1e-9;
    if fits {
        return None;
    }
    Some(Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: figures[span].range.clone(),
        message: Message {
            zh: format!(
                "“{}”与{}不符：后者是 {} 年",
                context.written(span),
                context.cite_zh(range),
                inclusive
            ),
            en: format!(
                "“{}” disagrees with {}, which spans {} years",
                context.written(span),
                context.cite_en(range),
                inclusive
            ),
        },
        related: vec![Related {
            range: figures[range].range.clone(),
            message: Message {
                zh: "所说的年份".into(),
                en: "the years named".into(),
            },
        }],
        fixes: Vec::new(),
    })
}

/// A year something started in: 2016年开始, 2019年以来, 自2017年启动…以来.
pub(super) fn is_start_year(context: &Context, index: usize) -> bool {
    let figure = &context.figures()[index];
    if !matches!(
        figure.value,
        Value::Date {
            year: Some(_),
            month: None,
            ..
        }
    ) {
        return false;
    }
    let after = &context.text[figure.range.end..];
    let before = &context.text[..figure.range.start];
    let clause_end = after.find(['，', '。', '；']).unwrap_or(after.len());
    ["开始", "起", "以来"]
        .iter()
        .any(|word| after.starts_with(word))
        || ((before.ends_with('自') || before.ends_with('从'))
            && after[..clause_end].contains("以来"))
}

/// Verbs that start what a span then counts the years of (开园3年来 after 2021年开园).
const FOUNDING_VERBS: &[&str] = &[
    "开园", "开业", "成立", "组建", "启动", "挂牌", "上线", "推行", "投用", "建成", "开馆", "试点",
    "创建", "实施",
];

/// 产业园2021年开园，开园3年来: a dated event whose verb the span repeats is where it counts from.
fn starts_what_it_counts(context: &Context, date: usize, span: usize) -> bool {
    let figures = context.figures();
    // A month makes the span a fraction off a count in whole years (2019年9月开园, 四年多来).
    if !matches!(
        figures[date].value,
        Value::Date {
            year: Some(_),
            month: None,
            ..
        }
    ) {
        return false;
    }
    let before_span = clause_before(context.text, figures[span].range.start);
    let Some(verb) = FOUNDING_VERBS
        .iter()
        .find(|verb| before_span.ends_with(**verb))
    else {
        return false;
    };
    let sentence_end = context.facts[date]
        .sentence_range
        .end
        .max(figures[date].range.end);
    context.text[figures[date].range.end..sentence_end].contains(verb)
}

/// 2016年开始 … 3年以来: the years since the start should be the span.
fn against_start_year(
    context: &Context,
    span: usize,
    years: f64,
    reference: Reference,
) -> Option<Finding> {
    let figures = context.figures();
    let paragraph = context.facts[span].paragraph?;
    // 近两年，这家企业投入…: the recent years, counted from no start; 三年来 and 近三年来 count
    // from one the paragraphs before may name.
    let after = &context.text[figures[span].range.end..];
    // 近三年来 is the last three years, told beside what it counts; 三年来 counts from a start.
    let recent = figures[span].qualifier.as_deref() == Some("近");
    let reach_paragraphs = if (after.starts_with('来') || after.starts_with("以来")) && !recent {
        SINCE_REACH_PARAGRAPHS
    } else {
        0
    };
    let reach = |other: usize| {
        context.facts[other]
            .paragraph
            .is_none_or(|other_paragraph| other_paragraph + reach_paragraphs >= paragraph)
    };
    let year_of = |index: usize| year_of(&figures[index]);
    let starts: Vec<usize> = (0..span)
        .rev()
        .take_while(|&other| reach(other))
        .filter(|&other| {
            context.facts[other].paragraph.is_some()
                && (is_start_year(context, other) || starts_what_it_counts(context, other, span))
        })
        .filter(|&other| {
            // 梅岙镇从2016年开始…五年来: a start another paragraph already counts from is that
            // paragraph's own.
            let own_paragraph = context.facts[other].paragraph;
            // Figures are in document order: the paragraph's own stand around the start year.
            let first = (0..other)
                .rev()
                .take_while(|&index| context.facts[index].paragraph == own_paragraph)
                .last()
                .unwrap_or(other);
            // 2019年以来，连续三年获评…: so is a start whose sentence counts its own years.
            let counts_own_years = |index: usize| {
                let figure = &figures[index];
                let years = match figure.value {
                    Value::Number(years) => years,
                    _ => return false,
                };
                let own_count = span_back(context, index).is_some()
                    || (figure.kind == FigureKind::Duration
                        && figure.unit == "年"
                        && context.facts[index].sentence == context.facts[other].sentence);
                own_count && year_of(other).is_some_and(|year| reference.fits(year, years))
            };
            // 自2018年起连续8年…。近五年粮食生产情况如下: a start its own sentence counts from is
            // spoken for, in any paragraph.
            let own_sentence = context.facts[other].sentence;
            let spoken_for = (first..figures.len())
                .take_while(|&index| context.facts[index].paragraph == own_paragraph)
                .filter(|&index| {
                    own_paragraph != Some(paragraph)
                        || context.facts[index].sentence == own_sentence
                })
                .any(|index| {
                    index != span
                        && context.facts[index].sentence != context.facts[span].sentence
                        && counts_own_years(index)
                });
            !spoken_for
        })
        .collect();
    // 梅岙镇从2016年开始…五年来 and 2018年以来…三年来: a span may count from any start in reach.
    if starts
        .iter()
        .filter_map(|&start| year_of(start))
        .any(|start_year| reference.fits(start_year, years))
    {
        return None;
    }
    let start = *starts.first()?;
    let same_paragraph = context.facts[start].paragraph == Some(paragraph);
    let severity = if same_paragraph {
        Severity::Warning
    } else {
        Severity::Information
    };
    start_finding(context, span, start, reference, severity)
}

/// 自2021年起连续3年, 2021年以来连续3年营收增速超过50%: consecutive years from a start year in
/// the same sentence count every year from it to the draft's.
fn consecutive_years(context: &Context, reference: Reference) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    for span in 0..figures.len() {
        let figure = &figures[span];
        let Value::Number(years) = figure.value else {
            continue;
        };
        if figure.kind != FigureKind::Duration
            || figure.unit != "年"
            || !context.text[..figure.range.start].ends_with("连续")
            || span_back(context, span).is_some()
        {
            continue;
        }
        let sentence = context.facts[span].sentence;
        // …第7年；2021年至2025年，我县连续5年…: a ； closes the start told before it.
        let Some(start) = (0..span)
            .rev()
            .take_while(|&other| {
                context.facts[other].sentence == sentence
                    && !context.text[figures[other].range.end..figure.range.start].contains('；')
            })
            .find(|&other| is_start_year(context, other))
        else {
            continue;
        };
        let Value::Date {
            year: Some(start_year),
            ..
        } = figures[start].value
        else {
            continue;
        };
        if !reference.fits_streak(start_year, years) {
            findings.extend(streak_finding(context, span, start, reference));
        }
    }
    findings
}

/// The year the headline names (2025年工作总结, 2025年上半年…).
fn headline_year(context: &Context) -> Option<i32> {
    let headline = context
        .report
        .blocks
        .iter()
        .find(|block| block.kind == BlockKind::Headline)?;
    let headline = &context.text[headline.range.clone()];
    let at = headline.find('年')?;
    let digits: String = headline[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (digits.len() == 4).then(|| digits.parse().ok()).flatten()
}

fn start_finding(
    context: &Context,
    span: usize,
    start: usize,
    reference: Reference,
    severity: Severity,
) -> Option<Finding> {
    let start_year = year_of_date(context, start)?;
    let (year, elapsed) = (reference.year(), reference.year() - start_year);
    Some(span_finding(
        context,
        span,
        start,
        severity,
        format!("到{year}年是 {elapsed} 年"),
        format!("that is {elapsed} years before {year}"),
    ))
}

fn year_of_date(context: &Context, index: usize) -> Option<i32> {
    match context.figures()[index].value {
        Value::Date {
            year: Some(year), ..
        } => Some(year),
        _ => None,
    }
}

/// 自2021年起连续6年 in a report of 2025: a streak counts its first and last years.
fn streak_finding(
    context: &Context,
    span: usize,
    start: usize,
    reference: Reference,
) -> Option<Finding> {
    let start_year = year_of_date(context, start)?;
    let end = reference.year();
    let through = end - start_year + 1;
    Some(span_finding(
        context,
        span,
        start,
        Severity::Warning,
        format!("{start_year}年至{end}年连续计是 {through} 年"),
        format!("{start_year} through {end} is {through} years"),
    ))
}

fn span_finding(
    context: &Context,
    span: usize,
    start: usize,
    severity: Severity,
    zh: String,
    en: String,
) -> Finding {
    Finding {
        code: RULE.code,
        severity,
        range: context.figures()[span].range.clone(),
        message: Message {
            zh: format!(
                "“{}”与{}不符：{zh}",
                context.written(span),
                context.cite_zh(start)
            ),
            en: format!(
                "“{}” disagrees with {}: {en}",
                context.written(span),
                context.cite_en(start)
            ),
        },
        related: vec![start_year_related(context, start)],
        fixes: Vec::new(),
    }
}

/// The start year a span or an ordinal year counts from, as a related location.
fn start_year_related(context: &Context, start: usize) -> Related {
    Related {
        range: context.figures()[start].range.clone(),
        message: Message {
            zh: "起始年份".into(),
            en: "the start year".into(),
        },
    }
}

/// The year of a date figure (2019年, 2021年4月).
fn year_of(figure: &crate::analysis::figures::Figure) -> Option<i32> {
    match figure.value {
        Value::Date {
            year: Some(year), ..
        } => Some(year),
        _ => None,
    }
}

/// Words after a date that report it as done: 于2020年10月投入使用.
const DONE_WORDS: &[&str] = &[
    "投入使用",
    "投用",
    "建成",
    "完成",
    "竣工",
    "完工",
    "开通",
    "通车",
    "落成",
    "开业",
    "启用",
    "获批",
    "获评",
    "荣获",
    "入选",
    "通过",
    "验收",
    "挂牌",
    "揭牌",
    "成立",
    "开园",
    "开馆",
    "毕业",
    "入驻",
    "落户",
    "投产",
    "签约",
];
/// Words that make a dated event a plan, which may well lie after the draft's date.
const PLAN_WORDS: &[&str] = &[
    "将", "计划", "预计", "力争", "确保", "争取", "拟", "目标", "到",
];

/// 截至2024年4月底: a date the figures are given as of, right after `before`.
fn stated_as_of(before: &str) -> bool {
    before.ends_with("截至") || before.ends_with("截止")
}

/// 2024年5月，梧溪县召开…: a dated sentence of a dated draft tells what happened, unless it says
/// what is to be done (要, 将). A year alone may open a year's plans (2024年，我们…), so the month
/// is needed.
fn opens_a_told_sentence(before: &str, after: &str, has_month: bool, event: &str) -> bool {
    let opens = before.is_empty() || before.ends_with(['。', '\n', '；']);
    opens && has_month && after.starts_with('，') && !event.contains('要')
}

/// 从2021年的89个增加到2024年的126个: the year a change starts from is past.
fn base_of_a_change(before: &str, after: &str) -> bool {
    (before.ends_with('从') || before.ends_with('由')) && after.starts_with('的')
}

/// 由2021年的12.6亿元提升到2025年的21.3亿元: the year a change has reached is past too, unless the
/// sentence plans it.
fn end_of_a_change(clause: &str, before: &str, after: &str) -> bool {
    before.ends_with('到')
        && after.starts_with('的')
        && (clause.contains('从') || clause.contains('由'))
}

/// A year this far after the draft's own is no slip of a month: 她2029年从广州辞职 in a draft of
/// 2026 tells what cannot have happened yet, unless its sentence plans or foresees it.
const WELL_AFTER_YEARS: i32 = 2;

/// Words that let a sentence speak of years to come: plans, targets, forecasts, outlooks.
const FORESIGHT_WORDS: &[&str] = &[
    "将",
    "计划",
    "预计",
    "力争",
    "确保",
    "争取",
    "拟",
    "目标",
    "前",
    "规划",
    "远景",
    "展望",
    "愿景",
    "要",
    "预期",
    "届时",
    "有望",
    "期限",
    "期",
    "年度",
    "十五五",
];

/// 到2030年, 2024—2028年: a year reached by a span or a deadline.
const SPAN_ENDS: &[char] = &['到', '至', '—', '-', '～', '~', '－'];

/// The sentence around `range`, from the last 。 (or line) before it to the next.
fn sentence_around(text: &str, range: std::ops::Range<usize>) -> &str {
    let start = text[..range.start]
        .rfind(['。', '\n', '！', '？'])
        .map_or(0, |at| {
            at + text[at..].chars().next().map_or(1, char::len_utf8)
        });
    let end = text[range.end..]
        .find(['。', '\n', '！', '？'])
        .map_or(text.len(), |at| range.end + at);
    &text[start..end]
}

/// A past event dated after the draft's own date: 2021年以来 or 截至2020年5月底 in a draft of
/// 2020年4月15日, 于2020年10月投入使用 in one of January 2020.
fn after_the_draft(context: &Context, stated: Day) -> Vec<Finding> {
    let figures = context.figures();
    (0..figures.len())
        .filter(|&index| {
            let Value::Date {
                year: Some(year),
                month,
                ..
            } = figures[index].value
            else {
                return false;
            };
            // 截至2023年底 is December of 2023; 2023年底前完成 sets a deadline.
            let after_date = &context.text[figures[index].range.end..];
            let year_end = ["底", "末"].iter().any(|word| after_date.starts_with(word));
            if ["底前", "末前", "前"]
                .iter()
                .any(|word| after_date.starts_with(word))
                || context.facts[index].planned
            {
                return false;
            }
            let month = month.or(year_end.then_some(12));
            let later = match month {
                Some(month) => (year, month) > (stated.year, stated.month),
                None => year > stated.year,
            };
            if !later {
                return false;
            }
            let text = context.text;
            let after = &text[figures[index].range.end..];
            let before = &text[..figures[index].range.start];
            // 2020年11月，我市获批…: a date heading its sentence dates the clause after it.
            let event = if after.starts_with('，') {
                &after['，'.len_utf8()..]
            } else {
                after
            };
            let event_end = event.find(['，', '。', '；', '\n']).unwrap_or(event.len());
            let event = &event[..event_end];
            let clause = clause_before(text, figures[index].range.start);
            let written = |word: &&str| clause.contains(word) || event.contains(word);
            let planned = PLAN_WORDS.iter().any(written);
            // 从2021年的89个增加到…: a change's own 到 is no plan.
            let firmly_planned = PLAN_WORDS.iter().filter(|word| **word != "到").any(written);
            let since = after.starts_with("以来") || after.starts_with("开始");
            let as_of = stated_as_of(before);
            let done = DONE_WORDS.iter().any(|word| event.contains(word));
            let told = opens_a_told_sentence(before, after, month.is_some(), event);
            let already = before.ends_with("已于");
            let change = (base_of_a_change(before, after)
                || end_of_a_change(clause, before, after))
                && !firmly_planned;
            let well_after =
                year >= stated.year + WELL_AFTER_YEARS && !before.ends_with(SPAN_ENDS) && {
                    let sentence = sentence_around(text, figures[index].range.clone());
                    !FORESIGHT_WORDS.iter().any(|word| sentence.contains(word))
                };
            change || already || well_after || !planned && (since || as_of || done || told)
        })
        .map(|index| Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[index].range.clone(),
            message: Message {
                zh: format!(
                    "“{}”晚于文稿自身的日期（{}）",
                    context.written(index),
                    stated.written_zh()
                ),
                en: format!(
                    "“{}” is after the draft's own date ({})",
                    context.written(index),
                    stated.written_en()
                ),
            },
            related: Vec::new(),
            fixes: Vec::new(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("date-arithmetic", text).len()
    }

    #[test]
    fn recent_years_count_from_no_start_spoken_for() {
        let brief = |streak: &str| {
            format!(
                "# 简报\n\n（2026年1月15日）\n\n## 一、粮食生产\n\n全县粮食总产量自2018年起连续{streak}年稳定在50万吨以上。近五年粮食生产情况如下：\n"
            )
        };
        assert_eq!(count(&brief("8")), 0);
        let feature = "标题\n\n本报记者 2026年4月18日\n\n2020年起，县里推行医保改革。\n\n改革让收入提高了。\n\n近三年来，卫生院累计新招录医务人员86人。\n";
        assert_eq!(count(feature), 0);
        let since = "标题\n\n本报记者 2026年4月18日\n\n2020年起，县里推行医保改革。\n\n三年来，卫生院累计新招录医务人员86人。\n";
        assert_eq!(count(since), 1);
    }

    #[test]
    fn a_streak_counts_each_year_from_its_start() {
        let draft = |start: u32, streak: u32| {
            format!(
                "县人力资源和社会保障局2025年上半年工作总结\n\n（2025年7月8日）\n\n一、工作情况\n\n自{start}年起，我县连续{streak}年获评全省人社系统综合考核优秀单位。\n"
            )
        };
        // 2021 through 2025, or through 2024 when this year's award is not yet out.
        assert_eq!(count(&draft(2021, 5)), 0);
        assert_eq!(count(&draft(2021, 4)), 0);
        assert_eq!(count(&draft(2019, 5)), 1);
        assert_eq!(count(&draft(2021, 3)), 1);
    }

    #[test]
    fn recent_years_count_from_no_start_paragraphs_before() {
        let draft = |span: &str| {
            format!(
                "县新能源汽车零部件产业调查\n\n（2025年8月12日）\n\n2019年以来，全县累计引进产业链项目126个。\n\n{span}，这家企业投入1.8亿元实施数字化改造。\n"
            )
        };
        assert_eq!(count(&draft("近两年")), 0);
        assert_eq!(count(&draft("近三年（2022—2024年）")), 0);
        // 三年来 counts from the start the paragraph before names: 2019 is six years back.
        assert_eq!(count(&draft("三年来")), 1);
    }

    #[test]
    fn the_end_of_a_change_is_a_year_past() {
        // 增加到2025年的 reports 2025: five years back from it reach 2021, not 2018.
        let draft = |start: u32| {
            format!(
                "报告\n\n{start}年以来，全镇坚持扩中提低。近五年来，农村居民人均可支配收入从2021年的38260元增加到2025年的49580元。\n"
            )
        };
        assert_eq!(count(&draft(2021)), 0);
        let findings = crate::checks::findings_of("date-arithmetic", &draft(2018));
        assert_eq!(findings.len(), 1);
        assert!(findings[0].message.en.contains("7 years before 2025"));
    }

    #[test]
    fn spans_that_disagree_with_the_years() {
        assert_eq!(count("近三年，即2014—2019年，全市新增就业10万人。"), 1);
        assert_eq!(
            count(
                "标题\n\n2014年开始慈溪探索开展心理关爱工作。\n\n据统计，3年以来累计开展活动239次。2019年完成。\n"
            ),
            1
        );
        assert_eq!(
            count(
                "报告\n\n——2020年5月15日在市人民代表大会上\n\n一、回顾\n\n2021年以来，全市新增就业10万人。\n"
            ),
            1
        );
    }

    #[test]
    fn a_span_counts_from_the_event_whose_verb_it_repeats() {
        let draft = |opened: &str| {
            format!(
                "标题\n\n截至2024年6月底，全县跨境电商企业412家。\n\n产业园{opened}年开园，开园3年来已入驻企业168家。\n"
            )
        };
        assert_eq!(count(&draft("2021")), 0);
        assert_eq!(count(&draft("2023")), 1);
    }

    #[test]
    fn a_span_may_count_from_any_start_in_reach() {
        let text = "标题\n\n2018年以来，全市实施“千村振兴”工程，三年来累计投入资金38.6亿元。2020年收入增长。\n\n梅岙镇从2016年开始探索来料加工模式，五年来建起14家工坊。\n\n三年来开展培训86期。\n";
        assert_eq!(count(text), 0);
        let text = "标题\n\n2014年以来，全市实施工程。2020年收入增长。\n\n三年来开展培训86期。\n";
        assert_eq!(count(text), 1);
        let text = "标题\n\n梅岙镇从2016年开始探索来料加工模式，五年来建起14家工坊。2020年收入增长。\n\n三年来开展培训86期。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn agreeing_spans_stay_silent() {
        assert_eq!(count("近三年，即2017—2019年，全市新增就业10万人。"), 0);
        assert_eq!(
            count(
                "标题\n\n2016年开始慈溪探索开展心理关爱工作。\n\n据统计，3年以来累计开展活动239次。2019年完成。\n"
            ),
            0
        );
        assert_eq!(
            count("到2025年，全市新增就业10万人，近五年目标全部完成。"),
            0
        );
    }

    #[test]
    fn a_date_heading_its_sentence_dates_the_event_after_it() {
        let draft = |month: &str| {
            format!(
                "局2020年工作总结\n\n（2020年12月28日）\n\n一、工作回顾\n\n{month}，我市获批国家知识产权示范城市。\n"
            )
        };
        assert_eq!(count(&draft("2021年11月")), 1);
        let passed = "2021年统计公报\n\n（2022年3月18日）\n\n一、综合\n\n2022年12月，江屿综合保税区通过国家验收。\n";
        assert_eq!(count(passed), 1);
        let year_end = |year: &str, tail: &str| {
            format!(
                "局2022年工作总结\n\n（2023年1月16日）\n\n一、工作回顾\n\n截至{year}年底，全县建成家庭医生团队168个{tail}。\n"
            )
        };
        assert_eq!(count(&year_end("2022", "")), 0);
        assert_eq!(count(&year_end("2023", "")), 1);
        let deadline = "镇2022年工作报告\n\n（2023年1月10日）\n\n一、回顾\n\n2023年底前完成镇区雨污分流改造。\n";
        assert_eq!(count(deadline), 0);
        assert_eq!(count(&draft("2020年11月")), 0);
        let plan = "局2020年工作总结\n\n（2020年12月28日）\n\n一、工作回顾\n\n2021年6月，我市将建成新馆。\n";
        assert_eq!(count(plan), 0);
    }

    #[test]
    fn a_span_in_the_text_of_a_run_in_heading_counts_from_its_start() {
        let draft = |start: &str| {
            format!(
                "局2020年工作总结\n\n（2020年12月28日）\n\n一、工作回顾\n\n（五）执法保持高压态势。自{start}年开展“放心消费”创建以来，三年来累计创建单位6800家。\n"
            )
        };
        assert_eq!(count(&draft("2016")), 1);
        assert_eq!(count(&draft("2018")), 0);
    }

    #[test]
    fn years_written_beside_a_span_are_all_of_its_years() {
        let draft = |from: &str| {
            format!("标题\n\n三年来（{from}—2022年），全县累计投入校建资金24.6亿元。\n")
        };
        assert_eq!(count(&draft("2020")), 0);
        assert_eq!(count(&draft("2019")), 1);
        let draft =
            |from: &str| format!("标题\n\n{from}年至2021年三年间，全县累计投入资金23.6亿元。\n");
        assert_eq!(count(&draft("2019")), 0);
        assert_eq!(count(&draft("2018")), 1);
    }

    #[test]
    fn the_years_of_a_five_year_plan() {
        let draft =
            |to: &str| format!("标题\n\n“十四五”期间（2021—{to}年），全县计划新增学位2万个。\n");
        assert_eq!(count(&draft("2025")), 0);
        assert_eq!(count(&draft("2026")), 1);
        // A draft of January 2023 reports on two of the plan's years.
        let draft = |years: &str| {
            format!(
                "政府工作报告\n\n——2023年1月9日在市人民代表大会上\n\n“十四五”期间，全市计划完成交通投资1000亿元，前{years}年已完成368亿元。\n"
            )
        };
        assert_eq!(count(&draft("两")), 0);
        assert_eq!(count(&draft("三")), 1);
    }

    #[test]
    fn a_duration_between_two_dates() {
        let draft = |start: &str, end: &str| {
            format!("标题\n\n一期工程{start}开工，历时两年半，于{end}建成开放。\n")
        };
        assert_eq!(count(&draft("2019年3月", "2021年10月")), 0);
        assert_eq!(count(&draft("2017年3月", "2021年10月")), 1);
        assert_eq!(count(&draft("2019年3月", "2022年10月")), 1);
        // Years alone leave a year either way.
        assert_eq!(
            count("标题\n\n大桥2019年开工，历时3年，2021年建成通车。\n"),
            0
        );
    }

    #[test]
    fn a_past_year_far_ahead_of_the_others() {
        let draft = |year: &str| {
            format!(
                "标题\n\n2016年开始试点，2017年推开。\n\n{year}年引进项目13个，总投资超50亿元。\n"
            )
        };
        assert_eq!(count(&draft("2019")), 0);
        assert_eq!(count(&draft("2029")), 1);
        // Figures given as of a date bring the draft's time close.
        let as_of = |year: &str| {
            format!(
                "标题\n\n{year}年起推行楼宇党建，2019年覆盖率71.6%。\n\n截至2024年4月底，覆盖率达98.2%。\n"
            )
        };
        assert_eq!(count(&as_of("2019")), 0);
        assert_eq!(count(&as_of("2029")), 1);
        assert_eq!(count(&as_of("2026")), 0);
        // A target year is no past event.
        let text = "标题\n\n2016年开始试点，2019年推开。\n\n力争到2035年基本实现现代化。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn consecutive_years_from_a_start_year() {
        let summary = |years: &str| {
            format!("标题\n\n2023年12月20日\n\n自2021年起连续{years}年获评全市综合考核优秀。\n")
        };
        assert_eq!(count(&summary("3")), 0);
        assert_eq!(count(&summary("5")), 1);
        // Counted to the year reviewed in a report written early the next year.
        let report = |start: &str| {
            format!("标题\n\n2024年1月10日\n\n自{start}年起连续8年实现水库“零垮坝”。\n")
        };
        assert_eq!(count(&report("2016")), 0);
        assert_eq!(count(&report("2018")), 1);
    }

    #[test]
    fn a_signature_at_the_end_dates_the_draft() {
        let report = |as_of: &str| {
            format!(
                "市卫生健康委2023年工作总结\n\n一、主要成效\n\n截至{as_of}底，全市家庭医生签约服务覆盖率达到42.6%。\n\n市卫生健康委\n2024年1月18日\n"
            )
        };
        assert_eq!(count(&report("2023年")), 0);
        assert_eq!(count(&report("2025年")), 1);
        // A date closing a sentence of the last paragraph signs nothing.
        let text = "总结\n\n一、成效\n\n截至2025年底，全市覆盖率达到42.6%。\n\n会议于2024年1月18日召开。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn a_dated_sentence_tells_what_happened() {
        let feature = |month: &str| {
            format!(
                "标题\n\n本报记者 陈晓岚 2024年3月18日\n\n2024年{month}，梧溪县召开乡村振兴推进会。\n"
            )
        };
        assert_eq!(count(&feature("1月")), 0);
        assert_eq!(count(&feature("5月")), 1);
        // What is to be done, and a year alone opening the year's plans, may lie ahead.
        let text = "标题\n\n本报记者 2024年3月18日\n\n2024年5月，梧溪县要召开推进会。2025年，全县新建农田1万亩。\n";
        assert_eq!(count(text), 0);
    }

    #[test]
    fn the_year_a_change_starts_from_is_past() {
        let report = |year: &str| {
            format!(
                "报告\n\n——2025年1月9日在县人民代表大会上\n\n一、回顾\n\n省级示范村从{year}年的89个增加到2024年的126个。\n"
            )
        };
        assert_eq!(count(&report("2021")), 0);
        assert_eq!(count(&report("2027")), 1);
        let plan = "报告\n\n——2025年1月9日在县人民代表大会上\n\n一、目标\n\n力争示范村从2025年的126个增加到2027年的150个。\n";
        assert_eq!(count(plan), 0);
    }

    #[test]
    fn the_year_a_change_has_reached_is_past() {
        let feature = |year: &str| {
            format!(
                "标题\n\n本报记者 2026年4月18日\n\n品牌价值由2021年的12.6亿元提升到{year}年的21.3亿元。\n"
            )
        };
        assert_eq!(count(&feature("2025")), 0);
        assert_eq!(count(&feature("2027")), 1);
        let plan =
            "标题\n\n本报记者 2026年4月18日\n\n县里计划由2025年的21.3亿元提升到2028年的30亿元。\n";
        assert_eq!(count(plan), 0);
    }

    #[test]
    fn work_done_already_lies_before_the_draft() {
        let report = |date: &str| {
            format!("报告\n\n（2025年12月8日）\n\n今年改造的14个小区已于{date}全部完工。\n")
        };
        assert_eq!(count(&report("2025年10月")), 0);
        assert_eq!(count(&report("2026年10月")), 1);
    }

    #[test]
    fn a_year_well_after_the_draft_is_told_only_as_a_plan() {
        let feature = |year: &str| {
            format!(
                "标题\n\n本报记者 2026年4月18日\n\n她{year}年从广州辞职返乡，从一家小网店做起。\n"
            )
        };
        assert_eq!(count(&feature("2019")), 0);
        assert_eq!(count(&feature("2029")), 1);
        let outlook = "标题\n\n本报记者 2026年4月18日\n\n2030年，全县茶园面积有望突破30万亩。\n";
        assert_eq!(count(outlook), 0);
    }

    #[test]
    fn a_scene_going_on_in_the_lead_dates_a_feature() {
        let feature = |year: &str| {
            format!(
                "云雾深处茶飘香\n\n本报记者 林晓\n\n2026年4月中旬，翠屏县春茶开采正酣。\n\n她{year}年从广州辞职返乡。\n"
            )
        };
        assert_eq!(count(&feature("2019")), 0);
        assert_eq!(count(&feature("2029")), 1);
    }

    #[test]
    fn named_years_count_each_of_them() {
        let text = |years: &str| {
            format!("3. {years}，全市累计完成整改214个，三年来整改完成率保持在95%以上。")
        };
        assert_eq!(count(&text("2021—2023年")), 0);
        assert_eq!(count(&text("2020—2023年")), 1);
        let plan = |years: &str| format!("以“治本攻坚三年行动（{years}）”为主线，开展隐患大排查。");
        assert_eq!(count(&plan("2024—2026年")), 0);
        assert_eq!(count(&plan("2024—2027年")), 1);
        let spell = |years: &str| format!("三年间（{years}），县财政累计投入5.4亿元。");
        assert_eq!(count(&spell("2021—2023年")), 0);
        assert_eq!(count(&spell("2021—2024年")), 1);
    }

    #[test]
    fn consecutive_years_beside_the_years_they_name() {
        let text = |years: &str| format!("街道连续三年获评全区养老服务工作先进单位（{years}）。");
        assert_eq!(count(&text("2022—2024年")), 0);
        assert_eq!(count(&text("2021—2024年")), 1);
        let text = |from: &str| format!("{from}年至2023年，我区连续三年获评省级示范。");
        assert_eq!(count(&text("2021")), 0);
        assert_eq!(count(&text("2020")), 1);
    }

    #[test]
    fn a_graduation_after_the_draft_is_a_slip() {
        let feature = |year: &str| {
            format!("标题\n\n本报记者 2024年9月12日\n\n研究生杨帆{year}年毕业后留在合作社工作。\n")
        };
        assert_eq!(count(&feature("2023")), 0);
        assert_eq!(count(&feature("2025")), 1);
    }

    #[test]
    fn a_year_taken_by_a_later_month_is_written_once() {
        let feature = |year: &str| {
            format!(
                "标题\n\n2016年开始探索。2017年起推广。\n\n茅泽锋获评{year}年度优秀干部，并于同年9月被提拔。2019年全市提拔干部86名。\n"
            )
        };
        assert_eq!(count(&feature("2019")), 0);
        assert_eq!(count(&feature("2039")), 1);
    }

    #[test]
    fn an_anniversary_counts_the_years_since_its_founding() {
        let release = |opened: &str| {
            format!(
                "标题\n\n新闻中心 2024年10月28日\n\n10月26日，产业园建园五周年推进大会召开。\n\n产业园于{opened}年10月正式开园，规划面积12.6平方公里。\n"
            )
        };
        assert_eq!(count(&release("2019")), 0);
        assert_eq!(count(&release("2020")), 1);
        // A year that dates the anniversary is no founding.
        let report = "报告\n\n——2020年1月15日在市人民代表大会上\n\n2019年，是新中国成立70周年。\n";
        assert_eq!(count(report), 0);
    }

    #[test]
    fn a_reporters_visit_dates_a_feature() {
        let feature = |year: &str| {
            count(&format!(
                "耕海牧渔 渔旅共兴\n\n本报记者 陈海鸥\n\n2025年6月中旬，记者乘坐早班轮渡登上鹿屿岛。码头边，几艘休闲渔船正在等候客人。\n\n{year}年投用的“鹿屿1号”管护平台，集水质监测、巡护管理于一体。\n"
            ))
        };
        assert_eq!(feature("2022"), 0);
        assert_eq!(feature("2026"), 1);
        let finding = &findings_of(
            "date-arithmetic",
            "耕海牧渔 渔旅共兴\n\n本报记者 陈海鸥\n\n2025年6月中旬，记者乘坐早班轮渡登上鹿屿岛。码头边，几艘休闲渔船正在等候客人。\n\n2026年投用的“鹿屿1号”管护平台，集水质监测、巡护管理于一体。\n",
        )[0];
        // Only the month is the draft's: no day is made up for it.
        assert!(
            finding.message.zh.contains("（2025年6月）"),
            "{}",
            finding.message.zh
        );
    }

    #[test]
    fn a_semicolon_closes_the_start_of_a_streak() {
        let count = |text: &str| crate::checks::findings_of("date-arithmetic", text).len();
        let draft = |streak: &str| {
            format!(
                "标题\n\n2026年1月12日\n\n我县自2019年起推行垃圾分类，2025年是连续推进的第7年；2021年至2025年，我县连续{streak}年在全市考核中位列第一。\n"
            )
        };
        assert_eq!(count(&draft("5")), 0);
    }

    #[test]
    fn a_report_of_the_year_before_counts_its_streaks_through_that_year() {
        let summary = |dated: &str, streak: &str| {
            format!(
                "岚山县应急管理局2025年工作总结\n\n（{dated}）\n\n2025年，全县共发生生产安全事故12起；自2021年以来连续{streak}年未发生较大及以上生产安全事故。\n"
            )
        };
        // 2021 through 2025 is five years, in the new year's January or on its 15th.
        for dated in ["2026年1月", "2026年1月15日"] {
            assert_eq!(count(&summary(dated, "5")), 0);
            assert_eq!(count(&summary(dated, "6")), 1);
            assert_eq!(count(&summary(dated, "4")), 1);
        }
        let messages = crate::checks::findings_of("date-arithmetic", &summary("2026年1月", "6"));
        assert!(
            messages[0]
                .message
                .zh
                .contains("2021年至2025年连续计是 5 年")
        );
        // A draft whose headline names no year may count into its own.
        let undated = "应急管理工作总结\n\n（2026年1月15日）\n\n自2021年以来连续6年未发生较大及以上生产安全事故。\n";
        assert_eq!(count(undated), 0);
    }
}
