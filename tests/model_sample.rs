//! The model of the sample draft, through `report-ls inspect --format json`, against lists a copy
//! editor wrote by reading the draft: its quoted terms with their occurrence counts, and every
//! figure of the section 关键词：担当作为.
//!
//! Lines are 0-based here (the file's line N is line N-1); columns count Unicode scalar values,
//! as the CLI's JSON does.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::model::{Figure, figure, figure_differences, figures_on_lines, inspect, term, text_at};
use serde_json::{Value, json};

const SAMPLE: &str = include_str!("../seeds/000_33b94e5ec1286d0f.txt");
const SAMPLE_PATH: &str = "seeds/000_33b94e5ec1286d0f.txt";

fn model() -> Value {
    let model = inspect(Path::new(env!("CARGO_MANIFEST_DIR")), SAMPLE_PATH);
    assert_eq!(model["path"], SAMPLE_PATH);
    model
}

fn terms(model: &Value) -> &Vec<Value> {
    model["terms"].as_array().unwrap()
}

fn line_of(range: &Value) -> u64 {
    range["start"]["line"].as_u64().unwrap()
}

// (a) Terms -------------------------------------------------------------------------------------

/// Every “…” of the sample that is a name — of an initiative, a mechanism, a slogan used as a name,
/// or a quoted word or expression — with the number of times the name occurs anywhere in the
/// draft, quoted or not (counted by reading; 先锋户联 is also counted inside 先锋户联站 and
/// 先锋户联会, 双考双排 inside 双考双排双调; but not 第一时 inside 第一时间, a word of its own).
///
/// Left out as quotations (speech, sayings and descriptions, not names):
/// “绳短不能汲深井，浅水难以负大舟”, “软肩膀挑不起硬担子”, “聚是一团火，散是满天星” (sayings with
/// punctuation or standing as a sentence); “要坚持严管和厚爱结合”, “把关心爱护干部落到实处”,
/// “要充分调动干部积极性主动性创造性，让干部切实感受到党的关怀、组织的温暖” (reported speech);
/// “要我学”, “我要学” (first person); “干一行爱一行、钻一行精一行”,
/// “看问题性质、看工作依据、看主观动机、看决策过程、看履职取向、看纠错态度”,
/// “管理区域化、队伍一体化、参与社会化、响应信息化”,
/// “每个党员都有直接联系的群众、每个群众都有党员联系帮扶” (lists of more than 10 characters);
/// “预防——发现——援助——应用”, “村党总支——网格支部——先锋户联站——党员——群众” (chains).
/// Kept although they hold 、: “百村结对、助力振兴” (a 行动), “不忘初心、牢记使命” (a 主题教育),
/// “有事议事、无事联心” (a 原则) — short names of campaigns and principles.
const QUOTED_TERMS: &[(&str, usize)] = &[
    ("红色引擎", 1),
    ("三促党建", 1),
    ("高质量发展", 3), // headline, line 13 quoted, line 39
    ("二次创业", 1),
    ("画像", 1),
    ("新兵", 1),
    ("双考双排双调", 1),
    ("双考双排", 2),
    ("一盘棋", 1),
    ("零等待", 1),
    ("零障碍", 1),
    ("一路绿灯", 1),
    ("六争攻坚", 1),
    ("无心之失", 1),
    ("探索之误", 1),
    ("三个区分开来", 1),
    ("六看", 1),
    ("最多跑一次", 1),
    ("压力山大", 1),
    ("本领恐慌", 1),
    ("干部说事", 1),
    ("六件事", 1),
    ("1+4+N", 1),
    ("心动慈溪", 1),
    ("先锋驿站", 7), // caption (75), 111, 125 ×2, 127 ×2, 129
    ("四大工程", 1),
    ("慈溪样本", 1),
    ("村强民富", 1),
    ("乡村振兴", 5), // 81 ×2, 91, 93, 99 quoted
    ("慈溪经验", 1),
    ("一人一档", 1),
    ("百村结对、助力振兴", 1),
    ("单兵作战", 1),
    ("综合联动", 1),
    ("吹哨", 1),
    ("报到", 1),
    ("一中心四平台全科网格", 1),
    ("多头执法", 1),
    ("集中执法", 1),
    ("不忘初心、牢记使命", 1),
    ("先锋户联", 8), // marker (105), 111, 113 ×2 (站), 115, 117 (会), 121 (站), 123
    ("两个先锋", 1),
    ("有事议事、无事联心", 1),
    ("八必访八必问", 1),
    ("先锋户联会", 1),
    ("第一线", 1),
    ("第一手", 1),
    ("第一时", 1), // “第一时” on line 117; 第一时间 on the same line is another word
    ("难开又难停", 1),
    ("让地扩路", 1),
    ("三尺巷", 1),
    ("红色旗帜", 1),
];

#[test]
fn the_hand_counted_occurrences_are_textual_counts() {
    // A check of the list above against the text itself, not against the tool. 第一时间 is
    // the one longer word that holds a name without being that name.
    for (name, count) in QUOTED_TERMS {
        let inside_other_words = SAMPLE.matches(&format!("{name}间")).count();
        assert_eq!(
            SAMPLE.matches(name).count() - inside_other_words,
            *count,
            "{name}"
        );
        assert!(SAMPLE.contains(&format!("“{name}”")), "{name} is quoted");
    }
}

#[test]
fn quoted_terms_of_the_sample_with_their_occurrence_counts() {
    let model = model();
    let actual: BTreeMap<String, usize> = terms(&model)
        .iter()
        .filter(|term| term["kind"] == "initiative" || term["kind"] == "expression")
        .map(|term| {
            (
                term["name"].as_str().unwrap().to_string(),
                term["occurrences"].as_array().unwrap().len(),
            )
        })
        .collect();
    let expected: BTreeMap<String, usize> = QUOTED_TERMS
        .iter()
        .map(|(name, count)| (name.to_string(), *count))
        .collect();
    let missing: Vec<_> = expected
        .iter()
        .filter(|(name, _)| !actual.contains_key(*name))
        .collect();
    let extra: Vec<_> = actual
        .iter()
        .filter(|(name, _)| !expected.contains_key(*name))
        .collect();
    let miscounted: Vec<_> = expected
        .iter()
        .filter_map(|(name, count)| {
            actual
                .get(name)
                .filter(|found| *found != count)
                .map(|found| format!("{name}: {count} expected, {found} found"))
        })
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty() && miscounted.is_empty(),
        "missing {missing:?}\nnot names {extra:?}\nmiscounted {miscounted:?}"
    );
}

#[test]
fn every_occurrence_of_a_quoted_term_covers_its_name() {
    let model = model();
    for (name, _) in QUOTED_TERMS {
        let term = term(&model, name);
        for occurrence in term["occurrences"].as_array().unwrap() {
            assert_eq!(text_at(SAMPLE, occurrence), *name, "{occurrence}");
        }
        assert!(
            term["occurrences"]
                .as_array()
                .unwrap()
                .contains(&term["definition"]),
            "{name}: the definition is one of the occurrences"
        );
    }
}

#[test]
fn the_two_titles_of_the_sample() {
    let model = model();
    let titles: Vec<&Value> = terms(&model)
        .iter()
        .filter(|term| term["kind"] == "title")
        .collect();
    let names: Vec<&str> = titles
        .iter()
        .map(|title| title["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["慈溪市改革创新容错纠错实施办法（试行）", "村规民约"]
    );
    // 《慈溪市改革创新容错纠错实施办法（试 on line 50 — "2019年，慈溪出台《" is 11 characters,
    // the name's first stretch 17 — and 行）》 on line 54, with the marker 关键词：关心关爱 between
    // the halves. The occurrence is the first stretch: the marker is no part of the name.
    let broken = titles[0];
    assert_eq!(broken["occurrences"].as_array().unwrap().len(), 1);
    assert_eq!(
        broken["definition"],
        json!({"start": {"line": 50, "character": 11}, "end": {"line": 50, "character": 28}})
    );
    // …“三尺巷”公约写进了该村《村规民约》中 on line 118.
    let rules = titles[1];
    assert_eq!(rules["occurrences"].as_array().unwrap().len(), 1);
    let column = column_of(118, "该村《村规民约》", "村规民约");
    assert_eq!(
        rules["definition"],
        json!({"start": {"line": 118, "character": column}, "end": {"line": 118, "character": column + 4}})
    );
}

/// The UTF-32 column of `needle` inside `context`, which occurs once on `line`.
fn column_of(line: usize, context: &str, needle: &str) -> u64 {
    let text = SAMPLE.lines().nth(line).unwrap();
    assert_eq!(text.matches(context).count(), 1, "{context} on line {line}");
    let at = text.find(context).unwrap() + context.find(needle).unwrap();
    text[..at].chars().count() as u64
}

/// Where the terms are set up, read from the draft.
#[test]
fn defining_occurrences_of_terms() {
    let model = model();
    let defined_on = |name: &str| line_of(&term(&model, name)["definition"]);
    // 以党建促发展、促改革、促稳定的“三促党建”: the list it names.
    assert_eq!(defined_on("三促党建"), 12);
    // 建立党员志愿服务“先锋驿站” (file line 125), not the caption or 探索深化 (111).
    let station = term(&model, "先锋驿站");
    let column = column_of(124, "建立党员志愿服务“先锋驿站”", "先锋驿站");
    assert_eq!(
        station["definition"],
        json!({"start": {"line": 124, "character": column}, "end": {"line": 124, "character": column + 4}})
    );
    // 探索深化“先锋户联”“先锋驿站”“两个先锋”创新品牌 introduces the brand (file line 111); the
    // marker 关键词：先锋户联 only names the section.
    assert_eq!(defined_on("先锋户联"), 110);
    // 把握…的“六看”标准 (file line 55), the list it names.
    assert_eq!(defined_on("六看"), 54);
    assert_eq!(defined_on("四大工程"), 78);
    // 以学习事、…、建议事“六件事”为主要内容.
    assert_eq!(defined_on("六件事"), 60);
}

/// 先锋户联站 recurs unquoted (113 twice, 121) and is a term of its own. It is set up where the
/// structure is described — 支部下设3—4个先锋户联站，每个站覆盖10名左右党员 (file line 113) —
/// not where the count of stations built is reported (已建成2700余个标准化先锋户联站, 121).
#[test]
fn the_unquoted_term_xianfeng_hulian_zhan() {
    let model = model();
    let station = term(&model, "先锋户联站");
    assert_eq!(station["kind"], "term");
    let lines: Vec<u64> = station["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(line_of)
        .collect();
    assert_eq!(lines, [112, 112, 120]);
    assert_eq!(line_of(&station["definition"]), 112, "{station:#}");
}

/// Kinds of the quoted names where the draft leaves no doubt: names of programmes, mechanisms,
/// standards and campaigns (a category noun follows, or they name a list) are initiatives;
/// the quoted words of a figure of speech are expressions.
#[test]
fn kinds_of_quoted_terms() {
    let model = model();
    let initiatives = [
        "三促党建",
        "双考双排双调",
        "三个区分开来",
        "六看",
        "最多跑一次",
        "干部说事",
        "六件事",
        "四大工程",
        "百村结对、助力振兴",
        "一中心四平台全科网格",
        "先锋户联",
        "先锋驿站",
        "两个先锋",
        "八必访八必问",
        "三尺巷",
    ];
    // 常走常访“第一线”、民情排摸“第一手”、即时调解“第一时”: three parallel words of one
    // slogan; 第一时间 elsewhere in the line does not make 第一时 the name of anything.
    let expressions = [
        "画像",
        "新兵",
        "一盘棋",
        "零等待",
        "零障碍",
        "一路绿灯",
        "无心之失",
        "探索之误",
        "压力山大",
        "本领恐慌",
        "吹哨",
        "报到",
        "第一线",
        "第一手",
        "第一时",
    ];
    let mut wrong = Vec::new();
    for (names, kind) in [
        (&initiatives[..], "initiative"),
        (&expressions[..], "expression"),
    ] {
        for name in names {
            let found = &term(&model, name)["kind"];
            if found != kind {
                wrong.push(format!("{name}: {kind} expected, {found} found"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

// (b) Figures of 关键词：担当作为 ------------------------------------------------------------

/// The section runs from its marker (file line 15) to the line before 关键词：关心关爱 (52).
const FIRST_LINE: u64 = 14;
const LAST_LINE: u64 = 51;

fn date(year: i64) -> Value {
    json!({"year": year})
}

/// Every figure of the section, in order, read off the text. Not figures: 一名 (an article), 一期
/// (phase one of a project: a name), “二次创业”, “一盘棋”, “一路绿灯”, “零等待”, “零障碍”
/// (words), 六争攻坚 and 双考双排双调 (names), 一支, 一线, 干一行爱一行.
fn section_figures() -> Vec<Figure> {
    vec![
        // 推动总投资44.65亿元的新城河区块一期改造PPP项目落地
        figure(24, "44.65亿元", json!(4_465_000_000.0), "元", None, "money"),
        // 推动新城河两个地块以8.38亿元、9.21亿元顺利拍卖
        figure(24, "两个", json!(2), "个", None, "count"),
        figure(24, "8.38亿元", json!(838_000_000.0), "元", None, "money"),
        figure(24, "9.21亿元", json!(921_000_000.0), "元", None, "money"),
        // 创下…总价最高、每亩单价最高两项纪录
        figure(24, "两项", json!(2), "项", None, "count"),
        // 获评2019年度宁波市担当作为好干部，并于同年9月被提拔
        figure(26, "2019年度", date(2019), "年", None, "date"),
        figure(26, "9月", json!({"month": 9}), "月", None, "date"),
        // 2019年慈溪提拔重用担当有为干部占新提任干部的78.9%
        figure(26, "2019年", date(2019), "年", None, "date"),
        figure(26, "78.9%", json!(78.9), "%", None, "percent"),
        // 近三年“双考双排”中: a span of three years, “近” before it.
        figure(30, "三年", json!(3), "年", Some("近"), "duration"),
        // 或转任重要职务的占82.6%
        figure(32, "82.6%", json!(82.6), "%", None, "percent"),
        // 2019年引进项目13个，总投资超50亿元，已开工项目8个
        figure(34, "2019年", date(2019), "年", None, "date"),
        figure(34, "13个", json!(13), "个", None, "count"),
        figure(
            34,
            "50亿元",
            json!(5_000_000_000.0),
            "元",
            Some("超"),
            "money",
        ),
        figure(34, "8个", json!(8), "个", None, "count"),
        // 总投资7.7亿元…预计年产值可达10亿元…带来税收收入3400余万元
        figure(36, "7.7亿元", json!(770_000_000.0), "元", None, "money"),
        figure(36, "10亿元", json!(1_000_000_000.0), "元", None, "money"),
        figure(
            36,
            "3400余万元",
            json!(34_000_000.0),
            "元",
            Some("余"),
            "money",
        ),
        // 每年选派100余名优秀年轻干部
        figure(40, "100余名", json!(100), "名", Some("余"), "count"),
        // …到“六争攻坚”一线: six 争 (争投资、争项目… in Zhejiang's campaign), a count word
        // heading its verb, as “三社联动” is.
        figure(40, "六争", json!(6), "争", None, "count"),
        // 精选50%左右学员参加第二阶段学习
        figure(42, "50%左右", json!(50), "%", Some("左右"), "percent"),
        figure(42, "第二", json!(2), "", None, "ordinal"),
        // 2019年，慈溪出台《…（试
        figure(50, "2019年", date(2019), "年", None, "date"),
    ]
}

#[test]
fn figures_of_the_first_section() {
    let model = model();
    let actual = figures_on_lines(&model, FIRST_LINE, LAST_LINE);
    // The year of 同年9月 is left to the test below.
    let differences = figure_differences(SAMPLE, &actual, &section_figures(), |figure| {
        figure.text != "9月"
    });
    assert!(differences.is_empty(), "{}", differences.join("\n"));
    let september = actual
        .iter()
        .find(|figure| figure["text"] == "9月")
        .unwrap();
    assert_eq!(september["value"]["month"], 9, "{september}");
    assert!(september["value"].get("day").is_none(), "{september}");
}

/// 凭借实效实绩，茅泽锋获评2019年度宁波市担当作为好干部，并于同年9月被提拔: 同年 is 2019, so
/// the date is 2019年9月.
#[test]
fn the_month_after_tong_nian_is_in_that_year() {
    let model = model();
    let actual = figures_on_lines(&model, 26, 26);
    let september = actual
        .iter()
        .find(|figure| figure["text"] == "9月")
        .expect("同年9月 is a figure");
    assert_eq!(september["value"], json!({"year": 2019, "month": 9}));
}

/// What the section's figures count or measure, where the text says it plainly. For the two
/// auction prices (两个地块以8.38亿元、9.21亿元顺利拍卖) the thing priced is a 地块; 顺利拍卖 is
/// what happened, not what was measured. 近三年 counts nothing.
#[test]
fn labels_of_the_first_section() {
    let model = model();
    let actual = figures_on_lines(&model, FIRST_LINE, LAST_LINE);
    let label = |line: u64, text: &str| -> Value {
        actual
            .iter()
            .find(|figure| figure["range"]["start"]["line"] == line && figure["text"] == text)
            .unwrap_or_else(|| panic!("no figure {text} on line {line}"))["label"]
            .clone()
    };
    let mut wrong = Vec::new();
    for (line, text, expected) in [
        (24, "44.65亿元", "总投资"),
        (24, "两个", "地块"),
        (24, "两项", "纪录"),
        (34, "13个", "项目"),
        (34, "50亿元", "总投资"),
        (34, "8个", "开工项目"),
        (36, "7.7亿元", "总投资"),
        (36, "10亿元", "年产值"),
        (36, "3400余万元", "税收收入"),
        (40, "100余名", "优秀年轻干部"),
        (42, "50%左右", "学员"),
    ] {
        if label(line, text) != expected {
            wrong.push(format!(
                "{text}: {expected} expected, {}",
                label(line, text)
            ));
        }
    }
    for (line, text) in [(24, "8.38亿元"), (24, "9.21亿元")] {
        let found = label(line, text);
        if !(found.is_null() || found == "地块") {
            wrong.push(format!("{text}: 地块 or no label expected, {found}"));
        }
    }
    let found = label(30, "三年");
    if !found.is_null() {
        wrong.push(format!("近三年: no label expected, {found}"));
    }
    for (line, text) in [(26, "2019年度"), (26, "9月"), (42, "第二")] {
        if !label(line, text).is_null() {
            wrong.push(format!("{text}: a date or ordinal has no label"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The enumerations the sample states with a count word, as the features show them.
#[test]
fn enumerations_named_by_count_words() {
    let model = model();
    let enumerations = model["enumerations"].as_array().unwrap();
    let items_of = |count_text: &str, line: u64| -> Vec<String> {
        let enumeration = enumerations
            .iter()
            .find(|e| {
                line_of(&e["count_range"]) == line
                    && text_at(SAMPLE, &e["count_range"]) == count_text
            })
            .unwrap_or_else(|| panic!("no enumeration counted by {count_text} on line {line}"));
        let items: Vec<String> = enumeration["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| {
                assert_eq!(text_at(SAMPLE, &item["range"]), item["text"]);
                item["text"].as_str().unwrap().to_string()
            })
            .collect();
        assert_eq!(enumeration["count"], items.len(), "{enumeration}");
        items
    };
    assert_eq!(
        items_of("六看", 54),
        [
            "看问题性质",
            "看工作依据",
            "看主观动机",
            "看决策过程",
            "看履职取向",
            "看纠错态度"
        ]
    );
    assert_eq!(
        items_of("四大", 78),
        ["党建联盟", "产业联动", "规划联体", "社会共治"]
    );
    assert_eq!(items_of("三促", 12), ["促发展", "促改革", "促稳定"]);
    assert_eq!(items_of("3村", 80), ["傅家路村", "傅家村", "健民村"]);
    assert_eq!(
        items_of("六件", 60),
        ["学习事", "攻坚事", "成败事", "期盼事", "家常事", "建议事"]
    );
}
