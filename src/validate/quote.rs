//! `quote.*`: the source text of a figure.

use super::{At, Context, Out, Pos, Rule, Severity};
use crate::{Measure, Unit};

/// `quote.unreadable`: a figure whose quote cannot be read, kept with no
/// value.
pub(super) fn unreadable(_: &Context<'_>, at: &At<'_>, out: &mut Out<'_>) {
    if at.stat.is_unreadable() {
        out.push(
            at.pos,
            Rule::QuoteUnreadable,
            "the figure's quote cannot be read, and the figure has no value".to_owned(),
            Some(at.stat.quote()),
            None,
        );
    }
}

/// `quote.mismatch`: the quote, re-read with [`crate::text::parse`], says
/// another value (error), or the same value in another unit or with
/// another qualifier (warning), than the structured figure. A quote the
/// reader cannot read is not a mismatch, and a counted noun (`other:`) is
/// not compared with another count: the reader's noun is a guess.
pub(super) fn mismatch(_: &Context<'_>, at: &At<'_>, out: &mut Out<'_>) {
    let Some(stated) = at.stat.quantity() else {
        return;
    };
    let Ok(reading) = crate::text::parse(at.stat.quote(), None) else {
        return;
    };
    let Some(read) = reading.quantity else { return };
    let same_value =
        read.expanded() == stated.expanded() && read.expanded_high() == stated.expanded_high();
    // The counted noun of "9 gang-related organizations" is the reader's
    // guess: two counts agree when either is a noun (`other:`).
    let noun = |u: &Unit| matches!(u, Unit::Other(_));
    let same_unit = read.unit() == stated.unit()
        || read.unit().is_count()
            && stated.unit().is_count()
            && (noun(read.unit()) || noun(stated.unit()));
    let same_qualifier = read.qualifier() == stated.qualifier();
    if same_value && same_unit && same_qualifier {
        return;
    }
    let severity = if same_value {
        Severity::Warning
    } else {
        Severity::Error
    };
    let what = match (same_value, same_unit, same_qualifier) {
        (false, _, _) => "another value",
        (true, false, true) => "another unit",
        (true, true, false) => "another qualifier",
        (true, false, false) => "another unit and qualifier",
        (true, true, true) => return,
    };
    out.push_as(
        at.pos,
        Rule::QuoteMismatch,
        severity,
        format!(
            "the quote says {} ({}), the figure {} ({}): {what}",
            read,
            code(&read),
            stated,
            code(stated)
        ),
        Some(at.stat.quote()),
        None,
    );
}

/// A quantity's value, unit and qualifier in codes: `170000 people
/// more_than`.
fn code(q: &crate::Quantity) -> String {
    match q.expanded_high() {
        Some(high) => format!(
            "{}..{} {} {}",
            q.expanded().normalize(),
            high.normalize(),
            q.unit(),
            q.qualifier().code()
        ),
        None => format!(
            "{} {} {}",
            q.expanded().normalize(),
            q.unit(),
            q.qualifier().code()
        ),
    }
}

/// What redactions and placeholders look like in report text.
const REDACTIONS: [&str; 7] = ["**", "＊＊", "XX", "□", "×××", "某某", "[redacted]"];

/// `quote.redaction`: a redaction or placeholder in a quote (`**`, `XX`,
/// `□`, `×××`, `某某`): information the source withheld, worth knowing
/// before the quote is published as it is.
pub(super) fn redaction(pos: Pos, quote: &str, out: &mut Out<'_>) {
    // Every mark is either outside ASCII or starts with one of these
    // bytes. The scan looks at sixteen bytes at a time with no early exit
    // inside them, so that the compiler tests them together: most quotes
    // are passed over in a few instructions, not searched seven times.
    // A quote of sixteen bytes or more ends with the last sixteen, which
    // overlap the chunk before; a shorter one is read byte by byte.
    let flag = |b: &u8| (*b >= 0x80) | (*b == b'*') | (*b == b'X') | (*b == b'[');
    let chunk = |c: &[u8]| c.iter().fold(false, |seen, b| seen | flag(b));
    let bytes = quote.as_bytes();
    let may_hold_a_mark = match bytes.len().checked_sub(16) {
        Some(last) => bytes.chunks_exact(16).any(chunk) || chunk(&bytes[last..]),
        None => bytes.iter().any(flag),
    };
    if !may_hold_a_mark {
        return;
    }
    if let Some(mark) = REDACTIONS.iter().find(|m| quote.contains(*m)) {
        out.push(
            pos,
            Rule::QuoteRedaction,
            format!("the quote holds a redaction or placeholder, {mark:?}"),
            Some(quote),
            None,
        );
    }
}

/// `quote.empty`: a measure whose quote is there but blank. (A statistic's
/// quote cannot be blank: construction refuses it.)
pub(super) fn empty(pos: Pos, measure: &Measure, out: &mut Out<'_>) {
    if measure
        .quote
        .as_deref()
        .is_some_and(|q| q.trim().is_empty())
    {
        out.push(
            pos,
            Rule::QuoteEmpty,
            "the measure's quote is blank: nothing to check it against".to_owned(),
            None,
            Some("quote the source's words, or leave the quote out".to_owned()),
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_first_scan_knows_every_mark() {
        for mark in super::REDACTIONS {
            assert!(
                !mark.is_ascii() || matches!(mark.as_bytes()[0], b'*' | b'X' | b'['),
                "{mark}"
            );
        }
    }
}
