//! Prints a synthetic spec with N endpoints (default 1000), for `scripts/expansion-report.sh`.
//!
//! `cargo run -p payway-codegen --example synthetic_spec -- 1000 > spec.yaml`

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

fn main() {
    let n = match std::env::args().nth(1).map(|a| a.parse::<usize>()) {
        None => 1000,
        Some(Ok(n)) => n,
        Some(Err(error)) => {
            eprintln!("usage: synthetic_spec [ENDPOINTS]: {error}");
            std::process::exit(2);
        }
    };
    print!("{}", synthetic::spec(n));
}
