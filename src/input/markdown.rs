//! Markdown: the text a reader sees (feature `markdown`).
//!
//! Paragraphs, headings, list items and table rows become lines of plain text, separated as the
//! parse stage expects (a blank line between blocks); a soft line break inside a paragraph becomes a
//! space, so an expression wrapped over two source lines stays one. Link and emphasis marks, images,
//! raw HTML and footnote markers are dropped. A front matter block (`---` YAML or `+++` TOML) gives
//! the title, date, source and URL.

use pulldown_cmark::{Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use crate::Document;
use crate::input::jsonl::date;
use crate::input::text::unify_line_ends;

/// Front matter keys read as the document's date, source, title and URL.
const DATE_KEYS: &[&str] = &["date", "published", "publishdate", "pubdate", "published_at", "published_time"];
const SOURCE_KEYS: &[&str] = &["source", "publisher", "site_name"];
const TITLE_KEYS: &[&str] = &["title"];
const URL_KEYS: &[&str] = &["url", "canonical_url", "link"];

/// A Markdown file as a document.
///
/// ```
/// use timeline_extract::input::markdown::document;
///
/// let md = "---\ntitle: Caspian launch\ndate: 2015-10-08\n---\n\n# Ships fire missiles\n\n\
///           Four ships fired **26** [cruise missiles](https://example.org/a) on\nWednesday.\n";
/// let doc = document("launch.md", md);
/// assert_eq!(doc.text, "Ships fire missiles\n\nFour ships fired 26 cruise missiles on Wednesday.\n");
/// assert_eq!(doc.title.as_deref(), Some("Caspian launch"));
/// assert_eq!(doc.published.unwrap().to_string(), "2015-10-08");
/// ```
pub fn document(id: &str, markdown: &str) -> Document {
    let markdown = unify_line_ends(markdown);
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut out = Text::default();
    let mut doc = Document::new(id, "");
    let mut heading: Option<String> = None;
    let mut first_heading: Option<String> = None;
    let mut skip = 0usize; // inside an image, a code block or front matter
    let mut front_matter = false;
    for event in Parser::new_ext(&markdown, options) {
        match event {
            Event::Start(Tag::MetadataBlock(kind)) => {
                front_matter = true;
                skip += 1;
                let _ = kind == MetadataBlockKind::YamlStyle;
            }
            Event::End(TagEnd::MetadataBlock(_)) => {
                front_matter = false;
                skip = skip.saturating_sub(1);
            }
            Event::Text(t) if front_matter => read_front_matter(&t, &mut doc),
            Event::Start(Tag::Image { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::Image | TagEnd::CodeBlock | TagEnd::HtmlBlock) => skip = skip.saturating_sub(1),
            _ if skip > 0 => {}
            Event::Start(Tag::Heading { .. }) => {
                out.block();
                heading = Some(String::new());
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(h) = heading.take() {
                    first_heading.get_or_insert(h);
                }
                out.block();
            }
            Event::Start(Tag::Paragraph | Tag::BlockQuote(_) | Tag::Table(_) | Tag::FootnoteDefinition(_))
            | Event::End(TagEnd::Paragraph | TagEnd::BlockQuote(_) | TagEnd::Table | TagEnd::List(_))
            | Event::Rule => out.block(),
            Event::Start(Tag::Item | Tag::TableRow | Tag::TableHead) | Event::HardBreak => out.line(),
            Event::End(TagEnd::TableCell) => out.push(" "),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
                out.push(&t);
            }
            Event::SoftBreak => out.push(" "),
            _ => {}
        }
    }
    if doc.title.is_none() {
        doc.title = first_heading.map(|h| h.trim().to_string()).filter(|h| !h.is_empty());
    }
    doc.text = out.finish();
    doc
}

/// `key: value` (YAML) or `key = "value"` (TOML) lines; nested structures are not read.
fn read_front_matter(block: &str, doc: &mut Document) {
    for line in block.lines() {
        // YAML `key: value` or TOML `key = value`: whichever mark comes first.
        let Some(at) = line.find([':', '=']) else { continue };
        let (key, value) = (&line[..at], &line[at + 1..]);
        if key.starts_with([' ', '\t']) {
            continue;
        }
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        if value.is_empty() {
            continue;
        }
        if DATE_KEYS.contains(&key.as_str()) && doc.published.is_none() {
            doc.published = date(value);
        } else if SOURCE_KEYS.contains(&key.as_str()) {
            doc.source.get_or_insert_with(|| value.to_string());
        } else if TITLE_KEYS.contains(&key.as_str()) {
            doc.title.get_or_insert_with(|| value.to_string());
        } else if URL_KEYS.contains(&key.as_str()) {
            doc.url.get_or_insert_with(|| value.to_string());
        }
    }
}

/// Plain text built block by block: one blank line between blocks, one line break between lines.
#[derive(Default)]
struct Text {
    out: String,
}

impl Text {
    fn push(&mut self, s: &str) {
        if self.out.ends_with('\n') || self.out.is_empty() {
            self.out.push_str(s.trim_start_matches([' ', '\t']));
        } else {
            self.out.push_str(s);
        }
    }

    /// Ends the line, unless it is empty.
    fn line(&mut self) {
        trim_end_spaces(&mut self.out);
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// Ends the block: a blank line follows, unless there is one already.
    fn block(&mut self) {
        self.line();
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn finish(mut self) -> String {
        self.line();
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

fn trim_end_spaces(s: &mut String) {
    while s.ends_with([' ', '\t']) {
        s.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_lists_tables_and_front_matter() {
        let md = "+++\ntitle = \"Briefing\"\nsource = \"Ministry\"\nurl = \"https://example.org/b\"\n\
                  published = 2015-11-03T10:00:00Z\n+++\n\
                  Intro with `code` and ~~struck~~ text.[^n]\r\n\r\n\
                  - first item\n- second *item*\n\n\
                  | day | sorties |\n|---|---|\n| 2 Nov | 24 |\n\n\
                  ```\nlet x = 1;\n```\n\n\
                  ![a chart](chart.png)\n\n<div>raw html</div>\n\n> Quoted on Tuesday.\n\n[^n]: A note.\n";
        let doc = document("b.md", md);
        assert_eq!(
            doc.text,
            "Intro with code and struck text.\n\nfirst item\nsecond item\n\nday sorties\n2 Nov 24\n\n\
             Quoted on Tuesday.\n\nA note.\n"
        );
        assert_eq!(doc.title.as_deref(), Some("Briefing"));
        assert_eq!(doc.source.as_deref(), Some("Ministry"));
        assert_eq!(doc.url.as_deref(), Some("https://example.org/b"));
        assert_eq!(doc.published.map(|d| d.to_string()).as_deref(), Some("2015-11-03"));
    }

    #[test]
    fn empty_and_odd_input() {
        assert_eq!(document("e.md", "").text, "");
        assert_eq!(document("e.md", "---\n---\n").text, "");
        assert_eq!(document("e.md", "# \n\n#").title, None);
        let doc = document("e.md", "---\ndate: soon\n---\nText.");
        assert_eq!((doc.published, doc.text.as_str()), (None, "Text.\n"));
    }
}
