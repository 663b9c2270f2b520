//! The editor features over stdio with the real binary, on the sample draft: hover, definition,
//! references, highlights, rename, semantic tokens, completion, and diagnostics that agree with
//! `report-ls check`; and positions next to astral characters in utf-16 and utf-8 sessions.
//!
//! Lines are 0-based, as in LSP (the file's line N is line N-1). Expected positions are counted
//! by hand in the comments, or located in the text by a context string that occurs once.

mod common;

use std::process::{Command, Stdio};

use common::{Encoding, Server, apply_edits, line_text, pos, range, range_in, ranges_of_all};
use serde_json::{Value, json};

const SAMPLE: &str = include_str!("../seeds/000_33b94e5ec1286d0f.txt");
const SAMPLE_PATH: &str = "seeds/000_33b94e5ec1286d0f.txt";
const SAMPLE_URI: &str = "file:///drafts/000_33b94e5ec1286d0f.txt";

/// LSP DocumentHighlightKind.Write.
const WRITE: u64 = 3;
/// LSP ErrorCodes.RequestFailed.
const REQUEST_FAILED: i64 = -32803;

/// A utf-16 session on the sample with these extra initialize params (such as a locale).
fn sample_session(extra: Value) -> (Server, Value) {
    let mut server = Server::spawn();
    let mut params = json!({"capabilities": {"general": {"positionEncodings": ["utf-16"]}}});
    for (key, value) in extra.as_object().unwrap() {
        params[key] = value.clone();
    }
    let result = server.initialize_with_params(params);
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
    server.open(SAMPLE_URI, SAMPLE, 1);
    server.wait_for_diagnostics(SAMPLE_URI, 1);
    (server, result)
}

fn at(uri: &str, position: Value) -> Value {
    json!({"textDocument": {"uri": uri}, "position": position})
}

/// A position inside `range`: one unit after its start.
fn inside(range: &Value) -> Value {
    let start = &range["start"];
    pos(
        start["line"].as_u64().unwrap() as u32,
        start["character"].as_u64().unwrap() as u32 + 1,
    )
}

/// The hover at a position: (its Markdown, its range), or None.
fn hover(server: &mut Server, uri: &str, position: Value) -> Option<(String, Value)> {
    let result = server.request_ok("textDocument/hover", at(uri, position));
    if result.is_null() {
        return None;
    }
    assert_eq!(result["contents"]["kind"], "markdown", "{result}");
    Some((
        result["contents"]["value"].as_str().unwrap().to_string(),
        result["range"].clone(),
    ))
}

fn hover_text(server: &mut Server, uri: &str, position: Value) -> String {
    hover(server, uri, position.clone())
        .unwrap_or_else(|| panic!("no hover at {position}"))
        .0
}

fn sorted(mut ranges: Vec<Value>) -> Vec<Value> {
    ranges.sort_by_key(|range| {
        (
            range["start"]["line"].as_u64().unwrap(),
            range["start"]["character"].as_u64().unwrap(),
        )
    });
    ranges
}

fn location_ranges(locations: &Value, uri: &str) -> Vec<Value> {
    sorted(
        locations
            .as_array()
            .unwrap_or_else(|| panic!("not a list of locations: {locations}"))
            .iter()
            .map(|location| {
                assert_eq!(location["uri"], uri);
                location["range"].clone()
            })
            .collect(),
    )
}

/// The defining 先锋驿站: 建立党员志愿服务“先锋驿站” (file line 125).
fn defining_station(encoding: Encoding) -> Value {
    range_in(SAMPLE, "建立党员志愿服务“先锋驿站”", "先锋驿站", encoding)
}

/// Whether a hover is a figure's: a figure hover opens with its value in bold and says what was
/// written ("原文：" / "as written:").
fn is_figure_hover(markdown: &str) -> bool {
    markdown.contains("原文：")
        || markdown.contains("as written:")
        || markdown
            .strip_prefix("**")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

// Hover -----------------------------------------------------------------------------------------

#[test]
fn hover_on_figures_markers_and_count_words() {
    let (mut server, _) = sample_session(json!({}));

    // 茅泽锋原是慈溪市新城河建设办公室投资科科长。(22) 作为一名招商队伍中的“新兵”，(37)
    // 他主动作为，(43) 推动总投资 (48): 44.65亿元 spans 48..55 of line 24.
    let figure = range((24, 48), (24, 55));
    assert_eq!(
        figure,
        range_in(SAMPLE, "推动总投资44.65亿元", "44.65亿元", Encoding::Utf16)
    );
    let (markdown, hovered) = hover(&mut server, SAMPLE_URI, inside(&figure)).unwrap();
    assert_eq!(hovered, figure);
    assert!(markdown.contains("4,465,000,000 元"), "{markdown}");
    // The other figures of 总投资, both in 元: 总投资超50亿元 (file line 35) and 总投资7.7亿元 (37).
    assert!(
        markdown.contains("第35行：50亿元（5,000,000,000 元）")
            && markdown.contains("第37行：7.7亿元（770,000,000 元）"),
        "{markdown}"
    );

    // 据统计，(4) 3年以来，(9) 慈溪累计开展心理素质提升系列活动 (25) 239次，(30) 服务干部 (34):
    // 2.3万余人次 spans 34..41 of line 70.
    let served = range((70, 34), (70, 41));
    assert_eq!(
        served,
        range_in(
            SAMPLE,
            "服务干部2.3万余人次",
            "2.3万余人次",
            Encoding::Utf16
        )
    );
    let (markdown, hovered) = hover(&mut server, SAMPLE_URI, inside(&served)).unwrap();
    assert_eq!(hovered, served);
    assert!(markdown.contains("23,000"), "{markdown}");
    assert!(markdown.contains("人次"), "{markdown}");
    assert!(markdown.contains("限定：余"), "{markdown}");

    // 关键词：担当作为 (8 characters on line 14). Its paragraphs, counted by reading (file lines):
    // 19, 21, 23, 25, 27, 29, 31+33 (one paragraph broken across lines), 35, 37, 39, 41, 43,
    // 45, 47, 49 and 51 (which goes on after the next marker): 16.
    let (markdown, hovered) = hover(&mut server, SAMPLE_URI, pos(14, 2)).unwrap();
    assert_eq!(hovered, range((14, 0), (14, 8)));
    assert!(
        markdown.starts_with("**担当作为** — 培养忠诚干净担当的高素质干部"),
        "{markdown}"
    );
    assert!(markdown.contains("段落 16 "), "{markdown}");

    // 把握“看问题性质、…、看纠错态度”的“六看”标准: the count word lists its six items.
    let six = range_in(SAMPLE, "的“六看”标准", "六看", Encoding::Utf16);
    let markdown = hover_text(&mut server, SAMPLE_URI, inside(&six));
    assert!(
        markdown.contains(
            "1. 看问题性质\n2. 看工作依据\n3. 看主观动机\n4. 看决策过程\n5. 看履职取向\n6. 看纠错态度"
        ),
        "{markdown}"
    );
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

/// 一盘棋, 一路绿灯 and 第一线 hold numerals but state no figure: no figure hover anywhere in them
/// (a term hover is fine: they are quoted expressions), and no `number` token over them.
#[test]
fn fixed_phrases_are_not_figures() {
    let (mut server, result) = sample_session(json!({}));
    let legend = legend(&result);
    let tokens = decode(&server_tokens(&mut server), &legend);
    for (context, phrase) in [
        ("招引“一盘棋”", "一盘棋"),
        ("“一路绿灯”促成", "一路绿灯"),
        ("常走常访“第一线”", "第一线"),
    ] {
        let phrase_range = range_in(SAMPLE, context, phrase, Encoding::Utf16);
        let line = phrase_range["start"]["line"].as_u64().unwrap() as u32;
        let start = phrase_range["start"]["character"].as_u64().unwrap() as u32;
        let end = phrase_range["end"]["character"].as_u64().unwrap() as u32;
        for character in start..end {
            if let Some((markdown, _)) = hover(&mut server, SAMPLE_URI, pos(line, character)) {
                assert!(
                    !is_figure_hover(&markdown),
                    "{phrase}, column {character}: {markdown}"
                );
                assert!(markdown.contains(phrase), "{phrase}: {markdown}");
            }
        }
        for token in &tokens {
            let overlaps =
                token.line == line && token.start < end && start < token.start + token.length;
            assert!(
                !(overlaps && token.kind == "number"),
                "{phrase}: a number token {token:?}"
            );
        }
    }
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

// Definition, references, highlights ------------------------------------------------------------

#[test]
fn definition_references_and_highlights() {
    let (mut server, _) = sample_session(json!({}));
    let stations = ranges_of_all(SAMPLE, "先锋驿站", Encoding::Utf16);
    assert_eq!(stations.len(), 7);
    // The last 先锋驿站, on line 128: 小驿站撬动大党建，用小服务温暖全民心。(19)
    // 目前，慈溪市已建成建好80多个示范性“ (19 more) — it spans 38..42.
    let last = range((128, 38), (128, 42));
    assert_eq!(stations[6], last);
    let defining = defining_station(Encoding::Utf16);
    assert_eq!(defining["start"]["line"], 124);

    let target = server.request_ok("textDocument/definition", at(SAMPLE_URI, inside(&last)));
    // A single Location (or a one-element list of them).
    let target = if target.is_array() {
        assert_eq!(target.as_array().unwrap().len(), 1, "{target}");
        target[0].clone()
    } else {
        target
    };
    assert_eq!(target["uri"], SAMPLE_URI);
    assert_eq!(target["range"], defining);

    // References on the quoted 先锋户联 of 探索深化“先锋户联”“先锋驿站” (file line 111): every
    // occurrence of the string — the marker (105), 111, 113 twice (in 先锋户联站), 115, 117 (in
    // 先锋户联会), 121 (先锋户联站), 123.
    let quoted = range_in(SAMPLE, "探索深化“先锋户联”", "先锋户联", Encoding::Utf16);
    let all = ranges_of_all(SAMPLE, "先锋户联", Encoding::Utf16);
    let lines: Vec<u64> = all
        .iter()
        .map(|range| range["start"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [104, 110, 112, 112, 114, 116, 120, 122]);
    let references = |server: &mut Server, include: bool| {
        let result = server.request_ok(
            "textDocument/references",
            json!({
                "textDocument": {"uri": SAMPLE_URI},
                "position": inside(&quoted),
                "context": {"includeDeclaration": include},
            }),
        );
        location_ranges(&result, SAMPLE_URI)
    };
    assert_eq!(references(&mut server, true), all);
    // Without the declaration: all but the one on line 110, where the brand is introduced.
    let without: Vec<Value> = all.iter().filter(|r| **r != quoted).cloned().collect();
    assert_eq!(without.len(), 7);
    assert_eq!(references(&mut server, false), without);

    // Highlights of 先锋驿站, from the caption “先锋驿站”定期开展志愿服务 (line 74): all seven,
    // the defining one written, the others read.
    let highlights = server.request_ok(
        "textDocument/documentHighlight",
        at(SAMPLE_URI, inside(&stations[0])),
    );
    let highlights = highlights.as_array().unwrap();
    assert_eq!(highlights.len(), 7, "{highlights:#?}");
    let ranges = sorted(highlights.iter().map(|h| h["range"].clone()).collect());
    assert_eq!(ranges, stations);
    let written: Vec<&Value> = highlights.iter().filter(|h| h["kind"] == WRITE).collect();
    assert_eq!(written.len(), 1, "{highlights:#?}");
    assert_eq!(written[0]["range"], defining);
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

// Rename -----------------------------------------------------------------------------------------

#[test]
fn prepare_rename_and_rename() {
    let (mut server, _) = sample_session(json!({}));
    // On a term: the range of the occurrence under the cursor (升级打造“先锋驿站”2.0版本).
    let upgraded = range_in(SAMPLE, "升级打造“先锋驿站”", "先锋驿站", Encoding::Utf16);
    let prepared = server.request_ok(
        "textDocument/prepareRename",
        at(SAMPLE_URI, inside(&upgraded)),
    );
    let prepared_range = if prepared.get("range").is_some() {
        prepared["range"].clone()
    } else {
        prepared.clone()
    };
    assert_eq!(prepared_range, upgraded, "{prepared}");

    // On plain text — 只争朝夕 opens line 10 — a refusal with a message.
    assert!(line_text(SAMPLE, 10).starts_with("只争朝夕"));
    let refused = server.request("textDocument/prepareRename", at(SAMPLE_URI, pos(10, 1)));
    assert!(refused.get("result").is_none(), "{refused}");
    assert_eq!(refused["error"]["code"], REQUEST_FAILED, "{refused}");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(message.contains("术语"), "{message}");
    // rename there is refused the same way.
    let refused = server.request(
        "textDocument/rename",
        json!({"textDocument": {"uri": SAMPLE_URI}, "position": pos(10, 1), "newName": "红色驿站"}),
    );
    assert_eq!(refused["error"]["code"], REQUEST_FAILED, "{refused}");

    // 先锋驿站 → 红色驿站: seven edits, and the text is what replacing the string gives.
    let edit = server.request_ok(
        "textDocument/rename",
        json!({
            "textDocument": {"uri": SAMPLE_URI},
            "position": inside(&upgraded),
            "newName": "红色驿站",
        }),
    );
    let edits = edit["changes"][SAMPLE_URI]
        .as_array()
        .unwrap_or_else(|| panic!("no edits for the sample: {edit:#}"));
    assert_eq!(edits.len(), 7, "{edits:#?}");
    let renamed = apply_edits(SAMPLE, edits, Encoding::Utf16);
    assert!(!renamed.contains("先锋驿站"));
    assert_eq!(renamed.matches("红色驿站").count(), 7);
    assert_eq!(renamed, SAMPLE.replace("先锋驿站", "红色驿站"));
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

// Semantic tokens --------------------------------------------------------------------------------

#[derive(Debug)]
struct Token {
    line: u32,
    start: u32,
    length: u32,
    kind: String,
    modifiers: u64,
}

fn legend(initialize_result: &Value) -> Vec<String> {
    let provider = &initialize_result["capabilities"]["semanticTokensProvider"];
    provider["legend"]["tokenTypes"]
        .as_array()
        .unwrap_or_else(|| panic!("no legend: {provider}"))
        .iter()
        .map(|kind| kind.as_str().unwrap().to_string())
        .collect()
}

fn server_tokens(server: &mut Server) -> Vec<u64> {
    let result = server.request_ok(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": SAMPLE_URI}}),
    );
    result["data"]
        .as_array()
        .unwrap_or_else(|| panic!("no data: {result}"))
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect()
}

/// Undoes LSP's relative encoding: five numbers a token, line and start relative to the token
/// before (the start only on the same line).
fn decode(data: &[u64], legend: &[String]) -> Vec<Token> {
    assert_eq!(data.len() % 5, 0, "{data:?}");
    let (mut line, mut start) = (0u32, 0u32);
    data.chunks(5)
        .map(|chunk| {
            let (delta_line, delta_start) = (chunk[0] as u32, chunk[1] as u32);
            if delta_line > 0 {
                line += delta_line;
                start = delta_start;
            } else {
                start += delta_start;
            }
            let kind = legend
                .get(chunk[3] as usize)
                .unwrap_or_else(|| panic!("token type {} is not in {legend:?}", chunk[3]));
            Token {
                line,
                start,
                length: chunk[2] as u32,
                kind: kind.clone(),
                modifiers: chunk[4],
            }
        })
        .collect()
}

#[test]
fn semantic_tokens_full() {
    let (mut server, result) = sample_session(json!({}));
    let legend = legend(&result);
    let tokens = decode(&server_tokens(&mut server), &legend);
    assert!(!tokens.is_empty());
    let lines: Vec<&str> = SAMPLE.split('\n').collect();
    for token in &tokens {
        assert!(token.length > 0, "{token:?}");
        let width = Encoding::Utf16.width(lines[token.line as usize]);
        assert!(
            token.start + token.length <= width,
            "{token:?} past its line"
        );
    }
    for pair in tokens.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            a.line < b.line || (a.line == b.line && a.start + a.length <= b.start),
            "overlap or disorder: {a:?} {b:?}"
        );
    }
    // 44.65亿元: 7 units from column 48 of line 24, a number.
    let figure = tokens
        .iter()
        .find(|t| t.line == 24 && t.start == 48)
        .expect("a token at 44.65亿元");
    assert_eq!((figure.kind.as_str(), figure.length), ("number", 7));
    // The markers are keywords (关键词：关心关爱 on line 52 has a test of its own below).
    for line in [14, 84, 104] {
        assert_eq!(marker_token(&tokens, line).kind, "keyword", "line {line}");
    }
    // The defining 先锋驿站 is a declaration.
    let defining = defining_station(Encoding::Utf16);
    let token = tokens
        .iter()
        .find(|t| {
            defining["start"] == json!({"line": t.line, "character": t.start}) && t.length == 4
        })
        .expect("a token at the defining 先锋驿站");
    assert_eq!(token.kind, "variable");
    let modifiers = result["capabilities"]["semanticTokensProvider"]["legend"]["tokenModifiers"]
        .as_array()
        .unwrap();
    let declaration = modifiers.iter().position(|m| m == "declaration").unwrap();
    assert_eq!(token.modifiers, 1 << declaration);
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

fn marker_token(tokens: &[Token], line: u32) -> &Token {
    tokens
        .iter()
        .find(|t| t.line == line && t.start == 0)
        .unwrap_or_else(|| panic!("no token at the marker of line {line}"))
}

/// 关键词：关心关爱 打造温暖组织释放激励效应 (line 52, 21 units) stands between 《…（试 (line 50)
/// and 行）》 (line 54): the title is painted on its two halves, the marker stays a keyword.
#[test]
fn a_marker_between_the_halves_of_a_title_stays_a_keyword() {
    let (mut server, result) = sample_session(json!({}));
    let legend = legend(&result);
    let tokens = decode(&server_tokens(&mut server), &legend);
    let marker = marker_token(&tokens, 52);
    assert_eq!(
        (marker.kind.as_str(), marker.length),
        ("keyword", 21),
        "{marker:?}"
    );
    // The halves: 慈溪市改革创新容错纠错实施办法（试 from column 11 of line 50, 行） on line 54.
    let first = tokens
        .iter()
        .find(|t| t.line == 50 && t.start == 11)
        .unwrap();
    assert_eq!((first.kind.as_str(), first.length), ("enumMember", 17));
    let second = marker_token(&tokens, 54);
    assert_eq!((second.kind.as_str(), second.length), ("enumMember", 2));
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

/// The title 《慈溪市改革创新容错纠错实施办法（试 / 行）》 is broken across the marker
/// 关键词：关心关爱 (line 52): the marker is still a marker for hover, and renaming the title
/// keeps the marker line.
#[test]
fn hover_on_a_marker_between_the_halves_of_a_title() {
    let (mut server, _) = sample_session(json!({}));
    let (markdown, hovered) = hover(&mut server, SAMPLE_URI, pos(52, 2)).unwrap();
    assert!(
        markdown.starts_with("**关心关爱** — 打造温暖组织释放激励效应"),
        "{markdown}"
    );
    assert_eq!(hovered, range((52, 0), (52, 21)));
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

#[test]
fn renaming_a_title_broken_across_a_marker_keeps_the_marker() {
    let (mut server, _) = sample_session(json!({}));
    // Column 13 of line 50 is inside 慈溪市改革… (the title starts at column 11).
    let edit = server.request_ok(
        "textDocument/rename",
        json!({
            "textDocument": {"uri": SAMPLE_URI},
            "position": pos(50, 13),
            "newName": "慈溪市容错纠错实施办法",
        }),
    );
    let edits = edit["changes"][SAMPLE_URI].as_array().unwrap();
    let renamed = apply_edits(SAMPLE, edits, Encoding::Utf16);
    assert!(
        renamed
            .lines()
            .any(|line| line == "关键词：关心关爱 打造温暖组织释放激励效应"),
        "the marker line is gone:\n{}",
        &renamed[renamed.find("2019年，慈溪出台").unwrap()..][..300]
    );
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

// Completion -------------------------------------------------------------------------------------

#[test]
fn completion_after_an_opening_quote() {
    let (mut server, _) = sample_session(json!({}));
    // Type “ at the end of 小驿站撬动大党建…50余万人次。 (line 128).
    let end = Encoding::Utf16.width(line_text(SAMPLE, 128));
    server.change(
        SAMPLE_URI,
        2,
        json!([{"range": range((128, end), (128, end)), "text": "“"}]),
    );
    server.wait_for_diagnostics(SAMPLE_URI, 2);
    let result = server.request_ok("textDocument/completion", at(SAMPLE_URI, pos(128, end + 1)));
    let items = result
        .as_array()
        .or_else(|| result["items"].as_array())
        .unwrap_or_else(|| panic!("no items: {result}"));
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    // By number of occurrences: 先锋户联 8, 先锋驿站 7, 乡村振兴 5, then 先锋户联站 and
    // 高质量发展 with 3 each.
    assert_eq!(
        labels[..3],
        ["先锋户联", "先锋驿站", "乡村振兴"],
        "{labels:?}"
    );
    let mut next: Vec<&str> = labels[3..5].to_vec();
    next.sort();
    assert_eq!(next, ["先锋户联站", "高质量发展"], "{labels:?}");
    for item in items {
        let label = item["label"].as_str().unwrap();
        assert_eq!(item["insertText"], format!("{label}”"), "{item}");
    }
    // An editor sorts by sortText when there is one: that order must be the same.
    let mut by_sort_text = items.clone();
    by_sort_text.sort_by(|a, b| {
        let key = |item: &Value| {
            item["sortText"]
                .as_str()
                .or(item["label"].as_str())
                .unwrap()
                .to_string()
        };
        key(a).cmp(&key(b))
    });
    assert_eq!(by_sort_text[0]["label"], "先锋户联");
    assert_eq!(by_sort_text[1]["label"], "先锋驿站");
    // People are not offered inside quotes.
    assert!(!labels.contains(&"黄合"), "{labels:?}");
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

// Diagnostics: the CLI and the server agree -------------------------------------------------------

/// A UTF-32 position (the CLI's) as a UTF-16 one.
fn utf32_to_utf16(text: &str, position: &Value) -> Value {
    let line = position["line"].as_u64().unwrap() as u32;
    let characters = position["character"].as_u64().unwrap() as usize;
    let prefix: String = line_text(text, line as usize)
        .chars()
        .take(characters)
        .collect();
    pos(line, Encoding::Utf16.width(&prefix))
}

fn utf32_range_to_utf16(text: &str, range: &Value) -> Value {
    json!({
        "start": utf32_to_utf16(text, &range["start"]),
        "end": utf32_to_utf16(text, &range["end"]),
    })
}

/// `report-ls check --format json ARGS… SAMPLE`: the sample's diagnostics.
fn cli_check(args: &[&str]) -> Vec<Value> {
    let output = Command::new(env!("CARGO_BIN_EXE_report-ls"))
        .args(["check", "--format", "json"])
        .args(args)
        .arg(SAMPLE_PATH)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("report-ls runs");
    // 0 or 1 by what was found; 2 would be a usage error.
    assert!(
        output.status.code().is_some_and(|code| code < 2),
        "{output:?}"
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn cli_check_and_published_diagnostics_agree() {
    let from_cli = cli_check(&["--locale", "en"]);
    assert!(!from_cli.is_empty());

    let mut server = Server::spawn();
    let result = server.initialize_with_params(json!({
        "locale": "en",
        "capabilities": {"general": {"positionEncodings": ["utf-16"]}},
    }));
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
    server.open(SAMPLE_URI, SAMPLE, 1);
    let published = server.wait_for_diagnostics(SAMPLE_URI, 1);
    let from_server = published["diagnostics"].as_array().unwrap();

    let severity = |name: &str| match name {
        "error" => 1,
        "warning" => 2,
        "information" => 3,
        "hint" => 4,
        other => panic!("unknown severity {other}"),
    };
    let cli: Vec<Value> = from_cli
        .iter()
        .map(|d| {
            json!({
                "code": d["code"],
                "severity": severity(d["severity"].as_str().unwrap()),
                "message": d["message"],
                "range": utf32_range_to_utf16(SAMPLE, &d["range"]),
                "related": d["related"].as_array().unwrap().iter().map(|r| json!({
                    "range": utf32_range_to_utf16(SAMPLE, &r["range"]),
                    "message": r["message"],
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let lsp: Vec<Value> = from_server
        .iter()
        .map(|d| {
            json!({
                "code": d["code"],
                "severity": d["severity"],
                "message": d["message"],
                "range": d["range"],
                "related": d["relatedInformation"].as_array().unwrap().iter().map(|r| {
                    assert_eq!(r["location"]["uri"], SAMPLE_URI);
                    json!({"range": r["location"]["range"], "message": r["message"]})
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let key = |d: &Value| d.to_string();
    let mut cli_sorted = cli.clone();
    cli_sorted.sort_by_key(key);
    let mut lsp_sorted = lsp.clone();
    lsp_sorted.sort_by_key(key);
    assert_eq!(cli_sorted, lsp_sorted);
    // English messages: each differs from the Chinese message of the same finding (they may
    // quote the draft, so they are not all ASCII).
    let chinese = cli_check(&["--locale", "zh"]);
    assert_eq!(chinese.len(), from_cli.len());
    for (english, chinese) in from_cli.iter().zip(&chinese) {
        assert_eq!(english["range"], chinese["range"]);
        assert_ne!(english["message"], chinese["message"]);
    }

    // The same session speaks English in hovers too.
    let served = range_in(
        SAMPLE,
        "服务干部2.3万余人次",
        "2.3万余人次",
        Encoding::Utf16,
    );
    let markdown = hover_text(&mut server, SAMPLE_URI, inside(&served));
    assert!(markdown.contains("23,000"), "{markdown}");
    assert!(markdown.contains("qualifier: 余"), "{markdown}");
    let markdown = hover_text(&mut server, SAMPLE_URI, pos(14, 2));
    assert!(markdown.contains("16 paragraph(s)"), "{markdown}");
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

// Astral characters -------------------------------------------------------------------------------

/// 𠀀 and 😀 (two UTF-16 units, four bytes each) before a figure and a term on one line.
const ASTRAL: &str = "测试标题\n\n𠀀😀慈溪建立“红色驿站”，投资12.5亿元，𠀀“红色驿站”再升级。\n";
const ASTRAL_URI: &str = "file:///drafts/astral-features.txt";

fn astral_features(encoding: Encoding) {
    // Counted by hand on line 2, as (utf-16 units, utf-8 bytes):
    // 𠀀😀慈溪建立“ → (2+2+4+1, 4+4+12+3) = (9, 23); 红色驿站 → +4 units, +12 bytes.
    // 红色驿站”，投资 → (13+1+1+2, 35+3+3+6) = (17, 47); 12.5亿元 → +6 units, +10 bytes.
    // 12.5亿元，𠀀“ → (23+1+2+1, 57+3+4+3) = (27, 67); 红色驿站 → (31, 79).
    let col = |utf16: u32, utf8: u32| match encoding {
        Encoding::Utf16 => utf16,
        Encoding::Utf8 => utf8,
    };
    let first_term = range((2, col(9, 23)), (2, col(13, 35)));
    let figure = range((2, col(17, 47)), (2, col(23, 57)));
    let second_term = range((2, col(27, 67)), (2, col(31, 79)));
    assert_eq!(
        ranges_of_all(ASTRAL, "红色驿站", encoding),
        [first_term.clone(), second_term.clone()]
    );
    assert_eq!(
        ranges_of_all(ASTRAL, "12.5亿元", encoding),
        std::slice::from_ref(&figure)
    );

    let mut server = Server::spawn();
    let result = server.initialize_with_encodings(Some(&[encoding.name()]));
    assert_eq!(result["capabilities"]["positionEncoding"], encoding.name());
    server.open(ASTRAL_URI, ASTRAL, 1);
    server.wait_for_diagnostics(ASTRAL_URI, 1);

    let (markdown, hovered) = hover(&mut server, ASTRAL_URI, inside(&figure)).unwrap();
    assert_eq!(hovered, figure);
    assert!(markdown.contains("1,250,000,000 元"), "{markdown}");

    let (markdown, hovered) = hover(&mut server, ASTRAL_URI, inside(&second_term)).unwrap();
    assert_eq!(hovered, second_term);
    assert!(markdown.contains("红色驿站"), "{markdown}");

    // 慈溪建立“红色驿站” sets the name up: the second one leads back to it.
    let target = server.request_ok(
        "textDocument/definition",
        at(ASTRAL_URI, inside(&second_term)),
    );
    let target = if target.is_array() {
        target[0].clone()
    } else {
        target
    };
    assert_eq!(target["range"], first_term);
    let references = server.request_ok(
        "textDocument/references",
        json!({
            "textDocument": {"uri": ASTRAL_URI},
            "position": inside(&first_term),
            "context": {"includeDeclaration": true},
        }),
    );
    assert_eq!(
        location_ranges(&references, ASTRAL_URI),
        [first_term, second_term]
    );
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

#[test]
fn astral_characters_before_a_figure_and_a_term_utf16() {
    astral_features(Encoding::Utf16);
}

#[test]
fn astral_characters_before_a_figure_and_a_term_utf8() {
    astral_features(Encoding::Utf8);
}
