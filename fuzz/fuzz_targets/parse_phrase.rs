//! Reading a phrase: a reading or an error, never a panic, in each
//! language; an error's position is within the text, and a quantity read
//! renders as text that reads again as the same value, or is refused.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workreport::text::{Lang, parse, render};

fuzz_target!(|text: &str| {
    let chars = text.chars().count();
    for lang in [None, Some(Lang::En), Some(Lang::Zh)] {
        match parse(text, lang) {
            Ok(reading) => {
                if let Some(q) = &reading.quantity {
                    for out in [Lang::En, Lang::Zh] {
                        // What was rendered reads again as the same value,
                        // or is refused; never as another value.
                        let text = render(q, out);
                        // A rounded value may round again another way:
                        // its interval then meets the original's.
                        if let Ok(again) = parse(&text, Some(out))
                            && let Some(back) = again.quantity
                        {
                            if q.is_inexact() || back.is_inexact() {
                                assert!(
                                    back.interval().intersects(&q.interval()),
                                    "{text:?} rendered from {q:?} reads as {back:?}"
                                );
                            } else {
                                assert_eq!(
                                    back.expanded(),
                                    q.expanded(),
                                    "{text:?} rendered from {q:?} reads as {back:?}"
                                );
                            }
                        }
                    }
                }
            }
            Err(workreport::Error::Text { at, .. }) => {
                assert!(at <= chars, "error at {at} past the end ({chars})")
            }
            Err(e) => panic!("a reading error that is not Error::Text: {e}"),
        }
    }
});
