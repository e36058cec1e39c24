//! Several different problems in one spec: every one is reported in the same build. See `many_problems.yaml`.

payway_macros::generate_api!("tests/ui/spec/many_problems.yaml");

fn main() {}
