//! Findings about a draft: the rule registry, severities and configuration.
//!
//! Each rule is a small module with a stable kebab-case code, a default severity and a one-line
//! description. Rules read the [`Report`]; they never look at LSP types or files.

mod broken_paragraph;
pub mod context;
mod count_mismatch;
mod date_arithmetic;
mod implausible_relation;
mod numeral_style;
mod part_exceeds_whole;
mod percent_range;
mod range_order;
mod restated_figure;
mod sum_mismatch;

use context::Context;

use std::collections::BTreeMap;
use std::ops::Range;

use crate::analysis::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
        }
    }
}

/// A rule's configured level: off, or on at a severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

impl std::str::FromStr for Level {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        Ok(match text.trim().to_ascii_lowercase().as_str() {
            "off" | "none" => Level::Off,
            "hint" => Level::On(Severity::Hint),
            "info" | "information" => Level::On(Severity::Information),
            "warn" | "warning" => Level::On(Severity::Warning),
            "error" => Level::On(Severity::Error),
            other => {
                return Err(format!(
                    "unknown severity `{other}` (expected off, hint, information, warning or error)"
                ));
            }
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    Zh,
    En,
}

impl Locale {
    /// Chinese for a `zh…` locale or none at all (the drafts are Chinese), English otherwise.
    pub fn from_tag(tag: Option<&str>) -> Self {
        match tag {
            Some(tag) if !tag.is_empty() && !tag.to_ascii_lowercase().starts_with("zh") => {
                Locale::En
            }
            _ => Locale::Zh,
        }
    }
}

/// A text in both languages the tool speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub zh: String,
    pub en: String,
}

impl Message {
    pub fn in_locale(&self, locale: Locale) -> &str {
        match locale {
            Locale::Zh => &self.zh,
            Locale::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub range: Range<usize>,
    pub message: Message,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub new_text: String,
}

/// A change the user can choose to apply; never applied without them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub title: Message,
    pub edits: Vec<Edit>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub range: Range<usize>,
    pub message: Message,
    pub related: Vec<Related>,
    pub fixes: Vec<Fix>,
}

pub struct Rule {
    pub code: &'static str,
    pub default_severity: Severity,
    pub description: &'static str,
    pub run: fn(&Context) -> Vec<Finding>,
}

/// Every rule, in the order the README documents them.
pub const RULES: &[Rule] = &[
    broken_paragraph::RULE,
    count_mismatch::RULE,
    part_exceeds_whole::RULE,
    restated_figure::RULE,
    sum_mismatch::RULE,
    percent_range::RULE,
    range_order::RULE,
    date_arithmetic::RULE,
    implausible_relation::RULE,
    numeral_style::RULE,
];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub locale: Locale,
    /// Levels set by the user, by rule code; rules not named keep their default severity.
    pub levels: BTreeMap<String, Level>,
}

impl Config {
    /// The level the user set for a rule, if any.
    fn level(&self, rule: &Rule) -> Option<Level> {
        self.levels.get(rule.code).copied()
    }
}

pub fn find_rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.code == code)
}

/// Runs every rule that is not off, in document order. A rule's findings keep the severity the
/// rule gave them (its default, or lower where the evidence is weaker) unless the user set one.
pub fn check(text: &str, report: &Report, config: &Config) -> Vec<Finding> {
    let context = Context::new(text, report);
    let mut findings = Vec::new();
    for rule in RULES {
        let configured = config.level(rule);
        if configured == Some(Level::Off) {
            continue;
        }
        findings.extend((rule.run)(&context).into_iter().map(|mut finding| {
            if let Some(Level::On(severity)) = configured {
                finding.severity = severity;
            }
            finding
        }));
    }
    findings.sort_by_key(|finding| (finding.range.start, finding.range.end, finding.code));
    // Two ways to the same finding (a share's part and whole found twice) report it once.
    findings
        .dedup_by(|a, b| a.range == b.range && a.code == b.code && a.message.en == b.message.en);
    findings
}

/// A short quotation of `text` for messages: its first characters, with an ellipsis when cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// Test helper: the findings of one rule on a draft, with default settings.
#[cfg(test)]
pub(crate) fn findings_of(code: &str, text: &str) -> Vec<Finding> {
    let report = crate::analysis::analyse(text);
    check(text, &report, &Config::default())
        .into_iter()
        .filter(|finding| finding.code == code)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of drafts the rules read closely: numbers, units, spans, plans, shares, list
    /// marks, sentence ends and characters of one to four bytes.
    const PIECES: &[&str] = &[
        "2019年",
        "2021—2025年",
        "三年来",
        "前三年",
        "“十四五”",
        "十四五期间（2021—2026年）",
        "近3年",
        "以来",
        "全县",
        "其中",
        "占",
        "的",
        "36.8%",
        "1000亿元",
        "4.6万元",
        "12个",
        "每个",
        "社区",
        "网格",
        "配备",
        "2名",
        "共",
        "合计",
        "、",
        "，",
        "。",
        "；",
        "\n",
        "\n\n",
        "（",
        "）",
        "“",
        "”",
        "——",
        "一",
        "四个一",
        "工程",
        "由",
        "增加到",
        "压减至",
        "人次",
        "次",
        "𠀀",
        "😀",
        "a",
        "5A级",
        "市级以上",
        "项",
        "历时",
        "两年半",
        "2023年1月9日",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Never die: every rule takes any arrangement of these pieces without a panic, and
        /// every finding's range lies on character boundaries of the text.
        #[test]
        fn rules_never_panic(pieces in prop::collection::vec(prop::sample::select(PIECES), 0..120)) {
            let text: String = pieces.concat();
            let report = crate::analysis::analyse(&text);
            for finding in check(&text, &report, &Config::default()) {
                prop_assert!(finding.range.start <= finding.range.end);
                prop_assert!(text.is_char_boundary(finding.range.start));
                prop_assert!(text.is_char_boundary(finding.range.end));
            }
        }
    }

    #[test]
    fn rule_codes_are_unique_kebab_case() {
        let mut codes: Vec<&str> = RULES.iter().map(|rule| rule.code).collect();
        assert!(
            codes
                .iter()
                .all(|code| code.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
    }

    #[test]
    fn configured_levels_override_defaults() {
        let text = "标题\n\n这一段在这里断开了，没有\n\n写完的部分。\n";
        let report = crate::analysis::analyse(text);
        let mut config = Config::default();
        assert_eq!(
            check(text, &report, &config)[0].severity,
            Severity::Information
        );
        config
            .levels
            .insert("broken-paragraph".into(), Level::On(Severity::Warning));
        assert_eq!(check(text, &report, &config)[0].severity, Severity::Warning);
        config.levels.insert("broken-paragraph".into(), Level::Off);
        assert!(check(text, &report, &config).is_empty());
    }

    #[test]
    fn levels_parse_from_settings_words() {
        assert_eq!("warning".parse(), Ok(Level::On(Severity::Warning)));
        assert_eq!("off".parse(), Ok(Level::Off));
        assert!("loud".parse::<Level>().is_err());
    }
}
