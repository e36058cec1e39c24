//! A key the spec format does not know (a misspelled `description`). See `unknown_field.yaml`.

payway_macros::generate_api!("tests/ui/spec/unknown_field.yaml");

fn main() {}
