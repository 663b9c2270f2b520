//! `implausible-relation`: two figures about the same event that cannot both hold by their
//! nature. Kept small and precise:
//! - participations (人次) fewer than the sessions (次) they took part in, in one sentence;
//! - a tax or profit larger than the output or revenue it comes from, in one sentence.

use super::context::{Context, bounds};
use super::{Finding, Message, Related, Rule, Severity};
use crate::analysis::figures::FigureKind;

pub const RULE: Rule = Rule {
    code: "implausible-relation",
    default_severity: Severity::Information,
    description: "Two figures about the same event cannot both hold by their nature.",
    run,
};

const TAX_WORDS: &[&str] = &["税", "利润", "利税"];
const BASE_WORDS: &[&str] = &[
    "产值",
    "营业收入",
    "营收",
    "销售收入",
    "销售额",
    "主营业务收入",
    "生产总值",
];

fn run(context: &Context) -> Vec<Finding> {
    let figures = context.figures();
    let mut findings = Vec::new();
    // Figures of one sentence stand next to each other: pair them within each run.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for index in 0..figures.len() {
        match runs.last_mut() {
            Some(run) if context.facts[run.start].sentence == context.facts[index].sentence => {
                run.end = index + 1
            }
            _ => runs.push(index..index + 1),
        }
    }
    for (small, large) in runs.into_iter().flat_map(|run| {
        run.clone()
            .flat_map(move |a| run.clone().map(move |b| (a, b)))
    }) {
        {
            if small == large {
                continue;
            }
            let (small_low, small_high) = bounds(&figures[small]);
            let (large_low, large_high) = bounds(&figures[large]);
            // 人次 (small) must be at least 次 (large): participants per session ≥ 1.
            if figures[small].unit == "人次"
                && figures[large].unit == "次"
                && small_high < large_low
            {
                findings.push(finding(
                    context,
                    small,
                    large,
                    Message {
                        zh: format!(
                            "参与“{}”少于活动场次{}：每次活动至少一人参加",
                            context.written(small),
                            context.cite_zh(large)
                        ),
                        en: format!(
                            "“{}” participations are fewer than the {} sessions: each session has someone in it",
                            context.written(small),
                            context.cite_en(large)
                        ),
                    },
                ));
            }
            // A tax (small side) above the output it comes from (large side).
            if is_labelled(context, small, TAX_WORDS)
                && is_labelled(context, large, BASE_WORDS)
                && small_low > large_high
            {
                findings.push(finding(
                    context,
                    small,
                    large,
                    Message {
                        zh: format!(
                            "“{}”大于其来源{}",
                            context.written(small),
                            context.cite_zh(large)
                        ),
                        en: format!(
                            "“{}” is larger than the output it comes from, {}",
                            context.written(small),
                            context.cite_en(large)
                        ),
                    },
                ));
            }
        }
    }
    findings
}

fn is_labelled(context: &Context, index: usize, words: &[&str]) -> bool {
    let figure = &context.figures()[index];
    let is_tax_label = |label: &str| TAX_WORDS.iter().any(|w| label.contains(w));
    figure.kind == FigureKind::Money
        && figure.label.as_deref().is_some_and(|label| {
            words.iter().any(|word| label.contains(word))
                && (words == TAX_WORDS || !is_tax_label(label))
        })
}

fn finding(context: &Context, at: usize, other: usize, message: Message) -> Finding {
    Finding {
        code: RULE.code,
        severity: RULE.default_severity,
        range: context.figures()[at].range.clone(),
        message,
        related: vec![Related {
            range: context.figures()[other].range.clone(),
            message: Message {
                zh: format!("相关数字“{}”", context.written(other)),
                en: format!("the related figure “{}”", context.written(other)),
            },
        }],
        fixes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("implausible-relation", text).len()
    }

    #[test]
    fn relations_that_cannot_hold() {
        assert_eq!(
            count("累计开展心理素质提升系列活动239次，服务干部150人次。"),
            1
        );
        assert_eq!(
            count("预计年产值可达10亿元，将为慈溪市带来税收收入34亿元。"),
            1
        );
    }

    #[test]
    fn plausible_relations_stay_silent() {
        assert_eq!(
            count("累计开展心理素质提升系列活动239次，服务干部2.3万余人次。"),
            0
        );
        assert_eq!(
            count("预计年产值可达10亿元，将为慈溪市带来税收收入3400余万元。"),
            0
        );
        assert_eq!(count("开展活动239次。\n\n服务干部200人次。\n"), 0);
    }
}
