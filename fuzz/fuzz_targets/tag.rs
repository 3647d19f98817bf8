//! The tagger on any text and any document date: no panic, spans inside the text on char boundaries,
//! ranges in order.
#![no_main]

use chrono::{Duration, NaiveDate};
use libfuzzer_sys::fuzz_target;
use timeline_extract::tag;

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick the document date: none, or a day within ±90 years of 2000.
    let (dct, rest) = match data {
        [a, b, rest @ ..] => {
            let days = i64::from(i16::from_le_bytes([*a, *b]));
            let date = NaiveDate::from_ymd_opt(2000, 1, 1).and_then(|d| d.checked_add_signed(Duration::days(days)));
            (if days == i64::from(i16::MIN) { None } else { date }, rest)
        }
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(rest);
    for t in tag(&text, dct) {
        assert!(t.start < t.end && t.end <= text.len(), "span {}..{} of {}", t.start, t.end, text.len());
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        let _ = t.value.to_string();
        if let Some((a, b)) = t.range() {
            assert!(a <= b, "{}: {a} > {b}", t.value);
        }
    }
});
