//! What several integration tests share: the seed documents and the example binary.
// Each test crate uses some of these, not all.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use timeline_extract::Document;

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
