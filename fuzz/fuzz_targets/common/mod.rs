//! What the fuzz targets share: documents cut from the fuzzer's input.

use chrono::NaiveDate;
use timeline_extract::Document;

/// Up to `most` documents cut from `text` at NUL bytes, with ids `d0`, `d1`, ...; every other one
/// carries a date, so that anchoring is exercised both ways.
pub fn documents(text: &str, most: usize) -> Vec<Document> {
    text.split('\0')
        .take(most)
        .enumerate()
        .map(|(i, t)| {
            let doc = Document::new(format!("d{i}"), t);
            match NaiveDate::from_ymd_opt(2015, 10, 1 + i as u32) {
                Some(d) if i % 2 == 0 => doc.published(d),
                _ => doc,
            }
        })
        .collect()
}
