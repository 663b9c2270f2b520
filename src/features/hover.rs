//! Hover texts (Markdown, Chinese or English) for figures, count words, terms and section markers.

use std::ops::Range;

use super::display::describe_value;
use super::lookup::{enumeration_of, figure_at, section_marker_at, sections_holding, term_at};
use crate::analysis::Report;
use crate::analysis::figures::{Figure, FigureKind};
use crate::analysis::outline::Symbol;
use crate::analysis::terms::TermKind;
use crate::checks::Locale;
use crate::text::lines::line_of;

/// The hover at `offset`: the range it describes and its Markdown.
pub fn hover(
    text: &str,
    report: &Report,
    offset: usize,
    locale: Locale,
) -> Option<(Range<usize>, String)> {
    let say = |zh: &str, en: &str| -> String {
        match locale {
            Locale::Zh => zh.to_string(),
            Locale::En => en.to_string(),
        }
    };
    if let Some(index) = figure_at(report, offset) {
        let figure = &report.figures[index];
        let mut markdown = figure_markdown(text, report, figure, locale);
        if let Some(enumeration) = enumeration_of(report, index) {
            let enumeration = &report.enumerations[enumeration];
            markdown.push_str(&format!(
                "\n\n{}\n",
                say(
                    &format!("列举了 {} 项：", enumeration.items.len()),
                    &format!("Lists {} item(s):", enumeration.items.len())
                )
            ));
            for (number, item) in enumeration.items.iter().enumerate() {
                markdown.push_str(&format!("{}. {}\n", number + 1, item.text));
            }
        }
        return Some((figure.range.clone(), markdown));
    }
    if let Some((index, occurrence)) = term_at(report, offset) {
        return Some((occurrence, term_markdown(text, report, index, locale)));
    }
    if let Some(section) = section_marker_at(report, offset) {
        return Some((
            section.selection.clone(),
            section_markdown(text, report, section, locale),
        ));
    }
    None
}

fn kind_name(kind: FigureKind, locale: Locale) -> &'static str {
    let (zh, en) = match kind {
        FigureKind::Count => ("数量", "count"),
        FigureKind::Money => ("金额", "money"),
        FigureKind::Quantity => ("计量", "quantity"),
        FigureKind::Percent => ("百分比", "percentage"),
        FigureKind::PercentagePoint => ("百分点", "percentage points"),
        FigureKind::Multiple => ("倍数", "multiple"),
        FigureKind::Date => ("日期", "date"),
        FigureKind::Duration => ("时长", "duration"),
        FigureKind::Age => ("年龄", "age"),
        FigureKind::Ordinal => ("序数", "ordinal"),
        FigureKind::Fraction => ("分数", "fraction"),
        FigureKind::Number => ("数值", "number"),
        FigureKind::Threshold => ("分档界限", "threshold"),
    };
    match locale {
        Locale::Zh => zh,
        Locale::En => en,
    }
}

fn qualifier_meaning(qualifier: &str, locale: Locale) -> &'static str {
    let (zh, en) = match qualifier {
        "余" | "多" | "超" | "超过" | "逾" | "以上" => {
            ("多于所写数字", "more than the figure")
        }
        "近" | "将近" | "不足" | "不到" | "以下" | "以内" => {
            ("少于所写数字", "less than the figure")
        }
        "约" | "左右" | "上下" => ("约数", "approximate"),
        "至少" => ("至少", "at least"),
        "最多" => ("至多", "at most"),
        _ => ("限定", "qualified"),
    };
    match locale {
        Locale::Zh => zh,
        Locale::En => en,
    }
}

fn figure_markdown(text: &str, report: &Report, figure: &Figure, locale: Locale) -> String {
    let zh = locale == Locale::Zh;
    let mut lines = vec![format!("**{}**", describe_value(figure))];
    let mut facts = vec![
        kind_name(figure.kind, locale).to_string(),
        format!(
            "{}{}",
            if zh { "原文：" } else { "as written: " },
            &text[figure.range.clone()]
        ),
    ];
    if let Some(qualifier) = &figure.qualifier {
        facts.push(format!(
            "{}{qualifier}（{}）",
            if zh { "限定：" } else { "qualifier: " },
            qualifier_meaning(qualifier, locale)
        ));
    }
    if let Some(label) = &figure.label {
        facts.push(format!("{}{label}", if zh { "所指：" } else { "of: " }));
    }
    lines.push(facts.join(" · "));
    if let Some(label) = &figure.label {
        let others: Vec<String> = report
            .figures
            .iter()
            .filter(|other| {
                other.range != figure.range
                    && other.label.as_deref() == Some(label)
                    && other.unit == figure.unit
            })
            .map(|other| {
                format!(
                    "- {}{}{}：{}（{}）",
                    if zh { "第" } else { "line " },
                    line_of(text, other.range.start) + 1,
                    if zh { "行" } else { "" },
                    &text[other.range.clone()],
                    describe_value(other)
                )
            })
            .collect();
        if !others.is_empty() {
            lines.push(format!(
                "{}\n{}",
                if zh {
                    format!("“{label}”的其他数字：")
                } else {
                    format!("Other figures of “{label}”:")
                },
                others.join("\n")
            ));
        }
    }
    lines.join("\n\n")
}

fn term_kind_name(kind: TermKind, locale: Locale) -> &'static str {
    let (zh, en) = match kind {
        TermKind::Initiative => ("举措/品牌名称", "initiative"),
        TermKind::Expression => ("引号中的说法", "quoted expression"),
        TermKind::Title => ("文件/书名", "title"),
        TermKind::Term => ("反复出现的名称", "recurring name"),
        TermKind::Place => ("地名", "place"),
        TermKind::Organisation => ("单位", "organisation"),
        TermKind::Person => ("人名", "person"),
    };
    match locale {
        Locale::Zh => zh,
        Locale::En => en,
    }
}

fn term_markdown(text: &str, report: &Report, index: usize, locale: Locale) -> String {
    let zh = locale == Locale::Zh;
    let term = &report.terms[index];
    let mut parts = vec![format!(
        "**{}** · {}",
        term.name,
        term_kind_name(term.kind, locale)
    )];
    if let Some(explanation) = &term.explanation {
        parts.push(format!("> {explanation}"));
    }
    let defined_line = line_of(text, term.definition.start) + 1;
    let mut sections: Vec<&str> = Vec::new();
    for occurrence in &term.occurrences {
        if let Some(section) = sections_holding(report, occurrence.start).first()
            && !sections.contains(&section.name.as_str())
        {
            sections.push(&section.name);
        }
    }
    let count = term.occurrences.len();
    parts.push(if zh {
        let mut line = format!("定义于第 {defined_line} 行 · 共出现 {count} 次");
        if !sections.is_empty() {
            line.push_str(&format!("，见于：{}", sections.join("、")));
        }
        line
    } else {
        let mut line = format!("Defined on line {defined_line} · {count} occurrence(s)");
        if !sections.is_empty() {
            line.push_str(&format!(", in: {}", sections.join(", ")));
        }
        line
    });
    parts.join("\n\n")
}

fn section_markdown(text: &str, report: &Report, section: &Symbol, locale: Locale) -> String {
    let zh = locale == Locale::Zh;
    let range = &section.range;
    let within = |r: &Range<usize>| range.start <= r.start && r.start < range.end;
    let paragraphs = report
        .paragraphs
        .iter()
        .filter(|p| within(&p.range()))
        .count();
    let characters = text[range.clone()]
        .chars()
        .filter(|c| !c.is_whitespace())
        .count();
    let figures = report.figures.iter().filter(|f| within(&f.range)).count();
    let terms: Vec<&str> = report
        .terms
        .iter()
        .filter(|term| !matches!(term.kind, TermKind::Expression))
        .filter(|term| term.occurrences.iter().any(within))
        .map(|term| term.name.as_str())
        .collect();
    let title = match &section.detail {
        Some(detail) => format!("**{}** — {detail}", section.name),
        None => format!("**{}**", section.name),
    };
    let stats = if zh {
        format!(
            "段落 {paragraphs} · 字数 {characters} · 数字 {figures} · 术语 {}",
            terms.len()
        )
    } else {
        format!(
            "{paragraphs} paragraph(s) · {characters} characters · {figures} figure(s) · {} term(s)",
            terms.len()
        )
    };
    let mut parts = vec![title, stats];
    if !terms.is_empty() {
        let shown: Vec<&str> = terms.iter().copied().take(12).collect();
        parts.push(format!(
            "{}{}",
            if zh { "术语：" } else { "Terms: " },
            shown.join(if zh { "、" } else { ", " })
        ));
    }
    parts.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;

    const DRAFT: &str = "标题\n\n关键词：担当作为\n\n培养干部\n\n推动总投资44.65亿元的项目落地，服务干部2.3万余人次。\n\n以学习事、攻坚事“两件事”为主要内容，建立“先锋驿站”。\n";

    fn at(needle: &str, locale: Locale) -> String {
        let report = analyse(DRAFT);
        hover(DRAFT, &report, DRAFT.find(needle).unwrap() + 1, locale)
            .unwrap()
            .1
    }

    #[test]
    fn a_figure_shows_its_normalised_value() {
        assert!(at("44.65亿元", Locale::Zh).starts_with("**4,465,000,000 元**"));
        let hover = at("2.3万余人次", Locale::En);
        assert!(hover.starts_with("**23,000 人次**"), "{hover}");
        assert!(
            hover.contains("qualifier: 余 (more than the figure)")
                || hover.contains("qualifier: 余（more than the figure）"),
            "{hover}"
        );
    }

    #[test]
    fn a_count_word_lists_its_items() {
        let hover = at("两件事", Locale::Zh);
        assert!(hover.contains("1. 学习事\n2. 攻坚事"), "{hover}");
    }

    #[test]
    fn a_term_shows_where_it_is_defined() {
        let hover = at("先锋驿站", Locale::En);
        assert!(hover.starts_with("**先锋驿站** · initiative"), "{hover}");
        assert!(
            hover.contains("Defined on line 9 · 1 occurrence(s), in: 担当作为"),
            "{hover}"
        );
    }

    #[test]
    fn a_section_marker_shows_its_summary() {
        let hover = at("关键词", Locale::Zh);
        assert!(hover.starts_with("**担当作为** — 培养干部"), "{hover}");
        assert!(hover.contains("段落 2"), "{hover}");
    }
}
