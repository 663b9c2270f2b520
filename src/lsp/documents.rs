//! Open documents: a rope and a version each, edited exactly as the client edits its copy.

use std::sync::Arc;

use ropey::Rope;
use tower_lsp_server::ls_types::TextDocumentContentChangeEvent;

use super::convert;
use crate::analysis::{Report, analyse};
use crate::checks::{Config, Finding, check};
use crate::text::position::PositionEncoding;

/// The model of one version of a document, with the rope it was read from (for positions).
#[derive(Debug)]
pub struct Analysis {
    pub version: i32,
    pub rope: Rope,
    pub text: String,
    pub report: Report,
    pub findings: Vec<Finding>,
}

impl Analysis {
    pub fn new(rope: Rope, version: i32, config: &Config) -> Self {
        let text = rope.to_string();
        let report = analyse(&text);
        let findings = check(&text, &report, config);
        Analysis {
            version,
            rope,
            text,
            report,
            findings,
        }
    }
}

#[derive(Debug)]
pub struct Document {
    pub rope: Rope,
    pub version: i32,
    /// The analysis of the current version, once something asked for it.
    pub analysis: Option<Arc<Analysis>>,
}

/// What `apply_changes` noticed about the version numbers, for the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionCheck {
    InOrder,
    /// The version went up by more than one: the client skipped numbers, which LSP allows.
    Gap {
        previous: i32,
    },
    /// The version did not go up: a client bug or a reordering; the edit is applied anyway, since
    /// the client's copy already has it.
    Stale {
        previous: i32,
    },
}

impl Document {
    pub fn new(text: &str, version: i32) -> Self {
        Document {
            rope: Rope::from_str(text),
            version,
            analysis: None,
        }
    }

    /// Applies content changes in order, each against the result of the previous one.
    pub fn apply_changes(
        &mut self,
        changes: &[TextDocumentContentChangeEvent],
        version: i32,
        encoding: PositionEncoding,
    ) -> VersionCheck {
        for change in changes {
            match change.range {
                None => self.rope = Rope::from_str(&change.text),
                Some(range) => {
                    let start = convert::offset(&self.rope, range.start, encoding);
                    let end = convert::offset(&self.rope, range.end, encoding);
                    let (start, end) = (start.min(end), start.max(end));
                    let start_char = self.rope.byte_to_char(start);
                    let end_char = self.rope.byte_to_char(end);
                    self.rope.remove(start_char..end_char);
                    self.rope.insert(start_char, &change.text);
                }
            }
        }
        let previous = self.version;
        self.version = version;
        self.analysis = None;
        if version <= previous {
            VersionCheck::Stale { previous }
        } else if version > previous + 1 {
            VersionCheck::Gap { previous }
        } else {
            VersionCheck::InOrder
        }
    }
}
