//! JSONL: one document per line, with its metadata.
//!
//! `{"id": str, "text": str, "published": "YYYY-MM-DD" (optional), "source": str (optional),
//! "url": str (optional), "title": str (optional)}`. `published` may also be a full timestamp
//! (`2015-10-08T06:42:00+00:00`) or a feed's timestamp (`Fri, 14 Mar 2025 23:30:00 -0500`): its date is
//! used as written. Without `published`, a `dct` (the
//! document creation time, as `tag` reads it) gives the date, so one file serves both commands. Other
//! fields are ignored.

use std::io::{BufRead, Read};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::Document;
use crate::input::text::unify_line_ends;

/// Why a line is not a document.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
#[non_exhaustive]
pub struct LineError {
    /// The line's number, from 1.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

#[derive(Deserialize)]
struct Line {
    id: String,
    text: String,
    #[serde(default)]
    published: Option<String>,
    /// TempEval's name for the same date (the document creation time), as `tag` reads it.
    #[serde(default)]
    dct: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// Reads every line; a blank line is skipped, a bad one gives an error and the rest are still read.
///
/// ```
/// use timeline_extract::input::jsonl::documents;
///
/// let jsonl = r#"{"id": "a", "text": "Jets flew 20 sorties on Tuesday.", "published": "2015-10-07", "source": "TASS"}
/// {"id": "b"}
/// {"id": "c", "text": "Ships fired 26 missiles.", "published": "2015-10-08T06:42:00+00:00"}"#;
/// let read = documents(jsonl);
/// assert_eq!(read.len(), 3);
/// assert_eq!(read[0].as_ref().unwrap().source.as_deref(), Some("TASS"));
/// assert_eq!(read[1].as_ref().unwrap_err().line, 2);
/// assert_eq!(read[2].as_ref().unwrap().published.unwrap().to_string(), "2015-10-08");
/// ```
pub fn documents(text: &str) -> Vec<Result<Document, LineError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| document(l).map_err(|reason| LineError { line: n + 1, reason }))
        .collect()
}

/// Reads JSONL as it comes, a line at a time, so that a file of any size is read in the memory of its
/// longest line; calls `each` with every document or line error, in order. A line longer than
/// `max_line` bytes, or not UTF-8, is an error for that line alone. Fails only when reading fails.
///
/// ```
/// use timeline_extract::input::jsonl::read_each;
///
/// let jsonl = "{\"id\": \"a\", \"text\": \"Jets flew 20 sorties.\"}\n{\"id\": \"b\", \"text\": \"a line far, far too long for the limit\"}\n";
/// let mut read = Vec::new();
/// read_each(jsonl.as_bytes(), 50, |d| read.push(d)).unwrap();
/// assert_eq!(read[0].as_ref().unwrap().id, "a");
/// assert!(read[1].as_ref().unwrap_err().reason.contains("longer than 50 bytes"));
/// ```
pub fn read_each<R: BufRead>(
    mut reader: R,
    max_line: usize,
    mut each: impl FnMut(Result<Document, LineError>),
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        line += 1;
        let limit = u64::try_from(max_line).unwrap_or(u64::MAX).saturating_add(1);
        if (&mut reader).take(limit).read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        if buf.len() > max_line && buf.last() != Some(&b'\n') {
            each(Err(LineError { line, reason: format!("longer than {max_line} bytes") }));
            skip_line(&mut reader)?;
            continue;
        }
        let bytes = if line == 1 { buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&buf) } else { &buf };
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.trim_end_matches(['\n', '\r']),
            Err(e) => {
                each(Err(LineError { line, reason: format!("not UTF-8 (at byte {} of the line)", e.valid_up_to()) }));
                continue;
            }
        };
        if !text.trim().is_empty() {
            each(document(text).map_err(|reason| LineError { line, reason }));
        }
    }
}

/// Reads up to the end of the current line.
fn skip_line<R: BufRead>(reader: &mut R) -> std::io::Result<()> {
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(());
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(k) => {
                reader.consume(k + 1);
                return Ok(());
            }
            None => {
                let n = available.len();
                reader.consume(n);
            }
        }
    }
}

fn document(line: &str) -> Result<Document, String> {
    let d: Line = serde_json::from_str(line).map_err(|e| e.to_string())?;
    if d.id.trim().is_empty() {
        return Err("an empty id".to_string());
    }
    let mut doc = Document::new(d.id, unify_line_ends(&d.text).into_owned());
    let given = |field: Option<String>, name: &str| -> Result<Option<NaiveDate>, String> {
        match field.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            Some(p) => {
                Ok(Some(date(p).ok_or_else(|| format!("{name}: {p:?} is not a date (YYYY-MM-DD, or RFC 2822)"))?))
            }
            None => Ok(None),
        }
    };
    doc.published = match given(d.published, "published")? {
        Some(p) => Some(p),
        None => given(d.dct, "dct")?,
    };
    doc.source = d.source.filter(|s| !s.trim().is_empty());
    doc.url = d.url.filter(|s| !s.trim().is_empty());
    doc.title = d.title.filter(|s| !s.trim().is_empty());
    Ok(doc)
}

/// The date of `YYYY-MM-DD`, of a timestamp that starts with one (`YYYY-MM-DDThh:mm...`), or of a timestamp
/// of RFC 2822, as feeds and mail headers write them (`Fri, 14 Mar 2025 23:30:00 -0500`): the day as written,
/// in the writer's time zone.
///
/// ```
/// use timeline_extract::input::jsonl::date;
///
/// assert_eq!(date("2015-10-08T06:42:00+03:00").unwrap().to_string(), "2015-10-08");
/// assert_eq!(date("2015-10-08 06:42").unwrap().to_string(), "2015-10-08");
/// assert_eq!(date("Fri, 14 Mar 2025 23:30:00 -0500").unwrap().to_string(), "2025-03-14");
/// assert_eq!(date("8 October 2015"), None);
/// assert_eq!(date("2015-02-30"), None);
/// ```
pub fn date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let iso = s.get(..10).filter(|_| s[10..].is_empty() || s[10..].starts_with(['T', 't', ' ']));
    match iso {
        Some(head) => NaiveDate::parse_from_str(head, "%Y-%m-%d").ok(),
        None => chrono::DateTime::parse_from_rfc2822(s).ok().map(|t| t.date_naive()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streaming_reads_as_the_whole_text_does() {
        let text = "\u{feff}{\"id\":\"a\",\"text\":\"x\\r\\ny\"}\r\n\r\nnot json\n{\"id\":\"\",\"text\":\"x\"}\n\
                    {\"id\":\"e\",\"text\":\"x\",\"extra\":1}";
        let mut streamed = Vec::new();
        read_each(text.as_bytes(), 1 << 20, |d| streamed.push(d)).unwrap();
        assert_eq!(streamed, documents(text));
    }

    #[test]
    fn a_long_or_broken_line_spoils_only_itself() {
        let long = format!("{{\"id\":\"b\",\"text\":\"{}\"}}", "x".repeat(100));
        let bytes = [
            b"{\"id\":\"a\",\"text\":\"one\"}\n".as_slice(),
            long.as_bytes(),
            b"\n{\"id\":\"c\",\"text\":\"\xff\"}\n{\"id\":\"d\",\"text\":\"four\"}",
        ]
        .concat();
        let mut read = Vec::new();
        read_each(&bytes[..], 64, |d| read.push(d)).unwrap();
        let lines: Vec<Result<&str, usize>> =
            read.iter().map(|r| r.as_ref().map(|d| d.id.as_str()).map_err(|e| e.line)).collect();
        assert_eq!(lines, [Ok("a"), Err(2), Err(3), Ok("d")]);
    }

    #[test]
    fn bad_lines_are_named_and_the_rest_read() {
        let text = "\u{feff}{\"id\":\"a\",\"text\":\"x\\r\\ny\"}\r\n\r\nnot json\n{\"id\":\"\",\"text\":\"x\"}\n\
                    {\"id\":\"d\",\"text\":\"x\",\"published\":\"yesterday\"}\n{\"id\":\"e\",\"text\":\"x\",\"extra\":1}\n";
        let read = documents(text);
        let lines: Vec<Result<&str, usize>> =
            read.iter().map(|r| r.as_ref().map(|d| d.id.as_str()).map_err(|e| e.line)).collect();
        assert_eq!(lines, [Ok("a"), Err(3), Err(4), Err(5), Ok("e")]);
        assert_eq!(read[0].as_ref().unwrap().text, "x\ny");
        assert!(read[3].as_ref().unwrap_err().reason.contains("yesterday"));
    }

    #[test]
    fn a_tempeval_dct_dates_a_document_without_published() {
        let text = "{\"id\":\"a\",\"text\":\"x\",\"dct\":\"1998-08-14\"}\n\
                    {\"id\":\"b\",\"text\":\"x\",\"dct\":null}\n\
                    {\"id\":\"c\",\"text\":\"x\",\"dct\":\"1998-08-14\",\"published\":\"1998-08-15\"}\n\
                    {\"id\":\"d\",\"text\":\"x\",\"dct\":\"August\"}\n";
        let read = documents(text);
        let date = |k: usize| read[k].as_ref().ok().and_then(|d| d.published).map(|p| p.to_string());
        assert_eq!(date(0).as_deref(), Some("1998-08-14"));
        assert_eq!(date(1), None);
        assert_eq!(date(2).as_deref(), Some("1998-08-15"));
        assert!(read[3].as_ref().unwrap_err().reason.starts_with("dct:"));
    }

    #[test]
    fn a_feed_timestamp_dates_a_document_by_its_day_as_written() {
        let text = "{\"id\":\"a\",\"text\":\"x\",\"published\":\"Fri, 14 Mar 2025 23:30:00 -0500\"}\n\
                    {\"id\":\"b\",\"text\":\"x\",\"published\":\"Sat, 14 Mar 2025 23:30:00 -0500\"}\n";
        let read = documents(text);
        assert_eq!(
            read[0].as_ref().ok().and_then(|d| d.published).map(|p| p.to_string()).as_deref(),
            Some("2025-03-14")
        );
        // A weekday that is not the date's is no timestamp of RFC 2822.
        assert!(read[1].as_ref().unwrap_err().reason.contains("RFC 2822"));
    }
}
