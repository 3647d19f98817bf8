//! Saved web pages (feature `html`): the article's text and the page's date, title, site and URL.
//!
//! The page is parsed by html5ever (through `dom_query`). Page chrome is dropped by structure first:
//! scripts, styles, forms and the boxes around them (newsletter sign-ups, search), navigation, asides,
//! dialogs (cookie banners), figures and their captions, hidden elements, page-level headers and
//! footers, and blocks made mostly of links (share widgets, menus, lists of related stories). The
//! article body is then chosen by `dom_smoothie`, a port of Mozilla's Readability; when it finds no
//! article (a short page), the cleaned body is used whole. The text keeps the page's blocks as
//! paragraphs separated by a blank line, and `<br>` as a line break.
//!
//! The document date is, in order: the page's JSON-LD `datePublished` or `article:published_time`;
//! another publication-date `<meta>` (`date`, `pubdate`, `DC.date.issued`, `og:published_time`,
//! ...); an element with `itemprop="datePublished"` or a `<time pubdate>`; else the first
//! `<time datetime>` in the article, the main content, or the page. The date is taken as written,
//! in the page's own time zone.

use chrono::NaiveDate;
use std::collections::HashMap;

use dom_query::{Document as Dom, NodeId, NodeRef};
use dom_smoothie::{Config, Readability, TextMode};

use crate::Document;
use crate::input::jsonl::date;
use crate::input::text::unify_line_ends;

/// Elements that never hold article text.
const CHROME_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "dialog",
    "menu",
];
/// ARIA roles of page chrome.
const CHROME_ROLES: &[&str] =
    &["navigation", "dialog", "alertdialog", "search", "banner", "complementary", "contentinfo"];
/// Page-level headers and footers (an article's own header and footer are left to Readability).
const FRAME_TAGS: &[&str] = &["header", "footer"];
/// Where an article's content is: headers and footers inside are kept.
const CONTENT_TAGS: &[&str] = &["article", "main"];
/// Blocks checked for link density.
const LINK_BLOCKS: &[&str] =
    &["div", "section", "ul", "ol", "li", "p", "td", "th", "table", "dl", "span", "font", "center"];
/// Readability's cost grows with the square of the nesting depth; past this depth (real pages stay
/// far below it) the cleaned body is used whole.
const READABILITY_MAX_DEPTH: usize = 256;
/// A box around a form with less text than this (its own, the form's left out) goes with the form.
const FORM_BOX_CHARS: usize = 200;

/// `<meta>` names and properties that give the publication date, after JSON-LD and `article:published_time`.
const DATE_META: &[&str] = &[
    "og:published_time",
    "published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "sailthru.date",
    "parsely-pub-date",
];

/// What a page says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageInfo {
    /// The title (`og:title`, JSON-LD `headline`, `<title>`).
    pub title: Option<String>,
    /// The site's name (`og:site_name`, JSON-LD `publisher.name`).
    pub site: Option<String>,
    /// The canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`).
    pub url: Option<String>,
    /// The publication date.
    pub published: Option<NaiveDate>,
}

/// A saved web page as a document: its article text, with the page's date, title, site and URL.
///
/// ```
/// use timeline_extract::input::html::document;
///
/// let page = r##"<html><head><title>Ships fire missiles</title>
///   <meta property="og:site_name" content="The Herald">
///   <meta property="article:published_time" content="2015-10-08T06:42:00+00:00"></head>
///   <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
///   <article><p>Four ships fired 26 cruise missiles at targets in Syria on Wednesday.</p>
///   <script>alert(1)</script></article>
///   <div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div></body></html>"##;
/// let doc = document("ships.html", page);
/// assert_eq!(doc.text, "Four ships fired 26 cruise missiles at targets in Syria on Wednesday.");
/// assert_eq!(doc.published.unwrap().to_string(), "2015-10-08");
/// assert_eq!(doc.source.as_deref(), Some("The Herald"));
/// assert_eq!(doc.title.as_deref(), Some("Ships fire missiles"));
/// ```
pub fn document(id: &str, html: &str) -> Document {
    let (info, text) = read(html);
    let mut doc = Document::new(id, text);
    doc.published = info.published;
    doc.source = info.site;
    doc.title = info.title;
    doc.url = info.url;
    doc
}

/// The page's metadata and its article text.
///
/// ```
/// use timeline_extract::input::html::read;
///
/// let (info, text) = read("<p>Posted <time datetime=\"2015-10-03T15:20:00+03:00\">15:20</time></p><p>Jets flew.</p>");
/// assert_eq!(info.published.unwrap().to_string(), "2015-10-03");
/// assert_eq!(text, "Posted 15:20\n\nJets flew.");
/// ```
pub fn read(html: &str) -> (PageInfo, String) {
    let html = unify_line_ends(html);
    let config = Config { text_mode: TextMode::Raw, ..Config::default() };
    let mut readability = Readability { doc: Dom::from(html.as_ref()), doc_url: None, config };
    let info = page_info(&readability);
    clean(&readability.doc);
    let fallback = readability.doc.body().map(|b| text_of(&b)).unwrap_or_default();
    if depth(&readability.doc.root()) > READABILITY_MAX_DEPTH {
        return (info, fallback);
    }
    let text = match readability.parse() {
        Ok(article) => text_of(&Dom::fragment(article.content).root()),
        Err(_) => fallback,
    };
    (info, text)
}

fn page_info(readability: &Readability) -> PageInfo {
    let dom = &readability.doc;
    let meta = readability.get_article_metadata(readability.parse_json_ld());
    let nonempty = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let title = nonempty(&meta.title);
    let site = meta.site_name.as_deref().and_then(nonempty).or_else(|| meta_content(dom, &["og:site_name"]));
    let url = attr(dom, "link[rel~=canonical][href]", "href")
        .or_else(|| meta_content(dom, &["og:url"]))
        .or(meta.url)
        .as_deref()
        .and_then(nonempty);
    let published = meta
        .published_time
        .as_deref()
        .and_then(date)
        .or_else(|| meta_content(dom, DATE_META).as_deref().and_then(date))
        .or_else(|| time_element(dom));
    PageInfo { title, site, url, published }
}

/// The content of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys`, in the order of `keys`.
fn meta_content(dom: &Dom, keys: &[&str]) -> Option<String> {
    let metas: Vec<(String, String)> = dom
        .select("meta[content]")
        .nodes()
        .iter()
        .filter_map(|m| {
            let key = m.attr("property").or_else(|| m.attr("name")).or_else(|| m.attr("itemprop"))?;
            Some((key.trim().to_ascii_lowercase(), m.attr("content")?.trim().to_string()))
        })
        .filter(|(_, v)| !v.is_empty())
        .collect();
    keys.iter().find_map(|k| metas.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()))
}

fn attr(dom: &Dom, selector: &str, name: &str) -> Option<String> {
    dom.select(selector).nodes().iter().find_map(|n| n.attr(name)).map(|v| v.trim().to_string())
}

/// The date of `itemprop=datePublished` or `<time pubdate>`, else of the first `<time datetime>` in the
/// article, the main content, or the page.
fn time_element(dom: &Dom) -> Option<NaiveDate> {
    let stamped = dom.select("[itemprop=datePublished], time[pubdate]");
    for n in stamped.nodes() {
        if let Some(d) = n.attr("datetime").or_else(|| n.attr("content")).as_deref().and_then(date) {
            return Some(d);
        }
    }
    ["article time[datetime]", "main time[datetime]", "time[datetime]"]
        .iter()
        .find_map(|sel| dom.select(sel).nodes().iter().find_map(|n| n.attr("datetime").as_deref().and_then(date)))
}

/// Drops page chrome from the DOM (see the module's documentation). Linear in the size of the page.
fn clean(dom: &Dom) {
    // A form goes with its box when the box holds little else (a sign-up, a search).
    for form in dom.select("form").nodes() {
        let boxed = form.parent().filter(|p| {
            p.is_element()
                && !matches!(name(p).as_str(), "body" | "main" | "article")
                && chars(&p.text()).saturating_sub(chars(&form.text())) < FORM_BOX_CHARS
        });
        match boxed {
            Some(b) => b.remove_from_parent(),
            None => form.remove_from_parent(),
        }
    }
    let root = dom.root();
    for n in find(&root, |n, in_content| {
        let tag = name(n);
        let chrome = CHROME_TAGS.contains(&tag.as_str())
            || n.attr("role").is_some_and(|r| CHROME_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
            || n.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
            || n.has_attr("hidden")
            || (!in_content && FRAME_TAGS.contains(&tag.as_str()));
        (chrome, CONTENT_TAGS.contains(&tag.as_str()))
    }) {
        n.remove_from_parent();
    }
    let counts = link_counts(&root);
    for n in find(&root, |n, _| {
        let list = LINK_BLOCKS.contains(&name(n).as_str()) && counts.get(&n.id).is_some_and(Counts::is_link_list);
        (list, false)
    }) {
        n.remove_from_parent();
    }
}

/// The elements that `test(node, inside_content)` picks, in document order, none inside another.
/// `test` returns whether to pick the node, and whether its descendants are inside content.
fn find<'a>(root: &NodeRef<'a>, test: impl Fn(&NodeRef<'a>, bool) -> (bool, bool)) -> Vec<NodeRef<'a>> {
    let mut picked = Vec::new();
    let mut stack: Vec<(NodeRef<'a>, bool)> = root.children_it(true).map(|c| (c, false)).collect();
    while let Some((n, in_content)) = stack.pop() {
        if !n.is_element() {
            continue;
        }
        let (pick, content) = test(&n, in_content);
        if pick {
            picked.push(n);
            continue;
        }
        stack.extend(n.children_it(true).map(|c| (c, in_content || content)));
    }
    picked
}

/// The depth of the deepest node under `root`.
fn depth(root: &NodeRef) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(*root, 0usize)];
    while let Some((n, d)) = stack.pop() {
        deepest = deepest.max(d);
        stack.extend(n.children_it(false).map(|c| (c, d + 1)));
    }
    deepest
}

/// An element's lower-case tag name.
fn name(n: &NodeRef) -> String {
    n.node_name().map(|t| t.to_ascii_lowercase()).unwrap_or_default()
}

/// The text and link text under a node.
#[derive(Clone, Copy, Default)]
struct Counts {
    text: usize,
    linked: usize,
    links: usize,
}

impl Counts {
    /// Mostly links: at least half its text is link text, with two links or more, or a short text.
    fn is_link_list(&self) -> bool {
        self.linked > 0 && self.linked * 2 >= self.text && (self.links >= 2 || self.text < 80)
    }
}

/// [`Counts`] for every node, bottom-up in one pass.
fn link_counts(root: &NodeRef) -> HashMap<NodeId, Counts> {
    let mut counts: HashMap<NodeId, Counts> = HashMap::new();
    let mut stack = vec![(*root, false)];
    while let Some((n, done)) = stack.pop() {
        if !done {
            stack.push((n, true));
            stack.extend(n.children_it(true).map(|c| (c, false)));
            continue;
        }
        let mut c = Counts::default();
        if n.is_text() {
            c.text = chars(&n.text());
        }
        for child in n.children_it(false) {
            if let Some(k) = counts.get(&child.id) {
                c.text += k.text;
                c.linked += k.linked;
                c.links += k.links;
            }
        }
        if n.is_element() && name(&n) == "a" {
            c.linked = c.text;
            c.links += 1;
        }
        counts.insert(n.id, c);
    }
    counts
}

/// Characters that are not white space.
fn chars(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// The text of a node: blocks as paragraphs separated by a blank line, `<br>` as a line break,
/// white space collapsed elsewhere, `<pre>` as written.
fn text_of(root: &NodeRef) -> String {
    enum Step<'a> {
        Open(NodeRef<'a>),
        Close(bool),
    }
    let mut out = String::new();
    let mut stack: Vec<Step> = root.children_it(true).map(Step::Open).collect();
    while let Some(step) = stack.pop() {
        match step {
            Step::Close(block) => {
                if block {
                    paragraph(&mut out);
                }
            }
            Step::Open(node) if node.is_text() => push_words(&mut out, &node.text()),
            Step::Open(node) if node.is_element() => {
                let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
                if name == "br" {
                    line_break(&mut out);
                    continue;
                }
                let block = is_block(&name);
                if block {
                    paragraph(&mut out);
                }
                if name == "pre" {
                    out.push_str(&unify_line_ends(&node.text()));
                    paragraph(&mut out);
                    continue;
                }
                stack.push(Step::Close(block));
                stack.extend(node.children_it(true).map(Step::Open));
            }
            Step::Open(_) => {}
        }
    }
    let end = out.trim_end().len();
    out.truncate(end);
    out
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "blockquote"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "footer"
            | "hr"
            | "li"
            | "main"
            | "ol"
            | "p"
            | "section"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "ul"
    )
}

/// Appends text with its white space collapsed, keeping one space at a boundary between words.
fn push_words(out: &mut String, text: &str) {
    let at_line_start = out.is_empty() || out.ends_with('\n');
    if text.starts_with(char::is_whitespace) && !at_line_start && !out.ends_with(' ') {
        out.push(' ');
    }
    let mut words = text.split_whitespace().peekable();
    while let Some(w) = words.next() {
        out.push_str(w);
        if words.peek().is_some() {
            out.push(' ');
        }
    }
    if text.ends_with(char::is_whitespace) && !text.trim().is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

fn trim_spaces(out: &mut String) {
    let end = out.trim_end_matches(' ').len();
    out.truncate(end);
}

fn line_break(out: &mut String) {
    trim_spaces(out);
    out.push('\n');
}

fn paragraph(out: &mut String) {
    trim_spaces(out);
    if out.is_empty() || out.ends_with("\n\n") {
        return;
    }
    out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        text_of(&Dom::from(html).root())
    }

    #[test]
    fn blocks_breaks_and_white_space() {
        assert_eq!(text("<p>One  <b>two</b>\n three</p><p>Four</p>"), "One two three\n\nFour");
        assert_eq!(text("<div>A<br>B<br><br>C</div>"), "A\nB\n\nC");
        assert_eq!(text("<ul><li>a</li><li> b </li></ul>x"), "a\n\nb\n\nx");
        assert_eq!(text("<p>a<span> b</span>c</p>"), "a bc");
        assert_eq!(text("<pre>  keep\n  this</pre>"), "keep\n  this".replacen("keep", "  keep", 1));
        assert_eq!(text(""), "");
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let html = format!("{}On October 7.{}", "<div><span>".repeat(3_000), "</span></div>".repeat(3_000));
        assert_eq!(text(&html), "On October 7.");
        // Readability is left out on such a page: its cost grows with the square of the depth.
        let started = std::time::Instant::now();
        assert_eq!(read(&html).1, "On October 7.");
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }

    #[test]
    fn dates_from_meta_time_and_json_ld() {
        let date = |html: &str| read(html).0.published.map(|d| d.to_string());
        let ld = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2015-10-01T08:00:00Z"}</script>"#;
        assert_eq!(date(ld).as_deref(), Some("2015-10-01"));
        assert_eq!(date(r#"<meta name="DC.date.issued" content="2015-11-03">"#).as_deref(), Some("2015-11-03"));
        assert_eq!(
            date(r#"<span itemprop="datePublished" content="2015-09-30"></span>"#).as_deref(),
            Some("2015-09-30")
        );
        assert_eq!(
            date(r#"<aside><time datetime="2015-01-01">x</time></aside><article><time datetime="2015-10-07">x</time></article>"#)
                .as_deref(),
            Some("2015-10-07")
        );
        assert_eq!(date(r#"<time datetime="15:20">15:20</time><meta name="date" content="soon">"#), None);
    }

    #[test]
    fn link_lists_are_chrome() {
        let (_, t) = read(
            "<body><div><a href=/>Home</a> | <a href=/w>World</a></div>\
             <p>On October 7, four ships fired 26 missiles, <a href=/s>the ministry said</a>.</p></body>",
        );
        assert_eq!(t, "On October 7, four ships fired 26 missiles, the ministry said.");
    }
}
