//! `report-ls inspect --format json` from the tests: running it, and comparing its figures and
//! terms with lists written by hand.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

/// Runs `report-ls inspect --format json PATH` in `dir` and returns the model it prints.
pub fn inspect(dir: &Path, path: &str) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_report-ls"))
        .args(["inspect", "--format", "json", path])
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("report-ls runs");
    assert_eq!(output.status.code(), Some(0), "inspect {path}: {output:?}");
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "inspect {path}: stdout is not JSON ({error}):\n{}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// A figure as a copy editor writes it down: where, as written, and what it says.
#[derive(Debug, Clone)]
pub struct Figure {
    /// 0-based line.
    pub line: u64,
    pub text: &'static str,
    /// A number, `[low, high]` or a date object, as the inspect contract has it.
    pub value: Value,
    pub unit: &'static str,
    pub qualifier: Option<&'static str>,
    pub kind: &'static str,
}

pub fn figure(
    line: u64,
    text: &'static str,
    value: Value,
    unit: &'static str,
    qualifier: Option<&'static str>,
    kind: &'static str,
) -> Figure {
    Figure {
        line,
        text,
        value,
        unit,
        qualifier,
        kind,
    }
}

/// Numbers equal up to rounding (1/3 is written as 0.333…); anything else exactly.
pub fn same_value(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            (a - b).abs() <= 1e-9 * a.abs().max(1.0)
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_value(a, b))
        }
        _ => expected == actual,
    }
}

/// The text a UTF-32 range (the CLI's columns) covers.
pub fn text_at<'a>(text: &'a str, range: &Value) -> &'a str {
    let offset = |position: &Value| {
        let line = position["line"].as_u64().unwrap() as usize;
        let character = position["character"].as_u64().unwrap() as usize;
        let (start, end) = super::lines(text)[line];
        text[start..end]
            .char_indices()
            .map(|(at, _)| start + at)
            .chain(std::iter::once(end))
            .nth(character)
            .unwrap_or_else(|| panic!("{position} is past the end of its line"))
    };
    &text[offset(&range["start"])..offset(&range["end"])]
}

/// Compares figures in order; returns one line per difference (empty when they agree).
/// `value_checked` may leave a figure's value to a test of its own.
pub fn figure_differences(
    text: &str,
    actual: &[Value],
    expected: &[Figure],
    value_checked: impl Fn(&Figure) -> bool,
) -> Vec<String> {
    let mut differences = Vec::new();
    let shown = |figure: &Value| {
        format!(
            "line {} {} = {} {} q={} {}",
            figure["range"]["start"]["line"],
            figure["text"],
            figure["value"],
            figure["unit"],
            figure["qualifier"],
            figure["kind"]
        )
    };
    for figure in actual {
        let covered = text_at(text, &figure["range"]);
        if figure["text"] != covered {
            differences.push(format!("{}: its range covers {covered:?}", shown(figure)));
        }
    }
    let actual_texts: Vec<String> = actual.iter().map(&shown).collect();
    if actual.len() != expected.len() {
        differences.push(format!(
            "{} figures expected, {} found:\n  {}",
            expected.len(),
            actual.len(),
            actual_texts.join("\n  ")
        ));
    }
    for (index, want) in expected.iter().enumerate() {
        // Pair by position in the list where the counts agree, else by line and text.
        let found = if actual.len() == expected.len() {
            Some(&actual[index])
        } else {
            actual.iter().find(|figure| {
                figure["range"]["start"]["line"] == want.line && figure["text"] == want.text
            })
        };
        let Some(got) = found else {
            differences.push(format!("missing: line {} {}", want.line, want.text));
            continue;
        };
        let qualifier = want.qualifier.map_or(Value::Null, Value::from);
        let agrees = got["range"]["start"]["line"] == want.line
            && got["text"] == want.text
            && (!value_checked(want) || same_value(&want.value, &got["value"]))
            && got["unit"] == want.unit
            && got["qualifier"] == qualifier
            && got["kind"] == want.kind;
        if !agrees {
            differences.push(format!("expected {want:?}\n     got {}", shown(got)));
        }
    }
    differences
}

/// The figures whose range starts on lines `first..=last` (0-based).
pub fn figures_on_lines(model: &Value, first: u64, last: u64) -> Vec<Value> {
    model["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|figure| {
            let line = figure["range"]["start"]["line"].as_u64().unwrap();
            (first..=last).contains(&line)
        })
        .cloned()
        .collect()
}

/// The term of the model with this name.
pub fn term<'a>(model: &'a Value, name: &str) -> &'a Value {
    model["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|term| term["name"] == name)
        .unwrap_or_else(|| panic!("no term {name} in {:#}", model["terms"]))
}
