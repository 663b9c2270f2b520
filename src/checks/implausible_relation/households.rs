//! 低收入农户386户712人: households and the people in them, written side by side; every
//! household has someone in it, so fewer people than households is a slip of one of the two.

use super::super::context::Context;
use super::super::{Finding, Message, Related};
use super::RULE;
use crate::analysis::figures::Value;

/// What may stand between a count of households and the count of their people: 386户712人,
/// 386户、712人, 386户共712人.
const JOINERS: &[&str] = &["", "、", "，", "共", "、共", "，共"];

pub(super) fn fewer_people_than_households(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    for (households, people) in (0..figures.len()).zip(1..figures.len()) {
        let (&Value::Number(household_count), &Value::Number(people_count)) =
            (&figures[households].value, &figures[people].value)
        else {
            continue;
        };
        let between = &context.text[figures[households].range.end..figures[people].range.start];
        if figures[households].unit != "户"
            || figures[people].unit != "人"
            || !JOINERS.contains(&between)
            || figures[households].qualifier.is_some()
            || figures[people].qualifier.is_some()
            || context.facts[households].per_unit
            || people_count >= household_count
        {
            continue;
        }
        findings.push(Finding {
            code: RULE.code,
            severity: RULE.default_severity,
            range: figures[people].range.clone(),
            message: Message {
                zh: format!(
                    "“{}”少于同一处的“{}”：每户至少有一人",
                    context.written(people),
                    context.written(households)
                ),
                en: format!(
                    "“{}” is fewer than the “{}” beside it: every household has someone in it",
                    context.written(people),
                    context.written(households)
                ),
            },
            related: vec![Related {
                range: figures[households].range.clone(),
                message: Message {
                    zh: "户数".into(),
                    en: "the households".into(),
                },
            }],
            fixes: Vec::new(),
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("implausible-relation", text).len()
    }

    #[test]
    fn households_hold_at_least_one_person_each() {
        let draft =
            |people: &str| format!("标题\n\n全镇建档低收入农户386户{people}，全部落实结对帮扶。\n");
        assert_eq!(count(&draft("712人")), 0);
        assert_eq!(count(&draft("312人")), 1);
        // People of another group than the households' stand apart from them.
        assert_eq!(count("标题\n\n走访农户386户，其中党员312人参与。\n"), 0);
    }
}
