//! Reading inputs as they come: folders of mixed files, web pages, JSONL, odd encodings and bad files.

use std::fs;
use std::path::{Path, PathBuf};

use timeline_extract::input::{InputError, Kind, Reader};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(path)
}

/// A fresh, empty folder under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("inputs").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn a_mixed_folder_gives_every_good_document_and_names_the_binary_file() {
    let loaded = Reader::new().read_paths(&[fixture("mixed")]);
    let ids: Vec<&str> = loaded.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "000_8d1b5cfa222b0392.txt",
            "001_46dca260d8254e6a.txt",
            "002_9be235a567afa4a9.txt",
            "003_ac9c950480420622.txt",
            "004_a94e1ed83033f5ea.txt",
            "meridian-herald-caspian-launch.html",
            "wire-2015-10-01",
            "wire-2015-11-04",
        ]
    );
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    let error = &loaded.errors[0];
    assert!(matches!(error, InputError::NotText { .. }), "{error:?}");
    assert!(error.path().ends_with("strike-map.png"));
    assert!(error.to_string().contains("strike-map.png: not a text file"), "{error}");

    // The seeds read through the folder are the seeds, byte for byte.
    let seed = fs::read_to_string(fixture("seeds/000_8d1b5cfa222b0392.txt")).expect("seed");
    assert_eq!(loaded.documents[0].text, seed);
    // The JSONL documents keep their metadata; a CRLF inside a JSON string becomes LF.
    let wire = &loaded.documents[7];
    assert_eq!(wire.source.as_deref(), Some("Wire Agency"));
    assert_eq!(wire.published.map(|d| d.to_string()).as_deref(), Some("2015-11-04"));
    assert!(wire.text.contains("on Tuesday.\n\nHe said") && !wire.text.contains('\r'));
}

#[test]
fn the_news_page_gives_its_article_and_its_date_without_the_page_around_it() {
    let loaded = Reader::new().read_paths(&[fixture("html/news-article.html")]);
    assert!(loaded.errors.is_empty());
    let doc = &loaded.documents[0];
    assert_eq!(doc.published.map(|d| d.to_string()).as_deref(), Some("2015-10-08"));
    assert_eq!(doc.source.as_deref(), Some("The Meridian Herald"));
    assert_eq!(doc.url.as_deref(), Some("https://meridian-herald.example/world/2015/10/08/caspian-cruise-missiles"));
    assert_eq!(doc.title.as_deref(), Some("Russian warships fire cruise missiles at Syria from the Caspian Sea"));
    for kept in [
        "MOSCOW — Four Russian warships in the Caspian Sea fired 26 cruise missiles at 11 targets in Syria on Wednesday",
        "The missiles flew about 1,500 kilometres over Iran and Iraq",
        "Russian aircraft have flown more than 100 sorties",
        "Western officials said on Wednesday",
        "\"All 11 targets were destroyed,\" Shoigu said.",
        "The launch came on Putin's 63rd birthday.",
    ] {
        assert!(doc.text.contains(kept), "lost {kept:?} from:\n{}", doc.text);
    }
    for dropped in [
        "cookies",
        "Politics",
        "Share on Facebook",
        "Tweet",
        "1,204 shares",
        "LinkedIn",
        "Read more",
        "October 1, 2015: Russia launches",
        "Advertisement",
        "morning briefing",
        "reader_41",
        "Most read",
        "Storm warnings",
        "All rights reserved",
        "dataLayer",
        "document.write",
        "Updated just now",
        "agency pool",
    ] {
        assert!(!doc.text.contains(dropped), "kept {dropped:?} in:\n{}", doc.text);
    }
    // Paragraphs stay paragraphs.
    assert!(doc.text.contains("no civilian objects were hit.\n\nRussian aircraft have flown"), "{}", doc.text);
}

#[test]
fn the_live_blog_keeps_its_day_headings_and_entries() {
    let doc = &Reader::new().read_paths(&[fixture("html/live-blog.html")]).documents[0];
    assert_eq!(doc.published.map(|d| d.to_string()).as_deref(), Some("2015-10-03"));
    let order: Vec<Option<usize>> = [
        "3 October 2015",
        "more than 60 missions",
        "2 October 2015",
        "12 targets overnight",
        "30 September 2015",
        "unanimously approved",
    ]
    .iter()
    .map(|n| doc.text.find(n))
    .collect();
    assert!(order.iter().all(Option::is_some), "{}", doc.text);
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{}", doc.text);
    for dropped in ["Sign in", "Facebook", "Markets close higher", "Copyright", "liveConfig"] {
        assert!(!doc.text.contains(dropped), "kept {dropped:?} in:\n{}", doc.text);
    }
}

#[test]
fn an_old_table_layout_page_keeps_its_dateline_on_a_line_of_its_own() {
    let doc = &Reader::new().read_paths(&[fixture("html/table-layout.html")]).documents[0];
    assert!(doc.text.starts_with("03Nov15\n"), "{}", doc.text);
    assert!(doc.text.contains("[Source: Itar Tass, Moscow, 03Nov15]"));
    for dropped in ["Donate", "Bookshop", "News archive", "Español"] {
        assert!(!doc.text.contains(dropped), "kept {dropped:?} in:\n{}", doc.text);
    }
}

#[test]
fn folders_are_read_recursively_in_name_order_with_relative_ids() {
    let dir = scratch("recursive");
    fs::create_dir_all(dir.join("b/deeper")).unwrap();
    fs::create_dir_all(dir.join(".git")).unwrap();
    fs::write(dir.join("a.txt"), "On October 7, ships fired.").unwrap();
    fs::write(dir.join("b/deeper/c.md"), "# Brief\n\nJets *flew* 20 sorties on\nTuesday.").unwrap();
    fs::write(dir.join("b/a.txt"), "\u{feff}Windows text.\r\nSecond line.\r\n").unwrap();
    fs::write(dir.join(".hidden.txt"), "not read").unwrap();
    fs::write(dir.join(".git/config"), "not read").unwrap();
    fs::write(dir.join("notes"), "<!-- saved -->\n<!DOCTYPE html><p>Ships fired on Wednesday.</p>").unwrap();
    // A link back up the tree is followed once, not forever.
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("b/loop")).unwrap();

    let loaded = Reader::new().read_paths(&[&dir]);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let ids: Vec<&str> = loaded.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a.txt", "b/a.txt", "b/deeper/c.md", "notes"]);
    assert_eq!(loaded.documents[1].text, "Windows text.\nSecond line.\n");
    assert_eq!(loaded.documents[2].text, "Brief\n\nJets flew 20 sorties on Tuesday.\n");
    assert_eq!(loaded.documents[2].title.as_deref(), Some("Brief"));
    assert_eq!(loaded.documents[3].text, "Ships fired on Wednesday.");
}

#[test]
fn every_bad_input_is_named_and_the_others_are_still_read() {
    let dir = scratch("bad");
    fs::write(dir.join("good.txt"), "On October 7, ships fired.").unwrap();
    fs::write(dir.join("latin1.txt"), b"caf\xe9 on Tuesday").unwrap();
    fs::write(dir.join("photo.jpg"), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00").unwrap();
    fs::write(
        dir.join("docs.jsonl"),
        "{\"id\": \"j1\", \"text\": \"x\"}\n{\"id\": \"j2\"}\n{broken\n{\"id\": \"j3\", \"text\": \"y\"}\n",
    )
    .unwrap();
    let missing = dir.join("missing.html");

    let loaded = Reader::new().read_paths(&[dir.clone(), missing]);
    let ids: Vec<&str> = loaded.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["j1", "j3", "good.txt"]);
    let errors: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 5, "{errors:#?}");
    let name = |e: &String| e.split(": ").next().unwrap_or("").rsplit('/').next().unwrap_or("").to_string();
    let names: Vec<String> = errors.iter().map(name).collect();
    assert_eq!(names, ["docs.jsonl:2", "docs.jsonl:3", "latin1.txt", "photo.jpg", "missing.html"]);
    assert!(errors[2].ends_with("not UTF-8 text (an invalid byte at offset 3)"), "{}", errors[2]);
    assert!(errors[3].ends_with("not a text file (a NUL byte at offset 4)"), "{}", errors[3]);
    assert!(errors.iter().all(|e| !e.contains('\n')));
}

#[test]
fn the_kind_comes_from_the_extension_else_the_content_else_the_caller() {
    let reader = Reader::new();
    let page = b"<html><body><p>Ships fired 26 missiles on Wednesday.</p></body></html>";
    assert_eq!(
        reader.read_bytes("p", "p.htm".as_ref(), page).documents[0].text,
        "Ships fired 26 missiles on Wednesday."
    );
    assert_eq!(reader.read_bytes("p", "p".as_ref(), page).documents[0].text, "Ships fired 26 missiles on Wednesday.");
    // Named .txt, it is text as written.
    assert!(reader.read_bytes("p", "p.txt".as_ref(), page).documents[0].text.starts_with("<html>"));
    // Forced.
    let forced = Reader::new().kind(Kind::Html);
    assert_eq!(
        forced.read_bytes("p", "p.txt".as_ref(), page).documents[0].text,
        "Ships fired 26 missiles on Wednesday."
    );
}

#[test]
fn a_file_over_the_size_limit_is_named_and_not_read() {
    let dir = scratch("too-large");
    let big = dir.join("big.txt");
    // A sparse file: the size is reported without the bytes being written or read.
    let file = fs::File::create(&big).expect("a file");
    file.set_len(timeline_extract::error::MAX_DOCUMENT_BYTES as u64 + 1).expect("a sparse length");
    fs::write(dir.join("small.txt"), "On October 7, ships fired 26 missiles.").expect("a file");
    let loaded = Reader::new().read_paths(&[&dir]);
    assert_eq!(loaded.documents.len(), 1, "the other file is still read");
    assert!(
        matches!(&loaded.errors[..], [InputError::TooLarge { path, .. }] if path.ends_with("big.txt")),
        "{:?}",
        loaded.errors
    );
    assert!(loaded.errors[0].to_string().contains("big.txt"));
}
