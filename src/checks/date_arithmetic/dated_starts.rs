//! 2021年4月，…组建医共体 … 组建近四年来: a span counted back from now, tied by its wording to
//! the dated event it counts from, is checked against the months between that event and the
//! draft's own time.

use super::{FOUNDING_VERBS, RULE, stated_as_of};
use crate::analysis::figures::{FigureKind, Value};
use crate::checks::context::{Context, clause_before};
use crate::checks::{Finding, Message, Related, Severity};

/// How many paragraphs back a span's own words may name the event it counts from: a feature's
/// story, not a whole book of drafts.
const NAMED_START_REACH_PARAGRAPHS: usize = 40;

/// Events a span may count from besides foundings: agreements, rules issued, moves.
const STARTING_VERBS: &[&str] = &[
    "签订",
    "签约",
    "出台",
    "入驻",
    "开工",
    "接任",
    "开通",
    "落户",
    "起步",
    "确定为",
    "获批",
];

/// A draft that states no date of its own is written within this many months of the latest
/// date it gives its figures as of (截至2023年9月底).
const WRITTEN_AFTER_AS_OF_MONTHS: i32 = 6;

/// Months since year zero: comparable across years.
type Months = i32;

fn months(year: i32, month: u32) -> Months {
    year * 12 + month as i32
}

/// The months a span may stand for, by how it is written: 两年多 is over two years, 近四年 a
/// little under four, 两年半 thirty months give or take a season, 六年 a year either way.
fn allowed_months(years: f64, qualifier: Option<&str>, half: bool) -> (Months, Months) {
    let whole = (years * 12.0).round() as Months;
    if half {
        return (whole + 2, whole + 10);
    }
    match qualifier {
        Some("多" | "余") => (whole - 1, whole + 13),
        Some("近") => (whole - 14, whole + 1),
        _ => (whole - 12, whole + 12),
    }
}

/// The draft's own time, as the earliest and latest month it can be: its stated date, else
/// soon after the latest date it gives its figures as of, else the latest year it names or the
/// year after.
fn now(context: &Context) -> Option<(Months, Months)> {
    if let Some(day) = context.stated_day {
        let month = months(day.year, day.month);
        return Some((month, month));
    }
    let figures = context.figures();
    let as_of = (0..figures.len())
        .filter(|&index| stated_as_of(&context.text[..figures[index].range.start]))
        .filter_map(|index| match figures[index].value {
            Value::Date {
                year: Some(year),
                month,
                ..
            } => Some(months(year, month.unwrap_or(12))),
            _ => None,
        })
        .max();
    let latest = context.latest_year?;
    match as_of {
        Some(as_of) => Some((
            as_of,
            (as_of + WRITTEN_AFTER_AS_OF_MONTHS).max(months(latest, 12)),
        )),
        None => Some((months(latest, 1), months(latest + 1, 12))),
    }
}

/// A span counted back from now (三年多来, 组建近四年来, 试点两年半来): its years, and whether a
/// half year is added.
fn span_since(context: &Context, index: usize) -> Option<(f64, bool)> {
    let figure = &context.figures()[index];
    let Value::Number(years) = figure.value else {
        return None;
    };
    if figure.kind != FigureKind::Duration || figure.unit != "年" {
        return None;
    }
    let after = &context.text[figure.range.end..];
    let half = after.starts_with('半');
    let after = after.strip_prefix('半').unwrap_or(after);
    let before = &context.text[..figure.range.start];
    let since = after.starts_with('来') || after.starts_with("以来");
    (since || SINCE_OPENERS.iter().any(|opener| before.ends_with(opener))).then_some((years, half))
}

/// Words before a span that count it from an event just told: 短短6年，…; 一干就是36年.
const SINCE_OPENERS: &[&str] = &["短短", "一干就是", "一做就是", "一守就是"];

/// The words before a span that name what it counts: 组建 in 组建近四年来, 《办法》 in
/// 《办法》实施两年多来.
fn words_before<'t>(context: &Context<'t>, span: usize) -> &'t str {
    let clause = clause_before(context.text, context.figures()[span].range.start);
    clause
        .trim_end_matches(['近', '约'])
        .trim_end_matches("短短")
}

/// 《办法》 in the words before a span, named in full or in short in the event's sentence.
fn names_the_same_document(words: &str, event: &str) -> bool {
    let Some(open) = words.rfind('《') else {
        return false;
    };
    let Some(close) = words[open..].find('》') else {
        return false;
    };
    let name = &words[open + '《'.len_utf8()..open + close];
    !name.is_empty() && event.contains(&format!("{name}》"))
}

fn starting_verbs() -> impl Iterator<Item = &'static &'static str> {
    FOUNDING_VERBS.iter().chain(STARTING_VERBS)
}

/// The dated event a span's own words point back to: the verb it repeats (组建…组建近四年来) or
/// the document it names.
fn named_start(context: &Context, span: usize) -> Option<usize> {
    let words = words_before(context, span);
    let paragraph = context.facts[span].paragraph?;
    let in_reach = |date: &usize| {
        context.facts[*date]
            .paragraph
            .is_none_or(|other| other + NAMED_START_REACH_PARAGRAPHS >= paragraph)
    };
    (0..span).rev().take_while(in_reach).find(|&date| {
        if !is_event_date(context, date) {
            return false;
        }
        let event = event_after(context, date);
        starting_verbs().any(|verb| words.ends_with(verb) && event.contains(verb))
            || names_the_same_document(words, event)
    })
}

/// The sentence a date opens, from the date to its end.
fn event_after<'t>(context: &Context<'t>, date: usize) -> &'t str {
    let figure = &context.figures()[date];
    let end = context.facts[date].sentence_range.end.max(figure.range.end);
    &context.text[figure.range.end..end]
}

/// A date something happened on: a year, or a month of it, that is no plan, no range and not
/// the date figures are given as of.
fn is_event_date(context: &Context, index: usize) -> bool {
    let figure = &context.figures()[index];
    let dated = matches!(
        figure.value,
        Value::Date {
            year: Some(_),
            day: None,
            ..
        }
    );
    let after = &context.text[figure.range.end..];
    dated
        && context.facts[index].paragraph.is_some()
        && !context.facts[index].planned
        && !stated_as_of(&context.text[..figure.range.start])
        && !["底", "末", "以来", "起", "开始", "的", "年度", "前"]
            .iter()
            .any(|word| after.starts_with(word))
}

/// Whether a span opens its sentence (三年多来，…; 他说，两年多来…): then it counts from what the
/// sentences before it just told.
fn opens_its_sentence(context: &Context, span: usize) -> bool {
    let words = words_before(context, span);
    let rest = words
        .trim_start_matches(['，', '。', '；', '\n'])
        .trim_start_matches('“');
    if !rest.is_empty() {
        return false;
    }
    let start = context.figures()[span].range.start - words.len();
    !words.starts_with('，') || context.text[..start].ends_with('说')
}

/// The date just told before a span that opens its sentence (2021年3月，第一家工坊挂牌。三年多来，…):
/// in its paragraph or the one before, with no other date between and a starting verb after it.
fn told_start(context: &Context, span: usize) -> Option<usize> {
    if !opens_its_sentence(context, span) {
        return None;
    }
    let figures = context.figures();
    let date = (0..span)
        .rev()
        .find(|&index| figures[index].kind == FigureKind::Date)?;
    let paragraph = context.facts[span].paragraph?;
    let date_paragraph = context.facts[date].paragraph?;
    let near = date_paragraph == paragraph || date_paragraph + 1 == paragraph;
    let between = &context.text[figures[date].range.end..figures[span].range.start];
    let started = starting_verbs().any(|verb| between.contains(verb));
    (near && started && is_event_date(context, date)).then_some(date)
}

/// 1989年从县卫生学校毕业后回到高岩村当乡村医生，一干就是36年: the years kept at something since
/// the date of its sentence.
fn kept_at_since(context: &Context, span: usize) -> Option<usize> {
    let figures = context.figures();
    let before = &context.text[..figures[span].range.start];
    if !SINCE_OPENERS[1..]
        .iter()
        .any(|opener| before.ends_with(opener))
    {
        return None;
    }
    let sentence = context.facts[span].sentence;
    (0..span)
        .rev()
        .take_while(|&index| context.facts[index].sentence == sentence)
        .find(|&index| figures[index].kind == FigureKind::Date)
        .filter(|&date| is_event_date(context, date))
}

/// The months an event's date may stand for: its month, or any month of its year.
fn months_of(context: &Context, date: usize) -> Option<(Months, Months)> {
    match context.figures()[date].value {
        Value::Date {
            year: Some(year),
            month: Some(month),
            ..
        } => Some((months(year, month), months(year, month))),
        Value::Date {
            year: Some(year),
            month: None,
            ..
        } => Some((months(year, 1), months(year, 12))),
        _ => None,
    }
}

/// 2021年4月组建 … 组建近六年来 in a draft of 2025年3月: the span is no more than 47 months.
pub(super) fn spans_from_dated_events(context: &Context) -> Vec<Finding> {
    let Some((now_earliest, now_latest)) = now(context) else {
        return Vec::new();
    };
    let figures = context.figures();
    let mut findings = Vec::new();
    for (span, figure) in figures.iter().enumerate() {
        let Some((years, half)) = span_since(context, span) else {
            continue;
        };
        let (start, severity) = match named_start(context, span)
            .or_else(|| kept_at_since(context, span))
        {
            Some(start) => (start, Severity::Warning),
            None => match told_start(context, span) {
                Some(start) if context.facts[start].paragraph == context.facts[span].paragraph => {
                    (start, Severity::Warning)
                }
                Some(start) => (start, Severity::Information),
                None => continue,
            },
        };
        let Some((start_earliest, start_latest)) = months_of(context, start) else {
            continue;
        };
        let (fewest, most) = allowed_months(years, figure.qualifier.as_deref(), half);
        let elapsed = (now_earliest - start_latest, now_latest - start_earliest);
        if elapsed.1 >= fewest && elapsed.0 <= most {
            continue;
        }
        findings.push(finding(context, span, start, elapsed, severity));
    }
    findings
}

fn finding(
    context: &Context,
    span: usize,
    start: usize,
    (least, most): (Months, Months),
    severity: Severity,
) -> Finding {
    let about = |months: Months| {
        let (years, rest) = (months / 12, months % 12);
        match rest {
            0 => (format!("{years}年"), format!("{years} years")),
            _ => (
                format!("{years}年{rest}个月"),
                format!(
                    "{years} years {rest} month{}",
                    if rest == 1 { "" } else { "s" }
                ),
            ),
        }
    };
    let (zh_elapsed, en_elapsed) = if most - least <= 1 {
        about(least)
    } else {
        let (zh_least, en_least) = about(least.max(0));
        let (zh_most, en_most) = about(most);
        (
            format!("{zh_least}至{zh_most}"),
            format!("{en_least} to {en_most}"),
        )
    };
    let start_written = context.written(start);
    let span_written = &context.text[context.figures()[span].range.clone()];
    Finding {
        code: RULE.code,
        severity,
        range: context.figures()[span].range.clone(),
        message: Message {
            zh: format!(
                "“{span_written}”与{}不符：从那时到成稿约{zh_elapsed}",
                context.cite_zh(start)
            ),
            en: format!(
                "“{span_written}” disagrees with {}: from then to the draft's time is {en_elapsed}",
                context.cite_en(start)
            ),
        },
        related: vec![Related {
            range: context.figures()[start].range.clone(),
            message: Message {
                zh: format!("起始时间“{start_written}”"),
                en: format!("the start, “{start_written}”"),
            },
        }],
        fixes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("date-arithmetic", text).len()
    }

    #[test]
    fn a_span_that_repeats_the_founding_verb_counts_from_it() {
        let draft = |span: &str| {
            format!(
                "标题\n\n本报记者 张三\n\n2025年3月的一个上午，卫生院中医馆里坐满了候诊的群众。\n\n2021年4月，县里整合12家乡镇卫生院组建医共体。组建{span}来，医共体派出专家1200人次。\n"
            )
        };
        // April 2021 to March 2025 is 47 months: a little under four years.
        assert_eq!(count(&draft("近四年")), 0);
        assert_eq!(count(&draft("近六年")), 1);
    }

    #[test]
    fn a_span_opening_the_sentence_after_a_founding_counts_from_it() {
        let draft = |year: u32| {
            format!(
                "标题\n\n截至2024年9月底，全镇建成共富工坊46家。\n\n{year}年3月，云岙镇第一家共富工坊在上岙村挂牌。三年多来，工坊从一枝独秀到遍地开花。\n"
            )
        };
        assert_eq!(count(&draft(2021)), 0);
        // March 2023 to no later than the spring of 2025 is two years at most.
        assert_eq!(count(&draft(2023)), 1);
    }

    #[test]
    fn a_span_naming_the_document_counts_from_its_issue() {
        let draft = |year: u32| {
            format!(
                "标题\n\n{year}年3月，丰湖区出台《丰湖区网格化服务管理办法》，全区划分网格1268个。\n\n“《办法》实施两年多来，居民有事找得到人。”社区书记说。截至2023年9月底，网格员办结事项4.6万件。\n"
            )
        };
        assert_eq!(count(&draft(2021)), 0);
        assert_eq!(count(&draft(2019)), 1);
    }

    #[test]
    fn half_a_year_is_counted() {
        let draft = |year: u32| {
            format!(
                "让养老变享老\n\n本报记者 刘思远 2024年1月22日\n\n{year}年6月，滨河区在全市率先试点“时间银行”。\n\n试点两年半来，注册志愿者1.85万人。\n"
            )
        };
        assert_eq!(count(&draft(2021)), 0);
        assert_eq!(count(&draft(2022)), 1);
    }

    #[test]
    fn only_so_many_years_since_the_event_just_told() {
        let draft = |span: &str| {
            format!(
                "标题\n\n本报记者 张三\n\n2025年9月的一个上午，车间里机械臂有条不紊地运转。\n\n2019年，丰川县把新能源汽车零部件确定为首位产业来培育。短短{span}，全县企业从46家增加到173家。\n"
            )
        };
        assert_eq!(count(&draft("6年")), 0);
        assert_eq!(count(&draft("4年")), 1);
    }

    #[test]
    fn years_kept_at_since_the_date_of_the_sentence() {
        let draft = |year: u32| {
            format!(
                "标题\n\n本报记者 张三\n\n2025年10月的一天，记者来到高岩村。\n\n今年58岁的潘德明，{year}年从县卫生学校毕业后回到高岩村当乡村医生，一干就是36年。\n"
            )
        };
        assert_eq!(count(&draft(1989)), 0);
        assert_eq!(count(&draft(1998)), 1);
    }

    #[test]
    fn a_span_after_a_date_without_a_start_is_left_alone() {
        // Nothing started in 2019 here, and the nearest date before the second span is a
        // member joining, not the founding six years back.
        let text = "标题\n\n截至2024年12月底，社区注册志愿者3260名。\n\n2019年，全县生产总值达到100亿元。八年来，全县累计投入资金20亿元。\n\n2018年5月，社区上线“时间银行”。2023年，她加入志愿服务队。六年来，她存了1260小时。\n";
        assert_eq!(count(text), 0);
    }
}
