//! A body parameter is listed twice (a duplicate YAML key). See `duplicate_parameter.yaml`.

payway_macros::generate_api!("tests/ui/spec/duplicate_parameter.yaml");

fn main() {}
