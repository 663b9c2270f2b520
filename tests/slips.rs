//! Our own slip sets for the number-consistency rules (issue 4).
//!
//! `tests/slips/slips.json` lists realistic single-number slips of four drafts — the sample
//! (`seeds/000_…txt`) and three drafts of other styles in `tests/slips/bases/` (a government work
//! report, a newspaper feature, a briefing) — plus edits that change numbers consistently. The
//! rules were improved against it, so its rate flatters them.
//!
//! `tests/slips/heldout.json` was written later, blind: by a helper that saw neither the rules nor
//! their output, on three more drafts it wrote (`feature_yuyao`, `district_report`,
//! `bureau_summary`). Its first run measured how the rules generalise (see the README); the
//! rules have since been fixed for the false alarms it found, so it is no longer blind either.
//! `tests/slips/heldout2.json` is a second blind batch written the same way, on four more drafts
//! (`county_gov_report`, `party_feature`, `stats_bulletin`, `enterprise_report`) and on the
//! sample, measured first before any rule was changed for it; `tests/slips/heldout3.json` a third
//! (`town_report`, `health_summary`, `tech_feature`, `markdown_brief`); `tests/slips/heldout4.json`
//! a fourth (`culture_tourism_feature`, `education_report`, `transport_gov_report`,
//! `community_feature`, and the sample); `tests/slips/heldout5.json` a fifth (`feature_rural_revival`,
//! `feature_elderly_care`, `feature_enterprise_service`, `briefing_ecology`, and the sample);
//! `tests/slips/heldout6.json` a sixth (`feature_common_prosperity`, `feature_urban_renewal`,
//! `township_summary`, `briefing_health_reform`, and the sample) and `tests/slips/heldout7.json`
//! a seventh (`feature_volunteers`, `feature_fishing_village`, `water_bureau_report`,
//! `feature_digital_park`, and the sample); `tests/slips/heldout8.json` an eighth
//! (`feature_grid_governance`, `feature_homestay_town`, `feature_talent_city`,
//! `feature_business_district`, and the sample); `tests/slips/heldout9.json` a ninth
//! (`b9_county_rural_report`, `b9_elevator_feature`, `b9_education_briefing`,
//! `b9_crossborder_feature`, and the sample); `tests/slips/heldout10.json` a tenth
//! (`b10_feature_gongfang`, `b10_health_report`, `b10_feature_timebank`, `b10_briefing_safety`,
//! and the sample) and `tests/slips/heldout11.json` an eleventh (`b11_feature_qiangcun`,
//! `b11_district_bulletin`, `b11_tourism_briefing` in Markdown, `b11_city_summary_en` in
//! English, and the sample).
//!
//! For every entry the test writes the modified draft to a temporary file, runs the real binary
//! (`report-ls check --format json --locale en FILE`) and decides:
//!
//! - a slip is **detected** when some diagnostic other than `broken-paragraph` and
//!   `numeral-style` starts on the changed line or has a `related` range starting on it;
//! - a consistent edit **passes** when it adds no warning or error to the unmodified draft's
//!   (compared by code and start line: messages quote the numbers, so they change with an edit).
//!
//! It prints a table per kind, the misses and the false alarms, then asserts the detection rate
//! below, no false alarm, and that the unmodified drafts raise no warning or error.
//! See the table with `cargo test --test slips -- --nocapture`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// A ratchet: the detection rate over both sets measured when the rules last improved (issue 4
/// asks for 0.9). Raise it with every rule that catches more; lower it only when a set grows.
const MIN_DETECTION: f64 = 0.72;

/// The slip kinds (the rules of issue 4); `consistent` marks an edit that must stay silent.
const KINDS: [&str; 8] = [
    "count-mismatch",
    "part-exceeds-whole",
    "restated-figure",
    "sum-mismatch",
    "percent-range",
    "range-order",
    "date-arithmetic",
    "implausible-relation",
];

/// Codes that never count as detecting a slip (structure and style hints).
const NOT_DETECTORS: [&str; 2] = ["broken-paragraph", "numeral-style"];

struct Entry {
    /// The slip file the entry comes from.
    file: &'static str,
    base: String,
    kind: String,
    find: String,
    replace: String,
    note: String,
}

struct Diagnostic {
    code: String,
    severity: String,
    message: String,
    start_line: u64,
    related_lines: Vec<u64>,
}

impl Diagnostic {
    fn is_warning_or_error(&self) -> bool {
        self.severity == "warning" || self.severity == "error"
    }

    fn touches(&self, line: u64) -> bool {
        self.start_line == line || self.related_lines.contains(&line)
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The slip files: our first set, and a second written blind (by someone who saw neither the
/// rules nor their output) on three more drafts.
const SLIP_FILES: [&str; 25] = [
    "tests/slips/slips.json",
    "tests/slips/heldout.json",
    "tests/slips/heldout2.json",
    "tests/slips/heldout3.json",
    "tests/slips/heldout4.json",
    "tests/slips/heldout5.json",
    "tests/slips/heldout6.json",
    "tests/slips/heldout7.json",
    "tests/slips/heldout8.json",
    "tests/slips/heldout9.json",
    "tests/slips/heldout10.json",
    "tests/slips/heldout11.json",
    "tests/slips/heldout12.json",
    "tests/slips/heldout13.json",
    "tests/slips/heldout14.json",
    "tests/slips/heldout15.json",
    "tests/slips/heldout16.json",
    "tests/slips/heldout17.json",
    "tests/slips/heldout18.json",
    "tests/slips/heldout19.json",
    "tests/slips/heldout20.json",
    "tests/slips/heldout21.json",
    "tests/slips/heldout22.json",
    "tests/slips/heldout23.json",
    "tests/slips/heldout24.json",
];

fn load_entries() -> Vec<Entry> {
    SLIP_FILES.iter().flat_map(|file| load_file(file)).collect()
}

fn load_file(file: &'static str) -> Vec<Entry> {
    let path = root().join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let field = |item: &Value, name: &str| -> String {
        item[name]
            .as_str()
            .unwrap_or_else(|| panic!("{file}: entry without string field `{name}`: {item}"))
            .to_string()
    };
    json.as_array()
        .unwrap_or_else(|| panic!("{file} is not a list"))
        .iter()
        .map(|item| Entry {
            file,
            base: field(item, "base"),
            kind: field(item, "kind"),
            find: field(item, "find"),
            replace: field(item, "replace"),
            note: field(item, "note"),
        })
        .collect()
}

/// Runs `report-ls check --format json --locale en` on one file and returns its diagnostics.
fn check(path: &Path) -> Vec<Diagnostic> {
    let output = Command::new(env!("CARGO_BIN_EXE_report-ls"))
        .args(["check", "--format", "json", "--locale", "en"])
        .arg(path)
        .output()
        .expect("run report-ls");
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "report-ls check {} exited with {:?}: {}",
        path.display(),
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "report-ls check {}: output is not JSON ({e}): {}",
            path.display(),
            String::from_utf8_lossy(&output.stdout)
        )
    });
    let start_line = |range: &Value| range["start"]["line"].as_u64().expect("range.start.line");
    report["files"][0]["diagnostics"]
        .as_array()
        .expect("files[0].diagnostics")
        .iter()
        .map(|d| Diagnostic {
            code: d["code"].as_str().unwrap_or_default().to_string(),
            severity: d["severity"].as_str().unwrap_or_default().to_string(),
            message: d["message"].as_str().unwrap_or_default().to_string(),
            start_line: start_line(&d["range"]),
            related_lines: d["related"]
                .as_array()
                .map(|rel| rel.iter().map(|r| start_line(&r["range"])).collect())
                .unwrap_or_default(),
        })
        .collect()
}

/// The 0-based line of the first character the edit changes.
fn changed_line(base: &str, at: usize, find: &str, replace: &str) -> u64 {
    let prefix: usize = find
        .chars()
        .zip(replace.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    base[..at + prefix].matches('\n').count() as u64
}

/// Warnings and errors counted by code and start line. The message is left out of the key: it
/// quotes the numbers, so a warning the unmodified draft already has would look new after an edit
/// of one of its numbers. Consistent edits keep the line structure, so lines compare.
fn warnings(diagnostics: &[Diagnostic]) -> BTreeMap<(&str, u64), Vec<&str>> {
    let mut map: BTreeMap<(&str, u64), Vec<&str>> = BTreeMap::new();
    for d in diagnostics.iter().filter(|d| d.is_warning_or_error()) {
        map.entry((d.code.as_str(), d.start_line))
            .or_default()
            .push(d.message.as_str());
    }
    map
}

#[derive(Default)]
struct Tally {
    total: usize,
    detected: usize,
    /// Detected by a diagnostic whose (code, message) the unmodified draft does not have.
    detected_new: usize,
}

#[test]
fn slip_set_detection_and_false_alarms() {
    let entries = load_entries();
    for kind in KINDS {
        let n = entries.iter().filter(|e| e.kind == kind).count();
        assert!(n >= 5, "slips.json: only {n} slips of kind {kind}");
    }
    for e in &entries {
        assert!(
            e.kind == "consistent" || KINDS.contains(&e.kind.as_str()),
            "slips.json: unknown kind {:?}",
            e.kind
        );
    }
    let bases: BTreeSet<&str> = entries.iter().map(|e| e.base.as_str()).collect();

    // The unmodified drafts: their text and diagnostics; none may warn.
    let mut base_text = BTreeMap::new();
    let mut base_diags = BTreeMap::new();
    let mut dirty_bases = Vec::new();
    println!("== unmodified drafts");
    for &base in &bases {
        let path = root().join(base);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{base}: {e}"));
        let diags = check(&path);
        for d in diags
            .iter()
            .filter(|d| !NOT_DETECTORS.contains(&d.code.as_str()))
        {
            println!(
                "  {base}:{} {} [{}] {}",
                d.start_line + 1,
                d.severity,
                d.code,
                d.message
            );
            if d.is_warning_or_error() {
                dirty_bases.push(format!(
                    "{base}:{} [{}] {}",
                    d.start_line + 1,
                    d.code,
                    d.message
                ));
            }
        }
        base_text.insert(base, text);
        base_diags.insert(base, diags);
    }

    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    // Slips flagged and slips, per slip file: the blind set's rate apart from ours.
    let mut by_file: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    let mut consistent_total = 0;
    let tmp = std::env::temp_dir();
    for (index, entry) in entries.iter().enumerate() {
        let text = &base_text[entry.base.as_str()];
        let matches: Vec<usize> = text.match_indices(&entry.find).map(|(at, _)| at).collect();
        assert_eq!(
            matches.len(),
            1,
            "slip {index}: `find` must occur exactly once in {}: {:?}",
            entry.base,
            entry.find
        );
        let at = matches[0];
        let modified = format!(
            "{}{}{}",
            &text[..at],
            entry.replace,
            &text[at + entry.find.len()..]
        );
        let path = tmp.join(format!("report-ls-slip-{}-{index}.txt", std::process::id()));
        fs::write(&path, &modified).expect("write the modified draft");
        let diags = check(&path);
        let _ = fs::remove_file(&path);
        let before = &base_diags[entry.base.as_str()];

        if entry.kind == "consistent" {
            consistent_total += 1;
            assert_eq!(
                entry.find.matches('\n').count(),
                entry.replace.matches('\n').count(),
                "consistent edit {index} must keep the line structure"
            );
            let old = warnings(before);
            for ((code, line), messages) in warnings(&diags) {
                let had = old.get(&(code, line)).map_or(0, Vec::len);
                for message in messages.iter().skip(had) {
                    false_alarms.push(format!(
                        "{} | {} → {} | line {} [{code}] {message}  ({})",
                        entry.base,
                        entry.find.replace('\n', "⏎"),
                        entry.replace.replace('\n', "⏎"),
                        line + 1,
                        entry.note
                    ));
                }
            }
            continue;
        }

        let line = changed_line(text, at, &entry.find, &entry.replace);
        let old: BTreeSet<(&str, &str)> = before
            .iter()
            .map(|d| (d.code.as_str(), d.message.as_str()))
            .collect();
        let hits: Vec<&Diagnostic> = diags
            .iter()
            .filter(|d| !NOT_DETECTORS.contains(&d.code.as_str()) && d.touches(line))
            .collect();
        let tally = tallies.entry(entry.kind.as_str()).or_default();
        tally.total += 1;
        let per_file = by_file.entry(entry.file).or_insert((0, 0));
        per_file.1 += 1;
        if hits.is_empty() {
            // New findings elsewhere (not touching the changed line) help to see why it missed.
            let elsewhere: Vec<String> = diags
                .iter()
                .filter(|d| {
                    !NOT_DETECTORS.contains(&d.code.as_str())
                        && !old.contains(&(d.code.as_str(), d.message.as_str()))
                })
                .map(|d| format!("line {} [{}] {}", d.start_line + 1, d.code, d.message))
                .collect();
            missed.push(format!(
                "{:<20} {}:{} | {} → {} | {}{}",
                entry.kind,
                entry.base.rsplit('/').next().unwrap_or_default(),
                line + 1,
                entry.find,
                entry.replace,
                entry.note,
                if elsewhere.is_empty() {
                    String::new()
                } else {
                    format!("\n      new elsewhere: {}", elsewhere.join("; "))
                }
            ));
        } else {
            tally.detected += 1;
            if hits
                .iter()
                .any(|d| !old.contains(&(d.code.as_str(), d.message.as_str())))
            {
                tally.detected_new += 1;
                per_file.0 += 1;
            }
        }
    }

    println!(
        "== slips flagged per file by a new diagnostic (on the changed line or among the related locations)"
    );
    for (file, (flagged, slips)) in &by_file {
        println!(
            "  {file}: {flagged} / {slips} ({:.0}%)",
            100.0 * *flagged as f64 / *slips as f64
        );
    }
    let total: usize = tallies.values().map(|t| t.total).sum();
    let detected: usize = tallies.values().map(|t| t.detected).sum();
    let detected_new: usize = tallies.values().map(|t| t.detected_new).sum();
    let rate = if total == 0 {
        0.0
    } else {
        detected as f64 / total as f64
    };

    println!("== slips: detected / total (by a diagnostic new to the draft)");
    for (kind, t) in &tallies {
        println!(
            "  {kind:<22} {:>3} / {:<3} ({:>3.0}%)   new: {:>3}",
            t.detected,
            t.total,
            100.0 * t.detected as f64 / t.total as f64,
            t.detected_new
        );
    }
    println!(
        "  {:<22} {detected:>3} / {total:<3} ({:>3.0}%)   new: {detected_new:>3}",
        "overall",
        100.0 * rate
    );
    println!("== missed slips ({})", missed.len());
    for m in &missed {
        println!("  {m}");
    }
    println!(
        "== false alarms on consistent edits ({} of {consistent_total} edits)",
        false_alarms.len()
    );
    for f in &false_alarms {
        println!("  {f}");
    }

    let mut failures = Vec::new();
    if !dirty_bases.is_empty() {
        failures.push(format!(
            "the unmodified drafts must raise no warning or error, found {}:\n  {}",
            dirty_bases.len(),
            dirty_bases.join("\n  ")
        ));
    }
    if rate < MIN_DETECTION {
        failures.push(format!(
            "slip detection {detected}/{total} = {:.1}% is below the {:.0}% floor (issue 4 asks for 90%) ({} missed)",
            100.0 * rate,
            100.0 * MIN_DETECTION,
            missed.len()
        ));
    }
    if !false_alarms.is_empty() {
        failures.push(format!(
            "{} consistent edit(s) raised a new warning or error (false alarms)",
            false_alarms.len()
        ));
    }
    assert!(
        failures.is_empty(),
        "slip set acceptance failed:\n- {}",
        failures.join("\n- ")
    );
}
