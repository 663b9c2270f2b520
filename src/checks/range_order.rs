//! `range-order`: a range whose ends are reversed or equal (1.6—1.1倍, 5—3个, 40～35岁).

use super::context::Context;
use super::{Edit, Finding, Fix, Message, Rule, Severity};
use crate::analysis::figures::Value;

pub const RULE: Rule = Rule {
    code: "range-order",
    default_severity: Severity::Warning,
    description: "A range's ends are reversed or equal.",
    run,
};

fn run(context: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, figure) in context.figures().iter().enumerate() {
        let Value::Range(low, high) = figure.value else {
            continue;
        };
        if low < high {
            continue;
        }
        let written = context.written(index);
        let reversed = low > high;
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figure.range.clone(),
            message: if reversed {
                Message {
                    zh: format!("范围“{written}”起点大于终点，两端写反了？"),
                    en: format!("The range “{written}” runs backwards: are its ends swapped?"),
                }
            } else {
                Message {
                    zh: format!("范围“{written}”两端相同，不成其为范围"),
                    en: format!("The range “{written}” has equal ends"),
                }
            },
            related: Vec::new(),
            fixes: if reversed {
                swap_ends(context, index).into_iter().collect()
            } else {
                Vec::new()
            },
        });
    }
    findings
}

/// The edit that swaps a range's two numbers, leaving the dash, unit and qualifiers in place.
fn swap_ends(context: &Context, index: usize) -> Option<Fix> {
    let figure = &context.figures()[index];
    let written = context.written(index);
    let dash = figure.dash.as_deref()?;
    let dash_at = written.find(dash)?;
    let first = &written[..dash_at];
    let rest = &written[dash_at + dash.len()..];
    let is_digit =
        |c: char| c.is_ascii_digit() || c == '.' || crate::analysis::numerals::is_numeral_char(c);
    let second_len = rest.find(|c: char| !is_digit(c)).unwrap_or(rest.len());
    let (second, tail) = rest.split_at(second_len);
    let first_digits_len = first.find(|c: char| !is_digit(c)).unwrap_or(first.len());
    let (first_number, first_tail) = first.split_at(first_digits_len);
    let swapped = format!("{second}{first_tail}{dash}{first_number}{tail}");
    Some(Fix {
        title: Message {
            zh: format!("两端对调：“{swapped}”"),
            en: format!("Swap the ends: “{swapped}”"),
        },
        edits: vec![Edit {
            range: figure.range.clone(),
            new_text: swapped,
        }],
    })
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    #[test]
    fn reversed_ranges_get_a_swap() {
        for (text, swapped) in [
            ("按照社平工资1.6—1.1倍保障报酬。", "1.1—1.6倍"),
            ("支部下设5—3个先锋户联站。", "3—5个"),
            ("面向40～35岁人员招考。", "35～40岁"),
            ("研发投入比重保持在5%—3%。", "3%—5%"),
            ("用五至三年时间完成。", "三至五年"),
        ] {
            let findings = findings_of("range-order", text);
            assert_eq!(findings.len(), 1, "{text}");
            assert_eq!(findings[0].fixes[0].edits[0].new_text, swapped, "{text}");
        }
    }

    #[test]
    fn ordered_ranges_stay_silent() {
        assert!(
            findings_of(
                "range-order",
                "按照1.1—1.6倍保障，下设3—4个站，35～40岁，2017—2019年，比重3%—5%。"
            )
            .is_empty()
        );
    }

    #[test]
    fn trips_written_in_chinese_numerals() {
        assert_eq!(
            findings_of("range-order", "经纪人每天上山收货两到三趟。").len(),
            0
        );
        assert_eq!(
            findings_of("range-order", "经纪人每天上山收货三到两趟。").len(),
            1
        );
    }
}
