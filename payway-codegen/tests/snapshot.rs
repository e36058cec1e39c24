//! The generated code for the fixture spec, formatted and compared with a checked-in file, so
//! that every change to the generator shows up as a readable diff. The fixture uses every
//! construct the generator knows; the real spec's code is not kept as a snapshot (it is
//! megabytes at the whole API's size, and every spec edit would rewrite it): payway-client
//! compiles it, with clippy and rustdoc, and the tests call it. Refresh with
//! `UPDATE_EXPECT=1 cargo test -p payway-codegen --test snapshot`.

fn generated(spec_path: &str) -> String {
    let source = std::fs::read_to_string(spec_path).expect("the fixture spec is readable");
    let tokens = payway_codegen::expand(&source, &payway_codegen::Options::default())
        .unwrap_or_else(|problems| panic!("the fixture spec is valid: {problems:?}"));
    let file = syn::parse2::<syn::File>(tokens).expect("the generated code parses as a file");
    prettyplease::unparse(&file)
}

#[test]
fn fixture_spec() {
    expect_test::expect_file!["snapshots/fixture.rs"].assert_eq(&generated(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/fixture.yaml"
    )));
}
