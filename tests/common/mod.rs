//! A small LSP client over the real binary's stdin/stdout, for the integration tests.
//!
//! Messages are framed with `Content-Length` headers. A reader thread parses the server's output
//! and hands each message over an mpsc channel; every wait is a `recv_timeout` against a deadline
//! [`TIMEOUT`] away, so a server that stops answering fails the test instead of hanging it.
//! While waiting for something, the client records `textDocument/publishDiagnostics`, keeps
//! other notifications, and answers every server→client request with an empty result.

#![allow(dead_code)] // each test binary uses a different part of this module

pub mod model;

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How long any single wait may take.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// What the reader thread saw on the server's stdout.
enum Incoming {
    Message(Value),
    /// End of output (the process exited) or a framing error; no message follows.
    Closed(String),
}

/// A running `report-ls` speaking LSP on its stdio.
pub struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Incoming>,
    /// Why the output ended, once it has.
    closed: Option<String>,
    stderr: Arc<Mutex<String>>,
    next_id: i64,
    /// Responses that arrived while the client was waiting for something else.
    responses: VecDeque<Value>,
    /// Params of every `textDocument/publishDiagnostics`, in arrival order.
    pub diagnostics: Vec<Value>,
    /// Every other notification from the server (whole messages).
    pub notifications: Vec<Value>,
    /// Every request from the server (whole messages); each was answered.
    pub server_requests: Vec<Value>,
}

impl Server {
    /// Starts the server with no arguments.
    pub fn spawn() -> Self {
        Self::spawn_with_args(&[])
    }

    pub fn spawn_with_args(args: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_report-ls"))
            .args(args)
            .env("REPORT_LS_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("report-ls starts");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("stdout is piped");
        let mut stderr_pipe = child.stderr.take().expect("stderr is piped");

        let (sender, incoming) = channel();
        thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let event = match read_message(&mut reader) {
                    Ok(Some(message)) => Incoming::Message(message),
                    Ok(None) => Incoming::Closed("end of output".to_string()),
                    Err(error) => Incoming::Closed(error),
                };
                let last = matches!(event, Incoming::Closed(_));
                if sender.send(event).is_err() || last {
                    return;
                }
            }
        });

        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = stderr.clone();
        thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(read) = stderr_pipe.read(&mut buffer) {
                if read == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..read]));
            }
        });

        Server {
            child,
            stdin,
            incoming,
            closed: None,
            stderr,
            next_id: 0,
            responses: VecDeque::new(),
            diagnostics: Vec::new(),
            notifications: Vec::new(),
            server_requests: Vec::new(),
        }
    }

    /// What the server wrote to stderr so far (for failure messages).
    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Writes raw bytes to the server's stdin.
    pub fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin is still open");
        stdin.write_all(bytes).expect("write to the server");
        stdin.flush().expect("flush to the server");
    }

    /// Sends `body` with a correct `Content-Length` header, whatever the body is.
    pub fn send_body(&mut self, body: &[u8]) {
        self.send_raw(&frame(body));
    }

    pub fn send(&mut self, message: &Value) {
        self.send_body(&serde_json::to_vec(message).unwrap());
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    pub fn fresh_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }

    /// Sends a request and returns the whole response message (result or error).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.fresh_id();
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for_response(&json!(id))
    }

    /// Sends a request and returns its result, failing the test on an error response.
    pub fn request_ok(&mut self, method: &str, params: Value) -> Value {
        let response = self.request(method, params.clone());
        assert!(
            response.get("error").is_none(),
            "{method} {params} failed: {response}"
        );
        response
            .get("result")
            .cloned()
            .unwrap_or_else(|| panic!("{method}: a response with no result: {response}"))
    }

    /// Waits for the response with this id; responses to other ids are kept for later.
    pub fn wait_for_response(&mut self, id: &Value) -> Value {
        let what = format!("the response to request {id}");
        self.wait_until(&what, |server| {
            let index = server.responses.iter().position(|r| &r["id"] == id)?;
            server.responses.remove(index)
        })
    }

    /// Responses that arrived unasked for (or are not yet claimed), such as parse errors.
    pub fn unclaimed_responses(&self) -> Vec<Value> {
        self.responses.iter().cloned().collect()
    }

    /// Waits for `publishDiagnostics` of this document at this version; returns its params.
    pub fn wait_for_diagnostics(&mut self, uri: &str, version: i64) -> Value {
        let what = format!("publishDiagnostics for {uri} version {version}");
        self.wait_until(&what, |server| {
            server
                .diagnostics
                .iter()
                .find(|params| params["uri"] == uri && params["version"] == version)
                .cloned()
        })
    }

    /// Waits until the server has sent a request with this method (already answered).
    pub fn wait_for_server_request(&mut self, method: &str) -> Value {
        let what = format!("a {method} request from the server");
        self.wait_until(&what, |server| {
            server
                .server_requests
                .iter()
                .find(|request| request["method"] == method)
                .cloned()
        })
    }

    /// Handles incoming messages until `found` returns something or the deadline passes.
    pub fn wait_until<T>(
        &mut self,
        what: &str,
        mut found: impl FnMut(&mut Self) -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(value) = found(self) {
                return value;
            }
            if let Some(reason) = &self.closed {
                panic!(
                    "waiting for {what}: the server's output ended ({reason}); stderr:\n{}",
                    self.stderr()
                );
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(Incoming::Message(message)) => self.dispatch(message),
                Ok(Incoming::Closed(reason)) => self.closed = Some(reason),
                Err(RecvTimeoutError::Timeout) => panic!(
                    "timed out after {TIMEOUT:?} waiting for {what}; stderr:\n{}",
                    self.stderr()
                ),
                Err(RecvTimeoutError::Disconnected) => {
                    self.closed = Some("the reader thread stopped".to_string())
                }
            }
        }
    }

    fn dispatch(&mut self, message: Value) {
        let method = message
            .get("method")
            .and_then(Value::as_str)
            .map(str::to_string);
        let id = message.get("id").cloned();
        match (method, id) {
            (Some(method), Some(id)) => {
                // A request from the server: answer it with an empty result.
                let result = match method.as_str() {
                    "workspace/configuration" => {
                        let items = message["params"]["items"].as_array().map_or(0, Vec::len);
                        Value::Array(vec![Value::Null; items])
                    }
                    _ => Value::Null,
                };
                self.server_requests.push(message);
                let reply = json!({"jsonrpc": "2.0", "id": id, "result": result});
                let reply = frame(&serde_json::to_vec(&reply).unwrap());
                // A server that has gone meanwhile is noticed by whoever waits on it.
                if let Some(stdin) = self.stdin.as_mut() {
                    let _ = stdin.write_all(&reply).and_then(|()| stdin.flush());
                }
            }
            (Some(method), None) if method == "textDocument/publishDiagnostics" => {
                self.diagnostics.push(message["params"].clone());
            }
            (Some(_), None) => self.notifications.push(message),
            (None, _) => self.responses.push_back(message),
        }
    }

    /// `initialize` with these client capabilities, then `initialized`; returns the result.
    pub fn initialize(&mut self, capabilities: Value) -> Value {
        let result = self.request_ok(
            "initialize",
            json!({
                "processId": std::process::id(),
                "rootUri": null,
                "capabilities": capabilities,
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    /// `initialize` with these params (`processId` and `rootUri` are added when missing), then
    /// `initialized`; returns the result. For fields beside the capabilities, such as `locale`
    /// or `initializationOptions`.
    pub fn initialize_with_params(&mut self, mut params: Value) -> Value {
        let object = params
            .as_object_mut()
            .expect("initialize params are an object");
        object
            .entry("processId")
            .or_insert(json!(std::process::id()));
        object.entry("rootUri").or_insert(Value::Null);
        object.entry("capabilities").or_insert(json!({}));
        let result = self.request_ok("initialize", params);
        self.notify("initialized", json!({}));
        result
    }

    /// `initialize` offering these position encodings (none: no `general` capability at all).
    pub fn initialize_with_encodings(&mut self, encodings: Option<&[&str]>) -> Value {
        let capabilities = match encodings {
            Some(encodings) => json!({"general": {"positionEncodings": encodings}}),
            None => json!({}),
        };
        self.initialize(capabilities)
    }

    pub fn open(&mut self, uri: &str, text: &str, version: i64) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {
                "uri": uri, "languageId": "plaintext", "version": version, "text": text,
            }}),
        );
    }

    /// `didChange` with these content changes.
    pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    /// The nested `documentSymbol` result of a document.
    pub fn document_symbols(&mut self, uri: &str) -> Vec<Value> {
        let result = self.request_ok(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        );
        result
            .as_array()
            .unwrap_or_else(|| panic!("documentSymbol: not an array: {result}"))
            .clone()
    }

    /// `shutdown` (no params), then `exit`; returns the process's exit status.
    pub fn shutdown_and_exit(mut self) -> ExitStatus {
        let id = self.fresh_id();
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": "shutdown"}));
        let response = self.wait_for_response(&json!(id));
        assert!(
            response.get("error").is_none() && response["result"].is_null(),
            "shutdown failed: {response}"
        );
        self.send(&json!({"jsonrpc": "2.0", "method": "exit"}));
        self.wait_for_exit()
    }

    /// Waits for the server to end on its own, with stdin still open: its output ends when the
    /// process exits, then its status is collected.
    pub fn wait_for_exit(mut self) -> ExitStatus {
        self.wait_until("the server to exit", |server| {
            server.closed.clone().map(|_| ())
        });
        self.child.wait().expect("the exit status is collected")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // A test that failed half-way must not leave its server behind.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// `body` with its `Content-Length` header.
fn frame(body: &[u8]) -> Vec<u8> {
    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    frame.extend_from_slice(body);
    frame
}

/// Reads one framed message; `Ok(None)` at a clean end of output.
fn read_message(reader: &mut impl BufRead) -> Result<Option<Value>, String> {
    let mut content_length = None;
    let mut first = true;
    loop {
        let mut line = String::new();
        let read = reader
            .read_line(&mut line)
            .map_err(|error| format!("reading a header: {error}"))?;
        if read == 0 {
            return if first {
                Ok(None)
            } else {
                Err("output ended inside a header".to_string())
            };
        }
        first = false;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            break;
        }
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| format!("not a header line: {line:?}"))?;
        if name.trim().eq_ignore_ascii_case("content-length") {
            let length = value
                .trim()
                .parse::<usize>()
                .map_err(|error| format!("bad Content-Length {value:?}: {error}"))?;
            content_length = Some(length);
        }
    }
    let length = content_length.ok_or("a message without Content-Length")?;
    let mut body = vec![0; length];
    reader
        .read_exact(&mut body)
        .map_err(|error| format!("reading a {length}-byte body: {error}"))?;
    serde_json::from_slice(&body).map(Some).map_err(|error| {
        format!(
            "a body that is not JSON ({error}): {}",
            String::from_utf8_lossy(&body)
        )
    })
}

/// How LSP columns are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
        }
    }

    /// The width of `text` in this encoding's units.
    pub fn width(self, text: &str) -> u32 {
        match self {
            Encoding::Utf8 => text.len() as u32,
            Encoding::Utf16 => text.encode_utf16().count() as u32,
        }
    }
}

/// The byte ranges of the lines of `text` (without terminators), split as LSP splits them.
pub fn lines(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let terminator = match bytes[i] {
            b'\n' => 1,
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        lines.push((start, i));
        i += terminator;
        start = i;
    }
    lines.push((start, bytes.len()));
    lines
}

/// The text of line `line` (0-based), without its terminator.
pub fn line_text(text: &str, line: usize) -> &str {
    let (start, end) = lines(text)[line];
    &text[start..end]
}

/// The 0-based number of the first line of `text` that starts with `prefix`.
pub fn line_starting_with(text: &str, prefix: &str) -> u32 {
    lines(text)
        .iter()
        .position(|&(start, end)| text[start..end].starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starts with {prefix:?}")) as u32
}

/// The byte offset of an LSP position (which must lie inside the text, on a char boundary).
pub fn offset(text: &str, position: &Value, encoding: Encoding) -> usize {
    let line = position["line"].as_u64().unwrap() as usize;
    let character = position["character"].as_u64().unwrap() as u32;
    let (start, end) = lines(text)[line];
    let mut units = 0;
    for (index, c) in text[start..end].char_indices() {
        if units == character {
            return start + index;
        }
        let width = encoding.width(c.encode_utf8(&mut [0; 4]));
        assert!(
            units + width <= character,
            "position {position} falls inside {c:?}"
        );
        units += width;
    }
    assert_eq!(
        units, character,
        "position {position} is past the end of its line"
    );
    end
}

/// Applies LSP `TextEdit`s (all relative to `text`, non-overlapping) to `text`.
pub fn apply_edits(text: &str, edits: &[Value], encoding: Encoding) -> String {
    let mut resolved: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|edit| {
            let start = offset(text, &edit["range"]["start"], encoding);
            let end = offset(text, &edit["range"]["end"], encoding);
            (start, end, edit["newText"].as_str().unwrap())
        })
        .collect();
    resolved.sort_by_key(|&(start, end, _)| std::cmp::Reverse((start, end)));
    let mut result = text.to_string();
    for (start, end, new_text) in resolved {
        result.replace_range(start..end, new_text);
    }
    result
}

/// `{"line": l, "character": c}`.
pub fn pos(line: u32, character: u32) -> Value {
    json!({"line": line, "character": character})
}

/// `{"start": …, "end": …}`.
pub fn range(start: (u32, u32), end: (u32, u32)) -> Value {
    json!({"start": pos(start.0, start.1), "end": pos(end.0, end.1)})
}

/// Every symbol of a nested documentSymbol tree, depth first.
pub fn all_symbols(symbols: &[Value]) -> Vec<Value> {
    let mut out = Vec::new();
    for symbol in symbols {
        out.push(symbol.clone());
        if let Some(children) = symbol["children"].as_array() {
            out.extend(all_symbols(children));
        }
    }
    out
}

/// The children of `symbol` with this `SymbolKind`.
pub fn children_of_kind(symbol: &Value, kind: u64) -> Vec<Value> {
    symbol["children"]
        .as_array()
        .map(|children| {
            children
                .iter()
                .filter(|child| child["kind"] == kind)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// The LSP position of byte `offset` of `text` (a char boundary) in this encoding.
pub fn position_of(text: &str, offset: usize, encoding: Encoding) -> Value {
    let line = lines(text)
        .iter()
        .position(|&(start, end)| start <= offset && offset <= end)
        .unwrap_or_else(|| panic!("offset {offset} is on a line terminator"));
    let start = lines(text)[line].0;
    pos(line as u32, encoding.width(&text[start..offset]))
}

/// The LSP range of bytes `start..end` of `text` in this encoding.
pub fn range_of_bytes(text: &str, start: usize, end: usize, encoding: Encoding) -> Value {
    json!({
        "start": position_of(text, start, encoding),
        "end": position_of(text, end, encoding),
    })
}

/// The byte range of the first `needle` inside `context`, which must occur exactly once.
pub fn bytes_in(text: &str, context: &str, needle: &str) -> (usize, usize) {
    let found: Vec<usize> = text.match_indices(context).map(|(at, _)| at).collect();
    assert_eq!(
        found.len(),
        1,
        "{context:?} should occur once, not {found:?}"
    );
    let inner = context
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in {context:?}"));
    let start = found[0] + inner;
    (start, start + needle.len())
}

/// The LSP range of the first `needle` inside `context`, which must occur exactly once.
pub fn range_in(text: &str, context: &str, needle: &str, encoding: Encoding) -> Value {
    let (start, end) = bytes_in(text, context, needle);
    range_of_bytes(text, start, end, encoding)
}

/// The LSP ranges of every (non-overlapping) occurrence of `needle`, in document order.
pub fn ranges_of_all(text: &str, needle: &str, encoding: Encoding) -> Vec<Value> {
    text.match_indices(needle)
        .map(|(at, _)| range_of_bytes(text, at, at + needle.len(), encoding))
        .collect()
}
