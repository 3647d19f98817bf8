//! Cost on hostile input: time and peak heap of the tagger and of the whole pipeline on inputs built to
//! break a parser, each at a quarter, a half and all of its full size, so that the growth shows.
//!
//! ```text
//! cargo run --release --example adversarial [-- [--scale 1.0] [--repeat 3] [--only NAME]]
//! ```
//!
//! The cases, at full size (`--scale` multiplies every size):
//! - `no-newline`: 10 MB of news text (the seed documents, repeated) with every line end turned into a space;
//! - `million-dates`: one document with a million date expressions in twelve forms, one per sentence;
//! - `one-sentence`: 10 MB of "on October 7 and " with no full stop: every date in one sentence;
//! - `100k-docs`: a hundred thousand one-line documents, each a dated report of one of 5,000 events;
//! - `month-repeat`: "October October October ...", 10 MB;
//! - `year-dashes`: "2015-2015-2015-...", 10 MB with no space;
//! - `one-token`: 10 MB of one letter, no space.
//!
//! For each size it prints the bytes and documents, the seconds and MB/s of `tag` (every text against its
//! date) and of `extract` (parse, normalize, merge), the peak heap that each needed above the input, and
//! the time ratio to the size before it: about 2 where the cost is linear. Every run is a process of its
//! own (so that none inherits memory that another freed); each time is the fastest of `--repeat` runs,
//! each heap the largest.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use chrono::NaiveDate;
use timeline_extract::{Document, extract_timeline, tag_many};

/// The system allocator, counting the bytes held now and the most held since the last reset.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = HELD.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                HELD.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f`, returning its result, its seconds and the most heap it held above what was held before.
fn measure<R>(f: impl FnOnce() -> R) -> (R, f64, usize) {
    let before = HELD.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let started = Instant::now();
    let r = f();
    let secs = started.elapsed().as_secs_f64();
    (r, secs, PEAK.load(Ordering::Relaxed).saturating_sub(before))
}

fn dct() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2015, 11, 3)
}

/// `unit` repeated until the text holds `bytes` bytes (whole units).
fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

fn seeds_text() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|it| {
            it.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect()
        })
        .unwrap_or_default();
    paths.sort();
    let text: String = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect::<Vec<_>>().join(" ");
    if text.trim().is_empty() {
        eprintln!("{dir}: no seed documents (*.txt)");
        std::process::exit(1);
    }
    text
}

const FORMS: [&str; 12] = [
    "On October 7, 2015",
    "on Tuesday",
    "2015-10-07",
    "three days ago",
    "In mid-November",
    "Since September 30",
    "Last week",
    "On 30Nov15",
    "In 2013-2014",
    "Over the past 24 hours",
    "At 11 a.m. Moscow time",
    "Every Monday",
];

/// One case: its name and, for a scale, the documents.
struct Case {
    name: &'static str,
    build: fn(f64) -> Vec<Document>,
}

fn one(text: String) -> Vec<Document> {
    vec![Document::new("d", text).published(dct().unwrap_or_default())]
}

fn size(scale: f64) -> usize {
    (10e6 * scale) as usize
}

const CASES: &[Case] = &[
    Case {
        name: "no-newline",
        build: |s| {
            let flat: String = seeds_text().chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
            one(repeated(&flat, size(s)))
        },
    },
    Case {
        name: "million-dates",
        build: |s| {
            let n = (1e6 * s) as usize;
            let mut text = String::with_capacity(n * 40);
            for i in 0..n {
                text.push_str(FORMS[i % FORMS.len()]);
                text.push_str(&format!(" the jets flew {} sorties. ", i % 97));
            }
            one(text)
        },
    },
    Case { name: "one-sentence", build: |s| one(repeated("on October 7 and ", size(s))) },
    // One sentence of clauses, each with a time of its own: every comma and semicolon is a cut to weigh.
    Case { name: "clauses", build: |s| one(repeated("rain fell on Monday, and the river rose on Tuesday; ", size(s))) },
    Case {
        name: "100k-docs",
        build: |s| {
            let n = (1e5 * s) as usize;
            (0..n)
                .map(|i| {
                    let event = i % 5000;
                    let day = 1 + event % 28;
                    let text = format!(
                        "On October {day}, 2015, aircraft flew {} sorties and struck {} targets near town {}.",
                        20 + event % 50,
                        event,
                        event % 300
                    );
                    let doc = Document::new(format!("doc{i:06}"), text).source(format!("outlet{}", i % 40));
                    match NaiveDate::from_ymd_opt(2015, 10, day as u32) {
                        Some(d) if i % 3 != 0 => doc.published(d),
                        _ => doc,
                    }
                })
                .collect()
        },
    },
    Case { name: "month-repeat", build: |s| one(repeated("October ", size(s))) },
    Case { name: "year-dashes", build: |s| one(repeated("2015-", size(s))) },
    Case { name: "one-token", build: |s| one("a".repeat(size(s))) },
];

/// One stage on one case at one size, in this process: its seconds, heap, and what it found.
fn run_child(name: &str, scale: f64, stage: &str) {
    let Some(case) = CASES.iter().find(|c| c.name == name) else {
        eprintln!("no case {name:?}");
        std::process::exit(2);
    };
    let docs = (case.build)(scale);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let (found, secs, heap) = if stage == "tag" {
        let texts: Vec<(&str, Option<NaiveDate>)> = docs.iter().map(|d| (d.text.as_str(), d.published)).collect();
        measure(|| tag_many(&texts).iter().map(Vec::len).sum::<usize>())
    } else {
        let (timeline, secs, heap) = measure(|| extract_timeline(&docs));
        match timeline {
            Ok(t) => (t.events.len(), secs, heap),
            Err(e) => {
                eprintln!("{name}: {e}");
                std::process::exit(1);
            }
        }
    };
    println!("{secs} {heap} {found} {bytes} {}", docs.len());
}

/// A measurement from a child process of this program: (seconds, heap bytes, found, text bytes, documents).
fn child(name: &str, scale: f64, stage: &str) -> (f64, usize, usize, usize, usize) {
    let exe = std::env::current_exe().unwrap_or_else(|_| "adversarial".into());
    let out = std::process::Command::new(exe).args(["--child", name, &scale.to_string(), stage]).output();
    let parsed = out.ok().filter(|o| o.status.success()).and_then(|o| {
        let line = String::from_utf8_lossy(&o.stdout).into_owned();
        let f: Vec<&str> = line.split_whitespace().collect();
        Some((
            f.first()?.parse().ok()?,
            f.get(1)?.parse().ok()?,
            f.get(2)?.parse().ok()?,
            f.get(3)?.parse().ok()?,
            f.get(4)?.parse().ok()?,
        ))
    });
    parsed.unwrap_or_else(|| {
        eprintln!("{name} {stage} at scale {scale}: the measuring process failed");
        std::process::exit(1);
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, name, scale, stage] = &args[..]
        && flag == "--child"
    {
        run_child(name, scale.parse().unwrap_or(1.0), stage);
        return;
    }
    let mut scale = 1.0f64;
    let mut only: Option<String> = None;
    let mut repeat = 3usize;
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--scale" => scale = args.next().and_then(|v| v.parse().ok()).filter(|v: &f64| *v > 0.0).unwrap_or(scale),
            "--only" => only = args.next(),
            "--repeat" => repeat = args.next().and_then(|v| v.parse().ok()).filter(|&r| r > 0).unwrap_or(repeat),
            other => {
                eprintln!("unknown argument {other:?}; usage: adversarial [--scale 1.0] [--repeat 3] [--only NAME]");
                std::process::exit(2);
            }
        }
    }
    println!(
        "| case | size | MB | docs | tag s | tag MB/s | tag heap MB | tag ×time | extract s | extract MB/s | extract heap MB | extract ×time |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for case in CASES.iter().filter(|c| only.as_deref().is_none_or(|o| o == c.name)) {
        let mut previous: Option<(f64, f64)> = None;
        for (label, part) in [("1/4", 0.25), ("1/2", 0.5), ("1", 1.0)] {
            // Each run in a fresh process, so that no run inherits memory another freed; the fastest counts.
            let best = |stage: &str| {
                let runs: Vec<_> = (0..repeat).map(|_| child(case.name, scale * part, stage)).collect();
                let fastest = runs.iter().map(|r| r.0).fold(f64::INFINITY, f64::min);
                let heap = runs.iter().map(|r| r.1).max().unwrap_or(0);
                (fastest, heap, runs[0].2, runs[0].3, runs[0].4)
            };
            let (tag_secs, tag_heap, found, bytes, docs) = best("tag");
            let (extract_secs, extract_heap, events, _, _) = best("extract");
            let mb = bytes as f64 / 1e6;
            let ratio = |now: f64, before: Option<f64>| before.map_or("".to_string(), |b| format!("{:.2}", now / b));
            println!(
                "| {} | {label} | {mb:.1} | {docs} | {tag_secs:.3} | {:.1} | {:.1} | {} | {extract_secs:.3} | {:.1} | {:.1} | {} |",
                case.name,
                mb / tag_secs,
                tag_heap as f64 / 1e6,
                ratio(tag_secs, previous.map(|p| p.0)),
                mb / extract_secs,
                extract_heap as f64 / 1e6,
                ratio(extract_secs, previous.map(|p| p.1)),
            );
            eprintln!("{} {label}: {found} expressions, {events} events", case.name);
            previous = Some((tag_secs, extract_secs));
        }
    }
}
