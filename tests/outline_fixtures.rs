//! Fixture tests: drafts of several styles beside their hand-written expected outline
//! (`NAME.expected`) and broken-paragraph joins (`NAME.breaks`), checked against the real binary.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/outline")
}

fn drafts() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".txt") || name.ends_with(".md"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "fixtures missing: {names:?}");
    names
}

fn stem(name: &str) -> &str {
    name.rsplit_once('.').unwrap().0
}

fn report_ls(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_report-ls"))
        .args(args)
        .current_dir(fixtures())
        .output()
        .unwrap();
    assert!(
        output.status.code().is_some_and(|code| code < 2),
        "report-ls {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn outlines_match_the_hand_written_expectations() {
    let mut failures = Vec::new();
    for name in drafts() {
        let expected =
            std::fs::read_to_string(fixtures().join(format!("{}.expected", stem(&name)))).unwrap();
        let actual = report_ls(&["outline", &name]);
        if actual != expected {
            failures.push(format!(
                "== {name}\n-- expected\n{expected}-- actual\n{actual}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn broken_paragraphs_match_the_hand_written_joins() {
    let mut failures = Vec::new();
    for name in drafts() {
        let expected: Vec<(u64, u64)> =
            std::fs::read_to_string(fixtures().join(format!("{}.breaks", stem(&name))))
                .unwrap()
                .lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| {
                    let (first, second) = line.trim().split_once(' ').unwrap();
                    (first.parse().unwrap(), second.trim().parse().unwrap())
                })
                .collect();
        let json: serde_json::Value =
            serde_json::from_str(&report_ls(&["check", "--format", "json", &name])).unwrap();
        let actual: Vec<(u64, u64)> = json["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|diagnostic| diagnostic["code"] == "broken-paragraph")
            .map(|diagnostic| {
                (
                    diagnostic["range"]["start"]["line"].as_u64().unwrap() + 1,
                    diagnostic["related"][0]["range"]["start"]["line"]
                        .as_u64()
                        .unwrap()
                        + 1,
                )
            })
            .collect();
        if actual != expected {
            failures.push(format!("{name}: expected {expected:?}, got {actual:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
