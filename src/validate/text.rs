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
    if text.trim().is_empty() {
        out.push(
            item.pos,
            Rule::TextBlank,
            format!("the {what} is blank"),
            None,
            None,
        );
    }
}
