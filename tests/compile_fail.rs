//! Compile-fail tests: misuse of the generated client, and broken specs, must not compile, and
//! must fail with the messages checked in next to each case (`tests/ui/**/*.stderr`); the cases
//! in `tests/ui/pass/` must compile (and run).
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test --test compile_fail`,
//! then read every changed `.stderr` before committing it.

#[test]
fn compile_fail() {
    // trybuild builds the cases in a crate of its own under `target/`, so `generate_api!` would
    // resolve `tests/ui/spec/*.yaml` against that crate's directory. Point it at this package.
    // SAFETY: set before any other thread of this test binary reads the environment.
    unsafe { std::env::set_var("PAYWAY_SPEC_ROOT", env!("CARGO_MANIFEST_DIR")) };
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/client/*.rs");
    cases.compile_fail("tests/ui/spec/*.rs");
    // What must compile: the alternatives of a one-of rule.
    cases.pass("tests/ui/pass/*.rs");
}
