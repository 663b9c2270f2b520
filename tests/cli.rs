//! The command line as shell pipelines use it.

use std::io::Read;
use std::process::{Command, Stdio};

/// `report-ls inspect … | head -c 100`: the reader closes the pipe long before the output ends
/// (the model of twenty copies of the sample is far larger than a pipe's buffer). The command
/// ends quietly, with status 0, instead of panicking on the write.
#[test]
fn a_reader_that_stops_reading_ends_the_command_quietly() {
    let sample = "seeds/000_33b94e5ec1286d0f.txt";
    let mut child = Command::new(env!("CARGO_BIN_EXE_report-ls"))
        .args(["inspect", "--format", "json"])
        .args([sample; 20])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("report-ls starts");
    let mut head = [0u8; 100];
    child
        .stdout
        .take()
        .expect("stdout is piped")
        .read_exact(&mut head)
        .expect("the output starts");
    // Dropping the read end closes the pipe.
    let output = child.wait_with_output().expect("report-ls ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(head.starts_with(b"{\"enumerations\""));
}
