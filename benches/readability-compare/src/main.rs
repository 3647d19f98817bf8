//! Runs each Readability port on the HTML fixtures and counts, per page, the article passages kept
//! and the page-chrome passages leaked into the text, whether paragraphs stay apart, the publication
//! date found, and the time per page.
//!
//! ```text
//! cd benches/readability-compare && cargo run --release -- ../../fixtures/html
//! ```

use std::time::Instant;

type Port = fn(&str) -> Result<(String, Option<String>), String>;

fn dom_smoothie(html: &str) -> Result<(String, Option<String>), String> {
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let mut r = dom_smoothie::Readability::new(html, None, Some(cfg)).map_err(|e| e.to_string())?;
    let a = r.parse().map_err(|e| e.to_string())?;
    Ok((a.text_content.to_string(), a.published_time))
}

fn legible(html: &str) -> Result<(String, Option<String>), String> {
    let a = legible::parse(html, None, None).map_err(|e| e.to_string())?;
    Ok((a.text_content, a.published_time))
}

fn legible_markdown(html: &str) -> Result<(String, Option<String>), String> {
    let a = legible::parse(html, None, None).map_err(|e| e.to_string())?;
    Ok((a.markdown_content, a.published_time))
}

fn readability_rs(html: &str) -> Result<(String, Option<String>), String> {
    let url = url::Url::parse("https://example.invalid/").map_err(|e| e.to_string())?;
    let r = readability::extract(&mut html.as_bytes(), &url, Default::default()).map_err(|e| e.to_string())?;
    Ok((r.text, None))
}

/// timeline-extract's reader: page chrome dropped by structure, then dom_smoothie.
fn ours(html: &str) -> Result<(String, Option<String>), String> {
    let (info, text) = timeline_extract::input::html::read(html);
    Ok((text, info.published.map(|d| d.to_string())))
}

struct Page {
    file: &'static str,
    keep: &'static [&'static str],
    drop: &'static [&'static str],
    /// Two passages that are separate paragraphs on the page.
    apart: (&'static str, &'static str),
}

const PAGES: &[Page] = &[
    Page {
        file: "news-article.html",
        keep: &[
            "Four Russian warships in the Caspian Sea fired 26",
            "1,500 kilometres over Iran",
            "more than 100 sorties",
            "Western officials said on Wednesday",
            "All 11 targets were destroyed",
            "63rd birthday",
        ],
        drop: &[
            "cookies", "Share on Facebook", "Tweet", "Most read", "Storm warnings", "Read more",
            "October 1, 2015: Russia launches", "morning briefing", "reader_41", "Updated just now", "dataLayer",
            "All rights reserved", "Advertisement", "Politics", "LinkedIn", "Topics:", "agency pool",
        ],
        apart: ("no civilian objects were hit.", "Russian aircraft have flown"),
    },
    Page {
        file: "live-blog.html",
        keep: &[
            "3 October 2015", "more than 60 missions", "intensified", "2 October 2015", "12 targets overnight",
            "joint statement", "30 September 2015", "unanimously approved",
        ],
        drop: &["Sign in", "Facebook", "Markets close higher", "Copyright", "liveConfig", "no longer being updated"],
        apart: ("2 October 2015", "18:40"),
    },
    Page {
        file: "table-layout.html",
        keep: &["03Nov15", "established contacts", "1,631 sorties", "24 sorties a day", "[Source: Itar Tass, Moscow, 03Nov15]"],
        drop: &["Donate", "Bookshop", "News archive", "Español", "Copyright", "Fair use"],
        apart: ("03Nov15", "Russian General Staff reports"),
    },
    Page {
        file: "bare.html",
        keep: &["Briefing note, 4 November 2015", "1,631 sorties", "contacts with representatives"],
        drop: &[],
        apart: ("Briefing note, 4 November 2015.", "On November 3"),
    },
];

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../../fixtures/html".to_string());
    let ports: [(&str, Port); 5] = [
        ("dom_smoothie 0.19 (formatted text)", dom_smoothie),
        ("legible 0.5 (text)", legible),
        ("legible 0.5 (markdown)", legible_markdown),
        ("readability-rs 0.5", readability_rs),
        ("timeline-extract (chrome dropped, then dom_smoothie)", ours),
    ];
    println!("| page | port | kept | leaked | paragraphs apart | date | µs/page |");
    println!("|---|---|---:|---:|---|---|---:|");
    for page in PAGES {
        let html = match std::fs::read_to_string(format!("{dir}/{}", page.file)) {
            Ok(h) => h,
            Err(e) => {
                eprintln!("{dir}/{}: {e}", page.file);
                std::process::exit(1);
            }
        };
        for (name, port) in ports {
            const RUNS: u32 = 50;
            let started = Instant::now();
            let mut result = port(&html);
            for _ in 1..RUNS {
                result = port(&html);
            }
            let micros = started.elapsed().as_micros() / u128::from(RUNS);
            match result {
                Err(e) => println!("| {} | {name} | error: {e} | | | | {micros} |", page.file),
                Ok((text, date)) => {
                    let kept = page.keep.iter().filter(|k| text.contains(*k)).count();
                    let leaked: Vec<&str> = page.drop.iter().copied().filter(|d| text.contains(d)).collect();
                    let apart = match (text.find(page.apart.0), text.find(page.apart.1)) {
                        (Some(a), Some(b)) if a < b => {
                            if text[a + page.apart.0.len()..b].contains('\n') { "yes" } else { "no" }
                        }
                        _ => "n/a",
                    };
                    println!(
                        "| {} | {name} | {kept}/{} | {}/{}{} | {apart} | {} | {micros} |",
                        page.file,
                        page.keep.len(),
                        leaked.len(),
                        page.drop.len(),
                        if leaked.is_empty() { String::new() } else { format!(" ({})", leaked.join(", ")) },
                        date.as_deref().unwrap_or("—"),
                    );
                    if std::env::var_os("SHOW").is_some() {
                        println!("\n```\n{text}\n```\n");
                    }
                }
            }
        }
    }
}
