//! JSON and JSONL: the shapes of the project's `DESIGN.md`.

use crate::Timeline;

/// The timeline as pretty-printed JSON, ending with a line break.
///
/// ```
/// let json = timeline_extract::render::json::render(&timeline_extract::Timeline::default());
/// assert!(json.contains("\"events\": []") && json.ends_with("}\n"));
/// ```
pub fn render(t: &Timeline) -> String {
    let mut s = pretty(t);
    s.push('\n');
    s
}

/// The timeline as pretty-printed JSON, with no line break at the end.
///
/// ```
/// assert!(timeline_extract::render::json::pretty(&timeline_extract::Timeline::default()).ends_with('}'));
/// ```
pub fn pretty(t: &Timeline) -> String {
    // Serializing plain data to a String cannot fail.
    serde_json::to_string_pretty(t).unwrap_or_default()
}

/// One JSON object per event, one per line.
///
/// ```
/// assert_eq!(timeline_extract::render::json::render_lines(&timeline_extract::Timeline::default()), "");
/// ```
pub fn render_lines(t: &Timeline) -> String {
    let mut out = String::new();
    for e in &t.events {
        out.push_str(&serde_json::to_string(e).unwrap_or_default());
        out.push('\n');
    }
    out
}
