//! Writing to stdout. A reader that stops reading (`report-ls check … | head`) closes the pipe:
//! that ends the command quietly instead of panicking as `println!` does.

use std::fmt::Arguments;
use std::io::{ErrorKind, Write};

/// Writes `text` to stdout; on a closed pipe the process ends with status 0, on any other
/// write error with a message and status 2.
pub fn write(text: Arguments) {
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout.write_fmt(text).and_then(|()| stdout.flush()) {
        if error.kind() == ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("report-ls: cannot write the output: {error}");
        std::process::exit(super::EXIT_USAGE);
    }
}

/// `print!` that survives a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::output::write(format_args!($($arg)*)) };
}

/// `println!` that survives a closed pipe.
macro_rules! outln {
    () => { $crate::cli::output::write(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cli::output::write(format_args!("{}\n", format_args!($($arg)*))) };
}
