//! The LSP front end: a thin adapter from tower-lsp-server to the pure core.

pub mod convert;
pub mod documents;
mod framing;
mod server;
mod settings;

pub use server::serve_stdio;
