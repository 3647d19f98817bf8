//! Throughput of the tagger and of the whole pipeline on real news text.
//!
//! ```text
//! cargo run --release --example throughput [-- [--corpus docs.jsonl] [--mb 50] [--only tag|extract]]
//! ```
//!
//! The corpus (by default the TempEval-3 training texts) is repeated, each copy with fresh ids, until
//! it holds at least `--mb` megabytes of text. `tag` runs the tagger over every text against its
//! document date; `extract` runs parse, normalize and merge over all documents at once. Each prints
//! its MB/s (megabytes of text per second of wall time, reading and writing excluded) and the
//! process's peak resident memory so far.

use std::time::Instant;

use chrono::NaiveDate;
use serde::Deserialize;
use timeline_extract::{Document, extract_timeline};

#[derive(Deserialize)]
struct Doc {
    id: String,
    dct: Option<NaiveDate>,
    text: String,
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let mut corpus = format!("{}/../shared/corpora/tempeval3-train/docs.jsonl", env!("CARGO_MANIFEST_DIR"));
    let mut mb = 50.0f64;
    let mut only: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--corpus" => corpus = args.next().unwrap_or_default(),
            "--mb" => mb = args.next().and_then(|v| v.parse().ok()).unwrap_or(mb),
            "--only" => only = args.next(),
            other => {
                eprintln!(
                    "unknown argument {other:?}; usage: throughput [--corpus docs.jsonl] [--mb 50] [--only tag|extract]"
                );
                std::process::exit(2);
            }
        }
    }
    let data = match std::fs::read_to_string(&corpus) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{corpus}: {e}");
            std::process::exit(1);
        }
    };
    let base: Vec<Doc> =
        data.lines().filter(|l| !l.trim().is_empty()).filter_map(|l| serde_json::from_str(l).ok()).collect();
    let base_bytes: usize = base.iter().map(|d| d.text.len()).sum();
    if base_bytes == 0 {
        eprintln!("{corpus}: no documents");
        std::process::exit(1);
    }
    let copies = ((mb * 1e6) / base_bytes as f64).ceil().max(1.0) as usize;
    let mut docs: Vec<(String, Option<NaiveDate>, String)> = Vec::with_capacity(base.len() * copies);
    for c in 0..copies {
        for d in &base {
            docs.push((format!("{}#{c}", d.id), d.dct, d.text.clone()));
        }
    }
    let bytes: usize = docs.iter().map(|d| d.2.len()).sum();
    println!("corpus: {} documents, {:.1} MB of text ({copies} copies of {corpus})", docs.len(), bytes as f64 / 1e6);

    if only.as_deref().is_none_or(|o| o == "tag") {
        let texts: Vec<(&str, Option<NaiveDate>)> = docs.iter().map(|(_, dct, text)| (text.as_str(), *dct)).collect();
        let started = Instant::now();
        let found: usize = timeline_extract::tag_many(&texts).iter().map(Vec::len).sum();
        let secs = started.elapsed().as_secs_f64();
        println!(
            "tag:     {:7.1} MB/s  ({found} expressions in {secs:.2} s; peak memory {:.0} MB)",
            bytes as f64 / secs / 1e6,
            peak_memory_mb().unwrap_or(f64::NAN)
        );
    }

    if only.as_deref().is_none_or(|o| o == "extract") {
        let documents: Vec<Document> = docs
            .iter()
            .map(|(id, dct, text)| {
                let d = Document::new(id.clone(), text.clone());
                match dct {
                    Some(date) => d.published(*date),
                    None => d,
                }
            })
            .collect();
        let started = Instant::now();
        let timeline = match extract_timeline(&documents) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("extract: {e}");
                std::process::exit(1);
            }
        };
        let secs = started.elapsed().as_secs_f64();
        let reports: usize = timeline.events.iter().map(|e| e.reports.len()).sum();
        println!(
            "extract: {:7.1} MB/s  ({} events from {reports} reports in {secs:.2} s; peak memory {:.0} MB)",
            bytes as f64 / secs / 1e6,
            timeline.events.len(),
            peak_memory_mb().unwrap_or(f64::NAN)
        );
    }
}
