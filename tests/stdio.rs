//! End-to-end tests of the real binary: LSP sessions over its stdin/stdout, and the CLI.
//!
//! Every expected position below was counted by hand from the text: a CJK character or a
//! fullwidth mark is 1 UTF-16 unit and 3 UTF-8 bytes, an astral character (𠀀, 😀) is 2 UTF-16
//! units and 4 UTF-8 bytes, ASCII is 1 of each. Line numbers are 0-based in LSP.

mod common;

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use common::{
    Encoding, Server, all_symbols, apply_edits, children_of_kind, line_starting_with, line_text,
    pos, range,
};
use serde_json::{Value, json};

const SAMPLE: &str = include_str!("../seeds/000_33b94e5ec1286d0f.txt");
const SAMPLE_PATH: &str = "seeds/000_33b94e5ec1286d0f.txt";
const SAMPLE_URI: &str = "file:///drafts/000_33b94e5ec1286d0f.txt";

const HEADLINE: &str = "新时代新担当新作为 慈溪：“红色引擎”助推高质量发展";
const BYLINE: &str = "记者 黄合 通讯员 余峰权 文/图";
const SECTIONS: [(&str, &str); 4] = [
    ("担当作为", "培养忠诚干净担当的高素质干部"),
    ("关心关爱", "打造温暖组织释放激励效应"),
    ("夯实基础", "以组织振兴引领基层全面振兴"),
    ("先锋户联", "不忘初心全心全意为人民服务"),
];
const CAPTIONS: [&str; 3] = [
    "傅家路片区党群服务中心正式运作",
    "“先锋驿站”定期开展志愿服务",
    "年轻干部参加实体经济振兴精进式培训班",
];
/// The marker that stands between the halves of "…实施办法（试" / "行）》，按照…".
const MARKER_BETWEEN_HALVES: &str = "关键词：关心关爱 打造温暖组织释放激励效应";

/// LSP SymbolKind values.
const FILE: u64 = 1;
const NAMESPACE: u64 = 3;
const PROPERTY: u64 = 7;
const STRING: u64 = 15;
/// LSP DiagnosticSeverity.Information.
const INFORMATION: u64 = 3;

/// Picks the expected column for the session's encoding.
fn col(encoding: Encoding, utf16: u32, utf8: u32) -> u32 {
    match encoding {
        Encoding::Utf16 => utf16,
        Encoding::Utf8 => utf8,
    }
}

fn names_and_details(symbols: &[Value]) -> Vec<(String, String)> {
    symbols
        .iter()
        .map(|symbol| {
            (
                symbol["name"].as_str().unwrap().to_string(),
                symbol["detail"]
                    .as_str()
                    .unwrap_or("<no detail>")
                    .to_string(),
            )
        })
        .collect()
}

fn expected_sections(sections: &[(&str, &str)]) -> Vec<(String, String)> {
    sections
        .iter()
        .map(|(name, detail)| (name.to_string(), detail.to_string()))
        .collect()
}

fn selection_lines(symbols: &[Value]) -> Vec<u64> {
    symbols
        .iter()
        .map(|symbol| symbol["selectionRange"]["start"]["line"].as_u64().unwrap())
        .collect()
}

/// The single root of a documentSymbol answer, which must be the sample's headline.
fn headline(symbols: &[Value]) -> &Value {
    assert_eq!(symbols.len(), 1, "one root expected: {symbols:#?}");
    let root = &symbols[0];
    assert_eq!(root["name"], HEADLINE);
    assert_eq!(root["kind"], FILE);
    root
}

/// No caption is a section anywhere in the tree; each stands once, as a caption (String).
fn assert_captions_are_not_sections(symbols: &[Value]) {
    let everything = all_symbols(symbols);
    for caption in CAPTIONS {
        let found: Vec<&Value> = everything.iter().filter(|s| s["name"] == caption).collect();
        assert_eq!(
            found.len(),
            1,
            "caption {caption} should appear once: {found:#?}"
        );
        assert_eq!(found[0]["kind"], STRING, "caption {caption}: {}", found[0]);
        assert_ne!(found[0]["kind"], NAMESPACE);
    }
}

/// Checks that no diagnostic is a warning or an error (the sample is consistent: only hints and
/// information) and that every broken-paragraph finding points at the rest of its paragraph in
/// the same document; returns the lines the broken-paragraph findings start on.
fn broken_paragraph_lines(published: &Value, uri: &str) -> Vec<u64> {
    let all = published["diagnostics"].as_array().unwrap();
    for diagnostic in all {
        assert!(
            diagnostic["severity"].as_u64().unwrap() >= INFORMATION,
            "{diagnostic}"
        );
    }
    let diagnostics: Vec<&Value> = all
        .iter()
        .filter(|diagnostic| diagnostic["code"] == "broken-paragraph")
        .collect();
    for diagnostic in &diagnostics {
        assert_eq!(diagnostic["severity"], INFORMATION, "{diagnostic}");
        assert_eq!(diagnostic["source"], "report-ls", "{diagnostic}");
        let related = diagnostic["relatedInformation"].as_array().unwrap();
        assert_eq!(related.len(), 1, "{diagnostic}");
        assert_eq!(related[0]["location"]["uri"], uri, "{diagnostic}");
    }
    diagnostics
        .iter()
        .map(|diagnostic| diagnostic["range"]["start"]["line"].as_u64().unwrap())
        .collect()
}

/// The diagnostic whose related information (the rest of the paragraph) starts on `line`.
fn diagnostic_continued_on(published: &Value, line: u32) -> Value {
    published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|diagnostic| {
            diagnostic["relatedInformation"][0]["location"]["range"]["start"]["line"] == line
        })
        .unwrap_or_else(|| panic!("no diagnostic continues on line {line}: {published:#}"))
        .clone()
}

// 1. Position encoding negotiation ---------------------------------------------------------

fn negotiated(args: &[&str], offered: Option<&[&str]>) -> Value {
    let mut server = Server::spawn_with_args(args);
    let result = server.initialize_with_encodings(offered);
    assert_eq!(result["serverInfo"]["name"], "report-ls");
    // Incremental sync, which the didChange tests below rely on.
    assert_eq!(result["capabilities"]["textDocumentSync"]["change"], 2);
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
    result["capabilities"]["positionEncoding"].clone()
}

#[test]
fn initialize_offering_only_utf16_gets_utf16() {
    assert_eq!(negotiated(&[], Some(&["utf-16"])), "utf-16");
}

#[test]
fn initialize_offering_utf8_first_gets_utf8() {
    assert_eq!(negotiated(&[], Some(&["utf-8", "utf-16"])), "utf-8");
}

#[test]
fn initialize_offering_nothing_gets_utf16() {
    // `--stdio`, as editors pass it, serves exactly like no argument at all.
    assert_eq!(negotiated(&["--stdio"], None), "utf-16");
}

#[test]
fn initialize_offering_an_empty_list_gets_utf16() {
    assert_eq!(negotiated(&[], Some(&[])), "utf-16");
}

// 2. A full session with the sample --------------------------------------------------------

const INSERTED_SECTION: &str = "关键词：新增章节\n\n新的小标题\n\n新增的段落内容。\n\n";

fn sample_session(encoding: Encoding) {
    let mut server = Server::spawn();
    let result = server.initialize(json!({
        "general": {"positionEncodings": [encoding.name()]},
        "workspace": {"configuration": true},
    }));
    assert_eq!(result["capabilities"]["positionEncoding"], encoding.name());
    // The server pulls its settings once initialized; the client answers with [null].
    let pull = server.wait_for_server_request("workspace/configuration");
    assert_eq!(pull["params"]["items"][0]["section"], "reportLs", "{pull}");

    server.open(SAMPLE_URI, SAMPLE, 1);
    let published = server.wait_for_diagnostics(SAMPLE_URI, 1);
    // The eight lines that stop mid-sentence (1-based 31, 51, 63, 83, 93, 97, 115, 121).
    assert_eq!(
        broken_paragraph_lines(&published, SAMPLE_URI),
        [30, 50, 62, 82, 92, 96, 114, 120]
    );
    // "2019年，慈溪出台《慈溪市改革创新容错纠错实施办法（试": 4 ASCII + 23 wide characters
    // before 试, which goes on at "行）》，按照…" four lines further down.
    let trial = diagnostic_continued_on(&published, 54);
    assert_eq!(
        trial["range"],
        range((50, col(encoding, 27, 73)), (50, col(encoding, 28, 76)))
    );
    let continuation = line_text(SAMPLE, 54);
    assert!(continuation.starts_with("行）》，按照"));
    assert_eq!(
        trial["relatedInformation"][0]["location"]["range"],
        range((54, 0), (54, encoding.width(continuation)))
    );

    let symbols = server.document_symbols(SAMPLE_URI);
    let root = headline(&symbols);
    // The headline: 25 wide characters and one ASCII space.
    assert_eq!(
        root["selectionRange"],
        range((4, 0), (4, col(encoding, 26, 76)))
    );
    // It covers the draft up to the last caption, 18 characters on line 132 (no final newline).
    assert_eq!(root["range"], range((4, 0), (132, col(encoding, 18, 54))));
    let bylines = children_of_kind(root, PROPERTY);
    assert_eq!(
        names_and_details(&bylines),
        [(BYLINE.to_string(), "<no detail>".to_string())]
    );
    let sections = children_of_kind(root, NAMESPACE);
    assert_eq!(names_and_details(&sections), expected_sections(&SECTIONS));
    assert_eq!(selection_lines(&sections), [14, 52, 84, 104]);
    // 关键词：担当作为 is 8 characters; the section runs to the end of "…实施办法（试".
    assert_eq!(
        sections[0]["selectionRange"],
        range((14, 0), (14, col(encoding, 8, 24)))
    );
    assert_eq!(
        sections[0]["range"],
        range((14, 0), (50, col(encoding, 28, 76)))
    );
    // 关键词：关心关爱 打造温暖组织释放激励效应: 20 wide characters and a space.
    assert_eq!(
        sections[1]["selectionRange"],
        range((52, 0), (52, col(encoding, 21, 61)))
    );
    assert_captions_are_not_sections(&symbols);
    let all_sections: Vec<Value> = all_symbols(&symbols)
        .into_iter()
        .filter(|symbol| symbol["kind"] == NAMESPACE)
        .collect();
    assert_eq!(
        names_and_details(&all_sections),
        expected_sections(&SECTIONS)
    );

    // Insert a section before 关键词：先锋户联 (line 105 of the file, 1-based).
    let line = line_starting_with(SAMPLE, "关键词：先锋户联");
    assert_eq!(line, 104);
    server.change(
        SAMPLE_URI,
        2,
        json!([{"range": range((line, 0), (line, 0)), "text": INSERTED_SECTION}]),
    );
    let published = server.wait_for_diagnostics(SAMPLE_URI, 2);
    // The six inserted lines push the last two breaks down.
    assert_eq!(
        broken_paragraph_lines(&published, SAMPLE_URI),
        [30, 50, 62, 82, 92, 96, 120, 126]
    );

    let symbols = server.document_symbols(SAMPLE_URI);
    let root = headline(&symbols);
    assert_eq!(root["range"], range((4, 0), (138, col(encoding, 18, 54))));
    let sections = children_of_kind(root, NAMESPACE);
    assert_eq!(
        names_and_details(&sections),
        expected_sections(&[
            SECTIONS[0],
            SECTIONS[1],
            SECTIONS[2],
            ("新增章节", "新的小标题"),
            SECTIONS[3],
        ])
    );
    assert_eq!(selection_lines(&sections), [14, 52, 84, 104, 110]);
    assert_eq!(
        sections[3]["selectionRange"],
        range((104, 0), (104, col(encoding, 8, 24)))
    );
    // 夯实基础 now ends at line 102, the last line before the new marker; the new section
    // ends with its paragraph 新增的段落内容。 (8 characters) on line 108.
    assert_eq!(sections[2]["range"]["end"]["line"], 102);
    assert_eq!(
        sections[3]["range"],
        range((104, 0), (108, col(encoding, 8, 24)))
    );
    assert_captions_are_not_sections(&symbols);

    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

#[test]
fn sample_session_utf16() {
    sample_session(Encoding::Utf16);
}

#[test]
fn sample_session_utf8() {
    sample_session(Encoding::Utf8);
}

// 3. Astral characters ---------------------------------------------------------------------

const ASTRAL: &str = "标题𠀀😀\n\n关键词：测试😀𠀀\n\n小标题\n\n正文😀内容，写完了。\n";
const ASTRAL_URI: &str = "file:///drafts/astral.txt";

fn astral_session(encoding: Encoding) -> Server {
    let mut server = Server::spawn();
    let result = server.initialize_with_encodings(Some(&[encoding.name()]));
    assert_eq!(result["capabilities"]["positionEncoding"], encoding.name());
    server.open(ASTRAL_URI, ASTRAL, 1);
    let published = server.wait_for_diagnostics(ASTRAL_URI, 1);
    assert_eq!(
        published["diagnostics"],
        json!([]),
        "every sentence is complete"
    );
    server
}

/// The headline and the one section of the astral document (or of its edited version).
fn astral_symbols(server: &mut Server) -> (Value, Value) {
    let symbols = server.document_symbols(ASTRAL_URI);
    assert_eq!(symbols.len(), 1, "{symbols:#?}");
    let root = symbols[0].clone();
    assert_eq!(root["kind"], FILE);
    let sections = children_of_kind(&root, NAMESPACE);
    assert_eq!(sections.len(), 1, "{root:#}");
    (root.clone(), sections[0].clone())
}

fn astral_positions(encoding: Encoding) {
    let mut server = astral_session(encoding);
    let (root, section) = astral_symbols(&mut server);
    assert_eq!(root["name"], "标题𠀀😀");
    // 标题 + 𠀀 + 😀: 2 + 2 + 2 units, 6 + 4 + 4 bytes.
    assert_eq!(
        root["selectionRange"],
        range((0, 0), (0, col(encoding, 6, 14)))
    );
    // The headline covers everything up to 正文😀内容，写完了。: 9 wide + 😀 → 11 units, 31 bytes.
    assert_eq!(root["range"], range((0, 0), (6, col(encoding, 11, 31))));
    assert_eq!(section["name"], "测试😀𠀀");
    assert_eq!(section["detail"], "小标题");
    // 关键词：测试 + 😀 + 𠀀: 6 + 2 + 2 units, 18 + 4 + 4 bytes.
    assert_eq!(
        section["selectionRange"],
        range((2, 0), (2, col(encoding, 10, 26)))
    );
    assert_eq!(section["range"], range((2, 0), (6, col(encoding, 11, 31))));
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

#[test]
fn astral_positions_utf16() {
    astral_positions(Encoding::Utf16);
}

#[test]
fn astral_positions_utf8() {
    astral_positions(Encoding::Utf8);
}

fn astral_edit(encoding: Encoding) {
    let mut server = astral_session(encoding);
    // Three changes in one notification, each against the result of the one before:
    // 改 between 𠀀 and 😀 in the headline (after 标题𠀀: 4 units, 10 bytes);
    // 新 right after the 😀 of the keyword (after 关键词：测试😀: 8 units, 22 bytes);
    // the 😀 of 正文😀内容 replaced by 的 (it spans 2..4 units, 6..10 bytes).
    // A server that counted characters instead would put 改 after 😀 and 新 after 𠀀.
    let changes = json!([
        {"range": range((0, col(encoding, 4, 10)), (0, col(encoding, 4, 10))), "text": "改"},
        {"range": range((2, col(encoding, 8, 22)), (2, col(encoding, 8, 22))), "text": "新"},
        {"range": range((6, col(encoding, 2, 6)), (6, col(encoding, 4, 10))), "text": "的"},
    ]);
    let mut expected = ASTRAL.to_string();
    for change in changes.as_array().unwrap() {
        let edit = json!({"range": change["range"], "newText": change["text"]});
        expected = apply_edits(&expected, &[edit], encoding);
    }
    assert_eq!(
        expected,
        "标题𠀀改😀\n\n关键词：测试😀新𠀀\n\n小标题\n\n正文的内容，写完了。\n"
    );
    server.change(ASTRAL_URI, 2, changes);
    server.wait_for_diagnostics(ASTRAL_URI, 2);

    let (root, section) = astral_symbols(&mut server);
    assert_eq!(root["name"], "标题𠀀改😀");
    assert_eq!(
        root["selectionRange"],
        range((0, 0), (0, col(encoding, 7, 17)))
    );
    // 正文的内容，写完了。: 10 wide characters.
    assert_eq!(root["range"], range((0, 0), (6, col(encoding, 10, 30))));
    assert_eq!(section["name"], "测试😀新𠀀");
    assert_eq!(section["detail"], "小标题");
    assert_eq!(
        section["selectionRange"],
        range((2, 0), (2, col(encoding, 11, 29)))
    );
    assert_eq!(section["range"], range((2, 0), (6, col(encoding, 10, 30))));
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

#[test]
fn incremental_edits_next_to_astral_characters_utf16() {
    astral_edit(Encoding::Utf16);
}

#[test]
fn incremental_edits_next_to_astral_characters_utf8() {
    astral_edit(Encoding::Utf8);
}

// 4. Robustness ----------------------------------------------------------------------------

const APPENDED: &str = "\n\n追加的段落写完了。\n";

/// (b) unknown method, (c) a document never opened, (d) an edit far outside the document,
/// (e) the quick fix for the break around the 关心关爱 marker — the server keeps serving.
#[test]
fn the_server_keeps_serving_after_bad_requests() {
    let mut server = Server::spawn();
    server.initialize_with_encodings(None); // UTF-16
    server.open(SAMPLE_URI, SAMPLE, 1);
    server.wait_for_diagnostics(SAMPLE_URI, 1);
    let mut text = SAMPLE.to_string();

    // (b) An unknown request method.
    let response = server.request("report/nothing", json!({}));
    assert_eq!(response["error"]["code"], -32601, "{response}");
    assert!(response.get("result").is_none(), "{response}");

    // (c) A document that was never opened.
    let response = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": "file:///drafts/never-opened.txt"}}),
    );
    assert_eq!(response["error"]["code"], -32602, "{response}");
    assert!(response.get("result").is_none(), "{response}");

    // (d) An edit at line 9999, character 9999 is clamped to the end of the document.
    server.change(
        SAMPLE_URI,
        2,
        json!([{"range": range((9999, 9999), (9999, 9999)), "text": APPENDED}]),
    );
    text.push_str(APPENDED);
    let published = server.wait_for_diagnostics(SAMPLE_URI, 2);
    assert_eq!(
        broken_paragraph_lines(&published, SAMPLE_URI),
        [30, 50, 62, 82, 92, 96, 114, 120]
    );
    let symbols = server.document_symbols(SAMPLE_URI);
    let root = headline(&symbols);
    // 追加的段落写完了。 (9 characters) is now the last line, 134.
    assert_eq!(root["range"], range((4, 0), (134, 9)));
    let sections = children_of_kind(root, NAMESPACE);
    assert_eq!(names_and_details(&sections), expected_sections(&SECTIONS));
    assert_eq!(sections[3]["range"]["end"], pos(134, 9));

    // (e) The quick fix for "…实施办法（试" / "行）》，按照…", picked by its related information.
    let continuation = line_starting_with(&text, "行）》，按照");
    assert_eq!(continuation, 54);
    let diagnostic = diagnostic_continued_on(&published, continuation);
    assert_eq!(diagnostic["range"], range((50, 27), (50, 28)));
    let actions = server.request_ok(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": SAMPLE_URI},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic]},
        }),
    );
    let actions = actions.as_array().expect("a list of code actions");
    assert!(!actions.is_empty(), "no quick fix offered");
    let first_half = line_text(&text, 50);
    let second_half = line_text(&text, 54);
    assert!(first_half.ends_with("实施办法（试") && second_half.starts_with("行）》，按照"));
    let joined_paragraph = format!("{first_half}{second_half}");
    let mut results = Vec::new();
    for action in actions {
        assert_eq!(action["kind"], "quickfix", "{action:#}");
        assert_eq!(
            action["diagnostics"][0]["code"], "broken-paragraph",
            "{action:#}"
        );
        let edits = action["edit"]["changes"][SAMPLE_URI]
            .as_array()
            .unwrap_or_else(|| panic!("no edits for the sample: {action:#}"));
        let fixed = apply_edits(&text, edits, Encoding::Utf16);
        assert!(
            fixed.contains("慈溪市改革创新容错纠错实施办法（试行）》，按照“三个区分开来”原则"),
            "{} does not join the halves:\n{fixed}",
            action["title"]
        );
        assert!(fixed.lines().any(|line| line == joined_paragraph));
        assert_eq!(
            fixed.matches(MARKER_BETWEEN_HALVES).count(),
            1,
            "the marker is kept"
        );
        let without_whitespace = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
        assert_eq!(without_whitespace(&fixed), without_whitespace(&text));
        results.push((edits.clone(), fixed));
    }
    // The first fix moves the marker after the joined paragraph: two lines fewer in between.
    let (edits, fixed) = results.swap_remove(0);
    let fixed_lines: Vec<&str> = (50..=54).map(|line| line_text(&fixed, line)).collect();
    assert_eq!(
        fixed_lines,
        [
            joined_paragraph.as_str(),
            "",
            MARKER_BETWEEN_HALVES,
            "",
            line_text(&text, 56)
        ]
    );
    // Apply it as an editor would, then check that the server agrees.
    assert_eq!(edits.len(), 1, "{edits:#?}");
    server.change(
        SAMPLE_URI,
        3,
        json!([{"range": edits[0]["range"], "text": edits[0]["newText"]}]),
    );
    text = fixed;
    let published = server.wait_for_diagnostics(SAMPLE_URI, 3);
    assert_eq!(
        broken_paragraph_lines(&published, SAMPLE_URI),
        [30, 60, 80, 90, 94, 112, 118]
    );

    // After all that, a normal documentSymbol still succeeds.
    let symbols = server.document_symbols(SAMPLE_URI);
    let root = headline(&symbols);
    assert_eq!(root["range"], range((4, 0), (132, 9)));
    let sections = children_of_kind(root, NAMESPACE);
    assert_eq!(names_and_details(&sections), expected_sections(&SECTIONS));
    assert_eq!(selection_lines(&sections), [14, 52, 82, 102]);
    let joined_line = Encoding::Utf16.width(line_text(&text, 50));
    assert_eq!(sections[0]["range"], range((14, 0), (50, joined_line)));
    assert_captions_are_not_sections(&symbols);

    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

/// (a) A body that is not JSON, under a valid Content-Length header.
#[test]
fn a_malformed_message_is_answered_and_the_server_keeps_serving() {
    let mut server = Server::spawn();
    server.initialize_with_encodings(None);
    server.open(SAMPLE_URI, SAMPLE, 1);
    server.wait_for_diagnostics(SAMPLE_URI, 1);

    server.send_body(br#"{"jsonrpc":"2.0","id":99,"method":"#);

    let symbols = server.document_symbols(SAMPLE_URI);
    let sections = children_of_kind(headline(&symbols), NAMESPACE);
    assert_eq!(names_and_details(&sections), expected_sections(&SECTIONS));
    // The garbage is answered with a parse error, under the id it carried, so the client's
    // request does not hang.
    let answered = server.wait_for_response(&json!(99));
    assert_eq!(answered["error"]["code"], -32700, "{answered}");
    // A body that is JSON but not JSON-RPC, with no id to answer under, is dropped.
    server.send_body(br#"{"foo":1}"#);
    let symbols = server.document_symbols(SAMPLE_URI);
    assert_eq!(children_of_kind(headline(&symbols), NAMESPACE).len(), 4);
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

// 5. Shutdown and exit ---------------------------------------------------------------------

#[test]
fn exit_without_shutdown_exits_with_code_1() {
    let mut server = Server::spawn();
    server.initialize_with_encodings(None);
    server.send(&json!({"jsonrpc": "2.0", "method": "exit"}));
    let status = server.wait_for_exit();
    assert_eq!(status.code(), Some(1), "{status:?}");
}

#[test]
fn shutdown_with_null_params_is_accepted() {
    let mut server = Server::spawn();
    server.initialize_with_encodings(None);
    let id = server.fresh_id();
    // As Emacs eglot sends it.
    server.send(&json!({"jsonrpc": "2.0", "id": id, "method": "shutdown", "params": null}));
    let response = server.wait_for_response(&json!(id));
    assert!(response.get("error").is_none(), "{response}");
    assert_eq!(response["result"], Value::Null, "{response}");
    server.send(&json!({"jsonrpc": "2.0", "method": "exit"}));
    let status = server.wait_for_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

// 6. The command line ----------------------------------------------------------------------

fn report_ls(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report-ls"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("report-ls runs")
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "stdout is not JSON ({error}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// A path under the temp dir that this test process owns.
fn temp_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("report-ls-stdio-{}-{name}", std::process::id()))
}

#[test]
fn cli_outline_json() {
    let output = report_ls(&["outline", "--format", "json", SAMPLE_PATH]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let outline = stdout_json(&output);
    assert_eq!(outline["path"], SAMPLE_PATH);
    let symbols = outline["symbols"].as_array().unwrap();
    assert_eq!(symbols.len(), 1, "{outline:#}");
    let root = &symbols[0];
    assert_eq!(root["role"], "headline");
    assert_eq!(root["name"], HEADLINE);
    // UTF-32 columns: 26 characters.
    assert_eq!(root["selectionRange"], range((4, 0), (4, 26)));
    let children = root["children"].as_array().unwrap();
    let sections: Vec<Value> = children
        .iter()
        .filter(|child| child["role"] == "section")
        .cloned()
        .collect();
    assert_eq!(names_and_details(&sections), expected_sections(&SECTIONS));
    let everything = all_symbols(symbols);
    for caption in CAPTIONS {
        let found: Vec<&Value> = everything.iter().filter(|s| s["name"] == caption).collect();
        assert_eq!(found.len(), 1, "{caption}");
        assert_eq!(found[0]["role"], "caption", "{caption}");
    }
    assert_eq!(
        everything.iter().filter(|s| s["role"] == "section").count(),
        4
    );
}

#[test]
fn cli_rules_lists_every_code_of_the_design() {
    let output = report_ls(&["rules"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let listing = String::from_utf8(output.stdout).unwrap();
    for code in [
        "broken-paragraph",
        "count-mismatch",
        "part-exceeds-whole",
        "restated-figure",
        "sum-mismatch",
        "percent-range",
        "range-order",
        "date-arithmetic",
        "implausible-relation",
        "numeral-style",
    ] {
        assert!(
            listing.lines().any(|line| line.starts_with(code)),
            "{code} missing from:\n{listing}"
        );
    }
}

#[test]
fn cli_check_json_on_the_sample() {
    let output = report_ls(&["check", "--format", "json", SAMPLE_PATH]);
    // Information-level findings only: a clean exit.
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let report = stdout_json(&output);
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["path"], SAMPLE_PATH);
    let all = files[0]["diagnostics"].as_array().unwrap();
    for diagnostic in all {
        for key in ["code", "severity", "message", "range", "related"] {
            assert!(diagnostic.get(key).is_some(), "no {key}: {diagnostic}");
        }
        assert!(
            ["information", "hint"].contains(&diagnostic["severity"].as_str().unwrap()),
            "{diagnostic}"
        );
    }
    let diagnostics: Vec<&Value> = all
        .iter()
        .filter(|diagnostic| diagnostic["code"] == "broken-paragraph")
        .collect();
    assert_eq!(diagnostics.len(), 8, "{report:#}");
    for diagnostic in &diagnostics {
        assert_eq!(diagnostic["severity"], "information");
        assert!(!diagnostic["message"].as_str().unwrap().is_empty());
        assert!(diagnostic["range"]["start"]["line"].is_u64());
        assert!(diagnostic["range"]["end"]["character"].is_u64());
        let related = diagnostic["related"].as_array().unwrap();
        assert_eq!(related.len(), 1, "{diagnostic}");
        assert!(related[0]["range"]["start"]["line"].is_u64());
        assert!(related[0]["message"].is_string());
    }
    let trial = diagnostics
        .iter()
        .find(|d| d["related"][0]["range"]["start"]["line"] == 54)
        .expect("the break before 行）》，按照");
    assert_eq!(trial["range"], range((50, 27), (50, 28)));
}

#[test]
fn cli_check_rejects_a_file_that_is_not_utf8() {
    let path = temp_path("gbk.txt");
    // "Title\n\n" (7 bytes) and then 标题 in GBK, whose first byte 0xB1 cannot start UTF-8.
    let mut bytes = b"Title\n\n".to_vec();
    bytes.extend_from_slice(&[0xB1, 0xEA, 0xCC, 0xE2, b'\n']);
    std::fs::write(&path, &bytes).unwrap();
    let path_text = path.display().to_string();
    let output = report_ls(&["check", "--format", "json", &path_text]);
    std::fs::remove_file(&path).unwrap();

    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line expected: {stderr:?}");
    assert!(
        stderr.contains(&path_text),
        "{stderr:?} does not name the file"
    );
    let numbers: Vec<String> = stderr
        .replace(&path_text, "")
        .split(|c: char| !c.is_ascii_digit())
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect();
    assert!(
        numbers.iter().any(|number| number == "7"),
        "{stderr:?} should give the byte offset 7"
    );
}

#[test]
fn cli_check_rejects_a_missing_file() {
    let path = temp_path("missing.txt");
    let _ = std::fs::remove_file(&path);
    let path_text = path.display().to_string();
    let output = report_ls(&["check", "--format", "json", &path_text]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line expected: {stderr:?}");
    assert!(
        stderr.contains(&path_text),
        "{stderr:?} does not name the file"
    );
}

#[test]
fn cli_version() {
    let output = report_ls(&["--version"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        stdout.trim(),
        format!("report-ls {}", env!("CARGO_PKG_VERSION"))
    );
}
