//! One self-contained HTML page: a vertical timeline that a reader scans, each event with its date,
//! its sentence and its sources, and the reports behind it on a click (`<details>`).
//!
//! The page has no script and fetches nothing: its style is inline, and its Content-Security-Policy
//! allows no script, no fetch and no form. All document text is escaped, so markup in an article
//! (`<script>alert(1)</script>`) is shown as text. It works from a `file://` URL, offline.

use std::fmt::Write;

use chrono::Datelike;

use super::Options;
use super::common::{
    Group, Shape, Sources, basis_phrase, day_short, escape_html as esc, group_heading, groups, one_line, plural, shape,
    summary, value_words, word,
};
use crate::Timeline;

/// The page's style.
const CSS: &str = include_str!("page.css");
/// The colours the sources' labels cycle through (see `page.css`).
const PALETTE: usize = 10;
/// The page's Content-Security-Policy: no script, no fetch, no form; inline style only.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// The timeline as one HTML page.
///
/// ```
/// use timeline_extract::render::{Options, html};
/// use timeline_extract::{Document, extract_timeline};
///
/// let docs = [Document::new("a.txt", "30Nov15\n\nOn October 7, <script>alert(1)</script> ships fired 26 missiles.")];
/// let page = html::render(&extract_timeline(&docs)?, &Options::new());
/// assert!(page.contains("ships fired 26 missiles"));
/// assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
/// assert!(!page.contains("<script"));
/// # Ok::<(), timeline_extract::Error>(())
/// ```
pub fn render(t: &Timeline, opts: &Options) -> String {
    let sources = Sources::new(t, opts);
    let groups = groups(t);
    let title = esc(&one_line(opts.title_or_default()));
    let mut out = String::with_capacity(4096 + t.events.len() * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n\
         <meta name=\"generator\" content=\"timeline-extract {}\">\n<title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION")
    );
    let reports: usize = t.events.iter().map(|e| e.reports.len()).sum();
    let _ = write!(
        out,
        "<header class=\"masthead\">\n<p class=\"kicker\">Timeline</p>\n<h1>{title}</h1>\n\
         <p class=\"summary\">{}, told in {reports} report{}.</p>\n\
         <p class=\"howto\">Each entry is one event: its date, a sentence from one report of it, and the sources \
         that report it. Open <em>reports</em> under an entry to read every report behind it, word for word, \
         with how its date was found.</p>\n</header>\n<div class=\"layout\">\n",
        esc(&summary(t)),
        plural(reports)
    );
    index(&mut out, &groups, &sources);
    out.push_str("<main class=\"timeline\">\n");
    let mut section: Option<String> = None;
    for (gk, g) in groups.iter().enumerate() {
        let (key, heading) = section_of(g);
        if section.as_deref() != Some(key.as_str()) {
            if section.is_some() {
                out.push_str("</div>\n</section>\n");
            }
            let _ = write!(
                out,
                "<section class=\"period\" id=\"p-{}\">\n<h2>{}</h2>\n<div class=\"days\">\n",
                esc(&key),
                esc(&heading)
            );
            section = Some(key);
        }
        day(&mut out, gk, g, &sources);
    }
    if section.is_some() {
        out.push_str("</div>\n</section>\n");
    }
    if t.events.is_empty() {
        out.push_str("<p class=\"empty\">No events were found in these documents.</p>\n");
    }
    out.push_str("</main>\n</div>\n");
    let _ = write!(
        out,
        "<footer class=\"colophon\"><p>Made by timeline-extract from {} document{}. Dates are TIMEX3 values; \
         every sentence is quoted exactly as its source has it.</p></footer>\n</body>\n</html>\n",
        t.documents.len(),
        plural(t.documents.len())
    );
    out
}

/// The period a group belongs to, for the page's sections: a month, a year, or "undated".
fn section_of(g: &Group) -> (String, String) {
    let Some(d) = g.date else { return ("undated".to_string(), "Undated".to_string()) };
    match (shape(&d.value), d.start) {
        (Shape::Year(y), _) | (Shape::Years(y, _), _) => (y.to_string(), y.to_string()),
        (Shape::Decade(y), _) => (format!("{y}s"), format!("{y}s")),
        (Shape::Century(y), _) => (format!("century-{y}"), value_words(&d.value, false).unwrap_or_default()),
        (_, Some(s)) => (format!("{}-{:02}", s.year(), s.month()), s.format("%B %Y").to_string()),
        (_, None) => ("other".to_string(), "Year unknown".to_string()),
    }
}

/// The side column: the periods with their event counts, and the sources with their labels.
fn index(out: &mut String, groups: &[Group], sources: &Sources) {
    let mut periods: Vec<(String, String, usize)> = Vec::new();
    for g in groups {
        let (key, heading) = section_of(g);
        match periods.last_mut() {
            Some((k, _, n)) if *k == key => *n += g.events.len(),
            _ => periods.push((key, heading, g.events.len())),
        }
    }
    out.push_str("<nav class=\"index\" aria-label=\"Periods and sources\">\n");
    if !periods.is_empty() {
        out.push_str("<h2>Periods</h2>\n<ol class=\"periods\">\n");
        for (key, heading, n) in &periods {
            let _ = writeln!(
                out,
                "<li><a href=\"#p-{}\">{}</a> <span class=\"count\">{n}</span></li>",
                esc(key),
                esc(heading)
            );
        }
        out.push_str("</ol>\n");
    }
    out.push_str("<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for (k, s) in sources.list.iter().enumerate() {
        let _ = write!(out, "<li id=\"src-{}\">{} ", k + 1, chip(k, &s.label, None));
        let name = match &s.url {
            Some(url) => format!("<a href=\"{}\" rel=\"noreferrer\">{}</a>", esc(url), esc(&s.id)),
            None => esc(&s.id),
        };
        let _ = write!(out, "<span class=\"doc\">{name}</span>");
        let mut about = Vec::new();
        if let Some(title) = &s.title {
            about.push(format!("“{}”", esc(&one_line(title))));
        }
        if let Some(n) = &s.name {
            about.push(esc(&one_line(n)));
        }
        about.push(match &s.anchor {
            Some((date, basis)) => format!("dated {} ({})", day_short(*date), esc(basis)),
            None => "no date".to_string(),
        });
        let _ = writeln!(out, " <span class=\"about\">{}</span></li>", about.join(" · "));
    }
    out.push_str("</ol>\n</nav>\n");
}

/// A source's label as a coloured chip, linking to its entry in the source list when `link` is set.
fn chip(k: usize, label: &str, link: Option<usize>) -> String {
    let class = format!("chip s{}", k % PALETTE);
    match link {
        Some(n) => format!("<a class=\"{class}\" href=\"#src-{n}\">{}</a>", esc(label)),
        None => format!("<span class=\"{class}\">{}</span>", esc(label)),
    }
}

/// One date of the timeline with its events.
fn day(out: &mut String, gk: usize, g: &Group, sources: &Sources) {
    let iso = g.date.map(|d| d.value.as_str()).unwrap_or("");
    let start = g.date.and_then(|d| d.start).map(|d| d.to_string()).unwrap_or_default();
    let _ = write!(
        out,
        "<div class=\"day\" id=\"d-{}\" data-start=\"{}\">\n<h3><time datetime=\"{}\">{}</time></h3>\n<ol class=\"events\">\n",
        gk + 1,
        esc(&start),
        esc(iso),
        esc(&day_heading(g))
    );
    for (k, e) in &g.events {
        let many = e.sources.len() > 1;
        let _ = write!(
            out,
            "<li class=\"event{}\" id=\"e-{}\" data-start=\"{}\">\n<p class=\"sentence\">{}</p>\n<p class=\"meta\">",
            if many { " corroborated" } else { "" },
            k + 1,
            esc(&start),
            esc(&one_line(&e.text))
        );
        for id in &e.sources {
            match sources.position(id) {
                Some(p) => out.push_str(&chip(p, &sources.list[p].label, Some(p + 1))),
                None => out.push_str(&format!("<span class=\"chip\">{}</span>", esc(id))),
            }
            out.push(' ');
        }
        if many {
            let _ = write!(out, "<span class=\"agree\">{} sources</span>", e.sources.len());
        }
        out.push_str("</p>\n");
        reports(out, e, sources);
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</div>\n");
}

/// A date's heading: the day in words, or "In March 1991", "In 2013–2014" for a month or years.
fn day_heading(g: &Group) -> String {
    let words = group_heading(g, false);
    match g.date.map(|d| shape(&d.value)) {
        Some(Shape::Month(..) | Shape::Year(_) | Shape::Years(..) | Shape::Part(..)) => format!("In {words}"),
        Some(Shape::Decade(_) | Shape::Century(_)) => format!("In the {words}"),
        _ => words,
    }
}

/// The reports behind an event, folded.
fn reports(out: &mut String, e: &crate::timeline::Event, sources: &Sources) {
    if e.reports.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<details class=\"reports\">\n<summary>{} report{}</summary>\n<ol>\n",
        e.reports.len(),
        plural(e.reports.len())
    );
    let sentence = one_line(&e.text);
    for r in &e.reports {
        let (label, p) = match sources.position(&r.doc) {
            Some(p) => (sources.list[p].label.as_str(), p),
            None => (r.doc.as_str(), 0),
        };
        // The report that gave the event its sentence is not quoted twice.
        let quote = one_line(&r.text);
        let body = if quote == sentence {
            "<p class=\"same\">The sentence above, as this source has it.</p>".to_string()
        } else {
            format!("<blockquote>{}</blockquote>", esc(&quote))
        };
        let _ = writeln!(
            out,
            "<li class=\"report\">{}{body}<p class=\"where\">{}, bytes {}–{} · dated by {}</p></li>",
            chip(p, label, None),
            esc(&r.doc),
            r.start,
            r.end,
            esc(&basis_phrase(&word(&r.basis)))
        );
    }
    out.push_str("</ol>\n");
    if let Some(d) = &e.date {
        let _ = writeln!(
            out,
            "<p class=\"timex\">TIMEX3 <code>{}</code>{}</p>",
            esc(&d.value),
            match (d.start, d.end) {
                (Some(a), Some(b)) if a != b => format!(", {} to {}", a, b),
                _ => String::new(),
            }
        );
    }
    out.push_str("</details>\n");
}
