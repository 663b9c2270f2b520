//! Figures, terms and the editor features on drafts of other styles (`tests/fixtures/features/`):
//! a government work report with 一、（一）1. headings, an English report with `Keywords:`
//! markers, and a Markdown plan. The model through `report-ls inspect --format json`, the
//! features over stdio with the real binary. Every expectation was read off the drafts by hand.
//!
//! Lines are 0-based (the file's line N is line N-1).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::model::{Figure, figure, figure_differences, inspect, term, text_at};
use common::{Encoding, Server, apply_edits, pos, range, range_in, ranges_of_all};
use serde_json::{Value, json};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/features")
}

fn draft(name: &str) -> String {
    std::fs::read_to_string(fixtures().join(name)).unwrap()
}

fn model(name: &str) -> Value {
    inspect(&fixtures(), name)
}

fn lines_of(ranges: &Value) -> Vec<u64> {
    ranges
        .as_array()
        .unwrap()
        .iter()
        .map(|range| range["start"]["line"].as_u64().unwrap())
        .collect()
}

/// The terms of a model as name → number of occurrences.
fn term_counts(model: &Value) -> BTreeMap<String, usize> {
    model["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|term| {
            (
                term["name"].as_str().unwrap().to_string(),
                term["occurrences"].as_array().unwrap().len(),
            )
        })
        .collect()
}

fn counts(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs
        .iter()
        .map(|(name, count)| (name.to_string(), *count))
        .collect()
}

fn label_of(model: &Value, line: u64, text: &str) -> Value {
    model["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|figure| figure["range"]["start"]["line"] == line && figure["text"] == text)
        .unwrap_or_else(|| panic!("no figure {text} on line {line}"))["label"]
        .clone()
}

/// The (line, figure, label) triples whose label is not the one expected, described.
fn wrong_labels(model: &Value, expected: &[(u64, &str, &str)]) -> Vec<String> {
    expected
        .iter()
        .filter_map(|&(line, text, label)| {
            let found = label_of(model, line, text);
            (found != label).then(|| format!("{text}: {label} expected, {found} found"))
        })
        .collect()
}

fn assert_figures(text: &str, model: &Value, expected: &[Figure]) {
    let actual = model["figures"].as_array().unwrap();
    let differences = figure_differences(text, actual, expected, |_| true);
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

// An LSP session on one fixture ------------------------------------------------------------------

struct Session {
    server: Server,
    uri: String,
    text: String,
}

impl Session {
    fn open(name: &str, locale: Option<&str>) -> Self {
        let text = draft(name);
        let uri = format!("file:///fixtures/{name}");
        let mut server = Server::spawn();
        let mut params = json!({"capabilities": {"general": {"positionEncodings": ["utf-16"]}}});
        if let Some(locale) = locale {
            params["locale"] = json!(locale);
        }
        let result = server.initialize_with_params(params);
        assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
        server.open(&uri, &text, 1);
        server.wait_for_diagnostics(&uri, 1);
        Session { server, uri, text }
    }

    fn at(&self, position: Value) -> Value {
        json!({"textDocument": {"uri": self.uri}, "position": position})
    }

    fn hover(&mut self, position: Value) -> (String, Value) {
        let params = self.at(position.clone());
        let result = self.server.request_ok("textDocument/hover", params);
        assert!(!result.is_null(), "no hover at {position}");
        (
            result["contents"]["value"].as_str().unwrap().to_string(),
            result["range"].clone(),
        )
    }

    fn definition(&mut self, position: Value) -> Value {
        let params = self.at(position);
        let result = self.server.request_ok("textDocument/definition", params);
        let location = if result.is_array() {
            result[0].clone()
        } else {
            result
        };
        assert_eq!(location["uri"], self.uri.as_str());
        location["range"].clone()
    }

    fn references(&mut self, position: Value, include_declaration: bool) -> Vec<Value> {
        let mut params = self.at(position);
        params["context"] = json!({"includeDeclaration": include_declaration});
        let result = self.server.request_ok("textDocument/references", params);
        let mut ranges: Vec<Value> = result
            .as_array()
            .unwrap()
            .iter()
            .map(|location| location["range"].clone())
            .collect();
        ranges.sort_by_key(|range| {
            (
                range["start"]["line"].as_u64().unwrap(),
                range["start"]["character"].as_u64().unwrap(),
            )
        });
        ranges
    }

    /// The names of the top-level sections under the headline.
    fn top_sections(&mut self) -> Vec<String> {
        let uri = self.uri.clone();
        let symbols = self.server.document_symbols(&uri);
        symbols[0]["children"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|symbol| symbol["kind"] == 3)
            .map(|symbol| symbol["name"].as_str().unwrap().to_string())
            .collect()
    }

    fn close(self) {
        let status = self.server.shutdown_and_exit();
        assert_eq!(status.code(), Some(0), "{status:?}");
    }
}

/// A position inside `range`: one unit after its start.
fn inside(range: &Value) -> Value {
    pos(
        range["start"]["line"].as_u64().unwrap() as u32,
        range["start"]["character"].as_u64().unwrap() as u32 + 1,
    )
}

// The government work report ---------------------------------------------------------------------

const GOV: &str = "gov_work_report.txt";

/// Every figure of the report. Not figures: the heading numbers 一、（一）1. 2. 二、（二）, and
/// 亿元以上项目 (a class of projects, no number).
fn gov_figures() -> Vec<Figure> {
    vec![
        // ——2024年1月18日在东川县第十八届人民代表大会第三次会议上
        figure(
            2,
            "2024年1月18日",
            json!({"year": 2024, "month": 1, "day": 18}),
            "年",
            None,
            "date",
        ),
        figure(2, "第十八届", json!(18), "届", None, "ordinal"),
        figure(2, "第三次", json!(3), "次", None, "ordinal"),
        // 一、2023年工作回顾
        figure(8, "2023年", json!({"year": 2023}), "年", None, "date"),
        // 2023年，…增长6.5%，完成投资120亿元，新建学校15所，城镇新增就业1.2万人，
        // 三分之一的行政村集体经济收入超过50万元。
        figure(10, "2023年", json!({"year": 2023}), "年", None, "date"),
        figure(10, "6.5%", json!(6.5), "%", None, "percent"),
        figure(10, "120亿元", json!(12_000_000_000.0), "元", None, "money"),
        figure(10, "15所", json!(15), "所", None, "count"),
        figure(10, "1.2万人", json!(12_000), "人", None, "count"),
        figure(10, "三分之一", json!(1.0 / 3.0), "", None, "fraction"),
        figure(10, "50万元", json!(500_000), "元", Some("超过"), "money"),
        // 与沿海3个县结对，引进产业项目42个，总投资36.8亿元。
        figure(14, "3个", json!(3), "个", None, "count"),
        figure(14, "42个", json!(42), "个", None, "count"),
        figure(14, "36.8亿元", json!(3_680_000_000.0), "元", None, "money"),
        // 建成高标准农田2.4万亩，茶叶综合产值10.5亿元。
        figure(16, "2.4万亩", json!(24_000), "亩", None, "quantity"),
        figure(16, "10.5亿元", json!(1_050_000_000.0), "元", None, "money"),
        // 园区入驻企业87家，带动就业3500余人。
        figure(18, "87家", json!(87), "家", None, "count"),
        figure(18, "3500余人", json!(3500), "人", Some("余"), "count"),
        // 改扩建卫生院8所，完成农村危房改造1200户，…增长7.2%。
        figure(22, "8所", json!(8), "所", None, "count"),
        figure(22, "1200户", json!(1200), "户", None, "count"),
        figure(22, "7.2%", json!(7.2), "%", None, "percent"),
        // 二、2024年主要任务
        figure(24, "2024年", json!({"year": 2024}), "年", None, "date"),
        // …开放兴县“三大战略”，…预期增长7%左右，…力争引进亿元以上项目30个。
        figure(26, "三大", json!(3), "大", None, "count"),
        figure(26, "7%左右", json!(7), "%", Some("左右"), "percent"),
        // 亿元以上 is one 亿, the bound of the class of projects counted.
        figure(
            26,
            "亿元以上",
            json!(100_000_000.0),
            "元",
            Some("以上"),
            "threshold",
        ),
        figure(26, "30个", json!(30), "个", None, "count"),
    ]
}

#[test]
fn gov_report_figures() {
    let text = draft(GOV);
    let model = model(GOV);
    assert_figures(&text, &model, &gov_figures());
}

#[test]
fn gov_report_labels() {
    let model = model(GOV);
    let wrong = wrong_labels(
        &model,
        &[
            (10, "120亿元", "投资"),
            (10, "15所", "学校"),
            (14, "42个", "产业项目"),
            (14, "36.8亿元", "总投资"),
            (26, "三大", "战略"),
        ],
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn gov_report_terms_and_enumerations() {
    let text = draft(GOV);
    let model = model(GOV);
    assert_eq!(
        term_counts(&model),
        counts(&[("山海协作", 4), ("三大战略", 1)])
    );
    // “山海协作” in the heading (一), the paragraph that sets it up (我们建立“山海协作”机制),
    // the heading 2.推进“山海协作”产业园建设, and 深化“山海协作”.
    let cooperation = term(&model, "山海协作");
    assert_eq!(cooperation["kind"], "initiative");
    assert_eq!(lines_of(&cooperation["occurrences"]), [12, 14, 18, 26]);
    assert_eq!(text_at(&text, &cooperation["definition"]), "山海协作");
    // 我们建立“: 5 characters.
    assert_eq!(
        cooperation["definition"],
        json!({"start": {"line": 14, "character": 5}, "end": {"line": 14, "character": 9}})
    );
    assert_eq!(term(&model, "三大战略")["kind"], "initiative");

    let enumerations = model["enumerations"].as_array().unwrap();
    assert_eq!(enumerations.len(), 1, "{enumerations:#?}");
    let strategies = &enumerations[0];
    assert_eq!(text_at(&text, &strategies["count_range"]), "三大");
    assert_eq!(strategies["count"], 3);
    let items: Vec<&str> = strategies["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            assert_eq!(text_at(&text, &item["range"]), item["text"]);
            item["text"].as_str().unwrap()
        })
        .collect();
    assert_eq!(items, ["产业强县", "生态立县", "开放兴县"]);
}

#[test]
fn gov_report_over_stdio() {
    let mut session = Session::open(GOV, None);
    let text = session.text.clone();

    // 2023年，全县地区生产总值增长6.5%，完成投资 — 25 characters — then 120亿元 (5).
    let investment = range((10, 25), (10, 30));
    assert_eq!(
        investment,
        range_in(&text, "完成投资120亿元", "120亿元", Encoding::Utf16)
    );
    let (markdown, hovered) = session.hover(inside(&investment));
    assert_eq!(hovered, investment);
    assert!(markdown.contains("12,000,000,000 元"), "{markdown}");

    let three = range_in(&text, "“三大战略”", "三大", Encoding::Utf16);
    let (markdown, _) = session.hover(inside(&three));
    assert!(
        markdown.contains("1. 产业强县\n2. 生态立县\n3. 开放兴县"),
        "{markdown}"
    );

    // From 深化“山海协作” back to 我们建立“山海协作”机制.
    let all = ranges_of_all(&text, "山海协作", Encoding::Utf16);
    assert_eq!(all.len(), 4);
    let defining = range((14, 5), (14, 9));
    assert_eq!(all[1], defining);
    assert_eq!(session.definition(inside(&all[3])), defining);
    assert_eq!(session.references(inside(&all[0]), true), all);
    let without: Vec<Value> = all.iter().filter(|r| **r != defining).cloned().collect();
    assert_eq!(session.references(inside(&all[3]), false), without);

    // The term's hover: where it is defined (file line 15), how often it occurs, and in which
    // of the two parts of the report.
    let sections = session.top_sections();
    assert_eq!(sections.len(), 2, "{sections:?}");
    let (markdown, hovered) = session.hover(inside(&all[2]));
    assert_eq!(hovered, all[2]);
    assert!(markdown.starts_with("**山海协作**"), "{markdown}");
    assert!(markdown.contains("定义于第 15 行"), "{markdown}");
    assert!(markdown.contains("共出现 4 次"), "{markdown}");
    for section in &sections {
        assert!(markdown.contains(section.as_str()), "{section}: {markdown}");
    }
    session.close();
}

// The English report -----------------------------------------------------------------------------

const ENGLISH: &str = "english_review.txt";

/// Percentages are figures in any language. The other numbers of the draft are English words
/// and bare years, which the model may leave out — but if it reports one, it must be one of these.
const ENGLISH_PERCENTS: [(u64, &str, f64); 4] = [
    (10, "35%", 35.0),
    (10, "12.5%", 12.5),
    (18, "4.2%", 4.2),
    (18, "30%", 30.0),
];
const ENGLISH_OTHER_NUMBERS: [&str; 5] = ["2023", "2024", "April 2023", "March 2024", "two days"];

#[test]
fn english_report_model() {
    let text = draft(ENGLISH);
    let model = model(ENGLISH);
    let figures = model["figures"].as_array().unwrap();
    for (line, written, value) in ENGLISH_PERCENTS {
        let found = figures
            .iter()
            .find(|f| f["range"]["start"]["line"] == line && f["text"] == written)
            .unwrap_or_else(|| panic!("{written} on line {line} is missing: {figures:#?}"));
        assert_eq!(text_at(&text, &found["range"]), written);
        assert_eq!(found["value"].as_f64(), Some(value), "{found}");
        assert_eq!(found["unit"], "%", "{found}");
        assert_eq!(found["kind"], "percent", "{found}");
        assert!(found["qualifier"].is_null(), "{found}");
    }
    for found in figures {
        let written = found["text"].as_str().unwrap();
        assert!(
            ENGLISH_PERCENTS.iter().any(|(_, w, _)| *w == written)
                || ENGLISH_OTHER_NUMBERS.contains(&written),
            "not a figure: {found}"
        );
    }
    // “Leak Watch”, quoted three times and once plain (Leak Watch data); “Fair Share” once.
    assert_eq!(
        term_counts(&model),
        counts(&[("Leak Watch", 4), ("Fair Share", 1)])
    );
    let watch = term(&model, "Leak Watch");
    assert_eq!(watch["kind"], "initiative");
    assert_eq!(lines_of(&watch["occurrences"]), [10, 10, 12, 18]);
    // Introduced where the utility launched it: "In April 2023 the utility launched “" is 36
    // characters.
    assert_eq!(
        watch["definition"],
        json!({"start": {"line": 10, "character": 36}, "end": {"line": 10, "character": 46}})
    );
    assert_eq!(model["enumerations"], json!([]));
}

#[test]
fn english_report_over_stdio() {
    let mut session = Session::open(ENGLISH, Some("en"));
    let text = session.text.clone();

    // Keywords: leak detection (line 6): its subtitle, its two paragraphs, its term.
    let (markdown, hovered) = session.hover(pos(6, 3));
    assert_eq!(hovered, range((6, 0), (6, 24)));
    assert!(
        markdown.starts_with("**leak detection** — Finding water before it is lost"),
        "{markdown}"
    );
    assert!(markdown.contains("2 paragraph(s)"), "{markdown}");
    assert!(markdown.contains("Terms: Leak Watch"), "{markdown}");

    let share = range_in(&text, "by 12.5%.", "12.5%", Encoding::Utf16);
    let (markdown, hovered) = session.hover(inside(&share));
    assert_eq!(hovered, share);
    assert!(markdown.starts_with("**12.5"), "{markdown}");
    assert!(markdown.contains("percentage"), "{markdown}");

    let all = ranges_of_all(&text, "Leak Watch", Encoding::Utf16);
    assert_eq!(all.len(), 4);
    let defining = range((10, 36), (10, 46));
    assert_eq!(all[0], defining);
    assert_eq!(session.definition(inside(&all[3])), defining);
    assert_eq!(session.definition(inside(&all[2])), defining);
    assert_eq!(session.references(inside(&all[2]), true), all);
    assert_eq!(
        session.references(inside(&all[2]), false),
        all[1..].to_vec()
    );

    let (markdown, _) = session.hover(inside(&all[3]));
    assert!(
        markdown.starts_with("**Leak Watch** · initiative"),
        "{markdown}"
    );
    assert!(
        markdown
            .contains("Defined on line 11 · 4 occurrence(s), in: leak detection, customer bills"),
        "{markdown}"
    );
    session.close();
}

// The Markdown plan ------------------------------------------------------------------------------

const MARKDOWN: &str = "markdown_pilot.md";

/// Every figure of the plan. Not figures: 每个, 若干, 每年 (no numeral).
fn markdown_figures() -> Vec<Figure> {
    vec![
        // 青溪区于2023年3月推出…每个微网格覆盖30至50户居民。
        figure(
            4,
            "2023年3月",
            json!({"year": 2023, "month": 3}),
            "年",
            None,
            "date",
        ),
        figure(4, "30至50户", json!([30, 50]), "户", None, "count"),
        // ### 第一批试点
        figure(8, "第一批", json!(1), "批", None, "ordinal"),
        // 第一批选取5个街道的28个社区…配备专职网格员120名、兼职网格员460余名。
        figure(10, "第一批", json!(1), "批", None, "ordinal"),
        figure(10, "5个", json!(5), "个", None, "count"),
        figure(10, "28个", json!(28), "个", None, "count"),
        figure(10, "120名", json!(120), "名", None, "count"),
        figure(10, "460余名", json!(460), "名", Some("余"), "count"),
        // 到2024年底，“微网实格”覆盖全区三分之二的社区，…满意度提升至95%以上。
        figure(14, "2024年", json!({"year": 2024}), "年", None, "date"),
        figure(14, "三分之二", json!(2.0 / 3.0), "", None, "fraction"),
        figure(14, "95%以上", json!(95), "%", Some("以上"), "percent"),
        // 区财政每年安排专项资金800万元
        figure(18, "800万元", json!(8_000_000), "元", None, "money"),
    ]
}

#[test]
fn markdown_plan_model() {
    let text = draft(MARKDOWN);
    let model = model(MARKDOWN);
    assert_figures(&text, &model, &markdown_figures());
    assert_eq!(term_counts(&model), counts(&[("微网实格", 5)]));
    let grid = term(&model, "微网实格");
    assert_eq!(grid["kind"], "initiative");
    // The headline, 背景 (推出“微网实格”治理模式), 第一批试点, 推广计划, 保障措施.
    assert_eq!(lines_of(&grid["occurrences"]), [0, 4, 10, 14, 18]);
    assert_eq!(grid["definition"]["start"]["line"], 4);
    assert_eq!(text_at(&text, &grid["definition"]), "微网实格");
    assert_eq!(model["enumerations"], json!([]));
}

/// 第一批选取5个街道的28个社区: 5 counts 街道, 28 counts 社区.
#[test]
fn markdown_plan_labels() {
    let model = model(MARKDOWN);
    let wrong = wrong_labels(
        &model,
        &[
            (10, "5个", "街道"),
            (10, "28个", "社区"),
            (18, "800万元", "专项资金"),
        ],
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn markdown_plan_over_stdio() {
    let mut session = Session::open(MARKDOWN, None);
    let text = session.text.clone();

    let households = range_in(&text, "覆盖30至50户", "30至50户", Encoding::Utf16);
    let (markdown, hovered) = session.hover(inside(&households));
    assert_eq!(hovered, households);
    assert!(markdown.contains("30–50 户"), "{markdown}");

    let all = ranges_of_all(&text, "微网实格", Encoding::Utf16);
    assert_eq!(all.len(), 5);
    let defining = range_in(&text, "推出“微网实格”", "微网实格", Encoding::Utf16);
    assert_eq!(all[1], defining);
    assert_eq!(session.definition(inside(&all[4])), defining);
    assert_eq!(session.references(inside(&all[0]), true), all);

    // 背景 is file line 5.
    let (markdown, _) = session.hover(inside(&all[3]));
    assert!(markdown.starts_with("**微网实格**"), "{markdown}");
    assert!(
        markdown.contains("定义于第 5 行 · 共出现 5 次"),
        "{markdown}"
    );

    let params = json!({
        "textDocument": {"uri": session.uri},
        "position": inside(&all[2]),
        "newName": "微网精格",
    });
    let edit = session.server.request_ok("textDocument/rename", params);
    let edits = edit["changes"][session.uri.as_str()].as_array().unwrap();
    assert_eq!(edits.len(), 5);
    assert_eq!(
        apply_edits(&text, edits, Encoding::Utf16),
        text.replace("微网实格", "微网精格")
    );
    session.close();
}
