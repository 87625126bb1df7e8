//! Reading a chosen number in either language: its money sign, its
//! sign, its range end, a multiple, and the quantity it makes.

use super::*;

impl<'a> Clause<'a> {
    /// A money sign or code right before `i`: `$`, `US$`, `HK$`, `£`, `₹`,
    /// `Rs`, `KSh`, `GH¢`, `R`, `RMB`, `USD`. Returns the currency and where
    /// the sign starts.
    pub(super) fn currency_before(&self, i: usize) -> Option<(Unit, usize)> {
        let j = self.back_spaces(i);
        let last = *self.chars.get(j.checked_sub(1)?)?;
        // "USD 3 million", "KES500": a code in capitals that starts a word.
        if last.is_ascii_uppercase()
            && j >= 3
            && (j == 3 || !self.chars[j - 4].is_ascii_alphanumeric())
            && let Some(currency) = lx::iso_currency(&self.chars[j - 3..j])
        {
            return Some((Unit::Money(currency), j - 3));
        }
        // A bare "$", the commonest sign: no longer sign ends here ("US $"
        // as some texts space it is one).
        if last == '$'
            && (j < 2 || !(self.chars[j - 2].is_ascii_alphabetic() || self.chars[j - 2] == '.'))
            && self.ends_at(j, "US $").is_none()
        {
            return Some((Unit::Dollar, j - 1));
        }
        let signs = lx::currency_signs_ending(last);
        if signs.is_empty() {
            return None;
        }
        // A lettered sign is a word of at most four letters ("Rs", "RMB",
        // "KShs"): the end of a longer word ("system 5") is none.
        if last.is_ascii_alphabetic()
            && (j >= 5 && self.chars[j - 5..j].iter().all(char::is_ascii_alphabetic))
        {
            return None;
        }
        for (sign, unit) in signs {
            let Some(len) = self.ends_at(j, sign) else {
                continue;
            };
            let start = j - len;
            let lettered = sign.starts_with(|c: char| c.is_ascii_alphabetic());
            // "R", "Rs" and "RMB" start a word; "R" touches the digits.
            if lettered && start > 0 && self.chars[start - 1].is_ascii_alphabetic() {
                continue;
            }
            if *sign == "R" && j != i {
                continue;
            }
            // "P5.7 trillion", "N1,500": a peso or naira sign only before an
            // amount with a scale word or grouped digits ("P5 countries",
            // "N95 masks" are names), or for P before any number in a text
            // that names its currency ("P830 monthly").
            let named = *sign == "P" && self.signs().p_named;
            if matches!(*sign, "P" | "N") && (j != i || !(named || self.peso_amount(i))) {
                continue;
            }
            // "Rs" is the rupee of the country the document names, "P" its
            // peso or pula.
            if sign.starts_with("Rs") {
                return Some((Unit::Money(self.signs().rupee), start));
            }
            if *sign == "P" {
                return Some((Unit::Money(self.signs().p), start));
            }
            // "Sh" and "Shs" with no country named: the table's shilling
            // stands in, and the reader refuses the amount
            // ([`Clause::unnamed_shilling`]).
            if sign.starts_with("Sh")
                && let Some(currency) = self.signs().shilling
            {
                return Some((Unit::Money(currency), start));
            }
            return Some((unit.clone(), start));
        }
        None
    }

    /// Whether a money sign starting at `start` is "Sh" or "Shs" in a text
    /// that names no one country of the shilling: the amount's currency
    /// is not the reader's to guess.
    pub(super) fn unnamed_shilling(&self, start: usize) -> bool {
        self.at(start) == 'S' && self.at(start + 1) == 'h' && self.signs().shilling.is_none()
    }

    /// Whether the number at `i` looks like an amount of money: a scale
    /// word after it ("5.7 trillion") or digits grouped by commas
    /// ("1,500"). A lone letter `P` or `N` before it is then the peso or
    /// naira sign.
    pub(super) fn peso_amount(&self, i: usize) -> bool {
        let mut k = i;
        let mut grouped = false;
        while self.at(k).is_ascii_digit()
            || matches!(self.at(k), ',' | '.') && self.at(k + 1).is_ascii_digit()
        {
            grouped |= self.at(k) == ',';
            k += 1;
        }
        k > i && (grouped || self.scale_word_en(k).is_some() || self.glued_scale(k).is_some())
    }

    /// Reads the chosen number with its magnitude, unit, qualifier, range
    /// end and change.
    pub(super) fn read_figure(&self, cand: &Cand, cands: &[Cand]) -> Result<Read> {
        // "Industry (1.2)%": brackets around a number before its percent
        // sign write a negative the way accounts do, or a note; the sign
        // is not the reader's to guess.
        let after = self.skip_spaces(cand.end + 1);
        if cand.start > 0
            && matches!(self.chars[cand.start - 1], '(' | '（')
            && matches!(self.at(cand.end), ')' | '）')
            && (matches!(self.at(after), '%' | '％')
                || self.has(after, "per cent")
                || self.has(after, "percent"))
        {
            return Err(self.err(
                cand.start,
                "a number in brackets before its percent sign: a negative as accounts write it, or not",
            ));
        }
        match self.lang {
            Lang::Zh => self.read_zh(cand, cands),
            Lang::En => self.read_en(cand, cands),
        }
    }

    pub(super) fn quantity(
        &self,
        cand: &Cand,
        value: Decimal,
        high: Option<Decimal>,
        magnitude: Magnitude,
        unit: Unit,
        qualifier: Qualifier,
    ) -> Result<Quantity> {
        let q = match high {
            Some(h) if h >= value => Quantity::range(value, h, magnitude, unit),
            Some(_) => {
                return Err(self.err(cand.start, "a range whose low end exceeds its high end"));
            }
            None => Quantity::new(value, magnitude, unit, qualifier),
        };
        q.map(|q| q.with_inexact(cand.inexact))
            .map_err(|_| self.err(cand.start, "a value too large to hold"))
    }

    /// Where the figure of `cand` starts, with its minus sign.
    pub(super) fn sign_start(&self, cand: &Cand) -> usize {
        if cand.minus {
            cand.start - 1
        } else {
            cand.start
        }
    }

    /// The high end of a range as the clause states it: negative when a
    /// minus sign that is not the range's own dash stands before it
    /// (`-3%至-1%`).
    pub(super) fn high_value(&self, next: &Cand, sep: &str) -> Decimal {
        if next.negative() && sep != "-" {
            -next.value
        } else {
            next.value
        }
    }

    /// The value, range end and direction of a figure read with a minus
    /// sign before it. A negative size after a word of growth is a change
    /// down (增长-6.8%, "GDP grew -6.8%", "growth of -3%"), and so is a
    /// negative figure with a basis and no word of change ("-3.2% year on
    /// year"); with no word of change and no basis the figure is a negative
    /// level (`-3%`). A negative size after a word of decline (下降-3%) and
    /// a range of changes across zero could mean either way, and are
    /// refused.
    pub(super) fn signed(
        &self,
        cand: &Cand,
        value: Decimal,
        high: Option<Decimal>,
        direction: Option<Dir>,
        basis: Basis,
    ) -> Result<(Decimal, Option<Decimal>, Option<Dir>)> {
        if !cand.negative() {
            return Ok((value, high, direction));
        }
        let at = if cand.minus {
            cand.start - 1
        } else {
            self.figure_start(cand)
        };
        let change = direction.is_some() || basis != Basis::Unstated;
        if !change {
            return Ok((-value, high, None));
        }
        if high.is_some() {
            return Err(self.err(
                at,
                "a change between a negative and another end: a rise or a fall?",
            ));
        }
        match direction {
            Some(Dir::Up) | None => Ok((value, None, Some(Dir::Down))),
            Some(Dir::Down | Dir::Flat) => Err(self.err(
                at,
                "a fall of a negative size (下降-3%, fell -3%): a rise or a fall?",
            )),
        }
    }

    /// A change stated as a multiple, as a change in percent: 增长一倍 is up
    /// 100% (as 翻一番 is), 增长1.5倍 up 150%. A level stated as a multiple
    /// (是上年的2倍) stays a multiple. A decline by a multiple (下降一倍) has
    /// no meaning and is refused, and so is an English change by "N times",
    /// which may mean N times as much or N times more.
    #[inline]
    pub(super) fn multiple_as_percent(
        &self,
        cand: &Cand,
        value: Decimal,
        high: Option<Decimal>,
        unit: Unit,
        direction: Option<Dir>,
    ) -> Result<(Decimal, Option<Decimal>, Unit)> {
        if direction.is_none() || unit != Unit::Times {
            return Ok((value, high, unit));
        }
        if self.lang == Lang::En {
            return Err(self.err(
                cand.start,
                "a change by a multiple (\"N times\"): N times as much, or N times more?",
            ));
        }
        if direction != Some(Dir::Up) {
            return Err(self.err(cand.start, "a decline stated as a multiple"));
        }
        let percent = |v: Decimal| {
            times_hundred(v).ok_or_else(|| self.err(cand.start, "a multiple too large to hold"))
        };
        let high = high.map(percent).transpose()?;
        Ok((percent(value)?, high, Unit::Percent))
    }

    /// The number of characters of `word` when the text just before `j`
    /// is that word.
    pub(super) fn ends_at(&self, j: usize, word: &str) -> Option<usize> {
        let mut k = j;
        for w in word.chars().rev() {
            k = k.checked_sub(1)?;
            if self.chars[k] != w {
                return None;
            }
        }
        Some(j - k)
    }

    /// The first entry of a table whose word the text just before `j`
    /// is, with the word's length in characters.
    pub(super) fn entry_ending_at<T>(
        &self,
        j: usize,
        endings: &Endings<T>,
    ) -> Option<(&'static (&'static str, T), usize)> {
        let before = self.chars.get(j.checked_sub(1)?)?;
        if !endings.last().contains(before) {
            return None;
        }
        endings
            .table
            .iter()
            .find_map(|entry| self.ends_at(j, entry.0).map(|len| (entry, len)))
    }
}

/// A table of words looked for just before a position, with the last
/// characters of its words (each once), found when the table is made:
/// most positions end in none of them, and [`Clause::entry_ending_at`]
/// walks the table only when one does.
pub(super) struct Endings<T: 'static> {
    table: &'static [(&'static str, T)],
    last: [char; Endings::<()>::MAX],
    len: usize,
}

impl<T> Endings<T> {
    /// The most distinct last characters a table may have.
    const MAX: usize = 32;

    /// The table with its last characters. Panics on an empty word or
    /// more than [`Self::MAX`] last characters, which in a `static` is
    /// an error at compile time.
    pub(super) const fn new(table: &'static [(&'static str, T)]) -> Self {
        let mut last = ['\0'; Endings::<()>::MAX];
        let mut len = 0;
        let mut i = 0;
        while i < table.len() {
            let c = last_char(table[i].0);
            let mut k = 0;
            while k < len && last[k] != c {
                k += 1;
            }
            if k == len {
                assert!(len < Endings::<()>::MAX, "too many last characters");
                last[len] = c;
                len += 1;
            }
            i += 1;
        }
        Endings { table, last, len }
    }

    /// The last characters, each once, in the table's order.
    fn last(&self) -> &[char] {
        &self.last[..self.len]
    }
}

/// The last character of a word, in a `const fn`: the word's final
/// UTF-8 sequence decoded by hand.
const fn last_char(word: &str) -> char {
    let b = word.as_bytes();
    assert!(!b.is_empty(), "an empty word in a table");
    let mut i = b.len() - 1;
    while b[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    let lead = b[i] as u32;
    let (mut code, extra) = match b.len() - 1 - i {
        0 => (lead, 0),
        1 => (lead & 0x1F, 1),
        2 => (lead & 0x0F, 2),
        _ => (lead & 0x07, 3),
    };
    let mut k = 1;
    while k <= extra {
        code = (code << 6) | (b[i + k] as u32 & 0x3F);
        k += 1;
    }
    match char::from_u32(code) {
        Some(c) => c,
        None => panic!("not a character"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_character_of_a_word_of_any_width() {
        // One, two, three and four bytes: a, é (U+00E9), 幅 (U+5E45),
        // 𠀀 (U+20000).
        assert_eq!(last_char("a"), 'a');
        assert_eq!(last_char("café"), '\u{e9}');
        assert_eq!(last_char("涨幅"), '\u{5e45}');
        assert_eq!(last_char("x𠀀"), '\u{20000}');
        const TABLE: &[(&str, u8)] = &[("增长", 0), ("净增", 1), ("增", 2), ("涨幅", 3)];
        const ENDINGS: Endings<u8> = Endings::new(TABLE);
        assert_eq!(ENDINGS.last(), ['长', '增', '幅']);
    }
}
