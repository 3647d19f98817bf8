//! The files that paths name: folders read recursively, in name order, each folder once.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::InputError;

/// A file to read: its document id and its path (`None` for standard input).
pub(super) struct File {
    pub id: String,
    pub path: Option<PathBuf>,
}

/// Adds the files that `path` names: `-` is standard input, a folder is every file under it.
pub(super) fn collect(path: &Path, files: &mut Vec<File>, errors: &mut Vec<InputError>) {
    if path.as_os_str() == "-" {
        files.push(File { id: "-".to_string(), path: None });
        return;
    }
    if path.is_dir() {
        let mut seen = HashSet::new();
        folder(path, path, &mut seen, files, errors);
    } else {
        let id = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        files.push(File { id, path: Some(path.to_path_buf()) });
    }
}

fn folder(root: &Path, dir: &Path, seen: &mut HashSet<PathBuf>, files: &mut Vec<File>, errors: &mut Vec<InputError>) {
    // A folder reached twice (through a link) is read once.
    match std::fs::canonicalize(dir) {
        Ok(real) => {
            if !seen.insert(real) {
                return;
            }
        }
        Err(source) => {
            errors.push(InputError::Io { path: dir.to_path_buf(), source });
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(InputError::Io { path: dir.to_path_buf(), source });
            return;
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) if !e.file_name().to_string_lossy().starts_with('.') => paths.push(e.path()),
            Ok(_) => {}
            Err(source) => errors.push(InputError::Io { path: dir.to_path_buf(), source }),
        }
    }
    paths.sort();
    for p in paths {
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => folder(root, &p, seen, files, errors),
            Ok(m) if m.is_file() => {
                let rel = p.strip_prefix(root).unwrap_or(&p);
                let id = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                files.push(File { id, path: Some(p) });
            }
            // Not a regular file (a pipe, a socket): nothing to read.
            Ok(_) => {}
            Err(source) => errors.push(InputError::Io { path: p, source }),
        }
    }
}
