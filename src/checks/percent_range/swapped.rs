//! A share with two neighbouring digits swapped: 占行政村总数的73.6% after 142个, where the draft
//! counts 186个行政村 (142 ÷ 186 = 76.3%). No whole the draft states gives the share as written,
//! and one gives it with the two digits back in place. Two swapped digits seldom meet by chance, so
//! the whole need not be named: any figure of the part's unit is tried.

use super::super::Finding;
use super::super::context::{
    Context, base_of_a_share, clause_before, digits_swapped, is_amount, significant_digits,
    unit_key,
};
use super::{off_finding, quotient, quotient_fits};
use crate::analysis::figures::{FigureKind, Value};

/// How many paragraphs back a whole may be stated, and how many figures are tried each way.
const WHOLE_REACH_PARAGRAPHS: usize = 3;
const MAX_WHOLES: usize = 200;
/// The paragraphs of a draft's head (headline, lead) whose totals any share may take.
const LEAD_PARAGRAPHS: usize = 4;

/// Shares of fewer significant digits (9.6, 12%) meet a swapped quotient by chance too often.
const MIN_SIGNIFICANT_DIGITS: usize = 3;

pub(super) fn swapped_shares(
    context: &Context,
    shares: &[usize],
    flagged: &[usize],
) -> Vec<Finding> {
    let figures = context.figures();
    let text = context.text;
    let mut findings = Vec::new();
    for &share in shares {
        if flagged.contains(&share) || figures[share].qualifier.is_some() {
            continue;
        }
        let Value::Number(percent) = figures[share].value else {
            continue;
        };
        let written: String = context
            .written(share)
            .trim_end_matches(['%', '％'])
            .to_string();
        if significant_digits(&written) < MIN_SIGNIFICANT_DIGITS || !(0.0..100.0).contains(&percent)
        {
            continue;
        }
        // 占…的, or a rate (覆盖率) right after what it counts.
        let clause = clause_before(text, figures[share].range.start);
        let takes_a_share = clause.contains('占')
            || figures[share]
                .label
                .as_deref()
                .is_some_and(|label| label.ends_with('率'));
        if !takes_a_share {
            continue;
        }
        let Some(part) = (0..share)
            .rev()
            .take_while(|&earlier| context.facts[earlier].sentence == context.facts[share].sentence)
            .find(|&earlier| figures[earlier].kind != FigureKind::Percent)
            .filter(|&part| {
                is_amount(&figures[part])
                    && figures[part].qualifier.is_none()
                    && !context.facts[part].per_unit
                    && !clause_before(text, figures[part].range.start).contains('比')
                    && !base_of_a_share(text, figures[part].range.end)
            })
        else {
            continue;
        };
        // The wholes a reader would look back to: the paragraph and the few before it.
        let paragraph = context.facts[share].paragraph.unwrap_or_default();
        let near = |index: &usize| {
            context.facts[*index].paragraph.is_some_and(|other| {
                other + WHOLE_REACH_PARAGRAPHS >= paragraph && other <= paragraph
            })
        };
        let in_lead = |index: &usize| {
            context.facts[*index]
                .paragraph
                .is_some_and(|other| other < LEAD_PARAGRAPHS)
        };
        let before =
            (share.saturating_sub(MAX_WHOLES)..share).filter(|index| near(index) || in_lead(index));
        let after = (share + 1..figures.len()).take(MAX_WHOLES).take_while(near);
        // A feature's lead states the totals its body takes shares of.
        let lead = (0..share.saturating_sub(MAX_WHOLES))
            .take(MAX_WHOLES)
            .filter(in_lead);
        let wholes: Vec<usize> = lead
            .chain(before)
            .chain(after)
            .filter(|&whole| {
                whole != part
                    && unit_key(&figures[whole].unit) == unit_key(&figures[part].unit)
                    && is_amount(&figures[whole])
                    && !context.facts[whole].per_unit
                    && quotient(context, part, whole).is_some_and(|q| q < 100.0)
            })
            .collect();
        if wholes
            .iter()
            .any(|&whole| quotient_fits(context, share, part, whole, percent))
        {
            continue;
        }
        let decimals = written.split('.').nth(1).map_or(0, str::len);
        let nearest = wholes
            .iter()
            .copied()
            .filter(|&whole| {
                quotient(context, part, whole)
                    .is_some_and(|q| digits_swapped(&format!("{q:.decimals$}"), &written))
            })
            .min_by_key(|&whole| whole.abs_diff(share));
        let Some(whole) = nearest else {
            continue;
        };
        let computed = format!(
            "{:.decimals$}",
            quotient(context, part, whole).unwrap_or_default()
        );
        findings.push(off_finding(
            context,
            (share, part, whole),
            &computed,
            Some(("疑为数字颠倒", "two digits swapped?")),
        ));
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::checks::findings_of;

    fn count(text: &str) -> usize {
        findings_of("percent-range", text).len()
    }

    #[test]
    fn a_share_with_two_digits_swapped() {
        let draft = |share: &str| {
            format!(
                "标题\n\n全县186个行政村村级集体经济总收入3.72亿元。\n\n年经营性收入50万元以上的村从2021年的89个增加到142个，占行政村总数的{share}%。\n"
            )
        };
        assert_eq!(count(&draft("76.3")), 0);
        assert_eq!(count(&draft("73.6")), 1);
        // Another value is no swap: the whole may be one the draft does not state.
        assert_eq!(count(&draft("71.3")), 0);
    }
}
