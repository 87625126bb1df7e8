//! Word tables looked up with one multiplication and one comparison.
//!
//! The reader asks of nearly every English word of a clause whether it is a
//! number word, a change word, a unit, a stop word. A `match` on strings
//! answers by branching on the word's length and letters, and the words of
//! real clauses come in every length: the branches are mispredicted, and
//! mispredictions, not instructions, were most of the reader's time. A
//! [`WordMap`] instead reduces a word to a 64-bit key without looking at its
//! letters one at a time, finds its slot with a multiplier chosen when the
//! crate is compiled so that every table word has a slot of its own, and
//! compares once.

/// Slots of a table: room enough that a multiplier giving each word its
/// own slot is found in a few tries.
const SLOTS: usize = 512;

/// A word as one 64-bit number: its first eight bytes, its last eight when
/// it is longer, and its length. Equal words have equal keys; words of up
/// to eight bytes have equal keys only when they are equal.
pub(crate) const fn word_key(w: &[u8]) -> u64 {
    let n = w.len();
    let mut first = 0_u64;
    let mut last = 0_u64;
    let mut i = 0;
    while i < 8 {
        if i < n {
            first |= (w[i] as u64) << (8 * i);
        }
        if n > 8 {
            last |= (w[n - 8 + i] as u64) << (8 * i);
        }
        i += 1;
    }
    mix(first, last, n)
}

const fn mix(first: u64, last: u64, n: usize) -> u64 {
    first ^ last.rotate_left(29) ^ (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// [`word_key`] of the word `buf[start..end]`, without a branch on its
/// length when eight bytes of `buf` follow `start` (a buffer of words
/// padded at its end): a clause's words come in every length, and a branch
/// on it would be mispredicted.
pub(crate) fn word_key_in(buf: &[u8], start: usize, end: usize) -> u64 {
    let n = end.saturating_sub(start);
    let load = |at: usize| {
        buf.get(at..at + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
    };
    match (load(start), load(end.saturating_sub(8))) {
        (Some(first), Some(last)) if n > 0 => {
            let first = u64::from_le_bytes(first) & (u64::MAX >> (64 - 8 * n.min(8)));
            let last = u64::from_le_bytes(last) & u64::from(n > 8).wrapping_neg();
            mix(first, last, n)
        }
        _ => word_key(buf.get(start..end).unwrap_or(&[])),
    }
}

/// A word and its [`word_key`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Keyed<'a> {
    pub(crate) text: &'a str,
    pub(crate) key: u64,
}

impl<'a> From<&'a str> for Keyed<'a> {
    fn from(text: &'a str) -> Self {
        Keyed {
            text,
            key: word_key(text.as_bytes()),
        }
    }
}

/// The slot of `key` among `S` (a power of two) with `multiplier`.
const fn slot<const S: usize>(key: u64, multiplier: u64) -> usize {
    (key.wrapping_mul(multiplier) >> (64 - S.trailing_zeros())) as usize
}

/// A multiplier that gives each of `keys` (distinct) a slot of its own
/// among `S`, and the slots: index + 1 into `keys`, or 0. Fails to compile
/// when none is found.
const fn perfect<const S: usize>(keys: &[u64]) -> (u64, [u8; S]) {
    let mut multiplier: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut tries = 0;
    'search: loop {
        tries += 1;
        assert!(tries < 100_000, "no multiplier gives each key a slot");
        let mut slots = [0_u8; S];
        let mut k = 0;
        while k < keys.len() {
            let s = slot::<S>(keys[k], multiplier);
            if slots[s] != 0 {
                multiplier = multiplier.wrapping_add(0x2545_f491_4f6c_dd1e) | 1;
                continue 'search;
            }
            slots[s] = k as u8 + 1;
            k += 1;
        }
        return (multiplier, slots);
    }
}

/// A table from words to values, built when the crate is compiled.
pub(crate) struct WordMap<V: 'static, const N: usize> {
    pairs: [(&'static str, V); N],
    keys: [u64; N],
    multiplier: u64,
    /// Index + 1 into `pairs`, or 0.
    slots: [u8; SLOTS],
}

/// A set of words.
pub(crate) type WordSet<const N: usize> = WordMap<(), N>;

impl<V: 'static, const N: usize> WordMap<V, N> {
    /// The table of `pairs`. Fails to compile when a word is listed twice.
    pub(crate) const fn new(pairs: [(&'static str, V); N]) -> Self {
        assert!(N <= 96, "a WordMap holds at most 96 words");
        let mut keys = [0; N];
        let mut k = 0;
        while k < N {
            keys[k] = word_key(pairs[k].0.as_bytes());
            let mut j = 0;
            while j < k {
                assert!(keys[j] != keys[k], "two words of a WordMap share a key");
                j += 1;
            }
            k += 1;
        }
        let (multiplier, slots) = perfect::<SLOTS>(&keys);
        WordMap {
            pairs,
            keys,
            multiplier,
            slots,
        }
    }

    /// The value of `w`, if it is a word of the table.
    pub(crate) fn get<'a>(&self, w: impl Into<Keyed<'a>>) -> Option<&V> {
        let Keyed { text, key } = w.into();
        self.get_bytes(text.as_bytes(), key)
    }

    /// The value of the word of bytes `w` with key `key` ([`word_key`] of
    /// `w`): for a caller that holds the word as bytes, so that no check of
    /// where its characters start is paid for a word that is not in the
    /// table.
    pub(crate) fn get_bytes(&self, w: &[u8], key: u64) -> Option<&V> {
        let k = usize::from(self.slots[slot::<SLOTS>(key, self.multiplier)]).checked_sub(1)?;
        let (word, value) = self.pairs.get(k)?;
        // Keys of words past eight bytes can meet: compare those.
        (self.keys[k] == key && word.len() == w.len() && (w.len() <= 8 || word.as_bytes() == w))
            .then_some(value)
    }

    /// Whether `w` is a word of the table.
    pub(crate) fn contains<'a>(&self, w: impl Into<Keyed<'a>>) -> bool {
        self.get(w).is_some()
    }

    /// The words of the table and their values.
    #[cfg(test)]
    pub(crate) fn pairs(&self) -> &[(&'static str, V)] {
        &self.pairs
    }
}

impl<const N: usize> WordSet<N> {
    /// The set of `words`.
    pub(crate) const fn set(words: [&'static str; N]) -> Self {
        let mut pairs = [("", ()); N];
        let mut k = 0;
        while k < N {
            pairs[k].0 = words[k];
            k += 1;
        }
        WordMap::new(pairs)
    }
}

/// Slots of a [`CharMap`]: with eight for each character it may hold, a
/// multiplier that gives each its own slot is soon found.
const CHAR_SLOTS: usize = 1024;

/// The characters a [`CharMap`] holds, and one more.
const CHAR_CAP: usize = CHAR_SLOTS / 8;

/// A table from characters to characters, built when the crate is
/// compiled, for the questions the reader asks of every character of a
/// Chinese clause (is it a numeral, what does it normalize to): a `match`
/// on many characters is a tree of branches that text of mixed scripts
/// sends every way.
pub(crate) struct CharMap<const N: usize> {
    /// The table's characters as numbers, after a first entry no
    /// character equals (`u32::MAX`) for the empty slots to point at.
    keys: [u32; CHAR_CAP],
    values: [char; CHAR_CAP],
    multiplier: u64,
    /// Index into `keys`: 0 for an empty slot.
    slots: [u8; CHAR_SLOTS],
}

impl<const N: usize> CharMap<N> {
    /// The table of `pairs`. Fails to compile when a character is listed
    /// twice.
    pub(crate) const fn new(pairs: [(char, char); N]) -> Self {
        assert!(N < CHAR_CAP, "a CharMap holds fewer than 128 characters");
        let mut keys = [u32::MAX; CHAR_CAP];
        let mut values = ['\0'; CHAR_CAP];
        let mut chars = [0_u64; N];
        let mut k = 0;
        while k < N {
            let mut j = 0;
            while j < k {
                assert!(chars[j] != pairs[k].0 as u64, "a character listed twice");
                j += 1;
            }
            keys[k + 1] = pairs[k].0 as u32;
            values[k + 1] = pairs[k].1;
            chars[k] = pairs[k].0 as u64;
            k += 1;
        }
        let (multiplier, slots) = perfect::<CHAR_SLOTS>(&chars);
        CharMap {
            keys,
            values,
            multiplier,
            slots,
        }
    }

    /// The set of `chars`, each mapped to itself.
    pub(crate) const fn set(chars: [char; N]) -> Self {
        let mut pairs = [('\0', '\0'); N];
        let mut k = 0;
        while k < N {
            pairs[k] = (chars[k], chars[k]);
            k += 1;
        }
        CharMap::new(pairs)
    }

    /// The value of `c`, or `c` itself when it is not in the table.
    pub(crate) fn map(&self, c: char) -> char {
        let k = usize::from(self.slots[slot::<CHAR_SLOTS>(u64::from(c), self.multiplier)]);
        if self.keys[k] == c as u32 {
            self.values[k]
        } else {
            c
        }
    }

    /// Whether `c` is in the table.
    pub(crate) fn contains(&self, c: char) -> bool {
        let k = usize::from(self.slots[slot::<CHAR_SLOTS>(u64::from(c), self.multiplier)]);
        self.keys[k] == c as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static COLOURS: WordMap<u8, 5> = WordMap::new([
        ("red", 1),
        ("green", 2),
        ("blue", 3),
        ("increasing", 4),
        ("increased", 5),
    ]);

    #[test]
    fn finds_its_words_and_no_others() {
        for (w, v) in COLOURS.pairs() {
            assert_eq!(COLOURS.get(*w), Some(v), "{w}");
        }
        for w in [
            "",
            "r",
            "re",
            "reds",
            "Red",
            "blu",
            "increase",
            "increases",
            "increasinG",
            "gree",
            "greenery",
        ] {
            assert_eq!(COLOURS.get(w), None, "{w}");
        }
    }

    #[test]
    fn short_words_have_keys_of_their_own() {
        // Every word of up to three letters over a small alphabet, and
        // every word of four to eight letters over two.
        let mut seen = std::collections::HashMap::new();
        let every = |alphabet: &[u8], lens: std::ops::RangeInclusive<u32>| {
            let mut words = Vec::new();
            for len in lens {
                for mut code in 0..alphabet.len().pow(len) {
                    let mut w = String::new();
                    for _ in 0..len {
                        w.push(char::from(alphabet[code % alphabet.len()]));
                        code /= alphabet.len();
                    }
                    words.push(w);
                }
            }
            words
        };
        let mut words = every(b"ab-z", 0..=3);
        words.extend(every(b"ay", 4..=8));
        for w in words {
            let key = word_key(w.as_bytes());
            if let Some(other) = seen.insert(key, w.clone()) {
                panic!("{w:?} and {other:?} share a key");
            }
        }
    }

    #[test]
    fn keys_from_a_padded_buffer_are_the_keys() {
        let text = "a an year-on-year consecutive increasing of eight-letters";
        let mut padded = text.as_bytes().to_vec();
        padded.extend([0; 8]);
        for (start, w) in text.match_indices(|c: char| c != ' ').fold(
            Vec::<(usize, String)>::new(),
            |mut words, (i, c)| {
                match words.last_mut() {
                    Some((s, w)) if *s + w.len() == i => w.push_str(c),
                    _ => words.push((i, c.to_owned())),
                }
                words
            },
        ) {
            let end = start + w.len();
            assert_eq!(
                word_key_in(&padded, start, end),
                word_key(w.as_bytes()),
                "{w}"
            );
            // Unpadded, near the end: the slow way, same key.
            assert_eq!(
                word_key_in(text.as_bytes(), start, end),
                word_key(w.as_bytes()),
                "{w}"
            );
        }
    }

    #[test]
    fn char_maps_find_their_characters_and_no_others() {
        static MAP: CharMap<4> =
            CharMap::new([('萬', '万'), ('億', '亿'), ('兩', '两'), ('\u{3000}', ' ')]);
        assert_eq!(MAP.map('萬'), '万');
        assert_eq!(MAP.map('\u{3000}'), ' ');
        assert!(MAP.contains('億'));
        // Every other character of the Basic Multilingual Plane and beyond
        // maps to itself.
        for c in ('\0'..='\u{2FFFF}').filter(|c| !"萬億兩\u{3000}".contains(*c)) {
            assert_eq!(MAP.map(c), c, "{c:?}");
            assert!(!MAP.contains(c), "{c:?}");
        }
    }

    #[test]
    fn sets() {
        static SET: WordSet<3> = WordSet::set(["a", "an", "the"]);
        assert!(SET.contains("an") && SET.contains("the"));
        assert!(!SET.contains("then") && !SET.contains(""));
    }
}
