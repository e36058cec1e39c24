//! A `pattern` that is not a valid regular expression. See `invalid_pattern.yaml`.

payway_macros::generate_api!("tests/ui/spec/invalid_pattern.yaml");

fn main() {}
