//! A parameter's `type` is misspelled: the message suggests the closest type. See `unknown_type.yaml`.

payway_macros::generate_api!("tests/ui/spec/unknown_type.yaml");

fn main() {}
