//! The phrase strategies: the crate's own reader reads every phrase they
//! make as the phrase says it must.

use proptest::prelude::*;
use workreport::proptest::{Phrase, phrase};
use workreport::text::{Lang, parse};

fn reads(p: &Phrase) -> Result<(), TestCaseError> {
    let reading = parse(&p.text, Some(p.lang))
        .map_err(|e| TestCaseError::fail(format!("{:?}: {e}", p.text)))?;
    prop_assert!(
        p.matches(&reading),
        "{:?} read as {:?}, expected {:?} {:?}",
        p.text,
        reading.quantity.as_ref().map(|q| (
            q.expanded(),
            q.expanded_high(),
            q.unit().to_string(),
            q.qualifier()
        )),
        (
            p.quantity.expanded(),
            p.quantity.expanded_high(),
            p.quantity.unit().to_string(),
            p.quantity.qualifier()
        ),
        p.change
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn english_phrases_read_as_they_say(p in phrase(Lang::En)) {
        reads(&p)?;
    }

    #[test]
    fn chinese_phrases_read_as_they_say(p in phrase(Lang::Zh)) {
        reads(&p)?;
    }
}
