//! The server's settings: what initializationOptions and workspace/configuration say.
//!
//! Both carry the same shape, with or without the `reportLs` wrapper:
//! `{"locale": "en", "rules": {"broken-paragraph": "off"}}`.

use serde_json::Value;

use crate::checks::{Config, Level, Locale, find_rule};

/// Reads settings onto `config`; returns the complaints about entries it could not use.
pub fn apply(config: &mut Config, settings: &Value) -> Vec<String> {
    let settings = settings.get("reportLs").unwrap_or(settings);
    let mut complaints = Vec::new();
    if let Some(locale) = settings.get("locale").and_then(Value::as_str)
        && !locale.is_empty()
        && locale != "auto"
    {
        config.locale = Locale::from_tag(Some(locale));
    }
    if let Some(rules) = settings.get("rules").and_then(Value::as_object) {
        // The settings are the whole truth: a rule no longer named is back at its default.
        config.levels.clear();
        for (code, level) in rules {
            if find_rule(code).is_none() {
                complaints.push(format!("unknown rule `{code}` in settings"));
                continue;
            }
            match level.as_str().map(str::parse::<Level>) {
                Some(Ok(level)) => {
                    config.levels.insert(code.clone(), level);
                }
                Some(Err(error)) => complaints.push(format!("rule `{code}`: {error}")),
                None => complaints.push(format!("rule `{code}`: the level must be a string")),
            }
        }
    }
    complaints
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Severity;
    use serde_json::json;

    #[test]
    fn wrapped_and_bare_settings_are_read_alike() {
        for settings in [
            json!({"reportLs": {"locale": "en", "rules": {"broken-paragraph": "warning"}}}),
            json!({"locale": "en", "rules": {"broken-paragraph": "warning"}}),
        ] {
            let mut config = Config::default();
            assert!(apply(&mut config, &settings).is_empty());
            assert_eq!(config.locale, Locale::En);
            assert_eq!(
                config.levels["broken-paragraph"],
                Level::On(Severity::Warning)
            );
        }
    }

    #[test]
    fn unknown_rules_and_levels_are_reported_not_applied() {
        let mut config = Config::default();
        let complaints = apply(
            &mut config,
            &json!({"rules": {"no-such-rule": "off", "broken-paragraph": "loud"}}),
        );
        assert_eq!(complaints.len(), 2);
        assert!(config.levels.is_empty());
    }
}
