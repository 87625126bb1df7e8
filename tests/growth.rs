//! No quadratic blow-ups (issue 15): each operation at 1, 10 and 100 times
//! an input, with a bound on what grows. Where a count is deterministic
//! (findings, bytes of heap) it is asserted; times are the best of three
//! runs, measured alone in one test, and bounded by a generous ratio: each
//! ten times the input in under 20 times the time of the size before,
//! which a quadratic operation (100 times) misses by far, and an
//! operation of n^1.3 misses too.

mod heap;
mod util;

use std::time::{Duration, Instant};

use heap::peak_heap;
use util::{qty, report_of};
use workreport::validate::Rule;
use workreport::{Magnitude, Metric, Qualifier, Quantity, Report, Statistic, StatisticKind};

/// Held by each test of this file for its whole run: the heap counter is
/// the process's, so a test that builds its large input while another
/// measures its peak heap would add to that peak (the mentions test read
/// 4.4 MB at ten times its input, against 0.1 MB alone), and times are
/// best measured with the other core free. The tests run one at a time.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// The sizes of each test: 1, 10 and 100 times the first.
fn sizes(first: usize) -> [usize; 3] {
    [first, first * 10, first * 100]
}

/// The best of three runs of `f`.
fn best_of_three(mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Asserts that `values` (one for each of [`sizes`]: times in seconds,
/// bytes of heap) grow at most twice as fast as the input from each size
/// to the next, with `slack` to spare for a tiny value. Each step is
/// weighed against the one before it, not against the first, whose time of
/// well under a millisecond is mostly noise on a shared machine: a
/// quadratic operation grows 100 times a step and misses by far.
#[track_caller]
fn assert_linear(what: &str, values: [f64; 3], slack: f64) {
    for step in values.windows(2) {
        assert!(
            step[1] < step[0] * 2.0 * 10.0 + slack,
            "{what}: {values:?} for 1, 10 and 100 times the input"
        );
    }
}

/// [`assert_linear`] for times, with 10 ms to spare.
#[track_caller]
fn assert_linear_times(what: &str, times: [Duration; 3]) {
    assert_linear(what, times.map(|t| t.as_secs_f64()), 0.01);
}

#[track_caller]
fn count(metric: &str, q: Quantity) -> Statistic {
    let quote = q.to_string();
    Statistic::new(
        Metric::new(metric).unwrap(),
        StatisticKind::Count,
        Some(q),
        quote,
    )
    .unwrap()
}

/// `n` mentions of one metric, each another number, so that every two
/// conflict, and `n` of another metric, one number with two qualifiers in
/// turn: the pairs of either are n² / 2 and n² / 4 (8 million findings and
/// 3.9 GB for 4,000 mentions before); the groups are one each.
#[test]
fn mentions_of_one_figure_give_one_finding_whatever_their_number() {
    let _serial = serial();
    let mut times = [Duration::ZERO; 3];
    let mut heaps = [0.0; 3];
    for (i, n) in sizes(100).into_iter().enumerate() {
        let stats = (0..n)
            .flat_map(|k| {
                let qualifier = if k % 2 == 0 {
                    Qualifier::Exact
                } else {
                    Qualifier::MoreThan
                };
                [
                    count(
                        "cases",
                        qty(
                            &(k + 2).to_string(),
                            Magnitude::One,
                            "cases",
                            Qualifier::Exact,
                        ),
                    ),
                    count("police", qty("170000", Magnitude::One, "people", qualifier)),
                ]
            })
            .collect();
        let r = report_of(stats);
        let (findings, heap) = peak_heap(|| r.validate());
        let codes: Vec<&str> = findings.iter().map(|f| f.code()).collect();
        // On the second mention of each metric, the conflict first.
        assert_eq!(
            codes,
            ["mention.conflict", "mention.qualifier_differs"],
            "{n}"
        );
        for f in &findings {
            assert!(f.message.len() < 1000, "{n}: {}", f.message);
            assert!(
                f.message.ends_with(&format!("and {} more)", n - 7)),
                "{n}: {}",
                f.message
            );
        }
        heaps[i] = heap as f64;
        let mentions_only = workreport::validate::Validator::new()
            .only(&[Rule::MentionConflict, Rule::MentionQualifierDiffers]);
        times[i] = best_of_three(|| {
            mentions_only.validate(&r);
        });
    }
    // The heap grows with the mentions (7.4 MB for 20,000 statistics),
    // each pair no longer a finding.
    assert_linear("heap", heaps, 1e6);
    assert_linear_times("mentions", times);
}

/// A report of `period` with `n` counts of one metric, values from
/// `first`.
fn one_metric(n: usize, period: &str, first: usize) -> Report {
    let mut r = report_of(
        (0..n)
            .map(|k| {
                let v = (first + k).to_string();
                count("cases", qty(&v, Magnitude::One, "cases", Qualifier::Exact))
            })
            .collect(),
    );
    r.period = period.parse().unwrap();
    r
}

/// `n` figures of one metric against `n` of the year after (each new one
/// matches the first old one left) and of the year before (none matches):
/// every new figure walked every old one left, 11.5 s and 141 s for
/// 100,000 before.
#[test]
fn a_diff_of_one_metric_stated_many_times_is_linear() {
    let _serial = serial();
    // Alone throughout: it allocates much, beside a test that measures the
    // heap.
    let mut times = [[Duration::ZERO; 3]; 2];
    for (i, n) in sizes(500).into_iter().enumerate() {
        let old = one_metric(n, "2022", 2);
        for (j, (period, matched)) in [("2023", n), ("2021", 0)].into_iter().enumerate() {
            let new = one_metric(n, period, 3);
            let d = workreport::compare::diff(&old, &new).unwrap();
            assert_eq!(
                (d.matched.len(), d.only_new.len(), d.only_old.len()),
                (matched, n - matched, n - matched)
            );
            // In order: the k-th new figure with the k-th old one.
            assert!(d.matched.iter().all(|m| m.old.path() == m.new.path()));
            times[j][i] = best_of_three(|| {
                workreport::compare::diff(&old, &new).unwrap();
            });
        }
    }
    assert_linear_times("diff, the year after", times[0]);
    assert_linear_times("diff, the year before", times[1]);
}

/// One part of `n` translated figures ("k cases", k from 2) and, in the
/// original, `n` names with numbers ("第k届运动会", k from 0) and no
/// figure: every figure but the last is a name read as a figure, each
/// looked for among the names (10,000 of each took 5.7 s before). The
/// figure n (100, 1,000, 10,000) is one too: its significant digits are
/// "1", which names write; the last, n + 1, no name writes.
#[test]
fn a_part_of_many_names_aligns_in_linear_time() {
    let _serial = serial();
    use workreport::Damage;
    use workreport::align::{Original, align};
    let mut times = [Duration::ZERO; 3];
    for (i, n) in sizes(100).into_iter().enumerate() {
        let report = report_of(
            (0..n)
                .map(|k| {
                    let v = (k + 2).to_string();
                    count("cases", qty(&v, Magnitude::One, "cases", Qualifier::Exact))
                })
                .collect(),
        );
        let mut text = String::from("[sections[0]]\n");
        for k in 0..n {
            text.push_str(&format!("第{k}届运动会\n"));
        }
        let original = Original::from_text(&text).unwrap();
        let alignment = align(&report, &original);
        let damage: Vec<&[Damage]> = alignment.pairs.iter().map(|p| &p.damage[..]).collect();
        let mut expected = vec![&[Damage::NameAsFigure][..]; n - 1];
        expected.push(&[Damage::MissingFigure]);
        assert_eq!(damage, expected, "{n}");
        times[i] = best_of_three(|| {
            align(&report, &original);
        });
    }
    assert_linear_times("align", times);
}

/// The parse example reads lines of 2, 20 and 200 MB, each over its limit
/// of a line, in the same memory: the peak resident size of the process,
/// read while it waits for more input, grows by less than 8 MB (a line of
/// 440 MB took 4.7 GB before).
#[cfg(target_os = "linux")]
#[test]
fn the_parse_example_reads_a_long_line_in_bounded_memory() {
    let _serial = serial();
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;

    let peaks = sizes(2 << 20).map(|n| {
        let mut child = util::example("parse")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("parse runs");
        let mut stdin = child.stdin.take().expect("stdin");
        let chunk = "5".repeat(1 << 20);
        for _ in 0..n >> 20 {
            stdin.write_all(chunk.as_bytes()).expect("written");
        }
        stdin.write_all(b"\n12%\n").expect("written");
        stdin.flush().expect("flushed");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut lines = [String::new(), String::new()];
        for line in &mut lines {
            out.read_line(line).expect("a line");
        }
        assert!(lines[0].contains("the line is too long"), "{}", lines[0]);
        assert!(lines[1].contains(r#""value":"12""#), "{}", lines[1]);
        // Both lines are out: the long line is behind it. Its peak, in kB.
        let status = std::fs::read_to_string(format!("/proc/{}/status", child.id()))
            .expect("the process's status");
        let peak: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM");
        drop(stdin);
        assert!(child.wait().expect("parse ends").success());
        peak
    });
    assert!(
        peaks[2] < peaks[0] + 8 * 1024,
        "peak resident kB: {peaks:?}"
    );
}

#[test]
fn sentences_and_clauses_are_linear() {
    let _serial = serial();
    use workreport::text::{clauses, sentences};
    let paragraph = "全年地区生产总值达到5.9万亿元，比上年增长6.1%；城镇新增就业15万人、调查失业率5.1%。\nRevenue rose 3.5 per cent, to Rs. 3,56,97,923 crore. It ranked No. 3 in the U.S.\n\n";
    let times = sizes(200).map(|n| {
        let text = paragraph.repeat(n);
        best_of_three(|| {
            let mut count = 0;
            for s in sentences(&text) {
                count += clauses(&text, s).count();
            }
            std::hint::black_box(count);
        })
    });
    assert_linear_times("sentences and clauses", times);
    // Degenerate text: one sentence of a million characters with no mark.
    let times = sizes(1000).map(|n| {
        let text = "a1,".repeat(n);
        best_of_three(|| {
            std::hint::black_box(
                sentences(&text)
                    .map(|s| clauses(&text, s).count())
                    .sum::<usize>(),
            );
        })
    });
    assert_linear_times("one long sentence", times);
}

#[test]
fn the_document_reader_is_linear() {
    let _serial = serial();
    use workreport::text::figures;
    // Four figures a repeat, worked by hand: 5.9万亿元, 增长6.1%, 15万人, and
    // "rose 3.5 per cent"; the years and "No. 3" are not figures.
    let paragraph = "2024年全市地区生产总值5.9万亿元，增长6.1%；城镇新增就业15万人。\nRevenue rose 3.5 per cent in 2023. It ranked No. 3 in the U.S.\n\n";
    let mut counts = [0; 3];
    let times = sizes(100).map(|n| {
        let text = paragraph.repeat(n);
        best_of_three(|| {
            counts[sizes(100).iter().position(|&s| s == n).unwrap()] =
                std::hint::black_box(figures(&text, None).filter(Result::is_ok).count());
        })
    });
    assert_eq!(
        counts,
        sizes(100).map(|n| 5 * n),
        "figures at 1, 10 and 100 times"
    );
    assert_linear_times("the document reader", times);
    // Degenerate text: one clause (or one run of clauses joined by 、) of
    // up to thirty thousand figures, of each shape whose reading looks at
    // the rest of the clause: a basis, a range, a change of level, a
    // change and the figure listed after it, and a list of ranks and items
    // of an enumeration. And flattened tables: a table
    // of one cell a line repeated, and one long line of many sentences,
    // each a header of growth, which look back along their line for the
    // rest of the header, and tables of bars, whose headers give each
    // column its unit.
    for (unit, end) in [
        ("同比增长5%与", ""),
        ("5-6%、", ""),
        ("from 5 to 6 and ", ""),
        ("rose 5% and ", ""),
        ("比上年多5万人与", ""),
        ("居全省第2位、有5个县、", ""),
        ("单位:亿元\n指标\n比上年增长%\n收入\n5.5\n", ""),
        ("比上年增长% 收入 5.5！", "\n"),
        // A table of bars with a column of units and a row of numbers
        // without bars, whose unit cell is looked for back to the last
        // figure.
        (
            "品 名 | 计量单位 | 数 量 | 同比增长(%) |\n肉猪 | 万头 | 94.28 | 2.10 |\n",
            "",
        ),
        (
            "品 名 | 计量单位 | 数 量 |\n肉猪 万头 94.28 2.10 牛 万头 2.23\n",
            "",
        ),
    ] {
        let times = sizes(300).map(|n| {
            let text = unit.repeat(n) + end;
            best_of_three(|| {
                std::hint::black_box(figures(&text, None).count());
            })
        });
        assert_linear_times(&format!("{unit:?} repeated"), times);
    }
}
