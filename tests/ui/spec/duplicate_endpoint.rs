//! The same action and version is defined twice in one section. See `duplicate_endpoint.yaml`.

payway_macros::generate_api!("tests/ui/spec/duplicate_endpoint.yaml");

fn main() {}
