//! What the editor features show, computed from the model: pure functions of the text and its
//! [`Report`](crate::analysis::Report), in byte ranges. The LSP layer only converts positions
//! and wraps the results in protocol types.

pub mod complete;
pub mod display;
pub mod hover;
pub mod lookup;
pub mod navigate;
pub mod tokens;
