//! The document reader on the corpus of real documents
//! (`tests/data/documents/`, labelled by hand to its README's rules): recall,
//! precision and the full reading, on the tuning and the held-out
//! documents apart; and the laws of its positions.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use serde_json::Value;
use workreport::text::{Found, figures};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/documents");

/// A labelled figure: its character span in the body and its reading.
#[derive(Debug)]
struct Gold {
    start: usize,
    end: usize,
    text: String,
    reading: [String; 4],
}

/// A document: its name, split and body, its labelled figures, and the
/// character spans of the numbers its labeller was unsure of
/// (`NAME.unsure.jsonl`).
struct Document {
    name: String,
    split: String,
    body: String,
    gold: Vec<Gold>,
    unsure: Vec<(usize, usize)>,
}

/// The non-empty lines of a label file, as JSON; no file is no lines.
fn label_lines(name: &str, what: &str) -> Vec<Value> {
    std::fs::read_to_string(Path::new(DIR).join(format!("{name}.{what}.jsonl")))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn span(v: &Value) -> (usize, usize) {
    let at = |k: &str| v[k].as_u64().unwrap() as usize;
    (at("start"), at("end"))
}

fn field(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or("").to_owned()
}

fn documents() -> Vec<Document> {
    let manifest = std::fs::read_to_string(Path::new(DIR).join("MANIFEST.md")).unwrap();
    let mut out = Vec::new();
    for row in manifest
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| name"))
    {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let (name, split) = (cells[1].to_owned(), cells[5].to_owned());
        let text = std::fs::read_to_string(Path::new(DIR).join(format!("{name}.txt"))).unwrap();
        let body = text.split_once('\n').map_or("", |(_, b)| b).to_owned();
        let gold: Vec<Gold> = label_lines(&name, "figures")
            .iter()
            .map(|v| {
                let (start, end) = span(v);
                Gold {
                    start,
                    end,
                    text: field(v, "text"),
                    reading: ["value", "unit", "qualifier", "change"].map(|k| field(v, k)),
                }
            })
            .collect();
        assert!(!gold.is_empty(), "{name}.figures.jsonl has no figures");
        let unsure = label_lines(&name, "unsure").iter().map(span).collect();
        out.push(Document {
            name,
            split,
            body,
            gold,
            unsure,
        });
    }
    out
}

/// A found figure as the gold lines state one: character span, value,
/// unit, qualifier and change codes.
fn as_gold(body: &str, f: &Found) -> Gold {
    let chars = |byte: usize| body[..byte].chars().count();
    let q = f.reading.quantity.as_ref();
    Gold {
        start: chars(f.span.start),
        end: chars(f.span.end),
        text: body[f.span.clone()].to_owned(),
        reading: [
            f.reading
                .value()
                .map(|v| v.normalize().to_string())
                .unwrap_or_default(),
            q.map(|q| q.unit().to_string()).unwrap_or_default(),
            q.map_or("exact".to_owned(), |q| q.qualifier().to_string()),
            f.reading.change_code().to_owned(),
        ],
    }
}

/// Counts of one split: gold figures, found ones, matched (spans that
/// overlap, each gold figure once), and matched with the whole reading
/// right. A found figure that matches no gold one but overlaps a number
/// the labeller was unsure of is set aside: neither found nor wrong.
#[derive(Default, Debug)]
struct Score {
    gold: usize,
    found: usize,
    set_aside: usize,
    matched: usize,
    right: usize,
    /// Matched with the whole reading right and the counted noun exactly
    /// the labelled one (`right` takes a count as right when it counts
    /// what the label counts, see [`same_unit`]).
    strict: usize,
    misses: Vec<String>,
}

impl Score {
    fn recall(&self) -> f64 {
        self.matched as f64 / self.gold.max(1) as f64
    }
    fn precision(&self) -> f64 {
        self.matched as f64 / self.found.max(1) as f64
    }
    fn full(&self) -> f64 {
        self.right as f64 / self.matched.max(1) as f64
    }
    fn strict(&self) -> f64 {
        self.strict as f64 / self.matched.max(1) as f64
    }
}

/// The unit codes of counts (`../shared/FORMATS.md`), written here rather
/// than asked of the crate, so that a wrong table there cannot pass here.
fn is_count_code(unit: &str) -> bool {
    matches!(
        unit,
        "people" | "jobs" | "households" | "person_times" | "cases" | "items"
    ) || unit.starts_with("other:")
}

/// Whether a read unit is right for a labelled one. The rule of the phrase
/// corpus (`../shared/corpus/README.md`: for counted things a reader is
/// right when it reads a count, the noun is informative), narrowed to the
/// counts DESIGN.md compares: the same code, `people` and `jobs` (both
/// count people), or a count against `items` (a classifier with no noun).
/// A count of households is no count of people, nor a case a project.
fn same_unit(read: &str, labelled: &str) -> bool {
    read == labelled
        || matches!((read, labelled), ("people", "jobs") | ("jobs", "people"))
        || (is_count_code(read)
            && is_count_code(labelled)
            && (read == "items" || labelled == "items"))
}

/// Whether a read reading is right for a labelled one: value, qualifier and
/// change exactly, the unit by [`same_unit`].
fn same_reading(read: &[String; 4], labelled: &[String; 4]) -> bool {
    read[0] == labelled[0]
        && same_unit(&read[1], &labelled[1])
        && read[2] == labelled[2]
        && read[3] == labelled[3]
}

fn score() -> BTreeMap<String, Score> {
    let mut by_split: BTreeMap<String, Score> = BTreeMap::new();
    for doc in documents() {
        let found: Vec<Gold> = figures(&doc.body, None)
            .filter_map(Result::ok)
            .map(|f| as_gold(&doc.body, &f))
            .collect();
        let s = by_split.entry(doc.split.clone()).or_default();
        s.gold += doc.gold.len();
        let mut used = vec![false; found.len()];
        for g in &doc.gold {
            let hit = found
                .iter()
                .enumerate()
                .find(|(k, f)| !used[*k] && f.start < g.end && g.start < f.end);
            match hit {
                Some((k, f)) => {
                    used[k] = true;
                    s.matched += 1;
                    s.strict += usize::from(f.reading == g.reading);
                    if same_reading(&f.reading, &g.reading) {
                        s.right += 1;
                    } else {
                        s.misses.push(format!(
                            "{}: {:?} read {:?}, labelled {:?}",
                            doc.name, g.text, f.reading, g.reading
                        ));
                    }
                }
                None => s.misses.push(format!("{}: missed {:?}", doc.name, g.text)),
            }
        }
        for (f, u) in found.iter().zip(&used) {
            if *u {
                s.found += 1;
            } else if doc.unsure.iter().any(|&(a, b)| f.start < b && a < f.end) {
                s.set_aside += 1;
            } else {
                s.found += 1;
                s.misses
                    .push(format!("{}: not a figure {:?}", doc.name, f.text));
            }
        }
    }
    by_split
}

/// The reader's figures on the corpus, by split, printed; each must stay at
/// or above the floor it has reached (a regression fails), and the
/// targets of issue 16 are printed beside them (recall and precision at
/// least 95%, 90% of found figures fully right). Fully right takes a count
/// as right when it counts what the label counts ([`same_unit`]); the share
/// right with every counted noun exactly as labelled is printed and held to
/// a floor of its own.
#[test]
fn the_reader_on_the_corpus() {
    let scores = score();
    // What the reader reached when these floors were set; raise them as it
    // improves, never lower them to let a change pass.
    let floors = [
        ("tuning", 0.99, 0.99, 0.96, 0.96),
        ("held_out", 0.99, 0.91, 0.91, 0.86),
    ];
    // Every split is printed before any floor fails, so that a regression
    // in one does not hide the other's line.
    let mut below = Vec::new();
    for (split, recall, precision, full, strict) in floors {
        let Some(s) = scores.get(split) else {
            continue;
        };
        println!(
            "{split}: {} figures labelled, {} found ({} more set aside as unsure); recall {:.1}%, precision {:.1}%, fully right {:.1}% (targets 95%, 95%, 90%); {:.1}% with every counted noun exactly the labelled one",
            s.gold,
            s.found,
            s.set_aside,
            100.0 * s.recall(),
            100.0 * s.precision(),
            100.0 * s.full(),
            100.0 * s.strict()
        );
        // The misses of tuning documents only: held-out ones are scored,
        // never read to tune the reader (tests/data/documents/README.md).
        if split == "tuning" {
            for m in &s.misses {
                println!("  {m}");
            }
        }
        for (what, got, floor) in [
            ("recall", s.recall(), recall),
            ("precision", s.precision(), precision),
            ("fully right", s.full(), full),
            ("fully right with the nouns", s.strict(), strict),
        ] {
            if got < floor {
                below.push(format!("{split} {what} {got:.3} below its floor {floor}"));
            }
        }
    }
    assert!(below.is_empty(), "{}", below.join("; "));
}

/// Every figure's span lies in its clause, its clause in its sentence, on
/// character boundaries, in document order; no text makes the reader panic.
fn check_positions(text: &str) -> Result<(), TestCaseError> {
    let mut last = 0;
    for item in figures(text, None) {
        let (span, clause, sentence) = match &item {
            Ok(f) => (f.span.clone(), f.clause.clone(), f.sentence.clone()),
            Err(r) => (r.clause.clone(), r.clause.clone(), r.sentence.clone()),
        };
        prop_assert!(
            sentence.start <= clause.start && clause.end <= sentence.end,
            "{:?} {:?}",
            clause,
            sentence
        );
        prop_assert!(
            clause.start <= span.start && span.end <= clause.end,
            "{:?} {:?}",
            span,
            clause
        );
        prop_assert!(span.start < span.end || item.is_err());
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert!(sentence.start >= last, "out of order");
        last = sentence.start;
    }
    Ok(())
}

#[test]
fn positions_in_the_corpus_slice_the_text() {
    for doc in documents() {
        check_positions(&doc.body).unwrap();
    }
}

proptest! {
    #[test]
    fn positions_slice_any_text(text in "(\\PC|[。，、；！？.,;:\\n %|]|[0-9]{1,5}|增长|下降|万|亿|单位:亿元|rose|from|to|per cent){0,80}") {
        check_positions(&text)?;
    }
}

/// The readings of `text`, each as its span shifted by `offset` and its
/// reading, or the byte where a refusal stopped.
fn readings(text: &str, offset: usize) -> Vec<Result<(std::ops::Range<usize>, String), usize>> {
    figures(text, None)
        .map(|f| match f {
            Ok(f) => Ok((
                f.span.start + offset..f.span.end + offset,
                format!("{:?}", f.reading),
            )),
            Err(r) => Err(r.at + offset),
        })
        .collect()
}

/// Each sentence read alone gives the figures the whole document gives
/// within it (the reader keeps nothing across sentences but the header of
/// a flattened table, which no document here has, and which needs a line
/// break, as generated texts have none), and `parse` of
/// each clause is the first figure the document reader finds in that
/// clause read alone (one reader, not two), or, where it finds none, a
/// change with no size, which only a clause read alone states.
fn check_one_reader(text: &str) -> Result<(), TestCaseError> {
    let whole = readings(text, 0);
    let mut by_sentence = Vec::new();
    for s in workreport::text::sentences(text) {
        by_sentence.extend(readings(&text[s.clone()], s.start));
        for c in workreport::text::clauses(text, s.clone()) {
            let clause = &text[c];
            // Known gap (see the note): across a line break the
            // document reader drops a number alone on its line as a page
            // number, which a clause read alone cannot know ("0\n0").
            if clause.contains('\n') {
                continue;
            }
            let first = figures(clause, None).next();
            match (workreport::text::parse(clause, None), first) {
                (Ok(r), Some(Ok(f))) => prop_assert_eq!(r, f.reading, "{:?}", clause),
                (Err(_), Some(Err(_)) | None) => {}
                // A clause read alone states a change with no size (同比增长),
                // which a document does not list.
                (Ok(r), None)
                    if r.quantity.is_none() && r.change.is_some() && r.record.is_none() => {}
                (p, f) => prop_assert!(false, "{:?}: parse {:?}, figures {:?}", clause, p, f),
            }
        }
    }
    prop_assert_eq!(whole, by_sentence);
    Ok(())
}

#[test]
fn the_corpus_reads_the_same_by_sentence_and_parse_is_the_first_figure() {
    for doc in documents() {
        check_one_reader(&doc.body).unwrap();
    }
}

proptest! {
    #[test]
    // Without line breaks: a number alone on its line is a page number
    // only in the document around it (a known gap, in the note);
    // the corpus test above reads real text with its line breaks.
    fn any_text_reads_the_same_by_sentence_and_parse_is_the_first_figure(text in "(\\PC|[。，、；！？.,;: %]|[0-9]{1,5}|增长|下降|万|亿|rose|from|to|per cent|Rs|\\$){0,60}") {
        check_one_reader(&text)?;
    }
}

/// The score's rule for counts, on pairs reasoned from the corpus rules.
#[test]
fn a_count_is_right_when_it_counts_what_the_label_counts() {
    assert!(same_unit("other:市重点项目", "items"));
    assert!(same_unit("items", "cases"));
    assert!(same_unit("jobs", "people"));
    assert!(same_unit("CNY", "CNY"));
    assert!(!same_unit("households", "people"));
    assert!(!same_unit("cases", "other:项目"));
    assert!(!same_unit("items", "CNY"));
    assert!(!same_unit("percent", "items"));
    assert!(!same_unit("percent", "percentage_points"));
}
