//! Chinese numerals (〇一二…十百千万亿, 两) and decimal digit strings → numbers.

/// The value of one Chinese digit character.
pub fn digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn small_unit(c: char) -> Option<u64> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

pub fn is_numeral_char(c: char) -> bool {
    digit(c).is_some() || small_unit(c).is_some() || matches!(c, '万' | '亿')
}

/// Parses a Chinese numeral: 三 → 3, 十二 → 12, 一百零八 → 108, 三千五百万 → 35,000,000,
/// and digit strings read position by position: 二〇一九 → 2019.
pub fn parse_chinese(text: &str) -> Option<u64> {
    if text.is_empty() || !text.chars().all(is_numeral_char) {
        return None;
    }
    if text.chars().count() > 1 && text.chars().all(|c| digit(c).is_some()) {
        return text
            .chars()
            .try_fold(0u64, |acc, c| acc.checked_mul(10)?.checked_add(digit(c)?));
    }
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut number: u64 = 0;
    let mut seen_digit = false;
    for c in text.chars() {
        if let Some(d) = digit(c) {
            number = d;
            seen_digit = true;
        } else if let Some(unit) = small_unit(c) {
            // 十二: a leading 十 means one ten.
            let count = if number == 0 && !seen_digit {
                1
            } else {
                number
            };
            section = section.checked_add(count.checked_mul(unit)?)?;
            number = 0;
            seen_digit = false;
        } else if c == '万' {
            section = section.checked_add(number)?;
            total = total.checked_add(section.checked_mul(10_000)?)?;
            section = 0;
            number = 0;
        } else if c == '亿' {
            section = section.checked_add(number)?;
            total = total.checked_add(section)?.checked_mul(100_000_000)?;
            section = 0;
            number = 0;
        }
    }
    total.checked_add(section)?.checked_add(number)
}

/// A decimal written with Arabic digits (commas allowed as thousands separators), scaled by a
/// power of ten, computed so that 44.65 × 10⁸ is exactly 4,465,000,000.
pub fn parse_decimal(text: &str, power_of_ten: u32) -> Option<f64> {
    let digits: String = text.chars().filter(|c| *c != ',').collect();
    let (whole, fraction) = digits.split_once('.').unwrap_or((&digits, ""));
    let mantissa: u128 = format!("{whole}{fraction}").parse().ok()?;
    let decimals = fraction.len() as u32;
    let value = if power_of_ten >= decimals {
        (mantissa.checked_mul(10u128.checked_pow(power_of_ten - decimals)?)?) as f64
    } else {
        mantissa as f64 / 10f64.powi((decimals - power_of_ten) as i32)
    };
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        for (text, value) in [
            ("三", 3),
            ("两", 2),
            ("十", 10),
            ("十二", 12),
            ("二十", 20),
            ("一百零八", 108),
            ("三千五百万", 35_000_000),
            ("一亿二千万", 120_000_000),
            ("〇", 0),
            ("二〇一九", 2019),
            ("一万二千", 12_000),
        ] {
            assert_eq!(parse_chinese(text), Some(value), "{text}");
        }
        assert_eq!(parse_chinese("三尺"), None);
    }

    #[test]
    fn decimals_scale_exactly() {
        assert_eq!(parse_decimal("44.65", 8), Some(4_465_000_000.0));
        assert_eq!(parse_decimal("2.3", 4), Some(23_000.0));
        assert_eq!(parse_decimal("3400", 4), Some(34_000_000.0));
        assert_eq!(parse_decimal("78.9", 0), Some(78.9));
        assert_eq!(parse_decimal("1,200", 0), Some(1200.0));
    }
}
