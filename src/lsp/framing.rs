//! A guard in front of tower-lsp-server's reader.
//!
//! tower-lsp-server stops serving at the first message it cannot decode (its framed stream ends
//! after a decoder error). An editor that sends one bad message would lose its server. So stdin
//! is read here first: each well-framed message whose body is JSON-RPC passes through untouched;
//! a body that is not becomes a request for [`MALFORMED_METHOD`] (answered with a parse error,
//! under the request's id when one can be read from the bytes) or is dropped when it has no id.

use regex::bytes::Regex;
use serde_json::{Value, json};
use std::sync::LazyLock;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

/// Answered by the server with JSON-RPC error -32700.
pub const MALFORMED_METHOD: &str = "$/reportLs/malformed";

/// What to forward for a message body.
#[derive(Debug, PartialEq, Eq)]
pub enum Forward {
    Unchanged,
    Replace(Vec<u8>),
    Drop,
}

/// Decides what to do with one message body.
pub fn screen(body: &[u8]) -> Forward {
    if is_json_rpc(body) {
        return Forward::Unchanged;
    }
    static ID: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#""id"\s*:\s*(-?\d+|"(?:[^"\\]|\\.)*")"#).unwrap());
    let id: Option<Value> = ID
        .captures(body)
        .and_then(|captures| serde_json::from_slice(&captures[1]).ok());
    match id {
        Some(id) => Forward::Replace(
            json!({"jsonrpc": "2.0", "id": id, "method": MALFORMED_METHOD})
                .to_string()
                .into_bytes(),
        ),
        None => Forward::Drop,
    }
}

fn is_json_rpc(body: &[u8]) -> bool {
    let Ok(Value::Object(message)) = serde_json::from_slice::<Value>(body) else {
        return false;
    };
    let is_request = message.get("method").is_some_and(Value::is_string);
    let is_response = message.contains_key("id")
        && (message.contains_key("result") || message.contains_key("error"));
    message.get("jsonrpc").and_then(Value::as_str) == Some("2.0") && (is_request || is_response)
}

/// Copies framed messages from `input` to `output`, screening each body. Ends at end of input
/// (or when the reader on the other side is gone).
pub async fn pump(
    input: impl tokio::io::AsyncRead + Unpin,
    mut output: impl tokio::io::AsyncWrite + Unpin,
) {
    let mut input = BufReader::new(input);
    let mut line = String::new();
    loop {
        // Headers: lines up to an empty one; only Content-Length matters.
        let mut length: Option<usize> = None;
        loop {
            line.clear();
            match input.read_line(&mut line).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let header = line.trim_end_matches(['\r', '\n']);
            if header.is_empty() {
                if length.is_some() {
                    break;
                }
                continue; // stray blank line between messages
            }
            if let Some((name, value)) = header.split_once(':')
                && name.trim().eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().ok();
            }
        }
        let mut body = vec![0; length.unwrap_or(0)];
        if input.read_exact(&mut body).await.is_err() {
            return;
        }
        let body = match screen(&body) {
            Forward::Unchanged => body,
            Forward::Replace(replacement) => {
                tracing::warn!("malformed message: {}", String::from_utf8_lossy(&body));
                replacement
            }
            Forward::Drop => {
                tracing::warn!(
                    "malformed message dropped: {}",
                    String::from_utf8_lossy(&body)
                );
                continue;
            }
        };
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        if output.write_all(header.as_bytes()).await.is_err()
            || output.write_all(&body).await.is_err()
            || output.flush().await.is_err()
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_rpc_passes_untouched() {
        assert_eq!(
            screen(br#"{"jsonrpc":"2.0","id":1,"method":"shutdown","params":null}"#),
            Forward::Unchanged
        );
        assert_eq!(
            screen(br#"{"jsonrpc":"2.0","id":1,"result":null}"#),
            Forward::Unchanged
        );
    }

    #[test]
    fn a_broken_request_keeps_its_id() {
        let Forward::Replace(replacement) = screen(br#"{"jsonrpc":"2.0","id":99,"method":"#) else {
            panic!("expected a replacement");
        };
        let value: Value = serde_json::from_slice(&replacement).unwrap();
        assert_eq!(value["id"], 99);
        assert_eq!(value["method"], MALFORMED_METHOD);
    }

    #[test]
    fn garbage_without_an_id_is_dropped() {
        assert_eq!(screen(b"not json at all"), Forward::Drop);
        assert_eq!(screen(br#"{"foo":1}"#), Forward::Drop);
    }
}
