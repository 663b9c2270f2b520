//! 共配中心日均处理包裹18.6万件，…单日峰值达到13.2万件: the busiest day cannot fall short of the
//! daily average it stands beside.

use super::super::context::{Context, bounds, clause_before, unit_key};
use super::super::{Finding, Message};
use super::finding;

/// Words that make a figure the most of any one day.
const PEAK_WORDS: &[&str] = &["单日峰值", "日峰值", "单日最高", "峰值"];

pub(super) fn peaks_below_averages(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for peak in 1..figures.len() {
        if !PEAK_WORDS
            .iter()
            .any(|word| clause_before(text, figures[peak].range.start).contains(word))
        {
            continue;
        }
        // The daily average of the same unit before it, in its sentence.
        let sentence = context.facts[peak].sentence;
        let Some(average) = (0..peak)
            .rev()
            .take_while(|&index| context.facts[index].sentence == sentence)
            .find(|&index| {
                unit_key(&figures[index].unit) == unit_key(&figures[peak].unit)
                    && clause_before(text, figures[index].range.start).contains("日均")
            })
        else {
            continue;
        };
        if bounds(&figures[peak]).1 >= bounds(&figures[average]).0 {
            continue;
        }
        findings.push(finding(
            context,
            peak,
            average,
            Message {
                zh: format!(
                    "峰值“{}”低于{}：单日最高不会少于日均",
                    context.written(peak),
                    context.cite_zh(average)
                ),
                en: format!(
                    "The peak “{}” is below the daily average {}: no peak falls short of the average",
                    context.written(peak),
                    context.cite_en(average)
                ),
            },
        ));
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    #[test]
    fn a_peak_is_at_least_the_daily_average() {
        let text = |peak: &str| {
            format!("标题\n\n共配中心日均处理包裹18.6万件，“双11”期间单日峰值达到{peak}万件。\n")
        };
        assert_eq!(findings_of("implausible-relation", &text("31.2")).len(), 0);
        assert_eq!(findings_of("implausible-relation", &text("13.2")).len(), 1);
    }
}
