//! `report-ls check`: findings as `path:line:col: severity[code]: message`, or the JSON contract.

use ropey::Rope;
use serde_json::{Value, json};

use super::input::each_draft;
use super::outline::render_text;
use super::{CommonOptions, EXIT_USAGE, Format};
use crate::checks::{Config, Finding, Severity, check};
use crate::lsp::convert;
use crate::text::position::PositionEncoding;

const EXIT_FINDINGS: i32 = 1;

pub fn run(options: &CommonOptions, config: &Config, with_outline: bool) -> i32 {
    let mut serious = false;
    let mut files = Vec::new();
    let all_read = each_draft(&options.files, |_, path, text, report| {
        let findings = check(text, report, config);
        serious |= findings
            .iter()
            .any(|finding| matches!(finding.severity, Severity::Error | Severity::Warning));
        let rope = Rope::from_str(text);
        match options.format {
            Format::Text => {
                if with_outline {
                    outln!("{}", render_text(path, text, &report.outline));
                }
                for finding in &findings {
                    let start =
                        convert::position(&rope, finding.range.start, PositionEncoding::Utf32);
                    outln!(
                        "{path}:{}:{}: {}[{}]: {}",
                        start.line + 1,
                        start.character + 1,
                        finding.severity.as_str(),
                        finding.code,
                        finding.message.in_locale(config.locale)
                    );
                }
            }
            Format::Json => files.push(json!({
                "path": path,
                "diagnostics": findings
                    .iter()
                    .map(|finding| finding_json(&rope, finding, config))
                    .collect::<Vec<_>>(),
            })),
        }
    });
    if options.format == Format::Json {
        outln!("{}", json!({ "files": files }));
    }
    if !all_read {
        EXIT_USAGE
    } else if serious {
        EXIT_FINDINGS
    } else {
        0
    }
}

fn finding_json(rope: &Rope, finding: &Finding, config: &Config) -> Value {
    let range = |range| convert::range(rope, range, PositionEncoding::Utf32);
    json!({
        "code": finding.code,
        "severity": finding.severity.as_str(),
        "message": finding.message.in_locale(config.locale),
        "range": range(&finding.range),
        "related": finding
            .related
            .iter()
            .map(|related| json!({
                "range": range(&related.range),
                "message": related.message.in_locale(config.locale),
            }))
            .collect::<Vec<_>>(),
    })
}
