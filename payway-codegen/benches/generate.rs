//! How long the generator takes as the spec grows: load + validate + generate for synthetic
//! specs of 10, 100 and 1,000 endpoints shaped like `place_trial_order`, and the same work split
//! into its stages. Throughput is reported per endpoint, so linear growth shows as a flat line.
//!
//! `cargo bench -p payway-codegen --bench generate`

mod synthetic;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn generator(c: &mut Criterion) {
    let options = payway_codegen::Options::default();
    let mut group = c.benchmark_group("expand");
    group.sample_size(20);
    for n in [10usize, 100, 1000] {
        let source = synthetic::spec(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(
            BenchmarkId::new("load+generate", n),
            &source,
            |b, source| {
                b.iter(|| payway_codegen::expand(black_box(source), &options).map(|t| t.is_empty()))
            },
        );
        group.bench_with_input(BenchmarkId::new("load", n), &source, |b, source| {
            b.iter(|| payway_codegen::load(black_box(source)).map(|s| s.sections.len()))
        });
        let spec = payway_codegen::load(&source).expect("the synthetic spec is valid");
        group.bench_with_input(BenchmarkId::new("generate", n), &spec, |b, spec| {
            b.iter(|| payway_codegen::generate::generate(black_box(spec), &options).is_empty())
        });
        group.bench_with_input(
            BenchmarkId::new("generate+to_string", n),
            &spec,
            |b, spec| {
                // What the compiler receives: the tokens, rendered as text once.
                b.iter(|| {
                    payway_codegen::generate::generate(black_box(spec), &options)
                        .to_string()
                        .len()
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, generator);
criterion_main!(benches);
