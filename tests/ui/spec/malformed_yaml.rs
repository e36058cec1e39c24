//! The spec is not valid YAML: the flow map `{ type: string` on line 26 is never closed. See `malformed_yaml.yaml`.

payway_macros::generate_api!("tests/ui/spec/malformed_yaml.yaml");

fn main() {}
