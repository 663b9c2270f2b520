//! 入境旅游收入22.8亿元（折合3.18亿美元）: a sum in yuan and the same sum in US dollars must stand
//! at the dollar's rate, give or take the years' swings; 31.8亿美元 for 22.8亿元 is a slip of a
//! place or a digit.

use super::super::context::Context;
use super::super::{Finding, Message};
use super::finding;
use crate::analysis::figures::Value;

/// Yuan to the US dollar over the years drafts report on, widened for rounding.
const YUAN_PER_DOLLAR: std::ops::RangeInclusive<f64> = 5.8..=8.0;

pub(super) fn dollar_conversions(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    for (yuan, dollars) in (0..figures.len()).zip(1..figures.len()) {
        let between = &context.text[figures[yuan].range.end..figures[dollars].range.start];
        let (Value::Number(in_yuan), Value::Number(in_dollars)) =
            (&figures[yuan].value, &figures[dollars].value)
        else {
            continue;
        };
        if figures[yuan].unit != "元"
            || figures[dollars].unit != "美元"
            || !matches!(between, "（折合" | "(折合" | "，折合" | "（约合" | "，约合")
            || *in_dollars <= 0.0
        {
            continue;
        }
        let rate = in_yuan / in_dollars;
        if YUAN_PER_DOLLAR.contains(&rate) {
            continue;
        }
        findings.push(finding(
            context,
            dollars,
            yuan,
            Message {
                zh: format!(
                    "“{}”与{}不符：折合汇率约为{rate:.2}元/美元",
                    context.written(dollars),
                    context.cite_zh(yuan)
                ),
                en: format!(
                    "“{}” does not fit {}: that is a rate of about {rate:.2} yuan to the dollar",
                    context.written(dollars),
                    context.cite_en(yuan)
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
    fn yuan_and_dollars_stand_at_the_dollar_s_rate() {
        let text =
            |dollars: &str| format!("标题\n\n入境旅游收入22.8亿元（折合{dollars}亿美元）。\n");
        assert_eq!(findings_of("implausible-relation", &text("3.18")).len(), 0);
        assert_eq!(findings_of("implausible-relation", &text("31.8")).len(), 1);
    }
}
