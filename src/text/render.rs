//! Rendering quantities and statistics as report text (being written).

use super::Lang;
use crate::{Quantity, Statistic};

/// Renders a quantity as report text in `lang`.
///
/// # Examples
///
/// ```no_run
/// let _ = workreport::text::render;
/// ```
pub fn render(quantity: &Quantity, lang: Lang) -> String {
    let _ = lang;
    quantity.to_string()
}

/// Renders a statistic as report text in `lang`.
///
/// # Examples
///
/// ```no_run
/// let _ = workreport::text::render_statistic;
/// ```
pub fn render_statistic(statistic: &Statistic, lang: Lang) -> String {
    let _ = lang;
    statistic.quote().to_owned()
}
