//! Go to definition, references, highlights and rename for terms.

use std::ops::Range;

use super::lookup::term_at;
use crate::analysis::Report;
use crate::checks::{Edit, Message};

/// The defining occurrence of the term at the cursor.
pub fn definition(report: &Report, offset: usize) -> Option<Range<usize>> {
    let (index, _) = term_at(report, offset)?;
    Some(report.terms[index].definition.clone())
}

/// Every occurrence of the term at the cursor, with or without its definition.
pub fn references(report: &Report, offset: usize, include_definition: bool) -> Vec<Range<usize>> {
    let Some((index, _)) = term_at(report, offset) else {
        return Vec::new();
    };
    let term = &report.terms[index];
    term.occurrences
        .iter()
        .filter(|range| include_definition || **range != term.definition)
        .cloned()
        .collect()
}

/// Occurrences to highlight, each marked whether it is the definition.
pub fn highlights(report: &Report, offset: usize) -> Vec<(Range<usize>, bool)> {
    let Some((index, _)) = term_at(report, offset) else {
        return Vec::new();
    };
    let term = &report.terms[index];
    term.occurrences
        .iter()
        .map(|range| (range.clone(), *range == term.definition))
        .collect()
}

fn not_a_term() -> Message {
    Message {
        zh: "这里不是术语：请把光标放在引号中的名称、《》中的标题或反复出现的名称上".into(),
        en: "Not a term: put the cursor on a quoted name, a 《title》 or a recurring name".into(),
    }
}

/// The range a rename at the cursor would change, or why there is none.
pub fn prepare_rename(report: &Report, offset: usize) -> Result<Range<usize>, Message> {
    term_at(report, offset)
        .map(|(_, occurrence)| occurrence)
        .ok_or_else(not_a_term)
}

/// The edits that rename the term at the cursor everywhere, or why it cannot.
pub fn rename(report: &Report, offset: usize, new_name: &str) -> Result<Vec<Edit>, Message> {
    let (index, _) = term_at(report, offset).ok_or_else(not_a_term)?;
    let new_name = new_name.trim();
    if new_name.is_empty() || new_name.contains(['\n', '\r', '“', '”', '《', '》']) {
        return Err(Message {
            zh: "新名称不能为空，也不能含换行、引号或书名号".into(),
            en: "The new name must not be empty or hold line breaks, quotes or 《》".into(),
        });
    }
    let term = &report.terms[index];
    let mut edits: Vec<Edit> = Vec::new();
    for range in &term.occurrences {
        // Occurrences found twice (quoted and plain) overlap: edit each stretch once.
        if edits
            .last()
            .is_some_and(|last| last.range.end > range.start)
        {
            continue;
        }
        edits.push(Edit {
            range: range.clone(),
            new_text: new_name.to_string(),
        });
    }
    // The rest of a name broken around a marker goes; the marker stays where it stands.
    edits.extend(term.continuations.iter().map(|range| Edit {
        range: range.clone(),
        new_text: String::new(),
    }));
    edits.sort_by_key(|edit| edit.range.start);
    Ok(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;

    const DRAFT: &str = "标题\n\n“先锋户联”开展服务。\n\n慈溪建立党员志愿服务“先锋驿站”。\n\n先锋驿站升级，先锋户联站建成。\n";

    fn offset(needle: &str, nth: usize) -> usize {
        DRAFT.match_indices(needle).nth(nth).unwrap().0 + 1
    }

    #[test]
    fn definition_jumps_to_where_the_term_is_set_up() {
        let report = analyse(DRAFT);
        let target = definition(&report, offset("先锋驿站", 1)).unwrap();
        assert_eq!(target.start, offset("先锋驿站", 0) - 1);
    }

    #[test]
    fn references_honour_include_declaration() {
        let report = analyse(DRAFT);
        assert_eq!(references(&report, offset("先锋驿站", 1), true).len(), 2);
        assert_eq!(references(&report, offset("先锋驿站", 1), false).len(), 1);
    }

    #[test]
    fn rename_changes_every_occurrence() {
        let report = analyse(DRAFT);
        let edits = rename(&report, offset("先锋驿站", 0), "红色驿站").unwrap();
        let mut text = DRAFT.to_string();
        for edit in edits.iter().rev() {
            text.replace_range(edit.range.clone(), &edit.new_text);
        }
        assert_eq!(text.matches("红色驿站").count(), 2);
        assert!(!text.contains("先锋驿站"));
    }

    #[test]
    fn rename_refuses_where_there_is_no_term() {
        let report = analyse(DRAFT);
        let refusal = prepare_rename(&report, offset("开展", 0)).unwrap_err();
        assert!(refusal.en.starts_with("Not a term"));
        assert!(rename(&report, offset("先锋驿站", 0), " ").is_err());
    }
}
