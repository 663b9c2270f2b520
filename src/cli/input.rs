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

/// Reads and analyses each draft in turn, calling `visit` with its index, its path as given, its
/// text and its model; a draft that cannot be read gets its one-line error on stderr. Returns
/// whether every draft could be read.
pub fn each_draft(
    files: &[std::path::PathBuf],
    mut visit: impl FnMut(usize, &str, &str, &crate::analysis::Report),
) -> bool {
    let mut all_read = true;
    for (index, path) in files.iter().enumerate() {
        match read_draft(path) {
            Ok(text) => {
                let report = crate::analysis::analyse(&text);
                visit(index, &path.display().to_string(), &text, &report);
            }
            Err(message) => {
                eprintln!("report-ls: {message}");
                all_read = false;
            }
        }
    }
    all_read
}
