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
    // A change of level also says where it started.
    if let Some(from) = &p.from {
        prop_assert_eq!(
            reading
                .from
                .as_ref()
                .map(|f| (f.expanded(), f.unit().clone())),
            Some((from.expanded(), from.unit().clone())),
            "{:?}",
            p.text
        );
    }
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

mod damage {
    use proptest::prelude::*;
    use workreport::proptest::{Corrupted, corrupted};
    use workreport::text::{Lang, parse};

    fn handled(c: &Corrupted) -> Result<(), TestCaseError> {
        let result = parse(&c.text, Some(c.clean.lang));
        prop_assert!(
            c.accepts(&result),
            "{:?} ({}, from {:?}) gave {:?}; expected {}",
            c.text,
            c.damage.code(),
            c.clean.text,
            result.as_ref().map(|r| r.quantity.as_ref().map(|q| (
                q.expanded(),
                q.unit().to_string(),
                q.qualifier()
            ))),
            c.reads_as.as_ref().map_or_else(
                || "an error".to_owned(),
                |q| format!("{:?}", (q.expanded(), q.unit().to_string(), q.qualifier()))
            )
        );
        // The clean phrase still reads as it should.
        let clean = parse(&c.clean.text, Some(c.clean.lang))
            .map_err(|e| TestCaseError::fail(format!("{:?}: {e}", c.clean.text)))?;
        prop_assert!(c.clean.matches(&clean), "{:?}", c.clean.text);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn english_damage_is_refused_or_read_as_written(c in corrupted(Lang::En)) {
            handled(&c)?;
        }

        #[test]
        fn chinese_damage_is_refused_or_read_as_written(c in corrupted(Lang::Zh)) {
            handled(&c)?;
        }
    }
}
