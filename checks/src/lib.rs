//! The benchmarks of `workreport` (`benches/`) and the checks of its JSON
//! Schemas against the types and the bundled data (`tests/schema.rs`).
//!
//! They sit in this workspace member, not in the crate, so that criterion
//! and jsonschema are built by `cargo bench` and `cargo test`, and not by
//! a user's first `cargo run --example tour`. Nothing here is public API.
#![forbid(unsafe_code)]
