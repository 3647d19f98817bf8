//! The `merge` command of the example binary: the seeds extracted in one run, or in 1, 2 or 5 shards merged
//! with `timeline merge`, give byte-identical JSON; bad input is named and the rest still merged.

mod common;
use common::{binary, seed_paths};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&Path]) -> Output {
    Command::new(binary()).args(args).output().expect("run")
}

fn extract(paths: &[PathBuf]) -> Vec<u8> {
    let mut args: Vec<&Path> = vec![Path::new("extract"), Path::new("--format"), Path::new("json")];
    args.extend(paths.iter().map(PathBuf::as_path));
    let out = run(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("timeline-cli-merge-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch");
    dir
}

fn merge_shards(shards: &[Vec<PathBuf>], dir: &Path) -> Vec<u8> {
    let files: Vec<PathBuf> = shards
        .iter()
        .enumerate()
        .map(|(k, shard)| {
            let file = dir.join(format!("shard{k}.json"));
            std::fs::write(&file, extract(shard)).expect("write");
            file
        })
        .collect();
    let mut args: Vec<&Path> = vec![Path::new("merge")];
    args.extend(files.iter().map(PathBuf::as_path));
    let out = run(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

#[test]
fn shards_merged_by_the_command_give_the_same_bytes() {
    let seeds = seed_paths();
    assert_eq!(seeds.len(), 5);
    let whole = extract(&seeds);
    let dir = scratch("shards");
    assert_eq!(merge_shards(std::slice::from_ref(&seeds), &dir), whole);
    let two =
        vec![vec![seeds[0].clone(), seeds[2].clone(), seeds[3].clone()], vec![seeds[1].clone(), seeds[4].clone()]];
    assert_eq!(merge_shards(&two, &dir), whole);
    let five: Vec<Vec<PathBuf>> = seeds.iter().map(|s| vec![s.clone()]).collect();
    assert_eq!(merge_shards(&five, &dir), whole);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn bad_input_is_named_and_the_rest_merged() {
    let seeds = seed_paths();
    let dir = scratch("bad");
    let good = dir.join("good.json");
    std::fs::write(&good, extract(&seeds[..1])).expect("write");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\"documents\": [").expect("write");
    let missing = dir.join("missing.json");
    let out = run(&[Path::new("merge"), &good, &broken, &missing]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.json") && err.contains("missing.json"), "{err}");
    assert_eq!(out.stdout, extract(&seeds[..1]));
    let out = run(&[Path::new("merge")]);
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn two_versions_of_one_document_are_refused_with_their_files() {
    let dir = scratch("conflict");
    let (a, b) = (dir.join("a"), dir.join("b"));
    std::fs::create_dir_all(&a).expect("dir");
    std::fs::create_dir_all(&b).expect("dir");
    std::fs::write(a.join("story.txt"), "Jets flew 20 sorties on Tuesday, the ministry said.").expect("write");
    std::fs::write(b.join("story.txt"), "Jets flew 60 sorties on Tuesday, the ministry said.").expect("write");
    let (ja, jb) = (dir.join("a.json"), dir.join("b.json"));
    std::fs::write(&ja, extract(&[a.join("story.txt")])).expect("write");
    std::fs::write(&jb, extract(&[b.join("story.txt")])).expect("write");
    let out = run(&[Path::new("merge"), &ja, &jb]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a.json") && err.contains("b.json") && err.contains("story.txt"), "{err}");
    assert!(out.stdout.is_empty());
    let _ = std::fs::remove_dir_all(dir);
}
