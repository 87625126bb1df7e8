//! `text.*`: the texts that say what an item is.

use super::{Item, Out, Rule, What};

/// `text.blank`: a blank report title or issuer, section heading,
/// achievement or target text, or measure title: an item no reader can
/// tell from another.
pub(super) fn blank(item: &Item<'_>, out: &mut Out<'_>) {
    let (text, what) = match item.what {
        What::Text(text, what) => (text, what.name()),
        What::Measure(m) => (m.title.as_str(), "measure title"),
        What::Outcome(_) | What::Target(_) => return,
    };
    // Nearly every text starts with a printable ASCII character, which no
    // blank text does: `trim` walks from both ends with Unicode's tables.
    let starts_printable = text.as_bytes().first().is_some_and(u8::is_ascii_graphic);
    if !starts_printable && text.trim().is_empty() {
        out.push(
            item.pos,
            Rule::TextBlank,
            format!("the {what} is blank"),
            None,
            None,
        );
    }
}
