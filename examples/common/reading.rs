//! What `parse` and `figures` print of a reading: the fields they share,
//! in FORMATS.md's order, and the `--lang` option.

use serde::Serialize;
use workreport::text::{Lang, Reading};

/// A reading's fields: `kind`, `value`, `high`, `unit`, `qualifier`,
/// `change` (FORMATS.md, "parse" and "figures").
#[derive(Serialize)]
pub struct Fields {
    pub kind: &'static str,
    pub value: Option<String>,
    pub high: Option<String>,
    pub unit: Option<String>,
    pub qualifier: Option<&'static str>,
    pub change: &'static str,
}

/// A decimal as FORMATS.md writes it: plain and normalized.
pub fn decimal(d: workreport::Decimal) -> String {
    d.normalize().to_string()
}

impl Fields {
    /// The fields of `r`. A rank has no quantity and its qualifier is
    /// `exact`, or `at_most` for a place within the top few ("among the
    /// top three", 前三).
    pub fn of(r: &Reading) -> Self {
        let q = r.quantity.as_ref();
        Fields {
            kind: r.kind().code(),
            value: r.value().map(decimal),
            high: q.and_then(|q| q.expanded_high()).map(decimal),
            unit: q.map(|q| q.unit().to_string()),
            qualifier: match (q, &r.rank) {
                (Some(q), _) => Some(q.qualifier().code()),
                (None, Some(rank)) => Some(if rank.top { "at_most" } else { "exact" }),
                (None, None) => None,
            },
            change: r.change_code(),
        }
    }
}

/// The language a `--lang` value names: `None` for `auto`.
pub fn lang(value: &str) -> Result<Option<Lang>, String> {
    match value {
        "auto" => Ok(None),
        other => other
            .parse::<Lang>()
            .map(Some)
            .map_err(|_| format!("unknown language {other:?}")),
    }
}
