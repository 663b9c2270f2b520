//! `report-ls inspect`: the model the editor features use — figures, terms, enumerations.

use ropey::Rope;
use serde_json::{Value, json};

use super::input::each_draft;
use super::{EXIT_USAGE, Format, InspectOptions};
use crate::analysis::Report;
use crate::analysis::figures::Value as FigureValue;
use crate::features::display::describe_value;
use crate::lsp::convert;
use crate::text::position::PositionEncoding;

pub fn run(options: &InspectOptions) -> i32 {
    let all_read = each_draft(&options.files, |_, path, text, report| {
        match options.format {
            Format::Json => outln!("{}", render_json(path, text, report)),
            Format::Text => out!("{}", render_text(path, text, report)),
        }
    });
    if all_read { 0 } else { EXIT_USAGE }
}

/// A figure's value as the contract has it: a number, `[low, high]`, a date object, or null.
pub fn value_json(value: &FigureValue) -> Value {
    match value {
        FigureValue::Number(number) => json!(number),
        FigureValue::Range(low, high) => json!([low, high]),
        FigureValue::Date { year, month, day } => {
            let mut date = serde_json::Map::new();
            for (key, part) in [
                ("year", year.map(i64::from)),
                ("month", month.map(i64::from)),
                ("day", day.map(i64::from)),
            ] {
                if let Some(part) = part {
                    date.insert(key.to_string(), json!(part));
                }
            }
            Value::Object(date)
        }
    }
}

pub fn render_json(path: &str, text: &str, report: &Report) -> Value {
    let rope = Rope::from_str(text);
    let range = |range| convert::range(&rope, range, PositionEncoding::Utf32);
    let figures: Vec<Value> = report
        .figures
        .iter()
        .map(|figure| {
            json!({
                "range": range(&figure.range),
                "text": &text[figure.range.clone()],
                "value": value_json(&figure.value),
                "unit": figure.unit,
                "qualifier": figure.qualifier,
                "kind": figure.kind.as_str(),
                "label": figure.label,
            })
        })
        .collect();
    let terms: Vec<Value> = report
        .terms
        .iter()
        .map(|term| {
            json!({
                "name": term.name,
                "kind": term.kind.as_str(),
                "definition": range(&term.definition),
                "occurrences": term.occurrences.iter().map(range).collect::<Vec<_>>(),
            })
        })
        .collect();
    let enumerations: Vec<Value> = report
        .enumerations
        .iter()
        .map(|enumeration| {
            json!({
                "count_range": range(&enumeration.count_range),
                "count": enumeration.count,
                "items": enumeration
                    .items
                    .iter()
                    .map(|item| json!({"range": range(&item.range), "text": item.text}))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "path": path,
        "figures": figures,
        "terms": terms,
        "enumerations": enumerations,
    })
}

fn render_text(path: &str, text: &str, report: &Report) -> String {
    let rope = Rope::from_str(text);
    let line = |offset: usize| rope.byte_to_line(offset) + 1;
    let mut out = format!("{path}\nfigures:\n");
    for figure in &report.figures {
        out.push_str(&format!(
            "  line {:>3}  {}  = {}  [{}{}{}]\n",
            line(figure.range.start),
            &text[figure.range.clone()],
            describe_value(figure),
            figure.kind.as_str(),
            figure
                .qualifier
                .as_ref()
                .map(|q| format!(", {q}"))
                .unwrap_or_default(),
            figure
                .label
                .as_ref()
                .map(|l| format!(", {l}"))
                .unwrap_or_default(),
        ));
    }
    out.push_str("terms:\n");
    for term in &report.terms {
        out.push_str(&format!(
            "  {}  [{}]  defined at line {}, {} occurrence(s)\n",
            term.name,
            term.kind.as_str(),
            line(term.definition.start),
            term.occurrences.len()
        ));
    }
    out.push_str("enumerations:\n");
    for enumeration in &report.enumerations {
        out.push_str(&format!(
            "  line {:>3}  {} ({}): {}\n",
            line(enumeration.count_range.start),
            &text[enumeration.count_range.clone()],
            enumeration.count,
            enumeration
                .items
                .iter()
                .map(|item| item.text.as_str())
                .collect::<Vec<_>>()
                .join("、")
        ));
    }
    out
}
