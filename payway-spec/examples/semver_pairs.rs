//! Writes, for each verdict case of `tests/verdicts.rs`, the client crate generated from the
//! fixture (`before/`) and from the case's edit (`after/`), for `scripts/semver-checks.sh`.
//!
//! ```text
//! cargo run -p payway-spec --example semver_pairs -- OUT_DIR
//! ```
//!
//! Each pair is `OUT_DIR/NN-rule/{before,after}`: two crates named `client`, version 1.0.0, each
//! a workspace of its own (cargo-semver-checks compares a crate with the same name in the
//! baseline). `OUT_DIR/cases.tsv` lists one pair a line: its directory, the rule, and the class
//! the verdict test holds `payway-spec diff` to (`additive` or `breaking`).

#[path = "../tests/verdicts/cases.rs"]
// The user code and the rules that follow from an edit are the verdict test's concern.
#[allow(dead_code)]
mod cases;

use std::path::PathBuf;
use std::process::ExitCode;

use cases::{CASES, SPEC, client_crate, edited, workspace, write};

const HELP: &str = "\
Writes the client crates generated before and after each verdict case's edit.

Usage: semver_pairs OUT_DIR

OUT_DIR/NN-rule/before and OUT_DIR/NN-rule/after are two crates named `client`
(version 1.0.0, each a workspace of its own); OUT_DIR/cases.tsv lists each pair's
directory, rule and class (tab-separated). An existing OUT_DIR is replaced.

Options:
  -h, --help  Print help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = match args.as_slice() {
        [flag] if flag == "-h" || flag == "--help" => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        [dir] if !dir.starts_with('-') => PathBuf::from(dir),
        _ => {
            eprint!("error: expected one argument, the output directory\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    let base = match std::fs::read_to_string(workspace().join(SPEC)) {
        Ok(base) => base,
        Err(error) => {
            eprintln!("error: cannot read {SPEC}: {error}");
            return ExitCode::FAILURE;
        }
    };
    if out.exists()
        && let Err(error) = std::fs::remove_dir_all(&out)
    {
        eprintln!("error: cannot replace {}: {error}", out.display());
        return ExitCode::FAILURE;
    }
    let lock = workspace().join("Cargo.lock");
    let mut list = String::new();
    for (index, case) in CASES.iter().enumerate() {
        let name = format!("{index:02}-{}", case.rule);
        for (side, spec) in [
            ("before", base.clone()),
            ("after", edited(&base, case.edits)),
        ] {
            let dir = out.join(&name).join(side);
            client_crate(&dir, "client", "1.0.0", &spec);
            // A workspace of its own, and the repository's lock file, so that the runtime's
            // dependencies are the ones it is tested with.
            let manifest = dir.join("Cargo.toml");
            let text = std::fs::read_to_string(&manifest).unwrap_or_default();
            write(&manifest, &format!("{text}\n[workspace]\n"));
            if let Err(error) = std::fs::copy(&lock, dir.join("Cargo.lock")) {
                eprintln!("error: cannot copy {}: {error}", lock.display());
                return ExitCode::FAILURE;
            }
        }
        let class = if case.additive {
            "additive"
        } else {
            "breaking"
        };
        list.push_str(&format!("{name}\t{}\t{class}\n", case.rule));
    }
    write(&out.join("cases.tsv"), &list);
    println!("{} pairs in {}", CASES.len(), out.display());
    ExitCode::SUCCESS
}
