//! 我县自2019年起推行垃圾分类，2025年是连续推进的第7年: a year called the Nth of something that
//! started in a year named in the same sentence is that start plus N − 1.

use super::super::context::Context;
use super::super::{Finding, Message};
use super::{RULE, is_start_year, start_year_related, year_of};
use crate::analysis::figures::{FigureKind, Value};

pub(super) fn ordinal_years(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    for ordinal in 0..figures.len() {
        let Value::Number(nth) = figures[ordinal].value else {
            continue;
        };
        if figures[ordinal].kind != FigureKind::Ordinal || figures[ordinal].unit != "年" {
            continue;
        }
        let sentence = context.facts[ordinal].sentence;
        let earlier = || {
            (0..ordinal)
                .rev()
                .take_while(|&other| context.facts[other].sentence == sentence)
        };
        // The year that is the Nth: 2025年是…第7年, with nothing but its clause between.
        let Some(this_year) = earlier().next().filter(|&year| {
            let between = &context.text[figures[year].range.end..figures[ordinal].range.start];
            between.starts_with('是') && !between.contains(['，', '；', '。'])
        }) else {
            continue;
        };
        let Some(start) = earlier()
            .skip(1)
            .find(|&other| is_start_year(context, other))
        else {
            continue;
        };
        let (Some(year), Some(start_year)) =
            (year_of(&figures[this_year]), year_of(&figures[start]))
        else {
            continue;
        };
        let expected = year - start_year + 1;
        if expected < 1 || f64::from(expected) == nth {
            continue;
        }
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[ordinal].range.clone(),
            message: Message {
                zh: format!(
                    "“{}”与{}不符：从{start_year}年算起，{year}年是第{expected}年",
                    context.written(ordinal),
                    context.cite_zh(start)
                ),
                en: format!(
                    "“{}” disagrees with {}: counted from {start_year}, {year} is year {expected}",
                    context.written(ordinal),
                    context.cite_en(start)
                ),
            },
            related: vec![start_year_related(context, start)],
            fixes: Vec::new(),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    #[test]
    fn the_nth_year_counts_from_the_start() {
        let draft = |nth: &str| {
            format!(
                "标题\n\n我县自2019年起在全域推行农村生活垃圾分类，2025年是连续推进的第{nth}年。\n"
            )
        };
        assert_eq!(findings_of("date-arithmetic", &draft("7")).len(), 0);
        assert_eq!(findings_of("date-arithmetic", &draft("9")).len(), 1);
        // A year that is not the one called the Nth says nothing.
        let other = "标题\n\n我县自2019年起推行垃圾分类，2025年底，第9年的考核结果公布。\n";
        assert_eq!(findings_of("date-arithmetic", other).len(), 0);
    }
}
