//! The hasher of the crate's tables keyed by report text (metric names,
//! scopes, mention keys).
//!
//! foldhash is a few times cheaper than std's SipHash on short keys. Its own
//! random state is seeded from the address-space layout and the clock; here
//! both of its seeds come from std's `RandomState`, whose keys the operating
//! system's randomness makes. A report written in advance cannot know them,
//! so it cannot choose metric names that collide and make a table slow.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use foldhash::SharedSeed;
use foldhash::fast::SeedableRandomState;

/// The hasher state of a table keyed by report text.
pub(crate) type Keyed = SeedableRandomState;

/// A new hasher state: a fresh seed for the table, and a seed shared by the
/// process's tables, both from the operating system's randomness.
pub(crate) fn keyed() -> Keyed {
    static SHARED: OnceLock<SharedSeed> = OnceLock::new();
    let random = || RandomState::new().hash_one(0_u8);
    let shared = SHARED.get_or_init(|| SharedSeed::from_u64(random()));
    SeedableRandomState::with_seed(random(), shared)
}

/// A hash map keyed by report text.
pub(crate) type Map<K, V> = std::collections::HashMap<K, V, Keyed>;

/// An empty [`Map`] with room for `capacity` entries.
pub(crate) fn map<K, V>(capacity: usize) -> Map<K, V> {
    Map::with_capacity_and_hasher(capacity, keyed())
}

/// A hash map keyed by hashes made with a [`Keyed`] state, which it uses
/// as they are: 8 bytes a key, however long the text hashed.
pub(crate) type Prehashed<V> = std::collections::HashMap<u64, V, BuildHasherDefault<Identity>>;

/// An empty [`Prehashed`] map with room for `capacity` entries.
pub(crate) fn prehashed<V>(capacity: usize) -> Prehashed<V> {
    Prehashed::with_capacity_and_hasher(capacity, BuildHasherDefault::default())
}

/// The hasher of a [`Prehashed`] map: the `u64` key is its own hash.
#[derive(Default)]
pub(crate) struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // A `u64` key comes through `write_u64`; any other bytes are
        // folded in all the same rather than lost.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    #[test]
    fn each_table_has_its_own_seed() {
        // Equal keys hash alike within a table and differently across
        // tables (a collision of 64-bit hashes of two random seeds is
        // vanishingly rare).
        let (a, b) = (super::keyed(), super::keyed());
        assert_eq!(a.hash_one("gdp.growth"), a.hash_one("gdp.growth"));
        assert_ne!(a.hash_one("gdp.growth"), b.hash_one("gdp.growth"));
    }

    #[test]
    fn a_prehashed_key_is_its_own_hash() {
        let state = std::hash::BuildHasherDefault::<super::Identity>::default();
        assert_eq!(
            state.hash_one(0x1234_5678_9abc_def0_u64),
            0x1234_5678_9abc_def0
        );
        let mut map = super::prehashed(2);
        map.insert(7_u64, "seven");
        map.insert(u64::MAX, "max");
        assert_eq!(
            (map.get(&7), map.get(&u64::MAX), map.get(&8)),
            (Some(&"seven"), Some(&"max"), None)
        );
    }
}
