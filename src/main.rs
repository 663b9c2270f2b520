use std::io::IsTerminal;

use clap::Parser;
use report_ls::cli::{self, Cli, EXIT_USAGE};

const USAGE_HINT: &str = "report-ls is a language server: an editor starts it and talks to it on \
stdin/stdout.\nTo read a draft yourself, try `report-ls check FILE` or `report-ls outline FILE`; \
`report-ls --help` lists everything.";

fn main() {
    let cli = Cli::parse();
    let status = match cli.command {
        Some(command) => cli::run(command),
        None if !cli.stdio && std::io::stdin().is_terminal() => {
            eprintln!("{USAGE_HINT}");
            EXIT_USAGE
        }
        None => serve(),
    };
    std::process::exit(status);
}

fn serve() -> i32 {
    // Logs go to stderr, which editors show in the server's output panel; stdout is the protocol.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("REPORT_LS_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("the async runtime starts");
    let status = runtime.block_on(report_ls::lsp::serve_stdio());
    // The stdin reader may still sit in a blocking read: don't wait for it.
    runtime.shutdown_background();
    status
}
