//! Reading drafts from files, with one-line errors that name the file.

use std::path::Path;

/// Reads a UTF-8 draft, or says in one line why it cannot.
pub fn read_draft(path: &Path) -> Result<String, String> {
    let bytes =
        std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    String::from_utf8(bytes).map_err(|error| {
        format!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            error.utf8_error().valid_up_to()
        )
    })
}
