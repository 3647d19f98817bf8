//! Markdown: a heading per date, each event a list item, its sources as footnotes that name the
//! documents (linked where their URL is known).

use super::Options;
use super::common::{Sources, group_heading, groups, one_line, summary};
use crate::Timeline;

/// The timeline as Markdown.
///
/// ```
/// use timeline_extract::render::{Options, markdown};
/// use timeline_extract::{Document, extract_timeline};
///
/// let mut doc = Document::new("tass.txt", "30Nov15\n\nOn October 7, four ships fired 26 cruise missiles at targets in Syria.");
/// doc.url = Some("https://example.org/tass".into());
/// let docs = [doc];
/// let md = markdown::render(&extract_timeline(&docs)?, &Options::new().documents(&docs));
/// assert!(md.contains("## Wednesday 7 October 2015\n\n- On October 7, four ships fired 26 cruise missiles at targets in Syria.[^1]\n"));
/// assert!(md.contains("[^1]: **tass**: [tass.txt](https://example.org/tass)"));
/// # Ok::<(), timeline_extract::Error>(())
/// ```
pub fn render(t: &Timeline, opts: &Options) -> String {
    let sources = Sources::new(t, opts);
    let mut out = format!("# {}\n\n{}.\n", escape(&one_line(opts.title_or_default())), summary(t));
    for g in groups(t) {
        out.push_str(&format!("\n## {}\n\n", escape(&group_heading(&g, false))));
        for (_, e) in &g.events {
            let notes: String =
                e.sources.iter().filter_map(|id| sources.position(id)).map(|k| format!("[^{}]", k + 1)).collect();
            out.push_str(&format!("- {}{notes}\n", escape_start(&escape(&one_line(&e.text)))));
        }
    }
    if !sources.list.is_empty() {
        out.push('\n');
    }
    for (k, s) in sources.list.iter().enumerate() {
        let id = match &s.url {
            Some(url) if !url.contains(['<', '>', '(', ')', ' ']) => format!("[{}]({url})", escape(&s.id)),
            _ => escape(&s.id),
        };
        let mut line = format!("[^{}]: **{}**: {id}", k + 1, escape(&s.label));
        if let Some(title) = &s.title {
            line.push_str(&format!(", “{}”", escape(&one_line(title))));
        }
        if let Some(name) = &s.name {
            line.push_str(&format!(", {}", escape(&one_line(name))));
        }
        if let Some((date, basis)) = &s.anchor {
            line.push_str(&format!("; dated {date} ({basis})"));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Escapes the characters that Markdown would read as markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes what would open a nested block at the start of a list item: `1.`, `2)`, `-`, `+`, `=`.
fn escape_start(s: &str) -> String {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let next = s.as_bytes().get(digits).copied();
    if digits > 0 && matches!(next, Some(b'.' | b')')) {
        return format!("{}\\{}", &s[..digits], &s[digits..]);
    }
    if digits == 0 && matches!(next, Some(b'-' | b'+' | b'=')) {
        return format!("\\{s}");
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(escape_start("1. x"), "1\\. x");
        assert_eq!(escape_start("- x"), "\\- x");
        assert_eq!(escape_start("2015 was"), "2015 was");
        assert_eq!(
            escape("<script>alert(1)</script> *x* [a](b)"),
            "\\<script\\>alert(1)\\</script\\> \\*x\\* \\[a\\](b)"
        );
    }
}
