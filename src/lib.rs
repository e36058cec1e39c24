//! Examples and end-to-end tests of the payway workspace live in `examples/` and `tests/`.
