//! The command line: `outline` and `check` over the same core the server uses.

#[macro_use]
mod output;
mod check;
mod input;
pub mod inspect;
mod outline;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

use crate::checks::{Config, Level, Locale, find_rule};

#[derive(Debug, Parser)]
#[command(
    name = "report-ls",
    version,
    about = "A language server for report drafts: structure, figures, terms and number checks.",
    long_about = "A language server for report drafts. With no command (or --stdio) it serves the \
                  Language Server Protocol on stdin/stdout for an editor; the commands below read \
                  drafts from files."
)]
pub struct Cli {
    /// Serve LSP on stdin/stdout (the default; editors pass this flag).
    #[arg(long)]
    pub stdio: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print each draft's outline: headline, byline, captions and nested sections.
    Outline {
        #[command(flatten)]
        options: CommonOptions,
    },
    /// List the rules: code, default severity and what each flags.
    Rules,
    /// Print the model the editor features use: figures, terms and enumerations.
    Inspect {
        #[command(flatten)]
        options: InspectOptions,
    },
    /// Print findings as `path:line:col: severity[code]: message`. Exit status: 0 clean (hints
    /// and information only), 1 a warning or error, 2 bad usage or unreadable input.
    Check {
        #[command(flatten)]
        options: CommonOptions,
        /// Print each draft's outline before its findings (text format only).
        #[arg(long)]
        outline: bool,
        /// Set a rule's severity: CODE=off|hint|information|warning|error (repeatable).
        #[arg(long = "rule", value_name = "CODE=LEVEL")]
        rules: Vec<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct CommonOptions {
    /// Draft files (UTF-8 text).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Language of messages: zh or en (default: from LC_ALL / LC_MESSAGES / LANG, else zh).
    #[arg(long)]
    pub locale: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct InspectOptions {
    /// Draft files (UTF-8 text).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Exit status for bad usage or unreadable input.
pub const EXIT_USAGE: i32 = 2;

/// Runs a command and returns the process exit status.
pub fn run(command: Command) -> i32 {
    match command {
        Command::Outline { options } => outline::run(&options),
        Command::Inspect { options } => inspect::run(&options),
        Command::Rules => {
            for rule in crate::checks::RULES {
                outln!(
                    "{:<22} {:<12} {}",
                    rule.code,
                    rule.default_severity.as_str(),
                    rule.description
                );
            }
            0
        }
        Command::Check {
            options,
            outline,
            rules,
        } => match config(&options, &rules) {
            Ok(config) => check::run(&options, &config, outline),
            Err(message) => {
                eprintln!("report-ls: {message}");
                EXIT_USAGE
            }
        },
    }
}

fn locale(options: &CommonOptions) -> Locale {
    let from_environment = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .filter(|value| value != "C" && value != "POSIX" && !value.starts_with("C."));
    Locale::from_tag(options.locale.as_deref().or(from_environment.as_deref()))
}

fn config(options: &CommonOptions, rules: &[String]) -> Result<Config, String> {
    let mut config = Config {
        locale: locale(options),
        ..Config::default()
    };
    for rule in rules {
        let (code, level) = rule
            .split_once('=')
            .ok_or_else(|| format!("--rule expects CODE=LEVEL, got `{rule}`"))?;
        if find_rule(code).is_none() {
            return Err(format!("unknown rule `{code}`"));
        }
        let level: Level = level.parse()?;
        config.levels.insert(code.to_string(), level);
    }
    Ok(config)
}
