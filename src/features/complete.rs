//! Completion of the document's known terms, most used first; after “ or 《 the closing mark
//! comes with the name.

use crate::analysis::Report;
use crate::analysis::terms::TermKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    pub insert: String,
    /// How many times the term occurs, for the detail line.
    pub uses: usize,
    /// Sorts most used first.
    pub sort_key: String,
    pub kind: TermKind,
}

pub fn completions(text: &str, report: &Report, offset: usize) -> Vec<Completion> {
    let before = &text[..offset.min(text.len())];
    let after_open_quote = before.ends_with(['“', '「']);
    let after_open_title = before.ends_with('《');
    let mut items: Vec<Completion> = report
        .terms
        .iter()
        .filter(|term| !matches!(term.kind, TermKind::Person) || !after_open_quote)
        .filter(|term| !after_open_title || term.kind == TermKind::Title)
        .map(|term| {
            let closing = if after_open_title {
                "》"
            } else if before.ends_with('「') {
                "」"
            } else if after_open_quote {
                "”"
            } else {
                ""
            };
            let uses = term.occurrences.len();
            Completion {
                label: term.name.clone(),
                insert: format!("{}{closing}", term.name),
                uses,
                sort_key: format!("{:06}", 999_999usize.saturating_sub(uses)),
                kind: term.kind,
            }
        })
        .collect();
    items.sort_by(|a, b| a.sort_key.cmp(&b.sort_key).then(a.label.cmp(&b.label)));
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;

    #[test]
    fn terms_are_offered_most_used_first_with_closing_quotes() {
        let text = "标题\n\n“先锋驿站”和“先锋户联”，先锋驿站再次出现。“";
        let report = analyse(text);
        let items = completions(text, &report, text.len());
        assert_eq!(items[0].label, "先锋驿站");
        assert_eq!(items[0].insert, "先锋驿站”");
        assert_eq!(items[1].label, "先锋户联");
        let plain = completions(text, &report, text.find('和').unwrap());
        assert_eq!(plain[0].insert, "先锋驿站");
    }
}
