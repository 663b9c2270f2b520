//! What stands at a cursor.

use std::ops::Range;

use crate::analysis::Report;
use crate::analysis::outline::{Role, Symbol};

/// Whether a cursor at `offset` touches `range`: inside it, or right after its end (where a
/// cursor sits after typing or double-clicking a word).
pub fn touches(range: &Range<usize>, offset: usize) -> bool {
    range.start <= offset && offset <= range.end
}

fn inside(range: &Range<usize>, offset: usize) -> bool {
    range.start <= offset && offset < range.end
}

/// The figure at the cursor, preferring one the cursor is inside of.
pub fn figure_at(report: &Report, offset: usize) -> Option<usize> {
    let figures = &report.figures;
    (0..figures.len())
        .find(|&i| inside(&figures[i].range, offset))
        .or_else(|| (0..figures.len()).find(|&i| touches(&figures[i].range, offset)))
}

/// The term at the cursor and the occurrence it touches; of nested names (先锋户联 in
/// 先锋户联站) the longest wins.
pub fn term_at(report: &Report, offset: usize) -> Option<(usize, Range<usize>)> {
    let candidates = |strict: bool| {
        report
            .terms
            .iter()
            .enumerate()
            .flat_map(move |(index, term)| {
                term.occurrences
                    .iter()
                    .filter(move |range| {
                        if strict {
                            inside(range, offset)
                        } else {
                            touches(range, offset)
                        }
                    })
                    .map(move |range| (index, range.clone()))
            })
            .max_by_key(|(_, range)| range.len())
    };
    candidates(true).or_else(|| candidates(false))
}

/// The enumeration whose count word is the figure at `figure`.
pub fn enumeration_of(report: &Report, figure: usize) -> Option<usize> {
    report
        .enumerations
        .iter()
        .position(|enumeration| enumeration.figure == figure)
}

/// The section whose marker line holds the cursor.
pub fn section_marker_at(report: &Report, offset: usize) -> Option<&Symbol> {
    fn find(symbols: &[Symbol], offset: usize) -> Option<&Symbol> {
        symbols.iter().find_map(|symbol| {
            if symbol.role == Role::Section && touches(&symbol.selection, offset) {
                Some(symbol)
            } else {
                find(&symbol.children, offset)
            }
        })
    }
    find(&report.outline, offset)
}

/// The innermost sections holding `offset`, outermost first.
pub fn sections_holding(report: &Report, offset: usize) -> Vec<&Symbol> {
    let mut path = Vec::new();
    let mut level = &report.outline;
    loop {
        let next = level
            .iter()
            .find(|symbol| symbol.range.start <= offset && offset <= symbol.range.end);
        match next {
            Some(symbol) => {
                if symbol.role == Role::Section {
                    path.push(symbol);
                }
                level = &symbol.children;
            }
            None => return path,
        }
    }
}
