//! Text for a terminal: a heading per date, each event's sources as short labels in a column
//! beside its sentence, wrapped to the width.
//!
//! ```text
//! Wednesday 7 October 2015
//!   Itar Tass 1  On October 7, four missile ships of the Russian Navy's Caspian Flotilla fired 26
//!   002            Kalibr cruise missiles (NATO codename Sizzler) at militants' facilities in Syria.
//! ```

use super::Options;
use super::common::{Sources, group_heading, groups, one_line, summary};
use crate::Timeline;

/// The timeline as text: a summary, the sources with their labels, then the events under a heading
/// for each date.
///
/// ```
/// use timeline_extract::render::{Options, text};
/// use timeline_extract::{Document, extract_timeline};
///
/// let docs = [Document::new("tass.txt", "30Nov15\n\nOn October 7, four ships fired 26 cruise missiles at targets in Syria.")];
/// let out = text::render(&extract_timeline(&docs)?, &Options::new().width(60));
/// assert!(out.contains("Wednesday 7 October 2015\n  tass  On October 7, four ships fired 26 cruise missiles at\n"));
/// # Ok::<(), timeline_extract::Error>(())
/// ```
pub fn render(t: &Timeline, opts: &Options) -> String {
    let sources = Sources::new(t, opts);
    let mut out = String::new();
    if let Some(title) = &opts.title {
        out.push_str(&format!("{}\n", one_line(title)));
    }
    out.push_str(&format!("{}\n\n", summary(t)));

    let label_width = sources.list.iter().map(|s| s.label.chars().count()).max().unwrap_or(0);
    out.push_str("Sources\n");
    for s in &sources.list {
        let mut line = format!("  {}  {}", pad(&s.label, label_width), s.id);
        if let Some(name) = &s.name {
            line.push_str(&format!(", {}", one_line(name)));
        }
        match &s.anchor {
            Some((date, basis)) => line.push_str(&format!(", dated {date} ({basis})")),
            None => line.push_str(", no date"),
        }
        out.push_str(&line);
        out.push('\n');
    }

    // Text starts after the indent, the label column and two spaces; continuation lines hang by two more.
    let indent = 2 + label_width + 2;
    let text_width = if opts.width == 0 { usize::MAX } else { opts.width.saturating_sub(indent).max(20) };
    for g in groups(t) {
        out.push('\n');
        out.push_str(&group_heading(&g, false));
        out.push('\n');
        for (_, e) in &g.events {
            // The label on the sentence's own line is its source's (the first in order, when several wrote it);
            // the others follow in order.
            let wrote = |id: &str| e.reports.iter().any(|r| r.doc == id && r.text == e.text);
            let told_by = e.sources.iter().position(|id| wrote(id)).unwrap_or(0);
            let mut ids: Vec<&String> = e.sources.iter().collect();
            if told_by > 0 {
                let id = ids.remove(told_by);
                ids.insert(0, id);
            }
            let labels: Vec<&str> =
                ids.iter().map(|id| sources.get(id).map_or(id.as_str(), |s| s.label.as_str())).collect();
            let lines = wrap(&one_line(&e.text), text_width, text_width.saturating_sub(2));
            let rows = lines.len().max(labels.len());
            for row in 0..rows {
                let label = labels.get(row).copied().unwrap_or("");
                let text = match lines.get(row) {
                    Some(l) if row == 0 => l.clone(),
                    Some(l) => format!("  {l}"),
                    None => String::new(),
                };
                let line = format!("  {}  {text}", pad(label, label_width));
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
    out
}

/// Pads to a width in characters.
fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

/// Greedy word wrap: the first line `first` characters wide, the others `rest`; a longer word stands alone.
fn wrap(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = word.chars().count();
        let width = if lines.is_empty() { first } else { rest.max(1) };
        if len > 0 && len + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            len = 0;
        }
        if len > 0 {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += w;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping() {
        assert_eq!(wrap("a bb ccc dddd", 6, 4), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("", 10, 10), [""]);
        assert_eq!(wrap("averyveryverylongword and", 5, 5), ["averyveryverylongword", "and"]);
        assert_eq!(wrap("ünï cödé", 7, 7), ["ünï", "cödé"]);
    }

    #[test]
    fn the_label_beside_an_events_sentence_is_the_source_that_wrote_it() {
        use crate::{Document, extract_timeline};
        let sentence =
            |n: &str| format!("On October 7, four warships fired 26 cruise missiles at targets in Syria{n}.");
        // Each order of the two ids: whichever report stands for the event, its source's label comes first.
        for (x, y) in [("a", "b"), ("b", "a")] {
            let docs = [
                Document::new(x, format!("8 October 2015\n\n{}", sentence(", the ministry said"))),
                Document::new(y, format!("9 October 2015\n\n{}", sentence(""))),
            ];
            let t = extract_timeline(&docs).expect("timeline");
            let e = &t.events[0];
            assert_eq!(e.sources.len(), 2, "{e:?}");
            let told_by = e.reports.iter().find(|r| r.text == e.text).map(|r| r.doc.clone()).expect("its report");
            let out = render(&t, &Options::new().width(0));
            let line = out.lines().find(|l| l.contains(&e.text)).expect("the sentence's line");
            assert!(line.trim_start().starts_with(&format!("{told_by} ")), "{line}");
        }
    }
}
