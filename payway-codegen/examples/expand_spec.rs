//! Prints the Rust code generated for a spec file, formatted: what `generate_api!` expands to.
//!
//! `cargo run -p payway-codegen --example expand_spec -- spec/payway.yaml`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: expand_spec SPEC.yaml");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let tokens = match payway_codegen::expand(&source, &payway_codegen::Options::default()) {
        Ok(tokens) => tokens,
        Err(problems) => {
            for problem in problems {
                eprintln!("{}", problem.render(&path));
            }
            return ExitCode::FAILURE;
        }
    };
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => {
            print!("{}", prettyplease::unparse(&file));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("the generated code does not parse: {error}");
            ExitCode::FAILURE
        }
    }
}
