//! Synthetic reports for the benchmarks at scale: seeded, so that every run
//! measures the same data, and realistic where it matters to the code under
//! test (every quote is the rendered figure, so the quote rule reads and
//! agrees with it; metric keys are unique, so a diff matches every figure).
#![allow(dead_code)]

use workreport::text::{Lang, render, render_statistic};
use workreport::{
    Achievement, Basis, Change, ChangeMode, Decimal, Direction, Magnitude, Metric, MetricKey,
    Qualifier, Quantity, Report, Scope, Section, Statistic, StatisticKind, Unit,
};

/// The sizes the benchmarks run at, in statistics.
pub const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

/// A small, fast, seeded generator (xorshift64*): the benchmarks need the
/// same numbers every run, not good randomness.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Statistic `i` of a synthetic report: a count, an amount, a rate or a
/// change, in English, with its rendered figure as its quote. `shift`
/// moves the values, for a second report to diff against the first.
pub fn statistic(i: usize, rng: &mut Rng, shift: i64) -> Statistic {
    let key = MetricKey::new(&format!("metric.m{i}")).expect("a valid key");
    let metric = Metric::new(format!("metric {i}"))
        .expect("a valid name")
        .with_key(key);
    let small = i64::try_from(rng.below(100_000)).unwrap_or(0) + shift;
    let qualifiers = [
        Qualifier::Exact,
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::OverSome,
    ];
    let qualifier = qualifiers[(rng.below(4)) as usize];
    let (kind, quantity) = match rng.below(4) {
        0 => (
            StatisticKind::Count,
            Quantity::new(
                Decimal::from(small.max(1)),
                Magnitude::One,
                Unit::Cases,
                qualifier,
            ),
        ),
        1 => (
            StatisticKind::Amount,
            Quantity::new(
                Decimal::new(small.max(1), 1),
                Magnitude::Yi,
                Unit::CNY,
                qualifier,
            ),
        ),
        2 => (
            StatisticKind::Rate,
            Quantity::new(
                Decimal::new(small.rem_euclid(1000), 1),
                Magnitude::One,
                Unit::Percent,
                Qualifier::Exact,
            ),
        ),
        _ => (
            StatisticKind::Change(Change {
                direction: if rng.below(2) == 0 {
                    Direction::Up
                } else {
                    Direction::Down
                },
                basis: Basis::YearOnYear,
                mode: ChangeMode::Relative,
            }),
            Quantity::new(
                Decimal::new(small.rem_euclid(500) + 1, 1),
                Magnitude::One,
                Unit::Percent,
                Qualifier::Exact,
            ),
        ),
    };
    let quantity = quantity.expect("a valid quantity");
    let quote = render(&quantity, Lang::En);
    let s = Statistic::new(metric, kind, Some(quantity), quote).expect("a valid statistic");
    let quote = render_statistic(&s, Lang::En);
    Statistic::new(
        s.metric().clone(),
        s.kind().clone(),
        s.quantity().cloned(),
        quote,
    )
    .expect("a valid statistic")
}

/// A report of `n` statistics, three to an achievement and a thousand to
/// a section.
pub fn report(n: usize, seed: u64, shift: i64) -> Report {
    let mut rng = Rng::new(seed);
    let mut report = Report::new(
        "Synthetic report",
        "Benchmark",
        Scope::new("Sichuan").expect("a scope"),
        "2023".parse().expect("a period"),
        "en".parse().expect("a language"),
    );
    let mut i = 0;
    while i < n {
        let mut section = Section::new(format!("Section {}", i / 1000));
        while i < n && section.achievements.len() < 334 {
            let mut a = Achievement::new(format!("achievement {i}"));
            for _ in 0..3 {
                if i < n {
                    a.statistics.push(statistic(i, &mut rng, shift));
                    i += 1;
                }
            }
            section.achievements.push(a);
        }
        report.sections.push(section);
    }
    report
}

/// A report of `n` statistics as [`report`] makes them, every one of one
/// metric (`metric.same`), in a report of the period `period`: one figure
/// stated `n` times, the degenerate input of the mention rules and of the
/// diff (issue 15).
pub fn one_metric(n: usize, seed: u64, shift: i64, period: &str) -> Report {
    let mut r = report(n, seed, shift);
    r.period = period.parse().expect("a period");
    let metric = Metric::new("the same metric")
        .expect("a valid name")
        .with_key(MetricKey::new("metric.same").expect("a valid key"));
    for s in r
        .sections
        .iter_mut()
        .flat_map(|s| &mut s.achievements)
        .flat_map(|a| &mut a.statistics)
    {
        *s = Statistic::new(
            metric.clone(),
            s.kind().clone(),
            s.quantity().cloned(),
            s.quote(),
        )
        .expect("a valid statistic");
    }
    r
}

/// A translation whose one section holds `n` counts ("k cases", k from 2),
/// three to an achievement, and an original of that section with no
/// figure and `n` names ("第k届运动会"): every translated figure is
/// missing, and each is looked for among the names (issue 15).
pub fn names(n: usize) -> (Report, String) {
    let mut report = Report::new(
        "Synthetic translation",
        "Benchmark",
        Scope::new("Sichuan").expect("a scope"),
        "2023".parse().expect("a period"),
        "en".parse().expect("a language"),
    );
    let mut section = Section::new("Names");
    for chunk in (0..n).collect::<Vec<_>>().chunks(3) {
        let mut a = Achievement::new("figures");
        for &k in chunk {
            let quantity = Quantity::exact(Decimal::from(k + 2), Unit::Cases).expect("a count");
            let metric = Metric::new(format!("figure {k}")).expect("a valid name");
            let quote = render(&quantity, Lang::En);
            a.statistics.push(
                Statistic::new(metric, StatisticKind::Count, Some(quantity), quote)
                    .expect("a valid statistic"),
            );
        }
        section.achievements.push(a);
    }
    report.sections.push(section);
    let mut original = String::from("[sections[0]]\n");
    for k in 0..n {
        original.push_str(&format!("第{k}届运动会\n"));
    }
    (report, original)
}
