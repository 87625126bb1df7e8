//! Bit sets over the bytes of an ASCII clause: one bit a byte, 64 bytes a
//! word.
//!
//! The reader's first look at an English clause is "where are the words and
//! where are the digits". Asked one byte at a time, that question costs a
//! hard-to-predict branch at every edge of every word; asked of 64 bytes at
//! once it costs a few shifts, and the edges are found with
//! `trailing_zeros`.

/// Which bytes of an ASCII text belong to a word, and which are digits.
#[derive(Default)]
pub(super) struct Bits {
    /// Letters, and `-` or `'` between two letters ("year-on-year").
    pub(super) word: Vec<u64>,
    /// ASCII digits.
    pub(super) digit: Vec<u64>,
}

impl Bits {
    /// Fills the sets for `text`, an ASCII text (a byte past 127 counts as
    /// neither letter, joiner nor digit).
    pub(super) fn fill(&mut self, text: &[u8]) {
        self.word.clear();
        self.digit.clear();
        let mut last_letter_before = 0_u64;
        for (c, chunk) in text.chunks(64).enumerate() {
            let (mut letter, mut joiner, mut digit) = (0_u64, 0_u64, 0_u64);
            let mut eights = chunk.chunks_exact(8);
            let mut shift = 0;
            for eight in &mut eights {
                let mut b = [0_u8; 8];
                b.copy_from_slice(eight);
                let (l, j, d) = classify(u64::from_le_bytes(b));
                letter |= l << shift;
                joiner |= j << shift;
                digit |= d << shift;
                shift += 8;
            }
            let rest = eights.remainder();
            if !rest.is_empty() {
                let x = rest.iter().rev().fold(0, |x, &b| (x << 8) | u64::from(b));
                let (l, j, d) = classify(x);
                letter |= l << shift;
                joiner |= j << shift;
                digit |= d << shift;
            }
            let first_letter_after = text.get((c + 1) * 64).is_some_and(u8::is_ascii_alphabetic);
            let before = (letter << 1) | last_letter_before;
            let after = (letter >> 1) | (u64::from(first_letter_after) << 63);
            self.word.push(letter | (joiner & before & after));
            self.digit.push(digit);
            last_letter_before = letter >> 63;
        }
    }
}

/// The letters, joiners and digits among eight bytes, as the low eight
/// bits of each set.
fn classify(x: u64) -> (u64, u64, u64) {
    let ascii = !x & HIGH;
    let x = x & !HIGH;
    let lower = x | (ONES * 0x20);
    (
        pack(in_range(lower, b'a', b'z' + 1) & ascii),
        pack((equal(x, b'-') | equal(x, b'\'')) & ascii),
        pack(in_range(x, b'0', b'9' + 1) & ascii),
    )
}

// Eight bytes at once ("SWAR"): for bytes below 128, adding `128 - c` to
// each sets its high bit exactly when the byte is at least `c`, and no
// byte carries into the next.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte (below 128) that is at least `c`.
fn at_least(x: u64, c: u8) -> u64 {
    (x + ONES * u64::from(0x80 - c)) & HIGH
}

/// The high bit of each byte (below 128) in `lo..hi`.
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    at_least(x, lo) & !at_least(x, hi)
}

/// The high bit of each byte (below 128) equal to `c` (below 128).
fn equal(x: u64, c: u8) -> u64 {
    !((x ^ (ONES * u64::from(c))) + ONES * 0x7f) & HIGH
}

/// The high bits of the eight bytes as the low eight bits, byte 0 first.
fn pack(high: u64) -> u64 {
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The first set bit at or after `i`.
pub(super) fn next_one(bits: &[u64], i: usize) -> Option<usize> {
    let mut c = i / 64;
    let mut w = bits.get(c)? & (u64::MAX << (i % 64));
    loop {
        if w != 0 {
            return Some(c * 64 + w.trailing_zeros() as usize);
        }
        c += 1;
        w = *bits.get(c)?;
    }
}

/// The first clear bit at or after `i` (past the end when there is none).
pub(super) fn next_zero(bits: &[u64], i: usize) -> usize {
    let mut c = i / 64;
    let Some(first) = bits.get(c) else {
        return i;
    };
    let mut w = !first & (u64::MAX << (i % 64));
    loop {
        if w != 0 {
            return c * 64 + w.trailing_zeros() as usize;
        }
        c += 1;
        match bits.get(c) {
            Some(b) => w = !b,
            None => return c * 64,
        }
    }
}

/// Calls `f(start, end)` for each run of set bits, in order.
pub(super) fn for_each_run(bits: &[u64], mut f: impl FnMut(usize, usize)) {
    let mut i = 0;
    while let Some(start) = next_one(bits, i) {
        let end = next_zero(bits, start);
        f(start, end);
        i = end;
    }
}

/// A table of the bytes in `bytes`, built when the crate is compiled: a
/// look-up of one byte says whether it is one of them.
pub(super) const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
}

/// The first byte of `bytes` at or after `i` and before `end` that `set`
/// holds, else `end` (or the end of `bytes`): the bytes between are passed
/// over one look-up each, not decoded.
pub(super) fn next_in(bytes: &[u8], mut i: usize, end: usize, set: &[bool; 256]) -> usize {
    let end = end.min(bytes.len());
    while i < end && !set[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule the bits encode, one byte at a time: the loop the reader
    /// uses for other text.
    fn words_slowly(t: &[u8]) -> Vec<(usize, usize)> {
        let letter = |k: usize| t.get(k).is_some_and(u8::is_ascii_alphabetic);
        let joiner = |k: usize| matches!(t.get(k), Some(b'-' | b'\''));
        let mut out = Vec::new();
        super::super::parse::for_each_word(t.len(), letter, joiner, |s, e| out.push((s, e)));
        out
    }

    fn words_by_bits(t: &[u8]) -> Vec<(usize, usize)> {
        let mut bits = Bits::default();
        bits.fill(t);
        let mut out = Vec::new();
        for_each_run(&bits.word, |s, e| out.push((s, e)));
        out
    }

    #[test]
    fn words_match_the_byte_by_byte_rule() {
        let long = format!("{}-{}", "a".repeat(63), "b".repeat(70));
        let edge = format!("{}-x y'-z", " ".repeat(62));
        let texts = [
            "",
            "a",
            "-a-",
            "year-on-year growth of 5.2%",
            "china's gdp--grew 'a' b-",
            long.as_str(),
            edge.as_str(),
            "x'y'z 12abc def9 ghi",
        ];
        for t in texts {
            assert_eq!(
                words_by_bits(t.as_bytes()),
                words_slowly(t.as_bytes()),
                "{t:?}"
            );
        }
    }

    #[test]
    fn words_match_on_every_text_of_a_small_alphabet() {
        // Every text of up to six bytes over letters, joiners and others,
        // placed across a chunk edge.
        let alphabet = [b'a', b'-', b'\'', b' ', b'1'];
        for len in 0..=6_u32 {
            for mut code in 0..5_usize.pow(len) {
                let mut t = vec![b' '; 61];
                for _ in 0..len {
                    t.push(alphabet[code % 5]);
                    code /= 5;
                }
                assert_eq!(
                    words_by_bits(&t),
                    words_slowly(&t),
                    "{:?}",
                    String::from_utf8_lossy(&t)
                );
            }
        }
    }

    #[test]
    fn eight_bytes_at_once_classify_like_one_at_a_time() {
        for b in 0..=255_u8 {
            for k in 0..8 {
                let x = u64::from(b) << (8 * k);
                let ascii = !x & HIGH;
                let x7 = x & !HIGH;
                let bit = 1 << k;
                let letter = pack(in_range(x7 | (ONES * 0x20), b'a', b'z' + 1) & ascii);
                assert_eq!(letter & bit != 0, b.is_ascii_alphabetic(), "{b}");
                let digit = pack(in_range(x7, b'0', b'9' + 1) & ascii);
                assert_eq!(digit & bit != 0, b.is_ascii_digit(), "{b}");
                let joiner = pack((equal(x7, b'-') | equal(x7, b'\'')) & ascii);
                assert_eq!(joiner & bit != 0, b == b'-' || b == b'\'', "{b}");
            }
        }
        // Every pattern of high bits packs to its own bits.
        for bits in 0..=255_u64 {
            let high = (0..8).fold(0, |h, k| h | ((bits >> k) & 1) << (8 * k + 7));
            assert_eq!(pack(high), bits);
        }
    }

    #[test]
    fn digits_and_runs() {
        let mut bits = Bits::default();
        let t = format!("up 12.5% in {}2023", " ".repeat(60));
        bits.fill(t.as_bytes());
        let mut runs = Vec::new();
        for_each_run(&bits.digit, |s, e| runs.push((s, e)));
        assert_eq!(runs, [(3, 5), (6, 7), (72, 76)]);
        assert_eq!(next_one(&bits.digit, 8), Some(72));
        assert_eq!(next_one(&bits.digit, 76), None);
        assert_eq!(next_zero(&bits.digit, 3), 5);
        assert_eq!(next_zero(&bits.digit, 500), 500);
    }
}
