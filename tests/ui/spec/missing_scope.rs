//! An endpoint without its `scope`. See `missing_scope.yaml`.

payway_macros::generate_api!("tests/ui/spec/missing_scope.yaml");

fn main() {}
