//! How figures read to people: grouped thousands, ranges, dates.

use crate::analysis::figures::{Figure, Value};

/// A figure's value with its unit: 4,465,000,000 元, 1.1–1.6 倍, 2019年9月.
pub fn describe_value(figure: &Figure) -> String {
    let unit = if figure.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", figure.unit)
    };
    match &figure.value {
        Value::Number(number) => format!("{}{unit}", group_thousands(*number)),
        Value::Range(low, high) => {
            format!("{}–{}{unit}", group_thousands(*low), group_thousands(*high))
        }
        Value::Date { year, month, day } => {
            let mut date = String::new();
            if let Some(year) = year {
                date.push_str(&format!("{year}年"));
            }
            if let Some(month) = month {
                date.push_str(&format!("{month}月"));
            }
            if let Some(day) = day {
                date.push_str(&format!("{day}日"));
            }
            date
        }
    }
}

/// 4465000000 → 4,465,000,000; 78.9 → 78.9.
pub fn group_thousands(number: f64) -> String {
    let formatted = if number.fract() == 0.0 && number.abs() < 1e18 {
        format!("{}", number as i64)
    } else {
        let text = format!("{number:.6}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let (sign, rest) = formatted
        .strip_prefix('-')
        .map_or(("", formatted.as_str()), |rest| ("-", rest));
    let (whole, fraction) = rest
        .split_once('.')
        .map_or((rest, None), |(whole, fraction)| (whole, Some(fraction)));
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(4_465_000_000.0), "4,465,000,000");
        assert_eq!(group_thousands(23_000.0), "23,000");
        assert_eq!(group_thousands(78.9), "78.9");
        assert_eq!(group_thousands(999.0), "999");
        assert_eq!(group_thousands(1234.5), "1,234.5");
    }
}
