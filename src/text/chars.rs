//! Character classes that copy editors reason with.

/// Punctuation that ends a sentence, Chinese or Western.
pub fn is_sentence_final(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '；' | '…' | '.' | '!' | '?' | ';' | '．'
    )
}

/// Closing quotes and brackets: a line's last character for completeness is the one before them.
pub fn is_closing_mark(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '》' | '）' | ')' | '】' | '"' | '\'' | '〉' | ']'
    )
}

/// Punctuation inside a sentence: its presence tells running text from a title or caption.
pub fn is_clause_punctuation(c: char) -> bool {
    matches!(c, '，' | '、' | '：' | ',' | ':' | '；' | ';') || is_sentence_final(c)
}

/// Han ideographs, including the extension planes outside the BMP.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Whether a line of running text stops mid-sentence: its last character, looking through
/// closing quotes and brackets, is not sentence-final punctuation.
pub fn ends_mid_sentence(line: &str) -> bool {
    let mut last = None;
    for c in line.trim_end().chars().rev() {
        if !is_closing_mark(c) {
            last = Some(c);
            break;
        }
    }
    match last {
        None => false,
        Some(c) => !is_sentence_final(c) && !matches!(c, '：' | ':' | '—' | '-'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_quote_is_looked_through() {
        assert!(ends_mid_sentence("网格党员要按照“有事议事、无事联心”"));
        assert!(!ends_mid_sentence("组织的温暖”……"));
        assert!(!ends_mid_sentence("“绳短不能汲深井，浅水难以负大舟”。"));
    }

    #[test]
    fn a_trailing_comma_or_ideograph_is_mid_sentence() {
        assert!(ends_mid_sentence("立体化服务体系，"));
        assert!(ends_mid_sentence("实施办法（试"));
        assert!(!ends_mid_sentence("各位代表："));
    }

    #[test]
    fn astral_ideographs_are_han() {
        assert!(is_han('𠀀'));
        assert!(!is_han('😀'));
    }
}
