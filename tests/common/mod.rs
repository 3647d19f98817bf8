//! What several integration tests share: the seed documents, the example binary, and the look-ups of the
//! story tests.
// Each test crate uses some of these, not all.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use timeline_extract::Document;
use timeline_extract::timeline::{Event, Timeline};

/// The seed documents' files: every .txt file of fixtures/seeds, in name order.
pub fn seed_paths() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixtures/seeds")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

/// The seed documents, each with its file name as its id and no date given.
pub fn seeds() -> Vec<Document> {
    seed_paths()
        .iter()
        .map(|p| {
            Document::new(p.file_name().expect("name").to_string_lossy(), std::fs::read_to_string(p).expect("utf-8"))
        })
        .collect()
}

/// The example binary, which `cargo test` builds beside the test binaries.
pub fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary");
    let dir = exe.parent().and_then(Path::parent).expect("target directory");
    let bin = dir.join("examples").join(format!("timeline{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "{} is missing: cargo test builds the examples", bin.display());
    bin
}

/// The events of `t` with a report whose text holds `words`.
pub fn events_with<'t>(t: &'t Timeline, words: &str) -> Vec<&'t Event> {
    t.events.iter().filter(|e| e.reports.iter().any(|r| r.text.contains(words))).collect()
}

/// An event's TIMEX3 value, if it is dated.
pub fn date(e: &Event) -> Option<&str> {
    e.date.as_ref().map(|d| d.value.as_str())
}
